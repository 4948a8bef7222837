import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import autocannon from 'autocannon';
import { print } from 'graphql';

/** One HTTP request of a load run. */
export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** What a load run counted. */
export interface Counts {
  sent: number;
  ok: number;
  failed: number;
  /** Failure codes: HTTP status, `200:<GraphQL code>` for errors in a 200 answer, or the socket error. */
  codes: Record<string, number>;
  /** Territorio-Read-From of the successful answers. */
  readFrom: Record<string, number>;
}

export const emptyCounts = (): Counts => ({ sent: 0, ok: 0, failed: 0, codes: {}, readFrom: {} });

function bump(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}

/** A GraphQL request of a typed operation (tests/graphql/scale.graphql): its variables are checked against it. */
export function graphqlRequest<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  headers: Record<string, string> = {},
): LoadRequest {
  return {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: print(document), variables }),
  };
}

/** The data of a successful answer's body, typed by the operation that was sent. */
export function dataOf<TResult, TVariables>(_document: TypedDocumentNode<TResult, TVariables>, body: string): TResult {
  return (JSON.parse(body) as { data: TResult }).data;
}

/** The failure code of an answer, or null when it succeeded (2xx and no GraphQL errors). */
export function failureCode(status: number, body: string): string | null {
  if (status < 200 || status >= 300) {
    const code = /"code":"([A-Z_]+)"/.exec(body)?.[1];
    return code ? `${status}:${code}` : String(status);
  }
  if (body.includes('"errors":[')) return `${status}:${/"code":"([A-Z_]+)"/.exec(body)?.[1] ?? 'ERROR'}`;
  return null;
}

export interface ThroughputResult extends Counts {
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
}

/** Closed-loop load with autocannon (keep-alive connections, one request in flight each) for `seconds`. */
export async function throughput(
  baseUrl: string,
  seconds: number,
  connections: number,
  request: (i: number) => LoadRequest,
): Promise<ThroughputResult> {
  const counts = emptyCounts();
  let next = 0;
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    pipelining: 1,
    timeout: 30,
    requests: [
      {
        setupRequest: (req: any) => ({ ...req, ...request(next++) }),
        onResponse: (status: number, body: string, _context: unknown, headers?: Record<string, string>) => {
          counts.sent += 1;
          const code = failureCode(status, body ?? '');
          if (code) {
            counts.failed += 1;
            bump(counts.codes, code);
          } else {
            counts.ok += 1;
            bump(counts.readFrom, headers?.['territorio-read-from'] ?? 'none');
          }
        },
      } as any,
    ],
  });
  const socketFailures = result.errors + result.timeouts;
  if (socketFailures > 0) {
    counts.sent += socketFailures;
    counts.failed += socketFailures;
    counts.codes.socket = (counts.codes.socket ?? 0) + socketFailures;
  }
  return {
    ...counts,
    seconds: result.duration,
    rps: result.requests.total / (result.duration || seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

export interface Answer {
  start: number;
  end: number;
  status: number;
  body: string;
  headers: Headers;
  failure: string | null;
}

/** One request with fetch; a socket error is an answer with status 0. */
export async function send(baseUrl: string, request: LoadRequest): Promise<Answer> {
  const start = Date.now();
  try {
    const response = await fetch(`${baseUrl}${request.path}`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(30_000),
    });
    const body = await response.text();
    return {
      start,
      end: Date.now(),
      status: response.status,
      body,
      headers: response.headers,
      failure: failureCode(response.status, body),
    };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    return { start, end: Date.now(), status: 0, body: '', headers: new Headers(), failure: `socket:${cause}` };
  }
}

export function count(counts: Counts, answer: Answer): void {
  counts.sent += 1;
  if (answer.failure) {
    counts.failed += 1;
    bump(counts.codes, answer.failure);
  } else {
    counts.ok += 1;
    bump(counts.readFrom, answer.headers.get('territorio-read-from') ?? 'none');
  }
}

/**
 * `workers` loops, each sending its next request as soon as the previous one is
 * answered, for `ms`; `events` run at their offsets (ms) during the run (the faults).
 */
export async function closedLoop(
  baseUrl: string,
  workers: number,
  ms: number,
  request: (worker: number, i: number) => LoadRequest,
  events: { at: number; run: () => Promise<void> | void }[] = [],
): Promise<Answer[]> {
  const answers: Answer[] = [];
  const end = Date.now() + ms;
  const timers = events.map(
    (event) =>
      new Promise<void>((resolve, reject) =>
        setTimeout(() => Promise.resolve(event.run()).then(resolve, reject), event.at),
      ),
  );
  await Promise.all([
    ...Array.from({ length: workers }, async (_, worker) => {
      for (let i = 0; Date.now() < end; i++) answers.push(await send(baseUrl, request(worker, i)));
    }),
    ...timers,
  ]);
  return answers.sort((a, b) => a.start - b.start);
}
