import { ogcOpenApiDocument } from '../http/ogc-openapi';
import type { LayerRegistry } from '../geo/layers';

/**
 * Whether the GIS outputs take a period for the figures of the choropleth layers (the layers with coverage:
 * territoriales, colonias): `from`/`to` on /geojson and /tiles, `datetime` on /ogc items (issue #23, item 4).
 * The server's own OGC API definition says so: the items of every such layer list `datetime`. Until they do,
 * the map page and the OGC HTML views send no period there (the endpoints refuse parameters they do not take).
 */
export function gisOutputsTakePeriod(layers: LayerRegistry): boolean {
  const choropleths = layers.all().filter((layer) => (layer.figures?.length ?? 0) > 0);
  if (choropleths.length === 0) return false;
  const paths = ogcOpenApiDocument('', layers).paths as Record<string, { get?: { parameters?: unknown[] } }>;
  return choropleths.every((layer) =>
    (paths[`/collections/${layer.id}/items`]?.get?.parameters ?? []).some(
      (p) =>
        (p as { $ref?: string; name?: string }).$ref?.endsWith('/datetime') ||
        (p as { name?: string }).name === 'datetime',
    ),
  );
}

/** The layers whose features carry figures of a period (coverage, crime): where the HTML views default the period. */
export function choroplethLayerIds(layers: LayerRegistry): string[] {
  return layers
    .all()
    .filter((layer) => (layer.figures?.length ?? 0) > 0)
    .map((layer) => layer.id);
}
