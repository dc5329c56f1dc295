// A partnership's follow-through shows only what the reader may see: the partner office's private
// commitments, projects, engagements and agreements are taken out of every part of the answer
// (chains, board, flags, timeline). The health score itself is computed over the whole record.
import type { Actor } from '../../domain/actor.ts';
import type { Db } from '../../db/client.ts';
import { readableIds } from '../access/guard.ts';
import type { RecordKind } from '../access/policy.ts';
import type { FollowThrough, ProjectNode } from './follow-through-contract.ts';

type Readable = Record<'engagement' | 'agreement' | 'commitment' | 'project', Set<number>>;

function collectIds(result: FollowThrough) {
  const ids: Record<keyof Readable, Set<number>> = { engagement: new Set(), agreement: new Set(), commitment: new Set(), project: new Set() };
  const walk = (node: ProjectNode) => { ids.project.add(node.id); node.subProjects.forEach(walk); };
  for (const chain of result.chains) {
    if (chain.origin.kind === 'statement') ids.engagement.add(chain.origin.engagement.id);
    if (chain.origin.kind === 'clause') ids.agreement.add(chain.origin.agreement.id);
    for (const c of chain.commitments) { ids.commitment.add(c.id); c.projects.forEach(walk); }
  }
  result.pledgesWithoutCommitment.forEach((p) => ids.engagement.add(p.engagement.id));
  result.projectsWithoutCommitment.forEach(walk);
  for (const cards of Object.values(result.board.commitments)) cards.forEach((c) => ids.commitment.add(c.id));
  for (const cards of Object.values(result.board.projects)) cards.forEach((p) => ids.project.add(p.id));
  for (const item of result.timeline) {
    if (item.kind === 'engagement') ids.engagement.add(item.id);
    else if (item.kind.startsWith('agreement')) ids.agreement.add(item.id);
  }
  return ids;
}

export async function filterFollowThrough(db: Db, actor: Actor, result: FollowThrough): Promise<FollowThrough> {
  if (actor.unrestricted) return result;
  const ids = collectIds(result);
  const readable = {} as Readable;
  for (const kind of Object.keys(ids) as (keyof Readable)[]) readable[kind] = await readableIds(db, actor, kind as RecordKind, [...ids[kind]]);
  const project = (node: ProjectNode): ProjectNode[] =>
    readable.project.has(node.id) ? [{ ...node, subProjects: node.subProjects.flatMap(project) }] : [];
  const timelineVisible = (item: FollowThrough['timeline'][number]) => {
    if (item.kind === 'engagement') return readable.engagement.has(item.id);
    if (item.kind.startsWith('agreement')) return readable.agreement.has(item.id);
    if (item.kind.startsWith('commitment')) return readable.commitment.has(item.id);
    if (item.kind.startsWith('milestone')) return readable.project.has(item.projectId ?? item.id);
    return readable.project.has(item.id);
  };
  const flagVisible = (flag: { kind: string; id: number; projectId?: number }) =>
    flag.kind === 'commitment' ? readable.commitment.has(flag.id) : readable.project.has(flag.kind === 'milestone' ? (flag.projectId ?? flag.id) : flag.id);
  return {
    ...result,
    chains: result.chains
      .filter((chain) => chain.origin.kind === 'manual'
        || (chain.origin.kind === 'statement' ? readable.engagement.has(chain.origin.engagement.id) : readable.agreement.has(chain.origin.agreement.id)))
      .map((chain) => ({
        ...chain,
        commitments: chain.commitments.filter((c) => readable.commitment.has(c.id)).map((c) => ({ ...c, projects: c.projects.flatMap(project) })),
      }))
      .filter((chain) => chain.origin.kind !== 'manual' || chain.commitments.length > 0),
    pledgesWithoutCommitment: result.pledgesWithoutCommitment.filter((p) => readable.engagement.has(p.engagement.id)),
    projectsWithoutCommitment: result.projectsWithoutCommitment.flatMap(project),
    board: {
      commitments: Object.fromEntries(Object.entries(result.board.commitments).map(([status, cards]) => [status, cards.filter((c) => readable.commitment.has(c.id))])) as FollowThrough['board']['commitments'],
      projects: Object.fromEntries(Object.entries(result.board.projects).map(([status, cards]) => [status, cards.filter((p) => readable.project.has(p.id))])) as FollowThrough['board']['projects'],
    },
    flags: { ...result.flags, overdue: result.flags.overdue.filter(flagVisible), stalled: result.flags.stalled.filter(flagVisible) },
    timeline: result.timeline.filter(timelineVisible),
  };
}
