import { existsSync, readFileSync, statSync } from 'node:fs';
import { cliActor, runImport, type CliCommand } from '../import/import-command';
import { ASSIGNMENT_LAYER, importTerritorialAssignment } from './territorial-assignment.service';

const USAGE = `usage: npm run import -- territorial-assignment <file.csv> [--dry-run] [--json]
  territorial-assignment a CSV with columns cveut,territorial: each unit's dirección territorial; all or nothing,
                        territorial polygons and populations rebuilt`;

/** `npm run import -- territorial-assignment <file.csv> [--dry-run] [--json]`. */
export const territorialAssignmentCommand: CliCommand = {
  name: ASSIGNMENT_LAYER,
  usage: USAGE,
  async run(argv, io, open, importer) {
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
      importTerritorialAssignment(
        dataSource,
        readFileSync(files[0]),
        { dryRun: argv.includes('--dry-run'), actor: cliActor(), source: files[0] },
        importer.placedTables,
      ),
    );
  },
};
