import type { Difficulty } from '@/lib/domain/verification';
import type { VerificationSummary, VerifyFilter } from '@/lib/review/types';

export const VERIFY_LABELS: Readonly<Record<VerifyFilter, string>> = {
  passed: 'passed',
  failed: 'failed',
  error: 'error',
  timeout: 'timeout',
  memory: 'out of memory',
  crashed: 'crashed',
  missing_package: 'missing package',
  no_tests: 'no tests',
  sandbox_unavailable: 'sandbox unavailable',
  unverified: 'not verified',
};

const percent = (ratio: number | null) => (ratio === null ? '—' : `${Math.round(ratio * 100)} %`);
export { percent as formatPercent };

/** The verification result as a pill ("not verified" for problems of batches without verification). */
export function VerificationBadge({ verification }: { verification: VerificationSummary }) {
  const status = verification.verifyStatus ?? 'unverified';
  const counts =
    verification.verifyAttempts !== null && verification.verifyPassed !== null
      ? ` ${verification.verifyPassed}/${verification.verifyAttempts}`
      : '';
  return (
    <span
      className={`verify-badge verify-${status}`}
      title={
        verification.verifyStatus
          ? `verification: ${VERIFY_LABELS[status]}${counts ? ` (${counts.trim()} attempts passed)` : ''}`
          : 'never run in the sandbox (e.g. a batch from before verification)'
      }
    >
      {VERIFY_LABELS[status]}
      {verification.verifyStatus ? counts : ''}
    </span>
  );
}

export function DifficultyBadge({ difficulty }: { difficulty: Difficulty | null }) {
  if (!difficulty) return null;
  return (
    <span className={`difficulty-badge difficulty-${difficulty}`} title="difficulty from the pass rate">
      {difficulty}
    </span>
  );
}

/** Re-verification in progress: requested and waiting, or held by a verifier. */
export function VerifyStateBadge({ verification }: { verification: VerificationSummary }) {
  if (!verification.verifyState) return null;
  return (
    <span className="verify-state" role="status">
      {verification.verifyState === 'queued' ? 'queued for verification' : 'being verified'}
    </span>
  );
}

/** Said loudly: this result came from running the code without the sandbox (the explicit opt-out). */
export function UnsandboxedLabel({ verification }: { verification: VerificationSummary }) {
  if (!verification.unsandboxed) return null;
  return (
    <strong className="unsandboxed-label" title="This result was produced with SANDBOX_MODE=unsandboxed">
      ⚠ UNSANDBOXED: ran without the sandbox
    </strong>
  );
}
