// Agreements, commitments, projects, the follow-through view and partnership health, over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitments, projects } from '../../src/db/schema.ts';
import {
  buildAgreement, buildCommitment, buildEngagement, buildOrganisation, buildPartnership, buildPerson, buildPlace, buildProject, type Json,
} from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const get = async (url: string) => {
  const response = await t.app.inject(url);
  return { status: response.statusCode, body: response.json() };
};
const send = async (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) => {
  const response = await t.app.inject({ method, url, payload: payload as object });
  return { status: response.statusCode, body: response.body ? response.json() : null };
};
const auditOf = async (entity: string, entityId: number) => (await get(`/api/audit?entity=${entity}&entityId=${entityId}`)).body.items as Json[];

/** Two cities in partnership with a meeting where each side pledged something. */
async function meetingWithPledges(since: string | null = '1987-09-14') {
  const cologne = await buildPlace(t, { country: 'Germany' });
  const beijing = await buildPlace(t, { country: 'China' });
  const partnership = await buildPartnership(t, { placeAId: cologne.id, placeBId: beijing.id, since });
  const mayor = await buildPerson(t);
  const engagement = await buildEngagement(t, {
    placeIds: [cologne.id, beijing.id], date: '2024-09-09',
    statements: [
      { speakerPersonId: mayor.id, isPledge: true, text: { en: 'Open new channels for youth exchange', de: 'Neue Kanäle für den Jugendaustausch öffnen', zh: '开辟青年交流新渠道' } },
      { speakerPersonId: mayor.id, isPledge: true, text: { en: 'Share experience in elderly care' } },
      { isPledge: false, text: { en: 'Welcomed the delegation' } },
    ],
  });
  expect(engagement.partnershipId).toBe(partnership.id);
  const full = (await get(`/api/engagements/${engagement.id}`)).body;
  return { partnership, engagement: full, statements: full.statements as Json[], mayor };
}

describe('agreements', () => {
  it('creates an agreement with parties and clauses, links it to the partnership of its two cities, and audits it', async () => {
    const { partnership } = await meetingWithPledges();
    const school = await buildOrganisation(t);
    const agreement = await buildAgreement(t, {
      kind: 'action_plan', signedOn: '2025-05-01', validFrom: '2025-05-01', validTo: '2028-04-30', renewalOn: '2028-01-31',
      parties: [{ placeId: partnership.placeA.id }, { placeId: partnership.placeB.id }, { organisationId: school.id }],
      clauses: [{ number: '1', text: { en: 'School exchange every year' }, topic: 'education' }, { number: '2', text: { de: 'Fachaustausch Altenpflege' } }],
      source: { kind: 'document', title: 'Action plan 2025', text: 'Full text of the plan', language: 'en' },
    });
    expect(agreement).toMatchObject({ partnershipId: partnership.id, kind: 'action_plan', renewalOn: '2028-01-31', source: { title: 'Action plan 2025' } });
    expect(agreement.parties.map((p: Json) => p.place?.id ?? p.organisation.id)).toEqual([partnership.placeA.id, partnership.placeB.id, school.id]);
    expect(agreement.clauses.map((c: Json) => [c.number, c.topic, c.commitmentIds])).toEqual([['1', 'education', []], ['2', null, []]]);
    expect((await auditOf('agreement', agreement.id)).map((e) => e.action)).toEqual(['create']);
  });

  it('keeps clause ids on update and refuses to drop a clause a commitment was made from', async () => {
    const agreement = await buildAgreement(t, { clauses: [{ text: { en: 'A' } }, { text: { en: 'B' } }] });
    const [a, b] = agreement.clauses;
    const commitment = await buildCommitment(t, { clauseId: b.id, text: undefined });
    expect(commitment.origin).toEqual({ kind: 'clause', clauseId: b.id, agreementId: agreement.id, clauseNumber: null });
    expect(commitment.text).toEqual({ en: 'B' });
    const patched = await send('PATCH', `/api/agreements/${agreement.id}`, { clauses: [{ id: b.id, text: { en: 'B, revised' } }, { text: { en: 'C' } }] });
    expect(patched.status).toBe(200);
    expect(patched.body.clauses.map((c: Json) => [c.id === b.id, c.text.en, c.commitmentIds])).toEqual([[true, 'B, revised', [commitment.id]], [false, 'C', []]]);
    expect(patched.body.clauses.some((c: Json) => c.id === a.id)).toBe(false);
    const dropping = await send('PATCH', `/api/agreements/${agreement.id}`, { clauses: [{ text: { en: 'only this' } }] });
    expect([dropping.status, dropping.body.code]).toEqual([409, 'still_referenced']);
    const foreign = await send('PATCH', `/api/agreements/${agreement.id}`, { clauses: [{ id: 999999, text: { en: 'x' } }] });
    expect([foreign.status, foreign.body.code]).toEqual([400, 'validation_failed']);
    expect((await send('DELETE', `/api/agreements/${agreement.id}`)).body.code).toBe('still_referenced');
  });

  it('rejects bad input with stable codes', async () => {
    const cases: [unknown, string][] = [
      [{ kind: 'contract', title: { en: 'x' } }, 'body.kind'],
      [{ kind: 'mou', title: {} }, 'body.title'],
      [{ kind: 'mou', title: { en: 'x' }, validFrom: '2025-01-01', validTo: '2024-01-01' }, 'body.validTo'],
      [{ kind: 'mou', title: { en: 'x' }, signedOn: '2025-02-30' }, 'body.signedOn'],
      [{ kind: 'mou', title: { en: 'x' }, extra: 1 }, 'body.'],
    ];
    for (const [payload, path] of cases) {
      const response = await send('POST', '/api/agreements', payload);
      expect(response.status, JSON.stringify(payload)).toBe(400);
      expect(response.body.code).toBe('validation_failed');
      expect(response.body.errors[0].path).toBe(path);
    }
    expect((await send('POST', '/api/agreements', { kind: 'mou', title: { en: 'x' }, partnershipId: 999999 })).body.detail).toBe('partnership 999999 does not exist');
  });
});

