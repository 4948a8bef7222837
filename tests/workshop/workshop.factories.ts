import {
  FactoryCreateAgendaDocument,
  FactoryCreateWorkshopDocument,
  type CreateAgendaInput,
  type CreateWorkshopInput,
} from '../graphql/generated';
import { uniqueKey, PLACE, GEOM, geo, insertedId, type Kind } from '../helpers/factory-kinds';

declare module '../helpers/factory-kinds' {
  interface FactoryKinds {
    workshop: { input: CreateWorkshopInput; mutation: 'createWorkshop'; table: 'workshop' };
    agenda: { input: CreateAgendaInput; mutation: 'createAgenda'; table: 'agenda' };
  }
}

/** Test factory kinds of the workshop module: workshops and agendas (tests/helpers/factories.ts). */
export const factoryKinds = {
  workshop: {
    table: 'workshop',
    mutation: 'createWorkshop',
    document: FactoryCreateWorkshopDocument,
    geometry: 'location',
    defaults: (at) => ({
      clave: uniqueKey('TAL'),
      coloniaId: String(at.ter03.coloniaId),
      heldOn: '2020-04-01',
      modality: 'VIRTUAL',
      participants: 5,
    }),
    noGeometry: (i) => i.modality !== 'PRESENCIAL',
    insert: async (db, i) =>
      insertedId(
        await db.query(
          `WITH ${PLACE('$1', '$2')}
           INSERT INTO workshop (clave, held_on, modality, participants, location, colonia_id, territorial_id)
           SELECT $3, $4, $5, $6, ${GEOM('$2')}, place.id, place.territorial_id FROM place RETURNING id`,
          [i.coloniaId ?? null, geo(i.location), i.clave, i.heldOn, i.modality, i.participants],
        ),
      ),
  },
  agenda: {
    table: 'agenda',
    mutation: 'createAgenda',
    document: FactoryCreateAgendaDocument,
    defaults: (at) => ({ clave: uniqueKey('ADL'), coloniaId: String(at.ter03.coloniaId), status: 'IN_PROGRESS' }),
    // One agenda per colonia and year: by default a year the colonia has none of.
    fill: async (db, i) => {
      if (i.programYear !== undefined) return;
      const [free] = await db.query(
        `SELECT min(y)::int AS y FROM generate_series(2030, 2100) y
          WHERE NOT EXISTS (SELECT 1 FROM agenda a WHERE a.colonia_id = $1 AND a.program_year = y)`,
        [i.coloniaId],
      );
      i.programYear = free.y;
    },
    insert: async (db, i) => {
      const id = insertedId(
        await db.query(
          `INSERT INTO agenda (clave, colonia_id, program_year, status) VALUES ($1, $2, $3, $4) RETURNING id`,
          [i.clave, i.coloniaId, i.programYear, i.status],
        ),
      );
      await db.query(
        `INSERT INTO agenda_project (agenda_id, position, nombre) SELECT $1, p.n, p.nombre FROM unnest($2::text[]) WITH ORDINALITY AS p(nombre, n)`,
        [id, i.projects ?? []],
      );
      return id;
    },
  },
} satisfies Record<string, Kind>;
