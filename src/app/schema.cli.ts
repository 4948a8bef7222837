import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildGraphQLSchema, printSortedSchema } from './schema';

/** `npm run schema`: writes schema/schema.graphql from the code-first schema. */
buildGraphQLSchema()
  .then((schema) => {
    const target = path.resolve(process.cwd(), 'schema', 'schema.graphql');
    writeFileSync(target, printSortedSchema(schema));
    console.log(`wrote ${target}`);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
