// The team page's reads and writes. Every write refreshes the session too: an admin who changes their
// own role or leaves an office sees the page as it now is for them.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OrganisationContributors, WorkspaceTeam } from '../../../features/team/contract.ts';
import { http, type Page } from '../../api/http.ts';
import type { Organisation } from '../../api/types.ts';

export type { OrganisationContributors, WorkspaceTeam };
export type OfficeRole = 'admin' | 'editor' | 'viewer';
export interface Office { id: number; name: Record<string, string>; placeId: number | null }
export interface InvitationSent { id: number; delivery: 'mail' | 'log' }

export const useAllOffices = (enabled: boolean) =>
  useQuery({ queryKey: ['team', 'offices'], queryFn: () => http.get<Office[]>('/workspaces'), enabled });

export const useOfficeTeam = (workspaceId: number) =>
  useQuery({ queryKey: ['team', 'office', workspaceId], queryFn: () => http.get<WorkspaceTeam>(`/workspaces/${workspaceId}/members`) });

export const useContributors = (organisationId: number | null) =>
  useQuery({
    queryKey: ['team', 'contributors', organisationId],
    queryFn: () => http.get<OrganisationContributors>(`/organisations/${organisationId}/contributors`),
    enabled: organisationId !== null,
  });

export const useOrganisationSearch = (q: string, placeId: number | null) =>
  useQuery({
    queryKey: ['team', 'organisations', q, placeId],
    queryFn: () => http.get<Page<Organisation>>('/organisations', { q: q || undefined, place: placeId ?? undefined, limit: 20 }),
  });

function useTeamMutation<T, R = void>(send: (input: T) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: async () => {
      await Promise.all([client.invalidateQueries({ queryKey: ['team'] }), client.invalidateQueries({ queryKey: ['session'] })]);
    },
  });
}

export const useChangeRole = () =>
  useTeamMutation((input: { workspaceId: number; userId: number; role: OfficeRole }) =>
    http.patch<unknown>(`/workspaces/${input.workspaceId}/members/${input.userId}`, { role: input.role }));
export const useRemoveMember = () =>
  useTeamMutation((input: { workspaceId: number; userId: number }) => http.delete(`/workspaces/${input.workspaceId}/members/${input.userId}`));
export const useRevokeInvitation = () => useTeamMutation((id: number) => http.delete(`/invitations/${id}`));
export const useInvite = () =>
  useTeamMutation((input: { email: string; role: OfficeRole | 'contributor'; workspaceId?: number; organisationId?: number }) =>
    http.post<InvitationSent>('/auth/invitations', input));
export const useRemoveContributor = () =>
  useTeamMutation((input: { organisationId: number; userId: number }) => http.delete(`/organisations/${input.organisationId}/contributors/${input.userId}`));
export const useCreateOffice = () =>
  useTeamMutation((input: { name: Record<string, string>; placeId: number | null }) => http.post<{ id: number }>('/workspaces', input));
