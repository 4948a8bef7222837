import type { EmbeddedPostgis } from '../../src/db/embedded-postgis';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __embedded?: EmbeddedPostgis }).__embedded?.stop();
}
