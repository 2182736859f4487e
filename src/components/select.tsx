import type { Ref } from 'react';
import type { FieldAria } from './field.tsx';

export interface SelectOption<V extends string> {
  readonly value: V;
  readonly label: string;
}

interface SelectProps<V extends string> {
  readonly aria: FieldAria;
  /** The stored code; one outside the list (an older record) is shown as it is. */
  readonly value: string;
  readonly options: readonly SelectOption<V>[];
  /** The first, empty choice ("don't know", "none"): choosing it leaves the value out. */
  readonly blank?: string;
  readonly testId: string;
  readonly onChange: (value: V | '') => void;
  readonly selectRef?: Ref<HTMLSelectElement> | undefined;
}

/**
 * A native select (the phone's own picker, usable with TalkBack and VoiceOver) over a fixed list of codes. A stored
 * value that is no longer in the list is kept as its own choice, so opening an old record never changes it silently.
 */
export function Select<V extends string>({
  aria,
  value,
  options,
  blank,
  testId,
  onChange,
  selectRef,
}: SelectProps<V>) {
  const known = value === '' || options.some((o) => o.value === value);
  return (
    <select
      {...aria}
      ref={selectRef}
      data-testid={testId}
      value={value}
      onChange={(e) => {
        const next = e.target.value;
        const picked = options.find((o) => o.value === next);
        if (next === '' || picked) onChange(picked ? picked.value : '');
      }}
    >
      {blank !== undefined && <option value="">{blank}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
      {!known && <option value={value}>{value}</option>}
    </select>
  );
}
