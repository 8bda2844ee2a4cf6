import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, clientFor } from '../helpers/api-client';
import { daysFromToday } from '../helpers/commitments';
import { buildAction, buildWorld, type World } from '../helpers/factories';
import {
  ARCHIVE_INDICATOR, ARCHIVE_MEASUREMENT, CREATE_INDICATOR, INDICATOR, RECORD_MEASUREMENT, UPDATE_INDICATOR, UPDATE_MEASUREMENT,
} from '../helpers/follow-up';
import { startTestServer, type TestServer } from '../helpers/test-server';

let server: TestServer;
let world: World;
let chair: ApiClient;
let counter = 0;

beforeAll(async () => {
  server = await startTestServer();
  world = await buildWorld(server.services.dataSource);
  chair = await clientFor(server.url, world.people.chair);
});
afterAll(() => server.stop());

async function indicator(fields: { baseline: number; target: number; direction: string; unit?: string }) {
  const input = { actionId: world.action.id, name: `Indicateur ${++counter}`, ...fields };
  return (await chair.data(CREATE_INDICATOR, { input })).createIndicator;
}
async function measure(indicatorId: string, value: number, days: number) {
  return (await chair.data(RECORD_MEASUREMENT, { input: { indicatorId, value, measuredOn: daysFromToday(days), source: 'Feuilles de présence' } })).recordMeasurement;
}

describe('attainment', () => {
  it('is null before the first measurement, then follows the latest date towards a rising target, clamped', async () => {
    const { id, attainment, latestValue } = await indicator({ baseline: 10, target: 110, direction: 'UP_IS_GOOD', unit: 'participants' });
    expect([attainment, latestValue]).toEqual([null, null]);
    expect((await measure(id, 60, -30)).indicator).toMatchObject({ latestValue: 60, attainment: 0.5 });
    // An older date recorded later does not become the latest value.
    expect((await measure(id, 200, -60)).indicator).toMatchObject({ latestValue: 60, attainment: 0.5 });
    expect((await measure(id, 150, -10)).indicator).toMatchObject({ latestValue: 150, attainment: 1 });
    expect((await measure(id, 5, -1)).indicator).toMatchObject({ latestValue: 5, attainment: 0 });
    const { indicator: read } = await chair.data(INDICATOR, { id });
    expect(read.measurements.map((m: { value: number }) => m.value)).toEqual([200, 60, 150, 5]);
    expect(read.measurements[0]).toMatchObject({ source: 'Feuilles de présence', reportedBy: { id: world.people.chair.id } });
  });

  it('reads a falling target the other way: going down is progress, going up is none', async () => {
    const { id } = await indicator({ baseline: 60, target: 30, direction: 'DOWN_IS_GOOD', unit: 'jours' });
    expect((await measure(id, 45, -20)).indicator.attainment).toBe(0.5);
    expect((await measure(id, 52.5, -15)).indicator.attainment).toBe(0.25);
    expect((await measure(id, 70, -10)).indicator.attainment).toBe(0);
    expect((await measure(id, 20, -5)).indicator.attainment).toBe(1);
  });

  it('tells whether a figure to keep is kept, in each direction', async () => {
    const up = await indicator({ baseline: 5, target: 5, direction: 'UP_IS_GOOD' });
    expect((await measure(up.id, 5, -2)).indicator.attainment).toBe(1);
    expect((await measure(up.id, 4, -1)).indicator.attainment).toBe(0);
    const down = await indicator({ baseline: 8, target: 8, direction: 'DOWN_IS_GOOD' });
    expect((await measure(down.id, 7, -1)).indicator.attainment).toBe(1);
  });

  it('falls back on the measurement before when the latest is archived, and keeps the archived one out of the chart', async () => {
    const { id } = await indicator({ baseline: 0, target: 10, direction: 'UP_IS_GOOD' });
    await measure(id, 4, -3);
    const wrong = await measure(id, 9, -1);
    const { archiveMeasurement } = await chair.data(ARCHIVE_MEASUREMENT, { id: wrong.id, reason: 'Double saisie' });
    expect(archiveMeasurement).toMatchObject({ archiveReason: 'Double saisie', indicator: { latestValue: 4, attainment: 0.4 } });
    expect(archiveMeasurement.archivedAt).not.toBeNull();
    expect((await chair.data(INDICATOR, { id })).indicator.measurements).toHaveLength(1);
    // The date is free again for the right figure.
    expect((await measure(id, 8, -1)).indicator.latestValue).toBe(8);
  });
});

