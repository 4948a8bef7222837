import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildGraphQLSchema, printSortedSchema } from './schema';
import { answerHelp } from '../common/cli-help';

const USAGE = `usage: npm run schema
Writes schema/schema.graphql (the committed SDL, sorted) from the code-first schema.`;

/** `npm run schema`: writes schema/schema.graphql from the code-first schema; writes nothing on unknown flags. */
const args = process.argv.slice(2);
answerHelp(args, USAGE);
if (args.length > 0) {
  console.error(`unknown argument ${JSON.stringify(args[0])}\n${USAGE}`);
  process.exit(2);
}
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
