// The one drizzle schema, used by PGlite (embedded default) and PostgreSQL (production).
// Localized text written by people is a jsonb column `{de?, en?, zh?}` (see src/domain/localized.ts).
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn, bigint, boolean, check, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex,
} from 'drizzle-orm/pg-core';

export type LocalizedText = { de?: string; en?: string; zh?: string };

// Who may see a record (issue 5); child rows (clauses, milestones, participants) follow their parent.
export { VISIBILITIES, type Visibility } from '../domain/common.ts';
import type { Visibility } from '../domain/common.ts';

// Referenced lazily: workspaces are declared with the accounts tables at the end of this file.
const access = {
  ownerWorkspaceId: integer('owner_workspace_id').references((): AnyPgColumn => workspaces.id, { onDelete: 'set null' }),
  visibility: text('visibility').$type<Visibility>().notNull().default('shared'),
};
const visibilityCheck = (table: string, column: AnyPgColumn) => check(`${table}_visibility_ck`, sql`${column} in ('private','shared','public')`);

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export const places = pgTable('places', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  // Canonical English name (English Wikipedia title without qualifier), used for matching and URLs.
  name: text('name').notNull(),
  names: jsonb('names').$type<LocalizedText>().notNull().default({}),
  aliases: text('aliases').array().notNull().default(sql`'{}'::text[]`),
  country: text('country'),
  lat: doublePrecision('lat'),
  lng: doublePrecision('lng'),
  kind: text('kind').notNull().default('city'),
  wikidataId: text('wikidata_id'),
  ...timestamps,
}, (t) => [
  // Dedupe key for imports: one place per name and country.
  uniqueIndex('places_name_country_uq').on(t.name, sql`coalesce(${t.country}, '')`),
  index('places_name_trgm').using('gin', sql`lower(${t.name}) gin_trgm_ops`),
  index('places_country_idx').on(t.country),
  check('places_kind_ck', sql`${t.kind} in ('city','district','region','country')`),
]);

export const partnerships = pgTable('partnerships', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  // Stored with placeAId < placeBId so a pair listed in both directions is one row.
  placeAId: integer('place_a_id').notNull().references(() => places.id, { onDelete: 'restrict' }),
  placeBId: integer('place_b_id').notNull().references(() => places.id, { onDelete: 'restrict' }),
  kind: text('kind').notNull().default('partnership'),
  status: text('status').notNull().default('active'),
  since: date('since'),
  until: date('until'),
  objectives: jsonb('objectives').$type<LocalizedText>().notNull().default({}),
  notes: jsonb('notes').$type<LocalizedText>().notNull().default({}),
  origin: text('origin').notNull().default('user'),
  ...access,
  ...timestamps,
}, (t) => [
  uniqueIndex('partnerships_pair_uq').on(t.placeAId, t.placeBId),
  index('partnerships_place_b_idx').on(t.placeBId),
  visibilityCheck('partnerships', t.visibility),
  check('partnerships_order_ck', sql`${t.placeAId} < ${t.placeBId}`),
  check('partnerships_kind_ck', sql`${t.kind} in ('partnership','friendship','contact','project_partnership')`),
  check('partnerships_status_ck', sql`${t.status} in ('active','dormant','suspended','ended')`),
]);

export const organisations = pgTable('organisations', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  kind: text('kind').notNull().default('government'),
  placeId: integer('place_id').references(() => places.id, { onDelete: 'set null' }),
  topics: text('topics').array().notNull().default(sql`'{}'::text[]`),
  offers: jsonb('offers').$type<LocalizedText>().notNull().default({}),
  needs: jsonb('needs').$type<LocalizedText>().notNull().default({}),
  website: text('website'),
  ...timestamps,
}, (t) => [index('organisations_place_idx').on(t.placeId)]);

export const people = pgTable('people', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  // The name as most often written; `names` holds the other scripts (zh Hanzi, latin, pinyin).
  name: text('name').notNull(),
  names: jsonb('names').$type<{ zh?: string; latin?: string; pinyin?: string }>().notNull().default({}),
  ...timestamps,
}, (t) => [index('people_name_idx').on(sql`lower(${t.name})`)]);

