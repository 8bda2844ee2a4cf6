import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../app/context';
import { Meeting } from '../meetings/meeting.entity';
import { Person } from '../people/person.entity';
import { MinutesVersion } from './minutes.entity';
import { ApproveMinutesArgs, CorrectMinutesArgs, SaveMinutesArgs } from './minutes.inputs';
import { MinutesService } from './minutes.service';

@Resolver(() => MinutesVersion)
export class MinutesResolver {
  // Queries

  @FieldResolver(() => Person, { nullable: true, description: 'Who started this version.' })
  author(@Root() minutes: MinutesVersion, @Ctx() context: Context) {
    return minutes.authorId ? context.loaders.person.load(minutes.authorId) : null;
  }

  @FieldResolver(() => Meeting, { nullable: true, description: 'The meeting that approved it.' })
  approvedInMeeting(@Root() minutes: MinutesVersion, @Ctx() context: Context) {
    return minutes.approvedInMeetingId ? context.loaders.meeting.load(minutes.approvedInMeetingId) : null;
  }

  // Mutations

  @Authorized()
  @Mutation(() => MinutesVersion, {
    description: "Writes the minutes (version 1 at first); the body's facilitators, from the session on. Approved minutes are locked: correct them instead.",
  })
  saveMinutes(@Args(() => SaveMinutesArgs) { meetingId, text, expectedRevision }: SaveMinutesArgs, @Ctx() context: Context) {
    return new MinutesService(context).save(meetingId, text, expectedRevision);
  }

  @Authorized()
  @Mutation(() => MinutesVersion, { description: 'Proposes the draft for approval, once the meeting is closed.' })
  proposeMinutes(@Arg('meetingId', () => ID) meetingId: string, @Ctx() context: Context) {
    return new MinutesService(context).propose(meetingId);
  }

  @Authorized()
  @Mutation(() => MinutesVersion, {
    description: 'Approves the proposed minutes during a later meeting of the body, in session; they are then locked.',
  })
  approveMinutes(@Args(() => ApproveMinutesArgs) { meetingId, inMeetingId }: ApproveMinutesArgs, @Ctx() context: Context) {
    return new MinutesService(context).approve(meetingId, inMeetingId);
  }

  @Authorized()
  @Mutation(() => MinutesVersion, { description: 'Starts a corrected draft of approved minutes, as a new version with its reason.' })
  correctMinutes(@Args(() => CorrectMinutesArgs) { meetingId, text, reason }: CorrectMinutesArgs, @Ctx() context: Context) {
    return new MinutesService(context).correct(meetingId, text, reason);
  }
}

/** A meeting's minutes and their versions. */
@Resolver(() => Meeting)
export class MeetingMinutesResolver {
  @FieldResolver(() => MinutesVersion, { nullable: true, description: 'The latest version, or null before any is written.' })
  async minutes(@Root() meeting: Meeting, @Ctx() context: Context) {
    return (await context.loaders.minutesByMeeting.load(meeting.id))[0] ?? null;
  }

  @FieldResolver(() => [MinutesVersion], { description: 'Every version, latest first.' })
  minutesHistory(@Root() meeting: Meeting, @Ctx() context: Context) {
    return context.loaders.minutesByMeeting.load(meeting.id);
  }
}
