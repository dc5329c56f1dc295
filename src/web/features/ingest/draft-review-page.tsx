// Review a draft beside its source text: every field pre-filled from the extraction, with its
// confidence and the place in the text it came from; new places and people proposed for
// confirmation; "same event as …" suggestions. Saving creates the engagement (or attaches the
// text to the same event) and stores the source with its provenance.
import {
  Alert, Anchor, Badge, Button, Card, Center, CloseButton, Fieldset, Grid, Group, List, Loader, MultiSelect, Select, SimpleGrid, Stack, Switch,
  Text, TextInput, Title, Tooltip, UnstyledButton,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueries } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { localize } from '../../../domain/localized.ts';
import { ENGAGEMENT_KINDS, ROLE_CODES, SIDES, TOPIC_CODES } from '../../../domain/taxonomy.ts';
import { http } from '../../api/http.ts';
import { useAcceptDraft, useCreatePlace, useDiscardDraft, useDraft } from '../../api/queries.ts';
import type { Draft, PersonSummary, Place, PlaceSummary } from '../../api/types.ts';
import { AppLink } from '../../components/app-link.tsx';
import { LocalizedFields } from '../../components/localized-fields.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { applyServerErrors, focusFirstInvalidField, type PathRenames } from '../../components/server-errors.ts';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { isValidDate } from '../../components/validation.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { useIdParam } from '../../routes/route-params.ts';
import { PersonPicker } from '../people/person-picker.tsx';
import { PlacePicker } from '../places/place-picker.tsx';
import {
  draftExtraction, draftToValues, foundNothing, type ParticipantRow, type ProposedPlace, referencedIds, type ReviewFormValues,
  valuesToEngagement, withConfirmedPlace,
} from './draft-form.ts';
import { ingestErrorKey } from './ingest-errors.ts';
import { reasonText } from './same-event.ts';
import { SourceText } from './source-text.tsx';
import { collectEvidence, collectHighlights, confidencePercent, type FieldEvidence } from './spans.ts';

const SERVER_PATHS: PathRenames = [
  [/^engagement\.locationPlaceId$/, 'location'],
  [/^engagement\.placeIds(\.\d+)?$/, 'cities'],
  [/^engagement\.participants\.(\d+)\.(personId|person)(\..*)?$/, 'participants.$1.person'],
  [/^engagement\.participants\.(\d+)\.ofPlaceId$/, 'participants.$1.ofPlace'],
  [/^engagement\.endDate$/, 'endDate'],
  [/^engagement\.(.*)$/, '$1'],
];

// ---- Evidence: which field is looked at, and where it was found ----

interface EvidenceApi {
  evidence: Map<string, FieldEvidence>;
  active: string | null;
  activate: (id: string | null, reveal?: boolean) => void;
}
const EvidenceContext = createContext<EvidenceApi>({ evidence: new Map(), active: null, activate: () => {} });

function confidenceColour(percent: number) {
  return percent >= 75 ? 'green' : percent >= 50 ? 'yellow' : 'orange';
}

/** "80 %" and "Show in text" under a field; hovering or focusing the field marks its span. */
function Evidence({ id, children }: { id: string | null; children: ReactNode }) {
  const { t, number } = useLocaleFormat();
  const { evidence, active, activate } = useContext(EvidenceContext);
  const found = id ? evidence.get(id) : undefined;
  const percent = found ? confidencePercent(found.confidence) : null;
  return (
    <div
      className="ingest-field"
      data-active={id !== null && active === id ? 'true' : undefined}
      onMouseEnter={id ? () => activate(id) : undefined}
      onFocusCapture={id ? () => activate(id) : undefined}
    >
      {children}
      {found && percent !== null && (
        <Group gap={6} mt={4}>
          <Tooltip label={found.sentence ?? t('ingest.review.noSentence')} multiline maw={360} withArrow>
            <Badge size="xs" variant="light" color={confidenceColour(percent)} tt="none">
              {t('ingest.review.confidence', { percent: number(percent) })}
            </Badge>
          </Tooltip>
          {found.span ? (
            <Anchor component="button" type="button" size="xs" onClick={() => activate(id, true)}>
              {t('ingest.review.showInText')}
            </Anchor>
          ) : (
            <Text size="xs" c="dimmed">{t('ingest.review.notInText')}</Text>
          )}
        </Group>
      )}
    </div>
  );
}

