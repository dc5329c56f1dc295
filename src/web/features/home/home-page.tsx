// Home: what the record holds, what happened lately, and one search box over everything.
import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useDrafts, useEngagements, useStats } from '../../api/queries.ts';
import type { Stats } from '../../api/types.ts';
import { QueryState } from '../../components/query-state.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { EngagementTimeline } from '../engagements/engagement-timeline.tsx';
import { SearchBox } from '../search/search-box.tsx';

const COUNTS: { key: keyof Stats; to?: string }[] = [
  { key: 'partnerships', to: '/partnerships' },
  { key: 'places', to: '/places' },
  { key: 'countries' },
  { key: 'engagements', to: '/engagements' },
  { key: 'people' },
  { key: 'sources' },
];

function StatsGrid({ stats }: { stats: Stats }) {
  const { t, number } = useLocaleFormat();
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
      {COUNTS.map(({ key, to }) => {
        const content = (
          <>
            <Text size="xl" fw={700}>
              {number(stats[key])}
            </Text>
            <Text size="sm" c="dimmed">
              {t(`stats.${key}`)}
            </Text>
          </>
        );
        // Counts with a list behind them are links to it.
        return to ? (
          <Card key={key} withBorder padding="sm" component={Link} to={to} className="stat-card-link">
            {content}
          </Card>
        ) : (
          <Card key={key} withBorder padding="sm">
            {content}
          </Card>
        );
      })}
    </SimpleGrid>
  );
}

/** The way in for a press release, and how many drafts wait for review. */
function PressReleaseEntry() {
  const { t, number } = useLocaleFormat();
  const pending = useDrafts('pending');
  const waiting = pending.data?.total ?? 0;
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" gap="xs">
        <div>
          <Text fw={600}>{t('ingest.home.title')}</Text>
          <Text size="sm" c="dimmed">{t('ingest.home.lead')}</Text>
        </div>
        <Group gap="xs">
          {waiting > 0 && (
            <Button component={Link} to="/drafts" variant="subtle" size="sm">
              {t('ingest.queue.waiting', { n: number(waiting) })}
            </Button>
          )}
          <Button component={Link} to="/ingest" size="sm">{t('ingest.nav.add')}</Button>
        </Group>
      </Group>
    </Card>
  );
}

export function HomePage() {
  const { t } = useLocaleFormat();
  const [q, setQ] = useState('');
  const stats = useStats();
  const latest = useEngagements({ limit: 8 });
  useDocumentTitle(null);
  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={1}>{t('home.title')}</Title>
        <Text c="dimmed">{t('home.lead')}</Text>
      </div>
      <SearchBox value={q} onChange={setQ} />
      <PressReleaseEntry />
      <section aria-labelledby="home-counts">
        <Title order={2} size="h4" id="home-counts" mb="xs">{t('home.counts')}</Title>
        <QueryState query={stats}>{(data) => <StatsGrid stats={data} />}</QueryState>
      </section>
      <section aria-labelledby="home-latest">
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h4" id="home-latest">{t('home.latest')}</Title>
          <Group gap="xs">
            <Button component={Link} to="/health" variant="subtle" size="xs">{t('followThrough.nav.health')}</Button>
            <Button component={Link} to="/engagements" variant="subtle" size="xs">{t('home.allEngagements')}</Button>
            <Button component={Link} to="/engagements/new" size="xs">{t('nav.newEngagement')}</Button>
          </Group>
        </Group>
        <QueryState query={latest}>{(page) => <EngagementTimeline engagements={page.items} />}</QueryState>
      </section>
    </Stack>
  );
}
