import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../app/context';
import { PageArgs, Paginated } from '../app/pagination';
import { Meeting, MeetingStatus } from '../meetings/meeting.entity';
import { Plan } from '../plans/plan.entity';
import { Person } from '../people/person.entity';
import { Contribution, ReactionKind } from './contribution.entity';
import { ContributionFilterArgs, PostContributionInput, SetContributionStatusArgs } from './contribution.inputs';
import { ContributionModerationService } from './contribution-moderation.service';
import { ContributionService } from './contribution.service';

@ObjectType()
export class ContributionPage extends Paginated(Contribution) {}

@ObjectType({ description: 'How many people reacted so to a contribution.' })
export class ReactionCount {
  @Field(() => ReactionKind)
  reaction!: ReactionKind;

  @Field(() => Int)
  count!: number;

  @Field(() => Boolean, { description: 'Whether you reacted so.' })
  viewerReacted!: boolean;
}

/** Hidden contributions keep their content for moderators only. */
async function concealed(contribution: Contribution, context: Context) {
  return contribution.hiddenAt !== null && !(await new ContributionService(context).canModerate(contribution));
}

@Resolver(() => Contribution)
export class ContributionResolver {
  // Queries

  @Authorized()
  @Query(() => ContributionPage, { description: "A plan's contributions between meetings, pinned first then newest; for the plan's members." })
  contributions(@Args(() => ContributionFilterArgs) filter: ContributionFilterArgs, @Args(() => PageArgs) page: PageArgs, @Ctx() context: Context) {
    return new ContributionService(context).list(filter, page);
  }

