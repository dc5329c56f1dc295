// Fetches a web page or feed for ingestion: http(s) only, a time limit, a size limit, and no requests
// into the server's own network unless allowed (a pasted link must not reach internal services).
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { AppError } from '../../domain/errors.ts';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  allowPrivateNetwork: boolean;
}

export function fetchLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): FetchLimits {
  const number = (name: string, fallback: number, min: number, max: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) throw new AppError('invalid_config', `${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
    return value;
  };
  return {
    timeoutMs: number('CITYBRIDGE_FETCH_TIMEOUT_MS', 10_000, 100, 120_000),
    maxBytes: number('CITYBRIDGE_FETCH_MAX_BYTES', 5 * 1024 * 1024, 1024, 100 * 1024 * 1024),
    allowPrivateNetwork: env.CITYBRIDGE_FETCH_ALLOW_PRIVATE === '1',
  };
}

export interface FetchedDocument { url: string; contentType: string; body: string }

function isPrivateAddress(address: string): boolean {
  if (isIP(address) === 6) {
    const a = address.toLowerCase();
    if (a.startsWith('::ffff:')) return isPrivateAddress(a.slice(7));
    return a === '::1' || a === '::' || a.startsWith('fc') || a.startsWith('fd') || a.startsWith('fe80');
  }
  const [a, b] = address.split('.').map(Number);
  return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
}

export function parseHttpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError('invalid_url', `"${raw.slice(0, 200)}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new AppError('invalid_url', `only http and https links can be fetched, not ${url.protocol}`);
  return url;
}

export async function fetchDocument(raw: string, limits: FetchLimits, accept = 'text/html,application/xhtml+xml,text/plain;q=0.8'): Promise<FetchedDocument> {
  const url = parseHttpUrl(raw);
  if (!limits.allowPrivateNetwork) {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const addresses = isIP(host) ? [host] : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
    if (!addresses.length) throw new AppError('fetch_failed', `the host ${host} could not be found`, undefined, 422);
    if (addresses.some(isPrivateAddress)) {
      throw new AppError('fetch_forbidden', `${host} is an address in a private network; set CITYBRIDGE_FETCH_ALLOW_PRIVATE=1 to allow it`, undefined, 422);
    }
  }
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(limits.timeoutMs), headers: { accept, 'user-agent': 'citybridge/0.1 (press release ingestion)' }, redirect: 'follow' });
  } catch (error) {
    const e = error as Error;
    if (e.name === 'TimeoutError' || e.name === 'AbortError') throw new AppError('fetch_timeout', `${url.host} did not answer within ${limits.timeoutMs} ms`, undefined, 422);
    throw new AppError('fetch_failed', `${url.host} could not be reached: ${(e.cause as Error)?.message ?? e.message}`, undefined, 422);
  }
  if (!response.ok) throw new AppError('fetch_failed', `${url.host} answered ${response.status} ${response.statusText}`, { status: response.status }, 422);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > limits.maxBytes) {
    await response.body?.cancel();
    throw new AppError('fetch_too_large', `the document is ${declared} bytes; the limit is ${limits.maxBytes}`, undefined, 422);
  }
  // Read the stream ourselves so a server that lies about (or omits) its length still hits the limit.
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of (response.body ?? []) as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > limits.maxBytes) throw new AppError('fetch_too_large', `the document is larger than the limit of ${limits.maxBytes} bytes`, undefined, 422);
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('fetch_timeout', `reading from ${url.host} took longer than ${limits.timeoutMs} ms`, undefined, 422);
  }
  const bytes = Buffer.concat(chunks);
  const contentType = response.headers.get('content-type') ?? '';
  const charset = /charset=([\w-]+)/i.exec(contentType)?.[1] ?? 'utf-8';
  let body: string;
  try {
    body = new TextDecoder(charset, { fatal: false }).decode(bytes);
  } catch {
    body = new TextDecoder('utf-8').decode(bytes);
  }
  return { url: response.url || url.toString(), contentType, body };
}
