import type { RequestContext } from '../common/request-context';
import { facilitatorLeft, requireActivityRecorder, requireFacilitator } from '../auth/identity';
import { markOwnRecords } from '../auth/schema-guards';
import { Role } from '../auth/role';
import { requireDate, requireDateRange } from '../common/date';
import { AppError, badInput, ErrorCode } from '../common/errors';
import { applyDateWindow, listPage } from '../common/list-page';
import { pageWindow, type Connection, type PageArgs } from '../common/pagination';
import { parseId, requireLonLat } from '../common/validate';
import { actorOf, runWrite } from '../write/write-transaction';
import { Activity } from './activity.entity';
import { PEOPLE_MAX } from './activity.inputs';
import { ACTIVITY_TABLE } from './activity.write.service';
import {
  activitiesByClientId,
  insertItems,
  lockBeneficiaries,
  placeItems,
  type StoredSyncActivity,
  type SyncItem,
} from './activity-sync.sql';
import {
  RECORD_ACTIVITIES_MAX,
  RecordActivityStatus,
  type MyActivitiesArgs,
  type RecordActivityInput,
  type RecordActivityResult,
} from './activity-sync.types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const refusal = (clientId: string, error: AppError): RecordActivityResult => ({
  clientId,
  status: RecordActivityStatus.REFUSED,
  id: null,
  code: error.code,
  argument: (error.extensions.argument as string | undefined) ?? null,
  message: error.message,
});

const accepted = (clientId: string, status: RecordActivityStatus, id: number): RecordActivityResult => ({
  clientId,
  status,
  id: String(id),
  code: null,
  argument: null,
  message: null,
});

const forbidden = (argument: string, message: string) => new AppError(ErrorCode.FORBIDDEN, message, argument);

const conflict = (clientId: string, what: string) =>
  new AppError(
    ErrorCode.CONFLICT,
    `clientId ${clientId} ${what} with other content: a resend must repeat the activity exactly (new activity, new clientId)`,
    'clientId',
  );

/** One input checked on its own (no database): BAD_USER_INPUT / FORBIDDEN naming the field. */
function checkItem(ctx: RequestContext, input: RecordActivityInput, ord: number): SyncItem {
  if (!UUID.test(input.clientId)) throw badInput('clientId', 'must be a UUID (8-4-4-4-12 hexadecimal digits)');
  const heldOn = requireDate('heldOn', input.heldOn);
  if (!Number.isInteger(input.peopleReached) || input.peopleReached < 0 || input.peopleReached > PEOPLE_MAX)
    throw badInput('peopleReached', `must be a whole number from 0 to ${PEOPLE_MAX}`);
  const hasPoint = input.lon != null || input.lat != null;
  if (hasPoint && input.coloniaId != null)
    throw badInput('coloniaId', 'and the point (lon, lat) are exclusive: give one of them');
  if (!hasPoint && input.coloniaId == null) throw badInput('coloniaId', 'or the point (lon, lat) is required');
  if (hasPoint && (input.lon == null || input.lat == null))
    throw badInput(input.lon == null ? 'lon' : 'lat', 'is required with the other coordinate');
  if (hasPoint) requireLonLat(input.lon!, input.lat!);
  const coloniaId = input.coloniaId != null ? parseId('coloniaId', input.coloniaId) : null;
  let beneficiaryId: number;
  if (ctx.identity.role === Role.FACILITATOR) {
    beneficiaryId = ctx.identity.beneficiary!.id;
    if (input.beneficiaryId != null && input.beneficiaryId !== String(beneficiaryId))
      throw forbidden('beneficiaryId', 'A FACILITATOR records its own activities only: leave beneficiaryId out');
  } else {
    if (input.beneficiaryId == null) throw badInput('beneficiaryId', `is required for ${ctx.identity.role}`);
    beneficiaryId = parseId('beneficiaryId', input.beneficiaryId);
  }
  return {
    ord,
    clientId: input.clientId.toLowerCase(),
    heldOn,
    kind: input.kind,
    peopleReached: input.peopleReached,
    beneficiaryId,
    coloniaId,
    lon: hasPoint ? input.lon! : null,
    lat: hasPoint ? input.lat! : null,
  };
}

/** Whether a stored activity is what `item` describes (a resend), the point or the colonia as sent. */
function sameContent(item: SyncItem, stored: Omit<StoredSyncActivity, 'id' | 'clientId'>): boolean {
  const where =
    item.lon !== null
      ? stored.lon === item.lon && stored.lat === item.lat
      : stored.lon === null && stored.coloniaId === item.coloniaId;
  return (
    where &&
    stored.beneficiaryId === item.beneficiaryId &&
    stored.heldOn === item.heldOn &&
    stored.kind === item.kind &&
    stored.peopleReached === item.peopleReached
  );
}

/** Whether two items of one call describe the same activity. */
function sameItem(a: SyncItem, b: SyncItem): boolean {
  return (['heldOn', 'kind', 'peopleReached', 'beneficiaryId', 'coloniaId', 'lon', 'lat'] as const).every(
    (field) => a[field] === b[field],
  );
}

/**
 * Field sync for offline apps (issue 22): a batch of activities, each answered on its own.
 * Valid items commit together in ONE transaction even when others are refused; a clientId
 * already stored is a DUPLICATE (same content: nothing written) or REFUSED with CONFLICT.
 * A constant number of statements whatever the batch size (activity-sync.sql.ts).
 */
