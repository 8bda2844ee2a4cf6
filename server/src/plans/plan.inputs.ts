import { IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../app/scalars';
import { PlanKind, PlanStatus } from './plan.entity';

@InputType()
export class CreatePlanInput {
  @Field(() => ID)
  territoryId!: string;

  @Field(() => String)
  @MinLength(3)
  @MaxLength(200)
  title!: string;

  @Field(() => PlanKind, { defaultValue: PlanKind.PLDESS })
  kind: PlanKind = PlanKind.PLDESS;

  @Field(() => Int)
  @Min(1980)
  @Max(2100)
  startYear!: number;

  @Field(() => Int)
  @Min(1980)
  @Max(2100)
  endYear!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  summary?: string;
}

@InputType()
export class UpdatePlanInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you edited; a newer one makes it a CONFLICT.' })
  expectedVersion?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(3)
  @MaxLength(200)
  title?: string;

  @Field(() => PlanStatus, { nullable: true })
  status?: PlanStatus;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1980)
  @Max(2100)
  startYear?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1980)
  @Max(2100)
  endYear?: number;

  @Field(() => LocalDate, { nullable: true })
  adoptedOn?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  adoptedBy?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  summary?: string;
}

@ArgsType()
export class PlanFilterArgs {
  @Field(() => ID, { nullable: true })
  territoryId?: string;

  @Field(() => PlanStatus, { nullable: true })
  status?: PlanStatus;

  @Field(() => String, { nullable: true, description: 'Words to find in the title.' })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => Boolean, { defaultValue: false })
  includeArchived: boolean = false;
}
