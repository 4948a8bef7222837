import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from '../auth/auth-checker';
import { guardPersonLevelFields } from '../auth/schema-guards';
import { useDirectResolvers } from '../common/fast-resolvers';
import type { ClassType } from '../module';
import { resolvers } from './registry';

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema (built once per process). */
export function buildGraphQLSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: resolvers as [ClassType, ...ClassType[]],
    validate: { forbidUnknownValues: false },
    authChecker,
  })
    .then((schema) => {
      useDirectResolvers(schema);
      return schema;
    })
    .then(guardPersonLevelFields);
  return built;
}

/** The SDL committed at schema/schema.graphql: sorted, so diffs are stable. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
