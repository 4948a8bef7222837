import { badInput } from '../common/errors';
import { coveragePropertiesByColoniaSql, coveragePropertiesByTerritorialSql } from '../coverage/coverage.sql';
import type { SqlParams } from './sql-params';

/**
 * The layer registry: every map layer described once — table, geometry,
 * id, public properties, date, filters — and used alike by the GraphQL
 * `featureCollection`, GET /geojson, OGC API – Features (/ogc) and the
 * vector tiles (/tiles). Adding a layer here publishes it everywhere.
 *
 * SQL fragments refer to the aliases of the layer's own FROM clause; values
 * always travel as bind parameters.
 */

export const LAYER_IDS = ['territoriales', 'colonias', 'ecos', 'improvements', 'workshops', 'mercomuna'] as const;
export type LayerId = (typeof LAYER_IDS)[number];

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
  filters: LayerFilter[];
}

/** An id (digits) or a clave: `territorial=3` and `territorial=TER-03` both work. */
function idOrClave(idSql: string, claveSql: string, parameter: string) {
  return (value: string, params: SqlParams): string => {
    if (/^[0-9]+$/.test(value)) {
      if (value.length > 10 || Number(value) > 2147483647) throw badInput(parameter, 'is not a valid id');
      return `${idSql} = ${params.add(Number(value), 'int')}`;
    }
    return `${claveSql} = ${params.add(value, 'text')}`;
  };
}

function equals(sql: string) {
  return (value: string, params: SqlParams): string => `${sql} = ${params.add(value, 'text')}`;
}

const territorialFilter = (alias: string): LayerFilter => ({
  name: 'territorial',
  description: 'Dirección territorial, by id or clave (e.g. TER-03).',
  condition: idOrClave(`${alias}.id`, `${alias}.clave`, 'territorial'),
});

const coloniaFilter: LayerFilter = {
  name: 'colonia',
  description: 'Colonia, by id or clave (e.g. central-de-abasto-i).',
  condition: idOrClave('c.id', 'c.clave', 'colonia'),
};

