import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { badInput } from '../common/errors';
import { RawJson } from '../common/raw-json';
import { countResponseBytes } from '../common/request-stop';

function literalToValue(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.LIST:
      return ast.values.map(literalToValue);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literalToValue(f.value)]));
    case Kind.NULL:
      return null;
    default:
      throw badInput('GeoJSON', 'must be a JSON object');
  }
}

/** An input value (variable or literal) is an object with a string `type`; PostGIS validates the rest where it is used. */
function checkGeoJsonShape(value: unknown): unknown {
  if (
    typeof value !== 'object' ||
    value === null ||
    Array.isArray(value) ||
    typeof (value as { type?: unknown }).type !== 'string'
  ) {
    throw badInput('GeoJSON', 'must be an object with a "type" member');
  }
  return value;
}

/**
 * A GeoJSON object (RFC 7946): a geometry, a Feature or a FeatureCollection.
 * Output values come from PostGIS `ST_AsGeoJSON`: JSON text is passed through
 * unparsed (RawJson, spliced into the response by src/geo/raw-json.ts); input
 * values are shape-checked here and validated by PostGIS where they are used.
 */
export const GeoJSONScalar = new GraphQLScalarType({
  name: 'GeoJSON',
  description: 'A GeoJSON object (RFC 7946): WGS84 lon/lat coordinates, no crs member.',
  serialize: (value) => {
    // Text from PostGIS, or an object the driver parsed: serialized once here and spliced into the response as it
    // is, so its size counts towards the response byte cap (stops the request past MAX_RESPONSE_BYTES).
    const text = typeof value === 'string' ? value : value instanceof RawJson ? value.text : JSON.stringify(value);
    countResponseBytes(text.length);
    return new RawJson(text);
  },
  parseValue: checkGeoJsonShape,
  parseLiteral: (ast) => checkGeoJsonShape(literalToValue(ast)),
});
