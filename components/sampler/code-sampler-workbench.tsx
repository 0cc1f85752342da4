'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useDebounced } from '@/components/ui/use-debounced';
import { type CodeApiRef } from '@/lib/codebase/sampling-math';
import { CODE_CHAIN_LENGTH, CODE_COMPLEXITY, codePreviewQuerySchema } from '@/lib/schemas/code-sampling';
import { roundTemperature } from '@/lib/schemas/sampler-view';
import { TEMPERATURE_RANGE } from '@/lib/schemas/sampling';
import { codebasesQuery, codeCandidatesQuery, codeChainQuery, codePreviewQuery, codeStartsQuery } from './code-queries';
import { numberRule, RULES } from './form-rules';
import { NumberField } from './number-field';
import { randomSeed } from './sampler-form';
import { SourceSwitch } from './source-switch';
import { CodeCandidatesPanel, CodeChainPanel, CodePreviewPanel, SuggestedStarts } from './code-sampler-panels';

/** The codebase mode's parameters, all in the URL (`/sampler?source=codebase&…`). */
export interface CodeSamplerView {
  codebase: string;
  start: string;
  temperature: number;
  complexity: number;
  seed: number;
  count: number;
  length: number;
}

const TYPE_TITLE = { CodeClass: 'class', CodeFunction: 'function' } as const;
const COMPLEXITY_RULE = numberRule(codePreviewQuerySchema.shape.complexity);
const toSlider = (t: number) => Math.round(Math.log10(t) * 100);
const fromSlider = (v: number) => roundTemperature(Math.pow(10, v / 100));

const numberParam = (params: URLSearchParams, name: string, fallback: number, min: number, max: number) => {
  const n = Number(params.get(name));
  return params.has(name) && Number.isFinite(n) && n >= min && n <= max ? n : fallback;
};

export function parseCodeView(params: URLSearchParams, seed: number): CodeSamplerView {
  return {
    codebase: params.get('codebase') ?? '',
    start: params.get('start') ?? '',
    temperature: numberParam(params, 't', 1, TEMPERATURE_RANGE.min, TEMPERATURE_RANGE.max),
    complexity: Math.round(numberParam(params, 'k', CODE_COMPLEXITY.default, CODE_COMPLEXITY.min, CODE_COMPLEXITY.max)),
    seed: Math.round(numberParam(params, 'seed', seed, RULES.seed.min, RULES.seed.max)),
    count: Math.round(numberParam(params, 'n', 20, RULES.previewCount.min, RULES.previewCount.max)),
    length: Math.round(
      numberParam(params, 'chain', CODE_CHAIN_LENGTH.default, CODE_CHAIN_LENGTH.min, CODE_CHAIN_LENGTH.max),
    ),
  };
}

export function formatCodeView(view: CodeSamplerView): URLSearchParams {
  const params = new URLSearchParams({ source: 'codebase' });
  if (view.codebase) params.set('codebase', view.codebase);
  if (view.start) params.set('start', view.start);
  params.set('t', String(view.temperature));
  params.set('k', String(view.complexity));
  params.set('seed', String(view.seed));
  params.set('n', String(view.count));
  params.set('chain', String(view.length));
  return params;
}

type Field = 'complexity' | 'seed' | 'count' | 'temperature';

interface CodeSamplerWorkbenchProps {
  /**
   * SLOT for launching a `codebase` batch from these parameters (issue 16, point 5; another part's job). Without
   * it the side panel links to /batches.
   */
  launch?: (view: CodeSamplerView) => ReactNode;
}

