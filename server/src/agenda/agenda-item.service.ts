import type { EntityManager } from 'typeorm';
import { type Context, inTransaction } from '../app/context';
import { badInput, conflict, notFound } from '../app/errors';
import { findOrFail, isUuid } from '../app/lookup';
import { lockForUpdate } from '../app/updates';
import { assertStatusIn, PREPARING } from '../meetings/meeting-lifecycle';
import { type Meeting, MeetingStatus } from '../meetings/meeting.entity';
import { MeetingEventType, publishMeetingChange } from '../meetings/meeting-event';
import { PlanEventType, publishPlanChange } from '../plans/plan-event';
import { AgendaItem } from './agenda-item.entity';
import type { AddAgendaItemInput, MoveAgendaItemInput, RollOverAgendaItemsInput, UpdateAgendaItemInput } from './agenda-item.inputs';
import { type AgendaPlace, clampPosition, listIds, lockPlaces, placeOf, relocate, samePlace, writeOrder } from './agenda-lists';
import { copyUnfinished } from './agenda-rollover';

/** Statuses in which a meeting's agenda may change, in shape and in content. */
const AGENDA_OPEN = [...PREPARING, MeetingStatus.IN_SESSION];
/** Statuses in which what became of an item (notes, outcome) is written. */
const RECORD_OPEN = [MeetingStatus.IN_SESSION, MeetingStatus.CLOSED];
/** A meeting whose session is over: its unfinished items may be rolled over. */
const SESSION_OVER = [MeetingStatus.CLOSED, MeetingStatus.MINUTES_APPROVED];

const ITEM = "Point de l'ordre du jour";

type ItemFields = Partial<Omit<UpdateAgendaItemInput, 'id' | 'expectedVersion'>>;

/** The item moved to another place between reading it and locking that place: start again. */
class MovedMeanwhile extends Error {}

/** Meetings' agendas and bodies' backlogs, prepared by the facilitators of any body of the plan, each list in one agreed order. */
export class AgendaService {
  constructor(private readonly context: Context) {}

  /** Appends an item to a meeting's agenda or a body's backlog, at the end of its siblings. */
  async add(input: AddAgendaItemInput) {
    const { meetingId, bodyId, parentId, ...fields } = input;
    const place = await this.newPlace(meetingId, bodyId);
    const planId = await this.editablePlan(place.bodyId);
    const changes = await this.changesFrom(planId, fields);
    return inTransaction(this.context, async (tx) => {
      const meetings = await lockPlaces(tx, [place]);
      this.assertOpen(meetings, place, "Ajouter un point à l'ordre du jour");
      if (parentId) await this.assertSection(tx, parentId, place);
      const position = (await listIds(tx, place, parentId ?? null)).length;
      const saved = await tx.save(tx.create(AgendaItem, { ...changes, ...place, parentId: parentId ?? null, position }));
      const item = await tx.findOneByOrFail(AgendaItem, { id: saved.id });
      await this.publish(tx, planId, place, MeetingEventType.AGENDA_ITEM_ADDED, item);
      return item;
    });
  }

  /** Edits an item: its preparation while the agenda is open, its notes and outcome once in session. */
  async update(input: UpdateAgendaItemInput) {
    const planId = await this.editablePlan((await this.find(input.id)).bodyId);
    const { notes, outcome, ...content } = await this.changesFrom(planId, input);
    return this.withItemLocked(input.id, input.expectedVersion, () => [], async (tx, item, meetings) => {
      const meeting = item.meetingId ? meetings.get(item.meetingId)! : null;
      if (meeting && Object.keys(content).length) assertStatusIn(meeting.status, AGENDA_OPEN, 'Modifier ce point');
      if (meeting && (notes !== undefined || outcome !== undefined)) {
        assertStatusIn(meeting.status, RECORD_OPEN, 'Noter ce qui a été dit ou décidé sur ce point');
      }
      Object.assign(item, content, notes === undefined ? {} : { notes }, outcome === undefined ? {} : { outcome });
      await tx.save(item);
      await this.publish(tx, planId, placeOf(item), MeetingEventType.AGENDA_ITEM_UPDATED, item);
      return item;
    });
  }

