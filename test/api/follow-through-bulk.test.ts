// Progress CSV import (all rows or none), CSV/JSON export, and the iCalendar feed read back with ical.js.
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapDatabase } from '../../src/db/bootstrap.ts';
import { projects } from '../../src/db/schema.ts';
import { createBackup, restoreBackup } from '../../src/features/backup/backup.ts';
import { buildApp } from '../../src/server/app.ts';
import { buildAgreement, buildCommitment, buildEngagement, buildPartnership, buildPlace, buildProject, type Json } from '../support/factories.ts';
import { createTestApp, openTestDatabase, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const get = async (url: string) => t.app.inject(url);
const importCsv = async (csv: string, query = '') => {
  const response = await t.app.inject({ method: 'POST', url: `/api/projects/import${query}`, headers: { 'content-type': 'text/csv' }, payload: csv });
  return { status: response.statusCode, body: response.json() };
};
const project = async (id: number) => (await get(`/api/projects/${id}`)).json();
const HEADER = 'record,project_id,status,progress,milestone_id,due_on,done_on,title_de,title_en,title_zh\n';

describe('progress CSV import', () => {
  it('updates status, progress and milestones, adds new milestones, and audits each change', async () => {
    const first = await buildProject(t, { status: 'planned', milestones: [{ dueOn: '2025-05-01', title: { en: 'Kick-off' } }] });
    const second = await buildProject(t, { status: 'in_progress' });
    const milestoneId = first.milestones[0].id;
    const csv = `${HEADER}project,${first.id},in_progress,40,,,,,,\n`
      + `milestone,${first.id},,,${milestoneId},,2025-05-03,,,\n`
      + `milestone,${first.id},,,,2025-12-01,,Abschlussbericht,"Final report, signed",结项报告\n`
      + `project,${second.id},,75,,,,,,\n`;
    const { status, body } = await importCsv(csv);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body).toEqual({ rows: 4, projectsUpdated: 2, milestonesCreated: 1, milestonesUpdated: 1, dryRun: false });
    const after = await project(first.id);
    expect(after).toMatchObject({ status: 'in_progress', progress: 40 });
    expect(after.milestones.map((m: Json) => [m.dueOn, m.doneOn, m.title])).toEqual([
      ['2025-05-01', '2025-05-03', { en: 'Kick-off' }],
      ['2025-12-01', null, { de: 'Abschlussbericht', en: 'Final report, signed', zh: '结项报告' }],
    ]);
    expect((await project(second.id)).progress).toBe(75);
    const audit = (await get('/api/audit?entity=project&entityId=csv')).json();
    expect(audit.items[0].after).toMatchObject({ rows: 4, milestonesCreated: 1 });
    expect((await get(`/api/audit?entity=milestone&entityId=${milestoneId}`)).json().items[0]).toMatchObject({ action: 'update', after: { doneOn: '2025-05-03' } });
  });

  it('marks a milestone not done again with "-" and leaves empty cells alone', async () => {
    const target = await buildProject(t, { milestones: [{ dueOn: '2025-05-01', title: { en: 'Kick-off', de: 'Auftakt' }, doneOn: '2025-05-02' }] });
    const id = target.milestones[0].id;
    const { status } = await importCsv(`record,project_id,milestone_id,done_on,title_en\nmilestone,${target.id},${id},-,Kick-off meeting\n`);
    expect(status).toBe(200);
    expect((await project(target.id)).milestones[0]).toMatchObject({ dueOn: '2025-05-01', doneOn: null, title: { en: 'Kick-off meeting', de: 'Auftakt' } });
  });

  it('reports every bad row with its line and column and changes nothing', async () => {
    const target = await buildProject(t, { status: 'in_progress', progress: 20, milestones: [{ dueOn: '2025-05-01', title: { en: 'Kick-off' } }] });
    const before = await project(target.id);
    const csv = `${HEADER}project,${target.id},,55,,,,,,\n`
      + `project,${target.id},finished,,,,,,,\n`
      + `project,${target.id},,120,,,,,,\n`
      + `milestone,${target.id},,,,2025-02-30,,,,\n`
      + `task,${target.id},,,,,,,,\n`
      + `project,abc,,10,,,,,,\n`
      + `project,${target.id},,10\n`;
    const { status, body } = await importCsv(csv);
    expect([status, body.code]).toEqual([400, 'invalid_csv']);
    expect(body.details.errors).toEqual([
      { line: 3, column: 'status', message: '"finished" is not one of proposed, planned, in_progress, on_hold, completed, cancelled' },
      { line: 4, column: 'progress', message: '120 is more than 100' },
      { line: 5, column: 'due_on', message: '"2025-02-30" is not a date as YYYY-MM-DD' },
      { line: 5, column: 'title_en', message: 'a new milestone needs a title in at least one language' },
      { line: 6, column: 'record', message: '"task" is not "project" or "milestone"' },
      { line: 7, column: 'project_id', message: '"abc" is not an id' },
      { line: 8, message: 'expected 10 columns, found 4' },
    ]);
    expect(body.detail).toMatch(/^7 row\(s\) are invalid; nothing was changed\. line 3, column status: /);
    expect(await project(target.id)).toEqual(before);
  });

  it('checks rows against the record too and rolls back the rows that were fine', async () => {
    const parent = await buildProject(t, { status: 'in_progress' });
    await buildProject(t, { parentId: parent.id, status: 'in_progress', progress: 30 });
    const planned = await buildProject(t, { status: 'planned', milestones: [{ dueOn: '2025-05-01', title: { en: 'M' } }] });
    const other = await buildProject(t, { milestones: [{ dueOn: '2025-05-01', title: { en: 'Elsewhere' } }] });
    const snapshot = await Promise.all([parent.id, planned.id, other.id].map(project));
    const csv = `${HEADER}project,${planned.id},,45,,,,,,\n` // fine on its own
      + `project,${planned.id},completed,,,,,,,\n` // planned → completed is not allowed
      + `project,${parent.id},,90,,,,,,\n` // progress comes from the sub-project
      + `milestone,${planned.id},,,${other.milestones[0].id},,2025-05-02,,,\n` // another project's milestone
      + `project,999999,,10,,,,,,\n`;
    const { status, body } = await importCsv(csv);
    expect([status, body.code]).toEqual([400, 'invalid_csv']);
    expect(body.details.errors.map((e: Json) => [e.line, e.column])).toEqual([[3, 'status'], [4, 'progress'], [5, 'milestone_id'], [6, 'project_id']]);
    expect(body.details.errors[0].message).toMatch(/cannot go from planned to completed/);
    expect(await Promise.all([parent.id, planned.id, other.id].map(project))).toEqual(snapshot);
  });

  it('rejects a bad header, an empty file and a wrong content type; a dry run changes nothing', async () => {
    const header = await importCsv('record,project,progress\nproject,1,10\n');
    expect([header.status, header.body.code]).toEqual([400, 'invalid_csv']);
    expect(header.body.details.errors).toEqual([
      { line: 1, message: 'column 2 "project" is not one of record, project_id, status, progress, milestone_id, due_on, done_on, title_de, title_en, title_zh' },
      { line: 1, column: 'project_id', message: 'is missing from the header' },
    ]);
    expect((await importCsv('')).body.code).toBe('invalid_csv');
    expect((await importCsv('record,project_id,progress\n')).body.details.errors).toEqual([{ line: 1, message: 'the CSV has a header but no rows' }]);
    const json = await t.app.inject({ method: 'POST', url: '/api/projects/import', payload: { csv: 'x' } });
    expect([json.statusCode, json.json().code]).toEqual([415, 'unsupported_media_type']);
    const target = await buildProject(t, { status: 'in_progress' });
    const dry = await importCsv(`record,project_id,progress\nproject,${target.id},66\n`, '?dryRun=true');
    expect(dry.body).toMatchObject({ rows: 1, projectsUpdated: 1, dryRun: true });
    expect((await project(target.id)).progress).toBe(10);
  });
});

