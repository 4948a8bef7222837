import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth/auth-checker';
import { guardPersonLevelFields } from './auth/schema-guards';
import { useDirectResolvers } from './common/fast-resolvers';
import { resolvers } from './registry';
let built;
/** The executable schema (built once per process). */
export function buildGraphQLSchema() {
    built ??= buildSchema({
        resolvers: resolvers,
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
export function printSortedSchema(schema) {
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
