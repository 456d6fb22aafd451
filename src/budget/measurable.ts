/**
 * Budgets the matched models' format cannot measure (a MACs budget on `*.safetensors`): found
 * when the config is read, from the file extension its glob names, and reported as a warning
 * naming the model entry and the metric, so that such a budget never passes silently.
 */
import { formatForPath } from '../formats/registry.js';
import type { GateConfig, MetricName } from './types.js';
import { METRIC_LABELS } from './units.js';

/** Metrics that need a graph (what `ProfileResult.unavailable` lists for weights-only files). */
const GRAPH_METRICS: readonly MetricName[] = ['macs', 'flops', 'memory', 'peak-memory'];

/** The format a glob's last segment names by a literal extension (`*.pt`, `model.gguf`), if any. */
function formatOfGlob(glob: string): ReturnType<typeof formatForPath> {
  const last = glob.slice(glob.lastIndexOf('/') + 1);
  // A pattern in the extension itself (`*.{pt,onnx}`, `*.p?`) may match several formats.
  const ext = last.slice(last.indexOf('.'));
  if (!last.includes('.') || /[*?[\]{}]/.test(ext)) return null;
  return formatForPath(last);
}

export function unmeasurableBudgets(config: GateConfig | null): string[] {
  const out: string[] = [];
  for (const entry of config?.models ?? []) {
    const format = formatOfGlob(entry.path);
    if (!format || format.kind !== 'weights') continue;
    const metrics = GRAPH_METRICS.filter((m) => entry.budgets[m] !== undefined && entry.budgets[m]!.level !== 'off');
    if (metrics.length === 0) continue;
    out.push(`${config!.file}:${entry.line}: model '${entry.name}' (${entry.path}): ${format.label} files store weights only, so budgets on ${metrics.map((m) => METRIC_LABELS[m]).join(', ')} cannot be checked (they are reported as n/a)`);
  }
  return out;
}
