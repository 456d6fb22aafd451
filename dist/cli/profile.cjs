// model-budget profile bundle sha256:e05ba770a9414666c41b83fe0c7a8fa4d8125a62ebcb3d1b98c1671bce03fee6
"use strict";
var __modelBudgetImportMetaUrl = require("node:url").pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// build/src/graph/errors.js
function internalErrorLine(e) {
  const wrapped = InternalError.wrap(e);
  return `internal error: ${wrapped.message}. This is a bug in model-budget, please report it (run with MODEL_BUDGET_DEBUG=1 for the stack trace)`;
}
function firstLine(text) {
  return text.split("\n")[0] ?? text;
}
var EXIT, ModelBudgetError, BadInputError, ModelFileError, GraphError, UsageError, InternalError;
var init_errors = __esm({
  "build/src/graph/errors.js"() {
    "use strict";
    EXIT = {
      OK: 0,
      BREACH: 1,
      BAD_INPUT: 2,
      INTERNAL: 3
    };
    ModelBudgetError = class extends Error {
      name = "ModelBudgetError";
    };
    BadInputError = class extends ModelBudgetError {
      name = "BadInputError";
    };
    ModelFileError = class extends BadInputError {
      file;
      detail;
      name = "ModelFileError";
      constructor(file, detail) {
        super(`${file}: ${detail}`);
        this.file = file;
        this.detail = detail;
      }
    };
    GraphError = class extends BadInputError {
      name = "GraphError";
    };
    UsageError = class extends ModelBudgetError {
      name = "UsageError";
    };
    InternalError = class _InternalError extends Error {
      detail;
      name = "InternalError";
      context;
      constructor(detail, context, cause) {
        super([context.model, context.op, detail].filter((p) => p !== void 0 && p !== "").join(": "), { cause });
        this.detail = detail;
        this.context = context;
      }
      static wrap(e, context = {}) {
        if (e instanceof ModelBudgetError)
          return e;
        if (e instanceof _InternalError) {
          const merged = { ...context, ...e.context };
          return new _InternalError(e.detail, merged, e.cause);
        }
        const detail = e instanceof Error ? `${e.name}: ${e.message}` : `non-error thrown: ${String(e)}`;
        return new _InternalError(firstLine(detail), context, e);
      }
      toPlain() {
        return { detail: this.detail, context: this.context, stack: this.originalStack };
      }
      static restore(plain2) {
        const cause = new Error(plain2.detail);
        cause.stack = plain2.stack;
        return new _InternalError(plain2.detail, plain2.context, cause);
      }
      get originalStack() {
        const c = this.cause;
        return c instanceof Error && c.stack || this.stack || this.message;
      }
    };
  }
});

// build/src/formats/file.js
function describeFsError(e) {
  const code2 = e?.code;
  if (code2 === "ENOENT")
    return "no such file";
  if (code2 === "EACCES")
    return "permission denied";
  if (code2 === "EISDIR")
    return "is a directory, not a model file";
  return e instanceof Error ? e.message : String(e);
}
function isFolderPath(path) {
  try {
    return (0, import_node_fs.statSync)(path).isDirectory();
  } catch {
    return false;
  }
}
function openModelFile(path, folderOk) {
  let fd;
  try {
    fd = (0, import_node_fs.openSync)(path, OPEN_FLAGS);
  } catch (e) {
    if (folderOk && isFolderPath(path))
      return null;
    throw new ModelFileError(path, describeFsError(e));
  }
  let size;
  try {
    const st = (0, import_node_fs.fstatSync)(fd);
    if (folderOk && st.isDirectory()) {
      (0, import_node_fs.closeSync)(fd);
      return null;
    }
    if (!st.isFile())
      throw new ModelFileError(path, "not a regular file");
    size = Math.trunc(st.size);
    if (size === 0)
      throw new ModelFileError(path, "file is empty (0 bytes)");
  } catch (e) {
    (0, import_node_fs.closeSync)(fd);
    if (e instanceof ModelFileError)
      throw e;
    throw new ModelFileError(path, describeFsError(e));
  }
  return { fd, size };
}
function withOpenModel(path, use) {
  const { fd, size } = openModelFile(path, false);
  try {
    return use(fd, size);
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}
function readAt(fd, length, position, path) {
  const bytes = Buffer.allocUnsafe(length);
  const got = readInto(fd, bytes, length, position, path);
  return got === length ? bytes : bytes.subarray(0, got);
}
function readInto(fd, into, length, position, path) {
  let got = 0;
  try {
    while (got < length) {
      const n = (0, import_node_fs.readSync)(fd, into, got, length - got, position + got);
      if (n === 0)
        break;
      got += n;
    }
  } catch (e) {
    throw new ModelFileError(path, describeFsError(e));
  }
  return got;
}
function readAll(fd, size, path) {
  return readAt(fd, size, 0, path);
}
function fileState(path) {
  try {
    return (0, import_node_fs.lstatSync)(path).isFile() ? "file" : "other";
  } catch {
    return "missing";
  }
}
var import_node_fs, OPEN_FLAGS;
var init_file = __esm({
  "build/src/formats/file.js"() {
    "use strict";
    import_node_fs = require("node:fs");
    init_errors();
    OPEN_FLAGS = import_node_fs.constants.O_NONBLOCK === void 0 ? "r" : import_node_fs.constants.O_RDONLY | import_node_fs.constants.O_NONBLOCK;
  }
});

// build/src/formats/gguf/signature.js
function looksLikeGguf(head) {
  return head.byteLength >= 4 && GGUF_MAGIC.equals(Buffer.from(head.buffer, head.byteOffset, 4));
}
function ggufSplitNames(path) {
  const m = SPLIT_NAME.exec((0, import_node_path.basename)(path));
  const count2 = m ? Number(m[3]) : 0;
  if (!m || count2 < 2)
    return null;
  const names = Array.from({ length: count2 }, (_, i) => `${m[1]}-${String(i + 1).padStart(5, "0")}-of-${m[3]}.gguf`);
  return { first: names[0], others: names.filter((n) => n !== m[0]) };
}
var import_node_path, GGUF_MAGIC, SPLIT_NAME;
var init_signature = __esm({
  "build/src/formats/gguf/signature.js"() {
    "use strict";
    import_node_path = require("node:path");
    GGUF_MAGIC = Buffer.from("GGUF", "latin1");
    SPLIT_NAME = /^(.*)-(\d{5})-of-(\d{5})\.gguf$/;
  }
});

// build/src/formats/random-access.js
function withRandomAccessFile(path, use) {
  return withOpenModel(path, (fd, size) => use(new FdFile(path, fd, size)));
}
function checkRange(path, size, offset, length, what) {
  if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
    throw new ModelFileError(path, `${what}: invalid range (offset ${offset}, length ${length})`);
  }
  if (offset + length > size) {
    throw new ModelFileError(path, `truncated: ${what} needs bytes ${offset}..${offset + length} but the file has ${size}`);
  }
}
var FdFile;
var init_random_access = __esm({
  "build/src/formats/random-access.js"() {
    "use strict";
    init_errors();
    init_file();
    FdFile = class {
      path;
      fd;
      size;
      bytesRead = 0;
      readCalls = 0;
      constructor(path, fd, size) {
        this.path = path;
        this.fd = fd;
        this.size = size;
      }
      read(offset, length, what) {
        checkRange(this.path, this.size, offset, length, what);
        const out = readAt(this.fd, length, offset, this.path);
        this.readCalls++;
        this.bytesRead += out.byteLength;
        if (out.byteLength < length)
          throw new ModelFileError(this.path, `truncated: ${what} ends past the end of the file`);
        return out;
      }
    };
  }
});

// build/src/formats/decoder-spec.js
function positiveInt(v, max = MAX_DIM) {
  return typeof v === "number" && Number.isSafeInteger(v) && v > 0 && v <= max ? v : void 0;
}
function buildDecoderSpec(f, source, keys) {
  const name = (k) => keys[k] ?? k;
  const required2 = ["hiddenSize", "layers", "heads", "intermediateSize", "vocabSize"];
  const missing = required2.filter((k) => f[k] === void 0);
  if (missing.length > 0)
    return { reason: `${source} does not state ${missing.map(name).join(", ")}` };
  const bad = (k) => ({ reason: `${source}: ${name(k)} is not a positive integer within limits` });
  const hiddenSize = positiveInt(f.hiddenSize);
  if (!hiddenSize)
    return bad("hiddenSize");
  const layers = positiveInt(f.layers);
  if (!layers)
    return bad("layers");
  const heads = positiveInt(f.heads);
  if (!heads)
    return bad("heads");
  const intermediateSize = positiveInt(f.intermediateSize);
  if (!intermediateSize)
    return bad("intermediateSize");
  const vocabSize = positiveInt(f.vocabSize);
  if (!vocabSize)
    return bad("vocabSize");
  const kvHeads = f.kvHeads === void 0 ? heads : positiveInt(f.kvHeads);
  if (!kvHeads)
    return bad("kvHeads");
  if (heads % kvHeads !== 0)
    return { reason: `${source}: ${name("heads")} ${heads} is not a multiple of ${name("kvHeads")} ${kvHeads}` };
  let headDim;
  if (f.headDim !== void 0) {
    headDim = positiveInt(f.headDim);
    if (!headDim)
      return bad("headDim");
  } else {
    if (hiddenSize % heads !== 0)
      return { reason: `${source}: hidden size ${hiddenSize} is not a multiple of ${heads} heads and no head dimension is stated` };
    headDim = hiddenSize / heads;
  }
  const optional = (k, max = MAX_DIM) => {
    if (f[k] === void 0 || f[k] === null)
      return void 0;
    return positiveInt(f[k], max) ?? bad(k);
  };
  const spec = {
    architecture: f.architecture,
    hiddenSize,
    layers,
    heads,
    kvHeads,
    headDim,
    intermediateSize,
    vocabSize,
    gatedMlp: f.gatedMlp,
    tiedEmbeddings: f.tiedEmbeddings
  };
  const extras = [
    ["valueHeadDim", MAX_DIM],
    ["maxContext", MAX_CONTEXT],
    ["slidingWindow", MAX_CONTEXT],
    ["slidingWindowLayers", MAX_DIM],
    ["experts", MAX_DIM],
    ["expertsPerToken", MAX_DIM],
    ["sharedExpertIntermediateSize", MAX_DIM]
  ];
  for (const [k, max] of extras) {
    const v = optional(k, max);
    if (typeof v === "object")
      return v;
    if (v !== void 0)
      spec[k] = v;
  }
  if (spec["experts"] === void 0 !== (spec["expertsPerToken"] === void 0)) {
    return { reason: `${source} states ${spec["experts"] === void 0 ? name("expertsPerToken") : name("experts")} without ${spec["experts"] === void 0 ? name("experts") : name("expertsPerToken")}` };
  }
  if (spec["experts"] !== void 0 && spec["expertsPerToken"] > spec["experts"]) {
    return { reason: `${source}: ${name("expertsPerToken")} exceeds ${name("experts")}` };
  }
  if (spec["valueHeadDim"] === headDim)
    delete spec["valueHeadDim"];
  if (spec["slidingWindowLayers"] !== void 0 && spec["slidingWindowLayers"] > layers)
    return bad("slidingWindowLayers");
  if (f.kvCacheElementBytes !== void 0)
    spec["kvCacheElementBytes"] = f.kvCacheElementBytes;
  return { spec };
}
var MAX_DIM, MAX_CONTEXT;
var init_decoder_spec = __esm({
  "build/src/formats/decoder-spec.js"() {
    "use strict";
    MAX_DIM = 1 << 24;
    MAX_CONTEXT = 1 << 30;
  }
});

// build/src/formats/gguf/decoder.js
function uniform(v) {
  if (v === void 0)
    return void 0;
  if (typeof v === "number")
    return v;
  if (typeof v === "object") {
    const vals = v.values;
    if (!vals || vals.length !== v.length || vals.length === 0)
      return "unreadable";
    return vals.every((x) => x === vals[0]) ? vals[0] : "per-layer";
  }
  return "not a number";
}
function decoderFromGguf(gguf, warnings) {
  const archValue = gguf.metadata.get("general.architecture");
  if (typeof archValue !== "string")
    return void 0;
  const arch = archValue.slice(0, 64);
  const key = (k) => `${arch}.${k}`;
  const get = (k) => uniform(gguf.metadata.get(key(k)));
  if (get("block_count") === void 0 || get("attention.head_count") === void 0)
    return void 0;
  for (const k of ["attention.head_count", "attention.head_count_kv", "feed_forward_length"]) {
    if (get(k) === "per-layer") {
      warnings.push(`GGUF metadata ${JSON.stringify(key(k))} differs per layer; LLM figures are not available`);
      return void 0;
    }
  }
  const names = new Set(gguf.tensors.map((t) => t.name));
  const embd = gguf.tensors.find((t) => t.name === "token_embd.weight");
  const tokens = gguf.metadata.get("tokenizer.ggml.tokens");
  const vocab = get("vocab_size") ?? (embd && embd.ne.length === 2 ? embd.ne[1] : void 0) ?? (typeof tokens === "object" ? tokens.length : void 0);
  const experts = get("expert_count");
  const isMoe = typeof experts === "number" && experts > 0;
  const expertFf = get("expert_feed_forward_length");
  const intermediateSize = isMoe ? expertFf ?? get("feed_forward_length") : get("feed_forward_length");
  let shared = get("expert_shared_feed_forward_length");
  const sharedCount = get("expert_shared_count");
  if (shared === void 0 && typeof sharedCount === "number" && sharedCount > 0 && typeof intermediateSize === "number")
    shared = sharedCount * intermediateSize;
  if (isMoe && get("leading_dense_block_count") !== void 0) {
    warnings.push("GGUF metadata: the leading blocks are dense rather than MoE (leading_dense_block_count); the MLP MACs count every layer as MoE");
  }
  const layers = get("block_count");
  const window4 = get("attention.sliding_window");
  const built = buildDecoderSpec({
    architecture: arch,
    hiddenSize: get("embedding_length"),
    layers,
    heads: get("attention.head_count"),
    kvHeads: get("attention.head_count_kv"),
    headDim: get("attention.key_length"),
    valueHeadDim: get("attention.value_length"),
    intermediateSize,
    gatedMlp: [...names].some((n) => /^blk\.\d+\.ffn_gate(_exps|_shexp)?\.weight$/.test(n)),
    vocabSize: vocab,
    tiedEmbeddings: !names.has("output.weight"),
    maxContext: get("context_length"),
    slidingWindow: typeof window4 === "number" && window4 > 0 ? window4 : void 0,
    slidingWindowLayers: typeof window4 === "number" && window4 > 0 ? slidingLayers(gguf.metadata.get(key("attention.sliding_window_pattern")), arch, layers) : void 0,
    experts: isMoe ? experts : void 0,
    expertsPerToken: isMoe ? get("expert_used_count") : void 0,
    sharedExpertIntermediateSize: isMoe ? shared : void 0,
    kvCacheElementBytes: 2
  }, "GGUF metadata", {
    hiddenSize: key("embedding_length"),
    layers: key("block_count"),
    heads: key("attention.head_count"),
    kvHeads: key("attention.head_count_kv"),
    headDim: key("attention.key_length"),
    valueHeadDim: key("attention.value_length"),
    intermediateSize: key(isMoe && expertFf !== void 0 ? "expert_feed_forward_length" : "feed_forward_length"),
    vocabSize: `${key("vocab_size")} (or token_embd.weight)`,
    maxContext: key("context_length"),
    slidingWindow: key("attention.sliding_window"),
    experts: key("expert_count"),
    expertsPerToken: key("expert_used_count"),
    sharedExpertIntermediateSize: key("expert_shared_feed_forward_length")
  });
  if ("reason" in built) {
    warnings.push(`${built.reason}; LLM figures are not available`);
    return void 0;
  }
  return built.spec;
}
function slidingLayers(pattern, arch, layers) {
  if (typeof layers !== "number" || !Number.isSafeInteger(layers) || layers <= 0)
    return void 0;
  if (typeof pattern === "object" && pattern.values && pattern.values.length === pattern.length) {
    return pattern.values.filter((v) => v === true).length;
  }
  if (typeof pattern === "number" && Number.isSafeInteger(pattern) && pattern > 0)
    return layers - Math.floor(layers / pattern);
  if (arch === "gemma2")
    return Math.ceil(layers / 2);
  if (arch.startsWith("gemma3"))
    return layers - Math.floor(layers / 6);
  return void 0;
}
var init_decoder = __esm({
  "build/src/formats/gguf/decoder.js"() {
    "use strict";
    init_decoder_spec();
  }
});

// build/src/graph/dtype.js
function isDType(name) {
  return BY_NAME.has(name);
}
function dtypeBits(dtype) {
  return dtype === "float32" ? 32 : BY_NAME.get(dtype).bits;
}
function dtypeKind(dtype) {
  return BY_NAME.get(dtype).kind;
}
function bytesFor(dtype, elements) {
  return Math.ceil(elements * dtypeBits(dtype) / 8);
}
function isWeightDType(dtype) {
  if (dtype === "float32")
    return true;
  const info = BY_NAME.get(dtype);
  if (info.kind === "float" || info.kind === "complex")
    return true;
  return (info.kind === "int" || info.kind === "uint") && info.bits <= 16;
}
var INFOS, BY_NAME;
var init_dtype = __esm({
  "build/src/graph/dtype.js"() {
    "use strict";
    INFOS = [
      { name: "float32", bits: 32, kind: "float" },
      { name: "uint8", bits: 8, kind: "uint" },
      { name: "int8", bits: 8, kind: "int" },
      { name: "uint16", bits: 16, kind: "uint" },
      { name: "int16", bits: 16, kind: "int" },
      { name: "int32", bits: 32, kind: "int" },
      { name: "int64", bits: 64, kind: "int" },
      { name: "string", bits: 0, kind: "string" },
      { name: "bool", bits: 8, kind: "bool" },
      { name: "float16", bits: 16, kind: "float" },
      { name: "float64", bits: 64, kind: "float" },
      { name: "uint32", bits: 32, kind: "uint" },
      { name: "uint64", bits: 64, kind: "uint" },
      { name: "complex64", bits: 64, kind: "complex" },
      { name: "complex128", bits: 128, kind: "complex" },
      { name: "bfloat16", bits: 16, kind: "float" },
      { name: "float8e4m3fn", bits: 8, kind: "float" },
      { name: "float8e4m3fnuz", bits: 8, kind: "float" },
      { name: "float8e5m2", bits: 8, kind: "float" },
      { name: "float8e5m2fnuz", bits: 8, kind: "float" },
      { name: "uint4", bits: 4, kind: "uint" },
      { name: "int4", bits: 4, kind: "int" },
      { name: "float4e2m1", bits: 4, kind: "float" },
      { name: "float8e8m0", bits: 8, kind: "float" },
      { name: "uint2", bits: 2, kind: "uint" },
      { name: "int2", bits: 2, kind: "int" }
    ];
    BY_NAME = new Map(INFOS.map((info) => [info.name, info]));
  }
});

// build/src/formats/gguf/ggml-types.js
function ggmlType(id2) {
  return BY_ID.get(id2);
}
var QK_K, ROWS, BY_ID, GGML_TYPES;
var init_ggml_types = __esm({
  "build/src/formats/gguf/ggml-types.js"() {
    "use strict";
    init_dtype();
    QK_K = 256;
    ROWS = [
      [0, "f32", 1, 4, "float32"],
      [1, "f16", 1, 2, "float16"],
      [2, "q4_0", 32, 2 + 32 / 2],
      [3, "q4_1", 32, 2 + 2 + 32 / 2],
      [6, "q5_0", 32, 2 + 4 + 32 / 2],
      [7, "q5_1", 32, 2 + 2 + 4 + 32 / 2],
      [8, "q8_0", 32, 2 + 32],
      [9, "q8_1", 32, 2 + 2 + 32],
      [10, "q2_K", QK_K, 2 + 2 + QK_K / 16 + QK_K / 4],
      [11, "q3_K", QK_K, 2 + QK_K / 4 + QK_K / 8 + 12],
      [12, "q4_K", QK_K, 2 + 2 + 12 + QK_K / 2],
      [13, "q5_K", QK_K, 2 + 2 + 12 + QK_K / 8 + QK_K / 2],
      [14, "q6_K", QK_K, QK_K / 2 + QK_K / 4 + QK_K / 16 + 2],
      [15, "q8_K", QK_K, 4 + QK_K + QK_K / 16 * 2],
      [16, "iq2_xxs", QK_K, 2 + QK_K / 8 * 2],
      [17, "iq2_xs", QK_K, 2 + QK_K / 8 * 2 + QK_K / 32],
      [18, "iq3_xxs", QK_K, 2 + 3 * QK_K / 8],
      [19, "iq1_s", QK_K, 2 + QK_K / 8 + QK_K / 32 * 2],
      [20, "iq4_nl", 32, 2 + 32 / 2],
      [21, "iq3_s", QK_K, 2 + QK_K / 4 + QK_K / 32 + QK_K / 8 + QK_K / 64],
      [22, "iq2_s", QK_K, 2 + QK_K / 4 + QK_K / 32 + QK_K / 32],
      [23, "iq4_xs", QK_K, 2 + 2 + QK_K / 64 + QK_K / 2],
      [24, "i8", 1, 1, "int8"],
      [25, "i16", 1, 2, "int16"],
      [26, "i32", 1, 4, "int32"],
      [27, "i64", 1, 8, "int64"],
      [28, "f64", 1, 8, "float64"],
      [29, "iq1_m", QK_K, QK_K / 8 + QK_K / 16 + QK_K / 32],
      [30, "bf16", 1, 2, "bfloat16"],
      [34, "tq1_0", QK_K, (QK_K - 4 * QK_K / 64) / 5 + QK_K / 64 + 2],
      [35, "tq2_0", QK_K, QK_K / 4 + 2],
      [39, "mxfp4", 32, 1 + 32 / 2],
      [40, "nvfp4", 64, 64 / 16 + 64 / 2],
      [41, "q1_0", 128, 2 + 128 / 8]
    ];
    BY_ID = new Map(ROWS.map(([id2, name, blockSize, blockBytes, dtype]) => [
      id2,
      { id: id2, name, blockSize, blockBytes, dtype: dtype ?? name, weight: dtype === void 0 || isDType(dtype) && isWeightDType(dtype) }
    ]));
    GGML_TYPES = [...BY_ID.values()];
  }
});

// build/src/formats/gguf/cursor.js
var WINDOW, GgufCursor;
var init_cursor = __esm({
  "build/src/formats/gguf/cursor.js"() {
    "use strict";
    init_errors();
    WINDOW = 64 * 1024;
    GgufCursor = class {
      file;
      pos = 0;
      buf = Buffer.alloc(0);
      bufStart = 0;
      constructor(file) {
        this.file = file;
      }
      fail(detail) {
        throw new ModelFileError(this.file.path, detail);
      }
      get remaining() {
        return this.file.size - this.pos;
      }
      need(n, what) {
        if (this.pos >= this.bufStart && this.pos + n <= this.bufStart + this.buf.byteLength)
          return this.pos - this.bufStart;
        if (this.pos + n > this.file.size)
          this.fail(`truncated: ${what} at byte ${this.pos} runs past the end of the file (${this.file.size} bytes)`);
        const len = Math.min(this.file.size - this.pos, Math.max(n, WINDOW));
        this.buf = this.file.read(this.pos, len, what);
        this.bufStart = this.pos;
        return 0;
      }
      skip(n, what) {
        if (n > this.remaining)
          this.fail(`truncated: ${what} at byte ${this.pos} (${n} bytes) runs past the end of the file (${this.file.size} bytes)`);
        this.pos += n;
      }
      bytes(n, what) {
        const at = this.need(n, what);
        this.pos += n;
        return this.buf.subarray(at, at + n);
      }
      u8(what) {
        const at = this.need(1, what);
        this.pos += 1;
        return this.buf.readUInt8(at);
      }
      u32(what) {
        const at = this.need(4, what);
        this.pos += 4;
        return this.buf.readUInt32LE(at);
      }
      i32(what) {
        const at = this.need(4, what);
        this.pos += 4;
        return this.buf.readInt32LE(at);
      }
      u64(what) {
        const at = this.need(8, what);
        this.pos += 8;
        return this.buf.readBigUInt64LE(at);
      }
      i64(what) {
        const at = this.need(8, what);
        this.pos += 8;
        return this.buf.readBigInt64LE(at);
      }
      count(wide, minItemBytes, what) {
        const at = this.pos;
        const n = wide ? this.u64(what) : BigInt(this.u32(what));
        const room = BigInt(this.remaining);
        if (n * BigInt(minItemBytes) > room) {
          this.fail(`${what} ${n} at byte ${at} is more than the rest of the file (${room} bytes) can hold: truncated or corrupt`);
        }
        return Number(n);
      }
      string(wide, what, keep = 4096) {
        const length = this.count(wide, 1, `${what} length`);
        if (length <= keep)
          return { text: this.bytes(length, what).toString("utf8"), length };
        const text = this.bytes(keep, what).toString("utf8");
        this.skip(length - keep, what);
        return { text: `${text}\u2026`, length };
      }
    };
  }
});

// build/src/formats/gguf/reader.js
function quoted(name, max = 80) {
  return JSON.stringify(name.length > max ? `${name.slice(0, max)}\u2026` : name);
}
function readGgufFile(path) {
  const given2 = withRandomAccessFile(path, (f) => ({ gguf: parseGguf(f), stats: { bytesRead: f.bytesRead, readCalls: f.readCalls } }));
  const split2 = splitOf(given2.gguf, path);
  if (split2)
    return readSplitSet(path, split2, given2);
  const named = SPLIT_NAME.exec((0, import_node_path2.basename)(path));
  const notASplit = named && Number(named[3]) >= 2 ? [`named as split ${Number(named[2])} of ${Number(named[3])} but holds no split.no/split.count metadata (loaders ignore it): measured as a model of its own`] : [];
  return buildResult(given2.gguf, given2.stats, [], 1, notASplit);
}
function splitName(split2, i) {
  return `${split2.prefix}-${String(i + 1).padStart(5, "0")}-of-${split2.countText}.gguf`;
}
function integerKey(gguf, key, path, min, max) {
  const v = gguf.metadata.get(key);
  if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max) {
    throw new ModelFileError(path, `metadata ${quoted(key)} is ${v === void 0 ? "missing" : quoted(showValue(v), 30)}, not an integer from ${min} to ${max}`);
  }
  return v;
}
function splitOf(gguf, path) {
  if (!gguf.metadata.has("split.count"))
    return null;
  const count2 = integerKey(gguf, "split.count", path, 1, 65535);
  if (count2 === 1)
    return null;
  const no = integerKey(gguf, "split.no", path, 0, count2 - 1);
  const tensorCount = integerKey(gguf, "split.tensors.count", path, 0, 2 ** 31 - 1);
  const m = SPLIT_NAME.exec((0, import_node_path2.basename)(path));
  if (!m || Number(m[3]) !== count2 || Number(m[2]) !== no + 1) {
    const expected = `-${String(no + 1).padStart(5, "0")}-of-${String(count2).padStart(5, "0")}.gguf`;
    throw new ModelFileError(path, `is split ${no + 1} of ${count2} (split.no, split.count) but its name does not end in ${expected}, so the other splits cannot be found`);
  }
  return { prefix: m[1], countText: m[3], count: count2, no, tensorCount };
}
function readSplitSet(path, split2, given2) {
  const dir = (0, import_node_path2.dirname)(path);
  const stats = { bytesRead: 0, readCalls: 0 };
  const parts = [];
  for (let i = 0; i < split2.count; i++) {
    const name = splitName(split2, i);
    const file = (0, import_node_path2.join)(dir, name);
    let part;
    if (i === split2.no) {
      part = given2;
    } else {
      const state = fileState(file);
      if (state !== "file") {
        throw new ModelFileError(path, `split ${quoted(name)} of the set is ${state === "missing" ? "missing" : "not a regular file (links are not followed)"}`);
      }
      part = withRandomAccessFile(file, (f) => ({ gguf: parseGguf(f), stats: { bytesRead: f.bytesRead, readCalls: f.readCalls } }));
      if (part.gguf.metadata.get("split.no") !== i || part.gguf.metadata.get("split.count") !== split2.count)
        throw new ModelFileError(file, `is not split ${i + 1} of ${split2.count} by its split.no/split.count metadata`);
    }
    parts.push(part.gguf);
    stats.bytesRead += part.stats.bytesRead;
    stats.readCalls += part.stats.readCalls;
  }
  const tensors = parts.flatMap((p) => p.tensors);
  const names = /* @__PURE__ */ new Set();
  for (const t of tensors) {
    if (names.has(t.name))
      throw new ModelFileError(path, `tensor ${quoted(t.name)} is stored in more than one split`);
    names.add(t.name);
  }
  if (tensors.length !== split2.tensorCount) {
    throw new ModelFileError(path, `the ${split2.count} splits hold ${tensors.length} tensors but split.tensors.count says ${split2.tensorCount}`);
  }
  const merged = { ...parts[0], tensors };
  const others = parts.map((_, i) => splitName(split2, i)).filter((_, i) => i !== split2.no);
  return buildResult(merged, stats, others, split2.count);
}
function buildResult(gguf, stats, sideFiles, splits = 1, warnings = []) {
  const tensors = gguf.tensors.map((t) => {
    const type = ggmlType(t.typeId);
    const w = {
      name: t.name,
      dtype: type.dtype,
      dims: [...t.ne].reverse(),
      elements: t.elements,
      bytes: t.bytes,
      role: type.weight ? "param" : "non-weight"
    };
    if (type.blockSize > 1)
      w.quantization = `${type.blockSize}-value blocks of ${type.blockBytes} bytes`;
    return w;
  });
  const decoder = decoderFromGguf(gguf, warnings);
  const metadata = /* @__PURE__ */ new Map([["gguf.version", String(gguf.version)]]);
  if (gguf.alignment !== DEFAULT_ALIGNMENT)
    metadata.set("general.alignment", String(gguf.alignment));
  if (splits > 1)
    metadata.set("splits", String(splits));
  for (const [k, v] of gguf.metadata) {
    if (k.startsWith("general.") && k !== "general.alignment" && metadata.size < 40)
      metadata.set(k, showValue(v));
  }
  return {
    weights: { tensors, metadata, ...decoder ? { decoder } : {}, warnings, sideFiles },
    gguf,
    stats: { bytesRead: stats.bytesRead, readCalls: stats.readCalls }
  };
}
function showValue(v) {
  if (typeof v === "object")
    return `[${TYPE_NAMES[v.elementType] ?? "?"} x ${v.length}]`;
  const s = String(v);
  return s.length > SHOW_CHARS ? `${s.slice(0, SHOW_CHARS)}\u2026` : s;
}
function parseGguf(file) {
  const c = new GgufCursor(file);
  if (file.size < 8)
    c.fail(`truncated: ${file.size} bytes, too short for a GGUF header`);
  if (!looksLikeGguf(c.bytes(4, "magic")))
    c.fail('not a GGUF file (no "GGUF" magic)');
  const version = c.u32("version");
  if (version === 0 || version > 3) {
    const swapped = (version & 255) << 24 | (version & 65280) << 8 | version >>> 8 & 65280 | version >>> 24;
    if (swapped >= 1 && swapped <= 3)
      c.fail("big-endian GGUF files are not supported");
    c.fail(`unsupported GGUF version ${version} (1 to 3 are known)`);
  }
  const wide = version >= 2;
  const tensorCount = c.count(wide, (wide ? 8 : 4) + 1 + 4 + (wide ? 8 : 4) + 4 + 8, "tensor count");
  const kvCount = c.count(wide, (wide ? 8 : 4) + 1 + 4 + 1, "metadata count");
  if (tensorCount > MAX_TENSORS)
    c.fail(`${tensorCount} tensors, more than the ${MAX_TENSORS} of any real model: refused`);
  if (kvCount > MAX_METADATA)
    c.fail(`${kvCount} metadata pairs, more than the ${MAX_METADATA} read: refused`);
  const metadata = /* @__PURE__ */ new Map();
  for (let i = 0; i < kvCount; i++) {
    const key = c.string(wide, `metadata key ${i}`, 65536).text;
    if (metadata.has(key))
      c.fail(`metadata key ${quoted(key)} appears twice`);
    const type = c.u32(`type of metadata ${quoted(key)}`);
    metadata.set(key, readValue(c, wide, type, key, 0));
  }
  let alignment = DEFAULT_ALIGNMENT;
  const a = metadata.get("general.alignment");
  if (a !== void 0) {
    if (typeof a !== "number" || !Number.isSafeInteger(a) || a <= 0 || a > 1 << 30 || (a & a - 1) !== 0) {
      c.fail(`general.alignment ${quoted(showValue(a), 30)} is not a power of two`);
    }
    alignment = a;
  }
  const tensors = [];
  const names = /* @__PURE__ */ new Set();
  for (let i = 0; i < tensorCount; i++) {
    const name = c.string(wide, `tensor ${i} name`, 65536).text;
    const where = `tensor ${quoted(name)}`;
    if (names.has(name))
      c.fail(`${where} appears twice`);
    names.add(name);
    const nDims = c.u32(`${where} n_dims`);
    if (nDims > MAX_DIMS)
      c.fail(`${where} has ${nDims} dims; ggml allows at most ${MAX_DIMS}`);
    const ne = [];
    let elements = 1;
    for (let d = 0; d < nDims; d++) {
      const dim = wide ? c.u64(`${where} dim`) : BigInt(c.u32(`${where} dim`));
      if (dim > BigInt(Number.MAX_SAFE_INTEGER))
        c.fail(`${where} dim ${dim} is too large`);
      ne.push(Number(dim));
      elements *= Number(dim);
      if (!Number.isSafeInteger(elements))
        c.fail(`${where} has more elements than can be counted exactly`);
    }
    const typeId = c.u32(`${where} type`);
    const type = ggmlType(typeId);
    if (!type)
      c.fail(`${where} has unknown ggml type ${typeId}`);
    const offset = c.u64(`${where} offset`);
    if (offset > BigInt(Number.MAX_SAFE_INTEGER))
      c.fail(`${where} offset ${offset} is past any file`);
    if ((ne[0] ?? 1) % type.blockSize !== 0) {
      c.fail(`${where}: row length ${ne[0] ?? 1} is not a multiple of the ${type.name} block size ${type.blockSize}`);
    }
    const bytes = elements / type.blockSize * type.blockBytes;
    tensors.push({ name, ne, typeId, elements, bytes, offset: Number(offset) });
  }
  const dataStart = Math.ceil(c.pos / alignment) * alignment;
  const dataBytes = Math.max(0, file.size - dataStart);
  const sorted = tensors.filter((t) => t.bytes > 0).sort((x, y) => x.offset - y.offset);
  let reach;
  for (const t of tensors) {
    if (t.offset % alignment !== 0)
      c.fail(`tensor ${quoted(t.name)} offset ${t.offset} is not a multiple of the alignment ${alignment}`);
    if (t.offset + t.bytes > dataBytes) {
      c.fail(`truncated: tensor ${quoted(t.name)} data (${t.bytes} bytes at data offset ${t.offset}) ends past the end of the file (${dataBytes} bytes of data)`);
    }
  }
  for (const t of sorted) {
    if (reach && t.offset < reach.offset + reach.bytes)
      c.fail(`tensors ${quoted(reach.name)} and ${quoted(t.name)} overlap`);
    if (!reach || t.offset + t.bytes > reach.offset + reach.bytes)
      reach = t;
  }
  return { version, alignment, metadata, tensors, dataStart };
}
function readValue(c, wide, type, key, depth) {
  const what = `metadata ${quoted(key)}`;
  switch (type) {
    case 0:
      return c.u8(what);
    case 1:
      return c.u8(what) << 24 >> 24;
    case 2: {
      const b = c.bytes(2, what);
      return b.readUInt16LE(0);
    }
    case 3: {
      const b = c.bytes(2, what);
      return b.readInt16LE(0);
    }
    case 4:
      return c.u32(what);
    case 5:
      return c.i32(what);
    case 6:
      return c.bytes(4, what).readFloatLE(0);
    case 7: {
      const b = c.u8(what);
      if (b > 1)
        c.fail(`${what}: bool value ${b} is neither 0 nor 1`);
      return b === 1;
    }
    case 8:
      return c.string(wide, what, SHOW_CHARS * 4).text;
    case 9: {
      if (depth >= MAX_ARRAY_DEPTH)
        c.fail(`${what}: arrays nested deeper than ${MAX_ARRAY_DEPTH}`);
      const elementType = c.u32(`${what} array type`);
      const size = FIXED_SIZE[elementType];
      if (size === void 0 && elementType !== 8 && elementType !== 9)
        c.fail(`${what}: unknown array element type ${elementType}`);
      const min = size ?? (elementType === 8 ? wide ? 8 : 4 : 4 + (wide ? 8 : 4));
      const length = c.count(wide, min, `${what} array length`);
      if (size !== void 0) {
        if (length > KEEP_ARRAY_VALUES) {
          c.skip(length * size, what);
          return { elementType, length };
        }
        const values2 = [];
        for (let i = 0; i < length; i++)
          values2.push(readValue(c, wide, elementType, key, depth + 1));
        return { elementType, length, values: values2 };
      }
      const values = [];
      for (let i = 0; i < length; i++) {
        if (elementType === 8) {
          if (i < 64)
            values.push(c.string(wide, what, SHOW_CHARS).text);
          else
            c.skip(c.count(wide, 1, `${what} string length`), what);
        } else {
          const inner = readValue(c, wide, 9, key, depth + 1);
          if (i < 64)
            values.push(inner);
        }
      }
      return { elementType, length, values };
    }
    case 10:
      return bigOrNumber(c.u64(what));
    case 11:
      return bigOrNumber(c.i64(what));
    case 12:
      return c.bytes(8, what).readDoubleLE(0);
    default:
      return c.fail(`${what} has unknown value type ${type}`);
  }
}
function bigOrNumber(v) {
  return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(v) : v;
}
var import_node_path2, DEFAULT_ALIGNMENT, MAX_DIMS, MAX_ARRAY_DEPTH, KEEP_ARRAY_VALUES, MAX_TENSORS, MAX_METADATA, SHOW_CHARS, TYPE_NAMES, FIXED_SIZE;
var init_reader = __esm({
  "build/src/formats/gguf/reader.js"() {
    "use strict";
    import_node_path2 = require("node:path");
    init_errors();
    init_file();
    init_random_access();
    init_decoder();
    init_ggml_types();
    init_cursor();
    init_signature();
    DEFAULT_ALIGNMENT = 32;
    MAX_DIMS = 4;
    MAX_ARRAY_DEPTH = 3;
    KEEP_ARRAY_VALUES = 4096;
    MAX_TENSORS = 2e5;
    MAX_METADATA = 1e5;
    SHOW_CHARS = 200;
    TYPE_NAMES = ["uint8", "int8", "uint16", "int16", "uint32", "int32", "float32", "bool", "string", "array", "uint64", "int64", "float64"];
    FIXED_SIZE = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 };
  }
});

// build/src/formats/gguf/format-reader.js
var format_reader_exports = {};
__export(format_reader_exports, {
  reader: () => reader
});
var reader;
var init_format_reader = __esm({
  "build/src/formats/gguf/format-reader.js"() {
    "use strict";
    init_signature();
    init_reader();
    reader = {
      async read(path) {
        const { weights, gguf } = readGgufFile(path);
        return { kind: "weights", weights, formatVersion: `v${gguf.version}` };
      },
      sideFiles(path) {
        return ggufSplitNames(path)?.others ?? [];
      }
    };
  }
});

// build/src/formats/hf-variant.js
function isVariantName(token) {
  return WORD.test(token);
}
function addVariant(name, variant) {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? `${name}.${variant}` : `${name.slice(0, dot)}.${variant}${name.slice(dot)}`;
}
function splitVariant(name) {
  const last = name.lastIndexOf(".");
  if (last <= 0)
    return null;
  const prev = name.lastIndexOf(".", last - 1);
  if (prev <= 0)
    return null;
  const variant = name.slice(prev + 1, last);
  return isVariantName(variant) ? { plain: name.slice(0, prev) + name.slice(last), variant } : null;
}
function endsWithVariantOf(name, endings) {
  const s = splitVariant(name);
  return s !== null && endings.some((e) => s.plain.endsWith(e) && s.plain.length > e.length);
}
var WORD;
var init_hf_variant = __esm({
  "build/src/formats/hf-variant.js"() {
    "use strict";
    WORD = /^[A-Za-z0-9_]+$/;
  }
});

// build/src/formats/pytorch/signature.js
function hasZipMagic(head) {
  return ZIP_MAGIC.every((b, i) => head[i] === b);
}
function firstZipEntry(head) {
  if (!hasZipMagic(head) || head.length < 30)
    return void 0;
  const nameLength2 = head[26] | head[27] << 8;
  return { name: new TextDecoder("latin1").decode(head.subarray(30, 30 + nameLength2)), whole: 30 + nameLength2 <= head.length };
}
function firstZipEntryName(head) {
  return firstZipEntry(head)?.name;
}
function hasLegacyMagic(head) {
  return LEGACY_HEAD.every((b, i) => head[i] === b);
}
function looksLikeTorchZip(head) {
  const first = firstZipEntry(head);
  if (first === void 0)
    return false;
  const name = first.name.replaceAll("\\", "/");
  const slash = name.indexOf("/");
  if (slash < 0)
    return !first.whole && name.length > 0;
  const entry = name.slice(slash + 1);
  return TORCH_ENTRIES.some((e) => entry.startsWith(e) || !first.whole && e.startsWith(entry));
}
var PYTORCH_SET, ZIP_MAGIC, LEGACY_HEAD, TORCH_ENTRIES;
var init_signature2 = __esm({
  "build/src/formats/pytorch/signature.js"() {
    "use strict";
    PYTORCH_SET = {
      indexSuffix: ".bin.index.json",
      shard: /^((?:diffusion_)?pytorch_model(?:\.[A-Za-z0-9_]+)?)-(\d{5})-of-(\d{5})\.bin$/,
      shardSuffix: ".bin"
    };
    ZIP_MAGIC = [80, 75, 3, 4];
    LEGACY_HEAD = Uint8Array.from([128, 2, 138, 10, 108, 252, 156, 70, 249, 32, 106, 168, 80, 25]);
    TORCH_ENTRIES = ["data.pkl", "data/", "version", ".data/", "code/", "constants.pkl", "constants/", "byteorder", ".format_version", ".storage_alignment"];
  }
});

// build/src/formats/keras/signature.js
function hasHdf5Magic(head, at = 0) {
  return HDF5_MAGIC.every((b, i) => head[at + i] === b);
}
function isKerasHead(head) {
  if (hasHdf5Magic(head, 0))
    return true;
  const first = firstZipEntryName(head);
  return first === "metadata.json" || first === "config.json";
}
var HDF5_MAGIC, KERAS_PROBE_BYTES;
var init_signature3 = __esm({
  "build/src/formats/keras/signature.js"() {
    "use strict";
    init_signature2();
    HDF5_MAGIC = [137, 72, 68, 70, 13, 10, 26, 10];
    KERAS_PROBE_BYTES = 1024 * 1024;
  }
});

// build/src/formats/pytorch/byte-source.js
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
        const r = (0, import_node_fs2.readSync)(fd, out, got, n - got, offset + got);
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
    }
  };
}
function memorySource(bytes) {
  return {
    size: bytes.byteLength,
    read: (offset, length) => bytes.subarray(offset, Math.min(bytes.byteLength, offset + length)),
    bytesRead: bytes.byteLength,
    readCalls: 0
  };
}
function withTail(src, length) {
  const tailStart = Math.max(0, src.size - length);
  const tail = src.read(tailStart, src.size - tailStart);
  return {
    size: src.size,
    read: (offset, n) => offset >= tailStart ? tail.subarray(offset - tailStart, Math.min(tail.length, offset - tailStart + n)) : src.read(offset, n),
    get bytesRead() {
      return src.bytesRead;
    },
    get readCalls() {
      return src.readCalls;
    }
  };
}
var import_node_fs2;
var init_byte_source = __esm({
  "build/src/formats/pytorch/byte-source.js"() {
    "use strict";
    import_node_fs2 = require("node:fs");
  }
});

// build/src/formats/pytorch/zip.js
function loadZlib() {
  return zlib ??= import_node_module.default.createRequire(__modelBudgetImportMetaUrl)("node:zlib");
}
function dv(b) {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}
function u64(v, at, what) {
  const lo = v.getUint32(at, true);
  const hi = v.getUint32(at + 4, true);
  if (hi >= 2097152)
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
    throw new ZipError("no zip end-of-directory record (truncated, or not a zip archive)");
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
    const recordAt = u64(loc, 8, "end-of-directory offset");
    if (recordAt + 56 > eocdPos - 20)
      throw new ZipError(`zip64 end-of-directory record at ${recordAt} lies outside the file`);
    const rec = dv(src.read(recordAt, 56));
    if (rec.getUint32(0, true) !== ZIP64_EOCD_SIG)
      throw new ZipError("zip64 locator points at no zip64 end-of-directory record");
    disk = rec.getUint32(16, true);
    cdDisk = rec.getUint32(20, true);
    entriesOnDisk = u64(rec, 24, "entry count");
    entries = u64(rec, 32, "entry count");
    size = u64(rec, 40, "directory size");
    offset = u64(rec, 48, "directory offset");
    limit = recordAt;
  } else if (entries === 65535 || size === 4294967295 || offset === 4294967295) {
    throw new ZipError("zip64 sizes are announced but there is no zip64 locator");
  }
  if (disk !== 0 || cdDisk !== 0 || entriesOnDisk !== entries)
    throw new ZipError("multi-disk (spanned) zip archives are not supported");
  if (offset + size > limit)
    throw new ZipError(`zip central directory (${size} bytes at ${offset}) lies outside the file`);
  return { entries, offset, size, limit };
}
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
    throw new ZipError("file shrank while reading the zip central directory");
  const v = dv(cd);
  const entries = [];
  const names = /* @__PURE__ */ new Set();
  const utf82 = new TextDecoder("utf-8", { fatal: true });
  const latin12 = new TextDecoder("latin1");
  let p = 0;
  for (let i = 0; i < loc.entries; i++) {
    if (p + 46 > cd.length || v.getUint32(p, true) !== CENTRAL_SIG)
      throw new ZipError(`zip central directory entry ${i} is malformed`);
    const flags = v.getUint16(p + 8, true);
    const method = v.getUint16(p + 10, true);
    let compressedSize = v.getUint32(p + 20, true);
    let size = v.getUint32(p + 24, true);
    const nameLength2 = v.getUint16(p + 28, true);
    const extraLength = v.getUint16(p + 30, true);
    const commentLength = v.getUint16(p + 32, true);
    let offset = v.getUint32(p + 42, true);
    const next = p + 46 + nameLength2 + extraLength + commentLength;
    if (next > cd.length)
      throw new ZipError(`zip central directory entry ${i} runs past the directory`);
    const rawName = cd.subarray(p + 46, p + 46 + nameLength2);
    let name;
    try {
      name = flags & 2048 ? utf82.decode(rawName) : latin12.decode(rawName);
    } catch {
      throw new ZipError(`zip entry ${i} has a name that is not valid UTF-8`);
    }
    name = name.replaceAll("\\", "/");
    let e = p + 46 + nameLength2;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id2 = v.getUint16(e, true);
      const len = v.getUint16(e + 2, true);
      if (e + 4 + len > extraEnd)
        throw new ZipError(`zip entry ${JSON.stringify(name)}: extra field runs past its end`);
      if (id2 === 1) {
        let q2 = e + 4;
        const field = (what) => {
          if (q2 + 8 > e + 4 + len)
            throw new ZipError(`zip entry ${JSON.stringify(name)}: zip64 field lacks its ${what}`);
          const x = u64(v, q2, what);
          q2 += 8;
          return x;
        };
        if (size === 4294967295)
          size = field("size");
        if (compressedSize === 4294967295)
          compressedSize = field("compressed size");
        if (offset === 4294967295)
          offset = field("offset");
      }
      e += 4 + len;
    }
    if (offset + 30 + nameLength2 + compressedSize > loc.offset) {
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
  } catch (e) {
    throw new ZipError(`zip entry ${label} does not inflate to its declared ${entry.size} bytes (${e.message.split("\n")[0]})`);
  }
  if (out.length !== entry.size)
    throw new ZipError(`zip entry ${label} inflates to ${out.length} bytes, not its declared ${entry.size}`);
  return out;
}
var import_node_module, zlib, ZipError, ZIP_LIMITS, EOCD_SIG, ZIP64_LOCATOR_SIG, ZIP64_EOCD_SIG, CENTRAL_SIG, LOCAL_SIG, EOCD_SIZE, MAX_COMMENT, MAX_DEFLATE_RATIO, ZIP_TAIL_READ;
var init_zip = __esm({
  "build/src/formats/pytorch/zip.js"() {
    "use strict";
    import_node_module = __toESM(require("node:module"), 1);
    ZipError = class extends Error {
      name = "ZipError";
    };
    ZIP_LIMITS = { maxEntries: 1e6, maxCentralDirectoryBytes: 128 * 1024 * 1024 };
    EOCD_SIG = 101010256;
    ZIP64_LOCATOR_SIG = 117853008;
    ZIP64_EOCD_SIG = 101075792;
    CENTRAL_SIG = 33639248;
    LOCAL_SIG = 67324752;
    EOCD_SIZE = 22;
    MAX_COMMENT = 65535;
    MAX_DEFLATE_RATIO = 1032;
    ZIP_TAIL_READ = 128 * 1024;
  }
});

// build/src/formats/keras/key-sequences.js
function keySequenceCapacity(length) {
  return Math.min(MAX_KEY_SEQUENCES, Math.ceil(length / MIN_KEY_BYTES)) + 1;
}
function arrayIndexOf(bytes, start, end) {
  const n = end - start;
  if (n < 1 || n > 10 || n > 1 && bytes[start] === 48)
    return -1;
  let v = 0;
  for (let i = start; i < end; i++) {
    const d = bytes[i] - 48;
    if (d < 0 || d > 9)
      return -1;
    v = v * 10 + d;
  }
  return v <= 2 ** 32 - 2 ? v : -1;
}
function isSparseIndex(index, count2) {
  return index >= 2 * count2 + 1024;
}
var MAX_KEY_SEQUENCES, FAST_OBJECT_KEYS, MAX_LARGE_OBJECT_KEYS, MAX_PROBES, MIN_KEY_BYTES, KeySequences;
var init_key_sequences = __esm({
  "build/src/formats/keras/key-sequences.js"() {
    "use strict";
    MAX_KEY_SEQUENCES = 1e5;
    FAST_OBJECT_KEYS = 127;
    MAX_LARGE_OBJECT_KEYS = 1e6;
    MAX_PROBES = 32;
    MIN_KEY_BYTES = 4;
    KeySequences = class {
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
        let h = this.seed ^ Math.imul(at, 2654435761);
        for (let i = start; i < end; i++)
          h = Math.imul(h ^ b[i], 16777619);
        h ^= h >>> 15;
        h = Math.imul(h, 739982445);
        h ^= h >>> 12;
        const mask = this.mask;
        let slot = h & mask;
        for (let probe = 0; probe < MAX_PROBES; probe++, slot = slot + 1 & mask) {
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
    };
  }
});

// build/src/formats/keras/config.js
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
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
      if (b === 92) {
        i++;
        escaped = true;
      } else if (b === 34) {
        inString = false;
        if (key >= 0) {
          const index = arrayIndexOf(bytes, key, i);
          if (index >= 0) {
            if (isSparseIndex(index, ++indexed[depth]) && ++largeObjectKeys > MAX_LARGE_OBJECT_KEYS)
              break;
          } else if ((escaped ? named[depth] + 1 : ++named[depth]) <= FAST_OBJECT_KEYS) {
            const at = keys.next(sequence[depth], key, i);
            if (at < 0)
              break;
            sequence[depth] = at;
          } else if (++largeObjectKeys > MAX_LARGE_OBJECT_KEYS) {
            break;
          }
          key = -1;
        }
      }
    } else if (b === 34) {
      inString = true;
      escaped = false;
      if (keyNext)
        key = i + 1;
      keyNext = false;
    } else if (b === 91 || b === 123) {
      if (++depth > MAX_JSON_DEPTH)
        return `nests arrays and objects more than ${MAX_JSON_DEPTH} deep`;
      open[depth] = b === 91 ? ARRAY : OBJECT;
      sequence[depth] = 0;
      named[depth] = 0;
      indexed[depth] = 0;
      keyNext = b === 123;
      if (++values > MAX_JSON_VALUES)
        break;
    } else if (b === 93 || b === 125) {
      depth--;
      keyNext = false;
    } else if (b === 44) {
      if (depth > 0 && open[depth] === ARRAY) {
        keyNext = false;
        if (++items > MAX_JSON_ARRAY_ITEMS)
          break;
      } else {
        keyNext = true;
        if (++values > MAX_JSON_VALUES)
          break;
      }
    }
  }
  if (values > MAX_JSON_VALUES)
    return `holds more than ${MAX_JSON_VALUES.toLocaleString("en-US")} arrays, objects and members (brackets and commas), more than ${MAX_LAYERS.toLocaleString("en-US")} layers need`;
  if (items > MAX_JSON_ARRAY_ITEMS)
    return `holds more than ${MAX_JSON_ARRAY_ITEMS.toLocaleString("en-US")} array items`;
  if (largeObjectKeys > MAX_LARGE_OBJECT_KEYS)
    return `holds more than ${MAX_LARGE_OBJECT_KEYS.toLocaleString("en-US")} keys past the ${FAST_OBJECT_KEYS}th of their objects or sparse index keys (V8 keeps each in a dictionary; a vocabulary of 1 million tokens fits)`;
  return keys.count > MAX_KEY_SEQUENCES ? `holds objects of more than ${MAX_KEY_SEQUENCES.toLocaleString("en-US")} distinct key sequences (a key counts once for the keys before it in its object; real configs repeat one order per layer class)` : null;
}
function parseJson(bytes, what) {
  if (bytes.byteLength > MAX_CONFIG_BYTES)
    throw new KerasConfigError(`${what} is ${bytes.byteLength} bytes, more than the ${MAX_CONFIG_BYTES} we read`);
  const problem = tooBig(bytes);
  if (problem !== null)
    throw new KerasConfigError(`${what} ${problem}`);
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new KerasConfigError(`${what} is not UTF-8 text`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new KerasConfigError(`${what} is not valid JSON (${e.message.split("\n")[0]})`);
  }
}
function str(v) {
  return typeof v === "string" ? v : void 0;
}
function ref(v, what) {
  if (!Array.isArray(v) || typeof v[0] !== "string")
    throw new KerasConfigError(`${what}: a tensor reference is not [layer, node, tensor]`);
  const node = typeof v[1] === "number" && Number.isSafeInteger(v[1]) && v[1] >= 0 ? v[1] : 0;
  const tensor2 = typeof v[2] === "number" && Number.isSafeInteger(v[2]) && v[2] >= 0 ? v[2] : 0;
  return { layer: v[0], node, tensor: tensor2 };
}
function kerasTensors(v, out, what, depth = 0, kwarg) {
  if (depth > MAX_NESTING || v === void 0 || v === null)
    return;
  if (Array.isArray(v)) {
    for (const x of v)
      kerasTensors(x, out, what, depth + 1, kwarg);
    return;
  }
  if (!isObject(v))
    return;
  if (v["class_name"] === "__keras_tensor__" && isObject(v["config"])) {
    const r = ref(v["config"]["keras_history"] ?? null, what);
    out.push(kwarg === void 0 ? r : { ...r, kwarg });
    return;
  }
  for (const x of Object.values(v))
    kerasTensors(x, out, what, depth + 1, kwarg);
}
function legacyKwargTensors(r, out, what) {
  const kwargs = Array.isArray(r) ? r[3] : void 0;
  if (kwargs === void 0 || !isObject(kwargs))
    return;
  for (const [k, v] of Object.entries(kwargs)) {
    if (Array.isArray(v) && v.length >= 3 && typeof v[0] === "string" && typeof v[1] === "number" && typeof v[2] === "number")
      out.push({ ...ref(v, what), kwarg: k });
  }
}
function parseCalls(inbound, what) {
  if (inbound === void 0 || inbound === null)
    return [];
  if (!Array.isArray(inbound))
    throw new KerasConfigError(`${what}: inbound_nodes is not a list`);
  return inbound.map((node) => {
    const out = [];
    if (isObject(node)) {
      kerasTensors(node["args"], out, what);
      const kwargs = node["kwargs"];
      if (isObject(kwargs))
        for (const [k, v] of Object.entries(kwargs))
          kerasTensors(v, out, what, 1, k);
      else
        kerasTensors(kwargs, out, what);
    } else if (Array.isArray(node)) {
      for (const r of node)
        out.push(ref(r, what));
      for (const r of node)
        legacyKwargTensors(r, out, what);
    } else
      throw new KerasConfigError(`${what}: an inbound node is neither a call nor a list`);
    return out;
  });
}
function parseRefs(v, what) {
  if (v === void 0 || v === null)
    return [];
  if (!Array.isArray(v))
    throw new KerasConfigError(`${what} is not a list`);
  if (typeof v[0] === "string")
    return [ref(v, what)];
  return v.map((r) => ref(r, what));
}
function parseModel(obj, counter = { layers: 0 }, depth = 0) {
  if (depth > MAX_NESTING)
    throw new KerasConfigError(`models nested deeper than ${MAX_NESTING}`);
  if (!isObject(obj))
    throw new KerasConfigError("the model config is not a JSON object");
  const className = str(obj["class_name"]) ?? "";
  const config = obj["config"];
  if (!isObject(config))
    throw new KerasConfigError(`the model config of class ${JSON.stringify(className)} has no config object`);
  const name = str(config["name"]) ?? className;
  const rawLayers = config["layers"];
  if (!MODEL_CLASSES.has(className) || !Array.isArray(rawLayers)) {
    throw new KerasConfigError(`the top-level object is a ${JSON.stringify(className)}, not a Sequential or Functional model with layers`);
  }
  const layers = [];
  for (const raw of rawLayers) {
    if (++counter.layers > MAX_LAYERS)
      throw new KerasConfigError(`more than ${MAX_LAYERS} layers`);
    if (!isObject(raw))
      throw new KerasConfigError(`model ${JSON.stringify(name)}: a layer entry is not an object`);
    const cls = str(raw["class_name"]);
    const lcfg = raw["config"];
    if (cls === void 0 || !isObject(lcfg))
      throw new KerasConfigError(`model ${JSON.stringify(name)}: a layer has no class_name or config`);
    const lname = str(raw["name"]) ?? str(lcfg["name"]) ?? cls;
    const what = `layer ${JSON.stringify(lname)}`;
    const build2 = raw["build_config"];
    const module4 = str(raw["module"]);
    const layer = {
      className: cls,
      ...module4 !== void 0 ? { module: module4 } : {},
      name: lname,
      config: lcfg,
      calls: parseCalls(raw["inbound_nodes"], what),
      buildInputShape: isObject(build2) ? build2["input_shape"] : void 0,
      ...MODEL_CLASSES.has(cls) && Array.isArray(lcfg["layers"]) ? { model: parseModel(raw, counter, depth + 1) } : {}
    };
    layers.push(layer);
  }
  const build = obj["build_config"];
  return {
    kind: className === "Sequential" ? "sequential" : "functional",
    name,
    layers,
    inputs: parseRefs(config["input_layers"], `model ${JSON.stringify(name)}: input_layers`),
    outputs: parseRefs(config["output_layers"], `model ${JSON.stringify(name)}: output_layers`),
    buildInputShape: config["build_input_shape"] ?? (isObject(build) ? build["input_shape"] : void 0)
  };
}
var KerasConfigError, MAX_CONFIG_BYTES, MAX_LAYERS, MAX_NESTING, MAX_JSON_DEPTH, MAX_JSON_VALUES, MAX_JSON_ARRAY_ITEMS, OBJECT, ARRAY, MODEL_CLASSES;
var init_config = __esm({
  "build/src/formats/keras/config.js"() {
    "use strict";
    init_key_sequences();
    KerasConfigError = class extends Error {
      name = "KerasConfigError";
    };
    MAX_CONFIG_BYTES = 64 * 1024 * 1024;
    MAX_LAYERS = 1e5;
    MAX_NESTING = 32;
    MAX_JSON_DEPTH = 256;
    MAX_JSON_VALUES = 5e6;
    MAX_JSON_ARRAY_ITEMS = 8e6;
    OBJECT = 0;
    ARRAY = 1;
    MODEL_CLASSES = /* @__PURE__ */ new Set(["Sequential", "Functional", "Model"]);
  }
});

// build/src/formats/keras/hdf5-dense.js
function encodedSize(max) {
  return Math.floor(Math.log2(Math.max(1, max)) / 8) + 1;
}
function btreeV2Records(file, address, label, types) {
  const h = new Fields(file.block(address, 4 + 2 + 4 + 2 + 2 + 2 + file.offsetSize + 2 + file.lengthSize + 4, label), file, label);
  file.signature(h.bytes, "BTHD", label);
  h.skip(4);
  h.u8();
  const type = h.u8();
  const nodeSize = h.u32();
  const recordSize = h.u16();
  const depth = h.u16();
  h.skip(2);
  const root = h.address("root node address");
  const rootRecords = h.u16();
  h.length("total records");
  file.verifyChecksum(h.bytes, h.pos, "v2 B-tree header", label);
  if (!types.includes(type))
    throw new Hdf5Error(`${label}: record type ${type} is not ${types.join(" or ")}`);
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
  const seen = /* @__PURE__ */ new Set();
  const visit = (node, count2, level) => {
    if (seen.has(node))
      throw new Hdf5Error(`${label}: node at ${node} is reached twice (a cycle)`);
    seen.add(node);
    const n = new Fields(file.block(node, nodeSize, label), file, label);
    file.signature(n.bytes, level > 0 ? "BTIN" : "BTLF", `${label} node at ${node}`);
    n.skip(6);
    for (let i = 0; i < count2; i++)
      records.push(n.bytesOf(recordSize));
    const children = [];
    for (let i = 0; level > 0 && i <= count2; i++) {
      const child = n.address("child node address");
      const childRecords = n.uint(maxNrecSize, "child record count");
      if (level > 1)
        n.skip(cumMaxSize[level - 1]);
      children.push([child, childRecords]);
    }
    n.need(4);
    file.verifyChecksum(n.bytes, n.pos, "v2 B-tree node", `${label} node at ${node}`);
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
    if (type >= 8 && rec.length > 8 && rec[8] & 2)
      throw new Hdf5Error(`${label}: shared attributes (shared object header messages) are not read`);
    return rec.subarray(idAt);
  });
}
function fractalHeap(file, address, what) {
  const label = `${what}: fractal heap`;
  const O = file.offsetSize;
  const L = file.lengthSize;
  const h = new Fields(file.block(address, 4 + 1 + 2 + 2 + 1 + 4 + 12 * L + 3 * O + 2 + 2 + 2 + 2 + 2 + L + 4, label), file, label);
  file.signature(h.bytes, "FRHP", label);
  h.skip(5);
  const idLength = h.u16();
  const filterBytes = h.u16();
  const checksummedDirect = (h.u8() & 2) !== 0;
  const maxManaged = h.u32();
  h.length("next huge object id");
  const hugeBtree = h.address("huge object B-tree address");
  h.length("free space");
  h.address("free space manager address");
  h.length("managed space");
  h.length("allocated managed space");
  h.length("direct block allocation iterator");
  h.length("managed objects");
  h.length("huge object bytes");
  h.length("huge objects");
  h.length("tiny object bytes");
  h.length("tiny objects");
  const width = h.u16();
  const startBlock = h.length("starting block size");
  const maxDirect = h.length("maximum direct block size");
  const maxHeapBits = h.u16();
  h.u16();
  const root = h.address("root block address");
  const rows = h.u16();
  if (filterBytes > 0)
    throw new Hdf5Error(`${label}: filtered (compressed) heap blocks are not read`);
  file.verifyChecksum(h.bytes, h.pos, "fractal heap header", label);
  if (width < 1 || width > 65536 || startBlock < 1 || maxDirect < startBlock || maxHeapBits < 1 || maxHeapBits > 64) {
    throw new Hdf5Error(`${label}: table width ${width}, block sizes ${startBlock}..${maxDirect} or heap bits ${maxHeapBits} are impossible`);
  }
  const offsetBytes = bytesFor2(maxHeapBits);
  const rowSize = (r) => r === 0 ? startBlock : startBlock * 2 ** (r - 1);
  const directRows = Math.log2(maxDirect / startBlock) + 2;
  const blocks = [];
  const seen = /* @__PURE__ */ new Set();
  const direct = (at, size) => {
    if (size > HDF5_LIMITS.maxBlockBytes)
      throw new Hdf5Error(`${label}: a direct block of ${size} bytes`);
    if (seen.has(at))
      throw new Hdf5Error(`${label}: direct block at ${at} is reached twice`);
    seen.add(at);
    const b = new Fields(file.block(at, checksummedDirect ? size : 5 + O + offsetBytes, `${label} direct block`), file, `${label} direct block`);
    file.signature(b.bytes, "FHDB", `${label} direct block at ${at}`);
    b.skip(5 + O);
    blocks.push({ offset: b.uint(offsetBytes, "block offset"), address: at, size });
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
    file.signature(ib.bytes, "FHIB", `${label} indirect block at ${at}`);
    ib.skip(5 + O + offsetBytes);
    const children = [];
    for (let r = 0; r < nrows; r++) {
      for (let c = 0; c < width; c++) {
        const child = ib.address("child block address");
        if (child !== -1)
          children.push([child, r]);
      }
    }
    file.verifyChecksum(ib.bytes, ib.pos, "fractal heap indirect block", `${label} indirect block at ${at}`);
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
  file.verifyChecksum(framed, b.bytes.length, "fractal heap direct block", what);
}
function heapObject(file, heap, id2, what) {
  const label = `${what}: fractal heap object`;
  const kind = id2[0] >> 4 & 3;
  if (kind === 2) {
    const extended = heap.idLength > 18;
    const n = extended ? ((id2[0] & 15) << 8 | id2[1]) + 1 : (id2[0] & 15) + 1;
    const at = extended ? 2 : 1;
    if (at + n > id2.length)
      throw new Hdf5Error(`${label}: a tiny object longer than its ID`);
    return id2.subarray(at, at + n);
  }
  if (kind === 1)
    return hugeObject(file, heap, id2, label);
  if (kind !== 0)
    throw new Hdf5Error(`${label}: heap ID type ${kind} is not managed, huge or tiny`);
  const f = new Fields(id2, file, label, 1);
  const offset = f.uint(heap.offsetBytes, "object offset");
  const length = f.uint(heap.lengthBytes, "object length");
  let lo = 0;
  let hi = heap.blocks.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
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
function hugeObject(file, heap, id2, label) {
  const f = new Fields(id2, file, `${label} (huge)`, 1);
  if (heap.idLength - 1 >= file.offsetSize + file.lengthSize)
    throw new Hdf5Error(`${label}: a heap ID of ${heap.idLength} bytes (more than a link or attribute index holds)`);
  const key = f.uint(Math.min(heap.idLength - 1, 8), "huge object ID");
  if (heap.hugeBtree === -1)
    throw new Hdf5Error(`${label}: a huge object in a heap with no huge-object index`);
  if (!heap.hugeIndex) {
    const index = /* @__PURE__ */ new Map();
    const btLabel = `${label}: huge object v2 B-tree`;
    for (const rec of btreeV2Records(file, heap.hugeBtree, btLabel, [1]).records) {
      const r = new Fields(rec, file, btLabel);
      const address = r.address("huge object address");
      const length = r.length("huge object length");
      index.set(r.length("huge object ID"), { address, length });
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
  return btreeV2HeapIds(file, btreeAddress, what).map((id2) => heapObject(file, heap, id2.subarray(0, heap.idLength), what));
}
var bytesFor2;
var init_hdf5_dense = __esm({
  "build/src/formats/keras/hdf5-dense.js"() {
    "use strict";
    init_hdf5();
    bytesFor2 = (bits) => Math.ceil(bits / 8);
  }
});

// build/src/formats/keras/lookup3.js
function lookup3(key, initval = 0) {
  let length = key.length;
  let a = 3735928559 + length + initval | 0;
  let b = a;
  let c = a;
  let k = 0;
  while (length > 12) {
    a = a + (key[k] | key[k + 1] << 8 | key[k + 2] << 16 | key[k + 3] << 24) | 0;
    b = b + (key[k + 4] | key[k + 5] << 8 | key[k + 6] << 16 | key[k + 7] << 24) | 0;
    c = c + (key[k + 8] | key[k + 9] << 8 | key[k + 10] << 16 | key[k + 11] << 24) | 0;
    a = a - c | 0;
    a ^= rot(c, 4);
    c = c + b | 0;
    b = b - a | 0;
    b ^= rot(a, 6);
    a = a + c | 0;
    c = c - b | 0;
    c ^= rot(b, 8);
    b = b + a | 0;
    a = a - c | 0;
    a ^= rot(c, 16);
    c = c + b | 0;
    b = b - a | 0;
    b ^= rot(a, 19);
    a = a + c | 0;
    c = c - b | 0;
    c ^= rot(b, 4);
    b = b + a | 0;
    length -= 12;
    k += 12;
  }
  if (length === 0)
    return c >>> 0;
  for (let i = length - 1; i >= 0; i--) {
    const byte = key[k + i] << i % 4 * 8;
    if (i >= 8)
      c = c + byte | 0;
    else if (i >= 4)
      b = b + byte | 0;
    else
      a = a + byte | 0;
  }
  c ^= b;
  c = c - rot(b, 14) | 0;
  a ^= c;
  a = a - rot(c, 11) | 0;
  b ^= a;
  b = b - rot(a, 25) | 0;
  c ^= b;
  c = c - rot(b, 16) | 0;
  a ^= c;
  a = a - rot(c, 4) | 0;
  b ^= a;
  b = b - rot(a, 14) | 0;
  c ^= b;
  c = c - rot(b, 24) | 0;
  return c >>> 0;
}
var rot;
var init_lookup3 = __esm({
  "build/src/formats/keras/lookup3.js"() {
    "use strict";
    rot = (x, k) => x << k | x >>> 32 - k;
  }
});

// build/src/formats/keras/hdf5.js
function superblockOffsets(size) {
  const out = [0];
  for (let at = 512; at + 8 <= size; at *= 2)
    out.push(at);
  return out;
}
function dv2(b) {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}
function walkDatasets(file, group, address = null) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  if (address !== null)
    seen.add(address);
  const walked = /* @__PURE__ */ new Set();
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
      const path = g.path === "" ? m.name : `${g.path}/${m.name}`;
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
  let at = "";
  for (const part of path.split("/").filter(Boolean)) {
    if (!obj.isGroup)
      return void 0;
    const m = obj.members().find((x) => x.name === part);
    if (!m)
      return void 0;
    at = at === "" ? part : `${at}/${part}`;
    obj = file.object(m.address, at);
  }
  return obj;
}
var Hdf5Error, HDF5_LIMITS, UNDEFINED_ADDRESS, MSG, ascii, hex, Fields, Hdf5File, Hdf5Object;
var init_hdf5 = __esm({
  "build/src/formats/keras/hdf5.js"() {
    "use strict";
    init_hdf5_dense();
    init_lookup3();
    init_signature3();
    Hdf5Error = class extends Error {
      name = "Hdf5Error";
    };
    HDF5_LIMITS = {
      maxBlockBytes: 64 * 1024 * 1024,
      maxObjects: 1e6,
      maxDepth: 64,
      maxPathChars: 4096,
      maxContinuations: 1e4,
      maxAttributeElements: 1e6,
      readFactor: 8
    };
    UNDEFINED_ADDRESS = -1;
    MSG = {
      dataspace: 1,
      linkInfo: 2,
      datatype: 3,
      link: 6,
      attribute: 12,
      continuation: 16,
      symbolTable: 17,
      attributeInfo: 21
    };
    ascii = (b) => String.fromCharCode(...b);
    hex = (x) => x.toString(16).padStart(8, "0");
    Fields = class {
      bytes;
      file;
      what;
      pos;
      v;
      constructor(bytes, file, what, pos = 0) {
        this.bytes = bytes;
        this.file = file;
        this.what = what;
        this.v = dv2(bytes);
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
          if (this.bytes[this.pos + i] !== 255)
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
    };
    Hdf5File = class {
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
      localHeaps = /* @__PURE__ */ new Map();
      globalHeaps = /* @__PURE__ */ new Map();
      memberLists = /* @__PURE__ */ new Map();
      denseAttributeLists = /* @__PURE__ */ new Map();
      constructor(src, start, length) {
        this.src = src;
        this.start = start;
        this.length = length;
        const at = superblockOffsets(length).find((o) => hasHdf5Magic(this.raw(o, Math.min(8, length - o), "signature"), 0));
        if (at === void 0)
          throw new Hdf5Error("no HDF5 signature at 0, 512, 1024, 2048... (not an HDF5 file, or truncated)");
        const head = new Fields(this.raw(at, Math.min(length - at, 200), "superblock"), this, "superblock", 8);
        const version = head.u8();
        this.superblockVersion = version;
        if (version === 0 || version === 1) {
          head.skip(4);
          this.offsetSize = head.u8();
          this.lengthSize = head.u8();
          this.checkSizes();
          head.skip(1 + 2 + 2 + 4 + (version === 1 ? 4 : 0));
          head.address("base address");
          head.address("free-space address");
          head.address("end-of-file address");
          head.address("driver information address");
          head.address("root link name offset");
          this.rootAddress = head.address("root object header address");
        } else if (version === 2 || version === 3) {
          this.offsetSize = head.u8();
          this.lengthSize = head.u8();
          this.checkSizes();
          head.skip(1);
          head.address("base address");
          head.address("superblock extension address");
          head.address("end-of-file address");
          this.rootAddress = head.address("root object header address");
          head.need(4);
          this.verifyChecksum(head.bytes, head.pos, "superblock", `superblock (version ${version})`);
        } else {
          throw new Hdf5Error(`HDF5 superblock version ${version} is not one this reader knows (0-3)`);
        }
        this.base = at;
        if (this.rootAddress === UNDEFINED_ADDRESS)
          throw new Hdf5Error("HDF5 superblock has no root group");
      }
      checksumsVerified = /* @__PURE__ */ new Map();
      verifyChecksum(bytes, at, structure, what) {
        const stored2 = (bytes[at] | bytes[at + 1] << 8 | bytes[at + 2] << 16 | bytes[at + 3] << 24) >>> 0;
        const computed = lookup3(bytes.subarray(0, at));
        if (stored2 !== computed)
          throw new Hdf5Error(`${what}: ${structure} checksum 0x${hex(stored2)} is not its bytes' 0x${hex(computed)} (a corrupt file; HDF5 refuses it)`);
        this.checksumsVerified.set(structure, (this.checksumsVerified.get(structure) ?? 0) + 1);
      }
      checkSizes() {
        for (const [what, n] of [["offsets", this.offsetSize], ["lengths", this.lengthSize]]) {
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
        if (first.length >= 4 && ascii(first.subarray(0, 4)) === "OHDR")
          return this.objectHeaderV2(address, what);
        const f = new Fields(first, this, `${what}: object header`);
        const version = f.u8();
        if (version !== 1)
          throw new Hdf5Error(`${what}: object header version ${version} is not 1 or 2 (a bad address or a corrupt file)`);
        f.skip(1);
        const count2 = f.u16();
        f.u32();
        const size = f.u32();
        const messages = [];
        const queue = [[address + 16, size]];
        const seen = /* @__PURE__ */ new Set();
        let blocks = 0;
        while (queue.length > 0) {
          if (++blocks > HDF5_LIMITS.maxContinuations)
            throw new Hdf5Error(`${what}: more than ${HDF5_LIMITS.maxContinuations} object header blocks`);
          const [at, n] = queue.shift();
          if (seen.has(at))
            throw new Hdf5Error(`${what}: an object header continuation points back at a block already read`);
          seen.add(at);
          const b = new Fields(this.block(at, n, `${what}: object header messages`), this, `${what}: object header messages`);
          while (b.pos + 8 <= b.bytes.length && messages.length < count2) {
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
        return [c.address("continuation address"), c.length("continuation length")];
      }
      objectHeaderV2(address, what) {
        const label = `${what}: object header`;
        const pre = new Fields(this.upTo(address, 4 + 1 + 1 + 16 + 4 + 8, label), this, label, 4);
        const version = pre.u8();
        if (version !== 2)
          throw new Hdf5Error(`${label}: OHDR version ${version} is not 2`);
        const flags = pre.u8();
        if (flags & 32)
          pre.skip(16);
        if (flags & 16)
          pre.skip(4);
        const chunk0 = pre.uint(1 << (flags & 3), "chunk size");
        const tracked = (flags & 4) !== 0;
        const messages = [];
        const prefix = pre.pos;
        const queue = [[address, prefix + chunk0 + 4, 0]];
        const seen = /* @__PURE__ */ new Set();
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
            this.signature(raw, "OCHK", `${label} continuation`);
          if (n < (skipSig ? 8 : prefix + 4))
            throw new Hdf5Error(`${label}: a ${skipSig ? "continuation" : "first"} block of ${n} bytes has no room for its checksum`);
          const end = n - 4;
          this.verifyChecksum(raw, end, skipSig ? "object header continuation" : "object header", skipSig ? `${label} continuation at ${at}` : label);
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
            } else if (type !== 0)
              messages.push({ type, flags: mflags, data });
          }
        }
        return { messages };
      }
      datatype(data, what) {
        const f = new Fields(data, this, `${what}: datatype`);
        const classVersion = f.u8();
        const cls = classVersion & 15;
        const bits0 = f.u8();
        f.skip(2);
        const size = f.u32();
        switch (cls) {
          case 0: {
            const signed = (bits0 & 8) !== 0;
            const name = [1, 2, 4, 8].includes(size) ? `${signed ? "int" : "uint"}${size * 8}` : `int(${size} bytes)`;
            return { name, size, signed, littleEndian: (bits0 & 1) === 0 };
          }
          case 1: {
            f.skip(4);
            f.skip(1);
            const expSize = f.u8();
            f.skip(1);
            const mantSize = f.u8();
            const name = size === 2 ? expSize === 8 && mantSize === 7 ? "bfloat16" : "float16" : size === 4 ? "float32" : size === 8 ? "float64" : `float(${size} bytes)`;
            return { name, size, littleEndian: (bits0 & 1) === 0 };
          }
          case 3:
            return { name: "string", size, variableString: false };
          case 8: {
            const members = bits0 | data[2] << 8;
            return { name: size === 1 && members === 2 ? "bool" : "enum", size };
          }
          case 9:
            return (bits0 & 15) === 1 ? { name: "string", size, variableString: true } : { name: "vlen", size };
          default:
            return { name: ["fixed", "float", "time", "string", "bitfield", "opaque", "compound", "reference", "enum", "vlen", "array", "complex"][cls] ?? `class ${cls}`, size };
        }
      }
      dataspace(data, what) {
        const f = new Fields(data, this, `${what}: dataspace`);
        const version = f.u8();
        const rank3 = f.u8();
        f.u8();
        if (rank3 > 32)
          throw new Hdf5Error(`${what}: dataspace rank ${rank3} is more than HDF5's 32`);
        if (version === 1)
          f.skip(5);
        else if (version === 2) {
          if (f.u8() === 2)
            return [0];
        } else
          throw new Hdf5Error(`${what}: dataspace version ${version} is not 1 or 2`);
        const dims = [];
        for (let i = 0; i < rank3; i++)
          dims.push(f.length("dimension"));
        return dims;
      }
      object(address, path) {
        return new Hdf5Object(this, this.objectHeader(address, path || "/"), path);
      }
      root() {
        return this.rootObject ??= this.object(this.rootAddress, "");
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
          return new TextDecoder("utf-8").decode(heap.subarray(off, end));
        };
        const out = [];
        const seen = /* @__PURE__ */ new Set();
        const visit = (node, depth) => {
          if (depth > HDF5_LIMITS.maxDepth)
            throw new Hdf5Error(`${what}: group B-tree deeper than ${HDF5_LIMITS.maxDepth}`);
          if (seen.has(node))
            throw new Hdf5Error(`${what}: group B-tree node at ${node} is visited twice (a cycle)`);
          seen.add(node);
          this.countObject();
          const head = new Fields(this.block(node, 8 + 2 * this.offsetSize, `${what}: B-tree node`), this, `${what}: B-tree node`);
          this.signature(head.bytes, "TREE", `${what}: B-tree node`);
          head.skip(4);
          const type = head.u8();
          const level = head.u8();
          const used = head.u16();
          if (type !== 0)
            throw new Hdf5Error(`${what}: B-tree node type ${type} is not a group node`);
          const entryBytes = this.lengthSize + this.offsetSize;
          const body = new Fields(this.block(node + head.bytes.length, used * entryBytes + this.lengthSize, `${what}: B-tree node`), this, `${what}: B-tree node`);
          for (let i = 0; i < used; i++) {
            body.length("key");
            const child = body.address("child address");
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
        this.signature(head.bytes, "HEAP", `${what}: local heap`);
        head.skip(8);
        const dataSize = head.length("data segment size");
        head.length("free list offset");
        const heap = this.block(head.address("data segment address"), dataSize, `${what}: local heap data`);
        this.localHeaps.set(address, heap);
        return heap;
      }
      symbolNode(address, what, nameAt, out) {
        this.countObject();
        const head = new Fields(this.block(address, 8, `${what}: symbol table node`), this, `${what}: symbol table node`);
        this.signature(head.bytes, "SNOD", `${what}: symbol table node`);
        head.skip(6);
        const n = head.u16();
        const entryBytes = 2 * this.offsetSize + 24;
        const body = new Fields(this.block(address + 8, n * entryBytes, `${what}: symbol table node`), this, `${what}: symbol table node`);
        for (let i = 0; i < n; i++) {
          const nameOffset = body.address("link name offset");
          const objectAddress = body.address("object header address");
          body.skip(24);
          out.push({ name: nameAt(nameOffset), address: objectAddress });
        }
      }
      globalHeapObject(collection, index, what) {
        let bytes = this.globalHeaps.get(collection);
        if (!bytes) {
          const head = new Fields(this.block(collection, 8 + this.lengthSize, `${what}: global heap`), this, `${what}: global heap`);
          this.signature(head.bytes, "GCOL", `${what}: global heap`);
          head.skip(8);
          bytes = this.block(collection, head.length("collection size"), `${what}: global heap`);
          this.globalHeaps.set(collection, bytes);
        }
        const col = new Fields(bytes, this, `${what}: global heap`, 8 + this.lengthSize);
        while (col.pos + 8 + this.lengthSize <= col.bytes.length) {
          const id2 = col.u16();
          col.skip(6);
          const n = col.length("object size");
          if (id2 === 0)
            break;
          const data = col.bytesOf(n);
          if (id2 === index)
            return data;
          col.skip(Math.min((8 - n % 8) % 8, col.bytes.length - col.pos));
        }
        throw new Hdf5Error(`${what}: global heap object ${index} is not in its collection`);
      }
    };
    Hdf5Object = class {
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
        return this.find(MSG.dataspace) !== void 0 && this.find(MSG.datatype) !== void 0;
      }
      label() {
        return this.path === "" ? "HDF5 root group" : `HDF5 object ${JSON.stringify(this.path)}`;
      }
      dataset() {
        const space = this.find(MSG.dataspace);
        const type = this.find(MSG.datatype);
        const what = this.label();
        if (type.flags & 2)
          throw new Hdf5Error(`${what}: shared (committed) datatypes are not read`);
        const dims = this.file.dataspace(space.data, what);
        let elements = 1;
        for (const d of dims)
          elements *= d;
        if (!Number.isSafeInteger(elements))
          throw new Hdf5Error(`${what}: dataspace ${dims.join("x")} has more elements than can be counted exactly`);
        return { path: this.path, dims, elements, dtype: this.file.datatype(type.data, what) };
      }
      members() {
        const what = this.label();
        const st = this.find(MSG.symbolTable);
        if (st) {
          const f = new Fields(st.data, this.file, `${what}: symbol table message`);
          const btree = f.address("B-tree address");
          const heap = f.address("local heap address");
          return this.file.sharedMembers(`symbol table ${btree} ${heap}`, () => this.file.symbolTableMembers(btree, heap, what));
        }
        const info = this.find(MSG.linkInfo);
        if (info) {
          const f = new Fields(info.data, this.file, `${what}: link info`);
          f.u8();
          const flags = f.u8();
          if (flags & 1)
            f.skip(8);
          const heap = f.address("fractal heap address");
          const nameIndex = f.address("name index B-tree address");
          if (heap !== UNDEFINED_ADDRESS) {
            return this.file.sharedMembers(`dense links ${heap} ${nameIndex}`, () => {
              const dense2 = denseMessages(this.file, heap, nameIndex, `${what}: links`).map((data) => this.parseLink(data, what));
              return dense2.filter((l) => l !== void 0).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
            });
          }
        }
        return this.header.messages.filter((m) => m.type === MSG.link).map((m) => this.parseLink(m.data, what)).filter((l) => l !== void 0);
      }
      parseLink(data, what) {
        const f = new Fields(data, this.file, `${what}: link message`);
        const version = f.u8();
        if (version !== 1)
          throw new Hdf5Error(`${what}: link message version ${version} is not 1`);
        const flags = f.u8();
        const linkType = flags & 8 ? f.u8() : 0;
        if (flags & 4)
          f.skip(8);
        if (flags & 16)
          f.skip(1);
        const nameLength2 = f.uint(1 << (flags & 3), "link name length");
        const name = new TextDecoder("utf-8").decode(f.bytesOf(nameLength2));
        if (linkType !== 0)
          return void 0;
        return { name, address: f.address("link address") };
      }
      get isGroup() {
        return !this.isDataset && (this.find(MSG.symbolTable) !== void 0 || this.find(MSG.linkInfo) !== void 0 || this.find(MSG.link) !== void 0);
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
        const heap = f.address("fractal heap address");
        const nameIndex = f.address("name index B-tree address");
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
        return void 0;
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
        const pad3 = (n) => version === 1 ? Math.ceil(n / 8) * 8 : n;
        const rawName = f.bytesOf(pad3(nameSize));
        const nul = rawName.indexOf(0);
        const name = new TextDecoder("utf-8").decode(rawName.subarray(0, nul < 0 ? nameSize : Math.min(nul, nameSize)));
        const typeBytes3 = f.bytesOf(pad3(typeSize));
        const spaceBytes = f.bytesOf(pad3(spaceSize));
        const dataAt = f.pos;
        return {
          name,
          value: () => {
            const label = `${this.label()}: attribute ${JSON.stringify(name)}`;
            if (flags & 3)
              throw new Hdf5Error(`${label}: shared datatype or dataspace is not read`);
            const type = this.file.datatype(typeBytes3, label);
            const dims = this.file.dataspace(spaceBytes, label);
            const count2 = dims.reduce((a, b) => a * b, 1);
            if (count2 > HDF5_LIMITS.maxAttributeElements)
              throw new Hdf5Error(`${label}: ${count2} elements, more than the ${HDF5_LIMITS.maxAttributeElements} we read`);
            const data = new Fields(m.data, this.file, label, dataAt);
            const values = [];
            for (let i = 0; i < count2; i++)
              values.push(this.element(data, type, label));
            if (dims.length === 0)
              return values[0];
            return values.every((v) => typeof v === "string") ? values : values.map(Number);
          }
        };
      }
      element(f, type, label) {
        if (type.name === "string" && !type.variableString) {
          const raw2 = f.bytesOf(type.size);
          const nul = raw2.indexOf(0);
          return new TextDecoder("utf-8").decode(raw2.subarray(0, nul < 0 ? raw2.length : nul));
        }
        if (type.name === "string") {
          const length = f.u32();
          const collection = f.address("global heap address");
          const index = f.u32();
          if (length === 0)
            return "";
          const data = this.file.globalHeapObject(collection, index, label);
          if (length > data.length)
            throw new Hdf5Error(`${label}: string of ${length} bytes in a heap object of ${data.length}`);
          return new TextDecoder("utf-8").decode(data.subarray(0, length));
        }
        const raw = f.bytesOf(type.size);
        const v = dv2(raw);
        if (type.littleEndian === false)
          throw new Hdf5Error(`${label}: big-endian numbers are not read`);
        switch (type.name) {
          case "int8":
            return v.getInt8(0);
          case "uint8":
          case "bool":
            return v.getUint8(0);
          case "int16":
            return v.getInt16(0, true);
          case "uint16":
            return v.getUint16(0, true);
          case "int32":
            return v.getInt32(0, true);
          case "uint32":
            return v.getUint32(0, true);
          case "int64":
            return Number(v.getBigInt64(0, true));
          case "uint64":
            return Number(v.getBigUint64(0, true));
          case "float32":
            return v.getFloat32(0, true);
          case "float64":
            return v.getFloat64(0, true);
          default:
            throw new Hdf5Error(`${label}: ${type.name} values are not read`);
        }
      }
    };
  }
});

// build/src/graph/topo.js
function subgraphsOf(node) {
  const out = [];
  for (const [attr, a] of node.attributes) {
    if (a.type === "graph")
      out.push({ attr, graph: a.value });
    else if (a.type === "graphs")
      a.value.forEach((graph, i) => out.push({ attr: `${attr}[${i}]`, graph }));
  }
  return out;
}
function outerReads(graph) {
  const cached = outerReadsCache.get(graph);
  if (cached)
    return cached;
  const defined = /* @__PURE__ */ new Set();
  for (const v of graph.inputs)
    defined.add(v.name);
  for (const name of graph.initializers.keys())
    defined.add(name);
  for (const node of graph.nodes)
    for (const o of node.outputs)
      if (o)
        defined.add(o);
  const refs = /* @__PURE__ */ new Set();
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
function noteSubgraph(a) {
  if (a.type === "graph" || a.type === "graphs")
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
  const producer2 = new Int32Array(values.size + outs.length).fill(-1);
  for (let i = 0, at = 0; i < n; i++) {
    const o = nodes[i].outputs;
    for (let k = 0; k < o.length; k++, at++) {
      const name = o[k];
      if (!name) {
        outs[at] = NO_VALUE;
        continue;
      }
      const id2 = values.idOf(name);
      if (id2 < defined) {
        throw new GraphError(`graph '${label}': value '${name}' is an input or initializer of the graph and also the output of node '${nodes[i].name}'`);
      }
      const prev = producer2[id2];
      if (prev !== -1) {
        throw new GraphError(`graph '${label}': value '${name}' is produced by both node '${nodes[prev].name}' and node '${nodes[i].name}'`);
      }
      producer2[id2] = i;
      outs[at] = id2;
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
      const id2 = values.idOf(name);
      reads[at] = id2;
      if (id2 < producer2.length && producer2[id2] >= i)
        sorted = false;
    }
  }
  const order = new Int32Array(n);
  if (sorted) {
    for (let i = 0; i < n; i++)
      order[i] = i;
  } else {
    sortTopologically(n, readStart, reads, producer2, order, (i) => nodes[i], label);
  }
  return { order, reads, readStart, outs, outStart, inFileOrder: sorted };
}
function sortTopologically(n, readStart, reads, producer2, order, nodeAt, label) {
  const lastReader = new Int32Array(n).fill(-1);
  const deps = new Array(n);
  for (let i = 0; i < n; i++) {
    const d = [];
    for (let k = readStart[i]; k < readStart[i + 1]; k++) {
      const id2 = reads[k];
      const p = id2 === NO_VALUE || id2 >= producer2.length ? -1 : producer2[id2];
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
    const seen = /* @__PURE__ */ new Set();
    while (!seen.has(at)) {
      seen.add(at);
      at = deps[at].find((d) => !done[d]);
    }
    const node = nodeAt(at);
    throw new GraphError(`graph '${label}' has a cycle through node '${node.name || node.opType}'`);
  }
}
var outerReadsCache, subgraphFound, IndexHeap, ValueIds, NO_VALUE;
var init_topo = __esm({
  "build/src/graph/topo.js"() {
    "use strict";
    init_errors();
    outerReadsCache = /* @__PURE__ */ new WeakMap();
    subgraphFound = false;
    IndexHeap = class {
      items = [];
      get size() {
        return this.items.length;
      }
      push(x) {
        const a = this.items;
        a.push(x);
        let i = a.length - 1;
        while (i > 0) {
          const p = i - 1 >> 1;
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
          for (; ; ) {
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
    };
    ValueIds = class {
      ids = /* @__PURE__ */ new Map();
      names = [];
      idOf(name) {
        let id2 = this.ids.get(name);
        if (id2 === void 0) {
          id2 = this.names.length;
          this.ids.set(name, id2);
          this.names.push(name);
        }
        return id2;
      }
      get size() {
        return this.names.length;
      }
    };
    NO_VALUE = -1;
  }
});

// build/src/formats/ir-attributes.js
function irAttributes(values) {
  const out = /* @__PURE__ */ new Map();
  for (const [k, v] of Object.entries(values)) {
    if (v === void 0)
      continue;
    if (typeof v === "string")
      out.set(k, { type: "string", value: v });
    else if (typeof v === "number")
      out.set(k, Number.isInteger(v) ? { type: "int", value: v } : { type: "float", value: v });
    else if ("float" in v)
      out.set(k, { type: "float", value: v.float });
    else
      out.set(k, { type: "ints", value: v });
  }
  return out;
}
var init_ir_attributes = __esm({
  "build/src/formats/ir-attributes.js"() {
    "use strict";
  }
});

// build/src/graph/limits.js
var MAX_RANK, MAX_GRAPH_DEPTH, MAX_EXECUTED_NODES, MAX_EXECUTED_INPUTS, MAX_GRAPH_INPUTS, LimitError;
var init_limits = __esm({
  "build/src/graph/limits.js"() {
    "use strict";
    init_errors();
    MAX_RANK = 64;
    MAX_GRAPH_DEPTH = 64;
    MAX_EXECUTED_NODES = 25e4;
    MAX_EXECUTED_INPUTS = 2e6;
    MAX_GRAPH_INPUTS = 1e4;
    LimitError = class extends GraphError {
    };
  }
});

// build/src/formats/tflite/flatbuffer.js
var import_node_fs3, FlatBufferError, PAGE, MAX_PAGES, RUN_PAGES, FileSource, SCALAR_BYTES, READS_PER_FILE_BYTE, READ_ALLOWANCE, FlatBuffer;
var init_flatbuffer = __esm({
  "build/src/formats/tflite/flatbuffer.js"() {
    "use strict";
    import_node_fs3 = require("node:fs");
    FlatBufferError = class extends Error {
      name = "FlatBufferError";
    };
    PAGE = 512;
    MAX_PAGES = 2048;
    RUN_PAGES = 16;
    FileSource = class {
      fd;
      size;
      bytesRead = 0;
      readCalls = 0;
      pages = /* @__PURE__ */ new Map();
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
        const count2 = index === this.lastMiss + 1 ? RUN_PAGES : 1;
        this.lastMiss = index + count2 - 1;
        const start = index * PAGE;
        const len = Math.min(count2 * PAGE, this.size - start);
        const buf = new Uint8Array(len);
        let got = 0;
        while (got < len) {
          const n = (0, import_node_fs3.readSync)(this.fd, buf, got, len - got, start + got);
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
    };
    SCALAR_BYTES = {
      bool: 1,
      i8: 1,
      u8: 1,
      i16: 2,
      u16: 2,
      i32: 4,
      u32: 4,
      i64: 8,
      u64: 8,
      f32: 4,
      f64: 8
    };
    READS_PER_FILE_BYTE = 4;
    READ_ALLOWANCE = 1024 * 1024;
    FlatBuffer = class {
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
          case "bool":
            return v.getUint8(0) !== 0 ? 1 : 0;
          case "i8":
            return v.getInt8(0);
          case "u8":
            return v.getUint8(0);
          case "i16":
            return v.getInt16(0, true);
          case "u16":
            return v.getUint16(0, true);
          case "i32":
            return v.getInt32(0, true);
          case "u32":
            return v.getUint32(0, true);
          case "f32":
            return v.getFloat32(0, true);
          case "f64":
            return v.getFloat64(0, true);
          case "i64":
            return Number(v.getBigInt64(0, true));
          case "u64":
            return Number(v.getBigUint64(0, true));
        }
      }
      bytesAt(pos, len, what) {
        this.check(pos, len, what);
        this.spend(len);
        const v = this.src.view(pos, len);
        return new Uint8Array(v.buffer, v.byteOffset, len);
      }
      tableAt(ref2, what) {
        const pos = ref2 + this.scalarAt(ref2, "u32", `offset to ${what}`);
        this.check(pos, 4, what);
        const vtable = pos - this.scalarAt(pos, "i32", `${what}'s vtable offset`);
        this.check(vtable, 4, `${what}'s vtable`);
        const vtSize = this.scalarAt(vtable, "u16", `${what}'s vtable`);
        const size = this.scalarAt(vtable + 2, "u16", `${what}'s vtable`);
        if (vtSize < 4 || vtSize % 2 !== 0)
          throw new FlatBufferError(`${what} at byte ${pos} has a malformed vtable (size ${vtSize})`);
        if (size < 4)
          throw new FlatBufferError(`${what} at byte ${pos} declares a table of ${size} bytes`);
        this.check(vtable, vtSize, `${what}'s vtable`);
        this.check(pos, size, what);
        return { pos, vtable, fields: (vtSize - 4) / 2, size };
      }
      field(t, id2, bytes, what) {
        if (id2 >= t.fields)
          return 0;
        const off = this.scalarAt(t.vtable + 4 + 2 * id2, "u16", what);
        if (off === 0)
          return 0;
        if (off < 4 || off + bytes > t.size)
          throw new FlatBufferError(`${what}: field offset ${off} lies outside its table (${t.size} bytes)`);
        return t.pos + off;
      }
      scalar(t, id2, kind, def, what) {
        const p = this.field(t, id2, SCALAR_BYTES[kind], what);
        return p === 0 ? def : this.scalarAt(p, kind, what);
      }
      table(t, id2, what) {
        const p = this.field(t, id2, 4, what);
        return p === 0 ? void 0 : this.tableAt(p, what);
      }
      vector(t, id2, elemBytes, what, max = Infinity) {
        const p = this.field(t, id2, 4, what);
        if (p === 0)
          return void 0;
        return this.vectorAt(p, elemBytes, what, max);
      }
      vectorAt(ref2, elemBytes, what, max = Infinity) {
        const pos = ref2 + this.scalarAt(ref2, "u32", `offset to ${what}`);
        const length = this.scalarAt(pos, "u32", `${what}'s length`);
        if (length * elemBytes > this.limit - pos - 4) {
          throw new FlatBufferError(`${what} at byte ${pos} declares ${length} elements, which run past the end of the file`);
        }
        if (length > max)
          throw new FlatBufferError(`${what} has ${length} elements (more than the ${max} a model can have)`);
        return { start: pos + 4, length };
      }
      numbers(t, id2, kind, what, max) {
        const v = this.vector(t, id2, SCALAR_BYTES[kind], what, max);
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
      string(t, id2, what, maxBytes = 4096) {
        const p = this.field(t, id2, 4, what);
        if (p === 0)
          return "";
        const v = this.vectorAt(p, 1, what);
        const take = Math.min(v.length, maxBytes);
        const text = new TextDecoder("utf-8", { fatal: false }).decode(this.bytesAt(v.start, take, what));
        return take < v.length ? `${text}\u2026` : text;
      }
    };
  }
});

// build/src/formats/tflite/to-ir.js
function bitsOf(t) {
  return t.dtype ? bytesFor(t.dtype, 8) : 8;
}
function quantizationLabel(t) {
  const q2 = t.quantization;
  if (!q2 || !t.dtype || dtypeKind(t.dtype) === "float")
    return void 0;
  if (q2.custom)
    return "custom quantization";
  return q2.scales > 1 ? `per-channel, axis ${q2.axis}` : "per-tensor";
}
function storedShape(t) {
  if (t.shape.length === 0 && !t.hasRank && !t.buffer && (t.signature === void 0 || t.signature.length === 0)) {
    return void 0;
  }
  return [...t.shape];
}
function uniqueNames(raw, fallback) {
  const seen = new Set(raw.filter((n) => n !== ""));
  const used = /* @__PURE__ */ new Set();
  return raw.map((n, i) => {
    let name = n || `${fallback}_${i}`;
    if (used.has(name) || n === "" && seen.has(name)) {
      let k = 1;
      while (used.has(`${name}#${k}`) || seen.has(`${name}#${k}`))
        k++;
      name = `${name}#${k}`;
    }
    used.add(name);
    return name;
  });
}
function nodesRun(graph, memo = /* @__PURE__ */ new Map()) {
  const known2 = memo.get(graph);
  if (known2 !== void 0)
    return known2;
  let n = graph.nodes.length;
  for (const node of graph.nodes) {
    for (const a of node.attributes.values())
      if (a.type === "graph")
        n += nodesRun(a.value, memo);
  }
  memo.set(graph, n);
  return n;
}
function toIr(raw, fb) {
  const c = new Converter(raw, fb);
  const graph = c.graph(0);
  if (nodesRun(graph) > MAX_EXECUTED_NODES) {
    throw new FlatBufferError(`its operators and the subgraphs they call (WHILE/IF/CALL, shared ones once per caller) come to more than ${MAX_EXECUTED_NODES.toLocaleString("en-US")} nodes, the most model-budget profiles`);
  }
  const metadata = new Map(raw.metadata);
  return {
    format: "tflite",
    formatVersion: `schema ${raw.version}`,
    producer: raw.description,
    opsetImports: /* @__PURE__ */ new Map([[TFLITE_DOMAIN, 1], [TFLITE_CUSTOM_DOMAIN, 1]]),
    graph,
    functions: [],
    metadata,
    fileBytes: raw.fileBytes
  };
}
var TFLITE_DOMAIN, TFLITE_CUSTOM_DOMAIN, OUTPUT_TYPES_ATTR, MAX_INT_VALUES, SUBGRAPH_OPTIONS, Converter;
var init_to_ir = __esm({
  "build/src/formats/tflite/to-ir.js"() {
    "use strict";
    init_dtype();
    init_limits();
    init_flatbuffer();
    TFLITE_DOMAIN = "tflite";
    TFLITE_CUSTOM_DOMAIN = "tflite.custom";
    OUTPUT_TYPES_ATTR = "output_types";
    MAX_INT_VALUES = 256;
    SUBGRAPH_OPTIONS = {
      cond_subgraph_index: "cond",
      body_subgraph_index: "body",
      then_subgraph_index: "then_branch",
      else_subgraph_index: "else_branch",
      init_subgraph_index: "init",
      subgraph: "subgraph"
    };
    Converter = class {
      raw;
      fb;
      graphs = /* @__PURE__ */ new Map();
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
          throw new FlatBufferError(`subgraph ${index} calls itself (through subgraphs ${[...this.stack, index].join(" -> ")})`);
        }
        if (this.stack.length >= MAX_GRAPH_DEPTH) {
          throw new FlatBufferError(`subgraphs (WHILE/IF/CALL bodies) nest more than ${MAX_GRAPH_DEPTH} deep (at subgraph ${index})`);
        }
        const sg = this.raw.subgraphs[index];
        if (!sg)
          throw new FlatBufferError(`an operator refers to subgraph ${index}, but the model has ${this.raw.subgraphs.length}`);
        this.stack.push(index);
        const g = this.convert(sg);
        this.stack.pop();
        this.graphs.set(index, g);
        return g;
      }
      convert(sg) {
        const where = `subgraph ${sg.index}`;
        const names = uniqueNames(sg.tensors.map((t) => t.name), "tensor");
        const tensorAt = (i, what) => {
          const t = sg.tensors[i];
          if (!t)
            throw new FlatBufferError(`${what} refers to tensor ${i}, but ${where} has ${sg.tensors.length} tensors`);
          return t;
        };
        const inputSet = /* @__PURE__ */ new Set();
        const inputs = sg.inputs.map((i) => {
          inputSet.add(i);
          return this.valueInfo(tensorAt(i, `${where} input`), names[i], true);
        });
        const initializers = /* @__PURE__ */ new Map();
        const valueInfo = [];
        sg.tensors.forEach((t, i) => {
          if (t.buffer && !t.isVariable)
            initializers.set(names[i], this.initializer(t, names[i], `${where} tensor ${i}`));
          else if (t.isVariable && !inputSet.has(i)) {
            inputs.push(this.valueInfo(t, names[i], true));
          } else if (!inputSet.has(i))
            valueInfo.push(this.valueInfo(t, names[i], false));
        });
        const outputs = sg.outputs.map((i) => this.valueInfo(tensorAt(i, `${where} output`), names[i], false));
        const nodeNames = uniqueNames(sg.operators.map((op) => {
          const first = op.outputs[0];
          const n = first !== void 0 && first >= 0 ? sg.tensors[first]?.name ?? "" : "";
          return n.split(";")[0] ?? "";
        }), "op");
        const nodes = sg.operators.map((op, k) => this.node(op, nodeNames[k], sg, names, tensorAt, `${where} operator ${k}`));
        return { name: sg.name || (sg.index === 0 ? "main" : `subgraph_${sg.index}`), inputs, outputs, initializers, valueInfo, nodes };
      }
      node(op, name, sg, names, tensorAt, what) {
        const ref2 = (i) => {
          if (i === -1)
            return "";
          tensorAt(i, what);
          return names[i];
        };
        const attributes = /* @__PURE__ */ new Map();
        for (const [key, v] of op.options) {
          const sub2 = SUBGRAPH_OPTIONS[key];
          if (sub2 !== void 0 && typeof v === "number") {
            attributes.set(sub2, { type: "graph", value: this.graph(v) });
            continue;
          }
          if (typeof v === "string")
            attributes.set(key, { type: "string", value: v });
          else if (typeof v === "number")
            attributes.set(key, Number.isInteger(v) ? { type: "int", value: v } : { type: "float", value: v });
          else
            attributes.set(key, v.every(Number.isInteger) ? { type: "ints", value: v } : { type: "floats", value: v });
        }
        for (const k of ["beta", "alpha", "bias", "cell_clip", "proj_clip", "min", "max"]) {
          const a = attributes.get(k);
          if (a?.type === "int")
            attributes.set(k, { type: "float", value: a.value });
        }
        attributes.set(OUTPUT_TYPES_ATTR, {
          type: "type_protos",
          value: op.outputs.map((i) => i === -1 ? { name: "", dtype: void 0, shape: void 0, kind: "unknown" } : this.valueInfo(tensorAt(i, what), names[i], false))
        });
        attributes.set("version", { type: "int", value: op.code.version });
        void sg;
        return {
          name,
          opType: op.code.builtin ?? op.code.custom,
          domain: op.code.builtin ? TFLITE_DOMAIN : TFLITE_CUSTOM_DOMAIN,
          inputs: op.inputs.map(ref2),
          outputs: op.outputs.map(ref2),
          attributes
        };
      }
      valueInfo(t, name, isInput) {
        const shape = storedShape(t);
        const sig = t.signature && shape && t.signature.length === shape.length ? t.signature : void 0;
        const dims = shape?.map((stored2, i) => {
          const d = sig ? sig[i] : stored2;
          if (d >= 0)
            return d;
          if (d !== -1 || !sig)
            throw new FlatBufferError(`tensor '${name}' has negative dimension ${d}`);
          return isInput ? i === 0 ? "batch" : `${name}_${i}` : null;
        });
        return { name, dtype: t.dtype, shape: dims, kind: t.dtype ? "tensor" : "opaque" };
      }
      initializer(t, name, what) {
        const buf = t.buffer;
        if (!t.dtype)
          throw new FlatBufferError(`${what} ('${name}') is a ${t.typeName} tensor with stored data`);
        for (const d of t.shape)
          if (d < 0)
            throw new FlatBufferError(`${what} ('${name}') is a constant with negative dimension ${d}`);
        let elements = 1;
        for (const d of t.shape)
          elements *= d;
        if (!Number.isSafeInteger(elements))
          throw new FlatBufferError(`${what} ('${name}') has more than 2^53 elements`);
        const dense2 = bytesFor(t.dtype, elements);
        const sparse = t.sparsity !== void 0;
        if (!sparse && t.dtype !== "string" && buf.bytes !== dense2) {
          throw new FlatBufferError(`${what} ('${name}') has ${elements} ${t.dtype} elements (${dense2} bytes) but its buffer ${buf.index} holds ${buf.bytes} bytes`);
        }
        if (sparse && buf.bytes > dense2) {
          throw new FlatBufferError(`${what} ('${name}') is sparse but stores ${buf.bytes} bytes, more than its dense size (${dense2})`);
        }
        const tensor2 = {
          name,
          dtype: t.dtype,
          dims: [...t.shape],
          elements,
          byteSize: buf.bytes,
          storage: "embedded",
          storageKey: `buffer ${buf.index}`,
          ...sparse ? { storedElements: Math.floor(buf.bytes * 8 / Math.max(1, bitsOf(t))) } : {},
          ...quantizationLabel(t) ? { quantization: quantizationLabel(t) } : {},
          ...this.values(t) ?? {}
        };
        return tensor2;
      }
      values(t) {
        const buf = t.buffer;
        if (t.dtype !== "int32" && t.dtype !== "int64" || t.sparsity || buf.dataStart === void 0)
          return void 0;
        const width = t.dtype === "int32" ? 4 : 8;
        const n = buf.bytes / width;
        if (n > MAX_INT_VALUES)
          return void 0;
        const out = [];
        for (let i = 0; i < n; i++)
          out.push(this.fb.scalarAt(buf.dataStart + i * width, width === 4 ? "i32" : "i64", `values of '${t.name}'`));
        return { values: out };
      }
    };
  }
});

// build/src/formats/ir-builder.js
var ONNX_OPSET, IrGraphBuilder;
var init_ir_builder = __esm({
  "build/src/formats/ir-builder.js"() {
    "use strict";
    init_dtype();
    init_ir_attributes();
    init_to_ir();
    ONNX_OPSET = 17;
    IrGraphBuilder = class {
      names;
      nodes = [];
      initializers = /* @__PURE__ */ new Map();
      inputs = [];
      valueInfo = [];
      warnings = [];
      constructor(names = /* @__PURE__ */ new Set()) {
        this.names = names;
      }
      nextSuffix = /* @__PURE__ */ new Map();
      unique(name) {
        if (!this.names.has(name)) {
          this.names.add(name);
          return name;
        }
        let i = this.nextSuffix.get(name) ?? 1;
        let n;
        do
          n = `${name}_${i++}`;
        while (this.names.has(n));
        this.nextSuffix.set(name, i);
        this.names.add(n);
        return n;
      }
      initializer(name, dtype, dims, values, storageKey) {
        const elements = dims.reduce((a, b) => a * b, 1);
        this.initializers.set(name, { name, dtype, dims, elements, byteSize: bytesFor(dtype, elements), storage: "embedded", ...values ? { values } : {}, ...storageKey ? { storageKey } : {} });
      }
      ints(name, values) {
        const n = this.unique(name);
        this.initializer(n, "int64", [values.length], values);
        return n;
      }
      addNode(name, opType, domain, inputs, output, attrs) {
        const attributes = irAttributes(attrs);
        if (domain === TFLITE_DOMAIN)
          attributes.set(OUTPUT_TYPES_ATTR, { type: "type_protos", value: [output] });
        this.nodes.push({ name, opType, domain, inputs, outputs: [output.name], attributes });
      }
      model(name, outputs, info) {
        return {
          format: info.format,
          formatVersion: info.formatVersion,
          producer: info.producer,
          opsetImports: /* @__PURE__ */ new Map([["", ONNX_OPSET], [TFLITE_DOMAIN, 1], [info.domain, 1]]),
          graph: { name, inputs: this.inputs, outputs, initializers: this.initializers, valueInfo: this.valueInfo, nodes: this.nodes },
          functions: [],
          metadata: info.metadata,
          fileBytes: info.fileBytes
        };
      }
    };
  }
});

// build/src/graph/name-table.js
function nameTable(entries) {
  return Object.freeze(Object.assign(/* @__PURE__ */ Object.create(null), entries));
}
function ownEntry(record, key) {
  return Object.hasOwn(record, key) ? record[key] : void 0;
}
function setEntry(record, key, value) {
  if (key === "__proto__")
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else
    record[key] = value;
}
var init_name_table = __esm({
  "build/src/graph/name-table.js"() {
    "use strict";
  }
});

// build/src/formats/keras/to-ir.js
function num(cfg, key, def) {
  const v = cfg[key];
  if (v === void 0 || v === null) {
    if (def === void 0)
      throw new Unsupported(`config has no '${key}'`);
    return def;
  }
  if (typeof v !== "number" || !Number.isFinite(v))
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
  if ((v === void 0 || v === null) && def !== void 0)
    return new Array(n).fill(def);
  const list = typeof v === "number" ? new Array(n).fill(v) : v;
  if (!Array.isArray(list) || list.length !== n || !list.every((x) => typeof x === "number" && Number.isSafeInteger(x) && x >= 1 && x <= 1 << 30)) {
    throw new Unsupported(`'${key}' is not ${n} positive integer(s)`);
  }
  return list;
}
function padding(cfg) {
  const p = cfg["padding"] ?? "valid";
  if (p === "same" || p === "causal")
    return "SAME";
  if (p === "valid")
    return "VALID";
  throw new Unsupported(`padding ${JSON.stringify(p)} is not 'valid', 'same' or 'causal'`);
}
function channelsLast(cfg) {
  if (channelsFirst(cfg))
    throw new Unsupported('data_format "channels_first" is not costed for this layer');
}
function channelsFirst(cfg) {
  const f = cfg["data_format"];
  if (f === void 0 || f === null || f === "channels_last")
    return false;
  if (f === "channels_first")
    return true;
  throw new Unsupported(`data_format ${JSON.stringify(f)} is not channels_last or channels_first`);
}
function autoPad(pad3) {
  return pad3 === "SAME" ? "SAME_UPPER" : "VALID";
}
function useBias(cfg) {
  return cfg["use_bias"] !== false;
}
function activationName(v) {
  if (v === void 0 || v === null)
    return null;
  if (typeof v === "string")
    return v;
  if (isObject(v)) {
    if (typeof v["config"] === "string")
      return v["config"];
    if (isObject(v["config"]) && typeof v["config"]["name"] === "string")
      return v["config"]["name"];
    if (typeof v["class_name"] === "string")
      return v["class_name"];
  }
  throw new Unsupported("activation is neither a name nor a serialised function");
}
function need(t, rank3, what) {
  if (!t.shape)
    throw new Unsupported(`the shape of its input is unknown`);
  if (rank3 !== null && t.shape.length !== rank3)
    throw new Unsupported(`${what} needs a rank-${rank3} input, got rank ${t.shape.length}`);
  return t.shape;
}
function known(d, what) {
  if (typeof d !== "number")
    throw new Unsupported(`${what} is not known (${d === void 0 ? "missing" : `'${d}'`})`);
  return d;
}
function windowOut(d, k, s, dil, pad3, fresh) {
  if (typeof d !== "number")
    return fresh;
  if (pad3 === "SAME")
    return Math.ceil(d / s);
  const eff = (k - 1) * dil + 1;
  if (d < eff)
    throw new Unsupported(`a window of ${eff} does not fit an input of ${d}`);
  return Math.floor((d - eff) / s) + 1;
}
function shapeFromConfig(v, name, withBatch) {
  if (!Array.isArray(v) || v.length > 16)
    return void 0;
  const dims = withBatch ? v : [null, ...v];
  const out = [];
  for (let i = 0; i < dims.length; i++) {
    const d = dims[i];
    if (i === 0 && (d === null || d === void 0))
      out.push(1);
    else if (d === null)
      out.push(`${name}_dim${i}`);
    else if (typeof d === "number" && Number.isSafeInteger(d) && d >= 0 && d <= 2 ** 31)
      out.push(d);
    else
      return void 0;
  }
  return out;
}
function firstBuildShape(v, name) {
  if (Array.isArray(v) && v.length > 0 && (Array.isArray(v[0]) || isObject(v[0] ?? null)))
    return void 0;
  return shapeFromConfig(v, name, true);
}
function one(inputs) {
  const data = inputs.filter((t) => t.kwarg === void 0 || t.kwarg === "inputs");
  if (data.length !== 1)
    throw new Unsupported(`takes one input, called with ${data.length}`);
  return data[0];
}
function dense(c, inputs) {
  const x = one(inputs);
  const s = need(x, null, "Dense");
  const units = posInt(c.cfg, "units");
  const k = known(s[s.length - 1], "the input's last dim");
  const out = [...s.slice(0, -1), units];
  let y = c.b.node(`${c.name}/matmul`, "MatMul", [x.name, c.b.weight(`${c.name}/kernel`, [k, units])], out);
  if (useBias(c.cfg))
    y = c.b.node(`${c.name}/bias_add`, "Add", [y.name, c.b.weight(`${c.name}/bias`, [units])], out);
  return [c.activation(y, activationName(c.cfg["activation"]))];
}
function conv(rank3) {
  return (c, inputs) => {
    let x = one(inputs);
    const first = channelsFirst(c.cfg);
    const s = need(x, rank3 + 2, `Conv${rank3}D`);
    const filters = posInt(c.cfg, "filters");
    const groups = posInt(c.cfg, "groups", 1);
    const k = tuple(c.cfg, "kernel_size", rank3);
    const st = tuple(c.cfg, "strides", rank3, 1);
    const dil = tuple(c.cfg, "dilation_rate", rank3, 1);
    const pad3 = padding(c.cfg);
    const cin = known(s[first ? 1 : rank3 + 1], "input channels");
    if (cin % groups !== 0 || filters % groups !== 0)
      throw new Unsupported(`${cin} input channels or ${filters} filters do not split into ${groups} groups`);
    const spatial = s.slice(first ? 2 : 1, first ? rank3 + 2 : rank3 + 1).map((d, i) => windowOut(d, k[i], st[i], dil[i], pad3, `${c.name}_out${i}`));
    const out = first ? [s[0], filters, ...spatial] : [s[0], ...spatial, filters];
    const bias = useBias(c.cfg) ? [c.b.weight(`${c.name}/bias`, [filters])] : [];
    let y;
    if (first) {
      const w = c.b.weight(`${c.name}/kernel`, [filters, cin / groups, ...k]);
      y = c.b.node(c.name, "Conv", [x.name, w, ...bias], out, { kernel_shape: k, strides: st, dilations: dil, group: groups, auto_pad: autoPad(pad3) });
    } else if (rank3 === 3) {
      const w = c.b.weight(`${c.name}/kernel`, [...k, cin / groups, filters]);
      const attrs = { padding: pad3, stride_d: st[0], stride_h: st[1], stride_w: st[2], dilation_d_factor: dil[0], dilation_h_factor: dil[1], dilation_w_factor: dil[2] };
      y = c.b.node(c.name, "CONV_3D", [x.name, w, ...bias], out, attrs, TFLITE_DOMAIN);
    } else {
      const k2 = rank3 === 1 ? [1, k[0]] : k;
      const st2 = rank3 === 1 ? [1, st[0]] : st;
      const dil2 = rank3 === 1 ? [1, dil[0]] : dil;
      if (rank3 === 1)
        x = c.reshape(x, [s[0], 1, s[1], s[2]], "as_2d");
      const w = c.b.weight(`${c.name}/kernel`, [filters, k2[0], k2[1], cin / groups]);
      const attrs = { padding: pad3, stride_h: st2[0], stride_w: st2[1], dilation_h_factor: dil2[0], dilation_w_factor: dil2[1] };
      const out2 = rank3 === 1 ? [s[0], 1, spatial[0], filters] : out;
      y = c.b.node(c.name, "CONV_2D", [x.name, w, ...bias], out2, attrs, TFLITE_DOMAIN);
      if (rank3 === 1)
        y = c.reshape(y, out, "as_1d");
    }
    return [c.activation(y, activationName(c.cfg["activation"]))];
  };
}
function depthwiseNode(c, x, withBias) {
  channelsLast(c.cfg);
  const s = need(x, 4, "DepthwiseConv2D");
  const k = tuple(c.cfg, "kernel_size", 2);
  const st = tuple(c.cfg, "strides", 2, 1);
  const dil = tuple(c.cfg, "dilation_rate", 2, 1);
  const mult = posInt(c.cfg, "depth_multiplier", 1);
  const pad3 = padding(c.cfg);
  const cout = known(s[3], "input channels") * mult;
  const out = [s[0], windowOut(s[1], k[0], st[0], dil[0], pad3, `${c.name}_out0`), windowOut(s[2], k[1], st[1], dil[1], pad3, `${c.name}_out1`), cout];
  const bias = withBias ? [c.b.weight(`${c.name}/bias`, [cout])] : [];
  const attrs = { padding: pad3, stride_h: st[0], stride_w: st[1], dilation_h_factor: dil[0], dilation_w_factor: dil[1], depth_multiplier: mult };
  return c.b.node(`${c.name}/depthwise`, "DEPTHWISE_CONV_2D", [x.name, c.b.weight(`${c.name}/depthwise_kernel`, [1, k[0], k[1], cout]), ...bias], out, attrs, TFLITE_DOMAIN);
}
function convTranspose(rank3) {
  return (c, inputs) => {
    const first = channelsFirst(c.cfg);
    let x = one(inputs);
    const s = need(x, rank3 + 2, `Conv${rank3}DTranspose`);
    const filters = posInt(c.cfg, "filters");
    const k = tuple(c.cfg, "kernel_size", rank3);
    const st = tuple(c.cfg, "strides", rank3, 1);
    const dil = tuple(c.cfg, "dilation_rate", rank3, 1);
    if (dil.some((d) => d !== 1))
      throw new Unsupported("dilated transpose convolutions are not costed");
    if (c.cfg["output_padding"] !== void 0 && c.cfg["output_padding"] !== null)
      throw new Unsupported("output_padding is not costed");
    const pad3 = padding(c.cfg);
    const cin = known(s[first ? 1 : rank3 + 1], "input channels");
    const spatial = (first ? s.slice(2) : s.slice(1, rank3 + 1)).map((d, i) => {
      const n = known(d, "input spatial dims");
      return pad3 === "SAME" ? n * st[i] : n * st[i] + Math.max(k[i] - st[i], 0);
    });
    const batch = known(s[0], "batch");
    const bias = useBias(c.cfg) ? [c.b.weight(`${c.name}/bias`, [filters])] : [];
    let y;
    if (first) {
      const w = c.b.weight(`${c.name}/kernel`, [cin, filters, ...k]);
      const outPad = k.map((ki, i) => pad3 === "VALID" ? Math.max(st[i] - ki, 0) : 0);
      y = c.b.node(c.name, "ConvTranspose", [x.name, w, ...bias], [batch, filters, ...spatial], { kernel_shape: k, strides: st, auto_pad: autoPad(pad3), output_padding: outPad });
    } else if (rank3 === 3) {
      const out = [batch, ...spatial, filters];
      const w = c.b.weight(`${c.name}/kernel`, [...k, filters, cin]);
      y = c.b.node(c.name, "CONV_3D_TRANSPOSE", [c.b.ints(`${c.name}/output_shape`, out), w, x.name, ...bias], out, { padding: pad3, stride_d: st[0], stride_h: st[1], stride_w: st[2] }, TFLITE_DOMAIN);
    } else {
      const [k2, st2, hw] = rank3 === 1 ? [[1, k[0]], [1, st[0]], [1, spatial[0]]] : [k, st, spatial];
      if (rank3 === 1)
        x = c.reshape(x, [s[0], 1, s[1], s[2]], "as_2d");
      const out2 = [batch, hw[0], hw[1], filters];
      y = c.b.node(c.name, "TRANSPOSE_CONV", [c.b.ints(`${c.name}/output_shape`, out2), c.b.weight(`${c.name}/kernel`, [filters, k2[0], k2[1], cin]), x.name, ...bias], out2, { padding: pad3, stride_h: st2[0], stride_w: st2[1] }, TFLITE_DOMAIN);
      if (rank3 === 1)
        y = c.reshape(y, [batch, spatial[0], filters], "as_1d");
    }
    return [c.activation(y, activationName(c.cfg["activation"]))];
  };
}
function pool(rank3, opType) {
  return (c, inputs) => {
    let x = one(inputs);
    const s = need(x, rank3 + 2, "pooling");
    const k = tuple(c.cfg, "pool_size", rank3, 2);
    const stRaw = c.cfg["strides"];
    const st = stRaw === void 0 || stRaw === null ? k : tuple(c.cfg, "strides", rank3);
    const pad3 = padding(c.cfg);
    if (channelsFirst(c.cfg)) {
      const out3 = [s[0], s[1], ...s.slice(2).map((d, i) => windowOut(d, k[i], st[i], 1, pad3, `${c.name}_out${i}`))];
      return [c.b.node(c.name, opType === "MAX_POOL_2D" ? "MaxPool" : "AveragePool", [x.name], out3, { kernel_shape: k, strides: st, auto_pad: autoPad(pad3) })];
    }
    const spatial = s.slice(1, rank3 + 1).map((d, i) => windowOut(d, k[i], st[i], 1, pad3, `${c.name}_out${i}`));
    const out = [s[0], ...spatial, s[rank3 + 1]];
    const [k2, st2] = rank3 === 1 ? [[1, k[0]], [1, st[0]]] : [k, st];
    if (rank3 === 1)
      x = c.reshape(x, [s[0], 1, s[1], s[2]], "as_2d");
    const out2 = rank3 === 1 ? [s[0], 1, spatial[0], s[2]] : out;
    let y = c.b.node(c.name, opType, [x.name], out2, { padding: pad3, filter_height: k2[0], filter_width: k2[1], stride_h: st2[0], stride_w: st2[1] }, TFLITE_DOMAIN);
    if (rank3 === 1)
      y = c.reshape(y, out, "as_1d");
    return [y];
  };
}
function globalPool(opType) {
  return (c, inputs) => {
    const first = channelsFirst(c.cfg);
    const x = one(inputs);
    const s = need(x, null, "global pooling");
    if (s.length < 3)
      throw new Unsupported(`global pooling needs rank 3 or more, got ${s.length}`);
    const axes = s.slice(2).map((_, i) => i + (first ? 2 : 1));
    const keep = c.cfg["keepdims"] === true;
    const out = keep ? s.map((d, i) => axes.includes(i) ? 1 : d) : [s[0], s[first ? 1 : s.length - 1]];
    return [c.b.node(c.name, opType, [x.name], out, { axes, keepdims: keep ? 1 : 0 })];
  };
}
function axisOf(cfg, rank3, def) {
  let a = cfg["axis"] ?? def;
  if (Array.isArray(a)) {
    if (a.length !== 1)
      throw new Unsupported("normalisation over several axes is not costed");
    a = a[0];
  }
  if (typeof a !== "number" || !Number.isInteger(a) || a < -rank3 || a >= rank3)
    throw new Unsupported(`axis ${JSON.stringify(a)} is not an axis of a rank-${rank3} input`);
  return a < 0 ? a + rank3 : a;
}
function merge(opType) {
  return (c, inputs) => {
    if (inputs.length < 2)
      throw new Unsupported(`merges ${inputs.length} input(s)`);
    const s = need(inputs[0], null, "merge");
    if (opType === "Mean")
      return [c.b.node(c.name, "Mean", inputs.map((t) => t.name), s)];
    let y = inputs[0];
    for (let i = 1; i < inputs.length; i++)
      y = c.b.node(inputs.length > 2 ? `${c.name}/${i}` : c.name, opType, [y.name, inputs[i].name], s);
    return [y];
  };
}
function zeroPadding(rank3) {
  return (c, inputs) => {
    const x = one(inputs);
    const s = need(x, rank3 + 2, "ZeroPadding");
    const p = c.cfg["padding"];
    let pairs;
    if (typeof p === "number")
      pairs = new Array(rank3).fill([p, p]);
    else if (Array.isArray(p) && p.length === rank3)
      pairs = p.map((q2) => typeof q2 === "number" ? [q2, q2] : Array.isArray(q2) && q2.length === 2 && q2.every((v) => typeof v === "number") ? q2 : [-1, -1]);
    else
      throw new Unsupported("padding is not a number or a list per axis");
    if (pairs.some((q2) => q2.some((v) => !Number.isSafeInteger(v) || v < 0)))
      throw new Unsupported("padding is not non-negative integers");
    const out = s.map((d, i) => i >= 1 && i <= rank3 ? typeof d === "number" ? d + pairs[i - 1][0] + pairs[i - 1][1] : `${c.name}_out${i}` : d);
    const begins = s.map((_, i) => i >= 1 && i <= rank3 ? pairs[i - 1][0] : 0);
    const ends = s.map((_, i) => i >= 1 && i <= rank3 ? pairs[i - 1][1] : 0);
    return [c.b.node(c.name, "Pad", [x.name, c.b.ints(`${c.name}/pads`, [...begins, ...ends])], out)];
  };
}
function recurrent(opType, gates) {
  return (c, x, cfg, dirs, mergeMode) => {
    const s = need(x, 3, opType);
    const units = posInt(cfg, "units");
    const input = known(s[2], "input features");
    const act = activationName(cfg["activation"] ?? "tanh");
    if (act !== "tanh" && !(opType === "RNN" && act !== null))
      throw new Unsupported(`activation ${JSON.stringify(act)} is not costed for ${opType}`);
    const ins = [x.name, c.b.weight(`${c.name}/kernel`, [dirs, gates * units, input]), c.b.weight(`${c.name}/recurrent_kernel`, [dirs, gates * units, units])];
    if (useBias(cfg))
      ins.push(c.b.weight(`${c.name}/bias`, [dirs, 2 * gates * units]));
    const seq = cfg["return_sequences"] === true;
    const attrs = { layout: 1, hidden_size: units, direction: dirs === 2 ? "bidirectional" : cfg["go_backwards"] === true ? "reverse" : "forward", ...opType === "GRU" ? { linear_before_reset: cfg["reset_after"] === false ? 0 : 1 } : {} };
    const y = c.b.node(c.name, opType, ins, [s[0], s[1], dirs, units], attrs);
    const width = mergeMode === "concat" ? dirs * units : units;
    if (dirs === 2 && mergeMode !== "concat") {
      if (mergeMode !== "sum" && mergeMode !== "ave" && mergeMode !== "mul")
        throw new Unsupported(`merge_mode ${JSON.stringify(mergeMode)} is not costed`);
      const op = mergeMode === "mul" ? "ReduceProd" : mergeMode === "ave" ? "ReduceMean" : "ReduceSum";
      const merged = c.b.node(`${c.name}/merge`, op, [y.name], [s[0], s[1], units], { axes: [2], keepdims: 0 });
      if (seq)
        return merged;
      return c.b.node(`${c.name}/last`, "Gather", [merged.name, c.b.ints(`${c.name}/last_step`, [-1])], [s[0], units], { axis: 1 });
    }
    if (seq)
      return c.reshape(y, [s[0], s[1], width], "sequence");
    const last = c.b.node(`${c.name}/last`, "Gather", [y.name, c.b.ints(`${c.name}/last_step`, [-1])], [s[0], 1, dirs, units], { axis: 1 });
    return c.reshape(last, [s[0], width], "state");
  };
}
function cropping(rank3) {
  return (c, inputs) => {
    channelsLast(c.cfg);
    const x = one(inputs);
    const s = need(x, rank3 + 2, "Cropping");
    const v = c.cfg["cropping"];
    const pairs = typeof v === "number" ? new Array(rank3).fill([v, v]) : Array.isArray(v) && rank3 === 1 && v.length === 2 && v.every((q2) => typeof q2 === "number") ? [v] : Array.isArray(v) && v.length === rank3 ? v.map((q2) => typeof q2 === "number" ? [q2, q2] : q2) : [];
    if (pairs.length !== rank3 || !pairs.every((q2) => Array.isArray(q2) && q2.length === 2 && q2.every((n) => typeof n === "number" && Number.isSafeInteger(n) && n >= 0))) {
      throw new Unsupported("cropping is not a number or a pair per axis");
    }
    const crops = pairs;
    const axes = crops.map((_, i) => i + 1);
    const dims = axes.map((a, i) => known(s[a], "cropped dim") - crops[i][0] - crops[i][1]);
    if (dims.some((d) => d < 1))
      throw new Unsupported("crops away the whole input");
    const out = s.map((d, i) => i >= 1 && i <= rank3 ? dims[i - 1] : d);
    const starts = c.b.ints(`${c.name}/starts`, crops.map((q2) => q2[0]));
    const ends = c.b.ints(`${c.name}/ends`, axes.map((a, i) => known(s[a], "cropped dim") - crops[i][1]));
    return [c.b.node(c.name, "Slice", [x.name, starts, ends, c.b.ints(`${c.name}/axes`, axes)], out)];
  };
}
function inputTensor(b, layer) {
  const cfg = layer.config;
  const shape = shapeFromConfig(cfg["batch_shape"] ?? cfg["batch_input_shape"], layer.name, true) ?? shapeFromConfig(cfg["shape"] ?? cfg["input_shape"], layer.name, false);
  const dtype = cfg["dtype"] === "int32" || cfg["dtype"] === "int64" ? cfg["dtype"] : "float32";
  const name = b.unique(layer.name);
  b.inputs.push({ name, dtype, shape, kind: "tensor" });
  return { name, shape, dtype };
}
function kerasToIr(m, info) {
  const b = new Builder(info.layerDtypes ?? /* @__PURE__ */ new Map());
  const mb = new ModelBuilder(b);
  const outputs = mb.model(m, null, "");
  return {
    model: b.model(m.name, outputs.map((t) => ({ name: t.name, dtype: t.dtype, shape: t.shape, kind: "tensor" })), { ...info, format: "keras", domain: KERAS_DOMAIN }),
    unknownLayers: mb.unknownLayers,
    warnings: b.warnings
  };
}
var KERAS_DOMAIN, Unsupported, Builder, ACTIVATIONS, LayerContext, depthwise, separable, batchNorm, layerNorm, embedding, concatenate, activationLayer, reluLayer, identity, flatten, reshapeLayer, permute, rescaling, normalization, upSampling2d, RNN_KINDS, rnnLayer, bidirectional, multiHeadAttention, attention, repeatVector, timeDistributed, LAYERS, ModelBuilder, KerasGraphError;
var init_to_ir2 = __esm({
  "build/src/formats/keras/to-ir.js"() {
    "use strict";
    init_topo();
    init_ir_builder();
    init_to_ir();
    init_config();
    init_name_table();
    KERAS_DOMAIN = "keras";
    Unsupported = class extends Error {
    };
    Builder = class extends IrGraphBuilder {
      layerDtypes;
      constructor(layerDtypes2) {
        super();
        this.layerDtypes = layerDtypes2;
      }
      weight(name, dims) {
        const n = this.unique(name);
        const dtype = this.layerDtypes.get(name.slice(0, Math.max(0, name.lastIndexOf("/"))).replace(/\//g, ".")) ?? "float32";
        const elements = dims.reduce((a, b) => a * b, 1);
        if (!Number.isSafeInteger(elements))
          throw new Unsupported(`weight ${dims.join("x")} has more elements than can be counted exactly`);
        this.initializer(n, dtype, dims);
        return n;
      }
      node(name, opType, inputs, shape, attrs = {}, domain = "", dtype = "float32") {
        const out = this.unique(`${name}:out`);
        this.addNode(this.unique(name), opType, domain, inputs, { name: out, dtype, shape, kind: "tensor" }, attrs);
        if (shape)
          this.valueInfo.push({ name: out, dtype, shape, kind: "tensor" });
        return { name: out, shape, dtype };
      }
      hint(t, shape) {
        this.valueInfo.push({ name: t.name, dtype: t.dtype, shape, kind: "tensor" });
        return { ...t, shape };
      }
    };
    ACTIVATIONS = nameTable({
      relu: "Relu",
      sigmoid: "Sigmoid",
      tanh: "Tanh",
      elu: "Elu",
      selu: "Selu",
      softplus: "Softplus",
      softsign: "Softsign",
      gelu: "Gelu",
      hard_sigmoid: "HardSigmoid",
      hard_swish: "HardSwish",
      hard_silu: "HardSwish",
      exponential: "Exp",
      mish: "Mish",
      leaky_relu: "LeakyRelu",
      softmax: "Softmax",
      log_softmax: "LogSoftmax"
    });
    LayerContext = class {
      b;
      name;
      cfg;
      constructor(b, name, cfg) {
        this.b = b;
        this.name = name;
        this.cfg = cfg;
      }
      activation(x, act) {
        if (act === null || act === "linear")
          return x;
        const shape = x.shape;
        if (act === "swish" || act === "silu") {
          const s = this.b.node(`${this.name}/sigmoid`, "Sigmoid", [x.name], shape);
          return this.b.node(`${this.name}/swish`, "Mul", [x.name, s.name], shape);
        }
        if (act === "relu6") {
          return this.b.node(`${this.name}/relu6`, "Clip", [x.name, this.scalar("min", 0), this.scalar("max", 6)], shape);
        }
        const op = ACTIVATIONS[act];
        if (!op)
          throw new Unsupported(`activation ${JSON.stringify(act)} is not one this tool costs`);
        return this.b.node(`${this.name}/${act}`, op, [x.name], shape, op === "Softmax" || op === "LogSoftmax" ? { axis: -1 } : {});
      }
      scalar(what, _value) {
        return this.b.weight(`${this.name}/${what}`, []);
      }
      reshape(x, shape, what) {
        const target = shape.map((d, i) => typeof d === "number" ? d : i === 0 ? 0 : -1);
        if (target.filter((d) => d === -1).length > 1)
          throw new Unsupported("more than one unknown dim to reshape");
        return this.b.node(`${this.name}/${what}`, "Reshape", [x.name, this.b.ints(`${this.name}/${what}_shape`, target)], shape);
      }
    };
    depthwise = (c, inputs) => [c.activation(depthwiseNode(c, one(inputs), useBias(c.cfg)), activationName(c.cfg["activation"]))];
    separable = (c, inputs) => {
      const d = depthwiseNode(c, one(inputs), false);
      const s = d.shape;
      const filters = posInt(c.cfg, "filters");
      const cin = known(s[3], "depthwise channels");
      const bias = useBias(c.cfg) ? [c.b.weight(`${c.name}/bias`, [filters])] : [];
      const out = [s[0], s[1], s[2], filters];
      const y = c.b.node(`${c.name}/pointwise`, "CONV_2D", [d.name, c.b.weight(`${c.name}/pointwise_kernel`, [filters, 1, 1, cin]), ...bias], out, { padding: "VALID" }, TFLITE_DOMAIN);
      return [c.activation(y, activationName(c.cfg["activation"]))];
    };
    batchNorm = (c, inputs) => {
      const x = one(inputs);
      const s = need(x, null, "BatchNormalization");
      const ch = known(s[axisOf(c.cfg, s.length, -1)], "the normalised axis");
      const w = (n) => c.b.weight(`${c.name}/${n}`, [ch]);
      return [c.b.node(c.name, "BatchNormalization", [x.name, w("gamma"), w("beta"), w("moving_mean"), w("moving_variance")], s, { epsilon: { float: num(c.cfg, "epsilon", 1e-3) } })];
    };
    layerNorm = (c, inputs) => {
      const x = one(inputs);
      const s = need(x, null, "LayerNormalization");
      const axis = axisOf(c.cfg, s.length, -1);
      if (axis !== s.length - 1)
        throw new Unsupported("LayerNormalization over an axis other than the last is not costed");
      const ch = known(s[axis], "the normalised axis");
      const ins = [x.name, c.b.weight(`${c.name}/gamma`, [ch])];
      if (c.cfg["center"] !== false)
        ins.push(c.b.weight(`${c.name}/beta`, [ch]));
      return [c.b.node(c.name, "LayerNormalization", ins, s, { axis: -1, epsilon: { float: num(c.cfg, "epsilon", 1e-3) } })];
    };
    embedding = (c, inputs) => {
      const x = one(inputs);
      const s = need(x, null, "Embedding");
      const vocab = posInt(c.cfg, "input_dim");
      const dim = posInt(c.cfg, "output_dim");
      return [c.b.node(c.name, "Gather", [c.b.weight(`${c.name}/embeddings`, [vocab, dim]), x.name], [...s, dim])];
    };
    concatenate = (c, inputs) => {
      if (inputs.length < 1)
        throw new Unsupported("concatenates nothing");
      const shapes = inputs.map((t) => need(t, null, "Concatenate"));
      const rank3 = shapes[0].length;
      const axis = axisOf(c.cfg, rank3, -1);
      let total = 0;
      for (const s of shapes)
        total = typeof total === "number" && typeof s[axis] === "number" ? total + s[axis] : `${c.name}_axis`;
      const out = shapes[0].map((d, i) => i === axis ? total : d);
      return [c.b.node(c.name, "Concat", inputs.map((t) => t.name), out, { axis })];
    };
    activationLayer = (act) => (c, inputs) => [c.activation(one(inputs), act(c.cfg))];
    reluLayer = (c, inputs) => {
      const x = one(inputs);
      const max = c.cfg["max_value"];
      const slope = typeof c.cfg["negative_slope"] === "number" ? c.cfg["negative_slope"] : 0;
      if (typeof max === "number")
        return [c.b.node(c.name, "Clip", [x.name, c.scalar("min", 0), c.scalar("max", max)], x.shape)];
      if (slope !== 0)
        return [c.b.node(c.name, "LeakyRelu", [x.name], x.shape, { alpha: { float: slope } })];
      return [c.b.node(c.name, "Relu", [x.name], x.shape)];
    };
    identity = (_c, inputs) => [one(inputs)];
    flatten = (c, inputs) => {
      const x = one(inputs);
      const s = need(x, null, "Flatten");
      const rest = s.slice(1);
      const n = rest.every((d) => typeof d === "number") ? rest.reduce((a, b) => a * b, 1) : `${c.name}_features`;
      return [c.b.node(c.name, "Flatten", [x.name], [s[0], n], { axis: 1 })];
    };
    reshapeLayer = (c, inputs) => {
      const x = one(inputs);
      const s = need(x, null, "Reshape");
      const t = c.cfg["target_shape"];
      if (!Array.isArray(t) || t.length > 16 || !t.every((d) => typeof d === "number" && Number.isSafeInteger(d) && d >= -1))
        throw new Unsupported("target_shape is not a list of integers");
      const target = t;
      const total = s.slice(1).every((d) => typeof d === "number") ? s.slice(1).reduce((a, b) => a * b, 1) : void 0;
      const knownPart = target.filter((d) => d !== -1).reduce((a, b) => a * b, 1);
      const dims = target.map((d, i) => d !== -1 ? d : total !== void 0 && knownPart > 0 ? total / knownPart : `${c.name}_dim${i}`);
      return [c.b.node(c.name, "Reshape", [x.name, c.b.ints(`${c.name}/shape`, [0, ...target])], [s[0], ...dims])];
    };
    permute = (c, inputs) => {
      const x = one(inputs);
      const s = need(x, null, "Permute");
      const dims = c.cfg["dims"];
      if (!Array.isArray(dims) || dims.length !== s.length - 1 || !dims.every((d) => typeof d === "number" && Number.isInteger(d) && d >= 1 && d < s.length)) {
        throw new Unsupported("dims is not a permutation of the non-batch axes");
      }
      const perm = [0, ...dims];
      return [c.b.node(c.name, "Transpose", [x.name], perm.map((p) => s[p]), { perm })];
    };
    rescaling = (c, inputs) => {
      const x = one(inputs);
      let y = c.b.node(`${c.name}/scale`, "Mul", [x.name, c.b.weight(`${c.name}/scale`, [])], x.shape);
      const offset = c.cfg["offset"];
      if (typeof offset !== "number" || offset !== 0)
        y = c.b.node(`${c.name}/offset`, "Add", [y.name, c.b.weight(`${c.name}/offset`, [])], x.shape);
      return [y];
    };
    normalization = (c, inputs) => {
      const x = one(inputs);
      const s = need(x, null, "Normalization");
      const ch = known(s[axisOf(c.cfg, s.length, -1)], "the normalised axis");
      const centred = c.b.node(`${c.name}/centre`, "Sub", [x.name, c.b.weight(`${c.name}/mean`, [ch])], s);
      return [c.b.node(`${c.name}/scale`, "Div", [centred.name, c.b.weight(`${c.name}/stddev`, [ch])], s)];
    };
    upSampling2d = (c, inputs) => {
      channelsLast(c.cfg);
      const x = one(inputs);
      const s = need(x, 4, "UpSampling2D");
      const size = tuple(c.cfg, "size", 2, 2);
      const hw = [known(s[1], "height") * size[0], known(s[2], "width") * size[1]];
      const op = c.cfg["interpolation"] === "bilinear" ? "RESIZE_BILINEAR" : c.cfg["interpolation"] === void 0 || c.cfg["interpolation"] === "nearest" ? "RESIZE_NEAREST_NEIGHBOR" : void 0;
      if (!op)
        throw new Unsupported(`interpolation ${JSON.stringify(c.cfg["interpolation"])} is not costed`);
      return [c.b.node(c.name, op, [x.name, c.b.ints(`${c.name}/size`, hw)], [s[0], hw[0], hw[1], s[3]], {}, "tflite")];
    };
    RNN_KINDS = nameTable({
      LSTM: [recurrent("LSTM", 4), "LSTM"],
      GRU: [recurrent("GRU", 3), "GRU"],
      SimpleRNN: [recurrent("RNN", 1), "SimpleRNN"]
    });
    rnnLayer = (kind) => (c, inputs) => [RNN_KINDS[kind][0](c, one(inputs), c.cfg, 1, "concat")];
    bidirectional = (c, inputs) => {
      const inner = c.cfg["layer"];
      if (!isObject(inner) || typeof inner["class_name"] !== "string" || !isObject(inner["config"]))
        throw new Unsupported("has no wrapped layer");
      const kind = RNN_KINDS[inner["class_name"]];
      if (!kind)
        throw new Unsupported(`wraps a ${inner["class_name"]}, not an LSTM, GRU or SimpleRNN`);
      const mode = c.cfg["merge_mode"] ?? "concat";
      if (typeof mode !== "string")
        throw new Unsupported("merge_mode is not a name");
      return [kind[0](c, one(inputs), inner["config"], 2, mode)];
    };
    multiHeadAttention = (c, inputs) => {
      const named = (n) => inputs.find((t) => t.kwarg === n);
      const positional = inputs.filter((t) => t.kwarg === void 0);
      const q2 = named("query") ?? positional[0], v = named("value") ?? positional[1];
      const k = named("key") ?? positional[2] ?? v;
      if (!q2 || !v || positional.length > 3)
        throw new Unsupported(`needs query and value (and key), got ${inputs.length} inputs`);
      const qs = need(q2, 3, "MultiHeadAttention query"), vs = need(v, 3, "MultiHeadAttention value"), ks = need(k, 3, "MultiHeadAttention key");
      const heads = posInt(c.cfg, "num_heads");
      const keyDim = posInt(c.cfg, "key_dim");
      const valueDim = posInt(c.cfg, "value_dim", keyDim);
      const bias = useBias(c.cfg);
      const [B, T2, S] = [qs[0], qs[1], vs[1]];
      const outDim = c.cfg["output_shape"] === void 0 || c.cfg["output_shape"] === null ? known(qs[2], "query width") : posInt({ o: Array.isArray(c.cfg["output_shape"]) ? c.cfg["output_shape"][0] ?? null : c.cfg["output_shape"] }, "o");
      const project = (x, xs, what, width) => {
        const inW = known(xs[2], `${what} width`);
        let y2 = c.b.node(`${c.name}/${what}`, "MatMul", [x.name, c.b.weight(`${c.name}/${what}/kernel`, [inW, heads * width])], [xs[0], xs[1], heads * width]);
        if (bias)
          y2 = c.b.node(`${c.name}/${what}_bias`, "Add", [y2.name, c.b.weight(`${c.name}/${what}/bias`, [heads * width])], y2.shape);
        const split2 = c.reshape(y2, [xs[0], xs[1], heads, width], `${what}_heads`);
        return c.b.node(`${c.name}/${what}_t`, "Transpose", [split2.name], [xs[0], heads, xs[1], width], { perm: [0, 2, 1, 3] });
      };
      const qh = project(q2, qs, "query", keyDim);
      const kh = project(k, ks, "key", keyDim);
      const vh = project(v, vs, "value", valueDim);
      const kt = c.b.node(`${c.name}/key_tt`, "Transpose", [kh.name], [B, heads, keyDim, S], { perm: [0, 1, 3, 2] });
      const scores = c.b.node(`${c.name}/scores`, "MatMul", [qh.name, kt.name], [B, heads, T2, S]);
      const scaled3 = c.b.node(`${c.name}/scale`, "Mul", [scores.name, c.b.weight(`${c.name}/scale`, [])], [B, heads, T2, S]);
      const probs = c.b.node(`${c.name}/softmax`, "Softmax", [scaled3.name], [B, heads, T2, S], { axis: -1 });
      const ctxh = c.b.node(`${c.name}/context`, "MatMul", [probs.name, vh.name], [B, heads, T2, valueDim]);
      const merged = c.b.node(`${c.name}/context_t`, "Transpose", [ctxh.name], [B, T2, heads, valueDim], { perm: [0, 2, 1, 3] });
      const flat = c.reshape(merged, [B, T2, heads * valueDim], "context_merge");
      let y = c.b.node(`${c.name}/output`, "MatMul", [flat.name, c.b.weight(`${c.name}/attention_output/kernel`, [heads * valueDim, outDim])], [B, T2, outDim]);
      if (bias)
        y = c.b.node(`${c.name}/output_bias`, "Add", [y.name, c.b.weight(`${c.name}/attention_output/bias`, [outDim])], y.shape);
      return [y];
    };
    attention = (c, inputs) => {
      if (inputs.length < 2 || inputs.length > 3)
        throw new Unsupported(`needs [query, value(, key)], got ${inputs.length} inputs`);
      if (c.cfg["score_mode"] !== void 0 && c.cfg["score_mode"] !== "dot")
        throw new Unsupported(`score_mode ${JSON.stringify(c.cfg["score_mode"])} is not costed`);
      const q2 = inputs[0], v = inputs[1], k = inputs[2] ?? v;
      const qs = need(q2, 3, "Attention query"), vs = need(v, 3, "Attention value"), ks = need(k, 3, "Attention key");
      const kt = c.b.node(`${c.name}/key_t`, "Transpose", [k.name], [ks[0], ks[2], ks[1]], { perm: [0, 2, 1] });
      const scores = c.b.node(`${c.name}/scores`, "MatMul", [q2.name, kt.name], [qs[0], qs[1], ks[1]]);
      const probs = c.b.node(`${c.name}/softmax`, "Softmax", [scores.name], scores.shape, { axis: -1 });
      return [c.b.node(`${c.name}/context`, "MatMul", [probs.name, v.name], [qs[0], qs[1], vs[2]])];
    };
    repeatVector = (c, inputs) => {
      const x = one(inputs);
      const s = need(x, 2, "RepeatVector");
      const n = posInt(c.cfg, "n");
      const lifted = c.reshape(x, [s[0], 1, s[1]], "lift");
      return [c.b.node(c.name, "Tile", [lifted.name, c.b.ints(`${c.name}/repeats`, [1, n, 1])], [s[0], n, s[1]])];
    };
    timeDistributed = (c, inputs) => {
      const x = one(inputs);
      const s = need(x, null, "TimeDistributed");
      if (s.length < 3)
        throw new Unsupported(`needs [batch, time, ...], got rank ${s.length}`);
      const inner = c.cfg["layer"];
      if (!isObject(inner) || typeof inner["class_name"] !== "string" || !isObject(inner["config"]))
        throw new Unsupported("has no wrapped layer");
      const fn = LAYERS[inner["class_name"]];
      if (!fn || inner["class_name"] === "TimeDistributed")
        throw new Unsupported(`wraps a ${inner["class_name"]}, which is not costed`);
      const rows = typeof s[0] === "number" && typeof s[1] === "number" ? s[0] * s[1] : s[0] === 1 ? s[1] : `${c.name}_rows`;
      const folded = c.reshape(x, [rows, ...s.slice(2)], "fold");
      const y = fn(new LayerContext(c.b, `${c.name}/${typeof inner["config"]["name"] === "string" ? inner["config"]["name"] : "layer"}`, inner["config"]), [folded]);
      if (y.length !== 1 || !y[0].shape)
        throw new Unsupported("the wrapped layer has no single output of known shape");
      return [c.reshape(y[0], [s[0], s[1], ...y[0].shape.slice(1)], "unfold")];
    };
    LAYERS = nameTable({
      Dense: dense,
      Conv1D: conv(1),
      Conv2D: conv(2),
      Conv3D: conv(3),
      Convolution1D: conv(1),
      Convolution2D: conv(2),
      Convolution3D: conv(3),
      DepthwiseConv2D: depthwise,
      SeparableConv2D: separable,
      SeparableConvolution2D: separable,
      Conv1DTranspose: convTranspose(1),
      Conv2DTranspose: convTranspose(2),
      Conv3DTranspose: convTranspose(3),
      Convolution1DTranspose: convTranspose(1),
      Convolution2DTranspose: convTranspose(2),
      Convolution3DTranspose: convTranspose(3),
      MaxPooling1D: pool(1, "MAX_POOL_2D"),
      MaxPooling2D: pool(2, "MAX_POOL_2D"),
      MaxPool1D: pool(1, "MAX_POOL_2D"),
      MaxPool2D: pool(2, "MAX_POOL_2D"),
      AveragePooling1D: pool(1, "AVERAGE_POOL_2D"),
      AveragePooling2D: pool(2, "AVERAGE_POOL_2D"),
      AvgPool1D: pool(1, "AVERAGE_POOL_2D"),
      AvgPool2D: pool(2, "AVERAGE_POOL_2D"),
      GlobalAveragePooling1D: globalPool("ReduceMean"),
      GlobalAveragePooling2D: globalPool("ReduceMean"),
      GlobalAveragePooling3D: globalPool("ReduceMean"),
      GlobalAvgPool1D: globalPool("ReduceMean"),
      GlobalAvgPool2D: globalPool("ReduceMean"),
      GlobalAvgPool3D: globalPool("ReduceMean"),
      GlobalMaxPooling1D: globalPool("ReduceMax"),
      GlobalMaxPooling2D: globalPool("ReduceMax"),
      GlobalMaxPooling3D: globalPool("ReduceMax"),
      GlobalMaxPool1D: globalPool("ReduceMax"),
      GlobalMaxPool2D: globalPool("ReduceMax"),
      GlobalMaxPool3D: globalPool("ReduceMax"),
      BatchNormalization: batchNorm,
      LayerNormalization: layerNorm,
      Embedding: embedding,
      Add: merge("Add"),
      Subtract: merge("Sub"),
      Multiply: merge("Mul"),
      Maximum: merge("Max"),
      Minimum: merge("Min"),
      Average: merge("Mean"),
      Concatenate: concatenate,
      Activation: activationLayer((cfg) => activationName(cfg["activation"])),
      ReLU: reluLayer,
      LeakyReLU: activationLayer(() => "leaky_relu"),
      ELU: activationLayer(() => "elu"),
      Softmax: activationLayer(() => "softmax"),
      Flatten: flatten,
      Reshape: reshapeLayer,
      Permute: permute,
      Dropout: identity,
      SpatialDropout1D: identity,
      SpatialDropout2D: identity,
      SpatialDropout3D: identity,
      GaussianNoise: identity,
      GaussianDropout: identity,
      AlphaDropout: identity,
      ActivityRegularization: identity,
      Rescaling: rescaling,
      Normalization: normalization,
      ZeroPadding1D: zeroPadding(1),
      ZeroPadding2D: zeroPadding(2),
      UpSampling2D: upSampling2d,
      LSTM: rnnLayer("LSTM"),
      GRU: rnnLayer("GRU"),
      SimpleRNN: rnnLayer("SimpleRNN"),
      Bidirectional: bidirectional,
      MultiHeadAttention: multiHeadAttention,
      Attention: attention,
      Cropping1D: cropping(1),
      Cropping2D: cropping(2),
      RepeatVector: repeatVector,
      TimeDistributed: timeDistributed
    });
    ModelBuilder = class {
      b;
      unknownLayers = /* @__PURE__ */ new Map();
      constructor(b) {
        this.b = b;
      }
      callLayer(layer, inputs, prefix) {
        const name = `${prefix}${layer.name}`;
        const withShapes = inputs.map((t, i) => {
          if (t.shape !== void 0 || i > 0)
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
          } catch (e) {
            if (!(e instanceof Unsupported))
              throw e;
            this.b.warnings.push(`Keras layer ${JSON.stringify(name)} (${layer.className}) is not costed: ${e.message}`);
          }
        } else {
          this.unknownLayers.set(layer.className, (this.unknownLayers.get(layer.className) ?? 0) + 1);
        }
        return [this.b.node(name, layer.className, withShapes.map((t) => t.name), void 0, {}, KERAS_DOMAIN)];
      }
      model(m, given2, prefix) {
        if (m.kind === "sequential")
          return this.sequential(m, given2, prefix);
        return this.functional(m, given2, prefix);
      }
      sequential(m, given2, prefix) {
        let layers = m.layers;
        let x;
        if (layers[0]?.className === "InputLayer") {
          x = given2?.[0] ?? inputTensor(this.b, layers[0]);
          layers = layers.slice(1);
        } else if (given2) {
          x = given2[0];
        } else {
          const first = layers[0];
          const cfg = first?.config ?? {};
          const stated = cfg["batch_input_shape"] ?? cfg["batch_shape"] ?? m.buildInputShape ?? first?.buildInputShape;
          x = inputTensor(this.b, { className: "InputLayer", name: `${m.name}_input`, config: { batch_shape: stated ?? null, dtype: cfg["dtype"] ?? "float32" }, calls: [], buildInputShape: void 0 });
        }
        for (const layer of layers) {
          const out = this.callLayer(layer, [x], prefix);
          x = out[0];
        }
        return [x];
      }
      functional(m, given2, prefix) {
        const produced = /* @__PURE__ */ new Map();
        const key = (r) => `${r.layer}\0${r.node}\0${r.tensor}`;
        const inputNames = new Set(m.inputs.map((r) => r.layer));
        let nextGiven = 0;
        const pending3 = [];
        for (const layer of m.layers) {
          if (layer.className === "InputLayer") {
            const t = given2 && inputNames.has(layer.name) ? given2[m.inputs.findIndex((r) => r.layer === layer.name)] ?? given2[nextGiven++] : void 0;
            produced.set(key({ layer: layer.name, node: 0, tensor: 0 }), t ?? inputTensor(this.b, layer));
            continue;
          }
          layer.calls.forEach((_, call) => pending3.push({ layer, call }));
        }
        const waiting = pending3.map(({ layer, call }) => new Set(layer.calls[call].map(key).filter((k) => !produced.has(k))));
        const readers = /* @__PURE__ */ new Map();
        const ready = new IndexHeap();
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
          const { layer, call } = pending3[i];
          const refs = layer.calls[call];
          const outs = this.callLayer(layer, refs.map((r) => {
            const t = produced.get(key(r));
            return r.kwarg === void 0 ? t : { ...t, kwarg: r.kwarg };
          }), prefix);
          done++;
          outs.forEach((t, j) => {
            const k = key({ layer: layer.name, node: call, tensor: j });
            produced.set(k, t.kwarg === void 0 ? t : { name: t.name, shape: t.shape, dtype: t.dtype });
            for (const r of readers.get(k) ?? [])
              if (waiting[r].delete(k) && waiting[r].size === 0)
                ready.push(r);
          });
        }
        if (done < pending3.length) {
          const { layer, call } = pending3[waiting.findIndex((w) => w.size > 0)];
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
    };
    KerasGraphError = class extends Error {
      name = "KerasGraphError";
    };
  }
});

// build/src/formats/keras/weights.js
function variableNames(className, cfg, count2) {
  return className === void 0 ? void 0 : VARIABLE_NAMES.get(className)?.(cfg, count2);
}
function kerasSnakeCase(className, tfKeras = false) {
  const snake = (tfKeras ? className : className.replace(/[^\p{L}\p{N}_]+/gu, "")).replace(/(.)([A-Z][a-z]+)/g, "$1_$2").replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
  return tfKeras && snake.startsWith("_") ? `private${snake}` : snake;
}
function classOfGroup(group) {
  return CLASS_OF_GROUP.get(group) ?? CLASS_OF_GROUP.get(group.replace(/_\d+$/, ""));
}
function roleOf(path, varName, dtype, layerClass, optimizer) {
  if (optimizer)
    return "optimizer";
  if (!isDType(dtype) || !isWeightDType(dtype))
    return "non-weight";
  if (STATE_NAMES.has(varName) || layerClass === "Normalization" && (varName === "mean" || varName === "variance"))
    return "buffer";
  if (path.includes("seed_generator") || /metrics?$|tracker$/.test(path[0] ?? ""))
    return "buffer";
  return "param";
}
function tensor(d, name, role) {
  return { name, dtype: d.dtype.name, dims: d.dims, elements: d.elements, bytes: d.elements * d.dtype.size, role };
}
function layerIndex(m, naming, prefix = "", names = [], out = /* @__PURE__ */ new Map()) {
  if (!m)
    return out;
  const used = /* @__PURE__ */ new Map();
  const take = (snake) => {
    const seen = used.get(snake);
    used.set(snake, seen === void 0 ? 0 : seen + 1);
    return seen === void 0 ? snake : `${snake}_${seen + 1}`;
  };
  const members = m.kind === "sequential" && m.layers[0]?.className === "InputLayer" ? m.layers.slice(1) : m.layers;
  for (const l of members) {
    if (RAW_OP_MODULE.test(l.module ?? ""))
      continue;
    const snake = kerasSnakeCase(l.className, naming.tfKeras);
    const key = `${prefix}${naming.container}/${take(snake)}`;
    const path = [...names, l.name];
    if (!out.has(key))
      out.set(key, { layer: l, names: path });
    if (l.model)
      layerIndex(l.model, naming, `${key}/`, path, out);
    if (naming.container === "_layer_checkpoint_dependencies" && naming.hasVariables(key))
      take(snake);
  }
  return out;
}
function note(u, path, elements) {
  return u ? { ...u, count: u.count + 1, elements: u.elements + elements } : { count: 1, elements, first: path };
}
function describe(u) {
  return `${u.count} variable${u.count === 1 ? "" : "s"} (${u.elements.toLocaleString("en-US")} elements, first ${JSON.stringify(u.first).slice(0, 120)})`;
}
function keras3Weights(file, model, tfKeras) {
  const datasets = walkDatasets(file, file.root());
  const inGroup = /* @__PURE__ */ new Map();
  for (const d of datasets) {
    const group = d.path.slice(0, Math.max(0, d.path.lastIndexOf("/")));
    inGroup.set(group, (inGroup.get(group) ?? 0) + 1);
  }
  const tf213 = file.root().members().some((m) => m.name === "_layer_checkpoint_dependencies");
  let withVariables;
  const hasVariables = (group) => {
    withVariables ??= new Set(datasets.flatMap((d) => d.path.split("/").slice(0, -1).map((_, i, a) => a.slice(0, i + 1).join("/"))));
    return withVariables.has(group);
  };
  const layers = layerIndex(model, { container: tf213 ? "_layer_checkpoint_dependencies" : "layers", tfKeras: tfKeras || tf213, hasVariables });
  const out = [];
  let unmatched;
  let unknownClass;
  for (const d of datasets) {
    const parts = d.path.split("/");
    const index = parts[parts.length - 1];
    const optimizer = parts[0] === "optimizer";
    const groups = [];
    const sub2 = [];
    let groupEnd = 0;
    for (let i2 = 0; i2 < parts.length - 2; i2++) {
      if ((parts[i2] === "layers" || parts[i2] === "_layer_checkpoint_dependencies") && i2 + 1 < parts.length - 2) {
        groups.push(parts[++i2]);
        groupEnd = i2 + 1;
        sub2.length = 0;
      } else
        sub2.push(parts[i2]);
    }
    const owner = groups.length > 0 ? layers.get(parts.slice(0, groupEnd).join("/")) : void 0;
    const className = sub2.length > 0 ? void 0 : owner ? owner.layer.className : groups.length > 0 ? classOfGroup(groups[groups.length - 1]) : void 0;
    const count2 = inGroup.get(parts.slice(0, -1).join("/")) ?? 0;
    const varNames = variableNames(className, owner?.layer.config, count2);
    const i = /^\d+$/.test(index) ? Number(index) : NaN;
    const varName = varNames && Number.isInteger(i) && i < varNames.length ? varNames[i] : index;
    const display = optimizer ? ["optimizer", index] : owner ? [...owner.names, ...sub2, varName] : groups.length > 0 ? [...groups, ...sub2, varName] : [...parts.slice(0, -2), varName];
    const t = tensor(d, display.join("."), roleOf(parts, varName, d.dtype.name, className, optimizer));
    out.push(t);
    if (groups.length > 0 && !owner && model)
      unmatched = note(unmatched, d.path, t.elements);
    else if (groups.length > 0 && !model && t.role === "param" && (sub2.length > 0 || !varNames))
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
    const rel = d.path.slice(layersGroup.path === "" ? 0 : layersGroup.path.length + 1).split("/");
    if (!layerGroups.has(rel[0]) || rel.length < 2)
      continue;
    const rest = rel[1] === rel[0] ? rel.slice(2) : rel.slice(1);
    const varName = (rest[rest.length - 1] ?? "").replace(/:\d+$/, "");
    const name = [rel[0], ...rest.slice(0, -1), varName].join(".");
    out.push(tensor(d, name, roleOf(rel, varName, d.dtype.name, void 0, false)));
  }
  if (optimizerGroup) {
    for (const d of walkDatasets(file, optimizerGroup)) {
      out.push(tensor(d, d.path.replace(/:\d+$/, "").split("/").join("."), "optimizer"));
    }
  }
  return out;
}
function layoutOf(file) {
  const root = file.root();
  if (root.attribute("layer_names") !== void 0 || root.attribute("layer_names0") !== void 0)
    return "legacy";
  const names = new Set(root.members().map((m) => m.name));
  if (names.has("model_weights"))
    return "legacy";
  if (names.has("layers") || names.has("_layer_checkpoint_dependencies") || names.has("vars"))
    return "keras3";
  return null;
}
function weightsLayout(file) {
  const layout2 = layoutOf(file);
  if (layout2 === null)
    throw new Hdf5Error("an HDF5 file, but not a Keras one: no model_weights group, layer_names attribute or layers group");
  return layout2;
}
function isKerasHdf5(file) {
  const root = file.root();
  return root.attribute("model_config") !== void 0 || root.attribute("keras_version") !== void 0 || layoutOf(file) !== null;
}
function readKerasWeights(file, model, tfKeras = false) {
  if (weightsLayout(file) === "keras3")
    return keras3Weights(file, model, tfKeras);
  const root = file.root();
  const modelWeights = objectAt(file, "model_weights");
  const optimizer = objectAt(file, "optimizer_weights");
  return { tensors: legacyWeights(file, modelWeights ?? root, optimizer), warnings: [] };
}
var KERNEL_BIAS, VARIABLE_NAMES, CLASS_OF_GROUP, STATE_NAMES, RAW_OP_MODULE;
var init_weights = __esm({
  "build/src/formats/keras/weights.js"() {
    "use strict";
    init_dtype();
    init_hdf5();
    KERNEL_BIAS = () => ["kernel", "bias"];
    VARIABLE_NAMES = new Map([
      ...["Dense", "Conv1D", "Conv2D", "Conv3D", "Conv1DTranspose", "Conv2DTranspose", "Conv3DTranspose", "DepthwiseConv1D", "DepthwiseConv2D", "EinsumDense"].map((c) => [c, KERNEL_BIAS]),
      ...["SeparableConv1D", "SeparableConv2D"].map((c) => [c, () => ["depthwise_kernel", "pointwise_kernel", "bias"]]),
      ["BatchNormalization", (cfg, count2) => {
        const learned = cfg ? [...cfg["scale"] === false ? [] : ["gamma"], ...cfg["center"] === false ? [] : ["beta"]] : count2 === 4 ? ["gamma", "beta"] : Array.from({ length: Math.max(0, count2 - 2) }, (_, i) => String(i));
        return [...learned, "moving_mean", "moving_variance"];
      }],
      ["LayerNormalization", (cfg, count2) => {
        if (!cfg)
          return count2 === 2 ? ["gamma", "beta"] : void 0;
        return [...cfg["scale"] === false ? [] : ["gamma"], ...cfg["center"] === false ? [] : ["beta"]];
      }],
      ["Embedding", () => ["embeddings"]],
      ["Normalization", () => ["mean", "variance", "count"]],
      ["PReLU", () => ["alpha"]]
    ]);
    CLASS_OF_GROUP = new Map([...VARIABLE_NAMES.keys()].map((c) => [kerasSnakeCase(c), c]));
    STATE_NAMES = /* @__PURE__ */ new Set(["moving_mean", "moving_variance", "count"]);
    RAW_OP_MODULE = /^keras(\.src)?\.ops(\.|$)/;
  }
});

// build/src/formats/keras/reader.js
var reader_exports = {};
__export(reader_exports, {
  MAX_WEIGHTS_INFLATION: () => MAX_WEIGHTS_INFLATION,
  isKerasContent: () => isKerasContent,
  readKerasBytes: () => readKerasBytes,
  readKerasFile: () => readKerasFile
});
function isKerasContent(prefix, size) {
  try {
    return isKerasHdf5(new Hdf5File(memorySource(prefix), 0, size));
  } catch (e) {
    if (e instanceof Hdf5Error)
      return true;
    throw e;
  }
}
function kerasVersionOf(meta) {
  return isObject(meta) && typeof meta["keras_version"] === "string" ? meta["keras_version"].slice(0, 40) : "";
}
function zipParts(src) {
  const tail = withTail(src, ZIP_TAIL_READ);
  const entries = readCentralDirectory(tail);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const config = byName.get("config.json");
  if (!config)
    throw new KerasConfigError("a zip without config.json: not a .keras model");
  const meta = byName.get("metadata.json");
  const metaJson = meta ? parseJson(readEntry(tail, meta, 1024 * 1024), "metadata.json") : void 0;
  const weights = byName.get("model.weights.h5");
  let hdf5;
  if (weights) {
    if (weights.encrypted)
      throw new ZipError('zip entry "model.weights.h5" is encrypted');
    if (weights.method === 0) {
      const header = tail.read(weights.offset, 30);
      if (header.length < 30 || new DataView(header.buffer, header.byteOffset, 30).getUint32(0, true) !== 67324752) {
        throw new ZipError(`zip entry "model.weights.h5": no local header at offset ${weights.offset}`);
      }
      const v = new DataView(header.buffer, header.byteOffset, 30);
      const dataAt = weights.offset + 30 + v.getUint16(26, true) + v.getUint16(28, true);
      if (dataAt + weights.size > src.size)
        throw new ZipError('zip entry "model.weights.h5" runs past the end of the file');
      hdf5 = new Hdf5File(tail, dataAt, weights.size);
    } else {
      refuseInflation(weights, MAX_WEIGHTS_INFLATION, WEIGHTS_INFLATE_ALLOWANCE, "weights deflate about 1.1:1; Keras stores them uncompressed");
      hdf5 = new Hdf5File(memorySource(readEntry(tail, weights, MAX_INFLATED_WEIGHTS)), 0, weights.size);
    }
  }
  const kerasVersion = kerasVersionOf(metaJson);
  return {
    ...hdf5 ? { hdf5 } : {},
    config: parseJson(readEntry(tail, config, MAX_CONFIG_BYTES), "config.json"),
    kerasVersion,
    formatVersion: ".keras",
    entries: entries.map((e) => e.name)
  };
}
function hdf5Parts(src) {
  const hdf5 = new Hdf5File(src, 0, src.size);
  const root = hdf5.root();
  const rawConfig = root.attribute("model_config");
  const version = root.attribute("keras_version");
  const kerasVersion = typeof version === "string" ? version.slice(0, 40) : "";
  if (rawConfig === void 0)
    return { hdf5, kerasVersion, formatVersion: "weights-only HDF5" };
  if (typeof rawConfig !== "string")
    throw new KerasConfigError("the model_config attribute is not a string");
  return { hdf5, config: parseJson(new TextEncoder().encode(rawConfig), "the model_config attribute"), kerasVersion, formatVersion: "legacy HDF5" };
}
function readParts(src, path, fileBytes) {
  const head = src.read(0, Math.min(8, src.size));
  const parts = hasZipMagic(head) ? zipParts(src) : hdf5Parts(src);
  const warnings = [];
  let model;
  let costsUnavailable;
  if (parts.config !== void 0) {
    try {
      model = parseModel(parts.config);
    } catch (e) {
      if (!(e instanceof KerasConfigError))
        throw e;
      costsUnavailable = `the model config is not a Sequential or Functional model (${e.message}): params only`;
    }
  } else {
    costsUnavailable = "a weights-only Keras file has no model config: params only (MACs, FLOPs, memory access, peak memory and latency need the layers)";
  }
  const read = parts.hdf5 ? readKerasWeights(parts.hdf5, model, /^2\./.test(parts.kerasVersion)) : { tensors: [], warnings: [] };
  const tensors = read.tensors;
  warnings.push(...read.warnings);
  if (!parts.hdf5)
    warnings.push("the .keras archive has no model.weights.h5: params are not known");
  const metadata = /* @__PURE__ */ new Map();
  if (parts.kerasVersion)
    metadata.set("keras_version", parts.kerasVersion);
  if (model)
    metadata.set("model", `${model.kind === "sequential" ? "Sequential" : "Functional"} ${JSON.stringify(model.name).slice(0, 80)}, ${model.layers.length} layers`);
  let graph;
  if (model) {
    try {
      graph = kerasToIr(model, { formatVersion: parts.formatVersion, producer: parts.kerasVersion ? `keras ${parts.kerasVersion}` : "keras", fileBytes, metadata, layerDtypes: layerDtypes(tensors) });
    } catch (e) {
      if (e instanceof KerasGraphError)
        throw new ModelFileError(path, `invalid Keras model config: ${e.message}`);
      throw e;
    }
    warnings.push(...graph.warnings);
    if (graph.unknownLayers.size > 0) {
      warnings.push(`Keras layer classes not costed (totals are a lower bound): ${[...graph.unknownLayers].map(([c, n]) => `${JSON.stringify(c).slice(0, 80)} x${n}`).join(", ")}`);
    }
  }
  const weights = { tensors, metadata, warnings, sideFiles: [], ...costsUnavailable ? { costsUnavailable } : {} };
  return { weights, ...graph ? { graph } : {}, formatVersion: parts.formatVersion, stats: { bytesRead: src.bytesRead, readCalls: src.readCalls } };
}
function layerDtypes(tensors) {
  const out = /* @__PURE__ */ new Map();
  for (const t of tensors) {
    const layer = t.name.slice(0, Math.max(0, t.name.lastIndexOf(".")));
    if (t.role === "param" && isDType(t.dtype) && !out.has(layer))
      out.set(layer, t.dtype);
  }
  return out;
}
function wrap(path, read) {
  try {
    return read();
  } catch (e) {
    if (e instanceof Hdf5Error)
      throw new ModelFileError(path, `invalid HDF5 (Keras) file: ${e.message}`);
    if (e instanceof ZipError)
      throw new ModelFileError(path, `invalid .keras archive: ${e.message}`);
    if (e instanceof KerasConfigError)
      throw new ModelFileError(path, `invalid Keras file: ${e.message}`);
    if (e?.code)
      throw new ModelFileError(path, describeFsError(e));
    throw e;
  }
}
function readKerasFile(path) {
  return withOpenModel(path, (fd, size) => wrap(path, () => readParts(fileSource(fd, size), path, size)));
}
function readKerasBytes(bytes, path) {
  if (bytes.byteLength === 0)
    throw new ModelFileError(path, "file is empty (0 bytes)");
  return wrap(path, () => readParts(memorySource(bytes), path, bytes.byteLength));
}
var MAX_INFLATED_WEIGHTS, MAX_WEIGHTS_INFLATION, WEIGHTS_INFLATE_ALLOWANCE;
var init_reader2 = __esm({
  "build/src/formats/keras/reader.js"() {
    "use strict";
    init_errors();
    init_file();
    init_byte_source();
    init_zip();
    init_signature2();
    init_dtype();
    init_config();
    init_hdf5();
    init_to_ir2();
    init_weights();
    MAX_INFLATED_WEIGHTS = 256 * 1024 * 1024;
    MAX_WEIGHTS_INFLATION = 100;
    WEIGHTS_INFLATE_ALLOWANCE = 16 * 1024 * 1024;
  }
});

// build/src/formats/keras/format-reader.js
var format_reader_exports2 = {};
__export(format_reader_exports2, {
  reader: () => reader2
});
var reader2;
var init_format_reader2 = __esm({
  "build/src/formats/keras/format-reader.js"() {
    "use strict";
    init_reader2();
    reader2 = {
      async read(path) {
        const { weights, graph, formatVersion } = readKerasFile(path);
        if (!graph)
          return { kind: "weights", weights, formatVersion };
        return { kind: "graph", model: graph.model, sideFileBytes: 0, weights };
      },
      sideFiles: () => []
    };
  }
});

// build/src/formats/contained-file.js
function isInside(parent, child) {
  const rel = (0, import_node_path4.relative)(parent, child);
  return rel === "" || !(0, import_node_path4.isAbsolute)(rel) && rel !== ".." && !rel.startsWith(`..${import_node_path4.sep}`);
}
function kindOf(st) {
  if (st.isDirectory())
    return "a directory";
  if (st.isFIFO())
    return "a FIFO";
  if (st.isCharacterDevice())
    return "a character device";
  if (st.isBlockDevice())
    return "a block device";
  if (st.isSocket())
    return "a socket";
  return "not a file";
}
function code(e) {
  return e?.code;
}
function containedFile(path, within, withinName = "the repository") {
  let real;
  try {
    real = import_node_fs4.realpathSync.native(path);
  } catch (e) {
    if (code(e) === "ENOENT" || code(e) === "ENOTDIR")
      return null;
    if (code(e) === "ELOOP")
      throw new UnsafeFileError("is a symbolic link loop");
    if (code(e) === "EACCES")
      throw new UnsafeFileError("permission denied");
    throw new UnsafeFileError(e instanceof Error ? e.message : String(e));
  }
  if (within !== null) {
    let root;
    try {
      root = import_node_fs4.realpathSync.native(within);
    } catch {
      throw new UnsafeFileError(`cannot resolve ${withinName}`);
    }
    if (!isInside(root, real))
      throw new UnsafeFileError(`is a symbolic link (or lies below one) that leads outside ${withinName}`);
  }
  let st;
  try {
    st = (0, import_node_fs4.statSync)(real);
  } catch (e) {
    if (code(e) === "ENOENT")
      return null;
    throw new UnsafeFileError(e instanceof Error ? e.message : String(e));
  }
  if (!st.isFile())
    throw new UnsafeFileError(`is not a regular file (${kindOf(st)})`);
  return { real, size: st.size };
}
function containedEntry(dir, name, withinName) {
  const path = (0, import_node_path4.join)(dir, name);
  if (name !== "." && name !== ".." && !name.includes("/") && !name.includes(import_node_path4.sep)) {
    let st;
    try {
      st = (0, import_node_fs4.lstatSync)(path);
    } catch {
      st = void 0;
    }
    if (st?.isFile()) {
      const size = st.size;
      return { size, real: () => realEntry(dir, name) };
    }
  }
  const found = containedFile(path, dir, withinName);
  return found && { size: found.size, real: () => found.real };
}
function realEntry(dir, name) {
  try {
    return import_node_fs4.realpathSync.native((0, import_node_path4.join)(dir, name));
  } catch {
    return (0, import_node_path4.join)(dir, name);
  }
}
var import_node_fs4, import_node_path4, UnsafeFileError;
var init_contained_file = __esm({
  "build/src/formats/contained-file.js"() {
    "use strict";
    import_node_fs4 = require("node:fs");
    import_node_path4 = require("node:path");
    UnsafeFileError = class extends Error {
      reason;
      name = "UnsafeFileError";
      constructor(reason) {
        super(reason);
        this.reason = reason;
      }
    };
  }
});

// build/src/formats/onnx/wire.js
function wrongWire(actual, expected, what, pos) {
  throw new WireError(`${what} has wire type ${WIRE_NAMES[actual]}, expected ${WIRE_NAMES[expected]} (byte ${pos})`);
}
function asBuffer(bytes) {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
var import_node_fs5, WireError, WIRE_NAMES, MAX_SAFE_HIGH, MIN_WINDOW, MAX_WINDOW, FIRST_WINDOW, WHOLE_MESSAGE, DEFAULT_WINDOWS, scratch, NAME_SLOTS, NAME_BYTES, namePool, nameLength, nameText, utf8Slice, WireReader;
var init_wire = __esm({
  "build/src/formats/onnx/wire.js"() {
    "use strict";
    init_errors();
    import_node_fs5 = require("node:fs");
    WireError = class extends BadInputError {
      name = "WireError";
    };
    WIRE_NAMES = ["varint", "64-bit", "length-delimited", "start-group", "end-group", "32-bit", "invalid(6)", "invalid(7)"];
    MAX_SAFE_HIGH = 2 ** 21;
    MIN_WINDOW = 4096;
    MAX_WINDOW = 256 * 1024;
    FIRST_WINDOW = 16 * 1024;
    WHOLE_MESSAGE = 16 * 1024;
    DEFAULT_WINDOWS = { first: FIRST_WINDOW, min: MIN_WINDOW, max: MAX_WINDOW, whole: WHOLE_MESSAGE };
    scratch = Buffer.alloc(FIRST_WINDOW);
    NAME_SLOTS = 512;
    NAME_BYTES = 32;
    namePool = new Uint8Array(NAME_SLOTS * NAME_BYTES);
    nameLength = new Int32Array(NAME_SLOTS).fill(-1);
    nameText = new Array(NAME_SLOTS).fill("");
    utf8Slice = Buffer.prototype.utf8Slice ?? function(start, end) {
      return this.toString("utf8", start, end);
    };
    WireReader = class _WireReader {
      end;
      buf;
      at = 0;
      base = 0;
      limit;
      fd;
      windows = DEFAULT_WINDOWS;
      nextWindow = MIN_WINDOW;
      varintIsSafe = true;
      textBlock = "";
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
        return new _WireReader(asBuffer(bytes), -1, bytes.byteLength);
      }
      static fromFile(fd, size, windows = DEFAULT_WINDOWS) {
        const r = new _WireReader(scratch, fd, size);
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
          const r = (0, import_node_fs5.readSync)(this.fd, buf, got, n - got, at + got);
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
        if (b0 < 128) {
          this.at = at + 1;
          this.varintIsSafe = true;
          return b0;
        }
        const b1 = buf[p + 1];
        if (b1 < 128) {
          this.at = at + 2;
          this.varintIsSafe = true;
          return b0 & 127 | b1 << 7;
        }
        return this.varintLong();
      }
      tag() {
        const at = this.at;
        if (at < this.limit) {
          const b = this.buf[at - this.base];
          if (b >= 8 && b < 128) {
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
            lo |= (b & 127) << shift;
          else if (shift === 28) {
            lo |= (b & 15) << 28;
            hi |= (b & 127) >>> 4;
          } else
            hi |= (b & 127) << shift - 32;
          shift += 7;
          if ((b & 128) === 0) {
            this.at = base + pos;
            lo >>>= 0;
            hi >>>= 0;
            if (hi >= 2147483648) {
              const nlo = ~lo + 1 >>> 0;
              const nhi = ~hi + (nlo === 0 ? 1 : 0) >>> 0;
              this.varintIsSafe = nhi < MAX_SAFE_HIGH;
              return nhi === 0 && nlo < 1073741824 ? -nlo : -(nhi * 2 ** 32 + nlo);
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
          if (b < 128) {
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
        const b = at < this.limit ? this.buf[at - this.base] : 128;
        if (b < 128) {
          len = b;
          this.at = at + 1;
        } else {
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
          if (n < 128 && stop <= end && stop <= this.limit) {
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
        if (this.view === void 0 || this.viewOf !== this.buf) {
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
          if ((tag & 7) !== 2 || tag >= 128 || (textFields >>> (tag >>> 3) & 1) === 0 || p + 1 >= stop)
            break;
          let q2 = p + 2;
          let length = buf[p + 1];
          if (length >= 128) {
            if (q2 >= stop || buf[q2] >= 128)
              break;
            length = length & 127 | buf[q2++] << 7;
          }
          if (q2 + length > stop)
            break;
          p = q2 + length;
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
          h = Math.imul(h ^ buf[i], 16777619);
        const slot = (h ^ h >>> 15) & NAME_SLOTS - 1;
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
          return bytes.toString("utf8");
        }
        this.need(n);
        const start = this.at - this.base;
        this.at += n;
        return utf8Slice.call(this.buf, start, start + n);
      }
    };
  }
});

// build/src/formats/onnx/dtype-codes.js
function dtypeFromOnnx(code2) {
  return ONNX_DTYPES[code2];
}
var ONNX_DTYPES, CODE_OF;
var init_dtype_codes = __esm({
  "build/src/formats/onnx/dtype-codes.js"() {
    "use strict";
    ONNX_DTYPES = [
      void 0,
      "float32",
      "uint8",
      "int8",
      "uint16",
      "int16",
      "int32",
      "int64",
      "string",
      "bool",
      "float16",
      "float64",
      "uint32",
      "uint64",
      "complex64",
      "complex128",
      "bfloat16",
      "float8e4m3fn",
      "float8e4m3fnuz",
      "float8e5m2",
      "float8e5m2fnuz",
      "uint4",
      "int4",
      "float4e2m1",
      "float8e8m0",
      "uint2",
      "int2"
    ];
    CODE_OF = /* @__PURE__ */ new Map();
    ONNX_DTYPES.forEach((name, code2) => {
      if (name)
        CODE_OF.set(name, code2);
    });
  }
});

// build/src/graph/ir.js
function normalizeDomain(domain) {
  return domain === "ai.onnx" ? "" : domain;
}
function walkGraphs(graph) {
  const out = [];
  visitGraphs(graph, /* @__PURE__ */ new Set(), out);
  return out;
}
function visitGraphs(graph, seen, out) {
  if (seen.has(graph))
    return;
  seen.add(graph);
  out.push(graph);
  const nodes = graph.nodes;
  for (let i = 0; i < nodes.length; i++) {
    const attributes = nodes[i].attributes;
    if (attributes.size === 0)
      continue;
    for (const attr of attributes.values()) {
      if (attr.type === "graph")
        visitGraphs(attr.value, seen, out);
      else if (attr.type === "graphs")
        for (const g of attr.value)
          visitGraphs(g, seen, out);
    }
  }
}
var init_ir = __esm({
  "build/src/graph/ir.js"() {
    "use strict";
  }
});

// build/src/formats/onnx/tensor-values.js
function halfToFloat(h) {
  const sign = h & 32768 ? -1 : 1;
  const exp = h >> 10 & 31;
  const frac = h & 1023;
  if (exp === 0)
    return sign * 2 ** -14 * (frac / 1024);
  if (exp === 31)
    return frac ? NaN : sign * Infinity;
  return sign * 2 ** (exp - 15) * (1 + frac / 1024);
}
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
  if (hi === 0 && lo <= 2147483647)
    return lo;
  if (hi === -1 && lo >= 2147483648)
    return lo | 0;
  return hi * 2 ** 32 + lo;
}
function isTrustedInt64Number(x) {
  return Number.isSafeInteger(x) || Math.abs(x) >= SENTINEL_MAGNITUDE;
}
function usableInt64(x, exact) {
  return isTrustedInt64Number(x) || BigInt(x) === exact;
}
function uint64At(v, at) {
  const hi = v.getUint32(at + 4, true);
  const lo = v.getUint32(at, true);
  return hi === 0 && lo <= 2147483647 ? lo : hi * 2 ** 32 + lo;
}
function rawValues(dtype, n, v, at) {
  const out = dtypeKind(dtype) === "float" ? floatArray(n) : intArray(n);
  switch (dtype) {
    case "float32":
      for (let i = 0; i < n; i++)
        out[i] = v.getFloat32(at + i * 4, true);
      break;
    case "float64":
      for (let i = 0; i < n; i++)
        out[i] = v.getFloat64(at + i * 8, true);
      break;
    case "float16":
      for (let i = 0; i < n; i++)
        out[i] = halfToFloat(v.getUint16(at + i * 2, true));
      break;
    case "bfloat16":
      for (let i = 0; i < n; i++)
        out[i] = bfloat16ToFloat(v.getUint16(at + i * 2, true));
      break;
    case "int8":
      for (let i = 0; i < n; i++)
        out[i] = v.getInt8(at + i);
      break;
    case "uint8":
      for (let i = 0; i < n; i++)
        out[i] = v.getUint8(at + i);
      break;
    case "bool":
      for (let i = 0; i < n; i++)
        out[i] = v.getUint8(at + i) ? 1 : 0;
      break;
    case "int16":
      for (let i = 0; i < n; i++)
        out[i] = v.getInt16(at + i * 2, true);
      break;
    case "uint16":
      for (let i = 0; i < n; i++)
        out[i] = v.getUint16(at + i * 2, true);
      break;
    case "int32":
      for (let i = 0; i < n; i++)
        out[i] = v.getInt32(at + i * 4, true);
      break;
    case "uint32":
      for (let i = 0; i < n; i++)
        out[i] = v.getUint32(at + i * 4, true);
      break;
    case "int64":
      for (let i = 0; i < n; i++) {
        const x = int64At(v, at + i * 8);
        if (!Number.isSafeInteger(x) && !usableInt64(x, v.getBigInt64(at + i * 8, true)))
          return void 0;
        out[i] = x;
      }
      break;
    case "uint64":
      for (let i = 0; i < n; i++) {
        const x = uint64At(v, at + i * 8);
        if (!Number.isSafeInteger(x) && !usableInt64(x, v.getBigUint64(at + i * 8, true)))
          return void 0;
        out[i] = x;
      }
      break;
    default:
      return void 0;
  }
  return out;
}
function decodeLimit(dtype) {
  const kind = dtypeKind(dtype);
  if (kind === "string" || kind === "complex")
    return -1;
  return kind === "float" ? SMALL_FLOAT_ELEMENTS : SMALL_INT_ELEMENTS;
}
function decodable(dtype, elements) {
  return elements <= decodeLimit(dtype);
}
function decodeTypedValues(dtype, elements, typed) {
  if (!decodable(dtype, elements))
    return void 0;
  if (!typed.seen)
    return elements === 0 ? [] : void 0;
  const kind = dtypeKind(dtype);
  let values;
  if (dtype === "float32")
    values = typed.floats;
  else if (dtype === "float64")
    values = typed.doubles;
  else if (dtype === "float16")
    values = typed.varints.map(halfToFloat);
  else if (kind === "int" || kind === "uint" || kind === "bool")
    values = typed.varints;
  else
    return void 0;
  if (values.length !== elements)
    return void 0;
  if ((kind === "int" || kind === "uint") && !values.every(isTrustedInt64Number))
    return void 0;
  return kind === "bool" ? values.map((x) => x ? 1 : 0) : [...values];
}
var SMALL_INT_ELEMENTS, SMALL_FLOAT_ELEMENTS, bf16, SENTINEL_MAGNITUDE;
var init_tensor_values = __esm({
  "build/src/formats/onnx/tensor-values.js"() {
    "use strict";
    init_dtype();
    SMALL_INT_ELEMENTS = 4096;
    SMALL_FLOAT_ELEMENTS = 64;
    bf16 = new DataView(new ArrayBuffer(4));
    SENTINEL_MAGNITUDE = 2 ** 62;
  }
});

// build/src/formats/onnx/decode.js
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
      c.skipBytes(c.length(wire, end, "a skipped field"));
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
    throw new WireError(`${what}: packed ${width === 4 ? "floats" : "doubles"} of ${len} bytes is not a multiple of ${width}`);
  for (let i = 0; i < len / width; i++)
    into.push(width === 4 ? c.f32() : c.f64());
}
function bytesOf(code2, elements) {
  return Math.ceil(elements * BITS[code2] / 8);
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
    name: "",
    dims: [],
    firstUnsafeDim: -1,
    dataType: 0,
    dataLocation: 0,
    external: void 0,
    rawValues: void 0,
    typed: NO_TYPED,
    rawLength: void 0
  };
  while (c.at < end) {
    const tag = c.tag();
    const wire = tag & 7;
    const field = tag >>> 3;
    if (field === 1) {
      const unsafe = readVarints(c, wire, end, "TensorProto.dims", t.dims);
      if (t.firstUnsafeDim < 0)
        t.firstUnsafeDim = unsafe;
    } else if (field === 2)
      t.dataType = c.int(wire, "TensorProto.data_type");
    else if (field === 8)
      t.name = c.string(wire, end, "TensorProto.name");
    else
      switch (field) {
        case 14:
          t.dataLocation = c.int(wire, "TensorProto.data_location");
          break;
        case 13: {
          const [k, v] = decodeStringEntry(c, c.message(wire, end, "TensorProto.external_data"));
          (t.external ??= /* @__PURE__ */ new Map()).set(k, v);
          break;
        }
        case 9: {
          const len = c.length(wire, end, "TensorProto.raw_data");
          t.rawLength = len;
          const n = smallElements(t);
          if (n >= 0 && len === bytesOf(t.dataType, n)) {
            c.need(len);
            t.rawValues = rawValues(dtypeFromOnnx(t.dataType), n, c.dataView(), c.at - c.base);
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
            c.skipBytes(c.length(wire, end, "TensorProto data"));
            break;
          }
          if (field === 4)
            readFloats(c, wire, end, "TensorProto.float_data", typed.floats);
          else if (field === 10)
            readFloats(c, wire, end, "TensorProto.double_data", typed.doubles, 8);
          else
            readVarints(c, wire, end, "TensorProto data", typed.varints);
          break;
        }
        default:
          skipField(c, wire, end);
      }
  }
  endOf(c, end);
  return t;
}
function decodeStringEntry(c, end) {
  let key = "";
  let value = "";
  while (c.at < end) {
    const tag = c.tag();
    const wire = tag & 7;
    switch (tag >>> 3) {
      case 1:
        key = c.string(wire, end, "StringStringEntryProto.key");
        break;
      case 2:
        value = c.string(wire, end, "StringStringEntryProto.value");
        break;
      default:
        skipField(c, wire, end);
    }
  }
  endOf(c, end);
  return [key, value];
}
function tensorLabel(t, what) {
  return t.name ? `${what} '${t.name}'` : what;
}
function finishTensor(t, what, ctx) {
  const dtype = dtypeFromOnnx(t.dataType);
  if (!dtype)
    throw new WireError(`${tensorLabel(t, what)} has unknown data_type ${t.dataType}`);
  let elements = 1;
  const dims = t.dims;
  for (let i = 0; i < dims.length; i++) {
    const d = dims[i];
    if (i === t.firstUnsafeDim || d < 0 || d > Number.MAX_SAFE_INTEGER) {
      throw new WireError(`${tensorLabel(t, what)} has dim ${i === t.firstUnsafeDim ? "beyond 2^53" : d} out of range`);
    }
    elements *= d;
  }
  if (!Number.isSafeInteger(elements)) {
    throw new WireError(`${tensorLabel(t, what)} has dims [${t.dims.join(", ")}] whose element count overflows`);
  }
  const byteSize = dtype === "string" ? t.rawLength ?? 0 : bytesOf(t.dataType, elements);
  if (t.dataLocation === 1) {
    const location = t.external?.get("location");
    if (!location)
      throw new WireError(`${tensorLabel(t, what)} has external data without a location`);
    const offset = Number(t.external?.get("offset") ?? "0");
    const lengthText = t.external?.get("length");
    const length = lengthText === void 0 ? void 0 : Number(lengthText);
    if (!Number.isSafeInteger(offset) || offset < 0 || length !== void 0 && (!Number.isSafeInteger(length) || length < 0)) {
      throw new WireError(`${tensorLabel(t, what)} has an invalid external data offset/length`);
    }
    const tensor2 = {
      name: t.name,
      dtype,
      dims: t.dims,
      elements,
      byteSize,
      storage: "external",
      external: { location, offset, length },
      storageKey: `external ${import_node_path5.posix.normalize(location.replace(/\\/g, "/"))} ${offset} ${byteSize}`
    };
    ctx.externalTensors.push(tensor2);
    return tensor2;
  }
  if (t.rawLength !== void 0 && dtype !== "string" && t.rawLength !== byteSize) {
    throw new WireError(`${tensorLabel(t, what)}: raw_data has ${t.rawLength} bytes but dims [${t.dims.join(", ")}] of ${dtype} need ${byteSize}`);
  }
  const values = t.rawLength !== void 0 ? t.rawValues : decodeTypedValues(dtype, elements, t.typed);
  return values ? { name: t.name, dtype, dims: t.dims, elements, byteSize, storage: "embedded", values } : { name: t.name, dtype, dims: t.dims, elements, byteSize, storage: "embedded" };
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
        if (readVarints(c, wire, end, "SparseTensorProto.dims", dims) >= 0)
          unsafe = true;
        break;
      default:
        skipField(c, wire, end);
    }
  }
  endOf(c, end);
  if (!values)
    throw new WireError(`${what} has no values`);
  if (unsafe || dims.some((d) => d < 0))
    throw new WireError(`${what} has a dim out of range`);
  return {
    name: values.name,
    dtype: values.dtype,
    dims,
    elements: values.elements,
    byteSize: values.byteSize + (indices?.byteSize ?? 0),
    storage: values.storage
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
        const v = c.int(wire, "Dimension.dim_value");
        if (!c.varintIsSafe)
          throw new WireError(`dimension value beyond 2^53 at byte ${c.at}`);
        dim = v >= 0 ? v : null;
        break;
      }
      case 2: {
        const p = c.string(wire, end, "Dimension.dim_param");
        dim = p === "" ? null : p;
        break;
      }
      default:
        skipField(c, wire, end);
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
      dims.push(decodeDimension(c, c.message(wire, end, "TensorShapeProto.dim")));
    else
      skipField(c, wire, end);
  }
  endOf(c, end);
  return dims;
}
function decodeTensorType(c, end, kind) {
  const out = { kind, dtype: void 0, shape: void 0 };
  while (c.at < end) {
    const tag = c.tag();
    const wire = tag & 7;
    switch (tag >>> 3) {
      case 1:
        out.dtype = dtypeFromOnnx(c.int(wire, "TypeProto.Tensor.elem_type"));
        break;
      case 2:
        out.shape = decodeShape(c, c.message(wire, end, "TensorShapeProto"));
        break;
      default:
        skipField(c, wire, end);
    }
  }
  endOf(c, end);
  return out;
}
function decodeType(c, end) {
  let out = { kind: "unknown", dtype: void 0, shape: void 0 };
  while (c.at < end) {
    const tag = c.tag();
    const wire = tag & 7;
    switch (tag >>> 3) {
      case 1:
        out = decodeTensorType(c, c.message(wire, end, "TypeProto.tensor_type"), "tensor");
        break;
      case 8:
        out = decodeTensorType(c, c.message(wire, end, "TypeProto.sparse_tensor_type"), "sparse_tensor");
        break;
      case 4:
        out = { kind: "sequence", dtype: void 0, shape: void 0 };
        skipField(c, wire, end);
        break;
      case 5:
        out = { kind: "map", dtype: void 0, shape: void 0 };
        skipField(c, wire, end);
        break;
      case 9:
        out = { kind: "optional", dtype: void 0, shape: void 0 };
        skipField(c, wire, end);
        break;
      case 7:
        out = { kind: "opaque", dtype: void 0, shape: void 0 };
        skipField(c, wire, end);
        break;
      default:
        skipField(c, wire, end);
    }
  }
  endOf(c, end);
  return out;
}
function decodeValueInfo(c, end) {
  let name = "";
  let type = { kind: "unknown", dtype: void 0, shape: void 0 };
  while (c.at < end) {
    const tag = c.tag();
    const wire = tag & 7;
    switch (tag >>> 3) {
      case 1:
        name = c.string(wire, end, "ValueInfoProto.name");
        break;
      case 2:
        type = decodeType(c, c.message(wire, end, "ValueInfoProto.type"));
        break;
      default:
        skipField(c, wire, end);
    }
  }
  endOf(c, end);
  return { name, kind: type.kind, dtype: type.dtype, shape: type.shape };
}
function decodeTypeProto(c, end) {
  const t = decodeType(c, end);
  return { name: "", kind: t.kind, dtype: t.dtype, shape: t.shape };
}
function decodeAttribute(c, end, ctx, into) {
  let name = "";
  let type = 0;
  let ref2 = "";
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
      name = c.name(c.length(wire, end, "AttributeProto.name"));
    else if (field === 20)
      type = c.int(wire, "AttributeProto.type");
    else
      switch (field) {
        case 21:
          ref2 = c.string(wire, end, "AttributeProto.ref_attr_name");
          break;
        case 2:
          if (wire !== 5)
            wrongWire(wire, 5, "AttributeProto.f", c.at);
          f = c.f32();
          break;
        case 3:
          i = c.int(wire, "AttributeProto.i");
          break;
        case 4:
          s = c.string(wire, end, "AttributeProto.s");
          break;
        case 5:
          t = decodeTensor(c, wire, end, `attribute '${name}' tensor`, ctx);
          break;
        case 6:
          g = decodeSubgraph(c, c.message(wire, end, "AttributeProto.g"), ctx);
          break;
        case 22:
          sparse = decodeSparseTensor(c, wire, end, `attribute '${name}' sparse tensor`, ctx);
          break;
        case 14:
          tp = decodeTypeProto(c, c.message(wire, end, "AttributeProto.tp"));
          break;
        case 7:
          readFloats(c, wire, end, "AttributeProto.floats", floats ??= []);
          break;
        case 8:
          readVarints(c, wire, end, "AttributeProto.ints", ints ??= []);
          break;
        case 9:
          (strings ??= []).push(c.string(wire, end, "AttributeProto.strings"));
          break;
        case 10:
          (tensors ??= []).push(decodeTensor(c, wire, end, `attribute '${name}' tensors`, ctx));
          break;
        case 11:
          (graphs ??= []).push(decodeSubgraph(c, c.message(wire, end, "AttributeProto.graphs"), ctx));
          break;
        case 23:
          (sparses ??= []).push(decodeSparseTensor(c, wire, end, `attribute '${name}' sparse tensors`, ctx));
          break;
        case 15:
          (tps ??= []).push(decodeTypeProto(c, c.message(wire, end, "AttributeProto.type_protos")));
          break;
        default:
          skipField(c, wire, end);
      }
  }
  endOf(c, end);
  if (ref2) {
    into.set(name, { type: "ref", value: ref2 });
    return;
  }
  if (type === 0) {
    type = f !== void 0 ? 1 : i !== void 0 ? 2 : s !== void 0 ? 3 : t ? 4 : g ? 5 : floats ? 6 : ints ? 7 : strings ? 8 : tensors ? 9 : graphs ? 10 : 0;
  }
  let value;
  switch (type) {
    case 1:
      value = { type: "float", value: f ?? 0 };
      break;
    case 2:
      value = { type: "int", value: i ?? 0 };
      break;
    case 3:
      value = { type: "string", value: s ?? "" };
      break;
    case 4:
      value = { type: "tensor", value: t ?? noValue(name, type) };
      break;
    case 5:
      value = { type: "graph", value: g ?? noValue(name, type) };
      break;
    case 11:
      value = { type: "sparse_tensor", value: sparse ?? noValue(name, type) };
      break;
    case 13:
      value = { type: "type_proto", value: tp ?? noValue(name, type) };
      break;
    case 6:
      value = { type: "floats", value: floats ?? [] };
      break;
    case 7:
      value = { type: "ints", value: ints ?? [] };
      break;
    case 8:
      value = { type: "strings", value: strings ?? [] };
      break;
    case 9:
      value = { type: "tensors", value: tensors ?? [] };
      break;
    case 10:
      value = { type: "graphs", value: graphs ?? [] };
      break;
    case 12:
      value = { type: "sparse_tensors", value: sparses ?? [] };
      break;
    case 14:
      value = { type: "type_protos", value: tps ?? [] };
      break;
    default:
      throw new WireError(`attribute '${name}' has unknown type ${type}`);
  }
  into.set(name, value);
}
function noValue(name, type) {
  throw new WireError(`attribute '${name}' of type ${type} has no value`);
}
function interned(s) {
  const known2 = internedNames.get(s);
  if (known2 !== void 0)
    return known2;
  if (internedNames.size < 4096)
    internedNames.set(s, s);
  return s;
}
function decodeNode(c, end, ctx) {
  ctx.nodeCount = (ctx.nodeCount ?? 0) + 1;
  const max = ctx.maxNodes ?? MAX_EXECUTED_NODES;
  if (ctx.nodeCount > max)
    throw new LimitError(`the model has more than ${max.toLocaleString("en-US")} nodes, the most model-budget profiles`);
  const inputs = spareInputs ?? [];
  const outputs = spareOutputs ?? [];
  spareInputs = void 0;
  spareOutputs = void 0;
  let inputCount = 0;
  let outputCount2 = 0;
  let attributes;
  let name = "";
  let opType = "";
  let domain = "";
  c.textFrom(end - c.at, NODE_NAME_FIELDS);
  while (c.at < end) {
    const tag = c.tag();
    const wire = tag & 7;
    const field = tag >>> 3;
    if (field === 1)
      inputs[inputCount++] = c.string(wire, end, "NodeProto.input");
    else if (field === 2)
      outputs[outputCount2++] = c.string(wire, end, "NodeProto.output");
    else
      switch (field) {
        case 3:
          name = c.string(wire, end, "NodeProto.name");
          break;
        case 4:
          opType = c.string(wire, end, "NodeProto.op_type");
          break;
        case 7:
          domain = c.string(wire, end, "NodeProto.domain");
          break;
        case 5: {
          decodeAttribute(c, c.message(wire, end, "NodeProto.attribute"), ctx, attributes ??= /* @__PURE__ */ new Map());
          break;
        }
        default:
          skipField(c, wire, end);
      }
  }
  endOf(c, end);
  spareInputs = inputs.length <= 64 ? inputs : [];
  spareOutputs = outputs.length <= 64 ? outputs : [];
  if (!opType)
    throw new WireError(`node '${name}' has no op_type`);
  const normalDomain = normalizeDomain(domain);
  const type = interned(opType);
  const dom = interned(normalDomain);
  const attrs = attributes ?? NO_ATTRIBUTES;
  return opType === "Constant" && normalDomain === "" ? { name, opType: type, domain: dom, inputs: inputs.slice(0, inputCount), outputs: outputs.slice(0, outputCount2), attributes: attrs, constant: true } : { name, opType: type, domain: dom, inputs: inputs.slice(0, inputCount), outputs: outputs.slice(0, outputCount2), attributes: attrs };
}
function decodeSubgraph(c, end, ctx) {
  const depth = (ctx.graphDepth ?? 0) + 1;
  if (depth > MAX_GRAPH_DEPTH)
    throw new LimitError(`subgraphs (If/Loop/Scan bodies) nest more than ${MAX_GRAPH_DEPTH} deep (byte ${c.at})`);
  ctx.graphDepth = depth;
  const g = decodeGraph(c, end, ctx);
  ctx.graphDepth = depth - 1;
  return g;
}
function decodeGraph(c, end, ctx) {
  const nodes = [];
  const initializers = /* @__PURE__ */ new Map();
  const inputs = [];
  const outputs = [];
  const valueInfo = [];
  let name = "";
  let twice;
  while (c.at < end) {
    const tag = c.tag();
    const wire = tag & 7;
    const field = tag >>> 3;
    if (field === 1)
      nodes.push(decodeNode(c, c.message(wire, end, "GraphProto.node"), ctx));
    else
      switch (field) {
        case 2:
          name = c.string(wire, end, "GraphProto.name");
          break;
        case 5: {
          const t = decodeTensor(c, wire, end, "initializer", ctx);
          if (initializers.has(t.name))
            twice ??= t.name;
          initializers.set(t.name, t);
          break;
        }
        case 15: {
          const t = decodeSparseTensor(c, wire, end, "sparse initializer", ctx);
          if (initializers.has(t.name))
            twice ??= t.name;
          initializers.set(t.name, t);
          break;
        }
        case 11:
          inputs.push(decodeValueInfo(c, c.message(wire, end, "GraphProto.input")));
          break;
        case 12:
          outputs.push(decodeValueInfo(c, c.message(wire, end, "GraphProto.output")));
          break;
        case 13:
          valueInfo.push(decodeValueInfo(c, c.message(wire, end, "GraphProto.value_info")));
          break;
        default:
          skipField(c, wire, end);
      }
  }
  endOf(c, end);
  if (twice !== void 0)
    throw new WireError(`graph '${name}': initializer '${twice}' is defined twice`);
  return { name, inputs, outputs, initializers, valueInfo, nodes };
}
function decodeOpset(c, end) {
  let domain = "";
  let version = 0;
  while (c.at < end) {
    const tag = c.tag();
    const wire = tag & 7;
    switch (tag >>> 3) {
      case 1:
        domain = c.string(wire, end, "OperatorSetIdProto.domain");
        break;
      case 2:
        version = c.int(wire, "OperatorSetIdProto.version");
        break;
      default:
        skipField(c, wire, end);
    }
  }
  endOf(c, end);
  return [normalizeDomain(domain), version];
}
function decodeFunction(c, end, ctx) {
  let name = "";
  let domain = "";
  let overload = "";
  const inputs = [];
  const outputs = [];
  const attributeNames = [];
  const attributeDefaults = /* @__PURE__ */ new Map();
  const opsetImports = /* @__PURE__ */ new Map();
  const nodes = [];
  while (c.at < end) {
    const tag = c.tag();
    const wire = tag & 7;
    switch (tag >>> 3) {
      case 1:
        name = c.string(wire, end, "FunctionProto.name");
        break;
      case 10:
        domain = c.string(wire, end, "FunctionProto.domain");
        break;
      case 13:
        overload = c.string(wire, end, "FunctionProto.overload");
        break;
      case 4:
        inputs.push(c.string(wire, end, "FunctionProto.input"));
        break;
      case 5:
        outputs.push(c.string(wire, end, "FunctionProto.output"));
        break;
      case 6:
        attributeNames.push(c.string(wire, end, "FunctionProto.attribute"));
        break;
      case 11: {
        decodeAttribute(c, c.message(wire, end, "FunctionProto.attribute_proto"), ctx, attributeDefaults);
        break;
      }
      case 9: {
        const [d, v] = decodeOpset(c, c.message(wire, end, "FunctionProto.opset_import"));
        opsetImports.set(d, v);
        break;
      }
      case 7:
        nodes.push(decodeNode(c, c.message(wire, end, "FunctionProto.node"), ctx));
        break;
      default:
        skipField(c, wire, end);
    }
  }
  endOf(c, end);
  return { name, domain: normalizeDomain(domain), overload, inputs, outputs, attributeNames, attributeDefaults, opsetImports, nodes };
}
function decodeModel(c, end, ctx) {
  const out = {
    irVersion: 0,
    producerName: "",
    producerVersion: "",
    opsetImports: /* @__PURE__ */ new Map(),
    graph: void 0,
    functions: [],
    metadata: /* @__PURE__ */ new Map()
  };
  while (c.at < end) {
    const tag = c.tag();
    const wire = tag & 7;
    switch (tag >>> 3) {
      case 1:
        out.irVersion = c.int(wire, "ModelProto.ir_version");
        break;
      case 2:
        out.producerName = c.string(wire, end, "ModelProto.producer_name");
        break;
      case 3:
        out.producerVersion = c.string(wire, end, "ModelProto.producer_version");
        break;
      case 7:
        out.graph = decodeGraph(c, c.message(wire, end, "ModelProto.graph"), ctx);
        break;
      case 8: {
        const [d, v] = decodeOpset(c, c.message(wire, end, "ModelProto.opset_import"));
        out.opsetImports.set(d, v);
        break;
      }
      case 14: {
        const [k, v] = decodeStringEntry(c, c.message(wire, end, "ModelProto.metadata_props"));
        out.metadata.set(k, v);
        break;
      }
      case 25:
        out.functions.push(decodeFunction(c, c.message(wire, end, "ModelProto.functions"), ctx));
        break;
      default:
        skipField(c, wire, end);
    }
  }
  endOf(c, end);
  return out;
}
var import_node_path5, TENSOR_BUFFER_LIMIT, NO_TYPED, BITS, DECODE_LIMIT, NO_ATTRIBUTES, NODE_NAME_FIELDS, internedNames, spareInputs, spareOutputs;
var init_decode = __esm({
  "build/src/formats/onnx/decode.js"() {
    "use strict";
    import_node_path5 = require("node:path");
    init_dtype();
    init_dtype_codes();
    init_ir();
    init_limits();
    init_wire();
    init_tensor_values();
    TENSOR_BUFFER_LIMIT = 1024;
    NO_TYPED = { floats: [], varints: [], doubles: [], seen: false };
    BITS = ONNX_DTYPES.map((d) => d ? dtypeBits(d) : 0);
    DECODE_LIMIT = ONNX_DTYPES.map((d) => d ? decodeLimit(d) : -1);
    NO_ATTRIBUTES = /* @__PURE__ */ new Map();
    NODE_NAME_FIELDS = 1 << 1 | 1 << 2 | 1 << 3 | 1 << 4;
    internedNames = /* @__PURE__ */ new Map();
    spareInputs = [];
    spareOutputs = [];
  }
});

// build/src/formats/onnx/reader.js
function readWhole(fd, size, path) {
  if (wholeFile.length < size)
    wholeFile = Buffer.allocUnsafe(Math.max(size, WHOLE_FILE));
  return wholeFile.subarray(0, readInto(fd, wholeFile, size, 0, path));
}
function readOnnxFile(path, options = {}) {
  return withOpenModel(path, (fd, size) => {
    if (size <= (options.wholeFileBytes ?? WHOLE_FILE)) {
      const bytes = readWhole(fd, size, path);
      const { model: model2, externalDataBytes: externalDataBytes2 } = decodeAndCheck(WireReader.fromBytes(bytes), bytes.byteLength, path);
      return { model: model2, externalDataBytes: externalDataBytes2, stats: { bytesRead: bytes.byteLength, readCalls: 1 } };
    }
    const wire = WireReader.fromFile(fd, size, options.windows);
    const { model, externalDataBytes } = decodeAndCheck(wire, size, path);
    return { model, externalDataBytes, stats: { bytesRead: wire.bytesRead, readCalls: wire.readCalls } };
  });
}
function externalDataLocations(bytes) {
  const ctx = { externalTensors: [] };
  try {
    decodeModel(WireReader.fromBytes(bytes), bytes.byteLength, ctx);
  } catch (e) {
    if (!(e instanceof WireError || e instanceof RangeError || e instanceof LimitError))
      throw e;
  }
  return [...new Set(ctx.externalTensors.map((t) => t.external.location))];
}
function externalDataLocationsInFile(path) {
  const ctx = { externalTensors: [] };
  try {
    withOpenModel(path, (fd, size) => {
      const wire = size <= WHOLE_FILE ? WireReader.fromBytes(readWhole(fd, size, path)) : WireReader.fromFile(fd, size);
      decodeModel(wire, wire.end, ctx);
    });
  } catch (e) {
    if (!(e instanceof WireError || e instanceof RangeError || e instanceof LimitError || e instanceof ModelFileError))
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
  } catch (e) {
    if (e instanceof WireError)
      throw new ModelFileError(path, notOnnxHint(e.message));
    if (e instanceof LimitError)
      throw new ModelFileError(path, e.message);
    if (e instanceof RangeError)
      throw new ModelFileError(path, `truncated or corrupt protobuf (${e.message})`);
    throw e;
  }
}
function checkDecoded(decoded, ctx, size, path) {
  const graph = decoded.graph;
  if (!graph) {
    throw new ModelFileError(path, "not an ONNX model: no graph in the file");
  }
  if (decoded.irVersion <= 0 && decoded.opsetImports.size === 0 && graph.nodes.length === 0) {
    throw new ModelFileError(path, "not an ONNX model: no IR version, opset or nodes");
  }
  const model = {
    format: "onnx",
    formatVersion: `IR ${decoded.irVersion}`,
    producer: `${decoded.producerName} ${decoded.producerVersion}`.trim(),
    opsetImports: decoded.opsetImports,
    graph,
    functions: decoded.functions,
    metadata: decoded.metadata,
    fileBytes: size
  };
  const externalDataBytes = checkExternalData(path, ctx.externalTensors);
  return { model, externalDataBytes };
}
function openOnnxFile(path, file) {
  const ctx = { externalTensors: [] };
  let size = 0;
  let decoded = null;
  let fault = null;
  const decode2 = (fd, n) => {
    size = n;
    const wire = n <= WHOLE_FILE ? WireReader.fromBytes(readWhole(fd, n, path)) : WireReader.fromFile(fd, n);
    return decodeWire(wire, wire.end, path, ctx);
  };
  try {
    decoded = file ? decode2(file.fd, file.size) : withOpenModel(path, decode2);
  } catch (e) {
    if (!(e instanceof ModelFileError))
      throw e;
    fault = e;
  }
  return {
    externalLocations: [...new Set(ctx.externalTensors.map((t) => t.external.location))],
    read(at) {
      if (fault !== null || decoded === null)
        throw new ModelFileError(at, fault?.detail ?? "not read");
      return checkDecoded(decoded, ctx, size, at);
    }
  };
}
function notOnnxHint(message) {
  if (message.startsWith("truncated"))
    return `${message} (the file is truncated or corrupt)`;
  return message.startsWith("not an ONNX model") ? message : `corrupt or not an ONNX model: ${message}`;
}
function sideFile(modelPath, dir, location, where) {
  if ((0, import_node_path6.isAbsolute)(location) || /^[a-zA-Z]:[\\/]/.test(location)) {
    throw new ModelFileError(modelPath, `${where}: absolute paths are not allowed; it must be relative to the model's folder`);
  }
  const file = (0, import_node_path6.resolve)(dir, location);
  if (file === dir || !isInside(dir, file)) {
    throw new ModelFileError(modelPath, `${where}: path escapes the model's folder`);
  }
  let found;
  try {
    found = containedEntry(dir, (0, import_node_path6.relative)(dir, file), "the model's folder");
  } catch (e) {
    if (e instanceof UnsafeFileError)
      throw new ModelFileError(modelPath, `${where}: ${e.reason}`);
    throw e;
  }
  if (found === null)
    throw new ModelFileError(modelPath, `${where}: no such file`);
  return found;
}
function checkExternalData(modelPath, tensors) {
  if (tensors.length === 0)
    return 0;
  const dir = (0, import_node_path6.resolve)((0, import_node_path6.dirname)(modelPath));
  const byLocation = /* @__PURE__ */ new Map();
  for (const t of tensors) {
    const ext = t.external;
    const where = () => `tensor '${t.name}' external data '${ext.location}'`;
    let side = byLocation.get(ext.location);
    if (side === void 0) {
      side = sideFile(modelPath, dir, ext.location, where());
      byLocation.set(ext.location, side);
    }
    const need2 = ext.length ?? t.byteSize;
    if (ext.length !== void 0 && ext.length !== t.byteSize) {
      throw new ModelFileError(modelPath, `${where()}: length ${ext.length} does not match dims [${t.dims.join(", ")}] of ${t.dtype} (${t.byteSize} bytes)`);
    }
    if (ext.offset + need2 > side.size) {
      throw new ModelFileError(modelPath, `${where()}: needs bytes ${ext.offset}..${ext.offset + need2} but the file has ${side.size}`);
    }
  }
  if (byLocation.size === 1)
    return byLocation.values().next().value.size;
  const sizes = /* @__PURE__ */ new Map();
  for (const side of byLocation.values())
    sizes.set(side.real(), side.size);
  let total = 0;
  for (const size of sizes.values())
    total += size;
  return total;
}
var import_node_path6, WHOLE_FILE, wholeFile;
var init_reader3 = __esm({
  "build/src/formats/onnx/reader.js"() {
    "use strict";
    import_node_path6 = require("node:path");
    init_errors();
    init_contained_file();
    init_file();
    init_limits();
    init_wire();
    init_decode();
    WHOLE_FILE = 128 * 1024;
    wholeFile = Buffer.allocUnsafe(0);
  }
});

// build/src/formats/onnx/format-reader.js
var format_reader_exports3 = {};
__export(format_reader_exports3, {
  reader: () => reader3
});
var reader3;
var init_format_reader3 = __esm({
  "build/src/formats/onnx/format-reader.js"() {
    "use strict";
    init_reader3();
    reader3 = {
      async read(path) {
        const { model, externalDataBytes } = readOnnxFile(path);
        return { kind: "graph", model, sideFileBytes: externalDataBytes };
      },
      open(path, file) {
        const opened = openOnnxFile(path, file);
        return {
          sideFiles: () => [...opened.externalLocations],
          read: async (at) => {
            const { model, externalDataBytes } = opened.read(at);
            return { kind: "graph", model, sideFileBytes: externalDataBytes };
          }
        };
      },
      sideFiles(_path, content) {
        if (content === null)
          return [];
        return "bytes" in content ? externalDataLocations(content.bytes) : externalDataLocationsInFile(content.file);
      }
    };
  }
});

// build/src/formats/shard-names.js
function shardOf(naming, name) {
  const m = naming.shard.exec(name);
  if (!m)
    return null;
  const total = Number(m[3]);
  return total >= 1 && total <= MAX_SHARDS ? { prefix: m[1], total, totalText: m[3] } : null;
}
function shardName(naming, prefix, i, totalText) {
  return `${prefix}-${String(i).padStart(5, "0")}-of-${totalText}${naming.shardSuffix}`;
}
function indexNames(naming, prefix) {
  const plain2 = `${prefix}${naming.indexSuffix}`;
  const dot = prefix.lastIndexOf(".");
  const variant = prefix.slice(dot + 1);
  return dot > 0 && isVariantName(variant) ? [addVariant(`${prefix.slice(0, dot)}${naming.indexSuffix}`, variant), plain2] : [plain2];
}
function indexPrefix(naming, name) {
  if (name.endsWith(naming.indexSuffix))
    return name.slice(0, -naming.indexSuffix.length);
  const v = splitVariant(name);
  if (v === null || !v.plain.endsWith(naming.indexSuffix) || v.plain.length === naming.indexSuffix.length)
    return null;
  return `${v.plain.slice(0, -naming.indexSuffix.length)}.${v.variant}`;
}
function shardSetModelKey(naming, path) {
  const name = import_node_path7.posix.basename(path);
  const dir = import_node_path7.posix.dirname(path);
  const m = naming.shard.exec(name);
  if (!m) {
    const prefix = indexPrefix(naming, name);
    const names = prefix === null ? [] : indexNames(naming, prefix);
    return names.length > 1 && names[0] !== name ? { key: import_node_path7.posix.join(dir, names[0]), entries: names.map((n) => import_node_path7.posix.join(dir, n)), alternatives: names.length } : null;
  }
  const indexes = indexNames(naming, m[1]).map((n) => import_node_path7.posix.join(dir, n));
  const first = import_node_path7.posix.join(dir, shardName(naming, m[1], 1, m[3]));
  const number = Number(m[2]);
  const inSet = number >= 1 && number <= Number(m[3]);
  return { key: indexes[0], entries: [.../* @__PURE__ */ new Set([...indexes, first, path])], ...indexes.length > 1 ? { alternatives: indexes.length } : {}, ...inSet ? { set: first } : {} };
}
var import_node_path7, MAX_SHARDS;
var init_shard_names = __esm({
  "build/src/formats/shard-names.js"() {
    "use strict";
    import_node_path7 = require("node:path");
    init_hf_variant();
    MAX_SHARDS = 1e5;
  }
});

// build/src/formats/safetensors/dtypes.js
function safetensorsDType(name) {
  return Object.prototype.hasOwnProperty.call(TABLE, name) ? TABLE[name] : void 0;
}
var TABLE, SAFETENSORS_DTYPE_NAMES;
var init_dtypes = __esm({
  "build/src/formats/safetensors/dtypes.js"() {
    "use strict";
    TABLE = {
      BOOL: { bits: 8, dtype: "bool", kind: "bool" },
      F4: { bits: 4, dtype: "float4e2m1", kind: "float" },
      F6_E2M3: { bits: 6, dtype: "float6e2m3", kind: "float" },
      F6_E3M2: { bits: 6, dtype: "float6e3m2", kind: "float" },
      U8: { bits: 8, dtype: "uint8", kind: "int" },
      I8: { bits: 8, dtype: "int8", kind: "int" },
      F8_E5M2: { bits: 8, dtype: "float8e5m2", kind: "float" },
      F8_E4M3: { bits: 8, dtype: "float8e4m3fn", kind: "float" },
      F8_E8M0: { bits: 8, dtype: "float8e8m0", kind: "float" },
      I16: { bits: 16, dtype: "int16", kind: "int" },
      U16: { bits: 16, dtype: "uint16", kind: "int" },
      F16: { bits: 16, dtype: "float16", kind: "float" },
      BF16: { bits: 16, dtype: "bfloat16", kind: "float" },
      I32: { bits: 32, dtype: "int32", kind: "int" },
      U32: { bits: 32, dtype: "uint32", kind: "int" },
      F32: { bits: 32, dtype: "float32", kind: "float" },
      C64: { bits: 64, dtype: "complex64", kind: "float" },
      F64: { bits: 64, dtype: "float64", kind: "float" },
      I64: { bits: 64, dtype: "int64", kind: "int" },
      U64: { bits: 64, dtype: "uint64", kind: "int" }
    };
    SAFETENSORS_DTYPE_NAMES = Object.keys(TABLE);
  }
});

// build/src/formats/safetensors/json-object.js
function isSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
function endOfString(text, i) {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === BACKSLASH)
      j++;
    else if (c === QUOTE)
      return j + 1;
  }
  throw new JsonShapeError("unterminated string");
}
function endOfValue(text, i, items = { n: 0 }) {
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === QUOTE) {
      j = endOfString(text, j) - 1;
      if (depth === 0)
        return j + 1;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth++;
      items.n++;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (depth === 0)
        return j;
      depth--;
      if (depth === 0)
        return j + 1;
    } else if (depth === 0 && (c === COMMA || isSpace(c))) {
      return j;
    } else if (c === COMMA) {
      items.n++;
    }
  }
  if (depth > 0)
    throw new JsonShapeError("unterminated object or array");
  return text.length;
}
function holdsTooMany(text) {
  const items = { n: 0 };
  endOfValue(text, 0, items);
  return items.n > MAX_PARSED_ITEMS;
}
function objectMembers(text, maxMembers, raw = /* @__PURE__ */ new Set()) {
  const out = [];
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && isSpace(text.charCodeAt(i)))
      i++;
  };
  skipSpace();
  if (text.charCodeAt(i) !== OPEN_BRACE)
    throw new JsonShapeError("not an object");
  i++;
  skipSpace();
  if (text.charCodeAt(i) === CLOSE_BRACE) {
    i++;
  } else {
    for (; ; ) {
      skipSpace();
      if (text.charCodeAt(i) !== QUOTE)
        throw new JsonShapeError("expected a key");
      const keyEnd = endOfString(text, i);
      const keyText2 = text.slice(i + 1, keyEnd - 1);
      const key = keyText2.includes("\\") ? JSON.parse(text.slice(i, keyEnd)) : keyText2;
      if (out.length >= maxMembers)
        throw new TooManyMembersError(maxMembers);
      i = keyEnd;
      skipSpace();
      if (text.charCodeAt(i) !== COLON)
        throw new JsonShapeError('expected ":"');
      i++;
      skipSpace();
      const items = { n: 0 };
      const valueEnd = endOfValue(text, i, items);
      if (valueEnd === i)
        throw new JsonShapeError("expected a value");
      const keep = raw.has(key);
      if (!keep && items.n > MAX_PARSED_ITEMS)
        throw new ValueTooLargeError(key);
      out.push([key, keep ? text.slice(i, valueEnd) : JSON.parse(text.slice(i, valueEnd))]);
      i = valueEnd;
      skipSpace();
      const c = text.charCodeAt(i);
      i++;
      if (c === CLOSE_BRACE)
        break;
      if (c !== COMMA)
        throw new JsonShapeError('expected "," or "}"');
    }
  }
  skipSpace();
  if (i !== text.length)
    throw new JsonShapeError("text after the object");
  return out;
}
var JsonShapeError, TooManyMembersError, QUOTE, BACKSLASH, OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET, COLON, COMMA, MAX_PARSED_ITEMS, ValueTooLargeError;
var init_json_object = __esm({
  "build/src/formats/safetensors/json-object.js"() {
    "use strict";
    JsonShapeError = class extends Error {
      name = "JsonShapeError";
    };
    TooManyMembersError = class extends Error {
      limit;
      name = "TooManyMembersError";
      constructor(limit) {
        super(`more than ${limit} members`);
        this.limit = limit;
      }
    };
    QUOTE = 34;
    BACKSLASH = 92;
    OPEN_BRACE = 123;
    CLOSE_BRACE = 125;
    OPEN_BRACKET = 91;
    CLOSE_BRACKET = 93;
    COLON = 58;
    COMMA = 44;
    MAX_PARSED_ITEMS = 4096;
    ValueTooLargeError = class extends Error {
      key;
      name = "ValueTooLargeError";
      constructor(key) {
        super(`member ${JSON.stringify(key.slice(0, 80))} holds more than ${MAX_PARSED_ITEMS} arrays, objects and items`);
        this.key = key;
      }
    };
  }
});

// build/src/formats/safetensors/header.js
function quoted2(name, max = 80) {
  return JSON.stringify(name.length > max ? `${name.slice(0, max)}\u2026` : name);
}
function readSafetensorsHeader(file) {
  const fail = (detail) => {
    throw new ModelFileError(file.path, detail);
  };
  if (file.size < 8)
    fail(`truncated: ${file.size} bytes, shorter than the 8-byte header length of a safetensors file`);
  const length = file.read(0, 8, "header length").readBigUInt64LE(0);
  if (length > BigInt(MAX_HEADER_BYTES)) {
    fail(`header length ${length} bytes exceeds the ${MAX_HEADER_BYTES / 1e6} MB limit (corrupt, or not a safetensors file)`);
  }
  const n = Number(length);
  if (8 + n > file.size)
    fail(`truncated: header length ${n} bytes runs past the end of the file (${file.size} bytes)`);
  if (n < 2)
    fail(`header length ${n} bytes is too short for a JSON object`);
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(file.read(8, n, "JSON header"));
  } catch (e) {
    if (e instanceof ModelFileError)
      throw e;
    return fail("JSON header is not valid UTF-8");
  }
  if (text.trimStart()[0] !== "{")
    fail('JSON header does not start with "{" (corrupt, or not a safetensors file)');
  let members;
  try {
    members = objectMembers(text, MAX_TENSORS2 + 1, METADATA);
  } catch (e) {
    if (e instanceof TooManyMembersError)
      return fail(`header lists more than ${MAX_TENSORS2} tensors, more than any real checkpoint: refused`);
    if (e instanceof ValueTooLargeError)
      return fail(`tensor ${quoted2(e.key)}: its entry holds more than ${MAX_PARSED_ITEMS} arrays, objects and items (a tensor's holds about 10): refused unparsed`);
    if (e instanceof SyntaxError || e instanceof JsonShapeError)
      return fail("JSON header is malformed (not valid JSON)");
    throw e;
  }
  const dataStart = 8 + n;
  const dataBytes = file.size - dataStart;
  const warnings = [];
  const metadata = /* @__PURE__ */ new Map();
  const entries = [];
  const seen = /* @__PURE__ */ new Set();
  for (const [name, value] of members) {
    if (seen.has(name))
      fail(`${name === "__metadata__" ? "__metadata__" : `tensor ${quoted2(name)}`} appears twice in the header`);
    seen.add(name);
    if (name === "__metadata__") {
      readMetadata(value, metadata, fail);
      continue;
    }
    entries.push(parseEntry(name, value, dataBytes, fail));
  }
  if (entries.length > MAX_TENSORS2)
    fail(`header lists more than ${MAX_TENSORS2} tensors, more than any real checkpoint: refused`);
  const sorted = [...entries].filter((e) => e.end > e.begin).sort((a, b) => a.begin - b.begin);
  let covered = 0;
  let reach;
  for (const cur of sorted) {
    if (reach && cur.begin < reach.end) {
      fail(`tensors ${quoted2(reach.name)} and ${quoted2(cur.name)} overlap (bytes ${reach.begin}..${reach.end} and ${cur.begin}..${cur.end})`);
    }
    if (!reach || cur.end > reach.end)
      reach = cur;
  }
  for (const e of sorted)
    covered += e.end - e.begin;
  if (covered < dataBytes)
    warnings.push(`${dataBytes - covered} bytes of the data section belong to no tensor`);
  return { entries, metadata, dataStart, warnings };
}
function readMetadata(raw, into, fail) {
  if (raw[0] !== "{")
    fail("__metadata__ is not an object of strings");
  try {
    for (const [k, text] of objectMembers(raw, Number.MAX_SAFE_INTEGER, EVERY_MEMBER)) {
      const v = text[0] !== '"' && holdsTooMany(text) ? text : JSON.parse(text);
      const s = typeof v === "string" ? v : text;
      into.set(k, s.length > MAX_METADATA_VALUE_CHARS ? `${s.slice(0, MAX_METADATA_VALUE_CHARS)}\u2026` : s);
    }
  } catch (e) {
    if (e instanceof SyntaxError || e instanceof JsonShapeError)
      return fail("JSON header is malformed (not valid JSON)");
    throw e;
  }
}
function parseEntry(name, value, dataBytes, fail) {
  const where = `tensor ${quoted2(name)}`;
  if (value === null || typeof value !== "object" || Array.isArray(value))
    fail(`${where}: entry is not an object`);
  const v = value;
  if (typeof v["dtype"] !== "string")
    fail(`${where}: no dtype`);
  const typeName = v["dtype"];
  const type = safetensorsDType(typeName);
  if (!type)
    return fail(`${where}: unknown dtype ${quoted2(typeName, 20)}`);
  const shape = v["shape"];
  if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && d >= 0)) {
    return fail(`${where}: shape is not a list of non-negative integers`);
  }
  const dims = shape;
  let elements = 1;
  for (const d of dims) {
    elements *= d;
    if (!Number.isSafeInteger(elements))
      fail(`${where}: shape [${dims.join(", ")}] has more elements than can be counted exactly`);
  }
  const offsets = v["data_offsets"];
  if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every((o) => Number.isSafeInteger(o) && o >= 0)) {
    return fail(`${where}: data_offsets is not a pair of non-negative integers`);
  }
  const [begin, end] = offsets;
  if (end < begin)
    fail(`${where}: data_offsets [${begin}, ${end}] end before they begin`);
  const bits = elements * type.bits;
  if (!Number.isSafeInteger(bits))
    fail(`${where}: shape [${dims.join(", ")}] is too large`);
  if (bits % 8 !== 0)
    fail(`${where}: ${elements} ${typeName} values are not a whole number of bytes`);
  if (end - begin !== bits / 8) {
    fail(`${where}: data_offsets [${begin}, ${end}] hold ${end - begin} bytes, but shape [${dims.join(", ")}] of ${typeName} needs ${bits / 8}`);
  }
  if (end > dataBytes) {
    fail(`truncated: ${where} ends at byte ${end} of the data section, which has ${dataBytes} bytes`);
  }
  return { name, type, typeName, dims, elements, begin, end };
}
var MAX_HEADER_BYTES, MAX_TENSORS2, MAX_METADATA_VALUE_CHARS, METADATA, EVERY_MEMBER;
var init_header = __esm({
  "build/src/formats/safetensors/header.js"() {
    "use strict";
    init_errors();
    init_dtypes();
    init_json_object();
    MAX_HEADER_BYTES = 1e8;
    MAX_TENSORS2 = 2e5;
    MAX_METADATA_VALUE_CHARS = 500;
    METADATA = /* @__PURE__ */ new Set(["__metadata__"]);
    EVERY_MEMBER = { has: () => true };
  }
});

// build/src/formats/shard-set.js
function countReads(stats, f) {
  stats.bytesRead += f.bytesRead;
  stats.readCalls += f.readCalls;
  stats.fileBytes += f.size;
}
function isShardSetFile(naming, name) {
  return indexPrefix(naming, name) !== null || shardOf(naming, name) !== null;
}
function readShardSet(naming, path, stats, readShard, tensorNames, warnings) {
  let layout2 = layoutOf2(naming, path);
  const indexPath = layout2.index !== void 0 ? (0, import_node_path8.join)(layout2.dir, layout2.index) : void 0;
  const index = indexPath !== void 0 ? readIndex(indexPath, stats) : void 0;
  let shardNames = index ? [...new Set(index.weightMap.values())].sort() : layout2.shards;
  const outside = outsideItsSet(naming, path, layout2, shardNames);
  if (outside !== null) {
    warnings.push(outside);
    layout2 = { dir: layout2.dir, shards: [(0, import_node_path8.basename)(path)] };
    shardNames = layout2.shards;
  }
  const shards = [];
  for (const shard of shardNames) {
    const shardPath = (0, import_node_path8.join)(layout2.dir, shard);
    const state = fileState(shardPath);
    if (state !== "file") {
      throw new ModelFileError(indexPath ?? path, `shard ${quoted2(shard)} of the set is ${state === "missing" ? "missing" : "not a regular file (links are not followed)"}`);
    }
    shards.push({ shard, read: readShard(shardPath, shard) });
  }
  const where = /* @__PURE__ */ new Map();
  for (const { shard, read } of shards) {
    for (const name of tensorNames(read)) {
      const seen = where.get(name);
      if (seen !== void 0 && seen !== shard)
        throw new ModelFileError((0, import_node_path8.join)(layout2.dir, shard), `tensor ${quoted2(name)} is stored in more than one shard (also in ${quoted2(seen)})`);
      where.set(name, shard);
    }
  }
  if (index && outside === null)
    checkAgainstIndex(indexPath, index.weightMap, where, warnings);
  const setIndex = outside === null ? layout2.index : void 0;
  return {
    dir: layout2.dir,
    ...setIndex !== void 0 ? { index: { name: setIndex, ...index?.totalSize !== void 0 ? { totalSize: index.totalSize } : {} } } : {},
    shards,
    sharded: setIndex !== void 0 || shardNames.length > 1,
    sideFiles: [...setIndex !== void 0 && indexPath !== path ? [setIndex] : [], ...shardNames.filter((s) => (0, import_node_path8.join)(layout2.dir, s) !== path)]
  };
}
function outsideItsSet(naming, path, layout2, shardNames) {
  const name = (0, import_node_path8.basename)(path);
  const m = naming.shard.exec(name);
  if (!m || shardNames.includes(name))
    return null;
  if (layout2.index !== void 0)
    return `named as a shard of the set of ${quoted2(layout2.index)}, which does not list it (loaders ignore it): measured as a model of its own`;
  return `named as shard ${Number(m[2])} of a set of ${Number(m[3])}, which has no such shard (loaders ignore it): measured as a model of its own`;
}
function shardSetSideFiles(naming, path, content) {
  const name = (0, import_node_path8.basename)(path);
  const out = [];
  if (indexPrefix(naming, name) !== null) {
    if (content !== null)
      out.push(...shardsNamedIn(content));
  } else {
    const s = shardOf(naming, name);
    if (s) {
      out.push(...indexNames(naming, s.prefix));
      for (let i = 1; i <= s.total; i++)
        out.push(shardName(naming, s.prefix, i, s.totalText));
    }
  }
  return [...new Set(out)].filter((f) => f !== name);
}
function shardsNamedIn(content) {
  try {
    const idx = "bytes" in content ? parseIndex(Buffer.from(content.bytes.buffer, content.bytes.byteOffset, content.bytes.byteLength).toString("utf8"), "index") : readIndex(content.file, { bytesRead: 0, readCalls: 0, fileBytes: 0 });
    return [...new Set(idx.weightMap.values())].sort();
  } catch (e) {
    if (e instanceof ModelFileError)
      return [];
    throw e;
  }
}
function layoutOf2(naming, path) {
  const dir = (0, import_node_path8.dirname)(path);
  const name = (0, import_node_path8.basename)(path);
  if (indexPrefix(naming, name) !== null)
    return { dir, index: name, shards: [] };
  const m = naming.shard.exec(name);
  if (!m)
    return { dir, shards: [name] };
  const index = indexNames(naming, m[1]).find((n) => fileState((0, import_node_path8.join)(dir, n)) === "file");
  if (index !== void 0)
    return { dir, index, shards: [] };
  const s = shardOf(naming, name);
  if (!s)
    return { dir, shards: [name] };
  return { dir, shards: Array.from({ length: s.total }, (_, i) => shardName(naming, s.prefix, i + 1, s.totalText)) };
}
function readIndex(path, stats) {
  const text = withRandomAccessFile(path, (f) => {
    if (f.size > MAX_INDEX_BYTES)
      throw new ModelFileError(path, `index is ${f.size} bytes, over the ${MAX_INDEX_BYTES / 1e6} MB limit`);
    const bytes = f.read(0, f.size, "index");
    countReads(stats, f);
    return bytes.toString("utf8");
  });
  return parseIndex(text, path);
}
function parseIndex(text, path) {
  if (text.length > MAX_INDEX_BYTES)
    throw new ModelFileError(path, `index is over the ${MAX_INDEX_BYTES / 1e6} MB limit`);
  let top;
  let entries;
  try {
    top = new Map(objectMembers(text, 16, /* @__PURE__ */ new Set(["weight_map"])));
    const mapText = top.get("weight_map");
    if (typeof mapText !== "string" || !mapText.startsWith("{"))
      throw new ModelFileError(path, "index has no weight_map object");
    entries = objectMembers(mapText, MAX_TENSORS2);
  } catch (e) {
    if (e instanceof TooManyMembersError)
      throw new ModelFileError(path, `index lists more than ${e.limit} entries: refused`);
    if (e instanceof ValueTooLargeError)
      throw new ModelFileError(path, `index ${top === void 0 ? "member" : "weight_map entry"} ${quoted2(e.key)} holds more than ${MAX_PARSED_ITEMS} arrays, objects and items: refused unparsed`);
    if (e instanceof SyntaxError || e instanceof JsonShapeError)
      throw new ModelFileError(path, "index is not valid JSON");
    throw e;
  }
  const weightMap = /* @__PURE__ */ new Map();
  for (const [tensor2, file] of entries) {
    if (typeof file !== "string")
      throw new ModelFileError(path, `weight_map entry ${quoted2(tensor2)} is not a file name`);
    if (file === "" || file.includes("/") || file.includes("\\") || file === "." || file === ".." || file.includes("\0")) {
      throw new ModelFileError(path, `weight_map names shard ${quoted2(file)}, which is not a file name in the index's folder`);
    }
    weightMap.set(tensor2, file);
  }
  if (new Set(weightMap.values()).size > MAX_SHARDS)
    throw new ModelFileError(path, `index names more than ${MAX_SHARDS} shards`);
  const meta = top.get("metadata");
  const total = meta !== null && typeof meta === "object" ? meta.total_size : void 0;
  return { weightMap, ...typeof total === "number" && Number.isSafeInteger(total) ? { totalSize: total } : {} };
}
function checkAgainstIndex(indexPath, weightMap, where, warnings) {
  for (const [tensor2, shard] of weightMap) {
    const found = where.get(tensor2);
    if (found === void 0)
      throw new ModelFileError(indexPath, `tensor ${quoted2(tensor2)} is listed in shard ${quoted2(shard)} but is not in it`);
    if (found !== shard)
      throw new ModelFileError(indexPath, `tensor ${quoted2(tensor2)} is listed in shard ${quoted2(shard)} but stored in ${quoted2(found)}`);
  }
  const extra = [...where.keys()].filter((t) => !weightMap.has(t));
  if (extra.length > 0)
    warnings.push(`${extra.length} tensor(s) in the shards are not listed in the index (first: ${quoted2(extra[0])})`);
}
var import_node_path8, MAX_INDEX_BYTES;
var init_shard_set = __esm({
  "build/src/formats/shard-set.js"() {
    "use strict";
    import_node_path8 = require("node:path");
    init_errors();
    init_file();
    init_random_access();
    init_header();
    init_json_object();
    init_shard_names();
    MAX_INDEX_BYTES = 32e6;
  }
});

// build/src/formats/safetensors/hf-config.js
function isObject2(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function configObject(text, consequence) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    return `config.json is not valid JSON; ${consequence}`;
  }
  return isObject2(raw) ? raw : `config.json is not a JSON object; ${consequence}`;
}
function parseHfConfig(text, tensorNames) {
  const raw = configObject(text, "LLM figures are not available");
  if (typeof raw === "string")
    return { warnings: [raw] };
  const warnings = [];
  const quantization = parseQuantization(raw["quantization_config"], warnings);
  const c = isObject2(raw["text_config"]) ? { ...raw, ...raw["text_config"] } : raw;
  const modelType = typeof c["model_type"] === "string" ? c["model_type"].slice(0, 64) : void 0;
  const architecture = modelType ?? (Array.isArray(raw["architectures"]) && typeof raw["architectures"][0] === "string" ? raw["architectures"][0].slice(0, 64) : "unknown");
  const first = (...keys) => {
    for (const k of keys)
      if (c[k] !== void 0 && c[k] !== null)
        return c[k];
    return void 0;
  };
  const hiddenSize = first("hidden_size", "n_embd", "d_model");
  const experts = first("num_local_experts", "num_experts", "n_routed_experts");
  const isMoe = typeof experts === "number" && experts > 0;
  const dtype = first("torch_dtype", "dtype");
  const kvCacheElementBytes = dtype === "float32" ? 4 : dtype === "float64" ? 8 : 2;
  let intermediateSize = isMoe ? first("moe_intermediate_size", "intermediate_size", "ffn_dim") : first("intermediate_size", "n_inner", "ffn_dim", "ffn_hidden_size");
  if (intermediateSize === void 0 && architecture === "gpt2" && typeof hiddenSize === "number")
    intermediateSize = 4 * hiddenSize;
  let sharedExpertIntermediateSize = first("shared_expert_intermediate_size");
  const sharedCount = first("n_shared_experts");
  if (sharedExpertIntermediateSize === void 0 && typeof sharedCount === "number" && typeof intermediateSize === "number" && sharedCount > 0) {
    sharedExpertIntermediateSize = sharedCount * intermediateSize;
  }
  if (first("first_k_dense_replace", "decoder_sparse_step", "mlp_only_layers") !== void 0 && isMoe) {
    warnings.push("config.json: some layers are dense rather than MoE (first_k_dense_replace/decoder_sparse_step/mlp_only_layers); the MLP MACs count every layer as MoE");
  }
  const multiQuery = c["multi_query"] === true ? 1 : void 0;
  const slidingWindow = c["use_sliding_window"] === false ? void 0 : first("sliding_window", "attention_window");
  const fields = {
    architecture,
    hiddenSize,
    layers: first("num_hidden_layers", "n_layer", "num_layers"),
    heads: first("num_attention_heads", "n_head"),
    kvHeads: first("num_key_value_heads", "num_kv_heads", "n_head_kv") ?? multiQuery,
    headDim: first("head_dim"),
    intermediateSize,
    gatedMlp: !PLAIN_MLP.has(architecture),
    vocabSize: first("vocab_size"),
    tiedEmbeddings: typeof c["tie_word_embeddings"] === "boolean" ? c["tie_word_embeddings"] : !hasLmHead(tensorNames),
    maxContext: first("max_position_embeddings", "n_positions", "n_ctx", "max_sequence_length", "seq_length"),
    slidingWindow: typeof slidingWindow === "number" ? slidingWindow : void 0,
    slidingWindowLayers: typeof slidingWindow === "number" ? slidingLayers2(c, architecture) : void 0,
    experts: isMoe ? experts : void 0,
    expertsPerToken: isMoe ? first("num_experts_per_tok", "num_experts_per_token", "moe_topk", "top_k") : void 0,
    sharedExpertIntermediateSize: isMoe ? sharedExpertIntermediateSize : void 0,
    kvCacheElementBytes
  };
  const built = buildDecoderSpec(fields, "config.json", {
    hiddenSize: "hidden_size",
    layers: "num_hidden_layers",
    heads: "num_attention_heads",
    kvHeads: "num_key_value_heads",
    headDim: "head_dim",
    intermediateSize: isMoe ? "moe_intermediate_size/intermediate_size" : "intermediate_size",
    vocabSize: "vocab_size",
    maxContext: "max_position_embeddings",
    slidingWindow: "sliding_window",
    experts: "num_experts",
    expertsPerToken: "num_experts_per_tok",
    sharedExpertIntermediateSize: "shared_expert_intermediate_size"
  });
  if ("reason" in built) {
    warnings.push(`${built.reason}; LLM figures are not available`);
    return { quantization, modelType, warnings };
  }
  return { decoder: built.spec, quantization, modelType, warnings };
}
function parseQuantizationConfig(text) {
  const raw = configObject(text, "its quantization_config is not used");
  if (typeof raw === "string")
    return { warnings: [raw] };
  const warnings = [];
  const quantization = parseQuantization(raw["quantization_config"], warnings);
  return { ...quantization ? { quantization } : {}, warnings };
}
function readConfigText(path, warnings, onRead) {
  return withRandomAccessFile(path, (f) => {
    if (f.size > MAX_CONFIG_BYTES2) {
      warnings.push(`config.json is ${f.size} bytes, over the ${MAX_CONFIG_BYTES2 / 1e6} MB limit; it is not used`);
      return void 0;
    }
    const text = f.read(0, f.size, "config.json").toString("utf8");
    onRead?.(f);
    return text;
  });
}
function describeQuantization(q2) {
  if (q2.method === "bitsandbytes")
    return q2.bits === 4 ? `bitsandbytes 4-bit ${q2.bnb4bitType ?? "nf4"} (2 values per byte)` : "bitsandbytes 8-bit (int8)";
  if (q2.method === "mxfp4")
    return "MXFP4 (2 values per byte, E8M0 scale per 32)";
  const per = q2.bits === 3 ? "32 values per 3 int32" : `${32 / q2.bits} values per int32`;
  return `${q2.method.toUpperCase()} ${q2.bits}-bit${q2.groupSize !== void 0 && q2.groupSize > 0 ? `, group ${q2.groupSize}` : ""} (${per})`;
}
function unpackGptqAwq(name, dtype, dims, elements, q2) {
  if (q2.method !== "gptq" && q2.method !== "awq")
    return void 0;
  if (name.endsWith(".qweight") && dtype === "int32" && dims.length === 2) {
    const [r, c] = dims;
    const unpacked = q2.method === "gptq" ? [r * 32 / q2.bits, c] : [r, c * 32 / q2.bits];
    return { dtype: `uint${q2.bits}`, dims: unpacked, elements: elements * 32 / q2.bits, role: "param", quantization: describeQuantization(q2) };
  }
  if (name.endsWith(".qzeros") || name.endsWith(".scales")) {
    return { dtype, dims, elements, role: "buffer", quantization: `${q2.method.toUpperCase()} ${name.endsWith(".qzeros") ? "zero points" : "scales"}` };
  }
  if (name.endsWith(".g_idx"))
    return { dtype, dims, elements, role: "non-weight" };
  return void 0;
}
function isPackedQuantState(name, names) {
  const m = /^(.*)\.(scales|qzeros)$/.exec(name);
  return m !== null && names.has(`${m[1]}.qweight`);
}
function hasLmHead(names) {
  for (const n of names)
    if (n === "lm_head.weight" || n.endsWith(".lm_head.weight") || n === "embed_out.weight" || n === "lm_head.qweight")
      return true;
  return false;
}
function slidingLayers2(c, architecture) {
  const types = c["layer_types"];
  if (Array.isArray(types))
    return types.filter((t) => t === "sliding_attention").length || void 0;
  const layers = c["num_hidden_layers"];
  if (typeof layers !== "number" || !Number.isSafeInteger(layers) || layers <= 0)
    return void 0;
  if (architecture === "gemma2")
    return Math.ceil(layers / 2);
  if (architecture.startsWith("gemma3")) {
    const p = c["sliding_window_pattern"];
    const pattern = typeof p === "number" && Number.isSafeInteger(p) && p > 0 ? p : 6;
    return layers - Math.floor(layers / pattern);
  }
  return void 0;
}
function parseQuantization(q2, warnings) {
  if (q2 === void 0)
    return void 0;
  if (!isObject2(q2)) {
    warnings.push("config.json: quantization_config is not an object; ignored");
    return void 0;
  }
  const method = typeof q2["quant_method"] === "string" ? q2["quant_method"].toLowerCase().slice(0, 40) : "";
  const groupSize = typeof q2["group_size"] === "number" ? q2["group_size"] : void 0;
  if (method === "gptq" || method === "awq") {
    const bits = q2["bits"] ?? q2["w_bit"] ?? 4;
    if (typeof bits !== "number" || ![2, 3, 4, 8].includes(bits)) {
      const shown = bits === null ? "null" : Array.isArray(bits) ? "a list" : typeof bits === "object" ? "an object" : quoted2(String(bits), 10);
      warnings.push(`config.json: ${method} bits ${shown} is not 2, 3, 4 or 8; packed weights are counted as stored`);
      return void 0;
    }
    const group = groupSize ?? (typeof q2["q_group_size"] === "number" ? q2["q_group_size"] : void 0);
    return { method, bits, ...group !== void 0 ? { groupSize: group } : {} };
  }
  if (method === "bitsandbytes" || q2["load_in_4bit"] !== void 0 || q2["load_in_8bit"] !== void 0) {
    if (q2["load_in_4bit"] === true) {
      const t = q2["bnb_4bit_quant_type"];
      return { method: "bitsandbytes", bits: 4, bnb4bitType: t === "fp4" ? "fp4" : "nf4" };
    }
    return { method: "bitsandbytes", bits: 8 };
  }
  if (method === "mxfp4")
    return { method, bits: 4 };
  if (method !== "")
    return { method, bits: 0 };
  return void 0;
}
var MAX_CONFIG_BYTES2, PLAIN_MLP, PACKED_WITHOUT_CONFIG;
var init_hf_config = __esm({
  "build/src/formats/safetensors/hf-config.js"() {
    "use strict";
    init_decoder_spec();
    init_random_access();
    init_header();
    MAX_CONFIG_BYTES2 = 4e6;
    PLAIN_MLP = /* @__PURE__ */ new Set(["gpt2", "gpt_neox", "gptj", "gpt_bigcode", "phi", "opt", "bloom", "falcon", "starcoder2", "codegen", "mpt"]);
    PACKED_WITHOUT_CONFIG = "packed quantized tensors (.qweight) without a quantization_config (read from a config.json beside a .safetensors or .bin file): params leave out the packed int32 words (bits per value unknown), and their .scales/.qzeros are buffers";
  }
});

// build/src/formats/pytorch/hf-quantization.js
function hfConfigSideFiles(path) {
  const name = (0, import_node_path9.basename)(path).toLowerCase();
  return name.endsWith(".bin") || indexPrefix(PYTORCH_SET, name) !== null ? ["config.json"] : [];
}
function withHfQuantization(weights, path) {
  if (!weights.tensors.some((t) => t.name.endsWith(".qweight")))
    return weights;
  const warnings = [...weights.warnings];
  const configPath = (0, import_node_path9.join)((0, import_node_path9.dirname)(path), "config.json");
  const hasConfig = hfConfigSideFiles(path).length > 0 && fileState(configPath) === "file";
  const text = hasConfig ? readConfigText(configPath, warnings) : void 0;
  const parsed = text === void 0 ? void 0 : parseQuantizationConfig(text);
  warnings.push(...parsed?.warnings ?? []);
  const q2 = parsed?.quantization;
  const unpacks = q2 !== void 0 && (q2.method === "gptq" || q2.method === "awq");
  if (!q2)
    warnings.push(PACKED_WITHOUT_CONFIG);
  else if (!unpacks)
    warnings.push(`quant_method ${quoted2(q2.method, 40)} is not one we unpack in a PyTorch file: params leave out the packed int32 words, and their .scales/.qzeros are buffers`);
  const names = new Set(weights.tensors.map((t) => t.name));
  const tensors = weights.tensors.map((t) => {
    if (t.role === "optimizer")
      return t;
    const u = unpacks ? unpackGptqAwq(t.name, t.dtype, t.dims, t.elements, q2) : void 0;
    if (u)
      return { ...t, dtype: u.dtype, dims: u.dims, elements: u.elements, role: u.role, ...u.quantization !== void 0 ? { quantization: u.quantization } : {} };
    return isPackedQuantState(t.name, names) ? { ...t, role: "buffer" } : t;
  });
  const metadata = new Map(weights.metadata);
  if (unpacks)
    metadata.set("quantization", describeQuantization(q2));
  return { ...weights, tensors, metadata, warnings, sideFiles: [...weights.sideFiles, ...hasConfig ? ["config.json"] : []] };
}
var import_node_path9;
var init_hf_quantization = __esm({
  "build/src/formats/pytorch/hf-quantization.js"() {
    "use strict";
    import_node_path9 = require("node:path");
    init_file();
    init_hf_config();
    init_header();
    init_shard_names();
    init_signature2();
  }
});

// build/src/formats/weights.js
var NO_WEIGHTS_PREFIX;
var init_weights2 = __esm({
  "build/src/formats/weights.js"() {
    "use strict";
    NO_WEIGHTS_PREFIX = "no weights: ";
  }
});

// build/src/formats/pytorch/pickle.js
function pairsOf(flat) {
  return {
    *[Symbol.iterator]() {
      for (let i = 0; i < flat.length; i += 2)
        yield [flat[i], flat[i + 1]];
    }
  };
}
function hasRepeatedKey(flat) {
  for (let i = 2; i < flat.length; i += 2) {
    const id2 = keyIdentity(flat[i]);
    if (id2 === void 0)
      continue;
    for (let j = 0; j < i; j += 2)
      if (keyIdentity(flat[j]) === id2)
        return true;
  }
  return false;
}
function keyIdentity(k) {
  if (typeof k === "string")
    return k;
  if (typeof k === "boolean")
    return k ? 1 : 0;
  if (typeof k === "bigint")
    return k >= BigInt(Number.MIN_SAFE_INTEGER) && k <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(k) : k;
  if (typeof k === "number") {
    if (Number.isNaN(k))
      return void 0;
    return Number.isInteger(k) && !Number.isSafeInteger(k) ? BigInt(k) : k;
  }
  return void 0;
}
function shortAscii(bytes, from, to) {
  if (to - from > 64)
    return void 0;
  let s = "";
  for (let i = from; i < to; i++) {
    const c = bytes[i];
    if (c >= 128)
      return void 0;
    s += String.fromCharCode(c);
  }
  return s;
}
function unpickle(bytes, start, hooks, final = true, limits = DEFAULT_LIMITS) {
  const view2 = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.byteLength;
  let pos = start;
  const stack = [];
  const marks = [];
  const memo = [];
  const farMemo = /* @__PURE__ */ new Map();
  let memoSize = 0;
  let ops23 = 0;
  const fail = (what) => {
    throw new PickleError(`${what} (at byte ${pos - 1})`);
  };
  const need2 = (n) => {
    if (n > end - pos) {
      if (!final)
        throw new NeedMoreBytes(pos + n);
      fail(`truncated: needs ${n} more bytes, ${end - pos} left`);
    }
  };
  const u8 = () => {
    need2(1);
    return bytes[pos++];
  };
  const u16 = () => {
    need2(2);
    const v = view2.getUint16(pos, true);
    pos += 2;
    return v;
  };
  const u32 = () => {
    need2(4);
    const v = view2.getUint32(pos, true);
    pos += 4;
    return v;
  };
  const i32 = () => {
    need2(4);
    const v = view2.getInt32(pos, true);
    pos += 4;
    return v;
  };
  const len64 = () => {
    need2(8);
    const lo = view2.getUint32(pos, true);
    const hi = view2.getUint32(pos + 4, true);
    pos += 8;
    if (hi >= 2097152)
      fail(`declared length ${hi} * 2^32 + ${lo} is absurd`);
    return hi * 2 ** 32 + lo;
  };
  const take = (n) => {
    need2(n);
    const out = bytes.subarray(pos, pos + n);
    pos += n;
    return out;
  };
  const line2 = () => {
    const limit = Math.min(end, pos + MAX_LINE);
    let i = pos;
    while (i < limit && bytes[i] !== 10)
      i++;
    if (i === limit) {
      if (limit === end && !final)
        throw new NeedMoreBytes(pos + MAX_LINE);
      fail(limit === end ? "truncated: unterminated text line" : `text line longer than ${MAX_LINE} bytes`);
    }
    const text2 = shortAscii(bytes, pos, i) ?? latin1.decode(bytes.subarray(pos, i));
    pos = i + 1;
    return text2;
  };
  const text = (n) => {
    need2(n);
    const fast = shortAscii(bytes, pos, pos + n);
    if (fast !== void 0) {
      pos += n;
      return fast;
    }
    const raw = take(n);
    try {
      return utf8.decode(raw);
    } catch {
      return fail("string is not valid UTF-8");
    }
  };
  const push = (v) => {
    if (stack.length >= limits.maxStack)
      fail(`stack deeper than ${limits.maxStack} items`);
    stack.push(v);
  };
  const maxBuilt = limits.maxBuilt ?? Math.max(MIN_BUILT, Math.floor((end - start) / BYTES_PER_BUILT));
  let builtCount = 0;
  const built = (v) => {
    if (++builtCount > maxBuilt)
      fail(`builds more than ${maxBuilt} objects, one per ${BYTES_PER_BUILT} bytes of pickle (real checkpoints build one per 20 to 100 bytes): refused`);
    return v;
  };
  const pushNew = (v) => push(built(v));
  const maxSlots = limits.maxSlots ?? Math.max(MIN_SLOTS, Math.floor((end - start) / BYTES_PER_SLOT));
  let slotCount = 0;
  const slots = (n) => {
    slotCount += n;
    if (slotCount > maxSlots)
      fail(`puts more than ${maxSlots} values into containers, one per ${BYTES_PER_SLOT} bytes of pickle (real checkpoints put one per 5 bytes or more): refused`);
  };
  const counted = (items) => {
    slots(items.length);
    return items;
  };
  const pop = () => {
    if (stack.length === 0 || marks.length > 0 && stack.length <= marks[marks.length - 1])
      fail("stack underflow");
    return stack.pop();
  };
  const top = () => {
    if (stack.length === 0 || marks.length > 0 && stack.length <= marks[marks.length - 1])
      fail("stack underflow");
    return stack[stack.length - 1];
  };
  const popMark = () => {
    if (marks.length === 0)
      fail("no MARK on the stack");
    const at = marks.pop();
    return stack.splice(at);
  };
  const isIndex = (key) => Number.isInteger(key) && key >= 0 && key < 2 ** 32 - 1;
  const memoPut = (key, v) => {
    const isNew = isIndex(key) ? memo[key] === void 0 : !farMemo.has(key);
    if (isNew && memoSize >= limits.maxMemo)
      fail(`memo larger than ${limits.maxMemo} entries`);
    if (isNew)
      memoSize++;
    if (isIndex(key))
      memo[key] = v;
    else
      farMemo.set(key, v);
  };
  const memoGet = (key) => {
    const v = isIndex(key) ? memo[key] : farMemo.get(key);
    if (v === void 0)
      fail(`memo key ${key} was never stored`);
    return v;
  };
  const reduce3 = (func, args) => {
    const described = hooks.reduce?.(func, args);
    if (described === void 0)
      return new PyObject(func, args);
    if (described instanceof PyDict)
      slots(described.flat.length);
    else if (described instanceof PyTuple || described instanceof PyList)
      slots(described.items.length);
    return described;
  };
  const setItems = (target, kv) => {
    if (kv.length % 2 !== 0)
      fail("SETITEMS with an odd number of items");
    const into = target instanceof PyDict ? target : target instanceof PyObject ? target.items ??= built(new PyDict()) : fail(`SETITEMS on ${kindOf2(target)}`);
    slots(kv.length);
    for (let i = 0; i < kv.length; i += 2)
      into.set(kv[i], kv[i + 1]);
  };
  const appendItems = (target, items) => {
    const into = target instanceof PyList ? target.items : target instanceof PyObject ? target.appended : fail(`APPENDS on ${kindOf2(target)}`);
    slots(items.length);
    for (const v of items)
      into.push(v);
  };
  const global2 = (module4, name) => {
    if (module4.length === 0 || name.length === 0)
      fail("GLOBAL with an empty name");
    if (module4.length > MAX_GLOBAL_NAME || name.length > MAX_GLOBAL_NAME)
      fail(`GLOBAL names a module or attribute of more than ${MAX_GLOBAL_NAME} characters`);
    return new PyGlobal(module4, name);
  };
  const parseInt10 = (s, what) => {
    const t = s.endsWith("L") ? s.slice(0, -1) : s;
    if (!/^[-+]?\d{1,400}$/.test(t))
      fail(`${what}: not an integer`);
    const big2 = BigInt(t);
    return big2 >= BigInt(Number.MIN_SAFE_INTEGER) && big2 <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big2) : big2;
  };
  const long = (raw) => {
    if (raw.length === 0)
      return 0;
    let v = 0n;
    for (let i = raw.length - 1; i >= 0; i--)
      v = v << 8n | BigInt(raw[i]);
    if (raw[raw.length - 1] & 128)
      v -= 1n << BigInt(8 * raw.length);
    return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
  };
  for (; ; ) {
    if (++ops23 > limits.maxOps)
      fail(`more than ${limits.maxOps} opcodes`);
    const op = u8();
    switch (op) {
      case 128: {
        const proto = u8();
        if (proto > 5)
          fail(`pickle protocol ${proto} is unknown`);
        break;
      }
      case 149:
        len64();
        break;
      case 46: {
        const v = pop();
        return { value: v, end: pos };
      }
      case 40:
        if (marks.length >= limits.maxMarks)
          fail(`more than ${limits.maxMarks} nested MARKs`);
        marks.push(stack.length);
        break;
      case 48:
        if (marks.length > 0 && stack.length === marks[marks.length - 1])
          popMark();
        else
          pop();
        break;
      case 49:
        popMark();
        break;
      case 50:
        push(top());
        break;
      case 78:
        push(null);
        break;
      case 136:
        push(true);
        break;
      case 137:
        push(false);
        break;
      case 74:
        push(i32());
        break;
      case 75:
        push(u8());
        break;
      case 77:
        push(u16());
        break;
      case 138: {
        const n = u8();
        push(long(take(n)));
        break;
      }
      case 139: {
        const n = u32();
        if (n > MAX_LONG_BYTES)
          fail(`LONG4 of ${n} bytes`);
        push(long(take(n)));
        break;
      }
      case 73: {
        const s = line2();
        if (s === "00" || s === "01")
          push(s === "01");
        else
          push(parseInt10(s, "INT"));
        break;
      }
      case 76:
        push(parseInt10(line2(), "LONG"));
        break;
      case 70: {
        const v = Number(line2());
        push(Number.isNaN(v) ? fail("FLOAT: not a number") : v);
        break;
      }
      case 71: {
        need2(8);
        push(view2.getFloat64(pos, false));
        pos += 8;
        break;
      }
      case 88:
        push(text(u32()));
        break;
      case 140:
        push(text(u8()));
        break;
      case 141:
        push(text(len64()));
        break;
      case 86:
        push(line2());
        break;
      case 84: {
        const n = i32();
        push(latin1.decode(take(n < 0 ? fail("negative BINSTRING length") : n)));
        break;
      }
      case 85:
        push(latin1.decode(take(u8())));
        break;
      case 83: {
        const s = line2();
        const q2 = s[0];
        if (s.length < 2 || q2 !== "'" && q2 !== '"' || s[s.length - 1] !== q2)
          fail("STRING is not quoted");
        push(s.slice(1, -1));
        break;
      }
      case 66:
        pushNew(new PyBytes(take(u32()).length));
        break;
      case 67:
        pushNew(new PyBytes(take(u8()).length));
        break;
      case 142:
        pushNew(new PyBytes(take(len64()).length));
        break;
      case 150:
        pushNew(new PyBytes(take(len64()).length));
        break;
      case 151:
        fail("out-of-band buffers (NEXT_BUFFER) are not supported");
        break;
      case 152:
        break;
      case 41:
        pushNew(new PyTuple([]));
        break;
      case 133:
        pushNew(new PyTuple(counted([pop()])));
        break;
      case 134: {
        const b = pop();
        const a = pop();
        pushNew(new PyTuple(counted([a, b])));
        break;
      }
      case 135: {
        const c = pop();
        const b = pop();
        const a = pop();
        pushNew(new PyTuple(counted([a, b, c])));
        break;
      }
      case 116:
        pushNew(new PyTuple(counted(popMark())));
        break;
      case 93:
        pushNew(new PyList());
        break;
      case 108:
        pushNew(new PyList(counted(popMark())));
        break;
      case 97: {
        const v = pop();
        appendItems(top(), [v]);
        break;
      }
      case 101: {
        const items = popMark();
        appendItems(top(), items);
        break;
      }
      case 125:
        pushNew(new PyDict());
        break;
      case 100: {
        const d = new PyDict();
        setItems(d, popMark());
        pushNew(d);
        break;
      }
      case 115: {
        const v = pop();
        const k = pop();
        setItems(top(), [k, v]);
        break;
      }
      case 117: {
        const kv = popMark();
        setItems(top(), kv);
        break;
      }
      case 143:
        pushNew(new PyList());
        break;
      case 144: {
        const items = popMark();
        appendItems(top(), items);
        break;
      }
      case 145:
        pushNew(new PyList(counted(popMark())));
        break;
      case 99: {
        const module4 = line2();
        push(global2(module4, line2()));
        break;
      }
      case 147: {
        const name = pop();
        const module4 = pop();
        if (typeof module4 !== "string" || typeof name !== "string")
          fail("STACK_GLOBAL of non-strings");
        push(global2(module4, name));
        break;
      }
      case 130:
        pushNew(new PyGlobal("copyreg", `extension ${u8()}`));
        break;
      case 131:
        pushNew(new PyGlobal("copyreg", `extension ${u16()}`));
        break;
      case 132:
        pushNew(new PyGlobal("copyreg", `extension ${i32()}`));
        break;
      case 82: {
        const args = pop();
        const func = pop();
        pushNew(reduce3(func, args));
        break;
      }
      case 129: {
        const args = pop();
        const cls = pop();
        pushNew(reduce3(cls, args));
        break;
      }
      case 146: {
        pop();
        const args = pop();
        const cls = pop();
        pushNew(reduce3(cls, args));
        break;
      }
      case 105: {
        const module4 = line2();
        const cls = global2(module4, line2());
        pushNew(reduce3(cls, new PyTuple(counted(popMark()))));
        break;
      }
      case 111: {
        const items = popMark();
        if (items.length === 0)
          fail("OBJ without a class");
        pushNew(reduce3(items[0], new PyTuple(counted(items.slice(1)))));
        break;
      }
      case 98: {
        const state = pop();
        const target = top();
        if (target instanceof PyObject)
          target.state = state;
        break;
      }
      case 81:
        push(hooks.persistentLoad(pop()));
        break;
      case 80:
        push(hooks.persistentLoad(line2()));
        break;
      case 113:
        memoPut(u8(), top());
        break;
      case 114:
        memoPut(u32(), top());
        break;
      case 148:
        memoPut(memoSize, top());
        break;
      case 112:
        memoPut(Number(parseInt10(line2(), "PUT")), top());
        break;
      case 104:
        push(memoGet(u8()));
        break;
      case 106:
        push(memoGet(u32()));
        break;
      case 103:
        push(memoGet(Number(parseInt10(line2(), "GET"))));
        break;
      default:
        fail(`unknown pickle opcode 0x${op.toString(16).padStart(2, "0")}`);
    }
  }
}
function kindOf2(v) {
  if (v === null)
    return "None";
  if (typeof v !== "object")
    return typeof v;
  if (v instanceof PyObject)
    return `object ${v.className}`;
  if (v instanceof PyGlobal)
    return `global ${v.qualified}`;
  return v.constructor.name;
}
var PickleError, NeedMoreBytes, PyBytes, PyList, PyTuple, PyDict, SCANNED_KEYS, PyGlobal, PyObject, BYTES_PER_BUILT, MIN_BUILT, BYTES_PER_SLOT, MIN_SLOTS, DEFAULT_LIMITS, MAX_LINE, MAX_GLOBAL_NAME, MAX_LONG_BYTES, utf8, latin1;
var init_pickle = __esm({
  "build/src/formats/pytorch/pickle.js"() {
    "use strict";
    PickleError = class extends Error {
      name = "PickleError";
    };
    NeedMoreBytes = class extends Error {
      needed;
      name = "NeedMoreBytes";
      constructor(needed) {
        super(`pickle needs bytes up to offset ${needed}`);
        this.needed = needed;
      }
    };
    PyBytes = class {
      length;
      constructor(length) {
        this.length = length;
      }
    };
    PyList = class {
      items;
      constructor(items = []) {
        this.items = items;
      }
    };
    PyTuple = class {
      items;
      constructor(items) {
        this.items = items;
      }
    };
    PyDict = class {
      flat = [];
      get size() {
        return this.flat.length / 2;
      }
      set(key, value) {
        this.flat.push(key, value);
      }
      get(key) {
        const flat = this.flat;
        for (let i = flat.length - 2; i >= 0; i -= 2)
          if (flat[i] === key)
            return flat[i + 1];
        return void 0;
      }
      pairs() {
        return pairsOf(this.flat);
      }
      unique() {
        const flat = this.flat;
        if (flat.length < 4 || flat.length <= 2 * SCANNED_KEYS && !hasRepeatedKey(flat))
          return pairsOf(flat);
        const at = /* @__PURE__ */ new Map();
        let out;
        for (let i = 0; i < flat.length; i += 2) {
          const k = flat[i];
          const id2 = keyIdentity(k);
          const j = id2 === void 0 ? void 0 : at.get(id2);
          if (j !== void 0) {
            out ??= flat.slice(0, i);
            out[j + 1] = flat[i + 1];
            continue;
          }
          if (id2 !== void 0)
            at.set(id2, out ? out.length : i);
          out?.push(k, flat[i + 1]);
        }
        return pairsOf(out ?? flat);
      }
    };
    SCANNED_KEYS = 16;
    PyGlobal = class {
      module;
      name;
      constructor(module4, name) {
        this.module = module4;
        this.name = name;
      }
      get qualified() {
        return `${this.module}.${this.name}`;
      }
    };
    PyObject = class {
      cls;
      args;
      state = null;
      items;
      appended = [];
      constructor(cls, args) {
        this.cls = cls;
        this.args = args;
      }
      get className() {
        return this.cls instanceof PyGlobal ? this.cls.qualified : "<computed>";
      }
    };
    BYTES_PER_BUILT = 16;
    MIN_BUILT = 1e5;
    BYTES_PER_SLOT = 3;
    MIN_SLOTS = 1e6;
    DEFAULT_LIMITS = { maxOps: 5e7, maxMemo: 5e6, maxStack: 5e6, maxMarks: 1e5 };
    MAX_LINE = 64 * 1024;
    MAX_GLOBAL_NAME = 1024;
    MAX_LONG_BYTES = 64;
    utf8 = new TextDecoder("utf-8", { fatal: true });
    latin1 = new TextDecoder("latin1");
  }
});

// build/src/formats/pytorch/torch-pickle.js
function isTensor(v) {
  return typeof v === "object" && v !== null && "described" in v && v.kind === "tensor";
}
function isUnmeasured(v) {
  return typeof v === "object" && v !== null && "described" in v && v.kind === "unmeasured-tensor";
}
function isStorage(v) {
  return typeof v === "object" && v !== null && "described" in v && v.kind === "storage";
}
function intOf(v, what) {
  if (typeof v === "number" && Number.isSafeInteger(v) && v >= 0)
    return v;
  if (typeof v === "boolean")
    return Number(v);
  throw new PickleError(`${what} is ${typeof v === "number" || typeof v === "bigint" ? String(v) : kindOf2(v)}, not a size`);
}
function intsOf(v, what) {
  if (!(v instanceof PyTuple || v instanceof PyList))
    throw new PickleError(`${what} is ${kindOf2(v)}, not a tuple of sizes`);
  if (v.items.length > 64)
    throw new PickleError(`${what} has ${v.items.length} dimensions`);
  return v.items.map((x) => intOf(x, what));
}
function tupleItems(v, what) {
  if (v instanceof PyTuple || v instanceof PyList)
    return v.items;
  throw new PickleError(`${what}: arguments are ${kindOf2(v)}, not a tuple`);
}
function dtypeFromGlobal(v) {
  return v instanceof PyGlobal && v.module === "torch" ? DTYPE_NAMES.get(v.name) : void 0;
}
function storageFromPid(pid, dtypeOverride) {
  const items = pid instanceof PyTuple ? pid.items : void 0;
  if (!items || items[0] !== "storage" || items.length < 5)
    throw new PickleError(`persistent id is ${kindOf2(pid)}, not a storage reference`);
  const type = items[1];
  if (!(type instanceof PyGlobal))
    throw new PickleError(`storage type is ${kindOf2(type)}`);
  const facts = STORAGE_TYPES.get(type.name) ?? dtypeOverride ?? DTYPE_NAMES.get(type.name);
  if (!facts || type.module !== "torch" && type.module !== "torch.storage")
    throw new PickleError(`unknown storage type ${type.qualified}`);
  const rawKey = items[2];
  if (typeof rawKey !== "string" && typeof rawKey !== "number")
    throw new PickleError(`storage key is ${kindOf2(rawKey)}`);
  const key = String(rawKey);
  if (key.length === 0 || key.length > 256)
    throw new PickleError("storage key is empty or too long");
  const numel2 = intOf(items[4], `storage ${key} size`);
  const bytes = numel2 * facts.bits / 8;
  if (!Number.isSafeInteger(bytes))
    throw new PickleError(`storage ${key} size ${numel2} is too large`);
  return { described: true, kind: "storage", key, dtype: facts.dtype, bits: facts.bits, numel: numel2, bytes };
}
function tensorFrom(name, args, isParameter) {
  const storage = args[0];
  if (!isStorage(storage))
    throw new PickleError(`${name}: first argument is ${kindOf2(storage ?? null)}, not a storage`);
  const offset = intOf(args[1] ?? null, `${name} storage offset`);
  const dims = intsOf(args[2] ?? null, `${name} size`);
  const strides = intsOf(args[3] ?? null, `${name} stride`);
  if (strides.length !== dims.length)
    throw new PickleError(`${name}: ${dims.length} sizes but ${strides.length} strides`);
  let facts = storage;
  if (name === "_rebuild_tensor_v3") {
    const d = dtypeFromGlobal(args[6] ?? null);
    if (!d)
      throw new PickleError(`_rebuild_tensor_v3: dtype is ${kindOf2(args[6] ?? null)}`);
    facts = d;
  }
  return { described: true, kind: "tensor", storage, dtype: facts.dtype, bits: facts.bits, offset, dims, strides, isParameter };
}
function quantizerFrom(v) {
  const items = tupleItems(v, "_rebuild_qtensor quantizer");
  const scheme = items[0] instanceof PyGlobal ? items[0].name : typeof items[0] === "string" ? items[0] : "unknown scheme";
  if (scheme === "per_tensor_affine") {
    return { scheme, scale: typeof items[1] === "number" ? items[1] : void 0, zeroPoint: typeof items[2] === "number" ? items[2] : void 0 };
  }
  if (scheme === "per_channel_affine" || scheme === "per_channel_affine_float_qparams") {
    const scales = items[1];
    const zeroPoints = items[2];
    return {
      scheme,
      scales: isTensor(scales ?? null) ? scales : void 0,
      zeroPoints: isTensor(zeroPoints ?? null) ? zeroPoints : void 0,
      axis: typeof items[3] === "number" ? items[3] : void 0
    };
  }
  return { scheme };
}
function asParameter(t) {
  return { ...t, isParameter: true };
}
function reduceTorch(func, args, ctx) {
  if (!(func instanceof PyGlobal)) {
    const looked = func instanceof PyObject ? memberLookup(func.cls, func.args) : void 0;
    if (looked !== void 0)
      countCodeCall(ctx, looked);
    return void 0;
  }
  const { module: module4, name } = func;
  if (module4 === "torch._utils" || module4 === "torch._tensor" || module4 === "torch") {
    if (REBUILD_TENSOR.has(name))
      return tensorFrom(name, tupleItems(args, name), false);
    if (name === "_rebuild_parameter" || name === "_rebuild_parameter_with_state") {
      const data = tupleItems(args, name)[0] ?? null;
      if (isTensor(data))
        return asParameter(data);
      if (isUnmeasured(data))
        return data;
      throw new PickleError(`${name}: data is ${kindOf2(data)}, not a tensor`);
    }
    if (name === "_rebuild_qtensor") {
      const items = tupleItems(args, name);
      const t = tensorFrom(name, [items[0], items[1], items[2], items[3]], false);
      const q2 = { ...t, quantizer: quantizerFrom(items[4] ?? null) };
      return q2;
    }
    if (name === "_rebuild_from_type_v2" || name === "_rebuild_from_type") {
      const items = tupleItems(args, name);
      const inner = reduceTorch(items[0] ?? null, items[2] ?? null, ctx);
      const type = items[1];
      const asParam = type instanceof PyGlobal && type.name === "Parameter";
      if (inner !== void 0 && isTensor(inner))
        return asParam ? asParameter(inner) : inner;
      return inner;
    }
    if (UNMEASURED.has(name)) {
      const u = { described: true, kind: "unmeasured-tensor", how: `${module4}.${name}` };
      return u;
    }
    if (name === "Size")
      return new PyTuple(intsOf(args instanceof PyTuple ? args.items[0] ?? null : args, "torch.Size").map((n) => n));
  }
  if (module4 === "collections" && (name === "OrderedDict" || name === "defaultdict")) {
    const d = new PyDict();
    const first = args instanceof PyTuple ? args.items[0] : void 0;
    if (name === "OrderedDict" && (first instanceof PyList || first instanceof PyTuple)) {
      for (const pair of first.items)
        if (pair instanceof PyTuple || pair instanceof PyList)
          d.set(pair.items[0] ?? null, pair.items[1] ?? null);
    }
    return d;
  }
  if (ctx.foreignGlobals.size < 1e3)
    ctx.foreignGlobals.add(func.qualified);
  if (isDangerousGlobal(func.qualified) && memberLookup(func, args) === void 0)
    countCodeCall(ctx, func.qualified);
  return void 0;
}
function countCodeCall(ctx, name) {
  ctx.codeCalls.count++;
  if (ctx.codeCalls.names.length < 3 && !ctx.codeCalls.names.includes(name))
    ctx.codeCalls.names.push(name);
}
function memberLookup(func, args) {
  if (!(func instanceof PyGlobal) || !GETATTR.has(func.qualified) || !(args instanceof PyTuple) || args.items.length !== 2)
    return void 0;
  const [owner, name] = args.items;
  if (!(owner instanceof PyGlobal) || isDangerousGlobal(owner.qualified) || typeof name !== "string" || !PUBLIC_NAME.test(name))
    return void 0;
  return `${owner.qualified}.${name}`;
}
function torchHooks(ctx) {
  return {
    persistentLoad(pid) {
      if (pid instanceof PyTuple && pid.items[0] === "module" && pid.items[1] instanceof PyGlobal)
        return pid.items[1];
      const s = storageFromPid(pid);
      const seen = ctx.storages.get(s.key);
      if (seen) {
        if (seen.dtype !== s.dtype || seen.numel !== s.numel)
          throw new PickleError(`storage ${s.key} is declared twice with different sizes or types`);
        return seen;
      }
      if (ctx.storages.size >= 1e7)
        throw new PickleError("more than 10,000,000 storages");
      ctx.storages.set(s.key, s);
      return s;
    },
    reduce: (func, args) => reduceTorch(func, args, ctx)
  };
}
function isDangerousGlobal(qualified) {
  return DANGEROUS.test(qualified);
}
var STORAGE_TYPES, DTYPE_NAMES, REBUILD_TENSOR, UNMEASURED, GETATTR, PUBLIC_NAME, DANGEROUS;
var init_torch_pickle = __esm({
  "build/src/formats/pytorch/torch-pickle.js"() {
    "use strict";
    init_pickle();
    STORAGE_TYPES = /* @__PURE__ */ new Map([
      ["FloatStorage", { dtype: "float32", bits: 32 }],
      ["DoubleStorage", { dtype: "float64", bits: 64 }],
      ["HalfStorage", { dtype: "float16", bits: 16 }],
      ["BFloat16Storage", { dtype: "bfloat16", bits: 16 }],
      ["LongStorage", { dtype: "int64", bits: 64 }],
      ["IntStorage", { dtype: "int32", bits: 32 }],
      ["ShortStorage", { dtype: "int16", bits: 16 }],
      ["CharStorage", { dtype: "int8", bits: 8 }],
      ["ByteStorage", { dtype: "uint8", bits: 8 }],
      ["BoolStorage", { dtype: "bool", bits: 8 }],
      ["ComplexFloatStorage", { dtype: "complex64", bits: 64 }],
      ["ComplexDoubleStorage", { dtype: "complex128", bits: 128 }],
      ["QInt8Storage", { dtype: "qint8", bits: 8 }],
      ["QUInt8Storage", { dtype: "quint8", bits: 8 }],
      ["QInt32Storage", { dtype: "qint32", bits: 32 }],
      ["QUInt4x2Storage", { dtype: "quint4x2", bits: 8 }],
      ["QUInt2x4Storage", { dtype: "quint2x4", bits: 8 }],
      ["Float8_e4m3fnStorage", { dtype: "float8e4m3fn", bits: 8 }],
      ["Float8_e5m2Storage", { dtype: "float8e5m2", bits: 8 }],
      ["Float8_e4m3fnuzStorage", { dtype: "float8e4m3fnuz", bits: 8 }],
      ["Float8_e5m2fnuzStorage", { dtype: "float8e5m2fnuz", bits: 8 }],
      ["UInt16Storage", { dtype: "uint16", bits: 16 }],
      ["UInt32Storage", { dtype: "uint32", bits: 32 }],
      ["UInt64Storage", { dtype: "uint64", bits: 64 }],
      ["UntypedStorage", { dtype: "uint8", bits: 8 }],
      ["ByteStorageUntyped", { dtype: "uint8", bits: 8 }]
    ]);
    DTYPE_NAMES = /* @__PURE__ */ new Map([
      ["float32", STORAGE_TYPES.get("FloatStorage")],
      ["float", STORAGE_TYPES.get("FloatStorage")],
      ["float64", STORAGE_TYPES.get("DoubleStorage")],
      ["double", STORAGE_TYPES.get("DoubleStorage")],
      ["float16", STORAGE_TYPES.get("HalfStorage")],
      ["half", STORAGE_TYPES.get("HalfStorage")],
      ["bfloat16", STORAGE_TYPES.get("BFloat16Storage")],
      ["int64", STORAGE_TYPES.get("LongStorage")],
      ["long", STORAGE_TYPES.get("LongStorage")],
      ["int32", STORAGE_TYPES.get("IntStorage")],
      ["int", STORAGE_TYPES.get("IntStorage")],
      ["int16", STORAGE_TYPES.get("ShortStorage")],
      ["short", STORAGE_TYPES.get("ShortStorage")],
      ["int8", STORAGE_TYPES.get("CharStorage")],
      ["uint8", STORAGE_TYPES.get("ByteStorage")],
      ["bool", STORAGE_TYPES.get("BoolStorage")],
      ["complex64", STORAGE_TYPES.get("ComplexFloatStorage")],
      ["complex128", STORAGE_TYPES.get("ComplexDoubleStorage")],
      ["qint8", STORAGE_TYPES.get("QInt8Storage")],
      ["quint8", STORAGE_TYPES.get("QUInt8Storage")],
      ["qint32", STORAGE_TYPES.get("QInt32Storage")],
      ["quint4x2", STORAGE_TYPES.get("QUInt4x2Storage")],
      ["quint2x4", STORAGE_TYPES.get("QUInt2x4Storage")],
      ["float8_e4m3fn", STORAGE_TYPES.get("Float8_e4m3fnStorage")],
      ["float8_e5m2", STORAGE_TYPES.get("Float8_e5m2Storage")],
      ["float8_e4m3fnuz", STORAGE_TYPES.get("Float8_e4m3fnuzStorage")],
      ["float8_e5m2fnuz", STORAGE_TYPES.get("Float8_e5m2fnuzStorage")],
      ["uint16", STORAGE_TYPES.get("UInt16Storage")],
      ["uint32", STORAGE_TYPES.get("UInt32Storage")],
      ["uint64", STORAGE_TYPES.get("UInt64Storage")]
    ]);
    REBUILD_TENSOR = /* @__PURE__ */ new Set(["_rebuild_tensor", "_rebuild_tensor_v2", "_rebuild_tensor_v3"]);
    UNMEASURED = /* @__PURE__ */ new Set([
      "_rebuild_sparse_tensor",
      "_rebuild_sparse_csr_tensor",
      "_rebuild_nested_tensor",
      "_rebuild_meta_tensor_no_storage",
      "_rebuild_wrapper_subclass",
      "_rebuild_device_tensor_from_numpy",
      "_rebuild_xla_tensor",
      "_rebuild_mlc_tensor",
      "_rebuild_device_tensor_from_cpu_tensor"
    ]);
    GETATTR = /* @__PURE__ */ new Set(["builtins.getattr", "__builtin__.getattr"]);
    PUBLIC_NAME = /^[A-Za-z][A-Za-z0-9_]{0,127}$/;
    DANGEROUS = /^(os|posix|nt|subprocess|sys|shutil|socket|builtins\.(eval|exec|compile|open|getattr|__import__|input|breakpoint)|__builtin__\.(eval|exec|open|getattr)|importlib|runpy|pty|webbrowser|code|pickle|marshal|ctypes|commands|platform)(\.|$)/;
  }
});

// build/src/formats/pytorch/storage-reach.js
function storageReach(views, packed) {
  const groups = /* @__PURE__ */ new Map();
  let budget = MAX_RUNS;
  for (const { role, tensor: tensor2 } of views) {
    const key = groupKey(tensor2.storage.key, role);
    const group = groups.get(key) ?? { tensor: tensor2, role, runs: [], mixed: false };
    groups.set(key, group);
    if (packed(tensor2.dtype) || tensor2.bits !== group.tensor.bits)
      group.mixed = true;
    if (!group.mixed)
      budget -= addRuns(tensor2, group.runs, budget);
  }
  const byStorage = /* @__PURE__ */ new Map();
  for (const g of groups.values())
    byStorage.set(g.tensor.storage.key, [...byStorage.get(g.tensor.storage.key) ?? [], g]);
  const out = /* @__PURE__ */ new Map();
  for (const [storageKey, shared] of byStorage) {
    shared.sort((a, b) => ROLE_PRECEDENCE.indexOf(a.role) - ROLE_PRECEDENCE.indexOf(b.role));
    const storageBytes2 = shared[0].tensor.storage.bytes;
    const before = [];
    for (const g of shared) {
      const wholeBytes = g.mixed ? storageBytes2 : Math.floor(storageBytes2 * 8 / g.tensor.bits) * (g.tensor.bits / 8);
      const runs = g.mixed ? [[0, storageBytes2]] : toBytes(g.runs, wholeBytes, g.tensor.bits);
      const own = unionLength(runs);
      const counted = own - overlap(runs, before);
      if (counted < own)
        out.set(groupKey(storageKey, g.role), { bytes: counted, sharedElements: Math.floor(counted * 8 / g.tensor.bits) });
      else if (own < wholeBytes)
        out.set(groupKey(storageKey, g.role), { bytes: own });
      before.push(...runs);
    }
  }
  return out;
}
function groupKey(storageKey, role) {
  return `${role}\0${storageKey}`;
}
function toBytes(runs, wholeBytes, bits) {
  const width = bits / 8;
  return runs.map(([s, e]) => [Math.min(s * width, wholeBytes), Math.min(e * width, wholeBytes)]);
}
function addRuns(t, runs, budget) {
  if (t.dims.some((d) => d === 0))
    return 0;
  const axes = t.dims.map((d, i) => ({ size: d, stride: t.strides[i] })).filter((a) => a.size > 1 && a.stride > 0).sort((a, b) => a.stride - b.stride);
  let run = 1;
  let inner = 0;
  while (inner < axes.length && axes[inner].stride === run)
    run *= axes[inner++].size;
  const outer = axes.slice(inner);
  const count2 = outer.reduce((n, a) => n * a.size, 1);
  if (count2 > budget) {
    const last = outer.reduce((end, a) => end + (a.size - 1) * a.stride, t.offset + run);
    runs.push([t.offset, last]);
    return 1;
  }
  const index = outer.map(() => 0);
  for (let n = 0; n < count2; n++) {
    let start = t.offset;
    for (let i = 0; i < outer.length; i++)
      start += index[i] * outer[i].stride;
    runs.push([start, start + run]);
    for (let i = 0; i < outer.length && ++index[i] === outer[i].size; i++)
      index[i] = 0;
  }
  return count2;
}
function unionLength(runs) {
  runs.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of runs) {
    if (e <= end)
      continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}
function overlap(runs, others) {
  if (others.length === 0)
    return 0;
  return unionLength(runs) + unionLength(others) - unionLength([...runs, ...others]);
}
var MAX_RUNS, ROLE_PRECEDENCE;
var init_storage_reach = __esm({
  "build/src/formats/pytorch/storage-reach.js"() {
    "use strict";
    MAX_RUNS = 1 << 20;
    ROLE_PRECEDENCE = ["param", "buffer", "optimizer", "non-weight"];
  }
});

// build/src/formats/buffer-names.js
function isBufferName(name, dims) {
  const dot = name.lastIndexOf(".");
  const last = name.slice(dot + 1);
  if (BUFFER_NAMES.has(last))
    return true;
  if (last !== "bias" || dims.length !== 4 || dot < 0)
    return false;
  return MASK_PARENTS.has(name.slice(name.lastIndexOf(".", dot - 1) + 1, dot));
}
var BUFFER_NAMES, MASK_PARENTS;
var init_buffer_names = __esm({
  "build/src/formats/buffer-names.js"() {
    "use strict";
    BUFFER_NAMES = /* @__PURE__ */ new Set([
      "running_mean",
      "running_var",
      "num_batches_tracked",
      "inv_freq",
      "masked_bias",
      "anchors",
      "anchor_grid"
    ]);
    MASK_PARENTS = /* @__PURE__ */ new Set(["attn", "attention"]);
  }
});

// build/src/formats/pytorch/walk.js
function nameOf(path) {
  const keys = [];
  for (let p = path; p; p = p.up)
    keys.push(p.key);
  let name = "";
  for (let i = keys.length - 1; i >= 0 && name.length <= MAX_NAME; i--) {
    if (i < keys.length - 1)
      name += ".";
    name += keys[i].slice(0, MAX_NAME + 1 - name.length);
  }
  return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME)}...` : name;
}
function keyText(k) {
  if (typeof k === "string")
    return k;
  if (typeof k === "number" || typeof k === "bigint" || typeof k === "boolean")
    return String(k);
  return void 0;
}
function isOptimizerState(v) {
  return v instanceof PyDict && v.get("state") !== void 0 && v.get("param_groups") !== void 0;
}
function isHostRngState(x) {
  return x instanceof PyTuple && !x.items.some((i) => isTensor(i) || isUnmeasured(i));
}
function isTorchRngState(x, dictAllowed, nested = false) {
  if (isTensor(x))
    return x.dtype === "uint8" || x.dtype === "int64" && x.dims.length === 0;
  if (isInt(x))
    return true;
  if (nested)
    return false;
  const items = x instanceof PyList || x instanceof PyTuple ? x.items : dictAllowed && x instanceof PyDict ? Array.from(x.unique(), ([, i]) => i) : void 0;
  return items !== void 0 && items.every((i) => isTorchRngState(i, false, true));
}
function isRngState(v) {
  if (!(v instanceof PyDict))
    return false;
  let host = false;
  let torch = false;
  for (const [k, x] of v.unique()) {
    if (typeof k !== "string")
      return false;
    if (RNG_HOST_KEYS.has(k) && isHostRngState(x))
      host = true;
    else if ((RNG_TORCH_KEYS.has(k) || RNG_BACKEND_KEY.test(k) || k === RNG_TRACKER_KEY) && isTorchRngState(x, k === RNG_TRACKER_KEY))
      torch = true;
    else if (!(k === "step" && isInt(x)))
      return false;
  }
  return host && torch;
}
function defaultRole(name, t) {
  const last = name.slice(name.lastIndexOf(".") + 1);
  if (isBufferName(name, t.dims))
    return "buffer";
  const elements = t.dims.reduce((a, b) => a * b, 1);
  if ((last === "scale" || last === "zero_point") && elements <= 1)
    return "non-weight";
  if (t.dtype.startsWith("q"))
    return "param";
  return isWeightDType(t.dtype) ? "param" : "non-weight";
}
function scriptRole(script, key, value) {
  if (script === void 0)
    return void 0;
  if (script.parameters.has(key))
    return "param";
  if (script.buffers.has(key) || isTensor(value))
    return "buffer";
  return void 0;
}
function walkPickle(root, scriptClasses2 = /* @__PURE__ */ new Map()) {
  const tensors = [];
  const origins = [];
  const unmeasured = [];
  const unmeasuredNames = [];
  const visited = /* @__PURE__ */ new Set();
  const deferred = [];
  let names = 0;
  let nameChars = 0;
  let rngTensors = 0;
  const named = (name) => {
    if (++names > MAX_TENSOR_NAMES)
      throw new PickleError(`the pickle names more than ${MAX_TENSOR_NAMES} tensors, more than any real checkpoint: refused`);
    nameChars += name.length;
    if (nameChars > MAX_NAME_CHARS)
      throw new PickleError(`the pickle's tensor names add up to more than ${MAX_NAME_CHARS} characters, more than any real checkpoint: refused`);
    return name;
  };
  const record = (path, t, forced, from) => {
    const name = named(nameOf(path).replace(/(^|\.)_packed_params\._packed_params\.0$/, "$1weight").replace(/(^|\.)_packed_params\._packed_params\.1$/, "$1bias"));
    const role = forced ?? defaultRole(name, t);
    const ema = from === EMA;
    const push = (n) => {
      tensors.push(n);
      origins.push(from);
    };
    push({ name, tensor: t, role, ema });
    const q2 = t.quantizer;
    if (q2?.scales)
      push({ name: named(`${name}.q_scales`), tensor: q2.scales, role: "non-weight", ema, derived: true });
    if (q2?.zeroPoints)
      push({ name: named(`${name}.q_zero_points`), tensor: q2.zeroPoints, role: "non-weight", ema, derived: true });
  };
  const visit = (v, path, forced, from, depth) => {
    if (v === null || typeof v !== "object")
      return;
    if (isTensor(v))
      return record(path, v, forced, from);
    if (isUnmeasured(v)) {
      const name = named(nameOf(path));
      unmeasuredNames.push(name);
      if (unmeasured.length < 1e3)
        unmeasured.push(`${name || "<root>"} (${v.how})`);
      return;
    }
    if (!(v instanceof PyDict || v instanceof PyList || v instanceof PyTuple || v instanceof PyObject))
      return;
    if (visited.has(v))
      return;
    visited.add(v);
    if (depth > MAX_DEPTH)
      return;
    if (v instanceof PyDict) {
      const rng = forced === void 0 && isRngState(v);
      const role = forced ?? (isOptimizerState(v) || rng ? "optimizer" : void 0);
      const before = tensors.length;
      for (const [k, x] of v.unique()) {
        const key = keyText(k);
        if (key !== void 0)
          visit(x, under(path, key), role, from, depth + 1);
      }
      if (rng)
        rngTensors += tensors.length - before;
      return;
    }
    if (v instanceof PyList || v instanceof PyTuple) {
      v.items.forEach((x, i) => visit(x, under(path, String(i)), forced, from, depth + 1));
      return;
    }
    visitObject(v, path, forced, from, depth);
  };
  const visitObject = (o, path, forced, from, depth) => {
    const state = o.state instanceof PyTuple ? o.state.items[0] ?? null : o.state;
    if (state instanceof PyDict && (state.get("_parameters") !== void 0 || state.get("_modules") !== void 0)) {
      visited.add(state);
      const items = state.unique();
      for (const [k, x] of items) {
        const key = keyText(k);
        if (key !== "_parameters" && key !== "_buffers" && key !== "_modules")
          continue;
        if (!(x instanceof PyDict) || visited.has(x))
          continue;
        visited.add(x);
        const role = forced ?? (key === "_parameters" ? "param" : key === "_buffers" ? "buffer" : void 0);
        for (const [ck, cx] of x.unique()) {
          const child = keyText(ck);
          if (child !== void 0)
            visit(cx, under(path, child), role, from, depth + 1);
        }
      }
      const attribute = from.attribute ? from : { ...from, attribute: true };
      for (const [k, x] of items) {
        const key = keyText(k);
        if (key === void 0 || key === "_parameters" || key === "_buffers" || key === "_modules")
          continue;
        if (key.startsWith("_packed_") || x instanceof PyObject && x.className === "torch.ScriptObject")
          visit(x, under(path, key), forced, from, depth + 1);
        else
          deferred.push(() => visit(x, under(path, key), forced ?? "buffer", attribute, depth + 1));
      }
      return;
    }
    const script = scriptClasses2.get(o.className);
    if (state instanceof PyDict) {
      visited.add(state);
      for (const [k, x] of state.unique()) {
        const key = keyText(k);
        if (key === void 0)
          continue;
        visit(x, under(path, key), forced ?? scriptRole(script, key, x), from, depth + 1);
      }
    } else {
      visit(o.state, path, forced, from, depth + 1);
    }
    for (const [k, x] of o.items?.unique() ?? []) {
      const key = keyText(k);
      if (key !== void 0)
        visit(x, under(path, key), forced, from, depth + 1);
    }
    o.appended.forEach((x, i) => visit(x, under(path, String(i)), forced, from, depth + 1));
    visit(o.args, path, forced, from, depth + 1);
  };
  const rootItems = root instanceof PyDict ? root.unique() : [];
  const trainingKey = (k) => typeof k === "string" && (MODEL_KEYS.has(k) || OPTIMIZER_KEYS.has(k) || EMA_KEYS.has(k));
  if (root instanceof PyDict && root.flat.some((k, i) => i % 2 === 0 && trainingKey(k))) {
    visited.add(root);
    let modelKeys = 0;
    for (const [k, x] of rootItems)
      if (typeof k === "string" && MODEL_KEYS.has(k) && x !== null)
        modelKeys++;
    for (const [k, x] of rootItems) {
      const key = keyText(k);
      if (key === void 0)
        continue;
      if (OPTIMIZER_KEYS.has(key))
        visit(x, under(void 0, key), "optimizer", MODEL, 1);
      else if (EMA_KEYS.has(key))
        visit(x, under(void 0, key), void 0, EMA, 1);
      else if (MODEL_KEYS.has(key))
        visit(x, modelKeys === 1 ? void 0 : under(void 0, key), void 0, MODEL, 1);
      else
        visit(x, under(void 0, key), void 0, { kind: "other", key }, 1);
    }
  } else {
    visit(root, void 0, void 0, MODEL, 0);
  }
  for (let i = 0; i < deferred.length; i++) {
    const job = deferred[i];
    deferred[i] = void 0;
    job();
  }
  const settled = settleRoles(tensors, origins, unmeasured, unmeasuredNames);
  if (rngTensors > 0)
    settled.warnings.push(`${rngTensors} tensor(s) of random-number-generator state (a training checkpoint's rng_state) are counted as training state (with the optimizer state), not params`);
  return settled;
}
function settleRoles(all, allOrigins, unmeasured, unmeasuredNames) {
  const held = new Set(all.filter((_, i) => !allOrigins[i].attribute).map((t) => t.tensor.storage.key));
  const keep = all.map((t, i) => !allOrigins[i].attribute || !held.has(t.tensor.storage.key));
  const tensors = all.filter((_, i) => keep[i]);
  const origins = allOrigins.filter((_, i) => keep[i]);
  const hasParams = (kind) => tensors.some((t, i) => origins[i].kind === kind && t.role === "param");
  const modelEntry = hasParams("model");
  const emaBeside = modelEntry || hasParams("other");
  const moved = /* @__PURE__ */ new Map();
  const out = tensors.map((t, i) => {
    const from = origins[i];
    const training = from.kind === "ema" && emaBeside || from.kind === "other" && modelEntry;
    if (!training || t.role === "optimizer")
      return t;
    if (from.kind === "other" && t.role === "param")
      moved.set(from.key, (moved.get(from.key) ?? 0) + 1);
    return { ...t, role: "optimizer" };
  });
  const warnings = [];
  if (moved.size > 0) {
    const count2 = [...moved.values()].reduce((a, b) => a + b, 0);
    const keys = [...moved.keys()].slice(0, 3).map((k) => JSON.stringify(k.slice(0, 80))).join(", ");
    warnings.push(`${count2} tensor(s) under the checkpoint's ${keys}${moved.size > 3 ? ", ..." : ""} beside its model are counted as training state (with the optimizer state), not params`);
  }
  return { tensors: out, unmeasured, unmeasuredNames, warnings };
}
var MODEL_KEYS, OPTIMIZER_KEYS, EMA_KEYS, MAX_DEPTH, MAX_NAME, MAX_TENSOR_NAMES, MAX_NAME_CHARS, MODEL, EMA, under, RNG_HOST_KEYS, RNG_TORCH_KEYS, RNG_BACKEND_KEY, RNG_TRACKER_KEY, isInt;
var init_walk = __esm({
  "build/src/formats/pytorch/walk.js"() {
    "use strict";
    init_dtype();
    init_buffer_names();
    init_pickle();
    init_torch_pickle();
    MODEL_KEYS = /* @__PURE__ */ new Set(["model", "state_dict", "model_state_dict", "model_state", "net", "network", "module", "params", "weights", "model_weights"]);
    OPTIMIZER_KEYS = /* @__PURE__ */ new Set(["optimizer", "optimizer_state_dict", "optimizer_state", "optimizers", "optimizer_states", "optim", "opt", "opt_state"]);
    EMA_KEYS = /* @__PURE__ */ new Set(["ema", "model_ema", "ema_model", "ema_state_dict", "state_dict_ema", "ema_state", "shadow"]);
    MAX_DEPTH = 200;
    MAX_NAME = 4096;
    MAX_TENSOR_NAMES = 5e5;
    MAX_NAME_CHARS = 64 * 1024 * 1024;
    MODEL = { kind: "model" };
    EMA = { kind: "ema" };
    under = (up, key) => ({ up, key });
    RNG_HOST_KEYS = /* @__PURE__ */ new Set(["python", "numpy", "random_state", "numpy_random_seed", "random_rng_state", "np_rng_state"]);
    RNG_TORCH_KEYS = /* @__PURE__ */ new Set([
      "cpu",
      "cuda",
      "xla",
      "npu",
      "mlu",
      "musa",
      "hpu",
      "mps",
      "xpu",
      "torch_manual_seed",
      "xm_seed",
      "torch_rng_state",
      "cuda_rng_state"
    ]);
    RNG_BACKEND_KEY = /^torch_[a-z]+_manual_seed$/;
    RNG_TRACKER_KEY = "rng_tracker_states";
    isInt = (x) => typeof x === "number" && Number.isInteger(x) || typeof x === "bigint";
  }
});

// build/src/formats/pytorch/reader.js
function archivePrefix(entries) {
  for (const e of entries) {
    const parts = e.name.split("/");
    if (parts[parts.length - 1] === "data.pkl" && parts.length <= 2)
      return parts.length === 2 ? `${parts[0]}/` : "";
  }
  return void 0;
}
function readPytorchFile(path) {
  const { weights, container, stats } = withOpenModel(path, (fd, size) => readSource(fileSource(fd, size), path));
  return { weights: withHfQuantization(weights, path), container, stats };
}
function readPytorchSet(path) {
  const stats = { bytesRead: 0, readCalls: 0, fileBytes: 0 };
  const warnings = [];
  const set = readShardSet(PYTORCH_SET, path, stats, (shardPath) => {
    const read = withOpenModel(shardPath, (fd, size) => readSource(fileSource(fd, size), shardPath));
    stats.bytesRead += read.stats.bytesRead;
    stats.readCalls += read.stats.readCalls;
    return read;
  }, (read) => read.storedNames, warnings);
  const tensors = [];
  for (const { shard, read } of set.shards) {
    for (const w of read.weights.warnings)
      warnings.push(set.sharded ? `${quoted2(shard)}: ${w}` : w);
    for (const t of read.weights.tensors)
      tensors.push({ ...t, storageKey: `${shard}/${t.storageKey ?? t.name}`, ...set.sharded ? { file: shard } : {} });
  }
  const container = set.shards[0]?.read.container ?? "zip";
  const metadata = /* @__PURE__ */ new Map([["container", container]]);
  if (set.sharded)
    metadata.set("shards", String(set.shards.length));
  const weights = { tensors, metadata, warnings, sideFiles: set.sideFiles };
  return { weights: withHfQuantization(weights, path), container, stats: { bytesRead: stats.bytesRead, readCalls: stats.readCalls } };
}
function readSource(src, path) {
  try {
    const head = src.read(0, 16);
    let read;
    if (hasZipMagic(head))
      read = readZip(withTail(src, ZIP_TAIL_READ));
    else if (hasLegacyMagic(head))
      read = readLegacy(src);
    else if (head[0] === 128)
      throw new ModelFileError(path, "a bare pickle, not a torch.save file (no zip archive and no legacy magic number)");
    else
      throw new ModelFileError(path, "not a PyTorch file: neither a zip archive nor a legacy torch.save file");
    rejectCodeCalls(read.ctx);
    const weights = toWeightsFile(read.tensors, read.container, read.unmeasured, read.unmeasuredNames.length, read.warnings);
    const storedNames = [...read.tensors.filter((t) => !t.derived).map((t) => t.name), ...read.unmeasuredNames];
    return { weights, container: read.container, stats: { bytesRead: src.bytesRead, readCalls: src.readCalls }, storedNames };
  } catch (e) {
    if (e instanceof ModelFileError)
      throw e;
    if (e instanceof PickleError || e instanceof ZipError || e instanceof StorageError)
      throw new ModelFileError(path, e.message);
    throw e;
  }
}
function newContext() {
  return { foreignGlobals: /* @__PURE__ */ new Set(), storages: /* @__PURE__ */ new Map(), codeCalls: { count: 0, names: [] } };
}
function runPickle(bytes, what, ctx) {
  try {
    return unpickle(bytes, 0, torchHooks(ctx)).value;
  } catch (e) {
    if (e instanceof PickleError)
      throw new PickleError(`${what}: ${e.message}`);
    throw e;
  }
}
function readPickleEntry(src, entry) {
  refuseInflation(entry, MAX_PICKLE_INFLATION, PICKLE_INFLATE_ALLOWANCE, "torch.save stores its pickles uncompressed, and a state dict deflates about 30:1");
  return readEntry(src, entry, MAX_PICKLE_BYTES);
}
function readZip(src) {
  const entries = readCentralDirectory(src);
  const prefix = archivePrefix(entries);
  if (prefix === void 0)
    throw new ZipError("a zip archive without data.pkl: not a torch.save or TorchScript file");
  const byName = new Map(entries.map((e) => [e.name, e]));
  const dataPkl = byName.get(`${prefix}data.pkl`);
  const warnings = [];
  const ctx = newContext();
  const root = runPickle(readPickleEntry(src, dataPkl), "data.pkl", ctx);
  checkZipStorages(ctx.storages, byName, `${prefix}data/`, "data.pkl");
  const isScript = byName.has(`${prefix}constants.pkl`) || entries.some((e) => e.name.startsWith(`${prefix}code/`));
  let constants2 = null;
  let constantStorages = /* @__PURE__ */ new Map();
  if (isScript && byName.has(`${prefix}constants.pkl`)) {
    const cctx = newContext();
    constants2 = runPickle(readPickleEntry(src, byName.get(`${prefix}constants.pkl`)), "constants.pkl", cctx);
    checkZipStorages(cctx.storages, byName, `${prefix}constants/`, "constants.pkl");
    constantStorages = cctx.storages;
    for (const g of cctx.foreignGlobals)
      ctx.foreignGlobals.add(g);
    ctx.codeCalls.count += cctx.codeCalls.count;
    ctx.codeCalls.names.push(...cctx.codeCalls.names.slice(0, 3 - ctx.codeCalls.names.length));
  }
  const classes = isScript ? scriptClasses(src, byName, prefix, ctx.foreignGlobals, warnings) : /* @__PURE__ */ new Map();
  const walked = walkPickle(root, classes);
  const tensors = walked.tensors;
  if (constantStorages.size > 0) {
    for (const t of walkPickle(constants2).tensors)
      tensors.push({ ...t, name: `constants.${t.name}`, tensor: { ...t.tensor, storage: { ...t.tensor.storage, key: `constants/${t.tensor.storage.key}` } } });
  }
  return { tensors, container: isScript ? "torchscript" : "zip", unmeasured: walked.unmeasured, unmeasuredNames: walked.unmeasuredNames, ctx, warnings: [...warnings, ...walked.warnings] };
}
function checkZipStorages(storages, byName, folder, pickle) {
  for (const s of storages.values()) {
    const entry = byName.get(`${folder}${s.key}`);
    if (!entry)
      throw new StorageError(`${pickle} names storage ${JSON.stringify(s.key)} but the archive has no ${JSON.stringify(folder + s.key)}`);
    if (entry.size < s.bytes) {
      throw new StorageError(`storage ${JSON.stringify(s.key)} should hold ${s.numel} ${s.dtype} elements (${s.bytes} bytes) but its zip entry has ${entry.size} bytes`);
    }
  }
}
function scriptClasses(src, byName, prefix, globals, warnings) {
  const classes = /* @__PURE__ */ new Map();
  const byFile = /* @__PURE__ */ new Map();
  for (const g of globals) {
    if (!g.startsWith("__torch__"))
      continue;
    const dot = g.lastIndexOf(".");
    const file = `${prefix}code/${g.slice(0, dot).replaceAll(".", "/")}.py`;
    byFile.set(file, [...byFile.get(file) ?? [], g]);
  }
  let budget = MAX_CODE_BYTES;
  const decoder = new TextDecoder("utf-8", { fatal: false });
  for (const [file, names] of byFile) {
    const entry = byName.get(file);
    if (!entry)
      continue;
    if (entry.size > budget) {
      warnings.push("TorchScript code files are too large to read: parameters and buffers are told apart by name");
      break;
    }
    budget -= entry.size;
    const code2 = decoder.decode(readEntry(src, entry, entry.size));
    for (const qualified of names) {
      const cls = qualified.slice(qualified.lastIndexOf(".") + 1);
      const at = code2.search(new RegExp(`^class ${cls.replace(/[^A-Za-z0-9_]/g, "")}\\(`, "m"));
      if (at < 0)
        continue;
      const next = code2.slice(at + 1).search(/^class /m);
      const body = next < 0 ? code2.slice(at) : code2.slice(at, at + 1 + next);
      classes.set(qualified, { parameters: nameList(body, "__parameters__"), buffers: nameList(body, "__buffers__") });
    }
  }
  return classes;
}
function nameList(body, field) {
  const m = new RegExp(`^\\s+${field} = \\[([^\\]]*)\\]`, "m").exec(body);
  return new Set(m ? [...m[1].matchAll(/"([^"]*)"/g)].map((x) => x[1]) : []);
}
function readLegacy(src) {
  let length = Math.min(src.size, LEGACY_FIRST_READ);
  let bytes = src.read(0, length);
  for (; ; ) {
    const ctx = newContext();
    try {
      const final = length >= src.size;
      const hooks = torchHooks(ctx);
      const magic = unpickle(bytes, 0, hooks, final);
      if (magic.value !== LEGACY_MAGIC)
        throw new PickleError("legacy file: the first pickle is not the magic number");
      const protocol = unpickle(bytes, magic.end, hooks, final);
      if (protocol.value !== LEGACY_PROTOCOL)
        throw new PickleError(`legacy file: protocol version ${String(protocol.value)} is not ${LEGACY_PROTOCOL}`);
      const sysInfo = unpickle(bytes, protocol.end, hooks, final);
      const warnings = [];
      if (sysInfo.value instanceof PyDict && sysInfo.value.get("little_endian") === false)
        warnings.push("written on a big-endian machine");
      const data = unpickle(bytes, sysInfo.end, hooks, final);
      const keys = unpickle(bytes, data.end, newHooksForKeys(), final);
      checkLegacyStorages(src, bytes, keys.end, keys.value, ctx.storages);
      const walked = walkPickle(data.value);
      return { tensors: walked.tensors, container: "legacy", unmeasured: walked.unmeasured, unmeasuredNames: walked.unmeasuredNames, ctx, warnings: [...warnings, ...walked.warnings] };
    } catch (e) {
      if (e instanceof PickleError && !e.message.startsWith("legacy file"))
        throw new PickleError(`legacy file: ${e.message}`);
      if (!(e instanceof NeedMoreBytes))
        throw e;
      if (length >= MAX_PICKLE_BYTES)
        throw new PickleError(`legacy file: its pickles run past the first ${MAX_PICKLE_BYTES} bytes`);
      const grown = Math.min(src.size, MAX_PICKLE_BYTES, Math.max(length * 2, e.needed));
      const more = new Uint8Array(grown);
      more.set(bytes);
      more.set(src.read(length, grown - length), length);
      bytes = more;
      length = grown;
    }
  }
}
function newHooksForKeys() {
  return {
    persistentLoad() {
      throw new PickleError("legacy file: the storage key list refers to a storage");
    }
  };
}
function checkLegacyStorages(src, head, start, keyList, storages) {
  const keys = keyList !== null && typeof keyList === "object" && "items" in keyList && Array.isArray(keyList.items) ? keyList.items : void 0;
  if (!keys)
    throw new PickleError("legacy file: the storage key list is not a list");
  if (keys.length !== storages.size)
    throw new StorageError(`legacy file lists ${keys.length} storages but its data pickle names ${storages.size}`);
  let at = start;
  for (const k of keys) {
    const key = typeof k === "string" || typeof k === "number" ? String(k) : void 0;
    const s = key === void 0 ? void 0 : storages.get(key);
    if (!s)
      throw new StorageError(`legacy file lists storage ${JSON.stringify(String(k))} that its data pickle never names`);
    if (at + 8 > src.size)
      throw new StorageError(`legacy file is truncated: storage ${JSON.stringify(key)} starts past the end of the file`);
    const header = at + 8 <= head.length ? head.subarray(at, at + 8) : src.read(at, 8);
    const v = new DataView(header.buffer, header.byteOffset, 8);
    const numel2 = v.getUint32(4, true) * 2 ** 32 + v.getUint32(0, true);
    if (numel2 !== s.numel)
      throw new StorageError(`legacy file: storage ${JSON.stringify(key)} holds ${numel2} elements but the pickle says ${s.numel}`);
    at += 8 + s.bytes;
    if (at > src.size)
      throw new StorageError(`legacy file is truncated: storage ${JSON.stringify(key)} (${s.bytes} bytes) runs past the end of the file`);
  }
}
function describeQuantizer(q2) {
  const scheme = q2.scheme.replace(/^per_(tensor|channel)_/, "per-$1 ").replaceAll("_", " ");
  return q2.axis !== void 0 ? `${scheme} (axis ${q2.axis})` : scheme;
}
function viewExtent(t) {
  if (t.dims.some((d) => d === 0))
    return t.offset;
  return t.dims.reduce((end, d, i) => end + (d - 1) * t.strides[i], t.offset + 1);
}
function storageBytes(t, share) {
  return share === void 0 ? t.storage.bytes : share.bytes;
}
function rejectCodeCalls(ctx) {
  const { count: count2, names } = ctx.codeCalls;
  if (count2 > 0) {
    throw new PickleError(`the pickle calls ${names.join(", ")}${count2 > names.length ? " and more" : ""}: rejected (model-budget never runs pickles, but torch.load without weights_only would run this)`);
  }
}
function toWeightsFile(named, container, unmeasured, unmeasuredCount, extra) {
  const tensors = [];
  const reach = storageReach(named, (dtype) => PACKED_VALUES.has(dtype));
  for (const { name, tensor: t, role } of named) {
    const elements = t.dims.reduce((a, b) => a * b, 1);
    if (!Number.isSafeInteger(elements))
      throw new StorageError(`tensor ${JSON.stringify(name)}: ${t.dims.join("x")} elements is too many`);
    const storageElements2 = Math.floor(t.storage.bytes * 8 / t.bits) * (PACKED_VALUES.get(t.dtype) ?? 1);
    if (viewExtent(t) > storageElements2) {
      throw new StorageError(`tensor ${JSON.stringify(name)} (${t.dims.join("x") || "scalar"} at offset ${t.offset}) runs past its storage of ${storageElements2} elements`);
    }
    const share = reach.get(groupKey(t.storage.key, role));
    tensors.push({
      name,
      dtype: t.dtype,
      dims: t.dims,
      elements,
      bytes: storageBytes(t, share),
      role,
      storageKey: t.storage.key,
      ...share?.sharedElements !== void 0 ? { sharedStorageElements: share.sharedElements } : {},
      ...t.quantizer ? { quantization: describeQuantizer(t.quantizer) } : {}
    });
  }
  const warnings = [...extra];
  if (unmeasuredCount > 0)
    warnings.push(`${unmeasuredCount} tensor(s) in a form not measured: ${unmeasured.slice(0, 3).join(", ")}${unmeasuredCount > 3 ? ", ..." : ""}`);
  if (unmeasuredCount === 0 && tensors.length === 0)
    warnings.push(`${NO_WEIGHTS_PREFIX}the pickle holds no tensors (plain Python values, such as a scheduler's or a grad scaler's state or pickled training arguments)`);
  else if (unmeasuredCount === 0 && tensors.every((t) => t.role === "optimizer"))
    warnings.push(`${NO_WEIGHTS_PREFIX}the file holds training state only (${tensors.length} tensor(s) of optimizer or random-number-generator state), no params`);
  const metadata = /* @__PURE__ */ new Map([["container", container]]);
  return { tensors, metadata, warnings, sideFiles: [] };
}
var MAX_PICKLE_BYTES, MAX_PICKLE_INFLATION, PICKLE_INFLATE_ALLOWANCE, MAX_CODE_BYTES, LEGACY_FIRST_READ, LEGACY_MAGIC, LEGACY_PROTOCOL, StorageError, PACKED_VALUES;
var init_reader4 = __esm({
  "build/src/formats/pytorch/reader.js"() {
    "use strict";
    init_errors();
    init_file();
    init_weights2();
    init_byte_source();
    init_pickle();
    init_torch_pickle();
    init_storage_reach();
    init_walk();
    init_zip();
    init_signature2();
    init_hf_quantization();
    init_header();
    init_shard_set();
    MAX_PICKLE_BYTES = 64 * 1024 * 1024;
    MAX_PICKLE_INFLATION = 100;
    PICKLE_INFLATE_ALLOWANCE = 1024 * 1024;
    MAX_CODE_BYTES = 4 * 1024 * 1024;
    LEGACY_FIRST_READ = 64 * 1024;
    LEGACY_MAGIC = 0x1950a86a20f9469cfc6cn;
    LEGACY_PROTOCOL = 1001;
    StorageError = class extends Error {
    };
    PACKED_VALUES = /* @__PURE__ */ new Map([["quint4x2", 2], ["quint2x4", 4]]);
  }
});

// build/src/formats/pytorch/format-reader.js
var format_reader_exports4 = {};
__export(format_reader_exports4, {
  reader: () => reader4
});
var import_node_path10, reader4;
var init_format_reader4 = __esm({
  "build/src/formats/pytorch/format-reader.js"() {
    "use strict";
    import_node_path10 = require("node:path");
    init_shard_set();
    init_hf_quantization();
    init_reader4();
    init_signature2();
    reader4 = {
      async read(path) {
        const { weights, container } = isShardSetFile(PYTORCH_SET, (0, import_node_path10.basename)(path)) ? readPytorchSet(path) : readPytorchFile(path);
        return { kind: "weights", weights, formatVersion: container };
      },
      sideFiles: (path, content) => [...isShardSetFile(PYTORCH_SET, (0, import_node_path10.basename)(path)) ? shardSetSideFiles(PYTORCH_SET, path, content) : [], ...hfConfigSideFiles(path)]
    };
  }
});

// build/src/formats/safetensors/signature.js
function looksLikeSafetensors(head, fileSize) {
  if (head.byteLength < 9 || fileSize < 10)
    return false;
  const n = Buffer.from(head.buffer, head.byteOffset, 8).readBigUInt64LE(0);
  return n >= 2n && n <= BigInt(Math.min(fileSize - 8, 1e8)) && head[8] === 123;
}
function safetensorsModelKey(path) {
  return shardSetModelKey(SAFETENSORS_SET, path);
}
var SAFETENSORS_SET;
var init_signature4 = __esm({
  "build/src/formats/safetensors/signature.js"() {
    "use strict";
    init_shard_names();
    SAFETENSORS_SET = {
      indexSuffix: ".safetensors.index.json",
      shard: /^(.*)-(\d{5})-of-(\d{5})\.safetensors$/,
      shardSuffix: ".safetensors"
    };
  }
});

// build/src/formats/safetensors/reader.js
function readSafetensors(path) {
  const stats = { bytesRead: 0, readCalls: 0, fileBytes: 0 };
  const warnings = [];
  const set = readShardSet(SAFETENSORS_SET, path, stats, (shardPath) => withRandomAccessFile(shardPath, (f) => {
    const h = readSafetensorsHeader(f);
    countReads(stats, f);
    return h;
  }), (header) => header.entries.map((e) => e.name), warnings);
  const { sharded } = set;
  for (const { shard, read } of set.shards)
    for (const w of read.warnings)
      warnings.push(sharded ? `${quoted2(shard)}: ${w}` : w);
  const entries = set.shards.flatMap(({ shard, read }) => read.entries.map((e) => ({ shard, e })));
  const names = new Set(entries.map(({ e }) => e.name));
  let config;
  const configPath = (0, import_node_path11.join)(set.dir, "config.json");
  if (isRegularFile(configPath)) {
    const text = readConfigText(configPath, warnings, (f) => countReads(stats, f));
    if (text !== void 0)
      config = parseHfConfig(text, names);
  }
  if (config)
    warnings.push(...config.warnings);
  const quantization = config?.quantization;
  const tensors = entries.map(({ shard, e }) => toWeightTensor(e, sharded ? shard : void 0, quantization, names));
  const packed = tensors.filter((t) => t.quantization !== void 0 && t.role === "param").length;
  const hasQweight = [...names].some((n) => n.endsWith(".qweight"));
  if (!quantization && hasQweight) {
    warnings.push(PACKED_WITHOUT_CONFIG);
  } else if (quantization && quantization.bits === 0) {
    warnings.push(`quant_method ${quoted2(quantization.method, 40)} is not one we unpack: params count the stored elements${hasQweight ? " (the packed .qweight int32 words are left out; their .scales/.qzeros are buffers)" : ""}`);
  } else if (quantization && packed === 0 && quantization.method !== "bitsandbytes") {
    warnings.push(`quantization_config names ${quoted2(quantization.method, 40)} but no packed tensors were recognised`);
  }
  const indexTotal = set.index?.totalSize;
  if (indexTotal !== void 0) {
    const stored2 = entries.reduce((a, { e }) => a + (e.end - e.begin), 0);
    if (stored2 !== indexTotal)
      warnings.push(`the index states total_size ${indexTotal} bytes but the shards hold ${stored2} bytes of tensors`);
  }
  const metadata = /* @__PURE__ */ new Map();
  for (const { read } of set.shards)
    for (const [k, v] of read.metadata)
      if (!metadata.has(k))
        metadata.set(k, v);
  if (sharded)
    metadata.set("shards", String(set.shards.length));
  if (config?.modelType)
    metadata.set("model_type", config.modelType);
  if (quantization && quantization.bits > 0)
    metadata.set("quantization", describeQuantization(quantization));
  const sideFiles = [...set.sideFiles, ...config !== void 0 || isRegularFile(configPath) ? ["config.json"] : []];
  return {
    weights: { tensors, metadata, ...config?.decoder ? { decoder: config.decoder } : {}, warnings, sideFiles },
    stats
  };
}
function safetensorsSideFiles(path, content) {
  return [...shardSetSideFiles(SAFETENSORS_SET, path, content), "config.json"];
}
function isRegularFile(path) {
  return fileState(path) === "file";
}
function weightTensor(e, file, dtype, dims, elements, role, quantization) {
  const t = { name: e.name, dtype, dims, elements, bytes: e.end - e.begin, role };
  if (quantization !== void 0)
    t.quantization = quantization;
  if (file !== void 0)
    t.file = file;
  return t;
}
function toWeightTensor(e, file, q2, names) {
  const role = isBufferName(e.name, e.dims) || isPackedQuantState(e.name, names) ? "buffer" : e.type.kind === "float" || isDType(e.type.dtype) && isWeightDType(e.type.dtype) ? "param" : "non-weight";
  const unpacked = q2 && unpackGptqAwq(e.name, e.type.dtype, e.dims, e.elements, q2);
  if (unpacked)
    return weightTensor(e, file, unpacked.dtype, unpacked.dims, unpacked.elements, unpacked.role, unpacked.quantization);
  if (q2 && q2.method === "bitsandbytes") {
    if (BNB_SIDECAR.test(e.name))
      return weightTensor(e, file, e.type.dtype, e.dims, e.elements, "buffer", "bitsandbytes quantization state");
    if (q2.bits === 4 && e.typeName === "U8" && (names.has(`${e.name}.absmax`) || names.has(`${e.name}.quant_state.bitsandbytes__${q2.bnb4bitType ?? "nf4"}`))) {
      return weightTensor(e, file, q2.bnb4bitType ?? "nf4", [e.elements * 2], e.elements * 2, "param", describeQuantization(q2));
    }
  }
  if (q2 && q2.method === "mxfp4") {
    if (e.name.endsWith("_blocks") && e.typeName === "U8") {
      const dims = e.dims.length >= 2 ? [...e.dims.slice(0, -2), e.dims[e.dims.length - 2] * e.dims[e.dims.length - 1] * 2] : [e.elements * 2];
      return weightTensor(e, file, "float4e2m1", dims, e.elements * 2, "param", describeQuantization(q2));
    }
    if (e.name.endsWith("_scales") && e.typeName === "U8")
      return weightTensor(e, file, "float8e8m0", e.dims, e.elements, "buffer", "MXFP4 scales");
  }
  return weightTensor(e, file, e.type.dtype, e.dims, e.elements, role);
}
var import_node_path11, BNB_SIDECAR;
var init_reader5 = __esm({
  "build/src/formats/safetensors/reader.js"() {
    "use strict";
    import_node_path11 = require("node:path");
    init_dtype();
    init_buffer_names();
    init_file();
    init_random_access();
    init_shard_set();
    init_header();
    init_hf_config();
    init_signature4();
    BNB_SIDECAR = /\.(absmax|quant_map|nested_absmax|nested_quant_map|SCB|weight_format|quant_state\.[A-Za-z0-9_]+)$/;
  }
});

// build/src/formats/safetensors/format-reader.js
var format_reader_exports5 = {};
__export(format_reader_exports5, {
  reader: () => reader5
});
var reader5;
var init_format_reader5 = __esm({
  "build/src/formats/safetensors/format-reader.js"() {
    "use strict";
    init_reader5();
    reader5 = {
      async read(path) {
        return { kind: "weights", weights: readSafetensors(path).weights, formatVersion: "" };
      },
      sideFiles(path, content) {
        return safetensorsSideFiles(path, content);
      }
    };
  }
});

// build/src/formats/tflite/signature.js
function isTflite(head) {
  return head.byteLength >= 8 && String.fromCharCode(...head.subarray(4, 8)) === FILE_IDENTIFIER;
}
var FILE_IDENTIFIER;
var init_signature5 = __esm({
  "build/src/formats/tflite/signature.js"() {
    "use strict";
    FILE_IDENTIFIER = "TFL3";
  }
});

// build/src/formats/tflite/schema.js
function parseFields(spec) {
  if (!spec)
    return [];
  return spec.split(" ").map((f) => {
    const [name, rest] = f.split(":");
    const [kind, def] = rest.split("=");
    return { name, kind, def: def === void 0 ? 0 : Number(def) };
  });
}
var MODEL2, OPERATOR_CODE, SUBGRAPH, TENSOR, QUANTIZATION, SPARSITY, OPERATOR, BUFFER, METADATA2, TENSOR_TYPES, BUILTIN_OPERATORS, OPTION_TABLES, BUILTIN_OPTIONS, PADDING, ACTIVATIONS2;
var init_schema = __esm({
  "build/src/formats/tflite/schema.js"() {
    "use strict";
    init_signature5();
    MODEL2 = { version: 0, operatorCodes: 1, subgraphs: 2, description: 3, buffers: 4, metadataBuffer: 5, metadata: 6, signatureDefs: 7 };
    OPERATOR_CODE = { deprecatedBuiltinCode: 0, customCode: 1, version: 2, builtinCode: 3 };
    SUBGRAPH = { tensors: 0, inputs: 1, outputs: 2, operators: 3, name: 4 };
    TENSOR = {
      shape: 0,
      type: 1,
      buffer: 2,
      name: 3,
      quantization: 4,
      isVariable: 5,
      sparsity: 6,
      shapeSignature: 7,
      hasRank: 8
    };
    QUANTIZATION = { min: 0, max: 1, scale: 2, zeroPoint: 3, detailsType: 4, details: 5, quantizedDimension: 6 };
    SPARSITY = { traversalOrder: 0, blockMap: 1, dimMetadata: 2 };
    OPERATOR = {
      opcodeIndex: 0,
      inputs: 1,
      outputs: 2,
      builtinOptionsType: 3,
      builtinOptions: 4,
      customOptions: 5,
      customOptionsFormat: 6,
      mutatingVariableInputs: 7,
      intermediates: 8,
      largeCustomOptionsOffset: 9,
      largeCustomOptionsSize: 10,
      builtinOptions2Type: 11,
      builtinOptions2: 12
    };
    BUFFER = { data: 0, offset: 1, size: 2 };
    METADATA2 = { name: 0, buffer: 1 };
    TENSOR_TYPES = [
      { name: "FLOAT32", dtype: "float32" },
      { name: "FLOAT16", dtype: "float16" },
      { name: "INT32", dtype: "int32" },
      { name: "UINT8", dtype: "uint8" },
      { name: "INT64", dtype: "int64" },
      { name: "STRING", dtype: "string" },
      { name: "BOOL", dtype: "bool" },
      { name: "INT16", dtype: "int16" },
      { name: "COMPLEX64", dtype: "complex64" },
      { name: "INT8", dtype: "int8" },
      { name: "FLOAT64", dtype: "float64" },
      { name: "COMPLEX128", dtype: "complex128" },
      { name: "UINT64", dtype: "uint64" },
      { name: "RESOURCE", dtype: void 0 },
      { name: "VARIANT", dtype: void 0 },
      { name: "UINT32", dtype: "uint32" },
      { name: "UINT16", dtype: "uint16" },
      { name: "INT4", dtype: "int4" },
      { name: "BFLOAT16", dtype: "bfloat16" }
    ];
    BUILTIN_OPERATORS = "ADD AVERAGE_POOL_2D CONCATENATION CONV_2D DEPTHWISE_CONV_2D DEPTH_TO_SPACE DEQUANTIZE EMBEDDING_LOOKUP FLOOR FULLY_CONNECTED HASHTABLE_LOOKUP L2_NORMALIZATION L2_POOL_2D LOCAL_RESPONSE_NORMALIZATION LOGISTIC LSH_PROJECTION LSTM MAX_POOL_2D MUL RELU RELU_N1_TO_1 RELU6 RESHAPE RESIZE_BILINEAR RNN SOFTMAX SPACE_TO_DEPTH SVDF TANH CONCAT_EMBEDDINGS SKIP_GRAM CALL CUSTOM EMBEDDING_LOOKUP_SPARSE PAD UNIDIRECTIONAL_SEQUENCE_RNN GATHER BATCH_TO_SPACE_ND SPACE_TO_BATCH_ND TRANSPOSE MEAN SUB DIV SQUEEZE UNIDIRECTIONAL_SEQUENCE_LSTM STRIDED_SLICE BIDIRECTIONAL_SEQUENCE_RNN EXP TOPK_V2 SPLIT LOG_SOFTMAX DELEGATE BIDIRECTIONAL_SEQUENCE_LSTM CAST PRELU MAXIMUM ARG_MAX MINIMUM LESS NEG PADV2 GREATER GREATER_EQUAL LESS_EQUAL SELECT SLICE SIN TRANSPOSE_CONV SPARSE_TO_DENSE TILE EXPAND_DIMS EQUAL NOT_EQUAL LOG SUM SQRT RSQRT SHAPE POW ARG_MIN FAKE_QUANT REDUCE_PROD REDUCE_MAX PACK LOGICAL_OR ONE_HOT LOGICAL_AND LOGICAL_NOT UNPACK REDUCE_MIN FLOOR_DIV REDUCE_ANY SQUARE ZEROS_LIKE FILL FLOOR_MOD RANGE RESIZE_NEAREST_NEIGHBOR LEAKY_RELU SQUARED_DIFFERENCE MIRROR_PAD ABS SPLIT_V UNIQUE CEIL REVERSE_V2 ADD_N GATHER_ND COS WHERE RANK ELU REVERSE_SEQUENCE MATRIX_DIAG QUANTIZE MATRIX_SET_DIAG ROUND HARD_SWISH IF WHILE NON_MAX_SUPPRESSION_V4 NON_MAX_SUPPRESSION_V5 SCATTER_ND SELECT_V2 DENSIFY SEGMENT_SUM BATCH_MATMUL PLACEHOLDER_FOR_GREATER_OP_CODES CUMSUM CALL_ONCE BROADCAST_TO RFFT2D CONV_3D IMAG REAL COMPLEX_ABS HASHTABLE HASHTABLE_FIND HASHTABLE_IMPORT HASHTABLE_SIZE REDUCE_ALL CONV_3D_TRANSPOSE VAR_HANDLE READ_VARIABLE ASSIGN_VARIABLE BROADCAST_ARGS RANDOM_STANDARD_NORMAL BUCKETIZE RANDOM_UNIFORM MULTINOMIAL GELU DYNAMIC_UPDATE_SLICE RELU_0_TO_1 UNSORTED_SEGMENT_PROD UNSORTED_SEGMENT_MAX UNSORTED_SEGMENT_SUM ATAN2 UNSORTED_SEGMENT_MIN SIGN BITCAST BITWISE_XOR RIGHT_SHIFT STABLEHLO_LOGISTIC STABLEHLO_ADD STABLEHLO_DIVIDE STABLEHLO_MULTIPLY STABLEHLO_MAXIMUM STABLEHLO_RESHAPE STABLEHLO_CLAMP STABLEHLO_CONCATENATE STABLEHLO_BROADCAST_IN_DIM STABLEHLO_CONVOLUTION STABLEHLO_SLICE STABLEHLO_CUSTOM_CALL STABLEHLO_REDUCE STABLEHLO_ABS STABLEHLO_AND STABLEHLO_COSINE STABLEHLO_EXPONENTIAL STABLEHLO_FLOOR STABLEHLO_LOG STABLEHLO_MINIMUM STABLEHLO_NEGATE STABLEHLO_OR STABLEHLO_POWER STABLEHLO_REMAINDER STABLEHLO_RSQRT STABLEHLO_SELECT STABLEHLO_SUBTRACT STABLEHLO_TANH STABLEHLO_SCATTER STABLEHLO_COMPARE STABLEHLO_CONVERT STABLEHLO_DYNAMIC_SLICE STABLEHLO_DYNAMIC_UPDATE_SLICE STABLEHLO_PAD STABLEHLO_IOTA STABLEHLO_DOT_GENERAL STABLEHLO_REDUCE_WINDOW STABLEHLO_SORT STABLEHLO_WHILE STABLEHLO_GATHER STABLEHLO_TRANSPOSE DILATE STABLEHLO_RNG_BIT_GENERATOR REDUCE_WINDOW STABLEHLO_COMPOSITE COMPLEX".split(" ");
    OPTION_TABLES = {
      Conv2DOptions: "padding:padding stride_w:int stride_h:int fused_activation_function:activation dilation_w_factor:int=1 dilation_h_factor:int=1 quantized_bias_type:tensortype",
      DepthwiseConv2DOptions: "padding:padding stride_w:int stride_h:int depth_multiplier:int fused_activation_function:activation dilation_w_factor:int=1 dilation_h_factor:int=1",
      ConcatEmbeddingsOptions: "num_channels:int num_columns_per_channel:ints embedding_dim_per_channel:ints",
      LSHProjectionOptions: "type:enum(UNKNOWN,SPARSE,DENSE)",
      Pool2DOptions: "padding:padding stride_w:int stride_h:int filter_width:int filter_height:int fused_activation_function:activation",
      SVDFOptions: "rank:int fused_activation_function:activation asymmetric_quantize_inputs:bool",
      RNNOptions: "fused_activation_function:activation asymmetric_quantize_inputs:bool",
      FullyConnectedOptions: "fused_activation_function:activation weights_format:enum(DEFAULT,SHUFFLED4x16INT8) keep_num_dims:bool asymmetric_quantize_inputs:bool quantized_bias_type:tensortype",
      SoftmaxOptions: "beta:float",
      ConcatenationOptions: "axis:int fused_activation_function:activation",
      AddOptions: "fused_activation_function:activation pot_scale_int16:bool=1",
      L2NormOptions: "fused_activation_function:activation",
      LocalResponseNormalizationOptions: "radius:int bias:float alpha:float beta:float",
      LSTMOptions: "fused_activation_function:activation cell_clip:float proj_clip:float kernel_type:enum(FULL,BASIC) asymmetric_quantize_inputs:bool",
      ResizeBilinearOptions: "new_height:skip new_width:skip align_corners:bool half_pixel_centers:bool",
      CallOptions: "subgraph:uint",
      ReshapeOptions: "new_shape:ints",
      SkipGramOptions: "ngram_size:int max_skip_size:int include_all_ngrams:bool",
      SpaceToDepthOptions: "block_size:int",
      EmbeddingLookupSparseOptions: "combiner:enum(SUM,MEAN,SQRTN)",
      MulOptions: "fused_activation_function:activation",
      PadOptions: "",
      GatherOptions: "axis:int batch_dims:int",
      BatchToSpaceNDOptions: "",
      SpaceToBatchNDOptions: "",
      TransposeOptions: "",
      ReducerOptions: "keep_dims:bool",
      SubOptions: "fused_activation_function:activation pot_scale_int16:bool=1",
      DivOptions: "fused_activation_function:activation",
      SqueezeOptions: "squeeze_dims:ints",
      SequenceRNNOptions: "time_major:bool fused_activation_function:activation asymmetric_quantize_inputs:bool",
      StridedSliceOptions: "begin_mask:int end_mask:int ellipsis_mask:int new_axis_mask:int shrink_axis_mask:int offset:bool",
      ExpOptions: "",
      TopKV2Options: "",
      SplitOptions: "num_splits:int",
      LogSoftmaxOptions: "",
      CastOptions: "in_data_type:tensortype out_data_type:tensortype",
      DequantizeOptions: "",
      MaximumMinimumOptions: "",
      ArgMaxOptions: "output_type:tensortype",
      LessOptions: "",
      NegOptions: "",
      PadV2Options: "",
      GreaterOptions: "",
      GreaterEqualOptions: "",
      LessEqualOptions: "",
      SelectOptions: "",
      SliceOptions: "",
      TransposeConvOptions: "padding:padding stride_w:int stride_h:int fused_activation_function:activation quantized_bias_type:tensortype",
      SparseToDenseOptions: "validate_indices:bool",
      TileOptions: "",
      ExpandDimsOptions: "",
      EqualOptions: "",
      NotEqualOptions: "",
      ShapeOptions: "out_type:tensortype",
      PowOptions: "",
      ArgMinOptions: "output_type:tensortype",
      FakeQuantOptions: "min:float max:float num_bits:int narrow_range:bool",
      PackOptions: "values_count:int axis:int",
      LogicalOrOptions: "",
      OneHotOptions: "axis:int",
      LogicalAndOptions: "",
      LogicalNotOptions: "",
      UnpackOptions: "num:int axis:int",
      FloorDivOptions: "",
      SquareOptions: "",
      ZerosLikeOptions: "",
      FillOptions: "",
      BidirectionalSequenceLSTMOptions: "fused_activation_function:activation cell_clip:float proj_clip:float merge_outputs:bool time_major:bool=1 asymmetric_quantize_inputs:bool",
      BidirectionalSequenceRNNOptions: "time_major:bool fused_activation_function:activation merge_outputs:bool asymmetric_quantize_inputs:bool",
      UnidirectionalSequenceLSTMOptions: "fused_activation_function:activation cell_clip:float proj_clip:float time_major:bool asymmetric_quantize_inputs:bool diagonal_recurrent_tensors:bool",
      FloorModOptions: "",
      RangeOptions: "",
      ResizeNearestNeighborOptions: "align_corners:bool half_pixel_centers:bool",
      LeakyReluOptions: "alpha:float",
      SquaredDifferenceOptions: "",
      MirrorPadOptions: "mode:enum(REFLECT,SYMMETRIC)",
      AbsOptions: "",
      SplitVOptions: "num_splits:int",
      UniqueOptions: "idx_out_type:tensortype=2",
      ReverseV2Options: "",
      AddNOptions: "",
      GatherNdOptions: "",
      CosOptions: "",
      WhereOptions: "",
      RankOptions: "",
      ReverseSequenceOptions: "seq_dim:int batch_dim:int",
      MatrixDiagOptions: "",
      QuantizeOptions: "",
      MatrixSetDiagOptions: "",
      HardSwishOptions: "",
      IfOptions: "then_subgraph_index:int else_subgraph_index:int",
      WhileOptions: "cond_subgraph_index:int body_subgraph_index:int",
      DepthToSpaceOptions: "block_size:int",
      NonMaxSuppressionV4Options: "",
      NonMaxSuppressionV5Options: "",
      ScatterNdOptions: "",
      SelectV2Options: "",
      DensifyOptions: "",
      SegmentSumOptions: "",
      BatchMatMulOptions: "adj_x:bool adj_y:bool asymmetric_quantize_inputs:bool",
      CumsumOptions: "exclusive:bool reverse:bool",
      CallOnceOptions: "init_subgraph_index:int",
      BroadcastToOptions: "",
      Rfft2dOptions: "",
      Conv3DOptions: "padding:padding stride_d:int stride_w:int stride_h:int fused_activation_function:activation dilation_d_factor:int=1 dilation_w_factor:int=1 dilation_h_factor:int=1",
      HashtableOptions: "table_id:int key_dtype:tensortype value_dtype:tensortype",
      HashtableFindOptions: "",
      HashtableImportOptions: "",
      HashtableSizeOptions: "",
      VarHandleOptions: "container:string shared_name:string",
      ReadVariableOptions: "",
      AssignVariableOptions: "",
      RandomOptions: "seed:long seed2:long",
      BucketizeOptions: "boundaries:floats",
      GeluOptions: "approximate:bool",
      DynamicUpdateSliceOptions: "",
      UnsortedSegmentProdOptions: "",
      UnsortedSegmentMaxOptions: "",
      UnsortedSegmentMinOptions: "",
      UnsortedSegmentSumOptions: "",
      ATan2Options: "",
      SignOptions: "",
      BitcastOptions: "",
      BitwiseXorOptions: "",
      RightShiftOptions: ""
    };
    BUILTIN_OPTIONS = [
      void 0,
      ...Object.entries(OPTION_TABLES).map(([table, spec]) => ({ table, fields: parseFields(spec) }))
    ];
    PADDING = ["SAME", "VALID"];
    ACTIVATIONS2 = ["NONE", "RELU", "RELU_N1_TO_1", "RELU6", "TANH", "SIGN_BIT"];
  }
});

// build/src/formats/tflite/decode.js
function printable(s) {
  return s.replace(/[^\x20-\x7e]/g, "?");
}
function decodeTflite(fb) {
  return new Decoder(fb).decode();
}
var LIMITS, Decoder;
var init_decode2 = __esm({
  "build/src/formats/tflite/decode.js"() {
    "use strict";
    init_flatbuffer();
    init_schema();
    LIMITS = {
      operatorCodes: 1e5,
      subgraphs: 1e5,
      records: 4e6,
      operands: 1e5,
      rank: 64,
      metadata: 1e4,
      buffers: 5e7
    };
    Decoder = class {
      fb;
      records = 0;
      buffers = /* @__PURE__ */ new Map();
      buffersVec;
      constructor(fb) {
        this.fb = fb;
      }
      count(n, what) {
        this.records += n;
        if (this.records > LIMITS.records)
          throw new FlatBufferError(`more than ${LIMITS.records} tensors and operators (at ${what})`);
      }
      decode() {
        const { fb } = this;
        if (fb.size < 8)
          throw new FlatBufferError(`${fb.size} bytes is too short for a TFLite file`);
        const ident = new TextDecoder("latin1").decode(fb.bytesAt(4, 4, "file identifier"));
        if (ident !== FILE_IDENTIFIER) {
          throw new FlatBufferError(`not a TFLite file: file identifier is '${printable(ident)}', expected '${FILE_IDENTIFIER}'`);
        }
        const root = fb.tableAt(0, "model");
        const version = fb.scalar(root, MODEL2.version, "u32", 0, "model version");
        const codesVec = fb.vector(root, MODEL2.operatorCodes, 4, "operator codes", LIMITS.operatorCodes);
        const opCodes = [];
        for (let i = 0; i < (codesVec?.length ?? 0); i++)
          opCodes.push(this.opCode(fb.tableIn(codesVec, i, `operator code ${i}`)));
        this.buffersVec = fb.vector(root, MODEL2.buffers, 4, "buffers", LIMITS.buffers);
        const sgVec = fb.vector(root, MODEL2.subgraphs, 4, "subgraphs", LIMITS.subgraphs);
        if (!sgVec || sgVec.length === 0)
          throw new FlatBufferError("the model has no subgraph");
        const subgraphs = [];
        for (let i = 0; i < sgVec.length; i++)
          subgraphs.push(this.subgraph(fb.tableIn(sgVec, i, `subgraph ${i}`), i, opCodes));
        const description = fb.string(root, MODEL2.description, "model description", 256);
        const metadata = /* @__PURE__ */ new Map();
        const mdVec = fb.vector(root, MODEL2.metadata, 4, "metadata", LIMITS.metadata);
        for (let i = 0; i < (mdVec?.length ?? 0); i++) {
          const t = fb.tableIn(mdVec, i, `metadata ${i}`);
          const name = fb.string(t, METADATA2.name, `metadata ${i} name`, 256);
          const buf = this.buffer(fb.scalar(t, METADATA2.buffer, "u32", 0, `metadata ${i} buffer`), `metadata '${name}'`);
          metadata.set(name, this.metadataText(name, buf));
        }
        return { version, description, opCodes, subgraphs, buffers: this.buffers, metadata, fileBytes: fb.size };
      }
      metadataText(name, buf) {
        if (name === "min_runtime_version" && buf.bytes > 0 && buf.bytes <= 64 && buf.dataStart !== void 0) {
          const raw = this.fb.bytesAt(buf.dataStart, buf.bytes, "min_runtime_version");
          const end = raw.indexOf(0);
          return new TextDecoder("utf-8").decode(end < 0 ? raw : raw.subarray(0, end));
        }
        return `${buf.bytes} bytes`;
      }
      opCode(t) {
        const { fb } = this;
        const deprecated = fb.scalar(t, OPERATOR_CODE.deprecatedBuiltinCode, "i8", 0, "operator code");
        const extended = fb.scalar(t, OPERATOR_CODE.builtinCode, "i32", 0, "operator code");
        const code2 = Math.max(deprecated, extended);
        const version = fb.scalar(t, OPERATOR_CODE.version, "i32", 1, "operator code version");
        const name = BUILTIN_OPERATORS[code2] ?? `BUILTIN_${code2}`;
        if (name === "CUSTOM") {
          const custom = fb.string(t, OPERATOR_CODE.customCode, "custom op name", 256);
          return { builtin: void 0, custom: custom || "(unnamed custom op)", version };
        }
        return { builtin: name, custom: void 0, version };
      }
      buffer(index, what) {
        const hit = this.buffers.get(index);
        if (hit)
          return hit;
        const vec = this.buffersVec;
        if (!vec || index >= vec.length) {
          throw new FlatBufferError(`${what} refers to buffer ${index}, but the model has ${vec?.length ?? 0} buffers`);
        }
        const { fb } = this;
        const t = fb.tableIn(vec, index, `buffer ${index}`);
        const data = fb.vector(t, BUFFER.data, 1, `buffer ${index} data`);
        const offset = fb.scalar(t, BUFFER.offset, "u64", 0, `buffer ${index} offset`);
        const size = fb.scalar(t, BUFFER.size, "u64", 0, `buffer ${index} size`);
        let buf;
        if (data && data.length > 0)
          buf = { index, bytes: data.length, dataStart: data.start, external: false };
        else if (offset > 1) {
          if (!Number.isSafeInteger(offset + size) || offset + size > fb.size) {
            throw new FlatBufferError(`buffer ${index} lies at bytes ${offset}..${offset + size}, outside the file (${fb.size} bytes)`);
          }
          buf = { index, bytes: size, dataStart: offset, external: true };
        } else
          buf = { index, bytes: 0, dataStart: void 0, external: false };
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
        const inputs = fb.numbers(t, SUBGRAPH.inputs, "i32", `${where} inputs`, LIMITS.operands);
        const outputs = fb.numbers(t, SUBGRAPH.outputs, "i32", `${where} outputs`, LIMITS.operands);
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
        const typeCode = fb.scalar(t, TENSOR.type, "i8", 0, what);
        const type = TENSOR_TYPES[typeCode];
        if (!type)
          throw new FlatBufferError(`${what} has unknown element type ${typeCode}`);
        const shape = fb.numbers(t, TENSOR.shape, "i32", `${what} shape`, LIMITS.rank);
        const sigField = fb.vector(t, TENSOR.shapeSignature, 4, `${what} shape signature`, LIMITS.rank);
        const signature = sigField ? fb.numbers(t, TENSOR.shapeSignature, "i32", `${what} shape signature`, LIMITS.rank) : void 0;
        const bufferIndex = fb.scalar(t, TENSOR.buffer, "u32", 0, what);
        const name = fb.string(t, TENSOR.name, `${what} name`);
        const q2 = fb.table(t, TENSOR.quantization, `${what} quantization`);
        const sp = fb.table(t, TENSOR.sparsity, `${what} sparsity`);
        const buffer = bufferIndex === 0 ? void 0 : this.buffer(bufferIndex, `${what} ('${name}')`);
        return {
          name,
          typeName: type.name,
          dtype: type.dtype,
          shape,
          signature,
          hasRank: fb.scalar(t, TENSOR.hasRank, "bool", 0, what) === 1,
          isVariable: fb.scalar(t, TENSOR.isVariable, "bool", 0, what) === 1,
          buffer: buffer && buffer.bytes > 0 ? buffer : void 0,
          quantization: q2 ? this.quantization(q2, `${what} quantization`) : void 0,
          sparsity: sp ? this.sparsity(sp, `${what} sparsity`) : void 0
        };
      }
      quantization(t, what) {
        const { fb } = this;
        const scales = fb.vector(t, QUANTIZATION.scale, 4, `${what} scales`)?.length ?? 0;
        const custom = fb.scalar(t, QUANTIZATION.detailsType, "u8", 0, what) !== 0;
        if (scales === 0 && !custom)
          return void 0;
        return { scales, axis: fb.scalar(t, QUANTIZATION.quantizedDimension, "i32", 0, what), custom };
      }
      sparsity(t, what) {
        const { fb } = this;
        const order = fb.vector(t, SPARSITY.traversalOrder, 4, `${what} traversal order`, LIMITS.rank * 2)?.length ?? 0;
        const blockDims = fb.vector(t, SPARSITY.blockMap, 4, `${what} block map`, LIMITS.rank)?.length ?? 0;
        return { dims: order, blockDims };
      }
      operator(t, what, opCodes) {
        const { fb } = this;
        const opcodeIndex = fb.scalar(t, OPERATOR.opcodeIndex, "u32", 0, what);
        const code2 = opCodes[opcodeIndex];
        if (!code2)
          throw new FlatBufferError(`${what} uses operator code ${opcodeIndex}, but the model has ${opCodes.length}`);
        const inputs = fb.numbers(t, OPERATOR.inputs, "i32", `${what} inputs`, LIMITS.operands);
        const outputs = fb.numbers(t, OPERATOR.outputs, "i32", `${what} outputs`, LIMITS.operands);
        const intermediates = fb.numbers(t, OPERATOR.intermediates, "i32", `${what} intermediates`, LIMITS.operands);
        const optType = fb.scalar(t, OPERATOR.builtinOptionsType, "u8", 0, what);
        const options = /* @__PURE__ */ new Map();
        const spec = BUILTIN_OPTIONS[optType];
        if (spec) {
          const ot = fb.table(t, OPERATOR.builtinOptions, `${what} ${spec.table}`);
          if (ot)
            for (const [i, f] of spec.fields.entries())
              this.option(ot, i, f, options, `${what} ${spec.table}.${f.name}`);
        }
        return { code: code2, inputs, outputs, intermediates, optionsTable: spec?.table, options };
      }
      option(t, id2, f, out, what) {
        const { fb } = this;
        const k = f.kind;
        if (k === "skip")
          return;
        if (k === "ints")
          out.set(f.name, fb.numbers(t, id2, "i32", what, LIMITS.operands));
        else if (k === "longs")
          out.set(f.name, fb.numbers(t, id2, "i64", what, LIMITS.operands));
        else if (k === "floats")
          out.set(f.name, fb.numbers(t, id2, "f32", what, LIMITS.operands));
        else if (k === "string")
          out.set(f.name, fb.string(t, id2, what, 256));
        else if (k === "float")
          out.set(f.name, fb.scalar(t, id2, "f32", f.def, what));
        else if (k === "bool")
          out.set(f.name, fb.scalar(t, id2, "bool", f.def, what));
        else if (k === "int")
          out.set(f.name, fb.scalar(t, id2, "i32", f.def, what));
        else if (k === "uint")
          out.set(f.name, fb.scalar(t, id2, "u32", f.def, what));
        else if (k === "long")
          out.set(f.name, fb.scalar(t, id2, "i64", f.def, what));
        else if (k === "byte")
          out.set(f.name, fb.scalar(t, id2, "i8", f.def, what));
        else {
          const code2 = fb.scalar(t, id2, "i8", f.def, what);
          const names = k === "padding" ? PADDING : k === "activation" ? ACTIVATIONS2 : k === "tensortype" ? TENSOR_TYPES.map((x) => x.dtype ?? x.name.toLowerCase()) : k.slice(5, -1).split(",");
          const name = names[code2];
          if (name === void 0)
            throw new FlatBufferError(`${what} has unknown value ${code2}`);
          out.set(f.name, name);
        }
      }
    };
  }
});

// build/src/formats/tflite/reader.js
function decode(src, path) {
  try {
    const fb = new FlatBuffer(src);
    return toIr(decodeTflite(fb), fb);
  } catch (e) {
    if (e instanceof FlatBufferError)
      throw new ModelFileError(path, `invalid TFLite file: ${e.message}`);
    if (e?.code)
      throw new ModelFileError(path, describeFsError(e));
    throw e;
  }
}
function readTfliteFile(path) {
  return withOpenModel(path, (fd, size) => {
    const src = new FileSource(fd, size);
    const model = decode(src, path);
    return { model, stats: { bytesRead: src.bytesRead, readCalls: src.readCalls } };
  });
}
var init_reader6 = __esm({
  "build/src/formats/tflite/reader.js"() {
    "use strict";
    init_errors();
    init_file();
    init_decode2();
    init_flatbuffer();
    init_to_ir();
  }
});

// build/src/formats/tflite/format-reader.js
var format_reader_exports6 = {};
__export(format_reader_exports6, {
  reader: () => reader6
});
var reader6;
var init_format_reader6 = __esm({
  "build/src/formats/tflite/format-reader.js"() {
    "use strict";
    init_reader6();
    reader6 = {
      async read(path) {
        return { kind: "graph", model: readTfliteFile(path).model, sideFileBytes: 0 };
      },
      sideFiles: () => []
    };
  }
});

// build/src/formats/tensorflow/signature.js
function headVarint(head, at) {
  let value = 0;
  for (let i = 0; i < 4 && at + i < head.length; i++) {
    const b = head[at + i];
    value += (b & 127) * 2 ** (7 * i);
    if (b < 128)
      return { value, next: at + i + 1 };
  }
  return null;
}
function nameFits(head, from, length, start, rest) {
  for (let i = 0; i < length && from + i < head.length; i++) {
    if (!(i === 0 ? start : rest).test(String.fromCharCode(head[from + i])))
      return false;
  }
  return true;
}
function looksLikeGraphDef(head) {
  if (head[0] !== 10)
    return false;
  const node = headVarint(head, 1);
  if (!node || node.value < 4 || head[node.next] !== 10)
    return false;
  const name = headVarint(head, node.next + 1);
  if (!name || name.value < 1 || name.value + 2 > node.value)
    return false;
  if (!nameFits(head, name.next, name.value, NODE_NAME_START, NODE_NAME_CHAR))
    return false;
  const opTag = name.next + name.value;
  if (opTag >= head.length)
    return name.next < head.length;
  if (head[opTag] !== 18)
    return false;
  const op = headVarint(head, opTag + 1);
  if (op === null)
    return opTag + 1 >= head.length;
  return op.value >= 1 && op.value <= 128 && nameFits(head, op.next, op.value, OP_NAME_START, OP_NAME_CHAR);
}
var NODE_NAME_START, NODE_NAME_CHAR, OP_NAME_START, OP_NAME_CHAR;
var init_signature6 = __esm({
  "build/src/formats/tensorflow/signature.js"() {
    "use strict";
    NODE_NAME_START = /^[A-Za-z0-9.]$/;
    NODE_NAME_CHAR = /^[A-Za-z0-9_>./-]$/;
    OP_NAME_START = /^[A-Za-z_]$/;
    OP_NAME_CHAR = /^[A-Za-z0-9_]$/;
  }
});

// build/src/formats/tensorflow/dtypes.js
function tfDtype(code2) {
  const base = code2 > 100 ? code2 - 100 : code2;
  return BY_CODE[base] ?? `dt_${code2}`;
}
var BY_CODE, TF_ONLY_BITS;
var init_dtypes2 = __esm({
  "build/src/formats/tensorflow/dtypes.js"() {
    "use strict";
    BY_CODE = [
      void 0,
      "float32",
      "float64",
      "int32",
      "uint8",
      "int16",
      "int8",
      "string",
      "complex64",
      "int64",
      "bool",
      "qint8",
      "quint8",
      "qint32",
      "bfloat16",
      "qint16",
      "quint16",
      "uint16",
      "complex128",
      "float16",
      "resource",
      "variant",
      "uint32",
      "uint64",
      "float8e5m2",
      "float8e4m3fn",
      "int4",
      "uint4"
    ];
    TF_ONLY_BITS = /* @__PURE__ */ new Map([
      ["qint8", 8],
      ["quint8", 8],
      ["qint16", 16],
      ["quint16", 16],
      ["qint32", 32]
    ]);
  }
});

// node_modules/@protobufjs/aspromise/index.js
var require_aspromise = __commonJS({
  "node_modules/@protobufjs/aspromise/index.js"(exports2, module4) {
    "use strict";
    module4.exports = asPromise;
    function asPromise(fn, ctx) {
      var params = new Array(arguments.length - 1), offset = 0, index = 2, pending3 = true;
      while (index < arguments.length)
        params[offset++] = arguments[index++];
      return new Promise(function executor(resolve3, reject) {
        params[offset] = function callback(err) {
          if (pending3) {
            pending3 = false;
            if (err)
              reject(err);
            else {
              var params2 = new Array(arguments.length - 1), offset2 = 0;
              while (offset2 < params2.length)
                params2[offset2++] = arguments[offset2];
              resolve3.apply(null, params2);
            }
          }
        };
        try {
          fn.apply(ctx || null, params);
        } catch (err) {
          if (pending3) {
            pending3 = false;
            reject(err);
          }
        }
      });
    }
  }
});

// node_modules/@protobufjs/base64/index.js
var require_base64 = __commonJS({
  "node_modules/@protobufjs/base64/index.js"(exports2) {
    "use strict";
    var base64 = exports2;
    base64.length = function length(string) {
      var p = string.length;
      if (!p)
        return 0;
      var n = 0;
      while (--p % 4 > 1 && string.charAt(p) === "=")
        ++n;
      return Math.ceil(string.length * 3) / 4 - n;
    };
    var b64 = new Array(64);
    var s64 = new Array(123);
    for (i = 0; i < 64; )
      s64[b64[i] = i < 26 ? i + 65 : i < 52 ? i + 71 : i < 62 ? i - 4 : i - 59 | 43] = i++;
    var i;
    base64.encode = function encode(buffer, start, end) {
      var parts = null, chunk = [];
      var i2 = 0, j = 0, t;
      while (start < end) {
        var b = buffer[start++];
        switch (j) {
          case 0:
            chunk[i2++] = b64[b >> 2];
            t = (b & 3) << 4;
            j = 1;
            break;
          case 1:
            chunk[i2++] = b64[t | b >> 4];
            t = (b & 15) << 2;
            j = 2;
            break;
          case 2:
            chunk[i2++] = b64[t | b >> 6];
            chunk[i2++] = b64[b & 63];
            j = 0;
            break;
        }
        if (i2 > 8191) {
          (parts || (parts = [])).push(String.fromCharCode.apply(String, chunk));
          i2 = 0;
        }
      }
      if (j) {
        chunk[i2++] = b64[t];
        chunk[i2++] = 61;
        if (j === 1)
          chunk[i2++] = 61;
      }
      if (parts) {
        if (i2)
          parts.push(String.fromCharCode.apply(String, chunk.slice(0, i2)));
        return parts.join("");
      }
      return String.fromCharCode.apply(String, chunk.slice(0, i2));
    };
    var invalidEncoding = "invalid encoding";
    base64.decode = function decode2(string, buffer, offset) {
      var start = offset;
      var j = 0, t;
      for (var i2 = 0; i2 < string.length; ) {
        var c = string.charCodeAt(i2++);
        if (c === 61 && j > 1)
          break;
        if ((c = s64[c]) === void 0)
          throw Error(invalidEncoding);
        switch (j) {
          case 0:
            t = c;
            j = 1;
            break;
          case 1:
            buffer[offset++] = t << 2 | (c & 48) >> 4;
            t = c;
            j = 2;
            break;
          case 2:
            buffer[offset++] = (t & 15) << 4 | (c & 60) >> 2;
            t = c;
            j = 3;
            break;
          case 3:
            buffer[offset++] = (t & 3) << 6 | c;
            j = 0;
            break;
        }
      }
      if (j === 1)
        throw Error(invalidEncoding);
      return offset - start;
    };
    base64.test = function test(string) {
      return /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(string);
    };
  }
});

// node_modules/@protobufjs/eventemitter/index.js
var require_eventemitter = __commonJS({
  "node_modules/@protobufjs/eventemitter/index.js"(exports2, module4) {
    "use strict";
    module4.exports = EventEmitter;
    function EventEmitter() {
      this._listeners = /* @__PURE__ */ Object.create(null);
    }
    EventEmitter.prototype.on = function on(evt, fn, ctx) {
      (this._listeners[evt] || (this._listeners[evt] = [])).push({
        fn,
        ctx: ctx || this
      });
      return this;
    };
    EventEmitter.prototype.off = function off(evt, fn) {
      if (evt === void 0)
        this._listeners = /* @__PURE__ */ Object.create(null);
      else {
        if (fn === void 0)
          this._listeners[evt] = [];
        else {
          var listeners = this._listeners[evt];
          if (!listeners)
            return this;
          for (var i = 0; i < listeners.length; )
            if (listeners[i].fn === fn)
              listeners.splice(i, 1);
            else
              ++i;
        }
      }
      return this;
    };
    EventEmitter.prototype.emit = function emit(evt) {
      var listeners = this._listeners[evt];
      if (listeners) {
        var args = [], i = 1;
        for (; i < arguments.length; )
          args.push(arguments[i++]);
        for (i = 0; i < listeners.length; )
          listeners[i].fn.apply(listeners[i++].ctx, args);
      }
      return this;
    };
  }
});

// node_modules/@protobufjs/float/index.js
var require_float = __commonJS({
  "node_modules/@protobufjs/float/index.js"(exports2, module4) {
    "use strict";
    module4.exports = factory(factory);
    function factory(exports3) {
      if (typeof Float32Array !== "undefined") (function() {
        var f32 = new Float32Array([-0]), f8b = new Uint8Array(f32.buffer), le = f8b[3] === 128;
        function writeFloat_f32_cpy(val, buf, pos) {
          f32[0] = val;
          buf[pos] = f8b[0];
          buf[pos + 1] = f8b[1];
          buf[pos + 2] = f8b[2];
          buf[pos + 3] = f8b[3];
        }
        function writeFloat_f32_rev(val, buf, pos) {
          f32[0] = val;
          buf[pos] = f8b[3];
          buf[pos + 1] = f8b[2];
          buf[pos + 2] = f8b[1];
          buf[pos + 3] = f8b[0];
        }
        exports3.writeFloatLE = le ? writeFloat_f32_cpy : writeFloat_f32_rev;
        exports3.writeFloatBE = le ? writeFloat_f32_rev : writeFloat_f32_cpy;
        function readFloat_f32_cpy(buf, pos) {
          f8b[0] = buf[pos];
          f8b[1] = buf[pos + 1];
          f8b[2] = buf[pos + 2];
          f8b[3] = buf[pos + 3];
          return f32[0];
        }
        function readFloat_f32_rev(buf, pos) {
          f8b[3] = buf[pos];
          f8b[2] = buf[pos + 1];
          f8b[1] = buf[pos + 2];
          f8b[0] = buf[pos + 3];
          return f32[0];
        }
        exports3.readFloatLE = le ? readFloat_f32_cpy : readFloat_f32_rev;
        exports3.readFloatBE = le ? readFloat_f32_rev : readFloat_f32_cpy;
      })();
      else (function() {
        function writeFloat_ieee754(writeUint, val, buf, pos) {
          var sign = val < 0 ? 1 : 0;
          if (sign)
            val = -val;
          if (val === 0)
            writeUint(1 / val > 0 ? (
              /* positive */
              0
            ) : (
              /* negative 0 */
              2147483648
            ), buf, pos);
          else if (isNaN(val))
            writeUint(2143289344, buf, pos);
          else if (val > 34028234663852886e22)
            writeUint((sign << 31 | 2139095040) >>> 0, buf, pos);
          else if (val < 11754943508222875e-54)
            writeUint((sign << 31 | Math.round(val / 1401298464324817e-60)) >>> 0, buf, pos);
          else {
            var exponent = Math.floor(Math.log(val) / Math.LN2), mantissa = Math.round(val * Math.pow(2, -exponent) * 8388608) & 8388607;
            writeUint((sign << 31 | exponent + 127 << 23 | mantissa) >>> 0, buf, pos);
          }
        }
        exports3.writeFloatLE = writeFloat_ieee754.bind(null, writeUintLE);
        exports3.writeFloatBE = writeFloat_ieee754.bind(null, writeUintBE);
        function readFloat_ieee754(readUint, buf, pos) {
          var uint = readUint(buf, pos), sign = (uint >> 31) * 2 + 1, exponent = uint >>> 23 & 255, mantissa = uint & 8388607;
          return exponent === 255 ? mantissa ? NaN : sign * Infinity : exponent === 0 ? sign * 1401298464324817e-60 * mantissa : sign * Math.pow(2, exponent - 150) * (mantissa + 8388608);
        }
        exports3.readFloatLE = readFloat_ieee754.bind(null, readUintLE);
        exports3.readFloatBE = readFloat_ieee754.bind(null, readUintBE);
      })();
      if (typeof Float64Array !== "undefined") (function() {
        var f64 = new Float64Array([-0]), f8b = new Uint8Array(f64.buffer), le = f8b[7] === 128;
        function writeDouble_f64_cpy(val, buf, pos) {
          f64[0] = val;
          buf[pos] = f8b[0];
          buf[pos + 1] = f8b[1];
          buf[pos + 2] = f8b[2];
          buf[pos + 3] = f8b[3];
          buf[pos + 4] = f8b[4];
          buf[pos + 5] = f8b[5];
          buf[pos + 6] = f8b[6];
          buf[pos + 7] = f8b[7];
        }
        function writeDouble_f64_rev(val, buf, pos) {
          f64[0] = val;
          buf[pos] = f8b[7];
          buf[pos + 1] = f8b[6];
          buf[pos + 2] = f8b[5];
          buf[pos + 3] = f8b[4];
          buf[pos + 4] = f8b[3];
          buf[pos + 5] = f8b[2];
          buf[pos + 6] = f8b[1];
          buf[pos + 7] = f8b[0];
        }
        exports3.writeDoubleLE = le ? writeDouble_f64_cpy : writeDouble_f64_rev;
        exports3.writeDoubleBE = le ? writeDouble_f64_rev : writeDouble_f64_cpy;
        function readDouble_f64_cpy(buf, pos) {
          f8b[0] = buf[pos];
          f8b[1] = buf[pos + 1];
          f8b[2] = buf[pos + 2];
          f8b[3] = buf[pos + 3];
          f8b[4] = buf[pos + 4];
          f8b[5] = buf[pos + 5];
          f8b[6] = buf[pos + 6];
          f8b[7] = buf[pos + 7];
          return f64[0];
        }
        function readDouble_f64_rev(buf, pos) {
          f8b[7] = buf[pos];
          f8b[6] = buf[pos + 1];
          f8b[5] = buf[pos + 2];
          f8b[4] = buf[pos + 3];
          f8b[3] = buf[pos + 4];
          f8b[2] = buf[pos + 5];
          f8b[1] = buf[pos + 6];
          f8b[0] = buf[pos + 7];
          return f64[0];
        }
        exports3.readDoubleLE = le ? readDouble_f64_cpy : readDouble_f64_rev;
        exports3.readDoubleBE = le ? readDouble_f64_rev : readDouble_f64_cpy;
      })();
      else (function() {
        function writeDouble_ieee754(writeUint, off0, off1, val, buf, pos) {
          var sign = val < 0 ? 1 : 0;
          if (sign)
            val = -val;
          if (val === 0) {
            writeUint(0, buf, pos + off0);
            writeUint(1 / val > 0 ? (
              /* positive */
              0
            ) : (
              /* negative 0 */
              2147483648
            ), buf, pos + off1);
          } else if (isNaN(val)) {
            writeUint(0, buf, pos + off0);
            writeUint(2146959360, buf, pos + off1);
          } else if (val > 17976931348623157e292) {
            writeUint(0, buf, pos + off0);
            writeUint((sign << 31 | 2146435072) >>> 0, buf, pos + off1);
          } else {
            var mantissa;
            if (val < 22250738585072014e-324) {
              mantissa = val / 5e-324;
              writeUint(mantissa >>> 0, buf, pos + off0);
              writeUint((sign << 31 | mantissa / 4294967296) >>> 0, buf, pos + off1);
            } else {
              var exponent = Math.floor(Math.log(val) / Math.LN2);
              if (exponent === 1024)
                exponent = 1023;
              mantissa = val * Math.pow(2, -exponent);
              writeUint(mantissa * 4503599627370496 >>> 0, buf, pos + off0);
              writeUint((sign << 31 | exponent + 1023 << 20 | mantissa * 1048576 & 1048575) >>> 0, buf, pos + off1);
            }
          }
        }
        exports3.writeDoubleLE = writeDouble_ieee754.bind(null, writeUintLE, 0, 4);
        exports3.writeDoubleBE = writeDouble_ieee754.bind(null, writeUintBE, 4, 0);
        function readDouble_ieee754(readUint, off0, off1, buf, pos) {
          var lo = readUint(buf, pos + off0), hi = readUint(buf, pos + off1);
          var sign = (hi >> 31) * 2 + 1, exponent = hi >>> 20 & 2047, mantissa = 4294967296 * (hi & 1048575) + lo;
          return exponent === 2047 ? mantissa ? NaN : sign * Infinity : exponent === 0 ? sign * 5e-324 * mantissa : sign * Math.pow(2, exponent - 1075) * (mantissa + 4503599627370496);
        }
        exports3.readDoubleLE = readDouble_ieee754.bind(null, readUintLE, 0, 4);
        exports3.readDoubleBE = readDouble_ieee754.bind(null, readUintBE, 4, 0);
      })();
      return exports3;
    }
    function writeUintLE(val, buf, pos) {
      buf[pos] = val & 255;
      buf[pos + 1] = val >>> 8 & 255;
      buf[pos + 2] = val >>> 16 & 255;
      buf[pos + 3] = val >>> 24;
    }
    function writeUintBE(val, buf, pos) {
      buf[pos] = val >>> 24;
      buf[pos + 1] = val >>> 16 & 255;
      buf[pos + 2] = val >>> 8 & 255;
      buf[pos + 3] = val & 255;
    }
    function readUintLE(buf, pos) {
      return (buf[pos] | buf[pos + 1] << 8 | buf[pos + 2] << 16 | buf[pos + 3] << 24) >>> 0;
    }
    function readUintBE(buf, pos) {
      return (buf[pos] << 24 | buf[pos + 1] << 16 | buf[pos + 2] << 8 | buf[pos + 3]) >>> 0;
    }
  }
});

// node_modules/@protobufjs/utf8/index.js
var require_utf8 = __commonJS({
  "node_modules/@protobufjs/utf8/index.js"(exports2) {
    "use strict";
    var utf82 = exports2;
    var replacementCharCode = 65533;
    utf82.length = function utf8_length(string) {
      var len = 0, c = 0;
      for (var i = 0; i < string.length; ++i) {
        c = string.charCodeAt(i);
        if (c < 128)
          len += 1;
        else if (c < 2048)
          len += 2;
        else if ((c & 64512) === 55296 && (string.charCodeAt(i + 1) & 64512) === 56320) {
          ++i;
          len += 4;
        } else
          len += 3;
      }
      return len;
    };
    utf82.read = function utf8_read(buffer, start, end) {
      if (end - start < 1)
        return "";
      var parts = null, chunk = [], i = 0, t, t2, c2, c3;
      while (start < end) {
        t = buffer[start++];
        if (t <= 127) {
          chunk[i++] = t;
        } else if (t >= 192 && t < 224) {
          c2 = (t & 31) << 6 | buffer[start++] & 63;
          chunk[i++] = c2 >= 128 ? c2 : replacementCharCode;
        } else if (t >= 224 && t < 240) {
          c3 = (t & 15) << 12 | (buffer[start++] & 63) << 6 | buffer[start++] & 63;
          chunk[i++] = c3 >= 2048 ? c3 : replacementCharCode;
        } else if (t >= 240) {
          t2 = (t & 7) << 18 | (buffer[start++] & 63) << 12 | (buffer[start++] & 63) << 6 | buffer[start++] & 63;
          if (t2 < 65536 || t2 > 1114111)
            chunk[i++] = replacementCharCode;
          else {
            t2 -= 65536;
            chunk[i++] = 55296 + (t2 >> 10);
            chunk[i++] = 56320 + (t2 & 1023);
          }
        }
        if (i > 8191) {
          (parts || (parts = [])).push(String.fromCharCode.apply(String, chunk.slice(0, i)));
          i = 0;
        }
      }
      if (parts) {
        if (i)
          parts.push(String.fromCharCode.apply(String, chunk.slice(0, i)));
        return parts.join("");
      }
      return String.fromCharCode.apply(String, chunk.slice(0, i));
    };
    utf82.write = function utf8_write(string, buffer, offset) {
      var start = offset, c1, c2;
      for (var i = 0; i < string.length; ++i) {
        c1 = string.charCodeAt(i);
        if (c1 < 128) {
          buffer[offset++] = c1;
        } else if (c1 < 2048) {
          buffer[offset++] = c1 >> 6 | 192;
          buffer[offset++] = c1 & 63 | 128;
        } else if ((c1 & 64512) === 55296 && ((c2 = string.charCodeAt(i + 1)) & 64512) === 56320) {
          c1 = 65536 + ((c1 & 1023) << 10) + (c2 & 1023);
          ++i;
          buffer[offset++] = c1 >> 18 | 240;
          buffer[offset++] = c1 >> 12 & 63 | 128;
          buffer[offset++] = c1 >> 6 & 63 | 128;
          buffer[offset++] = c1 & 63 | 128;
        } else {
          buffer[offset++] = c1 >> 12 | 224;
          buffer[offset++] = c1 >> 6 & 63 | 128;
          buffer[offset++] = c1 & 63 | 128;
        }
      }
      return offset - start;
    };
  }
});

// node_modules/@protobufjs/pool/index.js
var require_pool = __commonJS({
  "node_modules/@protobufjs/pool/index.js"(exports2, module4) {
    "use strict";
    module4.exports = pool4;
    function pool4(alloc, slice2, size) {
      var SIZE = size || 8192;
      var MAX = SIZE >>> 1;
      var slab = null;
      var offset = SIZE;
      return function pool_alloc(size2) {
        if (size2 < 1 || size2 > MAX)
          return alloc(size2);
        if (offset + size2 > SIZE) {
          slab = alloc(SIZE);
          offset = 0;
        }
        var buf = slice2.call(slab, offset, offset += size2);
        if (offset & 7)
          offset = (offset | 7) + 1;
        return buf;
      };
    }
  }
});

// node_modules/protobufjs/src/util/longbits.js
var require_longbits = __commonJS({
  "node_modules/protobufjs/src/util/longbits.js"(exports2, module4) {
    "use strict";
    module4.exports = LongBits;
    var util = require_minimal();
    function LongBits(lo, hi) {
      this.lo = lo >>> 0;
      this.hi = hi >>> 0;
    }
    var zero = LongBits.zero = new LongBits(0, 0);
    zero.toNumber = function() {
      return 0;
    };
    zero.zzEncode = zero.zzDecode = function() {
      return this;
    };
    zero.length = function() {
      return 1;
    };
    var zeroHash = LongBits.zeroHash = "\0\0\0\0\0\0\0\0";
    LongBits.fromNumber = function fromNumber(value) {
      if (value === 0)
        return zero;
      var sign = value < 0;
      if (sign)
        value = -value;
      var lo = value >>> 0, hi = (value - lo) / 4294967296 >>> 0;
      if (sign) {
        hi = ~hi >>> 0;
        lo = ~lo >>> 0;
        if (++lo > 4294967295) {
          lo = 0;
          if (++hi > 4294967295)
            hi = 0;
        }
      }
      return new LongBits(lo, hi);
    };
    LongBits.from = function from(value) {
      if (typeof value === "number")
        return LongBits.fromNumber(value);
      if (util.isString(value)) {
        if (util.Long)
          value = util.Long.fromString(value);
        else
          return LongBits.fromNumber(parseInt(value, 10));
      }
      return value.low || value.high ? new LongBits(value.low >>> 0, value.high >>> 0) : zero;
    };
    LongBits.prototype.toNumber = function toNumber(unsigned) {
      if (!unsigned && this.hi >>> 31) {
        var lo = ~this.lo + 1 >>> 0, hi = ~this.hi >>> 0;
        if (!lo)
          hi = hi + 1 >>> 0;
        return -(lo + hi * 4294967296);
      }
      return this.lo + this.hi * 4294967296;
    };
    LongBits.prototype.toLong = function toLong(unsigned) {
      return util.Long ? new util.Long(this.lo | 0, this.hi | 0, Boolean(unsigned)) : { low: this.lo | 0, high: this.hi | 0, unsigned: Boolean(unsigned) };
    };
    var charCodeAt = String.prototype.charCodeAt;
    LongBits.fromHash = function fromHash(hash) {
      if (hash === zeroHash)
        return zero;
      return new LongBits(
        (charCodeAt.call(hash, 0) | charCodeAt.call(hash, 1) << 8 | charCodeAt.call(hash, 2) << 16 | charCodeAt.call(hash, 3) << 24) >>> 0,
        (charCodeAt.call(hash, 4) | charCodeAt.call(hash, 5) << 8 | charCodeAt.call(hash, 6) << 16 | charCodeAt.call(hash, 7) << 24) >>> 0
      );
    };
    LongBits.prototype.toHash = function toHash() {
      return String.fromCharCode(
        this.lo & 255,
        this.lo >>> 8 & 255,
        this.lo >>> 16 & 255,
        this.lo >>> 24,
        this.hi & 255,
        this.hi >>> 8 & 255,
        this.hi >>> 16 & 255,
        this.hi >>> 24
      );
    };
    LongBits.prototype.zzEncode = function zzEncode() {
      var mask = this.hi >> 31;
      this.hi = ((this.hi << 1 | this.lo >>> 31) ^ mask) >>> 0;
      this.lo = (this.lo << 1 ^ mask) >>> 0;
      return this;
    };
    LongBits.prototype.zzDecode = function zzDecode() {
      var mask = -(this.lo & 1);
      this.lo = ((this.lo >>> 1 | this.hi << 31) ^ mask) >>> 0;
      this.hi = (this.hi >>> 1 ^ mask) >>> 0;
      return this;
    };
    LongBits.prototype.length = function length() {
      var part0 = this.lo, part1 = (this.lo >>> 28 | this.hi << 4) >>> 0, part2 = this.hi >>> 24;
      return part2 === 0 ? part1 === 0 ? part0 < 16384 ? part0 < 128 ? 1 : 2 : part0 < 2097152 ? 3 : 4 : part1 < 16384 ? part1 < 128 ? 5 : 6 : part1 < 2097152 ? 7 : 8 : part2 < 128 ? 9 : 10;
    };
  }
});

// node_modules/long/umd/index.js
var require_umd = __commonJS({
  "node_modules/long/umd/index.js"(exports2, module4) {
    (function(global2, factory) {
      function preferDefault(exports3) {
        return exports3.default || exports3;
      }
      if (typeof define === "function" && define.amd) {
        define([], function() {
          var exports3 = {};
          factory(exports3);
          return preferDefault(exports3);
        });
      } else if (typeof exports2 === "object") {
        factory(exports2);
        if (typeof module4 === "object") module4.exports = preferDefault(exports2);
      } else {
        (function() {
          var exports3 = {};
          factory(exports3);
          global2.Long = preferDefault(exports3);
        })();
      }
    })(
      typeof globalThis !== "undefined" ? globalThis : typeof self !== "undefined" ? self : exports2,
      function(_exports) {
        "use strict";
        Object.defineProperty(_exports, "__esModule", {
          value: true
        });
        _exports.default = void 0;
        var wasm = null;
        try {
          wasm = new WebAssembly.Instance(
            new WebAssembly.Module(
              new Uint8Array([
                // \0asm
                0,
                97,
                115,
                109,
                // version 1
                1,
                0,
                0,
                0,
                // section "type"
                1,
                13,
                2,
                // 0, () => i32
                96,
                0,
                1,
                127,
                // 1, (i32, i32, i32, i32) => i32
                96,
                4,
                127,
                127,
                127,
                127,
                1,
                127,
                // section "function"
                3,
                7,
                6,
                // 0, type 0
                0,
                // 1, type 1
                1,
                // 2, type 1
                1,
                // 3, type 1
                1,
                // 4, type 1
                1,
                // 5, type 1
                1,
                // section "global"
                6,
                6,
                1,
                // 0, "high", mutable i32
                127,
                1,
                65,
                0,
                11,
                // section "export"
                7,
                50,
                6,
                // 0, "mul"
                3,
                109,
                117,
                108,
                0,
                1,
                // 1, "div_s"
                5,
                100,
                105,
                118,
                95,
                115,
                0,
                2,
                // 2, "div_u"
                5,
                100,
                105,
                118,
                95,
                117,
                0,
                3,
                // 3, "rem_s"
                5,
                114,
                101,
                109,
                95,
                115,
                0,
                4,
                // 4, "rem_u"
                5,
                114,
                101,
                109,
                95,
                117,
                0,
                5,
                // 5, "get_high"
                8,
                103,
                101,
                116,
                95,
                104,
                105,
                103,
                104,
                0,
                0,
                // section "code"
                10,
                191,
                1,
                6,
                // 0, "get_high"
                4,
                0,
                35,
                0,
                11,
                // 1, "mul"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                126,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11,
                // 2, "div_s"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                127,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11,
                // 3, "div_u"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                128,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11,
                // 4, "rem_s"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                129,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11,
                // 5, "rem_u"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                130,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11
              ])
            ),
            {}
          ).exports;
        } catch {
        }
        function Long(low, high, unsigned) {
          this.low = low | 0;
          this.high = high | 0;
          this.unsigned = !!unsigned;
        }
        Long.prototype.__isLong__;
        Object.defineProperty(Long.prototype, "__isLong__", {
          value: true
        });
        function isLong(obj) {
          return (obj && obj["__isLong__"]) === true;
        }
        function ctz32(value) {
          var c = Math.clz32(value & -value);
          return value ? 31 - c : c;
        }
        Long.isLong = isLong;
        var INT_CACHE = {};
        var UINT_CACHE = {};
        function fromInt(value, unsigned) {
          var obj, cachedObj, cache;
          if (unsigned) {
            value >>>= 0;
            if (cache = 0 <= value && value < 256) {
              cachedObj = UINT_CACHE[value];
              if (cachedObj) return cachedObj;
            }
            obj = fromBits(value, 0, true);
            if (cache) UINT_CACHE[value] = obj;
            return obj;
          } else {
            value |= 0;
            if (cache = -128 <= value && value < 128) {
              cachedObj = INT_CACHE[value];
              if (cachedObj) return cachedObj;
            }
            obj = fromBits(value, value < 0 ? -1 : 0, false);
            if (cache) INT_CACHE[value] = obj;
            return obj;
          }
        }
        Long.fromInt = fromInt;
        function fromNumber(value, unsigned) {
          if (isNaN(value)) return unsigned ? UZERO : ZERO3;
          if (unsigned) {
            if (value < 0) return UZERO;
            if (value >= TWO_PWR_64_DBL) return MAX_UNSIGNED_VALUE;
          } else {
            if (value <= -TWO_PWR_63_DBL) return MIN_VALUE;
            if (value + 1 >= TWO_PWR_63_DBL) return MAX_VALUE;
          }
          if (value < 0) return fromNumber(-value, unsigned).neg();
          return fromBits(
            value % TWO_PWR_32_DBL | 0,
            value / TWO_PWR_32_DBL | 0,
            unsigned
          );
        }
        Long.fromNumber = fromNumber;
        function fromBits(lowBits, highBits, unsigned) {
          return new Long(lowBits, highBits, unsigned);
        }
        Long.fromBits = fromBits;
        var pow_dbl = Math.pow;
        function fromString(str2, unsigned, radix) {
          if (str2.length === 0) throw Error("empty string");
          if (typeof unsigned === "number") {
            radix = unsigned;
            unsigned = false;
          } else {
            unsigned = !!unsigned;
          }
          if (str2 === "NaN" || str2 === "Infinity" || str2 === "+Infinity" || str2 === "-Infinity")
            return unsigned ? UZERO : ZERO3;
          radix = radix || 10;
          if (radix < 2 || 36 < radix) throw RangeError("radix");
          var p;
          if ((p = str2.indexOf("-")) > 0) throw Error("interior hyphen");
          else if (p === 0) {
            return fromString(str2.substring(1), unsigned, radix).neg();
          }
          var radixToPower = fromNumber(pow_dbl(radix, 8));
          var result = ZERO3;
          for (var i = 0; i < str2.length; i += 8) {
            var size = Math.min(8, str2.length - i), value = parseInt(str2.substring(i, i + size), radix);
            if (size < 8) {
              var power2 = fromNumber(pow_dbl(radix, size));
              result = result.mul(power2).add(fromNumber(value));
            } else {
              result = result.mul(radixToPower);
              result = result.add(fromNumber(value));
            }
          }
          result.unsigned = unsigned;
          return result;
        }
        Long.fromString = fromString;
        function fromValue(val, unsigned) {
          if (typeof val === "number") return fromNumber(val, unsigned);
          if (typeof val === "string") return fromString(val, unsigned);
          return fromBits(
            val.low,
            val.high,
            typeof unsigned === "boolean" ? unsigned : val.unsigned
          );
        }
        Long.fromValue = fromValue;
        var TWO_PWR_16_DBL = 1 << 16;
        var TWO_PWR_24_DBL = 1 << 24;
        var TWO_PWR_32_DBL = TWO_PWR_16_DBL * TWO_PWR_16_DBL;
        var TWO_PWR_64_DBL = TWO_PWR_32_DBL * TWO_PWR_32_DBL;
        var TWO_PWR_63_DBL = TWO_PWR_64_DBL / 2;
        var TWO_PWR_24 = fromInt(TWO_PWR_24_DBL);
        var ZERO3 = fromInt(0);
        Long.ZERO = ZERO3;
        var UZERO = fromInt(0, true);
        Long.UZERO = UZERO;
        var ONE = fromInt(1);
        Long.ONE = ONE;
        var UONE = fromInt(1, true);
        Long.UONE = UONE;
        var NEG_ONE = fromInt(-1);
        Long.NEG_ONE = NEG_ONE;
        var MAX_VALUE = fromBits(4294967295 | 0, 2147483647 | 0, false);
        Long.MAX_VALUE = MAX_VALUE;
        var MAX_UNSIGNED_VALUE = fromBits(4294967295 | 0, 4294967295 | 0, true);
        Long.MAX_UNSIGNED_VALUE = MAX_UNSIGNED_VALUE;
        var MIN_VALUE = fromBits(0, 2147483648 | 0, false);
        Long.MIN_VALUE = MIN_VALUE;
        var LongPrototype = Long.prototype;
        LongPrototype.toInt = function toInt() {
          return this.unsigned ? this.low >>> 0 : this.low;
        };
        LongPrototype.toNumber = function toNumber() {
          if (this.unsigned)
            return (this.high >>> 0) * TWO_PWR_32_DBL + (this.low >>> 0);
          return this.high * TWO_PWR_32_DBL + (this.low >>> 0);
        };
        LongPrototype.toString = function toString(radix) {
          radix = radix || 10;
          if (radix < 2 || 36 < radix) throw RangeError("radix");
          if (this.isZero()) return "0";
          if (this.isNegative()) {
            if (this.eq(MIN_VALUE)) {
              var radixLong = fromNumber(radix), div2 = this.div(radixLong), rem1 = div2.mul(radixLong).sub(this);
              return div2.toString(radix) + rem1.toInt().toString(radix);
            } else return "-" + this.neg().toString(radix);
          }
          var radixToPower = fromNumber(pow_dbl(radix, 6), this.unsigned), rem = this;
          var result = "";
          while (true) {
            var remDiv = rem.div(radixToPower), intval = rem.sub(remDiv.mul(radixToPower)).toInt() >>> 0, digits = intval.toString(radix);
            rem = remDiv;
            if (rem.isZero()) return digits + result;
            else {
              while (digits.length < 6) digits = "0" + digits;
              result = "" + digits + result;
            }
          }
        };
        LongPrototype.getHighBits = function getHighBits() {
          return this.high;
        };
        LongPrototype.getHighBitsUnsigned = function getHighBitsUnsigned() {
          return this.high >>> 0;
        };
        LongPrototype.getLowBits = function getLowBits() {
          return this.low;
        };
        LongPrototype.getLowBitsUnsigned = function getLowBitsUnsigned() {
          return this.low >>> 0;
        };
        LongPrototype.getNumBitsAbs = function getNumBitsAbs() {
          if (this.isNegative())
            return this.eq(MIN_VALUE) ? 64 : this.neg().getNumBitsAbs();
          var val = this.high != 0 ? this.high : this.low;
          for (var bit2 = 31; bit2 > 0; bit2--) if ((val & 1 << bit2) != 0) break;
          return this.high != 0 ? bit2 + 33 : bit2 + 1;
        };
        LongPrototype.isSafeInteger = function isSafeInteger() {
          var top11Bits = this.high >> 21;
          if (!top11Bits) return true;
          if (this.unsigned) return false;
          return top11Bits === -1 && !(this.low === 0 && this.high === -2097152);
        };
        LongPrototype.isZero = function isZero() {
          return this.high === 0 && this.low === 0;
        };
        LongPrototype.eqz = LongPrototype.isZero;
        LongPrototype.isNegative = function isNegative() {
          return !this.unsigned && this.high < 0;
        };
        LongPrototype.isPositive = function isPositive() {
          return this.unsigned || this.high >= 0;
        };
        LongPrototype.isOdd = function isOdd() {
          return (this.low & 1) === 1;
        };
        LongPrototype.isEven = function isEven() {
          return (this.low & 1) === 0;
        };
        LongPrototype.equals = function equals(other) {
          if (!isLong(other)) other = fromValue(other);
          if (this.unsigned !== other.unsigned && this.high >>> 31 === 1 && other.high >>> 31 === 1)
            return false;
          return this.high === other.high && this.low === other.low;
        };
        LongPrototype.eq = LongPrototype.equals;
        LongPrototype.notEquals = function notEquals(other) {
          return !this.eq(
            /* validates */
            other
          );
        };
        LongPrototype.neq = LongPrototype.notEquals;
        LongPrototype.ne = LongPrototype.notEquals;
        LongPrototype.lessThan = function lessThan(other) {
          return this.comp(
            /* validates */
            other
          ) < 0;
        };
        LongPrototype.lt = LongPrototype.lessThan;
        LongPrototype.lessThanOrEqual = function lessThanOrEqual(other) {
          return this.comp(
            /* validates */
            other
          ) <= 0;
        };
        LongPrototype.lte = LongPrototype.lessThanOrEqual;
        LongPrototype.le = LongPrototype.lessThanOrEqual;
        LongPrototype.greaterThan = function greaterThan(other) {
          return this.comp(
            /* validates */
            other
          ) > 0;
        };
        LongPrototype.gt = LongPrototype.greaterThan;
        LongPrototype.greaterThanOrEqual = function greaterThanOrEqual(other) {
          return this.comp(
            /* validates */
            other
          ) >= 0;
        };
        LongPrototype.gte = LongPrototype.greaterThanOrEqual;
        LongPrototype.ge = LongPrototype.greaterThanOrEqual;
        LongPrototype.compare = function compare(other) {
          if (!isLong(other)) other = fromValue(other);
          if (this.eq(other)) return 0;
          var thisNeg = this.isNegative(), otherNeg = other.isNegative();
          if (thisNeg && !otherNeg) return -1;
          if (!thisNeg && otherNeg) return 1;
          if (!this.unsigned) return this.sub(other).isNegative() ? -1 : 1;
          return other.high >>> 0 > this.high >>> 0 || other.high === this.high && other.low >>> 0 > this.low >>> 0 ? -1 : 1;
        };
        LongPrototype.comp = LongPrototype.compare;
        LongPrototype.negate = function negate() {
          if (!this.unsigned && this.eq(MIN_VALUE)) return MIN_VALUE;
          return this.not().add(ONE);
        };
        LongPrototype.neg = LongPrototype.negate;
        LongPrototype.add = function add3(addend) {
          if (!isLong(addend)) addend = fromValue(addend);
          var a48 = this.high >>> 16;
          var a32 = this.high & 65535;
          var a16 = this.low >>> 16;
          var a00 = this.low & 65535;
          var b48 = addend.high >>> 16;
          var b32 = addend.high & 65535;
          var b16 = addend.low >>> 16;
          var b00 = addend.low & 65535;
          var c48 = 0, c32 = 0, c16 = 0, c00 = 0;
          c00 += a00 + b00;
          c16 += c00 >>> 16;
          c00 &= 65535;
          c16 += a16 + b16;
          c32 += c16 >>> 16;
          c16 &= 65535;
          c32 += a32 + b32;
          c48 += c32 >>> 16;
          c32 &= 65535;
          c48 += a48 + b48;
          c48 &= 65535;
          return fromBits(c16 << 16 | c00, c48 << 16 | c32, this.unsigned);
        };
        LongPrototype.subtract = function subtract(subtrahend) {
          if (!isLong(subtrahend)) subtrahend = fromValue(subtrahend);
          return this.add(subtrahend.neg());
        };
        LongPrototype.sub = LongPrototype.subtract;
        LongPrototype.multiply = function multiply(multiplier) {
          if (this.isZero()) return this;
          if (!isLong(multiplier)) multiplier = fromValue(multiplier);
          if (wasm) {
            var low = wasm["mul"](
              this.low,
              this.high,
              multiplier.low,
              multiplier.high
            );
            return fromBits(low, wasm["get_high"](), this.unsigned);
          }
          if (multiplier.isZero()) return this.unsigned ? UZERO : ZERO3;
          if (this.eq(MIN_VALUE)) return multiplier.isOdd() ? MIN_VALUE : ZERO3;
          if (multiplier.eq(MIN_VALUE)) return this.isOdd() ? MIN_VALUE : ZERO3;
          if (this.isNegative()) {
            if (multiplier.isNegative()) return this.neg().mul(multiplier.neg());
            else return this.neg().mul(multiplier).neg();
          } else if (multiplier.isNegative())
            return this.mul(multiplier.neg()).neg();
          if (this.lt(TWO_PWR_24) && multiplier.lt(TWO_PWR_24))
            return fromNumber(
              this.toNumber() * multiplier.toNumber(),
              this.unsigned
            );
          var a48 = this.high >>> 16;
          var a32 = this.high & 65535;
          var a16 = this.low >>> 16;
          var a00 = this.low & 65535;
          var b48 = multiplier.high >>> 16;
          var b32 = multiplier.high & 65535;
          var b16 = multiplier.low >>> 16;
          var b00 = multiplier.low & 65535;
          var c48 = 0, c32 = 0, c16 = 0, c00 = 0;
          c00 += a00 * b00;
          c16 += c00 >>> 16;
          c00 &= 65535;
          c16 += a16 * b00;
          c32 += c16 >>> 16;
          c16 &= 65535;
          c16 += a00 * b16;
          c32 += c16 >>> 16;
          c16 &= 65535;
          c32 += a32 * b00;
          c48 += c32 >>> 16;
          c32 &= 65535;
          c32 += a16 * b16;
          c48 += c32 >>> 16;
          c32 &= 65535;
          c32 += a00 * b32;
          c48 += c32 >>> 16;
          c32 &= 65535;
          c48 += a48 * b00 + a32 * b16 + a16 * b32 + a00 * b48;
          c48 &= 65535;
          return fromBits(c16 << 16 | c00, c48 << 16 | c32, this.unsigned);
        };
        LongPrototype.mul = LongPrototype.multiply;
        LongPrototype.divide = function divide2(divisor) {
          if (!isLong(divisor)) divisor = fromValue(divisor);
          if (divisor.isZero()) throw Error("division by zero");
          if (wasm) {
            if (!this.unsigned && this.high === -2147483648 && divisor.low === -1 && divisor.high === -1) {
              return this;
            }
            var low = (this.unsigned ? wasm["div_u"] : wasm["div_s"])(
              this.low,
              this.high,
              divisor.low,
              divisor.high
            );
            return fromBits(low, wasm["get_high"](), this.unsigned);
          }
          if (this.isZero()) return this.unsigned ? UZERO : ZERO3;
          var approx, rem, res;
          if (!this.unsigned) {
            if (this.eq(MIN_VALUE)) {
              if (divisor.eq(ONE) || divisor.eq(NEG_ONE))
                return MIN_VALUE;
              else if (divisor.eq(MIN_VALUE)) return ONE;
              else {
                var halfThis = this.shr(1);
                approx = halfThis.div(divisor).shl(1);
                if (approx.eq(ZERO3)) {
                  return divisor.isNegative() ? ONE : NEG_ONE;
                } else {
                  rem = this.sub(divisor.mul(approx));
                  res = approx.add(rem.div(divisor));
                  return res;
                }
              }
            } else if (divisor.eq(MIN_VALUE)) return this.unsigned ? UZERO : ZERO3;
            if (this.isNegative()) {
              if (divisor.isNegative()) return this.neg().div(divisor.neg());
              return this.neg().div(divisor).neg();
            } else if (divisor.isNegative()) return this.div(divisor.neg()).neg();
            res = ZERO3;
          } else {
            if (!divisor.unsigned) divisor = divisor.toUnsigned();
            if (divisor.gt(this)) return UZERO;
            if (divisor.gt(this.shru(1)))
              return UONE;
            res = UZERO;
          }
          rem = this;
          while (rem.gte(divisor)) {
            approx = Math.max(1, Math.floor(rem.toNumber() / divisor.toNumber()));
            var log2 = Math.ceil(Math.log(approx) / Math.LN2), delta = log2 <= 48 ? 1 : pow_dbl(2, log2 - 48), approxRes = fromNumber(approx), approxRem = approxRes.mul(divisor);
            while (approxRem.isNegative() || approxRem.gt(rem)) {
              approx -= delta;
              approxRes = fromNumber(approx, this.unsigned);
              approxRem = approxRes.mul(divisor);
            }
            if (approxRes.isZero()) approxRes = ONE;
            res = res.add(approxRes);
            rem = rem.sub(approxRem);
          }
          return res;
        };
        LongPrototype.div = LongPrototype.divide;
        LongPrototype.modulo = function modulo2(divisor) {
          if (!isLong(divisor)) divisor = fromValue(divisor);
          if (wasm) {
            var low = (this.unsigned ? wasm["rem_u"] : wasm["rem_s"])(
              this.low,
              this.high,
              divisor.low,
              divisor.high
            );
            return fromBits(low, wasm["get_high"](), this.unsigned);
          }
          return this.sub(this.div(divisor).mul(divisor));
        };
        LongPrototype.mod = LongPrototype.modulo;
        LongPrototype.rem = LongPrototype.modulo;
        LongPrototype.not = function not() {
          return fromBits(~this.low, ~this.high, this.unsigned);
        };
        LongPrototype.countLeadingZeros = function countLeadingZeros() {
          return this.high ? Math.clz32(this.high) : Math.clz32(this.low) + 32;
        };
        LongPrototype.clz = LongPrototype.countLeadingZeros;
        LongPrototype.countTrailingZeros = function countTrailingZeros() {
          return this.low ? ctz32(this.low) : ctz32(this.high) + 32;
        };
        LongPrototype.ctz = LongPrototype.countTrailingZeros;
        LongPrototype.and = function and(other) {
          if (!isLong(other)) other = fromValue(other);
          return fromBits(
            this.low & other.low,
            this.high & other.high,
            this.unsigned
          );
        };
        LongPrototype.or = function or(other) {
          if (!isLong(other)) other = fromValue(other);
          return fromBits(
            this.low | other.low,
            this.high | other.high,
            this.unsigned
          );
        };
        LongPrototype.xor = function xor(other) {
          if (!isLong(other)) other = fromValue(other);
          return fromBits(
            this.low ^ other.low,
            this.high ^ other.high,
            this.unsigned
          );
        };
        LongPrototype.shiftLeft = function shiftLeft(numBits) {
          if (isLong(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          else if (numBits < 32)
            return fromBits(
              this.low << numBits,
              this.high << numBits | this.low >>> 32 - numBits,
              this.unsigned
            );
          else return fromBits(0, this.low << numBits - 32, this.unsigned);
        };
        LongPrototype.shl = LongPrototype.shiftLeft;
        LongPrototype.shiftRight = function shiftRight(numBits) {
          if (isLong(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          else if (numBits < 32)
            return fromBits(
              this.low >>> numBits | this.high << 32 - numBits,
              this.high >> numBits,
              this.unsigned
            );
          else
            return fromBits(
              this.high >> numBits - 32,
              this.high >= 0 ? 0 : -1,
              this.unsigned
            );
        };
        LongPrototype.shr = LongPrototype.shiftRight;
        LongPrototype.shiftRightUnsigned = function shiftRightUnsigned(numBits) {
          if (isLong(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          if (numBits < 32)
            return fromBits(
              this.low >>> numBits | this.high << 32 - numBits,
              this.high >>> numBits,
              this.unsigned
            );
          if (numBits === 32) return fromBits(this.high, 0, this.unsigned);
          return fromBits(this.high >>> numBits - 32, 0, this.unsigned);
        };
        LongPrototype.shru = LongPrototype.shiftRightUnsigned;
        LongPrototype.shr_u = LongPrototype.shiftRightUnsigned;
        LongPrototype.rotateLeft = function rotateLeft(numBits) {
          var b;
          if (isLong(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          if (numBits === 32) return fromBits(this.high, this.low, this.unsigned);
          if (numBits < 32) {
            b = 32 - numBits;
            return fromBits(
              this.low << numBits | this.high >>> b,
              this.high << numBits | this.low >>> b,
              this.unsigned
            );
          }
          numBits -= 32;
          b = 32 - numBits;
          return fromBits(
            this.high << numBits | this.low >>> b,
            this.low << numBits | this.high >>> b,
            this.unsigned
          );
        };
        LongPrototype.rotl = LongPrototype.rotateLeft;
        LongPrototype.rotateRight = function rotateRight(numBits) {
          var b;
          if (isLong(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          if (numBits === 32) return fromBits(this.high, this.low, this.unsigned);
          if (numBits < 32) {
            b = 32 - numBits;
            return fromBits(
              this.high << b | this.low >>> numBits,
              this.low << b | this.high >>> numBits,
              this.unsigned
            );
          }
          numBits -= 32;
          b = 32 - numBits;
          return fromBits(
            this.low << b | this.high >>> numBits,
            this.high << b | this.low >>> numBits,
            this.unsigned
          );
        };
        LongPrototype.rotr = LongPrototype.rotateRight;
        LongPrototype.toSigned = function toSigned() {
          if (!this.unsigned) return this;
          return fromBits(this.low, this.high, false);
        };
        LongPrototype.toUnsigned = function toUnsigned() {
          if (this.unsigned) return this;
          return fromBits(this.low, this.high, true);
        };
        LongPrototype.toBytes = function toBytes2(le) {
          return le ? this.toBytesLE() : this.toBytesBE();
        };
        LongPrototype.toBytesLE = function toBytesLE() {
          var hi = this.high, lo = this.low;
          return [
            lo & 255,
            lo >>> 8 & 255,
            lo >>> 16 & 255,
            lo >>> 24,
            hi & 255,
            hi >>> 8 & 255,
            hi >>> 16 & 255,
            hi >>> 24
          ];
        };
        LongPrototype.toBytesBE = function toBytesBE() {
          var hi = this.high, lo = this.low;
          return [
            hi >>> 24,
            hi >>> 16 & 255,
            hi >>> 8 & 255,
            hi & 255,
            lo >>> 24,
            lo >>> 16 & 255,
            lo >>> 8 & 255,
            lo & 255
          ];
        };
        Long.fromBytes = function fromBytes(bytes, unsigned, le) {
          return le ? Long.fromBytesLE(bytes, unsigned) : Long.fromBytesBE(bytes, unsigned);
        };
        Long.fromBytesLE = function fromBytesLE(bytes, unsigned) {
          return new Long(
            bytes[0] | bytes[1] << 8 | bytes[2] << 16 | bytes[3] << 24,
            bytes[4] | bytes[5] << 8 | bytes[6] << 16 | bytes[7] << 24,
            unsigned
          );
        };
        Long.fromBytesBE = function fromBytesBE(bytes, unsigned) {
          return new Long(
            bytes[4] << 24 | bytes[5] << 16 | bytes[6] << 8 | bytes[7],
            bytes[0] << 24 | bytes[1] << 16 | bytes[2] << 8 | bytes[3],
            unsigned
          );
        };
        if (typeof BigInt === "function") {
          Long.fromBigInt = function fromBigInt(value, unsigned) {
            var lowBits = Number(BigInt.asIntN(32, value));
            var highBits = Number(BigInt.asIntN(32, value >> BigInt(32)));
            return fromBits(lowBits, highBits, unsigned);
          };
          Long.fromValue = function fromValueWithBigInt(value, unsigned) {
            if (typeof value === "bigint") return Long.fromBigInt(value, unsigned);
            return fromValue(value, unsigned);
          };
          LongPrototype.toBigInt = function toBigInt() {
            var lowBigInt = BigInt(this.low >>> 0);
            var highBigInt = BigInt(this.unsigned ? this.high >>> 0 : this.high);
            return highBigInt << BigInt(32) | lowBigInt;
          };
        }
        var _default = _exports.default = Long;
      }
    );
  }
});

// node_modules/protobufjs/src/util/minimal.js
var require_minimal = __commonJS({
  "node_modules/protobufjs/src/util/minimal.js"(exports2) {
    "use strict";
    var util = exports2;
    util.asPromise = require_aspromise();
    util.base64 = require_base64();
    util.EventEmitter = require_eventemitter();
    util.float = require_float();
    util.utf8 = require_utf8();
    util.pool = require_pool();
    util.LongBits = require_longbits();
    function isUnsafeProperty(key) {
      return key === "__proto__" || key === "prototype" || key === "constructor";
    }
    util.isUnsafeProperty = isUnsafeProperty;
    util.isNode = Boolean(typeof global !== "undefined" && global && global.process && global.process.versions && global.process.versions.node);
    util.global = util.isNode && global || typeof window !== "undefined" && window || typeof self !== "undefined" && self || exports2;
    util.emptyArray = Object.freeze ? Object.freeze([]) : (
      /* istanbul ignore next */
      []
    );
    util.emptyObject = Object.freeze ? Object.freeze({}) : (
      /* istanbul ignore next */
      {}
    );
    util.isInteger = Number.isInteger || /* istanbul ignore next */
    function isInteger(value) {
      return typeof value === "number" && isFinite(value) && Math.floor(value) === value;
    };
    util.isString = function isString(value) {
      return typeof value === "string" || value instanceof String;
    };
    util.isObject = function isObject3(value) {
      return value && typeof value === "object";
    };
    util.isset = /**
     * Checks if a property on a message is considered to be present.
     * @param {Object} obj Plain object or message instance
     * @param {string} prop Property name
     * @returns {boolean} `true` if considered to be present, otherwise `false`
     */
    util.isSet = function isSet(obj, prop) {
      var value = obj[prop];
      if (value != null && Object.hasOwnProperty.call(obj, prop))
        return typeof value !== "object" || (Array.isArray(value) ? value.length : Object.keys(value).length) > 0;
      return false;
    };
    util.Buffer = (function() {
      try {
        var Buffer2 = util.global.Buffer;
        return Buffer2.prototype.utf8Write ? Buffer2 : (
          /* istanbul ignore next */
          null
        );
      } catch (e) {
        return null;
      }
    })();
    util._Buffer_from = null;
    util._Buffer_allocUnsafe = null;
    util.newBuffer = function newBuffer(sizeOrArray) {
      return typeof sizeOrArray === "number" ? util.Buffer ? util._Buffer_allocUnsafe(sizeOrArray) : new util.Array(sizeOrArray) : util.Buffer ? util._Buffer_from(sizeOrArray) : typeof Uint8Array === "undefined" ? sizeOrArray : new Uint8Array(sizeOrArray);
    };
    util.Array = typeof Uint8Array !== "undefined" ? Uint8Array : Array;
    util.Long = /* istanbul ignore next */
    util.global.dcodeIO && /* istanbul ignore next */
    util.global.dcodeIO.Long || /* istanbul ignore next */
    util.global.Long || (function() {
      try {
        var Long = require_umd();
        return Long && Long.isLong ? Long : null;
      } catch (e) {
        return null;
      }
    })();
    util.key2Re = /^true|false|0|1$/;
    util.key32Re = /^-?(?:0|[1-9][0-9]*)$/;
    util.key64Re = /^(?:[\\x00-\\xff]{8}|-?(?:0|[1-9][0-9]*))$/;
    util.longToHash = function longToHash(value) {
      return value ? util.LongBits.from(value).toHash() : util.LongBits.zeroHash;
    };
    util.longFromHash = function longFromHash(hash, unsigned) {
      var bits = util.LongBits.fromHash(hash);
      if (util.Long)
        return util.Long.fromBits(bits.lo, bits.hi, unsigned);
      return bits.toNumber(Boolean(unsigned));
    };
    function merge2(dst) {
      var ifNotSet = typeof arguments[arguments.length - 1] === "boolean", limit = ifNotSet ? arguments.length - 1 : arguments.length;
      ifNotSet = ifNotSet && arguments[arguments.length - 1];
      for (var a = 1; a < limit; ++a) {
        var src = arguments[a];
        if (!src)
          continue;
        for (var keys = Object.keys(src), i = 0; i < keys.length; ++i)
          if (!isUnsafeProperty(keys[i]) && (dst[keys[i]] === void 0 || !ifNotSet))
            dst[keys[i]] = src[keys[i]];
      }
      return dst;
    }
    util.merge = merge2;
    util.nestingLimit = 32;
    util.recursionLimit = 100;
    util.makeProp = function makeProp(obj, key) {
      Object.defineProperty(obj, key, {
        enumerable: true,
        configurable: true,
        writable: true
      });
    };
    util.lcFirst = function lcFirst(str2) {
      return str2.charAt(0).toLowerCase() + str2.substring(1);
    };
    function newError(name) {
      function CustomError(message, properties) {
        if (!(this instanceof CustomError))
          return new CustomError(message, properties);
        Object.defineProperty(this, "message", { get: function() {
          return message;
        } });
        if (Error.captureStackTrace)
          Error.captureStackTrace(this, CustomError);
        else
          Object.defineProperty(this, "stack", { value: new Error().stack || "" });
        if (properties)
          merge2(this, properties);
      }
      CustomError.prototype = Object.create(Error.prototype, {
        constructor: {
          value: CustomError,
          writable: true,
          enumerable: false,
          configurable: true
        },
        name: {
          get: function get() {
            return name;
          },
          set: void 0,
          enumerable: false,
          // configurable: false would accurately preserve the behavior of
          // the original, but I'm guessing that was not intentional.
          // For an actual error subclass, this property would
          // be configurable.
          configurable: true
        },
        toString: {
          value: function value() {
            return this.name + ": " + this.message;
          },
          writable: true,
          enumerable: false,
          configurable: true
        }
      });
      return CustomError;
    }
    util.newError = newError;
    util.ProtocolError = newError("ProtocolError");
    util.oneOfGetter = function getOneOf(fieldNames) {
      var fieldMap = {};
      for (var i = 0; i < fieldNames.length; ++i)
        fieldMap[fieldNames[i]] = 1;
      return function() {
        for (var keys = Object.keys(this), i2 = keys.length - 1; i2 > -1; --i2)
          if (fieldMap[keys[i2]] === 1 && this[keys[i2]] !== void 0 && this[keys[i2]] !== null)
            return keys[i2];
      };
    };
    util.oneOfSetter = function setOneOf(fieldNames) {
      return function(name) {
        for (var i = 0; i < fieldNames.length; ++i)
          if (fieldNames[i] !== name)
            delete this[fieldNames[i]];
      };
    };
    util.toJSONOptions = {
      longs: String,
      enums: String,
      bytes: String,
      json: true
    };
    util._configure = function() {
      var Buffer2 = util.Buffer;
      if (!Buffer2) {
        util._Buffer_from = util._Buffer_allocUnsafe = null;
        return;
      }
      util._Buffer_from = Buffer2.from !== Uint8Array.from && Buffer2.from || /* istanbul ignore next */
      function Buffer_from(value, encoding) {
        return new Buffer2(value, encoding);
      };
      util._Buffer_allocUnsafe = Buffer2.allocUnsafe || /* istanbul ignore next */
      function Buffer_allocUnsafe(size) {
        return new Buffer2(size);
      };
    };
  }
});

// node_modules/protobufjs/src/writer.js
var require_writer = __commonJS({
  "node_modules/protobufjs/src/writer.js"(exports2, module4) {
    "use strict";
    module4.exports = Writer;
    var util = require_minimal();
    var BufferWriter;
    var LongBits = util.LongBits;
    var base64 = util.base64;
    var utf82 = util.utf8;
    function Op(fn, len, val) {
      this.fn = fn;
      this.len = len;
      this.next = void 0;
      this.val = val;
    }
    function noop() {
    }
    function State(writer) {
      this.head = writer.head;
      this.tail = writer.tail;
      this.len = writer.len;
      this.next = writer.states;
    }
    function Writer() {
      this.len = 0;
      this.head = new Op(noop, 0, 0);
      this.tail = this.head;
      this.states = null;
    }
    var create = function create2() {
      return util.Buffer ? function create_buffer_setup() {
        return (Writer.create = function create_buffer() {
          return new BufferWriter();
        })();
      } : function create_array() {
        return new Writer();
      };
    };
    Writer.create = create();
    Writer.alloc = function alloc(size) {
      return new util.Array(size);
    };
    if (util.Array !== Array)
      Writer.alloc = util.pool(Writer.alloc, util.Array.prototype.subarray);
    Writer.prototype._push = function push(fn, len, val) {
      this.tail = this.tail.next = new Op(fn, len, val);
      this.len += len;
      return this;
    };
    function writeByte(val, buf, pos) {
      buf[pos] = val & 255;
    }
    function writeVarint32(val, buf, pos) {
      while (val > 127) {
        buf[pos++] = val & 127 | 128;
        val >>>= 7;
      }
      buf[pos] = val;
    }
    function VarintOp(len, val) {
      this.len = len;
      this.next = void 0;
      this.val = val;
    }
    VarintOp.prototype = Object.create(Op.prototype);
    VarintOp.prototype.fn = writeVarint32;
    Writer.prototype.uint32 = function write_uint32(value) {
      this.len += (this.tail = this.tail.next = new VarintOp(
        (value = value >>> 0) < 128 ? 1 : value < 16384 ? 2 : value < 2097152 ? 3 : value < 268435456 ? 4 : 5,
        value
      )).len;
      return this;
    };
    Writer.prototype.int32 = function write_int32(value) {
      return (value |= 0) < 0 ? this._push(writeVarint64, 10, LongBits.fromNumber(value)) : this.uint32(value);
    };
    Writer.prototype.sint32 = function write_sint32(value) {
      return this.uint32((value << 1 ^ value >> 31) >>> 0);
    };
    function writeVarint64(val, buf, pos) {
      var lo = val.lo, hi = val.hi;
      while (hi) {
        buf[pos++] = lo & 127 | 128;
        lo = (lo >>> 7 | hi << 25) >>> 0;
        hi >>>= 7;
      }
      while (lo > 127) {
        buf[pos++] = lo & 127 | 128;
        lo = lo >>> 7;
      }
      buf[pos++] = lo;
    }
    Writer.prototype.uint64 = function write_uint64(value) {
      var bits = LongBits.from(value);
      return this._push(writeVarint64, bits.length(), bits);
    };
    Writer.prototype.int64 = Writer.prototype.uint64;
    Writer.prototype.sint64 = function write_sint64(value) {
      var bits = LongBits.from(value).zzEncode();
      return this._push(writeVarint64, bits.length(), bits);
    };
    Writer.prototype.bool = function write_bool(value) {
      return this._push(writeByte, 1, value ? 1 : 0);
    };
    function writeFixed32(val, buf, pos) {
      buf[pos] = val & 255;
      buf[pos + 1] = val >>> 8 & 255;
      buf[pos + 2] = val >>> 16 & 255;
      buf[pos + 3] = val >>> 24;
    }
    Writer.prototype.fixed32 = function write_fixed32(value) {
      return this._push(writeFixed32, 4, value >>> 0);
    };
    Writer.prototype.sfixed32 = Writer.prototype.fixed32;
    Writer.prototype.fixed64 = function write_fixed64(value) {
      var bits = LongBits.from(value);
      return this._push(writeFixed32, 4, bits.lo)._push(writeFixed32, 4, bits.hi);
    };
    Writer.prototype.sfixed64 = Writer.prototype.fixed64;
    Writer.prototype.float = function write_float(value) {
      return this._push(util.float.writeFloatLE, 4, value);
    };
    Writer.prototype.double = function write_double(value) {
      return this._push(util.float.writeDoubleLE, 8, value);
    };
    var writeBytes = util.Array.prototype.set ? function writeBytes_set(val, buf, pos) {
      buf.set(val, pos);
    } : function writeBytes_for(val, buf, pos) {
      for (var i = 0; i < val.length; ++i)
        buf[pos + i] = val[i];
    };
    Writer.prototype.bytes = function write_bytes(value) {
      var len = value.length >>> 0;
      if (!len)
        return this._push(writeByte, 1, 0);
      if (util.isString(value)) {
        var buf = Writer.alloc(len = base64.length(value));
        base64.decode(value, buf, 0);
        value = buf;
      }
      return this.uint32(len)._push(writeBytes, len, value);
    };
    Writer.prototype.string = function write_string(value) {
      var len = utf82.length(value);
      return len ? this.uint32(len)._push(utf82.write, len, value) : this._push(writeByte, 1, 0);
    };
    Writer.prototype.fork = function fork() {
      this.states = new State(this);
      this.head = this.tail = new Op(noop, 0, 0);
      this.len = 0;
      return this;
    };
    Writer.prototype.reset = function reset() {
      if (this.states) {
        this.head = this.states.head;
        this.tail = this.states.tail;
        this.len = this.states.len;
        this.states = this.states.next;
      } else {
        this.head = this.tail = new Op(noop, 0, 0);
        this.len = 0;
      }
      return this;
    };
    Writer.prototype.ldelim = function ldelim() {
      var head = this.head, tail = this.tail, len = this.len;
      this.reset().uint32(len);
      if (len) {
        this.tail.next = head.next;
        this.tail = tail;
        this.len += len;
      }
      return this;
    };
    Writer.prototype.finish = function finish() {
      var head = this.head.next, buf = this.constructor.alloc(this.len), pos = 0;
      while (head) {
        head.fn(head.val, buf, pos);
        pos += head.len;
        head = head.next;
      }
      return buf;
    };
    Writer._configure = function(BufferWriter_) {
      BufferWriter = BufferWriter_;
      Writer.create = create();
      BufferWriter._configure();
    };
  }
});

// node_modules/protobufjs/src/writer_buffer.js
var require_writer_buffer = __commonJS({
  "node_modules/protobufjs/src/writer_buffer.js"(exports2, module4) {
    "use strict";
    module4.exports = BufferWriter;
    var Writer = require_writer();
    (BufferWriter.prototype = Object.create(Writer.prototype)).constructor = BufferWriter;
    var util = require_minimal();
    function BufferWriter() {
      Writer.call(this);
    }
    BufferWriter._configure = function() {
      BufferWriter.alloc = util._Buffer_allocUnsafe;
      BufferWriter.writeBytesBuffer = util.Buffer && util.Buffer.prototype instanceof Uint8Array && util.Buffer.prototype.set.name === "set" ? function writeBytesBuffer_set(val, buf, pos) {
        buf.set(val, pos);
      } : function writeBytesBuffer_copy(val, buf, pos) {
        if (val.copy)
          val.copy(buf, pos, 0, val.length);
        else for (var i = 0; i < val.length; )
          buf[pos++] = val[i++];
      };
    };
    BufferWriter.prototype.bytes = function write_bytes_buffer(value) {
      if (util.isString(value))
        value = util._Buffer_from(value, "base64");
      var len = value.length >>> 0;
      this.uint32(len);
      if (len)
        this._push(BufferWriter.writeBytesBuffer, len, value);
      return this;
    };
    function writeStringBuffer(val, buf, pos) {
      if (val.length < 40)
        util.utf8.write(val, buf, pos);
      else if (buf.utf8Write)
        buf.utf8Write(val, pos);
      else
        buf.write(val, pos);
    }
    BufferWriter.prototype.string = function write_string_buffer(value) {
      var len = util.Buffer.byteLength(value);
      this.uint32(len);
      if (len)
        this._push(writeStringBuffer, len, value);
      return this;
    };
    BufferWriter._configure();
  }
});

// node_modules/protobufjs/src/reader.js
var require_reader = __commonJS({
  "node_modules/protobufjs/src/reader.js"(exports2, module4) {
    "use strict";
    module4.exports = Reader2;
    var util = require_minimal();
    var BufferReader;
    var LongBits = util.LongBits;
    var utf82 = util.utf8;
    function indexOutOfRange(reader8, writeLength) {
      return RangeError("index out of range: " + reader8.pos + " + " + (writeLength || 1) + " > " + reader8.len);
    }
    function Reader2(buffer) {
      this.buf = buffer;
      this.pos = 0;
      this.len = buffer.length;
    }
    var create_array = typeof Uint8Array !== "undefined" ? function create_typed_array(buffer) {
      if (buffer instanceof Uint8Array || Array.isArray(buffer))
        return new Reader2(buffer);
      throw Error("illegal buffer");
    } : function create_array2(buffer) {
      if (Array.isArray(buffer))
        return new Reader2(buffer);
      throw Error("illegal buffer");
    };
    var create = function create2() {
      return util.Buffer ? function create_buffer_setup(buffer) {
        return (Reader2.create = function create_buffer(buffer2) {
          return util.Buffer.isBuffer(buffer2) ? new BufferReader(buffer2) : create_array(buffer2);
        })(buffer);
      } : create_array;
    };
    Reader2.create = create();
    Reader2.prototype._slice = util.Array.prototype.subarray || /* istanbul ignore next */
    util.Array.prototype.slice;
    function readVarint32NearEnd(reader8) {
      var value = 0;
      for (var i = 0; i < 4; ++i) {
        if (reader8.pos >= reader8.len)
          throw indexOutOfRange(reader8);
        var b = reader8.buf[reader8.pos++];
        value = (value | (b & 127) << i * 7) >>> 0;
        if (b < 128)
          return value;
      }
      throw indexOutOfRange(reader8);
    }
    Reader2.prototype.uint32 = /* @__PURE__ */ (function read_uint32_setup() {
      var value = 4294967295;
      return function read_uint32() {
        if (this.len - this.pos < 5) {
          if (this.pos >= this.len)
            throw indexOutOfRange(this);
          if (this.buf[this.pos] >= 128)
            return readVarint32NearEnd(this);
        }
        value = (this.buf[this.pos] & 127) >>> 0;
        if (this.buf[this.pos++] < 128) return value;
        value = (value | (this.buf[this.pos] & 127) << 7) >>> 0;
        if (this.buf[this.pos++] < 128) return value;
        value = (value | (this.buf[this.pos] & 127) << 14) >>> 0;
        if (this.buf[this.pos++] < 128) return value;
        value = (value | (this.buf[this.pos] & 127) << 21) >>> 0;
        if (this.buf[this.pos++] < 128) return value;
        value = (value | (this.buf[this.pos] & 15) << 28) >>> 0;
        if (this.buf[this.pos++] < 128) return value;
        if ((this.pos += 5) > this.len) {
          this.pos = this.len;
          throw indexOutOfRange(this, 10);
        }
        return value;
      };
    })();
    Reader2.prototype.int32 = function read_int32() {
      return this.uint32() | 0;
    };
    Reader2.prototype.sint32 = function read_sint32() {
      var value = this.uint32();
      return value >>> 1 ^ -(value & 1) | 0;
    };
    function readLongVarint() {
      var bits = new LongBits(0, 0);
      var i = 0;
      if (this.len - this.pos > 4) {
        for (; i < 4; ++i) {
          bits.lo = (bits.lo | (this.buf[this.pos] & 127) << i * 7) >>> 0;
          if (this.buf[this.pos++] < 128)
            return bits;
        }
        bits.lo = (bits.lo | (this.buf[this.pos] & 127) << 28) >>> 0;
        bits.hi = (bits.hi | (this.buf[this.pos] & 127) >> 4) >>> 0;
        if (this.buf[this.pos++] < 128)
          return bits;
        i = 0;
      } else {
        for (; i < 3; ++i) {
          if (this.pos >= this.len)
            throw indexOutOfRange(this);
          bits.lo = (bits.lo | (this.buf[this.pos] & 127) << i * 7) >>> 0;
          if (this.buf[this.pos++] < 128)
            return bits;
        }
        bits.lo = (bits.lo | (this.buf[this.pos++] & 127) << i * 7) >>> 0;
        return bits;
      }
      if (this.len - this.pos > 4) {
        for (; i < 5; ++i) {
          bits.hi = (bits.hi | (this.buf[this.pos] & 127) << i * 7 + 3) >>> 0;
          if (this.buf[this.pos++] < 128)
            return bits;
        }
      } else {
        for (; i < 5; ++i) {
          if (this.pos >= this.len)
            throw indexOutOfRange(this);
          bits.hi = (bits.hi | (this.buf[this.pos] & 127) << i * 7 + 3) >>> 0;
          if (this.buf[this.pos++] < 128)
            return bits;
        }
      }
      throw Error("invalid varint encoding");
    }
    Reader2.prototype.bool = function read_bool() {
      return this.uint32() !== 0;
    };
    function readFixed32_end(buf, end) {
      return (buf[end - 4] | buf[end - 3] << 8 | buf[end - 2] << 16 | buf[end - 1] << 24) >>> 0;
    }
    Reader2.prototype.fixed32 = function read_fixed32() {
      if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);
      return readFixed32_end(this.buf, this.pos += 4);
    };
    Reader2.prototype.sfixed32 = function read_sfixed32() {
      if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);
      return readFixed32_end(this.buf, this.pos += 4) | 0;
    };
    function readFixed64() {
      if (this.pos + 8 > this.len)
        throw indexOutOfRange(this, 8);
      return new LongBits(readFixed32_end(this.buf, this.pos += 4), readFixed32_end(this.buf, this.pos += 4));
    }
    Reader2.prototype.float = function read_float() {
      if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);
      var value = util.float.readFloatLE(this.buf, this.pos);
      this.pos += 4;
      return value;
    };
    Reader2.prototype.double = function read_double() {
      if (this.pos + 8 > this.len)
        throw indexOutOfRange(this, 4);
      var value = util.float.readDoubleLE(this.buf, this.pos);
      this.pos += 8;
      return value;
    };
    Reader2.prototype.bytes = function read_bytes() {
      var length = this.uint32(), start = this.pos, end = this.pos + length;
      if (end > this.len)
        throw indexOutOfRange(this, length);
      this.pos += length;
      if (Array.isArray(this.buf))
        return this.buf.slice(start, end);
      if (start === end) {
        var nativeBuffer = util.Buffer;
        return nativeBuffer ? nativeBuffer.alloc(0) : new this.buf.constructor(0);
      }
      return this._slice.call(this.buf, start, end);
    };
    Reader2.prototype.string = function read_string() {
      var bytes = this.bytes();
      return utf82.read(bytes, 0, bytes.length);
    };
    Reader2.prototype.skip = function skip(length) {
      if (typeof length === "number") {
        if (this.pos + length > this.len)
          throw indexOutOfRange(this, length);
        this.pos += length;
      } else {
        do {
          if (this.pos >= this.len)
            throw indexOutOfRange(this);
        } while (this.buf[this.pos++] & 128);
      }
      return this;
    };
    Reader2.recursionLimit = util.recursionLimit;
    Reader2.prototype.skipType = function(wireType, depth) {
      if (depth === void 0) depth = 0;
      if (depth > Reader2.recursionLimit)
        throw Error("maximum nesting depth exceeded");
      switch (wireType) {
        case 0:
          this.skip();
          break;
        case 1:
          this.skip(8);
          break;
        case 2:
          this.skip(this.uint32());
          break;
        case 3:
          while ((wireType = this.uint32() & 7) !== 4) {
            this.skipType(wireType, depth + 1);
          }
          break;
        case 5:
          this.skip(4);
          break;
        /* istanbul ignore next */
        default:
          throw Error("invalid wire type " + wireType + " at offset " + this.pos);
      }
      return this;
    };
    Reader2._configure = function(BufferReader_) {
      BufferReader = BufferReader_;
      Reader2.create = create();
      BufferReader._configure();
      var fn = util.Long ? "toLong" : (
        /* istanbul ignore next */
        "toNumber"
      );
      util.merge(Reader2.prototype, {
        int64: function read_int64() {
          return readLongVarint.call(this)[fn](false);
        },
        uint64: function read_uint64() {
          return readLongVarint.call(this)[fn](true);
        },
        sint64: function read_sint64() {
          return readLongVarint.call(this).zzDecode()[fn](false);
        },
        fixed64: function read_fixed64() {
          return readFixed64.call(this)[fn](true);
        },
        sfixed64: function read_sfixed64() {
          return readFixed64.call(this)[fn](false);
        }
      });
    };
  }
});

// node_modules/protobufjs/src/reader_buffer.js
var require_reader_buffer = __commonJS({
  "node_modules/protobufjs/src/reader_buffer.js"(exports2, module4) {
    "use strict";
    module4.exports = BufferReader;
    var Reader2 = require_reader();
    (BufferReader.prototype = Object.create(Reader2.prototype)).constructor = BufferReader;
    var util = require_minimal();
    function BufferReader(buffer) {
      Reader2.call(this, buffer);
    }
    BufferReader._configure = function() {
      if (util.Buffer)
        BufferReader.prototype._slice = util.Buffer.prototype.slice;
    };
    BufferReader.prototype.string = function read_string_buffer() {
      var len = this.uint32();
      return this.buf.utf8Slice ? this.buf.utf8Slice(this.pos, this.pos = Math.min(this.pos + len, this.len)) : this.buf.toString("utf-8", this.pos, this.pos = Math.min(this.pos + len, this.len));
    };
    BufferReader._configure();
  }
});

// node_modules/protobufjs/src/rpc/service.js
var require_service = __commonJS({
  "node_modules/protobufjs/src/rpc/service.js"(exports2, module4) {
    "use strict";
    module4.exports = Service;
    var util = require_minimal();
    (Service.prototype = Object.create(util.EventEmitter.prototype)).constructor = Service;
    function Service(rpcImpl, requestDelimited, responseDelimited) {
      if (typeof rpcImpl !== "function")
        throw TypeError("rpcImpl must be a function");
      util.EventEmitter.call(this);
      this.rpcImpl = rpcImpl;
      this.requestDelimited = Boolean(requestDelimited);
      this.responseDelimited = Boolean(responseDelimited);
    }
    Service.prototype.rpcCall = function rpcCall(method, requestCtor, responseCtor, request, callback) {
      if (!request)
        throw TypeError("request must be specified");
      var self2 = this;
      if (!callback)
        return util.asPromise(rpcCall, self2, method, requestCtor, responseCtor, request);
      if (!self2.rpcImpl) {
        setTimeout(function() {
          callback(Error("already ended"));
        }, 0);
        return void 0;
      }
      try {
        return self2.rpcImpl(
          method,
          requestCtor[self2.requestDelimited ? "encodeDelimited" : "encode"](request).finish(),
          function rpcCallback(err, response) {
            if (err) {
              self2.emit("error", err, method);
              return callback(err);
            }
            if (response === null) {
              self2.end(
                /* endedByRPC */
                true
              );
              return void 0;
            }
            if (!(response instanceof responseCtor)) {
              try {
                response = responseCtor[self2.responseDelimited ? "decodeDelimited" : "decode"](response);
              } catch (err2) {
                self2.emit("error", err2, method);
                return callback(err2);
              }
            }
            self2.emit("data", response, method);
            return callback(null, response);
          }
        );
      } catch (err) {
        self2.emit("error", err, method);
        setTimeout(function() {
          callback(err);
        }, 0);
        return void 0;
      }
    };
    Service.prototype.end = function end(endedByRPC) {
      if (this.rpcImpl) {
        if (!endedByRPC)
          this.rpcImpl(null, null, null);
        this.rpcImpl = null;
        this.emit("end").off();
      }
      return this;
    };
  }
});

// node_modules/protobufjs/src/rpc.js
var require_rpc = __commonJS({
  "node_modules/protobufjs/src/rpc.js"(exports2) {
    "use strict";
    var rpc = exports2;
    rpc.Service = require_service();
  }
});

// node_modules/protobufjs/src/roots.js
var require_roots = __commonJS({
  "node_modules/protobufjs/src/roots.js"(exports2, module4) {
    "use strict";
    module4.exports = /* @__PURE__ */ Object.create(null);
  }
});

// node_modules/protobufjs/src/index-minimal.js
var require_index_minimal = __commonJS({
  "node_modules/protobufjs/src/index-minimal.js"(exports2) {
    "use strict";
    var protobuf = exports2;
    protobuf.build = "minimal";
    protobuf.Writer = require_writer();
    protobuf.BufferWriter = require_writer_buffer();
    protobuf.Reader = require_reader();
    protobuf.BufferReader = require_reader_buffer();
    protobuf.util = require_minimal();
    protobuf.rpc = require_rpc();
    protobuf.roots = require_roots();
    protobuf.configure = configure;
    function configure() {
      protobuf.util._configure();
      protobuf.Writer._configure(protobuf.BufferWriter);
      protobuf.Reader._configure(protobuf.BufferReader);
    }
    configure();
  }
});

// node_modules/protobufjs/minimal.js
var require_minimal2 = __commonJS({
  "node_modules/protobufjs/minimal.js"(exports2, module4) {
    "use strict";
    module4.exports = require_index_minimal();
  }
});

// build/src/formats/tensorflow/proto.js
function signedVarint(r, no, what) {
  const v = r.int64();
  const n = (v.high | 0) * 2 ** 32 + (v.low >>> 0);
  if (!Number.isSafeInteger(n))
    throw new ProtoError(`${what}: field ${no} is out of range`);
  return n;
}
function eachField(buf, what, visit) {
  const r = Reader.create(buf);
  try {
    while (r.pos < r.len) {
      const tag = r.uint32();
      const no = tag >>> 3;
      const wire = tag & 7;
      if (no === 0 || wire === 3 || wire === 4 || wire > 5)
        throw new ProtoError(`${what}: bad field tag ${tag}`);
      let consumed = false;
      const field = {
        no,
        wire,
        bytes() {
          expect(wire, WIRE.LEN, no, what);
          consumed = true;
          return r.bytes();
        },
        varint() {
          expect(wire, WIRE.VARINT, no, what);
          consumed = true;
          const v = r.uint64();
          if (v.high >>> 0 >= MAX_SAFE_HIGH2)
            throw new ProtoError(`${what}: field ${no} is out of range`);
          return (v.high >>> 0) * 2 ** 32 + (v.low >>> 0);
        },
        string() {
          expect(wire, WIRE.LEN, no, what);
          consumed = true;
          return r.string();
        },
        int64() {
          expect(wire, WIRE.VARINT, no, what);
          consumed = true;
          return signedVarint(r, no, what);
        },
        ints() {
          consumed = true;
          if (wire === WIRE.VARINT)
            return [signedVarint(r, no, what)];
          expect(wire, WIRE.LEN, no, what);
          return packedInts(r.bytes(), what);
        },
        floats() {
          consumed = true;
          if (wire === WIRE.I32)
            return [r.float()];
          expect(wire, WIRE.LEN, no, what);
          return packedFloats(r.bytes(), what);
        }
      };
      visit(field);
      if (!consumed)
        r.skipType(wire);
    }
  } catch (e) {
    if (e instanceof ProtoError)
      throw e;
    if (e instanceof RangeError || e instanceof Error)
      throw new ProtoError(`${what}: not a valid protobuf message (${e.message})`);
    throw e;
  }
}
function packedInts(bytes, what) {
  const inner = Reader.create(bytes);
  const out = [];
  try {
    while (inner.pos < inner.len)
      out.push(signedVarint(inner, 0, what));
  } catch (e) {
    if (e instanceof ProtoError)
      throw e;
    throw new ProtoError(`${what}: a packed integer list is cut short`);
  }
  return out;
}
function packedFloats(b, what) {
  if (b.byteLength % 4 !== 0)
    throw new ProtoError(`${what}: ${b.byteLength} bytes are not a whole number of floats`);
  const dv3 = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return Array.from({ length: b.byteLength / 4 }, (_, i) => dv3.getFloat32(4 * i, true));
}
function expect(wire, want, no, what) {
  if (wire !== want)
    throw new ProtoError(`${what}: field ${no} has wire type ${wire}, expected ${want}`);
}
var import_minimal, Reader, WIRE, ProtoError, MAX_SAFE_HIGH2;
var init_proto = __esm({
  "build/src/formats/tensorflow/proto.js"() {
    "use strict";
    import_minimal = __toESM(require_minimal2(), 1);
    ({ Reader } = import_minimal.default);
    WIRE = { VARINT: 0, I64: 1, LEN: 2, I32: 5 };
    ProtoError = class extends Error {
      name = "ProtoError";
    };
    MAX_SAFE_HIGH2 = 2 ** 21;
  }
});

// build/src/formats/tensorflow/graph-proto.js
function decodeTfShape(bytes, what) {
  const dims = [];
  let unknownRank = false;
  eachField(bytes, what, (f) => {
    if (f.no === SHAPE.dim) {
      if (dims.length >= MAX_SHAPE_DIMS)
        throw new ProtoError(`${what}: a shape of more than ${MAX_SHAPE_DIMS} dims`);
      let size = 0;
      eachField(f.bytes(), what, (d) => {
        if (d.no === SHAPE.dimSize)
          size = d.int64();
      });
      dims.push(size);
    } else if (f.no === SHAPE.unknownRank && f.varint() !== 0) {
      unknownRank = true;
    }
  });
  return unknownRank ? void 0 : dims;
}
function decodeKnownShape(bytes, what) {
  const dims = decodeTfShape(bytes, what);
  if (dims === void 0)
    throw new ProtoError(`${what}: a shape of unknown rank`);
  for (const d of dims)
    if (d < 0)
      throw new ProtoError(`${what}: dim ${d}`);
  return [...dims];
}
function shapeElements(dims, what) {
  let n = 1;
  for (const d of dims) {
    n *= d;
    if (!Number.isSafeInteger(n))
      throw new ProtoError(`${what}: element count overflows`);
  }
  return n;
}
function isIntDtype(dtype) {
  return /^u?int(8|16|32|64)$/.test(dtype);
}
function decodeTensor2(bytes, what) {
  let dtype = "float32";
  let dims = [];
  let content = null;
  const listed = [];
  eachField(bytes, what, (f) => {
    if (f.no === TENSOR2.dtype)
      dtype = tfDtype(f.varint());
    else if (f.no === TENSOR2.shape)
      dims = decodeKnownShape(f.bytes(), what);
    else if (f.no === TENSOR2.content)
      content = f.bytes();
    else if (f.no === TENSOR2.intVal || f.no === TENSOR2.int64Val || f.no === TENSOR2.floatVal) {
      const float = f.no === TENSOR2.floatVal;
      if (f.wire === WIRE.LEN)
        listed.push({ float, packed: f.bytes() });
      else if (listed.length <= MAX_INT_VALUES2)
        listed.push({ float, one: (float ? f.floats() : f.ints())[0] });
    }
  });
  const elements = shapeElements(dims, what);
  const c = content;
  let values;
  const small = isIntDtype(dtype) ? elements <= MAX_INT_VALUES2 : dtype.startsWith("float") && elements <= MAX_FLOAT_VALUES;
  if (small) {
    const stored2 = [];
    for (const l of listed) {
      if (stored2.length > elements)
        break;
      if (l.one !== void 0)
        stored2.push(l.one);
      else if (l.packed !== void 0 && l.packed.byteLength <= 10 * (MAX_INT_VALUES2 + 1))
        stored2.push(...l.float ? packedFloats(l.packed, what) : packedInts(l.packed, what));
      else
        stored2.length = elements + 1;
    }
    if (c !== null)
      values = contentValues(c, dtype, elements);
    else if (stored2.length > 0 && stored2.length <= elements) {
      const s = stored2;
      values = Array.from({ length: elements }, (_, i) => s[Math.min(i, s.length - 1)]);
    } else if (listed.length === 0 && elements > 0)
      values = new Array(elements).fill(0);
  }
  return { dtype, dims, contentBytes: c === null ? null : c.byteLength, ...values ? { values } : {} };
}
function contentValues(c, dtype, elements) {
  const dv3 = new DataView(c.buffer, c.byteOffset, c.byteLength);
  const width = { int8: 1, uint8: 1, int16: 2, uint16: 2, int32: 4, uint32: 4, int64: 8, uint64: 8, float32: 4, float64: 8 };
  const w = width[dtype];
  if (w === void 0 || c.byteLength !== w * elements)
    return void 0;
  return Array.from({ length: elements }, (_, i) => {
    switch (dtype) {
      case "int8":
        return dv3.getInt8(i);
      case "uint8":
        return dv3.getUint8(i);
      case "int16":
        return dv3.getInt16(2 * i, true);
      case "uint16":
        return dv3.getUint16(2 * i, true);
      case "int32":
        return dv3.getInt32(4 * i, true);
      case "uint32":
        return dv3.getUint32(4 * i, true);
      case "float32":
        return dv3.getFloat32(4 * i, true);
      case "float64":
        return dv3.getFloat64(8 * i, true);
      default:
        return Number(dtype === "int64" ? dv3.getBigInt64(8 * i, true) : dv3.getBigUint64(8 * i, true));
    }
  });
}
function decodeAttr(bytes, what) {
  let out;
  eachField(bytes, what, (f) => {
    switch (f.no) {
      case ATTR.s:
        out = { kind: "s", value: f.string() };
        break;
      case ATTR.i:
        out = { kind: "i", value: f.int64() };
        break;
      case ATTR.f:
        out = { kind: "f", value: f.floats()[0] };
        break;
      case ATTR.b:
        out = { kind: "b", value: f.varint() !== 0 };
        break;
      case ATTR.type:
        out = { kind: "type", value: tfDtype(f.varint()) };
        break;
      case ATTR.shape:
        out = { kind: "shape", value: decodeTfShape(f.bytes(), what) };
        break;
      case ATTR.tensor:
        out = { kind: "tensor", value: decodeTensor2(f.bytes(), what) };
        break;
      case ATTR.placeholder:
        out = { kind: "placeholder", value: f.string() };
        break;
      case ATTR.func: {
        let name = "";
        eachField(f.bytes(), what, (nf) => {
          if (nf.no === NAME_ATTR_LIST_NAME)
            name = nf.string();
        });
        out = { kind: "func", value: name };
        break;
      }
      case ATTR.list:
        out = decodeList(f.bytes(), what);
        break;
      default:
        break;
    }
  });
  return out;
}
function decodeList(bytes, what) {
  const i = [], fl = [], s = [], type = [], shape = [];
  eachField(bytes, what, (f) => {
    if (f.no === LIST.s)
      s.push(f.string());
    else if (f.no === LIST.i || f.no === LIST.b)
      for (const x of f.ints())
        i.push(x);
    else if (f.no === LIST.f)
      for (const x of f.floats())
        fl.push(x);
    else if (f.no === LIST.type)
      for (const x of f.ints())
        type.push(tfDtype(x));
    else if (f.no === LIST.shape)
      shape.push(decodeTfShape(f.bytes(), what));
  });
  return { kind: "list", i, f: fl, s, type, shape };
}
function decodeNode2(bytes) {
  let name = "";
  let op = "";
  const inputs = [];
  const attrs = /* @__PURE__ */ new Map();
  eachField(bytes, "NodeDef", (f) => {
    if (f.no === NODE.name)
      name = f.string();
    else if (f.no === NODE.op)
      op = f.string();
    else if (f.no === NODE.input)
      inputs.push(f.string());
    else if (f.no === NODE.attr) {
      let key = "";
      let value;
      eachField(f.bytes(), "NodeDef attr", (af) => {
        if (af.no === MAP_ENTRY.key)
          key = af.string();
        else if (af.no === MAP_ENTRY.value)
          value = decodeAttr(af.bytes(), `node ${JSON.stringify(name.slice(0, 200))} attr ${JSON.stringify(key.slice(0, 80))}`);
      });
      if (value !== void 0)
        attrs.set(key, value);
    }
  });
  return { name, op, inputs, attrs };
}
function decodeFunction2(bytes, count2) {
  let name = "";
  const inputArgs = [];
  const outputArgs = [];
  const nodes = [];
  const ret = /* @__PURE__ */ new Map();
  const argName = (b) => {
    let n = "";
    eachField(b, "ArgDef", (af) => {
      if (af.no === ARGDEF_NAME)
        n = af.string();
    });
    return n;
  };
  eachField(bytes, "FunctionDef", (f) => {
    if (f.no === FUNCTION.signature) {
      eachField(f.bytes(), "OpDef", (of) => {
        if (of.no === OPDEF.name)
          name = of.string();
        else if (of.no === OPDEF.inputArg)
          inputArgs.push(argName(of.bytes()));
        else if (of.no === OPDEF.outputArg)
          outputArgs.push(argName(of.bytes()));
      });
    } else if (f.no === FUNCTION.nodeDef) {
      countNode(count2);
      nodes.push(decodeNode2(f.bytes()));
    } else if (f.no === FUNCTION.ret) {
      const [k, v] = mapEntry(f.bytes(), "FunctionDef ret");
      ret.set(k, v);
    }
  });
  return { name, inputArgs, outputArgs, nodes, ret };
}
function mapEntry(bytes, what) {
  let k = "", v = "";
  eachField(bytes, what, (f) => {
    if (f.no === MAP_ENTRY.key)
      k = f.string();
    else if (f.no === MAP_ENTRY.value)
      v = f.string();
  });
  return [k, v];
}
function countNode(count2) {
  if (++count2.nodes > MAX_EXECUTED_NODES)
    throw new ProtoError(`the graph and its functions have more than ${MAX_EXECUTED_NODES.toLocaleString("en-US")} nodes, the most model-budget profiles`);
}
function decodeGraphDef(bytes) {
  const nodes = [];
  const functions = /* @__PURE__ */ new Map();
  let functionCount = 0;
  const count2 = { nodes: 0 };
  const names = /* @__PURE__ */ new Set();
  eachField(bytes, "GraphDef", (f) => {
    if (f.no === GRAPH.node) {
      countNode(count2);
      const node = decodeNode2(f.bytes());
      if (names.has(node.name))
        throw new ProtoError(`GraphDef: two nodes are named ${JSON.stringify(node.name.slice(0, 200))}`);
      names.add(node.name);
      nodes.push(node);
    } else if (f.no === GRAPH.library) {
      eachField(f.bytes(), "function library", (lf) => {
        if (lf.no !== LIBRARY.function)
          return;
        const fn = decodeFunction2(lf.bytes(), count2);
        functionCount++;
        if (!functions.has(fn.name))
          functions.set(fn.name, fn);
      });
    } else if (f.no === GRAPH.versions) {
      f.bytes();
    } else if (f.no !== GRAPH.version) {
      throw new ProtoError(`GraphDef: unexpected field ${f.no}`);
    }
  });
  if (nodes.length === 0 && functionCount === 0)
    throw new ProtoError("GraphDef: the graph has no nodes");
  return { nodes, functions, functionCount };
}
function decodeSignature(bytes, name) {
  const inputs = /* @__PURE__ */ new Map();
  const outputs = /* @__PURE__ */ new Map();
  eachField(bytes, "SignatureDef", (f) => {
    if (f.no !== SIGNATURE.inputs && f.no !== SIGNATURE.outputs)
      return;
    let key = "";
    let tensor2 = "";
    eachField(f.bytes(), "SignatureDef entry", (ef) => {
      if (ef.no === MAP_ENTRY.key)
        key = ef.string();
      else if (ef.no === MAP_ENTRY.value) {
        eachField(ef.bytes(), "TensorInfo", (tf) => {
          if (tf.no === TENSOR_INFO_NAME)
            tensor2 = tf.string();
        });
      }
    });
    (f.no === SIGNATURE.inputs ? inputs : outputs).set(key, tensor2);
  });
  return { name, inputs, outputs };
}
function decodeSavedModel(bytes) {
  let graph = null;
  const signatures = [];
  eachField(bytes, "SavedModel", (f) => {
    if (f.no === SAVED_MODEL.metaGraphs && graph === null) {
      eachField(f.bytes(), "MetaGraphDef", (mf) => {
        if (mf.no === META_GRAPH.graphDef && graph === null)
          graph = mf.bytes();
        else if (mf.no === META_GRAPH.signatureDef) {
          let key = "";
          let sig = null;
          eachField(mf.bytes(), "MetaGraphDef signature_def", (sf) => {
            if (sf.no === MAP_ENTRY.key)
              key = sf.string();
            else if (sf.no === MAP_ENTRY.value)
              sig = sf.bytes();
          });
          if (sig !== null)
            signatures.push(decodeSignature(sig, key));
        }
      });
    } else if (f.no !== SAVED_MODEL.schemaVersion && f.no !== SAVED_MODEL.metaGraphs) {
      throw new ProtoError(`SavedModel: unexpected field ${f.no}`);
    }
  });
  if (graph === null)
    throw new ProtoError("SavedModel: no MetaGraph with a GraphDef");
  return { graph: decodeGraphDef(graph), signatures };
}
var GRAPH, LIBRARY, FUNCTION, OPDEF, ARGDEF_NAME, NODE, MAP_ENTRY, ATTR, LIST, NAME_ATTR_LIST_NAME, SHAPE, TENSOR2, SAVED_MODEL, META_GRAPH, SIGNATURE, TENSOR_INFO_NAME, MAX_INT_VALUES2, MAX_FLOAT_VALUES, MAX_SHAPE_DIMS;
var init_graph_proto = __esm({
  "build/src/formats/tensorflow/graph-proto.js"() {
    "use strict";
    init_limits();
    init_dtypes2();
    init_proto();
    GRAPH = { node: 1, library: 2, version: 3, versions: 4 };
    LIBRARY = { function: 1 };
    FUNCTION = { signature: 1, nodeDef: 3, ret: 4 };
    OPDEF = { name: 1, inputArg: 2, outputArg: 3 };
    ARGDEF_NAME = 1;
    NODE = { name: 1, op: 2, input: 3, attr: 5 };
    MAP_ENTRY = { key: 1, value: 2 };
    ATTR = { list: 1, s: 2, i: 3, f: 4, b: 5, type: 6, shape: 7, tensor: 8, placeholder: 9, func: 10 };
    LIST = { s: 2, i: 3, f: 4, b: 5, type: 6, shape: 7 };
    NAME_ATTR_LIST_NAME = 1;
    SHAPE = { dim: 2, unknownRank: 3, dimSize: 1 };
    TENSOR2 = { dtype: 1, shape: 2, content: 4, floatVal: 5, intVal: 7, int64Val: 10 };
    SAVED_MODEL = { schemaVersion: 1, metaGraphs: 2 };
    META_GRAPH = { graphDef: 2, signatureDef: 5 };
    SIGNATURE = { inputs: 1, outputs: 2 };
    TENSOR_INFO_NAME = 1;
    MAX_INT_VALUES2 = 4096;
    MAX_FLOAT_VALUES = 64;
    MAX_SHAPE_DIMS = 64;
  }
});

// build/src/formats/tensorflow/sstable.js
function decodeHandle(c, what) {
  return { offset: c.varint(`${what} offset`), size: c.varint(`${what} size`) };
}
function readTable(file) {
  const fail = (msg) => {
    throw new ModelFileError(file.path, `not a valid TensorFlow checkpoint index: ${msg}`);
  };
  if (file.size < FOOTER_BYTES)
    fail(`${file.size} bytes is shorter than the 48-byte table footer`);
  const footer = file.read(file.size - FOOTER_BYTES, FOOTER_BYTES, "table footer");
  if (!footer.subarray(40).equals(MAGIC))
    fail("the table footer has no table magic number");
  const fc = new Cursor(footer, 40, fail);
  decodeHandle(fc, "metaindex handle");
  const indexHandle = decodeHandle(fc, "index handle");
  const dataEnd = file.size - FOOTER_BYTES;
  const indexBlock = readBlock(file, indexHandle, dataEnd, "index block", fail);
  const entries = [];
  let previousEnd = 0;
  let previousKey = null;
  const keyBytes = { total: 0 };
  for (const { value } of blockEntries(indexBlock, "index block", fail, Number.MAX_SAFE_INTEGER, keyBytes)) {
    const hc = new Cursor(value, value.length, fail);
    const handle = decodeHandle(hc, "data block handle");
    if (handle.offset < previousEnd)
      fail(`data block at ${handle.offset} overlaps the block before it`);
    if (handle.offset + handle.size + BLOCK_TRAILER > indexHandle.offset)
      fail(`data block ${handle.offset}..${handle.offset + handle.size} runs into the index block at ${indexHandle.offset}`);
    previousEnd = handle.offset + handle.size + BLOCK_TRAILER;
    const block = readBlock(file, handle, dataEnd, `data block at ${handle.offset}`, fail);
    for (const e of blockEntries(block, `data block at ${handle.offset}`, fail, MAX_TABLE_ENTRIES - entries.length, keyBytes)) {
      if (previousKey !== null && Buffer.compare(previousKey, e.key) >= 0)
        fail("keys are not in sorted order");
      previousKey = e.key;
      entries.push(e);
    }
  }
  return entries;
}
function readBlock(file, h, dataEnd, what, fail) {
  if (h.offset + h.size + BLOCK_TRAILER > dataEnd)
    fail(`${what} (bytes ${h.offset}..${h.offset + h.size}) lies outside the file (${file.size} bytes)`);
  const withTrailer = file.read(h.offset, h.size + BLOCK_TRAILER, what);
  const type = withTrailer[h.size];
  if (type === 1)
    fail(`${what} is Snappy-compressed, which this reader does not decompress`);
  if (type !== 0)
    fail(`${what} has unknown compression type ${type}`);
  return withTrailer.subarray(0, h.size);
}
function blockEntries(block, what, fail, limit, keyBytes) {
  if (block.length < 4)
    fail(`${what} is shorter than its restart count`);
  const restarts = block.readUInt32LE(block.length - 4);
  if (restarts < 1 || restarts * 4 + 4 > block.length)
    fail(`${what} has an impossible restart count ${restarts}`);
  const entriesEnd = block.length - 4 - restarts * 4;
  const restartAt = /* @__PURE__ */ new Set();
  for (let i = 0; i < restarts; i++) {
    const at = block.readUInt32LE(entriesEnd + i * 4);
    if (at >= Math.max(entriesEnd, 1))
      fail(`${what}: restart point ${at} is past its entries`);
    restartAt.add(at);
  }
  if (!restartAt.has(0) && entriesEnd > 0)
    fail(`${what}: the first entry is not a restart point`);
  const c = new Cursor(block, entriesEnd, fail);
  const out = [];
  let key = Buffer.alloc(0);
  while (c.pos < entriesEnd) {
    const start = c.pos;
    const shared = c.varint("key prefix length");
    const nonShared = c.varint("key suffix length");
    const valueLength = c.varint("value length");
    if (shared > key.length || restartAt.has(start) && shared !== 0)
      fail(`${what}: an entry shares ${shared} bytes with a ${key.length}-byte key`);
    if (c.pos + nonShared + valueLength > entriesEnd)
      fail(`${what}: an entry runs past the block`);
    if (out.length >= limit)
      fail(`more than ${MAX_TABLE_ENTRIES} entries`);
    const keyLength = shared + nonShared;
    if (keyLength > MAX_KEY_BYTES)
      fail(`${what}: a ${keyLength}-byte key, longer than ${MAX_KEY_BYTES} bytes (keys are variable names)`);
    keyBytes.total += keyLength;
    if (keyBytes.total > MAX_TABLE_KEY_BYTES)
      fail(`its keys spell out more than ${MAX_TABLE_KEY_BYTES / 1024 / 1024} MiB of names, more than any checkpoint`);
    key = Buffer.concat([key.subarray(0, shared), block.subarray(c.pos, c.pos + nonShared)]);
    c.pos += nonShared;
    out.push({ key, value: block.subarray(c.pos, c.pos + valueLength) });
    c.pos += valueLength;
  }
  return out;
}
var FOOTER_BYTES, MAGIC, BLOCK_TRAILER, MAX_TABLE_ENTRIES, MAX_KEY_BYTES, MAX_TABLE_KEY_BYTES, Cursor;
var init_sstable = __esm({
  "build/src/formats/tensorflow/sstable.js"() {
    "use strict";
    init_errors();
    FOOTER_BYTES = 48;
    MAGIC = Buffer.from([87, 251, 128, 139, 36, 117, 71, 219]);
    BLOCK_TRAILER = 5;
    MAX_TABLE_ENTRIES = 2e6;
    MAX_KEY_BYTES = 64 * 1024;
    MAX_TABLE_KEY_BYTES = 128 * 1024 * 1024;
    Cursor = class {
      buf;
      end;
      fail;
      pos = 0;
      constructor(buf, end, fail) {
        this.buf = buf;
        this.end = end;
        this.fail = fail;
      }
      varint(what) {
        let result = 0;
        for (let shift = 0; shift < 63; shift += 7) {
          if (this.pos >= this.end)
            this.fail(`${what}: varint runs past its block`);
          const b = this.buf[this.pos++];
          result += (b & 127) * 2 ** shift;
          if ((b & 128) === 0) {
            if (!Number.isSafeInteger(result))
              this.fail(`${what}: varint out of range`);
            return result;
          }
        }
        return this.fail(`${what}: varint too long`);
      }
    };
  }
});

// build/src/formats/tensorflow/bundle.js
function tfBytes(dtype, elements) {
  if (isDType(dtype))
    return dtype === "string" ? null : bytesFor(dtype, elements);
  const bits = TF_ONLY_BITS.get(dtype);
  return bits === void 0 ? null : elements * bits / 8;
}
function variableRole(name, dtype) {
  if (OPTIMIZER_NAME.test(name))
    return "optimizer";
  if (name === "_CHECKPOINTABLE_OBJECT_GRAPH")
    return "non-weight";
  if (BUFFER_NAME.test(name))
    return "buffer";
  if (isDType(dtype))
    return isWeightDType(dtype) ? "param" : "non-weight";
  return TF_ONLY_BITS.has(dtype) ? "param" : "non-weight";
}
function readBundle(indexPath, relativeTo) {
  const entries = withRandomAccessFile(indexPath, (file) => readTable(file));
  const fail = (msg) => {
    throw new ModelFileError(indexPath, msg);
  };
  let numShards = 1;
  const tensors = [];
  const pending3 = [];
  try {
    for (const { key, value } of entries) {
      if (key.length === 0) {
        eachField(value, "bundle header", (f) => {
          if (f.no === HEADER.numShards)
            numShards = f.varint();
          else if (f.no === HEADER.endianness && f.varint() !== 0)
            fail("the checkpoint is big-endian, which this reader does not read");
        });
        if (numShards < 1 || numShards > MAX_SHARDS2)
          fail(`the bundle header names ${numShards} shards`);
        continue;
      }
      if (key[0] === 0)
        continue;
      const name = key.toString("utf8");
      let dtypeCode = 0;
      let dims = [];
      let shard = 0;
      let offset = 0;
      let size = 0;
      let sliced = false;
      const what = `variable ${JSON.stringify(name)}`;
      eachField(value, what, (f) => {
        if (f.no === ENTRY.dtype)
          dtypeCode = f.varint();
        else if (f.no === ENTRY.shape)
          dims = decodeKnownShape(f.bytes(), what);
        else if (f.no === ENTRY.shardId)
          shard = f.varint();
        else if (f.no === ENTRY.offset)
          offset = f.varint();
        else if (f.no === ENTRY.size)
          size = f.varint();
        else if (f.no === ENTRY.slices)
          sliced = true;
      });
      const dtype = tfDtype(dtypeCode);
      const elements = shapeElements(dims, what);
      const expected = tfBytes(dtype, elements);
      if (!sliced && expected !== null && expected !== size)
        fail(`${what}: ${dtype} ${JSON.stringify(dims)} needs ${expected} bytes but the index says ${size}`);
      const t = { name, dtype, dims, elements, bytes: sliced ? expected ?? 0 : size, role: variableRole(name, dtype) };
      tensors.push(t);
      if (!sliced)
        pending3.push({ t, shard, offset });
    }
  } catch (e) {
    if (e instanceof ProtoError)
      fail(`not a valid TensorFlow checkpoint index: ${e.message}`);
    throw e;
  }
  const shardPaths = shardPathsOf(indexPath, numShards);
  const shardSizes = /* @__PURE__ */ new Map();
  for (const { t, shard, offset } of pending3) {
    if (shard >= numShards)
      fail(`variable ${JSON.stringify(t.name)} is in shard ${shard} but the bundle has ${numShards}`);
    let shardSize = shardSizes.get(shard);
    if (shardSize === void 0) {
      shardSize = shardFileSize(shardPaths[shard]);
      shardSizes.set(shard, shardSize);
    }
    if (offset + t.bytes > shardSize)
      fail(`variable ${JSON.stringify(t.name)} needs bytes ${offset}..${offset + t.bytes} of ${(0, import_node_path12.basename)(shardPaths[shard])}, which has ${shardSize}`);
  }
  return { tensors, numShards, shardFiles: shardPaths.map((p) => (0, import_node_path12.relative)(relativeTo, p) || (0, import_node_path12.basename)(p)) };
}
function shardPathsOf(indexPath, numShards) {
  const prefix = indexPath.replace(/\.index$/, "");
  return Array.from({ length: numShards }, (_, i) => `${prefix}.data-${String(i).padStart(5, "0")}-of-${String(numShards).padStart(5, "0")}`);
}
function bundleShardFiles(indexPath, relativeTo) {
  const entries = withRandomAccessFile(indexPath, (file) => readTable(file));
  let numShards = 1;
  const header = entries.find((e) => e.key.length === 0);
  try {
    if (header)
      eachField(header.value, "bundle header", (f) => {
        if (f.no === HEADER.numShards)
          numShards = f.varint();
      });
  } catch (e) {
    if (e instanceof ProtoError)
      throw new ModelFileError(indexPath, `not a valid TensorFlow checkpoint index: ${e.message}`);
    throw e;
  }
  if (numShards < 1 || numShards > MAX_SHARDS2)
    throw new ModelFileError(indexPath, `the bundle header names ${numShards} shards`);
  return shardPathsOf(indexPath, numShards).map((p) => (0, import_node_path12.relative)(relativeTo, p) || (0, import_node_path12.basename)(p));
}
function shardFileSize(path) {
  try {
    const st = (0, import_node_fs6.statSync)(path);
    if (!st.isFile())
      throw new ModelFileError(path, "checkpoint shard is not a regular file");
    return st.size;
  } catch (e) {
    if (e instanceof ModelFileError)
      throw e;
    throw new ModelFileError(path, `checkpoint shard missing or unreadable: ${describeFsError(e)}`);
  }
}
function savedModelIndexPath(savedModelPb) {
  return (0, import_node_path12.join)((0, import_node_path12.dirname)(savedModelPb), "variables", "variables.index");
}
var import_node_fs6, import_node_path12, HEADER, ENTRY, MAX_SHARDS2, OPTIMIZER_NAME, BUFFER_NAME;
var init_bundle = __esm({
  "build/src/formats/tensorflow/bundle.js"() {
    "use strict";
    import_node_fs6 = require("node:fs");
    import_node_path12 = require("node:path");
    init_dtype();
    init_errors();
    init_file();
    init_random_access();
    init_dtypes2();
    init_graph_proto();
    init_proto();
    init_sstable();
    HEADER = { numShards: 1, endianness: 2 };
    ENTRY = { dtype: 1, shape: 2, shardId: 3, offset: 4, size: 5, slices: 7 };
    MAX_SHARDS2 = 1e5;
    OPTIMIZER_NAME = /(^|\/)(\.OPTIMIZER_SLOT|optimizer|save_counter|global_step|beta[12]_power)(\/|$)|\/(Adam|Adam_1|Momentum|RMSProp|RMSProp_1|Adagrad|Ftrl|Ftrl_1|ExponentialMovingAverage)$/;
    BUFFER_NAME = /(^|\/)(moving_mean|moving_variance|num_batches_tracked)(\/|$)|(^|\/)keras_api\/(layer_)?metrics\//;
  }
});

// build/src/formats/tensorflow/graphdef.js
function summarizeGraph(g) {
  const out = { tensors: [], nodes: 0, functions: g.functionCount, opTypes: /* @__PURE__ */ new Map() };
  const visit = (n, scope) => {
    out.nodes++;
    out.opTypes.set(n.op, (out.opTypes.get(n.op) ?? 0) + 1);
    const value = n.attrs.get("value");
    if (n.op === "Const" && value?.kind === "tensor")
      out.tensors.push(constTensor(`${scope}${n.name}`, value.value));
  };
  for (const n of g.nodes)
    visit(n, "");
  for (const fn of g.functions.values())
    for (const n of fn.nodes)
      visit(n, `${fn.name}/`);
  return out;
}
function constTensor(name, t) {
  const what = `Const ${JSON.stringify(name)}`;
  const elements = shapeElements(t.dims, what);
  const logical = tfBytes(t.dtype, elements);
  if (t.contentBytes !== null && logical !== null && t.contentBytes !== logical) {
    throw new ProtoError(`${what}: ${t.dtype} ${JSON.stringify(t.dims)} needs ${logical} bytes but tensor_content has ${t.contentBytes}`);
  }
  const weight = elements > 1 && isDType(t.dtype) && isWeightDType(t.dtype);
  return { name, dtype: t.dtype, dims: t.dims, elements, bytes: t.contentBytes ?? logical ?? 0, role: weight ? "param" : "non-weight" };
}
var init_graphdef = __esm({
  "build/src/formats/tensorflow/graphdef.js"() {
    "use strict";
    init_bundle();
    init_graph_proto();
    init_proto();
    init_dtype();
  }
});

// build/src/graph/order.js
function compareCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var init_order = __esm({
  "build/src/graph/order.js"() {
    "use strict";
  }
});

// build/src/formats/tensorflow/expansion.js
function calleeOf(n, functions) {
  if (CALL_OPS.has(n.op)) {
    const f = n.attrs.get("f");
    return f?.kind === "func" ? f.value : "";
  }
  return functions.has(n.op) ? n.op : null;
}
function checkExpansion(nodes, functions) {
  const e = new ExpansionCounter(functions).body(nodes);
  if (e.nodes > MAX_INLINED_NODES)
    throw new TfGraphError(`the graph expands to ${count(e.nodes)} nodes once its function calls are inlined, more than ${MAX_INLINED_NODES.toLocaleString("en-US")}`);
  if (e.visited > MAX_VISITED_NODES)
    throw new TfGraphError(`inlining the graph's function calls visits ${count(e.visited)} nodes, more than ${MAX_VISITED_NODES.toLocaleString("en-US")}`);
  if (e.inputs > MAX_EXECUTED_INPUTS)
    throw new TfGraphError(`inlining the graph's function calls reads ${count(e.inputs)} node inputs, more than ${MAX_EXECUTED_INPUTS.toLocaleString("en-US")}`);
  if (e.chars > MAX_INLINED_NAME_CHARS)
    throw new TfGraphError(`inlining the graph's function calls makes node names of ${count(e.chars)} characters in all, more than ${MAX_INLINED_NAME_CHARS / 1024 / 1024} MiB (call-node names nested under each other)`);
}
var TfGraphError, MAX_CALL_DEPTH, MAX_INLINED_NODES, MAX_VISITED_NODES, MAX_INLINED_NAME_CHARS, CALL_OPS, ALIAS_OPS, quoted3, ExpansionCounter, count;
var init_expansion = __esm({
  "build/src/formats/tensorflow/expansion.js"() {
    "use strict";
    init_limits();
    TfGraphError = class extends Error {
      name = "TfGraphError";
    };
    MAX_CALL_DEPTH = 32;
    MAX_INLINED_NODES = MAX_EXECUTED_NODES;
    MAX_VISITED_NODES = 4 * MAX_INLINED_NODES;
    MAX_INLINED_NAME_CHARS = 128 * 1024 * 1024;
    CALL_OPS = /* @__PURE__ */ new Set(["StatefulPartitionedCall", "PartitionedCall"]);
    ALIAS_OPS = /* @__PURE__ */ new Set(["Identity", "ReadVariableOp", "StopGradient", "Snapshot", "PreventGradient", "EnsureShape", "CheckNumerics", "IdentityN"]);
    quoted3 = (s) => JSON.stringify(s.length > 120 ? `${s.slice(0, 120)}...` : s);
    ExpansionCounter = class {
      functions;
      done = /* @__PURE__ */ new Map();
      stack = [];
      constructor(functions) {
        this.functions = functions;
      }
      body(nodes) {
        let kept = 0;
        let visited = nodes.length;
        let inputs = 0;
        let chars = 0;
        let depth = 0;
        let deepest = null;
        for (const n of nodes) {
          inputs += n.inputs.length;
          chars += n.name.length;
          const callee = calleeOf(n, this.functions);
          const fn = callee === null ? void 0 : this.functions.get(callee);
          if (fn) {
            const e = this.call(fn);
            kept += e.nodes;
            visited += e.visited;
            inputs += e.inputs;
            chars += e.visited * (n.name.length + 1) + e.chars;
            if (e.depth > depth) {
              depth = e.depth;
              deepest = fn.name;
            }
          } else if (callee !== null || !ALIAS_OPS.has(n.op)) {
            kept++;
          }
        }
        return { nodes: kept, visited, inputs, chars, depth, deepest };
      }
      call(fn) {
        if (this.stack.includes(fn.name))
          throw new TfGraphError(`function ${quoted3(fn.name)} calls itself (${[...this.stack, fn.name].map(quoted3).join(" -> ")})`);
        if (this.stack.length >= MAX_CALL_DEPTH)
          throw new TfGraphError(`function calls nest deeper than ${MAX_CALL_DEPTH} (at ${quoted3(fn.name)})`);
        const seen = this.done.get(fn.name);
        if (seen) {
          if (this.stack.length + seen.depth > MAX_CALL_DEPTH)
            throw new TfGraphError(`function calls nest deeper than ${MAX_CALL_DEPTH} (at ${quoted3(this.functionAt(fn.name, MAX_CALL_DEPTH - this.stack.length))})`);
          return seen;
        }
        this.stack.push(fn.name);
        const b = this.body(fn.nodes);
        this.stack.pop();
        const e = { ...b, depth: b.depth + 1 };
        this.done.set(fn.name, e);
        return e;
      }
      functionAt(name, steps) {
        let at = name;
        for (let i = 0; i < steps; i++)
          at = this.done.get(at)?.deepest ?? at;
        return at;
      }
    };
    count = (n) => Number.isSafeInteger(n) ? n.toLocaleString("en-US") : `about ${n.toPrecision(3)}`;
  }
});

// build/src/formats/tensorflow/to-ir.js
function mainRef(raw) {
  if (raw.startsWith("^"))
    return null;
  return /:\d+$/.test(raw) ? raw : `${raw}:0`;
}
function attrInts(n, key) {
  const a = n.attrs.get(key);
  return a?.kind === "list" ? a.i : void 0;
}
function attrString(n, key, def) {
  const a = n.attrs.get(key);
  return a?.kind === "s" ? a.value : def;
}
function attrBool(n, key) {
  const a = n.attrs.get(key);
  return a?.kind === "b" ? a.value : false;
}
function attrFloat(n, key, def) {
  const a = n.attrs.get(key);
  return a?.kind === "f" && Number.isFinite(a.value) ? a.value : def;
}
function outputDtype(n) {
  for (const key of ["T", "dtype", "out_type", "Tout"]) {
    const a = n.attrs.get(key);
    if (a?.kind === "type" && isDType(a.value))
      return a.value;
  }
  return "float32";
}
function checkedShape(s) {
  if (s === void 0)
    return void 0;
  for (const d of s) {
    if (d < -1)
      return `dim ${d}`;
    if (d > MAX_DIM2)
      return `dim ${d} (more than ${MAX_DIM2})`;
  }
  return s.map((d) => d === -1 ? null : d);
}
function filterOf(k, ref2, what) {
  const t = ref2 === void 0 ? void 0 : k.initializers.get(ref2);
  if (!t)
    throw new Uncosted(`its ${what} is not a constant or variable of known shape`);
  if (t.dims.length !== 4)
    throw new Uncosted(`its ${what} has rank ${t.dims.length}, not 4`);
  return t;
}
function constInts(k, ref2, what) {
  const v = ref2 === void 0 ? void 0 : k.initializers.get(ref2)?.values;
  if (!v)
    throw new Uncosted(`its ${what} is not a known constant`);
  return v;
}
function window2(n, key, nchw) {
  const v = attrInts(n, key) ?? [1, 1, 1, 1];
  if (v.length !== 4 || v.some((x) => !Number.isSafeInteger(x) || x < 1 || x > MAX_DIM2))
    throw new Uncosted(`${key} ${JSON.stringify(v.slice(0, 8))} is not 4 positive integers`);
  return nchw ? [v[2], v[3]] : [v[1], v[2]];
}
function padding2(n) {
  const p = attrString(n, "padding", "VALID");
  if (p !== "SAME" && p !== "VALID")
    throw new Uncosted(`padding ${quoted3(p)} is not SAME or VALID`);
  return p;
}
function layout(n) {
  const f = attrString(n, "data_format", "NHWC");
  if (f !== "NHWC" && f !== "NCHW")
    throw new Uncosted(`data_format ${quoted3(f)} is not NHWC or NCHW`);
  return f === "NCHW";
}
function pool2(tflite, onnx) {
  return (b, _k, n) => {
    const nchw = layout(n);
    const [kh, kw] = window2(n, "ksize", nchw);
    const [sh, sw] = window2(n, "strides", nchw);
    const pad3 = padding2(n);
    if (nchw)
      b.node(n, onnx, n.inputs.slice(0, 1), { kernel_shape: [kh, kw], strides: [sh, sw], auto_pad: pad3 === "SAME" ? "SAME_UPPER" : "VALID" });
    else
      b.node(n, tflite, n.inputs.slice(0, 1), { padding: pad3, filter_height: kh, filter_width: kw, stride_h: sh, stride_w: sw }, TFLITE_DOMAIN);
  };
}
function fused(contraction) {
  return (b, k, n) => {
    const ops23 = n.attrs.get("fused_ops");
    const names = ops23?.kind === "list" ? ops23.s : [];
    const [first, act, ...rest] = names;
    const activation2 = act === void 0 ? void 0 : FUSED_ACTIVATIONS[act];
    if (first !== "BiasAdd" || rest.length > 0 || act !== void 0 && !activation2 || n.inputs.length !== 3) {
      throw new Uncosted(`fused_ops ${JSON.stringify(names.slice(0, 4))} on ${n.inputs.length} inputs (costed: BiasAdd on 3 inputs, then at most one of ${Object.keys(FUSED_ACTIVATIONS).join(", ")})`);
    }
    if (!activation2)
      return contraction(b, k, n);
    const inner = { ...n, name: b.unique(`${n.name}/biased`) };
    contraction(b, k, inner);
    b.node(n, activation2[0], [`${inner.name}:0`], {}, activation2[1]);
  };
}
function reduce(opType) {
  return (b, k, n) => {
    const axes = constInts(k, n.inputs[1], "axes");
    b.node(n, opType, n.inputs.slice(0, 1), { axes: [...axes], keepdims: attrBool(n, "keep_dims") ? 1 : 0 });
  };
}
function pad(mode) {
  return (b, k, n) => {
    const p = constInts(k, n.inputs[1], "paddings");
    if (p.length % 2 !== 0)
      throw new Uncosted("its paddings are not pairs");
    const pads = [...p.filter((_, i) => i % 2 === 0), ...p.filter((_, i) => i % 2 === 1)];
    b.node(n, "Pad", [n.inputs[0], b.ints(`${n.name}/pads`, pads)], { mode: mode(n) });
  };
}
function servingSignature(signatures) {
  const usable = signatures.filter((s) => s.outputs.size > 0 && !s.name.startsWith("__"));
  return usable.find((s) => s.name === "serving_default") ?? [...usable].sort((a, b) => compareCodeUnits(a.name, b.name))[0];
}
function producerOf(value) {
  return value.slice(0, value.lastIndexOf(":"));
}
function splitValue(value) {
  const producer2 = producerOf(value);
  return { producer: producer2, index: Number(value.slice(producer2.length + 1)) || 0 };
}
function tfToIr(g, info) {
  checkExpansion(g.nodes, g.functions);
  const flat = new Flattener(g.functions);
  flat.add(g.nodes, "", mainRef);
  const nodes = flat.nodes.map((n) => ({ ...n, inputs: n.inputs.map((i) => flat.resolve(i)) }));
  const byName = new Map(nodes.map((n) => [n.name, n]));
  let outputs;
  if (info.signature) {
    outputs = [...info.signature.outputs.values()].map((t) => flat.resolve(mainRef(t) ?? t));
  } else {
    const read = new Set(nodes.flatMap((n) => n.inputs));
    outputs = nodes.filter((n) => !BOOKKEEPING_OPS.has(n.op) && !VARIABLE_OPS.has(n.op) && n.op !== "Const" && n.op !== "Placeholder" && !read.has(`${n.name}:0`)).map((n) => `${n.name}:0`);
  }
  const keep = /* @__PURE__ */ new Set();
  const stack = outputs.map(producerOf);
  while (stack.length > 0) {
    const name = stack.pop();
    const n = byName.get(name);
    if (!n || keep.has(name))
      continue;
    keep.add(name);
    for (const i of n.inputs)
      stack.push(producerOf(i));
  }
  const kept = nodes.filter((n) => keep.has(n.name));
  const maxOutput = /* @__PURE__ */ new Map();
  const readAt2 = (value) => {
    const { producer: p, index } = splitValue(value);
    if (index > MAX_OUTPUT_INDEX)
      throw new TfGraphError(`${quoted3(value)} reads output ${index} of node ${quoted3(p)} (more than ${MAX_OUTPUT_INDEX.toLocaleString("en-US")} outputs)`);
    maxOutput.set(p, Math.max(maxOutput.get(p) ?? 0, index));
  };
  for (const n of kept)
    for (const i of n.inputs)
      readAt2(i);
  for (const o of outputs)
    readAt2(o);
  const b = new IrBuilder(new Set(kept.map((n) => n.name)));
  let hasShapes = false;
  for (const n of kept) {
    b.outputShapes(n, (maxOutput.get(n.name) ?? 0) + 1);
    if (b.statedShape(n.name) !== void 0)
      hasShapes = true;
    const out = `${n.name}:0`;
    if (n.op === "Const") {
      const v = n.attrs.get("value");
      if (v?.kind === "tensor" && isDType(v.value.dtype))
        b.initializer(out, v.value.dtype, v.value.dims, v.value.values);
    } else if (VARIABLE_OPS.has(n.op)) {
      const s = n.attrs.get("shape");
      const dims = s?.kind === "shape" ? checkedShape(s.value) : void 0;
      const dtype = outputDtype(n);
      if (Array.isArray(dims) && dims.every((d) => typeof d === "number"))
        b.initializer(out, dtype, dims);
      else
        b.inputs.push({ name: out, dtype, shape: void 0, kind: "tensor" });
    } else if (n.op === "Placeholder") {
      const s = n.attrs.get("shape");
      const stated = (s?.kind === "shape" ? checkedShape(s.value) : void 0) ?? b.statedShape(n.name);
      if (typeof stated === "string")
        b.warnings.push(`Placeholder ${quoted3(n.name)}: shape has ${stated}: its shape is unknown`);
      const dims = Array.isArray(stated) ? stated.map((d, i) => d !== null ? d : i === 0 ? 1 : `${n.name.replace(/[^A-Za-z0-9_]/g, "_").slice(0, 60)}_dim${i}`) : void 0;
      if (dims)
        hasShapes = true;
      b.inputs.push({ name: out, dtype: outputDtype(n), shape: dims, kind: "tensor" });
    }
  }
  const known2 = { initializers: b.initializers };
  for (const n of kept) {
    if (n.op === "Const" || n.op === "Placeholder" || VARIABLE_OPS.has(n.op))
      continue;
    const map = OPS[n.op];
    if (map) {
      try {
        map(b, known2, n);
        continue;
      } catch (e) {
        if (!(e instanceof Uncosted))
          throw e;
        b.warnings.push(`TensorFlow node ${quoted3(n.name)} (${n.op}) is not costed: ${e.message}`);
      }
    }
    const count2 = (maxOutput.get(n.name) ?? 0) + 1;
    b.nodes.push({ name: n.name, opType: n.op, domain: TF_DOMAIN, inputs: n.inputs, outputs: Array.from({ length: count2 }, (_, i) => `${n.name}:${i}`), attributes: /* @__PURE__ */ new Map() });
  }
  if (flat.missingFunctions.size > 0) {
    b.warnings.push(`calls to functions the library does not define (not costed, totals are a lower bound): ${[...flat.missingFunctions].map(([f, c]) => `${quoted3(f)} x${c}`).join(", ")}`);
  }
  const valueInfoOf = (name) => {
    const init = b.initializers.get(name);
    if (init)
      return { name, dtype: init.dtype, shape: init.dims, kind: "tensor" };
    const { producer: producer2, index } = splitValue(name);
    const p = byName.get(producer2);
    const shape = b.statedShape(producer2, index);
    return { name, dtype: p ? outputDtype(p) : void 0, shape, kind: "tensor" };
  };
  const graphOutputs = [...new Set(outputs)].filter((o) => o !== "").map(valueInfoOf);
  return {
    model: b.model(info.signature?.name ?? "main", graphOutputs, { ...info, format: "tensorflow", domain: TF_DOMAIN, producer: "" }),
    hasShapes,
    warnings: b.warnings
  };
}
var TF_DOMAIN, MAX_DIM2, MAX_OUTPUT_INDEX, BOOKKEEPING_OPS, VARIABLE_OPS, OUTPUT_ARGS, Flattener, Uncosted, IrBuilder, unary, binary, conv2d, depthwise2, biasAdd, matmul, FUSED_ACTIVATIONS, batchMatmul, fusedBatchNorm, concat, squeeze, conv2dTranspose, transpose, expandDims, OPS;
var init_to_ir3 = __esm({
  "build/src/formats/tensorflow/to-ir.js"() {
    "use strict";
    init_order();
    init_dtype();
    init_ir_builder();
    init_to_ir();
    init_expansion();
    init_name_table();
    init_expansion();
    TF_DOMAIN = "tensorflow";
    MAX_DIM2 = 2 ** 31 - 1;
    MAX_OUTPUT_INDEX = 65535;
    BOOKKEEPING_OPS = /* @__PURE__ */ new Set([
      "NoOp",
      "SaveV2",
      "RestoreV2",
      "MergeV2Checkpoints",
      "ShardedFilename",
      "StringJoin",
      "AssignVariableOp",
      "AssignAddVariableOp",
      "AssignSubVariableOp",
      "Assert",
      "VarIsInitializedOp",
      "DestroyResourceOp",
      "Pack_saver"
    ]);
    VARIABLE_OPS = /* @__PURE__ */ new Set(["VarHandleOp", "VariableV2", "Variable"]);
    OUTPUT_ARGS = nameTable({
      FusedBatchNorm: ["y", "batch_mean", "batch_variance", "reserve_space_1", "reserve_space_2"],
      FusedBatchNormV2: ["y", "batch_mean", "batch_variance", "reserve_space_1", "reserve_space_2"],
      FusedBatchNormV3: ["y", "batch_mean", "batch_variance", "reserve_space_1", "reserve_space_2", "reserve_space_3"],
      Unique: ["y", "idx"],
      TopKV2: ["values", "indices"]
    });
    Flattener = class {
      functions;
      nodes = [];
      aliases = /* @__PURE__ */ new Map();
      missingFunctions = /* @__PURE__ */ new Map();
      constructor(functions) {
        this.functions = functions;
      }
      add(nodes, prefix, ref2) {
        for (const n of nodes) {
          const name = `${prefix}${n.name}`;
          const inputs = n.inputs.map(ref2).filter((r) => r !== null);
          const callee = calleeOf(n, this.functions);
          if (callee !== null) {
            const fn = this.functions.get(callee);
            if (fn) {
              this.inline(name, fn, inputs);
              continue;
            }
            this.missingFunctions.set(callee, (this.missingFunctions.get(callee) ?? 0) + 1);
          } else if (ALIAS_OPS.has(n.op)) {
            const n0 = n.op === "IdentityN" ? inputs.length : 1;
            for (let i = 0; i < n0; i++)
              this.aliases.set(`${name}:${i}`, inputs[i] ?? "");
            continue;
          }
          this.nodes.push({ name, op: n.op, inputs, attrs: n.attrs });
        }
      }
      inline(callName, fn, inputs) {
        const bindings = /* @__PURE__ */ new Map();
        fn.inputArgs.forEach((a, i) => bindings.set(a, inputs[i] ?? ""));
        const opOf = new Map(fn.nodes.map((b) => [b.name, b.op]));
        const prefix = `${callName}/`;
        const ref2 = (raw) => {
          if (raw.startsWith("^"))
            return null;
          const bound2 = bindings.get(raw);
          if (bound2 !== void 0)
            return bound2;
          const parts = raw.split(":");
          const node = parts[0];
          const index = parts.length >= 3 ? Number(parts[parts.length - 1]) : parts.length === 2 && /^\d+$/.test(parts[1]) ? Number(parts[1]) : 0;
          const arg = parts.length >= 3 ? parts[1] : "";
          const offset = Math.max(0, OUTPUT_ARGS[opOf.get(node) ?? ""]?.indexOf(arg) ?? 0);
          return `${prefix}${node}:${(Number.isSafeInteger(index) ? index : 0) + offset}`;
        };
        this.add(fn.nodes, prefix, ref2);
        fn.outputArgs.forEach((a, i) => {
          const r = fn.ret.get(a);
          this.aliases.set(`${callName}:${i}`, r === void 0 ? "" : ref2(r) ?? "");
        });
      }
      resolve(value) {
        const chain = [];
        const onChain = /* @__PURE__ */ new Set();
        let v = value;
        while (this.aliases.has(v)) {
          if (onChain.has(v))
            throw new TfGraphError(`values alias each other in a cycle (at ${quoted3(value)})`);
          onChain.add(v);
          chain.push(v);
          v = this.aliases.get(v);
        }
        for (const a of chain)
          this.aliases.set(a, v);
        return v;
      }
    };
    Uncosted = class extends Error {
    };
    IrBuilder = class extends IrGraphBuilder {
      stated = /* @__PURE__ */ new Map();
      outputShapes(n, outputs) {
        const a = n.attrs.get("_output_shapes");
        if (a === void 0)
          return;
        if (a.kind !== "list" || a.shape.length === 0 || a.s.length + a.i.length + a.f.length + a.type.length > 0) {
          this.warnings.push(`node ${quoted3(n.name)}: _output_shapes is not a list of shapes: ignored`);
          return;
        }
        const shapes = [];
        for (const s of a.shape) {
          const c = checkedShape(s);
          if (typeof c === "string") {
            this.warnings.push(`node ${quoted3(n.name)}: _output_shapes has ${c}: ignored`);
            return;
          }
          shapes.push(c);
        }
        this.stated.set(n.name, shapes);
        const dtype = outputDtype(n);
        for (let i = 0; i < Math.min(outputs, shapes.length); i++) {
          const shape = shapes[i];
          if (shape)
            this.valueInfo.push({ name: `${n.name}:${i}`, dtype, shape, kind: "tensor" });
        }
      }
      statedShape(name, i = 0) {
        return this.stated.get(name)?.[i];
      }
      node(n, opType, inputs, attrs, domain = "") {
        this.addNode(n.name, opType, domain, inputs, { name: `${n.name}:0`, dtype: outputDtype(n), shape: this.statedShape(n.name), kind: "tensor" }, attrs);
      }
    };
    unary = (opType, attrs = () => ({}), domain = "") => (b, _k, n) => b.node(n, opType, n.inputs.slice(0, 1), attrs(n), domain);
    binary = (opType) => (b, _k, n) => b.node(n, opType, n.inputs.slice(0, 2), {});
    conv2d = (b, k, n) => {
      const nchw = layout(n);
      const w = filterOf(k, n.inputs[1], "filter");
      const [kh, kw, cin, cout] = w.dims;
      const [sh, sw] = window2(n, "strides", nchw);
      const [dh, dw] = window2(n, "dilations", nchw);
      const pad3 = padding2(n);
      const filter = b.unique(`${n.name}/filter_${nchw ? "oihw" : "ohwi"}`);
      b.initializer(filter, w.dtype, nchw ? [cout, cin, kh, kw] : [cout, kh, kw, cin], void 0, w.storageKey ?? w.name);
      const bias = n.inputs.slice(2, 3);
      if (nchw) {
        if (bias.length > 0)
          throw new Uncosted("an NCHW fused convolution is not costed");
        b.node(n, "Conv", [n.inputs[0], filter], { strides: [sh, sw], dilations: [dh, dw], auto_pad: pad3 === "SAME" ? "SAME_UPPER" : "VALID" });
      } else
        b.node(n, "CONV_2D", [n.inputs[0], filter, ...bias], { padding: pad3, stride_h: sh, stride_w: sw, dilation_h_factor: dh, dilation_w_factor: dw }, TFLITE_DOMAIN);
    };
    depthwise2 = (b, k, n) => {
      if (layout(n))
        throw new Uncosted("NCHW depthwise convolution is not costed");
      const w = filterOf(k, n.inputs[1], "filter");
      const [kh, kw, cin, mult] = w.dims;
      const [sh, sw] = window2(n, "strides", false);
      const [dh, dw] = window2(n, "dilations", false);
      const filter = b.unique(`${n.name}/filter_1hwc`);
      b.initializer(filter, w.dtype, [1, kh, kw, cin * mult], void 0, w.storageKey ?? w.name);
      b.node(n, "DEPTHWISE_CONV_2D", [n.inputs[0], filter], { padding: padding2(n), stride_h: sh, stride_w: sw, dilation_h_factor: dh, dilation_w_factor: dw, depth_multiplier: mult }, TFLITE_DOMAIN);
    };
    biasAdd = (b, k, n) => {
      if (!layout(n))
        return b.node(n, "Add", n.inputs.slice(0, 2), {});
      const bias = k.initializers.get(n.inputs[1] ?? "");
      if (!bias || bias.dims.length !== 1)
        throw new Uncosted("an NCHW bias that is not a constant vector");
      const view2 = b.unique(`${n.name}/bias_c11`);
      b.initializer(view2, bias.dtype, [bias.dims[0], 1, 1], void 0, bias.storageKey ?? bias.name);
      b.node(n, "Add", [n.inputs[0], view2], {});
    };
    matmul = (b, _k, n) => b.node(n, "Gemm", n.inputs.slice(0, 3), { transA: attrBool(n, "transpose_a") ? 1 : 0, transB: attrBool(n, "transpose_b") ? 1 : 0 });
    FUSED_ACTIVATIONS = nameTable({ Relu: ["Relu", ""], Relu6: ["RELU6", TFLITE_DOMAIN], Elu: ["Elu", ""], Tanh: ["Tanh", ""], Sigmoid: ["Sigmoid", ""] });
    batchMatmul = (b, _k, n) => b.node(n, "BATCH_MATMUL", n.inputs.slice(0, 2), { adj_x: attrBool(n, "adj_x") ? 1 : 0, adj_y: attrBool(n, "adj_y") ? 1 : 0 }, TFLITE_DOMAIN);
    fusedBatchNorm = (b, _k, n) => {
      if (n.inputs.length < 5)
        throw new Uncosted(`has ${n.inputs.length} inputs, not 5`);
      b.node(n, "BatchNormalization", n.inputs.slice(0, 5), { epsilon: { float: attrFloat(n, "epsilon", 1e-3) } });
    };
    concat = (b, k, n) => {
      const axis = constInts(k, n.inputs[n.inputs.length - 1], "axis");
      if (axis.length !== 1)
        throw new Uncosted("its axis is not a scalar");
      b.node(n, "Concat", n.inputs.slice(0, -1), { axis: axis[0] });
    };
    squeeze = (b, _k, n) => {
      const axes = attrInts(n, "squeeze_dims") ?? attrInts(n, "axis") ?? [];
      b.node(n, "Squeeze", axes.length > 0 ? [n.inputs[0], b.ints(`${n.name}/axes`, axes)] : n.inputs.slice(0, 1), {});
    };
    conv2dTranspose = (b, k, n) => {
      if (layout(n))
        throw new Uncosted("NCHW transposed convolution is not costed");
      const sizes = constInts(k, n.inputs[0], "input_sizes");
      if (sizes.length !== 4)
        throw new Uncosted("its input_sizes are not 4 values");
      const w = filterOf(k, n.inputs[1], "filter");
      const [kh, kw, cout, cin] = w.dims;
      const [sh, sw] = window2(n, "strides", false);
      const filter = b.unique(`${n.name}/filter_ohwi`);
      b.initializer(filter, w.dtype, [cout, kh, kw, cin], void 0, w.storageKey ?? w.name);
      b.node(n, "TRANSPOSE_CONV", [b.ints(`${n.name}/output_shape`, sizes), filter, n.inputs[2]], { padding: padding2(n), stride_h: sh, stride_w: sw }, TFLITE_DOMAIN);
    };
    transpose = (b, k, n) => b.node(n, "Transpose", n.inputs.slice(0, 1), { perm: [...constInts(k, n.inputs[1], "perm")] });
    expandDims = (b, k, n) => {
      const axis = constInts(k, n.inputs[1], "axis");
      b.node(n, "Unsqueeze", [n.inputs[0], b.ints(`${n.name}/axes`, axis)], {});
    };
    OPS = nameTable({
      Conv2D: conv2d,
      DepthwiseConv2dNative: depthwise2,
      MaxPool: pool2("MAX_POOL_2D", "MaxPool"),
      AvgPool: pool2("AVERAGE_POOL_2D", "AveragePool"),
      MatMul: matmul,
      _FusedConv2D: fused(conv2d),
      _FusedMatMul: fused(matmul),
      BatchMatMul: batchMatmul,
      BatchMatMulV2: batchMatmul,
      BatchMatMulV3: batchMatmul,
      BiasAdd: biasAdd,
      BiasAddV1: biasAdd,
      FusedBatchNorm: fusedBatchNorm,
      FusedBatchNormV2: fusedBatchNorm,
      FusedBatchNormV3: fusedBatchNorm,
      Relu: unary("Relu"),
      Relu6: unary("RELU6", () => ({}), TFLITE_DOMAIN),
      Sigmoid: unary("Sigmoid"),
      Tanh: unary("Tanh"),
      Elu: unary("Elu"),
      Selu: unary("Selu"),
      Softplus: unary("Softplus"),
      LeakyRelu: unary("LeakyRelu", (n) => ({ alpha: { float: attrFloat(n, "alpha", 0.2) } })),
      Softmax: unary("Softmax", () => ({ axis: -1 })),
      Add: binary("Add"),
      AddV2: binary("Add"),
      Sub: binary("Sub"),
      Mul: binary("Mul"),
      RealDiv: binary("Div"),
      Maximum: binary("Max"),
      Minimum: binary("Min"),
      Pow: binary("Pow"),
      AddN: (b, _k, n) => b.node(n, "Sum", n.inputs, {}),
      Exp: unary("Exp"),
      Log: unary("Log"),
      Sqrt: unary("Sqrt"),
      Neg: unary("Neg"),
      Abs: unary("Abs"),
      Conv2DBackpropInput: conv2dTranspose,
      Transpose: transpose,
      ExpandDims: expandDims,
      Reshape: (b, _k, n) => b.node(n, "Reshape", n.inputs.slice(0, 2), {}),
      Squeeze: squeeze,
      Mean: reduce("ReduceMean"),
      Max: reduce("ReduceMax"),
      ConcatV2: concat,
      Pad: pad(() => "constant"),
      PadV2: pad(() => "constant"),
      MirrorPad: pad((n) => attrString(n, "mode", "REFLECT") === "SYMMETRIC" ? "edge" : "reflect")
    });
  }
});

// build/src/formats/tensorflow/reader.js
function readProto(path, decode2, kind) {
  const bytes = withOpenModel(path, (fd, size) => {
    if (size > MAX_GRAPH_BYTES)
      throw new ModelFileError(path, `${size} bytes is larger than a protobuf ${kind} can be (2 GiB)`);
    return readAll(fd, size, path);
  });
  try {
    return { value: decode2(bytes), size: bytes.byteLength };
  } catch (e) {
    if (e instanceof ProtoError)
      throw new ModelFileError(path, `not a valid TensorFlow ${kind}: ${e.message}`);
    throw e;
  }
}
function layerPathName(name) {
  return name.replace(/\/\.ATTRIBUTES\/VARIABLE_VALUE$/, "").replace(/\//g, ".");
}
function renamed(tensors) {
  return tensors.map((t) => ({ ...t, name: layerPathName(t.name) }));
}
function graphMetadata(g) {
  return [["graph nodes", String(g.nodes)], ["library functions", String(g.functions)]];
}
function summaryOf(path, g, kind) {
  try {
    return summarizeGraph(g);
  } catch (e) {
    if (e instanceof ProtoError)
      throw new ModelFileError(path, `not a valid TensorFlow ${kind}: ${e.message}`);
    throw e;
  }
}
function withGraph(path, g, weights, formatVersion, fileBytes, signature) {
  let ir;
  try {
    ir = tfToIr(g, { formatVersion, fileBytes, metadata: weights.metadata, ...signature ? { signature } : {} });
  } catch (e) {
    if (e instanceof TfGraphError)
      throw new ModelFileError(path, `invalid TensorFlow graph: ${e.message}`);
    throw e;
  }
  if (!ir.hasShapes)
    return { weights: { ...weights, costsUnavailable: GRAPH_COSTS_UNAVAILABLE, warnings: [...weights.warnings, ...ir.warnings] } };
  return { weights: { ...weights, warnings: [...weights.warnings, ...ir.warnings] }, graph: ir.model };
}
function readGraphDefFile(path) {
  const { value: g, size } = readProto(path, decodeGraphDef, "GraphDef");
  const s = summaryOf(path, g, "GraphDef");
  const weights = {
    tensors: renamed(s.tensors),
    metadata: new Map([...graphMetadata(s), ["constants", String(s.tensors.length)]]),
    warnings: [],
    sideFiles: []
  };
  return withGraph(path, g, weights, "GraphDef", size);
}
function dataShardsIn(dir) {
  try {
    return (0, import_node_fs7.readdirSync)(dir).filter((n) => n.startsWith("variables.data-")).sort();
  } catch {
    return [];
  }
}
function readSavedModelFile(path) {
  const { value: sm, size } = readProto(path, decodeSavedModel, "SavedModel");
  const s = summaryOf(path, sm.graph, "SavedModel");
  const signature = servingSignature(sm.signatures);
  const index = savedModelIndexPath(path);
  let weights;
  if (!(0, import_node_fs7.existsSync)(index)) {
    const shard = dataShardsIn((0, import_node_path13.join)((0, import_node_path13.dirname)(path), "variables"))[0];
    if (shard !== void 0)
      throw new ModelFileError(path, `variables/variables.index is missing, but variables/ holds ${JSON.stringify(shard.slice(0, 80))}`);
    weights = {
      tensors: renamed(s.tensors),
      metadata: new Map(graphMetadata(s)),
      warnings: ["no variables/variables.index beside saved_model.pb: params are the graph's constants"],
      sideFiles: []
    };
  } else {
    const bundle = readBundle(index, (0, import_node_path13.dirname)(path));
    weights = {
      tensors: renamed(bundle.tensors),
      metadata: new Map([...graphMetadata(s), ["variables", String(bundle.tensors.length)], ["shards", String(bundle.numShards)]]),
      warnings: [],
      sideFiles: ["variables/variables.index", ...bundle.shardFiles]
    };
  }
  if (signature)
    weights.metadata.set("signature", signature.name.slice(0, 80));
  return withGraph(path, sm.graph, weights, "SavedModel", size, signature);
}
function savedModelSideFiles(path, content) {
  const out = ["variables/variables.index", "variables/variables.data-00000-of-00001"];
  if (content !== null && "file" in content) {
    try {
      out.push(...bundleShardFiles(savedModelIndexPath(content.file), (0, import_node_path13.dirname)(content.file)));
    } catch (e) {
      if (!(e instanceof ModelFileError))
        throw e;
    }
  }
  void path;
  return [...new Set(out)];
}
var import_node_fs7, import_node_path13, MAX_GRAPH_BYTES, GRAPH_COSTS_UNAVAILABLE;
var init_reader7 = __esm({
  "build/src/formats/tensorflow/reader.js"() {
    "use strict";
    import_node_fs7 = require("node:fs");
    import_node_path13 = require("node:path");
    init_errors();
    init_file();
    init_bundle();
    init_graphdef();
    init_graph_proto();
    init_proto();
    init_to_ir3();
    MAX_GRAPH_BYTES = 2 ** 31 - 1;
    GRAPH_COSTS_UNAVAILABLE = "the graph states no shapes (no _output_shapes, no Placeholder shape): MACs, FLOPs, memory access, peak memory and latency cannot be computed, params only";
  }
});

// build/src/formats/tensorflow/format-reader.js
var format_reader_exports7 = {};
__export(format_reader_exports7, {
  reader: () => reader7
});
var reader7;
var init_format_reader7 = __esm({
  "build/src/formats/tensorflow/format-reader.js"() {
    "use strict";
    init_format();
    init_reader7();
    reader7 = {
      async read(path) {
        const saved = isSavedModel(path);
        const { weights, graph } = saved ? readSavedModelFile(path) : readGraphDefFile(path);
        if (!graph)
          return { kind: "weights", weights, formatVersion: saved ? "SavedModel" : "GraphDef" };
        return { kind: "graph", model: graph, sideFileBytes: 0, weights };
      },
      sideFiles(path, content) {
        return isSavedModel(path) ? savedModelSideFiles(path, content) : [];
      }
    };
  }
});

// build/src/formats/tensorflow/format.js
var import_node_path14, VARIABLES_FILE, isSavedModel, tensorflowFormat;
var init_format = __esm({
  "build/src/formats/tensorflow/format.js"() {
    "use strict";
    import_node_path14 = require("node:path");
    init_signature6();
    VARIABLES_FILE = /^variables\.(index|data-\d{5}-of-\d{5})$/;
    isSavedModel = (path) => (0, import_node_path14.basename)(path).toLowerCase() === "saved_model.pb";
    tensorflowFormat = {
      name: "tensorflow",
      label: "TensorFlow",
      kind: "graph",
      extensions: [".pb"],
      modelNames: ["saved_model.pb"],
      magic: looksLikeGraphDef,
      reader: async () => (await Promise.resolve().then(() => (init_format_reader7(), format_reader_exports7))).reader,
      modelKey(path) {
        const name = import_node_path14.posix.basename(path);
        const dir = import_node_path14.posix.dirname(path);
        if (import_node_path14.posix.basename(dir) !== "variables" || !VARIABLES_FILE.test(name))
          return null;
        const model = import_node_path14.posix.join(import_node_path14.posix.dirname(dir), "saved_model.pb");
        return { key: model, entries: [model] };
      }
    };
  }
});

// build/src/shapes/types.js
var MAX_FOLD_ELEMENTS, OpError, OpLimitError, UnresolvedDimError;
var init_types = __esm({
  "build/src/shapes/types.js"() {
    "use strict";
    init_errors();
    init_limits();
    MAX_FOLD_ELEMENTS = 4096;
    OpError = class extends BadInputError {
      name = "OpError";
    };
    OpLimitError = class extends LimitError {
    };
    UnresolvedDimError = class extends Error {
      dim;
      name = "UnresolvedDimError";
      constructor(dim) {
        super(`dimension '${dim}' is not resolved`);
        this.dim = dim;
      }
    };
  }
});

// build/src/shapes/util.js
function rankFromLength(length, what) {
  if (length > MAX_RANK)
    throw new OpLimitError(`${what} has ${length.toLocaleString("en-US")} elements: an output rank above ${MAX_RANK}, the largest model-budget supports`);
  return length;
}
function numel(shape, from = 0) {
  let n = 1;
  for (let i = from; i < shape.length; i++) {
    const d = shape[i];
    if (typeof d !== "number")
      throw new UnresolvedDimError(d);
    n *= d;
  }
  return n;
}
function concrete(shape) {
  return shape.map((d) => {
    if (typeof d !== "number")
      throw new UnresolvedDimError(d);
    return d;
  });
}
function elementsOf(t) {
  if (!t.shape)
    throw new UnresolvedDimError("rank");
  return numel(t.shape);
}
function bytesOf2(t) {
  if (!t.dtype)
    throw new UnresolvedDimError("dtype");
  return bytesFor(t.dtype, elementsOf(t));
}
function broadcastShapes(shapes) {
  let rank3 = 0;
  for (let k = 0; k < shapes.length; k++)
    if (shapes[k].length > rank3)
      rank3 = shapes[k].length;
  const out = new Array(rank3);
  for (let i = 0; i < rank3; i++) {
    let dim = 1;
    for (let k = 0; k < shapes.length; k++) {
      const s = shapes[k];
      const d = s[s.length - rank3 + i];
      if (d === void 0 || d === 1)
        continue;
      if (dim === 1)
        dim = d;
      else if (dim !== d) {
        if (typeof dim === "number" && typeof d === "number") {
          throw new OpError(`shapes [${shapes.map((x) => x.join(",")).join("] and [")}] do not broadcast`);
        }
        if (typeof dim !== "number" && typeof d === "number")
          dim = d;
      }
    }
    out[i] = dim;
  }
  return out;
}
function normalizeAxis(axis, rank3) {
  if (axis < -rank3 || axis >= rank3)
    throw new OpError(`axis ${axis} is out of range for rank ${rank3}`);
  return axis < 0 ? axis + rank3 : axis;
}
function knownValue(dtype, shape, data) {
  return data.length <= MAX_FOLD_ELEMENTS ? { dtype, shape, data } : void 0;
}
function fitOutputs(ctx, all) {
  const n = Math.max(1, ctx.node.outputs.length);
  if (n > all.length)
    throw new OpError(`${ctx.node.opType} has at most ${all.length} outputs (node lists ${n})`);
  return all.slice(0, n);
}
var init_util = __esm({
  "build/src/shapes/util.js"() {
    "use strict";
    init_dtype();
    init_limits();
    init_types();
  }
});

// build/src/ops/window.js
function readAutoPad(attrs) {
  const v = attrs.string("auto_pad", "NOTSET");
  if (v === "")
    return "NOTSET";
  if (v === "NOTSET" || v === "SAME_UPPER" || v === "SAME_LOWER" || v === "VALID")
    return v;
  throw new OpError(`auto_pad '${v}' is not one of NOTSET, SAME_UPPER, SAME_LOWER, VALID`);
}
function listAttr(attrs, name) {
  const v = attrs.ints(name, NO_INTS);
  return v.length === 0 ? void 0 : v;
}
function perAxis(attrs, name, n, def, min) {
  const v = listAttr(attrs, name);
  if (!v)
    return new Array(n).fill(def);
  if (v.length !== n)
    throw new OpError(`attribute '${name}' has ${v.length} values but the op has ${n} spatial axes`);
  for (const x of v)
    if (!Number.isInteger(x) || x < min)
      throw new OpError(`attribute '${name}' has invalid value ${x}`);
  return v;
}
function readWindow(ctx, kernel, allow) {
  const n = kernel.length;
  const { attrs } = ctx;
  if (!allow.dilations)
    warnUndefined(ctx, "dilations");
  if (!allow.ceilMode)
    warnUndefined(ctx, "ceil_mode");
  const pads = listAttr(attrs, "pads") ?? new Array(2 * n).fill(0);
  if (pads.length !== 2 * n)
    throw new OpError(`attribute 'pads' has ${pads.length} values; expected ${2 * n} (begin and end per spatial axis)`);
  for (const p of pads)
    if (!Number.isInteger(p) || p < 0)
      throw new OpError(`attribute 'pads' has invalid value ${p}`);
  return {
    kernel,
    strides: perAxis(attrs, "strides", n, 1, 1),
    dilations: allow.dilations ? perAxis(attrs, "dilations", n, 1, 1) : new Array(n).fill(1),
    pads,
    autoPad: allow.autoPad === false ? "NOTSET" : readAutoPad(attrs),
    ceilMode: allow.ceilMode ? attrs.int("ceil_mode", 0) !== 0 : false
  };
}
function warnUndefined(ctx, name) {
  if (ctx.attrs.has(name))
    ctx.warn(`attribute '${name}' is not defined for ${ctx.node.opType} at opset ${ctx.opset}; ignored`);
}
function plus(sym, c) {
  return c === 0 ? sym : c > 0 ? `${sym}+${c}` : `${sym}-${-c}`;
}
function windowOutDim(inDim, axis, w) {
  const k = w.kernel[axis], s = w.strides[axis], d = w.dilations[axis];
  const span = (k - 1) * d + 1;
  const round = w.ceilMode ? Math.ceil : Math.floor;
  if (w.autoPad === "SAME_UPPER" || w.autoPad === "SAME_LOWER") {
    if (typeof inDim !== "number")
      return s === 1 ? inDim : `ceil(${inDim}/${s})`;
    return Math.ceil(inDim / s);
  }
  const padTotal = w.autoPad === "VALID" ? 0 : w.pads[axis] + w.pads[axis + w.kernel.length];
  const padBegin = w.autoPad === "VALID" ? 0 : w.pads[axis];
  if (typeof inDim !== "number") {
    const c = padTotal - span;
    if (s === 1)
      return plus(inDim, c + 1);
    return `${w.ceilMode ? "ceil" : "floor"}((${plus(inDim, c)})/${s})+1`;
  }
  const avail = inDim + padTotal - span;
  if (avail < 0) {
    throw new OpError(`spatial axis ${axis}: window of ${span} (kernel ${k}, dilation ${d}) does not fit input ${inDim} with padding ${padTotal}`);
  }
  let out = round(avail / s) + 1;
  if (w.ceilMode && (out - 1) * s >= inDim + padBegin)
    out -= 1;
  return out;
}
var NO_INTS;
var init_window = __esm({
  "build/src/ops/window.js"() {
    "use strict";
    init_types();
    NO_INTS = [];
  }
});

// build/src/ops/conv.js
var conv_exports = {};
__export(conv_exports, {
  convTransposePads: () => convTransposePads,
  kernelFrom: () => kernelFrom,
  ops: () => ops
});
function kernelFrom(ctx, wShape, spatial, offset = 2) {
  const attr = listAttr(ctx.attrs, "kernel_shape");
  if (attr) {
    const k2 = attr;
    if (k2.length !== spatial)
      throw new OpError(`kernel_shape has ${k2.length} values but the input has ${spatial} spatial axes`);
    for (const x of k2)
      if (!Number.isInteger(x) || x < 1)
        throw new OpError(`kernel_shape has invalid value ${x}`);
    return k2;
  }
  if (!wShape)
    throw new OpError("kernel_shape is absent and the weight shape is unknown");
  const k = wShape.slice(offset);
  if (k.length !== spatial)
    throw new OpError(`weight has ${k.length} spatial dims but the input has ${spatial}`);
  return k.map((d) => {
    if (typeof d !== "number")
      throw new OpError(`kernel_shape is absent and weight dim '${d}' is symbolic`);
    return d;
  });
}
function channelAxis(rank3, channelsLast2) {
  return channelsLast2 ? rank3 - 1 : 1;
}
function checkGroups(cin, wIn, cout, group) {
  if (!Number.isInteger(group) || group < 1)
    throw new OpError(`group ${group} is not a positive integer`);
  if (typeof cin === "number" && typeof wIn === "number" && cin !== wIn * group) {
    throw new OpError(`input has ${cin} channels but W.shape[1] * group = ${wIn} * ${group} = ${wIn * group}`);
  }
  if (typeof cout === "number" && cout % group !== 0)
    throw new OpError(`output channels ${cout} are not divisible by group ${group}`);
}
function convInfer(ctx, layout2, allowAutoPad = true) {
  const x = ctx.shapeOf(0);
  const w = ctx.shapeOf(layout2.w);
  if (x.length < 3)
    throw new OpError(`input X has rank ${x.length}; a convolution needs N, C and at least one spatial axis`);
  if (w.length !== x.length)
    throw new OpError(`weight W has rank ${w.length} but X has rank ${x.length}`);
  const spatial = x.length - 2;
  const group = ctx.attrs.int("group", 1);
  checkGroups(x[channelAxis(x.length, layout2.channelsLast)], w[1], w[0], group);
  const kernel = kernelFrom(ctx, w, spatial);
  for (let i = 0; i < w.length - 2; i++) {
    const d = w[i + 2];
    if (typeof d === "number" && d !== kernel[i])
      throw new OpError(`kernel_shape[${i}] = ${kernel[i]} but W has ${d}`);
  }
  const win = readWindow(ctx, kernel, allowAutoPad ? CONV_WINDOW : CONV_WINDOW_NO_AUTO_PAD);
  const shape = new Array(x.length);
  const first = layout2.channelsLast ? 1 : 2;
  shape[0] = x[0];
  shape[layout2.channelsLast ? x.length - 1 : 1] = w[0];
  for (let i = 0; i < spatial; i++)
    shape[first + i] = windowOutDim(x[first + i], i, win);
  const dtype = layout2.outDType ? layout2.outDType(ctx) : ctx.input(0).type.dtype;
  return { outputs: [{ dtype, shape }] };
}
function convMacs(ctx, layout2, out) {
  const w = ctx.shapeOf(layout2.w);
  const outElems3 = numel(out.shape);
  return { macs: outElems3 * numel(w, 1), outElems: outElems3 };
}
function has(ctx, i) {
  return i !== void 0 && ctx.inputs[i] !== void 0;
}
function convDef(since) {
  return {
    domain: "",
    opType: "Conv",
    since,
    infer: (ctx) => convInfer(ctx, CONV_LAYOUT),
    cost(ctx, outs) {
      const { macs, outElems: outElems3 } = convMacs(ctx, CONV_LAYOUT, outs[0]);
      return { macs, flops: 2 * macs + (has(ctx, 2) ? outElems3 : 0) };
    },
    doc: {
      macs: "N * Cout * prod(out spatial) * (Cin / group) * prod(kernel)",
      flops: "2 * MACs + (B present ? N * Cout * prod(out spatial) : 0)",
      peers: CONV_PEERS
    }
  };
}
function convTransposeInfer(ctx) {
  const x = ctx.shapeOf(0);
  const w = ctx.shapeOf(1);
  if (x.length < 3)
    throw new OpError(`input X has rank ${x.length}; a convolution needs N, C and at least one spatial axis`);
  if (w.length !== x.length)
    throw new OpError(`weight W has rank ${w.length} but X has rank ${x.length}`);
  const spatial = x.length - 2;
  const group = ctx.attrs.int("group", 1);
  if (!Number.isInteger(group) || group < 1)
    throw new OpError(`group ${group} is not a positive integer`);
  if (typeof x[1] === "number" && typeof w[0] === "number" && x[1] !== w[0]) {
    throw new OpError(`input has ${x[1]} channels but W.shape[0] = ${w[0]}`);
  }
  const kernel = kernelFrom(ctx, w, spatial);
  const win = readWindow(ctx, kernel, { dilations: true, ceilMode: false });
  const outPad = listAttr(ctx.attrs, "output_padding") ?? new Array(spatial).fill(0);
  if (outPad.length !== spatial)
    throw new OpError(`output_padding has ${outPad.length} values; expected ${spatial}`);
  const cout = typeof w[1] === "number" ? w[1] * group : group === 1 ? w[1] : `${w[1]}*${group}`;
  let outSpatial;
  const outputShape = listAttr(ctx.attrs, "output_shape");
  if (outputShape) {
    let os = outputShape;
    if (os.length === spatial + 2)
      os = os.slice(2);
    if (os.length !== spatial)
      throw new OpError(`output_shape has ${os.length} values; expected ${spatial}`);
    convTransposePads(x.slice(2), win, outPad, os, ctx.opset);
    outSpatial = os;
  } else {
    outSpatial = x.slice(2).map((d, i) => {
      const s = win.strides[i];
      if (win.autoPad === "SAME_UPPER" || win.autoPad === "SAME_LOWER") {
        return typeof d === "number" ? d * s : s === 1 ? d : `${d}*${s}`;
      }
      const span = (kernel[i] - 1) * win.dilations[i] + 1;
      const pads = win.autoPad === "VALID" ? 0 : win.pads[i] + win.pads[i + spatial];
      const c = outPad[i] + span - pads - s;
      if (typeof d !== "number")
        return s === 1 ? plus(d, c) : plus(`${d}*${s}`, c);
      const o = s * (d - 1) + outPad[i] + span - pads;
      if (o < 1)
        throw new OpError(`spatial axis ${i}: transposed convolution output would be ${o}`);
      return o;
    });
  }
  return { outputs: [{ dtype: ctx.input(0).type.dtype, shape: [x[0], cout, ...outSpatial] }] };
}
function convTransposePads(inSpatial, w, outputPadding, outputShape, opset) {
  const n = inSpatial.length;
  const begin = [], end = [];
  for (let i = 0; i < n; i++) {
    const d = inSpatial[i];
    if (typeof d !== "number")
      return void 0;
    const total = w.strides[i] * (d - 1) + outputPadding[i] + (w.kernel[i] - 1) * w.dilations[i] + 1 - outputShape[i];
    if (total < 0)
      throw new OpError(`output_shape[${i}] = ${outputShape[i]} is larger than the transposed convolution can produce`);
    const half = Math.floor(total / 2);
    const upperFirst = opset >= 11 ? w.autoPad !== "SAME_UPPER" : w.autoPad === "SAME_UPPER";
    begin.push(upperFirst ? total - half : half);
    end.push(upperFirst ? half : total - half);
  }
  return [...begin, ...end];
}
function convTransposeCost(ctx, outs) {
  const x = ctx.shapeOf(0);
  const w = ctx.shapeOf(1);
  const macs = numel(x) * numel(w, 1);
  const bias = ctx.inputs[2] ? numel(outs[0].shape) : 0;
  return { macs, flops: 2 * macs + bias };
}
function qlinearConvLayout(channelsLast2) {
  return { w: 3, bias: 8, channelsLast: channelsLast2, outDType: (ctx) => ctx.inputs[7]?.type.dtype ?? ctx.inputs[0]?.type.dtype };
}
function qlinearConvDef(domain, channelsLastAttr) {
  const layoutOf3 = (ctx) => qlinearConvLayout(channelsLastAttr && ctx.attrs.int("channels_last", 0) !== 0);
  return {
    domain,
    opType: "QLinearConv",
    since: domain === "" ? 10 : 1,
    infer: (ctx) => convInfer(ctx, layoutOf3(ctx)),
    cost(ctx, outs) {
      const layout2 = layoutOf3(ctx);
      const { macs, outElems: outElems3 } = convMacs(ctx, layout2, outs[0]);
      return { macs, flops: 2 * macs + 2 * outElems3 + (has(ctx, layout2.bias) ? outElems3 : 0) };
    },
    doc: domain === "" ? QLINEAR_CONV_DOC : { ...QLINEAR_CONV_DOC, flops: `${QLINEAR_CONV_DOC.flops}; channels_last=1 reads X as N, spatial..., C` }
  };
}
function fusedConvDef(opType, channelsLast2) {
  const layout2 = { w: 1, bias: 2, channelsLast: channelsLast2 };
  return {
    domain: "com.microsoft",
    opType,
    since: 1,
    infer: (ctx) => convInfer(ctx, layout2),
    cost(ctx, outs) {
      const { macs, outElems: outElems3 } = convMacs(ctx, layout2, outs[0]);
      const activation2 = ctx.attrs.string("activation", "");
      const extra = (has(ctx, 2) ? 1 : 0) + (has(ctx, 3) ? 1 : 0) + (activation2 !== "" ? 1 : 0);
      return { macs, flops: 2 * macs + extra * outElems3 };
    },
    doc: {
      macs: channelsLast2 ? "as Conv (X, Z and Y channels-last)" : "as Conv",
      flops: "2 * MACs + output elements * ((B present) + (Z residual present) + (activation set)), each 1 per output element",
      peers: "only exists after onnxruntime graph optimization; peers count the unfused Conv + activation."
    }
  };
}
var CONV_WINDOW, CONV_WINDOW_NO_AUTO_PAD, CONV_PEERS, CONV_LAYOUT, convTranspose2, CONV_INTEGER_LAYOUT, convInteger, QLINEAR_CONV_DOC, DEFORM_LAYOUT, deformConv, NHWC_LAYOUT, nhwcConv, ops;
var init_conv = __esm({
  "build/src/ops/conv.js"() {
    "use strict";
    init_types();
    init_util();
    init_window();
    CONV_WINDOW = { dilations: true, ceilMode: false, autoPad: true };
    CONV_WINDOW_NO_AUTO_PAD = { dilations: true, ceilMode: false, autoPad: false };
    CONV_PEERS = 'thop counts the same MACs (no bias); ptflops adds 1 per output for the bias; fvcore reports these MACs as "flops" (1 per multiply-add); onnx-tool adds the bias and, unlike us, counts every elementwise op as MACs too.';
    CONV_LAYOUT = { w: 1, bias: 2, channelsLast: false };
    convTranspose2 = {
      domain: "",
      opType: "ConvTranspose",
      since: 1,
      infer: convTransposeInfer,
      cost: convTransposeCost,
      doc: {
        macs: "N * Cin * prod(in spatial) * (Cout / group) * prod(kernel)",
        flops: "2 * MACs + (B present ? N * Cout * prod(out spatial) : 0)",
        peers: "thop, ptflops and fvcore also count over the input spatial size (thop/ptflops add the bias); counting over the output size instead, as some tools do, overcounts by about stride^2."
      }
    };
    CONV_INTEGER_LAYOUT = { w: 1, bias: void 0, channelsLast: false, outDType: () => "int32" };
    convInteger = {
      domain: "",
      opType: "ConvInteger",
      since: 10,
      infer: (ctx) => convInfer(ctx, CONV_INTEGER_LAYOUT),
      cost(ctx, outs) {
        const { macs } = convMacs(ctx, CONV_INTEGER_LAYOUT, outs[0]);
        return { macs, flops: 2 * macs };
      },
      doc: {
        macs: "as Conv: N * Cout * prod(out spatial) * (Cin / group) * prod(kernel) (integer multiply-accumulates)",
        flops: "2 * MACs (integer operations are counted like floating-point ones; zero-point subtraction is not counted)"
      }
    };
    QLINEAR_CONV_DOC = {
      macs: "as Conv: N * Cout * prod(out spatial) * (Cin / group) * prod(kernel) (integer multiply-accumulates)",
      flops: "2 * MACs + 2 * output elements (requantization: scale multiply and zero-point add) + (B present ? output elements : 0)",
      peers: "onnx-tool counts QLinearConv like Conv; thop/fvcore/ptflops see only the float module."
    };
    DEFORM_LAYOUT = { w: 1, bias: 3, channelsLast: false };
    deformConv = {
      domain: "",
      opType: "DeformConv",
      since: 19,
      infer: (ctx) => {
        const res = convInfer(ctx, DEFORM_LAYOUT, false);
        const offset = ctx.inputs[2]?.type.shape;
        const outShape = res.outputs[0].shape;
        if (offset && offset.length === outShape.length) {
          offset.slice(2).forEach((d, i) => {
            const o = outShape[i + 2];
            if (typeof d === "number" && typeof o === "number" && d !== o) {
              throw new OpError(`offset spatial dim ${i} is ${d} but the output has ${o}`);
            }
          });
        }
        return res;
      },
      cost(ctx, outs) {
        const { macs, outElems: outElems3 } = convMacs(ctx, DEFORM_LAYOUT, outs[0]);
        const w = ctx.shapeOf(1);
        const samples = numel([outs[0].shape[0], ...outs[0].shape.slice(2)]) * numel(w.slice(1)) * ctx.attrs.int("group", 1);
        const perSample = 4 + (has(ctx, 4) ? 1 : 0);
        return { macs, flops: 2 * macs + samples * perSample + (has(ctx, 3) ? outElems3 : 0) };
      },
      doc: {
        macs: "as Conv: N * Cout * prod(out spatial) * (Cin / group) * prod(kernel)",
        flops: "2 * MACs + N * prod(out spatial) * Cin * prod(kernel) * (4 bilinear-sampling FLOPs + 1 if mask) + (B present ? output elements : 0)",
        peers: "torchvision.ops.deform_conv2d is not counted by thop/ptflops/fvcore (custom op); onnx-tool does not support DeformConv."
      }
    };
    NHWC_LAYOUT = { w: 1, bias: 2, channelsLast: true };
    nhwcConv = {
      domain: "com.microsoft",
      opType: "NhwcConv",
      since: 1,
      infer: (ctx) => convInfer(ctx, NHWC_LAYOUT),
      cost(ctx, outs) {
        const { macs, outElems: outElems3 } = convMacs(ctx, NHWC_LAYOUT, outs[0]);
        return { macs, flops: 2 * macs + (has(ctx, 2) ? outElems3 : 0) };
      },
      doc: {
        macs: "as Conv (X and Y are N, spatial..., C; W stays M x C/group x k...)",
        flops: "2 * MACs + (B present ? output elements : 0)"
      }
    };
    ops = [
      convDef(1),
      convTranspose2,
      convInteger,
      qlinearConvDef("", false),
      deformConv,
      fusedConvDef("FusedConv", false),
      fusedConvDef("NhwcFusedConv", true),
      nhwcConv,
      qlinearConvDef("com.microsoft", true)
    ];
  }
});

// build/src/ops/pool.js
var pool_exports = {};
__export(pool_exports, {
  ops: () => ops2
});
function kernelAttr(ctx, spatial) {
  const k = [...ctx.attrs.ints("kernel_shape")];
  if (k.length !== spatial)
    throw new OpError(`kernel_shape has ${k.length} values but the input has ${spatial} spatial axes`);
  for (const x of k)
    if (!Number.isInteger(x) || x < 1)
      throw new OpError(`kernel_shape has invalid value ${x}`);
  return k;
}
function poolInfer(ctx, f, channelsLast2 = false) {
  const x = ctx.shapeOf(0);
  if (x.length < 3)
    throw new OpError(`input X has rank ${x.length}; pooling needs N, C and at least one spatial axis`);
  const kernel = kernelAttr(ctx, x.length - 2);
  const win = readWindow(ctx, kernel, { dilations: f.dilations, ceilMode: f.ceilMode });
  const spatial = (channelsLast2 ? x.slice(1, -1) : x.slice(2)).map((d, i) => windowOutDim(d, i, win));
  const shape = channelsLast2 ? [x[0], ...spatial, x[x.length - 1]] : [x[0], x[1], ...spatial];
  const y = { dtype: ctx.input(0).type.dtype, shape };
  const outputs = [y];
  if (ctx.node.outputs.length > 1 && ctx.node.outputs[1] !== "") {
    if (!f.indices)
      throw new OpError(`${ctx.node.opType} has no Indices output at opset ${ctx.opset} (added in opset 8)`);
    outputs.push({ dtype: "int64", shape });
  }
  return { outputs };
}
function windowFlops(ctx, outs, perTap, perOut2) {
  const taps = numel(ctx.attrs.ints("kernel_shape"));
  return { macs: 0, flops: numel(outs[0].shape) * (taps * perTap + perOut2) };
}
function maxPool(since, f) {
  return {
    domain: "",
    opType: "MaxPool",
    since,
    infer: (ctx) => poolInfer(ctx, f),
    cost: (ctx, outs) => windowFlops(ctx, outs, 1, 0),
    doc: {
      flops: "prod(kernel) per output element (one compare per tap); the Indices output costs nothing extra",
      macs: "0",
      memory: "reads X, writes Y (and Indices as int64 when requested)",
      peers: WINDOW_PEERS
    }
  };
}
function averagePool(since, f) {
  return {
    domain: "",
    opType: "AveragePool",
    since,
    infer: (ctx) => poolInfer(ctx, f),
    cost: (ctx, outs) => windowFlops(ctx, outs, 1, 0),
    doc: {
      flops: "prod(kernel) per output element (count_include_pad changes the divisor, not the cost; the divide is folded in)",
      macs: "0",
      peers: WINDOW_PEERS
    }
  };
}
function lpPool(since, f) {
  return {
    domain: "",
    opType: "LpPool",
    since,
    infer: (ctx) => poolInfer(ctx, f),
    cost: (ctx, outs) => windowFlops(ctx, outs, 2, 1),
    doc: { flops: "(2 * prod(kernel) + 1) per output element: |x|^p and add per tap, one p-th root", macs: "0" }
  };
}
function globalInfer(ctx, channelsLast2 = false) {
  const x = ctx.shapeOf(0);
  if (x.length < 3)
    throw new OpError(`input X has rank ${x.length}; global pooling needs N, C and at least one spatial axis`);
  const ones = x.slice(2).map(() => 1);
  const shape = channelsLast2 ? [x[0], ...ones, x[x.length - 1]] : [x[0], x[1], ...ones];
  return { outputs: [{ dtype: ctx.input(0).type.dtype, shape }] };
}
function globalPool2(opType, since, perIn2, perOut2, flops) {
  return {
    domain: "",
    opType,
    since,
    infer: (ctx) => globalInfer(ctx),
    cost: (ctx, outs) => ({ macs: 0, flops: numel(ctx.shapeOf(0)) * perIn2 + numel(outs[0].shape) * perOut2 }),
    doc: { flops, macs: "0", peers: "ptflops counts 1 per input element like us; thop counts about 1 per input element for adaptive average pooling; fvcore skips it or counts 1 per input (adaptive_avg_pool2d); onnx-tool counts it as MACs." }
  };
}
var WINDOW_PEERS, maxRoiPool, roiAlign, maxUnpool, qlinearAveragePool, qlinearGlobalAveragePool, nhwcMaxPool, NONE, ops2;
var init_pool = __esm({
  "build/src/ops/pool.js"() {
    "use strict";
    init_types();
    init_util();
    init_window();
    WINDOW_PEERS = "thop counts 0 for max pooling; ptflops counts 1 per input element; fvcore skips pooling; onnx-tool counts prod(kernel) per output element as MACs, as our FLOPs (the 3x3 MaxPool of ResNet-18: 9 x 200,704 = 1,806,336); we keep MACs for contractions only.";
    maxRoiPool = {
      domain: "",
      opType: "MaxRoiPool",
      since: 1,
      infer(ctx) {
        const x = ctx.shapeOf(0), rois = ctx.shapeOf(1);
        if (x.length !== 4)
          throw new OpError(`input X has rank ${x.length}; MaxRoiPool needs N, C, H, W`);
        if (rois.length !== 2)
          throw new OpError(`rois has rank ${rois.length}; expected [num_rois, 5]`);
        const pooled = ctx.attrs.ints("pooled_shape");
        if (pooled.length !== 2)
          throw new OpError(`pooled_shape has ${pooled.length} values; expected 2`);
        return { outputs: [{ dtype: ctx.input(0).type.dtype, shape: [rois[0], x[1], pooled[0], pooled[1]] }] };
      },
      cost(ctx, outs) {
        const x = ctx.shapeOf(0);
        const [ph, pw] = ctx.attrs.ints("pooled_shape");
        const bin = Math.ceil(numel([x[2]]) / ph) * Math.ceil(numel([x[3]]) / pw);
        return { macs: 0, flops: numel(outs[0].shape) * bin };
      },
      doc: {
        flops: "ceil(H / ph) * ceil(W / pw) compares per output element: ROI sizes are data, so each ROI is taken to span the whole feature map (an upper bound)",
        macs: "0"
      }
    };
    roiAlign = {
      domain: "",
      opType: "RoiAlign",
      since: 10,
      infer(ctx) {
        const x = ctx.shapeOf(0), rois = ctx.shapeOf(1);
        if (x.length !== 4)
          throw new OpError(`input X has rank ${x.length}; RoiAlign needs N, C, H, W`);
        if (rois.length !== 2)
          throw new OpError(`rois has rank ${rois.length}; expected [num_rois, 4]`);
        const mode = ctx.attrs.string("mode", "avg");
        if (mode !== "avg" && mode !== "max")
          throw new OpError(`mode '${mode}' is not avg or max`);
        const oh = ctx.attrs.int("output_height", 1), ow = ctx.attrs.int("output_width", 1);
        if (oh < 1 || ow < 1)
          throw new OpError(`output size ${oh}x${ow} is not positive`);
        return { outputs: [{ dtype: ctx.input(0).type.dtype, shape: [rois[0], x[1], oh, ow] }] };
      },
      cost(ctx, outs) {
        const x = ctx.shapeOf(0);
        const oh = ctx.attrs.int("output_height", 1), ow = ctx.attrs.int("output_width", 1);
        const ratio = ctx.attrs.int("sampling_ratio", 0);
        const sh = ratio > 0 ? ratio : Math.ceil(numel([x[2]]) / oh);
        const sw = ratio > 0 ? ratio : Math.ceil(numel([x[3]]) / ow);
        return { macs: 0, flops: numel(outs[0].shape) * (sh * sw * 5 + 1) };
      },
      doc: {
        flops: "(s_h * s_w * 5 + 1) per output element: 4 for each bilinear sample, 1 to accumulate it, 1 to average; s = sampling_ratio, or when 0 ceil(H / output_height) and ceil(W / output_width) (ROI taken as the whole feature map: an upper bound)",
        macs: "0",
        peers: "thop/fvcore/ptflops do not count torchvision roi_align; onnx-tool counts a fixed cost per output element."
      }
    };
    maxUnpool = {
      domain: "",
      opType: "MaxUnpool",
      since: 9,
      infer(ctx) {
        const x = ctx.shapeOf(0);
        if (x.length < 3)
          throw new OpError(`input X has rank ${x.length}; MaxUnpool needs N, C and at least one spatial axis`);
        const outputShape = ctx.inputs[2];
        if (outputShape) {
          if (outputShape.value) {
            const v = outputShape.value.data;
            if (v.length !== x.length)
              throw new OpError(`output_shape has ${v.length} values but X has rank ${x.length}`);
            return { outputs: [{ dtype: ctx.input(0).type.dtype, shape: [...v] }] };
          }
          return { outputs: [{ dtype: ctx.input(0).type.dtype, shape: [x[0], x[1], ...x.slice(2).map(() => ctx.freshDim("unpool"))] }] };
        }
        const spatial = x.length - 2;
        const kernel = kernelAttr(ctx, spatial);
        const win = readWindow(ctx, kernel, { dilations: false, ceilMode: false, autoPad: false });
        const shape = [x[0], x[1], ...x.slice(2).map((d, i) => {
          const s = win.strides[i];
          const c = kernel[i] - win.pads[i] - win.pads[i + spatial];
          if (typeof d !== "number")
            return `(${d}-1)*${s}+${c}`;
          const o = (d - 1) * s + c;
          if (o < 1)
            throw new OpError(`spatial axis ${i}: unpooled size would be ${o}`);
          return o;
        })];
        return { outputs: [{ dtype: ctx.input(0).type.dtype, shape }] };
      },
      cost: () => ({ macs: 0, flops: 0 }),
      doc: { flops: "0 (a scatter into a zero-filled output)", macs: "0", memory: "reads X and I, writes the whole output" }
    };
    qlinearAveragePool = {
      domain: "com.microsoft",
      opType: "QLinearAveragePool",
      since: 1,
      infer: (ctx) => poolInfer(ctx, { indices: false, ceilMode: true, dilations: false }, ctx.attrs.int("channels_last", 0) !== 0),
      cost: (ctx, outs) => windowFlops(ctx, outs, 1, 2),
      doc: { flops: "(prod(kernel) + 2) per output element: the taps, then requantization (scale multiply, zero-point add)", macs: "0" }
    };
    qlinearGlobalAveragePool = {
      domain: "com.microsoft",
      opType: "QLinearGlobalAveragePool",
      since: 1,
      infer: (ctx) => globalInfer(ctx, ctx.attrs.int("channels_last", 0) !== 0),
      cost: (ctx, outs) => ({ macs: 0, flops: numel(ctx.shapeOf(0)) + 2 * numel(outs[0].shape) }),
      doc: { flops: "1 per input element + 2 per output element (requantization)", macs: "0" }
    };
    nhwcMaxPool = {
      domain: "com.microsoft",
      opType: "NhwcMaxPool",
      since: 1,
      infer: (ctx) => poolInfer(ctx, { indices: false, ceilMode: true, dilations: true }, true),
      cost: (ctx, outs) => windowFlops(ctx, outs, 1, 0),
      doc: { flops: "prod(kernel) per output element, as MaxPool (X and Y are N, spatial..., C)", macs: "0" }
    };
    NONE = { indices: false, ceilMode: false, dilations: false };
    ops2 = [
      maxPool(1, NONE),
      maxPool(8, { indices: true, ceilMode: false, dilations: false }),
      maxPool(10, { indices: true, ceilMode: true, dilations: true }),
      averagePool(1, NONE),
      averagePool(10, { indices: false, ceilMode: true, dilations: false }),
      averagePool(19, { indices: false, ceilMode: true, dilations: true }),
      lpPool(1, NONE),
      lpPool(18, { indices: false, ceilMode: true, dilations: true }),
      globalPool2("GlobalAveragePool", 1, 1, 0, "1 per input element (the add; the divide per output is folded in)"),
      globalPool2("GlobalMaxPool", 1, 1, 0, "1 per input element (one compare each)"),
      globalPool2("GlobalLpPool", 1, 2, 1, "2 per input element (|x|^p and add) + 1 per output element (p-th root)"),
      maxRoiPool,
      roiAlign,
      maxUnpool,
      qlinearAveragePool,
      qlinearGlobalAveragePool,
      nhwcMaxPool
    ];
  }
});

// build/src/ops/matmul.js
var matmul_exports = {};
__export(matmul_exports, {
  einsumPairwiseCost: () => einsumPairwiseCost,
  einsumPlan: () => einsumPlan,
  fusedOperand: () => fusedOperand,
  matmulShape: () => matmulShape,
  ops: () => ops3
});
function sameDim(a, b) {
  return typeof a !== "number" || typeof b !== "number" || a === b;
}
function matmulShape(a, b) {
  if (a.length === 0 || b.length === 0)
    throw new OpError("MatMul operands must have rank >= 1 (got a scalar)");
  const a2 = a.length === 1 ? [1, a[0]] : a;
  const b2 = b.length === 1 ? [b[0], 1] : b;
  const m = a2[a2.length - 2], k = a2[a2.length - 1];
  const kb = b2[b2.length - 2], n = b2[b2.length - 1];
  if (!sameDim(k, kb))
    throw new OpError(`inner dimensions differ: [${a.join(",")}] x [${b.join(",")}] (${k} vs ${kb})`);
  const batch = broadcastShapes([a2.slice(0, -2), b2.slice(0, -2)]);
  const out = [...batch];
  if (a.length !== 1)
    out.push(m);
  if (b.length !== 1)
    out.push(n);
  return { out, batch, m, k: typeof k === "number" ? k : kb, n };
}
function matmulMacs(s) {
  return numel(s.batch) * numel([s.m, s.k, s.n]);
}
function outElems(s) {
  return numel(s.out);
}
function matmulLikeDef(domain, opType, since, like, doc) {
  const shapeOf = (ctx) => matmulShape(ctx.shapeOf(like.a), ctx.shapeOf(like.b));
  return {
    domain,
    opType,
    since,
    infer(ctx) {
      const plan = shapeOf(ctx);
      return { outputs: [{ dtype: like.outDType(ctx), shape: plan.out }], plan };
    },
    cost(ctx, _outs, plan) {
      const s = plan ?? shapeOf(ctx);
      const macs = matmulMacs(s);
      return { macs, flops: 2 * macs + like.epilogue(ctx, s) };
    },
    doc
  };
}
function gemmDims(ctx, g) {
  const a = ctx.shapeOf(g.a), b = ctx.shapeOf(g.b);
  if (a.length !== 2 || b.length !== 2)
    throw new OpError(`${g.opType} needs 2-D A and B (got ranks ${a.length} and ${b.length})`);
  const transA = ctx.attrs.int("transA", 0) !== 0, transB = ctx.attrs.int("transB", 0) !== 0;
  const [m, k] = transA ? [a[1], a[0]] : [a[0], a[1]];
  const [kb, n] = transB ? [b[1], b[0]] : [b[0], b[1]];
  if (!sameDim(k, kb))
    throw new OpError(`inner dimensions differ: A gives K=${k}, B gives K=${kb} (transA=${+transA}, transB=${+transB})`);
  return { m, k: typeof k === "number" ? k : kb, n };
}
function gemmLikeDef(g) {
  return {
    domain: g.domain,
    opType: g.opType,
    since: g.since,
    infer(ctx) {
      const { m, n } = gemmDims(ctx, g);
      const c = ctx.inputs[g.c];
      if (!c && !g.cOptional)
        throw new OpError(`input C is required before opset 11 (this model uses opset ${ctx.opset})`);
      if (c?.type.shape) {
        const cs = c.type.shape;
        if (cs.length > 2)
          throw new OpError(`C has rank ${cs.length}; it must broadcast to [M, N]`);
        const target = [m, n].slice(2 - cs.length);
        cs.forEach((d, i) => {
          const t = target[i];
          if (typeof d === "number" && d !== 1 && typeof t === "number" && d !== t) {
            throw new OpError(`C of shape [${cs.join(",")}] does not broadcast to [${m},${n}]`);
          }
        });
      }
      return { outputs: [{ dtype: g.outDType(ctx), shape: [m, n] }] };
    },
    cost(ctx, outs) {
      const { m, k, n } = gemmDims(ctx, g);
      const macs = numel([m, k, n]);
      const perOut2 = (present(ctx, g.c) ? 1 : 0) + g.perOut(ctx);
      return { macs, flops: 2 * macs + perOut2 * numel(outs[0].shape) };
    },
    doc: g.doc
  };
}
function gemmDef(since, cOptional) {
  return gemmLikeDef({ domain: "", opType: "Gemm", since, a: 0, b: 1, c: 2, cOptional, outDType: dtypeOf(0), perOut: () => 0, doc: GEMM_DOC });
}
function parseTerm(raw, where) {
  const t = raw.trim();
  const dots = t.indexOf("...");
  if (dots >= 0 && t.indexOf("...", dots + 1) >= 0)
    throw new OpError(`einsum ${where} '${t}' has more than one ellipsis`);
  const letters = t.replace("...", "").split("");
  for (const c of letters)
    if (!/^[A-Za-z]$/.test(c))
      throw new OpError(`einsum ${where} '${t}' has invalid character '${c}'`);
  return { letters: dots >= 0 ? [...t.slice(0, dots).split(""), "...", ...t.slice(dots + 3).split("")] : letters, hasEllipsis: dots >= 0 };
}
function einsumPlan(equation, shapes) {
  const eq = equation.replace(/\s+/g, "");
  const [lhs, rhs] = eq.split("->");
  if (eq.split("->").length > 2)
    throw new OpError(`einsum equation '${equation}' has more than one '->'`);
  const terms = lhs.split(",").map((t, i) => parseTerm(t, `operand ${i}`));
  if (terms.length !== shapes.length)
    throw new OpError(`einsum equation '${equation}' names ${terms.length} operands but the node has ${shapes.length}`);
  const sizes = /* @__PURE__ */ new Map();
  const counts = /* @__PURE__ */ new Map();
  const ellipsisShapes = [];
  const perOperand = [];
  terms.forEach((term, i) => {
    const shape = shapes[i];
    const named = term.letters.filter((c) => c !== "...").length;
    if (term.hasEllipsis ? shape.length < named : shape.length !== named) {
      throw new OpError(`einsum operand ${i} has rank ${shape.length} but its term names ${named} axes${term.hasEllipsis ? " plus an ellipsis" : ""}`);
    }
    let axis = 0;
    perOperand.push({ letters: term.letters.filter((c) => c !== "..."), ellipsisRank: term.hasEllipsis ? shape.length - named : -1 });
    for (const c of term.letters) {
      if (c === "...") {
        const r = shape.length - named;
        ellipsisShapes.push(shape.slice(axis, axis + r));
        axis += r;
        continue;
      }
      const d = shape[axis++];
      const prev = sizes.get(c);
      if (prev === void 0 || prev === 1)
        sizes.set(c, d);
      else if (typeof prev === "number" && typeof d === "number" && d !== prev && d !== 1) {
        throw new OpError(`einsum index '${c}' has size ${prev} in one operand and ${d} in operand ${i}`);
      } else if (typeof prev !== "number" && typeof d === "number" && d !== 1)
        sizes.set(c, d);
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  });
  const ell = broadcastShapes(ellipsisShapes);
  ell.forEach((d, i) => sizes.set(`...${i}`, d));
  let outLetters;
  if (rhs !== void 0) {
    outLetters = parseTerm(rhs, "output").letters;
    for (const c of outLetters) {
      if (c !== "..." && !sizes.has(c))
        throw new OpError(`einsum output index '${c}' appears in no operand`);
    }
  } else {
    outLetters = [...ellipsisShapes.length ? ["..."] : [], ...[...counts].filter(([, n]) => n === 1).map(([c]) => c).sort()];
  }
  const out = [];
  const kept = /* @__PURE__ */ new Set();
  for (const c of outLetters) {
    if (c === "...") {
      out.push(...ell);
      ell.forEach((_, i) => kept.add(`...${i}`));
    } else {
      out.push(sizes.get(c));
      kept.add(c);
    }
  }
  const reduces = [...sizes.keys()].some((c) => !kept.has(c));
  const operandIndices = perOperand.map(({ letters, ellipsisRank }) => /* @__PURE__ */ new Set([
    ...letters,
    ...Array.from({ length: Math.max(ellipsisRank, 0) }, (_, j) => `...${ell.length - ellipsisRank + j}`)
  ]));
  return { out, sizes, operands: terms.length, reduces, operandIndices, outIndices: kept };
}
function einsumPairwiseCost(plan) {
  let macs = 0;
  let multiplies = 0;
  let running = new Set(plan.operandIndices[0]);
  for (let k = 1; k < plan.operands; k++) {
    const union = /* @__PURE__ */ new Set([...running, ...plan.operandIndices[k]]);
    const later = new Set(plan.outIndices);
    for (let m = k + 1; m < plan.operands; m++)
      for (const c of plan.operandIndices[m])
        later.add(c);
    const kept = new Set([...union].filter((c) => later.has(c)));
    const points = numel([...union].map((c) => plan.sizes.get(c)));
    if (kept.size < union.size)
      macs += points;
    else
      multiplies += points;
    running = kept;
  }
  return { macs, flops: 2 * macs + multiplies };
}
function fusedOperand(shape, trans, transBatch, name) {
  if (shape.length === 1)
    return [...shape];
  const r = shape.length;
  if (transBatch && r < 3)
    throw new OpError(`transBatch${name} needs rank >= 3 (got ${r})`);
  const base = transBatch ? [...shape.slice(1, r - 1), shape[0], shape[r - 1]] : [...shape];
  if (trans)
    [base[r - 2], base[r - 1]] = [base[r - 1], base[r - 2]];
  return base;
}
function fusedMatMulDef(opType) {
  const shapeOf = (ctx) => matmulShape(fusedOperand(ctx.shapeOf(0), ctx.attrs.int("transA", 0) !== 0, ctx.attrs.int("transBatchA", 0) !== 0, "A"), fusedOperand(ctx.shapeOf(1), ctx.attrs.int("transB", 0) !== 0, ctx.attrs.int("transBatchB", 0) !== 0, "B"));
  return {
    domain: "com.microsoft",
    opType,
    since: 1,
    infer: (ctx) => ({ outputs: [{ dtype: ctx.input(0).type.dtype, shape: shapeOf(ctx).out }] }),
    cost(ctx) {
      const macs = matmulMacs(shapeOf(ctx));
      return { macs, flops: 2 * macs };
    },
    doc: {
      macs: `${MATMUL_MACS}, after transA/transB (swap the last two axes) and transBatchA/transBatchB (move axis 0 before the last axis)`,
      flops: "2 * MACs (alpha folded into the product, not counted)",
      peers: "an onnxruntime fusion of Transpose + MatMul; peers count the MatMul of the unfused graph the same way."
    }
  };
}
var dtypeOf, present, MATMUL_MACS, MATMUL_PEERS, matMul, matMulInteger, qlinearMatMul, GEMM_DOC, fusedGemm, qGemm, einsum, matMulNBits, qOrderedMatMul, matMulIntegerToFloat, dynamicQuantizeMatMul, ops3;
var init_matmul = __esm({
  "build/src/ops/matmul.js"() {
    "use strict";
    init_types();
    init_util();
    dtypeOf = (i) => (ctx) => ctx.inputs[i]?.type.dtype;
    present = (ctx, i) => ctx.inputs[i] !== void 0;
    MATMUL_MACS = "prod(broadcast batch dims) * M * K * N (1-D operands promoted as in numpy.matmul)";
    MATMUL_PEERS = "fvcore and ptflops (aten and pytorch backends) count the same M*K*N per batch; thop only counts nn.Linear modules, never functional torch.matmul; onnx-tool counts the same MACs.";
    matMul = matmulLikeDef("", "MatMul", 1, { a: 0, b: 1, outDType: dtypeOf(0), epilogue: () => 0 }, {
      macs: MATMUL_MACS,
      flops: "2 * MACs",
      peers: MATMUL_PEERS
    });
    matMulInteger = matmulLikeDef("", "MatMulInteger", 10, { a: 0, b: 1, outDType: () => "int32", epilogue: () => 0 }, {
      macs: MATMUL_MACS,
      flops: "2 * MACs (integer operations counted like floating-point ones; zero points not counted)"
    });
    qlinearMatMul = matmulLikeDef("", "QLinearMatMul", 10, {
      a: 0,
      b: 3,
      outDType: (ctx) => ctx.inputs[7]?.type.dtype ?? ctx.inputs[0]?.type.dtype,
      epilogue: (_ctx, s) => 2 * outElems(s)
    }, { macs: MATMUL_MACS, flops: "2 * MACs + 2 per output element (requantization: scale multiply and zero-point add)" });
    GEMM_DOC = {
      macs: "M * K * N",
      flops: "2 * MACs + (C present ? M * N : 0); alpha and beta scaling are not counted (folded into the product and the bias add)",
      peers: 'thop counts M*K*N for nn.Linear (no bias); ptflops adds M*N for the bias; fvcore reports M*K*N as "flops"; onnx-tool counts M*K*N plus the bias add.'
    };
    fusedGemm = gemmLikeDef({
      domain: "com.microsoft",
      opType: "FusedGemm",
      since: 1,
      a: 0,
      b: 1,
      c: 2,
      cOptional: true,
      outDType: dtypeOf(0),
      perOut: (ctx) => ctx.attrs.string("activation", "") !== "" ? 1 : 0,
      doc: { macs: "M * K * N", flops: "2 * MACs + (C present ? M * N : 0) + (activation set ? M * N : 0)" }
    });
    qGemm = gemmLikeDef({
      domain: "com.microsoft",
      opType: "QGemm",
      since: 1,
      a: 0,
      b: 3,
      c: 6,
      cOptional: true,
      outDType: (ctx) => present(ctx, 7) ? ctx.inputs[8]?.type.dtype ?? ctx.inputs[0]?.type.dtype : ctx.inputs[1]?.type.dtype,
      perOut: (ctx) => present(ctx, 7) ? 2 : 1,
      doc: { macs: "M * K * N (integer)", flops: "2 * MACs + (C present ? M * N : 0) + M * N * (2 to requantize when y_scale is given, else 1 to scale to float)" }
    });
    einsum = {
      domain: "",
      opType: "Einsum",
      since: 12,
      infer(ctx) {
        const n = ctx.node.inputs.length;
        if (n < 1)
          throw new OpError("Einsum needs at least one input");
        const shapes = Array.from({ length: n }, (_, i) => ctx.shapeOf(i));
        const plan = einsumPlan(ctx.attrs.string("equation"), shapes);
        return { outputs: [{ dtype: ctx.input(0).type.dtype, shape: plan.out }] };
      },
      cost(ctx) {
        const shapes = Array.from({ length: ctx.node.inputs.length }, (_, i) => ctx.shapeOf(i));
        const plan = einsumPlan(ctx.attrs.string("equation"), shapes);
        if (plan.operands === 1) {
          return { macs: 0, flops: plan.reduces ? numel(shapes[0]) : 0 };
        }
        return einsumPairwiseCost(plan);
      },
      doc: {
        macs: "contractions only, pairwise left to right ((A1 A2) A3 ...): each step that sums an index away counts the product of the sizes of the indices of both its operands; elementwise and outer-product steps (nothing summed, e.g. ij,ij->ij) 0; one operand: 0",
        flops: "2 * MACs + 1 per point of each step that sums nothing (a multiply per output element); one operand: one add per input element when an index is summed, else 0",
        peers: "fvcore counts einsum by its optimized contraction path (the same as pairwise for two operands and for left-to-right chains); thop and ptflops do not count torch.einsum; onnx-tool counts the product of all index sizes, elementwise einsums included, as MACs."
      }
    };
    matMulNBits = {
      domain: "com.microsoft",
      opType: "MatMulNBits",
      since: 1,
      infer(ctx) {
        const a = ctx.shapeOf(0);
        const k = ctx.attrs.int("K"), n = ctx.attrs.int("N");
        const bits = ctx.attrs.int("bits", 4), blockSize = ctx.attrs.int("block_size");
        if (k < 1 || n < 1)
          throw new OpError(`K=${k} and N=${n} must be positive`);
        if (bits < 1 || bits > 8)
          throw new OpError(`bits=${bits} is not between 1 and 8`);
        if (blockSize < 16 || (blockSize & blockSize - 1) !== 0)
          throw new OpError(`block_size=${blockSize} must be a power of 2 and at least 16`);
        if (a.length < 1)
          throw new OpError("input A must have rank >= 1");
        const ka = a[a.length - 1];
        if (typeof ka === "number" && ka !== k)
          throw new OpError(`A's last dimension is ${ka} but attribute K is ${k}`);
        const b = ctx.inputs[1]?.type.shape;
        if (b && b.length === 3 && typeof b[0] === "number" && b[0] !== n)
          throw new OpError(`B has ${b[0]} rows but attribute N is ${n}`);
        return { outputs: [{ dtype: ctx.input(0).type.dtype, shape: [...a.slice(0, -1), n] }] };
      },
      cost(ctx, outs) {
        const a = ctx.shapeOf(0);
        const k = ctx.attrs.int("K"), n = ctx.attrs.int("N");
        const rows = numel(a.slice(0, -1));
        const macs = rows * k * n;
        const dequant = 2 * k * n;
        const bias = present(ctx, 5) ? numel(outs[0].shape) : 0;
        return { macs, flops: 2 * macs + dequant + bias };
      },
      doc: {
        macs: "prod(A leading dims) * K * N (M * K * N)",
        flops: "2 * MACs + 2 * K * N (weight dequantization: zero-point subtract and scale multiply) + (bias present ? output elements : 0)",
        memory: "reads A, the packed B as stored (uint8 [N, ceil(K / block_size), block_size * bits / 8]: bits/8 bytes per weight), the scales and zero points; writes the output",
        peers: "onnx-tool counts M * K * N MACs and no dequantization; PyTorch peers see the float Linear layer."
      }
    };
    qOrderedMatMul = matmulLikeDef("com.microsoft", "QOrderedMatMul", 1, {
      a: 0,
      b: 2,
      outDType: () => "int8",
      epilogue: (ctx, s) => outElems(s) * (2 + (present(ctx, 5) ? 1 : 0) + (present(ctx, 6) ? 2 : 0))
    }, {
      macs: MATMUL_MACS,
      flops: "2 * MACs + per output element: 2 (requantize) + 1 if bias + 2 if C (scaled add)"
    });
    matMulIntegerToFloat = matmulLikeDef("com.microsoft", "MatMulIntegerToFloat", 1, {
      a: 0,
      b: 1,
      outDType: dtypeOf(2),
      epilogue: (ctx, s) => outElems(s) * (1 + (present(ctx, 6) ? 1 : 0))
    }, {
      macs: MATMUL_MACS,
      flops: "2 * MACs + 1 per output element (scale to float) + (bias present ? output elements : 0)"
    });
    dynamicQuantizeMatMul = matmulLikeDef("com.microsoft", "DynamicQuantizeMatMul", 1, {
      a: 0,
      b: 1,
      outDType: dtypeOf(0),
      epilogue: (ctx, s) => 4 * numel(ctx.shapeOf(0)) + outElems(s) * (1 + (present(ctx, 4) ? 1 : 0))
    }, {
      macs: MATMUL_MACS,
      flops: "2 * MACs + 4 per element of A (range scan and quantization) + 1 per output element (scale to float) + (bias present ? output elements : 0)"
    });
    ops3 = [
      matMul,
      gemmDef(1, false),
      gemmDef(11, true),
      matMulInteger,
      qlinearMatMul,
      einsum,
      fusedMatMulDef("FusedMatMul"),
      fusedMatMulDef("TransposeMatMul"),
      fusedGemm,
      qGemm,
      matMulNBits,
      qOrderedMatMul,
      matMulIntegerToFloat,
      dynamicQuantizeMatMul
    ];
  }
});

// build/src/ops/rnn.js
var rnn_exports = {};
__export(rnn_exports, {
  ops: () => ops4
});
function rnnDims(ctx, kind, layoutDefined) {
  const x = ctx.shapeOf(0);
  if (x.length !== 3)
    throw new OpError(`input X has rank ${x.length}; expected 3`);
  let layout2 = 0;
  if (ctx.attrs.has("layout")) {
    if (layoutDefined)
      layout2 = ctx.attrs.int("layout");
    else
      ctx.warn(`attribute 'layout' is not defined for ${kind.opType} before opset 14; ignored`);
  }
  if (layout2 !== 0 && layout2 !== 1)
    throw new OpError(`layout ${layout2} is not 0 or 1`);
  const direction = ctx.attrs.string("direction", "forward");
  if (direction !== "forward" && direction !== "reverse" && direction !== "bidirectional") {
    throw new OpError(`direction '${direction}' is not forward, reverse or bidirectional`);
  }
  const dirs = direction === "bidirectional" ? 2 : 1;
  const w = ctx.shapeOf(1), r = ctx.shapeOf(2);
  if (w.length !== 3 || r.length !== 3)
    throw new OpError(`W and R must have rank 3 (got ${w.length} and ${r.length})`);
  for (const [name, s] of [["W", w], ["R", r]]) {
    if (typeof s[0] === "number" && s[0] !== dirs)
      throw new OpError(`${name} has ${s[0]} directions but direction is '${direction}'`);
  }
  let hidden = ctx.attrs.has("hidden_size") ? ctx.attrs.int("hidden_size") : r[2];
  if (typeof hidden === "number" && hidden < 1)
    throw new OpError(`hidden_size ${hidden} is not positive`);
  if (typeof hidden !== "number" && typeof w[1] === "number")
    hidden = w[1] / kind.gates;
  for (const [name, s] of [["W", w], ["R", r]]) {
    if (typeof s[1] === "number" && typeof hidden === "number" && s[1] !== kind.gates * hidden) {
      throw new OpError(`${name}.shape[1] is ${s[1]} but ${kind.opType} with hidden_size ${hidden} needs ${kind.gates} * ${hidden} = ${kind.gates * hidden}`);
    }
  }
  if (typeof r[2] === "number" && typeof hidden === "number" && r[2] !== hidden)
    throw new OpError(`R.shape[2] is ${r[2]} but hidden_size is ${hidden}`);
  const [seq, batch] = layout2 === 0 ? [x[0], x[1]] : [x[1], x[0]];
  const input = typeof x[2] === "number" ? x[2] : w[2];
  if (typeof x[2] === "number" && typeof w[2] === "number" && x[2] !== w[2])
    throw new OpError(`X has input size ${x[2]} but W.shape[2] is ${w[2]}`);
  return { seq, batch, input, hidden, dirs, layout: layout2 };
}
function rnnInfer(ctx, kind, layoutDefined) {
  const d = rnnDims(ctx, kind, layoutDefined);
  const dtype = ctx.input(0).type.dtype;
  const y = { dtype, shape: d.layout === 0 ? [d.seq, d.dirs, d.batch, d.hidden] : [d.batch, d.seq, d.dirs, d.hidden] };
  const state = { dtype, shape: d.layout === 0 ? [d.dirs, d.batch, d.hidden] : [d.batch, d.dirs, d.hidden] };
  const count2 = Math.min(Math.max(ctx.node.outputs.length, 1), kind.outputs);
  if (ctx.node.outputs.length > kind.outputs)
    throw new OpError(`${kind.opType} has at most ${kind.outputs} outputs (node lists ${ctx.node.outputs.length})`);
  return { outputs: [y, state, state].slice(0, count2) };
}
function rnnCost(ctx, kind, layoutDefined) {
  const d = rnnDims(ctx, kind, layoutDefined);
  const unitSteps = numel([d.seq, d.batch, d.hidden]) * d.dirs;
  const macs = unitSteps * kind.gates * (numel([d.input]) + numel([d.hidden]));
  const bias = ctx.inputs[3] !== void 0;
  const peephole = kind.opType === "LSTM" && ctx.inputs[7] !== void 0;
  return { macs, flops: 2 * macs + unitSteps * kind.perUnit(bias, peephole) };
}
function rnnDef(kind, since) {
  const layoutDefined = since >= 14;
  return {
    domain: "",
    opType: kind.opType,
    since,
    infer: (ctx) => rnnInfer(ctx, kind, layoutDefined),
    cost: (ctx) => rnnCost(ctx, kind, layoutDefined),
    doc: {
      macs: `num_directions * seq_length * batch * ${kind.gates} * H * (I + H)`,
      flops: kind.flopsDoc,
      peers: RNN_PEERS
    }
  };
}
var KINDS, RNN_PEERS, ops4;
var init_rnn = __esm({
  "build/src/ops/rnn.js"() {
    "use strict";
    init_types();
    init_util();
    KINDS = {
      RNN: {
        opType: "RNN",
        gates: 1,
        outputs: 2,
        perUnit: (bias) => 1 + (bias ? 2 : 0),
        flopsDoc: "2 * MACs + dirs * seq * batch * H * (1 activation + 2 bias adds if B)"
      },
      GRU: {
        opType: "GRU",
        gates: 3,
        outputs: 2,
        perUnit: (bias) => 8 + (bias ? 6 : 0),
        flopsDoc: "2 * MACs + dirs * seq * batch * H * (8 + 6 if B): per hidden unit and step 2 sigmoid + 1 tanh, 1 reset multiply, 4 for (1 - z) * h~ + z * h, and 2 bias adds per gate"
      },
      LSTM: {
        opType: "LSTM",
        gates: 4,
        outputs: 3,
        perUnit: (bias, peephole) => 9 + (bias ? 8 : 0) + (peephole ? 6 : 0),
        flopsDoc: "2 * MACs + dirs * seq * batch * H * (9 + 8 if B + 6 if P): per hidden unit and step 3 sigmoid + 2 tanh, 3 for the cell update f*c + i*g, 1 for o * tanh(c), 2 bias adds per gate, 2 per peephole gate"
      }
    };
    RNN_PEERS = "thop and ptflops add bias and gate elementwise work to their MACs (lstm.onnx: thop 46.29 M, ptflops 46.34 M against 45.88 M contraction MACs); fvcore skips nn.LSTM/nn.GRU entirely; onnx-tool also counts the activations as MACs (50.69 M).";
    ops4 = [
      rnnDef(KINDS.RNN, 1),
      rnnDef(KINDS.RNN, 14),
      rnnDef(KINDS.GRU, 1),
      rnnDef(KINDS.GRU, 14),
      rnnDef(KINDS.LSTM, 1),
      rnnDef(KINDS.LSTM, 14)
    ];
  }
});

// build/src/ops/attention.js
var attention_exports = {};
__export(attention_exports, {
  ops: () => ops5
});
function div(a, b, what) {
  if (!Number.isInteger(b) || b < 1)
    throw new OpError(`${what}: divisor ${b} is not a positive integer`);
  if (typeof a !== "number")
    return b === 1 ? a : `${a}/${b}`;
  if (a % b !== 0)
    throw new OpError(`${what}: ${a} is not divisible by ${b}`);
  return a / b;
}
function mul(a, b) {
  if (typeof a === "number")
    return a * b;
  return b === 1 ? a : `${a}*${b}`;
}
function add(a, b) {
  if (typeof a === "number" && typeof b === "number")
    return a + b;
  if (a === 0)
    return b;
  if (b === 0)
    return a;
  return `${a}+${b}`;
}
function rank(ctx, i, ranks, name) {
  const s = ctx.shapeOf(i);
  if (!ranks.includes(s.length))
    throw new OpError(`${name} has rank ${s.length}; expected ${ranks.join(" or ")}`);
  return s;
}
function present2(ctx, i) {
  return ctx.inputs[i] !== void 0;
}
function coreCost(c, perScore) {
  const scores = numel([c.batch, c.heads, c.seq, c.total]);
  const macs = scores * (numel([c.headSize]) + numel([c.vHeadSize]));
  return { macs, flops: 2 * macs + scores * perScore, scores };
}
function msAttentionDims(ctx, pastIndex) {
  const x = rank(ctx, 0, [3], "input");
  const w = rank(ctx, 1, [2], "weights");
  const heads = ctx.attrs.int("num_heads");
  if (heads < 1)
    throw new OpError(`num_heads ${heads} is not positive`);
  let qkv;
  if (ctx.attrs.has("qkv_hidden_sizes")) {
    const s = ctx.attrs.ints("qkv_hidden_sizes");
    if (s.length !== 3)
      throw new OpError(`qkv_hidden_sizes has ${s.length} values; expected 3`);
    qkv = [s[0], s[1], s[2]];
  } else {
    const total = w[1];
    if (typeof total !== "number")
      throw new OpError(`weights dim '${total}' is symbolic and qkv_hidden_sizes is absent`);
    if (total % 3 !== 0)
      throw new OpError(`weights.shape[1] = ${total} is not divisible by 3 and qkv_hidden_sizes is absent`);
    qkv = [total / 3, total / 3, total / 3];
  }
  if (typeof w[1] === "number" && w[1] !== qkv[0] + qkv[1] + qkv[2]) {
    throw new OpError(`weights.shape[1] = ${w[1]} but qkv_hidden_sizes sum to ${qkv[0] + qkv[1] + qkv[2]}`);
  }
  if (typeof x[2] === "number" && typeof w[0] === "number" && x[2] !== w[0]) {
    throw new OpError(`input hidden size ${x[2]} does not match weights.shape[0] = ${w[0]}`);
  }
  let past = 0;
  if (present2(ctx, pastIndex)) {
    const p = rank(ctx, pastIndex, [5], "past");
    past = p[3];
  }
  const seq = x[1];
  return {
    batch: x[0],
    seq,
    heads,
    inputHidden: x[2],
    qkv,
    past,
    total: add(past, seq),
    headSize: div(qkv[0], heads, "hidden_size / num_heads"),
    vHeadSize: div(qkv[2], heads, "v_hidden_size / num_heads")
  };
}
function msAttentionDef(io) {
  return {
    domain: "com.microsoft",
    opType: io.opType,
    since: 1,
    infer(ctx) {
      const d = msAttentionDims(ctx, io.past);
      const dtype = ctx.inputs[io.dtypeFrom]?.type.dtype ?? ctx.input(0).type.dtype;
      const shareBuffer = ctx.attrs.int("past_present_share_buffer", 0) !== 0 && present2(ctx, io.past);
      const presentShape = shareBuffer ? [...ctx.shapeOf(io.past)] : [2, d.batch, d.heads, d.total, d.headSize];
      return { outputs: fitOutputs(ctx, [{ dtype, shape: [d.batch, d.seq, d.qkv[2]] }, { dtype, shape: presentShape }]) };
    },
    cost(ctx) {
      const d = msAttentionDims(ctx, io.past);
      const rows = numel([d.batch, d.seq]);
      const projected = rows * (d.qkv[0] + d.qkv[1] + d.qkv[2]);
      const projMacs = projected * numel([d.inputHidden]);
      const masked = present2(ctx, io.mask) || io.attentionBias !== void 0 && present2(ctx, io.attentionBias) || ctx.attrs.int("unidirectional", 0) !== 0;
      const core = coreCost(d, 4 + (masked ? 1 : 0));
      const bias = present2(ctx, 2) ? projected : 0;
      const dequant = io.quantized ? projected : 0;
      const rotary = ctx.attrs.int("do_rotary", 0) !== 0 ? 3 * rows * (d.qkv[0] + d.qkv[1]) : 0;
      return { macs: projMacs + core.macs, flops: 2 * projMacs + core.flops + bias + dequant + rotary };
    },
    doc: {
      macs: "B * S * input_hidden * (q_hidden + k_hidden + v_hidden) (packed QKV projection) + B * heads * S * T * (head_size + v_head_size) (QK^T and AV), T = past + S",
      flops: `2 * MACs + QKV bias (B * S * 3 * hidden if present)${io.quantized ? " + 1 per projected element (scale to float)" : ""} + ${CORE_DOC} (+1 if mask_index, attention_bias or unidirectional) + 3 per rotated Q/K element if do_rotary`,
      peers: ATTN_PEERS
    }
  };
}
function mhaDims(ctx) {
  const heads = ctx.attrs.int("num_heads");
  if (heads < 1)
    throw new OpError(`num_heads ${heads} is not positive`);
  const q2 = rank(ctx, 0, [3, 5], "query");
  const batch = q2[0], seq = q2[1];
  if (q2.length === 5) {
    if (typeof q2[2] === "number" && q2[2] !== heads)
      throw new OpError(`packed query has ${q2[2]} heads but num_heads is ${heads}`);
    if (typeof q2[3] === "number" && q2[3] !== 3)
      throw new OpError(`packed query axis 3 is ${q2[3]}; expected 3`);
    return { batch, seq, heads, kvSeq: seq, past: 0, total: seq, headSize: q2[4], vHeadSize: q2[4], concat: true };
  }
  const headSize = div(q2[2], heads, "query hidden_size / num_heads");
  if (!present2(ctx, 1))
    throw new OpError("key is required unless query is packed QKV of rank 5");
  const k = rank(ctx, 1, [3, 4, 5], "key");
  let kvSeq, vHeadSize, concat3 = true;
  if (k.length === 5) {
    kvSeq = k[1];
    vHeadSize = k[4];
  } else if (k.length === 4) {
    kvSeq = k[2];
    const v = present2(ctx, 2) ? rank(ctx, 2, [4], "value") : void 0;
    vHeadSize = v ? v[3] : k[3];
    concat3 = false;
  } else {
    kvSeq = k[1];
    const v = present2(ctx, 2) ? rank(ctx, 2, [3], "value") : void 0;
    vHeadSize = v ? div(v[2], heads, "value hidden_size / num_heads") : headSize;
  }
  let past = 0;
  if (concat3 && present2(ctx, 6))
    past = rank(ctx, 6, [4], "past_key")[2];
  return { batch, seq, heads, kvSeq, past, total: add(past, kvSeq), headSize, vHeadSize, concat: concat3 };
}
function checkKeyWidth(width, kvHeads, headSize, name) {
  if (typeof width === "number" && typeof headSize === "number" && width !== kvHeads * headSize) {
    throw new OpError(`${name} width ${width} is not kv_num_heads x head_size = ${kvHeads} x ${headSize} = ${kvHeads * headSize}`);
  }
}
function gqaDims(ctx) {
  const heads = ctx.attrs.int("num_heads"), kvHeads = ctx.attrs.int("kv_num_heads");
  if (heads < 1 || kvHeads < 1)
    throw new OpError(`num_heads ${heads} and kv_num_heads ${kvHeads} must be positive`);
  if (heads % kvHeads !== 0)
    throw new OpError(`num_heads ${heads} is not a multiple of kv_num_heads ${kvHeads}`);
  const q2 = rank(ctx, 0, [3], "query");
  const batch = q2[0], seq = q2[1];
  let headSize, kvSeq;
  if (present2(ctx, 1)) {
    headSize = div(q2[2], heads, "query hidden_size / num_heads");
    const key = rank(ctx, 1, [3], "key");
    checkKeyWidth(key[2], kvHeads, headSize, "key");
    kvSeq = key[1];
  } else {
    headSize = div(q2[2], heads + 2 * kvHeads, "packed QKV width / (num_heads + 2 * kv_num_heads)");
    kvSeq = seq;
  }
  const past = present2(ctx, 3) ? rank(ctx, 3, [4], "past_key")[2] : void 0;
  const tsl = ctx.inputs[6]?.value?.data[0];
  const total = tsl !== void 0 ? tsl : add(past ?? 0, kvSeq);
  const presentSeq = past === void 0 ? total : typeof past === "number" && typeof total === "number" ? Math.max(past, total) : tsl !== void 0 ? total : add(past, kvSeq);
  return { batch, seq, heads, kvHeads, kvSeq, total, headSize, vHeadSize: headSize, presentSeq };
}
function rotaryFlops(ctx, x, cosIndex) {
  const heads = ctx.attrs.int("num_heads", 0);
  const attrDim = ctx.attrs.int("rotary_embedding_dim", 0);
  const cos = ctx.inputs[cosIndex]?.type.shape;
  const rotDim = attrDim > 0 ? attrDim : cos && cos.length > 0 ? 2 * numel([cos[cos.length - 1]]) : void 0;
  let headSize;
  if (x.length === 4)
    headSize = numel([x[3]]);
  else if (heads > 0)
    headSize = numel([x[2]]) / heads;
  const fraction = rotDim !== void 0 && headSize !== void 0 && headSize > 0 ? Math.min(1, rotDim / headSize) : 1;
  return 3 * numel(x) * fraction;
}
function rotaryDef(domain, since, cosIndex) {
  return {
    domain,
    opType: "RotaryEmbedding",
    since,
    infer(ctx) {
      const x = rank(ctx, 0, [3, 4], "input");
      return { outputs: [{ dtype: ctx.input(0).type.dtype, shape: [...x] }] };
    },
    cost: (ctx) => ({ macs: 0, flops: rotaryFlops(ctx, ctx.shapeOf(0), cosIndex) }),
    doc: {
      flops: "3 per rotated element (cos * x1 - sin * x2, or sin * x1 + cos * x2); elements beyond rotary_embedding_dim are copied (0); the cos/sin gather is not counted",
      macs: "0"
    }
  };
}
function onnxAttnDims(ctx) {
  const q2 = rank(ctx, 0, [3, 4], "Q"), k = rank(ctx, 1, [3, 4], "K"), v = rank(ctx, 2, [3, 4], "V");
  if (k.length !== q2.length || v.length !== q2.length)
    throw new OpError(`Q, K and V must have the same rank (got ${q2.length}, ${k.length}, ${v.length})`);
  let heads, kvHeads, seq, kvSeq, headSize, vHeadSize;
  const threeD = q2.length === 3;
  if (threeD) {
    heads = ctx.attrs.int("q_num_heads");
    kvHeads = ctx.attrs.int("kv_num_heads");
    if (heads < 1 || kvHeads < 1)
      throw new OpError(`q_num_heads ${heads} and kv_num_heads ${kvHeads} must be positive`);
    seq = q2[1];
    kvSeq = k[1];
    headSize = div(q2[2], heads, "Q hidden / q_num_heads");
    vHeadSize = div(v[2], kvHeads, "V hidden / kv_num_heads");
    checkKeyWidth(k[2], kvHeads, headSize, "K");
  } else {
    const qh = q2[1], kh = k[1];
    if (typeof qh !== "number" || typeof kh !== "number")
      throw new OpError("Q and K head counts must be concrete");
    heads = qh;
    kvHeads = kh;
    seq = q2[2];
    kvSeq = k[2];
    headSize = q2[3];
    vHeadSize = v[3];
  }
  if (heads % kvHeads !== 0)
    throw new OpError(`query heads ${heads} are not a multiple of key/value heads ${kvHeads}`);
  const past = present2(ctx, 4) ? rank(ctx, 4, [4], "past_key")[2] : 0;
  return { batch: q2[0], heads, kvHeads, seq, kvSeq, total: add(past, kvSeq), headSize, vHeadSize, threeD };
}
var CORE_DOC, ATTN_PEERS, msAttention, qAttention, multiHeadAttention2, groupQueryAttention, onnxAttention, ops5;
var init_attention = __esm({
  "build/src/ops/attention.js"() {
    "use strict";
    init_types();
    init_util();
    CORE_DOC = "per score element (batch * heads * q_seq * total_seq): 1 scale + 3 softmax";
    ATTN_PEERS = "fvcore and ptflops (aten) count the QK^T and AV batched matmuls like us; thop does not count them (functional matmul) and counts nothing for nn.MultiheadAttention; the masked part of a causal score matrix is counted by all of them, as here.";
    msAttention = msAttentionDef({ opType: "Attention", mask: 3, past: 4, attentionBias: 5, dtypeFrom: 0, quantized: false });
    qAttention = msAttentionDef({ opType: "QAttention", mask: 5, past: 8, attentionBias: void 0, dtypeFrom: 3, quantized: true });
    multiHeadAttention2 = {
      domain: "com.microsoft",
      opType: "MultiHeadAttention",
      since: 1,
      infer(ctx) {
        const d = mhaDims(ctx);
        const dtype = ctx.input(0).type.dtype;
        return {
          outputs: fitOutputs(ctx, [
            { dtype, shape: [d.batch, d.seq, mul(d.vHeadSize, d.heads)] },
            { dtype, shape: [d.batch, d.heads, d.total, d.headSize] },
            { dtype, shape: [d.batch, d.heads, d.total, d.vHeadSize] },
            { dtype, shape: [d.batch, d.heads, d.seq, d.total] }
          ])
        };
      },
      cost(ctx) {
        const d = mhaDims(ctx);
        const masked = present2(ctx, 4) || present2(ctx, 5) || ctx.attrs.int("unidirectional", 0) !== 0;
        const core = coreCost(d, 4 + (masked ? 1 : 0));
        const bias = present2(ctx, 3) ? numel([d.batch, d.seq, d.heads, d.headSize]) + numel([d.batch, d.kvSeq, d.heads]) * (numel([d.headSize]) + numel([d.vHeadSize])) : 0;
        return { macs: core.macs, flops: core.flops + bias };
      },
      doc: {
        macs: "B * heads * S * T * (head_size + v_head_size) (QK^T and AV), T = past + kv_sequence_length (no input projection: Q, K, V arrive projected)",
        flops: `2 * MACs + bias adds on Q, K, V when bias is given + ${CORE_DOC} (+1 if key_padding_mask, attention_bias or unidirectional)`,
        peers: ATTN_PEERS
      }
    };
    groupQueryAttention = {
      domain: "com.microsoft",
      opType: "GroupQueryAttention",
      since: 1,
      infer(ctx) {
        const d = gqaDims(ctx);
        const dtype = ctx.input(0).type.dtype;
        const cacheType = ctx.inputs[3]?.type.dtype ?? dtype;
        const kv = { dtype: cacheType, shape: [d.batch, d.kvHeads, d.presentSeq, d.headSize] };
        return {
          outputs: fitOutputs(ctx, [
            { dtype, shape: [d.batch, d.seq, mul(d.headSize, d.heads)] },
            kv,
            kv,
            { dtype, shape: [d.batch, d.heads, d.seq, d.total] }
          ])
        };
      },
      cost(ctx) {
        const d = gqaDims(ctx);
        const masked = ctx.attrs.int("causal", 1) !== 0 || present2(ctx, 10) || ctx.attrs.int("local_window_size", -1) > 0;
        const softcap = ctx.attrs.has("softcap") && ctx.attrs.float("softcap") > 0;
        const core = coreCost(d, 4 + (masked ? 1 : 0) + (softcap ? 3 : 0));
        const rotary = ctx.attrs.int("do_rotary", 0) !== 0 ? 3 * numel([d.batch, d.seq, d.headSize]) * (d.heads + d.kvHeads) : 0;
        return { macs: core.macs, flops: core.flops + rotary };
      },
      doc: {
        macs: "B * num_heads * S * T * 2 * head_size (QK^T and AV; K/V heads are shared, not repeated work), T = total_sequence_length when constant, else past + S; local_window_size does not reduce it",
        flops: `2 * MACs + ${CORE_DOC} (+1 causal/bias mask, +3 softcap) + 3 per rotated Q/K element if do_rotary`,
        peers: ATTN_PEERS
      }
    };
    onnxAttention = {
      domain: "",
      opType: "Attention",
      since: 23,
      infer(ctx) {
        const d = onnxAttnDims(ctx);
        const dtype = ctx.input(0).type.dtype;
        const y = d.threeD ? [d.batch, d.seq, mul(d.vHeadSize, d.heads)] : [d.batch, d.heads, d.seq, d.vHeadSize];
        return {
          outputs: fitOutputs(ctx, [
            { dtype, shape: y },
            { dtype, shape: [d.batch, d.kvHeads, d.total, d.headSize] },
            { dtype: ctx.inputs[2]?.type.dtype ?? dtype, shape: [d.batch, d.kvHeads, d.total, d.vHeadSize] },
            { dtype, shape: [d.batch, d.heads, d.seq, d.total] }
          ])
        };
      },
      cost(ctx) {
        const d = onnxAttnDims(ctx);
        const masked = present2(ctx, 3) || ctx.attrs.int("is_causal", 0) !== 0;
        const softcap = ctx.attrs.has("softcap") && ctx.attrs.float("softcap") > 0;
        const core = coreCost(d, 4 + (masked ? 1 : 0) + (softcap ? 3 : 0));
        return { macs: core.macs, flops: core.flops };
      },
      doc: {
        macs: "B * q_num_heads * q_seq * T * (head_size + v_head_size), T = past + kv_seq (opset 24 nonpad_kv_seqlen and opset 25 windows mask scores, they do not shrink the count)",
        flops: `2 * MACs + ${CORE_DOC} (+1 if attn_mask or is_causal, +3 if softcap)`,
        peers: ATTN_PEERS
      }
    };
    ops5 = [
      msAttention,
      qAttention,
      multiHeadAttention2,
      groupQueryAttention,
      rotaryDef("com.microsoft", 1, 2),
      onnxAttention,
      rotaryDef("", 23, 1)
    ];
  }
});

// build/src/ops/elementwise.js
var elementwise_exports = {};
__export(elementwise_exports, {
  dtypeFromAttr: () => dtypeFromAttr,
  dtypeOfInputs: () => dtypeOfInputs,
  erf: () => erf,
  exactIntegerValue: () => exactIntegerValue,
  foldBroadcast: () => foldBroadcast,
  isIntegral: () => isIntegral,
  knownInputs: () => knownInputs,
  ops: () => ops6,
  perInputElement: () => perInputElement,
  perOutputElement: () => perOutputElement,
  presentInputs: () => presentInputs,
  roundHalfEven: () => roundHalfEven,
  toDType: () => toDType
});
function isIntegral(dtype) {
  if (!dtype)
    return false;
  const kind = dtypeKind(dtype);
  return kind === "int" || kind === "uint";
}
function toDType(dtype, v) {
  const kind = dtypeKind(dtype);
  if (kind === "bool")
    return v !== 0 && !Number.isNaN(v) ? 1 : 0;
  if (kind === "int" || kind === "uint") {
    if (!Number.isFinite(v))
      return v;
    const t = Math.trunc(v);
    const bits = dtypeBits(dtype);
    if (bits >= 64)
      return t;
    const big2 = kind === "int" ? BigInt.asIntN(bits, BigInt(t)) : BigInt.asUintN(bits, BigInt(t));
    return Number(big2);
  }
  if (dtype === "float32")
    return Math.fround(v);
  return v;
}
function knownInputs(ctx, indices) {
  const idx = indices ?? ctx.inputs.map((_, i) => i).filter((i) => ctx.inputs[i] !== void 0);
  const out = [];
  for (const i of idx) {
    const v = ctx.inputs[i]?.value;
    if (!v)
      return void 0;
    out.push(v);
  }
  return out;
}
function presentInputs(ctx) {
  return ctx.inputs.filter((x) => x !== void 0);
}
function broadcastStrides(shape, outShape) {
  const rank3 = outShape.length;
  const strides = new Array(rank3).fill(0);
  let stride = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    const o = rank3 - shape.length + i;
    if (shape[i] !== 1)
      strides[o] = stride;
    stride *= shape[i];
  }
  return strides;
}
function isExactIntegerFold(r, xs) {
  if (Number.isSafeInteger(r) && xs.every((x) => Number.isSafeInteger(x)))
    return true;
  return Number.isFinite(r) && xs.includes(r);
}
function exactIntegerValue(result, inputs) {
  if (!isIntegral(result.dtype))
    return result;
  const safe = (v) => v.data.every((x) => Number.isSafeInteger(x));
  const inputsSafe = inputs.every(safe);
  if (inputsSafe && safe(result))
    return result;
  const passed = /* @__PURE__ */ new Set();
  for (const v of inputs)
    for (const x of v.data)
      passed.add(x);
  return result.data.every((r) => inputsSafe && Number.isSafeInteger(r) || Number.isFinite(r) && passed.has(r)) ? result : void 0;
}
function foldBroadcast(values, dtype, f, shapes) {
  const inShapes = shapes ?? values.map((v) => v.shape);
  let outShape;
  try {
    outShape = broadcastShapes(inShapes);
  } catch {
    return void 0;
  }
  const total = outShape.reduce((a, b) => a * b, 1);
  if (total > MAX_FOLD_ELEMENTS)
    return void 0;
  const data = new Array(total);
  const xs = new Array(values.length);
  const integral = isIntegral(dtype);
  const single2 = new Array(inShapes.length);
  let simple = true;
  for (let k = 0; k < inShapes.length; k++) {
    const elements = inShapes[k].reduce((a, b) => a * b, 1);
    single2[k] = elements === 1;
    if (elements !== 1 && elements !== total)
      simple = false;
  }
  if (simple) {
    for (let n = 0; n < total; n++) {
      for (let k = 0; k < values.length; k++)
        xs[k] = values[k].data[single2[k] ? 0 : n];
      const r = toDType(dtype, f(xs));
      if (integral && !isExactIntegerFold(r, xs))
        return void 0;
      data[n] = r;
    }
    return { dtype, shape: outShape, data };
  }
  const strides = inShapes.map((s) => broadcastStrides(s, outShape));
  const rank3 = outShape.length;
  const index = new Array(rank3).fill(0);
  for (let n = 0; n < total; n++) {
    for (let k = 0; k < values.length; k++) {
      let off = 0;
      const st = strides[k];
      for (let d = 0; d < rank3; d++)
        off += index[d] * st[d];
      xs[k] = values[k].data[off];
    }
    const r = toDType(dtype, f(xs));
    if (integral && !isExactIntegerFold(r, xs))
      return void 0;
    data[n] = r;
    for (let d = rank3 - 1; d >= 0; d--) {
      if (++index[d] < outShape[d])
        break;
      index[d] = 0;
    }
  }
  return { dtype, shape: outShape, data };
}
function perOutputElement(k) {
  return (_ctx, outputs) => ({ macs: 0, flops: k * elementsOf(outputs[0]) });
}
function perInputElement(k) {
  return (ctx) => ({ macs: 0, flops: k * elementsOf(ctx.input(0).type) });
}
function dtypeOfInputs(ctx, indices) {
  for (const i of indices) {
    const d = ctx.inputs[i]?.type.dtype;
    if (d)
      return d;
  }
  return void 0;
}
function dtypeFromAttr(ctx, name) {
  if (!ctx.attrs.has(name))
    return void 0;
  const code2 = ctx.attrs.int(name);
  if (code2 === 0)
    return void 0;
  const d = dtypeFromOnnx(code2);
  if (!d)
    throw new OpError(`attribute '${name}' has unknown data type code ${code2}`);
  return d;
}
function legacyAlign(ctx, a, b) {
  if (ctx.attrs.int("broadcast", 0) !== 1)
    return void 0;
  if (b.length > a.length)
    throw new OpError(`legacy broadcast: B has rank ${b.length} > A's rank ${a.length}`);
  const axis = ctx.attrs.has("axis") ? ctx.attrs.int("axis") : a.length - b.length;
  const start = axis < 0 ? axis + a.length : axis;
  if (start < 0 || start + b.length > a.length)
    throw new OpError(`legacy broadcast: axis ${axis} does not fit B of rank ${b.length} into A of rank ${a.length}`);
  return [...new Array(start).fill(1), ...b, ...new Array(a.length - start - b.length).fill(1)];
}
function elementwise(spec) {
  const fixed = spec.arity === "variadic" ? void 0 : Object.freeze(Array.from({ length: spec.arity }, (_, i) => i));
  const indicesOf = (ctx) => {
    if (fixed === void 0) {
      const idx = [];
      for (let i = 0; i < ctx.inputs.length; i++)
        if (ctx.inputs[i] !== void 0)
          idx.push(i);
      if (idx.length === 0)
        throw new OpError(`${spec.opType} needs at least one input`);
      return idx;
    }
    for (const i of fixed)
      ctx.input(i);
    return fixed;
  };
  return {
    domain: spec.domain ?? "",
    opType: spec.opType,
    since: spec.since,
    infer(ctx) {
      const idx = indicesOf(ctx);
      const plan = idx.length;
      const shapes = new Array(idx.length);
      let allKnown = true;
      for (let k = 0; k < idx.length; k++) {
        const s = ctx.inputs[idx[k]].type.shape;
        shapes[k] = s;
        if (s === void 0)
          allKnown = false;
      }
      let aligned;
      let shape;
      if (allKnown) {
        aligned = shapes;
        if (spec.legacyBroadcast && aligned.length === 2) {
          const b = legacyAlign(ctx, aligned[0], aligned[1]);
          if (b)
            aligned = [aligned[0], b];
        }
        shape = broadcastShapes(aligned);
      }
      const dtype = spec.outDType === "bool" ? "bool" : spec.outDType ? spec.outDType(ctx) : dtypeOfInputs(ctx, idx);
      const out = { dtype, shape };
      if (!spec.fold || !dtype)
        return { outputs: [out], plan };
      const vals = knownInputs(ctx, idx);
      if (!vals)
        return { outputs: [out], plan };
      const fold = spec.fold;
      const alignedConcrete = aligned && aligned !== shapes ? aligned : void 0;
      const value = foldBroadcast(vals, dtype, (xs) => fold(xs, ctx, vals[0].dtype), alignedConcrete);
      return { outputs: [value ? { dtype, shape: value.shape } : out], values: [value], plan };
    },
    cost(ctx, outputs, inputCount) {
      const k = typeof spec.flopsPerElem === "number" ? spec.flopsPerElem : spec.flopsPerElem(inputCount ?? indicesOf(ctx).length, ctx);
      return { macs: 0, flops: k * elementsOf(outputs[0]) };
    },
    doc: spec.doc
  };
}
function erf(x) {
  const s = Math.sign(x);
  const a = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * a);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-a * a);
  return s * y;
}
function roundHalfEven(x) {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
function big(x) {
  return Number.isFinite(x) ? BigInt(Math.trunc(x)) : void 0;
}
function binary2(opType, versions, fold, doc, outDType, flopsPerElem = 1) {
  return versions.map((since) => elementwise({
    opType,
    since,
    arity: 2,
    flopsPerElem,
    doc,
    fold,
    outDType,
    legacyBroadcast: since < 7
  }));
}
function unary2(opType, since, fold, doc, outDType, flopsPerElem = 1) {
  return elementwise({ opType, since, arity: 1, flopsPerElem, doc, outDType, fold: fold ? (xs, ctx) => fold(xs[0], ctx) : void 0 });
}
function clipDef(since) {
  const bounds = (ctx) => {
    if (since < 11)
      return [ctx.attrs.float("min", -Infinity), ctx.attrs.float("max", Infinity)];
    const lo = ctx.inputs[1];
    const hi = ctx.inputs[2];
    if (lo && !lo.value || hi && !hi.value)
      return void 0;
    return [lo?.value?.data[0] ?? -Infinity, hi?.value?.data[0] ?? Infinity];
  };
  return {
    domain: "",
    opType: "Clip",
    since,
    infer(ctx) {
      const x = ctx.input(0);
      const out = { dtype: x.type.dtype, shape: x.type.shape };
      const b = x.value && x.type.dtype ? bounds(ctx) : void 0;
      if (!b || !x.value)
        return { outputs: [out] };
      const [lo, hi] = b;
      const dtype = x.value.dtype;
      return { outputs: [out], values: [{ dtype, shape: x.value.shape, data: x.value.data.map((v) => toDType(dtype, Math.min(Math.max(v, lo), hi))) }] };
    },
    cost: perOutputElement(1),
    doc: {
      flops: since < 11 ? "1 per element (a clamp counts as one op, like Relu); min/max are attributes" : "1 per element (a clamp counts as one op, like Relu); min/max are optional scalar inputs",
      peers: "thop counts ReLU6 as 0, ptflops 1 per element"
    }
  };
}
var divide, modulo, bitwise, bitShift, ARITH_DOC, TRANSCENDENTAL_DOC, COMPARE_DOC, LOGIC_DOC, ops6;
var init_elementwise = __esm({
  "build/src/ops/elementwise.js"() {
    "use strict";
    init_dtype();
    init_dtype_codes();
    init_types();
    init_util();
    divide = (xs, _ctx, dtype) => {
      const [a, b] = xs;
      return isIntegral(dtype) ? b === 0 ? NaN : Math.trunc(a / b) : a / b;
    };
    modulo = (xs, ctx, dtype) => {
      const [a, b] = xs;
      const fmod = ctx.attrs.int("fmod", 0) === 1;
      if (isIntegral(dtype) && b === 0)
        return NaN;
      if (fmod)
        return a % b;
      const r = a % b;
      return r !== 0 && r < 0 !== b < 0 ? r + b : r;
    };
    bitwise = (op) => (xs) => {
      const a = big(xs[0]);
      const b = big(xs[1]);
      return a === void 0 || b === void 0 ? NaN : Number(op(a, b));
    };
    bitShift = (xs, ctx) => {
      const [a, b] = xs;
      const dir = ctx.attrs.string("direction");
      if (dir === "LEFT")
        return a * 2 ** b;
      if (dir === "RIGHT")
        return Math.floor(a / 2 ** b);
      throw new OpError(`BitShift direction must be LEFT or RIGHT, not '${dir}'`);
    };
    ARITH_DOC = (what, peers) => ({
      flops: `1 per output element (${what}); inputs broadcast numpy-style`,
      ...peers ? { peers } : {}
    });
    TRANSCENDENTAL_DOC = (fn, peers) => ({
      flops: `1 per element (${fn}, a transcendental counted as one op)`,
      ...peers ? { peers } : {}
    });
    COMPARE_DOC = { flops: "1 per output element (one comparison); output is bool", peers: "onnx-tool also counts a comparison as 1; thop and fvcore do not count tensor comparisons" };
    LOGIC_DOC = { flops: "1 per output element (one logical op); output is bool" };
    ops6 = [
      ...binary2("Add", [1, 7], (xs) => xs[0] + xs[1], ARITH_DOC("one add", "onnx-tool: 1 MAC per element; thop/fvcore ignore tensor adds (no module)")),
      ...binary2("Sub", [1, 7], (xs) => xs[0] - xs[1], ARITH_DOC("one subtract", "onnx-tool: 1 MAC per element")),
      ...binary2("Mul", [1, 7], (xs) => xs[0] * xs[1], ARITH_DOC("one multiply", "onnx-tool: 1 MAC per element")),
      ...binary2("Div", [1, 7], divide, ARITH_DOC("one divide; integer division truncates toward zero", "onnx-tool counts 4 MACs per element")),
      ...binary2("Pow", [1, 7], (xs) => Math.pow(xs[0], xs[1]), TRANSCENDENTAL_DOC("pow; inputs broadcast numpy-style", "onnx-tool counts 32 MACs per element")),
      elementwise({ opType: "Mod", since: 10, arity: 2, flopsPerElem: 1, fold: modulo, doc: ARITH_DOC("one remainder; fmod=0 follows Python % (sign of divisor), fmod=1 C fmod") }),
      elementwise({ opType: "Sum", since: 1, arity: "variadic", flopsPerElem: (n) => n - 1, fold: (xs) => xs.reduce((a, b) => a + b, 0), doc: { flops: "(n-1) per output element for n inputs (adds)" } }),
      elementwise({ opType: "Mean", since: 1, arity: "variadic", flopsPerElem: (n) => n, fold: (xs) => xs.reduce((a, b) => a + b, 0) / xs.length, doc: { flops: "n per output element for n inputs (n-1 adds and one divide)" } }),
      elementwise({ opType: "Max", since: 1, arity: "variadic", flopsPerElem: (n) => n - 1, fold: (xs) => xs.reduce((a, b) => Math.max(a, b), -Infinity), doc: { flops: "(n-1) per output element for n inputs (comparisons)" } }),
      elementwise({ opType: "Min", since: 1, arity: "variadic", flopsPerElem: (n) => n - 1, fold: (xs) => xs.reduce((a, b) => Math.min(a, b), Infinity), doc: { flops: "(n-1) per output element for n inputs (comparisons)" } }),
      unary2("Neg", 1, (x) => -x, ARITH_DOC("one negate")),
      unary2("Abs", 1, (x) => Math.abs(x), ARITH_DOC("one absolute value")),
      unary2("Reciprocal", 1, (x) => 1 / x, ARITH_DOC("one divide")),
      unary2("Floor", 1, (x) => Math.floor(x), ARITH_DOC("one rounding op")),
      unary2("Ceil", 1, (x) => Math.ceil(x), ARITH_DOC("one rounding op")),
      unary2("Round", 11, roundHalfEven, ARITH_DOC("one rounding op, half to even")),
      unary2("Sign", 9, (x) => Math.sign(x), ARITH_DOC("one sign op")),
      unary2("Sqrt", 1, (x) => Math.sqrt(x), TRANSCENDENTAL_DOC("sqrt", "onnx-tool counts 24 MACs per element")),
      unary2("Exp", 1, (x) => Math.exp(x), TRANSCENDENTAL_DOC("exp", "onnx-tool counts 32 MACs per element")),
      unary2("Log", 1, (x) => Math.log(x), TRANSCENDENTAL_DOC("log")),
      unary2("Erf", 9, erf, TRANSCENDENTAL_DOC("erf", "onnx-tool counts Erf as 0")),
      unary2("Sin", 7, Math.sin, TRANSCENDENTAL_DOC("sin")),
      unary2("Cos", 7, Math.cos, TRANSCENDENTAL_DOC("cos")),
      unary2("Tan", 7, Math.tan, TRANSCENDENTAL_DOC("tan")),
      unary2("Asin", 7, Math.asin, TRANSCENDENTAL_DOC("asin")),
      unary2("Acos", 7, Math.acos, TRANSCENDENTAL_DOC("acos")),
      unary2("Atan", 7, Math.atan, TRANSCENDENTAL_DOC("atan")),
      unary2("Sinh", 9, Math.sinh, TRANSCENDENTAL_DOC("sinh")),
      unary2("Cosh", 9, Math.cosh, TRANSCENDENTAL_DOC("cosh")),
      unary2("Asinh", 9, Math.asinh, TRANSCENDENTAL_DOC("asinh")),
      unary2("Acosh", 9, Math.acosh, TRANSCENDENTAL_DOC("acosh")),
      unary2("Atanh", 9, Math.atanh, TRANSCENDENTAL_DOC("atanh")),
      unary2("IsNaN", 9, (x) => Number.isNaN(x) ? 1 : 0, { flops: "1 per element (one test); output is bool" }, "bool"),
      unary2("IsInf", 10, (x, ctx) => {
        if (x === Infinity)
          return ctx.attrs.int("detect_positive", 1) === 1 ? 1 : 0;
        if (x === -Infinity)
          return ctx.attrs.int("detect_negative", 1) === 1 ? 1 : 0;
        return 0;
      }, { flops: "1 per element (one test); output is bool" }, "bool"),
      elementwise({ opType: "BitShift", since: 11, arity: 2, flopsPerElem: 1, fold: bitShift, doc: ARITH_DOC("one shift") }),
      elementwise({ opType: "BitwiseAnd", since: 18, arity: 2, flopsPerElem: 1, fold: bitwise((a, b) => a & b), doc: ARITH_DOC("one bitwise op") }),
      elementwise({ opType: "BitwiseOr", since: 18, arity: 2, flopsPerElem: 1, fold: bitwise((a, b) => a | b), doc: ARITH_DOC("one bitwise op") }),
      elementwise({ opType: "BitwiseXor", since: 18, arity: 2, flopsPerElem: 1, fold: bitwise((a, b) => a ^ b), doc: ARITH_DOC("one bitwise op") }),
      unary2("BitwiseNot", 18, (x) => {
        const a = big(x);
        return a === void 0 ? NaN : Number(~a);
      }, ARITH_DOC("one bitwise op")),
      ...binary2("Equal", [1, 7], (xs) => xs[0] === xs[1] ? 1 : 0, COMPARE_DOC, "bool"),
      ...binary2("Less", [1, 7], (xs) => xs[0] < xs[1] ? 1 : 0, COMPARE_DOC, "bool"),
      ...binary2("Greater", [1, 7], (xs) => xs[0] > xs[1] ? 1 : 0, COMPARE_DOC, "bool"),
      elementwise({ opType: "LessOrEqual", since: 12, arity: 2, flopsPerElem: 1, outDType: "bool", fold: (xs) => xs[0] <= xs[1] ? 1 : 0, doc: COMPARE_DOC }),
      elementwise({ opType: "GreaterOrEqual", since: 12, arity: 2, flopsPerElem: 1, outDType: "bool", fold: (xs) => xs[0] >= xs[1] ? 1 : 0, doc: COMPARE_DOC }),
      ...binary2("And", [1, 7], (xs) => xs[0] && xs[1] ? 1 : 0, LOGIC_DOC, "bool"),
      ...binary2("Or", [1, 7], (xs) => xs[0] || xs[1] ? 1 : 0, LOGIC_DOC, "bool"),
      ...binary2("Xor", [1, 7], (xs) => xs[0] !== 0 !== (xs[1] !== 0) ? 1 : 0, LOGIC_DOC, "bool"),
      unary2("Not", 1, (x) => x ? 0 : 1, LOGIC_DOC, "bool"),
      elementwise({
        opType: "Where",
        since: 9,
        arity: 3,
        flopsPerElem: 1,
        outDType: (ctx) => dtypeOfInputs(ctx, [1, 2]),
        fold: (xs) => xs[0] ? xs[1] : xs[2],
        doc: { flops: "1 per output element (a select counts as one op, like Max); condition, X and Y broadcast numpy-style" }
      }),
      clipDef(1),
      clipDef(11)
    ];
  }
});

// build/src/ops/activation.js
var activation_exports = {};
__export(activation_exports, {
  ops: () => ops7
});
function activation(opType, since, k, doc, f, domain = "") {
  return {
    domain,
    opType,
    since,
    infer(ctx) {
      const x = ctx.input(0);
      const out = { dtype: x.type.dtype, shape: x.type.shape };
      if (!f || !x.value)
        return { outputs: [out] };
      return { outputs: [out], values: [foldBroadcast([x.value], x.value.dtype, (xs) => f(xs[0], ctx))] };
    },
    cost: perOutputElement(k),
    doc
  };
}
function softmaxRows(ctx, since) {
  const shape = ctx.shapeOf(0);
  const rank3 = shape.length;
  const axis = normalizeAxis(ctx.attrs.int("axis", since < 13 ? 1 : -1), Math.max(rank3, 1));
  const rowLen = since < 13 ? numel(shape.slice(axis)) : numel([shape[axis] ?? 1]);
  return rowLen === 0 ? 0 : numel(shape) / rowLen;
}
function softmaxLike(opType, since, perElem, perRow, doc) {
  return {
    domain: "",
    opType,
    since,
    infer(ctx) {
      const x = ctx.input(0);
      if (x.type.shape) {
        const rank3 = x.type.shape.length;
        normalizeAxis(ctx.attrs.int("axis", since < 13 ? 1 : -1), Math.max(rank3, 1));
      }
      return { outputs: [{ dtype: x.type.dtype, shape: x.type.shape }] };
    },
    cost(ctx, outputs) {
      const n = elementsOf(outputs[0]);
      return { macs: 0, flops: perElem * n + (perRow ? perRow * softmaxRows(ctx, since) : 0) };
    },
    doc
  };
}
function softmaxFamily(since) {
  return [
    softmaxLike("Softmax", since, 3, 0, {
      flops: `3 per element (exp, accumulate, divide; the max-subtraction for stability is not counted); ${SOFTMAX_AXIS(since)}`,
      peers: "onnx-tool counts 36 MACs per element; thop's nn.Softmax hook counts exp + add + divide (about 3 per element); fvcore ignores it"
    }),
    softmaxLike("LogSoftmax", since, 3, 1, {
      flops: `3 per element (exp, accumulate, subtract) + 1 per row (log of the sum); ${SOFTMAX_AXIS(since)}`
    }),
    softmaxLike("Hardmax", since, 1, 0, { flops: `1 per element (one comparison for the arg-max); ${SOFTMAX_AXIS(since)}` })
  ];
}
function prelu(since) {
  return {
    domain: "",
    opType: "PRelu",
    since,
    infer(ctx) {
      const x = ctx.input(0);
      const slope = ctx.input(1);
      if (since >= 7 && x.type.shape && slope.type.shape)
        broadcastShapes([x.type.shape, slope.type.shape]);
      const out = { dtype: x.type.dtype, shape: x.type.shape };
      const vals = knownInputs(ctx, [0, 1]);
      if (!vals)
        return { outputs: [out] };
      const v = foldBroadcast(vals, vals[0].dtype, ([a, s]) => a < 0 ? a * s : a);
      return { outputs: [out], values: [v] };
    },
    cost: perOutputElement(2),
    doc: { flops: "2 per element (compare, multiply by slope)", peers: "ptflops counts 1 per element" }
  };
}
function biasFused(opType, perElem, doc) {
  return {
    domain: "com.microsoft",
    opType,
    since: 1,
    infer(ctx) {
      const x = ctx.input(0);
      let shape = x.type.shape;
      const others = ctx.inputs.slice(1).filter((i) => i !== void 0);
      if (shape && others.every((o) => o.type.shape))
        shape = broadcastShapes([shape, ...others.map((o) => o.type.shape)]);
      return { outputs: [{ dtype: x.type.dtype, shape }] };
    },
    cost: (ctx, outputs) => ({ macs: 0, flops: perElem(ctx) * elementsOf(outputs[0]) }),
    doc
  };
}
var sigmoid, softplus, geluErf, geluTanh, ONNX_TOOL_32, SOFTMAX_AXIS, swiglu, biasSplitGelu, ops7;
var init_activation = __esm({
  "build/src/ops/activation.js"() {
    "use strict";
    init_types();
    init_util();
    init_elementwise();
    sigmoid = (x) => 1 / (1 + Math.exp(-x));
    softplus = (x) => Math.log1p(Math.exp(x));
    geluErf = (x) => 0.5 * x * (1 + erf(x / Math.SQRT2));
    geluTanh = (x) => 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3)));
    ONNX_TOOL_32 = "onnx-tool counts 32 MACs per element (its exp cost)";
    SOFTMAX_AXIS = (since) => since < 13 ? "input coerced to 2D at axis (default 1)" : "along one axis (default -1)";
    swiglu = {
      domain: "",
      opType: "SwiGLU",
      since: 28,
      infer(ctx) {
        const a = ctx.input(0);
        const b = ctx.input(1);
        const sa = a.type.shape;
        const sb = b.type.shape;
        if (sa && sb && (sa.length !== sb.length || sa.some((d, i) => typeof d === "number" && typeof sb[i] === "number" && d !== sb[i]))) {
          throw new OpError(`SwiGLU inputs must have identical shapes, got [${sa.join(",")}] and [${sb.join(",")}]`);
        }
        return { outputs: [{ dtype: a.type.dtype, shape: sa ?? sb }] };
      },
      cost: perOutputElement(4),
      doc: { flops: "4 per element (multiply by alpha, sigmoid, multiply by the gate, multiply by B)" }
    };
    biasSplitGelu = {
      domain: "com.microsoft",
      opType: "BiasSplitGelu",
      since: 1,
      infer(ctx) {
        const x = ctx.input(0);
        const shape = x.type.shape;
        if (!shape)
          return { outputs: [{ dtype: x.type.dtype, shape: void 0 }] };
        if (shape.length !== 3)
          throw new OpError(`BiasSplitGelu input must be 3D (N, HW, D), got rank ${shape.length}`);
        const d = shape[2];
        if (typeof d === "number" && d % 2 !== 0)
          throw new OpError(`BiasSplitGelu last dim ${d} is not even`);
        return { outputs: [{ dtype: x.type.dtype, shape: [shape[0], shape[1], typeof d === "number" ? d / 2 : `${d}/2`] }] };
      },
      cost: (_ctx, outputs) => {
        const n = elementsOf(outputs[0]);
        return { macs: 0, flops: 2 * n + 6 * n };
      },
      doc: { flops: "8 per output element: bias add over both halves of the input (2), Gelu (5) on one half, multiply (1); the output is half the input" }
    };
    ops7 = [
      activation("Relu", 1, 1, { flops: "1 per element (max with 0)", peers: "thop and fvcore count ReLU as 0; ptflops and onnx-tool 1 per element" }, (x) => Math.max(x, 0)),
      activation("LeakyRelu", 1, 2, { flops: "2 per element (compare, multiply by alpha)" }, (x, ctx) => x < 0 ? ctx.attrs.float("alpha", 0.01) * x : x),
      prelu(1),
      prelu(7),
      activation("ThresholdedRelu", 10, 1, { flops: "1 per element (compare against alpha, select)" }, (x, ctx) => x > ctx.attrs.float("alpha", 1) ? x : 0),
      activation("Elu", 1, 4, { flops: "4 per element (compare, exp, subtract 1, multiply by alpha)" }, (x, ctx) => x < 0 ? ctx.attrs.float("alpha", 1) * Math.expm1(x) : x),
      activation("Selu", 1, 5, { flops: "5 per element (compare, exp, subtract 1, multiply by alpha, multiply by gamma)" }, (x, ctx) => {
        const alpha = ctx.attrs.float("alpha", 1.6732631921768188);
        const gamma = ctx.attrs.float("gamma", 1.0507010221481323);
        return gamma * (x > 0 ? x : alpha * Math.expm1(x));
      }),
      activation("Celu", 12, 7, { flops: "7 per element (divide by alpha, exp, subtract 1, multiply by alpha, min, max, add)" }, (x, ctx) => {
        const alpha = ctx.attrs.float("alpha", 1);
        return Math.max(0, x) + Math.min(0, alpha * Math.expm1(x / alpha));
      }),
      activation("Sigmoid", 1, 1, { flops: "1 per element (sigmoid counted as one transcendental)", peers: ONNX_TOOL_32 }, sigmoid),
      activation("HardSigmoid", 1, 4, { flops: "4 per element (multiply by alpha, add beta, min, max)" }, (x, ctx) => Math.max(0, Math.min(1, ctx.attrs.float("alpha", 0.2) * x + ctx.attrs.float("beta", 0.5)))),
      activation("HardSwish", 14, 5, { flops: "5 per element (HardSigmoid 4, then multiply by x)" }, (x) => x * Math.max(0, Math.min(1, x / 6 + 0.5))),
      activation("Tanh", 1, 1, { flops: "1 per element (tanh counted as one transcendental)" }, Math.tanh),
      activation("Softplus", 1, 3, { flops: "3 per element (exp, add 1, log)" }, softplus),
      activation("Softsign", 1, 3, { flops: "3 per element (abs, add 1, divide)" }, (x) => x / (1 + Math.abs(x))),
      activation("Mish", 18, 5, { flops: "5 per element (softplus 3, tanh, multiply)" }, (x) => x * Math.tanh(softplus(x))),
      activation("Shrink", 9, 3, { flops: "3 per element (two compares, one add/subtract of bias)" }, (x, ctx) => {
        const lambd = ctx.attrs.float("lambd", 0.5);
        const bias = ctx.attrs.float("bias", 0);
        return x < -lambd ? x + bias : x > lambd ? x - bias : 0;
      }),
      activation("Swish", 24, 3, { flops: "3 per element (multiply by alpha, sigmoid, multiply)" }, (x, ctx) => x * sigmoid(ctx.attrs.float("alpha", 1) * x)),
      {
        ...activation("Gelu", 20, 5, { flops: '5 per element with approximate="none" (scale, erf, add 1, two multiplies); 9 with approximate="tanh" (x^3 two multiplies, scale, add, scale, tanh, add 1, two multiplies)' }, (x, ctx) => ctx.attrs.string("approximate", "none") === "tanh" ? geluTanh(x) : geluErf(x)),
        cost: (ctx, outputs) => ({ macs: 0, flops: (ctx.attrs.string("approximate", "none") === "tanh" ? 9 : 5) * elementsOf(outputs[0]) })
      },
      ...softmaxFamily(1),
      ...softmaxFamily(13),
      activation("Gelu", 1, 5, { flops: "5 per element (scale, erf, add 1, two multiplies)" }, geluErf, "com.microsoft"),
      activation("QuickGelu", 1, 3, { flops: "3 per element (multiply by alpha, sigmoid, multiply)" }, (x, ctx) => x * sigmoid(ctx.attrs.float("alpha", 1.702) * x), "com.microsoft"),
      biasFused("BiasGelu", () => 6, { flops: "6 per element (bias add 1, Gelu 5)" }),
      biasFused("FastGelu", (ctx) => ctx.inputs[1] ? 10 : 9, { flops: "9 per element (tanh-approximated Gelu) + 1 when the optional bias is added" }),
      biasFused("BiasAdd", () => 2, { flops: "2 per element (add bias, add skip)" }),
      biasSplitGelu,
      swiglu
    ];
  }
});

// build/src/ops/normalization.js
var normalization_exports = {};
__export(normalization_exports, {
  ops: () => ops8
});
function statsShape(shape, axis) {
  if (!shape)
    return void 0;
  const a = normalizeAxis(axis, shape.length);
  return shape.map((d, i) => i < a ? d : 1);
}
function stashDType(ctx) {
  const code2 = ctx.attrs.int("stash_type", 1);
  const d = dtypeFromOnnx(code2);
  if (!d)
    throw new OpError(`attribute 'stash_type' has unknown data type code ${code2}`);
  return d;
}
function outputCount(ctx) {
  return ctx.node.outputs.length;
}
function batchNorm2(since) {
  const training = (ctx) => {
    if (since >= 14)
      return ctx.attrs.int("training_mode", 0) === 1;
    if (since < 7 && ctx.attrs.int("is_test", 0) === 1)
      return false;
    return ctx.node.outputs.slice(1).some((o) => o !== "");
  };
  return {
    domain: "",
    opType: "BatchNormalization",
    since,
    infer(ctx) {
      const x = ctx.input(0);
      const shape = x.type.shape;
      if (shape && shape.length < 2)
        throw new OpError(`BatchNormalization input must have rank >= 2 (N, C, ...), got rank ${shape.length}`);
      const mean = ctx.inputs[3];
      const statDType = mean?.type.dtype ?? ctx.inputs[1]?.type.dtype ?? x.type.dtype;
      const statShape = mean?.type.shape ?? ctx.inputs[1]?.type.shape ?? (shape ? [shape[1]] : void 0);
      const outputs = [{ dtype: x.type.dtype, shape }];
      for (let i = 1; i < outputCount(ctx); i++)
        outputs.push({ dtype: statDType, shape: statShape });
      return { outputs };
    },
    cost(ctx, outputs) {
      const n = elementsOf(outputs[0]);
      return { macs: 0, flops: (training(ctx) ? 5 : 2) * n };
    },
    doc: {
      flops: since >= 14 ? "2 per element in inference (scale and shift with stored statistics); 5 with training_mode=1 (statistics computed, like InstanceNormalization)" : "2 per element in inference (scale and shift with stored statistics); 5 when the node asks for its training statistics outputs",
      peers: "thop counts 4 per element (2 with affine off), fvcore 2 in inference (5 in training), ptflops 2 with affine, onnx-tool 31 MACs per element"
    }
  };
}
function layerNormLike(spec) {
  return {
    domain: spec.domain,
    opType: spec.opType,
    since: spec.since,
    infer(ctx) {
      const x = ctx.input(0);
      const axis = ctx.attrs.int("axis", -1);
      const stats = statsShape(x.type.shape, axis);
      const statDType = stashDType(ctx);
      const outputs = [];
      for (let i = 0; i < outputCount(ctx); i++) {
        outputs.push(spec.statOutputs.includes(i) ? { dtype: statDType, shape: stats } : { dtype: x.type.dtype, shape: x.type.shape });
      }
      return { outputs };
    },
    cost: (_ctx, outputs) => ({ macs: 0, flops: spec.perElem * elementsOf(outputs[0]) }),
    doc: spec.doc
  };
}
function skipNorm(opType, normPerElem, biasIndex, doc) {
  return {
    domain: "com.microsoft",
    opType,
    since: 1,
    infer(ctx) {
      const x = ctx.input(0);
      const skip = ctx.input(1);
      ctx.input(2);
      let shape = x.type.shape;
      if (shape && shape.length < 2)
        throw new OpError(`${opType} input must have rank >= 2, got rank ${shape.length}`);
      if (shape && skip.type.shape)
        shape = broadcastShapes([shape, skip.type.shape]);
      const stats = shape ? [...shape.slice(0, -1), 1] : void 0;
      const outputs = [];
      for (let i = 0; i < outputCount(ctx); i++) {
        outputs.push(i === 1 || i === 2 ? { dtype: "float32", shape: stats } : { dtype: x.type.dtype, shape });
      }
      return { outputs };
    },
    cost(ctx, outputs) {
      const perElem = 1 + (ctx.inputs[biasIndex] ? 1 : 0) + normPerElem;
      return { macs: 0, flops: perElem * elementsOf(outputs[0]) };
    },
    doc
  };
}
function msGroupNorm(opType) {
  const skip = opType === "SkipGroupNorm";
  return {
    domain: "com.microsoft",
    opType,
    since: 1,
    infer(ctx) {
      const x = ctx.input(0);
      const shape = x.type.shape;
      if (shape && shape.length < 2)
        throw new OpError(`${opType} input must have rank >= 2, got rank ${shape.length}`);
      const groups = ctx.attrs.int("groups");
      if (groups <= 0)
        throw new OpError(`groups must be positive, got ${groups}`);
      const channelsLast2 = ctx.attrs.int("channels_last", 1) === 1;
      const c = shape ? shape[channelsLast2 ? shape.length - 1 : 1] : void 0;
      if (typeof c === "number" && c % groups !== 0)
        throw new OpError(`channels ${c} are not divisible by groups ${groups}`);
      const out = { dtype: x.type.dtype, shape };
      return { outputs: skip ? Array.from({ length: Math.max(1, outputCount(ctx)) }, () => out) : [out] };
    },
    cost(ctx, outputs) {
      const act = ctx.attrs.int("activation") === 1 ? 2 : 0;
      const pre = skip ? 1 + (ctx.inputs[4] ? 1 : 0) : 0;
      return { macs: 0, flops: (pre + 5 + act) * elementsOf(outputs[0]) };
    },
    doc: {
      flops: skip ? "1 per element for the skip add + 1 when the bias input is present + 5 for the GroupNorm + 2 with activation=1 (SiLU)" : "5 per element (GroupNorm) + 2 with activation=1 (SiLU: sigmoid, multiply)"
    }
  };
}
function sameShape(opType, since, perElem, doc, domain = "", validate) {
  return {
    domain,
    opType,
    since,
    infer(ctx) {
      const x = ctx.input(0);
      validate?.(ctx);
      return { outputs: [{ dtype: x.type.dtype, shape: x.type.shape }] };
    },
    cost: (ctx, outputs) => ({ macs: 0, flops: perElem(ctx) * elementsOf(outputs[0]) }),
    doc
  };
}
var LN_DOC, RMS_DOC, requireRank, ops8;
var init_normalization = __esm({
  "build/src/ops/normalization.js"() {
    "use strict";
    init_dtype_codes();
    init_types();
    init_util();
    LN_DOC = {
      flops: "5 per element (mean accumulate, centre, variance accumulate, normalise, affine scale/shift); statistics over the dims from axis (default -1)",
      peers: "fvcore counts 5 per element (4 without affine), thop 4 (2 without affine), ptflops 2 with affine"
    };
    RMS_DOC = { flops: "3 per element (mean of squares, normalise, scale); statistics over the dims from axis (default -1)" };
    requireRank = (min) => (ctx) => {
      const s = ctx.input(0).type.shape;
      if (s && s.length < min)
        throw new OpError(`${ctx.node.opType} input must have rank >= ${min}, got rank ${s.length}`);
    };
    ops8 = [
      ...[1, 7, 14].map(batchNorm2),
      sameShape("InstanceNormalization", 1, () => 5, {
        flops: "5 per element (statistics per sample and channel: mean, centre, variance, normalise, affine)",
        peers: "thop counts 4 per element with affine"
      }, "", requireRank(3)),
      sameShape("GroupNormalization", 18, () => 5, {
        flops: "5 per element (statistics per sample and group: mean, centre, variance, normalise, affine)"
      }, "", (ctx) => {
        requireRank(2)(ctx);
        const groups = ctx.attrs.int("num_groups");
        const c = ctx.input(0).type.shape?.[1];
        if (groups <= 0)
          throw new OpError(`num_groups must be positive, got ${groups}`);
        if (typeof c === "number" && c % groups !== 0)
          throw new OpError(`channels ${c} are not divisible by num_groups ${groups}`);
        const perChannel = ctx.opset >= 21;
        const want = perChannel ? c : groups;
        for (const [i, name] of [[1, "scale"], [2, "bias"]]) {
          const s = ctx.input(i).type.shape;
          if (!s)
            continue;
          if (s.length !== 1)
            throw new OpError(`${name} must be 1-D [${perChannel ? "C" : "num_groups"}], got [${s.join(",")}]`);
          if (typeof s[0] === "number" && typeof want === "number" && s[0] !== want) {
            throw new OpError(`${name} has ${s[0]} entries, expected ${want} (${perChannel ? "channels, opset 21+" : "num_groups, opset 18-20"})`);
          }
        }
      }),
      layerNormLike({ domain: "", opType: "LayerNormalization", since: 17, perElem: 5, statOutputs: [1, 2], doc: LN_DOC }),
      layerNormLike({ domain: "com.microsoft", opType: "LayerNormalization", since: 1, perElem: 5, statOutputs: [1, 2], doc: LN_DOC }),
      layerNormLike({ domain: "", opType: "RMSNormalization", since: 23, perElem: 3, statOutputs: [], doc: RMS_DOC }),
      layerNormLike({ domain: "", opType: "SimplifiedLayerNormalization", since: 1, perElem: 3, statOutputs: [1], doc: RMS_DOC }),
      layerNormLike({ domain: "com.microsoft", opType: "SimplifiedLayerNormalization", since: 1, perElem: 3, statOutputs: [1], doc: RMS_DOC }),
      skipNorm("SkipLayerNormalization", 5, 4, {
        flops: "1 per element for the skip add + 1 when the bias input is present + 5 for the LayerNorm"
      }),
      skipNorm("SkipSimplifiedLayerNormalization", 3, 3, {
        flops: "1 per element for the skip add + 1 when the bias input is present + 3 for the RMS norm"
      }),
      sameShape("LpNormalization", 1, () => 3, { flops: "3 per element (abs or square, accumulate, divide by the norm); the per-row root is not counted" }),
      sameShape("LRN", 1, (ctx) => ctx.attrs.int("size") + 4, {
        flops: "(size + 4) per element: square 1, window sum size-1, scale by alpha/size, add bias, pow beta, divide"
      }, "", (ctx) => {
        if (ctx.attrs.int("size") <= 0)
          throw new OpError(`LRN size must be positive, got ${ctx.attrs.int("size")}`);
      }),
      msGroupNorm("GroupNorm"),
      msGroupNorm("SkipGroupNorm"),
      sameShape("MeanVarianceNormalization", 9, () => 4, { flops: "4 per element (mean, centre, variance, normalise; no affine)" })
    ];
  }
});

// build/src/ops/reduce.js
var reduce_exports = {};
__export(reduce_exports, {
  ops: () => ops9
});
function resolveAxes(ctx, fromInput, rank3) {
  const all = () => ({ kind: "axes", axes: Array.from({ length: rank3 }, (_, i) => i) });
  const normalize = (list) => {
    const axes = [...new Set(list.map((a) => normalizeAxis(a, rank3)))].sort((a, b) => a - b);
    return { kind: "axes", axes };
  };
  if (!fromInput) {
    const list = ctx.attrs.ints("axes", []);
    return list.length === 0 ? all() : normalize(list);
  }
  const noop = ctx.attrs.int("noop_with_empty_axes", 0) === 1;
  const input = ctx.inputs[1];
  const empty = () => noop ? { kind: "noop" } : all();
  if (!input)
    return empty();
  if (input.value)
    return input.value.data.length === 0 ? empty() : normalize(input.value.data);
  const shape = input.type.shape;
  const count2 = shape && shape.length === 1 && typeof shape[0] === "number" ? shape[0] : void 0;
  if (count2 === 0)
    return empty();
  return { kind: "unknown", count: count2 };
}
function reducedShape(ctx, shape, axes, keepdims) {
  if (axes.kind === "noop")
    return [...shape];
  if (axes.kind === "axes") {
    const out = [];
    shape.forEach((d, i) => {
      if (!axes.axes.includes(i))
        out.push(d);
      else if (keepdims)
        out.push(1);
    });
    return out;
  }
  const rank3 = keepdims ? shape.length : axes.count !== void 0 ? shape.length - axes.count : void 0;
  if (rank3 === void 0 || rank3 < 0)
    return void 0;
  return Array.from({ length: rank3 }, () => ctx.freshDim("reduced"));
}
function reduceValues(v, axes, keepdims, dtype, init, step, finish) {
  const shape = v.shape;
  const outShape = shape.map((d, i) => axes.includes(i) ? 1 : d);
  const outStrides = new Array(shape.length).fill(0);
  let stride = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    outStrides[i] = stride;
    stride *= outShape[i];
  }
  const total = stride;
  const acc = new Array(total).fill(init);
  const pos = new Array(total).fill(0);
  const index = new Array(shape.length).fill(0);
  for (let n = 0; n < v.data.length; n++) {
    let o = 0;
    for (let d = 0; d < shape.length; d++) {
      if (!axes.includes(d))
        o += index[d] * outStrides[d];
    }
    const along = pos[o];
    acc[o] = step(acc[o], v.data[n], along, o);
    pos[o] = along + 1;
    for (let d = shape.length - 1; d >= 0; d--) {
      if (++index[d] < shape[d])
        break;
      index[d] = 0;
    }
  }
  const count2 = axes.reduce((a, ax) => a * shape[ax], 1);
  return {
    dtype,
    shape: keepdims ? outShape : shape.filter((_, i) => !axes.includes(i)),
    data: acc.map((a) => toDType(dtype, finish(a, count2)))
  };
}
function reduceDef(kind, since, fromInput) {
  return {
    domain: "",
    opType: kind.opType,
    since,
    infer(ctx) {
      const x = ctx.input(0);
      const shape = x.type.shape;
      if (!shape)
        return { outputs: [{ dtype: x.type.dtype, shape: void 0 }] };
      const keepdims = ctx.attrs.int("keepdims", 1) === 1;
      const axes = resolveAxes(ctx, fromInput, shape.length);
      const out = { dtype: x.type.dtype, shape: reducedShape(ctx, shape, axes, keepdims) };
      if (!x.value || axes.kind === "unknown")
        return { outputs: [out] };
      const dtype = x.value.dtype;
      const folded = axes.kind === "noop" ? { dtype, shape: x.value.shape, data: x.value.data.map((v) => toDType(dtype, kind.finish(kind.map(v), 1))) } : reduceValues(x.value, axes.axes, keepdims, dtype, kind.init, (a, v) => kind.combine(a, kind.map(v)), kind.finish);
      return { outputs: [out], values: [exactIntegerValue(folded, [x.value])] };
    },
    cost(ctx, outputs) {
      const nIn = elementsOf(ctx.input(0).type);
      const nOut = elementsOf(outputs[0]);
      const rank3 = ctx.shapeOf(0).length;
      const noop = resolveAxes(ctx, fromInput, rank3).kind === "noop";
      const flops = noop ? kind.noopOps * nIn : (kind.mapOps + 1) * nIn + kind.finishOps * nOut;
      return { macs: 0, flops };
    },
    doc: {
      flops: `${kind.doc}; axes ${fromInput ? "from the optional second input (noop_with_empty_axes honoured)" : "from the attribute"}; keepdims default 1`,
      ...kind.peers ? { peers: kind.peers } : {}
    }
  };
}
function argDef(opType) {
  const better = opType === "ArgMax" ? (a, b) => a > b : (a, b) => a < b;
  return {
    domain: "",
    opType,
    since: 1,
    infer(ctx) {
      const x = ctx.input(0);
      const shape = x.type.shape;
      if (!shape)
        return { outputs: [{ dtype: "int64", shape: void 0 }] };
      const axis = normalizeAxis(ctx.attrs.int("axis", 0), Math.max(shape.length, 1));
      const keepdims = ctx.attrs.int("keepdims", 1) === 1;
      const out = { dtype: "int64", shape: reducedShape(ctx, shape, { kind: "axes", axes: [axis] }, keepdims) };
      if (!x.value || shape.length === 0)
        return { outputs: [out] };
      const last = ctx.attrs.int("select_last_index", 0) === 1;
      const vals = x.value;
      const best = [];
      const folded = reduceValues(vals, [axis], keepdims, "int64", -1, (acc, v, i, o) => {
        if (acc < 0 || better(v, best[o]) || last && v === best[o]) {
          best[o] = v;
          return i;
        }
        return acc;
      }, id);
      return { outputs: [out], values: [folded] };
    },
    cost: (ctx) => ({ macs: 0, flops: elementsOf(ctx.input(0).type) }),
    doc: { flops: "1 per input element (compare); output int64 indices" }
  };
}
function topKDef(since) {
  const kOf = (ctx) => {
    if (since < 10)
      return ctx.attrs.int("k");
    const k = ctx.input(1);
    const v = k.value;
    if (!v)
      return void 0;
    if (v.data.length !== 1)
      throw new OpError(`TopK K must hold one value, got ${v.data.length}`);
    return v.data[0];
  };
  return {
    domain: "",
    opType: "TopK",
    since,
    infer(ctx) {
      const x = ctx.input(0);
      const shape = x.type.shape;
      const k = kOf(ctx);
      if (k !== void 0 && (!Number.isInteger(k) || k < 0))
        throw new OpError(`TopK k must be a non-negative integer, got ${k}`);
      if (!shape)
        return { outputs: [{ dtype: x.type.dtype, shape: void 0 }, { dtype: "int64", shape: void 0 }] };
      if (shape.length === 0)
        throw new OpError("TopK input must have rank >= 1");
      const axis = normalizeAxis(ctx.attrs.int("axis", -1), shape.length);
      const dim = shape[axis];
      if (k !== void 0 && typeof dim === "number" && k > dim)
        throw new OpError(`TopK k=${k} exceeds axis ${axis} of size ${dim}`);
      const kDim = k ?? ctx.freshDim("topk");
      const outShape = shape.map((d, i) => i === axis ? kDim : d);
      return { outputs: [{ dtype: x.type.dtype, shape: outShape }, { dtype: "int64", shape: outShape }] };
    },
    cost(ctx, outputs) {
      const nIn = elementsOf(ctx.input(0).type);
      const shape = outputs[0].shape;
      if (!shape)
        throw new UnresolvedDimError("rank");
      const k = shape[normalizeAxis(ctx.attrs.int("axis", -1), shape.length)];
      if (typeof k !== "number")
        throw new UnresolvedDimError(k);
      return { macs: 0, flops: nIn * Math.max(1, Math.ceil(Math.log2(Math.max(k, 1)))) };
    },
    doc: {
      flops: `n * max(1, ceil(log2 k)) comparisons for n input elements (heap selection of k per row); k ${since < 10 ? "attribute" : "from the second input"}`
    }
  };
}
function cumulative(opType, since) {
  const product = opType === "CumProd";
  return {
    domain: "",
    opType,
    since,
    infer(ctx) {
      const x = ctx.input(0);
      const axisIn = ctx.input(1);
      const out = { dtype: x.type.dtype, shape: x.type.shape };
      if (x.type.shape && axisIn.value)
        normalizeAxis(axisIn.value.data[0], Math.max(x.type.shape.length, 1));
      if (!x.value || !axisIn.value || x.value.shape.length === 0)
        return { outputs: [out] };
      const v = x.value;
      const axis = normalizeAxis(axisIn.value.data[0], v.shape.length);
      const exclusive = ctx.attrs.int("exclusive", 0) === 1;
      const reverse = ctx.attrs.int("reverse", 0) === 1;
      const len = v.shape[axis];
      const inner = numel(v.shape.slice(axis + 1));
      const outer = numel(v.shape.slice(0, axis));
      const data = new Array(v.data.length).fill(0);
      for (let o = 0; o < outer; o++) {
        for (let i = 0; i < inner; i++) {
          let running = product ? 1 : 0;
          for (let s = 0; s < len; s++) {
            const at = (o * len + (reverse ? len - 1 - s : s)) * inner + i;
            const next = product ? running * v.data[at] : running + v.data[at];
            data[at] = toDType(v.dtype, exclusive ? running : next);
            running = next;
          }
        }
      }
      return { outputs: [out], values: [exactIntegerValue({ dtype: v.dtype, shape: v.shape, data }, [v])] };
    },
    cost: (_ctx, outputs) => ({ macs: 0, flops: elementsOf(outputs[0]) }),
    doc: { flops: `1 per element (one running ${product ? "multiply" : "add"})` }
  };
}
var id, sum, KINDS2, reduceOps, det, ops9;
var init_reduce = __esm({
  "build/src/ops/reduce.js"() {
    "use strict";
    init_types();
    init_util();
    init_elementwise();
    id = (x) => x;
    sum = (a, x) => a + x;
    KINDS2 = [
      { opType: "ReduceSum", noopOps: 0, mapOps: 0, finishOps: 0, map: id, init: 0, combine: sum, finish: id, doc: "1 per input element (accumulate)" },
      { opType: "ReduceMean", noopOps: 0, mapOps: 0, finishOps: 1, map: id, init: 0, combine: sum, finish: (a, n) => a / n, doc: "1 per input element (accumulate) + 1 per output element (divide)" },
      { opType: "ReduceMax", noopOps: 0, mapOps: 0, finishOps: 0, map: id, init: -Infinity, combine: Math.max, finish: id, doc: "1 per input element (compare)" },
      { opType: "ReduceMin", noopOps: 0, mapOps: 0, finishOps: 0, map: id, init: Infinity, combine: Math.min, finish: id, doc: "1 per input element (compare)" },
      { opType: "ReduceProd", noopOps: 0, mapOps: 0, finishOps: 0, map: id, init: 1, combine: (a, x) => a * x, finish: id, doc: "1 per input element (multiply)" },
      { opType: "ReduceL1", noopOps: 1, mapOps: 1, finishOps: 0, map: Math.abs, init: 0, combine: sum, finish: id, doc: "2 per input element (abs, accumulate)" },
      { opType: "ReduceL2", noopOps: 2, mapOps: 1, finishOps: 1, map: (x) => x * x, init: 0, combine: sum, finish: Math.sqrt, doc: "2 per input element (square, accumulate) + 1 per output element (sqrt)" },
      { opType: "ReduceLogSum", noopOps: 1, mapOps: 0, finishOps: 1, map: id, init: 0, combine: sum, finish: Math.log, doc: "1 per input element (accumulate) + 1 per output element (log)" },
      { opType: "ReduceLogSumExp", noopOps: 2, mapOps: 1, finishOps: 1, map: Math.exp, init: 0, combine: sum, finish: Math.log, doc: "2 per input element (exp, accumulate) + 1 per output element (log)" },
      { opType: "ReduceSumSquare", noopOps: 1, mapOps: 1, finishOps: 0, map: (x) => x * x, init: 0, combine: sum, finish: id, doc: "2 per input element (square, accumulate)" }
    ];
    reduceOps = KINDS2.flatMap((k) => {
      const switchAt = k.opType === "ReduceSum" ? 13 : 18;
      return [reduceDef(k, 1, false), reduceDef(k, switchAt, true)];
    });
    det = {
      domain: "",
      opType: "Det",
      since: 11,
      infer(ctx) {
        const x = ctx.input(0);
        const shape = x.type.shape;
        if (!shape)
          return { outputs: [{ dtype: x.type.dtype, shape: void 0 }] };
        if (shape.length < 2)
          throw new OpError(`Det input must have rank >= 2, got rank ${shape.length}`);
        const [m, n] = shape.slice(-2);
        if (typeof m === "number" && typeof n === "number" && m !== n)
          throw new OpError(`Det needs square matrices, got ${m}x${n}`);
        return { outputs: [{ dtype: x.type.dtype, shape: shape.slice(0, -2) }] };
      },
      cost(ctx, outputs) {
        const shape = ctx.shapeOf(0);
        const m = shape[shape.length - 1];
        if (typeof m !== "number")
          throw new UnresolvedDimError(m);
        return { macs: 0, flops: elementsOf(outputs[0]) * Math.round(2 * m ** 3 / 3) };
      },
      doc: { flops: "round(2M\xB3/3) per M\xD7M matrix (LU factorisation); the diagonal product is not counted" }
    };
    ops9 = [
      ...reduceOps,
      argDef("ArgMax"),
      argDef("ArgMin"),
      topKDef(1),
      topKDef(10),
      cumulative("CumSum", 11),
      cumulative("CumProd", 26),
      det
    ];
  }
});

// build/src/ops/quantize.js
var quantize_exports = {};
__export(quantize_exports, {
  ops: () => ops10
});
function checkScale(ctx, xShape, allowAxis, allowBlocks) {
  const scale = ctx.input(1).type.shape;
  if (!xShape || !scale)
    return;
  const blockSize = allowBlocks ? ctx.attrs.int("block_size", 0) : 0;
  const scaleElems = scale.every((d2) => typeof d2 === "number") ? scale.reduce((a, b) => a * b, 1) : void 0;
  if (blockSize > 0) {
    if (scale.length !== xShape.length) {
      throw new OpError(`blocked quantization needs a scale of the input's rank ${xShape.length}, got rank ${scale.length}`);
    }
    const axis2 = normalizeAxis(ctx.attrs.int("axis", 1), xShape.length);
    const d2 = xShape[axis2];
    const s = scale[axis2];
    if (typeof d2 === "number" && typeof s === "number" && s !== Math.ceil(d2 / blockSize)) {
      throw new OpError(`scale has ${s} blocks on axis ${axis2} but ceil(${d2}/${blockSize}) = ${Math.ceil(d2 / blockSize)}`);
    }
    return;
  }
  if (scaleElems === 1)
    return;
  if (!allowAxis || scale.length !== 1) {
    throw new OpError(`scale of shape [${scale.join(",")}] is neither per-tensor nor per-axis${allowAxis ? "" : " (this opset only supports per-tensor)"}`);
  }
  if (xShape.length === 0)
    throw new OpError("per-axis scale given for a scalar input");
  const axis = normalizeAxis(ctx.attrs.int("axis", 1), xShape.length);
  const d = xShape[axis];
  if (typeof d === "number" && typeof scale[0] === "number" && d !== scale[0]) {
    throw new OpError(`per-axis scale has ${scale[0]} entries but axis ${axis} has ${d}`);
  }
}
function quantizeLinear(domain, since) {
  const onnx = domain === "";
  return {
    domain,
    opType: "QuantizeLinear",
    since,
    infer(ctx) {
      const x = ctx.input(0);
      checkScale(ctx, x.type.shape, !onnx || since >= 13, onnx && since >= 21);
      const zp = ctx.inputs[2];
      const fromAttr = onnx && since >= 21 ? dtypeFromAttr(ctx, "output_dtype") : void 0;
      if (zp?.type.dtype && fromAttr && zp.type.dtype !== fromAttr) {
        throw new OpError(`output_dtype ${fromAttr} differs from the zero point's type ${zp.type.dtype}`);
      }
      const dtype = zp ? zp.type.dtype ?? fromAttr : fromAttr ?? "uint8";
      return { outputs: [{ dtype, shape: x.type.shape }] };
    },
    cost: perOutputElement(2),
    doc: Q_DOC
  };
}
function dequantizeLinear(domain, since) {
  const onnx = domain === "";
  return {
    domain,
    opType: "DequantizeLinear",
    since,
    infer(ctx) {
      const x = ctx.input(0);
      const scale = ctx.input(1);
      checkScale(ctx, x.type.shape, !onnx || since >= 13, onnx && since >= 21);
      const fromAttr = onnx && since >= 23 ? dtypeFromAttr(ctx, "output_dtype") : void 0;
      return { outputs: [{ dtype: fromAttr ?? scale.type.dtype, shape: x.type.shape }] };
    },
    cost: perOutputElement(2),
    doc: DQ_DOC
  };
}
function qlinear(opType, tensorInputs, arithmetic, doc) {
  const perElem = 2 * tensorInputs.length + arithmetic + 2;
  return {
    domain: "com.microsoft",
    opType,
    since: 1,
    infer(ctx) {
      const first = ctx.input(tensorInputs[0]);
      for (const i of tensorInputs)
        ctx.input(i);
      const shapes = tensorInputs.map((i) => ctx.inputs[i].type.shape);
      const shape = shapes.every((s) => s !== void 0) ? broadcastShapes(shapes) : void 0;
      const out = { dtype: first.type.dtype, shape };
      return { outputs: [out] };
    },
    cost: perOutputElement(perElem),
    doc: { flops: `${perElem} per output element (${doc})` }
  };
}
var Q_DOC, DQ_DOC, dynamicQuantizeLinear, ops10;
var init_quantize = __esm({
  "build/src/ops/quantize.js"() {
    "use strict";
    init_types();
    init_util();
    init_elementwise();
    Q_DOC = {
      flops: "2 per element (divide by scale, add zero point; rounding and saturation not counted)"
    };
    DQ_DOC = {
      flops: "2 per element (subtract zero point, multiply by scale)"
    };
    dynamicQuantizeLinear = {
      domain: "",
      opType: "DynamicQuantizeLinear",
      since: 11,
      infer(ctx) {
        const x = ctx.input(0);
        return {
          outputs: [
            { dtype: "uint8", shape: x.type.shape },
            { dtype: "float32", shape: [] },
            { dtype: "uint8", shape: [] }
          ]
        };
      },
      cost: (_ctx, outputs) => ({ macs: 0, flops: 4 * elementsOf(outputs[0]) }),
      doc: { flops: "4 per element (min and max for the range, then quantize: scale and zero point); the scalar scale/zero-point maths is not counted" }
    };
    ops10 = [
      quantizeLinear("", 10),
      quantizeLinear("", 13),
      quantizeLinear("", 21),
      dequantizeLinear("", 10),
      dequantizeLinear("", 13),
      dequantizeLinear("", 21),
      dequantizeLinear("", 23),
      dynamicQuantizeLinear,
      quantizeLinear("com.microsoft", 1),
      dequantizeLinear("com.microsoft", 1),
      qlinear("QLinearAdd", [0, 3], 1, "dequantize A and B 2 each, add 1, requantize 2"),
      qlinear("QLinearMul", [0, 3], 1, "dequantize A and B 2 each, multiply 1, requantize 2"),
      qlinear("QLinearSigmoid", [0], 1, "dequantize 2, sigmoid 1, requantize 2"),
      qlinear("QLinearLeakyRelu", [0], 2, "dequantize 2, compare and multiply 2, requantize 2")
    ];
  }
});

// build/src/ops/shape-ops.js
var shape_ops_exports = {};
__export(shape_ops_exports, {
  DATA_MOVEMENT_FLOPS: () => DATA_MOVEMENT_FLOPS,
  NO_ARITHMETIC: () => NO_ARITHMETIC,
  NO_DATA_MEMORY: () => NO_DATA_MEMORY,
  castNumber: () => castNumber,
  dimProduct: () => dimProduct,
  dimSum: () => dimSum,
  inputBytes: () => inputBytes,
  intsOf: () => intsOf2,
  isConcrete: () => isConcrete,
  ops: () => ops11,
  reshapeDims: () => reshapeDims,
  single: () => single,
  stridesOf: () => stridesOf,
  tensorValue: () => tensorValue,
  transposeData: () => transposeData,
  valueOf: () => valueOf
});
function valueOf(ctx, i) {
  return ctx.inputs[i]?.value;
}
function intsOf2(ctx, i) {
  const v = valueOf(ctx, i);
  return v ? v.data.map((x) => Math.trunc(x)) : void 0;
}
function isConcrete(shape) {
  return shape.every((d) => typeof d === "number");
}
function dimProduct(dims, ctx, hint) {
  let c = 1;
  const syms = [];
  for (const d of dims) {
    if (typeof d === "number")
      c *= d;
    else
      syms.push(d);
  }
  if (syms.length === 0)
    return c;
  if (c === 0)
    return 0;
  if (syms.length === 1 && c === 1)
    return syms[0];
  return ctx.freshDim(hint);
}
function dimSum(dims, ctx, hint) {
  let c = 0;
  const syms = [];
  for (const d of dims) {
    if (typeof d === "number")
      c += d;
    else
      syms.push(d);
  }
  if (syms.length === 0)
    return c;
  if (syms.length === 1 && c === 0)
    return syms[0];
  return ctx.freshDim(hint);
}
function stridesOf(shape) {
  const s = new Array(shape.length).fill(1);
  for (let i = shape.length - 2; i >= 0; i--)
    s[i] = s[i + 1] * shape[i + 1];
  return s;
}
function transposeData(data, shape, perm) {
  const inStrides = stridesOf(shape);
  const outShape = perm.map((p) => shape[p]);
  const n = data.length;
  const out = new Array(n);
  const idx = new Array(outShape.length).fill(0);
  for (let o = 0; o < n; o++) {
    let src = 0;
    for (let k = 0; k < idx.length; k++)
      src += idx[k] * inStrides[perm[k]];
    out[o] = data[src];
    for (let k = idx.length - 1; k >= 0; k--) {
      if (++idx[k] < outShape[k])
        break;
      idx[k] = 0;
    }
  }
  return out;
}
function inputBytes(ctx, positions) {
  let b = 0;
  for (const i of positions) {
    const x = ctx.inputs[i];
    if (x)
      b += bytesOf2(x.type);
  }
  return b;
}
function tensorValue(t) {
  return t.values ? knownValue(t.dtype, t.dims, t.values) : void 0;
}
function single(type, value) {
  return value ? { outputs: [type], values: [value] } : { outputs: [type] };
}
function castNumber(x, to) {
  const kind = dtypeKind(to);
  if (kind === "bool")
    return x !== 0 ? 1 : 0;
  if (kind === "float")
    return to === "float32" ? Math.fround(x) : to === "float64" ? x : void 0;
  if (kind === "int" || kind === "uint") {
    if (!Number.isFinite(x))
      return void 0;
    const t = Math.trunc(x);
    switch (to) {
      case "int8":
        return t << 24 >> 24;
      case "uint8":
        return t & 255;
      case "int16":
        return t << 16 >> 16;
      case "uint16":
        return t & 65535;
      case "int32":
        return t | 0;
      case "uint32":
        return t >>> 0;
      default:
        return t;
    }
  }
  return void 0;
}
function reshapeDims(input, target, allowzero, ctx) {
  const out = [];
  let inferAt = -1;
  target.forEach((t, i) => {
    if (t === 0 && !allowzero) {
      if (!input) {
        out.push(ctx.freshDim("reshape"));
        return;
      }
      if (i >= input.length)
        throw new OpError(`shape entry ${i} is 0 (copy) but the input has rank ${input.length}`);
      out.push(input[i]);
    } else if (t === -1) {
      if (inferAt >= 0)
        throw new OpError(`shape [${target.join(",")}] has more than one -1`);
      inferAt = i;
      out.push(0);
    } else if (t < -1) {
      throw new OpError(`shape [${target.join(",")}] has an invalid entry ${t}`);
    } else {
      out.push(t);
    }
  });
  if (!input) {
    if (inferAt >= 0)
      out[inferAt] = ctx.freshDim("reshape");
    return out;
  }
  let num3 = 1;
  let den = 1;
  const numSyms = [];
  const denSyms = [];
  for (const d of input) {
    if (typeof d === "number")
      num3 *= d;
    else
      numSyms.push(d);
  }
  out.forEach((d, i) => {
    if (i === inferAt)
      return;
    if (typeof d === "number")
      den *= d;
    else {
      const k = numSyms.indexOf(d);
      if (k >= 0)
        numSyms.splice(k, 1);
      else
        denSyms.push(d);
    }
  });
  if (inferAt >= 0) {
    if (numSyms.length === 0 && denSyms.length === 0) {
      if (den === 0) {
        if (num3 !== 0)
          throw new OpError(`cannot infer -1 in shape [${target.join(",")}]: the other dims multiply to 0`);
        throw new OpError(`cannot infer -1 in shape [${target.join(",")}] for an empty tensor`);
      }
      if (num3 % den !== 0) {
        throw new OpError(`cannot reshape [${input.join(",")}] to [${target.join(",")}]: ${num3} elements do not divide by ${den}`);
      }
      out[inferAt] = num3 / den;
    } else if (denSyms.length === 0 && numSyms.length === 1 && num3 === den) {
      out[inferAt] = numSyms[0];
    } else {
      out[inferAt] = ctx.freshDim("reshape");
    }
  } else if (numSyms.length === 0 && denSyms.length === 0 && num3 !== den) {
    throw new OpError(`cannot reshape [${input.join(",")}] (${num3} elements) to [${target.join(",")}] (${den} elements)`);
  }
  return out;
}
function inferReshape(ctx, target, targetLength, allowzero) {
  const x = ctx.input(0);
  const inShape = x.type.shape;
  let shape;
  if (target) {
    shape = reshapeDims(inShape, target, allowzero, ctx);
  } else if (typeof targetLength === "number") {
    shape = Array.from({ length: rankFromLength(targetLength, "the shape input") }, () => ctx.freshDim("reshape"));
  } else {
    throw new OpError("the shape input is not a known constant and its length is unknown: the output rank cannot be inferred");
  }
  const type = { dtype: x.type.dtype, shape };
  const value = x.value && shape && isConcrete(shape) ? knownValue(x.value.dtype, shape, x.value.data) : void 0;
  return single(type, value);
}
function makeFlatten(since) {
  return {
    domain: "",
    opType: "Flatten",
    since,
    movesData: false,
    doc: flattenDoc,
    infer: (ctx) => {
      const x = ctx.input(0);
      const s = ctx.shapeOf(0);
      const r = s.length;
      let axis = ctx.attrs.int("axis", 1);
      if (axis < 0) {
        if (since < 11)
          throw new OpError(`axis ${axis} is negative (allowed from opset 11)`);
        axis += r;
      }
      if (axis < 0 || axis > r)
        throw new OpError(`axis ${ctx.attrs.int("axis", 1)} is out of range for rank ${r}`);
      const shape = [dimProduct(s.slice(0, axis), ctx, "flatten"), dimProduct(s.slice(axis), ctx, "flatten")];
      const value = x.value && isConcrete(shape) ? knownValue(x.value.dtype, shape, x.value.data) : void 0;
      return single({ dtype: x.type.dtype, shape }, value);
    },
    cost: () => NO_ARITHMETIC
  };
}
function squeeze2(ctx, axes, allowNegative) {
  const x = ctx.input(0);
  const s = x.type.shape;
  if (!s)
    return single({ dtype: x.type.dtype, shape: void 0 });
  let shape;
  if (axes) {
    const norm = /* @__PURE__ */ new Set();
    for (const a of axes) {
      if (a < 0 && !allowNegative)
        throw new OpError(`axis ${a} is negative (allowed from opset 11)`);
      const n = normalizeAxis(a, s.length);
      const d = s[n];
      if (typeof d === "number" && d !== 1)
        throw new OpError(`cannot squeeze axis ${a}: its size is ${d}, not 1`);
      norm.add(n);
    }
    shape = s.filter((_, i) => !norm.has(i));
  } else if (isConcrete(s)) {
    shape = s.filter((d) => d !== 1);
  } else {
    throw new OpError(`Squeeze without axes on [${s.join(",")}]: the symbolic dims may or may not be 1, so the output rank is unknown`);
  }
  const value = x.value && shape && isConcrete(shape) ? knownValue(x.value.dtype, shape, x.value.data) : void 0;
  return single({ dtype: x.type.dtype, shape }, value);
}
function unsqueeze(ctx, axes, allowNegative) {
  const x = ctx.input(0);
  const s = x.type.shape;
  if (!s)
    return single({ dtype: x.type.dtype, shape: void 0 });
  if (!axes)
    throw new OpError("the axes input is not a known constant: where the new dims go cannot be inferred");
  const outRank = s.length + axes.length;
  const norm = /* @__PURE__ */ new Set();
  for (const a of axes) {
    if (a < 0 && !allowNegative)
      throw new OpError(`axis ${a} is negative (allowed from opset 11)`);
    const n = normalizeAxis(a, outRank);
    if (norm.has(n))
      throw new OpError(`axes [${axes.join(",")}] repeat axis ${n}`);
    norm.add(n);
  }
  const shape = [];
  let k = 0;
  for (let i = 0; i < outRank; i++)
    shape.push(norm.has(i) ? 1 : s[k++]);
  const value = x.value && isConcrete(shape) ? knownValue(x.value.dtype, shape, x.value.data) : void 0;
  return single({ dtype: x.type.dtype, shape }, value);
}
function makeShape(since) {
  return {
    domain: "",
    opType: "Shape",
    since,
    movesData: false,
    doc: shapeDoc,
    infer: (ctx) => {
      const s = ctx.input(0).type.shape;
      if (!s) {
        return single({ dtype: "int64", shape: [ctx.freshDim("rank")] });
      }
      const r = s.length;
      let start = 0;
      let end = r;
      if (since >= 15) {
        start = ctx.attrs.int("start", 0);
        end = ctx.attrs.has("end") ? ctx.attrs.int("end") : r;
        if (start < 0)
          start += r;
        if (end < 0)
          end += r;
        start = Math.min(Math.max(start, 0), r);
        end = Math.min(Math.max(end, 0), r);
      }
      const dims = s.slice(start, Math.max(start, end));
      const type = { dtype: "int64", shape: [dims.length] };
      return single(type, isConcrete(dims) ? knownValue("int64", [dims.length], dims) : void 0);
    },
    cost: () => NO_ARITHMETIC
  };
}
function makeDropout(since) {
  return {
    domain: "",
    opType: "Dropout",
    since,
    movesData: false,
    doc: dropoutDoc,
    infer: (ctx) => {
      const x = ctx.input(0);
      if (since >= 12) {
        const training = valueOf(ctx, 2);
        const ratio = ctx.inputs[1] ? valueOf(ctx, 1) : void 0;
        const keepsAll = ratio !== void 0 && ratio.data.length === 1 && ratio.data[0] === 0;
        if (training && training.data[0] && !keepsAll)
          ctx.warn("Dropout with training_mode=1: profiled as inference (identity)");
      }
      const outputs = [x.type];
      const values = [x.value];
      if (ctx.node.outputs.length > 1 && ctx.node.outputs[1] !== "") {
        outputs.push({ dtype: ctx.opset >= 10 ? "bool" : x.type.dtype, shape: x.type.shape });
        values.push(void 0);
      }
      return { outputs, values };
    },
    cost: () => NO_ARITHMETIC
  };
}
function inferConstant(ctx) {
  const attrs = ctx.node.attributes;
  if (attrs.size === 1) {
    const value = attrs.get("value");
    if (value)
      return constantOf(ctx, "value", value);
  }
  for (const [name, attr] of attrs) {
    const out = constantOf(ctx, name, attr);
    if (out)
      return out;
  }
  throw new OpError("Constant has none of the attributes value, sparse_value, value_float(s), value_int(s), value_string(s)");
}
function constantOf(ctx, name, attr) {
  switch (name) {
    case "value":
    case "sparse_value": {
      if (attr.type !== "tensor" && attr.type !== "sparse_tensor") {
        throw new OpError(`attribute '${name}' should be a tensor but is ${attr.type}`);
      }
      const t = attr.value;
      return single({ dtype: t.dtype, shape: t.dims }, tensorValue(t));
    }
    case "value_float":
      return single({ dtype: "float32", shape: [] }, knownValue("float32", [], [Math.fround(ctx.attrs.float(name))]));
    case "value_floats": {
      const v = ctx.attrs.floats(name).map(Math.fround);
      return single({ dtype: "float32", shape: [v.length] }, knownValue("float32", [v.length], v));
    }
    case "value_int": {
      const v = ctx.attrs.int(name);
      return single({ dtype: "int64", shape: [] }, isTrustedInt64Number(v) ? knownValue("int64", [], [v]) : void 0);
    }
    case "value_ints": {
      const v = ctx.attrs.ints(name);
      return single({ dtype: "int64", shape: [v.length] }, v.every(isTrustedInt64Number) ? knownValue("int64", [v.length], v) : void 0);
    }
    case "value_string":
      return single({ dtype: "string", shape: [] });
    case "value_strings":
      return single({ dtype: "string", shape: [ctx.attrs.strings(name).length] });
    default:
      return void 0;
  }
}
function castTarget(ctx) {
  const attr = ctx.node.attributes.get("to");
  if (!attr)
    throw new OpError(`required attribute 'to' is missing`);
  let code2;
  if (attr.type === "string")
    code2 = ONNX_TYPE_NAMES[attr.value.toUpperCase()];
  else
    code2 = ctx.attrs.int("to");
  const dtype = code2 === void 0 ? void 0 : dtypeFromOnnx(code2);
  if (!dtype)
    throw new OpError(`attribute 'to' names an unknown data type (${attr.type === "string" ? attr.value : code2})`);
  return dtype;
}
function castTo(ctx, to) {
  const x = ctx.input(0);
  let value;
  if (x.value && to !== "string" && x.value.dtype !== "string") {
    const data = [];
    for (const v of x.value.data) {
      const c = castNumber(v, to);
      if (c === void 0) {
        data.length = 0;
        break;
      }
      data.push(c);
    }
    if (data.length === x.value.data.length)
      value = knownValue(to, x.value.shape, data);
  }
  return single({ dtype: to, shape: x.type.shape }, value);
}
var NO_ARITHMETIC, DATA_MOVEMENT_FLOPS, NO_DATA_MEMORY, RESHAPE_DOC, reshapeV1, reshapeV5, reshapeV14, flattenDoc, squeezeDoc, squeezeOps, shapeDoc, sizeOp, identityOp, dropoutDoc, constantDoc, constantOps, castDoc, ONNX_TYPE_NAMES, castOps, bitCastOp, optionalDoc, optionalOps, ops11;
var init_shape_ops = __esm({
  "build/src/ops/shape-ops.js"() {
    "use strict";
    init_dtype();
    init_dtype_codes();
    init_tensor_values();
    init_types();
    init_util();
    NO_ARITHMETIC = { macs: 0, flops: 0 };
    DATA_MOVEMENT_FLOPS = "0: data movement only (copies or rearranges elements, no arithmetic)";
    NO_DATA_MEMORY = "0 bytes: a metadata (view) change, no element is read or written";
    RESHAPE_DOC = {
      flops: "0: a view change",
      memory: NO_DATA_MEMORY,
      peers: "thop/fvcore never see it (a PyTorch view)."
    };
    reshapeV1 = {
      domain: "",
      opType: "Reshape",
      since: 1,
      movesData: false,
      doc: RESHAPE_DOC,
      infer: (ctx) => inferReshape(ctx, ctx.attrs.ints("shape"), void 0, false),
      cost: () => NO_ARITHMETIC
    };
    reshapeV5 = {
      domain: "",
      opType: "Reshape",
      since: 5,
      movesData: false,
      doc: RESHAPE_DOC,
      infer: (ctx) => {
        const allowzero = ctx.opset >= 14 && ctx.attrs.int("allowzero", 0) === 1;
        const s = ctx.input(1).type.shape;
        if (s && s.length !== 1)
          throw new OpError(`the shape input must be 1-D, got rank ${s.length}`);
        return inferReshape(ctx, intsOf2(ctx, 1), s?.[0], allowzero);
      },
      cost: () => NO_ARITHMETIC
    };
    reshapeV14 = { ...reshapeV5, since: 14 };
    flattenDoc = { flops: "0: a view change", memory: NO_DATA_MEMORY };
    squeezeDoc = { flops: "0: a view change", memory: NO_DATA_MEMORY };
    squeezeOps = [
      {
        domain: "",
        opType: "Squeeze",
        since: 1,
        movesData: false,
        doc: squeezeDoc,
        infer: (ctx) => squeeze2(ctx, ctx.attrs.has("axes") ? ctx.attrs.ints("axes") : void 0, false),
        cost: () => NO_ARITHMETIC
      },
      {
        domain: "",
        opType: "Squeeze",
        since: 11,
        movesData: false,
        doc: squeezeDoc,
        infer: (ctx) => squeeze2(ctx, ctx.attrs.has("axes") ? ctx.attrs.ints("axes") : void 0, true),
        cost: () => NO_ARITHMETIC
      },
      {
        domain: "",
        opType: "Squeeze",
        since: 13,
        movesData: false,
        doc: squeezeDoc,
        infer: (ctx) => {
          if (ctx.inputs[1] && !valueOf(ctx, 1)) {
            throw new OpError("the axes input is not a known constant: which dims are removed cannot be inferred");
          }
          return squeeze2(ctx, intsOf2(ctx, 1), true);
        },
        cost: () => NO_ARITHMETIC
      },
      {
        domain: "",
        opType: "Unsqueeze",
        since: 1,
        movesData: false,
        doc: squeezeDoc,
        infer: (ctx) => unsqueeze(ctx, ctx.attrs.ints("axes"), false),
        cost: () => NO_ARITHMETIC
      },
      {
        domain: "",
        opType: "Unsqueeze",
        since: 11,
        movesData: false,
        doc: squeezeDoc,
        infer: (ctx) => unsqueeze(ctx, ctx.attrs.ints("axes"), true),
        cost: () => NO_ARITHMETIC
      },
      {
        domain: "",
        opType: "Unsqueeze",
        since: 13,
        movesData: false,
        doc: squeezeDoc,
        infer: (ctx) => {
          ctx.input(1);
          return unsqueeze(ctx, intsOf2(ctx, 1), true);
        },
        cost: () => NO_ARITHMETIC
      }
    ];
    shapeDoc = {
      flops: "0: reads tensor metadata only",
      memory: "0 bytes: the result comes from metadata; the input elements are never read"
    };
    sizeOp = {
      domain: "",
      opType: "Size",
      since: 1,
      movesData: false,
      doc: shapeDoc,
      infer: (ctx) => {
        const s = ctx.input(0).type.shape;
        const type = { dtype: "int64", shape: [] };
        return single(type, s && isConcrete(s) ? knownValue("int64", [], [numel(s)]) : void 0);
      },
      cost: () => NO_ARITHMETIC
    };
    identityOp = {
      domain: "",
      opType: "Identity",
      since: 1,
      movesData: false,
      doc: { flops: "0", memory: "0 bytes: runtimes alias the output to the input" },
      infer: (ctx) => {
        const x = ctx.input(0);
        return single(x.type, x.value);
      },
      cost: () => NO_ARITHMETIC
    };
    dropoutDoc = {
      flops: "0: inference mode is the identity (training_mode=1 would add 1 compare + 1 multiply per element; not modelled)",
      memory: "0 bytes in inference: the output aliases the input",
      peers: "thop/fvcore count 0 for nn.Dropout in eval mode as well."
    };
    constantDoc = {
      flops: "0",
      memory: "0 bytes: the tensor is part of the model file; its readers count it when they read it"
    };
    constantOps = [1, 11, 12].map((since) => ({
      domain: "",
      opType: "Constant",
      since,
      movesData: false,
      doc: constantDoc,
      infer: inferConstant,
      cost: () => NO_ARITHMETIC
    }));
    castDoc = {
      flops: "0: a type conversion is not counted as arithmetic",
      memory: "input bytes at the source dtype + output bytes at the target dtype"
    };
    ONNX_TYPE_NAMES = {
      FLOAT: 1,
      UINT8: 2,
      INT8: 3,
      UINT16: 4,
      INT16: 5,
      INT32: 6,
      INT64: 7,
      STRING: 8,
      BOOL: 9,
      FLOAT16: 10,
      DOUBLE: 11,
      UINT32: 12,
      UINT64: 13,
      COMPLEX64: 14,
      COMPLEX128: 15,
      BFLOAT16: 16
    };
    castOps = [
      ...[1, 6, 19].map((since) => ({
        domain: "",
        opType: "Cast",
        since,
        doc: castDoc,
        infer: (ctx) => castTo(ctx, castTarget(ctx)),
        cost: () => NO_ARITHMETIC
      })),
      ...[15, 19].map((since) => ({
        domain: "",
        opType: "CastLike",
        since,
        doc: castDoc,
        infer: (ctx) => {
          const to = ctx.input(1).type.dtype;
          if (!to)
            throw new OpError("the target_type input has no known element type");
          return castTo(ctx, to);
        },
        cost: () => NO_ARITHMETIC
      }))
    ];
    bitCastOp = {
      domain: "",
      opType: "BitCast",
      since: 26,
      movesData: false,
      doc: { flops: "0: reinterprets bits, no conversion", memory: NO_DATA_MEMORY },
      infer: (ctx) => {
        const x = ctx.input(0);
        const to = castTarget(ctx);
        const from = x.type.dtype;
        if (to === "string" || from === "string")
          throw new OpError("BitCast does not take string tensors");
        if (from && dtypeBits(from) !== dtypeBits(to)) {
          throw new OpError(`cannot bit-cast ${from} (${dtypeBits(from)} bits) to ${to} (${dtypeBits(to)} bits): widths differ`);
        }
        return single({ dtype: to, shape: x.type.shape });
      },
      cost: () => NO_ARITHMETIC
    };
    optionalDoc = { flops: "0", memory: "0 bytes: wraps or unwraps a reference" };
    optionalOps = [
      {
        domain: "",
        opType: "Optional",
        since: 15,
        movesData: false,
        doc: optionalDoc,
        infer: (ctx) => {
          const x = ctx.inputs[0];
          if (x)
            return single(x.type, x.value);
          const tp = ctx.node.attributes.get("type");
          if (tp?.type === "type_proto")
            return single({ dtype: tp.value.dtype, shape: tp.value.shape?.map((d) => d ?? ctx.freshDim("optional")) });
          return single({ dtype: void 0, shape: void 0 });
        },
        cost: () => NO_ARITHMETIC
      },
      ...[15, 18].map((since) => ({
        domain: "",
        opType: "OptionalHasElement",
        since,
        movesData: false,
        doc: optionalDoc,
        infer: () => single({ dtype: "bool", shape: [] }),
        cost: () => NO_ARITHMETIC
      })),
      ...[15, 18].map((since) => ({
        domain: "",
        opType: "OptionalGetElement",
        since,
        movesData: false,
        doc: optionalDoc,
        infer: (ctx) => {
          const x = ctx.input(0);
          return single(x.type, x.value);
        },
        cost: () => NO_ARITHMETIC
      }))
    ];
    ops11 = [
      reshapeV1,
      reshapeV5,
      reshapeV14,
      makeFlatten(1),
      makeFlatten(9),
      makeFlatten(11),
      ...squeezeOps,
      makeShape(1),
      makeShape(15),
      sizeOp,
      identityOp,
      makeDropout(1),
      makeDropout(7),
      makeDropout(12),
      ...constantOps,
      ...castOps,
      bitCastOp,
      ...optionalOps
    ];
  }
});

// build/src/ops/tensor.js
var tensor_exports = {};
__export(tensor_exports, {
  broadcastData: () => broadcastData,
  ops: () => ops12
});
function sliceAxisData(data, shape, axis, start, len) {
  const outer = shape.slice(0, axis).reduce((a, b) => a * b, 1);
  const inner = shape.slice(axis + 1).reduce((a, b) => a * b, 1);
  const d = shape[axis];
  const out = [];
  for (let o = 0; o < outer; o++) {
    const base = o * d * inner;
    for (let k = start * inner; k < (start + len) * inner; k++)
      out.push(data[base + k]);
  }
  return out;
}
function broadcastData(data, inShape, outShape) {
  const r = outShape.length;
  const padded = [...new Array(r - inShape.length).fill(1), ...inShape];
  const inStrides = stridesOf(padded).map((s, i) => padded[i] === 1 ? 0 : s);
  const n = numel(outShape);
  const out = new Array(n);
  const idx = new Array(r).fill(0);
  for (let o = 0; o < n; o++) {
    let src = 0;
    for (let k = 0; k < r; k++)
      src += idx[k] * inStrides[k];
    out[o] = data[src];
    for (let k = r - 1; k >= 0; k--) {
      if (++idx[k] < outShape[k])
        break;
      idx[k] = 0;
    }
  }
  return out;
}
function makeConcat(since) {
  return {
    domain: "",
    opType: "Concat",
    since,
    doc: moveDoc(),
    infer: (ctx) => {
      const present3 = ctx.inputs.filter((x) => x !== void 0);
      if (present3.length === 0)
        throw new OpError("Concat has no inputs");
      const dtype = present3.find((x) => x.type.dtype)?.type.dtype;
      if (present3.some((x) => !x.type.shape))
        return single({ dtype, shape: void 0 });
      const shapes = present3.map((x) => x.type.shape);
      const r = shapes[0].length;
      if (shapes.some((s) => s.length !== r)) {
        throw new OpError(`inputs have different ranks: ${shapes.map((s) => `[${s.join(",")}]`).join(" ")}`);
      }
      const rawAxis = since < 4 ? ctx.attrs.int("axis", 1) : ctx.attrs.int("axis");
      if (rawAxis < 0 && since < 11)
        throw new OpError(`axis ${rawAxis} is negative (allowed from opset 11)`);
      const axis = normalizeAxis(rawAxis, r);
      const shape = [];
      for (let i = 0; i < r; i++) {
        if (i === axis) {
          shape.push(dimSum(shapes.map((s) => s[i]), ctx, "concat"));
          continue;
        }
        const dims = shapes.map((s) => s[i]);
        const nums = dims.filter((d) => typeof d === "number");
        if (nums.some((d) => d !== nums[0])) {
          throw new OpError(`inputs differ on axis ${i}: ${shapes.map((s) => `[${s.join(",")}]`).join(" ")}`);
        }
        shape.push(nums.length > 0 ? nums[0] : dims[0]);
      }
      let value;
      if (present3.every((x) => x.value) && isConcrete(shape)) {
        const full = shape;
        const outer = full.slice(0, axis).reduce((a, b) => a * b, 1);
        const inner = full.slice(axis + 1).reduce((a, b) => a * b, 1);
        const data = [];
        for (let o = 0; o < outer; o++) {
          for (const x of present3) {
            const chunk = x.type.shape[axis] * inner;
            for (let k = 0; k < chunk; k++)
              data.push(x.value.data[o * chunk + k]);
          }
        }
        value = knownValue(present3[0].value.dtype, shape, data);
      }
      return single({ dtype, shape }, value);
    },
    cost: () => NO_ARITHMETIC
  };
}
function makeSplit(since, source) {
  return {
    domain: "",
    opType: "Split",
    since,
    doc: moveDoc(),
    infer: (ctx) => {
      const x = ctx.input(0);
      const s = ctx.shapeOf(0);
      const n = ctx.node.outputs.length;
      const rawAxis = ctx.attrs.int("axis", 0);
      if (rawAxis < 0 && since < 11)
        throw new OpError(`axis ${rawAxis} is negative (allowed from opset 11)`);
      const axis = normalizeAxis(rawAxis, s.length);
      const d = s[axis];
      let split2;
      let splitGivenUnknown = false;
      if ((source === "attr-or-input" || source === "attr") && ctx.attrs.has("split"))
        split2 = [...ctx.attrs.ints("split")];
      if ((source === "attr-or-input" || source.startsWith("input")) && ctx.inputs[1]) {
        split2 = intsOf2(ctx, 1);
        if (!split2)
          splitGivenUnknown = true;
      }
      let sizes;
      if (split2) {
        if (split2.length !== n)
          throw new OpError(`split has ${split2.length} entries for ${n} outputs`);
        if (split2.some((v) => v < 0))
          throw new OpError(`split [${split2.join(",")}] has a negative size`);
        const total = split2.reduce((a, b) => a + b, 0);
        if (typeof d === "number" && total !== d)
          throw new OpError(`split [${split2.join(",")}] sums to ${total}, axis ${axis} has size ${d}`);
        sizes = split2;
      } else if (splitGivenUnknown) {
        sizes = Array.from({ length: n }, () => ctx.freshDim("split"));
      } else if (source === "input-or-num_outputs" && ctx.attrs.has("num_outputs")) {
        const k = ctx.attrs.int("num_outputs");
        if (k !== n)
          throw new OpError(`num_outputs is ${k} but the node has ${n} outputs`);
        if (typeof d === "number") {
          const chunk = Math.ceil(d / k);
          sizes = Array.from({ length: k }, (_, i) => Math.max(0, Math.min(chunk, d - chunk * i)));
        } else {
          sizes = Array.from({ length: k }, () => ctx.freshDim("split"));
        }
      } else {
        if (source === "input-or-num_outputs")
          throw new OpError("Split-18 needs either the split input or the num_outputs attribute");
        if (typeof d === "number") {
          if (d % n !== 0)
            throw new OpError(`axis ${axis} of size ${d} does not split evenly into ${n} outputs`);
          sizes = new Array(n).fill(d / n);
        } else {
          const shared = n === 1 ? d : ctx.freshDim("split");
          sizes = new Array(n).fill(shared);
        }
      }
      const outputs = sizes.map((len) => ({ dtype: x.type.dtype, shape: s.map((dim, i) => i === axis ? len : dim) }));
      let values;
      if (x.value && isConcrete(s) && sizes.every((v) => typeof v === "number")) {
        let start = 0;
        values = sizes.map((len) => {
          const data = sliceAxisData(x.value.data, s, axis, start, len);
          start += len;
          return knownValue(x.value.dtype, s.map((dim, i) => i === axis ? len : dim), data);
        });
      }
      return values ? { outputs, values } : { outputs };
    },
    cost: () => NO_ARITHMETIC
  };
}
function tileShape(ctx, s, repeats) {
  if (!repeats)
    return s.map((d) => d === 0 ? 0 : ctx.freshDim("tile"));
  if (repeats.length !== s.length)
    throw new OpError(`repeats has ${repeats.length} entries for rank ${s.length}`);
  if (repeats.some((r) => r < 0))
    throw new OpError(`repeats [${repeats.join(",")}] has a negative entry`);
  return s.map((d, i) => {
    const r = repeats[i];
    if (r === 1)
      return d;
    if (typeof d === "number")
      return d * r;
    return r === 0 ? 0 : ctx.freshDim("tile");
  });
}
function tileData(data, s, repeats) {
  const out = s.map((d, i) => d * repeats[i]);
  const inStrides = stridesOf(s);
  const n = numel(out);
  const res = new Array(n);
  const idx = new Array(out.length).fill(0);
  for (let o = 0; o < n; o++) {
    let src = 0;
    for (let k = 0; k < idx.length; k++)
      src += idx[k] % s[k] * inStrides[k];
    res[o] = data[src];
    for (let k = idx.length - 1; k >= 0; k--) {
      if (++idx[k] < out[k])
        break;
      idx[k] = 0;
    }
  }
  return res;
}
function expandShape(ctx, s, target, targetLen) {
  if (!target) {
    if (typeof targetLen !== "number")
      return void 0;
    const r2 = Math.max(s.length, rankFromLength(targetLen, "the shape input"));
    const padded = [...new Array(r2 - s.length).fill(1), ...s];
    return padded.map((d) => typeof d === "number" && d !== 1 ? d : ctx.freshDim("expand"));
  }
  const r = Math.max(s.length, target.length);
  const a = [...new Array(r - s.length).fill(1), ...s];
  const b = [...new Array(r - target.length).fill(1), ...target];
  return a.map((d, i) => {
    const t = b[i];
    if (t === 1)
      return d;
    if (d === 1)
      return t;
    if (typeof d !== "number")
      return t;
    if (d !== t)
      throw new OpError(`cannot expand [${s.join(",")}] to [${target.join(",")}]`);
    return d;
  });
}
function padShape(ctx, s, pads, axes) {
  const r = s.length;
  const ax = axes ? axes.map((a) => normalizeAxis(a, r)) : s.map((_, i) => i);
  if (!pads) {
    return s.map((d, i) => ax.includes(i) ? ctx.freshDim("pad") : d);
  }
  if (pads.length !== 2 * ax.length)
    throw new OpError(`pads has ${pads.length} entries, expected ${2 * ax.length} (2 per padded axis)`);
  const out = [...s];
  ax.forEach((a, k) => {
    const extra = pads[k] + pads[k + ax.length];
    const d = s[a];
    if (typeof d === "number") {
      if (d + extra < 0)
        throw new OpError(`pads [${pads.join(",")}] crop axis ${a} of size ${d} below 0`);
      out[a] = d + extra;
    } else {
      out[a] = extra === 0 ? d : ctx.freshDim("pad");
    }
  });
  return out;
}
function makePad(since) {
  return {
    domain: "",
    opType: "Pad",
    since,
    doc: padDoc,
    infer: (ctx) => {
      const x = ctx.input(0);
      const s = ctx.shapeOf(0);
      let pads;
      let axes;
      if (since < 11) {
        pads = ctx.attrs.ints(since === 1 ? "paddings" : "pads");
      } else {
        ctx.input(1);
        pads = intsOf2(ctx, 1);
        if (since >= 18 && ctx.inputs[3]) {
          axes = intsOf2(ctx, 3);
          if (!axes)
            return single({ dtype: x.type.dtype, shape: s.map(() => ctx.freshDim("pad")) });
        }
      }
      const mode = ctx.attrs.string("mode", "constant");
      if (!["constant", "reflect", "edge", "wrap"].includes(mode))
        throw new OpError(`unknown pad mode '${mode}'`);
      return single({ dtype: x.type.dtype, shape: padShape(ctx, s, pads, axes) });
    },
    cost: () => NO_ARITHMETIC
  };
}
function blocksize(ctx) {
  const b = ctx.attrs.int("blocksize");
  if (b < 1)
    throw new OpError(`blocksize ${b} must be positive`);
  return b;
}
function makeDepthToSpace(since) {
  return {
    domain: "",
    opType: "DepthToSpace",
    since,
    doc: moveDoc(),
    infer: (ctx) => {
      const x = ctx.input(0);
      const s = ctx.shapeOf(0);
      if (s.length !== 4)
        throw new OpError(`input must be 4-D [N,C,H,W], got [${s.join(",")}]`);
      const b = blocksize(ctx);
      const mode = since >= 11 ? ctx.attrs.string("mode", "DCR") : "DCR";
      if (mode !== "DCR" && mode !== "CRD")
        throw new OpError(`unknown mode '${mode}' (DCR or CRD)`);
      const [n, c, h, w] = s;
      if (typeof c === "number" && c % (b * b) !== 0)
        throw new OpError(`channels ${c} do not divide by blocksize^2 = ${b * b}`);
      const shape = [
        n,
        typeof c === "number" ? c / (b * b) : b === 1 ? c : ctx.freshDim("depth_to_space"),
        typeof h === "number" ? h * b : b === 1 ? h : ctx.freshDim("depth_to_space"),
        typeof w === "number" ? w * b : b === 1 ? w : ctx.freshDim("depth_to_space")
      ];
      let value;
      if (x.value && isConcrete(s)) {
        const [N, C, H, W] = s;
        const c2 = C / (b * b);
        const data = mode === "DCR" ? transposeData(x.value.data, [N, b, b, c2, H, W], [0, 3, 4, 1, 5, 2]) : transposeData(x.value.data, [N, c2, b, b, H, W], [0, 1, 4, 2, 5, 3]);
        value = knownValue(x.value.dtype, shape, data);
      }
      return single({ dtype: x.type.dtype, shape }, value);
    },
    cost: () => NO_ARITHMETIC
  };
}
var moveDoc, transposeOp, tileOps, expandOp, padDoc, spaceToDepthOp, triluOp, reverseSequenceOp, centerCropPadOp, col2imOp, seqDoc, seqCopyDoc, sequenceType, sequenceOps, ops12;
var init_tensor = __esm({
  "build/src/ops/tensor.js"() {
    "use strict";
    init_dtype();
    init_dtype_codes();
    init_types();
    init_util();
    init_shape_ops();
    moveDoc = (memory, peers) => ({
      flops: DATA_MOVEMENT_FLOPS,
      ...memory ? { memory } : {},
      ...peers ? { peers } : {}
    });
    transposeOp = {
      domain: "",
      opType: "Transpose",
      since: 1,
      doc: moveDoc(void 0, "PyTorch permute is a view, so thop/fvcore report nothing; the ONNX op materialises the output."),
      infer: (ctx) => {
        const x = ctx.input(0);
        const s = ctx.shapeOf(0);
        const r = s.length;
        const perm = ctx.attrs.has("perm") ? ctx.attrs.ints("perm").map((p) => p < 0 ? p + r : p) : s.map((_, i) => r - 1 - i);
        if (perm.length !== r || new Set(perm).size !== r || perm.some((p) => p < 0 || p >= r)) {
          throw new OpError(`perm [${perm.join(",")}] is not a permutation of rank ${r}`);
        }
        const shape = perm.map((p) => s[p]);
        const value = x.value && isConcrete(s) ? knownValue(x.value.dtype, shape, transposeData(x.value.data, s, perm)) : void 0;
        return single({ dtype: x.type.dtype, shape }, value);
      },
      cost: () => NO_ARITHMETIC
    };
    tileOps = [
      {
        domain: "",
        opType: "Tile",
        since: 1,
        doc: moveDoc(),
        infer: (ctx) => {
          const x = ctx.input(0);
          const s = ctx.shapeOf(0);
          const tiles = intsOf2(ctx, 1)?.[0];
          const axisV = intsOf2(ctx, 2)?.[0];
          if (axisV === void 0)
            return single({ dtype: x.type.dtype, shape: s.map(() => ctx.freshDim("tile")) });
          const axis = normalizeAxis(axisV, s.length);
          const repeats = tiles === void 0 ? void 0 : s.map((_, i) => i === axis ? tiles : 1);
          const shape = repeats ? tileShape(ctx, s, repeats) : s.map((d, i) => i === axis ? ctx.freshDim("tile") : d);
          return single({ dtype: x.type.dtype, shape });
        },
        cost: () => NO_ARITHMETIC
      },
      {
        domain: "",
        opType: "Tile",
        since: 6,
        doc: moveDoc(),
        infer: (ctx) => {
          const x = ctx.input(0);
          const s = ctx.shapeOf(0);
          ctx.input(1);
          const repeats = intsOf2(ctx, 1);
          const shape = tileShape(ctx, s, repeats);
          const value = x.value && repeats && isConcrete(shape) && isConcrete(s) && numel(shape) <= MAX_FOLD_ELEMENTS ? knownValue(x.value.dtype, shape, tileData(x.value.data, s, repeats)) : void 0;
          return single({ dtype: x.type.dtype, shape }, value);
        },
        cost: () => NO_ARITHMETIC
      }
    ];
    expandOp = {
      domain: "",
      opType: "Expand",
      since: 8,
      doc: moveDoc("input bytes once + output bytes once", "PyTorch expand is a view (0 bytes); ONNX Expand materialises the output."),
      infer: (ctx) => {
        const x = ctx.input(0);
        const s = ctx.shapeOf(0);
        const shapeIn = ctx.input(1).type.shape;
        const shape = expandShape(ctx, s, intsOf2(ctx, 1), shapeIn?.[0]);
        if (!shape)
          throw new OpError("the shape input is not a known constant and its length is unknown: the output rank cannot be inferred");
        const value = x.value && shape && isConcrete(shape) && isConcrete(s) && numel(shape) <= MAX_FOLD_ELEMENTS ? knownValue(x.value.dtype, shape, broadcastData(x.value.data, s, shape)) : void 0;
        return single({ dtype: x.type.dtype, shape }, value);
      },
      cost: () => NO_ARITHMETIC
    };
    padDoc = moveDoc("input bytes + output bytes (pad values are written, not read)", "thop counts 0 for padding layers too.");
    spaceToDepthOp = {
      domain: "",
      opType: "SpaceToDepth",
      since: 1,
      doc: moveDoc(),
      infer: (ctx) => {
        const x = ctx.input(0);
        const s = ctx.shapeOf(0);
        if (s.length !== 4)
          throw new OpError(`input must be 4-D [N,C,H,W], got [${s.join(",")}]`);
        const b = blocksize(ctx);
        const [n, c, h, w] = s;
        for (const [name, d] of [["height", h], ["width", w]]) {
          if (typeof d === "number" && d % b !== 0)
            throw new OpError(`${name} ${d} does not divide by blocksize ${b}`);
        }
        const shape = [
          n,
          typeof c === "number" ? c * b * b : b === 1 ? c : ctx.freshDim("space_to_depth"),
          typeof h === "number" ? h / b : b === 1 ? h : ctx.freshDim("space_to_depth"),
          typeof w === "number" ? w / b : b === 1 ? w : ctx.freshDim("space_to_depth")
        ];
        let value;
        if (x.value && isConcrete(s)) {
          const [N, C, H, W] = s;
          const data = transposeData(x.value.data, [N, C, H / b, b, W / b, b], [0, 3, 5, 1, 2, 4]);
          value = knownValue(x.value.dtype, shape, data);
        }
        return single({ dtype: x.type.dtype, shape }, value);
      },
      cost: () => NO_ARITHMETIC
    };
    triluOp = {
      domain: "",
      opType: "Trilu",
      since: 14,
      doc: { flops: "0: a masked copy (comparing indices is not floating-point work)" },
      infer: (ctx) => {
        const x = ctx.input(0);
        const s = ctx.shapeOf(0);
        if (s.length < 2)
          throw new OpError(`input must have rank >= 2, got [${s.join(",")}]`);
        const k = ctx.inputs[1] ? intsOf2(ctx, 1)?.[0] : 0;
        let value;
        if (x.value && k !== void 0 && isConcrete(s)) {
          const upper = ctx.attrs.int("upper", 1) === 1;
          const rows = s[s.length - 2];
          const cols = s[s.length - 1];
          const data = x.value.data.map((v, idx) => {
            const j = idx % cols;
            const i = Math.floor(idx / cols) % rows;
            const keep = upper ? j - i >= k : j - i <= k;
            return keep ? v : 0;
          });
          value = knownValue(x.value.dtype, s, data);
        }
        return single(x.type, value);
      },
      cost: () => NO_ARITHMETIC
    };
    reverseSequenceOp = {
      domain: "",
      opType: "ReverseSequence",
      since: 10,
      doc: moveDoc(),
      infer: (ctx) => {
        const x = ctx.input(0);
        const s = ctx.shapeOf(0);
        if (s.length < 2)
          throw new OpError(`input must have rank >= 2, got [${s.join(",")}]`);
        return single(x.type);
      },
      cost: () => NO_ARITHMETIC
    };
    centerCropPadOp = {
      domain: "",
      opType: "CenterCropPad",
      since: 18,
      doc: moveDoc("the kept region read (per axis min(input, output)) + output written + the shape vector"),
      infer: (ctx) => {
        const x = ctx.input(0);
        const s = ctx.shapeOf(0);
        const axes = ctx.attrs.has("axes") ? ctx.attrs.ints("axes").map((a) => normalizeAxis(a, s.length)) : s.map((_, i) => i);
        ctx.input(1);
        const target = intsOf2(ctx, 1);
        if (target && target.length !== axes.length)
          throw new OpError(`shape has ${target.length} entries for ${axes.length} axes`);
        const shape = s.map((d, i) => {
          const k = axes.indexOf(i);
          if (k < 0)
            return d;
          return target ? target[k] : ctx.freshDim("center_crop_pad");
        });
        return single({ dtype: x.type.dtype, shape });
      },
      cost: (ctx, outputs) => {
        const x = ctx.input(0);
        const inDims = concrete(ctx.shapeOf(0));
        const outDims = concrete(outputs[0].shape ?? []);
        const kept = inDims.reduce((p, d, i) => p * Math.min(d, outDims[i]), 1);
        return { ...NO_ARITHMETIC, bytes: bytesFor(x.type.dtype, kept) + bytesOf2(outputs[0]) + inputBytes(ctx, [1]) };
      }
    };
    col2imOp = {
      domain: "",
      opType: "Col2Im",
      since: 18,
      doc: {
        flops: "1 per input element: each column entry is added into its image position (overlaps sum)",
        peers: "PyTorch F.fold is not counted by thop/fvcore."
      },
      infer: (ctx) => {
        const x = ctx.input(0);
        const s = ctx.shapeOf(0);
        if (s.length !== 3)
          throw new OpError(`input must be 3-D [N, C*prod(block_shape), L], got [${s.join(",")}]`);
        const image = intsOf2(ctx, 1);
        const block = intsOf2(ctx, 2);
        const nSpatial = image?.length ?? block?.length ?? ctx.input(1).type.shape?.[0];
        if (typeof nSpatial !== "number")
          throw new OpError("image_shape and block_shape are unknown: the output rank cannot be inferred");
        let c;
        if (block) {
          const kprod = block.reduce((a, b) => a * b, 1);
          const ck = s[1];
          if (typeof ck === "number") {
            if (ck % kprod !== 0)
              throw new OpError(`input dim 1 (${ck}) does not divide by prod(block_shape) = ${kprod}`);
            c = ck / kprod;
          } else {
            c = kprod === 1 ? ck : ctx.freshDim("col2im");
          }
        } else {
          c = ctx.freshDim("col2im");
        }
        const spatial = image ? image : Array.from({ length: nSpatial }, () => ctx.freshDim("col2im"));
        return single({ dtype: x.type.dtype, shape: [s[0], c, ...spatial] });
      },
      cost: (ctx) => ({ macs: 0, flops: numel(ctx.shapeOf(0)) })
    };
    seqDoc = { flops: "0", memory: "0 bytes: sequence bookkeeping holds references to tensors" };
    seqCopyDoc = { flops: DATA_MOVEMENT_FLOPS, memory: "bytes of the tensor copied in + out; unresolved when element shapes are unknown" };
    sequenceType = (dtype) => ({ dtype, shape: void 0 });
    sequenceOps = [
      {
        domain: "",
        opType: "SequenceConstruct",
        since: 11,
        movesData: false,
        doc: seqDoc,
        infer: (ctx) => single(sequenceType(ctx.input(0).type.dtype)),
        cost: () => NO_ARITHMETIC
      },
      {
        domain: "",
        opType: "SequenceEmpty",
        since: 11,
        movesData: false,
        doc: seqDoc,
        infer: (ctx) => single(sequenceType(dtypeFromOnnx(ctx.attrs.int("dtype", 1)))),
        cost: () => NO_ARITHMETIC
      },
      {
        domain: "",
        opType: "SequenceErase",
        since: 11,
        movesData: false,
        doc: seqDoc,
        infer: (ctx) => single(sequenceType(ctx.input(0).type.dtype)),
        cost: () => NO_ARITHMETIC
      },
      {
        domain: "",
        opType: "SequenceLength",
        since: 11,
        movesData: false,
        doc: seqDoc,
        infer: () => single({ dtype: "int64", shape: [] }),
        cost: () => NO_ARITHMETIC
      },
      {
        domain: "",
        opType: "SequenceInsert",
        since: 11,
        doc: seqCopyDoc,
        infer: (ctx) => single(sequenceType(ctx.input(0).type.dtype ?? ctx.input(1).type.dtype)),
        cost: (ctx) => ({ macs: 0, flops: 0, bytes: 2 * bytesOf2(ctx.input(1).type) })
      },
      {
        domain: "",
        opType: "SequenceAt",
        since: 11,
        doc: seqCopyDoc,
        infer: (ctx) => single({ dtype: ctx.input(0).type.dtype, shape: void 0 }),
        cost: () => NO_ARITHMETIC
      },
      {
        domain: "",
        opType: "SplitToSequence",
        since: 11,
        doc: seqCopyDoc,
        infer: (ctx) => single(sequenceType(ctx.input(0).type.dtype)),
        cost: (ctx) => ({ macs: 0, flops: 0, bytes: 2 * bytesOf2(ctx.input(0).type) })
      },
      {
        domain: "",
        opType: "ConcatFromSequence",
        since: 11,
        doc: seqCopyDoc,
        infer: (ctx) => single({ dtype: ctx.input(0).type.dtype, shape: void 0 }),
        cost: () => NO_ARITHMETIC
      }
    ];
    ops12 = [
      transposeOp,
      makeConcat(1),
      makeConcat(4),
      makeConcat(11),
      makeSplit(1, "attr-or-input"),
      makeSplit(2, "attr"),
      makeSplit(11, "attr"),
      makeSplit(13, "input"),
      makeSplit(18, "input-or-num_outputs"),
      ...tileOps,
      expandOp,
      makePad(1),
      makePad(2),
      makePad(11),
      makePad(18),
      makePad(19),
      makeDepthToSpace(1),
      makeDepthToSpace(11),
      spaceToDepthOp,
      triluOp,
      reverseSequenceOp,
      centerCropPadOp,
      col2imOp,
      ...sequenceOps
    ];
  }
});

// build/src/ops/indexing.js
var indexing_exports = {};
__export(indexing_exports, {
  ops: () => ops13,
  sliceRange: () => sliceRange
});
function selectionBytes(ctx, outputs, indexInputs) {
  return 2 * bytesOf2(outputs[0]) + inputBytes(ctx, indexInputs);
}
function gatherShape(data, indices, axis) {
  return [...data.slice(0, axis), ...indices, ...data.slice(axis + 1)];
}
function makeGatherND(since) {
  return {
    domain: "",
    opType: "GatherND",
    since,
    doc: gatherDoc,
    infer: (ctx) => {
      const x = ctx.input(0);
      const s = ctx.shapeOf(0);
      const is = ctx.shapeOf(1);
      const b = since >= 12 ? ctx.attrs.int("batch_dims", 0) : 0;
      if (is.length < 1)
        throw new OpError("indices must have rank >= 1");
      const k = is[is.length - 1];
      if (typeof k !== "number")
        return single({ dtype: x.type.dtype, shape: void 0 });
      if (b + k > s.length)
        throw new OpError(`batch_dims ${b} + indices last dim ${k} exceed data rank ${s.length}`);
      return single({ dtype: x.type.dtype, shape: [...is.slice(0, -1), ...s.slice(b + k)] });
    },
    cost: (ctx, outputs) => ({ ...NO_ARITHMETIC, bytes: selectionBytes(ctx, outputs, [1]) })
  };
}
function makeScatter(opType, since, hasReduction) {
  return {
    domain: "",
    opType,
    since,
    doc: scatterDoc,
    infer: (ctx) => {
      const x = ctx.input(0);
      const s = ctx.shapeOf(0);
      ctx.input(1);
      ctx.input(2);
      if (opType !== "ScatterND")
        normalizeAxis(ctx.attrs.int("axis", 0), s.length);
      if (hasReduction) {
        const r = ctx.attrs.string("reduction", "none");
        if (!["none", "add", "mul", "max", "min"].includes(r))
          throw new OpError(`unknown reduction '${r}'`);
      }
      return single({ dtype: x.type.dtype, shape: s });
    },
    cost: (ctx) => {
      const r = hasReduction ? ctx.attrs.string("reduction", "none") : "none";
      return { macs: 0, flops: r === "none" ? 0 : numel(ctx.shapeOf(2)) };
    }
  };
}
function sliceRange(d, start, end, step) {
  if (step === 0)
    throw new OpError("slice step is 0");
  let s = start < 0 ? start + d : start;
  let e = end < 0 ? end + d : end;
  if (step > 0) {
    s = Math.min(Math.max(s, 0), d);
    e = Math.min(Math.max(e, 0), d);
  } else {
    s = Math.min(Math.max(s, 0), d - 1);
    e = Math.min(Math.max(e, -1), d - 1);
  }
  const len = Math.max(0, Math.ceil((e - s) / step));
  return { start: s, len };
}
function sliceSpecs(rank3, starts, ends, axes, steps, allowNegAxes) {
  if (starts.length !== ends.length)
    throw new OpError(`starts has ${starts.length} entries, ends ${ends.length}`);
  const ax = axes ?? starts.map((_, i) => i);
  if (ax.length !== starts.length)
    throw new OpError(`axes has ${ax.length} entries, starts ${starts.length}`);
  if (steps && steps.length !== starts.length)
    throw new OpError(`steps has ${steps.length} entries, starts ${starts.length}`);
  const seen = /* @__PURE__ */ new Set();
  return ax.map((a, i) => {
    if (a < 0 && !allowNegAxes)
      throw new OpError(`axis ${a} is negative`);
    const axis = normalizeAxis(a, rank3);
    if (seen.has(axis))
      throw new OpError(`axes [${ax.join(",")}] repeat axis ${axis}`);
    seen.add(axis);
    return { axis, start: starts[i], end: ends[i], step: steps ? steps[i] : 1 };
  });
}
function inferSlice(ctx, specs, slicedAxes) {
  const x = ctx.input(0);
  const s = ctx.shapeOf(0);
  if (!specs) {
    const shape2 = s.map((d, i) => !slicedAxes || slicedAxes.includes(i) ? ctx.freshDim("slice") : d);
    return single({ dtype: x.type.dtype, shape: shape2 });
  }
  const ranges = /* @__PURE__ */ new Map();
  const shape = [...s];
  for (const sp of specs) {
    const d = s[sp.axis];
    if (typeof d === "number") {
      const r = sliceRange(d, sp.start, sp.end, sp.step);
      ranges.set(sp.axis, { ...r, step: sp.step });
      shape[sp.axis] = r.len;
    } else if (sp.step === 1 && sp.start === 0 && sp.end >= TO_THE_END) {
      shape[sp.axis] = d;
    } else if (sp.step === -1 && sp.start === -1 && sp.end <= -TO_THE_END) {
      shape[sp.axis] = d;
    } else {
      shape[sp.axis] = ctx.freshDim("slice");
    }
  }
  let value;
  if (x.value && isConcrete(s) && isConcrete(shape) && numel(shape) <= MAX_FOLD_ELEMENTS) {
    const strides = stridesOf(s);
    const n = numel(shape);
    const data = new Array(n);
    const idx = new Array(shape.length).fill(0);
    for (let o = 0; o < n; o++) {
      let src = 0;
      for (let k = 0; k < idx.length; k++) {
        const r = ranges.get(k);
        src += (r ? r.start + idx[k] * r.step : idx[k]) * strides[k];
      }
      data[o] = x.value.data[src];
      for (let k = idx.length - 1; k >= 0; k--) {
        if (++idx[k] < shape[k])
          break;
        idx[k] = 0;
      }
    }
    value = knownValue(x.value.dtype, shape, data);
  }
  return single({ dtype: x.type.dtype, shape }, value);
}
function makeCompress(since) {
  return {
    domain: "",
    opType: "Compress",
    since,
    doc: {
      flops: DATA_MOVEMENT_FLOPS,
      memory: "condition + selected elements read (= output bytes) + output written when the condition is known; otherwise only the inputs, and the cost is marked a lower bound"
    },
    infer: (ctx) => {
      const x = ctx.input(0);
      const s = ctx.shapeOf(0);
      const cond = ctx.input(1);
      const hasAxis = ctx.attrs.has("axis");
      if (hasAxis && ctx.attrs.int("axis") < 0 && since < 11)
        throw new OpError("negative axis is allowed from opset 11");
      const axis = hasAxis ? normalizeAxis(ctx.attrs.int("axis"), s.length) : -1;
      let kept;
      if (cond.value) {
        const len = hasAxis ? s[axis] : s.every((d) => typeof d === "number") ? numel(s) : void 0;
        const used = typeof len === "number" ? cond.value.data.slice(0, len) : cond.value.data;
        kept = used.filter((v) => v !== 0).length;
      } else {
        kept = ctx.freshDim("compress");
      }
      const shape = hasAxis ? s.map((d, i) => i === axis ? kept : d) : [kept];
      return single({ dtype: x.type.dtype, shape });
    },
    cost: (ctx, outputs) => {
      const out = outputs[0];
      if (out.shape && isConcrete(out.shape))
        return { ...NO_ARITHMETIC, bytes: selectionBytes(ctx, outputs, [1]) };
      return { macs: 0, flops: 0, bytes: inputBytes(ctx, [0, 1]), lowerBound: "Compress output size depends on the data" };
    }
  };
}
function makeNonZero(since) {
  return {
    domain: "",
    opType: "NonZero",
    since,
    doc: dataDependentDoc("number of non-zero elements"),
    infer: (ctx) => {
      const x = ctx.input(0);
      const s = ctx.shapeOf(0);
      if (x.value && isConcrete(s)) {
        const strides = stridesOf(s);
        const hits = [];
        x.value.data.forEach((v, i) => {
          if (v !== 0)
            hits.push(i);
        });
        const data = [];
        for (let k = 0; k < s.length; k++)
          for (const h of hits)
            data.push(Math.floor(h / strides[k]) % s[k]);
        const shape = [s.length, hits.length];
        return single({ dtype: "int64", shape }, knownValue("int64", shape, data));
      }
      return single({ dtype: "int64", shape: [s.length, ctx.freshDim("nonzero")] });
    },
    cost: (ctx, outputs) => {
      const out = outputs[0];
      if (out.shape && isConcrete(out.shape))
        return NO_ARITHMETIC;
      return { macs: 0, flops: 0, bytes: bytesOf2(ctx.input(0).type), lowerBound: "NonZero output size depends on the data" };
    }
  };
}
var gatherDoc, gatherOp, gatherElementsOp, scatterDoc, TO_THE_END, sliceDoc, sliceOps, dataDependentDoc, uniqueOp, nmsOp, oneHotOp, gbqOp, tensorScatterOp, ops13;
var init_indexing = __esm({
  "build/src/ops/indexing.js"() {
    "use strict";
    init_dtype();
    init_types();
    init_util();
    init_shape_ops();
    gatherDoc = {
      flops: DATA_MOVEMENT_FLOPS,
      memory: "indices bytes + gathered elements read (= output bytes) + output bytes written; the rest of the table is not read",
      peers: "a count that charges the whole data tensor (the plain inputs+outputs rule) overstates an embedding lookup by the vocabulary size."
    };
    gatherOp = {
      domain: "",
      opType: "Gather",
      since: 1,
      doc: gatherDoc,
      infer: (ctx) => {
        const x = ctx.input(0);
        const s = ctx.shapeOf(0);
        const ind = ctx.input(1);
        const is = ctx.shapeOf(1);
        if (s.length === 0)
          throw new OpError("data must have rank >= 1");
        const axis = normalizeAxis(ctx.attrs.int("axis", 0), s.length);
        const shape = gatherShape(s, is, axis);
        let value;
        if (x.value && ind.value && isConcrete(s) && isConcrete(shape)) {
          const d = s[axis];
          const outer = s.slice(0, axis).reduce((a, b) => a * b, 1);
          const inner = s.slice(axis + 1).reduce((a, b) => a * b, 1);
          const idx = ind.value.data.map((i) => {
            const j = Math.trunc(i);
            if (j < -d || j >= d)
              throw new OpError(`index ${j} is out of range for axis ${axis} of size ${d}`);
            return j < 0 ? j + d : j;
          });
          const data = [];
          for (let o = 0; o < outer; o++) {
            for (const j of idx) {
              const base = (o * d + j) * inner;
              for (let k = 0; k < inner; k++)
                data.push(x.value.data[base + k]);
            }
          }
          value = knownValue(x.value.dtype, shape, data);
        }
        return single({ dtype: x.type.dtype, shape }, value);
      },
      cost: (ctx, outputs) => ({ ...NO_ARITHMETIC, bytes: selectionBytes(ctx, outputs, [1]) })
    };
    gatherElementsOp = {
      domain: "",
      opType: "GatherElements",
      since: 11,
      doc: gatherDoc,
      infer: (ctx) => {
        const x = ctx.input(0);
        const s = ctx.shapeOf(0);
        const is = ctx.shapeOf(1);
        if (is.length !== s.length)
          throw new OpError(`indices rank ${is.length} differs from data rank ${s.length}`);
        normalizeAxis(ctx.attrs.int("axis", 0), s.length);
        return single({ dtype: x.type.dtype, shape: is });
      },
      cost: (ctx, outputs) => ({ ...NO_ARITHMETIC, bytes: selectionBytes(ctx, outputs, [1]) })
    };
    scatterDoc = {
      flops: "0 with reduction='none'; 1 per update element with add/mul/max/min",
      memory: "data + indices + updates read, output written (ONNX semantics copy data; in-place runtimes do less)"
    };
    TO_THE_END = 2147483647;
    sliceDoc = {
      flops: DATA_MOVEMENT_FLOPS,
      memory: "the slice read (= output bytes) + output written + the starts/ends/axes/steps vectors",
      peers: "the plain inputs+outputs rule would charge the whole input."
    };
    sliceOps = [
      {
        domain: "",
        opType: "Slice",
        since: 1,
        doc: sliceDoc,
        infer: (ctx) => {
          const r = ctx.shapeOf(0).length;
          const axes = ctx.attrs.has("axes") ? ctx.attrs.ints("axes") : void 0;
          return inferSlice(ctx, sliceSpecs(r, ctx.attrs.ints("starts"), ctx.attrs.ints("ends"), axes, void 0, false), void 0);
        },
        cost: (ctx, outputs) => ({ ...NO_ARITHMETIC, bytes: selectionBytes(ctx, outputs, []) })
      },
      {
        domain: "",
        opType: "Slice",
        since: 10,
        doc: sliceDoc,
        infer: (ctx) => {
          const r = ctx.shapeOf(0).length;
          ctx.input(1);
          ctx.input(2);
          const starts = intsOf2(ctx, 1);
          const ends = intsOf2(ctx, 2);
          const axes = ctx.inputs[3] ? intsOf2(ctx, 3) : void 0;
          const axesUnknown = ctx.inputs[3] !== void 0 && axes === void 0;
          const steps = ctx.inputs[4] ? intsOf2(ctx, 4) : void 0;
          const stepsUnknown = ctx.inputs[4] !== void 0 && steps === void 0;
          if (!starts || !ends || axesUnknown || stepsUnknown) {
            let sliced;
            if (axes)
              sliced = axes.map((a) => normalizeAxis(a, r));
            else if (!axesUnknown) {
              const n = ctx.input(1).type.shape?.[0];
              if (typeof n === "number" && n > r)
                throw new OpError(`starts has ${n} entries, more than the data's rank ${r}`);
              if (typeof n === "number")
                sliced = Array.from({ length: n }, (_, i) => i);
            }
            return inferSlice(ctx, void 0, sliced);
          }
          return inferSlice(ctx, sliceSpecs(r, starts, ends, axes, steps, true), void 0);
        },
        cost: (ctx, outputs) => ({ ...NO_ARITHMETIC, bytes: selectionBytes(ctx, outputs, [1, 2, 3, 4]) })
      }
    ];
    dataDependentDoc = (what) => ({
      flops: DATA_MOVEMENT_FLOPS,
      memory: `inputs + outputs when the ${what} is known (folded); otherwise only the inputs, and the cost is marked a lower bound`
    });
    uniqueOp = {
      domain: "",
      opType: "Unique",
      since: 11,
      doc: {
        flops: "0: sorting and comparison select data; not floating-point arithmetic",
        memory: "input bytes read; outputs depend on the number of unique values (lower bound)"
      },
      infer: (ctx) => {
        const x = ctx.input(0);
        const s = ctx.shapeOf(0);
        const u = ctx.freshDim("unique");
        let y;
        let inverseLen;
        if (ctx.attrs.has("axis")) {
          const axis = normalizeAxis(ctx.attrs.int("axis"), s.length);
          y = s.map((d, i) => i === axis ? u : d);
          inverseLen = s[axis];
        } else {
          y = [u];
          inverseLen = s.every((d) => typeof d === "number") ? numel(s) : ctx.freshDim("unique_inverse");
        }
        const outputs = [
          { dtype: x.type.dtype, shape: y },
          { dtype: "int64", shape: [u] },
          { dtype: "int64", shape: [inverseLen] },
          { dtype: "int64", shape: [u] }
        ];
        return { outputs: outputs.slice(0, Math.max(1, ctx.node.outputs.length)) };
      },
      cost: (ctx) => ({ macs: 0, flops: 0, bytes: bytesOf2(ctx.input(0).type), lowerBound: "Unique output size depends on the data" })
    };
    nmsOp = {
      domain: "",
      opType: "NonMaxSuppression",
      since: 10,
      doc: {
        flops: "worst case (nothing suppressed early): 13 per box pair per class per batch = 13*N*C*B*(B-1)/2 (IoU: 4 min/max, 4 for width/height, 1 area product, 2 union, 1 divide, 1 compare) + 3*B per batch for areas",
        memory: "boxes + scores read; selected indices written (data-dependent, lower bound)"
      },
      infer: (ctx) => {
        const boxes = ctx.shapeOf(0);
        const scores = ctx.shapeOf(1);
        if (boxes.length !== 3 || typeof boxes[2] === "number" && boxes[2] !== 4)
          throw new OpError(`boxes must be [batch, boxes, 4], got [${boxes.join(",")}]`);
        if (scores.length !== 3)
          throw new OpError(`scores must be [batch, classes, boxes], got [${scores.join(",")}]`);
        return single({ dtype: "int64", shape: [ctx.freshDim("nms_selected"), 3] });
      },
      cost: (ctx) => {
        const [N, B] = concrete(ctx.shapeOf(0));
        const C = concrete(ctx.shapeOf(1))[1];
        const flops = 13 * N * C * (B * (B - 1)) / 2 + 3 * B * N;
        return { macs: 0, flops, bytes: inputBytes(ctx, [0, 1]), lowerBound: "NonMaxSuppression output size depends on the data" };
      }
    };
    oneHotOp = {
      domain: "",
      opType: "OneHot",
      since: 9,
      doc: { flops: "0: writes on/off values (no arithmetic)" },
      infer: (ctx) => {
        const is = ctx.shapeOf(0);
        ctx.input(1);
        const values = ctx.input(2);
        const depth = ctx.inputs[1]?.value?.data[0];
        const outRank = is.length + 1;
        const axis = normalizeAxis(ctx.attrs.int("axis", -1), outRank);
        if (depth !== void 0 && depth < 1)
          throw new OpError(`depth ${depth} must be positive`);
        const d = depth !== void 0 ? Math.trunc(depth) : ctx.freshDim("one_hot_depth");
        const shape = [...is.slice(0, axis), d, ...is.slice(axis)];
        return single({ dtype: values.type.dtype, shape });
      },
      cost: () => NO_ARITHMETIC
    };
    gbqOp = {
      domain: "com.microsoft",
      opType: "GatherBlockQuantized",
      since: 1,
      doc: {
        flops: "2 per output element (dequantize: subtract zero point, multiply by scale)",
        memory: "indices + gathered quantized rows (bits per element) + their scales (and zero points) read, output written at the scales dtype; the rest of the table is not read"
      },
      infer: (ctx) => {
        const data = ctx.input(0);
        const s = ctx.shapeOf(0);
        const is = ctx.shapeOf(1);
        const scales = ctx.input(2);
        const bits = ctx.attrs.int("bits", 4);
        if (![2, 4, 8].includes(bits))
          throw new OpError(`bits ${bits} is not supported (2, 4 or 8)`);
        const blockSize = ctx.attrs.int("block_size", 128);
        if (blockSize < 16 || (blockSize & blockSize - 1) !== 0)
          throw new OpError(`block_size ${blockSize} must be a power of 2 and >= 16`);
        const gatherAxis = normalizeAxis(ctx.attrs.int("gather_axis", 0), s.length);
        const quantizeAxis = normalizeAxis(ctx.attrs.int("quantize_axis", 1), s.length);
        const packing = data.type.dtype === "uint8" ? 8 / bits : 1;
        const logical = s.map((d, i) => i === quantizeAxis && packing !== 1 ? typeof d === "number" ? d * packing : ctx.freshDim("gbq") : d);
        const ss = scales.type.shape;
        if (ss && isConcrete(ss) && isConcrete(logical)) {
          const expected = logical.map((d, i) => i === quantizeAxis ? Math.ceil(d / blockSize) : d);
          if (ss.length !== expected.length || ss.some((d, i) => d !== expected[i])) {
            throw new OpError(`scales shape [${ss.join(",")}] does not match data [${logical.join(",")}] with block_size ${blockSize} on axis ${quantizeAxis} (expected [${expected.join(",")}])`);
          }
        }
        if (!scales.type.dtype)
          throw new OpError("scales have no known element type");
        return single({ dtype: scales.type.dtype, shape: gatherShape(logical, is, gatherAxis) });
      },
      cost: (ctx, outputs) => {
        const out = outputs[0];
        const outElems3 = numel(out.shape ?? []);
        const bits = ctx.attrs.int("bits", 4);
        const blockSize = ctx.attrs.int("block_size", 128);
        const dataDtype = ctx.input(0).type.dtype ?? "uint8";
        const qBits = dataDtype === "uint8" ? bits : dtypeBits(dataDtype);
        const qBytes = Math.ceil(outElems3 * qBits / 8);
        const quantizeAxis = normalizeAxis(ctx.attrs.int("quantize_axis", 1), ctx.shapeOf(0).length);
        const gatherAxis = normalizeAxis(ctx.attrs.int("gather_axis", 0), ctx.shapeOf(0).length);
        const blocksRead = quantizeAxis === gatherAxis ? outElems3 : Math.ceil(outElems3 / blockSize);
        const scaleDtype = ctx.input(2).type.dtype;
        let bytes = inputBytes(ctx, [1]) + qBytes + bytesFor(scaleDtype, blocksRead) + bytesOf2(out);
        const zp = ctx.inputs[3];
        if (zp?.type.dtype)
          bytes += zp.type.dtype === "uint8" ? Math.ceil(blocksRead * bits / 8) : bytesFor(zp.type.dtype, blocksRead);
        return { macs: 0, flops: 2 * outElems3, bytes };
      }
    };
    tensorScatterOp = {
      domain: "",
      opType: "TensorScatter",
      since: 24,
      doc: { flops: DATA_MOVEMENT_FLOPS, memory: "update bytes read + the same written into the cache (in place) + write_indices read" },
      infer(ctx) {
        const cache = ctx.shapeOf(0);
        const update = ctx.shapeOf(1);
        if (cache.length < 2)
          throw new OpError(`past_cache must have rank >= 2, got ${cache.length}`);
        if (update.length !== cache.length)
          throw new OpError(`update rank ${update.length} differs from past_cache rank ${cache.length}`);
        const axis = normalizeAxis(ctx.attrs.int("axis", -2), cache.length);
        if (axis === 0)
          throw new OpError("axis cannot be the batch axis 0");
        const mode = ctx.attrs.string("mode", "linear");
        if (mode !== "linear" && mode !== "circular")
          throw new OpError(`mode must be linear or circular, got '${mode}'`);
        for (let i = 0; i < cache.length; i++) {
          const a = cache[i], b = update[i];
          if (typeof a !== "number" || typeof b !== "number")
            continue;
          if (i === axis ? b > a : a !== b) {
            throw new OpError(`update [${update.join(",")}] does not fit past_cache [${cache.join(",")}] along axis ${axis}`);
          }
        }
        return single({ dtype: ctx.input(0).type.dtype, shape: [...cache] });
      },
      cost: (ctx) => ({ macs: 0, flops: 0, bytes: 2 * bytesOf2(ctx.input(1).type) + inputBytes(ctx, [2]) })
    };
    ops13 = [
      tensorScatterOp,
      gatherOp,
      gatherElementsOp,
      makeGatherND(11),
      makeGatherND(12),
      makeScatter("Scatter", 9, false),
      makeScatter("ScatterElements", 11, false),
      makeScatter("ScatterElements", 16, true),
      makeScatter("ScatterElements", 18, true),
      makeScatter("ScatterND", 11, false),
      makeScatter("ScatterND", 16, true),
      makeScatter("ScatterND", 18, true),
      ...sliceOps,
      makeCompress(9),
      makeCompress(11),
      makeNonZero(9),
      uniqueOp,
      nmsOp,
      oneHotOp,
      gbqOp
    ];
  }
});

// build/src/ops/resize.js
var resize_exports = {};
__export(resize_exports, {
  ops: () => ops14,
  resizeFlops: () => resizeFlops
});
function parseMode(raw) {
  const m = raw.toLowerCase();
  if (m === "nearest")
    return "nearest";
  if (m === "linear" || m === "bilinear" || m === "trilinear")
    return "linear";
  if (m === "cubic" || m === "bicubic")
    return "cubic";
  throw new OpError(`unknown interpolation mode '${raw}'`);
}
function tapsPerAxis(mode, scale, antialias) {
  if (mode === "nearest")
    return 0;
  const base = mode === "linear" ? 2 : 4;
  return antialias && scale < 1 ? base * Math.ceil(1 / scale) : base;
}
function resizeFlops(input, output, mode, antialias) {
  if (mode === "nearest")
    return 0;
  let perOutput = 1;
  let changed = 0;
  input.forEach((d, i) => {
    const o = output[i];
    if (o === d)
      return;
    changed++;
    perOutput *= tapsPerAxis(mode, d === 0 ? 1 : o / d, antialias);
  });
  return changed === 0 ? 0 : perOutput * numel(output);
}
function scaleDims(ctx, s, axes, scales, crop) {
  if (scales.length !== axes.length)
    throw new OpError(`scales has ${scales.length} entries for ${axes.length} axes`);
  const out = [...s];
  axes.forEach((a, k) => {
    const sc = scales[k];
    if (!(sc > 0))
      throw new OpError(`scale ${sc} must be positive`);
    const extent = crop?.[k] ?? 1;
    const d = s[a];
    if (typeof d === "number")
      out[a] = Math.floor(d * extent * sc);
    else
      out[a] = sc === 1 && extent === 1 ? d : ctx.freshDim("resize");
  });
  return out;
}
function cropExtents(ctx, axes) {
  if (!ctx.inputs[1])
    throw new OpError("coordinate_transformation_mode tf_crop_and_resize needs the roi input");
  const roi = valueOf(ctx, 1)?.data;
  if (!roi)
    return void 0;
  if (roi.length !== 2 * axes.length)
    throw new OpError(`roi has ${roi.length} entries, expected ${2 * axes.length} (start and end per axis)`);
  return axes.map((_, k) => {
    const extent = roi[axes.length + k] - roi[k];
    if (!(extent >= 0))
      throw new OpError(`roi end ${roi[axes.length + k]} is before start ${roi[k]} on axis ${axes[k]}`);
    return extent;
  });
}
function sizeDims(ctx, s, axes, sizes, policy) {
  if (sizes.length !== axes.length)
    throw new OpError(`sizes has ${sizes.length} entries for ${axes.length} axes`);
  const out = [...s];
  if (policy === "stretch") {
    axes.forEach((a, k) => {
      out[a] = sizes[k];
    });
    return out;
  }
  if (policy !== "not_larger" && policy !== "not_smaller")
    throw new OpError(`unknown keep_aspect_ratio_policy '${policy}'`);
  const inDims = axes.map((a) => s[a]);
  if (!inDims.every((d) => typeof d === "number")) {
    axes.forEach((a) => {
      out[a] = ctx.freshDim("resize");
    });
    return out;
  }
  const ratios = axes.map((_, k) => sizes[k] / inDims[k]);
  const scale = policy === "not_larger" ? Math.min(...ratios) : Math.max(...ratios);
  axes.forEach((a, k) => {
    out[a] = Math.round(scale * inDims[k]);
  });
  return out;
}
function given(ctx, i) {
  const x = ctx.inputs[i];
  if (!x)
    return false;
  const s = x.type.shape;
  return !(s && s.length === 1 && s[0] === 0);
}
function makeResize(since) {
  return {
    domain: "",
    opType: "Resize",
    since,
    doc: resizeDoc,
    infer: (ctx) => {
      const x = ctx.input(0);
      const s = ctx.shapeOf(0);
      parseMode(ctx.attrs.string("mode", "nearest"));
      const r = s.length;
      const axes = since >= 18 && ctx.attrs.has("axes") ? ctx.attrs.ints("axes").map((a) => a < 0 ? a + r : a) : s.map((_, i) => i);
      if (axes.some((a) => a < 0 || a >= r))
        throw new OpError(`axes [${ctx.attrs.ints("axes").join(",")}] out of range for rank ${r}`);
      const policy = since >= 18 ? ctx.attrs.string("keep_aspect_ratio_policy", "stretch") : "stretch";
      const scalesAt = since === 10 ? 1 : 2;
      let shape;
      if (since >= 11 && given(ctx, 3)) {
        const sizes = intsOf2(ctx, 3);
        shape = sizes ? sizeDims(ctx, s, axes, sizes, policy) : s.map((d, i) => axes.includes(i) ? ctx.freshDim("resize") : d);
      } else if (given(ctx, scalesAt)) {
        const scales = valueOf(ctx, scalesAt)?.data;
        const cropping2 = since >= 11 && ctx.attrs.string("coordinate_transformation_mode", "half_pixel") === "tf_crop_and_resize";
        const crop = cropping2 ? cropExtents(ctx, axes) : void 0;
        shape = scales && (!cropping2 || crop) ? scaleDims(ctx, s, axes, scales, crop) : s.map((d, i) => axes.includes(i) ? ctx.freshDim("resize") : d);
      } else {
        throw new OpError("Resize needs either scales or sizes");
      }
      return single({ dtype: x.type.dtype, shape });
    },
    cost: (ctx, outputs) => {
      const mode = parseMode(ctx.attrs.string("mode", "nearest"));
      const antialias = since >= 18 && ctx.attrs.int("antialias", 0) === 1;
      const out = outputs[0];
      if (mode === "nearest")
        return NO_ARITHMETIC;
      return { macs: 0, flops: resizeFlops(concrete(ctx.shapeOf(0)), concrete(out.shape ?? []), mode, antialias) };
    }
  };
}
function makeUpsample(since) {
  return {
    domain: "",
    opType: "Upsample",
    since,
    doc: { ...resizeDoc, flops: `${resizeDoc.flops} (same table as Resize)` },
    infer: (ctx) => {
      const x = ctx.input(0);
      const s = ctx.shapeOf(0);
      parseMode(ctx.attrs.string("mode", "nearest"));
      const axes = s.map((_, i) => i);
      let scales;
      if (since < 9)
        scales = ctx.attrs.floats("scales");
      else {
        ctx.input(1);
        scales = valueOf(ctx, 1)?.data;
      }
      const shape = scales ? scaleDims(ctx, s, axes, scales) : s.map(() => ctx.freshDim("upsample"));
      return single({ dtype: x.type.dtype, shape });
    },
    cost: (ctx, outputs) => {
      const mode = parseMode(ctx.attrs.string("mode", "nearest"));
      if (mode === "nearest")
        return NO_ARITHMETIC;
      return { macs: 0, flops: resizeFlops(concrete(ctx.shapeOf(0)), concrete(outputs[0].shape ?? []), mode, false) };
    }
  };
}
function makeGridSample(since) {
  return {
    domain: "",
    opType: "GridSample",
    since,
    doc: {
      flops: "nearest 0; linear 2^k, cubic 4^k per output element, k = spatial rank (bilinear 4); coordinate unnormalisation not counted",
      memory: "input + grid + output bytes (the whole input is counted as read)"
    },
    infer: (ctx) => {
      const x = ctx.input(0);
      const s = ctx.shapeOf(0);
      const g = ctx.shapeOf(1);
      parseMode(ctx.attrs.string("mode", since >= 20 ? "linear" : "bilinear"));
      const k = s.length - 2;
      if (k < 1)
        throw new OpError(`input must be [N, C, spatial...], got [${s.join(",")}]`);
      if (since < 20 && k !== 2)
        throw new OpError(`GridSample-16 takes 4-D input, got rank ${s.length}`);
      if (g.length !== k + 2)
        throw new OpError(`grid must have rank ${k + 2}, got [${g.join(",")}]`);
      const last = g[g.length - 1];
      if (typeof last === "number" && last !== k)
        throw new OpError(`grid last dim is ${last}, expected ${k}`);
      const shape = [s[0], s[1], ...g.slice(1, -1)];
      return single({ dtype: x.type.dtype, shape });
    },
    cost: (ctx, outputs) => {
      const mode = parseMode(ctx.attrs.string("mode", since >= 20 ? "linear" : "bilinear"));
      if (mode === "nearest")
        return NO_ARITHMETIC;
      const k = ctx.shapeOf(0).length - 2;
      const per = (mode === "linear" ? 2 : 4) ** k;
      return { macs: 0, flops: per * numel(outputs[0].shape ?? []) };
    }
  };
}
var resizeDoc, affineGridOp, ops14;
var init_resize = __esm({
  "build/src/ops/resize.js"() {
    "use strict";
    init_types();
    init_util();
    init_shape_ops();
    resizeDoc = {
      flops: "nearest 0; linear 2^k and cubic 4^k per output element, k = axes whose size changes (bilinear 4, bicubic 16); antialias downscale widens an axis to 2*ceil(1/s) (linear) or 4*ceil(1/s) (cubic) taps",
      memory: "input bytes + output bytes (+ the small roi/scales/sizes vectors)",
      peers: "onnx-tool charges 4 (linear) or 8 (cubic) per output element; mmcv-style counters charge 1 per output element whatever the mode."
    };
    affineGridOp = {
      domain: "",
      opType: "AffineGrid",
      since: 20,
      doc: {
        flops: "2*k^2 per grid point (k = 2 or 3: each of k coordinates is a k-term dot product plus the offset)",
        macs: "0: a small per-point transform, not one of the contraction ops"
      },
      infer: (ctx) => {
        const theta = ctx.input(0);
        const t = ctx.shapeOf(0);
        if (t.length !== 3)
          throw new OpError(`theta must be [N, k, k+1], got [${t.join(",")}]`);
        const sizeLen = ctx.input(1).type.shape?.[0];
        const size = intsOf2(ctx, 1);
        const n = size?.length ?? sizeLen;
        if (typeof n !== "number")
          throw new OpError("the size input is unknown: the output rank cannot be inferred");
        if (n !== 4 && n !== 5)
          throw new OpError(`size must have 4 or 5 entries, got ${n}`);
        const k = n - 2;
        const spatial = size ? size.slice(2) : Array.from({ length: k }, () => ctx.freshDim("affine_grid"));
        const out = { dtype: theta.type.dtype, shape: [t[0], ...spatial, k] };
        return single(out);
      },
      cost: (_ctx, outputs) => {
        const s = outputs[0].shape ?? [];
        const k = s.length - 2;
        const points = numel(s.slice(0, -1));
        return { macs: 0, flops: 2 * k * k * points };
      }
    };
    ops14 = [
      makeResize(10),
      makeResize(11),
      makeResize(13),
      makeResize(18),
      makeResize(19),
      makeUpsample(7),
      makeUpsample(9),
      makeGridSample(16),
      makeGridSample(20),
      affineGridOp
    ];
  }
});

// build/src/ops/generators.js
var generators_exports = {};
__export(generators_exports, {
  ops: () => ops15
});
function dtypeAttr(ctx, fallback) {
  if (!ctx.attrs.has("dtype"))
    return fallback;
  const code2 = ctx.attrs.int("dtype");
  const d = dtypeFromOnnx(code2);
  if (!d)
    throw new OpError(`attribute 'dtype' is an unknown data type code ${code2}`);
  return d;
}
function makeRandom(opType) {
  return {
    domain: "",
    opType,
    since: 1,
    doc: randomDoc,
    infer: (ctx) => {
      const shape = ctx.attrs.ints("shape");
      if (shape.some((d) => d < 0))
        throw new OpError(`shape [${shape.join(",")}] has a negative dim`);
      return single({ dtype: dtypeAttr(ctx, "float32"), shape: [...shape] });
    },
    cost: (_ctx, outputs) => ({ macs: 0, flops: 2 * numel(outputs[0].shape ?? []) })
  };
}
function outputBytesOnly(outputs) {
  const o = outputs[0];
  if (!o.dtype)
    return 0;
  return Math.ceil(numel(o.shape ?? []) * dtypeBits(o.dtype) / 8);
}
function makeRandomLike(opType) {
  return {
    domain: "",
    opType,
    since: 1,
    doc: randomDoc,
    infer: (ctx) => {
      const x = ctx.input(0);
      return single({ dtype: dtypeAttr(ctx, x.type.dtype), shape: x.type.shape });
    },
    cost: (_ctx, outputs) => ({ macs: 0, flops: 2 * numel(outputs[0].shape ?? []), bytes: outputBytesOnly(outputs) })
  };
}
var fillDoc, constantOfShapeOp, rangeOp, eyeLikeOp, randomDoc, multinomialOp, bernoulliOp, ops15;
var init_generators = __esm({
  "build/src/ops/generators.js"() {
    "use strict";
    init_dtype();
    init_dtype_codes();
    init_types();
    init_util();
    init_shape_ops();
    fillDoc = { flops: "0: writes a fill value", memory: "output bytes written (the small shape input read)" };
    constantOfShapeOp = {
      domain: "",
      opType: "ConstantOfShape",
      since: 9,
      doc: fillDoc,
      infer: (ctx) => {
        const shapeIn = ctx.input(0);
        const valueAttr = ctx.attrs.tensor("value");
        if (valueAttr && valueAttr.elements !== 1)
          throw new OpError(`attribute 'value' must hold one element, has ${valueAttr.elements}`);
        const dtype = valueAttr?.dtype ?? "float32";
        const fill = valueAttr ? tensorValue(valueAttr)?.data[0] : 0;
        const dims = intsOf2(ctx, 0);
        let shape;
        if (dims) {
          if (dims.some((d) => d < 0))
            throw new OpError(`shape [${dims.join(",")}] has a negative dim`);
          shape = dims;
        } else {
          const len = shapeIn.type.shape?.[0];
          if (typeof len !== "number")
            throw new OpError("the shape input is not a known constant and its length is unknown: the output rank cannot be inferred");
          shape = Array.from({ length: rankFromLength(len, "the shape input") }, () => ctx.freshDim("constant_of_shape"));
        }
        let value;
        if (dims && fill !== void 0 && numel(dims) <= MAX_FOLD_ELEMENTS)
          value = knownValue(dtype, dims, new Array(numel(dims)).fill(fill));
        return single({ dtype, shape }, value);
      },
      cost: () => NO_ARITHMETIC
    };
    rangeOp = {
      domain: "",
      opType: "Range",
      since: 11,
      doc: { flops: "1 per output element (one addition of delta each)", memory: "output bytes written (+ the three scalars read)" },
      infer: (ctx) => {
        const start = valueOf(ctx, 0)?.data[0];
        const limit = valueOf(ctx, 1)?.data[0];
        const delta = valueOf(ctx, 2)?.data[0];
        ctx.input(1);
        ctx.input(2);
        const dtype = ctx.input(0).type.dtype;
        if (start === void 0 || limit === void 0 || delta === void 0) {
          return single({ dtype, shape: [ctx.freshDim("range")] });
        }
        if (delta === 0)
          throw new OpError("delta is 0");
        const n = Math.max(Math.ceil((limit - start) / delta), 0);
        const shape = [n];
        let value;
        if (n <= MAX_FOLD_ELEMENTS && dtype) {
          const data = [];
          for (let i = 0; i < n; i++) {
            const v = castNumber(start + i * delta, dtype);
            if (v === void 0)
              break;
            data.push(v);
          }
          if (data.length === n)
            value = knownValue(dtype, shape, data);
        }
        return single({ dtype, shape }, value);
      },
      cost: (_ctx, outputs) => ({ macs: 0, flops: numel(outputs[0].shape ?? []) })
    };
    eyeLikeOp = {
      domain: "",
      opType: "EyeLike",
      since: 9,
      doc: { flops: "0: writes zeros and ones", memory: "output bytes written (only the input's shape is used)" },
      infer: (ctx) => {
        const s = ctx.shapeOf(0);
        if (s.length !== 2)
          throw new OpError(`input must be 2-D, got [${s.join(",")}]`);
        const dtype = dtypeAttr(ctx, ctx.input(0).type.dtype);
        let value;
        if (isConcrete(s) && dtype && numel(s) <= MAX_FOLD_ELEMENTS) {
          const k = ctx.attrs.int("k", 0);
          const [rows, cols] = s;
          const data = new Array(rows * cols).fill(0);
          for (let i = 0; i < rows; i++)
            if (i + k >= 0 && i + k < cols)
              data[i * cols + i + k] = 1;
          value = knownValue(dtype, s, data);
        }
        return single({ dtype, shape: s }, value);
      },
      cost: (_ctx, outputs) => ({ ...NO_ARITHMETIC, bytes: outputBytesOnly(outputs) })
    };
    randomDoc = {
      flops: "2 per output element (the affine map of a raw sample: mean + scale*z, or low + (high-low)*u)",
      memory: "output bytes written (the *Like variants use only their input's shape: its elements are not read)"
    };
    multinomialOp = {
      domain: "",
      opType: "Multinomial",
      since: 7,
      doc: {
        flops: "2 per input element (exp of each log-probability + running sum) + 1 per sample (scaling the uniform draw); the search is not counted"
      },
      infer: (ctx) => {
        const s = ctx.shapeOf(0);
        if (s.length !== 2)
          throw new OpError(`input must be [batch, classes], got [${s.join(",")}]`);
        const samples = ctx.attrs.int("sample_size", 1);
        const dtype = dtypeAttr(ctx, "int32");
        return single({ dtype, shape: [s[0], samples] });
      },
      cost: (ctx, outputs) => ({ macs: 0, flops: 2 * numel(ctx.shapeOf(0)) + numel(outputs[0].shape ?? []) })
    };
    bernoulliOp = {
      domain: "",
      opType: "Bernoulli",
      since: 15,
      doc: { flops: "1 per element (compare a uniform draw with the probability)" },
      infer: (ctx) => {
        const x = ctx.input(0);
        return single({ dtype: dtypeAttr(ctx, x.type.dtype), shape: x.type.shape });
      },
      cost: (_ctx, outputs) => ({ macs: 0, flops: numel(outputs[0].shape ?? []) })
    };
    ops15 = [
      constantOfShapeOp,
      rangeOp,
      eyeLikeOp,
      makeRandom("RandomNormal"),
      makeRandom("RandomUniform"),
      makeRandomLike("RandomNormalLike"),
      makeRandomLike("RandomUniformLike"),
      multinomialOp,
      bernoulliOp
    ];
  }
});

// build/src/ops/ml.js
var ml_exports = {};
__export(ml_exports, {
  ops: () => ops16,
  treeDepthSum: () => treeDepthSum,
  treeEnsembleV5Depths: () => treeEnsembleV5Depths
});
function samplesAndFeatures(ctx, i = 0) {
  const s = ctx.shapeOf(i);
  if (s.length === 1)
    return [1, s[0]];
  if (s.length === 2)
    return [s[0], s[1]];
  throw new OpError(`input ${i} must be [N, C] or [C], got [${s.join(",")}]`);
}
function postTransformFlops(ctx) {
  const t = ctx.attrs.string("post_transform", "NONE");
  switch (t) {
    case "NONE":
      return 0;
    case "LOGISTIC":
    case "PROBIT":
      return 1;
    case "SOFTMAX":
    case "SOFTMAX_ZERO":
      return 3;
    default:
      throw new OpError(`unknown post_transform '${t}'`);
  }
}
function labelInfo(ctx, intsAttr = "classlabels_ints") {
  if (ctx.attrs.has("classlabels_strings"))
    return { dtype: "string", count: ctx.attrs.strings("classlabels_strings").length };
  if (ctx.attrs.has(intsAttr))
    return { dtype: "int64", count: ctx.attrs.ints(intsAttr).length };
  return { dtype: "int64", count: void 0 };
}
function num2(d) {
  return concrete([d])[0];
}
function sameShapeFloat(opType, perElem, doc, dtype = "float32") {
  return {
    domain: ML,
    opType,
    since: 1,
    doc,
    infer: (ctx) => {
      const x = ctx.input(0);
      return single({ dtype: dtype === "input" ? x.type.dtype : "float32", shape: x.type.shape });
    },
    cost: (ctx) => ({ macs: 0, flops: perElem * numel(ctx.shapeOf(0)) })
  };
}
function labelEncoderOutput(ctx) {
  if (ctx.attrs.has("values_strings") || ctx.attrs.has("default_string"))
    return "string";
  if (ctx.attrs.has("values_int64s"))
    return "int64";
  if (ctx.attrs.has("values_floats"))
    return "float32";
  const t = ctx.attrs.tensor("values_tensor");
  if (t)
    return t.dtype;
  return void 0;
}
function makeLabelEncoder(since) {
  return {
    domain: ML,
    opType: "LabelEncoder",
    since,
    doc: { flops: "0: a table lookup per element" },
    infer: (ctx) => {
      const x = ctx.input(0);
      let dtype = labelEncoderOutput(ctx);
      if (!dtype)
        dtype = since === 1 ? x.type.dtype === "string" ? "int64" : "string" : void 0;
      if (!dtype)
        throw new OpError("LabelEncoder has no values_* attribute");
      return single({ dtype, shape: x.type.shape });
    },
    cost: () => NO_ARITHMETIC
  };
}
function treeDepthSum(ctx) {
  const treeIds = ctx.attrs.ints("nodes_treeids");
  const nodeIds = ctx.attrs.ints("nodes_nodeids");
  const modes = ctx.attrs.strings("nodes_modes");
  const trueIds = ctx.attrs.ints("nodes_truenodeids", []);
  const falseIds = ctx.attrs.ints("nodes_falsenodeids", []);
  if (nodeIds.length !== treeIds.length || modes.length !== treeIds.length) {
    throw new OpError("nodes_treeids, nodes_nodeids and nodes_modes have different lengths");
  }
  const trees = /* @__PURE__ */ new Map();
  treeIds.forEach((tid, i) => {
    const tree = trees.get(tid) ?? /* @__PURE__ */ new Map();
    tree.set(nodeIds[i], { leaf: modes[i] === "LEAF", t: trueIds[i] ?? -1, f: falseIds[i] ?? -1 });
    trees.set(tid, tree);
  });
  let depthSum = 0;
  for (const [tid, tree] of trees) {
    const children = /* @__PURE__ */ new Set();
    for (const n of tree.values())
      if (!n.leaf) {
        children.add(n.t);
        children.add(n.f);
      }
    const roots = [...tree.keys()].filter((id2) => !children.has(id2));
    if (roots.length !== 1)
      throw new OpError(`tree ${tid} has ${roots.length} roots`);
    const memo = /* @__PURE__ */ new Map();
    const visiting = /* @__PURE__ */ new Set();
    const depth = (id2) => {
      const known2 = memo.get(id2);
      if (known2 !== void 0)
        return known2;
      const n = tree.get(id2);
      if (!n)
        throw new OpError(`tree ${tid} refers to missing node ${id2}`);
      if (n.leaf)
        return 0;
      if (visiting.has(id2))
        throw new OpError(`tree ${tid} has a cycle at node ${id2}`);
      visiting.add(id2);
      const d = 1 + Math.max(depth(n.t), depth(n.f));
      visiting.delete(id2);
      memo.set(id2, d);
      return d;
    };
    depthSum += depth(roots[0]);
  }
  return { trees: trees.size, depthSum };
}
function treeEnsembleV5Depths(ctx) {
  const roots = ctx.attrs.ints("tree_roots");
  const trueIds = ctx.attrs.ints("nodes_truenodeids");
  const falseIds = ctx.attrs.ints("nodes_falsenodeids");
  const trueLeaf = ctx.attrs.ints("nodes_trueleafs");
  const falseLeaf = ctx.attrs.ints("nodes_falseleafs");
  const n = trueIds.length;
  if ([falseIds, trueLeaf, falseLeaf].some((a) => a.length !== n)) {
    throw new OpError("nodes_truenodeids, nodes_falsenodeids, nodes_trueleafs and nodes_falseleafs have different lengths");
  }
  const memo = /* @__PURE__ */ new Map();
  const visiting = /* @__PURE__ */ new Set();
  const depth = (i) => {
    if (i < 0 || i >= n)
      throw new OpError(`tree node index ${i} is out of range (${n} nodes)`);
    const known2 = memo.get(i);
    if (known2 !== void 0)
      return known2;
    if (visiting.has(i))
      throw new OpError(`the trees have a cycle at node ${i}`);
    visiting.add(i);
    const t = trueLeaf[i] ? 0 : depth(trueIds[i]);
    const f = falseLeaf[i] ? 0 : depth(falseIds[i]);
    visiting.delete(i);
    const d = 1 + Math.max(t, f);
    memo.set(i, d);
    return d;
  };
  const depthSum = n === 0 ? 0 : roots.reduce((sum3, r) => sum3 + depth(r), 0);
  return { trees: roots.length, depthSum };
}
function svmKernelFlops(ctx, features, supportVectors) {
  const kernel = ctx.attrs.string("kernel_type", "LINEAR");
  const extra = kernel === "LINEAR" ? 0 : 2;
  return supportVectors * (2 * features + extra);
}
var ML, ML_MACS, postDoc, linearClassifier, linearRegressor, normalizer, arrayFeatureExtractor, zipMap, featureVectorizer, oneHotEncoder, categoryMapper, treeDoc, treeEnsembleClassifier, treeEnsembleRegressor, treeEnsembleV5, svmDoc, svmClassifier, svmRegressor, CAST_MAP_TYPES, castMap, dictVectorizer, ops16;
var init_ml = __esm({
  "build/src/ops/ml.js"() {
    "use strict";
    init_name_table();
    init_types();
    init_util();
    init_shape_ops();
    ML = "ai.onnx.ml";
    ML_MACS = "0: its dot products are counted in FLOPs (2 per multiply-add); MACs cover the neural-network contraction ops only";
    postDoc = "post_transform per score: LOGISTIC/PROBIT 1, SOFTMAX 3";
    linearClassifier = {
      domain: ML,
      opType: "LinearClassifier",
      since: 1,
      doc: { flops: `2*N*C*E (scores = X*W^T, E = coefficients/C) + N*E intercepts + ${postDoc}`, macs: ML_MACS },
      infer: (ctx) => {
        const [n, c] = samplesAndFeatures(ctx);
        const coef = ctx.attrs.floats("coefficients");
        const labels = labelInfo(ctx);
        let e;
        if (typeof c === "number") {
          if (c === 0 || coef.length % c !== 0)
            throw new OpError(`coefficients (${coef.length}) do not divide into rows of ${c} features`);
          e = coef.length / c;
        } else {
          e = ctx.freshDim("classes");
        }
        const scores = labels.count === 2 && e === 1 ? 2 : e;
        return { outputs: [{ dtype: labels.dtype, shape: [n] }, { dtype: "float32", shape: [n, scores] }] };
      },
      cost: (ctx) => {
        const [n, c] = samplesAndFeatures(ctx).map(num2);
        const e = ctx.attrs.floats("coefficients").length / c;
        return { macs: 0, flops: 2 * n * c * e + n * e + n * e * postTransformFlops(ctx) };
      }
    };
    linearRegressor = {
      domain: ML,
      opType: "LinearRegressor",
      since: 1,
      doc: { flops: `2*N*C*T (T = targets) + N*T intercepts + ${postDoc}`, macs: ML_MACS },
      infer: (ctx) => {
        const [n, c] = samplesAndFeatures(ctx);
        const t = ctx.attrs.int("targets", 1);
        const coef = ctx.attrs.has("coefficients") ? ctx.attrs.floats("coefficients") : void 0;
        if (coef && typeof c === "number" && coef.length !== c * t) {
          throw new OpError(`coefficients has ${coef.length} values, expected ${c}*${t}`);
        }
        return single({ dtype: "float32", shape: [n, t] });
      },
      cost: (ctx) => {
        const [n, c] = samplesAndFeatures(ctx).map(num2);
        const t = ctx.attrs.int("targets", 1);
        return { macs: 0, flops: 2 * n * c * t + n * t + n * t * postTransformFlops(ctx) };
      }
    };
    normalizer = {
      domain: ML,
      opType: "Normalizer",
      since: 1,
      doc: { flops: "per element: MAX 2 (compare, divide), L1 3 (abs, add, divide), L2 3 (square, add, divide) + 1 sqrt per row" },
      infer: (ctx) => {
        const x = ctx.input(0);
        const norm = ctx.attrs.string("norm", "MAX");
        if (!["MAX", "L1", "L2"].includes(norm))
          throw new OpError(`unknown norm '${norm}'`);
        return single({ dtype: "float32", shape: x.type.shape });
      },
      cost: (ctx) => {
        const norm = ctx.attrs.string("norm", "MAX");
        const [n, c] = samplesAndFeatures(ctx).map(num2);
        const per = norm === "MAX" ? 2 : 3;
        return { macs: 0, flops: per * n * c + (norm === "L2" ? n : 0) };
      }
    };
    arrayFeatureExtractor = {
      domain: ML,
      opType: "ArrayFeatureExtractor",
      since: 1,
      doc: { flops: "0: selects columns", memory: "indices + selected elements read (= output bytes) + output written" },
      infer: (ctx) => {
        const x = ctx.input(0);
        const s = ctx.shapeOf(0);
        const is = ctx.shapeOf(1);
        const k = is.every((d) => typeof d === "number") ? numel(is) : ctx.freshDim("features");
        const shape = s.length <= 1 ? [1, k] : [...s.slice(0, -1), k];
        return single({ dtype: x.type.dtype, shape });
      },
      cost: (ctx, outputs) => ({ ...NO_ARITHMETIC, bytes: 2 * bytesOf2(outputs[0]) + inputBytes(ctx, [1]) })
    };
    zipMap = {
      domain: ML,
      opType: "ZipMap",
      since: 1,
      doc: { flops: "0", memory: "input scores read; the output is a sequence of maps (size not modelled)" },
      infer: (ctx) => {
        ctx.input(0);
        if (!ctx.attrs.has("classlabels_strings") && !ctx.attrs.has("classlabels_int64s")) {
          throw new OpError("ZipMap needs classlabels_strings or classlabels_int64s");
        }
        return single({ dtype: void 0, shape: void 0 });
      },
      cost: (ctx) => ({ macs: 0, flops: 0, bytes: bytesOf2(ctx.input(0).type) })
    };
    featureVectorizer = {
      domain: ML,
      opType: "FeatureVectorizer",
      since: 1,
      doc: { flops: "0: copies features into one tensor" },
      infer: (ctx) => {
        const dims = ctx.attrs.ints("inputdimensions");
        const present3 = ctx.inputs.filter((x) => x !== void 0);
        if (dims.length !== present3.length)
          throw new OpError(`inputdimensions has ${dims.length} entries for ${present3.length} inputs`);
        const n = samplesAndFeatures(ctx, 0)[0];
        return single({ dtype: "float32", shape: [n, dimSum(dims, ctx, "features")] });
      },
      cost: () => NO_ARITHMETIC
    };
    oneHotEncoder = {
      domain: ML,
      opType: "OneHotEncoder",
      since: 1,
      doc: { flops: "0: a category lookup per element" },
      infer: (ctx) => {
        const s = ctx.shapeOf(0);
        const cats = ctx.attrs.has("cats_int64s") ? ctx.attrs.ints("cats_int64s").length : ctx.attrs.has("cats_strings") ? ctx.attrs.strings("cats_strings").length : void 0;
        if (cats === void 0)
          throw new OpError("OneHotEncoder needs cats_int64s or cats_strings");
        return single({ dtype: "float32", shape: [...s, cats] });
      },
      cost: () => NO_ARITHMETIC
    };
    categoryMapper = {
      domain: ML,
      opType: "CategoryMapper",
      since: 1,
      doc: { flops: "0: a table lookup per element" },
      infer: (ctx) => {
        const x = ctx.input(0);
        return single({ dtype: x.type.dtype === "string" ? "int64" : "string", shape: x.type.shape });
      },
      cost: () => NO_ARITHMETIC
    };
    treeDoc = (what) => ({
      flops: `N*(sum over trees of max depth) comparisons (worst-case path) + N*trees*${what} leaf-weight additions + ${postDoc}`
    });
    treeEnsembleClassifier = {
      domain: ML,
      opType: "TreeEnsembleClassifier",
      since: 1,
      doc: treeDoc("E"),
      infer: (ctx) => {
        const [n] = samplesAndFeatures(ctx);
        const labels = labelInfo(ctx, "classlabels_int64s");
        if (labels.count === void 0)
          throw new OpError("TreeEnsembleClassifier needs classlabels_int64s or classlabels_strings");
        return { outputs: [{ dtype: labels.dtype, shape: [n] }, { dtype: "float32", shape: [n, labels.count] }] };
      },
      cost: (ctx, outputs) => {
        const n = num2(samplesAndFeatures(ctx)[0]);
        const e = num2((outputs[1]?.shape ?? [0, 0])[1]);
        const { trees, depthSum } = treeDepthSum(ctx);
        return { macs: 0, flops: n * depthSum + n * trees * e + n * e * postTransformFlops(ctx) };
      }
    };
    treeEnsembleRegressor = {
      domain: ML,
      opType: "TreeEnsembleRegressor",
      since: 1,
      doc: treeDoc("T"),
      infer: (ctx) => {
        const [n] = samplesAndFeatures(ctx);
        return single({ dtype: "float32", shape: [n, ctx.attrs.int("n_targets", 1)] });
      },
      cost: (ctx) => {
        const n = num2(samplesAndFeatures(ctx)[0]);
        const t = ctx.attrs.int("n_targets", 1);
        const { trees, depthSum } = treeDepthSum(ctx);
        return { macs: 0, flops: n * depthSum + n * trees * t + n * t * postTransformFlops(ctx) };
      }
    };
    treeEnsembleV5 = {
      domain: ML,
      opType: "TreeEnsemble",
      since: 5,
      doc: treeDoc("T"),
      infer: (ctx) => {
        const x = ctx.input(0);
        const [n] = samplesAndFeatures(ctx);
        return single({ dtype: x.type.dtype, shape: [n, ctx.attrs.int("n_targets")] });
      },
      cost: (ctx) => {
        const n = num2(samplesAndFeatures(ctx)[0]);
        const t = ctx.attrs.int("n_targets");
        const { trees, depthSum } = treeEnsembleV5Depths(ctx);
        const pt = [0, 3, 1, 3, 1][ctx.attrs.int("post_transform", 0)] ?? 0;
        return { macs: 0, flops: n * depthSum + n * trees * t + n * t * pt };
      }
    };
    svmDoc = {
      flops: "per sample: nSV*(2F + 2 for non-linear kernels) kernel evaluations + 2 per dual coefficient; linear SVM without support vectors: 2*F*E; + post_transform",
      macs: ML_MACS
    };
    svmClassifier = {
      domain: ML,
      opType: "SVMClassifier",
      since: 1,
      doc: svmDoc,
      infer: (ctx) => {
        const [n] = samplesAndFeatures(ctx);
        const labels = labelInfo(ctx);
        if (labels.count === void 0)
          throw new OpError("SVMClassifier needs classlabels_ints or classlabels_strings");
        return { outputs: [{ dtype: labels.dtype, shape: [n] }, { dtype: "float32", shape: [n, labels.count] }] };
      },
      cost: (ctx, outputs) => {
        const [n, f] = samplesAndFeatures(ctx).map(num2);
        const e = num2((outputs[1]?.shape ?? [0, 0])[1]);
        const perClass = ctx.attrs.ints("vectors_per_class", []);
        const nSV = perClass.reduce((a, b) => a + b, 0);
        const coef = ctx.attrs.floats("coefficients", []).length;
        const per = nSV > 0 ? svmKernelFlops(ctx, f, nSV) + 2 * coef : 2 * f * e;
        return { macs: 0, flops: n * per + n * e * postTransformFlops(ctx) };
      }
    };
    svmRegressor = {
      domain: ML,
      opType: "SVMRegressor",
      since: 1,
      doc: svmDoc,
      infer: (ctx) => single({ dtype: "float32", shape: [samplesAndFeatures(ctx)[0], 1] }),
      cost: (ctx) => {
        const [n, f] = samplesAndFeatures(ctx).map(num2);
        const nSV = ctx.attrs.int("n_supports", 0);
        const per = nSV > 0 ? svmKernelFlops(ctx, f, nSV) + 2 * nSV : 2 * f;
        return { macs: 0, flops: n * per + n * postTransformFlops(ctx) };
      }
    };
    CAST_MAP_TYPES = nameTable({ TO_FLOAT: "float32", TO_STRING: "string", TO_INT64: "int64" });
    castMap = {
      domain: ML,
      opType: "CastMap",
      since: 1,
      doc: { flops: "0: converts map values into a tensor", memory: "output bytes written; unresolved for DENSE (the map size comes from the data)" },
      infer: (ctx) => {
        ctx.input(0);
        const to = ctx.attrs.string("cast_to", "TO_FLOAT");
        const dtype = CAST_MAP_TYPES[to];
        if (!dtype)
          throw new OpError(`cast_to must be TO_FLOAT, TO_STRING or TO_INT64, got '${to}'`);
        const form = ctx.attrs.string("map_form", "DENSE");
        if (form === "SPARSE") {
          const max = ctx.attrs.int("max_map", 1);
          if (max < 1)
            throw new OpError(`max_map must be positive, got ${max}`);
          return single({ dtype, shape: [1, max] });
        }
        if (form !== "DENSE")
          throw new OpError(`map_form must be DENSE or SPARSE, got '${form}'`);
        return single({ dtype, shape: [1, ctx.freshDim("castmap_entries")] });
      },
      cost: (_ctx, outputs) => ({ macs: 0, flops: 0, bytes: bytesOf2(outputs[0]) })
    };
    dictVectorizer = {
      domain: ML,
      opType: "DictVectorizer",
      since: 1,
      doc: { flops: "0: looks up each vocabulary key in the map", memory: "output bytes written (the map is not a tensor)" },
      infer: (ctx) => {
        ctx.input(0);
        const ints = ctx.attrs.ints("int64_vocabulary", []);
        const strs = ctx.attrs.strings("string_vocabulary", []);
        if (ints.length > 0 === strs.length > 0)
          throw new OpError("exactly one of int64_vocabulary and string_vocabulary must be given");
        return single({ dtype: ctx.input(0).type.dtype, shape: [1, ints.length + strs.length] });
      },
      cost: (_ctx, outputs) => ({ macs: 0, flops: 0, bytes: bytesOf2(outputs[0]) })
    };
    ops16 = [
      castMap,
      dictVectorizer,
      linearClassifier,
      linearRegressor,
      normalizer,
      sameShapeFloat("Scaler", 2, { flops: "2 per element ((x - offset) * scale)" }),
      sameShapeFloat("Binarizer", 1, { flops: "1 per element (compare with threshold)" }, "input"),
      sameShapeFloat("Imputer", 1, { flops: "1 per element (compare with the missing-value marker)" }, "input"),
      arrayFeatureExtractor,
      zipMap,
      featureVectorizer,
      oneHotEncoder,
      makeLabelEncoder(1),
      makeLabelEncoder(2),
      makeLabelEncoder(4),
      categoryMapper,
      treeEnsembleClassifier,
      { ...treeEnsembleClassifier, since: 3 },
      treeEnsembleRegressor,
      { ...treeEnsembleRegressor, since: 3 },
      treeEnsembleV5,
      svmClassifier,
      svmRegressor
    ];
  }
});

// build/src/shapes/exact.js
function exactCount(n) {
  if (!Number.isFinite(n))
    throw new RangeError(`count ${n} is not finite`);
  return BigInt(Number.isInteger(n) ? n : Math.round(n));
}
function exactOf(c) {
  return { macs: exactCount(c.macs), flops: exactCount(c.flops), bytes: exactCount(c.bytes) };
}
function addExact(a, b) {
  return { macs: a.macs + b.macs, flops: a.flops + b.flops, bytes: a.bytes + b.bytes };
}
function scaleExact(a, times) {
  return { macs: a.macs * times, flops: a.flops * times, bytes: a.bytes * times };
}
function exactOfNode(r) {
  return r.exact ?? exactOf(r.cost);
}
function numbersOf(e) {
  return { macs: Number(e.macs), flops: Number(e.flops), bytes: Number(e.bytes) };
}
function isSafeCount(n) {
  return n <= MAX_SAFE && n >= -MAX_SAFE;
}
function safeWhole(n) {
  const w = Number.isInteger(n) ? n : Math.round(n);
  return w <= Number.MAX_SAFE_INTEGER && w >= -Number.MAX_SAFE_INTEGER ? w : NaN;
}
var MAX_SAFE, ExactSum;
var init_exact = __esm({
  "build/src/shapes/exact.js"() {
    "use strict";
    MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
    ExactSum = class {
      macs = 0;
      flops = 0;
      bytes = 0;
      big;
      add(r) {
        if (this.big === void 0 && r.exact === void 0) {
          const c = r.cost;
          const macs = this.macs + (Number.isSafeInteger(c.macs) ? c.macs : safeWhole(c.macs));
          const flops = this.flops + (Number.isSafeInteger(c.flops) ? c.flops : safeWhole(c.flops));
          const bytes = this.bytes + (Number.isSafeInteger(c.bytes) ? c.bytes : safeWhole(c.bytes));
          if (Math.abs(macs) <= Number.MAX_SAFE_INTEGER && Math.abs(flops) <= Number.MAX_SAFE_INTEGER && Math.abs(bytes) <= Number.MAX_SAFE_INTEGER) {
            this.macs = macs;
            this.flops = flops;
            this.bytes = bytes;
            return;
          }
        }
        this.big = addExact(this.value(), exactOfNode(r));
      }
      safeNumbers() {
        return this.big === void 0 ? { macs: this.macs, flops: this.flops, bytes: this.bytes } : void 0;
      }
      value() {
        return this.big ?? { macs: BigInt(this.macs), flops: BigInt(this.flops), bytes: BigInt(this.bytes) };
      }
    };
  }
});

// build/src/ops/control-flow.js
var control_flow_exports = {};
__export(control_flow_exports, {
  ops: () => ops17
});
function takeCost(ctx) {
  const c = pending.get(ctx);
  if (!c)
    throw new OpError("control-flow cost asked before its body was inferred");
  return c;
}
function requireGraph(ctx, name) {
  const g = ctx.attrs.graph(name);
  if (!g)
    throw new OpError(`required graph attribute '${name}' is missing`);
  return g;
}
function mergeTypes(ctx, a, b, hint) {
  const dtype = a.dtype ?? b.dtype;
  if (!a.shape || !b.shape || a.shape.length !== b.shape.length)
    return { dtype, shape: void 0 };
  const shape = a.shape.map((d, i) => d === b.shape[i] ? d : ctx.freshDim(hint));
  return { dtype, shape };
}
function sameValue(a, b) {
  return !!a && !!b && a.dtype === b.dtype && a.shape.length === b.shape.length && a.shape.every((d, i) => d === b.shape[i]) && a.data.length === b.data.length && a.data.every((x, i) => x === b.data[i]);
}
function scaled(body, times) {
  const exact = scaleExact(body.exact ?? exactOf(body.cost), exactCount(times));
  return { ...numbersOf(exact), exact };
}
function heavier(a, b) {
  if (a.cost.flops !== b.cost.flops)
    return a.cost.flops > b.cost.flops;
  if (a.cost.macs !== b.cost.macs)
    return a.cost.macs > b.cost.macs;
  return a.cost.bytes >= b.cost.bytes;
}
function inferIf(ctx) {
  const thenGraph = requireGraph(ctx, "then_branch");
  const elseGraph = requireGraph(ctx, "else_branch");
  const cond = ctx.input(0);
  const n = ctx.node.outputs.length;
  const check = (res2, which) => {
    if (res2.outputs.length < n)
      throw new OpError(`If has ${n} outputs but ${which} gives ${res2.outputs.length}`);
  };
  if (cond.value && cond.value.data.length === 1) {
    const taken = cond.value.data[0] !== 0;
    const which = taken ? "then_branch" : "else_branch";
    const res2 = ctx.subgraph(taken ? thenGraph : elseGraph, []);
    check(res2, which);
    ctx.warn(`condition folds to ${taken}: totals count ${which} only`);
    pending.set(ctx, {
      ...scaled(res2, 1),
      note: `condition is constant ${taken}: cost of ${which}`,
      ...res2.lowerBound ? { lowerBound: res2.lowerBound } : {}
    });
    return { outputs: res2.outputs.slice(0, n), values: res2.values.slice(0, n) };
  }
  const thenRes = ctx.subgraph(thenGraph, []);
  const elseRes = ctx.subgraph(elseGraph, []);
  check(thenRes, "then_branch");
  check(elseRes, "else_branch");
  const thenHeavier = heavier(thenRes, elseRes);
  const res = thenHeavier ? thenRes : elseRes;
  const lowerBound = thenRes.lowerBound ?? elseRes.lowerBound;
  const sameCost = thenRes.cost.macs === elseRes.cost.macs && thenRes.cost.flops === elseRes.cost.flops && thenRes.cost.bytes === elseRes.cost.bytes;
  if (!sameCost) {
    ctx.warn(`condition is not a constant: totals count the larger branch, ${thenHeavier ? "then_branch" : "else_branch"} (then ${thenRes.cost.flops} FLOPs, else ${elseRes.cost.flops} FLOPs)`);
  }
  pending.set(ctx, {
    ...scaled(res, 1),
    note: `condition unknown: cost of the larger branch, ${thenHeavier ? "then_branch" : "else_branch"} (then ${thenRes.cost.flops} FLOPs, else ${elseRes.cost.flops} FLOPs)`,
    ...lowerBound ? { lowerBound } : {}
  });
  const outputs = [];
  const values = [];
  for (let i = 0; i < n; i++) {
    outputs.push(mergeTypes(ctx, thenRes.outputs[i], elseRes.outputs[i], `${ctx.node.name}_out${i}`));
    values.push(sameValue(thenRes.values[i], elseRes.values[i]) ? thenRes.values[i] : void 0);
  }
  return { outputs, values };
}
function inferLoop(ctx) {
  const body = requireGraph(ctx, "body");
  const m = ctx.inputs[0];
  const condIn = ctx.inputs[1];
  const carried = ctx.node.inputs.slice(2).map((_, i) => ctx.inputs[i + 2]);
  const nCarried = carried.length;
  if (body.inputs.length !== nCarried + 2) {
    throw new OpError(`Loop body takes ${body.inputs.length} inputs but the node gives ${nCarried} loop-carried values (expected ${nCarried + 2})`);
  }
  let trips;
  if (m?.value && m.value.data.length === 1 && m.value.data[0] < TRIP_SENTINEL)
    trips = Math.max(0, m.value.data[0]);
  const condFalse = condIn?.value && condIn.value.data.length === 1 && condIn.value.data[0] === 0;
  if (condFalse)
    trips = 0;
  const condTrue = condIn?.value && condIn.value.data.length === 1 && condIn.value.data[0] !== 0;
  const res = ctx.subgraph(body, [{ dtype: "int64", shape: [] }, { dtype: "bool", shape: [] }, ...carried.map((c) => c?.type)], [void 0, condTrue ? condIn.value : void 0, ...carried.map(() => void 0)]);
  if (res.outputs.length < nCarried + 1) {
    throw new OpError(`Loop body gives ${res.outputs.length} outputs, fewer than condition + ${nCarried} loop-carried values`);
  }
  const bodyCond = res.values[0];
  const mayExitEarly = condIn !== void 0 && !(bodyCond && bodyCond.data.length === 1 && bodyCond.data[0] !== 0);
  const iterDim = trips ?? ctx.freshDim(`${ctx.node.name}_trips`);
  const outputs = [];
  for (let i = 0; i < nCarried; i++) {
    const init = carried[i]?.type;
    const out = res.outputs[i + 1];
    outputs.push(init ? mergeTypes(ctx, init, out, `${ctx.node.name}_carried${i}`) : out);
  }
  for (let k = nCarried + 1; k < res.outputs.length && outputs.length < ctx.node.outputs.length; k++) {
    const slice2 = res.outputs[k];
    outputs.push({ dtype: slice2.dtype, shape: slice2.shape ? [iterDim, ...slice2.shape] : void 0 });
  }
  let cost;
  if (trips === void 0) {
    cost = {
      ...scaled(res, 1),
      lowerBound: "Loop trip count unknown",
      note: "trip count unknown: cost of one iteration"
    };
  } else {
    cost = {
      ...scaled(res, trips),
      note: `${trips} iteration${trips === 1 ? "" : "s"}${mayExitEarly ? " (at most: the loop condition may end it sooner)" : ""}`,
      ...res.lowerBound ? { lowerBound: res.lowerBound } : {}
    };
  }
  pending.set(ctx, cost);
  return { outputs };
}
function inferScan(ctx) {
  const body = requireGraph(ctx, "body");
  const numScan = ctx.attrs.int("num_scan_inputs");
  const batched = ctx.opset < 9;
  const first = batched ? 1 : 0;
  const all = ctx.node.inputs.map((_, i) => ctx.inputs[i]).slice(first);
  const nState = all.length - numScan;
  if (nState < 0)
    throw new OpError(`num_scan_inputs is ${numScan} but the node has only ${all.length} inputs`);
  const states = all.slice(0, nState);
  const scans = all.slice(nState);
  if (body.inputs.length !== all.length) {
    throw new OpError(`Scan body takes ${body.inputs.length} inputs but the node gives ${all.length}`);
  }
  const inAxes = batched ? scans.map(() => 1) : ctx.attrs.ints("scan_input_axes", scans.map(() => 0));
  let seq;
  let batch = 1;
  const sliceTypes = scans.map((s, j) => {
    if (!s)
      throw new OpError(`scan input ${j} is missing`);
    const shape = s.type.shape;
    if (!shape)
      return { dtype: s.type.dtype, shape: void 0 };
    const rank3 = shape.length;
    const axis = inAxes[j] < 0 ? inAxes[j] + rank3 : inAxes[j];
    if (axis < 0 || axis >= rank3)
      throw new OpError(`scan_input_axes[${j}] = ${inAxes[j]} is out of range for rank ${rank3}`);
    if (seq === void 0 || typeof seq !== "number")
      seq = shape[axis];
    if (batched)
      batch = shape[0];
    return { dtype: s.type.dtype, shape: shape.filter((_, i) => i !== axis && !(batched && i === 0)) };
  });
  const stateTypes = states.map((s) => {
    if (!s)
      return void 0;
    if (!batched || !s.type.shape)
      return s.type;
    return { dtype: s.type.dtype, shape: s.type.shape.slice(1) };
  });
  const res = ctx.subgraph(body, [...stateTypes, ...sliceTypes]);
  const nOut = res.outputs.length - nState;
  if (nOut < 0)
    throw new OpError(`Scan body gives ${res.outputs.length} outputs, fewer than its ${nState} state values`);
  const outAxes = batched ? Array.from({ length: nOut }, () => 0) : ctx.attrs.ints("scan_output_axes", Array.from({ length: nOut }, () => 0));
  const seqDim = seq ?? ctx.freshDim(`${ctx.node.name}_seq`);
  const outputs = [];
  for (let i = 0; i < nState; i++) {
    const out = res.outputs[i];
    const init = stateTypes[i];
    const t = init ? mergeTypes(ctx, init, out, `${ctx.node.name}_state${i}`) : out;
    outputs.push(batched && t.shape ? { dtype: t.dtype, shape: [batch, ...t.shape] } : t);
  }
  for (let k = 0; k < nOut; k++) {
    const slice2 = res.outputs[nState + k];
    if (!slice2.shape) {
      outputs.push({ dtype: slice2.dtype, shape: void 0 });
      continue;
    }
    const rank3 = slice2.shape.length + 1;
    const raw = outAxes[k] ?? 0;
    const axis = raw < 0 ? raw + rank3 : raw;
    if (axis < 0 || axis >= rank3)
      throw new OpError(`scan_output_axes[${k}] = ${raw} is out of range for rank ${rank3}`);
    const shape = [...slice2.shape];
    shape.splice(axis, 0, seqDim);
    outputs.push({ dtype: slice2.dtype, shape: batched ? [batch, ...shape] : shape });
  }
  const iterations = typeof seqDim === "number" && typeof batch === "number" ? seqDim * batch : void 0;
  pending.set(ctx, iterations === void 0 ? { ...scaled(res, 1), lowerBound: "Scan sequence length unknown", note: "sequence length unknown: cost of one step" } : {
    ...scaled(res, iterations),
    note: `${iterations} step${iterations === 1 ? "" : "s"}`,
    ...res.lowerBound ? { lowerBound: res.lowerBound } : {}
  });
  return { outputs };
}
function inferSequenceMap(ctx) {
  const body = requireGraph(ctx, "body");
  ctx.input(0);
  const n = ctx.node.outputs.length;
  if (body.outputs.length < n)
    throw new OpError(`SequenceMap has ${n} outputs but its body gives ${body.outputs.length}`);
  if (body.inputs.length !== ctx.node.inputs.length) {
    throw new OpError(`SequenceMap body takes ${body.inputs.length} inputs but the node gives ${ctx.node.inputs.length}`);
  }
  return { outputs: body.outputs.slice(0, n).map((o) => ({ dtype: o.dtype, shape: void 0 })) };
}
var pending, TRIP_SENTINEL, IF_DOC, LOOP_DOC, SCAN_DOC, SEQUENCE_MAP_DOC, ops17;
var init_control_flow = __esm({
  "build/src/ops/control-flow.js"() {
    "use strict";
    init_types();
    init_exact();
    pending = /* @__PURE__ */ new WeakMap();
    TRIP_SENTINEL = 2 ** 62;
    IF_DOC = {
      flops: "the larger branch (by FLOPs) when the condition is not a constant; the taken branch when it is",
      macs: "those of the counted branch",
      memory: "the counted branch's memory access",
      peers: "onnx-tool has no If profiler: the node counts 0 unless its if_fixed_branch option inlines the branch the user names (then or else), never the larger one; thop/fvcore/ptflops trace the one path PyTorch took"
    };
    LOOP_DOC = {
      flops: "body FLOPs x trip count M (when M folds to a constant); one iteration and a lower bound otherwise",
      macs: "body MACs x trip count",
      memory: "body memory access x trip count",
      peers: 'onnx-tool has no Loop profiler (0 MACs with a "not registered" warning, body not counted); thop/fvcore/ptflops count the unrolled iterations PyTorch ran'
    };
    SCAN_DOC = {
      flops: "body FLOPs x sequence length (the scan_input_axes dim of the first scan input)",
      macs: "body MACs x sequence length",
      memory: "body memory access x sequence length"
    };
    SEQUENCE_MAP_DOC = {
      flops: "body FLOPs x sequence length; not counted (lower bound) because sequence lengths and element shapes are not tracked",
      memory: "not counted (lower bound)"
    };
    ops17 = [
      {
        domain: "",
        opType: "SequenceMap",
        since: 17,
        infer: inferSequenceMap,
        doc: SEQUENCE_MAP_DOC,
        cost: () => ({ macs: 0, flops: 0, bytes: 0, lowerBound: "SequenceMap: the body runs once per sequence element; element count unknown, not counted" })
      },
      { domain: "", opType: "If", since: 1, infer: inferIf, cost: takeCost, doc: IF_DOC },
      { domain: "", opType: "Loop", since: 1, infer: inferLoop, cost: takeCost, doc: LOOP_DOC },
      { domain: "", opType: "Scan", since: 8, infer: inferScan, cost: takeCost, doc: SCAN_DOC }
    ];
  }
});

// build/src/ops/signal.js
var signal_exports = {};
__export(signal_exports, {
  fftFlops: () => fftFlops,
  ops: () => ops18
});
function fftFlops(n) {
  return n <= 1 ? 0 : Math.ceil(5 * n * Math.log2(n));
}
function scalarInt(ctx, i, what) {
  const v = intsOf2(ctx, i);
  if (!v)
    return void 0;
  if (v.length !== 1)
    throw new OpError(`${what} must be a scalar, has ${v.length} elements`);
  if (v[0] <= 0)
    throw new OpError(`${what} must be positive, got ${v[0]}`);
  return v[0];
}
function dftAxis(ctx, rank3) {
  let axis;
  if (ctx.opset >= 20) {
    const a = ctx.inputs[2] ? intsOf2(ctx, 2) : [-2];
    if (!a)
      throw new OpError("the axis input is not a known constant");
    axis = a[0];
  } else {
    axis = ctx.attrs.int("axis", 1);
  }
  const ax = normalizeAxis(axis, rank3);
  if (ax === rank3 - 1)
    throw new OpError(`axis ${axis} is the real/imaginary dim, not a signal dim`);
  return ax;
}
function makeDft(since) {
  return {
    domain: "",
    opType: "DFT",
    since,
    doc: { flops: FFT_DOC, peers: "thop, fvcore and ptflops do not count FFTs; onnx-tool has no DFT" },
    infer(ctx) {
      const x = ctx.shapeOf(0);
      if (x.length < 2)
        throw new OpError(`input must have rank >= 2 (signal dims + a last dim of 1 or 2), got ${x.length}`);
      const last = x[x.length - 1];
      if (typeof last === "number" && last !== 1 && last !== 2)
        throw new OpError(`the last dim must be 1 (real) or 2 (complex), got ${last}`);
      const axis = dftAxis(ctx, x.length);
      const onesided = ctx.attrs.int("onesided", 0) !== 0;
      const given2 = ctx.inputs[1] ? scalarInt(ctx, 1, "dft_length") : void 0;
      if (ctx.inputs[1] && given2 === void 0) {
        const out2 = [...x];
        out2[axis] = ctx.freshDim("dft_length");
        out2[out2.length - 1] = 2;
        return single({ dtype: ctx.input(0).type.dtype, shape: out2 });
      }
      const n = given2 ?? x[axis];
      const out = [...x];
      out[axis] = onesided ? typeof n === "number" ? Math.floor(n / 2) + 1 : ctx.freshDim("dft_bins") : n;
      out[out.length - 1] = 2;
      return single({ dtype: ctx.input(0).type.dtype, shape: out });
    },
    cost(ctx) {
      const x = ctx.shapeOf(0);
      const axis = dftAxis(ctx, x.length);
      const n = (ctx.inputs[1] ? scalarInt(ctx, 1, "dft_length") : void 0) ?? numel([x[axis]]);
      const transforms = numel(x.filter((_, i) => i !== axis && i !== x.length - 1));
      return { macs: 0, flops: transforms * fftFlops(n) };
    }
  };
}
function makeWindow(opType, perElem, doc) {
  return {
    domain: "",
    opType,
    since: 17,
    doc,
    infer(ctx) {
      const size = scalarInt(ctx, 0, "size");
      const dtype = dtypeFromOnnx(ctx.attrs.int("output_datatype", 1));
      if (!dtype)
        throw new OpError(`attribute 'output_datatype' names an unknown data type (${ctx.attrs.int("output_datatype")})`);
      return single({ dtype, shape: [size ?? ctx.freshDim("window_size")] });
    },
    cost: (_ctx, outputs) => ({ macs: 0, flops: perElem * numel(outputs[0].shape) })
  };
}
var FFT_DOC, stftOp, melOp, ops18;
var init_signal = __esm({
  "build/src/ops/signal.js"() {
    "use strict";
    init_dtype_codes();
    init_types();
    init_util();
    init_shape_ops();
    FFT_DOC = "ceil(5 * N * log2(N)) per transform of length N (radix-2 FFT estimate), times the number of transforms";
    stftOp = {
      domain: "",
      opType: "STFT",
      since: 17,
      doc: {
        flops: `${FFT_DOC} (one transform of frame_length per frame and batch) + 1 per windowed sample when a window is given`,
        peers: "thop, fvcore and ptflops do not count STFTs"
      },
      infer(ctx) {
        const s = ctx.shapeOf(0);
        if (s.length !== 3)
          throw new OpError(`signal must be [batch, signal_length, 1 or 2], got rank ${s.length}`);
        const step = scalarInt(ctx, 1, "frame_step");
        const window4 = ctx.inputs[2]?.type.shape;
        const frameLen = (ctx.inputs[3] ? scalarInt(ctx, 3, "frame_length") : void 0) ?? (window4 && window4.length === 1 && typeof window4[0] === "number" ? window4[0] : void 0);
        const onesided = ctx.attrs.int("onesided", 1) !== 0;
        const len = s[1];
        let frames = ctx.freshDim("stft_frames");
        if (step !== void 0 && frameLen !== void 0 && typeof len === "number") {
          if (frameLen > len)
            throw new OpError(`frame_length ${frameLen} is longer than the signal (${len})`);
          frames = Math.floor((len - frameLen) / step) + 1;
        }
        const bins = frameLen === void 0 ? ctx.freshDim("stft_bins") : onesided ? Math.floor(frameLen / 2) + 1 : frameLen;
        return single({ dtype: ctx.input(0).type.dtype, shape: [s[0], frames, bins, 2] });
      },
      cost(ctx, outputs) {
        const out = outputs[0].shape;
        const window4 = ctx.inputs[2]?.type.shape;
        const frameLen = (ctx.inputs[3] ? scalarInt(ctx, 3, "frame_length") : void 0) ?? window4?.[0];
        if (typeof frameLen !== "number")
          throw new UnresolvedDimError(typeof frameLen === "string" ? frameLen : "frame_length");
        const perFrames = numel([out[0], out[1]]);
        return { macs: 0, flops: perFrames * (fftFlops(frameLen) + (ctx.inputs[2] ? frameLen : 0)) };
      }
    };
    melOp = {
      domain: "",
      opType: "MelWeightMatrix",
      since: 17,
      doc: { flops: "1 per output element (one triangular filter weight each; the few per-bin Hz/mel conversions are not counted)" },
      infer(ctx) {
        for (let i = 0; i < 5; i++)
          ctx.input(i);
        const bins = scalarInt(ctx, 0, "num_mel_bins");
        const dftLen = scalarInt(ctx, 1, "dft_length");
        const dtype = dtypeFromOnnx(ctx.attrs.int("output_datatype", 1));
        if (!dtype)
          throw new OpError(`attribute 'output_datatype' names an unknown data type (${ctx.attrs.int("output_datatype")})`);
        return single({
          dtype,
          shape: [dftLen !== void 0 ? Math.floor(dftLen / 2) + 1 : ctx.freshDim("mel_dft_bins"), bins ?? ctx.freshDim("num_mel_bins")]
        });
      },
      cost: (_ctx, outputs) => ({ macs: 0, flops: numel(outputs[0].shape) })
    };
    ops18 = [
      makeDft(17),
      makeDft(20),
      stftOp,
      makeWindow("HannWindow", 4, { flops: "4 per element (one cosine + 3 arithmetic)" }),
      makeWindow("HammingWindow", 4, { flops: "4 per element (one cosine + 3 arithmetic)" }),
      makeWindow("BlackmanWindow", 7, { flops: "7 per element (two cosines + 5 arithmetic)" }),
      melOp
    ];
  }
});

// build/src/ops/loss.js
var loss_exports = {};
__export(loss_exports, {
  ops: () => ops19
});
function lossShapes(ctx) {
  const scores = ctx.shapeOf(0);
  const target = ctx.shapeOf(1);
  if (scores.length < 2)
    throw new OpError(`input must be [N, C, d1..dk], got rank ${scores.length}`);
  if (target.length !== scores.length - 1)
    throw new OpError(`target must have rank ${scores.length - 1} ([N, d1..dk]), got ${target.length}`);
  const expected = [scores[0], ...scores.slice(2)];
  for (let i = 0; i < target.length; i++) {
    const a = target[i], b = expected[i];
    if (typeof a === "number" && typeof b === "number" && a !== b) {
      throw new OpError(`target shape [${target.join(",")}] does not match input [${scores.join(",")}] without the class dim`);
    }
  }
  const reduction = ctx.attrs.string("reduction", "mean");
  if (!REDUCTIONS.includes(reduction))
    throw new OpError(`reduction must be none, sum or mean, got '${reduction}'`);
  return { scores, target: expected, reduction };
}
function nllFlops(ctx, targetElems, reduction) {
  return targetElems * (1 + (ctx.inputs[2] ? 1 : 0) + (reduction === "none" ? 0 : 1));
}
function makeNll(since) {
  return {
    domain: "",
    opType: "NegativeLogLikelihoodLoss",
    since,
    doc: {
      flops: "1 per target element (negate the picked log-probability) + 1 with class weights + 1 when reduced (sum or mean)",
      peers: "thop, fvcore and ptflops count no FLOPs for losses"
    },
    infer(ctx) {
      const { target, reduction } = lossShapes(ctx);
      return { outputs: [{ dtype: ctx.input(0).type.dtype, shape: reduction === "none" ? target : [] }] };
    },
    cost(ctx) {
      const { target, reduction } = lossShapes(ctx);
      return { macs: 0, flops: nllFlops(ctx, numel(target), reduction) };
    }
  };
}
function makeSce(since) {
  return {
    domain: "",
    opType: "SoftmaxCrossEntropyLoss",
    since,
    doc: {
      flops: "3 per score element (LogSoftmax over the class dim, as Softmax) + the NegativeLogLikelihoodLoss count per target element",
      peers: "thop, fvcore and ptflops count no FLOPs for losses"
    },
    infer(ctx) {
      const { scores, target, reduction } = lossShapes(ctx);
      const dtype = ctx.input(0).type.dtype;
      const outputs = [{ dtype, shape: reduction === "none" ? target : [] }];
      if (ctx.node.outputs.length > 1 && ctx.node.outputs[1] !== "")
        outputs.push({ dtype, shape: [...scores] });
      return { outputs };
    },
    cost(ctx) {
      const { scores, target, reduction } = lossShapes(ctx);
      return { macs: 0, flops: 3 * numel(scores) + nllFlops(ctx, numel(target), reduction) };
    }
  };
}
var REDUCTIONS, ops19;
var init_loss = __esm({
  "build/src/ops/loss.js"() {
    "use strict";
    init_types();
    init_util();
    REDUCTIONS = ["none", "sum", "mean"];
    ops19 = [
      makeNll(12),
      makeSce(12)
    ];
  }
});

// build/src/ops/text.js
var text_exports = {};
__export(text_exports, {
  ops: () => ops20
});
function requireString(ctx, i, what) {
  const dtype = ctx.input(i).type.dtype;
  if (dtype && dtypeKind(dtype) !== "string")
    throw new OpError(`${what} must be a string tensor, got ${dtype}`);
}
var STRING_DOC, stringConcatOp, regexFullMatchOp, stringNormalizerOp, stringSplitOp, tfIdfOp, imageDecoderOp, ops20;
var init_text = __esm({
  "build/src/ops/text.js"() {
    "use strict";
    init_dtype();
    init_types();
    init_util();
    init_shape_ops();
    STRING_DOC = { flops: "0: string processing, not arithmetic", memory: "0 bytes for string tensors (no fixed element size); numeric outputs written" };
    stringConcatOp = {
      domain: "",
      opType: "StringConcat",
      since: 20,
      doc: STRING_DOC,
      infer(ctx) {
        requireString(ctx, 0, "X");
        requireString(ctx, 1, "Y");
        return single({ dtype: "string", shape: broadcastShapes([ctx.shapeOf(0), ctx.shapeOf(1)]) });
      },
      cost: () => NO_ARITHMETIC
    };
    regexFullMatchOp = {
      domain: "",
      opType: "RegexFullMatch",
      since: 20,
      doc: STRING_DOC,
      infer(ctx) {
        requireString(ctx, 0, "X");
        if (!ctx.attrs.has("pattern"))
          throw new OpError("required attribute 'pattern' is missing");
        ctx.attrs.string("pattern");
        return single({ dtype: "bool", shape: [...ctx.shapeOf(0)] });
      },
      cost: () => NO_ARITHMETIC
    };
    stringNormalizerOp = {
      domain: "",
      opType: "StringNormalizer",
      since: 10,
      doc: STRING_DOC,
      infer(ctx) {
        requireString(ctx, 0, "X");
        const x = ctx.shapeOf(0);
        const mode = ctx.attrs.string("case_change_action", "NONE");
        if (!["LOWER", "UPPER", "NONE"].includes(mode))
          throw new OpError(`case_change_action must be LOWER, UPPER or NONE, got '${mode}'`);
        const stops = ctx.attrs.strings("stopwords", []);
        if (x.length === 1)
          return single({ dtype: "string", shape: stops.length ? [ctx.freshDim("stringnormalizer")] : [x[0]] });
        if (x.length === 2 && x[0] === 1)
          return single({ dtype: "string", shape: stops.length ? [1, ctx.freshDim("stringnormalizer")] : [1, x[1]] });
        throw new OpError(`X must be [C] or [1, C], got [${x.join(",")}]`);
      },
      cost: () => NO_ARITHMETIC
    };
    stringSplitOp = {
      domain: "",
      opType: "StringSplit",
      since: 20,
      doc: STRING_DOC,
      infer(ctx) {
        requireString(ctx, 0, "X");
        const x = ctx.shapeOf(0);
        const maxsplit = ctx.attrs.has("maxsplit") ? ctx.attrs.int("maxsplit") : void 0;
        if (maxsplit !== void 0 && maxsplit < 0)
          throw new OpError(`maxsplit must be >= 0, got ${maxsplit}`);
        return { outputs: [{ dtype: "string", shape: [...x, ctx.freshDim("stringsplit")] }, { dtype: "int64", shape: [...x] }] };
      },
      cost: () => NO_ARITHMETIC
    };
    tfIdfOp = {
      domain: "",
      opType: "TfIdfVectorizer",
      since: 9,
      doc: {
        flops: "0 with mode TF (counting); 1 per output element with IDF or TFIDF (the weight multiply)",
        memory: "input read + output written"
      },
      infer(ctx) {
        const x = ctx.shapeOf(0);
        const mode = ctx.attrs.string("mode");
        if (!["TF", "IDF", "TFIDF"].includes(mode))
          throw new OpError(`mode must be TF, IDF or TFIDF, got '${mode}'`);
        const indexes = ctx.attrs.ints("ngram_indexes");
        if (indexes.length === 0)
          throw new OpError("attribute 'ngram_indexes' is empty");
        const width = Math.max(...indexes) + 1;
        let shape;
        if (x.length === 1)
          shape = [width];
        else if (x.length === 2)
          shape = [x[0], width];
        else
          throw new OpError(`X must be [C] or [N, C], got rank ${x.length}`);
        return single({ dtype: "float32", shape });
      },
      cost(ctx, outputs) {
        const mode = ctx.attrs.string("mode");
        return { macs: 0, flops: mode === "TF" ? 0 : numel(outputs[0].shape) };
      }
    };
    imageDecoderOp = {
      domain: "",
      opType: "ImageDecoder",
      since: 20,
      doc: {
        flops: "not counted: decoding a compressed image is integer work with no FLOP measure; totals are marked as a lower bound",
        memory: "encoded bytes read + decoded image written (unresolved: the image size comes from the file)"
      },
      infer(ctx) {
        const x = ctx.shapeOf(0);
        if (x.length !== 1)
          throw new OpError(`encoded_stream must be 1-D, got rank ${x.length}`);
        const format = ctx.attrs.string("pixel_format", "RGB");
        if (!["RGB", "BGR", "Grayscale"].includes(format))
          throw new OpError(`pixel_format must be RGB, BGR or Grayscale, got '${format}'`);
        return single({ dtype: "uint8", shape: [ctx.freshDim("image_height"), ctx.freshDim("image_width"), format === "Grayscale" ? 1 : 3] });
      },
      cost: () => ({ macs: 0, flops: 0, lowerBound: "ImageDecoder: decoding work is not counted" })
    };
    ops20 = [
      stringConcatOp,
      regexFullMatchOp,
      stringNormalizerOp,
      stringSplitOp,
      tfIdfOp,
      imageDecoderOp
    ];
  }
});

// build/src/ops/state-space.js
var state_space_exports = {};
__export(state_space_exports, {
  ops: () => ops21
});
function rank2(ctx, i, r, name) {
  const s = ctx.shapeOf(i);
  if (s.length !== r)
    throw new OpError(`${name} has rank ${s.length}; expected ${r}`);
  return s;
}
function perHead(hidden, heads, what) {
  if (typeof hidden !== "number")
    return heads === 1 ? hidden : `${hidden}/${heads}`;
  if (hidden % heads !== 0)
    throw new OpError(`${what} ${hidden} is not divisible by ${heads} heads`);
  return hidden / heads;
}
function linearAttnDims(ctx) {
  const q2 = rank2(ctx, 0, 3, "query");
  rank2(ctx, 1, 3, "key");
  const v = rank2(ctx, 2, 3, "value");
  const qHeads = ctx.attrs.int("q_num_heads");
  const kvHeads = ctx.attrs.int("kv_num_heads");
  if (qHeads < 1 || kvHeads < 1)
    throw new OpError(`q_num_heads ${qHeads} and kv_num_heads ${kvHeads} must be positive`);
  if (qHeads % kvHeads !== 0)
    throw new OpError(`q_num_heads ${qHeads} is not a multiple of kv_num_heads ${kvHeads}`);
  const rule = ctx.attrs.string("update_rule", "linear");
  if (!UPDATE_RULES.includes(rule))
    throw new OpError(`update_rule must be one of ${UPDATE_RULES.join(", ")}, got '${rule}'`);
  if ((rule === "gated" || rule === "gated_delta") && !ctx.inputs[4])
    throw new OpError(`update_rule '${rule}' needs the decay input`);
  if ((rule === "delta" || rule === "gated_delta") && !ctx.inputs[5])
    throw new OpError(`update_rule '${rule}' needs the beta input`);
  return {
    batch: q2[0],
    seq: q2[1],
    qHeads,
    kvHeads,
    dk: perHead(q2[2], qHeads, "query hidden size"),
    dv: perHead(v[2], kvHeads, "value hidden size"),
    rule
  };
}
function causalConvDims(ctx) {
  const x = rank2(ctx, 0, 3, "input");
  const w = rank2(ctx, 1, 3, "weight");
  const k = w[2];
  if (typeof k !== "number" || k < 1)
    throw new OpError(`kernel size (weight dim 2) must be a known positive number, got ${String(k)}`);
  if (w[1] !== 1)
    throw new OpError(`weight must be [channels, 1, k] (depthwise), got [${w.join(",")}]`);
  if (typeof w[0] === "number" && typeof x[1] === "number" && w[0] !== x[1])
    throw new OpError(`weight has ${w[0]} channels but the input has ${x[1]}`);
  const act = ctx.attrs.string("activation", "none");
  if (!(act in ACTIVATIONS3))
    throw new OpError(`activation must be none, silu or swish, got '${act}'`);
  return { x, k };
}
var UPDATE_RULES, linearAttentionOp, ACTIVATIONS3, causalConvOp, ops21;
var init_state_space = __esm({
  "build/src/ops/state-space.js"() {
    "use strict";
    init_name_table();
    init_types();
    init_util();
    UPDATE_RULES = ["linear", "gated", "delta", "gated_delta"];
    linearAttentionOp = {
      domain: "",
      opType: "LinearAttention",
      since: 27,
      doc: {
        macs: "B * T * dk * dv * (Hkv * (1 + [delta rule]) + Hq): per token the state update k (x) v per KV head, the retrieval S^T k per KV head for delta rules, and q^T S per query head",
        flops: "2 * MACs + per token: Hq * dv (output scale) + Hkv * dk * dv for gated rules (state decay) + 2 * Hkv * dv for delta rules (subtract, beta)",
        peers: "thop, fvcore and ptflops trace the PyTorch recurrence op by op (matmuls as MACs, the rest as their own rules); onnx-tool has no LinearAttention"
      },
      infer(ctx) {
        const d = linearAttnDims(ctx);
        const dtype = ctx.input(0).type.dtype;
        const hidden = typeof d.dv === "number" ? d.dv * d.qHeads : `${d.dv}*${d.qHeads}`;
        const state = { dtype: ctx.inputs[3]?.type.dtype ?? dtype, shape: [d.batch, d.kvHeads, d.dk, d.dv] };
        return { outputs: fitOutputs(ctx, [{ dtype, shape: [d.batch, d.seq, hidden] }, state]) };
      },
      cost(ctx) {
        const d = linearAttnDims(ctx);
        const tokens = numel([d.batch, d.seq]);
        const dk = numel([d.dk]), dv3 = numel([d.dv]);
        const delta = d.rule === "delta" || d.rule === "gated_delta";
        const gated = d.rule === "gated" || d.rule === "gated_delta";
        const macs = tokens * dk * dv3 * (d.kvHeads * (delta ? 2 : 1) + d.qHeads);
        const extra = tokens * (d.qHeads * dv3 + (gated ? d.kvHeads * dk * dv3 : 0) + (delta ? 2 * d.kvHeads * dv3 : 0));
        return { macs, flops: 2 * macs + extra };
      }
    };
    ACTIVATIONS3 = nameTable({ none: 0, silu: 2, swish: 2 });
    causalConvOp = {
      domain: "",
      opType: "CausalConvWithState",
      since: 27,
      doc: {
        macs: "B * C * L * K (depthwise: one K-tap dot product per output element, the carried state included)",
        flops: "2 * MACs + 1 per output element with bias + 2 per output element with silu/swish (sigmoid, multiply)",
        peers: "thop, fvcore and ptflops count the equivalent depthwise Conv1d the same way (MACs = output elements x K)"
      },
      infer(ctx) {
        const { x, k } = causalConvDims(ctx);
        const dtype = ctx.input(0).type.dtype;
        return { outputs: fitOutputs(ctx, [{ dtype, shape: [...x] }, { dtype, shape: [x[0], x[1], k - 1] }]) };
      },
      cost(ctx) {
        const { x, k } = causalConvDims(ctx);
        const outs = numel(x);
        const macs = outs * k;
        return { macs, flops: 2 * macs + outs * ((ctx.inputs[2] ? 1 : 0) + ACTIVATIONS3[ctx.attrs.string("activation", "none")]) };
      }
    };
    ops21 = [linearAttentionOp, causalConvOp];
  }
});

// build/src/ops/tflite-while-trips.js
function producer(g, name) {
  return g.nodes.find((n) => n.outputs.includes(name));
}
function scalarOf(v) {
  const data = v && ("data" in v ? v.data : v.values);
  if (!data || data.length !== 1 || !Number.isSafeInteger(data[0]))
    return void 0;
  return BigInt(data[0]);
}
function fusedNone(n) {
  const a = n.attributes.get("fused_activation_function");
  return !a || a.type === "string" && a.value === "NONE";
}
function ceilDiv(a, b) {
  return a >= 0n ? (a + b - 1n) / b : -(-a / b);
}
function countTrips(op, start, limit, step) {
  switch (op) {
    case "LESS":
      if (start >= limit)
        return 0n;
      return step > 0n ? ceilDiv(limit - start, step) : void 0;
    case "LESS_EQUAL":
      if (start > limit)
        return 0n;
      return step > 0n ? (limit - start) / step + 1n : void 0;
    case "GREATER":
      if (start <= limit)
        return 0n;
      return step < 0n ? ceilDiv(start - limit, -step) : void 0;
    case "GREATER_EQUAL":
      if (start < limit)
        return 0n;
      return step < 0n ? (start - limit) / -step + 1n : void 0;
    case "NOT_EQUAL": {
      if (start === limit)
        return 0n;
      const d = limit - start;
      return step !== 0n && d % step === 0n && d / step > 0n ? d / step : void 0;
    }
  }
}
function whileTrips(cond, body, initial) {
  const no = (why) => ({ trips: void 0, why });
  const out = cond.outputs[0];
  const test = out && producer(cond, out.name);
  if (!test || !COMPARES.includes(test.opType) || test.inputs.length !== 2) {
    return no("the condition is not a comparison of a counter with a limit");
  }
  const carriedIndex = (name) => cond.inputs.findIndex((v) => v.name === name);
  const invariant = (k) => body.inputs[k] !== void 0 && body.outputs[k]?.name === body.inputs[k].name;
  const limitOf = (name) => {
    const k = carriedIndex(name);
    if (k >= 0)
      return invariant(k) ? scalarOf(initial[k]) : void 0;
    return scalarOf(cond.initializers.get(name));
  };
  let op = test.opType;
  let counter = carriedIndex(test.inputs[0]);
  let limit = counter >= 0 && !invariant(counter) ? limitOf(test.inputs[1]) : void 0;
  if (limit === void 0) {
    counter = carriedIndex(test.inputs[1]);
    limit = counter >= 0 && !invariant(counter) ? limitOf(test.inputs[0]) : void 0;
    op = SWAPPED[op];
  }
  if (limit === void 0 || counter < 0)
    return no("the condition does not compare a loop-carried counter with a known limit");
  const start = scalarOf(initial[counter]);
  if (start === void 0)
    return no("the counter's initial value is not a known constant");
  const next = body.outputs[counter];
  const update = next && producer(body, next.name);
  const counterIn = body.inputs[counter]?.name;
  if (!update || update.opType !== "ADD" && update.opType !== "SUB" || update.inputs.length !== 2 || !fusedNone(update) || counterIn === void 0) {
    return no("the body does not add a constant step to the counter");
  }
  const stepOf = (name) => scalarOf(body.initializers.get(name));
  let step;
  if (update.inputs[0] === counterIn)
    step = stepOf(update.inputs[1]);
  else if (update.opType === "ADD" && update.inputs[1] === counterIn)
    step = stepOf(update.inputs[0]);
  if (step === void 0)
    return no("the body does not add a constant step to the counter");
  if (update.opType === "SUB")
    step = -step;
  const trips = countTrips(op, start, limit, step);
  const how = `counter from ${start}, while ${SYMBOL[op]} ${limit}, step ${step}`;
  return trips === void 0 ? no(`${how} never ends`) : { trips, how };
}
var COMPARES, SWAPPED, SYMBOL;
var init_tflite_while_trips = __esm({
  "build/src/ops/tflite-while-trips.js"() {
    "use strict";
    COMPARES = ["LESS", "LESS_EQUAL", "GREATER", "GREATER_EQUAL", "NOT_EQUAL"];
    SWAPPED = {
      LESS: "GREATER",
      LESS_EQUAL: "GREATER_EQUAL",
      GREATER: "LESS",
      GREATER_EQUAL: "LESS_EQUAL",
      NOT_EQUAL: "NOT_EQUAL"
    };
    SYMBOL = { LESS: "<", LESS_EQUAL: "<=", GREATER: ">", GREATER_EQUAL: ">=", NOT_EQUAL: "!=" };
  }
});

// build/src/ops/tflite-control.js
function takeCost2(ctx) {
  const c = pending2.get(ctx);
  if (!c)
    throw new OpError("control-flow cost asked before its subgraphs ran");
  return c;
}
function subgraphOf(ctx, name) {
  const g = ctx.attrs.graph(name);
  if (!g)
    throw new OpError(`the ${name} subgraph is missing`);
  return g;
}
function callOp(opType, attr) {
  return {
    opType,
    runsSubgraphs: true,
    shape(ctx) {
      const res = ctx.subgraph(subgraphOf(ctx, attr), inputTypes(ctx), inputValues(ctx));
      pending2.set(ctx, { ...res.cost, ...res.lowerBound ? { lowerBound: res.lowerBound } : {} });
      return res.outputs;
    },
    cost: (ctx) => takeCost2(ctx),
    doc: { flops: "the called subgraph, once", macs: "the called subgraph, once", memory: "the called subgraph, once" }
  };
}
var pending2, inputTypes, inputValues, whileOp, ifOp, controlOps;
var init_tflite_control = __esm({
  "build/src/ops/tflite-control.js"() {
    "use strict";
    init_types();
    init_exact();
    init_tflite_while_trips();
    pending2 = /* @__PURE__ */ new WeakMap();
    inputTypes = (ctx, from = 0) => ctx.inputs.slice(from).map((x) => x?.type);
    inputValues = (ctx, from = 0) => ctx.inputs.slice(from).map((x) => x?.value);
    whileOp = {
      opType: "WHILE",
      runsSubgraphs: true,
      shape(ctx) {
        const condGraph = subgraphOf(ctx, "cond"), bodyGraph = subgraphOf(ctx, "body");
        const cond = ctx.subgraph(condGraph, inputTypes(ctx), inputValues(ctx));
        const body = ctx.subgraph(bodyGraph, inputTypes(ctx), inputValues(ctx));
        const condExact = cond.exact ?? exactOf(cond.cost), bodyExact = body.exact ?? exactOf(body.cost);
        const trips = whileTrips(condGraph, bodyGraph, inputValues(ctx));
        const inner = body.lowerBound ?? cond.lowerBound;
        if (trips.trips === void 0) {
          const exact = addExact(condExact, bodyExact);
          pending2.set(ctx, {
            ...numbersOf(exact),
            exact,
            lowerBound: "WHILE trip count unknown",
            note: `trip count unknown (${trips.why}): cost of one iteration (condition + body)`
          });
        } else {
          const n = trips.trips;
          const exact = addExact(scaleExact(condExact, n + 1n), scaleExact(bodyExact, n));
          pending2.set(ctx, {
            ...numbersOf(exact),
            exact,
            note: `${n} iteration${n === 1n ? "" : "s"} (${trips.how})`,
            ...inner ? { lowerBound: inner } : {}
          });
        }
        return ctx.inputs.map((x, i) => {
          const b = body.outputs[i];
          return x && b?.shape && x.type.shape && b.shape.length === x.type.shape.length && b.shape.every((d, k) => d === x.type.shape[k]) ? x.type : void 0;
        });
      },
      cost: (ctx) => takeCost2(ctx),
      doc: {
        flops: "body x trips + condition x (trips + 1), where the condition compares a loop-carried counter (LESS, LESS_EQUAL, GREATER, GREATER_EQUAL, NOT_EQUAL) with a constant and the body adds a constant step to it; otherwise condition + body of one iteration, marked as a lower bound (TFLite stores no trip count)",
        macs: "body MACs x trips (one iteration when the trip count is not derived)",
        memory: "body x trips + condition x (trips + 1) memory access (one iteration when the trip count is not derived)"
      }
    };
    ifOp = {
      opType: "IF",
      runsSubgraphs: true,
      shape(ctx) {
        const cond = ctx.input(0).value;
        const run = (name) => ctx.subgraph(subgraphOf(ctx, name), inputTypes(ctx, 1), inputValues(ctx, 1));
        if (cond && cond.data.length === 1) {
          const which = cond.data[0] ? "then_branch" : "else_branch";
          const res = run(which);
          pending2.set(ctx, { ...res.cost, note: `condition is constant: only ${which} runs`, ...res.lowerBound ? { lowerBound: res.lowerBound } : {} });
          return res.outputs;
        }
        const a = run("then_branch"), b = run("else_branch");
        const heavier2 = a.cost.flops !== b.cost.flops ? a.cost.flops > b.cost.flops : a.cost.bytes >= b.cost.bytes;
        const pick = heavier2 ? a : b;
        const lb = a.lowerBound ?? b.lowerBound;
        pending2.set(ctx, { ...pick.cost, note: `the larger branch (${heavier2 ? "then" : "else"}) is counted`, ...lb ? { lowerBound: lb } : {} });
        return pick.outputs;
      },
      cost: (ctx) => takeCost2(ctx),
      doc: { flops: "the larger branch (both are profiled; a constant condition picks one)", macs: "the larger branch", memory: "the larger branch" }
    };
    controlOps = [whileOp, ifOp, callOp("CALL_ONCE", "init"), callOp("CALL", "subgraph")];
  }
});

// build/src/ops/tflite-common.js
function storedOutputs(ctx) {
  const a = ctx.node.attributes.get(OUTPUT_TYPES);
  return a?.type === "type_protos" ? a.value : [];
}
function isStatic(shape) {
  return shape !== void 0 && shape.every((d) => typeof d === "number");
}
function resolveOutputs(ctx, shape) {
  const stored2 = storedOutputs(ctx);
  const n = ctx.node.outputs.length;
  let inferred;
  let inferError;
  const infer = () => {
    if (inferred === void 0 && inferError === void 0 && shape) {
      try {
        inferred = shape(ctx);
      } catch (e) {
        if (!(e instanceof OpError) && !(e instanceof UnresolvedDimError))
          throw e;
        inferError = e;
      }
    }
    return inferred;
  };
  const out = [];
  for (let i = 0; i < n; i++) {
    const vi = stored2[i];
    if (vi && isStatic(vi.shape)) {
      out.push({ dtype: vi.dtype, shape: vi.shape });
      continue;
    }
    const guess = infer()?.[i];
    if (!vi?.shape && !guess?.shape && inferError)
      throw inferError;
    const rankFrom = vi?.shape ?? guess?.shape;
    const shapeOut = rankFrom?.map((d, k) => {
      if (typeof d === "number")
        return d;
      const g = guess?.shape && guess.shape.length === rankFrom.length ? guess.shape[k] : void 0;
      if (g !== void 0)
        return g;
      return ctx.freshDim(`${ctx.node.name}:${k}`);
    });
    out.push({ dtype: vi?.dtype ?? guess?.dtype, shape: shapeOut });
  }
  return out;
}
function tflOp(op) {
  return {
    domain: TFLITE,
    opType: op.opType,
    since: 1,
    infer(ctx) {
      let shape = op.shape;
      if (op.runsSubgraphs && shape) {
        const ran = shape(ctx);
        shape = () => ran;
      }
      const outputs = resolveOutputs(ctx, shape);
      const values = op.fold?.(ctx, outputs);
      return values ? { outputs, values } : { outputs };
    },
    cost: op.cost,
    doc: op.doc,
    ...op.movesData !== void 0 ? { movesData: op.movesData } : {}
  };
}
function activationFlops(ctx, outputElements) {
  if (!ctx.attrs.has("fused_activation_function"))
    return 0;
  return ctx.attrs.string("fused_activation_function") === "NONE" ? 0 : outputElements;
}
function outElems2(outputs, i = 0) {
  const t = outputs[i];
  if (!t)
    throw new OpError(`output ${i} is missing`);
  return elementsOf(t);
}
function inElems(ctx, i) {
  return elementsOf(ctx.input(i).type);
}
function intsOf3(ctx, i) {
  const v = ctx.inputs[i]?.value;
  return v ? [...v.data] : void 0;
}
function same(ctx, i = 0) {
  const x = ctx.input(i);
  return { dtype: x.type.dtype, shape: x.type.shape };
}
var TFLITE, OUTPUT_TYPES, FUSED_ACT_DOC;
var init_tflite_common = __esm({
  "build/src/ops/tflite-common.js"() {
    "use strict";
    init_types();
    init_util();
    TFLITE = "tflite";
    OUTPUT_TYPES = "output_types";
    FUSED_ACT_DOC = "+1 per output element for a fused activation (RELU, RELU6, RELU_N1_TO_1, TANH, SIGN_BIT)";
  }
});

// build/src/ops/tflite-shapes.js
function knownInts(ctx, i, what) {
  const v = intsOf3(ctx, i);
  if (!v)
    throw new OpError(`${what} is not a known constant`);
  return v;
}
function mulDim(ctx, a, b, hint) {
  return typeof a === "number" ? a * b : ctx.freshDim(`${ctx.node.name}:${hint}`);
}
function blockSpec(ctx, x, what) {
  const block = knownInts(ctx, 1, "block_shape");
  const pads = knownInts(ctx, 2, what);
  if (block.length < 1 || block.length + 1 > x.length || pads.length !== 2 * block.length || block.some((b) => b < 1)) {
    throw new OpError(`block_shape [${block.join(",")}] and ${what} (${pads.length} values) do not fit a rank-${x.length} input`);
  }
  return { block, pads };
}
function leadingDimsOf(input = 0) {
  return (ctx) => {
    const x = ctx.shapeOf(input);
    return storedOutputs(ctx).map((vi) => {
      const rank3 = vi.shape?.length;
      if (rank3 === void 0 || rank3 < 1 || rank3 > x.length)
        return void 0;
      return { dtype: void 0, shape: [...x.slice(0, rank3 - 1), vi.shape[rank3 - 1] ?? ctx.freshDim(`${ctx.node.name}:last`)] };
    });
  };
}
var bit, FAR, stridedSlice, gatherNd, spaceToBatch, batchToSpace, oneHot, topK, matrixDiag, range, unsortedSegment;
var init_tflite_shapes = __esm({
  "build/src/ops/tflite-shapes.js"() {
    "use strict";
    init_types();
    init_util();
    init_indexing();
    init_tflite_common();
    bit = (mask, i) => (mask >>> i & 1) === 1;
    FAR = 2 ** 31;
    stridedSlice = (ctx) => {
      const x = ctx.shapeOf(0);
      const begin = knownInts(ctx, 1, "begin"), end = knownInts(ctx, 2, "end");
      const strides = ctx.inputs[3] ? knownInts(ctx, 3, "strides") : begin.map(() => 1);
      const n = begin.length;
      if (end.length !== n || strides.length !== n)
        throw new OpError(`begin, end and strides have ${n}, ${end.length} and ${strides.length} entries`);
      const m = (k) => ctx.attrs.int(k, 0);
      const [bm, em, ellipsis, newAxis, shrink] = ["begin_mask", "end_mask", "ellipsis_mask", "new_axis_mask", "shrink_axis_mask"].map(m);
      const offset = ctx.attrs.int("offset", 0) !== 0;
      let named = 0;
      for (let i = 0; i < n; i++)
        if (!bit(ellipsis, i) && !bit(newAxis, i))
          named++;
      if (named > x.length)
        throw new OpError(`the slice names ${named} axes of a rank-${x.length} input`);
      const out = [];
      let axis = 0;
      let sawEllipsis = false;
      for (let i = 0; i < n; i++) {
        if (bit(ellipsis, i)) {
          if (sawEllipsis)
            throw new OpError("ellipsis_mask has more than one bit set");
          sawEllipsis = true;
          for (const stop = axis + x.length - named; axis < stop; axis++)
            out.push(x[axis]);
          continue;
        }
        if (bit(newAxis, i)) {
          out.push(1);
          continue;
        }
        const d = x[axis++];
        if (bit(shrink, i))
          continue;
        const step = strides[i];
        if (step === 0)
          throw new OpError(`stride ${i} is 0`);
        if (bit(bm, i) && bit(em, i) && step === 1) {
          out.push(d);
          continue;
        }
        if (typeof d !== "number") {
          out.push(ctx.freshDim(`${ctx.node.name}:slice`));
          continue;
        }
        const b = bit(bm, i) ? step > 0 ? 0 : FAR : begin[i];
        const e = bit(em, i) ? step > 0 ? FAR : -FAR : offset ? begin[i] + end[i] : end[i];
        out.push(sliceRange(d, b, e, step).len);
      }
      out.push(...x.slice(axis));
      return [{ dtype: void 0, shape: out }];
    };
    gatherNd = (ctx) => {
      const params = ctx.shapeOf(0), idx = ctx.shapeOf(1);
      const k = idx[idx.length - 1];
      if (typeof k !== "number")
        throw new OpError("the index depth (last dim of indices) is not known");
      if (k > params.length)
        throw new OpError(`indices of depth ${k} into a rank-${params.length} input`);
      return [{ dtype: void 0, shape: [...idx.slice(0, -1), ...params.slice(k)] }];
    };
    spaceToBatch = (ctx) => {
      const x = ctx.shapeOf(0);
      const { block, pads } = blockSpec(ctx, x, "paddings");
      const out = [mulDim(ctx, x[0], block.reduce((a, b) => a * b, 1), "batch")];
      block.forEach((b, i) => {
        const d = x[i + 1];
        if (typeof d !== "number")
          return out.push(ctx.freshDim(`${ctx.node.name}:space`));
        const padded = d + pads[2 * i] + pads[2 * i + 1];
        if (padded % b !== 0)
          throw new OpError(`padded axis ${i + 1} (${padded}) does not divide by block ${b}`);
        return out.push(padded / b);
      });
      out.push(...x.slice(block.length + 1));
      return [{ dtype: void 0, shape: out }];
    };
    batchToSpace = (ctx) => {
      const x = ctx.shapeOf(0);
      const { block, pads: crops } = blockSpec(ctx, x, "crops");
      const prod = block.reduce((a, b) => a * b, 1);
      const n = x[0];
      if (typeof n === "number" && n % prod !== 0)
        throw new OpError(`batch ${n} does not divide by the block size ${prod}`);
      const out = [typeof n === "number" ? n / prod : ctx.freshDim(`${ctx.node.name}:batch`)];
      block.forEach((b, i) => {
        const d = x[i + 1];
        out.push(typeof d === "number" ? d * b - crops[2 * i] - crops[2 * i + 1] : ctx.freshDim(`${ctx.node.name}:space`));
      });
      out.push(...x.slice(block.length + 1));
      return [{ dtype: void 0, shape: out }];
    };
    oneHot = (ctx) => {
      const idx = ctx.shapeOf(0);
      const depth = knownInts(ctx, 1, "depth")[0];
      if (depth === void 0 || depth < 0)
        throw new OpError("depth is not a non-negative constant");
      const a = ctx.attrs.int("axis", -1);
      const axis = a === -1 ? idx.length : normalizeAxis(a, idx.length + 1);
      return [{ dtype: void 0, shape: [...idx.slice(0, axis), depth, ...idx.slice(axis)] }];
    };
    topK = (ctx) => {
      const x = ctx.shapeOf(0);
      const k = knownInts(ctx, 1, "k")[0];
      if (k === void 0 || k < 0)
        throw new OpError("k is not a non-negative constant");
      const out = { dtype: void 0, shape: [...x.slice(0, -1), k] };
      return [out, out];
    };
    matrixDiag = (ctx) => {
      const x = ctx.shapeOf(0);
      if (x.length < 1)
        throw new OpError("the diagonal has rank 0");
      return [{ dtype: void 0, shape: [...x, x[x.length - 1]] }];
    };
    range = (ctx) => {
      const [s, l, d] = [0, 1, 2].map((i) => knownInts(ctx, i, ["start", "limit", "delta"][i])[0]);
      if (s === void 0 || l === void 0 || !d)
        throw new OpError("start, limit and delta are not known non-zero constants");
      return [{ dtype: void 0, shape: [Math.max(0, Math.ceil((l - s) / d))] }];
    };
    unsortedSegment = (ctx) => {
      const data = ctx.shapeOf(0), ids = ctx.shapeOf(1);
      const n = knownInts(ctx, 2, "num_segments")[0];
      if (n === void 0 || n < 0)
        throw new OpError("num_segments is not a non-negative constant");
      return [{ dtype: void 0, shape: [n, ...data.slice(ids.length)] }];
    };
  }
});

// build/src/ops/tflite-nn.js
function padding3(ctx) {
  const p = ctx.attrs.string("padding", "SAME");
  if (p !== "SAME" && p !== "VALID")
    throw new OpError(`padding '${p}' is not SAME or VALID`);
  return p === "SAME" ? "SAME_UPPER" : "VALID";
}
function positive(ctx, name, def) {
  const v = ctx.attrs.int(name, def);
  if (!Number.isInteger(v) || v < 1)
    throw new OpError(`${name} is ${v}; it must be a positive integer`);
  return v;
}
function window3(ctx, kernel, axes, dilated) {
  return {
    kernel,
    strides: axes.map((a) => positive(ctx, `stride_${a}`, 1)),
    dilations: axes.map((a) => dilated ? positive(ctx, `dilation_${a}_factor`, 1) : 1),
    pads: new Array(2 * axes.length).fill(0),
    autoPad: padding3(ctx),
    ceilMode: false
  };
}
function spatialKernel(shape, from, n, what) {
  const k = shape.slice(from, from + n);
  if (k.length !== n)
    throw new OpError(`${what} has rank ${shape.length}; expected at least ${from + n}`);
  return k.map((d) => {
    if (typeof d !== "number")
      throw new OpError(`${what} has a symbolic kernel dim '${d}'`);
    if (d < 1)
      throw new OpError(`${what} has kernel dim ${d}`);
    return d;
  });
}
function rankOf(ctx, i, rank3, what) {
  const s = ctx.shapeOf(i);
  if (s.length !== rank3)
    throw new OpError(`${what} has rank ${s.length}; expected ${rank3}`);
  return s;
}
function epilogue(ctx, biasInput, outputs) {
  const n = outElems2(outputs);
  return (ctx.inputs[biasInput] ? n : 0) + activationFlops(ctx, n);
}
function conv2dShape(coutAxis) {
  return (ctx) => {
    const x = rankOf(ctx, 0, 4, "input"), w = rankOf(ctx, 1, 4, "filter");
    const win = window3(ctx, spatialKernel(w, 1, 2, "filter"), ["h", "w"], true);
    return [{ dtype: void 0, shape: [x[0], windowOutDim(x[1], 0, win), windowOutDim(x[2], 1, win), w[coutAxis]] }];
  };
}
function adjusted(s, adj) {
  if (!adj || s.length < 2)
    return [...s];
  return [...s.slice(0, -2), s[s.length - 1], s[s.length - 2]];
}
function pool3(opType, perTap, extra, flopsDoc) {
  return {
    opType,
    shape(ctx) {
      const x = rankOf(ctx, 0, 4, "input");
      const win = window3(ctx, [positive(ctx, "filter_height", 1), positive(ctx, "filter_width", 1)], ["h", "w"], false);
      return [{ dtype: void 0, shape: [x[0], windowOutDim(x[1], 0, win), windowOutDim(x[2], 1, win), x[3]] }];
    },
    cost(ctx, outputs) {
      const taps = positive(ctx, "filter_height", 1) * positive(ctx, "filter_width", 1);
      const n = outElems2(outputs);
      return { macs: 0, flops: n * (perTap * taps + extra) + activationFlops(ctx, n) };
    },
    doc: { flops: `${flopsDoc} ${FUSED_ACT_DOC}`, macs: "0" }
  };
}
function resizeOp(opType, mode) {
  return {
    opType,
    shape(ctx) {
      const x = rankOf(ctx, 0, 4, "input");
      const size = intsOf3(ctx, 1);
      if (!size || size.length !== 2)
        throw new OpError("size is not a known 2-element constant");
      return [{ dtype: void 0, shape: [x[0], size[0], size[1], x[3]] }];
    },
    cost(ctx, outputs) {
      return { macs: 0, flops: resizeFlops(concrete(ctx.shapeOf(0)), concrete(outputs[0].shape ?? []), mode, false) };
    },
    doc: { flops: mode === "linear" ? "4 per output element (bilinear: 2 taps on each of H and W; 0 when the size is unchanged)" : "0 (nearest neighbour copies)" }
  };
}
function recurrent2(opType, perUnit, flopsDoc, seq) {
  const state = new Set(STATE_INPUTS[opType] ?? []);
  return {
    opType,
    shape: leadingDimsOf(0),
    cost(ctx, outputs) {
      const x = concrete(ctx.shapeOf(0));
      let steps = 1, batch = x[0] ?? 1;
      if (seq === "sequence") {
        if (x.length !== 3)
          throw new OpError(`input has rank ${x.length}; expected 3 ([time, batch, input] or [batch, time, input])`);
        const timeMajor = ctx.attrs.int("time_major", opType === "BIDIRECTIONAL_SEQUENCE_LSTM" ? 1 : 0) !== 0;
        [steps, batch] = timeMajor ? [x[0], x[1]] : [x[1], x[0]];
      }
      let perStep = 0;
      const skip = opType === "LSTM" && ctx.inputs.length === 5 ? BASIC_LSTM_STATE : state;
      ctx.inputs.forEach((inp, i) => {
        if (i === 0 || skip.has(i) || !inp || inp.type.shape?.length !== 2)
          return;
        perStep += numel(inp.type.shape);
      });
      const macs = steps * batch * perStep;
      const units = outputs[0]?.shape ? outElems2(outputs) : 0;
      return { macs, flops: 2 * macs + perUnit * units };
    },
    doc: {
      macs: "steps * batch * sum(rows * cols) of the 2-D weight inputs (gates, recurrent, projection; constant or DEQUANTIZE outputs)",
      flops: `2 * MACs + ${flopsDoc}`,
      peers: "thop/ptflops add gate elementwise work to MACs; fvcore skips recurrent layers"
    }
  };
}
var CONV_PEERS2, conv2d2, depthwise3, transposeConv, conv3d, conv3dTranspose, fullyConnected, batchMatmul2, STATE_INPUTS, BASIC_LSTM_STATE, softmax, logSoftmax, l2Norm, lrn, embeddingLookup, nnOps, nnDefs;
var init_tflite_nn = __esm({
  "build/src/ops/tflite-nn.js"() {
    "use strict";
    init_types();
    init_util();
    init_tflite_shapes();
    init_window();
    init_matmul();
    init_resize();
    init_tflite_common();
    CONV_PEERS2 = "tflite-micro and TensorFlow's profiler count the same taps (as 2 * MACs FLOPs); scripts that walk only CONV_2D miss depthwise, transpose and fully-connected layers";
    conv2d2 = {
      opType: "CONV_2D",
      shape: conv2dShape(0),
      cost(ctx, outputs) {
        const w = concrete(rankOf(ctx, 1, 4, "filter"));
        const out = concrete(outputs[0].shape ?? []);
        if (out.length !== 4)
          throw new OpError(`output has rank ${out.length}; expected 4`);
        if (out[3] !== w[0])
          throw new OpError(`output has ${out[3]} channels but the filter has ${w[0]}`);
        const cin = concrete(rankOf(ctx, 0, 4, "input"))[3];
        if (cin % w[3] !== 0)
          throw new OpError(`input channels ${cin} are not a multiple of the filter's ${w[3]}`);
        const macs = numel(out) * w[1] * w[2] * w[3];
        return { macs, flops: 2 * macs + epilogue(ctx, 2, outputs) };
      },
      doc: {
        macs: "N * Ho * Wo * Cout * Kh * Kw * Cin/groups (filter [Cout, Kh, Kw, Cin/groups])",
        flops: `2 * MACs + 1 per output element for the bias ${FUSED_ACT_DOC}`,
        peers: CONV_PEERS2
      }
    };
    depthwise3 = {
      opType: "DEPTHWISE_CONV_2D",
      shape: conv2dShape(3),
      cost(ctx, outputs) {
        const w = concrete(rankOf(ctx, 1, 4, "filter"));
        const out = concrete(outputs[0].shape ?? []);
        if (out.length !== 4 || out[3] !== w[3])
          throw new OpError(`output [${out.join(",")}] does not match the filter's ${w[3]} channels`);
        const cin = concrete(rankOf(ctx, 0, 4, "input"))[3];
        if (w[3] % cin !== 0)
          throw new OpError(`filter channels ${w[3]} are not a multiple of the input's ${cin}`);
        const macs = numel(out) * w[1] * w[2];
        return { macs, flops: 2 * macs + epilogue(ctx, 2, outputs) };
      },
      doc: {
        macs: "N * Ho * Wo * Cout * Kh * Kw, Cout = Cin * depth_multiplier (filter [1, Kh, Kw, Cout])",
        flops: `2 * MACs + 1 per output element for the bias ${FUSED_ACT_DOC}`,
        peers: CONV_PEERS2
      }
    };
    transposeConv = {
      opType: "TRANSPOSE_CONV",
      shape(ctx) {
        const dims = intsOf3(ctx, 0);
        if (!dims || dims.length !== 4)
          throw new OpError("output_shape is not a known 4-element constant");
        return [{ dtype: void 0, shape: dims }];
      },
      cost(ctx, outputs) {
        const w = concrete(rankOf(ctx, 1, 4, "filter"));
        const x = concrete(rankOf(ctx, 2, 4, "input"));
        if (x[3] !== w[3])
          throw new OpError(`input has ${x[3]} channels but the filter expects ${w[3]}`);
        const macs = numel(x) * w[0] * w[1] * w[2];
        return { macs, flops: 2 * macs + epilogue(ctx, 3, outputs) };
      },
      doc: {
        macs: "N * H * W * Cin * Kh * Kw * Cout (input [N, H, W, Cin], filter [Cout, Kh, Kw, Cin])",
        flops: `2 * MACs + 1 per output element for the bias ${FUSED_ACT_DOC}`,
        peers: CONV_PEERS2
      }
    };
    conv3d = {
      opType: "CONV_3D",
      shape(ctx) {
        const x = rankOf(ctx, 0, 5, "input"), w = rankOf(ctx, 1, 5, "filter");
        const win = window3(ctx, spatialKernel(w, 0, 3, "filter"), ["d", "h", "w"], true);
        return [{ dtype: void 0, shape: [x[0], ...[1, 2, 3].map((a, k) => windowOutDim(x[a], k, win)), w[4]] }];
      },
      cost(ctx, outputs) {
        const w = concrete(rankOf(ctx, 1, 5, "filter"));
        const macs = outElems2(outputs) * w[0] * w[1] * w[2] * w[3];
        return { macs, flops: 2 * macs + epilogue(ctx, 2, outputs) };
      },
      doc: {
        macs: "N * Do * Ho * Wo * Cout * Kd * Kh * Kw * Cin (filter [Kd, Kh, Kw, Cin, Cout])",
        flops: `2 * MACs + 1 per output element for the bias ${FUSED_ACT_DOC}`
      }
    };
    conv3dTranspose = {
      opType: "CONV_3D_TRANSPOSE",
      shape: transposeConv.shape,
      cost(ctx, outputs) {
        const w = concrete(rankOf(ctx, 1, 5, "filter"));
        const macs = inElems(ctx, 2) * w[0] * w[1] * w[2] * w[3];
        return { macs, flops: 2 * macs + epilogue(ctx, 3, outputs) };
      },
      doc: {
        macs: "N * D * H * W * Cin * Kd * Kh * Kw * Cout (filter [Kd, Kh, Kw, Cout, Cin])",
        flops: `2 * MACs + 1 per output element for the bias ${FUSED_ACT_DOC}`
      }
    };
    fullyConnected = {
      opType: "FULLY_CONNECTED",
      shape(ctx) {
        const x = ctx.shapeOf(0), w = rankOf(ctx, 1, 2, "weights");
        if (ctx.attrs.int("keep_num_dims", 0))
          return [{ dtype: void 0, shape: [...x.slice(0, -1), w[0]] }];
        if (x.length === 2)
          return [{ dtype: void 0, shape: [x[0], w[0]] }];
        const k = w[1];
        const m = typeof k === "number" && x.every((d) => typeof d === "number") ? numel(x) / k : ctx.freshDim(`${ctx.node.name}:rows`);
        return [{ dtype: void 0, shape: [m, w[0]] }];
      },
      cost(ctx, outputs) {
        const w = concrete(rankOf(ctx, 1, 2, "weights"));
        const n = inElems(ctx, 0);
        if (w[1] === 0 || n % w[1] !== 0)
          throw new OpError(`input of ${n} elements does not split into rows of ${w[1]}`);
        const macs = n / w[1] * w[1] * w[0];
        return { macs, flops: 2 * macs + epilogue(ctx, 2, outputs) };
      },
      doc: {
        macs: "M * K * Nout: input flattened to [M, K], weights [Nout, K]",
        flops: `2 * MACs + 1 per output element for the bias ${FUSED_ACT_DOC}`,
        peers: "thop/fvcore count nn.Linear the same way (in * out per row)"
      }
    };
    batchMatmul2 = {
      opType: "BATCH_MATMUL",
      shape(ctx) {
        const a = adjusted(ctx.shapeOf(0), ctx.attrs.int("adj_x", 0) !== 0);
        const b = adjusted(ctx.shapeOf(1), ctx.attrs.int("adj_y", 0) !== 0);
        return [{ dtype: void 0, shape: matmulShape(a, b).out }];
      },
      cost(ctx) {
        const a = adjusted(ctx.shapeOf(0), ctx.attrs.int("adj_x", 0) !== 0);
        const b = adjusted(ctx.shapeOf(1), ctx.attrs.int("adj_y", 0) !== 0);
        const mm = matmulShape(a, b);
        const macs = numel([...mm.batch, mm.m, mm.k, mm.n]);
        return { macs, flops: 2 * macs };
      },
      doc: { macs: "prod(broadcast batch) * M * K * N (adj_x / adj_y transpose the last two axes)", flops: "2 * MACs" }
    };
    STATE_INPUTS = {
      LSTM: [18, 19],
      UNIDIRECTIONAL_SEQUENCE_LSTM: [18, 19],
      BIDIRECTIONAL_SEQUENCE_LSTM: [35, 36, 37, 38],
      RNN: [4],
      UNIDIRECTIONAL_SEQUENCE_RNN: [4],
      BIDIRECTIONAL_SEQUENCE_RNN: [4, 8],
      SVDF: [4]
    };
    BASIC_LSTM_STATE = /* @__PURE__ */ new Set([1, 4]);
    softmax = {
      opType: "SOFTMAX",
      shape: (ctx) => [same(ctx)],
      cost: (ctx, outputs) => {
        const beta = ctx.attrs.float("beta", 1);
        const n = outElems2(outputs);
        return { macs: 0, flops: 3 * n + (beta !== 1 ? n : 0) };
      },
      doc: { flops: "3 per element (exp, accumulate, divide) + 1 per element when beta != 1; along the last axis" }
    };
    logSoftmax = {
      opType: "LOG_SOFTMAX",
      shape: (ctx) => [same(ctx)],
      cost: (_ctx, outputs) => {
        const s = concrete(outputs[0].shape ?? []);
        const n = numel(s);
        const rows = s.length ? n / Math.max(1, s[s.length - 1]) : 1;
        return { macs: 0, flops: 3 * n + rows };
      },
      doc: { flops: "3 per element (exp, accumulate, subtract) + 1 per row (log of the sum); along the last axis" }
    };
    l2Norm = {
      opType: "L2_NORMALIZATION",
      shape: (ctx) => [same(ctx)],
      cost: (_ctx, outputs) => ({ macs: 0, flops: 3 * outElems2(outputs) }),
      doc: { flops: "3 per element (square, accumulate, divide by the norm); the per-row root is not counted" }
    };
    lrn = {
      opType: "LOCAL_RESPONSE_NORMALIZATION",
      shape: (ctx) => [same(ctx)],
      cost: (ctx, outputs) => ({ macs: 0, flops: (2 * ctx.attrs.int("radius", 5) + 1 + 4) * outElems2(outputs) }),
      doc: { flops: "(2 * radius + 1) + 4 per element: square-sum over the window, then bias, alpha, pow and divide (as ONNX LRN with size = 2 * radius + 1)" }
    };
    embeddingLookup = {
      opType: "EMBEDDING_LOOKUP",
      shape(ctx) {
        const ids = ctx.shapeOf(0), table = ctx.shapeOf(1);
        return [{ dtype: void 0, shape: [...ids, ...table.slice(1)] }];
      },
      cost(ctx, outputs) {
        const out = bytesOf2(outputs[0]);
        return { macs: 0, flops: 0, bytes: bytesOf2(ctx.input(0).type) + 2 * out };
      },
      doc: { flops: "0: row copies", memory: "ids + the rows read + the output written (not the whole table)" }
    };
    nnOps = [
      conv2d2,
      depthwise3,
      transposeConv,
      conv3d,
      conv3dTranspose,
      fullyConnected,
      batchMatmul2,
      pool3("AVERAGE_POOL_2D", 1, 0, "Kh * Kw per output element (accumulate; the divide is not counted)"),
      pool3("MAX_POOL_2D", 1, 0, "Kh * Kw per output element (compare)"),
      pool3("L2_POOL_2D", 2, 1, "(2 * Kh * Kw + 1) per output element (square and add per tap, one root)"),
      resizeOp("RESIZE_BILINEAR", "linear"),
      resizeOp("RESIZE_NEAREST_NEIGHBOR", "nearest"),
      recurrent2("LSTM", 17, "17 per output unit (3 sigmoid, 2 tanh, cell update 3, output 1, bias adds 8)", "none"),
      recurrent2("UNIDIRECTIONAL_SEQUENCE_LSTM", 17, "17 per output unit and step (3 sigmoid, 2 tanh, cell update 3, output 1, bias adds 8)", "sequence"),
      recurrent2("BIDIRECTIONAL_SEQUENCE_LSTM", 17, "17 per output unit and step (as UNIDIRECTIONAL_SEQUENCE_LSTM)", "sequence"),
      recurrent2("RNN", 3, "3 per output unit (activation, 2 bias adds)", "none"),
      recurrent2("UNIDIRECTIONAL_SEQUENCE_RNN", 3, "3 per output unit and step (activation, 2 bias adds)", "sequence"),
      recurrent2("BIDIRECTIONAL_SEQUENCE_RNN", 3, "3 per output unit and step (activation, 2 bias adds)", "sequence"),
      recurrent2("SVDF", 3, "3 per output unit (bias add, activation, rank reduction)", "none"),
      softmax,
      logSoftmax,
      l2Norm,
      lrn,
      embeddingLookup
    ];
    nnDefs = nnOps.map(tflOp);
  }
});

// build/src/ops/tflite-tensor.js
function perOut(k) {
  return (ctx, outputs) => {
    const n = outElems2(outputs);
    return { macs: 0, flops: k * n + activationFlops(ctx, n) };
  };
}
function perIn(k, input = 0) {
  return (ctx) => ({ macs: 0, flops: k * inElems(ctx, input) });
}
function unary3(opType, k, what) {
  return { opType, shape: sameShape2, cost: perOut(k), doc: { flops: `${k} per element (${what})` } };
}
function binary3(opType, k, what, fused2 = false) {
  return {
    opType,
    shape: broadcast,
    cost: perOut(k),
    doc: { flops: `${k} per output element (${what}); inputs broadcast${fused2 ? ` ${FUSED_ACT_DOC}` : ""}` }
  };
}
function move(opType, shape, memory) {
  return { opType, ...shape ? { shape } : {}, cost: () => ZERO, doc: { flops: MOVE_DOC, ...memory ? { memory } : {} } };
}
function view(opType, shape, fold) {
  return { opType, ...shape ? { shape } : {}, ...fold ? { fold } : {}, cost: () => ZERO, doc: VIEW_DOC, movesData: false };
}
function reducedShape2(ctx) {
  const x = ctx.shapeOf(0);
  const axes = knownInts(ctx, 1, "axes").map((a) => normalizeAxis(a, x.length));
  const keep = ctx.attrs.int("keep_dims", 0) !== 0;
  const out = [];
  x.forEach((d, i) => {
    if (!axes.includes(i))
      out.push(d);
    else if (keep)
      out.push(1);
  });
  return out;
}
function reduce2(opType, what, finish) {
  return {
    opType,
    shape: (ctx) => [{ dtype: void 0, shape: reducedShape2(ctx) }],
    cost: (ctx, outputs) => ({ macs: 0, flops: inElems(ctx, 0) + finish * outElems2(outputs) }),
    doc: { flops: `1 per input element (${what})${finish ? ` + ${finish} per output element (divide)` : ""}` }
  };
}
function argReduce(opType) {
  return {
    opType,
    shape(ctx) {
      const x = ctx.shapeOf(0);
      const axis = normalizeAxis(knownInts(ctx, 1, "axis")[0] ?? 0, x.length);
      return [{ dtype: void 0, shape: x.filter((_, i) => i !== axis) }];
    },
    cost: perIn(1),
    doc: { flops: "1 per input element (compare)" }
  };
}
function blockShape(toDepth) {
  return (ctx) => {
    const x = ctx.shapeOf(0);
    const b = ctx.attrs.int("block_size", 1);
    if (x.length !== 4 || b < 1)
      throw new OpError("expects an NHWC input and a positive block_size");
    const [n, h, w, c] = x.map((d) => typeof d === "number" ? d : NaN);
    const shape = toDepth ? [n, h / b, w / b, c * b * b] : [n, h * b, w * b, c / (b * b)];
    if (shape.some((d) => !Number.isInteger(d)))
      throw new OpError("input dims do not divide by the block size");
    return [{ dtype: void 0, shape }];
  };
}
function gatherCost(indexInput) {
  return (ctx, outputs) => {
    const out = bytesOf2(outputs[0]);
    return { macs: 0, flops: 0, bytes: bytesOf2(ctx.input(indexInput).type) + 2 * out };
  };
}
var ZERO, MOVE_DOC, VIEW_DOC, sameShape2, broadcast, reshape, squeeze3, expandDims2, shapeFold, transpose2, concat2, pack, unpack, split, splitV, pad2, tile, fromShapeInput, gather, slice, GATHER_MEMORY, tensorOps, tensorDefs;
var init_tflite_tensor = __esm({
  "build/src/ops/tflite-tensor.js"() {
    "use strict";
    init_types();
    init_util();
    init_signal();
    init_shape_ops();
    init_tflite_common();
    init_tflite_shapes();
    ZERO = { macs: 0, flops: 0 };
    MOVE_DOC = "0: data movement only";
    VIEW_DOC = { flops: "0: a view change", memory: "0 bytes: no element is read or written" };
    sameShape2 = (ctx) => [same(ctx)];
    broadcast = (ctx) => {
      const shapes = ctx.inputs.filter((x) => x !== void 0).map((x) => {
        if (!x.type.shape)
          throw new OpError(`input '${x.name}' has unknown rank`);
        return x.type.shape;
      });
      return [{ dtype: void 0, shape: broadcastShapes(shapes) }];
    };
    reshape = (ctx) => {
      const target = intsOf3(ctx, 1) ?? (ctx.attrs.has("new_shape") ? [...ctx.attrs.ints("new_shape")] : void 0);
      if (!target)
        throw new OpError("the new shape is not known");
      return [{ dtype: void 0, shape: reshapeDims(ctx.input(0).type.shape, target, false, ctx) }];
    };
    squeeze3 = (ctx) => {
      const x = ctx.shapeOf(0);
      const dims = (ctx.attrs.has("squeeze_dims") ? ctx.attrs.ints("squeeze_dims") : []).map((a) => normalizeAxis(a, x.length));
      return [{ dtype: void 0, shape: x.filter((d, i) => dims.length ? !dims.includes(i) : d !== 1) }];
    };
    expandDims2 = (ctx) => {
      const x = ctx.shapeOf(0);
      const axis = normalizeAxis(knownInts(ctx, 1, "axis")[0] ?? 0, x.length + 1);
      return [{ dtype: void 0, shape: [...x.slice(0, axis), 1, ...x.slice(axis)] }];
    };
    shapeFold = (ctx, outputs) => {
      const x = ctx.inputs[0]?.type.shape;
      if (!x || !x.every((d) => typeof d === "number"))
        return void 0;
      return [{ dtype: outputs[0]?.dtype ?? "int32", shape: [x.length], data: x }];
    };
    transpose2 = (ctx) => {
      const x = ctx.shapeOf(0);
      const perm = knownInts(ctx, 1, "perm");
      if (perm.length !== x.length)
        throw new OpError(`perm has ${perm.length} entries for rank ${x.length}`);
      return [{ dtype: void 0, shape: perm.map((p) => x[normalizeAxis(p, x.length)]) }];
    };
    concat2 = (ctx) => {
      const shapes = ctx.inputs.map((x, i) => {
        if (!x)
          throw new OpError(`input ${i} is missing`);
        return ctx.shapeOf(i);
      });
      const first = shapes[0];
      if (!first)
        throw new OpError("no inputs");
      const axis = normalizeAxis(ctx.attrs.int("axis", 0), first.length);
      let total = 0;
      for (const s of shapes) {
        const d = s[axis];
        total = typeof total === "number" && typeof d === "number" ? total + d : ctx.freshDim(`${ctx.node.name}:concat`);
      }
      return [{ dtype: void 0, shape: first.map((d, i) => i === axis ? total : d) }];
    };
    pack = (ctx) => {
      const x = ctx.shapeOf(0);
      const axis = normalizeAxis(ctx.attrs.int("axis", 0), x.length + 1);
      return [{ dtype: void 0, shape: [...x.slice(0, axis), ctx.node.inputs.length, ...x.slice(axis)] }];
    };
    unpack = (ctx) => {
      const x = ctx.shapeOf(0);
      const axis = normalizeAxis(ctx.attrs.int("axis", 0), x.length);
      const out = { dtype: void 0, shape: x.filter((_, i) => i !== axis) };
      return ctx.node.outputs.map(() => out);
    };
    split = (ctx) => {
      const x = ctx.shapeOf(1);
      const axis = normalizeAxis(knownInts(ctx, 0, "axis")[0] ?? 0, x.length);
      const n = ctx.node.outputs.length;
      const d = x[axis];
      const part = typeof d === "number" ? d / n : ctx.freshDim(`${ctx.node.name}:split`);
      if (typeof part === "number" && !Number.isInteger(part))
        throw new OpError(`axis of size ${d} does not split into ${n} equal parts`);
      return ctx.node.outputs.map(() => ({ dtype: void 0, shape: x.map((v, i) => i === axis ? part : v) }));
    };
    splitV = (ctx) => {
      const x = ctx.shapeOf(0);
      const sizes = knownInts(ctx, 1, "size_splits");
      const axis = normalizeAxis(knownInts(ctx, 2, "axis")[0] ?? 0, x.length);
      const d = x[axis];
      const rest = sizes.filter((v) => v !== -1).reduce((a, b) => a + b, 0);
      return sizes.map((sz) => {
        const v = sz === -1 ? typeof d === "number" ? d - rest : ctx.freshDim(`${ctx.node.name}:split`) : sz;
        return { dtype: void 0, shape: x.map((dd, i) => i === axis ? v : dd) };
      });
    };
    pad2 = (ctx) => {
      const x = ctx.shapeOf(0);
      const p = knownInts(ctx, 1, "paddings");
      if (p.length !== 2 * x.length)
        throw new OpError(`paddings has ${p.length} entries for rank ${x.length}`);
      return [{ dtype: void 0, shape: x.map((d, i) => typeof d === "number" ? d + p[2 * i] + p[2 * i + 1] : ctx.freshDim(`${ctx.node.name}:pad`)) }];
    };
    tile = (ctx) => {
      const x = ctx.shapeOf(0);
      const m = knownInts(ctx, 1, "multiples");
      return [{ dtype: void 0, shape: x.map((d, i) => typeof d === "number" ? d * (m[i] ?? 1) : ctx.freshDim(`${ctx.node.name}:tile`)) }];
    };
    fromShapeInput = (i) => (ctx) => [{ dtype: void 0, shape: knownInts(ctx, i, "shape") }];
    gather = (ctx) => {
      const params = ctx.shapeOf(0), idx = ctx.shapeOf(1);
      const axis = normalizeAxis(ctx.attrs.int("axis", 0), params.length);
      const batchDims = ctx.attrs.int("batch_dims", 0);
      return [{ dtype: void 0, shape: [...params.slice(0, axis), ...idx.slice(batchDims < 0 ? batchDims + idx.length : batchDims), ...params.slice(axis + 1)] }];
    };
    slice = (ctx) => {
      const x = ctx.shapeOf(0);
      const begin = knownInts(ctx, 1, "begin"), size = knownInts(ctx, 2, "size");
      return [{ dtype: void 0, shape: x.map((d, i) => size[i] === -1 ? typeof d === "number" ? d - begin[i] : ctx.freshDim(`${ctx.node.name}:slice`) : size[i]) }];
    };
    GATHER_MEMORY = "indices + the elements read (as many as the output) + the output written; not the whole input";
    tensorOps = [
      binary3("ADD", 1, "one add", true),
      binary3("SUB", 1, "one subtract", true),
      binary3("MUL", 1, "one multiply", true),
      binary3("DIV", 1, "one divide", true),
      binary3("MAXIMUM", 1, "one compare"),
      binary3("MINIMUM", 1, "one compare"),
      binary3("POW", 1, "pow, one transcendental"),
      binary3("SQUARED_DIFFERENCE", 2, "subtract, square"),
      binary3("FLOOR_DIV", 2, "divide, floor"),
      binary3("FLOOR_MOD", 2, "divide, floor of the remainder"),
      binary3("ATAN2", 1, "one transcendental"),
      binary3("LESS", 1, "one compare"),
      binary3("LESS_EQUAL", 1, "one compare"),
      binary3("GREATER", 1, "one compare"),
      binary3("GREATER_EQUAL", 1, "one compare"),
      binary3("EQUAL", 1, "one compare"),
      binary3("NOT_EQUAL", 1, "one compare"),
      binary3("LOGICAL_AND", 1, "one logical op"),
      binary3("LOGICAL_OR", 1, "one logical op"),
      binary3("BITWISE_XOR", 1, "one bitwise op"),
      binary3("RIGHT_SHIFT", 1, "one shift"),
      binary3("PRELU", 2, "compare, multiply by the slope"),
      binary3("SELECT", 1, "one select"),
      binary3("SELECT_V2", 1, "one select"),
      {
        opType: "ADD_N",
        shape: broadcast,
        cost: (ctx, outputs) => ({ macs: 0, flops: Math.max(0, ctx.node.inputs.length - 1) * outElems2(outputs) }),
        doc: { flops: "(n-1) per output element for n inputs (adds)" }
      },
      unary3("ABS", 1, "absolute value"),
      unary3("CEIL", 1, "rounding"),
      unary3("FLOOR", 1, "rounding"),
      unary3("ROUND", 1, "rounding"),
      unary3("SIGN", 1, "sign"),
      unary3("NEG", 1, "negate"),
      unary3("EXP", 1, "exp"),
      unary3("LOG", 1, "log"),
      unary3("SIN", 1, "sin"),
      unary3("COS", 1, "cos"),
      unary3("SQRT", 1, "sqrt"),
      unary3("RSQRT", 2, "sqrt, divide"),
      unary3("SQUARE", 1, "multiply"),
      unary3("TANH", 1, "tanh"),
      unary3("LOGISTIC", 1, "sigmoid, one transcendental"),
      unary3("RELU", 1, "max with 0"),
      unary3("RELU6", 1, "clamp to [0, 6]"),
      unary3("RELU_N1_TO_1", 1, "clamp to [-1, 1]"),
      unary3("RELU_0_TO_1", 1, "clamp to [0, 1]"),
      unary3("LEAKY_RELU", 2, "compare, multiply by alpha"),
      unary3("ELU", 4, "compare, exp, subtract 1, multiply"),
      unary3("HARD_SWISH", 5, "HardSigmoid 4, then multiply by x"),
      unary3("LOGICAL_NOT", 1, "one logical op"),
      {
        opType: "GELU",
        shape: sameShape2,
        cost: (ctx, outputs) => ({ macs: 0, flops: (ctx.attrs.int("approximate", 0) ? 9 : 5) * outElems2(outputs) }),
        doc: { flops: "5 per element (scale, erf, add 1, two multiplies); 9 with approximate (tanh form)" }
      },
      unary3("QUANTIZE", 2, "divide by the scale, add the zero point; rounding and saturation not counted"),
      unary3("DEQUANTIZE", 2, "subtract the zero point, multiply by the scale"),
      unary3("FAKE_QUANT", 4, "clamp, scale, round, rescale"),
      unary3("COMPLEX_ABS", 4, "two squares, add, sqrt"),
      { opType: "CAST", shape: sameShape2, cost: () => ZERO, doc: { flops: "0: a type conversion, no arithmetic" } },
      move("ZEROS_LIKE", sameShape2),
      move("IMAG", sameShape2),
      move("REAL", sameShape2),
      move("COMPLEX", broadcast),
      move("BITCAST"),
      reduce2("MEAN", "accumulate", 1),
      reduce2("SUM", "accumulate", 0),
      reduce2("REDUCE_PROD", "multiply", 0),
      reduce2("REDUCE_MAX", "compare", 0),
      reduce2("REDUCE_MIN", "compare", 0),
      reduce2("REDUCE_ANY", "logical or", 0),
      reduce2("REDUCE_ALL", "logical and", 0),
      argReduce("ARG_MAX"),
      argReduce("ARG_MIN"),
      { opType: "CUMSUM", shape: sameShape2, cost: perIn(1), doc: { flops: "1 per element (one add)" } },
      { opType: "TOPK_V2", shape: topK, cost: (ctx) => ({ macs: 0, flops: inElems(ctx, 0) }), doc: { flops: "1 per input element (a selection pass; sorting is not arithmetic)" } },
      { opType: "SEGMENT_SUM", cost: perIn(1), doc: { flops: "1 per input element (accumulate)" } },
      { opType: "UNSORTED_SEGMENT_SUM", shape: unsortedSegment, cost: perIn(1), doc: { flops: "1 per input element (accumulate)" } },
      { opType: "UNSORTED_SEGMENT_PROD", shape: unsortedSegment, cost: perIn(1), doc: { flops: "1 per input element (multiply)" } },
      { opType: "UNSORTED_SEGMENT_MAX", shape: unsortedSegment, cost: perIn(1), doc: { flops: "1 per input element (compare)" } },
      { opType: "UNSORTED_SEGMENT_MIN", shape: unsortedSegment, cost: perIn(1), doc: { flops: "1 per input element (compare)" } },
      {
        opType: "BUCKETIZE",
        shape: sameShape2,
        cost: (ctx, outputs) => {
          const b = ctx.attrs.has("boundaries") ? ctx.attrs.floats("boundaries").length : 1;
          return { macs: 0, flops: Math.ceil(Math.log2(b + 1)) * outElems2(outputs) };
        },
        doc: { flops: "ceil(log2(boundaries + 1)) per element (binary search compares)" }
      },
      {
        opType: "RFFT2D",
        cost(ctx) {
          const x = concrete(ctx.shapeOf(0));
          const fft = concrete(knownInts(ctx, 1, "fft_length"));
          const [h, w] = [fft[0] ?? 1, fft[1] ?? 1];
          const batch = numel(x.slice(0, -2));
          return { macs: 0, flops: batch * (h * fftFlops(w) + (Math.floor(w / 2) + 1) * fftFlops(h)) };
        },
        doc: { flops: "batch * (H * fft(W) + (W/2 + 1) * fft(H)), fft(N) = ceil(5 * N * log2(N))" }
      },
      view("RESHAPE", reshape),
      view("SQUEEZE", squeeze3),
      view("EXPAND_DIMS", expandDims2),
      view("SHAPE", (ctx) => [{ dtype: void 0, shape: [ctx.shapeOf(0).length] }], shapeFold),
      view("RANK", () => [{ dtype: void 0, shape: [] }]),
      move("TRANSPOSE", transpose2),
      {
        opType: "CONCATENATION",
        shape: concat2,
        cost: (ctx, outputs) => ({ macs: 0, flops: activationFlops(ctx, outElems2(outputs)) }),
        doc: { flops: `0: data movement ${FUSED_ACT_DOC}` }
      },
      move("PACK", pack),
      move("UNPACK", unpack),
      move("SPLIT", split),
      move("SPLIT_V", splitV),
      move("SLICE", slice),
      move("STRIDED_SLICE", stridedSlice),
      move("PAD", pad2),
      move("PADV2", pad2),
      move("MIRROR_PAD", pad2),
      move("TILE", tile),
      move("BROADCAST_TO", fromShapeInput(1)),
      move("SPACE_TO_DEPTH", blockShape(true)),
      move("DEPTH_TO_SPACE", blockShape(false)),
      move("SPACE_TO_BATCH_ND", spaceToBatch),
      move("BATCH_TO_SPACE_ND", batchToSpace),
      move("REVERSE_V2", sameShape2),
      move("REVERSE_SEQUENCE", sameShape2),
      move("MATRIX_DIAG", matrixDiag),
      move("MATRIX_SET_DIAG", sameShape2),
      move("ONE_HOT", oneHot),
      move("FILL", fromShapeInput(0)),
      move("RANGE", range),
      move("WHERE"),
      move("DYNAMIC_UPDATE_SLICE", sameShape2),
      move("SPARSE_TO_DENSE", fromShapeInput(1)),
      move("SCATTER_ND", fromShapeInput(2)),
      move("DENSIFY", sameShape2),
      move("DILATE"),
      move("BROADCAST_ARGS"),
      move("UNIQUE"),
      { opType: "GATHER", shape: gather, cost: gatherCost(1), doc: { flops: MOVE_DOC, memory: GATHER_MEMORY } },
      { opType: "GATHER_ND", shape: gatherNd, cost: gatherCost(1), doc: { flops: MOVE_DOC, memory: GATHER_MEMORY } },
      { opType: "HASHTABLE_LOOKUP", cost: gatherCost(0), doc: { flops: MOVE_DOC, memory: GATHER_MEMORY } },
      { opType: "EMBEDDING_LOOKUP_SPARSE", cost: perOut(1), doc: { flops: "1 per output element (combine the looked-up rows)" } },
      { opType: "CONCAT_EMBEDDINGS", cost: () => ZERO, doc: { flops: MOVE_DOC } },
      {
        opType: "NON_MAX_SUPPRESSION_V4",
        cost(ctx) {
          const b = concrete(ctx.shapeOf(0))[0] ?? 0;
          return { macs: 0, flops: 13 * (b * (b - 1)) / 2 + 3 * b, lowerBound: "NON_MAX_SUPPRESSION output size depends on the data" };
        },
        doc: { flops: "worst case 13 per box pair + 3 per box (IoU), as ONNX NonMaxSuppression; output size depends on the data" }
      },
      {
        opType: "NON_MAX_SUPPRESSION_V5",
        cost(ctx) {
          const b = concrete(ctx.shapeOf(0))[0] ?? 0;
          return { macs: 0, flops: 13 * (b * (b - 1)) / 2 + 3 * b, lowerBound: "NON_MAX_SUPPRESSION output size depends on the data" };
        },
        doc: { flops: "worst case 13 per box pair + 3 per box (IoU), as ONNX NonMaxSuppression; output size depends on the data" }
      },
      { opType: "LSH_PROJECTION", cost: (ctx) => ({ macs: 0, flops: inElems(ctx, 1) }), doc: { flops: "1 per input element per hash (sign of a projection)" } },
      { opType: "SKIP_GRAM", cost: () => ZERO, doc: { flops: "0: string n-grams, no arithmetic" } },
      { opType: "RANDOM_STANDARD_NORMAL", shape: fromShapeInput(0), cost: perOut(1), doc: { flops: "1 per output element (one sample)" } },
      { opType: "RANDOM_UNIFORM", shape: fromShapeInput(0), cost: perOut(1), doc: { flops: "1 per output element (one sample)" } },
      { opType: "MULTINOMIAL", cost: perOut(1), doc: { flops: "1 per output element (one sample)" } },
      move("HASHTABLE"),
      move("HASHTABLE_FIND"),
      move("HASHTABLE_IMPORT"),
      move("HASHTABLE_SIZE"),
      move("VAR_HANDLE"),
      move("READ_VARIABLE"),
      move("ASSIGN_VARIABLE")
    ];
    tensorDefs = tensorOps.map(tflOp);
  }
});

// build/src/ops/tflite.js
var tflite_exports = {};
__export(tflite_exports, {
  ops: () => ops22
});
var ops22;
var init_tflite = __esm({
  "build/src/ops/tflite.js"() {
    "use strict";
    init_tflite_control();
    init_tflite_common();
    init_tflite_nn();
    init_tflite_tensor();
    ops22 = [...nnDefs, ...tensorDefs, ...controlOps.map(tflOp)];
  }
});

// build/src/profile/types.js
var PROFILE_SCHEMA_VERSION;
var init_types2 = __esm({
  "build/src/profile/types.js"() {
    "use strict";
    PROFILE_SCHEMA_VERSION = 2;
  }
});

// build/src/profile/units.js
function quoteUnitText(text) {
  const s = String(text);
  return JSON.stringify(s.length > 32 ? `${s.slice(0, 32)}\u2026` : s);
}
function notA(text, kind, why) {
  return new UnitError(`${quoteUnitText(text)} is not a ${kind} (${why ?? EXPECTED[kind]})`);
}
function decimal(digits, exponent, shift) {
  return Number(`${digits}e${Number(exponent ?? 0) + shift}`);
}
function checked(value, text, kind, positive2) {
  if (!Number.isFinite(value))
    throw notA(text, kind, "too large");
  if (positive2 && value <= 0)
    throw notA(text, kind, "must be greater than 0");
  return value;
}
function textOf(text, kind, numbersAllowed, positive2) {
  if (typeof text === "number") {
    if (!numbersAllowed || Number.isNaN(text) || text < 0)
      throw notA(text, kind);
    return checked(text, text, kind, positive2);
  }
  if (typeof text !== "string")
    throw notA(String(text), kind);
  if (text.length > MAX_TEXT)
    throw notA(text, kind, `longer than ${MAX_TEXT} characters`);
  return text.trim();
}
function bytesOf3(text, kind, positive2) {
  const t = textOf(text, kind, true, positive2);
  if (typeof t === "number")
    return t;
  const body = kind === "bandwidth" ? t.replace(BANDWIDTH_SUFFIX, "") : t;
  const m = BYTES_RE.exec(body);
  if (!m)
    throw notA(text, kind);
  const [, digits, exponent, prefix = "", unit] = m;
  if (unit === "b")
    throw notA(text, kind, "'b' means bits; write B for bytes");
  let value;
  if (prefix in BINARY_EXPONENT)
    value = decimal(digits, exponent, 0) * 2 ** BINARY_EXPONENT[prefix];
  else if (prefix in DECIMAL_EXPONENT)
    value = decimal(digits, exponent, DECIMAL_EXPONENT[prefix]);
  else
    throw notA(text, kind);
  return checked(value, text, kind, positive2);
}
function parseFlops(text) {
  const t = textOf(text, "FLOPS rate", true, true);
  if (typeof t === "number")
    return t;
  const m = FLOPS_RE.exec(t);
  const shift = m ? DECIMAL_EXPONENT[m[3]] : void 0;
  if (!m || shift === void 0)
    throw notA(text, "FLOPS rate");
  return checked(decimal(m[1], m[2], shift), text, "FLOPS rate", true);
}
function parseBandwidth(text) {
  return bytesOf3(text, "bandwidth", true);
}
var UnitError, MAX_TEXT, NUMBER, DECIMAL_PREFIX, COUNT_RE, FLOPS_RE, BYTES_RE, BANDWIDTH_SUFFIX, DURATION_RE, PERCENT_RE, DECIMAL_EXPONENT, BINARY_EXPONENT, EXPECTED;
var init_units = __esm({
  "build/src/profile/units.js"() {
    "use strict";
    init_errors();
    UnitError = class extends BadInputError {
      name = "UnitError";
    };
    MAX_TEXT = 64;
    NUMBER = String.raw`(\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d{1,4}))?`;
    DECIMAL_PREFIX = "[kKMGTPE]";
    COUNT_RE = new RegExp(`^${NUMBER}\\s*(${DECIMAL_PREFIX}?)$`);
    FLOPS_RE = new RegExp(`^${NUMBER}\\s*(${DECIMAL_PREFIX}?)(?:flops|flop/s|flop)?$`, "i");
    BYTES_RE = /^(\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d{1,4}))?\s*(?:([A-Za-z]?i?)([Bb]))?$/;
    BANDWIDTH_SUFFIX = /\s*(?:\/s|ps)$/i;
    DURATION_RE = new RegExp(`^${NUMBER}\\s*(ns|us|\xB5s|\u03BCs|ms|s)$`);
    PERCENT_RE = new RegExp(`^${NUMBER}\\s*%$`);
    DECIMAL_EXPONENT = { "": 0, k: 3, K: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
    BINARY_EXPONENT = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
    EXPECTED = {
      count: "use K/M/G/T",
      "byte size": "use B, kB/MB/GB/TB or KiB/MiB/GiB/TiB",
      "FLOPS rate": "use a number with K/M/G/T/P, e.g. 19.5T or 312 TFLOPS",
      bandwidth: "use bytes per second, e.g. 25GB/s, 900 GB/s or 1.5TiB/s",
      duration: "use ns, us, ms or s, e.g. 8ms",
      percentage: "write e.g. 2%"
    };
  }
});

// build/src/profile/hardware.js
var hardware_exports = {};
__export(hardware_exports, {
  HARDWARE_PRESETS: () => HARDWARE_PRESETS,
  HardwareOptionError: () => HardwareOptionError,
  hardwarePreset: () => hardwarePreset,
  resolveHardware: () => resolveHardware
});
function hardwarePreset(id2) {
  const wanted = id2.trim().toLowerCase();
  return HARDWARE_PRESETS.find((h) => h.id === wanted);
}
function option(name, text, parse) {
  try {
    return parse(text);
  } catch (e) {
    if (e instanceof UnitError)
      throw new HardwareOptionError(`${name}: ${e.message}`);
    throw e;
  }
}
function resolveHardware(options) {
  const { hardware, peakFlops, bandwidth } = options;
  if (hardware === void 0 && peakFlops === void 0 && bandwidth === void 0)
    return void 0;
  const flops = peakFlops === void 0 ? void 0 : option("--peak-flops", peakFlops, parseFlops);
  const bw = bandwidth === void 0 ? void 0 : option("--bandwidth", bandwidth, parseBandwidth);
  if (hardware !== void 0) {
    const preset = hardwarePreset(hardware);
    if (!preset) {
      throw new HardwareOptionError(`unknown hardware ${JSON.stringify(hardware)}; known: ${HARDWARE_PRESETS.map((h) => h.id).join(", ")} (or give --peak-flops and --bandwidth)`);
    }
    if (flops === void 0 && bw === void 0)
      return preset;
    return {
      ...preset,
      id: `${preset.id}+custom`,
      name: `${preset.name} with custom ${[flops !== void 0 ? "peak FLOPS" : "", bw !== void 0 ? "bandwidth" : ""].filter(Boolean).join(" and ")}`,
      peakFlops: flops ?? preset.peakFlops,
      bandwidth: bw ?? preset.bandwidth,
      source: `${preset.source}, overridden by the user`
    };
  }
  if (flops === void 0 || bw === void 0) {
    throw new HardwareOptionError(`custom hardware needs both --peak-flops and --bandwidth (or pick a preset with --hardware: ${HARDWARE_PRESETS.map((h) => h.id).join(", ")})`);
  }
  return {
    id: "custom",
    name: "custom hardware",
    kind: "custom",
    precision: "custom",
    peakFlops: flops,
    bandwidth: bw,
    source: "user-supplied"
  };
}
var T, G, HARDWARE_PRESETS, HardwareOptionError;
var init_hardware = __esm({
  "build/src/profile/hardware.js"() {
    "use strict";
    init_errors();
    init_units();
    T = 1e12;
    G = 1e9;
    HARDWARE_PRESETS = [
      {
        id: "a100",
        name: "NVIDIA A100 80GB SXM (FP32)",
        kind: "gpu",
        precision: "fp32",
        peakFlops: 19.5 * T,
        bandwidth: 2039 * G,
        source: "NVIDIA A100 Tensor Core GPU datasheet (A100 80GB SXM)"
      },
      {
        id: "a100-fp16",
        name: "NVIDIA A100 80GB SXM (FP16 tensor core, dense)",
        kind: "gpu",
        precision: "fp16",
        peakFlops: 312 * T,
        bandwidth: 2039 * G,
        source: "NVIDIA A100 Tensor Core GPU datasheet (A100 80GB SXM)"
      },
      {
        id: "h100",
        name: "NVIDIA H100 SXM (FP32)",
        kind: "gpu",
        precision: "fp32",
        peakFlops: 67 * T,
        bandwidth: 3.35 * T,
        source: "NVIDIA H100 Tensor Core GPU datasheet (H100 SXM)"
      },
      {
        id: "h100-fp16",
        name: "NVIDIA H100 SXM (FP16 tensor core, dense)",
        kind: "gpu",
        precision: "fp16",
        peakFlops: 989.5 * T,
        bandwidth: 3.35 * T,
        source: "NVIDIA H100 Tensor Core GPU datasheet (H100 SXM; 1,979 TFLOPS sparse / 2)"
      },
      {
        id: "t4",
        name: "NVIDIA T4 (FP32)",
        kind: "gpu",
        precision: "fp32",
        peakFlops: 8.1 * T,
        bandwidth: 320 * G,
        source: "NVIDIA T4 Tensor Core GPU datasheet"
      },
      {
        id: "t4-fp16",
        name: "NVIDIA T4 (FP16 tensor core)",
        kind: "gpu",
        precision: "fp16",
        peakFlops: 65 * T,
        bandwidth: 320 * G,
        source: "NVIDIA T4 Tensor Core GPU datasheet"
      },
      {
        id: "l4",
        name: "NVIDIA L4 (FP32)",
        kind: "gpu",
        precision: "fp32",
        peakFlops: 30.3 * T,
        bandwidth: 300 * G,
        source: "NVIDIA L4 Tensor Core GPU datasheet"
      },
      {
        id: "rtx4090",
        name: "NVIDIA GeForce RTX 4090 (FP32)",
        kind: "gpu",
        precision: "fp32",
        peakFlops: 82.6 * T,
        bandwidth: 1008 * G,
        source: "NVIDIA Ada GPU Architecture whitepaper (GeForce RTX 4090)"
      },
      {
        id: "jetson-orin-nano",
        name: "NVIDIA Jetson Orin Nano 8GB (GPU, FP32)",
        kind: "edge",
        precision: "fp32",
        peakFlops: 1.28 * T,
        bandwidth: 68 * G,
        source: "NVIDIA Jetson Orin Nano Series datasheet (8GB; FP32 derived from cores x clock)"
      },
      {
        id: "jetson-orin-nano-super",
        name: "NVIDIA Jetson Orin Nano 8GB, super mode (GPU, FP32)",
        kind: "edge",
        precision: "fp32",
        peakFlops: 2.08896 * T,
        bandwidth: 102 * G,
        source: "NVIDIA Jetson Orin Nano Super Developer Kit datasheet (FP32 derived from cores x clock)"
      },
      {
        id: "pixel-8-cpu",
        name: "Google Pixel 8 (Tensor G3 CPU, FP32 NEON)",
        kind: "edge",
        precision: "fp32",
        peakFlops: 299.2 * G,
        bandwidth: 68.264 * G,
        source: "Google Pixel 8 tech specs (Tensor G3, LPDDR5X); FP32 and bandwidth derived (cores x clock x FLOPs/cycle; 64-bit LPDDR5X-8533)"
      },
      {
        id: "apple-m2",
        name: "Apple M2 (10-core GPU, FP32)",
        kind: "edge",
        precision: "fp32",
        peakFlops: 3.6 * T,
        bandwidth: 100 * G,
        source: 'Apple newsroom, "Apple unveils M2" (2022-06-06)'
      },
      {
        id: "epyc-9654",
        name: "AMD EPYC 9654 (1 socket, FP32 AVX-512)",
        kind: "cpu",
        precision: "fp32",
        peakFlops: 7.3728 * T,
        bandwidth: 460.8 * G,
        source: "AMD EPYC 9654 product page (FP32 derived from cores x base clock x 32 FLOPs/cycle)"
      },
      {
        id: "xeon-8480",
        name: "Intel Xeon Platinum 8480+ (1 socket, FP32 AVX-512)",
        kind: "cpu",
        precision: "fp32",
        peakFlops: 7.168 * T,
        bandwidth: 307.2 * G,
        source: "Intel ARK, Xeon Platinum 8480+ (FP32 derived from cores x base clock x 64 FLOPs/cycle)"
      },
      {
        id: "rpi5",
        name: "Raspberry Pi 5 (Cortex-A76 CPU, FP32 NEON)",
        kind: "edge",
        precision: "fp32",
        peakFlops: 153.6 * G,
        bandwidth: 17.068 * G,
        source: "Raspberry Pi 5 product brief (FP32 derived from cores x clock x 16 FLOPs/cycle)"
      }
    ];
    HardwareOptionError = class extends UsageError {
      name = "HardwareOptionError";
    };
  }
});

// build/src/profile/llm.js
function decoderFigures(spec, options = {}) {
  const warnings = [];
  const { context, contextSource } = resolveContext(spec, options.context, warnings);
  const h = spec.hiddenSize;
  const L = spec.layers;
  const H = spec.heads;
  const Hkv = spec.kvHeads;
  const d = spec.headDim;
  const dv3 = spec.valueHeadDim ?? spec.headDim;
  const f = spec.intermediateSize;
  const mlpMatrices = spec.gatedMlp ? 3 : 2;
  const bytes = spec.kvCacheElementBytes ?? 2;
  const slidingLayers3 = spec.slidingWindow === void 0 ? 0 : Math.min(L, spec.slidingWindowLayers ?? L);
  const attended = slidingLayers3 * Math.min(context, spec.slidingWindow ?? context) + (L - slidingLayers3) * context;
  const attentionProjections = L * (h * H * d + h * Hkv * d + h * Hkv * dv3 + H * dv3 * h);
  const attentionScores = H * (d + dv3) * attended;
  let mlp;
  let router = 0;
  if (spec.experts !== void 0 && spec.expertsPerToken !== void 0) {
    mlp = L * (spec.expertsPerToken * mlpMatrices * h * f + mlpMatrices * h * (spec.sharedExpertIntermediateSize ?? 0));
    router = L * h * spec.experts;
  } else {
    mlp = L * mlpMatrices * h * f;
  }
  const lmHead = h * spec.vocabSize;
  const macsPerToken = attentionProjections + attentionScores + mlp + router + lmHead;
  const kvCacheBytesPerToken = L * Hkv * (d + dv3) * bytes;
  const kvCacheBytesAtContext = Hkv * (d + dv3) * bytes * attended;
  if (![macsPerToken, kvCacheBytesAtContext].every(Number.isSafeInteger)) {
    warnings.push("the LLM figures exceed 2^53 and are rounded");
  }
  const moe = spec.experts !== void 0 && spec.expertsPerToken !== void 0 && options.tensors ? moeParams(spec, options.tensors, mlpMatrices, warnings) : void 0;
  return {
    context,
    contextSource,
    macsPerToken,
    macs: { attentionProjections, attentionScores, mlp, router, lmHead },
    kvCacheBytesPerToken,
    kvCacheBytesAtContext,
    kvCacheElementBytes: bytes,
    ...moe ? { moe } : {},
    warnings
  };
}
function resolveContext(spec, requested, warnings) {
  if (requested !== void 0) {
    if (Number.isSafeInteger(requested) && requested > 0 && requested <= MAX_CONTEXT2) {
      if (spec.maxContext !== void 0 && requested > spec.maxContext) {
        warnings.push(`context ${requested} is longer than the model's maximum of ${spec.maxContext}`);
      }
      return { context: requested, contextSource: "config" };
    }
    warnings.push(`context ${String(requested)} is not a positive integer up to ${MAX_CONTEXT2}; using the default`);
  }
  if (spec.maxContext === void 0) {
    warnings.push(`the model states no maximum context; figures are at context ${DEFAULT_CONTEXT_CAP} (set dims: { context: N } to choose)`);
    return { context: DEFAULT_CONTEXT_CAP, contextSource: "default" };
  }
  if (spec.maxContext > DEFAULT_CONTEXT_CAP) {
    warnings.push(`figures are at context ${DEFAULT_CONTEXT_CAP}, not the model's maximum of ${spec.maxContext} (set dims: { context: N } to choose)`);
    return { context: DEFAULT_CONTEXT_CAP, contextSource: "default" };
  }
  return { context: spec.maxContext, contextSource: "model" };
}
function moeParams(spec, tensors, mlpMatrices, warnings) {
  const seen = /* @__PURE__ */ new Set();
  let total = 0;
  let fromTensors = 0;
  for (const t of tensors) {
    if (t.role !== "param")
      continue;
    if (t.storageKey !== void 0) {
      if (seen.has(t.storageKey))
        continue;
      seen.add(t.storageKey);
    }
    total += t.elements;
    if (EXPERT_TENSOR.test(t.name))
      fromTensors += t.elements;
  }
  let expertParams = fromTensors;
  let expertParamsFrom = "tensors";
  if (fromTensors === 0) {
    expertParams = spec.layers * spec.experts * mlpMatrices * spec.hiddenSize * spec.intermediateSize;
    expertParamsFrom = "spec";
    warnings.push("no expert tensors recognised by name (.experts. or _exps); expert params are estimated as layers x experts x MLP size");
  }
  const inactive = Math.round(expertParams * (1 - spec.expertsPerToken / spec.experts));
  return { totalParams: total, activeParams: Math.max(0, total - inactive), expertParams, expertParamsFrom };
}
var DEFAULT_CONTEXT_CAP, MAX_CONTEXT2, EXPERT_TENSOR;
var init_llm = __esm({
  "build/src/profile/llm.js"() {
    "use strict";
    DEFAULT_CONTEXT_CAP = 4096;
    MAX_CONTEXT2 = 1 << 30;
    EXPERT_TENSOR = /\.experts\.|(^|\.)ffn_(gate|up|down|gate_up)_exps\./;
  }
});

// build/src/profile/weights.js
var weights_exports = {};
__export(weights_exports, {
  MAX_MODULES: () => MAX_MODULES,
  moduleBreakdown: () => moduleBreakdown,
  noWeightsReason: () => noWeightsReason,
  profileWeights: () => profileWeights,
  uniqueStorages: () => uniqueStorages,
  weightsOnlyUnavailable: () => weightsOnlyUnavailable,
  weightsParams: () => weightsParams,
  weightsSummary: () => weightsSummary
});
function weightsOnlyUnavailable(formatLabel, hasDecoder = false) {
  return {
    metrics: ["macs", "flops", "memory", "peak-memory", "latency"],
    reason: `${formatLabel} files store weights only: there is no graph to count MACs, FLOPs, memory access, peak memory or latency on` + (hasDecoder ? " (the LLM figures are estimated from the decoder hyper-parameters instead)" : "")
  };
}
function uniqueStorages(tensors) {
  const out = [];
  const byKey = /* @__PURE__ */ new Map();
  for (const t of tensors) {
    if (t.storageKey === void 0) {
      out.push(t);
      continue;
    }
    const key = `${t.role}\0${t.storageKey}`;
    const at = byKey.get(key);
    if (at === void 0) {
      byKey.set(key, out.length);
      out.push(t);
    } else if (t.bytes > out[at].bytes || t.bytes === out[at].bytes && t.elements > out[at].elements) {
      out[at] = t;
    }
  }
  return out.map((t) => {
    if (t.storageKey === void 0)
      return t;
    return { ...t, elements: t.sharedStorageElements ?? Math.max(t.elements, storageElements(t)) };
  });
}
function storageElements(t) {
  const bits = isDType(t.dtype) ? dtypeBits(t.dtype) : QUANTIZED_BITS[t.dtype];
  return bits ? Math.floor(t.bytes * 8 / bits) : 0;
}
function dtypeKey(t) {
  return t.quantization ? `${t.dtype} (${t.quantization})` : t.dtype;
}
function sumState(tensors) {
  let elements = 0;
  let bytes = 0;
  for (const t of tensors) {
    elements += t.elements;
    bytes += t.bytes;
  }
  return { tensors: tensors.length, elements, bytes };
}
function weightsParams(unique) {
  const byDtype = {};
  let total = 0;
  let bytes = 0;
  for (const t of unique) {
    if (t.role !== "param")
      continue;
    total += t.elements;
    bytes += t.bytes;
    const slot = byDtype[dtypeKey(t)] ??= { elements: 0, bytes: 0 };
    slot.elements += t.elements;
    slot.bytes += t.bytes;
  }
  const nonWeight = sumState(unique.filter((t) => t.role === "non-weight"));
  return { total, bytes, byDtype, nonWeight: { elements: nonWeight.elements, bytes: nonWeight.bytes } };
}
function moduleBreakdown(unique) {
  const sums = /* @__PURE__ */ new Map();
  for (const t of unique) {
    if (t.role !== "param")
      continue;
    const parts = t.name.split(".");
    let prefix = "";
    for (let i = 0; i < parts.length - 1; i++) {
      prefix = i === 0 ? parts[0] : `${prefix}.${parts[i]}`;
      const slot = sums.get(prefix) ?? { params: 0, bytes: 0, depth: i + 1 };
      slot.params += t.elements;
      slot.bytes += t.bytes;
      sums.set(prefix, slot);
    }
  }
  return [...sums].sort((a, b) => a[1].depth - b[1].depth || b[1].params - a[1].params || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, MAX_MODULES).map(([name, s]) => ({ name, params: s.params, bytes: s.bytes }));
}
function weightsSummary(file, unique, llm) {
  return {
    tensors: file.tensors.length,
    buffers: sumState(unique.filter((t) => t.role === "buffer")),
    optimizer: sumState(unique.filter((t) => t.role === "optimizer")),
    modules: moduleBreakdown(unique),
    metadata: Object.fromEntries(file.metadata),
    ...llm ? { llm } : {}
  };
}
function profileWeights(file, options) {
  const unique = uniqueStorages(file.tensors);
  const figures = file.decoder ? decoderFigures(file.decoder, { tensors: file.tensors, ...options.context !== void 0 ? { context: options.context } : {} }) : void 0;
  const { warnings: llmWarnings = [], ...llm } = figures ?? {};
  return {
    schemaVersion: PROFILE_SCHEMA_VERSION,
    model: {
      path: options.path,
      format: options.format,
      formatVersion: options.formatVersion,
      fileBytes: options.fileBytes,
      externalDataBytes: options.sideFileBytes,
      producer: "",
      opsets: {}
    },
    inputs: [],
    outputs: [],
    params: weightsParams(unique),
    opHistogram: {},
    totals: null,
    unavailable: file.costsUnavailable !== void 0 ? { ...weightsOnlyUnavailable(options.formatLabel), reason: file.costsUnavailable } : weightsOnlyUnavailable(options.formatLabel, figures !== void 0),
    weights: weightsSummary(file, unique, figures ? llm : void 0),
    unknownOps: [],
    warnings: [...file.warnings, ...llmWarnings]
  };
}
function noWeightsReason(p) {
  if (!p || p.params.total !== 0)
    return null;
  const stated = p.warnings.find((w) => w.startsWith(NO_WEIGHTS_PREFIX));
  return stated === void 0 ? null : stated.slice(NO_WEIGHTS_PREFIX.length);
}
var MAX_MODULES, QUANTIZED_BITS;
var init_weights3 = __esm({
  "build/src/profile/weights.js"() {
    "use strict";
    init_weights2();
    init_dtype();
    init_llm();
    init_types2();
    MAX_MODULES = 2e3;
    QUANTIZED_BITS = { qint8: 8, quint8: 8, qint32: 32 };
  }
});

// build/src/profile/formula-types.js
var FORMULA_METRICS, FORMULA_LABELS;
var init_formula_types = __esm({
  "build/src/profile/formula-types.js"() {
    "use strict";
    FORMULA_METRICS = ["macs", "flops", "memoryBytes", "peakActivationBytes"];
    FORMULA_LABELS = {
      macs: "MACs",
      flops: "FLOPs",
      memoryBytes: "memory access",
      peakActivationBytes: "peak activations"
    };
  }
});

// build/src/profile/formula.js
var formula_exports = {};
__export(formula_exports, {
  MAX_DEGREE: () => MAX_DEGREE,
  MAX_EVALUATIONS: () => MAX_EVALUATIONS,
  SAMPLE_START: () => SAMPLE_START,
  deriveFormulas: () => deriveFormulas,
  evaluateFormula: () => evaluateFormula
});
function gcd(a, b) {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n)
    [a, b] = [b, a % b];
  return a;
}
function q(n, d = 1n) {
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}
function polyAdd(a, b, sign = 1) {
  const out = new Map(a);
  for (const [k, v] of b) {
    const s = sign === 1 ? add2(out.get(k) ?? ZERO2, v) : sub(out.get(k) ?? ZERO2, v);
    if (s.n === 0n)
      out.delete(k);
    else
      out.set(k, s);
  }
  return out;
}
function polyMulLinear(p, i, c, k) {
  let out = /* @__PURE__ */ new Map();
  for (const [key, v] of p) {
    const pw = key.split(",").map(Number);
    const shifted = [...pw];
    shifted[i] += 1;
    out = polyAdd(out, /* @__PURE__ */ new Map([[shifted.join(","), mul2(v, q(1n, k))]]));
    out = polyAdd(out, /* @__PURE__ */ new Map([[key, mul2(v, q(-c, k))]]));
  }
  return out;
}
function polyEval(p, at) {
  let sum3 = ZERO2;
  for (const [key, v] of p) {
    let term = v;
    key.split(",").map(Number).forEach((e, i) => {
      term = mul2(term, q(at[i] ** BigInt(e)));
    });
    sum3 = add2(sum3, term);
  }
  return sum3;
}
function interpolate(samples, i, x0, nDims) {
  let diffs = [...samples];
  let basis = /* @__PURE__ */ new Map([[new Array(nDims).fill(0).join(","), q(1n)]]);
  let out = /* @__PURE__ */ new Map();
  for (let k = 0; k < samples.length; k++) {
    if (k > 0)
      basis = polyMulLinear(basis, i, BigInt(x0 + k - 1), BigInt(k));
    const coeffPoly = diffs[0];
    for (const [key, v] of coeffPoly) {
      for (const [bk, bv] of basis) {
        const a = key.split(",").map(Number);
        const b = bk.split(",").map(Number);
        out = polyAdd(out, /* @__PURE__ */ new Map([[a.map((e, j) => e + b[j]).join(","), mul2(v, bv)]]));
      }
    }
    diffs = diffs.slice(1).map((d, j) => polyAdd(d, diffs[j], -1));
  }
  return out;
}
function deriveFormulas(dims, fixed, evaluate) {
  const sorted = [...dims].sort();
  const cache = /* @__PURE__ */ new Map();
  const run = (at) => {
    const key = at.join(",");
    let e = cache.get(key);
    if (!e) {
      if (cache.size >= MAX_EVALUATIONS)
        throw new TooManyEvaluations();
      const binding = { ...fixed };
      sorted.forEach((d, i) => setEntry(binding, d, at[i]));
      e = evaluate(binding);
      cache.set(key, e);
    }
    return e;
  };
  const base = sorted.map(() => SAMPLE_START);
  const metrics = {};
  try {
    for (const m of FORMULA_METRICS)
      metrics[m] = deriveMetric(m, sorted, base, run);
  } catch (e) {
    if (!(e instanceof TooManyEvaluations))
      throw e;
    return { dims: sorted, fixed, metrics: {}, note: `no formulas: more than ${MAX_EVALUATIONS} engine runs needed for ${sorted.length} free dims (bind some with --dim)` };
  }
  return { dims: sorted, fixed, metrics };
}
function scanOffsets() {
  const near = Array.from({ length: MAX_DEGREE + 3 }, (_, k) => k);
  return [...near, 25, 121, 1e3];
}
function deriveMetric(m, dims, base, run) {
  const valueAt = (at) => {
    const e = run(at);
    if (!e.exact)
      return e.reason;
    const v = e.totals[m];
    if (!Number.isSafeInteger(v))
      return `the value at ${describe2(dims, at)} is not an integer below 2^53 (${v})`;
    return v;
  };
  const failed = (reason, points) => ({
    polynomial: false,
    reason,
    values: points.map((at) => {
      const v = valueAt(at);
      return { at: Object.fromEntries(dims.map((d, i) => [d, at[i]])), value: typeof v === "number" ? v : null };
    })
  });
  const degrees = [];
  for (let i = 0; i < dims.length; i++) {
    const points = scanOffsets().map((o) => base.map((b, j) => j === i ? b + o : b));
    const xs = [];
    const values = [];
    for (const [k, at] of points.entries()) {
      const v = valueAt(at);
      if (typeof v === "string") {
        if (k > MAX_DEGREE + 2)
          continue;
        return failed(`not exact at ${describe2(dims, at)}: ${v}`, points);
      }
      xs.push(at[i]);
      values.push(v);
    }
    const deg = degreeOf(xs, values);
    if (deg === void 0) {
      return failed(`not a polynomial in ${dims[i]} of degree <= ${MAX_DEGREE} (e.g. a strided conv or pool rounds ${dims[i]}/stride, or a size depends on data)`, points);
    }
    degrees.push(deg);
  }
  const build = (i, prefix) => {
    if (i === dims.length) {
      const v = valueAt(prefix);
      if (typeof v === "string")
        throw new NotExact(v);
      return v === 0 ? /* @__PURE__ */ new Map() : /* @__PURE__ */ new Map([[dims.map(() => 0).join(","), q(BigInt(v))]]);
    }
    const samples = [];
    for (let k = 0; k <= degrees[i]; k++)
      samples.push(build(i + 1, [...prefix, base[i] + k]));
    return interpolate(samples, i, base[i], dims.length);
  };
  let poly;
  try {
    poly = build(0, []);
  } catch (e) {
    if (e instanceof NotExact)
      return failed(e.message, []);
    throw e;
  }
  const checks = [[3, 7], [17, 5], [130, 257]].map(([a, b]) => dims.map((_, i) => base[i] + (i % 2 === 0 ? a : b) + degrees[i]));
  let checked2 = 0;
  for (const at of checks) {
    const v = valueAt(at);
    if (typeof v === "string")
      continue;
    checked2++;
    const got = polyEval(poly, at.map(BigInt));
    if (got.d !== 1n || got.n !== BigInt(v)) {
      return failed(`not a polynomial jointly in ${dims.join(", ")} (the interpolated formula misses the engine's value at ${describe2(dims, at)})`, checks);
    }
  }
  if (checked2 === 0)
    return failed(`not exact at any of the check bindings (${checks.map((at) => describe2(dims, at)).join("; ")})`, checks);
  return { polynomial: true, terms: toTerms(poly, dims), degree: Object.fromEntries(dims.map((d, i) => [d, degrees[i]])) };
}
function degreeOf(xs, ys) {
  for (let d = 0; d <= MAX_DEGREE; d++) {
    const samples = ys.slice(0, d + 1).map((y) => y === 0 ? /* @__PURE__ */ new Map() : /* @__PURE__ */ new Map([["0", q(BigInt(y))]]));
    const p = interpolate(samples, 0, xs[0], 1);
    if (xs.every((x, k) => {
      const v = polyEval(p, [BigInt(x)]);
      return v.d === 1n && v.n === BigInt(ys[k]);
    }))
      return d;
  }
  return void 0;
}
function toTerms(p, dims) {
  const terms = [...p].map(([key, v]) => {
    const pw = key.split(",").map(Number);
    return {
      numerator: v.n.toString(),
      denominator: v.d.toString(),
      powers: Object.fromEntries(dims.flatMap((d, i) => pw[i] > 0 ? [[d, pw[i]]] : [])),
      order: pw.reduce((s, e) => s + e, 0),
      key
    };
  });
  terms.sort((a, b) => a.order - b.order || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
  return terms.map(({ numerator, denominator, powers }) => ({ numerator, denominator, powers }));
}
function describe2(dims, at) {
  return dims.map((d, i) => `${d}=${at[i]}`).join(", ");
}
function evaluateFormula(terms, at) {
  let sum3 = ZERO2;
  for (const t of terms) {
    let v = q(BigInt(t.numerator), BigInt(t.denominator));
    for (const [d, e] of Object.entries(t.powers)) {
      const x = ownEntry(at, d);
      if (x === void 0)
        return void 0;
      v = mul2(v, q(BigInt(x) ** BigInt(e)));
    }
    sum3 = add2(sum3, v);
  }
  return sum3.d === 1n ? sum3.n : void 0;
}
var MAX_DEGREE, SAMPLE_START, MAX_EVALUATIONS, ZERO2, add2, sub, mul2, TooManyEvaluations, NotExact;
var init_formula = __esm({
  "build/src/profile/formula.js"() {
    "use strict";
    init_name_table();
    init_formula_types();
    MAX_DEGREE = 4;
    SAMPLE_START = 8;
    MAX_EVALUATIONS = 200;
    ZERO2 = { n: 0n, d: 1n };
    add2 = (a, b) => q(a.n * b.d + b.n * a.d, a.d * b.d);
    sub = (a, b) => q(a.n * b.d - b.n * a.d, a.d * b.d);
    mul2 = (a, b) => q(a.n * b.n, a.d * b.d);
    TooManyEvaluations = class extends Error {
    };
    NotExact = class extends Error {
    };
  }
});

// build/src/cli/profile-main.js
var profile_main_exports = {};
__export(profile_main_exports, {
  codeParts: () => codeParts,
  profileMain: () => profileMain
});
module.exports = __toCommonJS(profile_main_exports);

// build/src/formats/registry.js
var import_node_fs8 = require("node:fs");
var import_node_path15 = require("node:path");
init_errors();
init_file();

// build/src/formats/gguf/format.js
var import_node_path3 = require("node:path");
init_signature();
var ggufFormat = {
  name: "gguf",
  label: "GGUF",
  kind: "weights",
  extensions: [".gguf"],
  magic: looksLikeGguf,
  reader: async () => (await Promise.resolve().then(() => (init_format_reader(), format_reader_exports))).reader,
  modelKey(path) {
    const names = ggufSplitNames(path);
    if (!names)
      return null;
    const first = import_node_path3.posix.join(import_node_path3.posix.dirname(path), names.first);
    return { key: first, entries: [.../* @__PURE__ */ new Set([first, path])] };
  }
};

// build/src/formats/registry.js
init_hf_variant();

// build/src/formats/keras/format.js
init_signature3();
var kerasFormat = {
  name: "keras",
  label: "Keras",
  kind: "graph",
  extensions: [".keras", ".h5"],
  magic: isKerasHead,
  reader: async () => (await Promise.resolve().then(() => (init_format_reader2(), format_reader_exports2))).reader,
  defaultGlobProbe: { extensions: [".h5"], bytes: KERAS_PROBE_BYTES, isModel: async (prefix, size) => (await Promise.resolve().then(() => (init_reader2(), reader_exports))).isKerasContent(prefix, size), skipped: "an HDF5 file without Keras content" }
};

// build/src/formats/onnx/format.js
var onnxFormat = {
  name: "onnx",
  label: "ONNX",
  kind: "graph",
  extensions: [".onnx"],
  magicOnlyExtensions: [".pb"],
  magic: looksLikeOnnxModel,
  reader: async () => (await Promise.resolve().then(() => (init_format_reader3(), format_reader_exports3))).reader
};
var AFTER_IR_VERSION = /* @__PURE__ */ new Set([18, 26, 34, 40, 50, 58, 66]);
function looksLikeOnnxModel(head) {
  return head.length >= 9 && head[0] === 8 && head[1] >= 3 && head[1] <= 15 && AFTER_IR_VERSION.has(head[2]) && head[8] !== 123;
}

// build/src/formats/pytorch/format.js
init_shard_names();
init_signature2();
var pytorchFormat = {
  name: "pytorch",
  label: "PyTorch",
  kind: "weights",
  extensions: [".pt", ".pth", ".ckpt", PYTORCH_SET.indexSuffix],
  variantExtensions: [PYTORCH_SET.indexSuffix],
  magicOnlyExtensions: [".bin"],
  conventionalNames: /^(diffusion_)?pytorch_model(\.[a-z0-9_]+)?(-\d{5}-of-\d{5})?\.bin$/,
  magic: (head) => hasLegacyMagic(head) || looksLikeTorchZip(head),
  reader: async () => (await Promise.resolve().then(() => (init_format_reader4(), format_reader_exports4))).reader,
  modelKey: (path) => shardSetModelKey(PYTORCH_SET, path)
};

// build/src/formats/safetensors/format.js
init_signature4();
var safetensorsFormat = {
  name: "safetensors",
  label: "safetensors",
  kind: "weights",
  extensions: [".safetensors", SAFETENSORS_SET.indexSuffix],
  variantExtensions: [SAFETENSORS_SET.indexSuffix],
  magic: looksLikeSafetensors,
  reader: async () => (await Promise.resolve().then(() => (init_format_reader5(), format_reader_exports5))).reader,
  modelKey: safetensorsModelKey
};

// build/src/formats/tflite/format.js
init_signature5();
var tfliteFormat = {
  name: "tflite",
  label: "TensorFlow Lite",
  kind: "graph",
  extensions: [".tflite"],
  magic: (head) => isTflite(head),
  reader: async () => (await Promise.resolve().then(() => (init_format_reader6(), format_reader_exports6))).reader
};

// build/src/formats/registry.js
init_format();
init_dtype();
init_ir();
init_limits();
init_dtype_codes();
var HEAD_BYTES = 512;
var openedHead = Buffer.allocUnsafe(HEAD_BYTES);
var FORMATS = [
  onnxFormat,
  pytorchFormat,
  safetensorsFormat,
  ggufFormat,
  tfliteFormat,
  tensorflowFormat,
  kerasFormat
];
function formats() {
  return FORMATS;
}
function formatByName(name) {
  return FORMATS.find((f) => f.name === name);
}
function endsWithAny(lowerPath, endings) {
  return (endings ?? []).some((e) => lowerPath.endsWith(e));
}
function claimsByExtension(f, lowerPath) {
  return endsWithAny(lowerPath, f.extensions) || f.variantExtensions !== void 0 && endsWithVariantOf((0, import_node_path15.basename)(lowerPath), f.variantExtensions);
}
function detectFormat(path, head, size, among = FORMATS) {
  for (const f of among)
    if (f.magic?.(head, size))
      return f;
  const lower = path.toLowerCase();
  return among.find((f) => claimsByExtension(f, lower) || f.conventionalNames?.test((0, import_node_path15.basename)(lower)) === true) ?? null;
}
function unrecognised(path) {
  const known2 = FORMATS.map((f) => `${f.label} (${[...f.extensions, ...f.magicOnlyExtensions ?? []].join(", ")})`).join("; ");
  return new ModelFileError(path, `not a model file this tool reads: neither its first bytes nor its name match a known format (${known2})`);
}
function modelFileIn(path) {
  let isDir = false;
  try {
    isDir = (0, import_node_fs8.statSync)(path).isDirectory();
  } catch {
    return path;
  }
  if (!isDir)
    return path;
  const names = FORMATS.flatMap((f) => f.modelNames ?? []);
  for (const name of names) {
    const file = (0, import_node_path15.join)(path, name);
    try {
      if ((0, import_node_fs8.statSync)(file).isFile())
        return file;
    } catch (e) {
      const code2 = e?.code;
      if (code2 !== "ENOENT" && code2 !== "ENOTDIR")
        throw new ModelFileError(path, describeFsError(e));
    }
  }
  throw new ModelFileError(path, `is a directory without a model file in it (a model folder holds ${names.join(" or ")})`);
}
async function readModel(given2, options = {}) {
  const opened = await openModel(given2);
  return opened.load(opened.path, options);
}
var loadedReaders = /* @__PURE__ */ new Map();
function loadedFormats() {
  return [...loadedReaders.keys()].map((f) => f.name);
}
async function loadReader(format) {
  const reader8 = await format.reader();
  loadedReaders.set(format, reader8);
  return reader8;
}
async function openModel(given2) {
  let path = given2;
  let file = openModelFile(given2, true);
  if (file === null) {
    path = modelFileIn(given2);
    file = openModelFile(path, false);
  }
  const size = file.size;
  let format;
  let reader8;
  let handle;
  try {
    format = detectFormat(path, openedHead.subarray(0, readInto(file.fd, openedHead, Math.min(size, HEAD_BYTES), 0, path)), size);
    if (!format)
      throw unrecognised(path);
    reader8 = loadedReaders.get(format) ?? await loadReader(format);
    handle = reader8.open?.(path, file) ?? null;
  } finally {
    (0, import_node_fs8.closeSync)(file.fd);
  }
  return {
    format,
    path,
    sideFiles: (at = path) => handle?.sideFiles() ?? reader8.sideFiles(at, { file: at }),
    load: async (at, options = {}) => {
      const read = handle ? await handle.read(at, options) : await reader8.read(at, options);
      if (read.kind === "graph")
        return { ...read, format, fileBytes: size, sideFileBytes: read.sideFileBytes + (read.weights ? sideFileBytes(at, read.weights.sideFiles) : 0) };
      return { ...read, format, fileBytes: size, sideFileBytes: sideFileBytes(at, read.weights.sideFiles) };
    }
  };
}
function sideFileBytes(path, sideFiles) {
  const dir = (0, import_node_path15.resolve)((0, import_node_path15.dirname)(path));
  let total = 0;
  for (const rel of new Set(sideFiles)) {
    try {
      total += (0, import_node_fs8.statSync)((0, import_node_path15.resolve)(dir, rel)).size;
    } catch {
    }
  }
  return total;
}
var NO_HEAD = { head: new Uint8Array(0), size: 0 };

// build/src/graph/census.js
function graphCensus(graph) {
  const graphs = [];
  const ops23 = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  const onAttribute = (attr) => {
    if (attr.type === "graph")
      visit(attr.value);
    else if (attr.type === "graphs")
      for (let i = 0; i < attr.value.length; i++)
        visit(attr.value[i]);
  };
  const visit = (g) => {
    if (seen.has(g))
      return;
    seen.add(g);
    graphs.push(g);
    const nodes = g.nodes;
    let domain;
    let byType;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i];
      if (node.domain !== domain || byType === void 0) {
        domain = node.domain;
        byType = ops23.get(domain);
        if (byType === void 0)
          ops23.set(domain, byType = /* @__PURE__ */ new Map());
      }
      const counter = byType.get(node.opType);
      if (counter !== void 0)
        counter.count++;
      else
        byType.set(node.opType, { domain, opType: node.opType, count: 1 });
      if (node.attributes.size > 0)
        node.attributes.forEach(onAttribute);
    }
  };
  visit(graph);
  return { graphs, ops: ops23 };
}

// build/src/ops/load.js
init_ir();
init_topo();

// build/src/ops/families.js
init_util();
init_window();
var FAMILY_LOADERS = {
  conv: () => Promise.resolve().then(() => (init_conv(), conv_exports)),
  pool: () => Promise.resolve().then(() => (init_pool(), pool_exports)),
  matmul: () => Promise.resolve().then(() => (init_matmul(), matmul_exports)),
  rnn: () => Promise.resolve().then(() => (init_rnn(), rnn_exports)),
  attention: () => Promise.resolve().then(() => (init_attention(), attention_exports)),
  elementwise: () => Promise.resolve().then(() => (init_elementwise(), elementwise_exports)),
  activation: () => Promise.resolve().then(() => (init_activation(), activation_exports)),
  normalization: () => Promise.resolve().then(() => (init_normalization(), normalization_exports)),
  reduce: () => Promise.resolve().then(() => (init_reduce(), reduce_exports)),
  quantize: () => Promise.resolve().then(() => (init_quantize(), quantize_exports)),
  "shape-ops": () => Promise.resolve().then(() => (init_shape_ops(), shape_ops_exports)),
  tensor: () => Promise.resolve().then(() => (init_tensor(), tensor_exports)),
  indexing: () => Promise.resolve().then(() => (init_indexing(), indexing_exports)),
  resize: () => Promise.resolve().then(() => (init_resize(), resize_exports)),
  generators: () => Promise.resolve().then(() => (init_generators(), generators_exports)),
  ml: () => Promise.resolve().then(() => (init_ml(), ml_exports)),
  "control-flow": () => Promise.resolve().then(() => (init_control_flow(), control_flow_exports)),
  signal: () => Promise.resolve().then(() => (init_signal(), signal_exports)),
  loss: () => Promise.resolve().then(() => (init_loss(), loss_exports)),
  text: () => Promise.resolve().then(() => (init_text(), text_exports)),
  "state-space": () => Promise.resolve().then(() => (init_state_space(), state_space_exports)),
  tflite: () => Promise.resolve().then(() => (init_tflite(), tflite_exports))
};
var OP_FAMILIES = Object.keys(FAMILY_LOADERS);

// build/src/ops/op-index.js
var OP_INDEX = {
  conv: {
    "": [
      "Conv",
      "ConvInteger",
      "ConvTranspose",
      "DeformConv",
      "QLinearConv"
    ],
    "com.microsoft": [
      "FusedConv",
      "NhwcConv",
      "NhwcFusedConv",
      "QLinearConv"
    ]
  },
  pool: {
    "": [
      "AveragePool",
      "GlobalAveragePool",
      "GlobalLpPool",
      "GlobalMaxPool",
      "LpPool",
      "MaxPool",
      "MaxRoiPool",
      "MaxUnpool",
      "RoiAlign"
    ],
    "com.microsoft": [
      "NhwcMaxPool",
      "QLinearAveragePool",
      "QLinearGlobalAveragePool"
    ]
  },
  matmul: {
    "": [
      "Einsum",
      "Gemm",
      "MatMul",
      "MatMulInteger",
      "QLinearMatMul"
    ],
    "com.microsoft": [
      "DynamicQuantizeMatMul",
      "FusedGemm",
      "FusedMatMul",
      "MatMulIntegerToFloat",
      "MatMulNBits",
      "QGemm",
      "QOrderedMatMul",
      "TransposeMatMul"
    ]
  },
  rnn: {
    "": [
      "GRU",
      "LSTM",
      "RNN"
    ]
  },
  attention: {
    "": [
      "Attention",
      "RotaryEmbedding"
    ],
    "com.microsoft": [
      "Attention",
      "GroupQueryAttention",
      "MultiHeadAttention",
      "QAttention",
      "RotaryEmbedding"
    ]
  },
  elementwise: {
    "": [
      "Abs",
      "Acos",
      "Acosh",
      "Add",
      "And",
      "Asin",
      "Asinh",
      "Atan",
      "Atanh",
      "BitShift",
      "BitwiseAnd",
      "BitwiseNot",
      "BitwiseOr",
      "BitwiseXor",
      "Ceil",
      "Clip",
      "Cos",
      "Cosh",
      "Div",
      "Equal",
      "Erf",
      "Exp",
      "Floor",
      "Greater",
      "GreaterOrEqual",
      "IsInf",
      "IsNaN",
      "Less",
      "LessOrEqual",
      "Log",
      "Max",
      "Mean",
      "Min",
      "Mod",
      "Mul",
      "Neg",
      "Not",
      "Or",
      "Pow",
      "Reciprocal",
      "Round",
      "Sign",
      "Sin",
      "Sinh",
      "Sqrt",
      "Sub",
      "Sum",
      "Tan",
      "Where",
      "Xor"
    ]
  },
  activation: {
    "": [
      "Celu",
      "Elu",
      "Gelu",
      "HardSigmoid",
      "HardSwish",
      "Hardmax",
      "LeakyRelu",
      "LogSoftmax",
      "Mish",
      "PRelu",
      "Relu",
      "Selu",
      "Shrink",
      "Sigmoid",
      "Softmax",
      "Softplus",
      "Softsign",
      "SwiGLU",
      "Swish",
      "Tanh",
      "ThresholdedRelu"
    ],
    "com.microsoft": [
      "BiasAdd",
      "BiasGelu",
      "BiasSplitGelu",
      "FastGelu",
      "Gelu",
      "QuickGelu"
    ]
  },
  normalization: {
    "": [
      "BatchNormalization",
      "GroupNormalization",
      "InstanceNormalization",
      "LRN",
      "LayerNormalization",
      "LpNormalization",
      "MeanVarianceNormalization",
      "RMSNormalization",
      "SimplifiedLayerNormalization"
    ],
    "com.microsoft": [
      "GroupNorm",
      "LayerNormalization",
      "SimplifiedLayerNormalization",
      "SkipGroupNorm",
      "SkipLayerNormalization",
      "SkipSimplifiedLayerNormalization"
    ]
  },
  reduce: {
    "": [
      "ArgMax",
      "ArgMin",
      "CumProd",
      "CumSum",
      "Det",
      "ReduceL1",
      "ReduceL2",
      "ReduceLogSum",
      "ReduceLogSumExp",
      "ReduceMax",
      "ReduceMean",
      "ReduceMin",
      "ReduceProd",
      "ReduceSum",
      "ReduceSumSquare",
      "TopK"
    ]
  },
  quantize: {
    "": [
      "DequantizeLinear",
      "DynamicQuantizeLinear",
      "QuantizeLinear"
    ],
    "com.microsoft": [
      "DequantizeLinear",
      "QLinearAdd",
      "QLinearLeakyRelu",
      "QLinearMul",
      "QLinearSigmoid",
      "QuantizeLinear"
    ]
  },
  "shape-ops": {
    "": [
      "BitCast",
      "Cast",
      "CastLike",
      "Constant",
      "Dropout",
      "Flatten",
      "Identity",
      "Optional",
      "OptionalGetElement",
      "OptionalHasElement",
      "Reshape",
      "Shape",
      "Size",
      "Squeeze",
      "Unsqueeze"
    ]
  },
  tensor: {
    "": [
      "CenterCropPad",
      "Col2Im",
      "Concat",
      "ConcatFromSequence",
      "DepthToSpace",
      "Expand",
      "Pad",
      "ReverseSequence",
      "SequenceAt",
      "SequenceConstruct",
      "SequenceEmpty",
      "SequenceErase",
      "SequenceInsert",
      "SequenceLength",
      "SpaceToDepth",
      "Split",
      "SplitToSequence",
      "Tile",
      "Transpose",
      "Trilu"
    ]
  },
  indexing: {
    "": [
      "Compress",
      "Gather",
      "GatherElements",
      "GatherND",
      "NonMaxSuppression",
      "NonZero",
      "OneHot",
      "Scatter",
      "ScatterElements",
      "ScatterND",
      "Slice",
      "TensorScatter",
      "Unique"
    ],
    "com.microsoft": [
      "GatherBlockQuantized"
    ]
  },
  resize: {
    "": [
      "AffineGrid",
      "GridSample",
      "Resize",
      "Upsample"
    ]
  },
  generators: {
    "": [
      "Bernoulli",
      "ConstantOfShape",
      "EyeLike",
      "Multinomial",
      "RandomNormal",
      "RandomNormalLike",
      "RandomUniform",
      "RandomUniformLike",
      "Range"
    ]
  },
  ml: {
    "ai.onnx.ml": [
      "ArrayFeatureExtractor",
      "Binarizer",
      "CastMap",
      "CategoryMapper",
      "DictVectorizer",
      "FeatureVectorizer",
      "Imputer",
      "LabelEncoder",
      "LinearClassifier",
      "LinearRegressor",
      "Normalizer",
      "OneHotEncoder",
      "SVMClassifier",
      "SVMRegressor",
      "Scaler",
      "TreeEnsemble",
      "TreeEnsembleClassifier",
      "TreeEnsembleRegressor",
      "ZipMap"
    ]
  },
  "control-flow": {
    "": [
      "If",
      "Loop",
      "Scan",
      "SequenceMap"
    ]
  },
  signal: {
    "": [
      "BlackmanWindow",
      "DFT",
      "HammingWindow",
      "HannWindow",
      "MelWeightMatrix",
      "STFT"
    ]
  },
  loss: {
    "": [
      "NegativeLogLikelihoodLoss",
      "SoftmaxCrossEntropyLoss"
    ]
  },
  text: {
    "": [
      "ImageDecoder",
      "RegexFullMatch",
      "StringConcat",
      "StringNormalizer",
      "StringSplit",
      "TfIdfVectorizer"
    ]
  },
  "state-space": {
    "": [
      "CausalConvWithState",
      "LinearAttention"
    ]
  },
  tflite: {
    "tflite": [
      "ABS",
      "ADD",
      "ADD_N",
      "ARG_MAX",
      "ARG_MIN",
      "ASSIGN_VARIABLE",
      "ATAN2",
      "AVERAGE_POOL_2D",
      "BATCH_MATMUL",
      "BATCH_TO_SPACE_ND",
      "BIDIRECTIONAL_SEQUENCE_LSTM",
      "BIDIRECTIONAL_SEQUENCE_RNN",
      "BITCAST",
      "BITWISE_XOR",
      "BROADCAST_ARGS",
      "BROADCAST_TO",
      "BUCKETIZE",
      "CALL",
      "CALL_ONCE",
      "CAST",
      "CEIL",
      "COMPLEX",
      "COMPLEX_ABS",
      "CONCATENATION",
      "CONCAT_EMBEDDINGS",
      "CONV_2D",
      "CONV_3D",
      "CONV_3D_TRANSPOSE",
      "COS",
      "CUMSUM",
      "DENSIFY",
      "DEPTHWISE_CONV_2D",
      "DEPTH_TO_SPACE",
      "DEQUANTIZE",
      "DILATE",
      "DIV",
      "DYNAMIC_UPDATE_SLICE",
      "ELU",
      "EMBEDDING_LOOKUP",
      "EMBEDDING_LOOKUP_SPARSE",
      "EQUAL",
      "EXP",
      "EXPAND_DIMS",
      "FAKE_QUANT",
      "FILL",
      "FLOOR",
      "FLOOR_DIV",
      "FLOOR_MOD",
      "FULLY_CONNECTED",
      "GATHER",
      "GATHER_ND",
      "GELU",
      "GREATER",
      "GREATER_EQUAL",
      "HARD_SWISH",
      "HASHTABLE",
      "HASHTABLE_FIND",
      "HASHTABLE_IMPORT",
      "HASHTABLE_LOOKUP",
      "HASHTABLE_SIZE",
      "IF",
      "IMAG",
      "L2_NORMALIZATION",
      "L2_POOL_2D",
      "LEAKY_RELU",
      "LESS",
      "LESS_EQUAL",
      "LOCAL_RESPONSE_NORMALIZATION",
      "LOG",
      "LOGICAL_AND",
      "LOGICAL_NOT",
      "LOGICAL_OR",
      "LOGISTIC",
      "LOG_SOFTMAX",
      "LSH_PROJECTION",
      "LSTM",
      "MATRIX_DIAG",
      "MATRIX_SET_DIAG",
      "MAXIMUM",
      "MAX_POOL_2D",
      "MEAN",
      "MINIMUM",
      "MIRROR_PAD",
      "MUL",
      "MULTINOMIAL",
      "NEG",
      "NON_MAX_SUPPRESSION_V4",
      "NON_MAX_SUPPRESSION_V5",
      "NOT_EQUAL",
      "ONE_HOT",
      "PACK",
      "PAD",
      "PADV2",
      "POW",
      "PRELU",
      "QUANTIZE",
      "RANDOM_STANDARD_NORMAL",
      "RANDOM_UNIFORM",
      "RANGE",
      "RANK",
      "READ_VARIABLE",
      "REAL",
      "REDUCE_ALL",
      "REDUCE_ANY",
      "REDUCE_MAX",
      "REDUCE_MIN",
      "REDUCE_PROD",
      "RELU",
      "RELU6",
      "RELU_0_TO_1",
      "RELU_N1_TO_1",
      "RESHAPE",
      "RESIZE_BILINEAR",
      "RESIZE_NEAREST_NEIGHBOR",
      "REVERSE_SEQUENCE",
      "REVERSE_V2",
      "RFFT2D",
      "RIGHT_SHIFT",
      "RNN",
      "ROUND",
      "RSQRT",
      "SCATTER_ND",
      "SEGMENT_SUM",
      "SELECT",
      "SELECT_V2",
      "SHAPE",
      "SIGN",
      "SIN",
      "SKIP_GRAM",
      "SLICE",
      "SOFTMAX",
      "SPACE_TO_BATCH_ND",
      "SPACE_TO_DEPTH",
      "SPARSE_TO_DENSE",
      "SPLIT",
      "SPLIT_V",
      "SQRT",
      "SQUARE",
      "SQUARED_DIFFERENCE",
      "SQUEEZE",
      "STRIDED_SLICE",
      "SUB",
      "SUM",
      "SVDF",
      "TANH",
      "TILE",
      "TOPK_V2",
      "TRANSPOSE",
      "TRANSPOSE_CONV",
      "UNIDIRECTIONAL_SEQUENCE_LSTM",
      "UNIDIRECTIONAL_SEQUENCE_RNN",
      "UNIQUE",
      "UNPACK",
      "UNSORTED_SEGMENT_MAX",
      "UNSORTED_SEGMENT_MIN",
      "UNSORTED_SEGMENT_PROD",
      "UNSORTED_SEGMENT_SUM",
      "VAR_HANDLE",
      "WHERE",
      "WHILE",
      "ZEROS_LIKE"
    ]
  }
};

// build/src/ops/registry.js
init_order();
init_ir();
var OpRegistry = class {
  byKey = /* @__PURE__ */ new Map();
  constructor(defs = []) {
    this.add(defs);
  }
  add(defs) {
    for (const def of defs) {
      const key = `${normalizeDomain(def.domain)}::${def.opType}`;
      const list = this.byKey.get(key) ?? [];
      if (list.some((d) => d.since === def.since)) {
        throw new Error(`op ${key} registered twice for since-version ${def.since}`);
      }
      list.push(def);
      list.sort((a, b) => a.since - b.since);
      this.byKey.set(key, list);
    }
  }
  lookup(domain, opType, opset) {
    const list = this.byKey.get(`${normalizeDomain(domain)}::${opType}`);
    if (!list)
      return void 0;
    let found;
    for (const def of list)
      if (def.since <= opset)
        found = def;
    return found ?? list[0];
  }
  has(domain, opType) {
    return this.byKey.has(`${normalizeDomain(domain)}::${opType}`);
  }
  all() {
    return [...this.byKey.values()].flat().sort((a, b) => compareCodeUnits(a.domain, b.domain) || compareCodeUnits(a.opType, b.opType) || a.since - b.since);
  }
};

// build/src/ops/load.js
var registry = new OpRegistry();
var loading = /* @__PURE__ */ new Map();
var loaded = /* @__PURE__ */ new Set();
var definingMemo = /* @__PURE__ */ new Map();
function familiesDefining(domain, opType) {
  const known2 = definingMemo.get(domain)?.get(opType);
  if (known2 !== void 0)
    return known2;
  const found = [];
  for (let i = 0; i < OP_FAMILIES.length; i++) {
    const byDomain = OP_INDEX[OP_FAMILIES[i]];
    if (Object.hasOwn(byDomain, domain) && byDomain[domain].includes(opType))
      found.push(OP_FAMILIES[i]);
  }
  if (found.length > 0) {
    let byType = definingMemo.get(domain);
    if (byType === void 0)
      definingMemo.set(domain, byType = /* @__PURE__ */ new Map());
    byType.set(opType, found);
  }
  return found;
}
function loadFamily(family) {
  let p = loading.get(family);
  if (!p) {
    p = FAMILY_LOADERS[family]().then((m) => {
      registry.add(m.ops);
      loaded.add(family);
    });
    loading.set(family, p);
  }
  return p;
}
function loadedFamilies() {
  return [...loaded];
}
async function loadFamilies(families) {
  await Promise.all([...families].map(loadFamily));
}
function familiesOf(model, census = graphCensus(model.graph)) {
  const out = /* @__PURE__ */ new Set();
  const add3 = (families) => {
    for (let i = 0; i < families.length; i++)
      out.add(families[i]);
  };
  const addOps = (c) => c.ops.forEach((byType, domain) => {
    const normalized = normalizeDomain(domain);
    byType.forEach((_, opType) => add3(familiesDefining(normalized, opType)));
  });
  addOps(census);
  if (model.functions.length === 0)
    return out;
  const addCensus = (graph) => addOps(graphCensus(graph));
  for (const f of model.functions) {
    for (const node of f.nodes) {
      add3(familiesDefining(normalizeDomain(node.domain), node.opType));
      for (const { graph } of subgraphsOf(node))
        addCensus(graph);
    }
    for (const a of f.attributeDefaults.values()) {
      if (a.type === "graph")
        addCensus(a.value);
      else if (a.type === "graphs")
        for (const g of a.value)
          addCensus(g);
    }
  }
  return out;
}
async function opLookupFor(model, census = graphCensus(model.graph)) {
  await loadFamilies(familiesOf(model, census));
  return lookup;
}
function lookup(domain, opType, opset) {
  const def = registry.lookup(domain, opType, opset);
  if (def)
    return def;
  for (const f of familiesDefining(normalizeDomain(domain), opType)) {
    if (!loaded.has(f))
      throw new Error(`op ${opType} (domain '${domain}') belongs to family ${f}, which was not loaded`);
  }
  return void 0;
}

// build/src/cli/errors.js
init_errors();

// build/src/report/escape.js
var MARKDOWN_PUNCTUATION = /[\\`*_[\]()#!|~{}+\-.:]/g;
var MAX_NAME_LENGTH = 200;
var ZWJ = "\u200D";
function breakAutolinks(text) {
  return text.replace(/@/g, `@${ZWJ}`).replace(/#(?=\d)/g, `#${ZWJ}`).replace(/(GH-)(?=\d)/gi, `$1${ZWJ}`).replace(/:(?=\/\/)/g, `:${ZWJ}`).replace(/\b(www)(?=\.)/gi, `$1${ZWJ}`);
}
function escapeMarkdown(text, maxLength = MAX_NAME_LENGTH) {
  let t = visibleControls(text.replace(/[\r\n\t]+/g, " "));
  if (t.length > maxLength)
    t = `${Array.from(t).slice(0, maxLength - 1).join("")}\u2026`;
  return breakAutolinks(t).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`);
}
var INVISIBLE_MARKS = "\\u007f-\\u009f\\u061c\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff";
var UNSAFE_IN_LOG = new RegExp(`[\\u0000-\\u001f${INVISIBLE_MARKS}]`, "g");
var UNSAFE_IN_JSON = new RegExp(`[${INVISIBLE_MARKS}]`, "g");
var NAMED_CONTROLS = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function hex2(c, digits) {
  return c.charCodeAt(0).toString(16).padStart(digits, "0");
}
function visible(c) {
  return NAMED_CONTROLS[c] ?? (c.charCodeAt(0) < 256 ? `\\x${hex2(c, 2)}` : `\\u${hex2(c, 4)}`);
}
var LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function visibleSurrogate(c) {
  const code2 = c.charCodeAt(0);
  return code2 >= 56448 && code2 <= 56575 ? `\\x${(code2 - 56320).toString(16)}` : `\\u${hex2(c, 4)}`;
}
function visibleControls(text) {
  return text.replace(UNSAFE_IN_LOG, visible).replace(LONE_SURROGATE, visibleSurrogate);
}
function escapeLog(text) {
  const t = visibleControls(text).replace(/##\[/g, "##\\[");
  return /^\s*::/.test(t) ? `\\${t}` : t;
}
function escapeText(text, maxLength = MAX_NAME_LENGTH) {
  const t = escapeLog(text);
  return t.length > maxLength ? `${Array.from(t).slice(0, maxLength - 1).join("")}\u2026` : t;
}
function escapeCsvField(value) {
  if (typeof value === "number")
    return String(value);
  let s = escapeLog(value);
  if (/^[=+\-@]/.test(s))
    s = `'${s}`;
  return /[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
function jsonForLog(value) {
  const json = JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, (c) => `\\u${hex2(c, 4)}`);
  return `${json.replace(/##\[/g, "##\\u005b")}
`;
}

// build/src/cli/errors.js
var line = (text) => `${escapeLog(text)}
`;
function reportFailure(e, write, debug = process.env["MODEL_BUDGET_DEBUG"] === "1") {
  if (!(e instanceof ModelBudgetError)) {
    write(line(`model-budget: ${internalErrorLine(e)}`));
    if (debug) {
      const wrapped = InternalError.wrap(e);
      const stack = wrapped instanceof InternalError ? wrapped.originalStack : String(e);
      write(stack.split("\n").map(line).join(""));
    }
    return EXIT.INTERNAL;
  }
  if (e instanceof ModelFileError)
    write(line(`model-budget: ${e.file}: ${e.detail}`));
  else if (e instanceof UsageError)
    write(`${line(`model-budget: ${e.message}`)}Run 'model-budget --help' for usage.
`);
  else
    write(line(`model-budget: ${e.message}`));
  return EXIT.BAD_INPUT;
}
function reportOn(stderr2, e) {
  try {
    return reportFailure(e, stderr2);
  } catch {
    return reportFailure(e, () => void 0);
  }
}

// build/src/cli/output.js
var import_node_fs9 = require("node:fs");
var import_node_module2 = __toESM(require("node:module"), 1);
init_errors();
var OutputError = class extends ModelBudgetError {
  name = "OutputError";
};
function fdWriter(fd, what, stream, late) {
  let readerGone = false;
  let viaStream;
  let firstWrite = true;
  const failure = (code2) => new OutputError(`cannot write to ${what}: ${code2 ?? "unknown error"}`);
  const toStream = () => {
    const s = stream();
    s.on("error", (err) => {
      if (err.code !== "EPIPE")
        late(failure(err.code));
    });
    return s;
  };
  return (text) => {
    if (readerGone || text === "")
      return;
    if (firstWrite) {
      firstWrite = false;
      if (isWindowsConsole(fd))
        viaStream = toStream();
    }
    if (viaStream) {
      viaStream.write(text);
      return;
    }
    const bytes = Buffer.from(text, "utf8");
    let at = 0;
    while (at < bytes.length) {
      try {
        at += (0, import_node_fs9.writeSync)(fd, bytes, at);
      } catch (e) {
        const code2 = e.code;
        if (code2 === "EPIPE") {
          readerGone = true;
          return;
        }
        if (code2 !== "EAGAIN")
          throw failure(code2);
        viaStream = toStream();
        viaStream.write(bytes.subarray(at));
        return;
      }
    }
  };
}
function isWindowsConsole(fd) {
  return process.platform === "win32" && import_node_module2.default.createRequire(__modelBudgetImportMetaUrl)("node:tty").isatty(fd);
}
var stderr = fdWriter(2, "standard error", () => process.stderr, () => {
  process.exitCode = EXIT.BAD_INPUT;
});
var stdout = fdWriter(1, "standard output", () => process.stdout, (e) => {
  try {
    stderr(`model-budget: ${e.message}
`);
  } catch {
  }
  process.exitCode = EXIT.BAD_INPUT;
});

// build/src/profile/index.js
init_errors();
init_errors();
init_errors();

// build/src/shapes/engine.js
init_errors();
init_dtype();

// build/src/graph/weight-inputs.js
init_ir();
var WEIGHT_INPUTS = /* @__PURE__ */ new Map([
  ["DequantizeLinear", /* @__PURE__ */ new Map([["", 0], ["com.microsoft", 0]])],
  ["QLinearConv", /* @__PURE__ */ new Map([["", 8], ["com.microsoft", 8]])],
  ["QGemm", /* @__PURE__ */ new Map([["com.microsoft", 6]])]
]);
function weightInputIndex(node) {
  const byDomain = WEIGHT_INPUTS.get(node.opType);
  return byDomain === void 0 ? -1 : byDomain.get(normalizeDomain(node.domain)) ?? -1;
}
function isWeightInput(node, index) {
  return weightInputIndex(node) === index;
}
function anyWeightInputOp(ops23) {
  for (const [opType, domains] of WEIGHT_INPUTS) {
    for (const [domain, byType] of ops23)
      if (byType.has(opType) && domains.has(normalizeDomain(domain)))
        return true;
  }
  return false;
}

// build/src/graph/weight-values.js
init_ir();
var VALUE_PRESERVING = /* @__PURE__ */ new Set(["Identity", "Reshape", "Transpose", "Squeeze", "Unsqueeze", "Flatten", "Expand", "Cast"]);
var WEIGHT_LAYOUT_OPS = [...VALUE_PRESERVING];
function layoutRoots(levels) {
  let source;
  const root = /* @__PURE__ */ new Map();
  const path = [];
  return (name) => {
    source ??= layoutSources(levels);
    let at = name;
    let found;
    for (; ; ) {
      found = root.get(at);
      if (found !== void 0)
        break;
      const from = source.get(at);
      if (from === void 0 || path.length > source.size) {
        found = at;
        break;
      }
      path.push(at);
      at = from;
    }
    for (const p of path)
      root.set(p, found);
    path.length = 0;
    return found;
  };
}
function layoutSources(levels) {
  const source = /* @__PURE__ */ new Map();
  for (const nodes of levels) {
    for (let n = 0; n < nodes.length; n++) {
      const node = nodes[n];
      if (!VALUE_PRESERVING.has(node.opType) || normalizeDomain(node.domain) !== "")
        continue;
      const out = node.outputs[0];
      const input = node.inputs[0];
      if (out && input && !source.has(out))
        source.set(out, input);
    }
  }
  return source;
}
var NONE2 = { graph: /* @__PURE__ */ new Set(), functions: /* @__PURE__ */ new Map() };
function valuesReadAsWeightsOf(census, functions) {
  if (functions.length === 0 && !anyWeightInputOp(census.ops))
    return NONE2;
  return valuesReadAsWeights(census.graphs, functions);
}
function valuesReadAsWeights(graphs, functions) {
  const byKey = new Map(functions.map((f) => [`${normalizeDomain(f.domain)}::${f.name}`, f]));
  const calleeOf2 = (node) => byKey.size > 0 ? byKey.get(`${normalizeDomain(node.domain)}::${node.opType}`) : void 0;
  const first = /* @__PURE__ */ new Map();
  let formalCount = 0;
  for (const f of functions) {
    first.set(f, formalCount);
    formalCount += f.inputs.length;
  }
  const rootsOf = new Map(functions.map((f) => [f, layoutRoots([f.nodes])]));
  const reached = new Uint8Array(formalCount);
  const head = new Int32Array(formalCount).fill(-1);
  const fedFormal = [];
  const nextFed = [];
  const pending3 = [];
  const reach = (formal) => {
    if (reached[formal] === 1)
      return;
    reached[formal] = 1;
    pending3.push(formal);
  };
  for (const f of functions) {
    const position = /* @__PURE__ */ new Map();
    f.inputs.forEach((name, k) => {
      if (!position.has(name))
        position.set(name, k);
    });
    const base = first.get(f);
    const rootOf = rootsOf.get(f);
    for (const node of f.nodes) {
      const callee = calleeOf2(node);
      const weightAt = weightInputIndex(node);
      if (weightAt < 0 && !callee)
        continue;
      const inputs = node.inputs;
      for (let i = 0; i < inputs.length; i++) {
        const weight = i === weightAt;
        if (inputs[i] === "" || !(weight || callee && i < callee.inputs.length))
          continue;
        const k = position.get(rootOf(inputs[i]));
        if (k === void 0)
          continue;
        if (weight)
          reach(base + k);
        else {
          const calleeFormal = first.get(callee) + i;
          nextFed.push(head[calleeFormal]);
          head[calleeFormal] = fedFormal.length;
          fedFormal.push(base + k);
        }
      }
    }
  }
  for (let formal = pending3.pop(); formal !== void 0; formal = pending3.pop()) {
    for (let e = head[formal]; e >= 0; e = nextFed[e])
      reach(fedFormal[e]);
  }
  const collect = (levels2, rootOf) => {
    const names = /* @__PURE__ */ new Set();
    for (const nodes of levels2) {
      for (let n = 0; n < nodes.length; n++) {
        const node = nodes[n];
        const callee = calleeOf2(node);
        const weightAt = weightInputIndex(node);
        if (weightAt < 0 && !callee)
          continue;
        const calleeFirst = callee ? first.get(callee) : -1;
        const calleeInputs = callee ? callee.inputs.length : 0;
        const inputs = node.inputs;
        for (let i = 0; i < inputs.length; i++) {
          if (inputs[i] === "")
            continue;
          if (i === weightAt || i < calleeInputs && reached[calleeFirst + i] === 1)
            names.add(rootOf(inputs[i]));
        }
      }
    }
    return names;
  };
  const levels = graphs.map((g) => g.nodes);
  return {
    graph: collect(levels, layoutRoots(levels)),
    functions: new Map(functions.map((f) => [f, collect([f.nodes], rootsOf.get(f))]))
  };
}

// build/src/shapes/engine.js
init_ir();
init_order();

// build/src/shapes/attributes.js
init_types();
var NodeAttributes = class {
  constructor(node) {
    this.node = node;
  }
  get(name, kind) {
    const attr = this.node.attributes.get(name);
    return attr ? coerce(name, attr, kind) : void 0;
  }
  has(name) {
    return this.node.attributes.has(name);
  }
  int(name, def) {
    return required(name, this.get(name, "int")?.value, def);
  }
  ints(name, def) {
    return required(name, this.get(name, "ints")?.value, def);
  }
  float(name, def) {
    return required(name, this.get(name, "float")?.value, def);
  }
  floats(name, def) {
    return required(name, this.get(name, "floats")?.value, def);
  }
  string(name, def) {
    return required(name, this.get(name, "string")?.value, def);
  }
  strings(name, def) {
    return required(name, this.get(name, "strings")?.value, def);
  }
  tensor(name) {
    return this.get(name, "tensor")?.value;
  }
  graph(name) {
    return this.get(name, "graph")?.value;
  }
};
function coerce(name, attr, kind) {
  if (attr.type === kind)
    return attr;
  if (kind === "ints" && attr.type === "int")
    return { type: "ints", value: [attr.value] };
  if (kind === "floats" && attr.type === "float")
    return { type: "floats", value: [attr.value] };
  if (kind === "float" && attr.type === "int")
    return { type: "float", value: attr.value };
  throw new OpError(`attribute '${name}' should be ${kind} but is ${attr.type}`);
}
function required(name, value, def) {
  if (value !== void 0)
    return value;
  if (def !== void 0)
    return def;
  throw new OpError(`required attribute '${name}' is missing`);
}
function attrReader(node) {
  return new NodeAttributes(node);
}

// build/src/shapes/engine.js
init_errors();
init_topo();
init_limits();
init_types();
init_exact();
init_errors();
var UNKNOWN_TYPE = { dtype: void 0, shape: void 0 };
var MAX_SAFE2 = Number.MAX_SAFE_INTEGER;
var ZERO_COST = { macs: 0, flops: 0, bytes: 0 };
function domainLabel(domain) {
  return domain === "" ? "ai.onnx" : domain;
}
function originAt(flat, f) {
  return flat.origins === void 0 ? flat.origin : flat.origins[f];
}
var MAX_FRESH_DIMS_PER_NODE = 16 * MAX_RANK;
function stored(name, type, value, isConstant, isInitializer, storedParams = -1) {
  return { name, type, value, isConstant, isInitializer, storedParams };
}
var Scope = class {
  parent;
  ids = new ValueIds();
  byId = [];
  constructor(parent) {
    this.parent = parent;
  }
  set(name, value) {
    this.byId[this.ids.idOf(name)] = value;
    return this;
  }
  lookup(name) {
    const id2 = this.ids.ids.get(name);
    return (id2 === void 0 ? void 0 : this.byId[id2]) ?? this.parent?.lookup(name);
  }
  read(id2, name) {
    return this.byId[id2] ?? this.parent?.lookup(name);
  }
  get(name) {
    const id2 = this.ids.ids.get(name);
    return id2 === void 0 ? void 0 : this.byId[id2];
  }
};
function formatType(t) {
  if (!t)
    return "?";
  const shape = t.shape ? `[${t.shape.join(",")}]` : "[?]";
  return `${t.dtype ?? "?"}${shape}`;
}
function formatInfo(v) {
  const shape = v.shape ? `[${v.shape.map((d) => d === null ? "?" : d).join(",")}]` : "[?]";
  return `${v.dtype ?? "?"}${shape}`;
}
var Engine = class {
  model;
  lookup;
  options;
  results = [];
  warnings = [];
  warned = /* @__PURE__ */ new Set();
  unknown = /* @__PURE__ */ new Map();
  reasons = /* @__PURE__ */ new Map();
  functions = /* @__PURE__ */ new Map();
  modelOpsets;
  bindings = /* @__PURE__ */ new Map();
  freshCount = 0;
  unimported = /* @__PURE__ */ new Set();
  silent = 0;
  freshNames = /* @__PURE__ */ new Set();
  expanded = 0;
  expandedInputs = 0;
  weightValues;
  expandedWeights = /* @__PURE__ */ new Set();
  readAsWeight = (name) => this.weightValues.graph.has(name) || this.expandedWeights.has(name);
  constructor(model, lookup2, options) {
    this.model = model;
    this.lookup = lookup2;
    this.options = options;
    const opsets = /* @__PURE__ */ new Map();
    for (const [d, v] of model.opsetImports)
      opsets.set(normalizeDomain(d), v);
    this.modelOpsets = opsets;
    for (const f of model.functions)
      this.functions.set(`${normalizeDomain(f.domain)}::${f.name}`, f);
    this.weightValues = options.weightValues ?? valuesReadAsWeights(walkGraphs(model.graph), model.functions);
  }
  run() {
    const graph = this.model.graph;
    const main = new Scope(void 0);
    const inputs = this.bindInputs(graph, main);
    const level = {
      path: "",
      label: "main",
      scope: main,
      valueInfo: valueInfoMap(graph),
      inTotals: true,
      parent: void 0
    };
    const flat = this.flatten(graph.nodes, { scope: "", opsets: this.modelOpsets, calls: NONE3, depth: 0 });
    const index = indexLevel(flat.nodes, main.ids, level.label);
    const frees = this.lifetimes(flat, index, graph, main, true);
    const first = this.results.length;
    this.runLevel(flat, index, level, frees);
    const mainIds = mainValueIds(main, inputs, index, frees);
    const outputs = graph.outputs.map((o) => {
      const v = main.lookup(o.name);
      if (!v)
        this.warn(`graph output '${o.name}' is not produced by any node, input or initializer`);
      return { name: o.name, type: v?.type ?? UNKNOWN_TYPE };
    });
    const nodes = this.results;
    const sum3 = new ExactSum();
    for (let i = 0; i < nodes.length; i++) {
      const r = nodes[i];
      if (!r)
        throw new Error(`engine bug: node slot ${i} never filled`);
      if (i >= first && r.inTotals)
        sum3.add(r);
    }
    const exactTotals = sum3.value();
    const totals = numbersOf(exactTotals);
    if (!(Number.isFinite(totals.macs) && Number.isFinite(totals.flops) && Number.isFinite(totals.bytes)))
      throw new LimitError(`the model's total cost is beyond 1.8e308, the largest number model-budget can report: not measurable`);
    const unknownOps = [...this.unknown.values()].sort((a, b) => b.count - a.count || compareCodeUnits(a.opType, b.opType));
    return {
      nodes,
      values: main,
      inputs,
      outputs,
      liveAtStart: inputs.map((i) => i.name),
      mainIds,
      totals,
      exactTotals,
      warnings: this.warnings,
      unknownOps,
      executed: { nodes: this.expanded, inputs: this.expandedInputs },
      lowerBoundReasons: [...this.reasons.values()].map((r) => {
        if (r.count === 1)
          return r.text;
        return r.style === "nodes" ? `${r.text} (${r.count} nodes)` : `${r.text} (and ${r.count - 1} more like it)`;
      })
    };
  }
  warn(message) {
    if (this.warned.has(message))
      return;
    this.warned.add(message);
    this.warnings.push(message);
  }
  reason(key, text, style = "more") {
    if (this.silent > 0)
      return;
    const r = this.reasons.get(key);
    if (r)
      r.count++;
    else
      this.reasons.set(key, { text, count: 1, style });
  }
  fresh(hint) {
    this.freshCount++;
    const name = `${hint}_${this.freshCount}`;
    this.freshNames.add(name);
    return name;
  }
  bindInputs(graph, scope) {
    const givenObject = this.options.inputShapes ?? {};
    const given2 = new Map(Object.entries(givenObject));
    const bindable = graph.inputs.filter((v) => !graph.initializers.has(v.name));
    if (bindable.length > MAX_GRAPH_INPUTS) {
      throw new LimitError(`the main graph has ${bindable.length.toLocaleString("en-US")} inputs, more than the ${MAX_GRAPH_INPUTS.toLocaleString("en-US")} model-budget profiles`);
    }
    const bindableNames = new Set(bindable.map((v) => v.name));
    for (const name of given2.keys()) {
      if (!bindableNames.has(name)) {
        const names = bindable.map((v) => v.name).join(", ");
        throw new GraphError(`--input ${name}: the model has no input '${name}' (inputs: ${names || "none"})`);
      }
    }
    let named;
    for (const [name, value] of Object.entries(this.options.dims ?? {})) {
      named ??= symbolicDimNames(graph);
      if (!Number.isSafeInteger(value) || value < 0)
        throw new GraphError(`--dim ${name}=${value}: a dim must be a non-negative integer below 2^53`);
      if (!named.has(name)) {
        this.warn(`--dim ${name}=${value}: no dim of the model is named '${name}'${named.size ? ` (named dims: ${[...named].join(", ")})` : ""}`);
      }
      this.bindings.set(name, value);
    }
    for (const v of bindable) {
      const shape = given2.get(v.name);
      if (!shape)
        continue;
      if (v.shape && v.shape.length !== shape.length) {
        throw new GraphError(`--input ${v.name}=${shape.join("x")}: the model's input '${v.name}' has rank ${v.shape.length} [${v.shape.map((d) => d ?? "?").join(",")}], not ${shape.length}`);
      }
      shape.forEach((d, i) => {
        if (!Number.isSafeInteger(d) || d < 0)
          throw new GraphError(`--input ${v.name}: dim ${d} is not a non-negative integer below 2^53`);
        const declared = v.shape?.[i];
        if (typeof declared === "string") {
          const bound3 = this.bindings.get(declared);
          if (bound3 === void 0)
            this.bindings.set(declared, d);
          else if (bound3 !== d)
            this.warn(`--input ${v.name}: dim ${i} ('${declared}') is ${d}, but '${declared}' is bound to ${bound3} elsewhere`);
        } else if (typeof declared === "number" && declared !== d) {
          this.warn(`--input ${v.name}: dim ${i} is ${declared} in the model, using ${d} as given`);
        }
      });
    }
    const bound2 = [];
    for (const v of bindable) {
      checkRank(v.shape?.length ?? 0, `input '${v.name}'`);
      const explicit = given2.get(v.name);
      let shape;
      if (explicit)
        shape = [...explicit];
      else if (v.shape) {
        shape = v.shape.map((d, i) => {
          if (typeof d === "number")
            return d;
          if (d !== null && this.bindings.has(d))
            return this.bindings.get(d);
          if (d !== null) {
            this.warn(`symbolic dim '${d}' of input '${v.name}' is not bound; using 1 (pass --dim ${d}=N or --input ${v.name}=...)`);
            this.bindings.set(d, 1);
            return 1;
          }
          this.warn(`dim ${i} of input '${v.name}' has no size or name; using 1 (pass --input ${v.name}=...)`);
          return 1;
        });
      } else {
        this.warn(`input '${v.name}' has unknown rank; pass --input ${v.name}=...`);
      }
      if (v.kind !== "tensor")
        this.warn(`input '${v.name}' is a ${v.kind}, not a tensor; its size is not known`);
      const type = { dtype: v.dtype, shape };
      scope.set(v.name, stored(v.name, type, void 0, false, false));
      bound2.push({ name: v.name, type });
    }
    this.addInitializers(graph, scope);
    return bound2;
  }
  addInitializers(graph, scope) {
    graph.initializers.forEach((t, name) => {
      const value = t.values && t.values.length <= MAX_FOLD_ELEMENTS && t.values.length === t.elements ? { dtype: t.dtype, shape: t.dims, data: t.values } : void 0;
      const type = { dtype: t.dtype, shape: t.dims };
      const byStorage = t.quantization !== void 0 || t.storedElements !== void 0 && isWeightDType(t.dtype) ? t.storedElements ?? t.elements : -1;
      scope.set(name, stored(name, type, value, true, true, byStorage));
    });
  }
  typeFromInfo(v) {
    checkRank(v.shape?.length ?? 0, `value '${v.name}' (value_info)`);
    return {
      dtype: v.dtype,
      shape: v.shape?.map((d) => {
        if (typeof d === "number")
          return d;
        if (d === null)
          return this.fresh("unk");
        return this.bindings.get(d) ?? d;
      })
    };
  }
  flatten(nodes, origin) {
    if (this.functions.size === 0) {
      if (origin.calls.length === 0)
        this.checkExecuted(this.expanded + nodes.length, this.expandedInputs, nodes[0]);
      let named;
      for (let index = 0; index < nodes.length; index++) {
        const raw = nodes[index];
        let node = raw;
        if (!raw.name) {
          node = { ...raw, name: `${raw.opType}_${index}` };
          named ??= nodes.slice();
          named[index] = node;
        }
        this.checkExecuted(++this.expanded, this.expandedInputs += raw.inputs.length + raw.outputs.length, node);
      }
      return { nodes: named ?? nodes, origin, origins: void 0 };
    }
    if (origin.calls.length === 0) {
      const total = { nodes: 0, inputs: 0 };
      for (const n of nodes)
        this.addExpandedSize(n, [], total);
      this.checkExecuted(this.expanded + total.nodes, this.expandedInputs + total.inputs, nodes[0]);
    }
    const out = [];
    const origins = [];
    this.expandInto(nodes, origin, out, origins);
    return { nodes: out, origin, origins };
  }
  expandInto(nodes, origin, out, origins) {
    const { scope, calls, depth } = origin;
    nodes.forEach((raw, index) => {
      const node = raw.name ? raw : { ...raw, name: `${raw.opType}_${index}` };
      const key = `${normalizeDomain(node.domain)}::${node.opType}`;
      const fn = this.functions.get(key);
      if (!fn) {
        this.checkExecuted(++this.expanded, this.expandedInputs += node.inputs.length + node.outputs.length, node);
        out.push(node);
        origins.push(origin);
        return;
      }
      if (calls.includes(key)) {
        throw new GraphError(`local function '${fn.name}' calls itself (through ${[...calls, key].join(" -> ")})`);
      }
      checkDepth(depth + 1, `local function '${fn.name}' (called by node '${raw.name || node.opType}')`);
      const fnOpsets = new Map(this.modelOpsets);
      for (const [d, v] of fn.opsetImports)
        fnOpsets.set(normalizeDomain(d), v);
      const inner = expandFunction(fn, node);
      this.noteExpandedWeights(fn, inner);
      const innerScope = scope ? `${scope}/${fn.name}` : fn.name;
      this.expandInto(inner, { scope: innerScope, opsets: fnOpsets, calls: [...calls, key], depth: depth + 1 }, out, origins);
    });
  }
  noteExpandedWeights(fn, inner) {
    const names = this.weightValues.functions.get(fn);
    if (names === void 0 || names.size === 0)
      return;
    fn.nodes.forEach((n, k) => {
      const out = inner[k].outputs[0];
      if (n.constant === true && out && names.has(n.outputs[0]))
        this.expandedWeights.add(out);
    });
  }
  sizes = /* @__PURE__ */ new Map();
  addExpandedSize(node, calls, total) {
    const key = `${normalizeDomain(node.domain)}::${node.opType}`;
    const fn = this.functions.get(key);
    if (!fn) {
      total.nodes += 1;
      total.inputs += node.inputs.length + node.outputs.length;
      return;
    }
    let size = this.sizes.get(key);
    if (size === void 0) {
      if (calls.includes(key))
        throw new GraphError(`local function '${fn.name}' calls itself (through ${[...calls, key].join(" -> ")})`);
      checkDepth(calls.length + 1, `local function '${fn.name}'`);
      size = { nodes: 0, inputs: 0 };
      for (const n of fn.nodes)
        this.addExpandedSize(n, [...calls, key], size);
      this.sizes.set(key, size);
    }
    total.nodes += size.nodes;
    total.inputs += size.inputs;
  }
  checkExecuted(nodes, inputs, at) {
    if (nodes <= MAX_EXECUTED_NODES && inputs <= MAX_EXECUTED_INPUTS)
      return;
    const what = nodes > MAX_EXECUTED_NODES ? `runs more than ${MAX_EXECUTED_NODES.toLocaleString("en-US")} nodes` : `runs nodes that read and write more than ${MAX_EXECUTED_INPUTS.toLocaleString("en-US")} values in all`;
    throw new LimitError(`the model ${what} (local functions expanded, control-flow bodies included), the most model-budget profiles${at ? ` (at node '${at.name || at.opType}')` : ""}`);
  }
  lifetimes(flat, index, graph, scope, main) {
    const ids = scope.ids;
    const nodes = flat.nodes;
    const n = nodes.length;
    const last = new Int32Array(ids.size).fill(UNTRACKED);
    const tracked = [];
    if (main) {
      for (let id2 = 0; id2 < scope.byId.length; id2++) {
        const v = scope.byId[id2];
        if (v && !v.isConstant) {
          last[id2] = -1;
          tracked.push(id2);
        }
      }
    }
    const { order, reads, readStart, outs, outStart } = index;
    for (let i = 0; i < n; i++) {
      const f = order[i];
      const constant = nodes[f].constant === true;
      for (let k = outStart[f]; k < outStart[f + 1]; k++) {
        const id2 = outs[k];
        if (id2 === NO_VALUE)
          continue;
        if (constant)
          last[id2] = DROPPED;
        else if (last[id2] === UNTRACKED) {
          last[id2] = i;
          tracked.push(id2);
        }
      }
      for (let k = readStart[f]; k < readStart[f + 1]; k++) {
        const id2 = reads[k];
        if (id2 !== NO_VALUE && last[id2] >= -1)
          last[id2] = i;
      }
    }
    const keep = new Uint8Array(ids.size);
    for (const o of graph.outputs) {
      const id2 = ids.ids.get(o.name);
      if (id2 !== void 0)
        keep[id2] = 1;
    }
    const start = new Int32Array(n + 1);
    for (let t = 0; t < tracked.length; t++) {
      const id2 = tracked[t];
      const at = Math.max(last[id2], 0);
      if (last[id2] !== DROPPED && at < n && keep[id2] === 0)
        start[at + 1]++;
    }
    for (let i = 0; i < n; i++)
      start[i + 1] += start[i];
    const names = new Array(start[n]);
    const dying = new Int32Array(start[n]);
    const fill = start.slice(0, n);
    for (let t = 0; t < tracked.length; t++) {
      const id2 = tracked[t];
      const at = Math.max(last[id2], 0);
      if (last[id2] !== DROPPED && at < n && keep[id2] === 0) {
        dying[fill[at]] = id2;
        names[fill[at]++] = ids.names[id2];
      }
    }
    return { names, ids: dying, start };
  }
  runLevel(flat, index, level, frees) {
    const nodes = flat.nodes;
    const indices = new Array(nodes.length);
    for (let i = 0; i < nodes.length; i++) {
      const f = index.order[i];
      indices[i] = this.runNode(nodes[f], originAt(flat, f), index, f, level, frees, i);
    }
    return indices;
  }
  fromValueInfo(node, level) {
    const out = new Array(node.outputs.length);
    for (let i = 0; i < out.length; i++) {
      const o = node.outputs[i];
      const vi = o ? level.valueInfo.get(o) : void 0;
      out[i] = vi ? this.typeFromInfo(vi) : UNKNOWN_TYPE;
    }
    return out;
  }
  rankFromValueInfo(node, level, out) {
    let filled;
    for (let i = 0; i < out.length; i++) {
      if (out[i].shape !== void 0)
        continue;
      const name = node.outputs[i];
      const vi = name ? level.valueInfo.get(name) : void 0;
      if (vi?.kind !== "tensor" || !vi.shape)
        continue;
      checkRank(vi.shape.length, `value '${vi.name}' (value_info)`);
      this.reason("declared-shape", `${nodeLabel(node)}${level.path ? ` in ${level.path}` : ""}: output '${name}' has no inferred rank; it takes the shape the file declares (value_info), unchecked`);
      filled ??= [...out];
      filled[i] = {
        dtype: out[i].dtype ?? vi.dtype,
        shape: vi.shape.map((d) => {
          if (typeof d === "number")
            return d;
          const bound2 = d === null ? void 0 : this.bindings.get(d);
          return bound2 ?? this.fresh("declared");
        })
      };
    }
    return filled ?? out;
  }
  unresolvedNote(node, dim, unknownInput) {
    const label = nodeLabel(node);
    if (dim === "rank" || dim === "dtype") {
      const which = unknownInput ? `input '${unknownInput.name}' has unknown ${dim === "rank" ? "shape" : "dtype"}` : `a value has unknown ${dim === "rank" ? "rank" : "dtype"}`;
      this.reason(unknownInput ? "unknown-input" : `unknown-${dim}`, `${label}: ${which}, not costed`);
      return which;
    }
    this.reason(`dim:${dim}`, this.freshNames.has(dim) ? `size '${dim}' depends on the data (${label} not costed)` : `dimension '${dim}' is not resolved (${label} not costed; bind it with --dim ${dim}=N)`);
    return `dimension '${dim}' is not resolved`;
  }
  freshFor(node, count2, hint) {
    if (count2 > MAX_FRESH_DIMS_PER_NODE)
      throw new LimitError(`${nodeLabel(node)}: asks for more than ${MAX_FRESH_DIMS_PER_NODE} unknown dims (is a shape input's length absurd?)`);
    return this.fresh(hint);
  }
  warnFor(node, message) {
    this.warn(`${nodeLabel(node)}: ${message}`);
  }
  defs = /* @__PURE__ */ new Map();
  lastDomain;
  lastOpset = -1;
  lastDefs;
  lookupDef(domain, opType, opset) {
    let byType = this.lastDefs;
    if (byType === void 0 || domain !== this.lastDomain || opset !== this.lastOpset) {
      let byOpset = this.defs.get(domain);
      if (!byOpset)
        this.defs.set(domain, byOpset = /* @__PURE__ */ new Map());
      byType = byOpset.get(opset);
      if (!byType)
        byOpset.set(opset, byType = /* @__PURE__ */ new Map());
      this.lastDomain = domain;
      this.lastOpset = opset;
      this.lastDefs = byType;
    }
    let def = byType.get(opType);
    if (def === void 0)
      byType.set(opType, def = this.lookup(domain, opType, opset) ?? null);
    return def ?? void 0;
  }
  runNode(node, origin, levelIndex, f, level, frees, index) {
    const domain = normalizeDomain(node.domain);
    let opset = origin.opsets.get(domain);
    let def;
    if (opset === void 0) {
      def = this.lookupDef(domain, node.opType, Number.MAX_SAFE_INTEGER);
      opset = def?.since ?? 1;
      if (def && !this.unimported.has(domain)) {
        this.unimported.add(domain);
        this.warn(`no opset import for domain '${domainLabel(domain)}' (node '${node.name}'); using the latest definition of its ops`);
      }
    } else {
      def = this.lookupDef(domain, node.opType, opset);
    }
    const slot = this.results.length;
    this.results.push(void 0);
    const scope = level.scope;
    const opInputs = new Array(node.inputs.length);
    let unknownInput;
    const readBase = levelIndex.readStart[f];
    for (let i = 0; i < opInputs.length; i++) {
      const id2 = levelIndex.reads[readBase + i];
      if (id2 === NO_VALUE)
        continue;
      const name = node.inputs[i];
      let x = scope.read(id2, name);
      if (!x) {
        this.warn(`node '${node.name}' reads '${name}', which is not a graph input, initializer or node output`);
        x = stored(name, UNKNOWN_TYPE, void 0, false, false);
      }
      opInputs[i] = x;
      if (unknownInput === void 0 && (x.type.shape === void 0 || x.type.dtype === void 0))
        unknownInput = x;
    }
    const outCount = node.outputs.length;
    let outputs;
    let values;
    let cost = ZERO_COST;
    let exact;
    let status = "ok";
    let note2;
    if (!def) {
      status = "unknown-op";
      note2 = `no definition for op '${node.opType}' in domain '${domainLabel(domain)}'`;
      const key = `${domain}::${node.opType}`;
      const u = this.unknown.get(key) ?? { domain, opType: node.opType, count: 0 };
      if (this.silent === 0)
        u.count++;
      if (u.count > 0)
        this.unknown.set(key, u);
      this.reason(`unknown:${key}`, `unknown op ${domainLabel(domain)}::${node.opType} is not costed`, "nodes");
      outputs = this.fromValueInfo(node, level);
    } else {
      const ctx = new NodeContext(this, node, origin, level, slot, opset, opInputs);
      let inferred = false;
      try {
        if (outCount === 0)
          throw new OpError("the node has no outputs");
        const res = def.infer(ctx);
        const given2 = res.outputs;
        let out = given2;
        if (given2.length !== outCount || hasHole(given2)) {
          const filled = new Array(outCount);
          for (let i = 0; i < outCount; i++)
            filled[i] = given2[i] ?? UNKNOWN_TYPE;
          out = filled;
        }
        out = this.rankFromValueInfo(node, level, out);
        let anyUnknownRank = false;
        for (let i = 0; i < outCount; i++) {
          const t = out[i];
          if (t.shape === void 0)
            anyUnknownRank = true;
          else if (t.shape.length > MAX_RANK)
            checkRank(t.shape.length, nodeLabel(node));
        }
        for (let i = 0; i < outCount; i++) {
          const shape = out[i].shape;
          if (shape === void 0)
            continue;
          for (let k = 0; k < shape.length; k++) {
            const d = shape[k];
            if (typeof d === "number" && d >>> 0 !== d && (!Number.isSafeInteger(d) || d < 0))
              throw new OpError(`inferred an invalid dimension ${d}`);
          }
        }
        outputs = out;
        values = foldedValues(res.values, outCount);
        inferred = true;
        if (unknownInput && anyUnknownRank) {
          throw new UnresolvedDimError("rank");
        }
        const c = def.cost(ctx, out, res.plan);
        let bytes;
        if (c.bytes !== void 0)
          bytes = c.bytes;
        else if (def.movesData === false)
          bytes = 0;
        else
          bytes = defaultBytes(opInputs, out);
        cost = c.macs === 0 && c.flops === 0 && bytes === 0 ? ZERO_COST : { macs: c.macs, flops: c.flops, bytes };
        if (c.exact) {
          const e = c.bytes !== void 0 ? c.exact : { ...c.exact, bytes: exactOf(cost).bytes };
          cost = numbersOf(e);
          if (!(Number.isFinite(cost.macs) && Number.isFinite(cost.flops) && Number.isFinite(cost.bytes)))
            throw new LimitError(`${nodeLabel(node)}: cost is beyond 1.8e308, the largest number model-budget can report: not measurable`);
          if (!isSafeCount(e.macs) || !isSafeCount(e.flops) || !isSafeCount(e.bytes))
            exact = e;
        }
        const badKey = cost === ZERO_COST ? void 0 : invalidCostKey(cost);
        if (badKey)
          throw new OpError(`cost ${badKey} came out as ${cost[badKey]} (shapes ${opInputs.map((x) => formatType(x?.type)).join(", ")})`);
        if (!c.exact && (cost.macs > MAX_SAFE2 || cost.flops > MAX_SAFE2 || cost.bytes > MAX_SAFE2)) {
          this.warn(`${nodeLabel(node)}: cost exceeds 2^53; the numbers are approximate (are the input sizes right?)`);
        }
        if (c.note)
          note2 = c.note;
        if (c.lowerBound) {
          status = "lower-bound";
          note2 = c.note ? `${c.lowerBound}; ${c.note}` : c.lowerBound;
          this.reason(`lb:${node.name}:${c.lowerBound}`, `${c.lowerBound} (${nodeLabel(node)}${level.path ? ` in ${level.path}` : ""})`);
        }
      } catch (e) {
        if (e instanceof OpLimitError)
          throw new LimitError(`${nodeLabel(node)}: ${e.message}`);
        if (e instanceof GraphError)
          throw e;
        if (e instanceof UnresolvedDimError) {
          if (!inferred)
            outputs = this.fromValueInfo(node, level);
          status = "unresolved";
          cost = ZERO_COST;
          exact = void 0;
          note2 = this.unresolvedNote(node, e.dim, unknownInput);
        } else if (e instanceof OpError) {
          if (!inferred) {
            outputs = this.fromValueInfo(node, level);
            values = void 0;
          }
          cost = ZERO_COST;
          exact = void 0;
          if (unknownInput) {
            status = "unresolved";
            note2 = `input '${unknownInput.name}' has unknown shape (${e.message})`;
            this.reason("unknown-input", `${nodeLabel(node)}: input '${unknownInput.name}' has unknown shape, not costed`);
          } else {
            status = "error";
            note2 = e.message;
            this.reason(`error:${node.name}`, `${nodeLabel(node)}${level.path ? ` in ${level.path}` : ""}: ${e.message}`);
          }
        } else if (unknownInput) {
          outputs = this.fromValueInfo(node, level);
          values = void 0;
          cost = ZERO_COST;
          exact = void 0;
          status = "unresolved";
          note2 = `input '${unknownInput.name}' has unknown shape`;
          this.reason("unknown-input", `${nodeLabel(node)}: input '${unknownInput.name}' has unknown shape, not costed`);
        } else {
          throw InternalError.wrap(e, { op: `${nodeLabel(node)}${level.path ? ` in ${level.path}` : ""}` });
        }
      }
    }
    const outTypes = outputs ?? this.fromValueInfo(node, level);
    const isConstant = node.constant === true;
    const checkInfo = status !== "unknown-op" && status !== "error";
    const outBase = levelIndex.outStart[f];
    for (let i = 0; i < outCount; i++) {
      const id2 = levelIndex.outs[outBase + i];
      if (id2 === NO_VALUE)
        continue;
      const name = node.outputs[i];
      const type = outTypes[i];
      if (checkInfo) {
        const vi = level.valueInfo.get(name);
        if (vi)
          this.checkValueInfo(node, name, type, vi);
      }
      const value = values?.[i];
      scope.byId[id2] = stored(name, type, value, isConstant, false);
    }
    const result = {
      node,
      scope: origin.scope,
      inTotals: level.inTotals,
      def,
      opset,
      outputs: outTypes,
      cost,
      params: weightParams(node, opInputs, this.readAsWeight),
      status,
      frees: activationsOf(frees, index)
    };
    if (level.parent !== void 0)
      result.parent = level.parent;
    if (exact)
      result.exact = exact;
    if (note2 !== void 0)
      result.note = note2;
    this.results[slot] = result;
    return slot;
  }
  checkValueInfo(node, name, type, vi) {
    if (vi.kind !== "tensor")
      return;
    let agree = true;
    if (vi.dtype && type.dtype && vi.dtype !== type.dtype)
      agree = false;
    if (vi.shape && type.shape) {
      if (vi.shape.length !== type.shape.length)
        agree = false;
      else {
        for (let i = 0; i < vi.shape.length; i++) {
          const d = vi.shape[i];
          const t = type.shape[i];
          if (typeof d === "number" && typeof t === "number" && d !== t)
            agree = false;
        }
      }
    }
    if (!agree) {
      this.warn(`${nodeLabel(node)}: output '${name}' is inferred as ${formatType(type)} but the file's value_info says ${formatInfo(vi)}; using the inferred type`);
    }
  }
  listed = /* @__PURE__ */ new WeakMap();
  runSubgraph(owner, ownerOrigin, level, ownerSlot, graph, inputs, values) {
    const attr = subgraphsOf(owner).find((g) => g.graph === graph)?.attr ?? (graph.name || "body");
    const path = `${ownerOrigin.scope ? `${ownerOrigin.scope}/` : ""}${owner.name}/${attr}`;
    const scope = new Scope(level.scope);
    graph.inputs.forEach((v, i) => {
      const given2 = inputs[i];
      const type = given2 && (given2.shape !== void 0 || given2.dtype !== void 0) ? given2 : this.typeFromInfo(v);
      const value = values[i];
      scope.set(v.name, stored(v.name, type, value, false, false));
    });
    this.addInitializers(graph, scope);
    const seen = this.listed.get(owner) ?? /* @__PURE__ */ new Set();
    this.listed.set(owner, seen);
    const listed = seen.has(graph);
    seen.add(graph);
    const sub2 = { path, label: path, scope, valueInfo: valueInfoMap(graph), inTotals: false, parent: ownerSlot };
    checkDepth(ownerOrigin.depth + 1, `${path} (body of node '${owner.name}')`);
    const flat = this.flatten(graph.nodes, { scope: path, opsets: ownerOrigin.opsets, calls: ownerOrigin.calls, depth: ownerOrigin.depth + 1 });
    const index = indexLevel(flat.nodes, scope.ids, path);
    const start = this.results.length;
    if (listed)
      this.silent++;
    let idx;
    try {
      idx = this.runLevel(flat, index, sub2, listed ? void 0 : this.lifetimes(flat, index, graph, scope, false));
    } finally {
      if (listed)
        this.silent--;
    }
    const sum3 = new ExactSum();
    let lowerBound;
    for (const i of idx) {
      const r = this.results[i];
      sum3.add(r);
      if (r.status !== "ok" && lowerBound === void 0) {
        lowerBound = `${path}: node '${r.node.name}' ${r.status === "lower-bound" ? "is a lower bound" : `is ${r.status}`}${r.note ? ` (${r.note})` : ""}`;
      }
    }
    const exact = sum3.value();
    if (listed)
      this.results.length = start;
    const outs = graph.outputs.map((o) => scope.lookup(o.name));
    return {
      outputs: outs.map((v) => v?.type ?? UNKNOWN_TYPE),
      values: outs.map((v) => v?.value),
      cost: numbersOf(exact),
      exact,
      lowerBound
    };
  }
};
var NONE3 = Object.freeze([]);
var UNTRACKED = -3;
var DROPPED = -2;
function mainValueIds(main, inputs, index, frees) {
  const liveAtStart = new Int32Array(inputs.length);
  for (let i = 0; i < inputs.length; i++)
    liveAtStart[i] = main.ids.ids.get(inputs[i].name);
  const { order, outs, outStart } = index;
  const count2 = main.ids.size;
  if (index.inFileOrder)
    return { count: count2, liveAtStart, outputs: outs, outputStart: outStart, frees: frees.ids, freeStart: frees.start };
  const n = order.length;
  const outputs = new Int32Array(outs.length);
  const outputStart = new Int32Array(n + 1);
  for (let p = 0; p < n; p++) {
    const f = order[p];
    const from = outStart[f];
    const count3 = outStart[f + 1] - from;
    const at = outputStart[p];
    for (let k = 0; k < count3; k++)
      outputs[at + k] = outs[from + k];
    outputStart[p + 1] = at + count3;
  }
  return { count: count2, liveAtStart, outputs, outputStart, frees: frees.ids, freeStart: frees.start };
}
function activationsOf(frees, i) {
  if (!frees)
    return NONE3;
  const from = frees.start[i];
  const to = frees.start[i + 1];
  return from === to ? NONE3 : frees.names.slice(from, to);
}
function hasHole(list) {
  for (let i = 0; i < list.length; i++)
    if (list[i] === void 0)
      return true;
  return false;
}
function invalidCostKey(c) {
  if (!Number.isFinite(c.macs) || c.macs < 0)
    return "macs";
  if (!Number.isFinite(c.flops) || c.flops < 0)
    return "flops";
  if (!Number.isFinite(c.bytes) || c.bytes < 0)
    return "bytes";
  return void 0;
}
function nodeLabel(node) {
  return `node '${node.name}' (${node.opType})`;
}
function foldedValues(given2, count2) {
  if (!given2)
    return void 0;
  let large = false;
  for (let i = 0; i < count2 && i < given2.length; i++) {
    const v = given2[i];
    if (v && v.data.length > MAX_FOLD_ELEMENTS)
      large = true;
  }
  if (!large)
    return given2;
  const out = new Array(count2);
  for (let i = 0; i < count2; i++) {
    const v = given2[i];
    out[i] = v && v.data.length <= MAX_FOLD_ELEMENTS ? v : void 0;
  }
  return out;
}
var NodeContext = class {
  constructor(engine, node, origin, level, slot, opset, inputs) {
    this.engine = engine;
    this.node = node;
    this.origin = origin;
    this.level = level;
    this.slot = slot;
    this.opset = opset;
    this.inputs = inputs;
    this.freshDims = 0;
    this.attrReader = void 0;
  }
  get attrs() {
    return this.attrReader ??= attrReader(this.node);
  }
  input(i) {
    const x = this.inputs[i];
    if (!x)
      throw new OpError(`input ${i} is missing`);
    return x;
  }
  shapeOf(i) {
    const x = this.input(i);
    if (!x.type.shape)
      throw new OpError(`input ${i} ('${x.name}') has unknown rank`);
    return x.type.shape;
  }
  subgraph(graph, inputs, values) {
    return this.engine.runSubgraph(this.node, this.origin, this.level, this.slot, graph, inputs, values ?? []);
  }
  freshDim(hint) {
    return this.engine.freshFor(this.node, ++this.freshDims, hint);
  }
  warn(message) {
    this.engine.warnFor(this.node, message);
  }
};
function checkRank(rank3, what) {
  if (rank3 > MAX_RANK)
    throw new LimitError(`${what}: rank ${rank3.toLocaleString("en-US")} is above ${MAX_RANK}, the largest model-budget supports`);
}
function checkDepth(depth, what) {
  if (depth > MAX_GRAPH_DEPTH)
    throw new LimitError(`${what}: graphs and local-function calls nest more than ${MAX_GRAPH_DEPTH} deep`);
}
function symbolicDimNames(graph) {
  const names = /* @__PURE__ */ new Set();
  for (const g of walkGraphs(graph)) {
    for (const v of [...g.inputs, ...g.outputs, ...g.valueInfo]) {
      for (const d of v.shape ?? [])
        if (typeof d === "string")
          names.add(d);
    }
  }
  return names;
}
function valueInfoMap(graph) {
  const m = /* @__PURE__ */ new Map();
  for (const v of graph.valueInfo)
    m.set(v.name, v);
  for (const v of graph.outputs)
    m.set(v.name, v);
  return m;
}
function readBefore(inputs, i, seen) {
  const name = inputs[i].name;
  if (seen)
    return seen.has(name);
  for (let j = 0; j < i; j++)
    if (inputs[j]?.name === name)
      return true;
  return false;
}
var SCAN_INPUTS = 16;
function seenSet(inputs) {
  return inputs.length > SCAN_INPUTS ? /* @__PURE__ */ new Set() : void 0;
}
function defaultBytes(inputs, outputs) {
  let bytes = 0;
  const seen = seenSet(inputs);
  for (let i = 0; i < inputs.length; i++) {
    const x = inputs[i];
    if (!x || readBefore(inputs, i, seen))
      continue;
    seen?.add(x.name);
    bytes += typeBytes(x.type);
  }
  for (let i = 0; i < outputs.length; i++)
    bytes += typeBytes(outputs[i]);
  return bytes;
}
function typeBytes(t) {
  if (!t.shape)
    throw new UnresolvedDimError("rank");
  if (!t.dtype)
    throw new UnresolvedDimError("dtype");
  let n = 1;
  const shape = t.shape;
  for (let i = 0; i < shape.length; i++) {
    const d = shape[i];
    if (typeof d !== "number")
      throw new UnresolvedDimError(d);
    n *= d;
  }
  return bytesFor(t.dtype, n);
}
function weightParams(node, inputs, readAsWeight) {
  let params = 0;
  const seen = seenSet(inputs);
  for (let i = 0; i < inputs.length; i++) {
    const v = inputs[i];
    if (!v || v.storedParams < 0 && !v.isConstant || readBefore(inputs, i, seen))
      continue;
    seen?.add(v.name);
    if (v.storedParams >= 0) {
      params += v.storedParams;
      continue;
    }
    if (!v.isConstant || !v.type.dtype || !v.type.shape)
      continue;
    if (!(isWeightDType(v.type.dtype) || isWeightInput(node, i) || readAsWeight(v.name)))
      continue;
    let n = 1;
    const shape = v.type.shape;
    for (let k = 0; k < shape.length; k++) {
      const d = shape[k];
      n *= typeof d === "number" ? d : NaN;
    }
    if (Number.isFinite(n))
      params += n;
  }
  return params;
}
function expandFunction(fn, call) {
  const prefix = call.name;
  const rename = /* @__PURE__ */ new Map();
  fn.inputs.forEach((formal, i) => rename.set(formal, call.inputs[i] ?? ""));
  fn.outputs.forEach((formal, i) => rename.set(formal, call.outputs[i] ?? `${prefix}/${formal}`));
  const nameOf2 = (inner) => {
    if (!inner)
      return "";
    return rename.get(inner) ?? `${prefix}/${inner}`;
  };
  const resolveRef = (name) => call.attributes.get(name) ?? fn.attributeDefaults.get(name);
  return fn.nodes.map((n, i) => ({
    ...n,
    name: `${prefix}/${n.name || `${n.opType}_${i}`}`,
    inputs: n.inputs.map(nameOf2),
    outputs: n.outputs.map(nameOf2),
    attributes: rewriteAttrs(n.attributes, nameOf2, resolveRef)
  }));
}
function rewriteAttrs(attrs, outer, resolveRef) {
  const out = /* @__PURE__ */ new Map();
  for (const [k, a] of attrs) {
    if (a.type === "ref") {
      const v = resolveRef(a.value);
      if (v)
        out.set(k, v);
    } else if (a.type === "graph")
      out.set(k, { type: "graph", value: renameGraph(a.value, outer, resolveRef) });
    else if (a.type === "graphs")
      out.set(k, { type: "graphs", value: a.value.map((g) => renameGraph(g, outer, resolveRef)) });
    else
      out.set(k, a);
  }
  return out;
}
function renameGraph(graph, outer, resolveRef) {
  const local = /* @__PURE__ */ new Set();
  for (const v of graph.inputs)
    local.add(v.name);
  for (const n of graph.initializers.keys())
    local.add(n);
  for (const node of graph.nodes)
    for (const o of node.outputs)
      if (o)
        local.add(o);
  const nameOf2 = (n) => !n || local.has(n) ? n : outer(n);
  return {
    ...graph,
    nodes: graph.nodes.map((n) => ({ ...n, inputs: n.inputs.map(nameOf2), attributes: rewriteAttrs(n.attributes, nameOf2, resolveRef) })),
    outputs: graph.outputs.map((o) => local.has(o.name) ? o : { ...o, name: outer(o.name) })
  };
}
function runEngine(model, lookup2, options = {}) {
  try {
    return new Engine(model, lookup2, options).run();
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      throw new LimitError("the graph is nested too deeply to profile (stack overflow)");
    }
    throw e;
  }
}

// build/src/profile/params.js
init_dtype();
init_ir();
function countParams(model, graphs = walkGraphs(model.graph), byUse = valuesReadAsWeights(graphs, model.functions)) {
  const byDtype = {};
  const nonWeight = { elements: 0, bytes: 0 };
  let total = 0;
  let bytes = 0;
  const storages = /* @__PURE__ */ new Set();
  let readAsWeights = byUse.graph;
  const count2 = (t, readAs) => {
    if (t.storageKey !== void 0) {
      if (storages.has(t.storageKey))
        return;
      storages.add(t.storageKey);
    }
    const elements = t.storedElements ?? t.elements;
    if (!isWeightDType(t.dtype) && t.quantization === void 0 && !readAsWeights.has(readAs)) {
      nonWeight.elements += elements;
      nonWeight.bytes += t.byteSize;
      return;
    }
    total += elements;
    bytes += t.byteSize;
    const key = t.quantization === void 0 && t.storedElements === void 0 ? t.dtype : annotatedDtype(t);
    const slot = byDtype[key] ??= { elements: 0, bytes: 0 };
    slot.elements += elements;
    slot.bytes += t.byteSize;
  };
  for (const graph of graphs) {
    graph.initializers.forEach(count2);
    countConstants(graph.nodes, count2);
  }
  for (const f of model.functions) {
    readAsWeights = byUse.functions.get(f) ?? /* @__PURE__ */ new Set();
    countConstants(f.nodes, count2);
  }
  return { total, bytes, byDtype, nonWeight };
}
function countConstants(nodes, count2) {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.constant !== true)
      continue;
    const readAs = node.outputs[0] ?? "";
    node.attributes.forEach((attr, name) => {
      if (attr.type === "tensor" || attr.type === "sparse_tensor")
        count2(attr.value, readAs);
      else {
        const t = listConstant(name, attr);
        if (t)
          count2(t, readAs);
      }
    });
  }
}
function listConstant(name, attr) {
  if (name === "value_float" && attr.type === "float")
    return storedList("float32", []);
  if (name === "value_floats" && attr.type === "floats")
    return storedList("float32", [attr.value.length]);
  if (name === "value_int" && attr.type === "int")
    return storedList("int64", []);
  if (name === "value_ints" && attr.type === "ints")
    return storedList("int64", [attr.value.length]);
  return void 0;
}
function storedList(dtype, dims) {
  const elements = dims.length ? dims[0] : 1;
  return { name: "", dtype, dims, elements, byteSize: bytesFor(dtype, elements), storage: "embedded" };
}
function annotatedDtype(t) {
  const how = [t.quantization, t.storedElements !== void 0 ? "sparse: stored elements" : void 0].filter(Boolean);
  return how.length ? `${t.dtype} (${how.join("; ")})` : t.dtype;
}

// build/src/profile/index.js
init_name_table();

// build/src/profile/profile.js
init_errors();
init_order();
init_name_table();
init_exact();

// build/src/profile/peak-memory.js
init_dtype();
function simulatePeak(input) {
  const unknown = /* @__PURE__ */ new Set();
  const sizes = /* @__PURE__ */ new Map();
  const sizeOf = (name) => {
    let size = sizes.get(name);
    if (size === void 0) {
      const given2 = input.sizeOf(name);
      if (given2 === void 0) {
        unknown.add(name);
        size = 0n;
      } else {
        size = BigInt(given2);
      }
      sizes.set(name, size);
    }
    return size;
  };
  const replay = (stop) => {
    const live = /* @__PURE__ */ new Set();
    let current = 0n;
    const allocate = (name) => {
      if (live.has(name))
        return;
      live.add(name);
      current += sizeOf(name);
    };
    for (const name of input.liveAtStart)
      allocate(name);
    let peak2 = current;
    let peakStep2 = -1;
    const last = stop ?? input.steps.length - 1;
    for (let i = 0; i <= last; i++) {
      const step = input.steps[i];
      for (const name of step.allocates)
        allocate(name);
      if (i === stop)
        break;
      const during = current + BigInt(step.transientBytes ?? 0);
      if (during > peak2) {
        peak2 = during;
        peakStep2 = i;
      }
      for (const name of step.frees) {
        if (!live.delete(name))
          continue;
        current -= sizes.get(name) ?? 0n;
      }
    }
    return { peak: peak2, peakStep: peakStep2, live };
  };
  const { peak, peakStep } = replay();
  const liveAtPeak = [...replay(peakStep).live];
  return {
    peakBytes: Number(peak),
    peakBytesExact: peak,
    peakStep,
    peakAt: peakStep >= 0 ? input.steps[peakStep].name : "",
    liveAtPeak,
    unknownSizes: [...unknown]
  };
}
function typeBytes2(type) {
  if (!type?.dtype || !type.shape)
    return void 0;
  let n = 1;
  for (const d of type.shape) {
    if (typeof d !== "number")
      return void 0;
    n *= d;
  }
  const bitsPerElement = dtypeBits(type.dtype);
  if (Number.isSafeInteger(n * bitsPerElement + 7))
    return BigInt(Math.floor((n * bitsPerElement + 7) / 8));
  let elements = 1n;
  for (const d of type.shape) {
    if (typeof d !== "number")
      return void 0;
    elements *= BigInt(d);
  }
  const bits = elements * BigInt(dtypeBits(type.dtype));
  return (bits + 7n) / 8n;
}
var MAX_LISTED_UNKNOWN = 5;
function peakFromEngine(result) {
  const nodes = result.nodes;
  let children;
  for (let i = 0; i < nodes.length; i++) {
    const parent = nodes[i].parent;
    if (parent === void 0)
      continue;
    children ??= /* @__PURE__ */ new Map();
    const list = children.get(parent);
    if (list)
      list.push(i);
    else
      children.set(parent, [i]);
  }
  const bodyUnknown = /* @__PURE__ */ new Set();
  const bodyPeak = (i) => {
    const kids = children?.get(i);
    if (!kids || kids.length === 0)
      return 0n;
    const owner = nodes[i];
    const byScope = /* @__PURE__ */ new Map();
    const prefix = `${owner.scope ? `${owner.scope}/` : ""}${owner.node.name}/`;
    for (const k of kids) {
      const own = nodes[k].scope;
      const rest = own.startsWith(prefix) ? own.slice(prefix.length) : void 0;
      const scope = rest === void 0 ? own : prefix + rest.split("/")[0];
      const list = byScope.get(scope) ?? [];
      list.push(k);
      byScope.set(scope, list);
    }
    let largest = 0n;
    for (const [scope, members] of byScope) {
      const sizes = /* @__PURE__ */ new Map();
      const steps = members.map((k) => {
        const nr = nodes[k];
        const allocates = [];
        if (nr.node.constant !== true) {
          nr.node.outputs.forEach((o, j) => {
            if (o === "")
              return;
            sizes.set(o, typeBytes2(nr.outputs[j]));
            allocates.push(o);
          });
        }
        return { name: nr.node.name, allocates, frees: nr.frees, transientBytes: bodyPeak(k) };
      });
      const peak2 = simulatePeak({ liveAtStart: [], steps, sizeOf: (v) => sizes.get(v) });
      for (const u of peak2.unknownSizes)
        bodyUnknown.add(`${scope}/${u}`);
      if (peak2.peakBytesExact > largest)
        largest = peak2.peakBytesExact;
    }
    return largest;
  };
  const transient = /* @__PURE__ */ new Map();
  if (children) {
    for (const i of children.keys())
      if (nodes[i].inTotals)
        transient.set(i, bodyPeak(i));
  }
  const peak = mainPeakByIds(result, transient) ?? simulatePeak({
    liveAtStart: result.liveAtStart,
    steps: mainSteps(result, transient),
    sizeOf: (v) => typeBytes2(result.values.get(v)?.type)
  });
  const unknown = bodyUnknown.size === 0 ? peak.unknownSizes : [...peak.unknownSizes, ...bodyUnknown];
  const reasons = unknown.length === 0 ? [] : [
    `peak activation memory: size of ${unknown.length} value(s) unknown (${unknown.slice(0, MAX_LISTED_UNKNOWN).map((u) => `'${u}'`).join(", ")}${unknown.length > MAX_LISTED_UNKNOWN ? ", ..." : ""})`
  ];
  return {
    peakBytes: peak.peakBytes,
    peakBytesExact: peak.peakBytesExact,
    peakStep: peak.peakStep,
    peakAt: peak.peakAt,
    liveAtPeak: peak.liveAtPeak,
    unknownSizes: unknown,
    lowerBoundReasons: reasons
  };
}
function mainSteps(result, transient) {
  const steps = [];
  result.nodes.forEach((n, i) => {
    if (!n.inTotals)
      return;
    steps.push({
      name: n.node.name,
      allocates: n.node.outputs.filter((o) => o !== "" && !result.values.get(o)?.isConstant),
      frees: n.frees,
      transientBytes: transient.get(i) ?? 0n
    });
  });
  return steps;
}
function safeTypeBytes(type) {
  if (!type?.dtype || !type.shape)
    return -1;
  let n = 1;
  const shape = type.shape;
  for (let i = 0; i < shape.length; i++) {
    const d = shape[i];
    if (typeof d !== "number")
      return -1;
    n *= d;
  }
  const bits = n * dtypeBits(type.dtype) + 7;
  return Number.isSafeInteger(bits) ? Math.floor(bits / 8) : NaN;
}
var MAX_SAFE3 = Number.MAX_SAFE_INTEGER;
var NOT_FREED = 2147483647;
var UNSEEN = -2;
function mainPeakByIds(result, transient) {
  const { nodes, values } = result;
  const ids = result.mainIds;
  if (ids === void 0 || ids.liveAtStart.length !== result.liveAtStart.length)
    return void 0;
  const count2 = ids.count;
  if (!Number.isSafeInteger(count2) || count2 < 0 || count2 > MAX_IDS)
    return void 0;
  const { outputStart, freeStart } = ids;
  const { sizes, liveEvent } = replayScratch(count2);
  sizes.fill(UNSEEN, 0, count2);
  liveEvent.fill(-1, 0, count2);
  const unknown = [];
  const events = [];
  const allocatedAt = [];
  const freedAt = [];
  let current = 0;
  let step = -1;
  const allocate = (id2, name, type) => {
    if (!(id2 >= 0 && id2 < count2))
      return false;
    if (liveEvent[id2] >= 0)
      return true;
    let size = sizes[id2];
    if (size === UNSEEN) {
      size = safeTypeBytes(type);
      if (size !== size)
        return false;
      if (size < 0) {
        unknown.push(name);
        size = 0;
      }
      sizes[id2] = size;
    }
    liveEvent[id2] = events.length;
    current += size;
    events.push(name);
    allocatedAt.push(step);
    freedAt.push(NOT_FREED);
    return current <= MAX_SAFE3;
  };
  const start = result.liveAtStart;
  const startIds = ids.liveAtStart;
  for (let i = 0; i < start.length; i++)
    if (!allocate(startIds[i], start[i], values.get(start[i])?.type))
      return void 0;
  let peak = current;
  let peakStep = -1;
  let peakAt = "";
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    if (!n.inTotals)
      continue;
    step++;
    const outs = n.node.outputs;
    if (step + 1 >= outputStart.length || step + 1 >= freeStart.length)
      return void 0;
    if (outputStart[step + 1] - outputStart[step] !== outs.length || freeStart[step + 1] - freeStart[step] !== n.frees.length)
      return void 0;
    if (n.node.constant !== true) {
      const base = outputStart[step];
      for (let j = 0; j < outs.length; j++) {
        if (outs[j] !== "" && !allocate(ids.outputs[base + j], outs[j], n.outputs[j]))
          return void 0;
      }
    }
    let during = current;
    if (transient.size > 0) {
      const body = transient.get(i);
      if (body !== void 0 && body > 0n) {
        if (body > BigInt(MAX_SAFE3))
          return void 0;
        during += Number(body);
        if (during > MAX_SAFE3)
          return void 0;
      }
    }
    if (during > peak) {
      peak = during;
      peakStep = step;
      peakAt = n.node.name;
    }
    const frees = ids.frees;
    for (let k = freeStart[step]; k < freeStart[step + 1]; k++) {
      const id2 = frees[k];
      if (!(id2 >= 0 && id2 < count2))
        return void 0;
      const e = liveEvent[id2];
      if (e < 0)
        continue;
      liveEvent[id2] = -1;
      current -= sizes[id2];
      freedAt[e] = step;
    }
  }
  if (step + 2 !== outputStart.length || step + 2 !== freeStart.length)
    return void 0;
  const liveAtPeak = [];
  for (let e = 0; e < events.length; e++) {
    if (allocatedAt[e] <= peakStep && freedAt[e] >= peakStep)
      liveAtPeak.push(events[e]);
  }
  return { peakBytes: peak, peakBytesExact: BigInt(peak), peakStep, peakAt, liveAtPeak, unknownSizes: unknown };
}
var keptSizes = new Float64Array(0);
var keptLiveEvent = new Int32Array(0);
var KEPT_IDS = 1 << 16;
function replayScratch(count2) {
  if (count2 <= keptSizes.length)
    return { sizes: keptSizes, liveEvent: keptLiveEvent };
  const sizes = new Float64Array(count2);
  const liveEvent = new Int32Array(count2);
  if (count2 <= KEPT_IDS) {
    keptSizes = sizes;
    keptLiveEvent = liveEvent;
  }
  return { sizes, liveEvent };
}
var MAX_IDS = 1 << 28;

// build/src/profile/roofline.js
function nodeRoofline(work, hw) {
  const compute = work.flops / hw.peakFlops;
  const memory = work.bytes / hw.bandwidth;
  if (compute === 0 && memory === 0)
    return { latencySeconds: 0, bound: "none" };
  return compute >= memory ? { latencySeconds: compute, bound: "compute" } : { latencySeconds: memory, bound: "memory" };
}
function roofline(nodes, hw) {
  let latency = 0;
  let flops = 0;
  let bytes = 0;
  let computeBound = 0;
  let memoryBound = 0;
  const perNode = nodes.map((n) => {
    const r = nodeRoofline(n, hw);
    latency += r.latencySeconds;
    flops += n.flops;
    bytes += n.bytes;
    if (r.bound === "compute")
      computeBound++;
    else if (r.bound === "memory")
      memoryBound++;
    return r;
  });
  return {
    latencySeconds: latency,
    arithmeticIntensity: bytes > 0 ? flops / bytes : 0,
    ridgePoint: hw.peakFlops / hw.bandwidth,
    computeBoundNodes: computeBound,
    memoryBoundNodes: memoryBound,
    nodes: perNode
  };
}

// build/src/profile/profile.js
init_types2();
function profileModel(model, engine, params, options) {
  const initializers = model.graph.initializers;
  const declaredInputs = model.graph.inputs.filter((v) => !initializers.has(v.name));
  const boundInputs = new Map(engine?.inputs.map((x) => [x.name, x.type]));
  const boundOutputs = new Map(engine?.outputs.map((x) => [x.name, x.type]));
  const base = {
    schemaVersion: PROFILE_SCHEMA_VERSION,
    model: {
      path: options.path,
      format: model.format,
      fileBytes: model.fileBytes,
      externalDataBytes: options.externalDataBytes ?? 0,
      formatVersion: model.formatVersion,
      producer: model.producer,
      opsets: opsetRecord(model.opsetImports)
    },
    inputs: declaredInputs.map((v) => valueSummary(v, boundInputs.get(v.name))),
    outputs: model.graph.outputs.map((v) => valueSummary(v, boundOutputs.get(v.name))),
    params,
    opHistogram: opHistogram(model, options.census)
  };
  if (!engine)
    return { ...base, unknownOps: [], warnings: [] };
  const counted = countedNodes(engine.nodes);
  const peak = peakFromEngine(engine);
  const reasons = dedupe([
    ...engine.lowerBoundReasons,
    ...engine.unknownOps.length > 0 && engine.lowerBoundReasons.length === 0 ? [`${engine.unknownOps.reduce((s, u) => s + u.count, 0)} node(s) of unknown op type not counted`] : [],
    ...peak.lowerBoundReasons
  ]);
  const sums = engine.exactTotals;
  const exact = exactCounts({ macs: sums.macs, flops: sums.flops, memoryBytes: sums.bytes, peakActivationBytes: peak.peakBytesExact });
  const totals = {
    macs: finite(sums.macs, "MACs", options.path),
    flops: finite(sums.flops, "FLOPs", options.path),
    memoryBytes: finite(sums.bytes, "memory access", options.path),
    peakActivationBytes: finite(peak.peakBytesExact, "peak activation memory", options.path),
    peakActivationNode: peak.peakAt,
    lowerBound: reasons.length > 0,
    lowerBoundReasons: reasons
  };
  if (exact)
    totals.exact = exact;
  const hw = options.hardware;
  const roof = hw ? roofline(counted.map((n) => ({ flops: n.cost.flops, bytes: n.cost.bytes })), hw) : void 0;
  let latencies;
  if (roof) {
    latencies = new Array(engine.nodes.length);
    for (let i = 0, c = 0; i < engine.nodes.length; i++)
      if (engine.nodes[i].inTotals)
        latencies[i] = roof.nodes[c++].latencySeconds;
  }
  if (roof && !Number.isFinite(roof.latencySeconds)) {
    throw new ModelFileError(options.path, "the roofline latency is beyond 1.8e308 seconds: not measurable");
  }
  const rooflineSummary = hw && roof ? {
    hardware: hw.id,
    hardwareName: hw.name,
    peakFlops: hw.peakFlops,
    bandwidth: hw.bandwidth,
    latencySeconds: roof.latencySeconds,
    arithmeticIntensity: roof.arithmeticIntensity,
    ridgePoint: roof.ridgePoint,
    computeBoundNodes: roof.computeBoundNodes,
    memoryBoundNodes: roof.memoryBoundNodes
  } : void 0;
  const head = {
    schemaVersion: base.schemaVersion,
    model: base.model,
    inputs: base.inputs,
    outputs: base.outputs,
    params: base.params,
    opHistogram: base.opHistogram,
    totals,
    byOpType: byOpType(counted)
  };
  if (options.includeNodes !== false)
    head.nodes = nodeProfiles(engine.nodes, latencies);
  if (rooflineSummary)
    head.roofline = rooflineSummary;
  const result = head;
  result.unknownOps = engine.unknownOps.map((u) => ({ domain: u.domain, opType: u.opType, count: u.count }));
  result.warnings = [...engine.warnings];
  return result;
}
function byOpType(counted) {
  const rows = /* @__PURE__ */ new Map();
  const all = [];
  let domain;
  let byType;
  for (let i = 0; i < counted.length; i++) {
    const n = counted[i];
    if (n.node.domain !== domain || !byType) {
      domain = n.node.domain;
      byType = rows.get(domain);
      if (!byType)
        rows.set(domain, byType = /* @__PURE__ */ new Map());
    }
    let row = byType.get(n.node.opType);
    if (!row) {
      row = { opType: n.node.opType, domain: n.node.domain, count: 0, sum: new ExactSum() };
      byType.set(n.node.opType, row);
      all.push(row);
    }
    row.count++;
    row.sum.add(n);
  }
  return all.map((row) => {
    const safe = row.sum.safeNumbers();
    if (safe)
      return { opType: row.opType, domain: row.domain, count: row.count, macs: safe.macs, flops: safe.flops, memoryBytes: safe.bytes };
    const r = { opType: row.opType, domain: row.domain, count: row.count, sum: row.sum.value() };
    const exact = exactCounts({ macs: r.sum.macs, flops: r.sum.flops, memoryBytes: r.sum.bytes });
    return {
      opType: r.opType,
      domain: r.domain,
      count: r.count,
      macs: Number(r.sum.macs),
      flops: Number(r.sum.flops),
      memoryBytes: Number(r.sum.bytes),
      ...exact ? { exact } : {}
    };
  }).sort((a, b) => b.flops - a.flops || b.memoryBytes - a.memoryBytes || b.count - a.count || compareCodeUnits(a.opType, b.opType) || compareCodeUnits(a.domain, b.domain));
}
function opHistogram(model, census = graphCensus(model.graph)) {
  const counts = /* @__PURE__ */ new Map();
  census.ops.forEach((types, d) => types.forEach(({ count: count2 }, opType) => {
    const key = d === "" ? opType : `${d}.${opType}`;
    counts.set(key, (counts.get(key) ?? 0) + count2);
  }));
  return sortedRecord(counts);
}
function sortedRecord(map) {
  const keys = [...map.keys()].sort(compareCodeUnits);
  const out = {};
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    setEntry(out, k, map.get(k));
  }
  return out;
}
function countedNodes(nodes) {
  let i = 0;
  while (i < nodes.length && nodes[i].inTotals)
    i++;
  if (i === nodes.length)
    return nodes;
  const out = nodes.slice(0, i);
  for (; i < nodes.length; i++)
    if (nodes[i].inTotals)
      out.push(nodes[i]);
  return out;
}
function nodeProfiles(nodes, latencies) {
  const out = new Array(nodes.length);
  for (let i = 0; i < nodes.length; i++)
    out[i] = nodeProfile(nodes[i], i, latencies?.[i]);
  return out;
}
function nodeProfile(n, index, latency) {
  const outputShapes = new Array(n.outputs.length);
  for (let i = 0; i < outputShapes.length; i++)
    outputShapes[i] = n.outputs[i].shape ?? null;
  const name = n.node.name !== "" ? n.node.name : `${n.node.opType}@${index}`;
  const { opType, domain } = n.node;
  const { scope, params, status } = n;
  const { macs, flops, bytes: memoryBytes } = n.cost;
  const row = n.inTotals ? { name, opType, domain, scope, outputShapes, params, macs, flops, memoryBytes, status } : { name, opType, domain, scope, inTotals: false, outputShapes, params, macs, flops, memoryBytes, status };
  if (n.note !== void 0)
    row.note = n.note;
  if (latency !== void 0)
    row.latencySeconds = latency;
  if (n.exact)
    row.exact = exactCounts({ macs: n.exact.macs, flops: n.exact.flops, memoryBytes: n.exact.bytes });
  return row;
}
function exactCounts(counts) {
  let out;
  for (const k in counts) {
    const v = counts[k];
    if (v !== void 0 && !isSafeCount(v))
      (out ??= {})[k] = v.toString();
  }
  return out;
}
function finite(v, what, path) {
  const n = Number(v);
  if (!Number.isFinite(n))
    throw new ModelFileError(path, `total ${what} is beyond 1.8e308, the largest number model-budget can report: not measurable`);
  return n;
}
function valueSummary(v, bound2) {
  const shape = v.shape ? [...v.shape] : null;
  const summary = { name: v.name, dtype: v.dtype ?? bound2?.dtype ?? null, shape };
  if (!bound2)
    return summary;
  const boundShape = bound2.shape ? [...bound2.shape] : null;
  return sameDims(shape, boundShape) ? summary : { ...summary, boundShape };
}
function sameDims(a, b) {
  if (a === null || b === null)
    return a === b;
  return a.length === b.length && a.every((d, i) => d === b[i]);
}
function opsetRecord(imports) {
  const named = /* @__PURE__ */ new Map();
  imports.forEach((v, domain) => named.set(domain === "" ? "ai.onnx" : domain, v));
  return sortedRecord(named);
}
function dedupe(items) {
  return [...new Set(items)];
}

// build/src/profile/index.js
var ProfileOptionError = class extends UsageError {
  name = "ProfileOptionError";
};
async function profileFile(path, options = {}) {
  await hardwareOf(options);
  return profileLoaded(await readModel(path, { dims: options.dims }), { ...options, displayPath: options.displayPath ?? path });
}
async function hardwareOf(options) {
  if (options.hardware === void 0 && options.peakFlops === void 0 && options.bandwidth === void 0)
    return void 0;
  const { HardwareOptionError: HardwareOptionError2, resolveHardware: resolveHardware2 } = await Promise.resolve().then(() => (init_hardware(), hardware_exports));
  try {
    return resolveHardware2({ hardware: options.hardware, peakFlops: options.peakFlops, bandwidth: options.bandwidth });
  } catch (e) {
    if (e instanceof HardwareOptionError2)
      throw new ProfileOptionError(e.message);
    throw e;
  }
}
async function profileLoaded(loaded2, options = {}) {
  const hardware = await hardwareOf(options);
  const display = options.displayPath ?? "(model)";
  if (loaded2.kind === "weights") {
    for (const name of Object.keys(options.inputs ?? {})) {
      throw new ProfileOptionError(`${display}: --input '${name}' does not apply: ${loaded2.format.label} files have no graph inputs`);
    }
    const { profileWeights: profileWeights2 } = await Promise.resolve().then(() => (init_weights3(), weights_exports));
    return profileWeights2(loaded2.weights, {
      path: display,
      format: loaded2.format.name,
      formatLabel: loaded2.format.label,
      formatVersion: loaded2.formatVersion,
      fileBytes: loaded2.fileBytes,
      sideFileBytes: loaded2.sideFileBytes,
      ...options.dims?.context !== void 0 ? { context: options.dims.context } : {}
    });
  }
  const { model, sideFileBytes: sideFileBytes2 } = loaded2;
  for (const name of Object.keys(options.inputs ?? {})) {
    if (!model.graph.inputs.some((v) => v.name === name)) {
      const known2 = model.graph.inputs.filter((v) => !model.graph.initializers.has(v.name)).map((v) => v.name);
      throw new ProfileOptionError(`${display}: --input '${name}' is not a graph input (inputs: ${known2.join(", ") || "none"})`);
    }
  }
  const census = graphCensus(model.graph);
  const lookup2 = await opLookupFor(model, census);
  const weightValues = valuesReadAsWeightsOf(census, model.functions);
  let engine;
  try {
    engine = runEngine(model, lookup2, { inputShapes: options.inputs, dims: options.dims, weightValues });
  } catch (e) {
    if (e instanceof GraphError)
      throw new ModelFileError(display, e.message);
    throw e;
  }
  const weights = loaded2.weights ? await storedWeights(loaded2.weights) : void 0;
  const base = profileModel(model, engine, weights?.params ?? countParams(model, census.graphs, weightValues), {
    path: display,
    externalDataBytes: sideFileBytes2,
    hardware,
    includeNodes: options.perNode ?? true,
    census
  });
  const profile = loaded2.weights && weights ? { ...base, weights: weights.summary(), warnings: [...loaded2.weights.warnings, ...base.warnings] } : base;
  if (!options.formulas)
    return profile;
  const released = typeof options.formulas === "object" ? options.formulas.free : null;
  const fixed = Object.fromEntries(Object.entries(options.dims ?? {}).filter(([d]) => !released?.includes(d)));
  const free = freeDims(model, { ...options, dims: fixed });
  if (free.length === 0 || released && free.length > MAX_GATE_FORMULA_DIMS)
    return profile;
  const large = formulaSizeLimit(engine.executed);
  if (large) {
    const where = released ? "no formulas in the gate" : "no formulas";
    return { ...profile, formulas: { dims: free, fixed, metrics: {}, note: `${where}: ${large}: each formula takes 10-30 more engine runs; bind ${free.join(", ")} with --dim for figures at a size` } };
  }
  const { deriveFormulas: deriveFormulas2 } = await Promise.resolve().then(() => (init_formula(), formula_exports));
  const formulas = deriveFormulas2(free, fixed, (binding) => {
    const run = runEngine(model, lookup2, { inputShapes: options.inputs, dims: binding, weightValues });
    const totals = profileModel(model, run, profile.params, { path: display, includeNodes: false, census }).totals;
    if (!totals)
      return { exact: false, reason: "no totals" };
    if (totals.lowerBound)
      return { exact: false, reason: `a lower bound (${totals.lowerBoundReasons.join("; ")})` };
    return { exact: true, totals };
  });
  return { ...profile, formulas };
}
async function storedWeights(weights) {
  const { uniqueStorages: uniqueStorages2, weightsParams: weightsParams2, weightsSummary: weightsSummary2 } = await Promise.resolve().then(() => (init_weights3(), weights_exports));
  const stored2 = uniqueStorages2(weights.tensors);
  return { params: weightsParams2(stored2), summary: () => weightsSummary2(weights, stored2) };
}
var MAX_GATE_FORMULA_DIMS = 2;
var MAX_FORMULA_NODES = 5e3;
var MAX_FORMULA_INPUTS = 8 * MAX_FORMULA_NODES;
function formulaSizeLimit(executed) {
  if (executed.nodes > MAX_FORMULA_NODES)
    return `the graph runs ${executed.nodes} nodes, local functions expanded (more than ${MAX_FORMULA_NODES})`;
  if (executed.inputs > MAX_FORMULA_INPUTS)
    return `the graph's nodes read and write ${executed.inputs} values, local functions expanded (more than ${MAX_FORMULA_INPUTS})`;
  return void 0;
}
function freeDims(model, options) {
  const out = /* @__PURE__ */ new Set();
  for (const v of model.graph.inputs) {
    if (model.graph.initializers.has(v.name) || options.inputs && ownEntry(options.inputs, v.name))
      continue;
    for (const d of v.shape ?? [])
      if (typeof d === "string" && (!options.dims || ownEntry(options.dims, d) === void 0))
        out.add(d);
  }
  return [...out].sort();
}

// build/src/budget/duration.js
function formatDuration(seconds, opts = {}) {
  if (seconds === 0)
    return "0 s";
  const units = [["s", 1], ["ms", 1e-3], ["\xB5s", 1e-6], ["ns", 1e-9]];
  let [unit, scale] = units[units.length - 1];
  for (const [u, sc] of units) {
    if (seconds >= sc * 0.9995) {
      unit = u;
      scale = sc;
      break;
    }
  }
  let text = (seconds / scale).toPrecision(3);
  if (Number(text) >= 1e3 && unit !== "s")
    text = String(Math.round(seconds / scale));
  if (opts.trim && text.includes("."))
    text = text.replace(/\.?0+$/, "");
  return `${text} ${unit}`;
}

// build/src/profile/shape-label.js
function shapeLabel(shape) {
  if (shape === null)
    return "?";
  return shape.length === 0 ? "scalar" : shape.map((d) => d === null ? "?" : String(d)).join("x");
}

// build/src/budget/labels.js
function nodePath(scope, name) {
  if (!scope)
    return name;
  return name.startsWith("/") ? `${scope}${name}` : `${scope}/${name}`;
}
function opLabel(opType, domain) {
  return domain && domain !== "ai.onnx" ? `${domain}::${opType}` : opType;
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }
    while (++columnIndex2 < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code2 = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code2;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code2 = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code2 === 99) {
      before = ":";
      after = ":";
    } else if (code2 === 108) {
      before = ":";
    } else if (code2 === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line2 = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code2 = alignments[columnIndex];
        if (code2 === 114) {
          before = " ".repeat(size);
        } else if (code2 === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line2.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line2.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line2.push(before);
      }
      line2.push(cell);
      if (settings.alignDelimiters !== false) {
        line2.push(after);
      }
      if (settings.padding !== false) {
        line2.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line2.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line2.join("").replace(/ +$/, "") : line2.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code2 = typeof value === "string" ? value.codePointAt(0) : 0;
  return code2 === 67 || code2 === 99 ? 99 : code2 === 76 || code2 === 108 ? 108 : code2 === 82 || code2 === 114 ? 114 : 0;
}

// build/src/budget/units.js
init_units();
init_units();
var COUNT_STEPS = ["", "K", "M", "G", "T", "P", "E"];
var BYTE_STEPS = ["B", "kB", "MB", "GB", "TB", "PB", "EB"];
var BINARY_BYTE_STEPS = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
function scaled2(n, steps, opts, plainIsInteger, base = 1e3) {
  const abs = Math.abs(n);
  const sign = n < 0 ? "-" : "";
  if (abs < base) {
    const body = plainIsInteger && Number.isInteger(abs) ? String(abs) : trimZeros(abs.toPrecision(3), opts);
    const unit = steps[0] ?? "";
    return `${sign}${body}${unit ? " " + unit : ""}`;
  }
  let step = Math.min(Math.floor(Math.log(abs) / Math.log(base) + 1e-12), steps.length - 1);
  let mantissa = abs / base ** step;
  if (Number(mantissa.toPrecision(3)) >= base && step < steps.length - 1) {
    step += 1;
    mantissa = abs / base ** step;
  }
  if (mantissa >= 1e3)
    return `${sign}${Math.round(mantissa)} ${steps[step]}`;
  return `${sign}${trimZeros(mantissa.toPrecision(3), opts)} ${steps[step]}`;
}
function trimZeros(text, opts) {
  if (!opts.trim || !text.includes("."))
    return text;
  return text.replace(/\.?0+$/, "");
}
function formatCount(n, opts = {}) {
  return scaled2(n, COUNT_STEPS, opts, true);
}
function formatBytes(n, opts = {}) {
  return opts.binary ? scaled2(n, BINARY_BYTE_STEPS, opts, true, 1024) : scaled2(n, BYTE_STEPS, opts, true);
}

// build/src/profile/unbound-dims.js
init_name_table();
function unboundDims(p, dims, inputs) {
  const resolves = (d) => typeof d === "number" || ownEntry(dims, d) !== void 0;
  const explicit = /* @__PURE__ */ new Set();
  const boundByInputs = /* @__PURE__ */ new Set();
  for (const v of p.inputs) {
    const given2 = ownEntry(inputs, v.name);
    if (!given2 || !given2.every(resolves))
      continue;
    explicit.add(v.name);
    v.shape?.forEach((d) => typeof d === "string" && boundByInputs.add(d));
  }
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const v of p.inputs) {
    if (explicit.has(v.name) || !v.shape)
      continue;
    v.shape.forEach((d, index) => {
      if (typeof d === "number")
        return;
      if (d !== null && (ownEntry(dims, d) !== void 0 || boundByInputs.has(d) || seen.has(d)))
        return;
      if (d !== null)
        seen.add(d);
      out.push({ dim: d, input: v.name, index });
    });
  }
  return out;
}
function inputShapes(p) {
  const out = p.inputs.map((v) => {
    const shape = v.boundShape !== void 0 ? v.boundShape : v.shape;
    return `${v.name}: ${shapeLabel(shape)}`;
  });
  const llm = p.weights?.llm;
  if (llm)
    out.push(`context: ${llm.context}`);
  return out;
}

// build/src/report/profile-format.js
init_order();

// build/src/report/formula-format.js
init_formula_types();
var SUPERSCRIPT = ["\u2070", "\xB9", "\xB2", "\xB3", "\u2074", "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"];
function power(e) {
  return e === 1 ? "" : String(e).split("").map((c) => SUPERSCRIPT[Number(c)]).join("");
}
function coefficient(t, metric) {
  const n = BigInt(t.numerator);
  const negative = n < 0n;
  const abs = negative ? -n : n;
  const d = BigInt(t.denominator);
  const value = d === 1n ? Number(abs) : Number(abs) / Number(d);
  const text = d !== 1n && abs < 1000n && d < 1000n ? `${abs}/${d}` : metric === "macs" || metric === "flops" ? formatCount(value) : formatBytes(value);
  return { negative, text };
}
function termText(t, metric) {
  const c = coefficient(t, metric);
  const vars = Object.entries(t.powers).map(([d, e]) => `${d}${power(e)}`).join("\xB7");
  if (!vars)
    return c;
  const unitless = c.text === "1" ? vars : `${c.text}\xB7${vars}`;
  return { negative: c.negative, text: unitless };
}
function formulaExpression(terms, metric) {
  if (terms.length === 0)
    return metric === "macs" || metric === "flops" ? "0" : "0 B";
  return terms.map((t, i) => {
    const { negative, text } = termText(t, metric);
    if (i === 0)
      return negative ? `-${text}` : text;
    return `${negative ? "-" : "+"} ${text}`;
  }).join(" ");
}
function fixedText(f) {
  const entries = Object.entries(f.fixed);
  return entries.length ? ` (${entries.map(([d, v]) => `${d} = ${v}`).join(", ")})` : "";
}
function formulaLines(f) {
  if (f.note)
    return [f.note];
  const lines = [];
  for (const m of FORMULA_METRICS) {
    const mf = f.metrics[m];
    if (!mf)
      continue;
    const label = FORMULA_LABELS[m];
    if (mf.polynomial)
      lines.push(`${label} = ${formulaExpression(mf.terms, m)}${fixedText(f)}`);
    else {
      const shown = mf.values.filter((v) => v.value !== null).slice(0, 4).map((v) => `${Object.entries(v.at).map(([d, x]) => `${d}=${x}`).join(",")}: ${m === "macs" || m === "flops" ? formatCount(v.value) : formatBytes(v.value)}`);
      lines.push(`${label}: no formula: ${mf.reason}${shown.length ? `; values ${shown.join("; ")}` : ""}`);
    }
  }
  return lines;
}

// build/src/report/profile-tables.js
function costly(rows, top) {
  if (top === void 0)
    return [...rows];
  return [...rows].sort((a, b) => b.flops - a.flops || b.memoryBytes - a.memoryBytes).slice(0, top);
}
function shareOf(total) {
  return total.flops > 0 ? "flops" : "memoryBytes";
}
var SHARE_HEADER = { flops: "% FLOPs", memoryBytes: "% memory access" };
function formatShare(part, total) {
  if (total <= 0)
    return "-";
  if (part === 0)
    return "0%";
  const pct = 100 * part / total;
  return pct < 0.05 ? "<0.1%" : `${pct.toFixed(1)}%`;
}
function sum2(rows, of) {
  return rows.reduce((s, r) => s + of(r), 0);
}
function atLeast(p, text) {
  return p.totals?.lowerBound ? `\u2265 ${text}` : text;
}
function moreLabel(hidden, all) {
  return `\u2026 ${hidden} more (use --top ${all})`;
}
var OP_COLUMNS = (share) => [
  { header: "op type", numeric: false },
  { header: "count", numeric: true },
  { header: "MACs", numeric: true },
  { header: "FLOPs", numeric: true },
  { header: SHARE_HEADER[share], numeric: true },
  { header: "memory access", numeric: true }
];
function opTypeTable(p, top) {
  if (!p.byOpType || !p.totals)
    return null;
  const totals = p.totals;
  const share = shareOf(totals);
  const cells = (label, count2, c) => [
    label,
    String(count2),
    formatCount(c.macs),
    formatCount(c.flops),
    formatShare(c[share], totals[share]),
    formatBytes(c.memoryBytes)
  ];
  const shown = costly(p.byOpType, top);
  const shownSet = new Set(shown);
  const hidden = p.byOpType.filter((o) => !shownSet.has(o));
  const hiddenSum = () => ({ macs: sum2(hidden, (o) => o.macs), flops: sum2(hidden, (o) => o.flops), memoryBytes: sum2(hidden, (o) => o.memoryBytes) });
  const total = cells("total", sum2(p.byOpType, (o) => o.count), totals);
  return {
    columns: OP_COLUMNS(share),
    rows: shown.map((o) => cells(opLabel(o.opType, o.domain), o.count, o)),
    ...hidden.length > 0 ? { more: cells(moreLabel(hidden.length, p.byOpType.length), sum2(hidden, (o) => o.count), hiddenSum()) } : {},
    total: total.map((c, i) => i >= 2 && i !== 4 ? atLeast(p, c) : c)
  };
}
function shapeText(shape) {
  return shape ? `[${shape.map((d) => d === null ? "?" : String(d)).join(", ")}]` : "[?]";
}
var NODE_COLUMNS = (share) => [
  { header: "node", numeric: false },
  { header: "op", numeric: false },
  { header: "output shape", numeric: false },
  { header: "params", numeric: true },
  { header: "MACs", numeric: true },
  { header: "FLOPs", numeric: true },
  { header: SHARE_HEADER[share], numeric: true },
  { header: "memory access", numeric: true },
  { header: "status", numeric: false }
];
function nodeTable(p, top) {
  if (!p.nodes || !p.totals)
    return null;
  const totals = p.totals;
  const share = shareOf(totals);
  const counted = (n) => n.inTotals !== false;
  const shown = costly(p.nodes, top);
  const shownSet = new Set(shown);
  const hidden = p.nodes.filter((n) => !shownSet.has(n));
  const hiddenCounted = hidden.filter(counted);
  const row = (n) => [
    nodePath(n.scope, n.name),
    opLabel(n.opType, n.domain),
    n.outputShapes.map(shapeText).join(" "),
    formatCount(n.params),
    formatCount(n.macs),
    formatCount(n.flops),
    counted(n) ? formatShare(n[share], totals[share]) : "nested",
    formatBytes(n.memoryBytes),
    `${n.status}${n.note ? `: ${n.note}` : ""}`
  ];
  const hiddenCost = { macs: sum2(hiddenCounted, (n) => n.macs), flops: sum2(hiddenCounted, (n) => n.flops), memoryBytes: sum2(hiddenCounted, (n) => n.memoryBytes) };
  return {
    columns: NODE_COLUMNS(share),
    rows: shown.map(row),
    ...hidden.length > 0 ? {
      more: [
        moreLabel(hidden.length, p.nodes.length),
        "",
        "",
        formatCount(sum2(hiddenCounted, (n) => n.params)),
        formatCount(hiddenCost.macs),
        formatCount(hiddenCost.flops),
        formatShare(hiddenCost[share], totals[share]),
        formatBytes(hiddenCost.memoryBytes),
        ""
      ]
    } : {},
    total: [
      "total",
      `${p.nodes.filter(counted).length} nodes`,
      "",
      "",
      atLeast(p, formatCount(totals.macs)),
      atLeast(p, formatCount(totals.flops)),
      formatShare(totals[share], totals[share]),
      atLeast(p, formatBytes(totals.memoryBytes)),
      ""
    ]
  };
}

// build/src/report/profile-format.js
var PROFILE_FORMATS = ["table", "json", "md", "csv"];
function valueText(v) {
  const bound2 = v.boundShape;
  const dims = v.shape?.map((d, i) => {
    const b = bound2?.[i];
    if (typeof d === "string" && b !== void 0 && b !== null && b !== d)
      return `${d}=${b}`;
    return d === null ? b === void 0 || b === null ? "?" : String(b) : String(d);
  });
  return `${v.name}: ${v.dtype ?? "?"} ${dims ? `[${dims.join(", ")}]` : "[?]"}`;
}
function bound(p, text) {
  return p.totals?.lowerBound ? `\u2265 ${text}` : text;
}
var COST_LABELS = {
  macs: "MACs",
  flops: "FLOPs",
  memory: "memory access",
  "peak-memory": "peak activations",
  latency: "latency"
};
var TOP_MODULES = 10;
function summaryLines(p) {
  const lines = [];
  const dtypes = Object.entries(p.params.byDtype).sort((a, b) => b[1].bytes - a[1].bytes).map(([dtype, s]) => `${dtype} ${formatCount(s.elements)}`).join(", ");
  lines.push({ label: "params", value: `${formatCount(p.params.total)} (${formatBytes(p.params.bytes)}${dtypes ? `: ${dtypes}` : ""})` });
  if (p.params.nonWeight.elements > 0) {
    lines.push({ label: "non-weight constants", value: `${formatCount(p.params.nonWeight.elements)} (${formatBytes(p.params.nonWeight.bytes)}; int/bool shapes, indices, masks)` });
  }
  const w = p.weights;
  if (w) {
    lines.push({ label: "tensors", value: formatCount(w.tensors) });
    if (w.buffers.tensors > 0)
      lines.push({ label: "buffers", value: `${formatCount(w.buffers.elements)} (${formatBytes(w.buffers.bytes)} in ${w.buffers.tensors} tensors; not params)` });
    if (w.optimizer.tensors > 0)
      lines.push({ label: "optimizer state", value: `${formatCount(w.optimizer.elements)} (${formatBytes(w.optimizer.bytes)} in ${w.optimizer.tensors} tensors; not params)` });
    const top = w.modules.filter((m) => !m.name.includes(".")).slice(0, TOP_MODULES);
    if (top.length > 0)
      lines.push({ label: "modules", value: top.map((m) => `${m.name} ${formatCount(m.params)}`).join(", ") });
    const llm = w.llm;
    if (llm) {
      lines.push({ label: "LLM per token", value: `${formatCount(llm.macsPerToken)} MACs at context ${llm.context} (${llm.contextSource}); estimated from the decoder hyper-parameters` });
      lines.push({ label: "KV cache", value: `${formatBytes(llm.kvCacheBytesPerToken)} per token, ${formatBytes(llm.kvCacheBytesAtContext)} at context ${llm.context} (${llm.kvCacheElementBytes}-byte elements)` });
      if (llm.moe)
        lines.push({ label: "MoE params", value: `${formatCount(llm.moe.activeParams)} active of ${formatCount(llm.moe.totalParams)} total per token (experts ${formatCount(llm.moe.expertParams)}, from ${llm.moe.expertParamsFrom})` });
    }
  }
  if (p.unavailable) {
    for (const metric of p.unavailable.metrics)
      lines.push({ label: COST_LABELS[metric], value: "n/a" });
    lines.push({ label: "n/a because", value: p.unavailable.reason });
  }
  if (p.totals) {
    lines.push({ label: "MACs", value: bound(p, formatCount(p.totals.macs)) });
    lines.push({ label: "FLOPs", value: bound(p, formatCount(p.totals.flops)) });
    lines.push({ label: "memory access", value: bound(p, formatBytes(p.totals.memoryBytes)) });
    lines.push({ label: "peak activations", value: bound(p, formatBytes(p.totals.peakActivationBytes)) });
  }
  if (p.roofline) {
    const r = p.roofline;
    lines.push({
      label: `latency (${r.hardware})`,
      value: `${bound(p, formatDuration(r.latencySeconds))} roofline estimate; ${r.arithmeticIntensity.toPrecision(3)} FLOPs/byte; ${r.computeBoundNodes} compute-bound, ${r.memoryBoundNodes} memory-bound nodes`
    });
  }
  formulaLines(p.formulas ?? { dims: [], fixed: {}, metrics: {} }).forEach((value, i) => lines.push({ label: i === 0 ? "formulas" : "", value }));
  lines.push({ label: "file size", value: formatBytes(p.model.fileBytes) + (p.model.externalDataBytes ? ` + ${formatBytes(p.model.externalDataBytes)} in side files` : "") });
  return lines;
}
function formatText(p) {
  const label = formatByName(p.model.format)?.label ?? p.model.format;
  const opsets = Object.entries(p.model.opsets).map(([d, v]) => `${d || "ai.onnx"} ${v}`).join(", ");
  const graph = p.totals !== null && p.unavailable === void 0;
  return `${label}${p.model.formatVersion ? ` ${p.model.formatVersion}` : ""}${graph ? `, opsets ${opsets || "none"}` : ""}${p.model.producer ? `, from ${p.model.producer}` : ""}`;
}
function bindHint(p, u) {
  if (u.dim !== null)
    return `${u.dim} of ${u.input}: pass --dim ${u.dim}=N`;
  const shape = p.inputs.find((v) => v.name === u.input)?.shape ?? [];
  return `dim ${u.index} of ${u.input}: pass --input ${u.input}=${shapeLabel(shape.map((d) => typeof d === "number" ? d : "N"))}`;
}
function headerLines(p, view2) {
  const shapes = inputShapes(p);
  const defaulted = p.totals ? unboundDims(p, view2.bound?.dims ?? {}, view2.bound?.inputs ?? {}) : [];
  return [
    { label: "model", value: p.model.path },
    { label: "format", value: formatText(p) },
    ...shapes.length > 0 ? [{ label: "measured at", value: shapes.join(", ") }] : [],
    ...defaulted.map((u, i) => ({ label: i === 0 ? "defaulted to 1" : "", value: bindHint(p, u) })),
    ...p.inputs.map((v, i) => ({ label: i === 0 ? "inputs" : "", value: valueText(v) })),
    ...p.outputs.map((v, i) => ({ label: i === 0 ? "outputs" : "", value: valueText(v) }))
  ];
}
function histogramText(p) {
  return Object.entries(p.opHistogram).sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0])).map(([op, n]) => `${op} ${n}`).join(", ");
}
function textTable(t) {
  const body = [...t.rows, ...t.more ? [t.more] : []].map((r) => r.map(plain));
  const total = t.total.map(plain);
  const header = t.columns.map((c) => c.header);
  const widths = header.map((h, i) => [...body, total].reduce((w, r) => Math.max(w, (r[i] ?? "").length), h.length));
  const line2 = (cells) => cells.map((c, i) => t.columns[i].numeric ? c.padStart(widths[i]) : c.padEnd(widths[i])).join("  ").trimEnd();
  const rule = line2(widths.map((w) => "-".repeat(w)));
  return [line2(header), rule, ...body.map(line2), rule, line2(total)].join("\n");
}
function markdownCostTable(t) {
  const cells = (r, ours) => r.map((c, i) => t.columns[i].numeric || ours && i === 0 ? c : md(c));
  const rows = [...t.rows.map((r) => cells(r, false)), ...t.more ? [cells(t.more, true)] : []];
  const total = cells(t.total, true).map((c, i) => i === 0 ? `**${c}**` : c);
  return markdownTable([t.columns.map((c) => c.header), ...rows, total], { align: t.columns.map((c) => c.numeric ? "r" : "l") });
}
function notes(p) {
  const out = [];
  if (p.unknownOps.length > 0) {
    out.push(`unknown ops (not counted; totals are a lower bound): ${p.unknownOps.map((u) => `${opLabel(u.opType, u.domain)} x${u.count}`).join(", ")}`);
  }
  if (p.totals?.lowerBound)
    for (const r of p.totals.lowerBoundReasons)
      out.push(`lower bound: ${r}`);
  for (const w of p.warnings)
    out.push(`warning: ${w}`);
  return out;
}
function allLines(p, view2) {
  return [...headerLines(p, view2), ...summaryLines(p), ...p.totals === null ? [] : [{ label: "op types", value: histogramText(p) }]];
}
function renderTable(p, view2) {
  const lines = allLines(p, view2);
  const width = lines.reduce((w, l) => Math.max(w, l.label.length), 0);
  const parts = [lines.map((l) => `${l.label.padEnd(width)}  ${plain(l.value)}`).join("\n")];
  const ops23 = view2.byOpType ? opTypeTable(p, view2.top) : null;
  if (ops23)
    parts.push(textTable(ops23));
  const nodes = view2.perNode ? nodeTable(p, view2.top) : null;
  if (nodes)
    parts.push(textTable(nodes));
  const n = notes(p);
  if (n.length)
    parts.push(n.map(plain).join("\n"));
  return parts.join("\n\n") + "\n";
}
function md(text) {
  return escapeMarkdown(text, Infinity);
}
function plain(text) {
  return escapeText(text, Infinity);
}
function renderMarkdown(p, view2) {
  const rows = allLines(p, view2).map((l) => [l.label, md(l.value)]);
  const parts = [`### model-budget profile: ${md(p.model.path)}`, markdownTable([["", "value"], ...rows])];
  const ops23 = view2.byOpType ? opTypeTable(p, view2.top) : null;
  if (ops23)
    parts.push(markdownCostTable(ops23));
  const nodes = view2.perNode ? nodeTable(p, view2.top) : null;
  if (nodes)
    parts.push(markdownCostTable(nodes));
  const n = notes(p);
  if (n.length)
    parts.push(n.map((x) => `- ${md(x)}`).join("\n"));
  return parts.join("\n\n") + "\n";
}
function csv(rows) {
  return rows.map((r) => r.map(escapeCsvField).join(",")).join("\n") + "\n";
}
var CSV_COST_NAMES = {
  macs: "macs",
  flops: "flops",
  memory: "memory_bytes",
  "peak-memory": "peak_activation_bytes",
  latency: "latency_seconds"
};
function renderCsv(p, view2) {
  if (view2.perNode && p.nodes) {
    return csv([
      ["scope", "node", "op_type", "domain", "output_shapes", "params", "macs", "flops", "memory_bytes", "status"],
      ...costly(p.nodes, view2.top).map((n) => [n.scope, n.name, n.opType, n.domain, n.outputShapes.map(shapeText).join(" "), n.params, n.macs, n.flops, n.memoryBytes, n.status])
    ]);
  }
  if (view2.byOpType && p.byOpType) {
    return csv([
      ["op_type", "domain", "count", "macs", "flops", "memory_bytes"],
      ...costly(p.byOpType, view2.top).map((o) => [o.opType, o.domain, o.count, o.macs, o.flops, o.memoryBytes])
    ]);
  }
  const rows = [
    ["params", p.params.total],
    ["param_bytes", p.params.bytes],
    ["file_bytes", p.model.fileBytes],
    ["external_data_bytes", p.model.externalDataBytes]
  ];
  if (p.weights) {
    rows.push(["tensors", p.weights.tensors], ["buffer_elements", p.weights.buffers.elements], ["optimizer_elements", p.weights.optimizer.elements]);
    const llm = p.weights.llm;
    if (llm) {
      rows.push(["llm_context", llm.context], ["llm_macs_per_token", llm.macsPerToken], ["kv_cache_bytes_per_token", llm.kvCacheBytesPerToken], ["kv_cache_bytes_at_context", llm.kvCacheBytesAtContext]);
      if (llm.moe)
        rows.push(["moe_total_params", llm.moe.totalParams], ["moe_active_params", llm.moe.activeParams]);
    }
  }
  if (p.unavailable) {
    for (const metric of p.unavailable.metrics)
      rows.push([CSV_COST_NAMES[metric], "n/a"]);
    rows.push(["unavailable_reason", p.unavailable.reason]);
  }
  if (p.totals) {
    rows.push(["macs", p.totals.macs], ["flops", p.totals.flops], ["memory_bytes", p.totals.memoryBytes], ["peak_activation_bytes", p.totals.peakActivationBytes], ["lower_bound", String(p.totals.lowerBound)]);
  }
  if (p.roofline)
    rows.push(["latency_seconds", p.roofline.latencySeconds], ["arithmetic_intensity", p.roofline.arithmeticIntensity]);
  return csv([["metric", "value"], ...rows]);
}
function renderProfile(p, view2) {
  switch (view2.format) {
    case "json": {
      const out = view2.perNode ? p : { ...p, nodes: void 0 };
      return jsonForLog(out);
    }
    case "md":
      return renderMarkdown(p, view2);
    case "csv":
      return renderCsv(p, view2);
    default:
      return renderTable(p, view2);
  }
}

// build/src/cli/args.js
var import_node_util = require("node:util");

// build/src/cli/usage.js
init_errors();
var CliUsageError = class extends UsageError {
  name = "CliUsageError";
};
var FORMAT_LIST = formats().map((f) => f.label).join(", ");
var USAGE = `Usage:
  model-budget profile <model> [options]
      <model>: a model file (${FORMAT_LIST})
      --input name=1x3x224x224   concrete shape for a graph input (repeatable)
      --dim name=value           value for a symbolic dim, e.g. --dim batch=1 (repeatable)
      --format table|json|md|csv output format (default table)
      --per-node                 table of every node: output shape, params, MACs, FLOPs, memory access
      --by-op-type               totals per op type (both tables: % of the FLOPs, a total row)
      --top N                    only the N costliest rows of those tables, the rest summed in one row
      --hardware ID              roofline latency estimate on a preset (a100, t4, ...)
      --peak-flops 19.5T --bandwidth 1.5TB/s   custom hardware for the roofline
  model-budget diff <base-model> <head-model> [--config FILE] [--format md|text|json]
      compares two files; budgets from the config entry matching the head path
  model-budget check [--base <git-ref>] [--config .github/model-budget.yml]
                     [--config-from base|head] [--models GLOBS]
                     [--format md|text|json] [--min-change 1%]
                     [--lfs auto|fetch|skip] [--jobs N] [--verbose] [--shard i/n]
                     [--cache-dir DIR]
      runs the pull-request budget gate locally: the working tree against the merge base of
      HEAD and --base (default origin/HEAD, else main or master). The default config is
      read from the repository top; budgets come from the base side's config unless
      --config-from head (a base without a config uses the working tree's). The report is
      text at a terminal, markdown when piped or under CI (--format overrides); --min-change
      lists models whose every change is smaller without detail; --jobs N profiles N models
      at once in worker threads (default: one per CPU core, at most 8), one line each on stderr
      --shard i/n profiles only shard i of n of the changed models and prints its partial
      report as JSON (exit 0), for:
  model-budget merge <report.json|folder>... [--format md|text|json]
      merges the partial reports of every shard of one run into the report (and exit code)
      of the unsharded run; a folder stands for the .json files in it
      --cache-dir DIR keeps the profiles of models read from git commits (the base side)
      in DIR, keyed by blob SHAs, options and build, and reuses them on the next run
      (DIR outside the repository: one inside it is not used)

Exit codes: 0 ok, 1 budget exceeded, 2 bad input, config or usage,
3 internal error (a bug in model-budget: please report it; MODEL_BUDGET_DEBUG=1 prints the stack).
`;

// build/src/cli/args.js
function parseCommandArgs(config) {
  try {
    return (0, import_node_util.parseArgs)(config);
  } catch (e) {
    throw new CliUsageError(e instanceof Error ? e.message : String(e));
  }
}
function parseInputShape(text) {
  const eq = text.lastIndexOf("=");
  if (eq <= 0)
    throw new CliUsageError(`--input '${text}' should look like name=1x3x224x224`);
  const name = text.slice(0, eq);
  const dims = text.slice(eq + 1).split(/[x,]/).map((d) => d.trim());
  const nums = dims.map(Number);
  if (dims.some((d) => !/^\d+$/.test(d)) || nums.some((n) => !Number.isSafeInteger(n))) {
    throw new CliUsageError(`--input '${text}': dims must be non-negative integers separated by x`);
  }
  return [name, nums];
}
function parseDimBinding(text) {
  const m = /^([^=]+)=(\d+)$/.exec(text);
  if (!m || !Number.isSafeInteger(Number(m[2])))
    throw new CliUsageError(`--dim '${text}' should look like name=value, e.g. batch=1`);
  return [m[1], Number(m[2])];
}

// build/src/cli/profile.js
async function runProfileCommand(argv, write = stdout) {
  const parsed = parseCommandArgs({
    args: argv,
    allowPositionals: true,
    options: {
      input: { type: "string", multiple: true },
      dim: { type: "string", multiple: true },
      format: { type: "string", default: "table" },
      "per-node": { type: "boolean", default: false },
      "by-op-type": { type: "boolean", default: false },
      top: { type: "string" },
      hardware: { type: "string" },
      "peak-flops": { type: "string" },
      bandwidth: { type: "string" }
    }
  });
  const { values, positionals } = parsed;
  if (positionals.length !== 1)
    throw new CliUsageError("profile takes exactly one model file");
  const format = values.format;
  if (!PROFILE_FORMATS.includes(format))
    throw new CliUsageError(`--format must be one of ${PROFILE_FORMATS.join(", ")}`);
  let top;
  if (values.top !== void 0) {
    top = Number(values.top);
    if (!Number.isSafeInteger(top) || top <= 0)
      throw new CliUsageError("--top takes a positive whole number");
  }
  const inputs = Object.fromEntries((values.input ?? []).map(parseInputShape));
  const dims = Object.fromEntries((values.dim ?? []).map(parseDimBinding));
  const perNode = values["per-node"] ?? false;
  const profile = await profileFile(positionals[0], {
    inputs,
    dims,
    perNode,
    formulas: true,
    hardware: values.hardware,
    peakFlops: values["peak-flops"],
    bandwidth: values.bandwidth
  });
  write(renderProfile(profile, { format, perNode, byOpType: values["by-op-type"] ?? false, top, bound: { dims, inputs } }));
  return 0;
}

// build/src/cli/profile-main.js
async function profileMain(argv) {
  try {
    return await runProfileCommand(argv);
  } catch (e) {
    return reportOn(stderr, e);
  }
}
function codeParts() {
  return [...loadedFormats().map((f) => `format:${f}`), ...loadedFamilies().map((f) => `ops:${f}`)].sort();
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  codeParts,
  profileMain
});
/*! Bundled license information:

long/umd/index.js:
  (**
   * @license
   * Copyright 2009 The Closure Library Authors
   * Copyright 2020 Daniel Wirtz / The long.js Authors.
   *
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   *     http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   *
   * SPDX-License-Identifier: Apache-2.0
   *)
*/
