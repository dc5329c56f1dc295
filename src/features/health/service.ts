// Gathers the facts of partnership health in a handful of grouped queries (whatever the number of
// partnerships) and scores them with score.ts.
import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { alias, type PgColumn } from 'drizzle-orm/pg-core';
import { addDays, todayIso } from '../../domain/dates.ts';
import { notFound } from '../../domain/errors.ts';
import type { Db } from '../../db/client.ts';
import { agreements, commitments, engagements, partnerships, places, projects } from '../../db/schema.ts';
import { OPEN_COMMITMENT_STATUSES } from '../commitments/status.ts';
import { presentPlaceSummary } from '../places/service.ts';
import { ACTIVE_PROJECT_STATUSES } from '../projects/progress.ts';
import type { FollowThroughConfig } from './config.ts';
import type { HealthListQuery, PartnershipHealth } from './contract.ts';
import { assessHealth, type HealthFacts } from './score.ts';

const placeA = alias(places, 'place_a');
const placeB = alias(places, 'place_b');

function emptyFacts(since: string | null): HealthFacts {
  return {
    lastEngagementOn: null, engagementsLastYear: 0, openCommitments: 0, overdueCommitments: 0, doneCommitments: 0, activeProjects: 0,
    lastActivityOn: null, since, agreementsInForce: [], agreementCount: 0,
  };
}

const maxDay = (...days: (string | null | undefined)[]) => days.filter((d): d is string => Boolean(d)).sort().at(-1) ?? null;

/** What the reader may see of each kind (src/features/access/scope.ts): health counts only that. */
export type HealthScopes = Partial<Record<'engagement' | 'commitment' | 'project' | 'agreement', SQL>>;

/** Facts per partnership. `ids` limits the partnerships; null means every partnership that has any record. */
export async function gatherHealthFacts(db: Db, today: string, ids: number[] | null, scopes: HealthScopes = {}): Promise<Map<number, HealthFacts>> {
  const yearAgo = addDays(today, -365);
  const only = (column: PgColumn): SQL => (ids ? inArray(column, ids.length ? ids : [-1]) : sql`${column} is not null`);
  // Sequential: inside a transaction all queries share one connection.
  const engagementRows = await db.select({
    partnershipId: engagements.partnershipId,
    last: sql<string | null>`max(${engagements.date}) filter (where ${engagements.date} <= ${today})::text`,
    lastYear: sql<number>`count(*) filter (where ${engagements.date} > ${yearAgo} and ${engagements.date} <= ${today})::int`,
  }).from(engagements).where(and(only(engagements.partnershipId), scopes.engagement)).groupBy(engagements.partnershipId);
  const open = inArray(commitments.status, [...OPEN_COMMITMENT_STATUSES]);
  const commitmentRows = await db.select({
    partnershipId: commitments.partnershipId,
    open: sql<number>`count(*) filter (where ${open})::int`,
    overdue: sql<number>`count(*) filter (where ${open} and ${commitments.dueOn} < ${today})::int`,
    done: sql<number>`count(*) filter (where ${commitments.status} = 'done')::int`,
    lastActivity: sql<string | null>`max((${commitments.lastActivityAt} at time zone 'UTC')::date) filter (where (${commitments.lastActivityAt} at time zone 'UTC')::date <= ${today})::text`,
  }).from(commitments).where(and(only(commitments.partnershipId), scopes.commitment)).groupBy(commitments.partnershipId);
  const projectRows = await db.select({
    partnershipId: projects.partnershipId,
    active: sql<number>`count(*) filter (where ${inArray(projects.status, [...ACTIVE_PROJECT_STATUSES])})::int`,
    lastActivity: sql<string | null>`max((${projects.lastActivityAt} at time zone 'UTC')::date) filter (where (${projects.lastActivityAt} at time zone 'UTC')::date <= ${today})::text`,
  }).from(projects).where(and(only(projects.partnershipId), scopes.project)).groupBy(projects.partnershipId);
  const agreementRows = await db.select({
    id: agreements.id, partnershipId: agreements.partnershipId, signedOn: agreements.signedOn,
    validFrom: agreements.validFrom, validTo: agreements.validTo, renewalOn: agreements.renewalOn,
  }).from(agreements).where(and(only(agreements.partnershipId), scopes.agreement));
  const partnershipIds = ids ?? [...new Set([...engagementRows, ...commitmentRows, ...projectRows, ...agreementRows].map((r) => r.partnershipId!))];
  const sinceRows = partnershipIds.length
    ? await db.select({ id: partnerships.id, since: partnerships.since }).from(partnerships).where(inArray(partnerships.id, partnershipIds))
    : [];

  const facts = new Map<number, HealthFacts>();
  for (const { id, since } of sinceRows) facts.set(id, emptyFacts(since));
  for (const r of engagementRows) {
    const f = facts.get(r.partnershipId!);
    if (!f) continue;
    f.lastEngagementOn = r.last;
    f.engagementsLastYear = r.lastYear;
    f.lastActivityOn = maxDay(f.lastActivityOn, r.last);
  }
  for (const r of commitmentRows) {
    const f = facts.get(r.partnershipId!);
    if (!f) continue;
    Object.assign(f, { openCommitments: r.open, overdueCommitments: r.overdue, doneCommitments: r.done });
    f.lastActivityOn = maxDay(f.lastActivityOn, r.lastActivity);
  }
  for (const r of projectRows) {
    const f = facts.get(r.partnershipId!);
    if (!f) continue;
    f.activeProjects = r.active;
    f.lastActivityOn = maxDay(f.lastActivityOn, r.lastActivity);
  }
  for (const a of agreementRows) {
    const f = facts.get(a.partnershipId!);
    if (!f) continue;
    f.agreementCount += 1;
    if (a.signedOn && a.signedOn <= today) f.lastActivityOn = maxDay(f.lastActivityOn, a.signedOn);
    const started = (a.validFrom ?? a.signedOn ?? today) <= today;
    const notEnded = !a.validTo || a.validTo >= today;
    if (started && notEnded) f.agreementsInForce.push({ id: a.id, validTo: a.validTo, renewalOn: a.renewalOn });
  }
  return facts;
}

