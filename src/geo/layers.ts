import { badInput } from '../common/errors';
import type { SqlParams } from './sql-params';

/**
 * Map layers: each module describes its layers once — table, geometry, id,
 * public properties, date, filters — with the builders below, and the
 * registry (built from the module list, src/registry.ts) serves them alike
 * to the GraphQL `featureCollection`, GET /geojson, OGC API – Features (/ogc)
 * and the vector tiles (/tiles). Adding a layer to a module publishes it everywhere.
 *
 * SQL fragments refer to the aliases of the layer's own FROM clause; values
 * always travel as bind parameters.
 */

/** A layer's id: its URL segment (/geojson/{id}) and, upper-cased, its `Layer` enum value. */
export type LayerId = string;

export type PropertyType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

export interface LayerProperty {
  /** Name in GeoJSON properties, tile attributes and OGC queryables. */
  name: string;
  /** SQL expression of exactly this type (text, int/bigint, float8, boolean, date rendered as text). */
  sql: string;
  type: PropertyType;
  description: string;
}

export interface LayerFilter {
  /** Query parameter name (/geojson, /ogc) */
  name: string;
  description: string;
  /** SQL condition for one value given by the client. */
  condition(value: string, params: SqlParams): string;
}

/** The program's coverage figures joined to a layer (TERRITORIALES, COLONIAS): a ready choropleth. */
export interface LayerCoverage {
  /** SELECT text (no parameters) with one row per key, embedded as the CTE `coverage` (alias `cov`). */
  sql: () => string;
  /** Key column of that SELECT, matched against the layer's id. */
  key: string;
  properties: LayerProperty[];
}

export interface LayerDefinition {
  id: LayerId;
  title: string;
  description: string;
  /** FROM clause: the layer's table and the joins its properties need. */
  from: string;
  /** Integer feature id. */
  idSql: string;
  /** Geometry (SRID 4326). */
  geomSql: string;
  /**
   * Index-friendly condition "may intersect this box" when `geomSql` is not a
   * plain GiST-indexed column; by default `geomSql && box`.
   */
  indexPrefilter?: (box: string) => string;
  geometryType: 'MultiPolygon' | 'Point' | 'Geometry';
  properties: LayerProperty[];
  coverage?: LayerCoverage;
  /** Date of each feature, for OGC `datetime` and the temporal extent. */
  dateSql?: string;
  /** At most this many features in one FeatureCollection (/geojson, featureCollection); the body says how many matched. */
  maxFeatures?: number;
  /** Vector tiles below this zoom are empty (a layer too dense to draw whole). */
  minZoom?: number;
  filters: LayerFilter[];
}

/** An id (digits) or a clave: `territorial=3` and `territorial=TER-03` both work. */
export function idOrClave(idSql: string, claveSql: string, parameter: string) {
  return (value: string, params: SqlParams): string => {
    if (/^[0-9]+$/.test(value)) {
      if (value.length > 10 || Number(value) > 2147483647) throw badInput(parameter, 'is not a valid id');
      return `${idSql} = ${params.add(Number(value), 'int')}`;
    }
    return `${claveSql} = ${params.add(value, 'text')}`;
  };
}

export function equals(sql: string) {
  return (value: string, params: SqlParams): string => `${sql} = ${params.add(value, 'text')}`;
}

export const territorialFilter = (alias: string): LayerFilter => ({
  name: 'territorial',
  description: 'Dirección territorial, by id or clave (e.g. TER-03).',
  condition: idOrClave(`${alias}.id`, `${alias}.clave`, 'territorial'),
});

export const coloniaFilter: LayerFilter = {
  name: 'colonia',
  description: 'Colonia, by id or IECM clave (e.g. 07-196).',
  condition: idOrClave('c.id', 'c.clave', 'colonia'),
};

export const territorialProperties: LayerProperty[] = [
  { name: 'territorialId', sql: 't.id', type: 'integer', description: 'Id of the dirección territorial.' },
  {
    name: 'territorialClave',
    sql: 't.clave::text',
    type: 'string',
    description: 'Clave of the dirección territorial.',
  },
  {
    name: 'territorialNombre',
    sql: 't.nombre::text',
    type: 'string',
    description: 'Name of the dirección territorial.',
  },
];

export const coloniaProperties: LayerProperty[] = [
  { name: 'coloniaId', sql: 'c.id', type: 'integer', description: 'Id of the colonia.' },
  { name: 'coloniaClave', sql: 'c.clave::text', type: 'string', description: 'Clave of the colonia.' },
  { name: 'coloniaNombre', sql: 'c.nombre::text', type: 'string', description: 'Name of the colonia.' },
];

/** `<table> <alias>` with its colonia `c` and territorial `t`: the FROM of a placed table's layer. */
export const placedFrom = (table: string, alias: string): string =>
  `${table} ${alias} JOIN colonia c ON c.id = ${alias}.colonia_id JOIN territorial t ON t.id = ${alias}.territorial_id`;

/** `clave` and `nombre` of a named row (`nombre` describes what the name is of). */
export const namedProperties = (alias: string, nombre: string): LayerProperty[] => [
  { name: 'clave', sql: `${alias}.clave::text`, type: 'string', description: 'Stable key.' },
  { name: 'nombre', sql: `${alias}.nombre::text`, type: 'string', description: nombre },
];

/** The colonia and territorial of a placed row (with `placedFrom`). */
export const placementProperties: LayerProperty[] = [...coloniaProperties, ...territorialProperties];

/** Filters by territorial and colonia of a placed layer (with `placedFrom`). */
export const placementFilters = (): LayerFilter[] => [territorialFilter('t'), coloniaFilter];

/** Every property of a layer: its own, then its coverage figures. */
export function layerProperties(layer: LayerDefinition): LayerProperty[] {
  return [...layer.properties, ...(layer.coverage?.properties ?? [])];
}

/** The layers of every module, by id, in module order. */
export class LayerRegistry {
  readonly ids: readonly LayerId[];
  readonly byId: Readonly<Record<LayerId, LayerDefinition>>;

  constructor(layers: readonly LayerDefinition[]) {
    const byId: Record<LayerId, LayerDefinition> = {};
    for (const layer of layers) {
      if (byId[layer.id]) throw new Error(`two modules define the map layer "${layer.id}"`);
      byId[layer.id] = layer;
    }
    this.ids = layers.map((l) => l.id);
    this.byId = byId;
  }

  has(value: string): boolean {
    return Object.hasOwn(this.byId, value);
  }

  all(): LayerDefinition[] {
    return this.ids.map((id) => this.byId[id]);
  }

  /** The layer for a client-given name; BAD_USER_INPUT naming the known ones otherwise. */
  require(argument: string, value: string): LayerDefinition {
    if (!this.has(value))
      throw badInput(argument, `must be one of ${this.ids.join(', ')} (got "${value.slice(0, 40)}")`);
    return this.byId[value];
  }
}
