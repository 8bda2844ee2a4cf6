import DataLoader from 'dataloader';
import { type DataSource, In, IsNull } from 'typeorm';
import { Action, ActionPartner } from '../actions/action.entity';
import { AgendaItem } from '../agenda/agenda-item.entity';
import { Attendance } from '../attendance/attendance.entity';
import { GovernanceBody } from '../bodies/governance-body.entity';
import { Membership } from '../bodies/membership.entity';
import { budgetLoaders } from '../budget/budget-loaders';
import { Decision } from '../decisions/decision.entity';
import { commitmentLoaders } from '../commitments/commitment-loaders';
import { Contribution } from '../contributions/contribution.entity';
import { historyLoaders } from '../history/history-loaders';
import { indicatorLoaders } from '../indicators/indicator-loaders';
import { AgendaPublication } from '../meetings/agenda-publication.entity';
import { Meeting } from '../meetings/meeting.entity';
import { milestoneLoaders } from '../milestones/milestone-loaders';
import { MinutesVersion } from '../minutes/minutes.entity';
import { Orientation } from '../orientations/orientation.entity';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import { Plan } from '../plans/plan.entity';
import { Ballot, Poll } from '../polls/poll.entity';
import { Territory } from '../territories/territory.entity';
import { yearlyReviewLoaders } from '../yearly-review/yearly-review-loaders';
import { ACTIVE_MEMBERSHIP } from './access';
import { byId, childrenOf } from './loader-kinds';

