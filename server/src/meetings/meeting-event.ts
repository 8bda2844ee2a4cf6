import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { AgendaItem } from '../agenda/agenda-item.entity';
import { DateTime } from '../app/scalars';
import { Attendance } from '../attendance/attendance.entity';
import { Contribution } from '../contributions/contribution.entity';
import { Decision } from '../decisions/decision.entity';
import type { EventRecord } from '../events/event.entity';
import { recordEvent } from '../events/event-log';
import { reviveSubjects } from '../events/revive';
import { meetingTopic } from '../events/topics';
import { MinutesVersion } from '../minutes/minutes.entity';
import { Poll } from '../polls/poll.entity';
import { Meeting } from './meeting.entity';

export enum MeetingEventType {
  MEETING_UPDATED = 'MEETING_UPDATED',
  AGENDA_PUBLISHED = 'AGENDA_PUBLISHED',
  AGENDA_ITEM_ADDED = 'AGENDA_ITEM_ADDED',
  AGENDA_ITEM_UPDATED = 'AGENDA_ITEM_UPDATED',
  AGENDA_ITEM_REMOVED = 'AGENDA_ITEM_REMOVED',
  AGENDA_REORDERED = 'AGENDA_REORDERED',
  ATTENDANCE_UPDATED = 'ATTENDANCE_UPDATED',
  DECISION_RECORDED = 'DECISION_RECORDED',
  DECISION_UPDATED = 'DECISION_UPDATED',
  DECISION_REMOVED = 'DECISION_REMOVED',
  MINUTES_UPDATED = 'MINUTES_UPDATED',
  /** The meeting room opened or closed, its current item or its timer changed. */
  ROOM_UPDATED = 'ROOM_UPDATED',
  CONTRIBUTION_POSTED = 'CONTRIBUTION_POSTED',
  CONTRIBUTION_UPDATED = 'CONTRIBUTION_UPDATED',
  POLL_OPENED = 'POLL_OPENED',
  /** A ballot was cast: the payload carries the poll, never a choice. */
  POLL_UPDATED = 'POLL_UPDATED',
  POLL_CLOSED = 'POLL_CLOSED',
}
registerEnumType(MeetingEventType, { name: 'MeetingEventType' });

/** The records a meeting event can carry, by payload key. */
const SUBJECTS = {
  meeting: Meeting,
  agendaItem: AgendaItem,
  attendance: Attendance,
  decision: Decision,
  minutes: MinutesVersion,
  contribution: Contribution,
  poll: Poll,
};
type SubjectKey = keyof typeof SUBJECTS;
type Subject = InstanceType<(typeof SUBJECTS)[SubjectKey]>;

@ObjectType({ description: 'A change to a meeting, its agenda, attendance, decisions or minutes; `seq` orders the events of one meeting.' })
export class MeetingEvent {
  @Field(() => Int, { description: "Position in the meeting's event stream; pass the last one seen as `after` to resume." })
  seq!: number;

  @Field(() => MeetingEventType)
  type!: MeetingEventType;

  @Field(() => DateTime)
  at!: Date;

  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID, { nullable: true })
  actorId!: string | null;

  @Field(() => Meeting, { nullable: true })
  meeting?: Meeting;

  @Field(() => AgendaItem, { nullable: true })
  agendaItem?: AgendaItem;

  @Field(() => [ID], { nullable: true, description: 'For AGENDA_REORDERED: the item ids of the changed list, in their new order.' })
  order?: string[];

  @Field(() => Attendance, { nullable: true })
  attendance?: Attendance;

  @Field(() => Decision, { nullable: true })
  decision?: Decision;

  @Field(() => MinutesVersion, { nullable: true })
  minutes?: MinutesVersion;

  @Field(() => Contribution, { nullable: true, description: 'A contribution posted, supported, reacted to or moderated.' })
  contribution?: Contribution;

  @Field(() => Poll, { nullable: true, description: 'A poll opened, voted in (without the choice) or closed.' })
  poll?: Poll;
}

/** Records, in the change's transaction, what happened in a meeting. */
export function publishMeetingChange(
  tx: EntityManager,
  change: {
    meetingId: string;
    type: MeetingEventType;
    actorId: string | null;
    subjects: Partial<Record<SubjectKey, Subject>>;
    order?: string[];
  },
) {
  return recordEvent(tx, {
    topic: meetingTopic(change.meetingId),
    type: change.type,
    actorId: change.actorId,
    payload: { meetingId: change.meetingId, ...change.subjects, ...(change.order ? { order: change.order } : {}) },
  });
}

export function toMeetingEvent(record: EventRecord): MeetingEvent {
  const event = Object.assign(new MeetingEvent(), {
    seq: record.seq,
    type: record.type as MeetingEventType,
    at: new Date(record.createdAt),
    meetingId: String(record.payload.meetingId),
    actorId: record.actorId,
    order: record.payload.order as string[] | undefined,
  });
  reviveSubjects(event, record.payload, SUBJECTS);
  return event;
}
