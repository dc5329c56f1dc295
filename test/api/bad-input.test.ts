// Bad input is answered with a clear problem+json error and leaves no half-written record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlace } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ bodyLimit: 64 * 1024 });
});
afterAll(async () => t?.close());

const stats = async () => (await t.app.inject('/api/stats')).json();

async function expectProblem(response: { statusCode: number; headers: Record<string, unknown>; json(): any }, status: number, code: string) {
  expect(response.statusCode).toBe(status);
  expect(String(response.headers['content-type'])).toContain('application/problem+json');
  const body = response.json();
  expect(body).toMatchObject({ status, code });
  expect(body.detail.length).toBeGreaterThan(5);
  return body;
}

describe('malformed requests', () => {
  it('answers malformed JSON with malformed_json', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/places', headers: { 'content-type': 'application/json' }, payload: '{"name": "Bonn",' });
    await expectProblem(response, 400, 'malformed_json');
  });

  it('names the field with the wrong type', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/engagements', payload: { kind: 'meeting', date: 20240909, topics: 'culture' } });
    const body = await expectProblem(response, 400, 'validation_failed');
    const paths = body.errors.map((e: { path: string }) => e.path);
    expect(paths).toContain('body.date');
    expect(paths).toContain('body.topics');
  });

  it('rejects unknown fields, unknown enum values and impossible dates', async () => {
    await expectProblem(await t.app.inject({ method: 'POST', url: '/api/places', payload: { name: 'Bonn', population: 300000 } }), 400, 'validation_failed');
    await expectProblem(await t.app.inject({ method: 'POST', url: '/api/engagements', payload: { kind: 'party', date: '2024-01-01' } }), 400, 'validation_failed');
    const body = await expectProblem(await t.app.inject({ method: 'POST', url: '/api/engagements', payload: { kind: 'meeting', date: '2024-02-30' } }), 400, 'validation_failed');
    expect(body.detail).toContain('not a real calendar day');
    await expectProblem(await t.app.inject({ method: 'POST', url: '/api/engagements', payload: { kind: 'meeting', date: '2024-01-01', topics: ['culture', 'culture'] } }), 400, 'validation_failed');
  });

  it('rejects bad ids and query values', async () => {
    await expectProblem(await t.app.inject('/api/places/abc'), 400, 'validation_failed');
    await expectProblem(await t.app.inject('/api/places/-1'), 400, 'validation_failed');
    await expectProblem(await t.app.inject('/api/places?limit=100000'), 400, 'validation_failed');
    await expectProblem(await t.app.inject('/api/engagements?topic=gardening'), 400, 'validation_failed');
  });

  it('answers unknown ids with not_found', async () => {
    await expectProblem(await t.app.inject('/api/engagements/424242'), 404, 'not_found');
    await expectProblem(await t.app.inject({ method: 'PATCH', url: '/api/partnerships/424242', payload: { status: 'ended' } }), 404, 'not_found');
    await expectProblem(await t.app.inject({ method: 'DELETE', url: '/api/people/424242' }), 404, 'not_found');
    await expectProblem(await t.app.inject('/api/no-such-route'), 404, 'not_found');
  });

  it('refuses an oversized body without storing anything', async () => {
    const before = await stats();
    const response = await t.app.inject({
      method: 'POST', url: '/api/places', payload: { name: 'Big', names: { en: 'x'.repeat(100 * 1024) } },
    });
    await expectProblem(response, 413, 'payload_too_large');
    expect(await stats()).toEqual(before);
  });

  it('refuses a body that is not JSON', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/places', headers: { 'content-type': 'application/xml' }, payload: '<place/>' });
    await expectProblem(response, 415, 'unsupported_media_type');
  });

  it('stores hostile text as text', async () => {
    const name = `<script>alert(1)</script>'; drop table places; --`;
    const place = await buildPlace(t, { name });
    expect((await t.app.inject(`/api/places/${place.id}`)).json().name).toBe(name);
    expect((await t.app.inject('/api/places?q=%25')).statusCode).toBe(200);
  });
});

describe('unknown references', () => {
  it('names each field whose id does not exist', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/engagements', payload: { kind: 'meeting', date: '2024-01-01', locationPlaceId: 99_999_999, placeIds: [99_999_998] } });
    const body = await expectProblem(response, 400, 'validation_failed');
    expect(body.errors).toEqual([
      { path: 'body.locationPlaceId', message: 'place 99999999 does not exist' },
      { path: 'body.placeIds.0', message: 'place 99999998 does not exist' },
    ]);
  });
});
