import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Action } from '../actions/action.entity';
import { FollowUpRights } from '../actions/follow-up-rights';
import type { Context } from '../app/context';
import { LocalDate } from '../app/scalars';
import { Change } from '../history/change.entity';
import { HistoryOf, historyKey } from '../history/history';
import { Person } from '../people/person.entity';
import { Milestone } from './milestone.entity';
import { CreateMilestoneInput, UpdateMilestoneInput } from './milestone.inputs';
import { isMilestoneLate, MilestoneService } from './milestone.service';
import { planTimeline } from './plan-timeline';
import { PlanTimeline } from './plan-timeline.types';

@Resolver(() => Milestone)
export class MilestoneResolver {
  // Queries

  @Authorized()
  @Query(() => Milestone, { description: "A milestone, archived or not; for the plan's readers." })
  milestone(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return new MilestoneService(context).get(id);
  }

  @Authorized()
  @Query(() => PlanTimeline, { description: "The plan's actions with their milestones and commitments' due dates over a period (the plan's years by default), late ones marked." })
  planTimeline(
    @Arg('planId', () => ID) planId: string,
    @Arg('from', () => LocalDate, { nullable: true }) from: string | null,
    @Arg('to', () => LocalDate, { nullable: true }) to: string | null,
    @Ctx() context: Context,
  ) {
    return planTimeline(context, planId, from, to);
  }

  @FieldResolver(() => Action)
  action(@Root() milestone: Milestone, @Ctx() context: Context) {
    return context.loaders.action.load(milestone.actionId);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The person who carries it.' })
  responsible(@Root() milestone: Milestone, @Ctx() context: Context) {
    return milestone.responsibleId ? context.loaders.person.load(milestone.responsibleId) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Planned before today and not done (as of today, in France).' })
  late(@Root() milestone: Milestone) {
    return isMilestoneLate(milestone);
  }

  @FieldResolver(() => [Change], { description: 'Every change, newest first: who, when, each field old → new.' })
  history(@Root() milestone: Milestone, @Ctx() context: Context) {
    return context.loaders.changesOf.load(historyKey(HistoryOf.Milestone, milestone.id));
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may mark it done and name who carries it.' })
  async viewerCanReport(@Root() milestone: Milestone, @Ctx() context: Context) {
    const action = await context.loaders.action.load(milestone.actionId);
    return action ? new FollowUpRights(context).canReport(action, milestone.planId) : false;
  }

  // Mutations

  @Authorized()
  @Mutation(() => Milestone, { description: "Plans a milestone of an action; the plan's facilitators and admins." })
  createMilestone(@Arg('input', () => CreateMilestoneInput) input: CreateMilestoneInput, @Ctx() context: Context) {
    return new MilestoneService(context).create(input);
  }

  @Authorized()
  @Mutation(() => Milestone, { description: "Facilitators change anything; the action's partners' people mark it done and name who carries it." })
  updateMilestone(@Arg('input', () => UpdateMilestoneInput) input: UpdateMilestoneInput, @Ctx() context: Context) {
    return new MilestoneService(context).update(input);
  }

  @Authorized()
  @Mutation(() => Milestone, { description: 'Archives a milestone (nothing is deleted), with the reason; facilitators and admins.' })
  archiveMilestone(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() context: Context,
  ) {
    return new MilestoneService(context).archive(id, reason, expectedVersion);
  }
}

/** The milestones of an action. */
@Resolver(() => Action)
export class ActionMilestonesResolver {
  @FieldResolver(() => [Milestone], { description: 'Its milestones, soonest planned first, archived ones left out.' })
  milestones(@Root() action: Action, @Ctx() context: Context) {
    return context.loaders.milestonesByAction.load(action.id);
  }
}
