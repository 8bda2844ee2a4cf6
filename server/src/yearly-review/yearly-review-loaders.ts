import type { DataSource } from 'typeorm';
import { byId, childrenOf } from '../app/loader-kinds';
import { PartnerReport } from './yearly-review.entity';

/** The batching loaders of yearly reviews, merged into each request's loaders. */
export function yearlyReviewLoaders(dataSource: DataSource) {
  return {
    partnerReport: byId(dataSource, PartnerReport),
    reportsByReview: childrenOf(dataSource, PartnerReport, 'reviewId', { createdAt: 'ASC' }),
  };
}
