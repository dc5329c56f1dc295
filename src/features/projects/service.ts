import { and, asc, count, desc, eq, inArray, isNull, notInArray, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../domain/actor.ts';
import type { Owned } from '../../domain/common.ts';
import { todayIso } from '../../domain/dates.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import { type Db, rowsOf } from '../../db/client.ts';
import {
  commitments, engagements, organisations, partnerships, projectCommitments, projectEngagements, projectLeads, projectMilestones,
  projectResults, projects,
} from '../../db/schema.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { authorizeAction } from '../access/guard.ts';
import { assertIdsExist } from '../commitments/references.ts';
import type { MilestoneInput, Project, ProjectInput, ProjectListQuery, ProjectPatch, ResultInput } from './contract.ts';
import {
  assertProjectTransition, CLOSED_PROJECT_STATUSES, hasRolledUpProgress, nextProgress, type ProgressNode, PROJECT_TRANSITIONS, type ProjectStatus,
  rollUpProgress,
} from './progress.ts';

/** The given projects and every project below them, as the roll-up needs them. */
export async function loadProgressTree(db: Db, rootIds: number[]): Promise<ProgressNode[]> {
  if (!rootIds.length) return [];
  const rows = await rowsOf<{ id: number; parent_id: number | null; weight: number; status: string; progress: number }>(db.execute(sql`
    with recursive tree as (
      select id from ${projects} where id in (${sql.join(rootIds.map((id) => sql`${id}`), sql`, `)})
      union
      select p.id from ${projects} p join tree on p.parent_id = tree.id
    )
    select p.id, p.parent_id, p.weight, p.status, p.progress from ${projects} p join tree on tree.id = p.id`));
  return rows.map((r) => ({ id: Number(r.id), parentId: r.parent_id === null ? null : Number(r.parent_id), weight: Number(r.weight), status: r.status as ProjectStatus, progress: Number(r.progress) }));
}

export function isMilestoneOverdue(m: { dueOn: string; doneOn: string | null }, today: string) {
  return m.doneOn === null && m.dueOn < today;
}

export function isProjectOverdue(p: { endOn: string | null; status: string }, today: string) {
  return p.endOn !== null && p.endOn < today && !CLOSED_PROJECT_STATUSES.includes(p.status as ProjectStatus);
}

export async function loadProjects(db: Db, ids: number[], today = todayIso()): Promise<Project[]> {
  if (!ids.length) return [];
  const rows = await db.select().from(projects).where(inArray(projects.id, ids));
  const tree = await loadProgressTree(db, ids);
  const effective = rollUpProgress(tree);
  const leadRows = await db.select({ lead: projectLeads, organisation: organisations }).from(projectLeads)
    .innerJoin(organisations, eq(organisations.id, projectLeads.organisationId)).where(inArray(projectLeads.projectId, ids))
    .orderBy(asc(projectLeads.side), asc(organisations.id));
  const milestoneRows = await db.select().from(projectMilestones).where(inArray(projectMilestones.projectId, ids))
    .orderBy(asc(projectMilestones.dueOn), asc(projectMilestones.id));
  const resultRows = await db.select().from(projectResults).where(inArray(projectResults.projectId, ids)).orderBy(asc(projectResults.position), asc(projectResults.id));
  const commitmentLinks = await db.select().from(projectCommitments).where(inArray(projectCommitments.projectId, ids)).orderBy(asc(projectCommitments.commitmentId));
  const engagementLinks = await db.select().from(projectEngagements).where(inArray(projectEngagements.projectId, ids)).orderBy(asc(projectEngagements.engagementId));
  const byId = new Map<number, Project>();
  for (const p of rows) {
    const status = p.status as ProjectStatus;
    byId.set(p.id, {
      id: p.id, partnershipId: p.partnershipId, parentId: p.parentId, weight: p.weight, title: p.title, description: p.description,
      topics: p.topics as Project['topics'], status, nextStatuses: [...PROJECT_TRANSITIONS[status]],
      progress: effective.get(p.id) ?? p.progress, ownProgress: p.progress, progressRolledUp: hasRolledUpProgress(p.id, tree),
      startOn: p.startOn, endOn: p.endOn, overdue: isProjectOverdue(p, today),
      leads: leadRows.filter((l) => l.lead.projectId === p.id).map((l) => ({ organisation: { id: l.organisation.id, name: l.organisation.name }, side: l.lead.side as 'a' | 'b' })),
      milestones: milestoneRows.filter((m) => m.projectId === p.id).map((m) => ({
        id: m.id, dueOn: m.dueOn, title: m.title, description: m.description, doneOn: m.doneOn, overdue: isMilestoneOverdue(m, today),
      })),
      results: resultRows.filter((r) => r.projectId === p.id).map((r) => ({ id: r.id, name: r.name, unit: r.unit, target: r.target, actual: r.actual })),
      commitmentIds: commitmentLinks.filter((l) => l.projectId === p.id).map((l) => l.commitmentId),
      engagementIds: engagementLinks.filter((l) => l.projectId === p.id).map((l) => l.engagementId),
      subProjectIds: tree.filter((n) => n.parentId === p.id).map((n) => n.id).sort((a, b) => a - b),
      lastActivityAt: p.lastActivityAt.toISOString(), createdAt: p.createdAt.toISOString(), updatedAt: p.updatedAt.toISOString(),
    });
  }
  return ids.map((id) => byId.get(id)).filter((p): p is Project => p !== undefined);
}

export async function listProjects(db: Db, query: ProjectListQuery, today = todayIso(), scope?: SQL) {
  const filters: SQL[] = [];
  if (query.partnership) filters.push(eq(projects.partnershipId, query.partnership));
  if (query.parent === 'none') filters.push(isNull(projects.parentId));
  else if (query.parent) filters.push(eq(projects.parentId, query.parent));
  if (query.status) filters.push(eq(projects.status, query.status));
  if (query.topic) filters.push(sql`${query.topic} = any(${projects.topics})`);
  if (query.commitment) {
    filters.push(sql`exists (select 1 from ${projectCommitments} where ${projectCommitments.projectId} = ${projects.id} and ${projectCommitments.commitmentId} = ${query.commitment})`);
  }
  if (scope) filters.push(scope);
  const where = filters.length ? and(...filters) : undefined;
  const idRows = await db.select({ id: projects.id }).from(projects).where(where).orderBy(desc(projects.id)).limit(query.limit).offset(query.offset);
  const [{ total }] = await db.select({ total: count() }).from(projects).where(where);
  return { items: await loadProjects(db, idRows.map((r) => r.id), today), total, limit: query.limit, offset: query.offset };
}

export async function getProject(db: Db, id: number, today = todayIso()): Promise<Project> {
  const [found] = await loadProjects(db, [id], today);
  if (!found) throw notFound('project', id);
  return found;
}

type Lists = Pick<ProjectPatch, 'leads' | 'milestones' | 'results' | 'commitmentIds' | 'engagementIds'>;

async function assertReferences(tx: Db, input: Lists & { partnershipId?: number | null; parentId?: number | null }) {
  await assertIdsExist(tx, partnerships, [input.partnershipId], 'partnership');
  await assertIdsExist(tx, projects, [input.parentId], 'project');
  await assertIdsExist(tx, organisations, (input.leads ?? []).map((l) => l.organisationId), 'organisation');
  await assertIdsExist(tx, commitments, input.commitmentIds ?? [], 'commitment');
  await assertIdsExist(tx, engagements, input.engagementIds ?? [], 'engagement');
}

/** Rows keep their ids (imports and links name them): listed ids update, new rows insert, the rest go. */
async function syncOwned<T extends { id?: number }>(tx: Db, table: typeof projectMilestones | typeof projectResults, projectId: number, items: T[],
  values: (item: T, position: number) => Record<string, unknown>, what: string) {
  const existing = await tx.select({ id: table.id }).from(table).where(eq(table.projectId, projectId));
  const foreign = items.filter((i) => i.id !== undefined && !existing.some((e) => e.id === i.id)).map((i) => i.id);
  if (foreign.length) throw new AppError('validation_failed', `${what} ${foreign.join(', ')} is not a ${what} of project ${projectId}`, { path: `${what}s`, missing: foreign });
  const keep = items.map((i) => i.id).filter((v): v is number => v !== undefined);
  await tx.delete(table).where(and(eq(table.projectId, projectId), keep.length ? notInArray(table.id, keep) : undefined));
  for (const [position, item] of items.entries()) {
    if (item.id !== undefined) await tx.update(table).set(values(item, position)).where(eq(table.id, item.id));
    else await tx.insert(table).values({ projectId, ...values(item, position) } as typeof table.$inferInsert);
  }
}

const milestoneValues = (m: MilestoneInput) => ({ dueOn: m.dueOn, title: m.title, description: m.description, doneOn: m.doneOn });
const resultValues = (r: ResultInput, position: number) => ({ name: r.name, unit: r.unit, target: r.target, actual: r.actual, position });

async function writeLists(tx: Db, projectId: number, lists: Lists) {
  if (lists.leads) {
    await tx.delete(projectLeads).where(eq(projectLeads.projectId, projectId));
    if (lists.leads.length) await tx.insert(projectLeads).values(lists.leads.map((l) => ({ projectId, ...l })));
  }
  if (lists.milestones) await syncOwned(tx, projectMilestones, projectId, lists.milestones, milestoneValues, 'milestone');
  if (lists.results) await syncOwned(tx, projectResults, projectId, lists.results, resultValues, 'result');
  if (lists.commitmentIds) {
    await tx.delete(projectCommitments).where(eq(projectCommitments.projectId, projectId));
    if (lists.commitmentIds.length) await tx.insert(projectCommitments).values(lists.commitmentIds.map((commitmentId) => ({ projectId, commitmentId })));
  }
  if (lists.engagementIds) {
    await tx.delete(projectEngagements).where(eq(projectEngagements.projectId, projectId));
    if (lists.engagementIds.length) await tx.insert(projectEngagements).values(lists.engagementIds.map((engagementId) => ({ projectId, engagementId })));
  }
}

/** A sub-project belongs to its parent's partnership. */
async function partnershipFor(tx: Db, parentId: number | null, given: number | null | undefined): Promise<number | null | undefined> {
  if (parentId === null) return given;
  const [parent] = await tx.select({ partnershipId: projects.partnershipId }).from(projects).where(eq(projects.id, parentId));
  if (given !== undefined && given !== null && parent.partnershipId !== null && given !== parent.partnershipId) {
    throw new AppError('validation_failed', `a sub-project belongs to its parent's partnership ${parent.partnershipId}, not ${given}`, { path: 'partnershipId' });
  }
  return given ?? parent.partnershipId;
}

export async function createProject({ db, actor, input }: { db: Db; actor: Actor; input: Owned<ProjectInput> }): Promise<Project> {
  return db.transaction(async (tx) => {
    await assertReferences(tx, input);
    const { leads, milestones, results, commitmentIds, engagementIds, progress, ...fields } = input;
    const partnershipId = (await partnershipFor(tx, fields.parentId, fields.partnershipId)) ?? null;
    const [row] = await tx.insert(projects).values({ ...fields, partnershipId, progress: nextProgress(null, fields.status, progress) }).returning({ id: projects.id });
    await writeLists(tx, row.id, { leads, milestones, results, commitmentIds, engagementIds });
    const created = await getProject(tx, row.id);
    await recordAudit(tx, actor, { action: 'create', entity: 'project', entityId: row.id, after: created });
    return created;
  });
}

/** Applies a patch inside a caller's transaction; the CSV import uses it for each row. */
export async function applyProjectPatch(tx: Db, actor: Actor, id: number, patch: Owned<ProjectPatch>): Promise<Project> {
  const before = await getProject(tx, id);
  // The progress CSV reaches here without the routes' checks: another office's private project is refused.
  await authorizeAction(tx, actor, 'project', id, 'update');
  await assertReferences(tx, patch);
  const status = patch.status ?? before.status;
  if (patch.status) assertProjectTransition(before.status, patch.status);
  if (patch.progress !== undefined && before.progressRolledUp && patch.progress !== before.ownProgress) {
    throw new AppError('progress_rolled_up', `project ${id} takes its progress from its sub-projects ${before.subProjectIds.join(', ')}; update those instead`,
      { path: 'progress', subProjectIds: before.subProjectIds }, 409);
  }
  if (patch.parentId !== undefined && patch.parentId !== null) {
    const below = await loadProgressTree(tx, [id]);
    if (below.some((n) => n.id === patch.parentId)) {
      throw new AppError('invalid_parent', `project ${patch.parentId} is project ${id} or one of its sub-projects; a project cannot be its own ancestor`, { path: 'parentId' }, 409);
    }
  }
  const parentId = patch.parentId === undefined ? before.parentId : patch.parentId;
  const startOn = patch.startOn === undefined ? before.startOn : patch.startOn;
  const endOn = patch.endOn === undefined ? before.endOn : patch.endOn;
  if (startOn && endOn && endOn < startOn) throw new AppError('validation_failed', 'endOn must not be before startOn', { path: 'endOn' });
  const { leads, milestones, results, commitmentIds, engagementIds, progress, ...fields } = patch;
  const partnershipId = await partnershipFor(tx, parentId, patch.partnershipId);
  const newProgress = nextProgress({ status: before.status, progress: before.ownProgress }, status, progress);
  const now = new Date();
  await tx.update(projects).set({
    ...fields, ...(partnershipId === undefined ? {} : { partnershipId }), progress: newProgress, updatedAt: now, lastActivityAt: now,
  }).where(eq(projects.id, id));
  await writeLists(tx, id, { leads, milestones, results, commitmentIds, engagementIds });
  const after = await getProject(tx, id);
  await recordAudit(tx, actor, { action: 'update', entity: 'project', entityId: id, before, after });
  return after;
}

export async function updateProject({ db, actor, id, patch }: { db: Db; actor: Actor; id: number; patch: Owned<ProjectPatch> }): Promise<Project> {
  return db.transaction((tx) => applyProjectPatch(tx, actor, id, patch));
}

export async function deleteProject({ db, actor, id }: { db: Db; actor: Actor; id: number }) {
  await db.transaction(async (tx) => {
    const before = await getProject(tx, id);
    if (before.subProjectIds.length) {
      throw new AppError('still_referenced', `project ${id} has sub-projects ${before.subProjectIds.join(', ')}; delete or move them first`, { subProjectIds: before.subProjectIds });
    }
    await tx.delete(projects).where(eq(projects.id, id));
    await recordAudit(tx, actor, { action: 'delete', entity: 'project', entityId: id, before });
  });
}