/** A place named in the text and not in the registry yet: confirm creates it. */
function ProposedPlaceNotice({ proposed, onConfirmed, onDismiss, error }: {
  proposed: ProposedPlace;
  onConfirmed: (place: Place) => void;
  onDismiss?: () => void;
  error?: ReactNode;
}) {
  const { t, country } = useLocaleFormat();
  const create = useCreatePlace();
  return (
    <Card withBorder padding="xs" className="ingest-new" aria-invalid={error ? true : undefined}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Group gap={6}>
          <Badge color="orange" variant="filled" size="sm">{t('ingest.review.new')}</Badge>
          <Text size="sm" fw={500}>{proposed.name}</Text>
          {proposed.country && <Text size="xs" c="dimmed">{country(proposed.country)}</Text>}
        </Group>
        <Group gap={4}>
          <Button
            size="compact-sm"
            variant="light"
            loading={create.isPending}
            onClick={() =>
              create.mutate(
                { name: proposed.name, country: proposed.country },
                {
                  onSuccess: (place) => {
                    notifications.show({ color: 'green', message: t('ingest.review.placeCreated', { name: proposed.name }) });
                    onConfirmed(place);
                  },
                  onError: (err) => notifications.show({ color: 'red', title: t('ingest.review.placeFailed'), message: err.message }),
                },
              )
            }
          >
            {t('ingest.review.createPlace')}
          </Button>
          {onDismiss && <CloseButton size="sm" aria-label={t('ingest.review.removeProposed', { name: proposed.name })} onClick={onDismiss} />}
        </Group>
      </Group>
      {error && <Text size="xs" c="red" mt={4} role="alert">{error}</Text>}
    </Card>
  );
}

function SameEventSuggestions({ draft, onAttach, pending }: { draft: Draft; onAttach: (id: number) => void; pending: boolean }) {
  const { t, locale, date, number } = useLocaleFormat();
  if (draft.sameEvent.length === 0) return null;
  return (
    <Card withBorder component="section" aria-labelledby="same-event-title" className="ingest-same-event">
      <Text fw={700} id="same-event-title">{t('ingest.sameEvent.title')}</Text>
      <Text size="sm" mb="xs">{t('ingest.sameEvent.lead')}</Text>
      <Stack gap="xs">
        {draft.sameEvent.map((candidate) => (
          <Card key={candidate.engagementId} withBorder padding="sm">
            <Group justify="space-between" align="flex-start" gap="xs">
              <div>
                <AppLink to={`/engagements/${candidate.engagementId}`} fw={600}>
                  {localize(candidate.title, locale) || t('ingest.sameEvent.untitled', { n: candidate.engagementId })}
                </AppLink>
                <Text size="sm" c="dimmed">
                  {date(candidate.date)} · {t('ingest.sameEvent.score', { percent: number(confidencePercent(candidate.score)) })}
                </Text>
                <List size="sm" mt={4}>
                  {candidate.reasons.map((reason) => {
                    const r = reasonText(reason);
                    return <List.Item key={reason}>{r.key !== null ? t(r.key, r.values) : r.text}</List.Item>;
                  })}
                </List>
              </div>
              <Button size="sm" color="violet" loading={pending} onClick={() => onAttach(candidate.engagementId)}>
                {t('ingest.sameEvent.attach')}
              </Button>
            </Group>
          </Card>
        ))}
      </Stack>
    </Card>
  );
}

const newParticipant = (): ParticipantRow => ({ key: randomId(), person: null, role: null, ofPlace: null, ofProposed: null, side: '', evidenceId: null });

