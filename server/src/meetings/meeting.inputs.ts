import { IsOptional, IsUrl, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DateTime } from '../app/scalars';
import { MeetingKind, MeetingStatus } from './meeting.entity';

@InputType()
export class CreateMeetingInput {
  @Field(() => ID)
  bodyId!: string;

  @Field(() => String)
  @MinLength(3)
  @MaxLength(200)
  title!: string;

  @Field(() => MeetingKind, { defaultValue: MeetingKind.REGULAR })
  kind: MeetingKind = MeetingKind.REGULAR;

  @Field(() => DateTime)
  startsAt!: Date;

  @Field(() => DateTime)
  endsAt!: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  place?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'] })
  @MaxLength(500)
  onlineUrl?: string;
}

@InputType()
export class UpdateMeetingInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(3)
  @MaxLength(200)
  title?: string;

  @Field(() => MeetingKind, { nullable: true })
  kind?: MeetingKind;

  @Field(() => DateTime, { nullable: true })
  startsAt?: Date;

  @Field(() => DateTime, { nullable: true })
  endsAt?: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  place?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'] })
  @MaxLength(500)
  onlineUrl?: string;
}

export enum MeetingPeriod {
  UPCOMING = 'UPCOMING',
  PAST = 'PAST',
  ALL = 'ALL',
}
registerEnumType(MeetingPeriod, { name: 'MeetingPeriod' });

@ArgsType()
export class MeetingFilterArgs {
  @Field(() => MeetingPeriod, { defaultValue: MeetingPeriod.ALL, description: 'Upcoming ones first in date order; past ones latest first.' })
  period: MeetingPeriod = MeetingPeriod.ALL;

  @Field(() => [MeetingStatus], { nullable: true })
  statuses?: MeetingStatus[];
}
