// Under a statement on the engagement page: the commitments made of it, with their status ("what
// became of it"), and the way to make one.
import { Button, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useCommitments } from '../../api/queries.ts';
import { AppLink } from '../../components/app-link.tsx';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { CommitmentStatusBadge, FlagBadges } from './labels.tsx';

export function StatementCommitments({ engagementId, statementId, isPledge }: { engagementId: number; statementId: number; isPledge: boolean }) {
  const { t, date } = useLocaleFormat();
  // One request for the whole engagement, shared by all its statements.
  const commitments = useCommitments({ engagement: engagementId });
  const made = (commitments.data?.items ?? []).filter((c) => c.origin.kind === 'statement' && c.origin.statementId === statementId);
  return (
    <Group gap="xs" mt="xs" wrap="wrap">
      {made.length > 0 && <Text size="sm" fw={600}>{t('common.labelColon', { label: t('followThrough.commitment.projects') })}</Text>}
      {made.map((c) => (
        <Group key={c.id} gap={6} wrap="wrap">
          <AppLink to={`/commitments/${c.id}`} size="sm">{t('followThrough.commitment.link', { id: c.id })}</AppLink>
          <CommitmentStatusBadge status={c.status} />
          <FlagBadges overdue={c.overdue} />
          <Text size="xs" c={c.overdue ? 'red' : 'dimmed'}>
            {[c.dueOn ? t('followThrough.commitment.dueOn', { date: date(c.dueOn) }) : null, t('followThrough.commitment.projectCount', { n: c.projectIds.length })].filter(Boolean).join(' · ')}
          </Text>
        </Group>
      ))}
      {(isPledge || made.length === 0) && (
        <Button component={Link} to={`/commitments/new?statement=${statementId}&engagement=${engagementId}`} size="compact-xs" variant={isPledge && made.length === 0 ? 'light' : 'subtle'} color="orange">
          {t('followThrough.commitment.create')}
        </Button>
      )}
    </Group>
  );
}
