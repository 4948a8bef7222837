import { AuditEntity } from '../audit/audit.enums';
import { MercomunaPeriod, MercomunaPointKind } from '../mercomuna/mercomuna.enums';
import { GEOMETRY_TYPES_BY_KIND } from '../public-space/public-space.write.service';
import { ImprovementStatus, PublicSpaceKind } from '../public-space/public-space.enums';

/**
 * What the importer can load: the boundary layers (territoriales, colonias:
 * polygons, checked for duplicates and overlaps) and the point/line layers
 * (ECOS, improvements, Mercomuna: placed in their colonia by PostGIS). Ids
 * match the map layers of src/geo/layers.ts, and attribute properties are
 * named as those layers publish them, so an exported layer imports back.
 */

export const IMPORT_LAYER_IDS = ['territoriales', 'colonias', 'ecos', 'improvements', 'mercomuna'] as const;
export type ImportLayerId = (typeof IMPORT_LAYER_IDS)[number];

/** A feature property read into a column; `parse` returns the value or throws a reason (a string). */
export interface ImportAttribute {
  property: string;
  column: string;
  /** Name in the audit trail (the GraphQL field). */
  field: string;
  sqlType: 'int' | 'text' | 'date';
  parse(value: unknown): string | number;
}

export interface ImportLayer {
  id: ImportLayerId;
  table: string;
  entity: AuditEntity;
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

const integer = (property: string, column: string, field: string, min: number, max: number): ImportAttribute => ({
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

const oneOf = (property: string, column: string, field: string, values: readonly string[]): ImportAttribute => ({
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

const date = (property: string, column: string, field: string): ImportAttribute => ({
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

const POLYGONAL = ['Polygon', 'MultiPolygon'] as const;

export const IMPORT_LAYERS: Record<ImportLayerId, ImportLayer> = {
  territoriales: {
    id: 'territoriales',
    table: 'territorial',
    entity: AuditEntity.TERRITORIAL,
    boundary: true,
    geomColumn: 'geom',
    geomField: 'geometry',
    nameMax: 120,
    claveMax: 16,
    attributes: [],
    geometryTypes: () => POLYGONAL,
  },
  colonias: {
    id: 'colonias',
    table: 'colonia',
    entity: AuditEntity.COLONIA,
    boundary: true,
    geomColumn: 'geom',
    geomField: 'geometry',
    nameMax: 160,
    claveMax: 80,
    attributes: [],
    geometryTypes: () => POLYGONAL,
  },
  ecos: {
    id: 'ecos',
    table: 'ecos_school',
    entity: AuditEntity.ECOS_SCHOOL,
    boundary: false,
    geomColumn: 'location',
    geomField: 'location',
    nameMax: 160,
    claveMax: 24,
    attributes: [
      integer('programYear', 'program_year', 'programYear', 2000, 2100),
      integer('sessions', 'sessions', 'sessions', 0, 100_000),
      integer('participants', 'participants', 'participants', 0, 100_000),
    ],
    geometryTypes: () => ['Point'],
  },
  improvements: {
    id: 'improvements',
    table: 'public_space_improvement',
    entity: AuditEntity.PUBLIC_SPACE_IMPROVEMENT,
    boundary: false,
    geomColumn: 'geom',
    geomField: 'geometry',
    nameMax: 160,
    claveMax: 24,
    attributes: [
      oneOf('kind', 'kind', 'kind', Object.values(PublicSpaceKind)),
      oneOf('status', 'status', 'status', Object.values(ImprovementStatus)),
      date('builtOn', 'built_on', 'builtOn'),
    ],
    geometryTypes: (attributes) =>
      GEOMETRY_TYPES_BY_KIND[attributes.kind as PublicSpaceKind] ?? ['Point', 'LineString', 'Polygon'],
  },
  mercomuna: {
    id: 'mercomuna',
    table: 'mercomuna_point',
    entity: AuditEntity.MERCOMUNA_POINT,
    boundary: false,
    geomColumn: 'location',
    geomField: 'location',
    nameMax: 160,
    claveMax: 24,
    attributes: [
      oneOf('period', 'period', 'period', Object.values(MercomunaPeriod)),
      oneOf('kind', 'kind', 'kind', Object.values(MercomunaPointKind)),
    ],
    geometryTypes: () => ['Point'],
  },
};

export function isImportLayer(value: string): value is ImportLayerId {
  return (IMPORT_LAYER_IDS as readonly string[]).includes(value);
}
