/**
 * Spanish labels of the OGC API HTML views: collections, properties, link
 * relations and formats (the JSON keeps the API's own names and English
 * titles; the HTML shows these, with the property's API name under its label,
 * as GIS clients and filters use it). Unknown names show as they are.
 */

export const COLLECTION_LABELS: Record<string, { title: string; description: string }> = {
  territoriales: {
    title: 'Direcciones territoriales',
    description:
      'Las 13 direcciones territoriales de Iztapalapa (división ilustrativa de la demostración), con la cobertura del programa.',
  },
  colonias: {
    title: 'Colonias',
    description:
      'Las 293 colonias (unidades territoriales del IECM) de Iztapalapa, con su dirección territorial y la cobertura del programa.',
  },
  ecos: { title: 'ECOS', description: 'Escuelas de Ciudadanía y Organización Social (ECOS) comunitarias.' },
  improvements: {
    title: 'Mejoras del espacio público',
    description: 'Obras en el espacio público: caminos de mujeres libres y seguras, ludicalles, utopías y otras.',
  },
  workshops: {
    title: 'Talleres de planeación participativa',
    description: 'Talleres de planeación participativa; los virtuales se ubican dentro de su colonia.',
  },
  mercomuna: {
    title: 'Mercomuna',
    description: 'Puntos de Mercomuna: comercios locales y lecherías Liconsa que entregan el apoyo alimentario.',
  },
  crime: {
    title: 'Delitos',
    description:
      'Carpetas de investigación de la FGJ-CDMX en el punto generalizado de la fiscalía: fecha, categoría de alto impacto y delito.',
  },
  ids_agebs: {
    title: 'Índice de Desarrollo Social por AGEB',
    description:
      'Índice de Desarrollo Social 2020 de Evalúa CDMX de las AGEB urbanas de Iztapalapa (polígonos del INEGI).',
  },
};

/** How a number property is shown: decimals, or a ratio (0–1) shown as a percentage. */
export type NumberStyle = { decimals: number } | 'percent';

export const PROPERTY_LABELS: Record<string, { label: string; number?: NumberStyle }> = {
  id: { label: 'Identificador' },
  clave: { label: 'Clave' },
  nombre: { label: 'Nombre' },
  areaKm2: { label: 'Área (km²)', number: { decimals: 2 } },
  territorialId: { label: 'Id de la dirección territorial' },
  territorialClave: { label: 'Dirección territorial (clave)' },
  territorialNombre: { label: 'Dirección territorial' },
  coloniaId: { label: 'Id de la colonia' },
  coloniaClave: { label: 'Colonia (clave)' },
  coloniaNombre: { label: 'Colonia' },
  ids: { label: 'Índice de Desarrollo Social', number: { decimals: 3 } },
  idsStratum: { label: 'Estrato del IDS' },
  stratum: { label: 'Estrato del IDS' },
  cvegeo: { label: 'Clave geoestadística (AGEB)' },
  population: { label: 'Población' },
  poblacion: { label: 'Población' },
  crimeYear: { label: 'Año de los delitos' },
  crimeFrom: { label: 'Delitos desde' },
  crimeTo: { label: 'Delitos hasta' },
  periodFrom: { label: 'Cobertura desde' },
  periodTo: { label: 'Cobertura hasta' },
  crimeHighImpact: { label: 'Delitos de alto impacto' },
  crimeRatePer100k: { label: 'Delitos por 100 mil habitantes', number: { decimals: 1 } },
  beneficiaries: { label: 'Beneficiarios' },
  workshops: { label: 'Talleres' },
  workshopParticipants: { label: 'Participantes en talleres' },
  ecosSchools: { label: 'Escuelas ECOS' },
  improvements: { label: 'Espacios públicos mejorados y en uso' },
  activities: { label: 'Actividades de campo' },
  peopleReached: { label: 'Personas alcanzadas' },
  peopleReachedPer1000: { label: 'Personas alcanzadas por 1,000 habitantes', number: { decimals: 1 } },
  colonias: { label: 'Colonias' },
  coloniasAttended: { label: 'Colonias atendidas' },
  coverageRatio: { label: 'Cobertura de colonias', number: 'percent' },
  attended: { label: 'Atendida' },
  programYear: { label: 'Año del programa' },
  sessions: { label: 'Sesiones' },
  participants: { label: 'Participantes' },
  kind: { label: 'Tipo' },
  status: { label: 'Estado' },
  builtOn: { label: 'Fecha de la obra' },
  heldOn: { label: 'Fecha del taller' },
  modality: { label: 'Modalidad' },
  period: { label: 'Periodo' },
  date: { label: 'Fecha' },
  category: { label: 'Categoría' },
  offence: { label: 'Delito' },
};

const RELATIONS: Record<string, string> = {
  self: 'Este documento',
  alternate: 'Otro formato',
  items: 'Elementos',
  'service-desc': 'Definición de la API',
  'service-doc': 'Documentación de la API',
  conformance: 'Clases de conformidad',
  data: 'Colecciones',
  collection: 'La colección',
  next: 'Página siguiente',
  prev: 'Página anterior',
  queryables: 'Propiedades consultables',
  'http://www.opengis.net/def/rel/ogc/1.0/queryables': 'Propiedades consultables',
};

const FORMATS: [RegExp, string][] = [
  [/geo\+json/, 'GeoJSON'],
  [/geopackage/, 'GeoPackage, todos los elementos en un archivo'],
  [/flatgeobuf/, 'FlatGeobuf'],
  [/schema\+json/, 'JSON Schema'],
  [/openapi/, 'OpenAPI 3.0'],
  [/csv/, 'CSV'],
  [/html/, 'HTML'],
  [/json/, 'JSON'],
];

/** A link in Spanish from its relation and media type (the API's English title is left to the JSON). */
export function linkLabel(link: { rel?: string; type?: string; href: string }): string {
  const format = FORMATS.find(([pattern]) => pattern.test(link.type ?? ''))?.[1];
  if (/\/tiles\/[^/]+\.json/.test(link.href)) return 'Teselas vectoriales (TileJSON)';
  if (link.rel === 'alternate' && /\/geojson\//.test(link.href)) return 'La capa entera en un archivo GeoJSON';
  const relation = RELATIONS[link.rel ?? ''] ?? link.rel ?? 'Enlace';
  return format ? `${relation} (${format})` : relation;
}

const RATIO_FORMAT = { maximumFractionDigits: 1, minimumFractionDigits: 1, useGrouping: false } as const;

/**
 * A property value as a table cell shows it: numbers rounded by the property's style (areaKm2 to 2 decimals,
 * rates to 1, the IDS to 3, other fractions to 2; whole numbers as they are, so years and ids keep their digits),
 * booleans as sí/no. Undefined for a value shown as text.
 */
export function formatPropertyNumber(name: string, value: unknown): string | undefined {
  if (typeof value === 'boolean') return value ? 'sí' : 'no';
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const style = PROPERTY_LABELS[name]?.number;
  if (style === 'percent') return `${(value * 100).toLocaleString('es-MX', RATIO_FORMAT)} %`;
  if (Number.isInteger(value) && !style) return String(value);
  const decimals = style?.decimals ?? 2;
  return value.toLocaleString('es-MX', {
    minimumFractionDigits: style ? decimals : 0,
    maximumFractionDigits: decimals,
    useGrouping: false,
  });
}