  @FieldResolver(() => String, { description: 'Empty when hidden, except for moderators.' })
  async text(@Root() contribution: Contribution, @Ctx() context: Context) {
    return (await concealed(contribution, context)) ? '' : contribution.text;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why it was hidden; for moderators.' })
  async hiddenReason(@Root() contribution: Contribution, @Ctx() context: Context) {
    return (await concealed(contribution, context)) ? null : contribution.hiddenReason;
  }

  @FieldResolver(() => Boolean, { description: 'Hidden by a moderator.' })
  hidden(@Root() contribution: Contribution) {
    return contribution.hiddenAt !== null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether you moderate it (facilitators of its body, or of the plan between meetings).' })
  viewerCanModerate(@Root() contribution: Contribution, @Ctx() context: Context) {
    return context.viewer ? new ContributionService(context).canModerate(contribution) : false;
  }

  @FieldResolver(() => Person)
  author(@Root() contribution: Contribution, @Ctx() context: Context) {
    return context.loaders.person.load(contribution.authorId);
  }

  @FieldResolver(() => [Contribution], { description: 'Replies, oldest first.' })
  replies(@Root() contribution: Contribution, @Ctx() context: Context) {
    return context.loaders.repliesByContribution.load(contribution.id);
  }

  @FieldResolver(() => Contribution, { nullable: true })
  mergedInto(@Root() contribution: Contribution, @Ctx() context: Context) {
    return contribution.mergedIntoId ? context.loaders.contribution.load(contribution.mergedIntoId) : null;
  }

  @FieldResolver(() => Int)
  supportCount(@Root() contribution: Contribution, @Ctx() context: Context) {
    return context.loaders.supportCountByContribution.load(contribution.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you support it.' })
  viewerSupports(@Root() contribution: Contribution, @Ctx() context: Context) {
    return context.viewer ? context.loaders.supportedBy.load(`${contribution.id}|${context.viewer.id}`) : false;
  }

  @FieldResolver(() => [ReactionCount], { description: 'The reactions it received, by kind.' })
  reactions(@Root() contribution: Contribution, @Ctx() context: Context) {
    return context.loaders.reactionsByContribution.load(`${contribution.id}|${context.viewer?.id ?? ''}`);
  }

  // Mutations

  @Authorized()
  @Mutation(() => Contribution, { description: 'Members other than observers; in a meeting in session or between meetings. Idempotent by id.' })
  postContribution(@Arg('input', () => PostContributionInput) input: PostContributionInput, @Ctx() context: Context) {
    return new ContributionService(context).post(input);
  }

  @Authorized()
  @Mutation(() => Contribution, { description: "Adds your support (+1); not to your own contribution. Idempotent." })
  supportContribution(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return new ContributionService(context).support(id, true);
  }

  @Authorized()
  @Mutation(() => Contribution, { description: 'Withdraws your support. Idempotent.' })
  withdrawSupport(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return new ContributionService(context).support(id, false);
  }

  @Authorized()
  @Mutation(() => Contribution)
  react(@Arg('id', () => ID) id: string, @Arg('reaction', () => ReactionKind) reaction: ReactionKind, @Ctx() context: Context) {
    return new ContributionService(context).react(id, reaction, true);
  }

  @Authorized()
  @Mutation(() => Contribution)
  unreact(@Arg('id', () => ID) id: string, @Arg('reaction', () => ReactionKind) reaction: ReactionKind, @Ctx() context: Context) {
    return new ContributionService(context).react(id, reaction, false);
  }

  @Authorized()
  @Mutation(() => Contribution, { description: 'Moderators: pins or unpins it at the top of the list.' })
  pinContribution(@Arg('id', () => ID) id: string, @Arg('pinned', () => Boolean) pinned: boolean, @Ctx() context: Context) {
    return new ContributionModerationService(context).pin(id, pinned);
  }

  @Authorized()
  @Mutation(() => Contribution, { description: 'Moderators: marks it as a duplicate of another of the plan; its supports move there.' })
  mergeContribution(@Arg('id', () => ID) id: string, @Arg('intoId', () => ID) intoId: string, @Ctx() context: Context) {
    return new ContributionModerationService(context).merge(id, intoId);
  }

  @Authorized()
  @Mutation(() => Contribution, { description: 'Moderators: retains, declines (with a reason) or reopens it.' })
  setContributionStatus(@Args(() => SetContributionStatusArgs) args: SetContributionStatusArgs, @Ctx() context: Context) {
    return new ContributionModerationService(context).setStatus(args);
  }

  @Authorized()
  @Mutation(() => Contribution, { description: 'Moderators: hides its content from the other readers; it is kept.' })
  hideContribution(@Arg('id', () => ID) id: string, @Arg('reason', () => String, { nullable: true }) reason: string | null, @Ctx() context: Context) {
    return new ContributionModerationService(context).hide(id, reason);
  }

  @Authorized()
  @Mutation(() => Contribution)
  unhideContribution(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return new ContributionModerationService(context).unhide(id);
  }
}

/** The contributions made in a meeting. */
@Resolver(() => Meeting)
export class MeetingContributionsResolver {
  @FieldResolver(() => [Contribution], { description: 'Pinned first, then newest; replies are under `replies` unless includeReplies.' })
  contributions(
    @Root() meeting: Meeting,
    @Arg('agendaItemId', () => ID, { nullable: true }) agendaItemId: string | null,
    @Arg('includeReplies', () => Boolean, { defaultValue: false }) includeReplies: boolean,
    @Ctx() context: Context,
  ) {
    return new ContributionService(context).forMeeting(meeting, agendaItemId, includeReplies);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may post, support and react in this meeting now: in session, and not as an observer.' })
  async viewerCanContribute(@Root() meeting: Meeting, @Ctx() context: Context) {
    if (!context.viewer || meeting.status !== MeetingStatus.IN_SESSION) return false;
    const body = await context.loaders.body.load(meeting.bodyId);
    return body ? new ContributionService(context).canPost(body.planId) : false;
  }
}

/** Whether one takes part in a plan's exchanges between meetings. */
@Resolver(() => Plan)
export class PlanContributionsResolver {
  @FieldResolver(() => Boolean, { description: 'Whether you may post, support and react between meetings (members other than observers).' })
  viewerCanContribute(@Root() plan: Plan, @Ctx() context: Context) {
    return context.viewer ? new ContributionService(context).canPost(plan.id) : false;
  }
}
