import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EnvError, parseEnv } from './env';
import { envSchema } from './env-schema';

function problemsOf(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source);
  } catch (error) {
    assert.ok(error instanceof EnvError);
    return error.problems;
  }
  assert.fail('expected an EnvError');
}

describe('parseEnv', () => {
  it('defaults to the embedded local Neo4j', () => {
    const env = parseEnv({});
    assert.equal(env.neo4jIsLocal, true);
    assert.equal(env.neo4jUri, 'bolt://127.0.0.1:7687');
    assert.equal(env.PORT, 3000);
    assert.equal(env.NEO4J_LOCAL_DATA_DIR, '.data/neo4j');
  });

  it('uses NEO4J_URI when set, for every supported scheme', () => {
    for (const uri of [
      'bolt://db:7687',
      'neo4j://cluster:7687',
      'neo4j+s://abc.databases.neo4j.io',
      'bolt+ssc://self-signed:7687',
    ]) {
      const env = parseEnv({ NEO4J_URI: uri });
      assert.equal(env.neo4jIsLocal, false);
      assert.equal(env.neo4jUri, uri);
    }
    assert.equal(parseEnv({ NEO4J_URI: '' }).neo4jIsLocal, true, 'an empty value means unset');
  });

  it('names every bad variable', () => {
    const problems = problemsOf({ NEO4J_URI: 'http://db:7474', NEO4J_LOCAL_PORT: 'seven', PORT: '0' });
    assert.equal(problems.length, 3);
    assert.match(
      problems.find((p) => p.startsWith('NEO4J_URI'))!,
      /must be a Neo4j URI/,
    );
    assert.match(
      problems.find((p) => p.startsWith('NEO4J_LOCAL_PORT'))!,
      /must be a number.*"seven"/,
    );
    assert.match(
      problems.find((p) => p.startsWith('PORT'))!,
      /between 1 and 65535/,
    );
  });
});

describe('the one environment', () => {
  const root = path.resolve(import.meta.dirname, '..');

  it("README's configuration table lists exactly the schema's variables", () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const section = readme.slice(
      readme.indexOf('## Configuration'),
      readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1),
    );
    const documented = [...section.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((m) => m[1]);
    assert.ok(documented.length > 20, `expected the configuration table, found ${documented.length} rows`);
    assert.deepEqual([...documented].sort(), Object.keys(envSchema.shape).sort());
    assert.equal(new Set(documented).size, documented.length, 'a variable is listed twice');
  });

  it('defaults and bounds come from the schema', () => {
    const env = parseEnv({});
    assert.equal(env.SYNTH_RUNNER, 'on');
    assert.equal(env.SYNTH_LEASE_MS, 60_000);
    assert.equal(env.LLM_CONCURRENCY, 8);
    assert.equal(env.NEO4J_TEST_PORT, 7688);
    const problems = problemsOf({
      SYNTH_LEASE_MS: '50',
      SYNTH_RUNNER: 'maybe',
      LLM_CONCURRENCY: '0',
      LLM_API_KEY: 'sk-secret',
      LLM_BASE_URL: 'ftp://x',
    });
    assert.deepEqual(problems.map((p) => p.split(':')[0]).sort(), [
      'LLM_BASE_URL',
      'LLM_CONCURRENCY',
      'SYNTH_LEASE_MS',
      'SYNTH_RUNNER',
    ]);
    assert.match(
      problems.find((p) => p.startsWith('SYNTH_LEASE_MS'))!,
      /between 200 and 3600000.*"50"/,
    );
  });

  it('no module of the app or its CLIs reads process.env outside the environment module', () => {
    // Writes (assignment, delete, handing a copy to a child process) are fine; reads must go through lib/env.ts.
    const allowed = new Set(['lib/env.ts', 'lib/env-schema.ts', 'lib/env.test.ts', 'instrumentation.ts']);
    const files = ['app', 'components', 'lib', 'scripts']
      .flatMap((dir) => sourceFiles(path.join(root, dir)))
      .concat(path.join(root, 'instrumentation.ts'));
    assert.ok(files.length > 100, `expected the source tree, found ${files.length} files`);
    const offenders: string[] = [];
    for (const file of files) {
      const relative = path.relative(root, file);
      if (allowed.has(relative)) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const reads = [...line.matchAll(/process\.env(?:\.([A-Z0-9_]+)|\[)/g)].filter((m) => {
            const before = line.slice(0, m.index);
            const after = line.slice(m.index + m[0].length);
            const isWrite = /delete\s+$/.test(before) || /^\s*=[^=]/.test(after);
            return !isWrite;
          });
          if (reads.length > 0) offenders.push(`${relative}:${i + 1}: ${line.trim()}`);
        });
    }
    assert.deepEqual(offenders, []);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'sample-corpus' || entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.(ts|tsx|mjs|js)$/.test(entry.name) ? [full] : [];
  });
}
