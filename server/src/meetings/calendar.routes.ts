import type { Express } from 'express';
import { isUuid } from '../app/lookup';
import type { AppServices } from '../app/context';
import { renderCalendar } from './calendar.service';

/** The iCalendar feeds: /calendar/<secret>.ics, or ?body=<id> for one body. */
export function registerCalendarRoutes(app: Express, services: AppServices) {
  app.get('/calendar/:file', async (request, response) => {
    const token = request.params.file.replace(/\.ics$/, '');
    const bodyId = typeof request.query.body === 'string' && isUuid(request.query.body) ? request.query.body : undefined;
    if (request.query.body !== undefined && !bodyId) return void response.status(404).type('text').send('Instance inconnue.');
    const calendar = await renderCalendar(services.dataSource, services.config.publicUrl, token, bodyId);
    if (calendar === null) return void response.status(404).type('text').send('Calendrier introuvable.');
    response.type('text/calendar; charset=utf-8').send(calendar);
  });
}
