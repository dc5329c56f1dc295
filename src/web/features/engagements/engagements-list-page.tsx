// The engagement log, filtered by topic, date range and words in the title or summary.
import { Button, Group, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link, useSearchParams } from 'react-router';
import { TOPIC_CODES } from '../../../domain/taxonomy.ts';
import { PAGE_SIZE, useEngagements } from '../../api/queries.ts';
import { Pager } from '../../components/pager.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { isValidDate } from '../../components/validation.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { EngagementTimeline } from './engagement-timeline.tsx';

export function EngagementsListPage() {
  const { t, topic } = useLocaleFormat();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const topicFilter = params.get('topic') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const offset = Number(params.get('offset') ?? 0) || 0;
  const [debouncedQ] = useDebouncedValue(q.trim(), 250);
  // Half-typed dates are not sent; the API would (rightly) refuse them.
  const engagements = useEngagements({
    q: debouncedQ || undefined,
    topic: topicFilter || undefined,
    from: isValidDate(from) ? from : undefined,
    to: isValidDate(to) ? to : undefined,
    offset,
  });
  useDocumentTitle(t('engagements.title'));

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) value ? next.set(key, value) : next.delete(key);
    if (!('offset' in changes)) next.delete('offset');
    setParams(next, { replace: true });
  };

  return (
    <Stack maw={1000}>
      <Group justify="space-between">
        <Title order={1}>{t('engagements.title')}</Title>
        <Button component={Link} to="/engagements/new">{t('nav.newEngagement')}</Button>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <TextInput label={t('engagements.filterText')} value={q} onChange={(e) => update({ q: e.currentTarget.value })} />
        <Select
          label={t('engagements.topics')}
          placeholder={t('common.any')}
          clearable
          searchable
          value={topicFilter || null}
          onChange={(value) => update({ topic: value ?? '' })}
          data={TOPIC_CODES.map((code) => ({ value: code, label: topic(code) }))}
        />
        <TextInput type="date" label={t('engagements.from')} value={from} onChange={(e) => update({ from: e.currentTarget.value })} />
        <TextInput
          type="date"
          label={t('engagements.to')}
          value={to}
          onChange={(e) => update({ to: e.currentTarget.value })}
          error={from && to && isValidDate(from) && isValidDate(to) && to < from ? t('validation.toBeforeFrom') : undefined}
        />
      </SimpleGrid>
      <QueryState query={engagements}>
        {(page) => (
          <Stack>
            <EngagementTimeline engagements={page.items} />
            <Pager total={page.total} offset={offset} limit={PAGE_SIZE} onOffset={(next) => update({ offset: String(next) })} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
