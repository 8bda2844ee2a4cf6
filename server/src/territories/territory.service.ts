import { type Context, inTransaction } from '../app/context';
import { findOrFail } from '../app/lookup';
import { type PageArgs, paginate } from '../app/pagination';
import { applyChanges, lockForUpdate } from '../app/updates';
import { Territory } from './territory.entity';
import type { CreateTerritoryInput, TerritoryFilterArgs, UpdateTerritoryInput } from './territory.inputs';

/** Territories: readable by every signed-in person, managed by admins. */
export class TerritoryService {
  constructor(private readonly context: Context) {}

  list(filter: TerritoryFilterArgs, page: PageArgs) {
    this.context.access.requireViewer();
    const query = this.context.app.dataSource.getRepository(Territory).createQueryBuilder('territory');
    if (!filter.includeArchived) query.andWhere('territory.archived_at IS NULL');
    if (filter.search) query.andWhere('territory.name ILIKE :search', { search: `%${filter.search}%` });
    return paginate(query.orderBy('territory.name', 'ASC'), page);
  }

  get(id: string) {
    this.context.access.requireViewer();
    return findOrFail(this.context.loaders.territory, id, 'Territoire');
  }

  create(input: CreateTerritoryInput) {
    this.context.access.assertAdmin();
    return inTransaction(this.context, (tx) => tx.save(tx.create(Territory, input)));
  }

  update(input: UpdateTerritoryInput) {
    this.context.access.assertAdmin();
    const { id, expectedVersion, ...changes } = input;
    return inTransaction(this.context, async (tx) =>
      tx.save(applyChanges(await lockForUpdate(tx, Territory, id, 'Le territoire', expectedVersion), changes)),
    );
  }

  archive(id: string) {
    this.context.access.assertAdmin();
    return inTransaction(this.context, async (tx) => {
      const territory = await lockForUpdate(tx, Territory, id, 'Le territoire');
      territory.archivedAt ??= new Date();
      return tx.save(territory);
    });
  }
}
