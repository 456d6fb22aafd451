#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3565:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  J9: () => (/* binding */ bundleBeside),
  $u: () => (/* binding */ runBundledProfile)
});

// UNUSED EXPORTS: BUNDLE_HEADER, IMPORT_META_URL, PROFILE_BUNDLE, loadBundle, optionsTag

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(8995);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");
// EXTERNAL MODULE: ./build/src/cli/compile-cache.js
var compile_cache = __nccwpck_require__(8710);
;// CONCATENATED MODULE: ./build/src/cli/code-cache.js







const BUNDLE_HEADER = '// model-budget profile bundle sha256:';
const IMPORT_META_URL = '__modelBudgetImportMetaUrl';
const PROFILE_BUNDLE = 'profile.cjs';
const CACHE_MAGIC = 'model-budget v8 code cache 3\n';
const MAX_CACHE_BYTES = 32 * 1024 * 1024;
function bundleBeside(entryUrl) {
    const file = (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(entryUrl)), PROFILE_BUNDLE);
    return (0,external_node_fs_.existsSync)(file) ? file : undefined;
}
function isErrno(e) {
    return e instanceof Error && typeof e.code === 'string';
}
function cacheHeader(key, data, parts) {
    const text = `${CACHE_MAGIC}${key}\n${data.length} ${[...parts].sort().join(',')}`;
    return Buffer.from(`${text.padEnd(Math.ceil((text.length + 1) / 8) * 8 - 1)}\n`, 'latin1');
}
function readCache(path, key) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0));
    }
    catch (e) {
        if (isErrno(e))
            return undefined;
        throw e;
    }
    try {
        const st = (0,external_node_fs_.fstatSync)(fd);
        const uid = process.getuid?.();
        if (!st.isFile() || st.size > MAX_CACHE_BYTES || (uid !== undefined && (st.uid !== uid || (st.mode & 0o077) !== 0)))
            return undefined;
        const bytes = (0,external_node_fs_.readFileSync)(fd);
        const head = `${CACHE_MAGIC}${key}\n`;
        if (bytes.length <= head.length || bytes.toString('latin1', 0, head.length) !== head)
            return undefined;
        const end = bytes.indexOf(10, head.length);
        const meta = end < 0 ? null : /^(\d{1,9}) ([^ ]*) *$/.exec(bytes.toString('latin1', head.length, end));
        if (!meta)
            return undefined;
        const length = Number(meta[1]);
        if (bytes.length - (end + 1) !== 2 * length)
            return undefined;
        const data = bytes.subarray(end + 1, end + 1 + length);
        if (!data.equals(bytes.subarray(end + 1 + length)))
            return undefined;
        return { data, parts: new Set(meta[2] ? meta[2].split(',') : []) };
    }
    catch (e) {
        if (isErrno(e))
            return undefined;
        throw e;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
const STALE_TMP_MS = 10 * 60 * 1000;
function removeStaleTmp(folder) {
    const now = Date.now();
    for (const name of (0,external_node_fs_.readdirSync)(folder)) {
        if (!/^profile-.*\.tmp$/.test(name))
            continue;
        const file = (0,external_node_path_.join)(folder, name);
        try {
            if (now - (0,external_node_fs_.lstatSync)(file).mtimeMs > STALE_TMP_MS)
                (0,external_node_fs_.rmSync)(file, { force: true });
        }
        catch (e) {
            if (!isErrno(e))
                throw e;
        }
    }
}
function writeCache(path, key, data, parts) {
    const tmp = `${path}.${process.pid}.tmp`;
    try {
        removeStaleTmp((0,external_node_path_.dirname)(path));
    }
    catch (e) {
        if (!isErrno(e))
            throw e;
    }
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(tmp, 'wx', 0o600);
        (0,external_node_fs_.writeSync)(fd, cacheHeader(key, data, parts));
        (0,external_node_fs_.writeSync)(fd, data);
        (0,external_node_fs_.writeSync)(fd, data);
        try {
            (0,external_node_fs_.fsyncSync)(fd);
        }
        catch (e) {
            if (!['EINVAL', 'ENOTSUP', 'ENOSYS'].includes(e.code ?? ''))
                throw e;
        }
        (0,external_node_fs_.closeSync)(fd);
        fd = undefined;
        (0,external_node_fs_.renameSync)(tmp, path);
    }
    catch (e) {
        if (!isErrno(e))
            throw e;
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
        (0,external_node_fs_.rmSync)(tmp, { force: true });
    }
}
function optionsTag(execArgv, nodeOptions) {
    const options = [];
    for (let i = 0; i < execArgv.length; i++) {
        const a = execArgv[i];
        if (a === '-e' || a === '--eval' || a === '-p' || a === '--print')
            i++;
        else if (!a.startsWith('--eval=') && !a.startsWith('--print='))
            options.push(a);
    }
    const text = `${options.join('\0')}\0${nodeOptions ?? ''}`;
    if (text === '\0')
        return '';
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++)
        h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    return `-${(h >>> 0).toString(16).padStart(8, '0')}`;
}
function loadBundle(file, folder, tag = optionsTag(process.execArgv, process.env['NODE_OPTIONS'])) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    let source;
    let size;
    let mtimeMs;
    try {
        const st = (0,external_node_fs_.fstatSync)(fd);
        size = st.size;
        mtimeMs = st.mtimeMs;
        source = (0,external_node_fs_.readFileSync)(fd, 'utf8');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    const newline = source.indexOf('\n');
    const hash = source.startsWith(BUNDLE_HEADER) ? source.slice(BUNDLE_HEADER.length, newline) : '';
    const key = folder && /^[0-9a-f]{64}$/.test(hash) ? `${hash} ${size} ${mtimeMs} ${process.version} ${process.arch}` : undefined;
    const path = key ? (0,external_node_path_.join)(folder, `profile-${process.version}-${process.arch}${tag}.bin`) : undefined;
    const entry = path ? readCache(path, key) : undefined;
    const script = new external_node_vm_namespaceObject.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
        filename: file,
        ...(entry ? { cachedData: entry.data } : {}),
    });
    const cache = !path ? 'off' : !entry ? 'missing' : script.cachedDataRejected === true ? 'rejected' : 'accepted';
    const init = script.runInThisContext();
    const mod = { exports: {} };
    init.call(mod.exports, mod.exports, external_node_module_.createRequire(file), mod, file, (0,external_node_path_.dirname)(file));
    return {
        exports: mod.exports,
        cache,
        save(parts) {
            if (!path)
                return;
            const had = cache === 'accepted' ? entry.parts : new Set();
            if (cache === 'accepted' && parts.every((p) => had.has(p)))
                return;
            writeCache(path, key, script.createCachedData(), new Set([...had, ...parts]));
        },
    };
}
async function runBundledProfile(file, argv, env = process.env) {
    const folder = env['NODE_DISABLE_COMPILE_CACHE'] ? undefined : (0,compile_cache/* privateCacheFolder */.G)(env, external_node_os_.homedir, 'v8-code-cache');
    const bundle = loadBundle(file, folder, optionsTag(process.execArgv, env['NODE_OPTIONS']));
    const code = await bundle.exports['profileMain'](argv);
    if (code === 0)
        bundle.save(bundle.exports['codeParts']());
    return code;
}


