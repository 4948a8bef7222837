import { badInput } from '../common/errors';
/** An id (digits) or a clave: `territorial=3` and `territorial=TER-03` both work. */
export function idOrClave(idSql, claveSql, parameter) {
    return (value, params) => {
        if (/^[0-9]+$/.test(value)) {
            if (value.length > 10 || Number(value) > 2147483647)
                throw badInput(parameter, 'is not a valid id');
            return `${idSql} = ${params.add(Number(value), 'int')}`;
        }
        return `${claveSql} = ${params.add(value, 'text')}`;
    };
}
export function equals(sql) {
    return (value, params) => `${sql} = ${params.add(value, 'text')}`;
}
export const territorialFilter = (alias) => ({
    name: 'territorial',
    description: 'Dirección territorial, by id or clave (e.g. TER-03).',
    condition: idOrClave(`${alias}.id`, `${alias}.clave`, 'territorial'),
});
export const coloniaFilter = {
    name: 'colonia',
    description: 'Colonia, by id or clave (e.g. central-de-abasto-i).',
    condition: idOrClave('c.id', 'c.clave', 'colonia'),
};
export const territorialProperties = [
    { name: 'territorialId', sql: 't.id', type: 'integer', description: 'Id of the dirección territorial.' },
    {
        name: 'territorialClave',
        sql: 't.clave::text',
        type: 'string',
        description: 'Clave of the dirección territorial.',
    },
    {
        name: 'territorialNombre',
        sql: 't.nombre::text',
        type: 'string',
        description: 'Name of the dirección territorial.',
    },
];
export const coloniaProperties = [
    { name: 'coloniaId', sql: 'c.id', type: 'integer', description: 'Id of the colonia.' },
    { name: 'coloniaClave', sql: 'c.clave::text', type: 'string', description: 'Clave of the colonia.' },
    { name: 'coloniaNombre', sql: 'c.nombre::text', type: 'string', description: 'Name of the colonia.' },
];
/** Every property of a layer: its own, then its coverage figures. */
export function layerProperties(layer) {
    return [...layer.properties, ...(layer.coverage?.properties ?? [])];
}
/** The layers of every module, by id, in module order. */
export class LayerRegistry {
    ids;
    byId;
    constructor(layers) {
        const byId = {};
        for (const layer of layers) {
            if (byId[layer.id])
                throw new Error(`two modules define the map layer "${layer.id}"`);
            byId[layer.id] = layer;
        }
        this.ids = layers.map((l) => l.id);
        this.byId = byId;
    }
    has(value) {
        return Object.hasOwn(this.byId, value);
    }
    all() {
        return this.ids.map((id) => this.byId[id]);
    }
    /** The layer for a client-given name; BAD_USER_INPUT naming the known ones otherwise. */
    require(argument, value) {
        if (!this.has(value))
            throw badInput(argument, `must be one of ${this.ids.join(', ')} (got "${value.slice(0, 40)}")`);
        return this.byId[value];
    }
}
