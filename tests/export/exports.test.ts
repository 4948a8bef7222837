import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createApiKey } from '../../src/auth/api-keys';
import { Role } from '../../src/auth/role';
import { authHeaders } from '../helpers/auth';
import { uniqueKey } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';
import {
  ExportAlcaldiaCoverageDocument,
  ExportColoniasCoverageDocument,
  ExportColoniasCrimeDocument,
  ExportColoniasSeriesDocument,
  ExportTerritorialesCoverageDocument,
  ExportTerritorialesCrimeDocument,
  ExportTerritorialesSeriesDocument,
  type ExportCoverageFieldsFragment,
} from '../graphql/generated';

/**
 * Spreadsheet exports (GET /export/<table>, src/export/) read back by tools that did not write them: the XLSX by
 * Debian's python3-openpyxl (cell types, number formats, headers, the "Notas" sheet), the CSV by Python's csv
 * module after checking its BOM. Every figure is compared with the GraphQL API's answer to the same role
 * (PUBLIC: suppressed cells; ANALYST, by token and by API key: exact), and every bad request is refused before
 * any figure is read.
 */

const run = promisify(execFile);
const PYTHON = '/usr/bin/python3';

/** Every sheet's cells: type (n number, d date, s text), value, number format; and the sheet's view settings. */
const READ_XLSX = `
import sys, json, datetime, openpyxl
books = []
for path in sys.argv[1:]:
    wb = openpyxl.load_workbook(path)
    out = {'sheets': wb.sheetnames, 'cells': {}, 'freeze': {}, 'filter': {}}
    for ws in wb.worksheets:
        rows = []
        for row in ws.iter_rows():
            cells = []
            for c in row:
                v = c.value
                if v is None:
                    cells.append(None)
                elif isinstance(v, datetime.datetime):
                    cells.append({'t': 'd', 'v': v.isoformat(), 'f': c.number_format})
                elif isinstance(v, bool):
                    cells.append({'t': 'b', 'v': v})
                elif isinstance(v, (int, float)):
                    cells.append({'t': 'n', 'v': v, 'f': c.number_format})
                else:
                    cells.append({'t': 's', 'v': str(v)})
            rows.append(cells)
        out['cells'][ws.title] = rows
        out['freeze'][ws.title] = ws.freeze_panes
        out['filter'][ws.title] = ws.auto_filter.ref
    books.append(out)
print(json.dumps(books))
`;

/** The CSV's records as Python's csv module reads them (the BOM taken off by utf-8-sig). */
const READ_CSV = `
import sys, json, csv
files = []
for path in sys.argv[1:]:
    with open(path, encoding='utf-8-sig', newline='') as f:
        files.append(list(csv.reader(f)))
print(json.dumps(files))
`;

type XlsxCell = { t: 'n' | 'd' | 's' | 'b'; v: any; f?: string } | null;
interface Workbook {
  sheets: string[];
  cells: Record<string, XlsxCell[][]>;
  freeze: Record<string, string | null>;
  filter: Record<string, string | null>;
}

type Value = string | number | null;
/** A table read back: its headers, the column keys (from Notas), and each row by key. */
interface ReadTable {
  headers: string[];
  keys: string[];
  rows: Record<string, Value>[];
}

let server: TestServer;
let work: string;
let analyst: Record<string, string>;
let analystKey: Record<string, string>;
let listing: {
  formats: string[];
  maxRows: number;
  unitColumns: Record<string, { key: string; header: string; type: string }[]>;
  tables: {
    name: string;
    example: string;
    parameters: { name: string; required: boolean; values?: string[] }[];
    columns: { key: string; header: string; unit: string; type: string; fixed: boolean }[];
  }[];
};

beforeAll(async () => {
  server = await startTestServer();
  work = await mkdtemp(path.join(tmpdir(), 'territorio-exports-'));
  analyst = await authHeaders('ANALYST', undefined, 'test:export-analyst');
  analystKey = {
    'x-api-key': await createApiKey(server.dataSource, `test-export-${uniqueKey('K')}`, Role.ANALYST, null),
  };
  const res = await fetch(`${server.url}/export`);
  expect(res.status).toBe(200);
  listing = (await res.json()) as typeof listing;
});
afterAll(async () => {
  await server.dataSource.query(`DELETE FROM api_key WHERE name LIKE 'test-export-%'`);
  await rm(work, { recursive: true, force: true });
  await server.close();
});

interface Download {
  status: number;
  headers: Headers;
  body: Buffer;
  json?: { code: string; description: string };
}

async function download(pathAndQuery: string, headers: Record<string, string> = {}): Promise<Download> {
  const res = await fetch(`${server.url}${pathAndQuery}`, { headers });
  const body = Buffer.from(await res.arrayBuffer());
  const json = (res.headers.get('content-type') ?? '').startsWith('application/json')
    ? JSON.parse(body.toString('utf8'))
    : undefined;
  return { status: res.status, headers: res.headers, body, json };
}

