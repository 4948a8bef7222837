/**
 * Small helpers for server-rendered HTML: every value that did not come from
 * this file goes through `escapeHtml` (text and attribute values alike), and
 * JSON embedded in a page cannot close its <script> element.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** JSON for a `<script type="application/json">` block: `<`, `>`, `&` and line separators as \u escapes. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Content-Security-Policy of our pages: scripts, styles, workers and data only
 * from this server (MapLibre's worker is a module script of the bundle), plus
 * the origin of BASEMAP_STYLE_URL when one is configured.
 */
export function pageContentSecurityPolicy(extraOrigins: string[] = [], { dataFonts = false } = {}): string {
  const extra = extraOrigins.length ? ` ${extraOrigins.join(' ')}` : '';
  return [
    "default-src 'none'",
    "script-src 'self'",
    "worker-src 'self' blob:",
    "style-src 'self'",
    `img-src 'self' data: blob:${extra}`,
    `connect-src 'self'${extra}`,
    // GraphiQL's stylesheet carries its fonts inline (data: URLs).
    `font-src 'self'${dataFonts ? ' data:' : ''}${extra}`,
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
