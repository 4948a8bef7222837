import { FactoryCreateMercomunaPointDocument, type CreateMercomunaPointInput } from '../graphql/generated';
import { uniqueKey, PLACE, GEOM, geo, insertedId, type Kind } from '../helpers/factory-kinds';

declare module '../helpers/factory-kinds' {
  interface FactoryKinds {
    mercomunaPoint: { input: CreateMercomunaPointInput; mutation: 'createMercomunaPoint'; table: 'mercomuna_point' };
  }
}

/** Test factory kinds of the mercomuna module: Mercomuna points (tests/helpers/factories.ts). */
export const factoryKinds = {
  mercomunaPoint: {
    table: 'mercomuna_point',
    mutation: 'createMercomunaPoint',
    document: FactoryCreateMercomunaPointDocument,
    geometry: 'location',
    defaults: () => ({ clave: uniqueKey('MER'), nombre: 'Tienda de prueba', period: 'SEP_DEC', kind: 'OTHER' }),
    insert: async (db, i) =>
      insertedId(
        await db.query(
          `WITH ${PLACE('$1', '$2')}
           INSERT INTO mercomuna_point (clave, nombre, location, period, kind, colonia_id, territorial_id)
           SELECT $3, $4, ${GEOM('$2')}, $5, $6, place.id, place.territorial_id FROM place RETURNING id`,
          [i.coloniaId ?? null, geo(i.location), i.clave, i.nombre, i.period, i.kind],
        ),
      ),
  },
} satisfies Record<string, Kind>;
