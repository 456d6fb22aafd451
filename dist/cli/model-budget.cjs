#!/usr/bin/env node
"use strict";
var __modelBudgetImportMetaUrl = require("node:url").pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
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

// build/src/cli/code-cache.js
var import_node_fs3 = require("node:fs");
var import_node_module = __toESM(require("node:module"), 1);
var import_node_os = require("node:os");
var import_node_path3 = require("node:path");
var import_node_url = require("node:url");
var import_node_vm = __toESM(require("node:vm"), 1);

// build/src/cli/compile-cache.js
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");

// build/src/io/real-path.js
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
function isAhead(e, at) {
  const code = e.code;
  return (code === "ENOENT" || code === "ENOTDIR") && (0, import_node_path.dirname)(at) !== at;
}
function realPathAheadSync(path) {
  const full = (0, import_node_path.resolve)(path);
  for (let at = full; ; at = (0, import_node_path.dirname)(at)) {
    try {
      return (0, import_node_path.join)((0, import_node_fs.realpathSync)(at), (0, import_node_path.relative)(at, full));
    } catch (e) {
      if (!isAhead(e, at))
        throw e;
    }
  }
}

// build/src/cli/compile-cache.js
function privateCacheFolder(env, home, name = "node-compile-cache") {
  const uid = process.getuid?.();
  if (uid === void 0)
    return void 0;
  const xdg = env["XDG_CACHE_HOME"];
  let base;
  try {
    base = xdg && (0, import_node_path2.isAbsolute)(xdg) ? xdg : (0, import_node_path2.join)(home(), ".cache");
  } catch {
    return null;
  }
  if (!(0, import_node_path2.isAbsolute)(base))
    return null;
  const parent = (0, import_node_path2.join)(base, "model-budget");
  const folder = (0, import_node_path2.join)(parent, name);
  try {
    const real = realPathAheadSync(base);
    if (insideCheckout(real) || real !== base && insideCheckout(base))
      return null;
    (0, import_node_fs2.mkdirSync)(folder, { recursive: true, mode: 448 });
    return ownedPrivately(parent, uid) && ownedPrivately(folder, uid) ? folder : null;
  } catch {
    return null;
  }
}
function ownedPrivately(path, uid) {
  const st = (0, import_node_fs2.lstatSync)(path);
  return st.isDirectory() && st.uid === uid && (st.mode & 63) === 0;
}
function insideCheckout(path) {
  for (let dir = path; ; dir = (0, import_node_path2.dirname)(dir)) {
    if ((0, import_node_fs2.existsSync)((0, import_node_path2.join)(dir, ".git")))
      return true;
    if ((0, import_node_path2.dirname)(dir) === dir)
      return false;
  }
}

