import { badInput } from './errors';

/** Argument checks shared by resolvers and REST handlers; each throws BAD_USER_INPUT naming the argument. */

export function requireFiniteInRange(argument: string, value: number, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw badInput(argument, 'must be a finite number');
  if (value < min || value > max) throw badInput(argument, `must be between ${min} and ${max}`);
  return value;
}

export function requireIntInRange(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value)) throw badInput(argument, 'must be an integer');
  if (value < min || value > max) throw badInput(argument, `must be between ${min} and ${max}`);
  return value;
}

export function requireLonLat(lon: number, lat: number, names = { lon: 'lon', lat: 'lat' }): void {
  requireFiniteInRange(names.lon, lon, -180, 180);
  requireFiniteInRange(names.lat, lat, -90, 90);
}

/** Exactly one of two lookup keys (e.g. `id` or `clave`). */
export function requireExactlyOne(values: Record<string, unknown>): void {
  const given = Object.entries(values).filter(([, v]) => v !== undefined && v !== null);
  const names = Object.keys(values).join(' or ');
  if (given.length !== 1)
    throw badInput(names, given.length === 0 ? 'is required (give exactly one)' : 'are exclusive (give exactly one)');
}

/** A numeric database id given as a GraphQL ID. */
export function parseId(argument: string, value: string | number): number {
  const text = String(value);
  if (!/^[1-9][0-9]{0,9}$/.test(text) || Number(text) > 2147483647) throw badInput(argument, 'is not a valid id');
  return Number(text);
}
