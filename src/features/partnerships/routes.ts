import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client.ts';
import { partnershipAccess } from './policy.ts';
import { privateNoteRoutes } from './private-notes.ts';
import { readScope } from '../access/scope.ts';
import { registerCrudRoutes } from '../../server/crud-routes.ts';
import { partnership, partnershipInput, partnershipListQuery, partnershipPatch } from './contract.ts';
import { createPartnership, deletePartnership, getPartnership, listPartnerships, updatePartnership } from './service.ts';

export function partnershipRoutes(app: FastifyInstance, db: Db) {
  registerCrudRoutes(app, {
    path: '/partnerships', tag: 'partnerships', listSummary: 'List partnerships, filtered by place, kind, status and country',
    resource: partnership, listQuery: partnershipListQuery, input: partnershipInput, patch: partnershipPatch,
    db, access: partnershipAccess,
    list: (query, scope, actor) => listPartnerships(db, query, scope, readScope(actor, 'engagement')),
    get: (id, actor) => getPartnership(db, id, readScope(actor, 'engagement')),
    create: (actor, input) => createPartnership({ db, actor, input }),
    update: (actor, id, patch) => updatePartnership({ db, actor, id, patch }),
    remove: (actor, id) => deletePartnership({ db, actor, id }),
  });
  privateNoteRoutes(app, db);
}
