// TanStack Query hooks for every resource the pages read or write. Query keys start with the
// resource name, so a write can invalidate everything about it in one call.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, type Page, withQuery } from './http.ts';
import type {
  Agreement, AgreementInput, AgreementPatch, Commitment, CommitmentInput, CommitmentPatch, FollowThrough, Organisation, PartnershipHealth, ProgressImportResult, Project, ProjectInput, ProjectPatch,
} from './types.ts';
import type {
  Draft, DraftSummary, Engagement, EngagementInput, EngagementPatch, EngagementSummary, Feed, FeedPollResult, IngestRequest, Partnership,
  PartnershipInput, PartnershipPatch, Person, PersonSummary, Place, SearchResults, Source, Stats,
} from './types.ts';

export const PAGE_SIZE = 25;

export const useStats = () => useQuery({ queryKey: ['stats'], queryFn: () => http.get<Stats>('/stats') });

export const useSearch = (q: string) =>
  useQuery({
    queryKey: ['search', q],
    queryFn: () => http.get<SearchResults>('/search', { q, limit: 8 }),
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
  });

export interface PlaceFilters { q?: string; country?: string; offset?: number; limit?: number }
export const usePlaces = (filters: PlaceFilters, enabled = true) =>
  useQuery({
    queryKey: ['places', 'list', filters],
    queryFn: () => http.get<Page<Place>>('/places', { limit: PAGE_SIZE, ...filters }),
    placeholderData: keepPreviousData,
    enabled,
  });
export const usePlace = (id: number | null) =>
  useQuery({ queryKey: ['places', id], queryFn: () => http.get<Place>(`/places/${id}`), enabled: id !== null });

export interface PartnershipFilters { place?: number; kind?: string; status?: string; country?: string; offset?: number; limit?: number }
export const usePartnerships = (filters: PartnershipFilters) =>
  useQuery({
    queryKey: ['partnerships', 'list', filters],
    queryFn: () => http.get<Page<Partnership>>('/partnerships', { limit: PAGE_SIZE, ...filters }),
    placeholderData: keepPreviousData,
  });
export const usePartnership = (id: number | null) =>
  useQuery({ queryKey: ['partnerships', id], queryFn: () => http.get<Partnership>(`/partnerships/${id}`), enabled: id !== null });

export interface EngagementFilters { place?: number; partnership?: number; topic?: string; from?: string; to?: string; q?: string; offset?: number; limit?: number }
export const useEngagements = (filters: EngagementFilters, enabled = true) =>
  useQuery({
    queryKey: ['engagements', 'list', filters],
    queryFn: () => http.get<Page<EngagementSummary>>('/engagements', { limit: PAGE_SIZE, ...filters }),
    placeholderData: keepPreviousData,
    enabled,
  });
export const useEngagement = (id: number | null) =>
  useQuery({ queryKey: ['engagements', id], queryFn: () => http.get<Engagement>(`/engagements/${id}`), enabled: id !== null });

export const usePeople = (filters: { q?: string; place?: number; limit?: number }, enabled = true) =>
  useQuery({
    queryKey: ['people', 'list', filters],
    queryFn: () => http.get<Page<Person>>('/people', { limit: 10, ...filters }),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useSource = (id: number | null) =>
  useQuery({ queryKey: ['sources', id], queryFn: () => http.get<Source>(`/sources/${id}`), enabled: id !== null });

/** After any write the counts, lists and search can all be stale: refetch them lazily. */
function useInvalidateRecords() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ predicate: (query) => ['stats', 'search', 'engagements', 'partnerships', 'places', 'people'].includes(String(query.queryKey[0])) });
}

export function useSaveEngagement(id: number | null) {
  const invalidate = useInvalidateRecords();
  return useMutation({
    mutationFn: (body: EngagementInput | EngagementPatch) =>
      id === null ? http.post<Engagement>('/engagements', body) : http.patch<Engagement>(`/engagements/${id}`, body),
    onSuccess: invalidate,
  });
}

export function useDeleteEngagement() {
  const invalidate = useInvalidateRecords();
  return useMutation({ mutationFn: (id: number) => http.delete(`/engagements/${id}`), onSuccess: invalidate });
}

