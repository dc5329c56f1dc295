// Create or edit a commitment: made from a pledge (?statement=&engagement=), an agreement's clause
// (?clause=&agreement=) or entered by hand for a partnership (?partnership=). The status offers only
// the moves the API allows (nextStatuses).
import { Alert, Blockquote, Button, Fieldset, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { localize } from '../../../domain/localized.ts';
import { TOPIC_CODES } from '../../../domain/taxonomy.ts';
import { COMMITMENT_STATUSES } from '../../../features/commitments/status.ts';
import { useAgreement, useCommitment, useEngagement, usePartnership, useSaveCommitment } from '../../api/queries.ts';
import type { Commitment, CommitmentInput, CommitmentPatch, Partnership } from '../../api/types.ts';
import { AppLink } from '../../components/app-link.tsx';
import { emptyLocalized, fromLocalizedValues, LocalizedFields, type LocalizedValues, toLocalizedValues } from '../../components/localized-fields.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { applyServerErrors, focusFirstInvalidField, type PathRenames } from '../../components/server-errors.ts';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { isValidDate } from '../../components/validation.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { useIdParam } from '../../routes/route-params.ts';
import { followThroughMessage } from './errors.ts';
import { COMMITMENT_STATUS_LABELS } from './labels.tsx';
import { ownerToValue, useOwnerOptions, valueToOwner } from './owners.ts';

interface CommitmentFormValues { text: LocalizedValues; topic: string | null; ownerA: string | null; ownerB: string | null; dueOn: string; status: string }

const SERVER_PATHS: PathRenames = [[/^text(\..*)?$/, 'text'], [/^ownerA(\..*)?$/, 'ownerA'], [/^ownerB(\..*)?$/, 'ownerB']];

/** Where a new commitment comes from, shown above the form. */
export type CommitmentOrigin =
  | { kind: 'statement'; statementId: number; engagementId: number | null }
  | { kind: 'clause'; clauseId: number; agreementId: number | null }
  | { kind: 'manual' };

function OriginQuote({ origin, compact }: { origin: CommitmentOrigin; compact?: boolean }) {
  const { t, locale, date } = useLocaleFormat();
  const engagement = useEngagement(origin.kind === 'statement' ? origin.engagementId : null);
  const agreement = useAgreement(origin.kind === 'clause' ? origin.agreementId : null);
  if (origin.kind === 'statement' && engagement.data) {
    const statement = engagement.data.statements.find((s) => s.id === origin.statementId);
    return (
      <Blockquote color="orange" p="sm" cite={<AppLink to={`/engagements/${engagement.data.id}`} size="sm">{`${date(engagement.data.date)} · ${localize(engagement.data.title, locale)}`}</AppLink>}>
        <Text size="xs" c="dimmed" mb={4}>{t('followThrough.commitment.fromPledge')}</Text>
        <Text inherit lineClamp={compact ? 3 : undefined}>{statement ? localize(statement.text, locale) : `#${origin.statementId}`}</Text>
      </Blockquote>
    );
  }
  if (origin.kind === 'clause' && agreement.data) {
    const clause = agreement.data.clauses.find((c) => c.id === origin.clauseId);
    return (
      <Blockquote color="grape" p="sm" cite={<AppLink to={`/agreements/${agreement.data.id}`} size="sm">{localize(agreement.data.title, locale)}</AppLink>}>
        <Text size="xs" c="dimmed" mb={4}>{t('followThrough.commitment.fromClause')}</Text>
        <Text inherit lineClamp={compact ? 3 : undefined}>{clause ? `${clause.number ? `§ ${clause.number} ` : ''}${localize(clause.text, locale)}` : `#${origin.clauseId}`}</Text>
      </Blockquote>
    );
  }
  return null;
}

function CommitmentForm({ existing, origin, partnership }: { existing?: Commitment; origin: CommitmentOrigin; partnership: Partnership | null }) {
  const { t, locale, place, topic } = useLocaleFormat();
  const navigate = useNavigate();
  const save = useSaveCommitment(existing?.id ?? null);
  const owners = useOwnerOptions(partnership);
  const [formError, setFormError] = useState<string | null>(null);
  const fromSource = origin.kind !== 'manual';
  const form = useForm<CommitmentFormValues>({
    initialValues: existing
      ? { text: toLocalizedValues(existing.text), topic: existing.topic, ownerA: ownerToValue(existing.ownerA), ownerB: ownerToValue(existing.ownerB), dueOn: existing.dueOn ?? '', status: existing.status }
      : { text: emptyLocalized(), topic: null, ownerA: null, ownerB: null, dueOn: '', status: 'proposed' },
    validate: {
      // From a pledge or clause the text may stay empty: the API takes the pledge's words.
      text: (value) => (fromSource || Object.values(value).some((text) => text.trim()) ? null : t('followThrough.validation.textRequired')),
      dueOn: (value) => (value && !isValidDate(value) ? t('validation.date') : null),
    },
  });

  const submit = form.onSubmit(
    (values) => {
      setFormError(null);
      const text = fromLocalizedValues(values.text);
      const common = {
        topic: (values.topic || null) as CommitmentInput['topic'],
        ownerA: valueToOwner(values.ownerA),
        ownerB: valueToOwner(values.ownerB),
        dueOn: values.dueOn || null,
      };
      let body: CommitmentInput | CommitmentPatch;
      if (existing) {
        body = { ...common, ...(Object.keys(text).length ? { text } : {}), ...(values.status !== existing.status ? { status: values.status as CommitmentPatch['status'] } : {}) };
      } else {
        body = {
          ...common,
          status: values.status as CommitmentInput['status'],
          ...(Object.keys(text).length ? { text } : {}),
          ...(origin.kind === 'statement' ? { statementId: origin.statementId } : origin.kind === 'clause' ? { clauseId: origin.clauseId } : {}),
          ...(partnership && origin.kind === 'manual' ? { partnershipId: partnership.id } : {}),
        } as CommitmentInput;
      }
      save.mutate(body, {
        onSuccess: (saved) => {
          notifications.show({ color: 'green', message: t('followThrough.commitment.saved') });
          navigate(`/commitments/${saved.id}`);
        },
        onError: (error) => {
          setFormError(followThroughMessage(error, t, 'commitment') ?? applyServerErrors(form, error, SERVER_PATHS));
          focusFirstInvalidField();
        },
      });
    },
    () => {
      setFormError(t('form.fixErrors'));
      focusFirstInvalidField();
    },
  );

  const title = existing ? t('followThrough.commitment.editTitle') : t('followThrough.commitment.newTitle');
  useDocumentTitle(title);
  const statuses = existing ? [existing.status, ...existing.nextStatuses] : COMMITMENT_STATUSES;

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
        {existing && <AppLink to={`/commitments/${existing.id}`} lineClamp={2}>{localize(existing.text, locale)}</AppLink>}
        <OriginQuote origin={origin} compact={existing !== undefined} />
        {formError && <Alert color="red" title={t('form.saveFailed')} role="alert">{formError}</Alert>}

        <Fieldset legend={t('followThrough.commitment.sectionWhat')}>
          <Stack>
            <LocalizedFields
              form={form}
              path="text"
              legend={t('followThrough.commitment.text')}
              description={fromSource && !existing ? t('followThrough.commitment.textHint') : undefined}
              required={!fromSource}
              multiline
              maxLength={5000}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Select
                label={t('followThrough.commitment.topic')}
                clearable
                searchable
                data={TOPIC_CODES.map((code) => ({ value: code, label: topic(code) }))}
                {...form.getInputProps('topic')}
              />
              <TextInput type="date" label={t('followThrough.commitment.due')} {...form.getInputProps('dueOn')} />
              <Select
                label={t('followThrough.status')}
                allowDeselect={false}
                description={existing ? t('followThrough.nextStatusesHint') : undefined}
                data={statuses.map((code) => ({ value: code, label: t(COMMITMENT_STATUS_LABELS[code]) }))}
                {...form.getInputProps('status')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('followThrough.owner.title')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={partnership ? t('followThrough.owner.ofSide', { place: place(partnership.placeA) }) : t('followThrough.owner.sideA')}
              clearable
              searchable
              nothingFoundMessage={t('followThrough.owner.nothing')}
              data={owners.a}
              {...form.getInputProps('ownerA')}
            />
            <Select
              label={partnership ? t('followThrough.owner.ofSide', { place: place(partnership.placeB) }) : t('followThrough.owner.sideB')}
              clearable
              searchable
              nothingFoundMessage={t('followThrough.owner.nothing')}
              data={owners.b}
              {...form.getInputProps('ownerB')}
            />
          </SimpleGrid>
        </Fieldset>

        <Group>
          <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
          <Button variant="subtle" onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

function NewWithPartnership({ origin, partnershipId }: { origin: CommitmentOrigin; partnershipId: number | null }) {
  const partnership = usePartnership(partnershipId);
  if (partnershipId === null) return <CommitmentForm origin={origin} partnership={null} />;
  return <QueryState query={partnership}>{(p) => <CommitmentForm origin={origin} partnership={p} />}</QueryState>;
}

const numberParam = (value: string | null) => (value && /^\d+$/.test(value) ? Number(value) : null);

export function CommitmentNewPage() {
  const [params] = useSearchParams();
  const statementId = numberParam(params.get('statement'));
  const clauseId = numberParam(params.get('clause'));
  const engagementId = numberParam(params.get('engagement'));
  const agreementId = numberParam(params.get('agreement'));
  const origin: CommitmentOrigin = statementId !== null
    ? { kind: 'statement', statementId, engagementId }
    : clauseId !== null ? { kind: 'clause', clauseId, agreementId } : { kind: 'manual' };
  // The partnership: given, or the pledge's engagement's, or the clause's agreement's.
  const engagement = useEngagement(origin.kind === 'statement' ? engagementId : null);
  const agreement = useAgreement(origin.kind === 'clause' ? agreementId : null);
  const waiting = (origin.kind === 'statement' && engagementId !== null && engagement.isPending) || (origin.kind === 'clause' && agreementId !== null && agreement.isPending);
  if (waiting && origin.kind === 'statement') return <QueryState query={engagement}>{() => null}</QueryState>;
  if (waiting) return <QueryState query={agreement}>{() => null}</QueryState>;
  const partnershipId = numberParam(params.get('partnership')) ?? engagement.data?.partnershipId ?? agreement.data?.partnershipId ?? null;
  return <NewWithPartnership origin={origin} partnershipId={partnershipId} />;
}

function EditWithPartnership({ commitment }: { commitment: Commitment }) {
  const partnership = usePartnership(commitment.partnershipId);
  const origin: CommitmentOrigin = commitment.origin.kind === 'statement'
    ? { kind: 'statement', statementId: commitment.origin.statementId, engagementId: commitment.origin.engagementId }
    : commitment.origin.kind === 'clause' ? { kind: 'clause', clauseId: commitment.origin.clauseId, agreementId: commitment.origin.agreementId } : { kind: 'manual' };
  if (commitment.partnershipId === null) return <CommitmentForm existing={commitment} origin={origin} partnership={null} />;
  return <QueryState query={partnership}>{(p) => <CommitmentForm existing={commitment} origin={origin} partnership={p} />}</QueryState>;
}

export function CommitmentEditPage() {
  const commitment = useCommitment(useIdParam());
  return <QueryState query={commitment}>{(c) => <EditWithPartnership commitment={c} />}</QueryState>;
}
