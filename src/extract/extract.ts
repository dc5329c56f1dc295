// The extraction engine: text in, draft engagement (PRODUCT.md contract) plus provenance out.
// Pure: no database, no network. See README.md in this folder for the pipeline.
import type { TopicCode } from '../domain/taxonomy.ts';
import { TOPIC_CODES } from '../domain/taxonomy.ts';
import { ABSENT_AFTER, ACCOMPANY, SOURCE_BEFORE, ATTEND, DELEGATION_OF, NOT_PRESENT, PAST_TIME, MEET, OTHER_TIME } from './cues.ts';
import { findDates, parseIso } from './dates.ts';
import { getGazetteer, type PlaceMatch } from './gazetteer.ts';
import { detectLanguage } from './lang.ts';
import { bestTitle, extractPeople, type Person } from './people.ts';
import { findTitles } from './titles.ts';
import { splitSentences } from './text.ts';
import { findTopics } from './topics.ts';
import { DEFAULT_LIMITS, ExtractionInputError, LANGS, type Contract, type Evidence, type ExtractionLimits, type ExtractionResult, type ExtractOptions, type Span } from './types.ts';
import { isOtherMain, withPastYears, ev, type Ctx, isLead } from './context.ts';
import { prepareText } from './input.ts';
import { findDatelinePlace, partnerHome, pickLocation } from './where.ts';
import { detectKind } from './kind.ts';
import { pickDate, sentencesOffDate } from './when.ts';
import { sideVotes } from './sides.ts';
import { announcementDestinations } from './trip.ts';
import { personEvidence, resolvePerson } from './participants.ts';
import { pickCities } from './cities.ts';
import { detectAgreement } from './agreement.ts';

/** An interval clause open before a mention: "Zehn Jahre nachdem …", "two years after …", "五年前" is not here (zh marks
 *  history with its own words). The clause ends at a comma. */
