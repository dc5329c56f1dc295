// Press release in, draft engagement out: fetch or take the text, extract, store a pending draft,
// resolve names against the registry, and look for the same event already on record.
import { and, asc, count, desc, eq, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import { pinyin } from 'pinyin-pro';
import type { Actor } from '../../domain/actor.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import type { Db } from '../../db/client.ts';
import { drafts, engagementParticipants, engagementPlaces, engagements, engagementSources, people, places } from '../../db/schema.ts';
import { DEFAULT_LIMITS, extractEngagement, ExtractionInputError, type ExtractionLimits, prepareText, type ExtractionResult } from '../../extract/index.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { createEngagement, getEngagement } from '../engagements/service.ts';
import { insertSource } from '../sources/service.ts';
import { htmlToArticle } from './article-text.ts';
import type { AcceptDraftInput, Draft, IngestInput } from './contract.ts';
import { type FetchLimits, fetchDocument } from './fetch-url.ts';

type DraftRow = typeof drafts.$inferSelect;

const EXTRACTION_STATUS: Record<string, number> = { empty_text: 422, binary_input: 422, text_too_large: 413, unsupported_language: 422, invalid_option: 400 };

/** The longest text extraction accepts, from CITYBRIDGE_EXTRACT_MAX_CHARS (default 1,000,000 characters). */
export function extractionLimits(env: NodeJS.ProcessEnv = process.env): ExtractionLimits {
  const raw = env.CITYBRIDGE_EXTRACT_MAX_CHARS;
  if (raw === undefined || raw === '') return DEFAULT_LIMITS;
  const maxChars = Number(raw);
  if (!Number.isInteger(maxChars) || maxChars < 1000 || maxChars > 50_000_000) {
    throw new AppError('invalid_config', `CITYBRIDGE_EXTRACT_MAX_CHARS must be a whole number from 1000 to 50000000, got "${raw}"`);
  }
  return { ...DEFAULT_LIMITS, maxChars };
}

/** Runs the extractor, turning its input errors into API errors with the same stable codes. */
export function runExtraction(text: string, options: { published?: string; lang?: 'de' | 'en' | 'zh' }, limits = extractionLimits()): { text: string; result: ExtractionResult } {
  try {
    const prepared = prepareText(text, limits);
    return { text: prepared.text, result: extractEngagement(prepared.text, { ...options, limits }) };
  } catch (error) {
    if (error instanceof ExtractionInputError) throw new AppError(error.code, error.message, undefined, EXTRACTION_STATUS[error.code] ?? 422);
    throw error;
  }
}

export interface NewDraft {
  origin: 'text' | 'url' | 'html' | 'feed';
  text: string;
  url?: string | null;
  title?: string | null;
  publishedOn?: string | null;
  language?: string | null;
  feedId?: number | null;
  itemKey?: string | null;
  /** The city office the draft belongs to (see policy.ts). */
  ownerWorkspaceId?: number | null;
}

import { draftOwner } from './policy.ts';
import { readScope } from '../access/scope.ts';

export async function storeDraft(db: Db, actor: Actor, input: NewDraft, lang?: 'de' | 'en' | 'zh'): Promise<number | null> {
  const { text, result } = runExtraction(input.text, { published: input.publishedOn ?? undefined, lang });
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(drafts).values({
      status: 'pending', origin: input.origin, feedId: input.feedId ?? null, itemKey: input.itemKey ?? null, url: input.url ?? null,
      title: input.title ?? firstLine(text), text, language: result.provenance.lang.value, publishedOn: input.publishedOn ?? null,
      extraction: result, ownerWorkspaceId: input.ownerWorkspaceId ?? null,
    }).onConflictDoNothing().returning({ id: drafts.id });
    if (!row) return null; // a feed item already drafted
    await recordAudit(tx, actor, { action: 'create', entity: 'draft', entityId: row.id, after: { origin: input.origin, url: input.url ?? null } });
    return row.id;
  });
}

const firstLine = (text: string) => text.split('\n').find((line) => line.trim())?.trim().slice(0, 300) ?? null;

