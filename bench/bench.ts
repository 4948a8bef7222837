import './bench-env';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Client } from 'pg';
import { signToken } from '../src/auth/jwt';
import { Role } from '../src/auth/role';
import { projectRoot } from '../seeds/program-upsert';
import { BENCH_USAGE, BenchUsageError, parseBenchArgs, type BenchArgs } from './bench-args';
import { measureFieldSync } from './field-sync';
import { benchCases, loadCaseInputs, type BenchCase, type BenchRequest, type CaseId } from './cases';
import { runIntakeBench } from './intake-bench';
import { runExportBench } from './export-bench';
import { runLoad, type LoadResult } from './load';
import { BenchDatabaseError, createBenchDatabase, seedBenchDatabase } from './prepare-database';
import { startChildServer, type ChildServer } from './processes';
import { installPeer, peerAnswerAsApi, peerVersions, preparePeerSchema, PEER_SCRIPT } from './postgraphile-peer';
import {
  caseLine,
  medianLoad,
  peerRatio,
  ratio,
  renderReport,
  statementsText,
  writeReport,
  type BenchReport,
  type CaseResult,
  type TargetCheck,
} from './report';

/**
 * `npm run bench`: prepares its own database on the server of DATABASE_URL
 * (demo seed + a full year of activities), starts the API (production mode)
 * and the floor server as child processes, checks that both answer the same,
 * and load-tests each case over loopback with autocannon from this process.
 * See docs/PERFORMANCE.md.
 */

const CONNECTIONS = 16;
const ACTIVITIES_PER_YEAR = 307_200;

interface Durations {
  warmup: number;
  measure: number;
}

