import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where `npm run build` writes the browser bundle, relative to the project root. */
export const WEB_ASSETS_DIR = 'dist/web';
/** URL prefix the bundle is served under. */
export const WEB_ASSETS_PATH = '/mapa/assets';

/** The folder holding package.json (from src/web or dist/src/web alike). */
export function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + __dirname);
    dir = parent;
  }
  return dir;
}

export interface WebAssets {
  dir: string;
  /** `url(name)`: the asset's URL with a content hash for cache busting. */
  url(name: string): string;
  /** False when `npm run build` has not produced the bundle. */
  built: boolean;
}

/** The built bundle; versions are hashes of the files, read once. */
export function webAssets(): WebAssets {
  const dir = join(projectRoot(), WEB_ASSETS_DIR);
  const versions = new Map<string, string>();
  const version = (name: string): string => {
    let v = versions.get(name);
    if (v === undefined) {
      const file = join(dir, name);
      v = existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12) : 'missing';
      versions.set(name, v);
    }
    return v;
  };
  return {
    dir,
    url: (name) => `${WEB_ASSETS_PATH}/${name}?v=${version(name)}`,
    get built() {
      return existsSync(join(dir, 'mapa.js')) && existsSync(join(dir, 'graphiql.js'));
    },
  };
}
