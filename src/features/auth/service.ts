// Accounts, sessions, invitations and password resets. Crypto comes from argon2 and node:crypto;
// sessions live in the database so they can expire and be revoked.
import { and, count, eq, gt, isNull, sql } from 'drizzle-orm';
import { type Actor, type WorkspaceRole } from '../../domain/actor.ts';
import { AppError } from '../../domain/errors.ts';
import type { Db } from '../../db/client.ts';
import { invitations, memberships, organisationContributors, organisations, passwordResets, sessions, users, workspaces } from '../../db/schema.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { managesContributors } from '../team/service.ts';
import type { SessionUser } from './contract.ts';
import type { Mailer } from './mailer.ts';
import { hashPassword, hashToken, newToken, verifyPassword } from './tokens.ts';

export const SESSION_HOURS = 12;
const INVITATION_DAYS = 7;
const RESET_MINUTES = 60;

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000);

/** Accounts mode starts with the first user; until then the app is a single-user laptop install. */
export async function accountsExist(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return row.n > 0;
}

export async function createUser(db: Db, actor: Actor, input: { email: string; displayName: string; password: string; isAdmin?: boolean }) {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = lower(${input.email})`);
    if (existing) throw new AppError('conflict', `an account for ${input.email} already exists`);
    const [row] = await tx.insert(users).values({
      email: input.email.toLowerCase(), displayName: input.displayName, passwordHash: await hashPassword(input.password), isAdmin: input.isAdmin ?? false,
    }).returning({ id: users.id, email: users.email });
    await recordAudit(tx, actor, { action: 'create', entity: 'user', entityId: row.id, after: { email: row.email, displayName: input.displayName, isAdmin: input.isAdmin ?? false } });
    return row;
  });
}

export async function createWorkspace(db: Db, actor: Actor, input: { name: { de?: string; en?: string; zh?: string }; placeId: number | null }, adminUserId?: number) {
  return db.transaction(async (tx) => {
    // One office per city (workspaces_place_uq): say so rather than fail on the index.
    if (input.placeId !== null) {
      const [taken] = await tx.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.placeId, input.placeId));
      if (taken) throw new AppError('conflict', `this city already has an office (workspace ${taken.id})`, { workspaceId: taken.id });
    }
    const [row] = await tx.insert(workspaces).values(input).returning({ id: workspaces.id });
    if (adminUserId) await tx.insert(memberships).values({ userId: adminUserId, workspaceId: row.id, role: 'admin' });
    await recordAudit(tx, actor, { action: 'create', entity: 'workspace', entityId: row.id, after: { ...input, adminUserId } });
    return row;
  });
}

// The same answer and the same work for an unknown email as for a wrong password: no account probing.
const DUMMY_HASH = hashPassword('not-a-real-password-for-timing');

export async function authenticate(db: Db, email: string, password: string): Promise<number> {
  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`);
  const ok = await verifyPassword(user?.passwordHash ?? (await DUMMY_HASH), password);
  if (!user || !ok || user.disabledAt) throw new AppError('invalid_credentials', 'the email or the password is wrong', undefined, 401);
  return user.id;
}

export async function createSession(db: Db, userId: number): Promise<string> {
  const { token, hash } = newToken();
  await db.insert(sessions).values({ userId, tokenHash: hash, expiresAt: hoursFromNow(SESSION_HOURS) });
  return token;
}

export async function endSession(db: Db, token: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

/** The user behind a session cookie, or null when it is unknown or expired. Sliding expiry. */
export async function resolveSession(db: Db, token: string): Promise<SessionUser | null> {
  const [row] = await db.select({ session: sessions, user: users }).from(sessions).innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, new Date()), isNull(users.disabledAt)));
  if (!row) return null;
  // Refresh at most every few minutes, not on every request.
  if (Date.now() - row.session.lastSeenAt.getTime() > 5 * 60_000) {
    await db.update(sessions).set({ lastSeenAt: new Date(), expiresAt: hoursFromNow(SESSION_HOURS) }).where(eq(sessions.id, row.session.id));
  }
  return describeUser(db, row.user);
}

export async function describeUser(db: Db, user: typeof users.$inferSelect): Promise<SessionUser> {
  const workspaceRows = await db.select({ id: workspaces.id, name: workspaces.name, placeId: workspaces.placeId, role: memberships.role })
    .from(memberships).innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId)).where(eq(memberships.userId, user.id));
  const organisationRows = await db.select({ id: organisationContributors.organisationId }).from(organisationContributors).where(eq(organisationContributors.userId, user.id));
  return {
    id: user.id, email: user.email, displayName: user.displayName, isAdmin: user.isAdmin,
    workspaces: workspaceRows.map((w) => ({ ...w, role: w.role as WorkspaceRole })),
    organisations: organisationRows.map((o) => o.id),
  };
}

export function actorOf(user: SessionUser): Actor {
  return {
    id: user.email, kind: 'user', userId: user.id, isAdmin: user.isAdmin,
    workspaces: Object.fromEntries(user.workspaces.map((w) => [w.id, w.role])),
    workspacePlaces: Object.fromEntries(user.workspaces.map((w) => [w.id, w.placeId])),
    organisations: user.organisations,
  };
}

