import autocannon from 'autocannon';
/**
 * Loads a server over loopback with autocannon: `connections` keep-alive
 * connections, each sending its next request as soon as the previous one is
 * answered, for `seconds`. Every response's X-SQL-Statements header is recorded.
 */
export async function runLoad({ baseUrl, request, connections, seconds }) {
    let next = 0;
    const statements = new Set();
    const result = await autocannon({
        url: baseUrl,
        connections,
        duration: seconds,
        pipelining: 1,
        timeout: 30,
        requests: [
            {
                setupRequest: (req) => {
                    const r = request(next++);
                    return { ...req, method: r.method, path: r.path, headers: r.headers, body: r.body };
                },
                onResponse: (_status, _body, _context, headers) => {
                    const value = headers?.['x-sql-statements'] ?? headers?.['X-SQL-Statements'];
                    if (value !== undefined)
                        statements.add(Number(value));
                },
            },
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
