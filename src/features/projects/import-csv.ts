// Bulk update of project progress and milestones from a CSV. Every row is checked, then applied in one
// transaction (each row in a savepoint so one failure cannot hide the next); if any row fails, the
// whole file is rolled back and every bad row is reported with its line and column.
//
// Columns (header row, any order; only record and project_id are required):
//   record        "project" or "milestone"
//   project_id    the project's id
//   status        project rows: the new status
//   progress      project rows: 0–100
//   milestone_id  milestone rows: the milestone to update; empty adds a new milestone
//   due_on        milestone rows: YYYY-MM-DD (required for a new milestone)
//   done_on       milestone rows: YYYY-MM-DD, or "-" to mark it not done again
//   title_de, title_en, title_zh   milestone rows: the title (a new milestone needs one)
// Empty cells leave the value as it is. The export (follow-through/export?entity=progress) writes this format.
import { parse } from 'csv-parse/sync';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../domain/actor.ts';
import { isoDate } from '../../domain/common.ts';
import { AppError } from '../../domain/errors.ts';
import type { Db } from '../../db/client.ts';
import { projectMilestones, projects } from '../../db/schema.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { PROJECT_STATUSES, type ProjectStatus } from './progress.ts';
import { applyProjectPatch, getProject } from './service.ts';

export const PROGRESS_CSV_COLUMNS = ['record', 'project_id', 'status', 'progress', 'milestone_id', 'due_on', 'done_on', 'title_de', 'title_en', 'title_zh'] as const;
type Column = (typeof PROGRESS_CSV_COLUMNS)[number];

export interface ImportRowError { line: number; column?: Column; message: string }

type ProjectRow = { kind: 'project'; line: number; projectId: number; status?: ProjectStatus; progress?: number };
type MilestoneRow = {
  kind: 'milestone'; line: number; projectId: number; milestoneId?: number; dueOn?: string; doneOn?: string | null;
  title: { de?: string; en?: string; zh?: string };
};
export type ProgressRow = ProjectRow | MilestoneRow;

export interface ProgressImportResult { rows: number; projectsUpdated: number; milestonesCreated: number; milestonesUpdated: number; dryRun: boolean }

const positiveId = /^[1-9]\d{0,9}$/;

export function parseProgressCsv(text: string): { rows: ProgressRow[]; errors: ImportRowError[] } {
  if (text.includes('\u0000')) throw new AppError('invalid_csv', 'the file contains NUL bytes; it is not a text CSV file');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, info: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    const e = error as { lines?: number; message: string };
    throw new AppError('invalid_csv', `the CSV cannot be read${e.lines ? ` at line ${e.lines}` : ''}: ${e.message}`, { errors: [{ line: e.lines ?? 1, message: e.message }] });
  }
  if (!records.length) throw new AppError('invalid_csv', 'the CSV is empty', { errors: [{ line: 1, message: 'the CSV is empty' }] });
  const header = records[0].record.map((h) => h.toLowerCase());
  const headerErrors: ImportRowError[] = [];
  header.forEach((name, i) => {
    if (!(PROGRESS_CSV_COLUMNS as readonly string[]).includes(name)) headerErrors.push({ line: 1, message: `column ${i + 1} "${name.slice(0, 50)}" is not one of ${PROGRESS_CSV_COLUMNS.join(', ')}` });
    else if (header.indexOf(name) !== i) headerErrors.push({ line: 1, column: name as Column, message: 'appears twice in the header' });
  });
  for (const required of ['record', 'project_id'] as const) {
    if (!header.includes(required)) headerErrors.push({ line: 1, column: required, message: 'is missing from the header' });
  }
  if (headerErrors.length) throw new AppError('invalid_csv', `line 1: ${headerErrors.map((e) => `${e.column ? `${e.column} ` : ''}${e.message}`).join('; ')}`, { errors: headerErrors });

  const rows: ProgressRow[] = [];
  const errors: ImportRowError[] = [];
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    if (record.length !== header.length) {
      errors.push({ line, message: `expected ${header.length} columns, found ${record.length}` });
      continue;
    }
    const cell = (column: Column) => {
      const index = header.indexOf(column);
      return index < 0 ? '' : record[index];
    };
    const before = errors.length;
    const fail = (column: Column, message: string) => errors.push({ line, column, message });
    const idCell = (column: Column) => {
      const raw = cell(column);
      if (raw === '') return undefined;
      if (!positiveId.test(raw) || Number(raw) > 2_147_483_647) fail(column, `"${raw.slice(0, 50)}" is not an id`);
      return Number(raw);
    };
    const dateCell = (column: Column) => {
      const raw = cell(column);
      if (raw === '') return undefined;
      if (!isoDate.safeParse(raw).success) fail(column, `"${raw.slice(0, 50)}" is not a date as YYYY-MM-DD`);
      return raw;
    };
    const kind = cell('record').toLowerCase();
    const projectId = idCell('project_id');
    if (cell('project_id') === '') fail('project_id', 'is empty');
    if (kind === 'project') {
      const rawStatus = cell('status');
      const rawProgress = cell('progress');
      if (rawStatus !== '' && !(PROJECT_STATUSES as readonly string[]).includes(rawStatus)) fail('status', `"${rawStatus.slice(0, 50)}" is not one of ${PROJECT_STATUSES.join(', ')}`);
      if (rawProgress !== '' && !/^\d{1,3}$/.test(rawProgress)) fail('progress', `"${rawProgress.slice(0, 50)}" is not a whole number from 0 to 100`);
      else if (rawProgress !== '' && Number(rawProgress) > 100) fail('progress', `${rawProgress} is more than 100`);
      if (rawStatus === '' && rawProgress === '') fail('status', 'a project row needs a status or a progress');
      for (const column of ['milestone_id', 'due_on', 'done_on', 'title_de', 'title_en', 'title_zh'] as const) {
        if (cell(column) !== '') fail(column, 'must be empty on a project row');
      }
      if (errors.length === before) {
        rows.push({ kind: 'project', line, projectId: projectId!, status: (rawStatus || undefined) as ProjectStatus | undefined, progress: rawProgress === '' ? undefined : Number(rawProgress) });
      }
    } else if (kind === 'milestone') {
      const milestoneId = idCell('milestone_id');
      const dueOn = dateCell('due_on');
      const doneRaw = cell('done_on');
      const doneOn = doneRaw === '-' ? null : dateCell('done_on');
      const title: MilestoneRow['title'] = {};
      for (const locale of ['de', 'en', 'zh'] as const) {
        const value = cell(`title_${locale}`);
        if (value.length > 500) fail(`title_${locale}`, 'is longer than 500 characters');
        else if (value) title[locale] = value;
      }
      if (milestoneId === undefined && dueOn === undefined && cell('due_on') === '') fail('due_on', 'a new milestone needs a date');
      if (milestoneId === undefined && !Object.keys(title).length) fail('title_en', 'a new milestone needs a title in at least one language');
      for (const column of ['status', 'progress'] as const) if (cell(column) !== '') fail(column, 'must be empty on a milestone row');
      if (errors.length === before) rows.push({ kind: 'milestone', line, projectId: projectId!, milestoneId, dueOn, doneOn, title });
    } else {
      fail('record', `"${cell('record').slice(0, 50)}" is not "project" or "milestone"`);
    }
  }
  if (records.length === 1) errors.push({ line: 1, message: 'the CSV has a header but no rows' });
  return { rows, errors };
}

