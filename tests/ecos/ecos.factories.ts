import { FactoryCreateEcosSchoolDocument, type CreateEcosSchoolInput } from '../graphql/generated';
import { uniqueKey, PLACE, GEOM, geo, insertedId, type Kind } from '../helpers/factory-kinds';

declare module '../helpers/factory-kinds' {
  interface FactoryKinds {
    ecosSchool: { input: CreateEcosSchoolInput; mutation: 'createEcosSchool'; table: 'ecos_school' };
  }
}

/** Test factory kinds of the ecos module: ECOS schools (tests/helpers/factories.ts). */
export const factoryKinds = {
  ecosSchool: {
    table: 'ecos_school',
    mutation: 'createEcosSchool',
    document: FactoryCreateEcosSchoolDocument,
    geometry: 'location',
    defaults: () => ({
      clave: uniqueKey('ECOS'),
      nombre: 'Escuela de prueba',
      programYear: 2020,
      sessions: 4,
      participants: 30,
    }),
    insert: async (db, i) => {
      const id = insertedId(
        await db.query(
          `WITH ${PLACE('$1', '$2')}
           INSERT INTO ecos_school (clave, nombre, location, program_year, sessions, participants, colonia_id, territorial_id)
           SELECT $3, $4, ${GEOM('$2')}, $5, $6, $7, place.id, place.territorial_id FROM place RETURNING id`,
          [i.coloniaId ?? null, geo(i.location), i.clave, i.nombre, i.programYear, i.sessions, i.participants],
        ),
      );
      await db.query(
        `INSERT INTO ecos_school_facilitator (ecos_school_id, beneficiary_id) SELECT $1, b FROM unnest($2::int[]) AS b`,
        [id, i.facilitatorIds ?? []],
      );
      return id;
    },
  },
} satisfies Record<string, Kind>;
