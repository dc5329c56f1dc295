// The extraction engine: text in, draft engagement (PRODUCT.md contract) plus provenance out.
// Pure: no database, no network. See README.md in this folder for the pipeline.
import type { RoleCode, TopicCode } from '../domain/taxonomy.ts';
import { TOPIC_CODES } from '../domain/taxonomy.ts';
import {
  ABSENT_AFTER, ACCOMPANY, ANNOUNCE, SOURCE_BEFORE, ATTEND, CANCELLED, LETTERS, DELEGATION_LEADER_AFTER, INTERVIEW, DELEGATION_OF, MEET_SUBJ, NOT_PRESENT, PAST_TIME, TALKS, DOC, FORUM, FORUM_PARTICIPATION, FORUM_VETO, FUTURE, GUEST_SUBJ, HOST_SUBJ, MEET,
  OTHER_TIME, PASSIVE_HOST_AFTER, SIGN, SIGN_CEREMONY, VAGUE_DATE, VIDEO,
} from './cues.ts';
import { findDates, findDurationDays, parseIso, type DateMention } from './dates.ts';
import { getGazetteer, type Gazetteer, type PlaceMatch } from './gazetteer.ts';
import { detectLanguage } from './lang.ts';
import { bestTitle, extractPeople, type Person, type TitleEvidence } from './people.ts';
import { findTitles } from './titles.ts';
import { looksLikeHtml, splitSentences, stripHtml, type Sentence } from './text.ts';
import { findTopics } from './topics.ts';
import {
  DEFAULT_LIMITS, ExtractionInputError, LANGS, type Contract, type ContractKind, type ContractParticipant, type Evidence,
  type ExtractionLimits, type ExtractionResult, type ExtractOptions, type Lang, type ParticipantEvidence, type Side, type Span,
} from './types.ts';

const LEAD_BODY = 3; // body sentences that count as the lead
/** A diplomatic mission as a venue: "im Generalkonsulat", "at the consulate", "在总领馆". */
const MISSION: Record<Lang, RegExp> = {
  de: /(Generalkonsulat|Konsulat|Botschaft\b|Residenz de[sr] (General)?[Kk]onsul|Residenz de[sr] Botschafter)/,
  en: /\b(consulate|embassy|consul general's residence|ambassador's residence)\b/i,
  zh: /(总领馆|领事馆|大使馆|使馆|官邸)/,
};

/** The mission as the place of the meeting ("im Generalkonsulat", "at the consulate", "在总领馆"), not as a news source
 *  ("据中国驻大阪总领事馆消息"). */
