import { escapeHtml } from '../web/html';

/**
 * The printed report's tables: a caption, a head repeated on every printed page (thead as a
 * table-header-group, report.css.ts), numeric columns right-aligned. Every text goes through escapeHtml.
 */

export interface Column {
  label: string;
  /** Right-aligned, tabular figures. */
  num?: boolean;
}

export interface Row {
  cells: string[];
  /** `total` (bold, ruled) or `sub` (indented: a part of the row above). */
  kind?: 'total' | 'sub';
}

export interface TableSpec {
  caption?: string;
  columns: Column[];
  rows: (Row | string[])[];
  className?: string;
}

const asRow = (row: Row | string[]): Row => (Array.isArray(row) ? { cells: row } : row);

export function table({ caption, columns, rows, className }: TableSpec): string {
  const cls = (column: Column) => (column.num ? ' class="num"' : '');
  const head = columns.map((c) => `<th scope="col"${cls(c)}>${escapeHtml(c.label)}</th>`).join('');
  const body = rows
    .map(asRow)
    .map((row) => {
      const cells = row.cells
        .map((cell, i) =>
          i === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td${cls(columns[i])}>${escapeHtml(cell)}</td>`,
        )
        .join('');
      return `<tr${row.kind ? ` class="${row.kind}"` : ''}>${cells}</tr>`;
    })
    .join('\n');
  return [
    `<table${className ? ` class="${escapeHtml(className)}"` : ''}>`,
    caption ? `<caption>${escapeHtml(caption)}</caption>` : '',
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>\n${body}\n</tbody>`,
    '</table>',
  ].join('');
}
