import '../common/cli-stdout';
import 'reflect-metadata';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { AppError, ErrorCode } from '../common/errors';
import { logger } from '../common/logger';
import { openDatabase, type OpenDatabase } from '../db/database';
import type { ImportLayerId } from './import-layers';
import { importLayers, intakeLayers } from '../registry';
import { INTAKE_USAGE, runIntakeCli } from './tabular/tabular-import.cli';
import { formatImportReport, type ImportReport } from './import-report';
import { CRIME_LAYER, runCrimeImportCli } from '../crime/crime-import.cli';
import { checkImportOptions, importGeoJson, type ImportOptions } from './import.service';
import { ASSIGNMENT_LAYER, importTerritorialAssignment } from './territorial-assignment.service';
import { wantsHelp } from '../common/cli-help';

const USAGE = `usage: npm run import -- <layer> <file.geojson> [--iecm] [--name-field F] [--clave-field F] [--territorial-field F] [--dry-run] [--allow-partial] [--json]
       npm run import -- territorial-assignment <file.csv> [--dry-run] [--json]
${INTAKE_USAGE}
  layer                 ${importLayers.ids.join(' | ')}
  record layer          ${intakeLayers.ids.join(' | ')} (columns: README, "Bulk intake")
  --name-field F        property with the name (default: nombre)
  --clave-field F       property with the clave (default: the slug of the name, as the demo seed's)
  --territorial-field F colonias: property naming each colonia's territorial (clave or name); membership and
                        territorial polygons are re-derived from it
  --iecm                colonias: the file is the IECM catalogue (name nomut, clave cveut as 07-xxx, district
                        dttoloc, population pob)
  territorial-assignment a CSV with columns cveut,territorial: each unit's dirección territorial; all or nothing,
                        territorial polygons and populations rebuilt
  --dry-run             check and report everything, write nothing
  --allow-partial       write the valid features even if some are rejected (default: all or nothing)
  --json                print the report as JSON
exit status: 0 nothing rejected, 1 features (or the file) rejected, 2 usage error`;

export interface ImportCliArgs {
  options: Omit<ImportOptions, 'actor'>;
  file: string;
  json: boolean;
}

/** Parses the CLI arguments; throws a message for the user on anything wrong (exit 2). */
export function parseImportArgs(argv: readonly string[]): ImportCliArgs {
  const positional: string[] = [];
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    if (['--name-field', '--clave-field', '--territorial-field'].includes(flag)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a property name`);
      values[flag] = value;
    } else if (['--dry-run', '--allow-partial', '--json', '--iecm'].includes(flag) && inline === undefined) {
      flags.add(flag);
    } else if (flag.startsWith('--')) {
      throw new Error(`unknown option ${JSON.stringify(argv[i])}`);
    } else {
      positional.push(argv[i]);
    }
  }
  if (positional.length !== 2) throw new Error(`expected a layer and a file (got ${positional.length} arguments)`);
  const [layer, file] = positional;
  const options = {
    layer: layer as ImportLayerId,
    source: file,
    nameField: values['--name-field'] ?? (flags.has('--iecm') ? 'nomut' : 'nombre'),
    claveField: values['--clave-field'] ?? (flags.has('--iecm') ? 'cveut' : undefined),
    iecm: flags.has('--iecm'),
    territorialField: values['--territorial-field'],
    dryRun: flags.has('--dry-run'),
    allowPartial: flags.has('--allow-partial'),
  };
  try {
    checkImportOptions(options);
  } catch (error) {
    throw new Error((error as Error).message, { cause: error });
  }
  if (!existsSync(file) || !statSync(file).isFile()) throw new Error(`no such file: ${file}`);
  return { options, file, json: flags.has('--json') };
}

export interface ImportCliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processIo: ImportCliIo = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };

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
 * `npm run import -- <layer> <file> …`: imports a GeoJSON file (ADMIN's tool:
 * whoever can run it reaches the database). Returns the exit status: 0
 * nothing rejected, 1 rejected features or a rejected file, 2 usage error.
 */
export async function runImportCli(
  argv: readonly string[],
  io: ImportCliIo = processIo,
  open: () => Promise<Pick<OpenDatabase, 'dataSource' | 'close'>> = () => openDatabase(),
): Promise<number> {
  if (wantsHelp(argv)) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (argv[0] === ASSIGNMENT_LAYER) return runAssignmentCli(argv.slice(1), io, open);
  if (argv[0] === CRIME_LAYER) return runCrimeImportCli(argv.slice(1), io, open);
  if (intakeLayers.has(argv[0] ?? ''))
    return runIntakeCli(intakeLayers.get(argv[0]), argv.slice(1), io, open, cliActor(), USAGE);
  let args: ImportCliArgs;
  try {
    args = parseImportArgs(argv);
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  return runImport(io, open, args.json, (dataSource) =>
    importGeoJson(dataSource, createReadStream(args.file), { ...args.options, actor: cliActor() }),
  );
}

/**
 * Runs one import on a database of its own and prints its report (JSON or text); the exit status: 0 nothing
 * rejected, 1 rejected rows or a rejected file.
 */
async function runImport(
  io: ImportCliIo,
  open: () => Promise<Pick<OpenDatabase, 'dataSource' | 'close'>>,
  json: boolean,
  run: (dataSource: OpenDatabase['dataSource']) => Promise<ImportReport>,
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

/** `npm run import -- territorial-assignment <file.csv> [--dry-run] [--json]`. */
async function runAssignmentCli(
  argv: readonly string[],
  io: ImportCliIo,
  open: () => Promise<Pick<OpenDatabase, 'dataSource' | 'close'>>,
): Promise<number> {
  const files = argv.filter((a) => !a.startsWith('--'));
  const unknown = argv.find((a) => a.startsWith('--') && a !== '--dry-run' && a !== '--json');
  const problem = unknown
    ? `unknown option ${JSON.stringify(unknown)}`
    : files.length !== 1
      ? `expected one CSV file (got ${files.length})`
      : !existsSync(files[0]) || !statSync(files[0]).isFile()
        ? `no such file: ${files[0]}`
        : null;
  if (problem) {
    io.stderr(`${problem}\n${USAGE}\n`);
    return 2;
  }
  return runImport(io, open, argv.includes('--json'), (dataSource) =>
    importTerritorialAssignment(dataSource, readFileSync(files[0]), {
      dryRun: argv.includes('--dry-run'),
      actor: cliActor(),
      source: files[0],
    }),
  );
}

if (require.main === module) {
  runImportCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code; // not process.exit(): let stdout drain
    },
    (error) => {
      logger.fatal({ err: error }, 'import failed');
      process.exit(1);
    },
  );
}
