import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../domain/taxonomy.ts';

// Each language names itself, so a reader who landed in the wrong one can still find theirs.
const ENDONYMS: Record<Locale, string> = { de: 'Deutsch', en: 'English', zh: '中文' };
const ENDONYM_LANG: Record<Locale, string> = { de: 'de', en: 'en', zh: 'zh-Hans' };

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const labelId = useId();
  return (
    <div role="group" aria-labelledby={labelId}>
      <VisuallyHidden id={labelId}>{t('header.language')}</VisuallyHidden>
      <SegmentedControl
        size="xs"
        value={i18n.language}
        onChange={(value) => void i18n.changeLanguage(value)}
        data={LOCALES.map((code) => ({ value: code, label: <span lang={ENDONYM_LANG[code]}>{ENDONYMS[code]}</span> }))}
      />
    </div>
  );
}
