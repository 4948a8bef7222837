import { randomBytes } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { DataSource } from 'typeorm';
import {
  FactoryCreateActivityDocument,
  FactoryCreateAgendaDocument,
  FactoryCreateBeneficiaryDocument,
  FactoryCreateEcosSchoolDocument,
  FactoryCreateImprovementDocument,
  FactoryCreateMercomunaPointDocument,
  FactoryCreatePaymentDocument,
  FactoryCreateWorkshopDocument,
  type CreateActivityInput,
  type CreateAgendaInput,
  type CreateBeneficiaryInput,
  type CreateEcosSchoolInput,
  type CreateImprovementInput,
  type CreateMercomunaPointInput,
  type CreatePaymentInput,
  type CreateWorkshopInput,
} from '../graphql/generated';
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

type Input = Record<string, unknown>;

/** Tables a factory writes; `audit_log.entity` names them the same way. */
export type FactoryTable =
  | 'mercomuna_point'
  | 'beneficiary'
  | 'payment'
  | 'workshop'
  | 'agenda'
  | 'ecos_school'
  | 'public_space_improvement'
  | 'activity'
  | 'colonia'
  | 'territorial';

const RUN = parseInt(randomBytes(3).toString('hex'), 16).toString(36).toUpperCase();
let serial = 0;

/** A key no other call, file or run makes: `MER-K3F9Q-1`, `BEN-K3F9Q-2` (claves and folios allow it). */
export function uniqueKey(prefix: string): string {
  serial += 1;
  return `${prefix}-${RUN}-${serial.toString(36).toUpperCase()}`;
}

/** Runs SQL: the DataSource or a transaction's manager. */
interface Sql {
  query(sql: string, params?: unknown[]): Promise<any>;
}

interface Kind {
  table: FactoryTable;
  /** The create mutation (its answer holds the id) and the default document sending it. */
  mutation: string;
  document: TypedDocumentNode<any, { input: any }>;
  /** The input's geometry field, when it has one; when not given, a point on the colonia's surface. */
  geometry?: string;
  /** Whether this input goes without a geometry (a VIRTUAL workshop). */
  noGeometry?: (input: Input) => boolean;
  /** A valid input, every key unique, before the caller's fields. */
  defaults(at: Places): Input;
  /** Defaults that depend on the database or on the caller's fields. */
  fill?(db: Sql, input: Input): Promise<void>;
  /** Inserts the row with SQL (the completed input); answers its id. */
  insert(db: Sql, input: Input): Promise<number | undefined>;
}

const geo = (value: unknown) => (value == null ? null : JSON.stringify(value));
const GEOM = (p: string) => `ST_SetSRID(ST_GeomFromGeoJSON(${p}::text), 4326)`;

/** The colonia given, else the one holding most of the geometry: `place(id, territorial_id, geom)`. */
const PLACE = (colonia: string, geometry: string) => `
  place AS (
    SELECT c.id, c.territorial_id, c.geom FROM colonia c
     WHERE CASE WHEN ${colonia}::int IS NULL THEN ST_Intersects(c.geom, ${GEOM(geometry)}) ELSE c.id = ${colonia}::int END
     ORDER BY ST_Area(ST_Intersection(c.geom, COALESCE(${GEOM(geometry)}, c.geom))) DESC, c.id LIMIT 1)`;

const insertedId = (rows: { id: number }[]): number | undefined => rows[0]?.id;

