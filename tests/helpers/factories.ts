import type { DataSource } from 'typeorm';
import { Action } from '../../server/src/actions/action.entity';
import { hashPassword } from '../../server/src/auth/password';
import { BodyKind, GovernanceBody } from '../../server/src/bodies/governance-body.entity';
import { MemberRole, Membership } from '../../server/src/bodies/membership.entity';
import { Orientation } from '../../server/src/orientations/orientation.entity';
import { Organization, OrganizationKind } from '../../server/src/organizations/organization.entity';
import { Person } from '../../server/src/people/person.entity';
import { Plan, PlanKind, PlanStatus } from '../../server/src/plans/plan.entity';
import { Territory, TerritoryKind } from '../../server/src/territories/territory.entity';

export const PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | null = null;
let counter = 0;
const unique = (label: string) => `${label} ${process.pid}-${++counter}`;

export async function buildTerritory(ds: DataSource, overrides: Partial<Territory> = {}) {
  return ds.getRepository(Territory).save({ name: unique('Territoire'), kind: TerritoryKind.AGGLOMERATION_COMMUNITY, ...overrides });
}

export async function buildPlan(ds: DataSource, overrides: Partial<Plan> = {}) {
  const territoryId = overrides.territoryId ?? (await buildTerritory(ds)).id;
  return ds.getRepository(Plan).save({
    title: unique('PLDESS'),
    kind: PlanKind.PLDESS,
    startYear: 2021,
    endYear: 2026,
    status: PlanStatus.IN_PROGRESS,
    territoryId,
    ...overrides,
  });
}

export async function buildOrientation(ds: DataSource, overrides: Partial<Orientation> & { planId: string }) {
  const [{ next }] = await ds.query('SELECT COALESCE(MAX(number), 0) + 1 AS next FROM orientations WHERE plan_id = $1', [overrides.planId]);
  return ds.getRepository(Orientation).save({ number: next, title: unique('Orientation'), stake: 'Un enjeu', ...overrides });
}

export async function buildAction(ds: DataSource, overrides: Partial<Action> & { orientationId: string }) {
  return ds.getRepository(Action).save({ title: unique('Action'), ...overrides });
}

export async function buildOrganization(ds: DataSource, overrides: Partial<Organization> = {}) {
  return ds.getRepository(Organization).save({ name: unique('Association'), kind: OrganizationKind.ASSOCIATION, ...overrides });
}

export async function buildBody(ds: DataSource, overrides: Partial<GovernanceBody> & { planId: string }) {
  return ds.getRepository(GovernanceBody).save({ kind: BodyKind.STEERING_COMMITTEE, name: unique('Comité'), minMeetingsPerYear: 1, ...overrides });
}

export async function buildPerson(ds: DataSource, overrides: Partial<Person> = {}) {
  passwordHash ??= hashPassword(PASSWORD);
  const label = unique('person').replace(/\W+/g, '-').toLowerCase();
  return ds.getRepository(Person).save({
    email: `${label}@trame.test`,
    displayName: unique('Personne'),
    passwordHash: await passwordHash,
    ...overrides,
  });
}

export async function seat(ds: DataSource, person: Person, body: GovernanceBody, role: MemberRole) {
  return ds.getRepository(Membership).save({ personId: person.id, bodyId: body.id, role, startsOn: '2021-01-01' });
}

/**
 * A plan with one orientation and action, a steering committee, and one person per role:
 * admin, chair, secretary, member, observer, and an outsider who sits in no body of it.
 */
export async function buildWorld(ds: DataSource) {
  const plan = await buildPlan(ds);
  const orientation = await buildOrientation(ds, { planId: plan.id });
  const action = await buildAction(ds, { orientationId: orientation.id });
  const body = await buildBody(ds, { planId: plan.id });
  const people = {
    admin: await buildPerson(ds, { isAdmin: true }),
    chair: await buildPerson(ds),
    secretary: await buildPerson(ds),
    member: await buildPerson(ds),
    observer: await buildPerson(ds),
    outsider: await buildPerson(ds),
  };
  await seat(ds, people.chair, body, MemberRole.CHAIR);
  await seat(ds, people.secretary, body, MemberRole.SECRETARY);
  await seat(ds, people.member, body, MemberRole.MEMBER);
  await seat(ds, people.observer, body, MemberRole.OBSERVER);
  return { plan, orientation, action, body, people };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;

// Meetings: appended here so the import stays beside the factory that needs it.
import { Meeting } from '../../server/src/meetings/meeting.entity';

let meetingDay = 0;
/**
 * A two-hour meeting, by default a draft on a day of its own 30 days ahead or more, of a new
 * body unless one is given. Set `status` to start it further along (no attendance is created).
 */
export async function buildMeeting(ds: DataSource, overrides: Partial<Meeting> = {}) {
  const bodyId = overrides.bodyId ?? (await buildBody(ds, { planId: (await buildPlan(ds)).id })).id;
  const startsAt = overrides.startsAt ?? new Date(Date.now() + (30 + ++meetingDay) * 86_400_000);
  return ds.getRepository(Meeting).save({
    title: unique('Réunion'),
    endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
    ...overrides,
    bodyId,
    startsAt,
  });
}
