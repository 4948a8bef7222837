import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dataSource } from '../../src/app/ormconfig';
import { PROGRAM_YEAR, readProgramFigures, seedProgram } from '../../seeds/program.seed';
import { seedActivities } from '../../seeds/program-activities.seed';
import { apportion, planBeneficiaries, shuffle, type TerritorialColonias } from '../../seeds/program.plan';
import { parseSeedArgs, runSeedCli } from '../../seeds/seed.cli';

const report = JSON.parse(readFileSync(path.join(__dirname, '..', 'fixtures', 'program-2020.json'), 'utf8'));

beforeAll(async () => {
  if (!dataSource.isInitialized) await dataSource.initialize();
});
afterAll(async () => {
  await dataSource.destroy();
});

async function one<T = any>(sql: string, params: unknown[] = []): Promise<T> {
  return (await dataSource.query(sql, params))[0];
}

/** A digest of every program table's content, geometry included. */
async function programDigest(): Promise<string> {
  const tables = [
    'program_year',
    'beneficiary',
    'payment',
    'workshop',
    'agenda',
    'agenda_project',
    'ecos_school',
    'ecos_school_facilitator',
    'public_space_kind',
    'public_space_improvement',
    'activity',
    'activity_daily_colonia',
    'mercomuna_point',
  ];
  const parts = await Promise.all(
    tables.map((t) => one(`SELECT md5(COALESCE(string_agg(x::text, '|' ORDER BY x::text), '')) AS d FROM "${t}" x`)),
  );
  return parts.map((p) => p.d).join(':');
}

/** Rows where the rollup and the raw activity table disagree (either side missing counts as disagreement). */
async function rollupMismatches(): Promise<number> {
  const row = await one(`
    SELECT count(*)::int AS n FROM (
      SELECT colonia_id, held_on AS day, count(*)::int AS activities, sum(people_reached)::int AS people, max(territorial_id) AS territorial_id
        FROM activity GROUP BY colonia_id, held_on) a
    FULL JOIN activity_daily_colonia r ON r.colonia_id = a.colonia_id AND r.day = a.day
    WHERE a.activities IS DISTINCT FROM r.activities OR a.people IS DISTINCT FROM r.people_reached OR a.territorial_id IS DISTINCT FROM r.territorial_id`);
  return row.n;
}

async function inTransaction<T>(
  work: (runner: { query(sql: string, params?: unknown[]): Promise<any> }) => Promise<T>,
): Promise<T> {
  return dataSource.transaction(async (manager) => work(manager.queryRunner!));
}

describe('idempotency', () => {
  it('a second run reports everything unchanged and changes nothing', async () => {
    const before = await programDigest();
    const again = await inTransaction((runner) => seedProgram(runner));
    for (const [name, counts] of Object.entries(again)) {
      expect({ name, created: (counts as any).created, updated: (counts as any).updated }).toEqual({
        name,
        created: 0,
        updated: 0,
      });
    }
    expect(again.beneficiaries.unchanged).toBe(report.beneficiaries_totals.total);
    expect(again.payments.unchanged).toBe(report.beneficiaries_totals.total * report.budget.ministraciones.length);
    expect(await programDigest()).toBe(before);
  });
});

