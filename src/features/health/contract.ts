import { z } from 'zod';
import { id, isoDate, pageQuery } from '../../domain/common.ts';
import { PARTNERSHIP_KINDS, PARTNERSHIP_STATUSES } from '../../domain/taxonomy.ts';
import { placeSummary } from '../places/contract.ts';

export const localized3 = z.object({ de: z.string(), en: z.string(), zh: z.string() });

export const asOfQuery = z.object({ asOf: isoDate.optional().describe('the day to compute for (default: today, UTC)') });

export const partnershipRef = z.object({
  id: z.number().int(), placeA: placeSummary, placeB: placeSummary, kind: z.enum(PARTNERSHIP_KINDS), status: z.enum(PARTNERSHIP_STATUSES), since: z.string().nullable(),
});

export const partnershipHealth = z.object({
  partnership: partnershipRef,
  asOf: z.string(),
  score: z.number().describe('0–100, the sum of the components’ points'),
  level: z.enum(['good', 'fair', 'poor']).describe('good ≥ 70, fair ≥ 40, else poor'),
  components: z.array(z.object({
    code: z.enum(['contact', 'frequency', 'commitments', 'projects', 'agreements']),
    points: z.number(), max: z.number(), reason: localized3,
  })),
  daysSinceLastEngagement: z.number().int().nullable(),
  dormantSuggested: z.boolean(),
  dormantReasons: z.array(localized3),
  facts: z.object({
    lastEngagementOn: z.string().nullable(), engagementsLastYear: z.number().int(), openCommitments: z.number().int(),
    overdueCommitments: z.number().int(), doneCommitments: z.number().int(), activeProjects: z.number().int(),
    lastActivityOn: z.string().nullable(), since: z.string().nullable(),
    agreementsInForce: z.array(z.object({ id: z.number().int(), validTo: z.string().nullable(), renewalOn: z.string().nullable() })),
    agreementCount: z.number().int(),
  }),
});
export type PartnershipHealth = z.infer<typeof partnershipHealth>;

export const healthListQuery = asOfQuery.extend({
  scope: z.enum(['tracked', 'all']).default('tracked').describe('tracked: partnerships with any engagement, commitment, project or agreement'),
  place: id.optional(),
  status: z.enum(PARTNERSHIP_STATUSES).optional(),
  level: z.enum(['good', 'fair', 'poor']).optional(),
  dormant: z.enum(['true', 'false']).optional().describe('only partnerships suggested (or not) as dormant'),
  order: z.enum(['asc', 'desc']).default('asc').describe('asc: worst health first'),
  ...pageQuery,
});
export type HealthListQuery = z.infer<typeof healthListQuery>;
