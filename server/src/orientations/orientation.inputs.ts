import { IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class CreateOrientationInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => Int, { nullable: true, description: 'Defaults to the next free number.' })
  @IsOptional()
  @Min(1)
  @Max(99)
  number?: number;

  @Field(() => String)
  @MinLength(3)
  @MaxLength(300)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  stake?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20000)
  description?: string;
}

@InputType()
export class UpdateOrientationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you edited; a newer one makes it a CONFLICT.' })
  expectedVersion?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(99)
  number?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(3)
  @MaxLength(300)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  stake?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20000)
  description?: string;
}
