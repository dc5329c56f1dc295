// Create or edit an engagement: what happened, when and where, who took part on which side,
// topics, statements and pledges, and the sources it was taken from.
import {
  Alert, Button, Card, Center, Checkbox, Loader, CloseButton, Fieldset, Group, MultiSelect, Select, SimpleGrid, Stack, Switch, Text, Textarea,
  TextInput, Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { localize } from '../../../domain/localized.ts';
import { ENGAGEMENT_KINDS, LOCALES, type Locale, ROLE_CODES, SIDES, TOPIC_CODES } from '../../../domain/taxonomy.ts';
import { SOURCE_KINDS } from '../../../features/sources/contract.ts';
import { useEngagement, usePartnership, usePlace, useSaveEngagement } from '../../api/queries.ts';
import type { Engagement, EngagementInput, Partnership, PlaceSummary } from '../../api/types.ts';
import { AppLink } from '../../components/app-link.tsx';
import { fromLocalizedValues, LocalizedFields, type LocalizedValues, toLocalizedValues } from '../../components/localized-fields.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { applyServerErrors, focusFirstInvalidField, type PathRenames } from '../../components/server-errors.ts';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { isValidDate } from '../../components/validation.ts';
import { VisibilitySelect } from '../../components/visibility.tsx';
import type { Visibility } from '../../../domain/common.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { useIdParam } from '../../routes/route-params.ts';
import { type PersonChoice, PersonPicker, personPayload } from '../people/person-picker.tsx';
import { PlacePicker } from '../places/place-picker.tsx';
import { type SessionState, useSession } from '../auth/session.ts';

interface ParticipantRow { key: string; person: PersonChoice | null; role: string | null; ofPlace: PlaceSummary | null; side: string }
interface StatementRow {
  key: string;
  /** Set for a statement already stored. */
  id?: number;
  speakerPersonId: string | null;
  language: Locale;
  text: string;
  /** The statement in the other languages, kept as it was: the form edits one language at a time. */
  otherLanguages: Partial<LocalizedValues>;
  isPledge: boolean;
}
interface SourceRow {
  key: string;
  /** Set for a source already in the record (linked, not edited here). */
  sourceId: number | null;
  kind: string;
  title: string;
  url: string;
  publisher: string;
  language: string | null;
  publishedOn: string;
  text: string;
}
export interface EngagementFormValues {
  kind: string;
  title: LocalizedValues;
  date: string;
  endDate: string;
  location: PlaceSummary | null;
  places: PlaceSummary[];
  partnership: Partnership | null;
  topics: string[];
  agreementSigned: boolean;
  visibility: Visibility;
  /** Kept as loaded: the organisation whose own activity this is. */
  organisationId: number | null;
  summary: LocalizedValues;
  participants: ParticipantRow[];
  statements: StatementRow[];
  sources: SourceRow[];
}

const SERVER_PATHS: PathRenames = [
  [/^locationPlaceId$/, 'location'],
  [/^placeIds(\.\d+)?$/, 'places'],
  [/^partnershipId$/, 'partnership'],
  [/^participants\.(\d+)\.(personId|person)(\..*)?$/, 'participants.$1.person'],
  [/^participants\.(\d+)\.ofPlaceId$/, 'participants.$1.ofPlace'],
  [/^statements\.(\d+)\.text(\..*)?$/, 'statements.$1.text'],
];

const newParticipant = (): ParticipantRow => ({ key: randomId(), person: null, role: null, ofPlace: null, side: '' });
const newStatement = (language: Locale): StatementRow => ({ key: randomId(), speakerPersonId: null, language, text: '', otherLanguages: {}, isPledge: false });
const newSource = (): SourceRow => ({ key: randomId(), sourceId: null, kind: 'press_release', title: '', url: '', publisher: '', language: null, publishedOn: '', text: '' });

function valuesFromEngagement(engagement: Engagement, locale: Locale): EngagementFormValues {
  return {
    kind: engagement.kind,
    title: toLocalizedValues(engagement.title),
    date: engagement.date,
    endDate: engagement.endDate ?? '',
    location: engagement.location,
    places: engagement.places,
    partnership: null,
    topics: engagement.topics,
    agreementSigned: engagement.agreementSigned,
    visibility: engagement.visibility,
    organisationId: engagement.organisationId,
    summary: toLocalizedValues(engagement.summary),
    participants: engagement.participants.map((p) => ({
      key: randomId(), person: { kind: 'existing', person: p.person }, role: p.role, ofPlace: p.ofPlace, side: p.side ?? '',
    })),
    statements: engagement.statements.map((s) => {
      const language = (s.text[locale] ? locale : (LOCALES.find((code) => s.text[code]) ?? locale)) as Locale;
      const { [language]: text, ...otherLanguages } = s.text;
      return { key: randomId(), id: s.id, speakerPersonId: s.speakerPersonId ? String(s.speakerPersonId) : null, language, text: text ?? '', otherLanguages, isPledge: s.isPledge };
    }),
    sources: engagement.sources.map((s) => ({ ...newSource(), sourceId: s.id, kind: s.kind, title: s.title ?? '', url: s.url ?? '', publisher: s.publisher ?? '' })),
  };
}

function toPayload(values: EngagementFormValues): EngagementInput {
  return {
    kind: values.kind as EngagementInput['kind'],
    title: fromLocalizedValues(values.title),
    date: values.date,
    endDate: values.endDate || null,
    locationPlaceId: values.location?.id ?? null,
    // Left out when not chosen: the API links the partnership itself when two partner cities took part.
    partnershipId: values.partnership?.id ?? null,
    placeIds: values.places.map((p) => p.id),
    summary: fromLocalizedValues(values.summary),
    agreementSigned: values.agreementSigned,
    visibility: values.visibility,
    organisationId: values.organisationId,
    topics: values.topics as EngagementInput['topics'],
    participants: values.participants.map((row) => ({
      ...personPayload(row.person!),
      role: row.role as EngagementInput['participants'][number]['role'],
      ofPlaceId: row.ofPlace?.id ?? null,
      ofOrganisationId: null,
      side: (row.side || null) as 'host' | 'guest' | null,
    })) as EngagementInput['participants'],
    statements: values.statements.map((row) => ({
      // The stored id keeps commitments made from this pledge linked to it.
      ...(row.id !== undefined ? { id: row.id } : {}),
      speakerPersonId: row.speakerPersonId ? Number(row.speakerPersonId) : null,
      text: { ...row.otherLanguages, [row.language]: row.text.trim() },
      isPledge: row.isPledge,
    })),
    sources: values.sources.map((row) =>
      row.sourceId !== null
        ? { sourceId: row.sourceId }
        : {
            kind: row.kind as (typeof SOURCE_KINDS)[number],
            title: row.title.trim() || null,
            url: row.url.trim() || null,
            publisher: row.publisher.trim() || null,
            language: (row.language || null) as Locale | null,
            publishedOn: row.publishedOn || null,
            text: row.text.trim(),
          },
    ) as EngagementInput['sources'],
  };
}

function isHttpUrl(value: string) {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * An organisation's contributor (no office to write for) logs activities of their own organisation:
 * a new engagement belongs to it. Office members leave it empty.
 */
function contributorOrganisation(state: SessionState | undefined): number | null {
  const user = state?.user;
  if (!user || user.workspaces.some((w) => w.role !== 'viewer')) return null;
  return user.organisations[0] ?? null;
}

function EngagementForm({ existing, initial }: { existing?: Engagement; initial: EngagementFormValues }) {
  const { t, locale, place, person, topic } = useLocaleFormat();
  const navigate = useNavigate();
  const save = useSaveEngagement(existing?.id ?? null);
  const [formError, setFormError] = useState<string | null>(null);
  const session = useSession();
  const form = useForm<EngagementFormValues>({
    initialValues: existing ? initial : { ...initial, organisationId: contributorOrganisation(session.data) },
    validate: {
      kind: (value) => (value ? null : t('validation.required')),
      title: (value) => (Object.values(value).some((text) => text.trim()) ? null : t('validation.titleRequired')),
      date: (value) => (!value ? t('validation.required') : isValidDate(value) ? null : t('validation.date')),
      endDate: (value, values) =>
        !value ? null : !isValidDate(value) ? t('validation.date') : values.date && value < values.date ? t('validation.endBeforeStart') : null,
      participants: {
        person: (value) =>
          !value ? t('validation.personRequired') : value.kind === 'new' && !value.latin.trim() && !value.zh.trim() ? t('validation.personName') : null,
        role: (value) => (value ? null : t('validation.roleRequired')),
      },
      statements: { text: (value) => (value.trim() ? null : t('validation.statementText')) },
      sources: {
        text: (value, values, path) => {
          const row = values.sources[Number(path.split('.')[1])];
          return row?.sourceId === null && !value.trim() ? t('validation.sourceText') : null;
        },
        url: (value) => (value.trim() && !isHttpUrl(value.trim()) ? t('validation.url') : null),
        publishedOn: (value) => (value && !isValidDate(value) ? t('validation.date') : null),
      },
    },
  });

  const submit = form.onSubmit(
    (values) => {
      setFormError(null);
      const payload = toPayload(values);
      // On edit, keep the partnership the server linked unless the reader chose one.
      const body = existing && payload.partnershipId === null ? (({ partnershipId: _omit, ...rest }) => rest)(payload) : payload;
      save.mutate(body, {
        onSuccess: (saved) => {
          notifications.show({ color: 'green', message: t('engagements.saved') });
          navigate(`/engagements/${saved.id}`);
        },
        onError: (error) => {
          setFormError(applyServerErrors(form, error, SERVER_PATHS));
          focusFirstInvalidField();
        },
      });
    },
    () => {
      setFormError(t('form.fixErrors'));
      focusFirstInvalidField();
    },
  );

  const title = existing ? t('engagements.editTitle') : t('engagements.newTitle');
  useDocumentTitle(title);
  const values = form.getValues();
  const speakerOptions = values.participants
    .filter((row) => row.person?.kind === 'existing')
    .map((row) => ({ value: String((row.person as { person: { id: number } }).person.id), label: person((row.person as Extract<PersonChoice, { kind: 'existing' }>).person) }));

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={900} gap="lg">
        <Title order={1}>{title}</Title>
        {existing && (
          <Text>
            <AppLink to={`/engagements/${existing.id}`}>{localize(existing.title, locale) || t('engagements.untitled')}</AppLink>
          </Text>
        )}
        {formError && <Alert color="red" title={t('form.saveFailed')} role="alert">{formError}</Alert>}

        <Fieldset legend={t('engagements.sectionWhat')}>
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Select
                label={t('engagements.kind')}
                required
                allowDeselect={false}
                data={ENGAGEMENT_KINDS.map((code) => ({ value: code, label: t(`engagementKind.${code}`) }))}
                {...form.getInputProps('kind')}
              />
              <TextInput type="date" label={t('engagements.date')} required {...form.getInputProps('date')} />
              <TextInput type="date" label={t('engagements.endDate')} {...form.getInputProps('endDate')} />
            </SimpleGrid>
            <LocalizedFields form={form} path="title" legend={t('engagements.titleField')} description={t('engagements.titleHint')} required maxLength={500} />
            <Switch label={t('engagements.agreementSigned')} {...form.getInputProps('agreementSigned', { type: 'checkbox' })} />
            <VisibilitySelect
              value={form.values.visibility}
              onChange={(value) => form.setFieldValue('visibility', value)}
              disabled={existing !== undefined && !existing.access?.actions.changeVisibility}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('engagements.sectionWhere')}>
          <Stack>
            <PlacePicker
              label={t('engagements.location')}
              value={values.location}
              onChange={(p) => form.setFieldValue('location', p)}
              error={form.errors.location}
            />
            <div>
              <PlacePicker
                label={t('engagements.places')}
                description={t('engagements.placesHint')}
                value={null}
                clearOnSelect
                placeholder={t('engagements.addPlace')}
                error={form.errors.places}
                onChange={(p) => {
                  if (p && !form.getValues().places.some((existingPlace) => existingPlace.id === p.id)) form.insertListItem('places', p);
                }}
              />
              <Group gap="xs" mt="xs" aria-live="polite">
                {values.places.map((p, index) => (
                  <Card key={p.id} withBorder padding={4} px="xs" radius="xl">
                    <Group gap={4} wrap="nowrap">
                      <Text size="sm">{place(p)}</Text>
                      <CloseButton size="sm" aria-label={t('engagements.removePlace', { place: place(p) })} onClick={() => form.removeListItem('places', index)} />
                    </Group>
                  </Card>
                ))}
              </Group>
            </div>
            {values.partnership && (
              <Group gap="xs">
                <Text size="sm">
                  {t('common.labelColon', { label: t('engagements.linkedPartnership') })}
                  <AppLink to={`/partnerships/${values.partnership.id}`}>{`${place(values.partnership.placeA)} – ${place(values.partnership.placeB)}`}</AppLink>
                </Text>
                <Button size="compact-xs" variant="subtle" onClick={() => form.setFieldValue('partnership', null)}>
                  {t('engagements.unlinkPartnership')}
                </Button>
              </Group>
            )}
          </Stack>
        </Fieldset>

        <MultiSelect
          label={t('engagements.topics')}
          placeholder={values.topics.length ? undefined : t('engagements.topicsPlaceholder')}
          searchable
          clearable
          data={TOPIC_CODES.map((code) => ({ value: code, label: topic(code) }))}
          {...form.getInputProps('topics')}
        />

        <Fieldset legend={t('engagements.participants')}>
          <Stack>
            {values.participants.length === 0 && <Text size="sm" c="dimmed">{t('engagements.noParticipantsYet')}</Text>}
            {values.participants.map((row, index) => (
              <Card key={row.key} withBorder padding="sm" component="fieldset" aria-label={t('engagements.participantN', { n: index + 1 })}>
                <Group justify="space-between" mb={4}>
                  <Text size="sm" fw={600}>{t('engagements.participantN', { n: index + 1 })}</Text>
                  <CloseButton aria-label={t('engagements.removeParticipant', { n: index + 1 })} onClick={() => form.removeListItem('participants', index)} />
                </Group>
                <Stack gap="xs">
                  <PersonPicker
                    label={t('engagements.person')}
                    required
                    value={row.person}
                    onChange={(choice) => form.setFieldValue(`participants.${index}.person`, choice)}
                    error={form.errors[`participants.${index}.person`]}
                  />
                  <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
                    <Select
                      label={t('engagements.role')}
                      required
                      searchable
                      data={ROLE_CODES.map((code) => ({ value: code, label: t(`role.${code}`) }))}
                      {...form.getInputProps(`participants.${index}.role`)}
                    />
                    <PlacePicker
                      label={t('engagements.ofPlace')}
                      value={row.ofPlace}
                      onChange={(p) => form.setFieldValue(`participants.${index}.ofPlace`, p)}
                      error={form.errors[`participants.${index}.ofPlace`]}
                    />
                    <Select
                      label={t('engagements.side')}
                      data={[{ value: '', label: t('side.none') }, ...SIDES.map((code) => ({ value: code, label: t(`side.${code}`) }))]}
                      allowDeselect={false}
                      {...form.getInputProps(`participants.${index}.side`)}
                    />
                  </SimpleGrid>
                </Stack>
              </Card>
            ))}
            <Button variant="light" onClick={() => form.insertListItem('participants', newParticipant())} w="fit-content">
              {t('engagements.addParticipant')}
            </Button>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('engagements.statements')}>
          <Stack>
            {values.statements.map((row, index) => (
              <Card key={row.key} withBorder padding="sm">
                <Group justify="space-between" mb={4}>
                  <Text size="sm" fw={600}>{t('engagements.statementN', { n: index + 1 })}</Text>
                  <CloseButton aria-label={t('engagements.removeStatement', { n: index + 1 })} onClick={() => form.removeListItem('statements', index)} />
                </Group>
                <Stack gap="xs">
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                    <Select
                      label={t('engagements.speaker')}
                      description={t('engagements.speakerHint')}
                      clearable
                      data={speakerOptions}
                      {...form.getInputProps(`statements.${index}.speakerPersonId`)}
                    />
                    <Select
                      label={t('engagements.statementLanguage')}
                      allowDeselect={false}
                      data={LOCALES.map((code) => ({ value: code, label: t(`language.${code}`) }))}
                      {...form.getInputProps(`statements.${index}.language`)}
                    />
                  </SimpleGrid>
                  <Textarea label={t('engagements.statementText')} required autosize minRows={2} maxLength={5000} {...form.getInputProps(`statements.${index}.text`)} />
                  <Checkbox label={t('engagements.isPledge')} {...form.getInputProps(`statements.${index}.isPledge`, { type: 'checkbox' })} />
                </Stack>
              </Card>
            ))}
            <Button variant="light" onClick={() => form.insertListItem('statements', newStatement(locale))} w="fit-content">
              {t('engagements.addStatement')}
            </Button>
          </Stack>
        </Fieldset>

        <LocalizedFields form={form} path="summary" legend={t('engagements.summary')} multiline maxLength={20_000} />

        <Fieldset legend={t('engagements.sources')}>
          <Stack>
            {values.sources.map((row, index) =>
              row.sourceId !== null ? (
                <Group key={row.key} justify="space-between" wrap="nowrap">
                  <AppLink to={`/sources/${row.sourceId}`}>{row.title || t('sources.untitled')}</AppLink>
                  <CloseButton aria-label={t('engagements.removeSource', { n: index + 1 })} onClick={() => form.removeListItem('sources', index)} />
                </Group>
              ) : (
                <Card key={row.key} withBorder padding="sm">
                  <Group justify="space-between" mb={4}>
                    <Text size="sm" fw={600}>{t('engagements.newSource')}</Text>
                    <CloseButton aria-label={t('engagements.removeSource', { n: index + 1 })} onClick={() => form.removeListItem('sources', index)} />
                  </Group>
                  <Stack gap="xs">
                    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                      <TextInput label={t('sources.titleField')} {...form.getInputProps(`sources.${index}.title`)} />
                      <Select
                        label={t('sources.kind')}
                        allowDeselect={false}
                        data={SOURCE_KINDS.map((code) => ({ value: code, label: t(`sourceKind.${code}`) }))}
                        {...form.getInputProps(`sources.${index}.kind`)}
                      />
                      <TextInput type="url" label={t('sources.url')} placeholder="https://" {...form.getInputProps(`sources.${index}.url`)} />
                      <TextInput label={t('sources.publisher')} {...form.getInputProps(`sources.${index}.publisher`)} />
                      <Select
                        label={t('sources.language')}
                        clearable
                        data={LOCALES.map((code) => ({ value: code, label: t(`language.${code}`) }))}
                        {...form.getInputProps(`sources.${index}.language`)}
                      />
                      <TextInput type="date" label={t('sources.publishedOn')} {...form.getInputProps(`sources.${index}.publishedOn`)} />
                    </SimpleGrid>
                    <Textarea label={t('sources.text')} required autosize minRows={4} maxRows={12} {...form.getInputProps(`sources.${index}.text`)} />
                  </Stack>
                </Card>
              ),
            )}
            <Button variant="light" onClick={() => form.insertListItem('sources', newSource())} w="fit-content">
              {t('engagements.addSource')}
            </Button>
          </Stack>
        </Fieldset>

        <Group>
          <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
          <Button variant="default" onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

function blankValues(places: PlaceSummary[], partnership: Partnership | null): EngagementFormValues {
  return {
    kind: 'meeting', title: { de: '', en: '', zh: '' }, date: '', endDate: '', location: null, places, partnership, topics: [],
    agreementSigned: false, visibility: 'shared', organisationId: null, summary: { de: '', en: '', zh: '' }, participants: [], statements: [], sources: [],
  };
}

/** Places named in the URL, in order; shown once loaded. */
function usePlacesById(ids: number[]) {
  const first = usePlace(ids[0] ?? null);
  const second = usePlace(ids[1] ?? null);
  const queries = [first, second].slice(0, ids.length);
  return { pending: queries.some((q) => q.isPending), places: queries.flatMap((q) => (q.data ? [q.data] : [])) };
}

/**
 * /engagements/new, optionally started from a page: ?partnership=ID (its two cities),
 * ?place=ID (a place page) or ?places=ID,ID (a follow-up to an engagement).
 */
export function EngagementNewPage() {
  const [params] = useSearchParams();
  const partnershipId = Number(params.get('partnership')) || null;
  const placeIds = (params.get('places') ?? params.get('place') ?? '')
    .split(',')
    .map(Number)
    .filter((id) => Number.isInteger(id) && id > 0)
    .slice(0, 2);
  const partnershipQuery = usePartnership(partnershipId);
  const placesById = usePlacesById(placeIds);
  if (partnershipId !== null) {
    return <QueryState query={partnershipQuery}>{(p) => <EngagementForm initial={blankValues([p.placeA, p.placeB], p)} />}</QueryState>;
  }
  if (placesById.pending) return <Center py="xl"><Loader /></Center>;
  return <EngagementForm initial={blankValues(placesById.places, null)} />;
}

export function EngagementEditPage() {
  const { locale } = useLocaleFormat();
  const engagement = useEngagement(useIdParam());
  return <QueryState query={engagement}>{(e) => <EngagementForm key={e.id} existing={e} initial={valuesFromEngagement(e, locale)} />}</QueryState>;
}
