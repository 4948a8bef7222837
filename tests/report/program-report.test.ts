import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startTestServer, type TestServer } from '../helpers/test-server';
import {
  MercomunaPeriodsDocument,
  PaymentsBetweenDocument,
  ProgramSummary2020Document,
  ServidorPaymentsDocument,
  TerritorialBeneficiaries2020Document,
  TerritorialEcosSchoolsDocument,
  type ProgramSummary2020Query,
} from '../graphql/generated';

/**
 * The 2020 report, reproduced by the API on the demo seed: every figure of
 * tests/fixtures/program-2020.json (a copy of the report's tables, kept apart
 * from the seed's copy) against what the API computes from the data.
 */
const report = JSON.parse(readFileSync(path.join(__dirname, '..', 'fixtures', 'program-2020.json'), 'utf8'));

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ role: 'ANALYST' });
});
afterAll(async () => {
  await server.close();
});

const counts = (list: { key: string; count: number | null }[]) => Object.fromEntries(list.map((e) => [e.key, e.count]));

describe('programSummary(year: 2020) reproduces the report', () => {
  let summary: ProgramSummary2020Query['programSummary'];
  beforeAll(async () => {
    const result = await server.gql(ProgramSummary2020Document);
    expect(result.errors).toBeUndefined();
    summary = result.data.programSummary;
  });

  it('covers the calendar year', () => {
    expect(summary).toMatchObject({ year: 2020, from: '2020-01-01', to: '2020-12-31' });
  });

  it('has the beneficiary totals by role', () => {
    expect(summary.beneficiaries.total).toBe(report.beneficiaries_totals.total);
    expect(counts(summary.beneficiaries.byRole)).toEqual({
      SERVIDOR_DEL_PUEBLO: report.beneficiaries_totals.servidores_del_pueblo,
      PROMOTOR_COMUNITARIO: report.beneficiaries_totals.promotores_comunitarios,
    });
  });

  it('has the distribution by sex', () => {
    expect(counts(summary.beneficiaries.bySex)).toEqual({
      MUJER: report.beneficiaries_by_sex.MUJERES,
      HOMBRE: report.beneficiaries_by_sex.HOMBRES,
    });
  });

  it('has the distribution by education', () => {
    expect(counts(summary.beneficiaries.byEducation)).toEqual(report.beneficiaries_by_education);
  });

  it('has the distribution by occupation', () => {
    const o = report.beneficiaries_by_occupation;
    expect(counts(summary.beneficiaries.byOccupation)).toEqual({
      ESTUDIANTE: o.ESTUDIANTES,
      HOGAR: o.HOGAR,
      COMERCIO: o.COMERCIO,
      AUTOEMPLEO: o.AUTOEMPLEO,
      PENSIONADO_JUBILADO: o['PENSIONADOS O JUBILADOS'],
    });
  });

  it('has the distribution by age group', () => {
    const a = report.beneficiaries_by_age_group;
    expect(counts(summary.beneficiaries.byAgeGroup)).toEqual({
      AGE_18_29: a['18 a 29 años'],
      AGE_30_60: a['30 a 60 años'],
      AGE_OVER_60: a['Más de 60 años'],
    });
  });

  it('has the budget: approved, exercised and paid through the payment rows', () => {
    expect(summary.budget).toEqual({
      approved: report.budget.approved_2020,
      exercised: report.budget.exercised_2020,
      paid: report.budget.approved_2020,
    });
    expect(summary.paymentsTotal).toBe(report.budget.approved_2020);
  });

  it('attends every colonia of the program, in the 13 territoriales, with the goal', () => {
    expect(summary.colonias).toBe(report.program.colonias_attended);
    expect(summary.coloniasAttended).toBe(report.program.colonias_attended);
    expect(summary.coverageRatio).toBe(1);
    expect(summary.peopleReachedGoal).toBe(report.program.goal_people_reached);
  });

  it('has the participatory planning: workshops in 38 colonias, ≈600 participants, the agendas', () => {
    const p = report.participatory_planning;
    expect(summary.workshops.colonias).toBe(p.colonias_with_workshops);
    expect(summary.workshops.participants).toBe(p.participants_approx);
    // "De éstas 20 ya cuentan con sus Agendas … terminadas y 10 ya están implementando proyectos": 20 finished, 10 of
    // them implementing — never 20 + 10 read as 30 finished.
    expect(summary.agendas).toEqual({
      finished: p.agendas_desarrollo_local_completed,
      implementing: p.agendas_implementing_projects,
      inProgress: p.colonias_with_workshops - p.agendas_desarrollo_local_completed,
    });
  });

  it('has the ECOS schools, their trained facilitators and their participants', async () => {
    expect(summary.ecosSchools).toBe(report.ecos.schools);
    expect(summary.ecosFacilitators).toBe(report.ecos.facilitators_trained_in_popular_education);
    const [raw] = await server.dataSource.query(
      `SELECT sum(participants)::int AS participants FROM ecos_school WHERE program_year = 2020`,
    );
    expect(raw.participants).toBeGreaterThan(0);
    expect(summary.ecosParticipants).toBe(raw.participants);
  });

  it('has the public-space improvements, and null (unknown) for the kinds the report marks S/D', () => {
    const r = report.public_space_improvements;
    expect(Object.fromEntries(summary.improvements.map((i) => [i.kind, i.count]))).toEqual({
      CAMINO_MUJERES_LIBRES_SEGURAS: r['CAMINOS DE MUJERES LIBRES Y SEGURAS'],
      LUDICALLE: r.LUDICALLES,
      UTOPIA: r.UTOPIAS,
      LAVAMANOS: r['LAVAMANOS (tianguis y espacios públicos)'],
      PIPA_AGUA: r['DOTACION GRATUITA DE AGUA EN PIPAS'],
    });
    expect(summary.improvements.find((i) => i.kind === 'LAVAMANOS')!.count).toBeNull();
    // The report's works are all finished and in use: none planned or under way.
    expect(summary.improvements.map((i) => [i.planned, i.inProgress])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
      [null, null],
      [null, null],
    ]);
  });

  it('counts the activities recorded (the demo sample) at the report’s rate of people per activity', async () => {
    const [raw] = await server.dataSource.query(
      `SELECT count(*)::int AS activities, sum(people_reached)::int AS people FROM activity WHERE held_on BETWEEN '2020-01-01' AND '2020-12-31'`,
    );
    expect(raw.activities).toBeGreaterThan(0);
    expect(summary.activities).toBe(raw.activities);
    expect(summary.peopleReached).toBe(raw.people);
    expect(summary.peopleReached).toBe(summary.activities * report.reach_projection.avg_people_per_activity);
  });
});

