import { FactoryCreateImprovementDocument, type CreateImprovementInput } from '../graphql/generated';
import { uniqueKey, PLACE, GEOM, geo, insertedId, type Kind } from '../helpers/factory-kinds';

declare module '../helpers/factory-kinds' {
  interface FactoryKinds {
    improvement: { input: CreateImprovementInput; mutation: 'createImprovement'; table: 'public_space_improvement' };
  }
}

/** Test factory kinds of the public-space module: public-space improvements (tests/helpers/factories.ts). */
export const factoryKinds = {
  improvement: {
    table: 'public_space_improvement',
    mutation: 'createImprovement',
    document: FactoryCreateImprovementDocument,
    geometry: 'geometry',
    defaults: () => ({
      clave: uniqueKey('MEJ'),
      nombre: 'Mejora de prueba',
      kind: 'UTOPIA',
      builtOn: '2020-05-04',
      status: 'COMPLETED',
    }),
    insert: async (db, i) =>
      insertedId(
        await db.query(
          `WITH ${PLACE('$1', '$2')}
           INSERT INTO public_space_improvement (clave, nombre, kind, geom, built_on, status, colonia_id, territorial_id)
           SELECT $3, $4, $5, ${GEOM('$2')}, $6, $7, place.id, place.territorial_id FROM place RETURNING id`,
          [i.coloniaId ?? null, geo(i.geometry), i.clave, i.nombre, i.kind, i.builtOn, i.status],
        ),
      ),
  },
} satisfies Record<string, Kind>;
