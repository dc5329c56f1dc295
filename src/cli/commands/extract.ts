// `citybridge extract`: press release text in, PRODUCT.md extraction contract out.
//
//   citybridge extract [FILE|-] [--published YYYY-MM-DD] [--lang de|en|zh]   → one contract JSON object
//   citybridge extract --jsonl IN.jsonl                                      → one prediction line per input line
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { extractEngagement } from '../../extract/extract.ts';
import { parseIso } from '../../extract/dates.ts';
import { DEFAULT_LIMITS, ExtractionInputError, LANGS, type Contract, type Lang } from '../../extract/types.ts';
import { UsageError } from '../errors.ts';

interface ExtractCliOptions {
  published?: string;
  lang?: string;
  jsonl?: string;
  maxChars?: string;
  pretty?: boolean;
  progress?: boolean;
}

/** Empty contract used for a JSONL line whose text could not be processed. */
function emptyContract(id: string | null): Contract {
  return { id, kind: 'none', date: null, end_date: null, location: null, cities: [], participants: [], topics: [], agreement_signed: false };
}

function checkPublished(value: unknown, where: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' || !parseIso(value)) throw new UsageError(`${where}: --published must be a date YYYY-MM-DD, got "${String(value)}"`);
  return value;
}
function checkLang(value: unknown, where: string): Lang | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' || !LANGS.includes(value as Lang)) throw new UsageError(`${where}: --lang must be one of de, en, zh, got "${String(value)}"`);
  return value as Lang;
}
function checkMaxChars(value: string | undefined): number {
  if (value === undefined) return DEFAULT_LIMITS.maxChars;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--max-chars must be a positive whole number, got "${value}"`);
  return n;
}

function readInput(file: string | undefined, maxChars: number): string {
  if (!file || file === '-') {
    if (process.stdin.isTTY) throw new UsageError('no input: give a FILE, or pipe text into "citybridge extract -"');
    return readFileSync(0, 'utf8');
  }
  if (!existsSync(file)) throw new UsageError(`file not found: ${file}`);
  const st = statSync(file);
  if (st.isDirectory()) throw new UsageError(`${file} is a directory, not a file`);
  if (st.size > maxChars * 4) throw new UsageError(`${file} is ${st.size} bytes; the limit is ${maxChars} characters (--max-chars)`);
  const buf = readFileSync(file);
  if (buf.includes(0)) throw new UsageError(`${file} looks like binary data, not text`);
  return buf.toString('utf8');
}

function runSingle(file: string | undefined, opts: ExtractCliOptions): void {
  const maxChars = checkMaxChars(opts.maxChars);
  const published = checkPublished(opts.published, 'extract');
  const lang = checkLang(opts.lang, 'extract');
  const text = readInput(file, maxChars);
  const id = file && file !== '-' ? basename(file).replace(/\.[^.]+$/, '') : undefined;
  try {
    const result = extractEngagement(text, { published, lang, id, limits: { maxChars } });
    for (const w of result.warnings) process.stderr.write(`citybridge extract: ${w}\n`);
    process.stdout.write(JSON.stringify(result.contract, null, opts.pretty ? 2 : undefined) + '\n');
  } catch (e) {
    if (e instanceof ExtractionInputError) throw new UsageError(`${file ?? 'stdin'}: ${e.message} (${e.code})`);
    throw e;
  }
}

function runJsonl(path: string, opts: ExtractCliOptions): void {
  const maxChars = checkMaxChars(opts.maxChars);
  if (!existsSync(path)) throw new UsageError(`file not found: ${path}`);
  if (statSync(path).isDirectory()) throw new UsageError(`${path} is a directory, not a file`);
  const lines = readFileSync(path, 'utf8').split('\n');
  // validate every line first, so that a bad line fails before any output is written
  const items: Array<{ id: string; text: string; published?: string; lang?: Lang; line: number }> = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) return;
    let o: unknown;
    try { o = JSON.parse(raw); } catch { throw new UsageError(`${path}:${line}: not valid JSON`); }
    if (!o || typeof o !== 'object' || Array.isArray(o)) throw new UsageError(`${path}:${line}: expected a JSON object {id, text, published?, lang?}`);
    const r = o as Record<string, unknown>;
    if (typeof r.id !== 'string' && typeof r.id !== 'number') throw new UsageError(`${path}:${line}: missing "id" (string)`);
    if (typeof r.text !== 'string') throw new UsageError(`${path}:${line}: missing "text" (string)`);
    items.push({
      id: String(r.id), text: r.text, line,
      published: checkPublished(r.published, `${path}:${line}`),
      lang: checkLang(r.lang ?? opts.lang, `${path}:${line}`),
    });
  });
  const defaultPublished = checkPublished(opts.published, 'extract');
  const showBar = opts.progress !== false;
  const bar = new cliProgress.SingleBar(
    { format: 'extract [{bar}] {percentage}% | {value}/{total} documents', stream: process.stderr, hideCursor: true, noTTYOutput: true, notTTYSchedule: 2000 },
    cliProgress.Presets.shades_classic,
  );
  if (showBar) bar.start(items.length, 0);
  let failed = 0;
  const out: string[] = [];
  const flush = () => { if (out.length) { process.stdout.write(out.join('')); out.length = 0; } };
  try {
    for (const [k, it] of items.entries()) {
      let contract: Contract;
      try {
        contract = extractEngagement(it.text, { id: it.id, published: it.published ?? defaultPublished, lang: it.lang, limits: { maxChars } }).contract;
      } catch (e) {
        if (!(e instanceof ExtractionInputError)) throw e;
        failed++;
        process.stderr.write(`\ncitybridge extract: ${path}:${it.line} (id ${it.id}): ${e.message} (${e.code})\n`);
        contract = emptyContract(it.id);
      }
      out.push(JSON.stringify(contract) + '\n');
      if (out.length >= 256) flush();
      if (showBar) bar.update(k + 1);
    }
  } finally {
    flush();
    if (showBar) bar.stop();
  }
  if (failed) process.stderr.write(`citybridge extract: ${failed} of ${items.length} documents could not be processed (written as kind "none")\n`);
}

/** Register `citybridge extract` on the program. */
export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('Extract a draft engagement (PRODUCT.md extraction contract) from a press release in de, en or zh')
    .argument('[file]', 'text or HTML file to read, or "-" for stdin')
    .option('--published <date>', 'publication date YYYY-MM-DD; relative dates ("yesterday", "am Dienstag") are resolved against it')
    .option('--lang <lang>', 'language of the text: de, en or zh (default: detected)')
    .option('--jsonl <file>', 'read {id, text, published?, lang?} lines and write one prediction line per input')
    .option('--max-chars <n>', `longest accepted text in characters (default ${DEFAULT_LIMITS.maxChars})`)
    .option('--pretty', 'indent the JSON output')
    .option('--no-progress', 'no progress bar on stderr (with --jsonl)')
    .action((file: string | undefined, opts: ExtractCliOptions) => {
      if (opts.jsonl) {
        if (file) throw new UsageError('give either FILE or --jsonl, not both');
        runJsonl(opts.jsonl, opts);
      } else {
        runSingle(file, opts);
      }
    });
}
