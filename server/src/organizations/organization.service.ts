import { type Context, inTransaction } from '../app/context';
import { forbidden } from '../app/errors';
import { findOrFail } from '../app/lookup';
import { type PageArgs, paginate } from '../app/pagination';
import { applyChanges, lockForUpdate } from '../app/updates';
import { FACILITATOR_ROLES } from '../bodies/membership.entity';
import { Organization } from './organization.entity';
import type { CreateOrganizationInput, OrganizationFilterArgs, UpdateOrganizationInput } from './organization.inputs';

/** The directory of partner organisations: everyone reads it; admins and facilitators add to it. */
export class OrganizationService {
  constructor(private readonly context: Context) {}

  list(filter: OrganizationFilterArgs, page: PageArgs) {
    this.context.access.requireViewer();
    const query = this.context.app.dataSource.getRepository(Organization).createQueryBuilder('org');
    if (!filter.includeArchived) query.andWhere('org.archived_at IS NULL');
    if (filter.search) {
      query.andWhere('(org.name ILIKE :search OR org.acronym ILIKE :search)', { search: `%${filter.search}%` });
    }
    if (filter.kinds?.length) query.andWhere('org.kind IN (:...kinds)', { kinds: filter.kinds });
    return paginate(query.orderBy('org.name', 'ASC'), page);
  }

  get(id: string) {
    this.context.access.requireViewer();
    return findOrFail(this.context.loaders.organization, id, 'Organisation');
  }

  async create(input: CreateOrganizationInput) {
    await this.assertCanManage();
    return inTransaction(this.context, (tx) => tx.save(tx.create(Organization, input)));
  }

  async update(input: UpdateOrganizationInput) {
    await this.assertCanManage();
    const { id, expectedVersion, ...changes } = input;
    return inTransaction(this.context, async (tx) =>
      tx.save(applyChanges(await lockForUpdate(tx, Organization, id, "L'organisation", expectedVersion), changes)),
    );
  }

  archive(id: string) {
    this.context.access.assertAdmin();
    return inTransaction(this.context, async (tx) => {
      const organization = await lockForUpdate(tx, Organization, id, "L'organisation");
      organization.archivedAt ??= new Date();
      return tx.save(organization);
    });
  }

  private async assertCanManage() {
    const { access } = this.context;
    if (access.isAdmin) return;
    const roles = await access.activeRoles();
    if (!roles.some((role) => FACILITATOR_ROLES.includes(role.role))) {
      throw forbidden("Seuls les administrateurs et l'animation des instances gèrent l'annuaire.");
    }
  }
}
