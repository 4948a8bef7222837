import { escapeHtml, jsonForScript } from './html';
import type { WebAssets } from './web-assets';

/** What the server tells the page (embedded as JSON; the page reads it before anything else). */
export interface MapPageConfig {
  /** Program years with data, ascending. */
  years: number[];
  /**
   * Whether /tiles and /geojson take a period (`from`/`to`) for the figures of the choropleth layers: the page
   * then sends the chosen period on them (see gis-period.ts).
   */
  gisPeriod: boolean;
  basemapStyleUrl: string | null;
  workerUrl: string;
}

const POINT_LAYERS: { id: string; label: string }[] = [
  { id: 'ecos', label: 'ECOS' },
  { id: 'improvements', label: 'Mejoras del espacio público' },
  { id: 'workshops', label: 'Talleres' },
  { id: 'mercomuna', label: 'Mercomuna' },
];

/** The monitoring map (Spanish UI). All dynamic content is filled in by the bundle with textContent. */
export function mapPage(config: MapPageConfig, assets: WebAssets): string {
  const pointToggles = POINT_LAYERS.map(
    (l) =>
      `<label class="casilla"><input type="checkbox" name="puntos" value="${escapeHtml(l.id)}" id="puntos-${escapeHtml(l.id)}"> <span class="muestra muestra-${escapeHtml(l.id)}" aria-hidden="true"></span>${escapeHtml(l.label)}</label>`,
  ).join('\n');
  return `<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mapa de monitoreo · Democracia Participativa · Iztapalapa</title>
<link rel="stylesheet" href="${escapeHtml(assets.url('mapa.css'))}">
<link rel="icon" href="data:,">
<script type="application/json" id="config">${jsonForScript(config)}</script>
<script type="module" src="${escapeHtml(assets.url('mapa.js'))}"></script>
</head>
<body>
<header class="cabecera">
  <div class="titulos">
    <h1>Mapa de monitoreo del programa</h1>
    <p>Fortalecimiento de la Democracia Participativa para el Bienestar y la Paz · Alcaldía Iztapalapa</p>
  </div>
  <section aria-labelledby="resumen-titulo" class="resumen">
    <h2 id="resumen-titulo" class="oculto">Resumen del año</h2>
    <dl id="resumen" aria-live="polite"></dl>
  </section>
</header>
<div id="aviso" role="alert" hidden></div>
<main class="cuerpo">
  <aside id="controles" aria-label="Controles del mapa">
    <details id="acceso">
      <summary id="acceso-resumen">Acceso del personal</summary>
      <!-- The input has no name: even without the page's script, the form never puts it in a URL. -->
      <form id="acceso-formulario" autocomplete="off">
        <label for="credencial">Token o clave de API</label>
        <input id="credencial" type="password" autocomplete="off" spellcheck="false">
        <button type="submit" id="acceso-entrar">Entrar</button>
      </form>
      <p id="acceso-estado" class="nota" role="status"></p>
      <button type="button" id="acceso-salir" hidden>Salir</button>
    </details>
    <p id="muestra" class="aviso-muestra" role="note" hidden></p>
    <form id="formulario" autocomplete="off">
      <label for="indicador">Indicador</label>
      <select id="indicador" name="indicador"></select>
      <p id="indicador-descripcion" class="nota"></p>
      <fieldset>
        <legend>Periodo</legend>
        <div class="periodo">
          <div><label for="anio">Año</label><select id="anio" name="anio"></select></div>
          <div><label for="periodo">Periodo</label><select id="periodo" name="periodo"></select></div>
        </div>
      </fieldset>
      <fieldset>
        <legend>Nivel</legend>
        <label class="casilla"><input type="radio" name="nivel" value="auto" checked> Según el acercamiento</label>
        <label class="casilla"><input type="radio" name="nivel" value="territoriales"> Direcciones territoriales</label>
        <label class="casilla"><input type="radio" name="nivel" value="colonias"> Colonias</label>
      </fieldset>
      <fieldset>
        <legend>Capas de puntos</legend>
        ${pointToggles}
      </fieldset>
      <label for="ir-a">Ver ficha de una dirección territorial</label>
      <select id="ir-a" name="ir-a"><option value="">— Elegir —</option></select>
    </form>
    <p class="nota"><span id="privacidad">Cifras públicas: los desgloses de 1 a 4 personas se ocultan (secreto estadístico), como en la API.</span>
      Datos: <a href="/ogc?f=html">OGC API – Features</a> · <a href="/graphql">GraphQL</a> · <a href="/reporte">Informe imprimible</a>.</p>
  </aside>
  <div class="mapa-contenedor">
    <div id="mapa" role="region" aria-label="Mapa de Iztapalapa" data-estado="cargando"></div>
    <section id="leyenda" aria-labelledby="leyenda-titulo">
      <h2 id="leyenda-titulo">Leyenda</h2>
      <p id="leyenda-subtitulo" class="nota"></p>
      <ul id="leyenda-clases"></ul>
      <dl id="leyenda-indicador"></dl>
    </section>
  </div>
  <aside id="panel" aria-labelledby="panel-titulo" hidden tabindex="-1">
    <div class="panel-cabecera">
      <h2 id="panel-titulo"></h2>
      <button type="button" id="panel-cerrar" aria-label="Cerrar la ficha">×</button>
    </div>
    <div id="panel-contenido"></div>
  </aside>
</main>
<div id="tooltip" role="status" aria-live="off" hidden></div>
</body>
</html>
`;
}
