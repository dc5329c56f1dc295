// "Add from press release": paste a text, give a link or upload a saved page; the API extracts a
// draft engagement and the reader goes on to review it beside the source text.
import { Alert, Button, Card, FileInput, Group, Select, SimpleGrid, Stack, Tabs, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { LOCALES } from '../../../domain/taxonomy.ts';
import { useDrafts, useIngest } from '../../api/queries.ts';
import type { IngestRequest } from '../../api/types.ts';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { isValidDate } from '../../components/validation.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { ingestErrorKey } from './ingest-errors.ts';

type Mode = 'text' | 'url' | 'file';
/** What the API accepts: 2,000,000 characters of text, 5,000,000 of HTML (a byte is at most a character). */
export const MAX_FILE_BYTES = { text: 2_000_000, html: 5_000_000 } as const;
const FILE_TYPES = /\.(html?|txt)$/i;

function isHttpUrl(value: string) {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

export function IngestPage() {
  const { t, number } = useLocaleFormat();
  const navigate = useNavigate();
  const ingest = useIngest();
  const pending = useDrafts('pending');
  const [mode, setMode] = useState<Mode>('text');
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [published, setPublished] = useState('');
  const [lang, setLang] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  useDocumentTitle(t('ingest.page.title'));

  const fileProblem = (chosen: File | null): string | null => {
    if (!chosen) return t('ingest.page.fileRequired');
    if (!FILE_TYPES.test(chosen.name)) return t('ingest.page.fileType');
    const limit = /\.txt$/i.test(chosen.name) ? MAX_FILE_BYTES.text : MAX_FILE_BYTES.html;
    if (chosen.size > limit) return t('ingest.page.fileTooLarge', { size: number(Math.round(limit / 1_000_000)) });
    if (chosen.size === 0) return t('ingest.errors.emptyText');
    return null;
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setFormError(null);
    let body: IngestRequest;
    if (mode === 'text') {
      if (!text.trim()) return setFieldError(t('ingest.page.textRequired'));
      body = { text };
    } else if (mode === 'url') {
      if (!isHttpUrl(url.trim())) return setFieldError(t('ingest.errors.invalidUrl'));
      body = { url: url.trim() };
    } else {
      const problem = fileProblem(file);
      if (problem || !file) return setFieldError(problem);
      const content = await file.text();
      body = /\.txt$/i.test(file.name) ? { text: content } : { html: content };
    }
    if (published && !isValidDate(published)) return setFieldError(null), setFormError(t('validation.date'));
    setFieldError(null);
    ingest.mutate(
      { ...body, ...(published ? { published } : {}), ...(lang ? { lang: lang as IngestRequest['lang'] } : {}) },
      {
        onSuccess: (draft) => navigate(`/drafts/${draft.id}`),
        onError: (error) => {
          const key = ingestErrorKey(error);
          setFormError(key ? t(key) : error.message);
        },
      },
    );
  };

  return (
    <Stack maw={900} gap="lg">
      <div>
        <Title order={1}>{t('ingest.page.title')}</Title>
        <Text c="dimmed">{t('ingest.page.lead')}</Text>
      </div>
      <form onSubmit={submit} noValidate>
        <Card withBorder>
          <Stack>
            <Tabs value={mode} onChange={(value) => { setMode((value as Mode) ?? 'text'); setFieldError(null); setFormError(null); }} keepMounted={false}>
              <Tabs.List>
                <Tabs.Tab value="text">{t('ingest.page.tabText')}</Tabs.Tab>
                <Tabs.Tab value="url">{t('ingest.page.tabUrl')}</Tabs.Tab>
                <Tabs.Tab value="file">{t('ingest.page.tabFile')}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="text" pt="md">
                <Textarea
                  label={t('ingest.page.textLabel')}
                  description={t('ingest.page.textHint')}
                  autosize
                  minRows={8}
                  maxRows={20}
                  value={text}
                  error={fieldError}
                  onChange={(e) => setText(e.currentTarget.value)}
                />
              </Tabs.Panel>
              <Tabs.Panel value="url" pt="md">
                <TextInput
                  type="url"
                  label={t('ingest.page.urlLabel')}
                  description={t('ingest.page.urlHint')}
                  placeholder="https://"
                  value={url}
                  error={fieldError}
                  onChange={(e) => setUrl(e.currentTarget.value)}
                />
              </Tabs.Panel>
              <Tabs.Panel value="file" pt="md">
                <FileInput
                  label={t('ingest.page.fileLabel')}
                  description={t('ingest.page.fileHint')}
                  placeholder={t('ingest.page.filePlaceholder')}
                  accept=".html,.htm,.txt,text/html,text/plain"
                  clearable
                  value={file}
                  error={fieldError}
                  onChange={(chosen) => { setFile(chosen); setFieldError(chosen ? fileProblem(chosen) : null); }}
                />
              </Tabs.Panel>
            </Tabs>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput type="date" label={t('ingest.page.published')} description={t('ingest.page.publishedHint')} value={published} onChange={(e) => setPublished(e.currentTarget.value)} />
              <Select
                label={t('ingest.page.language')}
                description={t('ingest.page.languageHint')}
                placeholder={t('ingest.page.languageAuto')}
                clearable
                value={lang}
                onChange={setLang}
                data={LOCALES.map((code) => ({ value: code, label: t(`language.${code}`) }))}
              />
            </SimpleGrid>
            {formError && <Alert color="red" title={t('ingest.page.failed')} role="alert">{formError}</Alert>}
            <Group>
              <Button type="submit" loading={ingest.isPending}>{t('ingest.page.submit')}</Button>
            </Group>
          </Stack>
        </Card>
      </form>
      <Group gap="xs">
        <Button component={Link} to="/drafts" variant="light">{t('ingest.nav.queue')}</Button>
        {pending.data && pending.data.total > 0 && <Text size="sm" c="dimmed">{t('ingest.queue.waiting', { n: number(pending.data.total) })}</Text>}
      </Group>
    </Stack>
  );
}
