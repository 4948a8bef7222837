import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { INDICATORS } from '../../src/indicator/indicator.catalogue';
import {
  AGE_GROUP_LABEL,
  EDUCATION_LABEL,
  OCCUPATION_LABEL,
  ROLE_LABEL,
  SEX_LABEL,
} from '../../src/report/report.labels';
import { projectRoot } from '../../src/web/web-assets';
import { authHeaders } from '../helpers/auth';
import { launchChromium, watchPage } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { ReportTerritorialBreakdownsDocument, type ReportTerritorialBreakdownsQuery } from '../graphql/generated';

/**
 * GET /reporte/2020 printed to PDF by Debian's Chromium, read back with poppler's `pdftotext -layout`: the
 * 2020 report's figures (tests/fixtures/program-2020.json, the test's own copy of the report's tables) are
 * in the printed text, one page per territorial ficha, table heads repeated, small cells suppressed exactly
 * as the API suppresses them for the caller (PUBLIC, then ANALYST).
 */

const report = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'program-2020.json'), 'utf8'));

const n = (value: number) => new Intl.NumberFormat('es-MX').format(value);
const mxn = (value: number) => new Intl.NumberFormat('es-MX', { style: 'currency', currency: 'MXN' }).format(value);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A row of a printed table: its label, then these cells, separated by the layout's spaces. */
const row = (label: string, ...cells: string[]) =>
  new RegExp(`(^|\\s)${escape(label)}${cells.map((c) => `\\s+${escape(c)}`).join('')}(\\s|$)`, 'm');
/** The first cell after a label on a printed page. */
const cellAfter = (page: string, label: string) =>
  new RegExp(`(?:^|\\s)${escape(label)}\\s+(\\S+)`, 'm').exec(page)?.[1];

const FICHA = /FICHA TERRITORIAL (\d+) DE (\d+)/gi;
const NAMES: string[] = report.beneficiaries_by_territorial.map((t: { territorial: string }) => t.territorial);

let server: TestServer;
let browser: Browser;
let analyst: Record<string, string>;
const work = mkdtempSync(join(tmpdir(), 'reporte-'));

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  analyst = await authHeaders('ANALYST');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

interface Printed {
  pdf: string;
  pages: string[];
}

