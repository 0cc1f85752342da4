import { callText, outcomeText, pythonLiteral, type ExecutedExample } from './examples';

/**
 * Case2Code tasks (issue 15): "here are input/output pairs; write the function that produces them".
 * The statement is one of a few templates (the paper uses 13), chosen per function so a dataset mixes
 * them; the pairs are outputs observed by running the real function in the sandbox.
 */
export const CASE2CODE_TEMPLATES: readonly ((name: string, pairs: string) => string)[] = [
  (name, pairs) =>
    `The Python function \`${name}\` produced the results below for these calls. Write an implementation of \`${name}\` that reproduces them, including the errors it raises.\n\n${pairs}`,
  (name, pairs) =>
    `Work out what \`${name}\` does from how it behaves, and implement it in Python.\n\n${pairs}\n\nYour \`${name}\` must give the same result for every call above.`,
  (name, pairs) =>
    `Below are calls to a Python function and what each call returned or raised. Write the function \`${name}\`.\n\n${pairs}`,
  (name, pairs) =>
    `A colleague's \`${name}\` function was lost, but these recorded calls survived:\n\n${pairs}\n\nRewrite \`${name}\` so that it behaves the same way.`,
  (name, pairs) => `Write \`${name}\` in Python. It must satisfy these examples exactly:\n\n${pairs}`,
];

/** Which template a function's task uses: stable for a (function, seed), spread over all templates. */
export function templateIndex(functionKey: string, seed: number): number {
  let h = 2166136261 ^ seed;
  for (let i = 0; i < functionKey.length; i += 1) h = Math.imul(h ^ functionKey.charCodeAt(i), 16777619);
  return (h >>> 0) % CASE2CODE_TEMPLATES.length;
}

/** How many of n kept pairs a task shows: at most `shown`, and always one or more held back. */
export const shownCount = (n: number, shown: number) => Math.max(1, Math.min(shown, n - 1));

/** The pairs as a doctest-style block. */
export function pairsBlock(entry: string, pairs: readonly ExecutedExample[]): string {
  const calls = pairs.map((pair) => `>>> ${callText(entry, pair.input)}\n${outcomeText(pair)}`);
  return `\`\`\`python\n${calls.join('\n\n')}\n\`\`\``;
}

export function case2codeStatement(entry: string, shown: readonly ExecutedExample[], template: number): string {
  return CASE2CODE_TEMPLATES[template % CASE2CODE_TEMPLATES.length]!(entry, pairsBlock(entry, shown));
}

/**
 * A pytest file that checks a solution against held-back pairs: the same repr for a returned value, the
 * same exception type and message for a raised one.
 */
export function heldBackTests(entry: string, held: readonly ExecutedExample[]): string {
  const lines = ['import pytest', '', `from solution import ${entry}`, ''];
  held.forEach((pair, i) => {
    const args = JSON.parse(pair.input) as Record<string, unknown>;
    const call = `${entry}(${Object.entries(args)
      .map(([k, v]) => `${k}=${pythonLiteral(v)}`)
      .join(', ')})`;
    lines.push('', `def test_held_back_pair_${i + 1}():`);
    if (pair.error)
      lines.push(
        '    with pytest.raises(Exception) as raised:',
        `        ${call}`,
        `    assert type(raised.value).__name__ == ${JSON.stringify(pair.error.type)}`,
        `    assert str(raised.value) == ${JSON.stringify(pair.error.message)}`,
      );
    else lines.push(`    assert repr(${call}) == ${JSON.stringify(pair.output ?? '')}`);
    lines.push('');
  });
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n\n')}\n`;
}
