/** SQL fragments of the beneficiary module. */
/**
 * The age group of a beneficiary row (alias `b`): age on 1 January of its
 * program year. The one definition, used by the entity and by the aggregates.
 */
export function ageGroupSql(alias) {
    const age = `date_part('year', age(make_date(${alias}.program_year, 1, 1), ${alias}.birth_date))`;
    return `(CASE WHEN ${age} < 30 THEN 'AGE_18_29' WHEN ${age} <= 60 THEN 'AGE_30_60' ELSE 'AGE_OVER_60' END)`;
}
/**
 * True when beneficiary row `alias` counts within a date window given as SQL
 * expressions (NULL = open end): enrolled in a program year the window touches
 * and not dropped (baja) before the window starts.
 */
export function beneficiaryInWindowSql(alias, fromExpr, toExpr) {
    return `((${fromExpr}) IS NULL OR (${alias}.program_year >= extract(year FROM ${fromExpr})
             AND (${alias}.baja_on IS NULL OR ${alias}.baja_on >= ${fromExpr})))
      AND ((${toExpr}) IS NULL OR ${alias}.program_year <= extract(year FROM ${toExpr}))`;
}
