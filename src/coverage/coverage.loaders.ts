import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { AgeGroup, BeneficiaryRole, Education, Occupation, Sex } from '../beneficiary/beneficiary.enums';
import { PublicSpaceKind } from '../public-space/public-space.enums';
import { ProgramYear } from '../program/program-year.entity';
import {
  ACTIVITY_SQL,
  AGENDAS_SQL,
  ATTENDANCE_SQL,
  BENEFICIARIES_SQL,
  ECOS_SCHOOLS_SQL,
  IMPROVEMENTS_SQL,
  PAYMENTS_SQL,
  WORKSHOPS_SQL,
} from './coverage.sql';
import type { AgendaCoverage, BeneficiaryCoverage, CoverageScope, ImprovementCount, KeyCount, WorkshopCoverage } from './coverage.types';

export const scopeCacheKey = (s: CoverageScope) => `${s.kind}:${s.id}:${s.from ?? ''}:${s.to ?? ''}`;

/**
 * A loader running one statement for every scope of the request: the scopes
 * travel as arrays, each result row carries `k`, the scope's 1-based position,
 * and `shape` turns the rows of one scope (possibly none) into its value.
 */
function scopeLoader<R extends { k: string | number }, V>(dataSource: DataSource, sql: string, shape: (rows: R[]) => V) {
  return new DataLoader<CoverageScope, V, string>(
    async (scopes) => {
      const rows: R[] = await dataSource.query(sql, [scopes.map((s) => s.kind), scopes.map((s) => s.id), scopes.map((s) => s.from), scopes.map((s) => s.to)]);
      const byScope = scopes.map((): R[] => []);
      for (const row of rows) byScope[Number(row.k) - 1].push(row);
      return byScope.map(shape);
    },
    { cacheKeyFn: scopeCacheKey },
  );
}

interface BeneficiaryRow {
  k: string;
  role: string | null;
  sex: string | null;
  age_group: string | null;
  education: string | null;
  occupation: string | null;
  n: number;
}

/** Every key of an enum with its count from the grouping-set rows of one dimension (0 when absent). */
function breakdown<E extends string>(values: Record<string, E>, rows: BeneficiaryRow[], column: keyof BeneficiaryRow): KeyCount<E>[] {
  const counts = new Map(rows.filter((r) => r[column] !== null).map((r) => [r[column] as string, r.n]));
  return Object.values(values).map((key) => ({ key, count: counts.get(key) ?? 0 }));
}

function toBeneficiaryCoverage(rows: BeneficiaryRow[]): BeneficiaryCoverage {
  const total = rows.find((r) => r.role === null && r.sex === null && r.age_group === null && r.education === null && r.occupation === null);
  return {
    total: total?.n ?? 0,
    byRole: breakdown(BeneficiaryRole, rows, 'role'),
    bySex: breakdown(Sex, rows, 'sex'),
    byAgeGroup: breakdown(AgeGroup, rows, 'age_group'),
    byEducation: breakdown(Education, rows, 'education'),
    byOccupation: breakdown(Occupation, rows, 'occupation'),
  };
}

const KIND_ORDER = Object.values(PublicSpaceKind);

/** Per-request loaders of every coverage figure, keyed by scope and window. */
export function createCoverageLoaders(dataSource: DataSource) {
  return {
    beneficiaries: scopeLoader<BeneficiaryRow, BeneficiaryCoverage>(dataSource, BENEFICIARIES_SQL, toBeneficiaryCoverage),
    attendance: scopeLoader<{ k: string; colonias: number; attended: number }, { colonias: number; attended: number }>(
      dataSource,
      ATTENDANCE_SQL,
      ([row]) => ({ colonias: row?.colonias ?? 0, attended: row?.attended ?? 0 }),
    ),
    workshops: scopeLoader<{ k: string; count: number; participants: number; colonias: number }, WorkshopCoverage>(dataSource, WORKSHOPS_SQL, ([row]) => ({
      count: row?.count ?? 0,
      participants: row?.participants ?? 0,
      colonias: row?.colonias ?? 0,
    })),
    agendas: scopeLoader<{ k: string; in_progress: number; completed: number; implementing: number }, AgendaCoverage>(dataSource, AGENDAS_SQL, ([row]) => ({
      inProgress: row?.in_progress ?? 0,
      completed: row?.completed ?? 0,
      implementing: row?.implementing ?? 0,
    })),
    ecos: scopeLoader<{ k: string; schools: number; facilitators: number }, { schools: number; facilitators: number }>(dataSource, ECOS_SCHOOLS_SQL, ([row]) => ({
      schools: row?.schools ?? 0,
      facilitators: row?.facilitators ?? 0,
    })),
    improvements: scopeLoader<{ k: string; kind: PublicSpaceKind; n: number | null }, ImprovementCount[]>(dataSource, IMPROVEMENTS_SQL, (rows) =>
      rows.map((r) => ({ kind: r.kind, count: r.n })).sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)),
    ),
    activity: scopeLoader<{ k: string; activities: number; people_reached: number }, { activities: number; peopleReached: number }>(
      dataSource,
      ACTIVITY_SQL,
      ([row]) => ({ activities: row?.activities ?? 0, peopleReached: row?.people_reached ?? 0 }),
    ),
    payments: scopeLoader<{ k: string; total: number }, number>(dataSource, PAYMENTS_SQL, ([row]) => row?.total ?? 0),
    programYear: new DataLoader<number, ProgramYear | null>(async (years) => {
      const rows = await dataSource.getRepository(ProgramYear).findBy({ year: In([...years]) });
      return years.map((year) => rows.find((r) => r.year === year) ?? null);
    }),
  };
}

export type CoverageLoaders = ReturnType<typeof createCoverageLoaders>;
