// Running a city office's team: who is in it, their roles, removal, revoking invitations, and the
// contributors of the organisations in the office's city. Every change is audited in its transaction.
//
// Who may do what:
// - read an office's team: its members (any role) and platform administrators; anybody else gets 404,
//   as if the office did not exist, so its membership stays private;
// - change roles, remove members, revoke invitations: the office's admins and platform administrators
//   (403 for its other members); an office always keeps at least one admin (409 last_admin);
// - an organisation's contributors: platform administrators and the admins of the office of the
//   organisation's city (the same rule as inviting a contributor).
// A membership is read again on every request (resolveSession), so a removal or a new role counts at once.
import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { Actor, WorkspaceRole } from '../../domain/actor.ts';
import { AppError } from '../../domain/errors.ts';
import type { Db } from '../../db/client.ts';
import { invitations, memberships, organisationContributors, organisations, users, workspaces } from '../../db/schema.ts';
import { recordAudit } from '../audit/audit-service.ts';
import type { Member, OrganisationContributors, PendingInvitation, WorkspaceTeam } from './contract.ts';

/** Without accounts nobody has a team yet: say how to begin instead of answering with an empty list. */
export function refuseLocalMode(actor: Actor) {
  if (actor.unrestricted) {
    throw new AppError('local_mode', 'this install has no accounts yet; run `citybridge admin create` to create the first administrator, then sign in and invite your team', undefined, 409);
  }
}

const workspaceNotFound = (id: number) => new AppError('not_found', `workspace ${id} does not exist`, { entity: 'workspace', id });

async function loadWorkspace(db: Db, actor: Actor, workspaceId: number) {
  const [workspace] = await db.select({ id: workspaces.id, name: workspaces.name, placeId: workspaces.placeId }).from(workspaces).where(eq(workspaces.id, workspaceId));
  const member = actor.workspaces?.[workspaceId] !== undefined;
  if (!workspace || (!member && !actor.isAdmin)) throw workspaceNotFound(workspaceId);
  return workspace;
}

const managesWorkspace = (actor: Actor, workspaceId: number) => Boolean(actor.isAdmin) || actor.workspaces?.[workspaceId] === 'admin';

/** The workspace when the actor may manage its team: 404 for outsiders, 403 for members who are not admins. */
async function loadManagedWorkspace(db: Db, actor: Actor, workspaceId: number) {
  const workspace = await loadWorkspace(db, actor, workspaceId);
  if (!managesWorkspace(actor, workspaceId)) throw new AppError('forbidden', 'only an admin of this office can change its team', undefined, 403);
  return workspace;
}

const pendingWhere = () => and(isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date()));

function presentInvitation(row: { id: number; email: string; role: string; expiresAt: Date }): PendingInvitation {
  return { id: row.id, email: row.email, role: row.role, expiresAt: row.expiresAt.toISOString() };
}

export async function getWorkspaceTeam(db: Db, actor: Actor, workspaceId: number): Promise<WorkspaceTeam> {
  refuseLocalMode(actor);
  const workspace = await loadWorkspace(db, actor, workspaceId);
  const memberRows = await db.select({ userId: users.id, email: users.email, displayName: users.displayName, role: memberships.role, joinedAt: memberships.createdAt })
    .from(memberships).innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, workspaceId)).orderBy(asc(users.displayName), asc(users.id));
  const invitationRows = await db.select({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt })
    .from(invitations).where(and(eq(invitations.workspaceId, workspaceId), pendingWhere())).orderBy(asc(invitations.createdAt), asc(invitations.id));
  return {
    workspace,
    members: memberRows.map((row): Member => ({ ...row, role: row.role as WorkspaceRole, joinedAt: row.joinedAt.toISOString() })),
    invitations: invitationRows.map(presentInvitation),
    actions: { manage: managesWorkspace(actor, workspaceId) },
  };
}

/** Locks the office's memberships, so two admins demoting each other at once cannot leave it without one. */
async function lockedMembership(tx: Db, workspaceId: number, userId: number) {
  const rows = await tx.select({ userId: memberships.userId, role: memberships.role }).from(memberships).where(eq(memberships.workspaceId, workspaceId)).for('update');
  const target = rows.find((row) => row.userId === userId);
  if (!target) throw new AppError('not_found', `user ${userId} is not a member of workspace ${workspaceId}`, { entity: 'membership', id: userId });
  const admins = rows.filter((row) => row.role === 'admin').length;
  return { target, isLastAdmin: target.role === 'admin' && admins === 1 };
}

const lastAdmin = () => new AppError('last_admin', 'an office needs at least one admin: make another member admin first', undefined, 409);

export async function changeMemberRole(db: Db, actor: Actor, workspaceId: number, userId: number, role: WorkspaceRole): Promise<Member> {
  refuseLocalMode(actor);
  await loadManagedWorkspace(db, actor, workspaceId);
  await db.transaction(async (tx) => {
    const { target, isLastAdmin } = await lockedMembership(tx, workspaceId, userId);
    if (target.role === role) return;
    if (isLastAdmin) throw lastAdmin();
    await tx.update(memberships).set({ role }).where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
    await recordAudit(tx, actor, { action: 'update', entity: 'membership', entityId: `${workspaceId}:${userId}`, before: { workspaceId, userId, role: target.role }, after: { workspaceId, userId, role } });
  });
  const team = await getWorkspaceTeam(db, actor, workspaceId);
  return team.members.find((m) => m.userId === userId)!;
}

