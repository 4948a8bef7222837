import type { IntrospectionQuery } from 'graphql';
import { jsonForScript, escapeHtml } from './html';
import type { GraphQLExample } from './graphql-examples';
import type { WebAssets } from './web-assets';

/** What the GraphiQL page reads before it starts (embedded as JSON). */
export interface GraphiQLPageConfig {
  /** The endpoint the page sends operations to (same origin). */
  endpoint: string;
  examples: GraphQLExample[];
  /**
   * The schema as an introspection result: GraphiQL's own introspection query costs more than an
   * anonymous caller may spend (GRAPHQL cost limit), so the page carries it.
   */
  introspection: IntrospectionQuery;
}

/** GraphiQL, served by the API from its own bundle (no CDN): the shell the bundle mounts into. */
export function graphiqlPage(config: GraphiQLPageConfig, assets: WebAssets): string {
  return `<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>GraphiQL · territorio · Iztapalapa</title>
<link rel="stylesheet" href="${escapeHtml(assets.url('graphiql.css'))}">
<link rel="icon" href="data:,">
<script type="application/json" id="config">${jsonForScript(config)}</script>
<script type="module" src="${escapeHtml(assets.url('graphiql.js'))}"></script>
</head>
<body>
<div id="graphiql" data-estado="cargando"><p>Cargando GraphiQL…</p></div>
</body>
</html>
`;
}
