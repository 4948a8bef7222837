import { userInfo } from 'node:os';
import type { DataSource } from 'typeorm';
import { AppError, ErrorCode } from '../common/errors';
import type { Importer } from './importer';
import { formatImportReport, type ImportReport } from './import-report';

/** Where a command writes (the process's streams, or a test's strings). */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Opens the database a command works on (the app's, or a test's). */
export type OpenCliDatabase = () => Promise<{ dataSource: DataSource; close(): Promise<void> }>;

/**
 * A subcommand of `npm run import` a module brings (its descriptor's `cliCommands`):
 * `npm run import -- <name> …`. Answers the exit status: 0 done, 1 rejected, 2 usage error.
 */
export interface CliCommand {
  name: string;
  /** Its usage lines, shown in `npm run import`'s usage. */
  usage: string;
  run(argv: readonly string[], io: CliIo, open: OpenCliDatabase, importer: Importer): Promise<number>;
}

/** The actor the audit trail records for the CLI: there is no token, so the OS user. */
export function cliActor(): string {
  let name: string;
  try {
    name = userInfo().username;
  } catch {
    // eslint-disable-next-line no-restricted-syntax -- the operating system's user name, not a setting of ours
    name = process.env.USER ?? 'unknown';
  }
  return `cli:${name}`;
}

/** A database outage is not the file's fault: say the import did not complete (or may not have). */
function importFailure(error: AppError): string {
  return error.code === ErrorCode.SERVICE_UNAVAILABLE ? 'import not completed' : 'file rejected';
}

/**
 * Runs one import on a database of its own and prints its report (JSON or text); the exit status: 0 nothing
 * rejected, 1 rejected rows or a rejected file.
 */
export async function runImport(
  io: CliIo,
  open: OpenCliDatabase,
  json: boolean,
  run: (dataSource: DataSource) => Promise<ImportReport>,
): Promise<number> {
  const db = await open();
  try {
    const report = await run(db.dataSource);
    io.stdout(json ? `${JSON.stringify(report, null, 2)}\n` : formatImportReport(report));
    return report.rejected > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof AppError) {
      io.stderr(`${importFailure(error)}: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
}
