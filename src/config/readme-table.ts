import { SETTINGS, type Setting } from './settings';

/** The README's configuration table, rendered from SETTINGS (columns padded as Prettier pads them). */
export function configurationTable(): string {
  const rows = (Object.entries(SETTINGS) as [string, Setting][]).map(([name, s]) => [
    `\`${name}\``,
    s.shown,
    s.meaning,
  ]);
  const header = ['variable', 'default', 'meaning'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => [...r[i]].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

export const TABLE_START = '<!-- configuration table: npm run readme:config writes it from src/config/settings.ts -->';
export const TABLE_END = '<!-- end of configuration table -->';

/** The README with its configuration table replaced by the rendered one. */
export function withConfigurationTable(readme: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the markers ${TABLE_START} … ${TABLE_END}`);
  return `${readme.slice(0, start + TABLE_START.length)}\n\n${configurationTable()}\n\n${readme.slice(end)}`;
}
