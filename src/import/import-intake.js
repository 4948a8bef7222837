import { AppError } from '../common/errors';
import { checkWriteGeometryShape } from '../geo/geojson-input';
import { PRINTABLE } from '../write/input-rules';
import { slugify } from './names';
const CLAVE = /^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/;
function text(properties, field) {
    const value = properties[field];
    if (typeof value === 'number' && Number.isFinite(value))
        return String(value);
    return typeof value === 'string' && value.trim() !== '' ? value.trim().normalize('NFC') : null;
}
export function intakeFeature(layer, fields, feature, ord) {
    const staged = {
        ord,
        nombre: null,
        clave: null,
        territorial_ref: null,
        attrs: {},
        geojson: null,
        reasons: [],
    };
    const reject = (reason) => staged.reasons.push(reason);
    if (typeof feature !== 'object' ||
        feature === null ||
        Array.isArray(feature) ||
        feature.type !== 'Feature') {
        reject('not a GeoJSON Feature');
        return staged;
    }
    const rawProperties = feature.properties;
    const properties = typeof rawProperties === 'object' && rawProperties !== null && !Array.isArray(rawProperties)
        ? rawProperties
        : {};
    staged.nombre = text(properties, fields.nameField);
    if (staged.nombre === null)
        reject(`missing field ${fields.nameField} (the name)`);
    else if (staged.nombre.length > layer.nameMax)
        reject(`field ${fields.nameField} is longer than ${layer.nameMax} characters`);
    else if (!PRINTABLE.test(staged.nombre))
        reject(`field ${fields.nameField} has control characters`);
    if (fields.claveField) {
        staged.clave = text(properties, fields.claveField);
        if (staged.clave === null)
            reject(`missing field ${fields.claveField} (the clave)`);
        else if (staged.clave.length > layer.claveMax || !CLAVE.test(staged.clave)) {
            reject(`field ${fields.claveField} must be 1 to ${layer.claveMax} letters or digits joined by single hyphens (got ${JSON.stringify(staged.clave.slice(0, 40))})`);
        }
    }
    else if (staged.nombre !== null) {
        staged.clave = slugify(staged.nombre, layer.claveMax);
        if (staged.clave === '')
            reject(`field ${fields.nameField} has no letters or digits to make a clave from (give --clave-field)`);
    }
    if (fields.territorialField) {
        staged.territorial_ref = text(properties, fields.territorialField);
        if (staged.territorial_ref === null)
            reject(`missing field ${fields.territorialField} (the territorial)`);
    }
    for (const attribute of layer.attributes) {
        if (properties[attribute.property] === undefined || properties[attribute.property] === null) {
            reject(`missing field ${attribute.property}`);
            continue;
        }
        try {
            staged.attrs[attribute.column] = attribute.parse(properties[attribute.property]);
        }
        catch (reason) {
            reject(String(reason));
        }
    }
    const geometry = feature.geometry;
    if (geometry === undefined || geometry === null) {
        reject('missing geometry');
    }
    else {
        try {
            // A GeoJSON 2008 `crs` may sit on the feature: checked with the geometry.
            const checked = 'crs' in feature ? feature : geometry;
            staged.geojson = checkWriteGeometryShape('geometry', checked, layer.geometryTypes(staged.attrs)).text;
        }
        catch (error) {
            if (!(error instanceof AppError))
                throw error;
            reject(error.message.startsWith('geometry must be a ') ? `wrong geometry type: ${error.message}` : error.message);
        }
    }
    return staged;
}
