import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client.ts';
import { registerCrudRoutes } from '../../server/crud-routes.ts';
import { organisation, organisationInput, organisationListQuery, organisationPatch } from './contract.ts';
import { createOrganisation, deleteOrganisation, getOrganisation, listOrganisations, updateOrganisation } from './service.ts';

export function organisationRoutes(app: FastifyInstance, db: Db) {
  registerCrudRoutes(app, {
    path: '/organisations', tag: 'organisations', listSummary: 'List organisations, filtered by name, place, kind and topic',
    resource: organisation, listQuery: organisationListQuery, input: organisationInput, patch: organisationPatch,
    list: (query) => listOrganisations(db, query),
    get: (id) => getOrganisation(db, id),
    create: (actor, input) => createOrganisation({ db, actor, input }),
    update: (actor, id, patch) => updateOrganisation({ db, actor, id, patch }),
    remove: (actor, id) => deleteOrganisation({ db, actor, id }),
  });
}
