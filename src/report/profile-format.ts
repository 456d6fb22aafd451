/**
 * Renders one ProfileResult for `model-budget profile` as a terminal table, markdown, CSV or JSON.
 * Pure: returns text. Metrics absent from the profile are shown as absent, never as zero.
 */
import { formatDuration } from '../budget/duration.js';
import { shapeLabel, opLabel } from '../budget/labels.js';
import { markdownTable } from 'markdown-table';
import { formatBytes, formatCount } from '../budget/units.js';
import { formatByName } from '../formats/registry.js';
import { boundMetrics, costsLowerBound, peakLowerBound } from '../profile/types.js';
import type { CostMetric, ProfileResult, ValueSummary } from '../profile/types.js';
import { inputShapes, unboundDims } from '../profile/unbound-dims.js';
import type { UnboundDim } from '../profile/unbound-dims.js';
import { compareCodeUnits } from '../graph/order.js';
import { formulaLines } from './formula-format.js';
import { escapeCsvField, escapeMarkdown, escapeText, jsonForLog } from './escape.js';
import { costly, nodeTable, opTypeTable, shapeText } from './profile-tables.js';
import type { CostTable } from './profile-tables.js';

export type ProfileFormat = 'table' | 'json' | 'md' | 'csv';
export const PROFILE_FORMATS: readonly ProfileFormat[] = ['table', 'json', 'md', 'csv'];

export interface ProfileView {
  readonly format: ProfileFormat;
  /** Show the per-node table. */
  readonly perNode?: boolean;
  /** Show the per-op-type table. */
  readonly byOpType?: boolean;
  /** Limit per-node / per-op-type rows to the N costliest by FLOPs (then memory access). */
  readonly top?: number;
  /** What the profile was run with (`--dim`, `--input`): the symbolic dims outside it were defaulted to 1. */
  readonly bound?: {
    readonly dims: Readonly<Record<string, number>>;
    readonly inputs: Readonly<Record<string, readonly number[]>>;
  };
}

/** Stored dims, with the value each symbolic dim was bound to: `[batch=1, seq=128]`. */
function valueText(v: ValueSummary): string {
  const bound = v.boundShape;
  const dims = v.shape?.map((d, i) => {
    const b = bound?.[i];
    if (typeof d === 'string' && b !== undefined && b !== null && b !== d) return `${d}=${b}`;
    return d === null ? (b === undefined || b === null ? '?' : String(b)) : String(d);
  });
  return `${v.name}: ${v.dtype ?? '?'} ${dims ? `[${dims.join(', ')}]` : '[?]'}`;
}

/**
 * Prefix totals that are lower bounds with "≥" so nobody reads them as exact: each as the
 * profile's `lowerBoundMetrics` says (costsLowerBound, peakLowerBound).
 */
function bound(lowerBound: boolean, text: string): string {
  return lowerBound ? `≥ ${text}` : text;
}

/** Labels of the cost metrics a format may be unable to measure. */
const COST_LABELS: Readonly<Record<CostMetric, string>> = {
  macs: 'MACs', flops: 'FLOPs', memory: 'memory access', 'peak-memory': 'peak activations', latency: 'latency',
};

/** Top-level modules shown in the summary (the JSON has them all). */
const TOP_MODULES = 10;

interface Line {
  readonly label: string;
  readonly value: string;
}

