import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Action } from '../actions/action.entity';
import { AgendaItem } from '../agenda/agenda-item.entity';
import type { Context } from '../app/context';
import { Decision } from '../decisions/decision.entity';
import { Contribution } from './contribution.entity';
import { ContributionConversionService } from './contribution-conversion.service';

@Resolver(() => Contribution)
export class ContributionConversionResolver {
  // Mutations

  @Authorized()
  @Mutation(() => Contribution, { description: "The plan's facilitators: a retained contribution becomes an action of that orientation." })
  convertContributionToAction(
    @Arg('id', () => ID) id: string,
    @Arg('orientationId', () => ID) orientationId: string,
    @Arg('title', () => String, { nullable: true, description: 'By default, the first line of the text.' }) title: string | null,
    @Ctx() context: Context,
  ) {
    return new ContributionConversionService(context).toAction(id, orientationId, title ?? null);
  }

  @Authorized()
  @Mutation(() => Contribution, { description: "The plan's facilitators: a retained contribution becomes an item of that body's backlog." })
  convertContributionToAgendaItem(@Arg('id', () => ID) id: string, @Arg('bodyId', () => ID) bodyId: string, @Ctx() context: Context) {
    return new ContributionConversionService(context).toAgendaItem(id, bodyId);
  }

  @Authorized()
  @Mutation(() => Contribution, { description: "The body's facilitators: a retained contribution becomes a decision of its meeting, in session or closed." })
  convertContributionToDecision(
    @Arg('id', () => ID) id: string,
    @Arg('meetingId', () => ID, { nullable: true, description: 'Only for a contribution made between meetings.' }) meetingId: string | null,
    @Ctx() context: Context,
  ) {
    return new ContributionConversionService(context).toDecision(id, meetingId ?? null);
  }

  @FieldResolver(() => Action, { nullable: true })
  resultingAction(@Root() contribution: Contribution, @Ctx() context: Context) {
    return contribution.resultingActionId ? context.loaders.action.load(contribution.resultingActionId) : null;
  }

  @FieldResolver(() => AgendaItem, { nullable: true })
  resultingAgendaItem(@Root() contribution: Contribution, @Ctx() context: Context) {
    return contribution.resultingAgendaItemId ? context.loaders.agendaItem.load(contribution.resultingAgendaItemId) : null;
  }

  @FieldResolver(() => Decision, { nullable: true })
  async resultingDecision(@Root() contribution: Contribution, @Ctx() context: Context) {
    if (!contribution.resultingDecisionId) return null;
    const [decision] = await context.app.dataSource.getRepository(Decision).findBy({ id: contribution.resultingDecisionId });
    return decision ?? null;
  }
}

@Resolver(() => Action)
export class ActionContributionsResolver {
  @FieldResolver(() => [Contribution], { description: 'The contributions it came from.' })
  contributions(@Root() action: Action, @Ctx() context: Context) {
    return context.loaders.contributionsByResultingAction.load(action.id);
  }
}

@Resolver(() => Decision)
export class DecisionContributionsResolver {
  @FieldResolver(() => [Contribution], { description: 'The contributions it came from.' })
  contributions(@Root() decision: Decision, @Ctx() context: Context) {
    return context.loaders.contributionsByResultingDecision.load(decision.id);
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemContributionsResolver {
  @FieldResolver(() => [Contribution], { description: 'The contributions it came from.' })
  contributions(@Root() item: AgendaItem, @Ctx() context: Context) {
    return context.loaders.contributionsByResultingAgendaItem.load(item.id);
  }
}
