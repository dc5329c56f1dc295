import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { asc } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../domain/errors.ts';
import type { Db } from '../../db/client.ts';
import { workspaces } from '../../db/schema.ts';
import { SESSION_COOKIE } from '../../server/auth-hooks.ts';
import { problemResponses } from '../../server/route-helpers.ts';
import {
  acceptInvitationInput, invitationInput, loginInput, passwordResetConfirm, passwordResetRequest, sessionState, workspaceInput,
} from './contract.ts';
import type { Mailer } from './mailer.ts';
import {
  acceptInvitation, accountsExist, authenticate, createSession, createWorkspace, endSession, invite, requestPasswordReset, resetPassword,
  resolveSession, SESSION_HOURS,
} from './service.ts';

// Ten tries a minute per client address and account on the endpoints that take secrets. Keyed by the
// email too, so colleagues behind one office address do not lock each other out.
const limited = {
  rateLimit: {
    max: 10, timeWindow: '1 minute', hook: 'preHandler' as const,
    keyGenerator: (request: FastifyRequest) => `${request.ip}|${String((request.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase()}`,
  },
};
const tags = ['auth'];
const authProblems = { ...problemResponses, 401: problemResponses[400], 403: problemResponses[400], 429: problemResponses[400] };

function publicBaseUrl(request: FastifyRequest): string {
  return process.env.CITYBRIDGE_PUBLIC_URL ?? `${request.protocol}://${request.headers.host ?? 'localhost'}`;
}

export function authRoutes(app: FastifyInstance, db: Db, mailer: Mailer) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  async function sessionReply(request: FastifyRequest, reply: FastifyReply, token?: string) {
    const user = token ? await resolveSession(db, token) : request.sessionUser;
    return { mode: (await accountsExist(db)) ? 'accounts' as const : 'local' as const, user, csrfToken: reply.generateCsrf() };
  }

  async function signIn(request: FastifyRequest, reply: FastifyReply, userId: number) {
    const token = await createSession(db, userId);
    reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: 'auto', maxAge: SESSION_HOURS * 3600 });
    return sessionReply(request, reply, token);
  }

  api.get('/auth/session', { schema: { tags, summary: 'Who is signed in, the mode, and a CSRF token for writes', response: { 200: sessionState } } },
    async (request, reply) => sessionReply(request, reply));

  api.post('/auth/login', { config: limited, schema: { tags, body: loginInput, response: { 200: sessionState, ...authProblems } } },
    async (request, reply) => signIn(request, reply, await authenticate(db, request.body.email, request.body.password)));

  api.post('/auth/logout', { schema: { tags, response: { 204: z.null() } } }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await endSession(db, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send(null);
  });

  api.post('/auth/password-reset', {
    config: limited,
    schema: { tags, summary: 'Send a reset link (to the log when no SMTP is configured); the same answer for unknown addresses', body: passwordResetRequest, response: { 202: z.object({}), ...authProblems } },
  }, async (request, reply) => {
    await requestPasswordReset(db, mailer, request.body.email, publicBaseUrl(request));
    return reply.code(202).send({});
  });

  api.post('/auth/password-reset/confirm', { config: limited, schema: { tags, body: passwordResetConfirm, response: { 204: z.null(), ...authProblems } } },
    async (request, reply) => {
      await resetPassword(db, request.body.token, request.body.password);
      return reply.code(204).send(null);
    });

  const invitationSent = z.object({
    id: z.number().int(),
    delivery: z.enum(['mail', 'log']).describe('mail: the link went out by mail; log: no SMTP is configured, the link is in the server log'),
  });
  api.post('/auth/invitations', { schema: { tags, summary: 'Invite someone into a workspace or as an organisation contributor', body: invitationInput, response: { 202: invitationSent, ...authProblems } } },
    async (request, reply) => {
      // Without an administrator an accepted invitation would start accounts mode with nobody to run it.
      if (request.actor.unrestricted) throw new AppError('local_mode', 'accounts start with an administrator: run `citybridge admin create` first, then invite people', undefined, 409);
      if (!request.sessionUser) throw new AppError('unauthenticated', 'sign in to invite people', undefined, 401);
      const id = await invite(db, request.actor, mailer, request.body, publicBaseUrl(request));
      return reply.code(202).send({ id, delivery: mailer.delivery ?? 'mail' });
    });

  api.post('/auth/accept-invitation', { config: limited, schema: { tags, body: acceptInvitationInput, response: { 200: sessionState, ...authProblems } } },
    async (request, reply) => signIn(request, reply, await acceptInvitation(db, request.body)));

  api.get('/workspaces', {
    schema: { tags, response: { 200: z.array(z.object({ id: z.number(), name: z.record(z.string(), z.string()), placeId: z.number().nullable() })) } },
  }, async () => db.select({ id: workspaces.id, name: workspaces.name, placeId: workspaces.placeId }).from(workspaces).orderBy(asc(workspaces.id)));

  api.post('/workspaces', { schema: { tags, summary: 'Create a city workspace (administrators)', body: workspaceInput, response: { 201: z.object({ id: z.number() }), ...authProblems } } },
    async (request, reply) => {
      if (!request.actor.isAdmin) throw new AppError('forbidden', 'only an administrator can create workspaces', undefined, 403);
      return reply.code(201).send(await createWorkspace(db, request.actor, request.body, request.actor.userId));
    });
}
