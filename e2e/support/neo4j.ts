import { readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver, type RecordShape } from 'neo4j-driver';
import { parseEnvironment } from '../../lib/env-schema';

// Playwright runs outside the react-server condition, so e2e checks talk to Neo4j directly,
// with their own queries from cypher/testing/.
let driver: Driver | undefined;

export async function query<T extends RecordShape>(name: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const uri = parseEnvironment(process.env).NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set: run e2e tests with "npm run test:e2e".');
  driver ??= neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
  const text = readFileSync(path.join(process.cwd(), 'cypher', 'testing', `${name}.cypher`), 'utf8');
  const result = await driver.executeQuery(text, params);
  return result.records.map((record) => record.toObject() as T);
}

export async function closeNeo4j(): Promise<void> {
  await driver?.close();
  driver = undefined;
}
