import { createReadStream, existsSync, statSync } from 'node:fs';
import { AppError } from '../common/errors';
import type { CliCommand, CliIo, OpenCliDatabase } from '../import/import-command';
import { formatCrimeImportReport, importCrime } from './crime-import.service';

export const CRIME_LAYER = 'crime';

const USAGE = `usage: npm run import -- crime <file.csv[.gz]> [--json]
  the prosecutor's CSV (plain or gzip, UTF-8, comma-separated) with columns fecha_hecho,hora_hecho,delito,lon,lat
exit status: 0 loaded (rows may have been rejected: see the report), 1 the file was refused, 2 usage error`;

/** `npm run import -- crime <file>`: the whole file in one transaction, with the report on stdout. */
export async function runCrimeImportCli(argv: readonly string[], io: CliIo, open: OpenCliDatabase): Promise<number> {
  const json = argv.includes('--json');
  const positional = argv.filter((a) => a !== '--json');
  const unknown = positional.find((a) => a.startsWith('--'));
  if (unknown || positional.length !== 1) {
    io.stderr(`${unknown ? `unknown option ${JSON.stringify(unknown)}` : 'expected one file'}\n${USAGE}\n`);
    return 2;
  }
  const [file] = positional;
  if (!existsSync(file) || !statSync(file).isFile()) {
    io.stderr(`no such file: ${file}\n${USAGE}\n`);
    return 2;
  }
  const db = await open();
  try {
    const report = await importCrime(db.dataSource, createReadStream(file), { source: file });
    io.stdout(json ? `${JSON.stringify(report, null, 2)}\n` : formatCrimeImportReport(report));
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      io.stderr(`file rejected, nothing written: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
}

/** The crime module's subcommand of `npm run import`. */
export const crimeImportCommand: CliCommand = { name: CRIME_LAYER, usage: USAGE, run: runCrimeImportCli };
