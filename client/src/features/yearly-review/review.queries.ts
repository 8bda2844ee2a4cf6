import { graphql } from '@/gql';

export const ReviewPlanQuery = graphql(`
  query ReviewPlan($planId: ID!) {
    plan(id: $planId) {
      id
      title
      startYear
      endYear
      viewerCanEdit
      lastEventSeq
    }
  }
`);

export const YearlyReviewQuery = graphql(`
  query YearlyReviewPage($planId: ID!, $year: Int!) {
    yearlyReview(planId: $planId, year: $year) {
      id
      year
      viewerCanManage
      completeness {
        total
        submitted
        draft
        notStarted
      }
      reports {
        id
        status
        submittedAt
        organization {
          id
          name
          acronym
        }
      }
      compiled {
        year
        previousYear
        commitments {
          ...CommitmentFiguresFields
        }
        budget {
          ...BudgetYearFiguresFields
        }
        orientations {
          orientationId
          number
          title
          actions {
            actionId
            title
            commitments {
              ...CommitmentFiguresFields
            }
            budget {
              ...BudgetYearFiguresFields
            }
            indicators {
              indicatorId
              name
              unit
              target
              latestValue
              delta
              attainment
            }
            narratives {
              organizationId
              organizationName
              text
            }
          }
        }
      }
    }
  }
`);

export const CommitmentFiguresFragment = graphql(`
  fragment CommitmentFiguresFields on CommitmentFigures {
    total
    averageProgress
    progressDelta
    doneSinceLastYear
    byStatus {
      status
      count
    }
  }
`);

export const BudgetYearFiguresFragment = graphql(`
  fragment BudgetYearFiguresFields on BudgetYearFigures {
    planned
    committed
    spent
    previousSpent
    spentDelta
  }
`);

export const OpenYearlyReviewMutation = graphql(`
  mutation OpenYearlyReview($planId: ID!, $year: Int!) {
    openYearlyReview(planId: $planId, year: $year) {
      id
    }
  }
`);

export const PartnerReportQuery = graphql(`
  query PartnerReportPage($id: ID!) {
    partnerReport(id: $id) {
      ...PartnerReportFields
      planId
      year
      viewerCanFill
      viewerCanReopen
      organization {
        id
        name
      }
      sections {
        actionId
        text
        action {
          id
          title
        }
        commitments {
          id
          title
          status
          progress
          late
        }
        budgetLines {
          id
          planned
          committed
          spent
        }
        indicators {
          id
          name
          unit
          target
          latestValue
        }
      }
    }
  }
`);

export const PartnerReportFragment = graphql(`
  fragment PartnerReportFields on PartnerReport {
    id
    status
    comments
    version
    submittedAt
  }
`);

export const SavePartnerReportMutation = graphql(`
  mutation SavePartnerReport($input: SavePartnerReportInput!) {
    savePartnerReport(input: $input) {
      ...PartnerReportFields
      sections {
        actionId
        text
      }
    }
  }
`);

export const SubmitPartnerReportMutation = graphql(`
  mutation SubmitPartnerReport($id: ID!, $expectedVersion: Int) {
    submitPartnerReport(id: $id, expectedVersion: $expectedVersion) {
      ...PartnerReportFields
    }
  }
`);

export const ReopenPartnerReportMutation = graphql(`
  mutation ReopenPartnerReport($id: ID!) {
    reopenPartnerReport(id: $id) {
      ...PartnerReportFields
    }
  }
`);
