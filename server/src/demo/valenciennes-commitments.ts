import type { EntityManager } from 'typeorm';
import { Action } from '../actions/action.entity';
import { nextState } from '../commitments/commitment-lifecycle';
import { COMMITMENT_HISTORY_FIELDS } from '../commitments/commitment.service';
import { Commitment, CommitmentStatus as S } from '../commitments/commitment.entity';
import { ProgressUpdate } from '../commitments/progress-update.entity';
import { Decision } from '../decisions/decision.entity';
import { ChangeKind } from '../history/change.entity';
import { diffOf, HistoryOf, recordChange } from '../history/history';
import type { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';

interface DemoReport {
  daysFromNow: number;
  by: string;
  status?: S;
  progress?: number;
  note?: string;
  evidenceUrl?: string;
}

interface DemoCommitment {
  organization: string;
  /** Orientation number and position of the action within it. */
  action: [number, number];
  title: string;
  details?: string;
  responsible?: string;
  /** The text of the demo decision it was made by. */
  decision?: string;
  createdDaysFromNow: number;
  dueDaysFromNow: number | null;
  reports: DemoReport[];
}

const SECRETARY = 'secretariat@trame.test';
const DAY = 86_400_000;

/** Commitments in every status, four of them late (one the demo member reports on), each with the progress its partner reported. */
const COMMITMENTS: DemoCommitment[] = [
  {
    organization: 'cress',
    action: [1, 0],
    title: "Organiser trois rencontres entre acteurs de l'ESS et entreprises du territoire",
    details: 'Une rencontre par semestre, en alternance entre la CCI et un tiers-lieu.',
    responsible: 'sophie.martin@cress.test',
    createdDaysFromNow: -210,
    dueDaysFromNow: 45,
    reports: [
      { daysFromNow: -200, by: 'sophie.martin@cress.test', status: S.ACCEPTED, note: 'Calendrier validé avec la CCI.' },
      { daysFromNow: -120, by: 'sophie.martin@cress.test', progress: 30, note: 'Première rencontre tenue à la CCI : 25 participants.' },
      { daysFromNow: -40, by: 'sophie.martin@cress.test', progress: 60, note: 'Deuxième rencontre, 40 participants.', evidenceUrl: 'https://www.cress-hdf.org/rencontres-ess-entreprises' },
    ],
  },
  {
    organization: 'cci',
    action: [1, 0],
    title: 'Accueillir une rencontre ESS–entreprises dans ses locaux',
    createdDaysFromNow: -210,
    dueDaysFromNow: -100,
    reports: [
      { daysFromNow: -205, by: SECRETARY, status: S.ACCEPTED },
      { daysFromNow: -120, by: SECRETARY, status: S.DONE, note: 'Rencontre accueillie le jour prévu.' },
    ],
  },
  {
    organization: 'agglo',
    action: [2, 0],
    title: "Lancer l'appel à projets de soutien aux initiatives ESS",
    responsible: SECRETARY,
    decision: "Lancer l'appel à projets selon le règlement présenté",
    createdDaysFromNow: -150,
    dueDaysFromNow: -10,
    reports: [
      { daysFromNow: -150, by: SECRETARY, status: S.ACCEPTED },
      { daysFromNow: -90, by: SECRETARY, progress: 50, note: 'Règlement publié, 14 dossiers reçus.' },
      { daysFromNow: -25, by: SECRETARY, progress: 80, note: 'Jury réuni ; les conventions restent à signer.' },
    ],
  },
  {
    organization: 'cdc',
    action: [2, 0],
    title: "Cofinancer l'appel à projets à hauteur de 50 000 €",
    responsible: 'paul.lambert@banquedesterritoires.test',
    decision: "Lancer l'appel à projets selon le règlement présenté",
    createdDaysFromNow: -150,
    dueDaysFromNow: -20,
    reports: [{ daysFromNow: -140, by: SECRETARY, status: S.ACCEPTED, note: 'Accord de principe en comité.' }],
  },
  {
    organization: 'asso',
    action: [3, 1],
    title: 'Tenir un stand du village itinérant dans trois communes',
    responsible: 'membre@trame.test',
    createdDaysFromNow: -100,
    dueDaysFromNow: 20,
    reports: [
      { daysFromNow: -95, by: 'membre@trame.test', status: S.ACCEPTED },
      { daysFromNow: -50, by: 'membre@trame.test', progress: 30, note: 'Première étape à Anzin.' },
      { daysFromNow: -8, by: 'membre@trame.test', status: S.AT_RISK, note: 'Pas assez de bénévoles disponibles en juin.' },
    ],
  },
  {
    // The demo member's own association, late: what membre@trame.test reports on.
    organization: 'asso',
    action: [4, 0],
    title: 'Animer deux ateliers de jardinage partagé avec les centres sociaux',
    details: 'Pour les 12–18 ans, avec les animateurs des centres sociaux de Marly et de Saint-Saulve.',
    responsible: 'membre@trame.test',
    createdDaysFromNow: -130,
    dueDaysFromNow: -12,
    reports: [
      { daysFromNow: -125, by: 'membre@trame.test', status: S.ACCEPTED },
      { daysFromNow: -60, by: 'membre@trame.test', progress: 50, note: 'Premier atelier tenu au centre social de Marly : 14 jeunes.' },
    ],
  },
  {
    organization: 'agglo',
    action: [3, 0],
    title: 'Proposer des sessions courtes de sensibilisation aux élus',
    decision: 'Proposer au comité de pilotage des sessions courtes pour les élus',
    createdDaysFromNow: -60,
    dueDaysFromNow: 120,
    reports: [],
  },
  {
    organization: 'scic',
    action: [2, 2],
    title: 'Former dix porteurs de projets à la gestion coopérative',
    responsible: 'thomas.leroy@coophainaut.test',
    createdDaysFromNow: -180,
    dueDaysFromNow: -30,
    reports: [
      { daysFromNow: -170, by: 'thomas.leroy@coophainaut.test', status: S.ACCEPTED },
      { daysFromNow: -110, by: 'thomas.leroy@coophainaut.test', progress: 20, note: 'Deux porteurs formés.' },
      { daysFromNow: -70, by: SECRETARY, status: S.ABANDONED, note: "Le financement régional de la formation n'a pas été reconduit." },
    ],
  },
  {
    organization: 'departement',
    action: [4, 0],
    title: "Intégrer l'ESS au programme départemental d'insertion des jeunes",
    responsible: 'nadia.haddad@departement.test',
    createdDaysFromNow: -160,
    dueDaysFromNow: -45,
    reports: [
      { daysFromNow: -150, by: 'nadia.haddad@departement.test', status: S.ACCEPTED },
      { daysFromNow: -80, by: 'nadia.haddad@departement.test', progress: 25, note: 'Module ESS rédigé, en attente de validation.' },
    ],
  },
  {
    organization: 'mutuelle',
    action: [4, 1],
    title: 'Promouvoir le bénévolat dans la lettre trimestrielle aux adhérents',
    createdDaysFromNow: -20,
    dueDaysFromNow: 200,
    reports: [{ daysFromNow: -15, by: SECRETARY, status: S.ACCEPTED }],
  },
  {
    organization: 'region',
    action: [3, 2],
    title: "Relayer la campagne de promotion de l'ESS sur les réseaux de la Région",
    createdDaysFromNow: -5,
    dueDaysFromNow: 25,
    reports: [],
  },
];

/** Loads the demo commitments, their timelines and their history, as the service would have. */
export async function loadDemoCommitments(tx: EntityManager, planId: string, organizations: Map<string, Organization>) {
  const actions = await tx.find(Action, { where: { orientation: { planId } }, relations: { orientation: true } });
  const personId = async (email: string) => (await tx.findOneByOrFail(Person, { email })).id;
  const secretaryId = await personId(SECRETARY);
  const now = Date.now();
  const at = (days: number) => new Date(now + days * DAY);
  const dueOn = (days: number | null) => (days === null ? null : at(days).toISOString().slice(0, 10));
  for (const demo of COMMITMENTS) {
    const action = actions.find((candidate) => candidate.orientation!.number === demo.action[0] && candidate.position === demo.action[1])!;
    const decision = demo.decision ? await tx.findOneByOrFail(Decision, { text: demo.decision }) : null;
    const commitment = await tx.save(
      tx.create(Commitment, {
        planId,
        actionId: action.id,
        organizationId: organizations.get(demo.organization)!.id,
        responsibleId: demo.responsible ? await personId(demo.responsible) : null,
        decisionId: decision?.id ?? null,
        title: demo.title,
        details: demo.details ?? '',
        dueOn: dueOn(demo.dueDaysFromNow),
        createdAt: at(demo.createdDaysFromNow),
      }),
    );
    const created = at(demo.createdDaysFromNow);
    await recordChange(tx, { entityType: HistoryOf.Commitment, entityId: commitment.id, kind: ChangeKind.CREATED, actorId: secretaryId, at: created, diff: diffOf(null, commitment, COMMITMENT_HISTORY_FIELDS) });
    for (const report of demo.reports) {
      const before = { ...commitment };
      const { status, progress } = nextState(commitment, report);
      Object.assign(commitment, { status, progress, abandonReason: status === S.ABANDONED ? report.note : null });
      const authorId = await personId(report.by);
      const createdAt = at(report.daysFromNow);
      await tx.save(tx.create(ProgressUpdate, {
        commitmentId: commitment.id, authorId, createdAt, status, previousStatus: before.status, progress,
        previousProgress: before.progress, note: report.note ?? '', evidenceUrl: report.evidenceUrl ?? null,
      }));
      const diff = diffOf(before, commitment, COMMITMENT_HISTORY_FIELDS);
      await recordChange(tx, { entityType: HistoryOf.Commitment, entityId: commitment.id, kind: ChangeKind.UPDATED, actorId: authorId, at: createdAt, diff });
    }
    await tx.save(commitment);
  }
}