describe('per territorial', () => {
  it('every territorial has exactly the report’s servidores and promotores', async () => {
    const result = await server.gql(TerritorialBeneficiaries2020Document);
    expect(result.errors).toBeUndefined();
    const byName = new Map(result.data.territoriales.map((t) => [t.nombre, t.coverage.beneficiaries]));
    expect(byName.size).toBe(report.beneficiaries_by_territorial.length);
    for (const row of report.beneficiaries_by_territorial) {
      const b = byName.get(row.territorial)!;
      expect({ territorial: row.territorial, total: b.total, ...counts(b.byRole) }).toEqual({
        territorial: row.territorial,
        total: row.total,
        SERVIDOR_DEL_PUEBLO: row.servidores_del_pueblo,
        PROMOTOR_COMUNITARIO: row.promotores_comunitarios,
      });
    }
  });

  it('ECOS cover all 13 territoriales', async () => {
    const result = await server.gql(TerritorialEcosSchoolsDocument);
    const covered = result.data.territoriales.filter((t) => t.coverage.ecosSchools > 0).length;
    expect(covered).toBe(report.ecos.territoriales_covered);
  });
});

describe('the budget table and Mercomuna', () => {
  it('pays 13 rows a year: 9,000 per servidor and 6,000 per promotor per row, in the report’s months', async () => {
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
    for (let m = 1; m <= 12; m++) {
      const rows = report.budget.ministraciones.filter((r: any) => r.month === months[m - 1]).length;
      const last = new Date(Date.UTC(2020, m, 0)).getUTCDate();
      const mm = String(m).padStart(2, '0');
      const result = await server.gql(PaymentsBetweenDocument, { from: `2020-${mm}-01`, to: `2020-${mm}-${last}` });
      expect({ month: m, paid: result.data.coverage.paymentsTotal }).toEqual({ month: m, paid: rows * rowTotal });
    }
    const one = await server.gql(ServidorPaymentsDocument);
    const payments = one.data.beneficiaries.edges[0].node.payments;
    expect(payments.map((p) => p.row)).toEqual(report.budget.ministraciones.map((r: any) => r.num));
    expect(new Set(payments.map((p) => p.amount))).toEqual(
      new Set([perRow.servidores_del_pueblo.amount / perRow.servidores_del_pueblo.people]),
    );
  });

  it('has 104 Liconsa dairies in April–May and 130 points in September–December', async () => {
    const result = await server.gql(MercomunaPeriodsDocument);
    expect(result.data.aprMay.totalCount).toBe(report.mercomuna.delivery_points_apr_may);
    expect(result.data.sepDec.totalCount).toBe(report.mercomuna.delivery_points_sep_dec);
  });
});
