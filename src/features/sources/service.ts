import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { notFound } from '../../domain/errors.ts';
import type { Db } from '../../db/client.ts';
import { agreements, engagementSources, engagements, sources } from '../../db/schema.ts';
import { escapeLike } from '../places/service.ts';
import type { Source, SourceInput } from './contract.ts';

type SourceRow = typeof sources.$inferSelect;

export function presentSourceSummary(row: SourceRow) {
  return {
    id: row.id, kind: row.kind as Source['kind'], title: row.title, url: row.url, publisher: row.publisher,
    language: row.language as Source['language'], publishedOn: row.publishedOn,
  };
}

export async function getSource(db: Db, id: number, scope?: SQL): Promise<Source> {
  const [row] = await db.select().from(sources).where(and(eq(sources.id, id), scope));
  if (!row) throw notFound('source', id);
  const links = await db.select({ id: engagementSources.engagementId }).from(engagementSources).where(eq(engagementSources.sourceId, id)).orderBy(asc(engagementSources.engagementId));
  return { ...presentSourceSummary(row), text: row.text, extraction: row.extraction ?? null, engagementIds: links.map((l) => l.id), createdAt: row.createdAt.toISOString() };
}

/**
 * A source is as visible as the records taken from it: the reader sees it when they may read one of
 * its engagements or agreements. `scopes` are those kinds' read scopes (none: everything).
 */
export function sourceScope(scopes: { engagement?: SQL; agreement?: SQL }): SQL | undefined {
  if (!scopes.engagement && !scopes.agreement) return undefined;
  return sql`(exists (select 1 from ${engagementSources} join ${engagements} on ${engagements.id} = ${engagementSources.engagementId}
      where ${engagementSources.sourceId} = ${sources.id} and ${scopes.engagement ?? sql`true`})
    or exists (select 1 from ${agreements} where ${agreements.sourceId} = ${sources.id} and ${scopes.agreement ?? sql`true`}))`;
}

export async function listSources(db: Db, query: { q?: string; limit: number; offset: number }, scope?: SQL) {
  const text = query.q ? sql`(${sources.title} ilike ${`%${escapeLike(query.q)}%`} or ${sources.text} ilike ${`%${escapeLike(query.q)}%`})` : undefined;
  const where = and(text, scope);
  const rows = await db.select().from(sources).where(where).orderBy(desc(sources.id)).limit(query.limit).offset(query.offset);
  const [{ total }] = await db.select({ total: count() }).from(sources).where(where);
  return { items: rows.map(presentSourceSummary), total, limit: query.limit, offset: query.offset };
}

/** Inserts a source; callers run it inside their transaction and audit it with their own write. */
export async function insertSource(tx: Db, input: SourceInput): Promise<number> {
  const [row] = await tx.insert(sources).values({ ...input, extraction: input.extraction ?? null }).returning({ id: sources.id });
  return row.id;
}
