// Access to engagements: shared by the offices of its cities and of its partnership; an
// organisation's contributors keep their own activities (src/features/access/policy.ts).
import type { Db } from '../../db/client.ts';
import { placesOfPartnership } from '../access/guard.ts';
import type { CrudAccess } from '../../server/crud-routes.ts';
import type { EngagementInput, EngagementPatch } from './contract.ts';

export const engagementAccess = (db: Db): CrudAccess<EngagementInput, EngagementPatch> => ({
  kind: 'engagement',
  references: (body) => [
    { path: 'partnershipId', kind: 'partnership', id: body.partnershipId },
    ...(body.sources ?? []).map((source, i) => ({ path: `sources.${i}.sourceId`, kind: 'source' as const, id: 'sourceId' in source ? source.sourceId : null })),
  ],
  partyPlaces: async (input) => [
    ...input.placeIds,
    ...(input.locationPlaceId ? [input.locationPlaceId] : []),
    ...(await placesOfPartnership(db, input.partnershipId)),
  ],
  organisationOf: (body) => body.organisationId,
});
