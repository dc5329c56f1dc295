import { z } from 'zod';
import { id, isoDate, pageQuery, recordAccess, visibilityInput } from '../../domain/common.ts';
import { localizedText } from '../../domain/localized.ts';
import { TOPIC_CODES } from '../../domain/taxonomy.ts';
import { COMMITMENT_STATUSES } from './status.ts';

const text = z.record(z.string(), z.string());

export const owner = z.object({
  organisation: z.object({ id: z.number().int(), name: text }).nullable(),
  person: z.object({ id: z.number().int(), name: z.string() }).nullable(),
});

export const commitmentOrigin = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('statement'), statementId: z.number().int(), engagementId: z.number().int(), engagementDate: z.string(), statementText: text }),
  z.object({ kind: z.literal('clause'), clauseId: z.number().int(), agreementId: z.number().int(), clauseNumber: z.string().nullable() }),
  z.object({ kind: z.literal('manual') }),
]);

export const commitment = z.object({
  id: z.number().int(),
  partnershipId: z.number().int().nullable(),
  origin: commitmentOrigin,
  text,
  topic: z.enum(TOPIC_CODES).nullable(),
  ownerA: owner.nullable().describe("owner on the side of the partnership's placeA"),
  ownerB: owner.nullable().describe("owner on the side of the partnership's placeB"),
  dueOn: z.string().nullable(),
  status: z.enum(COMMITMENT_STATUSES),
  /** The statuses this commitment may move to now, so the UI offers only those. */
  nextStatuses: z.array(z.enum(COMMITMENT_STATUSES)),
  overdue: z.boolean().describe('open and past its due date today'),
  projectIds: z.array(z.number().int()),
  lastActivityAt: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  access: recordAccess.optional(),
});
export type Commitment = z.infer<typeof commitment>;

export const ownerInput = z.union([z.object({ organisationId: id }).strict(), z.object({ personId: id }).strict()]).nullable();
export type OwnerInput = z.infer<typeof ownerInput>;

export const commitmentInput = z
  .object({
    statementId: id.optional().describe("an engagement's statement this pledge comes from"),
    clauseId: id.optional().describe("an agreement's clause this commitment comes from"),
    partnershipId: id.nullable().optional().describe("defaults to the statement's engagement's or the clause's agreement's partnership"),
    text: localizedText(5000).optional().describe("defaults to the statement's or clause's text"),
    topic: z.enum(TOPIC_CODES).nullable().default(null),
    ownerA: ownerInput.default(null),
    ownerB: ownerInput.default(null),
    dueOn: isoDate.nullable().default(null),
    status: z.enum(COMMITMENT_STATUSES).default('proposed'),
    visibility: visibilityInput.default('shared'),
  })
  .strict()
  .refine((c) => c.statementId === undefined || c.clauseId === undefined, { message: 'give a statementId or a clauseId, not both', path: ['clauseId'] })
  .refine((c) => c.statementId !== undefined || c.clauseId !== undefined || (c.text && Object.keys(c.text).length > 0), {
    message: 'a commitment entered by hand needs text in at least one language', path: ['text'],
  });
export type CommitmentInput = z.infer<typeof commitmentInput>;

export const commitmentPatch = z
  .object({
    partnershipId: id.nullable().optional(),
    text: localizedText(5000).optional(),
    topic: z.enum(TOPIC_CODES).nullable().optional(),
    ownerA: ownerInput.optional(),
    ownerB: ownerInput.optional(),
    dueOn: isoDate.nullable().optional(),
    status: z.enum(COMMITMENT_STATUSES).optional(),
    visibility: visibilityInput.optional(),
  })
  .strict()
  .refine((c) => c.text === undefined || Object.keys(c.text).length > 0, { message: 'text needs at least one language', path: ['text'] });
export type CommitmentPatch = z.infer<typeof commitmentPatch>;

export const commitmentListQuery = z.object({
  partnership: id.optional(),
  engagement: id.optional().describe('made from a statement of this engagement'),
  agreement: id.optional().describe('made from a clause of this agreement'),
  status: z.enum(COMMITMENT_STATUSES).optional(),
  topic: z.enum(TOPIC_CODES).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  dueBefore: isoDate.optional().describe('due on or before this day'),
  ...pageQuery,
});
export type CommitmentListQuery = z.infer<typeof commitmentListQuery>;
