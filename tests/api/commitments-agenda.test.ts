import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommitmentStatus } from '../../server/src/commitments/commitment.entity';
import { planTopic } from '../../server/src/events/topics';
import { MeetingStatus } from '../../server/src/meetings/meeting.entity';
import { ApiClient, clientFor } from '../helpers/api-client';
import { buildCommitment, daysFromToday } from '../helpers/commitments';
import { buildBody, buildMeeting, buildOrganization, buildWorld } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';

let server: TestServer;
const S = CommitmentStatus;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const PROPOSALS = `query ($bodyId: ID!) { commitmentAgendaProposals(bodyId: $bodyId) {
  bodyId dueBy viewerCanPropose nextMeeting { id } commitments { id title late } } }`;
const PROPOSE = `mutation ($bodyId: ID!, $commitmentIds: [ID!]!) { proposeCommitmentsForAgenda(bodyId: $bodyId, commitmentIds: $commitmentIds) {
  id title description kind meetingId bodyId position actionIds commitmentId commitment { id } } }`;
const BACKLOG = `query ($id: ID!) { body(id: $id) { backlog { title commitmentId } } }`;

/** A plan whose steering committee meets in 40 days, with commitments in every situation. */
async function buildSituation() {
  const ds = server.services.dataSource;
  const world = await buildWorld(ds);
  const meeting = await buildMeeting(ds, { bodyId: world.body.id, startsAt: new Date(`${daysFromToday(40)}T10:00:00Z`), endsAt: new Date(`${daysFromToday(40)}T12:00:00Z`) });
  const partner = await buildOrganization(ds, { name: `CRESS ${Math.random()}` });
  const base = { planId: world.plan.id, actionId: world.action.id, organizationId: partner.id };
  const make = (title: string, fields: Record<string, unknown>) => buildCommitment(ds, { ...base, title, ...fields });
  const c = {
    late: await make('En retard', { status: S.IN_PROGRESS, progress: 40, dueOn: daysFromToday(-10) }),
    soon: await make('Avant le comité', { status: S.ACCEPTED, dueOn: daysFromToday(35) }),
    onTheDay: await make('Le jour du comité', { status: S.AT_RISK, dueOn: daysFromToday(40) }),
    after: await make('Après le comité', { status: S.ACCEPTED, dueOn: daysFromToday(50) }),
    done: await make('Tenu', { status: S.DONE, progress: 100, dueOn: daysFromToday(-5) }),
    abandoned: await make('Abandonné', { status: S.ABANDONED, abandonReason: 'Plus de financement', dueOn: daysFromToday(-5) }),
    archived: await make('Archivé', { status: S.ACCEPTED, dueOn: daysFromToday(-5), archivedAt: new Date(), archiveReason: 'Doublon' }),
    undated: await make('Sans échéance', { status: S.ACCEPTED, dueOn: null }),
  };
  return { world, meeting, partner, c };
}

const titles = (list: { title: string }[]) => list.map((item) => item.title);