function partnershipSelect(db: Db) {
  return db.select({
    partnership: { id: partnerships.id, kind: partnerships.kind, status: partnerships.status, since: partnerships.since },
    placeA: { id: placeA.id, name: placeA.name, names: placeA.names, country: placeA.country, kind: placeA.kind },
    placeB: { id: placeB.id, name: placeB.name, names: placeB.names, country: placeB.country, kind: placeB.kind },
  }).from(partnerships)
    .innerJoin(placeA, eq(placeA.id, partnerships.placeAId)).innerJoin(placeB, eq(placeB.id, partnerships.placeBId));
}

type PartnershipRow = Awaited<ReturnType<ReturnType<typeof partnershipSelect>['execute']>>[number];

function present(row: PartnershipRow, facts: HealthFacts, today: string, config: FollowThroughConfig, assessment = assessHealth(facts, today, config, row.partnership.status)): PartnershipHealth {
  const p = row.partnership;
  return {
    partnership: {
      id: p.id, placeA: presentPlaceSummary(row.placeA), placeB: presentPlaceSummary(row.placeB),
      kind: p.kind as PartnershipHealth['partnership']['kind'], status: p.status as PartnershipHealth['partnership']['status'], since: p.since,
    },
    asOf: today,
    ...assessment,
    facts,
  };
}

export async function getPartnershipHealth(db: Db, id: number, config: FollowThroughConfig, today = todayIso(), scopes: HealthScopes = {}): Promise<PartnershipHealth> {
  const [row] = await partnershipSelect(db).where(eq(partnerships.id, id));
  if (!row) throw notFound('partnership', id);
  const facts = await gatherHealthFacts(db, today, [id], scopes);
  return present(row, facts.get(id)!, today, config);
}

/** Partnerships ordered by health (worst first unless asked otherwise), each score explained. */
export async function listPartnershipHealth(db: Db, query: HealthListQuery, config: FollowThroughConfig, scope?: SQL, scopes: HealthScopes = {}) {
  const today = query.asOf ?? todayIso();
  const filters: SQL[] = [];
  if (query.place) filters.push(or(eq(partnerships.placeAId, query.place), eq(partnerships.placeBId, query.place))!);
  if (query.status) filters.push(eq(partnerships.status, query.status));
  if (scope) filters.push(scope);
  // Facts come from grouped queries over the tracked partnerships; a partnership without any record has
  // empty facts, so scope=all never sends the whole registry's ids through an IN list.
  const facts = await gatherHealthFacts(db, today, null, scopes);
  const tracked = [...facts.keys()];
  const rows = query.scope === 'all'
    ? await partnershipSelect(db).where(filters.length ? and(...filters) : undefined)
    : tracked.length ? await partnershipSelect(db).where(and(inArray(partnerships.id, tracked), ...filters)) : [];
  // Partnerships without records share one assessment per (since, status): the registry has ~26k of them.
  const untracked = new Map<string, [HealthFacts, ReturnType<typeof assessHealth>]>();
  let items = rows.map((row) => {
    const known = facts.get(row.partnership.id);
    if (known) return present(row, known, today, config);
    const key = `${row.partnership.since}|${row.partnership.status}`;
    let shared = untracked.get(key);
    if (!shared) {
      const empty = emptyFacts(row.partnership.since);
      shared = [empty, assessHealth(empty, today, config, row.partnership.status)];
      untracked.set(key, shared);
    }
    return present(row, shared[0], today, config, shared[1]);
  });
  if (query.level) items = items.filter((i) => i.level === query.level);
  if (query.dormant) items = items.filter((i) => i.dormantSuggested === (query.dormant === 'true'));
  const direction = query.order === 'desc' ? -1 : 1;
  items.sort((a, b) => direction * (a.score - b.score) || a.partnership.id - b.partnership.id);
  return { items: items.slice(query.offset, query.offset + query.limit), total: items.length, limit: query.limit, offset: query.offset };
}
