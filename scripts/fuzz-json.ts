/**
 * Structure-aware mutations of JSON text for the fuzzers (safetensors headers, the index files of
 * sharded sets): a value anywhere replaced by a hostile one (wrong types, huge, negative and
 * fractional numbers, long and odd strings, deep nesting), a member dropped or set twice (JSON
 * allows what a JS object cannot hold, so objects are kept as member lists), numbers nudged.
 */

/** Raw JSON text spliced in as it is (nesting too deep to build as values). */
class Raw {
  constructor(readonly text: string) {}
}
class Obj {
  constructor(readonly members: [string, Json][]) {}
}
export type Json = null | boolean | number | string | Raw | Obj | Json[];

export const int = (rnd: () => number, n: number): number => Math.floor(rnd() * n);
export const pick = <T>(rnd: () => number, items: readonly T[]): T => items[int(rnd, items.length)]!;

export function parseJson(text: string): Json {
  const from = (v: unknown): Json => {
    if (Array.isArray(v)) return v.map(from);
    if (v !== null && typeof v === 'object') return new Obj(Object.entries(v).map(([k, x]) => [k, from(x)]));
    return v as Json;
  };
  return from(JSON.parse(text));
}

export function stringifyJson(v: Json): string {
  if (v instanceof Raw) return v.text;
  if (v instanceof Obj) return `{${v.members.map(([k, x]) => `${JSON.stringify(k)}:${stringifyJson(x)}`).join(',')}}`;
  if (Array.isArray(v)) return `[${v.map(stringifyJson).join(',')}]`;
  // JSON has no Infinity: a number past double range is written as digits.
  if (typeof v === 'number' && !Number.isFinite(v)) return v > 0 ? '1e999' : '-1e999';
  return JSON.stringify(v);
}

export function objectMember(v: Json, key: string): Json | undefined {
  return v instanceof Obj ? v.members.find(([k]) => k === key)?.[1] : undefined;
}

export function setMember(v: Json, key: string, value: Json): void {
  if (!(v instanceof Obj)) return;
  const m = v.members.find(([k]) => k === key);
  if (m) m[1] = value;
  else v.members.push([key, value]);
}

export function newObject(members: [string, Json][] = []): Json {
  return new Obj(members);
}

/** Values that break readers that trust a JSON file's types and ranges. */
export function hostileValue(rnd: () => number): Json {
  const depth = 1 + int(rnd, 200_000);
  const values: Array<() => Json> = [
    () => null, () => true, () => 0, () => -1, () => 1.5, () => -0.5, () => 2 ** 53, () => 2 ** 64, () => 1e308, () => Infinity,
    () => Number.MAX_SAFE_INTEGER, () => 2 ** 31, () => 2 ** 32 - 1,
    () => '', () => 'x'.repeat(1 + int(rnd, 100_000)), () => '../outside', () => '/etc/passwd', () => 'a\u0000b', () => '\u202e\u001b[31m',
    () => [], () => newObject(), () => [2 ** 62], () => [-1], () => [1.5], () => [0], () => Array.from({ length: 1 + int(rnd, 2000) }, () => 1),
    // Number text JSON.parse rounds or overflows: 2^53 + 1, 2^64 - 1, 2^64, -0, an underflow, 1e2 as an integer.
    () => new Raw(pick(rnd, ['9007199254740993', '18446744073709551615', '18446744073709551616', '-0', '1e-400', '1E2', '4294967296', '2147483648', '-9223372036854775809'])),
    () => new Raw(`[0,${pick(rnd, ['9007199254740993', '18446744073709551615', '1e999', '4294967296'])}]`),
    () => new Raw(`${'['.repeat(depth)}${']'.repeat(depth)}`),
    () => new Raw(`${'{"a":'.repeat(depth)}0${'}'.repeat(depth)}`),
  ];
  return pick(rnd, values)();
}

/** Every container and value in `v` with a way to replace or drop it, up to `max` of them. */
function slots(v: Json, max = 5000): Array<{ get: () => Json; set: (x: Json) => void; drop: () => void; dup: () => void }> {
  const out: ReturnType<typeof slots> = [];
  const walk = (x: Json): void => {
    if (out.length >= max) return;
    if (x instanceof Obj) {
      for (let i = 0; i < x.members.length; i++) {
        const m = x.members[i]!;
        out.push({
          get: () => m[1],
          set: (y) => { m[1] = y; },
          drop: () => { x.members.splice(x.members.indexOf(m), 1); },
          dup: () => { x.members.push([m[0], m[1]]); },
        });
        walk(m[1]);
      }
    } else if (Array.isArray(x)) {
      for (let i = 0; i < x.length; i++) {
        const at = i;
        out.push({ get: () => x[at]!, set: (y) => { x[at] = y; }, drop: () => { x.splice(at, 1); }, dup: () => { x.push(x[at]!); } });
        walk(x[at]!);
      }
    }
  };
  walk(v);
  return out;
}

/** One mutation of a parsed JSON value, in place (the root itself is never replaced). */
export function mutateJsonValue(root: Json, rnd: () => number): void {
  const all = slots(root);
  if (all.length === 0) return;
  const s = pick(rnd, all);
  const kind = int(rnd, 6);
  if (kind === 0) s.drop();
  else if (kind === 1) s.dup();
  else if (kind === 2) {
    const x = s.get();
    if (typeof x === 'number') s.set(pick(rnd, [x + 1, x - 1, x * 2, -x, x + 0.5, x * 2 ** 32]));
    else s.set(hostileValue(rnd));
  } else if (kind === 3) {
    // A copy of another value of the same file (a shape where an offset was, a shard name as a key's
    // value); a copy, so that a value set inside itself makes no cycle.
    const x = pick(rnd, all).get();
    try {
      s.set(parseJson(stringifyJson(x)));
    } catch {
      s.set(hostileValue(rnd));
    }
  } else s.set(hostileValue(rnd));
}

/** A mutation of JSON text; text that is not JSON gets a byte-level edit instead. */
export function mutateJsonText(text: string, rnd: () => number): string {
  let root: Json;
  try {
    root = parseJson(text);
  } catch {
    const at = int(rnd, text.length + 1);
    return text.slice(0, at) + pick(rnd, ['"', '{', '}', ',', ':', '\\', '\u0000', '']) + text.slice(at + 1);
  }
  const times = 1 + int(rnd, 3);
  for (let i = 0; i < times; i++) mutateJsonValue(root, rnd);
  return stringifyJson(root);
}
