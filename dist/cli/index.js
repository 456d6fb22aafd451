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

/***/ 5306:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  L: () => (/* binding */ enableCompileCache)
});

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./build/src/cli/compile-cache.js
/**
 * Node 22.1+'s compile cache for the CLI (issue 14, process start). `module.enableCompileCache()`
 * keeps V8's compiled code of every file loaded after it (the bundle's chunks, dynamic imports
 * included, and worker threads, which run this same entry) in node's default folder,
 * os.tmpdir()/node-compile-cache (NODE_COMPILE_CACHE=dir moves it, NODE_DISABLE_COMPILE_CACHE=1
 * turns it off). Older Nodes have no such call: nothing changes there.
 *
 * Node writes a file's cache entry when it compiles the file, so by default it holds only the
 * code V8 compiled up front, and every function a run calls is compiled again on its first call.
 * `eager` tells V8 to compile whole files (`--no-lazy`): the first run of a build pays for that
 * once and writes it, and later runs get every function from the cache. Measured on `profile`,
 * Node 24: +44 ms over `node -e 0` eager, +53 ms lazy. The flag has a price, which decides where
 * it is set:
 * - V8 stamps a code cache with a hash of its flags, and Node's built-in cache of its own modules
 *   was made without this one: every Node module loaded after the flag is compiled from source,
 *   whole (os, util, readline, zlib and http: 7 ms before the flag, 40 ms after). So only
 *   `profile` is eager, and the few Node modules it needs later are loaded first (below); `check`
 *   loads about 90 (http, tls, crypto, worker_threads) and stays lazy (its `--help`: 233 ms
 *   lazy, 302 ms eager).
 * - The flag is set before the cache is turned on. Node names the cache's folder after V8's
 *   version tag, which covers the flags, so eager and lazy entries of one file live apart and a
 *   `profile` run never overwrites what a `check` run wrote, nor the reverse. A cache Node turned
 *   on before this code ran (NODE_COMPILE_CACHE) has its folder already: it stays lazy.
 */

/**
 * Node majors on which `--no-lazy` is known to exist: V8 prints an error line for a flag it does
 * not know, which a newer V8 could do. A Node outside the list keeps the (plain) cache.
 */
const EAGER_MAJORS = new Set([22, 23, 24]);
/** Where the cache lives, or undefined when there is none (Node < 22.1, disabled, or unwritable). */
function enableCompileCache(options = {}) {
    const m = external_node_module_namespaceObject;
    if (!m.enableCompileCache)
        return undefined;
    const eager = options.eager === true && setEager(true);
    const r = m.enableCompileCache();
    const s = m.constants?.compileCacheStatus;
    const enabled = r !== undefined && s !== undefined && (r.status === s.ENABLED || r.status === s.ALREADY_ENABLED);
    // Eager only in a folder of its own: not when the cache is off, nor in one Node opened before.
    if (eager && !(enabled && r.status === s.ENABLED))
        setEager(false);
    return enabled ? r.directory : undefined;
}
/** Sets `--no-lazy` (or back to `--lazy`); false where that cannot be done. */
function setEager(on) {
    const load = process.getBuiltinModule;
    if (!load || !EAGER_MAJORS.has(Number(process.versions.node.split('.')[0])))
        return false;
    if (on) {
        // The Node modules `profile` loads after this point, loaded now while Node's own cache of
        // them still applies: os (the cache's default folder) and util's parseArgs (the arguments).
        load('node:os');
        void load('node:util').parseArgs;
    }
    load('node:v8').setFlagsFromString(on ? '--no-lazy' : '--lazy');
    return true;
}


/***/ }),

/***/ 5941:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ reportFailure)
/* harmony export */ });
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5875);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6209);
/** Turns any failure into one line on stderr and an exit code; stack traces only on request. */


/** Messages carry file names and model text: each becomes one escaped line. */
const line = (text) => `${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLog */ .Ah)(text)}\n`;
/**
 * Returns the exit code: 2 for what the user can fix (the message says what), 3 for a bug in
 * model-budget. `MODEL_BUDGET_DEBUG=1` adds the stack of internal errors.
 */
