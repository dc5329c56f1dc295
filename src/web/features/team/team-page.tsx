// /team: an office admin runs the team here. Members with their roles (changed and removed by admins),
// pending invitations (revoked), inviting colleagues and organisation contributors; platform
// administrators also create offices. In local mode the page says how accounts begin.
import { Alert, Badge, Button, Center, Code, Group, Loader, Modal, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { localize } from '../../../domain/localized.ts';
import { ApiProblem } from '../../api/http.ts';
import type { PlaceSummary } from '../../api/types.ts';
import { emptyLocalized, fromLocalizedValues, LocalizedFields, type LocalizedValues } from '../../components/localized-fields.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { useSession } from '../auth/session.ts';
import { PlacePicker } from '../places/place-picker.tsx';
import {
  type InvitationSent, type Office, type OfficeRole, type WorkspaceTeam, useAllOffices, useChangeRole, useContributors, useCreateOffice, useInvite,
  useOfficeTeam, useOrganisationSearch, useRemoveContributor, useRemoveMember, useRevokeInvitation,
} from './team-api.ts';

const ROLES: OfficeRole[] = ['admin', 'editor', 'viewer'];
const ROLE_LABELS: Record<string, string> = { admin: 'team.roles.admin', editor: 'team.roles.editor', viewer: 'team.roles.viewer', contributor: 'team.roles.contributor' };

function useTeamText() {
  const format = useLocaleFormat();
  const { t } = format;
  return {
    ...format,
    role: (role: string) => (ROLE_LABELS[role] ? t(ROLE_LABELS[role]) : role),
    /** The server's problem in words the admin can act on. */
    problem: (error: unknown) => {
      if (error instanceof ApiProblem && error.code === 'last_admin') return t('team.errors.lastAdmin');
      if (error instanceof ApiProblem && error.code === 'already_member') return t('team.errors.alreadyMember');
      if (error instanceof ApiProblem && error.code === 'network_error') return t('auth.errors.network_error');
      return error instanceof Error ? error.message : String(error);
    },
  };
}

/** A button that asks before it acts: removing people and revoking links cannot be undone here. */
function ConfirmButton({ label, ariaLabel, title, text, onConfirm, pending }: { label: string; ariaLabel?: string; title: string; text: string; onConfirm: () => void; pending?: boolean }) {
  const { t } = useLocaleFormat();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button color="red" variant="subtle" size="xs" onClick={open} loading={pending} aria-label={ariaLabel}>{label}</Button>
      <Modal opened={opened} onClose={close} title={title}>
        <Text mb="md">{text}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
          <Button color="red" onClick={() => { onConfirm(); close(); }}>{label}</Button>
        </Group>
      </Modal>
    </>
  );
}

function showError(message: string) {
  notifications.show({ color: 'red', message, autoClose: 8000 });
}

