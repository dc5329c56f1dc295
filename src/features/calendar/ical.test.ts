import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, renderCalendar } from './ical.ts';

describe('iCalendar writer', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds at 75 octets without splitting a multi-byte character', () => {
    const folded = foldLine(`SUMMARY:${'科隆'.repeat(40)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(`SUMMARY:${'科隆'.repeat(40)}`);
  });

  it('writes CRLF-terminated output that ical.js reads back unchanged', () => {
    const summary = 'Köln, Peking; 40 Jahre \\ "Städtepartnerschaft" — 科隆与北京结好40周年 '.repeat(3);
    const text = renderCalendar([{ uid: 'x@citybridge', start: '2027-09-14', end: '2027-09-16', summary, description: 'line one\nline two' }], { name: 'test', now: new Date('2026-01-01T00:00:00Z') });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(summary);
    expect(event.description).toBe('line one\nline two');
    expect(event.startDate.toString()).toBe('2027-09-14');
    expect(event.endDate.toString()).toBe('2027-09-17');
    expect(event.startDate.isDate).toBe(true);
  });
});
