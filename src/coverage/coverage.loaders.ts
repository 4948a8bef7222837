import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { ProgramYear } from './program-year.entity';
import { PublicSpaceKind } from '../public-space/public-space.enums';
import { BENEFICIARY_BREAKDOWN_COLUMNS, coverageFiguresSql, type CoverageFigureGroup } from './coverage.sql';
import { publicCoverage as publicCoverageOf, type PublicCoverage } from './public-coverage';
import type {
  AgendaCoverage,
  BeneficiaryCoverage,
  CoverageScope,
  ImprovementCount,
  KeyCount,
  WorkshopCoverage,
} from './coverage.types';

export const scopeCacheKey = (s: CoverageScope) => `${s.kind}:${s.id}:${s.from ?? ''}:${s.to ?? ''}`;

type Row = Record<string, any>;

interface FigureKey {
  group: CoverageFigureGroup;
  scope: CoverageScope;
}

/**
 * Every coverage figure a request asks for, for every scope, in one
 * statement: the batch collects the (group, scope) pairs of the tick and
 * runs `coverageFiguresSql` with the groups asked for over the scopes asked
 * for (each scope travels once, as array elements; rows come back with `k`,
 * its 1-based position, and `g`, the group).
 */
function figureRowsLoader(dataSource: DataSource) {
  return new DataLoader<FigureKey, Row[], string>(
    async (keys) => {
      const scopes = new Map<string, { position: number; scope: CoverageScope }>();
      for (const { scope } of keys) {
        const key = scopeCacheKey(scope);
        if (!scopes.has(key)) scopes.set(key, { position: scopes.size + 1, scope });
      }
      const groups = [...new Set(keys.map((k) => k.group))];
      const list = [...scopes.values()].map((s) => s.scope);
      const rows: { k: string; g: CoverageFigureGroup; v: Row }[] = await dataSource.query(coverageFiguresSql(groups), [
        list.map((s) => s.kind),
        list.map((s) => s.id),
        list.map((s) => s.from),
        list.map((s) => s.to),
      ]);
      const found = new Map<string, Row[]>();
      for (const row of rows) {
        const key = `${row.g}|${row.k}`;
        const bucket = found.get(key);
        if (bucket) bucket.push(row.v);
        else found.set(key, [row.v]);
      }
      return keys.map(({ group, scope }) => found.get(`${group}|${scopes.get(scopeCacheKey(scope))!.position}`) ?? []);
    },
    { cacheKeyFn: (k) => `${k.group}|${scopeCacheKey(k.scope)}` },
  );
}

/** A figure of a scope: the group's rows shaped once per scope and request. */
export interface FigureLoader<V> {
  load(scope: CoverageScope): Promise<V>;
}

function figureLoader<V>(
  rows: DataLoader<FigureKey, Row[], string>,
  group: CoverageFigureGroup,
  shape: (rows: Row[]) => V,
): FigureLoader<V> {
  const shaped = new Map<string, Promise<V>>();
  return {
    load(scope) {
      const key = scopeCacheKey(scope);
      let value = shaped.get(key);
      if (!value) {
        value = rows.load({ group, scope }).then(shape);
        shaped.set(key, value);
      }
      return value;
    },
  };
}

function breakdown<K extends string>(columns: Record<K, string>, row: Row | undefined): KeyCount<K>[] {
  return (Object.entries(columns) as [K, string][]).map(([key, column]) => ({ key, count: row?.[column] ?? 0 }));
}

function toBeneficiaryCoverage([row]: Row[]): BeneficiaryCoverage {
  return {
    total: row?.total ?? 0,
    byRole: breakdown(BENEFICIARY_BREAKDOWN_COLUMNS.byRole, row),
    bySex: breakdown(BENEFICIARY_BREAKDOWN_COLUMNS.bySex, row),
    byAgeGroup: breakdown(BENEFICIARY_BREAKDOWN_COLUMNS.byAgeGroup, row),
    byEducation: breakdown(BENEFICIARY_BREAKDOWN_COLUMNS.byEducation, row),
    byOccupation: breakdown(BENEFICIARY_BREAKDOWN_COLUMNS.byOccupation, row),
  } as BeneficiaryCoverage;
}

const KIND_ORDER = Object.values(PublicSpaceKind);

/**
 * The scope the PUBLIC table's groups answer for (and no other group: it has no colonias). Not a GraphQL
 * scope kind, hence the cast.
 */
const PUBLIC_CELLS = { kind: 'PUBLIC_CELLS' as CoverageScope['kind'], id: 0, from: null, to: null };

/** Per-request loaders of every coverage figure, keyed by scope and window; all of a request's figures cost one statement. */
export function createCoverageLoaders(dataSource: DataSource) {
  const rows = figureRowsLoader(dataSource);
  let publicCoverage: Promise<PublicCoverage> | undefined;
  return {
    /** PUBLIC's suppressed table of beneficiaries and payments (public-coverage.ts), built once per request. */
    publicCoverage(): Promise<PublicCoverage> {
      publicCoverage ??= Promise.all([
        rows.load({ group: 'publicBeneficiaryCells', scope: PUBLIC_CELLS }),
        rows.load({ group: 'publicPaymentCells', scope: PUBLIC_CELLS }),
      ]).then(([beneficiaries, payments]) => publicCoverageOf(beneficiaries, payments));
      return publicCoverage;
    },
    beneficiaries: figureLoader<BeneficiaryCoverage>(rows, 'beneficiaries', toBeneficiaryCoverage),
    attendance: figureLoader(rows, 'attendance', ([row]) => ({
      colonias: (row?.colonias ?? 0) as number,
      attended: (row?.attended ?? 0) as number,
    })),
    workshops: figureLoader<WorkshopCoverage>(rows, 'workshops', ([row]) => ({
      total: row?.count ?? 0,
      count: row?.count ?? 0,
      participants: row?.participants ?? 0,
      colonias: row?.colonias ?? 0,
    })),
    agendas: figureLoader<AgendaCoverage>(rows, 'agendas', ([row]) => ({
      inProgress: row?.in_progress ?? 0,
      finished: row?.finished ?? 0,
      implementing: row?.implementing ?? 0,
    })),
    ecos: figureLoader(rows, 'ecos', ([row]) => ({
      schools: (row?.schools ?? 0) as number,
      participants: (row?.participants ?? 0) as number,
      facilitators: (row?.facilitators ?? 0) as number,
    })),
    improvements: figureLoader<ImprovementCount[]>(rows, 'improvements', (list) =>
      list
        .map((r) => ({
          kind: r.kind as PublicSpaceKind,
          count: r.n as number | null,
          planned: r.planned as number | null,
          inProgress: r.in_progress as number | null,
        }))
        .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)),
    ),
    activity: figureLoader(rows, 'activity', ([row]) => ({
      activities: Number(row?.activities ?? 0),
      peopleReached: Number(row?.people_reached ?? 0),
    })),
    payments: figureLoader<number>(rows, 'payments', ([row]) => row?.total ?? 0),
    population: figureLoader<number | null>(rows, 'population', ([row]) =>
      row?.poblacion == null ? null : Number(row.poblacion),
    ),
    programYear: new DataLoader<number, ProgramYear | null>(async (years) => {
      const found = await dataSource.getRepository(ProgramYear).findBy({ year: In([...years]) });
      return years.map((year) => found.find((r) => r.year === year) ?? null);
    }),
  };
}

export type CoverageLoaders = ReturnType<typeof createCoverageLoaders>;
