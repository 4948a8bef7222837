import { coloniaAtPointSql } from '../geo/point-in-colonia.sql';
import { intakeColumn as col } from '../import/tabular-columns';
import type { IntakeLayer } from '../import/tabular-layer';
import { ActivityKind } from './activity.enums';

/**
 * Field activities as a spreadsheet (`npm run import -- activities <file>`):
 * keyed by externalId when the row has one, else by folio + date + seq. The
 * colonia is the one named, or the one holding the point (lon, lat), or the
 * beneficiary's own. The daily rollup follows through the table's triggers.
 */
export const activitiesIntake: IntakeLayer = {
  id: 'activities',
  entity: 'activity',
  table: 'activity',
  description: 'Field activities: one row per activity, keyed by externalId, else folio + date + seq.',
  columns: [
    col.text('externalId', 'external_id', 64, {
      required: false,
      aliases: ['idExterno', 'id'],
      pattern: /^[\p{L}\p{N}][\p{L}\p{N}._:/-]*$/u,
      shape: 'letters, digits and . _ : / - (at most 64)',
      example: 'APP-2021-000001',
      description: "The sending system's id of the activity (optional; the key when given).",
    }),
    col.text('folio', 'folio', 20, {
      pattern: /^[A-Z0-9][A-Z0-9-]{2,19}$/,
      shape: '3–20 upper-case letters, digits or hyphens (e.g. BEN-2020-0001)',
      upper: true,
      aliases: ['beneficiario'],
      example: 'BEN-2020-0001',
      description: 'Folio of the beneficiary who carried it out.',
    }),
    col.date('date', 'held_on', {
      aliases: ['fecha', 'heldOn'],
      example: '2021-02-01',
      description: 'Day of the activity.',
    }),
    col.int('seq', 'seq', 1, 99, {
      aliases: ['secuencia', 'consecutivo'],
      example: '1',
      description: "Order among the beneficiary's activities of that day, from 1.",
    }),
    col.enumeration('kind', 'kind', Object.values(ActivityKind), {
      aliases: ['tipo', 'actividad'],
      example: 'DIFUSION_CASA_POR_CASA',
      description: `${Object.values(ActivityKind).join(', ')}.`,
    }),
    col.int('peopleReached', 'people_reached', 0, 100_000, {
      aliases: ['personas', 'personasAlcanzadas', 'people'],
      example: '5',
      description: 'People reached, 0 or more.',
    }),
    col.text('colonia', 'colonia', 24, {
      required: false,
      aliases: ['coloniaClave', 'claveColonia', 'cveut'],
      example: '07-001',
      description: "Clave of the colonia (optional: else the point's colonia, else the beneficiary's).",
    }),
    col.degrees('lon', 'lon', 180, {
      required: false,
      aliases: ['longitud', 'x'],
      example: '',
      description: 'WGS84 longitude of where it happened (optional, with lat).',
    }),
    col.degrees('lat', 'lat', 90, {
      required: false,
      aliases: ['latitud', 'y'],
      example: '',
      description: 'WGS84 latitude (with lon).',
    }),
  ],
  checkRow(row) {
    if ((row.lon === null) !== (row.lat === null))
      return [{ column: row.lon === null ? 'lon' : 'lat', reason: 'lon and lat go together: give both or neither' }];
    if (row.lon !== null && row.colonia !== null)
      return [{ column: 'colonia', reason: 'give the colonia or the point (lon, lat), not both' }];
    return [];
  },
  fileKeys: [
    { columns: 'externalId', exprs: ['s.external_id'], where: 's.external_id IS NOT NULL' },
    { columns: 'folio+date+seq', exprs: ['s.folio', 's.held_on', 's.seq'] },
  ],
  // The colonia: the one named, else the one holding the point, else the beneficiary's own.
  resolveSql: `SELECT s.*, b.id AS beneficiary_id, col.id AS colonia_id, col.territorial_id
                 FROM intake_raw s
                 LEFT JOIN beneficiary b ON b.folio = s.folio
                 LEFT JOIN colonia named ON named.clave = s.colonia
                 LEFT JOIN colonia col ON col.id = CASE WHEN s.colonia IS NOT NULL THEN named.id
                                                        WHEN s.lon IS NOT NULL THEN ${coloniaAtPointSql('s.lon', 's.lat')}
                                                        ELSE b.colonia_id END`,
  refusals: [
    { column: 'folio', value: 's.folio', reason: `'no beneficiary has this folio'`, when: 's.beneficiary_id IS NULL' },
    {
      column: 'colonia',
      value: 's.colonia',
      reason: `'no colonia has this clave'`,
      when: 's.colonia IS NOT NULL AND s.colonia_id IS NULL',
    },
    {
      column: 'lon',
      value: `s.lon || ', ' || s.lat`,
      reason: `'outside the alcaldía: the point lies in no colonia of Iztapalapa'`,
      when: 's.lon IS NOT NULL AND s.colonia_id IS NULL',
    },
  ],
  targetIdSql: `CASE WHEN s.external_id IS NOT NULL THEN (SELECT a.id FROM activity a WHERE a.external_id = s.external_id)
                     ELSE (SELECT a.id FROM activity a WHERE a.beneficiary_id = s.beneficiary_id AND a.held_on = s.held_on AND a.seq = s.seq) END`,
  afterMatch: [
    // A row found by its externalId whose folio + date + seq another activity holds.
    {
      column: 'seq',
      value: `s.folio || ' / ' || s.held_on || ' / ' || s.seq`,
      reason: `'folio+date+seq is already held by another activity' || COALESCE(' (externalId ' || (SELECT a.external_id FROM activity a WHERE a.beneficiary_id = s.beneficiary_id AND a.held_on = s.held_on AND a.seq = s.seq) || ')', '')`,
      when: `s.external_id IS NOT NULL AND EXISTS (SELECT 1 FROM activity a WHERE a.beneficiary_id = s.beneficiary_id AND a.held_on = s.held_on AND a.seq = s.seq AND a.id IS DISTINCT FROM s.target_id)`,
    },
  ],
  fields: [
    { field: 'externalId', column: 'external_id', source: 'COALESCE(s.external_id, t.external_id)' },
    { field: 'heldOn', column: 'held_on', source: 's.held_on' },
    { field: 'seq', column: 'seq', source: 's.seq' },
    { field: 'beneficiaryId', column: 'beneficiary_id', source: 's.beneficiary_id' },
    { field: 'coloniaId', column: 'colonia_id', source: 's.colonia_id' },
    { field: 'territorialId', column: 'territorial_id', source: 's.territorial_id' },
    { field: 'kind', column: 'kind', source: 's.kind' },
    { field: 'peopleReached', column: 'people_reached', source: 's.people_reached' },
  ],
};
