import { escapeHtml } from '../web/html';
import { count, money, NO_DATA } from './report.format';
import { ROLE_LABEL } from './report.labels';
import {
  beneficiaryBreakdowns,
  improvementsTable,
  participationRows,
  roleCount,
  twoColumns,
} from './report-blocks.html';
import type { ReportData, TerritorialFigures } from './report.service';

/** One territorial's ficha: its beneficiaries, coverage, components and spaces; printed on a page of its own. */

const html = (text: string | number) => escapeHtml(text);

export function ficha(t: TerritorialFigures, index: number, data: ReportData): string {
  const name = t.territorial.nombre;
  const general = twoColumns('Beneficiarios y cobertura', 'Concepto', [
    { cells: [ROLE_LABEL.SERVIDOR_DEL_PUEBLO, count(roleCount(t, 'SERVIDOR_DEL_PUEBLO'))] },
    { cells: [ROLE_LABEL.PROMOTOR_COMUNITARIO, count(roleCount(t, 'PROMOTOR_COMUNITARIO'))] },
    { cells: ['Total de beneficiarios facilitadores', count(t.beneficiaries.total)], kind: 'total' },
    { cells: ['Colonias atendidas', `${count(t.coloniasAttended)} de ${count(t.colonias)}`] },
    { cells: ['Población (IECM)', count(t.poblacion, NO_DATA)] },
    { cells: [`Pagos a beneficiarios ${data.year}`, money(t.paymentsTotal)] },
    { cells: ['Actividades de campo registradas', count(t.activities)] },
    { cells: ['Personas alcanzadas', count(t.peopleReached)] },
  ]);
  return `
<section class="ficha" id="ficha-${html(t.territorial.clave)}">
  <header>
    <p class="antetitulo">Ficha territorial ${index + 1} de ${data.territoriales.length} · ${html(t.territorial.clave)} · Ejercicio ${data.year}</p>
    <h2>${html(name)}</h2>
  </header>
  <div class="rejilla">
    ${general}
    ${twoColumns('Planeación participativa y ECOS', 'Concepto', participationRows(t))}
  </div>
  ${beneficiaryBreakdowns(t)}
  ${improvementsTable('Espacios y servicios públicos mejorados', t.improvements)}
</section>`;
}
