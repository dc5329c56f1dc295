// Bulk work on a partnership's follow-through: CSV/JSON export links and the progress CSV upload
// (try it first as a dry run; a bad row comes back with its line and column, nothing half-applied).
import { Alert, Anchor, Button, Card, FileInput, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { withQuery } from '../../api/http.ts';
import { useImportProgress } from '../../api/queries.ts';
import type { ProgressImportResult } from '../../api/types.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { csvErrors } from './errors.ts';

const EXPORTS = [
  ['commitments', 'followThrough.bulk.commitments'],
  ['projects', 'followThrough.bulk.projects'],
  ['agreements', 'followThrough.bulk.agreements'],
  ['progress', 'followThrough.bulk.progress'],
] as const;

export function ExportLinks({ partnershipId }: { partnershipId: number }) {
  const { t } = useLocaleFormat();
  return (
    <Table>
      <Table.Caption className="sr-only">{t('followThrough.bulk.export')}</Table.Caption>
      <Table.Tbody>
        {EXPORTS.map(([entity, key]) => (
          <Table.Tr key={entity}>
            <Table.Th scope="row" fw={500} fz="sm">{t(key)}</Table.Th>
            {(['csv', 'json'] as const).map((format) => (
              <Table.Td key={format}>
                <Anchor href={withQuery('/api/follow-through/export', { entity, format, partnership: partnershipId })} download size="sm">
                  {format.toUpperCase()}
                </Anchor>
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ImportSummary({ result }: { result: ProgressImportResult }) {
  const { t, number } = useLocaleFormat();
  return (
    <Alert color={result.dryRun ? 'blue' : 'green'} title={result.dryRun ? t('followThrough.bulk.dryRunOk') : t('followThrough.bulk.applied')} role="status">
      {t('followThrough.bulk.summary', {
        rows: number(result.rows), projects: number(result.projectsUpdated), created: number(result.milestonesCreated), updated: number(result.milestonesUpdated),
      })}
    </Alert>
  );
}

export function ProgressImport() {
  const { t, number } = useLocaleFormat();
  const [file, setFile] = useState<File | null>(null);
  const upload = useImportProgress();
  const run = async (dryRun: boolean) => {
    if (!file) return;
    upload.mutate({ csv: await file.text(), dryRun });
  };
  const rowErrors = csvErrors(upload.error);
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">{t('followThrough.bulk.importHint')}</Text>
      <FileInput
        label={t('followThrough.bulk.file')}
        accept=".csv,text/csv"
        value={file}
        onChange={(value) => { setFile(value); upload.reset(); }}
        clearable
      />
      <Group gap="xs">
        <Button variant="light" disabled={!file} loading={upload.isPending && upload.variables?.dryRun} onClick={() => run(true)}>{t('followThrough.bulk.check')}</Button>
        <Button disabled={!file} loading={upload.isPending && !upload.variables?.dryRun} onClick={() => run(false)}>{t('followThrough.bulk.apply')}</Button>
      </Group>
      {upload.data && <ImportSummary result={upload.data} />}
      {upload.isError && (
        <Alert color="red" title={t('followThrough.bulk.rejected')} role="alert">
          {rowErrors.length === 0 ? (
            upload.error.message
          ) : (
            <List size="sm" spacing={2}>
              {rowErrors.map((error) => (
                <List.Item key={`${error.line}-${error.column ?? ''}-${error.message}`}>
                  {error.column
                    ? t('followThrough.bulk.lineColumn', { line: number(error.line), column: error.column })
                    : t('followThrough.bulk.line', { line: number(error.line) })}
                  {error.message}
                </List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
    </Stack>
  );
}

export function BulkCard({ partnershipId }: { partnershipId: number }) {
  const { t } = useLocaleFormat();
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={3} size="h5">{t('followThrough.bulk.export')}</Title>
        <ExportLinks partnershipId={partnershipId} />
        <Title order={3} size="h5">{t('followThrough.bulk.import')}</Title>
        <ProgressImport />
      </Stack>
    </Card>
  );
}
