import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, chownSync, createWriteStream, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

/**
 * The private scale-out rig of `npm run test:scale`: a PostgreSQL primary and a
 * streaming replica (initdb / pg_basebackup / pg_ctl, run as the postgres user
 * in a temporary directory), a Redis, API processes and HAProxy — all on
 * loopback ports of their own. Never the shared PostgreSQL (5432) or Redis
 * (6379). Everything started is registered and stopped by `cleanup()`, which
 * also runs on exit and on SIGINT/SIGTERM.
 */

const cleanups: { name: string; run: () => void }[] = [];
let cleanedUp = false;

/** Stops everything started, newest first (synchronous, so it also works in an exit handler). */
export function cleanup(): void {
  if (cleanedUp) return;
  cleanedUp = true;
  for (const { name, run } of cleanups.reverse()) {
    try {
      run();
    } catch (error) {
      process.stderr.write(`cleanup of ${name} failed: ${String(error)}\n`);
    }
  }
}
process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    cleanup();
    process.exit(130);
  });

function onCleanup(name: string, run: () => void): void {
  cleanups.push({ name, run });
}

export const workDir = (() => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'territorio-scale-'));
  onCleanup('work directory', () => {
    if (!process.env.SCALE_KEEP_DIR) rmSync(dir, { recursive: true, force: true });
  });
  return dir;
})();

const asRoot = process.getuid?.() === 0;

function pgBinDir(): string {
  const root = '/usr/lib/postgresql';
  const majors = readdirSync(root)
    .filter((d) => /^\d+$/.test(d))
    .sort((a, b) => Number(a) - Number(b));
  if (majors.length === 0) throw new Error(`no PostgreSQL under ${root}`);
  return path.join(root, majors[majors.length - 1], 'bin');
}
const PG_BIN = pgBinDir();

/** Runs a command (as postgres when we are root) and returns its stdout; throws with its stderr. */
export function run(command: string, args: string[], options: { asPostgres?: boolean } = {}): string {
  const [cmd, argv] =
    options.asPostgres && asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  const result = spawnSync(cmd, argv, { encoding: 'utf8', cwd: workDir });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr || result.stdout}`);
  return result.stdout;
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

const taken = new Set<number>();
/** The preferred loopback port when free, else one the OS picks (never one in use: 5432 and 6379 stay untouched). */
export async function pickPort(preferred: number): Promise<number> {
  if (!taken.has(preferred) && (await portFree(preferred))) {
    taken.add(preferred);
    return preferred;
  }
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const probe = createServer();
      probe.once('error', reject);
      probe.listen(0, '127.0.0.1', () => {
        const { port: p } = probe.address() as { port: number };
        probe.close(() => resolve(p));
      });
    });
    if (!taken.has(port)) {
      taken.add(port);
      return port;
    }
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function waitFor<T>(
  what: string,
  timeoutMs: number,
  check: () => Promise<T | undefined | false>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    await sleep(100);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
}

// ---------------------------------------------------------------- PostgreSQL

export interface PgServer {
  name: string;
  port: number;
  dataDir: string;
  url(database?: string): string;
  start(): void;
  /** pg_ctl stop: 'fast' disconnects clients, 'immediate' is a crash. */
  stop(mode?: 'fast' | 'immediate'): void;
  isRunning(): boolean;
  appendConfig(lines: string[]): void;
  reload(): void;
  query<T = any>(sql: string, params?: unknown[], database?: string): Promise<T[]>;
}

function pgServer(name: string, port: number, dataDir: string): PgServer {
  const logFile = path.join(workDir, `${name}.log`);
  let running = false;
  const server: PgServer = {
    name,
    port,
    dataDir,
    url: (database = 'territorio') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    start() {
      run(path.join(PG_BIN, 'pg_ctl'), ['-D', dataDir, '-l', logFile, '-w', '-t', '60', 'start'], { asPostgres: true });
      running = true;
    },
    stop(mode = 'fast') {
      if (!running) return;
      run(path.join(PG_BIN, 'pg_ctl'), ['-D', dataDir, '-m', mode, '-w', '-t', '60', 'stop'], { asPostgres: true });
      running = false;
    },
    isRunning: () => running,
    appendConfig(lines) {
      appendFileSync(path.join(dataDir, 'postgresql.conf'), `\n${lines.join('\n')}\n`);
    },
    reload() {
      run(path.join(PG_BIN, 'pg_ctl'), ['-D', dataDir, 'reload'], { asPostgres: true });
    },
    async query(sql, params = [], database = 'territorio') {
      const client = new Client({ connectionString: server.url(database), connectionTimeoutMillis: 5000 });
      await client.connect();
      try {
        return (await client.query(sql, params as unknown[])).rows;
      } finally {
        await client.end();
      }
    },
  };
  onCleanup(`PostgreSQL ${name}`, () => {
    if (running) spawnSync(...pgStopArgs(dataDir), { stdio: 'ignore' });
    running = false;
  });
  return server;
}

function pgStopArgs(dataDir: string): [string, string[]] {
  const args = [path.join(PG_BIN, 'pg_ctl'), '-D', dataDir, '-m', 'immediate', '-w', 'stop'];
  return asRoot ? ['runuser', ['-u', 'postgres', '--', ...args]] : [args[0], args.slice(1)];
}

function ownedByPostgres(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (asRoot) {
    const uid = Number(run('id', ['-u', 'postgres']).trim());
    const gid = Number(run('id', ['-g', 'postgres']).trim());
    chownSync(dir, uid, gid);
  }
}

/** initdb + a configuration for streaming replication; started. */
export function createPrimary(port: number): PgServer {
  if (asRoot) ownedByPostgres(workDir); // postgres must reach the data folders inside
  const dataDir = path.join(workDir, 'primary');
  ownedByPostgres(dataDir);
  run(path.join(PG_BIN, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale'], {
    asPostgres: true,
  });
  const server = pgServer('primary', port, dataDir);
  server.appendConfig([
    `port = ${port}`,
    `listen_addresses = '127.0.0.1'`,
    `unix_socket_directories = '${workDir}'`,
    'wal_level = replica',
    'max_wal_senders = 4',
    'wal_keep_size = 256MB',
    'hot_standby = on',
    'max_connections = 60',
    'shared_buffers = 64MB',
    'fsync = off', // a throwaway test cluster: crash safety is not what is measured
    'full_page_writes = off',
    `log_min_messages = warning`,
  ]);
  server.start();
  return server;
}

/** pg_basebackup of the primary into its own folder, as a hot standby on `port`; started. */
export function createReplica(primary: PgServer, port: number): PgServer {
  const dataDir = path.join(workDir, 'replica');
  ownedByPostgres(dataDir);
  run(
    path.join(PG_BIN, 'pg_basebackup'),
    [
      '-h',
      '127.0.0.1',
      '-p',
      String(primary.port),
      '-U',
      'postgres',
      '-D',
      dataDir,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
    ],
    { asPostgres: true },
  );
  const server = pgServer('replica', port, dataDir);
  server.appendConfig([`port = ${port}`, 'hot_standby_feedback = on', 'recovery_min_apply_delay = 0']);
  server.start();
  return server;
}

/** recovery_min_apply_delay on the standby (reloaded, no restart): an artificially lagging replica. */
export function setApplyDelay(replica: PgServer, ms: number): void {
  replica.appendConfig([`recovery_min_apply_delay = ${ms}`]);
  replica.reload();
}

// ---------------------------------------------------------------- child processes

export interface Child {
  name: string;
  port: number;
  process: ChildProcess;
  logFile: string;
  /** SIGTERM, then SIGKILL after 10 s. */
  stop(): Promise<void>;
  kill(signal?: NodeJS.Signals): void;
  running(): boolean;
}

export function startChild(name: string, port: number, command: string, args: string[], env: NodeJS.ProcessEnv): Child {
  const logFile = path.join(workDir, `${name}.log`);
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], cwd: process.cwd() });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const running = () => child.exitCode === null && child.signalCode === null;
  onCleanup(name, () => {
    if (running()) child.kill('SIGKILL');
  });
  return {
    name,
    port,
    process: child,
    logFile,
    running,
    kill: (signal = 'SIGKILL') => void child.kill(signal),
    stop: () =>
      new Promise<void>((resolve) => {
        if (!running()) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

export function startRedis(port: number): Child {
  return startChild(
    'redis',
    port,
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', workDir],
    { PATH: process.env.PATH },
  );
}

export interface HaproxyPorts {
  front: number;
  stats: number;
}

/** HAProxy in front of the API processes, health-checking GET /readyz every 500 ms. */
export function startHaproxy(ports: HaproxyPorts, apiPorts: { name: string; port: number }[]): Child {
  const config = `global
  maxconn 2000
