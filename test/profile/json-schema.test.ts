/**
 * The profile JSON must match schema/profile.schema.json. A small validator for the keywords the
 * schema uses (type, const, enum, required, properties, additionalProperties, items, oneOf, $ref,
 * minimum, exclusiveMinimum) keeps the test free of dependencies.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Attribute } from '../../src/graph/ir.js';
import { hardwarePreset } from '../../src/profile/hardware.js';
import { profileFile } from '../../src/profile/index.js';
import { profileModel } from '../../src/profile/profile.js';
import { profileWeights } from '../../src/profile/weights.js';
import { formats } from '../../src/formats/registry.js';
import { fixtureModelPath } from '../support/model-fixtures.js';
import { loopTripsBomb } from '../support/bombs.js';
import { engineResult, f32, graph, model, node } from './engine-fixture.js';

type Schema = { [k: string]: unknown };

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const schema = JSON.parse(readFileSync(resolve(root, 'schema/profile.schema.json'), 'utf8')) as Schema;

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** Problems found, as 'path: message' strings (empty when valid). */
function validate(value: unknown, s: Schema, path = '$'): string[] {
  if (typeof s.$ref === 'string') {
    const name = s.$ref.replace('#/$defs/', '');
    return validate(value, (schema.$defs as Record<string, Schema>)[name]!, path);
  }
  const errors: string[] = [];
  const t = typeOf(value);
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? s.type as string[] : [s.type as string];
    const ok = types.some((x) => x === t || (x === 'number' && t === 'integer'));
    if (!ok) return [`${path}: expected ${types.join('|')}, got ${t}`];
  }
  if ('const' in s && value !== s.const) errors.push(`${path}: expected ${JSON.stringify(s.const)}`);
  if (Array.isArray(s.enum) && !s.enum.includes(value)) errors.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if (typeof value === 'number') {
    if (typeof s.minimum === 'number' && value < s.minimum) errors.push(`${path}: below minimum`);
    if (typeof s.exclusiveMinimum === 'number' && value <= s.exclusiveMinimum) errors.push(`${path}: not above exclusiveMinimum`);
  }
  if (Array.isArray(s.oneOf)) {
    const matches = (s.oneOf as Schema[]).filter((alt) => validate(value, alt, path).length === 0).length;
    if (matches !== 1) errors.push(`${path}: matches ${matches} of oneOf`);
  }
  if (t === 'object') {
    const obj = value as Record<string, unknown>;
    for (const k of (s.required as string[] | undefined) ?? []) if (!(k in obj)) errors.push(`${path}: missing ${k}`);
    const props = (s.properties as Record<string, Schema> | undefined) ?? {};
    for (const [k, v] of Object.entries(obj)) {
      if (props[k]) errors.push(...validate(v, props[k]!, `${path}.${k}`));
      else if (s.additionalProperties === false) errors.push(`${path}: unexpected property ${k}`);
      else if (typeof s.additionalProperties === 'object') errors.push(...validate(v, s.additionalProperties as Schema, `${path}.${k}`));
    }
  }
  if (t === 'array' && s.items) (value as unknown[]).forEach((v, i) => errors.push(...validate(v, s.items as Schema, `${path}[${i}]`)));
  return errors;
}

const body = graph('body', [node('Relu', ['h'], ['h1'], 'b_relu')], ['i', 'c', 'h'], ['c', 'h1']);
const loopAttrs = new Map<string, Attribute>([['body', { type: 'graph', value: body }]]);
const g = graph('main', [node('Conv', ['x', 'W'], ['c'], 'conv'), node('Loop', ['n', '', 'c'], ['y'], 'loop', loopAttrs), node('', ['y'], ['z'], '')], ['x'], ['z']);

function sampleProfile(withHardware: boolean) {
  const engine = engineResult({
    inputs: { x: f32(1, 3, 8, 8) },
    constants: { W: f32(4, 3, 3, 3) },
    outputs: ['z'],
    unknownOps: [{ domain: '', opType: '', count: 1 }],
    lowerBoundReasons: ['unknown op'],
    warnings: ['w'],
    nodes: [
      { node: g.nodes[0]!, outputs: [f32(1, 4, 6, 6)], cost: { macs: 3888, flops: 7920, bytes: 1872 }, params: 108, frees: ['x'] },
      { node: g.nodes[1]!, outputs: [f32(1, 4, 6, 6)], cost: { flops: 144, bytes: 1152 }, frees: ['c'] },
      { node: body.nodes[0]!, outputs: [{ dtype: 'float32', shape: ['b', 4] }], scope: 'loop/body', inTotals: false, parent: 1, status: 'unresolved', note: "dimension 'b' is not resolved" },
      { node: g.nodes[2]!, outputs: [{ dtype: undefined, shape: undefined }], status: 'unknown-op', frees: ['y'] },
    ],
  });
  return profileModel(model(g), engine, {
    total: 108, bytes: 432, byDtype: { float32: { elements: 108, bytes: 432 } }, nonWeight: { elements: 0, bytes: 0 },
  }, { path: 'sample.onnx', ...(withHardware ? { hardware: hardwarePreset('t4')! } : {}) });
}

