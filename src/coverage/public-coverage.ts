import { Identities, suppressAdditiveCells } from '../auth/small-cells';
import { BENEFICIARY_BREAKDOWN_COLUMNS } from './coverage.sql';
import { CoverageScopeKind, type BeneficiaryCoverage, type CoverageScope, type KeyCount } from './coverage.types';

/**
 * What a PUBLIC caller sees of beneficiaries and payments: one table for the
 * whole alcaldía, suppressed once, so that no published figure is the
 * difference of others.
 *
 * - Windows are whole program years: a window counts the program years it
 *   touches (beneficiaries enrolled in them and not dropped before their year
 *   began; payments of months in them). Two windows touching the same years
 *   give the same answer, so a baja between them shows nothing.
 * - Every cell of every scope (colonia, territorial, alcaldía) and of every
 *   run of consecutive program years is in one table, linked by what adds up:
 *   a breakdown to its scope's total, a territorial to its colonias, the
 *   alcaldía to its territoriales and colonias, a run of years to its halves.
 *   `suppressAdditiveCells` hides the 1–4 cells and, until none is left, one
 *   more member of every identity with a single hidden one.
 * - Money reveals roles (a servidor is paid more than a promotor): a scope's
 *   payments are hidden wherever its byRole has a hidden cell, and linked by
 *   the same identities.
 */

type Row = Record<string, any>;
type Dimension = keyof typeof BENEFICIARY_BREAKDOWN_COLUMNS;
const DIMENSIONS = Object.keys(BENEFICIARY_BREAKDOWN_COLUMNS) as Dimension[];
const DIMENSION_KEYS = DIMENSIONS.map((d) => Object.keys(BENEFICIARY_BREAKDOWN_COLUMNS[d]));
const DIMENSION_COLUMNS = DIMENSIONS.map((d) => Object.values(BENEFICIARY_BREAKDOWN_COLUMNS[d]) as string[]);
/** Measures of a node, in this order: total, every breakdown column, paid. */
const COLUMNS = DIMENSION_COLUMNS.flat();
const TOTAL = 0;
const PAID = COLUMNS.length + 1;
const MEASURES = COLUMNS.length + 2;
/** The measure of each breakdown key, by dimension. */
const DIMENSION_MEASURES = DIMENSION_COLUMNS.map((columns) => columns.map((c) => 1 + COLUMNS.indexOf(c)));
const columnMeasure = (dimension: number, key: number) => DIMENSION_MEASURES[dimension][key];
const ROLE = DIMENSIONS.indexOf('byRole');

export interface PublicCoverage {
  beneficiaries(scope: CoverageScope): BeneficiaryCoverage;
  /** null when hidden. */
  paymentsTotal(scope: CoverageScope): number | null;
}

const yearOf = (date: string | null, open: number) => (date === null ? open : Number(date.slice(0, 4)));
const cents = (x: number) => Math.round(x * 100) / 100;

/**
 * The last table built, by the rows it was built from: the rows change only with the data, and building costs
 * ~100,000 identities per program year where reading the rows costs one statement every request already runs.
 */
let last: { rows: string; table: PublicCoverage } | undefined;

/** The table of the rows of `publicBeneficiaryCells` and `publicPaymentCells` (the last one when the rows are the same). */
export function publicCoverage(beneficiaryRows: Row[], paymentRows: Row[]): PublicCoverage {
  // `k` is the scope's position in the request's batch, not data.
  const rows = JSON.stringify([beneficiaryRows, paymentRows], (key, value) => (key === 'k' ? undefined : value));
  if (last?.rows !== rows) last = { rows, table: buildPublicCoverage(beneficiaryRows, paymentRows) };
  return last.table;
}

