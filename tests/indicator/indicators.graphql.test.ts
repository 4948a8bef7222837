import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { authHeaders } from '../helpers/auth';
import { expectError, startTestServer, type TestServer } from '../helpers/test-server';
import {
  ColoniasIndicatorSeriesDocument,
  CoverageFigureSeriesDocument,
  CrimeRatesOfEveryUnitDocument,
  IndicatorByCodeDocument,
  IndicatorCatalogueDocument,
  IndicatorSeriesDocument,
  IndicatorValues2020Document,
  OneTerritorialIndicatorSeriesDocument,
  TerritorialesIndicatorSeriesDocument,
  type IndicatorValues2020Query,
} from '../graphql/generated';

/**
 * The report's indicator catalogue (issue #23): definitions as the report words
 * them, values per unit and period from the demo data checked against
 * independent SQL and the report's figures, series at a constant number of
 * statements, and bad input.
 */

const report = JSON.parse(readFileSync(join(__dirname, '../fixtures/program-2020.json'), 'utf8'));

let server: TestServer;
let values: Record<string, IndicatorValues2020Query['indicators'][number]>;
beforeAll(async () => {
  server = await startTestServer();
  const result = await server.gql(IndicatorValues2020Document);
  expect(result.errors).toBeUndefined();
  values = Object.fromEntries(result.data.indicators.map((i) => [i.code, i]));
});
afterAll(async () => {
  await server.close();
});

async function one<T = any>(sql: string, params: unknown[] = []): Promise<T> {
  const rows = await server.dataSource.query(sql, params);
  return rows[0];
}

describe('the catalogue', () => {
  it('defines the required codes at their level, with method, unit, frequency and direction', async () => {
    const result = await server.gql(IndicatorCatalogueDocument);
    expect(result.errors).toBeUndefined();
    const byCode = Object.fromEntries(result.data.indicators.map((i) => [i.code, i]));
    expect(
      Object.fromEntries(
        [
          'FIN_DELITOS_ALTO_IMPACTO',
          'FIN_IDS',
          'PROPOSITO_PERSONAS_ALCANZADAS',
          'PROPOSITO_PARTICIPANTES',
          'PROPOSITO_ESPACIOS_PUBLICOS',
          'META_BENEFICIARIOS',
        ].map((code) => [code, byCode[code]?.level]),
      ),
    ).toEqual({
      FIN_DELITOS_ALTO_IMPACTO: 'FIN',
      FIN_IDS: 'FIN',
      PROPOSITO_PERSONAS_ALCANZADAS: 'PROPOSITO',
      PROPOSITO_PARTICIPANTES: 'PROPOSITO',
      PROPOSITO_ESPACIOS_PUBLICOS: 'PROPOSITO',
      META_BENEFICIARIOS: 'COMPONENTE',
    });
    for (const i of result.data.indicators) {
      expect(i.name.length).toBeGreaterThan(5);
      expect(i.method.formula.length).toBeGreaterThan(20);
      expect(i.method.fields.length).toBeGreaterThan(0);
      for (const field of i.method.fields) expect(field).toMatch(/^[a-z_]+\.[a-z_]+$/);
      expect(i.unit).not.toBe('');
    }
    expect(new Set(result.data.indicators.map((i) => i.code)).size).toBe(result.data.indicators.length);
    // The report's words: description, frequency, sentido.
    expect(byCode.FIN_DELITOS_ALTO_IMPACTO.description).toContain('disminución de índices delictivos');
    expect(byCode.FIN_DELITOS_ALTO_IMPACTO.frequency).toBe('Anual');
    expect(byCode.FIN_DELITOS_ALTO_IMPACTO.direction).toMatch(/^Impacto/);
    expect(byCode.PROPOSITO_PERSONAS_ALCANZADAS.frequency).toBe('Diaria');
    expect(byCode.PROPOSITO_PERSONAS_ALCANZADAS.direction).toBe('Eficacia');
    expect(byCode.PROPOSITO_PARTICIPANTES.direction).toBe('Calidad de participación');
    expect(byCode.PROPOSITO_ESPACIOS_PUBLICOS.frequency).toBe('Semestral');
    expect(byCode.PROPOSITO_ESPACIOS_PUBLICOS.direction).toBe('Calidad de vida');
  });

  it('gives each baseline and goal as the report states it', async () => {
    const result = await server.gql(IndicatorCatalogueDocument);
    const byCode = Object.fromEntries(result.data.indicators.map((i) => [i.code, i]));
    const crime = byCode.FIN_DELITOS_ALTO_IMPACTO.baseline!;
    expect({ value: crime.value, year: crime.year }).toEqual({
      value: report.indicators.fin.high_impact_crime_change_2019_vs_2018_pct,
      year: 2019,
    });
    expect(crime.statement).toContain('disminución del 19% (-19%) del índice delictivo en 2019 respecto a 2018');
    expect(crime.source).toContain('171 / 2019');
    const ids = byCode.FIN_IDS.baseline!;
    expect({ value: ids.value, year: ids.year }).toEqual({ value: report.indicators.fin.ids_2015.value, year: 2015 });
    expect(ids.unit).toContain('BAJO');
    expect(byCode.PROPOSITO_PERSONAS_ALCANZADAS.goal!.value).toBe(report.program.goal_people_reached);
    expect(byCode.PROPOSITO_PERSONAS_ALCANZADAS.baseline!.value).toBe(
      report.indicators.proposito.participation_baseline_people,
    );
    expect(byCode.PROPOSITO_ESPACIOS_PUBLICOS.baseline!.value).toBe(
      report.indicators.proposito.public_spaces_improved_baseline,
    );
    const t = report.beneficiaries_totals;
    expect(byCode.META_BENEFICIARIOS.goal!.value).toBe(t.total);
    expect(byCode.META_BENEFICIARIOS_SERVIDORES.goal!.value).toBe(t.servidores_del_pueblo);
    expect(byCode.META_BENEFICIARIOS_PROMOTORES.goal!.value).toBe(t.promotores_comunitarios);
  });

  it('finds one indicator by code', async () => {
    const result = await server.gql(IndicatorByCodeDocument, { code: 'FIN_IDS' });
    expect(result.data.indicator).toEqual({ code: 'FIN_IDS', level: 'FIN' });
  });
});

