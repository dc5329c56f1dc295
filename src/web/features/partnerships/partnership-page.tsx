// The shared record of two cities: their tie, its health, the people on each side, topics over the
// years, and the timeline of engagements.
import { Badge, Button, Card, Grid, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate } from 'react-router';
import { localize } from '../../../domain/localized.ts';
import { useDeletePartnership, useEngagements, usePartnership } from '../../api/queries.ts';
import type { EngagementSummary, Partnership, PlaceSummary } from '../../api/types.ts';
import { AppLink } from '../../components/app-link.tsx';
import { ConfirmDelete } from '../../components/confirm-delete.tsx';
import { PartnershipKindBadge, StatusBadge, TopicBadges } from '../../components/labels.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { useIdParam } from '../../routes/route-params.ts';
import { EngagementTimeline } from '../engagements/engagement-timeline.tsx';
import { HealthPanel } from '../follow-through/health-panel.tsx';
import { VisibilityBadge } from '../../components/visibility.tsx';
import { PrivateNotesPanel } from './private-notes-panel.tsx';

const DAY_MS = 86_400_000;

function daysSince(isoDate: string): number {
  const today = new Date();
  const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.floor((todayUtc - Date.parse(`${isoDate}T00:00:00Z`)) / DAY_MS);
}

function PeopleOfSide({ place: side, engagements }: { place: PlaceSummary; engagements: EngagementSummary[] }) {
  const { t, place, person } = useLocaleFormat();
  const people = new Map<number, { name: string; roles: Set<string> }>();
  for (const engagement of engagements) {
    for (const participant of engagement.participants) {
      if (participant.ofPlace?.id !== side.id) continue;
      const entry = people.get(participant.person.id) ?? { name: person(participant.person), roles: new Set<string>() };
      entry.roles.add(participant.role);
      people.set(participant.person.id, entry);
    }
  }
  return (
    <div>
      <Text fw={600}>{place(side)}</Text>
      {people.size === 0 ? (
        <Text size="sm" c="dimmed">{t('partnerships.noPeople')}</Text>
      ) : (
        <List size="sm" spacing={2}>
          {[...people.entries()].map(([id, entry]) => (
            <List.Item key={id}>
              {entry.name} <Text span c="dimmed" size="sm">· {[...entry.roles].map((role) => t(`role.${role}`)).join(', ')}</Text>
            </List.Item>
          ))}
        </List>
      )}
    </div>
  );
}

