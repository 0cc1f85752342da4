'use client';

import { useQuery } from '@tanstack/react-query';
import { forwardRef, useId, useState } from 'react';
import { ELEMENT_TYPE_INFO, ELEMENT_TYPES, type ElementType } from '@/lib/domain/element-types';
import { useDebounced } from '@/components/ui/use-debounced';
import { searchQuery } from './queries';

/** Type-ahead over element names (full-text index), filterable by type. */
export const SearchBox = forwardRef<HTMLInputElement, { onChoose(id: string): void }>(function SearchBox(
  { onChoose },
  ref,
) {
  const [text, setText] = useState('');
  const [type, setType] = useState<ElementType | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const q = useDebounced(text, 150);
  const { data, isFetching, error } = useQuery(searchQuery(q, type));
  const hits = q.trim() ? (data?.hits ?? []) : [];
  const listId = useId();

  const choose = (id: string) => {
    setOpen(false);
    setText('');
    onChoose(id);
  };

  return (
    <div className="search-box">
      <select
        aria-label="Search type"
        value={type ?? ''}
        onChange={(e) => setType((e.target.value || null) as ElementType | null)}
      >
        <option value="">All types</option>
        {ELEMENT_TYPES.map((t) => (
          <option key={t} value={t}>
            {ELEMENT_TYPE_INFO[t].title}
          </option>
        ))}
      </select>
      <div className="search-input">
        <input
          ref={ref}
          type="search"
          role="combobox"
          aria-label="Search elements"
          aria-expanded={open && hits.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          placeholder="Search scenarios, knowledge, skills…  ( / )"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              setActive((a) => Math.min(a + 1, hits.length - 1));
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setActive((a) => Math.max(a - 1, 0));
            } else if (e.key === 'Enter' && hits[active]) {
              e.preventDefault();
              choose(hits[active]!.id);
            } else if (e.key === 'Escape') {
              setOpen(false);
              (e.target as HTMLInputElement).blur();
            }
          }}
        />
        {open && q.trim() ? (
          <ul id={listId} role="listbox" aria-label="Search results" className="search-results">
            {error ? <li className="search-note">Search failed: {(error as Error).message}</li> : null}
            {!error && hits.length === 0 ? (
              <li className="search-note">{isFetching ? 'Searching…' : 'No matching elements'}</li>
            ) : null}
            {hits.map((hit, i) => (
              <li
                key={hit.id}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(hit.id);
                }}
                onMouseEnter={() => setActive(i)}
              >
                <span
                  className="type-dot"
                  style={{ background: ELEMENT_TYPE_INFO[hit.type].color }}
                  aria-hidden="true"
                />
                <span className="hit-name">{hit.name}</span>
                <span className="hit-meta">
                  {ELEMENT_TYPE_INFO[hit.type].short} · {hit.docCount} docs
                </span>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
});
