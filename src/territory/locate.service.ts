import type { DataSource } from 'typeorm';
import type { RequestContext } from '../common/request-context';
import { badInput } from '../common/errors';
import { requireFiniteInRange } from '../common/validate';
import { locatePointsSql } from '../geo/locate.sql';
import { referenceQuery } from '../db/lent-connection';
import { Colonia } from '../placement/colonia.entity';
import { Territorial } from '../placement/territorial.entity';

/** Snap distance for `locate`: the catalogue leaves gaps of a few metres between colonias. */
export const LOCATE_SNAP_DEGREES = 0.0002; // ≈ 21 m at Iztapalapa's latitude

/** Most points one `locateMany` or `POST /locate` takes (one SQL statement for all of them). */
export const LOCATE_MANY_MAX_POINTS = 10_000;

export interface Location {
  colonia: Colonia;
  territorial: Territorial;
}

export interface LonLat {
  lon: number;
  lat: number;
}

/** Checks every point; `argument(i, coordinate)` names a coordinate in the message (`points[3].lon`, `line 5: lat`). */
export function requirePoints(
  points: readonly LonLat[],
  argument: (index: number, coordinate: 'lon' | 'lat') => string,
  listName: string,
): void {
  if (points.length > LOCATE_MANY_MAX_POINTS)
    throw badInput(listName, `must hold at most ${LOCATE_MANY_MAX_POINTS} points (got ${points.length})`);
  points.forEach((point, i) => {
    requireFiniteInRange(argument(i, 'lon'), point.lon, -180, 180);
    requireFiniteInRange(argument(i, 'lat'), point.lat, -90, 90);
  });
}

const COLUMNS = `c.id, c.clave, c.nombre, c.display_name, c.tipo, c.distrito_local, c.poblacion, c.contained_in_id,
       c.territorial_id, c.area_km2, c.version,
       t.clave AS t_clave, t.nombre AS t_nombre, t.area_km2 AS t_area_km2, t.poblacion AS t_poblacion, t.version AS t_version`;

/** The rows of locatePointsSql for `points` (COLUMNS; `id` null outside the alcaldía), in input order. */
export async function locatedRows(dataSource: DataSource, points: readonly LonLat[]): Promise<Record<string, any>[]> {
  if (points.length === 0) return [];
  // Array literals built here: pg's per-element array serialization is slower for 10,000 floats.
  const literal = (values: number[]) => `{${values.join(',')}}`;
  return referenceQuery(dataSource, locatePointsSql('$1', '$2', '$3', COLUMNS), [
    literal(points.map((p) => p.lon)),
    literal(points.map((p) => p.lat)),
    LOCATE_SNAP_DEGREES,
  ]);
}

/**
 * Where points fall: the colonia and territorial of each, in input order, null outside the
 * alcaldía; one SQL statement however many points (locatePointsSql). Points are checked by
 * the caller (requirePoints). The rows found are primed into the request's loaders.
 */
export async function locatePoints(ctx: RequestContext, points: readonly LonLat[]): Promise<(Location | null)[]> {
  const rows = await locatedRows(ctx.dataSource, points);
  const colonias = new Map<number, Colonia>();
  const territoriales = new Map<number, Territorial>();
  return rows.map((r) => {
    if (r.id == null) return null;
    let colonia = colonias.get(r.id);
    if (!colonia) {
      colonia = Object.assign(new Colonia(), {
        id: r.id,
        clave: r.clave,
        nombre: r.nombre,
        displayName: r.display_name,
        tipo: r.tipo,
        distritoLocal: r.distrito_local,
        poblacion: r.poblacion,
        containedInId: r.contained_in_id,
        territorialId: r.territorial_id,
        areaKm2: r.area_km2,
        version: r.version,
      });
      colonias.set(colonia.id, colonia);
      ctx.loaders.territory.coloniaById.prime(colonia.id, colonia);
    }
    let territorial = territoriales.get(r.territorial_id);
    if (!territorial) {
      territorial = Object.assign(new Territorial(), {
        id: r.territorial_id,
        clave: r.t_clave,
        nombre: r.t_nombre,
        areaKm2: r.t_area_km2,
        poblacion: r.t_poblacion,
        version: r.t_version,
      });
      territoriales.set(territorial.id, territorial);
      ctx.loaders.territory.territorialById.prime(territorial.id, territorial);
    }
    return { colonia, territorial };
  });
}
