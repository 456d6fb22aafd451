/** GFM table pieces shared by the comment's renderers (markdown.ts, points-format.ts). */

/** A no-break space between number and unit, so a narrow column never wraps `-40.2` away from `M`. */
export function nb(text: string): string {
  return text.replace(/ /g, '\u00a0');
}

/** A GFM table. Cells are already escaped: none contains an unescaped `|` or a line break. */
export function table(header: readonly string[], align: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(align), ...rows.map(line)].join('\n');
}
