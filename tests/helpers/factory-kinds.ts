import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { MODULES } from '../../src/app/modules';
import type { Places } from './write-fixtures';

/**
 * The kinds of row the test factories (tests/helpers/factories.ts) make, derived from the module list: each
 * module's kinds live beside its tests, in `tests/<module>/<module>.factories.ts`, which exports
 * `factoryKinds` and adds their types to `FactoryKinds` (interface augmentation, as a module adds its loaders
 * to `Loaders` in src/common/request-context.ts). A new writable module brings its kinds in its own folder;
 * tests/helpers/factories.test.ts fails while a table it audits has no kind.
 */

/** Each kind's name → its GraphQL create input, its create mutation and its table (added by the kinds files). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by interface augmentation
export interface FactoryKinds {}

/**
 * Tables the factories touch (restore after a test's update) or register rows of, beside the kinds' own:
 * a kinds file adds them (`colonia`, `territorial`: the territorial model, loaded by import, not created).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by interface augmentation
export interface FactoryTables {}

export type KindName = keyof FactoryKinds;
/** Tables a factory writes; `audit_log.entity` names them the same way. */
export type FactoryTable = FactoryKinds[KindName]['table'] | keyof FactoryTables;

export type Input = Record<string, unknown>;

/** Runs SQL: the DataSource or a transaction's manager. */
export interface Sql {
  query(sql: string, params?: unknown[]): Promise<any>;
}

export interface Kind {
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

/** What a kinds file exports: its kinds, and the tables its module writes without a kind (touched rows). */
export interface ModuleKinds {
  factoryKinds?: Record<string, Kind>;
  factoryTables?: readonly string[];
}

const RUN = parseInt(randomBytes(3).toString('hex'), 16).toString(36).toUpperCase();
let serial = 0;

/** A key no other call, file or run makes: `MER-K3F9Q-1`, `BEN-K3F9Q-2` (claves and folios allow it). */
export function uniqueKey(prefix: string): string {
  serial += 1;
  return `${prefix}-${RUN}-${serial.toString(36).toUpperCase()}`;
}

export const geo = (value: unknown) => (value == null ? null : JSON.stringify(value));
export const GEOM = (p: string) => `ST_SetSRID(ST_GeomFromGeoJSON(${p}::text), 4326)`;

/** The colonia given, else the one holding most of the geometry: `place(id, territorial_id, geom)`. */
export const PLACE = (colonia: string, geometry: string) => `
  place AS (
    SELECT c.id, c.territorial_id, c.geom FROM colonia c
     WHERE CASE WHEN ${colonia}::int IS NULL THEN ST_Intersects(c.geom, ${GEOM(geometry)}) ELSE c.id = ${colonia}::int END
     ORDER BY ST_Area(ST_Intersection(c.geom, COALESCE(${GEOM(geometry)}, c.geom))) DESC, c.id LIMIT 1)`;

export const insertedId = (rows: { id: number }[]): number | undefined => rows[0]?.id;

/** Every module's kinds file (`tests/<module>/<module>.factories.ts`), in the order of MODULES. */
export function moduleKinds(): { module: string; kinds: ModuleKinds }[] {
  return MODULES.map((m) => m.name)
    .map((name) => ({ name, file: path.join(__dirname, '..', name, `${name}.factories.ts`) }))
    .filter(({ file }) => existsSync(file))
    .map(({ name, file }) => ({
      module: name,
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the module list names the files
      kinds: require(file) as ModuleKinds,
    }));
}

/** Every kind, by name. */
export function allKinds(): Record<KindName, Kind> {
  const kinds: Record<string, Kind> = {};
  for (const { module, kinds: own } of moduleKinds()) {
    for (const [name, kind] of Object.entries(own.factoryKinds ?? {})) {
      if (kinds[name]) throw new Error(`factory kind ${name} of ${module} is defined twice`);
      kinds[name] = kind;
    }
  }
  return kinds as Record<KindName, Kind>;
}
