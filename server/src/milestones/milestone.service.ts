import type { EntityManager } from 'typeorm';
import { FollowUpRights } from '../actions/follow-up-rights';
import { type Context, inTransaction } from '../app/context';
import { badInput, conflict } from '../app/errors';
import { findOrFail } from '../app/lookup';
import { lockForUpdate } from '../app/updates';
import { today } from '../commitments/commitment-lifecycle';
import { checkedArchiveReason } from '../history/archive-reason';
import { ChangeKind } from '../history/change.entity';
import { diffOf, HistoryOf, recordChange } from '../history/history';
import { PlanEventType, publishPlanChange } from '../plans/plan-event';
import { Milestone } from './milestone.entity';
import type { CreateMilestoneInput, UpdateMilestoneInput } from './milestone.inputs';

/** The fields whose changes the history keeps. */
export const MILESTONE_HISTORY_FIELDS = [
  'title', 'plannedOn', 'doneOn', 'responsibleId', 'archivedAt', 'archiveReason',
] as const satisfies readonly (keyof Milestone)[];

/** Late: planned before today and not done. Derived at each read, never stored. */
export function isMilestoneLate(milestone: { plannedOn: string; doneOn: string | null }, on = today()) {
  return milestone.doneOn === null && milestone.plannedOn < on;
}

/** Actions' milestones: planned by the facilitators, marked done by the action's partners too; every change kept and published. */
export class MilestoneService {
  private readonly rights: FollowUpRights;

  constructor(private readonly context: Context) {
    this.rights = new FollowUpRights(context);
  }

  async get(id: string) {
    const milestone = await findOrFail(this.context.loaders.milestone, id, 'Jalon');
    await this.context.access.assertCanReadPlan(milestone.planId);
    return milestone;
  }

  async create(input: CreateMilestoneInput) {
    const { planId } = await this.rights.actionOf(input.actionId, { open: true });
    await this.rights.assertCanSteer(planId);
    await this.assertResponsible(input.responsibleId);
    return inTransaction(this.context, async (tx) => {
      const milestone = await tx.save(tx.create(Milestone, { ...input, title: input.title.trim(), planId, responsibleId: input.responsibleId ?? null }));
      await this.keep(tx, ChangeKind.CREATED, null, milestone);
      return milestone;
    });
  }

  /** Facilitators change anything; the action's partners' people mark it done and name who carries it. */
  async update(input: UpdateMilestoneInput) {
    const { id, expectedVersion, ...changes } = input;
    const current = await this.get(id);
    const { action } = await this.rights.actionOf(current.actionId, { open: false });
    if (changes.title != null || changes.plannedOn != null) await this.rights.assertCanSteer(current.planId);
    else await this.rights.assertCanReport(action, current.planId);
    if (changes.doneOn && changes.doneOn > today()) throw badInput('Un jalon ne peut pas être marqué fait à une date future.');
    await this.assertResponsible(changes.responsibleId);
    return inTransaction(this.context, async (tx) => {
      const milestone = await this.lockOpen(tx, id, expectedVersion);
      const before = { ...milestone };
      // A required field sent as null is left as it is; null clears only what may be empty.
      for (const [key, value] of Object.entries(changes) as [keyof typeof changes, never][]) {
        const clearable = key === 'doneOn' || key === 'responsibleId';
        if (value !== undefined && (value !== null || clearable)) milestone[key] = value;
      }
      milestone.title = milestone.title.trim();
      await tx.save(milestone);
      await this.keep(tx, ChangeKind.UPDATED, before, milestone);
      return milestone;
    });
  }

  /** Nothing is deleted: a milestone dropped from the plan is archived, with the reason. */
  async archive(id: string, reason: string, expectedVersion?: number | null) {
    await this.rights.assertCanSteer((await this.get(id)).planId);
    const why = checkedArchiveReason(reason);
    return inTransaction(this.context, async (tx) => {
      const milestone = await this.lockOpen(tx, id, expectedVersion);
      const before = { ...milestone };
      Object.assign(milestone, { archivedAt: new Date(), archiveReason: why });
      await tx.save(milestone);
      await this.keep(tx, ChangeKind.ARCHIVED, before, milestone);
      return milestone;
    });
  }

  private async assertResponsible(personId: string | null | undefined) {
    if (personId == null) return;
    const person = await findOrFail(this.context.loaders.person, personId, 'Personne');
    if (person.archivedAt) throw badInput("Cette personne n'a plus de compte actif.");
  }

  private async lockOpen(tx: EntityManager, id: string, expectedVersion?: number | null) {
    const milestone = await lockForUpdate(tx, Milestone, id, 'Le jalon', expectedVersion);
    if (milestone.archivedAt) throw conflict('Ce jalon est archivé : il ne change plus.');
    return milestone;
  }

  /** Keeps the change in the history and announces it on the plan's stream, if anything moved. */
  private async keep(tx: EntityManager, kind: ChangeKind, before: Milestone | null, milestone: Milestone) {
    const actorId = this.context.viewer!.id;
    const diff = diffOf(before, milestone, MILESTONE_HISTORY_FIELDS);
    if (!diff.length) return;
    await recordChange(tx, { entityType: HistoryOf.Milestone, entityId: milestone.id, kind, actorId, diff });
    await publishPlanChange(tx, { planId: milestone.planId, type: PlanEventType.MILESTONE_CHANGED, actorId, subjects: { milestone } });
  }
}
