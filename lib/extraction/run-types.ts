import type { ExtractionProgress, ExtractionSummary } from './run';

/** An extraction run started from the Ingest page, as the browser sees it. */
export interface ExtractionRunView {
  id: string;
  name: string;
  state: 'curating' | 'extracting' | 'done' | 'failed' | 'cancelled';
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
  isStub: boolean;
  /** Who started it (the request's user; null from code that names nobody). */
  startedBy: { id: string; name: string } | null;
  curation: {
    lines: number;
    kept: number;
    /** Of the kept, how many are code with too little prose to judge its language. */
    codeOnly: number;
    /** Every bad line of the file; `bad` lists only the first 50 of them. */
    badCount: number;
    bad: Array<{ line: number; reason: string }>;
    filtered: Record<string, number>;
    duplicates: { exact: number; near: number };
    thresholds: {
      minChars: number;
      maxChars: number;
      maxLineBytes: number;
      jaccard: number;
      minAsciiLetterShare: number;
      minStopwordShare: number;
    };
  } | null;
  progress: ExtractionProgress | null;
  summary:
    | (Omit<ExtractionSummary, 'failures'> & {
        failures: Array<{ docId: string; line: number; failureClass: string; message: string }>;
      })
    | null;
  /** Someone asked to cancel; the instance working on the run stops at its next checkpoint. */
  cancelRequested: boolean;
  /** How often another instance took the run over after its instance stopped (died or restarted). */
  takeovers: number;
}
