/**
 * The config's operating points, `at` and latency budgets (issue 15), read with config.ts's
 * reader so every problem is the same one-line `file:line: key: what is wrong`:
 *   points: { short: { seq: 128 }, long: { seq: 4096, batch: 8, idx: [8, 4096] } }
 *   budgets: { flops: { max: 2G, at: long }, latency: { max: 8ms, hardware: [pixel-8-cpu] } }
 * A point binds dims (a number) or input shapes (a list); whether a bound name is a dim or an
 * input of the model is checked against the model when the gate profiles it (the config alone
 * cannot know the model's inputs).
 */
import { isMap, isSeq } from 'yaml';
import type { Node as YamlNode, Pair } from 'yaml';
import { setEntry } from '../graph/name-table.js';
import { HARDWARE_PRESETS, hardwarePreset } from '../profile/hardware.js';
import type { HardwareSpec } from '../profile/hardware.js';
import { formatDuration } from './duration.js';
import { parseBandwidth, parseDuration, parseFlops, UnitError } from './units.js';
import type { InputDim, OperatingPoint } from './types.js';

type Located = YamlNode | Pair | null | undefined;
type Fields = Map<string, { pair: Pair; value: YamlNode | null }>;

/** What config.ts's Reader offers (structural, so this module does not import config.ts). */
export interface ConfigReaderLike {
  readonly file: string;
  fail(at: Located, key: string, detail: string): never;
  map(node: YamlNode | null, key: string, allowed: readonly string[] | null, at: Located): Fields;
  seq(node: YamlNode | null, key: string, at: Located): YamlNode[];
  scalar(node: YamlNode | null, key: string, at: Located): string | number | boolean | null;
  text(node: YamlNode | null, key: string, at: Located): string;
  lineOf(node: Located): number;
  join(parent: string, child: string): string;
  show(v: unknown): string;
}

const POINT_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const DIM_NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;
/** More points than this is a config mistake, not a use: each point profiles both sides again. */
export const MAX_POINTS = 16;
export const MAX_LATENCY_DEVICES = 16;

export class PointsReader {
  constructor(private readonly r: ConfigReaderLike) {}

  points(node: YamlNode | null, key: string, at: Located, file: string): OperatingPoint[] {
    const fields = this.r.map(node, key, null, at);
    if (fields.size === 0) this.r.fail(node ?? at, key, 'no points (name at least one, e.g. points: { short: { seq: 128 } }, or remove the key)');
    if (fields.size > MAX_POINTS) this.r.fail(node ?? at, key, `${fields.size} points; at most ${MAX_POINTS} (each is profiled on both sides)`);
    const out: OperatingPoint[] = [];
    for (const [name, { pair, value }] of fields) {
      const pk = this.r.join(key, name);
      if (!POINT_NAME.test(name) || name.length > 64) this.r.fail(pair, pk, 'a point name is a word of letters, digits, _ . - (at most 64 characters)');
      const binds = this.r.map(value, pk, null, pair);
      if (binds.size === 0) this.r.fail(value ?? pair, pk, 'binds nothing (give dims, e.g. { seq: 128 }, or input shapes, e.g. { idx: [1, 128] })');
      const dims: Record<string, number> = {};
      const inputs: Record<string, InputDim[]> = {};
      for (const [bound, { pair: bp, value: bv }] of binds) {
        const bk = this.r.join(pk, bound);
        if (!DIM_NAME.test(bound)) this.r.fail(bp, bk, 'not a dim or input name');
        if (isSeq(bv)) {
          const shape = this.r.seq(bv, bk, bp).map((item, i): InputDim => {
            const v = this.r.scalar(item, `${bk}[${i}]`, bp);
            if (typeof v === 'number' && Number.isInteger(v) && v >= 1) return v;
            if (typeof v === 'string' && DIM_NAME.test(v)) return v;
            return this.r.fail(item ?? bp, `${bk}[${i}]`, `${this.r.show(v)} is not a dimension (use a whole number >= 1 or a symbolic dim name)`);
          });
          setEntry(inputs, bound, shape);
        } else {
          const v = this.r.scalar(bv, bk, bp);
          if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
            this.r.fail(bv ?? bp, bk, `${this.r.show(v)} is not a dimension (use a whole number >= 1, or a list for an input shape)`);
          }
          setEntry(dims, bound, v);
        }
      }
      const line = this.r.lineOf(pair);
      out.push({ name, dims, inputs, line, where: `${file}:${line}: ${pk}` });
    }
    return out;
  }

  /** `at: long` or `at: [short, long]`: names of the entry's points. */
  at(node: YamlNode | null, key: string, pair: Located, points: readonly OperatingPoint[]): string[] {
    if (points.length === 0) this.r.fail(node ?? pair, key, "this model has no points (add points: { name: { dim: N } } to the entry, before 'budgets')");
    const items = isSeq(node) ? this.r.seq(node, key, pair) : [node];
    if (items.length === 0) this.r.fail(node ?? pair, key, 'names no point');
    const names = points.map((p) => p.name);
    return items.map((item, i) => {
      const k = isSeq(node) ? `${key}[${i}]` : key;
      const name = this.r.text(item, k, pair);
      if (!names.includes(name)) this.r.fail(item ?? pair, k, `${this.r.show(name)} is not a point of this model (points: ${names.join(', ')})`);
      return name;
    });
  }
}

