import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { buildClientSchema, type IntrospectionQuery } from 'graphql';
import { GraphiQL } from 'graphiql';
import { useEditorContext, useExecutionContext, type GraphiQLPlugin } from '@graphiql/react';
import 'graphiql/style.css';
import './graphiql-page.css';

/**
 * GraphiQL at /graphql, bundled from npm (no CDN): the explorer, the history,
 * and "Ejemplos", the README's example operations (read by the server from
 * the README), each loaded into the editor with one click (the "Ej" button of
 * the sidebar shows them).
 */

interface Example {
  title: string;
  query: string;
}

interface PageConfig {
  endpoint: string;
  examples: Example[];
  /** The schema, from the server: GraphiQL's own introspection query is over the anonymous cost limit. */
  introspection: IntrospectionQuery;
}

const config = JSON.parse(document.getElementById('config')!.textContent!) as PageConfig;

/** Operations go to this server as JSON POSTs (Apollo refuses GET mutations and CSRF-prone forms). */
async function fetcher(params: unknown): Promise<unknown> {
  const response = await fetch(config.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify(params),
  });
  return response.json();
}

function ExamplesIcon() {
  return h('span', { 'aria-hidden': true, className: 'ejemplos-icono' }, 'Ej');
}

function ExamplesPane() {
  const editors = useEditorContext({ nonNull: true });
  const execution = useExecutionContext({ nonNull: true });
  return h(
    'section',
    { className: 'ejemplos', 'aria-label': 'Ejemplos del README' },
    h('h2', null, 'Ejemplos'),
    h('p', null, 'Las consultas de ejemplo del README. Un clic la carga en el editor; el botón ▶ la ejecuta.'),
    h(
      'ol',
      null,
      config.examples.map((example, i) =>
        h(
          'li',
          { key: i },
          h(
            'button',
            {
              type: 'button',
              className: 'ejemplo',
              'data-ejemplo': i,
              onClick: () => {
                editors.queryEditor?.setValue(example.query);
                editors.variableEditor?.setValue('');
              },
              onDoubleClick: () => execution.run(),
            },
            example.title,
          ),
        ),
      ),
    ),
  );
}

const examplesPlugin: GraphiQLPlugin = { title: 'Ejemplos', icon: ExamplesIcon, content: ExamplesPane };

const container = document.getElementById('graphiql')!;
createRoot(container).render(
  h(GraphiQL, {
    fetcher: fetcher as never,
    schema: buildClientSchema(config.introspection),
    plugins: [examplesPlugin],
    defaultQuery: config.examples[0]?.query ?? '{\n  territoriales {\n    clave\n    nombre\n  }\n}\n',
    shouldPersistHeaders: false,
  }),
);
container.dataset.estado = 'listo';
