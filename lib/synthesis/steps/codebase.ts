import 'server-only';
import { getDriver, readQuery } from '../../db/driver';
import { ClassifiedError, NotFoundError } from '../../domain/errors';
import { codeStarts, sampleCodeApis, sampleCodeChain, type CodeApiRef } from '../../codebase/sampling';
import { chatJson } from '../../llm/client';
import { mulberry32, itemSeed } from '../../sampling/prng';
import { verificationFields, type Verification } from '../../verification/verify-problem';
import { byConstruction, verifyCodebaseAnswer } from '../../verification/codebase-answer';
import {
  RELATIONS,
  relationAnswerText,
  relationRequest,
  relationSlot,
  relationStatement,
  relationText,
  taskRequest,
  usesOf,
  type CodeSelection,
} from '../codebase-items';
import type { CodebaseParams } from '../types';
import type { ItemStep } from './step';

/**
 * The steps of a codebase item (issue 16, UCD-Training): what the code graph gives it (select: a relation
 * fact with its exact answer, a RETURNS → ACCEPTS chain, or a sample of APIs), the model's question or task
 * (problem), the answer (the graph's for a relation, the model's code otherwise) and its verification (by
 * construction for a relation; otherwise the answer against its tests in the sandbox, with the codebase's
 * own files importable read-only under /task/lib).
 */

function paramsOf(params: { codebase?: CodebaseParams }): CodebaseParams {
  if (!params.codebase) throw new NotFoundError('this batch has no codebase parameters');
  return params.codebase;
}

function seededOrder<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const random = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

async function selectRelation(codebase: CodebaseParams, batchSeed: number, index: number): Promise<CodeSelection> {
  const slot = relationSlot(codebase.plan, index);
  // The slot's relation first; a codebase without facts of that kind falls through to the next kind.
  for (let k = 0; k < RELATIONS.length; k += 1) {
    const at = (RELATIONS.indexOf(slot.relation) + k) % RELATIONS.length;
    const relation = RELATIONS[at]!;
    const rows = await readQuery('synthesis/codebase-relations', { codebase: codebase.key, relation });
    if (rows.length === 0) continue;
    // The subjects in one seeded order per (batch, relation): the j-th question of a kind takes the j-th subject.
    const row = seededOrder(rows, itemSeed(batchSeed, 1_000_000 + at))[slot.pick % rows.length]!;
    const answer = [...row.answer].sort((a, b) => (a.qualname < b.qualname ? -1 : a.qualname > b.qualname ? 1 : 0));
    return { family: 'relation', codebase: codebase.key, relation, subject: row.subject, answer };
  }
  throw new ClassifiedError('codebase_empty', `codebase ${codebase.key} has no relation to ask about`);
}

async function selectChain(codebase: CodebaseParams, seed: number): Promise<CodeSelection> {
  const chain = await sampleCodeChain(getDriver(), {
    codebase: codebase.key,
    length: codebase.chainLength,
    temperature: codebase.temperature,
    seed,
  });
  if (!chain || chain.links.length < 2)
    throw new ClassifiedError(
      'no_chain',
      `codebase ${codebase.key} has no chain of ${codebase.chainLength} functions in which each result feeds the next (RETURNS → ACCEPTS)`,
    );
  return { family: 'compositional', codebase: codebase.key, chain: chain.links };
}

async function selectApis(codebase: CodebaseParams, seed: number): Promise<CodeSelection> {
  const starts = await codeStarts(getDriver(), codebase.key);
  if (starts.length === 0)
    throw new ClassifiedError('codebase_empty', `codebase ${codebase.key} has no public class or function`);
  const start = starts[Math.floor(mulberry32(seed)() * starts.length)]!;
  const sample = await sampleCodeApis(getDriver(), {
    codebase: codebase.key,
    start: start.key,
    temperature: codebase.temperature,
    complexity: codebase.complexity,
    seed,
  });
  const apis: CodeApiRef[] = sample.apis
    .filter((api) => api.key !== sample.start.key)
    .map(({ type, key, qualname, name, signature, module }) => ({ type, key, qualname, name, signature, module }));
  if (apis.length === 0)
    throw new ClassifiedError('no_apis', `the sample from ${start.qualname} in ${codebase.key} drew no other API`);
  return { family: 'utilization', codebase: codebase.key, start: sample.start, apis };
}

