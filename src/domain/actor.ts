// Who is acting. Without accounts (a fresh laptop install) every request acts as the local operator;
// once the first administrator exists, requests act as the signed-in user or as an anonymous visitor.
export type WorkspaceRole = 'admin' | 'editor' | 'viewer';

export interface Actor {
  /** What the audit log shows: "local", "system", or the user's email. */
  id: string;
  kind: 'user' | 'system' | 'anonymous';
  userId?: number;
  isAdmin?: boolean;
  /** Role per workspace id. */
  workspaces?: Record<number, WorkspaceRole>;
  /** Organisations the user contributes for. */
  organisations?: number[];
}

export const localOperator: Actor = { id: 'local', kind: 'user', isAdmin: true };
export const systemActor: Actor = { id: 'system', kind: 'system', isAdmin: true };
export const anonymousVisitor: Actor = { id: 'anonymous', kind: 'anonymous' };

/**
 * May this actor change shared records at all? Viewers and visitors read only. Organisation
 * contributors read only too until records carry an owner they can be scoped to (issue 5).
 */
export function canWrite(actor: Actor): boolean {
  if (actor.kind === 'anonymous') return false;
  if (actor.isAdmin || actor.kind === 'system') return true;
  return Object.values(actor.workspaces ?? {}).some((role) => role === 'admin' || role === 'editor');
}
