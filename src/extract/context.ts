// What every stage of the engine shares: the analysis context, evidence values, and helpers on sentences.
import { OTHER_TIME } from './cues.ts';
import { type Gazetteer, type PlaceMatch } from './gazetteer.ts';
import { type Person } from './people.ts';
import { type Sentence } from './text.ts';
import { type ContractKind, type Evidence, type Lang, type Span } from './types.ts';

const LEAD_BODY = 3; // body sentences that count as the lead
const globalCache = new WeakMap<RegExp, RegExp>();
/** A global copy of a pattern, made once. */
export function globalOf(re: RegExp): RegExp {
  let g = globalCache.get(re);
  if (!g) { g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'); globalCache.set(re, g); }
  return g;
}

const otherCache = new WeakMap<Sentence, { re: RegExp; v: boolean; main?: boolean }>();
/** Is the sentence about another time than the engagement? (cached per sentence and pattern) */
export function isOther(ctx: Ctx, s: Sentence): boolean {
  if (ctx.offDate?.has(s)) return true;
  let c = otherCache.get(s);
  if (!c || c.re !== ctx.otherTime) { c = { re: ctx.otherTime, v: ctx.otherTime.test(s.text) }; otherCache.set(s, c); }
  // history told in a relative clause ("…, mit der Köln seit 1987 verbunden ist") leaves the main clause current
  if (c.v && c.main === undefined) c.main = ctx.otherTime.test(mainClause(s.text));
  return c.main ?? c.v;
}
/** The same for the sentence's main clause (relative clauses removed). */
export function isOtherMain(ctx: Ctx, s: Sentence): boolean {
  if (ctx.offDate?.has(s)) return true;
  isOther(ctx, s);
  const c = otherCache.get(s)!;
  if (c.main === undefined) c.main = c.v && ctx.otherTime.test(mainClause(s.text));
  return c.main;
}

/** A sentence without its relative clauses (", der … hatte,", ", who … in 2009,"). */
export function mainClause(t: string): string {
  return t.replace(/,\s+(?:der|die|das|dem|den|deren|dessen|who|whom|whose|which|wo|where)\b[^,;]*(?:,|$)/g, ',')
    // "praised the Guangzhou Award, first presented in 2012, for …": a participle apposition tells its own time
    .replace(/,\s+(?:(?:first|originally|jointly|once)\s+)?(?:presented|founded|established|launched|built|opened|set up|introduced|created|awarded|inaugurated|gegründet|eröffnet|errichtet)\b[^,;]*(?:,|$)/g, ',')
    // "to mark 55 years since the two cities were twinned in 1969", "a relationship that began in 1994", "seit sie 1985 …"
    .replace(/\b(?:since|seit(?:dem)?|that (?:began|started|dates|goes)|which (?:began|started|dates|goes)|die (?:seit|im Jahr))\b[^,;]*/g, '')
    // "only hours after he had opened the store": the time of a subordinate clause is not the main clause's
    .replace(/\b(?:after|before|nachdem|bevor)\b[^,;]*/g, '');
}

const pastYearCache = new Map<string, RegExp>();
/** OTHER_TIME plus any year of this century before the publication year ("bei seinem Besuch 2014", "in 2019"):
 *  such a sentence tells history. zh: OTHER_TIME's "any year + 年" narrowed to years before publication. */
export function withPastYears(base: RegExp, lang: Lang, published: string | null): RegExp {
  const y = published ? Number(published.slice(0, 4)) : NaN;
  if (!Number.isFinite(y) || y < 2001) return base;
  const ZH_ANY_YEAR = String.raw`\d{4}年(?!\d{1,2}月\d{1,2}日)`;
  if (lang === 'zh' && !base.source.includes(ZH_ANY_YEAR)) return base;
  const key = `${lang}|${y}|${base.source.length}|${base.source.slice(0, 40)}`;
  let re = pastYearCache.get(key);
  if (!re) {
    // 2000 … y-1 as a compact pattern: 2024 → 20(?:[01]\d|2[0-3])
    const a = Math.floor((y % 100) / 10), b = y % 10;
    const parts: string[] = [];
    if (a > 0) parts.push(a === 1 ? '0\\d' : `[0-${a - 1}]\\d`);
    if (b > 0) parts.push(b === 1 ? `${a}0` : `${a}[0-${b - 1}]`);
    const years = parts.length ? `20(?:${parts.join('|')})` : '(?!)';
    // zh: a year tells history only when it lies before the publication year ("2025—2026年度合作行动计划" in 2025 does not)
    re = lang === 'zh' ? new RegExp(base.source.replace(ZH_ANY_YEAR, `(?:19\\d\\d|${years})年(?!\\d{1,2}月\\d{1,2}日)`), base.flags)
      : new RegExp(`${base.source}|\\b${years}\\b`, base.flags);
    pastYearCache.set(key, re);
  }
  return re;
}
export const ev = <T>(value: T, confidence: number, span: Span | null, sentence: string | null): Evidence<T> => ({ value, confidence, span, sentence });

export interface Ctx {
  text: string;
  lang: Lang;
  sentences: Sentence[];
  places: PlaceMatch[];
  gaz: Gazetteer;
  published: string | null;
  /** City of the dateline ("Mannheim, 27.05.2011", "BEIJING, April 8 --"): usually the publisher's city. */
  dateline: PlaceMatch | null;
  /** Places that are diplomats' postings, not venues. */
  postings: Span[];
  /** Sentences about another time than the engagement. */
  otherTime: RegExp;
  kind?: ContractKind;
  /** Sentences whose every date lies away from the engagement's own days: they tell another event. */
  offDate?: Set<Sentence>;
  /** Places named in titles that the gazetteer does not know: parties all the same. */
  titlePlaces: Set<string>;
}
export function sentenceOf(ctx: Ctx, pos: number): Sentence | undefined {
  const ss = ctx.sentences;
  let lo = 0, hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ss[mid]!;
    if (pos < s.start) hi = mid - 1; else if (pos >= s.end) lo = mid + 1; else return s;
  }
  return undefined;
}
export const isLead = (s: Sentence) => s.isHeadline || (s.bodyIndex >= 0 && s.bodyIndex < LEAD_BODY);
/** The comma-delimited clause around the first match of `re` ("…, signed a memorandum on Thursday, …"); '' if none. */
export function clauseAround(t: string, re: RegExp): string {
  const m = re.exec(t);
  if (!m) return '';
  const a = t.slice(0, m.index).search(/[,，;；][^,，;；]*$/), b = t.slice(m.index).search(/[,，;；]/);
  return t.slice(a < 0 ? 0 : a, b < 0 ? t.length : m.index + b);
}

/** Distinct cities and regions (not countries) named in the given sentences. */
export function placeNamesIn(ctx: Ctx, ss: Sentence[]): Set<string> {
  return new Set(ctx.places.filter((p) => p.place.kind !== 'country' && ss.some((s) => p.span[0] >= s.start && p.span[1] <= s.end)).map((p) => p.place.name));
}

/** The sentence with people's names blanked out (same length). */
export function maskNames(s: Sentence, people: Person[]): string {
  let t = s.text;
  for (const p of people) for (const m of p.mentions) if (m.span[0] >= s.start && m.span[1] <= s.end) t = t.slice(0, m.span[0] - s.start) + ' '.repeat(m.span[1] - m.span[0]) + t.slice(m.span[1] - s.start);
  return t;
}
