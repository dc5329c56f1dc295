// The five REST routes every record type has, so each feature states only its schemas and service calls.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Actor } from '../domain/actor.ts';
import { idParams, page } from '../domain/common.ts';
import { noContent, problemResponses } from './route-helpers.ts';

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
  list(query: z.output<Q>): Promise<{ items: unknown[]; total: number; limit: number; offset: number }>;
  get(id: number): Promise<z.input<R>>;
  create(actor: Actor, input: z.output<I>): Promise<z.input<R>>;
  update(actor: Actor, id: number, patch: z.output<P>): Promise<z.input<R>>;
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
  api.get(spec.path, { schema: { tags, summary: spec.listSummary, querystring: spec.listQuery, response: { 200: page(spec.listResource ?? spec.resource), ...problemResponses } } },
    async (request) => spec.list(request.query as z.output<Q>));
  api.get(itemPath, { schema: { tags, params: idParams, response: { 200: spec.resource, ...problemResponses } } },
    async (request) => spec.get(idOf(request)));
  api.post(spec.path, { schema: { tags, body: spec.input, response: { 201: spec.resource, ...problemResponses } } },
    async (request, reply) => reply.code(201).send(await spec.create(request.actor, request.body as z.output<I>)));
  api.patch(itemPath, { schema: { tags, params: idParams, body: spec.patch, response: { 200: spec.resource, ...problemResponses } } },
    async (request) => spec.update(request.actor, idOf(request), request.body as z.output<P>));
  api.delete(itemPath, { schema: { tags, params: idParams, response: { ...noContent, ...problemResponses } } },
    async (request, reply) => {
      await spec.remove(request.actor, idOf(request));
      return reply.code(204).send();
    });
}
