import { MaxLength, MinLength } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../app/context';
import { isUuid } from '../app/lookup';
import { liveStream } from '../app/live-stream';
import { PageArgs } from '../app/pagination';
import { GovernanceBody } from '../bodies/governance-body.entity';
import type { EventRecord } from '../events/event.entity';
import { meetingTopic } from '../events/topics';
import { AgendaPublication } from './agenda-publication.entity';
import { createCalendarFeed } from './calendar.service';
import { Meeting } from './meeting.entity';
import { MeetingEvent, toMeetingEvent } from './meeting-event';
import { CreateMeetingInput, MeetingFilterArgs, UpdateMeetingInput } from './meeting.inputs';
import { MeetingService } from './meeting.service';
import { BodyCadence, MeetingPage } from './meeting.types';

@ArgsType()
class CancelMeetingArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  @MinLength(3)
  @MaxLength(500)
  reason!: string;
}

@Resolver(() => Meeting)
export class MeetingResolver {
  // Queries

  @Authorized()
  @Query(() => Meeting)
  async meeting(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    // Read the event position first, as for plans: a subscription from it misses nothing.
    if (isUuid(id)) await context.loaders.lastSeqByTopic.load(meetingTopic(id));
    return new MeetingService(context).get(id);
  }

  @FieldResolver(() => GovernanceBody)
  body(@Root() meeting: Meeting, @Ctx() context: Context) {
    return context.loaders.body.load(meeting.bodyId);
  }

  @FieldResolver(() => Int, { description: 'The seq of the latest event of this meeting: subscribe to meetingChanged from it.' })
  lastEventSeq(@Root() meeting: Meeting, @Ctx() context: Context) {
    return context.loaders.lastSeqByTopic.load(meetingTopic(meeting.id));
  }

  @FieldResolver(() => Boolean, { description: 'Whether you run this meeting (chair, co-chair or secretary of its body).' })
  viewerCanFacilitate(@Root() meeting: Meeting, @Ctx() context: Context) {
    return context.access.canFacilitateBody(meeting.bodyId);
  }

  @FieldResolver(() => [AgendaPublication], { description: 'The published agendas, latest first.' })
  publications(@Root() meeting: Meeting, @Ctx() context: Context) {
    return context.loaders.publicationsByMeeting.load(meeting.id);
  }

  // Mutations

  @Authorized()
  @Mutation(() => Meeting, { description: "The body's chair, co-chair or secretary." })
  createMeeting(@Arg('input', () => CreateMeetingInput) input: CreateMeetingInput, @Ctx() context: Context) {
    return new MeetingService(context).create(input);
  }

  @Authorized()
  @Mutation(() => Meeting, { description: 'While it is in preparation or convened.' })
  updateMeeting(@Arg('input', () => UpdateMeetingInput) input: UpdateMeetingInput, @Ctx() context: Context) {
    return new MeetingService(context).update(input);
  }

  @Authorized()
  @Mutation(() => Meeting, { description: "Publishes the agenda (frozen) and invites the body's members." })
  conveneMeeting(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return new MeetingService(context).convene(id);
  }

  @Authorized()
  @Mutation(() => Meeting, { description: 'Publishes a new revision of the agenda of a convened meeting.' })
  republishAgenda(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return new MeetingService(context).republishAgenda(id);
  }

  @Authorized()
  @Mutation(() => Meeting, { description: 'Opens the session.' })
  openMeeting(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return new MeetingService(context).open(id);
  }

  @Authorized()
  @Mutation(() => Meeting, { description: 'Closes the session; items not dealt with become unfinished.' })
  closeMeeting(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return new MeetingService(context).close(id);
  }

  @Authorized()
  @Mutation(() => Meeting, { description: 'Cancels a meeting in preparation or convened.' })
  cancelMeeting(@Args(() => CancelMeetingArgs) { id, reason }: CancelMeetingArgs, @Ctx() context: Context) {
    return new MeetingService(context).cancel(id, reason);
  }

  // Subscriptions

  @Subscription(() => MeetingEvent, {
    description: 'Every change to the meeting, its agenda, attendance, decisions and minutes, in order; resume with `after`.',
    subscribe: async ({ args, context }) => {
      const meeting = await new MeetingService(context as Context).get(args.meetingId);
      return liveStream(context as Context, meetingTopic(meeting.id), args.after ?? null);
    },
  })
  meetingChanged(
    @Root() event: EventRecord,
    @Arg('meetingId', () => ID) _meetingId: string,
    @Arg('after', () => Int, { nullable: true, description: 'The last seq you received.' }) _after?: number,
  ): MeetingEvent {
    return toMeetingEvent(event);
  }
}

/** A body's meetings and its cadence. */
@Resolver(() => GovernanceBody)
export class BodyMeetingsResolver {
  @FieldResolver(() => MeetingPage)
  meetings(
    @Root() body: GovernanceBody,
    @Args(() => MeetingFilterArgs) filter: MeetingFilterArgs,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: Context,
  ) {
    return new MeetingService(context).listForBody(body, filter, page);
  }

  @FieldResolver(() => BodyCadence, { description: 'Meetings held and planned in a year (this year by default) against the minimum.' })
  async cadence(@Root() body: GovernanceBody, @Arg('year', () => Int, { nullable: true }) year: number | undefined, @Ctx() context: Context) {
    const wanted = year ?? new Date().getFullYear();
    const { held, planned } = await context.loaders.meetingCountsByBodyYear.load(`${body.id}|${wanted}`);
    return { year: wanted, minimum: body.minMeetingsPerYear, held, planned, behind: held + planned < body.minMeetingsPerYear };
  }
}

/** The viewer's calendar address. */
@Resolver()
export class CalendarResolver {
  @Authorized()
  @Mutation(() => String, {
    description:
      'A new secret iCalendar address with the meetings of your bodies (add `?body=<id>` for one body); the previous address stops working.',
  })
  createCalendarFeed(@Ctx() context: Context) {
    return createCalendarFeed(context);
  }
}
