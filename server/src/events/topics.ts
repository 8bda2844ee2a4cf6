/** Every live topic of Trame, in one place: a topic groups the events one screen follows. */
export const enum TopicKind {
  Plan = 'plan',
  Meeting = 'meeting',
}

export const planTopic = (planId: string) => `${TopicKind.Plan}:${planId}`;
export const meetingTopic = (meetingId: string) => `${TopicKind.Meeting}:${meetingId}`;

export function parseTopic(topic: string): { kind: TopicKind; id: string } {
  const [kind, id] = topic.split(':');
  return { kind: kind as TopicKind, id };
}

/** The channel PostgreSQL NOTIFY uses to wake the server instances. */
export const NOTIFY_CHANNEL = 'trame_events';

/** The channel server instances use to tell each other who is in which meeting room. */
export const PRESENCE_CHANNEL = 'trame_presence';
