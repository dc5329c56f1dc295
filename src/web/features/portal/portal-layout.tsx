// The portal's own light frame: the name, a way into the workspace (or to sign in), the language switch,
// and the page. No sign-in guard: everything under /public is readable without an account.
import { Anchor, Box, Button, Container, Group, Text, UnstyledButton } from '@mantine/core';
import { Link, Outlet } from 'react-router';
import logoUrl from '../../favicon.svg';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { LanguageSwitch } from '../../routes/language-switch.tsx';
import { useSession } from '../auth/session.ts';

function WorkspaceLink() {
  const { t } = useLocaleFormat();
  const session = useSession();
  if (!session.data) return null;
  // Local mode needs no sign-in; in accounts mode a visitor without a session is offered one.
  const signedIn = session.data.mode === 'local' || session.data.user !== null;
  return signedIn ? (
    <Button component={Link} to="/" size="xs" variant="light">{t('portal.header.workspace')}</Button>
  ) : (
    <Button component={Link} to="/login" size="xs" variant="default">{t('portal.header.signIn')}</Button>
  );
}

export function PortalLayout() {
  const { t } = useLocaleFormat();
  return (
    <Box mih="100vh" style={{ display: 'flex', flexDirection: 'column' }}>
      <a href="#main" className="skip-link">{t('nav.skipToContent')}</a>
      <Box component="header" py="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="lg">
          <Group justify="space-between" gap="xs">
            <UnstyledButton component={Link} to="/public" aria-label={t('portal.header.homeLabel')}>
              <Group gap={6} wrap="nowrap">
                <img src={logoUrl} alt="" width={24} height={24} />
                <Text fw={700} size="lg">citybridge</Text>
                <Text size="sm" c="dimmed" visibleFrom="xs">{t('portal.header.tagline')}</Text>
              </Group>
            </UnstyledButton>
            <Group gap="xs" wrap="nowrap">
              <LanguageSwitch />
              <WorkspaceLink />
            </Group>
          </Group>
        </Container>
      </Box>
      <Container size="lg" component="main" id="main" tabIndex={-1} py="md" w="100%" style={{ flex: 1 }}>
        <Outlet />
      </Container>
      <Box component="footer" py="md" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="lg">
          <Text size="sm" c="dimmed">
            {t('portal.footer.text')}{' '}
            <Anchor href="/api/docs" size="sm" style={{ whiteSpace: 'nowrap' }}>{t('portal.footer.api')}</Anchor>
          </Text>
        </Container>
      </Box>
    </Box>
  );
}