/***/ }),

/***/ 8710:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ privateCacheFolder),
/* harmony export */   L: () => (/* binding */ enableCompileCache)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8995);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);
/* harmony import */ var _io_real_path_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2274);





function enableCompileCache() {
    const m = node_module__WEBPACK_IMPORTED_MODULE_1__;
    if (!m.enableCompileCache || process.env['NODE_DISABLE_COMPILE_CACHE'])
        return undefined;
    const already = m.getCompileCacheDir?.();
    if (already)
        return already;
    const folder = privateCacheFolder(process.env, node_os__WEBPACK_IMPORTED_MODULE_2__.homedir);
    if (folder === null)
        return undefined;
    const r = m.enableCompileCache(folder);
    const s = m.constants?.compileCacheStatus;
    const enabled = r !== undefined && s !== undefined && (r.status === s.ENABLED || r.status === s.ALREADY_ENABLED);
    return enabled ? r.directory : undefined;
}
function privateCacheFolder(env, home, name = 'node-compile-cache') {
    const uid = process.getuid?.();
    if (uid === undefined)
        return undefined;
    const xdg = env['XDG_CACHE_HOME'];
    let base;
    try {
        base = xdg && (0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(xdg) ? xdg : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home(), '.cache');
    }
    catch {
        return null;
    }
    if (!(0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(base))
        return null;
    const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(base, 'model-budget');
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(parent, name);
    try {
        const real = (0,_io_real_path_js__WEBPACK_IMPORTED_MODULE_4__/* .realPathAheadSync */ .e)(base);
        if (insideCheckout(real) || (real !== base && insideCheckout(base)))
            return null;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(folder, { recursive: true, mode: 0o700 });
        return ownedPrivately(parent, uid) && ownedPrivately(folder, uid) ? folder : null;
    }
    catch {
        return null;
    }
}
function ownedPrivately(path, uid) {
    const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
    return st.isDirectory() && st.uid === uid && (st.mode & 0o077) === 0;
}
function insideCheckout(path) {
    for (let dir = path;; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(dir)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, '.git')))
            return true;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(dir) === dir)
            return false;
    }
}


