import 'server-only';
import { withFreshDrawer } from '../batch-context';
import { pickWithLlm, type SelectionRecord } from '../../sampler/llm-select';
import type { CombinationFeature } from '../types';
import type { ItemStep } from './step';

/** The item's combination: its random draw, or (llm strategy) the LLM's pick among the candidates. */
export interface SelectOutput {
  scenario: { key: string; name: string };
  features: CombinationFeature[];
  coherence: number | null;
  selection: SelectionRecord | null;
}

export const selectStep: ItemStep<SelectOutput, Record<never, never>> = {
  name: 'select',
  needs: [],
  taskFor: (params) => (params.strategy === 'llm' ? 'select' : null),
  // The draw is repeatable from (seed, index); an llm pick is stored with the problem soon after.
  checkpoint: false,
  async run({ context, index, ahead, call }) {
    const draw = ahead?.draw ?? (await withFreshDrawer(context, (drawer) => drawer.draw(index)));
    let combination = draw.combination;
    let selection: SelectionRecord | null = null;
    const usage = [];
    if (context.params.strategy === 'llm') {
      const pick = await pickWithLlm(draw.prepared, context.params.counts, draw.combination, call);
      combination = pick.combination;
      selection = pick.selection;
      if (pick.usage) usage.push(pick.usage);
    }
    // If the graph changed under the batch, the combination stays and is scored on the new graph.
    const scored =
      ahead && combination === draw.combination
        ? ahead.scored
        : await withFreshDrawer(context, (drawer) => drawer.score(draw, combination));
    const features = combination.features.map((f) => ({
      id: `${f.type}:${f.key}`,
      type: f.type,
      key: f.key,
      name: f.name,
    }));
    return { output: { scenario: draw.scenario, features, coherence: scored.coherence, selection }, usage };
  },
  stores: ({ scenario, features, coherence, selection }) => ({
    fields: {
      scenarioKey: scenario.key,
      scenarioName: scenario.name,
      coherence,
      features: JSON.stringify(features),
      selection: selection ? JSON.stringify(selection) : null,
    },
    uses: [
      { type: 'Scenario', key: scenario.key, role: 'scenario', position: 0 },
      ...features.map((f, i) => ({ type: f.type, key: f.key, role: 'feature' as const, position: i + 1 })),
    ],
    fallbacks: selection?.by === 'random' ? 1 : 0,
  }),
};
