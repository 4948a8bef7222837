import { LEGACY_INDICATOR_IDS, DEFAULT_INDICATOR, shortName, type CatalogueIndicator } from './catalogue';
import { MONTHS, PERIOD_GROUPS, periodKeyOfMonths, type Period } from './format';

/** The page's state, mirrored in its URL so a view can be bookmarked and shared. */
export type LevelChoice = 'auto' | 'territoriales' | 'colonias';
export const POINT_LAYER_IDS = ['ecos', 'improvements', 'workshops', 'mercomuna'] as const;

export interface PageState {
  indicator: CatalogueIndicator;
  period: Period;
  level: LevelChoice;
  points: string[];
  /** The feature whose panel is open: `territoriales:3`, `colonias:120`. */
  selected: { level: 'territoriales' | 'colonias'; id: string } | null;
}

const LEVELS: LevelChoice[] = ['auto', 'territoriales', 'colonias'];
const shown = (value: string) => `«${value.length > 40 ? value.slice(0, 40) + '…' : value}»`;
const PERIOD_KEYS = PERIOD_GROUPS.flatMap((g) => g.options.map((o) => o.key));

/**
 * Reads the state from the URL. Unknown or malformed values fall back to the
 * default and yield a message the page shows (never a blank map).
 */
export function readState(
  search: string,
  indicators: CatalogueIndicator[],
  years: number[],
): { state: PageState; problems: string[] } {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const fallbackYear = years[years.length - 1] ?? new Date().getFullYear();

  let indicator = indicators.find((i) => i.code === DEFAULT_INDICATOR) ?? indicators[0];
  const asked = params.get('indicador');
  if (asked !== null) {
    const found = indicators.find((i) => i.code === (LEGACY_INDICATOR_IDS[asked] ?? asked));
    if (found) indicator = found;
    else
      problems.push(
        `El indicador ${shown(asked)} no existe. Se muestra «${shortName(indicator)}». Indicadores: ${indicators.map((i) => i.code).join(', ')}.`,
      );
  }

  let year = fallbackYear;
  const askedYear = params.get('anio');
  if (askedYear !== null) {
    if (/^\d{4}$/.test(askedYear) && years.includes(Number(askedYear))) year = Number(askedYear);
    else
      problems.push(
        `El año ${shown(askedYear)} no es un año del programa (años con datos: ${years.join(', ')}). Se muestra ${year}.`,
      );
  }

  let key = 'anio';
  const askedPeriod = params.get('periodo');
  const from = params.get('desde');
  const to = params.get('hasta');
  if (askedPeriod !== null) {
    if (PERIOD_KEYS.includes(askedPeriod)) key = askedPeriod;
    else
      problems.push(
        `El periodo ${shown(askedPeriod)} no existe (anio, s1–s2, t1–t4, m1–m12). Se muestra el año completo.`,
      );
  } else if (from !== null || to !== null) {
    // Links made before the period selector: months desde–hasta, read when they are one calendar period.
    const month = (text: string | null, fallback: number) =>
      text !== null && /^\d{1,2}$/.test(text) && Number(text) >= 1 && Number(text) <= 12 ? Number(text) : fallback;
    const legacy = periodKeyOfMonths(month(from, 1), month(to, 12));
    if (legacy) key = legacy;
    else
      problems.push(
        `Los meses ${shown(from ?? '1')} a ${shown(to ?? '12')} no son un periodo del informe ` +
          `(año, semestre, trimestre o mes de ${MONTHS[0]} a ${MONTHS[11]}). Se muestra el año completo.`,
      );
  }

  let level: LevelChoice = 'auto';
  const askedLevel = params.get('nivel');
  if (askedLevel !== null) {
    if ((LEVELS as string[]).includes(askedLevel)) level = askedLevel as LevelChoice;
    else problems.push(`El nivel ${shown(askedLevel)} no existe (${LEVELS.join(', ')}). Se usa «auto».`);
  }

  const points: string[] = [];
  for (const p of (params.get('puntos') ?? '').split(',').filter(Boolean)) {
    if ((POINT_LAYER_IDS as readonly string[]).includes(p)) points.push(p);
    else problems.push(`La capa de puntos ${shown(p)} no existe (${POINT_LAYER_IDS.join(', ')}).`);
  }

  let selected: PageState['selected'] = null;
  const askedSelection = params.get('ficha');
  if (askedSelection !== null) {
    const match = /^(territoriales|colonias):([1-9][0-9]{0,9})$/.exec(askedSelection);
    if (match) selected = { level: match[1] as 'territoriales' | 'colonias', id: match[2] };
    else problems.push(`La ficha ${shown(askedSelection)} no es válida (por ejemplo territoriales:3 o colonias:120).`);
  }
  return { state: { indicator, period: { year, key }, level, points, selected }, problems };
}

export function writeState(state: PageState): string {
  const params = new URLSearchParams();
  params.set('indicador', state.indicator.code);
  params.set('anio', String(state.period.year));
  params.set('periodo', state.period.key);
  if (state.level !== 'auto') params.set('nivel', state.level);
  if (state.points.length) params.set('puntos', state.points.join(','));
  if (state.selected) params.set('ficha', `${state.selected.level}:${state.selected.id}`);
  return `?${params.toString()}`;
}
