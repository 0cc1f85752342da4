// npm run users -- <command>: the accounts of team mode (issue 14). See USAGE. Starts the embedded Neo4j when it
// is the configured database and not running, and stops it again afterwards.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generatePassword, addUser, listUsers, removeUser, setPassword, setRole, userIdOf } from '../lib/auth/users';
import { issueToken, listTokens, revokeToken } from '../lib/auth/tokens';
import { runCli } from '../lib/cli/run';
import { closeDriver } from '../lib/db/driver';
import { localDbOf, startLocal, stopLocal } from '../lib/db/local-neo4j';
import { applySchema } from '../lib/db/schema';
import { AppError } from '../lib/domain/errors';
import { isRole, ROLES, type Role } from '../lib/domain/roles';
import { serverEnv } from '../lib/env';

const USAGE = `usage:
  npm run users -- add --role admin|reviewer|viewer <email> [--name "Full Name"] [--password-stdin]
  npm run users -- list
  npm run users -- role <email> admin|reviewer|viewer
  npm run users -- password <email> [--password-stdin]
  npm run users -- remove <email>
  npm run users -- token add <email> --role admin|reviewer|viewer [--name <label>]
  npm run users -- token list
  npm run users -- token revoke <token id>
Without --password-stdin a password is generated and printed once.`;

function roleOf(value: string | undefined): Role {
  if (!isRole(value)) throw new AppError(`--role must be one of ${ROLES.join(', ')}.\n${USAGE}`);
  return value;
}

function passwordFrom(stdin: boolean): { password: string; generated: boolean } {
  if (!stdin) return { password: generatePassword(), generated: true };
  const password = readFileSync(0, 'utf8').replace(/\r?\n$/, '');
  return { password, generated: false };
}

async function run(command: string | undefined, args: string[], values: Record<string, string | boolean | undefined>) {
  switch (command) {
    case 'add': {
      const [email] = args;
      if (!email || args.length > 1) throw new AppError(USAGE);
      const { password, generated } = passwordFrom(values['password-stdin'] === true);
      const user = await addUser({
        email,
        role: roleOf(values.role as string | undefined),
        password,
        ...(typeof values.name === 'string' ? { name: values.name } : {}),
      });
      console.log(`Added ${user.email} (${user.name}) as ${user.role}.`);
      if (generated)
        console.log(`Password (shown once; change it with "npm run users -- password ${user.email}"):\n${password}`);
      return;
    }
    case 'list': {
      const users = await listUsers();
      if (users.length === 0)
        return console.log('No users: the app runs in local mode (single-user admin on loopback).');
      for (const user of users)
        console.log(`${user.role.padEnd(8)}  ${user.email}  (${user.name}, since ${user.createdAt})`);
      return;
    }
    case 'role': {
      const [email, role] = args;
      if (!email || args.length !== 2) throw new AppError(USAGE);
      const user = await setRole(email, roleOf(role));
      return console.log(`${user.email} is now ${user.role}.`);
    }
    case 'password': {
      const [email] = args;
      if (!email || args.length !== 1) throw new AppError(USAGE);
      const { password, generated } = passwordFrom(values['password-stdin'] === true);
      await setPassword(email, password);
      console.log(`New password set for ${email}; their sessions are signed out.`);
      if (generated) console.log(`Password (shown once):\n${password}`);
      return;
    }
    case 'remove': {
      const [email] = args;
      if (!email || args.length !== 1) throw new AppError(USAGE);
      await removeUser(email);
      console.log(`Removed ${email} and signed them out.`);
      if ((await listUsers()).length === 0) console.log('No users left: the app is back in local mode.');
      return;
    }
    case 'token': {
      const [sub, target] = args;
      if (sub === 'add' && target && args.length === 2) {
        const name = typeof values.name === 'string' ? values.name : 'cli';
        const { id, token } = await issueToken(await userIdOf(target), name, roleOf(values.role as string | undefined));
        console.log(`API token ${id} for ${target} (${name}). Send it as "Authorization: Bearer <token>"; shown once:`);
        return console.log(token);
      }
      if (sub === 'list' && args.length === 1) {
        const tokens = await listTokens();
        if (tokens.length === 0) return console.log('No API tokens.');
        for (const t of tokens)
          console.log(
            `${t.id}  ${t.role.padEnd(8)}  ${t.email ?? '(removed user)'}  ${t.name}  ${t.revokedAt ? `revoked ${t.revokedAt}` : 'live'}`,
          );
        return;
      }
      if (sub === 'revoke' && target && args.length === 2) {
        await revokeToken(target);
        return console.log(`Revoked API token ${target}; it stops working at once.`);
      }
      throw new AppError(USAGE);
    }
    default:
      throw new AppError(USAGE);
  }
}

runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      name: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
    },
  });
  const [command, ...args] = positionals;
  if (!command) throw new AppError(USAGE);
  const env = serverEnv();
  const started = env.neo4jIsLocal ? (await startLocal(localDbOf(env), { log: () => undefined })).started : false;
  try {
    await applySchema();
    await run(command, args, values);
  } finally {
    await closeDriver();
    if (started) await stopLocal(localDbOf(env));
  }
});
