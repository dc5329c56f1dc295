import { describe, expect, it } from 'vitest';
import { changedFields, sameJson } from './changed-fields.ts';

describe('changedFields', () => {
  it('lists the top-level keys whose values differ', () => {
    expect(changedFields({ name: 'Köln', country: 'Germany', lat: 50.9 }, { name: 'Cologne', country: 'Germany', lat: 50.94 })).toEqual(['name', 'lat']);
  });

  it('compares nested values deeply, ignoring key order', () => {
    expect(changedFields({ title: { en: 'A', de: 'B' }, topics: ['x', 'y'] }, { title: { de: 'B', en: 'A' }, topics: ['x', 'y'] })).toEqual([]);
    expect(changedFields({ title: { en: 'A' }, topics: ['x', 'y'] }, { title: { en: 'A', zh: '甲' }, topics: ['y', 'x'] })).toEqual(['title', 'topics']);
  });

  it('counts keys present on one side only, null included', () => {
    expect(changedFields({ until: null, notes: 'n' }, { until: '2030-01-01' })).toEqual(['until', 'notes']);
    expect(changedFields({ a: null }, {})).toEqual(['a']);
  });

  it('gives every key of a created or deleted record', () => {
    expect(changedFields(null, { id: 1, name: 'X' })).toEqual(['id', 'name']);
    expect(changedFields({ id: 1, name: 'X' }, null)).toEqual(['id', 'name']);
    expect(changedFields(null, null)).toEqual([]);
  });

  it('treats non-object values (an import summary array) as having no fields', () => {
    expect(changedFields([1, 2], [1, 3])).toEqual([]);
  });
});

describe('sameJson', () => {
  it('tells numbers, strings and null apart', () => {
    expect(sameJson(1, '1')).toBe(false);
    expect(sameJson(null, {})).toBe(false);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
  });
});