/***/ }),

/***/ 5941:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ reportOn)
/* harmony export */ });
/* unused harmony export reportFailure */
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5875);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6209);


const line = (text) => `${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLog */ .Ah)(text)}\n`;
function reportFailure(e, write, debug = process.env['MODEL_BUDGET_DEBUG'] === '1') {
    if (!(e instanceof _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelBudgetError */ .jW)) {
        write(line(`model-budget: ${(0,_graph_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .internalErrorLine */ .cB)(e)}`));
        if (debug) {
            const wrapped = _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InternalError */ .Gd.wrap(e);
            const stack = wrapped instanceof _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InternalError */ .Gd ? wrapped.originalStack : String(e);
            write(stack.split('\n').map(line).join(''));
        }
        return _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.INTERNAL;
    }
    if (e instanceof _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelFileError */ .EO)
        write(line(`model-budget: ${e.file}: ${e.detail}`));
    else if (e instanceof _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb)
        write(`${line(`model-budget: ${e.message}`)}Run 'model-budget --help' for usage.\n`);
    else
        write(line(`model-budget: ${e.message}`));
    return _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.BAD_INPUT;
}
function reportOn(stderr, e) {
    try {
        return reportFailure(e, stderr);
    }
    catch {
        return reportFailure(e, () => undefined);
    }
}


/***/ }),

/***/ 3867:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _code_cache_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3565);
/* harmony import */ var _compile_cache_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8710);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5941);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3135);
/* harmony import */ var _io_worker_entry_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3603);





const profileBundle = process.argv[2] === 'profile' ? (0,_code_cache_js__WEBPACK_IMPORTED_MODULE_0__/* .bundleBeside */ .J9)(import.meta.url) : undefined;
if (!profileBundle)
    (0,_compile_cache_js__WEBPACK_IMPORTED_MODULE_1__/* .enableCompileCache */ .L)();
async function main(argv) {
    const [command, ...rest] = argv;
    switch (command) {
        case 'profile':
            if (profileBundle)
                return (0,_code_cache_js__WEBPACK_IMPORTED_MODULE_0__/* .runBundledProfile */ .$u)(profileBundle, rest);
            return (await Promise.all(/* import() */[__nccwpck_require__.e(822), __nccwpck_require__.e(706), __nccwpck_require__.e(971)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9971))).profileMain(rest);
        case 'diff':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(84), __nccwpck_require__.e(413), __nccwpck_require__.e(822), __nccwpck_require__.e(706), __nccwpck_require__.e(8), __nccwpck_require__.e(987), __nccwpck_require__.e(633), __nccwpck_require__.e(265)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1265))).runDiff(rest);
        case 'check':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(84), __nccwpck_require__.e(413), __nccwpck_require__.e(822), __nccwpck_require__.e(706), __nccwpck_require__.e(8), __nccwpck_require__.e(987), __nccwpck_require__.e(633), __nccwpck_require__.e(136)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6136))).runCheck(rest);
        case 'merge':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(84), __nccwpck_require__.e(822), __nccwpck_require__.e(8), __nccwpck_require__.e(987), __nccwpck_require__.e(584)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8774))).runMerge(rest);
        case undefined:
        case '-h':
        case '--help':
        case 'help':
            (0,_output_js__WEBPACK_IMPORTED_MODULE_3__/* .stdout */ .Uo)((await Promise.all(/* import() */[__nccwpck_require__.e(822), __nccwpck_require__.e(315)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2315))).USAGE);
            return command === undefined ? 2 : 0;
        case '--version':
        case '-v':
            (0,_output_js__WEBPACK_IMPORTED_MODULE_3__/* .stdout */ .Uo)('model-budget 0.1.0\n');
            return 0;
        default:
            throw new (await Promise.all(/* import() */[__nccwpck_require__.e(822), __nccwpck_require__.e(315)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2315))).CliUsageError(`unknown command '${command}'`);
    }
}
if (await (0,_io_worker_entry_js__WEBPACK_IMPORTED_MODULE_4__/* .isProfileWorker */ .aO)()) {
    (await Promise.all(/* import() */[__nccwpck_require__.e(822), __nccwpck_require__.e(706), __nccwpck_require__.e(8), __nccwpck_require__.e(638)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1638))).serveProfileWorker();
}
else {
    (0,_io_worker_entry_js__WEBPACK_IMPORTED_MODULE_4__/* .registerWorkerEntry */ .IW)(import.meta.url);
    main(process.argv.slice(2)).then((code) => {
        process.exitCode = code;
    }, (e) => {
        process.exitCode = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .reportOn */ .S)(_output_js__WEBPACK_IMPORTED_MODULE_3__/* .stderr */ .vF, e);
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3135:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Uo: () => (/* binding */ stdout),
/* harmony export */   vF: () => (/* binding */ stderr)
/* harmony export */ });
/* unused harmony exports OutputError, fdWriter */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8995);
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5875);



