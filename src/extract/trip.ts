// Announced trips: the traveller and the destinations.
import { ANNOUNCE, GUEST_SUBJ } from './cues.ts';
import { type PlaceMatch } from './gazetteer.ts';
import { bestTitle, type Person } from './people.ts';
import { type Span } from './types.ts';
import { type Sentence } from './text.ts';
import { type Ctx, sentenceOf, isLead, isOther } from './context.ts';
import { delegationOrigin } from './where.ts';
import { type Votes, principal } from './sides.ts';

const travellerMemo = new WeakMap<Ctx, Person | null>();
/** The traveller of an announcement: the first titled person of a lead sentence that announces the trip. */
export function traveller(ctx: Ctx, participants: Person[]): Person | undefined {
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
export function tripGoals(ctx: Ctx): Set<string | number> {
  let g = goalsMemo.get(ctx);
  if (!g) { g = computeTripGoals(ctx); goalsMemo.set(ctx, g); }
  return g;
}
function computeTripGoals(ctx: Ctx): Set<string | number> {
  const { text, places } = ctx;
  const goal = new Set<string | number>();
  const addGoal = (pl: PlaceMatch) => { goal.add(pl.place.name); goal.add(pl.span[0]); };
  // an announcement's itinerary runs past the lead ("Erste Station ist Xuzhou. Dort … Anschließend fährt die Delegation
  // nach Changzhou, wo …")
  const inTrip = (s: Sentence) => isLead(s) || (ctx.kind === 'visit_announcement' && s.bodyIndex >= 0 && s.bodyIndex < 6 && !isOther(ctx, s));
  for (const pl of places) {
    if (pl.place.kind === 'country') continue;
    const s = sentenceOf(ctx, pl.span[0]);
    if (!s || !inTrip(s) || s.isHeadline) continue;
    // "Erste Station ist Xuzhou", "the first stop is Hangzhou", "首站为利兹"
    if (/(?:Station (?:ist|wird|der Reise ist)|stop (?:is|will be)|首站为|首站是|第一站是)\s*$/i.test(text.slice(Math.max(s.start, pl.span[0] - 30), pl.span[0]))) { addGoal(pl); continue; }
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
    // "stehen Termine in Tel Aviv und Jerusalem auf dem Programm", "with stops in Osaka and Kobe"
    else if (/\b(?:Termine|Stationen|Station|Gespräche|Besuche|stops?|meetings|talks|visits|engagements)\s+(?:in|im)\s+$/i.test(text.slice(Math.max(s.start, p0 - 30), p0))) addGoal(pl);
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
export function announcementDestinations(ctx: Ctx, participants: Person[], votes: Votes): Map<string, { span: Span; sentence: string }> {
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
