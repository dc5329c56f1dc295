import { z } from 'zod';

export const id = z.coerce.number().int().positive().max(2_147_483_647);
export const idParams = z.object({ id });

/** Calendar date as the API speaks it: YYYY-MM-DD, checked to be a real day. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'not a real calendar day');

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
};

export const page = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });

export const shortText = (max = 300) => z.string().trim().min(1).max(max);

export const problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  details: z.unknown().optional(),
});

/**
 * Who may see a record: `private` to the office that owns it, `shared` with the offices of its
 * cities (both sides of a partnership), `public` to everybody (portal, open data).
 */
export const VISIBILITIES = ['private', 'shared', 'public'] as const;
export type Visibility = (typeof VISIBILITIES)[number];
export const visibilityInput = z.enum(VISIBILITIES).describe('private: your office only; shared: the offices of its cities; public: the portal and open data');

/** A create or patch input as a service receives it: the route adds the owner office it decided on. */
export type Owned<T> = T & { ownerWorkspaceId?: number | null };

/** Sent with every single record: who sees it, who owns it, and what the reader may do with it. */
export const recordAccess = z.object({
  visibility: z.enum(VISIBILITIES),
  ownerWorkspaceId: z.number().int().nullable(),
  actions: z.object({ update: z.boolean(), delete: z.boolean(), changeVisibility: z.boolean() }),
});
export type RecordAccess = z.infer<typeof recordAccess>;
