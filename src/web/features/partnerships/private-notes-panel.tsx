// Our office's private notes on a partnership: read by our office only, never by the partner city's.
import { Button, Card, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { localize } from '../../../domain/localized.ts';
import type { PrivateNote } from '../../../features/partnerships/private-notes.ts';
import { http } from '../../api/http.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';

function NoteEditor({ partnershipId, note }: { partnershipId: number; note: PrivateNote }) {
  const { t, locale, dateTime } = useLocaleFormat();
  const client = useQueryClient();
  const [text, setText] = useState(note.body[locale] ?? '');
  const save = useMutation({
    // Only the reader's language is edited; what the office wrote in other languages stays.
    mutationFn: () => http.put<PrivateNote>(`/partnerships/${partnershipId}/notes`, { workspaceId: note.workspaceId, body: { ...note.body, [locale]: text.trim() || undefined } }),
    onSuccess: async () => {
      notifications.show({ color: 'green', message: t('access.notesSaved') });
      await client.invalidateQueries({ queryKey: ['partnership-notes', partnershipId] });
    },
    onError: (error) => notifications.show({ color: 'red', message: error.message }),
  });
  const office = localize(note.workspaceName, locale);
  if (!note.canEdit) {
    const body = localize(note.body, locale);
    return <Text className="prewrap" c={body ? undefined : 'dimmed'}>{body || t('access.notesNone')}</Text>;
  }
  return (
    <Stack gap="xs">
      <Textarea label={office} value={text} onChange={(event) => setText(event.currentTarget.value)} autosize minRows={3} maxRows={12} maxLength={20_000} />
      {note.updatedAt && <Text size="xs" c="dimmed">{note.updatedBy} · {dateTime(note.updatedAt)}</Text>}
      <Button size="xs" onClick={() => save.mutate()} loading={save.isPending} style={{ alignSelf: 'flex-start' }}>{t('access.notesSave')}</Button>
    </Stack>
  );
}

export function PrivateNotesPanel({ partnershipId }: { partnershipId: number }) {
  const { t } = useLocaleFormat();
  const notes = useQuery({ queryKey: ['partnership-notes', partnershipId], queryFn: () => http.get<PrivateNote[]>(`/partnerships/${partnershipId}/notes`) });
  return (
    <section aria-labelledby="partnership-private-notes">
      <Card withBorder>
        <Title order={2} size="h3" id="partnership-private-notes" mb={4}>{t('access.notesTitle')}</Title>
        <Text size="sm" c="dimmed" mb="sm">{t('access.notesHint')}</Text>
        {notes.data && notes.data.length === 0 && <Text size="sm">{t('access.notesNoWorkspace')}</Text>}
        <Stack gap="md">
          {notes.data?.map((note) => <NoteEditor key={note.workspaceId} partnershipId={partnershipId} note={note} />)}
        </Stack>
      </Card>
    </section>
  );
}
