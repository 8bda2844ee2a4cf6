import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Action } from '../actions/action.entity';
import type { Context } from '../app/context';
import { DateTime } from '../app/scalars';
import { GovernanceBody } from '../bodies/governance-body.entity';
import { Meeting } from '../meetings/meeting.entity';
import { Orientation } from '../orientations/orientation.entity';
import { Person } from '../people/person.entity';
import { overrunMinutes, plannedMinutes, runningClock } from './agenda-clock';
import { AgendaItem } from './agenda-item.entity';
import { AddAgendaItemInput, MoveAgendaItemInput, RollOverAgendaItemsInput, UpdateAgendaItemInput } from './agenda-item.inputs';
import { AgendaService } from './agenda-item.service';

/** One running clock per list of items a request loaded, however many items ask for it. */
const clocks = new WeakMap<readonly AgendaItem[], Map<string, Date>>();

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  // Fields

  @FieldResolver(() => [AgendaItem], { description: "A section's items, in order." })
  children(@Root() item: AgendaItem, @Ctx() context: Context) {
    return context.loaders.itemsByParent.load(item.id);
  }

  @FieldResolver(() => Person, { nullable: true })
  presenter(@Root() item: AgendaItem, @Ctx() context: Context) {
    return item.presenterId ? context.loaders.person.load(item.presenterId) : null;
  }

  @FieldResolver(() => Person, { nullable: true })
  preparer(@Root() item: AgendaItem, @Ctx() context: Context) {
    return item.preparerId ? context.loaders.person.load(item.preparerId) : null;
  }

  @FieldResolver(() => [Orientation])
  async orientations(@Root() item: AgendaItem, @Ctx() context: Context) {
    const orientations = await context.loaders.orientation.loadMany(item.orientationIds);
    return orientations.filter((orientation): orientation is Orientation => orientation instanceof Orientation);
  }

  @FieldResolver(() => [Action])
  async actions(@Root() item: AgendaItem, @Ctx() context: Context) {
    const actions = await context.loaders.action.loadMany(item.actionIds);
    return actions.filter((action): action is Action => action instanceof Action);
  }

  @FieldResolver(() => DateTime, {
    nullable: true,
    description: "When it should start: the meeting's start plus the durations of the items before it. Null in the backlog.",
  })
  async startsAt(@Root() item: AgendaItem, @Ctx() context: Context) {
    if (!item.meetingId || item.archivedAt) return null;
    const [meeting, items] = await Promise.all([
      context.loaders.meeting.load(item.meetingId),
      context.loaders.itemsByMeeting.load(item.meetingId),
    ]);
    if (!meeting) return null;
    let clock = clocks.get(items);
    if (!clock) clocks.set(items, (clock = runningClock(items, meeting.startsAt)));
    return clock.get(item.id) ?? null;
  }

  // Mutations

  @Authorized()
  @Mutation(() => AgendaItem, {
    description: "Adds an item at the end of a meeting's agenda (or of a section), or to a body's backlog. The facilitators of any body of the plan.",
  })
  addAgendaItem(@Arg('input', () => AddAgendaItemInput) input: AddAgendaItemInput, @Ctx() context: Context) {
    return new AgendaService(context).add(input);
  }

  @Authorized()
  @Mutation(() => AgendaItem, { description: 'Its preparation until the session ends; its notes and outcome in session and after.' })
  updateAgendaItem(@Arg('input', () => UpdateAgendaItemInput) input: UpdateAgendaItemInput, @Ctx() context: Context) {
    return new AgendaService(context).update(input);
  }

  @Authorized()
  @Mutation(() => AgendaItem, { description: 'Reorders an item, puts it in or out of a section, or moves it to another meeting of the plan or to the backlog.' })
  moveAgendaItem(@Arg('input', () => MoveAgendaItemInput) input: MoveAgendaItemInput, @Ctx() context: Context) {
    return new AgendaService(context).move(input);
  }

  @Authorized()
  @Mutation(() => AgendaItem, { description: "Archives an item (a section with its items) while the agenda is open." })
  removeAgendaItem(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return new AgendaService(context).remove(id);
  }

  @Authorized()
  @Mutation(() => [AgendaItem], {
    description: "Copies the unfinished items of a closed meeting into the body's next meeting, or its backlog; returns the copies.",
  })
  rollOverAgendaItems(@Arg('input', () => RollOverAgendaItemsInput) input: RollOverAgendaItemsInput, @Ctx() context: Context) {
    return new AgendaService(context).rollOver(input);
  }
}

/** A meeting's agenda and how it fits in the meeting's time. */
@Resolver(() => Meeting)
export class MeetingAgendaResolver {
  @FieldResolver(() => [AgendaItem], { description: 'The top-level items, in order; sections hold theirs in `children`.' })
  async agenda(@Root() meeting: Meeting, @Ctx() context: Context) {
    return (await context.loaders.itemsByMeeting.load(meeting.id)).filter((item) => !item.parentId);
  }

  @FieldResolver(() => Int, { description: 'Minutes the agenda plans, sections and their items included.' })
  async plannedMinutes(@Root() meeting: Meeting, @Ctx() context: Context) {
    return plannedMinutes(await context.loaders.itemsByMeeting.load(meeting.id));
  }

  @FieldResolver(() => Int, { description: "How many minutes the agenda runs past the meeting's end; 0 when it fits." })
  async overrunMinutes(@Root() meeting: Meeting, @Ctx() context: Context) {
    return overrunMinutes(await context.loaders.itemsByMeeting.load(meeting.id), meeting);
  }
}

/** A body's items waiting for a meeting. */
@Resolver(() => GovernanceBody)
export class BodyBacklogResolver {
  @FieldResolver(() => [AgendaItem], { description: 'Items waiting for a meeting (top level, in order); for the members of the plan.' })
  async backlog(@Root() body: GovernanceBody, @Ctx() context: Context) {
    await context.access.assertCanReadPlan(body.planId);
    return context.loaders.backlogByBody.load(body.id);
  }
}
