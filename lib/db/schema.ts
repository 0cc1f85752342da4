import 'server-only';
import { cypher, cypherFolder } from './cypher';
import { getDriver, sessionConfig } from './driver';

/** Applies every constraint and index in cypher/schema/ (each is IF NOT EXISTS) and waits for them. */
export async function applySchema(): Promise<string[]> {
  const session = getDriver().session(sessionConfig('WRITE'));
  try {
    const applied: string[] = [];
    for (const { name, query } of cypherFolder('schema')) {
      await session.run(query);
      applied.push(name);
    }
    await session.run(cypher('db/await-indexes'));
    return applied;
  } finally {
    await session.close();
  }
}
