// Access to projects: shared by the offices of the partnership's cities (a sub-project's partnership
// is its parent's). Linked commitments and engagements must be ones the actor can see.
import type { Db } from '../../db/client.ts';
import { partnershipOfProject, placesOfPartnership } from '../access/guard.ts';
import type { CrudAccess } from '../../server/crud-routes.ts';
import type { ProjectInput, ProjectPatch } from './contract.ts';

export const projectAccess = (db: Db): CrudAccess<ProjectInput, ProjectPatch> => ({
  kind: 'project',
  references: (body) => [
    { path: 'partnershipId', kind: 'partnership', id: body.partnershipId },
    { path: 'parentId', kind: 'project', id: body.parentId },
    ...(body.commitmentIds ?? []).map((id, i) => ({ path: `commitmentIds.${i}`, kind: 'commitment' as const, id })),
    ...(body.engagementIds ?? []).map((id, i) => ({ path: `engagementIds.${i}`, kind: 'engagement' as const, id })),
  ],
  partyPlaces: async (input) => placesOfPartnership(db, input.partnershipId ?? (await partnershipOfProject(db, input.parentId))),
});
