import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { indicatorCellsSql, type Measure } from './indicator.sql';

export interface IndicatorCell {
  measure: Measure;
  kind: 'ALCALDIA' | 'TERRITORIAL' | 'COLONIA';
  /** Territorial or colonia id; 0 for the alcaldía. */
  id: number;
  start: string;
  end: string;
}

export interface CellFigures {
  numerator: number | null;
  denominator: number | null;
  stored: number | null;
  hasData: boolean;
}

const key = (c: IndicatorCell) => `${c.measure}|${c.kind}:${c.id}|${c.start}|${c.end}`;

/** Per-request loader: every indicator cell of a request (all indicators, units and periods) in one statement. */
export function createIndicatorLoaders(dataSource: DataSource) {
  return {
    cells: new DataLoader<IndicatorCell, CellFigures, string>(
      async (cells) => {
        const measures = [...new Set(cells.map((c) => c.measure))].sort();
        const rows: {
          k: number;
          numerator: number | null;
          denominator: number | null;
          stored: number | null;
          has_data: boolean;
        }[] = await dataSource.query(indicatorCellsSql(measures), [
          cells.map((c) => c.measure),
          cells.map((c) => c.kind),
          cells.map((c) => c.id),
          cells.map((c) => c.start),
          cells.map((c) => c.end),
        ]);
        const out = cells.map((): CellFigures => ({
          numerator: null,
          denominator: null,
          stored: null,
          hasData: false,
        }));
        for (const row of rows)
          out[row.k - 1] = {
            numerator: row.numerator === null ? null : Number(row.numerator),
            denominator: row.denominator === null ? null : Number(row.denominator),
            stored: row.stored === null ? null : Number(row.stored),
            hasData: row.has_data,
          };
        return out;
      },
      { cacheKeyFn: key, maxBatchSize: 50_000 },
    ),
  };
}

export type IndicatorLoaders = ReturnType<typeof createIndicatorLoaders>;
