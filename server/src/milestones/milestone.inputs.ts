import { IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../app/scalars';

@InputType()
export class CreateMilestoneInput {
  @Field(() => ID)
  actionId!: string;

  @Field(() => String)
  @MinLength(3)
  @MaxLength(300)
  title!: string;

  @Field(() => LocalDate)
  plannedOn!: string;

  @Field(() => ID, { nullable: true, description: 'The person who carries it.' })
  responsibleId?: string;
}

@InputType({ description: 'Fields left out stay as they are; null clears the done date or the person.' })
export class UpdateMilestoneInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you edited; a newer one makes it a CONFLICT.' })
  expectedVersion?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(3)
  @MaxLength(300)
  title?: string;

  @Field(() => LocalDate, { nullable: true })
  plannedOn?: string;

  @Field(() => LocalDate, { nullable: true, description: 'The day it was done (today or before); null reopens it.' })
  doneOn?: string | null;

  @Field(() => ID, { nullable: true })
  responsibleId?: string | null;
}
