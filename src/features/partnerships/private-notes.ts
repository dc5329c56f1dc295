// Each city office's private notes on a partnership (issue 5): a due-diligence note before a trip,
// a reminder about a sensitive topic. A note belongs to one workspace; only its members read it,
// only its admins and editors change it, and no list, search, export or audit view of another
// office shows it (the audit log records that notes changed, not what they say).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { type Actor, editableWorkspaces } from '../../domain/actor.ts';
import { id, idParams } from '../../domain/common.ts';
import { AppError } from '../../domain/errors.ts';
import { localizedText } from '../../domain/localized.ts';
import type { Db } from '../../db/client.ts';
import { partnershipNotes, workspaces } from '../../db/schema.ts';
import { problemResponses } from '../../server/route-helpers.ts';
import { authorizeAction } from '../access/guard.ts';
import { recordAudit } from '../audit/audit-service.ts';

export const privateNote = z.object({
  workspaceId: z.number().int(),
  workspaceName: z.record(z.string(), z.string()),
  body: z.record(z.string(), z.string()),
  canEdit: z.boolean(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type PrivateNote = z.infer<typeof privateNote>;

export const privateNoteInput = z.object({
  workspaceId: id.optional().describe('which of your offices the note belongs to; defaults to your office in one of the two cities'),
  body: localizedText(20_000),
}).strict();

const memberWorkspaces = (actor: Actor) => Object.keys(actor.workspaces ?? {}).map(Number);

/** The notes of the actor's own offices on this partnership (one per office, empty when none yet). */
export async function listPrivateNotes(db: Db, actor: Actor, partnershipId: number): Promise<PrivateNote[]> {
  await authorizeAction(db, actor, 'partnership', partnershipId, 'read');
  const mine = memberWorkspaces(actor);
  if (!mine.length) return [];
  const offices = await db.select({ id: workspaces.id, name: workspaces.name }).from(workspaces).where(inArray(workspaces.id, mine));
  const notes = await db.select().from(partnershipNotes)
    .where(and(eq(partnershipNotes.partnershipId, partnershipId), inArray(partnershipNotes.workspaceId, mine)));
  const editable = editableWorkspaces(actor);
  return offices.map((office) => {
    const note = notes.find((n) => n.workspaceId === office.id);
    return {
      workspaceId: office.id, workspaceName: office.name, body: note?.body ?? {}, canEdit: editable.includes(office.id),
      updatedBy: note?.updatedBy ?? null, updatedAt: note?.updatedAt.toISOString() ?? null,
    };
  });
}

export async function savePrivateNote(db: Db, actor: Actor, partnershipId: number, input: z.infer<typeof privateNoteInput>): Promise<PrivateNote> {
  const facts = await authorizeAction(db, actor, 'partnership', partnershipId, 'read');
  const editable = editableWorkspaces(actor);
  if (!memberWorkspaces(actor).length) {
    throw new AppError('no_workspace', 'private notes belong to a city office; sign in as a member of one to keep notes', undefined, 409);
  }
  const inParty = editable.find((w) => {
    const place = actor.workspacePlaces?.[w];
    return place != null && facts.partyPlaceIds.includes(place);
  });
  const workspaceId = input.workspaceId ?? inParty ?? editable[0];
  if (workspaceId === undefined || !editable.includes(workspaceId)) {
    throw new AppError('forbidden', 'only admins and editors of an office can change its notes', { path: 'workspaceId' }, 403);
  }
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(partnershipNotes)
      .where(and(eq(partnershipNotes.partnershipId, partnershipId), eq(partnershipNotes.workspaceId, workspaceId)));
    await tx.insert(partnershipNotes).values({ partnershipId, workspaceId, body: input.body, updatedBy: actor.id })
      .onConflictDoUpdate({ target: [partnershipNotes.partnershipId, partnershipNotes.workspaceId], set: { body: input.body, updatedBy: actor.id, updatedAt: new Date() } });
    // The audit log is read across offices, so it records that the note changed, never its text.
    await recordAudit(tx, actor, {
      action: before ? 'update' : 'create', entity: 'partnership_note', entityId: `${partnershipId}:${workspaceId}`,
      after: { partnershipId, workspaceId, languages: Object.keys(input.body) },
    });
  });
  const notes = await listPrivateNotes(db, actor, partnershipId);
  return notes.find((n) => n.workspaceId === workspaceId)!;
}

export function privateNoteRoutes(app: FastifyInstance, db: Db) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get('/partnerships/:id/notes', {
    schema: { tags: ['partnerships'], summary: "Your own office's private notes on a partnership", params: idParams, response: { 200: z.array(privateNote), ...problemResponses } },
  }, async (request) => listPrivateNotes(db, request.actor, request.params.id));
  api.put('/partnerships/:id/notes', {
    schema: { tags: ['partnerships'], summary: "Save your office's private note on a partnership", params: idParams, body: privateNoteInput, response: { 200: privateNote, ...problemResponses } },
  }, async (request) => savePrivateNote(db, request.actor, request.params.id, request.body));
}
