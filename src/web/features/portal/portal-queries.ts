// What the public portal reads: only /api/public/* (and the session, elsewhere), so a visitor without an
// account never meets a 401 and is never sent to sign in.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PublicPartnership } from '../../../features/public-portal/routes.ts';
import { http, type Page } from '../../api/http.ts';
import type { Engagement, EngagementSummary } from '../../api/types.ts';

export type { PublicPartnership };
export type PublicEngagementSummary = Omit<EngagementSummary, 'organisationId' | 'visibility'>;
export type PublicEngagement = Omit<Engagement, 'organisationId' | 'visibility' | 'access'>;
export type PublicPartnershipDetail = PublicPartnership & { engagements: PublicEngagementSummary[] };

export const PORTAL_PAGE_SIZE = 20;

/** Where the open data lives: plain links, so the browser downloads the file itself. */
export const openDataUrl = (entity: 'partnerships' | 'engagements', format: 'csv' | 'json') => `/api/public/open-data/${entity}?format=${format}`;

export const usePublicEngagements = (filters: { limit?: number; offset?: number; place?: number; partnership?: number }) =>
  useQuery({
    queryKey: ['public', 'engagements', filters],
    queryFn: () => http.get<Page<PublicEngagementSummary>>('/public/engagements', { limit: PORTAL_PAGE_SIZE, ...filters }),
    placeholderData: keepPreviousData,
  });

export const usePublicEngagement = (id: number | null) =>
  useQuery({
    queryKey: ['public', 'engagements', id],
    queryFn: () => http.get<PublicEngagement>(`/public/engagements/${id}`),
    enabled: id !== null,
    retry: false,
  });

export const usePublicPartnership = (id: number | null) =>
  useQuery({
    queryKey: ['public', 'partnerships', id],
    queryFn: () => http.get<PublicPartnershipDetail>(`/public/partnerships/${id}`),
    enabled: id !== null,
    retry: false,
  });

export interface PublicPartnershipFilters { countries: string[]; city?: string; kind?: string; offset: number }

/**
 * The registry stores countries by their English name and the API matches one name exactly. The reader
 * types "Deutschland" or "美国"; countryCandidates() turns that into the English names it may be stored
 * under ("United States", "USA" …), and the first one with partnerships answers.
 */
export const usePublicPartnerships = ({ countries, city, kind, offset }: PublicPartnershipFilters) =>
  useQuery({
    queryKey: ['public', 'partnerships', 'list', countries, city, kind, offset],
    queryFn: async () => {
      const fetchPage = (country?: string) =>
        http.get<Page<PublicPartnership>>('/public/partnerships', { limit: PORTAL_PAGE_SIZE, offset, kind, country, city });
      if (countries.length === 0) return fetchPage();
      let result: Page<PublicPartnership> | undefined;
      for (const country of countries) {
        result = await fetchPage(country);
        if (result.total > 0) break;
      }
      return result!;
    },
    placeholderData: keepPreviousData,
  });
