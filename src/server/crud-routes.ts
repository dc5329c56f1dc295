// The five REST routes every record type has, so each feature states only its schemas and service calls.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SQL } from 'drizzle-orm';
import { z } from 'zod';
import { type Actor, editableWorkspaces } from '../domain/actor.ts';
import { AppError } from '../domain/errors.ts';
import { idParams, type Owned, page, recordAccess, type Visibility } from '../domain/common.ts';
import type { Db } from '../db/client.ts';
import { type Reference, allowedActions, assertReferencesReadable, authorizeAction, authorizeNewRecord } from '../features/access/guard.ts';
import type { AccessFacts, RecordKind } from '../features/access/policy.ts';
import { readScope } from '../features/access/scope.ts';
import { noContent, problemResponses } from './route-helpers.ts';

/** A feature's access rules for the generic routes: its record kind and what its bodies point at. */
export interface CrudAccess<I, P> {
  kind: RecordKind;
  /** Ids in a create or patch body that name other records the actor must be able to see. */
  references(body: I | P): Reference[];
  /** The places a new record will be about (its cities' offices share it). */
  partyPlaces(body: I): Promise<number[]>;
  /** The organisation whose own activity a new record is (engagements). */
  organisationOf?(body: I | P): number | null | undefined;
}

interface CrudSpec<Q extends z.ZodTypeAny, I extends z.ZodTypeAny, P extends z.ZodTypeAny, R extends z.ZodTypeAny> {
  path: string;
  tag: string;
  listSummary: string;
  resource: R;
  /** Lists may send a lighter shape than the single resource. */
  listResource?: z.ZodTypeAny;
  listQuery: Q;
  input: I;
  patch: P;
  db?: Db;
  /** Record-level access (issue 5); directories (places, people, organisations) have none: any editor may change them. */
  access?: CrudAccess<z.output<I>, z.output<P>>;
  /** `scope` limits the list to what the actor may read (undefined: everything). */
  list(query: z.output<Q>, scope: SQL | undefined, actor: Actor): Promise<{ items: unknown[]; total: number; limit: number; offset: number }>;
  get(id: number, actor: Actor): Promise<z.input<R>>;
  create(actor: Actor, input: Owned<z.output<I>>): Promise<z.input<R>>;
  update(actor: Actor, id: number, patch: Owned<z.output<P>>): Promise<z.input<R>>;
  remove(actor: Actor, id: number): Promise<void>;
}

