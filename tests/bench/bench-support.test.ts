import { BenchUsageError, parseBenchArgs } from '../../bench/bench-args';
import { tileOf } from '../../bench/cases';
import { dataSource } from '../../src/app/ormconfig';
import { firstActivityDay, seedActivities } from '../../seeds/program-activities.seed';
import { PROGRAM_YEAR, readProgramFigures } from '../../seeds/program.seed';
import { planBeneficiaries, type TerritorialColonias } from '../../seeds/program.plan';

/** What `npm run bench` relies on besides the API: its command line and the years of activities. */

const URL_ENV = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres' };

describe('bench command line', () => {
  it('defaults to one year, every case, the cache rows and docs/PERFORMANCE.md', () => {
    expect(parseBenchArgs(['--rounds', '5'], URL_ENV).rounds).toBe(5);
    expect(parseBenchArgs(['--cases', 'w1'], URL_ENV)).toMatchObject({ cases: [], fieldSync: true });
    expect(parseBenchArgs([], URL_ENV)).toEqual({
      quick: false,
      rounds: 3,
      years: 1,
      cases: ['Q1', 'Q1t', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8', 'Q8c'],
      fieldSync: true,
      databaseUrl: URL_ENV.DATABASE_URL,
      benchDatabase: 'territorio_bench',
      reuse: false,
      cache: true,
      cluster: true,
      output: 'docs/PERFORMANCE.md',
    });
    expect(
      parseBenchArgs(
        ['--quick', '--years', '10', '--cases=q3,Q1,q1t', '--no-cache', '--no-cluster', '--output', '-'],
        URL_ENV,
      ),
    ).toMatchObject({
      quick: true,
      rounds: 1,
      years: 10,
      cases: ['Q1', 'Q1t', 'Q3'],
      fieldSync: false,
      cache: false,
      cluster: false,
      output: null,
    });
  });

  it.each([
    [['--years', '0'], /--years must be a whole number from 1 to 20/],
    [['--years', '21'], /--years must be a whole number from 1 to 20/],
    [['--years', 'ten'], /--years must be a whole number/],
    [['--years'], /--years needs a value/],
    [['--rounds', '0'], /--rounds must be a whole number from 1 to 9/],
    [['--rounds', '10'], /--rounds must be a whole number from 1 to 9/],
    [['--cases', 'Q9'], /--cases takes .* \(unknown: Q9\)/],
    [['--fast'], /unknown argument "--fast"/],
    [['--database-url', 'mysql://x'], /must start with postgres:\/\//],
  ])('rejects %j with a clear message', (argv, message) => {
    expect(() => parseBenchArgs(argv, URL_ENV)).toThrow(BenchUsageError);
    expect(() => parseBenchArgs(argv, URL_ENV)).toThrow(message);
  });

  it('refuses to run without a real PostgreSQL (the embedded mode)', () => {
    expect(() => parseBenchArgs(['--quick'], {})).toThrow(/set DATABASE_URL .*embedded PGlite mode/);
  });

  it('finds the z14 tile of a point (Web Mercator XYZ)', () => {
    expect(tileOf(-99.0594, 19.3574, 14)).toEqual({ x: 3683, y: 7293 });
  });
});

describe('years of activities (the ten-year data set)', () => {
  beforeAll(async () => {
    if (!dataSource.isInitialized) await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
  });

  it('repeats the volume from the first Monday of February of each following year, without overlap', async () => {
    expect([2020, 2021, 2022, 2026].map(firstActivityDay)).toEqual([
      '2020-02-03',
      '2021-02-01',
      '2022-02-07',
      '2026-02-02',
    ]);
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const territoriales: TerritorialColonias[] = await runner.query(
        `SELECT t.nombre, json_agg(json_build_object('clave', c.clave, 'nombre', c.nombre)) AS colonias FROM territorial t JOIN colonia c ON c.territorial_id = t.id GROUP BY t.nombre`,
      );
      const planned = planBeneficiaries(readProgramFigures(), territoriales, PROGRAM_YEAR);
      const report = await seedActivities(runner, planned, 'sample', readProgramFigures(), 3);
      const years = await runner.query(
        `SELECT extract(year FROM held_on)::int AS year, count(*)::int AS n, min(held_on)::text AS first, max(held_on)::text AS last
           FROM activity GROUP BY 1 ORDER BY 1`,
      );
      expect(years).toEqual([
        { year: 2020, n: 15_360, first: '2020-02-03', last: '2020-02-15' },
        { year: 2021, n: 15_360, first: '2021-02-01', last: '2021-02-13' },
        { year: 2022, n: 15_360, first: '2022-02-07', last: '2022-02-19' },
      ]);
      expect(report).toMatchObject({ created: 30_720, unchanged: 15_360, years: 3, weeks: 2 });
      await expect(seedActivities(runner, planned, 'sample', readProgramFigures(), 0)).rejects.toThrow(
        /years must be an integer from 1 to 20/,
      );
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
