// The public portal (issue 5): what city offices have published, readable without an account, and the
// same as open data (CSV and JSON). Only records marked public, only engagements that have happened,
// never drafts, private notes, owners or internal counts.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { and, asc, eq, lte, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { anonymousVisitor } from '../../domain/actor.ts';
import { idParams, page, pageQuery } from '../../domain/common.ts';
import { csvLine } from '../../domain/csv.ts';
import { todayIso } from '../../domain/dates.ts';
import { notFound } from '../../domain/errors.ts';
import { PARTNERSHIP_KINDS, PARTNERSHIP_STATUSES, TOPIC_CODES } from '../../domain/taxonomy.ts';
import type { Db } from '../../db/client.ts';
import { engagements, partnerships, places } from '../../db/schema.ts';
import { alias } from 'drizzle-orm/pg-core';
import { problemResponses } from '../../server/route-helpers.ts';
import { readScope } from '../access/scope.ts';
import { engagement as engagementSchema, engagementSummary, type EngagementSummary } from '../engagements/contract.ts';
import { getEngagement, listEngagements } from '../engagements/service.ts';
import { type Partnership, partnership } from '../partnerships/contract.ts';
import { getPartnership, listPartnerships } from '../partnerships/service.ts';
import { presentPlaceSummary } from '../places/service.ts';

// What a partnership shows in public: no notes, owner or internal counts.
export const publicPartnership = partnership.pick({ id: true, placeA: true, placeB: true, kind: true, status: true, since: true, until: true, objectives: true });
export type PublicPartnership = z.infer<typeof publicPartnership>;

const presentPartnership = (p: Partnership): PublicPartnership => ({
  id: p.id, placeA: p.placeA, placeB: p.placeB, kind: p.kind, status: p.status, since: p.since, until: p.until, objectives: p.objectives,
});

// Who took part and what was said is public once the engagement is; which organisation logged it is not.
const presentEngagement = ({ organisationId: _organisation, visibility: _visibility, ...rest }: EngagementSummary) => rest;
const publicEngagementSummary = engagementSummary.omit({ organisationId: true, visibility: true });
const publicEngagement = engagementSchema.omit({ organisationId: true, visibility: true, access: true });

const partnershipQuery = z.object({
  place: z.coerce.number().int().positive().max(2_147_483_647).optional().describe('a place on either side'),
  country: z.string().trim().max(100).optional(),
  city: z.string().trim().min(1).max(100).optional().describe('part of either city’s name, in any language'),
  kind: z.enum(PARTNERSHIP_KINDS).optional(),
  status: z.enum(PARTNERSHIP_STATUSES).optional(),
  ...pageQuery,
});
const engagementQuery = z.object({
  place: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  partnership: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  topic: z.enum(TOPIC_CODES).optional(),
  q: z.string().trim().max(200).optional(),
  ...pageQuery,
});
const openDataQuery = z.object({ format: z.enum(['csv', 'json']).default('csv') });

/** Public and already happened: announcements of future visits stay with the offices. */
function publishedEngagements(): SQL {
  return and(readScope(anonymousVisitor, 'engagement'), lte(engagements.date, todayIso()))!;
}

export async function listPublicPartnerships(db: Db, query: z.infer<typeof partnershipQuery>) {
  const result = await listPartnerships(db, query, readScope(anonymousVisitor, 'partnership'));
  return { ...result, items: result.items.map(presentPartnership) };
}

export async function listPublicEngagements(db: Db, query: z.infer<typeof engagementQuery>) {
  const result = await listEngagements(db, query, publishedEngagements());
  return { ...result, items: result.items.map(presentEngagement) };
}

const OPEN_DATA_LIMIT = 500;
const placeA = alias(places, 'place_a');
const placeB = alias(places, 'place_b');
const summaryOf = (place: typeof placeA | typeof placeB) => ({ id: place.id, name: place.name, names: place.names, country: place.country, kind: place.kind });

/** A page of public partnerships in id order: the world registry alone is ~25k rows, so no per-row statistics. */
async function publicPartnershipPage(db: Db, offset: number): Promise<PublicPartnership[]> {
  const rows = await db.select({ p: partnerships, placeA: summaryOf(placeA), placeB: summaryOf(placeB) }).from(partnerships)
    .innerJoin(placeA, eq(placeA.id, partnerships.placeAId)).innerJoin(placeB, eq(placeB.id, partnerships.placeBId))
    .where(readScope(anonymousVisitor, 'partnership')).orderBy(asc(partnerships.id)).limit(OPEN_DATA_LIMIT).offset(offset);
  return rows.map(({ p, placeA: a, placeB: b }) => ({
    id: p.id, placeA: presentPlaceSummary(a), placeB: presentPlaceSummary(b), kind: p.kind as PublicPartnership['kind'],
    status: p.status as PublicPartnership['status'], since: p.since, until: p.until, objectives: p.objectives,
  }));
}

