import { badInput } from '../common/errors';
import type { SqlParams } from './sql-params';

/**
 * Map layers: each module describes its layers once — table, geometry, id,
 * public properties, date, filters — with the builders below, and the
 * registry (built from the module list, src/app/registry.ts) serves them alike
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

/** An inclusive period of days (YYYY-MM-DD); an absent end is open. */
export interface DateRange {
  start?: string;
  end?: string;
}

/**
 * Figures of a period joined to a layer (the program's coverage, crime on TERRITORIALES and COLONIAS): a ready
 * choropleth. Each is a CTE named `figures_<alias>`, joined as `alias` on its key; its properties read `alias.*`.
 */
export interface LayerFigures {
  /** Alias of the CTE in the FROM clause, which its properties read (`cov`, `cr`). */
  alias: string;
  /**
   * A SELECT with one row per key: the figures of `period` (absent: the figures' own default, e.g. all time),
   * values as bind parameters of `params`. "No data" (a period before the data begins) is null, never 0.
   */
  sql(period: DateRange | undefined, params: SqlParams): string;
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
  /** Figures of a period (`from`/`to`, `year`, OGC `datetime`), joined by the feature id. */
  figures?: LayerFigures[];
  /** Date of each feature, for a period (`from`/`to`, `year`, OGC `datetime`) and the temporal extent. */
  dateSql?: string;
  /** At most this many features in one FeatureCollection (/geojson, featureCollection); the body says how many matched. */
  maxFeatures?: number;
  /** Vector tiles below this zoom are empty (a layer too dense to draw whole). */
  minZoom?: number;
  filters: LayerFilter[];
  /** The layer's main table (one row per feature), whose rows price a filter's geometries (src/geo/geometry-cost.ts). */
  table?: string;
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

/** A filter matching one text value exactly (`sql = value`). */
export const equalsFilter = (name: string, sql: string, description: string): LayerFilter => ({
  name,
  description,
  condition: equals(sql),
});

/** A property of one type from a SQL expression, cast to the type (a date rendered as YYYY-MM-DD text). */
function typedProperty(type: PropertyType, cast: (sql: string) => string) {
  return (name: string, sql: string, description: string): LayerProperty => ({
    name,
    sql: cast(sql),
    type,
    description,
  });
}

/** Builders of properties by type: `property.integer('sessions', 'e.sessions', 'Sessions held.')`. */
export const property = {
  text: typedProperty('string', (sql) => `${sql}::text`),
  integer: typedProperty('integer', (sql) => `${sql}::int`),
  number: typedProperty('number', (sql) => `${sql}::float8`),
  date: typedProperty('date', (sql) => `to_char(${sql}, 'YYYY-MM-DD')`),
};

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
  property.text('territorialClave', 't.clave', 'Clave of the dirección territorial.'),
  property.text('territorialNombre', 't.nombre', 'Name of the dirección territorial.'),
];

export const coloniaProperties: LayerProperty[] = [
  { name: 'coloniaId', sql: 'c.id', type: 'integer', description: 'Id of the colonia.' },
  property.text('coloniaClave', 'c.clave', 'Clave of the colonia.'),
  property.text('coloniaNombre', 'c.nombre', 'Name of the colonia.'),
];

/** `clave` and `nombre` of a named row (`nombre` describes what the name is of). */
export const namedProperties = (alias: string, nombre: string): LayerProperty[] => [
  property.text('clave', `${alias}.clave`, 'Stable key.'),
  property.text('nombre', `${alias}.nombre`, nombre),
];

/** What the layer of a table's rows states itself; `tableLayer` derives the rest. */
export interface TableLayer extends Omit<
  LayerDefinition,
  'id' | 'from' | 'idSql' | 'geomSql' | 'geometryType' | 'indexPrefilter'
