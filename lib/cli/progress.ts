import 'server-only';
import cliProgress from 'cli-progress';

export interface ProgressBar {
  update(value: number, payload?: Record<string, string | number>): void;
  stop(): void;
}

/** A progress bar on stderr when it is a terminal; silent otherwise (CI logs, pipes). */
export function progressBar(label: string, total: number, unit: string): ProgressBar {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${label} [{bar}] {percentage}% | {value}/{total} ${unit} | {detail} | ETA {eta_formatted}`,
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { detail: '' });
  return {
    update: (value, payload) => bar.update(value, { detail: '', ...payload }),
    stop: () => bar.stop(),
  };
}

/** Formats 12345.6 as "12,346". */
export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}
