import type { DataSource } from 'typeorm';
import { byId, childrenOf } from '../app/loader-kinds';
import { BudgetLine } from './budget-line.entity';

/** The batching loaders of budget lines, merged into each request's loaders. */
export function budgetLoaders(dataSource: DataSource) {
  return {
    budgetLine: byId(dataSource, BudgetLine),
    budgetLinesByAction: childrenOf(dataSource, BudgetLine, 'actionId', { year: 'ASC', createdAt: 'ASC' }),
  };
}
