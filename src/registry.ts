import type { DataSource } from 'typeorm';
import { ApiKey } from './auth/api-key.entity';
import type { Identity } from './auth/identity';
import { registerAuditEntities } from './audit/audit.enums';
import { featureCollectionResolver } from './geo/feature-collection.resolver';
import { LayerRegistry } from './geo/layers';
import { ImportLayerRegistry } from './import/import-layers';
import { IntakeLayerRegistry } from './import/tabular/tabular-layer';
import type { ClassType } from './module';
import { MODULES } from './modules';

/**
 * Everything built from the module list (src/modules.ts): the only place that
 * knows every module. Infrastructure (src/geo, src/http, src/write, …) gets
 * what it needs from here as arguments, never by importing a module.
 */

type Module = (typeof MODULES)[number];

/** Map layers of every module (featureCollection, /geojson, /ogc, /tiles). */
export const layers = new LayerRegistry(MODULES.flatMap((m: Module) => m.layers ?? []));

/** Layers the importer can load. */
export const importLayers = new ImportLayerRegistry(MODULES.flatMap((m: Module) => m.importLayers ?? []));

/** Program records the tabular intake loads from CSV or XLSX. */
export const intakeLayers = new IntakeLayerRegistry(MODULES.flatMap((m: Module) => m.intakeLayers ?? []));

/** Tables whose rows follow their colonia to another territorial on import. */
export const placedTables = MODULES.flatMap((m: Module) => m.placedTables ?? []);

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
export type ModuleLoaders = UnionToIntersection<LoadersOf<Module>>;

/** Every module's per-request loaders, merged (each module uses its own keys). */
export function createModuleLoaders(dataSource: DataSource, identity: Identity): ModuleLoaders {
  return Object.assign({}, ...MODULES.map((m: Module) => m.loaders?.(dataSource, identity) ?? {}));
}
