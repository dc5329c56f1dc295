// Partnerships as a table: with `from` set (on a place page), only the partner city is shown.
import { Table, Text } from '@mantine/core';
import type { Partnership } from '../../api/types.ts';
import { AppLink } from '../../components/app-link.tsx';
import { PartnershipKindBadge, StatusBadge } from '../../components/labels.tsx';
import { useLocaleFormat } from '../../i18n/use-locale.ts';

/** On a place page, partners in alphabetical order of their name in the reader's language. */
function sortByPartner(partnerships: Partnership[], fromPlaceId: number | undefined, name: (place: Partnership['placeA']) => string, locale: string) {
  if (fromPlaceId === undefined) return partnerships;
  const partnerName = (p: Partnership) => name(p.placeA.id === fromPlaceId ? p.placeB : p.placeA);
  return [...partnerships].sort((a, b) => partnerName(a).localeCompare(partnerName(b), locale));
}

export function PartnershipTable({ partnerships, fromPlaceId, caption }: { partnerships: Partnership[]; fromPlaceId?: number; caption: string }) {
  const { t, locale, place, country, date, number } = useLocaleFormat();
  return (
    <div className="table-scroll">
      <Table striped highlightOnHover miw={520}>
        <Table.Caption className="sr-only">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{fromPlaceId ? t('partnerships.partner') : t('partnerships.cities')}</Table.Th>
            <Table.Th>{t('partnerships.kind')}</Table.Th>
            <Table.Th>{t('partnerships.since')}</Table.Th>
            <Table.Th>{t('partnerships.status')}</Table.Th>
            <Table.Th ta="right">{t('partnerships.engagements')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sortByPartner(partnerships, fromPlaceId, place, locale).map((p) => {
            const partner = p.placeA.id === fromPlaceId ? p.placeB : p.placeA;
            return (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <AppLink to={`/partnerships/${p.id}`}>
                    {fromPlaceId ? place(partner) : `${place(p.placeA)} – ${place(p.placeB)}`}
                  </AppLink>
                  <Text size="xs" c="dimmed">
                    {fromPlaceId ? country(partner.country) : `${country(p.placeA.country)} – ${country(p.placeB.country)}`}
                  </Text>
                </Table.Td>
                <Table.Td><PartnershipKindBadge kind={p.kind} /></Table.Td>
                <Table.Td>{p.since ? date(p.since) : <Text span c="dimmed" size="sm">{t('common.unknown')}</Text>}</Table.Td>
                <Table.Td><StatusBadge status={p.status} /></Table.Td>
                <Table.Td ta="right">{number(p.engagementCount)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}
