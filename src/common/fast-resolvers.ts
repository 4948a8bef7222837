import {
  GraphQLObjectType,
  GraphQLScalarType,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * type-graphql calls a resolver method through a generic wrapper: it looks up
 * the resolver instance, runs the (possibly empty) middleware chain and
 * validates every `@Arg` asynchronously — so a field resolver with one scalar
 * argument costs three promises before it runs, for every object of a list
 * (a 500-row list with `geometry` and `territorial`: ~2,500 promises, most of
 * the garbage-collection time of a typed list in the profile).
 *
 * After the schema is built, this replaces that wrapper, for resolvers that
 * need none of it, with a direct call that passes the same parameters:
 * - no roles (`@Authorized`) and no middlewares on the resolver;
 * - parameters only `@Root`, `@Ctx`, `@Info` and `@Arg` of scalar or enum type
 *   (type-graphql validates only object arguments, so scalars are passed as
 *   they are there too); `@Args` classes and input objects keep the wrapper.
 * Anything else keeps type-graphql's resolver: the replacement is an
 * optimisation with identical results, checked by the whole test suite.
 * Run before guardPersonLevelFields (which wraps whatever resolver is there).
 */

interface ParamLike {
  kind: string;
  index: number;
  name?: string;
  propertyName?: string;
  getType?: () => unknown;
}

interface HandlerLike {
  /** The resolver class (type-graphql types it as a Function). */
  target: object;
  methodName: string;
  schemaName: string;
  params?: ParamLike[];
  roles?: unknown[];
  middlewares?: unknown[];
  kind?: string;
  getObjectType?: () => unknown;
}

type Getter = (root: any, args: any, context: any, info: GraphQLResolveInfo) => unknown;

/** type-graphql's convertToType for a root value: an instance of the class, else a copy as one. */
function asInstance(Target: new () => any, data: any): any {
  if (data == null || typeof data !== 'object' || data instanceof Target || Array.isArray(data)) return data;
  const instance = new Target();
  for (const key of Object.keys(instance)) if (instance[key] === undefined && !(key in data)) delete instance[key];
  return Object.assign(instance, data);
}

function paramGetter(param: ParamLike): Getter | undefined {
  switch (param.kind) {
    case 'context':
      return param.propertyName ? (_r, _a, c) => c[param.propertyName!] : (_r, _a, c) => c;
    case 'info':
      return (_r, _a, _c, i) => i;
    case 'root': {
      const Type = param.getType?.();
      const read = param.propertyName ? (r: any) => r[param.propertyName!] : (r: any) => r;
      if (typeof Type === 'function') return (r) => asInstance(Type as new () => any, read(r));
      return read;
    }
    case 'arg': {
      const type = param.getType?.();
      const scalarOrEnum =
        type instanceof GraphQLScalarType ||
        type === String ||
        type === Number ||
        type === Boolean ||
        (typeof type === 'object' && type !== null && !(type instanceof GraphQLObjectType));
      if (!scalarOrEnum || !param.name) return undefined;
      return (_r, a) => a[param.name!];
    }
    default:
      return undefined;
  }
}

function directResolver(
  handler: HandlerLike,
  instances: Map<unknown, any>,
): GraphQLFieldResolver<any, any> | undefined {
  if (handler.roles !== undefined || (handler.middlewares?.length ?? 0) > 0 || !handler.params) return undefined;
  const getters: Getter[] = [];
  for (const param of [...handler.params].sort((a, b) => a.index - b.index)) {
    const getter = paramGetter(param);
    if (!getter) return undefined;
    getters.push(getter);
  }
  let instance = instances.get(handler.target);
  if (!instance) {
    instance = new (handler.target as new () => any)();
    instances.set(handler.target, instance);
  }
  const method = instance[handler.methodName] as (...args: unknown[]) => unknown;
  if (typeof method !== 'function') return undefined;
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
      return (r, a, c, i) =>
        method.apply(
          instance,
          getters.map((g) => g(r, a, c, i)),
        );
  }
}

/** Replaces type-graphql's wrapper where it does nothing (see above); returns how many fields were replaced. */
export function useDirectResolvers(schema: GraphQLSchema): number {
  const storage = getMetadataStorage();
  const instances = new Map<unknown, any>();
  const typeName = new Map(storage.objectTypes.map((o) => [o.target, o.name]));
  let replaced = 0;
  const replace = (type: GraphQLObjectType | null | undefined, handler: HandlerLike) => {
    const field = type?.getFields()[handler.schemaName];
    if (!field) return;
    const resolve = directResolver(handler, instances);
    if (!resolve) return;
    field.resolve = resolve;
    replaced += 1;
  };
  for (const handler of storage.fieldResolvers) {
    if (handler.kind !== 'external') continue;
    const objectType = handler.getObjectType?.();
    const name = objectType ? typeName.get(objectType) : undefined;
    const type = name ? schema.getType(name) : undefined;
    if (type instanceof GraphQLObjectType) replace(type, handler);
  }
  for (const handler of storage.queries) replace(schema.getQueryType(), handler);
  return replaced;
}