function ReviewForm({ draft, initial }: { draft: Draft; initial: ReviewFormValues }) {
  const { t, locale, place, topic } = useLocaleFormat();
  const navigate = useNavigate();
  const accept = useAcceptDraft(draft.id);
  const discard = useDiscardDraft(draft.id);
  const [formError, setFormError] = useState<string | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const [revealRequest, setRevealRequest] = useState(0);
  const [buildAnyway, setBuildAnyway] = useState(false);
  const extraction = draftExtraction(draft);
  const highlights = useMemo(() => collectHighlights(extraction, draft.text.length), [extraction, draft.text]);
  const evidence = useMemo(() => collectEvidence(extraction, draft.text.length), [extraction, draft.text]);
  const evidenceApi: EvidenceApi = {
    evidence,
    active,
    activate: (id, reveal) => {
      setActive(id);
      if (reveal) setRevealRequest((n) => n + 1);
    },
  };

  const form = useForm<ReviewFormValues>({
    initialValues: initial,
    validate: {
      kind: (value) => (value ? null : t('validation.required')),
      title: (value) => (Object.values(value).some((text) => text.trim()) ? null : t('validation.titleRequired')),
      date: (value) => (!value ? t('validation.required') : isValidDate(value) ? null : t('validation.date')),
      endDate: (value, values) =>
        !value ? null : !isValidDate(value) ? t('validation.date') : values.date && value < values.date ? t('validation.endBeforeStart') : null,
      locationProposed: (value, values) => (value && !values.location ? t('ingest.review.confirmOrRemove') : null),
      cities: { proposed: (value, values, path) => (value && !values.cities[Number(path.split('.')[1])]?.place ? t('ingest.review.confirmOrRemove') : null) },
      participants: {
        person: (value) =>
          !value ? t('validation.personRequired') : value.kind === 'new' && !value.latin.trim() && !value.zh.trim() ? t('validation.personName') : null,
        role: (value) => (value ? null : t('validation.roleRequired')),
        ofProposed: (value, values, path) =>
          value && !values.participants[Number(path.split('.')[1])]?.ofPlace ? t('ingest.review.confirmOrRemove') : null,
      },
    },
  });
  const values = form.getValues();

  const onSaved = (engagementId: number, message: string) => {
    notifications.show({ color: 'green', message });
    navigate(`/engagements/${engagementId}`);
  };
  const showError = (error: Error) => {
    const key = ingestErrorKey(error);
    setFormError(key && key !== 'ingest.errors.validationFailed' ? t(key) : applyServerErrors(form, error, SERVER_PATHS));
    focusFirstInvalidField();
  };

  const submit = form.onSubmit(
    (v) => {
      setFormError(null);
      accept.mutate({ engagement: valuesToEngagement(v) }, { onSuccess: (saved) => onSaved(saved.id, t('ingest.review.saved')), onError: showError });
    },
    () => {
      setFormError(t('form.fixErrors'));
      focusFirstInvalidField();
    },
  );
  const attach = (engagementId: number) =>
    accept.mutate({ sameAsEngagementId: engagementId }, { onSuccess: (saved) => onSaved(saved.id, t('ingest.sameEvent.attached')), onError: showError });
  const confirmPlace = (name: string, created: Place) => form.setValues(withConfirmedPlace(form.getValues(), name, created));

  const nothing = foundNothing(draft) && !buildAnyway;
  const discardButton = (
    <Button
      color="red"
      variant="subtle"
      loading={discard.isPending}
      onClick={() =>
        discard.mutate(undefined, {
          onSuccess: () => {
            notifications.show({ color: 'green', message: t('ingest.review.discarded') });
            navigate('/drafts');
          },
          onError: showError,
        })
      }
    >
      {t('ingest.review.discard')}
    </Button>
  );

  const kindOptions = ENGAGEMENT_KINDS.map((code) => ({ value: code, label: t(`engagementKind.${code}`) }));
  const topicsWithEvidence = values.topics.filter((code) => evidence.has(`topics.${code}`));

  return (
    <EvidenceContext.Provider value={evidenceApi}>
      <Stack gap="md">
        <SameEventSuggestions draft={draft} onAttach={attach} pending={accept.isPending} />
        {nothing && (
          <Alert color="yellow" title={t('ingest.review.noneTitle')} role="status">
            <Text size="sm" mb="xs">{t('ingest.review.noneText')}</Text>
            <Group gap="xs">
              {discardButton}
              <Button variant="light" onClick={() => setBuildAnyway(true)}>{t('ingest.review.buildAnyway')}</Button>
            </Group>
          </Alert>
        )}
        {extraction && extraction.warnings.length > 0 && (
          <Alert color="gray" title={t('ingest.review.warnings')}>
            <List size="sm">{extraction.warnings.map((w) => <List.Item key={w}>{w}</List.Item>)}</List>
          </Alert>
        )}
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 5 }} className="ingest-source-col">
            <SourceText
              text={draft.text}
              language={draft.language}
              highlights={highlights}
              active={active}
              showAll={showAll}
              onShowAll={setShowAll}
              revealRequest={revealRequest}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            {!nothing && (
              <form onSubmit={submit} noValidate aria-label={t('ingest.review.formLabel')}>
                <Stack gap="lg">
                  {formError && <Alert color="red" title={t('form.saveFailed')} role="alert">{formError}</Alert>}
                  <Fieldset legend={t('engagements.sectionWhat')}>
                    <Stack>
                      <SimpleGrid cols={{ base: 1, sm: 3 }}>
                        <Evidence id="kind">
                          <Select label={t('engagements.kind')} required allowDeselect={false} data={kindOptions} {...form.getInputProps('kind')} />
                        </Evidence>
                        <Evidence id="date">
                          <TextInput type="date" label={t('engagements.date')} required {...form.getInputProps('date')} />
                        </Evidence>
                        <Evidence id={evidence.get('end_date')?.span ? 'end_date' : null}>
                          <TextInput type="date" label={t('engagements.endDate')} {...form.getInputProps('endDate')} />
                        </Evidence>
                      </SimpleGrid>
                      <LocalizedFields form={form} path="title" legend={t('engagements.titleField')} description={t('ingest.review.titleHint')} required maxLength={500} />
                      <Evidence id="agreement_signed">
                        <Switch label={t('engagements.agreementSigned')} {...form.getInputProps('agreementSigned', { type: 'checkbox' })} />
                      </Evidence>
                    </Stack>
                  </Fieldset>

                  <Fieldset legend={t('engagements.sectionWhere')}>
                    <Stack>
                      <Evidence id="location">
                        {values.locationProposed && !values.location ? (
                          <div>
                            <Text size="sm" fw={500} mb={4}>{t('engagements.location')}</Text>
                            <ProposedPlaceNotice
                              proposed={values.locationProposed}
                              error={form.errors.locationProposed}
                              onConfirmed={(created) => confirmPlace(values.locationProposed!.name, created)}
                              onDismiss={() => form.setFieldValue('locationProposed', null)}
                            />
                          </div>
                        ) : (
                          <PlacePicker label={t('engagements.location')} value={values.location} onChange={(p) => form.setFieldValue('location', p)} error={form.errors.location} />
                        )}
                      </Evidence>
                      <div>
                        <Text size="sm" fw={500}>{t('ingest.review.cities')}</Text>
                        <Text size="xs" c="dimmed" mb={4}>{t('engagements.placesHint')}</Text>
                        <Stack gap={6}>
                          {values.cities.map((row, index) => (
                            <Evidence key={row.key} id={row.evidenceId}>
                              {row.place ? (
                                <Card withBorder padding={4} px="xs">
                                  <Group justify="space-between" gap={4} wrap="nowrap">
                                    <Text size="sm">{place(row.place)}</Text>
                                    <CloseButton size="sm" aria-label={t('engagements.removePlace', { place: place(row.place) })} onClick={() => form.removeListItem('cities', index)} />
                                  </Group>
                                </Card>
                              ) : row.proposed ? (
                                <ProposedPlaceNotice
                                  proposed={row.proposed}
                                  error={form.errors[`cities.${index}.proposed`]}
                                  onConfirmed={(created) => confirmPlace(row.proposed!.name, created)}
                                  onDismiss={() => form.removeListItem('cities', index)}
                                />
                              ) : null}
                            </Evidence>
                          ))}
                          <PlacePicker
                            label={t('engagements.addPlace')}
                            value={null}
                            clearOnSelect
                            placeholder={t('placePicker.placeholder')}
                            error={form.errors.cities}
                            onChange={(p) => {
                              if (p && !form.getValues().cities.some((row) => row.place?.id === p.id)) {
                                form.insertListItem('cities', { key: randomId(), place: p as PlaceSummary, proposed: null, evidenceId: null });
                              }
                            }}
                          />
                        </Stack>
                      </div>
                    </Stack>
                  </Fieldset>

                  <div>
                    <MultiSelect
                      label={t('engagements.topics')}
                      placeholder={values.topics.length ? undefined : t('engagements.topicsPlaceholder')}
                      searchable
                      clearable
                      data={TOPIC_CODES.map((code) => ({ value: code, label: topic(code) }))}
                      {...form.getInputProps('topics')}
                    />
                    {topicsWithEvidence.length > 0 && (
                      <Group gap={6} mt={6}>
                        {topicsWithEvidence.map((code) => {
                          const e = evidence.get(`topics.${code}`)!;
                          return (
                            <UnstyledButton
                              key={code}
                              className="ingest-chip"
                              data-active={active === `topics.${code}` ? 'true' : undefined}
                              onMouseEnter={() => evidenceApi.activate(`topics.${code}`)}
                              onFocus={() => evidenceApi.activate(`topics.${code}`)}
                              onClick={() => evidenceApi.activate(`topics.${code}`, true)}
                              aria-label={t('ingest.review.showTopic', { topic: topic(code) })}
                            >
                              <Text span size="xs">{topic(code)}</Text>{' '}
                              <Badge size="xs" variant="light" color={confidenceColour(confidencePercent(e.confidence))} tt="none">
                                {t('ingest.review.confidence', { percent: confidencePercent(e.confidence) })}
                              </Badge>
                            </UnstyledButton>
                          );
                        })}
                      </Group>
                    )}
                  </div>

                  <Fieldset legend={t('engagements.participants')}>
                    <Stack>
                      {values.participants.length === 0 && <Text size="sm" c="dimmed">{t('engagements.noParticipantsYet')}</Text>}
                      {values.participants.map((row, index) => (
                        <Card key={row.key} withBorder padding="sm" component="fieldset" aria-label={t('engagements.participantN', { n: index + 1 })}>
                          <Group justify="space-between" mb={4}>
                            <Group gap={6}>
                              <Text size="sm" fw={600}>{t('engagements.participantN', { n: index + 1 })}</Text>
                              {row.person?.kind === 'new' && <Badge color="orange" size="sm" tt="none">{t('ingest.review.newPerson')}</Badge>}
                            </Group>
                            <CloseButton aria-label={t('engagements.removeParticipant', { n: index + 1 })} onClick={() => form.removeListItem('participants', index)} />
                          </Group>
                          <Stack gap="xs">
                            <Evidence id={row.evidenceId}>
                              <PersonPicker
                                label={t('engagements.person')}
                                required
                                value={row.person}
                                onChange={(choice) => form.setFieldValue(`participants.${index}.person`, choice)}
                                error={form.errors[`participants.${index}.person`]}
                              />
                            </Evidence>
                            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
                              <Evidence id={row.evidenceId ? `${row.evidenceId}.role` : null}>
                                <Select
                                  label={t('engagements.role')}
                                  required
                                  searchable
                                  data={ROLE_CODES.map((code) => ({ value: code, label: t(`role.${code}`) }))}
                                  {...form.getInputProps(`participants.${index}.role`)}
                                />
                              </Evidence>
                              <Evidence id={row.evidenceId ? `${row.evidenceId}.of` : null}>
                                {row.ofProposed && !row.ofPlace ? (
                                  <div>
                                    <Text size="sm" fw={500} mb={4}>{t('engagements.ofPlace')}</Text>
                                    <ProposedPlaceNotice
                                      proposed={row.ofProposed}
                                      error={form.errors[`participants.${index}.ofProposed`]}
                                      onConfirmed={(created) => confirmPlace(row.ofProposed!.name, created)}
                                      onDismiss={() => form.setFieldValue(`participants.${index}.ofProposed`, null)}
                                    />
                                  </div>
                                ) : (
                                  <PlacePicker
                                    label={t('engagements.ofPlace')}
                                    value={row.ofPlace}
                                    onChange={(p) => form.setFieldValue(`participants.${index}.ofPlace`, p)}
                                    error={form.errors[`participants.${index}.ofPlace`]}
                                  />
                                )}
                              </Evidence>
                              <Evidence id={row.evidenceId ? `${row.evidenceId}.side` : null}>
                                <Select
                                  label={t('engagements.side')}
                                  data={[{ value: '', label: t('side.none') }, ...SIDES.map((code) => ({ value: code, label: t(`side.${code}`) }))]}
                                  allowDeselect={false}
                                  {...form.getInputProps(`participants.${index}.side`)}
                                />
                              </Evidence>
                            </SimpleGrid>
                          </Stack>
                        </Card>
                      ))}
                      <Button variant="light" onClick={() => form.insertListItem('participants', newParticipant())} w="fit-content">
                        {t('engagements.addParticipant')}
                      </Button>
                    </Stack>
                  </Fieldset>

                  <Text size="sm" c="dimmed">{t('ingest.review.sourceNote')}</Text>
                  <Group>
                    <Button type="submit" loading={accept.isPending}>{t('ingest.review.save')}</Button>
                    {discardButton}
                  </Group>
                </Stack>
              </form>
            )}
          </Grid.Col>
        </Grid>
      </Stack>
    </EvidenceContext.Provider>
  );
}