function summaryLines(p: ProfileResult): Line[] {
  const lines: Line[] = [];
  const dtypes = Object.entries(p.params.byDtype)
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .map(([dtype, s]) => `${dtype} ${formatCount(s.elements)}`)
    .join(', ');
  lines.push({ label: 'params', value: `${formatCount(p.params.total)} (${formatBytes(p.params.bytes)}${dtypes ? `: ${dtypes}` : ''})` });
  if (p.params.nonWeight.elements > 0) {
    lines.push({ label: 'non-weight constants', value: `${formatCount(p.params.nonWeight.elements)} (${formatBytes(p.params.nonWeight.bytes)}; int/bool shapes, indices, masks)` });
  }
  const w = p.weights;
  if (w) {
    lines.push({ label: 'tensors', value: formatCount(w.tensors) });
    if (w.buffers.tensors > 0) lines.push({ label: 'buffers', value: `${formatCount(w.buffers.elements)} (${formatBytes(w.buffers.bytes)} in ${w.buffers.tensors} tensors; not params)` });
    if (w.optimizer.tensors > 0) lines.push({ label: 'optimizer state', value: `${formatCount(w.optimizer.elements)} (${formatBytes(w.optimizer.bytes)} in ${w.optimizer.tensors} tensors; not params)` });
    const top = w.modules.filter((m) => !m.name.includes('.')).slice(0, TOP_MODULES);
    if (top.length > 0) lines.push({ label: 'modules', value: top.map((m) => `${m.name} ${formatCount(m.params)}`).join(', ') });
    const llm = w.llm;
    if (llm) {
      lines.push({ label: 'LLM per token', value: `${formatCount(llm.macsPerToken)} MACs at context ${llm.context} (${llm.contextSource}); estimated from the decoder hyper-parameters` });
      lines.push({ label: 'KV cache', value: `${formatBytes(llm.kvCacheBytesPerToken)} per token, ${formatBytes(llm.kvCacheBytesAtContext)} at context ${llm.context} (${llm.kvCacheElementBytes}-byte elements)` });
      if (llm.moe) lines.push({ label: 'MoE params', value: `${formatCount(llm.moe.activeParams)} active of ${formatCount(llm.moe.totalParams)} total per token (experts ${formatCount(llm.moe.expertParams)}, from ${llm.moe.expertParamsFrom})` });
    }
  }
  if (p.unavailable) {
    for (const metric of p.unavailable.metrics) lines.push({ label: COST_LABELS[metric], value: 'n/a' });
    lines.push({ label: 'n/a because', value: p.unavailable.reason });
  }
  if (p.totals) {
    lines.push({ label: 'MACs', value: bound(costsLowerBound(p.totals), formatCount(p.totals.macs)) });
    lines.push({ label: 'FLOPs', value: bound(costsLowerBound(p.totals), formatCount(p.totals.flops)) });
    lines.push({ label: 'memory access', value: bound(costsLowerBound(p.totals), formatBytes(p.totals.memoryBytes)) });
    lines.push({ label: 'peak activations', value: bound(peakLowerBound(p.totals), formatBytes(p.totals.peakActivationBytes)) });
  }
  if (p.roofline) {
    const r = p.roofline;
    lines.push({
      label: `latency (${r.hardware})`,
      value: `${bound(costsLowerBound(p.totals), formatDuration(r.latencySeconds))} roofline estimate; ${r.arithmeticIntensity.toPrecision(3)} FLOPs/byte; ${r.computeBoundNodes} compute-bound, ${r.memoryBoundNodes} memory-bound nodes`,
    });
  }
  formulaLines(p.formulas ?? { dims: [], fixed: {}, metrics: {} }).forEach((value, i) => lines.push({ label: i === 0 ? 'formulas' : '', value }));
  lines.push({ label: 'file size', value: formatBytes(p.model.fileBytes) + (p.model.externalDataBytes ? ` + ${formatBytes(p.model.externalDataBytes)} in side files` : '') });
  return lines;
}

/** 'ONNX IR 8, opsets ai.onnx 13, from pytorch 2.1' / 'safetensors' / 'GGUF v3'. */
export function formatText(p: ProfileResult): string {
  const label = formatByName(p.model.format)?.label ?? p.model.format;
  const opsets = Object.entries(p.model.opsets).map(([d, v]) => `${d || 'ai.onnx'} ${v}`).join(', ');
  const graph = p.totals !== null && p.unavailable === undefined;
  return `${label}${p.model.formatVersion ? ` ${p.model.formatVersion}` : ''}${graph ? `, opsets ${opsets || 'none'}` : ''}${p.model.producer ? `, from ${p.model.producer}` : ''}`;
}

/** How to bind a dim the engine defaulted to 1, in CLI flags. */
function bindHint(p: ProfileResult, u: UnboundDim): string {
  if (u.dim !== null) return `${u.dim} of ${u.input}: pass --dim ${u.dim}=N`;
  const shape = p.inputs.find((v) => v.name === u.input)?.shape ?? [];
  return `dim ${u.index} of ${u.input}: pass --input ${u.input}=${shapeLabel(shape.map((d) => (typeof d === 'number' ? d : 'N')))}`;
}

/**
 * Inputs, outputs, shapes and defaulted dims the header lists before it counts the rest: a file
 * may declare thousands of inputs (a fuzzed Keras config had 3,334, 178 KB of terminal lines), and
 * the JSON output lists every one.
 */
export const MAX_HEADER_VALUES = 20;

/** What is left out of a list cut at MAX_HEADER_VALUES. */
function moreText(total: number): string {
  return `… ${total - MAX_HEADER_VALUES} more (the JSON output lists every one)`;
}

