import type { GraphQLError } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { Action } from '../actions/action.entity';
import { type Access, planReaders, topicReaders } from '../app/access';
import type { Context } from '../app/context';
import { conflict, forbidden, notFound } from '../app/errors';
import { findOrFail } from '../app/lookup';
import { meetingTopic } from '../events/topics';
import { MeetingStatus } from '../meetings/meeting.entity';
import { MeetingEventType, publishMeetingChange } from '../meetings/meeting-event';
import { MinutesStatus, MinutesVersion } from '../minutes/minutes.entity';
import { Orientation } from '../orientations/orientation.entity';
import { PlanEventType, publishPlanChange } from '../plans/plan-event';
import { DocumentKind, type DocumentKey } from './document-kind';

export interface LockedText {
  text: string;
  /** Why the text cannot be edited now (CONFLICT), or null. */
  refusal: GraphQLError | null;
}

/**
 * The record a co-edited text lives on: who may read and edit it, and how its plain text is
 * read, locked, written and announced. The Yjs document is the live copy; the record keeps
 * the plain text for search and exports.
 */
export abstract class DocumentTarget implements DocumentKey {
  abstract readonly kind: DocumentKind;
  abstract readonly maxLength: number;

  constructor(
    readonly entityId: string,
    readonly planId: string,
    /** How the text is named in messages and in an amendment's default wording. */
    readonly label: string,
  ) {}

  /** Rights to edit, whatever the record's state. */
  abstract mayEdit(access: Access): Promise<boolean>;

  /** FORBIDDEN unless the viewer reads the record's plan (or, for minutes, is invited to the meeting). */
  async assertCanRead(context: Context) {
    await context.access.assertCanReadPlan(this.planId);
  }
  abstract readers(dataSource: DataSource): Promise<Set<string>>;
  /** Reads the text and whether it can be edited now, with the record locked when `lock`. */
  abstract readText(manager: EntityManager, lock: boolean): Promise<LockedText>;
  abstract writeText(tx: EntityManager, text: string, actorId: string | null): Promise<void>;
  /** Announces the record's new text on its live stream. */
  abstract publish(tx: EntityManager, actorId: string | null): Promise<void>;
  /** Where an amendment to this text is posted as a contribution. */
  abstract contributionPlace(): { actionId?: string; orientationId?: string; meetingId?: string };

  async canEdit(context: Context) {
    return (await this.mayEdit(context.access)) && !(await this.readText(context.app.dataSource.manager, false)).refusal;
  }
}

const ACTION_MAX = 20_000;
const ORIENTATION_MAX = 20_000;
const MINUTES_MAX = 100_000;
const archived = (what: string) => conflict(`${what} est archivée : son texte ne se modifie plus.`);

class ActionDescription extends DocumentTarget {
  readonly kind = DocumentKind.ACTION_DESCRIPTION;
  readonly maxLength = ACTION_MAX;

  mayEdit(access: Access) {
    return access.canEditPlan(this.planId);
  }

  readers(dataSource: DataSource) {
    return planReaders(dataSource, this.planId);
  }

  async readText(manager: EntityManager, lock: boolean): Promise<LockedText> {
    const [row] = await manager.query(
      `SELECT a.description, a.archived_at IS NOT NULL OR o.archived_at IS NOT NULL AS archived
         FROM actions a JOIN orientations o ON o.id = a.orientation_id WHERE a.id = $1 ${lock ? 'FOR UPDATE OF a' : ''}`,
      [this.entityId],
    );
    if (!row) throw notFound('Action');
    return { text: row.description, refusal: row.archived ? archived("L'action") : null };
  }

  async writeText(tx: EntityManager, text: string) {
    // The version is left alone: it guards the action's form, and the description no longer goes through it.
    await tx.query('UPDATE actions SET description = $2, updated_at = now() WHERE id = $1', [this.entityId, text]);
  }

  async publish(tx: EntityManager, actorId: string | null) {
    const action = await tx.findOneByOrFail(Action, { id: this.entityId });
    await publishPlanChange(tx, { planId: this.planId, type: PlanEventType.ACTION_UPDATED, actorId, subjects: { action } });
  }

  contributionPlace() {
    return { actionId: this.entityId };
  }
}

class OrientationDescription extends DocumentTarget {
  readonly kind = DocumentKind.ORIENTATION_DESCRIPTION;
  readonly maxLength = ORIENTATION_MAX;

  mayEdit(access: Access) {
    return access.canEditPlan(this.planId);
  }

  readers(dataSource: DataSource) {
    return planReaders(dataSource, this.planId);
  }

