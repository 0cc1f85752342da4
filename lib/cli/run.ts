import 'server-only';
import { ZodError } from 'zod';
import { AppError } from '../domain/errors';
import { closeDriver } from '../db/driver';

/** Runs a CLI entry point: an AppError prints its message alone, anything else its stack. */
export function runCli(main: () => Promise<number | void>): void {
  main()
    .then((code) => {
      process.exitCode = code ?? 0;
    })
    .catch((error: unknown) => {
      if (error instanceof AppError) console.error(`\n${error.message}`);
      else if (error instanceof ZodError)
        console.error(
          `\n${error.issues.map((i) => `Invalid ${i.path.join('.') || 'input'}: ${i.message}`).join('\n')}`,
        );
      else if (
        error instanceof Error &&
        error.name === 'Neo4jError' &&
        /ServiceUnavailable|connect/i.test(`${(error as { code?: string }).code} ${error.message}`)
      ) {
        console.error(
          `\nCannot reach Neo4j: ${error.message}\nStart the local database with "npm run db:start", or check NEO4J_URI.`,
        );
      } else console.error(error);
      process.exitCode = 1;
    })
    .finally(() => closeDriver());
}
