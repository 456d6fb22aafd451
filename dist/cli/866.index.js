export const id = 866;
export const ids = [866];
export const modules = {

/***/ 866:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_WEIGHTS_INFLATION: () => (/* binding */ MAX_WEIGHTS_INFLATION),
  isKerasContent: () => (/* binding */ isKerasContent),
  readKerasBytes: () => (/* binding */ readKerasBytes),
  readKerasFile: () => (/* binding */ readKerasFile)
});

// EXTERNAL MODULE: ./build/src/graph/errors.js
var errors = __webpack_require__(5875);
// EXTERNAL MODULE: ./build/src/formats/file.js
var file = __webpack_require__(8094);
// EXTERNAL MODULE: ./build/src/formats/pytorch/byte-source.js
var byte_source = __webpack_require__(254);
// EXTERNAL MODULE: ./build/src/formats/pytorch/zip.js
var zip = __webpack_require__(393);
// EXTERNAL MODULE: ./build/src/formats/pytorch/signature.js
var signature = __webpack_require__(3032);
// EXTERNAL MODULE: ./build/src/graph/dtype.js
var graph_dtype = __webpack_require__(5274);
;// CONCATENATED MODULE: ./build/src/formats/keras/key-sequences.js
const MAX_KEY_SEQUENCES = 100_000;
const FAST_OBJECT_KEYS = 127;
const MAX_LARGE_OBJECT_KEYS = 1_000_000;
const MAX_PROBES = 32;
const MIN_KEY_BYTES = 4;
function keySequenceCapacity(length) {
    return Math.min(MAX_KEY_SEQUENCES, Math.ceil(length / MIN_KEY_BYTES)) + 1;
}
class KeySequences {
    bytes;
    slots;
    mask;
    parent;
    keyStart;
    keyEnd;
    hashes;
    seed = Math.floor(Math.random() * 2 ** 31);
    count = 0;
    constructor(bytes) {
        this.bytes = bytes;
        const capacity = keySequenceCapacity(bytes.length);
        const slots = 2 ** Math.max(6, Math.ceil(Math.log2(capacity * 2.5)));
        this.slots = new Int32Array(slots);
        this.mask = slots - 1;
        this.parent = new Int32Array(capacity + 1);
        this.keyStart = new Int32Array(capacity + 1);
        this.keyEnd = new Int32Array(capacity + 1);
        this.hashes = new Int32Array(capacity + 1);
    }
    next(at, start, end) {
        const b = this.bytes;
        let h = this.seed ^ Math.imul(at, 0x9e3779b1);
        for (let i = start; i < end; i++)
            h = Math.imul(h ^ b[i], 0x01000193);
        h ^= h >>> 15;
        h = Math.imul(h, 0x2c1b3c6d);
        h ^= h >>> 12;
        const mask = this.mask;
        let slot = h & mask;
        for (let probe = 0; probe < MAX_PROBES; probe++, slot = (slot + 1) & mask) {
            const node = this.slots[slot];
            if (node === 0)
                return this.add(slot, at, start, end, h);
            if (this.hashes[node] === h && this.parent[node] === at && this.sameKey(node, start, end))
                return node;
        }
        return this.add(-1, at, start, end, h);
    }
    add(slot, at, start, end, h) {
        if (++this.count > MAX_KEY_SEQUENCES || this.count >= this.parent.length)
            return -1;
        const node = this.count;
        this.parent[node] = at;
        this.keyStart[node] = start;
        this.keyEnd[node] = end;
        this.hashes[node] = h;
        if (slot >= 0)
            this.slots[slot] = node;
        return node;
    }
    sameKey(node, start, end) {
        const s = this.keyStart[node];
        if (this.keyEnd[node] - s !== end - start)
            return false;
        const b = this.bytes;
        for (let i = 0; i < end - start; i++)
            if (b[s + i] !== b[start + i])
                return false;
        return true;
    }
}
function arrayIndexOf(bytes, start, end) {
    const n = end - start;
    if (n < 1 || n > 10 || (n > 1 && bytes[start] === 0x30))
        return -1;
    let v = 0;
    for (let i = start; i < end; i++) {
        const d = bytes[i] - 0x30;
        if (d < 0 || d > 9)
            return -1;
        v = v * 10 + d;
    }
    return v <= 2 ** 32 - 2 ? v : -1;
}
function isSparseIndex(index, count) {
    return index >= 2 * count + 1024;
}

;// CONCATENATED MODULE: ./build/src/formats/keras/config.js

class KerasConfigError extends Error {
    name = 'KerasConfigError';
}
const MAX_CONFIG_BYTES = 64 * 1024 * 1024;
const MAX_LAYERS = 100_000;
const MAX_NESTING = 32;
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const MAX_JSON_DEPTH = 256;
const MAX_JSON_VALUES = 5_000_000;
const MAX_JSON_ARRAY_ITEMS = 8_000_000;
const OBJECT = 0;
const ARRAY = 1;
function tooBig(bytes) {
    const open = new Uint8Array(MAX_JSON_DEPTH + 1);
    const sequence = new Int32Array(MAX_JSON_DEPTH + 1);
    const named = new Int32Array(MAX_JSON_DEPTH + 1);
    const indexed = new Int32Array(MAX_JSON_DEPTH + 1);
    let largeObjectKeys = 0;
    const keys = new KeySequences(bytes);
    let depth = 0;
    let values = 0;
    let items = 0;
    let inString = false;
    let keyNext = false;
    let key = -1;
    let escaped = false;
    for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i];
        if (inString) {
            if (b === 0x5c) {
                i++;
                escaped = true;
            }
            else if (b === 0x22) {
                inString = false;
                if (key >= 0) {
                    const index = arrayIndexOf(bytes, key, i);
                    if (index >= 0) {
                        if (isSparseIndex(index, ++indexed[depth]) && ++largeObjectKeys > MAX_LARGE_OBJECT_KEYS)
                            break;
                    }
                    else if ((escaped ? named[depth] + 1 : ++named[depth]) <= FAST_OBJECT_KEYS) {
                        const at = keys.next(sequence[depth], key, i);
                        if (at < 0)
                            break;
                        sequence[depth] = at;
                    }
                    else if (++largeObjectKeys > MAX_LARGE_OBJECT_KEYS) {
                        break;
                    }
                    key = -1;
                }
            }
        }
        else if (b === 0x22) {
            inString = true;
            escaped = false;
            if (keyNext)
                key = i + 1;
            keyNext = false;
        }
        else if (b === 0x5b || b === 0x7b) {
            if (++depth > MAX_JSON_DEPTH)
                return `nests arrays and objects more than ${MAX_JSON_DEPTH} deep`;
            open[depth] = b === 0x5b ? ARRAY : OBJECT;
            sequence[depth] = 0;
            named[depth] = 0;
            indexed[depth] = 0;
            keyNext = b === 0x7b;
            if (++values > MAX_JSON_VALUES)
                break;
        }
        else if (b === 0x5d || b === 0x7d) {
            depth--;
            keyNext = false;
        }
        else if (b === 0x2c) {
            if (depth > 0 && open[depth] === ARRAY) {
                keyNext = false;
                if (++items > MAX_JSON_ARRAY_ITEMS)
                    break;
            }
            else {
                keyNext = true;
                if (++values > MAX_JSON_VALUES)
                    break;
            }
        }
    }
    if (values > MAX_JSON_VALUES)
        return `holds more than ${MAX_JSON_VALUES.toLocaleString('en-US')} arrays, objects and members (brackets and commas), more than ${MAX_LAYERS.toLocaleString('en-US')} layers need`;
    if (items > MAX_JSON_ARRAY_ITEMS)
        return `holds more than ${MAX_JSON_ARRAY_ITEMS.toLocaleString('en-US')} array items`;
    if (largeObjectKeys > MAX_LARGE_OBJECT_KEYS)
        return `holds more than ${MAX_LARGE_OBJECT_KEYS.toLocaleString('en-US')} keys past the ${FAST_OBJECT_KEYS}th of their objects or sparse index keys (V8 keeps each in a dictionary; a vocabulary of 1 million tokens fits)`;
    return keys.count > MAX_KEY_SEQUENCES
        ? `holds objects of more than ${MAX_KEY_SEQUENCES.toLocaleString('en-US')} distinct key sequences (a key counts once for the keys before it in its object; real configs repeat one order per layer class)`
        : null;
}
function parseJson(bytes, what) {
    if (bytes.byteLength > MAX_CONFIG_BYTES)
        throw new KerasConfigError(`${what} is ${bytes.byteLength} bytes, more than the ${MAX_CONFIG_BYTES} we read`);
    const problem = tooBig(bytes);
    if (problem !== null)
        throw new KerasConfigError(`${what} ${problem}`);
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new KerasConfigError(`${what} is not UTF-8 text`);
    }
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new KerasConfigError(`${what} is not valid JSON (${e.message.split('\n')[0]})`);
    }
}
const MODEL_CLASSES = new Set(['Sequential', 'Functional', 'Model']);
function isModelClass(className) {
    return MODEL_CLASSES.has(className);
}
function str(v) {
    return typeof v === 'string' ? v : undefined;
}
function ref(v, what) {
    if (!Array.isArray(v) || typeof v[0] !== 'string')
        throw new KerasConfigError(`${what}: a tensor reference is not [layer, node, tensor]`);
    const node = typeof v[1] === 'number' && Number.isSafeInteger(v[1]) && v[1] >= 0 ? v[1] : 0;
    const tensor = typeof v[2] === 'number' && Number.isSafeInteger(v[2]) && v[2] >= 0 ? v[2] : 0;
    return { layer: v[0], node, tensor };
}
function kerasTensors(v, out, what, depth = 0, kwarg) {
    if (depth > MAX_NESTING || v === undefined || v === null)
        return;
    if (Array.isArray(v)) {
        for (const x of v)
            kerasTensors(x, out, what, depth + 1, kwarg);
        return;
    }
    if (!isObject(v))
        return;
    if (v['class_name'] === '__keras_tensor__' && isObject(v['config'])) {
        const r = ref(v['config']['keras_history'] ?? null, what);
        out.push(kwarg === undefined ? r : { ...r, kwarg });
        return;
    }
    for (const x of Object.values(v))
        kerasTensors(x, out, what, depth + 1, kwarg);
}
function legacyKwargTensors(r, out, what) {
    const kwargs = Array.isArray(r) ? r[3] : undefined;
    if (kwargs === undefined || !isObject(kwargs))
        return;
    for (const [k, v] of Object.entries(kwargs)) {
        if (Array.isArray(v) && v.length >= 3 && typeof v[0] === 'string' && typeof v[1] === 'number' && typeof v[2] === 'number')
            out.push({ ...ref(v, what), kwarg: k });
    }
}
function parseCalls(inbound, what) {
    if (inbound === undefined || inbound === null)
        return [];
    if (!Array.isArray(inbound))
        throw new KerasConfigError(`${what}: inbound_nodes is not a list`);
    return inbound.map((node) => {
        const out = [];
        if (isObject(node)) {
            kerasTensors(node['args'], out, what);
            const kwargs = node['kwargs'];
            if (isObject(kwargs))
                for (const [k, v] of Object.entries(kwargs))
                    kerasTensors(v, out, what, 1, k);
            else
                kerasTensors(kwargs, out, what);
        }
        else if (Array.isArray(node)) {
            for (const r of node)
                out.push(ref(r, what));
            for (const r of node)
                legacyKwargTensors(r, out, what);
        }
        else
            throw new KerasConfigError(`${what}: an inbound node is neither a call nor a list`);
        return out;
    });
}
function parseRefs(v, what) {
    if (v === undefined || v === null)
        return [];
    if (!Array.isArray(v))
        throw new KerasConfigError(`${what} is not a list`);
    if (typeof v[0] === 'string')
        return [ref(v, what)];
    return v.map((r) => ref(r, what));
}
function parseModel(obj, counter = { layers: 0 }, depth = 0) {
    if (depth > MAX_NESTING)
        throw new KerasConfigError(`models nested deeper than ${MAX_NESTING}`);
    if (!isObject(obj))
        throw new KerasConfigError('the model config is not a JSON object');
    const className = str(obj['class_name']) ?? '';
    const config = obj['config'];
    if (!isObject(config))
        throw new KerasConfigError(`the model config of class ${JSON.stringify(className)} has no config object`);
    const name = str(config['name']) ?? className;
    const rawLayers = config['layers'];
    if (!MODEL_CLASSES.has(className) || !Array.isArray(rawLayers)) {
        throw new KerasConfigError(`the top-level object is a ${JSON.stringify(className)}, not a Sequential or Functional model with layers`);
    }
    const layers = [];
    for (const raw of rawLayers) {
        if (++counter.layers > MAX_LAYERS)
            throw new KerasConfigError(`more than ${MAX_LAYERS} layers`);
        if (!isObject(raw))
            throw new KerasConfigError(`model ${JSON.stringify(name)}: a layer entry is not an object`);
        const cls = str(raw['class_name']);
        const lcfg = raw['config'];
        if (cls === undefined || !isObject(lcfg))
            throw new KerasConfigError(`model ${JSON.stringify(name)}: a layer has no class_name or config`);
        const lname = str(raw['name']) ?? str(lcfg['name']) ?? cls;
        const what = `layer ${JSON.stringify(lname)}`;
        const build = raw['build_config'];
        const module = str(raw['module']);
        const layer = {
            className: cls,
            ...(module !== undefined ? { module } : {}),
            name: lname,
            config: lcfg,
            calls: parseCalls(raw['inbound_nodes'], what),
            buildInputShape: isObject(build) ? build['input_shape'] : undefined,
            ...(MODEL_CLASSES.has(cls) && Array.isArray(lcfg['layers']) ? { model: parseModel(raw, counter, depth + 1) } : {}),
        };
        layers.push(layer);
    }
    const build = obj['build_config'];
    return {
        kind: className === 'Sequential' ? 'sequential' : 'functional',
        name,
        layers,
        inputs: parseRefs(config['input_layers'], `model ${JSON.stringify(name)}: input_layers`),
        outputs: parseRefs(config['output_layers'], `model ${JSON.stringify(name)}: output_layers`),
        buildInputShape: config['build_input_shape'] ?? (isObject(build) ? build['input_shape'] : undefined),
    };
}

;// CONCATENATED MODULE: ./build/src/formats/keras/hdf5-dense.js

