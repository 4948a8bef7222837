import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  codeMigrationNames,
  dropUnusedWalSegments,
  installedPackageVersions,
  loadPreparedDemo,
  PREPARED_DEMO_MANIFEST,
  PREPARED_DEMO_TARBALL,
  readPreparedDemoManifest,
  type DatabaseDigest,
} from '../../seeds/prepared-demo';
import { projectRoot } from '../../src/web/web-assets';

const STALE = 'the prepared demo database is stale: run `npm run db:prepare` and commit seeds/prepared/';

/**
 * The prepared database a first `npm start` loads (seeds/prepared/) must be what the migrations
 * and the demo seed build. tests/setup/global-setup.ts seeds the test database the long way and
 * loads the prepared one into an embedded PostGIS; both are digested there.
 */
describe('prepared demo database', () => {
  const seeded = JSON.parse(process.env.TERRITORIO_SEEDED_DIGEST ?? 'null') as DatabaseDigest | null;
  const prepared = JSON.parse(process.env.TERRITORIO_PREPARED_DIGEST ?? 'null') as {
    reason?: string;
    digest?: DatabaseDigest;
  } | null;

  it('fits this checkout: same PGlite/PostGIS packages, same migrations, intact bytes', () => {
    const manifest = readPreparedDemoManifest();
    expect(manifest).toBeDefined();
    expect({ packages: manifest!.packages, migrations: manifest!.migrations }).toEqual({
      packages: installedPackageVersions(),
      migrations: codeMigrationNames(),
    });
    expect(loadPreparedDemo().reason).toBeUndefined();
    expect(prepared?.reason).toBeUndefined();
  });

  it('loads to the content its manifest records', () => {
    expect(prepared?.digest).toEqual(readPreparedDemoManifest()!.digest);
  });

  it('holds what the migrations and the demo seed build, table by table', () => {
    expect(seeded).not.toBeNull();
    const digest = prepared!.digest!;
    // Tables and row counts are the same on both engines; the rows' bytes are compared where the
    // geometry engine is the same one (PostGIS 3.6 in PGlite): real PostGIS 3.3 unions and measures
    // polygons with another GEOS, so its floating-point digits may differ.
    const shape = (d: DatabaseDigest) => Object.fromEntries(Object.entries(d).map(([t, { rows }]) => [t, rows]));
    expect(shape(digest)).toEqual(shape(seeded!));
    if (process.env.TERRITORIO_TEST_DB === 'embedded') {
      const differing = Object.keys(seeded!).filter((t) => seeded![t].md5 !== digest[t]?.md5);
      expect({ differing, hint: differing.length ? STALE : '' }).toEqual({ differing: [], hint: '' });
    }
  });

  describe('a tarball that does not fit is refused with the reason, and the long way is taken', () => {
    let root: string;
    beforeEach(() => {
      root = mkdtempSync(join(tmpdir(), 'territorio-prepared-'));
      mkdirSync(join(root, 'seeds/prepared'), { recursive: true });
      copyFileSync(join(projectRoot(), PREPARED_DEMO_MANIFEST), join(root, PREPARED_DEMO_MANIFEST));
      copyFileSync(join(projectRoot(), PREPARED_DEMO_TARBALL), join(root, PREPARED_DEMO_TARBALL));
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));
    const editManifest = (edit: (m: Record<string, unknown>) => void) => {
      const file = join(root, PREPARED_DEMO_MANIFEST);
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      edit(manifest);
      writeFileSync(file, JSON.stringify(manifest));
    };

    it('the copy itself loads', () => {
      expect(loadPreparedDemo(root)).toEqual({ tarball: expect.any(Buffer) });
    });
    it('no manifest', () => {
      rmSync(join(root, PREPARED_DEMO_MANIFEST));
      expect(loadPreparedDemo(root)).toEqual({ reason: `${PREPARED_DEMO_MANIFEST} is missing` });
    });
    it('no tarball', () => {
      rmSync(join(root, PREPARED_DEMO_TARBALL));
      expect(loadPreparedDemo(root)).toEqual({ reason: `${PREPARED_DEMO_TARBALL} is missing` });
    });
    it('corrupted bytes', () => {
      const file = join(root, PREPARED_DEMO_TARBALL);
      const bytes = readFileSync(file);
      bytes[bytes.length >> 1] ^= 0xff;
      writeFileSync(file, bytes);
      expect(loadPreparedDemo(root).reason).toBe(`${PREPARED_DEMO_TARBALL} does not match its manifest's sha256`);
    });
    it('another PGlite', () => {
      editManifest((m) => ((m.packages as Record<string, string>)['@electric-sql/pglite'] = '0.0.1'));
      expect(loadPreparedDemo(root).reason).toMatch(/^prepared with @electric-sql\/pglite 0\.0\.1, installed \d/);
    });
    it('fewer migrations than the code has', () => {
      editManifest((m) => (m.migrations = (m.migrations as string[]).slice(0, -1)));
      expect(loadPreparedDemo(root).reason).toMatch(/^prepared with migrations up to \w+, the code has \w+$/);
    });
  });

  describe('dropUnusedWalSegments', () => {
    const entry = (name: string, body: string) => {
      const header = Buffer.alloc(512);
      header.write(name, 0, 'utf8');
      header.write(`${Buffer.byteLength(body).toString(8).padStart(11, '0')}\0`, 124, 'utf8');
      const data = Buffer.alloc(Math.ceil(Buffer.byteLength(body) / 512) * 512);
      data.write(body);
      return Buffer.concat([header, data]);
    };
    const tar = Buffer.concat([
      entry('/PG_VERSION', '17\n'),
      entry('/pg_wal/000000010000000000000002', 'old'),
      entry('/pg_wal/000000010000000000000003', 'x'.repeat(700)),
      entry('/pg_wal/000000010000000000000004', 'recycled'),
      Buffer.alloc(1024),
    ]);

    it('keeps every other entry and the named segments, byte for byte', () => {
      const { tar: kept, dropped } = dropUnusedWalSegments(tar, new Set(['000000010000000000000003']));
      expect(dropped).toEqual(['000000010000000000000002', '000000010000000000000004']);
      expect(kept).toEqual(
        Buffer.concat([
          entry('/PG_VERSION', '17\n'),
          entry('/pg_wal/000000010000000000000003', 'x'.repeat(700)),
          Buffer.alloc(1024),
        ]),
      );
    });

    it('a gzip of garbage is not a tar: nothing is dropped or invented', () => {
      const garbage = gzipSync(Buffer.from('not a tar'));
      expect(dropUnusedWalSegments(garbage, new Set()).dropped).toEqual([]);
    });
  });
});