async function saved(body: Buffer, extension: string): Promise<string> {
  const file = path.join(work, `${Math.random().toString(36).slice(2)}.${extension}`);
  await writeFile(file, body);
  return file;
}

/** Workbooks read by openpyxl, several per Python process. */
async function openpyxlMany(bodies: Buffer[]): Promise<Workbook[]> {
  const files = await Promise.all(bodies.map((body) => saved(body, 'xlsx')));
  const { stdout } = await run(PYTHON, ['-c', READ_XLSX, ...files], { maxBuffer: 256 * 1024 * 1024 });
  return JSON.parse(stdout) as Workbook[];
}

const openpyxl = async (body: Buffer) => (await openpyxlMany([body]))[0];

async function pythonCsvMany(bodies: Buffer[]): Promise<string[][][]> {
  const files = await Promise.all(bodies.map((body) => saved(body, 'csv')));
  const { stdout } = await run(PYTHON, ['-c', READ_CSV, ...files], { maxBuffer: 256 * 1024 * 1024 });
  return JSON.parse(stdout) as string[][][];
}

const pythonCsv = async (body: Buffer) => (await pythonCsvMany([body]))[0];

/** The value a cell holds: a number, a date as YYYY-MM-DD, a text, or null. */
function xlsxValue(cell: XlsxCell): Value {
  if (cell === null) return null;
  if (cell.t === 'd') return String(cell.v).slice(0, 10);
  return cell.v as Value;
}

/** The Datos sheet by column key (keys from the Notas sheet's column table). */
function datosTable(book: Workbook): ReadTable {
  const [header, ...rows] = book.cells.Datos;
  const headers = header.map((c) => String(c?.v));
  const notes = book.cells.Notas;
  const start = notes.findIndex((row) => row[0]?.v === 'Columna');
  const keyOf = new Map(notes.slice(start + 1).map((row) => [String(row[0]?.v), String(row[1]?.v)]));
  const keys = headers.map((h) => keyOf.get(h)!);
  return {
    headers,
    keys,
    rows: rows.map((row) => Object.fromEntries(keys.map((k, i) => [k, xlsxValue(row[i] ?? null)]))),
  };
}

/** Column key by header, from GET /export's listing of the table's columns. */
function keysByHeader(table: string): Map<string, { key: string; type: string }> {
  const all = new Map<string, { key: string; type: string }>();
  for (const c of Object.values(listing.unitColumns).flat()) all.set(c.header, { key: c.key, type: c.type });
  for (const c of listing.tables.find((t) => t.name === table)!.columns)
    all.set(c.header, { key: c.key, type: c.type });
  return all;
}

/** A CSV read back, by column key: numbers parsed from their text, '' as null. */
function csvTable(table: string, records: string[][]): ReadTable & { trailing: string[][] } {
  const [header, ...rows] = records;
  const known = keysByHeader(table);
  const width = header.length - 3;
  const columns = header.slice(0, width).map((h) => known.get(h)!);
  return {
    headers: header,
    keys: columns.map((c) => c.key),
    rows: rows.map((row) =>
      Object.fromEntries(
        columns.map((c, i) => [
          c.key,
          row[i] === '' ? null : c.type === 'text' || c.type === 'date' || c.type === 'month' ? row[i] : Number(row[i]),
        ]),
      ),
    ),
    trailing: rows.map((row) => row.slice(width)),
  };
}

/** A row's unit clave: the colonia's, else the territorial's, else the alcaldía. */
const claveOf = (row: Record<string, Value>) => String(row.coloniaClave ?? row.territorialClave ?? 'ALCALDIA');

function byClave(rows: Record<string, Value>[], keys: string[]): Map<string, Record<string, Value>> {
  return new Map(rows.map((row) => [claveOf(row), Object.fromEntries(keys.map((k) => [k, row[k]]))]));
}

/** The figures of the coverage export's columns, from a GraphQL Coverage. */
function coverageFigures(c: ExportCoverageFieldsFragment): Record<string, Value> {
  return {
    poblacion: c.poblacion,
    colonias: c.colonias,
    coloniasAttended: c.coloniasAttended,
    coverageRatio: c.coverageRatio,
    beneficiaries: c.beneficiaries.total,
    workshops: c.workshops.total,
    workshopParticipants: c.workshops.participants,
    workshopColonias: c.workshops.colonias,
    agendasInProgress: c.agendas.inProgress,
    agendasFinished: c.agendas.finished,
    agendasImplementing: c.agendas.implementing,
    ecosSchools: c.ecosSchools,
    ecosParticipants: c.ecosParticipants,
    ecosFacilitators: c.ecosFacilitators,
    ...Object.fromEntries(c.improvements.map((i) => [`improvements.${i.kind}`, i.count])),
    activities: c.activities,
    peopleReached: c.peopleReached,
    peopleReachedPer1000: c.peopleReachedPer1000,
    paymentsTotal: c.paymentsTotal,
  };
}

