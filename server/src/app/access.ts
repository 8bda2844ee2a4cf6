import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { CHAIR_ROLES, FACILITATOR_ROLES, type MemberRole } from '../bodies/membership.entity';
import { parseTopic, TopicKind } from '../events/topics';
import type { Person } from '../people/person.entity';
import { forbidden, unauthenticated } from './errors';

export interface ActiveRole {
  personId: string;
  bodyId: string;
  planId: string;
  role: MemberRole;
}

/** SQL condition for a membership in force today (alias `m`). */
export const ACTIVE_MEMBERSHIP = `m.starts_on <= CURRENT_DATE AND (m.ends_on IS NULL OR m.ends_on > CURRENT_DATE) AND m.archived_at IS NULL`;

/** The memberships in force of these people, with their plans. */
export function activeRolesOf(dataSource: DataSource, personIds: readonly string[]): Promise<ActiveRole[]> {
  return dataSource.query(
    `SELECT m.person_id AS "personId", m.body_id AS "bodyId", b.plan_id AS "planId", m.role
       FROM memberships m JOIN governance_bodies b ON b.id = m.body_id
      WHERE m.person_id = ANY($1) AND b.archived_at IS NULL AND ${ACTIVE_MEMBERSHIP}`,
    [personIds],
  );
}

/** Loads the roles of every viewer asked for in one tick with one query. */
export function activeRolesLoader(dataSource: DataSource) {
  return new DataLoader<string, ActiveRole[]>(async (personIds) => {
    // Grouped through a map: a live event may ask for thousands of viewers at once.
    const byPerson = new Map<string, ActiveRole[]>();
    for (const row of await activeRolesOf(dataSource, personIds)) {
      const roles = byPerson.get(row.personId);
      if (roles) roles.push(row);
      else byPerson.set(row.personId, [row]);
    }
    return personIds.map((id) => byPerson.get(id) ?? []);
  });
}

/**
 * Who may do what, for one viewer: platform admins may do everything; otherwise rights come
 * from the viewer's memberships in force. Loaded once per request, through a loader that a
 * live event shares between all the viewers it reaches.
 */
export class Access {
  private roles: Promise<ActiveRole[]> | null = null;

  constructor(
    readonly viewer: Person | null,
    private readonly rolesByPerson: DataLoader<string, ActiveRole[]>,
  ) {}

  requireViewer(): Person {
    if (!this.viewer) throw unauthenticated();
    return this.viewer;
  }

  get isAdmin() {
    return this.viewer?.isAdmin === true;
  }

  assertAdmin() {
    this.requireViewer();
    if (!this.isAdmin) throw forbidden('Réservé aux administrateurs de la plateforme.');
  }

  activeRoles(): Promise<ActiveRole[]> {
    const viewer = this.requireViewer();
    this.roles ??= this.rolesByPerson.load(viewer.id);
    return this.roles;
  }

  /** Ids of the plans the viewer may read, or null for all of them (admins). */
  async readablePlanIds(): Promise<string[] | null> {
    if (this.isAdmin) return null;
    return [...new Set((await this.activeRoles()).map((role) => role.planId))];
  }

  async canReadPlan(planId: string) {
    if (this.isAdmin) return true;
    return (await this.activeRoles()).some((role) => role.planId === planId);
  }

  async canEditPlan(planId: string) {
    if (this.isAdmin) return true;
    return (await this.activeRoles()).some(
      (role) => role.planId === planId && FACILITATOR_ROLES.includes(role.role),
    );
  }

  async canManageBody(bodyId: string) {
    if (this.isAdmin) return true;
    return (await this.activeRoles()).some(
      (role) => role.bodyId === bodyId && CHAIR_ROLES.includes(role.role),
    );
  }

  /** Chair, co-chair or secretary of this very body (or admin): they run its meetings. */
  async canFacilitateBody(bodyId: string) {
    if (this.isAdmin) return true;
    return (await this.activeRoles()).some(
      (role) => role.bodyId === bodyId && FACILITATOR_ROLES.includes(role.role),
    );
  }

  async assertCanFacilitateBody(bodyId: string) {
    if (!(await this.canFacilitateBody(bodyId))) {
      throw forbidden("Seuls la présidence et le secrétariat de l'instance conduisent ses réunions.");
    }
  }

  async assertCanReadPlan(planId: string) {
    if (!(await this.canReadPlan(planId))) {
      throw forbidden("Vous ne faites partie d'aucune instance de ce plan.");
    }
  }

  async assertCanEditPlan(planId: string) {
    if (!(await this.canEditPlan(planId))) {
      throw forbidden("Seuls les présidences et secrétariats des instances du plan peuvent le modifier.");
    }
  }

  async assertCanManageBody(bodyId: string) {
    if (!(await this.canManageBody(bodyId))) {
      throw forbidden('Seuls la présidence de cette instance et les administrateurs gèrent ses membres.');
    }
  }
}

/** Everyone allowed to read a topic's events right now, in one statement. */
export async function topicReaders(dataSource: DataSource, topic: string): Promise<Set<string>> {
  const { kind, id } = parseTopic(topic);
  if (kind !== TopicKind.Meeting) return planReaders(dataSource, id);
  // A meeting's: its plan's readers and the meeting's guests (nobody for an unknown meeting).
  return readerSet(
    dataSource,
    `WITH target AS (SELECT b.plan_id FROM meetings mt JOIN governance_bodies b ON b.id = mt.body_id WHERE mt.id = $1)
     SELECT id FROM people WHERE is_admin AND archived_at IS NULL AND EXISTS (SELECT 1 FROM target)
     UNION
     SELECT m.person_id FROM memberships m JOIN governance_bodies b ON b.id = m.body_id
      WHERE b.plan_id = (SELECT plan_id FROM target) AND b.archived_at IS NULL AND ${ACTIVE_MEMBERSHIP}
     UNION
     SELECT person_id FROM attendances WHERE meeting_id = $1 AND guest AND EXISTS (SELECT 1 FROM target)`,
    id,
  );
}

/** Everyone allowed to read a plan right now: admins and members of its bodies. */
export function planReaders(dataSource: DataSource, planId: string): Promise<Set<string>> {
  return readerSet(
    dataSource,
    `SELECT id FROM people WHERE is_admin AND archived_at IS NULL
     UNION
     SELECT m.person_id FROM memberships m JOIN governance_bodies b ON b.id = m.body_id
      WHERE b.plan_id = $1 AND b.archived_at IS NULL AND ${ACTIVE_MEMBERSHIP}`,
    planId,
  );
}

/**
 * The ids a query selects, sent back as one comma-separated string: read at every live event,
 * thousands of rows would cost more to parse than the query costs to run.
 */
async function readerSet(dataSource: DataSource, selectIds: string, parameter: string) {
  const [{ ids }]: { ids: string | null }[] = await dataSource.query(`SELECT string_agg(id::text, ',') AS ids FROM (${selectIds}) AS readers(id)`, [parameter]);
  return new Set(ids ? ids.split(',') : []);
}
