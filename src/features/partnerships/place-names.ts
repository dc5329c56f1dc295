// Cleaning and enrichment for imported place data: country spellings of the world list, and German and
// Chinese names from the gazetteer (data/gazetteer/exonyms.psv), so 北京 and Peking find Beijing.
import { readFileSync } from 'node:fs';
import { dataPath } from '../../server/paths.ts';

// Variants seen in the compiled Wikipedia lists, mapped to the spelling used most in the same file.
const COUNTRY_SPELLINGS: Record<string, string> = {
  'Republic of Ireland': 'Ireland', 'Georgia (country)': 'Georgia', Grece: 'Greece', Kazakhstah: 'Kazakhstan',
  Madagaskar: 'Madagascar', Surinam: 'Suriname', 'in Italy': 'Italy', Island: 'Iceland', Moldavia: 'Moldova',
  'East Timor': 'Timor-Leste', 'Bosnia and Hercegovina': 'Bosnia and Herzegovina', Micronesia: 'Federated States of Micronesia',
};
const UK_NATIONS = new Set(['England', 'Scotland', 'Wales', 'Northern Ireland']);

/** "Wales, United Kingdom" → "Wales"; "Brandenburg, Germany" → "Germany"; "Grece" → "Greece"; "" → null. */
export function normaliseCountry(raw: string | null | undefined): string | null {
  const value = (raw ?? '').trim();
  if (!value) return null;
  const parts = value.split(',').map((part) => part.trim());
  let country = parts.length > 1 ? (UK_NATIONS.has(parts[0]) ? parts[0] : parts.at(-1)!) : value;
  country = COUNTRY_SPELLINGS[country] ?? country;
  return country;
}

export interface KnownNames { de?: string; zh?: string; aliases: string[]; kind: 'city' | 'region' | 'district' | 'country' }

let cache: Map<string, KnownNames> | undefined;

/** Names by "English name|country" from the gazetteer's exonym table (read once). */
export function knownPlaceNames(): Map<string, KnownNames> {
  if (cache) return cache;
  cache = new Map();
  let text = '';
  try {
    text = readFileSync(dataPath('gazetteer', 'exonyms.psv'), 'utf8');
  } catch {
    return cache; // enrichment is optional; the import works without it
  }
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [en, kind, country, de, zh, aliases = ''] = line.split('|').map((cell) => cell.trim());
    if (!en) continue;
    cache.set(`${en}|${country}`, {
      de: de || undefined, zh: zh || undefined, kind: (['city', 'region', 'district', 'country'].includes(kind) ? kind : 'city') as KnownNames['kind'],
      // Only name-like Latin aliases ("Koeln"); the table's Chinese contractions (在京, 来沪) serve extraction, not search.
      aliases: aliases.split(';').map((a) => a.trim()).filter((a) => a && /^[\p{Script=Latin}\s'’.-]+$/u.test(a)),
    });
  }
  return cache;
}
