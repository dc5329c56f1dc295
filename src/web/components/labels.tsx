// Badges for the fixed vocabularies. Colours carry meaning only together with the translated text.
import { Badge, Group } from '@mantine/core';
import { useLocaleFormat } from '../i18n/use-locale.ts';

const STATUS_COLOURS: Record<string, string> = { active: 'green', dormant: 'yellow', suspended: 'orange', ended: 'gray' };

export function StatusBadge({ status }: { status: string }) {
  const { t } = useLocaleFormat();
  return (
    <Badge color={STATUS_COLOURS[status] ?? 'gray'} variant="light">
      {t(`partnershipStatus.${status}`)}
    </Badge>
  );
}

export function PartnershipKindBadge({ kind }: { kind: string }) {
  const { t } = useLocaleFormat();
  return (
    <Badge color="blue" variant="outline">
      {t(`partnershipKind.${kind}`)}
    </Badge>
  );
}

export function EngagementKindBadge({ kind }: { kind: string }) {
  const { t } = useLocaleFormat();
  return (
    <Badge color="indigo" variant="light">
      {t(`engagementKind.${kind}`)}
    </Badge>
  );
}

export function TopicBadges({ topics, max }: { topics: string[]; max?: number }) {
  const { t, topic } = useLocaleFormat();
  const shown = max === undefined ? topics : topics.slice(0, max);
  return (
    <Group gap={6}>
      {shown.map((code) => (
        <Badge key={code} color="teal" variant="dot" tt="none">
          {topic(code)}
        </Badge>
      ))}
      {shown.length < topics.length && (
        <Badge color="gray" variant="transparent" tt="none">
          {t('common.more', { n: topics.length - shown.length })}
        </Badge>
      )}
    </Group>
  );
}
