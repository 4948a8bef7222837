import type { DataSource, QueryRunner } from 'typeorm';
import { isDatabaseUnavailable, serviceUnavailable } from '../db/unavailable';
import type { ImportReport } from './import-report';

/**
 * Runs an import in ONE transaction: committed when the report says `written`, rolled back
 * otherwise (dry run, rejected features). A database outage becomes SERVICE_UNAVAILABLE, as for
 * writes (runWrite): before COMMIT is sent PostgreSQL rolls the transaction back when its
 * connection dies, so nothing was imported (`retryable: true`); once COMMIT is on the wire the
 * outcome cannot be known from here and the error says so (`retryable: false`).
 */
export async function runImportTransaction(
  dataSource: DataSource,
  work: (runner: QueryRunner) => Promise<ImportReport>,
): Promise<ImportReport> {
  let commitSent = false;
  const runner = dataSource.createQueryRunner('master');
  try {
    await runner.connect();
    await runner.startTransaction();
    let report: ImportReport;
    try {
      report = await work(runner);
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    }
    if (report.written) {
      commitSent = true;
      await runner.commitTransaction();
    } else {
      await runner.rollbackTransaction();
    }
    return report;
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw serviceUnavailable(!commitSent);
    throw error;
  } finally {
    await runner.release().catch(() => undefined);
  }
}
