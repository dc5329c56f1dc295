import { z } from 'zod';
import { id, isoDate, pageQuery, recordAccess, visibilityInput } from '../../domain/common.ts';
import { localizedText } from '../../domain/localized.ts';
import { TOPIC_CODES } from '../../domain/taxonomy.ts';
import { PROJECT_STATUSES } from './progress.ts';

const text = z.record(z.string(), z.string());
export const PARTNERSHIP_SIDES = ['a', 'b'] as const;

export const milestone = z.object({
  id: z.number().int(), dueOn: z.string(), title: text, description: text, doneOn: z.string().nullable(),
  overdue: z.boolean().describe('not done and past its date today'),
});
export const result = z.object({
  id: z.number().int(), name: text, unit: z.string().nullable(), target: z.number().nullable(), actual: z.number().nullable(),
});

export const project = z.object({
  id: z.number().int(),
  partnershipId: z.number().int().nullable(),
  parentId: z.number().int().nullable(),
  weight: z.number(),
  title: text,
  description: text,
  topics: z.array(z.enum(TOPIC_CODES)),
  status: z.enum(PROJECT_STATUSES),
  nextStatuses: z.array(z.enum(PROJECT_STATUSES)),
  progress: z.number().describe('effective progress 0–100: the weighted roll-up of sub-projects, or ownProgress for a project without them'),
  ownProgress: z.number().int(),
  progressRolledUp: z.boolean().describe('true when progress comes from sub-projects and cannot be set by hand'),
  startOn: z.string().nullable(),
  endOn: z.string().nullable(),
  overdue: z.boolean().describe('still open and past endOn today'),
  leads: z.array(z.object({ organisation: z.object({ id: z.number().int(), name: text }), side: z.enum(PARTNERSHIP_SIDES) })),
  milestones: z.array(milestone),
  results: z.array(result),
  commitmentIds: z.array(z.number().int()),
  engagementIds: z.array(z.number().int()),
  subProjectIds: z.array(z.number().int()),
  lastActivityAt: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  access: recordAccess.optional(),
});
export type Project = z.infer<typeof project>;

/** A milestone or result with an id updates that one; without an id it is new; the ones left out are removed. */
export const milestoneInput = z
  .object({
    id: id.optional(),
    dueOn: isoDate,
    title: localizedText(500),
    description: localizedText(5000).default({}),
    doneOn: isoDate.nullable().default(null),
  })
  .strict()
  .refine((m) => Object.keys(m.title).length > 0, { message: 'a milestone needs a title in at least one language', path: ['title'] });
export type MilestoneInput = z.infer<typeof milestoneInput>;

const finite = z.number().finite().min(-1e12).max(1e12);
export const resultInput = z
  .object({
    id: id.optional(),
    name: localizedText(500),
    unit: z.string().trim().max(50).nullable().default(null),
    target: finite.nullable().default(null),
    actual: finite.nullable().default(null),
  })
  .strict()
  .refine((r) => Object.keys(r.name).length > 0, { message: 'a result needs a name in at least one language', path: ['name'] });
export type ResultInput = z.infer<typeof resultInput>;

export const leadInput = z.object({ organisationId: id, side: z.enum(PARTNERSHIP_SIDES) }).strict();

const noRepeat = (values: unknown[] | undefined) => !values || new Set(values).size === values.length;
const idsOf = (items: { id?: number }[] | undefined) => (items ?? []).map((i) => i.id).filter((v) => v !== undefined);
const progress = z.number().int().min(0).max(100);
const datesInOrder = (p: { startOn?: string | null; endOn?: string | null }) => !p.startOn || !p.endOn || p.startOn <= p.endOn;

const listFields = {
  leads: z.array(leadInput).max(20),
  milestones: z.array(milestoneInput).max(200),
  results: z.array(resultInput).max(100),
  commitmentIds: z.array(id).max(200),
  engagementIds: z.array(id).max(200),
  topics: z.array(z.enum(TOPIC_CODES)).max(20),
};

type Lists = Partial<{ [K in keyof typeof listFields]: z.infer<(typeof listFields)[K]> }>;
const listsValid = <T extends z.ZodType<Lists & { startOn?: string | null; endOn?: string | null }>>(schema: T) => schema
  .refine((p) => noRepeat(p.leads?.map((l) => l.organisationId)), { message: 'each organisation may lead only once', path: ['leads'] })
  .refine((p) => noRepeat(idsOf(p.milestones)), { message: 'each milestone id may appear only once', path: ['milestones'] })
  .refine((p) => noRepeat(idsOf(p.results)), { message: 'each result id may appear only once', path: ['results'] })
  .refine((p) => noRepeat(p.commitmentIds), { message: 'each commitment may appear only once', path: ['commitmentIds'] })
  .refine((p) => noRepeat(p.engagementIds), { message: 'each engagement may appear only once', path: ['engagementIds'] })
  .refine((p) => noRepeat(p.topics), { message: 'each topic may appear only once', path: ['topics'] })
  .refine(datesInOrder, { message: 'endOn must not be before startOn', path: ['endOn'] });

export const projectInput = listsValid(z
  .object({
    partnershipId: id.nullable().optional().describe("defaults to the parent's partnership"),
    parentId: id.nullable().default(null),
    weight: z.number().finite().positive().max(1000).default(1),
    title: localizedText(500).refine((t) => Object.keys(t).length > 0, 'a project needs a title in at least one language'),
    description: localizedText().default({}),
    status: z.enum(PROJECT_STATUSES).default('planned'),
    progress: progress.optional().describe("defaults to the status's default progress"),
    startOn: isoDate.nullable().default(null),
    endOn: isoDate.nullable().default(null),
    leads: listFields.leads.default([]),
    milestones: listFields.milestones.default([]),
    results: listFields.results.default([]),
    commitmentIds: listFields.commitmentIds.default([]),
    engagementIds: listFields.engagementIds.default([]),
    topics: listFields.topics.default([]),
    visibility: visibilityInput.default('shared'),
  })
  .strict());
export type ProjectInput = z.infer<typeof projectInput>;

export const projectPatch = listsValid(z
  .object({
    partnershipId: id.nullable().optional(),
    parentId: id.nullable().optional(),
    weight: z.number().finite().positive().max(1000).optional(),
    title: localizedText(500).refine((t) => Object.keys(t).length > 0, 'a project needs a title in at least one language').optional(),
    description: localizedText().optional(),
    status: z.enum(PROJECT_STATUSES).optional(),
    progress: progress.optional(),
    startOn: isoDate.nullable().optional(),
    endOn: isoDate.nullable().optional(),
    leads: listFields.leads.optional(),
    milestones: listFields.milestones.optional(),
    results: listFields.results.optional(),
    commitmentIds: listFields.commitmentIds.optional(),
    engagementIds: listFields.engagementIds.optional(),
    topics: listFields.topics.optional(),
    visibility: visibilityInput.optional(),
  })
  .strict());
export type ProjectPatch = z.infer<typeof projectPatch>;

export const projectListQuery = z.object({
  partnership: id.optional(),
  parent: z.union([id, z.literal('none')]).optional().describe('a parent id, or "none" for top-level projects'),
  commitment: id.optional(),
  status: z.enum(PROJECT_STATUSES).optional(),
  topic: z.enum(TOPIC_CODES).optional(),
  ...pageQuery,
});
export type ProjectListQuery = z.infer<typeof projectListQuery>;
