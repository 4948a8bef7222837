/**
 * `npm run bench -- --exports [--url URL] [--token TOKEN] [--runs N]`: the spreadsheet exports (docs/exports.md)
 * of a running server (default http://127.0.0.1:4000, as `npm start` serves it) timed one request at a time:
 * every table at colonia level for 2020, as XLSX and as CSV, as PUBLIC and, with a bearer token (e.g.
 * `npm run --silent token -- --role ANALYST`), as that role. Each request is asked once to warm up, then N times
 * (default 5); the time is the whole download, first byte of the request to last byte of the file. Prints a
 * Markdown table: median and slowest time, bytes, rows and the SQL statements of the request.
 */

const REQUESTS = [
  'coverage?level=colonia&year=2020',
  'beneficiaries-by-sex?level=colonia&year=2020',
  'indicator-series?code=PROPOSITO_PERSONAS_ALCANZADAS&interval=MONTH&level=colonia&year=2020',
  'indicator-series?code=META_BENEFICIARIOS_SERVIDORES&interval=MONTH&level=colonia&year=2020',
  'crime-by-category-month?level=colonia&year=2020',
];

const USAGE = 'usage: npm run bench -- --exports [--url URL] [--token TOKEN] [--runs N]';

interface Measured {
  ms: number;
  bytes: number;
  rows: string;
  statements: string;
}

async function fetchOnce(url: string, headers: Record<string, string>): Promise<Measured> {
  const started = performance.now();
  const res = await fetch(url, { headers });
  const body = Buffer.from(await res.arrayBuffer());
  const ms = performance.now() - started;
  if (res.status !== 200) throw new Error(`${url}: ${res.status} ${body.toString('utf8').slice(0, 200)}`);
  return {
    ms,
    bytes: body.length,
    rows: res.headers.get('x-export-rows') ?? '?',
    statements: res.headers.get('x-sql-statements') ?? '?',
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function runExportBench(argv: string[]): Promise<number> {
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    if (!['--url', '--token', '--runs'].includes(argv[i]) || argv[i + 1] === undefined) {
      process.stderr.write(`${USAGE}\n`);
      return 2;
    }
    options.set(argv[i], argv[i + 1]);
  }
  const base = (options.get('--url') ?? 'http://127.0.0.1:4000').replace(/\/$/, '');
  const runs = Number(options.get('--runs') ?? 5);
  if (!Number.isInteger(runs) || runs < 1 || runs > 100) {
    process.stderr.write(`--runs must be a whole number from 1 to 100\n${USAGE}\n`);
    return 2;
  }
  const callers: [string, Record<string, string>][] = [['PUBLIC', {}]];
  const token = options.get('--token');
  if (token) callers.push(['token', { authorization: `Bearer ${token}` }]);

  const lines = [
    `Exports of ${base}, colonia level, 2020; ${runs} runs after one warm-up, one request at a time.`,
    '',
    '| request | format | caller | median ms | slowest ms | bytes | rows | SQL statements |',
    '| ------- | ------ | ------ | --------: | ---------: | ----: | ---: | -------------: |',
  ];
  for (const request of REQUESTS)
    for (const format of ['xlsx', 'csv'])
      for (const [caller, headers] of callers) {
        const url = `${base}/export/${request}&format=${format}`;
        await fetchOnce(url, headers);
        const measured: Measured[] = [];
        for (let i = 0; i < runs; i++) measured.push(await fetchOnce(url, headers));
        const times = measured.map((m) => m.ms);
        const last = measured[measured.length - 1];
        lines.push(
          `| \`${request}\` | ${format} | ${caller} | ${Math.round(median(times))} | ${Math.round(Math.max(...times))} | ${last.bytes} | ${last.rows} | ${last.statements} |`,
        );
      }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
