import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../app/context';
import { Orientation } from '../orientations/orientation.entity';
import { Organization } from '../organizations/organization.entity';
import { Action } from './action.entity';
import { CreateActionInput, UpdateActionInput } from './action.inputs';
import { ActionService } from './action.service';

@Resolver(() => Action)
export class ActionResolver {
  // Queries

  @Authorized()
  @Query(() => Action)
  action(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return new ActionService(context).get(id);
  }

  @FieldResolver(() => Orientation)
  orientation(@Root() action: Action, @Ctx() context: Context) {
    return context.loaders.orientation.load(action.orientationId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The partner who leads the action.' })
  leadPartner(@Root() action: Action, @Ctx() context: Context) {
    return action.leadPartnerId ? context.loaders.organization.load(action.leadPartnerId) : null;
  }

  @FieldResolver(() => [Organization], { description: 'The other partners taking part.' })
  partners(@Root() action: Action, @Ctx() context: Context) {
    return context.loaders.partnersByAction.load(action.id);
  }

  // Mutations

  @Authorized()
  @Mutation(() => Action, { description: "The plan's facilitators and admins." })
  createAction(@Arg('input', () => CreateActionInput) input: CreateActionInput, @Ctx() context: Context) {
    return new ActionService(context).create(input);
  }

  @Authorized()
  @Mutation(() => Action, { description: "The plan's facilitators and admins." })
  updateAction(@Arg('input', () => UpdateActionInput) input: UpdateActionInput, @Ctx() context: Context) {
    return new ActionService(context).update(input);
  }

  @Authorized()
  @Mutation(() => Action, { description: "The plan's facilitators and admins." })
  archiveAction(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return new ActionService(context).archive(id);
  }
}