describe('commitments proposed for the next steering committee', () => {
  it('lists the open commitments late or due by the next meeting, soonest first, and 30 days ahead without a meeting', async () => {
    const { world, meeting } = await buildSituation();
    const member = await clientFor(server.url, world.people.member);
    const { commitmentAgendaProposals: proposals } = await member.data(PROPOSALS, { bodyId: world.body.id });
    expect(proposals).toMatchObject({ bodyId: world.body.id, dueBy: daysFromToday(40), nextMeeting: { id: meeting.id }, viewerCanPropose: false });
    expect(titles(proposals.commitments)).toEqual(['En retard', 'Avant le comité', 'Le jour du comité']);
    expect(proposals.commitments.map((c: { late: boolean }) => c.late)).toEqual([true, false, false]);

    // A body with no meeting ahead: what is late or due within 30 days.
    const workGroup = await buildBody(server.services.dataSource, { planId: world.plan.id });
    const { commitmentAgendaProposals: withoutMeeting } = await member.data(PROPOSALS, { bodyId: workGroup.id });
    expect(withoutMeeting).toMatchObject({ dueBy: daysFromToday(30), nextMeeting: null });
    expect(titles(withoutMeeting.commitments)).toEqual(['En retard']);
  });

  it('adds backlog items linked to the commitments (a decision when late), told live, and proposing twice adds nothing', async () => {
    const { world, partner, c } = await buildSituation();
    const ds = server.services.dataSource;
    const chair = await clientFor(server.url, world.people.chair);
    const [before] = await ds.query('SELECT last_seq FROM topic_sequences WHERE topic = $1', [planTopic(world.plan.id)]);
    const { proposeCommitmentsForAgenda: items } = await chair.data(PROPOSE, { bodyId: world.body.id, commitmentIds: [c.late.id, c.soon.id] });
    expect(items).toEqual([
      expect.objectContaining({
        title: 'Engagement en retard : En retard', kind: 'DECISION', meetingId: null, bodyId: world.body.id, position: 0,
        actionIds: [world.action.id], commitmentId: c.late.id, commitment: { id: c.late.id },
        description: `${partner.name} — échéance le ${daysFromToday(-10).split('-').reverse().join('/')}, en cours, avancé à 40 %.`,
      }),
      expect.objectContaining({ title: 'Engagement à échéance : Avant le comité', kind: 'DISCUSSION', position: 1, commitmentId: c.soon.id }),
    ]);
    const events: { type: string; payload: { agendaItem: { commitmentId: string } } }[] = await ds.query(
      'SELECT type, payload FROM events WHERE topic = $1 AND seq > $2 ORDER BY seq',
      [planTopic(world.plan.id), before?.last_seq ?? 0],
    );
    expect(events.map((event) => [event.type, event.payload.agendaItem.commitmentId])).toEqual([
      ['BACKLOG_ITEM_CHANGED', c.late.id],
      ['BACKLOG_ITEM_CHANGED', c.soon.id],
    ]);

    const { commitmentAgendaProposals: left } = await chair.data(PROPOSALS, { bodyId: world.body.id });
    expect(titles(left.commitments)).toEqual(['Le jour du comité']);
    expect(left.viewerCanPropose).toBe(true);
    const again = await chair.data(PROPOSE, { bodyId: world.body.id, commitmentIds: [c.late.id, c.soon.id, c.onTheDay.id] });
    expect(again.proposeCommitmentsForAgenda.map((item: { commitmentId: string }) => item.commitmentId)).toEqual([c.onTheDay.id]);
    // At the same time, twice: the body's lock makes the second see the first's items.
    const [first, second] = await Promise.all([
      chair.data(PROPOSE, { bodyId: world.body.id, commitmentIds: [c.after.id] }),
      chair.data(PROPOSE, { bodyId: world.body.id, commitmentIds: [c.after.id] }),
    ]);
    expect(first.proposeCommitmentsForAgenda.length + second.proposeCommitmentsForAgenda.length).toBe(1);
    const { body } = await chair.data(BACKLOG, { id: world.body.id });
    expect(body.backlog.map((item: { commitmentId: string }) => item.commitmentId)).toEqual([c.late.id, c.soon.id, c.onTheDay.id, c.after.id]);
  });

  it('proposes a commitment again once its item is archived or its meeting is over, and another body may take it too', async () => {
    const { world, meeting, c } = await buildSituation();
    const ds = server.services.dataSource;
    const chair = await clientFor(server.url, world.people.chair);
    const [late, soon] = (await chair.data(PROPOSE, { bodyId: world.body.id, commitmentIds: [c.late.id, c.soon.id] })).proposeCommitmentsForAgenda;
    // On the meeting's agenda, still before the body; once the meeting is closed, no longer.
    await ds.query('UPDATE agenda_items SET meeting_id = $2 WHERE id = $1', [late.id, meeting.id]);
    await ds.query(`UPDATE agenda_items SET archived_at = now() WHERE id = $1`, [soon.id]);
    let { commitmentAgendaProposals: proposals } = await chair.data(PROPOSALS, { bodyId: world.body.id });
    expect(titles(proposals.commitments)).toEqual(['Avant le comité', 'Le jour du comité']);
    await ds.query('UPDATE meetings SET status = $2 WHERE id = $1', [meeting.id, MeetingStatus.CLOSED]);
    ({ commitmentAgendaProposals: proposals } = await chair.data(PROPOSALS, { bodyId: world.body.id }));
    // No meeting ahead any more: 30 days from today.
    expect(proposals.nextMeeting).toBeNull();
    expect(titles(proposals.commitments)).toEqual(['En retard']);
    const technical = await buildBody(ds, { planId: world.plan.id });
    const other = await chair.data(PROPOSE, { bodyId: technical.id, commitmentIds: [c.soon.id] });
    expect(other.proposeCommitmentsForAgenda).toHaveLength(1);
  });

  it("is for the plan's facilitators: members and observers read the list, outsiders see nothing", async () => {
    const { world, c } = await buildSituation();
    const input = { bodyId: world.body.id, commitmentIds: [c.late.id] };
    for (const person of [world.people.member, world.people.observer]) {
      const client = await clientFor(server.url, person);
      expect(await client.errorCode(PROPOSE, input)).toBe('FORBIDDEN');
    }
    const outsider = await clientFor(server.url, world.people.outsider);
    expect(await outsider.errorCode(PROPOSALS, { bodyId: world.body.id })).toBe('FORBIDDEN');
    expect(await outsider.errorCode(PROPOSE, input)).toBe('FORBIDDEN');
    const elsewhere = await buildWorld(server.services.dataSource);
    const otherChair = await clientFor(server.url, elsewhere.people.chair);
    expect(await otherChair.errorCode(PROPOSE, input)).toBe('FORBIDDEN');
    expect(await new ApiClient(server.url).errorCode(PROPOSALS, { bodyId: world.body.id })).toBe('UNAUTHENTICATED');
    const secretary = await clientFor(server.url, world.people.secretary);
    expect((await secretary.data(PROPOSE, input)).proposeCommitmentsForAgenda).toHaveLength(1);
  });

  it('refuses closed, archived, unknown and foreign commitments, an empty list and an unknown or archived body', async () => {
    const { world, c } = await buildSituation();
    const elsewhere = await buildWorld(server.services.dataSource);
    const foreign = await buildCommitment(server.services.dataSource, { planId: elsewhere.plan.id, actionId: elsewhere.action.id, dueOn: daysFromToday(-1) });
    const chair = await clientFor(server.url, world.people.chair);
    const propose = (commitmentIds: string[], bodyId = world.body.id) => chair.errorCode(PROPOSE, { bodyId, commitmentIds });
    expect(await propose([c.late.id, c.done.id])).toBe('BAD_USER_INPUT');
    expect(await propose([c.abandoned.id])).toBe('BAD_USER_INPUT');
    expect(await propose([c.archived.id])).toBe('BAD_USER_INPUT');
    expect(await propose([foreign.id])).toBe('NOT_FOUND');
    expect(await propose(['not-an-id'])).toBe('NOT_FOUND');
    expect(await propose(['00000000-0000-4000-8000-000000000000'])).toBe('NOT_FOUND');
    expect(await propose([])).toBe('BAD_USER_INPUT');
    expect(await propose([c.late.id], '00000000-0000-4000-8000-000000000000')).toBe('NOT_FOUND');
    expect(await chair.errorCode(PROPOSALS, { bodyId: 'nope' })).toBe('NOT_FOUND');
    await server.services.dataSource.query(`UPDATE governance_bodies SET archived_at = now() WHERE id = $1`, [world.body.id]);
    expect(await propose([c.late.id])).toBe('BAD_USER_INPUT');
    // Nothing was written by the refused proposals.
    const [{ count }] = await server.services.dataSource.query('SELECT count(*)::int AS count FROM agenda_items WHERE body_id = $1', [world.body.id]);
    expect(count).toBe(0);
  });
});


