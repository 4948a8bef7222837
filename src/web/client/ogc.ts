import 'maplibre-gl/dist/maplibre-gl.css';
import './mapa.css';
import { LngLatBounds, Map as MapLibreMap, NavigationControl, setWorkerUrl } from 'maplibre-gl';
import type { FeatureCollection, Geometry, Position } from 'geojson';

/**
 * The map of an OGC API items (or single feature) HTML page: the features the
 * page lists, embedded in it as JSON, drawn without a basemap, over the
 * outline of the direcciones territoriales (the server's vector tiles) for
 * context, unless the page lists the territoriales themselves.
 */

const data = document.getElementById('ogc-datos');
const container = document.getElementById('ogc-mapa');
if (data && container) {
  const { workerUrl, features, context } = JSON.parse(data.textContent!) as {
    workerUrl: string;
    features: FeatureCollection;
    context: string | null;
  };
  setWorkerUrl(new URL(workerUrl, location.href).href);
  const bounds = new LngLatBounds();
  const extend = (g: Geometry | null): void => {
    if (!g) return;
    if (g.type === 'GeometryCollection') return g.geometries.forEach(extend);
    const walk = (c: unknown): void => {
      if (Array.isArray(c) && typeof c[0] === 'number') bounds.extend(c as Position as [number, number]);
      else if (Array.isArray(c)) c.forEach(walk);
    };
    walk(g.coordinates);
  };
  features.features.forEach((f) => extend(f.geometry));
  const map = new MapLibreMap({
    container,
    style: {
      version: 8,
      sources: {
        items: { type: 'geojson', data: features },
        ...(context ? { contexto: { type: 'vector' as const, url: context } } : {}),
      },
      layers: [
        { id: 'fondo', type: 'background', paint: { 'background-color': '#f3f2ee' } },
        ...(context
          ? [
              {
                id: 'contexto-territoriales',
                type: 'line' as const,
                source: 'contexto',
                'source-layer': 'territoriales',
                paint: { 'line-color': '#6a1b4d', 'line-width': 1.2, 'line-opacity': 0.7 },
              },
            ]
          : []),
        {
          id: 'items-relleno',
          type: 'fill',
          source: 'items',
          filter: ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]],
          paint: { 'fill-color': '#21918c', 'fill-opacity': 0.45, 'fill-outline-color': '#1f2328' },
        },
        {
          id: 'items-lineas',
          type: 'line',
          source: 'items',
          filter: ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]],
          paint: { 'line-color': '#0072b2', 'line-width': 2.5 },
        },
        {
          id: 'items-puntos',
          type: 'circle',
          source: 'items',
          filter: ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]],
          paint: {
            'circle-color': '#e69f00',
            'circle-radius': 5,
            'circle-stroke-color': '#fff',
            'circle-stroke-width': 1,
          },
        },
      ],
    },
    ...(bounds.isEmpty()
      ? { center: [-99.05, 19.35] as [number, number], zoom: 10 }
      : { bounds, fitBoundsOptions: { padding: 24, maxZoom: 16 } }),
  });
  map.addControl(new NavigationControl({ showCompass: false }));
  map.once('idle', () => container.setAttribute('data-estado', 'listo'));
  Object.assign(window, { mapaOgc: map });
}