export const positions = pgTable('positions', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  personId: integer('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  role: text('role').notNull(),
  title: jsonb('title').$type<LocalizedText>().notNull().default({}),
  placeId: integer('place_id').references(() => places.id, { onDelete: 'set null' }),
  organisationId: integer('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
  fromDate: date('from_date'),
  toDate: date('to_date'),
}, (t) => [index('positions_person_idx').on(t.personId)]);

export const topics = pgTable('topics', {
  code: text('code').primaryKey(),
  labels: jsonb('labels').$type<Required<LocalizedText>>().notNull(),
});

export const engagements = pgTable('engagements', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  kind: text('kind').notNull(),
  title: jsonb('title').$type<LocalizedText>().notNull().default({}),
  date: date('date').notNull(),
  endDate: date('end_date'),
  locationPlaceId: integer('location_place_id').references(() => places.id, { onDelete: 'set null' }),
  partnershipId: integer('partnership_id').references(() => partnerships.id, { onDelete: 'set null' }),
  summary: jsonb('summary').$type<LocalizedText>().notNull().default({}),
  agreementSigned: boolean('agreement_signed').notNull().default(false),
  ...access,
  // The organisation whose own activity this is (its contributors may edit it).
  organisationId: integer('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
  ...timestamps,
}, (t) => [
  index('engagements_date_idx').on(t.date),
  index('engagements_partnership_idx').on(t.partnershipId),
  visibilityCheck('engagements', t.visibility),
  index('engagements_organisation_idx').on(t.organisationId),
  check('engagements_dates_ck', sql`${t.endDate} is null or ${t.endDate} >= ${t.date}`),
]);

/** The cities (and regions/countries) that are principal parties to an engagement. */
export const engagementPlaces = pgTable('engagement_places', {
  engagementId: integer('engagement_id').notNull().references(() => engagements.id, { onDelete: 'cascade' }),
  placeId: integer('place_id').notNull().references(() => places.id, { onDelete: 'restrict' }),
}, (t) => [primaryKey({ columns: [t.engagementId, t.placeId] }), index('engagement_places_place_idx').on(t.placeId)]);

export const engagementParticipants = pgTable('engagement_participants', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  engagementId: integer('engagement_id').notNull().references(() => engagements.id, { onDelete: 'cascade' }),
  personId: integer('person_id').notNull().references(() => people.id, { onDelete: 'restrict' }),
  role: text('role').notNull(),
  ofPlaceId: integer('of_place_id').references(() => places.id, { onDelete: 'set null' }),
  ofOrganisationId: integer('of_organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
  side: text('side'),
}, (t) => [
  index('engagement_participants_engagement_idx').on(t.engagementId),
  index('engagement_participants_person_idx').on(t.personId),
  check('engagement_participants_side_ck', sql`${t.side} is null or ${t.side} in ('host','guest')`),
]);

export const engagementTopics = pgTable('engagement_topics', {
  engagementId: integer('engagement_id').notNull().references(() => engagements.id, { onDelete: 'cascade' }),
  topicCode: text('topic_code').notNull().references(() => topics.code),
}, (t) => [primaryKey({ columns: [t.engagementId, t.topicCode] }), index('engagement_topics_topic_idx').on(t.topicCode)]);

export const statements = pgTable('statements', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  engagementId: integer('engagement_id').notNull().references(() => engagements.id, { onDelete: 'cascade' }),
  speakerPersonId: integer('speaker_person_id').references(() => people.id, { onDelete: 'set null' }),
  text: jsonb('text').$type<LocalizedText>().notNull(),
  isPledge: boolean('is_pledge').notNull().default(false),
  position: integer('position').notNull().default(0),
}, (t) => [index('statements_engagement_idx').on(t.engagementId)]);

export const sources = pgTable('sources', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  kind: text('kind').notNull().default('press_release'),
  title: text('title'),
  url: text('url'),
  publisher: text('publisher'),
  language: text('language'),
  publishedOn: date('published_on'),
  text: text('text').notNull(),
  // What extraction found, each field with its confidence and the span of text it came from.
  extraction: jsonb('extraction'),
  ...timestamps,
});

export const engagementSources = pgTable('engagement_sources', {
  engagementId: integer('engagement_id').notNull().references(() => engagements.id, { onDelete: 'cascade' }),
  sourceId: integer('source_id').notNull().references(() => sources.id, { onDelete: 'cascade' }),
}, (t) => [primaryKey({ columns: [t.engagementId, t.sourceId] }), index('engagement_sources_source_idx').on(t.sourceId)]);

