import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../app/context';
import { Person } from '../people/person.entity';
import { Change } from './change.entity';

@Resolver(() => Change)
export class ChangeResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'Who made the change.' })
  actor(@Root() change: Change, @Ctx() context: Context) {
    return change.actorId ? context.loaders.person.load(change.actorId) : null;
  }
}
