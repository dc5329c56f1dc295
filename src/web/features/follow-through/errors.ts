// Clear messages for the follow-through's own problem codes; everything else keeps the server's text.
import type { TFunction } from 'i18next';
import { ApiProblem } from '../../api/http.ts';
import { COMMITMENT_STATUS_LABELS, PROJECT_STATUS_LABELS } from './labels.tsx';

export interface CsvRowError { line: number; column?: string; message: string }

/** The line and column errors of a rejected CSV upload (400 invalid_csv), else none. */
export function csvErrors(error: unknown): CsvRowError[] {
  if (!(error instanceof ApiProblem) || error.code !== 'invalid_csv') return [];
  const errors = (error.details as { errors?: CsvRowError[] } | undefined)?.errors;
  return Array.isArray(errors) ? errors : [];
}

/**
 * A translated message for invalid_transition, progress_rolled_up, invalid_parent and
 * still_referenced; null for other problems (the form shows those by field or as the server said).
 */
export function followThroughMessage(error: unknown, t: TFunction, entity: 'commitment' | 'project' | 'agreement'): string | null {
  if (!(error instanceof ApiProblem)) return null;
  switch (error.code) {
    case 'invalid_transition': {
      const allowed = ((error.details as { allowed?: string[] } | undefined)?.allowed ?? []);
      const labels = entity === 'project' ? PROJECT_STATUS_LABELS : COMMITMENT_STATUS_LABELS;
      return t('followThrough.errors.invalidTransition', { allowed: allowed.map((s) => t(labels[s] ?? s)).join(', ') || '—' });
    }
    case 'progress_rolled_up':
      return t('followThrough.errors.progressRolledUp');
    case 'invalid_parent':
      return t('followThrough.errors.invalidParent');
    case 'still_referenced':
      return entity === 'project' ? t('followThrough.errors.hasSubProjects') : t('followThrough.errors.stillReferenced');
    default:
      return null;
  }
}
