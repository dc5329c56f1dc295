// buildApp({ db }) assembles the HTTP server: plugins, error handling, OpenAPI, feature routes, web app.
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DatabaseHandle } from '../db/client.ts';
import { type FetchLimits, fetchLimitsFromEnv } from '../features/ingest/fetch-url.ts';
import { createMailer, type Mailer } from '../features/auth/mailer.ts';
import { registerAuthHooks } from './auth-hooks.ts';
import { registerErrorHandling, sendProblem } from './errors.ts';
import { registerApiRoutes } from './routes.ts';

export interface BuildAppOptions {
  database: DatabaseHandle;
  /** Folder with the built web app (index.html); omitted in API-only tests. */
  webDir?: string;
  logger?: boolean;
  /** Largest accepted request body in bytes. */
  bodyLimit?: number;
  /** Limits for fetching links and feeds; from the environment by default. */
  fetchLimits?: FetchLimits;
  /** Where account links go; the log (or SMTP when configured) by default. */
  mailer?: Mailer;
}

export type App = FastifyInstance;
export type ApiApp = ReturnType<FastifyInstance['withTypeProvider']> & FastifyInstance;

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: process.env.LOG_LEVEL ?? 'info' } : false,
    bodyLimit: options.bodyLimit ?? 1_048_576,
    // Unknown query keys are ignored, but a key given twice must not become an array by surprise.
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        // Swagger UI's page needs inline styles; the app itself loads only its own bundles.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'script-src': ["'self'"],
      },
    },
  });
  // Limits are attached per route (auth endpoints); a global limit would throttle the shared office NAT.
  await app.register(fastifyRateLimit, { global: false });
  await registerAuthHooks(app, options.database.db);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'citybridge API', version: '0.1.0', description: 'Partnerships, engagements, people, organisations and sources of city-to-city partnerships.' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(async (api) => registerApiRoutes(api, options.database, options.fetchLimits ?? fetchLimitsFromEnv(), options.mailer ?? createMailer(process.env, (line) => app.log.warn(line))), { prefix: '/api' });

  const webDir = options.webDir;
  const hasWeb = webDir !== undefined && existsSync(path.join(webDir, 'index.html'));
  if (hasWeb) {
    // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
    await app.register(fastifyStatic, { root: path.resolve(webDir), prefix: '/', wildcard: true, index: ['index.html'] });
  }
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0];
    // A path with a file extension (/assets/app-1234.js) is a missing file, not a page of the app.
    if (url.startsWith('/api') || !hasWeb || request.method !== 'GET' || /\.[a-z0-9]+$/i.test(url)) {
      return sendProblem(reply, 404, 'not_found', `no route for ${request.method} ${url}`);
    }
    // Client-side routes (/places/12, /engagements/new …) all load the single-page app.
    return reply.type('text/html').sendFile('index.html');
  });
  return app;
}
