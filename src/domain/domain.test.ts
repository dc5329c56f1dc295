import { describe, expect, it } from 'vitest';
import { isoDate } from './common.ts';
import { csvField, csvLine } from './csv.ts';
import { localize, localizedText } from './localized.ts';
import { ROLE_CODES, TOPIC_CODES, TOPIC_LABELS } from './taxonomy.ts';

describe('localize', () => {
  it('shows the reader language first, then falls back in a fixed order', () => {
    expect(localize({ de: 'Köln', en: 'Cologne', zh: '科隆' }, 'zh')).toBe('科隆');
    expect(localize({ de: 'Köln', zh: '科隆' }, 'en')).toBe('Köln');
    expect(localize({ zh: '科隆' }, 'de')).toBe('科隆');
    expect(localize({ de: 'Köln', en: 'Cologne' }, 'zh')).toBe('Cologne');
    expect(localize({}, 'de')).toBe('');
    expect(localize(null, 'de')).toBe('');
  });

  it('drops empty languages and refuses unknown ones', () => {
    expect(localizedText().parse({ de: ' Köln ', en: '' })).toEqual({ de: 'Köln' });
    expect(localizedText().safeParse({ fr: 'Cologne' }).success).toBe(false);
    expect(localizedText(5).safeParse({ en: 'too long' }).success).toBe(false);
  });
});

describe('isoDate', () => {
  it('accepts real days only', () => {
    expect(isoDate.safeParse('2024-02-29').success).toBe(true);
    expect(isoDate.safeParse('2023-02-29').success).toBe(false);
    expect(isoDate.safeParse('2024-13-01').success).toBe(false);
    expect(isoDate.safeParse('9.9.2024').success).toBe(false);
  });
});

describe('csv', () => {
  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(csvField('Córdoba, Bolívar')).toBe('"Córdoba, Bolívar"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-31.4)).toBe('-31.4');
    expect(csvField(null)).toBe('');
    expect(csvLine(['a', 1, true])).toBe('a,1,true\r\n');
  });
});

describe('taxonomy', () => {
  it('has the 20 topic codes of PRODUCT.md, each labelled in three languages', () => {
    expect(TOPIC_CODES).toHaveLength(20);
    for (const code of TOPIC_CODES) {
      expect(Object.keys(TOPIC_LABELS[code]).sort()).toEqual(['de', 'en', 'zh']);
      expect(Object.values(TOPIC_LABELS[code]).every((label) => label.length > 1)).toBe(true);
    }
    expect(ROLE_CODES).toContain('party_secretary');
    expect(ROLE_CODES).toHaveLength(14);
  });
});