describe('schema/profile.schema.json', () => {
  test('a full profile (totals, nodes, roofline, unknown ops) validates', () => {
    const json = JSON.parse(JSON.stringify(sampleProfile(true)));
    assert.deepEqual(validate(json, schema), []);
    assert.ok(json.roofline && json.nodes && json.totals);
  });

  test('a structure-only profile validates', () => {
    const json = JSON.parse(JSON.stringify(profileModel(model(g), undefined, {
      total: 0, bytes: 0, byDtype: {}, nonWeight: { elements: 0, bytes: 0 },
    }, { path: 'x.onnx' })));
    assert.deepEqual(validate(json, schema), []);
  });

  test('real profiles validate: control flow (Loop, If) and symbolic dims left unbound', async () => {
    const loop = await profileFile(fixtureModelPath('scripted_loop'), { inputs: { x: [1, 10, 64] }, hardware: 'rpi5' });
    assert.deepEqual(validate(JSON.parse(JSON.stringify(loop)), schema), []);
    assert.ok(loop.nodes?.some((n) => n.scope !== ''), 'body nodes listed');
    // No binding for batch/seq: dims stay symbolic, totals become a lower bound; still valid.
    const gpt = await profileFile(fixtureModelPath('tiny_gpt_dyn'));
    assert.deepEqual(validate(JSON.parse(JSON.stringify(gpt)), schema), []);
    // Formulas of the free dim: polynomial entries; the strided-conv kind is covered by formula.test.
    const withFormulas = await profileFile(fixtureModelPath('tiny_gpt_dyn'), { dims: { batch: 1 }, formulas: true, perNode: false });
    assert.ok(withFormulas.formulas?.metrics.macs?.polynomial, 'a MACs formula');
    assert.deepEqual(validate(JSON.parse(JSON.stringify(withFormulas)), schema), []);
  });

  test('a profile with counts beyond 2^53 validates: numbers stay numbers, exact strings beside them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mb-schema-'));
    try {
      const path = join(dir, 'loop.onnx');
      // 1001 FLOPs x (10^15 + 1) trips = 1,001,000,000,000,001,001 FLOPs: beyond 2^53.
      writeFileSync(path, loopTripsBomb(10n ** 15n + 1n, 1001));
      const json = JSON.parse(JSON.stringify(await profileFile(path)));
      assert.deepEqual(validate(json, schema), []);
      assert.equal(json.totals.exact.flops, '1001000000000001001');
      assert.equal(typeof json.totals.flops, 'number');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a weights-only profile validates: totals null, unavailable with its reason, weights summary', () => {
    const p = profileWeights({
      tensors: [
        { name: 'a.w', dtype: 'bfloat16', dims: [2, 3], elements: 6, bytes: 12, role: 'param' },
        { name: 'a.m', dtype: 'float32', dims: [2], elements: 2, bytes: 8, role: 'buffer' },
        { name: 'opt.a.w', dtype: 'float32', dims: [2, 3], elements: 6, bytes: 24, role: 'optimizer' },
      ],
      metadata: new Map([['k', 'v']]), warnings: [], sideFiles: [],
      decoder: {
        architecture: 'mixtral', hiddenSize: 8, layers: 2, heads: 2, kvHeads: 1, headDim: 4, intermediateSize: 16,
        gatedMlp: true, vocabSize: 32, tiedEmbeddings: false, experts: 4, expertsPerToken: 2,
      },
    }, { path: 'w.safetensors', format: 'safetensors', formatLabel: 'safetensors', formatVersion: '', fileBytes: 100, sideFileBytes: 0 });
    const json = JSON.parse(JSON.stringify(p));
    assert.deepEqual(validate(json, schema), []);
    assert.equal(json.totals, null);
    assert.ok(json.weights.llm.moe, 'LLM figures with MoE params validate too');
  });

  test('a Keras profile validates: a graph with the weights summary beside it', async () => {
    const p = await profileFile(join(root, 'test', 'fixtures', 'keras', 'small_cnn.keras'));
    assert.ok(p.totals && p.weights, 'totals and weights');
    assert.deepEqual(validate(JSON.parse(JSON.stringify(p)), schema), []);
  });

  test('every registered format name is one the schema allows', () => {
    const allowed = ((schema.properties as Schema).model as { properties: { format: { enum: string[] } } }).properties.format.enum;
    for (const f of formats()) assert.ok(allowed.includes(f.name), f.name);
  });

  test('the validator catches what the schema forbids', () => {
    const json = JSON.parse(JSON.stringify(sampleProfile(false)));
    json.totals.macs = -1;
    json.extra = true;
    json.nodes[0].status = 'fine';
    delete json.params.total;
    const errors = validate(json, schema);
    assert.ok(errors.includes('$.totals.macs: below minimum'), errors.join('\n'));
    assert.ok(errors.includes('$: unexpected property extra'));
    assert.ok(errors.includes('$.nodes[0].status: "fine" not in enum'));
    assert.ok(errors.includes('$.params: missing total'));
  });
});
