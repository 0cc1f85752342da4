import { requirePageAccess } from '@/lib/auth/page';
import { Suspense } from 'react';
import { GraphOverview } from '@/components/home/graph-overview';
import { DatabaseUnavailable } from '@/components/home/database-unavailable';
import { LlmPanel } from '@/components/home/llm-panel';
import { StartPath } from '@/components/home/start-path';
import '@/components/home/home.css';
import { serverEnv } from '@/lib/env';
import { graphStats, type GraphStats } from '@/lib/graph/stats';
import { llmStatus } from '@/lib/llm/status';

export const dynamic = 'force-dynamic';

/** The LLM probe can take seconds (an endpoint that does not answer): streamed in after the statistics. */
async function LlmSection() {
  return <LlmPanel status={await llmStatus()} />;
}

export default async function HomePage() {
  await requirePageAccess();
  const env = serverEnv();
  let stats: GraphStats;
  try {
    stats = await graphStats(10);
  } catch (error) {
    return <DatabaseUnavailable uri={env.neo4jUri} local={env.neo4jIsLocal} message={(error as Error).message} />;
  }
  return (
    <>
      <GraphOverview stats={stats} uri={env.neo4jUri} local={env.neo4jIsLocal}>
        <StartPath stats={stats} />
      </GraphOverview>
      <Suspense
        fallback={
          <section aria-label="LLM endpoint" className="panel">
            <p role="status">Checking the LLM endpoint…</p>
          </section>
        }
      >
        <LlmSection />
      </Suspense>
    </>
  );
}
