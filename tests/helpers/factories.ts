import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { DataSource } from 'typeorm';
import {
  allKinds,
  uniqueKey,
  type FactoryKinds,
  type FactoryTable,
  type Input,
  type Kind,
  type KindName,
} from './factory-kinds';
import { places, writeState, type Places } from './write-fixtures';

/**
 * Test data from small factories that clean up after themselves.
 *
 * `factories()` is called at the top of a test file (or a describe), after the
 * `beforeAll` that starts the server and before the `afterAll` that closes it
 * (Jest runs `afterAll` hooks in the order they are declared). It registers its
 * own hooks: every row it makes inside a test is deleted after that test
 * (`afterEach`), every row made outside a test (a `beforeAll`) after the file
 * (`afterAll`), newest first, with the audit entries written about it. Nothing
 * is found by a name pattern: the factory remembers the ids it made, and every
 * key it generates (clave, folio) is unique per call, per file and per run.
 *
 * - `make.api.<kind>(input, { headers, document })` creates through the GraphQL
 *   mutation (for tests about the API) and answers what the server answered;
 *   `document` is a typed operation (tests/graphql) that takes the input as
 *   `$input` and selects `id`; by default tests/graphql/write-factories.graphql's.
 * - `make.sql.<kind>(input)` inserts with SQL (setup) and answers the row's id
 *   and the input it used.
 * - `make.sql.rows(table, insert, params)` registers the ids an
 *   `INSERT … RETURNING id` made (bulk setup).
 * - `make.touch(table, id, columns)` restores those columns (and `version`) of a
 *   row the test updates, and removes the audit entries written about it since.
 *
 * With `checkWriteState`, the file's `afterAll` also asserts that every written
 * table's row count, the versions and the tracked flags (`writeState`) are what
 * they were before the factory made its first row.
 */

/** What a factory needs: the database, and for `make.api` something that posts GraphQL (the document as text). */
export interface FactoryTarget<R extends GraphQLAnswer = GraphQLAnswer> {
  dataSource: DataSource;
  gql?: (query: string, variables: Record<string, unknown>, headers?: Record<string, string>) => Promise<R>;
}

export interface GraphQLAnswer {
  data?: any;
  errors?: unknown;
}

export interface FactoryOptions {
  /** Headers of `make.api` calls that give none (e.g. an OPERATOR's token). */
  headers?: () => Record<string, string>;
  /** Assert after the file that `writeState` is what it was before the first row (see above). */
  checkWriteState?: boolean;
}

export { uniqueKey, type FactoryTable, type KindName };

/** Every module's kinds (tests/<module>/<module>.factories.ts, found through the module list). */
const KINDS: Record<KindName, Kind> = allKinds();

/** Each kind's GraphQL input. */
type Inputs = { [K in KindName]: FactoryKinds[K]['input'] };

/** The default document's answer: `{ createX: { id } }`. */
type DefaultAnswer<K extends KindName> = { [M in FactoryKinds[K]['mutation']]: { id: string } };

export interface ApiCall<TResult, TInput> {
  /** Default: the factory's `headers`. */
  headers?: Record<string, string>;
  /** The typed mutation to send (input as `$input`, selecting `id`); default: the factory's, selecting only `id`. */
  document?: TypedDocumentNode<TResult, { input: TInput }>;
}

/** The transport's answer, its data typed by the document. */
export type Answer<R, TResult> = Omit<R, 'data'> & { data: TResult };

/** SQL setup takes the input's fields, ids as numbers too. */
export type SqlInput<K extends KindName> = { [P in keyof Inputs[K]]?: unknown };

export interface SqlRow {
  id: number;
  input: Input;
}

