import type { SelectQueryBuilder } from 'typeorm';
import type { Context } from '../app/context';
import { notFound } from '../app/errors';
import { findOrFail, isUuid } from '../app/lookup';
import type { PageArgs, PageShape } from '../app/pagination';
import { OPEN_STATUSES, today } from './commitment-lifecycle';
import { Commitment } from './commitment.entity';
import { type CommitmentFilterArgs, CommitmentSort } from './commitment-ledger.inputs';

/** Statuses are enum constants, safe to write into the SQL. */
const OPEN = `c.status IN (${OPEN_STATUSES.map((status) => `'${status}'`).join(', ')})`;
const LATE = `(${OPEN} AND c.due_on < :today)`;

type OrderTerm = [string, 'ASC' | 'DESC', 'NULLS FIRST' | 'NULLS LAST'] | [string, 'ASC' | 'DESC'];

const ORDER: Record<CommitmentSort, OrderTerm[]> = {
  [CommitmentSort.URGENCY]: [[`CASE WHEN ${OPEN} THEN 0 ELSE 1 END`, 'ASC'], ['c.due_on', 'ASC', 'NULLS LAST']],
  [CommitmentSort.DUE_ON]: [['c.due_on', 'ASC', 'NULLS LAST']],
  [CommitmentSort.RECENTLY_UPDATED]: [['c.updated_at', 'DESC']],
  [CommitmentSort.PROGRESS]: [['c.progress', 'ASC']],
  [CommitmentSort.TITLE]: [['c.title', 'ASC']],
};

/**
 * The ledger of a plan's commitments: filtered, sorted and paged, with their actions and
 * partners. The page is chosen on the commitments alone (a narrow sort) and only its rows are
 * joined to their names; the total is counted beside it, without joins: two statements, sent
 * together, whatever the plan's size (a window count over the joined rows cost four times more).
 */
export async function commitmentLedger(context: Context, filter: CommitmentFilterArgs, page: PageArgs): Promise<PageShape<Commitment>> {
  const plan = await readablePlan(context, filter.planId);
  const repository = context.app.dataSource.getRepository(Commitment);
  const filtered = () => {
    const query = repository.createQueryBuilder('c').where('c.plan_id = :planId', { planId: plan.id, today: today() });
    applyFilters(query, filter);
    return query;
  };
  const order: OrderTerm[] = [...ORDER[filter.sort], ['c.created_at', 'ASC'], ['c.id', 'ASC']];
  const sorted = <T extends SelectQueryBuilder<Commitment>>(query: T) => {
    for (const [index, [expression, direction, nulls]] of order.entries()) {
      if (index === 0) query.orderBy(expression, direction, nulls);
      else query.addOrderBy(expression, direction, nulls);
    }
    return query;
  };
  const pageIds = sorted(filtered().select('c.id')).offset(page.offset).limit(page.limit);
  const rows = sorted(
    repository
      .createQueryBuilder('c')
      // Many-to-one joins keep one row per commitment; what they bring is handed to the loaders.
      .leftJoinAndSelect('c.action', 'action')
      .leftJoinAndSelect('action.orientation', 'orientation')
      .leftJoinAndSelect('c.organization', 'organization')
      .where(`c.id IN (${pageIds.getQuery()})`)
      .setParameters(pageIds.getParameters()),
  );
  const [entities, count] = await Promise.all([rows.getMany(), filtered().select('count(*)::int', 'total').getRawOne<{ total: number }>()]);
  const totalCount = count?.total ?? 0;
  for (const { action, organization } of entities) {
    context.loaders.action.prime(action!.id, action!);
    context.loaders.orientation.prime(action!.orientation!.id, action!.orientation!);
    context.loaders.organization.prime(organization!.id, organization!);
  }
  return { items: entities, totalCount, hasMore: page.offset + entities.length < totalCount };
}

/**
 * The plan, if the viewer may read it: a member's rights prove it exists, so only admins and
 * refused viewers pay for looking it up (NOT_FOUND rather than FORBIDDEN for an unknown plan).
 */
export async function readablePlan(context: Context, planId: string) {
  if (!context.access.isAdmin && (await context.access.canReadPlan(planId))) return { id: planId };
  const plan = await findOrFail(context.loaders.plan, planId, 'Plan');
  await context.access.assertCanReadPlan(plan.id);
  return plan;
}

function applyFilters(query: SelectQueryBuilder<Commitment>, filter: CommitmentFilterArgs) {
  if (!filter.includeArchived) query.andWhere('c.archived_at IS NULL');
  if (filter.status?.length) query.andWhere('c.status IN (:...statuses)', { statuses: filter.status });
  if (filter.late === true) query.andWhere(LATE);
  if (filter.late === false) query.andWhere(`NOT coalesce(${LATE}, false)`);
  // Ids in filters only filter: an unknown one finds nothing, a malformed one is unknown.
  const ids = { organizationId: 'Organisation', orientationId: 'Orientation', actionId: 'Action' } as const;
  for (const [key, label] of Object.entries(ids) as [keyof typeof ids, string][]) {
    if (filter[key] != null && !isUuid(filter[key])) throw notFound(label);
  }
  if (filter.organizationId) query.andWhere('c.organization_id = :organizationId', { organizationId: filter.organizationId });
  if (filter.actionId) query.andWhere('c.action_id = :actionId', { actionId: filter.actionId });
  if (filter.orientationId) {
    query.andWhere('c.action_id IN (SELECT a.id FROM actions a WHERE a.orientation_id = :orientationId)', { orientationId: filter.orientationId });
  }
  if (filter.dueBefore) query.andWhere('c.due_on <= :dueBefore', { dueBefore: filter.dueBefore });
  if (filter.search) {
    // The words are searched as typed: % and _ are not wildcards here.
    const words = filter.search.replace(/[\\%_]/g, (char) => `\\${char}`);
    query.andWhere('(c.title ILIKE :search OR c.details ILIKE :search)', { search: `%${words}%` });
  }
}
