import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../api/types.ts';
import { clipSpan, collectHighlights, confidencePercent, fieldType, segmentText } from './spans.ts';
import { reasonText } from './same-event.ts';

const ev = <T>(value: T, span: [number, number] | null, confidence = 0.8) => ({ value, span, confidence, sentence: null });

const extraction = {
  contract: {},
  provenance: {
    lang: ev('de', null),
    kind: ev('meeting', [0, 7]),
    date: ev('2025-03-14', [9, 19]),
    end_date: ev(null, null),
    location: ev('Cologne', [21, 25]),
    agreement_signed: ev(false, null),
    cities: [ev('Cologne', null), ev('Shanghai', [30, 38])],
    topics: [ev('education', [40, 46])],
    participants: [{ ...ev({ name: 'X', role: 'mayor', of: null, side: null }, [0, 3]), role: ev('mayor', [4, 7]), of: ev(null, null), side: ev(null, [100, 120]) }],
  },
  mentioned: [],
  warnings: [],
} as unknown as ExtractionResult;

describe('span highlights', () => {
  it('collects every span with its field and colour group, skipping missing and out-of-text spans', () => {
    const highlights = collectHighlights(extraction, 50);
    expect(highlights.map((h) => [h.id, h.type, h.start, h.end])).toEqual([
      ['kind', 'what', 0, 7],
      ['date', 'when', 9, 19],
      ['location', 'place', 21, 25],
      ['cities.1', 'place', 30, 38],
      ['topics.education', 'topic', 40, 46],
      ['participants.0', 'person', 0, 3],
      ['participants.0.role', 'person', 4, 7],
    ]);
    expect(collectHighlights(null, 10)).toEqual([]);
  });

  it('names the colour group of a field', () => {
    expect(fieldType('end_date')).toBe('when');
    expect(fieldType('participants.2.of')).toBe('place');
    expect(fieldType('participants.2.side')).toBe('person');
    expect(fieldType('agreement_signed')).toBe('what');
  });

  it('clips spans to the text', () => {
    expect(clipSpan([5, 99], 10)).toEqual([5, 10]);
    expect(clipSpan([12, 20], 10)).toBeNull();
    expect(clipSpan([3, 3], 10)).toBeNull();
    expect(clipSpan(null, 10)).toBeNull();
  });

  it('cuts the text at every boundary, overlapping spans included, and loses no character', () => {
    const text = 'Oberbürgermeisterin Reker trifft';
    const segments = segmentText(text, [
      { id: 'participants.0.role', type: 'person', start: 0, end: 19 },
      { id: 'participants.0', type: 'person', start: 0, end: 25 },
      { id: 'kind', type: 'what', start: 26, end: 32 },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.map((s) => [s.text, s.highlights.map((h) => h.id)])).toEqual([
      ['Oberbürgermeisterin', ['participants.0.role', 'participants.0']],
      [' Reker', ['participants.0']],
      [' ', []],
      ['trifft', ['kind']],
    ]);
    expect(segmentText('', [])).toEqual([]);
  });

  it('rounds confidences to whole percent', () => {
    expect(confidencePercent(0.6000000000000001)).toBe(60);
    expect(confidencePercent(1.2)).toBe(100);
  });
});

describe('same-event reasons', () => {
  it('turns the server’s English reasons into catalog keys, and keeps unknown ones as they are', () => {
    expect(reasonText('same day (2025-03-14)')).toEqual({ key: 'ingest.sameEvent.reasonSameDay', values: { date: '2025-03-14' } });
    expect(reasonText('one day apart (2025-03-13)')).toEqual({ key: 'ingest.sameEvent.reasonOneDay', values: { date: '2025-03-13' } });
    expect(reasonText('shared participants: Henriette Reker, Gong Zheng')).toEqual({ key: 'ingest.sameEvent.reasonPeople', values: { names: 'Henriette Reker, Gong Zheng' } });
    expect(reasonText('shared cities: Cologne')).toEqual({ key: 'ingest.sameEvent.reasonCities', values: { names: 'Cologne' } });
    expect(reasonText('same venue')).toEqual({ key: null, text: 'same venue' });
  });
});
