import { describe, expect, it } from 'vitest';
import type { Draft, PersonSummary, PlaceSummary } from '../../api/types.ts';
import { draftToValues, foundNothing, referencedIds, valuesToEngagement, withConfirmedPlace } from './draft-form.ts';

const cologne = { id: 2529, name: 'Cologne', names: { de: 'Köln', en: 'Cologne', zh: '科隆' }, country: 'Germany', kind: 'city' } as PlaceSummary;
const shanghai = { id: 226, name: 'Shanghai', names: { en: 'Shanghai', zh: '上海' }, country: 'China', kind: 'city' } as PlaceSummary;
const reker = { id: 2, name: 'Henriette Reker', names: { latin: 'Henriette Reker' } } as PersonSummary;

function draft(overrides: Partial<Draft> = {}): Draft {
  return {
    id: 1, status: 'pending', origin: 'text', feedId: null, url: null, title: 'Reker empfängt Delegation', text: '…', language: 'de',
    publishedOn: '2025-03-14', engagementId: null, createdAt: '2025-03-14T10:00:00Z', sameEvent: [],
    extraction: {
      contract: { kind: 'meeting', date: '2025-03-14', end_date: null, location: 'Cologne', cities: ['Cologne', 'Shanghai', 'Musterstadt'], participants: [], topics: ['education', 'not_a_topic'], agreement_signed: true },
      provenance: {}, mentioned: [], warnings: [],
    },
    resolution: {
      cities: [
        { name: 'Cologne', placeId: 2529, country: 'Germany', evidence: null },
        { name: 'Shanghai', placeId: 226, country: 'China', evidence: null },
        { name: 'Musterstadt', placeId: null, country: 'Germany', evidence: null },
      ],
      location: { name: 'Cologne', placeId: 2529, country: null, evidence: null },
      participants: [
        { name: 'Henriette Reker', role: 'mayor', of: 'Cologne', side: 'host', personId: 2, ofPlaceId: 2529, evidence: null },
        { name: '龚正', role: 'mayor', of: 'Musterstadt', side: 'guest', personId: null, ofPlaceId: null, evidence: null },
      ],
    },
    ...overrides,
  } as Draft;
}

let n = 0;
const key = () => `k${n++}`;
const places = new Map([[2529, cologne], [226, shanghai]]);
const people = new Map([[2, reker]]);

describe('draft → review form', () => {
  it('lists the registry ids to load', () => {
    expect(referencedIds(draft())).toEqual({ placeIds: [2529, 226], personIds: [2] });
  });

  it('fills the form from the extraction and the registry, proposing what is new', () => {
    const values = draftToValues(draft(), places, people, key);
    expect(values.kind).toBe('meeting');
    expect(values.title).toEqual({ de: 'Reker empfängt Delegation', en: '', zh: '' });
    expect(values.date).toBe('2025-03-14');
    expect(values.location).toBe(cologne);
    expect(values.locationProposed).toBeNull();
    expect(values.topics).toEqual(['education']);
    expect(values.agreementSigned).toBe(true);
    expect(values.cities.map((c) => [c.place?.id ?? null, c.proposed?.name ?? null, c.evidenceId])).toEqual([
      [2529, null, 'cities.0'], [226, null, 'cities.1'], [null, 'Musterstadt', 'cities.2'],
    ]);
    expect(values.participants[0].person).toEqual({ kind: 'existing', person: reker });
    expect(values.participants[1].person).toEqual({ kind: 'new', latin: '', zh: '龚正' });
    expect(values.participants[1].ofProposed).toEqual({ name: 'Musterstadt', country: null });
    expect(values.participants[1].side).toBe('guest');
  });

  it('falls back to a meeting on the publication day when nothing was found', () => {
    const none = draft({ extraction: { contract: { kind: 'none', date: null, end_date: null, location: null, cities: [], participants: [], topics: [], agreement_signed: false }, provenance: {}, mentioned: [], warnings: [] } });
    expect(foundNothing(none)).toBe(true);
    const values = draftToValues(none, places, people, key);
    expect(values.kind).toBe('meeting');
    expect(values.date).toBe('2025-03-14');
  });

  it('puts a confirmed new place into every field that proposed it', () => {
    const musterstadt = { id: 99, name: 'Musterstadt', names: {}, country: 'Germany', kind: 'city' } as PlaceSummary;
    const values = withConfirmedPlace(draftToValues(draft(), places, people, key), 'Musterstadt', musterstadt);
    expect(values.cities.map((c) => c.place?.id)).toEqual([2529, 226, 99]);
    expect(values.participants[1].ofPlace).toBe(musterstadt);
    expect(values.participants[1].ofProposed).toBeNull();
  });

  it('turns the reviewed form into the engagement body, new people inline', () => {
    const values = draftToValues(draft(), places, people, key);
    const body = valuesToEngagement({ ...values, endDate: '' });
    expect(body).toMatchObject({
      kind: 'meeting', title: { de: 'Reker empfängt Delegation' }, date: '2025-03-14', endDate: null, locationPlaceId: 2529,
      placeIds: [2529, 226], topics: ['education'], agreementSigned: true, statements: [], sources: [],
    });
    expect(body.participants).toEqual([
      { personId: 2, role: 'mayor', ofPlaceId: 2529, ofOrganisationId: null, side: 'host' },
      { person: { name: '龚正', names: { zh: '龚正' } }, role: 'mayor', ofPlaceId: null, ofOrganisationId: null, side: 'guest' },
    ]);
  });
});
