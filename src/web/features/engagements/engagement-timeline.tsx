// Engagements over time, newest first: used on the home, place and partnership pages.
import { Group, Stack, Text, Timeline } from '@mantine/core';
import { AppLink } from '../../components/app-link.tsx';
import { EngagementKindBadge, TopicBadges } from '../../components/labels.tsx';
import type { EngagementSummary } from '../../api/types.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { localize } from '../../../domain/localized.ts';

export function engagementTitle(engagement: Pick<EngagementSummary, 'title' | 'kind'>, locale: 'de' | 'en' | 'zh', untitled: string) {
  return localize(engagement.title, locale) || untitled;
}

export function EngagementTimeline({ engagements }: { engagements: EngagementSummary[] }) {
  const { t, locale, dateRange, place, person } = useLocaleFormat();
  if (engagements.length === 0) return <Text c="dimmed">{t('engagements.none')}</Text>;
  return (
    <Timeline bulletSize={14} lineWidth={2} active={engagements.length}>
      {engagements.map((engagement) => (
        <Timeline.Item
          key={engagement.id}
          title={
            <AppLink to={`/engagements/${engagement.id}`} fw={600}>
              {engagementTitle(engagement, locale, t('engagements.untitled'))}
            </AppLink>
          }
        >
          <Stack gap={4} mt={4}>
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                {dateRange(engagement.date, engagement.endDate)}
                {engagement.location ? ` · ${place(engagement.location)}` : ''}
              </Text>
              <EngagementKindBadge kind={engagement.kind} />
            </Group>
            {engagement.participants.length > 0 && (
              <Text size="sm">{engagement.participants.map((p) => person(p.person)).join(', ')}</Text>
            )}
            <TopicBadges topics={engagement.topics} max={4} />
          </Stack>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
