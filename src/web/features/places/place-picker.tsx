// Choose a place by typing any of its names (Köln, Cologne, 科隆): the API searches all of them.
import { Combobox, Group, InputBase, Loader, Text, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { usePlaces } from '../../api/queries.ts';
import type { PlaceSummary } from '../../api/types.ts';
import { useLocaleFormat } from '../../i18n/use-locale.ts';

export interface PlacePickerProps {
  label: string;
  value: PlaceSummary | null;
  onChange: (place: PlaceSummary | null) => void;
  error?: React.ReactNode;
  description?: string;
  required?: boolean;
  placeholder?: string;
  /** Leaves the field empty after a choice, for "add another place" lists. */
  clearOnSelect?: boolean;
}

export function PlacePicker({ label, value, onChange, error, description, required, placeholder, clearOnSelect }: PlacePickerProps) {
  const { t, locale, place, country } = useLocaleFormat();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [search, setSearch] = useState(value ? place(value) : '');
  const [debounced] = useDebouncedValue(search.trim(), 200);
  // Only search while the reader is typing something other than the chosen place's name.
  const typing = debounced.length > 0 && (!value || debounced !== place(value));
  const results = usePlaces({ q: debounced, limit: 10 }, typing);

  // Show the chosen place in the reader's language, also after a language switch.
  // biome-ignore lint/correctness/useExhaustiveDependencies: follow the chosen place and the language, not every render
  useEffect(() => {
    setSearch(value ? place(value) : '');
  }, [value?.id, locale]);

  const options = typing ? (results.data?.items ?? []) : [];
  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(id) => {
        const chosen = options.find((p) => String(p.id) === id) ?? null;
        onChange(chosen);
        setSearch(chosen && !clearOnSelect ? place(chosen) : '');
        combobox.closeDropdown();
      }}
    >
      <Combobox.Target>
        <InputBase
          label={label}
          description={description}
          required={required}
          error={error}
          placeholder={placeholder ?? t('placePicker.placeholder')}
          value={search}
          rightSection={results.isFetching ? <Loader size={16} /> : <Combobox.Chevron />}
          rightSectionPointerEvents="none"
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
            if (!event.currentTarget.value && value) onChange(null);
          }}
          onClick={() => combobox.openDropdown()}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => {
            combobox.closeDropdown();
            // Typing without choosing leaves the previous choice in place, visibly.
            setSearch(value && !clearOnSelect ? place(value) : '');
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!typing}>
        <Combobox.Options aria-label={label}>
          {options.map((option) => (
            <Combobox.Option value={String(option.id)} key={option.id}>
              <Group gap={6} wrap="nowrap" justify="space-between">
                <Text size="sm">{place(option)}</Text>
                <Text size="xs" c="dimmed">
                  {country(option.country)}
                </Text>
              </Group>
            </Combobox.Option>
          ))}
          {typing && !results.isFetching && options.length === 0 && <Combobox.Empty>{t('placePicker.none')}</Combobox.Empty>}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
