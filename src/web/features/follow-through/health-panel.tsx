// A partnership's health: the score, its level and why, part by part (the reasons come localized
// from the API), and the suggestion to mark it dormant with its reasons.
import { Alert, Card, Group, List, Progress, Stack, Table, Text } from '@mantine/core';
import { localize } from '../../../domain/localized.ts';
import { usePartnershipHealth } from '../../api/queries.ts';
import type { PartnershipHealth } from '../../api/types.ts';
import { QueryState } from '../../components/query-state.tsx';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { COMPONENT_LABELS, HealthBadge, LEVEL_COLOURS } from './labels.tsx';

export function HealthExplained({ health, compact }: { health: PartnershipHealth; compact?: boolean }) {
  const { t, locale, number } = useLocaleFormat();
  return (
    <Stack gap="xs">
      <Table verticalSpacing={4} layout="fixed">
        <Table.Caption className="sr-only">{t('followThrough.health.componentsCaption')}</Table.Caption>
        <Table.Tbody>
          {health.components.map((component) => (
            <Table.Tr key={component.code}>
              <Table.Th scope="row" w={compact ? 110 : 140} fw={600} fz="sm" style={{ verticalAlign: 'top' }}>
                {t(COMPONENT_LABELS[component.code] ?? component.code)}
                <Text size="xs" c="dimmed" fw={400}>{t('followThrough.health.points', { points: number(component.points), max: number(component.max) })}</Text>
              </Table.Th>
              <Table.Td style={{ verticalAlign: 'top' }}>
                <Progress value={(component.points / component.max) * 100} size="sm" color={LEVEL_COLOURS[health.level]} mb={4} aria-hidden />
                <Text size="sm">{localize(component.reason, locale)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
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

/** The health card of one partnership, for its page and its follow-through. */
export function HealthPanel({ partnershipId }: { partnershipId: number }) {
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
            <HealthExplained health={h} />
          </Stack>
        )}
      </QueryState>
    </Card>
  );
}
