export type StepState = 'done' | 'next' | 'later';

/** What the start-here path needs to know about the stored data. */
export interface PathFacts {
  documents: number;
  batches: number;
  /** Problems approved or rejected. */
  reviewed: number;
  pending: number;
}

/**
 * Which step of the path is done, which one is next, and which come later. Explore and Sampler leave
 * nothing stored, so they count as done once a batch exists (the user has been through them).
 */
export function stepStates(facts: PathFacts): Record<'ingest' | 'explore' | 'sample' | 'launch' | 'review', StepState> {
  const done = {
    ingest: facts.documents > 0,
    explore: facts.batches > 0,
    sample: facts.batches > 0,
    launch: facts.batches > 0,
    review: facts.reviewed > 0 && facts.pending === 0,
  };
  const order = ['ingest', 'explore', 'sample', 'launch', 'review'] as const;
  const next = order.find((step) => !done[step]);
  return Object.fromEntries(
    order.map((step) => [step, done[step] ? 'done' : step === next ? 'next' : 'later']),
  ) as Record<(typeof order)[number], StepState>;
}
