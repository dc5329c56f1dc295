import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client.ts';
import { engagementAccess } from './policy.ts';
import { registerCrudRoutes } from '../../server/crud-routes.ts';
import { engagement, engagementInput, engagementListQuery, engagementPatch, engagementSummary } from './contract.ts';
import { createEngagement, deleteEngagement, getEngagement, listEngagements, updateEngagement } from './service.ts';

export function engagementRoutes(app: FastifyInstance, db: Db) {
  registerCrudRoutes(app, {
    path: '/engagements', tag: 'engagements',
    listSummary: 'List engagements, newest first, filtered by place, partnership, topic and date range',
    resource: engagement, listResource: engagementSummary, listQuery: engagementListQuery, input: engagementInput, patch: engagementPatch,
    db, access: engagementAccess(db),
    list: (query, scope) => listEngagements(db, query, scope),
    get: (id) => getEngagement(db, id),
    create: (actor, input) => createEngagement({ db, actor, input }),
    update: (actor, id, patch) => updateEngagement({ db, actor, id, patch }),
    remove: (actor, id) => deleteEngagement({ db, actor, id }),
  });
}
