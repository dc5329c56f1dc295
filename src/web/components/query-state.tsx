import { Alert, Center, Loader } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/http.ts';

/** Loading spinner, "not found" or the error, else the content rendered from the data. */
export function QueryState<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (query.isError) {
    const error = query.error;
    const notFound = error instanceof ApiProblem && error.status === 404;
    return (
      <Alert color={notFound ? 'yellow' : 'red'} title={notFound ? t('common.notFound') : t('common.loadFailed')} role="alert">
        {error.message}
      </Alert>
    );
  }
  return <>{children(query.data)}</>;
}