export async function requestPasswordReset(db: Db, mailer: Mailer, email: string, baseUrl: string) {
  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`);
  if (!user || user.disabledAt) return; // same answer either way
  const { token, hash } = newToken();
  await db.insert(passwordResets).values({ userId: user.id, tokenHash: hash, expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000) });
  await mailer.send(user.email, 'citybridge: reset your password', `Open this link within ${RESET_MINUTES} minutes to choose a new password:\n${baseUrl}/reset-password#${token}`);
}

export async function resetPassword(db: Db, token: string, password: string) {
  await db.transaction(async (tx) => {
    const [reset] = await tx.select().from(passwordResets)
      .where(and(eq(passwordResets.tokenHash, hashToken(token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, new Date())));
    if (!reset) throw new AppError('invalid_token', 'this reset link is unknown, used or expired; ask for a new one', undefined, 400);
    await tx.update(users).set({ passwordHash: await hashPassword(password), updatedAt: new Date() }).where(eq(users.id, reset.userId));
    await tx.update(passwordResets).set({ usedAt: new Date() }).where(eq(passwordResets.id, reset.id));
    // A new password ends every session: whoever had the old one is out.
    await tx.delete(sessions).where(eq(sessions.userId, reset.userId));
    await recordAudit(tx, { id: `user:${reset.userId}`, kind: 'user', userId: reset.userId }, { action: 'update', entity: 'user', entityId: reset.userId, after: { passwordReset: true } });
  });
}

export async function invite(db: Db, actor: Actor, mailer: Mailer, input: { email: string; workspaceId?: number; organisationId?: number; role: string }, baseUrl: string) {
  if (input.workspaceId !== undefined) {
    const [workspace] = await db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.id, input.workspaceId));
    if (!workspace) throw new AppError('not_found', `workspace ${input.workspaceId} does not exist`);
    if (!actor.isAdmin && actor.workspaces?.[input.workspaceId] !== 'admin') throw new AppError('forbidden', 'only an admin of this workspace can invite to it', undefined, 403);
    // Accepting would overwrite their role, past the last-admin rule: roles change on the team page.
    const [member] = await db.select({ userId: memberships.userId }).from(memberships).innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.workspaceId, input.workspaceId), sql`lower(${users.email}) = lower(${input.email})`));
    if (member) throw new AppError('already_member', `${input.email} is already a member of this office; change their role instead`, undefined, 409);
  }
  if (input.organisationId !== undefined) {
    const [organisation] = await db.select({ id: organisations.id, placeId: organisations.placeId }).from(organisations).where(eq(organisations.id, input.organisationId));
    if (!organisation) throw new AppError('not_found', `organisation ${input.organisationId} does not exist`);
    // The admins of the office of the organisation's city, not of any office: the rule of the team page.
    if (!managesContributors(actor, organisation)) throw new AppError('forbidden', "only an administrator of the organisation's city can invite contributors", undefined, 403);
  }
  const { token, hash } = newToken();
  const invitationId = await db.transaction(async (tx) => {
    const [row] = await tx.insert(invitations).values({
      email: input.email, workspaceId: input.workspaceId ?? null, organisationId: input.organisationId ?? null, role: input.role,
      tokenHash: hash, invitedBy: actor.userId ?? null, expiresAt: hoursFromNow(INVITATION_DAYS * 24),
    }).returning({ id: invitations.id });
    await recordAudit(tx, actor, { action: 'create', entity: 'invitation', entityId: row.id, after: { email: input.email, role: input.role, workspaceId: input.workspaceId, organisationId: input.organisationId } });
    return row.id;
  });
  await mailer.send(input.email, 'citybridge: you are invited', `You were invited to citybridge as ${input.role}. Open this link within ${INVITATION_DAYS} days to choose your password:\n${baseUrl}/accept-invitation#${token}`);
  return invitationId;
}

export async function acceptInvitation(db: Db, input: { token: string; displayName: string; password: string }): Promise<number> {
  return db.transaction(async (tx) => {
    const [invitation] = await tx.select().from(invitations)
      .where(and(eq(invitations.tokenHash, hashToken(input.token)), isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date())));
    if (!invitation) throw new AppError('invalid_token', 'this invitation is unknown, used or expired; ask for a new one', undefined, 400);
    let [user] = await tx.select().from(users).where(sql`lower(${users.email}) = lower(${invitation.email})`);
    if (!user) {
      [user] = await tx.insert(users).values({ email: invitation.email, displayName: input.displayName, passwordHash: await hashPassword(input.password) }).returning();
    }
    if (invitation.workspaceId) {
      await tx.insert(memberships).values({ userId: user.id, workspaceId: invitation.workspaceId, role: invitation.role })
        .onConflictDoUpdate({ target: [memberships.userId, memberships.workspaceId], set: { role: invitation.role } });
    } else if (invitation.organisationId) {
      await tx.insert(organisationContributors).values({ userId: user.id, organisationId: invitation.organisationId }).onConflictDoNothing();
    }
    await tx.update(invitations).set({ acceptedAt: new Date() }).where(eq(invitations.id, invitation.id));
    await recordAudit(tx, { id: user.email, kind: 'user', userId: user.id }, { action: 'update', entity: 'invitation', entityId: invitation.id, after: { accepted: true } });
    return user.id;
  });
}
