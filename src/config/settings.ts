/**
 * Every environment variable the server and its CLIs read, declared once: name, default, what it
 * means and how it is checked. `config()` (config.ts) reads them all at once and refuses a bad value
 * naming the variable; the README's configuration table is rendered from this list
 * (`npm run readme:config`, checked by tests/config/config.test.ts).
 */

/** How a setting's text becomes its value; throws a message that completes "VARIABLE …". */
interface SettingKind<T> {
  parse(raw: string): T;
}

export interface Setting<T = unknown> {
  kind: SettingKind<T>;
  /** The value when the variable is unset or empty (undefined: none). */
  fallback: T;
  /** The default as the README shows it. */
  shown: string;
  meaning: string;
}

class SettingError extends Error {}

const wholeNumber = (min: number, max = Number.MAX_SAFE_INTEGER): SettingKind<number> => ({
  parse(raw) {
    const value = Number(raw.trim());
    if (!/^-?[0-9]+$/.test(raw.trim()) || value < min || value > max)
      throw new SettingError(
        `must be a whole number ${max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`}`,
      );
    return value;
  },
});

const text: SettingKind<string> = { parse: (raw) => raw };

const oneOf = <const V extends string>(...values: V[]): SettingKind<V> => ({
  parse(raw) {
    const value = raw.trim().toLowerCase();
    if (!(values as string[]).includes(value)) throw new SettingError(`must be one of ${values.join(', ')}`);
    return value as V;
  },
});

const postgresUrl: SettingKind<string> = {
  parse(raw) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new SettingError('must be a URL like postgres://user@host:5432/database');
    }
    if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:')
      throw new SettingError('must be a postgres:// or postgresql:// URL');
    return raw;
  },
};

const httpUrl: SettingKind<string> = {
  parse(raw) {
    let url: URL;
    try {
      url = new URL(raw.trim());
    } catch {
      throw new SettingError('must be an http(s) URL');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new SettingError('must be an http(s) URL');
    return raw.trim();
  },
};

const redisUrl: SettingKind<string> = {
  parse(raw) {
    if (!/^rediss?:\/\/./.test(raw.trim())) throw new SettingError('must be a redis:// or rediss:// URL');
    return raw.trim();
  },
};

/** A size as express's body parsers take it: `256kb`, `1mb`, or bytes. */
const byteSize: SettingKind<string> = {
  parse(raw) {
    if (!/^[0-9]+(b|kb|mb)?$/i.test(raw.trim())) throw new SettingError('must be a size like 256kb, 1mb or 500000');
    return raw.trim().toLowerCase();
  },
};

const onOff = oneOf('on', 'off');

function setting<T>(kind: SettingKind<T>, fallback: T, shown: string, meaning: string): Setting<T> {
  return { kind, fallback, shown, meaning };
}
function optional<T>(kind: SettingKind<T>, meaning: string, shown = '—'): Setting<T | undefined> {
  return { kind, fallback: undefined, shown, meaning };
}

const MIB = 1024 * 1024;

/** Every setting, in the README's order. */
export const SETTINGS = {
  PORT: setting(wholeNumber(0, 65_535), 4000, '`4000`', 'HTTP port'),
  HOST: setting(text, '0.0.0.0', '`0.0.0.0`', 'listen address'),
  DATABASE_URL: optional(postgresUrl, '`postgres://…` of a PostgreSQL with PostGIS; unset = embedded database'),
  DATA_DIR: setting(text, '.data', '`.data`', 'where the embedded database persists (git-ignored)'),
  DB_POOL_SIZE: setting(wholeNumber(1, 1000), 10, '`10`', 'connection pool size (the embedded database always uses 1)'),
  DB_STATEMENT_TIMEOUT_MS: setting(
    wholeNumber(0),
    15_000,
    '`15000`',
    'PostgreSQL `statement_timeout` for every connection',
  ),
  GRAPHQL_BODY_LIMIT: setting(
    byteSize,
    '1mb',
    '`1mb`',
    'maximum size of a GraphQL request body (10,000 `locateMany` points ≈ 400 KB)',
  ),
  LOG_LEVEL: optional(
    oneOf('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'),
    'pino level (`debug` logs every SQL statement)',
    '`info`',
  ),
  LOG_FORMAT: optional(
    oneOf('json', 'pretty'),
    '`json`: one JSON object per line; `pretty`: readable lines',
    'pretty on a terminal, else json',
  ),
  NODE_ENV: optional(text, '`production` turns off introspection and the `X-SQL-Statements` header'),
  SQL_COUNT_HEADER: optional(
    onOff,
    '`on`/`off`: report SQL statements per GraphQL request in `X-SQL-Statements`',
    '`on` outside production',
  ),
  JWT_SECRET: optional(text, 'HS256 secret (≥ 32 characters) that bearer tokens are verified with'),
  JWKS_URL: optional(httpUrl, "instead of a secret: an identity provider's JWKS (RS256/ES256 tokens)"),
  JWT_MAX_LIFETIME_SECONDS: setting(
    wholeNumber(1),
    86_400,
    '`86400`',
    'longest accepted token lifetime (`exp − iat`); `iat` is required',
  ),
  RATE_LIMIT_PER_MINUTE: setting(
    wholeNumber(0),
    600,
    '`600`',
    'requests per minute per client (token subject or API key, else IP); `0` = off',
  ),
  AUTH_FAILURES_PER_MINUTE: setting(
    wholeNumber(0),
    20,
    '`20`',
    'failed authentications per IP before its credentialed requests get 429; `0` = off',
  ),
  WORK_BUDGET_PER_MINUTE: setting(
    wholeNumber(0),
    10_000_000,
    '`10000000`',
    "work (cost units: a GraphQL operation's cost, an `/ogc` items page's rows × vertices plus its filter's work) per minute per authenticated client; past it 429; `0` = off",
  ),
  WORK_BUDGET_PER_MINUTE_ANONYMOUS: setting(
    wholeNumber(0),
    2_000_000,
    '`2000000`',
    'the same per IP for anonymous callers (ten requests at the anonymous GraphQL maximum); `0` = off',
  ),
  OGC_FILTER_MAX_WORK: setting(
    wholeNumber(1),
    5_000_000,
    '`5000000`',
    "most work of an `/ogc` items `filter`'s geometries: positions × rows of the layer (authenticated); over it 400 naming `filter`",
  ),
  OGC_FILTER_MAX_WORK_ANONYMOUS: setting(
    wholeNumber(1),
    1_000_000,
    '`1000000`',
    'the same for anonymous callers (over the 191,311 crime incidents: a 5-position polygon such as a bbox)',
  ),
  REDIS_URL: optional(redisUrl, 'share rate-limit counters (and the response cache) between replicas'),
  WEB_CONCURRENCY: setting(
    wholeNumber(1, 64),
    1,
    '`1`',
    'worker processes on one port (node:cluster, 1–64); ignored (one process) in embedded mode',
  ),
  CORS_ORIGINS: optional(text, 'comma-separated allowed origins, or `*`', 'localhost outside production'),
  REQUEST_TIMEOUT_MS: setting(
    wholeNumber(1),
    30_000,
    '`30000`',
    'a request still running after this gets 503; its statement is stopped (see Operations)',
  ),
  READYZ_TIMEOUT_MS: setting(
    wholeNumber(1),
    100,
    '`100`',
    '`/readyz` waits this long for the database, then answers 503 `database: busy`',
  ),
  HEALTHZ_STUCK_MS: setting(
    wholeNumber(1),
    60_000,
    '`60000`',
    '`/healthz` answers 503 `stuck` once a database probe has waited this long',
  ),
  DATABASE_READ_URL: optional(
    postgresUrl,
    'a read replica: queries go there, writes and transactions to `DATABASE_URL`',
  ),
  REPLICA_MAX_LAG_MS: setting(
    wholeNumber(1),
    5000,
    '`5000`',
    'reads use the replica only while it lags less (see `docs/SCALING.md`)',
  ),
  REPLICA_PROBE_MS: setting(wholeNumber(1), 500, '`500`', 'how often the replica lag is measured'),
  READ_YOUR_WRITES_WAIT_MS: setting(
    wholeNumber(0),
    250,
    '`250`',
    'how long a read carrying an LSN waits for the replica before it goes to the primary',
  ),
  READ_YOUR_WRITES_COOKIE_SECONDS: setting(
    wholeNumber(1),
    300,
    '`300`',
    "lifetime of the cookie that carries a client's last write LSN (`docs/SCALING.md`)",
  ),
  RESPONSE_CACHE: setting(
    onOff,
    'off',
    '`off`',
    '`on`: cache public aggregate answers, invalidated on every write (Redis when `REDIS_URL` is set)',
  ),
  RESPONSE_CACHE_TTL_SECONDS: setting(wholeNumber(1), 300, '`300`', 'longest life of a cached answer'),
  RESPONSE_CACHE_MAX_MB: setting(wholeNumber(1), 64, '`64`', 'memory the in-process response cache may hold'),
  RESPONSE_CACHE_POLL_MS: setting(
    wholeNumber(1),
    500,
    '`500`',
    'how often the embedded mode polls for writes of other processes (cache invalidation)',
  ),
  IMPORT_BODY_LIMIT_BYTES: setting(
    wholeNumber(1),
    20 * MIB,
    '`20971520`',
    'maximum size of a `POST /import/{layer}` body',
  ),
  IMPORT_EMBEDDED_BODY_LIMIT_BYTES: setting(
    wholeNumber(1),
    4 * MIB,
    '`4194304`',
    'the same, embedded (a larger import outlasts the request timeout): refused up front, 413',
  ),
  LOCATE_BODY_LIMIT_BYTES: setting(
    wholeNumber(1),
    MIB,
    '`1048576`',
    'maximum size of a `POST /locate` CSV body, and of the CSV a gzip body inflates to (413 past it)',
  ),
  INTAKE_FILE_LIMIT_BYTES: setting(
    wholeNumber(1),
    64 * MIB,
    '`67108864`',
    'maximum size of a CSV or XLSX file of the program’s records (`npm run import -- <record layer>`, `POST /import/<record layer>`; a year of activities is ≈ 18 MB)',
  ),
  INTAKE_XLSX_MAX_UNCOMPRESSED_BYTES: setting(
    wholeNumber(1),
    256 * MIB,
    '`268435456`',
    'an XLSX workbook unpacking to more than this is refused as a zip bomb',
  ),
  INTAKE_STATEMENT_TIMEOUT_MS: setting(
    wholeNumber(1),
    300_000,
    '`300000`',
    'longest SQL statement of a records import (its own, not `DB_STATEMENT_TIMEOUT_MS`)',
  ),
  IMPORT_TIMEOUT_MS: setting(
    wholeNumber(1),
    600_000,
    '`600000`',
    'a `POST /import/…` still running after this gets 503 (instead of `REQUEST_TIMEOUT_MS`)',
  ),
  CRIME_IMPORT_BODY_LIMIT_BYTES: setting(
    wholeNumber(1),
    64 * MIB,
    '`67108864`',
    'maximum size of a `POST /import/crime` body',
  ),
  CRIME_IMPORT_MAX_ROWS: setting(
    wholeNumber(1),
    1_000_000,
    '`1000000`',
    'data rows one `POST /import/crime` may hold (413 before any write; the CLI has no limit)',
  ),
  CRIME_IMPORT_EMBEDDED_MAX_ROWS: setting(
    wholeNumber(1),
    10_000,
    '`10000`',
    'the same, embedded (50,000 rows took 82 s embedded on the 2-core CI machine)',
  ),
  CRIME_IMPORT_MAX_CSV_BYTES: setting(
    wholeNumber(1),
    128 * MIB,
    '`134217728`',
    'a crime CSV once gunzipped (a gzip bomb: 413); records > 16,384 or fields > 4,096 chars: 400',
  ),
  EXPORT_MAX_ROWS: setting(
    wholeNumber(1),
    20_000,
    '`20000`',
    'rows one `GET /export/<table>` may hold, estimated from the request (units × periods); over it 413 before any figure is read',
  ),
  BASEMAP_STYLE_URL: optional(
    httpUrl,
    "a MapLibre style URL drawn under the map page's choropleth (none: no basemap, works offline)",
  ),
  GRAPHQL_MAX_COST: setting(
    wholeNumber(1),
    1_000_000,
    '`1000000`',
    'cost budget of an authenticated GraphQL request (fields, page sizes, geometry vertices)',
  ),
  GRAPHQL_MAX_COST_ANONYMOUS: setting(
    wholeNumber(1),
    200_000,
    '`200000`',
    'cost budget of an anonymous GraphQL request',
  ),
  MAX_RESPONSE_BYTES: setting(
    wholeNumber(1),
    4 * MIB,
    '`4194304`',
    'GeoJSON bytes a GraphQL answer may hold; past it the request is stopped (413)',
  ),
  EVENT_LOOP_WARN_MS: setting(
    wholeNumber(0),
    100,
    '`100`',
    'log `event loop blocked` for each `EVENT_LOOP_WINDOW_MS` window held longer; 0 turns off',
  ),
  EVENT_LOOP_WINDOW_MS: setting(wholeNumber(1), 1000, '`1000`', 'the event-loop watch window'),
  WEBHOOK_DELIVERY: setting(
    onOff,
    'on',
    '`on`',
    '`off`: this process sends no webhook deliveries (another process sharing the database does; the queue keeps them)',
  ),
  WEBHOOK_INTERVAL_MS: setting(
    wholeNumber(10),
    1000,
    '`1000`',
    'how often the webhook worker looks for new changes and due retries when idle',
  ),
  WEBHOOK_TIMEOUT_MS: setting(
    wholeNumber(100),
    10_000,
    '`10000`',
    'how long a webhook receiver has to answer a delivery (connection and answer); later is a failed attempt',
  ),
  WEBHOOK_MAX_ATTEMPTS: setting(
    wholeNumber(1, 1000),
    20,
    '`20`',
    'attempts of one webhook delivery before it is `FAILED` (its row’s later changes then wait for an ADMIN’s retry)',
  ),
  WEBHOOK_BACKOFF_BASE_MS: setting(
    wholeNumber(1),
    5000,
    '`5000`',
    'wait after a failed webhook attempt n: base · 2^(n−1) (5 s, 10 s, 20 s, …)',
  ),
  WEBHOOK_BACKOFF_MAX_MS: setting(
    wholeNumber(1),
    3_600_000,
    '`3600000`',
    'longest wait between two attempts of a webhook delivery (20 attempts span about 10 hours)',
  ),
  WEBHOOK_CONCURRENCY: setting(
    wholeNumber(1, 100),
    8,
    '`8`',
    'webhook deliveries in flight at once per server process (one per row at most)',
  ),
  DEMO_CRIME: setting(
    oneOf('all', '2019-2020', 'none'),
    'all',
    '`all`',
    '`npm start` only: the crime incidents loaded in the background (`all`, `2019-2020`, `none`)',
  ),
} as const;

export type SettingName = keyof typeof SETTINGS;
export type Config = { readonly [K in SettingName]: (typeof SETTINGS)[K]['fallback'] };

export { SettingError };