/** The Sampler's codebase mode: a start class or function, T, complexity, the candidate chart, preview and a chain. */
export function CodeSamplerWorkbench({ launch }: CodeSamplerWorkbenchProps) {
  const params = useSearchParams();
  const router = useRouter();
  const [view, setView] = useState<CodeSamplerView>(() =>
    parseCodeView(new URLSearchParams(params.toString()), randomSeed()),
  );
  const [drafts, setDrafts] = useState<Partial<Record<Field, string>>>({});
  const codebases = useQuery(codebasesQuery());
  const codebase = view.codebase || codebases.data?.[0]?.key || '';
  const current = useMemo(() => ({ ...view, codebase }), [view, codebase]);
  const settled = useDebounced(current, 300);

  const search = formatCodeView(settled).toString();
  useEffect(() => {
    if (window.location.search.slice(1) !== search) router.replace(`/sampler?${search}`, { scroll: false });
  }, [search, router]);

  const ready = Boolean(settled.codebase && settled.start);
  const candidates = useQuery({
    ...codeCandidatesQuery(settled.codebase, settled.start, settled.temperature),
    enabled: ready,
  });
  const preview = useQuery({
    ...codePreviewQuery(settled.codebase, {
      start: settled.start,
      temperature: settled.temperature,
      complexity: settled.complexity,
      seed: settled.seed,
      count: settled.count,
    }),
    enabled: ready,
  });
  const startIsFunction = candidates.data?.start.type === 'CodeFunction';
  const chain = useQuery({
    ...codeChainQuery(settled.codebase, {
      start: settled.start,
      length: settled.length,
      temperature: settled.temperature,
      seed: settled.seed,
    }),
    enabled: ready && startIsFunction,
  });

  const update = (change: Partial<CodeSamplerView>) => setView({ ...current, ...change });
  const draft = (field: Field, text: string | undefined) =>
    setDrafts((old) => {
      const { [field]: _dropped, ...rest } = old;
      return text === undefined ? rest : { ...rest, [field]: text };
    });

  return (
    <div className="sampler">
      <header className="page-header">
        <h1>Sampler</h1>
        <p className="muted">
          Draw APIs of a codebase around a class or function, weighted by graph proximity and co-usage, with the same
          temperature and complexity controls, before spending any tokens.
        </p>
        <SourceSwitch current="codebase" />
      </header>
      {codebases.error ? (
        <p role="alert" className="panel panel-error">
          Could not load codebases: {codebases.error.message}
        </p>
      ) : null}
      {codebases.data && codebases.data.length === 0 ? (
        <p className="panel note" role="status">
          No codebase is stored yet. Add one with <code>npm run codebase -- add &lt;dir&gt;</code>.
        </p>
      ) : null}
      <div className="sampler-layout">
        <aside className="sampler-side">
          <form
            className="sampler-form panel"
            aria-label="Code sampling parameters"
            onSubmit={(event) => event.preventDefault()}
          >
            <fieldset className="sampler-fieldset">
              <legend>Codebase</legend>
              <label className="field">
                <span>Codebase</span>
                <select
                  value={codebase}
                  onChange={(event) => update({ codebase: event.target.value, start: '' })}
                  disabled={!codebases.data?.length}
                >
                  {(codebases.data ?? []).map((c) => (
                    <option key={c.key} value={c.key}>
                      {c.name} {c.version} · {c.classes} classes, {c.functions} functions
                    </option>
                  ))}
                </select>
              </label>
              {codebase ? (
                <StartPicker
                  codebase={codebase}
                  start={current.start}
                  chosen={candidates.data?.start.key === current.start ? candidates.data.start : undefined}
                  onChoose={(start) => update({ start })}
                />
              ) : null}
            </fieldset>

            <fieldset className="sampler-fieldset">
              <legend>Complexity</legend>
              <NumberField
                label={`APIs besides the start (${CODE_COMPLEXITY.min}–${CODE_COMPLEXITY.max})`}
                subject="Complexity"
                value={current.complexity}
                rule={COMPLEXITY_RULE}
                draft={drafts.complexity}
                onDraft={(text) => draft('complexity', text)}
                onCommit={(complexity) => update({ complexity })}
              />
            </fieldset>

            <fieldset className="sampler-fieldset">
              <legend>Temperature</legend>
              <label className="field">
                <span>
                  Temperature (log scale) <output className="value">T = {current.temperature}</output>
                </span>
                <input
                  type="range"
                  min={toSlider(TEMPERATURE_RANGE.min)}
                  max={toSlider(TEMPERATURE_RANGE.max)}
                  step={1}
                  aria-label="Temperature (log scale)"
                  value={toSlider(current.temperature)}
                  aria-valuetext={`T = ${current.temperature}`}
                  onChange={(event) => {
                    draft('temperature', undefined);
                    update({ temperature: fromSlider(Number(event.target.value)) });
                  }}
                />
                <span className="range-ends" aria-hidden="true">
                  <span>0.1 closest</span>
                  <span>1</span>
                  <span>10 diverse</span>
                </span>
              </label>
              <NumberField
                label="Temperature T"
                subject="Temperature"
                value={current.temperature}
                rule={RULES.temperature}
                draft={drafts.temperature}
                step={0.01}
                onDraft={(text) => draft('temperature', text)}
                onCommit={(t) => update({ temperature: roundTemperature(t) })}
              />
            </fieldset>

            <fieldset className="sampler-fieldset">
              <legend>Reproducibility</legend>
              <div className="seed-row">
                <NumberField
                  label="Seed"
                  value={current.seed}
                  rule={RULES.seed}
                  draft={drafts.seed}
                  onDraft={(text) => draft('seed', text)}
                  onCommit={(seed) => update({ seed })}
                />
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    draft('seed', undefined);
                    update({ seed: randomSeed() });
                  }}
                >
                  New seed
                </button>
              </div>
              <NumberField
                label="Samples to preview"
                value={current.count}
                rule={RULES.previewCount}
                draft={drafts.count}
                onDraft={(text) => draft('count', text)}
                onCommit={(count) => update({ count })}
              />
            </fieldset>
          </form>
          <section className="panel sampler-launch" aria-labelledby="code-launch-heading" data-slot="codebase-launch">
            <h2 id="code-launch-heading">Launch</h2>
            {launch ? (
              launch(current)
            ) : (
              <p className="note">
                Codebase batches (relation questions, compositional and utilization tasks) are launched from{' '}
                <Link href="/batches">Batches</Link>.
              </p>
            )}
          </section>
        </aside>
        <div className="sampler-main">
          {!current.start ? (
            <SuggestedStarts codebase={current.codebase} onChoose={(start) => update({ start })} />
          ) : null}
          {current.start ? (
            <CodeCandidatesPanel
              candidates={candidates.data?.candidates}
              start={candidates.data?.start}
              temperature={candidates.data?.temperature ?? settled.temperature}
              error={candidates.error}
              busy={candidates.isFetching}
            />
          ) : null}
          {current.start ? (
            <CodePreviewPanel preview={preview.data} error={preview.error} busy={preview.isFetching} />
          ) : null}
          {current.start && startIsFunction ? (
            <CodeChainPanel
              chain={chain.data?.chain}
              error={chain.error}
              busy={chain.isFetching}
              length={current.length}
              onLength={(length) => update({ length })}
            />
          ) : null}
        </div>
      </div>
    </div>
  );
}

