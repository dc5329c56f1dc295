// Sends generated invalid requests to every operation in the OpenAPI document. Each must be refused
// with a 4xx problem+json; a 5xx means input reached code that did not expect it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let operations: { method: string; path: string; hasBody: boolean; queryNames: string[] }[] = [];

beforeAll(async () => {
  t = await createTestApp({ fetchLimits: { timeoutMs: 300, maxBytes: 10_000, allowPrivateNetwork: false } });
  const document = (await t.app.inject('/api/openapi.json')).json();
  for (const [path, item] of Object.entries<Record<string, any>>(document.paths)) {
    for (const method of ['get', 'post', 'patch', 'put', 'delete']) {
      const operation = item[method];
      if (!operation) continue;
      operations.push({
        method: method.toUpperCase(), path, hasBody: Boolean(operation.requestBody),
        queryNames: (operation.parameters ?? []).filter((p: { in: string }) => p.in === 'query').map((p: { name: string }) => p.name),
      });
    }
  }
});
afterAll(async () => t?.close());

// Deterministic generator, so a failure reproduces.
let seed = 20_240_909;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];

const BAD_IDS = ['0', '-1', 'abc', '1.5', '99999999999', '%00', '1e3', "1'OR'1'='1"];
const BAD_VALUES: unknown[] = [null, true, -1, 1e308, 'x'.repeat(5000), [], {}, [[{}]], '\u0000', '😀'.repeat(200), '<script>alert(1)</script>', "'; drop table places; --", { $ne: 1 }];
const BAD_QUERY = ['', '-5', 'NaN', '9'.repeat(30), '%', '[object Object]', '2024-02-30', '\u202e'];

function invalidBodies(): (string | object)[] {
  const bodies: (string | object)[] = ['{', '[]', 'null', '"text"', '{"a":', JSON.stringify({ unexpected: 1 })];
  for (let i = 0; i < 6; i++) {
    const body: Record<string, unknown> = {};
    for (const key of ['name', 'kind', 'date', 'placeIds', 'participants', 'topics', 'text', 'url', 'status', 'placeAId', 'title', 'engagement', 'progress']) {
      if (random() < 0.5) body[key] = pick(BAD_VALUES);
    }
    bodies.push(body);
  }
  return bodies;
}

describe('OpenAPI fuzz', () => {
  it('finds the operations', () => {
    expect(operations.length).toBeGreaterThan(25);
  });

  it('answers every generated invalid request with 4xx problem+json', async () => {
    const failures: string[] = [];
    let requests = 0;
    for (const operation of operations) {
      const paths = operation.path.includes('{') ? BAD_IDS.map((id) => operation.path.replace(/\{[^}]+\}/g, encodeURIComponent(id))) : [operation.path];
      for (const path of paths) {
        const queries = operation.queryNames.length
          ? Array.from({ length: 3 }, () => operation.queryNames.map((name) => `${name}=${encodeURIComponent(pick(BAD_QUERY))}`).join('&'))
          : [''];
        const bodies = operation.hasBody ? invalidBodies() : [undefined];
        for (const query of queries) {
          for (const body of bodies) {
            requests++;
            const response = await t.app.inject({
              method: operation.method as 'GET', url: `/api${path.replace(/^\/api/, '')}${query ? `?${query}` : ''}`,
              headers: body === undefined ? {} : { 'content-type': 'application/json' },
              payload: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
            });
            const type = String(response.headers['content-type'] ?? '');
            // Some GETs legitimately succeed with odd filters (an empty list); what must never happen is a 5xx.
            if (response.statusCode >= 500 || (response.statusCode >= 400 && !type.includes('application/problem+json'))) {
              failures.push(`${operation.method} ${path}?${query} ${typeof body === 'string' ? body : JSON.stringify(body)?.slice(0, 120)} -> ${response.statusCode} ${response.body.slice(0, 200)}`);
            }
          }
        }
      }
    }
    expect(requests).toBeGreaterThan(500);
    expect(failures.slice(0, 10)).toEqual([]);
  }, 300_000);
});
