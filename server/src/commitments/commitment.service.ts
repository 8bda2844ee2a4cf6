import type { EntityManager } from 'typeorm';
import { type Context, inTransaction } from '../app/context';
import { badInput, conflict } from '../app/errors';
import { findOrFail } from '../app/lookup';
import { lockForUpdate } from '../app/updates';
import { ChangeKind } from '../history/change.entity';
import { diffOf, HistoryOf, recordChange } from '../history/history';
import { claimEvidenceFile } from '../evidence/evidence-attachment';
import { PlanEventType, publishPlanChange } from '../plans/plan-event';
import { nextState, type ProgressReport } from './commitment-lifecycle';
import { CommitmentReferences } from './commitment-references';
import { CommitmentRights } from './commitment-rights';
import { Commitment, CommitmentStatus } from './commitment.entity';
import type { CreateCommitmentInput, RecordProgressInput, UpdateCommitmentInput } from './commitment.inputs';
import { ProgressUpdate } from './progress-update.entity';

/** The fields whose changes the history keeps. */
export const COMMITMENT_HISTORY_FIELDS = [
  'title', 'details', 'actionId', 'organizationId', 'responsibleId', 'decisionId', 'dueOn',
  'status', 'progress', 'abandonReason', 'archivedAt', 'archiveReason',
] as const satisfies readonly (keyof Commitment)[];

/** Partners' commitments: set by the plan's facilitators, reported on by the partners, every change kept and published live. */
export class CommitmentService {
  private readonly rights: CommitmentRights;
  private readonly references: CommitmentReferences;

  constructor(private readonly context: Context) {
    this.rights = new CommitmentRights(context);
    this.references = new CommitmentReferences(context);
  }

  async get(id: string) {
    const commitment = await findOrFail(this.context.loaders.commitment, id, 'Engagement');
    await this.context.access.assertCanReadPlan(commitment.planId);
    return commitment;
  }

  async create(input: CreateCommitmentInput) {
    const { accepted, ...fields } = input;
    const planId = await this.references.planOfAction(fields.actionId);
    await this.rights.assertCanSteer(planId);
    await this.references.organization(fields.organizationId);
    await this.references.responsible(fields.responsibleId);
    await this.references.decision(fields.decisionId, planId);
    return inTransaction(this.context, async (tx) => {
      const commitment = await tx.save(
        tx.create(Commitment, {
          ...fields,
          planId,
          details: fields.details ?? '',
          status: accepted ? CommitmentStatus.ACCEPTED : CommitmentStatus.PROPOSED,
        }),
      );
      await this.keep(tx, ChangeKind.CREATED, null, commitment);
      return commitment;
    });
  }

  /** Facilitators change anything; the partner's people only the details and who answers for it. */
  async update(input: UpdateCommitmentInput) {
    const { id, expectedVersion, ...changes } = input;
    const current = await this.get(id);
    const { details: _details, responsibleId: _responsible, ...terms } = changes;
    if (Object.values(terms).some((value) => value !== undefined)) await this.rights.assertCanSteer(current.planId);
    else await this.rights.assertCanReport(current);
    if (changes.actionId && (await this.references.planOfAction(changes.actionId)) !== current.planId) {
      throw badInput("Un engagement ne peut servir qu'une action de son plan.");
    }
    await this.references.organization(changes.organizationId ?? undefined);
    await this.references.responsible(changes.responsibleId);
    await this.references.decision(changes.decisionId, current.planId);
    return inTransaction(this.context, async (tx) => {
      const commitment = await this.lockOpen(tx, id, expectedVersion);
      const before = { ...commitment };
      // A required field sent as null is left as it is; null clears only what may be empty.
      for (const [key, value] of Object.entries(changes) as [keyof typeof changes, never][]) {
        const clearable = key === 'responsibleId' || key === 'decisionId' || key === 'dueOn';
        if (value !== undefined && (value !== null || clearable)) commitment[key] = value;
      }
      await tx.save(commitment);
      await this.keep(tx, ChangeKind.UPDATED, before, commitment);
      return commitment;
    });
  }

