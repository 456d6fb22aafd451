/** How a shape is written wherever it is shown (budget/labels.ts gathers it with the other labels). */

/** `1x16x128`; `?` for a dim or a shape not known, `scalar` for rank 0. */
export function shapeLabel(shape: ReadonlyArray<number | string | null> | null): string {
  if (shape === null) return '?';
  return shape.length === 0 ? 'scalar' : shape.map((d) => (d === null ? '?' : String(d))).join('x');
}