/** The page as Chromium prints it (the page's own @page size), and its text page by page. */
async function print(name: string, headers: Record<string, string> = {}): Promise<Printed> {
  const context = await browser.newContext({ extraHTTPHeaders: headers });
  try {
    const page = await context.newPage();
    const watch = watchPage(page, server.url);
    const response = await page.goto(`${server.url}/reporte/2020`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toBe('text/html; charset=utf-8');
    const pdf = join(work, `${name}.pdf`);
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    // Everything the page used came from the server itself (its stylesheet), nothing failed.
    expect(watch.outsideRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.requests.some((url) => url.endsWith('/reporte/reporte.css'))).toBe(true);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const pages = text.split('\f');
    if (pages[pages.length - 1].trim() === '') pages.pop();
    return { pdf, pages };
  } finally {
    await context.close();
  }
}

/** The printed pages of the ficha of each territorial, in the report's order (one page each). */
function fichaPages(pages: string[]): string[] {
  const fichas = pages.filter((p) => [...p.matchAll(FICHA)].length > 0);
  expect(fichas.map((p) => [...p.matchAll(FICHA)].map((m) => `${m[1]}/${m[2]}`))).toEqual(
    NAMES.map((_, i) => [`${i + 1}/${NAMES.length}`]),
  );
  // The fichas close the report, each on one page: none runs over onto the next.
  expect(pages.slice(-NAMES.length)).toEqual(fichas);
  return fichas;
}

type Territorial = ReportTerritorialBreakdownsQuery['territoriales'][number];

/** Every breakdown cell of a ficha is the API's answer for the same caller: its count, or * where it is null. */
function expectFichaCellsAsTheApi(page: string, territorial: Territorial): number {
  const b = territorial.coverage.beneficiaries;
  const dimensions: [Record<string, string>, { key: string; count: number | null }[]][] = [
    [ROLE_LABEL, b.byRole],
    [SEX_LABEL, b.bySex],
    [AGE_GROUP_LABEL, b.byAgeGroup],
    [EDUCATION_LABEL, b.byEducation],
    [OCCUPATION_LABEL, b.byOccupation],
  ];
  let hidden = 0;
  for (const [labels, cells] of dimensions)
    for (const cell of cells) {
      if (cell.count === null) hidden++;
      expect({ cell: labels[cell.key], printed: cellAfter(page, labels[cell.key]) }).toEqual({
        cell: labels[cell.key],
        printed: cell.count === null ? '*' : n(cell.count),
      });
    }
  expect(cellAfter(page, 'Total de beneficiarios facilitadores')).toBe(n(b.total));
  expect(page).toMatch(
    row(
      `Pagos a beneficiarios 2020`,
      territorial.coverage.paymentsTotal === null ? '*' : mxn(territorial.coverage.paymentsTotal),
    ),
  );
  return hidden;
}

async function apiTerritoriales(headers: Record<string, string> = {}) {
  const result = await server.gql(
    ReportTerritorialBreakdownsDocument,
    { from: '2020-01-01', to: '2020-12-31' },
    headers,
  );
  expect(result.errors).toBeUndefined();
  return result.data.territoriales;
}

describe('printed as PUBLIC', () => {
  let printed: Printed;
  beforeAll(async () => {
    printed = await print('publico');
    if (process.env.UPDATE_DOCS === '1')
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        printed.pdf,
        join(projectRoot(), 'docs', 'reporte'),
      ]);
  });

  it('has the beneficiaries by territorial and by figure, with their payments, on the first page', () => {
    const [first] = printed.pages;
    for (const t of report.beneficiaries_by_territorial)
      expect(first).toMatch(row(t.territorial, n(t.servidores_del_pueblo), n(t.promotores_comunitarios), n(t.total)));
    const totals = report.beneficiaries_totals;
    expect(first).toMatch(
      row(
        'TOTAL',
        n(totals.servidores_del_pueblo),
        n(totals.promotores_comunitarios),
        n(totals.total),
        mxn(report.budget.approved_2020),
      ),
    );
  });

  it('has the distributions by sex, age, schooling and occupation, as the report words them', () => {
    const [first] = printed.pages;
    for (const table of [
      report.beneficiaries_by_sex,
      report.beneficiaries_by_age_group,
      report.beneficiaries_by_education,
      report.beneficiaries_by_occupation,
    ]) {
      for (const [label, value] of Object.entries(table)) expect(first).toMatch(row(label, n(value as number)));
      const sum = Object.values(table).reduce((s: number, v) => s + (v as number), 0);
      expect(sum).toBe(report.beneficiaries_totals.total);
    }
    // (pdftotext writes the no-break space before % as a space.)
    expect(first).toMatch(row('TOTAL', n(report.beneficiaries_totals.total), '100 %'));
  });

  it('has the budget, approved, exercised and paid; the monthly detail only for ANALYST', () => {
    const text = printed.pages.join('\f');
    const b = report.budget;
    expect(text).toMatch(
      row('Apoyos económicos a beneficiarios', mxn(b.approved_2020), mxn(b.exercised_2020), mxn(b.approved_2020)),
    );
    expect(text).not.toMatch(/Monto pagado \(MXN\)/);
    expect(text).toMatch(/detalle mensual se muestra con una credencial de rol ANALYST/);
  });

  it('has the workshops, the agendas (10 implementing are a part of the 20 finished), the ECOS and the public spaces', () => {
    const text = printed.pages.slice(0, -NAMES.length).join('\f');
    const p = report.participatory_planning;
    expect(text).toMatch(row('unidades habitacionales con talleres', n(p.colonias_with_workshops)));
    expect(text).toMatch(row('Participantes en los talleres (vecinas y vecinos)', n(p.participants_approx)));
    expect(text).toMatch(
      row('Agendas de Desarrollo Local Comunitario terminadas', n(p.agendas_desarrollo_local_completed)),
    );
    expect(text).toMatch(row('de ellas, implementando proyectos', n(p.agendas_implementing_projects)));
    expect(text).toMatch(
      row('Agendas en elaboración', n(p.colonias_with_workshops - p.agendas_desarrollo_local_completed)),
    );
    expect(text).toMatch(row('Escuelas de Ciudadanía y Organización Social (ECOS)', n(report.ecos.schools)));
    expect(text).toMatch(
      row('Direcciones territoriales con ECOS', `${n(report.ecos.territoriales_covered)} de ${n(NAMES.length)}`),
    );
    expect(text).toMatch(
      row(
        'Facilitadores formados en Educación Popular en las ECOS',
        n(report.ecos.facilitators_trained_in_popular_education),
      ),
    );
    const spaces = report.public_space_improvements;
    const kinds: [string, number | null][] = [
      ['Lavamanos en tianguis y espacios públicos', spaces['LAVAMANOS (tianguis y espacios públicos)']],
      ['Dotación gratuita de agua en pipas', spaces['DOTACION GRATUITA DE AGUA EN PIPAS']],
      ['Caminos de mujeres libres y seguras', spaces['CAMINOS DE MUJERES LIBRES Y SEGURAS']],
      ['Ludicalles', spaces.LUDICALLES],
      ['Utopías', spaces.UTOPIAS],
    ];
    // Improved and in use, then under way and planned (none in the report): S/D where the report has no figure.
    for (const [label, value] of kinds)
      expect(text).toMatch(value === null ? row(label, 'S/D', 'S/D', 'S/D') : row(label, n(value), '0', '0'));
    // The components by territorial, their TOTAL row: colonias attended, workshops (any number), participants,
    // agendas finished / implementing / in progress, ECOS, public spaces improved and in use.
    const attended = n(report.program.colonias_attended);
    const inUse = kinds.reduce((sum, [, value]) => sum + (value ?? 0), 0);
    expect(text).toMatch(
      new RegExp(
        `^\\s*TOTAL\\s+${attended} de ${attended}\\s+\\d+\\s+` +
          [
            p.participants_approx,
            p.agendas_desarrollo_local_completed,
            p.agendas_implementing_projects,
            p.colonias_with_workshops - p.agendas_desarrollo_local_completed,
            report.ecos.schools,
            inUse,
          ]
            .map(n)
            .join('\\s+') +
          '\\s*$',
        'm',
      ),
    );
  });

  it('lists every indicator with its method, baseline and goal, the table head on every page it runs over', () => {
    const pages = printed.pages.filter((p) => /Método de cálculo:/.test(p));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toMatch(/Nivel\s+Indicador y método de cálculo\s+Línea de/);
    const text = pages.join('\n');
    expect(text.match(/Método de cálculo:/g)).toHaveLength(INDICATORS.length);
    const fin = report.indicators.fin;
    expect(text).toMatch(new RegExp(`\\s${escape(String(fin.ids_2015.value))} índice`));
    expect(text).toMatch(new RegExp(`\\s${escape(String(fin.high_impact_crime_change_2019_vs_2018_pct))} %`));
    expect(text).toMatch(
      new RegExp(`\\s${escape(n(report.indicators.proposito.participation_baseline_people))}\\s+personas`),
    );
    expect(text).toMatch(new RegExp(`\\s${n(report.indicators.proposito.public_spaces_improved_baseline)} obras`));
    for (const goal of [
      report.beneficiaries_totals.total,
      report.beneficiaries_totals.servidores_del_pueblo,
      report.beneficiaries_totals.promotores_comunitarios,
    ])
      expect(text).toMatch(new RegExp(`\\s${escape(n(goal))} personas`));
    expect(text).toContain(mxn(report.budget.approved_2020));
  });

  it('prints one page per territorial ficha, with its figures; small cells suppressed as the API does for PUBLIC', async () => {
    const fichas = fichaPages(printed.pages);
    const api = await apiTerritoriales();
    let hidden = 0;
    report.beneficiaries_by_territorial.forEach((t: any, i: number) => {
      const page = fichas[i];
      expect(page).toContain(t.territorial);
      for (const other of NAMES.filter((name) => name !== t.territorial && !t.territorial.includes(name)))
        expect(page).not.toContain(other);
      expect(page).toMatch(row(ROLE_LABEL.SERVIDOR_DEL_PUEBLO, n(t.servidores_del_pueblo)));
      expect(page).toMatch(row(ROLE_LABEL.PROMOTOR_COMUNITARIO, n(t.promotores_comunitarios)));
      expect(page).toMatch(row('Total de beneficiarios facilitadores', n(t.total)));
      const territorial = api.find((a) => a.nombre === t.territorial)!;
      hidden += expectFichaCellsAsTheApi(page, territorial);
    });
    // The demo data has small cells in some territoriales: the public print hides them, and says so.
    expect(hidden).toBeGreaterThan(0);
    expect(printed.pages[0]).toMatch(/Cifras públicas: las celdas de 1 a 4 personas/);
  });
});

