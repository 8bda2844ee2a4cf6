import { ArrayMaxSize, IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../app/scalars';
import { ActionStatus } from './action.entity';

@InputType()
export class CreateActionInput {
  @Field(() => ID)
  orientationId!: string;

  @Field(() => String)
  @MinLength(3)
  @MaxLength(300)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20000)
  description?: string;

  @Field(() => ID, { nullable: true })
  leadPartnerId?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  partnerIds?: string[];

  @Field(() => ActionStatus, { nullable: true })
  status?: ActionStatus;

  @Field(() => LocalDate, { nullable: true })
  startsOn?: string;

  @Field(() => LocalDate, { nullable: true })
  endsOn?: string;
}

@InputType()
export class UpdateActionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you edited; a newer one makes it a CONFLICT.' })
  expectedVersion?: number;

  @Field(() => ID, { nullable: true, description: 'Moves the action under another orientation of the same plan.' })
  orientationId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(999)
  position?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(3)
  @MaxLength(300)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20000)
  description?: string;

  @Field(() => ID, { nullable: true })
  leadPartnerId?: string;

  @Field(() => [ID], { nullable: true, description: 'Replaces the list of partners.' })
  @IsOptional()
  @ArrayMaxSize(50)
  partnerIds?: string[];

  @Field(() => ActionStatus, { nullable: true })
  status?: ActionStatus;

  @Field(() => LocalDate, { nullable: true })
  startsOn?: string;

  @Field(() => LocalDate, { nullable: true })
  endsOn?: string;
}
