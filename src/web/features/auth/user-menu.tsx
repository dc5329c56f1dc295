// The header's account corner: who is signed in and a way out, or a way in. Nothing in local mode.
import { Button, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { useLogout, useSession } from './session.ts';

export function UserMenu() {
  const { t } = useLocaleFormat();
  const navigate = useNavigate();
  const session = useSession();
  const logout = useLogout();
  if (!session.data || session.data.mode === 'local') return null;
  const user = session.data.user;
  if (!user) {
    return (
      <Button component={Link} to="/login" size="xs" variant="default">
        {t('auth.login.submit')}
      </Button>
    );
  }
  const role = user.isAdmin ? 'admin' : (user.workspaces[0]?.role ?? 'viewer');
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('auth.menu.label', { name: user.displayName })}>
          <Group gap={4} wrap="nowrap">
            <Text size="sm" fw={600} truncate maw={140}>{user.displayName}</Text>
            <Text size="xs" c="dimmed" visibleFrom="sm">({t(`auth.roles.${role}`)})</Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        <Menu.Item component={Link} to="/team">{t('team.nav')}</Menu.Item>
        <Menu.Item onClick={() => logout.mutate(undefined, { onSuccess: () => navigate('/login') })}>{t('auth.menu.logout')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