  /**
   * Moves an item within its list, into or out of a section, or to another place (a meeting of
   * the same plan, or the backlog), a section with its items. It applies to the lists as they
   * are when it runs, so concurrent moves each land and the order stays dense.
   */
  async move(input: MoveAgendaItemInput) {
    const planId = await this.editablePlan((await this.find(input.id)).bodyId);
    const meeting = input.meetingId ? await this.meetingOfPlan(input.meetingId, planId) : null;
    const targetOf = (item: AgendaItem): AgendaPlace => {
      if (input.meetingId === undefined) return placeOf(item);
      return meeting ? { bodyId: meeting.bodyId, meetingId: meeting.id } : { bodyId: item.bodyId, meetingId: null };
    };
    return this.withItemLocked(input.id, null, (item) => [targetOf(item)], async (tx, item, meetings) => {
      const from = placeOf(item);
      const to = targetOf(item);
      this.assertOpen(meetings, from, 'Déplacer un point');
      this.assertOpen(meetings, to, 'Déplacer un point');
      const parentId = input.parentId !== undefined ? input.parentId : samePlace(from, to) ? item.parentId : null;
      if (parentId) {
        await this.assertSection(tx, parentId, to, item.id);
        if (await this.hasItems(tx, item.id)) throw badInput("Une section ne peut pas entrer dans une autre : les sections n'ont qu'un niveau.");
      }
      const order = (await listIds(tx, to, parentId)).filter((id) => id !== item.id);
      order.splice(clampPosition(input.position, order.length), 0, item.id);
      if (!samePlace(from, to) || parentId !== item.parentId) {
        await relocate(tx, item, to, parentId);
        await writeOrder(tx, await listIds(tx, from, item.parentId));
      }
      await writeOrder(tx, order);
      const moved = await tx.findOneByOrFail(AgendaItem, { id: item.id });
      if (!samePlace(from, to)) await this.publish(tx, planId, from, MeetingEventType.AGENDA_ITEM_REMOVED, moved);
      await this.publish(tx, planId, to, MeetingEventType.AGENDA_REORDERED, moved, order);
      return moved;
    });
  }

  /** Archives an item, and the items of a section with it; its siblings close the gap. */
  async remove(id: string) {
    const planId = await this.editablePlan((await this.find(id)).bodyId);
    return this.withItemLocked(id, null, () => [], async (tx, item, meetings) => {
      this.assertOpen(meetings, placeOf(item), "Retirer un point de l'ordre du jour");
      await tx.query(
        `UPDATE agenda_items SET archived_at = now(), updated_at = now(), version = version + 1
          WHERE (id = $1 OR parent_id = $1) AND archived_at IS NULL`,
        [item.id],
      );
      await writeOrder(tx, await listIds(tx, placeOf(item), item.parentId));
      const removed = await tx.findOneByOrFail(AgendaItem, { id });
      await this.publish(tx, planId, placeOf(removed), MeetingEventType.AGENDA_ITEM_REMOVED, removed);
      return removed;
    });
  }

  /** Copies the unfinished items of a closed meeting into the body's next meeting or its backlog. */
  async rollOver(input: RollOverAgendaItemsInput) {
    const from = await findOrFail(this.context.loaders.meeting, input.fromMeetingId, 'Réunion');
    const planId = await this.editablePlan(from.bodyId);
    let target: AgendaPlace = { bodyId: from.bodyId, meetingId: null };
    if (input.toMeetingId) {
      const to = await findOrFail(this.context.loaders.meeting, input.toMeetingId, 'Réunion');
      if (to.bodyId !== from.bodyId || to.id === from.id) {
        throw badInput('Les points se reportent à une autre réunion de la même instance, ou dans ses points en attente.');
      }
      target = { bodyId: to.bodyId, meetingId: to.id };
    }
    return inTransaction(this.context, async (tx) => {
      const meetings = await lockPlaces(tx, [{ bodyId: from.bodyId, meetingId: from.id }, target]);
      assertStatusIn(meetings.get(from.id)!.status, SESSION_OVER, 'Reporter les points non traités');
      if (target.meetingId) assertStatusIn(meetings.get(target.meetingId)!.status, PREPARING, 'Recevoir des points reportés');
      const created = await copyUnfinished(tx, from.id, target);
      for (const item of created) await this.publish(tx, planId, target, MeetingEventType.AGENDA_ITEM_ADDED, item);
      return created;
    });
  }

