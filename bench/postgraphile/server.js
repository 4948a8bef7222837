/**
 * The peer of `npm run bench`: PostGraphile v4 with @graphile/postgis over the
 * bench database, as a PostGraphile user would run it in production — no
 * GraphiQL, no query log, no watch mode, the same pool size as the API — on a
 * bare node:http server. It introspects `public` (the app's tables) and
 * `territorio_peer` (the SQL functions a PostGraphile user would write for
 * locate and coverage, bench/postgraphile-peer.ts). Run as a child process by
 * the benchmark with DATABASE_URL, PORT, HOST and DB_POOL_SIZE.
 */
const http = require('node:http');
const { Pool } = require('pg');
const { postgraphile } = require('postgraphile');
const PostgisPlugin = require('@graphile/postgis').default;

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 10) });
const handler = postgraphile(pool, ['public', 'territorio_peer'], {
  appendPlugins: [PostgisPlugin],
  graphqlRoute: '/graphql',
  graphiql: false,
  disableQueryLog: true,
  enableQueryBatching: false,
  retryOnInitFail: false,
  ignoreRBAC: false,
  setofFunctionsContainNulls: false,
  dynamicJson: true,
  extendedErrors: [],
});

const server = http.createServer((req, res) => {
  if (req.url === '/healthz') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"status":"ok"}');
    return;
  }
  handler(req, res);
});

server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  process.stdout.write(`postgraphile ready ${JSON.stringify(server.address())}\n`);
});

const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
