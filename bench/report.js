import { existsSync, readFileSync, writeFileSync } from 'node:fs';
const fixed = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');
export function statementsText(values) {
    if (values.length === 0)
        return '?';
    return values.length === 1 ? String(values[0]) : `${values[0]}–${values[values.length - 1]}`;
}
export function ratio(result) {
    return result.floor ? result.api.rps / result.floor.rps : undefined;
}
/** API req/s over PostGraphile's. */
export function peerRatio(result) {
    return result.peer ? result.api.rps / result.peer.rps : undefined;
}
/** The median of a list of numbers. */
export function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/** Medians (req/s, p50, p99) over the rounds of one server; failures and statements summed / merged. */
export function medianLoad(rounds) {
    return {
        requests: rounds.reduce((n, r) => n + r.requests, 0),
        rps: median(rounds.map((r) => r.rps)),
        p50: median(rounds.map((r) => r.p50)),
        p99: median(rounds.map((r) => r.p99)),
        failures: rounds.reduce((n, r) => n + r.failures, 0),
        sqlStatements: [...new Set(rounds.flatMap((r) => r.sqlStatements))].sort((a, b) => a - b),
    };
}
/** The one-line form printed per case. */
export function caseLine(r) {
    const q = ratio(r);
    const g = peerRatio(r);
    return (`${r.id} ${r.name} api_rps=${fixed(r.api.rps)} floor_rps=${r.floor ? fixed(r.floor.rps) : '-'} postgraphile_rps=${r.peer ? fixed(r.peer.rps) : '-'} ` +
        `api/floor=${q === undefined ? '-' : fixed(q, 2)} api/postgraphile=${g === undefined ? '-' : fixed(g, 2)} ` +
        `p50_ms=${fixed(r.api.p50, 0)} p99_ms=${fixed(r.api.p99, 0)} bytes=${Math.round(r.bytes)} sql_per_request=${statementsText(r.sqlStatements)}` +
        (r.peer ? ` postgraphile_p99_ms=${fixed(r.peer.p99, 0)}` : '') +
        (r.api.failures > 0 ? ` failures=${r.api.failures}` : ''));
}
function table(results) {
    const head = '| case | data | API req/s | floor req/s | PostGraphile req/s | API/floor | API/PostGraphile | p50 ms | p99 ms | floor p50 / p99 ms | PostGraphile p50 / p99 ms | bytes/response (PostGraphile) | SQL statements/request |\n' +
        '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
    const percent = (q) => (q === undefined ? '–' : `${fixed(q * 100, 0)} %`);
    const latency = (l) => (l ? `${fixed(l.p50, 0)} / ${fixed(l.p99, 0)}` : '–');
    const rows = results.map((r) => {
        const bytes = `${Math.round(r.bytes).toLocaleString('en-US')}${r.peerBytes ? ` (${Math.round(r.peerBytes).toLocaleString('en-US')})` : ''}`;
        return `| ${r.id} ${r.name} | ${r.size} | ${fixed(r.api.rps)} | ${r.floor ? fixed(r.floor.rps) : '–'} | ${r.peer ? fixed(r.peer.rps) : '–'} | ${percent(ratio(r))} | ${percent(peerRatio(r))} | ${fixed(r.api.p50, 0)} | ${fixed(r.api.p99, 0)} | ${latency(r.floor)} | ${latency(r.peer)} | ${bytes} | ${statementsText(r.sqlStatements)} |`;
    });
    return [head, ...rows].join('\n');
}
export function renderReport(report) {
    return [
        `Measured ${report.startedAt} with \`${report.command}\`: ${report.connections} connections, ${report.seconds} s per case and server after a warm-up, ${report.rounds} interleaved round${report.rounds === 1 ? '' : 's'} (API, floor and PostGraphile take turns; medians)${report.quick ? ' (**--quick**)' : ''}; API, floor and PostGraphile in the same run, one process each unless the row says otherwise.`,
        '',
        '**Machine and versions**',
        '',
        ...report.machine.map((m) => `- ${m}`),
        '',
        table(report.results),
        '',
        '**Targets**',
        '',
        '| target | met | measured |',
        '|---|---|---|',
        ...report.targets.map((t) => `| ${t.target} | ${t.met ? 'yes' : '**no**'} | ${t.detail} |`),
        ...(report.notes.length > 0 ? ['', ...report.notes.map((n) => `- ${n}`)] : []),
    ].join('\n');
}
export const BEGIN = '<!-- bench:begin (written by npm run bench) -->';
export const END = '<!-- bench:end -->';
/** Replaces the generated section of the report file (between the markers), keeping the prose around it. */
export function writeReport(file, markdown) {
    const section = `${BEGIN}\n${markdown}\n${END}`;
    if (!existsSync(file)) {
        writeFileSync(file, `# Performance\n\n${section}\n`);
        return;
    }
    const text = readFileSync(file, 'utf8');
    const start = text.indexOf(BEGIN);
    const end = text.indexOf(END);
    writeFileSync(file, start >= 0 && end > start
        ? `${text.slice(0, start)}${section}${text.slice(end + END.length)}`
        : `${text.trimEnd()}\n\n${section}\n`);
}
