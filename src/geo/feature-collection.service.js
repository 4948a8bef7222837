import { requireFiniteInRange, requireIntInRange } from '../common/validate';
import { featureByIdSql, featureCollectionSql, itemsPageSql, layerExtentsSql, MAX_PRECISION, MAX_SIMPLIFY_METERS, } from './feature-collection.sql';
import { SqlParams } from './sql-params';
/** Validates GeoJSON output options, naming the argument on failure. */
export function geoJsonOutput(precision, simplifyMeters, names = { precision: 'precision', simplify: 'simplifyMeters' }) {
    return {
        precision: requireIntInRange(names.precision, precision, 0, MAX_PRECISION),
        simplifyMeters: requireFiniteInRange(names.simplify, simplifyMeters, 0, MAX_SIMPLIFY_METERS),
    };
}
/** GeoJSON of the map layers, built by PostGIS in one statement per request. */
export class FeatureCollectionService {
    /** The FeatureCollection of a layer as GeoJSON text. */
    static async featureCollection(ctx, layer, query, output) {
        const params = new SqlParams();
        const sql = featureCollectionSql(layer, query, output, params);
        const rows = await ctx.dataSource.query(sql, params.values);
        return rows[0].body;
    }
    /** One OGC items page with the number of features matched. */
    static async itemsPage(ctx, layer, query, output, page) {
        const params = new SqlParams();
        const sql = itemsPageSql(layer, query, output, page, params);
        const rows = await ctx.dataSource.query(sql, params.values);
        return rows[0];
    }
    /** One feature as GeoJSON text, null when unknown. */
    static async feature(ctx, layer, id, output) {
        const params = new SqlParams();
        const rows = await ctx.dataSource.query(featureByIdSql(layer, id, output, params), params.values);
        return rows[0]?.feature ?? null;
    }
    /** Extents of the given layers, in one statement. */
    static async extents(ctx, layers) {
        const dated = new Set(layers.filter((l) => l.dateSql).map((l) => l.id));
        const rows = await ctx.dataSource.query(layerExtentsSql(layers));
        return new Map(rows.map((r) => [
            r.layer,
            {
                bbox: r.min_lon === null ? null : [Number(r.min_lon), Number(r.min_lat), Number(r.max_lon), Number(r.max_lat)],
                interval: dated.has(r.layer) ? [r.first_date, r.last_date] : null,
            },
        ]));
    }
}
