// Where the engagement took place: datelines, venues (town halls, missions), delegations and organisers.
import { MEET_SUBJ, FORUM, FUTURE, HOST_SUBJ, MEET } from './cues.ts';
import { STATE_ADJ, type Place, type PlaceMatch } from './gazetteer.ts';
import { bestTitle, type Person } from './people.ts';
import { type Sentence } from './text.ts';
import { type ContractKind, type Evidence, type Lang, type Span } from './types.ts';
import { isOther, ev, type Ctx, sentenceOf, isLead } from './context.ts';
import { type Votes, principal } from './sides.ts';
import { announcementDestinations } from './trip.ts';

/** A diplomatic mission as a venue: "im Generalkonsulat", "at the consulate", "在总领馆". */
const MISSION: Record<Lang, RegExp> = {
  de: /(Generalkonsulat|Konsulat|Botschaft\b|Residenz de[sr] (General)?[Kk]onsul|Residenz de[sr] Botschafter)/,
  en: /\b(consulate|embassy|consul general's residence|ambassador's residence)\b/i,
  zh: /(总领馆|领事馆|大使馆|使馆|官邸)/,
};

/** The mission as the place of the meeting ("im Generalkonsulat", "at the consulate", "在总领馆"), not as a news source
 *  ("据中国驻大阪总领事馆消息"). */
