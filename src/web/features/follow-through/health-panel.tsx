// A partnership's health: the score, its level and why, part by part (the reasons come localized
// from the API), and the suggestion to mark it dormant with its reasons.
import { Alert, Card, Group, List, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { localize } from '../../../domain/localized.ts';
import { usePartnershipHealth } from '../../api/queries.ts';
import type { PartnershipHealth } from '../../api/types.ts';
import { QueryState } from '../../components/query-state.tsx';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { COMPONENT_LABELS, HealthBadge, LEVEL_COLOURS } from './labels.tsx';

export function HealthExplained({ health, wide }: { health: PartnershipHealth; wide?: boolean }) {
  const { t, locale, number } = useLocaleFormat();
  return (
    <Stack gap="sm">
      {/* One block per part of the score: its name and points, a bar, and the reason in words. */}
      <SimpleGrid cols={wide ? { base: 1, sm: 2, lg: 5 } : 1} spacing="sm" verticalSpacing="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}
        aria-label={t('followThrough.health.componentsCaption')}>
        {health.components.map((component) => (
          <li key={component.code}>
            <Group justify="space-between" gap={4} wrap="nowrap">
              <Text size="sm" fw={600}>{t(COMPONENT_LABELS[component.code] ?? component.code)}</Text>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>{t('followThrough.health.points', { points: number(component.points), max: number(component.max) })}</Text>
            </Group>
            <Progress value={(component.points / component.max) * 100} size="sm" color={partColour(component.points / component.max)} my={4} aria-hidden />
            <Text size="sm" c="dimmed">{localize(component.reason, locale)}</Text>
          </li>
        ))}
      </SimpleGrid>
      {health.dormantSuggested && (
        <Alert color="orange" variant="light" title={t('followThrough.health.dormantTitle')} p="xs">
          <List size="sm" spacing={2}>
            {health.dormantReasons.map((reason) => (
              <List.Item key={reason.en}>{localize(reason, locale)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}

/** A part's bar by its own share (the same thresholds as the score's levels). */
const partColour = (share: number) => LEVEL_COLOURS[share >= 0.7 ? 'good' : share >= 0.4 ? 'fair' : 'poor'];

/** The health card of one partnership, for its page and its follow-through. */
export function HealthPanel({ partnershipId, wide }: { partnershipId: number; wide?: boolean }) {
  const { t, date } = useLocaleFormat();
  const health = usePartnershipHealth(partnershipId);
  return (
    <Card withBorder>
      <QueryState query={health}>
        {(h) => (
          <Stack gap="sm">
            <Group justify="space-between" gap="xs">
              <Text fw={600}>{t('followThrough.health.title')}</Text>
              <HealthBadge score={h.score} level={h.level} />
            </Group>
            <Text size="xs" c="dimmed">{t('followThrough.health.asOf', { date: date(h.asOf) })}</Text>
            <HealthExplained health={h} wide={wide} />
          </Stack>
        )}
      </QueryState>
    </Card>
  );
}
