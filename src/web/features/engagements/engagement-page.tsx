// What happened: who met whom in which role and on which side, the topics, what each side said or
// pledged, and the sources it was taken from.
import { Badge, Button, Card, Grid, Group, List, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate } from 'react-router';
import { localize } from '../../../domain/localized.ts';
import { useDeleteEngagement, useEngagement, usePartnership } from '../../api/queries.ts';
import type { Engagement, Participant } from '../../api/types.ts';
import { AppLink } from '../../components/app-link.tsx';
import { ConfirmDelete } from '../../components/confirm-delete.tsx';
import { VisibilityBadge } from '../../components/visibility.tsx';
import { StatementCard } from './statement-card.tsx';
import { EngagementKindBadge, TopicBadges } from '../../components/labels.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { contentLanguage } from '../../i18n/format.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { useIdParam } from '../../routes/route-params.ts';
import { StatementCommitments } from '../follow-through/statement-commitments.tsx';

const SIDE_ORDER = ['host', 'guest', null] as const;
const LANG_ATTRIBUTE = { de: 'de', en: 'en', zh: 'zh-Hans' } as const;

function ParticipantsBySide({ participants }: { participants: Participant[] }) {
  const { t, person, place } = useLocaleFormat();
  if (participants.length === 0) return <Text c="dimmed">{t('engagements.noParticipants')}</Text>;
  return (
    <Grid gap="md">
      {SIDE_ORDER.map((side) => {
        const onSide = participants.filter((p) => p.side === side);
        if (onSide.length === 0) return null;
        return (
          <Grid.Col key={side ?? 'none'} span={{ base: 12, sm: 6 }}>
            <Card withBorder h="100%">
              <Text fw={600} mb="xs">{t(`side.${side ?? 'none'}`)}</Text>
              <List listStyleType="none" spacing="xs">
                {onSide.map((p) => (
                  <List.Item key={p.id}>
                    <Text fw={500}>{person(p.person)}</Text>
                    <Text size="sm" c="dimmed">
                      {t(`role.${p.role}`)}
                      {p.ofPlace && (
                        <>
                          {', '}
                          <AppLink to={`/places/${p.ofPlace.id}`} size="sm">{place(p.ofPlace)}</AppLink>
                        </>
                      )}
                      {p.ofOrganisation ? `, ${localize(p.ofOrganisation.name, 'en')}` : ''}
                    </Text>
                  </List.Item>
                ))}
              </List>
            </Card>
          </Grid.Col>
        );
      })}
    </Grid>
  );
}

function PartnershipLink({ id }: { id: number }) {
  const { t, place } = useLocaleFormat();
  const partnership = usePartnership(id);
  return (
    <Text size="sm">
      {t('common.labelColon', { label: t('engagements.partnership') })}
      <AppLink to={`/partnerships/${id}`}>
        {partnership.data ? `${place(partnership.data.placeA)} – ${place(partnership.data.placeB)}` : `#${id}`}
      </AppLink>
    </Text>
  );
}

