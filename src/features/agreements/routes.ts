import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client.ts';
import { agreementAccess } from './policy.ts';
import { registerCrudRoutes } from '../../server/crud-routes.ts';
import { agreement, agreementInput, agreementListQuery, agreementPatch } from './contract.ts';
import { createAgreement, deleteAgreement, getAgreement, listAgreements, updateAgreement } from './service.ts';

export function agreementRoutes(app: FastifyInstance, db: Db) {
  registerCrudRoutes(app, {
    path: '/agreements', tag: 'follow-through', listSummary: 'List agreements (MoUs, treaties, action plans), newest signed first',
    resource: agreement, listQuery: agreementListQuery, input: agreementInput, patch: agreementPatch,
    db, access: agreementAccess(db),
    list: (query, scope) => listAgreements(db, query, scope),
    get: (id) => getAgreement(db, id),
    create: (actor, input) => createAgreement({ db, actor, input }),
    update: (actor, id, patch) => updateAgreement({ db, actor, id, patch }),
    remove: (actor, id) => deleteAgreement({ db, actor, id }),
  });
}
