import { badInput } from '../common/errors';
import { parseId } from '../common/validate';
import { placeGeometry } from '../geo/geometry-placement';
import type { WriteTx } from './write-transaction';

/** The colonia and territorial a geometry was placed in. */
export type Placement = {
  coloniaId: number;
  territorialId: number;
};

/**
 * The colonia, territorial and geometry columns of a row with a geometry
 * (ECOS, Mercomuna, improvements): placed by PostGIS on create; on update only
 * when the geometry or the colonia changes — the colonia follows a new
 * geometry unless one is given, and a new colonia must hold the geometry.
 */
export async function placeForCreate(
  tx: WriteTx,
  field: string,
  geometry: unknown,
  allowed: readonly string[],
  coloniaId: string | null | undefined,
): Promise<Placement & Record<string, unknown>> {
  if (geometry == null) throw badInput(field, 'is required');
  const colonia = coloniaId != null ? { id: parseId('coloniaId', coloniaId), argument: 'coloniaId' } : undefined;
  const placed = await placeGeometry(tx, field, geometry, allowed, colonia);
  return { [field]: placed.geojson, coloniaId: placed.coloniaId, territorialId: placed.territorialId };
}

export async function placeForUpdate<T extends object>(
  tx: WriteTx,
  before: T,
  field: keyof T & string,
  geometry: unknown,
  allowed: readonly string[],
  coloniaId: string | null | undefined,
): Promise<Partial<Placement> & Record<string, unknown>> {
  if (geometry === null) throw badInput(field, 'cannot be null');
  if (coloniaId === null) throw badInput('coloniaId', 'cannot be null');
  if (geometry === undefined && coloniaId === undefined) return {};
  const colonia = coloniaId != null ? { id: parseId('coloniaId', coloniaId), argument: 'coloniaId' } : undefined;
  const placed = await placeGeometry(tx, field, geometry ?? before[field], allowed, colonia);
  const placement: Placement = { coloniaId: placed.coloniaId, territorialId: placed.territorialId };
  return geometry !== undefined ? { ...placement, [field]: placed.geojson } : placement;
}
