import { intakeColumn as col } from '../import/tabular-columns';
import type { IntakeLayer } from '../import/tabular-layer';
import { BeneficiaryRole, BeneficiaryStatus, Education, Occupation, Sex } from './beneficiary.enums';

/**
 * The padrón and its payments as spreadsheets (`npm run import -- beneficiaries|payments <file>`):
 * beneficiaries keyed by folio, payment rows by folio + row.
 */

const FOLIO = /^[A-Z0-9][A-Z0-9-]{2,19}$/;
const FOLIO_SHAPE = '3–20 upper-case letters, digits or hyphens (e.g. BEN-2020-0001)';
/** CURP layout (RENAPO): 4 letters, birth date, sex, state, 3 consonants, homonymy character, check digit. */
const CURP = /^[A-Z]{4}[0-9]{6}[HMX][A-Z]{2}[A-Z]{3}[A-Z0-9][0-9]$/;
const PHONE = /^\+?[0-9][0-9 -]{6,17}[0-9]$/;

const folioColumn = col.text('folio', 'folio', 20, {
  pattern: FOLIO,
  shape: FOLIO_SHAPE,
  upper: true,
  example: 'BEN-2020-0001',
  description: 'Program folio of the beneficiary (the key).',
});

const coloniaColumn = (description: string) =>
  col.text('colonia', 'colonia', 24, {
    aliases: ['coloniaClave', 'claveColonia', 'cveut'],
    example: '07-001',
    description,
  });

export const beneficiariesIntake: IntakeLayer = {
  id: 'beneficiaries',
  entity: 'beneficiary',
  table: 'beneficiary',
  description: 'The padrón: one row per beneficiary, keyed by folio.',
  columns: [
    folioColumn,
    col.int('programYear', 'program_year', 2000, 2100, {
      aliases: ['año', 'anio', 'ejercicio'],
      example: '2020',
      description: 'Program year.',
    }),
    col.enumeration('role', 'role', Object.values(BeneficiaryRole), {
      aliases: ['rol', 'figura'],
      example: 'PROMOTOR_COMUNITARIO',
      description: 'SERVIDOR_DEL_PUEBLO or PROMOTOR_COMUNITARIO (case, spaces and accents do not matter).',
    }),
    col.enumeration('sex', 'sex', Object.values(Sex), {
      aliases: ['sexo'],
      example: 'MUJER',
      description: 'MUJER or HOMBRE.',
    }),
    col.date('birthDate', 'birth_date', {
      aliases: ['fechaNacimiento', 'fechaDeNacimiento', 'nacimiento'],
      example: '1985-01-01',
      description: 'Birth date; at least 18 years before 1 January of the program year.',
    }),
    col.enumeration('education', 'education', Object.values(Education), {
      aliases: ['escolaridad'],
      example: 'SECUNDARIA',
      description: Object.values(Education).join(', ') + '.',
    }),
    col.enumeration('occupation', 'occupation', Object.values(Occupation), {
      aliases: ['ocupacion'],
      example: 'HOGAR',
      description: Object.values(Occupation).join(', ') + '.',
    }),
    coloniaColumn('Clave of the colonia of assignment (its territorial follows).'),
    col.enumeration('status', 'status', Object.values(BeneficiaryStatus), {
      required: false,
      aliases: ['estatus', 'situacion'],
      example: 'ACTIVE',
      description: 'ACTIVE (default) or BAJA.',
    }),
    col.date('bajaOn', 'baja_on', {
      required: false,
      aliases: ['fechaBaja', 'fechaDeBaja', 'baja'],
      example: '',
      description: 'Date of leaving: with status BAJA, and only then.',
    }),
    col.text('fullName', 'full_name', 160, {
      aliases: ['nombre', 'nombreCompleto'],
      example: 'Ana Pérez Gómez',
      description: 'Full name.',
    }),
    col.text('curp', 'curp', 18, {
      pattern: CURP,
      shape: 'an 18-character CURP (e.g. PEGA850101MDFRMN09)',
      upper: true,
      example: 'PEGA850101MDFRMN09',
      description: 'CURP; its date and sex must agree with birthDate and sex.',
    }),
    col.text('phone', 'phone', 20, {
      pattern: PHONE,
      shape: '8 to 19 digits (spaces, hyphens and a leading + allowed)',
      aliases: ['telefono'],
      example: '55 1234 5678',
      description: 'Phone.',
    }),
    col.text('address', 'address', 240, {
      aliases: ['domicilio', 'direccion'],
      example: 'Calle 5 de Mayo 12',
      description: 'Address.',
    }),
  ],
  checkRow(row) {
    const problems: { column: string; reason: string }[] = [];
    const status = (row.status as string | null) ?? BeneficiaryStatus.ACTIVE;
    if (status === BeneficiaryStatus.BAJA && row.baja_on === null)
      problems.push({ column: 'bajaOn', reason: 'is required when status is BAJA' });
    if (status === BeneficiaryStatus.ACTIVE && row.baja_on !== null)
      problems.push({ column: 'bajaOn', reason: 'must be empty when status is ACTIVE' });
    const adult = `${Number(row.program_year) - 18}-01-01`;
    if (String(row.birth_date) > adult)
      problems.push({ column: 'birthDate', reason: `must be on or before ${adult}: beneficiaries are adults` });
    const curp = String(row.curp);
    const born = String(row.birth_date);
    if (curp.slice(4, 10) !== `${born.slice(2, 4)}${born.slice(5, 7)}${born.slice(8, 10)}`)
      problems.push({
        column: 'curp',
        reason: `is not a valid CURP for this person: its date ${curp.slice(4, 10)} is not the birth date ${born}`,
      });
    else if (curp[10] !== (row.sex === Sex.MUJER ? 'M' : 'H') && curp[10] !== 'X')
      problems.push({
        column: 'curp',
        reason: `is not a valid CURP for this person: its sex letter ${curp[10]} does not match sex ${row.sex}`,
      });
    return problems;
  },
  fileKeys: [
    { columns: 'folio', exprs: ['s.folio'] },
    { columns: 'curp', exprs: ['s.curp', 's.program_year'] },
  ],
  resolveSql: `SELECT s.*, c.id AS colonia_id, c.territorial_id
                 FROM intake_raw s LEFT JOIN colonia c ON c.clave = s.colonia`,
  refusals: [
    { column: 'colonia', value: 's.colonia', reason: `'no colonia has this clave'`, when: 's.colonia_id IS NULL' },
    {
      column: 'curp',
      value: 's.curp',
      reason: `'is already enrolled in program year ' || s.program_year || ' under folio ' || (SELECT b.folio FROM beneficiary b WHERE b.curp = s.curp AND b.program_year = s.program_year)`,
      when: 'EXISTS (SELECT 1 FROM beneficiary b WHERE b.curp = s.curp AND b.program_year = s.program_year AND b.folio <> s.folio)',
    },
  ],
  targetIdSql: '(SELECT b.id FROM beneficiary b WHERE b.folio = s.folio)',
  fields: [
    { field: 'folio', column: 'folio', source: 's.folio' },
    { field: 'programYear', column: 'program_year', source: 's.program_year' },
    { field: 'role', column: 'role', source: 's.role' },
    { field: 'sex', column: 'sex', source: 's.sex' },
    { field: 'birthDate', column: 'birth_date', source: 's.birth_date' },
    { field: 'education', column: 'education', source: 's.education' },
    { field: 'occupation', column: 'occupation', source: 's.occupation' },
    { field: 'coloniaId', column: 'colonia_id', source: 's.colonia_id' },
    { field: 'territorialId', column: 'territorial_id', source: 's.territorial_id' },
    { field: 'status', column: 'status', source: `COALESCE(s.status, 'ACTIVE')` },
    { field: 'bajaOn', column: 'baja_on', source: 's.baja_on' },
    { field: 'fullName', column: 'full_name', source: 's.full_name' },
    { field: 'curp', column: 'curp', source: 's.curp' },
    { field: 'phone', column: 'phone', source: 's.phone' },
    { field: 'address', column: 'address', source: 's.address' },
  ],
};