describe('indicator rules', () => {
  it('refuses a target on the wrong side of the baseline, in either direction, on creation and on change', async () => {
    const refused = async (fields: object) => chair.errorCode(CREATE_INDICATOR, { input: { actionId: world.action.id, name: `Refusé ${++counter}`, ...fields } });
    expect(await refused({ baseline: 10, target: 5, direction: 'UP_IS_GOOD' })).toBe('BAD_USER_INPUT');
    expect(await refused({ baseline: 10, target: 15, direction: 'DOWN_IS_GOOD' })).toBe('BAD_USER_INPUT');
    const { id } = await indicator({ baseline: 10, target: 20, direction: 'UP_IS_GOOD' });
    expect(await chair.errorCode(UPDATE_INDICATOR, { input: { id, direction: 'DOWN_IS_GOOD' } })).toBe('BAD_USER_INPUT');
    const { updateIndicator } = await chair.data(UPDATE_INDICATOR, { input: { id, direction: 'DOWN_IS_GOOD', target: 2 } });
    expect(updateIndicator).toMatchObject({ direction: 'DOWN_IS_GOOD', target: 2, version: 2 });
  });

  it('refuses bad input: short names, absurd values, unknown or archived actions, a name taken in the action', async () => {
    const input = { actionId: world.action.id, baseline: 0, target: 1, direction: 'UP_IS_GOOD' };
    expect(await chair.errorCode(CREATE_INDICATOR, { input: { ...input, name: 'x' } })).toBe('BAD_USER_INPUT');
    expect(await chair.errorCode(CREATE_INDICATOR, { input: { ...input, name: 'Trop grand', target: 1e15 } })).toBe('BAD_USER_INPUT');
    expect(await chair.errorCode(CREATE_INDICATOR, { input: { ...input, name: 'Sans action', actionId: '7b0c6a56-1111-4f7e-9a59-3c1f6f0b0a11' } })).toBe('NOT_FOUND');
    const archived = await buildAction(server.services.dataSource, { orientationId: world.orientation.id, archivedAt: new Date() });
    expect(await chair.errorCode(CREATE_INDICATOR, { input: { ...input, name: 'Action archivée', actionId: archived.id } })).toBe('BAD_USER_INPUT');
    await chair.data(CREATE_INDICATOR, { input: { ...input, name: 'Doublon' } });
    const duplicate = await chair.request(CREATE_INDICATOR, { input: { ...input, name: 'Doublon' } });
    expect(duplicate.errors?.[0]).toMatchObject({ message: 'Cette action a déjà un indicateur de ce nom.', extensions: { code: 'CONFLICT' } });
  });

  it('refuses a measurement in the future, a second one on the same date, and values beyond bounds', async () => {
    const { id } = await indicator({ baseline: 0, target: 10, direction: 'UP_IS_GOOD' });
    expect(await chair.errorCode(RECORD_MEASUREMENT, { input: { indicatorId: id, value: 1, measuredOn: daysFromToday(2) } })).toBe('BAD_USER_INPUT');
    expect(await chair.errorCode(RECORD_MEASUREMENT, { input: { indicatorId: id, value: 1e13, measuredOn: daysFromToday(0) } })).toBe('BAD_USER_INPUT');
    expect(await chair.errorCode(RECORD_MEASUREMENT, { input: { indicatorId: id, value: 1, measuredOn: '2024-02-30' } })).toBe('BAD_USER_INPUT');
    await measure(id, 1, 0);
    expect(await chair.errorCode(RECORD_MEASUREMENT, { input: { indicatorId: id, value: 2, measuredOn: daysFromToday(0) } })).toBe('CONFLICT');
    expect((await chair.data(INDICATOR, { id })).indicator.measurements).toHaveLength(1);
  });
});

describe('indicator history', () => {
  it('keeps who changed what, from what to what, through creation, change, correction and archive', async () => {
    const { id } = await indicator({ baseline: 0, target: 100, direction: 'UP_IS_GOOD', unit: '%' });
    const secretary = await clientFor(server.url, world.people.secretary);
    await secretary.data(UPDATE_INDICATOR, { input: { id, target: 80, expectedVersion: 1 } });
    expect(await chair.errorCode(UPDATE_INDICATOR, { input: { id, target: 90, expectedVersion: 1 } })).toBe('CONFLICT');
    const measurement = await measure(id, 20, -5);
    const { updateMeasurement } = await chair.data(UPDATE_MEASUREMENT, { input: { id: measurement.id, value: 25, source: 'Rapport annuel' } });
    expect(updateMeasurement.history[0]).toMatchObject({
      kind: 'UPDATED',
      diff: [{ field: 'value', oldValue: 20, newValue: 25 }, { field: 'source', oldValue: 'Feuilles de présence', newValue: 'Rapport annuel' }],
    });
    expect(await chair.errorCode(ARCHIVE_INDICATOR, { id, reason: '' })).toBe('BAD_USER_INPUT');
    await chair.data(ARCHIVE_INDICATOR, { id, reason: "N'est plus suivi" });
    const { indicator: read } = await chair.data(INDICATOR, { id });
    expect(read.history.map((change: { kind: string; actor: { id: string } }) => [change.kind, change.actor.id])).toEqual([
      ['ARCHIVED', world.people.chair.id],
      ['UPDATED', world.people.secretary.id],
      ['CREATED', world.people.chair.id],
    ]);
    expect(read.history[1].diff).toEqual([{ field: 'target', oldValue: 100, newValue: 80 }]);
    expect(read.history[0].diff.map((change: { field: string }) => change.field)).toEqual(['archivedAt', 'archiveReason']);
    // Archived, it no longer changes nor takes measurements; what it had stays readable.
    expect(await chair.errorCode(UPDATE_INDICATOR, { input: { id, name: 'Renommé' } })).toBe('CONFLICT');
    expect(await chair.errorCode(RECORD_MEASUREMENT, { input: { indicatorId: id, value: 3, measuredOn: daysFromToday(0) } })).toBe('CONFLICT');
    expect(read.latestValue).toBe(25);
  });

  it('lists the action indicators, archived ones left out', async () => {
    const ds = server.services.dataSource;
    const action = await buildAction(ds, { orientationId: world.orientation.id });
    const input = { actionId: action.id, baseline: 0, target: 1, direction: 'UP_IS_GOOD' };
    const kept = (await chair.data(CREATE_INDICATOR, { input: { ...input, name: 'Gardé' } })).createIndicator;
    const dropped = (await chair.data(CREATE_INDICATOR, { input: { ...input, name: 'Abandonné' } })).createIndicator;
    await chair.data(ARCHIVE_INDICATOR, { id: dropped.id, reason: 'Mal défini' });
    const { action: read } = await chair.data('query ($id: ID!) { action(id: $id) { indicators { id } } }', { id: action.id });
    expect(read.indicators).toEqual([{ id: kept.id }]);
  });
});
