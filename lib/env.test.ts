import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EnvError, parseEnv } from './env';

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
    for (const uri of ['bolt://db:7687', 'neo4j://cluster:7687', 'neo4j+s://abc.databases.neo4j.io', 'bolt+ssc://self-signed:7687']) {
      const env = parseEnv({ NEO4J_URI: uri });
      assert.equal(env.neo4jIsLocal, false);
      assert.equal(env.neo4jUri, uri);
    }
    assert.equal(parseEnv({ NEO4J_URI: '' }).neo4jIsLocal, true, 'an empty value means unset');
  });

  it('names every bad variable', () => {
    const problems = problemsOf({ NEO4J_URI: 'http://db:7474', NEO4J_LOCAL_PORT: 'seven', PORT: '0' });
    assert.equal(problems.length, 3);
    assert.match(problems.find((p) => p.startsWith('NEO4J_URI'))!, /must be a Neo4j URI/);
    assert.match(problems.find((p) => p.startsWith('NEO4J_LOCAL_PORT'))!, /must be a number.*"seven"/);
    assert.match(problems.find((p) => p.startsWith('PORT'))!, /between 1 and 65535/);
  });
});
