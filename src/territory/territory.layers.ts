import {
  coloniaFilter,
  type LayerProperty,
  property,
  tableLayer,
  territorialFilter,
  territorialProperties,
} from '../geo/layers';
import { POLYGONAL, derived, integer, type ImportAttribute, type ImportLayer } from '../import/import-layers';
import { parseUnitName } from '../placement/colonia-tipo';
import { COLONIA_TABLE, TERRITORIAL_TABLE } from './territory.write.service';

const areaProperty = (alias: string): LayerProperty =>
  property.number('areaKm2', `${alias}.area_km2`, 'Area in km² (on the spheroid).');

/** Aliases: `t` (territorial). Coverage and fin-indicator add their figures as layer extensions. */
export const territorialesLayer = tableLayer('territoriales', 'territorial', 't', {
  title: 'Direcciones territoriales',
  description:
    "The 13 direcciones territoriales of Iztapalapa (illustrative demo division), with the program's coverage.",
  geometry: { sql: 't.geom', type: 'MultiPolygon' },
  properties: [
    property.text('clave', 't.clave', 'Stable key, e.g. TER-03.'),
    property.text('nombre', 't.nombre', 'Name, e.g. ACULCO.'),
    areaProperty('t'),
  ],
  filters: [territorialFilter('t')],
});

/** Aliases: `c` (colonia), `t` (its territorial). Coverage and fin-indicator add their figures as layer extensions. */
export const coloniasLayer = tableLayer('colonias', 'colonia', 'c', {
  title: 'Colonias',
  description: "The 293 colonias of Iztapalapa with their dirección territorial and the program's coverage.",
  joins: ['JOIN territorial t ON t.id = c.territorial_id'],
  geometry: { sql: 'c.geom', type: 'MultiPolygon' },
  properties: [
    property.text('clave', 'c.clave', 'IECM clave of the unit (cveut), e.g. 07-196.'),
    property.text('nombre', 'c.nombre', 'Name.'),
    areaProperty('c'),
    ...territorialProperties,
  ],
  filters: [territorialFilter('t'), coloniaFilter],
});

export const territorialesImport: ImportLayer = {
  id: 'territoriales',
  table: TERRITORIAL_TABLE.table,
  entity: TERRITORIAL_TABLE.entity,
  boundary: true,
  geomColumn: 'geom',
  geomField: 'geometry',
  nameMax: 120,
  claveMax: 16,
  attributes: [],
  geometryTypes: () => POLYGONAL,
};

/** A colonia's IECM attributes: display name and kind from its name; district and population when the file has them. */
const COLONIA_IMPORT_ATTRIBUTES: ImportAttribute[] = [
  derived('display_name', 'displayName', (nombre) => parseUnitName(nombre).displayName),
  derived('tipo', 'tipo', (nombre) => parseUnitName(nombre).tipo),
  { ...integer('distritoLocal', 'distrito_local', 'distritoLocal', 1, 99), optional: true, iecmProperty: 'dttoloc' },
  { ...integer('poblacion', 'poblacion', 'poblacion', 0, 10_000_000), optional: true, iecmProperty: 'pob' },
];

export const coloniasImport: ImportLayer = {
  id: 'colonias',
  table: COLONIA_TABLE.table,
  entity: COLONIA_TABLE.entity,
  boundary: true,
  geomColumn: 'geom',
  geomField: 'geometry',
  nameMax: 160,
  claveMax: 80,
  attributes: COLONIA_IMPORT_ATTRIBUTES,
  geometryTypes: () => POLYGONAL,
};
