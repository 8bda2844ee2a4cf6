import { Arg, Args, Authorized, Ctx, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../app/context';
import { PageArgs, Paginated } from '../app/pagination';
import { Organization } from './organization.entity';
import { CreateOrganizationInput, OrganizationFilterArgs, UpdateOrganizationInput } from './organization.inputs';
import { OrganizationService } from './organization.service';

@ObjectType()
export class OrganizationPage extends Paginated(Organization) {}

@Resolver(() => Organization)
export class OrganizationResolver {
  // Queries

  @Authorized()
  @Query(() => OrganizationPage)
  organizations(
    @Args(() => OrganizationFilterArgs) filter: OrganizationFilterArgs,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: Context,
  ) {
    return new OrganizationService(context).list(filter, page);
  }

  @Authorized()
  @Query(() => Organization)
  organization(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return new OrganizationService(context).get(id);
  }

  // Mutations

  @Authorized()
  @Mutation(() => Organization, { description: 'Admins, and chairs, co-chairs and secretaries of a body.' })
  createOrganization(@Arg('input', () => CreateOrganizationInput) input: CreateOrganizationInput, @Ctx() context: Context) {
    return new OrganizationService(context).create(input);
  }

  @Authorized()
  @Mutation(() => Organization, { description: 'Admins, and chairs, co-chairs and secretaries of a body.' })
  updateOrganization(@Arg('input', () => UpdateOrganizationInput) input: UpdateOrganizationInput, @Ctx() context: Context) {
    return new OrganizationService(context).update(input);
  }

  @Authorized()
  @Mutation(() => Organization, { description: 'Admins only.' })
  archiveOrganization(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return new OrganizationService(context).archive(id);
  }
}