export async function ingest({ db, actor, input, fetchLimits }: { db: Db; actor: Actor; input: IngestInput; fetchLimits: FetchLimits }): Promise<Draft> {
  let draftInput: NewDraft;
  if (input.url !== undefined) {
    const page = await fetchDocument(input.url, fetchLimits);
    const isHtml = /html|xml/i.test(page.contentType) || /^\s*</.test(page.body);
    const article = isHtml ? htmlToArticle(page.body) : { title: null, text: page.body, publishedOn: null, language: null };
    draftInput = { origin: 'url', text: article.text, url: page.url, title: article.title, publishedOn: input.published ?? article.publishedOn };
  } else if (input.html !== undefined) {
    const article = htmlToArticle(input.html);
    draftInput = { origin: 'html', text: article.text, title: article.title, publishedOn: input.published ?? article.publishedOn };
  } else {
    draftInput = { origin: 'text', text: input.text ?? '', publishedOn: input.published ?? null };
  }
  const id = await storeDraft(db, actor, { ...draftInput, ownerWorkspaceId: draftOwner(actor) }, input.lang);
  return getDraft(db, id!, { engagement: readScope(actor, 'engagement') });
}

async function resolvePlaceName(db: Db, name: string) {
  // The registry's canonical names are English titles like the extractor's; prefer the best-connected match.
  const [row] = await db
    .select({ id: places.id, country: places.country })
    .from(places)
    .where(or(sql`lower(${places.name}) = lower(${name})`, sql`${name} = any(${places.aliases})`))
    .orderBy(sql`(select count(*) from partnerships p where p.place_a_id = ${places.id} or p.place_b_id = ${places.id}) desc`, asc(places.id))
    .limit(1);
  return row ?? null;
}

