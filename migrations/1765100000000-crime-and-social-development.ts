import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Fin indicator's data (issue #11): crime incidents of the prosecutor's
 * investigation files with their high-impact classification and monthly
 * rollups, and Evalúa's social development index (IDS) per AGEB with its
 * areal interpolation to colonias, territoriales and the alcaldía.
 *
 * The classification is data: `crime_offence_category` maps a normalised
 * offence text (src/crime/crime-category.ts → normaliseOffence) to one of the
 * 14 high-impact categories; any text not listed is OTROS. The rules below are
 * documented in docs/fin-indicator.md and checked against the real offence
 * texts by tests/crime-classification.test.ts. The category values are
 * written out here (a migration must not change when the code does).
 */
const CATEGORIES = [
  'HOMICIDIO_DOLOSO',
  'LESIONES_DOLOSAS_POR_DAF',
  'ROBO_A_CASA_HABITACION_CON_VIOLENCIA',
  'ROBO_A_CUENTAHABIENTE',
  'ROBO_A_NEGOCIO_CON_VIOLENCIA',
  'ROBO_A_PASAJERO_A_BORDO_DE_MICROBUS',
  'ROBO_A_PASAJERO_A_BORDO_DE_TAXI',
  'ROBO_A_PASAJERO_A_BORDO_DEL_METRO',
  'ROBO_A_REPARTIDOR',
  'ROBO_A_TRANSEUNTE_EN_VIA_PUBLICA',
  'ROBO_A_TRANSPORTISTA',
  'ROBO_DE_VEHICULO',
  'VIOLACION',
  'SECUESTRO',
  'OTROS',
];