  /**
   * Runs `work` with the item's place locked (with any other place `alsoLock` names), then the
   * item itself. Should the item have changed place before the lock, it starts over.
   */
  private async withItemLocked<T>(
    id: string,
    expectedVersion: number | null | undefined,
    alsoLock: (item: AgendaItem) => AgendaPlace[],
    work: (tx: EntityManager, item: AgendaItem, meetings: Map<string, Meeting>) => Promise<T>,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await inTransaction(this.context, async (tx) => {
          const seen = await tx.findOneBy(AgendaItem, { id });
          if (!seen || seen.archivedAt) throw notFound(ITEM);
          const meetings = await lockPlaces(tx, [placeOf(seen), ...alsoLock(seen)]);
          const item = await lockForUpdate(tx, AgendaItem, id, 'Le point', expectedVersion);
          if (!samePlace(item, seen)) throw new MovedMeanwhile();
          return work(tx, item, meetings);
        });
      } catch (error) {
        if (!(error instanceof MovedMeanwhile)) throw error;
        if (attempt === 3) throw conflict('Ce point change de place en ce moment : rechargez puis réessayez.');
      }
    }
  }

  private async find(id: string) {
    const item = await findOrFail(this.context.loaders.agendaItem, id, ITEM);
    if (item.archivedAt) throw notFound(ITEM);
    return item;
  }

  /** The plan of the body, if the viewer facilitates one of its bodies: work flows between them. */
  private async editablePlan(bodyId: string) {
    const body = await findOrFail(this.context.loaders.body, bodyId, 'Instance');
    await this.context.access.assertCanEditPlan(body.planId);
    return body.planId;
  }

  private async newPlace(meetingId: string | null | undefined, bodyId: string | null | undefined): Promise<AgendaPlace> {
    if (meetingId) {
      const meeting = await findOrFail(this.context.loaders.meeting, meetingId, 'Réunion');
      if (bodyId && bodyId !== meeting.bodyId) throw badInput("Cette réunion n'est pas une réunion de cette instance.");
      return { bodyId: meeting.bodyId, meetingId: meeting.id };
    }
    if (!bodyId) throw badInput("Indiquez la réunion, ou l'instance dont le point rejoint les points en attente.");
    const body = await findOrFail(this.context.loaders.body, bodyId, 'Instance');
    if (body.archivedAt) throw badInput('Cette instance est archivée.');
    return { bodyId: body.id, meetingId: null };
  }

  private async meetingOfPlan(meetingId: string, planId: string) {
    const meeting = await findOrFail(this.context.loaders.meeting, meetingId, 'Réunion');
    const body = await findOrFail(this.context.loaders.body, meeting.bodyId, 'Instance');
    if (body.planId !== planId) throw badInput("Un point ne peut rejoindre qu'une réunion d'une instance du même plan.");
    return meeting;
  }

  private assertOpen(meetings: Map<string, Meeting>, place: AgendaPlace, what: string) {
    if (place.meetingId) assertStatusIn(meetings.get(place.meetingId)!.status, AGENDA_OPEN, what);
  }

  /** A section is a live top-level item of the same agenda or backlog (and not the item itself). */
  private async assertSection(tx: EntityManager, parentId: string, place: AgendaPlace, itemId?: string) {
    const parent = isUuid(parentId) ? await tx.findOneBy(AgendaItem, { id: parentId }) : null;
    if (!parent || parent.archivedAt) throw notFound('Section');
    if (parent.id === itemId || !samePlace(parent, place)) throw badInput('La section doit appartenir au même ordre du jour.');
    if (parent.parentId) throw badInput("Ce point est déjà dans une section : les sections n'ont qu'un niveau.");
  }

  private async hasItems(tx: EntityManager, id: string) {
    const rows = await tx.query('SELECT 1 FROM agenda_items WHERE parent_id = $1 AND archived_at IS NULL LIMIT 1', [id]);
    return rows.length > 0;
  }

  /** What an input sets, checked against the plan; a required field sent as null is left as it is. */
  private async changesFrom(planId: string, input: ItemFields): Promise<Partial<AgendaItem>> {
    const changes: Partial<AgendaItem> = {};
    for (const key of ['title', 'description', 'kind', 'durationMinutes', 'ready', 'notes', 'outcome'] as const) {
      if (input[key] != null) Object.assign(changes, { [key]: input[key] });
    }
    for (const key of ['presenterId', 'preparerId'] as const) {
      const personId = input[key];
      if (personId === undefined) continue;
      if (personId !== null && !(isUuid(personId) && (await this.context.loaders.person.load(personId)))) {
        throw badInput('Cette personne est inconnue.');
      }
      changes[key] = personId;
    }
    if (input.orientationIds != null) changes.orientationIds = await this.idsOfPlan('orientations', planId, input.orientationIds);
    if (input.actionIds != null) changes.actionIds = await this.idsOfPlan('actions', planId, input.actionIds);
    if (input.links != null) changes.links = input.links.map(({ label, url }) => ({ label, url }));
    return changes;
  }

  /** The ids, once each, if all are orientations (or actions) of the plan. */
  private async idsOfPlan(what: 'orientations' | 'actions', planId: string, ids: string[]) {
    const unique = [...new Set(ids)];
    const refused = badInput(`Ces ${what} n'existent pas ou ne relèvent pas du plan de cette instance.`);
    if (unique.some((id) => !isUuid(id))) throw refused;
    if (!unique.length) return unique;
    const rows: unknown[] = await this.context.app.dataSource.query(
      what === 'orientations'
        ? 'SELECT id FROM orientations WHERE plan_id = $1 AND id = ANY($2)'
        : 'SELECT a.id FROM actions a JOIN orientations o ON o.id = a.orientation_id WHERE o.plan_id = $1 AND a.id = ANY($2)',
      [planId, unique],
    );
    if (rows.length !== unique.length) throw refused;
    return unique;
  }

  /** A meeting's items are told on its stream; backlog items on the plan's, where bodies are shown. */
  private async publish(tx: EntityManager, planId: string, place: AgendaPlace, type: MeetingEventType, item: AgendaItem, order?: string[]) {
    const actorId = this.context.viewer!.id;
    if (place.meetingId) {
      await publishMeetingChange(tx, { meetingId: place.meetingId, type, actorId, subjects: { agendaItem: item }, order });
    } else {
      await publishPlanChange(tx, { planId, type: PlanEventType.BACKLOG_ITEM_CHANGED, actorId, subjects: { agendaItem: item } });
    }
  }
}