/** Type-ahead over the codebase's qualnames: matches as option buttons under the field. */
function StartPicker({
  codebase,
  start,
  chosen,
  onChoose,
}: {
  codebase: string;
  start: string;
  chosen: CodeApiRef | undefined;
  onChoose(key: string): void;
}) {
  const [text, setText] = useState('');
  const q = useDebounced(text, 200);
  const starts = useQuery({ ...codeStartsQuery(codebase, q.trim()), enabled: q.trim().length > 0 });
  return (
    <div className="field code-start">
      <label htmlFor="code-start-input">Start class or function</label>
      <input
        id="code-start-input"
        type="text"
        role="combobox"
        aria-expanded={Boolean(text.trim() && starts.data)}
        aria-controls="code-start-options"
        autoComplete="off"
        placeholder="Type part of a name…"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      {start ? (
        <p className="note">
          Start: <code>{chosen?.qualname ?? start.slice(start.indexOf(':') + 1)}</code>
          {chosen ? ` (${TYPE_TITLE[chosen.type]})` : ''}
        </p>
      ) : null}
      {text.trim() && starts.data ? (
        <ul id="code-start-options" role="listbox" aria-label="Matching classes and functions" className="code-starts">
          {starts.data.starts.map((api) => (
            <li key={api.key} role="option" aria-selected={api.key === start}>
              <button
                type="button"
                className="link"
                onClick={() => {
                  onChoose(api.key);
                  setText('');
                }}
              >
                {api.qualname}
              </button>{' '}
              <span className="muted">{TYPE_TITLE[api.type]}</span>
            </li>
          ))}
          {starts.data.total > starts.data.starts.length ? (
            <li className="muted">and {starts.data.total - starts.data.starts.length} more: type more of the name</li>
          ) : null}
          {starts.data.total === 0 ? <li className="muted">No class or function matches.</li> : null}
        </ul>
      ) : null}
    </div>
  );
}
