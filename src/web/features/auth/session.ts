// The signed-in state: local mode (no accounts yet) or accounts mode with a user or none. The CSRF token
// from the session answer goes with every write (see api/http.ts).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, setCsrfToken } from '../../api/http.ts';

export interface SessionUser {
  id: number;
  email: string;
  displayName: string;
  isAdmin: boolean;
  workspaces: { id: number; name: Record<string, string>; placeId: number | null; role: 'admin' | 'editor' | 'viewer' }[];
  organisations: number[];
}
export interface SessionState { mode: 'local' | 'accounts'; user: SessionUser | null; csrfToken: string }

async function fetchSession(): Promise<SessionState> {
  const state = await http.get<SessionState>('/auth/session');
  setCsrfToken(state.csrfToken);
  return state;
}

export const useSession = () => useQuery({ queryKey: ['session'], queryFn: fetchSession, staleTime: 60_000 });

/** Viewers and visitors read only; everyone else may write (contributors: their organisation's activities). */
export function canWrite(state: SessionState | undefined): boolean {
  if (!state || state.mode === 'local') return true;
  const user = state.user;
  return Boolean(user && (user.isAdmin || user.organisations.length > 0 || user.workspaces.some((w) => w.role === 'admin' || w.role === 'editor')));
}

function useSessionMutation<T>(send: (input: T) => Promise<SessionState | void>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (state) => {
      if (state) {
        setCsrfToken(state.csrfToken);
        client.setQueryData(['session'], state);
      }
      // Everything read before may now look different (or be off limits).
      await client.invalidateQueries();
    },
  });
}

export const useLogin = () => useSessionMutation((input: { email: string; password: string }) => http.post<SessionState>('/auth/login', input));
export const useLogout = () => useSessionMutation(() => http.post<void>('/auth/logout', undefined));
export const useAcceptInvitation = () =>
  useSessionMutation((input: { token: string; displayName: string; password: string }) => http.post<SessionState>('/auth/accept-invitation', input));
export const useRequestPasswordReset = () => useMutation({ mutationFn: (input: { email: string }) => http.post<void>('/auth/password-reset', input) });
export const useResetPassword = () =>
  useMutation({ mutationFn: (input: { token: string; password: string }) => http.post<void>('/auth/password-reset/confirm', input) });