async function fetchCase(
  baseUrl: string,
  request: BenchRequest,
): Promise<{ status: number; text: string; statements: number | undefined }> {
  const response = await fetch(`${baseUrl}${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
  const text = Buffer.from(await response.arrayBuffer()).toString('utf8');
  const header = response.headers.get('x-sql-statements');
  return { status: response.status, text, statements: header === null ? undefined : Number(header) };
}

/** The API's answer reduced to what the peer's can be compared on (Q1t: geometry by its type). */
function apiAnswerForPeer(caseId: string, body: any): unknown {
  if (caseId !== 'Q1t') return body;
  return {
    data: {
      colonias: {
        edges: body.data.colonias.edges.map((e: any) => ({ node: { ...e.node, geometry: e.node.geometry?.type } })),
      },
    },
  };
}

/**
 * Asks every variant (up to `limit`) of a case: the API must answer 200 without
 * GraphQL errors and, with a floor, exactly what the floor answers; with the
 * PostGraphile peer, the same ids, names and relations.
 */
async function checkCase(
  c: BenchCase,
  api: string,
  floor: string | undefined,
  peer: string | undefined,
  limit = 40,
): Promise<{ bytes: number; peerBytes: number | undefined; statements: number[] }> {
  let bytes = 0;
  let peerBytes = 0;
  const statements = new Set<number>();
  const n = Math.min(c.variants, limit);
  for (let i = 0; i < n; i++) {
    const a = await fetchCase(api, c.apiRequest(i));
    if (a.status !== 200) throw new Error(`${c.id}: the API answered ${a.status}: ${a.text.slice(0, 300)}`);
    if (a.text.startsWith('{') && JSON.parse(a.text).errors)
      throw new Error(`${c.id}: the API answered errors: ${a.text.slice(0, 300)}`);
    bytes += Buffer.byteLength(a.text);
    if (a.statements !== undefined) statements.add(a.statements);
    if (c.floorRequest && floor) {
      const f = await fetchCase(floor, c.floorRequest(i));
      if (f.status !== 200) throw new Error(`${c.id}: the floor answered ${f.status}: ${f.text.slice(0, 300)}`);
      if (!isDeepStrictEqual(JSON.parse(a.text), JSON.parse(f.text))) {
        throw new Error(
          `${c.id}: the floor's answer differs from the API's (variant ${i}):\nAPI   ${a.text.slice(0, 400)}\nfloor ${f.text.slice(0, 400)}`,
        );
      }
    }
    if (c.peerRequest && peer) {
      const g = await fetchCase(peer, c.peerRequest(i));
      const body = g.text.startsWith('{') ? JSON.parse(g.text) : undefined;
      if (g.status !== 200 || !body || body.errors)
        throw new Error(`${c.id}: PostGraphile answered ${g.status}: ${g.text.slice(0, 300)}`);
      peerBytes += Buffer.byteLength(g.text);
      const mine = apiAnswerForPeer(c.id, JSON.parse(a.text));
      if (!isDeepStrictEqual(mine, peerAnswerAsApi(c.id, body))) {
        throw new Error(
          `${c.id}: PostGraphile's answer differs from the API's (variant ${i}):\nAPI          ${JSON.stringify(mine).slice(0, 400)}\nPostGraphile ${g.text.slice(0, 400)}`,
        );
      }
    }
  }
  return {
    bytes: bytes / n,
    peerBytes: c.peerRequest && peer ? peerBytes / n : undefined,
    statements: [...statements],
  };
}

async function measure(
  baseUrl: string,
  request: (i: number) => BenchRequest,
  seconds: number,
  warmup: number,
  connections = CONNECTIONS,
): Promise<LoadResult> {
  if (warmup > 0) await runLoad({ baseUrl, request, connections, seconds: warmup });
  return runLoad({ baseUrl, request, connections, seconds });
}

interface Servers {
  api: ChildServer;
  floor: ChildServer;
  peer?: ChildServer;
}

/**
 * Checks then loads each case in `rounds` interleaved rounds: in each round the
 * API, the floor and PostGraphile are loaded one after the other (the order
 * rotates from round to round, so a burst of load from other work on the
 * machine does not always fall on the same server); medians are reported.
 * Each server is warmed up before its first round. `compare: false` still
 * checks answers against the floor but loads only the API.
 */
async function measureCases(
  cases: BenchCase[],
  servers: Servers,
  size: string,
  durations: Durations,
  rounds: number,
  suffix = '',
  compare = true,
): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const c of cases) {
    const check = await checkCase(c, servers.api.url, servers.floor.url, compare ? servers.peer?.url : undefined);
    type Target = { key: 'api' | 'floor' | 'peer'; url: string; request: (i: number) => BenchRequest };
    const targets: Target[] = [{ key: 'api', url: servers.api.url, request: (i) => c.apiRequest(i) }];
    if (compare && c.floorRequest) targets.push({ key: 'floor', url: servers.floor.url, request: c.floorRequest });
    if (compare && c.peerRequest && servers.peer)
      targets.push({ key: 'peer', url: servers.peer.url, request: c.peerRequest });
    const loads: Record<Target['key'], LoadResult[]> = { api: [], floor: [], peer: [] };
    for (let round = 0; round < rounds; round++) {
      const order = targets.map((_, k) => targets[(k + round) % targets.length]);
      for (const t of order)
        loads[t.key].push(
          await measure(t.url, t.request, durations.measure, round === 0 ? durations.warmup : 0, c.connections),
        );
    }
    const apiLoad = medianLoad(loads.api);
    const sql = [...new Set([...check.statements, ...apiLoad.sqlStatements])].sort((a, b) => a - b);
    const result: CaseResult = {
      id: c.id,
      name: `${c.name}${suffix}`,
      size,
      api: apiLoad,
      floor: loads.floor.length > 0 ? medianLoad(loads.floor) : undefined,
      peer: loads.peer.length > 0 ? medianLoad(loads.peer) : undefined,
      peerBytes: loads.peer.length > 0 ? check.peerBytes : undefined,
      rounds,
      bytes: check.bytes,
      sqlStatements: sql,
    };
    results.push(result);
    console.log(caseLine(result));
  }
  return results;
}

async function machineDescription(url: string, args: BenchArgs): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const [v] = (
      await client.query<{ pg: string; postgis: string }>(
        `SELECT current_setting('server_version') AS pg, postgis_lib_version() AS postgis`,
      )
    ).rows;
    const versions = (name: string) =>
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- reads an installed package's own package.json
      require(path.join(projectRoot(), 'node_modules', name, 'package.json')).version as string;
    return [
      `CPU: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'} (nproc ${os.availableParallelism()}); memory ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB; load average before the run ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
      `Node ${process.version}; PostgreSQL ${v.pg}; PostGIS ${v.postgis}; autocannon ${versions('autocannon')}; @apollo/server ${versions('@apollo/server')}; graphql ${versions('graphql')}; typeorm ${versions('typeorm')}; pg ${versions('pg')}`,
      `API: \`node dist/src/index.js\`, NODE_ENV=production, one process, pool of ${process.env.DB_POOL_SIZE ?? 10} connections, rate limit off (RATE_LIMIT_PER_MINUTE=0), request logging on (to a file); floor: \`node dist/bench/floor-server.js\`, same pool size; PostGraphile: \`node ${PEER_SCRIPT}\` (${peerVersions()}; schemas public and territorio_peer, same pool size); load generator: autocannon in the benchmark process; all four and PostgreSQL on the same machine (loopback)`,
      `Database: demo seed (13 territoriales, 293 colonias, 1,280 beneficiaries) + ${ACTIVITIES_PER_YEAR.toLocaleString('en-US')} activities a year${args.years > 1 ? `, then ${args.years} years (${(ACTIVITIES_PER_YEAR * args.years).toLocaleString('en-US')})` : ''}; VACUUM ANALYZE after loading`,
    ];
  } finally {
    await client.end();
  }
}

