import type { EntityManager } from 'typeorm';
import { type Context, inTransaction } from '../app/context';
import { badInput, conflict, forbidden, notFound } from '../app/errors';
import { findOrFail, isUuid } from '../app/lookup';
import { lockForUpdate } from '../app/updates';
import { Attendance } from '../attendance/attendance.entity';
import { Decision, DecisionKind } from '../decisions/decision.entity';
import { assertStatusIn } from '../meetings/meeting-lifecycle';
import { Meeting, MeetingStatus } from '../meetings/meeting.entity';
import { MeetingEventType, publishMeetingChange } from '../meetings/meeting-event';
import { MeetingService } from '../meetings/meeting.service';
import { PlanEventType, publishPlanChange } from '../plans/plan-event';
import { Ballot, Poll, PollMethod, PollStatus } from './poll.entity';
import type { CastBallotInput, OpenPollInput } from './poll.inputs';
import { choiceError, isMajority, tallyPoll } from './poll-tally';
import { eligibleBallots, votingRightsOf } from './voting-rights';

const LABEL = 'Scrutin';

/** Quick polls of a meeting in session: opened and closed by its facilitators, voted by present voting members. */
export class PollService {
  constructor(private readonly context: Context) {}

  /** A poll of a meeting the viewer may read. */
  async get(id: string) {
    const poll = isUuid(id) ? await this.context.app.dataSource.getRepository(Poll).findOneBy({ id }) : null;
    if (!poll) throw notFound(LABEL);
    await new MeetingService(this.context).get(poll.meetingId);
    return poll;
  }

  /** Opens once: a retry with the same id and question returns the stored poll, without a second event. */
  async open(input: OpenPollInput) {
    const viewer = this.context.access.requireViewer();
    const meeting = await new MeetingService(this.context).get(input.meetingId);
    await this.context.access.assertCanFacilitateBody(meeting.bodyId);
    const existing = await this.context.app.dataSource.getRepository(Poll).findOneBy({ id: input.id });
    if (existing) return this.sameOrConflict(existing, input);
    const options = optionsFor(input.method, input.options);
    const agendaItemId = await this.itemOf(meeting, input.agendaItemId);
    return inTransaction(this.context, async (tx) => {
      const locked = await lockForUpdate(tx, Meeting, meeting.id, 'La réunion');
      assertStatusIn(locked.status, [MeetingStatus.IN_SESSION], 'Ouvrir un scrutin');
      const values = { id: input.id, meetingId: meeting.id, agendaItemId, question: input.question.trim(), method: input.method, options, secret: input.secret };
      const inserted = await tx.createQueryBuilder().insert().into(Poll).values(values).orIgnore().returning('id').execute();
      if (!inserted.raw.length) return this.sameOrConflict(await tx.findOneByOrFail(Poll, { id: input.id }), input);
      const poll = await tx.findOneByOrFail(Poll, { id: input.id });
      await publishMeetingChange(tx, { meetingId: meeting.id, type: MeetingEventType.POLL_OPENED, actorId: viewer.id, subjects: { poll } });
      return poll;
    });
  }

  /** One ballot per present voting member, and one per proxy they hold; never a second one. */
  async cast(input: CastBallotInput) {
    const viewer = this.context.access.requireViewer();
    const found = await this.get(input.pollId);
    const voterId = input.onBehalfOf ?? viewer.id;
    const choice = input.choice.trim();
    return inTransaction(this.context, async (tx) => {
      // Locked so a ballot and the poll's closing are taken one after the other.
      const poll = await tx.findOneOrFail(Poll, { where: { id: found.id }, lock: { mode: 'pessimistic_write' } });
      const previous = await tx.findOneBy(Ballot, { pollId: poll.id, voterId });
      if (previous?.clientId === input.id && previous.castById === viewer.id) return poll;
      if (poll.status === PollStatus.CLOSED) throw conflict('Ce scrutin est clos : le vote n’est plus possible.');
      const [meeting] = await tx.query('SELECT status FROM meetings WHERE id = $1 FOR SHARE', [poll.meetingId]);
      if (meeting?.status !== MeetingStatus.IN_SESSION) throw conflict('On ne vote que pendant la séance.');
      await this.assertMayVoteFor(tx, poll.meetingId, viewer.id, voterId);
      if (previous) throw conflict(voterId === viewer.id ? 'Vous avez déjà voté dans ce scrutin.' : 'Un vote a déjà été exprimé pour ce pouvoir.');
      const error = choiceError(poll, choice, input.reason);
      if (error) throw badInput(error);
      const ballot = { pollId: poll.id, voterId, castById: viewer.id, clientId: input.id, choice, reason: input.reason?.trim() || null };
      const inserted = await tx.createQueryBuilder().insert().into(Ballot).values(ballot).orIgnore().returning('voter_id').execute();
      if (!inserted.raw.length) throw conflict('Un vote a déjà été exprimé pour cette personne.');
      await publishMeetingChange(tx, { meetingId: poll.meetingId, type: MeetingEventType.POLL_UPDATED, actorId: viewer.id, subjects: { poll } });
      return poll;
    });
  }

