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

/** `from`/`to` dates (YYYY-MM-DD) of months `from`..`to` (1–12) of a year. */
export function periodDates(year: number, fromMonth: number, toMonth: number): { from: string; to: string } {
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastDay = new Date(Date.UTC(year, toMonth, 0)).getUTCDate();
  return { from: `${year}-${pad(fromMonth)}-01`, to: `${year}-${pad(toMonth)}-${pad(lastDay)}` };
}

export function periodLabel(year: number, fromMonth: number, toMonth: number): string {
  if (fromMonth === 1 && toMonth === 12) return `año ${year}`;
  if (fromMonth === toMonth) return `${MONTHS[fromMonth - 1]} de ${year}`;
  return `${MONTHS[fromMonth - 1]} a ${MONTHS[toMonth - 1]} de ${year}`;
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
