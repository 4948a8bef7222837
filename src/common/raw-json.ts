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

/** Output spliced between two yields to the event loop (bytes of raw JSON text). */
const SLICE_CHARS = 1 << 20;

/**
 * `stringifyWithRawJson` for answers of any size (Apollo's `stringifyResult`): the skeleton
 * is small (each raw text is a placeholder in it), and the raw texts are gathered in slices of
 * about 1 MB with a yield to the event loop between them, so a 10 MB answer does not hold the
 * loop for its whole serialization (issue #15: no request blocks it past ~100 ms).
 */
export async function stringifyWithRawJsonInSlices(value: unknown): Promise<string> {
  const { json, texts } = stringifySkeleton(value);
  if (texts.length === 0) return json;
  const parts: string[] = [];
  let from = 0;
  let sliced = 0;
  for (const match of json.matchAll(PLACEHOLDER_PATTERN)) {
    const text = texts[Number(match[1])];
    parts.push(json.slice(from, match.index), text);
    from = match.index + match[0].length;
    sliced += text.length;
    if (sliced >= SLICE_CHARS) {
      sliced = 0;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  parts.push(json.slice(from));
  return parts.join('');
}
