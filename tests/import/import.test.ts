import { createReadStream, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { QueryRunner } from 'typeorm';
import { AppError } from '../../src/common/errors';
import { ByteLimit } from '../../src/import/geojson-stream';
import { cliActor, runImportCli } from '../../src/app/import.cli';
import type { ImportReport } from '../../src/import/import-report';
import { importGeoJson } from '../../src/import/import.service';
import { importer } from '../../src/app/registry';
import { serviceUnavailable } from '../../src/db/unavailable';
import { seedTerritorialModel } from '../../seeds/territorial-model.seed';
import { createScratchDatabase, type ScratchDatabase } from '../helpers/scratch-database';

/**
 * The import command on a scratch database holding the demo territorial
 * model (the shared seeded database is left alone): the shared colonia file
 * itself — its duplicate geometries and overlaps reported, all or nothing,
 * dry run, partial write, idempotent second run — and bad input of every
 * kind, each rejected with its reason and nothing written.
 */

const SHARED_FILE = path.join(__dirname, '..', '..', 'seeds', 'data', 'iztapalapa-colonias.geojson');
const IECM_FILE = path.join(__dirname, '..', '..', 'seeds', 'data', 'iztapalapa-colonias-iecm.geojson');
let scratch: ScratchDatabase;
let dir: string;

beforeAll(async () => {
  scratch = await createScratchDatabase();
  await scratch.dataSource.runMigrations({ transaction: 'each' });
  await scratch.dataSource.transaction((manager) => seedTerritorialModel(manager.queryRunner!));
  dir = mkdtempSync(path.join(tmpdir(), 'territorio-import-'));
});
afterAll(async () => {
  // The embedded scratch database is shared with migrations.test.ts: leave it empty.
  if (scratch) {
    for (let i = 0; i < scratch.dataSource.migrations.length; i++)
      await scratch.dataSource.undoLastMigration({ transaction: 'each' });
    await scratch.drop();
  }
});

const q = (sql: string, params: unknown[] = []) => scratch.dataSource.query(sql, params);

async function state(): Promise<Record<string, string>> {
  const [row] = await q(
    `SELECT (SELECT md5(string_agg(clave || nombre || territorial_id || version || md5(ST_AsEWKB(geom)::text), ',' ORDER BY clave)) FROM colonia) AS colonias,
            (SELECT md5(string_agg(clave || nombre || version || md5(ST_AsEWKB(geom)::text), ',' ORDER BY clave)) FROM territorial) AS territoriales,
            (SELECT md5(COALESCE(string_agg(clave || colonia_id || territorial_id || version, ',' ORDER BY clave), '')) FROM mercomuna_point) AS mercomuna,
            (SELECT count(*)::text FROM audit_log) AS audit`,
  );
  return row;
}

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runImportCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, async () => ({
    dataSource: scratch.dataSource,
    close: async () => {},
  }));
  return { code, stdout, stderr };
}

async function cliJson(...argv: string[]): Promise<{ code: number; report: ImportReport }> {
  const run = await cli(...argv, '--json');
  return { code: run.code, report: JSON.parse(run.stdout) };
}

let fileCount = 0;
function file(content: unknown): string {
  const target = path.join(dir, `f${++fileCount}.geojson`);
  writeFileSync(target, typeof content === 'string' ? content : JSON.stringify(content));
  return target;
}

const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const feature = (properties: Record<string, unknown>, geometry: unknown) => ({ type: 'Feature', properties, geometry });
/** A small square (degrees) with its south-west corner at lon, lat. */
const square = (lon: number, lat: number, d = 0.001) => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon, lat],
      [lon + d, lat],
      [lon + d, lat + d],
      [lon, lat + d],
      [lon, lat],
    ],
  ],
});

