// Who is asking, and may they: resolves the session cookie to an actor on every /api request, requires
// sign-in once accounts exist, keeps viewers and visitors to reading, and checks CSRF tokens.
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Actor, anonymousVisitor, canWrite, localOperator } from '../domain/actor.ts';
import type { Db } from '../db/client.ts';
import { accountsExist, actorOf, resolveSession } from '../features/auth/service.ts';
import type { SessionUser } from '../features/auth/contract.ts';
import { sendProblem } from './errors.ts';

export const SESSION_COOKIE = 'cb_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    sessionUser: SessionUser | null;
  }
}

// Readable without signing in, whatever the mode.
const PUBLIC_PATHS = [/^\/api\/health$/, /^\/api\/openapi\.json$/, /^\/api\/docs(\/|$)/, /^\/api\/auth\//, /^\/api\/public\//];
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function registerAuthHooks(app: FastifyInstance, db: Db) {
  await app.register(fastifyCookie);
  await app.register(fastifyCsrf, {
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, secure: 'auto' },
    // Only a custom header: a cross-site form can never set one.
    getToken: (request) => request.headers['x-csrf-token'] as string | undefined,
  });
  app.decorateRequest('actor', null as unknown as Actor); // set by the hook below (objects cannot be decorator defaults)
  app.decorateRequest('sessionUser', null);

  // Once true it stays true (accounts are never all deleted); until then, look again at most every 2 s.
  let accounts = false;
  let checkedAt = 0;
  const inAccountsMode = async () => {
    if (!accounts && Date.now() - checkedAt > 2000) {
      accounts = await accountsExist(db);
      checkedAt = Date.now();
    }
    return accounts;
  };
  app.decorate('accountsCreated', () => {
    accounts = true;
  });

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0];
    if (!path.startsWith('/api/')) return;
    if (!(await inAccountsMode())) {
      request.actor = localOperator;
    } else {
      const token = request.cookies[SESSION_COOKIE];
      const user = token ? await resolveSession(db, token) : null;
      request.sessionUser = user;
      request.actor = user ? actorOf(user) : anonymousVisitor;
      const isPublic = PUBLIC_PATHS.some((pattern) => pattern.test(path));
      if (!user && !isPublic) return sendProblem(reply, 401, 'unauthenticated', 'sign in to see and change the record');
      if (UNSAFE.has(request.method) && !isPublic && !canWrite(request.actor)) {
        return sendProblem(reply, 403, 'forbidden', 'your role lets you read, not change, these records');
      }
    }
    if (UNSAFE.has(request.method)) {
      // Browsers label cross-site requests; a write from another site is refused before anything else.
      const origin = request.headers.origin;
      const crossSite = request.headers['sec-fetch-site'] === 'cross-site' || (origin !== undefined && origin !== 'null' && new URL(origin).host !== request.headers.host);
      if (crossSite || origin === 'null') return sendProblem(reply, 403, 'csrf_failed', 'a write from another site was refused');
      // A signed-in browser also proves the request came from our page with the session's CSRF token.
      if (request.cookies[SESSION_COOKIE]) {
        await new Promise<void>((resolve, reject) => app.csrfProtection(request, reply, (error?: Error) => (error ? reject(error) : resolve())));
      }
    }
  });
}

declare module 'fastify' {
  interface FastifyInstance {
    accountsCreated(): void;
  }
}
