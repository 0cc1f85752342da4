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
import { reviewProgress } from '@/lib/review/queries';
import type { ReviewProgress } from '@/lib/review/types';
import { listBatches } from '@/lib/synthesis/store';
import type { BatchList } from '@/lib/synthesis/types';

export const dynamic = 'force-dynamic';

/** The LLM probe can take seconds (an endpoint that does not answer): streamed in after the statistics. */
async function LlmSection() {
  return <LlmPanel status={await llmStatus()} />;
}

export default async function HomePage() {
  await requirePageAccess();
  const env = serverEnv();
  // The start-here path's batches and review counts are read beside the statistics, not after hydration.
  const batches = listBatches().catch(() => undefined);
  const progress = reviewProgress().catch(() => undefined);
  let stats: GraphStats;
  try {
    stats = await graphStats(10);
  } catch (error) {
    return <DatabaseUnavailable uri={env.neo4jUri} local={env.neo4jIsLocal} message={(error as Error).message} />;
  }
  const [batchList, review]: [BatchList | undefined, ReviewProgress | undefined] = await Promise.all([
    batches,
    progress,
  ]);
  return (
    <>
      <GraphOverview stats={stats} uri={env.neo4jUri} local={env.neo4jIsLocal}>
        <StartPath stats={stats} batchList={batchList} reviewProgress={review} />
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