export const auditLog = pgTable('audit_log', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  actor: text('actor').notNull(),
  action: text('action').notNull(),
  entity: text('entity').notNull(),
  entityId: text('entity_id').notNull(),
  before: jsonb('before'),
  after: jsonb('after'),
}, (t) => [index('audit_log_entity_idx').on(t.entity, t.entityId), index('audit_log_at_idx').on(t.at)]);

/** Small key/value facts about this database, e.g. whether the first-start import ran. */
export const appMeta = pgTable('app_meta', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** News feeds a city office follows; each new item becomes a draft for review. */
export const feeds = pgTable('feeds', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  url: text('url').notNull(),
  title: text('title'),
  placeId: integer('place_id').references(() => places.id, { onDelete: 'set null' }),
  language: text('language'),
  pollMinutes: integer('poll_minutes').notNull().default(60),
  lastPolledAt: timestamp('last_polled_at', { withTimezone: true }),
  lastError: text('last_error'),
  ...timestamps,
}, (t) => [uniqueIndex('feeds_url_uq').on(t.url)]);

/**
 * A draft engagement made from a press release, link or feed item, waiting for a person to review it.
 * Drafts are never public; accepting one creates (or extends) an engagement and stores the source.
 */
export const drafts = pgTable('drafts', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  status: text('status').notNull().default('pending'),
  origin: text('origin').notNull(),
  feedId: integer('feed_id').references(() => feeds.id, { onDelete: 'set null' }),
  // The feed item's guid (or link) so an item seen once is never drafted again.
  itemKey: text('item_key'),
  url: text('url'),
  title: text('title'),
  text: text('text').notNull(),
  language: text('language'),
  publishedOn: date('published_on'),
  extraction: jsonb('extraction'),
  engagementId: integer('engagement_id').references(() => engagements.id, { onDelete: 'set null' }),
  // Drafts are internal to the office that made them (or, without one, to every office).
  ownerWorkspaceId: integer('owner_workspace_id').references((): AnyPgColumn => workspaces.id, { onDelete: 'set null' }),
  ...timestamps,
}, (t) => [
  uniqueIndex('drafts_feed_item_uq').on(t.feedId, t.itemKey),
  index('drafts_status_idx').on(t.status),
  check('drafts_status_ck', sql`${t.status} in ('pending','accepted','discarded')`),
]);

// ---------------------------------------------------------------------------------------------------
// Follow-through: agreements and their clauses, commitments, projects with milestones, sub-projects,
// results and links. Sides "a" and "b" are the partnership's placeA and placeB.

/** An MoU, treaty, action plan or letter of intent between the parties of a partnership. */
export const agreements = pgTable('agreements', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  kind: text('kind').notNull(),
  title: jsonb('title').$type<LocalizedText>().notNull().default({}),
  partnershipId: integer('partnership_id').references(() => partnerships.id, { onDelete: 'set null' }),
  // The engagement at which it was signed, when known.
  engagementId: integer('engagement_id').references(() => engagements.id, { onDelete: 'set null' }),
  sourceId: integer('source_id').references(() => sources.id, { onDelete: 'set null' }),
  signedOn: date('signed_on'),
  validFrom: date('valid_from'),
  validTo: date('valid_to'),
  renewalOn: date('renewal_on'),
  summary: jsonb('summary').$type<LocalizedText>().notNull().default({}),
  ...access,
  ...timestamps,
}, (t) => [
  index('agreements_partnership_idx').on(t.partnershipId),
  index('agreements_renewal_idx').on(t.renewalOn),
  visibilityCheck('agreements', t.visibility),
  check('agreements_kind_ck', sql`${t.kind} in ('mou','treaty','action_plan','letter_of_intent')`),
  check('agreements_validity_ck', sql`${t.validTo} is null or ${t.validFrom} is null or ${t.validTo} >= ${t.validFrom}`),
]);

/** The parties: places (cities) or organisations. */
export const agreementParties = pgTable('agreement_parties', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  agreementId: integer('agreement_id').notNull().references(() => agreements.id, { onDelete: 'cascade' }),
  placeId: integer('place_id').references(() => places.id, { onDelete: 'restrict' }),
  organisationId: integer('organisation_id').references(() => organisations.id, { onDelete: 'restrict' }),
}, (t) => [
  index('agreement_parties_agreement_idx').on(t.agreementId),
  check('agreement_parties_one_ck', sql`(${t.placeId} is null) <> (${t.organisationId} is null)`),
]);

