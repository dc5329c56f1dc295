// The frame of every page: header (name, search, language), navigation, and the page in <main>.
import { AppShell, Box, Burger, Button, Group, NavLink, ScrollArea, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useLocaleFormat } from '../i18n/use-locale.ts';
import logoUrl from '../favicon.svg';
import { setUnauthenticatedHandler } from '../api/http.ts';
import { useSession } from '../features/auth/session.ts';
import { UserMenu } from '../features/auth/user-menu.tsx';
import { LanguageSwitch } from './language-switch.tsx';

const NAVIGATION = [
  { to: '/', key: 'nav.home', exact: true },
  { to: '/places', key: 'nav.places' },
  { to: '/partnerships', key: 'nav.partnerships' },
  { to: '/engagements', key: 'nav.engagements' },
  { to: '/health', key: 'followThrough.nav.health' },
  { to: '/ingest', key: 'ingest.nav.add', exact: true },
  { to: '/drafts', key: 'ingest.nav.queue' },
  // Shown to those who may read it: everyone in local mode, platform administrators with accounts.
  { to: '/audit', key: 'audit.title', adminOnly: true },
  // Who is in the office, their roles, invitations; in local mode it says how accounts begin.
  { to: '/team', key: 'team.nav' },
  { to: '/engagements/new', key: 'nav.newEngagement', exact: true },
  { to: '/partnerships/new', key: 'nav.newPartnership', exact: true },
  // What citizens see, for the office to check what it has published.
  { to: '/public', key: 'portal.nav' },
] as const;

function isCurrent(pathname: string, to: string, exact: boolean) {
  if (exact || to === '/') return pathname === to;
  // "/engagements/new" is its own entry; don't light up "Engagements" for it too.
  return pathname.startsWith(to) && !pathname.endsWith('/new');
}

function HeaderSearch() {
  const { t } = useLocaleFormat();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (q.trim()) navigate(`/search?q=${encodeURIComponent(q.trim())}`);
  };
  return (
    <form role="search" onSubmit={submit}>
      <TextInput
        aria-label={t('search.label')}
        placeholder={t('search.placeholderShort')}
        value={q}
        onChange={(event) => setQ(event.currentTarget.value)}
        size="xs"
        w={220}
      />
    </form>
  );
}

const AUTH_PATHS = ['/login', '/forgot-password', '/reset-password', '/accept-invitation'];

/** In accounts mode, a visitor who is not signed in goes to the sign-in page (and back afterwards). */
function useSignInGuard() {
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const session = useSession();
  const onAuthPage = AUTH_PATHS.includes(pathname);
  const mustSignIn = session.data?.mode === 'accounts' && !session.data.user && !onAuthPage;
  useEffect(() => {
    setUnauthenticatedHandler(() => {
      if (!AUTH_PATHS.includes(window.location.pathname)) navigate(`/login?next=${encodeURIComponent(window.location.pathname + window.location.search)}`);
    });
    return () => setUnauthenticatedHandler(null);
  }, [navigate]);
  useEffect(() => {
    if (mustSignIn) navigate(`/login?next=${encodeURIComponent(pathname + search)}`, { replace: true });
  }, [mustSignIn, navigate, pathname, search]);
}

export function AppLayout() {
  const { t } = useLocaleFormat();
  const [navOpen, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  const session = useSession();
  const readsAudit = session.data?.mode === 'local' || session.data?.user?.isAdmin === true;
  useSignInGuard();
  // On a phone the menu covers the page; close it once the reader has chosen where to go.
  useEffect(close, [pathname, close]);

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpen } }} padding="md">
      <a href="#main" className="skip-link">
        {t('nav.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpen} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggleMenu')} aria-expanded={navOpen} />
            <UnstyledButton component={Link} to="/" aria-label={t('nav.homeLabel')}>
              <Group gap={6} wrap="nowrap">
                <img src={logoUrl} alt="" width={24} height={24} />
                <Text fw={700} size="lg">
                  citybridge
                </Text>
              </Group>
            </UnstyledButton>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Button component={Link} to="/ingest" size="xs" variant="light" visibleFrom="sm">
              {t('ingest.nav.add')}
            </Button>
            <Group visibleFrom="md">
              <HeaderSearch />
            </Group>
            <LanguageSwitch />
            {/* On a phone the header has no room left: the account menu opens from the navigation. */}
            <Box visibleFrom="sm">
              <UserMenu />
            </Box>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.label')}>
        <Box hiddenFrom="sm" px="sm" py={6}>
          <UserMenu />
        </Box>
        <ScrollArea>
          <nav aria-label={t('nav.label')}>
            {NAVIGATION.filter((item) => !('adminOnly' in item) || readsAudit).map((item) => (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={t(item.key)}
                active={isCurrent(pathname, item.to, 'exact' in item && item.exact)}
                aria-current={isCurrent(pathname, item.to, 'exact' in item && item.exact) ? 'page' : undefined}
              />
            ))}
          </nav>
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
