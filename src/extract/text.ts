// Text plumbing: sentence segmentation with offsets, HTML detection and stripping.

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** 0-based line (paragraph) index; line 0 is the headline. */
  line: number;
  /** Index among body sentences (sentences after the headline/dateline block); -1 for the header. */
  bodyIndex: number;
  isHeadline: boolean;
  isDateline: boolean;
}

const ABBREV = new Set([
  'dr', 'prof', 'st', 'mr', 'mrs', 'ms', 'nr', 'bzw', 'ca', 'vgl', 'sen', 'jr', 'sr', 'no', 'gen', 'h.e',
  'z.b', 'u.a', 'd.c', 'a.d', 'e.v', 'inc', 'co', 'ltd', 'corp', 'mt', 'ft', 'dipl', 'ing', 'hon', 'rev', 'abs', 'str',
  'u.s', 'u.k', 'u.n', 'e.u', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'gov', 'rep', 'sts',
]);

const CJK_END = /[。！？；]/;
const LATIN_END = /[.!?;]/;

/** Split text into sentences; newlines always end a sentence. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let line = 0;
  let start = 0;
  const push = (s: number, e: number, ln: number) => {
    // trim
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e), line: ln, bodyIndex: -1, isHeadline: false, isDateline: false });
  };
  const n = text.length;
  // German writes ordinals with a full stop ("9. September", "6. Deutsch-Chinesische …"); English does not
  const german = (text.slice(0, 4000).match(/\b(der|die|das|und|mit|nicht)\b/g)?.length ?? 0) > (text.slice(0, 4000).match(/\b(the|and|of|with)\b/g)?.length ?? 0);
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if (c === '\n') {
      push(start, i, line);
      start = i + 1;
      // count paragraph lines only for non-empty lines
      if (out.length && out[out.length - 1]!.line === line) line++;
      continue;
    }
    if (CJK_END.test(c)) {
      let j = i + 1;
      while (j < n && /[”」』）)"]/.test(text[j]!)) j++;
      push(start, j, line);
      start = j;
      i = j - 1;
      continue;
    }
    if (LATIN_END.test(c)) {
      const next = text[i + 1];
      if (next === undefined || !/\s/.test(next)) continue;
      // what follows
      let j = i + 1;
      while (j < n && (text[j] === ' ' || text[j] === '\t')) j++;
      const f = text[j];
      if (f === undefined || f === '\n') continue; // newline handles it
      if (c === '.') {
        if (!/[A-ZÄÖÜ„"“‚'(\[\p{Lu}]/u.test(f)) continue;
        // previous token
        let k = i - 1;
        while (k >= start && /[\p{L}\p{N}.]/u.test(text[k]!)) k--;
        const prev = text.slice(k + 1, i);
        // German ordinal "9. September", "3. Bürgermeister" (but "to November 1. On October 31 he …" ends a sentence)
        if (/^\d{1,2}$/.test(prev) && german) continue;
        if (/^\p{L}$/u.test(prev)) continue; // initial "R."
        if (ABBREV.has(prev.toLowerCase())) continue;
      }
      push(start, i + 1, line);
      start = i + 1;
    }
  }
  push(start, n, line);
  // headline = line 0 when it is one short sentence without a final full stop (a dateline line before it is
  // skipped); dateline = a short early line that is mostly a date/source
  let k = 0;
  const alone = (i: number) => out.filter((s) => s.line === out[i]!.line).length === 1;
  while (k < 2 && k < out.length && alone(k) && looksLikeDateline(out[k]!.text)) { out[k]!.isDateline = true; k++; }
  const h = out[k];
  if (h) {
    const sameLine = out.filter((s) => s.line === h.line).length;
    if (sameLine === 1 && h.text.length <= 200 && !/[.。!?！？]$/.test(h.text)) h.isHeadline = true;
  }
  // a subtitle line between headline and dateline ("两市签署深化友好合作备忘录" under "凌云会见…") belongs to the header
  if (h?.isHeadline) {
    const i = out.indexOf(h), sub = out[i + 1], dl = out[i + 2];
    if (sub && dl && sub.line === h.line + 1 && out.filter((x) => x.line === sub.line).length === 1 && sub.text.length <= 180 && !/[.。!?！？]$/.test(sub.text) && looksLikeDateline(dl.text)) sub.isHeadline = true;
  }
  let body = 0;
  for (const s of out) {
    if (s.isHeadline || s.isDateline) continue;
    if (s.line <= (h?.line ?? 0) + 2 && body === 0 && looksLikeDateline(s.text)) { s.isDateline = true; continue; }
    // "Erfurt. Zwei Tage lang …": a German local paper's place mark before the first sentence
    if (body === 0 && /^\p{Lu}[\p{L}-]{2,24}\.$/u.test(s.text)) { s.isDateline = true; continue; }
    s.bodyIndex = body++;
  }
  return out;
}

const DATELINE_HINT = /(\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}|\d{4}年\d{1,2}月\d{1,2}日|(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}|\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}|\d{1,2}\.\s?(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{1,2},? \d{4}|\d{1,2} (?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{4}|\d{1,2}\.\d{1,2}\.\d{2}\b|\d{4}[./]\d{1,2}[./]\d{1,2}|\d{1,2}\/\d{1,2}\/\d{4}|Quelle|Source|Updated|Published|Posted|发布时间|来源|Veröffentlich)/;

function looksLikeDateline(t: string): boolean {
  if (t.length > 160) return false;
  // "CHANGSHA, June 30 (Xinhua)", "BEIJING, Oct. 25 --" on a line of its own
  if (/^[A-ZÄÖÜ][A-ZÄÖÜ .'-]{2,30},\s+[A-Z][a-z]{2,9}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*(?:\([A-Za-z ]{2,20}\))?\s*(?:--|—|–)?\s*$/.test(t)) return true;
  if (!DATELINE_HINT.test(t)) return false;
  // no finite verb-ish structure: few words
  const words = t.split(/\s+/).length;
  // a Chinese lead sentence may open with its date ("2022年3月16日，哈尔滨市市长…举行视频会谈。"): a dateline has no
  // full stop and is short, or names its outlet
  if (/[\u4e00-\u9fff]/.test(t)) return !/[。！？]$/.test(t) && (t.length <= 50 || /(日报|晚报|新闻|网|讯|来源|发布|报道)/.test(t));
  // (a ministry's long name before its press line: "Bayerisches Staatsministerium für Wirtschaft, … – Pressemitteilung
  // Nr. 245/19, München, 10. Juli 2019")
  return words <= 14 || (words <= 24 && /(Pressemitteilung|Presseinformation|Pressemeldung|Press release|Media release|Media statement|News release)/i.test(t) && !/[.!?]$/.test(t));
}

const HTML_HINT = /<(html|body|div|p|script|style|head|span|article|br)\b[^>]*>/i;

export function looksLikeHtml(s: string): boolean {
  return HTML_HINT.test(s.slice(0, 20000));
}

/** Remove scripts, styles and tags; decode the common entities. Linear time. */
export function stripHtml(html: string): string {
  let s = html.replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  s = s.replace(/<(script|style|noscript|template)\b[\s\S]*$/i, ' '); // unterminated
  s = s.replace(/<!--[\s\S]*?-->/g, ' ');
  s = s.replace(/<(br|\/p|\/div|\/h\d|\/li|\/title|\/tr)\b[^>]*>/gi, '\n');
  s = s.replace(/<[^>]{0,2000}>/g, ' ');
  s = s.replace(/&(nbsp|amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (m, e: string) => {
    const k = e.toLowerCase();
    if (k === 'nbsp') return ' ';
    if (k === 'amp') return '&';
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'quot') return '"';
    if (k === 'apos') return "'";
    const code = k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
  });
  return s.replace(/[ \t\f\v\r]+/g, ' ').replace(/\n\s*\n+/g, '\n\n').trim();
}
