import { badInput } from '../common/errors';
import { applyKeyset } from '../common/pagination';
import { requireFiniteInRange } from '../common/validate';
import { SqlParams } from './sql-params';
import { pointSql, SRID } from './spatial-sql';
/** Farther than this is not "near" anything in the alcaldía (it is ~20 km across). */
export const MAX_NEAR_METERS = 100_000;
/** Validates `[minLon, minLat, maxLon, maxLat]`; names the argument and the problem. */
export function parseBbox(argument, values) {
    if (values.length !== 4)
        throw badInput(argument, `must have 4 numbers minLon,minLat,maxLon,maxLat (got ${values.length})`);
    const numbers = values.map((v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : v));
    const [minLon, minLat, maxLon, maxLat] = numbers;
    requireFiniteInRange(`${argument} minLon`, minLon, -180, 180);
    requireFiniteInRange(`${argument} minLat`, minLat, -90, 90);
    requireFiniteInRange(`${argument} maxLon`, maxLon, -180, 180);
    requireFiniteInRange(`${argument} maxLat`, maxLat, -90, 90);
    if (minLon > maxLon)
        throw badInput(argument, 'minLon must not be greater than maxLon');
    if (minLat > maxLat)
        throw badInput(argument, 'minLat must not be greater than maxLat');
    return [minLon, minLat, maxLon, maxLat];
}
export function validateNear(argument, near) {
    requireFiniteInRange(`${argument}.lon`, near.lon, -180, 180);
    requireFiniteInRange(`${argument}.lat`, near.lat, -90, 90);
    if (typeof near.meters !== 'number' ||
        !Number.isFinite(near.meters) ||
        near.meters <= 0 ||
        near.meters > MAX_NEAR_METERS) {
        throw badInput(`${argument}.meters`, `must be greater than 0 and at most ${MAX_NEAR_METERS}`);
    }
    return near;
}
/**
 * Half-sizes (degrees) of a lon/lat box sure to hold every point within
 * `meters` of the centre on the WGS84 spheroid: a degree of latitude is at
 * least 110 574 m, a degree of longitude at least 111 319 m × cos(lat) at the
 * box's most poleward latitude; 1 % margin for the spheroid/sphere gap.
 */
export function nearBoxDegrees(near) {
    const dLat = (near.meters / 110_574) * 1.01;
    const poleward = Math.min(89.9, Math.abs(near.lat) + dLat);
    const dLon = Math.min(360, (near.meters / (111_319 * Math.cos((poleward * Math.PI) / 180))) * 1.01);
    return { dLon, dLat };
}
/**
 * Conditions on `geom` for a filter, with parameters added to `params`.
 * `prefilter(box)` overrides the index test for computed geometries.
 */
export function spatialFilterSql(filter, geom, params, prefilter = (box) => `${geom} && ${box}`) {
    const conditions = [];
    let distance;
    if (filter.bbox) {
        const [minLon, minLat, maxLon, maxLat] = filter.bbox;
        const box = `ST_MakeEnvelope(${params.add(minLon, 'float8')}, ${params.add(minLat, 'float8')}, ${params.add(maxLon, 'float8')}, ${params.add(maxLat, 'float8')}, ${SRID})`;
        conditions.push(prefilter(box), `ST_Intersects(${geom}, ${box})`);
    }
    if (filter.intersects) {
        const shape = `ST_SetSRID(ST_GeomFromGeoJSON(${params.add(filter.intersects, 'text')}), ${SRID})`;
        conditions.push(prefilter(shape), `ST_Intersects(${geom}, ${shape})`);
    }
    if (filter.near) {
        const { dLon, dLat } = nearBoxDegrees(filter.near);
        const point = pointSql(params.add(filter.near.lon, 'float8'), params.add(filter.near.lat, 'float8'));
        const box = `ST_Expand(${point}, ${params.add(dLon, 'float8')}, ${params.add(dLat, 'float8')})`;
        conditions.push(prefilter(box), `ST_DWithin((${geom})::geography, (${point})::geography, ${params.add(filter.near.meters, 'float8')})`);
        distance = `((${geom})::geography <-> (${point})::geography)`;
    }
    return { conditions, distance };
}
export function hasSpatialFilter(filter) {
    return !!filter && (filter.bbox !== undefined || filter.intersects !== undefined || filter.near !== undefined);
}
/**
 * Rewrites `$n` placeholders to uniquely named TypeORM parameters, so the
 * same SQL builders serve raw statements and query builders.
 */
function toNamedParameters(sql, params, prefix) {
    const parameters = {};
    const named = sql.replace(/\$(\d+)(::\w+)?/g, (_m, index, cast) => {
        const name = `${prefix}${index}`;
        parameters[name] = params.values[Number(index) - 1];
        return `:${name}${cast ?? ''}`;
    });
    return { sql: named, parameters };
}
/**
 * Adds a spatial filter to a TypeORM query builder, e.g. for a list query:
 * `applySpatialFilter(qb, 'e.location', filter)`.
 */
export function applySpatialFilter(qb, geomColumn, filter) {
    if (!hasSpatialFilter(filter))
        return qb;
    const params = new SqlParams();
    const { conditions } = spatialFilterSql(filter, geomColumn, params);
    const { sql, parameters } = toNamedParameters(conditions.join(' AND '), params, 'spatial');
    qb.andWhere(sql, parameters);
    return qb;
}
/**
 * Keyset pagination that honours `near`: nearest first (then id), the cursor
 * row's own distance computed in SQL so cursors stay opaque ids. Without
 * `near` it is `applyKeyset` (by id). `idColumn` and `geomColumn` are
 * `alias.column` of the query builder's main table.
 */
export function applySpatialKeyset(qb, window, idColumn, geomColumn, filter) {
    if (!filter?.near)
        return applyKeyset(qb, window, idColumn);
    const point = pointSql(':nearOrderLon::float8', ':nearOrderLat::float8');
    const distance = (geom) => `((${geom})::geography <-> (${point})::geography)`;
    const forward = window.direction === 'forward';
    const order = forward ? 'ASC' : 'DESC';
    qb.setParameters({ nearOrderLon: filter.near.lon, nearOrderLat: filter.near.lat });
    if (window.cursorId !== undefined) {
        const table = qb.expressionMap.mainAlias?.metadata.tableName;
        const column = (qualified) => `cursor_row.${qualified.slice(qualified.indexOf('.') + 1)}`;
        qb.andWhere(`(${distance(geomColumn)}, ${idColumn}) ${forward ? '>' : '<'} ` +
            `((SELECT ${distance(column(geomColumn))} FROM "${table}" cursor_row WHERE ${column(idColumn)} = :nearCursorId), :nearCursorId)`, { nearCursorId: window.cursorId });
    }
    qb.addSelect(distance(geomColumn), 'near_distance')
        .orderBy('near_distance', order)
        .addOrderBy(idColumn, order)
        .limit(window.limit + 1);
    return qb;
}
