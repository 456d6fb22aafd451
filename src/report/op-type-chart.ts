/**
 * The per-op-type chart of the why section: a mermaid `xychart-beta` (GitHub renders mermaid
 * code blocks in comments; xychart since mermaid 10.6), one bar per op type for the head and a
 * line for the base. Mermaid draws several bar series of one chart on top of each other, so two
 * bar series would hide the smaller one; a bar and a line stay readable.
 *
 * The block is code the renderer runs: op type names come from model files, so a label keeps
 * only letters, digits and `_.:+-` (nothing can close the string, start a directive `%%{...}%%`,
 * end the fence or reach the markdown around it) and is cut to 24 characters.
 */
import { opLabel } from '../budget/labels.js';
import type { OpTypeChart } from '../budget/types.js';

const METRIC_TITLES: Readonly<Record<OpTypeChart['metric'], { label: string; unit: 'count' | 'bytes' }>> = {
  flops: { label: 'FLOPs', unit: 'count' },
  macs: { label: 'MACs', unit: 'count' },
  memory: { label: 'Memory access', unit: 'bytes' },
};

const MAX_LABEL = 24;

/** An op type as a mermaid string literal: safe characters only, quoted. */
export function chartLabel(opType: string, domain: string): string {
  let safe = opLabel(opType, domain).replace(/[^A-Za-z0-9_.:+-]/g, '_');
  if (safe.length > MAX_LABEL) safe = `${safe.slice(0, MAX_LABEL - 2)}..`;
  return `"${safe || '_'}"`;
}

/** The largest value as a power-of-1000 scale, so the axis shows `12.5` with `M` in its title. */
function scale(max: number, unit: 'count' | 'bytes'): { div: number; suffix: string } {
  const steps = unit === 'count' ? ['', 'K', 'M', 'G', 'T', 'P'] : ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];
  let i = 0;
  while (i < steps.length - 1 && max >= 1000 ** (i + 1)) i++;
  return { div: 1000 ** i, suffix: steps[i] ?? '' };
}

function num(v: number, div: number): string {
  return String(Number((v / div).toPrecision(3)));
}

/** The chart as markdown lines (a ```mermaid fence), or [] when there is nothing to draw. */
export function renderOpTypeChart(chart: OpTypeChart, isNew: boolean): string[] {
  if (chart.opTypes.length === 0) return [];
  const { label, unit } = METRIC_TITLES[chart.metric];
  const max = Math.max(...chart.opTypes.map((o) => Math.max(o.base, o.head)));
  const { div, suffix } = scale(max, unit);
  const axisTitle = suffix ? `${label} (${suffix})` : label;
  const lines = [
    '```mermaid',
    'xychart-beta',
    `    title "${label} per op type${isNew ? '' : ': head (bars), base (line)'}"`,
    `    x-axis [${chart.opTypes.map((o) => chartLabel(o.opType, o.domain)).join(', ')}]`,
    `    y-axis "${axisTitle}"`,
    `    bar [${chart.opTypes.map((o) => num(o.head, div)).join(', ')}]`,
  ];
  if (!isNew) lines.push(`    line [${chart.opTypes.map((o) => num(o.base, div)).join(', ')}]`);
  lines.push('```');
  const out = [`<details><summary>Chart: ${label} per op type${isNew ? '' : ', base vs head'}</summary>`, '', ...lines, ''];
  if (chart.more > 0) out.push(`<sub>${chart.more} smaller op types not drawn.</sub>`, '');
  out.push('</details>', '');
  return out;
}
