import type { IndicatorDefinition } from '../indicators';
import { MONTHS } from './format';

/** The page's state, mirrored in its URL so a view can be bookmarked and shared. */
export type LevelChoice = 'auto' | 'territoriales' | 'colonias';
export const POINT_LAYER_IDS = ['ecos', 'improvements', 'workshops', 'mercomuna'] as const;

export interface PageState {
  indicator: IndicatorDefinition;
  year: number;
  fromMonth: number;
  toMonth: number;
  level: LevelChoice;
  points: string[];
  /** The feature whose panel is open: `territoriales:3`, `colonias:120`. */
  selected: { level: 'territoriales' | 'colonias'; id: string } | null;
}

const LEVELS: LevelChoice[] = ['auto', 'territoriales', 'colonias'];
const shown = (value: string) => `«${value.length > 40 ? value.slice(0, 40) + '…' : value}»`;

/**
 * Reads the state from the URL. Unknown or malformed values fall back to the
 * default and yield a message the page shows (never a blank map).
 */
export function readState(
  search: string,
  indicators: IndicatorDefinition[],
  years: number[],
): { state: PageState; problems: string[] } {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const fallbackYear = years[years.length - 1] ?? new Date().getFullYear();

  let indicator = indicators[0];
  const asked = params.get('indicador');
  if (asked !== null) {
    const found = indicators.find((i) => i.id === asked);
    if (found) indicator = found;
    else
      problems.push(
        `El indicador ${shown(asked)} no existe o no está disponible. Se muestra «${indicator.label}». Indicadores: ${indicators.map((i) => i.id).join(', ')}.`,
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

  const month = (name: string, fallback: number): number => {
    const text = params.get(name);
    if (text === null) return fallback;
    if (/^\d{1,2}$/.test(text) && Number(text) >= 1 && Number(text) <= 12) return Number(text);
    problems.push(`El mes ${shown(text)} de «${name}» no es válido (de 1 a 12). Se usa ${MONTHS[fallback - 1]}.`);
    return fallback;
  };
  let fromMonth = month('desde', 1);
  let toMonth = month('hasta', 12);
  if (fromMonth > toMonth) {
    problems.push(
      `El periodo empieza después de terminar (${MONTHS[fromMonth - 1]} a ${MONTHS[toMonth - 1]}). Se muestra el año completo.`,
    );
    fromMonth = 1;
    toMonth = 12;
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
  return { state: { indicator, year, fromMonth, toMonth, level, points, selected }, problems };
}

export function writeState(state: PageState): string {
  const params = new URLSearchParams();
  params.set('indicador', state.indicator.id);
  params.set('anio', String(state.year));
  params.set('desde', String(state.fromMonth));
  params.set('hasta', String(state.toMonth));
  if (state.level !== 'auto') params.set('nivel', state.level);
  if (state.points.length) params.set('puntos', state.points.join(','));
  if (state.selected) params.set('ficha', `${state.selected.level}:${state.selected.id}`);
  return `?${params.toString()}`;
}
