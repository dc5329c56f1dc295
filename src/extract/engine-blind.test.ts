// Regression guard on batches of own texts written and annotated blind to the engine by GUIDE.md: the writers saw
// neither the engine nor its output, nor the evaluation set.
//   batch a (60 texts: de 18, en 24, zh 18): 0.849 overall when first run; the rules were then improved on its misses.
//   batch b (40 texts: de 14, en 14, zh 12): 0.880 when first run (after batch a's work); then improved on its misses.
//   batch c (36 texts: 12 per language): 0.893 when first run (session start engine: 0.808); then improved on its misses.
//   batch d (36 texts: 12 per language): 0.933 when first run (session start engine: 0.836); then improved on its misses.
//   batch e (36 texts in the genres of the evaluation set's outlets): 0.892 when first run (session start engine: 0.815).
//   batch f (24 English texts: national figures, companies, online forums, profiles): 0.898 when first run (start: 0.829).
// 2026-12-04 (writers also saw the tuning split's 18 annotated items as genre examples; first run = engine at the start
// of that session, then improved on the misses):
//   batch g (30 English: council news worldwide, Chinese media, missions): 0.901 when first run.
//   batch h (30 German: city press offices, Länder, consulates, associations): 0.834 when first run.
//   batch i (30 Chinese: city and district sites, party papers, missions, 侨网): 0.937 when first run.
//   batch j (30: forums, signings, video calls, announcements, tricky sides; 10 per language): 0.852 when first run.
//   batch k (24 German in the tuning split's genres): 0.890; batch l (24 English): 0.865; batch m (24 Chinese): 0.957.
//   batch n (36 typical reports, 12 per language) was kept as a holdout and never tuned on: 0.926 with the engine at
//     the session's start, 0.942 at its end — the honest estimate of the day's gain on new text.
//   batch p (36 typical reports with companies, missions, universities): 0.890 at the start, 0.903 when it arrived late
//     in the session, then improved on its misses.
// 2026-12-05 (same brief; first run = engine at that session's start, 16a4167):
//   batch q (48: de 15, en 18, zh 15; signings, forums, national principals, companies): 0.897 at the start, then improved
//     on its misses to 0.987.
//   batch r (45, 15 per language; provinces, second-tier cities, districts, small towns, Austria/Switzerland): 0.909 at
//     the start, 0.915–0.925 per language when it arrived mid-session (the q work had not carried over), then improved.
//   batch s (36, 12 per language, typical reports) was written last as the session's measure: 0.890 when it arrived (de
//     0.856, en 0.873, zh 0.935) against 0.877 with the session-start engine; then a few rules were fixed on its misses.
//   batch n, still never tuned on: 0.942 at the start of this session, 0.971 at its end (de 0.932, en 0.991, zh 0.986).
// So the floors below guard those gains; they do not measure generalisation (a new blind batch does).
// Metrics follow the evaluation scorer: accuracies for kind/date/location/agreement and role/of per gold participant,
// micro F1 for cities, participants and topics, overall = mean of the nine.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEngagement } from './index.ts';

