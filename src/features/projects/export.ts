// CSV and JSON export of the follow-through records, page by page. entity=progress writes the format
// the progress import reads, so an office can export, edit in a spreadsheet and import again.
import { and, asc, eq, type SQL } from 'drizzle-orm';
import { csvLine } from '../../domain/csv.ts';
import type { Db } from '../../db/client.ts';
import { agreements, commitments, projects } from '../../db/schema.ts';
import { loadAgreements } from '../agreements/service.ts';
import { loadCommitments } from '../commitments/service.ts';
import { PROGRESS_CSV_COLUMNS } from './import-csv.ts';
import { loadProjects } from './service.ts';

export const FOLLOW_THROUGH_EXPORTS = ['agreements', 'commitments', 'projects', 'progress'] as const;
export type FollowThroughExport = (typeof FOLLOW_THROUGH_EXPORTS)[number];

const PAGE = 200;
const text = (value: Record<string, string>) => value.en ?? value.de ?? value.zh ?? '';
// biome-ignore lint/suspicious/noExplicitAny: rows are the presenters' output, typed per entity
type Row = any;

const CSV_COLUMNS: Record<Exclude<FollowThroughExport, 'progress'>, [string, (row: Row) => unknown][]> = {
  agreements: [
    ['id', (r) => r.id], ['kind', (r) => r.kind], ['title_de', (r) => r.title.de], ['title_en', (r) => r.title.en], ['title_zh', (r) => r.title.zh],
    ['partnership_id', (r) => r.partnershipId], ['signed_on', (r) => r.signedOn], ['valid_from', (r) => r.validFrom], ['valid_to', (r) => r.validTo],
    ['renewal_on', (r) => r.renewalOn], ['clauses', (r) => r.clauses.length],
    ['parties', (r) => r.parties.map((p: Row) => p.place?.name ?? text(p.organisation?.name ?? {})).join('; ')],
  ],
  commitments: [
    ['id', (r) => r.id], ['partnership_id', (r) => r.partnershipId], ['origin', (r) => r.origin.kind],
    ['engagement_id', (r) => (r.origin.kind === 'statement' ? r.origin.engagementId : null)], ['agreement_id', (r) => (r.origin.kind === 'clause' ? r.origin.agreementId : null)],
    ['text_de', (r) => r.text.de], ['text_en', (r) => r.text.en], ['text_zh', (r) => r.text.zh], ['topic', (r) => r.topic],
    ['owner_a', (r) => (r.ownerA ? (r.ownerA.person?.name ?? text(r.ownerA.organisation?.name ?? {})) : null)],
    ['owner_b', (r) => (r.ownerB ? (r.ownerB.person?.name ?? text(r.ownerB.organisation?.name ?? {})) : null)],
    ['due_on', (r) => r.dueOn], ['status', (r) => r.status], ['overdue', (r) => r.overdue], ['project_ids', (r) => r.projectIds.join('; ')],
  ],
  projects: [
    ['id', (r) => r.id], ['partnership_id', (r) => r.partnershipId], ['parent_id', (r) => r.parentId], ['weight', (r) => r.weight],
    ['title_de', (r) => r.title.de], ['title_en', (r) => r.title.en], ['title_zh', (r) => r.title.zh], ['status', (r) => r.status],
    ['progress', (r) => r.progress], ['own_progress', (r) => r.ownProgress], ['start_on', (r) => r.startOn], ['end_on', (r) => r.endOn],
    ['topics', (r) => r.topics.join('; ')], ['milestones', (r) => r.milestones.length], ['commitment_ids', (r) => r.commitmentIds.join('; ')],
    ['results', (r) => r.results.map((x: Row) => `${text(x.name)}: ${x.actual ?? '–'}/${x.target ?? '–'}${x.unit ? ` ${x.unit}` : ''}`).join('; ')],
  ],
};

async function page(db: Db, entity: FollowThroughExport, partnership: number | undefined, offset: number, scope?: SQL): Promise<Row[]> {
  const table = entity === 'agreements' ? agreements : entity === 'commitments' ? commitments : projects;
  const ids = (await db.select({ id: table.id }).from(table).where(and(partnership ? eq(table.partnershipId, partnership) : undefined, scope))
    .orderBy(asc(table.id)).limit(PAGE).offset(offset)).map((r) => r.id);
  if (entity === 'agreements') return loadAgreements(db, ids);
  if (entity === 'commitments') return loadCommitments(db, ids);
  return loadProjects(db, ids);
}

export async function* exportFollowThrough(db: Db, entity: FollowThroughExport, format: 'csv' | 'json', partnership?: number, scope?: SQL): AsyncGenerator<string> {
  if (format === 'csv') yield csvLine(entity === 'progress' ? [...PROGRESS_CSV_COLUMNS] : CSV_COLUMNS[entity].map(([name]) => name));
  else yield '[\n';
  let first = true;
  for (let offset = 0; ; offset += PAGE) {
    const items = await page(db, entity, partnership, offset, scope);
    for (const item of items) {
      if (format === 'json') {
        yield `${first ? '' : ',\n'}${JSON.stringify(item)}`;
        first = false;
      } else if (entity === 'progress') {
        yield csvLine(['project', item.id, item.status, item.progressRolledUp ? '' : item.ownProgress, '', '', '', '', '', '']);
        for (const m of item.milestones) yield csvLine(['milestone', item.id, '', '', m.id, m.dueOn, m.doneOn ?? '', m.title.de, m.title.en, m.title.zh]);
      } else {
        yield csvLine(CSV_COLUMNS[entity].map(([, get]) => get(item)));
      }
    }
    if (items.length < PAGE) break;
  }
  if (format === 'json') yield '\n]\n';
}
