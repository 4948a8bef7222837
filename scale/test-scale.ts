import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import {
  cleanup,
  createPrimary,
  createReplica,
  haproxyStates,
  pickPort,
  run,
  setApplyDelay,
  sleep,
  startChild,
  startHaproxy,
  startRedis,
  waitFor,
  workDir,
  type Child,
  type PgServer,
} from './infra';
import {
  closedLoop,
  count,
  emptyCounts,
  graphqlRequest,
  send,
  throughput,
  type Answer,
  type Counts,
  type LoadRequest,
} from './load';

/**
 * npm run test:scale — scale-out tried for real, on loopback only
 * (docs/SCALING.md, "Scale-out, measured"):
 *
 *   primary (initdb) ──streaming──▶ replica (pg_basebackup, hot standby)
 *        ▲  writes, LISTEN              ▲ reads
 *   api1, api2 (node dist/src/index.js, DATABASE_READ_URL=replica, REDIS_URL) ◀── HAProxy (/readyz checks)
 *   api0 (reads on the primary: the comparison)            Redis (rate limits, response cache)
 *
 * Phases: throughput (1 process, reads on the primary / on the replica, 2
 * processes behind HAProxy); lag under write load with read-your-writes; an
 * artificially lagging replica (recovery_min_apply_delay): read-your-writes
 * and the staleness bound; faults — replica stopped, one API process killed,
 * Redis stopped — each counted (sent, failed, failure codes). Exits non-zero
 * when a property does not hold. Everything it starts it stops.
 */

const SECONDS = Number(process.env.SCALE_SECONDS ?? 5);
const PROBE_MS = 500;
const MAX_LAG_MS = 2000;
const WAIT_MS = 250;
const STALENESS_BOUND_MS = MAX_LAG_MS + 2 * PROBE_MS;
const RATE_LIMIT = 600;
const JWT_SECRET = 'scale-test-secret-not-for-production-0123456789';
process.env.JWT_SECRET = JWT_SECRET;

const root = path.resolve(__dirname, '..', '..');
const failures: string[] = [];
const report: string[] = [];
const started = Date.now();

function log(message: string): void {
  process.stdout.write(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}\n`);
}
function check(condition: boolean, what: string): void {
  if (!condition) failures.push(what);
  log(`${condition ? 'ok  ' : 'FAIL'} ${what}`);
}
function fmtCounts(c: Counts): string {
  const codes = Object.entries(c.codes)
    .map(([k, v]) => `${k}×${v}`)
    .join(' ');
  const from = Object.entries(c.readFrom)
    .map(([k, v]) => `${k}:${v}`)
    .join(' ');
  return `sent ${c.sent}, failed ${c.failed}${codes ? ` (${codes})` : ''}; read from ${from || '—'}`;
}
function tally(answers: Answer[]): Counts {
  const counts = emptyCounts();
  for (const a of answers) count(counts, a);
  return counts;
}
const percentile = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

// ------------------------------------------------------------------ tokens

// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after JWT_SECRET is set
const { signToken } = require('../src/auth/jwt') as typeof import('../src/auth/jwt');
const tokens = new Map<string, string>();
async function bearer(role: 'ANALYST' | 'OPERATOR', subject: string, territorial?: string): Promise<string> {
  const key = `${role}:${subject}`;
  if (!tokens.has(key))
    tokens.set(key, `Bearer ${await signToken({ sub: subject, role: role as never, territorial }, '1h')}`);
  return tokens.get(key)!;
}

// ------------------------------------------------------------------ queries

const Q3 = `query Q3($from: Date, $to: Date) { territoriales { id clave nombre coverage(from: $from, to: $to) {
  colonias coloniasAttended coverageRatio
  beneficiaries { total byRole { key count } bySex { key count } byAgeGroup { key count } }
  workshops { count participants colonias } activities peopleReached paymentsTotal } } }`;
const Q3_VARS = { from: '2020-01-01', to: '2020-12-31' };
const CREATE = `mutation($i: CreateActivityInput!) { createActivity(input: $i) { id } }`;
const OWN = `query($b: ID, $d: Date) { activities(beneficiaryId: $b, from: $d, to: $d, first: 50) { edges { node { id } } } }`;
const TER03 = `query($from: Date, $to: Date) { territorial(clave: "TER-03") { coverage(from: $from, to: $to) { activities } } }`;

interface Rig {
  primary: PgServer;
  replica: PgServer;
  redis: Child;
  api: Record<'api0' | 'api1' | 'api2', Child>;
  apiEnv: Record<string, NodeJS.ProcessEnv>;
  haproxy: Child;
  stats: number;
  lb: string;
  beneficiaries: string[];
}

function startApi(name: string, port: number, env: NodeJS.ProcessEnv): Child {
  return startChild(name, port, process.execPath, [path.join(root, 'dist/src/index.js')], {
    ...env,
    PORT: String(port),
  });
}
async function apiReady(child: Child): Promise<void> {
  await waitFor(`${child.name} /readyz`, 60_000, async () => {
    if (!child.running()) throw new Error(`${child.name} exited (log: ${child.logFile})`);
    return (await fetch(`http://127.0.0.1:${child.port}/readyz`)).ok;
  });
}
async function readyz(child: Child): Promise<any> {
  return (await fetch(`http://127.0.0.1:${child.port}/readyz`)).json();
}

