// Pieces the portal pages share: an engagement as a card, who took part, and the "not published" answer.
import { Alert, Badge, Card, Center, Group, Loader, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiProblem } from '../../api/http.ts';
import type { Participant } from '../../api/types.ts';
import { AppLink } from '../../components/app-link.tsx';
import { EngagementKindBadge } from '../../components/labels.tsx';
import { contentLanguage } from '../../i18n/format.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { engagementTitle } from '../engagements/engagement-timeline.tsx';
import type { PublicEngagementSummary } from './portal-queries.ts';

/** "Chen Jining (陈吉宁) · Party Secretary, Shanghai": a person as the reader reads them, with their role. */
export function ParticipantLine({ participant: p }: { participant: Pick<Participant, 'person' | 'role' | 'ofPlace'> }) {
  const { t, person, place } = useLocaleFormat();
  // "Party Secretary, Shanghai" but "上海市委书记": the order is the language's.
  const role = t(`role.${p.role}`);
  const detail = p.ofPlace ? t('portal.participant.roleOf', { role, place: place(p.ofPlace) }) : role;
  return (
    <Text size="sm" className="prewrap">
      <Text span fw={500} inherit>{person(p.person)}</Text>
      <Text span c="dimmed" inherit>{` · ${detail}`}</Text>
    </Text>
  );
}

export function EngagementCard({ engagement: e }: { engagement: PublicEngagementSummary }) {
  const { t, locale, dateRange, place } = useLocaleFormat();
  return (
    <Card withBorder padding="md" component="article" h="100%">
      <Stack gap={6}>
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Text size="sm" c="dimmed">{dateRange(e.date, e.endDate)}</Text>
          <EngagementKindBadge kind={e.kind} />
        </Group>
        <AppLink to={`/public/engagements/${e.id}`} fw={600} lang={contentLanguage(e.title, locale)} className="prewrap">
          {engagementTitle(e, locale, t('engagements.untitled'))}
        </AppLink>
        {e.places.length > 0 && (
          <Text size="sm">
            {t('common.labelColon', { label: t('portal.engagement.cities') })}
            {e.places.map((p) => place(p)).join(' · ')}
          </Text>
        )}
        {e.participants.length > 0 && (
          <Stack gap={2}>
            {e.participants.slice(0, 4).map((p) => <ParticipantLine key={p.id} participant={p} />)}
            {e.participants.length > 4 && <Text size="sm" c="dimmed">{t('common.more', { n: e.participants.length - 4 })}</Text>}
          </Stack>
        )}
        {e.agreementSigned && <Badge color="grape" variant="light">{t('engagements.agreementSigned')}</Badge>}
      </Stack>
    </Card>
  );
}

/**
 * Loading, "not found or not published" (the portal does not say which: an unpublished record must
 * look the same as none), another error, or the page.
 */
export function PortalQueryState<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useLocaleFormat();
  if (query.isError) {
    const missing = query.error instanceof ApiProblem && (query.error.status === 404 || query.error.status === 400);
    return (
      <Alert color={missing ? 'yellow' : 'red'} title={missing ? t('portal.notFound.title') : t('common.loadFailed')} role="alert">
        {missing ? t('portal.notFound.text') : query.error.message}
        <Text mt="xs"><AppLink to="/public">{t('portal.notFound.back')}</AppLink></Text>
      </Alert>
    );
  }
  if (query.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  return <>{children(query.data)}</>;
}

/** For ids that cannot exist ("/public/engagements/abc"): the same answer as an unpublished one. */
export function PortalNotFound() {
  const { t } = useLocaleFormat();
  return (
    <Alert color="yellow" title={t('portal.notFound.title')} role="alert">
      {t('portal.notFound.text')}
      <Text mt="xs"><AppLink to="/public">{t('portal.notFound.back')}</AppLink></Text>
    </Alert>
  );
}
