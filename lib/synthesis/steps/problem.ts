import 'server-only';
import { chatJson } from '../../llm/client';
import type { ProblemReply } from '../../llm/schemas';
import { featureFlags } from '../feature-check';
import { assembleStatement, problemRequest } from '../requests';
import type { SelectOutput } from './select';
import type { ItemStep } from './step';

/** The problem the LLM wrote for the combination: a self-contained task that needs every feature. */
export const problemStep: ItemStep<ProblemReply, { select: SelectOutput }> = {
  name: 'problem',
  needs: ['select'],
  taskFor: () => 'synthesize',
  checkpoint: true,
  async run({ call }, { select }) {
    const reply = await chatJson({
      ...problemRequest({ scenario: select.scenario, features: select.features }),
      ...call,
    });
    return { output: reply.data, usage: [reply.usage] };
  },
  stores(problem, { select }) {
    const statement = assembleStatement(problem);
    const checked = [
      { id: `Scenario:${select.scenario.key}`, name: select.scenario.name },
      ...select.features.map((f) => ({ id: f.id, name: f.name })),
    ];
    const flags = featureFlags(`${problem.title}\n${statement}`, checked);
    return { fields: { title: problem.title, statement, flags }, flagged: flags.length > 0 ? 1 : 0 };
  },
};