/**
 * API/floor ratios of Q1 and Q3 before issue #14 (main at a6f7d30, this bench,
 * same machine): Q1 and Q3 must not fall below them.
 */
export const BASELINE_FLOOR_RATIOS: Record<string, number> = { Q1: 0.93, Q3: 0.73 };

function evaluateTargets(results: CaseResult[], years: number): TargetCheck[] {
  const oneYear = results.filter((r) => r.size.startsWith('1 year') && r.name === r.name.replace(/ \(.*\)$/, ''));
  const checks: TargetCheck[] = [];
  const find = (id: string) => oneYear.find((x) => x.id === id);
  const rps = (n: number) => n.toFixed(0);
  const q2 = find('Q2');
  if (q2?.peer) {
    const g = peerRatio(q2)!;
    checks.push({
      target: 'Q2 locate API ≥ 1.5× PostGraphile',
      met: g >= 1.5,
      detail: `${g.toFixed(2)}× (${rps(q2.api.rps)} / ${rps(q2.peer.rps)} req/s)`,
    });
  }
  if (q2?.floor) {
    const q = ratio(q2)!;
    checks.push({
      target: 'Q2 locate API ≥ 0.6× the floor',
      met: q >= 0.6,
      detail: `${q.toFixed(2)}× (${rps(q2.api.rps)} / ${rps(q2.floor.rps)} req/s)`,
    });
  }
  const q1t = find('Q1t');
  if (q1t?.peer) {
    const g = peerRatio(q1t)!;
    checks.push({
      target: 'Q1t typed list API ≥ 2× PostGraphile',
      met: g >= 2,
      detail: `${g.toFixed(2)}× (${rps(q1t.api.rps)} / ${rps(q1t.peer.rps)} req/s)`,
    });
  }
  for (const id of ['Q1', 'Q3']) {
    const r = find(id);
    const q = r && ratio(r);
    if (r && q !== undefined)
      checks.push({
        target: `${id} API/floor no worse than before (${(BASELINE_FLOOR_RATIOS[id] * 100).toFixed(0)} %)`,
        met: q >= BASELINE_FLOOR_RATIOS[id],
        detail: `${(q * 100).toFixed(0)} % (${rps(r.api.rps)} / ${rps(r.floor!.rps)} req/s)`,
      });
  }
  for (const id of ['Q8', 'Q8c']) {
    const batch = find(id);
    if (batch)
      checks.push({
        target: `${id} ${batch.name}: 10,000 points in under 1 s (p50, one request at a time)`,
        met: batch.api.p50 < 1000,
        detail: `p50 ${batch.api.p50} ms, p99 ${batch.api.p99} ms`,
      });
  }
  if (q2)
    checks.push({
      target: `Q2 p99 < 25 ms at ${CONNECTIONS} connections`,
      met: q2.api.p99 < 25,
      detail: `p99 ${q2.api.p99} ms (p50 ${q2.api.p50} ms)`,
    });
  const byCase = new Map<string, Set<number>>();
  for (const r of results.filter((x) => !x.name.includes('(cache)') && !x.name.includes('processes)'))) {
    const set = byCase.get(r.id) ?? new Set<number>();
    for (const s of r.sqlStatements) set.add(s);
    byCase.set(r.id, set);
  }
  const varying = [...byCase].filter(([, set]) => set.size !== 1);
  checks.push({
    target: `SQL statements per request constant for every case${years > 1 ? ` (1 and ${years} years)` : ''}`,
    met: varying.length === 0,
    detail: [...byCase].map(([id, set]) => `${id}: ${statementsText([...set].sort((a, b) => a - b))}`).join(', '),
  });
  const q3One = oneYear.find((x) => x.id === 'Q3');
  const q3Many = results.find(
    (x) => x.id === 'Q3' && x.size.startsWith(`${years} years`) && !x.name.includes('(cache)'),
  );
  if (q3One && q3Many) {
    const slowdown = q3One.api.rps / q3Many.api.rps;
    checks.push({
      target: `Q3 at ${years} years within 2× its 1-year time`,
      met: slowdown <= 2,
      detail: `${slowdown.toFixed(2)}× (${q3One.api.rps.toFixed(0)} → ${q3Many.api.rps.toFixed(0)} req/s; p50 ${q3One.api.p50} → ${q3Many.api.p50} ms)`,
    });
  } else {
    checks.push({
      target: 'Q3 at 10 years within 2× its 1-year time',
      met: false,
      detail: 'not measured in this run (run with --years 10)',
    });
  }
  return checks;
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === '--intake' && argv.length === 1) {
    await runIntakeBench();
    return 0;
  }
  if (argv[0] === '--exports') return runExportBench(argv.slice(1));
  let args: BenchArgs;
  try {
    args = parseBenchArgs(argv);
  } catch (error) {
    if (error instanceof BenchUsageError) {
      process.stderr.write(`${error.message}\n${BENCH_USAGE}\n`);
      return 2;
    }
    throw error;
  }
  const durations: Durations = args.quick ? { warmup: 1, measure: 3 } : { warmup: 2, measure: 10 };
  installPeer();
  const startedAt = new Date().toISOString();
  // The command as run, without the database URL (it may carry credentials).
  const shown = argv.filter((a, i) => !a.startsWith('--database-url') && argv[i - 1] !== '--database-url');
  const command = `${args.databaseUrl === process.env.DATABASE_URL ? 'DATABASE_URL=… ' : ''}npm run bench${shown.length > 0 ? ` -- ${shown.join(' ')}` : ''}`;

  let db: { url: string; reused: boolean };
  try {
    db = await createBenchDatabase(args.databaseUrl, args.benchDatabase, { reuse: args.reuse, years: 1 });
  } catch (error) {
    if (error instanceof BenchDatabaseError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (!db.reused) {
    console.log(`preparing ${args.benchDatabase}: migrations, demo seed, 1 year of activities…`);
    const seeded = await seedBenchDatabase(db.url, 1);
    console.log(`  ${seeded.activities.toLocaleString('en-US')} activities in ${(seeded.ms / 1000).toFixed(1)} s`);
  } else {
    console.log(`reusing ${args.benchDatabase}`);
  }
  await preparePeerSchema(db.url);
  const machine = await machineDescription(db.url, args);

  const secret = randomBytes(48).toString('base64url');
  const analystToken = await signToken({ sub: 'bench:analyst', role: Role.ANALYST }, '2h', {
    kind: 'secret',
    secret: new TextEncoder().encode(secret),
    development: false,
  });
  const inputsClient = new Client({ connectionString: db.url });
  await inputsClient.connect();
  const inputs = await loadCaseInputs(inputsClient, analystToken).finally(() => inputsClient.end());
  const cases = benchCases(inputs).filter((c) => args.cases.includes(c.id as CaseId));

  const apiEnv = (extra: Record<string, string> = {}) => ({
    NODE_ENV: 'production',
    DATABASE_URL: db.url,
    JWT_SECRET: secret,
    SQL_COUNT_HEADER: 'on',
    RATE_LIMIT_PER_MINUTE: '0',
    ...(process.env.DB_POOL_SIZE ? { DB_POOL_SIZE: process.env.DB_POOL_SIZE } : {}),
    ...extra,
  });
  const peerEnv = {
    DATABASE_URL: db.url,
    ...(process.env.DB_POOL_SIZE ? { DB_POOL_SIZE: process.env.DB_POOL_SIZE } : {}),
  };
  const floorEnv = {
    DATABASE_URL: db.url,
    ...(process.env.DB_POOL_SIZE ? { DB_POOL_SIZE: process.env.DB_POOL_SIZE } : {}),
  };
  const servers: ChildServer[] = [];
  const start = async (name: string, script: string, env: Record<string, string>) => {
    const server = await startChildServer(name, script, env);
    servers.push(server);
    return server;
  };
  const stopAll = async () => {
    await Promise.all(servers.splice(0).map((s) => s.stop()));
  };
  const results: CaseResult[] = [];
  const notes: string[] = [];
  const extraTargets: TargetCheck[] = [];
  try {
    const oneYear = `1 year (${ACTIVITIES_PER_YEAR.toLocaleString('en-US')} activities)`;
    const loadNote = (phase: string) =>
      notes.push(
        `Load average (1/5/15 min) when the ${phase} phase started: ${os
          .loadavg()
          .map((l) => l.toFixed(2))
          .join(' / ')} (other work on the machine shows here).`,
      );
    loadNote('1-year');
    let api = await start('api', 'dist/src/index.js', apiEnv());
    let floor = await start('floor', 'dist/bench/floor-server.js', floorEnv);
    let peer = await start('postgraphile', PEER_SCRIPT, peerEnv);
    results.push(...(await measureCases(cases, { api, floor, peer }, oneYear, durations, args.rounds)));
    if (args.fieldSync) {
      const tokenFor = (folio: string) =>
        signToken({ sub: 'bench:facilitator', role: Role.FACILITATOR, beneficiary: folio }, '2h', {
          kind: 'secret',
          secret: new TextEncoder().encode(secret),
          development: false,
        });
      const sync = await measureFieldSync(api.url, db.url, tokenFor, args.rounds);
      console.log(`W1 ${sync.check.detail}`);
      extraTargets.push(sync.check);
      notes.push(sync.note);
    }

    if (args.cluster) {
      await api.stop();
      api = await start('api-2', 'dist/src/index.js', apiEnv({ WEB_CONCURRENCY: '2' }));
      const clustered = cases.filter((c) => c.id === 'Q1t' || c.id === 'Q2');
      results.push(
        ...(await measureCases(clustered, { api, floor, peer }, oneYear, durations, args.rounds, ' (2 processes)')),
      );
      notes.push(
        'Rows marked (2 processes): the API with WEB_CONCURRENCY=2 (node:cluster, two workers on one port); the floor and PostGraphile stay at one process each and are measured again in the same rounds. See SCALING.md.',
      );
    }

    if (args.cache) {
      await api.stop();
      api = await start('api-cache', 'dist/src/index.js', apiEnv({ RESPONSE_CACHE: 'on' }));
      const cached = cases.filter((c) => c.id === 'Q1' || c.id === 'Q3');
      results.push(
        ...(await measureCases(cached, { api, floor, peer }, oneYear, durations, args.rounds, ' (cache)', false)),
      );
      notes.push(
        'Rows marked (cache): the API with RESPONSE_CACHE=on (in-process store); after the first request every answer comes from the cache (0 statements), so they show the cache, not the database. Their answers are checked against the floor; the floor is not loaded again.',
      );
    }

    if (args.years > 1) {
      await stopAll();
      console.log(`growing ${args.benchDatabase} to ${args.years} years of activities…`);
      const seeded = await seedBenchDatabase(db.url, args.years);
      console.log(`  ${seeded.activities.toLocaleString('en-US')} activities in ${(seeded.ms / 1000).toFixed(1)} s`);
      loadNote(`${args.years}-year`);
      api = await start('api', 'dist/src/index.js', apiEnv());
      floor = await start('floor', 'dist/bench/floor-server.js', floorEnv);
      peer = await start('postgraphile', PEER_SCRIPT, peerEnv);
      const size = `${args.years} years (${seeded.activities.toLocaleString('en-US')} activities)`;
      results.push(...(await measureCases(cases, { api, floor, peer }, size, durations, args.rounds)));
    }
    notes.push(
      `Load average (1/5/15 min) at the end of the run: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' / ')}.`,
    );
  } finally {
    await stopAll();
  }

  const report: BenchReport = {
    command,
    startedAt,
    machine,
    quick: args.quick,
    seconds: durations.measure,
    rounds: args.rounds,
    connections: CONNECTIONS,
    results,
    targets: [...evaluateTargets(results, args.years), ...extraTargets],
    notes,
  };
  for (const t of report.targets) console.log(`target ${t.met ? 'met    ' : 'NOT MET'} ${t.target}: ${t.detail}`);
  if (args.output) {
    const file = path.resolve(projectRoot(), args.output);
    writeReport(file, renderReport(report));
    // The tables are written compact; Prettier (the project's formatter, npm run lint) aligns them.
    execFileSync(path.join(projectRoot(), 'node_modules', '.bin', 'prettier'), [
      '--write',
      '--log-level',
      'warn',
      file,
    ]);
    console.log(`report written to ${path.relative(process.cwd(), file)}`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  },
);
