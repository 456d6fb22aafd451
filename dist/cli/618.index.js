export const id = 618;
export const ids = [618];
export const modules = {

/***/ 4052:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _n: () => (/* binding */ FileSource),
/* harmony export */   a5: () => (/* binding */ FlatBufferError),
/* harmony export */   wj: () => (/* binding */ FlatBuffer)
/* harmony export */ });
/* unused harmony exports MemorySource, scalarBytes, READS_PER_FILE_BYTE, READ_ALLOWANCE */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);

class FlatBufferError extends Error {
    name = 'FlatBufferError';
}
class MemorySource {
    bytes;
    size;
    readCalls = 0;
    constructor(bytes) {
        this.bytes = bytes;
        this.size = bytes.byteLength;
    }
    get bytesRead() {
        return this.size;
    }
    view(pos, len) {
        return new DataView(this.bytes.buffer, this.bytes.byteOffset + pos, len);
    }
}
const PAGE = 512;
const MAX_PAGES = 2048;
const RUN_PAGES = 16;
class FileSource {
    fd;
    size;
    bytesRead = 0;
    readCalls = 0;
    pages = new Map();
    lastMiss = -2;
    constructor(fd, size) {
        this.fd = fd;
        this.size = size;
    }
    page(index) {
        const hit = this.pages.get(index);
        if (hit) {
            this.pages.delete(index);
            this.pages.set(index, hit);
            return hit;
        }
        const count = index === this.lastMiss + 1 ? RUN_PAGES : 1;
        this.lastMiss = index + count - 1;
        const start = index * PAGE;
        const len = Math.min(count * PAGE, this.size - start);
        const buf = new Uint8Array(len);
        let got = 0;
        while (got < len) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(this.fd, buf, got, len - got, start + got);
            this.readCalls++;
            if (n === 0)
                throw new FlatBufferError(`file ended at byte ${start + got} while reading (it changed while being read?)`);
            got += n;
        }
        this.bytesRead += len;
        for (let k = 0; k * PAGE < len; k++) {
            if (k > 0 && this.pages.has(index + k))
                continue;
            this.pages.set(index + k, buf.subarray(k * PAGE, Math.min(len, (k + 1) * PAGE)));
            if (this.pages.size > MAX_PAGES)
                this.pages.delete(this.pages.keys().next().value);
        }
        return this.pages.get(index) ?? buf.subarray(0, Math.min(len, PAGE));
    }
    view(pos, len) {
        const first = Math.floor(pos / PAGE);
        const last = Math.floor((pos + len - 1) / PAGE);
        if (first === last) {
            const p = this.page(first);
            return new DataView(p.buffer, p.byteOffset + (pos - first * PAGE), len);
        }
        const out = new Uint8Array(len);
        let at = 0;
        for (let i = first; i <= last; i++) {
            const p = this.page(i);
            const from = i === first ? pos - first * PAGE : 0;
            const to = Math.min(p.byteLength, pos + len - i * PAGE);
            out.set(p.subarray(from, to), at);
            at += to - from;
        }
        return new DataView(out.buffer);
    }
}
const SCALAR_BYTES = {
    bool: 1, i8: 1, u8: 1, i16: 2, u16: 2, i32: 4, u32: 4, i64: 8, u64: 8, f32: 4, f64: 8,
};
function scalarBytes(kind) {
    return SCALAR_BYTES[kind];
}
const READS_PER_FILE_BYTE = 4;
const READ_ALLOWANCE = 1024 * 1024;
class FlatBuffer {
    src;
    limit;
    bytesRead = 0;
    maxRead;
    constructor(src, limit = src.size) {
        this.src = src;
        this.limit = limit;
        this.maxRead = READ_ALLOWANCE + READS_PER_FILE_BYTE * limit;
    }
    spend(n) {
        this.bytesRead += n;
        if (this.bytesRead > this.maxRead) {
            throw new FlatBufferError(`its tables take more than ${this.maxRead} bytes to read from a file of ${this.limit}: offsets that point at one table or vector many times (an operator or tensor listed over and over), which no converter writes`);
        }
    }
    get size() {
        return this.limit;
    }
    check(pos, len, what) {
        if (!Number.isSafeInteger(pos) || pos < 0 || len < 0 || pos + len > this.limit) {
            throw new FlatBufferError(`${what} at byte ${pos} (${len} bytes) lies outside the file (${this.limit} bytes)`);
        }
    }
    scalarAt(pos, kind, what) {
        const n = SCALAR_BYTES[kind];
        this.check(pos, n, what);
        this.spend(n);
        const v = this.src.view(pos, n);
        switch (kind) {
            case 'bool': return v.getUint8(0) !== 0 ? 1 : 0;
            case 'i8': return v.getInt8(0);
            case 'u8': return v.getUint8(0);
            case 'i16': return v.getInt16(0, true);
            case 'u16': return v.getUint16(0, true);
            case 'i32': return v.getInt32(0, true);
            case 'u32': return v.getUint32(0, true);
            case 'f32': return v.getFloat32(0, true);
            case 'f64': return v.getFloat64(0, true);
            case 'i64': return Number(v.getBigInt64(0, true));
            case 'u64': return Number(v.getBigUint64(0, true));
        }
    }
    bytesAt(pos, len, what) {
        this.check(pos, len, what);
        this.spend(len);
        const v = this.src.view(pos, len);
        return new Uint8Array(v.buffer, v.byteOffset, len);
    }
    tableAt(ref, what) {
        const pos = ref + this.scalarAt(ref, 'u32', `offset to ${what}`);
        this.check(pos, 4, what);
        const vtable = pos - this.scalarAt(pos, 'i32', `${what}'s vtable offset`);
        this.check(vtable, 4, `${what}'s vtable`);
        const vtSize = this.scalarAt(vtable, 'u16', `${what}'s vtable`);
        const size = this.scalarAt(vtable + 2, 'u16', `${what}'s vtable`);
        if (vtSize < 4 || vtSize % 2 !== 0)
            throw new FlatBufferError(`${what} at byte ${pos} has a malformed vtable (size ${vtSize})`);
        if (size < 4)
            throw new FlatBufferError(`${what} at byte ${pos} declares a table of ${size} bytes`);
        this.check(vtable, vtSize, `${what}'s vtable`);
        this.check(pos, size, what);
        return { pos, vtable, fields: (vtSize - 4) / 2, size };
    }
    field(t, id, bytes, what) {
        if (id >= t.fields)
            return 0;
        const off = this.scalarAt(t.vtable + 4 + 2 * id, 'u16', what);
        if (off === 0)
            return 0;
        if (off < 4 || off + bytes > t.size)
            throw new FlatBufferError(`${what}: field offset ${off} lies outside its table (${t.size} bytes)`);
        return t.pos + off;
    }
    scalar(t, id, kind, def, what) {
        const p = this.field(t, id, SCALAR_BYTES[kind], what);
        return p === 0 ? def : this.scalarAt(p, kind, what);
    }
    table(t, id, what) {
        const p = this.field(t, id, 4, what);
        return p === 0 ? undefined : this.tableAt(p, what);
    }
    vector(t, id, elemBytes, what, max = Infinity) {
        const p = this.field(t, id, 4, what);
        if (p === 0)
            return undefined;
        return this.vectorAt(p, elemBytes, what, max);
    }
    vectorAt(ref, elemBytes, what, max = Infinity) {
        const pos = ref + this.scalarAt(ref, 'u32', `offset to ${what}`);
        const length = this.scalarAt(pos, 'u32', `${what}'s length`);
        if (length * elemBytes > this.limit - pos - 4) {
            throw new FlatBufferError(`${what} at byte ${pos} declares ${length} elements, which run past the end of the file`);
        }
        if (length > max)
            throw new FlatBufferError(`${what} has ${length} elements (more than the ${max} a model can have)`);
        return { start: pos + 4, length };
    }
    numbers(t, id, kind, what, max) {
        const v = this.vector(t, id, SCALAR_BYTES[kind], what, max);
        if (!v)
            return [];
        const n = SCALAR_BYTES[kind];
        const out = new Array(v.length);
        for (let i = 0; i < v.length; i++)
            out[i] = this.scalarAt(v.start + i * n, kind, what);
        return out;
    }
    tableIn(v, i, what) {
        return this.tableAt(v.start + 4 * i, what);
    }
    string(t, id, what, maxBytes = 4096) {
        const p = this.field(t, id, 4, what);
        if (p === 0)
            return '';
        const v = this.vectorAt(p, 1, what);
        const take = Math.min(v.length, maxBytes);
        const text = new TextDecoder('utf-8', { fatal: false }).decode(this.bytesAt(v.start, take, what));
        return take < v.length ? `${text}…` : text;
    }
}