describe('commitments', () => {
  it('makes a commitment from a pledge, taking its text and partnership, with owners on each side', async () => {
    const { partnership, engagement, statements, mayor } = await meetingWithPledges();
    const office = await buildOrganisation(t);
    const commitment = await buildCommitment(t, {
      statementId: statements[0].id, text: undefined, topic: 'youth', dueOn: '2025-06-30', ownerA: { organisationId: office.id }, ownerB: { personId: mayor.id },
    });
    expect(commitment).toMatchObject({
      partnershipId: partnership.id, text: statements[0].text, topic: 'youth', status: 'proposed', dueOn: '2025-06-30', projectIds: [],
      origin: { kind: 'statement', statementId: statements[0].id, engagementId: engagement.id, engagementDate: '2024-09-09' },
      ownerA: { organisation: { id: office.id }, person: null }, ownerB: { organisation: null, person: { id: mayor.id } },
    });
    const listed = (await get(`/api/commitments?engagement=${engagement.id}`)).body;
    expect(listed.items.map((c: Json) => c.id)).toEqual([commitment.id]);
  });

  it('moves through the allowed statuses and refuses the others with invalid_transition', async () => {
    const commitment = await buildCommitment(t);
    expect(commitment.nextStatuses).toEqual(['agreed', 'in_progress', 'dropped']);
    const skip = await send('PATCH', `/api/commitments/${commitment.id}`, { status: 'done' });
    expect([skip.status, skip.body.code]).toEqual([409, 'invalid_transition']);
    expect(skip.body.details).toEqual({ entity: 'commitment', from: 'proposed', to: 'done', allowed: ['agreed', 'in_progress', 'dropped'] });
    for (const status of ['agreed', 'in_progress', 'done', 'in_progress']) {
      expect((await send('PATCH', `/api/commitments/${commitment.id}`, { status })).body.status).toBe(status);
    }
    const unknown = await send('PATCH', `/api/commitments/${commitment.id}`, { status: 'finished' });
    expect([unknown.status, unknown.body.code]).toEqual([400, 'validation_failed']);
    const audit = await auditOf('commitment', commitment.id);
    expect(audit.map((e) => e.action)).toEqual(['update', 'update', 'update', 'update', 'create']);
    expect(audit[0].before.status).toBe('done');
    expect(audit[0].after.status).toBe('in_progress');
  });

  it('rejects a commitment with no text and no origin, or with two origins', async () => {
    const none = await send('POST', '/api/commitments', { dueOn: '2025-01-01' });
    expect([none.status, none.body.errors[0].path]).toEqual([400, 'body.text']);
    const both = await send('POST', '/api/commitments', { statementId: 1, clauseId: 1 });
    expect([both.status, both.body.errors[0].path]).toEqual([400, 'body.clauseId']);
    const missing = await send('POST', '/api/commitments', { statementId: 999999 });
    expect([missing.status, missing.body.detail]).toEqual([400, 'statement 999999 does not exist']);
  });
});

