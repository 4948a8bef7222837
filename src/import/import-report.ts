import type { ImportLayerId } from './import-layers';

export type FeatureOutcomeKind = 'created' | 'updated' | 'unchanged' | 'rejected';

export interface FeatureOutcome {
  /** 1-based position of the feature in the file. */
  feature: number;
  name: string | null;
  clave: string | null;
  outcome: FeatureOutcomeKind;
  /** Why it was rejected (rejected only). */
  reasons?: string[];
  /** Accepted with a remark (e.g. a sliver overlap under the threshold). */
  warnings?: string[];
}

export interface ImportReport {
  /** The layer, or `territorial-assignment` (outcomes are then CSV lines). */
  layer: ImportLayerId | 'territorial-assignment';
  source: string;
  dryRun: boolean;
  allowPartial: boolean;
  /** Whether anything was committed. */
  written: boolean;
  features: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** What the run decided, in one sentence. */
  summary: string;
  /** Overlap rule between boundary features. */
  overlapThreshold: { minSquareMetres: number; minShareOfSmaller: number };
  /** colonias with a territorial field: membership re-derived, territorial polygons rebuilt. */
  territoriales?: { rebuilt: string[]; unchanged: string[]; withoutColonias: string[]; programRowsMoved: number };
  outcomes: FeatureOutcome[];
}

const pad = (text: string, width: number) => (text.length >= width ? text : text + ' '.repeat(width - text.length));

/**
 * The report as text for the CLI: the counts, then every feature that was not
 * unchanged (created, updated, rejected with its reasons), then the warnings.
 * When nothing was written, counts read "would be created" and outcomes "created?".
 */
export function formatImportReport(report: ImportReport): string {
  const lines: string[] = [];
  const mode = [report.dryRun && 'dry run', report.allowPartial && 'allow partial'].filter(Boolean).join(', ');
  lines.push(`import ${report.layer} from ${report.source}${mode ? ` (${mode})` : ''}`);
  // Not written (dry run, or all-or-nothing with rejections): what would have been created or updated.
  const would = report.written ? '' : 'would be ';
  lines.push(
    `features: ${report.features}   ${would}created: ${report.created}   ${would}updated: ${report.updated}   unchanged: ${report.unchanged}   rejected: ${report.rejected}`,
  );
  lines.push(report.summary);
  lines.push(
    `overlap rule: two polygons overlapping by more than ${report.overlapThreshold.minSquareMetres} m² and ${report.overlapThreshold.minShareOfSmaller * 100}% of the smaller reject the later one; smaller overlaps are warnings`,
  );
  if (report.territoriales) {
    const t = report.territoriales;
    lines.push(
      `territoriales rebuilt: ${t.rebuilt.join(', ') || 'none'}; unchanged: ${t.unchanged.join(', ') || 'none'}; program rows moved to their colonia's new territorial: ${t.programRowsMoved}`,
    );
    if (t.withoutColonias.length > 0)
      lines.push(`territoriales left without colonias (polygon kept): ${t.withoutColonias.join(', ')}`);
  }
  const listed = report.outcomes.filter((o) => o.outcome !== 'unchanged');
  if (listed.length > 0) {
    const unit = report.layer === 'territorial-assignment' ? 'line' : 'feature';
    lines.push(
      '',
      `${pad(unit, 8)} ${pad('outcome', 9)} ${pad('clave', 36)} ${unit === 'line' ? 'territorial' : 'name'} / reasons`,
    );
    for (const o of listed) {
      const outcome = !report.written && o.outcome !== 'rejected' ? `${o.outcome}?` : o.outcome;
      lines.push(`${pad(String(o.feature), 8)} ${pad(outcome, 9)} ${pad(o.clave ?? '-', 36)} ${o.name ?? '(no name)'}`);
      for (const reason of o.reasons ?? []) lines.push(`${' '.repeat(56)}- ${reason}`);
    }
  }
  const warned = report.outcomes.filter((o) => (o.warnings ?? []).length > 0);
  if (warned.length > 0) {
    const texts = new Set(report.outcomes.flatMap((o) => o.warnings ?? []));
    const nested = [...texts].filter((t) => t.startsWith('nested:')).length;
    const slivers = report.outcomes.flatMap((o) => o.warnings ?? []).filter((t) => t.startsWith('sliver')).length;
    lines.push(
      '',
      `warnings (${warned.length} features, accepted): ${nested} nested units, ${slivers} sliver overlaps`,
    );
    for (const o of warned) lines.push(`  feature ${o.feature} ${o.name ?? ''}: ${(o.warnings ?? []).join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
}
