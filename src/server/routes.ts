import type { FastifyInstance } from 'fastify';
import { authRoutes } from '../features/auth/routes.ts';
import type { Mailer } from '../features/auth/mailer.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { ingestRoutes } from '../features/ingest/routes.ts';
import type { FetchLimits } from '../features/ingest/fetch-url.ts';
import { auditRoutes } from '../features/audit/routes.ts';
import { agreementRoutes } from '../features/agreements/routes.ts';
import { commitmentRoutes } from '../features/commitments/routes.ts';
import { calendarRoutes } from '../features/calendar/routes.ts';
import { followThroughRoutes } from '../features/health/routes.ts';
import { projectRoutes } from '../features/projects/routes.ts';
import { engagementRoutes } from '../features/engagements/routes.ts';
import { organisationRoutes } from '../features/organisations/routes.ts';
import { partnershipRoutes } from '../features/partnerships/routes.ts';
import { peopleRoutes } from '../features/people/routes.ts';
import { placeRoutes } from '../features/places/routes.ts';
import { searchRoutes } from '../features/search/routes.ts';
import { systemRoutes } from '../features/system/routes.ts';

export function registerApiRoutes(api: FastifyInstance, database: DatabaseHandle, fetchLimits: FetchLimits, mailer: Mailer) {
  const { db } = database;
  systemRoutes(api, database);
  auditRoutes(api, db);
  authRoutes(api, db, mailer);
  placeRoutes(api, db);
  partnershipRoutes(api, db);
  engagementRoutes(api, db);
  peopleRoutes(api, db);
  organisationRoutes(api, db);
  searchRoutes(api, db);
  agreementRoutes(api, db);
  commitmentRoutes(api, db);
  projectRoutes(api, db);
  followThroughRoutes(api, db);
  calendarRoutes(api, db);
  ingestRoutes(api, db, fetchLimits);
}
