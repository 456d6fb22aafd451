export const id = 682;
export const ids = [682];
export const modules = {

/***/ 5682:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reader: () => (/* binding */ reader)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/graph/errors.js
var errors = __webpack_require__(5875);
// EXTERNAL MODULE: ./build/src/formats/contained-file.js
var contained_file = __webpack_require__(4750);
// EXTERNAL MODULE: ./build/src/formats/file.js
var formats_file = __webpack_require__(8094);
// EXTERNAL MODULE: ./build/src/graph/limits.js
var limits = __webpack_require__(3792);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./build/src/formats/onnx/wire.js


class WireError extends errors/* BadInputError */.Ys {
    name = 'WireError';
}
const WIRE_NAMES = ['varint', '64-bit', 'length-delimited', 'start-group', 'end-group', '32-bit', 'invalid(6)', 'invalid(7)'];
function wrongWire(actual, expected, what, pos) {
    throw new WireError(`${what} has wire type ${WIRE_NAMES[actual]}, expected ${WIRE_NAMES[expected]} (byte ${pos})`);
}
const MAX_SAFE_HIGH = 2 ** 21;
const MIN_WINDOW = 4096;
const MAX_WINDOW = 256 * 1024;
const FIRST_WINDOW = 16 * 1024;
const WHOLE_MESSAGE = 16 * 1024;
const DEFAULT_WINDOWS = { first: FIRST_WINDOW, min: MIN_WINDOW, max: MAX_WINDOW, whole: WHOLE_MESSAGE };
let scratch = Buffer.alloc(FIRST_WINDOW);
const NAME_SLOTS = 512;
const NAME_BYTES = 32;
const namePool = new Uint8Array(NAME_SLOTS * NAME_BYTES);
const nameLength = new Int32Array(NAME_SLOTS).fill(-1);
const nameText = new Array(NAME_SLOTS).fill('');
const utf8Slice = Buffer.prototype.utf8Slice
    ?? function (start, end) { return this.toString('utf8', start, end); };
function asBuffer(bytes) {
    return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
class wire_WireReader {
    end;
    buf;
    at = 0;
    base = 0;
    limit;
    fd;
    windows = DEFAULT_WINDOWS;
    nextWindow = MIN_WINDOW;
    varintIsSafe = true;
    textBlock = '';
    textStart = 0;
    textEnd = -1;
    view;
    viewOf;
    bytesRead = 0;
    readCalls = 0;
    constructor(buf, fd, end) {
        this.end = end;
        this.buf = buf;
        this.limit = buf.length;
        this.fd = fd;
    }
    static fromBytes(bytes) {
        return new wire_WireReader(asBuffer(bytes), -1, bytes.byteLength);
    }
    static fromFile(fd, size, windows = DEFAULT_WINDOWS) {
        const r = new wire_WireReader(scratch, fd, size);
        r.limit = 0;
        r.windows = windows;
        r.nextWindow = windows.first;
        return r;
    }
    need(n) {
        if (this.at + n > this.limit)
            this.refill(n);
    }
    refill(n) {
        const at = this.at;
        const remain = this.end - at;
        if (n > remain || this.fd < 0) {
            throw new WireError(`truncated: ${n} bytes wanted at byte ${at} but only ${Math.max(0, remain)} remain`);
        }
        let want = Math.min(Math.max(n, this.nextWindow), remain);
        if (remain - want < this.windows.min)
            want = remain;
        if (want > scratch.length)
            scratch = Buffer.alloc(Math.max(want, scratch.length * 2));
        this.readInto(scratch, want, at);
        if (at <= this.limit)
            this.nextWindow = Math.min(this.nextWindow * 2, this.windows.max);
        this.buf = scratch;
        this.base = at;
        this.limit = at + want;
        this.textEnd = -1;
    }
    readInto(buf, n, at) {
        let got = 0;
        while (got < n) {
            const r = (0,external_node_fs_.readSync)(this.fd, buf, got, n - got, at + got);
            if (r === 0)
                throw new WireError(`file ended at byte ${at + got} while reading`);
            got += r;
        }
        this.readCalls++;
        this.bytesRead += n;
    }
    varint() {
        const at = this.at;
        if (at + 10 > this.limit)
            return this.varintNearEnd();
        const buf = this.buf;
        const p = at - this.base;
        const b0 = buf[p];
        if (b0 < 0x80) {
            this.at = at + 1;
            this.varintIsSafe = true;
            return b0;
        }
        const b1 = buf[p + 1];
        if (b1 < 0x80) {
            this.at = at + 2;
            this.varintIsSafe = true;
            return (b0 & 0x7f) | (b1 << 7);
        }
        return this.varintLong();
    }
    tag() {
        const at = this.at;
        if (at < this.limit) {
            const b = this.buf[at - this.base];
            if (b >= 8 && b < 0x80) {
                this.at = at + 1;
                return b;
            }
        }
        const tag = this.varint();
        if (tag < 8)
            throw new WireError(`not an ONNX model: invalid protobuf field number 0 at byte ${at}`);
        return tag;
    }
    varintNearEnd() {
        if (this.fd >= 0)
            this.need(Math.min(10, this.end - this.at));
        return this.varintLong();
    }
    varintLong() {
        const buf = this.buf;
        const base = this.base;
        const start = this.at - base;
        const limit = this.limit - base;
        let pos = start;
        let lo = 0;
        let hi = 0;
        let shift = 0;
        for (let i = 0; i < 10; i++) {
            if (pos >= limit)
                throw new WireError(`truncated varint at byte ${base + pos}`);
            const b = buf[pos++];
            if (shift < 28)
                lo |= (b & 0x7f) << shift;
            else if (shift === 28) {
                lo |= (b & 0x0f) << 28;
                hi |= (b & 0x7f) >>> 4;
            }
            else
                hi |= (b & 0x7f) << (shift - 32);
            shift += 7;
            if ((b & 0x80) === 0) {
                this.at = base + pos;
                lo >>>= 0;
                hi >>>= 0;
                if (hi >= 0x80000000) {
                    const nlo = (~lo + 1) >>> 0;
                    const nhi = (~hi + (nlo === 0 ? 1 : 0)) >>> 0;
                    this.varintIsSafe = nhi < MAX_SAFE_HIGH;
                    return nhi === 0 && nlo < 0x40000000 ? -nlo : -(nhi * 2 ** 32 + nlo);
                }
                this.varintIsSafe = hi < MAX_SAFE_HIGH;
                return hi === 0 ? lo : hi * 2 ** 32 + lo;
            }
        }
        throw new WireError(`varint longer than 10 bytes at byte ${base + start}`);
    }
    int(wire, what) {
        const at = this.at;
        if (wire !== 0)
            wrongWire(wire, 0, what, at);
        if (at < this.limit) {
            const b = this.buf[at - this.base];
            if (b < 0x80) {
                this.at = at + 1;
                this.varintIsSafe = true;
                return b;
            }
        }
        return this.varint();
    }
    length(wire, end, what) {
        const at = this.at;
        if (wire !== 2)
            wrongWire(wire, 2, what, at);
        let len;
        let exact = true;
        const b = at < this.limit ? this.buf[at - this.base] : 0x80;
        if (b < 0x80) {
            len = b;
            this.at = at + 1;
        }
        else {
            len = this.varint();
            exact = this.varintIsSafe;
        }
        if (len < 0)
            throw new WireError(`${what} at byte ${at} has a negative length (${len})`);
        if (!exact || this.at + len > end) {
            throw new WireError(`truncated: ${what} at byte ${at} claims ${len} bytes but its message ends at byte ${end}`);
        }
        return len;
    }
    string(wire, end, what) {
        const at = this.at;
        if (wire === 2 && at < this.limit) {
            const n = this.buf[at - this.base];
            const start = at + 1;
            const stop = start + n;
            if (n < 0x80 && stop <= end && stop <= this.limit) {
                this.at = stop;
                if (start >= this.textStart && stop <= this.textEnd)
                    return this.textBlock.substring(start - this.textStart, stop - this.textStart);
                return utf8Slice.call(this.buf, start - this.base, stop - this.base);
            }
        }
        return this.text(this.length(wire, end, what));
    }
    message(wire, end, what, wholeLimit = WHOLE_MESSAGE) {
        const len = this.length(wire, end, what);
        const stop = this.at + len;
        if (len <= wholeLimit && len <= this.windows.whole && stop > this.limit)
            this.refill(len);
        return stop;
    }
    f32() {
        this.need(4);
        const v = this.buf.readFloatLE(this.at - this.base);
        this.at += 4;
        return v;
    }
    f64() {
        this.need(8);
        const v = this.buf.readDoubleLE(this.at - this.base);
        this.at += 8;
        return v;
    }
    skipBytes(n) {
        const at = this.at;
        if (n < 0 || at + n > this.end) {
            throw new WireError(`truncated: ${n} bytes wanted at byte ${at} but only ${this.end - at} remain`);
        }
        this.at = at + n;
        if (at + n > this.limit)
            this.nextWindow = this.windows.min;
    }
    dataView() {
        if (this.view === undefined || this.viewOf !== this.buf) {
            this.view = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength);
            this.viewOf = this.buf;
        }
        return this.view;
    }
    textFrom(n, textFields) {
        if (this.at + n > this.limit)
            return;
        const base = this.base;
        const start = this.at - base;
        const stop = start + n;
        const buf = this.buf;
        let p = start;
        while (p < stop) {
            const tag = buf[p];
            if ((tag & 7) !== 2 || tag >= 0x80 || ((textFields >>> (tag >>> 3)) & 1) === 0 || p + 1 >= stop)
                break;
            let q = p + 2;
            let length = buf[p + 1];
            if (length >= 0x80) {
                if (q >= stop || buf[q] >= 0x80)
                    break;
                length = (length & 0x7f) | (buf[q++] << 7);
            }
            if (q + length > stop)
                break;
            p = q + length;
        }
        if (p === start)
            return;
        const block = utf8Slice.call(buf, start, p);
        if (block.length !== p - start)
            return;
        this.textBlock = block;
        this.textStart = base + start;
        this.textEnd = base + p;
    }
    name(n) {
        if (n > NAME_BYTES || this.at + n > this.limit)
            return this.text(n);
        const start = this.at - this.base;
        const end = start + n;
        const buf = this.buf;
        let h = n;
        for (let i = start; i < end; i++)
            h = Math.imul(h ^ buf[i], 0x01000193);
        const slot = (h ^ (h >>> 15)) & (NAME_SLOTS - 1);
        const at = slot * NAME_BYTES;
        this.at += n;
        if (nameLength[slot] === n) {
            let i = 0;
            while (i < n && namePool[at + i] === buf[start + i])
                i++;
            if (i === n)
                return nameText[slot];
        }
        const s = utf8Slice.call(buf, start, end);
        namePool.set(buf.subarray(start, end), at);
        nameLength[slot] = n;
        nameText[slot] = s;
        return s;
    }
    text(n) {
        const at = this.at;
        const stop = at + n;
        if (stop > this.limit)
            return this.textOutsideWindow(n);
        this.at = stop;
        if (at >= this.textStart && stop <= this.textEnd)
            return this.textBlock.substring(at - this.textStart, stop - this.textStart);
        return utf8Slice.call(this.buf, at - this.base, stop - this.base);
    }
    textOutsideWindow(n) {
        if (this.fd >= 0 && n > this.windows.max) {
            const at = this.at;
            if (at + n > this.end)
                throw new WireError(`truncated: ${n} bytes wanted at byte ${at} but only ${this.end - at} remain`);
            const bytes = Buffer.allocUnsafe(n);
            this.readInto(bytes, n, at);
            this.skipBytes(n);
            return bytes.toString('utf8');
        }
        this.need(n);
        const start = this.at - this.base;
        this.at += n;
        return utf8Slice.call(this.buf, start, start + n);
    }
}

// EXTERNAL MODULE: ./build/src/graph/dtype.js
var graph_dtype = __webpack_require__(5274);
// EXTERNAL MODULE: ./build/src/formats/onnx/dtype-codes.js
var dtype_codes = __webpack_require__(155);
// EXTERNAL MODULE: ./build/src/graph/ir.js
var ir = __webpack_require__(5927);
// EXTERNAL MODULE: ./build/src/graph/int64.js
var int64 = __webpack_require__(5381);
;// CONCATENATED MODULE: ./build/src/formats/onnx/tensor-values.js


const SMALL_INT_ELEMENTS = 4096;
const SMALL_FLOAT_ELEMENTS = 64;
function halfToFloat(h) {
    const sign = h & 0x8000 ? -1 : 1;
    const exp = (h >> 10) & 0x1f;
    const frac = h & 0x3ff;
    if (exp === 0)
        return sign * 2 ** -14 * (frac / 1024);
    if (exp === 31)
        return frac ? NaN : sign * Infinity;
    return sign * 2 ** (exp - 15) * (1 + frac / 1024);
}
const bf16 = new DataView(new ArrayBuffer(4));
function bfloat16ToFloat(bits) {
    bf16.setUint32(0, bits << 16, true);
    return bf16.getFloat32(0, true);
}
function floatArray(n) {
    return new Array(n);
}
function intArray(n) {
    return new Array(n);
}
function int64At(v, at) {
    const hi = v.getInt32(at + 4, true);
    const lo = v.getUint32(at, true);
    if (hi === 0 && lo <= 0x7fffffff)
        return lo;
    if (hi === -1 && lo >= 0x80000000)
        return lo | 0;
    return hi * 2 ** 32 + lo;
}
function usableInt64(x, exact) {
    return (0,int64/* isTrustedInt64Number */.a)(x) || BigInt(x) === exact;
}
function uint64At(v, at) {
    const hi = v.getUint32(at + 4, true);
    const lo = v.getUint32(at, true);
    return hi === 0 && lo <= 0x7fffffff ? lo : hi * 2 ** 32 + lo;
}
function rawValues(dtype, n, v, at) {
    const out = (0,graph_dtype/* dtypeKind */.PN)(dtype) === 'float' ? floatArray(n) : intArray(n);
    switch (dtype) {
        case 'float32':
            for (let i = 0; i < n; i++)
                out[i] = v.getFloat32(at + i * 4, true);
            break;
        case 'float64':
            for (let i = 0; i < n; i++)
                out[i] = v.getFloat64(at + i * 8, true);
            break;
        case 'float16':
            for (let i = 0; i < n; i++)
                out[i] = halfToFloat(v.getUint16(at + i * 2, true));
            break;
        case 'bfloat16':
            for (let i = 0; i < n; i++)
                out[i] = bfloat16ToFloat(v.getUint16(at + i * 2, true));
            break;
        case 'int8':
            for (let i = 0; i < n; i++)
                out[i] = v.getInt8(at + i);
            break;
        case 'uint8':
            for (let i = 0; i < n; i++)
                out[i] = v.getUint8(at + i);
            break;
        case 'bool':
            for (let i = 0; i < n; i++)
                out[i] = v.getUint8(at + i) ? 1 : 0;
            break;
        case 'int16':
            for (let i = 0; i < n; i++)
                out[i] = v.getInt16(at + i * 2, true);
            break;
        case 'uint16':
            for (let i = 0; i < n; i++)
                out[i] = v.getUint16(at + i * 2, true);
            break;
        case 'int32':
            for (let i = 0; i < n; i++)
                out[i] = v.getInt32(at + i * 4, true);
            break;
        case 'uint32':
            for (let i = 0; i < n; i++)
                out[i] = v.getUint32(at + i * 4, true);
            break;
        case 'int64':
            for (let i = 0; i < n; i++) {
                const x = int64At(v, at + i * 8);
                if (!Number.isSafeInteger(x) && !usableInt64(x, v.getBigInt64(at + i * 8, true)))
                    return undefined;
                out[i] = x;
            }
            break;
        case 'uint64':
            for (let i = 0; i < n; i++) {
                const x = uint64At(v, at + i * 8);
                if (!Number.isSafeInteger(x) && !usableInt64(x, v.getBigUint64(at + i * 8, true)))
                    return undefined;
                out[i] = x;
            }
            break;
        default: return undefined;
    }
    return out;
}
function decodeLimit(dtype) {
    const kind = (0,graph_dtype/* dtypeKind */.PN)(dtype);
    if (kind === 'string' || kind === 'complex')
        return -1;
    return kind === 'float' ? SMALL_FLOAT_ELEMENTS : SMALL_INT_ELEMENTS;
}
function decodable(dtype, elements) {
    return elements <= decodeLimit(dtype);
}
function decodeRawValues(dtype, elements, view, at) {
    return decodable(dtype, elements) ? rawValues(dtype, elements, view, at) : undefined;
}
function decodeTypedValues(dtype, elements, typed) {
    if (!decodable(dtype, elements))
        return undefined;
    if (!typed.seen)
        return elements === 0 ? [] : undefined;
    const kind = (0,graph_dtype/* dtypeKind */.PN)(dtype);
    let values;
    if (dtype === 'float32')
        values = typed.floats;
    else if (dtype === 'float64')
        values = typed.doubles;
    else if (dtype === 'float16')
        values = typed.varints.map(halfToFloat);
    else if (kind === 'int' || kind === 'uint' || kind === 'bool')
        values = typed.varints;
    else
        return undefined;
    if (values.length !== elements)
        return undefined;
    if ((kind === 'int' || kind === 'uint') && !values.every(int64/* isTrustedInt64Number */.a))
        return undefined;
    return kind === 'bool' ? values.map((x) => (x ? 1 : 0)) : [...values];
}

;// CONCATENATED MODULE: ./build/src/formats/onnx/decode.js







const TENSOR_BUFFER_LIMIT = 1024;
function skipField(c, wire, end) {
    switch (wire) {
        case 0:
            c.varint();
            break;
        case 1:
            c.skipBytes(8);
            break;
        case 5:
            c.skipBytes(4);
            break;
        case 2:
            c.skipBytes(c.length(wire, end, 'a skipped field'));
            break;
        case 3: {
            let open = 1;
            while (open > 0) {
                if (c.at >= end)
                    throw new WireError(`truncated: a group runs past its message end (byte ${end})`);
                const inner = c.varint() & 7;
                if (inner === 4)
                    open--;
                else if (inner === 3)
                    open++;
                else
                    skipField(c, inner, end);
            }
            break;
        }
        default:
            throw new WireError(`not an ONNX model: invalid protobuf wire type ${wire} at byte ${c.at}`);
    }
}
function endOf(c, end) {
    if (c.at !== end)
        throw new WireError(`truncated: a field runs past its message end (byte ${end})`);
}
function readVarints(c, wire, end, what, into) {
    let unsafe = -1;
    if (wire === 0) {
        into.push(c.varint());
        return c.varintIsSafe ? -1 : into.length - 1;
    }
    const len = c.length(wire, end, what);
    const stop = c.at + len;
    while (c.at < stop) {
        into.push(c.varint());
        if (!c.varintIsSafe && unsafe < 0)
            unsafe = into.length - 1;
    }
    if (c.at !== stop)
        throw new WireError(`${what}: packed varints overrun their field at byte ${stop}`);
    return unsafe;
}
function readFloats(c, wire, end, what, into, width = 4) {
    if (wire === (width === 4 ? 5 : 1)) {
        into.push(width === 4 ? c.f32() : c.f64());
        return;
    }
    const len = c.length(wire, end, what);
    if (len % width !== 0)
        throw new WireError(`${what}: packed ${width === 4 ? 'floats' : 'doubles'} of ${len} bytes is not a multiple of ${width}`);
    for (let i = 0; i < len / width; i++)
        into.push(width === 4 ? c.f32() : c.f64());
}
const NO_TYPED = { floats: [], varints: [], doubles: [], seen: false };
const BITS = dtype_codes/* ONNX_DTYPES */.q5.map((d) => (d ? (0,graph_dtype/* dtypeBits */.$C)(d) : 0));
const DECODE_LIMIT = dtype_codes/* ONNX_DTYPES */.q5.map((d) => (d ? decodeLimit(d) : -1));
function bytesOf(code, elements) {
    return Math.ceil((elements * BITS[code]) / 8);
}
function smallElements(t) {
    const limit = DECODE_LIMIT[t.dataType] ?? -1;
    if (limit < 0 || t.firstUnsafeDim >= 0)
        return -1;
    const dims = t.dims;
    let n = 1;
    for (let i = 0; i < dims.length; i++) {
        if (dims[i] < 0)
            return -1;
        n *= dims[i];
    }
    return n <= limit ? n : -1;
}
function typedOf(t) {
    if (t.typed === NO_TYPED)
        t.typed = { floats: [], varints: [], doubles: [], seen: true };
    return t.typed;
}
function decodeTensorRaw(c, end) {
    const t = {
        name: '', dims: [], firstUnsafeDim: -1, dataType: 0, dataLocation: 0, external: undefined,
        rawValues: undefined, typed: NO_TYPED, rawLength: undefined,
    };
    while (c.at < end) {
        const tag = c.tag();
        const wire = tag & 7;
        const field = tag >>> 3;
        if (field === 1) {
            const unsafe = readVarints(c, wire, end, 'TensorProto.dims', t.dims);
            if (t.firstUnsafeDim < 0)
                t.firstUnsafeDim = unsafe;
        }
        else if (field === 2)
            t.dataType = c.int(wire, 'TensorProto.data_type');
        else if (field === 8)
            t.name = c.string(wire, end, 'TensorProto.name');
        else
            switch (field) {
                case 14:
                    t.dataLocation = c.int(wire, 'TensorProto.data_location');
                    break;
                case 13: {
                    const [k, v] = decodeStringEntry(c, c.message(wire, end, 'TensorProto.external_data'));
                    (t.external ??= new Map()).set(k, v);
                    break;
                }
                case 9: {
                    const len = c.length(wire, end, 'TensorProto.raw_data');
                    t.rawLength = len;
                    const n = smallElements(t);
                    if (n >= 0 && len === bytesOf(t.dataType, n)) {
                        c.need(len);
                        t.rawValues = rawValues((0,dtype_codes/* dtypeFromOnnx */.WQ)(t.dataType), n, c.dataView(), c.at - c.base);
                    }
                    c.skipBytes(len);
                    break;
                }
                case 4:
                case 5:
                case 7:
                case 10:
                case 11: {
                    const typed = typedOf(t);
                    if (wire === 2 && smallElements(t) < 0) {
                        c.skipBytes(c.length(wire, end, 'TensorProto data'));
                        break;
                    }
                    if (field === 4)
                        readFloats(c, wire, end, 'TensorProto.float_data', typed.floats);
                    else if (field === 10)
                        readFloats(c, wire, end, 'TensorProto.double_data', typed.doubles, 8);
                    else
                        readVarints(c, wire, end, 'TensorProto data', typed.varints);
                    break;
                }
                default: skipField(c, wire, end);
            }
    }
    endOf(c, end);
    return t;
}
function decodeStringEntry(c, end) {
    let key = '';
    let value = '';
    while (c.at < end) {
        const tag = c.tag();
        const wire = tag & 7;
        switch (tag >>> 3) {
            case 1:
                key = c.string(wire, end, 'StringStringEntryProto.key');
                break;
            case 2:
                value = c.string(wire, end, 'StringStringEntryProto.value');
                break;
            default: skipField(c, wire, end);
        }
    }
    endOf(c, end);
    return [key, value];
}
function tensorLabel(t, what) {
    return t.name ? `${what} '${t.name}'` : what;
}
function finishTensor(t, what, ctx) {
    const dtype = (0,dtype_codes/* dtypeFromOnnx */.WQ)(t.dataType);
    if (!dtype)
        throw new WireError(`${tensorLabel(t, what)} has unknown data_type ${t.dataType}`);
    let elements = 1;
    const dims = t.dims;
    for (let i = 0; i < dims.length; i++) {
        const d = dims[i];
        if (i === t.firstUnsafeDim || d < 0 || d > Number.MAX_SAFE_INTEGER) {
            throw new WireError(`${tensorLabel(t, what)} has dim ${i === t.firstUnsafeDim ? 'beyond 2^53' : d} out of range`);
        }
        elements *= d;
    }
    if (!Number.isSafeInteger(elements)) {
        throw new WireError(`${tensorLabel(t, what)} has dims [${t.dims.join(', ')}] whose element count overflows`);
    }
    const byteSize = dtype === 'string' ? (t.rawLength ?? 0) : bytesOf(t.dataType, elements);
    if (t.dataLocation === 1) {
        const location = t.external?.get('location');
        if (!location)
            throw new WireError(`${tensorLabel(t, what)} has external data without a location`);
        const offset = Number(t.external?.get('offset') ?? '0');
        const lengthText = t.external?.get('length');
        const length = lengthText === undefined ? undefined : Number(lengthText);
        if (!Number.isSafeInteger(offset) || offset < 0 || (length !== undefined && (!Number.isSafeInteger(length) || length < 0))) {
            throw new WireError(`${tensorLabel(t, what)} has an invalid external data offset/length`);
        }
        const tensor = {
            name: t.name, dtype, dims: t.dims, elements, byteSize, storage: 'external',
            external: { location, offset, length },
            storageKey: `external ${external_node_path_.posix.normalize(location.replace(/\\/g, '/'))} ${offset} ${byteSize}`,
        };
        ctx.externalTensors.push(tensor);
        return tensor;
    }
    if (t.rawLength !== undefined && dtype !== 'string' && t.rawLength !== byteSize) {
        throw new WireError(`${tensorLabel(t, what)}: raw_data has ${t.rawLength} bytes but dims [${t.dims.join(', ')}] of ${dtype} need ${byteSize}`);
    }
    const values = t.rawLength !== undefined ? t.rawValues : decodeTypedValues(dtype, elements, t.typed);
    return values ? { name: t.name, dtype, dims: t.dims, elements, byteSize, storage: 'embedded', values }
        : { name: t.name, dtype, dims: t.dims, elements, byteSize, storage: 'embedded' };
}
function decodeTensor(c, wire, end, what, ctx) {
    const raw = decodeTensorRaw(c, c.message(wire, end, what, TENSOR_BUFFER_LIMIT));
    return finishTensor(raw, what, ctx);
}
function decodeSparseBody(c, end, what, ctx) {
    let values;
    let indices;
    const dims = [];
    let unsafe = false;
    while (c.at < end) {
        const tag = c.tag();
        const wire = tag & 7;
        switch (tag >>> 3) {
            case 1:
                values = decodeTensor(c, wire, end, `${what} values`, ctx);
                break;
            case 2:
                indices = decodeTensor(c, wire, end, `${what} indices`, ctx);
                break;
            case 3:
                if (readVarints(c, wire, end, 'SparseTensorProto.dims', dims) >= 0)
                    unsafe = true;
                break;
            default: skipField(c, wire, end);
        }
    }
    endOf(c, end);
    if (!values)
        throw new WireError(`${what} has no values`);
    if (unsafe || dims.some((d) => d < 0))
        throw new WireError(`${what} has a dim out of range`);
    return {
        name: values.name, dtype: values.dtype, dims, elements: values.elements,
        byteSize: values.byteSize + (indices?.byteSize ?? 0), storage: values.storage,
    };
}
function decodeSparseTensor(c, wire, end, what, ctx) {
    return decodeSparseBody(c, c.message(wire, end, what), what, ctx);
}
function decodeDimension(c, end) {
    let dim = null;
    while (c.at < end) {
        const tag = c.tag();
        const wire = tag & 7;
        switch (tag >>> 3) {
            case 1: {
                const v = c.int(wire, 'Dimension.dim_value');
                if (!c.varintIsSafe)
                    throw new WireError(`dimension value beyond 2^53 at byte ${c.at}`);
                dim = v >= 0 ? v : null;
                break;
            }
            case 2: {
                const p = c.string(wire, end, 'Dimension.dim_param');
                dim = p === '' ? null : p;
                break;
            }
            default: skipField(c, wire, end);
        }
    }
    endOf(c, end);
    return dim;
}
function decodeShape(c, end) {
    const dims = [];
    while (c.at < end) {
        const tag = c.tag();
        const wire = tag & 7;
        if (tag >>> 3 === 1)
            dims.push(decodeDimension(c, c.message(wire, end, 'TensorShapeProto.dim')));
        else
            skipField(c, wire, end);
    }
    endOf(c, end);
    return dims;
}
function decodeTensorType(c, end, kind) {
    const out = { kind, dtype: undefined, shape: undefined };
    while (c.at < end) {
        const tag = c.tag();
        const wire = tag & 7;
        switch (tag >>> 3) {
            case 1:
                out.dtype = (0,dtype_codes/* dtypeFromOnnx */.WQ)(c.int(wire, 'TypeProto.Tensor.elem_type'));
                break;
            case 2:
                out.shape = decodeShape(c, c.message(wire, end, 'TensorShapeProto'));
                break;
            default: skipField(c, wire, end);
        }
    }
    endOf(c, end);
    return out;
}
function decodeType(c, end) {
    let out = { kind: 'unknown', dtype: undefined, shape: undefined };
    while (c.at < end) {
        const tag = c.tag();
        const wire = tag & 7;
        switch (tag >>> 3) {
            case 1:
                out = decodeTensorType(c, c.message(wire, end, 'TypeProto.tensor_type'), 'tensor');
                break;
            case 8:
                out = decodeTensorType(c, c.message(wire, end, 'TypeProto.sparse_tensor_type'), 'sparse_tensor');
                break;
            case 4:
                out = { kind: 'sequence', dtype: undefined, shape: undefined };
                skipField(c, wire, end);
                break;
            case 5:
                out = { kind: 'map', dtype: undefined, shape: undefined };
                skipField(c, wire, end);
                break;
            case 9:
                out = { kind: 'optional', dtype: undefined, shape: undefined };
                skipField(c, wire, end);
                break;
            case 7:
                out = { kind: 'opaque', dtype: undefined, shape: undefined };
                skipField(c, wire, end);
                break;
            default: skipField(c, wire, end);
        }
    }
    endOf(c, end);
    return out;
}
function decodeValueInfo(c, end) {
    let name = '';
    let type = { kind: 'unknown', dtype: undefined, shape: undefined };
    while (c.at < end) {
        const tag = c.tag();
        const wire = tag & 7;
        switch (tag >>> 3) {
            case 1:
                name = c.string(wire, end, 'ValueInfoProto.name');
                break;
            case 2:
                type = decodeType(c, c.message(wire, end, 'ValueInfoProto.type'));
                break;
            default: skipField(c, wire, end);
        }
    }
    endOf(c, end);
    return { name, kind: type.kind, dtype: type.dtype, shape: type.shape };
}
function decodeTypeProto(c, end) {
    const t = decodeType(c, end);
    return { name: '', kind: t.kind, dtype: t.dtype, shape: t.shape };
}
function decodeAttribute(c, end, ctx, into) {
    let name = '';
    let type = 0;
    let ref = '';
    let f;
    let i;
    let s;
    let t;
    let g;
    let sparse;
    let tp;
    let floats;
    let ints;
    let strings;
    let tensors;
    let graphs;
    let sparses;
    let tps;
    while (c.at < end) {
        const tag = c.tag();
        const wire = tag & 7;
        const field = tag >>> 3;
        if (field === 1)
            name = c.name(c.length(wire, end, 'AttributeProto.name'));
        else if (field === 20)
            type = c.int(wire, 'AttributeProto.type');
        else
            switch (field) {
                case 21:
                    ref = c.string(wire, end, 'AttributeProto.ref_attr_name');
                    break;
                case 2:
                    if (wire !== 5)
                        wrongWire(wire, 5, 'AttributeProto.f', c.at);
                    f = c.f32();
                    break;
                case 3:
                    i = c.int(wire, 'AttributeProto.i');
                    break;
                case 4:
                    s = c.string(wire, end, 'AttributeProto.s');
                    break;
                case 5:
                    t = decodeTensor(c, wire, end, `attribute '${name}' tensor`, ctx);
                    break;
                case 6:
                    g = decodeSubgraph(c, c.message(wire, end, 'AttributeProto.g'), ctx);
                    break;
                case 22:
                    sparse = decodeSparseTensor(c, wire, end, `attribute '${name}' sparse tensor`, ctx);
                    break;
                case 14:
                    tp = decodeTypeProto(c, c.message(wire, end, 'AttributeProto.tp'));
                    break;
                case 7:
                    readFloats(c, wire, end, 'AttributeProto.floats', (floats ??= []));
                    break;
                case 8:
                    readVarints(c, wire, end, 'AttributeProto.ints', (ints ??= []));
                    break;
                case 9:
                    (strings ??= []).push(c.string(wire, end, 'AttributeProto.strings'));
                    break;
                case 10:
                    (tensors ??= []).push(decodeTensor(c, wire, end, `attribute '${name}' tensors`, ctx));
                    break;
                case 11:
                    (graphs ??= []).push(decodeSubgraph(c, c.message(wire, end, 'AttributeProto.graphs'), ctx));
                    break;
                case 23:
                    (sparses ??= []).push(decodeSparseTensor(c, wire, end, `attribute '${name}' sparse tensors`, ctx));
                    break;
                case 15:
                    (tps ??= []).push(decodeTypeProto(c, c.message(wire, end, 'AttributeProto.type_protos')));
                    break;
                default: skipField(c, wire, end);
            }
    }
    endOf(c, end);
    if (ref) {
        into.set(name, { type: 'ref', value: ref });
        return;
    }
    if (type === 0) {
        type = f !== undefined ? 1 : i !== undefined ? 2 : s !== undefined ? 3 : t ? 4
            : g ? 5 : floats ? 6 : ints ? 7 : strings ? 8
                : tensors ? 9 : graphs ? 10 : 0;
    }
    let value;
    switch (type) {
        case 1:
            value = { type: 'float', value: f ?? 0 };
            break;
        case 2:
            value = { type: 'int', value: i ?? 0 };
            break;
        case 3:
            value = { type: 'string', value: s ?? '' };
            break;
        case 4:
            value = { type: 'tensor', value: t ?? noValue(name, type) };
            break;
        case 5:
            value = { type: 'graph', value: g ?? noValue(name, type) };
            break;
        case 11:
            value = { type: 'sparse_tensor', value: sparse ?? noValue(name, type) };
            break;
        case 13:
            value = { type: 'type_proto', value: tp ?? noValue(name, type) };
            break;
        case 6:
            value = { type: 'floats', value: floats ?? [] };
            break;
        case 7:
            value = { type: 'ints', value: ints ?? [] };
            break;
        case 8:
            value = { type: 'strings', value: strings ?? [] };
            break;
        case 9:
            value = { type: 'tensors', value: tensors ?? [] };
            break;
        case 10:
            value = { type: 'graphs', value: graphs ?? [] };
            break;
        case 12:
            value = { type: 'sparse_tensors', value: sparses ?? [] };
            break;
        case 14:
            value = { type: 'type_protos', value: tps ?? [] };
            break;
        default: throw new WireError(`attribute '${name}' has unknown type ${type}`);
    }
    into.set(name, value);
}
function noValue(name, type) {
    throw new WireError(`attribute '${name}' of type ${type} has no value`);
}
const NO_ATTRIBUTES = new Map();
const NODE_NAME_FIELDS = (1 << 1) | (1 << 2) | (1 << 3) | (1 << 4);
const internedNames = new Map();
function interned(s) {
    const known = internedNames.get(s);
    if (known !== undefined)
        return known;
    if (internedNames.size < 4096)
        internedNames.set(s, s);
    return s;
}
let spareInputs = [];
let spareOutputs = [];
function decodeNode(c, end, ctx) {
    ctx.nodeCount = (ctx.nodeCount ?? 0) + 1;
    const max = ctx.maxNodes ?? limits/* MAX_EXECUTED_NODES */.RY;
    if (ctx.nodeCount > max)
        throw new limits/* LimitError */.oC(`the model has more than ${max.toLocaleString('en-US')} nodes, the most model-budget profiles`);
    const inputs = spareInputs ?? [];
    const outputs = spareOutputs ?? [];
    spareInputs = undefined;
    spareOutputs = undefined;
    let inputCount = 0;
    let outputCount = 0;
    let attributes;
    let name = '';
    let opType = '';
    let domain = '';
    c.textFrom(end - c.at, NODE_NAME_FIELDS);
    while (c.at < end) {
        const tag = c.tag();
        const wire = tag & 7;
        const field = tag >>> 3;
        if (field === 1)
            inputs[inputCount++] = c.string(wire, end, 'NodeProto.input');
        else if (field === 2)
            outputs[outputCount++] = c.string(wire, end, 'NodeProto.output');
        else
            switch (field) {
                case 3:
                    name = c.string(wire, end, 'NodeProto.name');
                    break;
                case 4:
                    opType = c.string(wire, end, 'NodeProto.op_type');
                    break;
                case 7:
                    domain = c.string(wire, end, 'NodeProto.domain');
                    break;
                case 5: {
                    decodeAttribute(c, c.message(wire, end, 'NodeProto.attribute'), ctx, (attributes ??= new Map()));
                    break;
                }
                default: skipField(c, wire, end);
            }
    }
    endOf(c, end);
    spareInputs = inputs.length <= 64 ? inputs : [];
    spareOutputs = outputs.length <= 64 ? outputs : [];
    if (!opType)
        throw new WireError(`node '${name}' has no op_type`);
    const normalDomain = (0,ir/* normalizeDomain */.A)(domain);
    const type = interned(opType);
    const dom = interned(normalDomain);
    const attrs = attributes ?? NO_ATTRIBUTES;
    return opType === 'Constant' && normalDomain === ''
        ? { name, opType: type, domain: dom, inputs: inputs.slice(0, inputCount), outputs: outputs.slice(0, outputCount), attributes: attrs, constant: true }
        : { name, opType: type, domain: dom, inputs: inputs.slice(0, inputCount), outputs: outputs.slice(0, outputCount), attributes: attrs };
}
function decodeSubgraph(c, end, ctx) {
    const depth = (ctx.graphDepth ?? 0) + 1;
    if (depth > limits/* MAX_GRAPH_DEPTH */.kD)
        throw new limits/* LimitError */.oC(`subgraphs (If/Loop/Scan bodies) nest more than ${limits/* MAX_GRAPH_DEPTH */.kD} deep (byte ${c.at})`);
    ctx.graphDepth = depth;
    const g = decodeGraph(c, end, ctx);
    ctx.graphDepth = depth - 1;
    return g;
}
function decodeGraph(c, end, ctx) {
    const nodes = [];
    const initializers = new Map();
    const inputs = [];
    const outputs = [];
    const valueInfo = [];
    let name = '';
    let twice;
    while (c.at < end) {
        const tag = c.tag();
        const wire = tag & 7;
        const field = tag >>> 3;
        if (field === 1)
            nodes.push(decodeNode(c, c.message(wire, end, 'GraphProto.node'), ctx));
        else
            switch (field) {
                case 2:
                    name = c.string(wire, end, 'GraphProto.name');
                    break;
                case 5: {
                    const t = decodeTensor(c, wire, end, 'initializer', ctx);
                    if (initializers.has(t.name))
                        twice ??= t.name;
                    initializers.set(t.name, t);
                    break;
                }
                case 15: {
                    const t = decodeSparseTensor(c, wire, end, 'sparse initializer', ctx);
                    if (initializers.has(t.name))
                        twice ??= t.name;
                    initializers.set(t.name, t);
                    break;
                }
                case 11:
                    inputs.push(decodeValueInfo(c, c.message(wire, end, 'GraphProto.input')));
                    break;
                case 12:
                    outputs.push(decodeValueInfo(c, c.message(wire, end, 'GraphProto.output')));
                    break;
                case 13:
                    valueInfo.push(decodeValueInfo(c, c.message(wire, end, 'GraphProto.value_info')));
                    break;
                default: skipField(c, wire, end);
            }
    }
    endOf(c, end);
    if (twice !== undefined)
        throw new WireError(`graph '${name}': initializer '${twice}' is defined twice`);
    return { name, inputs, outputs, initializers, valueInfo, nodes };
}
function decodeOpset(c, end) {
    let domain = '';
    let version = 0;
    while (c.at < end) {
        const tag = c.tag();
        const wire = tag & 7;
        switch (tag >>> 3) {
            case 1:
                domain = c.string(wire, end, 'OperatorSetIdProto.domain');
                break;
            case 2:
                version = c.int(wire, 'OperatorSetIdProto.version');
                break;
            default: skipField(c, wire, end);
        }
    }
    endOf(c, end);
    return [(0,ir/* normalizeDomain */.A)(domain), version];
}
function decodeFunction(c, end, ctx) {
    let name = '';
    let domain = '';
    let overload = '';
    const inputs = [];
    const outputs = [];
    const attributeNames = [];
    const attributeDefaults = new Map();
    const opsetImports = new Map();
    const nodes = [];
    while (c.at < end) {
        const tag = c.tag();
        const wire = tag & 7;
        switch (tag >>> 3) {
            case 1:
                name = c.string(wire, end, 'FunctionProto.name');
                break;
            case 10:
                domain = c.string(wire, end, 'FunctionProto.domain');
                break;
            case 13:
                overload = c.string(wire, end, 'FunctionProto.overload');
                break;
            case 4:
                inputs.push(c.string(wire, end, 'FunctionProto.input'));
                break;
            case 5:
                outputs.push(c.string(wire, end, 'FunctionProto.output'));
                break;
            case 6:
                attributeNames.push(c.string(wire, end, 'FunctionProto.attribute'));
                break;
            case 11: {
                decodeAttribute(c, c.message(wire, end, 'FunctionProto.attribute_proto'), ctx, attributeDefaults);
                break;
            }
            case 9: {
                const [d, v] = decodeOpset(c, c.message(wire, end, 'FunctionProto.opset_import'));
                opsetImports.set(d, v);
                break;
            }
            case 7:
                nodes.push(decodeNode(c, c.message(wire, end, 'FunctionProto.node'), ctx));
                break;
            default: skipField(c, wire, end);
        }
    }
    endOf(c, end);
    return { name, domain: (0,ir/* normalizeDomain */.A)(domain), overload, inputs, outputs, attributeNames, attributeDefaults, opsetImports, nodes };
}
function decodeModel(c, end, ctx) {
    const out = {
        irVersion: 0, producerName: '', producerVersion: '', opsetImports: new Map(), graph: undefined,
        functions: [], metadata: new Map(),
    };
    while (c.at < end) {
        const tag = c.tag();
        const wire = tag & 7;
        switch (tag >>> 3) {
            case 1:
                out.irVersion = c.int(wire, 'ModelProto.ir_version');
                break;
            case 2:
                out.producerName = c.string(wire, end, 'ModelProto.producer_name');
                break;
            case 3:
                out.producerVersion = c.string(wire, end, 'ModelProto.producer_version');
                break;
            case 7:
                out.graph = decodeGraph(c, c.message(wire, end, 'ModelProto.graph'), ctx);
                break;
            case 8: {
                const [d, v] = decodeOpset(c, c.message(wire, end, 'ModelProto.opset_import'));
                out.opsetImports.set(d, v);
                break;
            }
            case 14: {
                const [k, v] = decodeStringEntry(c, c.message(wire, end, 'ModelProto.metadata_props'));
                out.metadata.set(k, v);
                break;
            }
            case 25:
                out.functions.push(decodeFunction(c, c.message(wire, end, 'ModelProto.functions'), ctx));
                break;
            default: skipField(c, wire, end);
        }
    }
    endOf(c, end);
    return out;
}

;// CONCATENATED MODULE: ./build/src/formats/onnx/reader.js







const WHOLE_FILE = 128 * 1024;
let wholeFile = Buffer.allocUnsafe(0);
function readWhole(fd, size, path) {
    if (wholeFile.length < size)
        wholeFile = Buffer.allocUnsafe(Math.max(size, WHOLE_FILE));
    return wholeFile.subarray(0, (0,formats_file/* readInto */.Pq)(fd, wholeFile, size, 0, path));
}
function readOnnxFile(path, options = {}) {
    return (0,formats_file/* withOpenModel */.Is)(path, (fd, size) => {
        if (size <= (options.wholeFileBytes ?? WHOLE_FILE)) {
            const bytes = readWhole(fd, size, path);
            const { model, externalDataBytes } = decodeAndCheck(wire_WireReader.fromBytes(bytes), bytes.byteLength, path);
            return { model, externalDataBytes, stats: { bytesRead: bytes.byteLength, readCalls: 1 } };
        }
        const wire = wire_WireReader.fromFile(fd, size, options.windows);
        const { model, externalDataBytes } = decodeAndCheck(wire, size, path);
        return { model, externalDataBytes, stats: { bytesRead: wire.bytesRead, readCalls: wire.readCalls } };
    });
}
async function readOnnxModel(path) {
    return readOnnxFile(path).model;
}
function readOnnxBytes(bytes, path) {
    if (bytes.byteLength === 0)
        throw new ModelFileError(path, 'file is empty (0 bytes)');
    const { model, externalDataBytes } = decodeAndCheck(WireReader.fromBytes(bytes), bytes.byteLength, path);
    return { model, externalDataBytes, stats: { bytesRead: bytes.byteLength, readCalls: 0 } };
}
function externalDataLocations(bytes) {
    const ctx = { externalTensors: [] };
    try {
        decodeModel(wire_WireReader.fromBytes(bytes), bytes.byteLength, ctx);
    }
    catch (e) {
        if (!(e instanceof WireError || e instanceof RangeError || e instanceof limits/* LimitError */.oC))
            throw e;
    }
    return [...new Set(ctx.externalTensors.map((t) => t.external.location))];
}
function externalDataLocationsInFile(path) {
    const ctx = { externalTensors: [] };
    try {
        (0,formats_file/* withOpenModel */.Is)(path, (fd, size) => {
            const wire = size <= WHOLE_FILE ? wire_WireReader.fromBytes(readWhole(fd, size, path)) : wire_WireReader.fromFile(fd, size);
            decodeModel(wire, wire.end, ctx);
        });
    }
    catch (e) {
        if (!(e instanceof WireError || e instanceof RangeError || e instanceof limits/* LimitError */.oC || e instanceof errors/* ModelFileError */.EO))
            throw e;
    }
    return [...new Set(ctx.externalTensors.map((t) => t.external.location))];
}
function decodeAndCheck(wire, size, path) {
    const ctx = { externalTensors: [] };
    return checkDecoded(decodeWire(wire, size, path, ctx), ctx, size, path);
}
function decodeWire(wire, size, path, ctx) {
    try {
        return decodeModel(wire, size, ctx);
    }
    catch (e) {
        if (e instanceof WireError)
            throw new errors/* ModelFileError */.EO(path, notOnnxHint(e.message));
        if (e instanceof limits/* LimitError */.oC)
            throw new errors/* ModelFileError */.EO(path, e.message);
        if (e instanceof RangeError)
            throw new errors/* ModelFileError */.EO(path, `truncated or corrupt protobuf (${e.message})`);
        throw e;
    }
}
function checkDecoded(decoded, ctx, size, path) {
    const graph = decoded.graph;
    if (!graph) {
        throw new errors/* ModelFileError */.EO(path, 'not an ONNX model: no graph in the file');
    }
    if (decoded.irVersion <= 0 && decoded.opsetImports.size === 0 && graph.nodes.length === 0) {
        throw new errors/* ModelFileError */.EO(path, 'not an ONNX model: no IR version, opset or nodes');
    }
    const model = {
        format: 'onnx',
        formatVersion: `IR ${decoded.irVersion}`,
        producer: `${decoded.producerName} ${decoded.producerVersion}`.trim(),
        opsetImports: decoded.opsetImports,
        graph,
        functions: decoded.functions,
        metadata: decoded.metadata,
        fileBytes: size,
    };
    const externalDataBytes = checkExternalData(path, ctx.externalTensors);
    return { model, externalDataBytes };
}
function openOnnxFile(path, file) {
    const ctx = { externalTensors: [] };
    let size = 0;
    let decoded = null;
    let fault = null;
    const decode = (fd, n) => {
        size = n;
        const wire = n <= WHOLE_FILE ? wire_WireReader.fromBytes(readWhole(fd, n, path)) : wire_WireReader.fromFile(fd, n);
        return decodeWire(wire, wire.end, path, ctx);
    };
    try {
        decoded = file ? decode(file.fd, file.size) : (0,formats_file/* withOpenModel */.Is)(path, decode);
    }
    catch (e) {
        if (!(e instanceof errors/* ModelFileError */.EO))
            throw e;
        fault = e;
    }
    return {
        externalLocations: [...new Set(ctx.externalTensors.map((t) => t.external.location))],
        read(at) {
            if (fault !== null || decoded === null)
                throw new errors/* ModelFileError */.EO(at, fault?.detail ?? 'not read');
            return checkDecoded(decoded, ctx, size, at);
        },
    };
}
function notOnnxHint(message) {
    if (message.startsWith('truncated'))
        return `${message} (the file is truncated or corrupt)`;
    return message.startsWith('not an ONNX model') ? message : `corrupt or not an ONNX model: ${message}`;
}
function sideFile(modelPath, dir, location, where) {
    if ((0,external_node_path_.isAbsolute)(location) || /^[a-zA-Z]:[\\/]/.test(location)) {
        throw new errors/* ModelFileError */.EO(modelPath, `${where}: absolute paths are not allowed; it must be relative to the model's folder`);
    }
    const file = (0,external_node_path_.resolve)(dir, location);
    if (file === dir || !(0,contained_file/* isInside */.FK)(dir, file)) {
        throw new errors/* ModelFileError */.EO(modelPath, `${where}: path escapes the model's folder`);
    }
    let found;
    try {
        found = (0,contained_file/* containedEntry */.oK)(dir, (0,external_node_path_.relative)(dir, file), "the model's folder");
    }
    catch (e) {
        if (e instanceof contained_file/* UnsafeFileError */.h)
            throw new errors/* ModelFileError */.EO(modelPath, `${where}: ${e.reason}`);
        throw e;
    }
    if (found === null)
        throw new errors/* ModelFileError */.EO(modelPath, `${where}: no such file`);
    return found;
}
function checkExternalData(modelPath, tensors) {
    if (tensors.length === 0)
        return 0;
    const dir = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(modelPath));
    const byLocation = new Map();
    for (const t of tensors) {
        const ext = t.external;
        const where = () => `tensor '${t.name}' external data '${ext.location}'`;
        let side = byLocation.get(ext.location);
        if (side === undefined) {
            side = sideFile(modelPath, dir, ext.location, where());
            byLocation.set(ext.location, side);
        }
        const need = ext.length ?? t.byteSize;
        if (ext.length !== undefined && ext.length !== t.byteSize) {
            throw new errors/* ModelFileError */.EO(modelPath, `${where()}: length ${ext.length} does not match dims [${t.dims.join(', ')}] of ${t.dtype} (${t.byteSize} bytes)`);
        }
        if (ext.offset + need > side.size) {
            throw new errors/* ModelFileError */.EO(modelPath, `${where()}: needs bytes ${ext.offset}..${ext.offset + need} but the file has ${side.size}`);
        }
    }
    if (byLocation.size === 1)
        return byLocation.values().next().value.size;
    const sizes = new Map();
    for (const side of byLocation.values())
        sizes.set(side.real(), side.size);
    let total = 0;
    for (const size of sizes.values())
        total += size;
    return total;
}

;// CONCATENATED MODULE: ./build/src/formats/onnx/format-reader.js

const reader = {
    async read(path) {
        const { model, externalDataBytes } = readOnnxFile(path);
        return { kind: 'graph', model, sideFileBytes: externalDataBytes };
    },
    open(path, file) {
        const opened = openOnnxFile(path, file);
        return {
            sideFiles: () => [...opened.externalLocations],
            read: async (at) => {
                const { model, externalDataBytes } = opened.read(at);
                return { kind: 'graph', model, sideFileBytes: externalDataBytes };
            },
        };
    },
    sideFiles(_path, content) {
        if (content === null)
            return [];
        return 'bytes' in content ? externalDataLocations(content.bytes) : externalDataLocationsInFile(content.file);
    },
};


/***/ }),

/***/ 5381:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ isTrustedInt64Number)
/* harmony export */ });
const SENTINEL_MAGNITUDE = 2 ** 62;
function isTrustedInt64Number(x) {
    return Number.isSafeInteger(x) || Math.abs(x) >= SENTINEL_MAGNITUDE;
}


/***/ })

};
