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
  /** The city (place id) of each workspace: a shared record is open to the offices of its cities. */
  workspacePlaces?: Record<number, number | null>;
  /** Organisations the user contributes for. */
  organisations?: number[];
  /**
   * Sees and changes every record: the single operator of a laptop install (no accounts yet) and the
   * system itself (imports, seed). Never a signed-in user, not even a platform administrator.
   */
  unrestricted?: boolean;
}

export const localOperator: Actor = { id: 'local', kind: 'user', isAdmin: true, unrestricted: true };
export const systemActor: Actor = { id: 'system', kind: 'system', isAdmin: true, unrestricted: true };
export const anonymousVisitor: Actor = { id: 'anonymous', kind: 'anonymous' };

/** Workspaces in which the actor may change records (admin or editor). */
export function editableWorkspaces(actor: Actor): number[] {
  return Object.entries(actor.workspaces ?? {}).filter(([, role]) => role === 'admin' || role === 'editor').map(([id]) => Number(id));
}

/**
 * May this actor write anything at all? Viewers and visitors read only. Contributors write their
 * organisation's own activities; platform administrators manage accounts. Which record each may
 * change is decided per record by src/features/access/policy.ts.
 */
export function canWrite(actor: Actor): boolean {
  if (actor.kind === 'anonymous') return false;
  if (actor.unrestricted || actor.isAdmin) return true;
  return editableWorkspaces(actor).length > 0 || (actor.organisations ?? []).length > 0;
}
