// Access to agreements: shared by the offices of the partnership's cities and of the parties.
import type { Db } from '../../db/client.ts';
import { placesOfPartnership } from '../access/guard.ts';
import type { CrudAccess } from '../../server/crud-routes.ts';
import type { AgreementInput, AgreementPatch } from './contract.ts';

export const agreementAccess = (db: Db): CrudAccess<AgreementInput, AgreementPatch> => ({
  kind: 'agreement',
  references: (body) => [
    { path: 'partnershipId', kind: 'partnership', id: body.partnershipId },
    { path: 'engagementId', kind: 'engagement', id: body.engagementId },
    { path: 'source.sourceId', kind: 'source', id: body.source && 'sourceId' in body.source ? body.source.sourceId : null },
  ],
  partyPlaces: async (input) => [
    ...input.parties.flatMap((party) => ('placeId' in party ? [party.placeId] : [])),
    ...(await placesOfPartnership(db, input.partnershipId)),
  ],
});