interface Gold { id: string; lang: 'de' | 'en' | 'zh'; published: string; text: string; expected: Record<string, any> }
const load = (file: string): Gold[] => readFileSync(new URL(`./__fixtures__/${file}`, import.meta.url), 'utf8')
  .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const batches: Array<{ name: string; items: Gold[]; size: number; overall: number; perLang: number; langs?: Array<'de' | 'en' | 'zh'>; minPerLang?: number }> = [
  { name: 'a', items: load('blind-batch-2026-12.jsonl'), size: 60, overall: 0.93, perLang: 0.88 },
  { name: 'b', items: load('blind-batch-2026-12-b.jsonl'), size: 40, overall: 0.9, perLang: 0.87 },
  { name: 'c', items: load('blind-batch-2026-12-c.jsonl'), size: 36, overall: 0.9, perLang: 0.88 },
  { name: 'd', items: load('blind-batch-2026-12-d.jsonl'), size: 36, overall: 0.9, perLang: 0.88 },
  { name: 'e', items: load('blind-batch-2026-12-e.jsonl'), size: 36, overall: 0.9, perLang: 0.88 },
  { name: 'f', items: load('blind-batch-2026-12-f.jsonl'), size: 24, overall: 0.9, perLang: 0.88, langs: ['en'] },
  { name: 'g', items: load('blind-batch-2026-12-g.jsonl'), size: 30, overall: 0.92, perLang: 0.92, langs: ['en'] },
  { name: 'h', items: load('blind-batch-2026-12-h.jsonl'), size: 30, overall: 0.91, perLang: 0.91, langs: ['de'] },
  { name: 'i', items: load('blind-batch-2026-12-i.jsonl'), size: 30, overall: 0.96, perLang: 0.96, langs: ['zh'] },
  { name: 'j', items: load('blind-batch-2026-12-j.jsonl'), size: 30, overall: 0.9, perLang: 0.83, minPerLang: 10 },
  { name: 'k', items: load('blind-batch-2026-12-k.jsonl'), size: 24, overall: 0.91, perLang: 0.91, langs: ['de'] },
  { name: 'l', items: load('blind-batch-2026-12-l.jsonl'), size: 24, overall: 0.94, perLang: 0.94, langs: ['en'] },
  { name: 'm', items: load('blind-batch-2026-12-m.jsonl'), size: 24, overall: 0.94, perLang: 0.94, langs: ['zh'] },
  { name: 'n', items: load('blind-batch-2026-12-n.jsonl'), size: 36, overall: 0.92, perLang: 0.89 },
  { name: 'p', items: load('blind-batch-2026-12-p.jsonl'), size: 36, overall: 0.92, perLang: 0.89 },
  { name: 'q', items: load('blind-batch-2026-12-q.jsonl'), size: 48, overall: 0.96, perLang: 0.95, minPerLang: 15 },
  { name: 'r', items: load('blind-batch-2026-12-r.jsonl'), size: 45, overall: 0.94, perLang: 0.92, minPerLang: 15 },
  { name: 's', items: load('blind-batch-2026-12-s.jsonl'), size: 36, overall: 0.92, perLang: 0.88 },
];

const norm = (s: unknown) => String(s ?? '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();

function score(subset: Gold[]): number {
  const acc: Record<string, [number, number]> = { kind: [0, 0], date: [0, 0], location: [0, 0], agreement: [0, 0], role: [0, 0], of: [0, 0] };
  const f1: Record<string, [number, number, number]> = { cities: [0, 0, 0], participants: [0, 0, 0], topics: [0, 0, 0] };
  const hit = (k: string, ok: boolean) => { acc[k]![0] += ok ? 1 : 0; acc[k]![1] += 1; };
  const count = (k: string, gold: Set<string>, pred: Set<string>) => {
    let tp = 0; for (const p of pred) if (gold.has(p)) tp++;
    f1[k]![0] += tp; f1[k]![1] += pred.size - tp; f1[k]![2] += gold.size - tp;
  };
  for (const g of subset) {
    const e = g.expected, p = extractEngagement(g.text, { published: g.published, id: g.id }).contract;
    hit('kind', p.kind === e.kind); hit('date', p.date === e.date); hit('location', norm(p.location) === norm(e.location));
    hit('agreement', p.agreement_signed === e.agreement_signed);
    count('cities', new Set(e.cities.map(norm)), new Set(p.cities.map(norm)));
    count('topics', new Set(e.topics.map(norm)), new Set(p.topics.map(norm)));
    const pp = new Map(p.participants.map((x) => [norm(x.name), x]));
    count('participants', new Set(e.participants.map((x: { name: string }) => norm(x.name))), new Set(pp.keys()));
    for (const gx of e.participants) {
      const px = pp.get(norm(gx.name));
      hit('role', !!px && px.role === gx.role); hit('of', !!px && norm(px.of) === norm(gx.of));
    }
  }
  const ms = [...Object.values(acc).map(([a, b]) => (b ? a / b : 1)), ...Object.values(f1).map(([tp, fp, fn]) => (tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : 1))];
  return ms.reduce((a, b) => a + b, 0) / ms.length;
}

for (const b of batches) {
  describe(`blind batch ${b.name} of own texts (regression floor)`, () => {
    it(`has ${b.size} items in ${(b.langs ?? ['de', 'en', 'zh']).join(', ')}`, () => {
      expect(b.items.length).toBe(b.size);
      for (const l of b.langs ?? ['de', 'en', 'zh']) expect(b.items.filter((x) => x.lang === l).length).toBeGreaterThanOrEqual(b.minPerLang ?? 12);
    });
    it(`scores at least ${b.overall} overall`, () => { expect(score(b.items)).toBeGreaterThanOrEqual(b.overall); });
    for (const l of b.langs ?? (['de', 'en', 'zh'] as const)) {
      it(`scores at least ${b.perLang} in ${l}`, () => { expect(score(b.items.filter((x) => x.lang === l))).toBeGreaterThanOrEqual(b.perLang); });
    }
  });
}
