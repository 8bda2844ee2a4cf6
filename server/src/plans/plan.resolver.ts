import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../app/context';
import { liveStream } from '../app/live-stream';
import { isUuid } from '../app/lookup';
import { PageArgs, Paginated } from '../app/pagination';
import { GovernanceBody } from '../bodies/governance-body.entity';
import type { EventRecord } from '../events/event.entity';
import { planTopic } from '../events/topics';
import { Orientation } from '../orientations/orientation.entity';
import { Territory } from '../territories/territory.entity';
import { Plan } from './plan.entity';
import { PlanEvent, toPlanEvent } from './plan-event';
import { CreatePlanInput, PlanFilterArgs, UpdatePlanInput } from './plan.inputs';
import { PlanService } from './plan.service';

@ObjectType()
export class PlanPage extends Paginated(Plan) {}

@Resolver(() => Plan)
export class PlanResolver {
  // Queries

  @Authorized()
  @Query(() => PlanPage, { description: 'The plans you take part in (all of them for admins).' })
  plans(@Args(() => PlanFilterArgs) filter: PlanFilterArgs, @Args(() => PageArgs) page: PageArgs, @Ctx() context: Context) {
    return new PlanService(context).list(filter, page);
  }

  @Authorized()
  @Query(() => Plan)
  async plan(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    // Read the event position before the data, so the data is at least that recent and a
    // subscription started from it misses nothing (an event replayed on top is harmless).
    if (isUuid(id)) await context.loaders.lastSeqByTopic.load(planTopic(id));
    return new PlanService(context).get(id);
  }

  @FieldResolver(() => Territory)
  territory(@Root() plan: Plan, @Ctx() context: Context) {
    return context.loaders.territory.load(plan.territoryId);
  }

  @FieldResolver(() => [Orientation], { description: 'Its orientations in number order, archived ones left out.' })
  orientations(@Root() plan: Plan, @Ctx() context: Context) {
    return context.loaders.orientationsByPlan.load(plan.id);
  }

  @FieldResolver(() => [GovernanceBody], { description: 'The bodies that steer it, archived ones left out.' })
  bodies(@Root() plan: Plan, @Ctx() context: Context) {
    return context.loaders.bodiesByPlan.load(plan.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may edit the plan, its orientations and actions.' })
  viewerCanEdit(@Root() plan: Plan, @Ctx() context: Context) {
    return context.access.canEditPlan(plan.id);
  }

  @FieldResolver(() => Int, {
    description: 'The seq of the latest event of this plan: subscribe to planChanged with it as `after` to miss nothing since this read.',
  })
  lastEventSeq(@Root() plan: Plan, @Ctx() context: Context) {
    return context.loaders.lastSeqByTopic.load(planTopic(plan.id));
  }

  // Mutations

  @Authorized()
  @Mutation(() => Plan, { description: 'Admins only.' })
  createPlan(@Arg('input', () => CreatePlanInput) input: CreatePlanInput, @Ctx() context: Context) {
    return new PlanService(context).create(input);
  }

  @Authorized()
  @Mutation(() => Plan, { description: 'Chairs, co-chairs and secretaries of its bodies, and admins.' })
  updatePlan(@Arg('input', () => UpdatePlanInput) input: UpdatePlanInput, @Ctx() context: Context) {
    return new PlanService(context).update(input);
  }

  @Authorized()
  @Mutation(() => Plan, { description: 'Admins only.' })
  archivePlan(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return new PlanService(context).archive(id);
  }

  // Subscriptions

  @Subscription(() => PlanEvent, {
    description:
      'Every change to the plan, its orientations, actions, bodies and members, in order. Pass the last `seq` you saw as `after` to receive what you missed, exactly once.',
    subscribe: async ({ args, context }) => {
      const plan = await new PlanService(context as Context).get(args.planId);
      return liveStream(context as Context, planTopic(plan.id), args.after ?? null);
    },
  })
  planChanged(
    @Root() event: EventRecord,
    @Arg('planId', () => ID) _planId: string,
    @Arg('after', () => Int, { nullable: true, description: 'The last seq you received.' }) _after?: number,
  ): PlanEvent {
    return toPlanEvent(event);
  }
}
