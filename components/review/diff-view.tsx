import { diffStats, lineDiff } from './line-diff';

/** A line diff of two texts, deletions struck through and additions marked. */
export function DiffView({ before, after, label }: { before: string; after: string; label: string }) {
  const lines = lineDiff(before, after);
  const { added, deleted } = diffStats(lines);
  return (
    <figure className="diff" aria-label={label}>
      <figcaption>
        {label}: <span className="diff-added">+{added}</span> <span className="diff-deleted">−{deleted}</span>
        {added === 0 && deleted === 0 ? <span className="muted"> (unchanged)</span> : null}
      </figcaption>
      {added + deleted > 0 ? (
        <pre>
          {lines.map((line, i) =>
            line.op === 'same' ? (
              <span key={i} className="diff-line">
                {'  '}
                {line.text}
                {'\n'}
              </span>
            ) : line.op === 'add' ? (
              <ins key={i} className="diff-line">
                {'+ '}
                {line.text}
                {'\n'}
              </ins>
            ) : (
              <del key={i} className="diff-line">
                {'- '}
                {line.text}
                {'\n'}
              </del>
            ),
          )}
        </pre>
      ) : null}
    </figure>
  );
}
