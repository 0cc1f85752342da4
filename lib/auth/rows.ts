// The rows of cypher/auth/: see lib/db/rows.ts.
import type { NoRows } from '../db/rows';

declare module '../db/rows' {
  interface QueryRows {
    'auth/secret': { value: string };
    'auth/team-mode': { users: number };
    'auth/admin-count': { admins: number };
    'auth/token-create': { id: string };
    'auth/token-lookup': {
      tokenId: string;
      tokenRole: string;
      id: string;
      name: string | null;
      email: string | null;
      userRole: string | null;
    };
    'auth/token-revoke': { id: string };
    'auth/tokens-revoke-user': { revoked: number };
    'auth/token-list': {
      id: string;
      name: string;
      role: string;
      email: string | null;
      createdAt: string;
      revokedAt: string | null;
    };
    'auth/sign-in-failure': NoRows;
    'auth/sign-in-failures': { forEmail: number; overall: number; lastAt: string | null };
  }
}
