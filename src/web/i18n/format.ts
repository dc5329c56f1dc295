// Locale-aware display of dates, people, places and countries, shared by every page.
import countries from 'i18n-iso-countries';
import englishCountryNames from 'i18n-iso-countries/langs/en.json';
import { localize, type LocalizedText } from '../../domain/localized.ts';
import { LOCALES } from '../../domain/taxonomy.ts';
import type { Locale } from '../../domain/taxonomy.ts';

countries.registerLocale(englishCountryNames);

// en-GB, because the product writes English dates day-first: "9 September 2024".
const INTL_LOCALE: Record<Locale, string> = { de: 'de-DE', en: 'en-GB', zh: 'zh-CN' };

/** "2024-09-09" → "9. September 2024" | "9 September 2024" | "2024年9月9日". */
export function formatDate(isoDate: string | null | undefined, locale: Locale): string {
  if (!isoDate) return '';
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  // UTC on both ends, so a calendar day never shifts with the reader's time zone.
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * An instant (audit entries, "last changed") as day and time in the reader's language and time zone:
 * "2. Dez. 2026, 21:05" | "2 Dec 2026, 21:05" | "2026年12月2日 21:05". timeZone is for tests.
 */
export function formatDateTime(isoInstant: string | null | undefined, locale: Locale, timeZone?: string): string {
  if (!isoInstant) return '';
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

export function formatDateRange(start: string, end: string | null | undefined, locale: Locale): string {
  if (!end || end === start) return formatDate(start, locale);
  const format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeZone: 'UTC' });
  return format.formatRange(new Date(`${start}T00:00:00Z`), new Date(`${end}T00:00:00Z`));
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale]).format(value);
}

export function yearOf(isoDate: string | null | undefined): string {
  return isoDate ? isoDate.slice(0, 4) : '';
}

export interface PersonNames { name: string; names: { zh?: string; latin?: string; pinyin?: string } }

/**
 * A name in the reader's script first and the other script in brackets, so both sides can
 * read and write it: "陈吉宁 (Chen Jining)" for Chinese readers, "Chen Jining (陈吉宁)" otherwise.
 */
export function personName(person: PersonNames, locale: Locale): string {
  const han = person.names.zh;
  const latin = person.names.latin ?? person.names.pinyin ?? (han && person.name === han ? undefined : person.name);
  const [first, second] = locale === 'zh' ? [han ?? latin, han ? latin : undefined] : [latin ?? han, latin ? han : undefined];
  if (!first) return person.name;
  return second && second !== first ? `${first} (${second})` : first;
}

export interface PlaceNames { name: string; names: LocalizedText }

export function placeName(place: PlaceNames | null | undefined, locale: Locale): string {
  if (!place) return '';
  return localize(place.names, locale) || place.name;
}

// The world list writes some countries its own way; these are the ones ISO's English names miss.
const COUNTRY_ALIASES: Record<string, string> = {
  'Bosnia and Hercegovina': 'BA', Brunei: 'BN', 'East Timor': 'TL', 'Falkland Islands': 'FK',
  'Federated States of Micronesia': 'FM', Micronesia: 'FM', 'Georgia (country)': 'GE', Grece: 'GR', Kazakhstah: 'KZ',
  Laos: 'LA', Madagaskar: 'MG', Moldavia: 'MD', Moldova: 'MD', 'Republic of Ireland': 'IE', Surinam: 'SR', Syria: 'SY',
  'São Tomé and Príncipe': 'ST',
};

const regionNames: Partial<Record<Locale, Intl.DisplayNames>> = {};

function countryCode(englishName: string): string | undefined {
  return COUNTRY_ALIASES[englishName] ?? countries.getAlpha2Code(englishName, 'en');
}

/** Countries are stored by English name; show them in the reader's language when ISO knows them. */
export function countryName(englishName: string | null | undefined, locale: Locale): string {
  if (!englishName) return '';
  regionNames[locale] ??= new Intl.DisplayNames([INTL_LOCALE[locale]], { type: 'region' });
  const display = regionNames[locale]!;
  const code = countryCode(englishName);
  if (code) return display.of(code) ?? englishName;
  // "Lower Saxony, Germany": keep the region as written, translate the country.
  const comma = englishName.lastIndexOf(', ');
  if (comma > 0) {
    const tail = countryCode(englishName.slice(comma + 2));
    if (tail) return `${englishName.slice(0, comma)}, ${display.of(tail) ?? englishName.slice(comma + 2)}`;
  }
  return englishName;
}

/**
 * The lang attribute for a localized field as shown to this reader: undefined when it is in the
 * reader's language, else the language the fallback picked (so "Köln…" in the English UI is read as German).
 */
export function contentLanguage(field: LocalizedText | null | undefined, locale: Locale): string | undefined {
  const shown = localize(field, locale);
  if (!field || !shown || field[locale] === shown) return undefined;
  const language = LOCALES.find((code) => field[code] === shown);
  return language === 'zh' ? 'zh-Hans' : language;
}
