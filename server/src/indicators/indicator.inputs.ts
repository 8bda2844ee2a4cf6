import { IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../app/scalars';
import { IndicatorDirection } from './indicator.entity';

/** Figures beyond this are typing mistakes, not indicators. */
const BOUND = 1e12;
const BOUND_MESSAGE = 'Les valeurs vont de -1 000 milliards à 1 000 milliards.';

@InputType()
export class CreateIndicatorInput {
  @Field(() => ID)
  actionId!: string;

  @Field(() => String)
  @MinLength(2)
  @MaxLength(200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  unit?: string;

  @Field(() => Float)
  @Min(-BOUND, { message: BOUND_MESSAGE })
  @Max(BOUND, { message: BOUND_MESSAGE })
  baseline!: number;

  @Field(() => Float)
  @Min(-BOUND, { message: BOUND_MESSAGE })
  @Max(BOUND, { message: BOUND_MESSAGE })
  target!: number;

  @Field(() => LocalDate, { nullable: true })
  targetOn?: string;

  @Field(() => IndicatorDirection)
  direction!: IndicatorDirection;
}

@InputType({ description: 'Fields left out stay as they are; null clears the target date.' })
export class UpdateIndicatorInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you edited; a newer one makes it a CONFLICT.' })
  expectedVersion?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(2)
  @MaxLength(200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  unit?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(-BOUND, { message: BOUND_MESSAGE })
  @Max(BOUND, { message: BOUND_MESSAGE })
  baseline?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(-BOUND, { message: BOUND_MESSAGE })
  @Max(BOUND, { message: BOUND_MESSAGE })
  target?: number;

  @Field(() => LocalDate, { nullable: true })
  targetOn?: string | null;

  @Field(() => IndicatorDirection, { nullable: true })
  direction?: IndicatorDirection;
}

@InputType({ description: 'A value of an indicator on a date (today or before).' })
export class RecordMeasurementInput {
  @Field(() => ID)
  indicatorId!: string;

  @Field(() => LocalDate)
  measuredOn!: string;

  @Field(() => Float)
  @Min(-BOUND, { message: BOUND_MESSAGE })
  @Max(BOUND, { message: BOUND_MESSAGE })
  value!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  source?: string;
}

@InputType({ description: 'A correction of a measurement; fields left out stay as they are.' })
export class UpdateMeasurementInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you edited; a newer one makes it a CONFLICT.' })
  expectedVersion?: number;

  @Field(() => LocalDate, { nullable: true })
  measuredOn?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(-BOUND, { message: BOUND_MESSAGE })
  @Max(BOUND, { message: BOUND_MESSAGE })
  value?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  source?: string;
}
