// Who can own a commitment or lead a project on each side: the organisations in the record and the
// people who met for this partnership on that side. Values are "o:12" (organisation) or "p:7" (person).
import { localize } from '../../../domain/localized.ts';
import { useEngagements, useOrganisations } from '../../api/queries.ts';
import type { Partnership } from '../../api/types.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';

export interface OwnerValue { organisation: { id: number } | null; person: { id: number } | null }

export function ownerToValue(owner: OwnerValue | null): string | null {
  if (!owner) return null;
  if (owner.organisation) return `o:${owner.organisation.id}`;
  if (owner.person) return `p:${owner.person.id}`;
  return null;
}

export function valueToOwner(value: string | null): { organisationId: number } | { personId: number } | null {
  if (!value) return null;
  const id = Number(value.slice(2));
  return value.startsWith('o:') ? { organisationId: id } : { personId: id };
}

export function useOwnerOptions(partnership: Partnership | null) {
  const { t, locale, person } = useLocaleFormat();
  const organisations = useOrganisations();
  const engagements = useEngagements({ partnership: partnership?.id, limit: 200 }, partnership !== null);
  const orgOptions = (organisations.data?.items ?? []).map((o) => ({ value: `o:${o.id}`, label: localize(o.name, locale) }));
  const forSide = (placeId: number | undefined) => {
    const people = new Map<string, string>();
    for (const engagement of engagements.data?.items ?? []) {
      for (const participant of engagement.participants) {
        if (participant.ofPlace?.id === placeId) people.set(`p:${participant.person.id}`, person(participant.person));
      }
    }
    const groups = [];
    if (people.size) groups.push({ group: t('followThrough.owner.people'), items: [...people].map(([value, label]) => ({ value, label })) });
    if (orgOptions.length) groups.push({ group: t('followThrough.owner.organisations'), items: orgOptions });
    return groups;
  };
  return { a: forSide(partnership?.placeA.id), b: forSide(partnership?.placeB.id), organisations: orgOptions };
}