describe('2020 values of the alcaldía', () => {
  const v = (code: string) => values[code].value.value;

  it('reproduce the report’s figures the demo data holds', () => {
    const p = report.participatory_planning;
    const r = report.public_space_improvements;
    expect({
      META_BENEFICIARIOS: v('META_BENEFICIARIOS'),
      META_BENEFICIARIOS_SERVIDORES: v('META_BENEFICIARIOS_SERVIDORES'),
      META_BENEFICIARIOS_PROMOTORES: v('META_BENEFICIARIOS_PROMOTORES'),
      META_COLONIAS_ATENDIDAS: v('META_COLONIAS_ATENDIDAS'),
      COMPONENTE_TALLERES_COLONIAS: v('COMPONENTE_TALLERES_COLONIAS'),
      COMPONENTE_TALLERES_PARTICIPANTES: v('COMPONENTE_TALLERES_PARTICIPANTES'),
      COMPONENTE_AGENDAS_TERMINADAS: v('COMPONENTE_AGENDAS_TERMINADAS'),
      COMPONENTE_AGENDAS_EN_IMPLEMENTACION: v('COMPONENTE_AGENDAS_EN_IMPLEMENTACION'),
      COMPONENTE_ECOS: v('COMPONENTE_ECOS'),
      COMPONENTE_ECOS_FACILITADORES: v('COMPONENTE_ECOS_FACILITADORES'),
      COMPONENTE_CAMINOS_MUJERES: v('COMPONENTE_CAMINOS_MUJERES'),
      COMPONENTE_LUDICALLES: v('COMPONENTE_LUDICALLES'),
      COMPONENTE_UTOPIAS: v('COMPONENTE_UTOPIAS'),
      COMPONENTE_LAVAMANOS: v('COMPONENTE_LAVAMANOS'),
      COMPONENTE_PIPAS: v('COMPONENTE_PIPAS'),
      PROPOSITO_ESPACIOS_PUBLICOS: v('PROPOSITO_ESPACIOS_PUBLICOS'),
      ACTIVIDAD_APOYOS_ECONOMICOS: v('ACTIVIDAD_APOYOS_ECONOMICOS'),
    }).toEqual({
      META_BENEFICIARIOS: report.beneficiaries_totals.total,
      META_BENEFICIARIOS_SERVIDORES: report.beneficiaries_totals.servidores_del_pueblo,
      META_BENEFICIARIOS_PROMOTORES: report.beneficiaries_totals.promotores_comunitarios,
      META_COLONIAS_ATENDIDAS: report.program.colonias_attended,
      COMPONENTE_TALLERES_COLONIAS: p.colonias_with_workshops,
      COMPONENTE_TALLERES_PARTICIPANTES: p.participants_approx,
      COMPONENTE_AGENDAS_TERMINADAS: p.agendas_desarrollo_local_completed,
      COMPONENTE_AGENDAS_EN_IMPLEMENTACION: p.agendas_implementing_projects,
      COMPONENTE_ECOS: report.ecos.schools,
      COMPONENTE_ECOS_FACILITADORES: report.ecos.facilitators_trained_in_popular_education,
      COMPONENTE_CAMINOS_MUJERES: r['CAMINOS DE MUJERES LIBRES Y SEGURAS'],
      COMPONENTE_LUDICALLES: r.LUDICALLES,
      COMPONENTE_UTOPIAS: r.UTOPIAS,
      COMPONENTE_LAVAMANOS: null, // S/D in the report: unknown, not 0
      COMPONENTE_PIPAS: null,
      PROPOSITO_ESPACIOS_PUBLICOS: r['CAMINOS DE MUJERES LIBRES Y SEGURAS'] + r.LUDICALLES + r.UTOPIAS,
      ACTIVIDAD_APOYOS_ECONOMICOS: report.budget.exercised_2020,
    });
    expect(values.META_COLONIAS_ATENDIDAS.value.denominator).toBe(report.program.colonias_attended);
    for (const i of Object.values(values)) expect(i.value).toMatchObject({ start: '2020-01-01', end: '2020-12-31' });
  });

  it('agree with independent SQL over the raw tables for the activities, participants and crime', async () => {
    const raw = await one(
      `SELECT (SELECT count(*) FROM activity WHERE held_on BETWEEN '2020-01-01' AND '2020-12-31')::int AS activities,
              (SELECT sum(people_reached) FROM activity WHERE held_on BETWEEN '2020-01-01' AND '2020-12-31')::int AS people,
              (SELECT sum(participants) FROM workshop WHERE held_on BETWEEN '2020-01-01' AND '2020-12-31')::int
                + (SELECT sum(participants) FROM ecos_school WHERE program_year = 2020)::int AS participants,
              (SELECT count(*) FROM crime_incident WHERE category <> 'OTROS' AND occurred_on BETWEEN '2020-01-01' AND '2020-12-31')::int AS crime,
              (SELECT sum(poblacion) FROM colonia)::int AS poblacion`,
    );
    expect(v('ACTIVIDAD_ACTIVIDADES_CAMPO')).toBe(raw.activities);
    expect(v('PROPOSITO_PERSONAS_ALCANZADAS')).toBe(raw.people);
    expect(v('PROPOSITO_PARTICIPANTES')).toBe(raw.participants);
    expect(values.FIN_DELITOS_ALTO_IMPACTO.value).toMatchObject({ numerator: raw.crime, denominator: raw.poblacion });
    expect(v('FIN_DELITOS_ALTO_IMPACTO')).toBe(Math.round((raw.crime / raw.poblacion) * 1e7) / 100);
  });

  it('agree with the crime and Fin-indicator fields (the same rate and IDS)', async () => {
    const result = await server.gql(CrimeRatesOfEveryUnitDocument);
    expect(result.errors).toBeUndefined();
    expect(v('FIN_DELITOS_ALTO_IMPACTO')).toBe(result.data.finIndicator.crime.ratePer100k);
    expect(v('FIN_IDS')).toBe(result.data.finIndicator.ids!.value);
  });
});

