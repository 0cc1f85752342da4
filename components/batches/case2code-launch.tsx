'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import type { FunctionCounts } from '@/lib/functions/types';
import { case2codeBatchRequestSchema, CASE2CODE_SHOWN } from '@/lib/schemas/batch';
import type { BatchSummary } from '@/lib/synthesis/types';
import { fetchJson, sendJson } from '@/components/ui/fetch-json';
import { formatCount } from '@/components/ui/format';
import { RoleNote, useCan } from '@/components/ui/identity';

const functionsQuery = {
  queryKey: ['functions', 'counts'],
  queryFn: () => fetchJson<{ counts: FunctionCounts }>('/api/functions?eligible=1'),
};

const numberOrUndefined = (text: string) => (text.trim() === '' ? undefined : Number(text));

/**
 * Launches a Case2Code batch (issue 15): one task per eligible function found in the documents. The model
 * writes inputs, the sandbox runs the real function, and k of the observed pairs make the statement.
 */
export function Case2CodeLaunch() {
  const canLaunch = useCan('admin');
  const router = useRouter();
  const client = useQueryClient();
  const functions = useQuery(functionsQuery);
  const [count, setCount] = useState('');
  const [shown, setShown] = useState(String(CASE2CODE_SHOWN.default));
  const [inputs, setInputs] = useState('12');
  const [seed, setSeed] = useState('0');
  const [name, setName] = useState('');
  const scan = useMutation({
    mutationFn: () => sendJson<FunctionCounts>('/api/functions/scan', 'POST', {}),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['functions'] }),
  });
  const launch = useMutation({
    mutationFn: (body: unknown) => sendJson<BatchSummary>('/api/batches', 'POST', body),
    onSuccess: (batch) => {
      void client.invalidateQueries({ queryKey: ['batches'] });
      router.push(`/batches/${batch.id}`);
    },
  });
  const body = {
    kind: 'case2code' as const,
    name,
    count: numberOrUndefined(count),
    shown: numberOrUndefined(shown),
    inputs: numberOrUndefined(inputs),
    seed: numberOrUndefined(seed),
  };
  const checked = case2codeBatchRequestSchema.safeParse(body);
  const issues = checked.success ? [] : checked.error.issues;
  const issue = (field: string) => issues.find((i) => i.path[0] === field)?.message;
  const counts = functions.data?.counts;
  const eligible = counts?.eligible ?? 0;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (checked.success && eligible > 0) launch.mutate(body);
  };
  const field = (
    id: string,
    label: string,
    value: string,
    set: (v: string) => void,
    hint: string,
    placeholder = '',
  ) => (
    <div className="field">
      <label htmlFor={`c2c-${id}`}>{label}</label>
      <input
        id={`c2c-${id}`}
        type={id === 'name' ? 'text' : 'number'}
        value={value}
        placeholder={placeholder}
        aria-invalid={issue(id) ? true : undefined}
        aria-describedby={`c2c-${id}-hint`}
        onChange={(event) => {
          set(event.target.value);
          if (launch.error) launch.reset();
        }}
      />
      <span id={`c2c-${id}-hint`} className={issue(id) ? 'field-error' : 'note'} role={issue(id) ? 'alert' : undefined}>
        {issue(id) ? `${label} ${issue(id)}` : hint}
      </span>
    </div>
  );
  return (
    <section className="panel case2code-launch" aria-labelledby="c2c-heading">
      <div className="section-head">
        <h2 id="c2c-heading">Case2Code batch</h2>
        <span className="muted small">tasks made from real functions in the documents</span>
      </div>
      {functions.error ? <p role="alert">Could not load the functions: {functions.error.message}</p> : null}
      {counts ? (
        <p className="small" aria-label="Functions found">
          <strong>{formatCount(eligible)}</strong> eligible of {formatCount(counts.functions)} functions found in{' '}
          {formatCount(counts.blocks)} code blocks of {formatCount(counts.documents)} documents.
        </p>
      ) : null}
      {canLaunch ? (
        <p className="small">
          <button type="button" className="button" disabled={scan.isPending} onClick={() => scan.mutate()}>
            {scan.isPending ? 'Scanning…' : 'Scan the documents again'}
          </button>{' '}
          {scan.error ? <span role="alert">Scan failed: {scan.error.message}</span> : null}
        </p>
      ) : null}
      {canLaunch ? (
        <form className="launch-form" onSubmit={submit} aria-label="Launch a Case2Code batch">
          {field(
            'count',
            'Tasks',
            count,
            setCount,
            `one per function; empty takes all ${formatCount(eligible)}`,
            String(eligible),
          )}
          {field(
            'shown',
            'Pairs shown (k)',
            shown,
            setShown,
            `in the statement; the rest verify the answer (1–${CASE2CODE_SHOWN.max})`,
          )}
          {field(
            'inputs',
            'Inputs per function',
            inputs,
            setInputs,
            'the model writes them; the sandbox runs each twice',
          )}
          {field('seed', 'Seed', seed, setSeed, 'the order of the functions')}
          {field('name', 'Name', name, setName, 'optional')}
          {launch.error ? (
            <p role="alert" className="error-message">
              Could not launch: {launch.error.message}
            </p>
          ) : null}
          {eligible === 0 && counts ? (
            <p className="note">No eligible function yet: scan the documents first.</p>
          ) : null}
          <button
            type="submit"
            className="button primary"
            disabled={!checked.success || eligible === 0 || launch.isPending}
          >
            {launch.isPending ? 'Launching…' : 'Launch Case2Code batch'}
          </button>
        </form>
      ) : (
        <RoleNote need="admin" action="launch a Case2Code batch" />
      )}
    </section>
  );
}
