// Health, topics, counts and sources: the small read-only routes the app and operators need.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { asc, count, sql } from 'drizzle-orm';
import { z } from 'zod';
import { idParams, page } from '../../domain/common.ts';
import { type DatabaseHandle, migrationVersion } from '../../db/client.ts';
import { engagements, organisations, partnerships, people, places, sources, topics } from '../../db/schema.ts';
import { problemResponses } from '../../server/route-helpers.ts';
import { source, sourceListQuery, sourceSummary } from '../sources/contract.ts';
import { getSource, listSources, sourceScope } from '../sources/service.ts';
import { readScope } from '../access/scope.ts';
import type { Actor } from '../../domain/actor.ts';

const readSourceScope = (actor: Actor) => sourceScope({ engagement: readScope(actor, 'engagement'), agreement: readScope(actor, 'agreement') });
import { TOPIC_CODES } from '../../domain/taxonomy.ts';

export function systemRoutes(app: FastifyInstance, database: DatabaseHandle) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;

  api.get('/health', {
    schema: {
      tags: ['system'], summary: 'Liveness, database kind and migration version',
      response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), migration: z.string().nullable(), migrationsApplied: z.number().int() }) },
    },
  }, async () => {
    const { version, applied } = await migrationVersion(db);
    return { status: 'ok' as const, database: database.kind, migration: version, migrationsApplied: applied };
  });

  api.get('/topics', {
    schema: { tags: ['system'], summary: 'The topic taxonomy with labels in de/en/zh', response: { 200: z.array(z.object({ code: z.enum(TOPIC_CODES), labels: z.object({ de: z.string(), en: z.string(), zh: z.string() }) })) } },
  }, async () => (await db.select().from(topics).orderBy(asc(topics.code))) as { code: (typeof TOPIC_CODES)[number]; labels: { de: string; en: string; zh: string } }[]);

  api.get('/stats', {
    schema: {
      tags: ['system'], summary: 'Record counts for the home page',
      response: { 200: z.object({ places: z.number(), partnerships: z.number(), engagements: z.number(), people: z.number(), organisations: z.number(), sources: z.number(), countries: z.number() }) },
    },
  }, async (request) => {
    const [placeCount, partnershipCount, engagementCount, peopleCount, organisationCount, sourceCount, countryCount] = await Promise.all([
      db.select({ n: count() }).from(places), db.select({ n: count() }).from(partnerships).where(readScope(request.actor, 'partnership')),
      db.select({ n: count() }).from(engagements).where(readScope(request.actor, 'engagement')),
      db.select({ n: count() }).from(people), db.select({ n: count() }).from(organisations), db.select({ n: count() }).from(sources).where(readSourceScope(request.actor)),
      db.select({ n: sql<number>`count(distinct ${places.country})::int` }).from(places),
    ]);
    return {
      places: placeCount[0].n, partnerships: partnershipCount[0].n, engagements: engagementCount[0].n, people: peopleCount[0].n,
      organisations: organisationCount[0].n, sources: sourceCount[0].n, countries: countryCount[0].n,
    };
  });

  api.get('/sources', { schema: { tags: ['sources'], querystring: sourceListQuery, response: { 200: page(sourceSummary), ...problemResponses } } },
    async (request) => listSources(db, request.query, readSourceScope(request.actor)));
  api.get('/sources/:id', { schema: { tags: ['sources'], params: idParams, response: { 200: source, ...problemResponses } } },
    async (request) => getSource(db, request.params.id, readSourceScope(request.actor)));
}