class OutputError extends _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelBudgetError */ .jW {
    name = 'OutputError';
}
function fdWriter(fd, what, stream, late) {
    let readerGone = false;
    let viaStream;
    let firstWrite = true;
    const failure = (code) => new OutputError(`cannot write to ${what}: ${code ?? 'unknown error'}`);
    const toStream = () => {
        const s = stream();
        s.on('error', (err) => {
            if (err.code !== 'EPIPE')
                late(failure(err.code));
        });
        return s;
    };
    return (text) => {
        if (readerGone || text === '')
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
        const bytes = Buffer.from(text, 'utf8');
        let at = 0;
        while (at < bytes.length) {
            try {
                at += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, bytes, at);
            }
            catch (e) {
                const code = e.code;
                if (code === 'EPIPE') {
                    readerGone = true;
                    return;
                }
                if (code !== 'EAGAIN')
                    throw failure(code);
                viaStream = toStream();
                viaStream.write(bytes.subarray(at));
                return;
            }
        }
    };
}
function isWindowsConsole(fd) {
    return process.platform === 'win32' && node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire(import.meta.url)('node:tty').isatty(fd);
}
const stderr = fdWriter(2, 'standard error', () => process.stderr, () => {
    process.exitCode = _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.BAD_INPUT;
});
const stdout = fdWriter(1, 'standard output', () => process.stdout, (e) => {
    try {
        stderr(`model-budget: ${e.message}\n`);
    }
    catch {
    }
    process.exitCode = _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.BAD_INPUT;
});


/***/ }),

