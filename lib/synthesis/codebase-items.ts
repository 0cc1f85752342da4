import 'server-only';
import type { CodeApiRef, CodeChainLink } from '../codebase/sampling';
import { promptRequest } from '../llm/prompt-request';
import {
  CODEBASE_RELATION_SCHEMA_NAME,
  CODEBASE_TASK_SCHEMA_NAME,
  codebaseRelationReplySchema,
  codebaseTaskReplySchema,
} from '../llm/schemas';
import { mulberry32 } from '../sampling/prng';
import type { UseLink } from './steps/step';
import { CODE_FAMILIES, type CodeFamily } from './types';

/**
 * What a codebase item (issue 16, UCD-Training) is about, per family, and the prompts that phrase it.
 * The graph decides the content (the relation's exact answer, the chain, the APIs); the model only
 * writes the question, or the task with its answer code and tests.
 */

/** An element of an exact answer (a module for `defines`). */
export interface CodeAnswerRef {
  type: 'CodeModule' | 'CodeClass' | 'CodeFunction';
  key: string;
  qualname: string;
  name: string;
}

/** Single-hop relations a relation question asks about (cypher/synthesis/codebase-relations.cypher). */
export const RELATIONS = ['inherits', 'returns', 'defines', 'callers'] as const;
export type Relation = (typeof RELATIONS)[number];

export type CodeSelection =
  | { family: 'relation'; codebase: string; relation: Relation; subject: CodeApiRef; answer: CodeAnswerRef[] }
  | { family: 'compositional'; codebase: string; chain: CodeChainLink[] }
  | { family: 'utilization'; codebase: string; start: CodeApiRef; apis: CodeApiRef[] };

/** The families of a batch's items: each family's count, interleaved in an order drawn from the seed. */
export function planFamilies(families: Record<CodeFamily, number>, seed: number): CodeFamily[] {
  const plan = CODE_FAMILIES.flatMap((family) => Array.from({ length: families[family] }, () => family));
  const random = mulberry32(seed);
  for (let i = plan.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [plan[i], plan[j]] = [plan[j]!, plan[i]!];
  }
  return plan;
}

/** Which relation the j-th relation item of a batch asks, and which of its subjects (in the seeded order). */
export function relationSlot(plan: readonly CodeFamily[], index: number): { relation: Relation; pick: number } {
  const j = plan.slice(0, index).filter((f) => f === 'relation').length;
  return { relation: RELATIONS[j % RELATIONS.length]!, pick: Math.floor(j / RELATIONS.length) };
}

const SUBJECT_WORD: Record<Relation, string> = {
  inherits: 'class',
  returns: 'class',
  defines: 'definition',
  callers: 'function',
};

/** The relation in words, for the prompt, the review and the statement. */
export function relationText(relation: Relation, subject: CodeApiRef): string {
  switch (relation) {
    case 'inherits':
      return `Which classes of the codebase does the class \`${subject.qualname}\` directly inherit from?`;
    case 'returns':
      return `Which functions or methods of the codebase are annotated to return a \`${subject.qualname}\`?`;
    case 'defines':
      return `Which module of the codebase defines \`${subject.name}\`?`;
    case 'callers':
      return `Which functions or methods of the codebase call \`${subject.qualname}\`?`;
  }
}

/** The statement of a relation question: the model's phrasing, then the answer format we check against. */
export function relationStatement(question: string, selection: Extract<CodeSelection, { family: 'relation' }>) {
  const list = selection.relation === 'defines' ? 'the dotted module name' : 'the fully qualified names, one per line';
  return `${question.trim()}\n\nThe question is about the Python codebase \`${selection.codebase}\`. Answer with ${list}${
    selection.relation === 'defines' ? '' : ', sorted'
  }.`;
}

/** The exact answer as text: one qualified name per line, sorted. */
export function relationAnswerText(answer: readonly CodeAnswerRef[]): string {
  return answer
    .map((a) => a.qualname)
    .sort()
    .join('\n');
}

