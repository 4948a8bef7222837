import { randomBytes } from 'node:crypto';

/**
 * JSON text built by PostgreSQL (a FeatureCollection, a geometry) travelling
 * through GraphQL execution unparsed. `stringifyWithRawJson` (Apollo's
 * `stringifyResult`, src/server.ts) splices the text into the response as it
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

/** JSON.stringify, with every RawJson's text inserted verbatim. */
export function stringifyWithRawJson(value: unknown): string {
  const outer = splicing;
  const texts: string[] = [];
  splicing = texts;
  let json: string;
  try {
    json = JSON.stringify(value);
  } finally {
    splicing = outer;
  }
  return texts.length === 0 ? json : json.replace(PLACEHOLDER_PATTERN, (_match, index: string) => texts[Number(index)]);
}
