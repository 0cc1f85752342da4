import type { ExportFormat } from './schemas';

// Pure: one exported problem → one JSONL line, in either format.

export interface SftSource {
  title: string;
  statement: string;
  answerCode: string;
  answerExplanation: string;
  /** scenario (absent), case2code or codebase: marked on every exported line. */
  kind?: string | null;
  /** Codebase tasks: the family; a relation question's exact answer (from the code graph). */
  family?: string | null;
  answer?: string[] | null;
}

/** The user turn: the title as a heading, then the statement (markdown). */
export function userContent(problem: Pick<SftSource, 'title' | 'statement'>): string {
  const statement = problem.statement.trim();
  return problem.title && !statement.startsWith('#') ? `# ${problem.title}\n\n${statement}` : statement;
}

/** The assistant turn: the Python answer in a fenced block, then its explanation. */
export function assistantContent(problem: SftSource): string {
  // A relation question's answer is a list of names, not code.
  if (problem.answer) return problem.answer.join('\n');
  const code = `\`\`\`python\n${problem.answerCode.replace(/\s+$/, '')}\n\`\`\``;
  const explanation = problem.answerExplanation.trim();
  return explanation ? `${code}\n\n${explanation}` : code;
}

/** Chat-messages SFT form: {"messages":[{"role":"user",…},{"role":"assistant",…}]}. */
export function sftLine(problem: SftSource): string {
  return `${JSON.stringify({
    messages: [
      { role: 'user', content: userContent(problem) },
      { role: 'assistant', content: assistantContent(problem) },
    ],
    kind: problem.kind ?? 'scenario',
    ...(problem.family ? { family: problem.family } : {}),
    ...(problem.answer ? { answer: problem.answer } : {}),
  })}\n`;
}

export function jsonLine(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

export function exportFileName(
  format: ExportFormat,
  status: string,
  batch: string | undefined,
  now = new Date(),
): string {
  const stamp = now.toISOString().slice(0, 10);
  const safeBatch = batch ? `-${batch.replace(/[^A-Za-z0-9_-]+/g, '_')}` : '';
  return `problems-${status}${safeBatch}-${format}-${stamp}.jsonl`;
}
