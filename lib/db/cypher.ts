import 'server-only';
import { AppError } from '../domain/errors';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

import type { CypherName } from './rows';

export type { CypherName } from './rows';

const CYPHER_ROOT = path.join(process.cwd(), 'cypher');
const NAME_PATTERN = /^[a-z0-9-]+(\/[a-z0-9-]+)*$/;
const cache = new Map<string, string>();

export class CypherFileError extends AppError {
  override name = 'CypherFileError';
}

/** The text of cypher/<name>.cypher; names are fixed strings in code, never user input. */
export function cypher(name: CypherName): string {
  return queryText(name);
}

function queryText(name: string): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  if (!NAME_PATTERN.test(name)) throw new CypherFileError(`Invalid query name "${name}"`);
  let text: string;
  try {
    text = readFileSync(path.join(CYPHER_ROOT, `${name}.cypher`), 'utf8');
  } catch (error) {
    throw new CypherFileError(`Query file cypher/${name}.cypher cannot be read: ${(error as Error).message}`);
  }
  const query = stripComments(text);
  cache.set(name, query);
  return query;
}

/** Every query in a cypher/ folder, in file-name order (the schema's constraints, applied as a set). */
export function cypherFolder(folder: string): Array<{ name: string; query: string }> {
  if (!NAME_PATTERN.test(folder)) throw new CypherFileError(`Invalid query folder "${folder}"`);
  return readdirSync(path.join(CYPHER_ROOT, folder))
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .map((file) => {
      const name = `${folder}/${file.slice(0, -'.cypher'.length)}`;
      return { name, query: queryText(name) };
    });
}

function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}
