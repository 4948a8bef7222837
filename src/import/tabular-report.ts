/** The report of one tabular intake run (CLI text or POST /import/<layer> JSON). */

export interface IntakeRefusal {
  /** Spreadsheet row number (the header is row 1); 0 for the file as a whole. */
  row: number;
  column: string;
  value: string | null;
  reason: string;
}

export interface IntakeReport {
  layer: string;
  source: string;
  format: 'csv' | 'xlsx';
  encoding?: string;
  delimiter?: string;
  sheet?: string;
  dryRun: boolean;
  /** Whether anything was committed (all or nothing: no refused row and not a dry run). */
  written: boolean;
  /** Data rows read (blank rows skipped). */
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Rows refused (a row may have several refusals). */
  refused: number;
  summary: string;
  /** Seconds from the first byte to the answer. */
  seconds: number;
  /** Where the time went: reading, parsing and staging the file; the set-based checks and match; writing (with the audit and the rollups' triggers). */
  phases: { readAndStage: number; checkAndMatch: number; write: number };
  refusals: IntakeRefusal[];
}

/** The report as text: counts, the decision, then every refusal. */
export function formatIntakeReport(report: IntakeReport): string {
  const would = report.written ? '' : 'would be ';
  const file = [
    report.format,
    report.encoding,
    report.delimiter && `delimiter ${JSON.stringify(report.delimiter)}`,
    report.sheet && `sheet ${JSON.stringify(report.sheet)}`,
  ].filter(Boolean);
  const lines = [
    `import ${report.layer} from ${report.source} (${file.join(', ')})${report.dryRun ? ' (dry run)' : ''}`,
    `read: ${report.read}   ${would}created: ${report.created}   ${would}updated: ${report.updated}   unchanged: ${report.unchanged}   refused: ${report.refused}`,
    report.summary,
    `time: ${report.seconds.toFixed(1)} s (read and stage ${report.phases.readAndStage} s, check and match ${report.phases.checkAndMatch} s, write ${report.phases.write} s)`,
  ];
  if (report.refusals.length > 0) {
    lines.push('', 'row      column               value                          reason');
    for (const r of report.refusals) {
      const value =
        r.value === null ? '(empty)' : JSON.stringify(r.value.length > 28 ? `${r.value.slice(0, 27)}…` : r.value);
      lines.push(`${String(r.row).padEnd(8)} ${r.column.padEnd(20)} ${value.padEnd(30)} ${r.reason}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
