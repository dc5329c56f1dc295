// Who sees a record: a select for forms and a badge for pages. The rules live in src/features/access.
import { Badge, Select } from '@mantine/core';
import { VISIBILITIES, type Visibility } from '../../domain/common.ts';
import { useLocaleFormat } from '../i18n/use-locale.ts';

const COLOURS: Record<Visibility, string> = { private: 'red', shared: 'blue', public: 'green' };

export function VisibilityBadge({ visibility }: { visibility: Visibility }) {
  const { t } = useLocaleFormat();
  return <Badge color={COLOURS[visibility]} variant="dot">{t(`access.${visibility}`)}</Badge>;
}

export function VisibilitySelect({ value, onChange, disabled }: { value: Visibility; onChange(value: Visibility): void; disabled?: boolean }) {
  const { t } = useLocaleFormat();
  return (
    <Select
      label={t('access.visibility')}
      description={t('access.visibilityHint')}
      allowDeselect={false}
      disabled={disabled}
      data={VISIBILITIES.map((code) => ({ value: code, label: t(`access.${code}`) }))}
      value={value}
      onChange={(next) => next && onChange(next as Visibility)}
    />
  );
}
