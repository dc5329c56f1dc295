import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { nationName } from './country-filter.ts';

/** Country names in the reader's language, the British nations of the world list included. */
export function usePortalCountry() {
  const { locale, country } = useLocaleFormat();
  return (englishName: string | null | undefined) => nationName(englishName, locale) ?? country(englishName);
}
