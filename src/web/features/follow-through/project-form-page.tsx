// Create or edit a project: title, topics, lead organisations per side, status (only the moves
// allowed now) and progress (unless it is rolled up from sub-projects), dates, milestones, results
// with target and actual, the commitments it carries out and its parent project.
import {
  Alert, Button, CloseButton, Fieldset, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { localize } from '../../../domain/localized.ts';
import { LOCALES, type Locale, TOPIC_CODES } from '../../../domain/taxonomy.ts';
import { PROJECT_STATUS_DEFAULT_PROGRESS, PROJECT_STATUSES } from '../../../features/projects/progress.ts';
import { useCommitment, useCommitments, usePartnership, useProject, useProjects, useSaveProject } from '../../api/queries.ts';
import type { Partnership, Project, ProjectInput, ProjectPatch } from '../../api/types.ts';
import { AppLink } from '../../components/app-link.tsx';
import { emptyLocalized, fromLocalizedValues, LocalizedFields, type LocalizedValues, toLocalizedValues } from '../../components/localized-fields.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { applyServerErrors, focusFirstInvalidField, type PathRenames } from '../../components/server-errors.ts';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { isValidDate } from '../../components/validation.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { useIdParam } from '../../routes/route-params.ts';
import { followThroughMessage } from './errors.ts';
import { PROJECT_STATUS_LABELS } from './labels.tsx';
import { useOwnerOptions } from './owners.ts';

/** A row edited in one language; the other languages are kept as they were (like statements). */
interface MilestoneRow { key: string; id?: number; dueOn: string; title: string; otherLanguages: Record<string, string>; description: Record<string, string>; done: boolean; doneOn: string }
interface ResultRow { key: string; id?: number; name: string; otherLanguages: Record<string, string>; unit: string; target: number | string; actual: number | string }
interface ProjectFormValues {
  title: LocalizedValues;
  description: LocalizedValues;
  topics: string[];
  leadsA: string[];
  leadsB: string[];
  status: string;
  progress: number | string;
  startOn: string;
  endOn: string;
  parentId: string | null;
  weight: number | string;
  commitmentIds: string[];
  milestones: MilestoneRow[];
  results: ResultRow[];
}

const SERVER_PATHS: PathRenames = [
  [/^title(\..*)?$/, 'title'],
  [/^parentId$/, 'parentId'],
  [/^milestones\.(\d+)\.title(\..*)?$/, 'milestones.$1.title'],
  [/^results\.(\d+)\.name(\..*)?$/, 'results.$1.name'],
  [/^leads(\..*)?$/, 'leadsA'],
  [/^commitmentIds(\..*)?$/, 'commitmentIds'],
];

function splitLanguage(text: Record<string, string>, locale: Locale): [string, Record<string, string>] {
  const language = text[locale] ? locale : (LOCALES.find((code) => text[code]) ?? locale);
  const { [language]: shown, ...others } = text;
  return [shown ?? '', others];
}

export const newMilestone = (): MilestoneRow => ({ key: randomId(), dueOn: '', title: '', otherLanguages: {}, description: {}, done: false, doneOn: '' });
const newResult = (): ResultRow => ({ key: randomId(), name: '', otherLanguages: {}, unit: '', target: '', actual: '' });
const num = (value: number | string) => (value === '' || value === null ? null : Number(value));

function valuesFromProject(project: Project, locale: Locale): ProjectFormValues {
  return {
    title: toLocalizedValues(project.title),
    description: toLocalizedValues(project.description),
    topics: project.topics,
    leadsA: project.leads.filter((l) => l.side === 'a').map((l) => String(l.organisation.id)),
    leadsB: project.leads.filter((l) => l.side === 'b').map((l) => String(l.organisation.id)),
    status: project.status,
    // Rolled up: show the effective progress (the field is read-only then and never sent).
    progress: project.progressRolledUp ? project.progress : project.ownProgress,
    startOn: project.startOn ?? '',
    endOn: project.endOn ?? '',
    parentId: project.parentId === null ? null : String(project.parentId),
    weight: project.weight,
    commitmentIds: project.commitmentIds.map(String),
    milestones: project.milestones.map((m) => {
      const [title, otherLanguages] = splitLanguage(m.title, locale);
      return { key: randomId(), id: m.id, dueOn: m.dueOn, title, otherLanguages, description: m.description, done: m.doneOn !== null, doneOn: m.doneOn ?? '' };
    }),
    results: project.results.map((r) => {
      const [name, otherLanguages] = splitLanguage(r.name, locale);
      return { key: randomId(), id: r.id, name, otherLanguages, unit: r.unit ?? '', target: r.target ?? '', actual: r.actual ?? '' };
    }),
  };
}

function ProjectForm({ existing, initial, partnership }: { existing?: Project; initial: ProjectFormValues; partnership: Partnership | null }) {
  const { t, locale, place, topic } = useLocaleFormat();
  const navigate = useNavigate();
  const save = useSaveProject(existing?.id ?? null);
  const owners = useOwnerOptions(partnership);
  const commitments = useCommitments({ partnership: partnership?.id }, partnership !== null);
  const projects = useProjects({ partnership: partnership?.id }, partnership !== null);
  const [formError, setFormError] = useState<string | null>(null);
  const rolledUp = existing?.progressRolledUp ?? false;
  const form = useForm<ProjectFormValues>({
    initialValues: initial,
    validate: {
      title: (value) => (Object.values(value).some((text) => text.trim()) ? null : t('validation.titleRequired')),
      progress: (value, values) =>
        value === '' ? null : Number(value) < 0 || Number(value) > 100 || !Number.isInteger(Number(value)) ? t('followThrough.validation.progress')
          : values.status === 'completed' && Number(value) !== 100 ? t('followThrough.validation.completed100') : null,
      startOn: (value) => (value && !isValidDate(value) ? t('validation.date') : null),
      endOn: (value, values) => (!value ? null : !isValidDate(value) ? t('validation.date') : values.startOn && value < values.startOn ? t('validation.endBeforeStart') : null),
      milestones: {
        dueOn: (value) => (!value ? t('validation.required') : isValidDate(value) ? null : t('validation.date')),
        title: (value, values, path) => {
          const row = values.milestones[Number(path.split('.')[1])];
          return value.trim() || Object.keys(row?.otherLanguages ?? {}).length ? null : t('validation.required');
        },
      },
      results: {
        name: (value, values, path) => {
          const row = values.results[Number(path.split('.')[1])];
          return value.trim() || Object.keys(row?.otherLanguages ?? {}).length ? null : t('validation.required');
        },
      },
    },
  });
  const values = form.getValues();

  const submit = form.onSubmit(
    (v) => {
      setFormError(null);
      const today = new Date().toISOString().slice(0, 10);
      const body = {
        title: fromLocalizedValues(v.title),
        description: fromLocalizedValues(v.description),
        topics: v.topics as ProjectInput['topics'],
        leads: [...v.leadsA.map((id) => ({ organisationId: Number(id), side: 'a' as const })), ...v.leadsB.map((id) => ({ organisationId: Number(id), side: 'b' as const }))],
        status: v.status as ProjectInput['status'],
        startOn: v.startOn || null,
        endOn: v.endOn || null,
        parentId: v.parentId ? Number(v.parentId) : null,
        weight: num(v.weight) ?? 1,
        commitmentIds: v.commitmentIds.map(Number),
        milestones: v.milestones.map((m) => ({
          ...(m.id !== undefined ? { id: m.id } : {}),
          dueOn: m.dueOn,
          title: { ...m.otherLanguages, ...(m.title.trim() ? { [locale]: m.title.trim() } : {}) },
          description: m.description,
          doneOn: m.done ? m.doneOn || today : null,
        })),
        results: v.results.map((r) => ({
          ...(r.id !== undefined ? { id: r.id } : {}),
          name: { ...r.otherLanguages, ...(r.name.trim() ? { [locale]: r.name.trim() } : {}) },
          unit: r.unit.trim() || null,
          target: num(r.target),
          actual: num(r.actual),
        })),
        // Progress only when the reader set one (a status change alone takes the status's default).
        ...(!rolledUp && v.progress !== '' && (!existing || Number(v.progress) !== existing.ownProgress) ? { progress: Number(v.progress) } : {}),
        ...(!existing && partnership ? { partnershipId: partnership.id } : {}),
      };
      save.mutate(body as ProjectInput | ProjectPatch, {
        onSuccess: (saved) => {
          notifications.show({ color: 'green', message: t('followThrough.project.saved') });
          navigate(`/projects/${saved.id}`);
        },
        onError: (error) => {
          setFormError(followThroughMessage(error, t, 'project') ?? applyServerErrors(form, error, SERVER_PATHS));
          focusFirstInvalidField();
        },
      });
    },
    () => {
      setFormError(t('form.fixErrors'));
      focusFirstInvalidField();
    },
  );

  const title = existing ? t('followThrough.project.editTitle') : t('followThrough.project.newTitle');
  useDocumentTitle(title);
  const statuses = existing ? [existing.status, ...existing.nextStatuses] : PROJECT_STATUSES;
  const organisationOptions = owners.organisations.map((o) => ({ value: o.value.slice(2), label: o.label }));
  const parentOptions = (projects.data?.items ?? []).filter((p) => p.id !== existing?.id).map((p) => ({ value: String(p.id), label: localize(p.title, locale) }));
  const commitmentOptions = (commitments.data?.items ?? []).map((c) => ({ value: String(c.id), label: localize(c.text, locale).slice(0, 120) }));

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={900} gap="lg">
        <Title order={1}>{title}</Title>
        {partnership && (
          <Text>
            {t('common.labelColon', { label: t('followThrough.partnership') })}
            <AppLink to={`/partnerships/${partnership.id}/follow-through`}>{`${place(partnership.placeA)} – ${place(partnership.placeB)}`}</AppLink>
          </Text>
        )}
        {existing && <Text><AppLink to={`/projects/${existing.id}`}>{localize(existing.title, locale)}</AppLink></Text>}
        {formError && <Alert color="red" title={t('form.saveFailed')} role="alert">{formError}</Alert>}

        <Fieldset legend={t('followThrough.project.sectionWhat')}>
          <Stack>
            <LocalizedFields form={form} path="title" legend={t('followThrough.project.titleField')} required maxLength={500} />
            <LocalizedFields form={form} path="description" legend={t('followThrough.project.description')} multiline />
            <MultiSelect
              label={t('followThrough.project.topics')}
              searchable
              clearable
              data={TOPIC_CODES.map((code) => ({ value: code, label: topic(code) }))}
              {...form.getInputProps('topics')}
            />
            <MultiSelect
              label={t('followThrough.project.commitments')}
              searchable
              clearable
              nothingFoundMessage={t('followThrough.owner.nothing')}
              data={commitmentOptions}
              {...form.getInputProps('commitmentIds')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('followThrough.project.sectionProgress')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('followThrough.status')}
              allowDeselect={false}
              description={existing ? t('followThrough.nextStatusesHint') : undefined}
              data={statuses.map((code) => ({ value: code, label: t(PROJECT_STATUS_LABELS[code]) }))}
              {...form.getInputProps('status')}
            />
            <NumberInput
              label={t('followThrough.project.progress')}
              description={rolledUp ? t('followThrough.project.rolledUpHint') : t('followThrough.project.progressHint', { value: PROJECT_STATUS_DEFAULT_PROGRESS[values.status as keyof typeof PROJECT_STATUS_DEFAULT_PROGRESS] ?? 0 })}
              min={0}
              max={100}
              step={5}
              suffix=" %"
              disabled={rolledUp}
              allowDecimal={false}
              {...form.getInputProps('progress')}
            />
            <TextInput type="date" label={t('followThrough.project.start')} {...form.getInputProps('startOn')} />
            <TextInput type="date" label={t('followThrough.project.end')} {...form.getInputProps('endOn')} />
            <Select label={t('followThrough.project.parent')} clearable searchable data={parentOptions} nothingFoundMessage={t('followThrough.owner.nothing')} {...form.getInputProps('parentId')} />
            <NumberInput label={t('followThrough.project.weight')} description={t('followThrough.project.weightHint')} min={0.1} step={0.5} {...form.getInputProps('weight')} />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('followThrough.project.leads')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MultiSelect
              label={partnership ? t('followThrough.owner.ofSide', { place: place(partnership.placeA) }) : t('followThrough.owner.sideA')}
              data={organisationOptions}
              searchable
              nothingFoundMessage={t('followThrough.owner.nothing')}
              placeholder={organisationOptions.length ? undefined : t('followThrough.owner.noOrganisations')}
              {...form.getInputProps('leadsA')}
            />
            <MultiSelect
              label={partnership ? t('followThrough.owner.ofSide', { place: place(partnership.placeB) }) : t('followThrough.owner.sideB')}
              data={organisationOptions}
              searchable
              nothingFoundMessage={t('followThrough.owner.nothing')}
              placeholder={organisationOptions.length ? undefined : t('followThrough.owner.noOrganisations')}
              {...form.getInputProps('leadsB')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('followThrough.milestone.title')}>
          <Stack gap="xs">
            {values.milestones.length === 0 && <Text size="sm" c="dimmed">{t('followThrough.milestone.none')}</Text>}
            {values.milestones.map((row, index) => (
              <Group key={row.key} gap="xs" align="flex-end" wrap="wrap">
                <TextInput type="date" label={t('followThrough.milestone.due')} required w={160} {...form.getInputProps(`milestones.${index}.dueOn`)} />
                <TextInput label={t('followThrough.milestone.name')} required style={{ flex: 1, minWidth: 180 }} {...form.getInputProps(`milestones.${index}.title`)} />
                <TextInput type="date" label={t('followThrough.milestone.done')} w={160} value={row.doneOn}
                  onChange={(event) => { form.setFieldValue(`milestones.${index}.doneOn`, event.currentTarget.value); form.setFieldValue(`milestones.${index}.done`, !!event.currentTarget.value); }} />
                <CloseButton aria-label={t('followThrough.milestone.remove')} onClick={() => form.removeListItem('milestones', index)} mb={6} />
              </Group>
            ))}
            <Group><Button variant="light" size="xs" onClick={() => form.insertListItem('milestones', newMilestone())}>{t('followThrough.milestone.add')}</Button></Group>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('followThrough.result.title')}>
          <Stack gap="xs">
            {values.results.length === 0 && <Text size="sm" c="dimmed">{t('followThrough.result.none')}</Text>}
            {values.results.map((row, index) => (
              <Group key={row.key} gap="xs" align="flex-end" wrap="wrap">
                <TextInput label={t('followThrough.result.name')} required style={{ flex: 1, minWidth: 180 }} {...form.getInputProps(`results.${index}.name`)} />
                <TextInput label={t('followThrough.result.unit')} w={100} {...form.getInputProps(`results.${index}.unit`)} />
                <NumberInput label={t('followThrough.result.target')} w={110} {...form.getInputProps(`results.${index}.target`)} />
                <NumberInput label={t('followThrough.result.actual')} w={110} {...form.getInputProps(`results.${index}.actual`)} />
                <CloseButton aria-label={t('followThrough.result.remove')} onClick={() => form.removeListItem('results', index)} mb={6} />
              </Group>
            ))}
            <Group><Button variant="light" size="xs" onClick={() => form.insertListItem('results', newResult())}>{t('followThrough.result.add')}</Button></Group>
          </Stack>
        </Fieldset>

        <Group>
          <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
          <Button variant="subtle" onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

const emptyValues = (): ProjectFormValues => ({
  title: emptyLocalized(), description: emptyLocalized(), topics: [], leadsA: [], leadsB: [], status: 'planned', progress: '', startOn: '', endOn: '',
  parentId: null, weight: 1, commitmentIds: [], milestones: [], results: [],
});

function NewProject({ partnershipId, commitmentId, initial }: { partnershipId: number | null; commitmentId: number | null; initial: ProjectFormValues }) {
  const partnership = usePartnership(partnershipId);
  const start = { ...initial, commitmentIds: commitmentId !== null ? [String(commitmentId)] : [] };
  if (partnershipId === null) return <ProjectForm initial={start} partnership={null} />;
  return <QueryState query={partnership}>{(p) => <ProjectForm initial={start} partnership={p} />}</QueryState>;
}

export function ProjectNewPage() {
  const { locale } = useLocaleFormat();
  const [params] = useSearchParams();
  const commitmentId = /^\d+$/.test(params.get('commitment') ?? '') ? Number(params.get('commitment')) : null;
  const parentId = params.get('parent');
  const commitment = useCommitment(commitmentId);
  if (commitmentId !== null && !commitment.data) return <QueryState query={commitment}>{() => null}</QueryState>;
  const fromParam = /^\d+$/.test(params.get('partnership') ?? '') ? Number(params.get('partnership')) : null;
  const initial = emptyValues();
  // A project for a commitment starts with the commitment's words and topic.
  if (commitment.data) {
    initial.title = { ...emptyLocalized(), [locale]: localize(commitment.data.text, locale).slice(0, 200) };
    if (commitment.data.topic) initial.topics = [commitment.data.topic];
  }
  if (parentId && /^\d+$/.test(parentId)) initial.parentId = parentId;
  return <NewProject partnershipId={fromParam ?? commitment.data?.partnershipId ?? null} commitmentId={commitmentId} initial={initial} />;
}

function EditProject({ project }: { project: Project }) {
  const { locale } = useLocaleFormat();
  const partnership = usePartnership(project.partnershipId);
  if (project.partnershipId === null) return <ProjectForm existing={project} initial={valuesFromProject(project, locale)} partnership={null} />;
  return <QueryState query={partnership}>{(p) => <ProjectForm existing={project} initial={valuesFromProject(project, locale)} partnership={p} />}</QueryState>;
}

export function ProjectEditPage() {
  const project = useProject(useIdParam());
  return <QueryState query={project}>{(p) => <EditProject project={p} />}</QueryState>;
}
