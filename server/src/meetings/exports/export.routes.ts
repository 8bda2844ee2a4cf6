import type { Express } from 'express';
import { authenticate } from '../../auth/auth.service';
import { type AppServices, buildContext } from '../../app/context';
import { MeetingService } from '../meeting.service';
import { toHtml, toMarkdown } from './document';
import { agendaDocument, minutesDocument } from './meeting-documents';
import { loadMeetingRecord } from './meeting-record';
import { toPdf } from './pdf';

const DOCUMENTS = { 'ordre-du-jour': agendaDocument, 'compte-rendu': minutesDocument };

/** Downloads: /exports/meetings/:id/(ordre-du-jour|compte-rendu).(md|pdf|html), for whoever may read the meeting. */
export function registerExportRoutes(app: Express, services: AppServices) {
  app.get('/exports/meetings/:id/:file', async (request, response) => {
    const [name, format] = request.params.file.split('.');
    const build = DOCUMENTS[name as keyof typeof DOCUMENTS];
    if (!build || !['md', 'pdf', 'html'].includes(format)) return void response.status(404).type('text').send('Document inconnu.');
    const auth = await authenticate(services, request);
    if (!auth.viewer) return void response.status(401).type('text').send('Connectez-vous pour télécharger ce document.');
    const context = buildContext(services, auth, { cookies: null, clientAddress: request.ip ?? 'unknown', userAgent: null });
    try {
      await new MeetingService(context).get(request.params.id);
    } catch (error) {
      const code = (error as { extensions?: { code?: string } }).extensions?.code;
      return void response.status(code === 'FORBIDDEN' ? 403 : 404).type('text').send((error as Error).message);
    }
    const document = build(await loadMeetingRecord(services.dataSource, request.params.id));
    if (format === 'html') return void response.type('text/html; charset=utf-8').send(toHtml(document));
    const filename = `${name}-${request.params.id.slice(0, 8)}.${format}`;
    response.setHeader('content-disposition', `attachment; filename="${filename}"`);
    if (format === 'md') return void response.type('text/markdown; charset=utf-8').send(toMarkdown(document));
    response.type('application/pdf').send(await toPdf(document));
  });
}