function reportFailure(e, write, debug = process.env['MODEL_BUDGET_DEBUG'] === '1') {
    if (!(e instanceof _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelBudgetError */ .jW)) {
        write(line(`model-budget: ${(0,_graph_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .internalErrorLine */ .cB)(e)}`));
        if (debug) {
            const wrapped = _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InternalError */ .Gd.wrap(e);
            // The stack quotes model text too: escaped line by line.
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


/***/ }),

/***/ 3867:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _compile_cache_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5306);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5941);
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5875);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3135);
/* harmony import */ var _io_worker_entry_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3603);
/**
 * `model-budget profile|diff|check|merge`: thin I/O around the profiler and the gate.
 * Exit codes (graph/errors.ts EXIT): 0 success, 1 budget breach (diff, check), 2 bad input, config
 * or usage, 3 internal error (a bug in model-budget).
 */





// Before any chunk loads (see compile-cache.ts): eager for `profile`, whose start-up is timed.
(0,_compile_cache_js__WEBPACK_IMPORTED_MODULE_0__/* .enableCompileCache */ .L)({ eager: process.argv[2] === 'profile' });
async function main(argv) {
    const [command, ...rest] = argv;
    switch (command) {
        // Each command is loaded only when it runs: `profile` must not pay for compiling the git,
        // GitHub and gate code (issue 14: process start within 40 ms of `node -e 0`).
        case 'profile':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(822), __nccwpck_require__.e(474), __nccwpck_require__.e(480), __nccwpck_require__.e(124)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5124))).runProfileCommand(rest);
        case 'diff':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(84), __nccwpck_require__.e(413), __nccwpck_require__.e(822), __nccwpck_require__.e(474), __nccwpck_require__.e(8), __nccwpck_require__.e(480), __nccwpck_require__.e(883), __nccwpck_require__.e(633), __nccwpck_require__.e(265)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1265))).runDiff(rest);
        case 'check':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(84), __nccwpck_require__.e(413), __nccwpck_require__.e(822), __nccwpck_require__.e(474), __nccwpck_require__.e(8), __nccwpck_require__.e(480), __nccwpck_require__.e(883), __nccwpck_require__.e(633), __nccwpck_require__.e(136)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6136))).runCheck(rest);
        case 'merge':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(84), __nccwpck_require__.e(822), __nccwpck_require__.e(8), __nccwpck_require__.e(480), __nccwpck_require__.e(883), __nccwpck_require__.e(224)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8774))).runMerge(rest);
        case undefined:
        case '-h':
        case '--help':
        case 'help':
            // The usage text lists every format: loading it (all the readers) is for help alone.
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
// `check` profiles in worker threads that run this same file (the bundle has no other): they serve jobs.
if (await (0,_io_worker_entry_js__WEBPACK_IMPORTED_MODULE_4__/* .isProfileWorker */ .aO)()) {
    (await Promise.all(/* import() */[__nccwpck_require__.e(822), __nccwpck_require__.e(474), __nccwpck_require__.e(8), __nccwpck_require__.e(638)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1638))).serveProfileWorker();
}
else {
    (0,_io_worker_entry_js__WEBPACK_IMPORTED_MODULE_4__/* .registerWorkerEntry */ .IW)(import.meta.url);
    main(process.argv.slice(2)).then((code) => {
        process.exitCode = code;
    }, (e) => {
        try {
            process.exitCode = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .reportFailure */ .x)(e, _output_js__WEBPACK_IMPORTED_MODULE_3__/* .stderr */ .vF);
        }
        catch {
            // Standard error cannot be written either (an OutputError): the exit code says it.
            process.exitCode = _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.BAD_INPUT;
        }
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
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5875);
/**
 * The CLI's standard output and error, written to the file descriptor itself.
 *
 * Two reasons not to use `process.stdout`:
 * - Its first use builds a stream and loads Node's stream and net modules: 3 to 8 ms of every
 *   `profile` run (issue 14, process start), for one write at the end.
 * - A reader that stops early (`model-budget profile m.onnx --format json | head`) closes the
 *   pipe, and the stream threw EPIPE with a stack trace. Here the rest of the output is dropped,
 *   as other command-line tools do, and the command's exit code stands.
 */


/** Output that cannot be written for another reason than a closed reader (a full disk, a closed descriptor). */
class OutputError extends _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelBudgetError */ .jW {
    name = 'OutputError';
}
/**
 * A writer for `fd`: whole writes, in order. `stream` is the same descriptor's Node stream, used
 * only when the descriptor is non-blocking and full (EAGAIN: a parent handed over a non-blocking
 * pipe); from then on every write goes through it, to keep the order, and Node flushes it before
 * exiting. Any other error than EPIPE throws an OutputError naming `what`; one that the stream
 * meets later, after the command returned, calls `late` instead.
 */
function fdWriter(fd, what, stream, late) {
    let readerGone = false;
    let viaStream;
    const failure = (code) => new OutputError(`cannot write to ${what}: ${code ?? 'unknown error'}`);
    return (text) => {
        if (readerGone || text === '')
            return;
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
                viaStream = stream();
                viaStream.on('error', (err) => {
                    if (err.code !== 'EPIPE')
                        late(failure(err.code));
                });
                viaStream.write(bytes.subarray(at));
                return;
            }
        }
    };
}
/** Where failures are told. When it fails too, only the exit code is left to say so. */
const stderr = fdWriter(2, 'standard error', () => process.stderr, () => {
    process.exitCode = _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.BAD_INPUT;
});
const stdout = fdWriter(1, 'standard output', () => process.stdout, (e) => {
    try {
        stderr(`model-budget: ${e.message}\n`);
    }
    catch {
        // Standard error failed as well: the exit code below is all that is left.
    }
    process.exitCode = _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.BAD_INPUT;
});


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
/* harmony export */   jW: () => (/* binding */ ModelBudgetError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony exports isInternal, exitCodeFor */
/**
 * The one error hierarchy. Everything the user can fix (a bad model file, config, option, input,
 * or an environment we cannot work in) is a `ModelBudgetError`: its message is one line meant
 * for the user, and the CLI exits with `EXIT.BAD_INPUT`. Anything else that escapes (a
 * TypeError in an op, a failed assertion) is a bug in model-budget: `InternalError`, exit
 * `EXIT.INTERNAL`, reported as such with the model and op it happened on.
 *
 * Callers decide by `instanceof`, never by matching class names.
 */
/** Process exit codes of the CLI (README, "Exit codes"). */
const EXIT = {
    OK: 0,
    /** `diff`/`check`: a budget is exceeded. */
    BREACH: 1,
    /** Bad input, config, usage or environment: the message says what to fix. */
    BAD_INPUT: 2,
    /** A bug in model-budget. */
    INTERNAL: 3,
};
/** Base of every error whose message is a user-facing line (not a bug of ours). */
class ModelBudgetError extends Error {
    name = 'ModelBudgetError';
}
/** Something wrong with an input the user gave: a model file, a side file, a report. */
class BadInputError extends ModelBudgetError {
    name = 'BadInputError';
}
/**
 * A problem with one input file, reported as one line: `model-budget: <file>: <detail>` with
 * exit code 2. Never carries a stack trace to the user.
 */
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
/** A problem in the budget config, with its position. */
class ConfigError extends ModelBudgetError {
    file;
    line;
    key;
    detail;
    name = 'ConfigError';
    constructor(file, 
    /** 1-based; 0 when the problem has no position (empty file). */
    line, 
    /** Dotted key path, e.g. `models[0].budgets.flops.max`; '' for the whole file. */
    key, detail) {
        super(`${file}${line > 0 ? `:${line}` : ''}: ${key ? `${key}: ` : ''}${detail}`);
        this.file = file;
        this.line = line;
        this.key = key;
        this.detail = detail;
    }
}
/** A bad command-line option or action input; the CLI adds a pointer to `--help`. */
class UsageError extends ModelBudgetError {
    name = 'UsageError';
}
/**
 * Something outside us failed in a way the user has to look at (a git command, the GitHub API,
 * a checkout without the base commit). Not a bug in model-budget.
 */
class EnvironmentError extends ModelBudgetError {
    name = 'EnvironmentError';
}
/** A bug in model-budget. `cause` keeps the original error (and its stack) for MODEL_BUDGET_DEBUG. */
class InternalError extends Error {
    detail;
    name = 'InternalError';
    context;
    constructor(detail, context, cause) {
        super([context.model, context.op, detail].filter((p) => p !== undefined && p !== '').join(': '), { cause });
        this.detail = detail;
        this.context = context;
    }
    /**
     * Wraps anything that is not a user-facing error, adding what is known about where it
     * happened. An InternalError is extended with the missing context (the engine knows the op,
     * the pipeline knows the model); a ModelBudgetError is returned unchanged.
     */
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
    /** The parts that cross a thread boundary (a worker's error, rebuilt with `restore`). */
    toPlain() {
        return { detail: this.detail, context: this.context, stack: this.originalStack };
    }
    static restore(plain) {
        const cause = new Error(plain.detail);
        cause.stack = plain.stack;
        return new InternalError(plain.detail, plain.context, cause);
    }
    /** The stack of the original error (what a bug report needs), else this one's. */
    get originalStack() {
        const c = this.cause;
        return (c instanceof Error && c.stack) || this.stack || this.message;
    }
}
/** Whether an error is a bug of ours (exit 3) rather than something the user can fix (exit 2). */
function isInternal(e) {
    return !(e instanceof ModelBudgetError);
}
/** The exit code for an error that ended a command. */
function exitCodeFor(e) {
    return isInternal(e) ? EXIT.INTERNAL : EXIT.BAD_INPUT;
}
/** The one line that tells the user an internal error is our bug and where to report it. */
function internalErrorLine(e) {
    const wrapped = InternalError.wrap(e);
    return `internal error: ${wrapped.message}. This is a bug in model-budget, please report it (run with MODEL_BUDGET_DEBUG=1 for the stack trace)`;
}
function firstLine(text) {
    return text.split('\n')[0] ?? text;
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
/**
 * Which file a profile worker thread runs: the program's own entry (the CLI's or the action's
 * bundle, or build/src/... unbundled), which registers itself here and, started as a worker,
 * serves profile jobs instead of running the program (profile-worker.ts). A bundle has no other
 * file a worker could load. Kept free of heavy imports: every entry loads it first.
 */
/** The tag in `workerData` that makes an entry serve profiles. */
const PROFILE_WORKER_ROLE = 'model-budget/profile-worker';
/**
 * The argument the pool starts a worker with: seen in `process.argv` without loading
 * node:worker_threads, which costs every `profile` run milliseconds (issue 14, process start).
 * Only a hint: a program given it on the command line is still the main thread.
 */
const PROFILE_WORKER_ARG = '--model-budget-profile-worker';
let entry = null;
/** Called by a program's entry with its own `import.meta.url`. */
function registerWorkerEntry(url) {
    entry = new URL(url);
}
/** The registered entry, or null (library use, tests: profiles run in-process). */
function workerEntry() {
    return entry;
}
/** Whether this thread was started by the profile pool to serve jobs. */
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
/* harmony export */   SN: () => (/* binding */ escapeCsvField),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   wn: () => (/* binding */ jsonForLog),
/* harmony export */   xx: () => (/* binding */ visibleControls)
/* harmony export */ });
/* unused harmony export sanitizeCommentKey */
/**
 * Escaping for text that comes from model files, repository paths or a report artifact: node
 * names, op types, file paths, error messages. Such text is attacker-controlled in a pull request
 * from a fork, and the comment is posted with the repository's token, so it must not be able to
 * add markup, HTML, links, images, table cells or @-mentions.
 */
