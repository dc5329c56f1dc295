import { z } from 'zod';
import { problem } from '../domain/common.ts';

/** Error responses every route documents in OpenAPI. */
export const problemResponses = {
  400: problem.describe('Invalid request (problem+json)'),
  404: problem.describe('Not found (problem+json)'),
  409: problem.describe('Conflict (problem+json)'),
} as const;

export const noContent = { 204: z.null().describe('Deleted') } as const;