> {
  /** The joins after `table alias` in the FROM clause: the tables its properties read. */
  joins?: string[];
  /** `geomSql`, `geometryType` and `indexPrefilter` (see LayerDefinition). */
  geometry: { sql: string; type: LayerDefinition['geometryType']; indexPrefilter?: (box: string) => string };
}

/** The layer of a table's rows: FROM `table alias` and its joins, feature id `alias.id`. */
export function tableLayer(
  id: LayerId,
  table: string,
  alias: string,
  { joins = [], geometry, ...layer }: TableLayer,
): LayerDefinition {
  return {
    id,
    ...layer,
    from: [`${table} ${alias}`, ...joins].join(' '),
    table,
    idSql: `${alias}.id`,
    geomSql: geometry.sql,
    geometryType: geometry.type,
    indexPrefilter: geometry.indexPrefilter,
  };
}

/** What the layer of a placed table states itself; `placedLayer` adds the placement. */
export interface PlacedLayer extends Omit<TableLayer, 'joins' | 'filters' | 'geometry'> {
  /** By default the point `alias.location`. */
  geometry?: TableLayer['geometry'];
  filters?: LayerFilter[];
}

/**
 * The layer of a placed table (one with a `colonia_id` and a `territorial_id`),
 * joined to its colonia `c` and territorial `t`: the layer's own properties,
 * then the colonia's and the territorial's; filters by territorial and
 * colonia, then the layer's own. By default a point layer of `alias.location`.
 */
export function placedLayer(
  id: LayerId,
  table: string,
  alias: string,
  { geometry = { sql: `${alias}.location`, type: 'Point' }, properties, filters = [], ...layer }: PlacedLayer,
): LayerDefinition {
  return tableLayer(id, table, alias, {
    ...layer,
    geometry,
    joins: [`JOIN colonia c ON c.id = ${alias}.colonia_id`, `JOIN territorial t ON t.id = ${alias}.territorial_id`],
    properties: [...properties, ...coloniaProperties, ...territorialProperties],
    filters: [territorialFilter('t'), coloniaFilter, ...filters],
  });
}

/**
 * What a module adds to another module's layer (its descriptor's `layerExtensions`): joins after
 * the layer's own, properties after its own, and its figures of a period. Applied by
 * `extendLayers` before the registry is built.
 */
export interface LayerExtension {
  layer: LayerId;
  joins?: string[];
  properties?: LayerProperty[];
  figures?: LayerFigures[];
}

/** The layers with every extension applied, in the order given; an extension of an unknown layer is an error. */
export function extendLayers(
  layers: readonly LayerDefinition[],
  extensions: readonly LayerExtension[],
): LayerDefinition[] {
  const ids = new Set(layers.map((l) => l.id));
  const unknown = extensions.find((e) => !ids.has(e.layer));
  if (unknown) throw new Error(`a layer extension names the map layer "${unknown.layer}", which no module defines`);
  return layers.map((layer) =>
    extensions
      .filter((e) => e.layer === layer.id)
      .reduce((extended, { joins = [], properties = [], figures = [] }) => {
        const aliases = new Set((extended.figures ?? []).map((f) => f.alias));
        const taken = figures.find((f) => aliases.has(f.alias));
        if (taken) throw new Error(`two modules give the map layer "${layer.id}" figures as "${taken.alias}"`);
        return {
          ...extended,
          from: [extended.from, ...joins].join(' '),
          properties: [...extended.properties, ...properties],
          figures: [...(extended.figures ?? []), ...figures],
        };
      }, layer),
  );
}

/** Every property of a layer: its own, then its figures'. */
export function layerProperties(layer: LayerDefinition): LayerProperty[] {
  return [...layer.properties, ...(layer.figures ?? []).flatMap((f) => f.properties)];
}

/** Whether a layer takes a period: it has dated features, or figures of a period. */
export function takesPeriod(layer: LayerDefinition): boolean {
  return layer.dateSql !== undefined || (layer.figures?.length ?? 0) > 0;
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
