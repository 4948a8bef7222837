import { badInput } from './errors';
/** Argument checks shared by resolvers and REST handlers; each throws BAD_USER_INPUT naming the argument. */
export function requireFiniteInRange(argument, value, min, max) {
    if (typeof value !== 'number' || !Number.isFinite(value))
        throw badInput(argument, 'must be a finite number');
    if (value < min || value > max)
        throw badInput(argument, `must be between ${min} and ${max}`);
    return value;
}
export function requireIntInRange(argument, value, min, max) {
    if (!Number.isInteger(value))
        throw badInput(argument, 'must be an integer');
    if (value < min || value > max)
        throw badInput(argument, `must be between ${min} and ${max}`);
    return value;
}
export function requireLonLat(lon, lat, names = { lon: 'lon', lat: 'lat' }) {
    requireFiniteInRange(names.lon, lon, -180, 180);
    requireFiniteInRange(names.lat, lat, -90, 90);
}
/** Exactly one of two lookup keys (e.g. `id` or `clave`). */
export function requireExactlyOne(values) {
    const given = Object.entries(values).filter(([, v]) => v !== undefined && v !== null);
    const names = Object.keys(values).join(' or ');
    if (given.length !== 1)
        throw badInput(names, given.length === 0 ? 'is required (give exactly one)' : 'are exclusive (give exactly one)');
}
/** A numeric database id given as a GraphQL ID. */
export function parseId(argument, value) {
    const text = String(value);
    if (!/^[1-9][0-9]{0,9}$/.test(text) || Number(text) > 2147483647)
        throw badInput(argument, 'is not a valid id');
    return Number(text);
}
