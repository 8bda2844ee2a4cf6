import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommitmentStatus } from '../../server/src/commitments/commitment.entity';
import { type ApiClient, clientFor } from '../helpers/api-client';
import { buildCommitment, daysFromToday } from '../helpers/commitments';
import { buildAction, buildOrientation, buildWorld, type World } from '../helpers/factories';
import { ARCHIVE_MILESTONE, CREATE_MILESTONE, MILESTONE, UPDATE_MILESTONE } from '../helpers/follow-up';
import { startTestServer, type TestServer } from '../helpers/test-server';

let server: TestServer;
let world: World;
let chair: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  world = await buildWorld(server.services.dataSource);
  chair = await clientFor(server.url, world.people.chair);
});
afterAll(() => server.stop());

async function milestone(title: string, plannedOn: string, actionId = world.action.id) {
  return (await chair.data(CREATE_MILESTONE, { input: { actionId, title, plannedOn } })).createMilestone;
}

describe('milestones', () => {
  it('are late when planned before today and not done, derived at each read', async () => {
    expect((await milestone('Passée, pas faite', daysFromToday(-3))).late).toBe(true);
    expect((await milestone("Prévue aujourd'hui", daysFromToday(0))).late).toBe(false);
    expect((await milestone('À venir', daysFromToday(20))).late).toBe(false);
    const { id } = await milestone('Passée, faite ensuite', daysFromToday(-10));
    const done = (await chair.data(UPDATE_MILESTONE, { input: { id, doneOn: daysFromToday(-2) } })).updateMilestone;
    expect(done).toMatchObject({ doneOn: daysFromToday(-2), late: false });
    const reopened = (await chair.data(UPDATE_MILESTONE, { input: { id, doneOn: null } })).updateMilestone;
    expect(reopened).toMatchObject({ doneOn: null, late: true });
  });

  it('refuses bad input: a done date ahead, a short title, an unknown person, an archived action, an empty archive reason', async () => {
    const { id } = await milestone('Étape à contrôler', daysFromToday(-1));
    expect(await chair.errorCode(UPDATE_MILESTONE, { input: { id, doneOn: daysFromToday(1) } })).toBe('BAD_USER_INPUT');
    expect(await chair.errorCode(CREATE_MILESTONE, { input: { actionId: world.action.id, title: 'x', plannedOn: daysFromToday(1) } })).toBe('BAD_USER_INPUT');
    expect(await chair.errorCode(CREATE_MILESTONE, { input: { actionId: world.action.id, title: 'Sans date', plannedOn: 'bientôt' } })).toBe('BAD_USER_INPUT');
    expect(await chair.errorCode(UPDATE_MILESTONE, { input: { id, responsibleId: '7b0c6a56-1111-4f7e-9a59-3c1f6f0b0a11' } })).toBe('NOT_FOUND');
    const archived = await buildAction(server.services.dataSource, { orientationId: world.orientation.id, archivedAt: new Date() });
    expect(await chair.errorCode(CREATE_MILESTONE, { input: { actionId: archived.id, title: 'Trop tard', plannedOn: daysFromToday(1) } })).toBe('BAD_USER_INPUT');
    expect(await chair.errorCode(ARCHIVE_MILESTONE, { id, reason: ' ' })).toBe('BAD_USER_INPUT');
    expect(await chair.errorCode(UPDATE_MILESTONE, { input: { id, title: 'Nouveau titre', expectedVersion: 99 } })).toBe('CONFLICT');
  });

  it('keeps every change in the history, and an archived milestone no longer changes', async () => {
    const { id } = await milestone('Présentation aux élus', daysFromToday(-5));
    const secretary = await clientFor(server.url, world.people.secretary);
    await secretary.data(UPDATE_MILESTONE, { input: { id, plannedOn: daysFromToday(5), responsibleId: world.people.member.id } });
    await chair.data(ARCHIVE_MILESTONE, { id, reason: 'Remplacée par une réunion publique' });
    expect(await chair.errorCode(UPDATE_MILESTONE, { input: { id, doneOn: daysFromToday(0) } })).toBe('CONFLICT');
    const { milestone: read } = await chair.data(MILESTONE, { id });
    expect(read.history.map((change: { kind: string }) => change.kind)).toEqual(['ARCHIVED', 'UPDATED', 'CREATED']);
    expect(read.history[1]).toMatchObject({
      actor: { id: world.people.secretary.id },
      diff: [
        { field: 'plannedOn', oldValue: daysFromToday(-5), newValue: daysFromToday(5) },
        { field: 'responsibleId', oldValue: null, newValue: world.people.member.id },
      ],
    });
    expect(read.archiveReason).toBe('Remplacée par une réunion publique');
  });
});

