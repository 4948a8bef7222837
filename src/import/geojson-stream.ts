import { Transform, Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type * as StreamJson from 'stream-json' with { 'resolution-mode': 'import' };
import type * as PickModule from 'stream-json/filters/pick.js' with { 'resolution-mode': 'import' };
import type * as StreamArrayModule from 'stream-json/streamers/stream-array.js' with { 'resolution-mode': 'import' };
import { AppError, ErrorCode, badInput } from '../common/errors';
import { WGS84_CRS_NAMES } from '../geo/geojson-input';

// stream-json ships ES modules only; Node 20.19+ loads them through require(esm).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- ESM-only package loaded through require(esm) so CommonJS output keeps working
const { parser }: typeof StreamJson = require('stream-json');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- ESM-only package loaded through require(esm) so CommonJS output keeps working
const { pick }: typeof PickModule = require('stream-json/filters/pick.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- ESM-only package loaded through require(esm) so CommonJS output keeps working
const { streamArray }: typeof StreamArrayModule = require('stream-json/streamers/stream-array.js');

/** Features in one import (a 20 MB body holds a few tens of thousands). */
export const MAX_IMPORT_FEATURES = 100_000;

/** Deepest nesting of objects and arrays in an import document (a MultiPolygon's coordinates are 5 levels deep in a feature at level 3). */
export const MAX_IMPORT_DEPTH = 32;

interface Token {
  name: string;
  value?: unknown;
}

/**
 * Watches the token stream's top level, passing every token on: the document
 * must be an object whose `type` is "FeatureCollection" and whose `features`
 * is an array.
 */
class TopLevel extends Transform {
  depth = 0;
  private lastKey: string | undefined;
  type: unknown;
  featuresArray = false;
  /** `crs.properties.name` of a GeoJSON 2008 document, if it has one. */
  crsName: unknown;
  private crsDepth = 0;
  private crsKey: string | undefined;
  rootIsObject: boolean | undefined;

  constructor() {
    super({ objectMode: true });
  }

  override _transform(
    token: Token,
    _encoding: BufferEncoding,
    done: (error?: Error | null, token?: Token) => void,
  ): void {
    if (this.rootIsObject === undefined) this.rootIsObject = token.name === 'startObject';
    if (this.depth === 1) {
      if (token.name === 'keyValue') this.lastKey = String(token.value);
      else if (this.lastKey === 'type' && token.name === 'stringValue') this.type = token.value;
      else if (this.lastKey === 'features' && token.name === 'startArray') this.featuresArray = true;
    }
    if (this.crsDepth > 0 && this.depth > this.crsDepth) {
      if (token.name === 'keyValue') this.crsKey = String(token.value);
      else if (this.crsKey === 'name' && token.name === 'stringValue') this.crsName = token.value;
    }
    if (this.depth === 1 && this.lastKey === 'crs' && token.name === 'startObject') this.crsDepth = 1;
    if (token.name === 'startObject' || token.name === 'startArray') {
      this.depth += 1;
      // Refused at the first level past the cap, before the parser and the assembler grow with it.
      if (this.depth > MAX_IMPORT_DEPTH)
        return done(
          badInput(
            'GeoJSON',
            `nests objects or arrays more than ${MAX_IMPORT_DEPTH} levels deep (in a feature's properties, for instance): flatten them`,
          ),
        );
    }
    if (token.name === 'endObject' || token.name === 'endArray') {
      this.depth -= 1;
      if (this.depth === 1) {
        this.lastKey = undefined;
        this.crsDepth = 0;
      }
    }
    if (this.depth === 1 && token.name !== 'keyValue' && (token.name.endsWith('Value') || token.name.startsWith('end')))
      this.lastKey = undefined;
    done(null, token);
  }
}

/** Fails the stream with 413 once more than `limit` bytes went through. */
export class ByteLimit extends Transform {
  bytes = 0;

  constructor(
    private readonly limit: number,
    /** The setting that sets the limit, named in the refusal. */
    private readonly setting?: string,
  ) {
    super();
  }

  override _transform(
    chunk: Buffer,
    _encoding: BufferEncoding,
    done: (error?: Error | null, chunk?: Buffer) => void,
  ): void {
    this.bytes += chunk.length;
    if (this.bytes > this.limit) {
      const setting = this.setting ? ` (${this.setting})` : '';
      done(
        new AppError(
          ErrorCode.PAYLOAD_TOO_LARGE,
          `The GeoJSON is larger than the limit of ${this.limit} bytes${setting}`,
        ),
      );
      return;
    }
    done(null, chunk);
  }
}

/**
 * Parses a GeoJSON FeatureCollection from a byte stream without holding its
 * text: tokens (stream-json) → the `features` array → one feature object at a
 * time, handed to `onFeature` with its 1-based number. Malformed JSON, or a
 * document that is not a FeatureCollection, is a BAD_USER_INPUT naming `argument`.
 */
/** Bytes of GeoJSON parsed per turn of the event loop. */
const SLICE_BYTES = 16 * 1024;

/**
 * Hands the parser at most SLICE_BYTES per turn of the event loop, yielding between slices.
 * A readable stream delivers whatever it has buffered in one go (a fast client's whole body),
 * and the parser turns all of it into tokens and features synchronously: a multi-megabyte
 * import held the event loop for a second (issue #15).
 */
class Slices extends Transform {
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    let offset = 0;
    const next = () => {
      this.push(chunk.subarray(offset, offset + SLICE_BYTES));
      offset += SLICE_BYTES;
      if (offset < chunk.length) setImmediate(next);
      else setImmediate(done);
    };
    next();
  }
}

export async function readFeatureCollection(
  source: Readable,
  argument: string,
  onFeature: (feature: unknown, number: number) => void,
  transforms: Transform[] = [],
): Promise<number> {
  const top = new TopLevel();
  let count = 0;
  try {
    const sink = new Writable({
      objectMode: true,
      write(item: { key: number; value: unknown }, _encoding, done) {
        count += 1;
        if (count > MAX_IMPORT_FEATURES)
          return done(badInput(argument, `has more than ${MAX_IMPORT_FEATURES} features`));
        try {
          onFeature(item.value, count);
          done();
        } catch (error) {
          done(error as Error);
        }
      },
    });
    await pipeline([
      source,
      ...transforms,
      new Slices(),
      parser.asStream({ streamValues: false }),
      top,
      pick.asStream({ filter: 'features', once: true }),
      streamArray.asStream(),
      sink,
    ]);
  } catch (error) {
    if (error instanceof AppError) throw error;
    const message = (error as Error)?.message ?? 'unreadable';
    if (/top-level object should be an array/i.test(message))
      throw badInput(argument, 'is not a GeoJSON FeatureCollection: "features" must be an array');
    throw badInput(argument, `is not valid JSON (${message.slice(0, 120)}) after ${count} complete features`);
  }
  if (!top.rootIsObject)
    throw badInput(argument, 'is not a GeoJSON FeatureCollection: the document must be a JSON object');
  if (top.type !== 'FeatureCollection')
    throw badInput(
      argument,
      `is not a GeoJSON FeatureCollection (type is ${JSON.stringify(top.type ?? null)?.slice(0, 40)})`,
    );
  if (!top.featuresArray) throw badInput(argument, 'is not a GeoJSON FeatureCollection: it has no "features" array');
  if (top.crsName !== undefined && !WGS84_CRS_NAMES.has(String(top.crsName))) {
    throw badInput(
      argument,
      `has a crs other than WGS84 (${String(top.crsName).slice(0, 60)}): coordinates must be WGS84 lon/lat (RFC 7946); reproject before importing`,
    );
  }
  return count;
}