/***/ }),

/***/ 5618:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reader: () => (/* binding */ reader)
});

// EXTERNAL MODULE: ./build/src/graph/errors.js
var errors = __webpack_require__(5875);
// EXTERNAL MODULE: ./build/src/formats/file.js
var file = __webpack_require__(8094);
// EXTERNAL MODULE: ./build/src/formats/tflite/flatbuffer.js
var flatbuffer = __webpack_require__(4052);
// EXTERNAL MODULE: ./build/src/formats/tflite/signature.js
var signature = __webpack_require__(395);
;// CONCATENATED MODULE: ./build/src/formats/tflite/schema.js

const MODEL = { version: 0, operatorCodes: 1, subgraphs: 2, description: 3, buffers: 4, metadataBuffer: 5, metadata: 6, signatureDefs: 7 };
const OPERATOR_CODE = { deprecatedBuiltinCode: 0, customCode: 1, version: 2, builtinCode: 3 };
const SUBGRAPH = { tensors: 0, inputs: 1, outputs: 2, operators: 3, name: 4 };
const TENSOR = {
    shape: 0, type: 1, buffer: 2, name: 3, quantization: 4, isVariable: 5, sparsity: 6, shapeSignature: 7, hasRank: 8,
};
const QUANTIZATION = { min: 0, max: 1, scale: 2, zeroPoint: 3, detailsType: 4, details: 5, quantizedDimension: 6 };
const SPARSITY = { traversalOrder: 0, blockMap: 1, dimMetadata: 2 };
const OPERATOR = {
    opcodeIndex: 0, inputs: 1, outputs: 2, builtinOptionsType: 3, builtinOptions: 4, customOptions: 5,
    customOptionsFormat: 6, mutatingVariableInputs: 7, intermediates: 8, largeCustomOptionsOffset: 9,
    largeCustomOptionsSize: 10, builtinOptions2Type: 11, builtinOptions2: 12,
};
const BUFFER = { data: 0, offset: 1, size: 2 };
const METADATA = { name: 0, buffer: 1 };
const TENSOR_TYPES = [
    { name: 'FLOAT32', dtype: 'float32' }, { name: 'FLOAT16', dtype: 'float16' }, { name: 'INT32', dtype: 'int32' },
    { name: 'UINT8', dtype: 'uint8' }, { name: 'INT64', dtype: 'int64' }, { name: 'STRING', dtype: 'string' },
    { name: 'BOOL', dtype: 'bool' }, { name: 'INT16', dtype: 'int16' }, { name: 'COMPLEX64', dtype: 'complex64' },
    { name: 'INT8', dtype: 'int8' }, { name: 'FLOAT64', dtype: 'float64' }, { name: 'COMPLEX128', dtype: 'complex128' },
    { name: 'UINT64', dtype: 'uint64' }, { name: 'RESOURCE', dtype: undefined }, { name: 'VARIANT', dtype: undefined },
    { name: 'UINT32', dtype: 'uint32' }, { name: 'UINT16', dtype: 'uint16' }, { name: 'INT4', dtype: 'int4' },
    { name: 'BFLOAT16', dtype: 'bfloat16' },
];
const BUILTIN_OPERATORS = ('ADD AVERAGE_POOL_2D CONCATENATION CONV_2D DEPTHWISE_CONV_2D DEPTH_TO_SPACE DEQUANTIZE EMBEDDING_LOOKUP FLOOR '
    + 'FULLY_CONNECTED HASHTABLE_LOOKUP L2_NORMALIZATION L2_POOL_2D LOCAL_RESPONSE_NORMALIZATION LOGISTIC LSH_PROJECTION '
    + 'LSTM MAX_POOL_2D MUL RELU RELU_N1_TO_1 RELU6 RESHAPE RESIZE_BILINEAR RNN SOFTMAX SPACE_TO_DEPTH SVDF TANH '
    + 'CONCAT_EMBEDDINGS SKIP_GRAM CALL CUSTOM EMBEDDING_LOOKUP_SPARSE PAD UNIDIRECTIONAL_SEQUENCE_RNN GATHER '
    + 'BATCH_TO_SPACE_ND SPACE_TO_BATCH_ND TRANSPOSE MEAN SUB DIV SQUEEZE UNIDIRECTIONAL_SEQUENCE_LSTM STRIDED_SLICE '
    + 'BIDIRECTIONAL_SEQUENCE_RNN EXP TOPK_V2 SPLIT LOG_SOFTMAX DELEGATE BIDIRECTIONAL_SEQUENCE_LSTM CAST PRELU MAXIMUM '
    + 'ARG_MAX MINIMUM LESS NEG PADV2 GREATER GREATER_EQUAL LESS_EQUAL SELECT SLICE SIN TRANSPOSE_CONV SPARSE_TO_DENSE '
    + 'TILE EXPAND_DIMS EQUAL NOT_EQUAL LOG SUM SQRT RSQRT SHAPE POW ARG_MIN FAKE_QUANT REDUCE_PROD REDUCE_MAX PACK '
    + 'LOGICAL_OR ONE_HOT LOGICAL_AND LOGICAL_NOT UNPACK REDUCE_MIN FLOOR_DIV REDUCE_ANY SQUARE ZEROS_LIKE FILL FLOOR_MOD '
    + 'RANGE RESIZE_NEAREST_NEIGHBOR LEAKY_RELU SQUARED_DIFFERENCE MIRROR_PAD ABS SPLIT_V UNIQUE CEIL REVERSE_V2 ADD_N '
    + 'GATHER_ND COS WHERE RANK ELU REVERSE_SEQUENCE MATRIX_DIAG QUANTIZE MATRIX_SET_DIAG ROUND HARD_SWISH IF WHILE '
    + 'NON_MAX_SUPPRESSION_V4 NON_MAX_SUPPRESSION_V5 SCATTER_ND SELECT_V2 DENSIFY SEGMENT_SUM BATCH_MATMUL '
    + 'PLACEHOLDER_FOR_GREATER_OP_CODES CUMSUM CALL_ONCE BROADCAST_TO RFFT2D CONV_3D IMAG REAL COMPLEX_ABS HASHTABLE '
    + 'HASHTABLE_FIND HASHTABLE_IMPORT HASHTABLE_SIZE REDUCE_ALL CONV_3D_TRANSPOSE VAR_HANDLE READ_VARIABLE '
    + 'ASSIGN_VARIABLE BROADCAST_ARGS RANDOM_STANDARD_NORMAL BUCKETIZE RANDOM_UNIFORM MULTINOMIAL GELU '
    + 'DYNAMIC_UPDATE_SLICE RELU_0_TO_1 UNSORTED_SEGMENT_PROD UNSORTED_SEGMENT_MAX UNSORTED_SEGMENT_SUM ATAN2 '
    + 'UNSORTED_SEGMENT_MIN SIGN BITCAST BITWISE_XOR RIGHT_SHIFT STABLEHLO_LOGISTIC STABLEHLO_ADD STABLEHLO_DIVIDE '
    + 'STABLEHLO_MULTIPLY STABLEHLO_MAXIMUM STABLEHLO_RESHAPE STABLEHLO_CLAMP STABLEHLO_CONCATENATE '
    + 'STABLEHLO_BROADCAST_IN_DIM STABLEHLO_CONVOLUTION STABLEHLO_SLICE STABLEHLO_CUSTOM_CALL STABLEHLO_REDUCE '
    + 'STABLEHLO_ABS STABLEHLO_AND STABLEHLO_COSINE STABLEHLO_EXPONENTIAL STABLEHLO_FLOOR STABLEHLO_LOG STABLEHLO_MINIMUM '
    + 'STABLEHLO_NEGATE STABLEHLO_OR STABLEHLO_POWER STABLEHLO_REMAINDER STABLEHLO_RSQRT STABLEHLO_SELECT '
    + 'STABLEHLO_SUBTRACT STABLEHLO_TANH STABLEHLO_SCATTER STABLEHLO_COMPARE STABLEHLO_CONVERT STABLEHLO_DYNAMIC_SLICE '
    + 'STABLEHLO_DYNAMIC_UPDATE_SLICE STABLEHLO_PAD STABLEHLO_IOTA STABLEHLO_DOT_GENERAL STABLEHLO_REDUCE_WINDOW '
    + 'STABLEHLO_SORT STABLEHLO_WHILE STABLEHLO_GATHER STABLEHLO_TRANSPOSE DILATE STABLEHLO_RNG_BIT_GENERATOR '
    + 'REDUCE_WINDOW STABLEHLO_COMPOSITE COMPLEX').split(' ');
