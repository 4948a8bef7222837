import { GraphQLObjectType, GraphQLScalarType, } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
/** type-graphql's convertToType for a root value: an instance of the class, else a copy as one. */
function asInstance(Target, data) {
    if (data == null || typeof data !== 'object' || data instanceof Target || Array.isArray(data))
        return data;
    const instance = new Target();
    for (const key of Object.keys(instance))
        if (instance[key] === undefined && !(key in data))
            delete instance[key];
    return Object.assign(instance, data);
}
function paramGetter(param) {
    switch (param.kind) {
        case 'context':
            return param.propertyName ? (_r, _a, c) => c[param.propertyName] : (_r, _a, c) => c;
        case 'info':
            return (_r, _a, _c, i) => i;
        case 'root': {
            const Type = param.getType?.();
            const read = param.propertyName ? (r) => r[param.propertyName] : (r) => r;
            if (typeof Type === 'function')
                return (r) => asInstance(Type, read(r));
            return read;
        }
        case 'arg': {
            const type = param.getType?.();
            const scalarOrEnum = type instanceof GraphQLScalarType ||
                type === String ||
                type === Number ||
                type === Boolean ||
                (typeof type === 'object' && type !== null && !(type instanceof GraphQLObjectType));
            if (!scalarOrEnum || !param.name)
                return undefined;
            return (_r, a) => a[param.name];
        }
        default:
            return undefined;
    }
}
function directResolver(handler, instances) {
    if (handler.roles !== undefined || (handler.middlewares?.length ?? 0) > 0 || !handler.params)
        return undefined;
    const getters = [];
    for (const param of [...handler.params].sort((a, b) => a.index - b.index)) {
        const getter = paramGetter(param);
        if (!getter)
            return undefined;
        getters.push(getter);
    }
    let instance = instances.get(handler.target);
    if (!instance) {
        instance = new handler.target();
        instances.set(handler.target, instance);
    }
    const method = instance[handler.methodName];
    if (typeof method !== 'function')
        return undefined;
    switch (getters.length) {
        case 2: {
            const [g0, g1] = getters;
            return (r, a, c, i) => method.call(instance, g0(r, a, c, i), g1(r, a, c, i));
        }
        case 3: {
            const [g0, g1, g2] = getters;
            return (r, a, c, i) => method.call(instance, g0(r, a, c, i), g1(r, a, c, i), g2(r, a, c, i));
        }
        default:
            return (r, a, c, i) => method.apply(instance, getters.map((g) => g(r, a, c, i)));
    }
}
/** Replaces type-graphql's wrapper where it does nothing (see above); returns how many fields were replaced. */
export function useDirectResolvers(schema) {
    const storage = getMetadataStorage();
    const instances = new Map();
    const typeName = new Map(storage.objectTypes.map((o) => [o.target, o.name]));
    let replaced = 0;
    const replace = (type, handler) => {
        const field = type?.getFields()[handler.schemaName];
        if (!field)
            return;
        const resolve = directResolver(handler, instances);
        if (!resolve)
            return;
        field.resolve = resolve;
        replaced += 1;
    };
    for (const handler of storage.fieldResolvers) {
        if (handler.kind !== 'external')
            continue;
        const name = typeName.get(handler.getObjectType?.());
        const type = name ? schema.getType(name) : undefined;
        if (type instanceof GraphQLObjectType)
            replace(type, handler);
    }
    for (const handler of storage.queries)
        replace(schema.getQueryType(), handler);
    return replaced;
}
