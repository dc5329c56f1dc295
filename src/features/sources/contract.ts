import { z } from 'zod';
import { isoDate, pageQuery } from '../../domain/common.ts';
import { LOCALES } from '../../domain/taxonomy.ts';

export const SOURCE_KINDS = ['press_release', 'article', 'minutes', 'document', 'other'] as const;

export const sourceSummary = z.object({
  id: z.number().int(),
  kind: z.enum(SOURCE_KINDS),
  title: z.string().nullable(),
  url: z.string().nullable(),
  publisher: z.string().nullable(),
  language: z.enum(LOCALES).nullable(),
  publishedOn: z.string().nullable(),
});
export const source = sourceSummary.extend({
  text: z.string(),
  extraction: z.unknown().nullable(),
  engagementIds: z.array(z.number().int()),
  createdAt: z.string(),
});
export type Source = z.infer<typeof source>;

export const sourceInput = z
  .object({
    kind: z.enum(SOURCE_KINDS).default('press_release'),
    title: z.string().trim().max(500).nullable().default(null),
    url: z.url({ protocol: /^https?$/ }).max(2000).nullable().default(null),
    publisher: z.string().trim().max(300).nullable().default(null),
    language: z.enum(LOCALES).nullable().default(null),
    publishedOn: isoDate.nullable().default(null),
    text: z.string().trim().min(1, 'the source text is empty').max(500_000),
    extraction: z.unknown().optional(),
  })
  .strict();
export type SourceInput = z.infer<typeof sourceInput>;

export const sourceListQuery = z.object({ q: z.string().trim().max(200).optional(), ...pageQuery });
