/**
 * How a node, an op type and a shape are written wherever they are shown (the comment, the CLI's
 * text and profile tables, the chart), so that one model reads the same everywhere. Unescaped:
 * each renderer escapes for its medium.
 */
import type { NodeChange } from './types.js';

/**
 * `scope/name`, or the name alone in the main graph (scope ''). PyTorch exports name nodes
 * `/layers.0/Conv`, already starting with `/`: inside `Loop_0/body` that is
 * `Loop_0/body/layers.0/Conv`, never `Loop_0/body//layers.0/Conv`.
 */
export function nodePath(scope: string, name: string): string {
  if (!scope) return name;
  return name.startsWith('/') ? `${scope}${name}` : `${scope}/${name}`;
}

/**
 * `Conv` in the default ONNX domain ('' or `ai.onnx`), else `domain::opType` (`com.microsoft::
 * FusedConv`, `tflite::CONV_2D`), the form the engine's own messages use.
 */
export function opLabel(opType: string, domain: string): string {
  return domain && domain !== 'ai.onnx' ? `${domain}::${opType}` : opType;
}

// Written in profile/ (whose input-shape lines use it too), which may not import from budget/.
export { shapeLabel } from '../profile/shape-label.js';

/**
 * A why-section node's change, and for a matched node what it was: `changed: 1x64 → 1x128, was
 * /layers.3/fc`. `quote` is the renderer's escaping of a name or shape (at most `maxLength`).
 */
export function changeText(n: NodeChange, arrow: string, quote: (text: string, maxLength?: number) => string): string {
  if (n.change !== 'changed') return n.change;
  const parts: string[] = [];
  if (n.baseShape !== undefined && n.headShape !== undefined) parts.push(`${quote(n.baseShape, 60)} ${arrow} ${quote(n.headShape, 60)}`);
  if (n.baseName !== undefined) parts.push(`was ${quote(n.baseName)}`);
  return parts.length > 0 ? `changed: ${parts.join(', ')}` : 'changed';
}

