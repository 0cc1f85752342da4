'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { CHAIN_LENGTH, codebaseBatchRequestSchema } from '@/lib/schemas/batch';
import type { BatchSummary } from '@/lib/synthesis/types';
import { fetchJson, sendJson } from '@/components/ui/fetch-json';
import { formatCount } from '@/components/ui/format';
import { RoleNote, useCan } from '@/components/ui/identity';

interface Codebase {
  key: string;
  name: string;
  version: string;
  modules: number;
  classes: number;
  functions: number;
}

const codebasesQuery = {
  queryKey: ['batches', 'codebases'],
  queryFn: () => fetchJson<{ codebases: Codebase[] }>('/api/batches/codebases'),
};

/** Launched from the Sampler's codebase mode: its codebase, T, complexity and seed. */
export interface SamplerChoice {
  codebase: string;
  temperature: number;
  complexity: number;
  seed: number;
}

const numberOrUndefined = (text: string) => (text.trim() === '' ? undefined : Number(text));

/**
 * Launches a codebase batch (issue 16, UCD-Training): relation questions answered exactly by the code graph,
 * compositional tasks over a chain of APIs, and utilization tasks over sampled APIs, verified in the sandbox.
 */
export function CodebaseLaunch({ from }: { from?: SamplerChoice } = {}) {
  const canLaunch = useCan('admin');
  const router = useRouter();
  const client = useQueryClient();
  const codebases = useQuery(codebasesQuery);
  const list = codebases.data?.codebases ?? [];
  const [chosen, setChosen] = useState('');
  const codebase = from?.codebase || chosen || list[0]?.key || '';
  const [relation, setRelation] = useState('4');
  const [compositional, setCompositional] = useState('2');
  const [utilization, setUtilization] = useState('2');
  const [chainLength, setChainLength] = useState(String(CHAIN_LENGTH.default));
  const [seed, setSeed] = useState(String(from?.seed ?? 0));
  const [name, setName] = useState('');
  const launch = useMutation({
    mutationFn: (body: unknown) => sendJson<BatchSummary>('/api/batches', 'POST', body),
    onSuccess: (batch) => {
      void client.invalidateQueries({ queryKey: ['batches'] });
      router.push(`/batches/${batch.id}`);
    },
  });
  const body = {
    kind: 'codebase' as const,
    codebase,
    families: {
      relation: numberOrUndefined(relation),
      compositional: numberOrUndefined(compositional),
      utilization: numberOrUndefined(utilization),
    },
    chainLength: numberOrUndefined(chainLength),
    seed: numberOrUndefined(seed),
    name,
    ...(from ? { temperature: from.temperature, complexity: from.complexity } : {}),
  };
  const checked = codebaseBatchRequestSchema.safeParse(body);
  const issues = checked.success ? [] : checked.error.issues;
  const issue = (field: string) =>
    issues.find((i) => i.path[0] === field || (i.path[0] === 'families' && i.path[1] === field))?.message ??
    (field === 'relation' ? issues.find((i) => i.path[0] === 'families' && i.path.length === 1)?.message : undefined);
  const total = checked.success
    ? checked.data.families.relation + checked.data.families.compositional + checked.data.families.utilization
    : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (checked.success) launch.mutate(body);
  };
  const field = (id: string, label: string, value: string, set: (v: string) => void, hint: string) => (
    <div className="field">
      <label htmlFor={`cb-${id}`}>{label}</label>
      <input
        id={`cb-${id}`}
        type={id === 'name' ? 'text' : 'number'}
        value={value}
        aria-invalid={issue(id) ? true : undefined}
        aria-describedby={`cb-${id}-hint`}
        onChange={(event) => {
          set(event.target.value);
          if (launch.error) launch.reset();
        }}
      />
      <span id={`cb-${id}-hint`} className={issue(id) ? 'field-error' : 'note'} role={issue(id) ? 'alert' : undefined}>
        {issue(id) ? `${label} ${issue(id)}` : hint}
      </span>
    </div>
  );
  return (
    <section className="panel codebase-launch" aria-labelledby="cb-heading">
      <div className="section-head">
        <h2 id="cb-heading">Codebase batch</h2>
        <span className="muted small">tasks grounded in a stored codebase&apos;s code graph</span>
      </div>
      {codebases.error ? <p role="alert">Could not load the codebases: {codebases.error.message}</p> : null}
      {codebases.data && list.length === 0 ? (
        <p className="note">
          No codebase is stored yet: add one with <code>npm run codebase -- add &lt;dir&gt;</code>.
        </p>
      ) : null}
      {canLaunch && list.length > 0 ? (
        <form className="launch-form" onSubmit={submit} aria-label="Launch a codebase batch">
          <div className="field">
            <label htmlFor="cb-codebase">Codebase</label>
            <select
              id="cb-codebase"
              value={codebase}
              aria-describedby="cb-codebase-hint"
              disabled={from !== undefined}
              onChange={(event) => setChosen(event.target.value)}
            >
              {list.map((c) => (
                <option key={c.key} value={c.key}>
                  {c.key}
                </option>
              ))}
            </select>
            {(() => {
              const c = list.find((x) => x.key === codebase);
              return (
                <span id="cb-codebase-hint" className="note">
                  {c
                    ? `${formatCount(c.modules)} modules, ${formatCount(c.classes)} classes, ${formatCount(c.functions)} functions`
                    : ''}
                </span>
              );
            })()}
          </div>
          {from ? (
            <p className="note" role="note" aria-label="Sampler parameters">
              From the Sampler: T = {from.temperature}, {from.complexity} APIs besides the start per utilization task.
            </p>
          ) : null}
          {field('relation', 'Relation questions', relation, setRelation, 'answered exactly by the code graph')}
          {field(
            'compositional',
            'Compositional tasks',
            compositional,
            setCompositional,
            'a chain of APIs, each result feeding the next',
          )}
          {field('utilization', 'Utilization tasks', utilization, setUtilization, 'several sampled APIs in use')}
          {field(
            'chainLength',
            'Chain length',
            chainLength,
            setChainLength,
            `APIs per compositional task (${CHAIN_LENGTH.min}–${CHAIN_LENGTH.max})`,
          )}
          {field('seed', 'Seed', seed, setSeed, 'the order of the families and the draws')}
          {field('name', 'Name', name, setName, 'optional')}
          {launch.error ? (
            <p role="alert" className="error-message">
              Could not launch: {launch.error.message}
            </p>
          ) : null}
          <button type="submit" className="button primary" disabled={!checked.success || launch.isPending}>
            {launch.isPending
              ? 'Launching…'
              : `Launch codebase batch${total === null ? '' : ` (${total} ${total === 1 ? 'task' : 'tasks'})`}`}
          </button>
        </form>
      ) : null}
      {!canLaunch ? <RoleNote need="admin" action="launch a codebase batch" /> : null}
    </section>
  );
}
