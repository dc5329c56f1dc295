// The follow-through of one partnership: pledge → commitment → project → milestones → results, a board
// by status, a dated timeline, and the overdue and stalled items. Text fields stay {de,en,zh}.
import { asc, eq, inArray, or } from 'drizzle-orm';
import { daysBetween, todayIso } from '../../domain/dates.ts';
import type { Db } from '../../db/client.ts';
import { agreements, commitments, engagements, people, projects, statements } from '../../db/schema.ts';
import { loadAgreements } from '../agreements/service.ts';
import type { Commitment } from '../commitments/contract.ts';
import { loadCommitments } from '../commitments/service.ts';
import { COMMITMENT_STATUSES, OPEN_COMMITMENT_STATUSES } from '../commitments/status.ts';
import type { Project } from '../projects/contract.ts';
import { ACTIVE_PROJECT_STATUSES, PROJECT_STATUSES } from '../projects/progress.ts';
import { loadProjects } from '../projects/service.ts';
import type { FollowThroughConfig } from './config.ts';
import type { FollowThrough, ProjectNode, CommitmentNode } from './follow-through-contract.ts';
import { type HealthScopes, getPartnershipHealth } from './service.ts';

type Text = Record<string, string>;

const activityDay = (iso: string) => iso.slice(0, 10);

