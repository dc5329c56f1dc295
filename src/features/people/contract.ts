import { z } from 'zod';
import { id, isoDate, pageQuery, shortText } from '../../domain/common.ts';
import { localizedText } from '../../domain/localized.ts';
import { ROLE_CODES } from '../../domain/taxonomy.ts';

export const personNames = z
  .object({ zh: z.string().trim().max(200).optional(), latin: z.string().trim().max(200).optional(), pinyin: z.string().trim().max(200).optional() })
  .strict();

export const positionInput = z
  .object({
    role: z.enum(ROLE_CODES),
    title: localizedText(300).default({}),
    placeId: id.nullable().default(null),
    organisationId: id.nullable().default(null),
    fromDate: isoDate.nullable().default(null),
    toDate: isoDate.nullable().default(null),
  })
  .strict()
  .refine((p) => !p.fromDate || !p.toDate || p.fromDate <= p.toDate, { message: 'toDate must not be before fromDate', path: ['toDate'] });

export const position = z.object({
  id: z.number().int(),
  role: z.enum(ROLE_CODES),
  title: z.record(z.string(), z.string()),
  placeId: z.number().int().nullable(),
  placeName: z.string().nullable(),
  organisationId: z.number().int().nullable(),
  fromDate: z.string().nullable(),
  toDate: z.string().nullable(),
});

export const personSummary = z.object({ id: z.number().int(), name: z.string(), names: personNames });
export const person = personSummary.extend({ positions: z.array(position), createdAt: z.string(), updatedAt: z.string() });
export type Person = z.infer<typeof person>;

export const personInput = z
  .object({ name: shortText(200), names: personNames.default({}), positions: z.array(positionInput).max(100).default([]) })
  .strict();
export type PersonInput = z.infer<typeof personInput>;
export const personPatch = z
  .object({ name: shortText(200).optional(), names: personNames.optional(), positions: z.array(positionInput).max(100).optional() })
  .strict();
export type PersonPatch = z.infer<typeof personPatch>;

export const personListQuery = z.object({ q: z.string().trim().max(200).optional(), place: id.optional(), ...pageQuery });
export type PersonListQuery = z.infer<typeof personListQuery>;
