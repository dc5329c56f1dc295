// /public/engagements/:id: what happened, when and where, who met whom (role and side), the topics,
// what was said or pledged, and where it was reported.
import { Anchor, Badge, Card, Grid, Group, List, Stack, Text, Title } from '@mantine/core';
import { localize } from '../../../domain/localized.ts';
import type { Participant } from '../../api/types.ts';
import { AppLink } from '../../components/app-link.tsx';
import { EngagementKindBadge, TopicBadges } from '../../components/labels.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { contentLanguage } from '../../i18n/format.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { useIdParam } from '../../routes/route-params.ts';
import { engagementTitle } from '../engagements/engagement-timeline.tsx';
import { ParticipantLine, PortalNotFound, PortalQueryState } from './portal-components.tsx';
import { type PublicEngagement, usePublicEngagement } from './portal-queries.ts';
import { StatementCard } from '../engagements/statement-card.tsx';

const SIDE_ORDER = ['host', 'guest', null] as const;
const LANG_ATTRIBUTE = { de: 'de', en: 'en', zh: 'zh-Hans' } as const;

function WhoMetWhom({ participants }: { participants: Participant[] }) {
  const { t } = useLocaleFormat();
  if (participants.length === 0) return <Text c="dimmed">{t('engagements.noParticipants')}</Text>;
  return (
    <Grid gap="sm">
      {SIDE_ORDER.map((side) => {
        const onSide = participants.filter((p) => p.side === side);
        if (onSide.length === 0) return null;
        return (
          <Grid.Col key={side ?? 'none'} span={{ base: 12, sm: 6 }}>
            <Card withBorder h="100%" padding="md">
              <Text fw={600} mb="xs">{t(`side.${side ?? 'none'}`)}</Text>
              <Stack gap={6}>
                {onSide.map((p) => <ParticipantLine key={p.id} participant={p} />)}
              </Stack>
            </Card>
          </Grid.Col>
        );
      })}
    </Grid>
  );
}

function EngagementView({ engagement: e }: { engagement: PublicEngagement }) {
  const { t, locale, dateRange, date, place } = useLocaleFormat();
  const title = engagementTitle(e, locale, t('engagements.untitled'));
  const summary = localize(e.summary, locale);
  const speakers = new Map(e.participants.map((p) => [p.person.id, p]));
  useDocumentTitle(title);
  return (
    <Stack gap="lg" maw={1000}>
      <div>
        <Group gap="xs" mb={4}>
          <EngagementKindBadge kind={e.kind} />
          {e.agreementSigned && <Badge color="grape" variant="light">{t('engagements.agreementSigned')}</Badge>}
        </Group>
        <Title order={1} lang={contentLanguage(e.title, locale)} className="prewrap">{title}</Title>
        <Text c="dimmed" mt={4}>
          {dateRange(e.date, e.endDate)}
          {e.location ? ` · ${place(e.location)}` : ''}
        </Text>
      </div>

      <Card withBorder padding="md">
        <Stack gap="xs">
          <Text size="sm">
            {t('common.labelColon', { label: t('portal.engagement.cities') })}
            {e.places.length ? e.places.map((p) => place(p)).join(' · ') : t('common.none')}
          </Text>
          {e.partnershipId !== null && (
            <Text size="sm">
              <AppLink to={`/public/partnerships/${e.partnershipId}`}>{t('portal.engagement.partnershipLink')}</AppLink>
            </Text>
          )}
          {summary && <Text className="prewrap" lang={contentLanguage(e.summary, locale)}>{summary}</Text>}
        </Stack>
      </Card>

      <section aria-labelledby="portal-engagement-participants">
        <Title order={2} size="h3" id="portal-engagement-participants" mb="xs">{t('engagements.whoMetWhom')}</Title>
        <WhoMetWhom participants={e.participants} />
      </section>

      <section aria-labelledby="portal-engagement-topics">
        <Title order={2} size="h3" id="portal-engagement-topics" mb="xs">{t('engagements.topics')}</Title>
        {e.topics.length ? <TopicBadges topics={e.topics} /> : <Text c="dimmed">{t('common.none')}</Text>}
      </section>

      <section aria-labelledby="portal-engagement-statements">
        <Title order={2} size="h3" id="portal-engagement-statements" mb="xs">{t('engagements.statements')}</Title>
        {e.statements.length === 0 ? (
          <Text c="dimmed">{t('engagements.noStatements')}</Text>
        ) : (
          <Stack gap="sm">
            {e.statements.map((s) => (
              <StatementCard key={s.id} statement={s} speaker={s.speakerPersonId !== null ? speakers.get(s.speakerPersonId) : undefined} />
            ))}
          </Stack>
        )}
      </section>

      <section aria-labelledby="portal-engagement-sources">
        <Title order={2} size="h3" id="portal-engagement-sources" mb="xs">{t('engagements.sources')}</Title>
        {e.sources.length === 0 ? (
          <Text c="dimmed">{t('engagements.noSources')}</Text>
        ) : (
          <List listStyleType="none" spacing="sm">
            {e.sources.map((s) => {
              const label = s.title ?? t('sources.untitled');
              const lang = s.language ? LANG_ATTRIBUTE[s.language] : undefined;
              return (
                <List.Item key={s.id}>
                  {s.url ? (
                    <Anchor href={s.url} target="_blank" rel="noopener noreferrer" lang={lang} className="prewrap">{label}</Anchor>
                  ) : (
                    <Text span fw={500} lang={lang} className="prewrap">{label}</Text>
                  )}
                  <Text size="sm" c="dimmed">
                    {[t(`sourceKind.${s.kind}`), s.publisher, s.publishedOn ? date(s.publishedOn) : null, s.language ? t(`language.${s.language}`) : null]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </List.Item>
              );
            })}
          </List>
        )}
      </section>
    </Stack>
  );
}

export function PortalEngagementPage() {
  const id = useIdParam();
  const engagement = usePublicEngagement(id);
  if (id === null) return <PortalNotFound />;
  return <PortalQueryState query={engagement}>{(e) => <EngagementView engagement={e} />}</PortalQueryState>;
}