const INTERVAL_BEFORE = /\b(?:\d+|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\s+(?:Jahre|Jahrzehnte|Monate|years|decades|months)\s+(?:nachdem|after)\b[^,;]*$/i;

/** A leading clause that puts someone elsewhere at the time ("Während … in Montbéliard an den Feierlichkeiten teilnahm,"). */
const ELSEWHERE_CLAUSE: Partial<Record<'de' | 'en' | 'zh', RegExp>> = {
  de: /^Während\b[^,;]{0,160}?\b(?:in|auf|bei)\s[^,;]{0,200}?\b(?:teilnahm|teilnimmt|weilte|weilt|unterwegs (?:war|ist)|zu Gast (?:war|ist))\s*,/,
  en: /^While\b[^,;]{0,160}?\b(?:was|were|is) (?:in|at|away|attending|travelling|traveling)\b[^,;]{0,100},/,
};

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
    // ("本报讯", "人民网东京11月8日电": a news agency's dateline)
    const zx = /^\s*(?:[^，。]{0,12}?)(\d{1,2}月\d{1,2}日[讯电]|\d{4}年\d{1,2}月\d{1,2}日[讯电])/.exec(s.text);
    if (zx) datelineSpans.push([s.start, s.start + zx[0].length]);
    // "记者9月4日从市外办获悉": the day the reporter learned it
    const zl = /(?:记者)?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:从[^，。]{1,24})?(?:获悉|了解到|发布)/.exec(s.text);
    if (zl) datelineSpans.push([s.start + zl.index, s.start + zl.index + zl[0].length]);
    // "据大阪府政府8日消息": the day a source reported it
    const zs = /据[^，。]{1,20}?(?:\d{1,2}月)?\d{1,2}日(?:消息|发布|报道|通报|透露)/.exec(s.text);
    if (zs) datelineSpans.push([s.start + zs.index, s.start + zs.index + zs[0].length]);
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
  ctx.dateline ??= partnerHome(ctx);
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
    const present = p.mentions.filter((m) => !ABSENT_AFTER[lang].test(text.slice(Math.max(sentences[m.sentence]!.start, m.span[0] - 80), m.span[0])) &&
      // "Zehn Jahre nachdem Staatspräsident Xi … einen Güterzug in Empfang genommen hat, …", "Two years after Mayor X
      // visited …,": a clause set years before tells history
      !INTERVAL_BEFORE.test(text.slice(Math.max(sentences[m.sentence]!.start, m.span[0] - 120), m.span[0])) &&
      // "Vizebürgermeisterin Karin Hörzing, die Bürgermeister Klaus Luger vertrat": the one represented is not there
      !(lang === 'de' && /^\s+(?:vertrat|vertritt|vertraten|vertreten hat|vertreten hatte)\b/.test(text.slice(m.span[1], m.span[1] + 24))));
    // a source who talked to the reporter ("据市外办主任李刚介绍", "according to …") is not a participant (GUIDE)
    const m0 = p.mentions[0];
    if (m0 && !sentences[m0.sentence]!.isHeadline && SOURCE_BEFORE[lang].test(text.slice(Math.max(sentences[m0.sentence]!.start, m0.span[0] - 60), m0.span[0]))) { mentioned.push(p); continue; }
    const sents = new Set(present.map((m) => m.sentence));
    let positive = false;
    // (only the clause of the mention: "Die Pandemie hat die Reise verhindert – stattdessen schalteten sich X und Y zu")
    const clauseOf = (m: { span: Span; sentence: number }) => {
      const st = sentences[m.sentence]!;
      const head = text.slice(st.start, m.span[0]), tail = text.slice(m.span[1], st.end);
      const a = Math.max(head.lastIndexOf('–'), head.lastIndexOf('—'), head.lastIndexOf(';'), head.search(/\b(?:stattdessen|instead)\b(?!.*\b(?:stattdessen|instead)\b)/));
      const b = tail.search(/[–—;]/);
      return text.slice(a >= 0 ? st.start + a : st.start, b >= 0 ? m.span[1] + b : st.end);
    };
    const absent = present.some((m) => NOT_PRESENT[lang].test(clauseOf(m)) && !sentences[m.sentence]!.isHeadline) ||
      // "Während Oberbürgermeister X in Montbéliard an den Feierlichkeiten teilnahm, empfing …", "While Mayor X was in Y, …":
      // someone busy elsewhere in a leading clause
      (p.mentions.length > 0 && p.mentions.every((m) => {
        const st = sentences[m.sentence]!;
        const lead = ELSEWHERE_CLAUSE[lang]?.exec(st.text);
        return !!lead && m.span[1] <= st.start + lead[0].length;
      }));
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
  let location = pickLocation(ctx, kind, participants, votes);
  const locPlace = location.value ? gaz.lookup(location.value) : undefined;
  const locCountry = locPlace?.kind === 'country' ? locPlace.name : locPlace?.country ?? null;

  // resolve `of` for locals without a place, and Bürgermeister under an Oberbürgermeister
  const resolved = participants.map((p) => resolvePerson(ctx, p, kind, location.value, locCountry, votes, peopleAll));
  // a company's or university's people go with their own principal: "马士基集团首席执行官柯文胜一行" and a Maersk colleague,
  // the Eindhoven mayor and the president of Eindhoven University of Technology
  if (kind === 'meeting' || kind === 'signing') {
    for (const r of resolved) {
      const v = r.value;
      if (v.side || !v.of || !['business', 'academic'].includes(v.role)) continue;
      // (a local firm or association at home stays neutral: only a visiting city's institutions travel with it)
      const mate = resolved.find((q) => q !== r && q.value.side && (q.value.of === v.of ||
        (q.value.side === 'guest' && !!q.value.of && gaz.lookup(q.value.of)?.kind === 'city' && new RegExp(`\\b${q.value.of.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(v.of!))));
      if (mate) r.value = { ...v, side: mate.value.side };
    }
  }
  // no venue found, but the receiving side's city is known now (GUIDE: a delegation received by a city's leader is in
  // that city)
  if (!location.value && (kind === 'meeting' || kind === 'signing')) {
    const host = resolved.find((r) => r.value.side === 'host' && r.value.of && gaz.lookup(r.value.of)?.kind === 'city' && ['mayor', 'party_secretary', 'deputy_mayor'].includes(r.value.role));
    if (host) location = ev(host.value.of, 0.4, host.of.span, host.of.sentence);
  }

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
  // a title's portfolio names no cooperation field: "senator for economy and innovation", "Minister of Culture, Sports
  // and Youth", "Beigeordneter für Wirtschaft und Kultur"
  const titleSpans = findTitles(text, lang).map((x): Span => {
    const pf = /^\s+(?:for|für)\s+[^,.;()]{1,60}/.exec(text.slice(x.span[1], x.span[1] + 64)) ??
      (x.def.role === 'minister' ? /^\s+of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]*(?:,\s+|\s+and\s+|\s+&\s+|\s+)){1,6}/u.exec(text.slice(x.span[1], x.span[1] + 64)) : null);
    return pf ? [x.span[0], x.span[1] + pf[0].length] : x.span;
  });
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
