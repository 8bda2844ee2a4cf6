import type { EntityManager } from 'typeorm';
import { Action, ActionPartner } from '../actions/action.entity';
import { BudgetLine } from '../budget/budget-line.entity';
import { normalizeEuros } from '../budget/euros.scalar';
import { HistoryOf } from '../history/history';
import { Indicator, IndicatorDirection } from '../indicators/indicator.entity';
import { Measurement } from '../indicators/measurement.entity';
import { Milestone } from '../milestones/milestone.entity';
import type { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import { createKept } from './follow-up-records';

const SECRETARY = 'secretariat@trame.test';
const DAY = 86_400_000;
/** Orientation number and position of the action within it. */
type ActionKey = [number, number];

const INDICATORS: { action: ActionKey; name: string; unit: string; baseline: number; target: number; direction: IndicatorDirection; by: string; measurements: [number, number, string][] }[] = [
  { action: [1, 0], name: 'Participants aux rencontres ESS–entreprises', unit: 'participants', baseline: 0, target: 150, direction: IndicatorDirection.UP_IS_GOOD,
    by: 'sophie.martin@cress.test', measurements: [[-300, 25, 'Feuilles de présence'], [-200, 65, 'Feuilles de présence'], [-40, 105, 'Feuilles de présence']] },
  { action: [2, 0], name: "Projets soutenus par l'appel à projets", unit: 'projets', baseline: 0, target: 30, direction: IndicatorDirection.UP_IS_GOOD,
    by: SECRETARY, measurements: [[-90, 6, 'Délibérations du jury'], [-25, 11, 'Délibérations du jury']] },
  { action: [2, 2], name: "Délai moyen d'accompagnement d'un porteur de projet", unit: 'jours', baseline: 90, target: 45, direction: IndicatorDirection.DOWN_IS_GOOD,
    by: 'thomas.leroy@coophainaut.test', measurements: [[-365, 84, 'Suivi des accompagnements'], [-180, 70, 'Suivi des accompagnements'], [-30, 63, 'Suivi des accompagnements']] },
  { action: [3, 0], name: 'Élus sensibilisés', unit: 'élus', baseline: 0, target: 80, direction: IndicatorDirection.UP_IS_GOOD, by: SECRETARY, measurements: [] },
  { action: [4, 1], name: 'Bénévoles engagés via la plateforme', unit: 'bénévoles', baseline: 120, target: 300, direction: IndicatorDirection.UP_IS_GOOD,
    by: 'membre@trame.test', measurements: [[-150, 140, 'Plateforme du bénévolat'], [-20, 175, 'Plateforme du bénévolat']] },
];

/** The partners beside the lead (the agglomeration) who report on these actions' indicators and milestones. */
const PARTNERS: [ActionKey, string][] = [[[1, 0], 'cress'], [[1, 0], 'cci'], [[2, 2], 'scic'], [[3, 1], 'asso'], [[4, 0], 'asso'], [[4, 1], 'asso'], [[4, 1], 'mutuelle']];

/** Days from now: planned, done (null while not done); three are late. */
const MILESTONES: { action: ActionKey; title: string; planned: number; done: number | null; by: string }[] = [
  { action: [1, 0], title: 'Première rencontre ESS–entreprises à la CCI', planned: -125, done: -120, by: 'sophie.martin@cress.test' },
  { action: [1, 0], title: 'Deuxième rencontre, dans un tiers-lieu', planned: -45, done: -40, by: 'sophie.martin@cress.test' },
  { action: [1, 0], title: 'Troisième rencontre', planned: 40, done: null, by: 'sophie.martin@cress.test' },
  { action: [2, 0], title: "Publication du règlement de l'appel à projets", planned: -95, done: -92, by: SECRETARY },
  { action: [2, 0], title: "Jury de l'appel à projets", planned: -30, done: -25, by: SECRETARY },
  { action: [2, 0], title: 'Signature des conventions avec les lauréats', planned: -7, done: null, by: SECRETARY },
  { action: [3, 1], title: 'Étape du village itinérant à Anzin', planned: -52, done: -50, by: 'membre@trame.test' },
  { action: [3, 1], title: 'Étapes de Marly et de Saint-Saulve', planned: -5, done: null, by: 'membre@trame.test' },
  { action: [4, 0], title: 'Second atelier de jardinage partagé', planned: -15, done: null, by: 'membre@trame.test' },
];

/** [funder, year, planned, committed, spent] per action. */
const BUDGET: { action: ActionKey; lines: [string, number, string, string, string][] }[] = [
  { action: [1, 0], lines: [['agglo', 2022, '15000', '15000', '12400.50'], ['agglo', 2023, '15000', '15000', '4000']] },
  { action: [2, 0], lines: [['agglo', 2022, '100000', '100000', '85000'], ['cdc', 2022, '50000', '50000', '20000'], ['region', 2023, '40000', '30000', '0']] },
  { action: [2, 2], lines: [['departement', 2022, '25000', '25000', '25000'], ['region', 2022, '20000', '0', '0']] },
  { action: [3, 1], lines: [['agglo', 2023, '30000', '28000', '9500']] },
  { action: [4, 0], lines: [['departement', 2023, '18000', '18000', '6000']] },
];

/** Partners of some actions, indicators with their measurements, milestones (three late) and budget lines on the Valenciennes plan, each with its history. */
export async function loadDemoFollowUp(tx: EntityManager, planId: string, organizations: Map<string, Organization>) {
  const actions = await tx.find(Action, { where: { orientation: { planId } }, relations: { orientation: true } });
  const actionId = ([number, position]: ActionKey) => actions.find((a) => a.orientation!.number === number && a.position === position)!.id;
  const personId = async (email: string) => (await tx.findOneByOrFail(Person, { email })).id;
  const secretaryId = await personId(SECRETARY);
  const now = Date.now();
  const at = (days: number) => new Date(now + days * DAY);
  const day = (days: number) => at(days).toISOString().slice(0, 10);

  await tx.insert(ActionPartner, PARTNERS.map(([action, organization]) => ({ actionId: actionId(action), organizationId: organizations.get(organization)!.id })));
  for (const { action, measurements, by, ...fields } of INDICATORS) {
    const created = at((measurements[0]?.[0] ?? -60) - 10);
    const indicator = await createKept(tx, Indicator, HistoryOf.Indicator, { ...fields, planId, actionId: actionId(action), targetOn: '2026-12-31' }, secretaryId, created);
    const reporterId = await personId(by);
    for (const [days, value, source] of measurements) {
      await createKept(tx, Measurement, HistoryOf.Measurement, { indicatorId: indicator.id, measuredOn: day(days), value, source, reportedById: reporterId }, reporterId, at(days + 1));
    }
  }
  for (const { action, title, planned, done, by } of MILESTONES) {
    const fields = { planId, actionId: actionId(action), title, plannedOn: day(planned), doneOn: done === null ? null : day(done), responsibleId: await personId(by) };
    await createKept(tx, Milestone, HistoryOf.Milestone, fields, secretaryId, at(Math.min(planned, 0) - 60));
  }
  for (const { action, lines } of BUDGET) {
    for (const [funder, year, planned, committed, spent] of lines) {
      const [p, c, s] = [planned, committed, spent].map((amount) => normalizeEuros(amount)!);
      const fields = { planId, actionId: actionId(action), funderId: organizations.get(funder)!.id, year, planned: p, committed: c, spent: s };
      await createKept(tx, BudgetLine, HistoryOf.BudgetLine, fields, secretaryId, at(-200));
    }
  }
}