/** Which column an error from the services is about, so the report can point at it. */
function columnOf(error: AppError, row: ProgressRow): Column | undefined {
  if (error.code === 'invalid_transition') return 'status';
  if (error.code === 'progress_rolled_up') return 'progress';
  if (error.code === 'not_found') return 'project_id';
  const path = (error.details as { path?: string } | undefined)?.path;
  if (path === 'progress') return 'progress';
  if (path === 'milestones') return 'milestone_id';
  return row.kind === 'project' ? undefined : 'milestone_id';
}

class DryRunRollback extends Error {}

export async function importProgressCsv({ db, actor, text, dryRun = false }: { db: Db; actor: Actor; text: string; dryRun?: boolean }): Promise<ProgressImportResult> {
  const { rows, errors } = parseProgressCsv(text);
  const report = (list: ImportRowError[]) => {
    const shown = list.slice(0, 20).map((e) => `line ${e.line}${e.column ? `, column ${e.column}` : ''}: ${e.message}`);
    return new AppError('invalid_csv', `${list.length} row(s) are invalid; nothing was changed. ${shown.join('; ')}`, { errors: list.slice(0, 200) });
  };
  if (errors.length) throw report(errors);

  const result: ProgressImportResult = { rows: rows.length, projectsUpdated: 0, milestonesCreated: 0, milestonesUpdated: 0, dryRun };
  try {
    await db.transaction(async (tx) => {
      const rowErrors: ImportRowError[] = [];
      const touched = new Set<number>();
      for (const row of rows) {
        try {
          // A savepoint per row: a failed row is undone alone, so the rows after it are still checked.
          await tx.transaction(async (sp) => {
            if (row.kind === 'project') {
              await applyProjectPatch(sp, actor, row.projectId, { status: row.status, progress: row.progress });
              touched.add(row.projectId);
              return;
            }
            const project = await getProject(sp, row.projectId);
            if (row.milestoneId !== undefined) {
              const [existing] = await sp.select().from(projectMilestones)
                .where(and(eq(projectMilestones.id, row.milestoneId), eq(projectMilestones.projectId, row.projectId)));
              if (!existing) throw new AppError('validation_failed', `milestone ${row.milestoneId} is not a milestone of project ${row.projectId}`, { path: 'milestones' });
              const values = {
                ...(row.dueOn ? { dueOn: row.dueOn } : {}), ...(row.doneOn !== undefined ? { doneOn: row.doneOn } : {}),
                ...(Object.keys(row.title).length ? { title: { ...existing.title, ...row.title } } : {}),
              };
              const [after] = await sp.update(projectMilestones).set(values).where(eq(projectMilestones.id, row.milestoneId)).returning();
              await recordAudit(sp, actor, { action: 'update', entity: 'milestone', entityId: row.milestoneId, before: existing, after });
              result.milestonesUpdated += 1;
            } else {
              const [created] = await sp.insert(projectMilestones).values({ projectId: project.id, dueOn: row.dueOn!, title: row.title, doneOn: row.doneOn ?? null }).returning();
              await recordAudit(sp, actor, { action: 'create', entity: 'milestone', entityId: created.id, after: created });
              result.milestonesCreated += 1;
            }
            const now = new Date();
            await sp.update(projects).set({ lastActivityAt: now, updatedAt: now }).where(eq(projects.id, project.id));
            touched.add(project.id);
          });
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          rowErrors.push({ line: row.line, column: columnOf(error, row), message: error.message });
        }
      }
      if (rowErrors.length) throw report(rowErrors);
      result.projectsUpdated = touched.size;
      await recordAudit(tx, actor, { action: 'import', entity: 'project', entityId: 'csv', after: result });
      if (dryRun) throw new DryRunRollback();
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  return result;
}
