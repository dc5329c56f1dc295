// Agreements (MoU, treaty, action plan, letter of intent): the list, and one agreement with its
// clauses, each of which can become a commitment.
import { Badge, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { localize } from '../../../domain/localized.ts';
import { AGREEMENT_KINDS } from '../../../features/agreements/contract.ts';
import { PAGE_SIZE, useAgreement, useAgreements, usePartnership } from '../../api/queries.ts';
import type { Agreement } from '../../api/types.ts';
import { AppLink } from '../../components/app-link.tsx';
import { Pager } from '../../components/pager.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { useIdParam } from '../../routes/route-params.ts';
import { AGREEMENT_KIND_LABELS } from './labels.tsx';

function Validity({ agreement: a }: { agreement: Agreement }) {
  const { t, date } = useLocaleFormat();
  const parts = [
    a.signedOn && t('followThrough.agreement.signedOn', { date: date(a.signedOn) }),
    (a.validFrom || a.validTo) && t('followThrough.agreement.valid', { from: a.validFrom ? date(a.validFrom) : '…', to: a.validTo ? date(a.validTo) : '…' }),
    a.renewalOn && t('followThrough.agreement.renewalOn', { date: date(a.renewalOn) }),
  ].filter(Boolean);
  return <Text size="sm" c="dimmed">{parts.join(' · ')}</Text>;
}

export function AgreementsListPage() {
  const { t, locale, place } = useLocaleFormat();
  const [params, setParams] = useSearchParams();
  const partnership = /^\d+$/.test(params.get('partnership') ?? '') ? Number(params.get('partnership')) : undefined;
  const kind = params.get('kind') ?? undefined;
  const offset = Number(params.get('offset') ?? 0) || 0;
  const agreements = useAgreements({ partnership, kind, offset });
  const p = usePartnership(partnership ?? null);
  useDocumentTitle(t('followThrough.agreement.list'));
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value); else next.delete(key);
    next.delete('offset');
    setParams(next);
  };
  return (
    <Stack maw={1000} gap="lg">
      <Group justify="space-between">
        <Title order={1}>{t('followThrough.agreement.list')}</Title>
        <Button component={Link} to={partnership ? `/agreements/new?partnership=${partnership}` : '/agreements/new'}>{t('followThrough.agreement.new')}</Button>
      </Group>
      {partnership && (
        <Text>
          {t('common.labelColon', { label: t('followThrough.partnership') })}
          <AppLink to={`/partnerships/${partnership}/follow-through`}>{p.data ? `${place(p.data.placeA)} – ${place(p.data.placeB)}` : `#${partnership}`}</AppLink>
        </Text>
      )}
      <Select
        label={t('followThrough.agreement.kind')}
        placeholder={t('common.any')}
        clearable
        w={260}
        data={AGREEMENT_KINDS.map((code) => ({ value: code, label: t(AGREEMENT_KIND_LABELS[code]) }))}
        value={kind ?? null}
        onChange={(value) => set('kind', value)}
      />
      <QueryState query={agreements}>
        {(page) => (
          <Stack gap="sm">
            {page.items.length === 0 && <Text c="dimmed">{t('followThrough.agreement.none')}</Text>}
            {page.items.map((a) => (
              <Card key={a.id} withBorder padding="sm">
                <Group gap="xs" mb={4}>
                  <Badge color="grape" variant="light" tt="none">{t(AGREEMENT_KIND_LABELS[a.kind])}</Badge>
                  <AppLink to={`/agreements/${a.id}`} fw={600}>{localize(a.title, locale)}</AppLink>
                </Group>
                <Validity agreement={a} />
                <Text size="sm">{t('followThrough.agreement.clauseCount', { n: a.clauses.length })}</Text>
              </Card>
            ))}
            <Pager total={page.total} offset={offset} limit={PAGE_SIZE} onOffset={(value) => set('offset', String(value))} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

function AgreementView({ agreement: a }: { agreement: Agreement }) {
  const { t, locale, place } = useLocaleFormat();
  const title = localize(a.title, locale);
  useDocumentTitle(title);
  const summary = localize(a.summary, locale);
  return (
    <Stack maw={1000} gap="lg">
      <div>
        <Badge color="grape" variant="light" tt="none">{t(AGREEMENT_KIND_LABELS[a.kind])}</Badge>
        <Group justify="space-between" align="flex-start">
          <Title order={1}>{title}</Title>
          <Button component={Link} to={`/agreements/${a.id}/edit`} variant="light">{t('followThrough.agreement.edit')}</Button>
        </Group>
        <Validity agreement={a} />
      </div>
      <Card withBorder>
        <Stack gap="xs">
          {a.parties.length > 0 && (
            <Text size="sm">
              {t('common.labelColon', { label: t('followThrough.agreement.parties') })}
              {a.parties.map((party) => (party.place ? place(party.place) : localize(party.organisation?.name, locale))).join(', ')}
            </Text>
          )}
          {a.partnershipId && <AppLink to={`/partnerships/${a.partnershipId}/follow-through`} size="sm">{t('followThrough.title')}</AppLink>}
          {a.engagementId && <AppLink to={`/engagements/${a.engagementId}`} size="sm">{t('followThrough.agreement.engagement')}</AppLink>}
          {a.source && <AppLink to={`/sources/${a.source.id}`} size="sm">{a.source.title ?? t('sources.untitled')}</AppLink>}
          {summary && <Text className="prewrap">{summary}</Text>}
        </Stack>
      </Card>
      <section aria-labelledby="agreement-clauses">
        <Title order={2} size="h3" id="agreement-clauses" mb="xs">{t('followThrough.agreement.clauses')}</Title>
        {a.clauses.length === 0 && <Text c="dimmed">{t('followThrough.agreement.noClauses')}</Text>}
        <Stack gap="sm">
          {a.clauses.map((clause) => (
            <Card key={clause.id} withBorder padding="sm">
              <Text>
                {clause.number && <Text span fw={600}>§ {clause.number} </Text>}
                {localize(clause.text, locale)}
              </Text>
              <Group gap="xs" mt="xs">
                {clause.commitmentIds.map((id) => (
                  <Button key={id} component={Link} to={`/commitments/${id}`} size="compact-xs" variant="subtle">
                    {t('followThrough.commitment.link', { id })}
                  </Button>
                ))}
                <Button component={Link} to={`/commitments/new?clause=${clause.id}&agreement=${a.id}`} size="compact-xs" variant="light" color="orange">
                  {t('followThrough.commitment.makeOne')}
                </Button>
              </Group>
            </Card>
          ))}
        </Stack>
      </section>
    </Stack>
  );
}

export function AgreementPage() {
  const agreement = useAgreement(useIdParam());
  return <QueryState query={agreement}>{(a) => <AgreementView agreement={a} />}</QueryState>;
}
