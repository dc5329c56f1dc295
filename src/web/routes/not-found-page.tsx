import { Stack, Text, Title } from '@mantine/core';
import { AppLink } from '../components/app-link.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { useLocaleFormat } from '../i18n/use-locale.ts';

export function NotFoundPage() {
  const { t } = useLocaleFormat();
  useDocumentTitle(t('notFound.title'));
  return (
    <Stack>
      <Title order={1}>{t('notFound.title')}</Title>
      <Text>{t('notFound.text')}</Text>
      <AppLink to="/">{t('notFound.home')}</AppLink>
    </Stack>
  );
}
