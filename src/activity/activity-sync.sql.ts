import { mostSpecificColoniaIdSql, optionalPointSql, pointLatSql, pointLonSql } from '../geo/point-location.sql';
import type { WriteTx } from '../write/write-transaction';
import { readListSql } from '../write/write-table';
import type { Activity } from './activity.entity';
import { ACTIVITY_TABLE } from './activity.write.service';

/**
 * The statements of a recordActivities call, each over the whole batch (arrays unnested):
 * the number of statements does not grow with the number of activities.
 */

/** A checked activity of the batch, `ord` its place in the call. */
export interface SyncItem {
  ord: number;
  clientId: string;
  heldOn: string;
  kind: string;
  peopleReached: number;
  beneficiaryId: number;
  coloniaId: number | null;
  lon: number | null;
  lat: number | null;
}

export interface SyncBeneficiary {
  id: number;
  folio: string;
  territorialId: number;
  status: string;
}

/**
 * The batch's beneficiaries, locked (FOR NO KEY UPDATE, in id order) until commit: two batches
 * for one beneficiary run one after the other, so the day's `seq` each computes does not collide.
 */
export async function lockBeneficiaries(tx: WriteTx, ids: readonly number[]): Promise<Map<number, SyncBeneficiary>> {
  const rows: SyncBeneficiary[] = await tx.query(
    `SELECT id, folio, territorial_id AS "territorialId", status FROM beneficiary
      WHERE id = ANY($1::int[]) ORDER BY id FOR NO KEY UPDATE`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

export interface SyncPlacement {
  coloniaId: number;
  territorialId: number;
}

/** Each item's colonia (the given one, or the one located from its point) and territorial; absent: none. */
export async function placeItems(tx: WriteTx, items: readonly SyncItem[]): Promise<Map<number, SyncPlacement>> {
  const rows: { ord: number; coloniaId: number; territorialId: number }[] = await tx.query(
    `SELECT i.ord, c.id AS "coloniaId", c.territorial_id AS "territorialId"
       FROM unnest($1::int[], $2::int[], $3::float8[], $4::float8[]) AS i(ord, colonia_id, lon, lat)
       JOIN colonia c ON c.id = COALESCE(i.colonia_id, ${mostSpecificColoniaIdSql('i.lon', 'i.lat')})`,
    [items.map((i) => i.ord), items.map((i) => i.coloniaId), items.map((i) => i.lon), items.map((i) => i.lat)],
  );
  return new Map(rows.map((r) => [r.ord, { coloniaId: r.coloniaId, territorialId: r.territorialId }]));
}

/** What a stored activity was recorded with, to tell a resend (same content) from a conflicting reuse of its clientId. */
export interface StoredSyncActivity {
  id: number;
  clientId: string;
  beneficiaryId: number;
  heldOn: string;
  kind: string;
  peopleReached: number;
  coloniaId: number;
  lon: number | null;
  lat: number | null;
}

export async function activitiesByClientId(
  tx: WriteTx,
  clientIds: readonly string[],
): Promise<Map<string, StoredSyncActivity>> {
  if (clientIds.length === 0) return new Map();
  const rows: StoredSyncActivity[] = await tx.query(
    `SELECT a.id, a.client_id::text AS "clientId", a.beneficiary_id AS "beneficiaryId",
            to_char(a.held_on, 'YYYY-MM-DD') AS "heldOn", a.kind, a.people_reached AS "peopleReached",
            a.colonia_id AS "coloniaId", ${pointLonSql('a.location')} AS lon, ${pointLatSql('a.location')} AS lat
       FROM activity a WHERE a.client_id = ANY($1::uuid[])`,
    [clientIds],
  );
  return new Map(rows.map((r) => [r.clientId, r]));
}

/**
 * Inserts the items (placed: `placements` by ord) in one statement. `seq` continues each
 * beneficiary's day after its last activity, in the order sent. A clientId another transaction
 * committed meanwhile is skipped (ON CONFLICT … DO NOTHING), not an error: the caller reads it back.
 * The rollups follow through the table's statement-level triggers.
 */
export async function insertItems(
  tx: WriteTx,
  items: readonly SyncItem[],
  placements: Map<number, SyncPlacement>,
): Promise<(Activity & { clientId: string })[]> {
  if (items.length === 0) return [];
  const column = <T>(pick: (item: SyncItem) => T) => items.map(pick);
  return tx.query(
    `INSERT INTO activity AS r (client_id, held_on, seq, beneficiary_id, colonia_id, territorial_id, kind, people_reached, location)
     SELECT i.client_id, i.held_on,
            COALESCE((SELECT max(a.seq) FROM activity a WHERE a.beneficiary_id = i.beneficiary_id AND a.held_on = i.held_on), 0)
              + row_number() OVER (PARTITION BY i.beneficiary_id, i.held_on ORDER BY i.ord),
            i.beneficiary_id, i.colonia_id, i.territorial_id, i.kind, i.people_reached, ${optionalPointSql('i.lon', 'i.lat')}
       FROM unnest($1::int[], $2::uuid[], $3::date[], $4::int[], $5::int[], $6::int[], $7::text[], $8::int[], $9::float8[], $10::float8[])
         AS i(ord, client_id, held_on, beneficiary_id, colonia_id, territorial_id, kind, people_reached, lon, lat)
      ORDER BY i.ord
     ON CONFLICT (client_id) DO NOTHING
     RETURNING ${readListSql(ACTIVITY_TABLE)}`,
    [
      column((i) => i.ord),
      column((i) => i.clientId),
      column((i) => i.heldOn),
      column((i) => i.beneficiaryId),
      column((i) => placements.get(i.ord)!.coloniaId),
      column((i) => placements.get(i.ord)!.territorialId),
      column((i) => i.kind),
      column((i) => i.peopleReached),
      column((i) => i.lon),
      column((i) => i.lat),
    ],
  );
}
