// npm run db:start | db:stop | db:status | db:reset — the embedded local Neo4j, or a report on NEO4J_URI.
import { runCli } from '../lib/cli/run';
import { formatCount } from '../lib/cli/progress';
import { getDriver } from '../lib/db/driver';
import { localDbOf, localStatus, resetLocal, startLocal, stopLocal } from '../lib/db/local-neo4j';
import { applySchema } from '../lib/db/schema';
import { serverEnv } from '../lib/env';
import { AppError } from '../lib/domain/errors';
import { graphCounts } from '../lib/graph/stats';

const USAGE = 'usage: tsx scripts/db.ts start|stop|status|reset';

async function printCounts(): Promise<void> {
  const counts = await graphCounts();
  const types = Object.entries(counts.elements)
    .map(([type, n]) => `${formatCount(n)} ${type}`)
    .join(', ');
  console.log(
    `  graph: ${formatCount(counts.documents)} documents; ${types}; ${formatCount(counts.coOccurrences)} CO_OCCURS`,
  );
}

runCli(async () => {
  const command = process.argv[2];
  if (!command || !['start', 'stop', 'status', 'reset'].includes(command)) throw new AppError(USAGE);
  const env = serverEnv();

  if (!env.neo4jIsLocal) {
    console.log(`NEO4J_URI is set (${env.neo4jUri}): using that server; nothing local is started or stopped.`);
    if (command === 'reset')
      throw new AppError(
        'db:reset only deletes the embedded local database. Clear your own server with its own tools.',
      );
    if (command === 'start' || command === 'status') {
      await getDriver().verifyConnectivity();
      if (command === 'start') await applySchema();
      console.log('  reachable: yes');
      await printCounts();
    }
    return;
  }

  const db = localDbOf(env);
  switch (command) {
    case 'start': {
      const { started, pid } = await startLocal(db);
      await applySchema();
      console.log(
        `${started ? 'Started' : 'Already running:'} local Neo4j (pid ${pid}) at bolt://127.0.0.1:${db.port}`,
      );
      await printCounts();
      return;
    }
    case 'stop': {
      const { stopped, pid } = await stopLocal(db);
      console.log(stopped ? `Stopped local Neo4j (pid ${pid}).` : 'Local Neo4j was not running.');
      return;
    }
    case 'status': {
      const status = await localStatus(db);
      console.log(
        `Local Neo4j: ${status.running ? `running (pid ${status.pid})` : 'not running'}; ${status.uri} ${status.reachable ? 'answers' : 'does not answer'}`,
      );
      console.log(`  data: ${status.dataDir}\n  log:  ${status.logFile}`);
      if (status.reachable) await printCounts();
      return status.running && status.reachable ? 0 : 3;
    }
    case 'reset': {
      await resetLocal(db);
      console.log(
        `Deleted the local database in ${db.dataDir}. "npm run db:start" (or npm start) creates a fresh one.`,
      );
      return;
    }
  }
});
