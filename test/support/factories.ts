// Factories that create records through the API, as a client would, with overridable defaults.
import { expect } from 'vitest';
import type { TestApp } from './test-app.ts';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

async function post<T>(t: TestApp, url: string, payload: unknown): Promise<T> {
  const response = await t.app.inject({ method: 'POST', url, payload: payload as object });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as T;
}

export type Json = Record<string, any>;

export const buildPlace = (t: TestApp, overrides: Json = {}) =>
  post<Json>(t, '/api/places', { name: `Testville ${unique()}`, country: 'Germany', ...overrides });

export const buildPartnership = async (t: TestApp, overrides: Json = {}) => {
  const placeAId = overrides.placeAId ?? (await buildPlace(t)).id;
  const placeBId = overrides.placeBId ?? (await buildPlace(t, { country: 'China' })).id;
  return post<Json>(t, '/api/partnerships', { kind: 'partnership', status: 'active', ...overrides, placeAId, placeBId });
};

export const buildPerson = (t: TestApp, overrides: Json = {}) => post<Json>(t, '/api/people', { name: `Person ${unique()}`, ...overrides });

export const buildOrganisation = (t: TestApp, overrides: Json = {}) =>
  post<Json>(t, '/api/organisations', { name: { en: `Organisation ${unique()}` }, kind: 'school', ...overrides });

export const buildEngagement = async (t: TestApp, overrides: Json = {}) => {
  const placeIds = overrides.placeIds ?? [(await buildPlace(t)).id, (await buildPlace(t, { country: 'China' })).id];
  return post<Json>(t, '/api/engagements', { kind: 'meeting', title: { en: `Meeting ${unique()}` }, date: '2025-03-14', ...overrides, placeIds });
};

export const buildAgreement = (t: TestApp, overrides: Json = {}) =>
  post<Json>(t, '/api/agreements', { kind: 'mou', title: { en: `Memorandum ${unique()}` }, ...overrides });

export const buildCommitment = (t: TestApp, overrides: Json = {}) =>
  post<Json>(t, '/api/commitments', { text: { en: `Commitment ${unique()}` }, ...overrides });

export const buildProject = (t: TestApp, overrides: Json = {}) =>
  post<Json>(t, '/api/projects', { title: { en: `Project ${unique()}` }, ...overrides });
