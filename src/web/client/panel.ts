import { gql } from './api';
import { decimalsOf, SERIES_QUERY, shortName, type CatalogueIndicator } from './catalogue';
import { seriesChart, type SeriesPoint } from './chart';
import { el, formatMoney, formatNumber, formatPercent, periodDates, periodLabel, type Period } from './format';

/**
 * The side panel of a territorial or colonia: the indicator's series for the
 * year (a point per month, the chosen period highlighted), its coverage for
 * the period with the report's breakdowns (suppressed cells shown as such),
 * and links to the same feature in the GIS endpoints. Everything is written
 * with textContent.
 */

export type FeatureLevel = 'territoriales' | 'colonias';

const COVERAGE_FIELDS = `activities peopleReached colonias coloniasAttended coverageRatio ecosSchools ecosFacilitators ecosParticipants paymentsTotal
  beneficiaries { total byRole { key count } bySex { key count } byAgeGroup { key count } byEducation { key count } byOccupation { key count } }
  workshops { count participants colonias } improvements { kind count planned } agendas { inProgress finished implementing }`;

const PANEL_QUERY = {
  territoriales: `query FichaTerritorial($id: ID!, $from: Date, $to: Date) {
    f: territorial(id: $id) { id clave nombre coverage(from: $from, to: $to) { ${COVERAGE_FIELDS} } } }`,
  colonias: `query FichaColonia($id: ID!, $from: Date, $to: Date) {
    f: colonia(id: $id) { id clave nombre territorial { clave nombre } coverage(from: $from, to: $to) { ${COVERAGE_FIELDS} } } }`,
};

const KEY_LABELS: Record<string, string> = {
  SERVIDOR_DEL_PUEBLO: 'Servidores del Pueblo',
  PROMOTOR_COMUNITARIO: 'Promotores Comunitarios',
  MUJER: 'Mujeres',
  HOMBRE: 'Hombres',
  AGE_18_29: '18 a 29 años',
  AGE_30_60: '30 a 60 años',
  AGE_OVER_60: 'Más de 60 años',
  PRIMARIA: 'Primaria',
  SECUNDARIA: 'Secundaria',
  BACHILLERATO: 'Bachillerato',
  LICENCIATURA: 'Licenciatura',
  AUTOEMPLEO: 'Autoempleo',
  COMERCIO: 'Comercio',
  ESTUDIANTE: 'Estudiante',
  HOGAR: 'Hogar',
  PENSIONADO_JUBILADO: 'Pensionado o jubilado',
  CAMINO_MUJERES_LIBRES_SEGURAS: 'Caminos de mujeres libres y seguras',
  LUDICALLE: 'Ludicalles',
  UTOPIA: 'Utopías',
  LAVAMANOS: 'Lavamanos',
  PIPA_AGUA: 'Pipas de agua',
};
const keyLabel = (key: string) => KEY_LABELS[key] ?? key;

export interface PanelRequest {
  level: FeatureLevel;
  id: string;
  indicator: CatalogueIndicator;
  period: Period;
  /** Whether the GIS endpoints take the period (`from`/`to`): their links then carry it. */
  gisPeriod: boolean;
}

function figure(list: HTMLElement, name: string, label: string, value: number | null, text?: string): void {
  const dt = el('dt', label);
  const dd = el('dd', text ?? formatNumber(value), { 'data-figure': name });
  if (value !== null) dd.dataset.value = String(value);
  list.append(dt, dd);
}

function breakdown(
  title: string,
  name: string,
  rows: { key: string; count: number | null }[],
  nullText = 'oculto',
  nullTitle = 'Celda de 1 a 4 personas (o la que permitiría deducirla): oculta por privacidad',
): HTMLElement {
  const table = el('table', null, { class: 'desglose', 'data-breakdown': name });
  table.append(el('caption', title));
  const body = el('tbody');
  for (const row of rows) {
    const tr = el('tr');
    tr.append(el('th', keyLabel(row.key), { scope: 'row' }));
    const td = el('td', row.count === null ? nullText : formatNumber(row.count), { 'data-key': row.key });
    if (row.count === null) td.title = nullTitle;
    else td.dataset.value = String(row.count);
    tr.append(td);
    body.append(tr);
  }
  table.append(body);
  return table;
}

function links(level: FeatureLevel, feature: { id: string; clave: string }, request: PanelRequest): HTMLElement {
  const list = el('ul', null, { class: 'enlaces' });
  const filter = level === 'territoriales' ? 'territorial' : 'colonia';
  const item = (text: string, href: string) => {
    const li = el('li');
    li.append(el('a', text, { href }));
    list.append(li);
  };
  const { from, to } = periodDates(request.period);
  const period = request.gisPeriod ? `&from=${from}&to=${to}` : '';
  item('GeoJSON', `/geojson/${level}?${filter}=${encodeURIComponent(feature.clave)}${period}`);
  item('OGC API – Features (JSON)', `/ogc/collections/${level}/items/${encodeURIComponent(feature.id)}`);
  item('OGC API – Features (HTML)', `/ogc/collections/${level}/items/${encodeURIComponent(feature.id)}?f=html`);
  return list;
}

