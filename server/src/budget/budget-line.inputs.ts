import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Euros } from './euros.scalar';

@InputType()
export class CreateBudgetLineInput {
  @Field(() => ID)
  actionId!: string;

  @Field(() => ID, { description: 'The organisation that pays.' })
  funderId!: string;

  @Field(() => Int, { description: "A year of the plan's period." })
  year!: number;

  @Field(() => Euros)
  planned!: string;

  @Field(() => Euros, { nullable: true, description: '0 if left out.' })
  committed?: string;

  @Field(() => Euros, { nullable: true, description: '0 if left out.' })
  spent?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string;
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdateBudgetLineInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you edited; a newer one makes it a CONFLICT.' })
  expectedVersion?: number;

  @Field(() => ID, { nullable: true })
  funderId?: string;

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => Euros, { nullable: true })
  planned?: string;

  @Field(() => Euros, { nullable: true })
  committed?: string;

  @Field(() => Euros, { nullable: true })
  spent?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string;
}
