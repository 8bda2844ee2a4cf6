import type { DataSource } from 'typeorm';
import { ActionPartner } from '../../server/src/actions/action.entity';
import { BudgetLine } from '../../server/src/budget/budget-line.entity';
import { CommitmentStatus } from '../../server/src/commitments/commitment.entity';
import { Indicator, IndicatorDirection } from '../../server/src/indicators/indicator.entity';
import { Measurement } from '../../server/src/indicators/measurement.entity';
import { Person } from '../../server/src/people/person.entity';
import { buildCommitment } from './commitments';
import { buildAction, buildOrganization, buildOrientation, buildWorld } from './factories';

export const REPORT_FIELDS = 'id status comments version year submittedAt submittedBy { id } organization { id name } viewerCanFill viewerCanReopen';
export const OPEN_REVIEW = `mutation ($planId: ID!, $year: Int!) { openYearlyReview(planId: $planId, year: $year) {
  id year planId reports { ${REPORT_FIELDS} } completeness { total submitted draft notStarted } } }`;
export const REVIEW = `query ($planId: ID!, $year: Int!) { yearlyReview(planId: $planId, year: $year) {
  id year viewerCanManage reports { ${REPORT_FIELDS} } completeness { total submitted draft notStarted } } }`;
export const REPORT = `query ($id: ID!) { partnerReport(id: $id) { ${REPORT_FIELDS}
  sections { actionId text action { id } commitments { id status progress } budgetLines { id year spent } indicators { id latestValue } }
  history { kind actor { id } diff { field oldValue newValue } } } }`;
export const SAVE_REPORT = `mutation ($input: SavePartnerReportInput!) { savePartnerReport(input: $input) { ${REPORT_FIELDS} sections { actionId text } } }`;
export const SUBMIT_REPORT = `mutation ($id: ID!, $expectedVersion: Int) { submitPartnerReport(id: $id, expectedVersion: $expectedVersion) { ${REPORT_FIELDS} } }`;
export const REOPEN_REPORT = `mutation ($id: ID!) { reopenPartnerReport(id: $id) { ${REPORT_FIELDS} } }`;
const FIGURES = `commitments { total byStatus { status count } averageProgress progressDelta doneSinceLastYear newSinceLastYear }
  budget { planned committed spent previousPlanned previousCommitted previousSpent spentDelta }`;
export const COMPILED = `query ($planId: ID!, $year: Int!) { yearlyReview(planId: $planId, year: $year) { compiled {
  year previousYear planTitle ${FIGURES}
  orientations { orientationId number title ${FIGURES}
    actions { actionId title ${FIGURES}
      indicators { indicatorId name latestValue previousValue delta attainment previousAttainment }
      narratives { organizationId organizationName text } } }
  partners { organizationId organizationName status comments }
  completeness { total submitted draft notStarted } } } }`;

/** A commitment made in 2023 whose one progress report is dated in the reviewed year. */
async function reportedCommitment(
  ds: DataSource,
  fields: { planId: string; actionId: string; organizationId: string; title: string },
  report: { on: string; from: [CommitmentStatus, number]; to: [CommitmentStatus, number]; note: string },
) {
  const commitment = await buildCommitment(ds, { ...fields, status: report.to[0], progress: report.to[1] });
  await ds.query(`UPDATE commitments SET created_at = '2023-03-01' WHERE id = $1`, [commitment.id]);
  await ds.query(
    `INSERT INTO progress_updates (commitment_id, status, previous_status, progress, previous_progress, note, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [commitment.id, report.to[0], report.from[0], report.to[1], report.from[1], report.note, `${report.on}T10:00:00Z`],
  );
  return commitment;
}

/**
 * A plan reviewed for 2024: partner A (the world's member and observer speak for it) takes part
 * in the world's action, has two commitments reported on in 2024 and funds the action in 2023
 * and 2024; partner B has a commitment made in 2024 and funds a second action; an indicator
 * measured in 2023, 2024 and 2025.
 */
export async function buildReviewWorld(ds: DataSource) {
  const world = await buildWorld(ds);
  const planId = world.plan.id;
  const [partnerA, partnerB] = [await buildOrganization(ds, { name: `Alpha ${world.plan.id}` }), await buildOrganization(ds, { name: `Bêta ${world.plan.id}` })];
  await ds.getRepository(ActionPartner).insert({ actionId: world.action.id, organizationId: partnerA.id });
  await ds.getRepository(Person).update({ id: world.people.member.id }, { organizationId: partnerA.id });
  await ds.getRepository(Person).update({ id: world.people.observer.id }, { organizationId: partnerA.id });
  const secondOrientation = await buildOrientation(ds, { planId });
  const other = await buildAction(ds, { orientationId: secondOrientation.id });
  const base = { planId, actionId: world.action.id, organizationId: partnerA.id };
  const done = await reportedCommitment(ds, { ...base, title: 'Tenir trois rencontres' }, {
    on: '2024-05-10', from: [CommitmentStatus.IN_PROGRESS, 40], to: [CommitmentStatus.DONE, 100], note: 'Trois rencontres tenues',
  });
  const running = await reportedCommitment(ds, { ...base, title: 'Animer le réseau' }, {
    on: '2024-02-01', from: [CommitmentStatus.IN_PROGRESS, 20], to: [CommitmentStatus.IN_PROGRESS, 60], note: 'Deuxième rencontre',
  });
  const fresh = await buildCommitment(ds, { planId, actionId: world.action.id, organizationId: partnerB.id, title: 'Accueillir un atelier' });
  await ds.query(`UPDATE commitments SET created_at = '2024-06-01' WHERE id = $1`, [fresh.id]);
  const archived = await buildCommitment(ds, { ...base, title: 'Saisi par erreur', status: CommitmentStatus.DONE, progress: 100 });
  await ds.query(`UPDATE commitments SET archived_at = now(), archive_reason = 'doublon' WHERE id = $1`, [archived.id]);
  const lines = ds.getRepository(BudgetLine);
  await lines.save({ planId, actionId: world.action.id, funderId: partnerA.id, year: 2024, planned: '10000', committed: '8000', spent: '6000.50' });
  await lines.save({ planId, actionId: world.action.id, funderId: partnerA.id, year: 2023, planned: '9000', committed: '9000', spent: '4000' });
  await lines.save({ planId, actionId: world.action.id, funderId: partnerA.id, year: 2025, planned: '7000' });
  await lines.save({ planId, actionId: other.id, funderId: partnerB.id, year: 2024, planned: '5000', committed: '5000', spent: '1000' });
  const indicator = await ds.getRepository(Indicator).save({
    planId, actionId: world.action.id, name: 'Participants aux rencontres', unit: 'participants', baseline: 0, target: 40, direction: IndicatorDirection.UP_IS_GOOD,
  });
  for (const [measuredOn, value] of [['2023-11-01', 10], ['2024-10-01', 30], ['2025-02-01', 35]] as const) {
    await ds.getRepository(Measurement).save({ indicatorId: indicator.id, measuredOn, value });
  }
  return { ...world, partnerA, partnerB, other, secondOrientation, commitments: { done, running, fresh }, indicator };
}

export type ReviewWorld = Awaited<ReturnType<typeof buildReviewWorld>>;