async function setUp(): Promise<Rig> {
  const ports = {
    primary: await pickPort(56432),
    replica: await pickPort(56433),
    redis: await pickPort(56379),
    api0: await pickPort(56400),
    api1: await pickPort(56401),
    api2: await pickPort(56402),
    front: await pickPort(56480),
    stats: await pickPort(56481),
  };
  log(`work directory ${workDir}; ports ${JSON.stringify(ports)}`);
  const primary = createPrimary(ports.primary);
  await primary.query('CREATE DATABASE territorio', [], 'postgres');
  const env = { PATH: process.env.PATH, DATABASE_URL: primary.url(), LOG_LEVEL: 'warn' };
  for (const script of ['dist/src/app/migrate.cli.js', 'dist/seeds/seed.cli.js']) {
    const args = script.endsWith('migrate.cli.js') ? ['up'] : [];
    const result = spawnSync(process.execPath, [path.join(root, script), ...args], {
      env,
      encoding: 'utf8',
      cwd: root,
    });
    if (result.status !== 0) throw new Error(`${script} failed: ${result.stderr}${result.stdout}`);
  }
  log(`primary on ${ports.primary}: initdb, migrated, demo seed loaded`);
  const replica = createReplica(primary, ports.replica);
  const [standby] = await replica.query('SELECT pg_is_in_recovery() AS r');
  if (!standby.r) throw new Error('the replica is not in recovery');
  const [sender] = await primary.query(`SELECT state FROM pg_stat_replication`);
  log(`replica on ${ports.replica}: pg_basebackup, hot standby, streaming (${sender?.state})`);
  const redis = startRedis(ports.redis);
  await waitFor('redis', 10_000, async () => run('redis-cli', ['-p', String(ports.redis), 'ping']).trim() === 'PONG');

  const common: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOST: '127.0.0.1',
    DATABASE_URL: primary.url(),
    REDIS_URL: `redis://127.0.0.1:${ports.redis}`,
    JWT_SECRET,
    RESPONSE_CACHE: 'on',
    RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
    LOG_LEVEL: 'warn',
    SQL_COUNT_HEADER: 'on',
    REPLICA_PROBE_MS: String(PROBE_MS),
    REPLICA_MAX_LAG_MS: String(MAX_LAG_MS),
    READ_YOUR_WRITES_WAIT_MS: String(WAIT_MS),
  };
  const apiEnv = {
    api0: common,
    api1: { ...common, DATABASE_READ_URL: replica.url() },
    api2: { ...common, DATABASE_READ_URL: replica.url() },
  };
  const api = {
    api0: startApi('api0', ports.api0, apiEnv.api0),
    api1: startApi('api1', ports.api1, apiEnv.api1),
    api2: startApi('api2', ports.api2, apiEnv.api2),
  };
  await Promise.all(Object.values(api).map(apiReady));
  const haproxy = startHaproxy({ front: ports.front, stats: ports.stats }, [
    { name: 'api1', port: ports.api1 },
    { name: 'api2', port: ports.api2 },
  ]);
  await waitFor('HAProxy: both API processes UP', 20_000, async () => {
    const states = await haproxyStates(ports.stats);
    return states.api1 === 'UP' && states.api2 === 'UP';
  });
  log('api0 (reads on the primary), api1 + api2 (reads on the replica) behind HAProxy: all ready');
  const beneficiaries = (
    await primary.query(
      `SELECT b.id::text AS id FROM beneficiary b JOIN colonia c ON c.id = b.colonia_id JOIN territorial t ON t.id = c.territorial_id
       WHERE t.clave = 'TER-03' ORDER BY b.id LIMIT 40`,
    )
  ).map((r: { id: string }) => r.id);
  if (beneficiaries.length === 0) throw new Error('no beneficiary in TER-03');
  return {
    primary,
    replica,
    redis,
    api,
    apiEnv,
    haproxy,
    stats: ports.stats,
    lb: `http://127.0.0.1:${ports.front}`,
    beneficiaries,
  };
}

