// RSS and Atom feeds per city: polling turns each new item into a pending draft. Items already
// drafted are skipped by the (feed, item) unique key, so polling twice never duplicates work.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { asc, count, eq, isNull, lte, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../domain/actor.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import { id as idSchema, pageQuery } from '../../domain/common.ts';
import { LOCALES } from '../../domain/taxonomy.ts';
import type { Db } from '../../db/client.ts';
import { drafts, feeds } from '../../db/schema.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { htmlToArticle } from './article-text.ts';
import { type FetchLimits, fetchDocument, parseHttpUrl } from './fetch-url.ts';
import { storeDraft } from './service.ts';
import { draftOwner } from './policy.ts';

export interface FeedItem { key: string; title: string | null; link: string | null; publishedOn: string | null; html: string }

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', processEntities: true, htmlEntities: true });

const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const textOf = (value: unknown): string | null => {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (typeof value === 'object' && '#text' in (value as object)) return String((value as { '#text': unknown })['#text']);
  return null;
};
const isoDay = (value: string | null) => {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
};

/** Reads RSS 2.0 or Atom; anything else is a clear error. */
export function parseFeed(xml: string): { title: string | null; items: FeedItem[] } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new AppError('feed_invalid', `the feed is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`, undefined, 422);
  const document = parser.parse(xml);
  if (document.rss?.channel) {
    const channel = document.rss.channel;
    const items = asArray(channel.item).map((item: Record<string, unknown>) => {
      const link = textOf(item.link);
      return {
        key: textOf(item.guid) ?? link ?? textOf(item.title) ?? '',
        title: textOf(item.title), link, publishedOn: isoDay(textOf(item.pubDate) ?? textOf(item['dc:date'])),
        html: textOf(item['content:encoded']) ?? textOf(item.description) ?? '',
      };
    });
    return { title: textOf(channel.title), items: items.filter((i) => i.key) };
  }
  if (document.feed) {
    const items = asArray(document.feed.entry).map((entry: Record<string, unknown>) => {
      const links = asArray(entry.link as Record<string, string> | Record<string, string>[]);
      const link = links.find((l) => !l['@rel'] || l['@rel'] === 'alternate')?.['@href'] ?? null;
      return {
        key: textOf(entry.id) ?? link ?? '', title: textOf(entry.title), link,
        publishedOn: isoDay(textOf(entry.published) ?? textOf(entry.updated)),
        html: textOf(entry.content) ?? textOf(entry.summary) ?? '',
      };
    });
    return { title: textOf(document.feed.title), items: items.filter((i) => i.key) };
  }
  throw new AppError('feed_invalid', 'the document is XML but neither an RSS nor an Atom feed', undefined, 422);
}

export const feed = z.object({
  id: z.number().int(), url: z.string(), title: z.string().nullable(), placeId: z.number().int().nullable(), language: z.string().nullable(),
  pollMinutes: z.number().int(), lastPolledAt: z.string().nullable(), lastError: z.string().nullable(), createdAt: z.string(),
});
export const feedInput = z.object({
  url: z.string().trim().max(2000).refine((value) => { try { parseHttpUrl(value); return true; } catch { return false; } }, 'expected an http or https URL'),
  title: z.string().trim().max(300).nullable().default(null),
  placeId: idSchema.nullable().default(null),
  language: z.enum(LOCALES).nullable().default(null),
  pollMinutes: z.number().int().min(5).max(7 * 24 * 60).default(60),
}).strict();
export const feedPatch = feedInput.partial().strict();
export const feedListQuery = z.object({ ...pageQuery });

function presentFeed(row: typeof feeds.$inferSelect): z.infer<typeof feed> {
  return {
    id: row.id, url: row.url, title: row.title, placeId: row.placeId, language: row.language, pollMinutes: row.pollMinutes,
    lastPolledAt: row.lastPolledAt?.toISOString() ?? null, lastError: row.lastError, createdAt: row.createdAt.toISOString(),
  };
}

export async function listFeeds(db: Db, query: { limit: number; offset: number }) {
  const rows = await db.select().from(feeds).orderBy(asc(feeds.id)).limit(query.limit).offset(query.offset);
  const [{ total }] = await db.select({ total: count() }).from(feeds);
  return { items: rows.map(presentFeed), total, limit: query.limit, offset: query.offset };
}

export async function getFeed(db: Db, id: number) {
  const [row] = await db.select().from(feeds).where(eq(feeds.id, id));
  if (!row) throw notFound('feed', id);
  return presentFeed(row);
}

