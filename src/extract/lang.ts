// Language detection for de / en / zh by script share and function words.
import type { Lang } from './types.ts';

const DE_WORDS = new Set(['der', 'die', 'das', 'und', 'mit', 'von', 'den', 'dem', 'des', 'ist', 'sich', 'nicht', 'auf', 'für', 'ein', 'eine', 'einen', 'im', 'zu', 'zum', 'zur', 'auch', 'wurde', 'hat', 'bei', 'sie', 'er', 'aus', 'nach', 'wie', 'über', 'am', 'sowie']);
const EN_WORDS = new Set(['the', 'and', 'of', 'to', 'in', 'with', 'for', 'on', 'is', 'was', 'that', 'by', 'as', 'at', 'from', 'his', 'her', 'said', 'were', 'has', 'have', 'it', 'be', 'which', 'their', 'an', 'who']);
const FR_ES_IT = new Set(['les', 'des', 'est', 'une', 'dans', 'pour', 'que', 'qui', 'sur', 'los', 'las', 'el', 'del', 'por', 'con', 'una', 'il', 'della', 'che', 'per', 'sono', 'le', 'et']);

export interface LangGuess { lang: Lang | null; confidence: number; reason: string }

export function detectLanguage(text: string): LangGuess {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  let han = 0, latin = 0, other = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if ((c >= 0x0400 && c <= 0x04ff) || (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0590 && c <= 0x05ff) ||
      (c >= 0x0e00 && c <= 0x0e7f) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0x3040 && c <= 0x30ff) ||
      (c >= 0x0900 && c <= 0x097f) || (c >= 0x0370 && c <= 0x03ff)) other++;
  }
  const letters = han + latin + other;
  if (letters === 0) return { lang: null, confidence: 0, reason: 'no letters' };
  // Japanese kana among Han → not Chinese
  if (han / letters > 0.3) {
    const kana = (sample.match(/[\u3040-\u30ff]/g) ?? []).length;
    if (kana > han * 0.1) return { lang: null, confidence: 0.8, reason: 'Japanese script' };
    return { lang: 'zh', confidence: Math.min(1, 0.6 + han / letters), reason: 'Han script' };
  }
  if (other > latin) return { lang: null, confidence: 0.8, reason: 'unsupported script' };
  let de = 0, en = 0, rom = 0;
  const words = sample.toLowerCase().match(/[a-zäöüß]+/g) ?? [];
  for (const w of words) {
    if (DE_WORDS.has(w)) de++;
    if (EN_WORDS.has(w)) en++;
    if (FR_ES_IT.has(w)) rom++;
  }
  de += (sample.match(/[äöüß]/g) ?? []).length * 0.5;
  const total = de + en + rom;
  if (total < 2) {
    if (words.length < 3) return { lang: null, confidence: 0.2, reason: 'too little text' };
    return { lang: null, confidence: 0.3, reason: 'no known function words' };
  }
  if (rom > de && rom > en) return { lang: null, confidence: rom / total, reason: 'Romance language' };
  return de > en
    ? { lang: 'de', confidence: de / total, reason: 'German function words' }
    : { lang: 'en', confidence: en / total, reason: 'English function words' };
}
