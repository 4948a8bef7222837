import { AppError } from '../../src/common/errors';
import { parseCql2Json } from '../../src/geo/cql2-json.parser';
import { parseCql2Text } from '../../src/geo/cql2-text.parser';
import { filterGeometries, filterSql, parseFilter } from '../../src/geo/cql2.sql';
import { DEFAULT_CRS, parseCrs, SUPPORTED_CRS } from '../../src/geo/crs';
import type { LayerDefinition, LayerId, LayerProperty } from '../../src/geo/layers';
import { SqlParams } from '../../src/geo/sql-params';

/**
 * The CQL2 grammar (cql2-text and cql2-json) on the examples of the standard
 * itself (OGC 21-065r2, "Common Query Language (CQL2)", its Annex B examples,
 * adapted only where they use classes not implemented here: functions,
 * arithmetic, arrays) and the compiler's guarantees: names resolve only
 * against the layer's queryables and every literal is a bind parameter.
 */

const property = (name: string, type: LayerProperty['type']): LayerProperty => ({
  name,
  sql: `x.${name.toLowerCase()}`,
  type,
  description: name,
});

/** A layer with the properties the standard's examples use. */
const exampleLayer: LayerDefinition = {
  id: 'colonias' as LayerId,
  title: 'Examples',
  description: 'The properties of the CQL2 standard examples',
  from: 'example x',
  idSql: 'x.id',
  geomSql: 'x.geom',
  geometryType: 'Geometry',
  properties: [
    property('city', 'string'),
    property('name', 'string'),
    property('owner', 'string'),
    property('material', 'string'),
    property('cityName', 'string'),
    property('floors', 'integer'),
    property('taxes', 'number'),
    property('depth', 'number'),
    property('category', 'integer'),
    property('value', 'number'),
    property('swimming_pool', 'boolean'),
    property('updated', 'date'),
    property('built', 'date'),
    property('touchdown', 'date'),
    property('liftOff', 'date'),
  ],
  filters: [],
};

function compile(text: string, lang: 'cql2-text' | 'cql2-json' = 'cql2-text') {
  const predicate = parseFilter(text, lang);
  filterGeometries(predicate, DEFAULT_CRS);
  const params = new SqlParams();
  const { sql } = filterSql(exampleLayer, { predicate, crs: DEFAULT_CRS }, params);
  return { sql, values: params.values };
}

function badFilter(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('BAD_USER_INPUT');
    return (error as AppError).message;
  }
  throw new Error('expected a BAD_USER_INPUT error');
}

