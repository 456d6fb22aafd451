/**
 * Writes the bundled example models (examples/models/*.onnx): a small image classifier and a
 * slightly wider "head" version of it, so `model-budget` has a base/head pair to diff.
 *
 *   input 1x3x64x64 -> Conv(3->16, 3x3) Relu MaxPool(2) -> Conv(16->C, 3x3) Relu
 *                   -> Conv(C->64, 3x3, stride 2) Relu -> GlobalAveragePool Flatten Gemm(64->10)
 *
 * with C = 32 (base) or 40 (head). Weights are zero-filled raw_data (the files stay small) and
 * the bytes are deterministic. Hand-computed params and MACs: examples/README.md.
 *
 * Run: npm run examples
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GraphBuilder, attr, modelBytes } from '../test/support/onnx-writer.js';

interface ConvSpec {
  name: string;
  cin: number;
  cout: number;
  stride: number;
}

function smallCnn(midChannels: number): GraphBuilder {
  const g = new GraphBuilder('small_cnn');
  let h = g.input('input', 'float32', [1, 3, 64, 64]);

  const conv = (spec: ConvSpec, x: string): string => {
    const w = g.initializer(`${spec.name}.weight`, 'float32', [spec.cout, spec.cin, 3, 3]);
    const b = g.initializer(`${spec.name}.bias`, 'float32', [spec.cout]);
    const [y] = g.node('Conv', [x, w, b], [`/${spec.name}/Conv_output_0`], {
      dilations: [1, 1], group: 1, kernel_shape: [3, 3], pads: [1, 1, 1, 1], strides: [spec.stride, spec.stride],
    }, { name: `/${spec.name}/Conv` });
    const [r] = g.node('Relu', [y!], [`/${spec.name}_act/Relu_output_0`], {}, { name: `/${spec.name}_act/Relu` });
    return r!;
  };

  h = conv({ name: 'conv1', cin: 3, cout: 16, stride: 1 }, h);
  [h] = g.node('MaxPool', [h], ['/pool/MaxPool_output_0'], { kernel_shape: [2, 2], strides: [2, 2] }, { name: '/pool/MaxPool' });
  h = conv({ name: 'conv2', cin: 16, cout: midChannels, stride: 1 }, h!);
  h = conv({ name: 'conv3', cin: midChannels, cout: 64, stride: 2 }, h);
  [h] = g.node('GlobalAveragePool', [h], ['/gap/GlobalAveragePool_output_0'], {}, { name: '/gap/GlobalAveragePool' });
  [h] = g.node('Flatten', [h!], ['/flatten/Flatten_output_0'], { axis: 1 }, { name: '/flatten/Flatten' });
  const fcW = g.initializer('fc.weight', 'float32', [10, 64]);
  const fcB = g.initializer('fc.bias', 'float32', [10]);
  g.node('Gemm', [h!, fcW, fcB], ['logits'], { alpha: attr.float(1), beta: attr.float(1), transB: 1 }, { name: '/fc/Gemm' });
  g.output('logits', 'float32', [1, 10]);
  return g;
}

function main(): void {
  const outDir = fileURLToPath(new URL('../../examples/models/', import.meta.url));
  mkdirSync(outDir, { recursive: true });
  const models: Array<[string, number]> = [['small_cnn_base.onnx', 32], ['small_cnn_head.onnx', 40]];
  for (const [file, mid] of models) {
    const bytes = modelBytes(smallCnn(mid), { opset: 17, producerName: 'model-budget examples', producerVersion: '1' });
    writeFileSync(outDir + file, bytes);
    console.log(`wrote examples/models/${file} (${bytes.length} bytes)`);
  }
}

main();