export const codebaseSelectStep: ItemStep<CodeSelection, Record<never, never>> = {
  name: 'select',
  needs: [],
  taskFor: () => null,
  checkpoint: false,
  async run({ context, index }) {
    const codebase = paramsOf(context.params);
    const family = codebase.plan[index];
    if (family === undefined) throw new NotFoundError(`codebase item ${index} has no family`);
    const seed = itemSeed(context.params.seed, index);
    const output =
      family === 'relation'
        ? await selectRelation(codebase, context.params.seed, index)
        : family === 'compositional'
          ? await selectChain(codebase, seed)
          : await selectApis(codebase, seed);
    return { output, usage: [] };
  },
  stores: (selection) => ({
    fields: {
      kind: 'codebase',
      family: selection.family,
      codebaseKey: selection.codebase,
      codeSelection: JSON.stringify(selection),
      scenarioKey: '',
      scenarioName: `Codebase · ${selection.family}`,
      coherence: null,
      features: '[]',
      selection: null,
    },
    uses: usesOf(selection),
  }),
};

/** The problem step's output: the statement, and for a task the model's code and tests. */
export interface CodebaseProblem {
  title: string;
  statement: string;
  code: string | null;
  tests: string | null;
  explanation: string | null;
}

export const codebaseProblemStep: ItemStep<CodebaseProblem, { select: CodeSelection }> = {
  name: 'problem',
  needs: ['select'],
  taskFor: () => 'synthesize',
  checkpoint: true,
  async run({ call }, { select }) {
    if (select.family === 'relation') {
      const reply = await chatJson({ ...relationRequest(select), ...call });
      return {
        output: {
          title: reply.data.title,
          statement: relationStatement(reply.data.question, select),
          code: null,
          tests: null,
          explanation: null,
        },
        usage: [reply.usage],
      };
    }
    const reply = await chatJson({ ...taskRequest(select), ...call });
    return {
      output: { ...reply.data, code: reply.data.code, tests: reply.data.tests, explanation: reply.data.explanation },
      usage: [reply.usage],
    };
  },
  stores: (problem) => ({ fields: { title: problem.title, statement: problem.statement } }),
};

export const codebaseAnswerStep: ItemStep<
  { code: string; explanation: string },
  { select: CodeSelection; problem: CodebaseProblem }
> = {
  name: 'answer',
  needs: ['select', 'problem'],
  taskFor: () => null,
  checkpoint: false,
  run: async (_item, { select, problem }) => ({
    output:
      select.family === 'relation'
        ? {
            code: relationAnswerText(select.answer),
            explanation: `Read from the code graph of ${select.codebase} (${select.relation}): ${relationText(select.relation, select.subject)} Exactly ${select.answer.length} ${select.answer.length === 1 ? 'answer' : 'answers'}.`,
          }
        : { code: problem.code ?? '', explanation: problem.explanation ?? '' },
    usage: [],
  }),
  stores: ({ code, explanation }, { select }) => ({
    fields: {
      answerCode: code,
      answerExplanation: explanation,
      ...(select.family === 'relation'
        ? { relation: select.relation, relationAnswer: JSON.stringify(select.answer.map((a) => a.qualname)) }
        : {}),
    },
  }),
};

export const codebaseVerifyStep: ItemStep<
  Verification,
  { select: CodeSelection; problem: CodebaseProblem; answer: { code: string } }
> = {
  name: 'verify',
  needs: ['select', 'problem', 'answer'],
  taskFor: () => null,
  checkpoint: false,
  async run({ runner, call }, { select, problem, answer }) {
    if (select.family === 'relation')
      return {
        output: byConstruction(
          select.codebase,
          `${select.relation} of ${select.subject.qualname}`,
          answer.code,
          runner,
        ),
        usage: [],
      };
    const verification = await verifyCodebaseAnswer(select.codebase, answer.code, problem.tests ?? '', {
      worker: runner,
      signal: call.signal,
    });
    return { output: verification, usage: [] };
  },
  stores: (verification, { select, answer }) => {
    const fields: Record<string, unknown> = { ...verificationFields(verification, answer.code), verifyRuns: 1 };
    if (select.family !== 'relation') return { fields };
    const record = JSON.parse(fields['verification'] as string) as Record<string, unknown>;
    return {
      fields: {
        ...fields,
        verification: JSON.stringify({
          ...record,
          byConstruction: (verification as { byConstruction?: string }).byConstruction,
        }),
        verifiedBy: 'construction',
      },
    };
  },
};
