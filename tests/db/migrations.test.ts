import { createScratchDatabase, type ScratchDatabase } from '../helpers/scratch-database';

let scratch: ScratchDatabase;
beforeAll(async () => {
  scratch = await createScratchDatabase();
});
afterAll(async () => {
  await scratch?.drop();
});

async function tables(): Promise<string[]> {
  const rows: { table_name: string }[] = await scratch.dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  return rows.map((r) => r.table_name).filter((t) => t !== 'spatial_ref_sys');
}

async function gistIndexes(): Promise<string[]> {
  const rows: { indexname: string }[] = await scratch.dataSource.query(
    `SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND indexdef ILIKE '%USING gist%' ORDER BY 1`,
  );
  return rows.map((r) => r.indexname);
}

it('migrates up, all the way down, and up again', async () => {
  const ds = scratch.dataSource;
  const count = ds.migrations.length;
  expect(count).toBeGreaterThan(0);

  const applied = await ds.runMigrations({ transaction: 'each' });
  expect(applied).toHaveLength(count);
  expect(await ds.showMigrations()).toBe(false);
  const upTables = await tables();
  expect(upTables).toEqual(expect.arrayContaining(['territorial', 'colonia', 'typeorm_migrations']));
  expect(await gistIndexes()).toEqual(expect.arrayContaining(['colonia_geom_gist', 'territorial_geom_gist']));

  for (let i = 0; i < count; i++) await ds.undoLastMigration({ transaction: 'each' });
  expect(await tables()).toEqual(['typeorm_migrations']);
  expect(await ds.showMigrations()).toBe(true);

  expect(await ds.runMigrations({ transaction: 'each' })).toHaveLength(count);
  expect(await tables()).toEqual(upTables);
});

it('leaves nothing for TypeORM to generate: entities and migrations agree', async () => {
  const pending = await scratch.dataSource.driver.createSchemaBuilder().log();
  expect(pending.upQueries.map((q) => q.query)).toEqual([]);
});