describe('printed as ANALYST', () => {
  let printed: Printed;
  beforeAll(async () => {
    printed = await print('analista', analyst);
  });

  it('has the exact figures: every ficha cell as the API answers an ANALYST, none suppressed', async () => {
    const fichas = fichaPages(printed.pages);
    const api = await apiTerritoriales(analyst);
    fichas.forEach((page, i) => {
      const territorial = api.find((a) => a.nombre === NAMES[i])!;
      expect(expectFichaCellsAsTheApi(page, territorial)).toBe(0);
    });
    expect(printed.pages.join('\f')).not.toMatch(/\s\*\s/);
    expect(printed.pages[0]).toMatch(/Cifras exactas, consultadas con una credencial de rol ANALYST/);
  });

  it('has the payments by month: the report’s rows of each month, 9,000 per servidor and 6,000 per promotor', () => {
    const text = printed.pages.join('\f');
    const perRow = report.budget.per_payment_row;
    const rowTotal = perRow.servidores_del_pueblo.amount + perRow.promotores_comunitarios.amount;
    const months = [
      'ENERO',
      'FEBRERO',
      'MARZO',
      'ABRIL',
      'MAYO',
      'JUNIO',
      'JULIO',
      'AGOSTO',
      'SEPTIEMBRE',
      'OCTUBRE',
      'NOVIEMBRE',
      'DICIEMBRE',
    ];
    for (const month of months) {
      const rows = report.budget.ministraciones.filter((r: { month: string }) => r.month === month).length;
      expect(text).toMatch(row(month, mxn(rows * rowTotal)));
    }
    expect(text).toMatch(row('TOTAL', mxn(report.budget.exercised_2020)));
  });
});

