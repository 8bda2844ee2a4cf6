import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CommitmentStatus } from './commitment.entity';

@ObjectType({ description: 'Figures for a set of commitments (archived ones left out).' })
export class CommitmentTally {
  @Field(() => Int)
  total!: number;

  @Field(() => Int, { description: 'Open and past their due date.' })
  late!: number;

  @Field(() => Int, { description: 'Open and due today or within the next 30 days.' })
  dueWithin30Days!: number;

  @Field(() => Int)
  done!: number;

  @Field(() => Int, { nullable: true, description: 'Average progress of those not abandoned, in %; null if there are none.' })
  averageProgress!: number | null;
}

@ObjectType()
export class CommitmentStatusCount {
  @Field(() => CommitmentStatus)
  status!: CommitmentStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "A partner's commitments in the plan." })
export class PartnerCommitmentTally extends CommitmentTally {
  @Field(() => ID)
  organizationId!: string;
}

@ObjectType({ description: 'The commitments serving the actions of one orientation.' })
export class OrientationCommitmentTally extends CommitmentTally {
  @Field(() => ID)
  orientationId!: string;
}

@ObjectType({ description: 'How far a set of actions has gone: the average of their progress (see Action.progress).' })
export class ProgressRollUp {
  @Field(() => Int, { nullable: true, description: 'From 0 to 100; null when none of the actions has any progress to show.' })
  progress!: number | null;

  @Field(() => Int, { description: 'Live actions counted (archived and abandoned ones left out).' })
  actions!: number;

  @Field(() => Int, { description: 'How many of them have a progress (from commitments, or else from indicators).' })
  measuredActions!: number;
}

@ObjectType({ description: "An orientation's progress, rolled up from its actions." })
export class OrientationProgress extends ProgressRollUp {
  @Field(() => ID)
  orientationId!: string;
}

@ObjectType({ description: "The chairs' dashboard figures for a plan's commitments, computed as of today." })
export class CommitmentSummary extends CommitmentTally {
  @Field(() => ID)
  planId!: string;

  @Field(() => [CommitmentStatusCount], { description: 'Every status, with zero counts too.' })
  byStatus!: CommitmentStatusCount[];

  @Field(() => [PartnerCommitmentTally], { description: 'Partners with the most late commitments first.' })
  byOrganization!: PartnerCommitmentTally[];

  @Field(() => [OrientationCommitmentTally], { description: 'In orientation order.' })
  byOrientation!: OrientationCommitmentTally[];

  @Field(() => ProgressRollUp, { description: "The plan's progress, rolled up from its actions." })
  progress!: ProgressRollUp;

  @Field(() => [OrientationProgress], { description: 'Each orientation with live actions, in orientation order.' })
  progressByOrientation!: OrientationProgress[];
}
