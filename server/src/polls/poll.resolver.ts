import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../app/context';
import { Meeting } from '../meetings/meeting.entity';
import { Poll, PollStatus } from './poll.entity';
import { CastBallotInput, OpenPollInput } from './poll.inputs';
import { PollService } from './poll.service';
import { PollTally } from './poll-tally';
import { PollBallot, PollVoteRight } from './poll.types';
import { votingRightsOf } from './voting-rights';

const personName = async (context: Context, id: string) => (await context.loaders.person.load(id))?.displayName ?? '—';

@Resolver(() => Poll)
export class PollResolver {
  // Queries and fields

  @Authorized()
  @Query(() => Poll, { description: 'A poll of a meeting you may read.' })
  poll(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return new PollService(context).get(id);
  }

  @FieldResolver(() => PollTally, { nullable: true, description: 'The live count; null while a secret poll is open.' })
  tally(@Root() poll: Poll, @Ctx() context: Context) {
    return new PollService(context).tally(poll);
  }

  @FieldResolver(() => Int, { description: 'Ballots cast so far (shown even for a secret poll).' })
  async ballotCount(@Root() poll: Poll, @Ctx() context: Context) {
    return (await context.loaders.ballotsByPoll.load(poll.id)).length;
  }

  @FieldResolver(() => [PollVoteRight], { description: 'The ballots you may cast: your own if you are a voting member present, and your proxies.' })
  async myVotes(@Root() poll: Poll, @Ctx() context: Context) {
    if (!context.viewer) return [];
    const [attendances, ballots] = await Promise.all([
      context.loaders.attendancesByMeeting.load(poll.meetingId),
      context.loaders.ballotsByPoll.load(poll.id),
    ]);
    const rights = votingRightsOf(attendances, context.viewer.id);
    const voters = [...(rights.ownVote ? [context.viewer.id] : []), ...rights.proxiesFrom];
    return Promise.all(
      voters.map(async (voterId) =>
        Object.assign(new PollVoteRight(), {
          voterId,
          voterName: await personName(context, voterId),
          proxy: voterId !== context.viewer!.id,
          hasVoted: ballots.some((ballot) => ballot.voterId === voterId),
        }),
      ),
    );
  }

  @FieldResolver(() => [PollBallot], { nullable: true, description: 'Who voted what, for a named poll; null for a secret one.' })
  async ballots(@Root() poll: Poll, @Ctx() context: Context) {
    if (poll.secret) return null;
    const ballots = await context.loaders.ballotsByPoll.load(poll.id);
    return Promise.all(
      ballots.map(async (ballot) =>
        Object.assign(new PollBallot(), {
          voterId: ballot.voterId,
          voterName: await personName(context, ballot.voterId),
          castByName: ballot.castById === ballot.voterId ? null : await personName(context, ballot.castById),
          choice: ballot.choice,
          reason: ballot.reason,
        }),
      ),
    );
  }

  @FieldResolver(() => [String], { description: 'The reasons given with objections (BLOCK), unsigned; hidden like the tally.' })
  async objections(@Root() poll: Poll, @Ctx() context: Context) {
    if (poll.secret && poll.status === PollStatus.OPEN) return [];
    const ballots = await context.loaders.ballotsByPoll.load(poll.id);
    return ballots.filter((ballot) => ballot.choice === 'BLOCK' && ballot.reason).map((ballot) => ballot.reason!);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may close it (facilitators of the meeting’s body).' })
  async viewerCanManage(@Root() poll: Poll, @Ctx() context: Context) {
    const meeting = await context.loaders.meeting.load(poll.meetingId);
    return Boolean(context.viewer && meeting && (await context.access.canFacilitateBody(meeting.bodyId)));
  }

  // Mutations

  @Authorized()
  @Mutation(() => Poll, { description: 'Opens a poll on an agenda item of a meeting in session (facilitators); idempotent on its id.' })
  openPoll(@Arg('input', () => OpenPollInput) input: OpenPollInput, @Ctx() context: Context) {
    return new PollService(context).open(input);
  }

  @Authorized()
  @Mutation(() => Poll, { description: 'Casts your ballot, or the one of a proxy you hold; refused after close or a second time.' })
  castBallot(@Arg('input', () => CastBallotInput) input: CastBallotInput, @Ctx() context: Context) {
    return new PollService(context).cast(input);
  }

  @Authorized()
  @Mutation(() => Poll, { description: 'Closes a poll (facilitators); with recordDecision, its result is written into the meeting’s decisions.' })
  closePoll(
    @Arg('id', () => ID) id: string,
    @Arg('recordDecision', () => Boolean, { defaultValue: false }) recordDecision: boolean,
    @Ctx() context: Context,
  ) {
    return new PollService(context).close(id, recordDecision);
  }
}

@Resolver(() => Meeting)
export class MeetingPollsResolver {
  @FieldResolver(() => [Poll], { description: 'The polls of the meeting, oldest first.' })
  polls(@Root() meeting: Meeting, @Ctx() context: Context) {
    return context.loaders.pollsByMeeting.load(meeting.id);
  }
}
