import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ColoniaResolver, TerritorialResolver, TerritoryQueryResolver } from './territory/territory.resolver';

/** Every resolver class; modules add theirs here. */
export const resolvers = [TerritoryQueryResolver, TerritorialResolver, ColoniaResolver] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema (built once per process). */
export function buildGraphQLSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [...resolvers],
    validate: { forbidUnknownValues: false },
  });
  return built;
}

/** The SDL committed at schema/schema.graphql: sorted, so diffs are stable. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
