import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Client } from 'pg';
import { reloadConfig } from '../src/config/config';
import { MemoryRateLimitStore } from '../src/http/rate-limit';
import type { DataSource } from 'typeorm';
import { writeActivityYearCsv } from './activity-year-csv';

/**
 * `npm run bench -- --intake`: the tabular intake at a program year's volume.
 * On a database of its own (DATABASE_URL's server, database
 * territorio_intake_bench, dropped and recreated; or embedded PGlite without
 * DATABASE_URL): the demo seed, then 307,200 activities of 2021 as CSV —
 *   1. the floor (PostgreSQL only): the same rows loaded with COPY into a
 *      staging table and one INSERT … SELECT into `activity` (no checks, no audit);
 *   2. POST /import/activities of the file to the API running in this process,
 *      while `locate` is asked every 20 ms: import time, event-loop stall
 *      (longest), locate latency;
 *   3. the same file again (every row unchanged), and a dry run.
 */

const YEAR = 2021;
const LOCATE = '{"query":"{ locate(lon: -99.06, lat: 19.36) { colonia { clave } } }"}';

interface Timed<T> {
  seconds: number;
  value: T;
}

async function timed<T>(fn: () => Promise<T>): Promise<Timed<T>> {
  const started = performance.now();
  const value = await fn();
  return { seconds: Math.round((performance.now() - started) / 100) / 10, value };
}

async function freshDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** COPY the file into a staging table, then one INSERT … SELECT resolving folio and clave: the floor. */
function copyFloor(url: string, file: string): void {
  const sql = `
    CREATE TEMP TABLE floor_row (folio text, held_on date, seq int, kind text, people_reached int, colonia text);
    \\copy floor_row FROM '${file}' WITH (FORMAT csv, HEADER true)
    INSERT INTO activity (held_on, seq, beneficiary_id, colonia_id, territorial_id, kind, people_reached)
    SELECT f.held_on, f.seq, b.id, c.id, c.territorial_id, f.kind, f.people_reached
      FROM floor_row f JOIN beneficiary b ON b.folio = f.folio JOIN colonia c ON c.clave = f.colonia;`;
  execFileSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-q', '-1', '-f', '-'], {
    input: sql,
    stdio: ['pipe', 'ignore', 'inherit'],
  });
}

