import type { ImprovementCount, KeyCount } from '../coverage/coverage.types';
import { count, NO_DATA, percent } from './report.format';
import {
  AGE_GROUP_LABEL,
  EDUCATION_LABEL,
  IMPROVEMENT_LABEL,
  OCCUPATION_LABEL,
  ROLE_LABEL,
  SEX_LABEL,
} from './report.labels';
import { table, type Row } from './report-table.html';
import type { ScopeFigures } from './report.service';

/** The tables the report's section IV and every territorial ficha share: breakdowns of people, components, spaces. */

export function breakdown<K extends string>(
  caption: string,
  head: string,
  labels: Record<K, string>,
  cells: KeyCount<K>[],
  total: number,
): string {
  const byKey = new Map(cells.map((c) => [c.key, c.count]));
  const rows: Row[] = (Object.keys(labels) as K[]).map((key) => {
    const value = byKey.get(key) ?? null;
    return { cells: [labels[key], count(value), percent(value, total)] };
  });
  rows.push({ cells: ['TOTAL', count(total), percent(total, total)], kind: 'total' });
  return table({
    caption,
    className: 'desglose',
    columns: [{ label: head }, { label: 'No. personas', num: true }, { label: '%', num: true }],
    rows,
  });
}

export const roleCount = (figures: ScopeFigures, role: keyof typeof ROLE_LABEL) =>
  figures.beneficiaries.byRole.find((c) => c.key === role)?.count ?? null;

/** Finished works of the tracked kinds (null when no kind is tracked). */
export function improvedInUse(list: ImprovementCount[]): number | null {
  const tracked = list.filter((i) => i.count !== null);
  return tracked.length ? tracked.reduce((sum, i) => sum + i.count!, 0) : null;
}

export function improvementsTable(caption: string, list: ImprovementCount[]): string {
  const byKind = new Map(list.map((i) => [i.kind, i]));
  const rows: Row[] = (Object.keys(IMPROVEMENT_LABEL) as (keyof typeof IMPROVEMENT_LABEL)[]).map((kind) => {
    const i = byKind.get(kind);
    return {
      cells: [
        IMPROVEMENT_LABEL[kind],
        count(i?.count ?? null, NO_DATA),
        count(i?.inProgress ?? null, NO_DATA),
        count(i?.planned ?? null, NO_DATA),
      ],
    };
  });
  const sum = (pick: (i: ImprovementCount) => number | null) =>
    list.some((i) => pick(i) !== null) ? list.reduce((s, i) => s + (pick(i) ?? 0), 0) : null;
  rows.push({
    cells: [
      'TOTAL (tipos con registro)',
      count(
        sum((i) => i.count),
        NO_DATA,
      ),
      count(
        sum((i) => i.inProgress),
        NO_DATA,
      ),
      count(
        sum((i) => i.planned),
        NO_DATA,
      ),
    ],
    kind: 'total',
  });
  return table({
    caption,
    columns: [
      { label: 'Espacios y servicios públicos' },
      { label: 'Mejorados y en uso', num: true },
      { label: 'En obra', num: true },
      { label: 'Programados', num: true },
    ],
    rows,
  });
}

export function participationRows(figures: ScopeFigures): Row[] {
  const rows: (Row | string[])[] = [
    ['Talleres de planeación participativa realizados', count(figures.workshops.total)],
    ['Colonias, barrios, pueblos y unidades habitacionales con talleres', count(figures.workshops.colonias)],
    ['Participantes en los talleres (vecinas y vecinos)', count(figures.workshops.participants)],
    ['Agendas de Desarrollo Local Comunitario terminadas', count(figures.agendas.finished)],
    { cells: ['de ellas, implementando proyectos', count(figures.agendas.implementing)], kind: 'sub' },
    ['Agendas en elaboración', count(figures.agendas.inProgress)],
    ['Escuelas de Ciudadanía y Organización Social (ECOS)', count(figures.ecos.schools)],
    ['Facilitadores formados en Educación Popular en las ECOS', count(figures.ecos.facilitators)],
    ['Participantes en las ECOS', count(figures.ecos.participants)],
  ];
  return rows.map((r) => (Array.isArray(r) ? { cells: r } : r));
}

export const twoColumns = (caption: string, head: string, rows: Row[]) =>
  table({ caption, className: 'breve', columns: [{ label: head }, { label: 'Cantidad', num: true }], rows });

export function beneficiaryBreakdowns(f: ScopeFigures): string {
  const b = f.beneficiaries;
  return `<div class="rejilla">
${breakdown('a) Distribución por sexo', 'Sexo', SEX_LABEL, b.bySex, b.total)}
${breakdown('f) Distribución por grupos de edad', 'Rangos de edad', AGE_GROUP_LABEL, b.byAgeGroup, b.total)}
${breakdown('d) Distribución por nivel de escolaridad', 'Grado', EDUCATION_LABEL, b.byEducation, b.total)}
${breakdown('e) Distribución por ocupación', 'Ocupación', OCCUPATION_LABEL, b.byOccupation, b.total)}
</div>`;
}
