// What the audit page shows of one entry: each changed field as added, removed or changed, the
// record's name, and the page the record lives on. Pure, so it is tested without a browser.
import { localize, type LocalizedText } from '../../../domain/localized.ts';
import type { Locale } from '../../../domain/taxonomy.ts';
import type { AuditEntry } from '../../../features/audit/contract.ts';
import { placeName } from '../../i18n/format.ts';

export type { AuditEntry };

export interface FieldChange {
  field: string;
  kind: 'added' | 'removed' | 'changed';
  before: unknown;
  after: unknown;
}

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const isEmpty = (value: unknown) => value === undefined || value === null;

/** The fields the server found changed, each with its two values; empty → value is "added". */
export function fieldChanges(entry: Pick<AuditEntry, 'changedFields' | 'before' | 'after'>): FieldChange[] {
  const before = isObject(entry.before) ? entry.before : {};
  const after = isObject(entry.after) ? entry.after : {};
  return entry.changedFields.map((field) => {
    const kind = isEmpty(before[field]) ? 'added' : isEmpty(after[field]) ? 'removed' : 'changed';
    return { field, kind, before: before[field] ?? null, after: after[field] ?? null };
  });
}

const isLocalized = (value: unknown): value is LocalizedText =>
  isObject(value) && Object.keys(value).length > 0 && Object.entries(value).every(([key, text]) => ['de', 'en', 'zh'].includes(key) && typeof text === 'string');

function nameOf(value: unknown, locale: Locale): string {
  if (typeof value === 'string') return value;
  if (isLocalized(value)) return localize(value, locale);
  return '';
}

/** A name to recognise the record by ("Shanghai – Cologne", a title, an email), or ''. */
export function recordName(entry: Pick<AuditEntry, 'before' | 'after'>, locale: Locale): string {
  const record = isObject(entry.after) ? entry.after : isObject(entry.before) ? entry.before : null;
  if (!record) return '';
  if (isObject(record.placeA) && isObject(record.placeB)) {
    // As every other page names places (placeName), so the same partnership reads the same here.
    const side = (place: JsonObject) => placeName({ name: nameOf(place.name, locale), names: isLocalized(place.names) ? place.names : {} }, locale);
    return `${side(record.placeA)} – ${side(record.placeB)}`;
  }
  for (const key of ['name', 'title', 'text', 'displayName', 'email']) {
    const name = nameOf(record[key], locale).trim();
    if (name) return name.length > 80 ? `${name.slice(0, 79)}…` : name;
  }
  return '';
}

const RECORD_PAGES: Record<string, string> = {
  partnership: '/partnerships', engagement: '/engagements', agreement: '/agreements', commitment: '/commitments',
  project: '/projects', source: '/sources', place: '/places',
};

/** The record's page, when it has one and still exists as far as this entry knows. */
export function recordPath(entry: Pick<AuditEntry, 'entity' | 'entityId' | 'action'>): string | null {
  // An office's private note is kept as "partnership:workspace" and shown on the partnership's page.
  const note = /^(\d+):\d+$/.exec(entry.entityId);
  if (entry.entity === 'partnership_note' && note) return `/partnerships/${note[1]}`;
  const base = RECORD_PAGES[entry.entity];
  if (!base || entry.action === 'delete' || !/^\d+$/.test(entry.entityId)) return null;
  return `${base}/${entry.entityId}`;
}

/** A value as the diff shows it: text as it is, anything else as indented JSON. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value, null, 2);
}

export interface AuditPageFilters { entity?: string; action?: string; actor?: string; from?: string; to?: string }

/**
 * The reader's days as instants: from their own midnight to the last millisecond of the to day, so
 * "today" in Shanghai and in Cologne each mean their own day. Unfinished dates are left out.
 */
export function filtersForApi(filters: AuditPageFilters, isValidDate: (value: string) => boolean): Record<string, string | undefined> {
  return {
    entity: filters.entity || undefined,
    action: filters.action || undefined,
    actor: filters.actor?.trim() || undefined,
    from: filters.from && isValidDate(filters.from) ? new Date(`${filters.from}T00:00:00`).toISOString() : undefined,
    to: filters.to && isValidDate(filters.to) ? new Date(`${filters.to}T23:59:59.999`).toISOString() : undefined,
  };
}