/** Characters with a markdown meaning; each is backslash-escaped (GFM allows it for all ASCII punctuation). */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]()#!|~{}+\-.:]/g;
// C0/C1 controls, and bidi overrides/isolates that could make a name display as something else.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
const ZWJ = '\u200d';
const MAX_NAME_LENGTH = 200;
/**
 * Makes text safe as inline markdown (table cells, headings, list items): HTML special characters
 * become entities, markdown punctuation is backslash-escaped (so `|` cannot open a table cell and
 * backticks cannot open a code span), line breaks become spaces, and `@name` / `#123` get a
 * zero-width joiner so GitHub links no user or issue. Long text is cut to `maxLength` with "…".
 */
function escapeMarkdown(text, maxLength = MAX_NAME_LENGTH) {
    let t = text.replace(/[\r\n\t]+/g, ' ').replace(INVISIBLE, '');
    if (t.length > maxLength)
        t = `${Array.from(t).slice(0, maxLength - 1).join('')}…`;
    return t
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
        .replace(/@/g, `@${ZWJ}`)
        .replace(/\\#/g, `\\#${ZWJ}`);
}
/**
 * The key in the hidden marker comment. Only [A-Za-z0-9._/-] survive and runs of `-` collapse, so
 * the key can never close the HTML comment (`-->`) or break out of it.
 */
function sanitizeCommentKey(key) {
    const cleaned = key
        .replace(/[^A-Za-z0-9._/-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 100);
    return cleaned || 'default';
}
/**
 * Characters that change what a terminal or a CI log shows, or where its lines break: C0 and C1
 * controls (newlines, ESC of terminal escape sequences, NEL), DEL, line/paragraph separators,
 * zero-width and bidi formatting marks.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_LOG = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const NAMED_CONTROLS = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function visible(c) {
    const code = c.charCodeAt(0);
    return NAMED_CONTROLS[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}
/** Controls and invisible marks as visible escapes (`\n`, `\x1b`, `\u202e`); everything else as it is. */
function visibleControls(text) {
    return text.replace(UNSAFE_IN_LOG, visible);
}
/**
 * Makes text safe for a CI log line or a terminal: one line, no escape sequences, no workflow
 * command. Controls and invisible marks become visible escapes (`\n`, `\x1b`, `\u202e`), so an
 * odd name shows as odd instead of vanishing. The GitHub runner executes `::command::` at the
 * start of a line (after leading white space) and the legacy `##[command]` anywhere in a line;
 * a leading `::` gets a backslash in front and `##[` becomes `##\[`. Idempotent (backslashes are
 * kept as they are), so a line built from escaped names can be escaped again as a whole at the
 * sink that writes it.
 */
function escapeLog(text) {
    const t = visibleControls(text).replace(/##\[/g, '##\\[');
    return /^\s*::/.test(t) ? `\\${t}` : t;
}
/** Plain text for a terminal (one line, see escapeLog), cut to `maxLength` with "…". */
function escapeText(text, maxLength = MAX_NAME_LENGTH) {
    const t = escapeLog(text);
    return t.length > maxLength ? `${Array.from(t).slice(0, maxLength - 1).join('')}…` : t;
}
/**
 * One CSV field: escaped like a log line (CSV is printed to terminals and CI logs too), a leading
 * `= + - @` (a spreadsheet formula: `=HYPERLINK(...)`, `@SUM(...)`) neutralised with a `'` in
 * front, then quoted when it holds a comma or a quote. Numbers are written as they are.
 */
function escapeCsvField(value) {
    if (typeof value === 'number')
        return String(value);
    let s = escapeLog(value);
    if (/^[=+\-@]/.test(s))
        s = `'${s}`;
    return /[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
/**
 * Pretty-printed JSON for stdout, which CI logs parse like any other output: JSON.stringify
 * already escapes controls, and `##[` (a legacy workflow command anywhere in a line, and only
 * possible inside a JSON string) is written as `##\u005b`, which parses back to the same text.
 */
function jsonForLog(value) {
    return `${JSON.stringify(value, null, 2).replace(/##\[/g, '##\\u005b')}\n`;
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