describe('the plan timeline', () => {
  const TIMELINE = `query ($planId: ID!, $from: LocalDate, $to: LocalDate) { planTimeline(planId: $planId, from: $from, to: $to) {
    from to today lateCount
    actions { action { title orientation { number } } lateCount milestones { title late } commitments { title late } }
  } }`;

  it("shows every action in plan order with the period's milestones and due dates, late ones marked", async () => {
    const ds = server.services.dataSource;
    const plan = await buildWorld(ds);
    const second = await buildOrientation(ds, { planId: plan.plan.id });
    const laterAction = await buildAction(ds, { orientationId: second.id, title: 'B — deuxième orientation' });
    const quiet = await buildAction(ds, { orientationId: plan.orientation.id, title: 'A2 — sans date', position: 1 });
    await ds.query('UPDATE actions SET title = $1 WHERE id = $2', ['A1 — première', plan.action.id]);
    const facilitator = await clientFor(server.url, plan.people.chair);
    const plant = async (title: string, days: number, actionId: string) =>
      (await facilitator.data(CREATE_MILESTONE, { input: { actionId, title, plannedOn: daysFromToday(days) } })).createMilestone;
    await plant('Jalon en retard', -10, plan.action.id);
    const done = await plant('Jalon fait', -20, plan.action.id);
    await facilitator.data(UPDATE_MILESTONE, { input: { id: done.id, doneOn: daysFromToday(-19) } });
    await plant('Jalon à venir', 15, laterAction.id);
    await plant('Jalon hors période', 400, laterAction.id);
    const dropped = await plant('Jalon archivé', -5, laterAction.id);
    await facilitator.data(ARCHIVE_MILESTONE, { id: dropped.id, reason: 'Abandonné' });
    const base = { planId: plan.plan.id, actionId: laterAction.id };
    await buildCommitment(ds, { ...base, title: 'Engagement en retard', dueOn: daysFromToday(-2), status: CommitmentStatus.IN_PROGRESS });
    await buildCommitment(ds, { ...base, title: 'Engagement tenu', dueOn: daysFromToday(-30), status: CommitmentStatus.DONE });
    await buildCommitment(ds, { ...base, title: 'Engagement archivé', dueOn: daysFromToday(-3), archivedAt: new Date(), archiveReason: 'Doublon' });
    await buildCommitment(ds, { ...base, title: 'Engagement sans échéance', dueOn: null });

    const { planTimeline } = await facilitator.data(TIMELINE, { planId: plan.plan.id, from: daysFromToday(-60), to: daysFromToday(60) });
    expect(planTimeline).toMatchObject({ from: daysFromToday(-60), to: daysFromToday(60), today: daysFromToday(0), lateCount: 2 });
    expect(planTimeline.actions).toEqual([
      {
        action: { title: 'A1 — première', orientation: { number: 1 } },
        lateCount: 1,
        milestones: [{ title: 'Jalon fait', late: false }, { title: 'Jalon en retard', late: true }],
        commitments: [],
      },
      { action: { title: quiet.title, orientation: { number: 1 } }, lateCount: 0, milestones: [], commitments: [] },
      {
        action: { title: laterAction.title, orientation: { number: 2 } },
        lateCount: 1,
        milestones: [{ title: 'Jalon à venir', late: false }],
        commitments: [{ title: 'Engagement tenu', late: false }, { title: 'Engagement en retard', late: true }],
      },
    ]);
  });

  it("covers the plan's years by default and refuses a period that ends before it starts", async () => {
    const { planTimeline } = await chair.data(TIMELINE, { planId: world.plan.id });
    expect([planTimeline.from, planTimeline.to]).toEqual([`${world.plan.startYear}-01-01`, `${world.plan.endYear}-12-31`]);
    expect(await chair.errorCode(TIMELINE, { planId: world.plan.id, from: '2025-01-01', to: '2024-01-01' })).toBe('BAD_USER_INPUT');
    expect(await chair.errorCode(TIMELINE, { planId: world.plan.id, from: '1900-01-01', to: '2024-01-01' })).toBe('BAD_USER_INPUT');
    const outsider = await clientFor(server.url, world.people.outsider);
    expect(await outsider.errorCode(TIMELINE, { planId: world.plan.id })).toBe('FORBIDDEN');
    expect(await chair.errorCode(TIMELINE, { planId: '7b0c6a56-1111-4f7e-9a59-3c1f6f0b0a11' })).toBe('NOT_FOUND');
  });
});
