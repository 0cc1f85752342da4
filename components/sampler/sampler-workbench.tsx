'use client';

import { useQuery } from '@tanstack/react-query';
import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  chartedScenario,
  formatSamplerView,
  parseSamplerView,
  previewBody,
  sweepBody,
  type SamplerView,
} from '@/lib/schemas/sampler-view';
import { useDebounced } from '@/components/ui/use-debounced';
import { CandidateCharts } from './candidate-charts';
import { actionBlocker, samplerProblems, type SamplerDrafts, type SamplerField } from './form-rules';
import { LaunchBatch } from './launch-batch';
import { PresetsPanel } from './presets-panel';
import { PreviewSection } from './preview-section';
import { candidatesQuery, previewQuery, scenariosQuery, sweepQuery } from './queries';
import { randomSeed, SamplerForm } from './sampler-form';
import { SamplerNotices } from './sampler-notices';
import { SourceSwitch } from './source-switch';
import { SweepChart } from './sweep-chart';

/** Most scenarios offered in the chart's scenario menu when sampling from all of them. */
const CHART_CHOICES_FROM_ALL = 30;

export function SamplerWorkbench() {
  const params = useSearchParams();
  const router = useRouter();
  const [view, setView] = useState<SamplerView>(() =>
    parseSamplerView(new URLSearchParams(params.toString()), randomSeed()),
  );
  const [selected, setSelected] = useState<number | null>(null);
  // What is typed in number fields and not (yet) valid stays here, shown with its error, never reverted.
  const [drafts, setDrafts] = useState<SamplerDrafts>({});

  const scenarios = useQuery(scenariosQuery());
  const top = scenarios.data?.[0]?.id;
  // With nothing chosen yet, start from the scenario with the most documents.
  const current = useMemo(
    () => (view.selection === 'list' && view.scenarios.length === 0 && top ? { ...view, scenarios: [top] } : view),
    [view, top],
  );
  const settled = useDebounced(current, 300);
  const problems = useMemo(() => samplerProblems(current, drafts), [current, drafts]);
  const blocked = {
    preview: actionBlocker(problems, 'preview'),
    sweep: actionBlocker(problems, 'sweep'),
    chart: actionBlocker(problems, 'chart'),
    preset: actionBlocker(problems, 'preset'),
    batch: actionBlocker(problems, 'batch'),
  };

  const search = formatSamplerView(settled).toString();
  // Set once a launch navigates to its batch: a URL update still pending from the debounce must not pull the
  // page back to the Sampler (a launch in the first moments after a change did exactly that).
  const leaving = useRef(false);
  useEffect(() => {
    if (leaving.current) return;
    if (window.location.search.slice(1) !== search) router.replace(`/sampler?${search}`, { scroll: false });
  }, [search, router]);

  const ready = settled.selection === 'all' || settled.scenarios.length > 0;
  const charted = chartedScenario(settled, top);
  const candidates = useQuery({
    ...candidatesQuery({ scenario: charted ?? '', lambda: settled.lambda, temperature: settled.temperature }),
    enabled: Boolean(charted) && !blocked.chart,
  });
  const preview = useQuery({ ...previewQuery(previewBody(settled)), enabled: ready && !blocked.preview });
  const sweep = useQuery({ ...sweepQuery(sweepBody(settled)), enabled: ready && !blocked.sweep });

  const names = new Map((scenarios.data ?? []).map((s) => [s.id, s.name]));
  const choices =
    settled.selection === 'all'
      ? (scenarios.data ?? []).slice(0, CHART_CHOICES_FROM_ALL).map(({ id, name }) => ({ id, name }))
      : settled.scenarios.map((id) => ({ id, name: names.get(id) ?? id.slice('Scenario:'.length) }));

  const update = (change: Partial<SamplerView>) => setView({ ...current, ...change });
  const draft = (field: SamplerField, text: string | undefined) =>
    setDrafts((old) => {
      const { [field]: _dropped, ...rest } = old;
      return text === undefined ? rest : { ...rest, [field]: text };
    });

  return (
    <div className="sampler">
      <header className="page-header">
        <h1>Sampler</h1>
        <p className="muted">
          Tune how combinations are drawn before spending any tokens: complexity, temperature, hop mix and seed, with
          coherence and diversity for every preview.
        </p>
        <SourceSwitch current="scenario" />
      </header>
      {scenarios.error ? (
        <p role="alert" className="panel panel-error">
          Could not load scenarios: {scenarios.error.message}
        </p>
      ) : null}
      <div className="sampler-layout">
        <aside className="sampler-side">
          <SamplerForm
            view={current}
            scenarios={scenarios.data ?? []}
            scenariosLoading={scenarios.isLoading}
            drafts={drafts}
            problems={problems}
            onDraft={draft}
            onChange={update}
            onReplace={setView}
          />
          <PresetsPanel
            view={current}
            blocker={blocked.preset}
            onLoad={(query) => {
              setDrafts({});
              setView(parseSamplerView(new URLSearchParams(query), current.seed));
            }}
          />
          <LaunchBatch view={current} samplingBlocker={blocked.batch} onLeave={() => (leaving.current = true)} />
        </aside>
        <div className="sampler-main">
          <SamplerNotices result={preview.error ? undefined : preview.data} />
          <CandidateCharts
            chart={candidates.data}
            error={candidates.error}
            busy={candidates.isFetching}
            blocker={blocked.chart}
            choices={choices}
            selected={charted}
            onSelect={(id) => update({ view: id })}
          />
          <PreviewSection
            result={preview.data}
            error={preview.error}
            busy={preview.isFetching}
            blocker={blocked.preview}
            selected={selected}
            onSelect={setSelected}
          />
          <SweepChart
            sweep={sweep.data}
            error={sweep.error}
            busy={sweep.isFetching}
            blocker={blocked.sweep}
            temperature={current.temperature}
          />
        </div>
      </div>
    </div>
  );
}
