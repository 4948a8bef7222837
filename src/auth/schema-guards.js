import { defaultFieldResolver, getNamedType, isObjectType } from 'graphql';
import { requireRole } from './identity';
import { Role } from './role';
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
export const PERSONAL_DATA_FIELDS = {
    Beneficiary: ['fullName', 'curp', 'phone', 'address', 'birthDate'],
};
/**
 * Wraps, once at build time, every field resolver that returns a person-level
 * type with an ANALYST check: a new field or path that returns beneficiaries
 * is guarded without anyone remembering to decorate it.
 */
export function guardPersonLevelFields(schema) {
    for (const type of Object.values(schema.getTypeMap())) {
        if (!isObjectType(type) || type.name.startsWith('__'))
            continue;
        for (const field of Object.values(type.getFields())) {
            if (!PERSON_LEVEL_TYPES.has(getNamedType(field.type).name))
                continue;
            const resolve = field.resolve ?? defaultFieldResolver;
            field.resolve = (source, args, context, info) => {
                requireRole(context.identity, Role.ANALYST);
                return resolve(source, args, context, info);
            };
        }
    }
    return schema;
}
