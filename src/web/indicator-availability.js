import { parse, validate } from 'graphql';
import { indicatorMonthlyQuery, indicatorValuesQuery, INDICATORS } from './indicators';
/**
 * Ids of the indicators whose queries (values per territorial and per colonia,
 * monthly series) validate against the schema: an entry whose field has not
 * landed yet is simply not offered.
 */
export function availableIndicatorIds(schema, indicators = INDICATORS) {
    return indicators
        .filter((indicator) => ['territoriales', 'colonias'].every((level) => [indicatorValuesQuery(indicator, level), indicatorMonthlyQuery(indicator, level, 12)].every((query) => validate(schema, parse(query)).length === 0)))
        .map((indicator) => indicator.id);
}
