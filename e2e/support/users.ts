import { execFileSync } from 'node:child_process';
import { expect, type Page } from '@playwright/test';

// Team-mode users for the specs: added through the users CLI and signed in through the sign-in page.

export interface E2eUser {
  email: string;
  name: string;
  password: string;
}

/** Through the users CLI, as an operator would (it needs the react-server condition, which Playwright lacks). */
export function addUser(user: E2eUser, role: 'admin' | 'reviewer' | 'viewer'): void {
  execFileSync(
    'node_modules/.bin/tsx',
    [
      '--conditions=react-server',
      'scripts/users.ts',
      'add',
      '--role',
      role,
      user.email,
      '--name',
      user.name,
      '--password-stdin',
    ],
    { input: user.password, stdio: ['pipe', 'ignore', 'inherit'] },
  );
}

/** Opens `from`, which sends a signed-out visitor to the sign-in page, and signs in there. */
export async function signIn(page: Page, user: E2eUser, from = '/'): Promise<void> {
  await page.goto(from);
  await expect(page).toHaveURL(new RegExp(`/sign-in\\?next=${encodeURIComponent(from).replace(/[?]/g, '\\?')}`));
  await page.getByLabel('E-mail').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('account-badge')).toContainText(user.name);
}