/***/ 5079:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DN: () => (/* binding */ encodeUtf8Escaped),
/* harmony export */   Hf: () => (/* binding */ decodeUtf8Escaped),
/* harmony export */   VT: () => (/* binding */ decodeNameBytes),
/* harmony export */   _g: () => (/* binding */ replaceLoneSurrogates),
/* harmony export */   fI: () => (/* binding */ hasLoneSurrogate)
/* harmony export */ });
const STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function byteIn(raw, i, lo, hi) {
    const b = raw[i];
    return b !== undefined && b >= lo && b <= hi;
}
function sequenceAt(raw, i) {
    const b = raw[i];
    if (b < 0x80)
        return 1;
    if (b >= 0xc2 && b <= 0xdf)
        return byteIn(raw, i + 1, 0x80, 0xbf) ? 2 : 0;
    if (b >= 0xe0 && b <= 0xef) {
        const ok = byteIn(raw, i + 1, b === 0xe0 ? 0xa0 : 0x80, b === 0xed ? 0x9f : 0xbf) && byteIn(raw, i + 2, 0x80, 0xbf);
        return ok ? 3 : 0;
    }
    if (b >= 0xf0 && b <= 0xf4) {
        const ok = byteIn(raw, i + 1, b === 0xf0 ? 0x90 : 0x80, b === 0xf4 ? 0x8f : 0xbf) && byteIn(raw, i + 2, 0x80, 0xbf) && byteIn(raw, i + 3, 0x80, 0xbf);
        return ok ? 4 : 0;
    }
    return 0;
}
class TextBuilder {
    parts = [];
    units = [];
    unit(u) {
        this.units.push(u);
        if (this.units.length === 4096)
            this.flush();
    }
    text(t) {
        this.flush();
        this.parts.push(t);
    }
    flush() {
        if (this.units.length === 0)
            return;
        this.parts.push(String.fromCharCode.apply(null, this.units));
        this.units = [];
    }
    done() {
        this.flush();
        return this.parts.join('');
    }
}
function decodeRun(raw, from, to, out) {
    if (to - from > 64) {
        out.text(STRICT.decode(raw.subarray(from, to)));
        return;
    }
    for (let i = from; i < to;) {
        const b = raw[i];
        if (b < 0x80) {
            out.unit(b);
            i++;
        }
        else if (b < 0xe0) {
            out.unit(((b & 0x1f) << 6) | (raw[i + 1] & 0x3f));
            i += 2;
        }
        else if (b < 0xf0) {
            out.unit(((b & 0x0f) << 12) | ((raw[i + 1] & 0x3f) << 6) | (raw[i + 2] & 0x3f));
            i += 3;
        }
        else {
            const cp = ((b & 0x07) << 18) | ((raw[i + 1] & 0x3f) << 12) | ((raw[i + 2] & 0x3f) << 6) | (raw[i + 3] & 0x3f);
            out.unit(0xd800 + ((cp - 0x10000) >> 10));
            out.unit(0xdc00 + ((cp - 0x10000) & 0x3ff));
            i += 4;
        }
    }
}
function decodeMixed(raw) {
    const out = new TextBuilder();
    let runStart = 0;
    let i = 0;
    while (i < raw.length) {
        const n = sequenceAt(raw, i);
        if (n > 0) {
            i += n;
            continue;
        }
        if (i > runStart)
            decodeRun(raw, runStart, i, out);
        out.unit(0xdc00 + raw[i]);
        i++;
        runStart = i;
    }
    if (i > runStart)
        decodeRun(raw, runStart, i, out);
    return out.done();
}
function decodeUtf8Escaped(raw) {
    try {
        return STRICT.decode(raw);
    }
    catch {
        return decodeMixed(raw);
    }
}
function decodeNameBytes(raw) {
    const text = raw.toString('utf8');
    return text.includes('\ufffd') ? decodeMixed(raw) : text;
}
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');
const AROUND_LONE_SURROGATES = new RegExp(`(${LONE_SURROGATE.source})`);
function hasLoneSurrogate(text) {
    return LONE_SURROGATE.test(text);
}
function replaceLoneSurrogates(text, shown) {
    return text.replace(LONE_SURROGATES, shown);
}
function encodeUtf8Escaped(text) {
    const parts = text.split(AROUND_LONE_SURROGATES);
    const out = [];
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (i % 2 === 0) {
            out.push(Buffer.from(part, 'utf8'));
            continue;
        }
        const code = part.charCodeAt(0);
        if (code < 0xdc80 || code > 0xdcff)
            return null;
        out.push(Buffer.of(code - 0xdc00));
    }
    return Buffer.concat(out);
}


/***/ }),