const HAN = /\p{Script=Han}/u;
const squash = (value: string) => value.toLowerCase().replace(/[\s·'’-]/g, '');

/**
 * The registry's person for a name as the article writes it. A Chinese name also matches its pinyin
 * (龚正 → "Gong Zheng"), so the partner city's report finds the people the first report created.
 */
async function resolvePersonName(db: Db, name: string): Promise<number | null> {
  const latin = HAN.test(name) ? squash(pinyin(name, { toneType: 'none' })) : null;
  const [row] = await db.select({ id: people.id }).from(people)
    .where(or(
      eq(people.name, name), sql`${people.names}->>'zh' = ${name}`, sql`${people.names}->>'latin' = ${name}`,
      ...(latin ? [sql`regexp_replace(lower(${people.name}), '[[:space:]·''’-]', '', 'g') = ${latin}`, sql`regexp_replace(lower(coalesce(${people.names}->>'latin', '')), '[[:space:]·''’-]', '', 'g') = ${latin}`] : []),
    ))
    .orderBy(asc(people.id)).limit(1);
  return row?.id ?? null;
}

async function resolve(db: Db, extraction: ExtractionResult): Promise<Draft['resolution']> {
  const cities = [];
  const placeIds = new Map<string, number | null>();
  for (const [index, name] of extraction.contract.cities.entries()) {
    const match = await resolvePlaceName(db, name);
    placeIds.set(name, match?.id ?? null);
    // A city inferred without its own span (from a title, say) borrows the location's, when that is the same city.
    const own = extraction.provenance.cities[index];
    const location = extraction.provenance.location;
    const evidence = own?.span || location?.value !== name || !location.span ? own : location;
    cities.push({ name, placeId: match?.id ?? null, country: match?.country ?? null, evidence: evidence ? pickEvidence(evidence) : null });
  }
  let location: Draft['resolution']['location'] = null;
  const locationName = extraction.contract.location;
  if (locationName) {
    const match = placeIds.has(locationName) ? { id: placeIds.get(locationName) ?? null, country: null } : await resolvePlaceName(db, locationName);
    location = { name: locationName, placeId: match?.id ?? null, country: match?.country ?? null, evidence: pickEvidence(extraction.provenance.location) };
  }
  const participants = [];
  for (const [index, participant] of extraction.contract.participants.entries()) {
    const ofPlace = participant.of ? (placeIds.has(participant.of) ? placeIds.get(participant.of) ?? null : (await resolvePlaceName(db, participant.of))?.id ?? null) : null;
    const evidence = extraction.provenance.participants[index];
    participants.push({ ...participant, personId: await resolvePersonName(db, participant.name), ofPlaceId: ofPlace, evidence: evidence ? pickEvidence(evidence) : null });
  }
  return { cities, location, participants };
}

const pickEvidence = (e: { confidence: number; span: [number, number] | null; sentence: string | null }) =>
  ({ confidence: e.confidence, span: e.span, sentence: e.sentence });

const DAY_MS = 86_400_000;
const shiftDate = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * Stored engagements that may be the same event: a date within a day, and at least one shared
 * participant or city. Cologne's and Shanghai's reports of one meeting meet here.
 */
export async function findSameEvent(db: Db, extraction: ExtractionResult, resolution: Draft['resolution'], engagementScope?: SQL): Promise<Draft['sameEvent']> {
  const date = extraction.contract.date;
  if (!date) return [];
  const candidates = await db.select({ id: engagements.id, title: engagements.title, date: engagements.date }).from(engagements)
    .where(and(gte(engagements.date, shiftDate(date, -1)), lte(engagements.date, shiftDate(date, 1)), engagementScope)).limit(50);
  if (!candidates.length) return [];
  const ids = candidates.map((c) => c.id);
  const personIds = new Set(resolution.participants.map((p) => p.personId).filter((v): v is number => v !== null));
  const placeIds = new Set([...resolution.cities.map((c) => c.placeId), resolution.location?.placeId].filter((v): v is number => typeof v === 'number'));
  const participantRows = await db.select({ engagementId: engagementParticipants.engagementId, personId: engagementParticipants.personId, name: people.name, zh: sql<string | null>`${people.names}->>'zh'` })
    .from(engagementParticipants).innerJoin(people, eq(people.id, engagementParticipants.personId)).where(inArray(engagementParticipants.engagementId, ids));
  const placeRows = await db.select({ engagementId: engagementPlaces.engagementId, placeId: engagementPlaces.placeId, name: places.name })
    .from(engagementPlaces).innerJoin(places, eq(places.id, engagementPlaces.placeId)).where(inArray(engagementPlaces.engagementId, ids));
  const names = new Set(resolution.participants.map((p) => p.name));
  const result: Draft['sameEvent'] = [];
  for (const candidate of candidates) {
    const reasons: string[] = [];
    let score = candidate.date === date ? 0.4 : 0.25;
    reasons.push(candidate.date === date ? `same day (${date})` : `one day apart (${candidate.date})`);
    const sharedPeople = participantRows.filter((r) => r.engagementId === candidate.id && (personIds.has(r.personId) || names.has(r.name) || (r.zh !== null && names.has(r.zh))));
    const sharedPlaces = placeRows.filter((r) => r.engagementId === candidate.id && placeIds.has(r.placeId));
    if (!sharedPeople.length && !sharedPlaces.length) continue;
    if (sharedPeople.length) {
      score += Math.min(0.4, 0.2 * sharedPeople.length);
      reasons.push(`shared participants: ${sharedPeople.map((p) => p.name).join(', ')}`);
    }
    if (sharedPlaces.length) {
      score += Math.min(0.2, 0.1 * sharedPlaces.length);
      reasons.push(`shared cities: ${sharedPlaces.map((p) => p.name).join(', ')}`);
    }
    result.push({ engagementId: candidate.id, title: candidate.title, date: candidate.date, score: Math.round(Math.min(score, 1) * 100) / 100, reasons });
  }
  return result.sort((a, b) => b.score - a.score);
}

export async function getDraft(db: Db, id: number, scopes: { draft?: SQL; engagement?: SQL } = {}): Promise<Draft> {
  const [row] = await db.select().from(drafts).where(and(eq(drafts.id, id), scopes.draft));
  if (!row) throw notFound('draft', id);
  const extraction = row.extraction as ExtractionResult;
  const resolution = await resolve(db, extraction);
  const sameEvent = row.status === 'pending' ? await findSameEvent(db, extraction, resolution, scopes.engagement) : [];
  return { ...presentDraftBase(row), text: row.text, extraction, resolution, sameEvent };
}

function presentDraftBase(row: DraftRow) {
  return {
    id: row.id, status: row.status as Draft['status'], origin: row.origin as Draft['origin'], feedId: row.feedId, url: row.url, title: row.title,
    language: row.language, publishedOn: row.publishedOn, engagementId: row.engagementId, createdAt: row.createdAt.toISOString(),
  };
}

export async function listDrafts(db: Db, query: { status: Draft['status']; limit: number; offset: number }, scope?: SQL) {
  const where = and(eq(drafts.status, query.status), scope);
  const rows = await db.select().from(drafts).where(where).orderBy(desc(drafts.id)).limit(query.limit).offset(query.offset);
  const [{ total }] = await db.select({ total: count() }).from(drafts).where(where);
  const items = rows.map((row) => {
    const contract = (row.extraction as ExtractionResult | null)?.contract;
    return { ...presentDraftBase(row), kind: contract?.kind ?? null, date: contract?.date ?? null, cities: contract?.cities ?? [] };
  });
  return { items, total, limit: query.limit, offset: query.offset };
}

async function pendingDraft(tx: Db, id: number): Promise<DraftRow> {
  const [row] = await tx.select().from(drafts).where(eq(drafts.id, id)).for('update');
  if (!row) throw notFound('draft', id);
  if (row.status !== 'pending') throw new AppError('conflict', `draft ${id} was already ${row.status}`);
  return row;
}

function sourceFromDraft(row: DraftRow) {
  return {
    kind: row.origin === 'feed' || row.origin === 'url' ? 'article' as const : 'press_release' as const,
    title: row.title, url: row.url, publisher: row.url ? new URL(row.url).host : null,
    language: (['de', 'en', 'zh'].includes(row.language ?? '') ? row.language : null) as 'de' | 'en' | 'zh' | null,
    publishedOn: row.publishedOn, text: row.text, extraction: row.extraction,
  };
}

/** Saves a reviewed draft: a new engagement with the source, or the source attached to the same event. */
export async function acceptDraft({ db, actor, id, input }: { db: Db; actor: Actor; id: number; input: AcceptDraftInput }) {
  return db.transaction(async (tx) => {
    const row = await pendingDraft(tx, id);
    let engagementId: number;
    if ('sameAsEngagementId' in input) {
      await getEngagement(tx, input.sameAsEngagementId);
      engagementId = input.sameAsEngagementId;
      const sourceId = await insertSource(tx, sourceFromDraft(row));
      await tx.insert(engagementSources).values({ engagementId, sourceId });
      await recordAudit(tx, actor, { action: 'update', entity: 'engagement', entityId: engagementId, after: { addedSourceId: sourceId, fromDraft: id } });
    } else {
      const created = await createEngagement({ db: tx, actor, input: { ...input.engagement, sources: [...input.engagement.sources, sourceFromDraft(row)] } });
      engagementId = created.id;
    }
    await tx.update(drafts).set({ status: 'accepted', engagementId, updatedAt: new Date() }).where(eq(drafts.id, id));
    await recordAudit(tx, actor, { action: 'update', entity: 'draft', entityId: id, before: { status: 'pending' }, after: { status: 'accepted', engagementId } });
    return getEngagement(tx, engagementId);
  });
}

export async function discardDraft({ db, actor, id }: { db: Db; actor: Actor; id: number }) {
  await db.transaction(async (tx) => {
    await pendingDraft(tx, id);
    await tx.update(drafts).set({ status: 'discarded', updatedAt: new Date() }).where(eq(drafts.id, id));
    await recordAudit(tx, actor, { action: 'update', entity: 'draft', entityId: id, before: { status: 'pending' }, after: { status: 'discarded' } });
  });
}
