import { Readable } from 'node:stream';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { watchEventLoop } from '../../src/common/event-loop';
import { RawJson, stringifyWithRawJson, stringifyWithRawJsonInSlices } from '../../src/common/raw-json';
import { readFeatureCollection } from '../../src/import/geojson-stream';

/**
 * Issue #15, "the event loop never blocked for more than about 100 ms by one request": the
 * pieces that keep it so — the watcher that reports stalls, the GraphQL answer spliced in
 * slices, the import body parsed in slices. The heaviest real requests are measured against
 * running servers by the fault suite (`npm run test:faults`), which fails above 250 ms.
 */

const busy = (ms: number) => {
  const until = Date.now() + ms;
  while (Date.now() < until);
};
const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('watchEventLoop', () => {
  it('reports a window in which the loop was held past the threshold, with how long', async () => {
    const stalls: number[] = [];
    const stop = watchEventLoop(100, 200, (stall) => stalls.push(stall.eventLoopMaxMs));
    try {
      // The histogram measures from its first tick, which a loaded machine may delay: stall up to
      // three times, each after the loop has turned for a while, until a window reports it.
      for (let attempt = 0; attempt < 3 && stalls.length === 0; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 150));
        busy(300);
        // The window that saw the stall closes within 200 ms (a loaded machine may take longer).
        for (let waited = 0; stalls.length === 0 && waited < 1000; waited += 50)
          await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(stalls.length).toBeGreaterThanOrEqual(1);
      expect(Math.max(...stalls)).toBeGreaterThanOrEqual(250);
    } finally {
      stop();
    }
  });

  it('reports nothing while the loop turns freely (over 500 ms: a loaded machine stalls for less on its own)', async () => {
    const stalls: number[] = [];
    const stop = watchEventLoop(500, 100, (stall) => stalls.push(stall.eventLoopMaxMs));
    try {
      await new Promise((resolve) => setTimeout(resolve, 350));
      expect(stalls).toEqual([]);
    } finally {
      stop();
    }
  });
});

describe('a large GraphQL answer is spliced in slices', () => {
  const geometry = (i: number) =>
    JSON.stringify({ type: 'LineString', coordinates: Array.from({ length: 400 }, (_, j) => [i + j / 1e6, -j]) });
  const answer = () => ({
    data: {
      a: { edges: Array.from({ length: 1000 }, (_, i) => ({ node: { id: String(i), g: new RawJson(geometry(i)) } })) },
    },
  });

  it('gives the same text as the one-piece splice (about 7 MB, quotes and escapes around it)', async () => {
    const value = { ...answer(), extensions: { note: 'a "quoted" \\ value' } };
    const sliced = await stringifyWithRawJsonInSlices(value);
    expect(sliced.length).toBeGreaterThan(6_000_000);
    expect(sliced).toBe(stringifyWithRawJson(value));
    expect(JSON.parse(sliced).data.a.edges[999].node.g.coordinates[399]).toEqual([999 + 399 / 1e6, -399]);
  });

  it('yields to the event loop while splicing', async () => {
    let turns = 0;
    const counting = (async () => {
      for (let i = 0; i < 1000; i += 1) {
        await turn();
        turns += 1;
      }
    })();
    await stringifyWithRawJsonInSlices(answer());
    expect(turns).toBeGreaterThanOrEqual(5);
    await counting;
  });

  it('answers without raw JSON are the plain JSON text', async () => {
    expect(await stringifyWithRawJsonInSlices({ data: { a: 1, b: 'x"y' } })).toBe('{"data":{"a":1,"b":"x\\"y"}}');
  });
});

describe('an import body is parsed in slices', () => {
  it('a 4 MB FeatureCollection delivered in one chunk is parsed over many turns, no turn near the bound', async () => {
    const features = Array.from({ length: 2000 }, (_, i) => ({
      type: 'Feature',
      properties: { nombre: `F ${i}` },
      geometry: {
        type: 'LineString',
        coordinates: Array.from({ length: 100 }, (_, j) => [-99 + j / 1e5, 19 + i / 1e5]),
      },
    }));
    const body = Buffer.from(JSON.stringify({ type: 'FeatureCollection', features }));
    expect(body.length).toBeGreaterThan(4_000_000);
    let turns = 0;
    let parsing = true;
    const counting = (async () => {
      while (parsing) {
        await turn();
        turns += 1;
      }
    })();
    const histogram = monitorEventLoopDelay({ resolution: 10 });
    histogram.enable();
    const names: string[] = [];
    const count = await readFeatureCollection(Readable.from([body]), 'GeoJSON', (feature) =>
      names.push((feature as { properties: { nombre: string } }).properties.nombre),
    );
    histogram.disable();
    parsing = false;
    await counting;
    expect(count).toBe(2000);
    expect(names[1999]).toBe('F 1999');
    // 16 KB per turn: hundreds of turns. One turn for the whole body (the old behaviour) took ~1 s.
    expect(turns).toBeGreaterThan(200);
    // Generous for a loaded machine; a 16 KB slice takes a few ms.
    expect(histogram.max / 1e6).toBeLessThan(250);
  });
});
