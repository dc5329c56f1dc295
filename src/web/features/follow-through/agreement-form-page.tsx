// Create or edit an agreement: kind, title, summary, dates, parties (places or organisations) and
// its clauses. Existing clauses keep their ids, so commitments made from them stay attached.
import {
  Alert, Button, Card, CloseButton, Fieldset, Group, MultiSelect, Select, SimpleGrid, Stack, Text, TextInput, Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { localize } from '../../../domain/localized.ts';
import { TOPIC_CODES } from '../../../domain/taxonomy.ts';
import { AGREEMENT_KINDS } from '../../../features/agreements/contract.ts';
import { ApiProblem } from '../../api/http.ts';
import { useAgreement, useOrganisations, usePartnership, useSaveAgreement } from '../../api/queries.ts';
import type { Agreement, AgreementInput, AgreementPatch, Partnership, PlaceSummary } from '../../api/types.ts';
import { AppLink } from '../../components/app-link.tsx';
import { emptyLocalized, fromLocalizedValues, LocalizedFields, type LocalizedValues, toLocalizedValues } from '../../components/localized-fields.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { applyServerErrors, focusFirstInvalidField, type PathRenames } from '../../components/server-errors.ts';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { isValidDate } from '../../components/validation.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { useIdParam } from '../../routes/route-params.ts';
import { PlacePicker } from '../places/place-picker.tsx';
import { followThroughMessage } from './errors.ts';
import { AGREEMENT_KIND_LABELS } from './labels.tsx';

interface ClauseRow { key: string; id?: number; number: string; text: LocalizedValues; topic: string | null; commitmentCount: number }
interface AgreementFormValues {
  kind: string;
  title: LocalizedValues;
  summary: LocalizedValues;
  signedOn: string;
  validFrom: string;
  validTo: string;
  renewalOn: string;
  places: PlaceSummary[];
  organisationIds: string[];
  clauses: ClauseRow[];
}

const SERVER_PATHS: PathRenames = [
  [/^title(\..*)?$/, 'title'],
  [/^summary(\..*)?$/, 'summary'],
  [/^clauses\.(\d+)\.text(\..*)?$/, 'clauses.$1.text'],
  [/^parties(\..*)?$/, 'places'],
];

const newClause = (): ClauseRow => ({ key: randomId(), number: '', text: emptyLocalized(), topic: null, commitmentCount: 0 });

function valuesFromAgreement(a: Agreement): AgreementFormValues {
  return {
    kind: a.kind,
    title: toLocalizedValues(a.title),
    summary: toLocalizedValues(a.summary),
    signedOn: a.signedOn ?? '',
    validFrom: a.validFrom ?? '',
    validTo: a.validTo ?? '',
    renewalOn: a.renewalOn ?? '',
    places: a.parties.flatMap((p) => (p.place ? [p.place] : [])),
    organisationIds: a.parties.flatMap((p) => (p.organisation ? [String(p.organisation.id)] : [])),
    clauses: a.clauses.map((c) => ({ key: randomId(), id: c.id, number: c.number ?? '', text: toLocalizedValues(c.text), topic: c.topic, commitmentCount: c.commitmentIds.length })),
  };
}

function AgreementForm({ existing, initial, partnership }: { existing?: Agreement; initial: AgreementFormValues; partnership: Partnership | null }) {
  const { t, locale, place, topic } = useLocaleFormat();
  const navigate = useNavigate();
  const save = useSaveAgreement(existing?.id ?? null);
  const organisations = useOrganisations();
  const [formError, setFormError] = useState<string | null>(null);
  const date = (value: string) => (value && !isValidDate(value) ? t('validation.date') : null);
  const form = useForm<AgreementFormValues>({
    initialValues: initial,
    validate: {
      title: (value) => (Object.values(value).some((text) => text.trim()) ? null : t('validation.titleRequired')),
      signedOn: date,
      validFrom: date,
      validTo: (value, values) => date(value) ?? (value && values.validFrom && value < values.validFrom ? t('validation.endBeforeStart') : null),
      renewalOn: date,
      clauses: {
        text: (value) => (Object.values(value as LocalizedValues).some((text) => text.trim()) ? null : t('followThrough.agreement.clauseTextRequired')),
      },
    },
  });
  const values = form.getValues();

  const submit = form.onSubmit(
    (v) => {
      setFormError(null);
      const body = {
        kind: v.kind as AgreementInput['kind'],
        title: fromLocalizedValues(v.title),
        summary: fromLocalizedValues(v.summary),
        signedOn: v.signedOn || null,
        validFrom: v.validFrom || null,
        validTo: v.validTo || null,
        renewalOn: v.renewalOn || null,
        parties: [...v.places.map((p) => ({ placeId: p.id })), ...v.organisationIds.map((id) => ({ organisationId: Number(id) }))],
        clauses: v.clauses.map((c) => ({
          ...(c.id !== undefined ? { id: c.id } : {}),
          number: c.number.trim() || null,
          text: fromLocalizedValues(c.text),
          topic: c.topic,
        })),
        ...(!existing && partnership ? { partnershipId: partnership.id } : {}),
      };
      save.mutate(body as AgreementInput | AgreementPatch, {
        onSuccess: (saved) => {
          notifications.show({ color: 'green', message: t('followThrough.agreement.saved') });
          navigate(`/agreements/${saved.id}`);
        },
        onError: (error) => {
          // 409 still_referenced: a removed clause has commitments made from it.
          const referenced = error instanceof ApiProblem && error.code === 'still_referenced';
          setFormError(referenced ? t('followThrough.agreement.clauseReferenced') : (followThroughMessage(error, t, 'agreement') ?? applyServerErrors(form, error, SERVER_PATHS)));
          focusFirstInvalidField();
        },
      });
    },
    () => {
      setFormError(t('form.fixErrors'));
      focusFirstInvalidField();
    },
  );

  const title = existing ? t('followThrough.agreement.editTitle') : t('followThrough.agreement.newTitle');
  useDocumentTitle(title);
  const organisationOptions = (organisations.data?.items ?? []).map((o) => ({ value: String(o.id), label: localize(o.name, locale) }));

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
        {existing && <Text><AppLink to={`/agreements/${existing.id}`}>{localize(existing.title, locale)}</AppLink></Text>}
        {formError && <Alert color="red" title={t('form.saveFailed')} role="alert">{formError}</Alert>}

        <Fieldset legend={t('followThrough.agreement.sectionWhat')}>
          <Stack>
            <Select
              label={t('followThrough.agreement.kind')}
              allowDeselect={false}
              maw={360}
              data={AGREEMENT_KINDS.map((code) => ({ value: code, label: t(AGREEMENT_KIND_LABELS[code]) }))}
              {...form.getInputProps('kind')}
            />
            <LocalizedFields form={form} path="title" legend={t('followThrough.agreement.titleField')} required maxLength={500} />
            <LocalizedFields form={form} path="summary" legend={t('followThrough.agreement.summary')} multiline />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('followThrough.agreement.sectionDates')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput type="date" label={t('followThrough.agreement.signedOnField')} {...form.getInputProps('signedOn')} />
            <TextInput type="date" label={t('followThrough.agreement.renewalOnField')} {...form.getInputProps('renewalOn')} />
            <TextInput type="date" label={t('followThrough.agreement.validFrom')} {...form.getInputProps('validFrom')} />
            <TextInput type="date" label={t('followThrough.agreement.validTo')} {...form.getInputProps('validTo')} />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('followThrough.agreement.parties')}>
          <Stack>
            <div>
              <PlacePicker
                label={t('followThrough.agreement.partyPlaces')}
                value={null}
                clearOnSelect
                placeholder={t('followThrough.agreement.addPlace')}
                error={form.errors.places}
                onChange={(p) => {
                  if (p && !form.getValues().places.some((chosen) => chosen.id === p.id)) form.insertListItem('places', p);
                }}
              />
              <Group gap="xs" mt="xs" aria-live="polite">
                {values.places.map((p, index) => (
                  <Card key={p.id} withBorder padding={4} px="xs" radius="xl">
                    <Group gap={4} wrap="nowrap">
                      <Text size="sm">{place(p)}</Text>
                      <CloseButton size="sm" aria-label={t('followThrough.agreement.removePlace', { place: place(p) })} onClick={() => form.removeListItem('places', index)} />
                    </Group>
                  </Card>
                ))}
              </Group>
            </div>
            <MultiSelect
              label={t('followThrough.agreement.partyOrganisations')}
              data={organisationOptions}
              searchable
              clearable
              nothingFoundMessage={t('followThrough.owner.nothing')}
              {...form.getInputProps('organisationIds')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('followThrough.agreement.clauses')}>
          <Stack gap="sm">
            {values.clauses.length === 0 && <Text size="sm" c="dimmed">{t('followThrough.agreement.noClauses')}</Text>}
            {values.clauses.map((row, index) => (
              <Card key={row.key} withBorder padding="sm">
                <Stack gap="xs">
                  <Group gap="xs" align="flex-end" wrap="wrap">
                    <TextInput label={t('followThrough.agreement.clauseNumber')} w={120} maxLength={50} {...form.getInputProps(`clauses.${index}.number`)} />
                    <Select
                      label={t('followThrough.commitment.topic')}
                      clearable
                      searchable
                      w={240}
                      data={TOPIC_CODES.map((code) => ({ value: code, label: topic(code) }))}
                      {...form.getInputProps(`clauses.${index}.topic`)}
                    />
                    <Group ml="auto">
                      <CloseButton aria-label={t('followThrough.agreement.removeClause', { n: index + 1 })} onClick={() => form.removeListItem('clauses', index)} mb={6} />
                    </Group>
                  </Group>
                  {row.commitmentCount > 0 && <Text size="xs" c="dimmed">{t('followThrough.agreement.clauseHasCommitments', { n: row.commitmentCount })}</Text>}
                  <LocalizedFields form={form} path={`clauses.${index}.text`} legend={t('followThrough.agreement.clauseText')} required multiline maxLength={10000} />
                </Stack>
              </Card>
            ))}
            <Group><Button variant="light" size="xs" onClick={() => form.insertListItem('clauses', newClause())}>{t('followThrough.agreement.addClause')}</Button></Group>
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

const emptyValues = (): AgreementFormValues => ({
  kind: 'mou', title: emptyLocalized(), summary: emptyLocalized(), signedOn: '', validFrom: '', validTo: '', renewalOn: '',
  places: [], organisationIds: [], clauses: [],
});

function NewAgreement({ partnershipId }: { partnershipId: number }) {
  const partnership = usePartnership(partnershipId);
  return (
    <QueryState query={partnership}>
      {(p) => <AgreementForm initial={{ ...emptyValues(), places: [p.placeA, p.placeB] }} partnership={p} />}
    </QueryState>
  );
}

export function AgreementNewPage() {
  const [params] = useSearchParams();
  const fromParam = /^\d+$/.test(params.get('partnership') ?? '') ? Number(params.get('partnership')) : null;
  if (fromParam === null) return <AgreementForm initial={emptyValues()} partnership={null} />;
  return <NewAgreement partnershipId={fromParam} />;
}

function EditAgreement({ agreement }: { agreement: Agreement }) {
  const partnership = usePartnership(agreement.partnershipId);
  if (agreement.partnershipId === null) return <AgreementForm existing={agreement} initial={valuesFromAgreement(agreement)} partnership={null} />;
  return <QueryState query={partnership}>{(p) => <AgreementForm existing={agreement} initial={valuesFromAgreement(agreement)} partnership={p} />}</QueryState>;
}

export function AgreementEditPage() {
  const agreement = useAgreement(useIdParam());
  return <QueryState query={agreement}>{(a) => <EditAgreement agreement={a} />}</QueryState>;
}
