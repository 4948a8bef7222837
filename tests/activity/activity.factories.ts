import { FactoryCreateActivityDocument, type CreateActivityInput } from '../graphql/generated';
import { insertedId, type Kind } from '../helpers/factory-kinds';

declare module '../helpers/factory-kinds' {
  interface FactoryKinds {
    activity: { input: CreateActivityInput; mutation: 'createActivity'; table: 'activity' };
  }
}

/** Test factory kinds of the activity module: activities (tests/helpers/factories.ts). */
export const factoryKinds = {
  activity: {
    table: 'activity',
    mutation: 'createActivity',
    document: FactoryCreateActivityDocument,
    defaults: (at) => ({
      beneficiaryId: String(at.beneficiary03),
      heldOn: '2020-06-15',
      kind: 'ASAMBLEA_COMUNITARIA',
      peopleReached: 10,
    }),
    // seq: the next of the beneficiary's that day unless given (unique by construction).
    insert: async (db, i) =>
      insertedId(
        await db.query(
          `INSERT INTO activity (held_on, seq, beneficiary_id, colonia_id, territorial_id, kind, people_reached)
           SELECT $1::date, COALESCE($2, (SELECT COALESCE(max(a.seq), 0) + 1 FROM activity a WHERE a.beneficiary_id = b.id AND a.held_on = $1::date)),
                  b.id, c.id, c.territorial_id, $5, $6
             FROM beneficiary b JOIN colonia c ON c.id = COALESCE($4::int, b.colonia_id) WHERE b.id = $3
           RETURNING id`,
          [i.heldOn, i.seq ?? null, i.beneficiaryId, i.coloniaId ?? null, i.kind, i.peopleReached],
        ),
      ),
  },
} satisfies Record<string, Kind>;