/** Every public record of one kind, page by page, as CSV lines or one JSON array. */
async function* openData(db: Db, entity: 'partnerships' | 'engagements', format: 'csv' | 'json'): AsyncGenerator<string> {
  const header = entity === 'partnerships'
    ? ['id', 'city_a', 'country_a', 'city_b', 'country_b', 'kind', 'status', 'since', 'until']
    : ['id', 'date', 'end_date', 'kind', 'title_en', 'title_de', 'title_zh', 'location', 'cities', 'participants', 'topics', 'agreement_signed', 'partnership_id'];
  yield format === 'csv' ? csvLine(header) : '[';
  let first = true;
  for (let offset = 0; ; offset += OPEN_DATA_LIMIT) {
    const rows: unknown[] = entity === 'partnerships'
      ? await publicPartnershipPage(db, offset)
      : (await listPublicEngagements(db, { limit: OPEN_DATA_LIMIT, offset })).items;
    for (const row of rows) {
      if (format === 'json') {
        yield `${first ? '' : ','}\n${JSON.stringify(row)}`;
      } else if (entity === 'partnerships') {
        const p = row as PublicPartnership;
        yield csvLine([p.id, p.placeA.name, p.placeA.country, p.placeB.name, p.placeB.country, p.kind, p.status, p.since, p.until]);
      } else {
        const e = row as ReturnType<typeof presentEngagement>;
        yield csvLine([
          e.id, e.date, e.endDate, e.kind, e.title.en, e.title.de, e.title.zh, e.location?.name, e.places.map((pl) => pl.name).join('; '),
          e.participants.map((pt) => `${pt.person.name} (${pt.role}${pt.side ? `, ${pt.side}` : ''})`).join('; '), e.topics.join('; '), e.agreementSigned, e.partnershipId,
        ]);
      }
      first = false;
    }
    if (rows.length < OPEN_DATA_LIMIT) break;
  }
  if (format === 'json') yield '\n]\n';
}

export function publicPortalRoutes(app: FastifyInstance, db: Db) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['public'];
  api.get('/public/partnerships', {
    schema: { tags, summary: 'Published partnerships (no sign-in)', querystring: partnershipQuery, response: { 200: page(publicPartnership), ...problemResponses } },
  }, async (request) => listPublicPartnerships(db, request.query));

  api.get('/public/partnerships/:id', {
    schema: {
      tags, summary: 'One published partnership with its published engagements', params: idParams,
      response: { 200: publicPartnership.extend({ engagements: z.array(publicEngagementSummary) }), ...problemResponses },
    },
  }, async (request) => {
    const [visible] = (await listPartnerships(db, { limit: 1, offset: 0 }, and(readScope(anonymousVisitor, 'partnership'), eq(partnerships.id, request.params.id)))).items;
    if (!visible) throw notFound('partnership', request.params.id);
    const recent = await listPublicEngagements(db, { partnership: request.params.id, limit: 100, offset: 0 });
    return { ...presentPartnership(await getPartnership(db, request.params.id)), engagements: recent.items };
  });

  api.get('/public/engagements', {
    schema: { tags, summary: 'Published engagements that have taken place, newest first (no sign-in)', querystring: engagementQuery, response: { 200: page(publicEngagementSummary), ...problemResponses } },
  }, async (request) => listPublicEngagements(db, request.query));

  api.get('/public/engagements/:id', {
    schema: { tags, summary: 'One published engagement: who met whom, topics, statements and sources', params: idParams, response: { 200: publicEngagement, ...problemResponses } },
  }, async (request) => {
    const [row] = await db.select({ id: engagements.id }).from(engagements).where(and(eq(engagements.id, request.params.id), publishedEngagements()));
    if (!row) throw notFound('engagement', request.params.id);
    const { organisationId: _organisation, visibility: _visibility, access: _access, ...rest } = await getEngagement(db, row.id);
    return rest;
  });

  for (const entity of ['partnerships', 'engagements'] as const) {
    api.get(`/public/open-data/${entity}`, {
      schema: { tags, summary: `Open data: every published ${entity.slice(0, -1)} as CSV or JSON`, querystring: openDataQuery },
    }, async (request, reply) => {
      const { format } = request.query;
      let body = '';
      for await (const chunk of openData(db, entity, format)) body += chunk;
      return reply
        .header('content-disposition', `attachment; filename="citybridge-public-${entity}.${format}"`)
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
        .send(body);
    });
  }
}

