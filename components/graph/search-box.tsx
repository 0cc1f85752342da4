'use client';

import { useQuery } from '@tanstack/react-query';
import { forwardRef, useId, useState } from 'react';
import { CODE_NODE_TYPE_INFO, CODE_NODE_TYPES, type CodeNodeType } from '@/lib/domain/code-graph';
import { ELEMENT_TYPE_INFO, ELEMENT_TYPES, type ElementType } from '@/lib/domain/element-types';
import { useDebounced } from '@/components/ui/use-debounced';
import { codeSearchQuery } from './code-queries';
import { searchQuery } from './queries';

interface Hit {
  id: string;
  name: string;
  color: string;
  meta: string;
  title?: string;
}

/**
 * Type-ahead over element names (full-text index), filterable by type; with a codebase, over that codebase's
 * modules, classes and functions instead.
 */
export const SearchBox = forwardRef<HTMLInputElement, { onChoose(id: string): void; codebase?: string | null }>(
  function SearchBox({ onChoose, codebase = null }, ref) {
    const [text, setText] = useState('');
    const [type, setType] = useState<ElementType | null>(null);
    const [codeType, setCodeType] = useState<CodeNodeType | null>(null);
    const [open, setOpen] = useState(false);
    const [active, setActive] = useState(0);
    const q = useDebounced(text, 150);
    const elementSearch = useQuery({ ...searchQuery(q, type), enabled: codebase === null && q.trim().length > 0 });
    const codeSearch = useQuery({
      ...codeSearchQuery(codebase ?? '', q, codeType),
      enabled: codebase !== null && q.trim().length > 0,
    });
    const { isFetching, error } = codebase === null ? elementSearch : codeSearch;
    const hits: Hit[] = !q.trim()
      ? []
      : codebase === null
        ? (elementSearch.data?.hits ?? []).map((hit) => ({
            id: hit.id,
            name: hit.name,
            color: ELEMENT_TYPE_INFO[hit.type].color,
            meta: `${ELEMENT_TYPE_INFO[hit.type].short} · ${hit.docCount} docs`,
          }))
        : (codeSearch.data?.hits ?? []).map((hit) => ({
            id: hit.id,
            name: hit.name,
            color: CODE_NODE_TYPE_INFO[hit.type].color,
            meta: `${hit.isMethod ? 'Method' : CODE_NODE_TYPE_INFO[hit.type].title} · ${hit.type === 'CodeModule' ? hit.key.slice(hit.key.lastIndexOf(':') + 1) : hit.module}`,
            title: hit.qualname,
          }));
    const listId = useId();

    const choose = (id: string) => {
      setOpen(false);
      setText('');
      onChoose(id);
    };

    return (
      <div className="search-box">
        {codebase === null ? (
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
        ) : (
          <select
            aria-label="Search type"
            value={codeType ?? ''}
            onChange={(e) => setCodeType((e.target.value || null) as CodeNodeType | null)}
          >
            <option value="">All kinds</option>
            {CODE_NODE_TYPES.map((t) => (
              <option key={t} value={t}>
                {CODE_NODE_TYPE_INFO[t].title}
              </option>
            ))}
          </select>
        )}
        <div className="search-input">
          <input
            ref={ref}
            type="search"
            role="combobox"
            aria-label={codebase === null ? 'Search elements' : 'Search code'}
            aria-expanded={open && hits.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            placeholder={
              codebase === null
                ? 'Search scenarios, knowledge, skills…  ( / )'
                : 'Search modules, classes, functions…  ( / )'
            }
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
                <li className="search-note">
                  {isFetching ? 'Searching…' : codebase === null ? 'No matching elements' : 'No matching code'}
                </li>
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
                  title={hit.title}
                >
                  <span className="type-dot" style={{ background: hit.color }} aria-hidden="true" />
                  <span className="hit-name">{hit.name}</span>
                  <span className="hit-meta">{hit.meta}</span>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    );
  },
);
