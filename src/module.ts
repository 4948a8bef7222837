import type { DataSource } from 'typeorm';
import type { Identity } from './auth/identity';
import type { LayerDefinition } from './geo/layers';
import type { ImportLayer } from './import/import-layers';
import type { IntakeLayer } from './import/tabular/tabular-layer';

/** A class (a resolver or a TypeORM entity). */
export type ClassType = abstract new (...args: any[]) => object;

/**
 * What a domain module contributes, declared once in its own folder
 * (`<module>/<module>.module.ts`). src/modules.ts lists the modules and
 * src/registry.ts derives everything else from that list: the GraphQL
 * resolvers, the per-request loaders, the TypeORM entities, the map layers,
 * the `AuditEntity` enum and the import layers.
 */
export interface DomainModule<Loaders extends object = object> {
  /** Folder name, for messages. */
  name: string;
  /** type-graphql resolver classes: queries, mutations, field resolvers. */
  resolvers?: readonly ClassType[];
  /** Per-request DataLoaders, merged into `ctx.loaders` (each module uses its own keys). */
  loaders?: (dataSource: DataSource, identity: Identity) => Loaders;
  /** TypeORM entities. */
  entities?: readonly ClassType[];
  /** Map layers (GraphQL featureCollection, /geojson, /ogc, /tiles). */
  layers?: readonly LayerDefinition[];
  /** `audit_log.entity` names of the rows it writes (the `AuditEntity` enum: upper-cased). */
  audited?: readonly string[];
  /** Layers `npm run import` and POST /import/{layer} can load. */
  importLayers?: readonly ImportLayer[];
  /** Tables `npm run import` and POST /import/{layer} load from CSV or XLSX (the program's records). */
  intakeLayers?: readonly IntakeLayer[];
  /**
   * Tables placed in a colonia whose `territorial_id` copies the colonia's:
   * an import that moves a colonia to another territorial moves their rows too.
   */
  placedTables?: readonly { table: string; entity: string }[];
}

/** Declares a module, keeping its loaders' type for `ctx.loaders`. */
export function defineModule<Loaders extends object = object>(module: DomainModule<Loaders>): DomainModule<Loaders> {
  return module;
}
