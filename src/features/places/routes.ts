import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client.ts';
import { registerCrudRoutes } from '../../server/crud-routes.ts';
import { place, placeInput, placeListQuery, placePatch } from './contract.ts';
import { createPlace, deletePlace, getPlace, listPlaces, updatePlace } from './service.ts';

export function placeRoutes(app: FastifyInstance, db: Db) {
  registerCrudRoutes(app, {
    path: '/places', tag: 'places', listSummary: 'List places, filtered by name (any language or alias) and country',
    resource: place, listQuery: placeListQuery, input: placeInput, patch: placePatch,
    list: (query) => listPlaces(db, query),
    get: (id) => getPlace(db, id),
    create: (actor, input) => createPlace({ db, actor, input }),
    update: (actor, id, patch) => updatePlace({ db, actor, id, patch }),
    remove: (actor, id) => deletePlace({ db, actor, id }),
  });
}
