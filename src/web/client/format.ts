/** Spanish (Mexico) number and date formatting. */
export const MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

export function formatNumber(value: number | null | undefined, decimals = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'sin dato';
  return value.toLocaleString('es-MX', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

export function formatMoney(value: number): string {
  return value.toLocaleString('es-MX', { style: 'currency', currency: 'MXN', maximumFractionDigits: 0 });
}

export function formatPercent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined) return 'sin dato';
  return (ratio * 100).toLocaleString('es-MX', { maximumFractionDigits: 1 }) + ' %';
}

/** The length of a series period, as GraphQL's SeriesInterval. */
export type Interval = 'MONTH' | 'QUARTER' | 'SEMESTER' | 'YEAR';

/**
 * A calendar period of a year, as the report counts them: the year (`anio`), a semester (`s1`, `s2`), a
 * quarter (`t1`…`t4`) or a month (`m1`…`m12`). Each is exactly one period of its interval, so an
 * indicator's series over it (interval of the same length) is one value per unit.
 */
export interface Period {
  year: number;
  /** `anio`, `s1`, `s2`, `t1`…`t4`, `m1`…`m12`. */
  key: string;
}

const PERIOD_KINDS: { prefix: string; count: number; months: number; interval: Interval }[] = [
  { prefix: 's', count: 2, months: 6, interval: 'SEMESTER' },
  { prefix: 't', count: 4, months: 3, interval: 'QUARTER' },
  { prefix: 'm', count: 12, months: 1, interval: 'MONTH' },
];
const ORDINAL = ['1er', '2º', '3er', '4º'];

/** Every period key of a year, with its Spanish label, grouped as the selector shows them. */
export const PERIOD_GROUPS: { label: string; options: { key: string; label: string }[] }[] = [
  { label: 'Año', options: [{ key: 'anio', label: 'Año completo' }] },
  {
    label: 'Semestres',
    options: [1, 2].map((n) => ({ key: `s${n}`, label: `${ORDINAL[n - 1]} semestre` })),
  },
  {
    label: 'Trimestres',
    options: [1, 2, 3, 4].map((n) => ({ key: `t${n}`, label: `${ORDINAL[n - 1]} trimestre` })),
  },
  { label: 'Meses', options: MONTHS.map((m, i) => ({ key: `m${i + 1}`, label: m })) },
];

/** Months (1–12) a period key spans, and its interval; undefined for an unknown key. */
export function periodMonths(key: string): { from: number; to: number; interval: Interval } | undefined {
  if (key === 'anio') return { from: 1, to: 12, interval: 'YEAR' };
  const match = /^([stm])([1-9][0-9]?)$/.exec(key);
  const kind = match && PERIOD_KINDS.find((k) => k.prefix === match[1]);
  if (!match || !kind) return undefined;
  const n = Number(match[2]);
  if (n > kind.count) return undefined;
  return { from: (n - 1) * kind.months + 1, to: n * kind.months, interval: kind.interval };
}

/** The period key of months `from`..`to`, when they are one calendar period (legacy `desde`/`hasta` URLs). */
export function periodKeyOfMonths(from: number, to: number): string | undefined {
  for (const group of PERIOD_GROUPS)
    for (const { key } of group.options) {
      const months = periodMonths(key)!;
      if (months.from === from && months.to === to) return key;
    }
  return undefined;
}

/** `from`/`to` dates (YYYY-MM-DD, inclusive) and interval of a period. */
export function periodDates(period: Period): { from: string; to: string; interval: Interval } {
  const { from, to, interval } = periodMonths(period.key)!;
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastDay = new Date(Date.UTC(period.year, to, 0)).getUTCDate();
  return { from: `${period.year}-${pad(from)}-01`, to: `${period.year}-${pad(to)}-${pad(lastDay)}`, interval };
}

export function periodLabel(period: Period): string {
  if (period.key === 'anio') return `año ${period.year}`;
  const option = PERIOD_GROUPS.flatMap((g) => g.options).find((o) => o.key === period.key)!;
  return `${option.label} de ${period.year}`;
}

/** A series period (start–end dates) in words: `marzo de 2020`, `1er trimestre de 2020`, `2020`. */
export function spanLabel(start: string, end: string): string {
  const [y, m] = start.split('-').map(Number);
  const key = periodKeyOfMonths(m, Number(end.slice(5, 7)));
  if (!key || start.slice(0, 4) !== end.slice(0, 4)) return `${start} – ${end}`;
  return periodLabel({ year: y, key });
}

/** Creates an element with text content (never HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string | null,
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}