function encodedSize(max) {
    return Math.floor(Math.log2(Math.max(1, max)) / 8) + 1;
}
const bytesFor = (bits) => Math.ceil(bits / 8);
function btreeV2Records(file, address, label, types) {
    const h = new Fields(file.block(address, 4 + 2 + 4 + 2 + 2 + 2 + file.offsetSize + 2 + file.lengthSize + 4, label), file, label);
    file.signature(h.bytes, 'BTHD', label);
    h.skip(4);
    h.u8();
    const type = h.u8();
    const nodeSize = h.u32();
    const recordSize = h.u16();
    const depth = h.u16();
    h.skip(2);
    const root = h.address('root node address');
    const rootRecords = h.u16();
    h.length('total records');
    file.verifyChecksum(h.bytes, h.pos, 'v2 B-tree header', label);
    if (!types.includes(type))
        throw new Hdf5Error(`${label}: record type ${type} is not ${types.join(' or ')}`);
    if (depth > HDF5_LIMITS.maxDepth)
        throw new Hdf5Error(`${label}: depth ${depth} is more than ${HDF5_LIMITS.maxDepth}`);
    if (recordSize < 1 || nodeSize <= 10 || nodeSize > HDF5_LIMITS.maxBlockBytes)
        throw new Hdf5Error(`${label}: node size ${nodeSize} or record size ${recordSize} is impossible`);
    const leafMax = Math.floor((nodeSize - 10) / recordSize);
    const maxNrecSize = encodedSize(leafMax);
    const cumMaxSize = [0];
    let cumMax = leafMax;
    for (let d = 1; d <= depth; d++) {
        const pointer = file.offsetSize + maxNrecSize + cumMaxSize[d - 1];
        const max = Math.floor((nodeSize - 10 - pointer) / (recordSize + pointer));
        if (max < 1)
            throw new Hdf5Error(`${label}: nodes of ${nodeSize} bytes cannot hold an internal record`);
        cumMax = (max + 1) * cumMax + max;
        cumMaxSize.push(encodedSize(cumMax));
    }
    const records = [];
    const seen = new Set();
    const visit = (node, count, level) => {
        if (seen.has(node))
            throw new Hdf5Error(`${label}: node at ${node} is reached twice (a cycle)`);
        seen.add(node);
        const n = new Fields(file.block(node, nodeSize, label), file, label);
        file.signature(n.bytes, level > 0 ? 'BTIN' : 'BTLF', `${label} node at ${node}`);
        n.skip(6);
        for (let i = 0; i < count; i++)
            records.push(n.bytesOf(recordSize));
        const children = [];
        for (let i = 0; level > 0 && i <= count; i++) {
            const child = n.address('child node address');
            const childRecords = n.uint(maxNrecSize, 'child record count');
            if (level > 1)
                n.skip(cumMaxSize[level - 1]);
            children.push([child, childRecords]);
        }
        n.need(4);
        file.verifyChecksum(n.bytes, n.pos, 'v2 B-tree node', `${label} node at ${node}`);
        for (const [child, childRecords] of children)
            visit(child, childRecords, level - 1);
    };
    if (rootRecords > 0)
        visit(root, rootRecords, depth);
    return { type, records };
}
function btreeV2HeapIds(file, address, what) {
    const label = `${what}: v2 B-tree`;
    const { type, records } = btreeV2Records(file, address, label, [5, 6, 8, 9]);
    const idAt = type === 5 ? 4 : type === 6 ? 8 : 0;
    return records.map((rec) => {
        if (rec.length <= idAt)
            throw new Hdf5Error(`${label}: records of ${rec.length} bytes hold no heap ID`);
        if (type >= 8 && rec.length > 8 && rec[8] & 0x02)
            throw new Hdf5Error(`${label}: shared attributes (shared object header messages) are not read`);
        return rec.subarray(idAt);
    });
}
function fractalHeap(file, address, what) {
    const label = `${what}: fractal heap`;
    const O = file.offsetSize;
    const L = file.lengthSize;
    const h = new Fields(file.block(address, 4 + 1 + 2 + 2 + 1 + 4 + 12 * L + 3 * O + 2 + 2 + 2 + 2 + 2 + L + 4, label), file, label);
    file.signature(h.bytes, 'FRHP', label);
    h.skip(5);
    const idLength = h.u16();
    const filterBytes = h.u16();
    const checksummedDirect = (h.u8() & 0x02) !== 0;
    const maxManaged = h.u32();
    h.length('next huge object id');
    const hugeBtree = h.address('huge object B-tree address');
    h.length('free space');
    h.address('free space manager address');
    h.length('managed space');
    h.length('allocated managed space');
    h.length('direct block allocation iterator');
    h.length('managed objects');
    h.length('huge object bytes');
    h.length('huge objects');
    h.length('tiny object bytes');
    h.length('tiny objects');
    const width = h.u16();
    const startBlock = h.length('starting block size');
    const maxDirect = h.length('maximum direct block size');
    const maxHeapBits = h.u16();
    h.u16();
    const root = h.address('root block address');
    const rows = h.u16();
    if (filterBytes > 0)
        throw new Hdf5Error(`${label}: filtered (compressed) heap blocks are not read`);
    file.verifyChecksum(h.bytes, h.pos, 'fractal heap header', label);
    if (width < 1 || width > 65536 || startBlock < 1 || maxDirect < startBlock || maxHeapBits < 1 || maxHeapBits > 64) {
        throw new Hdf5Error(`${label}: table width ${width}, block sizes ${startBlock}..${maxDirect} or heap bits ${maxHeapBits} are impossible`);
    }
    const offsetBytes = bytesFor(maxHeapBits);
    const rowSize = (r) => (r === 0 ? startBlock : startBlock * 2 ** (r - 1));
    const directRows = Math.log2(maxDirect / startBlock) + 2;
    const blocks = [];
    const seen = new Set();
    const direct = (at, size) => {
        if (size > HDF5_LIMITS.maxBlockBytes)
            throw new Hdf5Error(`${label}: a direct block of ${size} bytes`);
        if (seen.has(at))
            throw new Hdf5Error(`${label}: direct block at ${at} is reached twice`);
        seen.add(at);
        const b = new Fields(file.block(at, checksummedDirect ? size : 5 + O + offsetBytes, `${label} direct block`), file, `${label} direct block`);
        file.signature(b.bytes, 'FHDB', `${label} direct block at ${at}`);
        b.skip(5 + O);
        blocks.push({ offset: b.uint(offsetBytes, 'block offset'), address: at, size });
        if (checksummedDirect)
            verifyDirectBlock(file, b, `${label} direct block at ${at}`);
    };
    const indirect = (at, nrows, depth) => {
        if (depth > HDF5_LIMITS.maxDepth)
            throw new Hdf5Error(`${label}: indirect blocks nested deeper than ${HDF5_LIMITS.maxDepth}`);
        if (seen.has(at))
            throw new Hdf5Error(`${label}: indirect block at ${at} is reached twice (a cycle)`);
        seen.add(at);
        if (nrows * width > HDF5_LIMITS.maxObjects)
            throw new Hdf5Error(`${label}: an indirect block of ${nrows} x ${width} entries`);
        const ib = new Fields(file.block(at, 5 + O + offsetBytes + nrows * width * O + 4, `${label} indirect block`), file, `${label} indirect block`);
        file.signature(ib.bytes, 'FHIB', `${label} indirect block at ${at}`);
        ib.skip(5 + O + offsetBytes);
        const children = [];
        for (let r = 0; r < nrows; r++) {
            for (let c = 0; c < width; c++) {
                const child = ib.address('child block address');
                if (child !== -1)
                    children.push([child, r]);
            }
        }
        file.verifyChecksum(ib.bytes, ib.pos, 'fractal heap indirect block', `${label} indirect block at ${at}`);
        for (const [child, r] of children) {
            if (r < directRows)
                direct(child, rowSize(r));
            else
                indirect(child, Math.log2(rowSize(r) / (startBlock * width)) + 1, depth + 1);
        }
    };
    if (root !== -1) {
        if (rows === 0)
            direct(root, startBlock);
        else
            indirect(root, rows, 0);
    }
    blocks.sort((a, b) => a.offset - b.offset);
    return { idLength, offsetBytes, lengthBytes: Math.min(Math.floor((Math.floor(Math.log2(maxDirect)) + 7) / 8), encodedSize(maxManaged)), blocks, hugeBtree };
}
function verifyDirectBlock(file, b, what) {
    b.need(4);
    const framed = new Uint8Array(b.bytes.length + 4);
    framed.set(b.bytes);
    framed.fill(0, b.pos, b.pos + 4);
    framed.set(b.bytes.subarray(b.pos, b.pos + 4), b.bytes.length);
    file.verifyChecksum(framed, b.bytes.length, 'fractal heap direct block', what);
}
function heapObject(file, heap, id, what) {
    const label = `${what}: fractal heap object`;
    const kind = (id[0] >> 4) & 0x03;
    if (kind === 2) {
        const extended = heap.idLength > 18;
        const n = extended ? (((id[0] & 0x0f) << 8) | id[1]) + 1 : (id[0] & 0x0f) + 1;
        const at = extended ? 2 : 1;
        if (at + n > id.length)
            throw new Hdf5Error(`${label}: a tiny object longer than its ID`);
        return id.subarray(at, at + n);
    }
    if (kind === 1)
        return hugeObject(file, heap, id, label);
    if (kind !== 0)
        throw new Hdf5Error(`${label}: heap ID type ${kind} is not managed, huge or tiny`);
    const f = new Fields(id, file, label, 1);
    const offset = f.uint(heap.offsetBytes, 'object offset');
    const length = f.uint(heap.lengthBytes, 'object length');
    let lo = 0;
    let hi = heap.blocks.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (heap.blocks[mid].offset <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    const block = heap.blocks[lo];
    if (!block || offset < block.offset || offset + length > block.offset + block.size)
        throw new Hdf5Error(`${label}: offset ${offset} (+${length}) lies in no direct block`);
    return file.block(block.address + (offset - block.offset), length, label);
}
function hugeObject(file, heap, id, label) {
    const f = new Fields(id, file, `${label} (huge)`, 1);
    if (heap.idLength - 1 >= file.offsetSize + file.lengthSize)
        throw new Hdf5Error(`${label}: a heap ID of ${heap.idLength} bytes (more than a link or attribute index holds)`);
    const key = f.uint(Math.min(heap.idLength - 1, 8), 'huge object ID');
    if (heap.hugeBtree === -1)
        throw new Hdf5Error(`${label}: a huge object in a heap with no huge-object index`);
    if (!heap.hugeIndex) {
        const index = new Map();
        const btLabel = `${label}: huge object v2 B-tree`;
        for (const rec of btreeV2Records(file, heap.hugeBtree, btLabel, [1]).records) {
            const r = new Fields(rec, file, btLabel);
            const address = r.address('huge object address');
            const length = r.length('huge object length');
            index.set(r.length('huge object ID'), { address, length });
        }
        heap.hugeIndex = index;
    }
    const found = heap.hugeIndex.get(key);
    if (!found)
        throw new Hdf5Error(`${label}: huge object ${key} is not in the heap's huge-object index`);
    return file.block(found.address, found.length, `${label} (huge)`);
}
function denseMessages(file, heapAddress, btreeAddress, what) {
    const heap = fractalHeap(file, heapAddress, what);
    return btreeV2HeapIds(file, btreeAddress, what).map((id) => heapObject(file, heap, id.subarray(0, heap.idLength), what));
}

;// CONCATENATED MODULE: ./build/src/formats/keras/lookup3.js
const rot = (x, k) => (x << k) | (x >>> (32 - k));
function lookup3(key, initval = 0) {
    let length = key.length;
    let a = (0xdeadbeef + length + initval) | 0;
    let b = a;
    let c = a;
    let k = 0;
    while (length > 12) {
        a = (a + (key[k] | (key[k + 1] << 8) | (key[k + 2] << 16) | (key[k + 3] << 24))) | 0;
        b = (b + (key[k + 4] | (key[k + 5] << 8) | (key[k + 6] << 16) | (key[k + 7] << 24))) | 0;
        c = (c + (key[k + 8] | (key[k + 9] << 8) | (key[k + 10] << 16) | (key[k + 11] << 24))) | 0;
        a = (a - c) | 0;
        a ^= rot(c, 4);
        c = (c + b) | 0;
        b = (b - a) | 0;
        b ^= rot(a, 6);
        a = (a + c) | 0;
        c = (c - b) | 0;
        c ^= rot(b, 8);
        b = (b + a) | 0;
        a = (a - c) | 0;
        a ^= rot(c, 16);
        c = (c + b) | 0;
        b = (b - a) | 0;
        b ^= rot(a, 19);
        a = (a + c) | 0;
        c = (c - b) | 0;
        c ^= rot(b, 4);
        b = (b + a) | 0;
        length -= 12;
        k += 12;
    }
    if (length === 0)
        return c >>> 0;
    for (let i = length - 1; i >= 0; i--) {
        const byte = key[k + i] << ((i % 4) * 8);
        if (i >= 8)
            c = (c + byte) | 0;
        else if (i >= 4)
            b = (b + byte) | 0;
        else
            a = (a + byte) | 0;
    }
    c ^= b;
    c = (c - rot(b, 14)) | 0;
    a ^= c;
    a = (a - rot(c, 11)) | 0;
    b ^= a;
    b = (b - rot(a, 25)) | 0;
    c ^= b;
    c = (c - rot(b, 16)) | 0;
    a ^= c;
    a = (a - rot(c, 4)) | 0;
    b ^= a;
    b = (b - rot(a, 14)) | 0;
    c ^= b;
    c = (c - rot(b, 24)) | 0;
    return c >>> 0;
}

// EXTERNAL MODULE: ./build/src/formats/keras/signature.js
var keras_signature = __webpack_require__(8777);
;// CONCATENATED MODULE: ./build/src/formats/keras/hdf5.js



class Hdf5Error extends Error {
    name = 'Hdf5Error';
}
const HDF5_LIMITS = {
    maxBlockBytes: 64 * 1024 * 1024,
    maxObjects: 1_000_000,
    maxDepth: 64,
    maxPathChars: 4096,
    maxContinuations: 10_000,
    maxAttributeElements: 1_000_000,
    readFactor: 8,
};
function superblockOffsets(size) {
    const out = [0];
    for (let at = 512; at + 8 <= size; at *= 2)
        out.push(at);
    return out;
}
const UNDEFINED_ADDRESS = -1;
const MSG = {
    dataspace: 0x0001,
    linkInfo: 0x0002,
    datatype: 0x0003,
    link: 0x0006,
    attribute: 0x000c,
    continuation: 0x0010,
    symbolTable: 0x0011,
    attributeInfo: 0x0015,
};
function dv(b) {
    return new DataView(b.buffer, b.byteOffset, b.byteLength);
}
const ascii = (b) => String.fromCharCode(...b);
const hex = (x) => x.toString(16).padStart(8, '0');
class Fields {
    bytes;
    file;
    what;
    pos;
    v;
    constructor(bytes, file, what, pos = 0) {
        this.bytes = bytes;
        this.file = file;
        this.what = what;
        this.v = dv(bytes);
        this.pos = pos;
    }
    need(n) {
        if (this.pos + n > this.bytes.length)
            throw new Hdf5Error(`${this.what} is cut short (needs ${this.pos + n} bytes, has ${this.bytes.length})`);
    }
    u8() {
        this.need(1);
        return this.bytes[this.pos++];
    }
    u16() {
        this.need(2);
        const x = this.v.getUint16(this.pos, true);
        this.pos += 2;
        return x;
    }
    u32() {
        this.need(4);
        const x = this.v.getUint32(this.pos, true);
        this.pos += 4;
        return x;
    }
    uint(width, what) {
        this.need(width);
        let x = 0;
        for (let i = width - 1; i >= 0; i--)
            x = x * 256 + this.bytes[this.pos + i];
        this.pos += width;
        if (!Number.isSafeInteger(x))
            throw new Hdf5Error(`${this.what}: ${what} ${x} is absurd`);
        return x;
    }
    allOnes(width) {
        this.need(width);
        for (let i = 0; i < width; i++)
            if (this.bytes[this.pos + i] !== 0xff)
                return false;
        return true;
    }
    address(what) {
        const width = this.file.offsetSize;
        if (!this.allOnes(width))
            return this.uint(width, what);
        this.pos += width;
        return UNDEFINED_ADDRESS;
    }
    length(what) {
        const width = this.file.lengthSize;
        if (width >= 4 && this.allOnes(width))
            throw new Hdf5Error(`${this.what}: ${what} is undefined`);
        return this.uint(width, what);
    }
    bytesOf(n) {
        if (!(n >= 0))
            throw new Hdf5Error(`${this.what}: a length of ${n} bytes`);
        this.need(n);
        const out = this.bytes.subarray(this.pos, this.pos + n);
        this.pos += n;
        return out;
    }
    skip(n) {
        if (!(n >= 0))
            throw new Hdf5Error(`${this.what}: a length of ${n} bytes`);
        this.need(n);
        this.pos += n;
    }
}
class Hdf5File {
    src;
    start;
    length;
    offsetSize = 8;
    lengthSize = 8;
    base = 0;
    rootAddress = UNDEFINED_ADDRESS;
    superblockVersion;
    objects = 0;
    metadataRead = 0;
    localHeaps = new Map();
    globalHeaps = new Map();
    memberLists = new Map();
    denseAttributeLists = new Map();
    constructor(src, start, length) {
        this.src = src;
        this.start = start;
        this.length = length;
        const at = superblockOffsets(length).find((o) => (0,keras_signature/* hasHdf5Magic */.dq)(this.raw(o, Math.min(8, length - o), 'signature'), 0));
        if (at === undefined)
            throw new Hdf5Error('no HDF5 signature at 0, 512, 1024, 2048... (not an HDF5 file, or truncated)');
        const head = new Fields(this.raw(at, Math.min(length - at, 200), 'superblock'), this, 'superblock', 8);
        const version = head.u8();
        this.superblockVersion = version;
        if (version === 0 || version === 1) {
            head.skip(4);
            this.offsetSize = head.u8();
            this.lengthSize = head.u8();
            this.checkSizes();
            head.skip(1 + 2 + 2 + 4 + (version === 1 ? 4 : 0));
            head.address('base address');
            head.address('free-space address');
            head.address('end-of-file address');
            head.address('driver information address');
            head.address('root link name offset');
            this.rootAddress = head.address('root object header address');
        }
        else if (version === 2 || version === 3) {
            this.offsetSize = head.u8();
            this.lengthSize = head.u8();
            this.checkSizes();
            head.skip(1);
            head.address('base address');
            head.address('superblock extension address');
            head.address('end-of-file address');
            this.rootAddress = head.address('root object header address');
            head.need(4);
            this.verifyChecksum(head.bytes, head.pos, 'superblock', `superblock (version ${version})`);
        }
        else {
            throw new Hdf5Error(`HDF5 superblock version ${version} is not one this reader knows (0-3)`);
        }
        this.base = at;
        if (this.rootAddress === UNDEFINED_ADDRESS)
            throw new Hdf5Error('HDF5 superblock has no root group');
    }
    checksumsVerified = new Map();
    verifyChecksum(bytes, at, structure, what) {
        const stored = (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
        const computed = lookup3(bytes.subarray(0, at));
        if (stored !== computed)
            throw new Hdf5Error(`${what}: ${structure} checksum 0x${hex(stored)} is not its bytes' 0x${hex(computed)} (a corrupt file; HDF5 refuses it)`);
        this.checksumsVerified.set(structure, (this.checksumsVerified.get(structure) ?? 0) + 1);
    }
    checkSizes() {
        for (const [what, n] of [['offsets', this.offsetSize], ['lengths', this.lengthSize]]) {
            if (n !== 2 && n !== 4 && n !== 8)
                throw new Hdf5Error(`HDF5 superblock: size of ${what} is ${n} (not 2, 4 or 8)`);
        }
    }
    raw(at, n, what) {
        if (!Number.isSafeInteger(at) || !Number.isSafeInteger(n) || at < 0 || n < 0 || at + n > this.length) {
            throw new Hdf5Error(`${what} (${n} bytes at ${at}) lies outside the file (${this.length} bytes)`);
        }
        this.metadataRead += n;
        if (this.metadataRead > HDF5_LIMITS.readFactor * this.length + HDF5_LIMITS.maxBlockBytes) {
            throw new Hdf5Error(`reading the file's metadata took more than ${HDF5_LIMITS.readFactor} times its size (structures that point back at each other)`);
        }
        const out = this.src.read(this.start + at, n);
        if (out.length !== n)
            throw new Hdf5Error(`${what}: the file shrank while reading`);
        return out;
    }
    block(address, n, what) {
        if (address === UNDEFINED_ADDRESS)
            throw new Hdf5Error(`${what} has an undefined address`);
        if (n > HDF5_LIMITS.maxBlockBytes)
            throw new Hdf5Error(`${what} claims ${n} bytes, more than the ${HDF5_LIMITS.maxBlockBytes} we read`);
        return this.raw(this.base + address, n, what);
    }
    upTo(address, n, what) {
        const rel = this.base + address;
        if (address === UNDEFINED_ADDRESS || rel < 0 || rel >= this.length)
            throw new Hdf5Error(`${what} at ${address} lies outside the file`);
        return this.raw(rel, Math.min(n, this.length - rel), what);
    }
    signature(b, sig, what) {
        if (b.length < 4 || ascii(b.subarray(0, 4)) !== sig)
            throw new Hdf5Error(`${what}: no '${sig}' signature (a bad address or a corrupt file)`);
    }
    countObject() {
        if (++this.objects > HDF5_LIMITS.maxObjects)
            throw new Hdf5Error(`more than ${HDF5_LIMITS.maxObjects} HDF5 objects`);
    }
    objectHeader(address, what) {
        this.countObject();
        const first = this.upTo(address, 16, `${what}: object header`);
        if (first.length >= 4 && ascii(first.subarray(0, 4)) === 'OHDR')
            return this.objectHeaderV2(address, what);
        const f = new Fields(first, this, `${what}: object header`);
        const version = f.u8();
        if (version !== 1)
            throw new Hdf5Error(`${what}: object header version ${version} is not 1 or 2 (a bad address or a corrupt file)`);
        f.skip(1);
        const count = f.u16();
        f.u32();
        const size = f.u32();
        const messages = [];
        const queue = [[address + 16, size]];
        const seen = new Set();
        let blocks = 0;
        while (queue.length > 0) {
            if (++blocks > HDF5_LIMITS.maxContinuations)
                throw new Hdf5Error(`${what}: more than ${HDF5_LIMITS.maxContinuations} object header blocks`);
            const [at, n] = queue.shift();
            if (seen.has(at))
                throw new Hdf5Error(`${what}: an object header continuation points back at a block already read`);
            seen.add(at);
            const b = new Fields(this.block(at, n, `${what}: object header messages`), this, `${what}: object header messages`);
            while (b.pos + 8 <= b.bytes.length && messages.length < count) {
                const type = b.u16();
                const msize = b.u16();
                const flags = b.u8();
                b.skip(3);
                const data = b.bytesOf(msize);
                if (type === MSG.continuation)
                    queue.push(this.continuation(data, what));
                else
                    messages.push({ type, flags, data });
            }
        }
        return { messages };
    }
    continuation(data, what) {
        const c = new Fields(data, this, `${what}: continuation message`);
        return [c.address('continuation address'), c.length('continuation length')];
    }
    objectHeaderV2(address, what) {
        const label = `${what}: object header`;
        const pre = new Fields(this.upTo(address, 4 + 1 + 1 + 16 + 4 + 8, label), this, label, 4);
        const version = pre.u8();
        if (version !== 2)
            throw new Hdf5Error(`${label}: OHDR version ${version} is not 2`);
        const flags = pre.u8();
        if (flags & 0x20)
            pre.skip(16);
        if (flags & 0x10)
            pre.skip(4);
        const chunk0 = pre.uint(1 << (flags & 3), 'chunk size');
        const tracked = (flags & 0x04) !== 0;
        const messages = [];
        const prefix = pre.pos;
        const queue = [[address, prefix + chunk0 + 4, 0]];
        const seen = new Set();
        let blocks = 0;
        while (queue.length > 0) {
            if (++blocks > HDF5_LIMITS.maxContinuations)
                throw new Hdf5Error(`${label}: more than ${HDF5_LIMITS.maxContinuations} blocks`);
            const [at, n, skipSig] = queue.shift();
            if (seen.has(at))
                throw new Hdf5Error(`${label}: a continuation points back at a block already read`);
            seen.add(at);
            const raw = this.block(at, n, label);
            if (skipSig)
                this.signature(raw, 'OCHK', `${label} continuation`);
            if (n < (skipSig ? 8 : prefix + 4))
                throw new Hdf5Error(`${label}: a ${skipSig ? 'continuation' : 'first'} block of ${n} bytes has no room for its checksum`);
            const end = n - 4;
            this.verifyChecksum(raw, end, skipSig ? 'object header continuation' : 'object header', skipSig ? `${label} continuation at ${at}` : label);
            const b = new Fields(raw.subarray(0, end), this, label, skipSig ? 4 : prefix);
            const headerBytes = tracked ? 6 : 4;
            while (b.pos + headerBytes <= b.bytes.length) {
                const type = b.u8();
                const msize = b.u16();
                const mflags = b.u8();
                if (tracked)
                    b.skip(2);
                const data = b.bytesOf(msize);
                if (type === MSG.continuation) {
                    const [cat, clen] = this.continuation(data, what);
                    queue.push([cat, clen, 1]);
                }
                else if (type !== 0)
                    messages.push({ type, flags: mflags, data });
            }
        }
        return { messages };
    }
    datatype(data, what) {
        const f = new Fields(data, this, `${what}: datatype`);
        const classVersion = f.u8();
        const cls = classVersion & 0x0f;
        const bits0 = f.u8();
        f.skip(2);
        const size = f.u32();
        switch (cls) {
            case 0: {
                const signed = (bits0 & 0x08) !== 0;
                const name = [1, 2, 4, 8].includes(size) ? `${signed ? 'int' : 'uint'}${size * 8}` : `int(${size} bytes)`;
                return { name, size, signed, littleEndian: (bits0 & 1) === 0 };
            }
            case 1: {
                f.skip(4);
                f.skip(1);
                const expSize = f.u8();
                f.skip(1);
                const mantSize = f.u8();
                const name = size === 2 ? (expSize === 8 && mantSize === 7 ? 'bfloat16' : 'float16') : size === 4 ? 'float32' : size === 8 ? 'float64' : `float(${size} bytes)`;
                return { name, size, littleEndian: (bits0 & 1) === 0 };
            }
            case 3:
                return { name: 'string', size, variableString: false };
            case 8: {
                const members = bits0 | (data[2] << 8);
                return { name: size === 1 && members === 2 ? 'bool' : 'enum', size };
            }
            case 9:
                return (bits0 & 0x0f) === 1 ? { name: 'string', size, variableString: true } : { name: 'vlen', size };
            default:
                return { name: ['fixed', 'float', 'time', 'string', 'bitfield', 'opaque', 'compound', 'reference', 'enum', 'vlen', 'array', 'complex'][cls] ?? `class ${cls}`, size };
        }
    }
    dataspace(data, what) {
        const f = new Fields(data, this, `${what}: dataspace`);
        const version = f.u8();
        const rank = f.u8();
        f.u8();
        if (rank > 32)
            throw new Hdf5Error(`${what}: dataspace rank ${rank} is more than HDF5's 32`);
        if (version === 1)
            f.skip(5);
        else if (version === 2) {
            if (f.u8() === 2)
                return [0];
        }
        else
            throw new Hdf5Error(`${what}: dataspace version ${version} is not 1 or 2`);
        const dims = [];
        for (let i = 0; i < rank; i++)
            dims.push(f.length('dimension'));
        return dims;
    }
    object(address, path) {
        return new Hdf5Object(this, this.objectHeader(address, path || '/'), path);
    }
    root() {
        return (this.rootObject ??= this.object(this.rootAddress, ''));
    }
    rootObject;
    sharedMembers(key, read) {
        let list = this.memberLists.get(key);
        if (!list) {
            list = read();
            this.memberLists.set(key, list);
        }
        return list;
    }
    denseAttributeMessages(heap, nameIndex, what) {
        const key = `${heap} ${nameIndex}`;
        let list = this.denseAttributeLists.get(key);
        if (!list) {
            list = denseMessages(this, heap, nameIndex, what);
            this.denseAttributeLists.set(key, list);
        }
        return list;
    }
    symbolTableMembers(btree, heapAddress, what) {
        const heap = this.localHeap(heapAddress, what);
        const nameAt = (off) => {
            if (off >= heap.length)
                throw new Hdf5Error(`${what}: a member name lies outside the local heap`);
            const end = heap.indexOf(0, off);
            if (end < 0)
                throw new Hdf5Error(`${what}: a member name runs past the local heap`);
            return new TextDecoder('utf-8').decode(heap.subarray(off, end));
        };
        const out = [];
        const seen = new Set();
        const visit = (node, depth) => {
            if (depth > HDF5_LIMITS.maxDepth)
                throw new Hdf5Error(`${what}: group B-tree deeper than ${HDF5_LIMITS.maxDepth}`);
            if (seen.has(node))
                throw new Hdf5Error(`${what}: group B-tree node at ${node} is visited twice (a cycle)`);
            seen.add(node);
            this.countObject();
            const head = new Fields(this.block(node, 8 + 2 * this.offsetSize, `${what}: B-tree node`), this, `${what}: B-tree node`);
            this.signature(head.bytes, 'TREE', `${what}: B-tree node`);
            head.skip(4);
            const type = head.u8();
            const level = head.u8();
            const used = head.u16();
            if (type !== 0)
                throw new Hdf5Error(`${what}: B-tree node type ${type} is not a group node`);
            const entryBytes = this.lengthSize + this.offsetSize;
            const body = new Fields(this.block(node + head.bytes.length, used * entryBytes + this.lengthSize, `${what}: B-tree node`), this, `${what}: B-tree node`);
            for (let i = 0; i < used; i++) {
                body.length('key');
                const child = body.address('child address');
                if (level > 0)
                    visit(child, depth + 1);
                else {
                    if (seen.has(child))
                        throw new Hdf5Error(`${what}: symbol table node at ${child} is listed twice`);
                    seen.add(child);
                    this.symbolNode(child, what, nameAt, out);
                }
            }
        };
        visit(btree, 0);
        return out;
    }
    localHeap(address, what) {
        const cached = this.localHeaps.get(address);
        if (cached)
            return cached;
        const head = new Fields(this.block(address, 8 + 2 * this.lengthSize + this.offsetSize, `${what}: local heap`), this, `${what}: local heap`);
        this.signature(head.bytes, 'HEAP', `${what}: local heap`);
        head.skip(8);
        const dataSize = head.length('data segment size');
        head.length('free list offset');
        const heap = this.block(head.address('data segment address'), dataSize, `${what}: local heap data`);
        this.localHeaps.set(address, heap);
        return heap;
    }
    symbolNode(address, what, nameAt, out) {
        this.countObject();
        const head = new Fields(this.block(address, 8, `${what}: symbol table node`), this, `${what}: symbol table node`);
        this.signature(head.bytes, 'SNOD', `${what}: symbol table node`);
        head.skip(6);
        const n = head.u16();
        const entryBytes = 2 * this.offsetSize + 24;
        const body = new Fields(this.block(address + 8, n * entryBytes, `${what}: symbol table node`), this, `${what}: symbol table node`);
        for (let i = 0; i < n; i++) {
            const nameOffset = body.address('link name offset');
            const objectAddress = body.address('object header address');
            body.skip(24);
            out.push({ name: nameAt(nameOffset), address: objectAddress });
        }
    }
    globalHeapObject(collection, index, what) {
        let bytes = this.globalHeaps.get(collection);
        if (!bytes) {
            const head = new Fields(this.block(collection, 8 + this.lengthSize, `${what}: global heap`), this, `${what}: global heap`);
            this.signature(head.bytes, 'GCOL', `${what}: global heap`);
            head.skip(8);
            bytes = this.block(collection, head.length('collection size'), `${what}: global heap`);
            this.globalHeaps.set(collection, bytes);
        }
        const col = new Fields(bytes, this, `${what}: global heap`, 8 + this.lengthSize);
        while (col.pos + 8 + this.lengthSize <= col.bytes.length) {
            const id = col.u16();
            col.skip(6);
            const n = col.length('object size');
            if (id === 0)
                break;
            const data = col.bytesOf(n);
            if (id === index)
                return data;
            col.skip(Math.min((8 - (n % 8)) % 8, col.bytes.length - col.pos));
        }
        throw new Hdf5Error(`${what}: global heap object ${index} is not in its collection`);
    }
}
class Hdf5Object {
    file;
    header;
    path;
    constructor(file, header, path) {
        this.file = file;
        this.header = header;
        this.path = path;
    }
    find(type) {
        return this.header.messages.find((m) => m.type === type);
    }
    get isDataset() {
        return this.find(MSG.dataspace) !== undefined && this.find(MSG.datatype) !== undefined;
    }
    label() {
        return this.path === '' ? 'HDF5 root group' : `HDF5 object ${JSON.stringify(this.path)}`;
    }
    dataset() {
        const space = this.find(MSG.dataspace);
        const type = this.find(MSG.datatype);
        const what = this.label();
        if (type.flags & 0x02)
            throw new Hdf5Error(`${what}: shared (committed) datatypes are not read`);
        const dims = this.file.dataspace(space.data, what);
        let elements = 1;
        for (const d of dims)
            elements *= d;
        if (!Number.isSafeInteger(elements))
            throw new Hdf5Error(`${what}: dataspace ${dims.join('x')} has more elements than can be counted exactly`);
        return { path: this.path, dims, elements, dtype: this.file.datatype(type.data, what) };
    }
    members() {
        const what = this.label();
        const st = this.find(MSG.symbolTable);
        if (st) {
            const f = new Fields(st.data, this.file, `${what}: symbol table message`);
            const btree = f.address('B-tree address');
            const heap = f.address('local heap address');
            return this.file.sharedMembers(`symbol table ${btree} ${heap}`, () => this.file.symbolTableMembers(btree, heap, what));
        }
        const info = this.find(MSG.linkInfo);
        if (info) {
            const f = new Fields(info.data, this.file, `${what}: link info`);
            f.u8();
            const flags = f.u8();
            if (flags & 1)
                f.skip(8);
            const heap = f.address('fractal heap address');
            const nameIndex = f.address('name index B-tree address');
            if (heap !== UNDEFINED_ADDRESS) {
                return this.file.sharedMembers(`dense links ${heap} ${nameIndex}`, () => {
                    const dense = denseMessages(this.file, heap, nameIndex, `${what}: links`).map((data) => this.parseLink(data, what));
                    return dense.filter((l) => l !== undefined).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
                });
            }
        }
        return this.header.messages.filter((m) => m.type === MSG.link).map((m) => this.parseLink(m.data, what)).filter((l) => l !== undefined);
    }
    parseLink(data, what) {
        const f = new Fields(data, this.file, `${what}: link message`);
        const version = f.u8();
        if (version !== 1)
            throw new Hdf5Error(`${what}: link message version ${version} is not 1`);
        const flags = f.u8();
        const linkType = flags & 0x08 ? f.u8() : 0;
        if (flags & 0x04)
            f.skip(8);
        if (flags & 0x10)
            f.skip(1);
        const nameLength = f.uint(1 << (flags & 3), 'link name length');
        const name = new TextDecoder('utf-8').decode(f.bytesOf(nameLength));
        if (linkType !== 0)
            return undefined;
        return { name, address: f.address('link address') };
    }
    get isGroup() {
        return !this.isDataset && (this.find(MSG.symbolTable) !== undefined || this.find(MSG.linkInfo) !== undefined || this.find(MSG.link) !== undefined);
    }
    denseAttributes() {
        const info = this.find(MSG.attributeInfo);
        if (!info)
            return [];
        const what = `${this.label()}: attribute info`;
        const f = new Fields(info.data, this.file, what);
        f.u8();
        const flags = f.u8();
        if (flags & 1)
            f.skip(2);
        const heap = f.address('fractal heap address');
        const nameIndex = f.address('name index B-tree address');
        if (heap === UNDEFINED_ADDRESS)
            return [];
        return this.file.denseAttributeMessages(heap, nameIndex, `${this.label()}: attributes`).map((data) => ({ type: MSG.attribute, flags: 0, data }));
    }
    attribute(name) {
        for (const m of this.header.messages) {
            if (m.type !== MSG.attribute)
                continue;
            const parsed = this.parseAttribute(m);
            if (parsed.name === name)
                return parsed.value();
        }
        for (const m of this.denseAttributes()) {
            const parsed = this.parseAttribute(m);
            if (parsed.name === name)
                return parsed.value();
        }
        return undefined;
    }
    parseAttribute(m) {
        const what = `${this.label()}: attribute`;
        const f = new Fields(m.data, this.file, what);
        const version = f.u8();
        if (version < 1 || version > 3)
            throw new Hdf5Error(`${what}: version ${version} is not 1-3`);
        const flags = f.u8();
        const nameSize = f.u16();
        const typeSize = f.u16();
        const spaceSize = f.u16();
        if (version === 3)
            f.u8();
        const pad = (n) => (version === 1 ? Math.ceil(n / 8) * 8 : n);
        const rawName = f.bytesOf(pad(nameSize));
        const nul = rawName.indexOf(0);
        const name = new TextDecoder('utf-8').decode(rawName.subarray(0, nul < 0 ? nameSize : Math.min(nul, nameSize)));
        const typeBytes = f.bytesOf(pad(typeSize));
        const spaceBytes = f.bytesOf(pad(spaceSize));
        const dataAt = f.pos;
        return {
            name,
            value: () => {
                const label = `${this.label()}: attribute ${JSON.stringify(name)}`;
                if (flags & 0x03)
                    throw new Hdf5Error(`${label}: shared datatype or dataspace is not read`);
                const type = this.file.datatype(typeBytes, label);
                const dims = this.file.dataspace(spaceBytes, label);
                const count = dims.reduce((a, b) => a * b, 1);
                if (count > HDF5_LIMITS.maxAttributeElements)
                    throw new Hdf5Error(`${label}: ${count} elements, more than the ${HDF5_LIMITS.maxAttributeElements} we read`);
                const data = new Fields(m.data, this.file, label, dataAt);
                const values = [];
                for (let i = 0; i < count; i++)
                    values.push(this.element(data, type, label));
                if (dims.length === 0)
                    return values[0];
                return values.every((v) => typeof v === 'string') ? values : values.map(Number);
            },
        };
    }
    element(f, type, label) {
        if (type.name === 'string' && !type.variableString) {
            const raw = f.bytesOf(type.size);
            const nul = raw.indexOf(0);
            return new TextDecoder('utf-8').decode(raw.subarray(0, nul < 0 ? raw.length : nul));
        }
        if (type.name === 'string') {
            const length = f.u32();
            const collection = f.address('global heap address');
            const index = f.u32();
            if (length === 0)
                return '';
            const data = this.file.globalHeapObject(collection, index, label);
            if (length > data.length)
                throw new Hdf5Error(`${label}: string of ${length} bytes in a heap object of ${data.length}`);
            return new TextDecoder('utf-8').decode(data.subarray(0, length));
        }
        const raw = f.bytesOf(type.size);
        const v = dv(raw);
        if (type.littleEndian === false)
            throw new Hdf5Error(`${label}: big-endian numbers are not read`);
        switch (type.name) {
            case 'int8': return v.getInt8(0);
            case 'uint8':
            case 'bool': return v.getUint8(0);
            case 'int16': return v.getInt16(0, true);
            case 'uint16': return v.getUint16(0, true);
            case 'int32': return v.getInt32(0, true);
            case 'uint32': return v.getUint32(0, true);
            case 'int64': return Number(v.getBigInt64(0, true));
            case 'uint64': return Number(v.getBigUint64(0, true));
            case 'float32': return v.getFloat32(0, true);
            case 'float64': return v.getFloat64(0, true);
            default: throw new Hdf5Error(`${label}: ${type.name} values are not read`);
        }
    }
}
function walkDatasets(file, group, address = null) {
    const out = [];
    const seen = new Set();
    if (address !== null)
        seen.add(address);
    const walked = new Set();
    const visit = (g, depth) => {
        if (depth > HDF5_LIMITS.maxDepth)
            throw new Hdf5Error(`HDF5 groups nested deeper than ${HDF5_LIMITS.maxDepth} at ${JSON.stringify(g.path)}`);
        const members = g.members();
        if (walked.has(members))
            return;
        walked.add(members);
        for (const m of members) {
            if (seen.has(m.address))
                continue;
            seen.add(m.address);
            const path = g.path === '' ? m.name : `${g.path}/${m.name}`;
            if (path.length > HDF5_LIMITS.maxPathChars)
                throw new Hdf5Error(`an HDF5 path longer than ${HDF5_LIMITS.maxPathChars} characters (at ${JSON.stringify(path.slice(0, 80))}...)`);
            const child = file.object(m.address, path);
            if (child.isDataset)
                out.push(child.dataset());
            else if (child.isGroup)
                visit(child, depth + 1);
        }
    };
    visit(group, 0);
    return out;
}
function objectAt(file, path) {
    let obj = file.root();
    let at = '';
    for (const part of path.split('/').filter(Boolean)) {
        if (!obj.isGroup)
            return undefined;
        const m = obj.members().find((x) => x.name === part);
        if (!m)
            return undefined;
        at = at === '' ? part : `${at}/${part}`;
        obj = file.object(m.address, at);
    }
    return obj;
}

// EXTERNAL MODULE: ./build/src/graph/topo.js
var topo = __webpack_require__(2600);
// EXTERNAL MODULE: ./build/src/formats/ir-builder.js + 1 modules
var ir_builder = __webpack_require__(2028);
// EXTERNAL MODULE: ./build/src/formats/tflite/to-ir.js
var to_ir = __webpack_require__(9530);
// EXTERNAL MODULE: ./build/src/graph/name-table.js
var name_table = __webpack_require__(4374);
;// CONCATENATED MODULE: ./build/src/formats/keras/to-ir.js





const KERAS_DOMAIN = 'keras';
class Unsupported extends Error {
}
class Builder extends ir_builder/* IrGraphBuilder */.J {
    layerDtypes;
    constructor(layerDtypes) {
        super();
        this.layerDtypes = layerDtypes;
    }
    weight(name, dims) {
        const n = this.unique(name);
        const dtype = this.layerDtypes.get(name.slice(0, Math.max(0, name.lastIndexOf('/'))).replace(/\//g, '.')) ?? 'float32';
        const elements = dims.reduce((a, b) => a * b, 1);
        if (!Number.isSafeInteger(elements))
            throw new Unsupported(`weight ${dims.join('x')} has more elements than can be counted exactly`);
        this.initializer(n, dtype, dims);
        return n;
    }
    node(name, opType, inputs, shape, attrs = {}, domain = '', dtype = 'float32') {
        const out = this.unique(`${name}:out`);
        this.addNode(this.unique(name), opType, domain, inputs, { name: out, dtype, shape, kind: 'tensor' }, attrs);
        if (shape)
            this.valueInfo.push({ name: out, dtype, shape, kind: 'tensor' });
        return { name: out, shape, dtype };
    }
    hint(t, shape) {
        this.valueInfo.push({ name: t.name, dtype: t.dtype, shape, kind: 'tensor' });
        return { ...t, shape };
    }
}
function num(cfg, key, def) {
    const v = cfg[key];
    if (v === undefined || v === null) {
        if (def === undefined)
            throw new Unsupported(`config has no '${key}'`);
        return def;
    }
    if (typeof v !== 'number' || !Number.isFinite(v))
        throw new Unsupported(`'${key}' is not a number`);
    return v;
}
function posInt(cfg, key, def) {
    const v = num(cfg, key, def);
    if (!Number.isSafeInteger(v) || v < 1 || v > 1 << 30)
        throw new Unsupported(`'${key}' is ${v}, not a positive integer within limits`);
    return v;
}
function tuple(cfg, key, n, def) {
    const v = cfg[key];
    if ((v === undefined || v === null) && def !== undefined)
        return new Array(n).fill(def);
    const list = typeof v === 'number' ? new Array(n).fill(v) : v;
    if (!Array.isArray(list) || list.length !== n || !list.every((x) => typeof x === 'number' && Number.isSafeInteger(x) && x >= 1 && x <= 1 << 30)) {
        throw new Unsupported(`'${key}' is not ${n} positive integer(s)`);
    }
    return list;
}
function padding(cfg) {
    const p = cfg['padding'] ?? 'valid';
    if (p === 'same' || p === 'causal')
        return 'SAME';
    if (p === 'valid')
        return 'VALID';
    throw new Unsupported(`padding ${JSON.stringify(p)} is not 'valid', 'same' or 'causal'`);
}
function channelsLast(cfg) {
    if (channelsFirst(cfg))
        throw new Unsupported('data_format "channels_first" is not costed for this layer');
}
function channelsFirst(cfg) {
    const f = cfg['data_format'];
    if (f === undefined || f === null || f === 'channels_last')
        return false;
    if (f === 'channels_first')
        return true;
    throw new Unsupported(`data_format ${JSON.stringify(f)} is not channels_last or channels_first`);
}
function autoPad(pad) {
    return pad === 'SAME' ? 'SAME_UPPER' : 'VALID';
}
function useBias(cfg) {
    return cfg['use_bias'] !== false;
}
function activationName(v) {
    if (v === undefined || v === null)
        return null;
    if (typeof v === 'string')
        return v;
    if (isObject(v)) {
        if (typeof v['config'] === 'string')
            return v['config'];
        if (isObject(v['config']) && typeof v['config']['name'] === 'string')
            return v['config']['name'];
        if (typeof v['class_name'] === 'string')
            return v['class_name'];
    }
    throw new Unsupported('activation is neither a name nor a serialised function');
}
function need(t, rank, what) {
    if (!t.shape)
        throw new Unsupported(`the shape of its input is unknown`);
    if (rank !== null && t.shape.length !== rank)
        throw new Unsupported(`${what} needs a rank-${rank} input, got rank ${t.shape.length}`);
    return t.shape;
}
function known(d, what) {
    if (typeof d !== 'number')
        throw new Unsupported(`${what} is not known (${d === undefined ? 'missing' : `'${d}'`})`);
    return d;
}
function windowOut(d, k, s, dil, pad, fresh) {
    if (typeof d !== 'number')
        return fresh;
    if (pad === 'SAME')
        return Math.ceil(d / s);
    const eff = (k - 1) * dil + 1;
    if (d < eff)
        throw new Unsupported(`a window of ${eff} does not fit an input of ${d}`);
    return Math.floor((d - eff) / s) + 1;
}
function shapeFromConfig(v, name, withBatch) {
    if (!Array.isArray(v) || v.length > 16)
        return undefined;
    const dims = withBatch ? v : [null, ...v];
    const out = [];
    for (let i = 0; i < dims.length; i++) {
        const d = dims[i];
        if (i === 0 && (d === null || d === undefined))
            out.push(1);
        else if (d === null)
            out.push(`${name}_dim${i}`);
        else if (typeof d === 'number' && Number.isSafeInteger(d) && d >= 0 && d <= 2 ** 31)
            out.push(d);
        else
            return undefined;
    }
    return out;
}
function firstBuildShape(v, name) {
    if (Array.isArray(v) && v.length > 0 && (Array.isArray(v[0]) || isObject(v[0] ?? null)))
        return undefined;
    return shapeFromConfig(v, name, true);
}
const ACTIVATIONS = (0,name_table/* nameTable */.ge)({
    relu: 'Relu', sigmoid: 'Sigmoid', tanh: 'Tanh', elu: 'Elu', selu: 'Selu', softplus: 'Softplus', softsign: 'Softsign',
    gelu: 'Gelu', hard_sigmoid: 'HardSigmoid', hard_swish: 'HardSwish', hard_silu: 'HardSwish', exponential: 'Exp',
    mish: 'Mish', leaky_relu: 'LeakyRelu', softmax: 'Softmax', log_softmax: 'LogSoftmax',
});
class LayerContext {
    b;
    name;
    cfg;
    constructor(b, name, cfg) {
        this.b = b;
        this.name = name;
        this.cfg = cfg;
    }
    activation(x, act) {
        if (act === null || act === 'linear')
            return x;
        const shape = x.shape;
        if (act === 'swish' || act === 'silu') {
            const s = this.b.node(`${this.name}/sigmoid`, 'Sigmoid', [x.name], shape);
            return this.b.node(`${this.name}/swish`, 'Mul', [x.name, s.name], shape);
        }
        if (act === 'relu6') {
            return this.b.node(`${this.name}/relu6`, 'Clip', [x.name, this.scalar('min', 0), this.scalar('max', 6)], shape);
        }
        const op = ACTIVATIONS[act];
        if (!op)
            throw new Unsupported(`activation ${JSON.stringify(act)} is not one this tool costs`);
        return this.b.node(`${this.name}/${act}`, op, [x.name], shape, op === 'Softmax' || op === 'LogSoftmax' ? { axis: -1 } : {});
    }
    scalar(what, _value) {
        return this.b.weight(`${this.name}/${what}`, []);
    }
    reshape(x, shape, what) {
        const target = shape.map((d, i) => (typeof d === 'number' ? d : i === 0 ? 0 : -1));
        if (target.filter((d) => d === -1).length > 1)
            throw new Unsupported('more than one unknown dim to reshape');
        return this.b.node(`${this.name}/${what}`, 'Reshape', [x.name, this.b.ints(`${this.name}/${what}_shape`, target)], shape);
    }
}
function one(inputs) {
    const data = inputs.filter((t) => t.kwarg === undefined || t.kwarg === 'inputs');
    if (data.length !== 1)
        throw new Unsupported(`takes one input, called with ${data.length}`);
    return data[0];
}
function dense(c, inputs) {
    const x = one(inputs);
    const s = need(x, null, 'Dense');
    const units = posInt(c.cfg, 'units');
    const k = known(s[s.length - 1], 'the input\'s last dim');
    const out = [...s.slice(0, -1), units];
    let y = c.b.node(`${c.name}/matmul`, 'MatMul', [x.name, c.b.weight(`${c.name}/kernel`, [k, units])], out);
    if (useBias(c.cfg))
        y = c.b.node(`${c.name}/bias_add`, 'Add', [y.name, c.b.weight(`${c.name}/bias`, [units])], out);
    return [c.activation(y, activationName(c.cfg['activation']))];
}
function conv(rank) {
    return (c, inputs) => {
        let x = one(inputs);
        const first = channelsFirst(c.cfg);
        const s = need(x, rank + 2, `Conv${rank}D`);
        const filters = posInt(c.cfg, 'filters');
        const groups = posInt(c.cfg, 'groups', 1);
        const k = tuple(c.cfg, 'kernel_size', rank);
        const st = tuple(c.cfg, 'strides', rank, 1);
        const dil = tuple(c.cfg, 'dilation_rate', rank, 1);
        const pad = padding(c.cfg);
        const cin = known(s[first ? 1 : rank + 1], 'input channels');
        if (cin % groups !== 0 || filters % groups !== 0)
            throw new Unsupported(`${cin} input channels or ${filters} filters do not split into ${groups} groups`);
        const spatial = s.slice(first ? 2 : 1, first ? rank + 2 : rank + 1).map((d, i) => windowOut(d, k[i], st[i], dil[i], pad, `${c.name}_out${i}`));
        const out = first ? [s[0], filters, ...spatial] : [s[0], ...spatial, filters];
        const bias = useBias(c.cfg) ? [c.b.weight(`${c.name}/bias`, [filters])] : [];
        let y;
        if (first) {
            const w = c.b.weight(`${c.name}/kernel`, [filters, cin / groups, ...k]);
            y = c.b.node(c.name, 'Conv', [x.name, w, ...bias], out, { kernel_shape: k, strides: st, dilations: dil, group: groups, auto_pad: autoPad(pad) });
        }
        else if (rank === 3) {
            const w = c.b.weight(`${c.name}/kernel`, [...k, cin / groups, filters]);
            const attrs = { padding: pad, stride_d: st[0], stride_h: st[1], stride_w: st[2], dilation_d_factor: dil[0], dilation_h_factor: dil[1], dilation_w_factor: dil[2] };
            y = c.b.node(c.name, 'CONV_3D', [x.name, w, ...bias], out, attrs, to_ir/* TFLITE_DOMAIN */.qm);
        }
        else {
            const k2 = rank === 1 ? [1, k[0]] : k;
            const st2 = rank === 1 ? [1, st[0]] : st;
            const dil2 = rank === 1 ? [1, dil[0]] : dil;
            if (rank === 1)
                x = c.reshape(x, [s[0], 1, s[1], s[2]], 'as_2d');
            const w = c.b.weight(`${c.name}/kernel`, [filters, k2[0], k2[1], cin / groups]);
            const attrs = { padding: pad, stride_h: st2[0], stride_w: st2[1], dilation_h_factor: dil2[0], dilation_w_factor: dil2[1] };
            const out2 = rank === 1 ? [s[0], 1, spatial[0], filters] : out;
            y = c.b.node(c.name, 'CONV_2D', [x.name, w, ...bias], out2, attrs, to_ir/* TFLITE_DOMAIN */.qm);
            if (rank === 1)
                y = c.reshape(y, out, 'as_1d');
        }
        return [c.activation(y, activationName(c.cfg['activation']))];
    };
}
function depthwiseNode(c, x, withBias) {
    channelsLast(c.cfg);
    const s = need(x, 4, 'DepthwiseConv2D');
    const k = tuple(c.cfg, 'kernel_size', 2);
    const st = tuple(c.cfg, 'strides', 2, 1);
    const dil = tuple(c.cfg, 'dilation_rate', 2, 1);
    const mult = posInt(c.cfg, 'depth_multiplier', 1);
    const pad = padding(c.cfg);
    const cout = known(s[3], 'input channels') * mult;
    const out = [s[0], windowOut(s[1], k[0], st[0], dil[0], pad, `${c.name}_out0`), windowOut(s[2], k[1], st[1], dil[1], pad, `${c.name}_out1`), cout];
    const bias = withBias ? [c.b.weight(`${c.name}/bias`, [cout])] : [];
    const attrs = { padding: pad, stride_h: st[0], stride_w: st[1], dilation_h_factor: dil[0], dilation_w_factor: dil[1], depth_multiplier: mult };
    return c.b.node(`${c.name}/depthwise`, 'DEPTHWISE_CONV_2D', [x.name, c.b.weight(`${c.name}/depthwise_kernel`, [1, k[0], k[1], cout]), ...bias], out, attrs, to_ir/* TFLITE_DOMAIN */.qm);
}
const depthwise = (c, inputs) => [c.activation(depthwiseNode(c, one(inputs), useBias(c.cfg)), activationName(c.cfg['activation']))];
const separable = (c, inputs) => {
    const d = depthwiseNode(c, one(inputs), false);
    const s = d.shape;
    const filters = posInt(c.cfg, 'filters');
    const cin = known(s[3], 'depthwise channels');
    const bias = useBias(c.cfg) ? [c.b.weight(`${c.name}/bias`, [filters])] : [];
    const out = [s[0], s[1], s[2], filters];
    const y = c.b.node(`${c.name}/pointwise`, 'CONV_2D', [d.name, c.b.weight(`${c.name}/pointwise_kernel`, [filters, 1, 1, cin]), ...bias], out, { padding: 'VALID' }, to_ir/* TFLITE_DOMAIN */.qm);
    return [c.activation(y, activationName(c.cfg['activation']))];
};
function convTranspose(rank) {
    return (c, inputs) => {
        const first = channelsFirst(c.cfg);
        let x = one(inputs);
        const s = need(x, rank + 2, `Conv${rank}DTranspose`);
        const filters = posInt(c.cfg, 'filters');
        const k = tuple(c.cfg, 'kernel_size', rank);
        const st = tuple(c.cfg, 'strides', rank, 1);
        const dil = tuple(c.cfg, 'dilation_rate', rank, 1);
        if (dil.some((d) => d !== 1))
            throw new Unsupported('dilated transpose convolutions are not costed');
        if (c.cfg['output_padding'] !== undefined && c.cfg['output_padding'] !== null)
            throw new Unsupported('output_padding is not costed');
        const pad = padding(c.cfg);
        const cin = known(s[first ? 1 : rank + 1], 'input channels');
        const spatial = (first ? s.slice(2) : s.slice(1, rank + 1)).map((d, i) => {
            const n = known(d, 'input spatial dims');
            return pad === 'SAME' ? n * st[i] : n * st[i] + Math.max(k[i] - st[i], 0);
        });
        const batch = known(s[0], 'batch');
        const bias = useBias(c.cfg) ? [c.b.weight(`${c.name}/bias`, [filters])] : [];
        let y;
        if (first) {
            const w = c.b.weight(`${c.name}/kernel`, [cin, filters, ...k]);
            const outPad = k.map((ki, i) => (pad === 'VALID' ? Math.max(st[i] - ki, 0) : 0));
            y = c.b.node(c.name, 'ConvTranspose', [x.name, w, ...bias], [batch, filters, ...spatial], { kernel_shape: k, strides: st, auto_pad: autoPad(pad), output_padding: outPad });
        }
        else if (rank === 3) {
            const out = [batch, ...spatial, filters];
            const w = c.b.weight(`${c.name}/kernel`, [...k, filters, cin]);
            y = c.b.node(c.name, 'CONV_3D_TRANSPOSE', [c.b.ints(`${c.name}/output_shape`, out), w, x.name, ...bias], out, { padding: pad, stride_d: st[0], stride_h: st[1], stride_w: st[2] }, to_ir/* TFLITE_DOMAIN */.qm);
        }
        else {
            const [k2, st2, hw] = rank === 1 ? [[1, k[0]], [1, st[0]], [1, spatial[0]]] : [k, st, spatial];
            if (rank === 1)
                x = c.reshape(x, [s[0], 1, s[1], s[2]], 'as_2d');
            const out2 = [batch, hw[0], hw[1], filters];
            y = c.b.node(c.name, 'TRANSPOSE_CONV', [c.b.ints(`${c.name}/output_shape`, out2), c.b.weight(`${c.name}/kernel`, [filters, k2[0], k2[1], cin]), x.name, ...bias], out2, { padding: pad, stride_h: st2[0], stride_w: st2[1] }, to_ir/* TFLITE_DOMAIN */.qm);
            if (rank === 1)
                y = c.reshape(y, [batch, spatial[0], filters], 'as_1d');
        }
        return [c.activation(y, activationName(c.cfg['activation']))];
    };
}
function pool(rank, opType) {
    return (c, inputs) => {
        let x = one(inputs);
        const s = need(x, rank + 2, 'pooling');
        const k = tuple(c.cfg, 'pool_size', rank, 2);
        const stRaw = c.cfg['strides'];
        const st = stRaw === undefined || stRaw === null ? k : tuple(c.cfg, 'strides', rank);
        const pad = padding(c.cfg);
        if (channelsFirst(c.cfg)) {
            const out = [s[0], s[1], ...s.slice(2).map((d, i) => windowOut(d, k[i], st[i], 1, pad, `${c.name}_out${i}`))];
            return [c.b.node(c.name, opType === 'MAX_POOL_2D' ? 'MaxPool' : 'AveragePool', [x.name], out, { kernel_shape: k, strides: st, auto_pad: autoPad(pad) })];
        }
        const spatial = s.slice(1, rank + 1).map((d, i) => windowOut(d, k[i], st[i], 1, pad, `${c.name}_out${i}`));
        const out = [s[0], ...spatial, s[rank + 1]];
        const [k2, st2] = rank === 1 ? [[1, k[0]], [1, st[0]]] : [k, st];
        if (rank === 1)
            x = c.reshape(x, [s[0], 1, s[1], s[2]], 'as_2d');
        const out2 = rank === 1 ? [s[0], 1, spatial[0], s[2]] : out;
        let y = c.b.node(c.name, opType, [x.name], out2, { padding: pad, filter_height: k2[0], filter_width: k2[1], stride_h: st2[0], stride_w: st2[1] }, to_ir/* TFLITE_DOMAIN */.qm);
        if (rank === 1)
            y = c.reshape(y, out, 'as_1d');
        return [y];
    };
}
function globalPool(opType) {
    return (c, inputs) => {
        const first = channelsFirst(c.cfg);
        const x = one(inputs);
        const s = need(x, null, 'global pooling');
        if (s.length < 3)
            throw new Unsupported(`global pooling needs rank 3 or more, got ${s.length}`);
        const axes = s.slice(2).map((_, i) => i + (first ? 2 : 1));
        const keep = c.cfg['keepdims'] === true;
        const out = keep ? s.map((d, i) => (axes.includes(i) ? 1 : d)) : [s[0], s[first ? 1 : s.length - 1]];
        return [c.b.node(c.name, opType, [x.name], out, { axes, keepdims: keep ? 1 : 0 })];
    };
}
function axisOf(cfg, rank, def) {
    let a = cfg['axis'] ?? def;
    if (Array.isArray(a)) {
        if (a.length !== 1)
            throw new Unsupported('normalisation over several axes is not costed');
        a = a[0];
    }
    if (typeof a !== 'number' || !Number.isInteger(a) || a < -rank || a >= rank)
        throw new Unsupported(`axis ${JSON.stringify(a)} is not an axis of a rank-${rank} input`);
    return a < 0 ? a + rank : a;
}
const batchNorm = (c, inputs) => {
    const x = one(inputs);
    const s = need(x, null, 'BatchNormalization');
    const ch = known(s[axisOf(c.cfg, s.length, -1)], 'the normalised axis');
    const w = (n) => c.b.weight(`${c.name}/${n}`, [ch]);
    return [c.b.node(c.name, 'BatchNormalization', [x.name, w('gamma'), w('beta'), w('moving_mean'), w('moving_variance')], s, { epsilon: { float: num(c.cfg, 'epsilon', 0.001) } })];
};
const layerNorm = (c, inputs) => {
    const x = one(inputs);
    const s = need(x, null, 'LayerNormalization');
    const axis = axisOf(c.cfg, s.length, -1);
    if (axis !== s.length - 1)
        throw new Unsupported('LayerNormalization over an axis other than the last is not costed');
    const ch = known(s[axis], 'the normalised axis');
    const ins = [x.name, c.b.weight(`${c.name}/gamma`, [ch])];
    if (c.cfg['center'] !== false)
        ins.push(c.b.weight(`${c.name}/beta`, [ch]));
    return [c.b.node(c.name, 'LayerNormalization', ins, s, { axis: -1, epsilon: { float: num(c.cfg, 'epsilon', 0.001) } })];
};
const embedding = (c, inputs) => {
    const x = one(inputs);
    const s = need(x, null, 'Embedding');
    const vocab = posInt(c.cfg, 'input_dim');
    const dim = posInt(c.cfg, 'output_dim');
    return [c.b.node(c.name, 'Gather', [c.b.weight(`${c.name}/embeddings`, [vocab, dim]), x.name], [...s, dim])];
};
function merge(opType) {
    return (c, inputs) => {
        if (inputs.length < 2)
            throw new Unsupported(`merges ${inputs.length} input(s)`);
        const s = need(inputs[0], null, 'merge');
        if (opType === 'Mean')
            return [c.b.node(c.name, 'Mean', inputs.map((t) => t.name), s)];
        let y = inputs[0];
        for (let i = 1; i < inputs.length; i++)
            y = c.b.node(inputs.length > 2 ? `${c.name}/${i}` : c.name, opType, [y.name, inputs[i].name], s);
        return [y];
    };
}
const concatenate = (c, inputs) => {
    if (inputs.length < 1)
        throw new Unsupported('concatenates nothing');
    const shapes = inputs.map((t) => need(t, null, 'Concatenate'));
    const rank = shapes[0].length;
    const axis = axisOf(c.cfg, rank, -1);
    let total = 0;
    for (const s of shapes)
        total = typeof total === 'number' && typeof s[axis] === 'number' ? total + s[axis] : `${c.name}_axis`;
    const out = shapes[0].map((d, i) => (i === axis ? total : d));
    return [c.b.node(c.name, 'Concat', inputs.map((t) => t.name), out, { axis })];
};
const activationLayer = (act) => (c, inputs) => [c.activation(one(inputs), act(c.cfg))];
const reluLayer = (c, inputs) => {
    const x = one(inputs);
    const max = c.cfg['max_value'];
    const slope = typeof c.cfg['negative_slope'] === 'number' ? c.cfg['negative_slope'] : 0;
    if (typeof max === 'number')
        return [c.b.node(c.name, 'Clip', [x.name, c.scalar('min', 0), c.scalar('max', max)], x.shape)];
    if (slope !== 0)
        return [c.b.node(c.name, 'LeakyRelu', [x.name], x.shape, { alpha: { float: slope } })];
    return [c.b.node(c.name, 'Relu', [x.name], x.shape)];
};
const identity = (_c, inputs) => [one(inputs)];
const flatten = (c, inputs) => {
    const x = one(inputs);
    const s = need(x, null, 'Flatten');
    const rest = s.slice(1);
    const n = rest.every((d) => typeof d === 'number') ? rest.reduce((a, b) => a * b, 1) : `${c.name}_features`;
    return [c.b.node(c.name, 'Flatten', [x.name], [s[0], n], { axis: 1 })];
};
const reshapeLayer = (c, inputs) => {
    const x = one(inputs);
    const s = need(x, null, 'Reshape');
    const t = c.cfg['target_shape'];
    if (!Array.isArray(t) || t.length > 16 || !t.every((d) => typeof d === 'number' && Number.isSafeInteger(d) && d >= -1))
        throw new Unsupported('target_shape is not a list of integers');
    const target = t;
    const total = s.slice(1).every((d) => typeof d === 'number') ? s.slice(1).reduce((a, b) => a * b, 1) : undefined;
    const knownPart = target.filter((d) => d !== -1).reduce((a, b) => a * b, 1);
    const dims = target.map((d, i) => (d !== -1 ? d : total !== undefined && knownPart > 0 ? total / knownPart : `${c.name}_dim${i}`));
    return [c.b.node(c.name, 'Reshape', [x.name, c.b.ints(`${c.name}/shape`, [0, ...target])], [s[0], ...dims])];
};
const permute = (c, inputs) => {
    const x = one(inputs);
    const s = need(x, null, 'Permute');
    const dims = c.cfg['dims'];
    if (!Array.isArray(dims) || dims.length !== s.length - 1 || !dims.every((d) => typeof d === 'number' && Number.isInteger(d) && d >= 1 && d < s.length)) {
        throw new Unsupported('dims is not a permutation of the non-batch axes');
    }
    const perm = [0, ...dims];
    return [c.b.node(c.name, 'Transpose', [x.name], perm.map((p) => s[p]), { perm })];
};
const rescaling = (c, inputs) => {
    const x = one(inputs);
    let y = c.b.node(`${c.name}/scale`, 'Mul', [x.name, c.b.weight(`${c.name}/scale`, [])], x.shape);
    const offset = c.cfg['offset'];
    if (typeof offset !== 'number' || offset !== 0)
        y = c.b.node(`${c.name}/offset`, 'Add', [y.name, c.b.weight(`${c.name}/offset`, [])], x.shape);
    return [y];
};
const normalization = (c, inputs) => {
    const x = one(inputs);
    const s = need(x, null, 'Normalization');
    const ch = known(s[axisOf(c.cfg, s.length, -1)], 'the normalised axis');
    const centred = c.b.node(`${c.name}/centre`, 'Sub', [x.name, c.b.weight(`${c.name}/mean`, [ch])], s);
    return [c.b.node(`${c.name}/scale`, 'Div', [centred.name, c.b.weight(`${c.name}/stddev`, [ch])], s)];
};
function zeroPadding(rank) {
    return (c, inputs) => {
        const x = one(inputs);
        const s = need(x, rank + 2, 'ZeroPadding');
        const p = c.cfg['padding'];
        let pairs;
        if (typeof p === 'number')
            pairs = new Array(rank).fill([p, p]);
        else if (Array.isArray(p) && p.length === rank)
            pairs = p.map((q) => (typeof q === 'number' ? [q, q] : Array.isArray(q) && q.length === 2 && q.every((v) => typeof v === 'number') ? q : [-1, -1]));
        else
            throw new Unsupported('padding is not a number or a list per axis');
        if (pairs.some((q) => q.some((v) => !Number.isSafeInteger(v) || v < 0)))
            throw new Unsupported('padding is not non-negative integers');
        const out = s.map((d, i) => (i >= 1 && i <= rank ? (typeof d === 'number' ? d + pairs[i - 1][0] + pairs[i - 1][1] : `${c.name}_out${i}`) : d));
        const begins = s.map((_, i) => (i >= 1 && i <= rank ? pairs[i - 1][0] : 0));
        const ends = s.map((_, i) => (i >= 1 && i <= rank ? pairs[i - 1][1] : 0));
        return [c.b.node(c.name, 'Pad', [x.name, c.b.ints(`${c.name}/pads`, [...begins, ...ends])], out)];
    };
}
const upSampling2d = (c, inputs) => {
    channelsLast(c.cfg);
    const x = one(inputs);
    const s = need(x, 4, 'UpSampling2D');
    const size = tuple(c.cfg, 'size', 2, 2);
    const hw = [known(s[1], 'height') * size[0], known(s[2], 'width') * size[1]];
    const op = c.cfg['interpolation'] === 'bilinear' ? 'RESIZE_BILINEAR' : c.cfg['interpolation'] === undefined || c.cfg['interpolation'] === 'nearest' ? 'RESIZE_NEAREST_NEIGHBOR' : undefined;
    if (!op)
        throw new Unsupported(`interpolation ${JSON.stringify(c.cfg['interpolation'])} is not costed`);
    return [c.b.node(c.name, op, [x.name, c.b.ints(`${c.name}/size`, hw)], [s[0], hw[0], hw[1], s[3]], {}, 'tflite')];
};
function recurrent(opType, gates) {
    return (c, x, cfg, dirs, mergeMode) => {
        const s = need(x, 3, opType);
        const units = posInt(cfg, 'units');
        const input = known(s[2], 'input features');
        const act = activationName(cfg['activation'] ?? 'tanh');
        if (act !== 'tanh' && !(opType === 'RNN' && act !== null))
            throw new Unsupported(`activation ${JSON.stringify(act)} is not costed for ${opType}`);
        const ins = [x.name, c.b.weight(`${c.name}/kernel`, [dirs, gates * units, input]), c.b.weight(`${c.name}/recurrent_kernel`, [dirs, gates * units, units])];
        if (useBias(cfg))
            ins.push(c.b.weight(`${c.name}/bias`, [dirs, 2 * gates * units]));
        const seq = cfg['return_sequences'] === true;
        const attrs = { layout: 1, hidden_size: units, direction: dirs === 2 ? 'bidirectional' : cfg['go_backwards'] === true ? 'reverse' : 'forward', ...(opType === 'GRU' ? { linear_before_reset: cfg['reset_after'] === false ? 0 : 1 } : {}) };
        const y = c.b.node(c.name, opType, ins, [s[0], s[1], dirs, units], attrs);
        const width = mergeMode === 'concat' ? dirs * units : units;
        if (dirs === 2 && mergeMode !== 'concat') {
            if (mergeMode !== 'sum' && mergeMode !== 'ave' && mergeMode !== 'mul')
                throw new Unsupported(`merge_mode ${JSON.stringify(mergeMode)} is not costed`);
            const op = mergeMode === 'mul' ? 'ReduceProd' : mergeMode === 'ave' ? 'ReduceMean' : 'ReduceSum';
            const merge = (x, axes, out) => (op === 'ReduceSum'
                ? c.b.node(`${c.name}/merge`, op, [x.name, c.b.ints(`${c.name}/merge_axes`, axes)], out, { keepdims: 0 })
                : c.b.node(`${c.name}/merge`, op, [x.name], out, { axes, keepdims: 0 }));
            if (seq)
                return merge(y, [2], [s[0], s[1], units]);
            const last = c.b.node(`${c.name}/last`, 'Gather', [y.name, c.b.ints(`${c.name}/last_step`, [-1])], [s[0], 1, dirs, units], { axis: 1 });
            return merge(last, [1, 2], [s[0], units]);
        }
        if (seq)
            return c.reshape(y, [s[0], s[1], width], 'sequence');
        const last = c.b.node(`${c.name}/last`, 'Gather', [y.name, c.b.ints(`${c.name}/last_step`, [-1])], [s[0], 1, dirs, units], { axis: 1 });
        return c.reshape(last, [s[0], width], 'state');
    };
}
const RNN_KINDS = (0,name_table/* nameTable */.ge)({
    LSTM: [recurrent('LSTM', 4), 'LSTM'],
    GRU: [recurrent('GRU', 3), 'GRU'],
    SimpleRNN: [recurrent('RNN', 1), 'SimpleRNN'],
});
const rnnLayer = (kind) => (c, inputs) => [RNN_KINDS[kind][0](c, one(inputs), c.cfg, 1, 'concat')];
const bidirectional = (c, inputs) => {
    const inner = c.cfg['layer'];
    if (!isObject(inner) || typeof inner['class_name'] !== 'string' || !isObject(inner['config']))
        throw new Unsupported('has no wrapped layer');
    const kind = RNN_KINDS[inner['class_name']];
    if (!kind)
        throw new Unsupported(`wraps a ${inner['class_name']}, not an LSTM, GRU or SimpleRNN`);
    const mode = c.cfg['merge_mode'] === undefined ? 'concat' : c.cfg['merge_mode'];
    if (mode === null)
        throw new Unsupported('merge_mode None returns the two directions apart: not costed');
    if (typeof mode !== 'string')
        throw new Unsupported('merge_mode is not a name');
    return [kind[0](c, one(inputs), inner['config'], 2, mode)];
};
const multiHeadAttention = (c, inputs) => {
    const named = (n) => inputs.find((t) => t.kwarg === n);
    const positional = inputs.filter((t) => t.kwarg === undefined);
    const q = named('query') ?? positional[0], v = named('value') ?? positional[1];
    const k = named('key') ?? positional[2] ?? v;
    if (!q || !v || positional.length > 3)
        throw new Unsupported(`needs query and value (and key), got ${inputs.length} inputs`);
    const qs = need(q, 3, 'MultiHeadAttention query'), vs = need(v, 3, 'MultiHeadAttention value'), ks = need(k, 3, 'MultiHeadAttention key');
    const heads = posInt(c.cfg, 'num_heads');
    const keyDim = posInt(c.cfg, 'key_dim');
    const valueDim = posInt(c.cfg, 'value_dim', keyDim);
    const bias = useBias(c.cfg);
    const [B, T, S] = [qs[0], qs[1], vs[1]];
    const outDim = c.cfg['output_shape'] === undefined || c.cfg['output_shape'] === null ? known(qs[2], 'query width') : posInt({ o: Array.isArray(c.cfg['output_shape']) ? (c.cfg['output_shape'][0] ?? null) : c.cfg['output_shape'] }, 'o');
    const project = (x, xs, what, width) => {
        const inW = known(xs[2], `${what} width`);
        let y = c.b.node(`${c.name}/${what}`, 'MatMul', [x.name, c.b.weight(`${c.name}/${what}/kernel`, [inW, heads * width])], [xs[0], xs[1], heads * width]);
        if (bias)
            y = c.b.node(`${c.name}/${what}_bias`, 'Add', [y.name, c.b.weight(`${c.name}/${what}/bias`, [heads * width])], y.shape);
        const split = c.reshape(y, [xs[0], xs[1], heads, width], `${what}_heads`);
        return c.b.node(`${c.name}/${what}_t`, 'Transpose', [split.name], [xs[0], heads, xs[1], width], { perm: [0, 2, 1, 3] });
    };
    const qh = project(q, qs, 'query', keyDim);
    const kh = project(k, ks, 'key', keyDim);
    const vh = project(v, vs, 'value', valueDim);
    const scaled = c.b.node(`${c.name}/scale`, 'Mul', [qh.name, c.b.weight(`${c.name}/scale`, [])], [B, heads, T, keyDim]);
    const kt = c.b.node(`${c.name}/key_tt`, 'Transpose', [kh.name], [B, heads, keyDim, S], { perm: [0, 1, 3, 2] });
    const scores = c.b.node(`${c.name}/scores`, 'MatMul', [scaled.name, kt.name], [B, heads, T, S]);
    const probs = c.b.node(`${c.name}/softmax`, 'Softmax', [scores.name], [B, heads, T, S], { axis: -1 });
    const ctxh = c.b.node(`${c.name}/context`, 'MatMul', [probs.name, vh.name], [B, heads, T, valueDim]);
    const merged = c.b.node(`${c.name}/context_t`, 'Transpose', [ctxh.name], [B, T, heads, valueDim], { perm: [0, 2, 1, 3] });
    const flat = c.reshape(merged, [B, T, heads * valueDim], 'context_merge');
    let y = c.b.node(`${c.name}/output`, 'MatMul', [flat.name, c.b.weight(`${c.name}/attention_output/kernel`, [heads * valueDim, outDim])], [B, T, outDim]);
    if (bias)
        y = c.b.node(`${c.name}/output_bias`, 'Add', [y.name, c.b.weight(`${c.name}/attention_output/bias`, [outDim])], y.shape);
    return [y];
};
const attention = (c, inputs) => {
    if (inputs.length < 2 || inputs.length > 3)
        throw new Unsupported(`needs [query, value(, key)], got ${inputs.length} inputs`);
    if (c.cfg['score_mode'] !== undefined && c.cfg['score_mode'] !== 'dot')
        throw new Unsupported(`score_mode ${JSON.stringify(c.cfg['score_mode'])} is not costed`);
    const q = inputs[0], v = inputs[1], k = inputs[2] ?? v;
    const qs = need(q, 3, 'Attention query'), vs = need(v, 3, 'Attention value'), ks = need(k, 3, 'Attention key');
    const kt = c.b.node(`${c.name}/key_t`, 'Transpose', [k.name], [ks[0], ks[2], ks[1]], { perm: [0, 2, 1] });
    const scores = c.b.node(`${c.name}/scores`, 'MatMul', [q.name, kt.name], [qs[0], qs[1], ks[1]]);
    const probs = c.b.node(`${c.name}/softmax`, 'Softmax', [scores.name], scores.shape, { axis: -1 });
    return [c.b.node(`${c.name}/context`, 'MatMul', [probs.name, v.name], [qs[0], qs[1], vs[2]])];
};
function cropping(rank) {
    return (c, inputs) => {
        channelsLast(c.cfg);
        const x = one(inputs);
        const s = need(x, rank + 2, 'Cropping');
        const v = c.cfg['cropping'];
        const pairs = typeof v === 'number' ? new Array(rank).fill([v, v]) : Array.isArray(v) && rank === 1 && v.length === 2 && v.every((q) => typeof q === 'number') ? [v] : Array.isArray(v) && v.length === rank ? v.map((q) => (typeof q === 'number' ? [q, q] : q)) : [];
        if (pairs.length !== rank || !pairs.every((q) => Array.isArray(q) && q.length === 2 && q.every((n) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0))) {
            throw new Unsupported('cropping is not a number or a pair per axis');
        }
        const crops = pairs;
        const axes = crops.map((_, i) => i + 1);
        const dims = axes.map((a, i) => known(s[a], 'cropped dim') - crops[i][0] - crops[i][1]);
        if (dims.some((d) => d < 1))
            throw new Unsupported('crops away the whole input');
        const out = s.map((d, i) => (i >= 1 && i <= rank ? dims[i - 1] : d));
        const starts = c.b.ints(`${c.name}/starts`, crops.map((q) => q[0]));
        const ends = c.b.ints(`${c.name}/ends`, axes.map((a, i) => known(s[a], 'cropped dim') - crops[i][1]));
        return [c.b.node(c.name, 'Slice', [x.name, starts, ends, c.b.ints(`${c.name}/axes`, axes)], out)];
    };
}
const repeatVector = (c, inputs) => {
    const x = one(inputs);
    const s = need(x, 2, 'RepeatVector');
    const n = posInt(c.cfg, 'n');
    const lifted = c.reshape(x, [s[0], 1, s[1]], 'lift');
    return [c.b.node(c.name, 'Tile', [lifted.name, c.b.ints(`${c.name}/repeats`, [1, n, 1])], [s[0], n, s[1]])];
};
const timeDistributed = (c, inputs) => {
    const x = one(inputs);
    const s = need(x, null, 'TimeDistributed');
    if (s.length < 3)
        throw new Unsupported(`needs [batch, time, ...], got rank ${s.length}`);
    const inner = c.cfg['layer'];
    if (!isObject(inner) || typeof inner['class_name'] !== 'string' || !isObject(inner['config']))
        throw new Unsupported('has no wrapped layer');
    const fn = LAYERS[inner['class_name']];
    if (!fn || inner['class_name'] === 'TimeDistributed')
        throw new Unsupported(`wraps a ${inner['class_name']}, which is not costed`);
    const rows = typeof s[0] === 'number' && typeof s[1] === 'number' ? s[0] * s[1] : s[0] === 1 ? s[1] : `${c.name}_rows`;
    const folded = c.reshape(x, [rows, ...s.slice(2)], 'fold');
    const y = fn(new LayerContext(c.b, `${c.name}/${typeof inner['config']['name'] === 'string' ? inner['config']['name'] : 'layer'}`, inner['config']), [folded]);
    if (y.length !== 1 || !y[0].shape)
        throw new Unsupported('the wrapped layer has no single output of known shape');
    return [c.reshape(y[0], [s[0], s[1], ...y[0].shape.slice(1)], 'unfold')];
};
const LAYERS = (0,name_table/* nameTable */.ge)({
    Dense: dense,
    Conv1D: conv(1), Conv2D: conv(2), Conv3D: conv(3), Convolution1D: conv(1), Convolution2D: conv(2), Convolution3D: conv(3),
    DepthwiseConv2D: depthwise, SeparableConv2D: separable, SeparableConvolution2D: separable,
    Conv1DTranspose: convTranspose(1), Conv2DTranspose: convTranspose(2), Conv3DTranspose: convTranspose(3),
    Convolution1DTranspose: convTranspose(1), Convolution2DTranspose: convTranspose(2), Convolution3DTranspose: convTranspose(3),
    MaxPooling1D: pool(1, 'MAX_POOL_2D'), MaxPooling2D: pool(2, 'MAX_POOL_2D'), MaxPool1D: pool(1, 'MAX_POOL_2D'), MaxPool2D: pool(2, 'MAX_POOL_2D'),
    AveragePooling1D: pool(1, 'AVERAGE_POOL_2D'), AveragePooling2D: pool(2, 'AVERAGE_POOL_2D'), AvgPool1D: pool(1, 'AVERAGE_POOL_2D'), AvgPool2D: pool(2, 'AVERAGE_POOL_2D'),
    GlobalAveragePooling1D: globalPool('ReduceMean'), GlobalAveragePooling2D: globalPool('ReduceMean'), GlobalAveragePooling3D: globalPool('ReduceMean'),
    GlobalAvgPool1D: globalPool('ReduceMean'), GlobalAvgPool2D: globalPool('ReduceMean'), GlobalAvgPool3D: globalPool('ReduceMean'),
    GlobalMaxPooling1D: globalPool('ReduceMax'), GlobalMaxPooling2D: globalPool('ReduceMax'), GlobalMaxPooling3D: globalPool('ReduceMax'),
    GlobalMaxPool1D: globalPool('ReduceMax'), GlobalMaxPool2D: globalPool('ReduceMax'), GlobalMaxPool3D: globalPool('ReduceMax'),
    BatchNormalization: batchNorm, LayerNormalization: layerNorm, Embedding: embedding,
    Add: merge('Add'), Subtract: merge('Sub'), Multiply: merge('Mul'), Maximum: merge('Max'), Minimum: merge('Min'), Average: merge('Mean'),
    Concatenate: concatenate,
    Activation: activationLayer((cfg) => activationName(cfg['activation'])),
    ReLU: reluLayer,
    LeakyReLU: activationLayer(() => 'leaky_relu'),
    ELU: activationLayer(() => 'elu'),
    Softmax: activationLayer(() => 'softmax'),
    Flatten: flatten, Reshape: reshapeLayer, Permute: permute,
    Dropout: identity, SpatialDropout1D: identity, SpatialDropout2D: identity, SpatialDropout3D: identity,
    GaussianNoise: identity, GaussianDropout: identity, AlphaDropout: identity, ActivityRegularization: identity,
    Rescaling: rescaling, Normalization: normalization,
    ZeroPadding1D: zeroPadding(1), ZeroPadding2D: zeroPadding(2), UpSampling2D: upSampling2d,
    LSTM: rnnLayer('LSTM'), GRU: rnnLayer('GRU'), SimpleRNN: rnnLayer('SimpleRNN'), Bidirectional: bidirectional,
    MultiHeadAttention: multiHeadAttention, Attention: attention,
    Cropping1D: cropping(1), Cropping2D: cropping(2), RepeatVector: repeatVector, TimeDistributed: timeDistributed,
});
function isCostedLayer(className) {
    return className in LAYERS || className === 'InputLayer';
}
function inputTensor(b, layer) {
    const cfg = layer.config;
    const shape = shapeFromConfig(cfg['batch_shape'] ?? cfg['batch_input_shape'], layer.name, true)
        ?? shapeFromConfig(cfg['shape'] ?? cfg['input_shape'], layer.name, false);
    const dtype = cfg['dtype'] === 'int32' || cfg['dtype'] === 'int64' ? cfg['dtype'] : 'float32';
    const name = b.unique(layer.name);
    b.inputs.push({ name, dtype, shape, kind: 'tensor' });
    return { name, shape, dtype };
}
class ModelBuilder {
    b;
    unknownLayers = new Map();
    constructor(b) {
        this.b = b;
    }
    callLayer(layer, inputs, prefix) {
        const name = `${prefix}${layer.name}`;
        const withShapes = inputs.map((t, i) => {
            if (t.shape !== undefined || i > 0)
                return t;
            const shape = firstBuildShape(layer.buildInputShape, layer.name);
            return shape ? this.b.hint(t, shape) : t;
        });
        if (layer.model)
            return this.model(layer.model, withShapes, `${name}/`);
        const fn = LAYERS[layer.className];
        const c = new LayerContext(this.b, name, layer.config);
        if (fn) {
            try {
                return fn(c, withShapes);
            }
            catch (e) {
                if (!(e instanceof Unsupported))
                    throw e;
                this.b.warnings.push(`Keras layer ${JSON.stringify(name)} (${layer.className}) is not costed: ${e.message}`);
            }
        }
        else {
            this.unknownLayers.set(layer.className, (this.unknownLayers.get(layer.className) ?? 0) + 1);
        }
        return [this.b.node(name, layer.className, withShapes.map((t) => t.name), undefined, {}, KERAS_DOMAIN)];
    }
    model(m, given, prefix) {
        if (m.kind === 'sequential')
            return this.sequential(m, given, prefix);
        return this.functional(m, given, prefix);
    }
    sequential(m, given, prefix) {
        let layers = m.layers;
        let x;
        if (layers[0]?.className === 'InputLayer') {
            x = given?.[0] ?? inputTensor(this.b, layers[0]);
            layers = layers.slice(1);
        }
        else if (given) {
            x = given[0];
        }
        else {
            const first = layers[0];
            const cfg = first?.config ?? {};
            const stated = cfg['batch_input_shape'] ?? cfg['batch_shape'] ?? m.buildInputShape ?? first?.buildInputShape;
            x = inputTensor(this.b, { className: 'InputLayer', name: `${m.name}_input`, config: { batch_shape: stated ?? null, dtype: cfg['dtype'] ?? 'float32' }, calls: [], buildInputShape: undefined });
        }
        for (const layer of layers) {
            const out = this.callLayer(layer, [x], prefix);
            x = out[0];
        }
        return [x];
    }
    functional(m, given, prefix) {
        const produced = new Map();
        const key = (r) => `${r.layer}\u0000${r.node}\u0000${r.tensor}`;
        const inputNames = new Set(m.inputs.map((r) => r.layer));
        let nextGiven = 0;
        const pending = [];
        for (const layer of m.layers) {
            if (layer.className === 'InputLayer') {
                const t = given && inputNames.has(layer.name) ? given[m.inputs.findIndex((r) => r.layer === layer.name)] ?? given[nextGiven++] : undefined;
                produced.set(key({ layer: layer.name, node: 0, tensor: 0 }), t ?? inputTensor(this.b, layer));
                continue;
            }
            layer.calls.forEach((_, call) => pending.push({ layer, call }));
        }
        const waiting = pending.map(({ layer, call }) => new Set(layer.calls[call].map(key).filter((k) => !produced.has(k))));
        const readers = new Map();
        const ready = new topo/* IndexHeap */.dg();
        waiting.forEach((w, i) => {
            if (w.size === 0)
                ready.push(i);
            for (const k of w) {
                const list = readers.get(k);
                if (list)
                    list.push(i);
                else
                    readers.set(k, [i]);
            }
        });
        let done = 0;
        while (ready.size > 0) {
            const i = ready.pop();
            const { layer, call } = pending[i];
            const refs = layer.calls[call];
            const outs = this.callLayer(layer, refs.map((r) => {
                const t = produced.get(key(r));
                return r.kwarg === undefined ? t : { ...t, kwarg: r.kwarg };
            }), prefix);
            done++;
            outs.forEach((t, j) => {
                const k = key({ layer: layer.name, node: call, tensor: j });
                produced.set(k, t.kwarg === undefined ? t : { name: t.name, shape: t.shape, dtype: t.dtype });
                for (const r of readers.get(k) ?? [])
                    if (waiting[r].delete(k) && waiting[r].size === 0)
                        ready.push(r);
            });
        }
        if (done < pending.length) {
            const { layer, call } = pending[waiting.findIndex((w) => w.size > 0)];
            const missing = layer.calls[call].find((r) => !produced.has(key(r)));
            throw new KerasGraphError(`layer ${JSON.stringify(layer.name)} reads ${JSON.stringify(missing.layer)}, which no layer of model ${JSON.stringify(m.name)} produces`);
        }
        return m.outputs.map((r) => {
            const t = produced.get(key(r));
            if (!t)
                throw new KerasGraphError(`model ${JSON.stringify(m.name)}: output ${JSON.stringify(r.layer)} is not produced by any layer`);
            return t;
        });
    }
}
class KerasGraphError extends Error {
    name = 'KerasGraphError';
}
function kerasToIr(m, info) {
    const b = new Builder(info.layerDtypes ?? new Map());
    const mb = new ModelBuilder(b);
    const outputs = mb.model(m, null, '');
    return {
        model: b.model(m.name, outputs.map((t) => ({ name: t.name, dtype: t.dtype, shape: t.shape, kind: 'tensor' })), { ...info, format: 'keras', domain: KERAS_DOMAIN }),
        unknownLayers: mb.unknownLayers,
        warnings: b.warnings,
    };
}

;// CONCATENATED MODULE: ./build/src/formats/keras/weights.js


const KERNEL_BIAS = () => ['kernel', 'bias'];
const VARIABLE_NAMES = new Map([
    ...['Dense', 'Conv1D', 'Conv2D', 'Conv3D', 'Conv1DTranspose', 'Conv2DTranspose', 'Conv3DTranspose', 'DepthwiseConv1D', 'DepthwiseConv2D', 'EinsumDense']
        .map((c) => [c, KERNEL_BIAS]),
    ...['SeparableConv1D', 'SeparableConv2D'].map((c) => [c, () => ['depthwise_kernel', 'pointwise_kernel', 'bias']]),
    ['BatchNormalization', (cfg, count) => {
            const learned = cfg ? [...(cfg['scale'] === false ? [] : ['gamma']), ...(cfg['center'] === false ? [] : ['beta'])]
                : count === 4 ? ['gamma', 'beta'] : Array.from({ length: Math.max(0, count - 2) }, (_, i) => String(i));
            return [...learned, 'moving_mean', 'moving_variance'];
        }],
    ['LayerNormalization', (cfg, count) => {
            if (!cfg)
                return count === 2 ? ['gamma', 'beta'] : undefined;
            return [...(cfg['scale'] === false ? [] : ['gamma']), ...(cfg['center'] === false ? [] : ['beta'])];
        }],
    ['Embedding', () => ['embeddings']],
    ['Normalization', () => ['mean', 'variance', 'count']],
    ['PReLU', () => ['alpha']],
]);
function variableNames(className, cfg, count) {
    return className === undefined ? undefined : VARIABLE_NAMES.get(className)?.(cfg, count);
}
function kerasSnakeCase(className, tfKeras = false) {
    const snake = (tfKeras ? className : className.replace(/[^\p{L}\p{N}_]+/gu, ''))
        .replace(/(.)([A-Z][a-z]+)/g, '$1_$2')
        .replace(/([a-z])([A-Z])/g, '$1_$2')
        .toLowerCase();
    return tfKeras && snake.startsWith('_') ? `private${snake}` : snake;
}
const CLASS_OF_GROUP = new Map([...VARIABLE_NAMES.keys()].map((c) => [kerasSnakeCase(c), c]));
function classOfGroup(group) {
    return CLASS_OF_GROUP.get(group) ?? CLASS_OF_GROUP.get(group.replace(/_\d+$/, ''));
}
const STATE_NAMES = new Set(['moving_mean', 'moving_variance', 'count']);
function roleOf(path, varName, dtype, layerClass, optimizer) {
    if (optimizer)
        return 'optimizer';
    if (!(0,graph_dtype/* isDType */.Zn)(dtype) || !(0,graph_dtype/* isWeightDType */.TW)(dtype))
        return 'non-weight';
    if (STATE_NAMES.has(varName) || (layerClass === 'Normalization' && (varName === 'mean' || varName === 'variance')))
        return 'buffer';
    if (path.includes('seed_generator') || /metrics?$|tracker$/.test(path[0] ?? ''))
        return 'buffer';
    return 'param';
}
function tensor(d, name, role) {
    return { name, dtype: d.dtype.name, dims: d.dims, elements: d.elements, bytes: d.elements * d.dtype.size, role };
}
const RAW_OP_MODULE = /^keras(\.src)?\.ops(\.|$)/;
function layerIndex(m, naming, prefix = '', names = [], out = new Map()) {
    if (!m)
        return out;
    const used = new Map();
    const take = (snake) => {
        const seen = used.get(snake);
        used.set(snake, seen === undefined ? 0 : seen + 1);
        return seen === undefined ? snake : `${snake}_${seen + 1}`;
    };
    const members = m.kind === 'sequential' && m.layers[0]?.className === 'InputLayer' ? m.layers.slice(1) : m.layers;
    for (const l of members) {
        if (RAW_OP_MODULE.test(l.module ?? ''))
            continue;
        const snake = kerasSnakeCase(l.className, naming.tfKeras);
        const key = `${prefix}${naming.container}/${take(snake)}`;
        const path = [...names, l.name];
        if (!out.has(key))
            out.set(key, { layer: l, names: path });
        if (l.model)
            layerIndex(l.model, naming, `${key}/`, path, out);
        if (naming.container === '_layer_checkpoint_dependencies' && naming.hasVariables(key))
            take(snake);
    }
    return out;
}
function note(u, path, elements) {
    return u ? { ...u, count: u.count + 1, elements: u.elements + elements } : { count: 1, elements, first: path };
}
function describe(u) {
    return `${u.count} variable${u.count === 1 ? '' : 's'} (${u.elements.toLocaleString('en-US')} elements, first ${JSON.stringify(u.first).slice(0, 120)})`;
}
function keras3Weights(file, model, tfKeras) {
    const datasets = walkDatasets(file, file.root());
    const inGroup = new Map();
    for (const d of datasets) {
        const group = d.path.slice(0, Math.max(0, d.path.lastIndexOf('/')));
        inGroup.set(group, (inGroup.get(group) ?? 0) + 1);
    }
    const tf213 = file.root().members().some((m) => m.name === '_layer_checkpoint_dependencies');
    let withVariables;
    const hasVariables = (group) => {
        withVariables ??= new Set(datasets.flatMap((d) => d.path.split('/').slice(0, -1).map((_, i, a) => a.slice(0, i + 1).join('/'))));
        return withVariables.has(group);
    };
    const layers = layerIndex(model, { container: tf213 ? '_layer_checkpoint_dependencies' : 'layers', tfKeras: tfKeras || tf213, hasVariables });
    const out = [];
    let unmatched;
    let unknownClass;
    for (const d of datasets) {
        const parts = d.path.split('/');
        const index = parts[parts.length - 1];
        const optimizer = parts[0] === 'optimizer';
        const groups = [];
        const sub = [];
        let groupEnd = 0;
        for (let i = 0; i < parts.length - 2; i++) {
            if ((parts[i] === 'layers' || parts[i] === '_layer_checkpoint_dependencies') && i + 1 < parts.length - 2) {
                groups.push(parts[++i]);
                groupEnd = i + 1;
                sub.length = 0;
            }
            else
                sub.push(parts[i]);
        }
        const owner = groups.length > 0 ? layers.get(parts.slice(0, groupEnd).join('/')) : undefined;
        const className = sub.length > 0 ? undefined : owner ? owner.layer.className : groups.length > 0 ? classOfGroup(groups[groups.length - 1]) : undefined;
        const count = inGroup.get(parts.slice(0, -1).join('/')) ?? 0;
        const varNames = variableNames(className, owner?.layer.config, count);
        const i = /^\d+$/.test(index) ? Number(index) : NaN;
        const varName = varNames && Number.isInteger(i) && i < varNames.length ? varNames[i] : index;
        const display = optimizer ? ['optimizer', index] : owner ? [...owner.names, ...sub, varName] : groups.length > 0 ? [...groups, ...sub, varName] : [...parts.slice(0, -2), varName];
        const t = tensor(d, display.join('.'), roleOf(parts, varName, d.dtype.name, className, optimizer));
        out.push(t);
        if (groups.length > 0 && !owner && model)
            unmatched = note(unmatched, d.path, t.elements);
        else if (groups.length > 0 && !model && t.role === 'param' && (sub.length > 0 || !varNames))
            unknownClass = note(unknownClass, d.path, t.elements);
    }
    const warnings = [];
    if (unmatched) {
        warnings.push(`${describe(unmatched)} sit in weight groups that match no layer of the model config: their roles are guessed from the group names (a class the reader cannot name variables for counts them as params)`);
    }
    if (unknownClass) {
        warnings.push(`without a model config, layer classes are read from the weight group names: ${describe(unknownClass)} of classes the reader cannot name variables for are counted as params (state among them, if any, is not told apart)`);
    }
    return { tensors: out, warnings };
}
function legacyWeights(file, layersGroup, optimizerGroup) {
    const out = [];
    const layerGroups = new Set(layersGroup.members().map((m) => m.name));
    for (const d of walkDatasets(file, layersGroup)) {
        const rel = d.path.slice(layersGroup.path === '' ? 0 : layersGroup.path.length + 1).split('/');
        if (!layerGroups.has(rel[0]) || rel.length < 2)
            continue;
        const rest = rel[1] === rel[0] ? rel.slice(2) : rel.slice(1);
        const varName = (rest[rest.length - 1] ?? '').replace(/:\d+$/, '');
        const name = [rel[0], ...rest.slice(0, -1), varName].join('.');
        out.push(tensor(d, name, roleOf(rel, varName, d.dtype.name, undefined, false)));
    }
    if (optimizerGroup) {
        for (const d of walkDatasets(file, optimizerGroup)) {
            out.push(tensor(d, d.path.replace(/:\d+$/, '').split('/').join('.'), 'optimizer'));
        }
    }
    return out;
}
function layoutOf(file) {
    const root = file.root();
    if (root.attribute('layer_names') !== undefined || root.attribute('layer_names0') !== undefined)
        return 'legacy';
    const names = new Set(root.members().map((m) => m.name));
    if (names.has('model_weights'))
        return 'legacy';
    if (names.has('layers') || names.has('_layer_checkpoint_dependencies') || names.has('vars'))
        return 'keras3';
    return null;
}
function weightsLayout(file) {
    const layout = layoutOf(file);
    if (layout === null)
        throw new Hdf5Error('an HDF5 file, but not a Keras one: no model_weights group, layer_names attribute or layers group');
    return layout;
}
function isKerasHdf5(file) {
    const root = file.root();
    return root.attribute('model_config') !== undefined || root.attribute('keras_version') !== undefined || layoutOf(file) !== null;
}
function readKerasWeights(file, model, tfKeras = false) {
    if (weightsLayout(file) === 'keras3')
        return keras3Weights(file, model, tfKeras);
    const root = file.root();
    const modelWeights = objectAt(file, 'model_weights');
    const optimizer = objectAt(file, 'optimizer_weights');
    return { tensors: legacyWeights(file, modelWeights ?? root, optimizer), warnings: [] };
}

;// CONCATENATED MODULE: ./build/src/formats/keras/reader.js










const MAX_INFLATED_WEIGHTS = 256 * 1024 * 1024;
const MAX_WEIGHTS_INFLATION = 100;
const WEIGHTS_INFLATE_ALLOWANCE = 16 * 1024 * 1024;
function isKerasContent(prefix, size) {
    try {
        return isKerasHdf5(new Hdf5File((0,byte_source/* memorySource */.Pq)(prefix), 0, size));
    }
    catch (e) {
        if (e instanceof Hdf5Error)
            return true;
        throw e;
    }
}
function kerasVersionOf(meta) {
    return isObject(meta) && typeof meta['keras_version'] === 'string' ? meta['keras_version'].slice(0, 40) : '';
}
function zipParts(src) {
    const tail = (0,byte_source/* withTail */.$4)(src, zip/* ZIP_TAIL_READ */.kZ);
    const entries = (0,zip/* readCentralDirectory */.Hp)(tail);
    const byName = new Map(entries.map((e) => [e.name, e]));
    const config = byName.get('config.json');
    if (!config)
        throw new KerasConfigError('a zip without config.json: not a .keras model');
    const meta = byName.get('metadata.json');
    const metaJson = meta ? parseJson((0,zip/* readEntry */.hB)(tail, meta, 1024 * 1024), 'metadata.json') : undefined;
    const weights = byName.get('model.weights.h5');
    let hdf5;
    if (weights) {
        if (weights.encrypted)
            throw new zip/* ZipError */.Wz('zip entry "model.weights.h5" is encrypted');
        if (weights.method === 0) {
            const header = tail.read(weights.offset, 30);
            if (header.length < 30 || new DataView(header.buffer, header.byteOffset, 30).getUint32(0, true) !== 0x04034b50) {
                throw new zip/* ZipError */.Wz(`zip entry "model.weights.h5": no local header at offset ${weights.offset}`);
            }
            const v = new DataView(header.buffer, header.byteOffset, 30);
            const dataAt = weights.offset + 30 + v.getUint16(26, true) + v.getUint16(28, true);
            if (dataAt + weights.size > src.size)
                throw new zip/* ZipError */.Wz('zip entry "model.weights.h5" runs past the end of the file');
            hdf5 = new Hdf5File(tail, dataAt, weights.size);
        }
        else {
            (0,zip/* refuseInflation */.DT)(weights, MAX_WEIGHTS_INFLATION, WEIGHTS_INFLATE_ALLOWANCE, 'weights deflate about 1.1:1; Keras stores them uncompressed');
            hdf5 = new Hdf5File((0,byte_source/* memorySource */.Pq)((0,zip/* readEntry */.hB)(tail, weights, MAX_INFLATED_WEIGHTS)), 0, weights.size);
        }
    }
    const kerasVersion = kerasVersionOf(metaJson);
    return {
        ...(hdf5 ? { hdf5 } : {}),
        config: parseJson((0,zip/* readEntry */.hB)(tail, config, MAX_CONFIG_BYTES), 'config.json'),
        kerasVersion,
        formatVersion: '.keras',
        entries: entries.map((e) => e.name),
    };
}
function hdf5Parts(src) {
    const hdf5 = new Hdf5File(src, 0, src.size);
    const root = hdf5.root();
    const rawConfig = root.attribute('model_config');
    const version = root.attribute('keras_version');
    const kerasVersion = typeof version === 'string' ? version.slice(0, 40) : '';
    if (rawConfig === undefined)
        return { hdf5, kerasVersion, formatVersion: 'weights-only HDF5' };
    if (typeof rawConfig !== 'string')
        throw new KerasConfigError('the model_config attribute is not a string');
    return { hdf5, config: parseJson(new TextEncoder().encode(rawConfig), 'the model_config attribute'), kerasVersion, formatVersion: 'legacy HDF5' };
}
function readParts(src, path, fileBytes) {
    const head = src.read(0, Math.min(8, src.size));
    const parts = (0,signature/* hasZipMagic */.pI)(head) ? zipParts(src) : hdf5Parts(src);
    const warnings = [];
    let model;
    let costsUnavailable;
    if (parts.config !== undefined) {
        try {
            model = parseModel(parts.config);
        }
        catch (e) {
            if (!(e instanceof KerasConfigError))
                throw e;
            costsUnavailable = `the model config is not a Sequential or Functional model (${e.message}): params only`;
        }
    }
    else {
        costsUnavailable = 'a weights-only Keras file has no model config: params only (MACs, FLOPs, memory access, peak memory and latency need the layers)';
    }
    const read = parts.hdf5 ? readKerasWeights(parts.hdf5, model, /^2\./.test(parts.kerasVersion)) : { tensors: [], warnings: [] };
    const tensors = read.tensors;
    warnings.push(...read.warnings);
    if (!parts.hdf5)
        warnings.push('the .keras archive has no model.weights.h5: params are not known');
    const metadata = new Map();
    if (parts.kerasVersion)
        metadata.set('keras_version', parts.kerasVersion);
    if (model)
        metadata.set('model', `${model.kind === 'sequential' ? 'Sequential' : 'Functional'} ${JSON.stringify(model.name).slice(0, 80)}, ${model.layers.length} layers`);
    let graph;
    if (model) {
        try {
            graph = kerasToIr(model, { formatVersion: parts.formatVersion, producer: parts.kerasVersion ? `keras ${parts.kerasVersion}` : 'keras', fileBytes, metadata, layerDtypes: layerDtypes(tensors) });
        }
        catch (e) {
            if (e instanceof KerasGraphError)
                throw new errors/* ModelFileError */.EO(path, `invalid Keras model config: ${e.message}`);
            throw e;
        }
        warnings.push(...graph.warnings);
        if (graph.unknownLayers.size > 0) {
            warnings.push(`Keras layer classes not costed (totals are a lower bound): ${[...graph.unknownLayers].map(([c, n]) => `${JSON.stringify(c).slice(0, 80)} x${n}`).join(', ')}`);
        }
    }
    const weights = { tensors, metadata, warnings, sideFiles: [], ...(costsUnavailable ? { costsUnavailable } : {}) };
    return { weights, ...(graph ? { graph } : {}), formatVersion: parts.formatVersion, stats: { bytesRead: src.bytesRead, readCalls: src.readCalls } };
}
function layerDtypes(tensors) {
    const out = new Map();
    for (const t of tensors) {
        const layer = t.name.slice(0, Math.max(0, t.name.lastIndexOf('.')));
        if (t.role === 'param' && (0,graph_dtype/* isDType */.Zn)(t.dtype) && !out.has(layer))
            out.set(layer, t.dtype);
    }
    return out;
}
function wrap(path, read) {
    try {
        return read();
    }
    catch (e) {
        if (e instanceof Hdf5Error)
            throw new errors/* ModelFileError */.EO(path, `invalid HDF5 (Keras) file: ${e.message}`);
        if (e instanceof zip/* ZipError */.Wz)
            throw new errors/* ModelFileError */.EO(path, `invalid .keras archive: ${e.message}`);
        if (e instanceof KerasConfigError)
            throw new errors/* ModelFileError */.EO(path, `invalid Keras file: ${e.message}`);
        if (e?.code)
            throw new errors/* ModelFileError */.EO(path, (0,file/* describeFsError */.TQ)(e));
        throw e;
    }
}
function readKerasFile(path) {
    return (0,file/* withOpenModel */.Is)(path, (fd, size) => wrap(path, () => readParts((0,byte_source/* fileSource */.IO)(fd, size), path, size)));
}
function readKerasBytes(bytes, path) {
    if (bytes.byteLength === 0)
        throw new errors/* ModelFileError */.EO(path, 'file is empty (0 bytes)');
    return wrap(path, () => readParts((0,byte_source/* memorySource */.Pq)(bytes), path, bytes.byteLength));
}


/***/ }),

/***/ 254:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ withTail),
/* harmony export */   IO: () => (/* binding */ fileSource),
/* harmony export */   Pq: () => (/* binding */ memorySource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);

function fileSource(fd, size) {
    let bytesRead = 0;
    let readCalls = 0;
    return {
        size,
        read(offset, length) {
            const n = Math.max(0, Math.min(length, size - offset));
            const out = Buffer.allocUnsafe(n);
            let got = 0;
            while (got < n) {
                const r = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, out, got, n - got, offset + got);
                readCalls++;
                if (r === 0)
                    break;
                got += r;
            }
            bytesRead += got;
            return got === n ? out : out.subarray(0, got);
        },
        get bytesRead() {
            return bytesRead;
        },
        get readCalls() {
            return readCalls;
        },
    };
}
function memorySource(bytes) {
    return {
        size: bytes.byteLength,
        read: (offset, length) => bytes.subarray(offset, Math.min(bytes.byteLength, offset + length)),
        bytesRead: bytes.byteLength,
        readCalls: 0,
    };
}
function withTail(src, length) {
    const tailStart = Math.max(0, src.size - length);
    const tail = src.read(tailStart, src.size - tailStart);
    return {
        size: src.size,
        read: (offset, n) => (offset >= tailStart ? tail.subarray(offset - tailStart, Math.min(tail.length, offset - tailStart + n)) : src.read(offset, n)),
        get bytesRead() {
            return src.bytesRead;
        },
        get readCalls() {
            return src.readCalls;
        },
    };
}


