import { defaultFieldResolver, getNamedType, isObjectType, type GraphQLSchema } from 'graphql';
import type { RequestContext } from '../common/request-context';
import { requireRole } from './identity';
import { getMetadataStorage } from 'type-graphql';
import { parseRole, Role, roleAtLeast } from './role';

/**
 * Types whose rows are about one person: never visible to PUBLIC, on any path
 * (`territorial → colonias → beneficiaries`, `ecosSchool → facilitators`,
 * `activities → beneficiary`, aliases, fragments: the check sits on every field
 * that returns one of them, wherever it is in the schema).
 */
export const PERSON_LEVEL_TYPES = new Set([
  'Beneficiary',
  'BeneficiaryConnection',
  'BeneficiaryEdge',
  'Payment',
  'Activity',
  'ActivityConnection',
  'ActivityEdge',
]);

/** Personal-data fields (LGPDPPSO): readable by ADMIN, or an OPERATOR in its own territorial. */
export const PERSONAL_DATA_FIELDS: Record<string, string[]> = {
  Beneficiary: ['fullName', 'curp', 'phone', 'address', 'birthDate'],
};

/**
 * Objects a FACILITATOR may walk through although their type is person-level: the connection and
 * edges of its own records (myActivities marks them as it builds them). Anything else of a
 * person-level type — another person's rows, the Beneficiary behind an activity — stays ANALYST's.
 */
const ownRecords = new WeakSet<object>();

export function markOwnRecords<T extends object>(value: T): T {
  ownRecords.add(value);
  return value;
}

/** `@Authorized(role)` of the Query and Mutation fields, as `Query.name` / `Mutation.name`. */
function declaredRootRoles(): Map<string, Role> {
  const storage = getMetadataStorage();
  const roles = new Map<string, Role>();
  const add = (root: string, resolvers: { schemaName: string; roles?: unknown[] }[]) => {
    for (const resolver of resolvers) {
      const role = parseRole(resolver.roles?.[0]);
      if (role) roles.set(`${root}.${resolver.schemaName}`, role);
    }
  };
  add('Query', storage.queries);
  add('Mutation', storage.mutations);
  return roles;
}

/**
 * Wraps, once at build time, every field resolver that returns a person-level
 * type with an ANALYST check: a new field or path that returns beneficiaries
 * is guarded without anyone remembering to decorate it.
 */
export function guardPersonLevelFields(schema: GraphQLSchema): GraphQLSchema {
  const declared = declaredRootRoles();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!PERSON_LEVEL_TYPES.has(getNamedType(field.type).name)) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      // This check runs before the field's own @Authorized: it asks for the stricter of the two, so PUBLIC calling
      // createActivity (OPERATOR) is told it needs OPERATOR, not ANALYST.
      const own = declared.get(`${type.name}.${field.name}`);
      // A field declared for FACILITATOR (myActivities) checks its caller itself.
      const minimum = own && (own === Role.FACILITATOR || roleAtLeast(own, Role.ANALYST)) ? own : Role.ANALYST;
      field.resolve = (source, args, context: RequestContext, info) => {
        const ownRecord = context.identity.role === Role.FACILITATOR && typeof source === 'object' && source !== null;
        if (!(ownRecord && ownRecords.has(source))) requireRole(context.identity, minimum);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
