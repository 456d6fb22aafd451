/** Typed access to a node's attributes, with the errors an op needs to report bad files. */
import type { Attribute, Graph, Node, Tensor } from '../graph/ir.js';
import { OpError } from './types.js';
import type { AttrReader } from './types.js';

type Kind = Attribute['type'];

export function attrReader(node: Node): AttrReader {
  const coerce = (name: string, attr: Attribute, kind: Kind): Attribute => {
    if (attr.type === kind) return attr;
    // ONNX files occasionally store a single int where ints is expected, or an int for a float.
    if (kind === 'ints' && attr.type === 'int') return { type: 'ints', value: [attr.value] };
    if (kind === 'floats' && attr.type === 'float') return { type: 'floats', value: [attr.value] };
    if (kind === 'float' && attr.type === 'int') return { type: 'float', value: attr.value };
    throw new OpError(`attribute '${name}' should be ${kind} but is ${attr.type}`);
  };
  const get = <K extends Kind>(name: string, kind: K): Extract<Attribute, { type: K }> | undefined => {
    const attr = node.attributes.get(name);
    return attr ? (coerce(name, attr, kind) as Extract<Attribute, { type: K }>) : undefined;
  };
  const required = <T>(name: string, value: T | undefined, def: T | undefined): T => {
    if (value !== undefined) return value;
    if (def !== undefined) return def;
    throw new OpError(`required attribute '${name}' is missing`);
  };
  return {
    has: (name) => node.attributes.has(name),
    int: (name, def) => required(name, get(name, 'int')?.value, def),
    ints: (name, def) => required(name, get(name, 'ints')?.value, def),
    float: (name, def) => required(name, get(name, 'float')?.value, def),
    floats: (name, def) => required(name, get(name, 'floats')?.value, def),
    string: (name, def) => required(name, get(name, 'string')?.value, def),
    strings: (name, def) => required(name, get(name, 'strings')?.value, def),
    tensor: (name): Tensor | undefined => get(name, 'tensor')?.value,
    graph: (name): Graph | undefined => get(name, 'graph')?.value,
  };
}
