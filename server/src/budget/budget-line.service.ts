import type { EntityManager } from 'typeorm';
import { FollowUpRights } from '../actions/follow-up-rights';
import { type Context, inTransaction } from '../app/context';
import { badInput, conflict } from '../app/errors';
import { findOrFail } from '../app/lookup';
import { lockForUpdate } from '../app/updates';
import { checkedArchiveReason } from '../history/archive-reason';
import { ChangeKind } from '../history/change.entity';
import { diffOf, HistoryOf, recordChange } from '../history/history';
import { PlanEventType, publishPlanChange } from '../plans/plan-event';
import { BudgetLine } from './budget-line.entity';
import type { CreateBudgetLineInput, UpdateBudgetLineInput } from './budget-line.inputs';

/** The fields whose changes the history keeps. */
export const BUDGET_LINE_HISTORY_FIELDS = [
  'actionId', 'funderId', 'year', 'planned', 'committed', 'spent', 'note', 'archivedAt', 'archiveReason',
] as const satisfies readonly (keyof BudgetLine)[];

/** Budget lines of actions, per funder and year: kept by the plan's facilitators, every change kept and published. */
export class BudgetLineService {
  private readonly rights: FollowUpRights;

  constructor(private readonly context: Context) {
    this.rights = new FollowUpRights(context);
  }

  async get(id: string) {
    const line = await findOrFail(this.context.loaders.budgetLine, id, 'Ligne budgétaire');
    await this.context.access.assertCanReadPlan(line.planId);
    return line;
  }

  async create(input: CreateBudgetLineInput) {
    const { planId } = await this.rights.actionOf(input.actionId, { open: true });
    await this.rights.assertCanSteer(planId);
    await this.assertFunder(input.funderId);
    return inTransaction(this.context, async (tx) => {
      const line = tx.create(BudgetLine, {
        ...input,
        planId,
        committed: input.committed ?? '0.00',
        spent: input.spent ?? '0.00',
        note: input.note?.trim() ?? '',
      });
      await this.assertValid(line);
      await tx.save(line);
      await this.keep(tx, ChangeKind.CREATED, null, line);
      return line;
    });
  }

  async update(input: UpdateBudgetLineInput) {
    const { id, expectedVersion, ...changes } = input;
    await this.rights.assertCanSteer((await this.get(id)).planId);
    if (changes.funderId != null) await this.assertFunder(changes.funderId);
    return inTransaction(this.context, async (tx) => {
      const line = await this.lockOpen(tx, id, expectedVersion);
      const before = { ...line };
      for (const [key, value] of Object.entries(changes) as [keyof typeof changes, never][]) {
        if (value != null) line[key] = value;
      }
      line.note = line.note.trim();
      await this.assertValid(line);
      await tx.save(line);
      await this.keep(tx, ChangeKind.UPDATED, before, line);
      return line;
    });
  }

  /** Nothing is deleted: a line entered by mistake is archived, with the reason, and leaves the totals. */
  async archive(id: string, reason: string, expectedVersion?: number | null) {
    await this.rights.assertCanSteer((await this.get(id)).planId);
    const why = checkedArchiveReason(reason);
    return inTransaction(this.context, async (tx) => {
      const line = await this.lockOpen(tx, id, expectedVersion);
      const before = { ...line };
      Object.assign(line, { archivedAt: new Date(), archiveReason: why });
      await tx.save(line);
      await this.keep(tx, ChangeKind.ARCHIVED, before, line);
      return line;
    });
  }

  private async assertFunder(funderId: string) {
    const funder = await findOrFail(this.context.loaders.organization, funderId, 'Financeur');
    if (funder.archivedAt) throw badInput('Cette organisation est archivée.');
  }

  private async assertValid(line: BudgetLine) {
    if ([line.planned, line.committed, line.spent].some((amount) => amount.startsWith('-'))) {
      throw badInput('Les montants ne peuvent pas être négatifs.');
    }
    const plan = await findOrFail(this.context.loaders.plan, line.planId, 'Plan');
    if (line.year < plan.startYear || line.year > plan.endYear) {
      throw badInput(`L'année doit être dans la période du plan (${plan.startYear}–${plan.endYear}).`);
    }
  }

  private async lockOpen(tx: EntityManager, id: string, expectedVersion?: number | null) {
    const line = await lockForUpdate(tx, BudgetLine, id, 'La ligne budgétaire', expectedVersion);
    if (line.archivedAt) throw conflict('Cette ligne budgétaire est archivée : elle ne change plus.');
    return line;
  }

  /** Keeps the change in the history and announces it on the plan's stream, if anything moved. */
  private async keep(tx: EntityManager, kind: ChangeKind, before: BudgetLine | null, budgetLine: BudgetLine) {
    const actorId = this.context.viewer!.id;
    const diff = diffOf(before, budgetLine, BUDGET_LINE_HISTORY_FIELDS);
    if (!diff.length) return;
    await recordChange(tx, { entityType: HistoryOf.BudgetLine, entityId: budgetLine.id, kind, actorId, diff });
    await publishPlanChange(tx, { planId: budgetLine.planId, type: PlanEventType.BUDGET_CHANGED, actorId, subjects: { budgetLine } });
  }
}
