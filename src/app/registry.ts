import type { DataSource } from 'typeorm';
import { ApiKey } from '../auth/api-key.entity';
import type { Identity } from '../auth/identity';
import { registerAuditEntities } from '../audit/audit.enums';
import { featureCollectionResolver } from '../geo/feature-collection.resolver';
import { LayerRegistry, extendLayers } from '../geo/layers';
import type { Importer } from '../import/importer';
import { ImportLayerRegistry } from '../import/import-layers';
import type { ClassType, RouterServices, WorkerServices } from '../module';
import { MODULES } from './modules';
import { IntakeLayerRegistry } from '../import/tabular-layer';

/**
 * Everything built from the module list (src/app/modules.ts): the only place that
 * knows every module. Infrastructure (src/geo, src/http, src/import, src/write, …) gets
 * what it needs from here as arguments, never by importing a module.
 */

type Module = (typeof MODULES)[number];

/** Map layers of every module, with the other modules' extensions (featureCollection, /geojson, /ogc, /tiles). */
export const layers = new LayerRegistry(
  extendLayers(
    MODULES.flatMap((m: Module) => m.layers ?? []),
    MODULES.flatMap((m: Module) => m.layerExtensions ?? []),
  ),
);

/** The importer (`npm run import`, POST /import/{layer}): every module's import layers, placed tables and hooks. */
export const importer: Importer = {
  layers: new ImportLayerRegistry(MODULES.flatMap((m: Module) => m.importLayers ?? [])),
  placedTables: MODULES.flatMap((m: Module) => m.placedTables ?? []),
  hooks: MODULES.flatMap((m: Module) => m.importHooks ?? []),
};

/** Program records the tabular intake loads from CSV or XLSX (`npm run import -- <record layer>`, POST /import/<record layer>). */
export const intakeLayers = new IntakeLayerRegistry(MODULES.flatMap((m: Module) => m.intakeLayers ?? []));

/** Subcommands of `npm run import` the modules bring, in module order. */
export const cliCommands = MODULES.flatMap((m: Module) => m.cliCommands ?? []);

/** The modules' HTTP routers, built for one app. */
export function moduleRouters(services: RouterServices) {
  return MODULES.flatMap((m: Module) => m.routers ?? []).map((router) => router(services));
}

/** Starts the modules' background workers; the returned function stops them all. */
export function startModuleWorkers(services: WorkerServices): () => Promise<void> {
  const workers = MODULES.flatMap((m: Module) => m.workers ?? []).map((start) => start(services));
  return async () => {
    await Promise.all(workers.map((w) => w.stop()));
  };
}

registerAuditEntities(MODULES.flatMap((m: Module) => m.audited ?? []));

/** Every TypeORM entity (the API keys of src/auth besides the modules'). */
export const entities: ClassType[] = [...MODULES.flatMap((m: Module) => m.entities ?? []), ApiKey];

/** Every resolver class: the modules', and the `featureCollection` over their layers. */
export const resolvers: ClassType[] = [
  ...MODULES.flatMap((m: Module) => m.resolvers ?? []),
  featureCollectionResolver(layers),
];

type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;
type LoadersOf<M> = M extends { loaders?: (dataSource: DataSource, identity: Identity) => infer L } ? L : never;
/** The modules' loaders, as their descriptors build them (src/app/context.ts holds them equal to `Loaders`). */
export type ModuleLoaders = UnionToIntersection<LoadersOf<Module>>;

/** Every module's per-request loaders, merged (each module uses its own keys). */
export function createModuleLoaders(dataSource: DataSource, identity: Identity): ModuleLoaders {
  return Object.assign({}, ...MODULES.map((m: Module) => m.loaders?.(dataSource, identity) ?? {}));
}