/***/ 5875:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EO: () => (/* binding */ ModelFileError),
/* harmony export */   Gd: () => (/* binding */ InternalError),
/* harmony export */   Ys: () => (/* binding */ BadInputError),
/* harmony export */   cB: () => (/* binding */ internalErrorLine),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   eG: () => (/* binding */ EnvironmentError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   h9: () => (/* binding */ GraphError),
/* harmony export */   jW: () => (/* binding */ ModelBudgetError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony exports isInternal, exitCodeFor */
const EXIT = {
    OK: 0,
    BREACH: 1,
    BAD_INPUT: 2,
    INTERNAL: 3,
};
class ModelBudgetError extends Error {
    name = 'ModelBudgetError';
}
class BadInputError extends ModelBudgetError {
    name = 'BadInputError';
}
class ModelFileError extends BadInputError {
    file;
    detail;
    name = 'ModelFileError';
    constructor(file, detail) {
        super(`${file}: ${detail}`);
        this.file = file;
        this.detail = detail;
    }
}
class GraphError extends BadInputError {
    name = 'GraphError';
}
class ConfigError extends ModelBudgetError {
    file;
    line;
    key;
    detail;
    name = 'ConfigError';
    constructor(file, line, key, detail) {
        super(`${file}${line > 0 ? `:${line}` : ''}: ${key ? `${key}: ` : ''}${detail}`);
        this.file = file;
        this.line = line;
        this.key = key;
        this.detail = detail;
    }
}
class UsageError extends ModelBudgetError {
    name = 'UsageError';
}
class EnvironmentError extends ModelBudgetError {
    name = 'EnvironmentError';
}
class InternalError extends Error {
    detail;
    name = 'InternalError';
    context;
    constructor(detail, context, cause) {
        super([context.model, context.op, detail].filter((p) => p !== undefined && p !== '').join(': '), { cause });
        this.detail = detail;
        this.context = context;
    }
    static wrap(e, context = {}) {
        if (e instanceof ModelBudgetError)
            return e;
        if (e instanceof InternalError) {
            const merged = { ...context, ...e.context };
            return new InternalError(e.detail, merged, e.cause);
        }
        const detail = e instanceof Error ? `${e.name}: ${e.message}` : `non-error thrown: ${String(e)}`;
        return new InternalError(firstLine(detail), context, e);
    }
    toPlain() {
        return { detail: this.detail, context: this.context, stack: this.originalStack };
    }
    static restore(plain) {
        const cause = new Error(plain.detail);
        cause.stack = plain.stack;
        return new InternalError(plain.detail, plain.context, cause);
    }
    get originalStack() {
        const c = this.cause;
        return (c instanceof Error && c.stack) || this.stack || this.message;
    }
}
function isInternal(e) {
    return !(e instanceof ModelBudgetError);
}
function exitCodeFor(e) {
    return isInternal(e) ? EXIT.INTERNAL : EXIT.BAD_INPUT;
}
function internalErrorLine(e) {
    const wrapped = InternalError.wrap(e);
    return `internal error: ${wrapped.message}. This is a bug in model-budget, please report it (run with MODEL_BUDGET_DEBUG=1 for the stack trace)`;
}
function firstLine(text) {
    return text.split('\n')[0] ?? text;
}


/***/ }),

/***/ 2274:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ realPathAheadSync),
/* harmony export */   v: () => (/* binding */ realPathAhead)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);



function isAhead(e, at) {
    const code = e.code;
    return (code === 'ENOENT' || code === 'ENOTDIR') && (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(at) !== at;
}
async function realPathAhead(path) {
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
    for (let at = full;; at = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(at)) {
        try {
            return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(at), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(at, full));
        }
        catch (e) {
            if (!isAhead(e, at))
                throw e;
        }
    }
}
function realPathAheadSync(path) {
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
    for (let at = full;; at = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(at)) {
        try {
            return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(at), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(at, full));
        }
        catch (e) {
            if (!isAhead(e, at))
                throw e;
        }
    }
}


/***/ }),

/***/ 3603:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IW: () => (/* binding */ registerWorkerEntry),
/* harmony export */   Y2: () => (/* binding */ PROFILE_WORKER_ROLE),
/* harmony export */   aO: () => (/* binding */ isProfileWorker),
/* harmony export */   m$: () => (/* binding */ PROFILE_WORKER_ARG),
/* harmony export */   xA: () => (/* binding */ workerEntry)
/* harmony export */ });
const PROFILE_WORKER_ROLE = 'model-budget/profile-worker';
const PROFILE_WORKER_ARG = '--model-budget-profile-worker';
let entry = null;
function registerWorkerEntry(url) {
    entry = new URL(url);
}
function workerEntry() {
    return entry;
}
async function isProfileWorker() {
    if (!process.argv.includes(PROFILE_WORKER_ARG))
        return false;
    const { isMainThread, workerData } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5919, 19));
    return !isMainThread && workerData?.role === PROFILE_WORKER_ROLE;
}


/***/ }),

/***/ 6209:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ah: () => (/* binding */ escapeLog),
/* harmony export */   EM: () => (/* binding */ MAX_NAME_LENGTH),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Kp: () => (/* binding */ breakCommitShas),
/* harmony export */   SN: () => (/* binding */ escapeCsvField),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   Y2: () => (/* binding */ breakEmojiShortcodes),
/* harmony export */   q4: () => (/* binding */ breakAutolinks),
/* harmony export */   wn: () => (/* binding */ jsonForLog),
/* harmony export */   xx: () => (/* binding */ visibleControls)
/* harmony export */ });
/* unused harmony export sanitizeCommentKey */
/* harmony import */ var _formats_escaped_utf8_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5079);

