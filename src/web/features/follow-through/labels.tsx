// Labels and badges of the follow-through vocabularies (statuses, health levels, timeline kinds).
// The keys are spelled out, so the catalog test sees each one.
import { Badge, Group, Progress, Text } from '@mantine/core';
import { useLocaleFormat } from '../../i18n/use-locale.ts';

export const COMMITMENT_STATUS_LABELS: Record<string, string> = {
  proposed: 'followThrough.commitmentStatus.proposed',
  agreed: 'followThrough.commitmentStatus.agreed',
  in_progress: 'followThrough.commitmentStatus.in_progress',
  done: 'followThrough.commitmentStatus.done',
  dropped: 'followThrough.commitmentStatus.dropped',
};
export const PROJECT_STATUS_LABELS: Record<string, string> = {
  proposed: 'followThrough.projectStatus.proposed',
  planned: 'followThrough.projectStatus.planned',
  in_progress: 'followThrough.projectStatus.in_progress',
  on_hold: 'followThrough.projectStatus.on_hold',
  completed: 'followThrough.projectStatus.completed',
  cancelled: 'followThrough.projectStatus.cancelled',
};
export const LEVEL_LABELS: Record<string, string> = {
  good: 'followThrough.level.good',
  fair: 'followThrough.level.fair',
  poor: 'followThrough.level.poor',
};
export const COMPONENT_LABELS: Record<string, string> = {
  contact: 'followThrough.component.contact',
  frequency: 'followThrough.component.frequency',
  commitments: 'followThrough.component.commitments',
  projects: 'followThrough.component.projects',
  agreements: 'followThrough.component.agreements',
};
export const AGREEMENT_KIND_LABELS: Record<string, string> = {
  mou: 'followThrough.agreementKind.mou',
  treaty: 'followThrough.agreementKind.treaty',
  action_plan: 'followThrough.agreementKind.action_plan',
  letter_of_intent: 'followThrough.agreementKind.letter_of_intent',
};
export const TIMELINE_LABELS: Record<string, string> = {
  engagement: 'followThrough.timelineKind.engagement',
  agreement_signed: 'followThrough.timelineKind.agreement_signed',
  agreement_renewal: 'followThrough.timelineKind.agreement_renewal',
  commitment_made: 'followThrough.timelineKind.commitment_made',
  commitment_due: 'followThrough.timelineKind.commitment_due',
  project_start: 'followThrough.timelineKind.project_start',
  project_end: 'followThrough.timelineKind.project_end',
  milestone_due: 'followThrough.timelineKind.milestone_due',
  milestone_done: 'followThrough.timelineKind.milestone_done',
};

const COMMITMENT_COLOURS: Record<string, string> = { proposed: 'gray', agreed: 'blue', in_progress: 'cyan', done: 'green', dropped: 'dark' };
const PROJECT_COLOURS: Record<string, string> = { proposed: 'gray', planned: 'blue', in_progress: 'cyan', on_hold: 'yellow', completed: 'green', cancelled: 'dark' };
export const LEVEL_COLOURS: Record<string, string> = { good: 'green', fair: 'yellow', poor: 'red' };

export function CommitmentStatusBadge({ status }: { status: string }) {
  const { t } = useLocaleFormat();
  return <Badge color={COMMITMENT_COLOURS[status] ?? 'gray'} variant="light" tt="none">{t(COMMITMENT_STATUS_LABELS[status] ?? status)}</Badge>;
}

export function ProjectStatusBadge({ status }: { status: string }) {
  const { t } = useLocaleFormat();
  return <Badge color={PROJECT_COLOURS[status] ?? 'gray'} variant="light" tt="none">{t(PROJECT_STATUS_LABELS[status] ?? status)}</Badge>;
}

/** Overdue in red and stalled in orange, each with its word: colour never carries the meaning alone. */
export function FlagBadges({ overdue, stalled }: { overdue?: boolean; stalled?: boolean }) {
  const { t } = useLocaleFormat();
  if (!overdue && !stalled) return null;
  return (
    <>
      {overdue && <Badge color="red" variant="filled" tt="none" style={{ flexShrink: 0 }}>{t('followThrough.overdue')}</Badge>}
      {stalled && <Badge color="orange" variant="outline" tt="none" style={{ flexShrink: 0 }}>{t('followThrough.stalled')}</Badge>}
    </>
  );
}

/** "42 / 100 · fair" as a badge, the number first (it is what the dashboard sorts by). */
export function HealthBadge({ score, level, size }: { score: number; level: string; size?: 'sm' | 'md' | 'lg' | 'xl' }) {
  const { t, number } = useLocaleFormat();
  return (
    <Badge color={LEVEL_COLOURS[level] ?? 'gray'} variant="light" size={size ?? 'lg'} tt="none" data-testid="health-score">
      {t('followThrough.health.scoreOf', { score: number(score), level: t(LEVEL_LABELS[level] ?? level) })}
    </Badge>
  );
}

export function ProgressBar({ value, rolledUp }: { value: number; rolledUp?: boolean }) {
  const { t, number } = useLocaleFormat();
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress value={value} size="lg" style={{ flex: 1, minWidth: 60 }} aria-label={t('followThrough.project.progress')} />
      <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
        {t('followThrough.percent', { value: number(value) })}
        {rolledUp && <Text span size="xs" c="dimmed"> · {t('followThrough.project.rolledUp')}</Text>}
      </Text>
    </Group>
  );
}