const COVERAGE_KEYS = () =>
  listing.tables
    .find((t) => t.name === 'coverage')!
    .columns.filter((c) => !c.fixed)
    .map((c) => c.key);

type Breakdown = 'byRole' | 'bySex' | 'byAgeGroup' | 'byEducation' | 'byOccupation';
const BREAKDOWN_TABLES: Record<Breakdown, string> = {
  byRole: 'beneficiaries-by-role',
  bySex: 'beneficiaries-by-sex',
  byAgeGroup: 'beneficiaries-by-age-group',
  byEducation: 'beneficiaries-by-education',
  byOccupation: 'beneficiaries-by-occupation',
};

function breakdownFigures(c: ExportCoverageFieldsFragment, dimension: Breakdown): Record<string, Value> {
  return {
    total: c.beneficiaries.total,
    ...Object.fromEntries(c.beneficiaries[dimension].map((cell) => [cell.key, cell.count])),
  };
}

/** GraphQL's coverage per colonia (clave) and per territorial, for a caller. */
async function graphqlCoverage(headers: Record<string, string>) {
  const colonias = await server.gql(ExportColoniasCoverageDocument, { year: 2020 }, headers);
  expect(colonias.errors).toBeUndefined();
  expect(colonias.data.colonias.edges.length).toBe(colonias.data.colonias.totalCount);
  const territoriales = await server.gql(
    ExportTerritorialesCoverageDocument,
    { from: '2020-01-01', to: '2020-12-31' },
    headers,
  );
  expect(territoriales.errors).toBeUndefined();
  const alcaldia = await server.gql(ExportAlcaldiaCoverageDocument, { year: 2020 }, headers);
  expect(alcaldia.errors).toBeUndefined();
  return {
    colonia: new Map(colonias.data.colonias.edges.map((e) => [e.node.clave, e.node.coverage])),
    territorial: new Map(territoriales.data.territoriales.map((t) => [t.clave, t.coverage])),
    alcaldia: new Map([['ALCALDIA', alcaldia.data.coverage]]),
  };
}

const CALLERS: [string, () => Record<string, string>][] = [
  ['PUBLIC (no credentials)', () => ({})],
  ['ANALYST (bearer token)', () => analyst],
  ['ANALYST (API key)', () => analystKey],
];

describe('GET /export', () => {
  it('lists every table with its parameters, columns and an example that answers', async () => {
    expect(listing.formats).toEqual(['csv', 'xlsx']);
    expect(listing.maxRows).toBe(20_000);
    expect(listing.tables.map((t) => t.name)).toEqual([
      'coverage',
      'beneficiaries-by-role',
      'beneficiaries-by-sex',
      'beneficiaries-by-age-group',
      'beneficiaries-by-education',
      'beneficiaries-by-occupation',
      'indicator-series',
      'crime-by-category-month',
    ]);
    for (const table of listing.tables) {
      expect(table.parameters.map((p) => p.name)).toEqual(
        expect.arrayContaining(['format', 'level', 'year', 'from', 'to', 'columns']),
      );
      expect(table.columns.length).toBeGreaterThan(2);
      const answer = await download(table.example);
      expect({ table: table.name, status: answer.status }).toEqual({ table: table.name, status: 200 });
    }
    const series = listing.tables.find((t) => t.name === 'indicator-series')!;
    expect(series.parameters.find((p) => p.name === 'code')).toMatchObject({ required: true });
    expect(series.parameters.find((p) => p.name === 'interval')?.values).toEqual([
      'MONTH',
      'QUARTER',
      'SEMESTER',
      'YEAR',
    ]);
  });
});

