// A source document in full: where it came from and the engagements taken from it.
import { Anchor, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { localize } from '../../../domain/localized.ts';
import { useEngagement, useSource } from '../../api/queries.ts';
import { AppLink } from '../../components/app-link.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { useIdParam } from '../../routes/route-params.ts';

const LANG_ATTRIBUTE = { de: 'de', en: 'en', zh: 'zh-Hans' } as const;

/** An engagement taken from this source, named by its title once loaded. */
function EngagementLink({ id }: { id: number }) {
  const { t, locale, date } = useLocaleFormat();
  const engagement = useEngagement(id);
  const title = engagement.data ? localize(engagement.data.title, locale) : '';
  return (
    <>
      <AppLink to={`/engagements/${id}`}>{title || t('sources.engagementN', { n: id })}</AppLink>
      {engagement.data && <Text span size="sm" c="dimmed"> · {date(engagement.data.date)}</Text>}
    </>
  );
}

export function SourcePage() {
  const { t, date } = useLocaleFormat();
  const source = useSource(useIdParam());
  useDocumentTitle(source.data?.title ?? t('sources.untitled'));
  return (
    <QueryState query={source}>
      {(s) => (
        <Stack maw={900}>
          <div>
            <Text size="sm" c="dimmed">{t(`sourceKind.${s.kind}`)}</Text>
            <Title order={1} lang={s.language ? LANG_ATTRIBUTE[s.language] : undefined}>{s.title ?? t('sources.untitled')}</Title>
          </div>
          <Group gap="lg">
            {s.publisher && <Text size="sm">{t('common.labelColon', { label: t('sources.publisher') })}{s.publisher}</Text>}
            {s.publishedOn && <Text size="sm">{t('common.labelColon', { label: t('sources.publishedOn') })}{date(s.publishedOn)}</Text>}
            {s.language && <Text size="sm">{t('common.labelColon', { label: t('sources.language') })}{t(`language.${s.language}`)}</Text>}
            {s.url && (
              <Anchor href={s.url} target="_blank" rel="noreferrer" size="sm">
                {t('sources.original')}
              </Anchor>
            )}
          </Group>
          {s.engagementIds.length > 0 && (
            <div>
              <Text fw={600} size="sm">{t('sources.engagements')}</Text>
              <List size="sm">
                {s.engagementIds.map((id) => (
                  <List.Item key={id}>
                    <EngagementLink id={id} />
                  </List.Item>
                ))}
              </List>
            </div>
          )}
          <Card withBorder component="article" aria-label={t('sources.text')}>
            <Text className="prewrap" lang={s.language ? LANG_ATTRIBUTE[s.language] : undefined}>{s.text}</Text>
          </Card>
        </Stack>
      )}
    </QueryState>
  );
}