export const MISSION_VENUE: Record<Lang, RegExp> = {
  de: /\b(?:im|in der|ins|in die)\s+(?:[\p{L}-]+\s+){0,3}(?:Generalkonsulat|Konsulat|Botschaft|Residenz)/u,
  en: /\b(?:at|in|to)\s+the\s+(?:[\p{L}'’-]+\s+){0,3}(?:consulate|embassy|residence)\b/iu,
  zh: /(?:在|到|赴)[^，。；]{0,14}(?:总领馆|领事馆|使馆|官邸)/,
};
/** A sentence opened by the subject's own trip. */
export const DURING_VISIT: Record<Lang, RegExp> = {
  de: /^(?:Während|Im Rahmen|Bei)\s+(?:seine[rs]?|ihre[rs]?)\s+(?:\p{L}+\s+)?(?:Besuch|Reise|Aufenthalt|Visite)\w*\b[^,]*,/u,
  en: /^(?:During|On)\s+(?:his|her|their)\s+(?:\w+-day\s+|official\s+|first\s+)?(?:visit|trip|tour|stay)\b[^,]*,/i,
  zh: /^(?:[^，。]{0,12}(?:访问|出访|访华|访德)期间|在[^，。]{1,12}访问期间)，/,
};

/** Arrival at the start of a visit: the meeting itself may fall on a later day of it. */
export const ARRIVAL: Record<Lang, RegExp> = {
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
/** City papers whose names do not start with their city (general knowledge of the main municipal dailies). */
const CITY_PAPERS: Array<[RegExp, string]> = [
  [/(解放日报|文汇报|新民晚报|Jiefang Daily|Wenhui Bao|Xinmin Evening News|Shanghai Daily)/, 'Shanghai'], [/(北京青年报|Beijing Daily)/, 'Beijing'],
  [/(羊城晚报|南方日报|Yangcheng Evening News)/, 'Guangzhou'], [/(新华日报|扬子晚报)/, 'Nanjing'], [/(大众日报|齐鲁晚报)/, 'Jinan'], [/(钱江晚报|浙江日报)/, 'Hangzhou'],
  [/(楚天都市报|湖北日报)/, 'Wuhan'], [/(华西都市报|四川日报)/, 'Chengdu'], [/(今晚报)/, 'Tianjin'], [/(华商报|陕西日报)/, "Xi'an"],
];

const STATE_ADJ_OFFICE = new RegExp(`^\\s*(${Object.keys(STATE_ADJ).join('|')})\\s+(Staatskanzlei|Landesregierung|Staatsministerium|Senatskanzlei|Staatsregierung)`);
/** A government's press office named with its state or city ("Staatsministerium Baden-Württemberg", "Government of …"). */
const GOV_OFFICE = /(Staatskanzlei|Staatsministerium|Landesregierung|Senatskanzlei|Landesministerium|Regierungspräsidium|Government|Premier['’]s Office|Office of the Premier)/;
const GOV_OFFICE_BEFORE = new RegExp(`${GOV_OFFICE.source}\\s+(?:des Landes\\s+|of\\s+(?:the\\s+)?)?$`);

export function findDatelinePlace(ctx: Ctx): PlaceMatch | null {
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
  // a publisher line under the headline: "City of Philadelphia, Office of the Mayor", "Office of the Governor of Iowa"
  for (const s of sentences.slice(1, 4)) {
    if (!s.isHeadline && !s.isDateline) continue;
    const m = /^(?:(?:City|Town|Borough|County|State) of|Office of the (?:Mayor|Governor|Lord Mayor|Premier)(?: of)?)\s+/.exec(s.text);
    const pl = m ? places.find((p) => p.span[0] === s.start + m[0].length && p.place.kind !== 'country') : undefined;
    if (pl) return pl;
  }
  for (const s of sentences.slice(0, 4)) {
    if (!(s.isDateline || s.bodyIndex === 0)) continue;
    const pl = places.find((p) => p.span[0] >= s.start && p.span[1] <= s.end && !/^-\p{L}/u.test(text.slice(p.span[1], p.span[1] + 2)));
    if (pl && pl.place.kind !== 'country' && /^(?:(?:Landeshauptstadt|Stadt|Hansestadt|Bundesstadt|Landratsamt|Landkreis|Kreis|Gemeinde|Rathaus|Pressestelle|City of|Town of)\s+)?$/.test(text.slice(s.start, pl.span[0])) && /^\s*(,|\(|–|—|-|\|)/.test(text.slice(pl.span[1], pl.span[1] + 3))) return pl;
    // "Boston City Hall news, April 14, 2023": a dateline line that starts with a city
    if (s.isDateline && pl && pl.span[0] === s.start && pl.place.kind !== 'country' && pl.form === 'name') return pl;
    // "Rathaus Umschau – Landeshauptstadt München, 19. Mai 2022", "Wissenschaftsstadt Darmstadt, Presse- und …": the first
    // city of a dateline line names the publisher, unless a mission publishes ("Generalkonsulat … in Hamburg") or a
    // preposition ties the city to something else
    if (s.isDateline && !MISSION[ctx.lang].test(s.text)) {
      // (a place inside a compound is no city: "Rhein-Neckar-Kurier, Lokales Mannheim")
      // (a regional paper's adjective is no city either: "Thüringer Allgemeine, Erfurt, 25.10.2019")
      const first = places.find((p) => p.span[0] >= s.start && p.span[1] <= s.end && p.place.kind !== 'country' && !/^-\p{L}/u.test(text.slice(p.span[1], p.span[1] + 2)) &&
        !(p.form === 'adj' && p.place.kind === 'region'));
      const pre = text.slice(s.start, first?.span[0] ?? s.start);
      // "Braunschweiger Zeitung, 27.06.2019", "Kölner Stadt-Anzeiger": a local paper named by its city's adjective
      if (first && first.form === 'adj' && first.place.kind === 'city' && first.span[0] === s.start && /^\s+(?:\p{L}*[Zz]eitung|Nachrichten|Neueste Nachrichten|Stadt-Anzeiger|General-Anzeiger|Anzeiger|Rundschau|Allgemeine|Tagblatt|Tageblatt|Post|Kurier|Morgenpost|Volksstimme|Stadtanzeiger|Abendblatt|Merkur|Wochenblatt|Stadtspiegel|Echo|Bote|Presse)\b/u.test(text.slice(first.span[1], first.span[1] + 24))) return first;
      if (first && first.form === 'name' && (/\b(?:City|Town|Borough|County|Municipality|Stadt) of\s+$/i.test(pre) || !/\b(in|aus|von|vom|of|at|bei|für|from|to|nach|mit|with)\s+(?:(?:der|dem|the)\s+)?$/i.test(pre))) return first;
    }
    // "Bayerische Staatskanzlei – Pressemitteilung", "Staatsministerium Baden-Württemberg", "Government of Western Australia":
    // a government's press office names its state or city
    if (s.isDateline) {
      const gov = places.find((p) => p.span[0] >= s.start && p.span[1] <= s.end && p.place.kind !== 'country' && p.span[0] - s.start <= 40 &&
        (GOV_OFFICE.test(text.slice(p.span[1], p.span[1] + 22).split(/[,–—|]/)[0]!) || GOV_OFFICE_BEFORE.test(text.slice(Math.max(s.start, p.span[0] - 30), p.span[0]))));
      if (gov) return gov;
      const adj = STATE_ADJ_OFFICE.exec(s.text);
      const region = adj ? ctx.gaz.lookup(STATE_ADJ[adj[1]!]!) : undefined;
      if (adj && region) return { place: region, span: [s.start + adj.index, s.start + adj.index + adj[1]!.length], surface: adj[1]!, form: 'adj' };
    }
    const up = /^([A-Z][A-Z .'-]{2,30}?)(?:,|\s+[-–—]\s)/.exec(s.text);
    if (up) {
      const name = up[1]!.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (x) => x.toUpperCase());
      const p = ctx.gaz.lookup(name);
      if (p && p.kind !== 'country') return { place: p, span: [s.start, s.start + up[1]!.length], surface: up[1]!, form: 'name' };
    }
  }
  return null;
}

export function pickLocation(ctx: Ctx, kind: ContractKind, participants: Person[], votes: Votes): Evidence<string | null> {
  const { sentences, lang, text, places } = ctx;
  if (kind === 'video_call') return ev(null, 0.7, null, null);
  // a fully online forum has no venue
  const HYBRID = /(in person|in-person|vor Ort|hybrid|Präsenz|线上线下|现场|\bin \p{Lu}[\p{L}-]+ (?:and|und) online|with some [^.]{0,40}online|some (?:taking part|joining|participating) online|partly online|teils online|zum Teil online|etwa die Hälfte davon online|部分[^，。]{0,8}线上)/iu;
  if (kind === 'forum' && sentences.some((s) => (s.isHeadline || s.bodyIndex === 0) && FORUM[lang].test(s.text) && /(Online|online|virtuell|virtual|线上|云上|视频)/.test(s.text)) &&
    !sentences.some((s) => isLead(s) && HYBRID.test(s.text))) return ev(null, 0.6, null, null);
  // (the matched place is kept: a district name shared by two cities carries the reading the text chose)
  const score = new Map<string, { s: number; span: Span; sentence: string; place: Place }>();
  const add = (pm: PlaceMatch, w: number, s: Sentence) => {
    if (pm.place.kind === 'country') return;
    const e = score.get(pm.place.name);
    if (e) e.s += w; else score.set(pm.place.name, { s: w, span: pm.span, sentence: s.text, place: pm.place });
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
      // "the port city in China's Fujian Province", "the capital of Wales", "die Hafenstadt in der Provinz Fujian": a place in a
      // description of a city is no venue
      // (but "met … in the capital of Shaanxi province" names the venue)
      if (/\b(?:city|town|port|metropolis|Stadt|Hafenstadt|Metropole)\s+(?:in|im|in der)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}]+['’]s\s+)?$/u.test(text.slice(Math.max(s.start, pl.span[0] - 50), pl.span[0]))) continue;
      // "Gäste aus Caerphilly in Wales", "Hefei in Anhui": a region placing the city before it is no venue
      if (pl.place.kind !== 'city' && places.some((q) => q.span[1] <= pl.span[0] && q.place.kind === 'city' && /^\s+(?:in|im|in the)\s+$/.test(text.slice(q.span[1], pl.span[0])))) continue;
      // "…, dem die Mehrheit an Linde Hydraulics in Aschaffenburg gehört", "a firm which has a plant in Kobe": a relative
      // clause places someone else
      // (but "the Forum, which opened in Changsha on Thursday" places the event itself)
      const rel = lang === 'zh' ? null : /,\s+(?:der|die|das|dem|den|deren|dessen|which|whose)\s[^,;]*$/.exec(text.slice(s.start, pl.span[0]));
      if (rel && !/\b(?:opened|was held|is held|took place|takes place|closed|began|started|convened|stattfand|stattfindet|tagte|eröffnet|begann|endete)\b/.test(rel[0] + text.slice(pl.span[1], Math.min(s.end, pl.span[1] + 40)))) continue;
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
      // "签字仪式在慕尼黑举行", "was held in Munich", "fand in München statt": the event's stated venue
      if (lead && ((lang === 'zh' && /在$/.test(pre) && /^(?:市|州)?(?:[^，。；]{0,12}?)(?:举行|召开|举办)/.test(text.slice(pl.span[1], pl.span[1] + 16))) ||
        (lang === 'en' && /\b(?:held|took place|taking place|hosted)\s+(?:on \w+\s+)?in\s+$/i.test(pre)) ||
        (lang === 'de' && /\bin\s+$/.test(pre) && /^[^.;]{0,40}\b(?:statt|stattgefunden|stattfand)\b/.test(text.slice(pl.span[1], s.end))))) add(pl, 4, s);
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
  // no posting named with the diplomat: the mission's own city, named with the mission in the header or the lead
  // ("Generalkonsulat der Volksrepublik China in Hamburg, 24.09.2021 … im Generalkonsulat empfangen")
  else if (sentences.some((s) => isLead(s) && MISSION_VENUE[lang].test(s.text) && MEET[lang].test(s.text))) {
    const MISSION_IN = lang === 'zh' ? /驻([^，。；]{1,8}?)(?:总领事馆|总领馆|领事馆|大使馆)/ : /(?:Generalkonsulat|Konsulat|Botschaft|Consulate[- ]General|Consulate|Embassy)\b[^,.;\n]{0,50}?\b(?:in|at)\s+$/;
    for (const pl of places) {
      if (pl.place.kind === 'country') continue;
      const s = sentenceOf(ctx, pl.span[0]);
      if (!s || !(isLead(s) || s.isDateline || s.isHeadline)) continue;
      const pre = text.slice(Math.max(s.start, pl.span[0] - 70), pl.span[0]);
      if (lang === 'zh' ? /驻$/.test(pre) && /^(?:市)?(?:总领事馆|总领馆|领事馆)/.test(text.slice(pl.span[1], pl.span[1] + 6)) : MISSION_IN.test(pre)) { add(pl, 4, s); break; }
    }
  }
  // host person's city
  for (const p of participants) {
    const side = principal(votes, p);
    // (another title may name the place: "Bürgermeister X, Präsident des Senats der Freien Hansestadt Bremen")
    const t0 = bestTitle(p);
    const t = t0?.of ? t0 : p.titles.find((x) => !x.former && x.of && x.ofKind === 'place') ?? t0;
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
  let best: { name: string; s: number; span: Span; sentence: string; place: Place } | null = null;
  for (const [name, e] of score) if (!best || e.s > best.s) best = { name, ...e };
  if (!best) return ev(null, 0.3, null, null);
  // the location is a city (GUIDE): "在京都府厅", "in Guangdong" name the region whose seat receives
  const bp = best.place.kind === 'district' ? best.place : ctx.gaz.lookup(best.name);
  if (bp?.kind === 'region' && bp.capital && ctx.gaz.lookup(bp.capital)?.kind === 'city') return ev(bp.capital, Math.min(0.8, 0.3 + best.s / 10), best.span, best.sentence);
  // a district (Pudong, 徐汇区) lies in its city
  if (bp?.kind === 'district' && bp.parent && ctx.gaz.lookup(bp.parent)?.kind === 'city' && (lang === 'zh' || !participants.some((p) => bestTitle(p)?.of === bp.name))) return ev(bp.parent, Math.min(0.8, 0.3 + best.s / 10), best.span, best.sentence);
  return ev(best.name, Math.min(0.95, 0.4 + best.s / 10), best.span, best.sentence);
}

/** The country of the one diplomatic mission the text names ("Generalkonsulat der Volksrepublik China", "the Chinese
 *  Consulate General", "Embassy of Japan", "中国驻汉堡总领馆"); null when none or several. */
export function missionCountry(ctx: Ctx): string | null {
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

/** The publisher's city told by a possessive partner phrase in the lead, when no dateline names it: "a delegation from
 *  Saskatoon's sister city of Shijiazhuang", "aus Kölns Partnerstadt Peking", "aus der Kölner Partnerstadt Peking". */
export function partnerHome(ctx: Ctx): PlaceMatch | null {
  const { text, places } = ctx;
  const AFTER = /^(?:['’]s)?\s+(?:Partnerstadt|Schwesterstadt|Freundschaftsstadt|Partnerregion|Partnerprovinz|sister city|sister-city|partner city|twin city|twin town|friendship city|sister state|sister province|partner region|sister region)\b/i;
  for (const pl of places) {
    if (pl.place.kind === 'country' || pl.form === 'name') continue;
    const s = sentenceOf(ctx, pl.span[0]);
    if (!s || !isLead(s) || s.isDateline) continue;
    if (AFTER.test(text.slice(pl.span[1], pl.span[1] + 30))) return pl;
  }
  return null;
}

/** The organiser of a forum: "hosted by Gothenburg", "ausgerichtet von Köln", "由上海主办". */
export function organiser(ctx: Ctx): string | null {
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
export function delegationOrigin(ctx: Ctx): PlaceMatch | undefined {
  const { text, places, sentences, lang } = ctx;
  const PRE: Record<Lang, RegExp> = {
    de: /(Delegation|Gäste|Besucher|Besuch)\w*\s+(aus|der|des|von)\s+(?:der\s+|dem\s+)?(?:(?:Partnerstadt|Schwesterstadt|Stadt|Provinz|Präfektur|Region|\p{Ll}+e[nrs]?)\s+){0,2}$/u,
    en: /(delegation|guests|visitors|group)\s+(from|of)\s+(?:the\s+)?(?:(?:[A-Z][a-z]+\s+)?(?:sister city|partner city|city|province|prefecture|state),?\s+(?:of\s+)?)?$/i,
    zh: /(来自)$/,
  };
  for (const pl of places) {
    if (pl.place.kind === 'country') continue;
    const s = sentenceOf(ctx, pl.span[0]);
    if (!s || !isLead(s) || s.isDateline) continue;
    // "aus Nürnbergs chinesischer Partnerstadt Shenzhen": the partner, not the city whose partner it is
    if (pl.form === 'gen' && /^(?:['’]s)?\s+(?:(?:\p{Ll}+e[nrs]?|[A-Z][a-z]+)\s+)?(?:Partnerstadt|Schwesterstadt|Freundschaftsstadt|[Ss]ister city|[Pp]artner city)/u.test(text.slice(pl.span[1], pl.span[1] + 40))) continue;
    if (PRE[lang].test(text.slice(Math.max(s.start, pl.span[0] - 60), pl.span[0]).replace(/\p{Lu}\p{L}+s\s+(?:\p{Ll}+e[nrs]?\s+)?(?=(Partnerstadt|Schwesterstadt|Freundschaftsstadt)\s+$)/u, '').replace(/[\p{Lu}][\p{L}]+['’]s\s+(?=(?:[A-Z][a-z]+\s+)?(sister|partner) city,?\s+$)/u, ''))) return pl;
    if (lang === 'zh' && /^(?:市|省)?(?:政府)?(?:友好)?(?:代表团|访问团|考察团)/.test(text.slice(pl.span[1], pl.span[1] + 8))) return pl;
  }
  void sentences;
  return undefined;
}
