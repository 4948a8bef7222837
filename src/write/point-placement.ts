import { badInput } from '../common/errors';
import { parseId } from '../common/validate';
import { placeGeometry } from '../geo/geometry-placement';
import type { WriteTx } from './write-transaction';

/**
 * The colonia, territorial and geometry columns of a row with a geometry
 * (ECOS, Mercomuna, improvements): placed by PostGIS on create; on update only
 * when the geometry or the colonia changes — the colonia follows a new
 * geometry unless one is given, and a new colonia must hold the geometry.
 */
/** The colonia and territorial a geometry was placed in (plus the geometry's own field). */
export interface Placement {
  coloniaId: number;
  territorialId: number;
}

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
  const placement: Placement = { coloniaId: placed.coloniaId, territorialId: placed.territorialId };
  return { [field]: placed.geojson, ...placement };
}

export async function placeForUpdate(
  tx: WriteTx,
  before: object,
  field: string,
  geometry: unknown,
  allowed: readonly string[],
  coloniaId: string | null | undefined,
): Promise<Partial<Placement> & Record<string, unknown>> {
  if (geometry === null) throw badInput(field, 'cannot be null');
  if (coloniaId === null) throw badInput('coloniaId', 'cannot be null');
  if (geometry === undefined && coloniaId === undefined) return {};
  const colonia = coloniaId != null ? { id: parseId('coloniaId', coloniaId), argument: 'coloniaId' } : undefined;
  const placed = await placeGeometry(
    tx,
    field,
    geometry ?? (before as Record<string, unknown>)[field],
    allowed,
    colonia,
  );
  const changes: Partial<Placement> & Record<string, unknown> = {
    coloniaId: placed.coloniaId,
    territorialId: placed.territorialId,
  };
  if (geometry !== undefined) changes[field] = placed.geojson;
  return changes;
}