export function useSavePartnership(id: number | null) {
  const invalidate = useInvalidateRecords();
  return useMutation({
    mutationFn: (body: PartnershipInput | PartnershipPatch) =>
      id === null ? http.post<Partnership>('/partnerships', body) : http.patch<Partnership>(`/partnerships/${id}`, body),
    onSuccess: invalidate,
  });
}

export function useDeletePartnership() {
  const invalidate = useInvalidateRecords();
  return useMutation({ mutationFn: (id: number) => http.delete(`/partnerships/${id}`), onSuccess: invalidate });
}

// Press releases: ingest → draft → review → accept (a new engagement or another source of one) or discard.
export const useDrafts = (status: 'pending' | 'accepted' | 'discarded' = 'pending', offset = 0) =>
  useQuery({
    queryKey: ['drafts', 'list', status, offset],
    queryFn: () => http.get<Page<DraftSummary>>('/drafts', { status, offset, limit: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
export const useDraft = (id: number | null) =>
  useQuery({ queryKey: ['drafts', id], queryFn: () => http.get<Draft>(`/drafts/${id}`), enabled: id !== null });

export function useIngest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: IngestRequest) => http.post<Draft>('/ingest', body),
    onSuccess: (draft) => {
      client.setQueryData(['drafts', draft.id], draft);
      return client.invalidateQueries({ queryKey: ['drafts', 'list'] });
    },
  });
}

export function useAcceptDraft(id: number) {
  const invalidate = useInvalidateRecords();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { engagement: EngagementInput } | { sameAsEngagementId: number }) => http.post<Engagement>(`/drafts/${id}/accept`, body),
    // Not awaited, and the draft itself only marked stale: refetching it now would swap the review
    // form for "already saved" before the page has navigated to the engagement.
    onSuccess: () => {
      void invalidate();
      void client.invalidateQueries({ queryKey: ['drafts', 'list'] });
      void client.invalidateQueries({ queryKey: ['drafts', id], refetchType: 'none' });
      void client.invalidateQueries({ queryKey: ['sources'] });
    },
  });
}

export function useDiscardDraft(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => http.post<void>(`/drafts/${id}/discard`, {}),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['drafts', 'list'] });
      void client.invalidateQueries({ queryKey: ['drafts', id], refetchType: 'none' });
    },
  });
}

/** A place the reader confirmed as new (named in a press release, not in the registry yet). */
export function useCreatePlace() {
  const invalidate = useInvalidateRecords();
  return useMutation({ mutationFn: (body: { name: string; country?: string | null }) => http.post<Place>('/places', body), onSuccess: invalidate });
}

export const usePerson = (id: number | null) =>
  useQuery({ queryKey: ['people', id], queryFn: () => http.get<Person>(`/people/${id}`), enabled: id !== null });

export const useFeeds = () => useQuery({ queryKey: ['feeds'], queryFn: () => http.get<Page<Feed>>('/feeds', { limit: 100 }) });

export function useCreateFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { url: string; title?: string | null }) => http.post<Feed>('/feeds', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['feeds'] }),
  });
}

export function usePollFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => http.post<FeedPollResult>(`/feeds/${id}/poll`, {}),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: ['feeds'] }), client.invalidateQueries({ queryKey: ['drafts'] })]),
  });
}

export type { PersonSummary };

// Follow-through: commitments and projects change a partnership's follow-through and health, so
// every write here refetches those along with the records.
export interface HealthFilters { level?: string; dormant?: string; status?: string; place?: number; scope?: string; order?: string; offset?: number; limit?: number }
export const usePartnershipHealthList = (filters: HealthFilters) =>
  useQuery({
    queryKey: ['health', 'list', filters],
    queryFn: () => http.get<Page<PartnershipHealth>>('/partnership-health', { limit: PAGE_SIZE, ...filters }),
    placeholderData: keepPreviousData,
  });
export const usePartnershipHealth = (id: number | null) =>
  useQuery({ queryKey: ['health', id], queryFn: () => http.get<PartnershipHealth>(`/partnerships/${id}/health`), enabled: id !== null });