  /** Appends a progress report and moves the commitment's status and percentage with it. */
  async recordProgress(input: RecordProgressInput) {
    const { commitmentId, expectedVersion, evidenceFileId, ...report } = input;
    await this.rights.assertCanReport(await this.get(commitmentId));
    const reporterId = this.context.viewer!.id;
    return inTransaction(this.context, async (tx) => {
      const commitment = await this.lockOpen(tx, commitmentId, expectedVersion);
      if (evidenceFileId) await claimEvidenceFile(tx, reporterId, evidenceFileId);
      return appendProgress(tx, reporterId, commitment, { ...report, evidenceFileId });
    });
  }

  /** Nothing is deleted: a commitment entered by mistake is archived, with the reason. */
  async archive(id: string, reason: string, expectedVersion?: number | null) {
    await this.rights.assertCanSteer((await this.get(id)).planId);
    if (reason.trim().length < 3 || reason.length > 2000) throw badInput("Indiquez la raison de l'archivage (3 à 2 000 caractères).");
    return inTransaction(this.context, async (tx) => {
      const commitment = await this.lockOpen(tx, id, expectedVersion);
      const before = { ...commitment };
      Object.assign(commitment, { archivedAt: new Date(), archiveReason: reason.trim() });
      await tx.save(commitment);
      await this.keep(tx, ChangeKind.ARCHIVED, before, commitment);
      return commitment;
    });
  }

  private async lockOpen(tx: EntityManager, id: string, expectedVersion?: number | null) {
    const commitment = await lockForUpdate(tx, Commitment, id, "L'engagement", expectedVersion);
    if (commitment.archivedAt) throw conflict('Cet engagement est archivé : il ne change plus.');
    return commitment;
  }

  private keep(tx: EntityManager, kind: ChangeKind, before: Commitment | null, commitment: Commitment) {
    return keepCommitmentChange(tx, this.context.viewer!.id, kind, before, commitment);
  }
}

/**
 * Appends a progress report to a commitment locked in the caller's transaction: the timeline
 * entry, the new status and percentage, the history and the live event. Refuses a move the
 * lifecycle does not allow.
 */
export async function appendProgress(
  tx: EntityManager,
  actorId: string,
  commitment: Commitment,
  report: ProgressReport & { evidenceUrl?: string | null; evidenceFileId?: string | null },
) {
  const before = { ...commitment };
  const note = report.note?.trim() ?? '';
  const { status, progress } = nextState(commitment, { status: report.status, progress: report.progress, note });
  Object.assign(commitment, { status, progress, updatedAt: new Date() });
  if (status === CommitmentStatus.ABANDONED) commitment.abandonReason = note;
  await tx.save(commitment);
  await tx.save(
    tx.create(ProgressUpdate, {
      commitmentId: commitment.id,
      authorId: actorId,
      status,
      previousStatus: before.status,
      progress,
      previousProgress: before.progress,
      note,
      evidenceUrl: report.evidenceUrl ?? null,
      evidenceFileId: report.evidenceFileId ?? null,
    }),
  );
  await keepCommitmentChange(tx, actorId, ChangeKind.UPDATED, before, commitment);
  return commitment;
}

/** Keeps the change in the history and announces it on the plan's stream, if anything moved. */
async function keepCommitmentChange(tx: EntityManager, actorId: string, kind: ChangeKind, before: Commitment | null, commitment: Commitment) {
  const diff = diffOf(before, commitment, COMMITMENT_HISTORY_FIELDS);
  const timelineGrew = before !== null && before.updatedAt !== commitment.updatedAt;
  if (!diff.length && !timelineGrew) return;
  await recordChange(tx, { entityType: HistoryOf.Commitment, entityId: commitment.id, kind, actorId, diff });
  await publishPlanChange(tx, { planId: commitment.planId, type: PlanEventType.COMMITMENT_CHANGED, actorId, subjects: { commitment } });
}