function EngagementView({ engagement: e }: { engagement: Engagement }) {
  const { t, locale, dateRange, date, place } = useLocaleFormat();
  const remove = useDeleteEngagement();
  const navigate = useNavigate();
  const title = localize(e.title, locale) || t('engagements.untitled');
  // A title shown in another language (fallback) is marked as such for screen readers and fonts.
  const titleLang = contentLanguage(e.title, locale);
  const summary = localize(e.summary, locale);
  useDocumentTitle(title);
  const speakers = new Map(e.participants.map((p) => [p.person.id, p]));

  return (
    <Stack maw={1000} gap="lg">
      <div>
        <Group gap="xs" mb={4}>
          <EngagementKindBadge kind={e.kind} />
          {e.agreementSigned && <Badge color="grape" variant="light">{t('engagements.agreementSigned')}</Badge>}
          <VisibilityBadge visibility={e.visibility} />
        </Group>
        <Title order={1} lang={titleLang}>{title}</Title>
        <Text c="dimmed">
          {dateRange(e.date, e.endDate)}
          {e.location && (
            <>
              {' · '}
              <AppLink to={`/places/${e.location.id}`} c="dimmed" underline="always">{place(e.location)}</AppLink>
            </>
          )}
        </Text>
      </div>
      <Group gap="xs">
        {(e.access?.actions.update ?? true) && <Button component={Link} to={`/engagements/${e.id}/edit`} variant="light">{t('common.edit')}</Button>}
        <Button
          component={Link}
          to={e.partnershipId !== null ? `/engagements/new?partnership=${e.partnershipId}` : `/engagements/new?places=${e.places.map((p) => p.id).join(',')}`}
          variant="light"
        >
          {t('engagements.followUp')}
        </Button>
        {(e.access?.actions.delete ?? true) && <ConfirmDelete
          what={title}
          pending={remove.isPending}
          onConfirm={() =>
            remove.mutate(e.id, {
              onSuccess: () => {
                notifications.show({ color: 'green', message: t('engagements.deleted') });
                navigate('/engagements');
              },
              onError: (error) => notifications.show({ color: 'red', title: t('common.deleteFailed'), message: error.message }),
            })
          }
        />}
      </Group>

      <Card withBorder>
        <Stack gap="xs">
          <Text size="sm">
            {t('common.labelColon', { label: t('engagements.places') })}
            {e.places.length === 0
              ? t('common.none')
              : e.places.map((p, index) => (
                  <span key={p.id}>
                    {index > 0 && ', '}
                    <AppLink to={`/places/${p.id}`}>{place(p)}</AppLink>
                  </span>
                ))}
          </Text>
          {e.partnershipId !== null && <PartnershipLink id={e.partnershipId} />}
          {summary && <Text className="prewrap" lang={contentLanguage(e.summary, locale)}>{summary}</Text>}
        </Stack>
      </Card>

      <section aria-labelledby="engagement-participants">
        <Title order={2} size="h3" id="engagement-participants" mb="xs">{t('engagements.whoMetWhom')}</Title>
        <ParticipantsBySide participants={e.participants} />
      </section>

      <section aria-labelledby="engagement-topics">
        <Title order={2} size="h3" id="engagement-topics" mb="xs">{t('engagements.topics')}</Title>
        {e.topics.length ? <TopicBadges topics={e.topics} /> : <Text c="dimmed">{t('common.none')}</Text>}
      </section>

      <section aria-labelledby="engagement-statements">
        <Title order={2} size="h3" id="engagement-statements" mb="xs">{t('engagements.statements')}</Title>
        {e.statements.length === 0 ? (
          <Text c="dimmed">{t('engagements.noStatements')}</Text>
        ) : (
          <Stack gap="sm">
            {e.statements.map((s) => (
              <StatementCard key={s.id} statement={s} speaker={s.speakerPersonId !== null ? speakers.get(s.speakerPersonId) : undefined}>
                <StatementCommitments engagementId={e.id} statementId={s.id} isPledge={s.isPledge} />
              </StatementCard>
            ))}
          </Stack>
        )}
      </section>

      <section aria-labelledby="engagement-sources">
        <Title order={2} size="h3" id="engagement-sources" mb="xs">{t('engagements.sources')}</Title>
        {e.sources.length === 0 ? (
          <Text c="dimmed">{t('engagements.noSources')}</Text>
        ) : (
          <List listStyleType="none" spacing="sm">
            {e.sources.map((s) => (
              <List.Item key={s.id}>
                <AppLink to={`/sources/${s.id}`} lang={s.language ? LANG_ATTRIBUTE[s.language] : undefined}>
                  {s.title ?? t('sources.untitled')}
                </AppLink>
                <Text size="sm" c="dimmed">
                  {[t(`sourceKind.${s.kind}`), s.publisher, s.publishedOn ? date(s.publishedOn) : null, s.language ? t(`language.${s.language}`) : null]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </section>
    </Stack>
  );
}

export function EngagementPage() {
  const engagement = useEngagement(useIdParam());
  return <QueryState query={engagement}>{(e) => <EngagementView engagement={e} />}</QueryState>;
}
