import { coloniaAtPointSql, pointValueSql } from '../geo/point-in-colonia.sql';
import { intakeColumn as col } from '../import/tabular-columns';
import type { IntakeLayer, Refusal } from '../import/tabular-layer';
import { AgendaStatus, WorkshopModality } from './workshop.enums';

/**
 * Workshops and agendas as spreadsheets (`npm run import -- workshops|agendas <file>`):
 * a workshop is keyed by colonia + date + modality, an agenda by colonia + program year.
 */

const CLAVE = /^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/;

const coloniaColumn = col.text('colonia', 'colonia', 24, {
  aliases: ['coloniaClave', 'claveColonia', 'cveut'],
  example: '07-001',
  description: 'Clave of the colonia (its territorial follows).',
});

const claveColumn = (example: string) =>
  col.text('clave', 'clave', 24, {
    pattern: CLAVE,
    shape: `letters or digits joined by single hyphens, at most 24 (e.g. ${example})`,
    upper: true,
    example,
    description: 'Stable key of the row (unique).',
  });

/** Rows whose clave another row (not the one they update) already has. */
const claveTaken = (table: string): Refusal => ({
  column: 'clave',
  value: 's.clave',
  reason: `'already belongs to another ${table} (id ' || (SELECT o.id FROM "${table}" o WHERE o.clave = s.clave) || ')'`,
  when: `EXISTS (SELECT 1 FROM "${table}" o WHERE o.clave = s.clave AND o.id IS DISTINCT FROM s.target_id)`,
});

const unknownColonia: Refusal = {
  column: 'colonia',
  value: 's.colonia',
  reason: `'no colonia has this clave'`,
  when: 's.colonia_id IS NULL',
};

export const workshopsIntake: IntakeLayer = {
  id: 'workshops',
  entity: 'workshop',
  table: 'workshop',
  description: 'Talleres de planeación participativa with their participants, keyed by colonia + date + modality.',
  columns: [
    claveColumn('TAL-2020-001'),
    coloniaColumn,
    col.date('date', 'held_on', {
      aliases: ['fecha', 'heldOn'],
      example: '2020-03-14',
      description: 'Day of the workshop.',
    }),
    col.enumeration('modality', 'modality', Object.values(WorkshopModality), {
      aliases: ['modalidad'],
      example: 'PRESENCIAL',
      description: 'PRESENCIAL (with lon, lat of the venue) or VIRTUAL (without).',
    }),
    col.int('participants', 'participants', 0, 100_000, {
      aliases: ['participantes', 'asistentes'],
      example: '25',
      description: 'Participants, 0 or more.',
    }),
    col.degrees('lon', 'lon', 180, {
      required: false,
      aliases: ['longitud', 'x'],
      example: '-99.0561',
      description: 'WGS84 longitude of the venue (PRESENCIAL).',
    }),
    col.degrees('lat', 'lat', 90, {
      required: false,
      aliases: ['latitud', 'y'],
      example: '19.3574',
      description: 'WGS84 latitude of the venue (PRESENCIAL).',
    }),
  ],
  checkRow(row) {
    const hasPoint = row.lon !== null && row.lat !== null;
    if ((row.lon === null) !== (row.lat === null))
      return [{ column: row.lon === null ? 'lon' : 'lat', reason: 'lon and lat go together: give both or neither' }];
    if (row.modality === WorkshopModality.PRESENCIAL && !hasPoint)
      return [{ column: 'lon', reason: 'is required for a PRESENCIAL workshop (the venue), with lat' }];
    if (row.modality === WorkshopModality.VIRTUAL && hasPoint)
      return [{ column: 'lon', reason: 'must be empty for a VIRTUAL workshop (it has no venue)' }];
    return [];
  },
  fileKeys: [
    { columns: 'colonia+date+modality', exprs: ['s.colonia', 's.held_on', 's.modality'] },
    { columns: 'clave', exprs: ['s.clave'] },
  ],
  resolveSql: `SELECT s.*, c.id AS colonia_id, c.territorial_id,
                      CASE WHEN s.lon IS NOT NULL THEN ${coloniaAtPointSql('s.lon', 's.lat')} END AS venue_colonia_id
                 FROM intake_raw s LEFT JOIN colonia c ON c.clave = s.colonia`,
  refusals: [
    unknownColonia,
    {
      column: 'lon',
      value: `s.lon || ', ' || s.lat`,
      reason: `'outside the alcaldía: the venue lies in no colonia of Iztapalapa'`,
      when: 's.lon IS NOT NULL AND s.venue_colonia_id IS NULL',
    },
  ],
  targetIdSql: `(SELECT w.id FROM workshop w WHERE w.colonia_id = s.colonia_id AND w.held_on = s.held_on AND w.modality = s.modality
                 ORDER BY w.id LIMIT 1)`,
  afterMatch: [claveTaken('workshop')],
  fields: [
    { field: 'clave', column: 'clave', source: 's.clave' },
    { field: 'coloniaId', column: 'colonia_id', source: 's.colonia_id' },
    { field: 'territorialId', column: 'territorial_id', source: 's.territorial_id' },
    { field: 'heldOn', column: 'held_on', source: 's.held_on' },
    { field: 'modality', column: 'modality', source: 's.modality' },
    { field: 'participants', column: 'participants', source: 's.participants' },
    {
      field: 'location',
      column: 'location',
      source: `CASE WHEN s.lon IS NOT NULL THEN ${pointValueSql('s.lon', 's.lat')} END`,
    },
  ],
};

export const agendasIntake: IntakeLayer = {
  id: 'agendas',
  entity: 'agenda',
  table: 'agenda',
  description: 'Agendas de Desarrollo Local Comunitario, one per colonia and program year (the key).',
  columns: [
    claveColumn('ADL-2020-001'),
    coloniaColumn,
    col.int('programYear', 'program_year', 2000, 2100, {
      aliases: ['año', 'anio', 'ejercicio'],
      example: '2020',
      description: 'Program year.',
    }),
    col.enumeration('status', 'status', Object.values(AgendaStatus), {
      aliases: ['estatus', 'estado'],
      example: 'IN_PROGRESS',
      description: `${Object.values(AgendaStatus).join(', ')}.`,
    }),
  ],
  fileKeys: [
    { columns: 'colonia+programYear', exprs: ['s.colonia', 's.program_year'] },
    { columns: 'clave', exprs: ['s.clave'] },
  ],
  resolveSql: 'SELECT s.*, c.id AS colonia_id FROM intake_raw s LEFT JOIN colonia c ON c.clave = s.colonia',
  refusals: [unknownColonia],
  targetIdSql: '(SELECT a.id FROM agenda a WHERE a.colonia_id = s.colonia_id AND a.program_year = s.program_year)',
  afterMatch: [claveTaken('agenda')],
  fields: [
    { field: 'clave', column: 'clave', source: 's.clave' },
    { field: 'coloniaId', column: 'colonia_id', source: 's.colonia_id' },
    { field: 'programYear', column: 'program_year', source: 's.program_year' },
    { field: 'status', column: 'status', source: 's.status' },
  ],
};