export const agreementClauses = pgTable('agreement_clauses', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  agreementId: integer('agreement_id').notNull().references(() => agreements.id, { onDelete: 'cascade' }),
  // The clause's number as the document writes it ("3.1", "Art. 4").
  number: text('number'),
  text: jsonb('text').$type<LocalizedText>().notNull(),
  topicCode: text('topic_code').references(() => topics.code),
  position: integer('position').notNull().default(0),
}, (t) => [index('agreement_clauses_agreement_idx').on(t.agreementId)]);

/** A pledge to follow up: from an engagement's statement, an agreement's clause, or entered by hand. */
export const commitments = pgTable('commitments', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  partnershipId: integer('partnership_id').references(() => partnerships.id, { onDelete: 'set null' }),
  statementId: integer('statement_id').references(() => statements.id, { onDelete: 'set null' }),
  clauseId: integer('clause_id').references(() => agreementClauses.id, { onDelete: 'restrict' }),
  text: jsonb('text').$type<LocalizedText>().notNull(),
  topicCode: text('topic_code').references(() => topics.code),
  ownerAOrganisationId: integer('owner_a_organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
  ownerAPersonId: integer('owner_a_person_id').references(() => people.id, { onDelete: 'set null' }),
  ownerBOrganisationId: integer('owner_b_organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
  ownerBPersonId: integer('owner_b_person_id').references(() => people.id, { onDelete: 'set null' }),
  dueOn: date('due_on'),
  status: text('status').notNull().default('proposed'),
  // Last change of substance (status, due date, text); "stalled" counts from here.
  lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).notNull().defaultNow(),
  ...access,
  ...timestamps,
}, (t) => [
  index('commitments_partnership_idx').on(t.partnershipId),
  index('commitments_statement_idx').on(t.statementId),
  index('commitments_clause_idx').on(t.clauseId),
  index('commitments_due_idx').on(t.dueOn),
  visibilityCheck('commitments', t.visibility),
  check('commitments_status_ck', sql`${t.status} in ('proposed','agreed','in_progress','done','dropped')`),
  check('commitments_origin_ck', sql`${t.statementId} is null or ${t.clauseId} is null`),
  check('commitments_owner_a_ck', sql`${t.ownerAOrganisationId} is null or ${t.ownerAPersonId} is null`),
  check('commitments_owner_b_ck', sql`${t.ownerBOrganisationId} is null or ${t.ownerBPersonId} is null`),
]);

/** Joint work implementing commitments. A project with sub-projects takes its progress from them. */
export const projects = pgTable('projects', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  partnershipId: integer('partnership_id').references(() => partnerships.id, { onDelete: 'set null' }),
  // Deferrable (set in migration 0003 by hand; drizzle cannot express it) so a backup restores rows in any
  // order; deleting a parent with sub-projects is refused by the service and, at commit, by this key.
  parentId: integer('parent_id').references((): AnyPgColumn => projects.id, { onDelete: 'no action' }),
  // Share of the parent's progress, relative to the sibling sub-projects.
  weight: doublePrecision('weight').notNull().default(1),
  title: jsonb('title').$type<LocalizedText>().notNull(),
  description: jsonb('description').$type<LocalizedText>().notNull().default({}),
  topics: text('topics').array().notNull().default(sql`'{}'::text[]`),
  status: text('status').notNull().default('planned'),
  progress: integer('progress').notNull().default(0),
  startOn: date('start_on'),
  endOn: date('end_on'),
  lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).notNull().defaultNow(),
  ...access,
  ...timestamps,
}, (t) => [
  index('projects_partnership_idx').on(t.partnershipId),
  index('projects_parent_idx').on(t.parentId),
  visibilityCheck('projects', t.visibility),
  check('projects_status_ck', sql`${t.status} in ('proposed','planned','in_progress','on_hold','completed','cancelled')`),
  check('projects_progress_ck', sql`${t.progress} between 0 and 100`),
  check('projects_weight_ck', sql`${t.weight} > 0`),
  check('projects_parent_ck', sql`${t.parentId} is null or ${t.parentId} <> ${t.id}`),
  check('projects_dates_ck', sql`${t.endOn} is null or ${t.startOn} is null or ${t.endOn} >= ${t.startOn}`),
]);

