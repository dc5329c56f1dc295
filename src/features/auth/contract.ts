import { z } from 'zod';
import { id } from '../../domain/common.ts';
import { localizedText } from '../../domain/localized.ts';

export const email = z.string().trim().toLowerCase().max(320).email('expected an email address');
// Length is what makes a password strong; 12 characters is NIST's and BSI's usual floor for users who choose their own.
export const password = z.string().min(12, 'use at least 12 characters').max(200);

export const loginInput = z.object({ email, password: z.string().min(1).max(200) }).strict();
export const passwordResetRequest = z.object({ email }).strict();
export const passwordResetConfirm = z.object({ token: z.string().min(20).max(200), password }).strict();
export const invitationInput = z
  .object({ email, workspaceId: id.optional(), organisationId: id.optional(), role: z.enum(['admin', 'editor', 'viewer', 'contributor']) })
  .strict()
  .refine((i) => (i.workspaceId === undefined) !== (i.organisationId === undefined), { message: 'invite into a workspace or an organisation', path: ['workspaceId'] })
  .refine((i) => (i.organisationId === undefined) === (i.role !== 'contributor'), { message: 'contributors join an organisation; admins, editors and viewers a workspace', path: ['role'] });
export const acceptInvitationInput = z.object({ token: z.string().min(20).max(200), displayName: z.string().trim().min(1).max(200), password }).strict();
export const workspaceInput = z.object({ name: localizedText(200), placeId: id.nullable().default(null) }).strict();

export const sessionUser = z.object({
  id: z.number().int(), email: z.string(), displayName: z.string(), isAdmin: z.boolean(),
  workspaces: z.array(z.object({ id: z.number().int(), name: z.record(z.string(), z.string()), placeId: z.number().int().nullable(), role: z.enum(['admin', 'editor', 'viewer']) })),
  organisations: z.array(z.number().int()),
});
export const sessionState = z.object({
  mode: z.enum(['local', 'accounts']).describe('local: no accounts exist yet, everyone acts as the local operator'),
  user: sessionUser.nullable(),
  csrfToken: z.string(),
});
export type SessionUser = z.infer<typeof sessionUser>;
