// Who may see and change which record (issue 5). Pure functions over the facts of one record, so the
// rules can be read in one place and tested without a database. src/features/access/scope.ts turns
// the read rule into SQL for lists and loads the facts of a single record.
//
// The model: every partnership, engagement, agreement, commitment and project has an owner workspace
// (the city office that entered it; none for the world registry and laptop installs) and a
// visibility. `private` records are read by the owner's members only; `shared` ones also by the
// offices of the record's cities (the partnership's two cities, an engagement's cities); `public`
// ones by everybody, including the portal. Editors and admins of an office that may read a shared
// or public record of its own cities may change it; only the owner changes its visibility.
// Organisation contributors read and change their own organisation's engagements.
import { type Actor, editableWorkspaces } from '../../domain/actor.ts';
import { AppError } from '../../domain/errors.ts';
import type { Visibility } from '../../db/schema.ts';

export const RECORD_KINDS = ['partnership', 'engagement', 'agreement', 'commitment', 'project'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export interface AccessFacts {
  kind: RecordKind;
  id: number;
  ownerWorkspaceId: number | null;
  visibility: Visibility;
  /** The places the record is about; their offices share it. */
  partyPlaceIds: number[];
  /** For engagements: the organisation whose own activity it is. */
  organisationId: number | null;
}

export type RecordAction = 'read' | 'update' | 'delete' | 'change_visibility';

const memberOf = (actor: Actor) => Object.keys(actor.workspaces ?? {}).map(Number);

/** Place ids of the given workspaces of the actor. */
function placesOf(actor: Actor, workspaceIds: number[]): Set<number> {
  const places = new Set<number>();
  for (const id of workspaceIds) {
    const place = actor.workspacePlaces?.[id];
    if (place != null) places.add(place);
  }
  return places;
}

const sharesAPlace = (facts: AccessFacts, places: Set<number>) => facts.partyPlaceIds.some((id) => places.has(id));

/** A private record without an owner (entered before accounts existed) is treated as shared. */
const openToPartners = (facts: AccessFacts) => facts.visibility !== 'private' || facts.ownerWorkspaceId === null;

const contributesTo = (actor: Actor, facts: AccessFacts) =>
  facts.kind === 'engagement' && facts.organisationId !== null && (actor.organisations ?? []).includes(facts.organisationId);

export function canReadRecord(actor: Actor, facts: AccessFacts): boolean {
  if (actor.unrestricted) return true;
  if (facts.visibility === 'public') return true;
  if (actor.kind === 'anonymous') return false;
  if (facts.ownerWorkspaceId !== null && memberOf(actor).includes(facts.ownerWorkspaceId)) return true;
  if (openToPartners(facts) && sharesAPlace(facts, placesOf(actor, memberOf(actor)))) return true;
  return contributesTo(actor, facts);
}

export function can(actor: Actor, action: RecordAction, facts: AccessFacts): boolean {
  if (action === 'read') return canReadRecord(actor, facts);
  if (actor.unrestricted) return true;
  if (actor.kind === 'anonymous') return false;
  const editable = editableWorkspaces(actor);
  const owns = facts.ownerWorkspaceId !== null && editable.includes(facts.ownerWorkspaceId);
  // Deleting a record or changing who sees it is the owning office's decision; an owner-less record
  // belongs to the offices of its cities.
  const decidesOn = owns || (facts.ownerWorkspaceId === null && sharesAPlace(facts, placesOf(actor, editable)));
  // The world registry belongs to nobody: platform administrators curate it.
  const curatesRegistry = Boolean(actor.isAdmin) && facts.ownerWorkspaceId === null && facts.visibility === 'public';
  if (action === 'change_visibility') return decidesOn;
  if (action === 'delete') return decidesOn || curatesRegistry || contributesTo(actor, facts);
  if (owns || curatesRegistry) return true;
  if (openToPartners(facts) && sharesAPlace(facts, placesOf(actor, editable))) return true;
  return contributesTo(actor, facts);
}

/** Throws 404 when the actor may not even know the record exists, 403 when they may see but not do it. */
export function authorizeRecord(actor: Actor, action: RecordAction, facts: AccessFacts): void {
  if (!canReadRecord(actor, facts)) throw new AppError('not_found', `${facts.kind} ${facts.id} does not exist`, { entity: facts.kind, id: facts.id });
  if (action !== 'read' && !can(actor, action, facts)) {
    const why = action === 'change_visibility'
      ? 'only the office that owns this record can change who sees it'
      : 'your role does not let you change this record';
    throw new AppError('forbidden', why, { entity: facts.kind, id: facts.id, action }, 403);
  }
}

export interface NewRecord {
  kind: RecordKind;
  visibility: Visibility;
  partyPlaceIds: number[];
  organisationId: number | null;
}

/**
 * May the actor create this record, and which office owns it? The owner is the actor's office in one
 * of the record's cities, else their first office; none for the laptop operator and contributors.
 */
export function authorizeCreate(actor: Actor, record: NewRecord): { ownerWorkspaceId: number | null } {
  if (actor.unrestricted) return { ownerWorkspaceId: null };
  const editable = editableWorkspaces(actor);
  if (editable.length) {
    const inParty = editable.find((id) => {
      const place = actor.workspacePlaces?.[id];
      return place != null && record.partyPlaceIds.includes(place);
    });
    return { ownerWorkspaceId: inParty ?? editable[0] };
  }
  const contributor = record.kind === 'engagement' && record.organisationId !== null && (actor.organisations ?? []).includes(record.organisationId);
  if (contributor) {
    // Publishing is an office's decision, not the organisation's.
    if (record.visibility === 'public') throw new AppError('forbidden', 'an organisation cannot publish; an editor of a city office can', { path: 'visibility' }, 403);
    return { ownerWorkspaceId: null };
  }
  if ((actor.organisations ?? []).length && record.kind === 'engagement') {
    throw new AppError('forbidden', 'contributors add activities of their own organisation only: set organisationId to it', { path: 'organisationId' }, 403);
  }
  throw new AppError('forbidden', `your role does not let you create a ${record.kind}`, undefined, 403);
}

/** What the UI may offer on a record, sent with it so buttons the user cannot use are hidden. */
export function allowedActions(actor: Actor, facts: AccessFacts) {
  return {
    update: can(actor, 'update', facts),
    delete: can(actor, 'delete', facts),
    changeVisibility: can(actor, 'change_visibility', facts),
  };
}
