import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Action } from '../actions/action.entity';
import { FollowUpRights } from '../actions/follow-up-rights';
import type { Context } from '../app/context';
import { Change } from '../history/change.entity';
import { HistoryOf, historyKey } from '../history/history';
import { attainment } from './attainment';
import { Indicator } from './indicator.entity';
import { CreateIndicatorInput, UpdateIndicatorInput } from './indicator.inputs';
import { IndicatorService } from './indicator.service';
import { Measurement } from './measurement.entity';

@Resolver(() => Indicator)
export class IndicatorResolver {
  // Queries

  @Authorized()
  @Query(() => Indicator, { description: "An indicator, archived or not; for the plan's readers." })
  indicator(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return new IndicatorService(context).get(id);
  }

  @FieldResolver(() => Action)
  action(@Root() indicator: Indicator, @Ctx() context: Context) {
    return context.loaders.action.load(indicator.actionId);
  }

  @FieldResolver(() => [Measurement], { description: 'Its measurements, oldest first, archived ones left out: what a chart draws against the target.' })
  measurements(@Root() indicator: Indicator, @Ctx() context: Context) {
    return context.loaders.measurementsByIndicator.load(indicator.id);
  }

  @FieldResolver(() => Measurement, { nullable: true, description: 'The measurement of the latest date; null before the first one.' })
  latestMeasurement(@Root() indicator: Indicator, @Ctx() context: Context) {
    return context.loaders.latestMeasurementByIndicator.load(indicator.id);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'The value of the latest measurement; null before the first one.' })
  async latestValue(@Root() indicator: Indicator, @Ctx() context: Context) {
    return (await context.loaders.latestMeasurementByIndicator.load(indicator.id))?.value ?? null;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'How far the latest value has gone from the baseline to the target, from 0 to 1 ((latest − baseline) / (target − baseline), clamped); null before the first measurement.',
  })
  async attainment(@Root() indicator: Indicator, @Ctx() context: Context) {
    const latest = await context.loaders.latestMeasurementByIndicator.load(indicator.id);
    return attainment(indicator, latest?.value ?? null);
  }

  @FieldResolver(() => [Change], { description: 'Every change, newest first: who, when, each field old → new.' })
  history(@Root() indicator: Indicator, @Ctx() context: Context) {
    return context.loaders.changesOf.load(historyKey(HistoryOf.Indicator, indicator.id));
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may record and correct its measurements.' })
  async viewerCanRecord(@Root() indicator: Indicator, @Ctx() context: Context) {
    const action = await context.loaders.action.load(indicator.actionId);
    return action ? new FollowUpRights(context).canReport(action, indicator.planId) : false;
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may change and archive it.' })
  viewerCanSteer(@Root() indicator: Indicator, @Ctx() context: Context) {
    return new FollowUpRights(context).canSteer(indicator.planId);
  }

  // Mutations

  @Authorized()
  @Mutation(() => Indicator, { description: "Defines an indicator of an action; the plan's facilitators and admins." })
  createIndicator(@Arg('input', () => CreateIndicatorInput) input: CreateIndicatorInput, @Ctx() context: Context) {
    return new IndicatorService(context).create(input);
  }

  @Authorized()
  @Mutation(() => Indicator, { description: "The plan's facilitators and admins." })
  updateIndicator(@Arg('input', () => UpdateIndicatorInput) input: UpdateIndicatorInput, @Ctx() context: Context) {
    return new IndicatorService(context).update(input);
  }

  @Authorized()
  @Mutation(() => Indicator, { description: 'Archives an indicator (nothing is deleted), with the reason; facilitators and admins.' })
  archiveIndicator(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() context: Context,
  ) {
    return new IndicatorService(context).archive(id, reason, expectedVersion);
  }
}

/** The indicators of an action. */
@Resolver(() => Action)
export class ActionIndicatorsResolver {
  @FieldResolver(() => [Indicator], { description: 'Its indicators in the order they were defined, archived ones left out.' })
  indicators(@Root() action: Action, @Ctx() context: Context) {
    return context.loaders.indicatorsByAction.load(action.id);
  }
}