export const useFollowThrough = (id: number | null) =>
  useQuery({ queryKey: ['followThrough', id], queryFn: () => http.get<FollowThrough>(`/partnerships/${id}/follow-through`), enabled: id !== null });

export const useCommitments = (filters: { partnership?: number; engagement?: number; agreement?: number; limit?: number }, enabled = true) =>
  useQuery({ queryKey: ['commitments', 'list', filters], queryFn: () => http.get<Page<Commitment>>('/commitments', { limit: 100, ...filters }), enabled });
export const useCommitment = (id: number | null) =>
  useQuery({ queryKey: ['commitments', id], queryFn: () => http.get<Commitment>(`/commitments/${id}`), enabled: id !== null });
export const useProjects = (filters: { partnership?: number; commitment?: number; parent?: string; limit?: number }, enabled = true) =>
  useQuery({ queryKey: ['projects', 'list', filters], queryFn: () => http.get<Page<Project>>('/projects', { limit: 100, ...filters }), enabled });
export const useProject = (id: number | null) =>
  useQuery({ queryKey: ['projects', id], queryFn: () => http.get<Project>(`/projects/${id}`), enabled: id !== null });
export const useAgreements = (filters: { partnership?: number; kind?: string; offset?: number; limit?: number }) =>
  useQuery({
    queryKey: ['agreements', 'list', filters],
    queryFn: () => http.get<Page<Agreement>>('/agreements', { limit: PAGE_SIZE, ...filters }),
    placeholderData: keepPreviousData,
  });
export const useAgreement = (id: number | null) =>
  useQuery({ queryKey: ['agreements', id], queryFn: () => http.get<Agreement>(`/agreements/${id}`), enabled: id !== null });
export const useOrganisations = () =>
  useQuery({ queryKey: ['organisations', 'list'], queryFn: () => http.get<Page<Organisation>>('/organisations', { limit: 100 }) });

function useInvalidateFollowThrough() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ predicate: (query) => ['commitments', 'projects', 'agreements', 'followThrough', 'health', 'partnerships'].includes(String(query.queryKey[0])) });
}

export function useSaveCommitment(id: number | null) {
  const invalidate = useInvalidateFollowThrough();
  return useMutation({
    mutationFn: (body: CommitmentInput | CommitmentPatch) =>
      id === null ? http.post<Commitment>('/commitments', body) : http.patch<Commitment>(`/commitments/${id}`, body),
    onSuccess: invalidate,
  });
}
export function useDeleteCommitment() {
  const invalidate = useInvalidateFollowThrough();
  return useMutation({ mutationFn: (id: number) => http.delete(`/commitments/${id}`), onSuccess: invalidate });
}
export function useSaveProject(id: number | null) {
  const invalidate = useInvalidateFollowThrough();
  return useMutation({
    mutationFn: (body: ProjectInput | ProjectPatch) => (id === null ? http.post<Project>('/projects', body) : http.patch<Project>(`/projects/${id}`, body)),
    onSuccess: invalidate,
  });
}
export function useSaveAgreement(id: number | null) {
  const invalidate = useInvalidateFollowThrough();
  return useMutation({
    mutationFn: (body: AgreementInput | AgreementPatch) => (id === null ? http.post<Agreement>('/agreements', body) : http.patch<Agreement>(`/agreements/${id}`, body)),
    onSuccess: invalidate,
  });
}
export function useDeleteProject() {
  const invalidate = useInvalidateFollowThrough();
  return useMutation({ mutationFn: (id: number) => http.delete(`/projects/${id}`), onSuccess: invalidate });
}
export function useImportProgress() {
  const invalidate = useInvalidateFollowThrough();
  return useMutation({
    mutationFn: ({ csv, dryRun }: { csv: string; dryRun: boolean }) => http.postText<ProgressImportResult>(withQuery('/projects/import', { dryRun: dryRun || undefined }), csv, 'text/csv'),
    onSuccess: (result) => (result.dryRun ? undefined : invalidate()),
  });
}