export function relationRequest(selection: Extract<CodeSelection, { family: 'relation' }>) {
  const user = [
    `Codebase: ${selection.codebase}`,
    `Relation: ${selection.relation}`,
    `Subject ${SUBJECT_WORD[selection.relation]}: ${selection.subject.qualname}`,
    ...(selection.subject.signature ? [`Signature: ${selection.subject.signature}`] : []),
    `Fact to ask about: ${relationText(selection.relation, selection.subject)}`,
    `Its exact answer (${selection.answer.length}, from the code graph): ${selection.answer.map((a) => a.qualname).join(', ')}`,
    '',
    'Phrase one question whose answer is exactly this set. Do not give the answer away.',
  ].join('\n');
  return promptRequest(
    'codebase-relation',
    'synthesize',
    user,
    codebaseRelationReplySchema,
    CODEBASE_RELATION_SCHEMA_NAME,
    0.7,
  );
}

/** How an API is described to the model: its import, signature and, in a chain, where its result goes. */
interface ApiLine {
  qualname: string;
  module: string;
  /** The name to import from the module (the class for a method). */
  import: string;
  type: CodeApiRef['type'];
  signature: string | null;
  /** Compositional: the class this link returns and the next link's parameter that receives it (null last). */
  feeds?: { param: string; className: string } | null;
}

export function apiLine(api: CodeApiRef): ApiLine {
  const local = api.qualname.startsWith(`${api.module}.`) ? api.qualname.slice(api.module.length + 1) : api.name;
  return {
    qualname: api.qualname,
    module: api.module,
    import: local.split('.')[0]!,
    type: api.type,
    signature: api.signature,
  };
}

function apisBlock(apis: ApiLine[]): string {
  return ['```json', JSON.stringify({ apis }, null, 1), '```'].join('\n');
}

export function taskRequest(selection: Exclude<CodeSelection, { family: 'relation' }>) {
  const root = selection.codebase.split('@')[0];
  if (selection.family === 'compositional') {
    const apis = selection.chain.map((link) => ({
      ...apiLine(link.fn),
      feeds: link.feeds ? { param: link.feeds.param, className: link.feeds.className } : null,
    }));
    const user = [
      `Codebase: ${selection.codebase} (import it as the package \`${root}\`; it is installed read-only)`,
      `Chain of ${apis.length} APIs, in order: the result of each is passed to the next, as the next one's parameter named in its \`feeds\`:`,
      ...apis.map(
        (a, i) =>
          `${i + 1}. ${a.qualname}: ${a.signature ?? a.qualname}${a.feeds ? ` (its result, a ${a.feeds.className}, goes on to the next call as \`${a.feeds.param}\`)` : ''}`,
      ),
      '',
      apisBlock(apis),
      '',
      'Write a task that needs the whole chain, the answer code (solution.py) and a pytest file for it.',
    ].join('\n');
    return promptRequest(
      'codebase-compositional',
      'synthesize',
      user,
      codebaseTaskReplySchema,
      CODEBASE_TASK_SCHEMA_NAME,
      0.7,
    );
  }
  const apis = [selection.start, ...selection.apis].map(apiLine);
  const user = [
    `Codebase: ${selection.codebase} (import it as the package \`${root}\`; it is installed read-only)`,
    `Start: ${selection.start.qualname}`,
    `APIs to use (several of them, the start among them):`,
    ...apis.map((a, i) => `${i + 1}. ${a.qualname}: ${a.signature ?? `class ${a.qualname}`}`),
    '',
    apisBlock(apis),
    '',
    'Write a realistic task that uses several of these APIs, the answer code (solution.py) and a pytest file for it.',
  ].join('\n');
  return promptRequest(
    'codebase-utilization',
    'synthesize',
    user,
    codebaseTaskReplySchema,
    CODEBASE_TASK_SCHEMA_NAME,
    0.7,
  );
}

/** The code elements a problem used (USES links, lib/codebase/MODEL.md). */
export function usesOf(selection: CodeSelection): UseLink[] {
  switch (selection.family) {
    case 'relation':
      return [
        { type: selection.subject.type, key: selection.subject.key, role: 'subject', position: 0 },
        ...selection.answer.map((a, i) => ({ type: a.type, key: a.key, role: 'answer' as const, position: i })),
      ];
    case 'compositional':
      return selection.chain.map((link, i) => ({ type: link.fn.type, key: link.fn.key, role: 'chain', position: i }));
    case 'utilization':
      return [
        { type: selection.start.type, key: selection.start.key, role: 'subject', position: 0 },
        ...selection.apis.map((a, i) => ({ type: a.type, key: a.key, role: 'api' as const, position: i + 1 })),
      ];
  }
}