/** Loads and renders the panel into `container`; returns the feature's name (for the heading). */
export async function renderPanel(container: HTMLElement, request: PanelRequest): Promise<string> {
  const { from, to } = periodDates(request.period);
  const year = periodDates({ year: request.period.year, key: 'anio' });
  const unit = request.level === 'territoriales' ? { territorialId: request.id } : { coloniaId: request.id };
  const [panel, series] = await Promise.all([
    gql(PANEL_QUERY[request.level], { id: request.id, from, to }),
    gql(SERIES_QUERY, { code: request.indicator.code, ...unit, from: year.from, to: year.to, interval: 'MONTH' }),
  ]);
  const feature = panel.f;
  container.replaceChildren();
  if (!feature) {
    container.append(el('p', 'No existe esa unidad territorial.', { class: 'error' }));
    return 'Sin datos';
  }
  const c = feature.coverage;
  const kind = request.level === 'territoriales' ? 'Dirección territorial' : 'Colonia';
  const where = feature.territorial ? ` · ${feature.territorial.nombre}` : '';
  container.append(
    el('p', `${kind} ${feature.clave}${where} · ${periodLabel(request.period)}`, {
      class: 'nota',
      'data-figure': 'periodo',
    }),
  );

  const points: SeriesPoint[] = series.indicator.series;
  const title = `${shortName(request.indicator)}, por mes de ${request.period.year}`;
  container.append(
    el('h3', title),
    seriesChart(points, { title, decimals: decimalsOf(request.indicator), highlight: { from, to } }),
    el(
      'p',
      `Unidad: ${request.indicator.unit}. Un círculo vacío: sin dato (periodo sin datos o cifra oculta por privacidad).`,
      {
        class: 'nota',
      },
    ),
  );

  const figures = el('dl', null, { class: 'cifras' });
  figure(figures, 'beneficiaries', 'Beneficiarios', c.beneficiaries.total);
  figure(figures, 'peopleReached', 'Personas alcanzadas', c.peopleReached);
  figure(figures, 'activities', 'Actividades de campo', c.activities);
  figure(figures, 'workshops', 'Talleres', c.workshops.count);
  figure(figures, 'workshopParticipants', 'Participantes en talleres', c.workshops.participants);
  figure(
    figures,
    'coloniasAttended',
    'Colonias atendidas',
    c.coloniasAttended,
    `${formatNumber(c.coloniasAttended)} de ${formatNumber(c.colonias)} (${formatPercent(c.coverageRatio)})`,
  );
  figure(figures, 'ecosSchools', 'Escuelas ECOS', c.ecosSchools);
  figure(figures, 'ecosFacilitators', 'Facilitadores ECOS', c.ecosFacilitators);
  figure(figures, 'ecosParticipants', 'Participantes en ECOS', c.ecosParticipants);
  figure(
    figures,
    'agendas',
    'Agendas terminadas (de ellas en implementación) · en elaboración',
    null,
    `${c.agendas.finished} (${c.agendas.implementing}) · ${c.agendas.inProgress}`,
  );
  const planned = c.improvements.reduce((sum: number, i: any) => sum + (i.planned ?? 0), 0);
  figure(figures, 'improvementsPlanned', 'Obras de espacio público programadas (aún no en uso)', planned);
  // null: hidden for privacy (payments differ by role and would reveal a hidden role count).
  figure(
    figures,
    'paymentsTotal',
    'Pagos a beneficiarios',
    c.paymentsTotal,
    c.paymentsTotal === null ? 'oculto' : formatMoney(c.paymentsTotal),
  );
  container.append(el('h3', 'Cobertura'), figures);

  const b = c.beneficiaries;
  const breakdowns = el('div', null, { class: 'desgloses' });
  breakdowns.append(
    breakdown('Por figura', 'byRole', b.byRole),
    breakdown('Por sexo', 'bySex', b.bySex),
    breakdown('Por edad', 'byAgeGroup', b.byAgeGroup),
    breakdown('Por escolaridad', 'byEducation', b.byEducation),
    breakdown('Por ocupación', 'byOccupation', b.byOccupation),
    breakdown(
      'Espacios públicos mejorados y en uso',
      'improvements',
      c.improvements.map((i: any) => ({ key: i.kind, count: i.count })),
      'sin dato',
      'Tipo de obra sin registro en el informe: desconocido, no cero',
    ),
  );
  container.append(el('h3', 'Beneficiarios y mejoras'), breakdowns);

  container.append(el('h3', 'La misma unidad en los servicios de datos'), links(request.level, feature, request));
  return feature.nombre;
}
