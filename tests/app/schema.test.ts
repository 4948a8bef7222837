import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildGraphQLSchema, printSortedSchema } from '../../src/app/schema';

it('schema/schema.graphql matches the code-first schema (run `npm run schema` after changing it)', async () => {
  const committed = readFileSync(path.resolve(__dirname, '../../schema/schema.graphql'), 'utf8');
  expect(printSortedSchema(await buildGraphQLSchema())).toBe(committed);
});