/** Text and JSON forms of the same examples of the standard. */
const EXAMPLES: [string, unknown][] = [
  ["city='Toronto'", { op: '=', args: [{ property: 'city' }, 'Toronto'] }],
  ["updated >= date('1970-01-01')", { op: '>=', args: [{ property: 'updated' }, { date: '1970-01-01' }] }],
  ['floors>5', { op: '>', args: [{ property: 'floors' }, 5] }],
  ['taxes <= 500', { op: '<=', args: [{ property: 'taxes' }, 500] }],
  ["name LIKE 'Smith%'", { op: 'like', args: [{ property: 'name' }, 'Smith%'] }],
  ['"owner" LIKE \'%Jones%\'', { op: 'like', args: [{ property: 'owner' }, '%Jones%'] }],
  ["owner NOT LIKE '%Mike%'", { op: 'not', args: [{ op: 'like', args: [{ property: 'owner' }, '%Mike%'] }] }],
  ['swimming_pool = true', { op: '=', args: [{ property: 'swimming_pool' }, true] }],
  ['depth BETWEEN 100.0 and 150.0', { op: 'between', args: [{ property: 'depth' }, 100.0, 150.0] }],
  [
    'depth NOT BETWEEN 100.0 and 150.0',
    { op: 'not', args: [{ op: 'between', args: [{ property: 'depth' }, 100.0, 150.0] }] },
  ],
  [
    "cityName IN ('Toronto','Frankfurt','Tokyo','New York')",
    { op: 'in', args: [{ property: 'cityName' }, ['Toronto', 'Frankfurt', 'Tokyo', 'New York']] },
  ],
  ['category NOT IN (1,2,3,4)', { op: 'not', args: [{ op: 'in', args: [{ property: 'category' }, [1, 2, 3, 4]] }] }],
  ['value IS NULL', { op: 'isNull', args: [{ property: 'value' }] }],
  ['value IS NOT NULL', { op: 'not', args: [{ op: 'isNull', args: [{ property: 'value' }] }] }],
  ['geometry IS NOT NULL', { op: 'not', args: [{ op: 'isNull', args: [{ property: 'geometry' }] }] }],
  [
    'floors>5 AND swimming_pool=true',
    {
      op: 'and',
      args: [
        { op: '>', args: [{ property: 'floors' }, 5] },
        { op: '=', args: [{ property: 'swimming_pool' }, true] },
      ],
    },
  ],
  [
    "swimming_pool=true AND (floors>5 OR  material LIKE 'brick%' OR material LIKE '%brick')",
    {
      op: 'and',
      args: [
        { op: '=', args: [{ property: 'swimming_pool' }, true] },
        {
          op: 'or',
          args: [
            { op: '>', args: [{ property: 'floors' }, 5] },
            { op: 'like', args: [{ property: 'material' }, 'brick%'] },
            { op: 'like', args: [{ property: 'material' }, '%brick'] },
          ],
        },
      ],
    },
  ],
  [
    "(floors>5 AND material='brick') OR swimming_pool=true",
    {
      op: 'or',
      args: [
        {
          op: 'and',
          args: [
            { op: '>', args: [{ property: 'floors' }, 5] },
            { op: '=', args: [{ property: 'material' }, 'brick'] },
          ],
        },
        { op: '=', args: [{ property: 'swimming_pool' }, true] },
      ],
    },
  ],
  [
    'NOT (floors<5) OR swimming_pool=true',
    {
      op: 'or',
      args: [
        { op: 'not', args: [{ op: '<', args: [{ property: 'floors' }, 5] }] },
        { op: '=', args: [{ property: 'swimming_pool' }, true] },
      ],
    },
  ],
  [
    "built < TIMESTAMP('2015-01-01T00:00:00Z')",
    { op: '<', args: [{ property: 'built' }, { timestamp: '2015-01-01T00:00:00Z' }] },
  ],
  [
    'S_INTERSECTS(geometry,POINT(36.319836 32.288087))',
    { op: 's_intersects', args: [{ property: 'geometry' }, { type: 'Point', coordinates: [36.319836, 32.288087] }] },
  ],
  [
    'S_INTERSECTS(geometry,POLYGON((-10.0 50.0,-10.0 56.0,-5.0 56.0,-5.0 50.0,-10.0 50.0)))',
    {
      op: 's_intersects',
      args: [
        { property: 'geometry' },
        {
          type: 'Polygon',
          coordinates: [
            [
              [-10.0, 50.0],
              [-10.0, 56.0],
              [-5.0, 56.0],
              [-5.0, 50.0],
              [-10.0, 50.0],
            ],
          ],
        },
      ],
    },
  ],
  [
    'floors>5 AND S_WITHIN(geometry,BBOX(-118,33.8,-117.9,34))',
    {
      op: 'and',
      args: [
        { op: '>', args: [{ property: 'floors' }, 5] },
        { op: 's_within', args: [{ property: 'geometry' }, { bbox: [-118, 33.8, -117.9, 34] }] },
      ],
    },
  ],
  [
    "T_INTERSECTS(updated, INTERVAL('1969-07-16T05:32:00Z', '1969-07-24T16:50:35Z'))",
    {
      op: 't_intersects',
      args: [{ property: 'updated' }, { interval: ['1969-07-16T05:32:00Z', '1969-07-24T16:50:35Z'] }],
    },
  ],
  [
    "T_DURING(INTERVAL(touchdown, liftOff), INTERVAL('1969-07-16T13:32:00Z', '1969-07-24T16:50:35Z'))",
    {
      op: 't_during',
      args: [
        { interval: [{ property: 'touchdown' }, { property: 'liftOff' }] },
        { interval: ['1969-07-16T13:32:00Z', '1969-07-24T16:50:35Z'] },
      ],
    },
  ],
  [
    "S_DWITHIN(geometry, POINT(-99.06 19.36), 500) AND T_INTERSECTS(built, INTERVAL('2020-01-01', '..'))",
    {
      op: 'and',
      args: [
        { op: 's_dwithin', args: [{ property: 'geometry' }, { type: 'Point', coordinates: [-99.06, 19.36] }, 500] },
        { op: 't_intersects', args: [{ property: 'built' }, { interval: ['2020-01-01', '..'] }] },
      ],
    },
  ],
];

