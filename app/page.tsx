import { GraphOverview } from '@/components/home/graph-overview';
import { DatabaseUnavailable } from '@/components/home/database-unavailable';
import { LlmPanel } from '@/components/home/llm-panel';
import { StartPath } from '@/components/home/start-path';
import '@/components/home/home.css';
import { serverEnv } from '@/lib/env';
import { graphStats, type GraphStats } from '@/lib/graph/stats';
import { llmStatus } from '@/lib/llm/status';
import type { LlmStatus } from '@/lib/llm/status-types';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const env = serverEnv();
  // The LLM check runs beside the graph query; a database error still decides what the page shows.
  const llmCheck: Promise<LlmStatus> = llmStatus();
  let stats: GraphStats;
  try {
    stats = await graphStats(10);
  } catch (error) {
    return <DatabaseUnavailable uri={env.neo4jUri} local={env.neo4jIsLocal} message={(error as Error).message} />;
  }
  const llm = await llmCheck;
  return (
    <>
      <GraphOverview stats={stats} uri={env.neo4jUri} local={env.neo4jIsLocal}>
        <StartPath stats={stats} llm={llm} />
      </GraphOverview>
      <LlmPanel status={llm} />
    </>
  );
}
