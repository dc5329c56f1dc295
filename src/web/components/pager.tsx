import { Group, Pagination, Text } from '@mantine/core';
import { useLocaleFormat } from '../i18n/use-locale.ts';

/** Page links under a list, with "x–y of z" for orientation. offset/limit as the API speaks them. */
export function Pager({ total, offset, limit, onOffset }: { total: number; offset: number; limit: number; onOffset: (offset: number) => void }) {
  const { t, number } = useLocaleFormat();
  if (total === 0) return null;
  const pages = Math.ceil(total / limit);
  return (
    <Group justify="space-between" gap="sm">
      <Text size="sm" c="dimmed">
        {t('common.range', { from: number(offset + 1), to: number(Math.min(offset + limit, total)), total: number(total) })}
      </Text>
      {pages > 1 && (
        <Pagination
          total={pages}
          value={Math.floor(offset / limit) + 1}
          onChange={(page) => onOffset((page - 1) * limit)}
          size="sm"
          siblings={0}
          getControlProps={(control) => ({ 'aria-label': t(`common.pager.${control}`) })}
          getItemProps={(page) => ({ 'aria-label': t('common.pager.page', { page }) })}
        />
      )}
    </Group>
  );
}
