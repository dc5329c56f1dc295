// Access to commitments: shared by the offices of the partnership's cities. A commitment made from a
// statement or clause must come from an engagement or agreement the actor can see.
import type { Db } from '../../db/client.ts';
import { placesOfPartnership } from '../access/guard.ts';
import type { CrudAccess } from '../../server/crud-routes.ts';
import type { CommitmentInput, CommitmentPatch } from './contract.ts';

export const commitmentAccess = (db: Db): CrudAccess<CommitmentInput, CommitmentPatch> => ({
  kind: 'commitment',
  references: (body) => [
    { path: 'partnershipId', kind: 'partnership', id: body.partnershipId },
    ...('statementId' in body ? [{ path: 'statementId', kind: 'statement' as const, id: body.statementId }] : []),
    ...('clauseId' in body ? [{ path: 'clauseId', kind: 'clause' as const, id: body.clauseId }] : []),
  ],
  partyPlaces: async (input) => placesOfPartnership(db, input.partnershipId),
});
