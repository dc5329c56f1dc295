import { z } from 'zod';
import { id, isoDate, pageQuery, recordAccess, VISIBILITIES, visibilityInput } from '../../domain/common.ts';
import { localizedText } from '../../domain/localized.ts';
import { PARTNERSHIP_KINDS, PARTNERSHIP_STATUSES } from '../../domain/taxonomy.ts';
import { placeSummary } from '../places/contract.ts';

export const partnership = z.object({
  id: z.number().int(),
  placeA: placeSummary,
  placeB: placeSummary,
  kind: z.enum(PARTNERSHIP_KINDS),
  status: z.enum(PARTNERSHIP_STATUSES),
  since: z.string().nullable(),
  until: z.string().nullable(),
  objectives: z.record(z.string(), z.string()),
  notes: z.record(z.string(), z.string()),
  origin: z.string(),
  engagementCount: z.number().int(),
  lastEngagementOn: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  visibility: z.enum(VISIBILITIES),
  access: recordAccess.optional(),
});
export type Partnership = z.infer<typeof partnership>;

const partnershipFields = {
  kind: z.enum(PARTNERSHIP_KINDS).default('partnership'),
  status: z.enum(PARTNERSHIP_STATUSES).default('active'),
  since: isoDate.nullable().default(null),
  until: isoDate.nullable().default(null),
  objectives: localizedText().default({}),
  notes: localizedText().default({}),
};

const sinceBeforeUntil = (value: { since?: string | null; until?: string | null }) =>
  !value.since || !value.until || value.since <= value.until;

export const partnershipInput = z
  .object({ placeAId: id, placeBId: id, ...partnershipFields, visibility: visibilityInput.default('shared') })
  .strict()
  .refine((value) => value.placeAId !== value.placeBId, { message: 'a partnership needs two different places', path: ['placeBId'] })
  .refine(sinceBeforeUntil, { message: 'until must not be before since', path: ['until'] });
export type PartnershipInput = z.infer<typeof partnershipInput>;

export const partnershipPatch = z
  .object({
    kind: partnershipFields.kind.removeDefault().optional(),
    status: partnershipFields.status.removeDefault().optional(),
    since: isoDate.nullable().optional(),
    until: isoDate.nullable().optional(),
    objectives: localizedText().optional(),
    notes: localizedText().optional(),
    visibility: visibilityInput.optional(),
  })
  .strict()
  .refine(sinceBeforeUntil, { message: 'until must not be before since', path: ['until'] });
export type PartnershipPatch = z.infer<typeof partnershipPatch>;

export const partnershipListQuery = z.object({
  place: id.optional().describe('id of a place on either side'),
  kind: z.enum(PARTNERSHIP_KINDS).optional(),
  status: z.enum(PARTNERSHIP_STATUSES).optional(),
  country: z.string().trim().max(100).optional(),
  city: z.string().trim().min(1).max(100).optional().describe('part of either city’s name, in English, German or Chinese, or an alias'),
  ...pageQuery,
});
export type PartnershipListQuery = z.infer<typeof partnershipListQuery>;
