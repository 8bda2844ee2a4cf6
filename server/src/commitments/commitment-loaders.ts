import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { byId, childrenOf } from '../app/loader-kinds';
import { EvidenceFile } from '../evidence/evidence-file.entity';
import { Commitment } from './commitment.entity';
import { ProgressUpdate } from './progress-update.entity';
import { actionProgress, orientationProgress } from './progress-rollup';

/** The batching loaders of the commitments ledger, merged into each request's loaders. */
export function commitmentLoaders(dataSource: DataSource) {
  return {
    commitment: byId(dataSource, Commitment),
    commitmentsByAction: childrenOf(dataSource, Commitment, 'actionId', { dueOn: 'ASC', createdAt: 'ASC' }),
    commitmentsByDecision: childrenOf(dataSource, Commitment, 'decisionId', { createdAt: 'ASC' }),
    /** Each commitment's timeline, newest entry first. */
    progressByCommitment: new DataLoader<string, ProgressUpdate[]>(async (commitmentIds) => {
      const rows = await dataSource.getRepository(ProgressUpdate).find({
        where: { commitmentId: In([...commitmentIds]) },
        order: { createdAt: 'DESC', seq: 'DESC' },
      });
      return commitmentIds.map((id) => rows.filter((row) => row.commitmentId === id));
    }),
    /** Evidence files without their content. */
    evidenceFile: byId(dataSource, EvidenceFile),
    /** Rolled up from commitments or indicators (progress-rollup.ts), every action of a request in one statement. */
    actionProgress: new DataLoader<string, number | null>((actionIds) => actionProgress(dataSource, actionIds)),
    orientationProgress: new DataLoader((orientationIds: readonly string[]) => orientationProgress(dataSource, orientationIds)),
  };
}