/***/ }),

/***/ 393:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ refuseInflation),
/* harmony export */   Hp: () => (/* binding */ readCentralDirectory),
/* harmony export */   Wz: () => (/* binding */ ZipError),
/* harmony export */   hB: () => (/* binding */ readEntry),
/* harmony export */   kZ: () => (/* binding */ ZIP_TAIL_READ)
/* harmony export */ });
/* unused harmony export ZIP_LIMITS */
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8995);

let zlib;
function loadZlib() {
    return (zlib ??= node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire(import.meta.url)('node:zlib'));
}
class ZipError extends Error {
    name = 'ZipError';
}
const ZIP_LIMITS = { maxEntries: 1_000_000, maxCentralDirectoryBytes: 128 * 1024 * 1024 };
const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const MAX_DEFLATE_RATIO = 1032;
function dv(b) {
    return new DataView(b.buffer, b.byteOffset, b.byteLength);
}
function u64(v, at, what) {
    const lo = v.getUint32(at, true);
    const hi = v.getUint32(at + 4, true);
    if (hi >= 0x200000)
        throw new ZipError(`zip64 ${what} is absurd (${hi} * 2^32 + ${lo})`);
    return hi * 2 ** 32 + lo;
}
function locateDirectory(src) {
    if (src.size < EOCD_SIZE)
        throw new ZipError(`not a zip archive: ${src.size} bytes is shorter than an end-of-directory record`);
    const tailLength = Math.min(src.size, EOCD_SIZE + MAX_COMMENT);
    const tailStart = src.size - tailLength;
    const tail = src.read(tailStart, tailLength);
    const t = dv(tail);
    let at = -1;
    for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
        if (t.getUint32(i, true) === EOCD_SIG && i + EOCD_SIZE + t.getUint16(i + 20, true) <= tail.length) {
            at = i;
            break;
        }
    }
    if (at < 0)
        throw new ZipError('no zip end-of-directory record (truncated, or not a zip archive)');
    const eocdPos = tailStart + at;
    let disk = t.getUint16(at + 4, true);
    let cdDisk = t.getUint16(at + 6, true);
    let entries = t.getUint16(at + 10, true);
    let entriesOnDisk = t.getUint16(at + 8, true);
    let size = t.getUint32(at + 12, true);
    let offset = t.getUint32(at + 16, true);
    let limit = eocdPos;
    const locAt = at - 20;
    const hasLocator = locAt >= 0 ? t.getUint32(locAt, true) === ZIP64_LOCATOR_SIG : eocdPos >= 20 && dv(src.read(eocdPos - 20, 4)).getUint32(0, true) === ZIP64_LOCATOR_SIG;
    if (hasLocator) {
        const loc = locAt >= 0 ? dv(tail.subarray(locAt, locAt + 20)) : dv(src.read(eocdPos - 20, 20));
        const recordAt = u64(loc, 8, 'end-of-directory offset');
        if (recordAt + 56 > eocdPos - 20)
            throw new ZipError(`zip64 end-of-directory record at ${recordAt} lies outside the file`);
        const rec = dv(src.read(recordAt, 56));
        if (rec.getUint32(0, true) !== ZIP64_EOCD_SIG)
            throw new ZipError('zip64 locator points at no zip64 end-of-directory record');
        disk = rec.getUint32(16, true);
        cdDisk = rec.getUint32(20, true);
        entriesOnDisk = u64(rec, 24, 'entry count');
        entries = u64(rec, 32, 'entry count');
        size = u64(rec, 40, 'directory size');
        offset = u64(rec, 48, 'directory offset');
        limit = recordAt;
    }
    else if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
        throw new ZipError('zip64 sizes are announced but there is no zip64 locator');
    }
    if (disk !== 0 || cdDisk !== 0 || entriesOnDisk !== entries)
        throw new ZipError('multi-disk (spanned) zip archives are not supported');
    if (offset + size > limit)
        throw new ZipError(`zip central directory (${size} bytes at ${offset}) lies outside the file`);
    return { entries, offset, size, limit };
}
const ZIP_TAIL_READ = 128 * 1024;
function readCentralDirectory(src, limits = ZIP_LIMITS) {
    const loc = locateDirectory(src);
    if (loc.entries > limits.maxEntries)
        throw new ZipError(`zip declares ${loc.entries} entries, more than the ${limits.maxEntries} we read`);
    if (loc.size > limits.maxCentralDirectoryBytes)
        throw new ZipError(`zip central directory is ${loc.size} bytes, more than the ${limits.maxCentralDirectoryBytes} we read`);
    if (loc.entries * 46 > loc.size)
        throw new ZipError(`zip declares ${loc.entries} entries but its central directory has only ${loc.size} bytes`);
    const cd = src.read(loc.offset, loc.size);
    if (cd.length !== loc.size)
        throw new ZipError('file shrank while reading the zip central directory');
    const v = dv(cd);
    const entries = [];
    const names = new Set();
    const utf8 = new TextDecoder('utf-8', { fatal: true });
    const latin1 = new TextDecoder('latin1');
    let p = 0;
    for (let i = 0; i < loc.entries; i++) {
        if (p + 46 > cd.length || v.getUint32(p, true) !== CENTRAL_SIG)
            throw new ZipError(`zip central directory entry ${i} is malformed`);
        const flags = v.getUint16(p + 8, true);
        const method = v.getUint16(p + 10, true);
        let compressedSize = v.getUint32(p + 20, true);
        let size = v.getUint32(p + 24, true);
        const nameLength = v.getUint16(p + 28, true);
        const extraLength = v.getUint16(p + 30, true);
        const commentLength = v.getUint16(p + 32, true);
        let offset = v.getUint32(p + 42, true);
        const next = p + 46 + nameLength + extraLength + commentLength;
        if (next > cd.length)
            throw new ZipError(`zip central directory entry ${i} runs past the directory`);
        const rawName = cd.subarray(p + 46, p + 46 + nameLength);
        let name;
        try {
            name = flags & 0x800 ? utf8.decode(rawName) : latin1.decode(rawName);
        }
        catch {
            throw new ZipError(`zip entry ${i} has a name that is not valid UTF-8`);
        }
        name = name.replaceAll('\\', '/');
        let e = p + 46 + nameLength;
        const extraEnd = e + extraLength;
        while (e + 4 <= extraEnd) {
            const id = v.getUint16(e, true);
            const len = v.getUint16(e + 2, true);
            if (e + 4 + len > extraEnd)
                throw new ZipError(`zip entry ${JSON.stringify(name)}: extra field runs past its end`);
            if (id === 0x0001) {
                let q = e + 4;
                const field = (what) => {
                    if (q + 8 > e + 4 + len)
                        throw new ZipError(`zip entry ${JSON.stringify(name)}: zip64 field lacks its ${what}`);
                    const x = u64(v, q, what);
                    q += 8;
                    return x;
                };
                if (size === 0xffffffff)
                    size = field('size');
                if (compressedSize === 0xffffffff)
                    compressedSize = field('compressed size');
                if (offset === 0xffffffff)
                    offset = field('offset');
            }
            e += 4 + len;
        }
        if (offset + 30 + nameLength + compressedSize > loc.offset) {
            throw new ZipError(`zip entry ${JSON.stringify(name)} (${compressedSize} bytes at ${offset}) lies outside the file's data area`);
        }
        if (method === 0 && compressedSize !== size)
            throw new ZipError(`zip entry ${JSON.stringify(name)} is stored but claims ${size} bytes in ${compressedSize}`);
        if (method === 8 && size > compressedSize * MAX_DEFLATE_RATIO + 1024) {
            throw new ZipError(`zip entry ${JSON.stringify(name)} claims ${size} bytes from ${compressedSize} compressed (a zip bomb or a lie)`);
        }
        if (names.has(name))
            throw new ZipError(`zip has two entries named ${JSON.stringify(name)}`);
        names.add(name);
        entries.push({ name, method, compressedSize, size, offset, encrypted: (flags & 1) !== 0 });
        p = next;
    }
    return entries;
}
function refuseInflation(entry, maxRatio, allowance, why) {
    if (entry.method === 8 && entry.size > allowance && entry.size > maxRatio * entry.compressedSize) {
        throw new ZipError(`zip entry ${JSON.stringify(entry.name)} inflates ${entry.compressedSize} bytes to ${entry.size}, more than ${maxRatio} times (${why})`);
    }
}
function readEntry(src, entry, maxBytes) {
    const label = JSON.stringify(entry.name);
    if (entry.encrypted)
        throw new ZipError(`zip entry ${label} is encrypted`);
    if (entry.size > maxBytes)
        throw new ZipError(`zip entry ${label} is ${entry.size} bytes, more than the ${maxBytes} we read`);
    const header = src.read(entry.offset, 30);
    const h = dv(header);
    if (header.length < 30 || h.getUint32(0, true) !== LOCAL_SIG)
        throw new ZipError(`zip entry ${label}: no local header at offset ${entry.offset}`);
    const dataAt = entry.offset + 30 + h.getUint16(26, true) + h.getUint16(28, true);
    if (dataAt + entry.compressedSize > src.size)
        throw new ZipError(`zip entry ${label} runs past the end of the file`);
    const raw = src.read(dataAt, entry.compressedSize);
    if (raw.length !== entry.compressedSize)
        throw new ZipError(`zip entry ${label}: file shrank while reading`);
    if (entry.method === 0)
        return raw;
    if (entry.method !== 8)
        throw new ZipError(`zip entry ${label} uses compression method ${entry.method}; only stored and deflate are read`);
    let out;
    try {
        out = loadZlib().inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.size) });
    }
    catch (e) {
        throw new ZipError(`zip entry ${label} does not inflate to its declared ${entry.size} bytes (${e.message.split('\n')[0]})`);
    }
    if (out.length !== entry.size)
        throw new ZipError(`zip entry ${label} inflates to ${out.length} bytes, not its declared ${entry.size}`);
    return out;
}


