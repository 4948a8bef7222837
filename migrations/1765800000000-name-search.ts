import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search by name (`colonias(search:)`, `territoriales(search:)`): the unaccent and pg_trgm
 * extensions, `search_text(text)`, the one normalization of a name and of a query, and a
 * trigram GIN index on the normalized names.
 *
 * `search_text` lower-cases, removes accents (unaccent, called with its dictionary named so
 * the function can be IMMUTABLE and indexed), turns punctuation into spaces and spells out
 * the abbreviations people and the IECM catalogue write (ABBREVIATIONS: `sta` → santa,
 * `u h` / `u hab` → unidad habitacional, `secc` → seccion, `1ra` → 1a …): the one place they
 * are listed. A change to the list is a new migration that replaces the function and
 * rebuilds the indexes.
 */
export const ABBREVIATIONS: readonly [pattern: string, replacement: string][] = [
  ['u ?hab|u ?h', 'unidad habitacional'],
  ['conj ?hab', 'conjunto habitacional'],
  ['sta', 'santa'],
  ['sto', 'santo'],
  ['sn', 'san'],
  ['secc?', 'seccion'],
  ['col', 'colonia'],
  ['ampl?', 'ampliacion'],
  ['fracc?', 'fraccionamiento'],
  ['pblo|pbo', 'pueblo'],
  ['barr|bo', 'barrio'],
  ['prol', 'prolongacion'],
  ['pje', 'paraje'],
  ['ej', 'ejido'],
  ['gral', 'general'],
  ['cd', 'ciudad'],
  ['nte', 'norte'],
  ['(\\d+)(ra|era|da|ta|va|na|ma|er|ro|do|to|o)', '\\1a'],
];

/** The body of search_text: nested regexp_replace over the lower-cased, unaccented, de-punctuated text. */
function searchTextBody(): string {
  let sql = `' ' || regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, input)), '[^a-z0-9]+', ' ', 'g') || ' '`;
  for (const [pattern, replacement] of ABBREVIATIONS)
    sql = `regexp_replace(${sql}, '\\m(?:${pattern})\\M', '${replacement}', 'g')`;
  return `btrim(regexp_replace(${sql}, ' +', ' ', 'g'))`;
}

export class NameSearch1765800000000 implements MigrationInterface {
  name = 'NameSearch1765800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`
      CREATE FUNCTION search_text(input text) RETURNS text
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$ SELECT ${searchTextBody()} $$`);
    await queryRunner.query(
      `CREATE INDEX colonia_nombre_search_trgm ON colonia USING gin (search_text(nombre) gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX territorial_nombre_search_trgm ON territorial USING gin (search_text(nombre) gin_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX territorial_nombre_search_trgm`);
    await queryRunner.query(`DROP INDEX colonia_nombre_search_trgm`);
    await queryRunner.query(`DROP FUNCTION search_text(text)`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
  }
}