const MARKDOWN_PUNCTUATION = /[\\`*_[\]()#!|~{}+\-.:$]/g;
const MAX_NAME_LENGTH = 200;
const ZWJ = '\u200d';
function breakAutolinks(text) {
    return text
        .replace(/@/g, `@${ZWJ}`)
        .replace(/#(?=\d)/g, `#${ZWJ}`)
        .replace(/(GH-)(?=\d)/gi, `$1${ZWJ}`)
        .replace(/:(?=\/\/)/g, `:${ZWJ}`)
        .replace(/\b(www)(?=\.)/gi, `$1${ZWJ}`);
}
function breakEmojiShortcodes(text) {
    return text.replace(/:(?=(?:[A-Za-z0-9_+-]*[A-Za-z][A-Za-z0-9_+-]*|100|1234|[+-]1):)/g, `:${ZWJ}`);
}
function breakCommitShas(text) {
    return text.replace(/(?<![A-Za-z0-9_])[0-9A-Fa-f]{7,}(?![A-Za-z0-9_])/g, (run) => (/[A-Fa-f]/.test(run) ? run.replace(/[0-9A-Fa-f]{6}(?=[0-9A-Fa-f])/g, `$&${ZWJ}`) : run));
}
function escapeMarkdown(text, maxLength = MAX_NAME_LENGTH) {
    let t = visibleControls(text.replace(/[\r\n\t]+/g, ' '));
    if (t.length > maxLength)
        t = `${Array.from(t).slice(0, maxLength - 1).join('')}…`;
    return breakCommitShas(breakEmojiShortcodes(breakAutolinks(t)))
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`);
}
function sanitizeCommentKey(key) {
    const cleaned = key
        .replace(/[^A-Za-z0-9._/-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 100);
    return cleaned || 'default';
}
const INVISIBLE_MARKS = '\\u007f-\\u009f\\u00ad\\u034f\\u0600-\\u0605\\u061c\\u06dd\\u070f\\u0890\\u0891\\u08e2\\u115f\\u1160\\u17b4\\u17b5\\u180b-\\u180f\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\u2800\\u3164\\ufe00-\\ufe0f\\ufeff\\uffa0\\ufff9-\\ufffb';
const INVISIBLE_PAIRS = '\\udb40[\\udc00-\\udc7f\\udd00-\\uddef]|\\ud834[\\udd73-\\udd7a]|\\ud82f[\\udca0-\\udca3]|\\ud80d[\\udc30-\\udc3f]|\\ud804[\\udcbd\\udccd]';
const UNSAFE_IN_LOG = new RegExp(`[\\u0000-\\u001f${INVISIBLE_MARKS}]|${INVISIBLE_PAIRS}`, 'g');
const UNSAFE_IN_JSON = new RegExp(`[${INVISIBLE_MARKS}]|${INVISIBLE_PAIRS}`, 'g');
const NAMED_CONTROLS = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function hex(c, digits) {
    return c.charCodeAt(0).toString(16).padStart(digits, '0');
}
function visible(c) {
    if (c.length === 2)
        return `\\u{${c.codePointAt(0).toString(16)}}`;
    return NAMED_CONTROLS[c] ?? (c.charCodeAt(0) < 0x100 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`);
}
function visibleSurrogate(c) {
    const code = c.charCodeAt(0);
    return code >= 0xdc80 && code <= 0xdcff ? `\\x${(code - 0xdc00).toString(16)}` : `\\u${hex(c, 4)}`;
}
function visibleControls(text) {
    return (0,_formats_escaped_utf8_js__WEBPACK_IMPORTED_MODULE_0__/* .replaceLoneSurrogates */ ._g)(text.replace(UNSAFE_IN_LOG, visible), visibleSurrogate);
}
function escapeLog(text) {
    const t = visibleControls(text).replace(/##\[/g, '##\\[');
    return /^\s*::/.test(t) ? `\\${t}` : t;
}
function escapeText(text, maxLength = MAX_NAME_LENGTH) {
    const t = escapeLog(text);
    return t.length > maxLength ? `${Array.from(t).slice(0, maxLength - 1).join('')}…` : t;
}
function escapeCsvField(value) {
    if (typeof value === 'number')
        return String(value);
    let s = escapeLog(value);
    if (/^[=+\-@]/.test(s))
        s = `'${s}`;
    return /[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
function jsonForLog(value) {
    const json = JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, (c) => Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''));
    return `${json.replace(/##\[/g, '##\\u005b')}\n`;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat */
/******/ 
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = new URL('.', import.meta.url).pathname.slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(3867);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