export async function createFeed(db: Db, actor: Actor, input: z.infer<typeof feedInput>) {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: feeds.id }).from(feeds).where(eq(feeds.url, input.url));
    if (existing) throw new AppError('conflict', `this feed is already followed (feed ${existing.id})`, { existingId: existing.id });
    const [row] = await tx.insert(feeds).values(input).returning();
    await recordAudit(tx, actor, { action: 'create', entity: 'feed', entityId: row.id, after: presentFeed(row) });
    return presentFeed(row);
  });
}

export async function updateFeed(db: Db, actor: Actor, id: number, patch: z.infer<typeof feedPatch>) {
  return db.transaction(async (tx) => {
    const before = await getFeed(tx, id);
    await tx.update(feeds).set({ ...patch, updatedAt: new Date() }).where(eq(feeds.id, id));
    const after = await getFeed(tx, id);
    await recordAudit(tx, actor, { action: 'update', entity: 'feed', entityId: id, before, after });
    return after;
  });
}

export async function deleteFeed(db: Db, actor: Actor, id: number) {
  await db.transaction(async (tx) => {
    const before = await getFeed(tx, id);
    await tx.delete(feeds).where(eq(feeds.id, id));
    await recordAudit(tx, actor, { action: 'delete', entity: 'feed', entityId: id, before });
  });
}

export interface PollResult { feedId: number; items: number; drafted: number; skipped: number; failed: { key: string; error: string }[] }

/** Fetches one feed and drafts its new items. A bad item is reported and skipped; the rest go on. */
export async function pollFeed(db: Db, actor: Actor, feedId: number, limits: FetchLimits, onItem?: (done: number, total: number) => void): Promise<PollResult> {
  const feedRow = await getFeed(db, feedId);
  let parsed: ReturnType<typeof parseFeed>;
  try {
    const document = await fetchDocument(feedRow.url, limits, 'application/rss+xml,application/atom+xml,application/xml,text/xml;q=0.9');
    parsed = parseFeed(document.body);
  } catch (error) {
    await db.update(feeds).set({ lastPolledAt: new Date(), lastError: (error as Error).message.slice(0, 1000) }).where(eq(feeds.id, feedId));
    throw error;
  }
  const seen = new Set((await db.select({ key: drafts.itemKey }).from(drafts).where(eq(drafts.feedId, feedId))).map((r) => r.key));
  const result: PollResult = { feedId, items: parsed.items.length, drafted: 0, skipped: 0, failed: [] };
  for (const [index, item] of parsed.items.entries()) {
    if (seen.has(item.key)) {
      result.skipped++;
    } else {
      try {
        const article = htmlToArticle(item.html || item.title || '');
        const text = item.title && !article.text.startsWith(item.title) ? `${item.title}\n\n${article.text}` : article.text;
        const created = await storeDraft(db, actor, {
          origin: 'feed', text, url: item.link, title: item.title, publishedOn: item.publishedOn, feedId, itemKey: item.key, ownerWorkspaceId: draftOwner(actor),
        }, (feedRow.language as 'de' | 'en' | 'zh' | null) ?? undefined);
        if (created === null) result.skipped++;
        else result.drafted++;
      } catch (error) {
        result.failed.push({ key: item.key, error: (error as Error).message });
      }
    }
    onItem?.(index + 1, parsed.items.length);
  }
  await db.update(feeds).set({ lastPolledAt: new Date(), lastError: null, title: feedRow.title ?? parsed.title }).where(eq(feeds.id, feedId));
  return result;
}

/** Feeds whose poll interval has passed. */
export async function dueFeeds(db: Db, now = new Date()): Promise<number[]> {
  const rows = await db.select({ id: feeds.id }).from(feeds)
    .where(or(isNull(feeds.lastPolledAt), lte(sql`${feeds.lastPolledAt} + make_interval(mins => ${feeds.pollMinutes})`, now)));
  return rows.map((r) => r.id);
}

/** Polls due feeds every minute in the background; one failing feed never stops the others. */
export function startFeedScheduler(db: Db, actor: Actor, limits: FetchLimits, log: (message: string) => void, everyMs = 60_000) {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      for (const feedId of await dueFeeds(db)) {
        try {
          const result = await pollFeed(db, actor, feedId, limits);
          if (result.drafted || result.failed.length) log(`feed ${feedId}: ${result.drafted} new draft(s), ${result.failed.length} failed item(s)`);
        } catch (error) {
          log(`feed ${feedId}: ${(error as Error).message}`);
        }
      }
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return { tick, stop: () => clearInterval(timer) };
}

export const feedIdParams = z.object({ id: idSchema });
