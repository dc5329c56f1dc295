// The home page's search over everything, with results as you type (debounced).
import { Loader, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useSearch } from '../../api/queries.ts';
import { QueryState } from '../../components/query-state.tsx';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { SearchResults } from './search-results.tsx';

export function SearchBox({ value, onChange, autoFocus }: { value: string; onChange: (value: string) => void; autoFocus?: boolean }) {
  const { t } = useLocaleFormat();
  const [debounced] = useDebouncedValue(value.trim(), 250);
  const search = useSearch(debounced);
  return (
    <Stack gap="md">
      <form role="search" onSubmit={(event) => event.preventDefault()}>
        <TextInput
          type="search"
          size="md"
          label={t('search.label')}
          description={t('search.description')}
          placeholder={t('search.placeholder')}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          rightSection={search.isFetching ? <Loader size="xs" /> : null}
          data-autofocus={autoFocus || undefined}
        />
      </form>
      {debounced && <QueryState query={search}>{(results) => <SearchResults results={results} />}</QueryState>}
    </Stack>
  );
}
