import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { Role } from '../auth/role';
import { VERSION_DESCRIPTION } from './input-rules';

/**
 * The create / update / delete mutations of a writable type, declared as data:
 * each becomes a thin resolver (role check, one call into the module's write
 * service) with the arguments every write takes — `input`, and `id` and
 * `version` (optimistic concurrency) for an update or a delete.
 */

type Class<T = object> = new (...args: any[]) => T;

interface MutationSpec {
  /** The mutation's name in the schema, e.g. `createWorkshop`. */
  name: string;
  description: string;
}

export interface CreateSpec<T, I> extends MutationSpec {
  input: Class<I>;
  run: (ctx: RequestContext, input: I) => Promise<T>;
}

export interface UpdateSpec<T, I> extends MutationSpec {
  input: Class<I>;
  run: (ctx: RequestContext, id: string, version: number, input: I) => Promise<T>;
}

export interface DeleteSpec extends MutationSpec {
  run: (ctx: RequestContext, id: string, version: number) => Promise<string>;
}

/** The row an update or a delete names, at the version the client read (optimistic concurrency). */
@ArgsType()
class RowVersionArgs {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: VERSION_DESCRIPTION }) version: number;
}

function createMutation<T, I>(type: Class<T>, role: Role, spec: CreateSpec<T, I>): Class {
  @Resolver()
  class CreateMutation {
    @Authorized(role)
    @Mutation(() => type, { name: spec.name, description: spec.description })
    run(@Ctx() ctx: RequestContext, @Arg('input', () => spec.input) input: I): Promise<T> {
      return spec.run(ctx, input);
    }
  }
  return CreateMutation;
}

function updateMutation<T, I>(type: Class<T>, role: Role, spec: UpdateSpec<T, I>): Class {
  @Resolver()
  class UpdateMutation {
    @Authorized(role)
    @Mutation(() => type, { name: spec.name, description: spec.description })
    run(
      @Ctx() ctx: RequestContext,
      @Args(() => RowVersionArgs) { id, version }: RowVersionArgs,
      @Arg('input', () => spec.input) input: I,
    ): Promise<T> {
      return spec.run(ctx, id, version, input);
    }
  }
  return UpdateMutation;
}

function deleteMutation(role: Role, spec: DeleteSpec): Class {
  @Resolver()
  class DeleteMutation {
    @Authorized(role)
    @Mutation(() => ID, { name: spec.name, description: spec.description })
    run(@Ctx() ctx: RequestContext, @Args(() => RowVersionArgs) { id, version }: RowVersionArgs): Promise<string> {
      return spec.run(ctx, id, version);
    }
  }
  return DeleteMutation;
}

/**
 * What a service method needs declared to become a mutation of the same name:
 * `createX` and `updateX` a description and their input type; `deleteX` a description.
 */
type MutationOf<S, K extends keyof S> = K extends `delete${string}`
  ? string
  : S[K] extends (ctx: RequestContext, input: infer I) => Promise<unknown>
    ? [description: string, input: Class<I>]
    : S[K] extends (ctx: RequestContext, id: string, version: number, input: infer I) => Promise<unknown>
      ? [description: string, input: Class<I>]
      : never;

/**
 * The resolver classes of a write service's mutations: each key of `mutations`
 * names a static method of `service` (`createX`, `updateX`, `deleteX`) and the
 * mutation that calls it; create and update return `type`.
 */
export function writeMutations<S extends object>(
  type: Class,
  service: S,
  mutations: { [K in keyof S]?: MutationOf<S, K> },
  role: Role = Role.OPERATOR,
): Class[] {
  return Object.entries(mutations).map(([name, spec]) => {
    const method = (service as Record<string, (...args: any[]) => Promise<any>>)[name];
    if (typeof method !== 'function') throw new Error(`${name} is not a method of the write service`);
    const run = (...args: any[]) => method.apply(service, args);
    if (name.startsWith('delete')) return deleteMutation(role, { name, description: spec as string, run });
    const [description, input] = spec as [string, Class];
    if (name.startsWith('create')) return createMutation(type, role, { name, description, input, run });
    if (name.startsWith('update')) return updateMutation(type, role, { name, description, input, run });
    throw new Error(`${name}: a write mutation is named create…, update… or delete…`);
  });
}
