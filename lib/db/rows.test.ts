import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const root = path.resolve(import.meta.dirname, '../..');

function walk(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(full, keep);
    return keep(entry.name) ? [full] : [];
  });
}

describe('typed queries', () => {
  it('every query file under cypher/ has a declared row type, and every declared name has a file', () => {
    const cypherRoot = path.join(root, 'cypher');
    // cypher/schema/ is applied as a folder (applySchema), never by name.
    const files = walk(cypherRoot, (f) => f.endsWith('.cypher'))
      .map((f) => path.relative(cypherRoot, f).slice(0, -'.cypher'.length))
      .filter((name) => !name.startsWith('schema/'))
      .sort();
    const registries = ['lib', 'scripts', 'tests', 'test-support']
      .flatMap((dir) => {
        try {
          return walk(path.join(root, dir), (f) => f === 'rows.ts');
        } catch {
          return [];
        }
      })
      .map((f) => readFileSync(f, 'utf8'));
    const declared = registries.flatMap((text) => {
      const body = text.slice(text.indexOf('interface QueryRows'));
      return [...body.matchAll(/^\s+'([a-z0-9/-]+)':/gm)].map((m) => m[1]!);
    });
    assert.ok(files.length > 50, `expected the query files, found ${files.length}`);
    assert.equal(new Set(declared).size, declared.length, 'a query is declared twice');
    assert.deepEqual([...declared].sort(), files);
  });
});
