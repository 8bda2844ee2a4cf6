import type { EntityManager } from 'typeorm';
import { Action } from '../actions/action.entity';
import { BudgetLine } from '../budget/budget-line.entity';
import { ChangeKind } from '../history/change.entity';
import { diffOf, HistoryOf, recordChange } from '../history/history';
import type { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import { planPartners, prefilledSections } from '../yearly-review/report-partners';
import { PartnerReport, ReportStatus, YearlyReview } from '../yearly-review/yearly-review.entity';
import { REPORT_HISTORY_FIELDS } from '../yearly-review/yearly-review.service';
import { createKept } from './follow-up-records';

/** Orientation number and position of the action within it. */
type ActionKey = [number, number];

/** Budget lines of the reviewed year (offset 0) and the one before (−1): [action, funder, offset, planned, committed, spent]. */
const BUDGET: [ActionKey, string, number, string, string, string][] = [
  [[1, 0], 'agglo', -1, '15000.00', '15000.00', '11200.00'],
  [[1, 0], 'agglo', 0, '16000.00', '16000.00', '14350.00'],
  [[1, 0], 'cress', 0, '5000.00', '5000.00', '4200.00'],
  [[2, 0], 'agglo', -1, '90000.00', '90000.00', '60000.00'],
  [[2, 0], 'agglo', 0, '100000.00', '95000.00', '88500.00'],
  [[2, 2], 'scic', 0, '12000.00', '12000.00', '9800.00'],
  [[3, 1], 'agglo', 0, '30000.00', '30000.00', '27600.00'],
  [[4, 1], 'mutuelle', 0, '8000.00', '6000.00', '2500.00'],
];

/** What the partners who submitted say about each of their actions (any action not listed gets a short generic account). */
const ACCOUNTS: Record<string, { comments: string; texts: Record<string, string> }> = {
  agglo: {
    comments: "Année de consolidation : le secrétariat propose au comité de pilotage de reconduire l'appel à projets et d'élargir le village itinérant à deux nouvelles communes.",
    texts: {
      '1-0': 'Trois rencontres ESS–entreprises organisées avec la CCI et la CRESS, 105 participants au total.',
      '2-0': "Deuxième édition de l'appel à projets : 11 projets soutenus, conventions en cours de signature.",
    },
  },
  cress: {
    comments: 'Nous souhaitons une rencontre supplémentaire dédiée aux achats responsables.',
    texts: { '1-0': "Co-animation des rencontres, mise en relation de 14 structures de l'ESS avec des entreprises classiques." },
  },
  scic: {
    comments: '',
    texts: { '2-2': "Accompagnement de 23 porteurs de projet ; délai moyen ramené à 63 jours grâce à l'entretien d'accueil collectif." },
  },
  departement: { comments: 'Le Département maintient sa participation au même niveau.', texts: {} },
};
/** The partner whose report is still a draft, and the one who has not started. */
const DRAFT = 'asso';
const NOT_STARTED = 'mutuelle';

/**
 * Valenciennes' yearly review of its last full year: the year's budget lines, then each
 * partner's report — all submitted but one draft (the association, which membre@trame.test
 * can finish) and one not started (the mutual society) — each change in the history.
 */
export async function loadDemoYearlyReview(tx: EntityManager, planId: string, organizations: Map<string, Organization>, endYear: number) {
  const year = Math.min(new Date().getFullYear() - 1, endYear);
  const actions = await tx.find(Action, { where: { orientation: { planId } }, relations: { orientation: true } });
  const actionOf = ([number, position]: ActionKey) => actions.find((a) => a.orientation!.number === number && a.position === position)!;
  const keyOf = (actionId: string) => {
    const action = actions.find((candidate) => candidate.id === actionId)!;
    return `${action.orientation!.number}-${action.position}`;
  };
  const secretary = await tx.findOneByOrFail(Person, { email: 'secretariat@trame.test' });
  for (const [action, funder, offset, planned, committed, spent] of BUDGET) {
    const fields = { planId, actionId: actionOf(action).id, funderId: organizations.get(funder)!.id, year: year + offset, planned, committed, spent };
    if (await tx.existsBy(BudgetLine, { actionId: fields.actionId, funderId: fields.funderId, year: fields.year })) continue;
    await createKept(tx, BudgetLine, HistoryOf.BudgetLine, fields, secretary.id, new Date(`${year + offset}-02-15T09:00:00Z`));
  }
  const review = await tx.save(tx.create(YearlyReview, { planId, year, openedById: secretary.id }));
  const keyOfOrganization = new Map([...organizations].map(([key, organization]) => [organization.id, key]));
  const speaker = async (organizationId: string) =>
    (await tx.findOneBy(Person, { organizationId, email: 'membre@trame.test' })) ?? (await tx.findOneBy(Person, { organizationId })) ?? secretary;
  for (const partner of await planPartners(tx, planId, year)) {
    const key = keyOfOrganization.get(partner.organizationId) ?? '';
    const created = await tx.save(
      tx.create(PartnerReport, { reviewId: review.id, planId, year, organizationId: partner.organizationId, sections: await prefilledSections(tx, partner, year) }),
    );
    await keep(tx, null, created, secretary.id);
    if (key === NOT_STARTED) continue;
    const author = await speaker(partner.organizationId);
    const before = { ...created, sections: [...created.sections] };
    const account = ACCOUNTS[key];
    // Partners with an account of their own say it; the others write a line on their first action.
    created.sections = created.sections.map((section, index) => ({
      actionId: section.actionId,
      text: account
        ? (account.texts[keyOf(section.actionId)] ?? section.text)
        : section.text || (index === 0 ? `Contribution à l'action poursuivie en ${year}, conformément à nos engagements.` : ''),
    }));
    created.comments = account?.comments ?? '';
    created.status = ReportStatus.DRAFT;
    if (key !== DRAFT) Object.assign(created, { status: ReportStatus.SUBMITTED, submittedAt: new Date(), submittedById: author.id });
    await tx.save(created);
    await keep(tx, before, created, author.id);
  }
}

function keep(tx: EntityManager, before: PartnerReport | null, report: PartnerReport, actorId: string) {
  const diff = diffOf(before, report, REPORT_HISTORY_FIELDS);
  return recordChange(tx, { entityType: HistoryOf.PartnerReport, entityId: report.id, kind: before ? ChangeKind.UPDATED : ChangeKind.CREATED, actorId, diff });
}
