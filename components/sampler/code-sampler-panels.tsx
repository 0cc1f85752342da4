'use client';

import { useQuery } from '@tanstack/react-query';
import { Metric } from '@/components/ui/metric';
import { TermHint } from '@/components/ui/term-hint';
import { localName, type CodeApiRef, type CodeCandidate } from '@/lib/codebase/sampling-math';
import { CODE_CHAIN_LENGTH } from '@/lib/schemas/code-sampling';
import { CandidateBars, percent } from './candidate-charts';
import { codeSuggestedStartsQuery } from './code-queries';
import { TERMS } from './terms';
import { CODE_NODE_TYPE_INFO } from '@/lib/domain/code-graph';

// The codebase Sampler's result panels: candidates, preview, chain, suggested starts.
const COLORS = {
  CodeClass: CODE_NODE_TYPE_INFO.CodeClass.color,
  CodeFunction: CODE_NODE_TYPE_INFO.CodeFunction.color,
} as const;
const TYPE_TITLE = { CodeClass: 'class', CodeFunction: 'function' } as const;
const ratio = (value: number) => `${(100 * value).toFixed(1)}%`;

const viaText = (c: CodeCandidate) =>
  [
    c.via.calls ? `${c.via.calls} call site${c.via.calls === 1 ? '' : 's'}` : null,
    c.via.typeLinks ? `${c.via.typeLinks} shared class${c.via.typeLinks === 1 ? '' : 'es'}` : null,
    c.via.sharedModule ? 'same module' : null,
    c.via.hops ? `${c.via.hops} hop${c.via.hops === 1 ? '' : 's'}` : 'module only',
  ]
    .filter(Boolean)
    .join(' · ');

export function CodeCandidatesPanel({
  candidates,
  start,
  temperature,
  error,
  busy,
}: {
  candidates: CodeCandidate[] | undefined;
  start: CodeApiRef | undefined;
  temperature: number;
  error: Error | null;
  busy: boolean;
}) {
  const rows = (type: CodeCandidate['type']) =>
    (candidates ?? [])
      .filter((c) => c.type === type)
      .slice(0, 30)
      .map((c) => ({
        id: c.key,
        name: localName(c),
        p: c.p,
        pT: c.pT,
        hint: `${c.qualname}\nP_T = ${percent(c.pT)} (T = ${temperature}) · P = ${percent(c.p)} (T = 1)\nweight ${c.weight.toFixed(3)}: ${viaText(c)}`,
      }));
  return (
    <section className="panel" aria-labelledby="code-candidates-heading" aria-busy={busy}>
      <div className="section-head">
        <h2 id="code-candidates-heading">Candidate distribution</h2>
      </div>
      {error ? (
        <p role="alert" className="error-message">
          Could not load candidates: {error.message}
        </p>
      ) : null}
      {candidates && start ? (
        <>
          <p className="note candidate-caption">
            The {candidates.length} candidate APIs around “{start.qualname}”, most likely first. Each bar is a
            candidate’s chance at T = {temperature} (
            <TermHint
              term={
                <>
                  P<sub>T</sub>
                </>
              }
            >
              {TERMS.pT}
            </TermHint>
            ); the tick its chance at T = 1 (<TermHint term="P">{TERMS.p}</TermHint>). Weights come from calls, shared
            classes, a shared module and hop distance (hover a row).
          </p>
          <div className="candidate-charts">
            {(['CodeFunction', 'CodeClass'] as const).map((type) => (
              <CandidateBars
                key={type}
                title={type === 'CodeFunction' ? 'Functions' : 'Classes'}
                color={COLORS[type]}
                available={candidates.filter((c) => c.type === type).length}
                rows={rows(type)}
                temperature={temperature}
                empty={`No ${type === 'CodeFunction' ? 'function' : 'class'} candidates.`}
              />
            ))}
          </div>
        </>
      ) : error ? null : (
        <p className="note" role="status">
          Loading candidates…
        </p>
      )}
    </section>
  );
}