describe('projects', () => {
  it('gives each status its default progress, completes at 100 and refuses a completed project below 100', async () => {
    expect((await buildProject(t)).progress).toBe(0);
    const running = await buildProject(t, { status: 'in_progress' });
    expect(running.progress).toBe(10);
    const moved = await send('PATCH', `/api/projects/${running.id}`, { progress: 60 });
    expect(moved.body.progress).toBe(60);
    expect((await send('PATCH', `/api/projects/${running.id}`, { status: 'on_hold' })).body.progress).toBe(60);
    const bad = await send('PATCH', `/api/projects/${running.id}`, { status: 'in_progress', progress: 101 });
    expect([bad.status, bad.body.code]).toEqual([400, 'validation_failed']);
    const invalid = await send('PATCH', `/api/projects/${running.id}`, { status: 'completed' });
    expect([invalid.status, invalid.body.code, invalid.body.details.allowed]).toEqual([409, 'invalid_transition', ['in_progress', 'cancelled']]);
    await send('PATCH', `/api/projects/${running.id}`, { status: 'in_progress' });
    const below = await send('PATCH', `/api/projects/${running.id}`, { status: 'completed', progress: 80 });
    expect([below.status, below.body.detail]).toEqual([400, 'a completed project has progress 100']);
    expect((await send('PATCH', `/api/projects/${running.id}`, { status: 'completed' })).body).toMatchObject({ status: 'completed', progress: 100 });
  });

  it('rolls weighted sub-project progress up through two levels and refuses hand-set progress on the parent', async () => {
    const partnership = await buildPartnership(t);
    const parent = await buildProject(t, { partnershipId: partnership.id, status: 'in_progress' });
    const a = await buildProject(t, { parentId: parent.id, weight: 3, status: 'in_progress', progress: 20 });
    expect(a.partnershipId).toBe(partnership.id);
    const b = await buildProject(t, { parentId: parent.id, weight: 1, status: 'completed' });
    expect((await get(`/api/projects/${parent.id}`)).body).toMatchObject({ progress: 40, progressRolledUp: true, subProjectIds: [a.id, b.id] });
    // a's own sub-projects: (50·1 + 0·1)/2 = 25 → parent (25·3 + 100·1)/4 = 43.75 → 43.8
    await buildProject(t, { parentId: a.id, status: 'in_progress', progress: 50 });
    const c2 = await buildProject(t, { parentId: a.id, status: 'planned' });
    expect((await get(`/api/projects/${a.id}`)).body.progress).toBe(25);
    expect((await get(`/api/projects/${parent.id}`)).body.progress).toBe(43.8);
    // Cancelling a sub-project takes it out of the roll-up: a = 50 → parent (50·3 + 100)/4 = 62.5
    await send('PATCH', `/api/projects/${c2.id}`, { status: 'cancelled' });
    expect((await get(`/api/projects/${parent.id}`)).body.progress).toBe(62.5);
    const handSet = await send('PATCH', `/api/projects/${parent.id}`, { progress: 90 });
    expect([handSet.status, handSet.body.code]).toEqual([409, 'progress_rolled_up']);
    const cycle = await send('PATCH', `/api/projects/${parent.id}`, { parentId: c2.id });
    expect([cycle.status, cycle.body.code]).toEqual([409, 'invalid_parent']);
    const other = await buildPartnership(t);
    const mismatch = await send('POST', '/api/projects', { title: { en: 'x' }, parentId: parent.id, partnershipId: other.id });
    expect([mismatch.status, mismatch.body.code]).toEqual([400, 'validation_failed']);
    expect((await send('DELETE', `/api/projects/${parent.id}`)).body.code).toBe('still_referenced');
  });

  it('keeps milestones and results by id, links commitments and engagements, and shows the links on the commitment', async () => {
    const commitment = await buildCommitment(t);
    const engagement = await buildEngagement(t);
    const lead = await buildOrganisation(t);
    const project = await buildProject(t, {
      commitmentIds: [commitment.id], engagementIds: [engagement.id], topics: ['youth'], leads: [{ organisationId: lead.id, side: 'a' }],
      milestones: [{ dueOn: '2025-03-01', title: { en: 'Kick-off' } }, { dueOn: '2025-09-01', title: { en: 'First exchange' } }],
      results: [{ name: { en: 'Pupils exchanged' }, unit: 'people', target: 40, actual: 12 }],
    });
    expect(project.leads).toEqual([{ organisation: { id: lead.id, name: lead.name }, side: 'a' }]);
    expect(project.results[0]).toMatchObject({ unit: 'people', target: 40, actual: 12 });
    expect((await get(`/api/commitments/${commitment.id}`)).body.projectIds).toEqual([project.id]);
    const [kickoff] = project.milestones;
    const patched = await send('PATCH', `/api/projects/${project.id}`, {
      milestones: [{ id: kickoff.id, dueOn: '2025-03-01', title: { en: 'Kick-off' }, doneOn: '2025-03-03' }, { dueOn: '2026-01-15', title: { en: 'Report' } }],
      results: [{ id: project.results[0].id, name: { en: 'Pupils exchanged' }, unit: 'people', target: 40, actual: 31 }],
    });
    expect(patched.status).toBe(200);
    expect(patched.body.milestones.map((m: Json) => [m.id === kickoff.id, m.title.en, m.doneOn])).toEqual([[true, 'Kick-off', '2025-03-03'], [false, 'Report', null]]);
    expect(patched.body.results[0]).toMatchObject({ id: project.results[0].id, actual: 31 });
    const listed = (await get(`/api/projects?commitment=${commitment.id}`)).body.items;
    expect(listed.map((p: Json) => p.id)).toEqual([project.id]);
    const audit = await auditOf('project', project.id);
    expect(audit.map((e) => e.action)).toEqual(['update', 'create']);
    expect(audit[0].before.results[0].actual).toBe(12);
    expect(audit[0].after.results[0].actual).toBe(31);
  });
});