/***/ }),

/***/ 2600:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GY: () => (/* binding */ NO_VALUE),
/* harmony export */   RQ: () => (/* binding */ subgraphsOf),
/* harmony export */   dg: () => (/* binding */ IndexHeap),
/* harmony export */   iA: () => (/* binding */ ValueIds),
/* harmony export */   vI: () => (/* binding */ indexLevel)
/* harmony export */ });
/* unused harmony exports outerReads, nodeReads */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5875);

function subgraphsOf(node) {
    const out = [];
    for (const [attr, a] of node.attributes) {
        if (a.type === 'graph')
            out.push({ attr, graph: a.value });
        else if (a.type === 'graphs')
            a.value.forEach((graph, i) => out.push({ attr: `${attr}[${i}]`, graph }));
    }
    return out;
}
const outerReadsCache = new WeakMap();
function outerReads(graph) {
    const cached = outerReadsCache.get(graph);
    if (cached)
        return cached;
    const defined = new Set();
    for (const v of graph.inputs)
        defined.add(v.name);
    for (const name of graph.initializers.keys())
        defined.add(name);
    for (const node of graph.nodes)
        for (const o of node.outputs)
            if (o)
                defined.add(o);
    const refs = new Set();
    for (const node of graph.nodes)
        for (const name of nodeReads(node))
            if (name && !defined.has(name))
                refs.add(name);
    for (const out of graph.outputs)
        if (!defined.has(out.name))
            refs.add(out.name);
    outerReadsCache.set(graph, refs);
    return refs;
}
let subgraphFound = false;
function noteSubgraph(a) {
    if (a.type === 'graph' || a.type === 'graphs')
        subgraphFound = true;
}
function hasSubgraph(node) {
    if (node.attributes.size === 0)
        return false;
    subgraphFound = false;
    node.attributes.forEach(noteSubgraph);
    return subgraphFound;
}
function nodeReads(node) {
    if (!hasSubgraph(node))
        return node.inputs;
    const reads = [...node.inputs];
    for (const g of subgraphsOf(node))
        for (const r of outerReads(g.graph))
            reads.push(r);
    return reads;
}
class IndexHeap {
    items = [];
    get size() {
        return this.items.length;
    }
    push(x) {
        const a = this.items;
        a.push(x);
        let i = a.length - 1;
        while (i > 0) {
            const p = (i - 1) >> 1;
            if (a[p] <= a[i])
                break;
            [a[p], a[i]] = [a[i], a[p]];
            i = p;
        }
    }
    pop() {
        const a = this.items;
        const top = a[0];
        const last = a.pop();
        if (a.length > 0) {
            a[0] = last;
            let i = 0;
            for (;;) {
                const l = 2 * i + 1;
                const r = l + 1;
                let m = i;
                if (l < a.length && a[l] < a[m])
                    m = l;
                if (r < a.length && a[r] < a[m])
                    m = r;
                if (m === i)
                    break;
                [a[m], a[i]] = [a[i], a[m]];
                i = m;
            }
        }
        return top;
    }
}
class ValueIds {
    ids = new Map();
    names = [];
    idOf(name) {
        let id = this.ids.get(name);
        if (id === undefined) {
            id = this.names.length;
            this.ids.set(name, id);
            this.names.push(name);
        }
        return id;
    }
    get size() {
        return this.names.length;
    }
}
const NO_VALUE = -1;
function indexLevel(nodes, values, label) {
    const n = nodes.length;
    const outStart = new Int32Array(n + 1);
    const readStart = new Int32Array(n + 1);
    const readLists = [];
    for (let i = 0; i < n; i++) {
        const node = nodes[i];
        const r = nodeReads(node);
        readLists.push(r);
        outStart[i + 1] = outStart[i] + node.outputs.length;
        readStart[i + 1] = readStart[i] + r.length;
    }
    const defined = values.size;
    const outs = new Int32Array(outStart[n]);
    const producer = new Int32Array(values.size + outs.length).fill(-1);
    for (let i = 0, at = 0; i < n; i++) {
        const o = nodes[i].outputs;
        for (let k = 0; k < o.length; k++, at++) {
            const name = o[k];
            if (!name) {
                outs[at] = NO_VALUE;
                continue;
            }
            const id = values.idOf(name);
            if (id < defined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GraphError */ .h9(`graph '${label}': value '${name}' is an input or initializer of the graph and also the output of node '${nodes[i].name}'`);
            }
            const prev = producer[id];
            if (prev !== -1) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GraphError */ .h9(`graph '${label}': value '${name}' is produced by both node '${nodes[prev].name}' and node '${nodes[i].name}'`);
            }
            producer[id] = i;
            outs[at] = id;
        }
    }
    const reads = new Int32Array(readStart[n]);
    let sorted = true;
    for (let i = 0, at = 0; i < n; i++) {
        const r = readLists[i];
        for (let k = 0; k < r.length; k++, at++) {
            const name = r[k];
            if (!name) {
                reads[at] = NO_VALUE;
                continue;
            }
            const id = values.idOf(name);
            reads[at] = id;
            if (id < producer.length && producer[id] >= i)
                sorted = false;
        }
    }
    const order = new Int32Array(n);
    if (sorted) {
        for (let i = 0; i < n; i++)
            order[i] = i;
    }
    else {
        sortTopologically(n, readStart, reads, producer, order, (i) => nodes[i], label);
    }
    return { order, reads, readStart, outs, outStart, inFileOrder: sorted };
}
function sortTopologically(n, readStart, reads, producer, order, nodeAt, label) {
    const lastReader = new Int32Array(n).fill(-1);
    const deps = new Array(n);
    for (let i = 0; i < n; i++) {
        const d = [];
        for (let k = readStart[i]; k < readStart[i + 1]; k++) {
            const id = reads[k];
            const p = id === NO_VALUE || id >= producer.length ? -1 : producer[id];
            if (p === -1 || lastReader[p] === i)
                continue;
            lastReader[p] = i;
            d.push(p);
        }
        deps[i] = d;
    }
    const waiting = deps.map((d) => d.length);
    const consumers = deps.map(() => []);
    deps.forEach((d, i) => {
        for (const p of d)
            consumers[p].push(i);
    });
    const heap = new IndexHeap();
    waiting.forEach((w, i) => {
        if (w === 0)
            heap.push(i);
    });
    let placed = 0;
    const done = new Array(n).fill(false);
    while (heap.size > 0) {
        const i = heap.pop();
        done[i] = true;
        order[placed++] = i;
        for (const c of consumers[i])
            if (--waiting[c] === 0)
                heap.push(c);
    }
    if (placed < n) {
        let at = done.indexOf(false);
        const seen = new Set();
        while (!seen.has(at)) {
            seen.add(at);
            at = deps[at].find((d) => !done[d]);
        }
        const node = nodeAt(at);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GraphError */ .h9(`graph '${label}' has a cycle through node '${node.name || node.opType}'`);
    }
}


/***/ })

};
