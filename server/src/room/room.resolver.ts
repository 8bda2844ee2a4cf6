import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../app/context';
import { AgendaItem } from '../agenda/agenda-item.entity';
import { Meeting } from '../meetings/meeting.entity';
import { MeetingService } from '../meetings/meeting.service';
import { SetCurrentItemArgs } from './room.inputs';
import { isRoomOpen, roomTimer, RoomService } from './room.service';
import { RoomPresence, RoomTimer } from './room.types';

/** The live meeting room: its state on the meeting, the facilitators' controls, and who is in it. */
@Resolver(() => Meeting)
export class RoomResolver {
  // Fields

  @FieldResolver(() => Boolean, { description: 'Whether the facilitator has the meeting room open.' })
  roomOpen(@Root() meeting: Meeting) {
    return isRoomOpen(meeting);
  }

  @FieldResolver(() => AgendaItem, { nullable: true, description: 'The agenda item every participant follows in the room.' })
  currentItem(@Root() meeting: Meeting, @Ctx() context: Context) {
    return meeting.currentItemId ? context.loaders.agendaItem.load(meeting.currentItemId) : null;
  }

  @FieldResolver(() => RoomTimer, { nullable: true, description: "The current item's clock (null without a current item)." })
  async timer(@Root() meeting: Meeting, @Ctx() context: Context) {
    const item = meeting.currentItemId ? await context.loaders.agendaItem.load(meeting.currentItemId) : null;
    return item ? roomTimer(meeting, item) : null;
  }

  // Mutations

  @Authorized()
  @Mutation(() => Meeting, { description: 'Opens the live room of a meeting in session; the first unfinished item becomes current.' })
  openRoom(@Arg('meetingId', () => ID) meetingId: string, @Ctx() context: Context) {
    return new RoomService(context).open(meetingId);
  }

  @Authorized()
  @Mutation(() => Meeting, { description: "Moves the room to another item of the agenda; the previous item's timer stops." })
  setCurrentItem(@Args(() => SetCurrentItemArgs) { meetingId, agendaItemId }: SetCurrentItemArgs, @Ctx() context: Context) {
    return new RoomService(context).setCurrentItem(meetingId, agendaItemId);
  }

  @Authorized()
  @Mutation(() => Meeting, { description: "Starts the current item's timer (no change when it runs already)." })
  startTimer(@Arg('meetingId', () => ID) meetingId: string, @Ctx() context: Context) {
    return new RoomService(context).startTimer(meetingId);
  }

  @Authorized()
  @Mutation(() => Meeting, { description: "Pauses the current item's timer (no change when it is paused already)." })
  pauseTimer(@Arg('meetingId', () => ID) meetingId: string, @Ctx() context: Context) {
    return new RoomService(context).pauseTimer(meetingId);
  }

  @Authorized()
  @Mutation(() => Meeting, { description: 'Closes the live room; the timer stops.' })
  closeRoom(@Arg('meetingId', () => ID) meetingId: string, @Ctx() context: Context) {
    return new RoomService(context).close(meetingId);
  }

  // Subscriptions

  @Subscription(() => RoomPresence, {
    description: 'Who is in the meeting room; subscribing puts you in it until the subscription ends. At most about two updates a second.',
    subscribe: async ({ args, context }) => {
      const meeting = await new MeetingService(context as Context).get(args.meetingId);
      return (context as Context).app.presence.join(meeting.id, (context as Context).access.requireViewer().id);
    },
  })
  roomPresence(@Root() presence: RoomPresence, @Arg('meetingId', () => ID) _meetingId: string): RoomPresence {
    return presence;
  }
}
