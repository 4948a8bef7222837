import type { Figure } from '../indicator/indicator.catalogue';
import type { IndicatorPeriodValue } from '../indicator/indicator.types';
import { escapeHtml } from '../web/html';
import { count, dateTime, decimal, longDate, money, NO_DATA, SUPPRESSED } from './report.format';
import { LEVEL_LABEL, MONTH_LABEL } from './report.labels';
import { table, type Row } from './report-table.html';
import {
  beneficiaryBreakdowns,
  improvedInUse,
  improvementsTable,
  participationRows,
  roleCount,
  twoColumns,
} from './report-blocks.html';
import { ficha } from './report-ficha.html';
import type { ReportData, ScopeFigures } from './report.service';
import { REPORT_CSS_PATH } from './report.css';

/**
 * The printed report of a program year (Spanish): the 2020 evaluation report's section IV rebuilt from the
 * data — coverage analysis, budget, components, the indicator matrix — then one ficha per territorial, each
 * on its own printed page. Only figures of `ReportData`; words and labels are the report's.
 */

const PROGRAM = 'Programa «Fortalecimiento de la Democracia Participativa para el Bienestar y la Paz en Iztapalapa»';

const html = (text: string | number) => escapeHtml(text);

function figureText(figure: Figure | null): string {
  if (!figure) return '—';
  if (figure.value === null) return NO_DATA;
  const value = /MXN/.test(figure.unit)
    ? money(figure.value)
    : `${decimal(figure.value, NO_DATA, true)} ${figure.unit}`;
  return `${value}${figure.year ? ` (${figure.year})` : ''}`;
}

function valueText(rule: string, unit: string, value: IndicatorPeriodValue): string {
  if (value.value === null) return NO_DATA;
  if (/MXN/.test(unit)) return money(value.value);
  if (rule === 'COUNT') return `${count(value.value)} ${unit}`;
  return `${decimal(value.value, NO_DATA, rule === 'STORED')} ${unit}`;
}

function indicatorsSection(data: ReportData): string {
  const rows = data.indicators.map(({ indicator, value }) => {
    const d = indicator.definition;
    const cells = [
      LEVEL_LABEL[d.level],
      `<strong>${html(d.name)}</strong><span class="metodo">Método de cálculo: ${html(d.formula)}</span>` +
        `<span class="metodo">Frecuencia: ${html(d.frequency)} · Sentido: ${html(d.direction)}</span>`,
      html(figureText(d.baseline)),
      html(figureText(d.goal)),
      html(valueText(d.value, d.unit, value)),
      html(figureText(d.reported)),
    ];
    return `<tr><th scope="row">${cells[0]}</th>${cells
      .slice(1)
      .map((c, i) => `<td${i === 0 ? ' class="indicador"' : ''}>${c}</td>`)
      .join('')}</tr>`;
  });
  return `
<section class="indicadores">
  <h2>c.1 – c.3 Indicadores de la matriz de resultados</h2>
  <p class="nota">Línea de base, meta y método de cálculo como los da el informe; el valor ${data.year} se calcula de los datos
  para toda la alcaldía, del ${html(longDate(data.from))} al ${html(longDate(data.to))}. ${NO_DATA}: sin dato.</p>
  <table class="matriz">
    <thead><tr><th scope="col">Nivel</th><th scope="col">Indicador y método de cálculo</th><th scope="col">Línea de base</th>
    <th scope="col">Meta</th><th scope="col">Valor ${data.year} (datos)</th><th scope="col">Informe 2020</th></tr></thead>
    <tbody>
${rows.join('\n')}
    </tbody>
  </table>
</section>`;
}

