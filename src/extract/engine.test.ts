// End-to-end tests on texts written for this project (src/extract/__fixtures__/own-texts.ts).
import { describe, expect, it } from 'vitest';
import { OWN_CASES } from './__fixtures__/own-texts.ts';
import { extractEngagement, toContract } from './index.ts';

describe('extractEngagement on own texts', () => {
  it('has at least 40 texts in all three languages', () => {
    expect(OWN_CASES.length).toBeGreaterThanOrEqual(40);
    for (const l of ['de', 'en', 'zh'] as const) expect(OWN_CASES.filter((c) => c.lang === l).length).toBeGreaterThanOrEqual(10);
  });

  for (const c of OWN_CASES) {
    it(`${c.id}: ${c.text.split('\n')[0]}`, () => {
      const r = extractEngagement(c.text, { published: c.published, id: c.id });
      const k = r.contract;
      const e = c.expect;
      expect(k.id).toBe(c.id);
      expect(k.kind).toBe(e.kind);
      if ('date' in e) expect(k.date).toBe(e.date);
      if ('end_date' in e) expect(k.end_date).toBe(e.end_date);
      if ('location' in e) expect(k.location).toBe(e.location);
      if (e.cities) expect([...k.cities].sort()).toEqual([...e.cities].sort());
      if (e.agreement_signed !== undefined) expect(k.agreement_signed).toBe(e.agreement_signed);
      for (const t of e.topics ?? []) expect(k.topics).toContain(t);
      for (const p of e.participants ?? []) {
        const got = k.participants.find((x) => x.name === p.name);
        expect(got, `participant ${p.name}`).toBeDefined();
        for (const f of ['role', 'of', 'side'] as const) if (f in p) expect(got![f], `${p.name}.${f}`).toBe(p[f]);
      }
      if (e.participants) expect(k.participants.map((x) => x.name).sort()).toEqual(e.participants.map((x) => x.name).sort());
      for (const n of e.notParticipants ?? []) expect(k.participants.map((x) => x.name)).not.toContain(n);
      if (k.kind === 'none') {
        expect(k).toMatchObject({ date: null, end_date: null, location: null, cities: [], participants: [], topics: [], agreement_signed: false });
      }
    });
  }
});

describe('contract shape and provenance', () => {
  const c = OWN_CASES.find((x) => x.id === 'de-01')!;
  const r = extractEngagement(c.text, { published: c.published, id: 'x1' });

  it('has exactly the contract keys, in order', () => {
    expect(Object.keys(toContract(r))).toEqual(['id', 'kind', 'date', 'end_date', 'location', 'cities', 'participants', 'topics', 'agreement_signed']);
    for (const p of r.contract.participants) expect(Object.keys(p)).toEqual(['name', 'role', 'of', 'side']);
  });

  it('gives every participant a span that points at the name in the text', () => {
    for (const p of r.provenance.participants) {
      expect(p.span).not.toBeNull();
      expect(c.text.slice(p.span![0], p.span![1])).toBe(p.value.name);
      expect(p.confidence).toBeGreaterThan(0);
      expect(p.confidence).toBeLessThanOrEqual(1);
      expect(p.sentence).toContain(p.value.name);
      expect(c.text.slice(p.role.span![0], p.role.span![1])).toMatch(/bürgermeister/i);
    }
  });

  it('points the date at the words it came from', () => {
    const d = r.provenance.date;
    expect(d.value).toBe('2019-05-14');
    expect(c.text.slice(d.span![0], d.span![1])).toBe('am Dienstag');
  });

  it('points each topic at its keyword', () => {
    const edu = r.provenance.topics.find((t) => t.value === 'education')!;
    expect(c.text.slice(edu.span![0], edu.span![1])).toMatch(/Berufsbildung|Studierend/);
    expect(edu.sentence).toContain(c.text.slice(edu.span![0], edu.span![1]));
  });

  it('lists people who did not take part separately', () => {
    const c12 = OWN_CASES.find((x) => x.id === 'de-12')!;
    const r12 = extractEngagement(c12.text, { published: c12.published });
    expect(r12.mentioned.map((m) => m.value.name)).toContain('Ingrid Stahmer');
    expect(r12.mentioned.find((m) => m.value.name === 'Ingrid Stahmer')!.value.role).toBe('other');
  });

  it('is deterministic', () => {
    expect(extractEngagement(c.text, { published: c.published, id: 'x1' }).contract).toEqual(r.contract);
  });
});
