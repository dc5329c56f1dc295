// Where each extracted field was found in the source text: the spans of the provenance, by field,
// and the text cut into segments so every span can be marked (spans may overlap or nest).
import type { ExtractionResult, Span } from '../../api/types.ts';

/** Field groups, one colour each in the source text. */
export const SPAN_TYPES = ['what', 'when', 'place', 'person', 'topic'] as const;
export type SpanType = (typeof SPAN_TYPES)[number];

export interface Highlight {
  /** The field it belongs to: "date", "cities.1", "participants.0.role", "topics.education" … */
  id: string;
  type: SpanType;
  start: number;
  end: number;
}

export function fieldType(id: string): SpanType {
  const head = id.split('.')[0];
  if (head === 'date' || head === 'end_date') return 'when';
  if (head === 'location' || head === 'cities') return 'place';
  if (head === 'participants') return id.endsWith('.of') ? 'place' : 'person';
  if (head === 'topics') return 'topic';
  return 'what';
}

/** A span clipped to the text, or null when it is missing, empty or outside the text. */
export function clipSpan(span: Span | null | undefined, textLength: number): [number, number] | null {
  if (!span) return null;
  const start = Math.max(0, Math.min(span[0], textLength));
  const end = Math.max(0, Math.min(span[1], textLength));
  return Number.isInteger(start) && Number.isInteger(end) && end > start ? [start, end] : null;
}

/** Every span the extraction reports, keyed by the field it supports. Topics are keyed by code. */
export function collectHighlights(extraction: ExtractionResult | null | undefined, textLength: number): Highlight[] {
  const p = extraction?.provenance;
  if (!p) return [];
  const entries: [string, Span | null | undefined][] = [
    ['kind', p.kind?.span],
    ['date', p.date?.span],
    ['end_date', p.end_date?.span],
    ['location', p.location?.span],
    ['agreement_signed', p.agreement_signed?.span],
    ...(p.cities ?? []).map((c, i): [string, Span | null] => [`cities.${i}`, c.span]),
    ...(p.topics ?? []).map((c): [string, Span | null] => [`topics.${c.value}`, c.span]),
    ...(p.participants ?? []).flatMap((c, i): [string, Span | null | undefined][] => [
      [`participants.${i}`, c.span],
      [`participants.${i}.role`, c.role?.span],
      [`participants.${i}.of`, c.of?.span],
      [`participants.${i}.side`, c.side?.span],
    ]),
  ];
  const out: Highlight[] = [];
  for (const [id, span] of entries) {
    const clipped = clipSpan(span, textLength);
    if (clipped) out.push({ id, type: fieldType(id), start: clipped[0], end: clipped[1] });
  }
  return out;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** The highlights covering this stretch, innermost (shortest) first. */
  highlights: Highlight[];
}

/** The text cut at every span boundary; each piece knows which highlights cover it. */
export function segmentText(text: string, highlights: Highlight[]): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const h of highlights) {
    cuts.add(h.start);
    cuts.add(h.end);
  }
  const sorted = [...cuts].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < sorted.length - 1; i++) {
    const start = sorted[i];
    const end = sorted[i + 1];
    const covering = highlights.filter((h) => h.start <= start && h.end >= end).sort((a, b) => a.end - a.start - (b.end - b.start));
    segments.push({ start, end, text: text.slice(start, end), highlights: covering });
  }
  return segments;
}

/** A confidence 0..1 as a whole percentage (0.6000000000000001 → 60). */
export const confidencePercent = (confidence: number) => Math.round(Math.max(0, Math.min(1, confidence)) * 100);

export interface FieldEvidence { confidence: number; span: [number, number] | null; sentence: string | null }

/** Confidence and span of every field, keyed like the highlights ("kind", "cities.1", "topics.education" …). */
export function collectEvidence(extraction: ExtractionResult | null | undefined, textLength: number): Map<string, FieldEvidence> {
  const p = extraction?.provenance;
  const out = new Map<string, FieldEvidence>();
  if (!p) return out;
  const add = (id: string, e: { confidence: number; span: Span | null; sentence: string | null } | undefined) => {
    if (e) out.set(id, { confidence: e.confidence, span: clipSpan(e.span, textLength), sentence: e.sentence });
  };
  add('kind', p.kind);
  add('date', p.date);
  add('end_date', p.end_date);
  add('location', p.location);
  add('agreement_signed', p.agreement_signed);
  p.cities?.forEach((e, i) => add(`cities.${i}`, e));
  p.topics?.forEach((e) => add(`topics.${e.value}`, e));
  p.participants?.forEach((e, i) => {
    add(`participants.${i}`, e);
    add(`participants.${i}.role`, e.role);
    add(`participants.${i}.of`, e.of);
    add(`participants.${i}.side`, e.side);
  });
  return out;
}
