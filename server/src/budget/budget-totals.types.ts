import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Euros } from './euros.scalar';

@ObjectType({ description: 'Sums of budget lines (archived lines, and those of archived actions, left out).' })
export class BudgetAmounts {
  @Field(() => Euros)
  planned!: string;

  @Field(() => Euros)
  committed!: string;

  @Field(() => Euros)
  spent!: string;

  @Field(() => Int, { description: 'How many lines add up to it.' })
  lineCount!: number;
}

@ObjectType()
export class OrientationBudgetTotal extends BudgetAmounts {
  @Field(() => ID)
  orientationId!: string;
}

@ObjectType()
export class ActionBudgetTotal extends BudgetAmounts {
  @Field(() => ID)
  actionId!: string;
}

@ObjectType()
export class FunderBudgetTotal extends BudgetAmounts {
  @Field(() => ID)
  funderId!: string;
}

@ObjectType()
export class YearBudgetTotal extends BudgetAmounts {
  @Field(() => Int)
  year!: number;
}

@ObjectType({ description: "A plan's budget totals, whole and by orientation, action, funder and year, summed exactly by PostgreSQL." })
export class BudgetTotals extends BudgetAmounts {
  @Field(() => ID)
  planId!: string;

  @Field(() => Int, { nullable: true, description: 'The year the totals are limited to, if one was asked for.' })
  year!: number | null;

  @Field(() => [OrientationBudgetTotal], { description: 'In orientation order; orientations without lines left out.' })
  byOrientation!: OrientationBudgetTotal[];

  @Field(() => [ActionBudgetTotal], { description: 'In the order of the action plan; actions without lines left out.' })
  byAction!: ActionBudgetTotal[];

  @Field(() => [FunderBudgetTotal], { description: 'The largest planned contribution first.' })
  byFunder!: FunderBudgetTotal[];

  @Field(() => [YearBudgetTotal], { description: 'Oldest year first.' })
  byYear!: YearBudgetTotal[];
}