/** Normalised offence text → category (the FGJ-CDMX grouping of its offences into "delitos de alto impacto"). */
export const OFFENCE_RULES: Record<string, string[]> = {
  HOMICIDIO_DOLOSO: [
    'HOMICIDIO POR ARMA DE FUEGO',
    'HOMICIDIO POR ARMA BLANCA',
    'HOMICIDIO POR GOLPES',
    'HOMICIDIO POR AHORCAMIENTO',
    'HOMICIDIOS INTENCIONALES (OTROS)',
    'FEMINICIDIO',
    'FEMINICIDIO POR ARMA BLANCA',
    'FEMINICIDIO POR DISPARO DE ARMA DE FUEGO',
    'FEMINICIDIO POR GOLPES',
  ],
  LESIONES_DOLOSAS_POR_DAF: ['LESIONES INTENCIONALES POR ARMA DE FUEGO'],
  ROBO_A_CASA_HABITACION_CON_VIOLENCIA: [
    'ROBO A CASA HABITACION CON VIOLENCIA',
    'ROBO A CASA HABITACION Y VEHICULO CON VIOLENCIA',
  ],
  ROBO_A_CUENTAHABIENTE: [
    'ROBO A TRANSEUNTE SALIENDO DEL BANCO CON VIOLENCIA',
    'ROBO A TRANSEUNTE SALIENDO DEL CAJERO CON VIOLENCIA',
  ],
  ROBO_A_NEGOCIO_CON_VIOLENCIA: [
    'ROBO A NEGOCIO CON VIOLENCIA',
    'ROBO A NEGOCIO CON VIOLENCIA POR FARDEROS (TIENDAS DE AUTOSERVICIO)',
    'ROBO A NEGOCIO CON VIOLENCIA POR FARDEROS (TIENDAS DE CONVENIENCIA)',
    'ROBO A NEGOCIO Y VEHICULO CON VIOLENCIA',
  ],
  ROBO_A_PASAJERO_A_BORDO_DE_MICROBUS: [
    'ROBO A PASAJERO A BORDO DE PESERO COLECTIVO CON VIOLENCIA',
    'ROBO A PASAJERO A BORDO DE PESERO COLECTIVO SIN VIOLENCIA',
    'ROBO A PASAJERO A BORDO DE PESERO Y VEHICULO CON VIOLENCIA',
    'ROBO A PASAJERO A BORDO DE TRANSPORTE PUBLICO CON VIOLENCIA',
    'ROBO A PASAJERO A BORDO DE TRANSPORTE PUBLICO SIN VIOLENCIA',
  ],
  ROBO_A_PASAJERO_A_BORDO_DE_TAXI: ['ROBO A TRANSEUNTE A BORDO DE TAXI PUBLICO Y PRIVADO CON VIOLENCIA'],
  ROBO_A_PASAJERO_A_BORDO_DEL_METRO: [
    'ROBO A PASAJERO A BORDO DE METRO CON VIOLENCIA',
    'ROBO A PASAJERO A BORDO DE METRO SIN VIOLENCIA',
  ],
  ROBO_A_REPARTIDOR: [
    'ROBO A REPARTIDOR CON VIOLENCIA',
    'ROBO A REPARTIDOR SIN VIOLENCIA',
    'ROBO A REPARTIDOR Y VEHICULO CON VIOLENCIA',
    'ROBO A REPARTIDOR Y VEHICULO SIN VIOLENCIA',
  ],
  ROBO_A_TRANSEUNTE_EN_VIA_PUBLICA: [
    'ROBO A TRANSEUNTE EN VIA PUBLICA CON VIOLENCIA',
    'ROBO A TRANSEUNTE EN VIA PUBLICA SIN VIOLENCIA',
    'ROBO A TRANSEUNTE EN VIA PUBLICA (NOMINA) CON VIOLENCIA',
    'ROBO A TRANSEUNTE EN VIA PUBLICA (NOMINA) SIN VIOLENCIA',
    'ROBO A TRANSEUNTE DE CELULAR CON VIOLENCIA',
    'ROBO A TRANSEUNTE DE CELULAR SIN VIOLENCIA',
  ],
  ROBO_A_TRANSPORTISTA: [
    'ROBO A TRANSPORTISTA Y VEHICULO PESADO CON VIOLENCIA',
    'ROBO A TRANSPORTISTA Y VEHICULO PESADO SIN VIOLENCIA',
    'ROBO DE MERCANCIA A TRANSPORTISTA C/V',
  ],
  ROBO_DE_VEHICULO: [
    'ROBO DE VEHICULO DE SERVICIO PARTICULAR CON VIOLENCIA',
    'ROBO DE VEHICULO DE SERVICIO PARTICULAR SIN VIOLENCIA',
    'ROBO DE VEHICULO DE SERVICIO PUBLICO CON VIOLENCIA',
    'ROBO DE VEHICULO DE SERVICIO PUBLICO SIN VIOLENCIA',
    'ROBO DE VEHICULO DE SERVICIO OFICIAL CON VIOLENCIA',
    'ROBO DE VEHICULO DE SERVICIO OFICIAL SIN VIOLENCIA',
    'ROBO DE VEHICULO DE SERVICIO DE TRANSPORTE CON VIOLENCIA',
    'ROBO DE VEHICULO DE SERVICIO DE TRANSPORTE SIN VIOLENCIA',
    'ROBO DE VEHICULO EN PENSION, TALLER Y AGENCIAS C/V',
    'ROBO DE VEHICULO EN PENSION, TALLER Y AGENCIAS S/V',
    'ROBO DE MOTOCICLETA CON VIOLENCIA',
    'ROBO DE MOTOCICLETA SIN VIOLENCIA',
  ],
  VIOLACION: [
    'VIOLACION',
    'VIOLACION EQUIPARADA',
    'VIOLACION EQUIPARADA POR CONOCIDO',
    'VIOLACION TUMULTUARIA',
    'VIOLACION TUMULTUARIA EQUIPARADA',
  ],
  SECUESTRO: ['PLAGIO O SECUESTRO', 'SECUESTRO EXPRESS (PARA COMETER ROBO O EXTORSION)', 'SECUESTRO EXTORSIVO'],
};

/** Evalúa CDMX's strata of the IDS: the lower bound of each (docs/fin-indicator.md). */
export const IDS_STRATA: [string, number, string][] = [
  ['MUY_BAJO', 0, 'Muy bajo'],
  ['BAJO', 0.707, 'Bajo'],
  ['MEDIO', 0.784, 'Medio'],
  ['ALTO', 0.858, 'Alto'],
  ['MUY_ALTO', 0.94, 'Muy alto'],
];

const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