function territorialDistribution(data: ReportData): string {
  const rows: Row[] = data.territoriales.map((t) => ({
    cells: [
      t.territorial.nombre,
      count(roleCount(t, 'SERVIDOR_DEL_PUEBLO')),
      count(roleCount(t, 'PROMOTOR_COMUNITARIO')),
      count(t.beneficiaries.total),
      money(t.paymentsTotal),
    ],
  }));
  const a = data.alcaldia;
  rows.push({
    cells: [
      'TOTAL',
      count(roleCount(a, 'SERVIDOR_DEL_PUEBLO')),
      count(roleCount(a, 'PROMOTOR_COMUNITARIO')),
      count(a.beneficiaries.total),
      money(a.paymentsTotal),
    ],
    kind: 'total',
  });
  return table({
    caption: 'c) Distribución territorial, alcaldía Iztapalapa y dirección territorial',
    className: 'territorial',
    columns: [
      { label: 'Territorial' },
      { label: 'Servidores', num: true },
      { label: 'Promotores', num: true },
      { label: 'Total', num: true },
      { label: `Pagos ${data.year} (MXN)`, num: true },
    ],
    rows,
  });
}

function participationByTerritorial(data: ReportData): string {
  const row = (name: string, f: ScopeFigures): string[] => [
    name,
    `${count(f.coloniasAttended)} de ${count(f.colonias)}`,
    count(f.workshops.total),
    count(f.workshops.participants),
    count(f.agendas.finished),
    count(f.agendas.implementing),
    count(f.agendas.inProgress),
    count(f.ecos.schools),
    count(improvedInUse(f.improvements), NO_DATA),
  ];
  return table({
    caption: 'Componentes por dirección territorial',
    className: 'territorial',
    columns: [
      { label: 'Territorial' },
      { label: 'Colonias atendidas', num: true },
      { label: 'Talleres', num: true },
      { label: 'Participantes', num: true },
      { label: 'Agendas terminadas', num: true },
      { label: 'Implementando', num: true },
      { label: 'En elaboración', num: true },
      { label: 'ECOS', num: true },
      { label: 'Espacios en uso', num: true },
    ],
    rows: [
      ...data.territoriales.map((t) => row(t.territorial.nombre, t)),
      { cells: row('TOTAL', data.alcaldia), kind: 'total' },
    ],
  });
}

function budgetSection(data: ReportData): string {
  const budget = table({
    caption: `b.1 Presupuesto aprobado y ejercido ${data.year}`,
    columns: [
      { label: 'Concepto' },
      { label: 'Aprobado', num: true },
      { label: 'Ejercido', num: true },
      { label: 'Pagado (registros de pago)', num: true },
    ],
    rows: [
      [
        'Apoyos económicos a beneficiarios',
        money(data.budget.approved),
        money(data.budget.exercised),
        money(data.budget.paid),
      ],
    ],
  });
  const monthly = data.monthlyPayments
    ? table({
        caption: `b.2 Ejercicio del presupuesto durante ${data.year}: pagos a beneficiarios por mes`,
        className: 'breve',
        columns: [{ label: 'Mes' }, { label: 'Monto pagado (MXN)', num: true }],
        rows: [
          ...data.monthlyPayments.map((m) => [MONTH_LABEL[m.month - 1], money(m.paid)]),
          { cells: ['TOTAL', money(data.alcaldia.paymentsTotal)], kind: 'total' as const },
        ],
      })
    : `<p class="nota">b.2 Pagos por mes: el detalle mensual se muestra con una credencial de rol ANALYST; las cifras
  públicas cuentan los pagos por años de programa completos (total ${data.year}: ${html(money(data.alcaldia.paymentsTotal))}).</p>`;
  return `<section><h2>b) Información presupuestal</h2>${budget}${monthly}</section>`;
}

function componentsSection(data: ReportData): string {
  const a = data.alcaldia;
  const withEcos = data.territoriales.filter((t) => t.ecos.schools > 0).length;
  const rows = participationRows(a);
  rows.splice(7, 0, {
    cells: ['Direcciones territoriales con ECOS', `${count(withEcos)} de ${count(data.territoriales.length)}`],
  });
  return `<section>
  <h2>c) Resultados: planeación participativa, ECOS y espacios públicos</h2>
  ${twoColumns(`Planeación participativa y ECOS, ${data.year}`, 'Concepto', rows)}
  ${improvementsTable(`Espacios y servicios públicos mejorados, ${data.year}`, a.improvements)}
  ${twoColumns(`Actividades de campo de los beneficiarios facilitadores, ${data.year}`, 'Concepto', [
    { cells: ['Actividades registradas', count(a.activities)] },
    { cells: ['Personas alcanzadas por las actividades', count(a.peopleReached)] },
    { cells: ['Meta de personas a involucrar', count(data.goalPeopleReached)] },
  ])}
  ${participationByTerritorial(data)}
</section>`;
}

