// Create a partnership between two places, or edit its kind, status, dates, objectives and notes.
import { Alert, Button, Group, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { PARTNERSHIP_KINDS, PARTNERSHIP_STATUSES } from '../../../domain/taxonomy.ts';
import { usePartnership, usePlace, useSavePartnership } from '../../api/queries.ts';
import type { Partnership, PartnershipInput, PartnershipPatch, PlaceSummary } from '../../api/types.ts';
import { fromLocalizedValues, LocalizedFields, type LocalizedValues, toLocalizedValues } from '../../components/localized-fields.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { applyServerErrors, focusFirstInvalidField, type PathRenames } from '../../components/server-errors.ts';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { isValidDate } from '../../components/validation.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { useIdParam } from '../../routes/route-params.ts';
import { PlacePicker } from '../places/place-picker.tsx';
import { VisibilitySelect } from '../../components/visibility.tsx';
import type { Visibility } from '../../../domain/common.ts';

interface PartnershipFormValues {
  placeA: PlaceSummary | null;
  placeB: PlaceSummary | null;
  kind: string;
  status: string;
  since: string;
  until: string;
  objectives: LocalizedValues;
  notes: LocalizedValues;
  visibility: Visibility;
}

const SERVER_PATHS: PathRenames = [[/^placeAId$/, 'placeA'], [/^placeBId$/, 'placeB']];

function PartnershipForm({ existing, initialPlaceA }: { existing?: Partnership; initialPlaceA?: PlaceSummary | null }) {
  const { t, place } = useLocaleFormat();
  const navigate = useNavigate();
  const save = useSavePartnership(existing?.id ?? null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<PartnershipFormValues>({
    initialValues: {
      placeA: existing?.placeA ?? initialPlaceA ?? null,
      placeB: existing?.placeB ?? null,
      kind: existing?.kind ?? 'partnership',
      status: existing?.status ?? 'active',
      since: existing?.since ?? '',
      until: existing?.until ?? '',
      objectives: toLocalizedValues(existing?.objectives),
      notes: toLocalizedValues(existing?.notes),
      visibility: existing?.visibility ?? 'shared',
    },
    validate: {
      placeA: (value) => (value ? null : t('validation.placeRequired')),
      placeB: (value, values) => (!value ? t('validation.placeRequired') : value.id === values.placeA?.id ? t('validation.placesDiffer') : null),
      since: (value) => (value && !isValidDate(value) ? t('validation.date') : null),
      until: (value, values) =>
        value && !isValidDate(value) ? t('validation.date') : value && values.since && value < values.since ? t('validation.untilBeforeSince') : null,
    },
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    const common = {
      kind: values.kind as PartnershipInput['kind'],
      status: values.status as PartnershipInput['status'],
      since: values.since || null,
      until: values.until || null,
      objectives: fromLocalizedValues(values.objectives),
      notes: fromLocalizedValues(values.notes),
      visibility: values.visibility,
    };
    // The two places are fixed once the partnership exists; the API's patch does not take them.
    const body: PartnershipInput | PartnershipPatch = existing ? common : { ...common, placeAId: values.placeA!.id, placeBId: values.placeB!.id };
    save.mutate(body, {
      onSuccess: (saved) => {
        notifications.show({ color: 'green', message: t('partnerships.saved') });
        navigate(`/partnerships/${saved.id}`);
      },
      onError: (error) => {
        setFormError(applyServerErrors(form, error, SERVER_PATHS));
        focusFirstInvalidField();
      },
    });
  }, () => focusFirstInvalidField());

  const title = existing ? t('partnerships.editTitle', { name: `${place(existing.placeA)} – ${place(existing.placeB)}` }) : t('partnerships.newTitle');
  useDocumentTitle(title);

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={800}>
        <Title order={1}>{title}</Title>
        {formError && <Alert color="red" title={t('form.saveFailed')} role="alert">{formError}</Alert>}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {existing ? (
            <>
              <TextInput label={t('partnerships.placeA')} value={place(existing.placeA)} readOnly />
              <TextInput label={t('partnerships.placeB')} value={place(existing.placeB)} readOnly />
            </>
          ) : (
            <>
              <PlacePicker label={t('partnerships.placeA')} required value={form.values.placeA} onChange={(p) => form.setFieldValue('placeA', p)} error={form.errors.placeA} />
              <PlacePicker label={t('partnerships.placeB')} required value={form.values.placeB} onChange={(p) => form.setFieldValue('placeB', p)} error={form.errors.placeB} />
            </>
          )}
          <Select
            label={t('partnerships.kind')}
            required
            allowDeselect={false}
            data={PARTNERSHIP_KINDS.map((code) => ({ value: code, label: t(`partnershipKind.${code}`) }))}
            {...form.getInputProps('kind')}
          />
          <Select
            label={t('partnerships.status')}
            required
            allowDeselect={false}
            data={PARTNERSHIP_STATUSES.map((code) => ({ value: code, label: t(`partnershipStatus.${code}`) }))}
            {...form.getInputProps('status')}
          />
          <TextInput type="date" label={t('partnerships.since')} {...form.getInputProps('since')} />
          <TextInput type="date" label={t('partnerships.until')} {...form.getInputProps('until')} />
        </SimpleGrid>
        <LocalizedFields form={form} path="objectives" legend={t('partnerships.objectives')} multiline />
        <LocalizedFields form={form} path="notes" legend={t('partnerships.notes')} description={t('partnerships.notesHint')} multiline />
        <VisibilitySelect
          value={form.values.visibility}
          onChange={(value) => form.setFieldValue('visibility', value)}
          disabled={existing !== undefined && !existing.access?.actions.changeVisibility}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
          <Button variant="default" onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

export function PartnershipNewPage() {
  const [params] = useSearchParams();
  const placeAId = Number(params.get('placeA')) || null;
  const placeA = usePlace(placeAId);
  if (placeAId !== null) return <QueryState query={placeA}>{(p) => <PartnershipForm initialPlaceA={p} />}</QueryState>;
  return <PartnershipForm />;
}

export function PartnershipEditPage() {
  const partnership = usePartnership(useIdParam());
  return <QueryState query={partnership}>{(p) => <PartnershipForm key={p.id} existing={p} />}</QueryState>;
}
