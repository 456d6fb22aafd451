/** One registry of op definitions keyed by (domain, op type, since-version). */
import { compareCodeUnits } from '../graph/order.js';
import { normalizeDomain } from '../graph/ir.js';
import type { OpDef } from '../shapes/types.js';


export class OpRegistry {
  private readonly byKey = new Map<string, OpDef[]>();

  constructor(defs: Iterable<OpDef> = []) {
    this.add(defs);
  }

  /** Registers more definitions (ops/load.ts adds each op family when a model first needs it). */
  add(defs: Iterable<OpDef>): void {
    for (const def of defs) {
      const key = `${normalizeDomain(def.domain)}::${def.opType}`;
      const list = this.byKey.get(key) ?? [];
      if (list.some((d) => d.since === def.since)) {
        throw new Error(`op ${key} registered twice for since-version ${def.since}`);
      }
      list.push(def);
      list.sort((a, b) => a.since - b.since);
      this.byKey.set(key, list);
    }
  }

  /** The definition in force at `opset` for the domain: the latest whose since-version <= opset. */
  lookup(domain: string, opType: string, opset: number): OpDef | undefined {
    const list = this.byKey.get(`${normalizeDomain(domain)}::${opType}`);
    if (!list) return undefined;
    let found: OpDef | undefined;
    for (const def of list) if (def.since <= opset) found = def;
    // A model may declare an opset lower than our first entry (e.g. opset 6 files): use the oldest.
    return found ?? list[0];
  }

  has(domain: string, opType: string): boolean {
    return this.byKey.has(`${normalizeDomain(domain)}::${opType}`);
  }

  /** Every definition, sorted by domain, op type, since-version (for docs generation). */
  all(): OpDef[] {
    return [...this.byKey.values()].flat().sort((a, b) =>
      compareCodeUnits(a.domain, b.domain) || compareCodeUnits(a.opType, b.opType) || a.since - b.since);
  }
}
