/**
 * What the importer can load, declared by each module next to its map layers:
 * boundary layers (territoriales, colonias: polygons, checked for duplicates
 * and overlaps) and point/line layers (ECOS, improvements, Mercomuna: placed
 * in their colonia by PostGIS). Ids match the map layers, and attribute
 * properties are named as those layers publish them, so an exported layer
 * imports back. The builders (integer, oneOf, date) live here.
 */

export type ImportLayerId = string;

/** A feature property read into a column; `parse` returns the value or throws a reason (a string). */
export interface ImportAttribute {
  property: string;
  column: string;
  /** Name in the audit trail (the GraphQL field). */
  field: string;
  sqlType: 'int' | 'text' | 'date';
  parse(value: unknown): string | number;
  /** Absent from a feature: the row keeps its value (null when created) instead of a rejection. */
  optional?: boolean;
  /** Not read from a property: derived from the feature's name (e.g. a colonia's kind from its suffix). */
  derive?: (nombre: string) => string;
  /** The property holding it in the IECM catalogue (`--iecm`), when it differs. */
  iecmProperty?: string;
}

export interface ImportLayer {
  id: ImportLayerId;
  table: string;
  /** `audit_log.entity` of its rows. */
  entity: string;
  /** Boundaries are polygons checked for duplicates and overlaps; places get a colonia. */
  boundary: boolean;
  geomColumn: 'geom' | 'location';
  geomField: string;
  nameMax: number;
  claveMax: number;
  attributes: ImportAttribute[];
  /** Geometry types a feature may have (places: per its attributes, e.g. an improvement's kind). */
  geometryTypes(attributes: Record<string, string | number>): readonly string[];
}

export const integer = (
  property: string,
  column: string,
  field: string,
  min: number,
  max: number,
): ImportAttribute => ({
  property,
  column,
  field,
  sqlType: 'int',
  parse(value) {
    const n = typeof value === 'string' && /^-?[0-9]+$/.test(value.trim()) ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
      throw `field ${property} must be an integer between ${min} and ${max} (got ${JSON.stringify(value)?.slice(0, 30)})`;
    }
    return n;
  },
});

export const oneOf = (property: string, column: string, field: string, values: readonly string[]): ImportAttribute => ({
  property,
  column,
  field,
  sqlType: 'text',
  parse(value) {
    if (typeof value !== 'string' || !values.includes(value))
      throw `field ${property} must be one of ${values.join(', ')} (got ${JSON.stringify(value)?.slice(0, 40)})`;
    return value;
  },
});

export const date = (property: string, column: string, field: string): ImportAttribute => ({
  property,
  column,
  field,
  sqlType: 'date',
  parse(value) {
    const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
    const probe = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
    if (
      !match ||
      !probe ||
      probe.getUTCDate() !== Number(match[3]) ||
      Number(match[1]) < 1900 ||
      Number(match[1]) > 2999
    ) {
      throw `field ${property} must be a date YYYY-MM-DD (got ${JSON.stringify(value)?.slice(0, 30)})`;
    }
    return value as string;
  },
});

export const POLYGONAL = ['Polygon', 'MultiPolygon'] as const;

/** An attribute derived from the feature's name rather than read from a property. */
export const derived = (column: string, field: string, derive: (nombre: string) => string): ImportAttribute => ({
  property: field,
  column,
  field,
  sqlType: 'text',
  parse: (value) => String(value),
  derive,
});

/** The import layers of every module, by id, in module order. */
export class ImportLayerRegistry {
  readonly ids: readonly ImportLayerId[];
  private readonly byId = new Map<ImportLayerId, ImportLayer>();

  constructor(layers: readonly ImportLayer[]) {
    for (const layer of layers) {
      if (this.byId.has(layer.id)) throw new Error(`two modules define the import layer "${layer.id}"`);
      this.byId.set(layer.id, layer);
    }
    this.ids = layers.map((l) => l.id);
  }

  has(value: string): boolean {
    return this.byId.has(value);
  }

  get(id: ImportLayerId): ImportLayer {
    const layer = this.byId.get(id);
    if (!layer) throw new Error(`no import layer "${id}"`);
    return layer;
  }
}

/**
 * The import layer of a named, placed table (clave ≤ 24, nombre ≤ 160, a colonia
 * per feature): the module gives its geometry column and field, attributes and types.
 */
export function placedImportLayer(
  id: ImportLayerId,
  table: { table: string; entity: string },
  layer: Pick<ImportLayer, 'geomColumn' | 'geomField' | 'attributes' | 'geometryTypes'>,
): ImportLayer {
  const { geomColumn, geomField, attributes, geometryTypes } = layer;
  const { table: name, entity } = table;
  return {
    id,
    table: name,
    entity,
    boundary: false,
    geomColumn,
    geomField,
    nameMax: 160,
    claveMax: 24,
    attributes,
    geometryTypes,
  };
}