export class CrimeAndSocialDevelopment1765100000000 implements MigrationInterface {
  name = 'CrimeAndSocialDevelopment1765100000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE crime_offence_category (
        offence_normalised text PRIMARY KEY,
        category text NOT NULL CHECK (category IN (${list(CATEGORIES.filter((c) => c !== 'OTROS'))}))
      )`);
    const rules = Object.entries(OFFENCE_RULES).flatMap(([category, texts]) => texts.map((t) => [t, category]));
    await q.query(
      `INSERT INTO crime_offence_category (offence_normalised, category) SELECT * FROM unnest($1::text[], $2::text[])`,
      [rules.map((r) => r[0]), rules.map((r) => r[1])],
    );
    await q.query(`
      CREATE TABLE crime_incident (
        id bigserial PRIMARY KEY,
        source_key text NOT NULL,
        occurred_on date NOT NULL,
        occurred_at time,
        offence text NOT NULL,
        offence_normalised text NOT NULL,
        category text NOT NULL CHECK (category IN (${list(CATEGORIES)})),
        geom geometry(Point, 4326) NOT NULL,
        colonia_id integer REFERENCES colonia (id) ON DELETE SET NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX crime_incident_source_key ON crime_incident (source_key)`);
    await q.query(`CREATE INDEX crime_incident_occurred_on ON crime_incident (occurred_on)`);
    await q.query(`CREATE INDEX crime_incident_colonia ON crime_incident (colonia_id, occurred_on)`);
    await q.query(`CREATE INDEX crime_incident_geom ON crime_incident USING gist (geom)`);
    // Incidents per colonia (NULL: not inside any colonia), month and category; rebuilt for the months an import touches.
    await q.query(`
      CREATE TABLE crime_month_colonia (
        month date NOT NULL CHECK (month = date_trunc('month', month)::date),
        colonia_id integer,
        category text NOT NULL CHECK (category IN (${list(CATEGORIES)})),
        incidents integer NOT NULL CHECK (incidents > 0)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX crime_month_colonia_key ON crime_month_colonia (month, COALESCE(colonia_id, 0), category)`,
    );
    await q.query(`CREATE INDEX crime_month_colonia_colonia ON crime_month_colonia (colonia_id, month)`);

    await q.query(`
      CREATE TABLE ids_stratum (
        stratum text PRIMARY KEY,
        lower_bound double precision NOT NULL UNIQUE,
        label text NOT NULL
      )`);
    await q.query(`INSERT INTO ids_stratum SELECT * FROM unnest($1::text[], $2::float8[], $3::text[])`, [
      IDS_STRATA.map((s) => s[0]),
      IDS_STRATA.map((s) => s[1]),
      IDS_STRATA.map((s) => s[2]),
    ]);
    await q.query(`
      CREATE TABLE ageb_social_development (
        id serial UNIQUE,
        cvegeo character(13) PRIMARY KEY,
        population integer NOT NULL CHECK (population >= 0),
        population_nbi integer,
        idsm double precision CHECK (idsm BETWEEN 0 AND 1),
        stratum text REFERENCES ids_stratum (stratum),
        components jsonb NOT NULL,
        geom geometry(MultiPolygon, 4326) NOT NULL
      )`);
    await q.query(`CREATE INDEX ageb_social_development_geom ON ageb_social_development USING gist (geom)`);
    // The interpolated IDS of each unit (unit_id 0 for the alcaldía), stored at load.
    await q.query(`
      CREATE TABLE social_development_unit (
        kind text NOT NULL CHECK (kind IN ('ALCALDIA', 'TERRITORIAL', 'COLONIA')),
        unit_id integer NOT NULL,
        population double precision NOT NULL,
        value double precision,
        stratum text REFERENCES ids_stratum (stratum),
        components jsonb NOT NULL,
        population_by_stratum jsonb NOT NULL,
        PRIMARY KEY (kind, unit_id)
      )`);
    await q.query(`
      CREATE TABLE ids_baseline (
        year integer PRIMARY KEY,
        value double precision NOT NULL,
        stratum text NOT NULL REFERENCES ids_stratum (stratum),
        source text NOT NULL
      )`);
    await q.query(
      `INSERT INTO ids_baseline VALUES (2015, 0.77, 'BAJO', 'Evaluación interna 2020, indicador de Fin: IDS 2015 de la alcaldía (Evalúa CDMX)')`,
    );
    for (const table of ['crime_incident', 'social_development_unit']) {
      await q.query(
        `CREATE TRIGGER ${table}_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION data_changed()`,
      );
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'ids_baseline',
      'social_development_unit',
      'ageb_social_development',
      'ids_stratum',
      'crime_month_colonia',
      'crime_incident',
      'crime_offence_category',
    ])
      await q.query(`DROP TABLE ${table}`);
  }
}