async function startApi(dataSource: DataSource): Promise<{ url: string; token: string; close(): Promise<void> }> {
  const secret = randomBytes(48).toString('base64url');
  process.env.JWT_SECRET = secret;
  reloadConfig();
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded after the environment is set (ormconfig reads it at load time) */
  const { createApp } = require('../src/app/server') as typeof import('../src/app/server');
  const { signToken } = require('../src/auth/jwt') as typeof import('../src/auth/jwt');
  const { Role } = require('../src/auth/role') as typeof import('../src/auth/role');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const token = await signToken({ sub: 'bench:intake', role: Role.ADMIN }, '2h', {
    kind: 'secret',
    secret: new TextEncoder().encode(secret),
    development: false,
  });
  const httpServer: Server = createServer();
  const { app, apollo, close } = await createApp({
    dataSource,
    httpServer,
    rateLimit: { limit: 0, windowMs: 60_000, store: new MemoryRateLimitStore() },
  });
  httpServer.on('request', app);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`,
    token,
    async close() {
      await apollo.stop();
      await close();
      await new Promise((resolve) => httpServer.close(resolve));
    },
  };
}

/** POSTs the file while `locate` is asked every 20 ms; the import's report, the loop's longest stall, locate's latencies. */
async function importWhileLocating(api: { url: string; token: string }, file: string, query = '') {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  const latencies: number[] = [];
  let running = true;
  const prober = (async () => {
    // Asked from the first moment, until the import has answered.
    await Promise.resolve();
    while (running) {
      const started = performance.now();
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: LOCATE,
      });
      await response.text();
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  histogram.enable();
  const result = await timed(async () => {
    try {
      // node:http, not fetch: fetch gives up waiting for the answer's headers after 300 s (the embedded import may take longer).
      return await new Promise<{ status: number; report: Record<string, unknown> }>((resolve, reject) => {
        const request = httpRequest(
          `${api.url}/import/activities${query}`,
          { method: 'POST', headers: { 'content-type': 'text/csv', authorization: `Bearer ${api.token}` } },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (c: Buffer) => chunks.push(c));
            response.on('end', () =>
              resolve({ status: response.statusCode ?? 0, report: JSON.parse(Buffer.concat(chunks).toString('utf8')) }),
            );
            response.on('error', reject);
          },
        );
        request.on('error', reject);
        createReadStream(file).pipe(request);
      });
    } finally {
      histogram.disable();
      running = false;
      await prober;
    }
  });
  latencies.sort((a, b) => a - b);
  return {
    seconds: result.seconds,
    status: result.value.status,
    report: result.value.report,
    eventLoopMaxMs: Math.round(histogram.max / 1e6),
    locate: {
      requests: latencies.length,
      p50Ms: Math.round(latencies[Math.floor(latencies.length / 2)] ?? NaN),
      maxMs: Math.round(latencies[latencies.length - 1] ?? NaN),
    },
  };
}

export async function runIntakeBench(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  const mode = serverUrl ? 'postgresql' : 'embedded';
  const work = mkdtempSync(path.join(tmpdir(), 'territorio-intake-bench-'));
  if (serverUrl) process.env.DATABASE_URL = await freshDatabase(serverUrl, 'territorio_intake_bench');
  else process.env.DATA_DIR = work;
  reloadConfig();
  // Loaded after the environment is set: ormconfig reads it at load time.
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded after the environment is set */
  const { openDatabase } = require('../src/app/database') as typeof import('../src/app/database');
  const { runDemoSeed } = require('../seeds/demo.seed') as typeof import('../seeds/demo.seed');
  /* eslint-enable @typescript-eslint/no-require-imports */
  if (serverUrl) {
    // ormconfig may have been loaded (by bench.ts) before DATABASE_URL named the bench database.
    const { dataSource } = require('../src/app/ormconfig') as typeof import('../src/app/ormconfig'); // eslint-disable-line @typescript-eslint/no-require-imports
    dataSource.setOptions({ url: process.env.DATABASE_URL });
  }
  const db = await openDatabase({ migrate: true });
  try {
    const seed = await timed(() => runDemoSeed(db.dataSource));
    const file = path.join(work, `activities-${YEAR}.csv`);
    const rows = await writeActivityYearCsv(db.dataSource, file, YEAR);
    const bytes = statSync(file).size;
    process.stdout.write(
      `intake bench (${mode}): demo seed ${seed.seconds} s; ${rows} activities of ${YEAR}, ${(bytes / 1e6).toFixed(1)} MB of CSV\n`,
    );
    let floor: number | null = null;
    if (serverUrl) {
      floor = (await timed(async () => copyFloor(process.env.DATABASE_URL!, file))).seconds;
      await db.dataSource.query(`DELETE FROM activity WHERE held_on >= '${YEAR}-01-01'`);
      await db.dataSource.query('VACUUM ANALYZE activity');
      await db.dataSource.query('VACUUM ANALYZE activity_daily_colonia');
      process.stdout.write(`floor (COPY + INSERT … SELECT): ${floor} s\n`);
    }
    const api = await startApi(db.dataSource);
    try {
      const first = await importWhileLocating(api, file);
      process.stdout.write(
        `import: ${JSON.stringify({ ...first, report: { ...first.report, refusals: undefined } })}\n`,
      );
      const again = await importWhileLocating(api, file);
      process.stdout.write(
        `again (unchanged): ${JSON.stringify({ ...again, report: { ...again.report, refusals: undefined } })}\n`,
      );
      const dry = await importWhileLocating(api, file, '?dry_run=true');
      process.stdout.write(`dry run: ${JSON.stringify({ ...dry, report: { ...dry.report, refusals: undefined } })}\n`);
      const [check] = await db.dataSource.query(
        `SELECT (SELECT count(*)::int FROM activity WHERE held_on >= '${YEAR}-01-01') AS activities,
                (SELECT sum(activities)::int FROM activity_daily_colonia WHERE day >= '${YEAR}-01-01') AS rollup,
                (SELECT count(*)::int FROM audit_log WHERE operation = 'IMPORT' AND entity = 'activity') AS audit`,
      );
      process.stdout.write(`after: ${JSON.stringify(check)}\n`);
      process.stdout.write(
        `\n| mode | rows | floor (COPY) | import | import again (unchanged) | dry run | event loop max during import | locate p50 / max during import |\n` +
          `| ${mode} | ${rows} | ${floor === null ? '—' : `${floor} s`} | ${first.seconds} s | ${again.seconds} s | ${dry.seconds} s | ${first.eventLoopMaxMs} ms | ${first.locate.p50Ms} / ${first.locate.maxMs} ms (${first.locate.requests} requests) |\n`,
      );
    } finally {
      await api.close();
    }
  } finally {
    await db.close();
    rmSync(work, { recursive: true, force: true });
  }
}
