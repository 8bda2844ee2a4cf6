import type { DataSource } from 'typeorm';
import { ActionPartner } from '../../server/src/actions/action.entity';
import { Person } from '../../server/src/people/person.entity';
import { buildOrganization, type World } from './factories';

export const INDICATOR_FIELDS = 'id name unit baseline target targetOn direction version archivedAt archiveReason latestValue attainment';
export const CREATE_INDICATOR = `mutation ($input: CreateIndicatorInput!) { createIndicator(input: $input) { ${INDICATOR_FIELDS} } }`;
export const UPDATE_INDICATOR = `mutation ($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { ${INDICATOR_FIELDS} } }`;
export const ARCHIVE_INDICATOR = `mutation ($id: ID!, $reason: String!) { archiveIndicator(id: $id, reason: $reason) { ${INDICATOR_FIELDS} } }`;
export const INDICATOR = `query ($id: ID!) { indicator(id: $id) {
  ${INDICATOR_FIELDS} viewerCanRecord viewerCanSteer
  latestMeasurement { id value measuredOn }
  measurements { id measuredOn value source reportedBy { id } }
  history { kind actor { id } diff { field oldValue newValue } }
} }`;

export const MEASUREMENT_FIELDS = 'id measuredOn value source version archivedAt archiveReason indicator { id latestValue attainment }';
export const RECORD_MEASUREMENT = `mutation ($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { ${MEASUREMENT_FIELDS} } }`;
export const UPDATE_MEASUREMENT = `mutation ($input: UpdateMeasurementInput!) { updateMeasurement(input: $input) { ${MEASUREMENT_FIELDS} history { kind diff { field oldValue newValue } } } }`;
export const ARCHIVE_MEASUREMENT = `mutation ($id: ID!, $reason: String!) { archiveMeasurement(id: $id, reason: $reason) { ${MEASUREMENT_FIELDS} } }`;

export const MILESTONE_FIELDS = 'id title plannedOn doneOn late version archivedAt archiveReason responsible { id }';
export const CREATE_MILESTONE = `mutation ($input: CreateMilestoneInput!) { createMilestone(input: $input) { ${MILESTONE_FIELDS} } }`;
export const UPDATE_MILESTONE = `mutation ($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { ${MILESTONE_FIELDS} } }`;
export const ARCHIVE_MILESTONE = `mutation ($id: ID!, $reason: String!) { archiveMilestone(id: $id, reason: $reason) { ${MILESTONE_FIELDS} } }`;
export const MILESTONE = `query ($id: ID!) { milestone(id: $id) { ${MILESTONE_FIELDS} viewerCanReport history { kind actor { id } diff { field oldValue newValue } } } }`;

export const BUDGET_FIELDS = 'id year planned committed spent note version archivedAt archiveReason funder { id }';
export const CREATE_BUDGET_LINE = `mutation ($input: CreateBudgetLineInput!) { createBudgetLine(input: $input) { ${BUDGET_FIELDS} } }`;
export const UPDATE_BUDGET_LINE = `mutation ($input: UpdateBudgetLineInput!) { updateBudgetLine(input: $input) { ${BUDGET_FIELDS} } }`;
export const ARCHIVE_BUDGET_LINE = `mutation ($id: ID!, $reason: String!) { archiveBudgetLine(id: $id, reason: $reason) { ${BUDGET_FIELDS} } }`;
export const BUDGET_LINE = `query ($id: ID!) { budgetLine(id: $id) { ${BUDGET_FIELDS} viewerCanSteer history { kind actor { id } diff { field oldValue newValue } } } }`;
const AMOUNTS = 'planned committed spent lineCount';
export const BUDGET_TOTALS = `query ($planId: ID!, $year: Int) { budgetTotals(planId: $planId, year: $year) {
  ${AMOUNTS} year
  byOrientation { orientation { id number } ${AMOUNTS} }
  byAction { action { id title } ${AMOUNTS} }
  byFunder { funder { id name } ${AMOUNTS} }
  byYear { year ${AMOUNTS} }
} }`;

/**
 * Makes an organisation a partner of the world's action and has the world's member and
 * observer speak for it: the member may report, the observer may not.
 */
export async function partnerOfAction(ds: DataSource, world: World) {
  const partner = await buildOrganization(ds);
  await ds.getRepository(ActionPartner).insert({ actionId: world.action.id, organizationId: partner.id });
  await ds.getRepository(Person).update({ id: world.people.member.id }, { organizationId: partner.id });
  await ds.getRepository(Person).update({ id: world.people.observer.id }, { organizationId: partner.id });
  return partner;
}
