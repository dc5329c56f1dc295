import { z } from 'zod';
import { id, pageQuery } from '../../domain/common.ts';
import { localizedText } from '../../domain/localized.ts';
import { TOPIC_CODES } from '../../domain/taxonomy.ts';

export const ORGANISATION_KINDS = ['government', 'company', 'school', 'university', 'care_provider', 'ngo', 'club', 'association', 'other'] as const;

export const organisation = z.object({
  id: z.number().int(),
  name: z.record(z.string(), z.string()),
  kind: z.enum(ORGANISATION_KINDS),
  placeId: z.number().int().nullable(),
  placeName: z.string().nullable(),
  topics: z.array(z.enum(TOPIC_CODES)),
  offers: z.record(z.string(), z.string()),
  needs: z.record(z.string(), z.string()),
  website: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Organisation = z.infer<typeof organisation>;

const nonEmptyName = localizedText(300).refine((name) => Object.keys(name).length > 0, 'give the name in at least one language');

export const organisationInput = z
  .object({
    name: nonEmptyName,
    kind: z.enum(ORGANISATION_KINDS).default('other'),
    placeId: id.nullable().default(null),
    topics: z.array(z.enum(TOPIC_CODES)).max(20).default([]),
    offers: localizedText().default({}),
    needs: localizedText().default({}),
    website: z.url({ protocol: /^https?$/ }).max(500).nullable().default(null),
  })
  .strict();
export type OrganisationInput = z.infer<typeof organisationInput>;

export const organisationPatch = z
  .object({
    name: nonEmptyName.optional(),
    kind: z.enum(ORGANISATION_KINDS).optional(),
    placeId: id.nullable().optional(),
    topics: z.array(z.enum(TOPIC_CODES)).max(20).optional(),
    offers: localizedText().optional(),
    needs: localizedText().optional(),
    website: z.url({ protocol: /^https?$/ }).max(500).nullable().optional(),
  })
  .strict();
export type OrganisationPatch = z.infer<typeof organisationPatch>;

export const organisationListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  place: id.optional(),
  kind: z.enum(ORGANISATION_KINDS).optional(),
  topic: z.enum(TOPIC_CODES).optional(),
  ...pageQuery,
});
export type OrganisationListQuery = z.infer<typeof organisationListQuery>;
