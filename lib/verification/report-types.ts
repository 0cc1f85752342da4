import type { AttemptStatus, Difficulty } from '../domain/verification';

/** Data transfer types of the verification read side (batch summary, quality view), shared with the browser. */

/** GET /api/batches/:id/verification */
export interface BatchVerification {
  /** Whether the batch verifies its answers (params.verify.enabled; false for batches from before verification). */
  enabled: boolean;
  /** k, the attempts per problem (null when the batch has no verification parameters). */
  attempts: number | null;
  /** Problems the batch has stored (its done items). */
  problems: number;
  /** Problems with a verification result. */
  verified: number;
  /** Problems waiting for a verifier or being verified ("verify again"). */
  queued: number;
  byStatus: Record<AttemptStatus, number>;
  byDifficulty: Record<Difficulty, number>;
  /** Problems by number of passing attempts, 0…k (more when a re-verification ran with a larger k). */
  passedAttempts: Array<{ passed: number; count: number }>;
  /** Problems by line coverage of the kept solution, 10 bins over [0, 1] (the last one includes 1). */
  coverage: Array<{ from: number; to: number; count: number }>;
}

/** A pass rate over a group of verified problems. */
export interface PassRateCell {
  problems: number;
  /** Passing attempts over attempts. */
  passRate: number;
  /** Problems with at least one passing attempt, over problems. */
  solvedRate: number;
}

/** GET /api/quality */
export interface QualityReport {
  /** Verified problems counted (sandbox_unavailable results are left out). */
  problems: number;
  batches: number;
  /** Coherence tenths from the lowest to the highest one seen (empty ones in between included, problems 0). */
  byCoherence: Array<{ from: number; to: number } & PassRateCell>;
  /** Problems without a coherence (no pairs), not in byCoherence. */
  withoutCoherence: number;
  /** Complexity rows (C1–C3, or K/D/C counts), fewest features first, each with the Sampler query of its sweep. */
  complexities: Array<{ label: string; preset: string | null; features: number; samplerQuery: string }>;
  temperatures: number[];
  /** The C × T grid's filled cells. */
  cells: Array<{ complexity: string; temperature: number; batches: number } & PassRateCell>;
}