// build/src/cli/code-cache.js
var BUNDLE_HEADER = "// model-budget profile bundle sha256:";
var PROFILE_BUNDLE = "profile.cjs";
var CACHE_MAGIC = "model-budget v8 code cache 3\n";
var MAX_CACHE_BYTES = 32 * 1024 * 1024;
function bundleBeside(entryUrl) {
  const file = (0, import_node_path3.join)((0, import_node_path3.dirname)((0, import_node_url.fileURLToPath)(entryUrl)), PROFILE_BUNDLE);
  return (0, import_node_fs3.existsSync)(file) ? file : void 0;
}
function isErrno(e) {
  return e instanceof Error && typeof e.code === "string";
}
function cacheHeader(key, data, parts) {
  const text = `${CACHE_MAGIC}${key}
${data.length} ${[...parts].sort().join(",")}`;
  return Buffer.from(`${text.padEnd(Math.ceil((text.length + 1) / 8) * 8 - 1)}
`, "latin1");
}
function readCache(path, key) {
  let fd;
  try {
    fd = (0, import_node_fs3.openSync)(path, import_node_fs3.constants.O_RDONLY | (import_node_fs3.constants.O_NOFOLLOW ?? 0) | (import_node_fs3.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    if (isErrno(e))
      return void 0;
    throw e;
  }
  try {
    const st = (0, import_node_fs3.fstatSync)(fd);
    const uid = process.getuid?.();
    if (!st.isFile() || st.size > MAX_CACHE_BYTES || uid !== void 0 && (st.uid !== uid || (st.mode & 63) !== 0))
      return void 0;
    const bytes = (0, import_node_fs3.readFileSync)(fd);
    const head = `${CACHE_MAGIC}${key}
`;
    if (bytes.length <= head.length || bytes.toString("latin1", 0, head.length) !== head)
      return void 0;
    const end = bytes.indexOf(10, head.length);
    const meta = end < 0 ? null : /^(\d{1,9}) ([^ ]*) *$/.exec(bytes.toString("latin1", head.length, end));
    if (!meta)
      return void 0;
    const length = Number(meta[1]);
    if (bytes.length - (end + 1) !== 2 * length)
      return void 0;
    const data = bytes.subarray(end + 1, end + 1 + length);
    if (!data.equals(bytes.subarray(end + 1 + length)))
      return void 0;
    return { data, parts: new Set(meta[2] ? meta[2].split(",") : []) };
  } catch (e) {
    if (isErrno(e))
      return void 0;
    throw e;
  } finally {
    (0, import_node_fs3.closeSync)(fd);
  }
}
var STALE_TMP_MS = 10 * 60 * 1e3;
function removeStaleTmp(folder) {
  const now = Date.now();
  for (const name of (0, import_node_fs3.readdirSync)(folder)) {
    if (!/^profile-.*\.tmp$/.test(name))
      continue;
    const file = (0, import_node_path3.join)(folder, name);
    try {
      if (now - (0, import_node_fs3.lstatSync)(file).mtimeMs > STALE_TMP_MS)
        (0, import_node_fs3.rmSync)(file, { force: true });
    } catch (e) {
      if (!isErrno(e))
        throw e;
    }
  }
}
function writeCache(path, key, data, parts) {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    removeStaleTmp((0, import_node_path3.dirname)(path));
  } catch (e) {
    if (!isErrno(e))
      throw e;
  }
  let fd;
  try {
    fd = (0, import_node_fs3.openSync)(tmp, "wx", 384);
    (0, import_node_fs3.writeSync)(fd, cacheHeader(key, data, parts));
    (0, import_node_fs3.writeSync)(fd, data);
    (0, import_node_fs3.writeSync)(fd, data);
    try {
      (0, import_node_fs3.fsyncSync)(fd);
    } catch (e) {
      if (!["EINVAL", "ENOTSUP", "ENOSYS"].includes(e.code ?? ""))
        throw e;
    }
    (0, import_node_fs3.closeSync)(fd);
    fd = void 0;
    (0, import_node_fs3.renameSync)(tmp, path);
  } catch (e) {
    if (!isErrno(e))
      throw e;
    if (fd !== void 0)
      (0, import_node_fs3.closeSync)(fd);
    (0, import_node_fs3.rmSync)(tmp, { force: true });
  }
}
function optionsTag(execArgv, nodeOptions) {
  const options = [];
  for (let i = 0; i < execArgv.length; i++) {
    const a = execArgv[i];
    if (a === "-e" || a === "--eval" || a === "-p" || a === "--print")
      i++;
    else if (!a.startsWith("--eval=") && !a.startsWith("--print="))
      options.push(a);
  }
  const text = `${options.join("\0")}\0${nodeOptions ?? ""}`;
  if (text === "\0")
    return "";
  let h = 2166136261;
  for (let i = 0; i < text.length; i++)
    h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return `-${(h >>> 0).toString(16).padStart(8, "0")}`;
}
function loadBundle(file, folder, tag = optionsTag(process.execArgv, process.env["NODE_OPTIONS"])) {
  const fd = (0, import_node_fs3.openSync)(file, "r");
  let source;
  let size;
  let mtimeMs;
  try {
    const st = (0, import_node_fs3.fstatSync)(fd);
    size = st.size;
    mtimeMs = st.mtimeMs;
    source = (0, import_node_fs3.readFileSync)(fd, "utf8");
  } finally {
    (0, import_node_fs3.closeSync)(fd);
  }
  const newline = source.indexOf("\n");
  const hash = source.startsWith(BUNDLE_HEADER) ? source.slice(BUNDLE_HEADER.length, newline) : "";
  const key = folder && /^[0-9a-f]{64}$/.test(hash) ? `${hash} ${size} ${mtimeMs} ${process.version} ${process.arch}` : void 0;
  const path = key ? (0, import_node_path3.join)(folder, `profile-${process.version}-${process.arch}${tag}.bin`) : void 0;
  const entry = path ? readCache(path, key) : void 0;
  const script = new import_node_vm.default.Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, {
    filename: file,
    ...entry ? { cachedData: entry.data } : {}
  });
  const cache = !path ? "off" : !entry ? "missing" : script.cachedDataRejected === true ? "rejected" : "accepted";
  const init = script.runInThisContext();
  const mod = { exports: {} };
  init.call(mod.exports, mod.exports, import_node_module.default.createRequire(file), mod, file, (0, import_node_path3.dirname)(file));
  return {
    exports: mod.exports,
    cache,
    save(parts) {
      if (!path)
        return;
      const had = cache === "accepted" ? entry.parts : /* @__PURE__ */ new Set();
      if (cache === "accepted" && parts.every((p) => had.has(p)))
        return;
      writeCache(path, key, script.createCachedData(), /* @__PURE__ */ new Set([...had, ...parts]));
    }
  };
}
async function runBundledProfile(file, argv, env = process.env) {
  const folder = env["NODE_DISABLE_COMPILE_CACHE"] ? void 0 : privateCacheFolder(env, import_node_os.homedir, "v8-code-cache");
  const bundle2 = loadBundle(file, folder, optionsTag(process.execArgv, env["NODE_OPTIONS"]));
  const code = await bundle2.exports["profileMain"](argv);
  if (code === 0)
    bundle2.save(bundle2.exports["codeParts"]());
  return code;
}

