import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams, page } from '../../domain/common.ts';
import type { Db } from '../../db/client.ts';
import { registerCrudRoutes } from '../../server/crud-routes.ts';
import { problemResponses } from '../../server/route-helpers.ts';
import { engagement } from '../engagements/contract.ts';
import { acceptDraftInput, draft, draftListQuery, draftSummary, ingestInput } from './contract.ts';
import { createFeed, deleteFeed, feed, feedInput, feedListQuery, feedPatch, getFeed, listFeeds, pollFeed, updateFeed } from './feeds.ts';
import type { FetchLimits } from './fetch-url.ts';
import { acceptDraft, discardDraft, getDraft, ingest, listDrafts } from './service.ts';
import { assertMayReview, draftScope } from './policy.ts';
import { assertReferencesReadable, authorizeAction, authorizeNewRecord } from '../access/guard.ts';
import { readScope } from '../access/scope.ts';
import { engagementAccess } from '../engagements/policy.ts';

const ingestProblems = { ...problemResponses, 413: problemResponses[400], 422: problemResponses[400] };

export function ingestRoutes(app: FastifyInstance, db: Db, fetchLimits: FetchLimits) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post('/ingest', {
    // A pasted HTML page may be larger than ordinary request bodies.
    bodyLimit: 6 * 1024 * 1024,
    schema: {
      tags: ['ingest'], summary: 'Turn a press release (text, link or HTML) into a draft engagement for review',
      body: ingestInput, response: { 201: draft, ...ingestProblems },
    },
  }, async (request, reply) => {
    assertMayReview(request.actor, true);
    return reply.code(201).send(await ingest({ db, actor: request.actor, input: request.body, fetchLimits }));
  });

  api.get('/drafts', { schema: { tags: ['ingest'], summary: 'The review queue', querystring: draftListQuery, response: { 200: page(draftSummary), ...problemResponses } } },
    async (request) => {
      assertMayReview(request.actor, false);
      return listDrafts(db, request.query, draftScope(request.actor));
    });
  api.get('/drafts/:id', { schema: { tags: ['ingest'], params: idParams, response: { 200: draft, ...problemResponses } } },
    async (request) => {
      assertMayReview(request.actor, false);
      return getDraft(db, request.params.id, { draft: draftScope(request.actor), engagement: readScope(request.actor, 'engagement') });
    });
  api.post('/drafts/:id/accept', {
    schema: { tags: ['ingest'], summary: 'Save a reviewed draft as a new engagement, or as another source of the same event', params: idParams, body: acceptDraftInput, response: { 201: engagement, ...problemResponses } },
  }, async (request, reply) => {
    assertMayReview(request.actor, true);
    await getDraft(db, request.params.id, { draft: draftScope(request.actor) });
    const input = request.body;
    if ('sameAsEngagementId' in input) {
      await authorizeAction(db, request.actor, 'engagement', input.sameAsEngagementId, 'update');
    } else {
      // The same rules as POST /engagements: what it points at must be visible, and it gets an owner.
      const access = engagementAccess(db);
      await assertReferencesReadable(db, request.actor, access.references(input.engagement));
      const { ownerWorkspaceId } = authorizeNewRecord(request.actor, {
        kind: 'engagement', visibility: input.engagement.visibility, partyPlaceIds: await access.partyPlaces(input.engagement), organisationId: input.engagement.organisationId,
      });
      input.engagement = { ...input.engagement, ownerWorkspaceId } as typeof input.engagement;
    }
    return reply.code(201).send(await acceptDraft({ db, actor: request.actor, id: request.params.id, input }));
  });
  api.post('/drafts/:id/discard', { schema: { tags: ['ingest'], params: idParams, response: { 204: z.null(), ...problemResponses } } },
    async (request, reply) => {
      assertMayReview(request.actor, true);
      await getDraft(db, request.params.id, { draft: draftScope(request.actor) });
      await discardDraft({ db, actor: request.actor, id: request.params.id });
      return reply.code(204).send(null);
    });

  registerCrudRoutes(app, {
    path: '/feeds', tag: 'ingest', listSummary: 'News feeds followed for new reports',
    resource: feed, listQuery: feedListQuery, input: feedInput, patch: feedPatch,
    list: (query) => listFeeds(db, query),
    get: (id) => getFeed(db, id),
    create: (actor, input) => createFeed(db, actor, input),
    update: (actor, id, patch) => updateFeed(db, actor, id, patch),
    remove: (actor, id) => deleteFeed(db, actor, id),
  });
  api.post('/feeds/:id/poll', {
    schema: {
      tags: ['ingest'], summary: 'Poll a feed now; new items become drafts', params: idParams,
      response: { 200: z.object({ feedId: z.number(), items: z.number(), drafted: z.number(), skipped: z.number(), failed: z.array(z.object({ key: z.string(), error: z.string() })) }), ...ingestProblems },
    },
  }, async (request) => {
    assertMayReview(request.actor, true);
    return pollFeed(db, request.actor, request.params.id, fetchLimits);
  });
}