describe('usage', () => {
  it.each([
    [['nowhere', SHARED_FILE], 'layer must be one of'],
    [['colonias'], 'expected a layer and a file'],
    [['colonias', '/no/such/file.geojson'], 'no such file'],
    [['colonias', SHARED_FILE, '--frobnicate'], 'unknown option'],
    [
      ['mercomuna', SHARED_FILE, '--territorial-field', 'alcaldia'],
      'territorial-field applies to the colonias layer only',
    ],
    [['colonias', SHARED_FILE, '--name-field'], '--name-field needs a property name'],
  ])('%j → exit 2: %s', async (argv, message) => {
    const before = await state();
    const run = await cli(...argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('usage: npm run import');
    expect(await state()).toEqual(before);
  });
});

describe('the IECM catalogue (seeds/data/iztapalapa-colonias-iecm.geojson)', () => {
  const iecm = (): { type: string; features: { properties: Record<string, unknown>; geometry: unknown }[] } =>
    JSON.parse(readFileSync(IECM_FILE, 'utf8'));

  it('re-importing it over the demo changes nothing, reporting the 3 nested units and the slivers as warnings', async () => {
    const before = await state();
    const run = await cli('colonias', IECM_FILE, '--iecm');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('features: 293   created: 0   updated: 0   unchanged: 293   rejected: 0');
    expect(run.stdout).toMatch(/warnings \(\d+ features, accepted\): 3 nested units, \d+ sliver overlaps/);
    expect(run.stdout).toContain(
      'nested: feature 149 (07-163 PRIVADA GAVILAN (U HAB)) lies inside feature 180 (07-196 SAN MIGUEL (BARR))',
    );
    const { report } = await cliJson('colonias', IECM_FILE, '--iecm');
    const nested = report.outcomes.filter((o) => o.warnings?.some((w) => w.startsWith('nested:')));
    expect(nested.map((o) => o.clave)).toEqual(['07-080', '07-081', '07-163', '07-196']);
    expect(report.outcomes.every((o) => o.outcome === 'unchanged')).toBe(true);
    expect(await state()).toEqual(before);
    expect(await q(`SELECT clave FROM colonia WHERE contained_in_id IS NOT NULL ORDER BY clave`)).toEqual([
      { clave: '07-080' },
      { clave: '07-081' },
      { clave: '07-163' },
    ]);
  });

  const cases: [string, (c: ReturnType<typeof iecm>) => void, number, RegExp][] = [
    ['a missing clave field', (c) => delete c.features[4].properties.cveut, 5, /^missing field cveut \(the clave\)$/],
    [
      'a renamed clave field (every feature)',
      (c) =>
        c.features.forEach((f) => {
          f.properties.clave = f.properties.cveut;
          delete f.properties.cveut;
        }),
      1,
      /^missing field cveut \(the clave\)$/,
    ],
    [
      'two features with one clave',
      (c) => (c.features[9].properties.cveut = '07-001'),
      10,
      /^duplicate clave 07-001 of feature 1 /,
    ],
    [
      'a clave in the wrong form',
      (c) => (c.features[2].properties.cveut = '7-3'),
      3,
      /^field cveut must be an IECM unit clave: two digits, a hyphen and three digits, e\.g\. 07-163 \(got "7-3"\)$/,
    ],
    ['a missing population', (c) => delete c.features[6].properties.pob, 7, /^missing field pob$/],
  ];
  it.each(cases)('rejects %s, naming the feature, and writes nothing', async (_, damage, featureNo, reason) => {
    const collection = iecm();
    damage(collection);
    const before = await state();
    const { code, report } = await cliJson('colonias', file(collection), '--iecm');
    expect(code).toBe(1);
    expect(report.written).toBe(false);
    const outcome = report.outcomes.find((o) => o.feature === featureNo)!;
    expect(outcome.outcome).toBe('rejected');
    expect(outcome.reasons!.some((r) => reason.test(r))).toBe(true);
    expect(await state()).toEqual(before);
  });
});

describe('territorial assignment (npm run import -- territorial-assignment <file.csv>)', () => {
  const csv = (text: string | Buffer): string => {
    const target = path.join(dir, `a${++fileCount}.csv`);
    writeFileSync(target, text);
    return target;
  };
  const territorialOf = async (clave: string): Promise<string> =>
    (
      await q(`SELECT t.nombre FROM colonia c JOIN territorial t ON t.id = c.territorial_id WHERE c.clave = $1`, [
        clave,
      ])
    )[0].nombre;

  it('moves units between territoriales, rebuilding polygons and populations in the same transaction; a second run changes nothing', async () => {
    const from = await territorialOf('07-196');
    const to = from === 'REFORMA' ? 'ACULCO' : 'REFORMA';
    const back = csv(
      `cveut,territorial\n07-196,${from}\n07-163,${from}\n07-080,${from}\n07-081,${from}\n07-001,${await territorialOf('07-001')}\n`,
    );
    const populations = async () =>
      Object.fromEntries(
        (await q('SELECT nombre, poblacion FROM territorial ORDER BY nombre')).map((r: any) => [r.nombre, r.poblacion]),
      );
    const before = await populations();
    const [{ pob }] = await q(
      `SELECT sum(poblacion)::int AS pob FROM colonia WHERE clave IN ('07-196', '07-163', '07-080', '07-081')`,
    );
    const file = csv(`cveut,territorial\n07-196,${to}\n07-163,${to.toLowerCase()}\n"07-080",${to}\n07-081,${to}\n`);
    const { code, report } = await cliJson('territorial-assignment', file);
    expect(code).toBe(0);
    expect(report).toMatchObject({
      layer: 'territorial-assignment',
      written: true,
      features: 4,
      updated: 4,
      rejected: 0,
    });
    expect(report.outcomes.map((o) => [o.feature, o.clave, o.outcome])).toEqual([
      [2, '07-196', 'updated'],
      [3, '07-163', 'updated'],
      [4, '07-080', 'updated'],
      [5, '07-081', 'updated'],
    ]);
    expect(await territorialOf('07-163')).toBe(to);
    const after = await populations();
    expect(after[to]).toBe(before[to] + pob);
    expect(after[from]).toBe(before[from] - pob);
    expect(Object.values(after).reduce((a: number, b: any) => a + b, 0)).toBe(1_844_597);
    // Polygons rebuilt: each colonia covered by its territorial, each territorial the union of its colonias.
    expect(
      await q(
        `SELECT c.clave FROM colonia c JOIN territorial t ON t.id = c.territorial_id WHERE NOT ST_Covers(t.geom, c.geom)`,
      ),
    ).toEqual([]);
    const [moved] = await q(
      `SELECT ST_Covers(t.geom, c.geom) AS covered FROM territorial t, colonia c WHERE t.nombre = $1 AND c.clave = '07-196'`,
      [to],
    );
    expect(moved.covered).toBe(true);
    const audit = await q(
      `SELECT a.changes FROM audit_log a JOIN colonia c ON c.id = a.entity_id WHERE a.entity = 'colonia' AND c.clave = '07-163' ORDER BY a.id DESC LIMIT 1`,
    );
    expect(Object.keys(audit[0].changes)).toEqual(['territorialId']);

    const state1 = await state();
    const again = await cli('territorial-assignment', file);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('features: 4   created: 0   updated: 0   unchanged: 4   rejected: 0');
    expect(await state()).toEqual(state1);

    expect((await cli('territorial-assignment', back)).code).toBe(0);
    expect(await populations()).toEqual(before);
  });

  const bad: [string, string | Buffer, RegExp][] = [
    [
      'an unknown clave',
      'cveut,territorial\n07-001,ACULCO\n07-999,ACULCO\n',
      /^3\s+rejected .*unknown unit clave 07-999/m,
    ],
    [
      'a clave in the wrong form',
      'cveut,territorial\n7-1,ACULCO\n',
      /^2\s+rejected .*cveut must be an IECM unit clave: two digits, a hyphen and three digits/m,
    ],
    [
      'a duplicate row',
      'cveut,territorial\n07-001,ACULCO\n07-002,REFORMA\n07-001,aculco\n',
      /^4\s+rejected .*duplicate of line 2/m,
    ],
    [
      'a unit assigned twice',
      'cveut,territorial\n07-001,ACULCO\n07-001,REFORMA\n',
      /^3\s+rejected .*unit 07-001 assigned twice: line 2 assigns it to "ACULCO", this line to "REFORMA"/m,
    ],
    ['an empty territorial', 'cveut,territorial\n07-001,\n', /^2\s+rejected .*empty territorial/m],
    [
      'an unknown territorial',
      'cveut,territorial\n07-001,NARNIA\n',
      /^2\s+rejected .*territorial 'NARNIA' does not exist/m,
    ],
    [
      'a nested unit split from its container',
      'cveut,territorial\n07-163,TEZONCO\n',
      /^2\s+rejected .*unit 07-163 lies inside 07-196: a nested unit goes with its container/m,
    ],
  ];
  it.each(bad)('rejects %s, naming the line, and writes nothing', async (_, content, reason) => {
    const before = await state();
    const run = await cli('territorial-assignment', csv(content));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('nothing written');
    const flat = run.stdout.replace(/\n\s+- /g, ' ');
    expect(flat).toMatch(reason);
    expect(await state()).toEqual(before);
  });

  const badFiles: [string, string | Buffer, string][] = [
    ['a header only', 'cveut,territorial\n', 'file has the header but no rows: nothing to assign'],
    [
      'non-UTF-8 bytes',
      Buffer.concat([Buffer.from('cveut,territorial\n07-001,ACULCO\n07-002,'), Buffer.from([0xc1, 0xe9, 0x0a])]),
      'file is not UTF-8: line 3 has bytes that are not UTF-8 text',
    ],
    ['a wrong header', 'clave,territorial\n07-001,ACULCO\n', 'file must start with the header line cveut,territorial'],
  ];
  it.each(badFiles)('rejects a file with %s and writes nothing', async (_, content, message) => {
    const before = await state();
    const run = await cli('territorial-assignment', csv(content));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`file rejected: ${message}`);
    expect(await state()).toEqual(before);
  });

  it('a dry run reports and writes nothing', async () => {
    const before = await state();
    const other = (await territorialOf('07-001')) === 'REFORMA' ? 'ACULCO' : 'REFORMA';
    const run = await cli('territorial-assignment', csv(`cveut,territorial\n07-001,${other}\n`), '--dry-run');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('dry run: nothing written; a real run would move 1 units');
    expect(await state()).toEqual(before);
  });
});

