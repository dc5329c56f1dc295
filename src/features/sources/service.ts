import { asc, count, desc, eq, sql } from 'drizzle-orm';
import { notFound } from '../../domain/errors.ts';
import type { Db } from '../../db/client.ts';
import { engagementSources, sources } from '../../db/schema.ts';
import { escapeLike } from '../places/service.ts';
import type { Source, SourceInput } from './contract.ts';

type SourceRow = typeof sources.$inferSelect;

export function presentSourceSummary(row: SourceRow) {
  return {
    id: row.id, kind: row.kind as Source['kind'], title: row.title, url: row.url, publisher: row.publisher,
    language: row.language as Source['language'], publishedOn: row.publishedOn,
  };
}

export async function getSource(db: Db, id: number): Promise<Source> {
  const [row] = await db.select().from(sources).where(eq(sources.id, id));
  if (!row) throw notFound('source', id);
  const links = await db.select({ id: engagementSources.engagementId }).from(engagementSources).where(eq(engagementSources.sourceId, id)).orderBy(asc(engagementSources.engagementId));
  return { ...presentSourceSummary(row), text: row.text, extraction: row.extraction ?? null, engagementIds: links.map((l) => l.id), createdAt: row.createdAt.toISOString() };
}

export async function listSources(db: Db, query: { q?: string; limit: number; offset: number }) {
  const where = query.q ? sql`(${sources.title} ilike ${`%${escapeLike(query.q)}%`} or ${sources.text} ilike ${`%${escapeLike(query.q)}%`})` : undefined;
  const rows = await db.select().from(sources).where(where).orderBy(desc(sources.id)).limit(query.limit).offset(query.offset);
  const [{ total }] = await db.select({ total: count() }).from(sources).where(where);
  return { items: rows.map(presentSourceSummary), total, limit: query.limit, offset: query.offset };
}

/** Inserts a source; callers run it inside their transaction and audit it with their own write. */
export async function insertSource(tx: Db, input: SourceInput): Promise<number> {
  const [row] = await tx.insert(sources).values({ ...input, extraction: input.extraction ?? null }).returning({ id: sources.id });
  return row.id;
}
