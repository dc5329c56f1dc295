// One statement or pledge of an engagement: who said it, in which role, and what; shared by the
// engagement page and the public portal (which shows no follow-up commitments).
import { Badge, Card, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { localize } from '../../../domain/localized.ts';
import type { Participant, Statement } from '../../api/types.ts';
import { contentLanguage } from '../../i18n/format.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';

export function StatementCard({ statement: s, speaker, children }: { statement: Statement; speaker: Participant | undefined; children?: ReactNode }) {
  const { t, locale, person } = useLocaleFormat();
  return (
    <Card withBorder padding="sm" component="figure" m={0}>
      <Group gap="xs" mb={4}>
        <Text fw={600} size="sm" component="figcaption">
          {speaker ? `${person(speaker.person)} · ${t(`role.${speaker.role}`)}` : t('engagements.unknownSpeaker')}
        </Text>
        {s.isPledge && <Badge color="orange" variant="light">{t('engagements.pledge')}</Badge>}
      </Group>
      <Text component="blockquote" m={0} className="prewrap" lang={contentLanguage(s.text, locale)}>
        {localize(s.text, locale)}
      </Text>
      {children}
    </Card>
  );
}