describe('follow-through of a partnership', () => {
  it('traces pledge → commitment → project → milestones → results, with a board, a timeline and flags as of a day', async () => {
    const { partnership, statements } = await meetingWithPledges();
    const commitment = await buildCommitment(t, { statementId: statements[0].id, text: undefined, dueOn: '2025-06-30', status: 'agreed' });
    const project = await buildProject(t, {
      partnershipId: partnership.id, commitmentIds: [commitment.id], status: 'in_progress', progress: 30, startOn: '2025-01-10', endOn: '2026-06-30',
      milestones: [{ dueOn: '2025-03-01', title: { en: 'Kick-off', de: 'Auftakt', zh: '启动' }, doneOn: '2025-03-02' }, { dueOn: '2025-10-01', title: { en: 'First exchange' } }],
      results: [{ name: { en: 'Young people exchanged' }, unit: 'people', target: 40, actual: 12 }],
    });
    const sub = await buildProject(t, { parentId: project.id, status: 'in_progress', progress: 50 });

    const view = (await get(`/api/partnerships/${partnership.id}/follow-through?asOf=2025-08-01`)).body;
    expect(view.asOf).toBe('2025-08-01');
    const [chain] = view.chains;
    expect(chain.origin).toMatchObject({ kind: 'statement', date: '2024-09-09', statement: { id: statements[0].id, isPledge: true, text: statements[0].text } });
    expect(chain.commitments).toHaveLength(1);
    const [node] = chain.commitments;
    expect(node).toMatchObject({ id: commitment.id, status: 'agreed', overdue: true });
    expect(node.projects[0]).toMatchObject({ id: project.id, progress: 50, progressRolledUp: true });
    expect(node.projects[0].milestones.map((m: Json) => [m.title.de ?? m.title.en, m.overdue])).toEqual([['Auftakt', false], ['First exchange', false]]);
    expect(node.projects[0].results[0]).toMatchObject({ target: 40, actual: 12 });
    expect(node.projects[0].subProjects.map((s: Json) => s.id)).toEqual([sub.id]);
    // The second pledge has no commitment yet; the plain statement is not a pledge.
    expect(view.pledgesWithoutCommitment.map((p: Json) => p.statement.id)).toEqual([statements[1].id]);
    expect(view.board.commitments.agreed.map((c: Json) => c.id)).toEqual([commitment.id]);
    expect(view.board.projects.in_progress.map((p: Json) => p.id).sort()).toEqual([project.id, sub.id].sort());
    expect(view.flags.overdue).toEqual([{ kind: 'commitment', id: commitment.id, title: statements[0].text, dueOn: '2025-06-30', daysOverdue: 32 }]);
    expect(view.timeline.map((e: Json) => [e.date, e.kind])).toEqual(expect.arrayContaining([
      ['2024-09-09', 'engagement'], ['2025-01-10', 'project_start'], ['2025-03-02', 'milestone_done'], ['2025-06-30', 'commitment_due'], ['2025-10-01', 'milestone_due'],
    ]));
    const dates = view.timeline.map((e: Json) => e.date);
    expect(dates).toEqual([...dates].sort());

    // Later: the milestone is overdue, and nothing has changed for more than the stalled threshold.
    const later = (await get(`/api/partnerships/${partnership.id}/follow-through?asOf=2027-06-01`)).body;
    expect(later.flags.overdue.map((f: Json) => f.kind).sort()).toEqual(['commitment', 'milestone', 'project']);
    expect(later.flags.stalled.map((f: Json) => `${f.kind}:${f.id}`).sort()).toEqual([`commitment:${commitment.id}`, `project:${project.id}`, `project:${sub.id}`].sort());
    expect(later.board.projects.in_progress.find((p: Json) => p.id === project.id)).toMatchObject({ overdue: true, stalled: true });
  });

  it('follows a pledge made at an engagement outside the partnership (like the seed meeting) when the commitment names the partnership', async () => {
    const engagement = await buildEngagement(t, { date: '2024-09-09', statements: [{ isPledge: true, text: { en: 'Push the projects through to implementation' } }] });
    expect(engagement.partnershipId).toBeNull();
    const statementId = (await get(`/api/engagements/${engagement.id}`)).body.statements[0].id;
    const partnership = await buildPartnership(t, { kind: 'contact' });
    const commitment = await buildCommitment(t, { statementId, text: undefined, partnershipId: partnership.id });
    expect(commitment.partnershipId).toBe(partnership.id);
    const view = (await get(`/api/partnerships/${partnership.id}/follow-through`)).body;
    expect(view.chains.map((c: Json) => [c.origin.kind, c.origin.engagement?.id, c.commitments.map((m: Json) => m.id)])).toEqual([['statement', engagement.id, [commitment.id]]]);
    expect(view.pledgesWithoutCommitment).toEqual([]);
  });

  it('counts a change as activity: a project touched recently is not stalled', async () => {
    const { partnership } = await meetingWithPledges();
    const project = await buildProject(t, { partnershipId: partnership.id, status: 'in_progress' });
    // Pretend the last change was long ago, then touch it.
    await t.db.update(projects).set({ lastActivityAt: new Date('2020-01-01T00:00:00Z') });
    await t.db.update(commitments).set({ lastActivityAt: new Date('2020-01-01T00:00:00Z') });
    const before = (await get(`/api/partnerships/${partnership.id}/follow-through`)).body;
    expect(before.flags.stalled.map((f: Json) => f.id)).toEqual([project.id]);
    expect(before.flags.stalled[0].lastActivityOn).toBe('2020-01-01');
    await send('PATCH', `/api/projects/${project.id}`, { progress: 35 });
    expect((await get(`/api/partnerships/${partnership.id}/follow-through`)).body.flags.stalled).toEqual([]);
  });

  it('answers 404 for an unknown partnership and 400 for a bad day', async () => {
    expect((await get('/api/partnerships/999999/follow-through')).status).toBe(404);
    const bad = await get('/api/partnerships/1/follow-through?asOf=2025-13-01');
    expect([bad.status, bad.body.code]).toEqual([400, 'validation_failed']);
  });
});

