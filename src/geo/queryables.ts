import { layerProperties, type LayerDefinition, type PropertyType } from './layers';

/**
 * The queryables of a layer (OGC API – Features Part 3): every public
 * property of its definition (own properties and figures of a period) plus its
 * geometry. Derived from the layer registry, so a property added to a layer
 * is queryable, sortable and selectable with no other change. This is the
 * allow-list the CQL2 compiler, `sortby` and `properties` resolve names
 * against: only these SQL expressions ever enter a statement.
 */

export const GEOMETRY_QUERYABLE = 'geometry';

export type QueryableType = PropertyType | 'geometry';

export interface Queryable {
  name: string;
  type: QueryableType;
  /** SQL expression over the layer's FROM clause (aliases of the layer definition). */
  sql: string;
  description: string;
  /** A figure of a period: needs the layer's figures CTEs joined. */
  figures: boolean;
}

export function layerQueryables(layer: LayerDefinition): Map<string, Queryable> {
  const queryables = new Map<string, Queryable>();
  queryables.set(GEOMETRY_QUERYABLE, {
    name: GEOMETRY_QUERYABLE,
    type: 'geometry',
    sql: layer.geomSql,
    description: `Geometry (${layer.geometryType}).`,
    figures: false,
  });
  const figures = new Set((layer.figures ?? []).flatMap((f) => f.properties.map((p) => p.name)));
  for (const p of layerProperties(layer)) {
    queryables.set(p.name, {
      name: p.name,
      type: p.type,
      sql: p.sql,
      description: p.description,
      figures: figures.has(p.name),
    });
  }
  return queryables;
}

const GEOMETRY_FORMAT: Record<LayerDefinition['geometryType'], string> = {
  MultiPolygon: 'geometry-multipolygon',
  Point: 'geometry-point',
  Geometry: 'geometry-any',
};

/** JSON Schema (2020-12) of a layer's queryables, as Part 3 serves it. */
export function queryablesSchema(layer: LayerDefinition, id: string) {
  const properties: Record<string, unknown> = {};
  for (const q of layerQueryables(layer).values()) {
    if (q.type === 'geometry') {
      properties[q.name] = {
        title: 'Geometry',
        description: q.description,
        format: GEOMETRY_FORMAT[layer.geometryType],
        'x-ogc-role': 'primary-geometry',
      };
      continue;
    }
    const schema: Record<string, unknown> = { title: q.name, description: q.description };
    if (q.type === 'date') Object.assign(schema, { type: 'string', format: 'date' });
    else schema.type = q.type;
    properties[q.name] = schema;
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: id,
    type: 'object',
    title: layer.title,
    description: `Properties of ${layer.title} that filter, sortby and properties accept.`,
    properties,
    additionalProperties: false,
  };
}
