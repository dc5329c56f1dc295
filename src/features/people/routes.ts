import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client.ts';
import { registerCrudRoutes } from '../../server/crud-routes.ts';
import { person, personInput, personListQuery, personPatch } from './contract.ts';
import { createPerson, deletePerson, getPerson, listPeople, updatePerson } from './service.ts';

export function peopleRoutes(app: FastifyInstance, db: Db) {
  registerCrudRoutes(app, {
    path: '/people', tag: 'people', listSummary: 'List people, filtered by name in any script and by the place they represent',
    resource: person, listQuery: personListQuery, input: personInput, patch: personPatch,
    list: (query) => listPeople(db, query),
    get: (id) => getPerson(db, id),
    create: (actor, input) => createPerson({ db, actor, input }),
    update: (actor, id, patch) => updatePerson({ db, actor, id, patch }),
    remove: (actor, id) => deletePerson({ db, actor, id }),
  });
}