describe('XLSX read back by openpyxl', () => {
  it('coverage per colonia for a year: Spanish headers, numbers as numbers, the period and source in Notas', async () => {
    const answer = await download('/export/coverage?level=colonia&year=2020&format=xlsx');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(answer.headers.get('content-disposition')).toBe(
      'attachment; filename="coverage_colonia_2020-01-01_2020-12-31.xlsx"',
    );
    expect(answer.headers.get('cache-control')).toBe('private, no-store');
    const book = await openpyxl(answer.body);
    expect(book.sheets).toEqual(['Datos', 'Notas']);
    expect(book.freeze.Datos).toBe('A2');
    expect(book.filter.Datos).toMatch(/^A1:[A-Z]+1$/);

    const table = datosTable(book);
    expect(table.headers.slice(0, 6)).toEqual([
      'Clave territorial',
      'Dirección territorial',
      'Clave de la colonia',
      'Colonia',
      'Población (habitantes)',
      'Colonias',
    ]);
    expect(table.headers).toEqual(
      expect.arrayContaining([
        'Beneficiarios (personas)',
        'Apoyos económicos pagados (MXN)',
        'Espacios públicos mejorados: Utopías (obras)',
        'Cobertura (proporción de colonias atendidas, 0 a 1)',
      ]),
    );
    expect(table.rows.length).toBe(Number(answer.headers.get('x-export-rows')));

    // Every figure cell is a number with a number format; names are text.
    const datos = book.cells.Datos.slice(1);
    const column = (key: string) => datos.map((row) => row[table.keys.indexOf(key)]);
    for (const cell of column('beneficiaries')) expect(cell).toMatchObject({ t: 'n', f: '#,##0' });
    for (const cell of column('colonias')) expect(cell).toMatchObject({ t: 'n' });
    for (const cell of column('coverageRatio')) expect(cell).toMatchObject({ t: 'n', f: '#,##0.00##' });
    for (const cell of column('colonia')) expect(cell).toMatchObject({ t: 's' });
    expect(column('paymentsTotal').filter((c) => c !== null).length).toBeGreaterThan(0);
    for (const cell of column('paymentsTotal')) if (cell) expect(cell).toMatchObject({ t: 'n', f: '#,##0.00' });

    // Notas: title, the period as dates, the source, what an empty cell means to this caller, each column's unit.
    const notes = new Map(book.cells.Notas.map((row) => [row[0]?.v, row[1]]));
    expect(notes.get('Título')).toMatchObject({
      t: 's',
      v: 'Cobertura del programa por colonia',
    });
    expect(notes.get('Periodo desde')).toMatchObject({ t: 'd', v: '2020-01-01T00:00:00' });
    expect(notes.get('Periodo hasta')).toMatchObject({ t: 'd', v: '2020-12-31T00:00:00' });
    expect(notes.get('Fuente')?.v).toMatch(/Alcaldía Iztapalapa/);
    expect(notes.get('Consulta')?.v).toBe('/export/coverage?level=colonia&year=2020&format=xlsx');
    expect(notes.get('Generado (UTC)')).toMatchObject({ t: 'd' });
    expect(book.cells.Notas.some((row) => /Rol del solicitante: PUBLIC.*celda vacía/.test(String(row[1]?.v)))).toBe(
      true,
    );
    const columns = book.cells.Notas.slice(book.cells.Notas.findIndex((row) => row[0]?.v === 'Columna') + 1);
    expect(columns.find((row) => row[1]?.v === 'paymentsTotal')?.[2]).toMatchObject({ v: 'pesos (MXN)' });
  });

  it('indicator series: periods as dates, values as numbers, the indicator and its unit written', async () => {
    const answer = await download(
      '/export/indicator-series?code=PROPOSITO_PERSONAS_ALCANZADAS&interval=QUARTER&level=territorial&year=2020&format=xlsx',
    );
    expect(answer.status).toBe(200);
    const book = await openpyxl(answer.body);
    const [header, first] = book.cells.Datos;
    expect(header.map((c) => c?.v)).toEqual([
      'Clave territorial',
      'Dirección territorial',
      'Inicio del periodo',
      'Fin del periodo',
      'Valor (personas)',
      'Numerador',
      'Denominador',
    ]);
    expect(first[2]).toEqual({ t: 'd', v: '2020-01-01T00:00:00', f: 'yyyy-mm-dd' });
    expect(first[3]).toEqual({ t: 'd', v: '2020-03-31T00:00:00', f: 'yyyy-mm-dd' });
    expect(first[4]).toMatchObject({ t: 'n' });
    expect(book.cells.Datos.length).toBe(1 + 13 * 4);
    expect(book.cells.Notas.some((row) => /PROPOSITO_PERSONAS_ALCANZADAS/.test(String(row[1]?.v)))).toBe(true);
    expect(book.cells.Notas.some((row) => /^Unidad del valor: personas/.test(String(row[1]?.v)))).toBe(true);
  });

  it('crime by category and month: months as dates shown yyyy-mm, one numeric column per category', async () => {
    const answer = await download('/export/crime-by-category-month?level=alcaldia&year=2020&format=xlsx');
    expect(answer.status).toBe(200);
    const book = await openpyxl(answer.body);
    const [header, ...rows] = book.cells.Datos;
    expect(header.slice(0, 4).map((c) => c?.v)).toEqual([
      'Ámbito',
      'Mes',
      'Delitos, total (carpetas de investigación)',
      'Delitos de alto impacto (carpetas de investigación)',
    ]);
    expect(header.map((c) => c?.v)).toContain('HOMICIDIO DOLOSO (carpetas de investigación)');
    expect(rows.length).toBe(12);
    expect(rows.map((r) => r[1])).toEqual(
      Array.from({ length: 12 }, (_, m) => ({
        t: 'd',
        v: `2020-${String(m + 1).padStart(2, '0')}-01T00:00:00`,
        f: 'yyyy-mm',
      })),
    );
    for (const row of rows) for (const cell of row.slice(2)) expect(cell).toMatchObject({ t: 'n', f: '#,##0' });
    expect(book.cells.Notas.find((row) => row[0]?.v === 'Fuente')?.[1]?.v).toMatch(/FGJ-CDMX/);
  });
});

