// Every tracked partnership by health, worst first, each score explained; filterable by level,
// dormant suggestion and status.
import { Accordion, Anchor, Badge, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { PARTNERSHIP_STATUSES } from '../../../domain/taxonomy.ts';
import { PAGE_SIZE, usePartnershipHealthList } from '../../api/queries.ts';
import { AppLink } from '../../components/app-link.tsx';
import { Pager } from '../../components/pager.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { calendarUrl } from './follow-through-page.tsx';
import { HealthExplained } from './health-panel.tsx';
import { COMPONENT_LABELS, HealthBadge, LEVEL_LABELS } from './labels.tsx';

export function HealthDashboardPage() {
  const { t, locale, place, number } = useLocaleFormat();
  const [params, setParams] = useSearchParams();
  const level = params.get('level') ?? undefined;
  const dormant = params.get('dormant') ?? undefined;
  const status = params.get('status') ?? undefined;
  const order = params.get('order') ?? 'asc';
  const scope = params.get('scope') ?? undefined;
  const offset = Number(params.get('offset') ?? 0) || 0;
  const list = usePartnershipHealthList({ level, dormant, status, order, scope, offset });
  useDocumentTitle(t('followThrough.dashboard.title'));
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value); else next.delete(key);
    next.delete('offset');
    setParams(next);
  };
  return (
    <Stack maw={1100} gap="lg">
      <div>
        <Title order={1}>{t('followThrough.dashboard.title')}</Title>
        <Text c="dimmed">{t('followThrough.dashboard.lead')}</Text>
        <Anchor href={calendarUrl(locale)} size="sm">{t('followThrough.dashboard.calendar')}</Anchor>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <Select label={t('followThrough.dashboard.scope')} allowDeselect={false} value={scope ?? 'tracked'} onChange={(v) => set('scope', v === 'tracked' ? null : v)}
          data={[{ value: 'tracked', label: t('followThrough.dashboard.scopeTracked') }, { value: 'all', label: t('followThrough.dashboard.scopeAll') }]} />
        <Select label={t('followThrough.dashboard.level')} placeholder={t('common.any')} clearable value={level ?? null} onChange={(v) => set('level', v)}
          data={['good', 'fair', 'poor'].map((code) => ({ value: code, label: t(LEVEL_LABELS[code]) }))} />
        <Select label={t('followThrough.dashboard.dormant')} placeholder={t('common.any')} clearable value={dormant ?? null} onChange={(v) => set('dormant', v)}
          data={[{ value: 'true', label: t('followThrough.dashboard.dormantYes') }, { value: 'false', label: t('followThrough.dashboard.dormantNo') }]} />
        <Select label={t('followThrough.dashboard.status')} placeholder={t('common.any')} clearable value={status ?? null} onChange={(v) => set('status', v)}
          data={PARTNERSHIP_STATUSES.map((code) => ({ value: code, label: t(`partnershipStatus.${code}`) }))} />
      </SimpleGrid>
      <Group gap="sm">
        <Text size="sm" fw={500}>{t('followThrough.dashboard.order')}</Text>
        <SegmentedControl size="sm" value={order} onChange={(v) => set('order', v === 'asc' ? null : v)}
          data={[{ value: 'asc', label: t('followThrough.dashboard.worstFirst') }, { value: 'desc', label: t('followThrough.dashboard.bestFirst') }]} />
      </Group>
      <QueryState query={list}>
        {(page) => (
          <Stack gap="sm">
            {page.items.length === 0 && <Text c="dimmed">{t('followThrough.dashboard.none')}</Text>}
            <Accordion variant="separated" multiple chevronPosition="right">
              {page.items.map((health) => {
                const p = health.partnership;
                return (
                  <Accordion.Item key={p.id} value={String(p.id)}>
                    <Accordion.Control aria-label={`${place(p.placeA)} – ${place(p.placeB)}`}>
                      <Group justify="space-between" gap="xs" wrap="wrap">
                        <Text fw={600}>{place(p.placeA)} – {place(p.placeB)}</Text>
                        <Group gap="xs">
                          {health.dormantSuggested && <Badge color="orange" variant="outline" tt="none">{t('followThrough.dashboard.dormantYes')}</Badge>}
                          <HealthBadge score={health.score} level={health.level} size="md" />
                        </Group>
                      </Group>
                      {/* The score in one line, part by part; the reasons are one click away. */}
                      <Text size="xs" c="dimmed" mt={4}>
                        {health.components.map((c) => `${t(COMPONENT_LABELS[c.code] ?? c.code)} ${t('followThrough.health.points', { points: number(c.points), max: number(c.max) })}`).join(' · ')}
                      </Text>
                    </Accordion.Control>
                    <Accordion.Panel>
                      <Group gap="md" mb="xs">
                        <AppLink to={`/partnerships/${p.id}`} size="sm">{t('followThrough.dashboard.open')}</AppLink>
                        <AppLink to={`/partnerships/${p.id}/follow-through`} size="sm">{t('followThrough.title')}</AppLink>
                      </Group>
                      <HealthExplained health={health} wide />
                    </Accordion.Panel>
                  </Accordion.Item>
                );
              })}
            </Accordion>
            <Pager total={page.total} offset={offset} limit={PAGE_SIZE} onOffset={(value) => set('offset', String(value))} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
