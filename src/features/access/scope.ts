// The read rule of policy.ts as SQL (for lists, search and exports), and the loader of one record's
// access facts (for single-record reads and writes). Both must agree with policy.ts: the
// authorization matrix test (test/api/access-matrix.test.ts) checks lists and single reads alike.
import { eq, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../domain/actor.ts';
import { notFound } from '../../domain/errors.ts';
import { type Db, rowsOf } from '../../db/client.ts';
import { agreements, commitments, engagements, partnerships, projects, type Visibility } from '../../db/schema.ts';
import type { AccessFacts, RecordKind } from './policy.ts';

export const recordTables = { partnership: partnerships, engagement: engagements, agreement: agreements, commitment: commitments, project: projects } as const;

const placesOfPartnership = (partnershipId: SQL) =>
  sql`select unnest(array[pp.place_a_id, pp.place_b_id]) from partnerships pp where pp.id = ${partnershipId}`;

/** An int[] of the places a record is about, evaluated against the (unaliased) record table. */
export function partyPlacesExpression(kind: RecordKind): SQL {
  switch (kind) {
    case 'partnership':
      return sql`array[${partnerships.placeAId}, ${partnerships.placeBId}]`;
    case 'engagement':
      return sql`array(select ep.place_id from engagement_places ep where ep.engagement_id = ${engagements.id}
        union select ${engagements.locationPlaceId} where ${engagements.locationPlaceId} is not null
        union ${placesOfPartnership(sql`${engagements.partnershipId}`)})`;
    case 'agreement':
      return sql`array(${placesOfPartnership(sql`${agreements.partnershipId}`)}
        union select ap.place_id from agreement_parties ap where ap.agreement_id = ${agreements.id} and ap.place_id is not null)`;
    case 'commitment':
      return sql`array(${placesOfPartnership(sql`${commitments.partnershipId}`)})`;
    case 'project':
      return sql`array(${placesOfPartnership(sql`${projects.partnershipId}`)})`;
  }
}

const intArray = (values: number[]) => sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::int[]`;

/**
 * The records of this kind the actor may read, as a WHERE condition; undefined means all of them.
 * Mirrors canReadRecord in policy.ts.
 */
export function readScope(actor: Actor, kind: RecordKind): SQL | undefined {
  if (actor.unrestricted) return undefined;
  const table = recordTables[kind];
  const conditions: SQL[] = [sql`${table.visibility} = 'public'`];
  if (actor.kind !== 'anonymous') {
    const workspaceIds = Object.keys(actor.workspaces ?? {}).map(Number);
    if (workspaceIds.length) conditions.push(sql`${table.ownerWorkspaceId} = any(${intArray(workspaceIds)})`);
    const places = workspaceIds.map((id) => actor.workspacePlaces?.[id]).filter((id): id is number => id != null);
    if (places.length) {
      conditions.push(sql`((${table.visibility} <> 'private' or ${table.ownerWorkspaceId} is null) and ${partyPlacesExpression(kind)} && ${intArray(places)})`);
    }
    const organisations = actor.organisations ?? [];
    if (kind === 'engagement' && organisations.length) conditions.push(sql`${engagements.organisationId} = any(${intArray(organisations)})`);
  }
  return sql`(${sql.join(conditions, sql` or `)})`;
}

/** The access facts of one record, or a 404 when it does not exist. */
export async function loadAccessFacts(db: Db, kind: RecordKind, id: number): Promise<AccessFacts> {
  const table = recordTables[kind];
  const organisation = kind === 'engagement' ? sql`${engagements.organisationId}` : sql`null::int`;
  const [row] = await rowsOf<{ owner: number | null; visibility: Visibility; places: number[] | string; organisation: number | null }>(db.execute(sql`
    select ${table.ownerWorkspaceId} as owner, ${table.visibility} as visibility, ${organisation} as organisation,
      ${partyPlacesExpression(kind)} as places
    from ${table} where ${eq(table.id, id)}`));
  if (!row) throw notFound(kind, id);
  return { kind, id, ownerWorkspaceId: row.owner, visibility: row.visibility, partyPlaceIds: parseIntArray(row.places), organisationId: row.organisation };
}

// node-postgres parses int[] into numbers; PGlite may hand back the text form.
function parseIntArray(value: number[] | string | null): number[] {
  if (value == null) return [];
  if (Array.isArray(value)) return value.map(Number);
  return value.replace(/[{}]/g, '').split(',').filter(Boolean).map(Number);
}
