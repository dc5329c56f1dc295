// Sign-in, forgotten password, new password from a reset link, and accepting an invitation.
// The links carry their token after "#", so it never reaches a server log or a Referer header.
import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ApiProblem } from '../../api/http.ts';
import { AppLink } from '../../components/app-link.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';
import { useAcceptInvitation, useLogin, useRequestPasswordReset, useResetPassword } from './session.ts';

const MIN_PASSWORD = 12;

function problemMessage(error: unknown, t: (key: string) => string): string | null {
  if (!error) return null;
  if (error instanceof ApiProblem) {
    const known = ['invalid_credentials', 'invalid_token', 'rate_limited', 'validation_failed', 'network_error'];
    return known.includes(error.code) ? t(`auth.errors.${error.code}`) : error.message;
  }
  return String(error);
}

function AuthCard({ title, children }: { title: string; children: React.ReactNode }) {
  useDocumentTitle(title);
  return (
    <Paper withBorder p="lg" radius="md" maw={440} mx="auto" mt="xl">
      <Stack>
        <Title order={1} size="h2">{title}</Title>
        {children}
      </Stack>
    </Paper>
  );
}

export function LoginPage() {
  const { t } = useLocaleFormat();
  const navigate = useNavigate();
  const location = useLocation();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const next = new URLSearchParams(location.search).get('next');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ email: email.trim(), password }, { onSuccess: () => navigate(next?.startsWith('/') && !next.startsWith('//') ? next : '/') });
  };
  const error = problemMessage(login.error, t);
  return (
    <AuthCard title={t('auth.login.title')}>
      <Text c="dimmed">{t('auth.login.intro')}</Text>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('auth.fields.email')} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
          <PasswordInput label={t('auth.fields.password')} autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
          {error && <Alert color="red" role="alert">{error}</Alert>}
          <Button type="submit" loading={login.isPending} disabled={!email.trim() || !password}>{t('auth.login.submit')}</Button>
          <AppLink to="/forgot-password">{t('auth.login.forgot')}</AppLink>
        </Stack>
      </form>
    </AuthCard>
  );
}

export function ForgotPasswordPage() {
  const { t } = useLocaleFormat();
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate({ email: email.trim() });
  };
  return (
    <AuthCard title={t('auth.forgot.title')}>
      {request.isSuccess ? (
        <Alert color="green" role="status">{t('auth.forgot.sent')}</Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text c="dimmed">{t('auth.forgot.intro')}</Text>
            <TextInput label={t('auth.fields.email')} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
            {request.error && <Alert color="red" role="alert">{problemMessage(request.error, t)}</Alert>}
            <Button type="submit" loading={request.isPending} disabled={!email.trim()}>{t('auth.forgot.submit')}</Button>
          </Stack>
        </form>
      )}
      <AppLink to="/login">{t('auth.backToLogin')}</AppLink>
    </AuthCard>
  );
}

function NewPasswordFields({ password, setPassword, repeat, setRepeat }: { password: string; setPassword: (v: string) => void; repeat: string; setRepeat: (v: string) => void }) {
  const { t } = useLocaleFormat();
  const tooShort = password.length > 0 && password.length < MIN_PASSWORD;
  const mismatch = repeat.length > 0 && repeat !== password;
  return (
    <>
      <PasswordInput
        label={t('auth.fields.newPassword')} description={t('auth.fields.passwordRule', { n: MIN_PASSWORD })} autoComplete="new-password" required
        value={password} onChange={(e) => setPassword(e.currentTarget.value)} error={tooShort ? t('auth.fields.passwordTooShort', { n: MIN_PASSWORD }) : null}
      />
      <PasswordInput
        label={t('auth.fields.repeatPassword')} autoComplete="new-password" required value={repeat}
        onChange={(e) => setRepeat(e.currentTarget.value)} error={mismatch ? t('auth.fields.passwordMismatch') : null}
      />
    </>
  );
}

const tokenFromHash = (hash: string) => hash.replace(/^#/, '');

export function ResetPasswordPage() {
  const { t } = useLocaleFormat();
  const location = useLocation();
  const reset = useResetPassword();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const token = tokenFromHash(location.hash);
  const valid = password.length >= MIN_PASSWORD && password === repeat;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid) reset.mutate({ token, password });
  };
  return (
    <AuthCard title={t('auth.reset.title')}>
      {!token && <Alert color="red" role="alert">{t('auth.errors.invalid_token')}</Alert>}
      {reset.isSuccess ? (
        <Alert color="green" role="status">{t('auth.reset.done')}</Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <NewPasswordFields password={password} setPassword={setPassword} repeat={repeat} setRepeat={setRepeat} />
            {reset.error && <Alert color="red" role="alert">{problemMessage(reset.error, t)}</Alert>}
            <Button type="submit" loading={reset.isPending} disabled={!valid || !token}>{t('auth.reset.submit')}</Button>
          </Stack>
        </form>
      )}
      <AppLink to="/login">{t('auth.backToLogin')}</AppLink>
    </AuthCard>
  );
}

export function AcceptInvitationPage() {
  const { t } = useLocaleFormat();
  const location = useLocation();
  const navigate = useNavigate();
  const accept = useAcceptInvitation();
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const token = tokenFromHash(location.hash);
  const valid = displayName.trim().length > 0 && password.length >= MIN_PASSWORD && password === repeat;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid) accept.mutate({ token, displayName: displayName.trim(), password }, { onSuccess: () => navigate('/') });
  };
  return (
    <AuthCard title={t('auth.invitation.title')}>
      {!token && <Alert color="red" role="alert">{t('auth.errors.invalid_token')}</Alert>}
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text c="dimmed">{t('auth.invitation.intro')}</Text>
          <TextInput label={t('auth.fields.displayName')} autoComplete="name" required value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} />
          <NewPasswordFields password={password} setPassword={setPassword} repeat={repeat} setRepeat={setRepeat} />
          {accept.error && <Alert color="red" role="alert">{problemMessage(accept.error, t)}</Alert>}
          <Button type="submit" loading={accept.isPending} disabled={!valid || !token}>{t('auth.invitation.submit')}</Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
