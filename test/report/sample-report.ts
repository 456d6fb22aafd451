/**
 * A fixed gate report covering every row kind (breach, warning, off, new, deleted, renamed,
 * unreadable, lower bound, unchanged) for the markdown tests.
 */
import { parseConfig } from '../../src/budget/config.js';
import { evaluateGate } from '../../src/budget/gate.js';
import type { GateReport } from '../../src/budget/types.js';
import { profile } from '../budget/fixtures.js';

export const SAMPLE_CONFIG = parseConfig(`version: 1
defaults: { level: error }
models:
  - name: detector
    path: models/detector/*.onnx
    budgets:
      params:      { max: 25M, max-increase: 2% }
      flops:       { max: 60G, max-increase: 5%, min-delta: 100M }
      memory:      { max: 400MB }
      peak-memory: { max: 120MiB, level: warning }
      file-size:   { max: 100MB, level: off }
  - name: classifier
    path: models/classifier/**
    budgets:
      params: { max: 5M }
ignore: ["models/legacy/**"]
`);

const BASE_TOTALS = { macs: 20e9, flops: 40.5e9, memoryBytes: 310e6, peakActivationBytes: 98e6 };

export function sampleReport(): GateReport {
  return evaluateGate({
    config: SAMPLE_CONFIG,
    models: [
      {
        path: 'models/detector/yolo_v8.onnx',
        status: 'modified',
        base: profile({
          params: 24_900_000,
          fileBytes: 99_650_000,
          totals: BASE_TOTALS,
          byOpType: [
            { opType: 'Conv', domain: '', count: 60, macs: 19.5e9, flops: 39e9, memoryBytes: 250e6 },
            { opType: 'Sigmoid', domain: '', count: 57, macs: 0, flops: 0.5e9, memoryBytes: 40e6 },
            { opType: 'Resize', domain: '', count: 2, macs: 0, flops: 0, memoryBytes: 20e6 },
          ],
          nodes: [
            { name: '/model.0/conv/Conv', opType: 'Conv', macs: 0.5e9, flops: 1e9, memoryBytes: 10e6 },
            { name: '/model.22/cv3/Conv', opType: 'Conv', macs: 1e9, flops: 2e9, memoryBytes: 12e6 },
            { name: '/model.10/Resize', opType: 'Resize', memoryBytes: 10e6 },
          ],
        }),
        head: profile({
          params: 25_600_000,
          fileBytes: 102_450_000,
          totals: { macs: 22e9, flops: 44.6e9, memoryBytes: 335e6, peakActivationBytes: 130e6 },
          byOpType: [
            { opType: 'Conv', domain: '', count: 62, macs: 21.5e9, flops: 43e9, memoryBytes: 270e6 },
            { opType: 'Sigmoid', domain: '', count: 59, macs: 0, flops: 0.6e9, memoryBytes: 45e6 },
            { opType: 'Resize', domain: '', count: 2, macs: 0, flops: 0, memoryBytes: 20e6 },
          ],
          nodes: [
            { name: '/model.0/conv/Conv', opType: 'Conv', macs: 0.5e9, flops: 1e9, memoryBytes: 10e6 },
            { name: '/model.22/cv3/Conv', opType: 'Conv', macs: 2e9, flops: 4e9, memoryBytes: 24e6 },
            { name: '/model.23/extra/Conv', opType: 'Conv', macs: 1e9, flops: 2e9, memoryBytes: 8e6 },
            { name: '/model.10/Resize', opType: 'Resize', memoryBytes: 10e6 },
          ],
        }),
      },
      {
        path: 'models/classifier/resnet18.onnx',
        status: 'added',
        head: profile({
          params: 11_689_512,
          fileBytes: 46_830_571,
          totals: { macs: 1_814_073_344, flops: 3_642_000_000, memoryBytes: 120e6, peakActivationBytes: 6_422_528, lowerBound: true, lowerBoundReasons: ['unknown op com.example::Fancy is not costed'] },
          unknownOps: [{ domain: 'com.example', opType: 'Fancy', count: 1 }],
          byOpType: [{ opType: 'Conv', domain: '', count: 20, macs: 1_800_000_000, flops: 3_600_000_000, memoryBytes: 100e6 }],
          nodes: [{ name: 'conv1', opType: 'Conv', macs: 118_013_952, flops: 236_027_904, memoryBytes: 3e6 }],
        }),
      },
      { path: 'models/classifier/broken.onnx', status: 'modified', base: profile({ params: 1_000 }), error: 'models/classifier/broken.onnx: not an ONNX model (protobuf: invalid wire type 7 at offset 12)' },
      { path: 'models/classifier/mobilenet_v3.onnx', previousPath: 'models/mobilenet.onnx', status: 'renamed', base: profile({ params: 2_542_856, fileBytes: 10_200_000 }), head: profile({ params: 2_542_856, fileBytes: 10_200_000 }) },
      { path: 'models/old/segmenter.onnx', status: 'deleted', base: profile({ params: 31_000_000, fileBytes: 124_100_000 }) },
      { path: 'models/other/unchanged.onnx', status: 'unchanged', base: profile({ params: 5 }), head: profile({ params: 5 }) },
      { path: 'models/legacy/v1.onnx', status: 'modified', base: profile({ params: 1 }), head: profile({ params: 2 }) },
    ],
  });
}
