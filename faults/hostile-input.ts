import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { ChildProcess } from 'node:child_process';
import { Client } from 'pg';

/**
 * Issue #27's attacks, against a real server process (`faults/run.ts` runs them in both modes):
 * the process stays up, /readyz keeps answering within its bound, the database is not left
 * holding a transaction, and nothing is half-written. Each attack's outcome and timings go
 * into the suite's counts.
 *
 * The server is started with a short request timeout (HOSTILE_ENV) so that the stops happen
 * within seconds instead of 30.
 */

/** 10 s: on a loaded 2-core machine an embedded import of 10 rows took over 6 s right after an engine restart. */
export const HOSTILE_REQUEST_TIMEOUT_MS = Number(process.env.FAULTS_HOSTILE_TIMEOUT_MS ?? 10_000);

/** What the hostile server runs with: stops after 10 s; on PostgreSQL a statement limit of 3 s. */
export const HOSTILE_ENV = {
  REQUEST_TIMEOUT_MS: String(HOSTILE_REQUEST_TIMEOUT_MS),
  DB_STATEMENT_TIMEOUT_MS: '3000',
  // The crime CSV's decompressed cap, lowered from 128 MiB so that the case runs in a second.
  CRIME_IMPORT_MAX_CSV_BYTES: String(4 * 1024 * 1024),
};

/** /readyz, as answered to a balancer: within this many ms, measured by the client (a loaded 2-core machine). */
const READYZ_CLIENT_BOUND_MS = Number(process.env.FAULTS_READYZ_BOUND_MS ?? 1000);

export interface HostileKit {
  check(ok: boolean, label: string): void;
  counts: Record<string, number | string>;
  sleep(ms: number): Promise<unknown>;
}

export interface HostileTarget {
  mode: 'embedded' | 'postgres';
  url: string;
  child: ChildProcess;
  headers: Record<string, string>;
  /** PostgreSQL mode: the database, to look for sessions left "idle in transaction". */
  databaseUrl?: string;
  /** The repository's root (fixtures). */
  root: string;
  /** The server's log (its access log times each /readyz from the server's side). */
  log: () => string;
}

/** The server's own time for each /readyz it answered after log offset `from`, outside [skipFrom, skipTo]. */
function serverReadyzMs(log: string, from: number, skipFrom: number, skipTo: number): number[] {
  const times: number[] = [];
  for (const line of log.slice(from).split('\n')) {
    if (!line.includes('"url":"/readyz"')) continue;
    try {
      const entry = JSON.parse(line) as { time: number; ms: number };
      if (entry.time >= skipFrom && entry.time <= skipTo) continue;
      times.push(Number(entry.ms));
    } catch {
      /* a partial line */
    }
  }
  return times;
}

interface Outcome {
  status: number;
  ms: number;
  body: string;
}

/**
 * One request on a connection of its own (no keep-alive socket that the server may be closing
 * meanwhile): status, time and body (the first 200 KB). Status 0: no answer, or one cut short.
 */
function send(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string | Buffer; timeoutMs?: number } = {},
): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    let settled = false;
    const done = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    const req = request(
      url,
      { method: init.method ?? 'GET', headers: init.headers, agent: false, timeout: init.timeoutMs ?? 60_000 },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          if (size < 200_000) chunks.push(chunk);
          size += chunk.length;
        });
        response.on('end', () =>
          done({ status: response.statusCode ?? 0, ms: Date.now() - started, body: Buffer.concat(chunks).toString() }),
        );
        response.on('error', (error) => done({ status: 0, ms: Date.now() - started, body: `cut: ${String(error)}` }));
        response.on('aborted', () => done({ status: 0, ms: Date.now() - started, body: 'cut: aborted' }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    // A refusal may come while the body is still being sent: the answer counts, not the write error.
    req.on('error', (error) =>
      setTimeout(() => done({ status: 0, ms: Date.now() - started, body: String(error) }), 200),
    );
    req.end(init.body);
  });
}

/** GET on a connection of its own (as a balancer's health check): no keep-alive socket the server may be closing. */
function probe(url: string, timeoutMs: number): Promise<Outcome> {
  return send(url, { timeoutMs });
}

