import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client.ts';
import { projectAccess } from './policy.ts';
import { registerCrudRoutes } from '../../server/crud-routes.ts';
import { project, projectInput, projectListQuery, projectPatch } from './contract.ts';
import { createProject, deleteProject, getProject, listProjects, updateProject } from './service.ts';

export function projectRoutes(app: FastifyInstance, db: Db) {
  registerCrudRoutes(app, {
    path: '/projects', tag: 'follow-through',
    listSummary: 'List projects, newest first, filtered by partnership, parent ("none" for top level), commitment, status and topic',
    resource: project, listQuery: projectListQuery, input: projectInput, patch: projectPatch,
    db, access: projectAccess(db),
    list: (query, scope) => listProjects(db, query, undefined, scope),
    get: (id) => getProject(db, id),
    create: (actor, input) => createProject({ db, actor, input }),
    update: (actor, id, patch) => updateProject({ db, actor, id, patch }),
    remove: (actor, id) => deleteProject({ db, actor, id }),
  });
}
