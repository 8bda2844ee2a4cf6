import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { type DataSource, IsNull } from 'typeorm';
import { ACTIVE_MEMBERSHIP } from '../app/access';
import type { Context } from '../app/context';
import { inTransaction } from '../app/context';
import { hashToken, newToken } from '../auth/password';
import { CalendarFeed } from './calendar-feed.entity';
import { MeetingStatus } from './meeting.entity';

const STATUS: Record<MeetingStatus, ICalEventStatus> = {
  [MeetingStatus.DRAFT]: ICalEventStatus.TENTATIVE,
  [MeetingStatus.CONVENED]: ICalEventStatus.CONFIRMED,
  [MeetingStatus.IN_SESSION]: ICalEventStatus.CONFIRMED,
  [MeetingStatus.CLOSED]: ICalEventStatus.CONFIRMED,
  [MeetingStatus.MINUTES_APPROVED]: ICalEventStatus.CONFIRMED,
  [MeetingStatus.CANCELLED]: ICalEventStatus.CANCELLED,
};

/** A new secret calendar address for the viewer; the previous one stops working. */
export async function createCalendarFeed(context: Context) {
  const viewer = context.access.requireViewer();
  const token = newToken();
  await inTransaction(context, async (tx) => {
    await tx.update(CalendarFeed, { personId: viewer.id, revokedAt: IsNull() }, { revokedAt: new Date() });
    await tx.insert(CalendarFeed, { personId: viewer.id, tokenHash: hashToken(token) });
  });
  return `${context.app.config.publicUrl}/calendar/${token}.ics`;
}

/**
 * The iCalendar text of a feed: the meetings of every body the person sits in (and those they
 * are a guest of), or of one body they may read. Each meeting keeps its id as UID and its
 * version as SEQUENCE, so calendar apps apply changes and cancellations to the same event.
 * Null when the token or the body is not theirs.
 */
export async function renderCalendar(dataSource: DataSource, publicUrl: string, token: string, bodyId?: string): Promise<string | null> {
  const [feed] = await dataSource.query(
    `SELECT f.person_id FROM calendar_feeds f JOIN people p ON p.id = f.person_id
      WHERE f.token_hash = $1 AND f.revoked_at IS NULL AND p.archived_at IS NULL`,
    [hashToken(token)],
  );
  if (!feed) return null;
  const readablePlans = `SELECT b2.plan_id FROM memberships m JOIN governance_bodies b2 ON b2.id = m.body_id
                           WHERE m.person_id = $1 AND ${ACTIVE_MEMBERSHIP}`;
  const scope = bodyId
    ? `b.id = $2 AND (b.plan_id IN (${readablePlans}) OR EXISTS (SELECT 1 FROM people WHERE id = $1 AND is_admin))`
    : `(b.id IN (SELECT m.body_id FROM memberships m WHERE m.person_id = $1 AND ${ACTIVE_MEMBERSHIP})
        OR mt.id IN (SELECT meeting_id FROM attendances WHERE person_id = $1))`;
  const meetings: CalendarMeeting[] = await dataSource.query(
    `SELECT mt.id, mt.title, mt.starts_at, mt.ends_at, mt.place, mt.online_url, mt.status, mt.version,
            mt.updated_at, mt.cancellation_reason, b.name AS body_name
       FROM meetings mt JOIN governance_bodies b ON b.id = mt.body_id
      WHERE mt.archived_at IS NULL AND ${scope}
      ORDER BY mt.starts_at`,
    bodyId ? [feed.person_id, bodyId] : [feed.person_id],
  );
  return buildCalendar(meetings, publicUrl).toString();
}

interface CalendarMeeting {
  id: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
  place: string | null;
  online_url: string | null;
  status: MeetingStatus;
  version: number;
  updated_at: Date;
  cancellation_reason: string | null;
  body_name: string;
}

function buildCalendar(meetings: CalendarMeeting[], publicUrl: string) {
  const calendar = ical({ name: 'Trame — réunions', method: ICalCalendarMethod.PUBLISH, prodId: { company: 'Trame', product: 'reunions', language: 'FR' } });
  for (const meeting of meetings) {
    calendar.createEvent({
      id: `${meeting.id}@trame`,
      sequence: meeting.version,
      start: meeting.starts_at,
      end: meeting.ends_at,
      stamp: meeting.updated_at,
      lastModified: meeting.updated_at,
      summary: `${meeting.body_name} — ${meeting.title}`,
      location: meeting.place ?? meeting.online_url ?? undefined,
      url: `${publicUrl}/reunions/${meeting.id}`,
      status: STATUS[meeting.status],
      description: [meeting.online_url ? `En ligne : ${meeting.online_url}` : null, meeting.cancellation_reason ? `Annulée : ${meeting.cancellation_reason}` : null]
        .filter(Boolean)
        .join('\n') || undefined,
    });
  }
  return calendar;
}
