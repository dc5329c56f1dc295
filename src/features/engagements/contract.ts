import { z } from 'zod';
import { id, isoDate, pageQuery, shortText, recordAccess, VISIBILITIES, visibilityInput } from '../../domain/common.ts';
import { localizedText } from '../../domain/localized.ts';
import { ENGAGEMENT_KINDS, ROLE_CODES, SIDES, TOPIC_CODES } from '../../domain/taxonomy.ts';
import { personNames, personSummary } from '../people/contract.ts';
import { placeSummary } from '../places/contract.ts';
import { sourceInput, sourceSummary } from '../sources/contract.ts';

export const participant = z.object({
  id: z.number().int(),
  person: personSummary,
  role: z.enum(ROLE_CODES),
  ofPlace: placeSummary.nullable(),
  ofOrganisation: z.object({ id: z.number().int(), name: z.record(z.string(), z.string()) }).nullable(),
  side: z.enum(SIDES).nullable(),
});

export const statement = z.object({
  id: z.number().int(),
  speakerPersonId: z.number().int().nullable(),
  text: z.record(z.string(), z.string()),
  isPledge: z.boolean(),
});

export const engagementSummary = z.object({
  id: z.number().int(),
  kind: z.enum(ENGAGEMENT_KINDS),
  title: z.record(z.string(), z.string()),
  date: z.string(),
  endDate: z.string().nullable(),
  location: placeSummary.nullable(),
  partnershipId: z.number().int().nullable(),
  places: z.array(placeSummary),
  topics: z.array(z.enum(TOPIC_CODES)),
  participants: z.array(participant),
  agreementSigned: z.boolean(),
  visibility: z.enum(VISIBILITIES),
  organisationId: z.number().int().nullable(),
});
export type EngagementSummary = z.infer<typeof engagementSummary>;

export const engagement = engagementSummary.extend({
  summary: z.record(z.string(), z.string()),
  statements: z.array(statement),
  sources: z.array(sourceSummary),
  createdAt: z.string(),
  updatedAt: z.string(),
  access: recordAccess.optional(),
});
export type Engagement = z.infer<typeof engagement>;

export const participantInput = z
  .object({
    personId: id.optional(),
    // A person not yet in the record is created with the engagement.
    person: z.object({ name: shortText(200), names: personNames.default({}) }).strict().optional(),
    role: z.enum(ROLE_CODES),
    ofPlaceId: id.nullable().default(null),
    ofOrganisationId: id.nullable().default(null),
    side: z.enum(SIDES).nullable().default(null),
  })
  .strict()
  .refine((p) => (p.personId === undefined) !== (p.person === undefined), { message: 'give either personId or person, not both', path: ['personId'] });

export const statementInput = z
  .object({
    // Given when editing a stored statement: it keeps its id, so commitments made from it stay linked.
    id: id.optional(),
    speakerPersonId: id.nullable().default(null), text: localizedText(5000), isPledge: z.boolean().default(false),
  })
  .strict()
  .refine((s) => Object.keys(s.text).length > 0, { message: 'a statement needs text in at least one language', path: ['text'] });

export const sourceLink = z.union([z.object({ sourceId: id }).strict(), sourceInput]);

const uniqueList = <T extends z.ZodTypeAny>(item: T, max: number, what: string) =>
  z.array(item).max(max).refine((list) => new Set(list).size === list.length, `each ${what} may appear only once`);

const engagementFields = {
  kind: z.enum(ENGAGEMENT_KINDS),
  title: localizedText(500).default({}),
  date: isoDate,
  endDate: isoDate.nullable().default(null),
  locationPlaceId: id.nullable().default(null),
  partnershipId: id.nullable().default(null),
  placeIds: uniqueList(id, 20, 'place').default([]),
  summary: localizedText().default({}),
  agreementSigned: z.boolean().default(false),
  visibility: visibilityInput.default('shared'),
  organisationId: id.nullable().default(null).describe('the organisation whose own activity this is; its contributors may edit it'),
  participants: z.array(participantInput).max(100).default([]),
  topics: uniqueList(z.enum(TOPIC_CODES), 20, 'topic').default([]),
  statements: z.array(statementInput).max(100).default([]),
  sources: z.array(sourceLink).max(20).default([]),
};

const endNotBeforeStart = (e: { date?: string; endDate?: string | null }) => !e.date || !e.endDate || e.endDate >= e.date;

export const engagementInput = z
  .object(engagementFields)
  .strict()
  .refine(endNotBeforeStart, { message: 'endDate must not be before date', path: ['endDate'] });
export type EngagementInput = z.infer<typeof engagementInput>;

/** A patch replaces each list it names (participants, topics …) and leaves the others alone. */
export const engagementPatch = z
  .object({
    kind: engagementFields.kind.optional(),
    title: localizedText(500).optional(),
    date: isoDate.optional(),
    endDate: isoDate.nullable().optional(),
    locationPlaceId: id.nullable().optional(),
    partnershipId: id.nullable().optional(),
    placeIds: uniqueList(id, 20, 'place').optional(),
    summary: localizedText().optional(),
    agreementSigned: z.boolean().optional(),
    participants: z.array(participantInput).max(100).optional(),
    topics: uniqueList(z.enum(TOPIC_CODES), 20, 'topic').optional(),
    statements: z.array(statementInput).max(100).optional(),
    sources: z.array(sourceLink).max(20).optional(),
    visibility: visibilityInput.optional(),
    organisationId: id.nullable().optional(),
  })
  .strict()
  .refine(endNotBeforeStart, { message: 'endDate must not be before date', path: ['endDate'] });
export type EngagementPatch = z.infer<typeof engagementPatch>;

export const engagementListQuery = z
  .object({
    place: id.optional().describe('a place that took part or hosted'),
    partnership: id.optional(),
    topic: z.enum(TOPIC_CODES).optional(),
    from: isoDate.optional().describe('first day, inclusive'),
    to: isoDate.optional().describe('last day, inclusive'),
    q: z.string().trim().max(200).optional(),
    ...pageQuery,
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from must not be after to', path: ['from'] });
export type EngagementListQuery = z.infer<typeof engagementListQuery>;
