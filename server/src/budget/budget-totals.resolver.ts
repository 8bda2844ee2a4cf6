import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Action } from '../actions/action.entity';
import type { Context } from '../app/context';
import { Orientation } from '../orientations/orientation.entity';
import { Organization } from '../organizations/organization.entity';
import { ActionBudgetTotal, FunderBudgetTotal, OrientationBudgetTotal } from './budget-totals.types';

@Resolver(() => OrientationBudgetTotal)
export class OrientationBudgetTotalResolver {
  @FieldResolver(() => Orientation)
  orientation(@Root() total: OrientationBudgetTotal, @Ctx() context: Context) {
    return context.loaders.orientation.load(total.orientationId);
  }
}

@Resolver(() => ActionBudgetTotal)
export class ActionBudgetTotalResolver {
  @FieldResolver(() => Action)
  action(@Root() total: ActionBudgetTotal, @Ctx() context: Context) {
    return context.loaders.action.load(total.actionId);
  }
}

@Resolver(() => FunderBudgetTotal)
export class FunderBudgetTotalResolver {
  @FieldResolver(() => Organization)
  funder(@Root() total: FunderBudgetTotal, @Ctx() context: Context) {
    return context.loaders.organization.load(total.funderId);
  }
}
