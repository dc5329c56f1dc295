// One project: status (with the moves allowed now), progress (set here unless rolled up from
// sub-projects), milestones to add and complete, results against their targets, and the links
// back to commitments, the parent and sub-projects.
import { Alert, Button, Card, Group, List, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { localize } from '../../../domain/localized.ts';
import { useDeleteProject, useProject, useSaveProject } from '../../api/queries.ts';
import type { Project, ProjectPatch } from '../../api/types.ts';
import { AppLink } from '../../components/app-link.tsx';
import { ConfirmDelete } from '../../components/confirm-delete.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { isValidDate } from '../../components/validation.ts';
import { contentLanguage } from '../../i18n/format.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { useIdParam } from '../../routes/route-params.ts';
import { followThroughMessage } from './errors.ts';
import { FlagBadges, PROJECT_STATUS_LABELS, ProgressBar, ProjectStatusBadge } from './labels.tsx';

const today = () => new Date().toISOString().slice(0, 10);

/** The milestones as the API takes them back (ids kept), so one can be changed or added. */
const milestoneInputs = (project: Project) =>
  project.milestones.map((m) => ({ id: m.id, dueOn: m.dueOn, title: m.title, description: m.description, doneOn: m.doneOn }));

function ProjectView({ project: p }: { project: Project }) {
  const { t, locale, date, number } = useLocaleFormat();
  const navigate = useNavigate();
  const save = useSaveProject(p.id);
  const remove = useDeleteProject();
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | string>(p.ownProgress);
  const [milestoneDate, setMilestoneDate] = useState('');
  const [milestoneTitle, setMilestoneTitle] = useState('');
  const title = localize(p.title, locale);
  useDocumentTitle(title);

  const patch = (body: ProjectPatch, after?: () => void) => {
    setError(null);
    save.mutate(body, {
      onSuccess: (saved) => {
        setProgress(saved.ownProgress);
        notifications.show({ color: 'green', message: t('followThrough.project.saved') });
        after?.();
      },
      onError: (e) => setError(followThroughMessage(e, t, 'project') ?? e.message),
    });
  };
  const addMilestone = () => {
    if (!isValidDate(milestoneDate) || !milestoneTitle.trim()) {
      setError(t('followThrough.milestone.needDateAndTitle'));
      return;
    }
    patch({ milestones: [...milestoneInputs(p), { dueOn: milestoneDate, title: { [locale]: milestoneTitle.trim() }, description: {}, doneOn: null }] }, () => {
      setMilestoneDate('');
      setMilestoneTitle('');
    });
  };
  const setDone = (id: number, doneOn: string | null) => patch({ milestones: milestoneInputs(p).map((m) => (m.id === id ? { ...m, doneOn } : m)) });

  return (
    <Stack maw={1000} gap="lg">
      <div>
        <Text size="sm" c="dimmed">{t('followThrough.project.heading')}</Text>
        <Title order={1} lang={contentLanguage(p.title, locale)}>{title}</Title>
        <Group gap="xs" mt={4}>
          <ProjectStatusBadge status={p.status} />
          <FlagBadges overdue={p.overdue} />
          {(p.startOn || p.endOn) && <Text size="sm" c={p.overdue ? 'red' : 'dimmed'}>{[p.startOn ? date(p.startOn) : '…', p.endOn ? date(p.endOn) : '…'].join(' – ')}</Text>}
        </Group>
      </div>
      <Group gap="xs">
        <Button component={Link} to={`/projects/${p.id}/edit`} variant="light">{t('common.edit')}</Button>
        <Button component={Link} to={`/projects/new?parent=${p.id}${p.partnershipId ? `&partnership=${p.partnershipId}` : ''}`} variant="light">{t('followThrough.project.addSub')}</Button>
        {p.partnershipId && <Button component={Link} to={`/partnerships/${p.partnershipId}/follow-through`} variant="subtle">{t('followThrough.title')}</Button>}
        <ConfirmDelete
          what={title}
          pending={remove.isPending}
          onConfirm={() =>
            remove.mutate(p.id, {
              onSuccess: () => {
                notifications.show({ color: 'green', message: t('followThrough.deleted') });
                navigate(p.partnershipId ? `/partnerships/${p.partnershipId}/follow-through` : '/');
              },
              onError: (e) => notifications.show({ color: 'red', title: t('common.deleteFailed'), message: followThroughMessage(e, t, 'project') ?? e.message }),
            })
          }
        />
      </Group>
      {error && <Alert color="red" role="alert" withCloseButton onClose={() => setError(null)}>{error}</Alert>}

      <Card withBorder>
        <Stack gap="sm">
          <ProgressBar value={p.progress} rolledUp={p.progressRolledUp} />
          {p.progressRolledUp ? (
            <Text size="sm" c="dimmed">{t('followThrough.project.rolledUpHint')}</Text>
          ) : (
            <Group gap="xs" align="flex-end">
              <NumberInput label={t('followThrough.project.progress')} min={0} max={100} step={5} suffix=" %" allowDecimal={false} value={progress} onChange={setProgress} w={140} />
              <Button variant="default" onClick={() => patch({ progress: Number(progress) })} disabled={progress === '' || Number(progress) === p.ownProgress} loading={save.isPending && save.variables?.progress !== undefined}>
                {t('followThrough.project.setProgress')}
              </Button>
            </Group>
          )}
          <Group gap="xs">
            {p.nextStatuses.map((status) => (
              <Button key={status} size="xs" variant="default" onClick={() => patch({ status })}>{t('followThrough.moveTo', { status: t(PROJECT_STATUS_LABELS[status]) })}</Button>
            ))}
          </Group>
          {localize(p.description, locale) && <Text className="prewrap">{localize(p.description, locale)}</Text>}
        </Stack>
      </Card>

      <section aria-labelledby="project-milestones">
        <Title order={2} size="h3" id="project-milestones" mb="xs">{t('followThrough.milestone.title')}</Title>
        {p.milestones.length === 0 && <Text size="sm" c="dimmed" mb="xs">{t('followThrough.milestone.none')}</Text>}
        <List listStyleType="none" spacing={6} mb="sm">
          {p.milestones.map((m) => (
            <List.Item key={m.id}>
              <Group gap="xs" wrap="wrap">
                <Text size="sm" c={m.overdue ? 'red' : undefined} fw={m.overdue ? 600 : undefined}>
                  {m.doneOn ? '✓' : '○'} {date(m.dueOn)} · {localize(m.title, locale)}
                </Text>
                {m.overdue && <FlagBadges overdue />}
                {m.doneOn ? (
                  <>
                    <Text size="xs" c="dimmed">{t('followThrough.milestone.doneOn', { date: date(m.doneOn) })}</Text>
                    <Button size="compact-xs" variant="subtle" onClick={() => setDone(m.id, null)}>{t('followThrough.milestone.reopen')}</Button>
                  </>
                ) : (
                  <Button size="compact-xs" variant="light" onClick={() => setDone(m.id, today())}>{t('followThrough.milestone.complete')}</Button>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
        <Group gap="xs" align="flex-end" wrap="wrap">
          <TextInput type="date" label={t('followThrough.milestone.due')} value={milestoneDate} onChange={(e) => setMilestoneDate(e.currentTarget.value)} w={170} />
          <TextInput label={t('followThrough.milestone.name')} value={milestoneTitle} onChange={(e) => setMilestoneTitle(e.currentTarget.value)} style={{ flex: 1, minWidth: 180 }} />
          <Button variant="light" onClick={addMilestone}>{t('followThrough.milestone.add')}</Button>
        </Group>
      </section>

      <section aria-labelledby="project-results">
        <Title order={2} size="h3" id="project-results" mb="xs">{t('followThrough.result.title')}</Title>
        {p.results.length === 0 ? (
          <Text size="sm" c="dimmed">{t('followThrough.result.none')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={320}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('followThrough.result.name')}</Table.Th>
                  <Table.Th ta="right">{t('followThrough.result.actual')}</Table.Th>
                  <Table.Th ta="right">{t('followThrough.result.target')}</Table.Th>
                  <Table.Th>{t('followThrough.result.unit')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {p.results.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>{localize(r.name, locale)}</Table.Td>
                    <Table.Td ta="right" fw={600}>{r.actual === null ? '–' : number(r.actual)}</Table.Td>
                    <Table.Td ta="right">{r.target === null ? '–' : number(r.target)}</Table.Td>
                    <Table.Td>{r.unit ?? ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </section>

      <section aria-labelledby="project-links">
        <Title order={2} size="h3" id="project-links" mb="xs">{t('followThrough.project.links')}</Title>
        <Stack gap={4}>
          {p.parentId !== null && <Text size="sm">{t('common.labelColon', { label: t('followThrough.project.parent') })}<AppLink to={`/projects/${p.parentId}`}>#{p.parentId}</AppLink></Text>}
          <Text size="sm">
            {t('common.labelColon', { label: t('followThrough.project.commitments') })}
            {p.commitmentIds.length === 0 ? t('common.none') : p.commitmentIds.map((id, i) => <span key={id}>{i > 0 && ', '}<AppLink to={`/commitments/${id}`}>{t('followThrough.commitment.link', { id })}</AppLink></span>)}
          </Text>
          {p.subProjectIds.length > 0 && (
            <Text size="sm">
              {t('common.labelColon', { label: t('followThrough.project.subProjects') })}
              {p.subProjectIds.map((id, i) => <span key={id}>{i > 0 && ', '}<AppLink to={`/projects/${id}`}>#{id}</AppLink></span>)}
            </Text>
          )}
          {p.engagementIds.length > 0 && (
            <Text size="sm">
              {t('common.labelColon', { label: t('followThrough.project.engagements') })}
              {p.engagementIds.map((id, i) => <span key={id}>{i > 0 && ', '}<AppLink to={`/engagements/${id}`}>#{id}</AppLink></span>)}
            </Text>
          )}
        </Stack>
      </section>
    </Stack>
  );
}

export function ProjectPage() {
  const project = useProject(useIdParam());
  return <QueryState query={project}>{(p) => <ProjectView key={p.id} project={p} />}</QueryState>;
}
