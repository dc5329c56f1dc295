// End-to-end tests on the third batch of own texts: every contract field is compared exactly.
import { describe, expect, it } from 'vitest';
import { THIRD_CASES } from './__fixtures__/own-texts-third.ts';
import { extractEngagement } from './index.ts';
import { TOPIC_CODES } from '../domain/taxonomy.ts';

const sortP = <T extends { name: string }>(xs: T[]) => [...xs].sort((a, b) => a.name.localeCompare(b.name));

describe('extractEngagement on the third batch of own texts (all fields exact)', () => {
  it('has at least 10 texts in each language', () => {
    for (const l of ['de', 'en', 'zh'] as const) expect(THIRD_CASES.filter((c) => c.lang === l).length).toBeGreaterThanOrEqual(10);
  });
  for (const c of THIRD_CASES) {
    it(`${c.id}: ${c.text.split('\n')[0]}`, () => {
      const k = extractEngagement(c.text, { published: c.published, id: c.id }).contract;
      const e = c.expect;
      expect({
        kind: k.kind, date: k.date, end_date: k.end_date, location: k.location, cities: [...k.cities].sort(),
        participants: sortP(k.participants), topics: [...k.topics].sort(), agreement_signed: k.agreement_signed,
      }).toEqual({
        kind: e.kind, date: e.date, end_date: e.end_date, location: e.location, cities: [...e.cities].sort(),
        participants: sortP(e.participants as Array<{ name: string }>), topics: [...e.topics].sort(), agreement_signed: e.agreement_signed,
      });
    });
  }
  it('uses only taxonomy topic codes', () => {
    for (const c of THIRD_CASES) for (const t of c.expect.topics) expect(TOPIC_CODES).toContain(t);
  });
});
