import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { LoadResult } from './load';

/** One measured row: a case on one data size, against the API and (Q1–Q3) the floor. */
export interface CaseResult {
  id: string;
  name: string;
  /** Data size, e.g. "1 year" (307,200 activities). */
  size: string;
  api: LoadResult;
  floor?: LoadResult;
  /** Body bytes of one answer (mean over the checked variants). */
  bytes: number;
  /** X-SQL-Statements seen while checking and while loading. */
  sqlStatements: number[];
}

export interface TargetCheck {
  target: string;
  met: boolean;
  detail: string;
}

export interface BenchReport {
  command: string;
  startedAt: string;
  machine: string[];
  quick: boolean;
  seconds: number;
  connections: number;
  results: CaseResult[];
  targets: TargetCheck[];
  notes: string[];
}

const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');

export function statementsText(values: number[]): string {
  if (values.length === 0) return '?';
  return values.length === 1 ? String(values[0]) : `${values[0]}–${values[values.length - 1]}`;
}

export function ratio(result: CaseResult): number | undefined {
  return result.floor ? result.api.rps / result.floor.rps : undefined;
}

/** The one-line form printed per case. */
export function caseLine(r: CaseResult): string {
  const q = ratio(r);
  return (
    `${r.id} ${r.name} api_rps=${fixed(r.api.rps)} floor_rps=${r.floor ? fixed(r.floor.rps) : '-'} ratio=${q === undefined ? '-' : fixed(q, 2)} ` +
    `p50_ms=${fixed(r.api.p50, 0)} p99_ms=${fixed(r.api.p99, 0)} bytes=${Math.round(r.bytes)} sql_per_request=${statementsText(r.sqlStatements)}` +
    (r.api.failures > 0 ? ` failures=${r.api.failures}` : '')
  );
}

function table(results: CaseResult[]): string {
  const head =
    '| case | data | API req/s | floor req/s | API/floor | p50 ms | p99 ms | floor p50 / p99 ms | bytes/response | SQL statements/request |\n' +
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|';
  const rows = results.map((r) => {
    const q = ratio(r);
    return `| ${r.id} ${r.name} | ${r.size} | ${fixed(r.api.rps)} | ${r.floor ? fixed(r.floor.rps) : '–'} | ${q === undefined ? '–' : `${fixed(q * 100, 0)} %`} | ${fixed(r.api.p50, 0)} | ${fixed(r.api.p99, 0)} | ${r.floor ? `${fixed(r.floor.p50, 0)} / ${fixed(r.floor.p99, 0)}` : '–'} | ${Math.round(r.bytes).toLocaleString('en-US')} | ${statementsText(r.sqlStatements)} |`;
  });
  return [head, ...rows].join('\n');
}

export function renderReport(report: BenchReport): string {
  return [
    `Measured ${report.startedAt} with \`${report.command}\`: ${report.connections} connections, ${report.seconds} s per case after a warm-up${report.quick ? ' (**--quick**)' : ''}; API and floor in the same run.`,
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
export function writeReport(file: string, markdown: string): void {
  const section = `${BEGIN}\n${markdown}\n${END}`;
  if (!existsSync(file)) {
    writeFileSync(file, `# Performance\n\n${section}\n`);
    return;
  }
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  writeFileSync(
    file,
    start >= 0 && end > start
      ? `${text.slice(0, start)}${section}${text.slice(end + END.length)}`
      : `${text.trimEnd()}\n\n${section}\n`,
  );
}