function figuresNote(data: ReportData, role: string): string {
  return data.exact
    ? `<p class="aviso exactas">Cifras exactas, consultadas con una credencial de rol ${html(role)}: incluyen celdas de
  menos de 5 personas que no se publican. No difunda este documento.</p>`
    : `<p class="aviso">Cifras públicas: las celdas de 1 a 4 personas, y las que permitirían deducirlas (de un total, de las
  demás territoriales o de otros años), se muestran como ${SUPPRESSED}. Beneficiarios y pagos cuentan años de programa
  completos. ${NO_DATA}: sin dato.</p>`;
}

export function reportPage(data: ReportData, role: string, generatedAt: Date): string {
  const a = data.alcaldia;
  const summary = `<dl class="resumen">
    <div><dt>Beneficiarios facilitadores</dt><dd>${html(count(a.beneficiaries.total))}</dd>
      <dd class="detalle">${html(count(roleCount(a, 'SERVIDOR_DEL_PUEBLO')))} Servidores del Pueblo · ${html(
        count(roleCount(a, 'PROMOTOR_COMUNITARIO')),
      )} Promotores Comunitarios</dd></div>
    <div><dt>Colonias atendidas</dt><dd>${html(count(a.coloniasAttended))}</dd><dd class="detalle">de ${html(
      count(a.colonias),
    )} colonias en ${html(count(data.territoriales.length))} direcciones territoriales</dd></div>
    <div><dt>Presupuesto ejercido</dt><dd>${html(money(data.budget.exercised))}</dd><dd class="detalle">aprobado ${html(
      money(data.budget.approved),
    )}</dd></div>
    <div><dt>Personas alcanzadas</dt><dd>${html(count(a.peopleReached))}</dd><dd class="detalle">meta: ${html(
      count(data.goalPeopleReached),
    )} personas</dd></div>
  </dl>`;
  return `<!doctype html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Informe ${data.year} · Evaluación interna · Alcaldía Iztapalapa</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${REPORT_CSS_PATH}">
</head>
<body>
<main class="informe">
<header class="portada">
  <p class="antetitulo">Alcaldía Iztapalapa · Evaluación interna · Ejercicio ${data.year}</p>
  <h1>${html(PROGRAM)}</h1>
  <p class="subtitulo">IV. Descripción de los principales componentes, indicadores y resultados, reconstruida de los datos</p>
  <p class="fuente">Periodo: ${html(longDate(data.from))} al ${html(longDate(data.to))}. Fuente: base de datos del programa
  (territorio, consulta del ${html(dateTime(generatedAt))}). Colonias: unidades territoriales del IECM; su asignación a las
  direcciones territoriales es la cargada en la base (la de los datos de demostración es ilustrativa).</p>
  ${figuresNote(data, role)}
  ${summary}
</header>
<section>
  <h2>c.3.3 Análisis de la cobertura</h2>
  ${territorialDistribution(data)}
  ${beneficiaryBreakdowns(a)}
  <p class="nota">b) Tipo de beneficiarios: ${html(count(a.beneficiaries.total))} beneficiarios facilitadores de servicios.</p>
</section>
${budgetSection(data)}
${componentsSection(data)}
${indicatorsSection(data)}
${data.territoriales.map((t, i) => ficha(t, i, data)).join('\n')}
</main>
</body>
</html>
`;
}

/** A refusal as a page (a browser asked): the problem in Spanish, the way to a good address. */
export function refusalPage(status: number, title: string, message: string): string {
  return `<!doctype html>
<html lang="es-MX">
<head><meta charset="utf-8"><title>${html(title)} · Informe</title><link rel="icon" href="data:,"><link rel="stylesheet" href="${REPORT_CSS_PATH}"></head>
<body><main class="informe error"><h1>${html(title)}</h1><p>${html(message)}</p>
<p class="nota">Error ${status}. El informe de un año está en /reporte/&lt;año&gt;, por ejemplo /reporte/2020.</p></main></body>
</html>
`;
}
