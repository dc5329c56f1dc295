// What the office's calendar shows: upcoming engagements, commitments coming due, agreement renewals and
// round-number partnership anniversaries, within a window, for one partnership or all.
import { and, eq, gte, inArray, isNotNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { addYears } from '../../domain/dates.ts';
import { localize } from '../../domain/localized.ts';
import type { Locale } from '../../domain/taxonomy.ts';
import type { Db } from '../../db/client.ts';
import { agreements, commitments, engagements, partnerships, places } from '../../db/schema.ts';
import { OPEN_COMMITMENT_STATUSES } from '../commitments/status.ts';
import type { CalendarEvent } from './ical.ts';

/** Anniversaries worth an event: every fifth year. */
export const ANNIVERSARY_EVERY_YEARS = 5;

const placeA = alias(places, 'place_a');
const placeB = alias(places, 'place_b');
const locationPlace = alias(places, 'location_place');

const WORDS = {
  anniversary: { de: (n: number, pair: string) => `${n} Jahre Partnerschaft ${pair}`, en: (n: number, pair: string) => `${n} years of the ${pair} partnership`, zh: (n: number, pair: string) => `${pair}结好${n}周年` },
  due: { de: 'Zusage fällig', en: 'Commitment due', zh: '承诺到期' },
  renewal: { de: 'Vereinbarung verlängern', en: 'Agreement renewal', zh: '协议续签' },
  engagement: { de: 'Begegnung', en: 'Engagement', zh: '交往' },
} as const;

export interface CalendarQuery { partnership?: number; from: string; to: string; locale: Locale }

/** What the reader may see of each kind (src/features/access/scope.ts); undefined: everything. */
export type CalendarScopes = Partial<Record<'engagement' | 'commitment' | 'agreement' | 'partnership', SQL>>;

export async function calendarEvents(db: Db, query: CalendarQuery, scopes: CalendarScopes = {}): Promise<CalendarEvent[]> {
  const { from, to, locale } = query;
  const placeName = (p: { name: string; names: Record<string, string> }) => localize(p.names, locale) || p.name;
  const events: CalendarEvent[] = [];

  const engagementFilters: SQL[] = [gte(sql`coalesce(${engagements.endDate}, ${engagements.date})`, from), lte(engagements.date, to)];
  if (query.partnership) engagementFilters.push(eq(engagements.partnershipId, query.partnership));
  if (scopes.engagement) engagementFilters.push(scopes.engagement);
  const engagementRows = await db.select({ engagement: engagements, location: locationPlace }).from(engagements)
    .leftJoin(locationPlace, eq(locationPlace.id, engagements.locationPlaceId)).where(and(...engagementFilters));
  for (const { engagement: e, location } of engagementRows) {
    events.push({
      uid: `engagement-${e.id}@citybridge`, start: e.date, end: e.endDate ?? undefined,
      summary: localize(e.title, locale) || `${WORDS.engagement[locale]} (${e.kind})`,
      description: localize(e.summary, locale) || undefined, location: location ? placeName(location) : undefined, categories: ['engagement', e.kind],
    });
  }

  const commitmentFilters: SQL[] = [inArray(commitments.status, [...OPEN_COMMITMENT_STATUSES]), gte(commitments.dueOn, from), lte(commitments.dueOn, to)];
  if (query.partnership) commitmentFilters.push(eq(commitments.partnershipId, query.partnership));
  if (scopes.commitment) commitmentFilters.push(scopes.commitment);
  for (const c of await db.select().from(commitments).where(and(...commitmentFilters))) {
    events.push({
      uid: `commitment-${c.id}-due@citybridge`, start: c.dueOn!, summary: `${WORDS.due[locale]}: ${localize(c.text, locale)}`.slice(0, 500),
      description: localize(c.text, locale), categories: ['commitment'],
    });
  }

  const agreementFilters: SQL[] = [gte(agreements.renewalOn, from), lte(agreements.renewalOn, to)];
  if (query.partnership) agreementFilters.push(eq(agreements.partnershipId, query.partnership));
  if (scopes.agreement) agreementFilters.push(scopes.agreement);
  for (const a of await db.select().from(agreements).where(and(...agreementFilters))) {
    events.push({
      uid: `agreement-${a.id}-renewal-${a.renewalOn}@citybridge`, start: a.renewalOn!, summary: `${WORDS.renewal[locale]}: ${localize(a.title, locale)}`,
      description: a.validTo ? `valid to ${a.validTo}` : undefined, categories: ['agreement'],
    });
  }

  // Anniversaries: the partnership's founding day in each year of the window that is a round number.
  const fromYear = Number(from.slice(0, 4));
  const toYear = Number(to.slice(0, 4));
  const anniversaryFilters: SQL[] = [isNotNull(partnerships.since)];
  if (query.partnership) anniversaryFilters.push(eq(partnerships.id, query.partnership));
  else anniversaryFilters.push(inArray(partnerships.status, ['active', 'dormant']));
  if (scopes.partnership) anniversaryFilters.push(scopes.partnership);
  // Only foundings whose round anniversaries can fall in the window (the year difference is a multiple of 5).
  anniversaryFilters.push(or(...Array.from({ length: Math.min(toYear - fromYear + 1, ANNIVERSARY_EVERY_YEARS) }, (_, i) =>
    sql`mod(${fromYear + i} - extract(year from ${partnerships.since})::int, ${ANNIVERSARY_EVERY_YEARS}) = 0`))!);
  const anniversaryRows = await db.select({ partnership: partnerships, placeA, placeB }).from(partnerships)
    .innerJoin(placeA, eq(placeA.id, partnerships.placeAId)).innerJoin(placeB, eq(placeB.id, partnerships.placeBId)).where(and(...anniversaryFilters));
  for (const { partnership: p, placeA: a, placeB: b } of anniversaryRows) {
    const since = p.since!;
    const pair = `${placeName(a)} – ${placeName(b)}`;
    for (let year = fromYear; year <= toYear; year++) {
      const years = year - Number(since.slice(0, 4));
      if (years <= 0 || years % ANNIVERSARY_EVERY_YEARS !== 0) continue;
      const day = addYears(since, years);
      if (day < from || day > to) continue;
      events.push({
        uid: `partnership-${p.id}-anniversary-${years}@citybridge`, start: day, summary: WORDS.anniversary[locale](years, pair),
        description: `since ${since}`, categories: ['anniversary'],
      });
    }
  }
  events.sort((x, y) => x.start.localeCompare(y.start) || x.uid.localeCompare(y.uid));
  return events;
}