describe('the shared colonia catalogue (seeds/data/iztapalapa-colonias.geojson)', () => {
  it('all or nothing: its 11 duplicate geometries and the overlaps above the threshold are rejected with reasons, sliver overlaps reported, nothing written, exit 1', async () => {
    const before = await state();
    const { code, report } = await cliJson('colonias', SHARED_FILE, '--name-field', 'colonia');
    expect(code).toBe(1);
    expect(report).toMatchObject({
      features: 209,
      written: false,
      rejected: 17,
      created: 192,
      unchanged: 0,
      updated: 0,
    });
    expect(report.summary).toContain('nothing written');
    const duplicates = report.outcomes.filter((o) =>
      o.reasons?.some((r) => r.startsWith('duplicate geometry of feature')),
    );
    expect(duplicates).toHaveLength(11);
    // The kept spelling is the demo seed's (more accented letters): "Los Angeles" is a duplicate of "Los Ángeles".
    expect(duplicates.find((o) => o.name === 'Los Angeles')?.reasons).toEqual([
      'duplicate geometry of feature 116 (Los Ángeles)',
    ]);
    const overlaps = report.outcomes.filter((o) => o.reasons?.some((r) => r.startsWith('overlaps feature')));
    expect(overlaps.map((o) => o.feature)).toEqual([45, 68, 75, 111, 158, 171]);
    expect(overlaps[0].reasons).toEqual(['overlaps feature 16 (Año De Juarez) by 2,741 m² (2.01% of the smaller)']);
    const slivers = report.outcomes.filter((o) => o.warnings?.some((w) => w.startsWith('sliver overlap')));
    expect(slivers.length).toBeGreaterThan(100);
    expect(slivers.every((o) => o.outcome !== 'rejected' || o.reasons!.length > 0)).toBe(true);
    expect(await state()).toEqual(before);
  });

  it('a dry run reports what a partial import would do and writes nothing', async () => {
    const before = await state();
    const run = await cli('colonias', SHARED_FILE, '--name-field', 'colonia', '--dry-run', '--allow-partial');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'features: 209   would be created: 192   would be updated: 0   unchanged: 0   rejected: 17',
    );
    expect(run.stdout).toContain('dry run: nothing written');
    expect(run.stdout).toMatch(
      /71\s+rejected\s+el-sifon\s+El Sifon\n\s+- duplicate geometry of feature 72 \(El Sifón\)/,
    );
    expect(await state()).toEqual(before);
  });

  it('--allow-partial writes the valid features with an IMPORT audit entry each; a second identical run is all unchanged', async () => {
    const [{ n: coloniasBefore }] = await q('SELECT count(*)::int AS n FROM colonia');
    // Only this test's audit rows: earlier tests of the file (territorial assignment) audit colonias too.
    const [{ m: lastAuditId }] = await q('SELECT COALESCE(max(id), 0)::text AS m FROM audit_log');
    const first = await cliJson('colonias', SHARED_FILE, '--name-field', 'colonia', '--allow-partial');
    expect(first.code).toBe(1);
    expect(first.report).toMatchObject({ written: true, created: 192, updated: 0, unchanged: 0, rejected: 17 });
    expect(await q('SELECT count(*)::int AS n FROM colonia')).toEqual([{ n: coloniasBefore + 192 }]);
    const audit = await q(
      `SELECT actor, operation, count(*)::int AS n FROM audit_log WHERE entity = 'colonia' AND id > $1 GROUP BY 1, 2`,
      [lastAuditId],
    );
    expect(audit).toEqual([{ actor: cliActor(), operation: 'IMPORT', n: 192 }]);
    const [entry] = await q(
      `SELECT a.changes FROM audit_log a JOIN colonia c ON c.id = a.entity_id WHERE c.clave = 'central-de-abasto'`,
    );
    expect(entry.changes.nombre).toEqual({ before: null, after: 'Central De Abasto' });
    expect(entry.changes.geometry.after.type).toBe('MultiPolygon');
    // A new colonia joins the territorial it overlaps most.
    expect(await q(`SELECT count(*)::int AS n FROM colonia WHERE territorial_id IS NULL`)).toEqual([{ n: 0 }]);

    const before = await state();
    const second = await cli('colonias', SHARED_FILE, '--name-field', 'colonia', '--allow-partial');
    expect(second.code).toBe(1);
    expect(second.stdout).toContain('features: 209   created: 0   updated: 0   unchanged: 192   rejected: 17');
    expect(await state()).toEqual(before);
  });
});

