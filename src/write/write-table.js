import { geomFromGeoJsonSql } from '../geo/geometry-placement';
const col = (field, column, read, write) => ({
    field,
    column,
    read,
    write,
});
/** Column helpers: each reads and writes its SQL type. */
export const columns = {
    text: (field, column = field) => col(field, column, `r."${column}"`, (p) => `${p}::text`),
    int: (field, column = field) => col(field, column, `r."${column}"::int`, (p) => `${p}::int`),
    float: (field, column = field) => col(field, column, `r."${column}"::float8`, (p) => `${p}::float8`),
    money: (field, column = field) => col(field, column, `r."${column}"::float8`, (p) => `${p}::numeric`),
    date: (field, column = field) => col(field, column, `to_char(r."${column}", 'YYYY-MM-DD')`, (p) => `${p}::date`),
    derived: (field, read) => ({
        field,
        column: field,
        read,
        write: () => {
            throw new Error(`${field} is derived and cannot be written`);
        },
        derived: true,
    }),
    geometry: (field, column = field) => col(field, column, `ST_AsGeoJSON(r."${column}", 9, 0)::json`, (p) => `CASE WHEN ${p}::text IS NULL THEN NULL ELSE ${geomFromGeoJsonSql(p)} END`),
};
/** `r.id, r.version, <read> AS "<field>", …` */
export function readListSql(table) {
    return ['r.id', 'r.version', ...table.columns.map((c) => `${c.read} AS "${c.field}"`)].join(', ');
}
export function columnOf(table, field) {
    const column = table.columns.find((c) => c.field === field);
    if (!column)
        throw new Error(`${table.table} has no writable field ${field}`);
    return column;
}