const NOT_AN_OPERATOR = new Set(['CUSTOM', 'DELEGATE', 'PLACEHOLDER_FOR_GREATER_OP_CODES']);
const OPTION_TABLES = {
    Conv2DOptions: 'padding:padding stride_w:int stride_h:int fused_activation_function:activation dilation_w_factor:int=1 dilation_h_factor:int=1 quantized_bias_type:tensortype',
    DepthwiseConv2DOptions: 'padding:padding stride_w:int stride_h:int depth_multiplier:int fused_activation_function:activation dilation_w_factor:int=1 dilation_h_factor:int=1',
    ConcatEmbeddingsOptions: 'num_channels:int num_columns_per_channel:ints embedding_dim_per_channel:ints',
    LSHProjectionOptions: 'type:enum(UNKNOWN,SPARSE,DENSE)',
    Pool2DOptions: 'padding:padding stride_w:int stride_h:int filter_width:int filter_height:int fused_activation_function:activation',
    SVDFOptions: 'rank:int fused_activation_function:activation asymmetric_quantize_inputs:bool',
    RNNOptions: 'fused_activation_function:activation asymmetric_quantize_inputs:bool',
    FullyConnectedOptions: 'fused_activation_function:activation weights_format:enum(DEFAULT,SHUFFLED4x16INT8) keep_num_dims:bool asymmetric_quantize_inputs:bool quantized_bias_type:tensortype',
    SoftmaxOptions: 'beta:float',
    ConcatenationOptions: 'axis:int fused_activation_function:activation',
    AddOptions: 'fused_activation_function:activation pot_scale_int16:bool=1',
    L2NormOptions: 'fused_activation_function:activation',
    LocalResponseNormalizationOptions: 'radius:int bias:float alpha:float beta:float',
    LSTMOptions: 'fused_activation_function:activation cell_clip:float proj_clip:float kernel_type:enum(FULL,BASIC) asymmetric_quantize_inputs:bool',
    ResizeBilinearOptions: 'new_height:skip new_width:skip align_corners:bool half_pixel_centers:bool',
    CallOptions: 'subgraph:uint',
    ReshapeOptions: 'new_shape:ints',
    SkipGramOptions: 'ngram_size:int max_skip_size:int include_all_ngrams:bool',
    SpaceToDepthOptions: 'block_size:int',
    EmbeddingLookupSparseOptions: 'combiner:enum(SUM,MEAN,SQRTN)',
    MulOptions: 'fused_activation_function:activation',
    PadOptions: '',
    GatherOptions: 'axis:int batch_dims:int',
    BatchToSpaceNDOptions: '',
    SpaceToBatchNDOptions: '',
    TransposeOptions: '',
    ReducerOptions: 'keep_dims:bool',
    SubOptions: 'fused_activation_function:activation pot_scale_int16:bool=1',
    DivOptions: 'fused_activation_function:activation',
    SqueezeOptions: 'squeeze_dims:ints',
    SequenceRNNOptions: 'time_major:bool fused_activation_function:activation asymmetric_quantize_inputs:bool',
    StridedSliceOptions: 'begin_mask:int end_mask:int ellipsis_mask:int new_axis_mask:int shrink_axis_mask:int offset:bool',
    ExpOptions: '',
    TopKV2Options: '',
    SplitOptions: 'num_splits:int',
    LogSoftmaxOptions: '',
    CastOptions: 'in_data_type:tensortype out_data_type:tensortype',
    DequantizeOptions: '',
    MaximumMinimumOptions: '',
    ArgMaxOptions: 'output_type:tensortype',
    LessOptions: '',
    NegOptions: '',
    PadV2Options: '',
    GreaterOptions: '',
    GreaterEqualOptions: '',
    LessEqualOptions: '',
    SelectOptions: '',
    SliceOptions: '',
    TransposeConvOptions: 'padding:padding stride_w:int stride_h:int fused_activation_function:activation quantized_bias_type:tensortype',
    SparseToDenseOptions: 'validate_indices:bool',
    TileOptions: '',
    ExpandDimsOptions: '',
    EqualOptions: '',
    NotEqualOptions: '',
    ShapeOptions: 'out_type:tensortype',
    PowOptions: '',
    ArgMinOptions: 'output_type:tensortype',
    FakeQuantOptions: 'min:float max:float num_bits:int narrow_range:bool',
    PackOptions: 'values_count:int axis:int',
    LogicalOrOptions: '',
    OneHotOptions: 'axis:int',
    LogicalAndOptions: '',
    LogicalNotOptions: '',
    UnpackOptions: 'num:int axis:int',
    FloorDivOptions: '',
    SquareOptions: '',
    ZerosLikeOptions: '',
    FillOptions: '',
    BidirectionalSequenceLSTMOptions: 'fused_activation_function:activation cell_clip:float proj_clip:float merge_outputs:bool time_major:bool=1 asymmetric_quantize_inputs:bool',
    BidirectionalSequenceRNNOptions: 'time_major:bool fused_activation_function:activation merge_outputs:bool asymmetric_quantize_inputs:bool',
    UnidirectionalSequenceLSTMOptions: 'fused_activation_function:activation cell_clip:float proj_clip:float time_major:bool asymmetric_quantize_inputs:bool diagonal_recurrent_tensors:bool',
    FloorModOptions: '',
    RangeOptions: '',
    ResizeNearestNeighborOptions: 'align_corners:bool half_pixel_centers:bool',
    LeakyReluOptions: 'alpha:float',
    SquaredDifferenceOptions: '',
    MirrorPadOptions: 'mode:enum(REFLECT,SYMMETRIC)',
    AbsOptions: '',
    SplitVOptions: 'num_splits:int',
    UniqueOptions: 'idx_out_type:tensortype=2',
    ReverseV2Options: '',
    AddNOptions: '',
    GatherNdOptions: '',
    CosOptions: '',
    WhereOptions: '',
    RankOptions: '',
    ReverseSequenceOptions: 'seq_dim:int batch_dim:int',
    MatrixDiagOptions: '',
    QuantizeOptions: '',
    MatrixSetDiagOptions: '',
    HardSwishOptions: '',
    IfOptions: 'then_subgraph_index:int else_subgraph_index:int',
    WhileOptions: 'cond_subgraph_index:int body_subgraph_index:int',
    DepthToSpaceOptions: 'block_size:int',
    NonMaxSuppressionV4Options: '',
    NonMaxSuppressionV5Options: '',
    ScatterNdOptions: '',
    SelectV2Options: '',
    DensifyOptions: '',
    SegmentSumOptions: '',
    BatchMatMulOptions: 'adj_x:bool adj_y:bool asymmetric_quantize_inputs:bool',
    CumsumOptions: 'exclusive:bool reverse:bool',
    CallOnceOptions: 'init_subgraph_index:int',
    BroadcastToOptions: '',
    Rfft2dOptions: '',
    Conv3DOptions: 'padding:padding stride_d:int stride_w:int stride_h:int fused_activation_function:activation dilation_d_factor:int=1 dilation_w_factor:int=1 dilation_h_factor:int=1',
    HashtableOptions: 'table_id:int key_dtype:tensortype value_dtype:tensortype',
    HashtableFindOptions: '',
    HashtableImportOptions: '',
    HashtableSizeOptions: '',
    VarHandleOptions: 'container:string shared_name:string',
    ReadVariableOptions: '',
    AssignVariableOptions: '',
    RandomOptions: 'seed:long seed2:long',
    BucketizeOptions: 'boundaries:floats',
    GeluOptions: 'approximate:bool',
    DynamicUpdateSliceOptions: '',
    UnsortedSegmentProdOptions: '',
    UnsortedSegmentMaxOptions: '',
    UnsortedSegmentMinOptions: '',
    UnsortedSegmentSumOptions: '',
    ATan2Options: '',
    SignOptions: '',
    BitcastOptions: '',
    BitwiseXorOptions: '',
    RightShiftOptions: '',
};
function parseFields(spec) {
    if (!spec)
        return [];
    return spec.split(' ').map((f) => {
        const [name, rest] = f.split(':');
        const [kind, def] = rest.split('=');
        return { name, kind, def: def === undefined ? 0 : Number(def) };
    });
}
const BUILTIN_OPTIONS = [
    undefined,
    ...Object.entries(OPTION_TABLES).map(([table, spec]) => ({ table, fields: parseFields(spec) })),
];
const PADDING = ['SAME', 'VALID'];
const ACTIVATIONS = ['NONE', 'RELU', 'RELU_N1_TO_1', 'RELU6', 'TANH', 'SIGN_BIT'];