export function CodePreviewPanel({
  preview,
  error,
  busy,
}: {
  preview: import('@/lib/codebase/sampling-math').CodePreview | undefined;
  error: Error | null;
  busy: boolean;
}) {
  return (
    <section className="panel" aria-labelledby="code-preview-heading" aria-busy={busy}>
      <div className="section-head">
        <h2 id="code-preview-heading">Preview</h2>
        {busy ? (
          <span className="note" role="status">
            Sampling…
          </span>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="error-message">
          Could not preview: {error.message}
        </p>
      ) : null}
      {preview ? (
        <>
          <div className="metric-grid" aria-label="Preview metrics">
            <Metric
              label="Distinct combinations"
              value={ratio(preview.summary.distinctRatio)}
              note={`of ${preview.summary.combinations}`}
            />
            <Metric label="Usage entropy" value={preview.summary.entropy.toFixed(3)} note="normalized, 0 to 1" />
            <Metric
              label="Coverage"
              value={ratio(preview.summary.coverage)}
              note={`${preview.summary.featuresUsed} of ${preview.summary.candidatesAvailable} candidates used`}
            />
            <Metric
              label="Short samples"
              value={String(preview.summary.shortCombinations)}
              note="fewer candidates than asked"
            />
          </div>
          <div className="preview-scroll">
            <table className="table preview-table" aria-label="Preview samples">
              <caption>
                {preview.items.length} samples from {preview.start.qualname} · {preview.complexity} APIs · T ={' '}
                {preview.temperature} · seed {preview.seed}
              </caption>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">APIs, in draw order</th>
                </tr>
              </thead>
              <tbody>
                {preview.items.map((item) => (
                  <tr key={item.index} data-short={item.short || undefined}>
                    <td>
                      {item.index + 1}
                      {item.short ? (
                        <span className="badge-short" title="Fewer candidates than requested; not padded">
                          short
                        </span>
                      ) : null}
                    </td>
                    <td>
                      <ul className="feature-list" aria-label={`Sample ${item.index + 1}`}>
                        {item.apis.map((api) => (
                          <li
                            key={api.key}
                            style={{ borderColor: COLORS[api.type] }}
                            title={`${api.qualname} · ${TYPE_TITLE[api.type]} · P_T ${percent(api.pT)}`}
                          >
                            {localName(api)}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : error ? null : (
        <p className="note" role="status">
          Sampling the first preview…
        </p>
      )}
    </section>
  );
}

export function CodeChainPanel({
  chain,
  error,
  busy,
  length,
  onLength,
}: {
  chain: import('@/lib/codebase/sampling-math').CodeChain | null | undefined;
  error: Error | null;
  busy: boolean;
  length: number;
  onLength(length: number): void;
}) {
  const lengths = Array.from(
    { length: CODE_CHAIN_LENGTH.max - CODE_CHAIN_LENGTH.min + 1 },
    (_, i) => CODE_CHAIN_LENGTH.min + i,
  );
  return (
    <section className="panel" aria-labelledby="code-chain-heading" aria-busy={busy}>
      <div className="section-head">
        <h2 id="code-chain-heading">Chain</h2>
        <div className="segmented" role="radiogroup" aria-label="Chain length">
          {lengths.map((n) => (
            <label key={n}>
              <input type="radio" name="chain-length" value={n} checked={n === length} onChange={() => onLength(n)} />
              {n} calls
            </label>
          ))}
        </div>
      </div>
      {error ? (
        <p role="alert" className="error-message">
          Could not sample a chain: {error.message}
        </p>
      ) : null}
      {chain === null ? (
        <p className="note" role="status">
          No chain of {length} calls starts here: no sequence where each result is a class the next call takes.
        </p>
      ) : chain ? (
        <ol className="code-chain" aria-label={`Chain of ${chain.links.length} calls`}>
          {chain.links.map((link) => (
            <li key={link.fn.key}>
              <code>{link.fn.signature ?? link.fn.qualname}</code>
              <span className="muted"> {link.fn.qualname}</span>
              {link.feeds ? (
                <p className="note">
                  returns {link.feeds.className} → passed as <code>{link.feeds.param}</code>
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

/** While no start is chosen: the codebase's most connected classes, one click each. */
export function SuggestedStarts({ codebase, onChoose }: { codebase: string; onChoose: (start: string) => void }) {
  const suggested = useQuery({ ...codeSuggestedStartsQuery(codebase), enabled: Boolean(codebase) });
  const nodes = suggested.data?.nodes ?? [];
  return (
    <section className="panel note code-suggested-starts" role="status" aria-label="Suggested starts">
      <p>
        Choose a start class or function to see its candidates
        {nodes.length > 0 ? ', or start from one of the most connected classes:' : '.'}
      </p>
      {nodes.length > 0 ? (
        <ul className="code-suggested-list">
          {nodes.map((node) => (
            <li key={node.key}>
              <button type="button" className="link" onClick={() => onChoose(node.key)} title={node.qualname}>
                {node.name}
              </button>{' '}
              <span className="muted">{node.degree} links</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
