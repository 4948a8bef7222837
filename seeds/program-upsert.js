import { existsSync } from 'node:fs';
import path from 'node:path';
/**
 * Runs an `INSERT … ON CONFLICT … DO UPDATE … WHERE <row differs> RETURNING
 * (xmax = 0) AS created` and counts what it did: returned rows are created
 * (fresh tuple) or updated; the rest of `expected` were already as planned.
 */
export async function upsertCounted(db, upsertSql, parameters, expected) {
    const [row] = await db.query(`WITH upserted AS (${upsertSql})
     SELECT (count(*) FILTER (WHERE created))::int AS created, (count(*) FILTER (WHERE NOT created))::int AS updated FROM upserted`, parameters);
    return { created: row.created, updated: row.updated, unchanged: expected - row.created - row.updated };
}
/** The folder holding package.json, from `seeds/` (ts-jest) as from `dist/seeds/` (tsc). */
export function projectRoot() {
    for (let dir = __dirname;; dir = path.dirname(dir)) {
        if (existsSync(path.join(dir, 'package.json')))
            return dir;
        if (path.dirname(dir) === dir)
            throw new Error(`no package.json above ${__dirname}`);
    }
}
