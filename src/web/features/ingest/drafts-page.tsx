// The review queue: drafts from pasted texts, links and feeds, waiting to be reviewed; and the
// news feeds whose new items become drafts.
import { Badge, Button, Card, Group, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PAGE_SIZE, useCreateFeed, useDrafts, useFeeds, usePollFeed } from '../../api/queries.ts';
import type { DraftSummary, Feed, FeedPollResult } from '../../api/types.ts';
import { AppLink } from '../../components/app-link.tsx';
import { Pager } from '../../components/pager.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { ingestErrorKey } from './ingest-errors.ts';

const STATUSES = ['pending', 'accepted', 'discarded'] as const;
type Status = (typeof STATUSES)[number];

function useOriginLabel() {
  const { t } = useLocaleFormat();
  return (origin: DraftSummary['origin']) =>
    ({ text: t('ingest.origin.text'), url: t('ingest.origin.url'), html: t('ingest.origin.html'), feed: t('ingest.origin.feed') })[origin];
}

function DraftTable({ drafts }: { drafts: DraftSummary[] }) {
  const { t, date } = useLocaleFormat();
  const originLabel = useOriginLabel();
  if (drafts.length === 0) return <Text c="dimmed">{t('ingest.queue.empty')}</Text>;
  return (
    <div className="table-scroll">
      <Table striped highlightOnHover verticalSpacing="xs" miw={640}>
        <caption className="sr-only">{t('ingest.queue.title')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ingest.queue.colTitle')}</Table.Th>
            <Table.Th>{t('ingest.queue.colOrigin')}</Table.Th>
            <Table.Th>{t('ingest.queue.colDate')}</Table.Th>
            <Table.Th>{t('ingest.queue.colCities')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {drafts.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>
                <AppLink to={`/drafts/${d.id}`} lang={d.language === 'zh' ? 'zh-Hans' : (d.language ?? undefined)}>{d.title || t('ingest.review.untitled')}</AppLink>
                {d.kind === 'none' && <Badge ml={6} size="xs" color="yellow" variant="light">{t('ingest.queue.nothingFound')}</Badge>}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{originLabel(d.origin)}</Text>
                {d.url && <Text size="xs" c="dimmed" className="prewrap">{new URL(d.url).host}</Text>}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{d.date ? date(d.date) : '–'}</Text>
                {d.publishedOn && d.publishedOn !== d.date && <Text size="xs" c="dimmed">{t('ingest.review.publishedOn', { date: date(d.publishedOn) })}</Text>}
              </Table.Td>
              <Table.Td><Text size="sm">{d.cities.join(', ') || '–'}</Text></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

function FeedRow({ feed }: { feed: Feed }) {
  const { t, date } = useLocaleFormat();
  const poll = usePollFeed();
  const [result, setResult] = useState<string | null>(null);
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" align="flex-start" gap="xs">
        <div style={{ minWidth: 0, flex: 1 }}>
          <Text fw={500} className="prewrap">{feed.title || feed.url}</Text>
          {feed.title && <Text size="xs" c="dimmed" className="prewrap">{feed.url}</Text>}
          <Text size="xs" c="dimmed">
            {feed.lastPolledAt ? t('ingest.feeds.lastPolled', { date: date(feed.lastPolledAt.slice(0, 10)) }) : t('ingest.feeds.neverPolled')}
          </Text>
          {feed.lastError && <Text size="xs" c="red">{t('ingest.feeds.lastError', { error: feed.lastError })}</Text>}
        </div>
        <Button
          size="compact-sm"
          variant="light"
          loading={poll.isPending}
          onClick={() =>
            poll.mutate(feed.id, {
              onSuccess: (r: FeedPollResult) => setResult(t('ingest.feeds.pollResult', { items: r.items, drafted: r.drafted, skipped: r.skipped, failed: r.failed.length })),
              onError: (error) => {
                const key = ingestErrorKey(error);
                setResult(key ? t(key) : error.message);
              },
            })
          }
        >
          {t('ingest.feeds.pollNow')}
        </Button>
      </Group>
      {result && <Text size="sm" mt="xs" role="status">{result}</Text>}
    </Card>
  );
}

function FeedsSection() {
  const { t } = useLocaleFormat();
  const feeds = useFeeds();
  const create = useCreateFeed();
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = (event: React.FormEvent) => {
    event.preventDefault();
    let valid = false;
    try {
      valid = ['http:', 'https:'].includes(new URL(url.trim()).protocol);
    } catch {
      valid = false;
    }
    if (!valid) return setError(t('ingest.errors.invalidUrl'));
    setError(null);
    create.mutate(
      { url: url.trim(), title: title.trim() || null },
      {
        onSuccess: () => { setUrl(''); setTitle(''); },
        onError: (e) => setError(e.message),
      },
    );
  };
  return (
    <section aria-labelledby="feeds-title">
      <Title order={2} size="h3" id="feeds-title">{t('ingest.feeds.title')}</Title>
      <Text size="sm" c="dimmed" mb="xs">{t('ingest.feeds.lead')}</Text>
      <Stack gap="xs">
        <QueryState query={feeds}>
          {(page) => (page.items.length === 0 ? <Text c="dimmed" size="sm">{t('ingest.feeds.none')}</Text> : page.items.map((f) => <FeedRow key={f.id} feed={f} />))}
        </QueryState>
        <form onSubmit={add} noValidate>
          <Group align="flex-end" gap="xs" wrap="wrap">
            <TextInput type="url" label={t('ingest.feeds.url')} placeholder="https://" value={url} onChange={(e) => setUrl(e.currentTarget.value)} error={error} style={{ flex: '2 1 260px' }} />
            <TextInput label={t('ingest.feeds.name')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} style={{ flex: '1 1 180px' }} />
            <Button type="submit" variant="light" loading={create.isPending}>{t('ingest.feeds.add')}</Button>
          </Group>
        </form>
      </Stack>
    </section>
  );
}

export function DraftsPage() {
  const { t } = useLocaleFormat();
  const [params, setParams] = useSearchParams();
  const status: Status = (STATUSES as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as Status) : 'pending';
  const offset = Number(params.get('offset') ?? 0) || 0;
  const drafts = useDrafts(status, offset);
  useDocumentTitle(t('ingest.queue.title'));
  const labels: Record<Status, string> = { pending: t('ingest.queue.pending'), accepted: t('ingest.queue.accepted'), discarded: t('ingest.queue.discarded') };
  return (
    <Stack maw={1000} gap="lg">
      <Group justify="space-between">
        <Title order={1}>{t('ingest.queue.title')}</Title>
        <Button component={Link} to="/ingest">{t('ingest.nav.add')}</Button>
      </Group>
      <Stack gap="sm">
        <SegmentedControl
          w="fit-content"
          value={status}
          onChange={(value) => setParams(value === 'pending' ? {} : { status: value }, { replace: true })}
          data={STATUSES.map((s) => ({ value: s, label: labels[s] }))}
          aria-label={t('ingest.queue.statusLabel')}
        />
        <QueryState query={drafts}>
          {(page) => (
            <Stack>
              <DraftTable drafts={page.items} />
              <Pager total={page.total} offset={offset} limit={PAGE_SIZE} onOffset={(next) => setParams({ ...(status !== 'pending' ? { status } : {}), offset: String(next) })} />
            </Stack>
          )}
        </QueryState>
      </Stack>
      <FeedsSection />
    </Stack>
  );
}
