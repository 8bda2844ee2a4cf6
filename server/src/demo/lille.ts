import type { EntityManager } from 'typeorm';
import { Action, ActionStatus } from '../actions/action.entity';
import { BudgetLine } from '../budget/budget-line.entity';
import { normalizeEuros } from '../budget/euros.scalar';
import { HistoryOf } from '../history/history';
import { Orientation } from '../orientations/orientation.entity';
import { Organization, OrganizationKind } from '../organizations/organization.entity';
import { Plan, PlanKind, PlanStatus } from '../plans/plan.entity';
import { Territory, TerritoryKind } from '../territories/territory.entity';
import { createKept } from './follow-up-records';

const YEARS = [2002, 2003, 2004, 2005, 2006];

/**
 * The first Lille ESS plan, 2002–2006 (shared/seeds): €1,220,000, of which €534,000 from the
 * City, the rest from the State, the Caisse des Dépôts, the Région and the Département. The
 * seeds give the two aims and the permanent call for projects; the actions and the split of
 * the partners' €686,000 between them are illustrative.
 */
export const LILLE = {
  territory: { name: 'Ville de Lille', kind: TerritoryKind.COMMUNE },
  plan: {
    title: "Plan lillois de développement de l'économie sociale et solidaire 2002–2006",
    kind: PlanKind.PLDESS,
    startYear: 2002,
    endYear: 2006,
    status: PlanStatus.COMPLETED,
    adoptedBy: 'Ville de Lille et Lille Métropole',
    summary:
      "Premier plan lillois de développement de l'ESS, adopté en 2002 par Lille et Lille Métropole avec le soutien de l'État, de la Région, " +
      "du Département et de la Caisse des Dépôts. Il vise à structurer le secteur en renforçant ses moyens humains et financiers, et à valoriser " +
      "les actions des acteurs : plus de 150 associations partenaires, un appel à projets permanent. Un second plan a été voté en 2007 pour trois ans.",
  },
  city: { name: 'Ville de Lille', kind: OrganizationKind.LOCAL_AUTHORITY },
  /** Amounts over the five years, per funder (`city` or a key of the demo organisations), split evenly by year. */
  orientations: [
    {
      title: 'Structurer le secteur en renforçant ses moyens humains et financiers',
      stake: "Reconnaître l'importance de l'ESS dans l'économie lilloise",
      actions: [
        { title: 'Appel à projets permanent', funding: { city: 300_000, etat: 100_000, region: 120_000, departement: 100_000 } },
        { title: 'Accompagnement et financement des porteurs de projets', funding: { city: 120_000, etat: 80_000, cdc: 150_000 } },
      ],
    },
    {
      title: 'Valoriser les actions des acteurs',
      stake: "Rendre visibles les plus de 150 associations partenaires du plan",
      actions: [
        { title: 'Animation du réseau des associations partenaires', funding: { city: 64_000, region: 76_000 } },
        { title: "Promotion de l'ESS auprès des Lillois", funding: { city: 50_000, departement: 60_000 } },
      ],
    },
  ],
};

/** Loads the Lille plan, its funders as organisations, and its budget lines with their history. */
export async function loadLillePlan(tx: EntityManager, organizations: Map<string, Organization>) {
  const territory = await tx.save(tx.create(Territory, LILLE.territory));
  const plan = await tx.save(tx.create(Plan, { ...LILLE.plan, territoryId: territory.id }));
  const funders = new Map(organizations);
  funders.set('city', await tx.save(tx.create(Organization, LILLE.city)));
  for (const [index, { actions, ...fields }] of LILLE.orientations.entries()) {
    const orientation = await tx.save(tx.create(Orientation, { ...fields, number: index + 1, planId: plan.id }));
    for (const [position, { title, funding }] of actions.entries()) {
      const action = await tx.save(tx.create(Action, { title, position, status: ActionStatus.DONE, orientationId: orientation.id, leadPartnerId: funders.get('city')!.id, startsOn: '2002-01-01', endsOn: '2006-12-31' }));
      for (const [funder, total] of Object.entries(funding)) {
        for (const year of YEARS) {
          const amount = normalizeEuros(total / YEARS.length)!;
          const fields = { planId: plan.id, actionId: action.id, funderId: funders.get(funder)!.id, year, planned: amount, committed: amount, spent: amount };
          await createKept(tx, BudgetLine, HistoryOf.BudgetLine, fields, null);
        }
      }
    }
  }
  return plan;
}