export const paymentsIntake: IntakeLayer = {
  id: 'payments',
  entity: 'payment',
  table: 'payment',
  description: "Payment rows (ministraciones): one row per beneficiary's payment row, keyed by folio + row.",
  columns: [
    folioColumn,
    col.int('row', 'payment_row', 1, 13, {
      aliases: ['fila', 'ministracion', 'paymentRow'],
      example: '1',
      description: 'Payment row of the budget table, 1–13.',
    }),
    col.date('month', 'month', {
      aliases: ['mes'],
      example: '2020-02-01',
      description: 'First day of the month the row is paid in.',
    }),
    col.amount('amount', 'amount', 0.01, 1_000_000, {
      aliases: ['monto', 'importe'],
      example: '4000.00',
      description: 'Amount in MXN, more than 0, at most 2 decimals.',
    }),
  ],
  checkRow(row) {
    return String(row.month).endsWith('-01') ? [] : [{ column: 'month', reason: 'must be the first day of a month' }];
  },
  fileKeys: [{ columns: 'folio+row', exprs: ['s.folio', 's.payment_row'] }],
  resolveSql: 'SELECT s.*, b.id AS beneficiary_id FROM intake_raw s LEFT JOIN beneficiary b ON b.folio = s.folio',
  refusals: [
    { column: 'folio', value: 's.folio', reason: `'no beneficiary has this folio'`, when: 's.beneficiary_id IS NULL' },
  ],
  targetIdSql:
    '(SELECT p.id FROM payment p WHERE p.beneficiary_id = s.beneficiary_id AND p.payment_row = s.payment_row)',
  fields: [
    { field: 'beneficiaryId', column: 'beneficiary_id', source: 's.beneficiary_id' },
    { field: 'row', column: 'payment_row', source: 's.payment_row' },
    { field: 'month', column: 'month', source: 's.month' },
    { field: 'amount', column: 'amount', source: 's.amount' },
  ],
};