/** Builds and suppresses the table from the rows of `publicBeneficiaryCells` and `publicPaymentCells`. */
export function buildPublicCoverage(beneficiaryRows: Row[], paymentRows: Row[]): PublicCoverage {
  // Nodes: the alcaldía (0), then territoriales, then colonias.
  const territorialOf = new Map<number, number>();
  for (const r of [...beneficiaryRows, ...paymentRows]) territorialOf.set(r.colonia_id, r.territorial_id);
  const territoriales = [...new Set(territorialOf.values())].sort((a, b) => a - b);
  const colonias = [...territorialOf.keys()].sort((a, b) => a - b);
  const territorialNode = new Map(territoriales.map((id, i) => [id, 1 + i]));
  const coloniaNode = new Map(colonias.map((id, i) => [id, 1 + territoriales.length + i]));
  const nodes = 1 + territoriales.length + colonias.length;
  const years = [...new Set([...beneficiaryRows, ...paymentRows].map((r) => Number(r.year)))].sort((a, b) => a - b);

  // Ranges of consecutive program years [i..j] (indexes into `years`).
  const rangeIndex: number[][] = years.map(() => []);
  let ranges = 0;
  for (let i = 0; i < years.length; i++) for (let j = i; j < years.length; j++) rangeIndex[i][j] = ranges++;
  const at = (range: number, node: number, measure: number) => (range * nodes + node) * MEASURES + measure;
  const cells = ranges * nodes * MEASURES;
  const values = new Float64Array(cells);

  // Single years: colonias from the rows, then their territorial and the alcaldía.
  const yearIndex = new Map(years.map((y, i) => [y, i]));
  const add = (year: number, colonia: number, measure: number, value: number) => {
    const i = yearIndex.get(year)!;
    const r = rangeIndex[i][i];
    values[at(r, coloniaNode.get(colonia)!, measure)] += value;
    values[at(r, territorialNode.get(territorialOf.get(colonia)!)!, measure)] += value;
    values[at(r, 0, measure)] += value;
  };
  for (const row of beneficiaryRows) {
    add(Number(row.year), row.colonia_id, TOTAL, row.total);
    COLUMNS.forEach((c, m) => add(Number(row.year), row.colonia_id, 1 + m, row[c]));
  }
  for (const row of paymentRows) add(Number(row.year), row.colonia_id, PAID, row.paid);
  // Longer runs: the sum of their years.
  for (let i = 0; i < years.length; i++)
    for (let j = i + 1; j < years.length; j++)
      for (let node = 0; node < nodes; node++)
        for (let m = 0; m < MEASURES; m++)
          values[at(rangeIndex[i][j], node, m)] =
            values[at(rangeIndex[i][j - 1], node, m)] + values[at(rangeIndex[j][j], node, m)];

  const people = new Uint8Array(cells);
  const reveals = new Int32Array(cells).fill(-1);
  const identities = new Identities();
  const coloniaNodes = territoriales.map((t) =>
    colonias.filter((c) => territorialOf.get(c) === t).map((c) => coloniaNode.get(c)!),
  );
  const allColoniaNodes = colonias.map((c) => coloniaNode.get(c)!);
  const territorialNodes = territoriales.map((t) => territorialNode.get(t)!);
  for (let r = 0; r < ranges; r++) {
    for (let node = 0; node < nodes; node++) {
      for (let m = 1; m < PAID; m++) people[at(r, node, m)] = 1;
      // A breakdown sums to the scope's total (published); the role split is revealed by the scope's payments.
      for (const measures of DIMENSION_MEASURES)
        identities.add(
          -1,
          measures.map((m) => at(r, node, m)),
        );
      for (const m of DIMENSION_MEASURES[ROLE]) reveals[at(r, node, m)] = at(r, node, PAID);
    }
    for (let m = 1; m < MEASURES; m++) {
      territorialNodes.forEach((t, ti) =>
        identities.add(
          at(r, t, m),
          coloniaNodes[ti].map((c) => at(r, c, m)),
        ),
      );
      identities.add(
        at(r, 0, m),
        territorialNodes.map((t) => at(r, t, m)),
      );
      identities.add(
        at(r, 0, m),
        allColoniaNodes.map((c) => at(r, c, m)),
      );
    }
  }
  const halves = [0, 0];
  for (let i = 0; i < years.length; i++)
    for (let j = i + 1; j < years.length; j++)
      for (let split = i; split < j; split++)
        for (let node = 0; node < nodes; node++)
          for (let m = 1; m < MEASURES; m++) {
            halves[0] = at(rangeIndex[i][split], node, m);
            halves[1] = at(rangeIndex[split + 1][j], node, m);
            identities.add(at(rangeIndex[i][j], node, m), halves);
          }
  const hidden = suppressAdditiveCells(values, people, identities, reveals);

  /** The table's range and node for a scope; null when the window touches no year of the table or the scope has no row. */
  const locate = (scope: CoverageScope): { range: number; node: number } | null => {
    const from = yearOf(scope.from, -Infinity);
    const to = yearOf(scope.to, Infinity);
    const inside = years.map((y, i) => (y >= from && y <= to ? i : -1)).filter((i) => i >= 0);
    if (!inside.length) return null;
    const node =
      scope.kind === CoverageScopeKind.ALCALDIA
        ? 0
        : scope.kind === CoverageScopeKind.TERRITORIAL
          ? territorialNode.get(scope.id)
          : coloniaNode.get(scope.id);
    if (node === undefined) return null;
    return { range: rangeIndex[inside[0]][inside[inside.length - 1]], node };
  };
  const cell = (place: { range: number; node: number } | null, measure: number) => {
    if (!place) return 0;
    const i = at(place.range, place.node, measure);
    return hidden[i] ? null : values[i];
  };

  return {
    beneficiaries(scope) {
      const place = locate(scope);
      const breakdown = (d: number): KeyCount<any>[] =>
        DIMENSION_KEYS[d].map((key, k) => ({ key, count: cell(place, columnMeasure(d, k)) }));
      return {
        total: cell(place, TOTAL) ?? 0,
        byRole: breakdown(DIMENSIONS.indexOf('byRole')),
        byAgeGroup: breakdown(DIMENSIONS.indexOf('byAgeGroup')),
        bySex: breakdown(DIMENSIONS.indexOf('bySex')),
        byEducation: breakdown(DIMENSIONS.indexOf('byEducation')),
        byOccupation: breakdown(DIMENSIONS.indexOf('byOccupation')),
      };
    },
    paymentsTotal(scope) {
      const paid = cell(locate(scope), PAID);
      return paid === null ? null : cents(paid);
    },
  };
}