describe('geometry', () => {
  it('puts every seeded point, line and polygon inside its colonia, with the colonia’s territorial', async () => {
    const rows: { tbl: string; n: number; outside: number; wrong_territorial: number; invalid: number }[] =
      await dataSource.query(`
      SELECT tbl, count(*)::int AS n,
             (count(*) FILTER (WHERE NOT ST_Covers(c.geom, g)))::int AS outside,
             (count(*) FILTER (WHERE t IS DISTINCT FROM c.territorial_id))::int AS wrong_territorial,
             (count(*) FILTER (WHERE NOT ST_IsValid(g) OR ST_IsEmpty(g) OR ST_SRID(g) <> 4326))::int AS invalid
        FROM (SELECT 'workshop' AS tbl, location AS g, colonia_id, territorial_id AS t FROM workshop WHERE location IS NOT NULL
              UNION ALL SELECT 'ecos_school', location, colonia_id, territorial_id FROM ecos_school
              UNION ALL SELECT 'public_space_improvement', geom, colonia_id, territorial_id FROM public_space_improvement
              UNION ALL SELECT 'mercomuna_point', location, colonia_id, territorial_id FROM mercomuna_point) f
        JOIN colonia c ON c.id = f.colonia_id
       GROUP BY tbl ORDER BY tbl`);
    expect(rows.map((r) => r.tbl)).toEqual(['ecos_school', 'mercomuna_point', 'public_space_improvement', 'workshop']);
    for (const row of rows)
      expect({ ...row, n: row.n > 0 }).toEqual({ tbl: row.tbl, n: true, outside: 0, wrong_territorial: 0, invalid: 0 });
  });

  it('keeps beneficiaries, activities and the rollup consistent with the colonia’s territorial', async () => {
    const row = await one(`SELECT
      (SELECT count(*) FROM beneficiary b JOIN colonia c ON c.id = b.colonia_id WHERE b.territorial_id <> c.territorial_id)::int AS beneficiaries,
      (SELECT count(*) FROM activity a JOIN colonia c ON c.id = a.colonia_id WHERE a.territorial_id <> c.territorial_id)::int AS activities,
      (SELECT count(*) FROM activity a JOIN beneficiary b ON b.id = a.beneficiary_id WHERE a.colonia_id <> b.colonia_id)::int AS activity_colonias`);
    expect(row).toEqual({ beneficiaries: 0, activities: 0, activity_colonias: 0 });
  });

  it('has the geometry type each kind allows, and a GiST index on every geometry column', async () => {
    const types: { kind: string; type: string }[] = await dataSource.query(
      `SELECT DISTINCT kind, ST_GeometryType(geom) AS type FROM public_space_improvement ORDER BY 1, 2`,
    );
    for (const { kind, type } of types) {
      expect(
        {
          CAMINO_MUJERES_LIBRES_SEGURAS: ['ST_LineString'],
          LUDICALLE: ['ST_LineString'],
          UTOPIA: ['ST_Point', 'ST_Polygon'],
        }[kind],
      ).toContain(type);
    }
    const unindexed = await dataSource.query(`
      SELECT g.f_table_name, g.f_geometry_column FROM geometry_columns g
       WHERE g.f_table_schema = 'public' AND NOT EXISTS (
         SELECT 1 FROM pg_indexes i WHERE i.tablename = g.f_table_name AND i.indexdef ILIKE '%USING gist%' AND i.indexdef LIKE '%' || g.f_geometry_column || '%')`);
    expect(unindexed).toEqual([]);
    const srids = await dataSource.query(`SELECT DISTINCT srid FROM geometry_columns WHERE f_table_schema = 'public'`);
    expect(srids).toEqual([{ srid: 4326 }]);
  });
});

describe('fictitious people', () => {
  const alphabet = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
  /** RENAPO's CURP check digit, written here independently of the seed. */
  const checkDigit = (curp: string) =>
    (10 - ([...curp.slice(0, 17)].reduce((s, ch, i) => s + alphabet.indexOf(ch) * (18 - i), 0) % 10)) % 10;

  it('names, CURPs, phones and addresses are obviously demo values, and CURPs fail the check digit', async () => {
    const people: { folio: string; full_name: string; curp: string; phone: string; address: string }[] =
      await dataSource.query(`SELECT folio, full_name, curp, phone, address FROM beneficiary ORDER BY folio`);
    expect(people).toHaveLength(report.beneficiaries_totals.total);
    expect(new Set(people.map((p) => p.curp)).size).toBe(people.length);
    for (const p of people) {
      const number = p.folio.slice(-4);
      expect(p.full_name).toBe(`Persona Demo ${number}`);
      expect(p.curp).toMatch(/^DEMO\d{6}[HM]DF[A-Z]{3}[0A]\d$/);
      expect(Number(p.curp[17])).not.toBe(checkDigit(p.curp));
      expect(p.phone).toBe(`550000${number}`);
      expect(p.address).toContain('(dato de demostración)');
    }
  });
});

