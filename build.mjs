// The quick build behind `npm start` and the CLIs: TypeScript to JavaScript file by file
// (ts.transpileModule; the project compiles with isolatedModules, as Jest runs it), and the
// map page's browser bundle. Only what changed since the last build is redone, so a warm
// `npm start` costs well under a second here. It does not type-check: `npm run build` (tsc)
// does, and CI and `npm run lint` run it.
//
//   node build.mjs          transpile what is stale, bundle the map page if its sources changed
//   node build.mjs --force  everything again
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = import.meta.dirname;
const force = process.argv.includes('--force');
const started = Date.now();

const configPath = join(root, 'tsconfig.build.json');
const parsed = ts.getParsedCommandLineOfConfigFile(
  configPath,
  {},
  { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} },
);
if (!parsed || parsed.errors.length > 0) {
  const message = parsed ? ts.flattenDiagnosticMessageText(parsed.errors[0].messageText, '\n') : 'unreadable';
  process.stderr.write(`build: ${configPath}: ${message}\n`);
  process.exit(1);
}
const options = parsed.options;
const outDir = options.outDir ?? join(root, 'dist');
const rootDir = options.rootDir ?? root;
// A change of compiler settings invalidates every output.
const configTime = Math.max(mtime(configPath), mtime(join(root, 'tsconfig.json')), mtime(join(root, 'build.mjs')));

let transpiled = 0;
for (const source of parsed.fileNames) {
  if (source.endsWith('.d.ts')) continue;
  const output = join(outDir, relative(rootDir, source)).replace(/\.ts$/, '.js');
  if (!force && mtime(output) >= Math.max(mtime(source), configTime)) continue;
  const result = ts.transpileModule(readFileSync(source, 'utf8'), {
    compilerOptions: options,
    fileName: source,
    reportDiagnostics: true,
  });
  const syntaxError = result.diagnostics?.find((d) => d.category === ts.DiagnosticCategory.Error);
  if (syntaxError) {
    const { line, character } = syntaxError.file.getLineAndCharacterOfPosition(syntaxError.start ?? 0);
    const message = ts.flattenDiagnosticMessageText(syntaxError.messageText, '\n');
    process.stderr.write(`build: ${relative(root, source)}:${line + 1}:${character + 1}: ${message}\n`);
    process.exit(1);
  }
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, result.outputText);
  if (result.sourceMapText) writeFileSync(`${output}.map`, result.sourceMapText);
  transpiled++;
}

// The map page's bundle (esbuild, see src/web/client-bundle.ts), when a browser source is newer than it.
const bundleStamp = join(outDir, 'web', 'mapa.js');
const clientSources = newestIn(join(root, 'src', 'web', 'client'));
let bundled = false;
if (force || mtime(bundleStamp) < Math.max(clientSources, mtime(join(root, 'package-lock.json')))) {
  const { bundleWebClient } = await import(join(outDir, 'src', 'web', 'client-bundle.js'));
  await bundleWebClient();
  bundled = true;
}
process.stderr.write(
  `build: ${transpiled} of ${parsed.fileNames.length} files transpiled${bundled ? ', map page bundled' : ''} in ${Date.now() - started} ms\n`,
);

function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function newestIn(folder) {
  let newest = 0;
  if (!existsSync(folder)) return newest;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, mtime(resolve(entry.parentPath ?? entry.path, entry.name)));
  }
  return newest;
}
