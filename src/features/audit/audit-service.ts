import { and, count, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { Actor } from '../../domain/actor.ts';
import type { Db } from '../../db/client.ts';
import { auditLog } from '../../db/schema.ts';

export type AuditAction = 'create' | 'update' | 'delete' | 'import';

export interface AuditEntry {
  action: AuditAction;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

/** Call inside the same transaction as the write it records, so neither exists without the other. */
export async function recordAudit(tx: Db, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actor: actor.id,
    action: entry.action,
    entity: entry.entity,
    entityId: String(entry.entityId),
    before: entry.before === undefined ? null : toJson(entry.before),
    after: entry.after === undefined ? null : toJson(entry.after),
  });
}

// Dates become ISO strings, so the stored JSON is what the API showed.
function toJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

export interface AuditQuery {
  entity?: string;
  entityId?: string;
  actor?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export async function listAudit(db: Db, query: AuditQuery) {
  const filters: SQL[] = [];
  if (query.entity) filters.push(eq(auditLog.entity, query.entity));
  if (query.entityId) filters.push(eq(auditLog.entityId, query.entityId));
  if (query.actor) filters.push(eq(auditLog.actor, query.actor));
  if (query.from) filters.push(gte(auditLog.at, new Date(query.from)));
  if (query.to) filters.push(lte(auditLog.at, new Date(`${query.to}T23:59:59.999Z`)));
  const where = filters.length ? and(...filters) : undefined;
  const [items, [{ total }]] = await Promise.all([
    db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(query.limit).offset(query.offset),
    db.select({ total: count() }).from(auditLog).where(where),
  ]);
  return { items: items.map((row) => ({ ...row, at: row.at.toISOString() })), total };
}
