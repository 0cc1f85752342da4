// Every page that reads data while rendering on the server checks who is looking first (requirePageAccess):
// a client-side navigation does not render the root layout anew, so the layout's own sign-in redirect does
// not cover it. Found on the filesystem, so a new page is covered the day it is added.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

const DATA_MODULES =
  /from '@\/lib\/(graph|review|synthesis|sampler|extraction|duplicates|verification|db|llm|auth\/(users|tokens))\//;

function pages(): string[] {
  const root = path.join(process.cwd(), 'app');
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'page.tsx')
    .map((entry) => path.join(entry.parentPath, entry.name));
}

test('pages that read data on the server call requirePageAccess', () => {
  const readers = pages().filter((file) => DATA_MODULES.test(readFileSync(file, 'utf8')));
  assert.ok(readers.length >= 3, `only ${readers.length} data-reading pages found`);
  for (const file of readers)
    assert.match(readFileSync(file, 'utf8'), /await requirePageAccess\(/, `${path.relative(process.cwd(), file)}`);
});
