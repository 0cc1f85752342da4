/**
 * The bubblewrap command line of the sandbox's fork server (see python/zygote.py for what happens
 * per attempt inside it). Based on bubblewrap's manual (bwrap(1)) and on how Flatpak and other
 * runners of untrusted code use it:
 * - every namespace but the user one is new: no network but a loopback of its own (so the app, Neo4j
 *   and the LLM endpoint on the host's loopback are out of reach), its own pids, IPC, hostname, cgroup;
 *   the user namespace stays the host's so that each attempt can run as a uid of its own;
 * - the filesystem is an empty tmpfs root with /usr (read-only), the environment at /env and the
 *   harness at /harness (both read-only) and nothing else: not the project, not .data/, not $HOME;
 * - --clearenv: no variable of the app (API keys, passwords) reaches the sandbox;
 * - --new-session: no TIOCSTI injection into the caller's terminal (CVE-2017-5226);
 * - --die-with-parent: the whole sandbox dies with the app;
 * - capabilities: all dropped but the four the fork server needs to build each attempt's
 *   namespaces and drop to its uid; attempts themselves end with none (and no_new_privs, which
 *   bubblewrap always sets, keeps setuid binaries from regaining any).
 */
export interface ServerPaths {
  bwrap: string;
  /** The pinned virtualenv, bound at /env. */
  venvDir: string;
  /** lib/sandbox/python, bound at /harness. */
  harnessDir: string;
}

/** Paths under /etc that libraries resolve at run time (Debian's BLAS through /etc/alternatives, the loader cache, zone info). */
const ETC_PATHS = ['/etc/alternatives', '/etc/ld.so.cache', '/etc/localtime', '/etc/ssl/certs'];

/** The first uid of a fork server's attempts: lean and heavy servers run at once, so their uids never overlap. */
export function uidBase(preload: boolean): number {
  return preload ? 200_500 : 200_000;
}

/** Variables of the fork server (and nothing of the app's environment). */
function serverVariables(slots: number, preload: boolean): Record<string, string> {
  return {
    PATH: '/env/bin:/usr/bin',
    LANG: 'C.UTF-8',
    OPENBLAS_NUM_THREADS: '1',
    OMP_NUM_THREADS: '1',
    MKL_NUM_THREADS: '1',
    PYTHONDONTWRITEBYTECODE: '1',
    SCOGEN_SLOTS: String(slots),
    SCOGEN_PRELOAD: preload ? '1' : '0',
    SCOGEN_UID_BASE: String(uidBase(preload)),
  };
}

export interface ServerCommand {
  command: string;
  args: string[];
  env: Record<string, string>;
}

/**
 * How to start a fork server: inside bubblewrap, or (SANDBOX_MODE=unsandboxed, an explicit opt-in)
 * the venv's Python straight on this machine, with rlimits and a temporary directory per attempt only.
 */
export function serverCommand(
  paths: ServerPaths,
  slots: number,
  preload: boolean,
  unsandboxed: boolean,
): ServerCommand {
  if (!unsandboxed) return { command: paths.bwrap, args: serverArgs(paths, slots, preload), env: {} };
  const env = {
    ...serverVariables(slots, preload),
    PATH: `${paths.venvDir}/bin:/usr/bin:/bin`,
    SCOGEN_UNSANDBOXED: '1',
  };
  return { command: `${paths.venvDir}/bin/python`, args: ['-I', '-B', `${paths.harnessDir}/zygote.py`], env };
}

export function serverArgs(paths: ServerPaths, slots: number, preload: boolean): string[] {
  const args = [
    '--unshare-ipc',
    '--unshare-pid',
    '--unshare-net',
    '--unshare-uts',
    '--unshare-cgroup-try',
    '--die-with-parent',
    '--new-session',
    '--hostname',
    'sandbox',
    '--ro-bind',
    '/usr',
    '/usr',
    '--symlink',
    'usr/lib',
    '/lib',
    '--symlink',
    'usr/lib64',
    '/lib64',
    '--symlink',
    'usr/bin',
    '/bin',
    '--symlink',
    'usr/sbin',
    '/sbin',
  ];
  // bwrap creates missing parents 0700: /etc must be traversable by the attempts' uids (BLAS, zone info).
  args.push('--perms', '0755', '--dir', '/etc');
  for (const etc of ETC_PATHS) args.push('--ro-bind-try', etc, etc);
  args.push(
    '--proc',
    '/proc',
    '--dev',
    '/dev',
    '--tmpfs',
    '/tmp',
    '--dir',
    '/scratch',
    '--dir',
    '/task',
    '--ro-bind',
    paths.venvDir,
    '/env',
    '--ro-bind',
    paths.harnessDir,
    '/harness',
    '--clearenv',
  );
  for (const [name, value] of Object.entries(serverVariables(slots, preload))) args.push('--setenv', name, value);
  args.push('--cap-drop', 'ALL');
  for (const cap of ['CAP_SETUID', 'CAP_SETGID', 'CAP_KILL', 'CAP_SYS_ADMIN']) args.push('--cap-add', cap);
  args.push('--chdir', '/', '/env/bin/python', '-I', '-B', '/harness/zygote.py');
  return args;
}