  /** Closes a poll and, if asked, writes its result into the meeting's decisions; closing again changes nothing. */
  async close(id: string, recordDecision: boolean) {
    const viewer = this.context.access.requireViewer();
    const found = await this.get(id);
    const meeting = await findOrFail(this.context.loaders.meeting, found.meetingId, 'Réunion');
    await this.context.access.assertCanFacilitateBody(meeting.bodyId);
    return inTransaction(this.context, async (tx) => {
      const poll = await tx.findOneOrFail(Poll, { where: { id: found.id }, lock: { mode: 'pessimistic_write' } });
      if (poll.status === PollStatus.CLOSED) return poll;
      const locked = await lockForUpdate(tx, Meeting, poll.meetingId, 'La réunion');
      poll.status = PollStatus.CLOSED;
      poll.closedAt = new Date();
      if (recordDecision) {
        assertStatusIn(locked.status, [MeetingStatus.IN_SESSION, MeetingStatus.CLOSED], 'Inscrire le résultat au registre');
        poll.decisionId = (await this.recordDecision(tx, poll, locked)).id;
      }
      await tx.save(poll);
      await publishMeetingChange(tx, { meetingId: poll.meetingId, type: MeetingEventType.POLL_CLOSED, actorId: viewer.id, subjects: { poll } });
      return poll;
    });
  }

  /** The count so far, or null while a secret poll is open. */
  async tally(poll: Poll) {
    if (poll.secret && poll.status === PollStatus.OPEN) return null;
    const [ballots, attendances] = await Promise.all([
      this.context.loaders.ballotsByPoll.load(poll.id),
      this.context.loaders.attendancesByMeeting.load(poll.meetingId),
    ]);
    return tallyPoll(poll, ballots.map((ballot) => ballot.choice), eligibleBallots(attendances));
  }

  private async recordDecision(tx: EntityManager, poll: Poll, meeting: Meeting) {
    const ballots = await tx.findBy(Ballot, { pollId: poll.id });
    const attendances = await tx.findBy(Attendance, { meetingId: poll.meetingId });
    const tally = tallyPoll(poll, ballots.map((ballot) => ballot.choice), eligibleBallots(attendances));
    const text = `${poll.question} — ${tally.outcome}.`;
    const decision = await tx.save(
      tx.create(Decision, { meetingId: poll.meetingId, agendaItemId: poll.agendaItemId, text, kind: DecisionKind.DECISION, ...tally.votes, actionIds: [] }),
    );
    const actorId = this.context.viewer!.id;
    const { planId } = (await this.context.loaders.body.load(meeting.bodyId))!;
    await publishMeetingChange(tx, { meetingId: poll.meetingId, type: MeetingEventType.DECISION_RECORDED, actorId, subjects: { decision } });
    await publishPlanChange(tx, { planId, type: PlanEventType.DECISION_CHANGED, actorId, subjects: { decision } });
    return decision;
  }

  private async assertMayVoteFor(tx: EntityManager, meetingId: string, viewerId: string, voterId: string) {
    const rights = votingRightsOf(await tx.findBy(Attendance, { meetingId }), viewerId);
    if (!rights.ownVote) throw forbidden('Seuls les membres votants présents à la réunion votent (pas les observateurs ni les invités).');
    if (voterId !== viewerId && !rights.proxiesFrom.includes(voterId)) throw forbidden('Vous ne détenez pas le pouvoir de cette personne.');
  }

  private async itemOf(meeting: Meeting, agendaItemId: string | null | undefined) {
    const id = agendaItemId ?? meeting.currentItemId;
    if (!id) return null;
    const item = await findOrFail(this.context.loaders.agendaItem, id, "Point de l'ordre du jour");
    if (item.meetingId !== meeting.id || item.archivedAt) throw badInput("Ce point n'est pas à l'ordre du jour de cette réunion.");
    return item.id;
  }

  private sameOrConflict(existing: Poll, input: OpenPollInput) {
    const same = existing.meetingId === input.meetingId && existing.question === input.question.trim() && existing.method === input.method;
    if (!same) throw conflict('Cet identifiant de scrutin est déjà pris par un autre scrutin.');
    return existing;
  }
}

/** The options of a majority poll, numbered; none for consent and temperature checks. */
function optionsFor(method: PollMethod, labels: string[] | null | undefined) {
  const trimmed = (labels ?? []).map((label) => label.trim()).filter(Boolean);
  if (!isMajority(method)) {
    if (trimmed.length) throw badInput('Un scrutin par consentement ou une température n’a pas d’options à choisir.');
    return [];
  }
  if (trimmed.length < 2) throw badInput('Un vote à la majorité propose au moins deux options.');
  if (new Set(trimmed.map((label) => label.toLowerCase())).size !== trimmed.length) throw badInput('Deux options portent le même libellé.');
  return trimmed.map((label, index) => ({ id: String(index + 1), label }));
}
