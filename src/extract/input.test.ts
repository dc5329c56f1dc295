// Bad input: clear errors with stable codes, or kind none; never a crash or a hang.
import { describe, expect, it } from 'vitest';
import { ExtractionInputError, extractEngagement } from './index.ts';

const code = (f: () => unknown) => {
  try { f(); } catch (e) { if (e instanceof ExtractionInputError) return e.code; throw e; }
  return 'no error';
};

describe('bad input', () => {
  it('rejects empty and whitespace-only text', () => {
    expect(code(() => extractEngagement(''))).toBe('empty_text');
    expect(code(() => extractEngagement('  \n\t '))).toBe('empty_text');
    expect(code(() => extractEngagement('<html><script>alert(1)</script></html>'))).toBe('empty_text');
  });
  it('rejects binary bytes', () => {
    const bin = String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256));
    expect(code(() => extractEngagement(bin))).toBe('binary_input');
    expect(code(() => extractEngagement('Köln\u0000\u0001\u0002 text'))).toBe('binary_input');
  });
  it('rejects 5 MB of text by default, quickly, and accepts a raised limit option', () => {
    const big = 'Der Oberbürgermeister traf die Delegation. '.repeat(120_000); // ~5 MB
    const t = Date.now();
    expect(code(() => extractEngagement(big))).toBe('text_too_large');
    expect(Date.now() - t).toBeLessThan(2000);
    expect(code(() => extractEngagement('Oberbürgermeister Hans Meier traf gestern Gäste aus Köln.', { limits: { maxChars: 10 } }))).toBe('text_too_large');
  });
  it('handles long text within the limit in linear time', () => {
    const para = 'Oberbürgermeister Hans Meier empfing am Montag eine Delegation aus Wuhan. Gesprochen wurde über Logistik und Bildung. ';
    const t = Date.now();
    const r = extractEngagement(para.repeat(4000), { published: '2024-01-10' }); // ~480 KB
    expect(Date.now() - t).toBeLessThan(15000);
    expect(r.contract.kind).toBe('meeting');
  });
  it('strips HTML with scripts and extracts from the article', () => {
    const html = `<html><head><script>var x = "Oberbürgermeister Fake Person";</script><style>p{}</style></head>
<body><h1>Besuch aus Wuhan</h1><p>Duisburg, 10.03.2018</p>
<p>Oberbürgermeister Sören Link hat am Freitag den Bürgermeister von Wuhan, Zhou Xianwang, im Rathaus empfangen.</p></body></html>`;
    const r = extractEngagement(html, { published: '2018-03-10' });
    expect(r.warnings.join(' ')).toMatch(/HTML/);
    expect(r.contract.participants.map((p) => p.name).sort()).toEqual(['Sören Link', 'Zhou Xianwang']);
    expect(JSON.stringify(r.contract)).not.toContain('Fake');
  });
  it('rejects unsupported languages and bad options', () => {
    expect(code(() => extractEngagement('Le maire de Lyon a reçu la délégation de la ville jumelle dans la salle des fêtes.'))).toBe('unsupported_language');
    expect(code(() => extractEngagement('Мэр города встретился с делегацией из города-побратима.'))).toBe('unsupported_language');
    expect(code(() => extractEngagement('text', { lang: 'fr' as never }))).toBe('unsupported_language');
    expect(code(() => extractEngagement('The mayor met guests.', { published: '2024-02-30' }))).toBe('invalid_option');
  });
  it('gives kind none for text without an engagement', () => {
    for (const t of ['Weather: sunny, 24 degrees, light wind from the west.', '今天天气很好。', 'Das Wetter bleibt am Wochenende sonnig und warm.']) {
      expect(extractEngagement(t).contract.kind).toBe('none');
    }
    // no letters at all: not a language we can read
    expect(code(() => extractEngagement('1234 5678 9012'))).toBe('unsupported_language');
  });
  it('never crashes on odd but valid text', () => {
    const odd = ['Mayor', '市长', 'Oberbürgermeister von', '·····', 'A. B. C. D. E.', '市长、副市长、、、', '\u200b\u200bMayor X met Y.', 'Köln'.repeat(1000)];
    for (const t of odd) expect(() => extractEngagement(t, { lang: /[\u4e00-\u9fff]/.test(t) ? 'zh' : 'en' })).not.toThrow();
  });
});
