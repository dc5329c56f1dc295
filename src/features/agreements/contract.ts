import { z } from 'zod';
import { id, isoDate, pageQuery, recordAccess, visibilityInput } from '../../domain/common.ts';
import { localizedText } from '../../domain/localized.ts';
import { TOPIC_CODES } from '../../domain/taxonomy.ts';
import { placeSummary } from '../places/contract.ts';
import { sourceInput, sourceSummary } from '../sources/contract.ts';

export const AGREEMENT_KINDS = ['mou', 'treaty', 'action_plan', 'letter_of_intent'] as const;

const text = z.record(z.string(), z.string());

export const clause = z.object({
  id: z.number().int(),
  number: z.string().nullable(),
  text,
  topic: z.enum(TOPIC_CODES).nullable(),
  commitmentIds: z.array(z.number().int()),
});

export const agreementParty = z.object({
  id: z.number().int(),
  place: placeSummary.nullable(),
  organisation: z.object({ id: z.number().int(), name: text }).nullable(),
});

export const agreement = z.object({
  id: z.number().int(),
  kind: z.enum(AGREEMENT_KINDS),
  title: text,
  partnershipId: z.number().int().nullable(),
  engagementId: z.number().int().nullable(),
  source: sourceSummary.nullable(),
  signedOn: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  renewalOn: z.string().nullable(),
  summary: text,
  parties: z.array(agreementParty),
  clauses: z.array(clause),
  createdAt: z.string(),
  updatedAt: z.string(),
  access: recordAccess.optional(),
});
export type Agreement = z.infer<typeof agreement>;

export const partyInput = z.union([
  z.object({ placeId: id }).strict(),
  z.object({ organisationId: id }).strict(),
]);

/** A clause with an id updates that clause; without one it is new. Clauses left out are removed. */
export const clauseInput = z
  .object({
    id: id.optional(),
    number: z.string().trim().max(50).nullable().default(null),
    text: localizedText(10_000),
    topic: z.enum(TOPIC_CODES).nullable().default(null),
  })
  .strict()
  .refine((c) => Object.keys(c.text).length > 0, { message: 'a clause needs text in at least one language', path: ['text'] });
export type ClauseInput = z.infer<typeof clauseInput>;

const noRepeatedClauseIds = (clauses: { id?: number }[] | undefined) => {
  const ids = (clauses ?? []).map((c) => c.id).filter((v) => v !== undefined);
  return new Set(ids).size === ids.length;
};

const validityInOrder = (a: { validFrom?: string | null; validTo?: string | null }) => !a.validFrom || !a.validTo || a.validFrom <= a.validTo;

const fields = {
  kind: z.enum(AGREEMENT_KINDS),
  title: localizedText(500),
  partnershipId: id.nullable().default(null),
  engagementId: id.nullable().default(null),
  source: z.union([z.object({ sourceId: id }).strict(), sourceInput]).nullable().default(null),
  signedOn: isoDate.nullable().default(null),
  validFrom: isoDate.nullable().default(null),
  validTo: isoDate.nullable().default(null),
  renewalOn: isoDate.nullable().default(null),
  summary: localizedText().default({}),
  parties: z.array(partyInput).max(20).default([]),
  clauses: z.array(clauseInput).max(500).default([]),
  visibility: visibilityInput.default('shared'),
};

export const agreementInput = z
  .object(fields)
  .strict()
  .refine((a) => Object.keys(a.title).length > 0, { message: 'an agreement needs a title in at least one language', path: ['title'] })
  .refine(validityInOrder, { message: 'validTo must not be before validFrom', path: ['validTo'] })
  .refine((a) => noRepeatedClauseIds(a.clauses), { message: 'each clause id may appear only once', path: ['clauses'] });
export type AgreementInput = z.infer<typeof agreementInput>;

export const agreementPatch = z
  .object({
    kind: fields.kind.optional(),
    title: localizedText(500).optional(),
    partnershipId: id.nullable().optional(),
    engagementId: id.nullable().optional(),
    source: fields.source.removeDefault().optional(),
    signedOn: isoDate.nullable().optional(),
    validFrom: isoDate.nullable().optional(),
    validTo: isoDate.nullable().optional(),
    renewalOn: isoDate.nullable().optional(),
    summary: localizedText().optional(),
    parties: z.array(partyInput).max(20).optional(),
    clauses: z.array(clauseInput).max(500).optional(),
    visibility: visibilityInput.optional(),
  })
  .strict()
  .refine(validityInOrder, { message: 'validTo must not be before validFrom', path: ['validTo'] })
  .refine((a) => noRepeatedClauseIds(a.clauses), { message: 'each clause id may appear only once', path: ['clauses'] });
export type AgreementPatch = z.infer<typeof agreementPatch>;

export const agreementListQuery = z.object({
  partnership: id.optional(),
  kind: z.enum(AGREEMENT_KINDS).optional(),
  ...pageQuery,
});
export type AgreementListQuery = z.infer<typeof agreementListQuery>;