const MISSION_VENUE: Record<Lang, RegExp> = {
  de: /\b(?:im|in der|ins|in die)\s+(?:[\p{L}-]+\s+){0,3}(?:Generalkonsulat|Konsulat|Botschaft|Residenz)/u,
  en: /\b(?:at|in|to)\s+the\s+(?:[\p{L}'’-]+\s+){0,3}(?:consulate|embassy|residence)\b/iu,
  zh: /(?:在|到|赴)[^，。；]{0,14}(?:总领馆|领事馆|使馆|官邸)/,
};

const globalCache = new WeakMap<RegExp, RegExp>();
/** A global copy of a pattern, made once. */
function globalOf(re: RegExp): RegExp {
  let g = globalCache.get(re);
  if (!g) { g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'); globalCache.set(re, g); }
  return g;
}

const otherCache = new WeakMap<Sentence, { re: RegExp; v: boolean; main?: boolean }>();
/** Is the sentence about another time than the engagement? (cached per sentence and pattern) */
function isOther(ctx: Ctx, s: Sentence): boolean {
  if (ctx.offDate?.has(s)) return true;
  let c = otherCache.get(s);
  if (!c || c.re !== ctx.otherTime) { c = { re: ctx.otherTime, v: ctx.otherTime.test(s.text) }; otherCache.set(s, c); }
  // history told in a relative clause ("…, mit der Köln seit 1987 verbunden ist") leaves the main clause current
  if (c.v && c.main === undefined) c.main = ctx.otherTime.test(mainClause(s.text));
  return c.main ?? c.v;
}
/** The same for the sentence's main clause (relative clauses removed). */
function isOtherMain(ctx: Ctx, s: Sentence): boolean {
  if (ctx.offDate?.has(s)) return true;
  isOther(ctx, s);
  const c = otherCache.get(s)!;
  if (c.main === undefined) c.main = c.v && ctx.otherTime.test(mainClause(s.text));
  return c.main;
}

/** A sentence without its relative clauses (", der … hatte,", ", who … in 2009,"). */
function mainClause(t: string): string {
  return t.replace(/,\s+(?:der|die|das|dem|den|deren|dessen|who|whom|whose|which|wo|where)\b[^,;]*(?:,|$)/g, ',')
    // "to mark 55 years since the two cities were twinned in 1969", "a relationship that began in 1994", "seit sie 1985 …"
    .replace(/\b(?:since|seit(?:dem)?|that (?:began|started|dates|goes)|which (?:began|started|dates|goes)|die (?:seit|im Jahr))\b[^,;]*/g, '')
    // "only hours after he had opened the store": the time of a subordinate clause is not the main clause's
    .replace(/\b(?:after|before|nachdem|bevor)\b[^,;]*/g, '');
}

const pastYearCache = new Map<string, RegExp>();
/** OTHER_TIME plus any year of this century before the publication year ("bei seinem Besuch 2014", "in 2019"):
 *  such a sentence tells history. de/en only (zh years are in OTHER_TIME already). */
function withPastYears(base: RegExp, lang: Lang, published: string | null): RegExp {
  const y = published ? Number(published.slice(0, 4)) : NaN;
  if (lang === 'zh' || !Number.isFinite(y) || y < 2001) return base;
  const key = `${lang}|${y}|${base.source.length}|${base.source.slice(0, 40)}`;
  let re = pastYearCache.get(key);
  if (!re) {
    // 2000 … y-1 as a compact pattern: 2024 → 20(?:[01]\d|2[0-3])
    const a = Math.floor((y % 100) / 10), b = y % 10;
    const parts: string[] = [];
    if (a > 0) parts.push(a === 1 ? '0\\d' : `[0-${a - 1}]\\d`);
    if (b > 0) parts.push(b === 1 ? `${a}0` : `${a}[0-${b - 1}]`);
    const years = parts.length ? `20(?:${parts.join('|')})` : '(?!)';
    re = new RegExp(`${base.source}|\\b${years}\\b`, base.flags);
    pastYearCache.set(key, re);
  }
  return re;
}

/** A sentence opened by the subject's own trip. */
const DURING_VISIT: Record<Lang, RegExp> = {
  de: /^(?:Während|Im Rahmen|Bei)\s+(?:seine[rs]?|ihre[rs]?)\s+(?:\p{L}+\s+)?(?:Besuch|Reise|Aufenthalt|Visite)\w*\b[^,]*,/u,
  en: /^(?:During|On)\s+(?:his|her|their)\s+(?:\w+-day\s+|official\s+|first\s+)?(?:visit|trip|tour|stay)\b[^,]*,/i,
  zh: /^(?:[^，。]{0,12}(?:访问|出访|访华|访德)期间|在[^，。]{1,12}访问期间)，/,
};


/** Arrival at the start of a visit: the meeting itself may fall on a later day of it. */
const ARRIVAL: Record<Lang, RegExp> = {
  de: /(eingetroffen|angekommen|\bankam\b|\btraf\b.{0,60}\bein\b|Besuch\w* (begonnen|angetreten))/,
  en: /\b(arrived|arrives|began a|started a|kicked off a|for a \w+-day visit|is on a (?:\w+-day )?visit|paid a (?:\w+-day )?visit)\b/i,
  zh: /(抵达|到达|开始.{0,10}访问|率.{0,24}团.{0,24}访问|出访)/,
};
/** The town hall as a venue, with no city named: the publisher's own. */
const CITY_HALL: Record<Lang, RegExp> = {
  de: /(Rathaus|Rathauses|Ratssaal|Ratssaals|Kaisersaal|Festsaal|Goldene[ns]? Buch)/,
  en: /(City Hall|Civic Hall|Town Hall|Guildhall|Mansion House|Civic Centre|City Chambers)/,
  zh: /(市政厅)/,
};
const CITY_HALL_NAMED: Record<Lang, RegExp> = {
  de: new RegExp(CITY_HALL.de.source + String.raw`\s+(?:of|von|in|der Stadt)\s+\p{Lu}`, 'u'),
  en: new RegExp(CITY_HALL.en.source + String.raw`\s+(?:of|von|in|der Stadt)\s+\p{Lu}`, 'u'),
  zh: new RegExp(CITY_HALL.zh.source + String.raw`\s+(?:of|von|in|der Stadt)\s+\p{Lu}`, 'u'),
};

const CITY_HALL_AFTER: Record<Lang, RegExp> = {
  de: /^(?:er|s)?\s*(?:Rathaus|Rathauses|Ratssaal|Ratssaals|Stadthaus|Ratshaus)\b/,
  en: /^(?:['’]s)?\s*(?:City Hall|Town Hall|Civic Centre|Civic Center|Guildhall|City Chambers|Municipal Government)\b/,
  zh: /^(?:市)?(?:市政厅|市政府|政府大楼)/,
};

/** Validate and normalise raw input; throws ExtractionInputError. Returns the text to analyse. */
export function prepareText(input: unknown, limits: ExtractionLimits = DEFAULT_LIMITS): { text: string; html: boolean } {
  if (typeof input !== 'string') {
    if (input instanceof Uint8Array) return prepareText(decodeBytes(input, limits), limits);
    throw new ExtractionInputError('empty_text', 'Input must be a string of text.');
  }
  if (input.length > limits.maxChars * 4) {
    throw new ExtractionInputError('text_too_large', `Text is ${input.length} characters; the limit is ${limits.maxChars}.`);
  }
  let text = input.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new ExtractionInputError('empty_text', 'Text is empty.');
  // binary: NUL bytes or a high share of control / replacement characters
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) { bad = sample.length; break; }
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) bad++;
  }
  if (bad / sample.length > limits.maxBinaryRatio) throw new ExtractionInputError('binary_input', 'Input looks like binary data, not text.');
  const html = looksLikeHtml(text);
  if (html) text = stripHtml(text);
  text = text.replace(/\r\n?/g, '\n');
  if (!text.trim()) throw new ExtractionInputError('empty_text', 'Text is empty after removing HTML markup.');
  if (text.length > limits.maxChars) {
    throw new ExtractionInputError('text_too_large', `Text is ${text.length} characters; the limit is ${limits.maxChars}.`);
  }
  return { text, html };
}

function decodeBytes(b: Uint8Array, limits: ExtractionLimits): string {
  if (b.length > limits.maxChars * 4) throw new ExtractionInputError('text_too_large', `Input is ${b.length} bytes; the limit is ${limits.maxChars} characters.`);
  let nul = 0;
  for (let i = 0; i < Math.min(b.length, 65536); i++) if (b[i] === 0) nul++;
  if (nul) throw new ExtractionInputError('binary_input', 'Input looks like binary data, not text.');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    throw new ExtractionInputError('binary_input', 'Input is not valid UTF-8 text.');
  }
}

const ev = <T>(value: T, confidence: number, span: Span | null, sentence: string | null): Evidence<T> => ({ value, confidence, span, sentence });

interface Ctx {
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

/** City papers whose names do not start with their city (general knowledge of the main municipal dailies). */
const CITY_PAPERS: Array<[RegExp, string]> = [
  [/(解放日报|文汇报|新民晚报|Jiefang Daily|Wenhui Bao|Xinmin Evening News|Shanghai Daily)/, 'Shanghai'], [/(北京青年报|Beijing Daily)/, 'Beijing'],
  [/(羊城晚报|南方日报|Yangcheng Evening News)/, 'Guangzhou'], [/(新华日报|扬子晚报)/, 'Nanjing'], [/(大众日报|齐鲁晚报)/, 'Jinan'], [/(钱江晚报|浙江日报)/, 'Hangzhou'],
  [/(楚天都市报|湖北日报)/, 'Wuhan'], [/(华西都市报|四川日报)/, 'Chengdu'], [/(今晚报)/, 'Tianjin'], [/(华商报|陕西日报)/, "Xi'an"],
];

function findDatelinePlace(ctx: Ctx): PlaceMatch | null {
  const { sentences, text, places } = ctx;
  for (const s of sentences.slice(0, 4)) {
    if (!s.isDateline) continue;
    for (const [re, city] of CITY_PAPERS) {
      const m = re.exec(s.text);
      const place = m ? ctx.gaz.lookup(city) : undefined;
      if (m && place) return { place, span: [s.start + m.index, s.start + m.index + m[0].length], surface: m[0], form: 'name' };
    }
  }
  // zh: "沈阳市领导会见…", "成都市委书记…会见": a Chinese city opening the headline before an office is the reporting city
  const h = sentences.find((s) => s.isHeadline);
  if (ctx.lang === 'zh' && h) {
    const pl = places.find((p) => p.span[0] >= h.start && p.span[1] <= h.end);
    if (pl && pl.span[0] === h.start && pl.place.kind === 'city' && pl.place.country === 'China' && /^(市)?(委)?(领导|市长|书记|副市长|副书记|常委|人大|政协)/.test(text.slice(pl.span[1], pl.span[1] + 4))) {
      const dl = sentences.slice(0, 4).some((s) => s.isDateline && places.some((q) => q.span[0] >= s.start && q.span[1] <= s.end));
      if (!dl) return pl;
    }
  }
  for (const s of sentences.slice(0, 4)) {
    if (!(s.isDateline || s.bodyIndex === 0)) continue;
    const pl = places.find((p) => p.span[0] >= s.start && p.span[1] <= s.end);
    if (pl && pl.place.kind !== 'country' && /^(?:(?:Landeshauptstadt|Stadt|Hansestadt|Bundesstadt|Landratsamt|Landkreis|Kreis|Gemeinde|Rathaus|Pressestelle|City of|Town of)\s+)?$/.test(text.slice(s.start, pl.span[0])) && /^\s*(,|\(|–|—|-|\|)/.test(text.slice(pl.span[1], pl.span[1] + 3))) return pl;
    // "Boston City Hall news, April 14, 2023": a dateline line that starts with a city
    if (s.isDateline && pl && pl.span[0] === s.start && pl.place.kind !== 'country' && pl.form === 'name') return pl;
    // "Rathaus Umschau – Landeshauptstadt München, 19. Mai 2022", "Wissenschaftsstadt Darmstadt, Presse- und …": the first
    // city of a dateline line names the publisher, unless a mission publishes ("Generalkonsulat … in Hamburg") or a
    // preposition ties the city to something else
    if (s.isDateline && !MISSION[ctx.lang].test(s.text)) {
      const first = places.find((p) => p.span[0] >= s.start && p.span[1] <= s.end && p.place.kind !== 'country');
      const pre = text.slice(s.start, first?.span[0] ?? s.start);
      if (first && first.form === 'name' && (/\b(?:City|Town|Borough|County|Municipality|Stadt) of\s+$/i.test(pre) || !/\b(in|aus|von|vom|of|at|bei|für|from|to|nach|mit|with)\s+(?:(?:der|dem|the)\s+)?$/i.test(pre))) return first;
    }
    const up = /^([A-Z][A-Z .'-]{2,30}),/.exec(s.text);
    if (up) {
      const name = up[1]!.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (x) => x.toUpperCase());
      const p = ctx.gaz.lookup(name);
      if (p && p.kind !== 'country') return { place: p, span: [s.start, s.start + up[1]!.length], surface: up[1]!, form: 'name' };
    }
  }
  return null;
}

function sentenceOf(ctx: Ctx, pos: number): Sentence | undefined {
  const ss = ctx.sentences;
  let lo = 0, hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ss[mid]!;
    if (pos < s.start) hi = mid - 1; else if (pos >= s.end) lo = mid + 1; else return s;
  }
  return undefined;
}
const isLead = (s: Sentence) => s.isHeadline || (s.bodyIndex >= 0 && s.bodyIndex < LEAD_BODY);

/** Extract a draft engagement from a press release or news text. */
export function extractEngagement(input: string, opts: ExtractOptions = {}): ExtractionResult {
  const limits: ExtractionLimits = { ...DEFAULT_LIMITS, ...(opts.limits ?? {}) };
  if (opts.lang !== undefined && !LANGS.includes(opts.lang)) {
    throw new ExtractionInputError('unsupported_language', `Language "${String(opts.lang)}" is not supported (de, en, zh).`);
  }
  if (opts.published !== undefined && opts.published !== null && !parseIso(String(opts.published))) {
    throw new ExtractionInputError('invalid_option', `published must be a date YYYY-MM-DD, got "${String(opts.published)}".`);
  }
  const warnings: string[] = [];
  const { text, html } = prepareText(input, limits);
  if (html) warnings.push('HTML markup was removed before extraction.');
  const guess = detectLanguage(text);
  const lang = opts.lang ?? guess.lang;
  if (!lang) throw new ExtractionInputError('unsupported_language', `Could not recognise German, English or Chinese text (${guess.reason}).`);
  if (opts.lang && guess.lang && guess.lang !== opts.lang) warnings.push(`Text looks like ${guess.lang}, extracted as ${opts.lang} as requested.`);

  const gaz = getGazetteer();
  const sentences = splitSentences(text);
  let published = opts.published ?? null;
  const ctx: Ctx = { text, lang, sentences, places: [], gaz, published, dateline: null, postings: [], otherTime: OTHER_TIME[lang], titlePlaces: new Set() };

  // inline dateline "BEIJING, April 8 --": not an event date
  const datelineSpans: Span[] = [];
  for (const s of sentences) if (s.isDateline) datelineSpans.push([s.start, s.end]);
  const firstBody = sentences.find((s) => s.bodyIndex === 0);
  for (const s of sentences.slice(0, 4)) {
    const zx = /^\s*(?:[^，。]{0,12}?)(\d{1,2}月\d{1,2}日讯|\d{4}年\d{1,2}月\d{1,2}日讯)/.exec(s.text);
    if (zx) datelineSpans.push([s.start, s.start + zx[0].length]);
    // "记者9月4日从市外办获悉": the day the reporter learned it
    const zl = /(?:记者)?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:从[^，。]{1,24})?(?:获悉|了解到|发布)/.exec(s.text);
    if (zl) datelineSpans.push([s.start + zl.index, s.start + zl.index + zl[0].length]);
  }
  if (firstBody) {
    const m = /^([A-ZÄÖÜ][A-Za-zÄÖÜäöü .'-]{1,40}),\s+([^,\n]{3,30}?(?:,\s*\d{4})?)\s*(--|—|–|\(|:)/.exec(firstBody.text);
    if (m) datelineSpans.push([firstBody.start, firstBody.start + m[0].length]);
  }
  if (!published) {
    const ds = findDates(text.slice(0, 600), lang, null).filter((d) => d.hasYear && d.date);
    const inDl = ds.find((d) => datelineSpans.some((x) => d.span[0] >= x[0] && d.span[1] <= x[1])) ?? ds[0];
    if (inDl) { published = inDl.date; warnings.push(`No publication date given; using ${published} from the text.`); }
  }
  ctx.published = published;
  ctx.otherTime = withPastYears(OTHER_TIME[lang], lang, published);

  const places = gaz.findAll(text, lang);
  const peopleAll = extractPeople({ text, lang, sentences, places, gaz });
  // places inside person names are not places ("Wen" in "Wen Guohui" is not a town)
  const inName = (sp: Span) => peopleAll.some((p) => p.mentions.some((m) => m.full && sp[0] >= m.span[0] && sp[1] <= m.span[1]));
  // a Latin gloss in a Chinese text ("达雷尔·斯坦伯格（Darrell Steinberg）") spells a name, not a place
  const inGloss = (pm: PlaceMatch) => lang === 'zh' && /[A-Za-z]/.test(pm.surface) && /[（(][^）)]*$/.test(text.slice(Math.max(0, pm.span[0] - 40), pm.span[0]));
  ctx.places = places.filter((p) => !inName(p.span) && !inGloss(p));
  // "in the Chinese capital", "in der bayerischen Landeshauptstadt": a capital named by its country's or state's adjective
  const CAPITAL_RE = lang === 'en' ? /\b(Chinese|German|Japanese|French|British|South Korean|Korean|Italian|Spanish|Dutch|Austrian|Swiss|Bavarian|US|U\.S\.|American) capital\b/g
    : lang === 'de' ? /\b(chinesische|deutsche|japanische|französische|britische|koreanische|südkoreanische|italienische|spanische|niederländische|österreichische|schweizerische|bayerische|US-amerikanische)[nrs]? (?:Landes)?[Hh]auptstadt\b/g : null;
  if (CAPITAL_RE) {
    const CAPITALS: Record<string, string> = { chines: 'Beijing', german: 'Berlin', deutsch: 'Berlin', japan: 'Tokyo', french: 'Paris', französ: 'Paris', british: 'London', britisch: 'London',
      korean: 'Seoul', koreanisch: 'Seoul', südkorean: 'Seoul', 'south korean': 'Seoul', italian: 'Rome', italienisch: 'Rome', spanish: 'Madrid', spanisch: 'Madrid', dutch: 'Amsterdam', niederländ: 'Amsterdam',
      austrian: 'Vienna', österreich: 'Vienna', swiss: 'Bern', schweizer: 'Bern', bavarian: 'Munich', bayer: 'Munich', us: 'Washington, D.C.', 'u.s.': 'Washington, D.C.', american: 'Washington, D.C.', 'us-amerikan': 'Washington, D.C.' };
    let cm: RegExpExecArray | null;
    const extra: PlaceMatch[] = [];
    while ((cm = CAPITAL_RE.exec(text))) {
      const adj = cm[1]!.toLowerCase();
      const key = Object.keys(CAPITALS).find((k) => adj.startsWith(k));
      const place = key ? gaz.lookup(CAPITALS[key]!) : undefined;
      if (place && !ctx.places.some((p) => p.span[0] < cm!.index + cm![0].length && p.span[1] > cm!.index)) extra.push({ place, span: [cm.index, cm.index + cm[0].length], surface: cm[0], form: 'name' });
    }
    if (extra.length) ctx.places = [...ctx.places, ...extra].sort((a, b) => a.span[0] - b.span[0]);
  }
  ctx.dateline = findDatelinePlace(ctx);
  ctx.postings = peopleAll.flatMap((p) => p.titles.map((t) => t.postingSpan).filter((x): x is Span => !!x));

  // ---------------------------------------------------------------- kind
  const kindEv = detectKind(ctx, peopleAll);
  const kind = kindEv.value;
  ctx.kind = kind;
  if (kind === 'visit_announcement') ctx.otherTime = withPastYears(PAST_TIME[lang], lang, published);
  if (kind === 'none') {
    const contract: Contract = { id: opts.id ?? null, kind, date: null, end_date: null, location: null, cities: [], participants: [], topics: [], agreement_signed: false };
    return {
      contract,
      provenance: {
        lang: ev(lang, opts.lang ? 1 : guess.confidence, null, null), kind: kindEv, date: ev(null, 0.6, null, null), end_date: ev(null, 0.6, null, null),
        location: ev(null, 0.6, null, null), cities: [], participants: [], topics: [], agreement_signed: ev(false, 0.8, null, null),
      },
      mentioned: peopleAll.map((p) => personEvidence(ctx, p, null, 0.3)),
      warnings,
    };
  }

  // ---------------------------------------------------------------- date
  // every date mention, found once (announcements resolve weekdays forward)
  const dates = findDates(text, lang, published, kind === 'visit_announcement');
  const { date, end } = pickDate(ctx, kind, datelineSpans, dates);
  if (date.value && kind !== 'visit_announcement') ctx.offDate = sentencesOffDate(ctx, date.value, end.value, datelineSpans, dates);

  // ---------------------------------------------------------------- participants, host/guest, location
  const votes = sideVotes(ctx, peopleAll);
  const participants: Person[] = [];
  const mentioned: Person[] = [];
  for (const p of peopleAll) {
    const t = bestTitle(p);
    if (!t) continue;
    // "conveyed greetings from Mayor X", "im Auftrag von X": such a mention shows X was not there
    const present = p.mentions.filter((m) => !ABSENT_AFTER[lang].test(text.slice(Math.max(sentences[m.sentence]!.start, m.span[0] - 80), m.span[0])));
    // a source who talked to the reporter ("据市外办主任李刚介绍", "according to …") is not a participant (GUIDE)
    const m0 = p.mentions[0];
    if (m0 && !sentences[m0.sentence]!.isHeadline && SOURCE_BEFORE[lang].test(text.slice(Math.max(sentences[m0.sentence]!.start, m0.span[0] - 60), m0.span[0]))) { mentioned.push(p); continue; }
    const sents = new Set(present.map((m) => m.sentence));
    let positive = false;
    const absent = [...sents].some((si) => NOT_PRESENT[lang].test(sentences[si]!.text) && !sentences[si]!.isHeadline);
    for (const si of absent ? [] : sents) {
      const s = sentences[si]!;
      if (s.isDateline) continue;
      // history in a relative clause ("…, der die Partnerschaft 2009 begründet hatte, war unter den Gästen") does not
      // make the main clause history
      if (!isOtherMain(ctx, s)) { positive = true; break; }
    }
    // a head of state or government named in passing ("President Xi Jinping and Prime Minister Li Qiang had met …",
    // "拉赫蒙总统今年5月来华"): with no country resolved and outside the headline and first sentence, not a participant
    if (positive && !t.of && !t.country && ['head_of_state', 'head_of_government'].includes(t.role) && !p.mentions.some((m) => sentences[m.sentence]!.isHeadline || sentences[m.sentence]!.bodyIndex === 0)) positive = false;
    // … and a national minister with no country, named only after the lead
    if (positive && !t.of && !t.country && t.role === 'minister' && t.national && !p.mentions.some((m) => isLead(sentences[m.sentence]!))) positive = false;
    // a former office holder takes part only when a sentence shows them attending, meeting or travelling
    if (positive && t.former && !p.mentions.some((m) => { const st = sentences[m.sentence]!.text; return !isOtherMain(ctx, sentences[m.sentence]!) && (ATTEND[lang].test(st) || MEET[lang].test(st) || ACCOMPANY[lang].test(st) || DELEGATION_OF[lang].test(st) || /(included|among them|gehör|darunter|unter ihnen|Gäste|guests|video (?:greeting|message)|Videobotschaft|Grußwort|随团|随同|视频致辞)/i.test(st)); })) positive = false;
    (positive ? participants : mentioned).push(p);
  }
  const location = pickLocation(ctx, kind, participants, votes);
  const locPlace = location.value ? gaz.lookup(location.value) : undefined;
  const locCountry = locPlace?.kind === 'country' ? locPlace.name : locPlace?.country ?? null;

  // resolve `of` for locals without a place, and Bürgermeister under an Oberbürgermeister
  const resolved = participants.map((p) => resolvePerson(ctx, p, kind, location.value, locCountry, votes, peopleAll));

  // ---------------------------------------------------------------- cities
  const secondary = new Set(participants.filter((p) => p.mentions.every((m) => {
    const s = sentences[m.sentence]!;
    return !s.isHeadline && s.bodyIndex !== 0 && ATTEND[lang].test(s.text);
  })).map((p) => p.name));
  // places named as places in titles that the gazetteer does not know ("der tansanischen Partnerstadt Mwanza")
  for (const p of participants) for (const t of p.titles) if (t.ofKind === 'place' && t.of && !gaz.lookup(t.of)) ctx.titlePlaces.add(t.of);
  const cities = pickCities(ctx, kind, resolved, location.value, secondary);
  if (kind === 'visit_announcement') {
    for (const [name, e] of announcementDestinations(ctx, participants, votes)) {
      if (!cities.some((c) => c.value === name)) cities.push(ev(name, 0.5, e.span, e.sentence));
    }
  }

  // ---------------------------------------------------------------- topics
  const titleSpans = findTitles(text, lang).map((x) => x.span);
  const topicHits = findTopics(text, lang, sentences, (i) => !sentences[i]!.isDateline, titleSpans);
  const topics: Evidence<TopicCode>[] = [];
  for (const h of topicHits) {
    if (topics.some((t) => t.value === h.code)) continue;
    topics.push(ev(h.code, 0.7, h.span, sentences[h.sentence]!.text));
  }
  topics.sort((a, b) => TOPIC_CODES.indexOf(a.value) - TOPIC_CODES.indexOf(b.value));

  // ---------------------------------------------------------------- agreement
  const agreement = detectAgreement(ctx, kind);

  const contract: Contract = {
    id: opts.id ?? null,
    kind,
    date: date.value,
    end_date: end.value,
    location: location.value,
    cities: cities.map((c) => c.value).sort((a, b) => a.localeCompare(b)),
    participants: resolved.map((r) => r.value),
    topics: topics.map((t) => t.value),
    agreement_signed: agreement.value,
  };
  return {
    contract,
    provenance: {
      lang: ev(lang, opts.lang ? 1 : guess.confidence, null, null),
      kind: kindEv, date, end_date: end, location, cities, participants: resolved, topics, agreement_signed: agreement,
    },
    mentioned: mentioned.map((p) => personEvidence(ctx, p, null, 0.4)),
    warnings,
  };
}

/** Just the contract object of a result. */
export function toContract(result: ExtractionResult): Contract {
  return result.contract;
}

// =================================================================== kind

/** The comma-delimited clause around the first match of `re` ("…, signed a memorandum on Thursday, …"); '' if none. */
function clauseAround(t: string, re: RegExp): string {
  const m = re.exec(t);
  if (!m) return '';
  const a = t.slice(0, m.index).search(/[,，;；][^,，;；]*$/), b = t.slice(m.index).search(/[,，;；]/);
  return t.slice(a < 0 ? 0 : a, b < 0 ? t.length : m.index + b);
}

/** Distinct cities and regions (not countries) named in the given sentences. */
function placeNamesIn(ctx: Ctx, ss: Sentence[]): Set<string> {
  return new Set(ctx.places.filter((p) => p.place.kind !== 'country' && ss.some((s) => p.span[0] >= s.start && p.span[1] <= s.end)).map((p) => p.place.name));
}

/** The sentence with people's names blanked out (same length). */
function maskNames(s: Sentence, people: Person[]): string {
  let t = s.text;
  for (const p of people) for (const m of p.mentions) if (m.span[0] >= s.start && m.span[1] <= s.end) t = t.slice(0, m.span[0] - s.start) + ' '.repeat(m.span[1] - m.span[0]) + t.slice(m.span[1] - s.start);
  return t;
}

function detectKind(ctx: Ctx, people: Person[]): Evidence<ContractKind> {
  const { sentences, lang } = ctx;
  const lead = sentences.filter(isLead).filter((s) => !s.isDateline);
  const headline = lead.find((s) => s.isHeadline);
  const first = lead.find((s) => s.bodyIndex === 0);
  const top = [headline, first].filter(Boolean) as Sentence[];
  const hit = (re: RegExp, ss: Sentence[]) => ss.find((s) => re.test(s.text));

  const meetS = hit(MEET[lang], lead);
  // "岳华峰会见比什凯克市市长…" over a lead that says the guest came for a forum: the headline's meeting is the engagement
  // "begrüßten Delegationen aus Rennes, Eskilstuna, Jena … zur Internationalen Partnerstädtekonferenz": a forum word in a later
  // lead sentence that names three or more cities
  const severalCities = (s: Sentence) => placeNamesIn(ctx, [s]).size >= 3;
  const headlineMeets = !!headline && people.some((p) => p.mentions.some((m) => m.span[0] >= headline.start && m.span[1] <= headline.end)) &&
    (HOST_SUBJ[lang].test(headline.text) || MEET_SUBJ[lang].test(headline.text)) && !FORUM[lang].test(maskNames(headline, people));
  const forumS = (headlineMeets ? [] : [...top, ...lead.filter((s) => !top.includes(s) && !s.isDateline && severalCities(s))]).find((s) => {
    const re = globalOf(FORUM[lang]);
    re.lastIndex = 0;
    // bodies whose names contain a forum word are not events: CPPCC, people's congresses, the World Economic Forum as an employer
    // names are masked first: "岳华峰会见" holds 峰会 (summit)
    const t0 = maskNames(s, people).replace(/(Political Consultative Conference|People['’]s Congress|Konsultativkonferenz|人民代表大会|政治协商会议|World Economic Forum(?=\W+(?:founder|chairman|president|head))|Weltwirtschaftsforum(?=\W+(?:Gründer|Vorsitz|Präsident)))/g, (x) => ' '.repeat(x.length));
    let m;
    while ((m = re.exec(t0))) if (!FORUM_VETO[lang].test(t0.slice(Math.max(0, m.index - 100), m.index))) return true;
    return false;
  });
  const STRONG_PAST0 = lang === 'zh' ? /(时任|当年|当时|那时|\d+年前|[一二三四五六七八九十两]+年前|上世纪|\d{4}年(?!\d{1,2}月))/ : /\b(damals|damalige\w*|1[89]\d\d|had|back in|years ago|vor (?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig|dreißig|vierzig|fünfzig) Jahren|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty) years ago|then (?:mayor|lord mayor|governor|party secretary|president|premier|prime minister))\b/i;
  // any year before publication in the clause ("When Bristol signed its partnership with Guangzhou in 2001") tells history too
  const pubYear = ctx.published ? Number(ctx.published.slice(0, 4)) : NaN;
  const STRONG_PAST = { test: (t: string) => STRONG_PAST0.test(t) || (Number.isFinite(pubYear) && [...t.matchAll(/\b(19\d\d|20\d\d)\b/g)].some((m) => Number(m[1]) < pubYear)) };
  // a signing told as history ("Vor 25 Jahren unterzeichneten …") is not this engagement's
  // only the clause of the signing verb tells its time ("signed a renewed agreement on Thursday, extending a relationship that
  // began in 1994" is today's signing)
  const signClause = (t: string) => clauseAround(t, SIGN[lang]);
  // signing the Golden Book or a guest book is no agreement
  const BOOK = /(Golden(?:e[ns]?)? Bu(?:ch|ches)|Goldene[ns]? Buch|Golden Book|guest ?book|Gästebuch|condolence book|签名留念|题词|留言簿)/i;
  const signS = top.find((s) => SIGN[lang].test(s.text) && !STRONG_PAST.test(signClause(s.text)) && !BOOK.test(signClause(s.text))) ??
    // "Görlitz und Zgorzelec wollen … Oberbürgermeister X und Bürgermeister Y haben dazu … eine Vereinbarung unterzeichnet":
    // the signing may come in the lead's second sentence — only when nobody is said to meet, visit or receive
    // (and not when an earlier lead sentence told the signing as history: "When Bristol signed … in 2001. The agreement was signed …")
    (lead.some((s) => HOST_SUBJ[lang].test(s.text) || GUEST_SUBJ[lang].test(s.text) || MEET_SUBJ[lang].test(s.text) || TALKS[lang].test(s.text) || (SIGN[lang].test(s.text) && STRONG_PAST.test(signClause(s.text)))) ? undefined
      : lead.find((s) => !s.isDateline && SIGN[lang].test(s.text) && DOC[lang].test(s.text) && !STRONG_PAST.test(signClause(s.text)) && !BOOK.test(signClause(s.text)) && !FUTURE[lang].test(signClause(s.text))));
  // names are masked: "凌云会见" holds 云会见
  const videoS = lead.find((s) => VIDEO[lang].test(maskNames(s, people)));
  const titled = people.filter((p) => p.titles.length && p.mentions.some((m) => isLead(sentences[m.sentence]!))).length;

  if (!meetS && !forumS && !signS && !videoS && !hit(ANNOUNCE[lang], lead)) return ev('none', 0.6, null, null);
  // an engagement needs a meeting cue together with a titled person or a delegation in the same lead sentence;
  // features, profiles and anniversary stories have neither
  const personIn = (s: Sentence) => people.some((p) => p.titles.length && p.mentions.some((m) => m.span[0] >= s.start && m.span[1] <= s.end));
  const titleIn = (s: Sentence) => findTitles(s.text, lang).length > 0;
  // "There was no visiting delegation this year", "keine Delegation", "没有代表团来访": a negated visit is none
  const NEGATED = /(\b(?:no|not|without|kein\w*|nicht|ohne)\b[^,.;]{0,20}\b(?:visit\w*|delegation|Besuch\w*|Delegation)|没有[^，。]{0,8}(?:代表团|访问|来访)|未能[^，。]{0,6}(?:访问|来访))/i;
  // "told China Daily by phone", "told reporters": talking to the press is no meeting
  const MEDIA_TOLD = /\btold (?:China Daily|Xinhua|reporters|journalists|the (?:newspaper|paper|press|media)|this (?:newspaper|paper)|(?:the )?[A-Z][\w]+(?: [A-Z][\w]+)? (?:Daily|Times|News|Post|Herald|Mail|Radio|TV)\b)[^.]*/g;
  const engaged = lead.some((s) => !NEGATED.test(s.text) && (MEET[lang].test(lang === 'en' ? s.text.replace(MEDIA_TOLD, '') : s.text) || SIGN[lang].test(s.text) || VIDEO[lang].test(s.text) || ANNOUNCE[lang].test(s.text)) &&
    (personIn(s) || titleIn(s) || DELEGATION_OF[lang].test(s.text) || /(Delegation|delegation|代表团|Gäste|guests)/.test(s.text)) && !STRONG_PAST.test(lang === 'zh' ? s.text : mainClause(s.text)) && !CANCELLED[lang].test(s.text));
  if (!engaged && !forumS) return ev('none', 0.55, null, null);
  void titled;
  // an exchange of letters is not an engagement, unless people also met
  const METVERB: Record<Lang, RegExp> = { de: /(empfing|empfangen|traf|getroffen|besuchte|zusammengetroffen)/, en: /\b(met|received|welcomed|visited|hosted|held talks)\b/i, zh: /(会见|会晤|会谈|拜会|接见)/ };
  if (top.some((s) => LETTERS[lang].test(s.text)) && !top.some((s) => METVERB[lang].test(s.text) || VIDEO[lang].test(s.text) || SIGN[lang].test(s.text) || FORUM[lang].test(s.text))) return ev('none', 0.5, null, null);
  // an interview or profile with no trip announced is not an engagement
  if (top.some((s) => INTERVIEW[lang].test(s.text)) && !top.some((s) => ANNOUNCE[lang].test(s.text)) && !top.some((s) => HOST_SUBJ[lang].test(s.text))) {
    return ev('none', 0.5, null, null);
  }
  // an online conference of several cities is a forum (location null), a video call between two parties is not
  if (videoS) {
    const many = sentences.filter((s) => isLead(s) && !s.isDateline && FORUM_PARTICIPATION[lang].test(s.text))
      .some((s) => new Set(ctx.places.filter((p) => p.span[0] >= s.start && p.span[1] <= s.end && p.place.kind !== 'country').map((p) => p.place.name)).size >= 3);
    if (many) return ev('forum', 0.6, forumS ? [forumS.start, forumS.end] : [videoS.start, videoS.end], (forumS ?? videoS).text);
  }
  // a conference or forum that some join by video is a forum (GUIDE: video_call only when all parties are connected only by
  // video between two parties; online forums are forums); "video conference" itself is no forum word
  if (videoS && forumS) {
    const re = globalOf(FORUM[lang]);
    re.lastIndex = 0;
    const t0 = maskNames(forumS, people).replace(globalOf(VIDEO[lang]), (x) => ' '.repeat(x.length));
    // … with several cities (GUIDE): a bilateral online exchange ("线上交流会" of two cities) stays a video call
    const cities = placeNamesIn(ctx, sentences.filter((x) => x.bodyIndex < 6));
    // mayors and governors of distinct places count too, known to the gazetteer or not ("Bürgermeister von Granollers")
    for (const p of people) for (const t of p.titles) if (t.of && !t.former && t.ofKind !== 'country' && ['mayor', 'deputy_mayor', 'governor'].includes(t.role)) cities.add(t.of);
    if (re.test(t0) && cities.size >= 3) return ev('forum', 0.6, [forumS.start, forumS.end], forumS.text);
  }
  if (videoS) return ev('video_call', 0.8, [videoS.start, videoS.end], videoS.text);
  const annS = top.find((s) => ANNOUNCE[lang].test(s.text));
  if (annS) {
    const pastMeet = top.some((s) => s !== annS && HOST_SUBJ[lang].test(s.text) && !FUTURE[lang].test(s.text));
    const annInHeadOrNoMeet = !pastMeet && !(HOST_SUBJ[lang].test(annS.text) && !FUTURE[lang].test(annS.text.replace(ANNOUNCE[lang], '')));
    if (annInHeadOrNoMeet) return ev('visit_announcement', 0.65, [annS.start, annS.end], annS.text);
  }
  // a celebration of two cities' partnership is a meeting (GUIDE: forum = conference, forum or celebration with several cities)
  const celebration = !!forumS && /(Festakt|Jubiläumsfeier|Festveranstaltung|Feierstunde|celebration|gala|庆典|纪念活动)/i.test(forumS.text) && !/(Forum|forum|Konferenz|konferenz|conference|summit|Gipfel|论坛|峰会|大会)/.test(forumS.text);
  if (forumS && !(celebration && placeNamesIn(ctx, lead).size < 3)) return ev('forum', 0.7, [forumS.start, forumS.end], forumS.text);
  const talks = lead.some((s) => TALKS[lang].test(s.text));
  if (signS && !talks) {
    return ev('signing', 0.65, [signS.start, signS.end], signS.text);
  }
  if (hit(SIGN_CEREMONY[lang], top) && !HOST_SUBJ[lang].test(top.map((s) => s.text).join(' '))) {
    const s = hit(SIGN_CEREMONY[lang], top)!;
    return ev('signing', 0.6, [s.start, s.end], s.text);
  }
  const s = meetS ?? signS ?? lead[0]!;
  return ev('meeting', meetS ? 0.75 : 0.5, [s.start, s.end], s.text);
}

// =================================================================== date

function pickDate(ctx: Ctx, kind: ContractKind, datelineSpans: Span[], dates: DateMention[]): { date: Evidence<string | null>; end: Evidence<string | null> } {
  const { lang, sentences, published } = ctx;
  const forward = kind === 'visit_announcement';
  const all = dates
    .filter((d) => !datelineSpans.some((x) => d.span[0] >= x[0] && d.span[1] <= x[1]));
  const pub = published ? parseIso(published) : null;
  const ok = (d: DateMention) => {
    if (!d.date) return false;
    const x = parseIso(d.date)!;
    if (pub && !forward && x.getTime() > pub.getTime() + 86400000) return false;
    if (pub && Math.abs(x.getTime() - pub.getTime()) > 400 * 86400000 && !d.hasYear) return false;
    return true;
  };
  const order = sentences.filter((s) => !s.isDateline);
  let vagueSeen: Sentence | null = null;
  for (const s of order) {
    if (!isLead(s)) break;
    const ds = all.filter((d) => d.span[0] >= s.start && d.span[1] <= s.end);
    const good = ds.filter(ok);
    if (good.length && !ctx.otherTime.test(s.text.slice(0, Math.max(0, good[0]!.span[0] - s.start)))) {
      // prefer a specific date over a weekday-only mention in the same sentence when both are present
      let d = good.find((x) => x.type !== 'weekday' && x.type !== 'relative') && good.some((x) => x.type === 'weekday')
        ? good.find((x) => x.type !== 'weekday' && x.type !== 'relative')! : good[0]!;
      // an announcement is about a later day: prefer a date after publication in the same sentence
      if (forward && pub && parseIso(d.date!)!.getTime() <= pub.getTime()) d = good.find((x) => parseIso(x.date!)!.getTime() > pub.getTime()) ?? d;
      // a multi-day range or "drei Tage ab …" elsewhere in the same sentence
      let endD = d.end ?? good.find((x) => x !== d && x.end)?.end ?? null;
      // "the two-day forum", "drei Tage", "为期三天" in the same sentence
      if (!endD && d.date && (kind === 'forum' || kind === 'visit_announcement' || kind === 'meeting')) {
        // "during a two-day visit" gives the visit's length, not the meeting's
        let n = /(during|während|期间|(?:final|last|first|second|third|closing) day of|letzten Tag|ersten Tag)/i.test(s.text) ? null : findDurationDays(s.text, lang);
        // a forum's or trip's length may come in the next lead sentence ("Auf der zweitägigen Konferenz …")
        if (!n && kind !== 'meeting') for (const s2 of order) if (isLead(s2) && s2 !== s && !isOther(ctx, s2) && (n = findDurationDays(s2.text, lang))) break;
        if (n) { const x = parseIso(d.date)!; endD = new Date(x.getTime() + (n - 1) * 86400000).toISOString().slice(0, 10); }
      }
      // "arrived in Shanghai on Monday for a four-day visit. On Wednesday he was received by …": the meeting's own day
      if (kind === 'meeting' && ARRIVAL[lang].test(s.text) && !HOST_SUBJ[lang].test(s.text) && !TALKS[lang].test(s.text)) {
        for (const s2 of order) {
          if (s2.start <= s.start || !isLead(s2) || isOther(ctx, s2) || !(HOST_SUBJ[lang].test(s2.text) || TALKS[lang].test(s2.text))) continue;
          const d2 = all.find((x) => x.span[0] >= s2.start && x.span[1] <= s2.end && ok(x));
          if (d2) return { date: ev(d2.date, 0.7, d2.span, s2.text), end: ev(null, 0.6, null, null) };
        }
      }
      // "was in Kobe from October 30 to November 1. On October 31 he paid a courtesy call on Mayor X": a meeting whose own
      // day is given inside the stay takes that day (GUIDE: the visit's dates only when no day is given for the meeting)
      if (kind === 'meeting' && endD && !TALKS[lang].test(s.text.slice(0, Math.max(0, d.span[0] - s.start)))) {
        const a = parseIso(d.date!)!.getTime(), b = parseIso(endD)!.getTime();
        for (const s2 of order) {
          if (s2.start <= s.start || !isLead(s2) || isOther(ctx, s2) || !(HOST_SUBJ[lang].test(s2.text) || TALKS[lang].test(s2.text) || /courtesy call|Höflichkeitsbesuch|拜会/.test(s2.text))) continue;
          const d2 = all.find((x) => x.span[0] >= s2.start && x.span[1] <= s2.end && ok(x) && !x.end && x.type !== 'relative' && parseIso(x.date!)!.getTime() >= a && parseIso(x.date!)!.getTime() <= b);
          if (d2) return { date: ev(d2.date, 0.7, d2.span, s2.text), end: ev(null, 0.6, null, null) };
        }
      }
      return {
        date: ev(d.date, d.type === 'absolute' || d.type === 'month_day' ? 0.85 : 0.7, d.span, s.text),
        end: ev(kind === 'visit_announcement' || endD ? endD : null, endD ? 0.7 : 0.6, endD ? d.span : null, endD ? s.text : null),
      };
    }
    if (!vagueSeen && (VAGUE_DATE[lang].test(s.text) || ds.some((d) => d.type === 'vague'))) vagueSeen = s;
  }
  if (vagueSeen) return { date: ev(null, 0.6, null, vagueSeen.text), end: ev(null, 0.6, null, null) };
  // beyond the lead: a date in a sentence with a meeting cue
  for (const s of order) {
    if (isLead(s) || isOther(ctx, s) || !MEET[lang].test(s.text)) continue;
    const d = all.find((x) => x.span[0] >= s.start && x.span[1] <= s.end && ok(x));
    if (d) return { date: ev(d.date, 0.5, d.span, s.text), end: ev(d.end, 0.5, d.end ? d.span : null, d.end ? s.text : null) };
  }
  return { date: ev(null, 0.4, null, null), end: ev(null, 0.4, null, null) };
}

const MONTH_ONLY: Record<Lang, RegExp> = {
  en: /\b(?:in|since|until|by|last|next|this|early|late|mid-?|from|through|during)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d{1,2}\b)(?:\s+(\d{4}))?/gi,
  de: /\b(?:im|seit|bis|Anfang|Ende|Mitte|ab|vom)\s+(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b(?:\s+(\d{4}))?/g,
  zh: /(?:(\d{4})年)?(\d{1,2})月(?!\d{1,2}[日号]|[一二三四五六七八九十]{1,3}[日号]|\d)/g,
};
const MONTH_NO: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  januar: 1, jänner: 1, februar: 2, märz: 3, mai: 5, juni: 6, juli: 7, oktober: 10, dezember: 12,
};

/** Sentences that date themselves away from the engagement ("the BRICS summit held in Johannesburg in August",
 *  "Earlier this month, on April 3, …"): every date or month they name lies more than a day outside the engagement's
 *  days. A sentence with no date, or with one of the engagement's days, is not affected. */
function sentencesOffDate(ctx: Ctx, date: string, end: string | null, datelineSpans: Span[], dates: DateMention[]): Set<Sentence> {
  const { text, lang } = ctx;
  const d0 = parseIso(date)!.getTime() - 86400000, d1 = parseIso(end ?? date)!.getTime() + 86400000;
  const months = new Set<string>();
  for (let t = d0 + 86400000; t <= d1 - 86400000; t += 86400000) months.add(new Date(t).toISOString().slice(0, 7));
  const year = date.slice(0, 4);
  const marks = new Map<Sentence, { on: boolean; off: boolean }>();
  const mark = (pos: number, on: boolean) => {
    const s = sentenceOf(ctx, pos);
    if (!s || s.isDateline || s.isHeadline) return;
    const e = marks.get(s) ?? { on: false, off: false };
    if (on) e.on = true; else e.off = true;
    marks.set(s, e);
  };
  for (const d of dates) {
    if (!d.date || d.type === 'vague' || datelineSpans.some((x) => d.span[0] >= x[0] && d.span[1] <= x[1])) continue;
    const a = parseIso(d.date)!.getTime(), b = parseIso(d.end ?? d.date)!.getTime();
    mark(d.span[0], b >= d0 && a <= d1);
  }
  const re = globalOf(MONTH_ONLY[lang]);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const mo = lang === 'zh' ? Number(m[2]) : MONTH_NO[m[1]!.toLowerCase()];
    const y = lang === 'zh' ? m[1] : m[2];
    if (!mo || mo > 12) continue;
    const key = `${y ?? year}-${String(mo).padStart(2, '0')}`;
    mark(m.index, months.has(key) || (!y && [...months].some((k) => k.slice(5) === key.slice(5))));
  }
  const out = new Set<Sentence>();
  for (const [s, e] of marks) if (e.off && !e.on) out.add(s);
  return out;
}

// =================================================================== host / guest

interface Votes { host: Map<Person, number>; guest: Map<Person, number>; attached: Set<Person> }

function sideVotes(ctx: Ctx, people: Person[]): Votes {
  const { sentences, lang, text } = ctx;
  const host = new Map<Person, number>(), guest = new Map<Person, number>();
  const attached = new Set<Person>();
  const pairs: Array<{ companion: Person; of: Person | null; zhHost: boolean; visitor?: boolean }> = [];
  const add = (m: Map<Person, number>, p: Person | undefined, w: number) => { if (p) m.set(p, (m.get(p) ?? 0) + w); };
  let prevSubject: Person | undefined;
  // mentions by sentence, built once (a mention records its sentence)
  const bySentence = new Map<number, Array<{ p: Person; m: Person['mentions'][number] }>>();
  for (const p of people) for (const m of p.mentions) {
    let a = bySentence.get(m.sentence);
    if (!a) { a = []; bySentence.set(m.sentence, a); }
    a.push({ p, m });
  }
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    if (s.isDateline || isOther(ctx, s)) continue;
    const w = isLead(s) ? 2 : 1;
    const ms = (bySentence.get(si) ?? []).filter((x) => x.m.span[0] >= s.start && x.m.span[1] <= s.end);
    const firstHere = ms.length ? [...ms].sort((a, b) => a.m.span[0] - b.m.span[0])[0]!.p : undefined;
    const subjectBefore = prevSubject;
    prevSubject = firstHere ?? prevSubject;
    if (!ms.length) continue;
    // German puts the participle last ("hat … empfangen"): its subject is the first person of the sentence
    const closestBefore = (pos: number) => ms.filter((x) => x.m.span[1] <= pos).sort((a, b) => b.m.span[1] - a.m.span[1])[0]?.p;
    const firstBefore = (pos: number) => ms.filter((x) => x.m.span[1] <= pos && !/(von|by)\s+(\S+\s+){0,3}$/.test(text.slice(Math.max(s.start, x.m.span[0] - 40), x.m.span[0]))).sort((a, b) => a.m.span[0] - b.m.span[0])[0]?.p;
    const before = lang === 'de' ? (pos: number) => firstBefore(pos) ?? closestBefore(pos) : closestBefore;
    const after = (pos: number) => ms.filter((x) => x.m.span[0] >= pos).sort((a, b) => a.m.span[0] - b.m.span[0])[0]?.p;
    const others = (p: Person | undefined) => [...new Set(ms.map((x) => x.p))].filter((q) => q !== p);
    if (lang === 'de' && /(empfangen|begrüßt|willkommen geheißen) (worden|wurden?)|wurden? .{0,80}(empfangen|begrüßt)/.test(s.text)) {
      // passive: "X ist von Oberbürgermeister Y empfangen worden"
      const part = /(empfangen|begrüßt|willkommen geheißen) (worden|wurden?)|(empfangen|begrüßt)\b/.exec(s.text);
      const upto = part ? part.index : s.text.length;
      const head = s.text.slice(0, upto);
      const vIdx = Math.max(head.lastIndexOf('von '), head.lastIndexOf('vom '));
      const agent = vIdx >= 0 ? after(s.start + vIdx) : undefined;
      if (agent) { add(host, agent, w * 1.5); for (const q of others(agent)) add(guest, q, w); }
      continue;
    }
    const scan = (re: RegExp, f: (pos: number, end: number) => void) => {
      const g = globalOf(re);
      g.lastIndex = 0;
      let m;
      while ((m = g.exec(s.text))) { f(s.start + m.index, s.start + m.index + m[0].length); if (m[0].length === 0) g.lastIndex++; }
    };
    scan(PASSIVE_HOST_AFTER[lang], (pos, end) => { add(host, after(end), w * 1.5); add(guest, before(pos), w); });
    scan(HOST_SUBJ[lang], (pos, end) => {
      if (/^\s*by/i.test(text.slice(end, end + 4))) return;
      if (lang === 'zh' && /(参加|出席|陪同)$/.test(text.slice(Math.max(s.start, pos - 2), pos))) return; // 参加会见: attended
      // German verb-second: "Am Montag empfing Oberbürgermeisterin X den Vizebürgermeister Y": subject after the verb
      if (lang === 'de' && !before(pos) && /^(empfing|empfängt|begrüßte|begrüßt|hieß)$/.test(text.slice(pos, end))) {
        const aft = [...new Set(ms.filter((x) => x.m.span[0] >= end).sort((a, b) => a.m.span[0] - b.m.span[0]).map((x) => x.p))];
        if (aft.length >= 2) { add(host, aft[0], w); add(guest, aft[1], w * 0.8); return; }
        // "Am Donnerstag empfing ihn Hiroshimas Bürgermeister Kazumi Matsui": a pronoun object, the subject after it
        if (aft.length === 1 && /^\s+(ihn|sie|ihm|ihr|die Gäste|die Delegation|den Gast)\b/.test(text.slice(end, end + 16))) { add(host, aft[0], w * 1.5); if (subjectBefore && subjectBefore !== aft[0]) add(guest, subjectBefore, w); return; }
      }
      add(host, before(pos), w); add(guest, after(end), w * 0.5);
      // co-subjects: "Mayor A, Deputy Mayor B and Council Member C welcomed …", "X, Y und Z empfingen …", "市委书记甲，市长乙会见了…"
      const finite = lang !== 'de' || /^(empfing|empfingen|empfängt|begrüßte|begrüßten|hieß|hießen)$/.test(text.slice(pos, end));
      if (finite) {
        const subj0 = before(pos);
        const clause0 = s.start + Math.max(0, text.slice(s.start, pos).lastIndexOf(';') + 1);
        for (const q of new Set(ms.filter((x) => x.m.span[0] >= clause0 && x.m.span[1] <= pos && x.p !== subj0 && !/(by|von|vom|from|aus|with|mit)\s+(?:\S+\s+){0,3}$/i.test(text.slice(Math.max(s.start, x.m.span[0] - 30), x.m.span[0])) &&
          // zh: only names joined to the subject by titles and commas, not visitors ("来访的…", "…率团访问…")
          !(lang === 'zh' && (/[访率邀抵到来陪]/.test(text.slice(x.m.span[1], pos)) || /(来访的|应邀|率领的)[^，。]{0,20}$/.test(text.slice(Math.max(s.start, x.m.span[0] - 24), x.m.span[0]))))).map((x) => x.p))) add(host, q, w * 0.8);
      }
      // German participle last: "X hat am Montag Y im Rathaus empfangen" — the people between subject and verb are received
      if (lang === 'de' && /^(empfangen|begrüßt)$/.test(text.slice(pos, end))) {
        const subj = before(pos);
        // objects follow the finite verb: "X und Y haben am Mittwoch Z begrüßt" — Y is a subject, Z the guest
        const aux = /\b(hat|haben|hatte|hatten)\b/.exec(text.slice(s.start, pos));
        const from = aux ? s.start + aux.index + aux[0].length : -1;
        if (from >= 0) for (const q of new Set(ms.filter((x) => x.m.span[0] >= from && x.m.span[1] <= pos && x.p !== subj).map((x) => x.p))) add(guest, q, w * 0.8);
      }
      // "received A, president of …, and B, vice mayor of …": everyone named after the verb up to the clause end
      if (lang !== 'zh') {
        const stop = s.text.slice(end - s.start).search(/[;.]|\b(while|während|bevor|before|after|nachdem)\b/);
        const lim = stop >= 0 ? end + stop : s.end;
        const first = after(end);
        for (const q of new Set(ms.filter((x) => x.m.span[0] >= end && x.m.span[1] <= lim).map((x) => x.p))) if (q !== first && q !== before(pos)) add(guest, q, w * 0.4);
      }
    });
    const hostVerbHere = HOST_SUBJ[lang].test(s.text);
    scan(GUEST_SUBJ[lang], (pos, end) => {
      // "empfing den Botschafter zu einem Antrittsbesuch": the noun names the guest's visit, the verb's subject hosts
      if (hostVerbHere && lang === 'de' && /^(Antrittsbesuch|zu Gast|Station)/.test(text.slice(pos, end))) return;
      // "kündigte an, im Herbst nach China zu reisen": a later trip, not this engagement
      if (ctx.kind !== 'visit_announcement' && (FUTURE[lang].test(text.slice(s.start, pos)) || /(kündigt\w* .{0,60}an|announced|angekündigt)/.test(text.slice(s.start, pos)))) return;
      // "与来访的日本爱知县知事…会谈": the visitor comes after 来访的
      if (lang === 'zh' && text[end] === '的') { add(guest, after(end), w); add(host, before(pos), w * 0.5); return; }
      const subj = before(pos);
      add(guest, subj, w);
      if (lang === 'de' && subj && /^(besuchte|besucht)/.test(text.slice(pos, end))) for (const q of others(subj)) add(host, q, w * 0.7);
      if (lang === 'en' && /^(visited|called on|calls on|paid)/i.test(text.slice(pos, end))) add(host, after(end), w * 0.7);
      if (lang === 'zh' && /^(拜会|拜访)$/.test(text.slice(pos, end))) add(host, after(end), w);
      if (lang === 'en' && /^(called on|calls on|told)$/i.test(text.slice(pos, end))) add(host, after(end), w * 0.7);
    });
    scan(MEET_SUBJ[lang], (pos, end) => {
      // "Visiting Mayor X met with Y", "X, on a visit to Shanghai, met Y": Y receives
      if (lang === 'en' && /\bvisiting\b|\bon (?:a|an|his|her|their) (?:[\w-]+ ){0,2}(?:visit|trip|tour) to\b/i.test(text.slice(s.start, pos))) { add(host, after(end), w); return; }
      add(host, before(pos), w * 0.3); add(guest, after(end), w * 0.3);
      // "met with A and with B, chairman of …": everyone named after the verb up to the clause end
      if (lang === 'en') {
        const stop = s.text.slice(end - s.start).search(/[;.]|\b(while|before|after|who|which)\b/);
        const lim = stop >= 0 ? end + stop : s.end;
        const first = after(end);
        for (const q of new Set(ms.filter((x) => x.m.span[0] >= end && x.m.span[1] <= lim).map((x) => x.p))) if (q !== first && q !== before(pos)) add(guest, q, w * 0.3);
      }
    });
    // "Visiting Auckland Mayor X met …", "X, who is on an official visit to Shanghai, …", "X, on a visit to Shanghai, …"
    if (lang === 'en') {
      scan(/\bvisiting\b(?!\s+(?:the|a|an|our|his|her|their|its)\b)/i, (_pos, end) => add(guest, after(end), w * 1.5));
      scan(/\b(?:who (?:is|was) )?on (?:a|an|his|her|their) (?:[\w-]+ ){0,2}(?:visit|trip|tour) to\b/i, (pos) => add(guest, closestBefore(pos), w * 1.5));
    }
    // "During his visit to China, the Lord Mayor of Perth met …", "访问期间，X会见了…": the subject is the visitor
    const during = DURING_VISIT[lang].exec(s.text);
    if (during) add(guest, after(s.start + during.index + during[0].length), w * 1.5);
    // zh "市外办主任张明参加会见": attendees named without a place are the receiving side's officials
    if (lang === 'zh' && ATTEND.zh.test(s.text)) for (const q of new Set(ms.map((x) => x.p))) add(host, q, w * 0.5);
    // "…Delegation begleitet, darunter Vizebürgermeister X", "a delegation including X", "代表团成员包括X": members are guests
    scan(lang === 'zh' ? /代表团(成员)?(包括|中有)/ : lang === 'de' ? /(Delegation|Gruppe|Gäste)\b.{0,80}?\b(darunter|unter ihnen|zu der auch|der auch|gehör(?:t|en|te|ten))\b/ : /\b(delegation|group)\b.{0,80}?\b(including|among them|which included|that included|included)\b/i, (_pos, end) => {
      for (const q of new Set(ms.filter((x) => x.m.span[0] >= end).map((x) => x.p))) { add(guest, q, w); attached.add(q); }
    });
    scan(ACCOMPANY[lang], (pos, end) => {
      if (lang === 'zh') { const c = closestBefore(pos); if (c) pairs.push({ companion: c, of: null, zhHost: true }); return; }
      const inner = ms.filter((x) => x.m.span[0] >= pos && x.m.span[1] <= end).map((x) => x.p)[0];
      const companion = after(end);
      // "He was accompanied by …": the pronoun is the previous sentence's subject
      const pronoun = /^\s*(He|She|They|Er|Sie)\b/.test(s.text) || /\b(er|sie|he|she|they)\b/i.test(text.slice(pos, end));
      const pron = pronoun ? subjectBefore : undefined;
      const of = inner ?? before(pos) ?? pron;
      // "During the visit the Lord Mayor is due to meet X. She will be accompanied by Y": when the previous sentence named
      // nobody at its start, the pronoun is the visitor
      const prevS = sentences[si - 1];
      const pronAtStart = !!pron && !!prevS && pron.mentions.some((m) => m.span[0] - prevS.start < 40 && m.span[0] >= prevS.start);
      const toVisitor = pronoun && !inner && !before(pos) && !pronAtStart;
      if (companion) pairs.push({ companion, of: toVisitor ? null : of ?? null, zhHost: false, visitor: toVisitor });
    });
    const leaderSpans: Span[] = [];
    scan(DELEGATION_LEADER_AFTER[lang], (pos, end) => { add(guest, after(end), w * 1.5); leaderSpans.push([pos, end]); });
    scan(DELEGATION_OF[lang], (pos, end) => {
      if (leaderSpans.some(([a, b]) => pos < b && end > a)) return;
      if (ctx.kind !== 'visit_announcement' && (FUTURE[lang].test(text.slice(s.start, pos)) || /(kündigt\w* .{0,60}an|announced|angekündigt)/.test(text.slice(s.start, pos)))) return;
      // "Oberbürgermeister X empfing den Gast und seine Delegation", "Mayor X received Y and his delegation": the
      // delegation belongs to the one received, not to the subject
      if (lang !== 'zh' && /^(und|and) (ihre|seine|ihrer|seiner|her|his|their) Delegation/i.test(text.slice(pos, end)) && HOST_SUBJ[lang].test(text.slice(s.start, pos))) return;
      // "… called on Mayor X with a delegation": the delegation travels with the sentence's subject
      const withA = /^(with a|mit einer)/i.test(text.slice(pos, end));
      // "Mayor X met with a delegation from Shanghai": the delegation is the object, not the subject's company
      if (withA && /\b(met|meets|meet|received|receives|welcomed|welcomes|hosted|hosts|greeted|traf sich|trafen sich)\s*$/i.test(text.slice(Math.max(s.start, pos - 20), pos))) return;
      // zh "市委书记周乃翔在南林饭店会见了代表团一行": a receiving verb between the person and the delegation makes it the object
      if (lang === 'zh') {
        const cb = ms.filter((x) => x.m.span[1] <= pos).sort((a, b) => b.m.span[1] - a.m.span[1])[0];
        if (cb && HOST_SUBJ.zh.test(text.slice(cb.m.span[1], pos))) return;
      }
      add(guest, lang === 'zh' ? closestBefore(pos) : withA ? firstBefore(pos) ?? before(pos) : before(pos), w * 1.5);
    });
  }
  // companions take the side of the person they accompany ("accompanied by", "begleitet von", zh 陪同 = local hosts)
  for (const { companion, of, zhHost, visitor } of pairs) {
    const side = zhHost ? 'host' : visitor ? 'guest' : of ? (((host.get(of) ?? 0) > (guest.get(of) ?? 0)) ? 'host' : ((guest.get(of) ?? 0) > (host.get(of) ?? 0)) ? 'guest' : null) : null;
    if (!side || companion === of) continue;
    add(side === 'host' ? host : guest, companion, 2);
    attached.add(companion);
  }
  return { host, guest, attached };
}

function principal(votes: Votes, p: Person): Side | null {
  const h = votes.host.get(p) ?? 0, g = votes.guest.get(p) ?? 0;
  if (h > g) return 'host';
  if (g > h) return 'guest';
  return null;
}

// =================================================================== location

function pickLocation(ctx: Ctx, kind: ContractKind, participants: Person[], votes: Votes): Evidence<string | null> {
  const { sentences, lang, text, places } = ctx;
  if (kind === 'video_call') return ev(null, 0.7, null, null);
  // a fully online forum has no venue
  const HYBRID = /(in person|in-person|vor Ort|hybrid|Präsenz|线上线下|现场|\bin \p{Lu}[\p{L}-]+ (?:and|und) online|with some [^.]{0,40}online|some (?:taking part|joining|participating) online|partly online|teils online|zum Teil online|etwa die Hälfte davon online|部分[^，。]{0,8}线上)/iu;
  if (kind === 'forum' && sentences.some((s) => (s.isHeadline || s.bodyIndex === 0) && FORUM[lang].test(s.text) && /(Online|online|virtuell|virtual|线上|云上|视频)/.test(s.text)) &&
    !sentences.some((s) => isLead(s) && HYBRID.test(s.text))) return ev(null, 0.6, null, null);
  const score = new Map<string, { s: number; span: Span; sentence: string }>();
  const add = (pm: PlaceMatch, w: number, s: Sentence) => {
    if (pm.place.kind === 'country') return;
    const e = score.get(pm.place.name);
    if (e) e.s += w; else score.set(pm.place.name, { s: w, span: pm.span, sentence: s.text });
  };
  const placesIn = (s: Sentence) => places.filter((p) => p.span[0] >= s.start && p.span[1] <= s.end);
  // a place that only qualifies a person's title ("Bürgermeister von Köln") is the person's, not a destination
  const persons = (pl: PlaceMatch) => participants.some((p) => p.titles.some((t) => t.ofSpan && t.ofSpan[0] === pl.span[0]));
  // dateline "Mannheim, 27.05.2011", "BEIJING, April 8 --", "Landeshauptstadt Düsseldorf – …"
  if (ctx.dateline && kind !== 'visit_announcement') {
    const s = sentences.find((x) => ctx.dateline!.span[0] >= x.start && ctx.dateline!.span[0] < x.end);
    if (s) add(ctx.dateline, 2, s);
    // "at City Hall", "im Rathaus" with no city named: the publishing city's own town hall
    // (not zh: Chinese reports say 市政厅 for the foreign partner's town hall)
    const hall = lang === 'zh' ? undefined : sentences.find((x) => isLead(x) && !x.isHeadline && !x.isDateline && CITY_HALL[lang].test(x.text) && MEET[lang].test(x.text));
    if (s && hall && !CITY_HALL_NAMED[lang].test(hall.text)) add(ctx.dateline, 2, s);
  }
  const inRe: Record<Lang, RegExp> = {
    de: /(?:\bin|\bim|\bnach|\bzu)\s+(?:(?:der|dem|die|den)\s+)?(?:(?:\p{Lu}\p{L}+s\s+(?=Partnerstadt|Schwesterstadt|Freundschaftsstadt))?(?:Partnerstadt|Freundschaftsstadt|Hauptstadt|Landeshauptstadt|Stadt|Metropole|Hansestadt|chinesischen|deutschen|[\p{Ll}]+en)\s+){0,2}$/u,
    en: /(?:\bin|\bto|\bat)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}]+['’]s\s+(?:sister|partner|twin|friendship)\s+city\s+)?(?:(?:city|capital|port city|Chinese|German|sister city|partner city)\s+(?:of\s+)?){0,2}$/iu,
    zh: /(?:在|访问|来到|抵达|到访|前往|访|赴|到)$/,
  };
  for (const s of sentences) {
    if (s.isDateline || isOther(ctx, s)) continue;
    const lead = isLead(s);
    const w = lead ? 3 : 1;
    if (!lead && !MEET[lang].test(s.text)) continue;
    for (const pl of placesIn(s)) {
      if (ctx.postings.some((x) => x[0] === pl.span[0])) continue;
      // "汉诺威明年将派出代表团访问青岛——这是…时宣布的": a place in a clause about the future is not the venue
      if (kind !== 'visit_announcement') {
        const clause = text.slice(s.start, pl.span[0]).split(/[，,；;—–]|——/).pop() ?? '';
        if (FUTURE[lang].test(clause) || /(明年|next year|nächstes Jahr|im kommenden Jahr)/.test(clause)) continue;
      }
      // "in Leipzigs Partnerstadt Nanjing", "in Leipzig's sister city Nanjing": the genitive is not the venue
      if (pl.form === 'gen' && /^(?:['’]s)?\s+(?:Partnerstadt|Schwesterstadt|Freundschaftsstadt|sister city|partner city|twin city)/i.test(text.slice(pl.span[1], pl.span[1] + 24))) continue;
      let pre = text.slice(Math.max(s.start, pl.span[0] - 40), pl.span[0]);
      // "访问韩国釜山市", "in Japan's Osaka": a country right before the city belongs to it
      const cty = places.find((q) => q.place.kind === 'country' && q.span[1] <= pl.span[0] && /^(?:['’]s)?\s*$/.test(text.slice(q.span[1], pl.span[0])));
      if (cty && cty.span[0] >= s.start) pre = text.slice(Math.max(s.start, cty.span[0] - 40), cty.span[0]);
      if (inRe[lang].test(pre)) {
        // German "nach X" is a destination; weaker unless headline
        // "met … in the Chinese capital", "traf … in Peking": the meeting verb and its place in one lead sentence
        const strong = lead && !s.isHeadline && /(?:\bin|\bim)\s+/.test(pre) && (MEET_SUBJ[lang].test(s.text) || HOST_SUBJ[lang].test(s.text));
        add(pl, /nach\s+$/.test(pre) ? w / 2 : strong ? w + 2 : w, s);
      }
      if (/^\s*(war Gastgeber|was host|hosted)/.test(text.slice(pl.span[1], pl.span[1] + 16))) add(pl, 3, s);
      // "hat … die Stadt Ingolstadt besucht", "besuchte Bonn", "visited Durban": the visited place
      if (lang !== 'zh' && pl.place.kind !== 'country' && (/\b(?:besucht\w*|visit(?:ed|s|ing)?)\s+(?:(?:die Stadt|das|den|the city of|the town of)\s+)?$/i.test(pre) || (lang === 'de' && /^\s+(?:besucht|besuchte)\b/.test(text.slice(pl.span[1], pl.span[1] + 12))))) add(pl, w, s);
      // "at the Debrecen City Hall", "im Bonner Rathaus", "科隆市政厅": the town hall of the place named right before it
      if (pl.place.kind !== 'country' && CITY_HALL_AFTER[lang].test(text.slice(pl.span[1], pl.span[1] + 20))) add(pl, w + 1, s);
      // 在沪 / 来京 / 访穗: the abbreviation carries the preposition
      if (lang === 'zh' && /^[在来访赴抵]/.test(pl.surface)) add(pl, w, s);
    }
  }
  // "im Generalkonsulat", "at the consulate", "在总领馆": the diplomat's posting is the venue
  if (ctx.postings.length && sentences.some((s) => isLead(s) && MISSION_VENUE[lang].test(s.text) && MEET[lang].test(s.text))) {
    const pm = places.find((p) => ctx.postings.some((x) => x[0] === p.span[0]) && p.place.kind !== 'country');
    const s = pm && sentenceOf(ctx, pm.span[0]);
    if (pm && s) add(pm, 4, s);
  }
  // host person's city
  for (const p of participants) {
    const side = principal(votes, p);
    const t = bestTitle(p);
    if (side === 'host' && t?.of && t.ofKind === 'place') {
      const place = ctx.gaz.lookup(t.of);
      if (place && (place.kind === 'city' || place.kind === 'district')) {
        const s = sentences[p.mentions[0]!.sentence]!;
        add({ place, span: t.ofSpan ?? p.mentions[0]!.span, surface: t.of, form: 'name' }, 2.5, s);
      }
    }
  }
  if (!score.size && kind !== 'visit_announcement') {
    // "A trifft B und ihre Delegation": the party that is not the delegation receives, at home
    const guests = participants.filter((p) => principal(votes, p) === 'guest');
    if (guests.length) {
      const guestCities = new Set(guests.map((p) => bestTitle(p)?.of).filter(Boolean));
      for (const p of participants) {
        const t = bestTitle(p);
        if (guests.includes(p) || !t?.of || t.ofKind !== 'place' || guestCities.has(t.of)) continue;
        if (!p.mentions.some((m) => isLead(sentences[m.sentence]!))) continue;
        const place = ctx.gaz.lookup(t.of);
        if (place) add({ place, span: t.ofSpan ?? p.mentions[0]!.span, surface: t.of, form: 'name' }, 1, sentences[p.mentions[0]!.sentence]!);
      }
    }
  }
  if (!score.size && kind === 'meeting') {
    // a Chinese city's press office (zh report, or a German/English page of a *.gov.cn site) names its own leader without a
    // venue: "陈吉宁与…座谈", "Chen Jining führte Gespräche mit …" — the meeting is at home
    const src = /(?:Quelle|Source|来源)\s*[:：]\s*(?:[a-z]+\.)?([a-z]+)\.gov\.cn/i.exec(text.slice(0, 400));
    const pub = src ? ctx.gaz.lookup(src[1]!.charAt(0).toUpperCase() + src[1]!.slice(1)) : undefined;
    const home = (pub && pub.kind === 'city' ? pub : undefined) ?? (lang === 'zh' ? participants.map((p) => ({ t: bestTitle(p), pos: p.mentions.find((m) => !sentences[m.sentence]!.isHeadline)?.span[0] ?? Infinity }))
      .filter((x) => x.t?.of && x.t.ofKind === 'place' && ctx.gaz.lookup(x.t.of)?.country === 'China' && ctx.gaz.lookup(x.t.of)?.kind === 'city')
      .sort((a, b) => a.pos - b.pos).map((x) => ctx.gaz.lookup(x.t!.of!))[0] : undefined);
    const s0 = sentences.find((x) => x.bodyIndex === 0) ?? sentences[0]!;
    if (home) add({ place: home, span: [s0.start, s0.start], surface: home.name, form: 'name' }, 1, s0);
  }
  if (kind === 'visit_announcement') {
    // the destination, if exactly one city is named as one; the travellers' home city is not
    const dests = announcementDestinations(ctx, participants, votes);
    // "Erste Station der Reise ist Peking", "the first stop will be Hangzhou", "首站为利兹": more stops follow, so no single venue
    if (sentences.some((s) => isLead(s) && /(erste[n]? Station|first (?:stop|leg|station)|首站|第一站)/i.test(s.text))) return ev(null, 0.5, null, null);
    if (dests.size === 1) { const [name, e] = [...dests][0]!; return ev(name, 0.6, e.span, e.sentence); }
    return ev(null, 0.4, null, null);
  }
  let best: { name: string; s: number; span: Span; sentence: string } | null = null;
  for (const [name, e] of score) if (!best || e.s > best.s) best = { name, ...e };
  if (!best) return ev(null, 0.3, null, null);
  // the location is a city (GUIDE): "在京都府厅", "in Guangdong" name the region whose seat receives
  const bp = ctx.gaz.lookup(best.name);
  if (bp?.kind === 'region' && bp.capital && ctx.gaz.lookup(bp.capital)?.kind === 'city') return ev(bp.capital, Math.min(0.8, 0.3 + best.s / 10), best.span, best.sentence);
  // a district (Pudong, 徐汇区) lies in its city
  if (bp?.kind === 'district' && bp.parent && ctx.gaz.lookup(bp.parent)?.kind === 'city' && !participants.some((p) => bestTitle(p)?.of === bp.name)) return ev(bp.parent, Math.min(0.8, 0.3 + best.s / 10), best.span, best.sentence);
  return ev(best.name, Math.min(0.95, 0.4 + best.s / 10), best.span, best.sentence);
}

/** The country of the one diplomatic mission the text names ("Generalkonsulat der Volksrepublik China", "the Chinese
 *  Consulate General", "Embassy of Japan", "中国驻汉堡总领馆"); null when none or several. */
function missionCountry(ctx: Ctx): string | null {
  const { text, places, gaz, lang } = ctx;
  const found = new Set<string>();
  const re = lang === 'zh' ? /(总领馆|总领事馆|领事馆|大使馆|使馆)/g : lang === 'de' ? /(Generalkonsulat\w*|Konsulat\w*|Botschaft)\b/g : /\b(Consulate(?:[- ]General)?|Embassy)\b/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    // a country named right after ("… der Volksrepublik China", "of Japan") or right before ("中国驻…", "Chinese Consulate")
    const after = places.find((pl) => pl.place.kind === 'country' && pl.span[0] >= m!.index + m![0].length && pl.span[0] - (m!.index + m![0].length) <= 24 && /^\s*(?:der|des|von|of|of the|the)?\s*(?:Volksrepublik|Republik|People's Republic of)?\s*$/i.test(text.slice(m!.index + m![0].length, pl.span[0])));
    if (after) { found.add(after.place.name); continue; }
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (lang === 'zh') { const pl = places.find((q) => q.place.kind === 'country' && q.span[1] <= m!.index && m!.index - q.span[1] <= 12 && /驻/.test(text.slice(q.span[1], m!.index))); if (pl) found.add(pl.place.name); continue; }
    const adj = /([\p{L}-]+)\s+(?:(?:Consulate|Generalkonsulat|Embassy|Botschaft)\s+)?$/u.exec(before.replace(/\s+(der|des|the)\s*$/, ' '));
    const c = adj ? gaz.demonym(adj[1]!) ?? gaz.demonym(adj[1]!.replace(/(e[nrs]?)$/, 'e')) : undefined;
    if (c) found.add(c);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** The organiser of a forum: "hosted by Gothenburg", "ausgerichtet von Köln", "由上海主办". */
function organiser(ctx: Ctx): string | null {
  const { text, places } = ctx;
  for (const pl of places) {
    if (pl.place.kind === 'country') continue;
    const s = sentenceOf(ctx, pl.span[0]);
    if (!s || !isLead(s)) continue;
    const pre = text.slice(Math.max(s.start, pl.span[0] - 40), pl.span[0]);
    if (/(hosted by|organi[sz]ed by|ausgerichtet von|veranstaltet von|Gastgeber(in)? (war|ist))\s+(the city of\s+|der Stadt\s+)?$/i.test(pre) || /^(市)?(人民政府|政府|外办)?(主办|承办|举办)/.test(text.slice(pl.span[1], pl.span[1] + 8)) && /由$/.test(pre)) return pl.place.name;
  }
  return null;
}

/** Where the visiting delegation comes from: "Delegation aus Chengdu", "a delegation from Hubei Province", "来自…的代表团". */
function delegationOrigin(ctx: Ctx): PlaceMatch | undefined {
  const { text, places, sentences, lang } = ctx;
  const PRE: Record<Lang, RegExp> = {
    de: /(Delegation|Gäste|Besucher|Besuch)\w*\s+(aus|der|des|von)\s+(?:der\s+|dem\s+)?(?:(?:Partnerstadt|Schwesterstadt|Stadt|Provinz|Präfektur|Region|chinesischen|japanischen|\p{Ll}+en)\s+){0,2}$/u,
    en: /(delegation|guests|visitors|group)\s+(from|of)\s+(?:the\s+)?(?:(?:sister city|partner city|city|province|prefecture|state)\s+(?:of\s+)?)?$/i,
    zh: /(来自)$/,
  };
  for (const pl of places) {
    if (pl.place.kind === 'country') continue;
    const s = sentenceOf(ctx, pl.span[0]);
    if (!s || !isLead(s) || s.isDateline) continue;
    if (pl.form === 'gen' && /^(?:['’]s)?\s+(?:Partnerstadt|Schwesterstadt|Freundschaftsstadt|sister city|partner city)/i.test(text.slice(pl.span[1], pl.span[1] + 24))) continue;
    if (PRE[lang].test(text.slice(Math.max(s.start, pl.span[0] - 60), pl.span[0]).replace(/\p{Lu}\p{L}+s\s+(?=(Partnerstadt|Schwesterstadt|Freundschaftsstadt)\s+$)/u, '').replace(/[\p{Lu}][\p{L}]+['’]s\s+(?=(sister|partner) city\s+$)/u, ''))) return pl;
    if (lang === 'zh' && /^(?:市|省)?(?:政府)?(?:友好)?(?:代表团|访问团|考察团)/.test(text.slice(pl.span[1], pl.span[1] + 8))) return pl;
  }
  void sentences;
  return undefined;
}

const travellerMemo = new WeakMap<Ctx, Person | null>();
/** The traveller of an announcement: the first titled person of a lead sentence that announces the trip. */
function traveller(ctx: Ctx, participants: Person[]): Person | undefined {
  let t = travellerMemo.get(ctx);
  if (t === undefined) { t = computeTraveller(ctx, participants) ?? null; travellerMemo.set(ctx, t); }
  return t ?? undefined;
}
function computeTraveller(ctx: Ctx, participants: Person[]): Person | undefined {
  const { sentences, lang } = ctx;
  let best: { p: Person; pos: number } | undefined;
  for (const p of participants) {
    if (!bestTitle(p)) continue;
    for (const m of p.mentions) {
      const s = sentences[m.sentence]!;
      if (s.isHeadline || s.isDateline || !isLead(s) || !(ANNOUNCE[lang].test(s.text) || GUEST_SUBJ[lang].test(s.text))) continue;
      if (!best || m.span[0] < best.pos) best = { p, pos: m.span[0] };
    }
  }
  return best?.p;
}

/** Places named as the goal of a trip: "reist nach Wuhan", "will travel to", "赴/访问/出访德国纽伦堡", "In Kobe he will meet",
 *  "Erste Station ist Kyoto, wo …". */
const goalsMemo = new WeakMap<Ctx, Set<string | number>>();
function tripGoals(ctx: Ctx): Set<string | number> {
  let g = goalsMemo.get(ctx);
  if (!g) { g = computeTripGoals(ctx); goalsMemo.set(ctx, g); }
  return g;
}
function computeTripGoals(ctx: Ctx): Set<string | number> {
  const { text, places } = ctx;
  const goal = new Set<string | number>();
  const addGoal = (pl: PlaceMatch) => { goal.add(pl.place.name); goal.add(pl.span[0]); };
  for (const pl of places) {
    if (pl.place.kind === 'country') continue;
    const s = sentenceOf(ctx, pl.span[0]);
    if (!s || !isLead(s) || s.isHeadline) continue;
    // a country right before the city belongs to it: "出访德国纽伦堡", "nach Japans Kyoto"
    const cty = places.find((q) => q.place.kind === 'country' && q.span[1] === pl.span[0]);
    const p0 = cty && cty.span[0] >= s.start ? cty.span[0] : pl.span[0];
    const pre = text.slice(Math.max(s.start, p0 - 12), p0);
    const post = text.slice(pl.span[1], pl.span[1] + 8);
    if (/(\bnach|\bto|\bvisit|\bvisiting|\bbesuchen|\bbesucht|赴|访问|前往|出访)\s*$/.test(pre) ||
      // "in die (japanische) Partnerstadt Kumamoto", "to the sister city of Dortmund"
      /(\bin die (?:[\p{L}-]+\s+)?(?:Partnerstadt|Stadt|Metropole|Hauptstadt|Freundschaftsstadt)|\bto (?:the|its|their|\p{Lu}[\p{L}]+['’]s) (?:[\p{L}-]+\s+)?(?:sister|partner|twin|friendship) city(?: of)?)\s*$/u.test(text.slice(Math.max(s.start, p0 - 40), p0))) addGoal(pl);
    else if (/(?:^|[.;:]\s*|,\s*)(?:In|in)\s+$/.test(text.slice(Math.max(s.start, p0 - 6), p0)) && p0 - s.start < 4) addGoal(pl);
    else if (/^(?:,\s*(?:wo|where)\b|，在那里)/.test(post)) addGoal(pl);
    // "应日本北九州市和韩国仁川广域市邀请", "at the invitation of the City of Kyoto", "auf Einladung der Stadt Busan": the hosts' cities
    else if (/(应[^，。；]{0,40}$|at the invitation of [^,.;]{0,50}$|auf Einladung [^,.;]{0,50}$)/.test(text.slice(s.start, p0)) && /^[^，。；,.;]{0,40}(邀请|邀)/.test(text.slice(pl.span[1], s.end)) || /(at the invitation of|auf Einladung)\s+(?:(?:der|des|von|vom|the)\s+)?(?:(?:Stadt|City of|Mayor of|Oberbürgermeister\w* von|Regierung von)\s+)?$/i.test(text.slice(Math.max(s.start, p0 - 50), p0))) addGoal(pl);
    // "在北九州期间", "在仁川，": the stay at a goal
    else if (/在$/.test(pre) && /^(?:市)?(?:期间|时|，)/.test(post)) addGoal(pl);
  }
  // "nach Kyoto und Busan", "出访德国纽伦堡和奥地利格拉茨": the second goal of a pair
  for (let i = 0; i < places.length; i++) {
    const pl = places[i]!;
    if (pl.place.kind === 'country' || goal.has(pl.place.name)) continue;
    const s = sentenceOf(ctx, pl.span[0]);
    if (!s || !isLead(s) || s.isHeadline) continue;
    let prev: PlaceMatch | undefined;
    for (let j = i - 1; j >= 0 && places[j]!.span[1] >= pl.span[0] - 12; j--) {
      const q = places[j]!;
      if (q.place.kind !== 'country' && q.span[1] <= pl.span[0] && goal.has(q.span[0])) { prev = q; break; }
    }
    if (prev && /^\s*(?:,|und|and|和|、|sowie)\s*(?:\p{L}+\s+)?$/u.test(text.slice(prev.span[1], pl.span[0]).replace(/(奥地利|德国|日本|韩国|法国|意大利|英国|美国)$/, ''))) addGoal(pl);
  }
  return goal;
}

/** Cities named as destinations in the lead of an announcement (not the travellers' home, not titles' places). */
function announcementDestinations(ctx: Ctx, participants: Person[], votes: Votes): Map<string, { span: Span; sentence: string }> {
  const { sentences, text, places } = ctx;
  const goal = tripGoals(ctx);
  const home = new Set<string>();
  const trav = traveller(ctx, participants);
  const travOf = trav ? bestTitle(trav)?.of : null;
  if (travOf) home.add(travOf);
  // the publisher's city (dateline) is where the travellers set out from, unless it is named as a goal
  // (not for a visit announced from the other side: "Besuch aus Suzhou angekündigt" comes to the publisher)
  const origin = delegationOrigin(ctx);
  if (ctx.dateline && !goal.has(ctx.dateline.place.name) && (!origin || origin.place.name === ctx.dateline.place.name) && (!travOf || travOf === ctx.dateline.place.name)) home.add(ctx.dateline.place.name);
  for (const p of participants) {
    if (principal(votes, p) !== 'guest') continue;
    const t = bestTitle(p);
    // someone the travellers will meet at a goal of the trip is not a traveller
    if (t?.of && !goal.has(t.of)) home.add(t.of);
  }
  const persons = (pl: PlaceMatch) => participants.some((p) => p.titles.some((t) => t.ofSpan && t.ofSpan[0] === pl.span[0]) && home.has(bestTitle(p)?.of ?? ''));
  const dests = new Map<string, { span: Span; sentence: string }>();
  for (const s of sentences) {
    if (!isLead(s) || s.isDateline || s.isHeadline) continue;
    for (const pl of places) {
      if (pl.span[0] < s.start || pl.span[1] > s.end) continue;
      if (pl.place.kind === 'country' || ctx.postings.some((x) => x[0] === pl.span[0])) continue;
      if (/(aus|from|来自|von)\s*(der|dem|the)?\s*(?:(?:Partner|Schwester|Freundschafts)?[Ss]tadt|sister city|partner city|twin city|city of|友好城市|友城)?\s*$/i.test(text.slice(Math.max(s.start, pl.span[0] - 30), pl.span[0]))) { home.add(pl.place.name); continue; }
      if (persons(pl)) continue;
      if (!dests.has(pl.place.name)) dests.set(pl.place.name, { span: pl.span, sentence: s.text });
    }
  }
  for (const h of home) if (!goal.has(h)) dests.delete(h);
  // named goals of the trip decide; other places of the lead ("萨克拉门托是加利福尼亚州首府") are background, and a region
  // holding a goal city is no second destination
  const goals = [...dests.keys()].filter((n) => goal.has(n));
  const TRAVEL = /(Station|stop|leg|站|前往|访问|赴|reist|besuch|visit|travel|fly|flies|fliegt|weiter|then|danach|随后|之后)/i;
  if (goals.length) for (const [n, e] of [...dests]) if ((!goal.has(n) && !TRAVEL.test(e.sentence)) || goals.some((g) => g !== n && ctx.gaz.within(g, n))) dests.delete(n);
  return dests;
}

// =================================================================== people → contract participants

function personEvidence(ctx: Ctx, p: Person, side: Side | null, conf: number): Evidence<ContractParticipant> {
  const t = bestTitle(p);
  const m = p.mentions.find((x) => x.full) ?? p.mentions[0]!;
  const role: RoleCode = t ? (t.former ? 'other' : t.role) : 'other';
  return ev({ name: p.name, role, of: t && !t.former ? t.of : null, side }, conf, m.span, ctx.sentences[m.sentence]?.text ?? null);
}

function resolvePerson(ctx: Ctx, p: Person, kind: ContractKind, location: string | null, locCountry: string | null, votes: Votes, everyone: Person[]): ParticipantEvidence {
  const { sentences, gaz, lang } = ctx;
  const t = bestTitle(p) as TitleEvidence;
  const m = p.mentions.find((x) => x.full) ?? p.mentions[0]!;
  const sentence = sentences[m.sentence]?.text ?? null;
  let role: RoleCode = t.former ? 'other' : t.role;
  let of: string | null = t.former ? null : t.of;
  let ofConf = of ? 0.8 : 0.4;
  let ofSpan = t.ofSpan;
  const localRole = ['mayor', 'deputy_mayor', 'party_secretary', 'official', 'legislator', 'governor'].includes(role) || (role === 'minister' && !t.national);
  // "provincial Party Secretary Xin Changxing", "Provinzgouverneur": the province the lead names
  if (!t.former && !of && localRole && /\b(provincial|Provinz-?|provinziale\w*)\s*$/i.test(ctx.text.slice(Math.max(0, t.span[0] - 14), t.span[0]))) {
    // the province of the venue's country ("Jiangsu Province and the US state of California … in Nanjing": Jiangsu)
    const rg = ctx.places.find((pl) => pl.place.kind === 'region' && isLead(sentenceOf(ctx, pl.span[0]) ?? sentences[0]!) && (!locCountry || pl.place.country === locCountry));
    if (rg) { of = rg.place.name; ofSpan = rg.span; ofConf = 0.5; }
  }
  // diplomats and national officials represent their country
  if (!t.former && (t.national || ['ambassador', 'consul_general', 'head_of_state', 'head_of_government'].includes(role) || (role === 'minister' && t.ofKind !== 'place'))) {
    const c = p.titles.find((x) => x.ofKind === 'country')?.of ?? p.titles.find((x) => x.country)?.country ?? null;
    if (c) { of = c; ofConf = 0.75; }
    // "Generalkonsulin Du Xiaohui" in a release of the "Generalkonsulat der Volksrepublik China in Hamburg": a diplomat whose
    // country goes unnamed serves the one mission the text names
    else if (['ambassador', 'consul_general'].includes(role)) { const mc = missionCountry(ctx); if (mc) { of = mc; ofConf = 0.6; } }
  }
  // "Oberbürgermeister Keller und Bürgermeister Chen": a plain Bürgermeister who is not the receiving side, in a
  // report with one foreign partner city in the lead, is that city's mayor
  if (!t.former && !of && t.rawRole === 'mayor_de' && principal(votes, p) !== 'host' && !everyone.some((q) => q !== p && q.titles.length && principal(votes, q) === 'guest')) {
    const foreign = new Set<string>();
    for (const pl of ctx.places) {
      const ps = sentenceOf(ctx, pl.span[0]);
      if (!ps || !isLead(ps) || ps.isDateline || pl.place.kind !== 'city') continue;
      if (pl.place.country && !['Germany', 'Austria', 'Switzerland'].includes(pl.place.country)) foreign.add(pl.place.name);
    }
    for (const q of everyone) { const o = bestTitle(q)?.of; if (q !== p && o) foreign.delete(o); }
    if (foreign.size === 1) { of = [...foreign][0]!; ofConf = 0.45; }
  }
  // "aus Wuhan war der Leiter des Außenamtes, X, zugeschaltet", "Von Duisburger Seite nahm Beigeordneter X teil",
  // "from Leeds, councillor X": the origin named in the title's clause
  if (!t.former && !of && localRole) {
    const ts = sentenceOf(ctx, t.span[0]);
    if (ts) {
      const head = ctx.text.slice(ts.start, t.span[0]);
      const c0 = ts.start + Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':'), -1) + 1;
      const orig = ctx.places.filter((pl) => pl.span[0] >= c0 && pl.span[1] <= t.span[0] && pl.place.kind !== 'country' &&
        (/(?:\b(?:aus|from|von)\s+(?:der\s+|dem\s+|the\s+)?|来自)$/i.test(ctx.text.slice(Math.max(ts.start, pl.span[0] - 12), pl.span[0])) ||
          (pl.form === 'adj' && /^\s+Seite/.test(ctx.text.slice(pl.span[1], pl.span[1] + 8))) || /^\s+side\b/.test(ctx.text.slice(pl.span[1], pl.span[1] + 8))));
      const clause = ctx.text.slice(c0, t.span[0]);
      if (orig.length === 1 && principal(votes, p) !== 'host' && !/(Delegation|Gäste|Gruppe|Besucher|delegation|guests|group|visitors|代表团)/.test(clause)) { of = orig[0]!.place.name; ofSpan = orig[0]!.span; ofConf = 0.55; }
    }
  }
  // "In Kobe he will meet Mayor X", "Erste Station ist Kyoto, wo … Bürgermeister X": the goal of the trip named in the
  // person's sentence is their city
  if (!t.former && !of && localRole) {
    const ts = sentenceOf(ctx, t.span[0]);
    const goals = tripGoals(ctx);
    const trOf = kind === 'visit_announcement' ? bestTitle(traveller(ctx, everyone) ?? p)?.of ?? delegationOrigin(ctx)?.place.name ?? ctx.dateline?.place.name : null;
    const here = ts ? [...new Set(ctx.places.filter((pl) => pl.span[0] >= ts.start && pl.span[1] <= ts.end && goals.has(pl.span[0]) && pl.place.name !== trOf).map((pl) => pl.place.name))] : [];
    if (here.length === 1 && traveller(ctx, everyone) !== p && principal(votes, p) !== 'host' && (kind === 'visit_announcement' || here[0] !== location)) { of = here[0]!; ofConf = 0.5; }
  }
  if (!t.former && !of && localRole) {
    // the press office's own officials go unnamed: the dateline city; a guest: a city of their sentence or the lead
    const side0 = principal(votes, p);
    const dl = ctx.dateline?.place.name ?? null;
    const firstInLead = (() => {
      const lead = everyone.filter((q) => q.titles.length).map((q) => ({ q, pos: q.mentions.find((x) => !sentences[x.sentence]!.isHeadline)?.span[0] ?? Infinity }))
        .sort((a, b) => a.pos - b.pos)[0];
      return lead?.q === p;
    })();
    const locPl = location ? gaz.lookup(location) : undefined;
    const hostRegion = everyone.map((q) => q !== p && principal(votes, q) === 'host' ? bestTitle(q) : null)
      .find((x) => x?.of && x.ofKind === 'place' && !!location && gaz.within(location, x.of))?.of;
    if (side0 !== 'guest' && hostRegion) { of = hostRegion; ofConf = 0.5; }
    else if (side0 === 'host' && location && locPl?.kind !== 'country') { of = location; ofConf = 0.55; }
    else if (side0 === 'host' && !location && dl) { of = dl; ofSpan = ctx.dateline!.span; ofConf = 0.5; }
    else if (side0 === 'guest' && dl && dl !== location) { of = dl; ofSpan = ctx.dateline!.span; ofConf = 0.45; }
    else if (!side0 && dl && (dl === location || !location || firstInLead)) { of = dl; ofSpan = ctx.dateline!.span; ofConf = 0.5; }
    else if (!side0 && location && locPl?.kind !== 'country') { of = location; ofConf = 0.5; }
    else if (side0 === 'guest') {
      const s = sentences[m.sentence]!;
      // places that belong to the host side are not the guest's: the venue, its region, the host people's places
      const hostPlaces = new Set(everyone.filter((q) => q !== p && principal(votes, q) === 'host').map((q) => bestTitle(q)?.of).filter((x): x is string => !!x));
      const hostish = (pl: PlaceMatch) => pl.place.name === location || hostPlaces.has(pl.place.name) || (!!location && gaz.within(location, pl.place.name));
      // "Vizebürgermeister der südchinesischen Technologiemetropole": the adjective names the country
      const descr = /^\s+(?:der|des|of the)\s+(?:\p{L}+-)?(\p{Ll}*?)(chinesisch|japanisch|koreanisch|deutsch|französisch|britisch|amerikanisch|Chinese|Japanese|Korean|German|French|British|American)/iu.exec(ctx.text.slice(t.span[1], t.span[1] + 60));
      const descrCountry = descr ? gaz.demonym(descr[2]!) ?? gaz.demonym(descr[2]!.charAt(0).toUpperCase() + descr[2]!.slice(1)) : undefined;
      const fits = (pl: PlaceMatch) => !descrCountry || pl.place.country === descrCountry;
      // "Zur Kieler Delegation gehört auch Ratsherr X", "a member of the Leeds delegation": the delegation named in the sentence
      const ownDel = ctx.places.find((pl) => pl.span[0] >= s.start && pl.span[1] <= s.end && pl.place.kind !== 'country' && !hostish(pl) &&
        /^\s*(?:Delegation|delegation|Gruppe|代表团|访问团)/.test(ctx.text.slice(pl.span[1], pl.span[1] + 12)));
      let other = ownDel ?? delegationOrigin(ctx) ?? ctx.places.find((pl) => pl.span[0] >= s.start && pl.span[1] <= s.end && pl.place.kind !== 'country' && !hostish(pl) && fits(pl));
      if (!other) {
        // the other city of the lead: most mentioned non-location city in the headline and lead
        const count = new Map<string, { n: number; pm: PlaceMatch }>();
        for (const pl of ctx.places) {
          const ps = sentenceOf(ctx, pl.span[0]);
          if (!ps || !isLead(ps) || ps.isDateline || pl.place.kind === 'country' || hostish(pl) || !fits(pl)) continue;
          const e = count.get(pl.place.name);
          if (e) e.n++; else count.set(pl.place.name, { n: 1, pm: pl });
        }
        let top: { n: number; pm: PlaceMatch } | undefined;
        // cities before regions, then the most mentioned
        for (const e of count.values()) if (!top || (e.pm.place.kind === 'city' && top.pm.place.kind !== 'city') || (e.pm.place.kind === top.pm.place.kind && e.n > top.n)) top = e;
        other = top?.pm;
      }
      if (other) { of = other.place.name; ofSpan = other.span; ofConf = 0.45; }
      // no other city in sight, while the visitors' city is named: a local office at the venue is the venue's
      else if (location && locPl?.kind !== 'country' && everyone.some((q) => q !== p && bestTitle(q)?.of && bestTitle(q)!.of !== location && gaz.lookup(bestTitle(q)!.of!)?.kind !== 'country')) { of = location; ofConf = 0.4; }
    } else if (location) { of = location; ofConf = 0.55; }
  }
  // zh reports name their own city's officials without the city ("副市长季晶参加会见"): the city of the report's Chinese
  // principal
  if (!t.former && !of && localRole && lang === 'zh' && principal(votes, p) !== 'guest') {
    const lead = everyone.filter((q) => q !== p).map((q) => ({ t: bestTitle(q), pos: q.mentions[0]?.span[0] ?? Infinity }))
      .filter((x) => x.t?.of && x.t.ofKind === 'place' && gaz.lookup(x.t.of)?.country === 'China').sort((a, b) => a.pos - b.pos)[0];
    if (lead) { of = lead.t!.of; ofConf = 0.45; }
  }
  // German "Bürgermeister(in)" under an Oberbürgermeister of the same city → deputy
  // "Erster Bürgermeister" is Hamburg's head, but under an Oberbürgermeister (Heidelberg) the first deputy
  const firstDeputy = /^Erste/.test(t.surface ?? '') && t.rawRole === 'mayor';
  if ((t.rawRole === 'mayor_de' || firstDeputy) && !t.former && of) {
    const place = gaz.lookup(of);
    const germanic = place?.country === 'Germany' || place?.country === 'Austria';
    const ob = everyone.some((q) => {
      if (q === p) return false;
      const qt = q.titles.find((x) => x.role === 'mayor' && x.rawRole === 'mayor' && !x.former);
      return !!qt && (qt.of ?? ctx.dateline?.place.name ?? location) === of;
    });
    // an Oberbürgermeister named without a name ("in Vertretung des Oberbürgermeisters") also counts
    const obUnnamed = /Oberbürgermeister\w*\b(?!\s+(von|der Stadt|aus)\s)/.test(ctx.text) && !everyone.some((q) => q !== p && q.titles.some((x) => x.rawRole === 'mayor' && !x.former && (x.of ? x.of !== of : !!t.ofSpan)));
    if (germanic && (ob || obUnnamed)) role = 'deputy_mayor';
  }
  // "Oberbürgermeisterin X, Bürgermeister Y …" with no city known for either: Y serves under X
  if (t.rawRole === 'mayor_de' && !t.former && !of && role === 'mayor' && everyone.some((q) => q !== p && q.titles.some((x) => x.rawRole === 'mayor' && /Oberbürgermeister/i.test(x.surface ?? '') && !x.former && !x.of))) role = 'deputy_mayor';
  // a governor represents a region: "Osaka Governor" → Osaka Prefecture; a Land's Ministerpräsident seen only
  // through the dateline (Düsseldorf) → the region that city is the seat of
  // provincial and Land offices ("副省长", "vice governor", "Landtagspräsidentin", "Europaminister") represent the region
  const provincial = /(省|州长|州议会|governor|Gouverneur|Landtag|Landes|Provinz|Province|Prefectur|Präfektur)/i.test(t.surface ?? '');
  if ((role === 'governor' || (role === 'minister' && !t.national) || provincial) && of) {
    const place = gaz.lookup(of);
    if (place && place.kind === 'city') {
      let found = false;
      for (const suffix of [' Prefecture', ' Province', ' (state)', ' State']) {
        const r = gaz.byName.get(of + suffix) ?? gaz.lookup(of + suffix);
        if (r && r.kind === 'region') { of = r.name; found = true; break; }
      }
      if (!found && place.parent && !t.ofSpan) of = place.parent;
    }
  }
  // side
  let side: Side | null = null;
  let sideConf = 0.5;
  const vote = principal(votes, p);
  const inLead = p.mentions.some((x) => isLead(sentences[x.sentence]!));
  if (t.former || kind === 'video_call') side = null;
  else if (['business', 'academic', 'other'].includes(role)) {
    const top = p.mentions.some((x) => sentences[x.sentence]!.isHeadline || sentences[x.sentence]!.bodyIndex === 0);
    const strong = Math.max(votes.host.get(p) ?? 0, votes.guest.get(p) ?? 0) >= 1;
    side = (top || votes.attached.has(p)) && vote && (strong || top) ? vote : p.mentions.some((x) => sentences[x.sentence]!.isHeadline) ? 'guest' : null;
    if (side && of && location && of === location) side = 'host';
  } else if (of && location) {
    const place = gaz.lookup(of);
    if (place?.kind === 'country') {
      // a diplomat who receives at their own post (consulate, embassy, residence) is the host
      const posted = p.titles.map((x) => x.postingSpan).filter((x): x is Span => !!x)
        .map((sp) => ctx.places.find((pl) => pl.span[0] === sp[0])?.place.name).some((n) => n === location);
      const atMission = posted && vote === 'host' && sentences.some((s) => isLead(s) && MISSION_VENUE[lang].test(s.text) && MEET[lang].test(s.text));
      side = place.name === locCountry || atMission ? 'host' : 'guest';
    } else if (place?.kind === 'region') {
      // is the venue in that region? The gazetteer knows for Chinese cities and regional capitals; else the verbs tell
      const lp = gaz.lookup(location);
      if (gaz.within(location, place.name) || new RegExp(`\\b${location.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(place.name)) side = 'host';
      else if (lp && lp.country && place.country && lp.country !== place.country) side = 'guest';
      else if (lp?.parent && lp.parent !== place.name) side = 'guest';
      else side = vote;
    }
    // a neighbouring town's mayor receiving together with the host ("Bürgermeisterin X aus dem benachbarten Y und
    // Oberbürgermeister Z begrüßten die Delegation"): same country as the venue, receiving, while the guests come from abroad
    else if (of !== location && vote === 'host' && place?.country && place.country === locCountry &&
      everyone.some((q) => q !== p && principal(votes, q) === 'guest' && gaz.lookup(bestTitle(q)?.of ?? '')?.country !== locCountry)) side = 'host';
    else side = of === location ? 'host' : 'guest';
    sideConf = 0.7;
  } else if (of && !location && gaz.lookup(of)?.kind === 'country' && kind !== 'forum') {
    // no venue known: a diplomat or national official takes the side of a compatriot principal ("荷兰首相…，荷兰驻华大使…参加会见")
    const diplomat = ['ambassador', 'consul_general', 'official'].includes(role);
    const mate = everyone.find((q) => q !== p && !!principal(votes, q) && (bestTitle(q)?.of === of || bestTitle(q)?.country === of) &&
      !['ambassador', 'consul_general', 'official'].includes(bestTitle(q)?.role ?? ''));
    side = (diplomat || !vote) && mate ? principal(votes, mate) : vote; sideConf = 0.5;
  } else if (vote) { side = vote; sideConf = 0.6; }
  if (kind === 'visit_announcement' && of && !t.former && gaz.lookup(of)?.kind !== 'country') {
    // an announcement: the travellers come from home, everyone else named at a goal of the trip receives them
    const tr = traveller(ctx, everyone);
    const home = tr ? bestTitle(tr)?.of ?? delegationOrigin(ctx)?.place.name ?? ctx.dateline?.place.name : null;
    if (home && principal(votes, tr!) !== 'host') side = of === home ? 'guest' : tripGoals(ctx).has(of) ? 'host' : side;
  }
  if (kind === 'forum' && !location && of) {
    // an online forum: the organiser ("hosted by Gothenburg", the dateline city) hosts; other cities' people are guests
    const org = organiser(ctx) ?? ctx.dateline?.place.name ?? null;
    const pl = gaz.lookup(of);
    if (of === org) side = 'host';
    else if (pl && pl.kind !== 'country' && org) side = 'guest';
  }
  if (kind === 'forum' && side && of) {
    const place = gaz.lookup(of);
    if (place?.kind === 'country' || !place) side = of === location ? 'host' : null;
  }
  const value: ContractParticipant = { name: p.name, role, of, side };
  const spanOf: Span | null = ofSpan ?? null;
  void lang;
  return {
    ...ev(value, inLead ? 0.8 : 0.6, m.span, sentence),
    role: ev(role, 0.75, t.span, sentences.find((s) => t.span[0] >= s.start && t.span[0] < s.end)?.text ?? null),
    of: ev(of, ofConf, spanOf, spanOf ? sentences.find((s) => spanOf[0] >= s.start && spanOf[0] < s.end)?.text ?? null : null),
    side: ev(side, sideConf, m.span, sentence),
  };
}

// =================================================================== cities

function pickCities(ctx: Ctx, kind: ContractKind, parts: ParticipantEvidence[], location: string | null, secondary: Set<string> = new Set()): Evidence<string>[] {
  const { gaz, sentences, lang, places } = ctx;
  const out = new Map<string, Evidence<string>>();
  const add = (name: string, conf: number, span: Span | null, sentence: string | null) => { if (!out.has(name)) out.set(name, ev(name, conf, span, sentence)); };
  // the venue is a party unless the host side is represented by someone else (a region, a country)
  const hostOf = parts.filter((p) => p.value.side === 'host' && p.value.of && gaz.lookup(p.value.of) && !secondary.has(p.value.name));
  if (location && (!hostOf.length || hostOf.some((p) => p.value.of === location))) add(location, 0.8, null, null);
  const sideHasCity: Record<Side, boolean> = { host: false, guest: false };
  const sideOf = (v: ContractParticipant): Side | null => v.side ?? (kind === 'video_call' ? 'guest' : null);
  for (const p of parts) {
    const v = p.value;
    const side = sideOf(v);
    if (!v.of || !side) continue;
    const place = gaz.lookup(v.of) ?? (ctx.titlePlaces.has(v.of) ? { name: v.of, kind: 'city' as const } : undefined);
    if (place && place.kind !== 'country' && place.name === v.of && !secondary.has(v.name)) { sideHasCity[side] = true; add(v.of, 0.75, p.of.span, p.of.sentence); }
  }
  if (location && out.has(location)) sideHasCity.host = true;
  // an attendee's place counts only when their side has no other
  for (const p of parts) {
    const v = p.value;
    const side = sideOf(v);
    if (!v.of || !side || !secondary.has(v.name) || sideHasCity[side]) continue;
    const place = gaz.lookup(v.of);
    if (place && place.kind !== 'country' && place.name === v.of) { sideHasCity[side] = true; add(v.of, 0.6, p.of.span, p.of.sentence); }
  }
  if (location && out.has(location)) sideHasCity.host = true;
  for (const p of parts) {
    const v = p.value;
    const side = sideOf(v);
    if (!v.of || !side || kind === 'forum' || kind === 'video_call') continue;
    const place = gaz.lookup(v.of);
    if (place?.kind === 'country' && !sideHasCity[side] && ['ambassador', 'consul_general', 'minister', 'head_of_state', 'head_of_government', 'legislator'].includes(v.role)) {
      add(place.name, 0.6, p.of.span, p.of.sentence);
    }
  }
  if (kind === 'forum') {
    for (const s of sentences) {
      // "Shenzhen und Atlanta mussten absagen", "could not come": cities that stayed away are no parties
      if (s.isDateline || !FORUM_PARTICIPATION[lang].test(s.text) || isOther(ctx, s) || CANCELLED[lang].test(s.text) || NOT_PRESENT[lang].test(s.text) || /(absagen|abgesagt|could not (?:come|attend|travel)|unable to (?:come|attend|travel)|未能|缺席)/i.test(s.text)) continue;
      const ps = places.filter((p) => p.span[0] >= s.start && p.span[1] <= s.end && p.place.kind !== 'country');
      // "来自加拿大魁北克市等城市的代表", "delegates from Quebec City": one named city is enough
      const from = /(来自|delegates from|representatives from|Vertreter(?:innen)? aus|Delegationen aus|Gäste aus)/i.test(s.text);
      if (ps.length >= 2 || (ps.length === 1 && from)) for (const p of ps) add(p.place.name, 0.55, p.span, s.text);
    }
  }
  return [...out.values()];
}

// =================================================================== agreement

function detectAgreement(ctx: Ctx, kind: ContractKind): Evidence<boolean> {
  const { sentences, lang } = ctx;
  if (kind === 'visit_announcement') return ev(false, 0.8, null, null);
  if (kind === 'signing') {
    const s = sentences.find((x) => SIGN[lang].test(x.text));
    return ev(true, 0.8, s ? [s.start, s.end] : null, s?.text ?? null);
  }
  for (const s of sentences) {
    if (s.isDateline) continue;
    // "共同出席…签约仪式", "attended the signing ceremony": a signing took place
    const ceremony = /(签约仪式|签字仪式|签署仪式|signing ceremony|Unterzeichnungszeremonie|feierlich unterzeichnet)/i.test(s.text);
    if (!SIGN[lang].test(s.text) || (!DOC[lang].test(s.text) && !ceremony)) continue;
    // a signing told in a relative clause ("…, which signed an agreement in 1985, …") is history too: the whole sentence counts
    // the future counts in the signing's own clause only ("signed a memorandum under which they will cooperate" was signed)
    if (ctx.otherTime.test(s.text) || FUTURE[lang].test(clauseAround(s.text, SIGN[lang]))) continue;
    if (lang === 'en' && /\bsign(ed)? up\b/i.test(s.text)) continue;
    return ev(true, 0.7, [s.start, s.end], s.text);
  }
  return ev(false, 0.7, null, null);
}
