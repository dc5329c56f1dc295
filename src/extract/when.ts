// The engagement's first and last day, and the sentences that tell other days.
import { TALKS, HOST_SUBJ, MEET, VAGUE_DATE } from './cues.ts';
import { findDurationDays, parseIso, type DateMention } from './dates.ts';
import { type Sentence } from './text.ts';
import { type ContractKind, type Evidence, type Lang, type Span } from './types.ts';
import { globalOf, isOther, ev, type Ctx, sentenceOf, isLead } from './context.ts';
import { ARRIVAL } from './where.ts';

export function pickDate(ctx: Ctx, kind: ContractKind, datelineSpans: Span[], dates: DateMention[]): { date: Evidence<string | null>; end: Evidence<string | null> } {
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
    // "1973年6月24日，天津与日本神户正式缔结友好城市关系" in a 2023 report: a date years before publication is history
    if (pub && d.hasYear && pub.getTime() - x.getTime() > 730 * 86400000) return false;
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
      // "left for Auckland this morning after a three-day visit from Tuesday to Thursday": the stay, not the departure
      if (d.type === 'relative' && !d.end && /\b(left|departed|flew (?:on|back|home)|verließ|reiste\w* (?:ab|weiter))\b|离开|启程回国/.test(s.text)) d = good.find((x) => x.end) ?? d;
      // "today closed the Summit, which brought delegates … from 7 to 10 July": a forum takes its own dates (GUIDE)
      if (kind === 'forum' && !d.end) d = good.find((x) => x.end) ?? d;
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
        if (n) {
          const x = parseIso(d.date)!;
          // "a three-day visit that ended on Wednesday", "the two-day forum, which closed on Friday", "zum Abschluss ihres
          // zweitägigen Treffens heute", "为期两天的论坛29日闭幕": the day named is the last
          const before = s.text.slice(0, d.span[0] - s.start), after = s.text.slice(d.span[1] - s.start, (d.span[1] - s.start) + 14);
          const closing = /\b(ended|ends|closed|closes|concluded|wrapped up|came to an end|endete|endeten|zu Ende ging|schloss|zum Abschluss)\b[^,.;]{0,30}$/i.test(before) ||
            /^\s*(闭幕|落幕|结束|圆满结束)/.test(after) || /\b(?:zum Abschluss|at the close|am Ende)\b/i.test(before.slice(-60));
          if (closing) { endD = d.date; d = { ...d, date: new Date(x.getTime() - (n - 1) * 86400000).toISOString().slice(0, 10) }; }
          else endD = new Date(x.getTime() + (n - 1) * 86400000).toISOString().slice(0, 10);
        }
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
      // "bricht am Sonntag, 14. Mai, … auf. Bis Mittwoch, 17. Mai, stehen Termine …", "returning on Friday": a trip's or
      // forum's last day in the next lead sentence
      if (!endD && d.date && (kind === 'visit_announcement' || kind === 'forum')) {
        const a = parseIso(d.date)!.getTime();
        for (const s2 of order) {
          if (s2.start < s.start || !isLead(s2) || isOther(ctx, s2)) continue;
          const d2 = all.find((x) => x.span[0] >= s2.start && x.span[1] <= s2.end && x !== d && !!x.date && !x.end && UNTIL[lang].test(ctx.text.slice(Math.max(s2.start, x.span[0] - 30), x.span[0])));
          const b = d2 ? parseIso(d2.date!)!.getTime() : NaN;
          if (d2 && b > a && b - a <= 31 * 86400000) { endD = d2.date; break; }
        }
      }
      // (an end before the start is no range: "left this morning after a visit from Tuesday to Thursday")
      if (endD && d.date && endD < d.date) endD = null;
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

/** Words before a trip's or forum's last day: "Bis Mittwoch, 17. Mai", "until Friday", "至16日". */
const UNTIL: Record<Lang, RegExp> = {
  de: /\b(?:[Bb]is(?: zum| einschließlich)?|Rückkehr (?:ist )?(?:am|für))\s+$/,
  en: /\b(?:[Uu]ntil|[Tt]hrough|[Tt]ill|returning (?:on)?|return (?:on)?)\s+$/,
  zh: /(至|到)$/,
};

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
export function sentencesOffDate(ctx: Ctx, date: string, end: string | null, datelineSpans: Span[], dates: DateMention[]): Set<Sentence> {
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
