import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth/auth-checker';
import { guardPersonLevelFields } from './auth/schema-guards';
import { BeneficiaryPersonalDataResolver } from './beneficiary/beneficiary-personal-data.resolver';
import { FeatureCollectionResolver } from './geo/feature-collection.resolver';
import { ColoniaResolver, TerritorialResolver, TerritoryQueryResolver } from './territory/territory.resolver';
import { coverageResolvers } from './coverage/coverage.resolver';
import { beneficiaryResolvers } from './beneficiary/beneficiary.resolver';
import { workshopResolvers } from './workshop/workshop.resolver';
import { ecosResolvers } from './ecos/ecos.resolver';
import { publicSpaceResolvers } from './public-space/public-space.resolver';
import { activityResolvers } from './activity/activity.resolver';
import { mercomunaResolvers } from './mercomuna/mercomuna.resolver';
import { writeResolvers } from './write/write-resolvers';

/** Every resolver class; modules add theirs here. */
export const resolvers = [
  TerritoryQueryResolver,
  TerritorialResolver,
  ColoniaResolver,
  FeatureCollectionResolver,
  ...coverageResolvers,
  ...beneficiaryResolvers,
  ...workshopResolvers,
  ...ecosResolvers,
  ...publicSpaceResolvers,
  ...activityResolvers,
  ...mercomunaResolvers,
  BeneficiaryPersonalDataResolver,
  ...writeResolvers,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema (built once per process). */
export function buildGraphQLSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [...resolvers],
    validate: { forbidUnknownValues: false },
    authChecker,
  }).then(guardPersonLevelFields);
  return built;
}

/** The SDL committed at schema/schema.graphql: sorted, so diffs are stable. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