/** `max: 8ms` -> seconds and the text shown in the report. */
export function readDuration(r: ConfigReaderLike, node: YamlNode | null, key: string, at: Located): { value: number; text: string } {
  const v = r.scalar(node, key, at);
  try {
    const value = parseDuration(typeof v === 'string' ? v : String(v));
    return { value, text: formatDuration(value, { trim: true }) };
  } catch (e) {
    if (e instanceof UnitError) r.fail(node ?? at, key, e.message);
    throw e;
  }
}

/** `hardware: [jetson-orin-nano, { name: my-npu, peak-flops: 1.2T, bandwidth: 25GB/s }]` (or one item). */
export function readLatencyHardware(r: ConfigReaderLike, node: YamlNode | null, key: string, at: Located): HardwareSpec[] {
  const isList = isSeq(node);
  const items = isList ? r.seq(node, key, at) : [node];
  if (items.length === 0) r.fail(node ?? at, key, 'names no device');
  if (items.length > MAX_LATENCY_DEVICES) r.fail(node ?? at, key, `${items.length} devices; at most ${MAX_LATENCY_DEVICES}`);
  const seen = new Set<string>();
  return items.map((item, i) => {
    const k = isList ? `${key}[${i}]` : key;
    const spec = isMap(item) ? customHardware(r, item, k, at) : preset(r, item, k, at);
    if (seen.has(spec.id)) r.fail(item ?? at, k, `${r.show(spec.id)} is listed twice`);
    seen.add(spec.id);
    return spec;
  });
}

function preset(r: ConfigReaderLike, node: YamlNode | null, key: string, at: Located): HardwareSpec {
  const id = r.text(node, key, at);
  const found = hardwarePreset(id);
  if (!found) r.fail(node ?? at, key, `${r.show(id)} is not a hardware preset (known: ${HARDWARE_PRESETS.map((h) => h.id).join(', ')}; or give { peak-flops: 1.2T, bandwidth: 25GB/s })`);
  return found;
}

function customHardware(r: ConfigReaderLike, node: YamlNode | null, key: string, at: Located): HardwareSpec {
  const fields = r.map(node, key, ['name', 'peak-flops', 'bandwidth'], at);
  const read = (name: 'peak-flops' | 'bandwidth'): number => {
    const f = fields.get(name);
    if (!f) r.fail(node ?? at, key, `a custom device needs peak-flops and bandwidth (missing ${name})`);
    const v = r.scalar(f.value, r.join(key, name), f.pair);
    try {
      const text = typeof v === 'number' ? v : String(v);
      return name === 'peak-flops' ? parseFlops(text) : parseBandwidth(text);
    } catch (e) {
      if (e instanceof UnitError) r.fail(f.value ?? f.pair, r.join(key, name), e.message);
      throw e;
    }
  };
  const peakFlops = read('peak-flops');
  const bandwidth = read('bandwidth');
  const nameField = fields.get('name');
  const name = nameField ? r.text(nameField.value, r.join(key, 'name'), nameField.pair) : null;
  if (name !== null && !/^[A-Za-z0-9_.+-]{1,64}$/.test(name)) r.fail(nameField!.pair, r.join(key, 'name'), 'a device name is a word of letters, digits, _ . + - (at most 64 characters)');
  return {
    id: name ?? `custom-${peakFlops}-${bandwidth}`,
    name: name ?? 'custom device',
    kind: 'custom',
    precision: 'custom',
    peakFlops,
    bandwidth,
    source: 'user-supplied',
  };
}
