import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { projectRoot, WEB_ASSETS_DIR } from './web-assets';

export interface BundleReport {
  outdir: string;
  files: { name: string; bytes: number; gzipBytes: number }[];
}

/**
 * Bundles the browser code of src/web/client (MapLibre GL JS and our modules,
 * with their CSS) into dist/web/ with esbuild: three entry points (the map
 * page and the OGC API HTML views, sharing MapLibre in one chunk, and
 * GraphiQL at /graphql: React and CodeMirror). The files are
 * served by the API itself at /mapa/assets/: no CDN, no external fonts.
 */
export async function bundleWebClient(): Promise<BundleReport> {
  const root = projectRoot();
  const outdir = join(root, WEB_ASSETS_DIR);
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: {
      mapa: 'src/web/client/mapa.ts',
      ogc: 'src/web/client/ogc.ts',
      graphiql: 'src/web/client/graphiql.ts',
    },
    bundle: true,
    splitting: true,
    format: 'esm',
    target: ['es2022'],
    minify: true,
    sourcemap: false,
    outdir,
    chunkNames: 'chunk-[hash]',
    legalComments: 'linked',
    // React reads process.env.NODE_ENV: its production build, without the development checks.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  // MapLibre GL JS 6 parses tiles in a module worker shipped as its own file.
  const worker = 'maplibre-gl-worker.mjs';
  copyFileSync(join(root, 'node_modules/maplibre-gl/dist', worker), join(outdir, worker));
  // Pre-compressed copies: the server sends them to browsers that accept gzip (most of the weight is MapLibre).
  const files: BundleReport['files'] = [];
  for (const name of readdirSync(outdir).filter((n) => /\.(js|mjs|css)$/.test(n))) {
    const raw = readFileSync(join(outdir, name));
    const gzip = gzipSync(raw, { level: 9 });
    writeFileSync(join(outdir, `${name}.gz`), gzip);
    files.push({ name, bytes: statSync(join(outdir, name)).size, gzipBytes: gzip.length });
  }
  return { outdir, files };
}