describe('CSV read back by Python', () => {
  it('is UTF-8 with a BOM, one table from the first line, the period and source on every row', async () => {
    const answer = await download('/export/coverage?level=territorial&from=2020-03-01&to=2020-08-31&format=csv');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect([...answer.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = answer.body.toString('utf8');
    expect(text).toContain('Población (habitantes)');
    expect(text.split('\r\n').length).toBe(1 + 13 + 1); // header, 13 territoriales, the final line break
    const records = await pythonCsv(answer.body);
    const table = csvTable('coverage', records);
    expect(table.headers.slice(-3)).toEqual(['Periodo desde', 'Periodo hasta', 'Fuente']);
    for (const trailing of table.trailing) {
      expect(trailing[0]).toBe('2020-03-01');
      expect(trailing[1]).toBe('2020-08-31');
      expect(trailing[2]).toMatch(/Alcaldía Iztapalapa/);
    }
    expect(table.rows.length).toBe(13);
    // Numbers as plain numbers: digits and a decimal point, nothing else.
    for (const row of records.slice(1))
      for (const field of row.slice(2, -3)) expect(field).toMatch(/^(-?[0-9]+(\.[0-9]+)?)?$/);
  });

  it('indicator series CSV: dates as YYYY-MM-DD', async () => {
    const answer = await download(
      '/export/indicator-series?code=FIN_DELITOS_ALTO_IMPACTO&interval=MONTH&level=alcaldia&year=2020&format=csv',
    );
    expect(answer.status).toBe(200);
    const records = await pythonCsv(answer.body);
    expect(records[0]).toEqual([
      'Ámbito',
      'Inicio del periodo',
      'Fin del periodo',
      'Valor (delitos por 100,000 habitantes)',
      'Numerador',
      'Denominador',
      'Periodo desde',
      'Periodo hasta',
      'Fuente',
    ]);
    expect(records.slice(1).map((r) => [r[1], r[2]])).toEqual(
      Array.from({ length: 12 }, (_, m) => {
        const month = String(m + 1).padStart(2, '0');
        const last = new Date(Date.UTC(2020, m + 1, 0)).toISOString().slice(0, 10);
        return [`2020-${month}-01`, last];
      }),
    );
    for (const row of records.slice(1)) expect(Number(row[3])).toBeGreaterThan(0);
    // The source is the indicator's data: the prosecutor's files for the crime rate.
    for (const row of records.slice(1)) expect(row[8]).toMatch(/^Carpetas de investigación .*FGJ-CDMX/);
  });
});

describe('the same figures as the GraphQL API, for the same role', () => {
  it.each(CALLERS)(
    'coverage and the beneficiary breakdowns per colonia, territorial, alcaldía: %s',
    async (_name, caller) => {
      const headers = caller();
      const expected = await graphqlCoverage(headers);
      const get = async (request: string) => {
        const answer = await download(request, headers);
        expect({ request, status: answer.status }).toEqual({ request, status: 200 });
        return answer.body;
      };
      const LEVELS = [
        ['colonia', 'year=2020'],
        ['territorial', 'from=2020-01-01&to=2020-12-31'],
        ['alcaldia', 'year=2020'],
      ] as const;

      // Coverage, every column, XLSX and CSV.
      const keys = COVERAGE_KEYS();
      const xlsx = await openpyxlMany(
        await Promise.all(
          LEVELS.map(([level, period]) => get(`/export/coverage?level=${level}&${period}&format=xlsx`)),
        ),
      );
      const csv = await pythonCsvMany(
        await Promise.all(LEVELS.map(([level, period]) => get(`/export/coverage?level=${level}&${period}&format=csv`))),
      );
      LEVELS.forEach(([level], i) => {
        const want = new Map([...expected[level]].map(([clave, c]) => [clave, coverageFigures(c)]));
        expect(byClave(datosTable(xlsx[i]).rows, keys)).toEqual(want);
        expect(byClave(csvTable('coverage', csv[i]).rows, keys)).toEqual(want);
      });

      // Each beneficiary breakdown: per colonia as XLSX, per territorial as CSV.
      const dimensions = Object.entries(BREAKDOWN_TABLES) as [Breakdown, string][];
      const perColonia = await openpyxlMany(
        await Promise.all(dimensions.map(([, table]) => get(`/export/${table}?level=colonia&year=2020&format=xlsx`))),
      );
      const perTerritorial = await pythonCsvMany(
        await Promise.all(
          dimensions.map(([, table]) => get(`/export/${table}?level=territorial&year=2020&format=csv`)),
        ),
      );
      let empty = 0;
      dimensions.forEach(([dimension, table], i) => {
        for (const [level, rows] of [
          ['colonia', datosTable(perColonia[i]).rows],
          ['territorial', csvTable(table, perTerritorial[i]).rows],
        ] as const) {
          const want = new Map([...expected[level]].map(([clave, c]) => [clave, breakdownFigures(c, dimension)]));
          const got = byClave(rows, Object.keys(want.values().next().value!));
          expect(got).toEqual(want);
          empty += [...got.values()].flatMap((row) => Object.values(row)).filter((v) => v === null).length;
        }
      });
      // PUBLIC sees suppressed (empty) cells, ANALYST none: the comparisons above are not between two exact tables.
      if (Object.keys(headers).length) expect(empty).toBe(0);
      else expect(empty).toBeGreaterThan(0);
    },
  );

  it.each(CALLERS)('indicator series per colonia and territorial, suppressed for PUBLIC: %s', async (_name, caller) => {
    const headers = caller();
    const cases = ['META_BENEFICIARIOS_SERVIDORES', 'PROPOSITO_PERSONAS_ALCANZADAS'].flatMap((code) =>
      (['colonia', 'territorial'] as const).map((level) => ({ code, level })),
    );
    const answers = await Promise.all(
      cases.map(({ code, level }) =>
        download(
          `/export/indicator-series?code=${code}&interval=SEMESTER&level=${level}&year=2020&format=xlsx`,
          headers,
        ),
      ),
    );
    for (const answer of answers) expect(answer.status).toBe(200);
    const books = await openpyxlMany(answers.map((a) => a.body));
    for (const [i, { code, level }] of cases.entries()) {
      const variables = { code, year: 2020, interval: 'SEMESTER' as const };
      const series =
        level === 'colonia'
          ? await server.gql(ExportColoniasSeriesDocument, variables, headers).then((r) => {
              expect(r.errors).toBeUndefined();
              return r.data.colonias.edges.map((e) => [e.node.clave, e.node.indicatorSeries] as const);
            })
          : await server.gql(ExportTerritorialesSeriesDocument, variables, headers).then((r) => {
              expect(r.errors).toBeUndefined();
              return r.data.territoriales.map((t) => [t.clave, t.indicatorSeries] as const);
            });
      const want = new Map(
        series.flatMap(([clave, periods]) => periods.map((p) => [`${clave} ${p.start} ${p.end}`, p])),
      );
      const got = new Map(
        datosTable(books[i]).rows.map((row) => [
          `${claveOf(row)} ${row.start} ${row.end}`,
          { start: row.start, end: row.end, value: row.value, numerator: row.numerator, denominator: row.denominator },
        ]),
      );
      expect(got).toEqual(want);
      if (code === 'META_BENEFICIARIOS_SERVIDORES' && level === 'colonia') {
        const hidden = [...got.values()].filter((p) => p.value === null).length;
        if (Object.keys(headers).length) expect(hidden).toBe(0);
        else expect(hidden).toBeGreaterThan(0);
      }
    }
  });

  it('crime by category and month per territorial and colonia: the totals, high impact and categories of GraphQL', async () => {
    const territoriales = await server.gql(ExportTerritorialesCrimeDocument, { from: '2020-01-01', to: '2020-12-31' });
    expect(territoriales.errors).toBeUndefined();
    // Crime is not suppressed for any role; an ANALYST has the cost budget for 293 colonias' months.
    const colonias = await server.gql(ExportColoniasCrimeDocument, { year: 2020 }, analyst);
    expect(colonias.errors).toBeUndefined();
    const homicides = await server.gql(ExportTerritorialesCrimeDocument, {
      from: '2020-01-01',
      to: '2020-12-31',
      category: 'HOMICIDIO_DOLOSO',
    });
    expect(homicides.errors).toBeUndefined();
    const units = {
      territorial: territoriales.data.territoriales.map((t) => [t.clave, t.crime] as const),
      colonia: colonias.data.colonias.edges.map((e) => [e.node.clave, e.node.crime] as const),
    };
    for (const level of ['territorial', 'colonia'] as const) {
      for (const format of ['xlsx', 'csv'] as const) {
        const answer = await download(`/export/crime-by-category-month?level=${level}&year=2020&format=${format}`);
        expect(answer.status).toBe(200);
        const rows =
          format === 'xlsx'
            ? datosTable(await openpyxl(answer.body)).rows
            : csvTable('crime-by-category-month', await pythonCsv(answer.body)).rows;
        const month = (row: Record<string, Value>) => String(row.month).slice(0, 7);
        // Monthly totals and high impact, as GraphQL's monthly.
        expect(new Map(rows.map((r) => [`${claveOf(r)} ${month(r)}`, [r.total, r.highImpact]]))).toEqual(
          new Map(
            units[level].flatMap(([clave, crime]) =>
              crime.monthly.map((m) => [`${clave} ${m.month}`, [m.total, m.highImpact]]),
            ),
          ),
        );
        // Each category over the year, as GraphQL's byCategory.
        const sums = new Map<string, Record<string, number>>();
        for (const row of rows) {
          const sum = sums.get(claveOf(row)) ?? {};
          for (const { key } of units[level][0][1].byCategory) sum[key] = (sum[key] ?? 0) + Number(row[key]);
          sums.set(claveOf(row), sum);
        }
        expect(sums).toEqual(
          new Map(
            units[level].map(([clave, crime]) => [
              clave,
              Object.fromEntries(crime.byCategory.map((c) => [c.key, c.count])),
            ]),
          ),
        );
        // One category per month, as GraphQL's crime(category:) monthly.
        if (level === 'territorial')
          expect(new Map(rows.map((r) => [`${claveOf(r)} ${month(r)}`, r.HOMICIDIO_DOLOSO]))).toEqual(
            new Map(
              homicides.data.territoriales.flatMap((t) =>
                t.crime.monthly.map((m) => [`${t.clave} ${m.month}`, m.total]),
              ),
            ),
          );
      }
    }
  });
});

describe('columns=', () => {
  it('writes the unit, then the columns named, in their order', async () => {
    const answer = await download(
      '/export/coverage?level=territorial&year=2020&format=csv&columns=paymentsTotal,beneficiaries,territorial',
    );
    expect(answer.status).toBe(200);
    const [header] = await pythonCsv(answer.body);
    expect(header).toEqual([
      'Clave territorial',
      'Dirección territorial',
      'Apoyos económicos pagados (MXN)',
      'Beneficiarios (personas)',
      'Periodo desde',
      'Periodo hasta',
      'Fuente',
    ]);
  });
});

describe('a constant number of SQL statements per export', () => {
  const requests = [
    'coverage?format=csv',
    'beneficiaries-by-sex?format=csv',
    'indicator-series?code=META_BENEFICIARIOS&interval=MONTH&format=csv',
    'crime-by-category-month?format=csv',
  ];
  it.each(requests)(
    '%s: the same for the alcaldía, 13 territoriales, 293 colonias, one year or two',
    async (request) => {
      for (const caller of [{}, analyst]) {
        const counts = new Set<number>();
        for (const level of ['territorial', 'colonia'])
          for (const period of ['year=2020', 'from=2019-01-01&to=2020-12-31']) {
            const answer = await download(`/export/${request}&level=${level}&${period}`, caller);
            expect(answer.status).toBe(200);
            counts.add(Number(answer.headers.get('x-sql-statements')));
          }
        expect(counts.size).toBe(1);
        const [count] = counts;
        expect(count).toBeLessThanOrEqual(2); // the units, the figures
        // The alcaldía has no unit statement.
        const alcaldia = await download(`/export/${request}&level=alcaldia&year=2020`, caller);
        expect(Number(alcaldia.headers.get('x-sql-statements'))).toBe(count - 1);
      }
    },
  );
});

describe('bad input: 400 or 413 with a JSON body naming the problem, before any figure is read', () => {
  const bad: [string, string, RegExp][] = [
    [
      'unknown table',
      '/export/personas?level=colonia&year=2020&format=csv',
      /^table "personas" is unknown; one of coverage, /,
    ],
    ['unknown format', '/export/coverage?level=colonia&year=2020&format=ods', /^format must be one of csv, xlsx/],
    ['no format', '/export/coverage?level=colonia&year=2020', /^format is required: one of csv, xlsx/],
    [
      'unknown level',
      '/export/coverage?level=manzana&year=2020&format=csv',
      /^level must be one of alcaldia, territorial, colonia/,
    ],
    ['no level', '/export/coverage?year=2020&format=csv', /^level is required/],
    [
      'unknown column',
      '/export/coverage?level=colonia&year=2020&format=csv&columns=beneficiaries,curp',
      /^columns has an unknown column "curp"; this table's columns: poblacion, /,
    ],
    [
      'no column',
      '/export/coverage?level=colonia&year=2020&format=csv&columns=,',
      /^columns must name at least one column/,
    ],
    [
      'unknown parameter',
      '/export/coverage?level=colonia&year=2020&format=csv&f=json',
      /^f is not a parameter of \/export\/coverage/,
    ],
    [
      'a parameter given twice',
      '/export/coverage?level=colonia&level=territorial&year=2020&format=csv',
      /^level must be given once/,
    ],
    ['no period', '/export/coverage?level=colonia&format=csv', /^from is required \(or give year\)/],
    [
      'year and from',
      '/export/coverage?level=colonia&year=2020&from=2020-01-01&format=csv',
      /^year is exclusive with from\/to/,
    ],
    ['from without to', '/export/coverage?level=colonia&from=2020-01-01&format=csv', /^to is required/],
    ['a bad year', '/export/coverage?level=colonia&year=20x0&format=csv', /^year must be a calendar year/],
    ['a bad date', '/export/coverage?level=colonia&from=2020-02-30&to=2020-12-31&format=csv', /^from /],
    [
      'from after to',
      '/export/coverage?level=colonia&from=2020-12-31&to=2020-01-01&format=csv',
      /^from must not be after to/,
    ],
    [
      'a period over 10 years',
      '/export/coverage?level=territorial&from=2010-01-01&to=2020-01-01&format=csv',
      /^to must be less than 10 years after from/,
    ],
    [
      'a crime period over 10 years',
      '/export/crime-by-category-month?level=alcaldia&from=2010-01-01&to=2021-06-30&format=xlsx',
      /^to must be less than 10 years after from/,
    ],
    [
      'an unknown indicator',
      '/export/indicator-series?code=NOPE&interval=MONTH&level=colonia&year=2020&format=csv',
      /^code unknown indicator "NOPE"; one of FIN_DELITOS_ALTO_IMPACTO/,
    ],
    ['no indicator', '/export/indicator-series?interval=MONTH&level=colonia&year=2020&format=csv', /^code is required/],
    [
      'an unknown interval',
      '/export/indicator-series?code=META_BENEFICIARIOS&interval=WEEK&level=colonia&year=2020&format=csv',
      /^interval must be one of MONTH, QUARTER, SEMESTER, YEAR/,
    ],
    [
      'an interval longer than the period',
      '/export/indicator-series?code=META_BENEFICIARIOS&interval=YEAR&level=colonia&from=2020-01-01&to=2020-03-31&format=csv',
      /^interval YEAR is longer than the window/,
    ],
  ];
  it.each(bad)('%s: 400', async (_name, request, message) => {
    const answer = await download(request);
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ code: 'BAD_USER_INPUT', description: expect.stringMatching(message) });
    // Nothing was asked of the database (the header counts the request's statements).
    expect(answer.headers.get('x-sql-statements')).toBe('0');
  });

  it('an export over the size limit: 413 naming the limit, after the units and before any figure', async () => {
    // 293 colonias × 72 months = 21,096 rows > 20,000.
    const answer = await download(
      '/export/indicator-series?code=META_BENEFICIARIOS&interval=MONTH&level=colonia&from=2015-01-01&to=2020-12-31&format=xlsx',
    );
    expect(answer.status).toBe(413);
    expect(answer.json).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      description: expect.stringMatching(
        /^The export would have 21096 rows, over the limit of 20000 rows \(EXPORT_MAX_ROWS\)/,
      ),
    });
    expect(answer.headers.get('x-sql-statements')).toBe('1');
    // Quarters over the same years fit.
    const quarters = await download(
      '/export/indicator-series?code=META_BENEFICIARIOS&interval=QUARTER&level=colonia&from=2015-01-01&to=2020-12-31&format=csv',
    );
    expect(quarters.status).toBe(200);
    expect(quarters.headers.get('x-export-rows')).toBe(String(293 * 24));
  });

  it('the limit is the setting EXPORT_MAX_ROWS', async () => {
    process.env.EXPORT_MAX_ROWS = '12';
    const small = await startTestServer();
    try {
      const res = await fetch(`${small.url}/export/coverage?level=territorial&year=2020&format=xlsx`);
      expect(res.status).toBe(413);
      expect(await res.json()).toEqual({
        code: 'PAYLOAD_TOO_LARGE',
        description: expect.stringContaining('13 rows, over the limit of 12 rows (EXPORT_MAX_ROWS)'),
      });
      expect((await fetch(`${small.url}/export/coverage?level=alcaldia&year=2020&format=xlsx`)).status).toBe(200);
    } finally {
      delete process.env.EXPORT_MAX_ROWS;
      await small.close();
    }
  });

  it('bad credentials: 401, never a silent downgrade to PUBLIC', async () => {
    const answer = await download('/export/coverage?level=territorial&year=2020&format=csv', {
      authorization: 'Bearer not-a-token',
    });
    expect(answer.status).toBe(401);
    const key = await download('/export/coverage?level=territorial&year=2020&format=csv', {
      'x-api-key': `tk_${'x'.repeat(43)}`,
    });
    expect(key.status).toBe(401);
  });
});
