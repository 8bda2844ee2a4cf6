import { IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../app/scalars';
import { BodyKind } from './governance-body.entity';
import { MemberRole } from './membership.entity';

@InputType()
export class CreateBodyInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => BodyKind)
  kind!: BodyKind;

  @Field(() => String)
  @MinLength(2)
  @MaxLength(200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  mission?: string;

  @Field(() => Int, { defaultValue: 1 })
  @Min(0)
  @Max(52)
  minMeetingsPerYear: number = 1;
}

@InputType()
export class UpdateBodyInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number;

  @Field(() => BodyKind, { nullable: true })
  kind?: BodyKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(2)
  @MaxLength(200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  mission?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(52)
  minMeetingsPerYear?: number;

  @Field(() => Int, { nullable: true, description: 'Share of voting members (in %) needed for the quorum.' })
  @IsOptional()
  @Min(0)
  @Max(100)
  quorumPercent?: number;

  @Field(() => Boolean, { nullable: true, description: 'Whether proxies count towards the quorum.' })
  quorumCountsProxies?: boolean;
}

@InputType()
export class AddMembershipInput {
  @Field(() => ID)
  bodyId!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => MemberRole, { defaultValue: MemberRole.MEMBER })
  role: MemberRole = MemberRole.MEMBER;

  @Field(() => ID, { nullable: true, description: "Defaults to the person's own organisation." })
  organizationId?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Defaults to today.' })
  startsOn?: string;
}

@InputType()
export class UpdateMembershipInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number;

  @Field(() => MemberRole, { nullable: true })
  role?: MemberRole;

  @Field(() => ID, { nullable: true })
  organizationId?: string;
}
