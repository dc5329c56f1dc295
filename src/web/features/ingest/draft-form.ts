// A draft (extraction + resolution against the registry) as the review form's values, and the
// reviewed values as the engagement the API saves. Pure: the page loads places and people first.
import { ENGAGEMENT_KINDS, LOCALES, type Locale, TOPIC_CODES } from '../../../domain/taxonomy.ts';
import type { Draft, EngagementInput, ExtractionResult, PersonSummary, PlaceSummary } from '../../api/types.ts';
import { emptyLocalized, fromLocalizedValues, type LocalizedValues } from '../../components/localized-fields.tsx';
import { type PersonChoice, personPayload } from '../people/person-picker.tsx';

/** A place named in the text but not in the registry: shown as "new" until the reader confirms it. */
export interface ProposedPlace { name: string; country: string | null }

export interface CityRow { key: string; place: PlaceSummary | null; proposed: ProposedPlace | null; evidenceId: string | null }
export interface ParticipantRow {
  key: string;
  person: PersonChoice | null;
  role: string | null;
  ofPlace: PlaceSummary | null;
  ofProposed: ProposedPlace | null;
  side: string;
  /** "participants.N": the extraction's participant this row came from (for its spans). */
  evidenceId: string | null;
}
export interface ReviewFormValues {
  kind: string;
  title: LocalizedValues;
  date: string;
  endDate: string;
  location: PlaceSummary | null;
  locationProposed: ProposedPlace | null;
  cities: CityRow[];
  topics: string[];
  agreementSigned: boolean;
  participants: ParticipantRow[];
}

const HAN = /\p{Script=Han}/u;

export const draftExtraction = (draft: Draft) => (draft.extraction ?? null) as ExtractionResult | null;

/** Every registry id the form needs loaded to show names: places (cities, location, "of") and people. */
export function referencedIds(draft: Draft): { placeIds: number[]; personIds: number[] } {
  const r = draft.resolution;
  const placeIds = [...r.cities.map((c) => c.placeId), r.location?.placeId, ...r.participants.map((p) => p.ofPlaceId)];
  return {
    placeIds: [...new Set(placeIds.filter((id): id is number => typeof id === 'number'))],
    personIds: [...new Set(r.participants.map((p) => p.personId).filter((id): id is number => id !== null))],
  };
}

/** True when the extraction found no engagement in the text (kind "none"). */
export const foundNothing = (draft: Draft) => draftExtraction(draft)?.contract.kind === 'none';

export function draftToValues(
  draft: Draft,
  places: Map<number, PlaceSummary>,
  people: Map<number, PersonSummary>,
  makeKey: () => string,
): ReviewFormValues {
  const contract = draftExtraction(draft)?.contract;
  const r = draft.resolution;
  const language: Locale = (LOCALES as readonly string[]).includes(draft.language ?? '') ? (draft.language as Locale) : 'de';
  const title = emptyLocalized();
  if (draft.title) title[language] = draft.title.slice(0, 500);
  const placeOf = (id: number | null | undefined) => (id != null ? (places.get(id) ?? null) : null);
  const proposal = (name: string | null | undefined, country: string | null, id: number | null | undefined): ProposedPlace | null =>
    name && (id == null || !places.has(id)) ? { name, country } : null;

  const cities: CityRow[] = [];
  r.cities.forEach((c, i) => {
    const place = placeOf(c.placeId);
    // The same registry place found twice (Köln, Cologne) is listed once.
    if (place && cities.some((row) => row.place?.id === place.id)) return;
    cities.push({ key: makeKey(), place, proposed: place ? null : { name: c.name, country: c.country }, evidenceId: `cities.${i}` });
  });

  return {
    kind: contract && (ENGAGEMENT_KINDS as readonly string[]).includes(contract.kind) ? contract.kind : 'meeting',
    title,
    date: contract?.date ?? draft.publishedOn ?? '',
    endDate: contract?.end_date ?? '',
    location: placeOf(r.location?.placeId),
    locationProposed: r.location ? proposal(r.location.name, r.location.country, r.location.placeId) : null,
    cities,
    topics: (contract?.topics ?? []).filter((code) => (TOPIC_CODES as readonly string[]).includes(code)),
    agreementSigned: contract?.agreement_signed ?? false,
    participants: r.participants.map((p, i) => {
      const known = p.personId !== null ? people.get(p.personId) : undefined;
      const person: PersonChoice = known
        ? { kind: 'existing', person: known }
        : HAN.test(p.name) ? { kind: 'new', latin: '', zh: p.name } : { kind: 'new', latin: p.name, zh: '' };
      return {
        key: makeKey(),
        person,
        role: p.role,
        ofPlace: placeOf(p.ofPlaceId),
        ofProposed: proposal(p.of, null, p.ofPlaceId),
        side: p.side ?? '',
        evidenceId: `participants.${i}`,
      };
    }),
  };
}

/** After the reader confirmed a new place: every field that proposed that name now holds it. */
export function withConfirmedPlace(values: ReviewFormValues, name: string, place: PlaceSummary): ReviewFormValues {
  const same = (proposed: ProposedPlace | null) => proposed !== null && proposed.name === name;
  const cities = values.cities
    .map((row) => (row.place === null && same(row.proposed) ? { ...row, place, proposed: null } : row))
    // Confirming may make two rows the same place; keep the first.
    .filter((row, index, rows) => row.place === null || rows.findIndex((other) => other.place?.id === row.place?.id) === index);
  return {
    ...values,
    location: same(values.locationProposed) && !values.location ? place : values.location,
    locationProposed: same(values.locationProposed) ? null : values.locationProposed,
    cities,
    participants: values.participants.map((row) => (same(row.ofProposed) && !row.ofPlace ? { ...row, ofPlace: place, ofProposed: null } : row)),
  };
}

/** The engagement to create. Unconfirmed new places are left out (the form does not let them through). */
export function valuesToEngagement(values: ReviewFormValues): EngagementInput {
  return {
    // A reviewed report is shared with the partner city's office; publishing it is a separate decision.
    visibility: 'shared',
    organisationId: null,
    kind: values.kind as EngagementInput['kind'],
    title: fromLocalizedValues(values.title),
    date: values.date,
    endDate: values.endDate || null,
    locationPlaceId: values.location?.id ?? null,
    partnershipId: null,
    placeIds: values.cities.flatMap((row) => (row.place ? [row.place.id] : [])),
    summary: {},
    agreementSigned: values.agreementSigned,
    topics: values.topics as EngagementInput['topics'],
    participants: values.participants.map((row) => ({
      ...personPayload(row.person!),
      role: row.role as EngagementInput['participants'][number]['role'],
      ofPlaceId: row.ofPlace?.id ?? null,
      ofOrganisationId: null,
      side: (row.side || null) as 'host' | 'guest' | null,
    })) as EngagementInput['participants'],
    statements: [],
    // The API adds the draft's text as the source, with the provenance of every field.
    sources: [],
  };
}
