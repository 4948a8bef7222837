import type { RequestContext } from '../common/request-context';
import { requireDate } from '../common/date';
import { deleteScoped, inOwnTerritorial, updateScoped } from '../write/scoped-write';
import { columns, placementColumns, placementConstraints, type WriteTable } from '../write/write-table';
import { actorOf, runWrite } from '../write/write-transaction';
import { changesOf, movedColonia, optionalDate, scopedBeneficiary, scopedColonia } from '../write/write-lookups';
import type { Activity } from './activity.entity';
import type { CreateActivityInput, UpdateActivityInput } from './activity.inputs';

export const ACTIVITY_TABLE: WriteTable<Activity> = {
  entity: 'activity',
  table: 'activity',
  label: 'activity',
  columns: [
    columns.date('heldOn', 'held_on'),
    columns.int('seq'),
    columns.int('beneficiaryId', 'beneficiary_id'),
    ...placementColumns(),
    columns.text('kind'),
    columns.int('peopleReached', 'people_reached'),
    columns.text('clientId', 'client_id'),
    columns.geometry('location'),
  ],
  constraints: {
    activity_beneficiary_id_held_on_seq_key: {
      argument: 'seq',
      problem: 'is already taken by another activity of this beneficiary that day',
    },
    activity_beneficiary_id_fkey: { argument: 'beneficiaryId', problem: 'does not match any beneficiary' },
    ...placementConstraints('activity'),
    activity_counts_check: { argument: 'peopleReached', problem: 'must be 0 or more (and seq 1 or more)' },
    activity_client_id_key: { argument: 'clientId', problem: 'is already the id of another activity' },
  },
};

/**
 * Field activities. The per-colonia daily rollup (`activity_daily_colonia`)
 * follows every insert, update and delete through the table's triggers, in
 * the same transaction: coverage sees a recorded activity at once.
 */
export class ActivityWriteService {
  static createActivity(ctx: RequestContext, input: CreateActivityInput): Promise<Activity> {
    return runWrite(actorOf(ctx), async (tx) => {
      // An OPERATOR records activities of its own territorial's beneficiaries only, held in its own colonias: it may
      // not attach activity (person-level data) to a beneficiary it cannot even read. Cross-territorial cases (a
      // beneficiary of TER-03 at an activity in TER-05) are ADMIN's (docs/write-path.md).
      const beneficiary = await scopedBeneficiary(ctx, tx, 'beneficiaryId', input.beneficiaryId, 'beneficiaryId');
      const colonia = await scopedColonia(ctx, tx, 'coloniaId', input.coloniaId ?? beneficiary.coloniaId, 'coloniaId');
      const heldOn = requireDate('heldOn', input.heldOn);
      let seq = input.seq ?? undefined;
      if (seq === undefined) {
        const [next]: { seq: number }[] = await tx.query(
          'SELECT COALESCE(max(seq), 0)::int + 1 AS seq FROM activity WHERE beneficiary_id = $1 AND held_on = $2::date',
          [beneficiary.id, heldOn],
        );
        seq = next.seq;
      }
      const values = {
        heldOn,
        seq,
        beneficiaryId: beneficiary.id,
        coloniaId: colonia.id,
        territorialId: colonia.territorialId,
        kind: input.kind,
        peopleReached: input.peopleReached,
      };
      return tx.insert(ACTIVITY_TABLE, values);
    });
  }

  static updateActivity(
    ctx: RequestContext,
    id: string,
    version: number,
    input: UpdateActivityInput,
  ): Promise<Activity> {
    return updateScoped(ctx, ACTIVITY_TABLE, id, version, inOwnTerritorial, async (tx) => {
      const changes = changesOf({
        heldOn: optionalDate('heldOn', input.heldOn),
        kind: input.kind,
        peopleReached: input.peopleReached,
        seq: input.seq,
      });
      const colonia = await movedColonia(ctx, tx, input.coloniaId);
      if (colonia) Object.assign(changes, { coloniaId: colonia.id, territorialId: colonia.territorialId });
      return changes;
    });
  }

  static deleteActivity(ctx: RequestContext, id: string, version: number): Promise<string> {
    return deleteScoped(ctx, ACTIVITY_TABLE, id, version, inOwnTerritorial);
  }
}
