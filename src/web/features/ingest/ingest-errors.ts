// The API's problem codes for a press release that cannot be read, as catalog keys.
import { ApiProblem } from '../../api/http.ts';

const MESSAGES: Record<string, string> = {
  empty_text: 'ingest.errors.emptyText',
  binary_input: 'ingest.errors.binaryInput',
  text_too_large: 'ingest.errors.textTooLarge',
  unsupported_language: 'ingest.errors.unsupportedLanguage',
  invalid_url: 'ingest.errors.invalidUrl',
  fetch_failed: 'ingest.errors.fetchFailed',
  fetch_timeout: 'ingest.errors.fetchTimeout',
  fetch_too_large: 'ingest.errors.fetchTooLarge',
  fetch_forbidden: 'ingest.errors.fetchForbidden',
  validation_failed: 'ingest.errors.validationFailed',
  network_error: 'ingest.errors.network',
  conflict: 'ingest.errors.conflict',
};

/** The catalog key for an error, or null when only the server's own words can say it. */
export function ingestErrorKey(error: unknown): string | null {
  if (error instanceof ApiProblem) return MESSAGES[error.code] ?? (error.status === 413 ? MESSAGES.text_too_large : null);
  return null;
}