/** One set of batching loaders per request, so each list costs a fixed number of queries. */
export function createLoaders(dataSource: DataSource) {
  return {
    territory: byId(dataSource, Territory),
    plan: byId(dataSource, Plan),
    orientation: byId(dataSource, Orientation),
    action: byId(dataSource, Action),
    organization: byId(dataSource, Organization),
    person: byId(dataSource, Person),
    body: byId(dataSource, GovernanceBody),
    meeting: byId(dataSource, Meeting),
    agendaItem: byId(dataSource, AgendaItem),
    itemsByMeeting: childrenOf(dataSource, AgendaItem, 'meetingId', { position: 'ASC', createdAt: 'ASC' }),
    itemsByParent: childrenOf(dataSource, AgendaItem, 'parentId', { position: 'ASC', createdAt: 'ASC' }),
    /** A body's backlog: its top-level items without a meeting. */
    backlogByBody: new DataLoader<string, AgendaItem[]>(async (bodyIds) => {
      const rows = await dataSource.getRepository(AgendaItem).find({
        where: { bodyId: In([...bodyIds]), meetingId: IsNull(), parentId: IsNull(), archivedAt: IsNull() },
        order: { position: 'ASC', createdAt: 'ASC' },
      });
      return bodyIds.map((id) => rows.filter((row) => row.bodyId === id));
    }),
    attendancesByMeeting: childrenOf(dataSource, Attendance, 'meetingId', { createdAt: 'ASC' }),
    decisionsByMeeting: childrenOf(dataSource, Decision, 'meetingId', { createdAt: 'ASC' }),
    minutesByMeeting: new DataLoader<string, MinutesVersion[]>(async (meetingIds) => {
      const rows = await dataSource.getRepository(MinutesVersion).find({
        where: { meetingId: In([...meetingIds]) },
        order: { version: 'DESC' },
      });
      return meetingIds.map((id) => rows.filter((row) => row.meetingId === id));
    }),
    publicationsByMeeting: new DataLoader<string, AgendaPublication[]>(async (meetingIds) => {
      const rows = await dataSource.getRepository(AgendaPublication).find({
        where: { meetingId: In([...meetingIds]) },
        order: { revision: 'DESC' },
      });
      return meetingIds.map((id) => rows.filter((row) => row.meetingId === id));
    }),
    /** Keyed `bodyId|year`: meetings held (in session or after) and still planned that year. */
    meetingCountsByBodyYear: new DataLoader<string, { held: number; planned: number }>(async (keys) => {
      const pairs = keys.map((key) => key.split('|'));
      const rows: { body_id: string; year: number; held: number; planned: number }[] = await dataSource.query(
        `SELECT m.body_id, EXTRACT(YEAR FROM m.starts_at)::int AS year,
                count(*) FILTER (WHERE m.status IN ('IN_SESSION', 'CLOSED', 'MINUTES_APPROVED'))::int AS held,
                count(*) FILTER (WHERE m.status IN ('DRAFT', 'CONVENED'))::int AS planned
           FROM meetings m
          WHERE m.archived_at IS NULL AND m.body_id = ANY($1) AND EXTRACT(YEAR FROM m.starts_at)::int = ANY($2)
          GROUP BY 1, 2`,
        [pairs.map(([bodyId]) => bodyId), pairs.map(([, year]) => Number(year))],
      );
      return pairs.map(([bodyId, year]) => {
        const row = rows.find((candidate) => candidate.body_id === bodyId && candidate.year === Number(year));
        return { held: row?.held ?? 0, planned: row?.planned ?? 0 };
      });
    }),
    orientationsByPlan: childrenOf(dataSource, Orientation, 'planId', { number: 'ASC' }),
    actionsByOrientation: childrenOf(dataSource, Action, 'orientationId', { position: 'ASC', createdAt: 'ASC' }),
    bodiesByPlan: childrenOf(dataSource, GovernanceBody, 'planId', { createdAt: 'ASC' }),
    plansByTerritory: childrenOf(dataSource, Plan, 'territoryId', { startYear: 'DESC' }),
    activeMembershipsByBody: new DataLoader<string, Membership[]>(async (bodyIds) => {
      const rows = await dataSource
        .getRepository(Membership)
        .createQueryBuilder('m')
        .innerJoin('m.person', 'person', 'person.archived_at IS NULL')
        .where('m.body_id IN (:...bodyIds)', { bodyIds })
        .andWhere(ACTIVE_MEMBERSHIP)
        .orderBy('m.role', 'ASC')
        .addOrderBy('m.created_at', 'ASC')
        .getMany();
      return bodyIds.map((id) => rows.filter((row) => row.bodyId === id));
    }),
    activeMembershipsByPerson: new DataLoader<string, Membership[]>(async (personIds) => {
      const rows = await dataSource
        .getRepository(Membership)
        .createQueryBuilder('m')
        .innerJoin('m.body', 'body', 'body.archived_at IS NULL')
        .where('m.person_id IN (:...personIds)', { personIds })
        .andWhere(ACTIVE_MEMBERSHIP)
        .getMany();
      return personIds.map((id) => rows.filter((row) => row.personId === id));
    }),
    lastSeqByTopic: new DataLoader<string, number>(async (topics) => {
      const rows: { topic: string; last_seq: number }[] = await dataSource.query(
        'SELECT topic, last_seq FROM topic_sequences WHERE topic = ANY($1)',
        [[...topics]],
      );
      return topics.map((topic) => rows.find((row) => row.topic === topic)?.last_seq ?? 0);
    }),
    contribution: byId(dataSource, Contribution),
    pollsByMeeting: childrenOf(dataSource, Poll, 'meetingId', { createdAt: 'ASC' }),
    ballotsByPoll: new DataLoader<string, Ballot[]>(async (pollIds) => {
      const rows = await dataSource.getRepository(Ballot).find({ where: { pollId: In([...pollIds]) }, order: { createdAt: 'ASC' } });
      return pollIds.map((id) => rows.filter((row) => row.pollId === id));
    }),
    repliesByContribution: childrenOf(dataSource, Contribution, 'parentId', { createdAt: 'ASC' }),
    contributionsByResultingAction: childrenOf(dataSource, Contribution, 'resultingActionId', { createdAt: 'ASC' }),
    contributionsByResultingDecision: childrenOf(dataSource, Contribution, 'resultingDecisionId', { createdAt: 'ASC' }),
    contributionsByResultingAgendaItem: childrenOf(dataSource, Contribution, 'resultingAgendaItemId', { createdAt: 'ASC' }),
    supportCountByContribution: new DataLoader<string, number>(async (ids) => {
      const rows: { contribution_id: string; count: number }[] = await dataSource.query(
        'SELECT contribution_id, count(*)::int AS count FROM contribution_supports WHERE contribution_id = ANY($1) GROUP BY 1',
        [[...ids]],
      );
      return ids.map((id) => rows.find((row) => row.contribution_id === id)?.count ?? 0);
    }),
    /** Keyed `contributionId|personId`. */
    supportedBy: new DataLoader<string, boolean>(async (keys) => {
      const pairs = keys.map((key) => key.split('|'));
      const rows: { contribution_id: string; person_id: string }[] = await dataSource.query(
        `SELECT s.contribution_id, s.person_id FROM contribution_supports s
           JOIN unnest($1::uuid[], $2::uuid[]) AS k(contribution_id, person_id) USING (contribution_id, person_id)`,
        [pairs.map(([contributionId]) => contributionId), pairs.map(([, personId]) => personId)],
      );
      return pairs.map(([contributionId, personId]) =>
        rows.some((row) => row.contribution_id === contributionId && row.person_id === personId),
      );
    }),
    /** Keyed `contributionId|viewerId` (empty viewer for none): counts per reaction, and the viewer's own. */
    reactionsByContribution: new DataLoader<string, { reaction: string; count: number; viewerReacted: boolean }[]>(async (keys) => {
      const pairs = keys.map((key) => key.split('|'));
      const rows: { contribution_id: string; reaction: string; person_id: string }[] = await dataSource.query(
        'SELECT contribution_id, reaction, person_id FROM contribution_reactions WHERE contribution_id = ANY($1) ORDER BY reaction',
        [[...new Set(pairs.map(([contributionId]) => contributionId))]],
      );
      return pairs.map(([contributionId, viewerId]) => {
        const counts = new Map<string, { reaction: string; count: number; viewerReacted: boolean }>();
        for (const row of rows.filter((candidate) => candidate.contribution_id === contributionId)) {
          const entry = counts.get(row.reaction) ?? { reaction: row.reaction, count: 0, viewerReacted: false };
          entry.count += 1;
          entry.viewerReacted ||= row.person_id === viewerId;
          counts.set(row.reaction, entry);
        }
        return [...counts.values()];
      });
    }),
    partnersByAction: new DataLoader<string, Organization[]>(async (actionIds) => {
      const links = await dataSource.getRepository(ActionPartner).find({
        where: { actionId: In([...actionIds]) },
        relations: { organization: true },
        order: { organization: { name: 'ASC' } },
      });
      return actionIds.map((id) =>
        links.filter((link) => link.actionId === id).map((link) => link.organization!),
      );
    }),
    decision: byId(dataSource, Decision),
    ...commitmentLoaders(dataSource),
    ...historyLoaders(dataSource),
    ...indicatorLoaders(dataSource),
    ...milestoneLoaders(dataSource),
    ...budgetLoaders(dataSource),
    ...yearlyReviewLoaders(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