export interface Factories<R extends GraphQLAnswer> {
  /** Creates through the GraphQL mutation; the answer is the server's (a refused create registers nothing). */
  api: {
    [K in KindName]: <TResult = DefaultAnswer<K>>(
      input?: Partial<Inputs[K]>,
      call?: ApiCall<TResult, Inputs[K]>,
    ) => Promise<Answer<R, TResult>>;
  };
  /** Inserts with SQL (setup); `rows` registers what a set-based `INSERT … RETURNING id` made. */
  sql: { [K in KindName]: (input?: SqlInput<K>) => Promise<SqlRow> } & {
    rows(table: FactoryTable, insert: string, params?: unknown[]): Promise<number[]>;
  };
  /** Restores `columns` and `version` of a row the test updates, and deletes the audit entries about it from now on. */
  touch(table: FactoryTable, id: number, columns: string[]): Promise<void>;
  /** Undoes now what the current test (outside a test: the file) made so far; the hooks then find nothing left. */
  cleanUp(): Promise<void>;
}

interface Undo {
  scope: 'test' | 'file';
  what: string;
  run(ds: DataSource): Promise<void>;
}

export function factories<R extends GraphQLAnswer>(
  target: () => FactoryTarget<R>,
  options: FactoryOptions = {},
): Factories<R> {
  const undos: Undo[] = [];
  let inTest = false;
  let before: Record<string, string | number> | undefined;
  let at: Places | undefined;

  const db = (): DataSource => {
    const ds = target().dataSource;
    if (!ds.isInitialized)
      throw new Error('factories: the DataSource is closed; declare factories() before the afterAll that closes it');
    return ds;
  };
  const start = async (): Promise<DataSource> => {
    const ds = db();
    before ??= options.checkWriteState ? await writeState(ds) : {};
    return ds;
  };
  const register = (what: string, run: (ds: DataSource) => Promise<void>) =>
    undos.push({ scope: inTest ? 'test' : 'file', what, run });

  /** The rows and the audit entries written about them. */
  const forget = async (table: FactoryTable, ids: number[], ds: DataSource) => {
    await ds.query(`DELETE FROM "${table}" WHERE id = ANY($1::int[])`, [ids]);
    await ds.query(`DELETE FROM audit_log WHERE entity = $1 AND entity_id = ANY($2::int[])`, [table, ids]);
  };

  /**
   * Makes one row with `create` and registers its removal. A recorded improvement marks its kind tracked
   * (trigger): the kinds untracked before it go back to untracked once no improvement of theirs is left.
   */
  const made = async <T>(kind: Kind, ds: DataSource, create: () => Promise<T>, idOf: (made: T) => unknown) => {
    const untracked: string[] =
      kind.table === 'public_space_improvement'
        ? (await ds.query(`SELECT kind FROM public_space_kind WHERE NOT tracked`)).map((r: { kind: string }) => r.kind)
        : [];
    const result = await create();
    const id = idOf(result);
    if (id == null) return result;
    register(`${kind.table} ${id}`, async (d) => {
      await forget(kind.table, [Number(id)], d);
      if (untracked.length)
        await d.query(
          `UPDATE public_space_kind k SET tracked = false
            WHERE k.kind = ANY($1::text[]) AND NOT EXISTS (SELECT 1 FROM public_space_improvement i WHERE i.kind = k.kind)`,
          [untracked],
        );
    });
    return result;
  };

  /** Defaults and unique keys, the caller's fields, then what depends on them (a geometry, a free year). */
  const complete = async (name: KindName, input: Input, ds: DataSource): Promise<Input> => {
    at ??= await places(ds);
    const kind: Kind = KINDS[name];
    const full: Input = { ...kind.defaults(at), ...input };
    if (kind.geometry && full[kind.geometry] === undefined && !kind.noGeometry?.(full)) {
      // A point on the colonia's surface (the given one, else a TER-03 one).
      const [row] = await ds.query(
        `SELECT ST_AsGeoJSON(ST_PointOnSurface(geom), 7)::json AS p FROM colonia WHERE id = $1`,
        [full.coloniaId ?? at.ter03.coloniaId],
      );
      full[kind.geometry] = row.p;
    }
    await kind.fill?.(ds, full);
    return full;
  };

  const undo = async (scope: Undo['scope']) => {
    const errors: unknown[] = [];
    for (let k = undos.length - 1; k >= 0; k--) {
      if (undos[k].scope !== scope) continue;
      const [u] = undos.splice(k, 1);
      try {
        await u.run(db());
      } catch (error) {
        errors.push(new Error(`factories: could not remove ${u.what}: ${(error as Error).message}`));
      }
    }
    if (errors.length) throw errors.length === 1 ? errors[0] : new AggregateError(errors, 'factories: cleanup failed');
  };

  beforeAll(async () => {
    await start();
  });
  beforeEach(() => {
    inTest = true;
  });
  afterEach(async () => {
    inTest = false;
    await undo('test');
  });
  afterAll(async () => {
    await undo('file');
    if (options.checkWriteState) expect(await writeState(db())).toEqual(before);
  });

  const names = Object.keys(KINDS) as KindName[];
  const api = Object.fromEntries(
    names.map((name) => [
      name,
      async (input: Input = {}, call: ApiCall<unknown, unknown> = {}) => {
        const kind: Kind = KINDS[name];
        const { gql } = target();
        if (!gql) throw new Error('factories: make.api needs a target with gql');
        const ds = await start();
        const full = await complete(name, input, ds);
        const query = print(call.document ?? kind.document);
        return made(
          kind,
          ds,
          () => gql(query, { input: full }, call.headers ?? options.headers?.()),
          (result) => result.data?.[kind.mutation]?.id,
        );
      },
    ]),
  ) as unknown as Factories<R>['api'];
  const sqlKinds = Object.fromEntries(
    names.map((name) => [
      name,
      async (input: Input = {}): Promise<SqlRow> => {
        const kind: Kind = KINDS[name];
        const ds = await start();
        const full = await complete(name, input, ds);
        // One transaction: a row with its projects or facilitators, or nothing.
        const id = await made(
          kind,
          ds,
          () => ds.transaction((manager) => kind.insert(manager, full)),
          (inserted) => inserted,
        );
        if (id == null) throw new Error(`factories: no ${kind.table} inserted for ${JSON.stringify(full)}`);
        return { id, input: full };
      },
    ]),
  ) as { [K in KindName]: (input?: SqlInput<K>) => Promise<SqlRow> };
  const sql: Factories<R>['sql'] = {
    ...sqlKinds,
    async rows(table, insert, params = []) {
      const ds = await start();
      const ids = ((await ds.query(insert, params)) as { id: number }[]).map((r) => r.id);
      if (ids.length) register(`${ids.length} ${table} rows`, (d) => forget(table, ids, d));
      return ids;
    },
  };

  return {
    api,
    sql,
    async touch(table, id, columns) {
      const ds = await start();
      const list = [...columns, 'version'].map((c) => `"${c}"`).join(', ');
      const [row] = await ds.query(
        `SELECT (SELECT to_jsonb(x) FROM (SELECT ${list}) x)::text AS saved, (SELECT COALESCE(max(id), 0) FROM audit_log)::bigint AS mark
           FROM "${table}" WHERE id = $1`,
        [id],
      );
      if (!row) throw new Error(`factories: no ${table} ${id} to touch`);
      register(`${table} ${id} (${columns.join(', ')})`, async (d) => {
        await d.query(
          `UPDATE "${table}" t SET (${list}) = (SELECT ${list} FROM jsonb_populate_record(NULL::"${table}", $2::jsonb)) WHERE t.id = $1`,
          [id, row.saved],
        );
        await d.query(`DELETE FROM audit_log WHERE entity = $1 AND entity_id = $2 AND id > $3`, [table, id, row.mark]);
      });
    },
    cleanUp: () => undo(inTest ? 'test' : 'file'),
  };
}
