import Link from 'next/link';

/** The Sampler's source: the scenario graph or a codebase (links, so each mode keeps its own URL parameters). */
export function SourceSwitch({ current }: { current: 'scenario' | 'codebase' }) {
  return (
    <nav className="source-switch" aria-label="Sampling source">
      <Link href="/sampler" aria-current={current === 'scenario' ? 'page' : undefined}>
        Scenario graph
      </Link>
      <Link href="/sampler?source=codebase" aria-current={current === 'codebase' ? 'page' : undefined}>
        Codebase
      </Link>
    </nav>
  );
}
