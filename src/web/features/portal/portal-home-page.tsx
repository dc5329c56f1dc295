// /public: what city offices have published, for anyone: recent engagements, the partnerships (the
// world list is public, so filtered and paged) and the same data as open data downloads.
import { Anchor, Autocomplete, Card, Group, List, Select, SimpleGrid, Stack, Text, Title, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { PARTNERSHIP_KINDS } from '../../../domain/taxonomy.ts';
import { AppLink } from '../../components/app-link.tsx';
import { PartnershipKindBadge, StatusBadge } from '../../components/labels.tsx';
import { Pager } from '../../components/pager.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { countryCandidates, countryOptions } from './country-filter.ts';
import { EngagementCard, PortalQueryState } from './portal-components.tsx';
import { openDataUrl, PORTAL_PAGE_SIZE, type PublicPartnership, usePublicEngagements, usePublicPartnerships } from './portal-queries.ts';
import { usePortalCountry } from './use-portal-country.ts';

const RECENT = 6;

function RecentEngagements() {
  const { t, number } = useLocaleFormat();
  const recent = usePublicEngagements({ limit: RECENT });
  return (
    <section aria-labelledby="portal-recent">
      <Title order={2} id="portal-recent" mb="xs">{t('portal.home.recentTitle')}</Title>
      <PortalQueryState query={recent}>
        {(page) =>
          page.items.length === 0 ? (
            <Text c="dimmed">{t('portal.home.noEngagements')}</Text>
          ) : (
            <Stack gap="xs">
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
                {page.items.map((e) => <EngagementCard key={e.id} engagement={e} />)}
              </SimpleGrid>
              <Text size="sm" c="dimmed">{t('portal.home.engagementCount', { n: number(page.total) })}</Text>
            </Stack>
          )
        }
      </PortalQueryState>
    </section>
  );
}

function PartnershipRow({ partnership: p }: { partnership: PublicPartnership }) {
  const { t, place, date } = useLocaleFormat();
  const country = usePortalCountry();
  return (
    <Card withBorder padding="sm" component="li">
      <Stack gap={4}>
        <AppLink to={`/public/partnerships/${p.id}`} fw={600} className="prewrap">
          {`${place(p.placeA)} – ${place(p.placeB)}`}
        </AppLink>
        <Text size="xs" c="dimmed">{`${country(p.placeA.country)} – ${country(p.placeB.country)}`}</Text>
        <Group gap={6}>
          <PartnershipKindBadge kind={p.kind} />
          <StatusBadge status={p.status} />
          {p.since && <Text size="xs" c="dimmed">{t('portal.partnership.sinceDate', { date: date(p.since) })}</Text>}
        </Group>
      </Stack>
    </Card>
  );
}

function PartnershipDirectory() {
  const { t, locale } = useLocaleFormat();
  const [params, setParams] = useSearchParams();
  const country = params.get('country') ?? '';
  const kind = params.get('kind') ?? '';
  const city = params.get('city') ?? '';
  const [debouncedCity] = useDebouncedValue(city.trim(), 300);
  const offset = Number(params.get('offset') ?? 0) || 0;
  const [debouncedCountry] = useDebouncedValue(country, 300);
  const candidates = useMemo(() => countryCandidates(debouncedCountry), [debouncedCountry]);
  const options = useMemo(() => countryOptions(locale), [locale]);
  const partnerships = usePublicPartnerships({ countries: candidates, city: debouncedCity || undefined, kind: kind || undefined, offset });

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) value ? next.set(key, value) : next.delete(key);
    if (!('offset' in changes)) next.delete('offset');
    setParams(next, { replace: true, preventScrollReset: true });
  };

  return (
    <section aria-labelledby="portal-partnerships">
      <Title order={2} id="portal-partnerships" mb="xs">{t('portal.home.partnershipsTitle')}</Title>
      <Text size="sm" c="dimmed" mb="sm">{t('portal.home.partnershipsIntro')}</Text>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" mb="sm" maw={900}>
        <TextInput
          label={t('portal.home.filterCity')}
          placeholder={t('portal.home.filterCityHint')}
          value={city}
          onChange={(event) => update({ city: event.currentTarget.value })}
          maxLength={100}
        />
        <Autocomplete
          label={t('portal.home.filterCountry')}
          placeholder={t('portal.home.filterCountryHint')}
          value={country}
          onChange={(value) => update({ country: value })}
          data={options}
          limit={8}
          clearable
        />
        <Select
          label={t('portal.home.filterKind')}
          placeholder={t('common.any')}
          clearable
          value={kind || null}
          onChange={(value) => update({ kind: value ?? '' })}
          data={PARTNERSHIP_KINDS.map((code) => ({ value: code, label: t(`partnershipKind.${code}`) }))}
        />
      </SimpleGrid>
      <PortalQueryState query={partnerships}>
        {(page) => (
          <Stack gap="sm">
            {page.items.length === 0 ? (
              <Text c="dimmed">{t('portal.home.noPartnerships')}</Text>
            ) : (
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('portal.home.partnershipsTitle')}>
                {page.items.map((p) => <PartnershipRow key={p.id} partnership={p} />)}
              </SimpleGrid>
            )}
            <Pager total={page.total} offset={offset} limit={PORTAL_PAGE_SIZE} onOffset={(next) => update({ offset: String(next) })} />
          </Stack>
        )}
      </PortalQueryState>
    </section>
  );
}

function OpenData() {
  const { t } = useLocaleFormat();
  const downloads = [
    { entity: 'partnerships', format: 'csv', key: 'portal.openData.partnershipsCsv' },
    { entity: 'partnerships', format: 'json', key: 'portal.openData.partnershipsJson' },
    { entity: 'engagements', format: 'csv', key: 'portal.openData.engagementsCsv' },
    { entity: 'engagements', format: 'json', key: 'portal.openData.engagementsJson' },
  ] as const;
  return (
    <section aria-labelledby="portal-open-data" id="open-data">
      <Title order={2} id="portal-open-data" mb="xs">{t('portal.openData.title')}</Title>
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Text>{t('portal.openData.intro')}</Text>
          <List spacing={4}>
            {downloads.map((d) => (
              <List.Item key={d.key}>
                <Anchor href={openDataUrl(d.entity, d.format)} download={`citybridge-public-${d.entity}.${d.format}`}>{t(d.key)}</Anchor>
              </List.Item>
            ))}
          </List>
          <Text size="sm">{t('portal.openData.license')}</Text>
          <Text size="sm" c="dimmed">
            {t('portal.openData.attribution')}{' '}
            <Anchor href="https://github.com/Hekman/twincities" size="sm">github.com/Hekman/twincities</Anchor>
          </Text>
        </Stack>
      </Card>
    </section>
  );
}

export function PortalHomePage() {
  const { t } = useLocaleFormat();
  useDocumentTitle(t('portal.home.title'));
  return (
    <Stack gap="xl">
      <div>
        <Title order={1}>{t('portal.home.title')}</Title>
        <Text mt="xs" maw={760}>{t('portal.home.intro')}</Text>
      </div>
      <RecentEngagements />
      <PartnershipDirectory />
      <OpenData />
    </Stack>
  );
}