describe('CQL2 examples of the standard', () => {
  it.each(EXAMPLES)('%s: text and JSON compile to the same parameterised SQL', (text, json) => {
    const fromText = compile(text);
    const fromJson = compile(JSON.stringify(json), 'cql2-json');
    expect(fromJson).toEqual(fromText);
    // No literal of the filter is in the SQL text, only placeholders.
    for (const value of fromText.values) {
      if (typeof value === 'string' && value.length > 1) expect(fromText.sql).not.toContain(value);
    }
    // The only quoted text is the compiler's own time zone constant.
    expect(fromText.sql.replaceAll("AT TIME ZONE 'UTC'", '')).not.toMatch(/'/);
  });

  it('keywords and function names are case-insensitive, property names are not', () => {
    expect(compile("floors > 5 and NOT (city = 'x') Or s_intersects(geometry, point(1 2))").sql).toMatch(
      /ST_Intersects/,
    );
    expect(badFilter(() => compile('Floors > 5'))).toMatch(/unknown property "Floors"/);
  });

  it('compiles the operators to their SQL', () => {
    expect(compile("city <> 'x' AND floors >= 2 AND floors <= 9").sql).toBe(
      '(((x.city) <> $1::text) AND ((x.floors) >= $2::float8) AND ((x.floors) <= $3::float8))',
    );
    expect(compile("updated > DATE('2020-01-01')").sql).toBe('(((x.updated)::date) > $1::date)');
    expect(compile('S_WITHIN(geometry, POINT(1 2))').sql).toBe(
      'ST_Within((x.geom), ST_SetSRID(ST_GeomFromGeoJSON($1::text), 4326))',
    );
  });

  it('parses every WKT geometry type, with negative and exponent numbers', () => {
    const predicate = parseCql2Text(
      'S_INTERSECTS(geometry, GEOMETRYCOLLECTION(POINT(-1.5e1 2), LINESTRING(0 0, 1 1), ' +
        'MULTIPOINT((0 0), (1 1)), MULTIPOINT(0 0, 1 1), MULTILINESTRING((0 0, 1 1), (2 2, 3 3)), ' +
        'POLYGON((0 0, 1 0, 1 1, 0 0)), MULTIPOLYGON(((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))))',
    );
    const [geometry] = filterGeometries(predicate, DEFAULT_CRS);
    const parsed = JSON.parse(geometry.text);
    expect(parsed.type).toBe('GeometryCollection');
    expect(parsed.geometries.map((g: any) => g.type)).toEqual([
      'Point',
      'LineString',
      'MultiPoint',
      'MultiPoint',
      'MultiLineString',
      'Polygon',
      'MultiPolygon',
    ]);
    expect(parsed.geometries[0].coordinates).toEqual([-15, 2]);
  });
});

describe('CQL2 bad input: a BAD_USER_INPUT naming the position or the property', () => {
  it('syntax errors name the 1-based position', () => {
    expect(badFilter(() => parseCql2Text("city = 'x' AND"))).toMatch(/syntax error.*position 15/);
    expect(badFilter(() => parseCql2Text('floors > > 5'))).toMatch(/position 10/);
    expect(badFilter(() => parseCql2Text("city = 'unterminated"))).toMatch(/unterminated string.*position 8/);
    expect(badFilter(() => parseCql2Text('floors ! 5'))).toMatch(/unexpected character "!".*position 8/);
    expect(badFilter(() => parseCql2Text('(floors > 5'))).toMatch(/expected "\)".*position 12/);
    expect(badFilter(() => parseCql2Json('{"op": "=", "args": [1'))).toMatch(/not valid JSON/);
    expect(badFilter(() => parseCql2Json('{"op": "like", "args": [1]}'))).toMatch(/takes 2 arguments.*filter/);
    expect(badFilter(() => parseCql2Json('{"op": "casei", "args": [1]}'))).toMatch(/unsupported operator "casei"/);
  });

  it('unknown properties are named', () => {
    expect(badFilter(() => compile('poblacion > 5'))).toMatch(/unknown property "poblacion" \(at position 1\)/);
    expect(badFilter(() => compile('{"op":"=","args":[{"property":"nope"},1]}', 'cql2-json'))).toMatch(
      /unknown property "nope" \(at filter.args\[0\]\)/,
    );
  });

  it('type mismatches are named', () => {
    expect(badFilter(() => compile("floors > 'abc'"))).toMatch(
      /cannot compare property floors \(integer\) with the string 'abc'.*type mismatch/,
    );
    expect(badFilter(() => compile('city LIKE 5'))).toMatch(/type mismatch/);
    expect(badFilter(() => compile('S_INTERSECTS(floors, POINT(1 2))'))).toMatch(
      /property floors \(integer\) is not a geometry/,
    );
    expect(badFilter(() => compile("T_INTERSECTS(city, DATE('2020-01-01'))"))).toMatch(/not a date, timestamp/);
    expect(badFilter(() => compile("updated = DATE('2020-02-30')"))).toMatch(/not a valid date/);
    expect(badFilter(() => compile('swimming_pool > true'))).toMatch(/booleans only compare with = and <>/);
    expect(badFilter(() => compile('floors'))).toMatch(/is not a boolean condition/);
  });

  it('invalid WKT is refused with its position', () => {
    expect(badFilter(() => parseCql2Text('S_INTERSECTS(geometry, POINT(1))'))).toMatch(
      /expected a number.*position 31/,
    );
    expect(badFilter(() => parseCql2Text('S_INTERSECTS(geometry, POLYGON((0 0, 1 1, 1 0)))'))).toMatch(
      /fewer than 4 positions/,
    );
    expect(badFilter(() => parseCql2Text('S_INTERSECTS(geometry, POLYGON((0 0, 1 1, 1 0, 2 2)))'))).toMatch(
      /not closed/,
    );
    expect(badFilter(() => parseCql2Text('S_INTERSECTS(geometry, POINT(1 2 3))'))).toMatch(/only 2D/);
    expect(badFilter(() => parseCql2Text('S_INTERSECTS(geometry, CIRCLE(1 2))'))).toMatch(
      /unsupported function CIRCLE/,
    );
    const outside = parseCql2Text('S_INTERSECTS(geometry, POINT(19.3 -99.1))');
    expect(badFilter(() => filterGeometries(outside, DEFAULT_CRS))).toMatch(/outside lon\/lat ranges/);
  });

  it('refuses deep nesting and long filters before any work', () => {
    const deepText = `${'('.repeat(1000)}floors > 5${')'.repeat(1000)}`;
    expect(badFilter(() => parseFilter(deepText, 'cql2-text'))).toMatch(/nested deeper than 50 levels/);
    const notText = `${'NOT '.repeat(1000)}floors > 5`;
    expect(badFilter(() => parseFilter(notText, 'cql2-text'))).toMatch(/nested deeper than 50 levels/);
    let deepJson: unknown = { op: '>', args: [{ property: 'floors' }, 5] };
    for (let i = 0; i < 1000; i += 1) deepJson = { op: 'not', args: [deepJson] };
    expect(badFilter(() => parseFilter(JSON.stringify(deepJson), 'cql2-json'))).toMatch(/nested deeper than 50 levels/);
    const long = Array.from({ length: 10_000 }, (_, i) => `floors = ${i}`).join(' OR ');
    expect(long.length).toBeGreaterThan(100_000);
    expect(badFilter(() => parseFilter(long, 'cql2-text'))).toMatch(/filter is \d+ characters long; at most 65536/);
    expect(badFilter(() => parseFilter('floors > 5', 'sql'))).toMatch(
      /filter-lang must be one of cql2-text, cql2-json/,
    );
  });

  it('injection attempts stay names to look up or parameters', () => {
    expect(badFilter(() => compile('"city; DROP TABLE colonia; --" = 1'))).toMatch(
      /unknown property "city; DROP TABLE/,
    );
    expect(badFilter(() => compile('city = 1; DROP TABLE colonia'))).toMatch(/unexpected character ";"/);
    const literal = compile("city = 'x''; DROP TABLE colonia; --'");
    expect(literal.sql).toBe('((x.city) = $1::text)');
    expect(literal.values).toEqual(["x'; DROP TABLE colonia; --"]);
    const json = compile('{"op":"=","args":[{"property":"city"},"\') OR 1=1 --"]}', 'cql2-json');
    expect(json.sql).toBe('((x.city) = $1::text)');
  });
});

describe('CRS parameters', () => {
  it('accepts the listed URIs (http or https) and refuses anything else naming the parameter', () => {
    expect(SUPPORTED_CRS.map((c) => parseCrs('crs', c.uri).srid)).toEqual([4326, 4326, 32614, 6372, 3857]);
    expect(parseCrs('crs', 'https://www.opengis.net/def/crs/EPSG/0/32614').srid).toBe(32614);
    expect(badFilter(() => parseCrs('crs', 'http://www.opengis.net/def/crs/EPSG/0/2154'))).toMatch(
      /^crs is not a supported CRS.*EPSG\/0\/2154/,
    );
    expect(badFilter(() => parseCrs('bbox-crs', 'EPSG:32614'))).toMatch(/^bbox-crs is not a supported CRS/);
  });
});
