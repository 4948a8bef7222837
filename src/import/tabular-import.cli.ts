import { createReadStream, existsSync, statSync } from 'node:fs';
import { AppError, ErrorCode } from '../common/errors';
import type { OpenDatabase } from '../db/database';
import { importTabular } from './tabular-import.service';
import { templateCsv, type IntakeLayer } from './tabular-layer';
import { formatIntakeReport } from './tabular-report';
import { intakeFileLimit } from './tabular-source';

export const INTAKE_USAGE = `       npm run import -- <record layer> <file.csv|file.xlsx> [--sheet NAME] [--dry-run] [--json]
       npm run import -- <record layer> --template   (prints the CSV header with a one-row example)`;

export interface IntakeCliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/**
 * `npm run import -- <layer> <file>` for the program's records (beneficiaries,
 * payments, activities, workshops, agendas): CSV or XLSX, all or nothing.
 * Exit status: 0 written (or a clean dry run), 1 rows or the file refused, 2 usage error.
 */
export async function runIntakeCli(
  layer: IntakeLayer,
  argv: readonly string[],
  io: IntakeCliIo,
  open: () => Promise<Pick<OpenDatabase, 'dataSource' | 'close'>>,
  actor: string,
  usage: string,
): Promise<number> {
  const files: string[] = [];
  const flags = new Set<string>();
  let sheet: string | undefined;
  let problem: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    if (flag === '--sheet') {
      sheet = inline ?? argv[++i];
      if (sheet === undefined || sheet === '' || sheet.startsWith('--')) problem = '--sheet needs a sheet name';
    } else if (['--dry-run', '--json', '--template'].includes(flag) && inline === undefined) flags.add(flag);
    else if (flag.startsWith('--')) problem ??= `unknown option ${JSON.stringify(argv[i])}`;
    else files.push(argv[i]);
  }
  if (flags.has('--template')) {
    if (files.length > 0 || problem) {
      io.stderr(`--template takes no file\n${usage}\n`);
      return 2;
    }
    io.stdout(templateCsv(layer));
    return 0;
  }
  problem ??=
    files.length !== 1
      ? `expected one file (got ${files.length})`
      : !existsSync(files[0]) || !statSync(files[0]).isFile()
        ? `no such file: ${files[0]}`
        : null;
  if (problem) {
    io.stderr(`${problem}\n${usage}\n`);
    return 2;
  }
  const limit = intakeFileLimit();
  if (statSync(files[0]).size > limit) {
    io.stderr(`file rejected: ${files[0]} is larger than the limit of ${limit} bytes (INTAKE_FILE_LIMIT_BYTES)\n`);
    return 1;
  }
  const db = await open();
  try {
    const report = await importTabular(db.dataSource, layer, createReadStream(files[0], { highWaterMark: 64 * 1024 }), {
      source: files[0],
      actor,
      dryRun: flags.has('--dry-run'),
      sheet,
      limit,
    });
    io.stdout(flags.has('--json') ? `${JSON.stringify(report, null, 2)}\n` : formatIntakeReport(report));
    return report.refused > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof AppError) {
      io.stderr(
        `${error.code === ErrorCode.SERVICE_UNAVAILABLE ? 'import not completed' : 'file rejected'}: ${error.message}\n`,
      );
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
}
