/**
 * The TFLite side of `npm run fuzz -- --format tflite`: seed files (every fixture of
 * test/support/tflite-fixtures.ts), their mutations (structure-aware ones of
 * scripts/fuzz-tflite-struct.ts, byte-level ones of test/support/tflite-mutate.ts) and TFLite
 * resource bombs. scripts/fuzz.ts runs them through the same workers and limits as ONNX files.
 */
import { FIXTURES, sharedIfChain, whileModel } from '../test/support/tflite-fixtures.js';
import { mutate } from '../test/support/tflite-mutate.js';
import { TfliteBuilder } from '../test/support/tflite-writer.js';
import type { FormatFuzz } from './fuzz-format.js';
import { generatedWhile } from './fuzz-tflite-gen.js';
import { mutateTfliteStructure } from './fuzz-tflite-struct.js';

function tfliteSeeds(): { name: string; bytes: Uint8Array }[] {
  const seeds = Object.entries(FIXTURES).map(([name, make]) => ({ name: `${name}.tflite`, bytes: make().build() }));
  seeds.push(
    { name: 'while_limit_carried.tflite', bytes: whileModel({ limit: 7, step: 3, limitCarried: true }).build() },
    { name: 'shared_if_3.tflite', bytes: sharedIfChain(3, true).build() },
  );
  return seeds;
}

/** A CONV_2D whose stored activation shapes are 2^31 - 1 in every dim (2^124 elements). */
function hugeActivation(): Uint8Array {
  const m = new TfliteBuilder();
  const g = m.main;
  const big = 2 ** 31 - 1;
  const x = g.tensor({ name: 'x', shape: [big, big, big, big] });
  const w = g.tensor({ name: 'w', shape: [1, 1, 1, 1], data: 4 });
  const y = g.tensor({ name: 'y', shape: [big, big, big, 1] });
  g.op({ op: 'CONV_2D', inputs: [x, w, -1], outputs: [y], options: { table: 'Conv2DOptions', values: { padding: 'VALID', stride_w: 1, stride_h: 1 } } });
  g.inputs = [x];
  g.outputs = [y];
  return m.build();
}

function tfliteBombs(): { name: string; bytes: Uint8Array }[] {
  return [
    { name: 'WHILE of 2^31 - 1 trips (exact BigInt cost)', bytes: whileModel({ limit: 2 ** 31 - 1 }).build() },
    { name: 'IF chain 63 deep, both branches one shared subgraph (2^64 runs)', bytes: sharedIfChain(63, true).build() },
    { name: 'IF chain 10,000 deep', bytes: sharedIfChain(10_000, true).build() },
    { name: 'activations of 2^124 elements', bytes: hugeActivation() },
  ];
}

export const tfliteFuzz: FormatFuzz = {
  format: 'tflite',
  ext: '.tflite',
  seeds: tfliteSeeds,
  // One case in four is a generated WHILE model (scripts/fuzz-tflite-gen.ts), a third of those
  // mutated further; of the rest, three in four walk the flatbuffer (fuzz-tflite-struct.ts) and
  // the others flip bytes.
  mutate: (bytes, rnd) => {
    if (rnd() < 0.25) {
      const made = generatedWhile(rnd);
      return rnd() < 0.33 ? mutateTfliteStructure(made, rnd) ?? made : made;
    }
    return (rnd() < 0.75 ? mutateTfliteStructure(bytes, rnd) : undefined) ?? mutate(bytes, rnd);
  },
  bombs: tfliteBombs,
};
