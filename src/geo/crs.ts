import { badInput } from '../common/errors';
import { SRID } from './spatial-sql';

/**
 * Coordinate reference systems offered by OGC API – Features Part 2 (CRS by
 * reference). Geometries are stored in WGS84 (SRID 4326, lon/lat, i.e. CRS84);
 * every other CRS is produced by PostGIS (`ST_Transform`, PROJ) in the same
 * statement that builds the GeoJSON.
 *
 * Axis order follows the CRS's own definition, as Part 2 requires: the OGC
 * CRS84 URI is lon/lat, the EPSG:4326 URI is lat/lon (so coordinates are
 * swapped on output and on `bbox`/`filter` input), and the projected CRSs are
 * easting/northing.
 */

export const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';

export interface CrsDefinition {
  uri: string;
  /** PostGIS SRID (spatial_ref_sys) the geometry is transformed to. */
  srid: number;
  /** The CRS's first axis is latitude/northing-as-y: coordinates are swapped against PostGIS's x/y. */
  latLon: boolean;
  /** Geographic (degrees) or projected (metres). */
  unit: 'degree' | 'metre';
  title: string;
}

/** In the order collections list them: CRS84 first (the default). */
export const SUPPORTED_CRS: readonly CrsDefinition[] = [
  { uri: CRS84, srid: SRID, latLon: false, unit: 'degree', title: 'WGS 84 longitude/latitude (CRS84)' },
  {
    uri: 'http://www.opengis.net/def/crs/EPSG/0/4326',
    srid: 4326,
    latLon: true,
    unit: 'degree',
    title: 'WGS 84 latitude/longitude (EPSG:4326)',
  },
  {
    uri: 'http://www.opengis.net/def/crs/EPSG/0/32614',
    srid: 32614,
    latLon: false,
    unit: 'metre',
    title: 'WGS 84 / UTM zone 14N (EPSG:32614)',
  },
  {
    uri: 'http://www.opengis.net/def/crs/EPSG/0/6372',
    srid: 6372,
    latLon: false,
    unit: 'metre',
    title: 'Mexico ITRF2008 / LCC, INEGI (EPSG:6372)',
  },
  {
    uri: 'http://www.opengis.net/def/crs/EPSG/0/3857',
    srid: 3857,
    latLon: false,
    unit: 'metre',
    title: 'WGS 84 / Pseudo-Mercator (EPSG:3857)',
  },
];

export const DEFAULT_CRS: CrsDefinition = SUPPORTED_CRS[0];

/** Decimals of output coordinates: 6 for degrees (≈ 0.1 m, as before), 4 for metres (0.1 mm). */
export function crsPrecision(crs: CrsDefinition): number {
  return crs.unit === 'degree' ? 6 : 4;
}

/** Longest CRS parameter accepted (a URI is ~45 characters). */
const MAX_CRS_LENGTH = 200;

/**
 * The CRS a client names (`crs`, `bbox-crs`, `filter-crs`): one of the URIs
 * the collections list, with or without the safe-CURIE brackets, http or
 * https. Anything else is a 400 naming the parameter and the accepted URIs.
 */
export function parseCrs(parameter: string, text: string, unavailable: ReadonlySet<number> = new Set()): CrsDefinition {
  let uri = text.trim();
  if (uri.length > MAX_CRS_LENGTH) throw badInput(parameter, 'is too long to be a CRS URI');
  if (uri.startsWith('https://')) uri = `http://${uri.slice('https://'.length)}`;
  const crs = SUPPORTED_CRS.find((c) => c.uri === uri);
  if (!crs) {
    throw badInput(
      parameter,
      `is not a supported CRS (got "${text.slice(0, 80)}"); supported: ${SUPPORTED_CRS.map((c) => c.uri).join(', ')}`,
    );
  }
  if (unavailable.has(crs.srid)) {
    throw badInput(
      parameter,
      `names ${crs.uri}, which this server's database cannot reproject to (its PostGIS has no definition for EPSG:${crs.srid})`,
    );
  }
  return crs;
}

/**
 * A geometry expression whose coordinates are in `crs` (axis order of that
 * CRS, no SRID yet) brought to SRID 4326 lon/lat.
 */
export function fromCrsSql(geomExpr: string, crs: CrsDefinition): string {
  const axes = crs.latLon ? `ST_FlipCoordinates(${geomExpr})` : geomExpr;
  const tagged = `ST_SetSRID(${axes}, ${crs.srid})`;
  return crs.srid === SRID ? tagged : `ST_Transform(${tagged}, ${SRID})`;
}

/**
 * GeoJSON text of a geometry already in `crs`'s SRID: exteriors
 * counter-clockwise in x/y (before any axis swap, so rings keep the
 * orientation they have in lon/lat or easting/northing), then axes in the
 * CRS's order, `precisionParam` decimals, no `crs` member.
 */
export function crsGeoJsonSql(geomExpr: string, crs: CrsDefinition, precisionParam: string): string {
  const oriented = `ST_ForcePolygonCCW(${geomExpr})`;
  return `ST_AsGeoJSON(${crs.latLon ? `ST_FlipCoordinates(${oriented})` : oriented}, ${precisionParam}, 0)`;
}

/** `Content-Crs` header value (Part 2): the URI in angle brackets. */
export function contentCrsHeader(crs: CrsDefinition): string {
  return `<${crs.uri}>`;
}
