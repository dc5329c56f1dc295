// The audit log: who changed which record when, filtered by record type, action, person and days;
// each entry opens to the changed fields before and after, with the full record as JSON. Exports
// carry the same filters. Administrators only once accounts exist (the API says 403 otherwise).
import { Alert, Badge, Button, Code, Grid, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, AUDIT_EXPORT_LIMIT } from '../../../features/audit/contract.ts';
import { ApiProblem } from '../../api/http.ts';
import { AppLink } from '../../components/app-link.tsx';
import { Pager } from '../../components/pager.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { isValidDate } from '../../components/validation.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { type AuditEntry, displayValue, type FieldChange, fieldChanges, filtersForApi, recordName, recordPath } from './audit-entry.ts';
import { AUDIT_PAGE_SIZE, auditExportUrl, useAuditLog } from './audit-queries.ts';
import classes from './audit.module.css';

const ACTION_LABELS: Record<string, string> = {
  create: 'audit.action.create', update: 'audit.action.update', delete: 'audit.action.delete', import: 'audit.action.import',
};
const ACTION_COLORS: Record<string, string> = { create: 'green', update: 'blue', delete: 'red', import: 'grape' };

const ENTITY_LABELS: Record<string, string> = {
  partnership: 'audit.entity.partnership', partnership_note: 'audit.entity.partnershipNote', place: 'audit.entity.place', engagement: 'audit.entity.engagement', person: 'audit.entity.person',
  organisation: 'audit.entity.organisation', agreement: 'audit.entity.agreement', clause: 'audit.entity.clause', commitment: 'audit.entity.commitment',
  statement: 'audit.entity.statement', project: 'audit.entity.project', milestone: 'audit.entity.milestone', draft: 'audit.entity.draft',
  feed: 'audit.entity.feed', user: 'audit.entity.user', workspace: 'audit.entity.workspace', invitation: 'audit.entity.invitation',
};

const CHANGE_LABELS: Record<FieldChange['kind'], string> = { added: 'audit.diff.added', removed: 'audit.diff.removed', changed: 'audit.diff.changed' };
const CHANGE_COLORS: Record<FieldChange['kind'], string> = { added: 'green', removed: 'red', changed: 'blue' };

function useLabels() {
  const { t } = useLocaleFormat();
  return {
    action: (action: string) => (ACTION_LABELS[action] ? t(ACTION_LABELS[action]) : action),
    entity: (entity: string) => (ENTITY_LABELS[entity] ? t(ENTITY_LABELS[entity]) : entity),
    actor: (actor: string) => (actor === 'local' ? t('audit.actor.local') : actor === 'system' ? t('audit.actor.system') : actor),
  };
}

function Value({ value, side }: { value: unknown; side: 'before' | 'after' }) {
  const { t } = useLocaleFormat();
  const text = displayValue(value);
  return (
    <pre className={`${classes.value} ${classes[side]}`}>
      {text || <Text span size="xs" c="dimmed" fs="italic">{t('audit.diff.empty')}</Text>}
    </pre>
  );
}

/** The changed fields side by side, and the whole record before and after. */
function AuditChanges({ entry }: { entry: AuditEntry }) {
  const { t } = useLocaleFormat();
  const changes = fieldChanges(entry);
  return (
    <Stack gap="sm" data-testid="audit-changes">
      {changes.length === 0 && <Text size="sm" c="dimmed">{t('audit.diff.noFields')}</Text>}
      {changes.map((change) => (
        <div key={change.field} data-testid="audit-field">
          <Group gap="xs" mb={4}>
            <Code fw={600}>{change.field}</Code>
            <Badge size="xs" variant="light" color={CHANGE_COLORS[change.kind]} tt="none">{t(CHANGE_LABELS[change.kind])}</Badge>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing={4}>
            <div>
              <Text size="xs" c="dimmed">{t('audit.diff.before')}</Text>
              <Value value={change.before} side="before" />
            </div>
            <div>
              <Text size="xs" c="dimmed">{t('audit.diff.after')}</Text>
              <Value value={change.after} side="after" />
            </div>
          </SimpleGrid>
        </div>
      ))}
      <details className={classes.full}>
        <summary>{t('audit.diff.full')}</summary>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
          <div>
            <Text size="xs" c="dimmed">{t('audit.diff.before')}</Text>
            <pre className={classes.value}>{JSON.stringify(entry.before, null, 2)}</pre>
          </div>
          <div>
            <Text size="xs" c="dimmed">{t('audit.diff.after')}</Text>
            <pre className={classes.value}>{JSON.stringify(entry.after, null, 2)}</pre>
          </div>
        </SimpleGrid>
      </details>
    </Stack>
  );
}