export async function getFollowThrough(db: Db, partnershipId: number, config: FollowThroughConfig, today = todayIso(), scopes: HealthScopes = {}): Promise<FollowThrough> {
  const health = await getPartnershipHealth(db, partnershipId, config, today, scopes);
  const commitmentIds = (await db.select({ id: commitments.id }).from(commitments).where(eq(commitments.partnershipId, partnershipId)).orderBy(asc(commitments.id))).map((r) => r.id);
  const commitmentList = await loadCommitments(db, commitmentIds, today);
  const linkedProjectIds = commitmentList.flatMap((c) => c.projectIds);
  const ownProjectIds = (await db.select({ id: projects.id }).from(projects).where(eq(projects.partnershipId, partnershipId))).map((r) => r.id);
  const projectIds = [...new Set([...ownProjectIds, ...linkedProjectIds])].sort((a, b) => a - b);
  const projectList = await loadProjects(db, projectIds, today);
  const projectById = new Map(projectList.map((p) => [p.id, p]));
  // The partnership's engagements, plus those elsewhere (or in no partnership) whose pledges became its commitments.
  const originStatementIds = commitmentList.flatMap((c) => (c.origin.kind === 'statement' ? [c.origin.statementId] : []));
  const inPartnership = eq(engagements.partnershipId, partnershipId);
  const statementRows = await db.select({ statement: statements, speakerName: people.name }).from(statements)
    .innerJoin(engagements, eq(engagements.id, statements.engagementId)).leftJoin(people, eq(people.id, statements.speakerPersonId))
    .where(originStatementIds.length ? or(inPartnership, inArray(statements.id, originStatementIds)) : inPartnership)
    .orderBy(asc(statements.position), asc(statements.id));
  const originEngagementIds = statementRows.map((r) => r.statement.engagementId);
  const engagementRows = await db.select({ id: engagements.id, date: engagements.date, title: engagements.title, partnershipId: engagements.partnershipId }).from(engagements)
    .where(originEngagementIds.length ? or(inPartnership, inArray(engagements.id, originEngagementIds)) : inPartnership)
    .orderBy(asc(engagements.date), asc(engagements.id));
  const agreementIds = (await db.select({ id: agreements.id }).from(agreements).where(eq(agreements.partnershipId, partnershipId)).orderBy(asc(agreements.signedOn), asc(agreements.id))).map((r) => r.id);
  const agreementList = await loadAgreements(db, agreementIds);

  const isStalled = (lastActivityAt: string) => daysBetween(activityDay(lastActivityAt), today) >= config.stalledAfterDays;
  const projectStalled = (p: Project) => ACTIVE_PROJECT_STATUSES.includes(p.status) && isStalled(p.lastActivityAt);
  const commitmentStalled = (c: Commitment) => OPEN_COMMITMENT_STATUSES.includes(c.status) && isStalled(c.lastActivityAt);

  const projectNode = (p: Project, seen: Set<number> = new Set()): ProjectNode => {
    seen.add(p.id);
    return {
      id: p.id, title: p.title, status: p.status, progress: p.progress, progressRolledUp: p.progressRolledUp, weight: p.weight,
      startOn: p.startOn, endOn: p.endOn, overdue: p.overdue, stalled: projectStalled(p), lastActivityAt: p.lastActivityAt,
      milestones: p.milestones, results: p.results,
      subProjects: p.subProjectIds.map((id) => projectById.get(id)).filter((s): s is Project => s !== undefined && !seen.has(s.id)).map((s) => projectNode(s, seen)),
    };
  };
  const commitmentNode = (c: Commitment): CommitmentNode => ({
    id: c.id, text: c.text, topic: c.topic, status: c.status, dueOn: c.dueOn, overdue: c.overdue, stalled: commitmentStalled(c),
    ownerA: c.ownerA, ownerB: c.ownerB, lastActivityAt: c.lastActivityAt,
    projects: c.projectIds.map((id) => projectById.get(id)).filter((p): p is Project => p !== undefined).map((p) => projectNode(p)),
  });

  // Chains, in the order things happened: each pledge or clause with what became of it.
  const chains: FollowThrough['chains'] = [];
  const byStatement = new Map<number, Commitment[]>();
  const byClause = new Map<number, Commitment[]>();
  const manual: Commitment[] = [];
  for (const c of commitmentList) {
    if (c.origin.kind === 'statement') byStatement.set(c.origin.statementId, [...(byStatement.get(c.origin.statementId) ?? []), c]);
    else if (c.origin.kind === 'clause') byClause.set(c.origin.clauseId, [...(byClause.get(c.origin.clauseId) ?? []), c]);
    else manual.push(c);
  }
  const pledgesWithoutCommitment: FollowThrough['pledgesWithoutCommitment'] = [];
  for (const e of engagementRows) {
    for (const { statement: s, speakerName } of statementRows.filter((r) => r.statement.engagementId === e.id)) {
      const made = byStatement.get(s.id) ?? [];
      const origin = {
        kind: 'statement' as const, date: e.date, engagement: { id: e.id, date: e.date, title: e.title },
        statement: { id: s.id, text: s.text, isPledge: s.isPledge, speaker: s.speakerPersonId ? { id: s.speakerPersonId, name: speakerName ?? '' } : null },
      };
      if (made.length) chains.push({ origin, commitments: made.map(commitmentNode) });
      else if (s.isPledge && e.partnershipId === partnershipId) pledgesWithoutCommitment.push(origin);
      byStatement.delete(s.id);
    }
  }
  for (const a of agreementList) {
    for (const clause of a.clauses) {
      const made = byClause.get(clause.id) ?? [];
      if (!made.length) continue;
      chains.push({
        origin: { kind: 'clause', date: a.signedOn, agreement: { id: a.id, kind: a.kind, title: a.title, signedOn: a.signedOn }, clause: { id: clause.id, number: clause.number, text: clause.text } },
        commitments: made.map(commitmentNode),
      });
      byClause.delete(clause.id);
    }
  }
  // Commitments whose origin lies in another partnership's record still belong to this follow-through.
  manual.push(...[...byStatement.values(), ...byClause.values()].flat());
  if (manual.length) chains.push({ origin: { kind: 'manual', date: null }, commitments: manual.map(commitmentNode) });
  chains.sort((a, b) => (a.origin.date ?? '9999').localeCompare(b.origin.date ?? '9999'));

  const linked = new Set(linkedProjectIds);
  const inTree = new Set(projectList.flatMap((p) => p.subProjectIds));
  const projectsWithoutCommitment = projectList.filter((p) => !linked.has(p.id) && !inTree.has(p.id) && !(p.parentId && projectById.has(p.parentId))).map((p) => projectNode(p));

  const board = {
    commitments: Object.fromEntries(COMMITMENT_STATUSES.map((status) => [status, commitmentList.filter((c) => c.status === status).map((c) => ({
      id: c.id, text: c.text, dueOn: c.dueOn, overdue: c.overdue, stalled: commitmentStalled(c), projectIds: c.projectIds,
    }))])) as FollowThrough['board']['commitments'],
    projects: Object.fromEntries(PROJECT_STATUSES.map((status) => [status, projectList.filter((p) => p.status === status).map((p) => ({
      id: p.id, title: p.title, progress: p.progress, endOn: p.endOn, overdue: p.overdue, stalled: projectStalled(p), parentId: p.parentId,
    }))])) as FollowThrough['board']['projects'],
  };

  const overdue: FollowThrough['flags']['overdue'] = [];
  const stalled: FollowThrough['flags']['stalled'] = [];
  for (const c of commitmentList) {
    if (c.overdue) overdue.push({ kind: 'commitment', id: c.id, title: c.text, dueOn: c.dueOn!, daysOverdue: daysBetween(c.dueOn!, today) });
    if (commitmentStalled(c)) stalled.push({ kind: 'commitment', id: c.id, title: c.text, lastActivityOn: activityDay(c.lastActivityAt), daysIdle: daysBetween(activityDay(c.lastActivityAt), today) });
  }
  for (const p of projectList) {
    if (p.overdue) overdue.push({ kind: 'project', id: p.id, title: p.title, dueOn: p.endOn!, daysOverdue: daysBetween(p.endOn!, today) });
    for (const m of p.milestones) {
      if (m.overdue) overdue.push({ kind: 'milestone', id: m.id, projectId: p.id, title: m.title, dueOn: m.dueOn, daysOverdue: daysBetween(m.dueOn, today) });
    }
    if (projectStalled(p)) stalled.push({ kind: 'project', id: p.id, title: p.title, lastActivityOn: activityDay(p.lastActivityAt), daysIdle: daysBetween(activityDay(p.lastActivityAt), today) });
  }
  overdue.sort((a, b) => b.daysOverdue - a.daysOverdue);
  stalled.sort((a, b) => b.daysIdle - a.daysIdle);

  // One dated line through everything, oldest first.
  const timeline: FollowThrough['timeline'] = [];
  const push = (date: string | null, kind: FollowThrough['timeline'][number]['kind'], id: number, title: Text, extra: { overdue?: boolean; projectId?: number } = {}) => {
    if (date) timeline.push({ date, kind, id, title, overdue: extra.overdue ?? false, ...(extra.projectId ? { projectId: extra.projectId } : {}) });
  };
  for (const e of engagementRows) push(e.date, 'engagement', e.id, e.title);
  for (const a of agreementList) {
    push(a.signedOn, 'agreement_signed', a.id, a.title);
    push(a.renewalOn, 'agreement_renewal', a.id, a.title);
  }
  for (const c of commitmentList) {
    push(activityDay(c.createdAt), 'commitment_made', c.id, c.text);
    push(c.dueOn, 'commitment_due', c.id, c.text, { overdue: c.overdue });
  }
  for (const p of projectList) {
    push(p.startOn, 'project_start', p.id, p.title);
    push(p.endOn, 'project_end', p.id, p.title, { overdue: p.overdue });
    for (const m of p.milestones) push(m.doneOn ?? m.dueOn, m.doneOn ? 'milestone_done' : 'milestone_due', m.id, m.title, { overdue: m.overdue, projectId: p.id });
  }
  timeline.sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind) || a.id - b.id);

  return {
    partnership: health.partnership, asOf: today, stalledAfterDays: config.stalledAfterDays,
    health: { score: health.score, level: health.level, dormantSuggested: health.dormantSuggested },
    chains, pledgesWithoutCommitment, projectsWithoutCommitment, board, flags: { overdue, stalled }, timeline,
  };
}

