/**
 * The printed report's stylesheet, served by the report's router at REPORT_CSS_PATH (the pages' CSP takes
 * styles from the server only: no inline style, no web font, nothing from a CDN). Letter paper; each
 * territorial ficha starts a page; table heads repeat on every page a table runs over.
 */

export const REPORT_CSS_PATH = '/reporte/reporte.css';

export const REPORT_CSS = `
:root { --tinta: #1d1d1b; --gris: #5f5f5a; --linea: #b9b9b3; --fondo: #efeee9; --guinda: #7a1f3d; }
* { box-sizing: border-box; }
html { color: var(--tinta); background: #fff; }
body { margin: 0; font: 15px/1.4 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
.informe { max-width: 62rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.45rem; line-height: 1.2; margin: 0.2rem 0 0.4rem; color: var(--guinda); }
h2 { font-size: 1.15rem; margin: 1.4rem 0 0.5rem; color: var(--guinda); break-after: avoid; }
p { margin: 0.3rem 0; }
.antetitulo { text-transform: uppercase; letter-spacing: 0.04em; font-size: 0.8rem; color: var(--gris); margin: 0; }
.subtitulo { font-weight: bold; margin: 0 0 0.4rem; }
.fuente, .nota { font-size: 0.82rem; color: var(--gris); }
.aviso { font-size: 0.82rem; border-left: 3px solid var(--guinda); padding: 0.2rem 0.5rem; background: var(--fondo); }
.aviso.exactas { border-left-color: #b3541e; }
.portada { border-bottom: 2px solid var(--guinda); padding-bottom: 0.6rem; }

.resumen { display: grid; grid-template-columns: repeat(4, 1fr); gap: 0.5rem; margin: 0.7rem 0 0; }
.resumen div { background: var(--fondo); padding: 0.4rem 0.5rem; }
.resumen dt { font-size: 0.75rem; color: var(--gris); }
.resumen dd { margin: 0; font-size: 1.25rem; font-weight: bold; font-variant-numeric: tabular-nums; }
.resumen dd.detalle { font-size: 0.72rem; font-weight: normal; color: var(--gris); }

table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 0.9rem; font-size: 0.85rem; }
caption { text-align: left; font-weight: bold; padding: 0.2rem 0; caption-side: top; }
th, td { border-bottom: 1px solid var(--linea); padding: 0.18rem 0.4rem; vertical-align: top; text-align: left; }
thead th { background: var(--fondo); border-bottom: 1.5px solid var(--tinta); font-size: 0.78rem; }
tbody th { font-weight: normal; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total th, tr.total td { font-weight: bold; border-top: 1.5px solid var(--tinta); }
tr.sub th { padding-left: 1.4rem; font-style: italic; }
.territorial tbody th { white-space: nowrap; }
.breve { width: auto; min-width: 60%; }
.rejilla .breve { width: 100%; min-width: 0; }
.rejilla { display: grid; grid-template-columns: 1fr 1fr; column-gap: 1.2rem; }
.rejilla table { margin-bottom: 0.5rem; }
.matriz td, .matriz th { font-size: 0.78rem; }
.matriz .indicador { width: 46%; }
.metodo { display: block; color: var(--gris); font-size: 0.72rem; margin-top: 0.15rem; }
.ficha { border-top: 2px solid var(--guinda); margin-top: 2rem; padding-top: 0.6rem; }
.ficha h2 { margin-top: 0.1rem; font-size: 1.35rem; }
.error h1 { margin-top: 2rem; }

/* The table head on every page a table runs over; rows and captions are not split. */
thead { display: table-header-group; }
tfoot { display: table-footer-group; }
tr, caption { break-inside: avoid; }

@page {
  size: letter;
  margin: 14mm 13mm 16mm;
  @bottom-left { content: "Alcaldía Iztapalapa · Evaluación interna, sección IV (datos)"; font: 7.5pt "DejaVu Sans", sans-serif; color: #5f5f5a; }
  @bottom-right { content: "Página " counter(page) " de " counter(pages); font: 7.5pt "DejaVu Sans", sans-serif; color: #5f5f5a; }
}

@media print {
  html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 9pt; }
  .informe { max-width: none; margin: 0; padding: 0; }
  h1 { font-size: 15pt; }
  h2 { font-size: 11.5pt; margin-top: 10pt; }
  table { font-size: 8pt; margin: 3pt 0 7pt; }
  thead th { font-size: 7.5pt; }
  .matriz td, .matriz th { font-size: 7.2pt; }
  .metodo { font-size: 6.6pt; }
  .resumen dd { font-size: 13pt; }
  .ficha { break-before: page; break-inside: avoid; border-top: none; margin-top: 0; padding-top: 0; }
  .ficha h2 { font-size: 14pt; border-bottom: 2px solid var(--guinda); padding-bottom: 2pt; }
  .ficha table { margin: 2pt 0 5pt; }
  .ficha th, .ficha td { padding-top: 1.2pt; padding-bottom: 1.2pt; }
}
`;
