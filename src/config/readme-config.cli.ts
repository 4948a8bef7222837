import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withConfigurationTable } from './readme-table';

/** `npm run readme:config`: rewrites the README's configuration table from src/config/settings.ts. */
const USAGE = `usage: npm run readme:config
Rewrites the configuration table of README.md from src/config/settings.ts (tests/config/config.test.ts
fails when they differ).`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
if (args.length > 0) {
  console.error(`unknown option ${args[0]}\n${USAGE}`);
  process.exit(2);
}
const file = path.resolve(__dirname, '..', '..', '..', 'README.md');
const before = readFileSync(file, 'utf8');
const after = withConfigurationTable(before);
if (after === before) console.log('README.md: configuration table up to date');
else {
  writeFileSync(file, after);
  console.log('README.md: configuration table rewritten');
}