// ------------------------------------------------------------------ phases

async function analystRequests(prefix: string, subjects: number): Promise<LoadRequest[]> {
  const requests: LoadRequest[] = [];
  for (let s = 0; s < subjects; s++)
    requests.push(graphqlRequest(Q3, Q3_VARS, { authorization: await bearer('ANALYST', `scale:${prefix}:${s}`) }));
  return requests;
}

async function phaseThroughput(rig: Rig): Promise<void> {
  log(`— throughput: Q3 (coverage of the 13 territoriales, ANALYST: not cached), 16 connections, ${SECONDS} s each`);
  // Many subjects, so the per-client rate limit (600/min) is not what is measured.
  const cases: [string, string, string][] = [
    ['1 API process, reads on the primary', `http://127.0.0.1:${rig.api.api0.port}`, 'tp0'],
    ['1 API process, reads on the replica', `http://127.0.0.1:${rig.api.api1.port}`, 'tp1'],
    ['2 API processes (HAProxy), reads on the replica', rig.lb, 'tp2'],
  ];
  for (const [name, url, prefix] of cases) {
    const requests = await analystRequests(prefix, 300);
    await throughput(url, 1, 4, (i) => requests[i % requests.length]); // warm-up
    const result = await throughput(url, SECONDS, 16, (i) => requests[(i + 7) % requests.length]);
    const line = `${name}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms; ${fmtCounts(result)}`;
    report.push(`throughput | ${line}`);
    log(line);
    // Where reads went is reported, not asserted: on an overloaded machine the monitor may (rightly) send
    // them to the primary when its probes are late. The lag phase asserts the routing.
    check(result.failed === 0, `${name}: no failed request`);
  }
}

interface WriteLog {
  acks: number[];
  ownMissing: number;
  ryw: Counts;
  writes: Counts;
}

/** One writer: createActivity, then at once a read (with the LSN) of its own beneficiary's activities that day. */
async function writerLoop(rig: Rig, worker: number, until: number, month: string, wlog: WriteLog): Promise<void> {
  const auth = await bearer('OPERATOR', `scale:operator:${month}:${worker}`, 'TER-03');
  for (let i = 0; Date.now() < until; i++) {
    const beneficiaryId = rig.beneficiaries[(worker * 7 + i) % rig.beneficiaries.length];
    const day = `${month}-${String(1 + ((worker * 3 + Math.floor(i / rig.beneficiaries.length)) % 28)).padStart(2, '0')}`;
    const written = await send(
      rig.lb,
      graphqlRequest(
        CREATE,
        { i: { heldOn: day, beneficiaryId, kind: 'ASAMBLEA_COMUNITARIA', peopleReached: 1 } },
        { authorization: auth },
      ),
    );
    count(wlog.writes, written);
    if (written.failure) continue;
    wlog.acks.push(written.end);
    const lsn = written.headers.get('territorio-lsn');
    const id = JSON.parse(written.body).data.createActivity.id;
    const read = await send(
      rig.lb,
      graphqlRequest(
        OWN,
        { b: beneficiaryId, d: day },
        { authorization: auth, ...(lsn ? { 'territorio-lsn': lsn } : {}) },
      ),
    );
    count(wlog.ryw, read);
    if (!read.failure && !JSON.parse(read.body).data.activities.edges.some((e: any) => e.node.id === id))
      wlog.ownMissing += 1;
  }
}

