import 'reflect-metadata';
import { createServer, type ServerResponse } from 'node:http';
import { Pool } from 'pg';
import { Q1T_FLOOR_SQL, Q2_FLOOR_SQL, Q3_FLOOR_SQL, Q7_FLOOR_SQL, q1FloorSql } from './floor-queries';
import { CRIME_CATEGORIES } from '../src/crime/crime-category';

/**
 * The floor: a minimal Node HTTP handler over `pg` — no framework, no GraphQL,
 * no logging — answering Q1, Q1t, Q2 and Q3 with one statement each (bench/floor-queries.ts)
 * and sending the text PostgreSQL returns. Run as a child process by the
 * benchmark: `node dist/bench/floor-server.js` with DATABASE_URL, PORT and
 * DB_POOL_SIZE (the API's pool size, so both have the same connections).
 */

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 10) });
const q1 = q1FloorSql();

function send(res: ServerResponse, status: number, body: string, statements: number) {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'x-sql-statements': String(statements),
  });
  res.end(body);
}

async function answer(path: string, params: URLSearchParams): Promise<string | null> {
  switch (path) {
    case '/q1':
      return (await pool.query<{ body: string }>(q1.sql, q1.values)).rows[0].body;
    case '/q1t':
      return (await pool.query<{ body: string }>(Q1T_FLOOR_SQL)).rows[0].body;
    case '/q2':
      return (await pool.query<{ body: string }>(Q2_FLOOR_SQL, [Number(params.get('lon')), Number(params.get('lat'))]))
        .rows[0].body;
    case '/q3':
      return (await pool.query<{ body: string }>(Q3_FLOOR_SQL, [params.get('from'), params.get('to')])).rows[0].body;
    case '/q7':
      return (
        await pool.query<{ body: string }>(Q7_FLOOR_SQL, [params.get('from'), params.get('to'), CRIME_CATEGORIES])
      ).rows[0].body;
    case '/healthz':
      return '{"status":"ok"}';
    default:
      return null;
  }
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://floor');
  answer(url.pathname, url.searchParams).then(
    (body) =>
      body === null
        ? send(res, 404, '{"error":"not found"}', 0)
        : send(res, 200, body, url.pathname === '/healthz' ? 0 : 1),
    (error: unknown) => send(res, 500, JSON.stringify({ error: String(error) }), 1),
  );
});

server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  process.stdout.write(`floor ready ${JSON.stringify(server.address())}\n`);
});

const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
