/** How the registry recognises a frozen GraphDef (protobuf has no magic) without loading the reader. */

/** A varint from `head` at `at`: its value and the position after it, or null when cut or too long. */
function headVarint(head: Uint8Array, at: number): { value: number; next: number } | null {
  let value = 0;
  for (let i = 0; i < 4 && at + i < head.length; i++) {
    const b = head[at + i]!;
    value += (b & 0x7f) * 2 ** (7 * i);
    if (b < 0x80) return { value, next: at + i + 1 };
  }
  return null;
}

/** Characters TensorFlow allows in node names (`[A-Za-z0-9.][A-Za-z0-9_>./-]*`) and op names. */
const NODE_NAME_START = /^[A-Za-z0-9.]$/;
const NODE_NAME_CHAR = /^[A-Za-z0-9_>./-]$/;
const OP_NAME_START = /^[A-Za-z_]$/;
const OP_NAME_CHAR = /^[A-Za-z0-9_]$/;

function nameFits(head: Uint8Array, from: number, length: number, start: RegExp, rest: RegExp): boolean {
  for (let i = 0; i < length && from + i < head.length; i++) {
    if (!(i === 0 ? start : rest).test(String.fromCharCode(head[from + i]!))) return false;
  }
  return true;
}

/**
 * A frozen GraphDef's first bytes (protobuf has no magic): writers put the nodes first, and a
 * node starts with its name then its op, so the head reads `0a <len> 0a <n> <node name> 12 <m>
 * <op name>` with TensorFlow's name characters; as far as the head goes, every byte must fit.
 */
export function looksLikeGraphDef(head: Uint8Array): boolean {
  if (head[0] !== 0x0a) return false;
  const node = headVarint(head, 1);
  if (!node || node.value < 4 || head[node.next] !== 0x0a) return false;
  const name = headVarint(head, node.next + 1);
  if (!name || name.value < 1 || name.value + 2 > node.value) return false;
  if (!nameFits(head, name.next, name.value, NODE_NAME_START, NODE_NAME_CHAR)) return false;
  const opTag = name.next + name.value;
  if (opTag >= head.length) return name.next < head.length;
  if (head[opTag] !== 0x12) return false;
  const op = headVarint(head, opTag + 1);
  if (op === null) return opTag + 1 >= head.length;
  return op.value >= 1 && op.value <= 128 && nameFits(head, op.next, op.value, OP_NAME_START, OP_NAME_CHAR);
}
