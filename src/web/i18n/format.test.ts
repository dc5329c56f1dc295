import { describe, expect, it } from 'vitest';
import { countryName, formatDate, formatDateTime, personName, placeName } from './format.ts';
import { localeFromBrowser } from './i18n.ts';

describe('formatDate', () => {
  it('writes the day as each locale does', () => {
    expect(formatDate('2024-09-09', 'de')).toBe('9. September 2024');
    expect(formatDate('2024-09-09', 'en')).toBe('9 September 2024');
    expect(formatDate('2024-09-09', 'zh')).toBe('2024年9月9日');
  });
});

describe('formatDateTime', () => {
  it('writes an instant as day and time in the reader’s language and time zone', () => {
    const at = '2024-09-09T06:05:00.000Z';
    expect(formatDateTime(at, 'de', 'Europe/Berlin')).toBe('09.09.2024, 08:05');
    expect(formatDateTime(at, 'en', 'Europe/Berlin')).toBe('9 Sept 2024, 08:05');
    expect(formatDateTime(at, 'zh', 'Asia/Shanghai')).toBe('2024年9月9日 14:05');
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
  });
});

describe('personName', () => {
  const chen = { name: 'Chen Jining', names: { zh: '陈吉宁', latin: 'Chen Jining' } };
  const reker = { name: 'Henriette Reker', names: { latin: 'Henriette Reker' } };
  it('shows a name from the other script in both forms, the reader’s script first', () => {
    expect(personName(chen, 'zh')).toBe('陈吉宁 (Chen Jining)');
    expect(personName(chen, 'de')).toBe('Chen Jining (陈吉宁)');
    expect(personName(reker, 'zh')).toBe('Henriette Reker');
    expect(personName({ name: '雷克尔', names: { zh: '雷克尔' } }, 'en')).toBe('雷克尔');
  });
});

describe('places and countries', () => {
  it('names a place in the reader’s language with fallback', () => {
    const cologne = { name: 'Cologne', names: { de: 'Köln', en: 'Cologne', zh: '科隆' } };
    expect(placeName(cologne, 'zh')).toBe('科隆');
    expect(placeName(cologne, 'de')).toBe('Köln');
    expect(placeName({ name: 'Corinto', names: {} }, 'zh')).toBe('Corinto');
  });
  it('translates the English country names of the world list', () => {
    expect(countryName('Germany', 'de')).toBe('Deutschland');
    expect(countryName('China', 'zh')).toBe('中国');
    expect(countryName('Lower Saxony, Germany', 'zh')).toBe('Lower Saxony, 德国');
    expect(countryName('Atlantis', 'de')).toBe('Atlantis');
  });
});

describe('localeFromBrowser', () => {
  it('takes the first language we speak', () => {
    expect(localeFromBrowser(['fr-FR', 'zh-TW', 'en'])).toBe('zh');
    expect(localeFromBrowser(['de-AT'])).toBe('de');
    expect(localeFromBrowser(['fr'])).toBeNull();
  });
});
