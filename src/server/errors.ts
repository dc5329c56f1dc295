// The one error handler: every failure leaves as application/problem+json with a stable `code`.
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { AppError } from '../domain/errors.ts';

interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  errors?: { path: string; message: string }[];
  details?: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 422: 'Unprocessable Content', 404: 'Not Found', 409: 'Conflict', 413: 'Payload Too Large', 415: 'Unsupported Media Type',
  429: 'Too Many Requests', 500: 'Internal Server Error',
};

export function sendProblem(reply: FastifyReply, status: number, code: string, detail: string, extra: Partial<Problem> = {}) {
  const body: Problem = { type: `urn:citybridge:problem:${code}`, title: TITLES[status] ?? 'Error', status, code, detail, ...extra };
  return reply.code(status).type('application/problem+json').send(body);
}

const FASTIFY_CODES: Record<string, [number, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'malformed_json'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'malformed_json'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payload_too_large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'bad_request'],
  FST_ERR_RATE_LIMIT_EXCEEDED: [429, 'rate_limited'],
  FST_CSRF_INVALID_TOKEN: [403, 'csrf_failed'],
  FST_CSRF_MISSING_SECRET: [403, 'csrf_failed'],
};

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = error.validation.map((issue) => ({
        path: `${error.validationContext ?? 'body'}${issue.instancePath ? issue.instancePath.replaceAll('/', '.') : ''}`,
        message: issue.message ?? 'invalid',
      }));
      const first = errors[0];
      return sendProblem(reply, 400, 'validation_failed', first ? `${first.path}: ${first.message}` : 'the request is invalid', { errors });
    }
    if (error instanceof ZodError) {
      const errors = error.issues.map((issue) => ({ path: issue.path.join('.') || 'body', message: issue.message }));
      return sendProblem(reply, 400, 'validation_failed', `${errors[0]?.path}: ${errors[0]?.message}`, { errors });
    }
    if (error instanceof AppError) {
      // Field errors found by a service (an unknown id in a list) travel like schema errors, so forms can place them.
      const fieldErrors = (error.details as { errors?: { path: string; message: string }[] } | undefined)?.errors;
      if (error.code === 'validation_failed' && Array.isArray(fieldErrors)) return sendProblem(reply, error.status, error.code, error.message, { errors: fieldErrors });
      return sendProblem(reply, error.status, error.code, error.message, error.details === undefined ? {} : { details: error.details });
    }
    if (error.statusCode === 429) return sendProblem(reply, 429, 'rate_limited', 'too many attempts; wait a minute and try again');
    const known = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (known) return sendProblem(reply, known[0], known[1], error.message);
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500 && !isResponseSerializationError(error)) {
      return sendProblem(reply, error.statusCode, 'bad_request', error.message);
    }
    // A broken invariant or a database failure: log it whole, tell the client nothing internal.
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, 500, 'internal_error', 'something went wrong on our side; the error was logged');
  });
}
