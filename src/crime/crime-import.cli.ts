import { createReadStream, existsSync, statSync } from 'node:fs';
import { AppError } from '../common/errors';
import type { OpenDatabase } from '../db/database';
import { formatCrimeImportReport, importCrime } from './crime-import.service';

export const CRIME_LAYER = 'crime';

const USAGE = `usage: npm run import -- crime <file.csv[.gz]> [--json]
  the prosecutor's CSV (plain or gzip, UTF-8, comma-separated) with columns fecha_hecho,hora_hecho,delito,lon,lat
exit status: 0 loaded (rows may have been rejected: see the report), 1 the file was refused, 2 usage error`;

interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** `npm run import -- crime <file>`: the whole file in one transaction, with the report on stdout. */
export async function runCrimeImportCli(
  argv: readonly string[],
  io: Io,
  open: () => Promise<Pick<OpenDatabase, 'dataSource' | 'close'>>,
): Promise<number> {
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
