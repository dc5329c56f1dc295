// UI language: stored choice first, then the browser's languages, then English.
// Catalogs are one JSON file per language; catalogs.test.ts keeps them complete.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, type Locale } from '../../domain/taxonomy.ts';
import de from './de.json';
import en from './en.json';
import zh from './zh.json';

export const LOCALE_STORAGE_KEY = 'citybridge.locale';

export const catalogs = { de, en, zh } as const;

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Picks the first of the browser's languages we speak ("zh-TW" → zh, "de-AT" → de). */
export function localeFromBrowser(languages: readonly string[]): Locale | null {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return null;
}

export function detectLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage can be disabled (private mode, strict cookie settings); fall through to the browser.
  }
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
  return localeFromBrowser(languages) ?? 'en';
}

/** The value for <html lang>: Simplified Chinese is what the zh catalog is written in. */
export const htmlLang = (locale: Locale) => (locale === 'zh' ? 'zh-Hans' : locale);

export function currentLocale(): Locale {
  return isLocale(i18next.language) ? i18next.language : 'en';
}

export async function setupI18n() {
  const locale = detectLocale();
  await i18next.use(initReactI18next).init({
    resources: { de: { translation: de }, en: { translation: en }, zh: { translation: zh } },
    lng: locale,
    // A missing key should show up in the tests, not be papered over with another language.
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = htmlLang(locale);
  i18next.on('languageChanged', (next) => {
    if (!isLocale(next)) return;
    document.documentElement.lang = htmlLang(next);
    try {
      window.localStorage.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // Not remembered, but the switch still works for this visit.
    }
  });
  return i18next;
}