function MembersSection({ team, officeName, currentUserId }: { team: WorkspaceTeam; officeName: string; currentUserId: number }) {
  const { t, date, role: roleLabel, problem } = useTeamText();
  const wide = useMediaQuery('(min-width: 48em)', true);
  const changeRole = useChangeRole();
  const remove = useRemoveMember();
  const manage = team.actions.manage;
  const workspaceId = team.workspace.id;

  const onRole = (member: WorkspaceTeam['members'][number], role: string | null) => {
    if (!role || role === member.role) return;
    changeRole.mutate({ workspaceId, userId: member.userId, role: role as OfficeRole }, {
      onSuccess: () => notifications.show({ color: 'green', message: t('team.members.roleChanged', { name: member.displayName, role: roleLabel(role) }) }),
      onError: (error) => showError(problem(error)),
    });
  };
  const onRemove = (member: WorkspaceTeam['members'][number]) =>
    remove.mutate({ workspaceId, userId: member.userId }, {
      onSuccess: () => notifications.show({ color: 'green', message: t('team.members.removed', { name: member.displayName }) }),
      onError: (error) => showError(problem(error)),
    });

  const rows = team.members.map((member) => {
    const name = (
      <Text size="sm" fw={600} component="span">
        {member.displayName}
        {member.userId === currentUserId && <Text span size="xs" c="dimmed" fw={400}> ({t('team.members.you')})</Text>}
      </Text>
    );
    const roleControl = manage ? (
      <Select
        size="xs" w={150} allowDeselect={false} aria-label={t('team.members.roleOf', { name: member.displayName })}
        value={member.role} data={ROLES.map((value) => ({ value, label: roleLabel(value) }))} onChange={(value) => onRole(member, value)}
      />
    ) : (
      <Badge variant="light">{roleLabel(member.role)}</Badge>
    );
    const removeButton = manage && (
      <ConfirmButton
        label={t('team.members.remove')}
        ariaLabel={t('team.members.removeNamed', { name: member.displayName })}
        title={t('team.members.removeTitle')}
        text={t('team.members.removeText', { name: member.displayName, office: officeName })}
        onConfirm={() => onRemove(member)}
      />
    );
    return { member, name, roleControl, removeButton };
  });

  return (
    <Stack gap="xs">
      <Title order={2} size="h3">{t('team.members.title')}</Title>
      {wide ? (
        <Table verticalSpacing="xs" data-testid="team-members">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('team.members.name')}</Table.Th>
              <Table.Th>{t('team.members.email')}</Table.Th>
              <Table.Th>{t('team.members.role')}</Table.Th>
              <Table.Th>{t('team.members.joined')}</Table.Th>
              {manage && <Table.Th><span className="sr-only">{t('team.members.remove')}</span></Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ member, name, roleControl, removeButton }) => (
              <Table.Tr key={member.userId} data-testid="team-member">
                <Table.Td>{name}</Table.Td>
                <Table.Td><Text size="sm" style={{ overflowWrap: 'anywhere' }}>{member.email}</Text></Table.Td>
                <Table.Td>{roleControl}</Table.Td>
                <Table.Td><Text size="sm">{date(member.joinedAt)}</Text></Table.Td>
                {manage && <Table.Td ta="right">{removeButton}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        // On a phone each member is a small card: five columns do not fit 375 px.
        <Stack gap="xs" data-testid="team-members">
          {rows.map(({ member, name, roleControl, removeButton }) => (
            <Paper key={member.userId} withBorder p="xs" data-testid="team-member">
              <Stack gap={4}>
                {name}
                <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>{member.email}</Text>
                <Text size="xs" c="dimmed">{t('team.members.joinedOn', { date: date(member.joinedAt) })}</Text>
                <Group justify="space-between" gap="xs">{roleControl}{removeButton}</Group>
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function InvitationsList({ invitations, manage, testId }: { invitations: WorkspaceTeam['invitations']; manage: boolean; testId: string }) {
  const { t, date, role, problem } = useTeamText();
  const revoke = useRevokeInvitation();
  if (invitations.length === 0) return <Text size="sm" c="dimmed">{t('team.invitations.none')}</Text>;
  return (
    <Stack gap={6} data-testid={testId}>
      {invitations.map((invitation) => (
        <Paper key={invitation.id} withBorder p="xs" data-testid="team-invitation">
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Stack gap={0} style={{ minWidth: 0, flex: '1 1 auto' }}>
              <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>{invitation.email}</Text>
              <Text size="xs" c="dimmed">{role(invitation.role)} · {t('team.invitations.expires', { date: date(invitation.expiresAt) })}</Text>
            </Stack>
            {manage && (
              <ConfirmButton
                label={t('team.invitations.revoke')}
                ariaLabel={t('team.invitations.revokeNamed', { email: invitation.email })}
                title={t('team.invitations.revokeTitle')}
                text={t('team.invitations.revokeText', { email: invitation.email })}
                onConfirm={() => revoke.mutate(invitation.id, {
                  onSuccess: () => notifications.show({ color: 'green', message: t('team.invitations.revoked') }),
                  onError: (error) => showError(problem(error)),
                })}
              />
            )}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

/** Says where the link went: by mail, or (no SMTP) to the server log for the admin to pass on. */
function InvitationSentNote({ sent }: { sent: { email: string; result: InvitationSent } | null }) {
  const { t } = useLocaleFormat();
  if (!sent) return null;
  return (
    <Alert color={sent.result.delivery === 'mail' ? 'green' : 'blue'} role="status" data-testid="invitation-sent">
      {sent.result.delivery === 'mail' ? t('team.invite.sentMail', { email: sent.email }) : t('team.invite.sentLog', { email: sent.email })}
    </Alert>
  );
}

function InviteForm({ workspaceId }: { workspaceId: number }) {
  const { t, role: roleLabel, problem } = useTeamText();
  const invite = useInvite();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<OfficeRole>('editor');
  const [sent, setSent] = useState<{ email: string; result: InvitationSent } | null>(null);
  const emailError = invite.error instanceof ApiProblem ? invite.error.fieldErrors().email : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const address = email.trim();
    setSent(null);
    invite.mutate({ email: address, role, workspaceId }, {
      onSuccess: (result) => {
        setSent({ email: address, result });
        setEmail('');
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`invite-${workspaceId}`}>
      <Stack gap="xs">
        <Title order={3} size="h4" id={`invite-${workspaceId}`}>{t('team.invite.title')}</Title>
        <Group align="flex-start" gap="xs" wrap="wrap">
          <TextInput
            label={t('team.invite.email')} type="email" autoComplete="off" required value={email} style={{ flex: '1 1 16rem' }}
            onChange={(event) => setEmail(event.currentTarget.value)} error={emailError}
          />
          <Select
            label={t('team.invite.role')} w={160} allowDeselect={false} value={role}
            data={ROLES.map((value) => ({ value, label: roleLabel(value) }))} onChange={(value) => value && setRole(value as OfficeRole)}
          />
        </Group>
        <Text size="xs" c="dimmed">{t('team.invite.roleHelp')}</Text>
        {invite.error && !emailError && <Alert color="red" role="alert">{problem(invite.error)}</Alert>}
        <InvitationSentNote sent={sent} />
        <Group><Button type="submit" loading={invite.isPending} disabled={!email.trim()}>{t('team.invite.submit')}</Button></Group>
      </Stack>
    </form>
  );
}

function OrganisationPicker({ placeId, value, onChange }: { placeId: number | null; value: string | null; onChange: (id: string | null) => void }) {
  const { t, locale } = useLocaleFormat();
  const [search, setSearch] = useState('');
  const results = useOrganisationSearch(search.trim(), placeId);
  const options = (results.data?.items ?? []).map((organisation) => ({
    value: String(organisation.id),
    label: localize(organisation.name, locale) || `#${organisation.id}`,
  }));
  return (
    <Select
      label={t('team.contributors.organisation')} placeholder={t('team.contributors.search')} searchable clearable
      searchValue={search} onSearchChange={setSearch} value={value} onChange={onChange} data={options} filter={({ options: all }) => all}
      nothingFoundMessage={results.isFetching ? t('common.loading') : t('team.contributors.noOrganisations')}
      rightSection={results.isFetching ? <Loader size={14} /> : undefined}
    />
  );
}

function ContributorsSection({ placeId }: { placeId: number | null }) {
  const { t, locale, problem } = useTeamText();
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const contributors = useContributors(organisationId ? Number(organisationId) : null);
  const remove = useRemoveContributor();
  const invite = useInvite();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState<{ email: string; result: InvitationSent } | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!organisationId) return;
    const address = email.trim();
    setSent(null);
    invite.mutate({ email: address, role: 'contributor', organisationId: Number(organisationId) }, {
      onSuccess: (result) => {
        setSent({ email: address, result });
        setEmail('');
      },
    });
  };
  return (
    <Stack gap="xs" data-testid="team-contributors">
      <Title order={2} size="h3">{t('team.contributors.title')}</Title>
      <Text size="sm" c="dimmed">{t('team.contributors.intro')}</Text>
      <OrganisationPicker placeId={placeId} value={organisationId} onChange={(id) => { setOrganisationId(id); setSent(null); invite.reset(); }} />
      {organisationId && (
        <QueryState query={contributors}>
          {(data) => {
            const organisationName = localize(data.organisation.name, locale);
            return (
              <Stack gap="xs">
                {data.contributors.length === 0 ? (
                  <Text size="sm" c="dimmed">{t('team.contributors.none')}</Text>
                ) : (
                  data.contributors.map((contributor) => (
                    <Paper key={contributor.userId} withBorder p="xs">
                      <Group justify="space-between" gap="xs" wrap="nowrap">
                        <Stack gap={0} style={{ minWidth: 0, flex: '1 1 auto' }}>
                          <Text size="sm" fw={600}>{contributor.displayName}</Text>
                          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>{contributor.email}</Text>
                        </Stack>
                        <ConfirmButton
                          label={t('team.members.remove')}
                          ariaLabel={t('team.members.removeNamed', { name: contributor.displayName })}
                          title={t('team.contributors.removeTitle')}
                          text={t('team.contributors.removeText', { name: contributor.displayName, organisation: organisationName })}
                          onConfirm={() => remove.mutate({ organisationId: data.organisation.id, userId: contributor.userId }, {
                            onSuccess: () => notifications.show({ color: 'green', message: t('team.members.removed', { name: contributor.displayName }) }),
                            onError: (error) => showError(problem(error)),
                          })}
                        />
                      </Group>
                    </Paper>
                  ))
                )}
                <Text size="sm" fw={600}>{t('team.invitations.title')}</Text>
                <InvitationsList invitations={data.invitations} manage testId="contributor-invitations" />
                <form onSubmit={submit} noValidate>
                  <Stack gap="xs">
                    <TextInput
                      label={t('team.contributors.email')} type="email" autoComplete="off" required value={email}
                      onChange={(event) => setEmail(event.currentTarget.value)}
                      error={invite.error instanceof ApiProblem ? invite.error.fieldErrors().email : undefined}
                    />
                    {invite.error && !(invite.error instanceof ApiProblem && invite.error.fieldErrors().email) && <Alert color="red" role="alert">{problem(invite.error)}</Alert>}
                    <InvitationSentNote sent={sent} />
                    <Group><Button type="submit" loading={invite.isPending} disabled={!email.trim()}>{t('team.contributors.invite')}</Button></Group>
                  </Stack>
                </form>
              </Stack>
            );
          }}
        </QueryState>
      )}
    </Stack>
  );
}

function OfficeTeam({ workspaceId, currentUserId, platformAdmin }: { workspaceId: number; currentUserId: number; platformAdmin: boolean }) {
  const { t, locale } = useLocaleFormat();
  const team = useOfficeTeam(workspaceId);
  return (
    <QueryState query={team}>
      {(data) => {
        const officeName = localize(data.workspace.name, locale) || `#${data.workspace.id}`;
        const manage = data.actions.manage;
        return (
          <Stack gap="lg">
            <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
              <Stack gap="md">
                <MembersSection team={data} officeName={officeName} currentUserId={currentUserId} />
                <Stack gap="xs">
                  <Title order={2} size="h3">{t('team.invitations.title')}</Title>
                  <InvitationsList invitations={data.invitations} manage={manage} testId="team-invitations" />
                </Stack>
                {manage && <InviteForm workspaceId={workspaceId} />}
              </Stack>
            </Paper>
            {/* Contributors belong to an organisation of the office's city; without a city only platform administrators choose. */}
            {manage && (data.workspace.placeId !== null || platformAdmin) && (
              <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
                <ContributorsSection key={workspaceId} placeId={data.workspace.placeId} />
              </Paper>
            )}
          </Stack>
        );
      }}
    </QueryState>
  );
}

function CreateOfficeForm({ onCreated }: { onCreated: (id: number) => void }) {
  const { t } = useLocaleFormat();
  const create = useCreateOffice();
  const [city, setCity] = useState<PlaceSummary | null>(null);
  const form = useForm<{ name: LocalizedValues }>({
    initialValues: { name: emptyLocalized() },
    validate: { name: (value) => (Object.keys(fromLocalizedValues(value)).length === 0 ? t('team.create.nameRequired') : null) },
  });
  const submit = form.onSubmit((values) => {
    create.mutate({ name: fromLocalizedValues(values.name), placeId: city?.id ?? null }, {
      onSuccess: ({ id }) => {
        notifications.show({ color: 'green', message: t('team.create.created') });
        form.reset();
        setCity(null);
        onCreated(id);
      },
    });
  });
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          <Title order={2} size="h3">{t('team.create.title')}</Title>
          <Text size="sm" c="dimmed">{t('team.create.intro')}</Text>
          <LocalizedFields form={form} path="name" legend={t('team.create.name')} required maxLength={200} />
          <PlacePicker label={t('team.create.city')} description={t('team.create.cityHelp')} value={city} onChange={setCity} />
          {create.error && <Alert color="red" role="alert">{create.error.message}</Alert>}
          <Group><Button type="submit" loading={create.isPending}>{t('team.create.submit')}</Button></Group>
        </Stack>
      </form>
    </Paper>
  );
}

export function TeamPage() {
  const { t, locale } = useLocaleFormat();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const user = session.data?.user ?? null;
  const platformAdmin = user?.isAdmin === true;
  const allOffices = useAllOffices(platformAdmin);
  useDocumentTitle(t('team.title'));

  if (session.isPending) return <Center py="xl"><Loader aria-label={t('common.loading')} /></Center>;
  if (session.data?.mode === 'local') {
    return (
      <Stack maw={900}>
        <Title order={1}>{t('team.title')}</Title>
        <Alert color="blue" title={t('team.local.title')} role="status">
          <Stack gap="xs">
            <Text size="sm">{t('team.local.text')}</Text>
            <Code block>citybridge admin create</Code>
            <Text size="sm">{t('team.local.then')}</Text>
          </Stack>
        </Alert>
      </Stack>
    );
  }
  if (!user) return null; // the sign-in guard is on its way

  // Platform administrators may look after every office; everybody else their own.
  const offices: Office[] = platformAdmin ? (allOffices.data ?? []) : user.workspaces;
  const requested = Number(params.get('office'));
  const current = offices.find((office) => office.id === requested) ?? offices[0];
  const officeName = (office: Office) => localize(office.name, locale) || `#${office.id}`;

  return (
    <Stack maw={1000} gap="lg">
      <div>
        <Title order={1}>{t('team.title')}</Title>
        <Text c="dimmed" size="sm">{t('team.intro')}</Text>
      </div>
      {platformAdmin && allOffices.isPending ? (
        <Center py="md"><Loader aria-label={t('common.loading')} /></Center>
      ) : offices.length === 0 ? (
        <Alert color="yellow" role="status">{platformAdmin ? t('team.noOfficesYet') : t('team.noOffices')}</Alert>
      ) : (
        <>
          {offices.length > 1 && (
            <Select
              label={t('team.office')} maw={420} allowDeselect={false} value={String(current.id)}
              data={offices.map((office) => ({ value: String(office.id), label: officeName(office) }))}
              onChange={(value) => value && setParams({ office: value }, { replace: true })}
            />
          )}
          {offices.length === 1 && <Title order={2} size="h3">{officeName(current)}</Title>}
          <OfficeTeam key={current.id} workspaceId={current.id} currentUserId={user.id} platformAdmin={platformAdmin} />
        </>
      )}
      {platformAdmin && <CreateOfficeForm onCreated={(id) => setParams({ office: String(id) }, { replace: true })} />}
    </Stack>
  );
}
