// One harness for the batches of own texts whose every contract field is compared exactly.
import { describe, expect, it } from 'vitest';
import { TOPIC_CODES } from '../../domain/taxonomy.ts';
import { extractEngagement } from '../index.ts';

interface ExactCase {
  id: string;
  lang: 'de' | 'en' | 'zh';
  published?: string;
  text: string;
  expect: { kind: string; date: string | null; end_date: string | null; location: string | null; cities: string[]; participants: unknown[]; topics: string[]; agreement_signed: boolean };
}

const sortP = <T extends { name: string }>(xs: T[]) => [...xs].sort((a, b) => a.name.localeCompare(b.name));

export function describeExactCases(title: string, cases: readonly ExactCase[], minimumPerLanguage: number) {
  describe(title, () => {
    it(`has at least ${minimumPerLanguage} texts in each language`, () => {
      for (const l of ['de', 'en', 'zh'] as const) expect(cases.filter((c) => c.lang === l).length).toBeGreaterThanOrEqual(minimumPerLanguage);
    });
    for (const c of cases) {
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
      for (const c of cases) for (const t of c.expect.topics) expect(TOPIC_CODES).toContain(t);
    });
  });
}