;// CONCATENATED MODULE: ./build/src/formats/tflite/decode.js


const LIMITS = {
    operatorCodes: 100_000,
    subgraphs: 100_000,
    records: 4_000_000,
    operands: 100_000,
    rank: 64,
    metadata: 10_000,
    buffers: 50_000_000,
};
class Decoder {
    fb;
    records = 0;
    buffers = new Map();
    buffersVec;
    constructor(fb) {
        this.fb = fb;
    }
    count(n, what) {
        this.records += n;
        if (this.records > LIMITS.records)
            throw new flatbuffer/* FlatBufferError */.a5(`more than ${LIMITS.records} tensors and operators (at ${what})`);
    }
    decode() {
        const { fb } = this;
        if (fb.size < 8)
            throw new flatbuffer/* FlatBufferError */.a5(`${fb.size} bytes is too short for a TFLite file`);
        const ident = new TextDecoder('latin1').decode(fb.bytesAt(4, 4, 'file identifier'));
        if (ident !== signature/* FILE_IDENTIFIER */.B) {
            throw new flatbuffer/* FlatBufferError */.a5(`not a TFLite file: file identifier is '${printable(ident)}', expected '${signature/* FILE_IDENTIFIER */.B}'`);
        }
        const root = fb.tableAt(0, 'model');
        const version = fb.scalar(root, MODEL.version, 'u32', 0, 'model version');
        const codesVec = fb.vector(root, MODEL.operatorCodes, 4, 'operator codes', LIMITS.operatorCodes);
        const opCodes = [];
        for (let i = 0; i < (codesVec?.length ?? 0); i++)
            opCodes.push(this.opCode(fb.tableIn(codesVec, i, `operator code ${i}`)));
        this.buffersVec = fb.vector(root, MODEL.buffers, 4, 'buffers', LIMITS.buffers);
        const sgVec = fb.vector(root, MODEL.subgraphs, 4, 'subgraphs', LIMITS.subgraphs);
        if (!sgVec || sgVec.length === 0)
            throw new flatbuffer/* FlatBufferError */.a5('the model has no subgraph');
        const subgraphs = [];
        for (let i = 0; i < sgVec.length; i++)
            subgraphs.push(this.subgraph(fb.tableIn(sgVec, i, `subgraph ${i}`), i, opCodes));
        const description = fb.string(root, MODEL.description, 'model description', 256);
        const metadata = new Map();
        const mdVec = fb.vector(root, MODEL.metadata, 4, 'metadata', LIMITS.metadata);
        for (let i = 0; i < (mdVec?.length ?? 0); i++) {
            const t = fb.tableIn(mdVec, i, `metadata ${i}`);
            const name = fb.string(t, METADATA.name, `metadata ${i} name`, 256);
            const buf = this.buffer(fb.scalar(t, METADATA.buffer, 'u32', 0, `metadata ${i} buffer`), `metadata '${name}'`);
            metadata.set(name, this.metadataText(name, buf));
        }
        return { version, description, opCodes, subgraphs, buffers: this.buffers, metadata, fileBytes: fb.size };
    }
    metadataText(name, buf) {
        if (name === 'min_runtime_version' && buf.bytes > 0 && buf.bytes <= 64 && buf.dataStart !== undefined) {
            const raw = this.fb.bytesAt(buf.dataStart, buf.bytes, 'min_runtime_version');
            const end = raw.indexOf(0);
            return new TextDecoder('utf-8').decode(end < 0 ? raw : raw.subarray(0, end));
        }
        return `${buf.bytes} bytes`;
    }
    opCode(t) {
        const { fb } = this;
        const deprecated = fb.scalar(t, OPERATOR_CODE.deprecatedBuiltinCode, 'i8', 0, 'operator code');
        const extended = fb.scalar(t, OPERATOR_CODE.builtinCode, 'i32', 0, 'operator code');
        const code = Math.max(deprecated, extended);
        const version = fb.scalar(t, OPERATOR_CODE.version, 'i32', 1, 'operator code version');
        const name = BUILTIN_OPERATORS[code] ?? `BUILTIN_${code}`;
        if (name === 'CUSTOM') {
            const custom = fb.string(t, OPERATOR_CODE.customCode, 'custom op name', 256);
            return { builtin: undefined, custom: custom || '(unnamed custom op)', version };
        }
        return { builtin: name, custom: undefined, version };
    }
    buffer(index, what) {
        const hit = this.buffers.get(index);
        if (hit)
            return hit;
        const vec = this.buffersVec;
        if (!vec || index >= vec.length) {
            throw new flatbuffer/* FlatBufferError */.a5(`${what} refers to buffer ${index}, but the model has ${vec?.length ?? 0} buffers`);
        }
        const { fb } = this;
        const t = fb.tableIn(vec, index, `buffer ${index}`);
        const data = fb.vector(t, BUFFER.data, 1, `buffer ${index} data`);
        const offset = fb.scalar(t, BUFFER.offset, 'u64', 0, `buffer ${index} offset`);
        const size = fb.scalar(t, BUFFER.size, 'u64', 0, `buffer ${index} size`);
        let buf;
        if (data && data.length > 0)
            buf = { index, bytes: data.length, dataStart: data.start, external: false };
        else if (offset > 1) {
            if (!Number.isSafeInteger(offset + size) || offset + size > fb.size) {
                throw new flatbuffer/* FlatBufferError */.a5(`buffer ${index} lies at bytes ${offset}..${offset + size}, outside the file (${fb.size} bytes)`);
            }
            buf = { index, bytes: size, dataStart: offset, external: true };
        }
        else
            buf = { index, bytes: 0, dataStart: undefined, external: false };
        this.buffers.set(index, buf);
        return buf;
    }
    subgraph(t, index, opCodes) {
        const { fb } = this;
        const name = fb.string(t, SUBGRAPH.name, `subgraph ${index} name`, 256);
        const where = `subgraph ${index}`;
        const tVec = fb.vector(t, SUBGRAPH.tensors, 4, `${where} tensors`, LIMITS.records);
        this.count(tVec?.length ?? 0, `${where} tensors`);
        const tensors = [];
        for (let i = 0; i < (tVec?.length ?? 0); i++)
            tensors.push(this.tensor(fb.tableIn(tVec, i, `${where} tensor ${i}`), `${where} tensor ${i}`));
        const inputs = fb.numbers(t, SUBGRAPH.inputs, 'i32', `${where} inputs`, LIMITS.operands);
        const outputs = fb.numbers(t, SUBGRAPH.outputs, 'i32', `${where} outputs`, LIMITS.operands);
        const oVec = fb.vector(t, SUBGRAPH.operators, 4, `${where} operators`, LIMITS.records);
        this.count(oVec?.length ?? 0, `${where} operators`);
        const operators = [];
        for (let i = 0; i < (oVec?.length ?? 0); i++) {
            operators.push(this.operator(fb.tableIn(oVec, i, `${where} operator ${i}`), `${where} operator ${i}`, opCodes));
        }
        return { index, name, tensors, inputs, outputs, operators };
    }
    tensor(t, what) {
        const { fb } = this;
        const typeCode = fb.scalar(t, TENSOR.type, 'i8', 0, what);
        const type = TENSOR_TYPES[typeCode];
        if (!type)
            throw new flatbuffer/* FlatBufferError */.a5(`${what} has unknown element type ${typeCode}`);
        const shape = fb.numbers(t, TENSOR.shape, 'i32', `${what} shape`, LIMITS.rank);
        const sigField = fb.vector(t, TENSOR.shapeSignature, 4, `${what} shape signature`, LIMITS.rank);
        const signature = sigField ? fb.numbers(t, TENSOR.shapeSignature, 'i32', `${what} shape signature`, LIMITS.rank) : undefined;
        const bufferIndex = fb.scalar(t, TENSOR.buffer, 'u32', 0, what);
        const name = fb.string(t, TENSOR.name, `${what} name`);
        const q = fb.table(t, TENSOR.quantization, `${what} quantization`);
        const sp = fb.table(t, TENSOR.sparsity, `${what} sparsity`);
        const buffer = bufferIndex === 0 ? undefined : this.buffer(bufferIndex, `${what} ('${name}')`);
        return {
            name,
            typeName: type.name,
            dtype: type.dtype,
            shape,
            signature,
            hasRank: fb.scalar(t, TENSOR.hasRank, 'bool', 0, what) === 1,
            isVariable: fb.scalar(t, TENSOR.isVariable, 'bool', 0, what) === 1,
            buffer: buffer && buffer.bytes > 0 ? buffer : undefined,
            quantization: q ? this.quantization(q, `${what} quantization`) : undefined,
            sparsity: sp ? this.sparsity(sp, `${what} sparsity`) : undefined,
        };
    }
    quantization(t, what) {
        const { fb } = this;
        const scales = fb.vector(t, QUANTIZATION.scale, 4, `${what} scales`)?.length ?? 0;
        const custom = fb.scalar(t, QUANTIZATION.detailsType, 'u8', 0, what) !== 0;
        if (scales === 0 && !custom)
            return undefined;
        return { scales, axis: fb.scalar(t, QUANTIZATION.quantizedDimension, 'i32', 0, what), custom };
    }
    sparsity(t, what) {
        const { fb } = this;
        const order = fb.vector(t, SPARSITY.traversalOrder, 4, `${what} traversal order`, LIMITS.rank * 2)?.length ?? 0;
        const blockDims = fb.vector(t, SPARSITY.blockMap, 4, `${what} block map`, LIMITS.rank)?.length ?? 0;
        return { dims: order, blockDims };
    }
    operator(t, what, opCodes) {
        const { fb } = this;
        const opcodeIndex = fb.scalar(t, OPERATOR.opcodeIndex, 'u32', 0, what);
        const code = opCodes[opcodeIndex];
        if (!code)
            throw new flatbuffer/* FlatBufferError */.a5(`${what} uses operator code ${opcodeIndex}, but the model has ${opCodes.length}`);
        const inputs = fb.numbers(t, OPERATOR.inputs, 'i32', `${what} inputs`, LIMITS.operands);
        const outputs = fb.numbers(t, OPERATOR.outputs, 'i32', `${what} outputs`, LIMITS.operands);
        const intermediates = fb.numbers(t, OPERATOR.intermediates, 'i32', `${what} intermediates`, LIMITS.operands);
        const optType = fb.scalar(t, OPERATOR.builtinOptionsType, 'u8', 0, what);
        const options = new Map();
        const spec = BUILTIN_OPTIONS[optType];
        if (spec) {
            const ot = fb.table(t, OPERATOR.builtinOptions, `${what} ${spec.table}`);
            if (ot)
                for (const [i, f] of spec.fields.entries())
                    this.option(ot, i, f, options, `${what} ${spec.table}.${f.name}`);
        }
        return { code, inputs, outputs, intermediates, optionsTable: spec?.table, options };
    }
    option(t, id, f, out, what) {
        const { fb } = this;
        const k = f.kind;
        if (k === 'skip')
            return;
        if (k === 'ints')
            out.set(f.name, fb.numbers(t, id, 'i32', what, LIMITS.operands));
        else if (k === 'longs')
            out.set(f.name, fb.numbers(t, id, 'i64', what, LIMITS.operands));
        else if (k === 'floats')
            out.set(f.name, fb.numbers(t, id, 'f32', what, LIMITS.operands));
        else if (k === 'string')
            out.set(f.name, fb.string(t, id, what, 256));
        else if (k === 'float')
            out.set(f.name, fb.scalar(t, id, 'f32', f.def, what));
        else if (k === 'bool')
            out.set(f.name, fb.scalar(t, id, 'bool', f.def, what));
        else if (k === 'int')
            out.set(f.name, fb.scalar(t, id, 'i32', f.def, what));
        else if (k === 'uint')
            out.set(f.name, fb.scalar(t, id, 'u32', f.def, what));
        else if (k === 'long')
            out.set(f.name, fb.scalar(t, id, 'i64', f.def, what));
        else if (k === 'byte')
            out.set(f.name, fb.scalar(t, id, 'i8', f.def, what));
        else {
            const code = fb.scalar(t, id, 'i8', f.def, what);
            const names = k === 'padding' ? PADDING : k === 'activation' ? ACTIVATIONS : k === 'tensortype'
                ? TENSOR_TYPES.map((x) => x.dtype ?? x.name.toLowerCase())
                : k.slice(5, -1).split(',');
            const name = names[code];
            if (name === undefined)
                throw new flatbuffer/* FlatBufferError */.a5(`${what} has unknown value ${code}`);
            out.set(f.name, name);
        }
    }
}
function printable(s) {
    return s.replace(/[^\x20-\x7e]/g, '?');
}
function decodeTflite(fb) {
    return new Decoder(fb).decode();
}

