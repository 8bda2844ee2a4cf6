import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, registerEnumType } from 'type-graphql';
import { LocalDate } from '../app/scalars';
import { CommitmentStatus } from './commitment.entity';

export enum CommitmentSort {
  URGENCY = 'URGENCY',
  DUE_ON = 'DUE_ON',
  RECENTLY_UPDATED = 'RECENTLY_UPDATED',
  PROGRESS = 'PROGRESS',
  TITLE = 'TITLE',
}
registerEnumType(CommitmentSort, {
  name: 'CommitmentSort',
  description:
    'URGENCY: open commitments first, soonest due first (so late ones lead), then done and abandoned ones; ' +
    'DUE_ON: soonest due first; RECENTLY_UPDATED: last changed first; PROGRESS: least advanced first; TITLE: alphabetical.',
});

@ArgsType()
export class CommitmentFilterArgs {
  @Field(() => ID)
  planId!: string;

  @Field(() => [CommitmentStatus], { nullable: true, description: 'Only commitments in one of these statuses.' })
  @IsOptional()
  @ArrayMaxSize(6)
  status?: CommitmentStatus[];

  @Field(() => Boolean, { nullable: true, description: 'true: only late ones; false: none of them.' })
  late?: boolean;

  @Field(() => ID, { nullable: true, description: 'Only the commitments of this partner organisation.' })
  organizationId?: string;

  @Field(() => ID, { nullable: true, description: 'Only those serving an action of this orientation.' })
  orientationId?: string;

  @Field(() => ID, { nullable: true })
  actionId?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Only those due on or before this date.' })
  dueBefore?: string;

  @Field(() => String, { nullable: true, description: 'Words to find in what is promised or its details.' })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Include archived commitments.' })
  includeArchived: boolean = false;

  @Field(() => CommitmentSort, { defaultValue: CommitmentSort.URGENCY })
  sort: CommitmentSort = CommitmentSort.URGENCY;
}
