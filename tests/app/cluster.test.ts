import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createClient } from 'redis';
import { MAX_WEB_CONCURRENCY, processCount } from '../../src/app/cluster';
import { readConfig, reloadConfig } from '../../src/config/config';
import { print } from 'graphql';
import { authHeaders } from '../helpers/auth';
import { TerritorialClavesDocument } from '../graphql/generated';

/**
 * WEB_CONCURRENCY=N (src/app/cluster.ts): N worker processes on one port, shared
 * rate-limit counters in Redis, a clean stop on SIGTERM. Runs the built server
 * (`npm run build` first; CI builds before the tests) against the test database.
 */

const ROOT = path.resolve(__dirname, '../..');
const SERVER = path.join(ROOT, 'dist', 'src', 'index.js');
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Runs a server script with `env` (plus PATH and DATABASE_URL) until it exits: its exit code and everything it printed. */
async function runToExit(script: string, env: Record<string, string>): Promise<{ code: number | null; text: string }> {
  const child = spawn(process.execPath, [script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', DATABASE_URL: process.env.DATABASE_URL!, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.on('data', (chunk) => (text += chunk));
  child.stderr!.on('data', (chunk) => (text += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, text };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

interface Spawned {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

async function startCluster(env: Record<string, string>): Promise<Spawned> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'territorio-cluster-'));
  const child = spawn(process.execPath, [SERVER], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: process.env.DATABASE_URL!,
      DB_POOL_SIZE: process.env.DB_POOL_SIZE ?? '2',
      JWT_SECRET: process.env.JWT_SECRET!,
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.on('data', (chunk) => (text += chunk));
  child.stderr!.on('data', (chunk) => (text += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  exited.then(() => rmSync(dataDir, { recursive: true, force: true }));
  const url = `http://127.0.0.1:${port}`;
  // Ready when every worker has said so (each logs "territorio ready").
  const workers = Number(env.WEB_CONCURRENCY ?? 1);
  const deadline = Date.now() + 150_000;
  while ((text.match(/territorio ready/g) ?? []).length < workers) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${text}`);
    if (Date.now() > deadline) throw new Error(`the workers did not start:\n${text}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, url, output: () => text, exited };
}

describe('WEB_CONCURRENCY', () => {
  beforeAll(() => {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build before this test`);
  });

  it('parses the number of processes and refuses anything but 1–64', () => {
    expect(readConfig({}).WEB_CONCURRENCY).toBe(1);
    expect(readConfig({ WEB_CONCURRENCY: '' }).WEB_CONCURRENCY).toBe(1);
    expect(readConfig({ WEB_CONCURRENCY: '2' }).WEB_CONCURRENCY).toBe(2);
    expect(readConfig({ WEB_CONCURRENCY: String(MAX_WEB_CONCURRENCY) }).WEB_CONCURRENCY).toBe(MAX_WEB_CONCURRENCY);
    for (const bad of ['0', '65', 'two', '-1', '1.5', '2; rm -rf /'])
      expect(() => readConfig({ WEB_CONCURRENCY: bad })).toThrow(/WEB_CONCURRENCY must be a whole number from 1 to 64/);
  });

  it('stays one process in embedded mode (no DATABASE_URL): the embedded database cannot be shared', () => {
    const saved = { url: process.env.DATABASE_URL, n: process.env.WEB_CONCURRENCY };
    try {
      process.env.WEB_CONCURRENCY = '4';
      delete process.env.DATABASE_URL;
      reloadConfig();
      expect(processCount()).toBe(1);
      process.env.DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/x';
      reloadConfig();
      expect(processCount()).toBe(4);
    } finally {
      process.env.DATABASE_URL = saved.url;
      if (saved.n === undefined) delete process.env.WEB_CONCURRENCY;
      else process.env.WEB_CONCURRENCY = saved.n;
      reloadConfig();
    }
  });

  it('the demo server (npm start) refuses a bad DEMO_CRIME (exit 2, names the values)', async () => {
    const { code, text } = await runToExit(path.join(ROOT, 'dist', 'seeds', 'demo-server.js'), {
      DEMO_CRIME: 'everything',
    });
    expect(code).toBe(2);
    expect(text).toMatch(/configuration refused: DEMO_CRIME must be one of all, 2019-2020, none \(got "everything"\)/);
  });

  it('refuses to start with a bad WEB_CONCURRENCY (exit 2, says why)', async () => {
    const { code, text } = await runToExit(SERVER, { WEB_CONCURRENCY: 'many' });
    expect(code).toBe(2);
    expect(text).toMatch(/configuration refused: WEB_CONCURRENCY must be a whole number from 1 to 64 \(got "many"\)/);
  });

  it('runs two workers on one port that share the rate limit in Redis, and stops cleanly on SIGTERM', async () => {
    const server = await startCluster({ WEB_CONCURRENCY: '2', REDIS_URL, RATE_LIMIT_PER_MINUTE: '3' });
    const subject = `test:cluster:${randomUUID()}`;
    try {
      // Both workers answer (the primary hands connections out in turn).
      const workers = new Set<number>();
      for (let i = 0; i < 20 && workers.size < 2; i++) {
        const response = await fetch(`${server.url}/healthz`, { headers: { connection: 'close' } });
        workers.add(((await response.json()) as { worker: number }).worker);
      }
      expect([...workers].sort()).toEqual([1, 2]);

      // One client, limit 3 a minute, requests spread over both workers: the 4th is refused,
      // because the counter is shared in Redis (per-worker counters would allow 6).
      const headers = {
        'content-type': 'application/json',
        connection: 'close',
        ...(await authHeaders('ANALYST', undefined, subject)),
      };
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const response = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ query: print(TerritorialClavesDocument) }),
        });
        statuses.push(response.status);
        if (response.status === 200) {
          const body = (await response.json()) as { data: { territoriales: unknown[] } };
          expect(body.data.territoriales).toHaveLength(13);
        } else await response.text();
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      server.child.kill('SIGTERM');
      const code = await server.exited;
      const client = createClient({ url: REDIS_URL });
      await client.connect();
      await client.del(`territorio:ratelimit:jwt:${subject}`);
      await client.quit();
      expect(code).toBe(0);
      const log = server.output();
      expect((log.match(/stopped cleanly/g) ?? []).length).toBe(2);
      expect(log).toMatch(/all workers stopped/);
    }
  });
});
