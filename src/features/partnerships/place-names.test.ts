import { describe, expect, it } from 'vitest';
import { knownPlaceNames, normaliseCountry } from './place-names.ts';

describe('normaliseCountry', () => {
  it('folds the spellings of the world list into one country name', () => {
    expect(normaliseCountry('Republic of Ireland')).toBe('Ireland');
    expect(normaliseCountry('England, United Kingdom')).toBe('England');
    expect(normaliseCountry('Brandenburg, Germany')).toBe('Germany');
    expect(normaliseCountry('Grece')).toBe('Greece');
    expect(normaliseCountry('Germany')).toBe('Germany');
    expect(normaliseCountry('  ')).toBeNull();
  });
});

describe('knownPlaceNames', () => {
  it('gives German and Chinese names of major cities and keeps only name-like aliases', () => {
    const cologne = knownPlaceNames().get('Cologne|Germany');
    expect(cologne).toMatchObject({ de: 'Köln', zh: '科隆', kind: 'city' });
    expect(cologne?.aliases.every((alias) => /^[A-Za-z\s'’.-]+$/.test(alias))).toBe(true);
    expect(knownPlaceNames().get('Beijing|China')?.aliases).not.toContain('来京');
  });
});
