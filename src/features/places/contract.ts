import { z } from 'zod';
import { pageQuery, shortText } from '../../domain/common.ts';
import { localizedText } from '../../domain/localized.ts';
import { PLACE_KINDS } from '../../domain/taxonomy.ts';

export const placeSummary = z.object({
  id: z.number().int(),
  name: z.string(),
  names: z.object({ de: z.string().optional(), en: z.string().optional(), zh: z.string().optional() }),
  country: z.string().nullable(),
  kind: z.enum(PLACE_KINDS),
});
export type PlaceSummary = z.infer<typeof placeSummary>;

export const place = placeSummary.extend({
  aliases: z.array(z.string()),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  wikidataId: z.string().nullable(),
  partnershipCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Place = z.infer<typeof place>;

export const placeInput = z
  .object({
    name: shortText(200),
    names: localizedText(200).default({}),
    aliases: z.array(shortText(200)).max(50).default([]),
    country: shortText(100).nullable().default(null),
    lat: z.number().min(-90).max(90).nullable().default(null),
    lng: z.number().min(-180).max(180).nullable().default(null),
    kind: z.enum(PLACE_KINDS).default('city'),
    wikidataId: z.string().regex(/^Q\d+$/, 'expected a Wikidata id like Q365').nullable().default(null),
  })
  .strict();
export type PlaceInput = z.infer<typeof placeInput>;
// Not placeInput.partial(): zod 4 still applies a field's default inside .optional(), so a patch naming
// one field would reset the others (names, country, coordinates) to their defaults.
export const placePatch = z
  .object(Object.fromEntries(Object.entries(placeInput.shape).map(([key, field]) => [key, ('removeDefault' in field ? field.removeDefault() : field).optional()])) as {
    [K in keyof typeof placeInput.shape]: z.ZodOptional<typeof placeInput.shape[K] extends z.ZodDefault<infer T> ? T : typeof placeInput.shape[K]>;
  })
  .strict();
export type PlacePatch = z.infer<typeof placePatch>;

export const placeListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  country: z.string().trim().max(100).optional(),
  ...pageQuery,
});
export type PlaceListQuery = z.infer<typeof placeListQuery>;