const KINDS = {
  mercomunaPoint: {
    table: 'mercomuna_point',
    mutation: 'createMercomunaPoint',
    document: FactoryCreateMercomunaPointDocument,
    geometry: 'location',
    defaults: () => ({ clave: uniqueKey('MER'), nombre: 'Tienda de prueba', period: 'SEP_DEC', kind: 'OTHER' }),
    insert: async (db, i) =>
      insertedId(
        await db.query(
          `WITH ${PLACE('$1', '$2')}
           INSERT INTO mercomuna_point (clave, nombre, location, period, kind, colonia_id, territorial_id)
           SELECT $3, $4, ${GEOM('$2')}, $5, $6, place.id, place.territorial_id FROM place RETURNING id`,
          [i.coloniaId ?? null, geo(i.location), i.clave, i.nombre, i.period, i.kind],
        ),
      ),
  },
  beneficiary: {
    table: 'beneficiary',
    mutation: 'createBeneficiary',
    document: FactoryCreateBeneficiaryDocument,
    defaults: (at) => ({
      folio: uniqueKey('BEN'),
      programYear: 2020,
      role: 'PROMOTOR_COMUNITARIO',
      sex: 'MUJER',
      birthDate: '1990-01-01',
      education: 'SECUNDARIA',
      occupation: 'HOGAR',
      coloniaId: String(at.ter03.coloniaId),
      fullName: 'Persona de prueba',
      curp: 'PEPR900101MDFRRS09',
      phone: '5512345678',
      address: 'Calle de prueba 1',
    }),
    insert: async (db, i) =>
      insertedId(
        await db.query(
          `INSERT INTO beneficiary (folio, program_year, role, sex, birth_date, education, occupation, territorial_id, colonia_id,
                                    status, baja_on, full_name, curp, phone, address)
           SELECT $1, $2, $3, $4, $5, $6, $7, c.territorial_id, c.id, $9, $10, $11, $12, $13, $14 FROM colonia c WHERE c.id = $8
           RETURNING id`,
          [
            i.folio,
            i.programYear,
            i.role,
            i.sex,
            i.birthDate,
            i.education,
            i.occupation,
            i.coloniaId,
            i.status ?? 'ACTIVE',
            i.bajaOn ?? null,
            i.fullName,
            i.curp,
            i.phone,
            i.address,
          ],
        ),
      ),
  },
  payment: {
    table: 'payment',
    mutation: 'createPayment',
    document: FactoryCreatePaymentDocument,
    defaults: () => ({ row: 1, month: '2020-02-01', amount: 6000 }),
    insert: async (db, i) =>
      insertedId(
        await db.query(
          `INSERT INTO payment (beneficiary_id, payment_row, month, amount) VALUES ($1, $2, $3, $4) RETURNING id`,
          [i.beneficiaryId, i.row, i.month, i.amount],
        ),
      ),
  },
  workshop: {
    table: 'workshop',
    mutation: 'createWorkshop',
    document: FactoryCreateWorkshopDocument,
    geometry: 'location',
    defaults: (at) => ({
      clave: uniqueKey('TAL'),
      coloniaId: String(at.ter03.coloniaId),
      heldOn: '2020-04-01',
      modality: 'VIRTUAL',
      participants: 5,
    }),
    noGeometry: (i) => i.modality !== 'PRESENCIAL',
    insert: async (db, i) =>
      insertedId(
        await db.query(
          `WITH ${PLACE('$1', '$2')}
           INSERT INTO workshop (clave, held_on, modality, participants, location, colonia_id, territorial_id)
           SELECT $3, $4, $5, $6, ${GEOM('$2')}, place.id, place.territorial_id FROM place RETURNING id`,
          [i.coloniaId ?? null, geo(i.location), i.clave, i.heldOn, i.modality, i.participants],
        ),
      ),
  },
  agenda: {
    table: 'agenda',
    mutation: 'createAgenda',
    document: FactoryCreateAgendaDocument,
    defaults: (at) => ({ clave: uniqueKey('ADL'), coloniaId: String(at.ter03.coloniaId), status: 'IN_PROGRESS' }),
    // One agenda per colonia and year: by default a year the colonia has none of.
    fill: async (db, i) => {
      if (i.programYear !== undefined) return;
      const [free] = await db.query(
        `SELECT min(y)::int AS y FROM generate_series(2030, 2100) y
          WHERE NOT EXISTS (SELECT 1 FROM agenda a WHERE a.colonia_id = $1 AND a.program_year = y)`,
        [i.coloniaId],
      );
      i.programYear = free.y;
    },
    insert: async (db, i) => {
      const id = insertedId(
        await db.query(
          `INSERT INTO agenda (clave, colonia_id, program_year, status) VALUES ($1, $2, $3, $4) RETURNING id`,
          [i.clave, i.coloniaId, i.programYear, i.status],
        ),
      );
      await db.query(
        `INSERT INTO agenda_project (agenda_id, position, nombre) SELECT $1, p.n, p.nombre FROM unnest($2::text[]) WITH ORDINALITY AS p(nombre, n)`,
        [id, i.projects ?? []],
      );
      return id;
    },
  },
  ecosSchool: {
    table: 'ecos_school',
    mutation: 'createEcosSchool',
    document: FactoryCreateEcosSchoolDocument,
    geometry: 'location',
    defaults: () => ({
      clave: uniqueKey('ECOS'),
      nombre: 'Escuela de prueba',
      programYear: 2020,
      sessions: 4,
      participants: 30,
    }),
    insert: async (db, i) => {
      const id = insertedId(
        await db.query(
          `WITH ${PLACE('$1', '$2')}
           INSERT INTO ecos_school (clave, nombre, location, program_year, sessions, participants, colonia_id, territorial_id)
           SELECT $3, $4, ${GEOM('$2')}, $5, $6, $7, place.id, place.territorial_id FROM place RETURNING id`,
          [i.coloniaId ?? null, geo(i.location), i.clave, i.nombre, i.programYear, i.sessions, i.participants],
        ),
      );
      await db.query(
        `INSERT INTO ecos_school_facilitator (ecos_school_id, beneficiary_id) SELECT $1, b FROM unnest($2::int[]) AS b`,
        [id, i.facilitatorIds ?? []],
      );
      return id;
    },
  },
  improvement: {
    table: 'public_space_improvement',
    mutation: 'createImprovement',
    document: FactoryCreateImprovementDocument,
    geometry: 'geometry',
    defaults: () => ({
      clave: uniqueKey('MEJ'),
      nombre: 'Mejora de prueba',
      kind: 'UTOPIA',
      builtOn: '2020-05-04',
      status: 'COMPLETED',
    }),
    insert: async (db, i) =>
      insertedId(
        await db.query(
          `WITH ${PLACE('$1', '$2')}
           INSERT INTO public_space_improvement (clave, nombre, kind, geom, built_on, status, colonia_id, territorial_id)
           SELECT $3, $4, $5, ${GEOM('$2')}, $6, $7, place.id, place.territorial_id FROM place RETURNING id`,
          [i.coloniaId ?? null, geo(i.geometry), i.clave, i.nombre, i.kind, i.builtOn, i.status],
        ),
      ),
  },
  activity: {
    table: 'activity',
    mutation: 'createActivity',
    document: FactoryCreateActivityDocument,
    defaults: (at) => ({
      beneficiaryId: String(at.beneficiary03),
      heldOn: '2020-06-15',
      kind: 'ASAMBLEA_COMUNITARIA',
      peopleReached: 10,
    }),
    // seq: the next of the beneficiary's that day unless given (unique by construction).
    insert: async (db, i) =>
      insertedId(
        await db.query(
          `INSERT INTO activity (held_on, seq, beneficiary_id, colonia_id, territorial_id, kind, people_reached)
           SELECT $1::date, COALESCE($2, (SELECT COALESCE(max(a.seq), 0) + 1 FROM activity a WHERE a.beneficiary_id = b.id AND a.held_on = $1::date)),
                  b.id, c.id, c.territorial_id, $5, $6
             FROM beneficiary b JOIN colonia c ON c.id = COALESCE($4::int, b.colonia_id) WHERE b.id = $3
           RETURNING id`,
          [i.heldOn, i.seq ?? null, i.beneficiaryId, i.coloniaId ?? null, i.kind, i.peopleReached],
        ),
      ),
  },
} satisfies Record<string, Kind>;

export type KindName = keyof typeof KINDS;

/** Each kind's GraphQL input. */
interface Inputs {
  mercomunaPoint: CreateMercomunaPointInput;
  beneficiary: CreateBeneficiaryInput;
  payment: CreatePaymentInput;
  workshop: CreateWorkshopInput;
  agenda: CreateAgendaInput;
  ecosSchool: CreateEcosSchoolInput;
  improvement: CreateImprovementInput;
  activity: CreateActivityInput;
}

/** The default document's answer: `{ createX: { id } }`. */
type DefaultAnswer<K extends KindName> = { [M in (typeof KINDS)[K]['mutation']]: { id: string } };

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
