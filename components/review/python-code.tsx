import { pythonTokens } from '@/lib/review/python-tokens';

/** Python source with syntax colours (React text nodes only: nothing is parsed as HTML). */
export function PythonCode({ source, label }: { source: string; label: string }) {
  return (
    <pre className="python-code" aria-label={label}>
      <code>
        {pythonTokens(source).map((token, i) =>
          token.kind === 'plain' ? (
            token.text
          ) : (
            <span key={i} className={`py-${token.kind}`}>
              {token.text}
            </span>
          ),
        )}
      </code>
    </pre>
  );
}
