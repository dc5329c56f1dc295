// A partnership's follow-through: from each pledge or clause to its commitments, projects,
// milestones and results; a board by status; what is overdue or stalled; the health and why;
// bulk export and the progress upload; the calendar.
import { Anchor, Badge, Button, Card, Grid, Group, List, ScrollArea, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { localize } from '../../../domain/localized.ts';
import { COMMITMENT_STATUSES } from '../../../features/commitments/status.ts';
import { PROJECT_STATUSES } from '../../../features/projects/progress.ts';
import { withQuery } from '../../api/http.ts';
import { useFollowThrough } from '../../api/queries.ts';
import type { FollowThrough } from '../../api/types.ts';
import { AppLink } from '../../components/app-link.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { useIdParam } from '../../routes/route-params.ts';
import { BulkCard } from './bulk.tsx';
import { ChainCard, PledgeWithoutCommitment } from './chain.tsx';
import { HealthPanel } from './health-panel.tsx';
import { COMMITMENT_STATUS_LABELS, FlagBadges, PROJECT_STATUS_LABELS, ProgressBar, TIMELINE_LABELS } from './labels.tsx';

/** The calendar of one partnership (or all), in the reader's language. */
export function calendarUrl(locale: string, partnershipId?: number) {
  return withQuery('/api/calendar.ics', { partnership: partnershipId, lang: locale });
}

function Board({ board }: { board: FollowThrough['board'] }) {
  const { t, locale, date } = useLocaleFormat();
  const column = (title: string, count: number, cards: React.ReactNode) => (
    <Card withBorder padding="xs" bg="var(--mantine-color-gray-0)" key={title}>
      <Group justify="space-between" mb="xs" gap={4}>
        <Text fw={600} size="sm">{title}</Text>
        <Badge size="sm" variant="default">{count}</Badge>
      </Group>
      <Stack gap={6}>{cards}</Stack>
    </Card>
  );
  return (
    <Stack gap="md">
      <div>
        <Title order={3} size="h5" mb="xs">{t('followThrough.board.commitments')}</Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="xs">
          {COMMITMENT_STATUSES.map((status) =>
            column(t(COMMITMENT_STATUS_LABELS[status]), board.commitments[status].length, board.commitments[status].map((card) => (
              <Card key={card.id} withBorder padding={6} style={card.overdue ? { borderColor: 'var(--mantine-color-red-6)' } : undefined}>
                <AppLink to={`/commitments/${card.id}`} size="sm" lineClamp={3}>{localize(card.text, locale)}</AppLink>
                <Group gap={4} mt={4}>
                  <FlagBadges overdue={card.overdue} stalled={card.stalled} />
                  {card.dueOn && <Text size="xs" c={card.overdue ? 'red' : 'dimmed'}>{date(card.dueOn)}</Text>}
                </Group>
              </Card>
            ))),
          )}
        </SimpleGrid>
      </div>
      <div>
        <Title order={3} size="h5" mb="xs">{t('followThrough.board.projects')}</Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 6 }} spacing="xs">
          {PROJECT_STATUSES.map((status) =>
            column(t(PROJECT_STATUS_LABELS[status]), board.projects[status].length, board.projects[status].map((card) => (
              <Card key={card.id} withBorder padding={6} style={card.overdue ? { borderColor: 'var(--mantine-color-red-6)' } : undefined}>
                <AppLink to={`/projects/${card.id}`} size="sm" lineClamp={3}>{localize(card.title, locale)}</AppLink>
                <ProgressBar value={card.progress} />
                <Group gap={4}>
                  <FlagBadges overdue={card.overdue} stalled={card.stalled} />
                  {card.endOn && <Text size="xs" c={card.overdue ? 'red' : 'dimmed'}>{date(card.endOn)}</Text>}
                </Group>
              </Card>
            ))),
          )}
        </SimpleGrid>
      </div>
    </Stack>
  );
}

