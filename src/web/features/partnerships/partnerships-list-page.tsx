// The registry: all partnerships, filtered by place, kind, status and country.
import { Button, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PARTNERSHIP_KINDS, PARTNERSHIP_STATUSES } from '../../../domain/taxonomy.ts';
import { PAGE_SIZE, usePartnerships, usePlace } from '../../api/queries.ts';
import type { PlaceSummary } from '../../api/types.ts';
import { Pager } from '../../components/pager.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { PlacePicker } from '../places/place-picker.tsx';
import { PartnershipTable } from './partnership-table.tsx';

export function PartnershipsListPage() {
  const { t } = useLocaleFormat();
  const [params, setParams] = useSearchParams();
  const placeId = Number(params.get('place')) || undefined;
  const kind = params.get('kind') ?? '';
  const status = params.get('status') ?? '';
  const country = params.get('country') ?? '';
  const offset = Number(params.get('offset') ?? 0) || 0;
  const [debouncedCountry] = useDebouncedValue(country.trim(), 250);
  // The picker needs the place's names; a bookmarked ?place= loads them once.
  const placeFromUrl = usePlace(placeId ?? null);
  const [pickedPlace, setPickedPlace] = useState<PlaceSummary | null>(null);
  const selectedPlace = pickedPlace?.id === placeId ? pickedPlace : (placeFromUrl.data ?? null);
  const partnerships = usePartnerships({ place: placeId, kind: kind || undefined, status: status || undefined, country: debouncedCountry || undefined, offset });
  useDocumentTitle(t('partnerships.title'));

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) value ? next.set(key, value) : next.delete(key);
    if (!('offset' in changes)) next.delete('offset');
    setParams(next, { replace: true });
  };

  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Title order={1}>{t('partnerships.title')}</Title>
        <Button component={Link} to="/partnerships/new">{t('nav.newPartnership')}</Button>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <PlacePicker
          label={t('partnerships.filterPlace')}
          value={selectedPlace}
          onChange={(place) => {
            setPickedPlace(place);
            update({ place: place ? String(place.id) : '' });
          }}
        />
        <Select
          label={t('partnerships.kind')}
          placeholder={t('common.any')}
          clearable
          value={kind || null}
          onChange={(value) => update({ kind: value ?? '' })}
          data={PARTNERSHIP_KINDS.map((code) => ({ value: code, label: t(`partnershipKind.${code}`) }))}
        />
        <Select
          label={t('partnerships.status')}
          placeholder={t('common.any')}
          clearable
          value={status || null}
          onChange={(value) => update({ status: value ?? '' })}
          data={PARTNERSHIP_STATUSES.map((code) => ({ value: code, label: t(`partnershipStatus.${code}`) }))}
        />
        <TextInput label={t('places.filterCountry')} placeholder={t('places.filterCountryHint')} value={country} onChange={(e) => update({ country: e.currentTarget.value })} />
      </SimpleGrid>
      <QueryState query={partnerships}>
        {(page) => (
          <Stack>
            {page.items.length > 0 ? (
              <PartnershipTable partnerships={page.items} caption={t('partnerships.caption')} fromPlaceId={undefined} />
            ) : (
              <Text c="dimmed">{t('partnerships.none')}</Text>
            )}
            <Pager total={page.total} offset={offset} limit={PAGE_SIZE} onOffset={(next) => update({ offset: String(next) })} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