/** Loads the registry's places and people the draft names, so the form shows them by name. */
function DraftLoaded({ draft }: { draft: Draft }) {
  const { placeIds, personIds } = useMemo(() => referencedIds(draft), [draft]);
  const places = useQueries({ queries: placeIds.map((id) => ({ queryKey: ['places', id], queryFn: () => http.get<Place>(`/places/${id}`) })) });
  const people = useQueries({ queries: personIds.map((id) => ({ queryKey: ['people', id], queryFn: () => http.get<PersonSummary>(`/people/${id}`) })) });
  if ([...places, ...people].some((q) => q.isPending)) return <Center py="xl"><Loader /></Center>;
  const placeMap = new Map(places.flatMap((q) => (q.data ? [[q.data.id, q.data as PlaceSummary] as const] : [])));
  const personMap = new Map(people.flatMap((q) => (q.data ? [[q.data.id, q.data] as const] : [])));
  return <ReviewForm key={draft.id} draft={draft} initial={draftToValues(draft, placeMap, personMap, randomId)} />;
}

function DraftHeader({ draft }: { draft: Draft }) {
  const { t, date } = useLocaleFormat();
  const origin = { text: t('ingest.origin.text'), url: t('ingest.origin.url'), html: t('ingest.origin.html'), feed: t('ingest.origin.feed') }[draft.origin];
  return (
    <div>
      <Text size="sm" c="dimmed">{t('ingest.review.kicker')}</Text>
      <Title order={1} lang={draft.language === 'zh' ? 'zh-Hans' : (draft.language ?? undefined)}>{draft.title || t('ingest.review.untitled')}</Title>
      <Text size="sm" c="dimmed">
        {[origin, draft.publishedOn ? t('ingest.review.publishedOn', { date: date(draft.publishedOn) }) : null, draft.language ? t(`language.${draft.language}`) : null]
          .filter(Boolean)
          .join(' · ')}
        {draft.url && (
          <>
            {' · '}
            <Anchor href={draft.url} target="_blank" rel="noreferrer" size="sm">{t('sources.original')}</Anchor>
          </>
        )}
      </Text>
    </div>
  );
}

export function DraftReviewPage() {
  const { t } = useLocaleFormat();
  const draft = useDraft(useIdParam());
  useDocumentTitle(t('ingest.review.title'));
  return (
    <QueryState query={draft}>
      {(d) => (
        <Stack gap="md" maw={1400}>
          <DraftHeader draft={d} />
          {d.status === 'pending' ? (
            <DraftLoaded draft={d} />
          ) : (
            <Alert color={d.status === 'accepted' ? 'green' : 'gray'} title={d.status === 'accepted' ? t('ingest.review.alreadyAccepted') : t('ingest.review.alreadyDiscarded')}>
              {d.engagementId !== null && <AppLink to={`/engagements/${d.engagementId}`}>{t('ingest.review.openEngagement')}</AppLink>}
              {d.engagementId === null && <AppLink to="/drafts">{t('ingest.nav.queue')}</AppLink>}
            </Alert>
          )}
        </Stack>
      )}
    </QueryState>
  );
}