async function replicaLagSamples(primary: PgServer, until: number): Promise<{ ms: number[]; bytes: number[] }> {
  const ms: number[] = [];
  const bytes: number[] = [];
  while (Date.now() < until) {
    const [row] = await primary.query(
      `SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), replay_lsn)::float8 AS bytes,
              (extract(epoch FROM replay_lag) * 1000)::float8 AS ms FROM pg_stat_replication`,
    );
    if (row) {
      bytes.push(Number(row.bytes));
      if (row.ms !== null) ms.push(Number(row.ms));
    }
    await sleep(100);
  }
  return { ms, bytes };
}

async function phaseLagUnderWrites(rig: Rig): Promise<void> {
  log(`— lag under write load: 4 writers through HAProxy for ${SECONDS} s, each write followed by its own read`);
  const wlog: WriteLog = { acks: [], ownMissing: 0, ryw: emptyCounts(), writes: emptyCounts() };
  const until = Date.now() + SECONDS * 1000;
  const [lag] = await Promise.all([
    replicaLagSamples(rig.primary, until),
    ...[0, 1, 2, 3].map((w) => writerLoop(rig, w, until, '2021-05', wlog)),
  ]);
  const line =
    `${(wlog.writes.ok / SECONDS).toFixed(0)} writes/s; replay lag p50 ${percentile(lag.ms, 50)?.toFixed(1)} ms, ` +
    `p95 ${percentile(lag.ms, 95)?.toFixed(1)} ms, max ${Math.max(...lag.ms, 0).toFixed(1)} ms; ` +
    `WAL behind max ${Math.max(...lag.bytes, 0).toFixed(0)} bytes`;
  report.push(`lag under writes | ${line}`);
  report.push(`lag under writes | writes: ${fmtCounts(wlog.writes)}`);
  report.push(
    `lag under writes | own reads with the LSN: ${fmtCounts(wlog.ryw)}; own write missing ${wlog.ownMissing}`,
  );
  log(line);
  log(`writes: ${fmtCounts(wlog.writes)}`);
  log(`own reads: ${fmtCounts(wlog.ryw)}; own write missing: ${wlog.ownMissing}`);
  check(wlog.writes.failed === 0 && wlog.writes.ok > 0, 'writes under load: none failed');
  check(wlog.ownMissing === 0 && wlog.ryw.failed === 0, 'read-your-writes: every writer read its own write');
}

