// Date mentions in de / en / zh with spans, and their resolution against the publication date.
import type { Lang, Span } from './types.ts';

export interface DateMention {
  span: Span;
  /** Resolved first day, or null when vague ("近日", "this week"). */
  date: string | null;
  end: string | null;
  /** How it was written. */
  type: 'absolute' | 'month_day' | 'day' | 'weekday' | 'relative' | 'vague';
  /** Year explicitly written. */
  hasYear: boolean;
}

const MONTHS_EN: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTHS_DE: Record<string, number> = {
  januar: 1, jänner: 1, februar: 2, märz: 3, april: 4, mai: 5, juni: 6, juli: 7, august: 8, september: 9, oktober: 10,
  november: 11, dezember: 12, jan: 1, feb: 2, sept: 9, okt: 10, nov: 11, dez: 12,
};
const WEEKDAYS_EN: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
const WEEKDAYS_DE: Record<string, number> = { sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6 };
const WEEKDAYS_ZH: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const NUM_WORDS: Record<string, number> = {
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10,
};

// ---------- day arithmetic on UTC dates ----------
export function parseIso(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]! ? d : null;
}
export const iso = (d: Date): string => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86400000);
function ymd(y: number, m: number, d: number): Date | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const x = new Date(Date.UTC(y, m - 1, d));
  return x.getUTCMonth() === m - 1 ? x : null;
}

/** Year for a month/day written without one: the publication year, or the previous one when that
 *  would put a past event more than ~2 months after publication. For announcements, the next one. */
function yearFor(m: number, d: number, pub: Date | null, forward: boolean): number | null {
  if (!pub) return null;
  const y = pub.getUTCFullYear();
  const cand = ymd(y, m, d);
  if (!cand) return null;
  const diff = (cand.getTime() - pub.getTime()) / 86400000;
  if (!forward && diff > 62) return y - 1;
  if (forward && diff < -62) return y + 1;
  return y;
}

function weekdayDate(wd: number, pub: Date, forward: boolean): Date {
  const cur = pub.getUTCDay();
  if (forward) {
    let delta = (wd - cur + 7) % 7;
    if (delta === 0) delta = 7;
    return addDays(pub, delta);
  }
  const back = (cur - wd + 7) % 7;
  return addDays(pub, -back);
}

function dayOfMonth(day: number, pub: Date, forward: boolean): Date | null {
  const y = pub.getUTCFullYear(), m = pub.getUTCMonth() + 1;
  if (!forward) {
    if (day <= pub.getUTCDate()) return ymd(y, m, day);
    return m === 1 ? ymd(y - 1, 12, day) : ymd(y, m - 1, day);
  }
  if (day > pub.getUTCDate()) return ymd(y, m, day);
  return m === 12 ? ymd(y + 1, 1, day) : ymd(y, m + 1, day);
}

interface RawMention { start: number; end: number; y?: number; m?: number; d?: number; d2?: number; m2?: number; y2?: number;
  weekday?: number; rel?: number; vague?: boolean; durationDays?: number }

const DE_MONTH_RE = 'Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember';
const EN_MONTH_RE = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.';
const DE_WD = 'Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag';
const EN_WD = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

