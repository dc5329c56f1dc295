// Follow-through, partnership health, and the bulk import/export of follow-through records.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { id, idParams, page } from '../../domain/common.ts';
import { AppError } from '../../domain/errors.ts';
import type { Db } from '../../db/client.ts';
import { problemResponses } from '../../server/route-helpers.ts';
import { exportFollowThrough, FOLLOW_THROUGH_EXPORTS } from '../projects/export.ts';
import { importProgressCsv } from '../projects/import-csv.ts';
import { readFollowThroughConfig } from './config.ts';
import { asOfQuery, healthListQuery, partnershipHealth } from './contract.ts';
import { followThrough } from './follow-through-contract.ts';
import { getFollowThrough } from './follow-through.ts';
import { getPartnershipHealth, listPartnershipHealth } from './service.ts';
import { authorizeAction } from '../access/guard.ts';
import { readScope } from '../access/scope.ts';
import { filterFollowThrough } from './follow-through-access.ts';
import type { Actor } from '../../domain/actor.ts';

/** Health counts only what the reader may see, so a score never reveals the partner office's private records. */
const healthScopes = (actor: Actor) => Object.fromEntries((['engagement', 'commitment', 'project', 'agreement'] as const).map((kind) => [kind, readScope(actor, kind)]));

const importResult = z.object({
  rows: z.number().int(), projectsUpdated: z.number().int(), milestonesCreated: z.number().int(), milestonesUpdated: z.number().int(), dryRun: z.boolean(),
});

export function followThroughRoutes(app: FastifyInstance, db: Db) {
  // Read once at start: a bad threshold stops the server with a message naming the variable.
  const config = readFollowThroughConfig(process.env);
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['follow-through'];

  api.get('/partnerships/:id/follow-through', {
    schema: {
      tags, summary: 'From pledge to commitment, project, milestones and results; a board by status; overdue and stalled items',
      params: idParams, querystring: asOfQuery, response: { 200: followThrough, ...problemResponses },
    },
  }, async (request) => {
    await authorizeAction(db, request.actor, 'partnership', request.params.id, 'read');
    return filterFollowThrough(db, request.actor, await getFollowThrough(db, request.params.id, config, request.query.asOf, healthScopes(request.actor)));
  });

  api.get('/partnerships/:id/health', {
    schema: { tags, summary: "A partnership's health score, each part explained, and whether it looks dormant", params: idParams, querystring: asOfQuery, response: { 200: partnershipHealth, ...problemResponses } },
  }, async (request) => {
    await authorizeAction(db, request.actor, 'partnership', request.params.id, 'read');
    return getPartnershipHealth(db, request.params.id, config, request.query.asOf, healthScopes(request.actor));
  });

  api.get('/partnership-health', {
    schema: { tags, summary: 'Partnerships by health (worst first), each score explained', querystring: healthListQuery, response: { 200: page(partnershipHealth), ...problemResponses } },
  }, async (request) => listPartnershipHealth(db, request.query, config, readScope(request.actor, 'partnership'), healthScopes(request.actor)));

  api.get('/follow-through/export', {
    schema: {
      tags, summary: 'Export agreements, commitments or projects as CSV or JSON; entity=progress is the CSV the progress import reads',
      querystring: z.object({ entity: z.enum(FOLLOW_THROUGH_EXPORTS), format: z.enum(['csv', 'json']).default('csv'), partnership: id.optional() }),
    },
  }, async (request, reply) => {
    const { entity, format, partnership } = request.query;
    let body = '';
    const scope = readScope(request.actor, entity === 'agreements' ? 'agreement' : entity === 'commitments' ? 'commitment' : 'project');
    for await (const chunk of exportFollowThrough(db, entity, format, partnership, scope)) body += chunk;
    const name = `citybridge-${entity}${partnership ? `-partnership-${partnership}` : ''}.${format}`;
    return reply.header('content-disposition', `attachment; filename="${name}"`)
      .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8').send(body);
  });

  // The CSV arrives as text/csv (or text/plain); the parser is scoped to this plugin.
  app.register(async (scoped) => {
    scoped.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'string' }, (_request, body, done) => done(null, body));
    scoped.withTypeProvider<ZodTypeProvider>().post('/projects/import', {
      schema: {
        tags, summary: 'Update project progress and milestones from a CSV (see src/features/projects/import-csv.ts); all rows or none',
        querystring: z.object({ dryRun: z.enum(['true', 'false']).default('false') }),
        response: { 200: importResult, ...problemResponses },
      },
    }, async (request) => {
      if (typeof request.body !== 'string') throw new AppError('unsupported_media_type', 'send the CSV as the request body with content-type text/csv');
      return importProgressCsv({ db, actor: request.actor, text: request.body, dryRun: request.query.dryRun === 'true' });
    });
  });
}
