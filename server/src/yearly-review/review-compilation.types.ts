import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Euros } from '../budget/euros.scalar';
import { CommitmentStatus } from '../commitments/commitment.entity';
import { IndicatorDirection } from '../indicators/indicator.entity';
import { ReportStatus } from './yearly-review.entity';

@ObjectType()
export class StatusCount {
  @Field(() => CommitmentStatus)
  status!: CommitmentStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Commitments as the ledger holds them today, and what changed since the end of the previous year.' })
export class CommitmentFigures {
  @Field(() => Int)
  total!: number;

  @Field(() => [StatusCount], { description: 'Every status, in lifecycle order (zero included).' })
  byStatus!: StatusCount[];

  @Field(() => Int, { nullable: true, description: 'Average progress of those not abandoned, in %; null without any.' })
  averageProgress!: number | null;

  @Field(() => Int, { nullable: true, description: 'Average progress now minus at the end of the previous year, in points; null when nothing existed then.' })
  progressDelta!: number | null;

  @Field(() => Int, { description: 'Commitments done now that were not done at the end of the previous year.' })
  doneSinceLastYear!: number;

  @Field(() => Int, { description: 'Commitments recorded since the end of the previous year.' })
  newSinceLastYear!: number;
}

@ObjectType({ description: 'Budget of the year (planned, committed, spent) beside the previous year.' })
export class BudgetYearFigures {
  @Field(() => Euros)
  planned!: string;

  @Field(() => Euros)
  committed!: string;

  @Field(() => Euros)
  spent!: string;

  @Field(() => Euros)
  previousPlanned!: string;

  @Field(() => Euros)
  previousCommitted!: string;

  @Field(() => Euros)
  previousSpent!: string;

  @Field(() => Euros, { description: 'Spent this year minus spent the previous year (may be negative).' })
  spentDelta!: string;
}

@ObjectType({ description: "An indicator's latest value measured by the end of the year, beside the previous year's." })
export class IndicatorFigures {
  @Field(() => ID)
  indicatorId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  unit!: string;

  @Field(() => Float)
  baseline!: number;

  @Field(() => Float)
  target!: number;

  @Field(() => IndicatorDirection)
  direction!: IndicatorDirection;

  @Field(() => Float, { nullable: true, description: 'The latest value measured by 31 December of the year.' })
  latestValue!: number | null;

  @Field(() => Float, { nullable: true, description: 'The latest value measured by 31 December of the previous year.' })
  previousValue!: number | null;

  @Field(() => Float, { nullable: true, description: 'latestValue − previousValue.' })
  delta!: number | null;

  @Field(() => Float, { nullable: true, description: 'Attainment of the latest value, 0 to 1.' })
  attainment!: number | null;

  @Field(() => Float, { nullable: true })
  previousAttainment!: number | null;
}

@ObjectType({ description: "What a partner's submitted report says about an action." })
export class PartnerNarrative {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => String)
  organizationName!: string;

  @Field(() => String)
  text!: string;
}

@ObjectType()
export class CompiledAction {
  @Field(() => ID)
  actionId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => CommitmentFigures)
  commitments!: CommitmentFigures;

  @Field(() => BudgetYearFigures)
  budget!: BudgetYearFigures;

  @Field(() => [IndicatorFigures])
  indicators!: IndicatorFigures[];

  @Field(() => [PartnerNarrative], { description: 'The submitted reports that say something about it.' })
  narratives!: PartnerNarrative[];
}

@ObjectType()
export class CompiledOrientation {
  @Field(() => ID)
  orientationId!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => String)
  title!: string;

  @Field(() => CommitmentFigures)
  commitments!: CommitmentFigures;

  @Field(() => BudgetYearFigures)
  budget!: BudgetYearFigures;

  @Field(() => [CompiledAction])
  actions!: CompiledAction[];
}

@ObjectType({ description: "A partner's place in the review: whether it has reported, and its general comments once submitted." })
export class PartnerStanding {
  @Field(() => ID)
  reportId!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field(() => String)
  organizationName!: string;

  @Field(() => ReportStatus)
  status!: ReportStatus;

  @Field(() => String, { description: 'Its general comments, once submitted; empty before.' })
  comments!: string;
}

@ObjectType({ description: 'How many partners have reported.' })
export class ReviewCompleteness {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  submitted!: number;

  @Field(() => Int)
  draft!: number;

  @Field(() => Int)
  notStarted!: number;
}

@ObjectType({ description: 'The compiled review for the steering committee: per orientation and action, commitments, indicators and budget, with what changed since the previous year, and the partners\' narratives.' })
export class CompiledReview {
  @Field(() => ID)
  planId!: string;

  @Field(() => String)
  planTitle!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  previousYear!: number;

  @Field(() => CommitmentFigures, { description: "The whole plan's commitments (those of archived actions included, as in the ledger)." })
  commitments!: CommitmentFigures;

  @Field(() => BudgetYearFigures, { description: 'The whole plan: equals budgetTotals(planId, year).' })
  budget!: BudgetYearFigures;

  @Field(() => [CompiledOrientation])
  orientations!: CompiledOrientation[];

  @Field(() => [PartnerStanding])
  partners!: PartnerStanding[];

  @Field(() => ReviewCompleteness)
  completeness!: ReviewCompleteness;
}
