import { randomBytes } from 'node:crypto';

/**
 * JSON text built by PostgreSQL (a FeatureCollection, a geometry) travelling
 * through GraphQL execution unparsed. `stringifyWithRawJson` (Apollo's
 * `stringifyResult`, src/app/server.ts) splices the text into the response as it
 * is, so a large FeatureCollection is never parsed into objects and
 * serialized again (Node 20 has no JSON.rawJSON). Anywhere else — another
 * JSON.stringify, a test executing the schema — `toJSON` parses it, so the
 * value is always correct, only slower.
 */
export class RawJson {
  /** A RawJson stands for a JSON object or value wherever one is expected (e.g. a result's `data`). */
  readonly [key: string]: unknown;

  constructor(readonly text: string) {}

  toJSON(): unknown {
    if (!splicing) return JSON.parse(this.text);
    splicing.push(this.text);
    return `${PLACEHOLDER}${splicing.length - 1}`;
  }
}

/** Random per process: client data cannot forge a placeholder it never sees. */
const PLACEHOLDER = `__territorio_raw_json_${randomBytes(12).toString('hex')}_`;
const PLACEHOLDER_PATTERN = new RegExp(`"${PLACEHOLDER}(\\d+)"`, 'g');

let splicing: string[] | undefined;

/** JSON.stringify with a placeholder for each RawJson, and the raw texts the placeholders index. */
function stringifySkeleton(value: unknown): { json: string; texts: string[] } {
  const outer = splicing;
  const texts: string[] = [];
  splicing = texts;
  try {
    return { json: JSON.stringify(value), texts };
  } finally {
    splicing = outer;
  }
}

/** JSON.stringify, with every RawJson's text inserted verbatim. */
export function stringifyWithRawJson(value: unknown): string {
  const { json, texts } = stringifySkeleton(value);
  return texts.length === 0 ? json : json.replace(PLACEHOLDER_PATTERN, (_match, index: string) => texts[Number(index)]);
}

/** Output written between two yields to the event loop (chars of JSON text: ~2 ms of JSON.stringify). */
const SLICE_CHARS = 256 * 1024;

/** Items of a list written by one JSON.stringify (a row is tens to hundreds of bytes). */
const ITEMS_PER_STRINGIFY = 64;

/** Objects nested deeper than this are written in one piece (the answer → data → alias → connection → …). */
const SLICED_DEPTH = 8;

const isSkipped = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** A value as JSON.stringify sees it: after its toJSON (RawJson excepted: it is spliced as it is). */
function jsonValue(value: unknown, key: string): unknown {
  if (value !== null && typeof value === 'object' && !(value instanceof RawJson)) {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return toJSON.call(value, key);
  }
  return value;
}

/**
 * Writes `value` into `parts`: an object (the answer, `data`, an alias, a connection) member by member, a list
 * item by item, each item (a row, an edge) in one piece by JSON.stringify; a generator that pauses (`yield`)
 * after each SLICE_CHARS of output. Below SLICED_DEPTH objects are written in one piece too.
 */
function* writeJson(parts: string[], value: unknown, depth: number, out: { pending: number }): Generator<void> {
  const push = (text: string) => {
    parts.push(text);
    out.pending += text.length;
  };
  if (value instanceof RawJson) {
    push(value.text);
  } else if (Array.isArray(value)) {
    push('[');
    for (let i = 0; i < value.length;) {
      if (i > 0) push(',');
      const batch = value.slice(i, i + ITEMS_PER_STRINGIFY);
      if (batch.some((item) => Array.isArray(item))) {
        // A list of lists: each inner list is written item by item too.
        const item = jsonValue(value[i], String(i));
        if (isSkipped(item)) push('null');
        else yield* writeJson(parts, item, depth + 1, out);
        i += 1;
      } else {
        // Rows in one JSON.stringify: the text between the brackets of the batch.
        push(stringifyWithRawJson(batch).slice(1, -1));
        i += batch.length;
      }
      if (out.pending >= SLICE_CHARS) {
        out.pending = 0;
        yield;
      }
    }
    push(']');
  } else if (value === null || typeof value !== 'object' || depth >= SLICED_DEPTH) {
    push(stringifyWithRawJson(value) ?? 'null');
  } else {
    push('{');
    let first = true;
    for (const name of Object.keys(value)) {
      const member = jsonValue((value as Record<string, unknown>)[name], name);
      if (isSkipped(member)) continue;
      push(`${first ? '' : ','}${JSON.stringify(name)}:`);
      first = false;
      if (member !== null && typeof member === 'object') yield* writeJson(parts, member, depth + 1, out);
      else push(JSON.stringify(member));
    }
    push('}');
  }
}

/**
 * `stringifyWithRawJson` for answers of any size (Apollo's `stringifyResult`): the answer is written piece by
 * piece — each raw text as it is, each container down to SLICED_DEPTH one member at a time, anything deeper by
 * JSON.stringify — with a yield to the event loop after each SLICE_CHARS of output, so neither a 10 MB answer
 * of geometry nor one of 150,000 scalar values holds the loop for its whole serialization (issue #15: no request
 * blocks it past ~100 ms; issue #27: big all-scalar answers). The text is JSON.stringify's.
 */
export async function stringifyWithRawJsonInSlices(value: unknown): Promise<string> {
  const parts: string[] = [];
  const top = jsonValue(value, '');
  if (isSkipped(top)) return 'null';
  const writing = writeJson(parts, top, 0, { pending: 0 });
  while (!writing.next().done) await new Promise((resolve) => setImmediate(resolve));
  return parts.join('');
}
