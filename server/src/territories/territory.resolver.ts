import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../app/context';
import { PageArgs, Paginated } from '../app/pagination';
import { Plan } from '../plans/plan.entity';
import { Territory } from './territory.entity';
import { CreateTerritoryInput, TerritoryFilterArgs, UpdateTerritoryInput } from './territory.inputs';
import { TerritoryService } from './territory.service';

@ObjectType()
export class TerritoryPage extends Paginated(Territory) {}

@Resolver(() => Territory)
export class TerritoryResolver {
  // Queries

  @Authorized()
  @Query(() => TerritoryPage)
  territories(@Args(() => TerritoryFilterArgs) filter: TerritoryFilterArgs, @Args(() => PageArgs) page: PageArgs, @Ctx() context: Context) {
    return new TerritoryService(context).list(filter, page);
  }

  @Authorized()
  @Query(() => Territory)
  territory(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return new TerritoryService(context).get(id);
  }

  @FieldResolver(() => [Plan], { description: 'Its plans that you may read, newest first.' })
  async plans(@Root() territory: Territory, @Ctx() context: Context) {
    const plans = await context.loaders.plansByTerritory.load(territory.id);
    const readable = await context.access.readablePlanIds();
    return readable ? plans.filter((plan) => readable.includes(plan.id)) : plans;
  }

  // Mutations

  @Authorized()
  @Mutation(() => Territory, { description: 'Admins only.' })
  createTerritory(@Arg('input', () => CreateTerritoryInput) input: CreateTerritoryInput, @Ctx() context: Context) {
    return new TerritoryService(context).create(input);
  }

  @Authorized()
  @Mutation(() => Territory, { description: 'Admins only.' })
  updateTerritory(@Arg('input', () => UpdateTerritoryInput) input: UpdateTerritoryInput, @Ctx() context: Context) {
    return new TerritoryService(context).update(input);
  }

  @Authorized()
  @Mutation(() => Territory, { description: 'Admins only.' })
  archiveTerritory(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return new TerritoryService(context).archive(id);
  }
}
