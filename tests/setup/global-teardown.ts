import type { EmbeddedPostgis } from '../../src/db/embedded-postgis';

export default async function globalTeardown(): Promise<void> {
  for (const embedded of (globalThis as { __embedded?: EmbeddedPostgis[] }).__embedded ?? []) await embedded.stop();
}
