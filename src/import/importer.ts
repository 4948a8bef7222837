import type { QueryRunner } from 'typeorm';
import type { ImportFields } from './import-intake';
import type { ImportLayerId, ImportLayerRegistry } from './import-layers';
import type { ImportReport } from './import-report';

/** A table placed in a colonia whose `territorial_id` copies the colonia's (a module's `placedTables`). */
export interface PlacedTable {
  table: string;
  entity: string;
}

/** Options of `npm run import` / POST /import/{layer} that only some layers take (their hooks say which). */
export type LayerOnlyOption = keyof Pick<ImportFields, 'territorialField' | 'iecm'>;

/** What the importer needs to run a layer import, besides the staged features. */
export interface ImportRun {
  /** Audit actor. */
  actor: string;
  fields: ImportFields;
  /** Every module's placed tables (rows that follow their colonia to another territorial). */
  placedTables: readonly PlacedTable[];
}

/**
 * What a module adds to the import of a layer (its descriptor's `importHooks`), run inside the
 * import's transaction over the staging table `import_feature` (src/import/import.service.ts).
 */
export interface ImportHook {
  /** The import layer it applies to. */
  layer: ImportLayerId;
  /** Options only this layer takes (any other layer refuses them). */
  options?: readonly LayerOnlyOption[];
  /** After the checks, before the upsert: may fill staged columns or add `reasons` (rejecting features). */
  beforeUpsert?(db: QueryRunner, run: ImportRun): Promise<void>;
  /** After the upsert: derived data that follows the layer; may answer the report's `territoriales`. */
  afterUpsert?(db: QueryRunner, run: ImportRun): Promise<ImportReport['territoriales'] | void>;
}

/** The importer's vocabulary, built from the module list by the application (src/app/registry.ts). */
export interface Importer {
  layers: ImportLayerRegistry;
  placedTables: readonly PlacedTable[];
  hooks: readonly ImportHook[];
}

/** The hooks of one layer, in module order. */
export function hooksOf(importer: Importer, layer: ImportLayerId): ImportHook[] {
  return importer.hooks.filter((h) => h.layer === layer);
}
