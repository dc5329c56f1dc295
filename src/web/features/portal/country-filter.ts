// The portal's country filter speaks the reader's language: "Deutschland", "美国" or "Germany" all find
// the partnerships the registry stores under an English country name.
import countries from 'i18n-iso-countries';
import englishCountryNames from 'i18n-iso-countries/langs/en.json';
import { LOCALES, type Locale } from '../../../domain/taxonomy.ts';

countries.registerLocale(englishCountryNames);

const INTL_LOCALE: Record<Locale, string> = { de: 'de-DE', en: 'en-GB', zh: 'zh-CN' };

// The world list files British partnerships under the four nations, which ISO does not name.
const UK_NATIONS: Record<string, Record<Locale, string>> = {
  England: { de: 'England', en: 'England', zh: '英格兰' },
  Scotland: { de: 'Schottland', en: 'Scotland', zh: '苏格兰' },
  Wales: { de: 'Wales', en: 'Wales', zh: '威尔士' },
  'Northern Ireland': { de: 'Nordirland', en: 'Northern Ireland', zh: '北爱尔兰' },
};

const displayNames: Partial<Record<Locale, Intl.DisplayNames>> = {};
function regionName(code: string, locale: Locale): string | undefined {
  displayNames[locale] ??= new Intl.DisplayNames([INTL_LOCALE[locale]], { type: 'region' });
  try {
    const name = displayNames[locale]!.of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

const ISO_CODES = Object.keys(countries.getAlpha2Codes());
const normalise = (text: string) => text.trim().toLocaleLowerCase().normalize('NFC');

/** Every country the reader can pick, in their language and alphabetical order. */
export function countryOptions(locale: Locale): string[] {
  const names = new Set<string>();
  for (const code of ISO_CODES) {
    const name = regionName(code, locale);
    if (name) names.add(name);
  }
  for (const nation of Object.values(UK_NATIONS)) names.add(nation[locale]);
  return [...names].sort((a, b) => a.localeCompare(b, INTL_LOCALE[locale]));
}

/** A nation's or a country's name in the reader's language, when the registry's English name is one of the nations. */
export function nationName(englishName: string | null | undefined, locale: Locale): string | undefined {
  return englishName ? UK_NATIONS[englishName]?.[locale] : undefined;
}

/**
 * The English names a typed country may be stored under, the official one first; a name no table
 * knows is kept as typed, so a spelling only the world list uses ("Northern Cyprus") still works.
 */
export function countryCandidates(text: string): string[] {
  const typed = normalise(text);
  if (!typed) return [];
  const nation = Object.entries(UK_NATIONS).find(([, names]) => LOCALES.some((locale) => normalise(names[locale]) === typed));
  if (nation) return [nation[0]];
  const code = ISO_CODES.find((candidate) =>
    LOCALES.some((locale) => normalise(regionName(candidate, locale) ?? '') === typed)
    || (countries.getName(candidate, 'en', { select: 'all' }) ?? []).some((name) => normalise(name) === typed));
  const english = code ? (countries.getName(code, 'en', { select: 'all' }) ?? []) : [];
  const out: string[] = [];
  for (const name of code ? english : [text.trim()]) if (!out.some((seen) => normalise(seen) === normalise(name))) out.push(name);
  return out;
}
