// The one way the web app talks to /api: JSON in, JSON out, problem+json turned into ApiProblem.

export interface FieldError { path: string; message: string }

/** An error answered by the API (application/problem+json), or a network failure (status 0). */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly errors: FieldError[];
  /** The problem's machine-readable extras, e.g. { allowed } for invalid_transition, { errors: [{line, column}] } for invalid_csv. */
  readonly details: unknown;

  constructor(status: number, code: string, detail: string, errors: FieldError[] = [], details: unknown = undefined) {
    super(detail);
    this.name = 'ApiProblem';
    this.status = status;
    this.code = code;
    this.errors = errors;
    this.details = details;
  }

  /**
   * Field errors keyed by form path: the server says "body.participants.0.role",
   * the form knows "participants.0.role".
   */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const error of this.errors) {
      const path = error.path.replace(/^(body|querystring|params)\.?/, '');
      if (path && !(path in out)) out[path] = error.message;
    }
    return out;
  }
}

export interface Page<T> { items: T[]; total: number; limit: number; offset: number }

type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

// The CSRF token of the current session (from GET /api/auth/session); a signed-in write without it is refused.
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** Called when the server says the visitor must sign in (accounts mode); the app sends them to /login. */
let onUnauthenticated: (() => void) | null = null;
export function setUnauthenticatedHandler(handler: (() => void) | null) {
  onUnauthenticated = handler;
}

async function request<T>(method: string, path: string, body?: unknown, contentType = 'application/json'): Promise<T> {
  let response: Response;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = contentType;
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' && contentType !== 'application/json' ? body : JSON.stringify(body),
    });
  } catch (error) {
    throw new ApiProblem(0, 'network_error', error instanceof Error ? error.message : String(error));
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let payload: unknown = null;
  try {
    payload = text ? JSON.parse(text) : null;
  } catch {
    // A proxy's HTML error page, say; fall through with the raw text as the detail.
  }
  if (!response.ok) {
    const problem = (payload ?? {}) as { code?: string; detail?: string; errors?: FieldError[]; details?: unknown };
    if (response.status === 401 && problem.code === 'unauthenticated') onUnauthenticated?.();
    throw new ApiProblem(response.status, problem.code ?? 'http_error', problem.detail ?? (text.slice(0, 200) || response.statusText), problem.errors ?? [], problem.details);
  }
  return payload as T;
}

export const http = {
  get: <T>(path: string, query?: Query) => request<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body: unknown) => request<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  /** A body sent as it is, e.g. a CSV file as text/csv. */
  postText: <T>(path: string, body: string, contentType: string) => request<T>('POST', path, body, contentType),
  delete: (path: string) => request<void>('DELETE', path),
};
