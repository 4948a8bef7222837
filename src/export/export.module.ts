import { defineModule } from '../module';
import { beneficiaryExports } from './beneficiaries.export';
import { coverageExport } from './coverage.export';
import { crimeExport } from './crime.export';
import { exportRouter } from './export.router';
import { indicatorSeriesExport } from './indicator-series.export';

/** The tables GET /export/<table> serves, in the order GET /export lists them. */
export const EXPORT_TABLES = [coverageExport, ...beneficiaryExports, indicatorSeriesExport, crimeExport] as const;

/**
 * Spreadsheet exports (CSV and XLSX) of the coverage, beneficiary, indicator and crime tables, read through the
 * modules' own services with the caller's role (docs/exports.md).
 */
export const exportModule = defineModule({
  name: 'export',
  routers: [(services) => exportRouter(EXPORT_TABLES, services)], // GET /export, GET /export/<table>
});
