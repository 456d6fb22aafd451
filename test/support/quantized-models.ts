/** Small quantized ONNX models the params tests share. */
import { GraphBuilder, modelBytes } from './onnx-writer.js';

/**
 * x [1,256] through two MatMuls whose weights are int16 [256,1024] and [1024,256] behind
 * DequantizeLinear (ONNX Runtime's QInt16 QDQ, opset 21), one float scale and one int16 zero point:
 * 2 x 262,144 + 1 + 1 = 524,290 params.
 */
export function int16QdqMatMuls(): Uint8Array {
  const g = new GraphBuilder('main');
  g.input('x', 'float32', [1, 256]);
  g.initializer('Wq', 'int16', [256, 1024]);
  g.initializer('W2q', 'int16', [1024, 256]);
  g.initializer('s', 'float32', [], { values: [0.01] });
  g.initializer('z', 'int16', [], { values: [0] });
  g.node('DequantizeLinear', ['Wq', 's', 'z'], ['W']);
  g.node('MatMul', ['x', 'W'], ['t']);
  g.node('DequantizeLinear', ['W2q', 's', 'z'], ['W2']);
  g.node('MatMul', ['t', 'W2'], ['y']);
  g.output('y', 'float32', null);
  return modelBytes(g, { opset: 21 });
}
