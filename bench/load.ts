import autocannon from 'autocannon';
import type { BenchRequest } from './cases';

/** What one load test measured. */
export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** Non-2xx answers, socket errors and timeouts. */
  failures: number;
  /** Distinct X-SQL-Statements values seen (empty when the server sent none). */
  sqlStatements: number[];
}

export interface LoadOptions {
  baseUrl: string;
  /** The i-th request of the run (cycled by the caller's inputs). */
  request(i: number): BenchRequest;
  connections: number;
  seconds: number;
}

/**
 * Loads a server over loopback with autocannon: `connections` keep-alive
 * connections, each sending its next request as soon as the previous one is
 * answered, for `seconds`. Every response's X-SQL-Statements header is recorded.
 */
export async function runLoad({ baseUrl, request, connections, seconds }: LoadOptions): Promise<LoadResult> {
  let next = 0;
  const statements = new Set<number>();
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    pipelining: 1,
    timeout: 30,
    requests: [
      {
        setupRequest: (req: any) => {
          const r = request(next++);
          return { ...req, method: r.method, path: r.path, headers: r.headers, body: r.body };
        },
        onResponse: (_status: number, _body: string, _context: unknown, headers?: Record<string, string>) => {
          const value = headers?.['x-sql-statements'] ?? headers?.['X-SQL-Statements'];
          if (value !== undefined) statements.add(Number(value));
        },
      } as any,
    ],
  });
  const failures = result.non2xx + result.errors + result.timeouts;
  return {
    requests: result.requests.total,
    rps: result.requests.total / (result.duration || seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures,
    sqlStatements: [...statements].sort((a, b) => a - b),
  };
}
