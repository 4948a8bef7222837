import { gql } from './api';
import { el, formatMoney, formatNumber } from './format';

/** The header's figures of the program year, and the note that the demo holds a sample of its activities. */
export async function renderSummary(year: number): Promise<void> {
  const data = await gql(
    `query Resumen($year: Int!) { programSummary(year: $year) { year beneficiaries { total } peopleReached peopleReachedGoal
      colonias coloniasAttended activities workshops { count participants } ecosSchools improvements { kind count }
      budget { approved exercised } }
      activitiesProjected: indicator(code: "ACTIVIDAD_ACTIVIDADES_CAMPO") { reported { value year } }
      peopleProjected: indicator(code: "PROPOSITO_PERSONAS_ALCANZADAS") { reported { value } } }`,
    { year },
  );
  const s = data.programSummary;
  const improvements = s.improvements.reduce((sum: number, i: any) => sum + (i.count ?? 0), 0);
  const items: [string, string, string][] = [
    ['beneficiaries', 'Beneficiarios', formatNumber(s.beneficiaries.total)],
    [
      'peopleReached',
      'Personas alcanzadas',
      `${formatNumber(s.peopleReached)} de ${formatNumber(s.peopleReachedGoal)} (meta)`,
    ],
    ['coloniasAttended', 'Colonias atendidas', `${formatNumber(s.coloniasAttended)} de ${formatNumber(s.colonias)}`],
    [
      'workshops',
      'Talleres',
      `${formatNumber(s.workshops.count)} (${formatNumber(s.workshops.participants)} participantes)`,
    ],
    ['ecosSchools', 'Escuelas ECOS', formatNumber(s.ecosSchools)],
    ['improvements', 'Espacios públicos mejorados y en uso', formatNumber(improvements)],
    ['budget', 'Presupuesto ejercido', formatMoney(s.budget.exercised)],
  ];
  const list = document.getElementById('resumen')!;
  list.replaceChildren();
  for (const [name, label, text] of items) {
    const div = el('div', null, { 'data-figure': name });
    div.append(el('dt', `${label} ${s.year}`), el('dd', text));
    list.append(div);
  }
  renderSampleNote(s.year, s.activities, data.activitiesProjected?.reported, data.peopleProjected?.reported);
}

/**
 * When the database holds fewer activities of the report's year than the report projects (the demo loads two
 * weeks), say so in words, with the report's figures and how to load a year: the header's people reached is then
 * a sample, not the program's year. (At the top of the side column: a note in the header would move the map.)
 */
function renderSampleNote(
  year: number,
  activities: number,
  projected: { value: number | null; year: number } | null | undefined,
  people: { value: number | null } | null | undefined,
): void {
  const note = document.getElementById('muestra')!;
  if (!projected?.value || projected.year !== year || activities >= projected.value) {
    note.hidden = true;
    note.replaceChildren();
    return;
  }
  note.replaceChildren(
    `Muestra: la base tiene ${formatNumber(activities)} de las ${formatNumber(projected.value)} actividades que el informe ` +
      `proyecta para ${year}` +
      (people?.value ? ` (${formatNumber(people.value)} personas)` : '') +
      '; las personas alcanzadas son solo las de esas actividades. Para cargar un año de actividades: ',
    el('code', 'npm run import -- activities <archivo>'),
    ' (o el año del informe en la demostración: ',
    el('code', 'npm run seed -- --activities year'),
    ').',
  );
  note.hidden = false;
}
