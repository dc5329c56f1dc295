// One field written in up to three languages ({de, en, zh}), the reader's language first.
import { Fieldset, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { LOCALES, type Locale } from '../../domain/taxonomy.ts';
import { useLocaleFormat } from '../i18n/use-locale.ts';

export type LocalizedValues = Record<Locale, string>;
export const emptyLocalized = (): LocalizedValues => ({ de: '', en: '', zh: '' });

export function toLocalizedValues(field: Record<string, string> | null | undefined): LocalizedValues {
  return { de: field?.de ?? '', en: field?.en ?? '', zh: field?.zh ?? '' };
}

/** Drops empty languages, as the API does; an all-empty field becomes {}. */
export function fromLocalizedValues(values: LocalizedValues): Partial<LocalizedValues> {
  const out: Partial<LocalizedValues> = {};
  for (const locale of LOCALES) if (values[locale].trim()) out[locale] = values[locale].trim();
  return out;
}

export function readerFirst(locale: Locale): Locale[] {
  return [locale, ...LOCALES.filter((other) => other !== locale)];
}

interface LocalizedFieldsProps {
  // biome-ignore lint/suspicious/noExplicitAny: shared by forms with different value shapes
  form: UseFormReturnType<any>;
  path: string;
  legend: string;
  description?: string;
  multiline?: boolean;
  required?: boolean;
  /** The API's limit per language, so the reader hits it here rather than as a server error. */
  maxLength?: number;
}

export function LocalizedFields({ form, path, legend, description, multiline, required, maxLength }: LocalizedFieldsProps) {
  const { t, locale } = useLocaleFormat();
  const groupError = form.errors[path];
  const Input = multiline ? Textarea : TextInput;
  // The legend names the field ("Title"); each input is named by its language, so a screen reader
  // announces "Title, group – English, edit text".
  return (
    <Fieldset
      legend={
        <Text component="span" size="sm" fw={600}>
          {legend}
          {required && <Text span c="red" aria-hidden> *</Text>}
        </Text>
      }
      variant="unstyled"
      aria-invalid={groupError ? true : undefined}
    >
      <Stack gap={4}>
        {description && <Text size="xs" c="dimmed">{description}</Text>}
        <SimpleGrid cols={{ base: 1, sm: multiline ? 1 : 3 }} spacing="xs">
          {readerFirst(locale).map((code) => (
            <Input
              key={code}
              label={t(`language.${code}`)}
              size="sm"
              styles={{ label: { fontWeight: 400, fontSize: 'var(--mantine-font-size-xs)' } }}
              lang={code === 'zh' ? 'zh-Hans' : code}
              maxLength={maxLength}
              autosize={multiline || undefined}
              minRows={multiline ? 2 : undefined}
              {...form.getInputProps(`${path}.${code}`)}
              // The group's error ("give a title in at least one language") marks all three inputs.
              error={form.errors[`${path}.${code}`] ?? (groupError ? true : undefined)}
            />
          ))}
        </SimpleGrid>
        {groupError && (
          <Text size="sm" c="red" role="alert">
            {groupError}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}