/** Polls /readyz every 200 ms until stopped: every answer's status and latency. */
function watchReadyz(url: string) {
  const samples: { status: number; ms: number; body: string; phase: string }[] = [];
  let running = true;
  let phase = 'other';
  const loop = (async () => {
    while (running) {
      const outcome = await probe(`${url}/readyz`, 5000);
      samples.push({ status: outcome.status, ms: outcome.ms, body: outcome.body.slice(0, 200), phase });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  return {
    samples,
    /** Tags the probes sent from now on. */
    phase(name: string) {
      phase = name;
    },
    async stop() {
      running = false;
      await loop;
    },
  };
}

/** Waits until /readyz says 200: the ms it took (or -1 after `seconds`). */
async function readyAgain(url: string, seconds = 60): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < seconds * 1000) {
    if ((await send(`${url}/readyz`, { timeoutMs: 2000 })).status === 200) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return -1;
}

function rssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : -1;
  } catch {
    return -1;
  }
}

/** Synthetic incidents inside the alcaldía, each distinct (its own minute and position). */
function crimeCsv(rows: number, seed: number): string {
  const lines = ['fecha_hecho,hora_hecho,delito,lon,lat'];
  for (let i = 0; i < rows; i += 1) {
    const day = 1 + (i % 28);
    const minute = (i * 7 + seed) % 1440;
    const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00`;
    const lon = (-99.075 + ((i * 7919 + seed * 13) % 5000) / 100_000).toFixed(6);
    const lat = (19.335 + ((i * 104729 + seed * 7) % 4000) / 100_000).toFixed(6);
    lines.push(
      `2030-${String(1 + (i % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')},${time},ROBO A TRANSEUNTE EN VIA PUBLICA CON VIOLENCIA,${lon},${lat}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Incidents the API reports for 2030 (what the synthetic files write), through the public OGC count. */
async function crimeCount(target: HostileTarget): Promise<number> {
  const outcome = await send(`${target.url}/ogc/collections/crime/items?limit=1&datetime=2030-01-01/2030-12-31`, {
    headers: target.headers,
    timeoutMs: 30_000,
  });
  try {
    return Number(JSON.parse(outcome.body).numberMatched ?? NaN);
  } catch {
    return NaN;
  }
}

async function idleInTransaction(databaseUrl: string | undefined): Promise<number> {
  if (!databaseUrl) return 0;
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND state LIKE 'idle in transaction%' AND pid <> pg_backend_pid()`,
    );
    return rows[0].n;
  } finally {
    await client.end();
  }
}

/** An ADMIN crime upload that sends its header and a few rows, then stalls past the request timeout. */
function stalledUpload(target: HostileTarget): Promise<{ status: number; ms: number; closedMs: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const { hostname, port } = new URL(target.url);
    const head = crimeCsv(50, 99);
    const req = request({
      hostname,
      port,
      path: '/import/crime',
      method: 'POST',
      headers: { ...target.headers, 'content-type': 'text/csv', 'content-length': String(head.length * 20) },
    });
    let status = 0;
    let answeredAt = 0;
    const trickle = setInterval(() => req.write('\n'), 500);
    const finish = () => {
      clearInterval(trickle);
      resolve({ status, ms: answeredAt - started, closedMs: answeredAt ? Date.now() - answeredAt : -1 });
    };
    req.on('response', (response) => {
      status = response.statusCode ?? 0;
      answeredAt = Date.now();
      response.resume();
    });
    // The server closes the socket after its answer: the request ends with an error or a close.
    req.on('close', finish);
    req.on('error', () => undefined);
    req.write(head);
    setTimeout(() => req.destroy(), HOSTILE_REQUEST_TIMEOUT_MS + 20_000).unref();
  });
}

/** A LINESTRING of `vertices` points zigzagging across the alcaldía (the 15 KB filter of issue #27). */
function zigzag(vertices: number): string {
  const points: string[] = [];
  for (let i = 0; i < vertices; i += 1) {
    const lon = -99.1 + (0.12 * i) / vertices;
    const lat = 19.3 + (i % 2 === 0 ? 0 : 0.1) + ((i * 37) % 100) / 10_000;
    points.push(`${lon.toFixed(5)} ${lat.toFixed(5)}`);
  }
  return `LINESTRING(${points.join(',')})`;
}

/** A FeatureCollection of about `bytes` bytes: IECM colonias repeated with their own names. */
function largeGeoJson(root: string, bytes: number): string {
  const source = JSON.parse(readFileSync(`${root}/seeds/data/iztapalapa-colonias-iecm.geojson`, 'utf8'));
  const one = Buffer.byteLength(JSON.stringify(source));
  const copies = Math.max(1, Math.floor(bytes / one));
  const features = [];
  for (let c = 0; c < copies; c += 1)
    for (const f of source.features)
      features.push({ ...f, properties: { ...f.properties, nomut: `${f.properties.nomut} ${c}` } });
  return JSON.stringify({ type: 'FeatureCollection', features });
}

export async function hostileInput(target: HostileTarget, kit: HostileKit): Promise<void> {
  const { check, counts } = kit;
  const label = `${target.mode} hostile`;
  const pid = target.child.pid!;
  const alive = () => target.child.exitCode === null && target.child.signalCode === null;
  // Every payload is built before the watch starts: building them holds this process's event loop, not the server's.
  const line = zigzag(900);
  const big = largeGeoJson(target.root, 19.5 * 1024 * 1024);
  const huge = crimeCsv(500_000, 2);
  const bombs: [string, Buffer, string][] = [
    ['256 MB of commas', gzipSync(Buffer.alloc(256 * 1024 * 1024, ',')), 'longer than'],
    [
      'one quoted field of 64 MB',
      gzipSync(Buffer.concat([Buffer.from('"'), Buffer.alloc(64 * 1024 * 1024, 'a')])),
      'longer than',
    ],
    [
      'valid rows inflating past the cap',
      gzipSync(
        `fecha_hecho,hora_hecho,delito,lon,lat\n${`2030-01-01,12:00:00,${'X'.repeat(3000)},-99.05,19.35\n`.repeat(8000)}`,
      ),
      'CRIME_IMPORT_MAX_CSV_BYTES',
    ],
  ];
  const deep = `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"nomut":"x","junk":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}},"geometry":null}]}`;
  const started = Date.now();
  const logFrom = target.log().length;
  /** When the 20 parallel reads ran (their /readyz times are reported apart). */
  const parallelWindow = { from: 0, to: 0 };
  const readyz = watchReadyz(target.url);
  const rssBefore = rssMb(pid);
  let rssMax = rssBefore;
  const rssTimer = setInterval(() => (rssMax = Math.max(rssMax, rssMb(pid))), 250);
  const admin = { ...target.headers };
  try {
    // Incidents to attack: 1,000 synthetic rows, within the embedded per-request row limit.
    const load = await send(`${target.url}/import/crime`, {
      method: 'POST',
      headers: { ...admin, 'content-type': 'text/csv' },
      body: crimeCsv(1_000, 1),
      timeoutMs: 120_000,
    });
    counts[`${label}: crime import of 1,000 rows (status, ms)`] = `${load.status}, ${load.ms}`;
    const incidents = await crimeCount(target);
    check(
      load.status === 200 || load.status === 503,
      `${label}: the 1,000-row crime import answered 200 or 503 (${load.status})`,
    );

    // 1. The anonymous 15 KB S_DWITHIN over a 900-vertex line, limit 1000.
    const filter = encodeURIComponent(`S_DWITHIN(geometry, ${line}, 500)`);
    const attackUrl = `${target.url}/ogc/collections/crime/items?filter=${filter}&limit=1000`;
    const dwithin = await send(attackUrl, { timeoutMs: 120_000 });
    const dwithinReady = await readyAgain(target.url);
    counts[
      `${label}: S_DWITHIN 900 vertices, ${(attackUrl.length / 1024).toFixed(0)} KB URL (status, ms, then ready after ms)`
    ] = `${dwithin.status}, ${dwithin.ms}, ${dwithinReady}`;
    if (dwithin.status !== 200) console.log(`     S_DWITHIN answer: ${dwithin.body.slice(0, 300)}`);
    check(alive(), `${label}: the process survived the S_DWITHIN request (${dwithin.status} in ${dwithin.ms} ms)`);
    check(
      [200, 400, 413, 503].includes(dwithin.status) && dwithin.ms < HOSTILE_REQUEST_TIMEOUT_MS + 10_000,
      `${label}: S_DWITHIN answered 200/400/413/503 within the request timeout (${dwithin.status}, ${dwithin.ms} ms)`,
    );
    check(dwithinReady >= 0, `${label}: /readyz is 200 again after the S_DWITHIN (${dwithinReady} ms)`);

    // 1b. The same filter on the colonias' polygons: a statement that outlasts the request timeout
    //     on any machine (every colonia's rings against 900 vertices), while others wait for the connection.
    const longUrl = `${target.url}/ogc/collections/colonias/items?filter=${filter}&limit=1000`;
    const longStarted = Date.now();
    const [long, during] = await Promise.all([
      send(longUrl, { timeoutMs: 120_000 }),
      new Promise((resolve) => setTimeout(resolve, 500)).then(() =>
        send(`${target.url}/geojson/territoriales`, { timeoutMs: 120_000 }),
      ),
    ]);
    const longReady = await readyAgain(target.url);
    counts[`${label}: S_DWITHIN 900 vertices on colonias (status, ms; a read meanwhile: status, ms; ready after ms)`] =
      `${long.status}, ${long.ms}; ${during.status}, ${during.ms}; ${longReady}`;
    if (long.status !== 200) console.log(`     S_DWITHIN on colonias: ${long.body.slice(0, 300)}`);
    check(alive(), `${label}: the process survived the long S_DWITHIN on colonias (${long.status} in ${long.ms} ms)`);
    check(
      [200, 400, 413, 503].includes(long.status) && long.ms < HOSTILE_REQUEST_TIMEOUT_MS + 10_000,
      `${label}: the long S_DWITHIN answered within the request timeout (${long.status}, ${Date.now() - longStarted} ms)`,
    );
    check(
      [200, 503].includes(during.status) && during.ms < HOSTILE_REQUEST_TIMEOUT_MS + 10_000,
      `${label}: a read sent meanwhile answered 200 or 503 within the request timeout (${during.status}, ${during.ms} ms)`,
    );
    check(longReady >= 0, `${label}: /readyz is 200 again after the long S_DWITHIN (${longReady} ms)`);

    // 2. 20 parallel GET /geojson/crime.
    readyz.phase('parallel');
    const parallelStarted = Date.now();
    parallelWindow.from = parallelStarted;
    const parallel = await Promise.all(
      Array.from({ length: 20 }, () => send(`${target.url}/geojson/crime`, { timeoutMs: 120_000 })),
    );
    const byStatus: Record<string, number> = {};
    // A 200 whose stream the request timeout cut short is counted as "cut".
    for (const p of parallel) {
      const key = p.body.startsWith('cut:') ? 'cut' : String(p.status);
      byStatus[key] = (byStatus[key] ?? 0) + 1;
    }
    counts[`${label}: 20 parallel GET /geojson/crime (statuses, total ms)`] =
      `${JSON.stringify(byStatus)}, ${Date.now() - parallelStarted}`;
    check(alive(), `${label}: the process survived 20 parallel GET /geojson/crime`);
    check(
      parallel.every((p) => p.status === 200 || p.status === 503 || p.body.startsWith('cut:')),
      `${label}: every parallel GET /geojson/crime answered 200 or 503, or was cut at the request timeout (${JSON.stringify(byStatus)})`,
    );
    check((await readyAgain(target.url)) >= 0, `${label}: /readyz is 200 again after the parallel reads`);
    readyz.phase('other');
    parallelWindow.to = Date.now();

    // 3. A 20 MB GeoJSON import, dry run.
    const geojson = await send(`${target.url}/import/colonias?dry_run=true&iecm=true`, {
      method: 'POST',
      headers: { ...admin, 'content-type': 'application/geo+json' },
      body: big,
      timeoutMs: 120_000,
    });
    counts[`${label}: ${(big.length / 1e6).toFixed(1)} MB GeoJSON import, dry run (status, ms)`] =
      `${geojson.status}, ${geojson.ms}`;
    check(alive(), `${label}: the process survived the 20 MB GeoJSON import`);
    if (target.mode === 'embedded')
      check(
        geojson.status === 413 && geojson.body.includes('IMPORT_EMBEDDED_BODY_LIMIT_BYTES') && geojson.ms < 5000,
        `${label}: the 20 MB GeoJSON import is refused up front naming the embedded limit (${geojson.status}, ${geojson.ms} ms)`,
      );
    else
      check(
        [200, 422, 503].includes(geojson.status),
        `${label}: the 20 MB GeoJSON import completed or was stopped by the request timeout (${geojson.status})`,
      );
    check((await readyAgain(target.url)) >= 0, `${label}: /readyz is 200 again after the 20 MB import`);

    // 4. A 500,000-row crime CSV.
    const bulk = await send(`${target.url}/import/crime`, {
      method: 'POST',
      headers: { ...admin, 'content-type': 'text/csv' },
      body: huge,
      timeoutMs: 120_000,
    });
    counts[`${label}: 500,000-row crime CSV, ${(huge.length / 1e6).toFixed(0)} MB (status, ms)`] =
      `${bulk.status}, ${bulk.ms}`;
    check(alive(), `${label}: the process survived the 500,000-row crime CSV`);
    check(
      target.mode === 'embedded'
        ? bulk.status === 413 && bulk.body.includes('CRIME_IMPORT_EMBEDDED_MAX_ROWS')
        : [200, 503].includes(bulk.status),
      `${label}: the 500,000-row CSV ${target.mode === 'embedded' ? 'is refused naming the embedded row limit' : 'completed or was stopped'} (${bulk.status}: ${bulk.body.slice(0, 160)})`,
    );
    check((await readyAgain(target.url)) >= 0, `${label}: /readyz is 200 again after the 500,000-row CSV`);

    // 5. A stalled ADMIN crime upload: header and 50 rows, then a byte every 500 ms past the timeout.
    const stalled = await stalledUpload(target);
    counts[`${label}: stalled crime upload (status, ms to answer, ms from answer to socket closed)`] =
      `${stalled.status}, ${stalled.ms}, ${stalled.closedMs}`;
    check(
      stalled.status === 503 && stalled.closedMs >= 0 && stalled.closedMs < 2000,
      `${label}: the stalled upload gets 503 and its socket is closed (${stalled.status}, closed ${stalled.closedMs} ms after)`,
    );
    const idle = await idleInTransaction(target.databaseUrl);
    counts[`${label}: sessions idle in transaction after the stops`] = idle;
    check(idle === 0, `${label}: no session is left idle in transaction (${idle})`);
    // On a loaded machine an embedded import can itself outlast the suite's short timeout: stopped, it
    // must leave nothing, and the same file sent again must go through.
    let after = { status: 0, ms: 0, body: '' };
    for (let attempt = 1; attempt <= 3 && after.status !== 200; attempt += 1) {
      if (attempt > 1) await readyAgain(target.url);
      after = await send(`${target.url}/import/crime`, {
        method: 'POST',
        headers: { ...admin, 'content-type': 'text/csv' },
        body: crimeCsv(10, 3),
        timeoutMs: 60_000,
      });
      counts[`${label}: the next crime import, attempt ${attempt} (status, ms)`] = `${after.status}, ${after.ms}`;
    }
    check(
      after.status === 200,
      `${label}: the next crime import succeeds (${after.status}: ${after.body.slice(0, 120)})`,
    );
    let report: { loaded?: number } = {};
    try {
      report = JSON.parse(after.body);
    } catch {
      /* checked above */
    }
    const incidentsAfter = await crimeCount(target);
    counts[`${label}: incidents of 2030 before the attacks, after`] = `${incidents}, ${incidentsAfter}`;
    check(
      incidentsAfter === incidents + (report.loaded ?? NaN),
      `${label}: nothing half-written: incidents = before + the last import's ${report.loaded} (${incidents} → ${incidentsAfter})`,
    );

    // 6. Gzip bombs.
    for (const [name, body, expected] of bombs) {
      const bomb = await send(`${target.url}/import/crime`, {
        method: 'POST',
        headers: { ...admin, 'content-type': 'application/gzip' },
        body,
        timeoutMs: 60_000,
      });
      counts[`${label}: gzip bomb, ${name}, ${(body.length / 1024).toFixed(0)} KB (status, ms)`] =
        `${bomb.status}, ${bomb.ms}`;
      check(
        alive() && [400, 413].includes(bomb.status) && bomb.body.includes(expected),
        `${label}: gzip bomb (${name}) refused naming its cap (${bomb.status}: ${bomb.body.slice(0, 140)})`,
      );
    }

    // 7. Properties nested a million levels deep.
    const nested = await send(`${target.url}/import/colonias?dry_run=true&iecm=true`, {
      method: 'POST',
      headers: { ...admin, 'content-type': 'application/geo+json' },
      body: deep,
    });
    counts[`${label}: GeoJSON nested 1,000,000 levels (status, ms)`] = `${nested.status}, ${nested.ms}`;
    check(
      alive() && nested.status === 400 && nested.body.includes('levels deep'),
      `${label}: properties nested a million levels deep are refused with 400 (${nested.status}: ${nested.body.slice(0, 140)})`,
    );
  } finally {
    clearInterval(rssTimer);
    await readyz.stop();
  }
  // 20 parallel reads of 50,000 features each keep the event loop busy streaming: /readyz's latency then is
  // reported, not bounded here (issue #27 item 2's per-IP budget of expensive work is the bound for that).
  const parallelMax = Math.max(0, ...readyz.samples.filter((s) => s.phase === 'parallel').map((s) => s.ms));
  counts[`${label}: /readyz slowest answer during the 20 parallel reads, ms`] = parallelMax;
  const bounded = readyz.samples.filter((s) => s.phase !== 'parallel');
  const answered = bounded.filter((s) => s.status !== 0);
  const slowest = Math.max(0, ...bounded.map((s) => s.ms));
  const sorted = bounded.map((s) => s.ms).sort((a, b) => a - b);
  counts[`${label}: /readyz probes during the attacks (200, 503, no answer; median ms, max ms)`] =
    `${answered.filter((s) => s.status === 200).length}, ${answered.filter((s) => s.status === 503).length}, ${bounded.length - answered.length}; ${sorted[Math.floor(sorted.length / 2)]}, ${slowest}`;
  for (const sample of bounded.filter((s) => s.status === 0 || s.ms > READYZ_CLIENT_BOUND_MS))
    console.log(`     /readyz: ${sample.status} in ${sample.ms} ms: ${sample.body}`);
  counts[`${label}: RSS before, max during, MB`] = `${rssBefore}, ${rssMax}`;
  counts[`${label}: seconds`] = Math.round((Date.now() - started) / 1000);
  // The bound is the server's: its access log times each /readyz (the client's time adds this loaded machine's scheduling).
  const serverMs = serverReadyzMs(target.log(), logFrom, parallelWindow.from, parallelWindow.to);
  const serverMax = Math.max(0, ...serverMs);
  counts[`${label}: /readyz as the server timed it, outside the parallel reads (answers, max ms)`] =
    `${serverMs.length}, ${Math.round(serverMax)}`;
  check(alive(), `${label}: the process is still up after every attack`);
  check(
    serverMs.length > 0 && serverMax <= READYZ_CLIENT_BOUND_MS,
    `${label}: the server answered every /readyz within ${READYZ_CLIENT_BOUND_MS} ms (${serverMs.length} answers, max ${Math.round(serverMax)} ms)`,
  );
  check(
    bounded.length === answered.length,
    `${label}: /readyz answered every probe during the attacks (${bounded.length} probes, slowest ${slowest} ms as the client saw it)`,
  );
}
