import { type DataSource, IsNull } from 'typeorm';
import { AgendaItem } from '../../agenda/agenda-item.entity';
import { Attendance } from '../../attendance/attendance.entity';
import { GovernanceBody } from '../../bodies/governance-body.entity';
import { Decision } from '../../decisions/decision.entity';
import { MinutesVersion } from '../../minutes/minutes.entity';
import { Person } from '../../people/person.entity';
import { Organization } from '../../organizations/organization.entity';
import { Ballot, Poll, PollStatus } from '../../polls/poll.entity';
import { tallyPoll } from '../../polls/poll-tally';
import { eligibleBallots } from '../../polls/voting-rights';
import { AgendaPublication } from '../agenda-publication.entity';
import { Meeting } from '../meeting.entity';

export interface AgendaEntry {
  item: Pick<AgendaItem, 'id' | 'parentId' | 'position' | 'title' | 'description' | 'kind' | 'durationMinutes' | 'presenterId' | 'notes' | 'outcome'>;
  children: AgendaEntry[];
}

/** Everything the printed agenda and minutes of a meeting show, read in a fixed number of queries. */
export async function loadMeetingRecord(dataSource: DataSource, meetingId: string) {
  const meeting = await dataSource.getRepository(Meeting).findOneByOrFail({ id: meetingId });
  const [body, liveItems, publication, attendances, decisions, minutes, polls, ballots] = await Promise.all([
    dataSource.getRepository(GovernanceBody).findOneByOrFail({ id: meeting.bodyId }),
    dataSource.getRepository(AgendaItem).find({ where: { meetingId, archivedAt: IsNull() }, order: { position: 'ASC', createdAt: 'ASC' } }),
    dataSource.getRepository(AgendaPublication).findOne({ where: { meetingId }, order: { revision: 'DESC' } }),
    dataSource.getRepository(Attendance).find({ where: { meetingId, archivedAt: IsNull() } }),
    dataSource.getRepository(Decision).find({ where: { meetingId, archivedAt: IsNull() }, order: { createdAt: 'ASC' } }),
    dataSource.getRepository(MinutesVersion).findOne({ where: { meetingId }, order: { version: 'DESC' } }),
    dataSource.getRepository(Poll).find({ where: { meetingId, status: PollStatus.CLOSED, archivedAt: IsNull() }, order: { closedAt: 'ASC' } }),
    dataSource.getRepository(Ballot).createQueryBuilder('ballot').innerJoin('ballot.poll', 'poll').where('poll.meeting_id = :meetingId', { meetingId }).getMany(),
  ]);
  const eligible = eligibleBallots(attendances);
  const closedPolls = polls.map((poll) => ({
    poll,
    tally: tallyPoll(poll, ballots.filter((ballot) => ballot.pollId === poll.id).map((ballot) => ballot.choice), eligible),
  }));
  const personIds = new Set<string>();
  for (const item of liveItems) if (item.presenterId) personIds.add(item.presenterId);
  for (const attendance of attendances) {
    personIds.add(attendance.personId);
    if (attendance.proxyToId) personIds.add(attendance.proxyToId);
  }
  const people = personIds.size ? await dataSource.getRepository(Person).findBy([...personIds].map((id) => ({ id }))) : [];
  const organizationIds = [...new Set(people.map((person) => person.organizationId).filter((id): id is string => Boolean(id)))];
  const organizations = organizationIds.length ? await dataSource.getRepository(Organization).findBy(organizationIds.map((id) => ({ id }))) : [];
  return {
    meeting,
    body,
    liveAgenda: toTree(liveItems),
    publication: publication ? { revision: publication.revision, publishedAt: publication.publishedAt, agenda: toTree((publication.snapshot.items ?? []) as AgendaItem[]) } : null,
    attendances,
    decisions,
    minutes,
    polls: closedPolls,
    people: new Map(people.map((person) => [person.id, person])),
    organizations: new Map(organizations.map((organization) => [organization.id, organization])),
  };
}

export type MeetingRecord = Awaited<ReturnType<typeof loadMeetingRecord>>;

function toTree(items: AgendaEntry['item'][]): AgendaEntry[] {
  const sorted = [...items].sort((a, b) => a.position - b.position);
  return sorted
    .filter((item) => !item.parentId)
    .map((item) => ({ item, children: sorted.filter((child) => child.parentId === item.id).map((child) => ({ item: child, children: [] })) }));
}
