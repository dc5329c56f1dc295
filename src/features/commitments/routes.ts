import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client.ts';
import { commitmentAccess } from './policy.ts';
import { registerCrudRoutes } from '../../server/crud-routes.ts';
import { commitment, commitmentInput, commitmentListQuery, commitmentPatch } from './contract.ts';
import { createCommitment, deleteCommitment, getCommitment, listCommitments, updateCommitment } from './service.ts';

export function commitmentRoutes(app: FastifyInstance, db: Db) {
  registerCrudRoutes(app, {
    path: '/commitments', tag: 'follow-through',
    listSummary: 'List commitments, soonest due first, filtered by partnership, engagement, agreement, status, topic, overdue',
    resource: commitment, listQuery: commitmentListQuery, input: commitmentInput, patch: commitmentPatch,
    db, access: commitmentAccess(db),
    list: (query, scope) => listCommitments(db, query, undefined, scope),
    get: (id) => getCommitment(db, id),
    create: (actor, input) => createCommitment({ db, actor, input }),
    update: (actor, id, patch) => updateCommitment({ db, actor, id, patch }),
    remove: (actor, id) => deleteCommitment({ db, actor, id }),
  });
}
