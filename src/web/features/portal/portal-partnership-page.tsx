// /public/partnerships/:id: the two cities, what the partnership is and wants, and what has happened in it.
import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { localize } from '../../../domain/localized.ts';
import { PartnershipKindBadge, StatusBadge } from '../../components/labels.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { contentLanguage } from '../../i18n/format.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { useIdParam } from '../../routes/route-params.ts';
import { EngagementCard, PortalNotFound, PortalQueryState } from './portal-components.tsx';
import { type PublicPartnershipDetail, usePublicPartnership } from './portal-queries.ts';
import { usePortalCountry } from './use-portal-country.ts';

function PartnershipView({ partnership: p }: { partnership: PublicPartnershipDetail }) {
  const { t, locale, place, date } = useLocaleFormat();
  const country = usePortalCountry();
  const name = `${place(p.placeA)} – ${place(p.placeB)}`;
  const objectives = localize(p.objectives, locale);
  useDocumentTitle(name);
  return (
    <Stack gap="lg">
      <div>
        <Text size="sm" c="dimmed">{t('portal.partnership.eyebrow')}</Text>
        <Title order={1} className="prewrap">{name}</Title>
        <Group gap="xs" mt={6}>
          <PartnershipKindBadge kind={p.kind} />
          <StatusBadge status={p.status} />
        </Group>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {[p.placeA, p.placeB].map((city) => (
          <Card key={city.id} withBorder padding="md">
            <Text fw={600} size="lg">{place(city)}</Text>
            <Text c="dimmed" size="sm">{country(city.country) || t('common.unknown')}</Text>
          </Card>
        ))}
      </SimpleGrid>
      <Card withBorder padding="md">
        <Stack gap={6}>
          <Text size="sm">
            {t('common.labelColon', { label: t('partnerships.since') })}
            {p.since ? date(p.since) : t('common.unknown')}
          </Text>
          {p.until && (
            <Text size="sm">
              {t('common.labelColon', { label: t('partnerships.until') })}
              {date(p.until)}
            </Text>
          )}
          <Text size="sm" fw={600} mt="xs">{t('partnerships.objectives')}</Text>
          {objectives ? (
            <Text className="prewrap" lang={contentLanguage(p.objectives, locale)}>{objectives}</Text>
          ) : (
            <Text c="dimmed" size="sm">{t('portal.partnership.noObjectives')}</Text>
          )}
        </Stack>
      </Card>
      <section aria-labelledby="portal-partnership-engagements">
        <Title order={2} id="portal-partnership-engagements" mb="xs">{t('portal.partnership.engagementsTitle')}</Title>
        {p.engagements.length === 0 ? (
          <Text c="dimmed">{t('portal.partnership.noEngagements')}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {p.engagements.map((e) => <EngagementCard key={e.id} engagement={e} />)}
          </SimpleGrid>
        )}
      </section>
    </Stack>
  );
}

export function PortalPartnershipPage() {
  const id = useIdParam();
  const partnership = usePublicPartnership(id);
  if (id === null) return <PortalNotFound />;
  return <PortalQueryState query={partnership}>{(p) => <PartnershipView partnership={p} />}</PortalQueryState>;
}
