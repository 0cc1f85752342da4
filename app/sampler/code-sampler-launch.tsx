'use client';

import { CodebaseLaunch } from '@/components/batches/codebase-launch';
import { CodeSamplerWorkbench } from '@/components/sampler/code-sampler-workbench';

/** The Sampler's codebase mode with its launch slot filled: a codebase batch from the Sampler's codebase, T, complexity and seed. */
export function CodeSamplerWithLaunch() {
  return (
    <CodeSamplerWorkbench
      launch={(view) => (
        <CodebaseLaunch
          from={{
            codebase: view.codebase,
            temperature: view.temperature,
            complexity: view.complexity,
            seed: view.seed,
          }}
        />
      )}
    />
  );
}
