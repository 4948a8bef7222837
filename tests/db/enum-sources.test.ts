import { getMetadataStorage } from 'type-graphql';
import { CoverageScopeKind } from '../../src/coverage/coverage.types';
import { CRIME_CATEGORIES, HIGH_IMPACT_CATEGORIES } from '../../src/crime/crime-category';
import { ChangeOperation } from '../../src/feed/feed.types';
import { WebhookDeliveryStatus } from '../../src/feed/webhook.types';
import { PublicSpaceKind } from '../../src/public-space/public-space.enums';
import { startTestServer, type TestServer } from '../helpers/test-server';

/**
 * One source per fact (issue 16): every CHECK constraint that lists allowed values holds exactly
 * the values of the TypeScript enum the code uses for that column — the enum that also feeds the
 * GraphQL enum. A value added to an enum without a migration (or the reverse) fails here, naming
 * the table, the column and the difference.
 */

/** Enum-valued columns of tables that are no GraphQL type (rollups, reference tables): their source, named. */
const SOURCES_OF_TABLES_WITHOUT_A_TYPE: Record<string, readonly string[]> = {
  'crime_offence_category.category': HIGH_IMPACT_CATEGORIES, // the classification maps to the 14; the rest is OTROS
  'crime_month_colonia.category': CRIME_CATEGORIES,
  'crime_incident.category': CRIME_CATEGORIES,
  // The IDS per unit is kept for the same scopes coverage answers for.
  'social_development_unit.kind': Object.values(CoverageScopeKind),
  // The reference table of improvement kinds (an entity, but no GraphQL type).
  'public_space_kind.kind': Object.values(PublicSpaceKind),
  // The change feed's log (no entity: written by triggers, read by src/feed).
  'change_log.operation': Object.values(ChangeOperation),
  // The webhooks' delivery queue (no entity: written by src/feed/webhook-queue.ts).
  'webhook_delivery.operation': Object.values(ChangeOperation),
  'webhook_delivery.status': Object.values(WebhookDeliveryStatus),
};

interface ValueCheck {
  table: string;
  column: string;
  values: string[];
}

let server: TestServer;
let checks: ValueCheck[];

beforeAll(async () => {
  server = await startTestServer();
  const rows: { table: string; definition: string }[] = await server.dataSource.query(
    `SELECT conrelid::regclass::text AS "table", pg_get_constraintdef(oid) AS definition
       FROM pg_constraint WHERE contype = 'c' AND connamespace = 'public'::regnamespace ORDER BY 1, 2`,
  );
  checks = rows.flatMap(({ table, definition }) => {
    // "CHECK (((kind)::text = ANY ((ARRAY['A'::character varying, …])::text[])))" or "(kind = ANY (ARRAY['A'::text, …]))"
    const match = /^CHECK \(+(\w+)\)?(?:::text)? = ANY \(+ARRAY\[(.*?)\]/.exec(definition);
    if (!match) return [];
    const values = [...match[2].matchAll(/'([^']*)'::/g)].map((m) => m[1]);
    return [{ table, column: match[1], values }];
  });
});
afterAll(async () => {
  await server.close();
});

/** The enum behind an entity column: TypeORM names the property, type-graphql its GraphQL type. */
function enumOfColumn(table: string, column: string): readonly string[] | undefined {
  const entity = server.dataSource.entityMetadatas.find((e) => e.tableName === table);
  const property = entity?.columns.find((c) => c.databaseName === column)?.propertyName;
  if (!entity || !property) return undefined;
  const storage = getMetadataStorage();
  const field = storage.fields.find((f) => f.target === entity.target && f.name === property);
  const type = field?.getType();
  const registered = storage.enums.find((e) => e.enumObj === type);
  return registered ? Object.values(registered.enumObj as Record<string, string>) : undefined;
}

it('finds the value-list CHECK constraints (the parse is not vacuous)', () => {
  expect(checks.length).toBeGreaterThanOrEqual(15);
  expect(checks).toContainEqual({ table: 'mercomuna_point', column: 'period', values: ['APR_MAY', 'SEP_DEC'] });
});

it('every value-list CHECK equals its enum, value for value', () => {
  const report = checks.map(({ table, column, values }) => {
    const source = enumOfColumn(table, column) ?? SOURCES_OF_TABLES_WITHOUT_A_TYPE[`${table}.${column}`];
    if (!source) return `${table}.${column}: no TypeScript enum found for this CHECK`;
    const missing = source.filter((v) => !values.includes(v));
    const extra = values.filter((v) => !source.includes(v));
    return missing.length || extra.length
      ? `${table}.${column}: CHECK lacks [${missing.join(', ')}], has extra [${extra.join(', ')}]`
      : 'ok';
  });
  expect(report.filter((line) => line !== 'ok')).toEqual([]);
});

it('a CHECK that drifted from its enum is reported (the comparison can fail)', () => {
  const drifted = { table: 'mercomuna_point', column: 'period', values: ['APR_MAY'] };
  const source = enumOfColumn(drifted.table, drifted.column)!;
  expect(source).toEqual(['APR_MAY', 'SEP_DEC']);
  expect(source.filter((v) => !drifted.values.includes(v))).toEqual(['SEP_DEC']);
});