  async readText(manager: EntityManager, lock: boolean): Promise<LockedText> {
    const [row] = await manager.query(
      `SELECT description, archived_at IS NOT NULL AS archived FROM orientations WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [this.entityId],
    );
    if (!row) throw notFound('Orientation');
    return { text: row.description, refusal: row.archived ? archived("L'orientation") : null };
  }

  async writeText(tx: EntityManager, text: string) {
    await tx.query('UPDATE orientations SET description = $2, updated_at = now() WHERE id = $1', [this.entityId, text]);
  }

  async publish(tx: EntityManager, actorId: string | null) {
    const orientation = await tx.findOneByOrFail(Orientation, { id: this.entityId });
    await publishPlanChange(tx, { planId: this.planId, type: PlanEventType.ORIENTATION_UPDATED, actorId, subjects: { orientation } });
  }

  contributionPlace() {
    return { orientationId: this.entityId };
  }
}

const MINUTES_WRITABLE = [MeetingStatus.IN_SESSION, MeetingStatus.CLOSED, MeetingStatus.MINUTES_APPROVED];

/** A meeting's minutes: the text of their latest version; approved minutes are locked until a correction. */
class MeetingMinutes extends DocumentTarget {
  readonly kind = DocumentKind.MINUTES;
  readonly maxLength = MINUTES_MAX;

  constructor(
    meetingId: string,
    planId: string,
    label: string,
    private readonly bodyId: string,
  ) {
    super(meetingId, planId, label);
  }

  mayEdit(access: Access) {
    return access.canFacilitateBody(this.bodyId);
  }

  override async assertCanRead(context: Context) {
    if (await context.access.canReadPlan(this.planId)) return;
    const viewer = context.access.requireViewer();
    const guests = await context.app.dataSource.query('SELECT 1 FROM attendances WHERE meeting_id = $1 AND person_id = $2 AND guest', [
      this.entityId,
      viewer.id,
    ]);
    if (guests.length === 0) throw forbidden("Vous n'êtes pas invité·e à cette réunion.");
  }

  readers(dataSource: DataSource) {
    return topicReaders(dataSource, meetingTopic(this.entityId));
  }

  async readText(manager: EntityManager, lock: boolean): Promise<LockedText> {
    const [meeting] = await manager.query(`SELECT status FROM meetings WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [this.entityId]);
    if (!meeting) throw notFound('Réunion');
    const latest = await this.latest(manager);
    let refusal: GraphQLError | null = null;
    if (!MINUTES_WRITABLE.includes(meeting.status)) refusal = conflict("Le compte rendu se rédige à partir de l'ouverture de la séance.");
    else if (latest?.status === MinutesStatus.APPROVED) {
      refusal = conflict('Le compte rendu approuvé est verrouillé : démarrez une correction pour le modifier.');
    }
    return { text: latest?.text ?? '', refusal };
  }

  async writeText(tx: EntityManager, text: string, actorId: string | null) {
    const latest = await this.latest(tx);
    if (latest) await tx.query('UPDATE minutes_versions SET text = $2, revision = revision + 1 WHERE id = $1', [latest.id, text]);
    else await tx.save(tx.create(MinutesVersion, { meetingId: this.entityId, version: 1, text, authorId: actorId }));
  }

  async publish(tx: EntityManager, actorId: string | null) {
    const minutes = await this.latest(tx);
    if (minutes) await publishMeetingChange(tx, { meetingId: this.entityId, type: MeetingEventType.MINUTES_UPDATED, actorId, subjects: { minutes } });
  }

  contributionPlace() {
    return {};
  }

  private latest(manager: EntityManager) {
    return manager.findOne(MinutesVersion, { where: { meetingId: this.entityId }, order: { version: 'DESC' } });
  }
}

/** Records change their plan rarely: where a document lives is remembered a few seconds per instance. */
const LOCATION_TTL_MS = 5000;
const locations = new WeakMap<object, Map<string, { target: DocumentTarget; until: number }>>();

async function locate(context: Context, { kind, entityId }: DocumentKey): Promise<DocumentTarget> {
  const { loaders } = context;
  if (kind === DocumentKind.ACTION_DESCRIPTION) {
    const action = await findOrFail(loaders.action, entityId, 'Action');
    const orientation = await findOrFail(loaders.orientation, action.orientationId, 'Orientation');
    return new ActionDescription(action.id, orientation.planId, `la description de l'action « ${action.title} »`);
  }
  if (kind === DocumentKind.ORIENTATION_DESCRIPTION) {
    const orientation = await findOrFail(loaders.orientation, entityId, 'Orientation');
    return new OrientationDescription(orientation.id, orientation.planId, `la description de l'orientation « ${orientation.title} »`);
  }
  const meeting = await findOrFail(loaders.meeting, entityId, 'Réunion');
  const body = await findOrFail(loaders.body, meeting.bodyId, 'Instance');
  return new MeetingMinutes(meeting.id, body.planId, `le compte rendu de « ${meeting.title} »`, body.id);
}

/** The record behind a document key, once the viewer is known to read it (else NOT_FOUND or FORBIDDEN). */
export async function resolveTarget(context: Context, key: DocumentKey): Promise<DocumentTarget> {
  let known = locations.get(context.app);
  if (!known) locations.set(context.app, (known = new Map()));
  const id = `${key.kind}:${key.entityId}`;
  let entry = known.get(id);
  if (!entry || entry.until < Date.now()) {
    entry = { target: await locate(context, key), until: Date.now() + LOCATION_TTL_MS };
    known.set(id, entry);
    if (known.size > 1000) known.delete(known.keys().next().value!);
  }
  await entry.target.assertCanRead(context);
  return entry.target;
}
