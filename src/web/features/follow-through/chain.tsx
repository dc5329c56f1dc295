// The chain of one pledge or clause: what was said or signed → the commitments made of it →
// their projects → milestones and results. Overdue items are red, stalled ones marked.
import { Badge, Box, Button, Card, Group, List, Stack, Text, ThemeIcon } from '@mantine/core';
import { Link } from 'react-router';
import { localize } from '../../../domain/localized.ts';
import type { CommitmentNode, FollowThrough, ProjectNode } from '../../api/types.ts';
import { AppLink } from '../../components/app-link.tsx';
import { contentLanguage } from '../../i18n/format.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { AGREEMENT_KIND_LABELS, CommitmentStatusBadge, FlagBadges, ProgressBar, ProjectStatusBadge } from './labels.tsx';

type Chain = FollowThrough['chains'][number];

function Step({ label, children, danger }: { label: string; children: React.ReactNode; danger?: boolean }) {
  return (
    <Box mt={6} pl={10} style={{ borderLeft: `3px solid var(--mantine-color-${danger ? 'red-6' : 'gray-3'})` }}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={2}>{label}</Text>
      {children}
    </Box>
  );
}

function ProjectStep({ project }: { project: ProjectNode }) {
  const { t, locale, date, number } = useLocaleFormat();
  return (
    <Step label={t('followThrough.chain.project')} danger={project.overdue}>
      <Group gap="xs" mb={4}>
        <AppLink to={`/projects/${project.id}`} fw={600} lang={contentLanguage(project.title, locale)}>{localize(project.title, locale)}</AppLink>
        <ProjectStatusBadge status={project.status} />
        <FlagBadges overdue={project.overdue} stalled={project.stalled} />
      </Group>
      <ProgressBar value={project.progress} rolledUp={project.progressRolledUp} />
      {project.endOn && <Text size="xs" c={project.overdue ? 'red' : 'dimmed'}>{t('followThrough.project.endsOn', { date: date(project.endOn) })}</Text>}
      {project.milestones.length > 0 && (
        <Step label={t('followThrough.chain.milestones')}>
          <List size="sm" spacing={2} listStyleType="none">
            {project.milestones.map((m) => (
              <List.Item key={m.id} c={m.overdue ? 'red' : undefined}>
                {m.doneOn ? '✓ ' : '○ '}
                {date(m.dueOn)} · <span lang={contentLanguage(m.title, locale)}>{localize(m.title, locale)}</span>
                {m.doneOn && <Text span size="xs" c="dimmed"> · {t('followThrough.milestone.doneOn', { date: date(m.doneOn) })}</Text>}
                {m.overdue && <Text span size="xs" c="red" fw={600}> · {t('followThrough.overdue')}</Text>}
              </List.Item>
            ))}
          </List>
        </Step>
      )}
      {project.results.length > 0 && (
        <Step label={t('followThrough.chain.results')}>
          <List size="sm" spacing={2} listStyleType="none">
            {project.results.map((r) => (
              <List.Item key={r.id}>
                {localize(r.name, locale)}:{' '}
                <Text span fw={600}>{r.actual === null ? '–' : number(r.actual)}</Text>
                {r.target !== null && ` / ${number(r.target)}`}
                {r.unit ? ` ${r.unit}` : ''}
              </List.Item>
            ))}
          </List>
        </Step>
      )}
      {project.subProjects.map((sub) => <ProjectStep key={sub.id} project={sub} />)}
    </Step>
  );
}

