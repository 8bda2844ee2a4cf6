import DataLoader from 'dataloader';
import { type DataSource, In, IsNull } from 'typeorm';
import { byId, childrenOf } from '../app/loader-kinds';
import { Indicator } from './indicator.entity';
import { Measurement } from './measurement.entity';

/** The batching loaders of indicators, merged into each request's loaders. */
export function indicatorLoaders(dataSource: DataSource) {
  return {
    indicator: byId(dataSource, Indicator),
    measurement: byId(dataSource, Measurement),
    indicatorsByAction: childrenOf(dataSource, Indicator, 'actionId', { createdAt: 'ASC', id: 'ASC' }),
    /** Oldest first, as a chart reads them. */
    measurementsByIndicator: childrenOf(dataSource, Measurement, 'indicatorId', { measuredOn: 'ASC' }),
    /** The measurement of the latest date (one per date and indicator), or null. */
    latestMeasurementByIndicator: new DataLoader<string, Measurement | null>(async (indicatorIds) => {
      const rows = await dataSource
        .getRepository(Measurement)
        .createQueryBuilder('m')
        .distinctOn(['m.indicator_id'])
        .where({ indicatorId: In([...indicatorIds]), archivedAt: IsNull() })
        .orderBy('m.indicator_id')
        .addOrderBy('m.measured_on', 'DESC')
        .getMany();
      const latest = new Map(rows.map((row) => [row.indicatorId, row]));
      return indicatorIds.map((id) => latest.get(id) ?? null);
    }),
  };
}