defaults
  mode http
  timeout connect 1s
  timeout client 30s
  timeout server 30s
  # /readyz answers slower under load on a busy machine: a check may take up to 3 s.
  timeout check 3s
  # A connection that fails (refused: the process is gone) is tried again on another server:
  # the request never reached the API, so this is safe for mutations too. A GET or HEAD that the
  # API process dies under (the connection closed or reset before any answer: empty-response,
  # junk-response) is idempotent and is sent again to another server; any other method is not
  # (disable-l7-retry below): a POST may have been executed. GraphQL reads sent as GET (Apollo
  # accepts queries by GET) are retried; GraphQL over POST is left to the client (503 retryable).
  retries 3
  option redispatch 1
  retry-on conn-failure empty-response junk-response
  # A new server connection per request: reusing an idle one races with Node's keep-alive timeout
  # (5 s: the API closes it just as HAProxy sends on it, and the client gets a cut connection).
  option http-server-close
frontend api
  bind 127.0.0.1:${ports.front}
  default_backend apis
backend apis
  balance roundrobin
  http-request disable-l7-retry if !METH_GET
  option httpchk GET /readyz
  http-check expect status 200
  default-server inter 500 fastinter 250 fall 2 rise 2
${apiPorts.map((a) => `  server ${a.name} 127.0.0.1:${a.port} check`).join('\n')}
listen stats
  bind 127.0.0.1:${ports.stats}
  stats enable
  stats uri /stats
`;
  const file = path.join(workDir, 'haproxy.cfg');
  appendFileSync(file, config);
  run('haproxy', ['-c', '-q', '-f', file]);
  return startChild('haproxy', ports.front, 'haproxy', ['-db', '-f', file], { PATH: process.env.PATH });
}

/** Server states from HAProxy's CSV stats: { api1: 'UP', api2: 'DOWN', … }. */
export async function haproxyStates(statsPort: number): Promise<Record<string, string>> {
  const csv = await (await fetch(`http://127.0.0.1:${statsPort}/stats;csv`)).text();
  const states: Record<string, string> = {};
  for (const line of csv.split('\n')) {
    const cells = line.split(',');
    if (cells[0] === 'apis' && cells[1] !== 'FRONTEND' && cells[1] !== 'BACKEND') states[cells[1]] = cells[17];
  }
  return states;
}
