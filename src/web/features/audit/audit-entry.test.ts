import { describe, expect, it } from 'vitest';
import { isValidDate } from '../../components/validation.ts';
import { displayValue, fieldChanges, filtersForApi, recordName, recordPath } from './audit-entry.ts';

describe('fieldChanges', () => {
  it('pairs each changed field with its two values and says whether it was added, removed or changed', () => {
    const changes = fieldChanges({
      changedFields: ['country', 'until', 'notes', 'title'],
      before: { country: 'Germany', until: null, notes: { en: 'n' }, title: { en: 'A' }, name: 'same' },
      after: { country: 'Austria', until: '2030-01-01', title: { en: 'B' }, name: 'same' },
    });
    expect(changes).toEqual([
      { field: 'country', kind: 'changed', before: 'Germany', after: 'Austria' },
      { field: 'until', kind: 'added', before: null, after: '2030-01-01' },
      { field: 'notes', kind: 'removed', before: { en: 'n' }, after: null },
      { field: 'title', kind: 'changed', before: { en: 'A' }, after: { en: 'B' } },
    ]);
  });

  it('shows every field of a created record as added', () => {
    expect(fieldChanges({ changedFields: ['name'], before: null, after: { name: 'X' } })).toEqual([{ field: 'name', kind: 'added', before: null, after: 'X' }]);
  });
});

describe('recordName and recordPath', () => {
  it('names a partnership by its places and other records by name, title or text in the reader’s language', () => {
    const partnership = { placeA: { name: 'Shanghai', names: { en: 'Shanghai', zh: '上海' } }, placeB: { name: 'Cologne', names: { de: 'Köln', zh: '科隆' } } };
    expect(recordName({ before: null, after: partnership }, 'zh')).toBe('上海 – 科隆');
    expect(recordName({ before: null, after: partnership }, 'de')).toBe('Shanghai – Köln');
    expect(recordName({ before: { title: { de: 'Absichtserklärung', en: 'Memorandum' } }, after: null }, 'en')).toBe('Memorandum');
    expect(recordName({ before: null, after: { rows: 3 } }, 'en')).toBe('');
    expect(recordName({ before: null, after: { name: 'x'.repeat(100) } }, 'en')).toHaveLength(80);
  });

  it('links records that have a page, unless the entry deleted them', () => {
    expect(recordPath({ entity: 'commitment', entityId: '12', action: 'update' })).toBe('/commitments/12');
    expect(recordPath({ entity: 'place', entityId: '3', action: 'delete' })).toBeNull();
    expect(recordPath({ entity: 'project', entityId: 'csv', action: 'import' })).toBeNull();
    expect(recordPath({ entity: 'milestone', entityId: '4', action: 'update' })).toBeNull();
    expect(recordPath({ entity: 'partnership_note', entityId: '7:2', action: 'update' })).toBe('/partnerships/7');
  });
});

describe('displayValue', () => {
  it('shows text as written and structures as indented JSON', () => {
    expect(displayValue('Köln')).toBe('Köln');
    expect(displayValue(4.5)).toBe('4.5');
    expect(displayValue(null)).toBe('');
    expect(displayValue({ en: 'A' })).toBe('{\n  "en": "A"\n}');
  });
});

describe('filtersForApi', () => {
  it('sends the reader’s days as instants from their own midnight, and leaves half-typed dates out', () => {
    const sent = filtersForApi({ entity: 'place', action: '', actor: '  erika ', from: '2024-05-01', to: '2024-05-02' }, isValidDate);
    expect(sent).toMatchObject({ entity: 'place', action: undefined, actor: 'erika' });
    expect(new Date(sent.from!).getTime()).toBe(new Date(2024, 4, 1).getTime());
    expect(new Date(sent.to!).getTime()).toBe(new Date(2024, 4, 3).getTime() - 1);
    expect(filtersForApi({ from: '2024-05', to: '2024-02-30' }, isValidDate)).toMatchObject({ from: undefined, to: undefined });
  });
});
