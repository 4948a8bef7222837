import '../common/cli-stdout';
import 'reflect-metadata';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { wantsHelp } from '../common/cli-help';
import { logger } from '../common/logger';
import { cliActor, runImport, type CliIo, type OpenCliDatabase } from '../import/import-command';
import type { ImportLayerId } from '../import/import-layers';
import { checkImportOptions, importGeoJson, type ImportOptions } from '../import/import.service';
import { openDatabase } from './database';
import { cliCommands, importer, intakeLayers } from './registry';
import { INTAKE_USAGE, runIntakeCli } from '../import/tabular-import.cli';

const USAGE = [
  `usage: npm run import -- <layer> <file.geojson> [--iecm] [--name-field F] [--clave-field F] [--territorial-field F] [--dry-run] [--allow-partial] [--json]
  layer                 ${importer.layers.ids.join(' | ')}
  --name-field F        property with the name (default: nombre)
  --clave-field F       property with the clave (default: the slug of the name, as the demo seed's)
  --territorial-field F colonias: property naming each colonia's territorial (clave or name); membership and
                        territorial polygons are re-derived from it
  --iecm                colonias: the file is the IECM catalogue (name nomut, clave cveut as 07-xxx, district
                        dttoloc, population pob)
  --dry-run             check and report everything, write nothing
  --allow-partial       write the valid features even if some are rejected (default: all or nothing)
  --json                print the report as JSON
exit status: 0 nothing rejected, 1 features (or the file) rejected, 2 usage error`,
  // The modules' subcommands (their descriptors' cliCommands).
  INTAKE_USAGE,
  `  record layer          ${intakeLayers.ids.join(' | ')} (columns: docs/intake.md)`,
  ...cliCommands.map((command) => command.usage.replace(/^usage: /, '       ')),
].join('\n');

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
    checkImportOptions(importer, options);
  } catch (error) {
    throw new Error((error as Error).message, { cause: error });
  }
  if (!existsSync(file) || !statSync(file).isFile()) throw new Error(`no such file: ${file}`);
  return { options, file, json: flags.has('--json') };
}

export type ImportCliIo = CliIo;

const processIo: CliIo = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };

export { cliActor };

/**
 * `npm run import -- <layer> <file> …`: imports a GeoJSON file (ADMIN's tool:
 * whoever can run it reaches the database). Returns the exit status: 0
 * nothing rejected, 1 rejected features or a rejected file, 2 usage error.
 */
export async function runImportCli(
  argv: readonly string[],
  io: ImportCliIo = processIo,
  open: OpenCliDatabase = () => openDatabase(),
): Promise<number> {
  if (wantsHelp(argv)) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const command = cliCommands.find((c) => c.name === argv[0]);
  if (command) return command.run(argv.slice(1), io, open, importer);
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
    importGeoJson(importer, dataSource, createReadStream(args.file), { ...args.options, actor: cliActor() }),
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
