import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

// The prompts tell the model which packages the sandbox has; they must name exactly the environment's
// own (requirements.in, less the test tooling), or answers import what is not there.
const TOOLING = new Set(['pytest', 'coverage']);

test('the problem, answer, tests and attempt prompts name exactly the sandbox packages', () => {
  const root = process.cwd();
  const packages = readFileSync(path.join(root, 'lib/sandbox/python/requirements.in'), 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean)
    .map((line) => line.split(/[=<>~! ]/)[0]!.toLowerCase())
    .filter((name) => !TOOLING.has(name));
  assert.ok(packages.length >= 6, `requirements.in lists the sandbox packages (${packages.join(', ')})`);
  for (const prompt of ['problem', 'answer', 'tests', 'attempt']) {
    const text = readFileSync(path.join(root, `lib/llm/prompts/${prompt}.md`), 'utf8').replace(/\s+/g, ' ');
    for (const name of packages) assert.ok(text.includes(name), `${prompt}.md names ${name}`);
    // No other well-known package is offered.
    for (const other of ['requests', 'matplotlib', 'torch', 'tensorflow'])
      assert.ok(!new RegExp(`\\b${other}\\b`).test(text), `${prompt}.md does not offer ${other}`);
  }
});