export const projectLeads = pgTable('project_leads', {
  projectId: integer('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
  organisationId: integer('organisation_id').notNull().references(() => organisations.id, { onDelete: 'restrict' }),
  side: text('side').notNull(),
}, (t) => [
  primaryKey({ columns: [t.projectId, t.organisationId] }),
  index('project_leads_organisation_idx').on(t.organisationId),
  check('project_leads_side_ck', sql`${t.side} in ('a','b')`),
]);

export const projectMilestones = pgTable('project_milestones', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  projectId: integer('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
  dueOn: date('due_on').notNull(),
  title: jsonb('title').$type<LocalizedText>().notNull(),
  description: jsonb('description').$type<LocalizedText>().notNull().default({}),
  doneOn: date('done_on'),
}, (t) => [index('project_milestones_project_idx').on(t.projectId), index('project_milestones_due_idx').on(t.dueOn)]);

/** A result with an indicator: name, unit, target and actual value. */
export const projectResults = pgTable('project_results', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  projectId: integer('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  unit: text('unit'),
  target: doublePrecision('target'),
  actual: doublePrecision('actual'),
  position: integer('position').notNull().default(0),
}, (t) => [index('project_results_project_idx').on(t.projectId)]);

export const projectCommitments = pgTable('project_commitments', {
  projectId: integer('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
  commitmentId: integer('commitment_id').notNull().references(() => commitments.id, { onDelete: 'cascade' }),
}, (t) => [primaryKey({ columns: [t.projectId, t.commitmentId] }), index('project_commitments_commitment_idx').on(t.commitmentId)]);

export const projectEngagements = pgTable('project_engagements', {
  projectId: integer('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
  engagementId: integer('engagement_id').notNull().references(() => engagements.id, { onDelete: 'cascade' }),
}, (t) => [primaryKey({ columns: [t.projectId, t.engagementId] }), index('project_engagements_engagement_idx').on(t.engagementId)]);

// ---- Accounts and city workspaces (issue 5) ----

export const users = pgTable('users', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  email: text('email').notNull(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  // Platform administrator: manages workspaces and accounts.
  isAdmin: boolean('is_admin').notNull().default(false),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
  ...timestamps,
}, (t) => [uniqueIndex('users_email_uq').on(sql`lower(${t.email})`)]);

/** Server-side sessions: the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable('sessions', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('sessions_token_uq').on(t.tokenHash), index('sessions_user_idx').on(t.userId)]);

/** One city's office (or a district's): the unit that owns private records. */
export const workspaces = pgTable('workspaces', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  placeId: integer('place_id').references(() => places.id, { onDelete: 'restrict' }),
  ...timestamps,
}, (t) => [uniqueIndex('workspaces_place_uq').on(t.placeId)]);

export const memberships = pgTable('memberships', {
  userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  workspaceId: integer('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  role: text('role').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.userId, t.workspaceId] }),
  check('memberships_role_ck', sql`${t.role} in ('admin','editor','viewer')`),
]);

/** Schools, clubs and companies log their own activities through contributor accounts. */
export const organisationContributors = pgTable('organisation_contributors', {
  userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  organisationId: integer('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
}, (t) => [primaryKey({ columns: [t.userId, t.organisationId] })]);

export const invitations = pgTable('invitations', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  email: text('email').notNull(),
  workspaceId: integer('workspace_id').references(() => workspaces.id, { onDelete: 'cascade' }),
  organisationId: integer('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
  role: text('role').notNull(),
  tokenHash: text('token_hash').notNull(),
  invitedBy: integer('invited_by').references(() => users.id, { onDelete: 'set null' }),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  acceptedAt: timestamp('accepted_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('invitations_token_uq').on(t.tokenHash),
  check('invitations_role_ck', sql`${t.role} in ('admin','editor','viewer','contributor')`),
  check('invitations_target_ck', sql`(${t.workspaceId} is null) <> (${t.organisationId} is null)`),
]);

export const passwordResets = pgTable('password_resets', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('password_resets_token_uq').on(t.tokenHash)]);

/** Each city office's own notes on a partnership: the partner city's office never reads them. */
export const partnershipNotes = pgTable('partnership_notes', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  partnershipId: integer('partnership_id').notNull().references(() => partnerships.id, { onDelete: 'cascade' }),
  workspaceId: integer('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  body: jsonb('body').$type<LocalizedText>().notNull().default({}),
  updatedBy: text('updated_by').notNull(),
  ...timestamps,
}, (t) => [uniqueIndex('partnership_notes_uq').on(t.partnershipId, t.workspaceId)]);
