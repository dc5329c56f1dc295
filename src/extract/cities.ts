// The principal cities, regions and countries of the engagement (GUIDE.md "cities").
import { CANCELLED, NOT_PRESENT, FORUM_PARTICIPATION } from './cues.ts';
import { type ContractKind, type ContractParticipant, type Evidence, type ParticipantEvidence, type Side, type Span } from './types.ts';
import { isOther, ev, type Ctx } from './context.ts';

export function pickCities(ctx: Ctx, kind: ContractKind, parts: ParticipantEvidence[], location: string | null, secondary: Set<string> = new Set()): Evidence<string>[] {
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
    // (a diplomat who accompanies a company's or university's head is no principal: "爱丁堡大学校长…，英国驻上海总领事…参加会见")
    const diplomat = ['ambassador', 'consul_general'].includes(v.role);
    const otherPrincipal = diplomat && parts.some((q) => q !== p && sideOf(q.value) === side && ['business', 'academic', 'other'].includes(q.value.role));
    if (place?.kind === 'country' && !sideHasCity[side] && !otherPrincipal && ['ambassador', 'consul_general', 'minister', 'head_of_state', 'head_of_government', 'legislator'].includes(v.role)) {
      add(place.name, 0.6, p.of.span, p.of.sentence);
    }
  }
  if (kind === 'forum') {
    for (const s of sentences) {
      // "Shenzhen und Atlanta mussten absagen", "could not come": cities that stayed away are no parties
      if (s.isDateline || !FORUM_PARTICIPATION[lang].test(s.text) || isOther(ctx, s) || CANCELLED[lang].test(s.text) || NOT_PRESENT[lang].test(s.text) || /(absagen|abgesagt|could not (?:come|attend|travel)|unable to (?:come|attend|travel)|未能|缺席)/i.test(s.text)) continue;
      // ("Caerphilly in Wales": the region only places the city)
      const ps = places.filter((p) => p.span[0] >= s.start && p.span[1] <= s.end && p.place.kind !== 'country' &&
        !(p.place.kind !== 'city' && places.some((q) => q.span[1] <= p.span[0] && q.place.kind === 'city' && /^\s+(?:in|im|in the)\s+$/.test(ctx.text.slice(q.span[1], p.span[0])))));
      // "来自加拿大魁北克市等城市的代表", "delegates from Quebec City": one named city is enough
      const from = /(来自|delegates from|representatives from|Vertreter(?:innen)? aus|Delegationen aus|Gäste aus)/i.test(s.text);
      if (ps.length >= 2 || (ps.length === 1 && from)) for (const p of ps) add(p.place.name, 0.55, p.span, s.text);
    }
  }
  return [...out.values()];
}
