import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Action } from '../actions/action.entity';
import { AgendaItem } from '../agenda/agenda-item.entity';
import type { Context } from '../app/context';
import { PageArgs, Paginated } from '../app/pagination';
import { Meeting } from '../meetings/meeting.entity';
import { Decision } from './decision.entity';
import { DecisionFilterArgs, RecordDecisionInput, UpdateDecisionInput } from './decision.inputs';
import { DecisionService } from './decision.service';

@ObjectType()
export class DecisionPage extends Paginated(Decision) {}

@Resolver(() => Decision)
export class DecisionResolver {
  // Queries

  @Authorized()
  @Query(() => DecisionPage, { description: "The decisions register of a plan, across its bodies' meetings, newest first; for the plan's members." })
  decisions(@Args(() => DecisionFilterArgs) filter: DecisionFilterArgs, @Args(() => PageArgs) page: PageArgs, @Ctx() context: Context) {
    return new DecisionService(context).register(filter, page);
  }

  @FieldResolver(() => Meeting)
  meeting(@Root() decision: Decision, @Ctx() context: Context) {
    return context.loaders.meeting.load(decision.meetingId);
  }

  @FieldResolver(() => AgendaItem, { nullable: true })
  agendaItem(@Root() decision: Decision, @Ctx() context: Context) {
    return decision.agendaItemId ? context.loaders.agendaItem.load(decision.agendaItemId) : null;
  }

  @FieldResolver(() => [Action], { description: 'The actions it concerns.' })
  async actions(@Root() decision: Decision, @Ctx() context: Context) {
    const actions = await context.loaders.action.loadMany(decision.actionIds);
    return actions.filter((action): action is Action => action instanceof Action);
  }

  // Mutations

  @Authorized()
  @Mutation(() => Decision, { description: "The body's chair, co-chair or secretary, while the meeting is in session or closed." })
  recordDecision(@Arg('input', () => RecordDecisionInput) input: RecordDecisionInput, @Ctx() context: Context) {
    return new DecisionService(context).record(input);
  }

  @Authorized()
  @Mutation(() => Decision, { description: 'Until the minutes of its meeting are approved.' })
  updateDecision(@Arg('input', () => UpdateDecisionInput) input: UpdateDecisionInput, @Ctx() context: Context) {
    return new DecisionService(context).update(input);
  }

  @Authorized()
  @Mutation(() => Decision, { description: 'Archives a decision recorded by mistake, until the minutes are approved.' })
  removeDecision(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return new DecisionService(context).remove(id);
  }
}

/** The decisions taken in a meeting. */
@Resolver(() => Meeting)
export class MeetingDecisionsResolver {
  @FieldResolver(() => [Decision], { description: 'In the order they were recorded.' })
  decisions(@Root() meeting: Meeting, @Ctx() context: Context) {
    return context.loaders.decisionsByMeeting.load(meeting.id);
  }
}
