import type { Express } from 'express';
import { authenticate } from '../auth/auth.service';
import { type AppServices, buildContext } from '../app/context';
import { toMarkdown } from '../meetings/exports/document';
import { toPdf } from '../meetings/exports/pdf';
import { compileReview } from './review-compilation';
import { reviewCsv, reviewDocument } from './review-documents';
import { YearlyReviewService } from './yearly-review.service';

const FILE = /^(\d{4})\.(pdf|md|csv)$/;
const STATUS: Record<string, number> = { FORBIDDEN: 403, BAD_USER_INPUT: 400 };

/** Downloads: /exports/plans/:planId/point-annuel/:year.(pdf|md|csv), for whoever may read the plan. */
export function registerReviewExportRoutes(app: Express, services: AppServices) {
  app.get('/exports/plans/:planId/point-annuel/:file', async (request, response) => {
    const match = FILE.exec(request.params.file);
    if (!match) return void response.status(404).type('text').send('Document inconnu.');
    const [, year, format] = match;
    const auth = await authenticate(services, request);
    if (!auth.viewer) return void response.status(401).type('text').send('Connectez-vous pour télécharger ce document.');
    const context = buildContext(services, auth, { cookies: null, clientAddress: request.ip ?? 'unknown', userAgent: null });
    let review;
    try {
      review = await new YearlyReviewService(context).get(request.params.planId, Number(year));
    } catch (error) {
      const code = (error as { extensions?: { code?: string } }).extensions?.code ?? '';
      return void response.status(STATUS[code] ?? 404).type('text').send((error as Error).message);
    }
    const compiled = await compileReview(services.dataSource, review);
    response.setHeader('content-disposition', `attachment; filename="point-annuel-${year}.${format}"`);
    if (format === 'csv') return void response.type('text/csv; charset=utf-8').send(reviewCsv(compiled));
    const document = reviewDocument(compiled);
    if (format === 'md') return void response.type('text/markdown; charset=utf-8').send(toMarkdown(document));
    response.type('application/pdf').send(await toPdf(document));
  });
}
