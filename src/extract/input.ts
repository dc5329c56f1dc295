// Raw input to analysable text: type, size, binary and HTML checks (issue 3, bad input).
import { looksLikeHtml, stripHtml } from './text.ts';
import { DEFAULT_LIMITS, ExtractionInputError, type ExtractionLimits } from './types.ts';

/** Validate and normalise raw input; throws ExtractionInputError. Returns the text to analyse. */
export function prepareText(input: unknown, limits: ExtractionLimits = DEFAULT_LIMITS): { text: string; html: boolean } {
  if (typeof input !== 'string') {
    if (input instanceof Uint8Array) return prepareText(decodeBytes(input, limits), limits);
    throw new ExtractionInputError('empty_text', 'Input must be a string of text.');
  }
  if (input.length > limits.maxChars * 4) {
    throw new ExtractionInputError('text_too_large', `Text is ${input.length} characters; the limit is ${limits.maxChars}.`);
  }
  let text = input.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new ExtractionInputError('empty_text', 'Text is empty.');
  // binary: NUL bytes or a high share of control / replacement characters
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) { bad = sample.length; break; }
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) bad++;
  }
  if (bad / sample.length > limits.maxBinaryRatio) throw new ExtractionInputError('binary_input', 'Input looks like binary data, not text.');
  const html = looksLikeHtml(text);
  if (html) text = stripHtml(text);
  text = text.replace(/\r\n?/g, '\n');
  if (!text.trim()) throw new ExtractionInputError('empty_text', 'Text is empty after removing HTML markup.');
  if (text.length > limits.maxChars) {
    throw new ExtractionInputError('text_too_large', `Text is ${text.length} characters; the limit is ${limits.maxChars}.`);
  }
  return { text, html };
}

function decodeBytes(b: Uint8Array, limits: ExtractionLimits): string {
  if (b.length > limits.maxChars * 4) throw new ExtractionInputError('text_too_large', `Input is ${b.length} bytes; the limit is ${limits.maxChars} characters.`);
  let nul = 0;
  for (let i = 0; i < Math.min(b.length, 65536); i++) if (b[i] === 0) nul++;
  if (nul) throw new ExtractionInputError('binary_input', 'Input looks like binary data, not text.');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    throw new ExtractionInputError('binary_input', 'Input is not valid UTF-8 text.');
  }
}
