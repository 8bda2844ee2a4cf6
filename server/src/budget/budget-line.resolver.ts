import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Action } from '../actions/action.entity';
import { FollowUpRights } from '../actions/follow-up-rights';
import type { Context } from '../app/context';
import { Change } from '../history/change.entity';
import { HistoryOf, historyKey } from '../history/history';
import { Organization } from '../organizations/organization.entity';
import { BudgetLine } from './budget-line.entity';
import { CreateBudgetLineInput, UpdateBudgetLineInput } from './budget-line.inputs';
import { BudgetLineService } from './budget-line.service';
import { budgetTotals } from './budget-totals';
import { BudgetTotals } from './budget-totals.types';

@Resolver(() => BudgetLine)
export class BudgetLineResolver {
  // Queries

  @Authorized()
  @Query(() => BudgetLine, { description: "A budget line, archived or not; for the plan's readers." })
  budgetLine(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return new BudgetLineService(context).get(id);
  }

  @Authorized()
  @Query(() => BudgetTotals, { description: "The plan's budget: totals for the plan and by orientation, action, funder and year; for the plan's readers." })
  budgetTotals(
    @Arg('planId', () => ID) planId: string,
    @Arg('year', () => Int, { nullable: true, description: 'Only this year.' }) year: number | null,
    @Ctx() context: Context,
  ) {
    return budgetTotals(context, planId, year);
  }

  @FieldResolver(() => Action)
  action(@Root() line: BudgetLine, @Ctx() context: Context) {
    return context.loaders.action.load(line.actionId);
  }

  @FieldResolver(() => Organization, { description: 'The organisation that pays.' })
  funder(@Root() line: BudgetLine, @Ctx() context: Context) {
    return context.loaders.organization.load(line.funderId);
  }

  @FieldResolver(() => [Change], { description: 'Every change, newest first: who, when, each field old → new.' })
  history(@Root() line: BudgetLine, @Ctx() context: Context) {
    return context.loaders.changesOf.load(historyKey(HistoryOf.BudgetLine, line.id));
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may change and archive it.' })
  viewerCanSteer(@Root() line: BudgetLine, @Ctx() context: Context) {
    return new FollowUpRights(context).canSteer(line.planId);
  }

  // Mutations

  @Authorized()
  @Mutation(() => BudgetLine, { description: "Enters what a funder puts into an action for a year; the plan's facilitators and admins." })
  createBudgetLine(@Arg('input', () => CreateBudgetLineInput) input: CreateBudgetLineInput, @Ctx() context: Context) {
    return new BudgetLineService(context).create(input);
  }

  @Authorized()
  @Mutation(() => BudgetLine, { description: "The plan's facilitators and admins." })
  updateBudgetLine(@Arg('input', () => UpdateBudgetLineInput) input: UpdateBudgetLineInput, @Ctx() context: Context) {
    return new BudgetLineService(context).update(input);
  }

  @Authorized()
  @Mutation(() => BudgetLine, { description: 'Archives a budget line (nothing is deleted), with the reason; it leaves the totals.' })
  archiveBudgetLine(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() context: Context,
  ) {
    return new BudgetLineService(context).archive(id, reason, expectedVersion);
  }
}

/** The budget lines of an action. */
@Resolver(() => Action)
export class ActionBudgetLinesResolver {
  @FieldResolver(() => [BudgetLine], { description: 'Its budget lines by year, archived ones left out.' })
  budgetLines(@Root() action: Action, @Ctx() context: Context) {
    return context.loaders.budgetLinesByAction.load(action.id);
  }
}
