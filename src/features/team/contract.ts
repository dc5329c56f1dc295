// The team of a city office as the API speaks it: members with their roles, pending invitations, and
// the contributors of an organisation. Shared by the server and the web app.
import { z } from 'zod';
import { id } from '../../domain/common.ts';

export const WORKSPACE_ROLES = ['admin', 'editor', 'viewer'] as const;

export const memberParams = z.object({ id, userId: id });
export const contributorParams = z.object({ id, userId: id });
export const roleChange = z.object({ role: z.enum(WORKSPACE_ROLES, { error: 'expected admin, editor or viewer' }) }).strict();

export const member = z.object({
  userId: z.number().int(), email: z.string(), displayName: z.string(), role: z.enum(WORKSPACE_ROLES),
  joinedAt: z.string().describe('when the membership began (ISO date-time)'),
});
export const pendingInvitation = z.object({
  id: z.number().int(), email: z.string(), role: z.string(), expiresAt: z.string(),
});
export const workspaceTeam = z.object({
  workspace: z.object({ id: z.number().int(), name: z.record(z.string(), z.string()), placeId: z.number().int().nullable() }),
  members: z.array(member),
  invitations: z.array(pendingInvitation).describe('sent, not yet accepted and not expired'),
  actions: z.object({ manage: z.boolean().describe('the reader may invite, change roles, remove members and revoke invitations') }),
});
export const contributor = z.object({ userId: z.number().int(), email: z.string(), displayName: z.string() });
export const organisationContributors = z.object({
  organisation: z.object({ id: z.number().int(), name: z.record(z.string(), z.string()), placeId: z.number().int().nullable() }),
  contributors: z.array(contributor),
  invitations: z.array(pendingInvitation),
});

export type Member = z.infer<typeof member>;
export type PendingInvitation = z.infer<typeof pendingInvitation>;
export type WorkspaceTeam = z.infer<typeof workspaceTeam>;
export type OrganisationContributors = z.infer<typeof organisationContributors>;
