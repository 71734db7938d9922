import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { matchesQuery } from '@/utils/search';
import type { ControlProps } from './field';

export interface ComboOption {
  value: string;
  label: string;
  /** Options are shown under a heading per group, in the order groups first appear. */
  group: string;
  /** Secondary text shown and searched (e.g. the unit code). */
  hint?: string;
}

export interface ComboboxProps {
  control: ControlProps;
  options: ComboOption[];
  value: string | null;
  onChange: (value: string) => void;
  placeholder?: string;
  noMatch: string;
  disabled?: boolean;
}

/**
 * A searchable, grouped single choice following the WAI-ARIA combobox pattern: type to filter
 * (tone marks optional), arrows to move, Enter to choose, Escape to close.
 */
export function Combobox({ control, options, value, onChange, placeholder, noMatch, disabled }: ComboboxProps) {
  const listId = useId();
  const selected = options.find((o) => o.value === value) ?? null;
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);

  const filtered = useMemo(
    () => options.filter((o) => matchesQuery(query, o.label, o.hint)),
    [options, query],
  );
  const groups = useMemo(() => {
    const byGroup = new Map<string, ComboOption[]>();
    for (const option of filtered) {
      const list = byGroup.get(option.group) ?? [];
      list.push(option);
      byGroup.set(option.group, list);
    }
    return [...byGroup.entries()];
  }, [filtered]);
  // Keyboard order is display order (grouped), which may differ from the options' order.
  const flat = useMemo(() => groups.flatMap(([, list]) => list), [groups]);

  useEffect(() => {
    if (!open) return;
    const el = listRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`);
    el?.scrollIntoView?.({ block: 'nearest' });
  }, [active, open]);

  function openList() {
    if (disabled) return;
    setOpen(true);
    const index = flat.findIndex((o) => o.value === value);
    setActive(index >= 0 ? index : 0);
  }

  function choose(option: ComboOption | undefined) {
    if (!option) return;
    onChange(option.value);
    setOpen(false);
    setQuery('');
  }

  const optionId = (index: number) => `${listId}-opt-${index}`;
  let index = -1;

  return (
    <div className="combo">
      <input
        {...control}
        className="input"
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && filtered.length > 0 ? optionId(active) : undefined}
        placeholder={placeholder}
        disabled={disabled}
        value={open ? query : (selected?.label ?? '')}
        onFocus={openList}
        onClick={() => !open && openList()}
        onBlur={() => {
          setOpen(false);
          setQuery('');
        }}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={(event) => {
          switch (event.key) {
            case 'ArrowDown':
              event.preventDefault();
              if (!open) openList();
              else setActive((a) => Math.min(a + 1, flat.length - 1));
              break;
            case 'ArrowUp':
              event.preventDefault();
              setActive((a) => Math.max(a - 1, 0));
              break;
            case 'Home':
              if (open) { event.preventDefault(); setActive(0); }
              break;
            case 'End':
              if (open) { event.preventDefault(); setActive(flat.length - 1); }
              break;
            case 'Enter':
              if (open) {
                event.preventDefault();
                choose(flat[active]);
              }
              break;
            case 'Escape':
              if (open) {
                event.preventDefault();
                setOpen(false);
                setQuery('');
              }
              break;
            default:
          }
        }}
      />
      {open && (
        <ul className="combo__list" id={listId} role="listbox" ref={listRef}>
          {filtered.length === 0 && <li className="combo__empty" role="presentation">{noMatch}</li>}
          {groups.map(([group, groupOptions]) => (
            <li key={group} role="presentation">
              <ul role="group" aria-label={group} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                <li className="combo__group" role="presentation" aria-hidden="true">
                  {group}
                </li>
                {groupOptions.map((option) => {
                  index += 1;
                  const i = index;
                  return (
                    <li
                      key={option.value}
                      id={optionId(i)}
                      data-index={i}
                      role="option"
                      aria-selected={option.value === value}
                      data-active={i === active}
                      className="combo__option"
                      onMouseDown={(event) => event.preventDefault()}
                      onMouseEnter={() => setActive(i)}
                      onClick={() => choose(option)}
                    >
                      <span>{option.label}</span>
                      {option.hint && <span className="combo__code">{option.hint}</span>}
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
