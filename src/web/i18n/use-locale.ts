import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale, TOPIC_LABELS, type TopicCode } from '../../domain/taxonomy.ts';
import { countryName, formatDate, formatDateRange, formatDateTime, formatNumber, personName, type PersonNames, placeName, type PlaceNames } from './format.ts';

/** The reader's language plus the formatters bound to it: what every page needs to show a record. */
export function useLocaleFormat() {
  const { t, i18n } = useTranslation();
  const locale: Locale = (LOCALES as readonly string[]).includes(i18n.language) ? (i18n.language as Locale) : 'en';
  return {
    t,
    locale,
    date: (iso: string | null | undefined) => formatDate(iso, locale),
    dateRange: (start: string, end: string | null | undefined) => formatDateRange(start, end, locale),
    dateTime: (iso: string | null | undefined) => formatDateTime(iso, locale),
    number: (value: number) => formatNumber(value, locale),
    person: (person: PersonNames) => personName(person, locale),
    place: (place: PlaceNames | null | undefined) => placeName(place, locale),
    country: (country: string | null | undefined) => countryName(country, locale),
    // Topic labels live with the taxonomy (the API serves the same ones), not in the UI catalogs.
    topic: (code: string) => TOPIC_LABELS[code as TopicCode]?.[locale] ?? code,
  };
}
