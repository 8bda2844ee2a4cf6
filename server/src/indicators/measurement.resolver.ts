import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../app/context';
import { Change } from '../history/change.entity';
import { HistoryOf, historyKey } from '../history/history';
import { Person } from '../people/person.entity';
import { Indicator } from './indicator.entity';
import { RecordMeasurementInput, UpdateMeasurementInput } from './indicator.inputs';
import { Measurement } from './measurement.entity';
import { MeasurementService } from './measurement.service';

@Resolver(() => Measurement)
export class MeasurementResolver {
  @FieldResolver(() => Indicator)
  indicator(@Root() measurement: Measurement, @Ctx() context: Context) {
    return context.loaders.indicator.load(measurement.indicatorId);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who reported it.' })
  reportedBy(@Root() measurement: Measurement, @Ctx() context: Context) {
    return measurement.reportedById ? context.loaders.person.load(measurement.reportedById) : null;
  }

  @FieldResolver(() => [Change], { description: 'Every change, newest first: who, when, each field old → new.' })
  history(@Root() measurement: Measurement, @Ctx() context: Context) {
    return context.loaders.changesOf.load(historyKey(HistoryOf.Measurement, measurement.id));
  }

  // Mutations

  @Authorized()
  @Mutation(() => Measurement, { description: "Records a value of an indicator; the action's partners' people, facilitators and admins." })
  recordMeasurement(@Arg('input', () => RecordMeasurementInput) input: RecordMeasurementInput, @Ctx() context: Context) {
    return new MeasurementService(context).record(input);
  }

  @Authorized()
  @Mutation(() => Measurement, { description: 'Corrects a measurement; the same people as recording one.' })
  updateMeasurement(@Arg('input', () => UpdateMeasurementInput) input: UpdateMeasurementInput, @Ctx() context: Context) {
    return new MeasurementService(context).update(input);
  }

  @Authorized()
  @Mutation(() => Measurement, { description: 'Archives a measurement entered by mistake (nothing is deleted), with the reason.' })
  archiveMeasurement(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() context: Context,
  ) {
    return new MeasurementService(context).archive(id, reason, expectedVersion);
  }
}
