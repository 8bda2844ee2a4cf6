import { IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { TerritoryKind } from './territory.entity';

@InputType()
export class CreateTerritoryInput {
  @Field(() => String)
  @MinLength(2)
  @MaxLength(200)
  name!: string;

  @Field(() => TerritoryKind)
  kind!: TerritoryKind;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(10000)
  communeCount?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100_000_000)
  population?: number;
}

@InputType()
export class UpdateTerritoryInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(2)
  @MaxLength(200)
  name?: string;

  @Field(() => TerritoryKind, { nullable: true })
  kind?: TerritoryKind;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(10000)
  communeCount?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100_000_000)
  population?: number;
}

@ArgsType()
export class TerritoryFilterArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => Boolean, { defaultValue: false })
  includeArchived: boolean = false;
}
