import type { Router } from 'express';
import type { DataSource } from 'typeorm';
import type { Identity } from './auth/identity';
import type { LayerDefinition, LayerExtension } from './geo/layers';
import type { CliCommand } from './import/import-command';
import type { ImportHook, Importer, PlacedTable } from './import/importer';
import type { ImportLayer } from './import/import-layers';
import type { IntakeLayer } from './import/tabular-layer';
import type { RequestContextFactory } from './common/request-context';

import type { ClassType } from './common/class-type';

export type { ClassType };

/** What a module's HTTP router is built from (src/app/server.ts hands it over). */
export interface RouterServices {
  dataSource: DataSource;
  /** The importer over every module's import layers, placed tables and hooks. */
  importer: Importer;
  /** Builds a request's context (identity, per-request loaders), as GraphQL's: for routers that call module services. */
  createContext: RequestContextFactory;
}

/** What a module's background worker is started with (src/app/server-process.ts, once per server process). */
export interface WorkerServices {
  dataSource: DataSource;
}

/** A background worker the server process runs while it serves, stopped at shutdown. */
export interface BackgroundWorker {
  /** Finishes the work in hand (nothing new starts) and resolves once stopped. */
  stop(): Promise<void>;
}

/**
 * What a domain module contributes, declared once in its own folder
 * (`<module>/<module>.module.ts`). src/app/modules.ts lists the modules and
 * src/app/registry.ts derives everything else from that list: the GraphQL
 * resolvers, the per-request loaders, the TypeORM entities, the map layers and
 * their extensions, the `AuditEntity` enum, the importer (layers, placed tables,
 * hooks), the HTTP routers and the `npm run import` subcommands.
 *
 * Its loaders' types are added to `ctx.loaders` by interface augmentation in
 * the module file (see `Loaders` in src/common/request-context.ts).
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
  /** Properties (and their joins, or coverage figures) this module adds to another module's map layer. */
  layerExtensions?: readonly LayerExtension[];
  /** `audit_log.entity` names of the rows it writes (the `AuditEntity` enum: upper-cased). */
  audited?: readonly string[];
  /** Layers `npm run import` and POST /import/{layer} can load. */
  importLayers?: readonly ImportLayer[];
  /** Tables `npm run import` and POST /import/{layer} load from CSV or XLSX (the program's records). */
  intakeLayers?: readonly IntakeLayer[];
  /** What it adds to an import of a layer (its own or another module's): layer-only options, steps in the transaction. */
  importHooks?: readonly ImportHook[];
  /**
   * Tables placed in a colonia whose `territorial_id` copies the colonia's:
   * an import that moves a colonia to another territorial moves their rows too.
   */
  placedTables?: readonly PlacedTable[];
  /** HTTP routers it serves (mounted before POST /import/{layer}, after GraphQL and the GIS routers). */
  routers?: readonly ((services: RouterServices) => Router)[];
  /** Subcommands of `npm run import` (`npm run import -- <name> …`). */
  cliCommands?: readonly CliCommand[];
  /** Background workers of the server process (e.g. a delivery queue), started after it listens. */
  workers?: readonly ((services: WorkerServices) => BackgroundWorker)[];
}

/** Declares a module, keeping its loaders' type for the registry's check against `Loaders`. */
export function defineModule<Loaders extends object = object>(module: DomainModule<Loaders>): DomainModule<Loaders> {
  return module;
}
