// One error type for the whole app. The HTTP layer turns it into application/problem+json;
// the CLI prints its message. `code` is stable API: clients branch on it, never on the message.
export type ErrorCode =
  | 'validation_failed' | 'malformed_json' | 'not_found' | 'conflict' | 'payload_too_large'
  | 'unsupported_media_type' | 'invalid_csv' | 'still_referenced' | 'rate_limited' | 'internal_error'
  | 'bad_request' | (string & {});

const STATUS_BY_CODE: Record<string, number> = {
  validation_failed: 400, malformed_json: 400, bad_request: 400, invalid_csv: 400, not_found: 404,
  conflict: 409, still_referenced: 409, payload_too_large: 413, unsupported_media_type: 415,
  rate_limited: 429, internal_error: 500, unauthenticated: 401, invalid_credentials: 401, forbidden: 403, csrf_failed: 403,
  invalid_token: 400,
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown, status?: number) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.status = status ?? STATUS_BY_CODE[code] ?? 400;
    this.details = details;
  }
}

export function notFound(entity: string, id: number | string): AppError {
  return new AppError('not_found', `${entity} ${id} does not exist`, { entity, id });
}
