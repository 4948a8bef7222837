import { AppError } from '../common/errors';
import { checkWriteGeometryShape } from '../geo/geojson-input';
import { findControlCharacter, nameProblem } from '../common/text-input';
import { slugify } from './names';
import type { ImportLayer } from './import-layers';
import { IECM_CLAVE, IECM_CLAVE_FORM } from '../placement/colonia-tipo';

/**
 * The JS half of the import checks, one feature at a time as the stream
 * delivers it: what PostGIS cannot tell (JSON shape, NaN/Infinity/strings,
 * crs, 3D, size, ring closure, geometry type) and the properties (name, clave,
 * territorial, the layer's attributes). PostGIS does the rest, set-based.
 */

export interface ImportFields {
  /** Property holding the name (default `nombre`). */
  nameField: string;
  /** Property holding the clave; without it the clave is the slug of the name (as the demo seed's). */
  claveField?: string;
  /** colonias only: property naming each colonia's territorial (clave or name). */
  territorialField?: string;
  /**
   * colonias only: the file is the IECM catalogue — name `nomut`, clave
   * `cveut` in the form 07-xxx, district `dttoloc` and population `pob` required.
   */
  iecm?: boolean;
}

export interface StagedFeature {
  /** 1-based position in the file. */
  ord: number;
  nombre: string | null;
  clave: string | null;
  territorial_ref: string | null;
  attrs: Record<string, string | number>;
  /** RFC 7946 geometry text when the shape checks passed. */
  geojson: string | null;
  reasons: string[];
}

const CLAVE = /^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/;

function text(properties: Record<string, unknown>, field: string): string | null {
  const value = properties[field];
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim().normalize('NFC') : null;
}

export function intakeFeature(layer: ImportLayer, fields: ImportFields, feature: unknown, ord: number): StagedFeature {
  const staged: StagedFeature = {
    ord,
    nombre: null,
    clave: null,
    territorial_ref: null,
    attrs: {},
    geojson: null,
    reasons: [],
  };
  const reject = (reason: string) => staged.reasons.push(reason);
  if (
    typeof feature !== 'object' ||
    feature === null ||
    Array.isArray(feature) ||
    (feature as { type?: unknown }).type !== 'Feature'
  ) {
    reject('not a GeoJSON Feature');
    return staged;
  }
  const rawProperties = (feature as { properties?: unknown }).properties;
  const properties =
    typeof rawProperties === 'object' && rawProperties !== null && !Array.isArray(rawProperties)
      ? (rawProperties as Record<string, unknown>)
      : {};

  // The one text check (src/common/text-input.ts) over every property: NUL and other control characters never
  // reach PostgreSQL.
  const control = findControlCharacter(properties, 'properties');
  if (control) {
    reject(`field ${control[0].replace(/^properties\./, '')} ${control[1]}`);
    return staged;
  }
  staged.nombre = text(properties, fields.nameField);
  if (staged.nombre === null) reject(`missing field ${fields.nameField} (the name)`);
  else if (staged.nombre.length > layer.nameMax)
    reject(`field ${fields.nameField} is longer than ${layer.nameMax} characters`);
  else if (nameProblem(staged.nombre)) reject(`field ${fields.nameField} ${nameProblem(staged.nombre)}`);

  if (fields.claveField) {
    staged.clave = text(properties, fields.claveField);
    if (staged.clave === null) reject(`missing field ${fields.claveField} (the clave)`);
    else if (fields.iecm && !IECM_CLAVE.test(staged.clave)) {
      reject(
        `field ${fields.claveField} must be an IECM unit clave: ${IECM_CLAVE_FORM} (got ${JSON.stringify(staged.clave.slice(0, 40))})`,
      );
    } else if (staged.clave.length > layer.claveMax || !CLAVE.test(staged.clave)) {
      reject(
        `field ${fields.claveField} must be 1 to ${layer.claveMax} letters or digits joined by single hyphens (got ${JSON.stringify(staged.clave.slice(0, 40))})`,
      );
    }
  } else if (staged.nombre !== null) {
    staged.clave = slugify(staged.nombre, layer.claveMax);
    if (staged.clave === '')
      reject(`field ${fields.nameField} has no letters or digits to make a clave from (give --clave-field)`);
  }

  if (fields.territorialField) {
    staged.territorial_ref = text(properties, fields.territorialField);
    if (staged.territorial_ref === null) reject(`missing field ${fields.territorialField} (the territorial)`);
  }

  for (const attribute of layer.attributes) {
    if (attribute.derive) {
      if (staged.nombre !== null) staged.attrs[attribute.column] = attribute.derive(staged.nombre);
      continue;
    }
    const property = fields.iecm ? (attribute.iecmProperty ?? attribute.property) : attribute.property;
    if (properties[property] === undefined || properties[property] === null) {
      if (!attribute.optional || fields.iecm) reject(`missing field ${property}`);
      continue;
    }
    try {
      staged.attrs[attribute.column] = attribute.parse(properties[property]);
    } catch (reason) {
      reject(String(reason));
    }
  }

  const geometry = (feature as { geometry?: unknown }).geometry;
  if (geometry === undefined || geometry === null) {
    reject('missing geometry');
  } else {
    try {
      // A GeoJSON 2008 `crs` may sit on the feature: checked with the geometry.
      const checked = 'crs' in (feature as object) ? feature : geometry;
      staged.geojson = checkWriteGeometryShape('geometry', checked, layer.geometryTypes(staged.attrs)).text;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      reject(error.message.startsWith('geometry must be a ') ? `wrong geometry type: ${error.message}` : error.message);
    }
  }
  return staged;
}
