import Link from 'next/link';
import type { ReactNode } from 'react';
import { allows, type Role } from '@/lib/domain/roles';
import { AccountBadge } from './account-badge';
import type { Identity } from './identity';
import { LlmBadge } from './llm-badge';

interface NavItem {
  href: string;
  label: string;
  hint: string;
  ready: boolean;
  /** The role the page is for; hidden from weaker roles. */
  role?: Role;
}

// The pipeline's stages in order; stages not built yet stay visible so the frame does not shift later.
const NAV_ITEMS: NavItem[] = [
  { href: '/', label: 'Overview', hint: 'Graph statistics', ready: true },
  { href: '/ingest', label: 'Ingest', hint: 'Upload documents and extract', ready: true },
  { href: '/explore', label: 'Explore', hint: 'Scenario neighbourhoods', ready: true },
  { href: '/sampler', label: 'Sampler', hint: 'Complexity and temperature', ready: true },
  { href: '/batches', label: 'Batches', hint: 'Synthesis runs', ready: true },
  { href: '/review', label: 'Review', hint: 'Approve and export', ready: true },
  { href: '/quality', label: 'Quality', hint: 'Pass rate by coherence and by C × T', ready: true },
  { href: '/users', label: 'Users', hint: 'Accounts, roles and API tokens', ready: true, role: 'admin' },
  { href: '/audit', label: 'Audit', hint: 'Who did what, and token spend per user', ready: true, role: 'admin' },
];

export function NavFrame({ children, identity }: { children: ReactNode; identity: Identity }) {
  const { actor } = identity;
  const items = NAV_ITEMS.filter((item) => actor !== null && (!item.role || allows(actor.role, item.role)));
  return (
    <div className="frame">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="frame-header">
        <Link href="/" className="brand">
          SCoGen <span>Studio</span>
        </Link>
        <nav aria-label="Main">
          <ul>
            {items.map((item) => (
              <li key={item.href}>
                {item.ready ? (
                  <Link href={item.href} title={item.hint}>
                    {item.label}
                  </Link>
                ) : (
                  <span aria-disabled="true" title={`${item.hint}: not built yet`} className="nav-soon">
                    {item.label}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </nav>
        <LlmBadge />
        <AccountBadge identity={identity} />
      </header>
      <main id="main" tabIndex={-1} className="frame-main">
        {children}
      </main>
    </div>
  );
}
