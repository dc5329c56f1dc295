import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { id, isoDate } from '../../domain/common.ts';
import { addYears, daysBetween, todayIso } from '../../domain/dates.ts';
import { AppError } from '../../domain/errors.ts';
import { LOCALES } from '../../domain/taxonomy.ts';
import type { Db } from '../../db/client.ts';
import { getPartnership } from '../partnerships/service.ts';
import { renderCalendar } from './ical.ts';
import { calendarEvents } from './service.ts';
import { readScope } from '../access/scope.ts';
import { authorizeAction } from '../access/guard.ts';

const calendarQuery = z.object({
  partnership: id.optional(),
  from: isoDate.optional().describe('first day (default: today)'),
  to: isoDate.optional().describe('last day (default: two years after from; at most ten years)'),
  lang: z.enum(LOCALES).default('en'),
});

export function calendarRoutes(app: FastifyInstance, db: Db) {
  app.withTypeProvider<ZodTypeProvider>().get('/calendar.ics', {
    schema: {
      tags: ['follow-through'], summary: 'iCalendar feed: upcoming engagements, commitments due, agreement renewals and round partnership anniversaries',
      querystring: calendarQuery,
    },
  }, async (request, reply) => {
    const { partnership, lang } = request.query;
    const from = request.query.from ?? todayIso();
    const to = request.query.to ?? addYears(from, 2);
    if (to < from) throw new AppError('validation_failed', 'to must not be before from', { path: 'to' });
    if (daysBetween(from, to) > 3660) throw new AppError('validation_failed', 'the window may span at most ten years', { path: 'to' });
    let name = 'citybridge';
    if (partnership) {
      await authorizeAction(db, request.actor, 'partnership', partnership, 'read');
      const p = await getPartnership(db, partnership);
      name = `citybridge: ${p.placeA.name} – ${p.placeB.name}`;
    }
    const scopes = Object.fromEntries((['engagement', 'commitment', 'agreement', 'partnership'] as const).map((kind) => [kind, readScope(request.actor, kind)]));
    const events = await calendarEvents(db, { partnership, from, to, locale: lang }, scopes);
    return reply.type('text/calendar; charset=utf-8').header('content-disposition', 'inline; filename="citybridge.ics"').send(renderCalendar(events, { name }));
  });
}
