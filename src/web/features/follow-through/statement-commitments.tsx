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
      {made.map((c) => (
        <Group key={c.id} gap={4} wrap="nowrap">
          <AppLink to={`/commitments/${c.id}`} size="sm">{t('followThrough.commitment.link', { id: c.id })}</AppLink>
          <CommitmentStatusBadge status={c.status} />
          <FlagBadges overdue={c.overdue} />
          {c.projectIds.length > 0 && <Text size="xs" c="dimmed">{t('followThrough.commitment.projectCount', { n: c.projectIds.length })}</Text>}
          {c.dueOn && <Text size="xs" c="dimmed">{date(c.dueOn)}</Text>}
        </Group>
      ))}
      {(isPledge || made.length === 0) && (
        <Button component={Link} to={`/commitments/new?statement=${statementId}&engagement=${engagementId}`} size="compact-xs" variant={isPledge ? 'light' : 'subtle'} color="orange">
          {t('followThrough.commitment.create')}
        </Button>
      )}
    </Group>
  );
}