describe('crime per 100,000 inhabitants', () => {
  it('is total ÷ población × 100,000 for every territorial and colonia, not only the alcaldía', async () => {
    const result = await server.gql(CrimeRatesOfEveryUnitDocument);
    expect(result.errors).toBeUndefined();
    const units = [...result.data.territoriales, ...result.data.colonias.edges.map((e) => e.node)];
    expect(units).toHaveLength(13 + 293);
    for (const u of units) {
      expect(u.poblacion).toBeGreaterThan(0);
      expect({ id: u.id, rate: u.crime.ratePer100k }).toEqual({
        id: u.id,
        rate: Math.round((u.crime.highImpact / u.poblacion!) * 100_000 * 100) / 100,
      });
    }
    expect(result.data.territoriales.every((t) => t.crime.ratePer100k! > 0)).toBe(true);
  });
});

describe('series', () => {
  it('13 territoriales × 12 months of three indicators: two statements, as for one territorial', async () => {
    const all = await server.gql(TerritorialesIndicatorSeriesDocument, { interval: 'MONTH' });
    expect(all.errors).toBeUndefined();
    expect(all.data.territoriales).toHaveLength(13);
    const t = all.data.territoriales[3];
    const single = await server.gql(OneTerritorialIndicatorSeriesDocument, { id: t.id, interval: 'MONTH' });
    expect(single.errors).toBeUndefined();
    expect(single.data.territorial).toEqual(t);
    // the list, then every series and the coverage figure… the coverage is its own statement
    expect(all.sqlStatements).toBe(single.sqlStatements);
    expect(all.sqlStatements).toBeLessThanOrEqual(3);
    for (const territorial of all.data.territoriales) {
      expect(territorial.people.map((p) => p.start)).toEqual(
        Array.from({ length: 12 }, (_, m) => `2020-${String(m + 1).padStart(2, '0')}-01`),
      );
      const sum = territorial.people.reduce((a, p) => a + p.value!, 0);
      expect(sum).toBe(territorial.peopleYear.peopleReached);
      for (const month of territorial.crime) {
        expect(month.value).toBe(Math.round((month.numerator! / month.denominator!) * 1e7) / 100);
      }
    }
    const yearly = await server.gql(TerritorialesIndicatorSeriesDocument, { interval: 'YEAR' });
    expect(yearly.sqlStatements).toBe(all.sqlStatements);
    for (const [i, territorial] of yearly.data.territoriales.entries()) {
      expect(territorial.crime[0].numerator).toBe(
        all.data.territoriales[i].crime.reduce((a, m) => a + m.numerator!, 0),
      );
    }
  });

  it('every colonia by quarter costs the same statements as one colonia', async () => {
    const all = await server.gql(ColoniasIndicatorSeriesDocument, { first: 500 });
    const one = await server.gql(ColoniasIndicatorSeriesDocument, { first: 1 });
    expect(all.errors).toBeUndefined();
    expect(all.data.colonias.edges).toHaveLength(293);
    expect(all.sqlStatements).toBe(one.sqlStatements);
    const total = all.data.colonias.edges.reduce(
      (a, e) => a + e.node.indicatorSeries.reduce((b, q) => b + q.value!, 0),
      0,
    );
    expect(total).toBe(report.participatory_planning.participants_approx);
  });

  it('cuts calendar periods to the window', async () => {
    const result = await server.gql(IndicatorSeriesDocument, {
      code: 'COMPONENTE_TALLERES_PARTICIPANTES',
      from: '2020-02-15',
      to: '2021-01-10',
      interval: 'QUARTER',
    });
    expect(result.errors).toBeUndefined();
    expect(result.data.indicator!.series.map((p) => [p.start, p.end])).toEqual([
      ['2020-02-15', '2020-03-31'],
      ['2020-04-01', '2020-06-30'],
      ['2020-07-01', '2020-09-30'],
      ['2020-10-01', '2020-12-31'],
      ['2021-01-01', '2021-01-10'],
    ]);
    const semesters = await server.gql(IndicatorSeriesDocument, {
      code: 'COMPONENTE_TALLERES_PARTICIPANTES',
      year: 2020,
      interval: 'SEMESTER',
    });
    const raw = await one(
      `SELECT sum(participants) FILTER (WHERE held_on < '2020-07-01')::int AS h1,
              sum(participants) FILTER (WHERE held_on >= '2020-07-01')::int AS h2
         FROM workshop WHERE held_on BETWEEN '2020-01-01' AND '2020-12-31'`,
    );
    expect(semesters.data.indicator!.series.map((p) => p.value)).toEqual([raw.h1, raw.h2]);
  });

  it('answers a period before the data begins as no data (null), never 0', async () => {
    const people = await server.gql(IndicatorSeriesDocument, {
      code: 'PROPOSITO_PERSONAS_ALCANZADAS',
      from: '2017-01-01',
      to: '2020-12-31',
      interval: 'YEAR',
    });
    expect(people.errors).toBeUndefined();
    expect(people.data.indicator!.series.map((p) => [p.start, p.value === null, p.numerator === null])).toEqual([
      ['2017-01-01', true, true],
      ['2018-01-01', true, true],
      ['2019-01-01', true, true],
      ['2020-01-01', false, false],
    ]);
    const crime = await server.gql(IndicatorSeriesDocument, {
      code: 'FIN_DELITOS_ALTO_IMPACTO',
      from: '2018-01-01',
      to: '2019-12-31',
      interval: 'YEAR',
    });
    // The tests load the incidents of 2019–2020: 2018 is before them.
    expect(crime.data.indicator!.series.map((p) => p.value === null)).toEqual([true, false]);
    // A month without any activity after the data begins is a real 0.
    const december = await server.gql(IndicatorSeriesDocument, {
      code: 'ACTIVIDAD_ACTIVIDADES_CAMPO',
      from: '2020-12-01',
      to: '2020-12-31',
      interval: 'MONTH',
    });
    const raw = await one(
      `SELECT count(*)::int AS n FROM activity WHERE held_on >= '2020-12-01' AND held_on <= '2020-12-31'`,
    );
    expect(december.data.indicator!.series[0].value).toBe(raw.n);
  });

  it('of a coverage figure: the figure per period of the coverage’s window and scope', async () => {
    const [t] = await server.dataSource.query(`SELECT id FROM territorial ORDER BY clave LIMIT 1 OFFSET 6`);
    const result = await server.gql(CoverageFigureSeriesDocument, {
      territorialId: String(t.id),
      from: '2020-01-01',
      to: '2020-12-31',
    });
    expect(result.errors).toBeUndefined();
    const c = result.data.coverage;
    expect(c.series).toHaveLength(12);
    expect(c.series.reduce((a, p) => a + p.value!, 0)).toBe(c.peopleReached);
    expect(c.workshopSeries.reduce((a, p) => a + p.value!, 0)).toBe(c.workshops.participants);
  });
});

