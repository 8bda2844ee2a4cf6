import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../app/context';
import { Plan } from '../plans/plan.entity';
import { CreateBodyInput, UpdateBodyInput } from './body.inputs';
import { BodyService } from './body.service';
import { GovernanceBody } from './governance-body.entity';
import { Membership } from './membership.entity';

@Resolver(() => GovernanceBody)
export class BodyResolver {
  // Queries

  @Authorized()
  @Query(() => GovernanceBody)
  body(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return new BodyService(context).get(id);
  }

  @FieldResolver(() => Plan)
  plan(@Root() body: GovernanceBody, @Ctx() context: Context) {
    return context.loaders.plan.load(body.planId);
  }

  @FieldResolver(() => [Membership], { description: 'Memberships in force today.' })
  memberships(@Root() body: GovernanceBody, @Ctx() context: Context) {
    return context.loaders.activeMembershipsByBody.load(body.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may change this body and its members.' })
  viewerCanManage(@Root() body: GovernanceBody, @Ctx() context: Context) {
    return context.access.canManageBody(body.id);
  }

  // Mutations

  @Authorized()
  @Mutation(() => GovernanceBody, { description: 'Admins only.' })
  createBody(@Arg('input', () => CreateBodyInput) input: CreateBodyInput, @Ctx() context: Context) {
    return new BodyService(context).create(input);
  }

  @Authorized()
  @Mutation(() => GovernanceBody, { description: 'Its chair and co-chairs, and admins.' })
  updateBody(@Arg('input', () => UpdateBodyInput) input: UpdateBodyInput, @Ctx() context: Context) {
    return new BodyService(context).update(input);
  }

  @Authorized()
  @Mutation(() => GovernanceBody, { description: 'Admins only.' })
  archiveBody(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return new BodyService(context).archive(id);
  }
}
