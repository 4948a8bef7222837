import { ApiKey } from './auth/api-key.entity';
import { registerAuditEntities } from './audit/audit.enums';
import { featureCollectionResolver } from './geo/feature-collection.resolver';
import { LayerRegistry } from './geo/layers';
import { ImportLayerRegistry } from './import/import-layers';
import { MODULES } from './modules';
/** Map layers of every module (featureCollection, /geojson, /ogc, /tiles). */
export const layers = new LayerRegistry(MODULES.flatMap((m) => m.layers ?? []));
/** Layers the importer can load. */
export const importLayers = new ImportLayerRegistry(MODULES.flatMap((m) => m.importLayers ?? []));
/** Tables whose rows follow their colonia to another territorial on import. */
export const placedTables = MODULES.flatMap((m) => m.placedTables ?? []);
registerAuditEntities(MODULES.flatMap((m) => m.audited ?? []));
/** Every TypeORM entity (the API keys of src/auth besides the modules'). */
export const entities = [...MODULES.flatMap((m) => m.entities ?? []), ApiKey];
/** Every resolver class: the modules', and the `featureCollection` over their layers. */
export const resolvers = [
    ...MODULES.flatMap((m) => m.resolvers ?? []),
    featureCollectionResolver(layers),
];
/** Every module's per-request loaders, merged (each module uses its own keys). */
export function createModuleLoaders(dataSource, identity) {
    return Object.assign({}, ...MODULES.map((m) => m.loaders?.(dataSource, identity) ?? {}));
}