describe('bad input in a file: each feature rejected with its reason, nothing written', () => {
  const ok = (nombre: string, lon = -99.0725, lat = 19.3505) => feature({ nombre }, square(lon, lat, 0.0004));
  const [x, y] = [-99.0725, 19.3505];
  const cases: [string, unknown, string][] = [
    [
      'wrong geometry type',
      feature({ nombre: 'Punto' }, { type: 'Point', coordinates: [x, y] }),
      'wrong geometry type: geometry must be a Polygon or MultiPolygon (got a Point)',
    ],
    [
      'self-intersecting polygon',
      feature(
        { nombre: 'Moño' },
        {
          type: 'Polygon',
          coordinates: [
            [
              [x, y],
              [x + 0.001, y + 0.001],
              [x + 0.001, y],
              [x, y + 0.001],
              [x, y],
            ],
          ],
        },
      ),
      'invalid geometry: Self-intersection',
    ],
    [
      'unclosed ring',
      feature(
        { nombre: 'Abierto' },
        {
          type: 'Polygon',
          coordinates: [
            [
              [x, y],
              [x + 0.001, y],
              [x + 0.001, y + 0.001],
              [x, y + 0.001],
            ],
          ],
        },
      ),
      'polygon ring that is not closed',
    ],
    [
      'too few positions',
      feature(
        { nombre: 'Corto' },
        {
          type: 'Polygon',
          coordinates: [
            [
              [x, y],
              [x + 0.001, y],
              [x, y],
            ],
          ],
        },
      ),
      'polygon ring with fewer than 4 positions',
    ],
    [
      'string coordinates',
      feature(
        { nombre: 'Texto' },
        {
          type: 'Polygon',
          coordinates: [
            [
              ['-99.07', '19.35'],
              [x + 0.001, y],
              [x, y + 0.001],
              ['-99.07', '19.35'],
            ],
          ],
        },
      ),
      'not [lon, lat] numbers',
    ],
    [
      'null (NaN) coordinates',
      feature(
        { nombre: 'Nulo' },
        {
          type: 'Polygon',
          coordinates: [
            [
              [null, y],
              [x + 0.001, y],
              [x, y + 0.001],
              [null, y],
            ],
          ],
        },
      ),
      'not [lon, lat] numbers',
    ],
    [
      'lat/lon swapped',
      feature(
        { nombre: 'Volteado' },
        {
          type: 'Polygon',
          coordinates: [
            [
              [y, x],
              [y, x + 0.001],
              [y + 0.001, x],
              [y, x],
            ],
          ],
        },
      ),
      'look like lat/lon swapped',
    ],
    [
      'projected (UTM) coordinates',
      feature({ nombre: 'UTM' }, square(494_900, 2_139_800, 100)),
      'projected coordinates (e.g. UTM) are not accepted',
    ],
    [
      'outside the alcaldía (Coyoacán)',
      feature({ nombre: 'Coyoacán' }, square(-99.1625, 19.35)),
      'outside the alcaldía',
    ],
    [
      '3D positions',
      feature(
        { nombre: 'Alto' },
        {
          type: 'Polygon',
          coordinates: [
            [
              [x, y, 2240],
              [x + 0.001, y, 2240],
              [x, y + 0.001, 2240],
              [x, y, 2240],
            ],
          ],
        },
      ),
      'has 3D positions',
    ],
    [
      'a feature-level crs other than WGS84',
      {
        ...feature({ nombre: 'Otro CRS' }, square(x + 0.003, y)),
        crs: { type: 'name', properties: { name: 'EPSG:32614' } },
      },
      'has a crs other than WGS84',
    ],
    [
      'more than 10,000 vertices',
      feature(
        { nombre: 'Enorme' },
        {
          type: 'Polygon',
          coordinates: [[...Array.from({ length: 10_001 }, (_, k) => [x + k * 1e-8, y]), [x, y + 0.001], [x, y]]],
        },
      ),
      'more than 10000 positions',
    ],
    [
      'an empty MultiPolygon',
      feature({ nombre: 'Vacío' }, { type: 'MultiPolygon', coordinates: [] }),
      'MultiPolygon with fewer than 1 member',
    ],
    ['a missing name field', feature({ name: 'Sin nombre' }, square(x, y)), 'missing field nombre'],
    ['a missing geometry', feature({ nombre: 'Sin geometría' }, null), 'missing geometry'],
    ['not a Feature', { type: 'Polygon', coordinates: square(x, y).coordinates }, 'not a GeoJSON Feature'],
    [
      'a name of punctuation only (no clave can be made)',
      feature({ nombre: '¡¿—?!' }, square(x, y)),
      'has no letters or digits to make a clave',
    ],
  ];

  it.each(cases.map(([kind, bad, reason]) => ({ kind, bad, reason })))('$kind', async ({ bad, reason }) => {
    const before = await state();
    const { code, report } = await cliJson('colonias', file(collection(ok('Colonia Válida Uno'), bad)));
    expect(code).toBe(1);
    expect(report).toMatchObject({ written: false, rejected: 1, features: 2 });
    expect(report.outcomes[1].outcome).toBe('rejected');
    expect(report.outcomes[1].reasons!.join(' | ')).toContain(reason);
    expect(report.outcomes[0].outcome).toBe('created');
    expect(await state()).toEqual(before);
  });

  it('duplicate claves, duplicate geometry and an overlap above the threshold, named by feature number', async () => {
    const before = await state();
    const { report } = await cliJson(
      'colonias',
      file(
        collection(
          ok('Colonia Prueba'),
          feature({ nombre: 'Colonia  prueba' }, square(x + 0.002, y, 0.0004)),
          ok('Copia Exacta'),
          feature({ nombre: 'Encimada' }, square(x + 0.0001, y + 0.0001, 0.0004)),
        ),
      ),
    );
    expect(report.outcomes.map((o) => o.reasons ?? [])).toEqual([
      [],
      ['duplicate clave colonia-prueba of feature 1 (Colonia Prueba)'],
      ['duplicate geometry of feature 1 (Colonia Prueba)'],
      [expect.stringMatching(/^overlaps feature 1 \(Colonia Prueba\) by [\d,]+ m² \(56\.\d\d% of the smaller\)$/)],
    ]);
    expect(await state()).toEqual(before);
  });

  it.each([
    [
      'malformed JSON',
      '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"nombre": "x"}, "geometry": ',
      'is not valid JSON',
    ],
    [
      'NaN in the file (not JSON)',
      '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"nombre": "x"}, "geometry": {"type": "Point", "coordinates": [NaN, 19.3]}}]}',
      'is not valid JSON',
    ],
    [
      'not a FeatureCollection',
      JSON.stringify(feature({ nombre: 'x' }, square(x, y))),
      'is not a GeoJSON FeatureCollection',
    ],
    [
      'features that is not an array',
      '{"type": "FeatureCollection", "features": {"a": 1}}',
      'is not a GeoJSON FeatureCollection: "features" must be an array',
    ],
    [
      'a collection-level crs other than WGS84',
      JSON.stringify({
        ...collection(ok('Uno')),
        crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::32614' } },
      }),
      'has a crs other than WGS84',
    ],
  ])('a rejected file: %s → exit 1, nothing written', async (_kind, content, message) => {
    const before = await state();
    const run = await cli('colonias', file(content));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`file rejected: GeoJSON ${message}`);
    expect(await state()).toEqual(before);
  });

  it('Infinity (1e400) as a coordinate is rejected for that feature', async () => {
    const content = `{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"nombre": "Infinita"}, "geometry": {"type": "Polygon", "coordinates": [[[1e400, 19.35], [-99.07, 19.35], [-99.07, 19.36], [1e400, 19.35]]]}}]}`;
    const { report } = await cliJson('colonias', file(content));
    expect(report.outcomes[0].reasons).toEqual([
      'geometry has a coordinate that is not a finite number (NaN or Infinity)',
    ]);
  });

  it('a body over the byte limit is refused with PAYLOAD_TOO_LARGE', async () => {
    const body = JSON.stringify(collection(...Array.from({ length: 50 }, (_, k) => ok(`Colonia ${k}`))));
    const error = await importGeoJson(
      importer,
      scratch.dataSource,
      Readable.from([Buffer.from(body)]),
      { layer: 'colonias', nameField: 'nombre', dryRun: false, allowPartial: true, actor: 'test', source: 'test' },
      [new ByteLimit(1000)],
    ).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('writes of the other layers and of territorial membership', () => {
  it('SQL-like text in names is stored literally; a clave field is used as given', async () => {
    const name = `Colonia'); DROP TABLE colonia; --`;
    const { report } = await cliJson(
      'colonias',
      file(collection(feature({ nombre: name, cve: 'col-sql-1' }, square(-99.0725, 19.3505, 0.0004)))),
      '--clave-field',
      'cve',
    );
    expect(report).toMatchObject({ created: 1, rejected: 0, written: true });
    expect(await q(`SELECT nombre FROM colonia WHERE clave = 'col-sql-1'`)).toEqual([{ nombre: name }]);
    await q(`DELETE FROM colonia WHERE clave = 'col-sql-1'`);
  });

  it('--territorial-field moves colonias to the named territorial, moves their program rows and rebuilds both polygons; again: unchanged', async () => {
    const [{ m: lastAuditId }] = await q('SELECT COALESCE(max(id), 0)::text AS m FROM audit_log');
    const [colonia] = await q(
      `SELECT c.id, c.clave, c.nombre, ST_AsGeoJSON(c.geom)::json AS geom, t.clave AS territorial FROM colonia c JOIN territorial t ON t.id = c.territorial_id WHERE t.clave = 'TER-02' ORDER BY c.clave LIMIT 1`,
    );
    await q(
      `INSERT INTO mercomuna_point (clave, nombre, location, period, kind, colonia_id, territorial_id)
       SELECT 'MER-IMP-001', 'Tienda', ST_PointOnSurface(geom), 'APR_MAY', 'OTHER', id, territorial_id FROM colonia WHERE id = $1`,
      [colonia.id],
    );
    const content = file(
      collection(feature({ nombre: colonia.nombre, cve: colonia.clave, dt: 'atlalilco axomulco' }, colonia.geom)),
    );
    const first = await cliJson('colonias', content, '--clave-field', 'cve', '--territorial-field', 'dt');
    expect(first.report).toMatchObject({
      updated: 1,
      rejected: 0,
      written: true,
      territoriales: { rebuilt: ['TER-02', 'TER-05'], programRowsMoved: 1 },
    });
    // Each rebuilt polygon is the union of its colonias (grown by a hair so it covers them), the moved one now in TER-05.
    const rebuilt = await q(
      `SELECT t.clave, bool_and(ST_Covers(t.geom, c.geom)) AS covers, bool_or(c.id = $1) AS holds_moved,
              abs(ST_Area(t.geom::geography) - ST_Area(ST_Union(c.geom, 1e-10)::geography)) < 5 AS union_area
         FROM colonia c JOIN territorial t ON t.id = c.territorial_id WHERE t.clave IN ('TER-02', 'TER-05') GROUP BY t.clave, t.geom ORDER BY t.clave`,
      [colonia.id],
    );
    expect(rebuilt).toEqual([
      { clave: 'TER-02', covers: true, holds_moved: false, union_area: true },
      { clave: 'TER-05', covers: true, holds_moved: true, union_area: true },
    ]);
    expect(
      await q(
        `SELECT t.clave FROM mercomuna_point m JOIN territorial t ON t.id = m.territorial_id WHERE m.clave = 'MER-IMP-001'`,
      ),
    ).toEqual([{ clave: 'TER-05' }]);
    expect(
      await q(
        `SELECT count(*)::int AS n FROM colonia c JOIN territorial t ON t.id = c.territorial_id WHERE c.id = $1 AND NOT ST_Covers(t.geom, c.geom)`,
        [colonia.id],
      ),
    ).toEqual([{ n: 0 }]);
    const audit = await q(
      `SELECT entity, count(*)::int AS n FROM audit_log WHERE operation = 'IMPORT' AND entity IN ('territorial', 'mercomuna_point') AND id > $1 GROUP BY entity ORDER BY entity`,
      [lastAuditId],
    );
    expect(audit).toEqual([
      { entity: 'mercomuna_point', n: 1 },
      { entity: 'territorial', n: 2 },
    ]);

    const again = await state();
    const second = await cliJson('colonias', content, '--clave-field', 'cve', '--territorial-field', 'dt');
    expect(second.report).toMatchObject({
      unchanged: 1,
      updated: 0,
      territoriales: { rebuilt: [], unchanged: ['TER-05'], programRowsMoved: 0 },
    });
    expect(await state()).toEqual(again);

    const unknown = await cliJson(
      'colonias',
      file(collection(feature({ nombre: colonia.nombre, cve: colonia.clave, dt: 'NARNIA' }, colonia.geom))),
      '--clave-field',
      'cve',
      '--territorial-field',
      'dt',
    );
    expect(unknown.report.outcomes[0].reasons).toEqual([
      "territorial 'NARNIA' (field dt) does not match any territorial by clave or name",
    ]);
  });

  it('territoriales: upserted by clave; a second run is unchanged', async () => {
    const polygon = { type: 'MultiPolygon', coordinates: [square(-99.05, 19.33, 0.002).coordinates] };
    const content = file(collection(feature({ NOMGEO: 'TERRITORIAL DE PRUEBA', CVE: 'TER-99' }, polygon)));
    const first = await cliJson('territoriales', content, '--name-field', 'NOMGEO', '--clave-field', 'CVE');
    expect(first.report).toMatchObject({ created: 1, written: true });
    const second = await cliJson('territoriales', content, '--name-field', 'NOMGEO', '--clave-field', 'CVE');
    expect(second.report).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect(
      await q(
        `SELECT nombre, version, round(area_km2::numeric, 2)::float8 AS km2 FROM territorial WHERE clave = 'TER-99'`,
      ),
    ).toEqual([{ nombre: 'TERRITORIAL DE PRUEBA', version: 1, km2: 0.05 }]);
    await q(`DELETE FROM territorial WHERE clave = 'TER-99'`);
  });

  it('point layers: placed in their colonia by PostGIS; attributes checked; same location is a warning', async () => {
    const [c] = await q(
      `SELECT id, territorial_id, ST_AsGeoJSON(ST_PointOnSurface(geom))::json AS p FROM colonia ORDER BY id LIMIT 1`,
    );
    const content = file(
      collection(
        feature({ nombre: 'Lechería 1', clave: 'MER-IMP-010', period: 'APR_MAY', kind: 'LECHERIA_LICONSA' }, c.p),
        feature(
          { nombre: 'Lechería 1 (otoño)', clave: 'MER-IMP-011', period: 'SEP_DEC', kind: 'LECHERIA_LICONSA' },
          c.p,
        ),
        feature({ nombre: 'Sin periodo', clave: 'MER-IMP-012', kind: 'OTHER' }, c.p),
        feature({ nombre: 'Periodo raro', clave: 'MER-IMP-013', period: 'JUN', kind: 'OTHER' }, c.p),
      ),
    );
    const { report } = await cliJson('mercomuna', content, '--clave-field', 'clave', '--allow-partial');
    expect(report.outcomes.map((o) => [o.outcome, o.reasons ?? o.warnings ?? []])).toEqual([
      ['created', []],
      ['created', ['same geometry as feature 1 (Lechería 1)']],
      ['rejected', ['missing field period']],
      ['rejected', ['field period must be one of APR_MAY, SEP_DEC (got "JUN")']],
    ]);
    expect(
      await q(
        `SELECT clave, colonia_id, territorial_id FROM mercomuna_point WHERE clave LIKE 'MER-IMP-01%' ORDER BY clave`,
      ),
    ).toEqual([
      { clave: 'MER-IMP-010', colonia_id: c.id, territorial_id: c.territorial_id },
      { clave: 'MER-IMP-011', colonia_id: c.id, territorial_id: c.territorial_id },
    ]);
    const camino = file(
      collection(
        feature(
          {
            nombre: 'Camino',
            clave: 'CAM-IMP-001',
            kind: 'CAMINO_MUJERES_LIBRES_SEGURAS',
            status: 'COMPLETED',
            builtOn: '2020-06-01',
          },
          c.p,
        ),
      ),
    );
    const wrong = await cliJson('improvements', camino, '--clave-field', 'clave');
    expect(wrong.report.outcomes[0].reasons).toEqual([
      'wrong geometry type: geometry must be a LineString (got a Point)',
    ]);
    await q(`DELETE FROM mercomuna_point WHERE clave LIKE 'MER-IMP-%'`);
  });
});

describe('a database outage during an import: the caller knows whether COMMIT was sent (issue #15)', () => {
  const connectionReset = () => Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
  const content = () =>
    file(
      collection(
        feature(
          { NOMGEO: 'TERRITORIAL DE CORTE', CVE: 'TER-98' },
          { type: 'MultiPolygon', coordinates: [square(-99.05, 19.33, 0.002).coordinates] },
        ),
      ),
    );
  const imported = async () => Number((await q(`SELECT count(*) AS n FROM territorial WHERE clave = 'TER-98'`))[0].n);

  /** The CLI on the scratch database, its query runners patched to lose their connection as `patch` says. */
  async function cliLosing(patch: (runner: QueryRunner) => void, ...argv: string[]): Promise<CliRun> {
    const real = scratch.dataSource;
    const dataSource = new Proxy(real, {
      get(target, property) {
        if (property === 'createQueryRunner')
          return (mode?: 'master' | 'slave') => {
            const runner = target.createQueryRunner(mode);
            patch(runner);
            return runner;
          };
        const value = Reflect.get(target, property);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    let stdout = '';
    let stderr = '';
    const code = await runImportCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, async () => ({
      dataSource,
      close: async () => {},
    }));
    return { code, stdout, stderr };
  }

  it('lost before COMMIT (after the upsert and its audit entries): SERVICE_UNAVAILABLE, retryable, nothing written', async () => {
    const before = await state();
    const source = content();
    let caught: unknown;
    const run = await cliLosing(
      (runner) => {
        const query = runner.query.bind(runner);
        let upserted = false;
        runner.query = (async (sql: string, ...rest: unknown[]) => {
          if (upserted) {
            // What PostgreSQL does when the connection dies mid-transaction: the transaction is gone.
            await query('ROLLBACK');
            caught = connectionReset();
            throw caught;
          }
          const result = await (query as (...a: unknown[]) => Promise<unknown>)(sql, ...rest);
          if (/INSERT INTO audit_log/.test(sql)) upserted = true;
          return result;
        }) as QueryRunner['query'];
      },
      'territoriales',
      source,
      '--name-field',
      'NOMGEO',
      '--clave-field',
      'CVE',
    );
    expect(caught).toBeDefined();
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`import not completed: ${serviceUnavailable(true).message}\n`);
    expect(await imported()).toBe(0);
    expect(await state()).toEqual(before);
  });

  it('lost while COMMIT is in flight: SERVICE_UNAVAILABLE, not retryable, "may or may not have been saved"', async () => {
    const source = content();
    let error: unknown;
    const dataSource = scratch.dataSource;
    const patched = new Proxy(dataSource, {
      get(target, property) {
        if (property === 'createQueryRunner')
          return (mode?: 'master' | 'slave') => {
            const runner = target.createQueryRunner(mode);
            const commit = runner.commitTransaction.bind(runner);
            // COMMIT reaches the server and commits; its answer never comes back.
            runner.commitTransaction = async () => {
              await commit();
              throw connectionReset();
            };
            return runner;
          };
        const value = Reflect.get(target, property);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    try {
      await importGeoJson(importer, patched, createReadStream(source), {
        layer: 'territoriales',
        nameField: 'NOMGEO',
        claveField: 'CVE',
        dryRun: false,
        allowPartial: false,
        actor: 'test',
        source: 'test',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('SERVICE_UNAVAILABLE');
    expect((error as AppError).extensions.retryable).toBe(false);
    expect((error as AppError).message).toMatch(/may or may not have been saved/);
    // Here it did commit: exactly why the client must check before retrying.
    expect(await imported()).toBe(1);
    await q(`DELETE FROM territorial WHERE clave = 'TER-98'`);
  });

  it('a dry run that loses its connection was never going to commit: retryable', async () => {
    const run = await cliLosing(
      (runner) => {
        // ROLLBACK is lost with the connection: the server rolls back by itself.
        const rollback = runner.rollbackTransaction.bind(runner);
        runner.rollbackTransaction = async () => {
          await rollback();
          throw connectionReset();
        };
      },
      'territoriales',
      content(),
      '--name-field',
      'NOMGEO',
      '--clave-field',
      'CVE',
      '--dry-run',
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`import not completed: ${serviceUnavailable(true).message}\n`);
    expect(await imported()).toBe(0);
  });

  it('the assignment CSV import tracks COMMIT the same way: lost in flight is not retryable (and did commit here)', async () => {
    const territorialOf = async () =>
      (
        await q(`SELECT t.nombre FROM colonia c JOIN territorial t ON t.id = c.territorial_id WHERE c.clave = '07-001'`)
      )[0].nombre as string;
    const from = await territorialOf();
    const to = from === 'REFORMA' ? 'ACULCO' : 'REFORMA';
    const moveTo = (territorial: string) => {
      const target = path.join(dir, `assignment-outage-${territorial}.csv`);
      writeFileSync(target, `cveut,territorial\n07-001,${territorial}\n`);
      return target;
    };
    const run = await cliLosing(
      (runner) => {
        const commit = runner.commitTransaction.bind(runner);
        runner.commitTransaction = async () => {
          await commit();
          throw connectionReset();
        };
      },
      'territorial-assignment',
      moveTo(to),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`import not completed: ${serviceUnavailable(false).message}\n`);
    expect(await territorialOf()).toBe(to);
    expect((await cli('territorial-assignment', moveTo(from))).code).toBe(0);
    expect(await territorialOf()).toBe(from);
  });
});