function TopicsByYear({ engagements }: { engagements: EngagementSummary[] }) {
  const { t } = useLocaleFormat();
  const byYear = new Map<string, Set<string>>();
  for (const engagement of engagements) {
    const year = engagement.date.slice(0, 4);
    const topics = byYear.get(year) ?? new Set<string>();
    for (const topic of engagement.topics) topics.add(topic);
    byYear.set(year, topics);
  }
  const years = [...byYear.entries()].filter(([, topics]) => topics.size > 0).sort(([a], [b]) => b.localeCompare(a));
  if (years.length === 0) return <Text size="sm" c="dimmed">{t('partnerships.noTopics')}</Text>;
  return (
    <Table>
      <Table.Caption className="sr-only">{t('partnerships.topicsCaption')}</Table.Caption>
      <Table.Tbody>
        {years.map(([year, topics]) => (
          <Table.Tr key={year}>
            <Table.Th scope="row" w={70}>{year}</Table.Th>
            <Table.Td><TopicBadges topics={[...topics].sort()} /></Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Health({ partnership }: { partnership: Partnership }) {
  const { t, date, number } = useLocaleFormat();
  if (!partnership.lastEngagementOn) return <Text size="sm">{t('partnerships.noContact')}</Text>;
  const days = daysSince(partnership.lastEngagementOn);
  return (
    // A div, not a <p>: the badge inside is a block element.
    <Text size="sm" component="div">
      {t('partnerships.lastContact', { date: date(partnership.lastEngagementOn) })}{' '}
      {days >= 0 && (
        <Badge color={days > 365 ? 'orange' : 'green'} variant="light" tt="none">
          {t('partnerships.daysAgo', { days: number(days) })}
        </Badge>
      )}
    </Text>
  );
}

function PartnershipView({ partnership: p }: { partnership: Partnership }) {
  const { t, locale, place, country, date } = useLocaleFormat();
  const engagements = useEngagements({ partnership: p.id, limit: 200 });
  const remove = useDeletePartnership();
  const navigate = useNavigate();
  const title = `${place(p.placeA)} – ${place(p.placeB)}`;
  useDocumentTitle(title);
  const objectives = localize(p.objectives, locale);
  const notes = localize(p.notes, locale);

  return (
    <Stack maw={1100} gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Text size="sm" c="dimmed">{t('partnerships.heading')}</Text>
          <Title order={1}>
            <AppLink to={`/places/${p.placeA.id}`} inherit>{place(p.placeA)}</AppLink>
            {' – '}
            <AppLink to={`/places/${p.placeB.id}`} inherit>{place(p.placeB)}</AppLink>
          </Title>
          <Text c="dimmed">{country(p.placeA.country)} – {country(p.placeB.country)}</Text>
        </div>
        <Group gap="xs">
          <Button component={Link} to={`/engagements/new?partnership=${p.id}`}>{t('nav.newEngagement')}</Button>
          <Button component={Link} to={`/partnerships/${p.id}/follow-through`} variant="light">{t('followThrough.title')}</Button>
          {(p.access?.actions.update ?? true) && <Button component={Link} to={`/partnerships/${p.id}/edit`} variant="light">{t('common.edit')}</Button>}
          {(p.access?.actions.delete ?? true) && <ConfirmDelete
            what={title}
            pending={remove.isPending}
            onConfirm={() =>
              remove.mutate(p.id, {
                onSuccess: () => {
                  notifications.show({ color: 'green', message: t('partnerships.deleted') });
                  navigate('/partnerships');
                },
                onError: (error) => notifications.show({ color: 'red', title: t('common.deleteFailed'), message: error.message }),
              })
            }
          />}
        </Group>
      </Group>

      <Card withBorder>
        <Group gap="lg" wrap="wrap">
          <PartnershipKindBadge kind={p.kind} />
          <StatusBadge status={p.status} />
          <VisibilityBadge visibility={p.visibility} />
          <Text size="sm">{t('common.labelColon', { label: t('partnerships.since') })}{p.since ? date(p.since) : t('common.unknown')}</Text>
          {p.until && <Text size="sm">{t('common.labelColon', { label: t('partnerships.until') })}{date(p.until)}</Text>}
          <Health partnership={p} />
        </Group>
        {objectives && (
          <Stack gap={2} mt="md">
            <Text fw={600} size="sm">{t('partnerships.objectives')}</Text>
            <Text className="prewrap">{objectives}</Text>
          </Stack>
        )}
        {notes && (
          <Stack gap={2} mt="md">
            <Text fw={600} size="sm">{t('partnerships.notes')}</Text>
            <Text className="prewrap">{notes}</Text>
          </Stack>
        )}
      </Card>

      <QueryState query={engagements}>
        {(page) => (
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <section aria-labelledby="partnership-timeline">
                <Title order={2} size="h3" id="partnership-timeline" mb="xs">{t('partnerships.timeline')}</Title>
                <EngagementTimeline engagements={page.items} />
              </section>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Stack gap="lg">
                <PrivateNotesPanel partnershipId={p.id} />
                <HealthPanel partnershipId={p.id} />
                <section aria-labelledby="partnership-people">
                  <Title order={2} size="h3" id="partnership-people" mb="xs">{t('partnerships.people')}</Title>
                  <Stack gap="sm">
                    <PeopleOfSide place={p.placeA} engagements={page.items} />
                    <PeopleOfSide place={p.placeB} engagements={page.items} />
                  </Stack>
                </section>
                <section aria-labelledby="partnership-topics">
                  <Title order={2} size="h3" id="partnership-topics" mb="xs">{t('partnerships.topicsByYear')}</Title>
                  <TopicsByYear engagements={page.items} />
                </section>
              </Stack>
            </Grid.Col>
          </Grid>
        )}
      </QueryState>
    </Stack>
  );
}

export function PartnershipPage() {
  const id = useIdParam();
  const partnership = usePartnership(id);
  return <QueryState query={partnership}>{(p) => <PartnershipView partnership={p} />}</QueryState>;
}