// EXTERNAL MODULE: ./build/src/formats/tflite/to-ir.js
var to_ir = __webpack_require__(9530);
;// CONCATENATED MODULE: ./build/src/formats/tflite/reader.js





function decode(src, path) {
    try {
        const fb = new flatbuffer/* FlatBuffer */.wj(src);
        return (0,to_ir/* toIr */.xz)(decodeTflite(fb), fb);
    }
    catch (e) {
        if (e instanceof flatbuffer/* FlatBufferError */.a5)
            throw new errors/* ModelFileError */.EO(path, `invalid TFLite file: ${e.message}`);
        if (e?.code)
            throw new errors/* ModelFileError */.EO(path, (0,file/* describeFsError */.TQ)(e));
        throw e;
    }
}
function readTfliteFile(path) {
    return (0,file/* withOpenModel */.Is)(path, (fd, size) => {
        const src = new flatbuffer/* FileSource */._n(fd, size);
        const model = decode(src, path);
        return { model, stats: { bytesRead: src.bytesRead, readCalls: src.readCalls } };
    });
}
function readTfliteBytes(bytes, path) {
    if (bytes.byteLength === 0)
        throw new ModelFileError(path, 'file is empty (0 bytes)');
    return { model: decode(new MemorySource(bytes), path), stats: { bytesRead: bytes.byteLength, readCalls: 0 } };
}

