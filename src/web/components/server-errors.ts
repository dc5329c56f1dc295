// Puts the API's field errors (problem+json errors[].path) next to the form fields they belong to.
import type { UseFormReturnType } from '@mantine/form';
import { ApiProblem } from '../api/http.ts';

/** [API path pattern, form path] pairs: "locationPlaceId" is the form's "location" picker, and so on. */
export type PathRenames = [RegExp, string][];

export function toFormPath(apiPath: string, renames: PathRenames): string {
  for (const [pattern, replacement] of renames) {
    if (pattern.test(apiPath)) return apiPath.replace(pattern, replacement);
  }
  return apiPath;
}

/**
 * Sets the field errors the form knows how to show and returns the message for the rest
 * (a problem without field paths, like "place 12 does not exist", or a network failure).
 */
export function applyServerErrors(
  // biome-ignore lint/suspicious/noExplicitAny: works for any form
  form: UseFormReturnType<any>,
  error: unknown,
  renames: PathRenames,
): string | null {
  if (!(error instanceof ApiProblem)) return error instanceof Error ? error.message : String(error);
  const fieldErrors = error.fieldErrors();
  const mapped: Record<string, string> = {};
  const values = form.getValues();
  const unplaced: string[] = [];
  for (const [apiPath, message] of Object.entries(fieldErrors)) {
    const formPath = toFormPath(apiPath, renames);
    if (pathExists(values, formPath)) mapped[formPath] = message;
    else unplaced.push(`${apiPath}: ${message}`);
  }
  form.setErrors(mapped);
  if (Object.keys(fieldErrors).length === 0) return error.message;
  return unplaced.length ? unplaced.join('; ') : null;
}

function pathExists(values: unknown, path: string): boolean {
  let current: unknown = values;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object' || !(part in (current as object))) return false;
    current = (current as Record<string, unknown>)[part];
  }
  return true;
}

/**
 * After a failed submit, take the reader to the first field marked invalid (Mantine sets
 * aria-invalid on inputs with an error), so a message far down a long form is not missed.
 */
export function focusFirstInvalidField() {
  // Wait a frame: the error props are applied on the next render.
  requestAnimationFrame(() => {
    const field = document.querySelector<HTMLElement>('main [aria-invalid="true"]:is(input, textarea, select)');
    if (field) {
      field.scrollIntoView({ block: 'center' });
      field.focus({ preventScroll: true });
    } else {
      document.querySelector('main [role="alert"]')?.scrollIntoView({ block: 'center' });
    }
  });
}
