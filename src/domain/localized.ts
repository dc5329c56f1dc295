import { z } from 'zod';
import { LOCALES, type Locale } from './taxonomy.ts';

export type LocalizedText = Partial<Record<Locale, string>>;

/** A field written by people in any subset of de/en/zh. Empty strings are dropped. */
export const localizedText = (max = 20_000) =>
  z
    .object({
      de: z.string().trim().max(max).optional(),
      en: z.string().trim().max(max).optional(),
      zh: z.string().trim().max(max).optional(),
    })
    .strict()
    .transform((value) => {
      const out: LocalizedText = {};
      for (const locale of LOCALES) if (value[locale]) out[locale] = value[locale];
      return out;
    });

const FALLBACK: Record<Locale, Locale[]> = { de: ['de', 'en', 'zh'], en: ['en', 'de', 'zh'], zh: ['zh', 'en', 'de'] };

/** The reader's language first, then the others (German readers get English before Chinese). */
export function localize(field: LocalizedText | null | undefined, locale: Locale): string {
  if (!field) return '';
  for (const candidate of FALLBACK[locale]) {
    const value = field[candidate];
    if (value) return value;
  }
  return '';
}
