import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../app/context';
import { Meeting } from '../meetings/meeting.entity';
import { Person } from '../people/person.entity';
import { Attendance } from './attendance.entity';
import { GiveProxyArgs, InviteGuestArgs, RecordPresenceArgs, RespondToInvitationArgs } from './attendance.inputs';
import { AttendanceService } from './attendance.service';
import { computeQuorum, Quorum } from './quorum';

@Resolver(() => Attendance)
export class AttendanceResolver {
  // Queries

  @FieldResolver(() => Person)
  person(@Root() attendance: Attendance, @Ctx() context: Context) {
    return context.loaders.person.load(attendance.personId);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who holds this person’s proxy.' })
  proxyTo(@Root() attendance: Attendance, @Ctx() context: Context) {
    return attendance.proxyToId ? context.loaders.person.load(attendance.proxyToId) : null;
  }

  // Mutations

  @Authorized()
  @Mutation(() => Attendance, { description: "Invites a guest by name (no vote); the body's chair, co-chair or secretary, until the meeting closes." })
  inviteGuest(@Args(() => InviteGuestArgs) { meetingId, personId }: InviteGuestArgs, @Ctx() context: Context) {
    return new AttendanceService(context).inviteGuest(meetingId, personId);
  }

  @Authorized()
  @Mutation(() => Attendance, { description: 'Your own answer to your invitation, until the meeting closes.' })
  respondToInvitation(@Args(() => RespondToInvitationArgs) { meetingId, response }: RespondToInvitationArgs, @Ctx() context: Context) {
    return new AttendanceService(context).respond(meetingId, response);
  }

  @Authorized()
  @Mutation(() => Attendance, { description: "Notes someone's presence; the body's facilitators, while the meeting is convened or in session." })
  recordPresence(@Args(() => RecordPresenceArgs) { attendanceId, presence }: RecordPresenceArgs, @Ctx() context: Context) {
    return new AttendanceService(context).recordPresence(attendanceId, presence);
  }

  @Authorized()
  @Mutation(() => Attendance, {
    description: 'Gives your proxy to another voting member invited: not to yourself, not to someone who gave theirs, at most one held each.',
  })
  giveProxy(@Args(() => GiveProxyArgs) { meetingId, toPersonId, fromPersonId }: GiveProxyArgs, @Ctx() context: Context) {
    return new AttendanceService(context).giveProxy(meetingId, toPersonId, fromPersonId);
  }

  @Authorized()
  @Mutation(() => Attendance, { description: 'Takes back the proxy you gave (or, for facilitators, the one a member gave).' })
  withdrawProxy(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('fromPersonId', () => ID, { nullable: true }) fromPersonId: string | undefined,
    @Ctx() context: Context,
  ) {
    return new AttendanceService(context).withdrawProxy(meetingId, fromPersonId);
  }
}

/** A meeting's attendance and the quorum it makes. */
@Resolver(() => Meeting)
export class MeetingAttendanceResolver {
  @FieldResolver(() => [Attendance], { description: 'Everyone invited, in invitation order.' })
  attendances(@Root() meeting: Meeting, @Ctx() context: Context) {
    return context.loaders.attendancesByMeeting.load(meeting.id);
  }

  @FieldResolver(() => Quorum, { description: 'Computed live from the attendance and the body’s quorum rule.' })
  async quorum(@Root() meeting: Meeting, @Ctx() context: Context) {
    const [attendances, body] = await Promise.all([
      context.loaders.attendancesByMeeting.load(meeting.id),
      context.loaders.body.load(meeting.bodyId),
    ]);
    return computeQuorum(attendances, body!);
  }
}
