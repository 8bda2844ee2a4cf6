import type { EntityManager } from 'typeorm';
import { type Context, inTransaction } from '../app/context';
import { badInput, forbidden } from '../app/errors';
import { lockForUpdate } from '../app/updates';
import { Contribution, ContributionStatus } from './contribution.entity';
import { ContributionChange, publishContribution } from './contribution-events';
import type { SetContributionStatusArgs } from './contribution.inputs';
import { ContributionService } from './contribution.service';

const LABEL = 'La contribution';

/** What the facilitators do with contributions: pin, merge duplicates, retain or decline, hide. */
export class ContributionModerationService {
  private readonly contributions: ContributionService;

  constructor(private readonly context: Context) {
    this.contributions = new ContributionService(context);
  }

  /** A contribution the viewer moderates, or FORBIDDEN. */
  async moderated(id: string) {
    const contribution = await this.contributions.get(id);
    if (!(await this.contributions.canModerate(contribution))) {
      throw forbidden("Seuls la présidence et le secrétariat de l'instance modèrent les contributions.");
    }
    return contribution;
  }

  async pin(id: string, pinned: boolean) {
    await this.moderated(id);
    return this.change(id, (contribution) => {
      contribution.pinned = pinned;
    });
  }

  async setStatus(args: SetContributionStatusArgs) {
    await this.moderated(args.id);
    const reason = args.reason?.trim() || null;
    if (args.status === ContributionStatus.DECLINED && !reason) throw badInput('Dites pourquoi la contribution est écartée.');
    return this.change(args.id, (contribution) => {
      if (contribution.status === ContributionStatus.MERGED) throw badInput('Cette contribution a été fusionnée dans une autre.');
      contribution.status = args.status;
      contribution.statusReason = reason;
    });
  }

  async hide(id: string, reason: string | null) {
    await this.moderated(id);
    const viewer = this.context.viewer!;
    return this.change(id, (contribution) => {
      contribution.hiddenAt ??= new Date();
      contribution.hiddenById = viewer.id;
      contribution.hiddenReason = reason?.trim() || null;
    });
  }

  async unhide(id: string) {
    await this.moderated(id);
    return this.change(id, (contribution) => {
      Object.assign(contribution, { hiddenAt: null, hiddenById: null, hiddenReason: null });
    });
  }

  /** Marks a duplicate as merged; its supports move to the target, once per person. */
  async merge(id: string, intoId: string) {
    const source = await this.moderated(id);
    const target = await this.contributions.get(intoId);
    if (source.id === target.id) throw badInput('Une contribution ne se fusionne pas dans elle-même.');
    if (source.planId !== target.planId) throw badInput('On ne fusionne que des contributions du même plan.');
    return inTransaction(this.context, async (tx) => {
      // Both rows locked in a fixed order, so two crossed merges cannot deadlock or make a cycle.
      const [first, second] = [source.id, target.id].sort();
      await lockForUpdate(tx, Contribution, first, LABEL);
      await lockForUpdate(tx, Contribution, second, LABEL);
      const from = await tx.findOneByOrFail(Contribution, { id: source.id });
      const into = await tx.findOneByOrFail(Contribution, { id: target.id });
      if (from.status === ContributionStatus.MERGED) throw badInput('Cette contribution est déjà fusionnée.');
      if (into.status === ContributionStatus.MERGED) throw badInput('On ne fusionne pas dans une contribution elle-même fusionnée.');
      await tx.query(
        `INSERT INTO contribution_supports (contribution_id, person_id, created_at)
         SELECT $2, person_id, created_at FROM contribution_supports WHERE contribution_id = $1 AND person_id <> $3
         ON CONFLICT DO NOTHING`,
        [from.id, into.id, into.authorId],
      );
      await tx.query('DELETE FROM contribution_supports WHERE contribution_id = $1', [from.id]);
      Object.assign(from, { status: ContributionStatus.MERGED, mergedIntoId: into.id, pinned: false });
      await tx.save(from);
      await publishContribution(tx, from, ContributionChange.Updated, this.context.viewer!.id);
      await publishContribution(tx, into, ContributionChange.Updated, this.context.viewer!.id);
      return from;
    });
  }

  /** Locks, changes and publishes one contribution. */
  private change(id: string, apply: (contribution: Contribution) => void) {
    return inTransaction(this.context, async (tx: EntityManager) => {
      const contribution = await lockForUpdate(tx, Contribution, id, LABEL);
      apply(contribution);
      await tx.save(contribution);
      await publishContribution(tx, contribution, ContributionChange.Updated, this.context.viewer!.id);
      return contribution;
    });
  }
}
