/**
 * The least any ONNX profiler written in JavaScript must do before it can count anything: walk
 * the protobuf of a model already in memory and build its nodes (op type, inputs, outputs,
 * attributes with their ints), the initializers' dims and the graph's value infos. No
 * validation, no subgraphs, no shapes, no costs, no result: a bound, not a reader.
 *
 * The bench (bench/peer.ts) times its first call in a fresh process, through the same code cache
 * as the engine, beside onnx-tool's whole profile: if this walk alone is not 10x faster than
 * onnx-tool cold, no profile built on it can be (issue 14's cold target).
 */

interface WalkNode { op: string; name: string; inputs: string[]; outputs: string[]; attributes: WalkAttribute[] }
interface WalkAttribute { name: string; i: number; f: number; ints: number[] }
interface WalkTensor { name: string; type: number; dims: number[] }
interface WalkValue { name: string; elemType: number; dims: Array<number | string> }
interface WalkGraph { nodes: WalkNode[]; initializers: WalkTensor[]; values: WalkValue[] }

export interface WalkSummary { nodes: number; opTypes: number; params: number }

export function minimalWalk(buf: Uint8Array): WalkSummary {
  const g = walkModel(buf);
  // As little per node as a census: the op histogram and each value's producer.
  const ops = new Map<string, number>();
  const producer = new Map<string, WalkNode>();
  for (const n of g.nodes) {
    ops.set(n.op, (ops.get(n.op) ?? 0) + 1);
    for (const o of n.outputs) producer.set(o, n);
  }
  let params = 0;
  for (const t of g.initializers) params += t.dims.reduce((a, d) => a * d, 1);
  return { nodes: g.nodes.length, opTypes: ops.size, params };
}

function walkModel(buf: Uint8Array): WalkGraph {
  const text = new TextDecoder();
  let pos = 0;
  const varint = (): number => {
    let b = buf[pos++]!;
    if (b < 128) return b;
    let r = b & 127;
    for (let s = 7; ; s += 7) {
      b = buf[pos++]!;
      r += (b & 127) * 2 ** s;
      if (b < 128) return r;
    }
  };
  const str = (end: number): string => {
    const s = text.decode(buf.subarray(pos, end));
    pos = end;
    return s;
  };
  const skip = (wireType: number): void => {
    if (wireType === 0) varint();
    else if (wireType === 1) pos += 8;
    else if (wireType === 2) {
      const n = varint();
      pos += n;
    }
    else if (wireType === 5) pos += 4;
    else throw new Error(`minimal walk: wire type ${wireType} at ${pos}`);
  };
  const attribute = (end: number): WalkAttribute => {
    const a: WalkAttribute = { name: '', i: 0, f: 0, ints: [] };
    while (pos < end) {
      const t = varint();
      const field = t >>> 3;
      const w = t & 7;
      if (field === 1 && w === 2) a.name = str(varint() + pos);
      else if (field === 3 && w === 0) a.i = varint();
      else if (field === 2 && w === 5) {
        a.f = new DataView(buf.buffer, buf.byteOffset + pos, 4).getFloat32(0, true);
        pos += 4;
      } else if (field === 8 && w === 0) a.ints.push(varint());
      else if (field === 8 && w === 2) for (const e = varint() + pos; pos < e;) a.ints.push(varint());
      else skip(w);
    }
    return a;
  };
  const node = (end: number): WalkNode => {
    const n: WalkNode = { op: '', name: '', inputs: [], outputs: [], attributes: [] };
    while (pos < end) {
      const t = varint();
      if ((t & 7) !== 2) {
        skip(t & 7);
        continue;
      }
      const e = varint() + pos;
      switch (t >>> 3) {
        case 1: n.inputs.push(str(e)); break;
        case 2: n.outputs.push(str(e)); break;
        case 3: n.name = str(e); break;
        case 4: n.op = str(e); break;
        case 5: n.attributes.push(attribute(e)); break;
        default: pos = e;
      }
    }
    return n;
  };
  const tensor = (end: number): WalkTensor => {
    const t: WalkTensor = { name: '', type: 0, dims: [] };
    while (pos < end) {
      const tag = varint();
      const field = tag >>> 3;
      const w = tag & 7;
      if (field === 1 && w === 0) t.dims.push(varint());
      else if (field === 1 && w === 2) for (const e = varint() + pos; pos < e;) t.dims.push(varint());
      else if (field === 2 && w === 0) t.type = varint();
      else if (field === 8 && w === 2) t.name = str(varint() + pos);
      else skip(w);
    }
    return t;
  };
  // Fields that hold one message: the message's end, or skip the field.
  const enter = (tag: number, field: number): number | null => (tag >>> 3 === field && (tag & 7) === 2 ? varint() + pos : (skip(tag & 7), null));
  const value = (end: number): WalkValue => {
    const v: WalkValue = { name: '', elemType: 0, dims: [] };
    while (pos < end) {
      const t = varint();
      if (t >>> 3 === 1 && (t & 7) === 2) {
        v.name = str(varint() + pos);
        continue;
      }
      const typeEnd = enter(t, 2);
      if (typeEnd === null) continue;
      while (pos < typeEnd) {
        const tensorEnd = enter(varint(), 1);
        if (tensorEnd === null) continue;
        while (pos < tensorEnd) {
          const t3 = varint();
          if (t3 >>> 3 === 1 && (t3 & 7) === 0) {
            v.elemType = varint();
            continue;
          }
          const shapeEnd = enter(t3, 2);
          if (shapeEnd === null) continue;
          while (pos < shapeEnd) {
            const dimEnd = enter(varint(), 1);
            if (dimEnd === null) continue;
            let d: number | string = -1;
            while (pos < dimEnd) {
              const t4 = varint();
              if (t4 >>> 3 === 1 && (t4 & 7) === 0) d = varint();
              else if (t4 >>> 3 === 2 && (t4 & 7) === 2) d = str(varint() + pos);
              else skip(t4 & 7);
            }
            v.dims.push(d);
          }
        }
      }
    }
    return v;
  };
  const g: WalkGraph = { nodes: [], initializers: [], values: [] };
  while (pos < buf.length) {
    const graphEnd = enter(varint(), 7);
    if (graphEnd === null) continue;
    while (pos < graphEnd) {
      const t = varint();
      if ((t & 7) !== 2) {
        skip(t & 7);
        continue;
      }
      const e = varint() + pos;
      switch (t >>> 3) {
        case 1: g.nodes.push(node(e)); break;
        case 5: g.initializers.push(tensor(e)); break;
        case 11: case 12: case 13: g.values.push(value(e)); break;
        default: pos = e;
      }
    }
  }
  return g;
}
