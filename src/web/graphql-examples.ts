import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { projectRoot } from './web-assets';

/**
 * The README's example operations (its ```graphql blocks), offered in
 * GraphiQL: one entry per operation, titled by the comment line above it.
 * The README is the one source: an example added there appears in GraphiQL.
 */

export interface GraphQLExample {
  title: string;
  query: string;
}

const GRAPHQL_BLOCK = /```graphql\n([\s\S]*?)```/g;

/** Every operation of every ```graphql block of a Markdown text, with the comment above it. */
export function graphqlExamples(markdown: string): GraphQLExample[] {
  const examples: GraphQLExample[] = [];
  for (const [, block] of markdown.matchAll(GRAPHQL_BLOCK)) {
    const document = parse(block);
    let previousEnd = 0;
    for (const definition of document.definitions) {
      const { start, end } = definition.loc as { start: number; end: number };
      const comment = block
        .slice(previousEnd, start)
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.startsWith('#'));
      const body = block.slice(start, end);
      const title =
        comment.length > 0
          ? comment.map((line) => line.replace(/^#\s*/, '')).join(' ')
          : body.replace(/\s+/g, ' ').slice(0, 80);
      examples.push({ title, query: [...comment, body].join('\n') + '\n' });
      previousEnd = end;
    }
  }
  return examples;
}

/** The README's examples (none when the README is not shipped). */
export function readmeExamples(): GraphQLExample[] {
  const readme = join(projectRoot(), 'README.md');
  return existsSync(readme) ? graphqlExamples(readFileSync(readme, 'utf8')) : [];
}
