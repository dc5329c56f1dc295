// Choose someone already in the record, or add a new person right here: the API creates them
// together with the engagement, so an abandoned form leaves no orphan.
import { Anchor, Combobox, Group, InputBase, Loader, SimpleGrid, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { usePeople } from '../../api/queries.ts';
import type { PersonSummary } from '../../api/types.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';

export type PersonChoice =
  | { kind: 'existing'; person: PersonSummary }
  | { kind: 'new'; latin: string; zh: string };

const HAN = /\p{Script=Han}/u;

/** The API's participant fields for a choice: a personId, or a new person with names in both scripts. */
export function personPayload(choice: PersonChoice): { personId: number } | { person: { name: string; names: { latin?: string; zh?: string } } } {
  if (choice.kind === 'existing') return { personId: choice.person.id };
  const latin = choice.latin.trim();
  const zh = choice.zh.trim();
  return { person: { name: latin || zh, names: { ...(latin ? { latin } : {}), ...(zh ? { zh } : {}) } } };
}

interface PersonPickerProps {
  label: string;
  value: PersonChoice | null;
  onChange: (choice: PersonChoice | null) => void;
  error?: React.ReactNode;
  required?: boolean;
}

export function PersonPicker({ label, value, onChange, error, required }: PersonPickerProps) {
  const { t, person } = useLocaleFormat();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const shown = value?.kind === 'existing' ? person(value.person) : '';
  const [search, setSearch] = useState(shown);
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const typing = debounced.length > 0 && debounced !== shown;
  const people = usePeople({ q: debounced, limit: 8 }, typing);
  const options = typing ? (people.data?.items ?? []) : [];

  if (value?.kind === 'new') {
    return (
      <div>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
          <TextInput
            label={t('personPicker.latinName')}
            required={required}
            value={value.latin}
            error={error}
            onChange={(event) => onChange({ ...value, latin: event.currentTarget.value })}
          />
          <TextInput
            label={t('personPicker.hanName')}
            lang="zh-Hans"
            value={value.zh}
            onChange={(event) => onChange({ ...value, zh: event.currentTarget.value })}
          />
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt={4}>
          {t('personPicker.newHint')}{' '}
          <Anchor component="button" type="button" size="xs" onClick={() => { onChange(null); setSearch(''); }}>
            {t('personPicker.chooseExisting')}
          </Anchor>
        </Text>
      </div>
    );
  }

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(optionValue) => {
        if (optionValue === '__new__') {
          const typed = search.trim();
          onChange(HAN.test(typed) ? { kind: 'new', latin: '', zh: typed } : { kind: 'new', latin: typed, zh: '' });
        } else {
          const chosen = options.find((p) => String(p.id) === optionValue);
          if (chosen) {
            onChange({ kind: 'existing', person: chosen });
            setSearch(person(chosen));
          }
        }
        combobox.closeDropdown();
      }}
    >
      <Combobox.Target>
        <InputBase
          label={label}
          required={required}
          error={error}
          placeholder={t('personPicker.placeholder')}
          value={search}
          rightSection={people.isFetching ? <Loader size={16} /> : <Combobox.Chevron />}
          rightSectionPointerEvents="none"
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
            if (!event.currentTarget.value && value) onChange(null);
          }}
          onFocus={() => combobox.openDropdown()}
          onClick={() => combobox.openDropdown()}
          onBlur={() => {
            combobox.closeDropdown();
            setSearch(shown);
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!typing}>
        <Combobox.Options aria-label={label}>
          {options.map((option) => (
            <Combobox.Option value={String(option.id)} key={option.id}>
              <Group gap={6} justify="space-between" wrap="nowrap">
                <Text size="sm">{person(option)}</Text>
                {option.positions[0] && <Text size="xs" c="dimmed">{t(`role.${option.positions[0].role}`)}</Text>}
              </Group>
            </Combobox.Option>
          ))}
          {typing && !people.isFetching && (
            <Combobox.Option value="__new__">
              <Text size="sm" fw={500}>{t('personPicker.addNew', { name: debounced })}</Text>
            </Combobox.Option>
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
