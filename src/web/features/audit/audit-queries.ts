// The audit log as the page reads it, and the export links that carry the same filters.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ApiProblem, http, type Page, withQuery } from '../../api/http.ts';
import type { AuditEntry } from './audit-entry.ts';

export const AUDIT_PAGE_SIZE = 25;

type Filters = Record<string, string | undefined>;

export const useAuditLog = (filters: Filters, offset: number) =>
  useQuery({
    queryKey: ['audit', 'list', filters, offset],
    queryFn: () => http.get<Page<AuditEntry>>('/audit', { ...filters, limit: AUDIT_PAGE_SIZE, offset }),
    placeholderData: keepPreviousData,
    // Every save adds an entry: always ask again when the page is opened.
    staleTime: 0,
    // A refusal (403) or a bad filter (400) will not change by asking again.
    retry: (failures, error) => !(error instanceof ApiProblem && error.status >= 400 && error.status < 500) && failures < 1,
  });

export const auditExportUrl = (format: 'csv' | 'json', filters: Filters) => `/api${withQuery('/audit/export', { format, ...filters })}`;
