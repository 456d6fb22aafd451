/**
 * What `npm run fuzz -- --format keras` found, each as a small input built here. Work that grew
 * with the square of a config's size is checked by counting lookups (never by timing a test):
 * the count is what made a 5,000-layer config take 29 s.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Json } from '../../src/formats/keras/config.js';
import { parseModel } from '../../src/formats/keras/config.js';
import { kerasToIr } from '../../src/formats/keras/to-ir.js';
import { IrGraphBuilder } from '../../src/formats/ir-builder.js';
import { registry } from '../../src/ops/index.js';
import { runEngine } from '../../src/shapes/engine.js';

const info = { formatVersion: '', producer: '', fileBytes: 1, metadata: new Map<string, string>() };

/** Calls of `has` on Maps and Sets while `run` runs. */
function countHas(run: () => void): number {
  let calls = 0;
  const mapHas = Map.prototype.has;
  const setHas = Set.prototype.has;
  Map.prototype.has = function has(this: Map<unknown, unknown>, k: unknown): boolean { calls++; return mapHas.call(this, k); };
  Set.prototype.has = function has(this: Set<unknown>, k: unknown): boolean { calls++; return setHas.call(this, k); };
  try {
    run();
  } finally {
    Map.prototype.has = mapHas;
    Set.prototype.has = setHas;
  }
  return calls;
}

describe('Keras configs that cost the square of their size (fuzz findings)', () => {
  test('names taken n times: each unique() call looks up a bounded number of names', () => {
    const b = new IrGraphBuilder();
    const names: string[] = [];
    const calls = countHas(() => { for (let i = 0; i < 2000; i++) names.push(b.unique('d')); });
    assert.deepEqual(names.slice(0, 3), ['d', 'd_1', 'd_2']);
    assert.equal(names[1999], 'd_1999');
    assert.equal(new Set(names).size, 2000);
    // Two lookups per call (the name, then its next free suffix), not the 2,000 * 2,001 / 2 =
    // 2,001,000 of trying every suffix from _1 again.
    assert.ok(calls <= 2 * 2000, `${calls} lookups`);
  });

  test('2,000 Dense layers all named "d" build a graph that costs every layer', () => {
    // Sequential: x [1, 4] -> 2,000 x Dense(4): each 4 * 4 = 16 MACs, 2,000 * 16 = 32,000.
    const layers: Json[] = [{ class_name: 'InputLayer', config: { name: 'x', batch_shape: [1, 4] } }];
    for (let i = 0; i < 2000; i++) layers.push({ class_name: 'Dense', config: { name: 'd', units: 4, use_bias: false } });
    const { model } = kerasToIr(parseModel({ class_name: 'Sequential', config: { name: 's', layers } }), info);
    const r = runEngine(model, (d, op, v) => registry.lookup(d, op, v));
    assert.equal(r.totals.macs, 32_000);
  });

  test('a Functional chain listed backwards is ordered with a bounded number of lookups per layer', () => {
    // l0 (input) <- l1 <- ... <- l2000, listed l2000 first: each layer is ready only after the
    // one listed after it. Retrying the whole list until no progress took n^2 / 2 = 2,000,000
    // lookups of produced tensors.
    const n = 2000;
    const layers: Json[] = [];
    for (let i = n; i >= 1; i--) layers.push({ class_name: 'Dense', name: `l${i}`, config: { name: `l${i}`, units: 2, use_bias: false }, inbound_nodes: [[[`l${i - 1}`, 0, 0, {}]]] });
    layers.push({ class_name: 'InputLayer', name: 'l0', config: { name: 'l0', batch_shape: [1, 2] }, inbound_nodes: [] });
    const config: Json = { class_name: 'Functional', config: { name: 'f', layers, input_layers: [['l0', 0, 0]], output_layers: [[`l${n}`, 0, 0]] } };
    const m = parseModel(config);
    let built: ReturnType<typeof kerasToIr> | undefined;
    const calls = countHas(() => { built = kerasToIr(m, info); });
    assert.ok(calls < 50 * n, `${calls} lookups for ${n} layers`);
    // Every layer in, in dependency order: 2 * 2 = 4 MACs each, 2,000 * 4 = 8,000.
    const r = runEngine(built!.model, (d, op, v) => registry.lookup(d, op, v));
    assert.equal(r.totals.macs, 8000);
  });
});