describe('small cells', () => {
  it('hides a by-figure count of 1 to 4 people (and its pair) from PUBLIC callers, as coverage does', async () => {
    const rows: { id: number; servidores: number; promotores: number }[] = await server.dataSource.query(
      `SELECT colonia_id AS id, sum(servidor_del_pueblo)::int AS servidores, sum(promotor_comunitario)::int AS promotores
         FROM beneficiary_colonia_year WHERE program_year = 2020 GROUP BY colonia_id ORDER BY colonia_id`,
    );
    const small = rows.find((r) => r.servidores >= 1 && r.servidores <= 4 && r.promotores >= 5)!;
    expect(small).toBeDefined();
    const analyst = await authHeaders('ANALYST');
    for (const code of ['META_BENEFICIARIOS_SERVIDORES', 'META_BENEFICIARIOS_PROMOTORES']) {
      const variables = { code, coloniaId: String(small.id), year: 2020, interval: 'YEAR' as const };
      const publicAnswer = await server.gql(IndicatorSeriesDocument, variables);
      expect(publicAnswer.data.indicator!.series[0]).toMatchObject({ value: null, numerator: null });
      const exact = await server.gql(IndicatorSeriesDocument, variables, analyst);
      expect(exact.data.indicator!.series[0].value).toBe(
        code === 'META_BENEFICIARIOS_SERVIDORES' ? small.servidores : small.promotores,
      );
    }
    // The total is the program's deployment, not a person's attribute: it stays.
    const total = await server.gql(IndicatorSeriesDocument, {
      code: 'META_BENEFICIARIOS',
      coloniaId: String(small.id),
      year: 2020,
      interval: 'YEAR',
    });
    expect(total.data.indicator!.series[0].value).toBe(small.servidores + small.promotores);
    // A territorial's servidores (14 or more in every one) are shown.
    const [t] = await server.dataSource.query(
      `SELECT c.territorial_id AS id, sum(r.servidor_del_pueblo)::int AS servidores
         FROM beneficiary_colonia_year r JOIN colonia c ON c.id = r.colonia_id
        WHERE r.program_year = 2020 GROUP BY c.territorial_id ORDER BY c.territorial_id LIMIT 1`,
    );
    const shown = await server.gql(IndicatorSeriesDocument, {
      code: 'META_BENEFICIARIOS_SERVIDORES',
      territorialId: String(t.id),
      year: 2020,
      interval: 'YEAR',
    });
    expect(shown.data.indicator!.series[0].value).toBe(t.servidores);
  });
});

