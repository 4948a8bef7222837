import { decimalsOf, shortName, type CatalogueIndicator, type IndicatorFigure } from './catalogue';
import { NO_DATA_COLOR, type Classification } from './classes';
import { el, formatNumber, periodLabel, type Period } from './format';

/**
 * The legend, over the map's top-left corner (always in view, whatever the
 * height of the side column): the indicator, unit and period, its classes
 * (quantiles, viridis) with the units in each, the units without a value, and
 * the indicator's card as the report gives it: method, baseline, goal,
 * direction and frequency.
 */

const $ = (id: string) => document.getElementById(id)!;

function figureText(figure: IndicatorFigure, decimals: number): string {
  const value =
    figure.value === null ? 'S/D' : formatNumber(figure.value, figure.value % 1 ? Math.max(decimals, 2) : 0);
  return `${value} ${figure.unit}${figure.year !== null ? ` (${figure.year})` : ''}`;
}

function card(indicator: CatalogueIndicator): HTMLElement[] {
  const decimals = decimalsOf(indicator);
  const entries: [string, string, string, string?][] = [
    ['metodo', 'Método', indicator.method.formula, `Campos: ${indicator.method.fields.join(', ')}`],
    [
      'linea-base',
      'Línea base',
      indicator.baseline ? figureText(indicator.baseline, decimals) : 'el informe no da una',
      indicator.baseline ? `${indicator.baseline.statement} Fuente: ${indicator.baseline.source}` : undefined,
    ],
  ];
  if (indicator.goal)
    entries.push(['meta', 'Meta', figureText(indicator.goal, decimals), `Fuente: ${indicator.goal.source}`]);
  entries.push(['sentido', 'Sentido · frecuencia', `${indicator.direction} · ${indicator.frequency}`]);
  return entries.flatMap(([name, label, text, title]) => {
    const dd = el('dd', text, { 'data-campo': name });
    if (title) dd.title = title;
    return [el('dt', label), dd];
  });
}

export function renderLegend(
  indicator: CatalogueIndicator,
  period: Period,
  levelLabel: string,
  entry: { values: Map<string, { value: number | null }>; classes: Classification } | undefined,
): void {
  $('leyenda-subtitulo').textContent =
    `${shortName(indicator)} (${indicator.unit}) por ${levelLabel}, ${periodLabel(period)}`;
  $('leyenda-indicador').replaceChildren(...card(indicator));
  const list = $('leyenda-clases');
  list.replaceChildren();
  if (!entry) return;
  const d = decimalsOf(indicator);
  const item = (color: string, text: string) => {
    const li = el('li', null, { 'data-color': color });
    const swatch = el('span', null, { class: 'muestra', 'aria-hidden': 'true' });
    swatch.style.background = color;
    li.append(swatch, el('span', text));
    list.append(li);
  };
  for (const c of entry.classes.classes)
    item(
      c.color,
      `${c.min === c.max ? formatNumber(c.min, d) : `${formatNumber(c.min, d)} – ${formatNumber(c.max, d)}`} (${c.count})`,
    );
  const missing = [...entry.values.values()].filter((v) => v.value === null).length;
  if (missing || entry.classes.classes.length === 0) item(NO_DATA_COLOR, `Sin dato u oculto (${missing})`);
}