async function phaseLaggingReplica(rig: Rig): Promise<void> {
  const DELAY_A = 800;
  const DELAY_B = 3500;
  log(
    `— lagging replica: recovery_min_apply_delay ${DELAY_A} ms, then ${DELAY_B} ms; REPLICA_MAX_LAG_MS ${MAX_LAG_MS}, ` +
      `probe ${PROBE_MS} ms, READ_YOUR_WRITES_WAIT_MS ${WAIT_MS}: staleness bound ${STALENESS_BOUND_MS} ms`,
  );
  const from = '2021-07-01';
  const to = '2021-07-31';
  const reader = await bearer('ANALYST', 'scale:reader');
  const ter03 = graphqlRequest(TER03, { from, to }, { authorization: reader });
  const base = await send(`http://127.0.0.1:${rig.api.api0.port}`, ter03); // api0 reads the primary
  const c0 = JSON.parse(base.body).data.territorial.coverage.activities as number;
  setApplyDelay(rig.replica, DELAY_A);
  const wlog: WriteLog = { acks: [], ownMissing: 0, ryw: emptyCounts(), writes: emptyCounts() };
  const reads: { start: number; count: number; from: string }[] = [];
  const readerCounts = emptyCounts();
  const readyzLag: number[] = [];
  const readyzStates: Record<string, number> = {};
  const ms = 10_000;
  const until = Date.now() + ms;
  await Promise.all([
    writerLoop(rig, 0, until, '2021-07', wlog),
    (async () => {
      while (Date.now() < until) {
        const answer = await send(rig.lb, ter03);
        count(readerCounts, answer);
        if (!answer.failure)
          reads.push({
            start: answer.start,
            count: JSON.parse(answer.body).data.territorial.coverage.activities - c0,
            from: answer.headers.get('territorio-read-from') ?? 'none',
          });
        await sleep(50);
      }
    })(),
    (async () => {
      while (Date.now() < until) {
        const status = (await readyz(rig.api.api1)).replica;
        readyzStates[status.state] = (readyzStates[status.state] ?? 0) + 1;
        if (typeof status.lagMs === 'number') readyzLag.push(status.lagMs);
        await sleep(200);
      }
    })(),
    sleep(4000).then(() => setApplyDelay(rig.replica, DELAY_B)),
  ]);
  // Staleness: a read that started at t must include every write acknowledged before t − bound.
  let violations = 0;
  let maxObserved = 0;
  let replicaStale = 0;
  for (const read of reads) {
    const due = wlog.acks.filter((a) => a < read.start - STALENESS_BOUND_MS).length;
    if (read.count < due) violations += 1;
    const ackedBefore = wlog.acks.filter((a) => a < read.start).length;
    if (read.count < ackedBefore) {
      maxObserved = Math.max(maxObserved, read.start - wlog.acks[read.count]);
      if (read.from === 'replica') replicaStale += 1;
    }
  }
  const lines = [
    `writer: ${fmtCounts(wlog.writes)}`,
    `writer's own reads (Territorio-LSN): ${fmtCounts(wlog.ryw)}; own write missing ${wlog.ownMissing}`,
    `other reader (no LSN): ${fmtCounts(readerCounts)}; answers missing a recent write ${replicaStale}, ` +
      `oldest missing write ${maxObserved} ms old (bound ${STALENESS_BOUND_MS} ms); bound violations ${violations}`,
    `/readyz of api1: states ${JSON.stringify(readyzStates)}, reported lagMs max ${Math.max(...readyzLag, 0)}`,
  ];
  for (const line of lines) {
    report.push(`lagging replica | ${line}`);
    log(line);
  }
  check(wlog.ownMissing === 0 && wlog.ryw.failed === 0, 'read-your-writes under a lagging replica');
  check((wlog.ryw.readFrom.primary ?? 0) > 0, 'lagging replica: own reads fell back to the primary');
  check(violations === 0, `aggregates read by others are never staler than ${STALENESS_BOUND_MS} ms`);
  check((readerCounts.readFrom.replica ?? 0) > 0, 'within the bound, other readers read the replica');
  check((readerCounts.readFrom.primary ?? 0) > 0, 'beyond REPLICA_MAX_LAG_MS, other readers read the primary');
  check((readyzStates.lagging ?? 0) > 0 && Math.max(...readyzLag, 0) > MAX_LAG_MS, '/readyz reported the lag');
  setApplyDelay(rig.replica, 0);
  await waitFor('the replica to catch up', 30_000, async () => (await readyz(rig.api.api1)).replica.lagMs === 0);
}

async function faultLoad(
  rig: Rig,
  prefix: string,
  ms: number,
  events: { at: number; run: () => Promise<void> | void }[],
): Promise<Answer[]> {
  const requests = await analystRequests(prefix, 64);
  return closedLoop(rig.lb, 8, ms, (w, i) => requests[(w * 8 + i) % requests.length], events);
}

