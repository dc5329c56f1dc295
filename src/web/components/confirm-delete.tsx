import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useLocaleFormat } from '../i18n/use-locale.ts';

/** A delete button that asks first; deleting is recorded in the audit log but not undoable here. */
export function ConfirmDelete({ what, onConfirm, pending }: { what: string; onConfirm: () => void; pending?: boolean }) {
  const { t } = useLocaleFormat();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button color="red" variant="subtle" size="sm" onClick={open}>
        {t('common.delete')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('common.confirmDeleteTitle')}>
        <Text mb="md">{t('common.confirmDeleteText', { what })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
          <Button color="red" loading={pending} onClick={() => { onConfirm(); close(); }}>{t('common.delete')}</Button>
        </Group>
      </Modal>
    </>
  );
}