;// CONCATENATED MODULE: ./build/src/formats/tflite/format-reader.js

const reader = {
    async read(path) {
        return { kind: 'graph', model: readTfliteFile(path).model, sideFileBytes: 0 };
    },
    sideFiles: () => [],
};


/***/ }),

/***/ 9530:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kh: () => (/* binding */ OUTPUT_TYPES_ATTR),
/* harmony export */   qm: () => (/* binding */ TFLITE_DOMAIN),
/* harmony export */   xz: () => (/* binding */ toIr)
/* harmony export */ });
/* unused harmony export TFLITE_CUSTOM_DOMAIN */
/* harmony import */ var _graph_dtype_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5274);
/* harmony import */ var _graph_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3792);
/* harmony import */ var _flatbuffer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4052);



const TFLITE_DOMAIN = 'tflite';
const TFLITE_CUSTOM_DOMAIN = 'tflite.custom';
const OUTPUT_TYPES_ATTR = 'output_types';
const MAX_INT_VALUES = 256;
const SUBGRAPH_OPTIONS = {
    cond_subgraph_index: 'cond',
    body_subgraph_index: 'body',
    then_subgraph_index: 'then_branch',
    else_subgraph_index: 'else_branch',
    init_subgraph_index: 'init',
    subgraph: 'subgraph',
};
class Converter {
    raw;
    fb;
    graphs = new Map();
    stack = [];
    constructor(raw, fb) {
        this.raw = raw;
        this.fb = fb;
    }
    graph(index) {
        const done = this.graphs.get(index);
        if (done)
            return done;
        if (this.stack.includes(index)) {
            throw new _flatbuffer_js__WEBPACK_IMPORTED_MODULE_2__/* .FlatBufferError */ .a5(`subgraph ${index} calls itself (through subgraphs ${[...this.stack, index].join(' -> ')})`);
        }
        if (this.stack.length >= _graph_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_GRAPH_DEPTH */ .kD) {
            throw new _flatbuffer_js__WEBPACK_IMPORTED_MODULE_2__/* .FlatBufferError */ .a5(`subgraphs (WHILE/IF/CALL bodies) nest more than ${_graph_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_GRAPH_DEPTH */ .kD} deep (at subgraph ${index})`);
        }
        const sg = this.raw.subgraphs[index];
        if (!sg)
            throw new _flatbuffer_js__WEBPACK_IMPORTED_MODULE_2__/* .FlatBufferError */ .a5(`an operator refers to subgraph ${index}, but the model has ${this.raw.subgraphs.length}`);
        this.stack.push(index);
        const g = this.convert(sg);
        this.stack.pop();
        this.graphs.set(index, g);
        return g;
    }
    convert(sg) {
        const where = `subgraph ${sg.index}`;
        const names = uniqueNames(sg.tensors.map((t) => t.name), 'tensor');
        const tensorAt = (i, what) => {
            const t = sg.tensors[i];
            if (!t)
                throw new _flatbuffer_js__WEBPACK_IMPORTED_MODULE_2__/* .FlatBufferError */ .a5(`${what} refers to tensor ${i}, but ${where} has ${sg.tensors.length} tensors`);
            return t;
        };
        const inputSet = new Set();
        const inputs = sg.inputs.map((i) => {
            inputSet.add(i);
            return this.valueInfo(tensorAt(i, `${where} input`), names[i], true);
        });
        const initializers = new Map();
        const valueInfo = [];
        const state = [];
        const written = new Set();
        for (const op of sg.operators)
            for (const o of op.outputs)
                written.add(o);
        sg.tensors.forEach((t, i) => {
            if (t.isVariable)
                state.push(names[i]);
            if (t.buffer && !t.isVariable)
                initializers.set(names[i], this.initializer(t, names[i], `${where} tensor ${i}`));
            else if (t.isVariable && !inputSet.has(i) && !written.has(i)) {
                inputs.push(this.valueInfo(t, names[i], true));
            }
            else if (!inputSet.has(i))
                valueInfo.push(this.valueInfo(t, names[i], false));
        });
        const outputs = sg.outputs.map((i) => this.valueInfo(tensorAt(i, `${where} output`), names[i], false));
        const nodeNames = uniqueNames(sg.operators.map((op) => {
            const first = op.outputs[0];
            const n = first !== undefined && first >= 0 ? sg.tensors[first]?.name ?? '' : '';
            return n.split(';')[0] ?? '';
        }), 'op');
        const nodes = sg.operators.map((op, k) => this.node(op, nodeNames[k], sg, names, tensorAt, `${where} operator ${k}`));
        return { name: sg.name || (sg.index === 0 ? 'main' : `subgraph_${sg.index}`), inputs, outputs, initializers, valueInfo, nodes, state };
    }
    node(op, name, sg, names, tensorAt, what) {
        const ref = (i) => {
            if (i === -1)
                return '';
            tensorAt(i, what);
            return names[i];
        };
        const attributes = new Map();
        for (const [key, v] of op.options) {
            const sub = SUBGRAPH_OPTIONS[key];
            if (sub !== undefined && typeof v === 'number') {
                attributes.set(sub, { type: 'graph', value: this.graph(v) });
                continue;
            }
            if (typeof v === 'string')
                attributes.set(key, { type: 'string', value: v });
            else if (typeof v === 'number')
                attributes.set(key, Number.isInteger(v) ? { type: 'int', value: v } : { type: 'float', value: v });
            else
                attributes.set(key, v.every(Number.isInteger) ? { type: 'ints', value: v } : { type: 'floats', value: v });
        }
        for (const k of ['beta', 'alpha', 'bias', 'cell_clip', 'proj_clip', 'min', 'max']) {
            const a = attributes.get(k);
            if (a?.type === 'int')
                attributes.set(k, { type: 'float', value: a.value });
        }
        attributes.set(OUTPUT_TYPES_ATTR, {
            type: 'type_protos',
            value: op.outputs.map((i) => (i === -1 ? { name: '', dtype: undefined, shape: undefined, kind: 'unknown' } : this.valueInfo(tensorAt(i, what), names[i], false))),
        });
        attributes.set('version', { type: 'int', value: op.code.version });
        void sg;
        return {
            name,
            opType: op.code.builtin ?? op.code.custom,
            domain: op.code.builtin ? TFLITE_DOMAIN : TFLITE_CUSTOM_DOMAIN,
            inputs: op.inputs.map(ref),
            outputs: op.outputs.map(ref),
            attributes,
        };
    }
    valueInfo(t, name, isInput) {
        const shape = storedShape(t);
        const sig = t.signature && shape && t.signature.length === shape.length ? t.signature : undefined;
        const dims = shape?.map((stored, i) => {
            const d = sig ? sig[i] : stored;
            if (d >= 0)
                return d;
            if (d !== -1 || !sig)
                throw new _flatbuffer_js__WEBPACK_IMPORTED_MODULE_2__/* .FlatBufferError */ .a5(`tensor '${name}' has negative dimension ${d}`);
            return isInput ? (i === 0 ? 'batch' : `${name}_${i}`) : null;
        });
        return { name, dtype: t.dtype, shape: dims, kind: t.dtype ? 'tensor' : 'opaque' };
    }
    initializer(t, name, what) {
        const buf = t.buffer;
        if (!t.dtype)
            throw new _flatbuffer_js__WEBPACK_IMPORTED_MODULE_2__/* .FlatBufferError */ .a5(`${what} ('${name}') is a ${t.typeName} tensor with stored data`);
        for (const d of t.shape)
            if (d < 0)
                throw new _flatbuffer_js__WEBPACK_IMPORTED_MODULE_2__/* .FlatBufferError */ .a5(`${what} ('${name}') is a constant with negative dimension ${d}`);
        let elements = 1;
        for (const d of t.shape)
            elements *= d;
        if (!Number.isSafeInteger(elements))
            throw new _flatbuffer_js__WEBPACK_IMPORTED_MODULE_2__/* .FlatBufferError */ .a5(`${what} ('${name}') has more than 2^53 elements`);
        const dense = (0,_graph_dtype_js__WEBPACK_IMPORTED_MODULE_0__/* .bytesFor */ .D_)(t.dtype, elements);
        const sparse = t.sparsity !== undefined;
        if (!sparse && t.dtype !== 'string' && buf.bytes !== dense) {
            throw new _flatbuffer_js__WEBPACK_IMPORTED_MODULE_2__/* .FlatBufferError */ .a5(`${what} ('${name}') has ${elements} ${t.dtype} elements (${dense} bytes) but its buffer ${buf.index} holds ${buf.bytes} bytes`);
        }
        if (sparse && buf.bytes > dense) {
            throw new _flatbuffer_js__WEBPACK_IMPORTED_MODULE_2__/* .FlatBufferError */ .a5(`${what} ('${name}') is sparse but stores ${buf.bytes} bytes, more than its dense size (${dense})`);
        }
        const tensor = {
            name,
            dtype: t.dtype,
            dims: [...t.shape],
            elements,
            byteSize: buf.bytes,
            storage: 'embedded',
            storageKey: `buffer ${buf.index}`,
            ...(sparse ? { storedElements: Math.floor((buf.bytes * 8) / Math.max(1, bitsOf(t))) } : {}),
            ...(quantizationLabel(t) ? { quantization: quantizationLabel(t) } : {}),
            ...(this.values(t) ?? {}),
        };
        return tensor;
    }
    values(t) {
        const buf = t.buffer;
        if ((t.dtype !== 'int32' && t.dtype !== 'int64') || t.sparsity || buf.dataStart === undefined)
            return undefined;
        const width = t.dtype === 'int32' ? 4 : 8;
        const n = buf.bytes / width;
        if (n > MAX_INT_VALUES)
            return undefined;
        const out = [];
        for (let i = 0; i < n; i++)
            out.push(this.fb.scalarAt(buf.dataStart + i * width, width === 4 ? 'i32' : 'i64', `values of '${t.name}'`));
        return { values: out };
    }
}
function bitsOf(t) {
    return t.dtype ? (0,_graph_dtype_js__WEBPACK_IMPORTED_MODULE_0__/* .bytesFor */ .D_)(t.dtype, 8) : 8;
}
function quantizationLabel(t) {
    const q = t.quantization;
    if (!q || !t.dtype || (0,_graph_dtype_js__WEBPACK_IMPORTED_MODULE_0__/* .dtypeKind */ .PN)(t.dtype) === 'float')
        return undefined;
    if (q.custom)
        return 'custom quantization';
    return q.scales > 1 ? `per-channel, axis ${q.axis}` : 'per-tensor';
}
function storedShape(t) {
    if (t.shape.length === 0 && !t.hasRank && !t.buffer && (t.signature === undefined || t.signature.length === 0)) {
        return undefined;
    }
    return [...t.shape];
}
function uniqueNames(raw, fallback) {
    const seen = new Set(raw.filter((n) => n !== ''));
    const used = new Set();
    return raw.map((n, i) => {
        let name = n || `${fallback}_${i}`;
        if (used.has(name) || (n === '' && seen.has(name))) {
            let k = 1;
            while (used.has(`${name}#${k}`) || seen.has(`${name}#${k}`))
                k++;
            name = `${name}#${k}`;
        }
        used.add(name);
        return name;
    });
}
function nodesRun(graph, memo = new Map()) {
    const known = memo.get(graph);
    if (known !== undefined)
        return known;
    let n = graph.nodes.length;
    for (const node of graph.nodes) {
        for (const a of node.attributes.values())
            if (a.type === 'graph')
                n += nodesRun(a.value, memo);
    }
    memo.set(graph, n);
    return n;
}
function toIr(raw, fb) {
    const c = new Converter(raw, fb);
    const graph = c.graph(0);
    if (nodesRun(graph) > _graph_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_EXECUTED_NODES */ .RY) {
        throw new _flatbuffer_js__WEBPACK_IMPORTED_MODULE_2__/* .FlatBufferError */ .a5(`its operators and the subgraphs they call (WHILE/IF/CALL, shared ones once per caller) come to more than ${_graph_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_EXECUTED_NODES */ .RY.toLocaleString('en-US')} nodes, the most model-budget profiles`);
    }
    const metadata = new Map(raw.metadata);
    return {
        format: 'tflite',
        formatVersion: `schema ${raw.version}`,
        producer: raw.description,
        opsetImports: new Map([[TFLITE_DOMAIN, 1], [TFLITE_CUSTOM_DOMAIN, 1]]),
        graph,
        functions: [],
        metadata,
        fileBytes: raw.fileBytes,
    };
}


/***/ })

};