async function phaseReplicaStopped(rig: Rig): Promise<void> {
  log('— fault: replica stopped (pg_ctl stop -m fast) under read load, 8 clients through HAProxy');
  let stoppedAt = 0;
  const answers = await faultLoad(rig, 'rs', 6000, [
    {
      at: 2000,
      run: () => {
        stoppedAt = Date.now();
        rig.replica.stop('fast');
      },
    },
  ]);
  const before = tally(answers.filter((a) => a.start < stoppedAt));
  const after = tally(answers.filter((a) => a.start >= stoppedAt));
  const all = tally(answers);
  const states = [(await readyz(rig.api.api1)).replica.state, (await readyz(rig.api.api2)).replica.state];
  rig.replica.start();
  await waitFor('both API processes to use the replica again', 30_000, async () => {
    const [a, b] = [await readyz(rig.api.api1), await readyz(rig.api.api2)];
    return a.replica.usable && b.replica.usable;
  });
  const back = tally(await faultLoad(rig, 'rs2', 1000, []));
  const lines = [
    `all: ${fmtCounts(all)}`,
    `before the stop: ${fmtCounts(before)}`,
    `after the stop: ${fmtCounts(after)}; /readyz replica state ${states.join(', ')} (status 200)`,
    `replica started again: ${fmtCounts(back)}`,
  ];
  for (const line of lines) {
    report.push(`replica stopped | ${line}`);
    log(line);
  }
  const retryable = Object.keys(all.codes).every((c) => c.startsWith('503') || c.endsWith('SERVICE_UNAVAILABLE'));
  check(all.failed <= 1 && retryable, 'replica stopped: no failed request beyond one retryable answer');
  check((after.readFrom.primary ?? 0) > 0, 'replica stopped: reads answered by the primary');
  check((back.readFrom.replica ?? 0) > 0, 'replica back: reads return to it');
}

async function phaseApiKilled(rig: Rig): Promise<void> {
  log('— fault: API process api2 killed (SIGKILL) under read load, 8 clients through HAProxy');
  let killedAt = 0;
  let downAt = 0;
  const answers = await faultLoad(rig, 'kill', 6000, [
    {
      at: 2000,
      run: async () => {
        killedAt = Date.now();
        rig.api.api2.kill('SIGKILL');
        await waitFor(
          'HAProxy to mark api2 DOWN',
          10_000,
          async () => (await haproxyStates(rig.stats)).api2 === 'DOWN',
        );
        downAt = Date.now();
      },
    },
  ]);
  const all = tally(answers);
  const afterDown = tally(answers.filter((a) => a.start >= downAt));
  const states = await haproxyStates(rig.stats);
  // Back into service: the same command on the same port; HAProxy's check brings it back.
  rig.api.api2 = startApi('api2', rig.api.api2.port, rig.apiEnv.api2);
  await apiReady(rig.api.api2);
  await waitFor('HAProxy to mark api2 UP again', 20_000, async () => (await haproxyStates(rig.stats)).api2 === 'UP');
  const lines = [
    `all: ${fmtCounts(all)}`,
    `HAProxy marked api2 DOWN ${downAt - killedAt} ms after the kill (check inter 500 ms, fastinter 250 ms, fall 2); states then ${JSON.stringify(states)}`,
    `after api2 was DOWN: ${fmtCounts(afterDown)}`,
    'api2 restarted: UP again',
  ];
  for (const line of lines) {
    report.push(`api process killed | ${line}`);
    log(line);
  }
  check(states.api2 === 'DOWN' && states.api1 === 'UP', 'api process killed: the health check took it out');
  check(afterDown.failed === 0, 'api process killed: no failure once it was out');
  check(all.failed <= 8, 'api process killed: failures limited to the requests in flight on it (≤ 8 clients)');
}

async function rateLimitRun(rig: Rig, subject: string, n: number) {
  const auth = await bearer('ANALYST', subject);
  const request = graphqlRequest('{ __typename }', {}, { authorization: auth });
  const answers: Answer[] = [];
  let i = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (i < n) {
        i += 1;
        answers.push(await send(rig.lb, request));
      }
    }),
  );
  return {
    counts: tally(answers),
    limited: answers.filter((a) => a.status === 429).length,
    withHeaders: answers.filter((a) => a.headers.has('ratelimit-limit')).length,
  };
}

async function cacheRun(rig: Rig, n: number) {
  const request = graphqlRequest('{ territoriales { clave nombre } }');
  const answers: Answer[] = [];
  for (let i = 0; i < n; i++) answers.push(await send(rig.lb, request));
  return {
    counts: tally(answers),
    hits: answers.filter((a) => a.headers.get('x-response-cache') === 'hit').length,
    computed: answers.filter((a) => Number(a.headers.get('x-sql-statements') ?? 0) > 0).length,
  };
}

