import type { DataSource } from 'typeorm';
import { byId, childrenOf } from '../app/loader-kinds';
import { Milestone } from './milestone.entity';

/** The batching loaders of milestones, merged into each request's loaders. */
export function milestoneLoaders(dataSource: DataSource) {
  return {
    milestone: byId(dataSource, Milestone),
    milestonesByAction: childrenOf(dataSource, Milestone, 'actionId', { plannedOn: 'ASC', createdAt: 'ASC' }),
  };
}
