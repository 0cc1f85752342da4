import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { allows, type Access } from '../domain/roles';
import { PATH_HEADER } from '../domain/request-headers';
import { identify, type Identity } from './actor';

export { PATH_HEADER };

export interface PageIdentity extends Identity {
  /** Why nobody could be identified: the database did not answer (the layout says so instead of the page). */
  unavailable?: string;
}

/** Who is looking at this page; computed once per request. */
export const pageIdentity = cache(async (): Promise<PageIdentity> => {
  try {
    return await identify({ headers: await headers() });
  } catch (error) {
    console.error('Could not identify the visitor:', error);
    return { actor: null, mode: 'local', unavailable: (error as Error).message };
  }
});

/** For pages that read data on the server: signed-out visitors in team mode go to the sign-in page. */
export async function requirePageAccess(access: Exclude<Access, 'public'> = 'viewer'): Promise<PageIdentity> {
  const identity = await pageIdentity();
  // The layout already shows the database error in place of the page.
  if (identity.unavailable) return identity;
  if (!identity.actor) {
    const path = (await headers()).get(PATH_HEADER) ?? '/';
    redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  }
  if (!allows(identity.actor.role, access)) redirect('/?denied=' + access);
  return identity;
}