describe('partnership health', () => {
  it('scores a partnership from its record, explains each part, and rises as commitments and projects are made', async () => {
    const { partnership, statements } = await meetingWithPledges();
    const asOf = '2025-03-01';
    const first = (await get(`/api/partnerships/${partnership.id}/health?asOf=${asOf}`)).body;
    // 173 days since 2024-09-09: full contact (35); 1 engagement of 4 (5); no commitments (10 of 20); no projects (0); no agreement (0).
    expect(first.components.map((c: Json) => [c.code, c.points, c.max])).toEqual([
      ['contact', 35, 35], ['frequency', 5, 20], ['commitments', 10, 20], ['projects', 0, 15], ['agreements', 0, 10],
    ]);
    expect(first.score).toBe(50);
    expect(first.level).toBe('fair');
    expect(first.daysSinceLastEngagement).toBe(173);
    expect(first.components[0].reason.en).toBe('Last engagement on 2024-09-09, 173 days ago (full points up to 180 days, none from 730)');
    expect(first.components[0].reason.zh).toContain('173天');
    expect(first.dormantSuggested).toBe(false);

    const commitment = await buildCommitment(t, { statementId: statements[0].id, text: undefined, dueOn: '2025-12-31' });
    await buildProject(t, { partnershipId: partnership.id, commitmentIds: [commitment.id], status: 'in_progress' });
    await buildAgreement(t, { partnershipId: partnership.id, signedOn: '2024-09-09', validTo: '2025-06-30' });
    const second = (await get(`/api/partnerships/${partnership.id}/health?asOf=${asOf}`)).body;
    expect(second.components.map((c: Json) => c.points)).toEqual([35, 5, 20, 7.5, 5]);
    expect(second.score).toBe(72.5);
    expect(second.level).toBe('good');
    expect(second.components[4].reason.en).toBe('Agreement expires or is due for renewal on 2025-06-30 (in 121 days)');

    // Three years on: no contact, the commitment overdue, the agreement lapsed; suggested as dormant.
    const idle = (await get(`/api/partnerships/${partnership.id}/health?asOf=2029-01-01`)).body;
    expect(idle.components.map((c: Json) => c.points)).toEqual([0, 0, 0, 7.5, 0]);
    expect(idle.components[2].reason.en).toBe('1 open commitment(s), 1 of them overdue');
    expect(idle.components[4].reason.en).toBe('No agreement in force any more');
    expect(idle.dormantSuggested).toBe(true);
    expect(idle.dormantReasons[0].en).toMatch(/^No activity since 20\d\d-\d\d-\d\d \(\d+ days; threshold 730\)$/);
  });

  it('lists tracked partnerships worst first with each score explained, and filters them', async () => {
    const { partnership: lively } = await meetingWithPledges();
    await buildEngagement(t, { partnershipId: lively.id, placeIds: [lively.placeA.id, lively.placeB.id], date: '2025-02-01' });
    const quiet = await buildPartnership(t, { since: '2001-05-05' });
    await buildEngagement(t, { partnershipId: quiet.id, placeIds: [quiet.placeA.id, quiet.placeB.id], date: '2021-01-01' });
    await buildPartnership(t); // untracked: no record at all

    const list = (await get('/api/partnership-health?asOf=2025-03-01&limit=500')).body;
    const ids = list.items.map((i: Json) => i.partnership.id);
    expect(ids).toContain(lively.id);
    expect(ids).toContain(quiet.id);
    const scores = list.items.map((i: Json) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    const quietEntry = list.items.find((i: Json) => i.partnership.id === quiet.id);
    expect(quietEntry).toMatchObject({ dormantSuggested: true, level: 'poor' });
    expect(quietEntry.components).toHaveLength(5);
    expect(quietEntry.dormantReasons[0].de).toBe('Keine Aktivität seit 2021-01-01 (1520 Tage; Schwelle 730)');

    const dormant = (await get('/api/partnership-health?asOf=2025-03-01&dormant=true&limit=500')).body.items.map((i: Json) => i.partnership.id);
    expect(dormant).toContain(quiet.id);
    expect(dormant).not.toContain(lively.id);
    const best = (await get('/api/partnership-health?asOf=2025-03-01&order=desc&limit=1')).body;
    expect(best.items[0].score).toBe(Math.max(...scores));
    const all = (await get('/api/partnership-health?asOf=2025-03-01&scope=all&limit=1')).body;
    expect(all.total).toBeGreaterThan(list.total);
  });
});