/** Lines of a list under one label, at most MAX_HEADER_VALUES of them and a count of the rest. */
function listLines<T>(label: string, items: readonly T[], text: (item: T) => string): Line[] {
  const lines = items.slice(0, MAX_HEADER_VALUES).map((item, i) => ({ label: i === 0 ? label : '', value: text(item) }));
  if (items.length > MAX_HEADER_VALUES) lines.push({ label: '', value: moreText(items.length) });
  return lines;
}

function headerLines(p: ProfileResult, view: ProfileView): Line[] {
  const shapes = inputShapes(p);
  // A structure-only profile ran no engine: nothing was measured, so nothing was defaulted.
  const defaulted = p.totals ? unboundDims(p, view.bound?.dims ?? {}, view.bound?.inputs ?? {}) : [];
  const measuredAt = shapes.length > MAX_HEADER_VALUES ? [...shapes.slice(0, MAX_HEADER_VALUES), moreText(shapes.length)] : shapes;
  return [
    { label: 'model', value: p.model.path },
    { label: 'format', value: formatText(p) },
    ...(shapes.length > 0 ? [{ label: 'measured at', value: measuredAt.join(', ') }] : []),
    ...listLines('defaulted to 1', defaulted, (u) => bindHint(p, u)),
    ...listLines('inputs', p.inputs, valueText),
    ...listLines('outputs', p.outputs, valueText),
  ];
}

function histogramText(p: ProfileResult): string {
  return Object.entries(p.opHistogram)
    .sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0]))
    .map(([op, n]) => `${op} ${n}`)
    .join(', ');
}

/** Columns padded to their widest cell, numbers right-aligned; rules under the header and above the total. */
function textTable(t: CostTable): string {
  const body = [...t.rows, ...(t.more ? [t.more] : [])].map((r) => r.map(plain));
  const total = t.total.map(plain);
  const header = t.columns.map((c) => c.header);
  const widths = header.map((h, i) => [...body, total].reduce((w, r) => Math.max(w, (r[i] ?? '').length), h.length));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (t.columns[i]!.numeric ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  const rule = line(widths.map((w) => '-'.repeat(w)));
  return [line(header), rule, ...body.map(line), rule, line(total)].join('\n');
}

function markdownCostTable(t: CostTable): string {
  // Numbers and the labels of the "more" and total rows are ours; names and shapes come from the model.
  const cells = (r: readonly string[], ours: boolean) => r.map((c, i) => (t.columns[i]!.numeric || (ours && i === 0) ? c : md(c)));
  const rows = [...t.rows.map((r) => cells(r, false)), ...(t.more ? [cells(t.more, true)] : [])];
  const total = cells(t.total, true).map((c, i) => (i === 0 ? `**${c}**` : c));
  return markdownTable([t.columns.map((c) => c.header), ...rows, total], { align: t.columns.map((c) => (c.numeric ? 'r' : 'l')) });
}

function notes(p: ProfileResult): string[] {
  const out: string[] = [];
  if (p.unknownOps.length > 0) {
    out.push(`unknown ops (not counted; totals are a lower bound): ${p.unknownOps.map((u) => `${opLabel(u.opType, u.domain)} x${u.count}`).join(', ')}`);
  }
  if (p.totals?.lowerBound) for (const r of p.totals.lowerBoundReasons) out.push(`lower bound: ${r}`);
  for (const w of p.warnings) out.push(`warning: ${w}`);
  return out;
}

/** Every line of the summary; a file without a graph has no op types to list. */
function allLines(p: ProfileResult, view: ProfileView): Line[] {
  return [...headerLines(p, view), ...summaryLines(p), ...(p.totals === null ? [] : [{ label: 'op types', value: histogramText(p) }])];
}

function renderTable(p: ProfileResult, view: ProfileView): string {
  const lines = allLines(p, view);
  // reduce, not Math.max(...): a model with 200k outputs has 200k lines, too many arguments.
  const width = lines.reduce((w, l) => Math.max(w, l.label.length), 0);
  const parts = [lines.map((l) => `${l.label.padEnd(width)}  ${plain(l.value)}`).join('\n')];
  const ops = view.byOpType ? opTypeTable(p, view.top) : null;
  if (ops) parts.push(textTable(ops));
  const nodes = view.perNode ? nodeTable(p, view.top) : null;
  if (nodes) parts.push(textTable(nodes));
  const n = notes(p);
  if (n.length) parts.push(n.map(plain).join('\n'));
  return parts.join('\n\n') + '\n';
}

/** What a model file controls (names, shapes, messages), escaped like the PR comment's, never cut. */
function md(text: string): string {
  return escapeMarkdown(text, Infinity);
}

/** The same for a terminal: no control characters, so a node name cannot send escape sequences. */
function plain(text: string): string {
  return escapeText(text, Infinity);
}

function renderMarkdown(p: ProfileResult, view: ProfileView): string {
  const rows = allLines(p, view).map((l) => [l.label, md(l.value)]);
  const parts = [`### model-budget profile: ${md(p.model.path)}`, markdownTable([['', 'value'], ...rows])];
  const ops = view.byOpType ? opTypeTable(p, view.top) : null;
  if (ops) parts.push(markdownCostTable(ops));
  const nodes = view.perNode ? nodeTable(p, view.top) : null;
  if (nodes) parts.push(markdownCostTable(nodes));
  const n = notes(p);
  if (n.length) parts.push(n.map((x) => `- ${md(x)}`).join('\n'));
  return parts.join('\n\n') + '\n';
}

function csv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return rows.map((r) => r.map(escapeCsvField).join(',')).join('\n') + '\n';
}

