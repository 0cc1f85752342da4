'use client';

import { useQuery } from '@tanstack/react-query';
import type { PromptPreviewRequestInput } from '@/lib/schemas/batch';
import type { PromptPreviewItem } from '@/lib/synthesis/types';
import { FeatureLinks } from '@/components/shared/element-links';
import { formatModels, PromptHashes } from '@/components/shared/provenance';
import { Dialog } from '@/components/ui/dialog';
import { promptsQuery } from './queries';

function PreviewItem({ item }: { item: PromptPreviewItem }) {
  return (
    <article className="prompt-item" aria-label={`Prompts of item ${item.index}`}>
      <h3>
        Item {item.index}: {item.scenario.name}
      </h3>
      <FeatureLinks features={item.features} label={`Features of item ${item.index}`} />
      {item.steps.map((step) => (
        <section key={step.step} className="prompt-step" aria-label={`Step ${step.step} of item ${item.index}`}>
          <h4>{step.step} step</h4>
          {step.note ? <p className="note">{step.note}</p> : null}
          {step.messages.map((message, i) => (
            <div key={i} className="prompt-message">
              <span className={`prompt-role ${message.role}`}>{message.role}</span>
              <pre className="doc-text">{message.content}</pre>
            </div>
          ))}
        </section>
      ))}
    </article>
  );
}

/** A modal with the exact messages the first items would send (computed on the server; no model is called). */
export function PromptPreviewDialog({
  body,
  open,
  onClose,
}: {
  body: PromptPreviewRequestInput;
  open: boolean;
  onClose(): void;
}) {
  const preview = useQuery({ ...promptsQuery(body), enabled: open });

  const data = preview.data;
  return (
    <Dialog open={open} className="prompt-dialog" aria-labelledby="prompt-dialog-heading" onClose={onClose}>
      <div className="section-head">
        <h2 id="prompt-dialog-heading">Prompts of the first {body.items ?? 3} items</h2>
        <button type="button" className="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
      <p className="note">
        A dry run: these are the exact messages the batch would send; no model is called and no tokens are spent.
      </p>
      {preview.isFetching && !data ? <p role="status">Building prompts…</p> : null}
      {preview.error ? (
        <p role="alert" className="error-message">
          Could not build the prompts: {preview.error.message}
        </p>
      ) : null}
      {data ? (
        <>
          {!data.llm.configured ? (
            <p className="notice notice-warn">{data.llm.message ?? 'No LLM endpoint is configured.'}</p>
          ) : null}
          <p className="note">
            Models: {formatModels(data.models)} · prompt hashes <PromptHashes hashes={data.promptHashes} />
          </p>
          {data.items.map((item) => (
            <PreviewItem key={item.index} item={item} />
          ))}
        </>
      ) : null}
    </Dialog>
  );
}
