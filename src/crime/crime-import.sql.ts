/**
 * The set-based half of the crime import, run inside the import's transaction
 * over the temporary staging table the stream fills (one multi-row INSERT per
 * batch): assignment to the most specific colonia, the outside-the-alcaldía
 * rule, de-duplication against what is loaded, classification and rollups.
 */

/** Metres from the nearest colonia within which an incident outside every colonia is kept (unassigned). */
export const KEEP_UNASSIGNED_WITHIN_M = 1000;

export const CREATE_STAGING = `
  CREATE TEMP TABLE crime_staging (
    line integer PRIMARY KEY,
    occurred_on date NOT NULL,
    hora text NOT NULL,
    occurred_at time,
    offence text NOT NULL,
    offence_normalised text NOT NULL,
    lon_text text NOT NULL,
    lat_text text NOT NULL,
    geom geometry(Point, 4326) NOT NULL,
    colonia_id integer
  ) ON COMMIT DROP`;

/** One batch: parallel arrays, one INSERT. */
export const INSERT_STAGING = `
  INSERT INTO crime_staging (line, occurred_on, hora, occurred_at, offence, offence_normalised, lon_text, lat_text, geom)
  SELECT line, occurred_on, hora, occurred_at, offence, offence_normalised, lon_text, lat_text,
         ST_SetSRID(ST_MakePoint(lon_text::float8, lat_text::float8), 4326)
    FROM unnest($1::int[], $2::date[], $3::text[], $4::time[], $5::text[], $6::text[], $7::text[], $8::text[])
      AS b(line, occurred_on, hora, occurred_at, offence, offence_normalised, lon_text, lat_text)`;

/**
 * The most specific colonia: of the colonias containing the point (boundary
 * included), the smallest — a point in a unit nested inside another (07-163
 * inside 07-196) belongs to the nested one.
 */
export const ASSIGN_COLONIA = [
  `CREATE INDEX ON crime_staging USING gist (geom)`,
  `ANALYZE crime_staging`,
  // Colonias cut into pieces of at most 64 vertices: each point-in-polygon test is then cheap.
  `CREATE TEMP TABLE colonia_piece ON COMMIT DROP AS
     SELECT c.id, c.area_km2, ST_Subdivide(c.geom, 64) AS geom FROM colonia c`,
  `CREATE INDEX ON colonia_piece USING gist (geom)`,
  `ANALYZE colonia_piece`,
  `UPDATE crime_staging s SET colonia_id = m.colonia_id
     FROM (SELECT DISTINCT ON (p.line) p.line, c.id AS colonia_id
             FROM colonia_piece c JOIN crime_staging p ON ST_Intersects(c.geom, p.geom)
            ORDER BY p.line, c.area_km2, c.id) m
    WHERE s.line = m.line`,
];

/** Points in no colonia and farther than KEEP_UNASSIGNED_WITHIN_M from every colonia: refused. Returns their lines. */
export const REJECT_OUTSIDE = `
  WITH refused AS (
  DELETE FROM crime_staging s
   WHERE s.colonia_id IS NULL
     AND NOT EXISTS (SELECT 1 FROM colonia c
                      WHERE ST_DWithin(c.geom, s.geom, ${(KEEP_UNASSIGNED_WITHIN_M / 100_000).toFixed(4)} * 2)
                        AND ST_DWithin(c.geom::geography, s.geom::geography, ${KEEP_UNASSIGNED_WITHIN_M}))
  RETURNING s.line)
  SELECT line FROM refused ORDER BY line`;

/**
 * Loads the staged rows not loaded before. An incident's key is its fields as
 * given plus its position among identical rows of the file (two files opened
 * for the same fact at the same point are two incidents): re-importing a file
 * matches every key; a newer extract adds only rows beyond those.
 * Returns counts and the months touched.
 */
export const LOAD_NEW = `
  WITH keyed AS (
    SELECT s.*, md5(concat_ws('|', s.occurred_on, s.hora, s.offence, s.lon_text, s.lat_text,
                  row_number() OVER (PARTITION BY s.occurred_on, s.hora, s.offence, s.lon_text, s.lat_text ORDER BY s.line))) AS source_key
      FROM crime_staging s
  ), inserted AS (
    INSERT INTO crime_incident (source_key, occurred_on, occurred_at, offence, offence_normalised, category, geom, colonia_id)
    SELECT k.source_key, k.occurred_on, k.occurred_at, k.offence, k.offence_normalised,
           COALESCE(r.category, 'OTROS'), k.geom, k.colonia_id
      FROM keyed k LEFT JOIN crime_offence_category r ON r.offence_normalised = k.offence_normalised
     ON CONFLICT (source_key) DO NOTHING
    RETURNING occurred_on, category, colonia_id
  )
  SELECT count(*)::int AS loaded,
         (count(*) FILTER (WHERE category <> 'OTROS'))::int AS high_impact,
         (count(*) FILTER (WHERE colonia_id IS NULL))::int AS unassigned,
         COALESCE(array_agg(DISTINCT date_trunc('month', occurred_on)::date::text), '{}') AS months
    FROM inserted`;

/** Rebuilds the rollup rows of the given months ($1 date[]) from the incidents. */
export const REBUILD_MONTHS = [
  `DELETE FROM crime_month_colonia WHERE month = ANY($1::date[])`,
  `INSERT INTO crime_month_colonia (month, colonia_id, category, incidents)
   SELECT date_trunc('month', i.occurred_on)::date, i.colonia_id, i.category, count(*)::int
     FROM crime_incident i
    WHERE date_trunc('month', i.occurred_on)::date = ANY($1::date[])
    GROUP BY 1, 2, 3`,
];

/** Re-assigns every incident to the current colonias and rebuilds all rollups (after the colonias change). */
export const REASSIGN_ALL = [
  `UPDATE crime_incident i
      SET colonia_id = (SELECT c.id FROM colonia c WHERE ST_Intersects(c.geom, i.geom) ORDER BY c.area_km2, c.id LIMIT 1)`,
  `DELETE FROM crime_month_colonia`,
  `INSERT INTO crime_month_colonia (month, colonia_id, category, incidents)
   SELECT date_trunc('month', occurred_on)::date, colonia_id, category, count(*)::int FROM crime_incident GROUP BY 1, 2, 3`,
];
