/**
 * Collects bind parameters for a hand-built statement: `add(value)` returns the
 * next `$n` placeholder. Values never enter the SQL text.
 */
export class SqlParams {
    values = [];
    add(value, cast) {
        this.values.push(value);
        return `$${this.values.length}${cast ? `::${cast}` : ''}`;
    }
}
