// All places, searchable by any of their names and filterable by country.
import { SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useSearchParams } from 'react-router';
import { PAGE_SIZE, usePlaces } from '../../api/queries.ts';
import { AppLink } from '../../components/app-link.tsx';
import { Pager } from '../../components/pager.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';

export function PlacesListPage() {
  const { t, place, country, number } = useLocaleFormat();
  // Filters live in the URL, so a filtered list can be bookmarked and the back button works.
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const countryFilter = params.get('country') ?? '';
  const offset = Number(params.get('offset') ?? 0) || 0;
  const [debouncedQ] = useDebouncedValue(q.trim(), 250);
  const [debouncedCountry] = useDebouncedValue(countryFilter.trim(), 250);
  const places = usePlaces({ q: debouncedQ || undefined, country: debouncedCountry || undefined, offset });
  useDocumentTitle(t('places.title'));

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) value ? next.set(key, value) : next.delete(key);
    if (!('offset' in changes)) next.delete('offset');
    setParams(next, { replace: true });
  };

  return (
    <Stack maw={1100}>
      <Title order={1}>{t('places.title')}</Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} maw={640}>
        <TextInput label={t('places.filterName')} placeholder={t('places.filterNamePlaceholder')} value={q} onChange={(e) => update({ q: e.currentTarget.value })} />
        <TextInput label={t('places.filterCountry')} placeholder={t('places.filterCountryHint')} value={countryFilter} onChange={(e) => update({ country: e.currentTarget.value })} />
      </SimpleGrid>
      <QueryState query={places}>
        {(page) => (
          <Stack>
            <div className="table-scroll">
              <Table striped highlightOnHover>
                <Table.Caption className="sr-only">{t('places.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('places.name')}</Table.Th>
                    <Table.Th>{t('places.country')}</Table.Th>
                    <Table.Th ta="right">{t('places.partnerships')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {page.items.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>
                        <AppLink to={`/places/${p.id}`}>{place(p)}</AppLink>
                      </Table.Td>
                      <Table.Td>{country(p.country)}</Table.Td>
                      <Table.Td ta="right">{number(p.partnershipCount)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
            {page.items.length === 0 && <Text c="dimmed">{t('places.none')}</Text>}
            <Pager total={page.total} offset={offset} limit={PAGE_SIZE} onOffset={(next) => update({ offset: String(next) })} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
