// One search box over places, people, engagements and documents.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { problemResponses } from '../../server/route-helpers.ts';
import { engagementSummary } from '../engagements/contract.ts';
import { listEngagements } from '../engagements/service.ts';
import { personSummary } from '../people/contract.ts';
import { listPeople } from '../people/service.ts';
import { place } from '../places/contract.ts';
import { listPlaces } from '../places/service.ts';
import { sourceSummary } from '../sources/contract.ts';
import { listSources, sourceScope } from '../sources/service.ts';
import { readScope } from '../access/scope.ts';

export function searchRoutes(app: FastifyInstance, db: Db) {
  app.withTypeProvider<ZodTypeProvider>().get('/search', {
    schema: {
      tags: ['search'], summary: 'Search places, people, engagements and sources at once',
      querystring: z.object({ q: z.string().trim().min(1).max(200), limit: z.coerce.number().int().min(1).max(50).default(8) }),
      response: { 200: z.object({ places: z.array(place), people: z.array(personSummary), engagements: z.array(engagementSummary), sources: z.array(sourceSummary) }), ...problemResponses },
    },
  }, async (request) => {
    const { q, limit } = request.query;
    const [placeResult, peopleResult, engagementResult, sourceResult] = await Promise.all([
      listPlaces(db, { q, limit, offset: 0 }), listPeople(db, { q, limit, offset: 0 }),
      listEngagements(db, { q, limit, offset: 0 }, readScope(request.actor, 'engagement')),
      listSources(db, { q, limit, offset: 0 }, sourceScope({ engagement: readScope(request.actor, 'engagement'), agreement: readScope(request.actor, 'agreement') })),
    ]);
    return {
      places: placeResult.items,
      people: peopleResult.items.map(({ id, name, names }) => ({ id, name, names })),
      engagements: engagementResult.items,
      sources: sourceResult.items,
    };
  });
}