describe('GET /reporte/<year> over HTTP', () => {
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, { headers, redirect: 'manual' });

  it('costs the same few statements for every caller: program years, territoriales, one batch of coverage, one of indicators', async () => {
    for (const headers of [{}, analyst]) {
      const response = await get('/reporte/2020', headers);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-sql-statements')).toBe('4');
      await response.text();
    }
  });

  it('is a page of the server alone: strict CSP, its own stylesheet for print, no URL elsewhere; exact figures are not cached', async () => {
    const response = await get('/reporte/2020');
    const html = await response.text();
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'.*style-src 'self'/);
    expect(html).toContain('<html lang="es-MX">');
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script|style=/);
    const css = await get('/reporte/reporte.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const stylesheet = await css.text();
    expect(stylesheet).toMatch(/@page\s*\{[^}]*size: letter/);
    expect(stylesheet).toMatch(/@media print\s*\{[\s\S]*\.ficha \{ break-before: page;/);
    expect(stylesheet).toMatch(/thead \{ display: table-header-group; \}/);
    expect(stylesheet).not.toMatch(/url\(|@import/);
    expect((await get('/reporte/2020', analyst)).headers.get('cache-control')).toBe('private, no-store');
  });

  it('GET /reporte goes to the last program year', async () => {
    const response = await get('/reporte');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/reporte/2020');
  });

  it.each([
    ['/reporte/abc', 400, 'BAD_USER_INPUT', 'year must be a year of four digits'],
    ['/reporte/20201', 400, 'BAD_USER_INPUT', 'year must be a year of four digits'],
    ['/reporte/-2020', 400, 'BAD_USER_INPUT', 'year must be a year of four digits'],
    ['/reporte/2020.0', 400, 'BAD_USER_INPUT', 'year must be a year of four digits'],
    ['/reporte/0202', 400, 'BAD_USER_INPUT', 'year must be a year of four digits'],
    ['/reporte/2020?anio=2021', 400, 'BAD_USER_INPUT', 'anio is not a parameter'],
    ['/reporte/1999', 404, 'NOT_FOUND', 'No program data for 1999: the program years are 2020'],
    ['/reporte/2021', 404, 'NOT_FOUND', 'No program data for 2021'],
  ])('%s: %i %s as JSON for an API client', async (path, status, code, message) => {
    const response = await get(path, { accept: 'application/json' });
    expect(response.status).toBe(status);
    const body = (await response.json()) as { code: string; description: string };
    expect(body.code).toBe(code);
    expect(body.description).toContain(message);
    expect(JSON.stringify(body)).not.toMatch(/stack|SELECT|\bat [\w.<>]+ \(/);
  });

  it('a browser gets the refusal as a Spanish page, with its status', async () => {
    const accept = 'text/html,application/xhtml+xml,*/*;q=0.8';
    const notFound = await get('/reporte/1999', { accept });
    expect(notFound.status).toBe(404);
    expect(notFound.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await notFound.text()).toMatch(/No hay datos del programa para 1999\. Años con datos: 2020\./);
    const bad = await get('/reporte/dos-mil', { accept });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('no es un año: escriba cuatro cifras, por ejemplo /reporte/2020.');
  });

  it('refuses a bad credential (401) instead of printing the public figures', async () => {
    const response = await get('/reporte/2020', { authorization: 'Bearer not-a-token', accept: 'application/json' });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { code: string }).code).toBe('UNAUTHENTICATED');
  });
});
