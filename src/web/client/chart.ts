import { formatNumber, spanLabel } from './format';

/**
 * An indicator's series as a plain SVG line chart: one point per period (a
 * circle, `data-start`/`data-end`/`data-value`), the line broken where a
 * period has no data (null is "sin dato", never drawn as 0), the periods of
 * the chosen window highlighted. No chart library.
 */

export interface SeriesPoint {
  start: string;
  end: string;
  value: number | null;
}

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Short label under a point: the month's initial, Q1–Q4, S1–S2 or the year. */
function tick(point: SeriesPoint): string {
  const months = Number(point.end.slice(5, 7)) - Number(point.start.slice(5, 7)) + 1;
  const month = Number(point.start.slice(5, 7));
  if (months === 1) return 'EFMAMJJASOND'[month - 1];
  if (months === 3) return `T${Math.ceil(month / 3)}`;
  if (months === 6) return `S${Math.ceil(month / 6)}`;
  return point.start.slice(0, 4);
}

export function seriesChart(
  points: SeriesPoint[],
  options: { title: string; decimals: number; highlight: { from: string; to: string } },
): SVGSVGElement {
  const width = 300;
  const height = 130;
  const left = 38;
  const right = 8;
  const top = 10;
  const bottom = 20;
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const span = max - min || 1;
  const step = (width - left - right) / Math.max(points.length, 1);
  const x = (i: number) => left + step * (i + 0.5);
  const y = (v: number) => top + ((max - v) / span) * (height - top - bottom);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'grafica' });
  chart.setAttribute(
    'aria-label',
    `${options.title}: ` +
      points.map((p) => `${spanLabel(p.start, p.end)} ${formatNumber(p.value, options.decimals)}`).join(', '),
  );
  const whole =
    points.length > 0 && points[0].start >= options.highlight.from && points.at(-1)!.end <= options.highlight.to;
  // The chosen period's points, when it is a part of the chart (the whole chart needs no highlight).
  const inWindow = (p: SeriesPoint) => !whole && p.start >= options.highlight.from && p.end <= options.highlight.to;
  points.forEach((p, i) => {
    if (inWindow(p))
      chart.append(
        svg('rect', { x: x(i) - step / 2, y: top, width: step, height: height - top - bottom, class: 'periodo' }),
      );
  });
  // Axis: the top value and zero.
  for (const v of max === min ? [max] : [max, min]) {
    chart.append(svg('line', { x1: left, x2: width - right, y1: y(v), y2: y(v), class: 'eje' }));
    chart.append(
      svg('text', { x: left - 4, y: y(v) + 3, 'text-anchor': 'end' }, formatNumber(v, v % 1 ? options.decimals : 0)),
    );
  }
  // The line, one segment per run of periods with data.
  let run: string[] = [];
  const flush = () => {
    if (run.length > 1) chart.append(svg('polyline', { points: run.join(' '), class: 'linea' }));
    run = [];
  };
  points.forEach((p, i) => {
    if (p.value === null) flush();
    else run.push(`${x(i).toFixed(1)},${y(p.value).toFixed(1)}`);
  });
  flush();
  points.forEach((p, i) => {
    const point = svg('circle', {
      cx: x(i).toFixed(1),
      cy: (p.value === null ? y(min) : y(p.value)).toFixed(1),
      r: 3.2,
      class: p.value === null ? 'punto sin-dato' : inWindow(p) ? 'punto punto-periodo' : 'punto',
      'data-start': p.start,
      'data-end': p.end,
      'data-value': p.value === null ? '' : String(p.value),
    });
    point.append(svg('title', {}, `${spanLabel(p.start, p.end)}: ${formatNumber(p.value, options.decimals)}`));
    chart.append(point);
    chart.append(svg('text', { x: x(i), y: height - 6, 'text-anchor': 'middle' }, tick(p)));
  });
  return chart;
}
