import { z } from 'zod';
import { id, isoDate, pageQuery } from '../../domain/common.ts';
import { LOCALES, ROLE_CODES, SIDES } from '../../domain/taxonomy.ts';
import { engagementInput } from '../engagements/contract.ts';

export const ingestInput = z
  .object({
    text: z.string().max(2_000_000).optional(),
    url: z.string().trim().max(2000).optional(),
    html: z.string().max(5_000_000).optional(),
    published: isoDate.optional().describe('publication date; relative dates ("am Dienstag", "昨天") are resolved against it'),
    lang: z.enum(LOCALES).optional(),
  })
  .strict()
  .refine((input) => [input.text, input.url, input.html].filter((v) => v !== undefined).length === 1, {
    message: 'give exactly one of text, url or html', path: ['text'],
  });
export type IngestInput = z.infer<typeof ingestInput>;

const evidence = z.object({ confidence: z.number(), span: z.tuple([z.number(), z.number()]).nullable(), sentence: z.string().nullable() });

export const resolvedPlace = z.object({
  name: z.string(),
  placeId: z.number().int().nullable().describe('the matching place in the registry; null = proposed as a new place'),
  country: z.string().nullable(),
  evidence: evidence.nullable(),
});

export const resolvedParticipant = z.object({
  name: z.string(),
  role: z.enum(ROLE_CODES),
  of: z.string().nullable(),
  side: z.enum(SIDES).nullable(),
  personId: z.number().int().nullable().describe('the matching person in the registry; null = proposed as a new person'),
  ofPlaceId: z.number().int().nullable(),
  evidence: evidence.nullable(),
});

export const sameEventCandidate = z.object({
  engagementId: z.number().int(),
  title: z.record(z.string(), z.string()),
  date: z.string(),
  score: z.number(),
  reasons: z.array(z.string()),
});

export const draft = z.object({
  id: z.number().int(),
  status: z.enum(['pending', 'accepted', 'discarded']),
  origin: z.enum(['text', 'url', 'html', 'feed']),
  feedId: z.number().int().nullable(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  text: z.string(),
  language: z.string().nullable(),
  publishedOn: z.string().nullable(),
  extraction: z.unknown().describe('the extraction contract plus provenance: every field with confidence and span'),
  resolution: z.object({ cities: z.array(resolvedPlace), location: resolvedPlace.nullable(), participants: z.array(resolvedParticipant) }),
  sameEvent: z.array(sameEventCandidate),
  engagementId: z.number().int().nullable(),
  createdAt: z.string(),
});
export type Draft = z.infer<typeof draft>;

export const draftSummary = draft.omit({ text: true, extraction: true, resolution: true, sameEvent: true }).extend({
  kind: z.string().nullable(), date: z.string().nullable(), cities: z.array(z.string()),
});

export const draftListQuery = z.object({ status: z.enum(['pending', 'accepted', 'discarded']).default('pending'), ...pageQuery });

/** Accepting a reviewed draft: either a new engagement, or the same event as a stored one. */
export const acceptDraftInput = z.union([
  z.object({ engagement: engagementInput }).strict(),
  z.object({ sameAsEngagementId: id }).strict(),
]);
export type AcceptDraftInput = z.infer<typeof acceptDraftInput>;
