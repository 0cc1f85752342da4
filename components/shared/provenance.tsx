import { Term } from '@/components/ui/term';

/** "task = model, …" for the models a batch or a problem used. */
export function formatModels(models: Partial<Record<string, string>>): string {
  const entries = Object.entries(models).filter((e): e is [string, string] => typeof e[1] === 'string');
  return entries.length === 0 ? '—' : entries.map(([task, model]) => `${task} = ${model}`).join(', ');
}

/** Prompt hashes per step, shortened (the full hash is the tooltip). */
export function PromptHashes({ hashes }: { hashes: Partial<Record<string, string>> }) {
  const entries = Object.entries(hashes).filter((e): e is [string, string] => typeof e[1] === 'string');
  if (entries.length === 0) return <>—</>;
  return (
    <span className="hashes">
      {entries.map(([step, hash]) => (
        <span key={step} title={hash}>
          {step} <code>{hash.slice(0, 12)}</code>
        </span>
      ))}
    </span>
  );
}

/** The models and prompt hashes behind a batch or a problem. */
export function ProvenanceTerms({
  models,
  hashes,
}: {
  models: Partial<Record<string, string>>;
  hashes: Partial<Record<string, string>>;
}) {
  return (
    <>
      <Term label="Models">{formatModels(models)}</Term>
      <Term label="Prompt hashes">
        <PromptHashes hashes={hashes} />
      </Term>
    </>
  );
}
