// Keeps the three UI catalogs complete: same keys everywhere, no empty strings, the same
// {{placeholders}}, and every key the code asks for present (literal keys and the vocabularies
// behind dynamic keys such as t(`role.${code}`)).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SOURCE_KINDS } from '../../features/sources/contract.ts';
import { ENGAGEMENT_KINDS, LOCALES, PARTNERSHIP_KINDS, PARTNERSHIP_STATUSES, PLACE_KINDS, ROLE_CODES, SIDES } from '../../domain/taxonomy.ts';
import de from './de.json';
import en from './en.json';
import zh from './zh.json';
import { VISIBILITIES } from '../../domain/common.ts';

const catalogs = { de, en, zh } as const;
const WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

const flat = Object.fromEntries(LOCALES.map((locale) => [locale, flatten(catalogs[locale] as Tree)])) as Record<(typeof LOCALES)[number], Map<string, string>>;
const allKeys = new Set(LOCALES.flatMap((locale) => [...flat[locale].keys()]));
const namespaces = new Set([...allKeys].map((key) => key.split('.')[0]));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [full] : [];
  });
}
const sources = sourceFiles(WEB_ROOT).map((file) => ({ file: path.relative(WEB_ROOT, file), text: readFileSync(file, 'utf8') }));

/** Each dynamic key prefix the code uses, with the values it can take. */
const DYNAMIC_KEYS: Record<string, readonly string[]> = {
  role: ROLE_CODES,
  access: VISIBILITIES,
  engagementKind: ENGAGEMENT_KINDS,
  partnershipKind: PARTNERSHIP_KINDS,
  partnershipStatus: PARTNERSHIP_STATUSES,
  placeKind: PLACE_KINDS,
  side: [...SIDES, 'none'],
  sourceKind: SOURCE_KINDS,
  language: LOCALES,
  stats: ['places', 'partnerships', 'engagements', 'people', 'organisations', 'sources', 'countries'],
  'common.pager': ['first', 'previous', 'next', 'last'],
  'auth.errors': ['invalid_credentials', 'invalid_token', 'rate_limited', 'validation_failed', 'network_error'],
  'auth.roles': ['admin', 'editor', 'viewer'],
};

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('UI catalogs', () => {
  it.each(LOCALES)('%s has every key of the other catalogs, none empty', (locale) => {
    const missing = [...allKeys].filter((key) => !flat[locale].has(key));
    const empty = [...flat[locale]].filter(([, value]) => !value.trim()).map(([key]) => key);
    expect(missing, `missing in ${locale}.json`).toEqual([]);
    expect(empty, `empty in ${locale}.json`).toEqual([]);
  });

  it('uses the same {{placeholders}} in every language', () => {
    const mismatched = [...allKeys].filter((key) => {
      const reference = JSON.stringify(placeholders(flat.en.get(key) ?? ''));
      return LOCALES.some((locale) => JSON.stringify(placeholders(flat[locale].get(key) ?? '')) !== reference);
    });
    expect(mismatched).toEqual([]);
  });

  it('has every literal key the code uses', () => {
    // t('nav.home') and also keys kept in tables ({ key: 'nav.home' }): any string literal that
    // starts with a catalog namespace and a dot is taken to be a key.
    const literal = /(['"])([a-zA-Z]+(?:\.[a-zA-Z0-9_]+)+)\1/g;
    const missing: string[] = [];
    let found = 0;
    for (const { file, text } of sources) {
      for (const match of text.matchAll(literal)) {
        const key = match[2];
        if (!namespaces.has(key.split('.')[0]) || /\.(tsx?|json|css|svg)$/.test(key)) continue;
        found++;
        for (const locale of LOCALES) if (!flat[locale].has(key)) missing.push(`${file}: ${key} (${locale})`);
      }
    }
    expect(found).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it('has a key for every value of every dynamic key, and knows every dynamic prefix', () => {
    const templatePrefix = /\bt\(\s*`([\w.]+)\.\$\{/g;
    const unknownPrefixes: string[] = [];
    for (const { file, text } of sources) {
      for (const match of text.matchAll(templatePrefix)) {
        if (!(match[1] in DYNAMIC_KEYS)) unknownPrefixes.push(`${file}: ${match[1]}`);
      }
    }
    expect(unknownPrefixes, 'add these prefixes and their values to DYNAMIC_KEYS').toEqual([]);
    const missing = Object.entries(DYNAMIC_KEYS).flatMap(([prefix, values]) =>
      values.flatMap((value) => LOCALES.filter((locale) => !flat[locale].has(`${prefix}.${value}`)).map((locale) => `${prefix}.${value} (${locale})`)),
    );
    expect(missing).toEqual([]);
  });

  it('has no keys the code never uses', () => {
    const code = sources.map((source) => source.text).join('\n');
    const unused = [...allKeys].filter((key) => {
      if (code.includes(`'${key}'`)) return false;
      return !Object.entries(DYNAMIC_KEYS).some(([prefix, values]) => values.some((value) => key === `${prefix}.${value}`));
    });
    expect(unused, 'remove these keys or use them').toEqual([]);
  });
});