const RE = {
  isoDate: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
  dotted: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g,
  dottedNoYear: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?![\d])/g,
  slashed: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/g,
  deDate: new RegExp(`(?:(?:vom|von)\\s+)?(\\d{1,2})\\.\\s*(?:(${DE_MONTH_RE})\\s*)?(?:(?:bis(?:\\s+zum)?|und|[-–—])\\s*(\\d{1,2})\\.\\s*)?(${DE_MONTH_RE})(?:\\s+(\\d{4}))?`, 'g'),
  deMonthYear: new RegExp(`\\b(?:im\\s+)?(${DE_MONTH_RE})\\s+(\\d{4})\\b`, 'g'),
  enDateMD: new RegExp(`\\b(${EN_MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:[-–—]|to|and)\\s*(?:(${EN_MONTH_RE})\\s+)?(\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+(\\d{4}))?(?![\\d:])`, 'g'),
  enDateDM: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:[-–—]|to|and|until|through)\\s*(?:(?:${EN_WD}),?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?(${EN_MONTH_RE})(?:,?\\s+(\\d{4}))?\\b`, 'g'),
  zhFull: /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号](?:\s*(?:至|到|-|—|–|~)\s*(?:(\d{1,2})月)?(\d{1,2})[日号])?/g,
  zhDay: /(?<![月\d])(\d{1,2})[日号](?:\s*(?:至|到|-|—|–)\s*(\d{1,2})[日号])?(?=[上下中晚早凌午，,在至到\s]|$|[\u4e00-\u9fff])/g,
  zhRel: /(今天|今日(?!前)|昨天|昨日|前天|前日|明天|明日(?!前)|后天|近日|日前|近期|本周|上周|当天|当日)/g,
  zhWeekday: /(?:(上|本|下)?(?:周|星期|礼拜))([一二三四五六日天])/g,
  deRel: /\b(heute|gestern|vorgestern|morgen|übermorgen|heutigen|gestrigen|kürzlich|neulich|jüngst|vergangene[nr]? Woche|diese Woche)\b/gi,
  deWeekday: new RegExp(`\\b(?:(?:am|vom|seit|ab|bis|diesen|kommenden|nächsten|vergangenen|letzten)\\s+)?(?:(?:heutigen|gestrigen|vergangenen|kommenden)\\s+)?(${DE_WD})(?:abend|morgen|nachmittag|vormittag)?\\b`, 'g'),
  enRel: /\b(today|yesterday|tonight|last night|this morning|this afternoon|this evening|tomorrow|recently|this week|last week|earlier this week)\b/gi,
  enWeekday: new RegExp(`\\b(?:(last|next|this|on|coming)\\s+)?(${EN_WD})\\b`, 'g'),
  deDuration: /\b(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|\d{1,2})(?:\s*tägig\w*|\s+Tage\w*)\s+(?:lang\s+)?(?:ab|vom|von|seit)\b/gi,
  enDuration: /\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[- ]day\b/gi,
  zhDuration: /为期([两二三四五六七八九十\d]{1,2})天/g,
};

function monthNum(s: string, lang: Lang): number | undefined {
  const k = s.toLowerCase().replace(/\.$/, '');
  return lang === 'de' ? MONTHS_DE[k] : MONTHS_EN[k];
}

/** All date mentions, in text order, resolved against `published`. */
export function findDates(text: string, lang: Lang, published: string | null, forward = false): DateMention[] {
  const raws: RawMention[] = [];
  const add = (r: RawMention) => raws.push(r);
  const each = (re: RegExp, f: (m: RegExpExecArray) => void) => { re.lastIndex = 0; let m; while ((m = re.exec(text))) f(m); };

  each(RE.isoDate, (m) => add({ start: m.index, end: m.index + m[0].length, y: +m[1]!, m: +m[2]!, d: +m[3]! }));
  each(RE.dotted, (m) => add({ start: m.index, end: m.index + m[0].length, y: +m[3]!, m: +m[2]!, d: +m[1]! }));
  each(RE.slashed, (m) => add({ start: m.index, end: m.index + m[0].length, y: +m[1]!, m: +m[2]!, d: +m[3]! }));
  if (lang === 'zh') {
    each(RE.zhFull, (m) => add({ start: m.index, end: m.index + m[0].length, y: m[1] ? +m[1] : undefined, m: +m[2]!, d: +m[3]!,
      m2: m[4] ? +m[4] : undefined, d2: m[5] ? +m[5] : undefined }));
    each(RE.zhDay, (m) => add({ start: m.index, end: m.index + m[0].length, d: +m[1]!, d2: m[2] ? +m[2] : undefined }));
    each(RE.zhRel, (m) => {
      const w = m[1]!;
      const rel = ({ 今天: 0, 今日: 0, 当天: undefined, 当日: undefined, 昨天: -1, 昨日: -1, 前天: -2, 前日: -2, 明天: 1, 明日: 1, 后天: 2 } as Record<string, number | undefined>)[w];
      if (w === '当天' || w === '当日') return;
      add({ start: m.index, end: m.index + w.length, rel, vague: rel === undefined });
    });
    each(RE.zhWeekday, (m) => add({ start: m.index, end: m.index + m[0].length, weekday: WEEKDAYS_ZH[m[2]!] }));
    each(RE.zhDuration, (m) => add({ start: m.index, end: m.index + m[0].length, durationDays: NUM_WORDS[m[1]!] ?? (+m[1]! || undefined) }));
  } else if (lang === 'de') {
    each(RE.deDate, (m) => {
      const mo = monthNum(m[4]!, 'de');
      if (!mo) return;
      if (m[2] && m[3]) { // "9. September bis 11. Oktober"? handled as d..d2 with m (first month)
        add({ start: m.index, end: m.index + m[0].length, d: +m[1]!, m: monthNum(m[2], 'de'), d2: +m[3]!, m2: mo, y: m[5] ? +m[5] : undefined });
      } else {
        add({ start: m.index, end: m.index + m[0].length, d: +m[1]!, m: mo, d2: m[3] ? +m[3] : undefined, y: m[5] ? +m[5] : undefined });
      }
    });
    each(RE.dottedNoYear, (m) => { const d = +m[1]!, mo = +m[2]!; if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12) add({ start: m.index, end: m.index + m[0].length, m: mo, d }); });
    each(RE.deRel, (m) => {
      const w = m[1]!.toLowerCase();
      const rel = ({ heute: 0, heutigen: 0, gestern: -1, gestrigen: -1, vorgestern: -2, morgen: 1, übermorgen: 2 } as Record<string, number>)[w];
      add({ start: m.index, end: m.index + m[0].length, rel, vague: rel === undefined });
    });
    each(RE.deWeekday, (m) => add({ start: m.index, end: m.index + m[0].length, weekday: WEEKDAYS_DE[m[1]!.toLowerCase()] }));
    each(RE.deDuration, (m) => add({ start: m.index, end: m.index + m[0].length, durationDays: NUM_WORDS[m[1]!.toLowerCase()] ?? +m[1]! }));
  } else {
    each(RE.enDateMD, (m) => {
      const mo = monthNum(m[1]!, 'en');
      if (!mo) return;
      const mo2 = m[3] ? monthNum(m[3], 'en') : undefined;
      add({ start: m.index, end: m.index + m[0].length, m: mo, d: +m[2]!, d2: m[4] ? +m[4] : undefined, m2: mo2, y: m[5] ? +m[5] : undefined });
    });
    each(RE.enDateDM, (m) => {
      const mo = monthNum(m[3]!, 'en');
      if (!mo) return;
      add({ start: m.index, end: m.index + m[0].length, d: +m[1]!, d2: m[2] ? +m[2] : undefined, m: mo, y: m[4] ? +m[4] : undefined });
    });
    each(RE.enRel, (m) => {
      const w = m[1]!.toLowerCase();
      const rel = ({ today: 0, tonight: 0, 'this morning': 0, 'this afternoon': 0, 'this evening': 0, yesterday: -1, 'last night': -1, tomorrow: 1 } as Record<string, number>)[w];
      add({ start: m.index, end: m.index + m[0].length, rel, vague: rel === undefined });
    });
    each(RE.enWeekday, (m) => {
      const mod = m[1]?.toLowerCase();
      add({ start: m.index, end: m.index + m[0].length, weekday: WEEKDAYS_EN[m[2]!.toLowerCase()], rel: mod === 'next' ? 7 : undefined });
    });
    each(RE.enDuration, (m) => add({ start: m.index, end: m.index + m[0].length, durationDays: NUM_WORDS[m[1]!.toLowerCase()] ?? +m[1]! }));
  }

  // drop mentions contained in a longer one
  raws.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const kept: RawMention[] = [];
  for (const r of raws) {
    const last = kept[kept.length - 1];
    if (last && r.start < last.end) {
      // weekday right before a date ("Mittwoch, 25. Mai") merges into the date
      continue;
    }
    kept.push(r);
  }
  // merge "weekday, date" pairs: keep the date, extend the span
  const merged: RawMention[] = [];
  for (let i = 0; i < kept.length; i++) {
    const r = kept[i]!, nx = kept[i + 1];
    if (r.weekday !== undefined && nx && nx.d !== undefined && nx.start - r.end <= 6 && /^[\s,，den]*$/.test(text.slice(r.end, nx.start))) {
      merged.push({ ...nx, start: r.start });
      i++;
      continue;
    }
    merged.push(r);
  }

  const pub = published ? parseIso(published) : null;
  const out: DateMention[] = [];
  for (let i = 0; i < merged.length; i++) {
    const r = merged[i]!;
    if (r.durationDays !== undefined) continue; // applied below
    let date: Date | null = null, end: Date | null = null;
    let type: DateMention['type'] = 'absolute';
    if (r.vague) { type = 'vague'; }
    else if (r.m !== undefined && r.d !== undefined) {
      const y = r.y ?? yearFor(r.m, r.d, pub, forward);
      type = r.y ? 'absolute' : 'month_day';
      if (y) {
        date = ymd(y, r.m, r.d);
        if (r.d2 !== undefined) {
          const m2 = r.m2 ?? r.m;
          const y2 = m2 < r.m ? y + 1 : y;
          end = ymd(y2, m2, r.d2);
          if (end && date && end <= date) end = null;
        }
      }
    } else if (r.d !== undefined) {
      type = 'day';
      if (pub) {
        date = dayOfMonth(r.d, pub, forward);
        if (date && r.d2 !== undefined) end = ymd(date.getUTCFullYear(), date.getUTCMonth() + 1, r.d2);
      }
    } else if (r.weekday !== undefined) {
      type = 'weekday';
      if (pub) date = weekdayDate(r.weekday, pub, forward || (r.rel ?? 0) > 0);
      // a weekday range: "von Montag bis Mittwoch", "from Monday to Wednesday", "周一至周三"
      const nx = merged[i + 1];
      if (date && nx && nx.weekday !== undefined && nx.d === undefined && (/^\s*(bis|to|through|until|und|and|至|到|-|–)\s*$/i.test(text.slice(r.end, nx.start)) || (/^\s*$/.test(text.slice(r.end, nx.start)) && /^(bis|to|through|until)\s/i.test(text.slice(nx.start, nx.end))))) {
        const span = (nx.weekday - r.weekday + 7) % 7;
        if (span > 0) {
          // the range as a whole lies on or before published (or after it, for announcements)
          if (pub && !forward && addDays(date, span) > pub) date = addDays(date, -7);
          end = addDays(date, span);
          out.push({ span: [r.start, nx.end], date: iso(date), end: iso(end), type, hasYear: false });
          i++;
          continue;
        }
      }
    } else if (r.rel !== undefined) {
      type = 'relative';
      if (pub) date = addDays(pub, r.rel);
    }
    // a duration just before ("drei Tage ab Samstag, 26. November") sets the end
    const prev = merged[i - 1];
    if (prev?.durationDays && date && !end && r.start - prev.end <= 12) end = addDays(date, prev.durationDays - 1);
    const nextDur = merged[i + 1];
    if (nextDur?.durationDays && date && !end && nextDur.start - r.end <= 3 && lang === 'zh') end = addDays(date, nextDur.durationDays - 1);
    out.push({ span: [r.start, r.end], date: date ? iso(date) : null, end: end ? iso(end) : null, type, hasYear: r.y !== undefined });
  }
  // "from Thursday 9 May to Sunday 12 May", "vom 9. Mai bis zum 12. Mai", "5月10日至5月12日": two dates joined into one range
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k]!, b = out[k + 1]!;
    if (!a.date || !b.date || a.end || b.end || a.type === 'vague' || b.type === 'vague') continue;
    const between = text.slice(a.span[1], b.span[0]);
    if (!/^\s*,?\s*(?:to|until|till|through|and|bis(?: zum)?|und|–|-|—|至|到)\s*$/i.test(between) &&
      !(/^\s*,?\s*$/.test(between) && /^(?:bis|to|until|through)\b/i.test(text.slice(b.span[0], b.span[0] + 8)))) continue;
    const days = (parseIso(b.date)!.getTime() - parseIso(a.date)!.getTime()) / 86400000;
    if (days <= 0 || days > 31) continue;
    out.splice(k, 2, { span: [a.span[0], b.span[1]], date: a.date, end: b.date, type: a.type === 'weekday' ? b.type : a.type, hasYear: a.hasYear || b.hasYear });
  }
  return out;
}

/** The publication date written in a dateline near the top, if any. */
export function findDatelineDate(text: string, lang: Lang): string | null {
  const head = text.slice(0, 400);
  const ds = findDates(head, lang, null).filter((d) => d.hasYear && d.date);
  return ds[0]?.date ?? null;
}

/** A stated length in days within a sentence ("two-day", "zweitägig", "drei Tage", "为期三天"); null if none. */
export function findDurationDays(sentence: string, lang: Lang): number | null {
  const re = lang === 'zh' ? /为期([两二三四五六七八九十\d]{1,2})天/ : lang === 'de'
    ? /\b(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|\d{1,2})(?:\s*tägig\w*|-tägig\w*|\s+Tage\w*)/i
    // ("closed on Thursday after three days of discussions", "for three days")
    : /\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?:[- ]day\b|\s+days\s+(?:of|long)\b)|\b(?:after|for|over)\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days\b/i;
  const m = re.exec(sentence);
  if (!m) return null;
  const w = (m[1] ?? m[2])!;
  const n = NUM_WORDS[w.toLowerCase()] ?? +w;
  return Number.isFinite(n) && n >= 2 && n <= 31 ? n : null;
}
