import { getNamedType, isNonNullType, type GraphQLArgument } from 'graphql';
import { authHeaders } from '../helpers/auth';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { buildGraphQLSchema } from '../../src/app/schema';

/**
 * SQL-injection strings in every String/ID argument of every query (as an
 * ADMIN, so access control does not stop them first; myActivities, a
 * FACILITATOR's own list, as a FACILITATOR): each answer is a normal
 * result or BAD_USER_INPUT/NOT_FOUND, never a 500, and nothing changes.
 */
const PAYLOADS = [
  `' OR '1'='1`,
  `1; DROP TABLE colonia; --`,
  `TER-03' UNION SELECT curp FROM beneficiary --`,
  `$1) OR (1=1`,
  `\\'; SELECT pg_sleep(5); --`,
];
const TABLES = [
  'territorial',
  'colonia',
  'beneficiary',
  'payment',
  'activity',
  'workshop',
  'ecos_school',
  'public_space_improvement',
  'mercomuna_point',
  'audit_log',
];

let server: TestServer;
let facilitator: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer({ role: 'ADMIN' });
  const [{ folio }] = await server.dataSource.query('SELECT folio FROM beneficiary ORDER BY id LIMIT 1');
  facilitator = await authHeaders('FACILITATOR', undefined, 'test:sql-injection', folio);
});
afterAll(async () => {
  await server.close();
});

async function counts(): Promise<Record<string, number>> {
  const [row] = await server.dataSource.query(
    `SELECT ${TABLES.map((t) => `(SELECT count(*)::int FROM ${t}) AS ${t}`).join(', ')}`,
  );
  return row;
}

function requiredValue(arg: GraphQLArgument): string | undefined {
  if (!isNonNullType(arg.type) || arg.defaultValue !== undefined) return undefined;
  return (
    ({ lon: '-99.05', lat: '19.35', year: '2020', layer: 'COLONIAS' } as Record<string, string>)[arg.name] ?? '"1"'
  );
}

it('answers injection strings in every String/ID argument of every query with a result or BAD_USER_INPUT, and changes nothing', async () => {
  const schema = await buildGraphQLSchema();
  const before = await counts();
  let probes = 0;
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    const stringArgs = field.args.filter((a) => ['String', 'ID'].includes(getNamedType(a.type).name));
    for (const target of stringArgs) {
      for (const payload of PAYLOADS) {
        const args = field.args
          .map((a) =>
            a === target
              ? `${a.name}: ${JSON.stringify(payload)}`
              : requiredValue(a) && `${a.name}: ${requiredValue(a)}`,
          )
          .filter(Boolean);
        const named = getNamedType(field.type);
        const selection = 'getFields' in named ? '{ __typename }' : '';
        const query = `{ ${field.name}(${args.join(', ')}) ${selection} }`;
        // A string: one generated document per argument and payload.
        const result = await server.gql(query, undefined, field.name === 'myActivities' ? facilitator : {});
        probes += 1;
        expect([query, result.status < 500]).toEqual([query, true]);
        for (const error of result.errors ?? [])
          expect([query, error.extensions?.code]).toEqual([
            query,
            expect.stringMatching(/^(BAD_USER_INPUT|NOT_FOUND)$/),
          ]);
      }
    }
  }
  expect(probes).toBeGreaterThan(50);
  expect(await counts()).toEqual(before);
});
