import { GraphOverview } from '@/components/home/graph-overview';
import { DatabaseUnavailable } from '@/components/home/database-unavailable';
import { LlmPanel } from '@/components/home/llm-panel';
import { serverEnv } from '@/lib/env';
import { graphStats, type GraphStats } from '@/lib/graph/stats';
import { llmStatus } from '@/lib/llm/status';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const env = serverEnv();
  let stats: GraphStats;
  try {
    stats = await graphStats(10);
  } catch (error) {
    return <DatabaseUnavailable uri={env.neo4jUri} local={env.neo4jIsLocal} message={(error as Error).message} />;
  }
  return (
    <>
      <GraphOverview stats={stats} uri={env.neo4jUri} local={env.neo4jIsLocal} />
      <LlmPanel status={await llmStatus()} />
    </>
  );
}