// build/src/graph/errors.js
var EXIT = {
  OK: 0,
  BREACH: 1,
  BAD_INPUT: 2,
  INTERNAL: 3
};
var ModelBudgetError = class extends Error {
  name = "ModelBudgetError";
};
var BadInputError = class extends ModelBudgetError {
  name = "BadInputError";
};
var ModelFileError = class extends BadInputError {
  file;
  detail;
  name = "ModelFileError";
  constructor(file, detail) {
    super(`${file}: ${detail}`);
    this.file = file;
    this.detail = detail;
  }
};
var UsageError = class extends ModelBudgetError {
  name = "UsageError";
};
var InternalError = class _InternalError extends Error {
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
  static restore(plain) {
    const cause = new Error(plain.detail);
    cause.stack = plain.stack;
    return new _InternalError(plain.detail, plain.context, cause);
  }
  get originalStack() {
    const c = this.cause;
    return c instanceof Error && c.stack || this.stack || this.message;
  }
};
function internalErrorLine(e) {
  const wrapped = InternalError.wrap(e);
  return `internal error: ${wrapped.message}. This is a bug in model-budget, please report it (run with MODEL_BUDGET_DEBUG=1 for the stack trace)`;
}
function firstLine(text) {
  return text.split("\n")[0] ?? text;
}

// build/src/formats/escaped-utf8.js
var STRICT = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
var LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, "g");
var AROUND_LONE_SURROGATES = new RegExp(`(${LONE_SURROGATE.source})`);
function replaceLoneSurrogates(text, shown) {
  return text.replace(LONE_SURROGATES, shown);
}

// build/src/report/escape.js
var INVISIBLE_MARKS = "\\u007f-\\u009f\\u00ad\\u034f\\u0600-\\u0605\\u061c\\u06dd\\u070f\\u0890\\u0891\\u08e2\\u115f\\u1160\\u17b4\\u17b5\\u180b-\\u180f\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\u2800\\u3164\\ufe00-\\ufe0f\\ufeff\\uffa0\\ufff9-\\ufffb";
var INVISIBLE_PAIRS = "\\udb40[\\udc00-\\udc7f\\udd00-\\uddef]|\\ud834[\\udd73-\\udd7a]|\\ud82f[\\udca0-\\udca3]|\\ud80d[\\udc30-\\udc3f]|\\ud804[\\udcbd\\udccd]";
var UNSAFE_IN_LOG = new RegExp(`[\\u0000-\\u001f${INVISIBLE_MARKS}]|${INVISIBLE_PAIRS}`, "g");
var UNSAFE_IN_JSON = new RegExp(`[${INVISIBLE_MARKS}]|${INVISIBLE_PAIRS}`, "g");
var NAMED_CONTROLS = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function hex(c, digits) {
  return c.charCodeAt(0).toString(16).padStart(digits, "0");
}
function visible(c) {
  if (c.length === 2)
    return `\\u{${c.codePointAt(0).toString(16)}}`;
  return NAMED_CONTROLS[c] ?? (c.charCodeAt(0) < 256 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`);
}
function visibleSurrogate(c) {
  const code = c.charCodeAt(0);
  return code >= 56448 && code <= 56575 ? `\\x${(code - 56320).toString(16)}` : `\\u${hex(c, 4)}`;
}
function visibleControls(text) {
  return replaceLoneSurrogates(text.replace(UNSAFE_IN_LOG, visible), visibleSurrogate);
}
function escapeLog(text) {
  const t = visibleControls(text).replace(/##\[/g, "##\\[");
  return /^\s*::/.test(t) ? `\\${t}` : t;
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
var import_node_fs4 = require("node:fs");
var import_node_module2 = __toESM(require("node:module"), 1);
var OutputError = class extends ModelBudgetError {
  name = "OutputError";
};
function fdWriter(fd, what, stream, late) {
  let readerGone = false;
  let viaStream;
  let firstWrite = true;
  const failure = (code) => new OutputError(`cannot write to ${what}: ${code ?? "unknown error"}`);
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
        at += (0, import_node_fs4.writeSync)(fd, bytes, at);
      } catch (e) {
        const code = e.code;
        if (code === "EPIPE") {
          readerGone = true;
          return;
        }
        if (code !== "EAGAIN")
          throw failure(code);
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

// build/src/cli/launcher.js
var MAIN = "./index.js";
var bundle = process.argv[2] === "profile" ? bundleBeside(__modelBudgetImportMetaUrl) : void 0;
var done = bundle ? runBundledProfile(bundle, process.argv.slice(3)) : import(MAIN).then(() => void 0);
done.then((code) => {
  if (code !== void 0)
    process.exitCode = code;
}, (e) => {
  process.exitCode = reportOn(stderr, e);
});
