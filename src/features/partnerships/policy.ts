// Access to partnerships: shared by the offices of its two cities (src/features/access/policy.ts).
import type { CrudAccess } from '../../server/crud-routes.ts';
import type { PartnershipInput, PartnershipPatch } from './contract.ts';

export const partnershipAccess: CrudAccess<PartnershipInput, PartnershipPatch> = {
  kind: 'partnership',
  references: () => [],
  partyPlaces: async (input) => [input.placeAId, input.placeBId],
};
