import { requirePageAccess } from '@/lib/auth/page';
import { isRole } from '@/lib/domain/roles';
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

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const { actor } = await requirePageAccess();
  // requirePageAccess sends a signed-in user here when a page needs a stronger role.
  const denied = isRole((await searchParams).denied) ? (await searchParams).denied : null;
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
      {denied && actor ? (
        <p role="alert" className="panel panel-error">
          That page needs the {String(denied)} role; you are signed in as a {actor.role}. Ask an admin if you need it.
        </p>
      ) : null}
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
