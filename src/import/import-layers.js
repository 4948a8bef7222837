/**
 * What the importer can load, declared by each module next to its map layers:
 * boundary layers (territoriales, colonias: polygons, checked for duplicates
 * and overlaps) and point/line layers (ECOS, improvements, Mercomuna: placed
 * in their colonia by PostGIS). Ids match the map layers, and attribute
 * properties are named as those layers publish them, so an exported layer
 * imports back. The builders (integer, oneOf, date) live here.
 */
export const integer = (property, column, field, min, max) => ({
    property,
    column,
    field,
    sqlType: 'int',
    parse(value) {
        const n = typeof value === 'string' && /^-?[0-9]+$/.test(value.trim()) ? Number(value) : value;
        if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
            throw `field ${property} must be an integer between ${min} and ${max} (got ${JSON.stringify(value)?.slice(0, 30)})`;
        }
        return n;
    },
});
export const oneOf = (property, column, field, values) => ({
    property,
    column,
    field,
    sqlType: 'text',
    parse(value) {
        if (typeof value !== 'string' || !values.includes(value))
            throw `field ${property} must be one of ${values.join(', ')} (got ${JSON.stringify(value)?.slice(0, 40)})`;
        return value;
    },
});
export const date = (property, column, field) => ({
    property,
    column,
    field,
    sqlType: 'date',
    parse(value) {
        const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
        const probe = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
        if (!match ||
            !probe ||
            probe.getUTCDate() !== Number(match[3]) ||
            Number(match[1]) < 1900 ||
            Number(match[1]) > 2999) {
            throw `field ${property} must be a date YYYY-MM-DD (got ${JSON.stringify(value)?.slice(0, 30)})`;
        }
        return value;
    },
});
export const POLYGONAL = ['Polygon', 'MultiPolygon'];
/** The import layers of every module, by id, in module order. */
export class ImportLayerRegistry {
    ids;
    byId = new Map();
    constructor(layers) {
        for (const layer of layers) {
            if (this.byId.has(layer.id))
                throw new Error(`two modules define the import layer "${layer.id}"`);
            this.byId.set(layer.id, layer);
        }
        this.ids = layers.map((l) => l.id);
    }
    has(value) {
        return this.byId.has(value);
    }
    get(id) {
        const layer = this.byId.get(id);
        if (!layer)
            throw new Error(`no import layer "${id}"`);
        return layer;
    }
}