function EntryRows({ entry, open, onToggle }: { entry: AuditEntry; open: boolean; onToggle: () => void }) {
  const { t, locale, dateTime } = useLocaleFormat();
  const labels = useLabels();
  const name = recordName(entry, locale);
  const path = recordPath(entry);
  const shown = entry.changedFields.slice(0, 3).join(', ');
  const more = entry.changedFields.length - 3;
  const detailId = `audit-entry-${entry.id}`;
  return (
    <>
      <Table.Tr className={classes.entry} data-expanded={open || undefined} data-testid="audit-entry">
        <Table.Td data-label={t('audit.column.when')} className={classes.when}>
          <time dateTime={entry.at}>{dateTime(entry.at)}</time>
        </Table.Td>
        <Table.Td data-label={t('audit.column.who')} style={{ overflowWrap: 'anywhere' }}>{labels.actor(entry.actor)}</Table.Td>
        <Table.Td data-label={t('audit.column.action')}>
          {/* The label never shortens to "Geänd…": its column is as wide as the longest action. */}
          <Badge variant="light" color={ACTION_COLORS[entry.action] ?? 'gray'} tt="none" styles={{ root: { overflow: 'visible' }, label: { overflow: 'visible' } }}>
            {labels.action(entry.action)}
          </Badge>
        </Table.Td>
        <Table.Td data-label={t('audit.column.record')} style={{ overflowWrap: 'anywhere' }}>
          <Text span size="sm" c="dimmed">{labels.entity(entry.entity)} </Text>
          {path ? <AppLink to={path} size="sm">{name || `#${entry.entityId}`}</AppLink> : <Text span size="sm">{name || `#${entry.entityId}`}</Text>}
          {name && <Text span size="xs" c="dimmed"> #{entry.entityId}</Text>}
        </Table.Td>
        <Table.Td data-label={t('audit.column.changes')} style={{ overflowWrap: 'anywhere' }}>
          <Text span size="sm">{shown || '—'}</Text>
          {more > 0 && <Text span size="sm" c="dimmed"> {t('common.more', { n: more })}</Text>}
        </Table.Td>
        <Table.Td ta="right">
          <Button size="compact-sm" variant="subtle" onClick={onToggle} aria-expanded={open} aria-controls={detailId}>
            {open ? t('audit.toggle.hide') : t('audit.toggle.show')}
          </Button>
        </Table.Td>
      </Table.Tr>
      {open && (
        <Table.Tr className={classes.detail} id={detailId}>
          <Table.Td colSpan={6} className={classes.detailCell}>
            <AuditChanges entry={entry} />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useLocaleFormat();
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) => setOpen((current) => {
    const next = new Set(current);
    if (next.has(id)) next.delete(id); else next.add(id);
    return next;
  });
  if (entries.length === 0) return <Text c="dimmed">{t('audit.none')}</Text>;
  return (
    <Table className={classes.table} verticalSpacing="xs" highlightOnHover>
      <Table.Caption className="sr-only">{t('audit.caption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('audit.column.when')}</Table.Th>
          <Table.Th>{t('audit.column.who')}</Table.Th>
          <Table.Th>{t('audit.column.action')}</Table.Th>
          <Table.Th>{t('audit.column.record')}</Table.Th>
          <Table.Th>{t('audit.column.changes')}</Table.Th>
          <Table.Th><span className="sr-only">{t('audit.toggle.show')}</span></Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry) => <EntryRows key={entry.id} entry={entry} open={open.has(entry.id)} onToggle={() => toggle(entry.id)} />)}
      </Table.Tbody>
    </Table>
  );
}

export function AuditPage() {
  const { t, number } = useLocaleFormat();
  const labels = useLabels();
  const [params, setParams] = useSearchParams();
  const entity = params.get('entity') ?? '';
  const action = params.get('action') ?? '';
  const actor = params.get('actor') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const offset = Number(params.get('offset') ?? 0) || 0;
  const [debouncedActor] = useDebouncedValue(actor, 300);
  const toBeforeFrom = Boolean(from && to && isValidDate(from) && isValidDate(to) && to < from);
  const apiFilters = filtersForApi({ entity, action, actor: debouncedActor, from, to: toBeforeFrom ? '' : to }, isValidDate);
  const audit = useAuditLog(apiFilters, offset);
  useDocumentTitle(t('audit.title'));

  const update = (changes: Record<string, string>) => {
    // From the address as it is now: a Select may call an onChange from an earlier render, whose
    // params would drop the filter chosen just before.
    const next = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(changes)) if (value) next.set(key, value); else next.delete(key);
    if (!('offset' in changes)) next.delete('offset');
    setParams(next, { replace: true });
  };

  const forbidden = audit.error instanceof ApiProblem && audit.error.status === 403;
  const entityOptions = AUDIT_ENTITIES.map((value) => ({ value, label: labels.entity(value) })).sort((a, b) => a.label.localeCompare(b.label));

  return (
    <Stack maw={1200}>
      <div>
        <Title order={1}>{t('audit.title')}</Title>
        <Text c="dimmed" size="sm">{t('audit.intro')}</Text>
      </div>
      {forbidden ? (
        <Alert color="yellow" title={t('audit.forbidden.title')} role="alert">{t('audit.forbidden.text')}</Alert>
      ) : (
        <>
          {/* Five filters in a row on a wide screen; on a phone the two dates share a line. */}
          <Grid columns={10} gap="sm">
            <Grid.Col span={{ base: 10, xs: 5, md: 2 }}>
              <Select
                label={t('audit.filter.entity')}
                placeholder={t('common.any')}
                clearable
                searchable
                value={entity || null}
                onChange={(value) => update({ entity: value ?? '' })}
                data={entityOptions}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 10, xs: 5, md: 2 }}>
              <Select
                label={t('audit.filter.action')}
                placeholder={t('common.any')}
                clearable
                value={action || null}
                onChange={(value) => update({ action: value ?? '' })}
                data={AUDIT_ACTIONS.map((value) => ({ value, label: labels.action(value) }))}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 10, md: 2 }}>
              <TextInput
                label={t('audit.filter.actor')}
                placeholder={t('audit.filter.actorPlaceholder')}
                value={actor}
                onChange={(event) => update({ actor: event.currentTarget.value })}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 5, md: 2 }}>
              <TextInput type="date" label={t('audit.filter.from')} value={from} onChange={(event) => update({ from: event.currentTarget.value })} />
            </Grid.Col>
            <Grid.Col span={{ base: 5, md: 2 }}>
              <TextInput
                type="date"
                label={t('audit.filter.to')}
                value={to}
                onChange={(event) => update({ to: event.currentTarget.value })}
                error={toBeforeFrom ? t('validation.toBeforeFrom') : undefined}
              />
            </Grid.Col>
          </Grid>
          <Group gap="xs" justify="space-between">
            <Group gap="xs">
              <Button component="a" href={auditExportUrl('csv', apiFilters)} download variant="default" size="xs">{t('audit.export.csv')}</Button>
              <Button component="a" href={auditExportUrl('json', apiFilters)} download variant="default" size="xs">{t('audit.export.json')}</Button>
            </Group>
            <Text size="xs" c="dimmed">{t('audit.export.note', { limit: number(AUDIT_EXPORT_LIMIT) })}</Text>
          </Group>
          <QueryState query={audit}>
            {(page) => (
              <Stack gap="sm">
                <AuditTable entries={page.items} />
                <Pager total={page.total} offset={offset} limit={AUDIT_PAGE_SIZE} onOffset={(next) => update({ offset: String(next) })} />
              </Stack>
            )}
          </QueryState>
        </>
      )}
    </Stack>
  );
}
