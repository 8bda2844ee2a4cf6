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
}
