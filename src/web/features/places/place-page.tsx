// A city's card: its names, where it is, its partnerships, its engagements and who represents it.
import { Anchor, Button, Card, Grid, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { LOCALES } from '../../../domain/taxonomy.ts';
import { useEngagements, usePartnerships, usePlace } from '../../api/queries.ts';
import type { EngagementSummary, Participant, Place } from '../../api/types.ts';
import { Pager } from '../../components/pager.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { useIdParam } from '../../routes/route-params.ts';
import { EngagementTimeline } from '../engagements/engagement-timeline.tsx';
import { PartnershipTable } from '../partnerships/partnership-table.tsx';

const PARTNERSHIPS_PER_PAGE = 50;

/** People who appeared for this place in its engagements, with the roles they appeared in. */
function representatives(placeId: number, engagements: EngagementSummary[]) {
  const byPerson = new Map<number, { participant: Participant; roles: Set<string> }>();
  for (const engagement of engagements) {
    for (const participant of engagement.participants) {
      if (participant.ofPlace?.id !== placeId) continue;
      const entry = byPerson.get(participant.person.id) ?? { participant, roles: new Set<string>() };
      entry.roles.add(participant.role);
      byPerson.set(participant.person.id, entry);
    }
  }
  return [...byPerson.values()];
}

function PlaceFacts({ place: p }: { place: Place }) {
  const { t, country, number } = useLocaleFormat();
  const coordinates = p.lat !== null && p.lng !== null ? `${p.lat.toFixed(4)}, ${p.lng.toFixed(4)}` : null;
  return (
    <Card withBorder>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" component="dl" m={0}>
        {LOCALES.map((code) => (
          <div key={code}>
            <Text component="dt" size="xs" c="dimmed">{t(`language.${code}`)}</Text>
            <Text component="dd" m={0} lang={code === 'zh' ? 'zh-Hans' : code}>{p.names[code] ?? '—'}</Text>
          </div>
        ))}
        <div>
          <Text component="dt" size="xs" c="dimmed">{t('places.country')}</Text>
          <Text component="dd" m={0}>{country(p.country) || '—'}</Text>
        </div>
        <div>
          <Text component="dt" size="xs" c="dimmed">{t('places.coordinates')}</Text>
          <Text component="dd" m={0}>
            {coordinates ? (
              // A link, not an embedded map: the app loads nothing from other servers.
              <Anchor href={`https://www.openstreetmap.org/?mlat=${p.lat}&mlon=${p.lng}#map=10/${p.lat}/${p.lng}`} target="_blank" rel="noreferrer">
                {coordinates}
              </Anchor>
            ) : '—'}
          </Text>
        </div>
        <div>
          <Text component="dt" size="xs" c="dimmed">{t('places.kind')}</Text>
          <Text component="dd" m={0}>{t(`placeKind.${p.kind}`)}</Text>
        </div>
        <div>
          <Text component="dt" size="xs" c="dimmed">{t('places.partnerships')}</Text>
          <Text component="dd" m={0}>{number(p.partnershipCount)}</Text>
        </div>
        {p.aliases.length > 0 && (
          <div>
            <Text component="dt" size="xs" c="dimmed">{t('places.aliases')}</Text>
            <Text component="dd" m={0}>{p.aliases.join(', ')}</Text>
          </div>
        )}
      </SimpleGrid>
    </Card>
  );
}

export function PlacePage() {
  const id = useIdParam();
  const { t, place, person } = useLocaleFormat();
  const placeQuery = usePlace(id);
  const [offset, setOffset] = useState(0);
  const partnerships = usePartnerships({ place: id ?? undefined, offset, limit: PARTNERSHIPS_PER_PAGE });
  const engagements = useEngagements({ place: id ?? undefined, limit: 100 }, id !== null);
  useDocumentTitle(placeQuery.data ? place(placeQuery.data) : null);

  return (
    <QueryState query={placeQuery}>
      {(p) => (
        <Stack maw={1100} gap="lg">
          <Group justify="space-between" align="flex-end">
            <div>
              <Text size="sm" c="dimmed">{t(`placeKind.${p.kind}`)}</Text>
              <Title order={1}>{place(p)}</Title>
            </div>
            <Group gap="xs">
              <Button component={Link} to={`/engagements/new?place=${p.id}`} size="sm">{t('nav.newEngagement')}</Button>
              <Button component={Link} to={`/partnerships/new?placeA=${p.id}`} size="sm" variant="light">{t('nav.newPartnership')}</Button>
            </Group>
          </Group>
          <PlaceFacts place={p} />


          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <section aria-labelledby="place-engagements">
              <Title order={2} size="h3" id="place-engagements" mb="xs">{t('places.engagementsHeading')}</Title>
              <QueryState query={engagements}>{(page) => <EngagementTimeline engagements={page.items} />}</QueryState>
              </section>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <section aria-labelledby="place-people">
              <Title order={2} size="h3" id="place-people" mb="xs">{t('places.peopleHeading')}</Title>
              <QueryState query={engagements}>
                {(page) => {
                  const people = representatives(p.id, page.items);
                  if (people.length === 0) return <Text c="dimmed">{t('places.noPeople')}</Text>;
                  return (
                    <List listStyleType="none" spacing="xs">
                      {people.map(({ participant, roles }) => (
                        <List.Item key={participant.person.id}>
                          <Text>{person(participant.person)}</Text>
                          <Text size="sm" c="dimmed">{[...roles].map((role) => t(`role.${role}`)).join(', ')}</Text>
                        </List.Item>
                      ))}
                    </List>
                  );
                }}
              </QueryState>
              </section>
            </Grid.Col>
          </Grid>

          <section aria-labelledby="place-partnerships">
            <Title order={2} size="h3" id="place-partnerships" mb="xs">{t('places.partnershipsHeading')}</Title>
            <QueryState query={partnerships}>
              {(page) =>
                page.total === 0 ? (
                  <Text c="dimmed">{t('partnerships.none')}</Text>
                ) : (
                  <Stack>
                    <PartnershipTable partnerships={page.items} fromPlaceId={p.id} caption={t('places.partnershipsCaption', { place: place(p) })} />
                    <Pager total={page.total} offset={offset} limit={PARTNERSHIPS_PER_PAGE} onOffset={setOffset} />
                  </Stack>
                )
              }
            </QueryState>
          </section>
        </Stack>
      )}
    </QueryState>
  );
}