export function registerCrudRoutes<Q extends z.ZodTypeAny, I extends z.ZodTypeAny, P extends z.ZodTypeAny, R extends z.ZodTypeAny>(
  app: FastifyInstance,
  spec: CrudSpec<Q, I, P, R>,
) {
  // Schemas validate at run time; the handlers below read the parsed values through these casts,
  // because generic zod types do not survive fastify's type-provider inference.
  const api = app;
  const idOf = (request: FastifyRequest) => (request.params as { id: number }).id;
  const tags = [spec.tag];
  const itemPath = `${spec.path}/:id`;
  if (!spec.access || !spec.db) {
    registerPlainRoutes(api, spec, tags, itemPath, idOf);
    return;
  }
  const { db, access } = spec as Required<Pick<typeof spec, 'db' | 'access'>> & typeof spec;
  const withAccess = spec.resource instanceof z.ZodObject ? spec.resource.extend({ access: recordAccess }) : spec.resource;
  const present = (actor: Actor, facts: AccessFacts, record: z.input<R>) => ({
    ...(record as object),
    access: { visibility: facts.visibility, ownerWorkspaceId: facts.ownerWorkspaceId, actions: allowedActions(actor, facts) },
  });
  const reload = (actor: Actor, id: number) => authorizeAction(db, actor, access.kind, id, 'read');

  api.get(spec.path, { schema: { tags, summary: spec.listSummary, querystring: spec.listQuery, response: { 200: page(spec.listResource ?? spec.resource), ...problemResponses } } },
    async (request) => spec.list(request.query as z.output<Q>, readScope(request.actor, access.kind), request.actor));
  api.get(itemPath, { schema: { tags, params: idParams, response: { 200: withAccess, ...problemResponses } } },
    async (request) => {
      const facts = await authorizeAction(db, request.actor, access.kind, idOf(request), 'read');
      return present(request.actor, facts, await spec.get(idOf(request), request.actor));
    });
  api.post(spec.path, { schema: { tags, body: spec.input, response: { 201: withAccess, ...problemResponses } } },
    async (request, reply) => {
      const body = request.body as z.output<I> & { visibility?: Visibility };
      await assertReferencesReadable(db, request.actor, access.references(body));
      const { ownerWorkspaceId } = authorizeNewRecord(request.actor, {
        kind: access.kind, visibility: body.visibility ?? 'shared', partyPlaceIds: await access.partyPlaces(body), organisationId: access.organisationOf?.(body) ?? null,
      });
      const created = await spec.create(request.actor, { ...body, ownerWorkspaceId });
      const id = (created as { id: number }).id;
      return reply.code(201).send(present(request.actor, await reload(request.actor, id), created));
    });
  api.patch(itemPath, { schema: { tags, params: idParams, body: spec.patch, response: { 200: withAccess, ...problemResponses } } },
    async (request) => {
      const patch = request.body as z.output<P> & { visibility?: Visibility };
      const facts = await authorizeAction(db, request.actor, access.kind, idOf(request), 'update');
      const changesVisibility = patch.visibility !== undefined && patch.visibility !== facts.visibility;
      if (changesVisibility) {
        await authorizeAction(db, request.actor, access.kind, idOf(request), 'change_visibility');
      }
      await assertReferencesReadable(db, request.actor, access.references(patch));
      const organisation = access.organisationOf?.(patch);
      if (organisation !== undefined && organisation !== facts.organisationId && !request.actor.unrestricted) {
        // Moving an activity to another organisation takes its office, not a contributor.
        authorizeNewRecord(request.actor, { kind: access.kind, visibility: facts.visibility, partyPlaceIds: facts.partyPlaceIds, organisationId: organisation });
      }
      // An owner-less record is claimed by the office that first changes who sees it.
      const claim = changesVisibility && facts.ownerWorkspaceId === null && !request.actor.unrestricted
        ? { ownerWorkspaceId: authorizeNewRecord(request.actor, { kind: access.kind, visibility: patch.visibility!, partyPlaceIds: facts.partyPlaceIds, organisationId: null }).ownerWorkspaceId }
        : {};
      const updated = await spec.update(request.actor, idOf(request), { ...patch, ...claim });
      return present(request.actor, await reload(request.actor, idOf(request)), updated);
    });
  api.delete(itemPath, { schema: { tags, params: idParams, response: { ...noContent, ...problemResponses } } },
    async (request, reply) => {
      await authorizeAction(db, request.actor, access.kind, idOf(request), 'delete');
      await spec.remove(request.actor, idOf(request));
      return reply.code(204).send();
    });
}

/** Directories (places, people, organisations, feeds): readable by every member, changed by any editor. */
function registerPlainRoutes<Q extends z.ZodTypeAny, I extends z.ZodTypeAny, P extends z.ZodTypeAny, R extends z.ZodTypeAny>(
  api: FastifyInstance, spec: CrudSpec<Q, I, P, R>, tags: string[], itemPath: string, idOf: (request: FastifyRequest) => number,
) {
  api.get(spec.path, { schema: { tags, summary: spec.listSummary, querystring: spec.listQuery, response: { 200: page(spec.listResource ?? spec.resource), ...problemResponses } } },
    async (request) => spec.list(request.query as z.output<Q>, undefined, request.actor));
  api.get(itemPath, { schema: { tags, params: idParams, response: { 200: spec.resource, ...problemResponses } } },
    async (request) => spec.get(idOf(request), request.actor));
  api.post(spec.path, { schema: { tags, body: spec.input, response: { 201: spec.resource, ...problemResponses } } },
    async (request, reply) => {
      assertDirectoryEditor(request.actor);
      return reply.code(201).send(await spec.create(request.actor, request.body as Owned<z.output<I>>));
    });
  api.patch(itemPath, { schema: { tags, params: idParams, body: spec.patch, response: { 200: spec.resource, ...problemResponses } } },
    async (request) => {
      assertDirectoryEditor(request.actor);
      return spec.update(request.actor, idOf(request), request.body as Owned<z.output<P>>);
    });
  api.delete(itemPath, { schema: { tags, params: idParams, response: { ...noContent, ...problemResponses } } },
    async (request, reply) => {
      assertDirectoryEditor(request.actor);
      await spec.remove(request.actor, idOf(request));
      return reply.code(204).send();
    });
}

/** The shared directories are kept by city offices; organisation contributors only log their activities. */
function assertDirectoryEditor(actor: Actor) {
  if (actor.unrestricted || actor.isAdmin || editableWorkspaces(actor).length) return;
  throw new AppError('forbidden', 'only admins and editors of a city office can change places, people, organisations and feeds', undefined, 403);
}
