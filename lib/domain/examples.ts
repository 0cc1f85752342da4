/**
 * Executed examples (issue 15, Case2Code): input → output pairs observed by running a problem's
 * verified solution in the sandbox, never taken from a model's claims. Pure: the runner, the review
 * page and the export all render them from here.
 */

/** How an input is given: keyword arguments of the entry function, or a program's stdin. */
export type ExampleMode = 'kwargs' | 'stdin';

export interface ExecutedExample {
  /** The JSON text of the keyword arguments, or the stdin text. */
  input: string;
  /** repr() of the returned value (the program's stdout in stdin mode); null when it raised. */
  output: string | null;
  /** The exception it raised, when that is what the statement promises. */
  error: { type: string; message: string } | null;
}

/** Why inputs were dropped, counted per reason. */
export const DROP_REASONS = [
  'invalid_input',
  'signature_mismatch',
  'violates_constraints',
  'nondeterministic',
  'too_large',
  'timeout',
  'crashed',
  'duplicate',
] as const;
export type DropReason = (typeof DROP_REASONS)[number];

export const DROP_LABELS: Readonly<Record<DropReason, string>> = {
  invalid_input: 'not a JSON object of arguments',
  signature_mismatch: 'did not match the signature',
  violates_constraints: 'crashed the solution (broke the constraints)',
  nondeterministic: 'gave different outputs in two runs',
  too_large: 'output over the size limit',
  timeout: 'ran past the per-input time limit',
  crashed: 'killed the process',
  duplicate: 'repeated an earlier input',
};

/** The least examples a problem keeps (Case2Code's filter); fewer and it keeps none. */
export const MIN_EXAMPLES = 3;
export const DEFAULT_EXAMPLES = 8;
export const MAX_EXAMPLES = 32;

export interface ExamplesRecord {
  /** kept: the examples passed the filter; none: the problem keeps no examples, `reason` says why. */
  status: 'kept' | 'none';
  reason: string | null;
  mode: ExampleMode;
  /** The function called (kwargs mode). */
  entry: string | null;
  /** Inputs asked for and inputs the model returned. */
  asked: number;
  returned: number;
  examples: ExecutedExample[];
  dropped: Partial<Record<DropReason, number>>;
  /** Kept examples whose observed output differs from what the model claimed it would be. */
  claimsWrong: number;
  fingerprint: string;
  unsandboxed: boolean;
  durationMs: number;
  generatedAt: number;
}

/** A JSON value written as a Python literal (true → True, null → None …). */
export function pythonLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'None';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(pythonLiteral).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>);
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${pythonLiteral(v)}`).join(', ')}}`;
}

/** The call an example makes, as Python: `name(a=1, b=[2])`. */
export function callText(entry: string, input: string): string {
  let args: Record<string, unknown>;
  try {
    args = JSON.parse(input) as Record<string, unknown>;
  } catch {
    return `${entry}(${input})`;
  }
  return `${entry}(${Object.entries(args)
    .map(([k, v]) => `${k}=${pythonLiteral(v)}`)
    .join(', ')})`;
}

/** What an example gives, as one line: the output, or `raises Type: message`. */
export function outcomeText(example: ExecutedExample): string {
  if (example.error) return `raises ${example.error.type}${example.error.message ? `: ${example.error.message}` : ''}`;
  return example.output ?? '';
}

const fence = (text: string, lang = '') => {
  const ticks = text.includes('```') ? '````' : '```';
  return `${ticks}${lang}\n${text.replace(/\n$/, '')}\n${ticks}`;
};

/** The statement's "Examples" section (markdown); empty when the problem keeps none. */
export function examplesMarkdown(record: Pick<ExamplesRecord, 'status' | 'mode' | 'entry' | 'examples'>): string {
  if (record.status !== 'kept' || record.examples.length === 0) return '';
  const lines = ['## Examples', ''];
  const entry = record.entry;
  if (record.mode === 'kwargs' && entry) {
    const calls = record.examples.map((example) => `>>> ${callText(entry, example.input)}\n${outcomeText(example)}`);
    return [...lines, fence(calls.join('\n\n'), 'python')].join('\n');
  }
  record.examples.forEach((example, i) => {
    {
      lines.push(
        `Example ${i + 1}. Input:`,
        '',
        fence(example.input),
        '',
        'Output:',
        '',
        fence(outcomeText(example)),
        '',
      );
    }
  });
  return lines.join('\n').trimEnd();
}

/** Parses a stored examples record (a Problem's `examples` property); null when absent or unreadable. */
export function parseExamples(text: string | null | undefined): ExamplesRecord | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as ExamplesRecord;
    return value && Array.isArray(value.examples) ? value : null;
  } catch {
    return null;
  }
}

/** The statement as exported and as a solver reads it: the stored statement, then its Examples section. */
export function statementWithExamples(statement: string, examples: string | null | undefined): string {
  const record = parseExamples(examples);
  const section = record ? examplesMarkdown(record) : '';
  return section ? `${statement.trimEnd()}\n\n${section}` : statement;
}
