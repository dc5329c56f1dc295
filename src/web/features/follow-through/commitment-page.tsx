// One commitment: what was promised, where it comes from, who owns it on each side, its status (with
// the moves allowed now) and what became of it: the projects that carry it out.
import { Alert, Blockquote, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { localize } from '../../../domain/localized.ts';
import { useCommitment, useDeleteCommitment, usePartnership, useProjects, useSaveCommitment } from '../../api/queries.ts';
import type { Commitment } from '../../api/types.ts';
import { AppLink } from '../../components/app-link.tsx';
import { ConfirmDelete } from '../../components/confirm-delete.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { contentLanguage } from '../../i18n/format.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { useIdParam } from '../../routes/route-params.ts';
import { followThroughMessage } from './errors.ts';
import { COMMITMENT_STATUS_LABELS, CommitmentStatusBadge, FlagBadges, ProgressBar, ProjectStatusBadge } from './labels.tsx';

function OwnerText({ owner }: { owner: Commitment['ownerA'] }) {
  const { t, locale } = useLocaleFormat();
  if (!owner) return <Text span c="dimmed">{t('followThrough.owner.none')}</Text>;
  return <>{owner.organisation ? localize(owner.organisation.name, locale) : owner.person?.name}</>;
}

function CommitmentView({ commitment: c }: { commitment: Commitment }) {
  const { t, locale, date, place } = useLocaleFormat();
  const navigate = useNavigate();
  const partnership = usePartnership(c.partnershipId);
  const projects = useProjects({ commitment: c.id });
  const save = useSaveCommitment(c.id);
  const remove = useDeleteCommitment();
  const [statusError, setStatusError] = useState<string | null>(null);
  const text = localize(c.text, locale);
  useDocumentTitle(text.slice(0, 60));
  const p = partnership.data;

  const move = (status: string) => {
    setStatusError(null);
    save.mutate({ status: status as Commitment['status'] }, {
      onSuccess: () => notifications.show({ color: 'green', message: t('followThrough.commitment.saved') }),
      onError: (error) => setStatusError(followThroughMessage(error, t, 'commitment') ?? error.message),
    });
  };

  return (
    <Stack maw={1000} gap="lg">
      <div>
        <Text size="sm" c="dimmed">{t('followThrough.commitment.heading')}</Text>
        <Title order={1} size="h3" lang={contentLanguage(c.text, locale)}>{text}</Title>
        <Group gap="xs" mt={4}>
          <CommitmentStatusBadge status={c.status} />
          <FlagBadges overdue={c.overdue} />
          {c.dueOn && <Text size="sm" c={c.overdue ? 'red' : 'dimmed'}>{t('followThrough.commitment.dueOn', { date: date(c.dueOn) })}</Text>}
        </Group>
      </div>
      <Group gap="xs">
        <Button component={Link} to={`/projects/new?commitment=${c.id}`}>{t('followThrough.project.create')}</Button>
        <Button component={Link} to={`/commitments/${c.id}/edit`} variant="light">{t('common.edit')}</Button>
        <ConfirmDelete
          what={text.slice(0, 80)}
          pending={remove.isPending}
          onConfirm={() =>
            remove.mutate(c.id, {
              onSuccess: () => {
                notifications.show({ color: 'green', message: t('followThrough.deleted') });
                navigate(c.partnershipId ? `/partnerships/${c.partnershipId}/follow-through` : '/');
              },
              onError: (error) => notifications.show({ color: 'red', title: t('common.deleteFailed'), message: followThroughMessage(error, t, 'commitment') ?? error.message }),
            })
          }
        />
      </Group>

      <Card withBorder>
        <Stack gap="xs">
          {p && (
            <Text size="sm">
              {t('common.labelColon', { label: t('followThrough.partnership') })}
              <AppLink to={`/partnerships/${p.id}/follow-through`}>{`${place(p.placeA)} – ${place(p.placeB)}`}</AppLink>
            </Text>
          )}
          <Text size="sm">
            {t('common.labelColon', { label: p ? t('followThrough.owner.ofSide', { place: place(p.placeA) }) : t('followThrough.owner.sideA') })}
            <OwnerText owner={c.ownerA} />
          </Text>
          <Text size="sm">
            {t('common.labelColon', { label: p ? t('followThrough.owner.ofSide', { place: place(p.placeB) }) : t('followThrough.owner.sideB') })}
            <OwnerText owner={c.ownerB} />
          </Text>
          {c.origin.kind === 'statement' && localize(c.origin.statementText, locale) === text && (
            <Text size="sm">
              {t('common.labelColon', { label: t('followThrough.commitment.fromPledge') })}
              <AppLink to={`/engagements/${c.origin.engagementId}`}>{date(c.origin.engagementDate)}</AppLink>
            </Text>
          )}
          {c.origin.kind === 'statement' && localize(c.origin.statementText, locale) !== text && (
            <Blockquote color="orange" p="xs" cite={<AppLink to={`/engagements/${c.origin.engagementId}`} size="sm">{date(c.origin.engagementDate)}</AppLink>}>
              <Text size="xs" c="dimmed">{t('followThrough.commitment.fromPledge')}</Text>
              <Text size="sm" lineClamp={4}>{localize(c.origin.statementText, locale)}</Text>
            </Blockquote>
          )}
          {c.origin.kind === 'clause' && (
            <Text size="sm">
              {t('common.labelColon', { label: t('followThrough.commitment.fromClause') })}
              <AppLink to={`/agreements/${c.origin.agreementId}`}>{c.origin.clauseNumber ? `§ ${c.origin.clauseNumber}` : `#${c.origin.clauseId}`}</AppLink>
            </Text>
          )}
        </Stack>
      </Card>

      <section aria-labelledby="commitment-status">
        <Title order={2} size="h3" id="commitment-status" mb="xs">{t('followThrough.status')}</Title>
        <Group gap="xs">
          {c.nextStatuses.map((status) => (
            <Button key={status} size="xs" variant="default" loading={save.isPending && save.variables?.status === status} onClick={() => move(status)}>
              {t('followThrough.moveTo', { status: t(COMMITMENT_STATUS_LABELS[status]) })}
            </Button>
          ))}
        </Group>
        {statusError && <Alert color="red" mt="xs" role="alert">{statusError}</Alert>}
      </section>

      <section aria-labelledby="commitment-projects">
        <Title order={2} size="h3" id="commitment-projects" mb="xs">{t('followThrough.commitment.projects')}</Title>
        <QueryState query={projects}>
          {(page) =>
            page.items.length === 0 ? (
              <Text c="dimmed" size="sm">{t('followThrough.chain.noProject')}</Text>
            ) : (
              <Stack gap="xs">
                {page.items.map((project) => (
                  <Card key={project.id} withBorder padding="sm">
                    <Group gap="xs" mb={4}>
                      <AppLink to={`/projects/${project.id}`} fw={600}>{localize(project.title, locale)}</AppLink>
                      <ProjectStatusBadge status={project.status} />
                      <FlagBadges overdue={project.overdue} />
                    </Group>
                    <ProgressBar value={project.progress} rolledUp={project.progressRolledUp} />
                  </Card>
                ))}
              </Stack>
            )
          }
        </QueryState>
      </section>
    </Stack>
  );
}

export function CommitmentPage() {
  const commitment = useCommitment(useIdParam());
  return <QueryState query={commitment}>{(c) => <CommitmentView commitment={c} />}</QueryState>;
}
