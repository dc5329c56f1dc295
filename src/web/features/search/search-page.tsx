import { Stack, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { SearchBox } from './search-box.tsx';

/** /search?q=…: the header's search lands here; the query stays in the URL so it can be shared. */
export function SearchPage() {
  const { t } = useLocaleFormat();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  useDocumentTitle(t('search.title'));
  return (
    <Stack>
      <Title order={1}>{t('search.title')}</Title>
      <SearchBox value={q} onChange={(next) => setParams(next ? { q: next } : {}, { replace: true })} />
    </Stack>
  );
}
