import type { EntityManager } from 'typeorm';
import { AgendaItem, AgendaItemKind } from '../agenda/agenda-item.entity';
import { lockPlaces } from '../agenda/agenda-lists';
import { appendToBacklog } from '../agenda/backlog';
import { type Context, inTransaction } from '../app/context';
import { badInput, notFound } from '../app/errors';
import { findOrFail, isUuid } from '../app/lookup';
import { PREPARING } from '../meetings/meeting-lifecycle';
import { MeetingStatus } from '../meetings/meeting.entity';
import { CommitmentAgendaProposals } from './commitment-agenda.types';
import { isLate, OPEN_STATUSES, STATUS_LABELS, today } from './commitment-lifecycle';
import { Commitment } from './commitment.entity';

/** Without a meeting scheduled, what falls due within this many days is proposed. */
const HORIZON_DAYS = 30;

/**
 * Whether a live item of the body already carries the commitment: in its backlog, or on the
 * agenda of a meeting not yet over. Once a meeting has dealt with it, it may be proposed again.
 */
const ALREADY_PROPOSED = `EXISTS (
  SELECT 1 FROM agenda_items ai LEFT JOIN meetings m ON m.id = ai.meeting_id
   WHERE ai.commitment_id = c.id AND ai.body_id = $1 AND ai.archived_at IS NULL
     AND (ai.meeting_id IS NULL OR m.status IN ('${[...PREPARING, MeetingStatus.IN_SESSION].join("', '")}')))`;

const frenchDate = (date: string) => date.split('-').reverse().join('/');

/** The agenda item that puts a commitment before the body: a decision to take when it is late, a point to discuss otherwise. */
function itemFor(commitment: Commitment, partner: string, day: string): Partial<AgendaItem> {
  const late = isLate(commitment, day);
  const title = `${late ? 'Engagement en retard' : 'Engagement à échéance'} : ${commitment.title}`;
  const due = commitment.dueOn ? `échéance le ${frenchDate(commitment.dueOn)}` : 'sans échéance';
  return {
    title: title.length > 300 ? `${title.slice(0, 299)}…` : title,
    description: `${partner} — ${due}, ${STATUS_LABELS[commitment.status]}, avancé à ${commitment.progress} %.`,
    kind: late ? AgendaItemKind.DECISION : AgendaItemKind.DISCUSSION,
    durationMinutes: 10,
    actionIds: [commitment.actionId],
    commitmentId: commitment.id,
  };
}

/** Puts open and late commitments before a body (its steering committee, usually) at its next meeting, through its backlog. */
export class CommitmentAgendaService {
  constructor(private readonly context: Context) {}

  /** What to propose for the body's next meeting; for the plan's members. */
  async proposals(bodyId: string): Promise<CommitmentAgendaProposals> {
    const body = await this.body(bodyId);
    await this.context.access.assertCanReadPlan(body.planId);
    const day = today();
    const [nextMeeting] = await this.context.app.dataSource.query(
      `SELECT id, (starts_at AT TIME ZONE 'Europe/Paris')::date::text AS day FROM meetings
        WHERE body_id = $1 AND status = ANY($2) AND archived_at IS NULL AND starts_at >= now()
        ORDER BY starts_at LIMIT 1`,
      [body.id, PREPARING],
    );
    const dueBy: string = nextMeeting?.day ?? plusDays(day, HORIZON_DAYS);
    const commitments = await this.context.app.dataSource
      .getRepository(Commitment)
      .createQueryBuilder('c')
      .where('c.plan_id = :planId AND c.archived_at IS NULL AND c.status IN (:...open) AND c.due_on <= :dueBy', {
        planId: body.planId,
        open: OPEN_STATUSES,
        dueBy,
      })
      .andWhere(`NOT ${ALREADY_PROPOSED.replace('$1', ':bodyId')}`, { bodyId: body.id })
      .orderBy('c.due_on', 'ASC')
      .addOrderBy('c.created_at', 'ASC')
      .getMany();
    return Object.assign(new CommitmentAgendaProposals(), {
      bodyId: body.id,
      nextMeeting: nextMeeting ? await this.context.loaders.meeting.load(nextMeeting.id) : null,
      dueBy,
      commitments,
      viewerCanPropose: await this.context.access.canEditPlan(body.planId),
    });
  }

  /**
   * Adds a backlog item for each commitment not already before the body, in the order given;
   * the ones already there are skipped, so proposing twice adds nothing. Returns the new items.
   */
  async propose(bodyId: string, commitmentIds: string[]): Promise<AgendaItem[]> {
    const body = await this.body(bodyId);
    if (body.archivedAt) throw badInput('Cette instance est archivée.');
    await this.context.access.assertCanEditPlan(body.planId);
    const ids = [...new Set(commitmentIds)];
    if (ids.some((id) => !isUuid(id))) throw notFound('Engagement');
    return inTransaction(this.context, async (tx) => {
      const commitments = await this.openCommitments(tx, body.planId, ids);
      // Read what is already before the body once its row is locked: two proposals queue up there.
      await lockPlaces(tx, [{ bodyId: body.id, meetingId: null }]);
      const proposed: { id: string }[] = await tx.query(`SELECT c.id FROM commitments c WHERE c.id = ANY($2) AND ${ALREADY_PROPOSED}`, [body.id, ids]);
      const skipped = new Set(proposed.map((row) => row.id));
      const partners = await this.partnerNames(tx, commitments);
      const day = today();
      const items = commitments.filter((c) => !skipped.has(c.id)).map((c) => itemFor(c, partners.get(c.organizationId)!, day));
      return items.length ? appendToBacklog(tx, { planId: body.planId, bodyId: body.id, actorId: this.context.viewer!.id }, items) : [];
    });
  }

  private async body(bodyId: string) {
    return findOrFail(this.context.loaders.body, bodyId, 'Instance');
  }

  /** The commitments, in the order of the ids, if each is a live and open commitment of the plan. */
  private async openCommitments(tx: EntityManager, planId: string, ids: string[]) {
    const rows = await tx.getRepository(Commitment).createQueryBuilder('c').where('c.id IN (:...ids)', { ids }).getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => {
      const commitment = byId.get(id);
      if (!commitment || commitment.planId !== planId) throw notFound('Engagement');
      if (commitment.archivedAt || !OPEN_STATUSES.includes(commitment.status)) {
        throw badInput(`« ${commitment.title} » n'est plus ouvert : seul un engagement à tenir se propose à l'ordre du jour.`);
      }
      return commitment;
    });
  }

  private async partnerNames(tx: EntityManager, commitments: Commitment[]) {
    const rows: { id: string; name: string }[] = await tx.query('SELECT id, name FROM organizations WHERE id = ANY($1)', [
      [...new Set(commitments.map((c) => c.organizationId))],
    ]);
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}

function plusDays(date: string, days: number) {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}