export class ActivitySyncService {
  static async recordActivities(ctx: RequestContext, inputs: RecordActivityInput[]): Promise<RecordActivityResult[]> {
    requireActivityRecorder(ctx.identity);
    if (inputs.length > RECORD_ACTIVITIES_MAX)
      throw badInput('activities', `has ${inputs.length} items: at most ${RECORD_ACTIVITIES_MAX} per call`);
    const results: RecordActivityResult[] = new Array(inputs.length);
    const items: SyncItem[] = [];
    const first = new Map<string, SyncItem>();
    const repeats: SyncItem[] = [];
    inputs.forEach((input, ord) => {
      try {
        const item = checkItem(ctx, input, ord);
        if (first.has(item.clientId)) repeats.push(item);
        else {
          first.set(item.clientId, item);
          items.push(item);
        }
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        results[ord] = refusal(input.clientId, error);
      }
    });
    if (items.length > 0)
      await runWrite(actorOf(ctx), (tx) => ActivitySyncService.write(ctx, tx, items, results, inputs));
    // A clientId twice in one call: the later one answers as the first did when it says the same.
    for (const item of repeats) {
      const original = first.get(item.clientId)!;
      const answer = results[original.ord];
      results[item.ord] = !sameItem(item, original)
        ? refusal(inputs[item.ord].clientId, conflict(item.clientId, 'appears earlier in this call'))
        : answer.status === RecordActivityStatus.REFUSED
          ? { ...answer, clientId: inputs[item.ord].clientId }
          : accepted(inputs[item.ord].clientId, RecordActivityStatus.DUPLICATE, Number(answer.id));
    }
    return results;
  }

  private static async write(
    ctx: RequestContext,
    tx: Parameters<Parameters<typeof runWrite>[1]>[0],
    items: SyncItem[],
    results: RecordActivityResult[],
    inputs: RecordActivityInput[],
  ): Promise<void> {
    const sent = (item: SyncItem) => inputs[item.ord].clientId;
    const identity = ctx.identity;
    const beneficiaries = await lockBeneficiaries(tx, [...new Set(items.map((i) => i.beneficiaryId))]);
    if (identity.role === Role.FACILITATOR) {
      const own = beneficiaries.get(identity.beneficiary!.id);
      // Checked again under the lock: a BAJA given since the request was authenticated counts.
      if (own?.status !== 'ACTIVE') throw facilitatorLeft(identity.beneficiary!.folio);
    }
    const placements = await placeItems(tx, items);
    const placed: SyncItem[] = [];
    for (const item of items) {
      const beneficiary = beneficiaries.get(item.beneficiaryId);
      const placement = placements.get(item.ord);
      const where = item.lon !== null ? 'lon' : 'coloniaId';
      let problem: AppError | undefined;
      if (!beneficiary) problem = badInput('beneficiaryId', `${item.beneficiaryId} does not match any beneficiary`);
      else if (!placement)
        problem =
          item.lon !== null
            ? badInput('lon', `and lat (${item.lon}, ${item.lat}) are outside the alcaldía: no colonia holds the point`)
            : badInput('coloniaId', `${item.coloniaId} does not match any colonia`);
      else if (identity.role === Role.OPERATOR && beneficiary.territorialId !== identity.territorialId)
        problem = forbidden(
          'beneficiaryId',
          `An OPERATOR of ${identity.territorialClave} cannot record for another territorial's beneficiary (beneficiaryId)`,
        );
      else if (identity.role !== Role.ADMIN && placement.territorialId !== beneficiary.territorialId)
        problem = forbidden(
          where,
          `${where === 'lon' ? 'The point (lon, lat)' : `coloniaId ${item.coloniaId}`} is outside the territorial of beneficiary ${beneficiary.folio}`,
        );
      if (problem) results[item.ord] = refusal(sent(item), problem);
      else placed.push(item);
    }
    const stored = await activitiesByClientId(
      tx,
      placed.map((i) => i.clientId),
    );
    const fresh: SyncItem[] = [];
    const answerStored = (item: SyncItem, row: StoredSyncActivity) => {
      results[item.ord] = sameContent(item, row)
        ? accepted(sent(item), RecordActivityStatus.DUPLICATE, row.id)
        : refusal(sent(item), conflict(item.clientId, 'was already recorded'));
    };
    for (const item of placed) {
      const row = stored.get(item.clientId);
      if (row) answerStored(item, row);
      else fresh.push(item);
    }
    const inserted = await insertItems(tx, fresh, placements);
    tx.inserted(ACTIVITY_TABLE, inserted);
    const created = new Map(inserted.map((row) => [row.clientId, row.id]));
    const raced: SyncItem[] = [];
    for (const item of fresh) {
      const id = created.get(item.clientId);
      if (id !== undefined) results[item.ord] = accepted(sent(item), RecordActivityStatus.CREATED, id);
      else raced.push(item);
    }
    // Committed by another call between our read and our insert (a resend racing its original).
    if (raced.length > 0) {
      const now = await activitiesByClientId(
        tx,
        raced.map((i) => i.clientId),
      );
      for (const item of raced) answerStored(item, now.get(item.clientId)!);
    }
  }

  /** A FACILITATOR's own activities, by id, a page at a time, within an optional date window. */
  static async mine(ctx: RequestContext, page: PageArgs, args: MyActivitiesArgs): Promise<Connection<Activity>> {
    const beneficiary = requireFacilitator(ctx.identity);
    const window = pageWindow(page);
    const dates = requireDateRange(args.from, args.to);
    const connection = await listPage(window, 'a', () =>
      applyDateWindow(
        ctx.dataSource
          .getRepository(Activity)
          .createQueryBuilder('a')
          .where('a.beneficiary_id = :beneficiaryId', { beneficiaryId: beneficiary.id }),
        'a.held_on',
        dates,
      ),
    );
    markOwnRecords(connection);
    connection.edges.forEach(markOwnRecords);
    return connection;
  }
}
