import type { EntityManager } from 'typeorm';
import { Action, ActionPartner, ActionStatus } from '../actions/action.entity';
import { HistoryOf } from '../history/history';
import { Indicator, IndicatorDirection } from '../indicators/indicator.entity';
import { Measurement } from '../indicators/measurement.entity';
import { Milestone } from '../milestones/milestone.entity';
import { Orientation } from '../orientations/orientation.entity';
import { Organization, OrganizationKind } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import { Plan, PlanKind, PlanStatus } from '../plans/plan.entity';
import { Territory, TerritoryKind } from '../territories/territory.entity';
import { createKept } from './follow-up-records';

/**
 * The Pas-de-Calais territorial ESS portraits (shared/seeds): the project sheet's eight steps,
 * April 2014 to the first half of 2015, as milestones. The sheet gives the planned ends and
 * the pilots' services; the people's names and the done dates are illustrative.
 */
const PILOTS = {
  mission: { email: 'mission.ess@pasdecalais.test', displayName: 'Isabelle Vandewalle', organization: 'departement62' },
  communication: { email: 'communication@pasdecalais.test', displayName: 'Sandrine Lemaire', organization: 'departement62' },
  apes: { email: 'julien.caron@apes.test', displayName: 'Julien Caron', organization: 'apes' },
  cress: { email: 'sophie.martin@cress.test', displayName: 'Sophie Martin', organization: 'cress' },
} as const;

const STEPS: { title: string; planned: string; done: string; by: keyof typeof PILOTS }[] = [
  { title: "Présentation de la démarche sur chaque territoire par les pilotes, avec l'APES et la CRESS (directeurs MDDL, MDS, MDI)", planned: '2014-04-30', done: '2014-04-28', by: 'mission' },
  { title: 'Transmission des documents statistiques pour une première approche (CRESS, DDT, Mission ESS)', planned: '2014-04-30', done: '2014-05-06', by: 'cress' },
  { title: "Sollicitation des acteurs par l'APES pour les portraits de territoires", planned: '2014-04-30', done: '2014-04-30', by: 'apes' },
  { title: "Rédaction de l'analyse territoriale, des orientations et des propositions d'action (écriture collective des Maisons du Département et des acteurs)", planned: '2014-11-30', done: '2014-12-05', by: 'apes' },
  { title: 'Document territorial final : maquettage, publication, mise en ligne et présentation en commissions territoriales', planned: '2014-12-31', done: '2015-01-20', by: 'communication' },
  { title: 'Document départemental final, avec les propositions du CDESS', planned: '2015-01-31', done: '2015-02-02', by: 'mission' },
  { title: "Validation des orientations départementales et de la déclinaison des actions par l'Assemblée départementale", planned: '2015-02-06', done: '2015-02-09', by: 'mission' },
  { title: 'Présentation du document final au premier CDESS', planned: '2015-06-30', done: '2015-06-18', by: 'mission' },
];

/** Loads the Pas-de-Calais plan with the portraits project, its pilots, partners and milestones. */
export async function loadPasDeCalaisPlan(tx: EntityManager, organizations: Map<string, Organization>) {
  const territory = await tx.save(tx.create(Territory, { name: 'Département du Pas-de-Calais', kind: TerritoryKind.DEPARTMENT }));
  const plan = await tx.save(
    tx.create(Plan, {
      territoryId: territory.id,
      title: "Politique départementale de soutien à l'ESS du Pas-de-Calais 2015–2021",
      kind: PlanKind.PLDESS,
      startYear: 2014,
      endYear: 2021,
      status: PlanStatus.COMPLETED,
      summary:
        "Un portrait prospectif de l'ESS sur chacun des 9 territoires du Pas-de-Calais, actualisé au moins tous les trois ans, étape préalable " +
        "à l'écriture de la politique départementale de soutien à l'ESS et de ses orientations pour 2015–2021.",
    }),
  );
  const partners = new Map(organizations);
  partners.set('departement62', await tx.save(tx.create(Organization, { name: 'Département du Pas-de-Calais', kind: OrganizationKind.LOCAL_AUTHORITY })));
  partners.set('apes', await tx.save(tx.create(Organization, { name: 'Acteurs pour une économie solidaire', acronym: 'APES', kind: OrganizationKind.NETWORK })));
  partners.set('godin', await tx.save(tx.create(Organization, { name: 'Institut de Recherche et de Développement Godin', kind: OrganizationKind.OTHER })));
  const orientation = await tx.save(
    tx.create(Orientation, {
      planId: plan.id,
      number: 1,
      title: "Connaître et rendre visible l'ESS des territoires",
      stake: 'Un portrait prospectif par territoire, co-construit avec les acteurs locaux',
    }),
  );
  const action = await tx.save(
    tx.create(Action, {
      orientationId: orientation.id,
      position: 0,
      title: "Portrait prospectif territorial de l'Économie Sociale et Solidaire",
      description: 'Pilotage : Direction du Développement Territorial, Mission ESS, et les Maisons du Département pour la déclinaison territoriale.',
      leadPartnerId: partners.get('departement62')!.id,
      status: ActionStatus.DONE,
      startsOn: '2014-04-01',
      endsOn: '2015-06-30',
    }),
  );
  await tx.insert(ActionPartner, ['apes', 'cress', 'godin'].map((key) => ({ actionId: action.id, organizationId: partners.get(key)!.id })));
  const people = new Map<string, string>();
  for (const [key, { organization, ...fields }] of Object.entries(PILOTS)) {
    const existing = await tx.findOneBy(Person, { email: fields.email });
    people.set(key, (existing ?? (await tx.save(tx.create(Person, { ...fields, organizationId: partners.get(organization)!.id })))).id);
  }
  for (const { title, planned, done, by } of STEPS) {
    const fields = { planId: plan.id, actionId: action.id, title, plannedOn: planned, doneOn: done, responsibleId: people.get(by)! };
    await createKept(tx, Milestone, HistoryOf.Milestone, fields, null, new Date('2014-03-15T09:00:00Z'));
  }
  const portraits = await createKept(
    tx, Indicator, HistoryOf.Indicator,
    { planId: plan.id, actionId: action.id, name: 'Portraits territoriaux publiés', unit: 'portraits', baseline: 0, target: 9, targetOn: '2015-03-31', direction: IndicatorDirection.UP_IS_GOOD },
    null, new Date('2014-03-15T09:00:00Z'),
  );
  await createKept(tx, Measurement, HistoryOf.Measurement, { indicatorId: portraits.id, measuredOn: '2015-01-20', value: 9, source: 'Recueil départemental', reportedById: people.get('mission')! }, null);
  return plan;
}
