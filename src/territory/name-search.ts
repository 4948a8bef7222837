import { badInput } from '../common/errors';
import { defineEnum, type EnumValue } from '../common/graphql-enum';
import type { SortKey } from '../common/pagination';

/** Length of a `search` argument, in characters (trimmed). */
export const SEARCH_MIN_LENGTH = 2;
export const SEARCH_MAX_LENGTH = 100;

export const TerritoryOrder = defineEnum('TerritoryOrder', ['ID', 'CLAVE', 'SEARCH_SCORE'], {
  description: 'Order of a list of territoriales or colonias; the id is the last tie-break.',
  valuesConfig: {
    ID: { description: 'By id.' },
    CLAVE: { description: 'By clave (TER-01 …, 07-001 …).' },
    SEARCH_SCORE: { description: 'Best match of `search` first (the default with `search`; requires it).' },
  },
});
export type TerritoryOrder = EnumValue<typeof TerritoryOrder>;

/** A `search` argument checked and trimmed: 2 to 100 characters, some of them letters or digits. */
export function searchTerm(search: string | null | undefined): string | undefined {
  if (search == null) return undefined;
  const term = search.trim();
  if (term.length < SEARCH_MIN_LENGTH || term.length > SEARCH_MAX_LENGTH)
    throw badInput(
      'search',
      `must have ${SEARCH_MIN_LENGTH} to ${SEARCH_MAX_LENGTH} characters (got ${term.length > SEARCH_MAX_LENGTH ? 'more' : term.length})`,
    );
  if (!/[\p{L}\p{N}]/u.test(term)) throw badInput('search', 'must contain letters or digits');
  return term;
}

/**
 * SQL of name search over `search_text` (migration 1765800000000-name-search: lower case,
 * no accents, abbreviations spelt out, the same for the names and the query) and pg_trgm.
 * A row matches when its normalized name is similar to the query (`%`, similarity ≥ 0.3) or
 * holds a part similar to it (`<%`, word similarity ≥ 0.6): both served by the trigram GIN
 * index on search_text(nombre). `:search` is the bound query text.
 */
export const nameMatchesSql = (alias: string) =>
  `(search_text(${alias}.nombre) % search_text(:search) OR search_text(:search) <% search_text(${alias}.nombre))`;

/**
 * The match score (0–1, 1 = the same words once normalized): the trigram similarity of the
 * query to the name, or to the name without its kind suffix when the row has one
 * (`display_name`: "sta cruz meyehualco" is 1 for SANTA CRUZ MEYEHUALCO (PBLO)).
 */
export function searchScoreSql(alias: string, displayNameColumn?: string): string {
  const full = `similarity(search_text(${alias}.nombre), search_text(:search))`;
  const score = displayNameColumn
    ? `greatest(${full}, coalesce(similarity(search_text(${alias}.${displayNameColumn}), search_text(:search)), 0))`
    : full;
  return `round((${score})::numeric, 4)::float8`;
}

/** The sort keys of `orderBy` (the id is added last by applyOrderedKeyset). */
export function orderKeys(order: TerritoryOrder, score: (alias: string) => string): SortKey[] {
  if (order === TerritoryOrder.CLAVE) return [{ sql: (a) => `${a}.clave`, direction: 'ASC' }];
  if (order === TerritoryOrder.SEARCH_SCORE) return [{ sql: score, direction: 'DESC' }];
  return [];
}

/** The order a list uses: `orderBy`, else best match first with a search, else `fallback`; SEARCH_SCORE needs a search. */
export function listOrder(
  orderBy: TerritoryOrder | null | undefined,
  search: string | undefined,
  fallback: TerritoryOrder,
): TerritoryOrder {
  if (orderBy === TerritoryOrder.SEARCH_SCORE && search === undefined)
    throw badInput('orderBy', 'SEARCH_SCORE requires search');
  return orderBy ?? (search !== undefined ? TerritoryOrder.SEARCH_SCORE : fallback);
}