async function phaseRedisStopped(rig: Rig): Promise<void> {
  const n = RATE_LIMIT + 50;
  log(
    `— fault: Redis stopped; rate limit ${RATE_LIMIT}/min per client shared by api1 and api2; ${n} requests per client`,
  );
  const up = await rateLimitRun(rig, 'scale:rl-up', n);
  const cacheUp = await cacheRun(rig, 10);
  rig.redis.kill('SIGTERM');
  await waitFor('redis to stop', 10_000, async () => !rig.redis.running());
  const down = await rateLimitRun(rig, 'scale:rl-down', n);
  const cacheDown = await cacheRun(rig, 10);
  rig.redis = startRedis(rig.redis.port);
  await waitFor('the rate limiter to count again', 30_000, async () => {
    const answer = await send(
      rig.lb,
      graphqlRequest('{ __typename }', {}, { authorization: await bearer('ANALYST', 'scale:rl-back') }),
    );
    return answer.headers.has('ratelimit-limit');
  });
  const cacheBack = await waitFor('the cache to hit again', 30_000, async () => {
    const run = await cacheRun(rig, 4);
    return run.hits > 0 ? run : undefined;
  });
  const lines = [
    `Redis up: ${fmtCounts(up.counts)}; 429 answers ${up.limited} (expected ${n - RATE_LIMIT}: one counter for both processes)`,
    `Redis up, cache: 10 anonymous reads, ${cacheUp.hits} cache hits, ${cacheUp.computed} computed`,
    `Redis stopped: ${fmtCounts(down.counts)}; 429 answers ${down.limited}, with RateLimit headers ${down.withHeaders} (fail open)`,
    `Redis stopped, cache: ${fmtCounts(cacheDown.counts)}; ${cacheDown.hits} cache hits, ${cacheDown.computed} computed (bypassed)`,
    `Redis back: rate limiting counts again; cache hits again (${cacheBack.hits} of 4)`,
  ];
  for (const line of lines) {
    report.push(`redis stopped | ${line}`);
    log(line);
  }
  check(up.limited === n - RATE_LIMIT && up.counts.failed === n - RATE_LIMIT, 'Redis up: one shared counter');
  check(cacheUp.hits > 0, 'Redis up: the shared cache answers');
  check(down.counts.failed === 0 && down.limited === 0, 'Redis stopped: rate limiting fails open, no request fails');
  check(cacheDown.counts.failed === 0 && cacheDown.hits === 0, 'Redis stopped: the cache is bypassed');
}

async function main(): Promise<void> {
  log('npm run test:scale: a private primary + streaming replica, Redis, API processes and HAProxy on loopback');
  const rig = await setUp();
  await phaseThroughput(rig);
  await phaseLagUnderWrites(rig);
  await phaseLaggingReplica(rig);
  await phaseReplicaStopped(rig);
  await phaseApiKilled(rig);
  await phaseRedisStopped(rig);
  await Promise.all(Object.values(rig.api).map((a) => a.stop()));
  process.stdout.write(
    `\n=== test:scale counts (${((Date.now() - started) / 1000).toFixed(0)} s)\n${report.join('\n')}\n`,
  );
}

/** On failure: the end of every log of the rig (the work directory is removed on exit). */
function printLogTails(): void {
  for (const file of readdirSync(workDir).filter((f) => f.endsWith('.log'))) {
    const lines = readFileSync(path.join(workDir, file), 'utf8').trimEnd().split('\n');
    process.stdout.write(`\n--- ${file} (last 25 lines)\n${lines.slice(-25).join('\n')}\n`);
  }
}

main()
  .catch((error) => {
    failures.push(`error: ${error instanceof Error ? error.stack : String(error)}`);
  })
  .finally(() => {
    if (failures.length > 0) printLogTails();
    cleanup();
    if (failures.length > 0) {
      process.stdout.write(`\ntest:scale FAILED:\n- ${failures.join('\n- ')}\n`);
      process.exit(1);
    }
    process.stdout.write('\ntest:scale passed\n');
    process.exit(0);
  });
