import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { ensureWebBundle, launchChromium, watchPage } from '../helpers/browser';
import { graphqlExamples } from '../../src/web/graphql-examples';
import { projectRoot } from '../../src/web/web-assets';

// page.evaluate callbacks run in the browser; the tests' program has no DOM library.
declare const document: any;

/**
 * GraphiQL at /graphql, served by the API from its own bundle: opened by a
 * browser (Accept: text/html), while JSON clients still reach Apollo. Debian's
 * Chromium checks that nothing is fetched from outside the server and that the
 * README's examples load and run.
 */

let server: TestServer;
let browser: Browser;
const readme = readFileSync(join(projectRoot(), 'README.md'), 'utf8');

beforeAll(async () => {
  await ensureWebBundle();
  server = await startTestServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('the README examples are one entry per operation, titled by their comment, each a valid document', () => {
  const examples = graphqlExamples(readme);
  expect(examples.length).toBeGreaterThanOrEqual(9);
  const territoriales = examples.find((e) => e.title === 'The 13 territoriales with their colonias');
  expect(territoriales?.query).toMatch(/^# The 13 territoriales with their colonias\n\{\n {2}territoriales \{/);
  // Two anonymous operations in one block would be one invalid document: each entry holds exactly one.
  for (const e of examples) expect(e.query.match(/^[{a-z]/gm)?.length).toBe(1);
  expect(() => graphqlExamples('```graphql\n{ territoriales { \n```')).toThrow(/Syntax Error/);
});

it('JSON clients keep Apollo: GET without text/html, and POST, are GraphQL, not the page', async () => {
  const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ territoriales { clave } }')}`, {
    headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
  });
  expect(get.headers.get('content-type')).toMatch(/json/);
  expect(((await get.json()) as { data: { territoriales: unknown[] } }).data.territoriales).toHaveLength(13);
  const plain = await fetch(`${server.url}/graphql`, { headers: { accept: 'application/json' } });
  expect(plain.headers.get('content-type')).toMatch(/json/);
  expect(await plain.text()).not.toMatch(/<html/i);
  const post = await server.gql('{ territoriales { clave } }');
  expect(post.data.territoriales).toHaveLength(13);
});

it('a browser gets GraphiQL from the server: the map links to it, nothing leaves the server, the README examples run', async () => {
  const map = await (await fetch(`${server.url}/mapa`, { headers: { accept: 'text/html' } })).text();
  const link = /<a href="([^"]+)">GraphQL<\/a>/.exec(map)?.[1];
  expect(link).toBe('/graphql');

  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const watch = watchPage(page, server.url);
  const response = await page.goto(`${server.url}${link}`);
  expect(response?.headers()['content-type']).toMatch(/^text\/html/);
  expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
  await page.waitForSelector('.graphiql-container');
  // The "Ej" button of GraphiQL's sidebar shows the examples pane.
  await page.click('.graphiql-sidebar button:has(.ejemplos-icono)');
  const titles = await page.$$eval('.ejemplo', (buttons: any[]) => buttons.map((b) => b.textContent));
  expect(titles).toEqual(graphqlExamples(readme).map((e) => e.title));

  // The example of one territorial by clave, loaded with a click, run with the toolbar's button.
  const byClave = graphqlExamples(readme).findIndex((e) => e.title.startsWith('One territorial by clave'));
  expect(byClave).toBeGreaterThanOrEqual(0);
  await page.click(`.ejemplo[data-ejemplo="${byClave}"]`);
  await page.waitForFunction(() => document.querySelector('.graphiql-query-editor')?.textContent.includes('TER-03'));
  await page.click('.graphiql-execute-button');
  await page.waitForFunction(
    () => document.querySelector('.graphiql-response')?.textContent.includes('"areaKm2"'),
    undefined,
    { timeout: 30_000 },
  );
  const shown = await page.$eval('.graphiql-response', (el: any) => el.textContent as string);
  expect(shown).toMatch(/"territorial"/);
  expect(shown).not.toMatch(/"errors"/);
  expect(watch.outsideRequests).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
  if (process.env.UPDATE_DOCS === '1') await page.screenshot({ path: join(projectRoot(), 'docs', 'graphiql.png') });
  await context.close();
});
