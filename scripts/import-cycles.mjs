// `npm run lint` runs this: fails on any file-level import cycle in the TypeScript sources,
// type-only imports (`import type`, `export type … from`) included. Imports are read with
// ts.preProcessFile and resolved with TypeScript's own module resolution (tsconfig.json).
//
//   node scripts/import-cycles.mjs           fail (exit 1) naming every cycle found
//   node scripts/import-cycles.mjs --layers  also print the arrows that run back up a layer
import { join, relative } from 'node:path';
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const root = join(import.meta.dirname, '..');
const config = ts.getParsedCommandLineOfConfigFile(
  join(root, 'tsconfig.json'),
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic() {},
  },
);
const files = config.fileNames.filter((f) => !f.endsWith('.d.ts'));
const known = new Set(files);
const host = ts.createModuleResolutionCache(root, (s) => s, config.options);

/** file → the project files it imports (any kind of import: value, type, re-export, dynamic). */
const edges = new Map();
for (const file of files) {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const targets = new Set();
  for (const { fileName } of importedFiles) {
    if (!fileName.startsWith('.')) continue;
    const resolved = ts.resolveModuleName(fileName, file, config.options, ts.sys, host).resolvedModule;
    if (resolved && known.has(resolved.resolvedFileName)) targets.add(resolved.resolvedFileName);
  }
  edges.set(file, [...targets]);
}

// Tarjan's strongly connected components: every component of more than one file is a cycle.
let index = 0;
const order = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const cycles = [];
function visit(v) {
  order.set(v, index);
  low.set(v, index++);
  stack.push(v);
  onStack.add(v);
  for (const w of edges.get(v)) {
    if (!order.has(w)) {
      visit(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), order.get(w)));
  }
  if (low.get(v) === order.get(v)) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || edges.get(v).includes(v)) cycles.push(component);
  }
}
for (const file of files) if (!order.has(file)) visit(file);

const rel = (f) => relative(root, f);
/** One concrete loop inside a component, for the message. */
function loopIn(component) {
  const inside = new Set(component);
  const start = component[component.length - 1];
  const path = [start];
  const seen = new Set([start]);
  for (let at = start; ;) {
    const next =
      edges.get(at).find((w) => inside.has(w) && (w === start || !seen.has(w))) ??
      edges.get(at).find((w) => inside.has(w));
    const cut = path.indexOf(next);
    if (cut >= 0) return [...path.slice(cut), next];
    path.push(next);
    seen.add(next);
    at = next;
  }
}

if (process.argv.includes('--layers')) {
  // Layers, bottom to top: infrastructure folders, domain modules, the application (composition root).
  const INFRASTRUCTURE = new Set([
    'config',
    'common',
    'db',
    'geo',
    'write',
    'auth',
    'cache',
    'http',
    'web',
    'import',
    'placement',
  ]);
  const layerOf = (file) => {
    const parts = rel(file).split('/');
    if (parts[0] === 'migrations') return 0;
    if (parts[0] !== 'src') return 3; // tests, seeds, bench, …: above everything
    if (parts.length === 2) return /^src\/(context|module)\.ts$/.test(rel(file)) ? 0 : 2;
    if (parts[1] === 'app') return 2;
    return INFRASTRUCTURE.has(parts[1]) ? 0 : 1;
  };
  const moduleOf = (file) => rel(file).split('/')[1];
  const up = [];
  const across = [];
  for (const [from, targets] of edges) {
    for (const to of targets) {
      if (layerOf(to) > layerOf(from)) up.push(`${rel(from)} → ${rel(to)}`);
      else if (layerOf(from) === 1 && layerOf(to) === 1 && moduleOf(from) !== moduleOf(to))
        across.push(`${rel(from)} → ${rel(to)}`);
    }
  }
  console.log(`files: ${files.length}, import arrows: ${[...edges.values()].reduce((n, t) => n + t.length, 0)}`);
  console.log(`arrows running back up a layer (infrastructure → module/app, module → app): ${up.length}`);
  for (const arrow of up) console.log(`  ${arrow}`);
  console.log(`arrows from one domain module into another: ${across.length}`);
  for (const arrow of across) console.log(`  ${arrow}`);
  console.log(
    `cycles (strongly connected groups of files): ${cycles.length}, files in them: ${cycles.reduce((n, c) => n + c.length, 0)}`,
  );
  for (const c of cycles) console.log(`  ${c.length} files, e.g. ${loopIn(c).map(rel).join(' → ')}`);
  process.exit(0);
}

if (cycles.length > 0) {
  for (const component of cycles) {
    process.stderr.write(`import cycle (${component.length} files): ${loopIn(component).map(rel).join(' → ')}\n`);
  }
  process.stderr.write(`${cycles.length} import cycle(s) between files (type-only imports count): break them.\n`);
  process.exit(1);
}
