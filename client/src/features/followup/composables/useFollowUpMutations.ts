import { useMutation } from '@vue/apollo-composable';
import { graphql } from '@/gql';
import type {
  CreateBudgetLineInput, CreateIndicatorInput, CreateMilestoneInput, RecordMeasurementInput,
  UpdateBudgetLineInput, UpdateIndicatorInput, UpdateMeasurementInput, UpdateMilestoneInput,
} from '@/gql/graphql';

// Each mutation returns the record in the fields the pages read: the cache updates in place,
// and the page reloads what a record cannot carry (histories, totals).

const CreateIndicator = graphql(`mutation CreateIndicator($input: CreateIndicatorInput!) { createIndicator(input: $input) { ...IndicatorFields } }`);
const UpdateIndicator = graphql(`mutation UpdateIndicator($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { ...IndicatorFields } }`);
const ArchiveIndicator = graphql(`
  mutation ArchiveIndicator($id: ID!, $reason: String!, $expectedVersion: Int) {
    archiveIndicator(id: $id, reason: $reason, expectedVersion: $expectedVersion) { ...IndicatorFields }
  }
`);
const RecordMeasurement = graphql(`
  mutation RecordMeasurement($input: RecordMeasurementInput!) {
    recordMeasurement(input: $input) { ...MeasurementFields indicator { ...IndicatorFields } }
  }
`);
const UpdateMeasurement = graphql(`
  mutation UpdateMeasurement($input: UpdateMeasurementInput!) {
    updateMeasurement(input: $input) { ...MeasurementFields indicator { ...IndicatorFields } }
  }
`);
const ArchiveMeasurement = graphql(`
  mutation ArchiveMeasurement($id: ID!, $reason: String!, $expectedVersion: Int) {
    archiveMeasurement(id: $id, reason: $reason, expectedVersion: $expectedVersion) { ...MeasurementFields indicator { ...IndicatorFields } }
  }
`);
const CreateMilestone = graphql(`mutation CreateMilestone($input: CreateMilestoneInput!) { createMilestone(input: $input) { ...MilestoneFields } }`);
const UpdateMilestone = graphql(`mutation UpdateMilestone($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { ...MilestoneFields } }`);
const ArchiveMilestone = graphql(`
  mutation ArchiveMilestone($id: ID!, $reason: String!, $expectedVersion: Int) {
    archiveMilestone(id: $id, reason: $reason, expectedVersion: $expectedVersion) { ...MilestoneFields }
  }
`);
const CreateBudgetLine = graphql(`mutation CreateBudgetLine($input: CreateBudgetLineInput!) { createBudgetLine(input: $input) { ...BudgetLineFields } }`);
const UpdateBudgetLine = graphql(`mutation UpdateBudgetLine($input: UpdateBudgetLineInput!) { updateBudgetLine(input: $input) { ...BudgetLineFields } }`);
const ArchiveBudgetLine = graphql(`
  mutation ArchiveBudgetLine($id: ID!, $reason: String!, $expectedVersion: Int) {
    archiveBudgetLine(id: $id, reason: $reason, expectedVersion: $expectedVersion) { ...BudgetLineFields }
  }
`);

export type ArchiveKind = 'indicator' | 'measurement' | 'milestone' | 'budgetLine';

/** The follow-up's writes: indicators, measurements, milestones and budget lines. */
export function useFollowUpMutations() {
  const options = { throws: 'always' } as const;
  const m = {
    createIndicator: useMutation(CreateIndicator, options),
    updateIndicator: useMutation(UpdateIndicator, options),
    archiveIndicator: useMutation(ArchiveIndicator, options),
    recordMeasurement: useMutation(RecordMeasurement, options),
    updateMeasurement: useMutation(UpdateMeasurement, options),
    archiveMeasurement: useMutation(ArchiveMeasurement, options),
    createMilestone: useMutation(CreateMilestone, options),
    updateMilestone: useMutation(UpdateMilestone, options),
    archiveMilestone: useMutation(ArchiveMilestone, options),
    createBudgetLine: useMutation(CreateBudgetLine, options),
    updateBudgetLine: useMutation(UpdateBudgetLine, options),
    archiveBudgetLine: useMutation(ArchiveBudgetLine, options),
  };
  return {
    createIndicator: (input: CreateIndicatorInput) => m.createIndicator.mutate({ input }),
    updateIndicator: (input: UpdateIndicatorInput) => m.updateIndicator.mutate({ input }),
    recordMeasurement: (input: RecordMeasurementInput) => m.recordMeasurement.mutate({ input }),
    updateMeasurement: (input: UpdateMeasurementInput) => m.updateMeasurement.mutate({ input }),
    createMilestone: (input: CreateMilestoneInput) => m.createMilestone.mutate({ input }),
    updateMilestone: (input: UpdateMilestoneInput) => m.updateMilestone.mutate({ input }),
    createBudgetLine: (input: CreateBudgetLineInput) => m.createBudgetLine.mutate({ input }),
    updateBudgetLine: (input: UpdateBudgetLineInput) => m.updateBudgetLine.mutate({ input }),
    archive(kind: ArchiveKind, id: string, reason: string, expectedVersion: number) {
      const variables = { id, reason, expectedVersion };
      if (kind === 'indicator') return m.archiveIndicator.mutate(variables);
      if (kind === 'measurement') return m.archiveMeasurement.mutate(variables);
      if (kind === 'milestone') return m.archiveMilestone.mutate(variables);
      return m.archiveBudgetLine.mutate(variables);
    },
  };
}
