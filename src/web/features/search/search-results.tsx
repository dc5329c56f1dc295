// Results of the one search box, grouped by what was found: places, people, engagements, sources.
import { Card, List, SimpleGrid, Text, Title } from '@mantine/core';
import type { SearchResults as Results } from '../../api/types.ts';
import { AppLink } from '../../components/app-link.tsx';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { engagementTitle } from '../engagements/engagement-timeline.tsx';

export function SearchResults({ results }: { results: Results }) {
  const { t, locale, place, country, person, date } = useLocaleFormat();
  const empty = results.places.length + results.people.length + results.engagements.length + results.sources.length === 0;
  if (empty) return <Text c="dimmed">{t('search.noResults')}</Text>;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" aria-live="polite">
      {results.places.length > 0 && (
        <Card withBorder component="section" aria-labelledby="search-places">
          <Title order={3} size="h5" id="search-places" mb="xs">{t('search.places')}</Title>
          <List listStyleType="none" spacing={4}>
            {results.places.map((p) => (
              <List.Item key={p.id}>
                <AppLink to={`/places/${p.id}`}>{place(p)}</AppLink>{' '}
                <Text span size="sm" c="dimmed">{country(p.country)}</Text>
              </List.Item>
            ))}
          </List>
        </Card>
      )}
      {results.engagements.length > 0 && (
        <Card withBorder component="section" aria-labelledby="search-engagements">
          <Title order={3} size="h5" id="search-engagements" mb="xs">{t('search.engagements')}</Title>
          <List listStyleType="none" spacing={4}>
            {results.engagements.map((e) => (
              <List.Item key={e.id}>
                <AppLink to={`/engagements/${e.id}`}>{engagementTitle(e, locale, t('engagements.untitled'))}</AppLink>{' '}
                <Text span size="sm" c="dimmed">{date(e.date)}</Text>
              </List.Item>
            ))}
          </List>
        </Card>
      )}
      {results.people.length > 0 && (
        <Card withBorder component="section" aria-labelledby="search-people">
          <Title order={3} size="h5" id="search-people" mb="xs">{t('search.people')}</Title>
          <List listStyleType="none" spacing={4}>
            {results.people.map((p) => (
              <List.Item key={p.id}>
                {/* No person page yet: the API cannot list a person's engagements (no person= filter). */}
                <Text span>{person(p)}</Text>
              </List.Item>
            ))}
          </List>
        </Card>
      )}
      {results.sources.length > 0 && (
        <Card withBorder component="section" aria-labelledby="search-sources">
          <Title order={3} size="h5" id="search-sources" mb="xs">{t('search.sources')}</Title>
          <List listStyleType="none" spacing={4}>
            {results.sources.map((s) => (
              <List.Item key={s.id}>
                <AppLink to={`/sources/${s.id}`}>{s.title ?? t('sources.untitled')}</AppLink>{' '}
                <Text span size="sm" c="dimmed">{[s.publisher, s.publishedOn ? date(s.publishedOn) : null].filter(Boolean).join(' · ')}</Text>
              </List.Item>
            ))}
          </List>
        </Card>
      )}
    </SimpleGrid>
  );
}
