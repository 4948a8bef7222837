import { createHmac, timingSafeEqual } from 'node:crypto';
import { badInput } from '../common/errors';

/**
 * A position in the change feed: after the entry (xid, seq) of the database `databaseId`.
 * Sent as `f1.<payload>.<mac>`: the payload `databaseId:xid:seq` (base64url) and an
 * HMAC-SHA256 of it under the database's own cursor key (`change_feed_identity`), so a
 * cursor from another database, or one altered by hand, is refused.
 */
export interface FeedPosition {
  xid: string;
  seq: string;
}

export interface FeedIdentity {
  databaseId: string;
  cursorKey: string;
}

export const FEED_START: FeedPosition = { xid: '0', seq: '0' };

const mac = (identity: FeedIdentity, payload: string) =>
  createHmac('sha256', identity.cursorKey).update(payload, 'utf8').digest().subarray(0, 16);

export function encodeFeedCursor(identity: FeedIdentity, position: FeedPosition): string {
  const payload = Buffer.from(`${identity.databaseId}:${position.xid}:${position.seq}`, 'utf8').toString('base64url');
  return `f1.${payload}.${mac(identity, payload).toString('base64url')}`;
}

export function decodeFeedCursor(identity: FeedIdentity, argument: string, cursor: string): FeedPosition {
  const shape = /^f1\.([A-Za-z0-9_-]{1,120})\.([A-Za-z0-9_-]{22})$/.exec(cursor);
  const fields =
    shape && /^([0-9a-f-]{36}):(\d{1,20}):(\d{1,19})$/.exec(Buffer.from(shape[1], 'base64url').toString('utf8'));
  if (!shape || !fields)
    throw badInput(argument, 'is not a change-feed cursor (pass the endCursor of a previous page)');
  if (fields[1] !== identity.databaseId)
    throw badInput(argument, `is a cursor of another database (${fields[1]}); start this one's feed without after`);
  const given = Buffer.from(shape[2], 'base64url');
  if (given.length !== 16 || !timingSafeEqual(given, mac(identity, shape[1])))
    throw badInput(argument, 'has been altered: its signature does not match; pass an endCursor unchanged');
  return { xid: fields[2], seq: fields[3] };
}
