/** Typed access to a node's attributes, with the errors an op needs to report bad files. */
import type { Attribute, Graph, Node, Tensor } from '../graph/ir.js';
import { OpError } from './types.js';
import type { AttrReader } from './types.js';

type Kind = Attribute['type'];

/** One per node that reads attributes: methods on a prototype, not a dozen closures per node. */
class NodeAttributes implements AttrReader {
  // Declared, then assigned in the constructor (see NodeContext in engine.ts: made per node).
  declare private readonly node: Node;

  constructor(node: Node) {
    this.node = node;
  }

  private get<K extends Kind>(name: string, kind: K): Extract<Attribute, { type: K }> | undefined {
    const attr = this.node.attributes.get(name);
    return attr ? (coerce(name, attr, kind) as Extract<Attribute, { type: K }>) : undefined;
  }

  has(name: string): boolean {
    return this.node.attributes.has(name);
  }

  int(name: string, def?: number): number {
    return required(name, this.get(name, 'int')?.value, def);
  }

  ints(name: string, def?: readonly number[]): readonly number[] {
    return required(name, this.get(name, 'ints')?.value, def);
  }

  float(name: string, def?: number): number {
    return required(name, this.get(name, 'float')?.value, def);
  }

  floats(name: string, def?: readonly number[]): readonly number[] {
    return required(name, this.get(name, 'floats')?.value, def);
  }

  string(name: string, def?: string): string {
    return required(name, this.get(name, 'string')?.value, def);
  }

  strings(name: string, def?: readonly string[]): readonly string[] {
    return required(name, this.get(name, 'strings')?.value, def);
  }

  tensor(name: string): Tensor | undefined {
    return this.get(name, 'tensor')?.value;
  }

  graph(name: string): Graph | undefined {
    return this.get(name, 'graph')?.value;
  }
}

function coerce(name: string, attr: Attribute, kind: Kind): Attribute {
  if (attr.type === kind) return attr;
  // ONNX files occasionally store a single int where ints is expected, or an int for a float.
  if (kind === 'ints' && attr.type === 'int') return { type: 'ints', value: [attr.value] };
  if (kind === 'floats' && attr.type === 'float') return { type: 'floats', value: [attr.value] };
  if (kind === 'float' && attr.type === 'int') return { type: 'float', value: attr.value };
  throw new OpError(`attribute '${name}' should be ${kind} but is ${attr.type}`);
}

function required<T>(name: string, value: T | undefined, def: T | undefined): T {
  if (value !== undefined) return value;
  if (def !== undefined) return def;
  throw new OpError(`required attribute '${name}' is missing`);
}

export function attrReader(node: Node): AttrReader {
  return new NodeAttributes(node);
}
