// Drafts from press releases and feeds are internal (issue 5): never public, never shown to
// organisation contributors, and a draft made by one city office is reviewed by that office only.
// Drafts without an office (laptop installs, feeds nobody owns) are open to every office.
import { sql, type SQL } from 'drizzle-orm';
import { type Actor, editableWorkspaces } from '../../domain/actor.ts';
import { AppError } from '../../domain/errors.ts';
import { drafts } from '../../db/schema.ts';

const memberOf = (actor: Actor) => Object.keys(actor.workspaces ?? {}).map(Number);

/** The drafts the actor may review, as a WHERE condition; undefined: all of them. */
export function draftScope(actor: Actor): SQL | undefined {
  if (actor.unrestricted) return undefined;
  const mine = memberOf(actor);
  if (!mine.length) return sql`false`;
  return sql`(${drafts.ownerWorkspaceId} is null or ${drafts.ownerWorkspaceId} = any(array[${sql.join(mine.map((id) => sql`${id}`), sql`, `)}]::int[]))`;
}

/** Only city offices keep a review queue. */
export function assertMayReview(actor: Actor, write: boolean): void {
  if (actor.unrestricted) return;
  const allowed = write ? editableWorkspaces(actor) : memberOf(actor);
  if (!allowed.length) {
    throw new AppError('forbidden', write ? 'only admins and editors of a city office can add and review press releases' : 'the review queue belongs to the city offices', undefined, 403);
  }
}

/** The office a new draft belongs to: the actor's first office they edit in (none on a laptop). */
export function draftOwner(actor: Actor): number | null {
  return actor.unrestricted ? null : (editableWorkspaces(actor)[0] ?? null);
}
