import Link from 'next/link';
import { ELEMENT_TYPE_INFO } from '@/lib/domain/element-types';
import { FEATURE_TYPES } from '@/lib/sampling/complexity';
import type { BatchDetail } from '@/lib/synthesis/types';
import { exploreHref } from '@/components/shared/element-links';
import { ProvenanceTerms } from '@/components/shared/provenance';
import { formatCount } from '@/components/ui/format';
import { Term } from '@/components/ui/term';

/** The batch's parameters, models and prompt hashes, with a link back to the Sampler. */
export function BatchParams({ batch }: { batch: BatchDetail }) {
  const p = batch.params;
  const weighting = `weighted ${p.weighting === 'docCount' ? 'by document count' : 'uniformly'}`;
  if (p.kind === 'codebase' && p.codebase)
    return (
      <section className="panel" aria-labelledby="params-heading">
        <div className="section-head">
          <h2 id="params-heading">Parameters</h2>
        </div>
        <dl className="param-list">
          <Term label="Kind">Codebase tasks (UCD-Training)</Term>
          <Term label="Codebase">
            <Link href={`/explore?graph=${encodeURIComponent(`codebase:${p.codebase.key}`)}`}>{p.codebase.key}</Link>
          </Term>
          <Term label="Families">
            {p.codebase.families.relation} relation · {p.codebase.families.compositional} compositional ·{' '}
            {p.codebase.families.utilization} utilization, interleaved in an order drawn from the seed
          </Term>
          <Term label="Seed">{p.seed}</Term>
          <Term label="Chain length">{p.codebase.chainLength} APIs per compositional task</Term>
          <Term label="Temperature · complexity">
            {p.codebase.temperature} · {p.codebase.complexity} APIs per utilization task
          </Term>
          <Term label="Verification">
            relation answers by construction (read from the graph); code answers in the sandbox, the codebase importable
            read-only
          </Term>
          <Term label="Token budget">{batch.maxTokens === null ? 'none' : formatCount(batch.maxTokens)}</Term>
          <ProvenanceTerms models={batch.models} hashes={batch.promptHashes} />
        </dl>
      </section>
    );
  if (p.kind === 'case2code' && p.case2code)
    return (
      <section className="panel" aria-labelledby="params-heading">
        <div className="section-head">
          <h2 id="params-heading">Parameters</h2>
        </div>
        <dl className="param-list">
          <Term label="Kind">Case2Code: tasks made from real functions</Term>
          <Term label="Functions">{formatCount(p.case2code.functions.length)}, in an order drawn from the seed</Term>
          <Term label="Seed">{p.seed}</Term>
          <Term label="Inputs per function">{p.case2code.inputs}, each run twice in the sandbox</Term>
          <Term label="Pairs shown (k)">{p.case2code.shown}; the rest are held back and verify the answer</Term>
          <Term label="Token budget">{batch.maxTokens === null ? 'none' : formatCount(batch.maxTokens)}</Term>
          <ProvenanceTerms models={batch.models} hashes={batch.promptHashes} />
        </dl>
      </section>
    );
  return (
    <section className="panel" aria-labelledby="params-heading">
      <div className="section-head">
        <h2 id="params-heading">Parameters</h2>
        <Link className="button" href={`/sampler?${batch.samplerQuery}`}>
          Open in Sampler
        </Link>
      </div>
      <dl className="param-list">
        <Term label="Scenarios">
          {p.selection === 'all' ? (
            `all, ${weighting}`
          ) : (
            <>
              {p.scenarios.map((key, i) => (
                <span key={key}>
                  {i > 0 ? ', ' : ''}
                  <Link href={exploreHref(`Scenario:${key}`)}>{key}</Link>
                </span>
              ))}
              {p.scenarios.length > 1 ? ` (${weighting})` : ''}
            </>
          )}
        </Term>
        <Term label="Complexity">
          {FEATURE_TYPES.map((type) => `${ELEMENT_TYPE_INFO[type].short} ${p.counts[type]}`).join(', ')}
        </Term>
        <Term label="Temperature">T = {p.temperature}</Term>
        <Term label="Hop mix">λ = {p.lambda}</Term>
        <Term label="Strategy">{p.strategy}</Term>
        <Term label="Seed">{p.seed}</Term>
        <Term label="Items">{formatCount(p.count)}</Term>
        <Term label="Verification">
          {p.verify?.enabled
            ? `on, k = ${p.verify.attempts} attempts per problem`
            : p.verify
              ? 'verification off'
              : 'verification off (launched before verification existed)'}
        </Term>
        <Term label="Executed examples">
          {p.verify?.enabled && (p.verify.examples ?? 0) > 0
            ? `up to ${p.verify.examples} per verified problem`
            : 'none'}
        </Term>
        <Term label="Token budget">{batch.maxTokens === null ? 'none' : formatCount(batch.maxTokens)}</Term>
        <ProvenanceTerms models={batch.models} hashes={batch.promptHashes} />
      </dl>
    </section>
  );
}
