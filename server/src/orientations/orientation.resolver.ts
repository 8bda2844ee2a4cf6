import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Action } from '../actions/action.entity';
import type { Context } from '../app/context';
import { Plan } from '../plans/plan.entity';
import { Orientation } from './orientation.entity';
import { CreateOrientationInput, UpdateOrientationInput } from './orientation.inputs';
import { OrientationService } from './orientation.service';

@Resolver(() => Orientation)
export class OrientationResolver {
  // Queries

  @Authorized()
  @Query(() => Orientation)
  orientation(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return new OrientationService(context).get(id);
  }

  @FieldResolver(() => Plan)
  plan(@Root() orientation: Orientation, @Ctx() context: Context) {
    return context.loaders.plan.load(orientation.planId);
  }

  @FieldResolver(() => [Action], { description: 'Its actions in order, archived ones left out.' })
  actions(@Root() orientation: Orientation, @Ctx() context: Context) {
    return context.loaders.actionsByOrientation.load(orientation.id);
  }

  // Mutations

  @Authorized()
  @Mutation(() => Orientation, { description: "The plan's facilitators and admins." })
  createOrientation(@Arg('input', () => CreateOrientationInput) input: CreateOrientationInput, @Ctx() context: Context) {
    return new OrientationService(context).create(input);
  }

  @Authorized()
  @Mutation(() => Orientation, { description: "The plan's facilitators and admins." })
  updateOrientation(@Arg('input', () => UpdateOrientationInput) input: UpdateOrientationInput, @Ctx() context: Context) {
    return new OrientationService(context).update(input);
  }

  @Authorized()
  @Mutation(() => Orientation, { description: "The plan's facilitators and admins." })
  archiveOrientation(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return new OrientationService(context).archive(id);
  }
}
