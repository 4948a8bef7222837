import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { TargetCheck } from './report';

/**
 * W1: field sync at an offline app's largest call: 1,000 new activities through
 * recordActivities (FACILITATOR token, points located to colonias), timed end to end
 * over loopback, one call at a time; then the same batch resent (all DUPLICATE). The
 * rows it makes are deleted afterwards (with their audit entries and rollups), so a
 * reused bench database stays as prepared.
 */

export const FIELD_SYNC_BATCH = 1000;
const TARGET_MS = 2000;

export interface FieldSyncResult {
  createMs: number[];
  resendMs: number;
  statements: number;
  check: TargetCheck;
  note: string;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A FACILITATOR's folio and points inside its territorial's colonias, from the bench database. */
async function facilitatorAndPoints(dbUrl: string): Promise<{ folio: string; points: [number, number][] }> {
  const client = new Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT b.folio, ST_X(p.pt) AS lon, ST_Y(p.pt) AS lat
         FROM (SELECT * FROM beneficiary WHERE status = 'ACTIVE' ORDER BY id LIMIT 1) b
         JOIN LATERAL (SELECT ST_PointOnSurface(c.geom) AS pt FROM colonia c WHERE c.territorial_id = b.territorial_id) p ON true`,
    );
    return { folio: rows[0].folio, points: rows.map((r) => [r.lon, r.lat]) };
  } finally {
    await client.end();
  }
}

async function removeSynced(dbUrl: string, clientIds: string[]): Promise<void> {
  const client = new Client({ connectionString: dbUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query('DELETE FROM activity WHERE client_id = ANY($1::uuid[]) RETURNING id', [
      clientIds,
    ]);
    await client.query(`DELETE FROM audit_log WHERE entity = 'activity' AND entity_id = ANY($1::int[])`, [
      rows.map((r) => r.id),
    ]);
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}

export async function measureFieldSync(
  apiUrl: string,
  dbUrl: string,
  tokenFor: (folio: string) => Promise<string>,
  rounds: number,
): Promise<FieldSyncResult> {
  const { folio, points } = await facilitatorAndPoints(dbUrl);
  const token = await tokenFor(folio);
  const query = `mutation W1($activities: [RecordActivityInput!]!) { recordActivities(activities: $activities) { clientId status id code } }`;
  const made: string[] = [];
  const send = async (activities: unknown[]) => {
    const started = performance.now();
    const response = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables: { activities } }),
    });
    const body = (await response.json()) as { data?: { recordActivities: { status: string }[] }; errors?: unknown };
    const ms = performance.now() - started;
    if (!body.data) throw new Error(`W1: recordActivities failed: ${JSON.stringify(body.errors)}`);
    return {
      ms,
      statuses: body.data.recordActivities.map((r) => r.status),
      statements: Number(response.headers.get('x-sql-statements')),
    };
  };
  const batch = () =>
    Array.from({ length: FIELD_SYNC_BATCH }, (_, i) => {
      const [lon, lat] = points[i % points.length];
      const activity = {
        clientId: randomUUID(),
        heldOn: `2020-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
        kind: 'DIFUSION_CASA_POR_CASA',
        peopleReached: i % 40,
        lon,
        lat,
      };
      made.push(activity.clientId);
      return activity;
    });
  try {
    await send(batch().slice(0, 10)); // warm-up: connections, prepared plans
    const createMs: number[] = [];
    let last: unknown[] = [];
    let statements = 0;
    for (let round = 0; round < Math.max(3, rounds * 2); round++) {
      last = batch();
      const answer = await send(last);
      if (answer.statuses.some((s) => s !== 'CREATED')) throw new Error('W1: a fresh batch was not created whole');
      createMs.push(answer.ms);
      statements = answer.statements;
    }
    const resend = await send(last);
    if (resend.statuses.some((s) => s !== 'DUPLICATE')) throw new Error('W1: a resent batch was not all DUPLICATE');
    const worst = Math.max(...createMs);
    const detail =
      `median ${median(createMs).toFixed(0)} ms, worst ${worst.toFixed(0)} ms over ${createMs.length} calls of ${FIELD_SYNC_BATCH} ` +
      `new activities (points located); resent: ${resend.ms.toFixed(0)} ms; ${statements} SQL statements per call`;
    return {
      createMs,
      resendMs: resend.ms,
      statements,
      check: {
        target: `W1: ${FIELD_SYNC_BATCH} activities through recordActivities in under 2 s`,
        met: worst < TARGET_MS,
        detail,
      },
      note: `W1 (field sync): each call ${createMs.map((ms) => ms.toFixed(0)).join(', ')} ms; the resend of the last batch ${resend.ms.toFixed(0)} ms (all DUPLICATE).`,
    };
  } finally {
    await removeSynced(dbUrl, made);
  }
}