export async function removeMember(db: Db, actor: Actor, workspaceId: number, userId: number): Promise<void> {
  refuseLocalMode(actor);
  await loadManagedWorkspace(db, actor, workspaceId);
  await db.transaction(async (tx) => {
    const { target, isLastAdmin } = await lockedMembership(tx, workspaceId, userId);
    if (isLastAdmin) throw lastAdmin();
    await tx.delete(memberships).where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
    await recordAudit(tx, actor, { action: 'delete', entity: 'membership', entityId: `${workspaceId}:${userId}`, before: { workspaceId, userId, role: target.role } });
  });
}

type OrganisationRow = { id: number; name: Record<string, string>; placeId: number | null };

/** Platform administrators, and the admins of the office of the organisation's city. */
export function managesContributors(actor: Actor, organisation: { placeId: number | null }): boolean {
  if (actor.isAdmin) return true;
  if (organisation.placeId === null) return false;
  return Object.entries(actor.workspaces ?? {}).some(([workspaceId, role]) => role === 'admin' && actor.workspacePlaces?.[Number(workspaceId)] === organisation.placeId);
}

async function loadManagedOrganisation(db: Db, actor: Actor, organisationId: number): Promise<OrganisationRow> {
  const [organisation] = await db.select({ id: organisations.id, name: organisations.name, placeId: organisations.placeId }).from(organisations).where(eq(organisations.id, organisationId));
  if (!organisation) throw new AppError('not_found', `organisation ${organisationId} does not exist`, { entity: 'organisation', id: organisationId });
  if (!managesContributors(actor, organisation)) {
    throw new AppError('forbidden', "only platform administrators and the admins of the office in the organisation's city manage its contributors", undefined, 403);
  }
  return organisation as OrganisationRow;
}

export async function listContributors(db: Db, actor: Actor, organisationId: number): Promise<OrganisationContributors> {
  refuseLocalMode(actor);
  const organisation = await loadManagedOrganisation(db, actor, organisationId);
  const contributors = await db.select({ userId: users.id, email: users.email, displayName: users.displayName })
    .from(organisationContributors).innerJoin(users, eq(users.id, organisationContributors.userId))
    .where(eq(organisationContributors.organisationId, organisationId)).orderBy(asc(users.displayName), asc(users.id));
  const invitationRows = await db.select({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt })
    .from(invitations).where(and(eq(invitations.organisationId, organisationId), pendingWhere())).orderBy(asc(invitations.createdAt), asc(invitations.id));
  return { organisation, contributors, invitations: invitationRows.map(presentInvitation) };
}

export async function removeContributor(db: Db, actor: Actor, organisationId: number, userId: number): Promise<void> {
  refuseLocalMode(actor);
  await loadManagedOrganisation(db, actor, organisationId);
  await db.transaction(async (tx) => {
    const removed = await tx.delete(organisationContributors)
      .where(and(eq(organisationContributors.organisationId, organisationId), eq(organisationContributors.userId, userId))).returning({ userId: organisationContributors.userId });
    if (removed.length === 0) throw new AppError('not_found', `user ${userId} is not a contributor of organisation ${organisationId}`, { entity: 'contributor', id: userId });
    await recordAudit(tx, actor, { action: 'delete', entity: 'organisation_contributor', entityId: `${organisationId}:${userId}`, before: { organisationId, userId } });
  });
}

/** Revokes an invitation that was not yet accepted: its link stops working. */
export async function revokeInvitation(db: Db, actor: Actor, invitationId: number): Promise<void> {
  refuseLocalMode(actor);
  const notFound = new AppError('not_found', `no pending invitation ${invitationId}`, { entity: 'invitation', id: invitationId });
  const [invitation] = await db.select().from(invitations).where(and(eq(invitations.id, invitationId), isNull(invitations.acceptedAt)));
  if (!invitation) throw notFound;
  if (invitation.workspaceId !== null) {
    // Outsiders learn nothing about another office's invitations; its members learn they may not.
    if (actor.workspaces?.[invitation.workspaceId] === undefined && !actor.isAdmin) throw notFound;
    if (!managesWorkspace(actor, invitation.workspaceId)) throw new AppError('forbidden', 'only an admin of this office can revoke its invitations', undefined, 403);
  } else if (invitation.organisationId !== null) {
    const [organisation] = await db.select({ placeId: organisations.placeId }).from(organisations).where(eq(organisations.id, invitation.organisationId));
    if (!organisation || !managesContributors(actor, organisation)) throw notFound;
  }
  await db.transaction(async (tx) => {
    const deleted = await tx.delete(invitations).where(and(eq(invitations.id, invitationId), isNull(invitations.acceptedAt))).returning({ id: invitations.id });
    if (deleted.length === 0) throw notFound; // accepted in the meantime
    await recordAudit(tx, actor, {
      action: 'delete', entity: 'invitation', entityId: invitationId,
      before: { email: invitation.email, role: invitation.role, workspaceId: invitation.workspaceId, organisationId: invitation.organisationId },
    });
  });
}

