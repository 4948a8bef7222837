import type { CaseId } from './cases';

/** Command line of `npm run bench`; bad input is a BenchUsageError (exit code 2). */

export const BENCH_USAGE = `usage: npm run bench -- --intake   (the tabular intake of a year of activities beside its COPY floor: docs/intake.md; DATABASE_URL or embedded)
       npm run bench -- --exports [--url URL] [--token TOKEN] [--runs N] [--pid PID] [--database-url URL]   (the spreadsheet exports of a running server, colonia level: docs/exports.md)
       npm run bench -- [--quick] [--rounds N] [--years N] [--cases Q1,Q3] [--database-url URL] [--bench-database NAME] [--reuse] [--no-cache] [--no-cluster] [--output FILE]
  --quick                3 s per case and server (1 s warm-up), one round, instead of 10 s (2 s warm-up), three rounds
  --rounds N             interleaved rounds per case (1–9; default 3, 1 with --quick): API, floor and PostGraphile take turns, medians reported
  --years N              also grow the database to N years of activities (2–20) and measure again (the scale check; e.g. --years 10)
  --cases Q1,Q3          only these cases (Q1, Q1t, Q2–Q8, Q8c, W1 = recordActivities; default all)
  --database-url URL     the PostgreSQL/PostGIS server (default: DATABASE_URL); the embedded mode is not benchmarked
  --bench-database NAME  the database the benchmark creates there, drops and recreates (default territorio_bench)
  --reuse                keep the bench database when it already holds the data asked for
  --no-cache             skip the runs with RESPONSE_CACHE=on
  --no-cluster           skip the run with WEB_CONCURRENCY=2 (two API processes)
  --output FILE          where to write the report (default docs/PERFORMANCE.md; "-" for none)`;

export class BenchUsageError extends Error {}

export interface BenchArgs {
  quick: boolean;
  /** Interleaved rounds per case (medians are reported). */
  rounds: number;
  years: number;
  cases: CaseId[];
  /** W1: time recordActivities with 1,000 activities per call. */
  fieldSync: boolean;
  databaseUrl: string;
  benchDatabase: string;
  reuse: boolean;
  cache: boolean;
  /** Also measure the API with WEB_CONCURRENCY=2. */
  cluster: boolean;
  output: string | null;
}

const ALL_CASES: CaseId[] = ['Q1', 'Q1t', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8', 'Q8c'];
/** The field-sync case (bench/field-sync.ts): timed call by call, not load-tested like the Q cases. */
const FIELD_SYNC_CASE = 'W1';

export function parseBenchArgs(
  argv: readonly string[],
  env: Record<string, string | undefined> = process.env,
): BenchArgs {
  const args: Omit<BenchArgs, 'databaseUrl'> & { databaseUrl?: string } = {
    quick: false,
    rounds: 0,
    years: 1,
    cases: ALL_CASES,
    fieldSync: true,
    databaseUrl: env.DATABASE_URL || undefined,
    benchDatabase: 'territorio_bench',
    reuse: false,
    cache: true,
    cluster: true,
    output: 'docs/PERFORMANCE.md',
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new BenchUsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--quick':
        args.quick = true;
        break;
      case '--reuse':
        args.reuse = true;
        break;
      case '--no-cache':
        args.cache = false;
        break;
      case '--no-cluster':
        args.cluster = false;
        break;
      case '--rounds': {
        const text = value();
        if (!/^[1-9]$/.test(text))
          throw new BenchUsageError(`--rounds must be a whole number from 1 to 9 (got ${JSON.stringify(text)})`);
        args.rounds = Number(text);
        break;
      }
      case '--years': {
        const text = value();
        const years = Number(text);
        if (!/^[0-9]{1,2}$/.test(text) || years < 1 || years > 20)
          throw new BenchUsageError(`--years must be a whole number from 1 to 20 (got ${JSON.stringify(text)})`);
        args.years = years;
        break;
      }
      case '--cases': {
        const list = value()
          .split(',')
          .map((c) => ALL_CASES.find((k) => k.toUpperCase() === c.trim().toUpperCase()) ?? c.trim());
        const unknown = list.filter((c) => !ALL_CASES.includes(c as CaseId) && c.toUpperCase() !== FIELD_SYNC_CASE);
        if (unknown.length > 0 || list.length === 0)
          throw new BenchUsageError(
            `--cases takes a comma-separated list of ${[...ALL_CASES, FIELD_SYNC_CASE].join(', ')} (unknown: ${unknown.join(', ')})`,
          );
        args.cases = ALL_CASES.filter((c) => list.includes(c));
        args.fieldSync = list.some((c) => c.toUpperCase() === FIELD_SYNC_CASE);
        break;
      }
      case '--database-url':
        args.databaseUrl = value();
        break;
      case '--bench-database':
        args.benchDatabase = value();
        break;
      case '--output': {
        const output = value();
        args.output = output === '-' ? null : output;
        break;
      }
      default:
        throw new BenchUsageError(`unknown argument ${JSON.stringify(argv[i])}`);
    }
  }
  if (args.rounds === 0) args.rounds = args.quick ? 1 : 3;
  if (!args.databaseUrl) {
    throw new BenchUsageError(
      'npm run bench measures a real PostgreSQL/PostGIS server: set DATABASE_URL (or pass --database-url). ' +
        'The embedded PGlite mode (no DATABASE_URL) is single-connection WebAssembly and is not benchmarked.',
    );
  }
  let parsed: URL;
  try {
    parsed = new URL(args.databaseUrl);
  } catch {
    throw new BenchUsageError('the database URL is not a URL (postgres://user@host:port/database)');
  }
  if (!/^postgres(ql)?:$/.test(parsed.protocol))
    throw new BenchUsageError('the database URL must start with postgres:// or postgresql://');
  return args as BenchArgs;
}
