// The audit log as the API speaks it: who changed what and when, with the record before and after.
import { z } from 'zod';
import { isoDate, pageQuery } from '../../domain/common.ts';

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'import'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What the log records today (see recordAudit calls); the filter accepts any entity name of this shape. */
export const AUDIT_ENTITIES = [
  'partnership', 'partnership_note', 'place', 'engagement', 'person', 'organisation', 'agreement', 'clause', 'commitment', 'statement',
  'project', 'milestone', 'draft', 'feed', 'user', 'workspace', 'invitation',
] as const;

/** Largest export; past it the answer says so in the X-Audit-Export-Truncated header. */
export const AUDIT_EXPORT_LIMIT = 50_000;

// A reader's day starts at their own midnight: the web app sends instants (2024-05-01T00:00:00+08:00 or
// its UTC form); scripts may send plain days, counted in UTC.
const dayOrInstant = z.union([isoDate, z.iso.datetime({ offset: true })], { error: 'expected YYYY-MM-DD or an ISO date-time' });

/** The first instant a from value includes. */
export const rangeStart = (value: string) => new Date(isoDate.safeParse(value).success ? `${value}T00:00:00Z` : value);
/** The first instant after what a to value includes: the next UTC midnight for a day, the next millisecond for an instant. */
export const rangeEnd = (value: string) =>
  isoDate.safeParse(value).success ? new Date(Date.parse(`${value}T00:00:00Z`) + 86_400_000) : new Date(Date.parse(value) + 1);

// No control characters: PostgreSQL text cannot hold NUL, and nothing legitimate carries them.
const plainText = (max: number) => z.string().trim().max(max).regex(/^[^\p{Cc}]*$/u, 'control characters are not allowed');

const filterShape = {
  entity: z.string().trim().max(50).regex(/^[a-z_]+$/, 'expected an entity name such as partnership').optional(),
  entityId: plainText(50).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  /** Part of the actor (an email, "local", "system"), any case. */
  actor: plainText(200).optional(),
  /** First day included (YYYY-MM-DD, a UTC day) or the first instant included (ISO date-time with offset). */
  from: dayOrInstant.optional(),
  /** Last day included (YYYY-MM-DD, a UTC day) or the last instant included (ISO date-time with offset). */
  to: dayOrInstant.optional(),
};

const toNotBeforeFrom = (value: { from?: string; to?: string }, context: z.RefinementCtx) => {
  if (value.from && value.to && rangeEnd(value.to).getTime() <= rangeStart(value.from).getTime()) {
    context.addIssue({ code: 'custom', path: ['to'], message: 'to is before from' });
  }
};

export const auditListQuery = z.object({ ...filterShape, ...pageQuery }).superRefine(toNotBeforeFrom);
export type AuditListQuery = z.infer<typeof auditListQuery>;

export const auditExportQuery = z.object({ ...filterShape, format: z.enum(['csv', 'json']).default('csv') }).superRefine(toNotBeforeFrom);
export type AuditExportQuery = z.infer<typeof auditExportQuery>;
export type AuditFilters = Omit<AuditExportQuery, 'format'>;

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  /** Top-level keys whose value differs between before and after (all keys of a created or deleted record). */
  changedFields: z.array(z.string()),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;
