import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../app/context';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import { AddMembershipInput, UpdateMembershipInput } from './body.inputs';
import { GovernanceBody } from './governance-body.entity';
import { Membership } from './membership.entity';
import { MembershipService } from './membership.service';

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Person)
  person(@Root() membership: Membership, @Ctx() context: Context) {
    return context.loaders.person.load(membership.personId);
  }

  @FieldResolver(() => GovernanceBody)
  body(@Root() membership: Membership, @Ctx() context: Context) {
    return context.loaders.body.load(membership.bodyId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation represented.' })
  organization(@Root() membership: Membership, @Ctx() context: Context) {
    return membership.organizationId ? context.loaders.organization.load(membership.organizationId) : null;
  }

  // Mutations

  @Authorized()
  @Mutation(() => Membership, { description: "The body's chair and co-chairs, and admins." })
  addMembership(@Arg('input', () => AddMembershipInput) input: AddMembershipInput, @Ctx() context: Context) {
    return new MembershipService(context).add(input);
  }

  @Authorized()
  @Mutation(() => Membership, { description: "The body's chair and co-chairs, and admins." })
  updateMembership(@Arg('input', () => UpdateMembershipInput) input: UpdateMembershipInput, @Ctx() context: Context) {
    return new MembershipService(context).update(input);
  }

  @Authorized()
  @Mutation(() => Membership, { description: "Ends the membership today; the body's chair and co-chairs, and admins." })
  endMembership(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return new MembershipService(context).end(id);
  }
}