describe('export', () => {
  it('exports progress in the import format, which imports back unchanged', async () => {
    const partnership = await buildPartnership(t);
    const exported = await buildProject(t, {
      partnershipId: partnership.id, status: 'in_progress', progress: 35,
      milestones: [{ dueOn: '2025-05-01', title: { en: 'Kick-off, phase 1', zh: '启动' }, doneOn: '2025-05-02' }, { dueOn: '2026-01-01', title: { de: 'Bericht' } }],
    });
    const response = await get(`/api/follow-through/export?entity=progress&format=csv&partnership=${partnership.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const lines = response.body.trim().split('\r\n');
    expect(lines).toEqual([
      'record,project_id,status,progress,milestone_id,due_on,done_on,title_de,title_en,title_zh',
      `project,${exported.id},in_progress,35,,,,,,`,
      `milestone,${exported.id},,,${exported.milestones[0].id},2025-05-01,2025-05-02,,"Kick-off, phase 1",启动`,
      `milestone,${exported.id},,,${exported.milestones[1].id},2026-01-01,,Bericht,,`,
    ]);
    const before = await project(exported.id);
    const again = await importCsv(response.body);
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    const after = await project(exported.id);
    expect({ ...after, lastActivityAt: null, updatedAt: null }).toEqual({ ...before, lastActivityAt: null, updatedAt: null });
  });

  it('exports commitments, projects and agreements as CSV and JSON', async () => {
    const partnership = await buildPartnership(t);
    const commitment = await buildCommitment(t, { partnershipId: partnership.id, text: { en: 'Exchange, "youth"', de: 'Jugendaustausch' }, dueOn: '2025-06-30' });
    await buildProject(t, { partnershipId: partnership.id, commitmentIds: [commitment.id], results: [{ name: { en: 'Pupils' }, unit: 'people', target: 40, actual: 12 }] });
    await buildAgreement(t, { partnershipId: partnership.id, signedOn: '2024-01-01' });
    const csv = (await get(`/api/follow-through/export?entity=commitments&partnership=${partnership.id}`)).body.trim().split('\r\n');
    expect(csv[0]).toBe('id,partnership_id,origin,engagement_id,agreement_id,text_de,text_en,text_zh,topic,owner_a,owner_b,due_on,status,overdue,project_ids');
    expect(csv[1]).toContain(`${commitment.id},${partnership.id},manual,,,Jugendaustausch,"Exchange, ""youth""",`);
    const projects = (await get(`/api/follow-through/export?entity=projects&format=csv&partnership=${partnership.id}`)).body;
    expect(projects).toContain('Pupils: 12/40 people');
    for (const entity of ['agreements', 'commitments', 'projects']) {
      const json = await get(`/api/follow-through/export?entity=${entity}&format=json&partnership=${partnership.id}`);
      expect(json.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(json.body)).toHaveLength(1);
    }
    expect((await get('/api/follow-through/export?entity=people')).statusCode).toBe(400);
  });
});

describe('calendar.ics', () => {
  const parse = (text: string) => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  };

  it('lists upcoming engagements, commitments due, renewals and round anniversaries, read back by ical.js', async () => {
    const cologne = await buildPlace(t, { name: 'Cologne', country: 'Germany', names: { de: 'Köln', en: 'Cologne', zh: '科隆' } });
    const beijing = await buildPlace(t, { name: 'Beijing', country: 'China', names: { de: 'Peking', en: 'Beijing', zh: '北京' } });
    const partnership = await buildPartnership(t, { placeAId: cologne.id, placeBId: beijing.id, since: '1987-09-14' });
    await buildEngagement(t, { placeIds: [cologne.id, beijing.id], date: '2027-05-10', endDate: '2027-05-12', title: { en: 'Delegation visit; culture, trade' } });
    await buildEngagement(t, { placeIds: [cologne.id, beijing.id], date: '2024-09-09', title: { en: 'Past meeting' } });
    await buildCommitment(t, { partnershipId: partnership.id, text: { en: 'Youth exchange report' }, dueOn: '2027-03-31' });
    await buildCommitment(t, { partnershipId: partnership.id, text: { en: 'Already done' }, dueOn: '2027-03-31', status: 'in_progress' })
      .then((c) => t.app.inject({ method: 'PATCH', url: `/api/commitments/${c.id}`, payload: { status: 'done' } }));
    await buildAgreement(t, { partnershipId: partnership.id, title: { en: 'Action plan' }, renewalOn: '2027-12-01' });
    await buildPartnership(t, { since: '2000-01-01' }); // another partnership, filtered out

    const response = await get(`/api/calendar.ics?partnership=${partnership.id}&from=2026-12-01&to=2028-12-31`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/calendar/);
    expect(response.body.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const events = parse(response.body);
    expect(events.map((e) => [e.startDate.toString(), e.summary])).toEqual([
      ['2027-03-31', 'Commitment due: Youth exchange report'],
      ['2027-05-10', 'Delegation visit; culture, trade'],
      ['2027-09-14', '40 years of the Cologne – Beijing partnership'],
      ['2027-12-01', 'Agreement renewal: Action plan'],
    ]);
    const visit = events[1];
    expect(visit.endDate.toString()).toBe('2027-05-13');
    expect(visit.startDate.isDate).toBe(true);
    expect(events[2].uid).toBe(`partnership-${partnership.id}-anniversary-40@citybridge`);

    const german = parse((await get(`/api/calendar.ics?partnership=${partnership.id}&from=2027-09-01&to=2027-09-30&lang=de`)).body);
    expect(german.map((e) => e.summary)).toEqual(['40 Jahre Partnerschaft Köln – Peking']);
    const chinese = parse((await get(`/api/calendar.ics?partnership=${partnership.id}&from=2027-09-01&to=2027-09-30&lang=zh`)).body);
    expect(chinese.map((e) => e.summary)).toEqual(['科隆 – 北京结好40周年']);
    // 2032 is the 45th year: round anniversaries come every five years.
    expect(parse((await get(`/api/calendar.ics?partnership=${partnership.id}&from=2028-01-01&to=2033-12-31`)).body).map((e) => e.startDate.toString()))
      .toEqual(['2032-09-14']);
  });

  it('covers all partnerships without a filter and validates its query', async () => {
    const all = parse((await get('/api/calendar.ics?from=2027-09-01&to=2027-09-30')).body);
    expect(all.some((e) => e.summary === '40 years of the Cologne – Beijing partnership')).toBe(true);
    const reversed = await get('/api/calendar.ics?from=2027-01-01&to=2026-01-01');
    expect([reversed.statusCode, reversed.json().code]).toEqual([400, 'validation_failed']);
    expect((await get('/api/calendar.ics?from=2020-01-01&to=2040-01-01')).statusCode).toBe(400);
    expect((await get('/api/calendar.ics?partnership=999999')).statusCode).toBe(404);
    const defaults = await get('/api/calendar.ics');
    expect(defaults.statusCode).toBe(200);
    expect(() => parse(defaults.body)).not.toThrow();
  });
});

describe('backup of follow-through records', () => {
  it('restores a sub-project stored before its parent (the parent key is checked at commit)', async () => {
    const parent = await buildProject(t, { status: 'in_progress' });
    const child = await buildProject(t, { parentId: parent.id, status: 'in_progress', progress: 70 });
    // Restore inserts 500 rows per statement. With 600 more projects, then an update that writes the parent's
    // new row version last, the child lands in an earlier statement than its parent.
    await t.db.insert(projects).values(Array.from({ length: 600 }, (_, i) => ({ title: { en: `Filler ${i}` } })));
    await t.app.inject({ method: 'PATCH', url: `/api/projects/${parent.id}`, payload: { title: { en: 'Renamed parent' } } });
    await buildCommitment(t, { text: { en: 'Linked' } }).then((c) => t.app.inject({ method: 'PATCH', url: `/api/projects/${child.id}`, payload: { commitmentIds: [c.id] } }));
    const backup = await createBackup(t.db);
    const target = await openTestDatabase();
    try {
      await bootstrapDatabase(target.database, { loadInitialData: false });
      await restoreBackup(target.database.db, JSON.parse(JSON.stringify(backup)));
      const app = await buildApp({ database: target.database });
      const restored = (await app.inject(`/api/projects/${parent.id}`)).json();
      expect(restored).toMatchObject({ title: { en: 'Renamed parent' }, progress: 70, subProjectIds: [child.id] });
      expect((await app.inject(`/api/projects/${child.id}`)).json()).toEqual((await t.app.inject(`/api/projects/${child.id}`)).json());
      await app.close();
    } finally {
      await target.dispose();
    }
  });
});
