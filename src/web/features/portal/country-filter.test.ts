import { describe, expect, it } from 'vitest';
import { countryCandidates, countryOptions, nationName } from './country-filter.ts';

describe('portal country filter', () => {
  it('turns a country typed in any of the three languages into the English names it is stored under', () => {
    expect(countryCandidates('Deutschland')).toEqual(['Germany']);
    expect(countryCandidates('德国')).toEqual(['Germany']);
    expect(countryCandidates(' germany ')).toEqual(['Germany']);
    expect(countryCandidates('美国')).toContain('United States');
    expect(countryCandidates('Russland')).toContain('Russia');
    expect(countryCandidates('Türkei')).toContain('Turkey');
  });

  it('knows the four British nations the world list uses, and keeps spellings it does not know', () => {
    expect(countryCandidates('Schottland')).toEqual(['Scotland']);
    expect(countryCandidates('英格兰')).toEqual(['England']);
    expect(countryCandidates('Northern Cyprus')).toEqual(['Northern Cyprus']);
    expect(countryCandidates('  ')).toEqual([]);
    expect(nationName('Wales', 'zh')).toBe('威尔士');
    expect(nationName('Germany', 'zh')).toBeUndefined();
  });

  it('offers the countries in the reader’s language', () => {
    expect(countryOptions('de')).toContain('Deutschland');
    expect(countryOptions('zh')).toContain('德国');
    expect(countryOptions('en')).toContain('Scotland');
    expect(countryOptions('en').length).toBeGreaterThan(200);
  });
});