export function CommitmentStep({ commitment }: { commitment: CommitmentNode }) {
  const { t, locale, date } = useLocaleFormat();
  return (
    <Step label={t('followThrough.chain.commitment')} danger={commitment.overdue}>
      <Group gap="xs" mb={4}>
        <CommitmentStatusBadge status={commitment.status} />
        <FlagBadges overdue={commitment.overdue} stalled={commitment.stalled} />
        {commitment.dueOn && <Text size="xs" c={commitment.overdue ? 'red' : 'dimmed'}>{t('followThrough.commitment.dueOn', { date: date(commitment.dueOn) })}</Text>}
      </Group>
      <AppLink to={`/commitments/${commitment.id}`} lang={contentLanguage(commitment.text, locale)} lineClamp={3}>{localize(commitment.text, locale)}</AppLink>
      {commitment.projects.length === 0 ? (
        <Group gap="xs" mt={4}>
          <Text size="sm" c="dimmed">{t('followThrough.chain.noProject')}</Text>
          <Button component={Link} to={`/projects/new?commitment=${commitment.id}`} size="compact-xs" variant="light">{t('followThrough.project.create')}</Button>
        </Group>
      ) : (
        commitment.projects.map((project) => <ProjectStep key={project.id} project={project} />)
      )}
    </Step>
  );
}

function OriginHeading({ origin }: { origin: Chain['origin'] }) {
  const { t, locale, date } = useLocaleFormat();
  if (origin.kind === 'statement') {
    return (
      <>
        <Group gap="xs" mb={4}>
          <Badge color="orange" variant="light" tt="none">{origin.statement.isPledge ? t('followThrough.chain.pledge') : t('followThrough.chain.statement')}</Badge>
          <Text size="sm" c="dimmed">
            {date(origin.engagement.date)} · <AppLink to={`/engagements/${origin.engagement.id}`} size="sm">{localize(origin.engagement.title, locale)}</AppLink>
          </Text>
        </Group>
        <Text component="blockquote" m={0} size="sm" lineClamp={3} lang={contentLanguage(origin.statement.text, locale)}>
          {origin.statement.speaker ? `${origin.statement.speaker.name}: ` : ''}
          {localize(origin.statement.text, locale)}
        </Text>
      </>
    );
  }
  if (origin.kind === 'clause') {
    return (
      <>
        <Group gap="xs" mb={4}>
          <Badge color="grape" variant="light" tt="none">{t(AGREEMENT_KIND_LABELS[origin.agreement.kind] ?? origin.agreement.kind)}</Badge>
          <Text size="sm" c="dimmed">
            {origin.agreement.signedOn ? `${date(origin.agreement.signedOn)} · ` : ''}
            <AppLink to={`/agreements/${origin.agreement.id}`} size="sm">{localize(origin.agreement.title, locale)}</AppLink>
          </Text>
        </Group>
        <Text size="sm" lineClamp={3}>
          {origin.clause.number ? `§ ${origin.clause.number} ` : ''}
          {localize(origin.clause.text, locale)}
        </Text>
      </>
    );
  }
  return <Badge color="gray" variant="light" tt="none">{t('followThrough.chain.manual')}</Badge>;
}

export function ChainCard({ chain }: { chain: Chain }) {
  return (
    <Card withBorder padding="sm" component="article">
      <OriginHeading origin={chain.origin} />
      <Stack gap="xs" mt="xs">
        {chain.commitments.map((commitment) => <CommitmentStep key={commitment.id} commitment={commitment} />)}
      </Stack>
    </Card>
  );
}

export function PledgeWithoutCommitment({ pledge }: { pledge: FollowThrough['pledgesWithoutCommitment'][number] }) {
  const { t, locale, date } = useLocaleFormat();
  return (
    <Card withBorder padding="sm">
      <Group gap="xs" mb={4}>
        <ThemeIcon size="xs" color="orange" radius="xl" aria-hidden>!</ThemeIcon>
        <Text size="sm" c="dimmed">
          {date(pledge.engagement.date)} · <AppLink to={`/engagements/${pledge.engagement.id}`} size="sm">{localize(pledge.engagement.title, locale)}</AppLink>
        </Text>
      </Group>
      <Text size="sm" lineClamp={3} lang={contentLanguage(pledge.statement.text, locale)}>
        {pledge.statement.speaker ? `${pledge.statement.speaker.name}: ` : ''}
        {localize(pledge.statement.text, locale)}
      </Text>
      <Group mt="xs">
        <Button component={Link} to={`/commitments/new?statement=${pledge.statement.id}&engagement=${pledge.engagement.id}`} size="xs" variant="light" color="orange">
          {t('followThrough.commitment.makeOne')}
        </Button>
      </Group>
    </Card>
  );
}