describe('activities and their daily rollup', () => {
  it('generate six a week per beneficiary, one of each kind, reaching 5 people on average', async () => {
    const weeks: { n: number; kinds: number; people: number }[] = await dataSource.query(`
      SELECT count(*)::int AS n, count(DISTINCT kind)::int AS kinds, sum(people_reached)::int AS people
        FROM activity GROUP BY beneficiary_id, date_trunc('week', held_on)`);
    expect(weeks.length).toBeGreaterThan(0);
    const rate = report.reach_projection;
    for (const w of weeks)
      expect(w).toEqual({
        n: rate.activities_per_week_per_facilitator,
        kinds: 6,
        people: rate.activities_per_week_per_facilitator * rate.avg_people_per_activity,
      });
    const sundays = await one(`SELECT count(*)::int AS n FROM activity WHERE extract(isodow FROM held_on) = 7`);
    expect(sundays.n).toBe(0);
  });

  it('the rollup agrees with the raw table after seeding', async () => {
    expect((await one(`SELECT count(*)::int AS n FROM activity_daily_colonia`)).n).toBeGreaterThan(0);
    expect(await rollupMismatches()).toBe(0);
  });

  it('the rollup follows inserts, updates (people, day, colonia) and deletes in the same transaction', async () => {
    const before = await one(
      `SELECT count(*)::int AS rows, sum(activities)::int AS a, sum(people_reached)::int AS p FROM activity_daily_colonia`,
    );
    const [b1, b2] = await dataSource.query(
      `SELECT id, colonia_id, territorial_id FROM beneficiary ORDER BY folio LIMIT 2`,
    );
    try {
      await dataSource.query(
        `INSERT INTO activity (held_on, seq, beneficiary_id, colonia_id, territorial_id, kind, people_reached)
         SELECT '2019-06-03'::date + d, s, $1, $2, $3, 'SANITIZACION', 4 FROM generate_series(0, 2) d, generate_series(1, 3) s`,
        [b1.id, b1.colonia_id, b1.territorial_id],
      );
      expect(await rollupMismatches()).toBe(0);
      expect(
        await one(
          `SELECT activities, people_reached FROM activity_daily_colonia WHERE colonia_id = $1 AND day = '2019-06-03'`,
          [b1.colonia_id],
        ),
      ).toEqual({ activities: 3, people_reached: 12 });
      await dataSource.query(
        `UPDATE activity SET people_reached = 9 WHERE beneficiary_id = $1 AND held_on = '2019-06-03' AND seq = 1`,
        [b1.id],
      );
      expect(await rollupMismatches()).toBe(0);
      await dataSource.query(
        `UPDATE activity SET held_on = '2019-06-10' WHERE beneficiary_id = $1 AND held_on = '2019-06-04'`,
        [b1.id],
      );
      expect(await rollupMismatches()).toBe(0);
      await dataSource.query(
        `UPDATE activity SET colonia_id = $2, territorial_id = $3 WHERE beneficiary_id = $1 AND held_on = '2019-06-05' AND seq < 3`,
        [b1.id, b2.colonia_id, b2.territorial_id],
      );
      expect(await rollupMismatches()).toBe(0);
      await dataSource.query(`DELETE FROM activity WHERE beneficiary_id = $1 AND held_on = '2019-06-03' AND seq = 2`, [
        b1.id,
      ]);
      expect(await rollupMismatches()).toBe(0);
      // a failed statement leaves both as they were
      await expect(
        dataSource.query(
          `UPDATE activity SET people_reached = -1 WHERE beneficiary_id = $1 AND held_on < '2020-01-01'`,
          [b1.id],
        ),
      ).rejects.toThrow(/activity_counts_check/);
      expect(await rollupMismatches()).toBe(0);
    } finally {
      await dataSource.query(`DELETE FROM activity WHERE held_on < '2020-01-01'`);
    }
    expect(await rollupMismatches()).toBe(0);
    expect(
      await one(
        `SELECT count(*)::int AS rows, sum(activities)::int AS a, sum(people_reached)::int AS p FROM activity_daily_colonia`,
      ),
    ).toEqual(before);
  });

  it('`--activities year` generates the report’s year: 1,280 × 6 × 40 = 307,200 activities reaching 1,536,000 people', async () => {
    const rollback = new Error('roll back the year');
    let figures: any;
    await expect(
      inTransaction(async (runner) => {
        const territoriales: TerritorialColonias[] = await runner.query(
          `SELECT t.nombre, json_agg(json_build_object('clave', c.clave, 'nombre', c.nombre)) AS colonias FROM territorial t JOIN colonia c ON c.territorial_id = t.id GROUP BY t.nombre`,
        );
        const planned = planBeneficiaries(readProgramFigures(), territoriales, PROGRAM_YEAR);
        const counts = await seedActivities(runner, planned, 'year', readProgramFigures());
        figures = (
          await runner.query(`SELECT count(*)::int AS activities, sum(people_reached)::int AS people,
            (SELECT sum(activities)::int FROM activity_daily_colonia) AS rollup_activities, (SELECT sum(people_reached)::int FROM activity_daily_colonia) AS rollup_people
          FROM activity`)
        )[0];
        figures.reported = counts.created + counts.updated + counts.unchanged;
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    const r = report.reach_projection;
    expect(figures).toEqual({
      activities: r.activities_per_year,
      people: r.people_served_per_year,
      rollup_activities: r.activities_per_year,
      rollup_people: r.people_served_per_year,
      reported: r.activities_per_year,
    });
    expect(await rollupMismatches()).toBe(0);
  });
});

describe('planning helpers', () => {
  it('apportion splits a total exactly, proportionally', () => {
    expect(apportion(38, Array(13).fill(1))).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2]);
    expect(apportion(600, [1, 2, 3]).reduce((a, b) => a + b, 0)).toBe(600);
    expect(apportion(10, [0.5, 0.5])).toEqual([5, 5]);
    expect(() => apportion(-1, [1])).toThrow();
  });

  it('shuffle is a deterministic permutation', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    expect(shuffle(items, 7)).toEqual(shuffle(items, 7));
    expect(shuffle(items, 7)).not.toEqual(items);
    expect([...shuffle(items, 7)].sort((a, b) => a - b)).toEqual(items);
  });

  it('planBeneficiaries refuses a territorial of the report that the database lacks', () => {
    expect(() =>
      planBeneficiaries(readProgramFigures(), [{ nombre: 'ACULCO', colonias: [{ clave: 'x', nombre: 'X' }] }], 2020),
    ).toThrow(/ACAHUALTEPEC TEOTONGO/);
  });
});

describe('seed CLI arguments', () => {
  it('parses --activities in both spellings, sample by default', () => {
    expect(parseSeedArgs([])).toEqual({ activities: 'sample', crime: 'all' });
    expect(parseSeedArgs(['--activities', 'year'])).toEqual({ activities: 'year', crime: 'all' });
    expect(parseSeedArgs(['--activities=none', '--crime', '2019-2020'])).toEqual({
      activities: 'none',
      crime: '2019-2020',
    });
  });

  it.each([
    [['--activities', 'decade']],
    [['--activities']],
    [['--activites', 'year']],
    [['year']],
    [['--crime', '2020']],
  ])('rejects %j with exit code 2 and a clear message', async (argv) => {
    const err: string[] = [];
    const code = await runSeedCli(argv, { stdout: () => undefined, stderr: (t) => err.push(t) });
    expect(code).toBe(2);
    expect(err.join('')).toMatch(
      /--activities must be one of sample, year, none|--crime must be one of all, 2019-2020, none|unknown argument/,
    );
    expect(err.join('')).toContain('usage: npm run seed');
  });
});
