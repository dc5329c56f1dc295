import { z } from 'zod';
import { TOPIC_CODES } from '../../domain/taxonomy.ts';
import { AGREEMENT_KINDS } from '../agreements/contract.ts';
import { owner } from '../commitments/contract.ts';
import { COMMITMENT_STATUSES } from '../commitments/status.ts';
import { milestone, result } from '../projects/contract.ts';
import { PROJECT_STATUSES } from '../projects/progress.ts';
import { partnershipRef } from './contract.ts';

const text = z.record(z.string(), z.string());

export interface ProjectNode {
  id: number; title: Record<string, string>; status: (typeof PROJECT_STATUSES)[number]; progress: number; progressRolledUp: boolean; weight: number;
  startOn: string | null; endOn: string | null; overdue: boolean; stalled: boolean; lastActivityAt: string;
  milestones: z.infer<typeof milestone>[]; results: z.infer<typeof result>[]; subProjects: ProjectNode[];
}

export const projectNode: z.ZodType<ProjectNode> = z.lazy(() => z.object({
  id: z.number().int(), title: text, status: z.enum(PROJECT_STATUSES), progress: z.number(), progressRolledUp: z.boolean(), weight: z.number(),
  startOn: z.string().nullable(), endOn: z.string().nullable(), overdue: z.boolean(), stalled: z.boolean(), lastActivityAt: z.string(),
  milestones: z.array(milestone), results: z.array(result), subProjects: z.array(projectNode),
}));

export const commitmentNode = z.object({
  id: z.number().int(), text, topic: z.enum(TOPIC_CODES).nullable(), status: z.enum(COMMITMENT_STATUSES), dueOn: z.string().nullable(),
  overdue: z.boolean(), stalled: z.boolean(), ownerA: owner.nullable(), ownerB: owner.nullable(), lastActivityAt: z.string(), projects: z.array(projectNode),
});
export type CommitmentNode = z.infer<typeof commitmentNode>;

const statementOrigin = z.object({
  kind: z.literal('statement'), date: z.string(),
  engagement: z.object({ id: z.number().int(), date: z.string(), title: text }),
  statement: z.object({ id: z.number().int(), text, isPledge: z.boolean(), speaker: z.object({ id: z.number().int(), name: z.string() }).nullable() }),
});

const origin = z.discriminatedUnion('kind', [
  statementOrigin,
  z.object({
    kind: z.literal('clause'), date: z.string().nullable(),
    agreement: z.object({ id: z.number().int(), kind: z.enum(AGREEMENT_KINDS), title: text, signedOn: z.string().nullable() }),
    clause: z.object({ id: z.number().int(), number: z.string().nullable(), text }),
  }),
  z.object({ kind: z.literal('manual'), date: z.null() }),
]);

const board = <S extends readonly [string, ...string[]], T extends z.ZodTypeAny>(statuses: S, card: T) =>
  z.object(Object.fromEntries(statuses.map((s) => [s, z.array(card)])) as { [K in S[number]]: z.ZodArray<T> });

export const TIMELINE_KINDS = [
  'engagement', 'agreement_signed', 'agreement_renewal', 'commitment_made', 'commitment_due', 'project_start', 'project_end', 'milestone_due', 'milestone_done',
] as const;

export const followThrough = z.object({
  partnership: partnershipRef,
  asOf: z.string(),
  stalledAfterDays: z.number().int(),
  health: z.object({ score: z.number(), level: z.enum(['good', 'fair', 'poor']), dormantSuggested: z.boolean() }),
  chains: z.array(z.object({ origin, commitments: z.array(commitmentNode) })).describe('each pledge or clause, oldest first, with its commitments, their projects, milestones and results'),
  pledgesWithoutCommitment: z.array(statementOrigin).describe('pledges made at this partnership’s engagements that no commitment follows up yet'),
  projectsWithoutCommitment: z.array(projectNode),
  board: z.object({
    commitments: board(COMMITMENT_STATUSES, z.object({ id: z.number().int(), text, dueOn: z.string().nullable(), overdue: z.boolean(), stalled: z.boolean(), projectIds: z.array(z.number().int()) })),
    projects: board(PROJECT_STATUSES, z.object({ id: z.number().int(), title: text, progress: z.number(), endOn: z.string().nullable(), overdue: z.boolean(), stalled: z.boolean(), parentId: z.number().int().nullable() })),
  }),
  flags: z.object({
    overdue: z.array(z.object({ kind: z.enum(['commitment', 'project', 'milestone']), id: z.number().int(), projectId: z.number().int().optional(), title: text, dueOn: z.string(), daysOverdue: z.number().int() })),
    stalled: z.array(z.object({ kind: z.enum(['commitment', 'project']), id: z.number().int(), title: text, lastActivityOn: z.string(), daysIdle: z.number().int() })),
  }),
  timeline: z.array(z.object({ date: z.string(), kind: z.enum(TIMELINE_KINDS), id: z.number().int(), projectId: z.number().int().optional(), title: text, overdue: z.boolean() })),
});
export type FollowThrough = z.infer<typeof followThrough>;