const territorialProperties: LayerProperty[] = [
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

const coloniaProperties: LayerProperty[] = [
  { name: 'coloniaId', sql: 'c.id', type: 'integer', description: 'Id of the colonia.' },
  { name: 'coloniaClave', sql: 'c.clave::text', type: 'string', description: 'Clave of the colonia.' },
  { name: 'coloniaNombre', sql: 'c.nombre::text', type: 'string', description: 'Name of the colonia.' },
];

/** Coverage figures both choropleth layers carry (columns of coverage.sql.ts). */
const sharedCoverageProperties: LayerProperty[] = [
  {
    name: 'beneficiaries',
    sql: 'COALESCE(cov.beneficiaries, 0)::int',
    type: 'integer',
    description: 'Beneficiaries (servidores and promotores) assigned.',
  },
  {
    name: 'workshops',
    sql: 'COALESCE(cov.workshops, 0)::int',
    type: 'integer',
    description: 'Participatory-planning workshops held.',
  },
  {
    name: 'workshopParticipants',
    sql: 'COALESCE(cov.workshop_participants, 0)::int',
    type: 'integer',
    description: 'Participants in those workshops.',
  },
  { name: 'ecosSchools', sql: 'COALESCE(cov.ecos_schools, 0)::int', type: 'integer', description: 'ECOS schools.' },
  {
    name: 'improvements',
    sql: 'COALESCE(cov.improvements, 0)::int',
    type: 'integer',
    description: 'Public-space improvements.',
  },
  {
    name: 'activities',
    sql: 'COALESCE(cov.activities, 0)::bigint',
    type: 'integer',
    description: 'Field activities recorded.',
  },
  {
    name: 'peopleReached',
    sql: 'COALESCE(cov.people_reached, 0)::bigint',
    type: 'integer',
    description: 'People reached by those activities.',
  },
];

const territorialCoverage: LayerCoverage = {
  sql: coveragePropertiesByTerritorialSql,
  key: 'territorial_id',
  properties: [
    ...sharedCoverageProperties,
    {
      name: 'colonias',
      sql: 'COALESCE(cov.colonias, 0)::int',
      type: 'integer',
      description: 'Colonias in the territorial.',
    },
    {
      name: 'coloniasAttended',
      sql: 'COALESCE(cov.colonias_attended, 0)::int',
      type: 'integer',
      description: 'Colonias with a beneficiary, a workshop or an activity.',
    },
    {
      name: 'coverageRatio',
      sql: 'COALESCE(cov.coverage_ratio, 0)::float8',
      type: 'number',
      description: 'coloniasAttended / colonias (0–1).',
    },
  ],
};

const coloniaCoverage: LayerCoverage = {
  sql: coveragePropertiesByColoniaSql,
  key: 'colonia_id',
  properties: [
    ...sharedCoverageProperties,
    {
      name: 'attended',
      sql: 'COALESCE(cov.attended, false)',
      type: 'boolean',
      description: 'Whether the colonia has a beneficiary, a workshop or an activity.',
    },
  ],
};

export const LAYERS: Record<LayerId, LayerDefinition> = {
  territoriales: {
    id: 'territoriales',
    title: 'Direcciones territoriales',
    description:
      "The 13 direcciones territoriales of Iztapalapa (illustrative demo division), with the program's coverage.",
    from: 'territorial t',
    idSql: 't.id',
    geomSql: 't.geom',
    geometryType: 'MultiPolygon',
    properties: [
      { name: 'clave', sql: 't.clave::text', type: 'string', description: 'Stable key, e.g. TER-03.' },
      { name: 'nombre', sql: 't.nombre::text', type: 'string', description: 'Name, e.g. ACULCO.' },
      { name: 'areaKm2', sql: 't.area_km2::float8', type: 'number', description: 'Area in km² (on the spheroid).' },
    ],
    coverage: territorialCoverage,
    filters: [territorialFilter('t')],
  },
  colonias: {
    id: 'colonias',
    title: 'Colonias',
    description: "The 293 colonias of Iztapalapa with their dirección territorial and the program's coverage.",
    from: 'colonia c JOIN territorial t ON t.id = c.territorial_id',
    idSql: 'c.id',
    geomSql: 'c.geom',
    geometryType: 'MultiPolygon',
    properties: [
      { name: 'clave', sql: 'c.clave::text', type: 'string', description: 'Stable key (slug of the name).' },
      { name: 'nombre', sql: 'c.nombre::text', type: 'string', description: 'Name.' },
      { name: 'areaKm2', sql: 'c.area_km2::float8', type: 'number', description: 'Area in km² (on the spheroid).' },
      ...territorialProperties,
    ],
    coverage: coloniaCoverage,
    filters: [territorialFilter('t')],
  },
  ecos: {
    id: 'ecos',
    title: 'ECOS',
    description: 'Escuelas de Ciudadanía y Organización Social comunitarias (citizenship schools).',
    from: 'ecos_school e JOIN colonia c ON c.id = e.colonia_id JOIN territorial t ON t.id = e.territorial_id',
    idSql: 'e.id',
    geomSql: 'e.location',
    geometryType: 'Point',
    properties: [
      { name: 'clave', sql: 'e.clave::text', type: 'string', description: 'Stable key.' },
      { name: 'nombre', sql: 'e.nombre::text', type: 'string', description: 'Name of the school.' },
      { name: 'programYear', sql: 'e.program_year::int', type: 'integer', description: 'Program (fiscal) year.' },
      { name: 'sessions', sql: 'e.sessions::int', type: 'integer', description: 'Sessions held.' },
      { name: 'participants', sql: 'e.participants::int', type: 'integer', description: 'Participants.' },
      ...coloniaProperties,
      ...territorialProperties,
    ],
    filters: [territorialFilter('t'), coloniaFilter],
  },
  improvements: {
    id: 'improvements',
    title: 'Public-space improvements',
    description: 'Public-space works: caminos de mujeres libres y seguras, ludicalles, parks and others.',
    from: 'public_space_improvement i JOIN colonia c ON c.id = i.colonia_id JOIN territorial t ON t.id = i.territorial_id',
    idSql: 'i.id',
    geomSql: 'i.geom',
    geometryType: 'Geometry',
    properties: [
      { name: 'clave', sql: 'i.clave::text', type: 'string', description: 'Stable key.' },
      { name: 'nombre', sql: 'i.nombre::text', type: 'string', description: 'Name of the work.' },
      {
        name: 'kind',
        sql: 'i.kind::text',
        type: 'string',
        description: 'Kind of work: CAMINO_MUJERES_LIBRES_SEGURAS, LUDICALLE, UTOPIA, …',
      },
      { name: 'status', sql: 'i.status::text', type: 'string', description: 'PLANNED, IN_PROGRESS or COMPLETED.' },
      {
        name: 'builtOn',
        sql: "to_char(i.built_on, 'YYYY-MM-DD')",
        type: 'date',
        description: 'Date the work was finished.',
      },
      ...coloniaProperties,
      ...territorialProperties,
    ],
    dateSql: 'i.built_on',
    filters: [
      territorialFilter('t'),
      coloniaFilter,
      { name: 'kind', description: 'Kind of work, e.g. LUDICALLE.', condition: equals('i.kind::text') },
      { name: 'status', description: 'PLANNED, IN_PROGRESS or COMPLETED.', condition: equals('i.status::text') },
    ],
  },
  workshops: {
    id: 'workshops',
    title: 'Participatory-planning workshops',
    description:
      'Talleres de planeación participativa; virtual workshops are placed inside their colonia (ST_PointOnSurface).',
    from: 'workshop w JOIN colonia c ON c.id = w.colonia_id JOIN territorial t ON t.id = w.territorial_id',
    idSql: 'w.id',
    geomSql: 'COALESCE(w.location, ST_PointOnSurface(c.geom))',
    // Both branches on a GiST index: the venue, or (virtual) the colonia's box.
    indexPrefilter: (box) => `(w.location && ${box} OR (w.location IS NULL AND c.geom && ${box}))`,
    geometryType: 'Point',
    properties: [
      { name: 'clave', sql: 'w.clave::text', type: 'string', description: 'Stable key.' },
      { name: 'heldOn', sql: "to_char(w.held_on, 'YYYY-MM-DD')", type: 'date', description: 'Date of the workshop.' },
      {
        name: 'modality',
        sql: 'w.modality::text',
        type: 'string',
        description: 'PRESENCIAL or VIRTUAL (placed inside its colonia).',
      },
      { name: 'participants', sql: 'w.participants::int', type: 'integer', description: 'Participants.' },
      ...coloniaProperties,
      ...territorialProperties,
    ],
    dateSql: 'w.held_on',
    filters: [
      territorialFilter('t'),
      coloniaFilter,
      { name: 'modality', description: 'PRESENCIAL or VIRTUAL.', condition: equals('w.modality::text') },
    ],
  },
  mercomuna: {
    id: 'mercomuna',
    title: 'Mercomuna',
    description: 'Mercomuna points: local shops and Liconsa dairies delivering food support.',
    from: 'mercomuna_point m JOIN colonia c ON c.id = m.colonia_id JOIN territorial t ON t.id = m.territorial_id',
    idSql: 'm.id',
    geomSql: 'm.location',
    geometryType: 'Point',
    properties: [
      { name: 'clave', sql: 'm.clave::text', type: 'string', description: 'Stable key.' },
      { name: 'nombre', sql: 'm.nombre::text', type: 'string', description: 'Name of the point.' },
      { name: 'kind', sql: 'm.kind::text', type: 'string', description: 'LECHERIA_LICONSA or OTHER.' },
      { name: 'period', sql: 'm.period::text', type: 'string', description: 'Delivery period: APR_MAY or SEP_DEC.' },
      ...coloniaProperties,
      ...territorialProperties,
    ],
    filters: [
      territorialFilter('t'),
      coloniaFilter,
      { name: 'kind', description: 'LECHERIA_LICONSA or OTHER.', condition: equals('m.kind::text') },
      { name: 'period', description: 'APR_MAY or SEP_DEC.', condition: equals('m.period::text') },
    ],
  },
};

/** Every property of a layer: its own, then its coverage figures. */
export function layerProperties(layer: LayerDefinition): LayerProperty[] {
  return [...layer.properties, ...(layer.coverage?.properties ?? [])];
}

export function isLayerId(value: string): value is LayerId {
  return (LAYER_IDS as readonly string[]).includes(value);
}

/** The layer for a client-given name; BAD_USER_INPUT naming the known ones otherwise. */
export function requireLayer(argument: string, value: string): LayerDefinition {
  if (!isLayerId(value))
    throw badInput(argument, `must be one of ${LAYER_IDS.join(', ')} (got "${value.slice(0, 40)}")`);
  return LAYERS[value];
}
