import { ArrayMaxSize, IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { DecisionKind } from './decision.entity';

const MAX_VOTES = 100_000;

@InputType()
export class RecordDecisionInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID, { nullable: true, description: 'The agenda item of this meeting it was taken on.' })
  agendaItemId?: string;

  @Field(() => String)
  @MinLength(3)
  @MaxLength(5000)
  text!: string;

  @Field(() => DecisionKind, { defaultValue: DecisionKind.DECISION })
  kind: DecisionKind = DecisionKind.DECISION;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(MAX_VOTES)
  votesFor?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(MAX_VOTES)
  votesAgainst?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(MAX_VOTES)
  abstentions?: number;

  @Field(() => [ID], { nullable: true, description: "Actions of the body's plan it concerns." })
  @IsOptional()
  @ArrayMaxSize(50)
  actionIds?: string[];
}

@InputType({ description: 'Fields left out stay as they are; null clears the agenda item or a vote count.' })
export class UpdateDecisionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you edited; a newer one makes it a CONFLICT.' })
  expectedVersion?: number;

  @Field(() => ID, { nullable: true })
  agendaItemId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(3)
  @MaxLength(5000)
  text?: string;

  @Field(() => DecisionKind, { nullable: true })
  kind?: DecisionKind;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(MAX_VOTES)
  votesFor?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(MAX_VOTES)
  votesAgainst?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(MAX_VOTES)
  abstentions?: number | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the list of actions.' })
  @IsOptional()
  @ArrayMaxSize(50)
  actionIds?: string[];
}

@ArgsType()
export class DecisionFilterArgs {
  @Field(() => ID)
  planId!: string;

  @Field(() => ID, { nullable: true, description: 'Only the decisions of this body.' })
  bodyId?: string;

  @Field(() => String, { nullable: true, description: 'Words to find in the text.' })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => DecisionKind, { nullable: true })
  kind?: DecisionKind;
}