describe('bad input', () => {
  it('an unknown code, wherever it is given', async () => {
    expectError(await server.gql(IndicatorByCodeDocument, { code: 'NO_EXISTE' }), 'BAD_USER_INPUT', 'code');
    const result = await server.gql(IndicatorByCodeDocument, { code: 'NO_EXISTE' });
    expect(result.errors![0].message).toContain('FIN_DELITOS_ALTO_IMPACTO');
    expectError(
      await server.gql(`{ territoriales { indicatorSeries(code: "X", year: 2020, interval: MONTH) { value } } }`),
      'BAD_USER_INPUT',
      'code',
    );
    expectError(
      await server.gql(
        `{ coverage(from: "2020-01-01", to: "2020-12-31") { series(code: "X", interval: MONTH) { value } } }`,
      ),
      'BAD_USER_INPUT',
      'code',
    );
  });

  it('an interval longer than the window', async () => {
    const result = await server.gql(IndicatorSeriesDocument, {
      code: 'FIN_IDS',
      from: '2020-01-01',
      to: '2020-03-31',
      interval: 'SEMESTER',
    });
    expectError(result, 'BAD_USER_INPUT', 'interval');
  });

  it('a window over 10 years, a reversed or missing window, both year and from', async () => {
    const series = (variables: Record<string, unknown>) =>
      server.gql(IndicatorSeriesDocument, { code: 'FIN_IDS', interval: 'YEAR', ...variables } as any);
    expectError(await series({ from: '2010-01-01', to: '2020-01-01' }), 'BAD_USER_INPUT', 'to');
    expectError(await series({ from: '2020-12-31', to: '2020-01-01' }), 'BAD_USER_INPUT', 'from');
    expectError(await series({ from: '2020-01-01' }), 'BAD_USER_INPUT', 'to');
    expectError(await series({}), 'BAD_USER_INPUT', 'from');
    expectError(await series({ year: 2020, from: '2020-01-01' }), 'BAD_USER_INPUT', 'year');
    expectError(await series({ year: 20200 }), 'BAD_USER_INPUT', 'year');
    expectError(await series({ from: '2020-02-30', to: '2020-12-31' }), 'BAD_USER_INPUT', 'from');
    // a coverage without a window has no periods
    expectError(
      await server.gql(`{ coverage { series(code: "FIN_IDS", interval: YEAR) { value } } }`),
      'BAD_USER_INPUT',
      'from',
    );
  });

  it('an unknown or doubled unit', async () => {
    expectError(await series2({ territorialId: '999999' }), 'BAD_USER_INPUT', 'territorialId');
    expectError(await series2({ territorialId: '1', coloniaId: '1' }), 'BAD_USER_INPUT', 'territorialId or coloniaId');
  });
});

function series2(variables: Record<string, unknown>) {
  return server.gql(IndicatorSeriesDocument, { code: 'FIN_IDS', interval: 'YEAR', year: 2020, ...variables } as any);
}