function Flags({ flags }: { flags: FollowThrough['flags'] }) {
  const { t, locale, date, number } = useLocaleFormat();
  if (flags.overdue.length === 0 && flags.stalled.length === 0) return <Text size="sm" c="dimmed">{t('followThrough.flags.none')}</Text>;
  const href = (kind: string, id: number, projectId?: number) => (kind === 'commitment' ? `/commitments/${id}` : `/projects/${projectId ?? id}`);
  return (
    <Stack gap="xs">
      {flags.overdue.length > 0 && (
        <List size="sm" spacing={4} listStyleType="none">
          {flags.overdue.map((flag) => (
            <List.Item key={`${flag.kind}-${flag.id}`}>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <FlagBadges overdue />
                <Text size="sm" c="red">
                  <AppLink to={href(flag.kind, flag.id, flag.projectId)} c="red" size="sm">{localize(flag.title, locale)}</AppLink>
                  {' · '}
                  {t('followThrough.flags.daysOverdue', { n: number(flag.daysOverdue), date: date(flag.dueOn) })}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {flags.stalled.length > 0 && (
        <List size="sm" spacing={4} listStyleType="none">
          {flags.stalled.map((flag) => (
            <List.Item key={`${flag.kind}-${flag.id}`}>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <FlagBadges stalled />
                <Text size="sm">
                  <AppLink to={href(flag.kind, flag.id)} size="sm">{localize(flag.title, locale)}</AppLink>
                  {' · '}
                  {t('followThrough.flags.daysIdle', { n: number(flag.daysIdle), date: date(flag.lastActivityOn) })}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

function Timeline({ timeline }: { timeline: FollowThrough['timeline'] }) {
  const { t, locale, date } = useLocaleFormat();
  if (timeline.length === 0) return <Text size="sm" c="dimmed">{t('followThrough.timeline.empty')}</Text>;
  const href = (item: FollowThrough['timeline'][number]) => {
    if (item.kind === 'engagement') return `/engagements/${item.id}`;
    if (item.kind.startsWith('agreement')) return `/agreements/${item.id}`;
    if (item.kind.startsWith('commitment')) return `/commitments/${item.id}`;
    return `/projects/${item.projectId ?? item.id}`;
  };
  return (
    <ScrollArea.Autosize mah={520} type="auto" offsetScrollbars>
      <List listStyleType="none" spacing={6} size="sm" data-testid="follow-through-timeline">
        {timeline.map((item) => (
          <List.Item key={`${item.kind}-${item.id}-${item.date}`}>
            <Group gap={6} wrap="nowrap" align="flex-start">
              <Text size="xs" c={item.overdue ? 'red' : 'dimmed'} w={110} style={{ flexShrink: 0 }} fw={item.overdue ? 700 : 400}>{date(item.date)}</Text>
              <div>
                <Text size="xs" c={item.overdue ? 'red' : 'dimmed'}>{t(TIMELINE_LABELS[item.kind] ?? item.kind)}{item.overdue ? ` · ${t('followThrough.overdue')}` : ''}</Text>
                <AppLink to={href(item)} size="sm" c={item.overdue ? 'red' : undefined} lineClamp={2}>{localize(item.title, locale)}</AppLink>
              </div>
            </Group>
          </List.Item>
        ))}
      </List>
    </ScrollArea.Autosize>
  );
}

function FollowThroughView({ data }: { data: FollowThrough }) {
  const { t, locale, place } = useLocaleFormat();
  const p = data.partnership;
  const title = `${place(p.placeA)} – ${place(p.placeB)}`;
  useDocumentTitle(`${t('followThrough.title')} · ${title}`);
  return (
    <Stack maw={1200} gap="lg">
      <div>
        <Text size="sm" c="dimmed">{t('followThrough.title')}</Text>
        <Title order={1}>
          <AppLink to={`/partnerships/${p.id}`} inherit>{title}</AppLink>
        </Title>
      </div>
      <Group gap="xs">
        <Button component={Link} to={`/commitments/new?partnership=${p.id}`}>{t('followThrough.commitment.new')}</Button>
        <Button component={Link} to={`/projects/new?partnership=${p.id}`} variant="light">{t('followThrough.project.new')}</Button>
        <Button component={Link} to={`/agreements?partnership=${p.id}`} variant="light">{t('followThrough.agreement.list')}</Button>
        <Button component={Link} to={`/agreements/new?partnership=${p.id}`} variant="light">{t('followThrough.agreement.new')}</Button>
        <Button component="a" href={calendarUrl(locale, p.id)} variant="subtle">{t('followThrough.calendar')}</Button>
      </Group>

      <HealthPanel partnershipId={p.id} wide />

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <section aria-labelledby="ft-pledges">
              <Title order={2} size="h3" id="ft-pledges" mb="xs">{t('followThrough.pledges.title')}</Title>
              {data.pledgesWithoutCommitment.length === 0 ? (
                <Text size="sm" c="dimmed">{t('followThrough.pledges.none')}</Text>
              ) : (
                <Stack gap="xs">
                  {data.pledgesWithoutCommitment.map((pledge) => <PledgeWithoutCommitment key={pledge.statement.id} pledge={pledge} />)}
                </Stack>
              )}
            </section>
            <section aria-labelledby="ft-chains">
              <Title order={2} size="h3" id="ft-chains" mb="xs">{t('followThrough.chain.title')}</Title>
              {data.chains.length === 0 && data.projectsWithoutCommitment.length === 0 ? (
                <Text size="sm" c="dimmed">{t('followThrough.chain.empty')}</Text>
              ) : (
                <Stack gap="sm" data-testid="follow-through-chains">
                  {data.chains.map((chain) => (
                    <ChainCard key={chain.origin.kind === 'statement' ? `s${chain.origin.statement.id}` : chain.origin.kind === 'clause' ? `c${chain.origin.clause.id}` : 'manual'} chain={chain} />
                  ))}
                  {data.projectsWithoutCommitment.length > 0 && (
                    <Card withBorder padding="sm">
                      <Text size="sm" fw={600} mb={4}>{t('followThrough.chain.projectsAlone')}</Text>
                      <List size="sm" spacing={4} listStyleType="none">
                        {data.projectsWithoutCommitment.map((project) => (
                          <List.Item key={project.id}>
                            <Group gap="xs">
                              <AppLink to={`/projects/${project.id}`} size="sm">{localize(project.title, locale)}</AppLink>
                              <FlagBadges overdue={project.overdue} stalled={project.stalled} />
                            </Group>
                            <ProgressBar value={project.progress} rolledUp={project.progressRolledUp} />
                          </List.Item>
                        ))}
                      </List>
                    </Card>
                  )}
                </Stack>
              )}
            </section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <section aria-labelledby="ft-flags">
              <Title order={2} size="h3" id="ft-flags" mb="xs">{t('followThrough.flags.title')}</Title>
              <Text size="xs" c="dimmed" mb={4}>{t('followThrough.flags.stalledAfter', { n: data.stalledAfterDays })}</Text>
              <Flags flags={data.flags} />
            </section>
            <section aria-labelledby="ft-timeline">
              <Title order={2} size="h3" id="ft-timeline" mb="xs">{t('followThrough.timeline.title')}</Title>
              <Timeline timeline={data.timeline} />
            </section>
          </Stack>
        </Grid.Col>
      </Grid>

      <section aria-labelledby="ft-board">
        <Title order={2} size="h3" id="ft-board" mb="xs">{t('followThrough.board.title')}</Title>
        <Board board={data.board} />
      </section>

      <section aria-labelledby="ft-bulk">
        <Title order={2} size="h3" id="ft-bulk" mb="xs">{t('followThrough.bulk.title')}</Title>
        <BulkCard partnershipId={p.id} />
        <Text size="sm" mt="xs">
          <Anchor href={calendarUrl(locale, p.id)}>{t('followThrough.calendarHint')}</Anchor>
        </Text>
      </section>
    </Stack>
  );
}

export function FollowThroughPage() {
  const followThrough = useFollowThrough(useIdParam());
  return <QueryState query={followThrough}>{(data) => <FollowThroughView data={data} />}</QueryState>;
}