const CSV_COST_NAMES: Readonly<Record<CostMetric, string>> = {
  macs: 'macs', flops: 'flops', memory: 'memory_bytes', 'peak-memory': 'peak_activation_bytes', latency: 'latency_seconds',
};

/** CSV carries raw numbers (no unit formatting) so spreadsheets can sum them. */
function renderCsv(p: ProfileResult, view: ProfileView): string {
  if (view.perNode && p.nodes) {
    return csv([
      ['scope', 'node', 'op_type', 'domain', 'output_shapes', 'params', 'macs', 'flops', 'memory_bytes', 'status'],
      ...costly(p.nodes, view.top).map((n) => [n.scope, n.name, n.opType, n.domain, n.outputShapes.map(shapeText).join(' '), n.params, n.macs, n.flops, n.memoryBytes, n.status]),
    ]);
  }
  if (view.byOpType && p.byOpType) {
    return csv([
      ['op_type', 'domain', 'count', 'macs', 'flops', 'memory_bytes'],
      ...costly(p.byOpType, view.top).map((o) => [o.opType, o.domain, o.count, o.macs, o.flops, o.memoryBytes]),
    ]);
  }
  const rows: Array<[string, number | string]> = [
    ['params', p.params.total], ['param_bytes', p.params.bytes], ['file_bytes', p.model.fileBytes],
    ['external_data_bytes', p.model.externalDataBytes],
  ];
  if (p.weights) {
    rows.push(['tensors', p.weights.tensors], ['buffer_elements', p.weights.buffers.elements], ['optimizer_elements', p.weights.optimizer.elements]);
    const llm = p.weights.llm;
    if (llm) {
      rows.push(['llm_context', llm.context], ['llm_macs_per_token', llm.macsPerToken], ['kv_cache_bytes_per_token', llm.kvCacheBytesPerToken], ['kv_cache_bytes_at_context', llm.kvCacheBytesAtContext]);
      if (llm.moe) rows.push(['moe_total_params', llm.moe.totalParams], ['moe_active_params', llm.moe.activeParams]);
    }
  }
  if (p.unavailable) {
    for (const metric of p.unavailable.metrics) rows.push([CSV_COST_NAMES[metric], 'n/a']);
    rows.push(['unavailable_reason', p.unavailable.reason]);
  }
  if (p.totals) {
    rows.push(['macs', p.totals.macs], ['flops', p.totals.flops], ['memory_bytes', p.totals.memoryBytes],
      ['peak_activation_bytes', p.totals.peakActivationBytes], ['lower_bound', String(p.totals.lowerBound)]);
    // Which of them: a string tensor bounds the peak alone, and one flag cannot say so.
    if (p.totals.lowerBound) rows.push(['lower_bound_metrics', boundMetrics(p.totals).map((m) => CSV_COST_NAMES[m]).join(' ')]);
  }
  if (p.roofline) rows.push(['latency_seconds', p.roofline.latencySeconds], ['arithmetic_intensity', p.roofline.arithmeticIntensity]);
  return csv([['metric', 'value'], ...rows]);
}

export function renderProfile(p: ProfileResult, view: ProfileView): string {
  switch (view.format) {
    case 'json': {
      // The per-node table is large: JSON carries it only when asked for.
      const out = view.perNode ? p : { ...p, nodes: undefined };
      return jsonForLog(out);
    }
    case 'md': return renderMarkdown(p, view);
    case 'csv': return renderCsv(p, view);
    default: return renderTable(p, view);
  }
}
