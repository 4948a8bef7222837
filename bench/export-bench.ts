import { readFileSync } from 'node:fs';
import { Client } from 'pg';

/**
 * `npm run bench -- --exports [--url URL] [--token TOKEN] [--runs N] [--pid PID] [--database-url URL]`: the
 * spreadsheet exports (docs/exports.md) of a running server (default http://127.0.0.1:4000, as `npm start` serves
 * it) timed one request at a time: every table at colonia level for 2020, as XLSX and as CSV, as PUBLIC and, with a
 * bearer token (e.g. `npm run --silent token -- --role ANALYST`), as that role. Each request is asked once to warm
 * up, then N times (default 5); the time is the whole download, first byte of the request to last byte of the file.
 *
 * On a shared machine the wall time says more about the other processes than about the export: with `--pid` (the
 * server's process, on this Linux machine) the CPU time the request cost is also read from /proc — the server's,
 * every thread (the embedded PGlite's worker included), and with `--database-url` that of the PostgreSQL backends
 * connected to the server's database. That sum is what the request takes when nothing else runs.
 *
 * Prints a Markdown table: median and slowest time, median CPU, bytes, rows and the SQL statements of the request.
 */

const REQUESTS = [
  'coverage?level=colonia&year=2020',
  'beneficiaries-by-sex?level=colonia&year=2020',
  'indicator-series?code=PROPOSITO_PERSONAS_ALCANZADAS&interval=MONTH&level=colonia&year=2020',
  'indicator-series?code=META_BENEFICIARIOS_SERVIDORES&interval=MONTH&level=colonia&year=2020',
  'crime-by-category-month?level=colonia&year=2020',
];

const USAGE =
  'usage: npm run bench -- --exports [--url URL] [--token TOKEN] [--runs N] [--pid PID] [--database-url URL]';
const OPTIONS = ['--url', '--token', '--runs', '--pid', '--database-url'];
/** Clock ticks per second of /proc/<pid>/stat (USER_HZ: 100 on Linux). */
const TICK_MS = 10;

interface Measured {
  ms: number;
  cpuMs: number | null;
  bytes: number;
  rows: string;
  statements: string;
}

/** utime + stime of a process (every thread), in ms; 0 when it is gone. */
function cpuOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function runExportBench(argv: string[]): Promise<number> {
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    if (!OPTIONS.includes(argv[i]) || argv[i + 1] === undefined) {
      process.stderr.write(`${USAGE}\n`);
      return 2;
    }
    options.set(argv[i], argv[i + 1]);
  }
  const base = (options.get('--url') ?? 'http://127.0.0.1:4000').replace(/\/$/, '');
  const runs = Number(options.get('--runs') ?? 5);
  const pid = options.has('--pid') ? Number(options.get('--pid')) : null;
  if (!Number.isInteger(runs) || runs < 1 || runs > 100 || (pid !== null && !Number.isInteger(pid))) {
    process.stderr.write(`--runs is a whole number from 1 to 100, --pid a process id\n${USAGE}\n`);
    return 2;
  }
  const callers: [string, Record<string, string>][] = [['PUBLIC', {}]];
  const token = options.get('--token');
  if (token) callers.push(['token', { authorization: `Bearer ${token}` }]);

  const databaseUrl = options.get('--database-url');
  const db = databaseUrl ? new Client({ connectionString: databaseUrl }) : null;
  await db?.connect();
  const database = db ? new URL(databaseUrl!).pathname.slice(1) : '';
  /** CPU ms so far of the server and of the backends connected to its database. */
  const cpu = async (): Promise<number> => {
    if (pid === null) return 0;
    const backends: { pid: number }[] = db
      ? (await db.query('SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database]))
          .rows
      : [];
    return [pid, ...backends.map((b) => b.pid)].reduce((sum, p) => sum + cpuOf(p), 0);
  };
  const fetchOnce = async (url: string, headers: Record<string, string>): Promise<Measured> => {
    const cpuBefore = await cpu();
    const started = performance.now();
    const res = await fetch(url, { headers });
    const body = Buffer.from(await res.arrayBuffer());
    const ms = performance.now() - started;
    const cpuMs = pid === null ? null : (await cpu()) - cpuBefore;
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${body.toString('utf8').slice(0, 200)}`);
    const rows = res.headers.get('x-export-rows') ?? '?';
    return { ms, cpuMs, bytes: body.length, rows, statements: res.headers.get('x-sql-statements') ?? '?' };
  };

  const lines = [
    `Exports of ${base}, colonia level, 2020; ${runs} runs after one warm-up, one request at a time.`,
    '',
    '| request | format | caller | median ms | slowest ms | CPU ms | bytes | rows | SQL statements |',
    '| ------- | ------ | ------ | --------: | ---------: | -----: | ----: | ---: | -------------: |',
  ];
  try {
    for (const request of REQUESTS)
      for (const format of ['xlsx', 'csv'])
        for (const [caller, headers] of callers) {
          const url = `${base}/export/${request}&format=${format}`;
          await fetchOnce(url, headers);
          const measured: Measured[] = [];
          for (let i = 0; i < runs; i++) measured.push(await fetchOnce(url, headers));
          const times = measured.map((m) => m.ms);
          const cpus = measured.map((m) => m.cpuMs ?? NaN);
          const last = measured[measured.length - 1];
          lines.push(
            `| \`${request}\` | ${format} | ${caller} | ${Math.round(median(times))} | ${Math.round(Math.max(...times))} | ${pid === null ? '—' : Math.round(median(cpus))} | ${last.bytes} | ${last.rows} | ${last.statements} |`,
          );
        }
  } finally {
    await db?.end();
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
