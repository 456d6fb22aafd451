export const id = 480;
export const ids = [480,315];
export const modules = {

/***/ 4443:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/**
 * Durations for the report (latency estimates and budgets): 3 significant digits in the largest
 * unit that keeps the number >= 1. Parsing is profile/units.ts's parseDuration.
 */
/** 3 significant digits in the largest unit that keeps the number >= 1: `8.00 ms`, `512 µs`, `1.20 s`. */
function formatDuration(seconds, opts = {}) {
    if (seconds === 0)
        return '0 s';
    const units = [['s', 1], ['ms', 1e-3], ['µs', 1e-6], ['ns', 1e-9]];
    let [unit, scale] = units[units.length - 1];
    for (const [u, sc] of units) {
        if (seconds >= sc * 0.9995) {
            unit = u;
            scale = sc;
            break;
        }
    }
    let text = (seconds / scale).toPrecision(3);
    if (Number(text) >= 1000 && unit !== 's')
        text = String(Math.round(seconds / scale));
    if (opts.trim && text.includes('.'))
        text = text.replace(/\.?0+$/, '');
    return `${text} ${unit}`;
}


/***/ }),

/***/ 2464:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ie: () => (/* binding */ nodePath),
/* harmony export */   k0: () => (/* binding */ changeText),
/* harmony export */   mo: () => (/* binding */ opLabel)
/* harmony export */ });
/**
 * `scope/name`, or the name alone in the main graph (scope ''). PyTorch exports name nodes
 * `/layers.0/Conv`, already starting with `/`: inside `Loop_0/body` that is
 * `Loop_0/body/layers.0/Conv`, never `Loop_0/body//layers.0/Conv`.
 */
function nodePath(scope, name) {
    if (!scope)
        return name;
    return name.startsWith('/') ? `${scope}${name}` : `${scope}/${name}`;
}
/**
 * `Conv` in the default ONNX domain ('' or `ai.onnx`), else `domain::opType` (`com.microsoft::
 * FusedConv`, `tflite::CONV_2D`), the form the engine's own messages use.
 */
function opLabel(opType, domain) {
    return domain && domain !== 'ai.onnx' ? `${domain}::${opType}` : opType;
}
// Written in profile/ (whose input-shape lines use it too), which may not import from budget/.

/**
 * A why-section node's change, and for a matched node what it was: `changed: 1x64 → 1x128, was
 * /layers.3/fc`. `quote` is the renderer's escaping of a name or shape (at most `maxLength`).
 */
function changeText(n, arrow, quote) {
    if (n.change !== 'changed')
        return n.change;
    const parts = [];
    if (n.baseShape !== undefined && n.headShape !== undefined)
        parts.push(`${quote(n.baseShape, 60)} ${arrow} ${quote(n.headShape, 60)}`);
    if (n.baseName !== undefined)
        parts.push(`was ${quote(n.baseName)}`);
    return parts.length > 0 ? `changed: ${parts.join(', ')}` : 'changed';
}


/***/ }),

/***/ 3744:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   CW: () => (/* binding */ formatDelta),
/* harmony export */   C_: () => (/* binding */ parseAmount),
/* harmony export */   E9: () => (/* reexport safe */ _profile_units_js__WEBPACK_IMPORTED_MODULE_0__.E9),
/* harmony export */   X6: () => (/* binding */ isBinaryBytes),
/* harmony export */   ej: () => (/* binding */ formatAmount),
/* harmony export */   jv: () => (/* binding */ METRIC_UNITS),
/* harmony export */   ke: () => (/* reexport safe */ _profile_units_js__WEBPACK_IMPORTED_MODULE_0__.ke),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   lo: () => (/* reexport safe */ _profile_units_js__WEBPACK_IMPORTED_MODULE_0__.lo),
/* harmony export */   oQ: () => (/* binding */ formatLimitPercent),
/* harmony export */   pe: () => (/* reexport safe */ _profile_units_js__WEBPACK_IMPORTED_MODULE_0__.pe),
/* harmony export */   t8: () => (/* binding */ METRIC_LABELS),
/* harmony export */   tR: () => (/* reexport safe */ _profile_units_js__WEBPACK_IMPORTED_MODULE_0__.tR),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* harmony import */ var _profile_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5764);
/**
 * Human units for budgets: what people write in the config (`25M`, `120MiB`, `2%`; read by
 * profile/units.ts, the one unit parser) and numbers formatted for the report with 3 significant
 * digits (`25.6 M`, `97.5 MB`).
 * Counts use powers of 1000; bytes are shown in decimal units (kB, MB...) so that a reader can
 * compare them with counts at a glance, but budgets may be written in binary units too.
 */


function parseAmount(text, unit) {
    return unit === 'count' ? (0,_profile_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCount */ .zq)(text) : (0,_profile_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBytes */ .z_)(text);
}
const METRIC_UNITS = {
    params: 'count',
    flops: 'count',
    macs: 'count',
    memory: 'bytes',
    'peak-memory': 'bytes',
    'file-size': 'bytes',
};
/** Labels for the report. Memory access is spelled out: "MAC" means multiply-accumulate here. */
const METRIC_LABELS = {
    params: 'Params',
    flops: 'FLOPs',
    macs: 'MACs',
    memory: 'Memory access',
    'peak-memory': 'Peak activation memory',
    'file-size': 'File size',
};
const COUNT_STEPS = ['', 'K', 'M', 'G', 'T', 'P', 'E'];
const BYTE_STEPS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'];
const BINARY_BYTE_STEPS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];
/** Whether a budget amount as the user wrote it (`120 MiB`) is in the binary byte family. */
function isBinaryBytes(text) {
    return text !== undefined && /\d\s*[KMGTPE]iB$/.test(text.trim());
}
/** Magnitude with 3 significant digits in powers of 1000, e.g. 25_600_000 -> `25.6 M`. */
function scaled(n, steps, opts, plainIsInteger, base = 1000) {
    const abs = Math.abs(n);
    const sign = n < 0 ? '-' : '';
    if (abs < base) {
        // Below the first step counts and bytes are usually whole numbers: show them as they are.
        const body = plainIsInteger && Number.isInteger(abs) ? String(abs) : trimZeros(abs.toPrecision(3), opts);
        const unit = steps[0] ?? '';
        return `${sign}${body}${unit ? ' ' + unit : ''}`;
    }
    let step = Math.min(Math.floor(Math.log(abs) / Math.log(base) + 1e-12), steps.length - 1);
    let mantissa = abs / base ** step;
    // 999_950 rounds to "1.00e+3 K": carry into the next step instead.
    if (Number(mantissa.toPrecision(3)) >= base && step < steps.length - 1) {
        step += 1;
        mantissa = abs / base ** step;
    }
    // 1000-1023 KiB has 4 digits; 3 significant digits would print 1.00e+3.
    if (mantissa >= 1000)
        return `${sign}${Math.round(mantissa)} ${steps[step]}`;
    return `${sign}${trimZeros(mantissa.toPrecision(3), opts)} ${steps[step]}`;
}
function trimZeros(text, opts) {
    if (!opts.trim || !text.includes('.'))
        return text;
    return text.replace(/\.?0+$/, '');
}
function formatCount(n, opts = {}) {
    return scaled(n, COUNT_STEPS, opts, true);
}
function formatBytes(n, opts = {}) {
    return opts.binary ? scaled(n, BINARY_BYTE_STEPS, opts, true, 1024) : scaled(n, BYTE_STEPS, opts, true);
}
function formatAmount(n, unit, opts = {}) {
    return unit === 'count' ? formatCount(n, opts) : formatBytes(n, opts);
}
/** Signed change, e.g. `+1.20 M`, `-3.40 kB`, `±0`. */
function formatDelta(n, unit, opts = {}) {
    if (n === 0)
        return '±0';
    const body = formatAmount(Math.abs(n), unit, opts);
    return `${n > 0 ? '+' : '-'}${body}`;
}
/** Signed percent with one decimal (none from 100% up), e.g. `+2.5%`, `-3.4%`, `+<0.1%`. */
function formatPercent(p) {
    if (p === 0)
        return '±0%';
    const abs = Math.abs(p);
    const sign = p > 0 ? '+' : '-';
    const body = abs >= 100 ? abs.toFixed(0) : abs >= 0.05 ? abs.toFixed(1) : '<0.1';
    return `${sign}${body}%`;
}
/** Percent as a limit (`2%`, `2.5%`), no sign. */
function formatLimitPercent(p) {
    return `${trimZeros(p.toPrecision(3), { trim: true })}%`;
}


/***/ }),

/***/ 2711:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs),
/* harmony export */   ZB: () => (/* binding */ parseDimBinding),
/* harmony export */   zz: () => (/* binding */ parseInputShape)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2315);
/** Small argument helpers shared by the CLI commands. */


/** node:util parseArgs, with its errors (unknown option, missing value) as usage errors. */
function parseCommandArgs(config) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)(config);
    }
    catch (e) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_1__.CliUsageError(e instanceof Error ? e.message : String(e));
    }
}
/** `name=1x3x224x224` -> ['name', [1, 3, 224, 224]]. */
function parseInputShape(text) {
    const eq = text.lastIndexOf('=');
    if (eq <= 0)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_1__.CliUsageError(`--input '${text}' should look like name=1x3x224x224`);
    const name = text.slice(0, eq);
    const dims = text.slice(eq + 1).split(/[x,]/).map((d) => d.trim());
    const nums = dims.map(Number);
    if (dims.some((d) => !/^\d+$/.test(d)) || nums.some((n) => !Number.isSafeInteger(n))) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_1__.CliUsageError(`--input '${text}': dims must be non-negative integers separated by x`);
    }
    return [name, nums];
}
/** `batch=1` -> ['batch', 1]. */
function parseDimBinding(text) {
    const m = /^([^=]+)=(\d+)$/.exec(text);
    if (!m || !Number.isSafeInteger(Number(m[2])))
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_1__.CliUsageError(`--dim '${text}' should look like name=value, e.g. batch=1`);
    return [m[1], Number(m[2])];
}


/***/ }),

/***/ 2315:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CliUsageError: () => (/* binding */ CliUsageError),
/* harmony export */   USAGE: () => (/* binding */ USAGE)
/* harmony export */ });
/* harmony import */ var _formats_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1822);
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5875);
/** Command-line usage text and the usage error. */


class CliUsageError extends _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb {
    name = 'CliUsageError';
}
/** Every format the registry reads, so the usage text cannot fall behind it. */
const FORMAT_LIST = (0,_formats_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .formats */ .Fx)().map((f) => f.label).join(', ');
const USAGE = `Usage:
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

Exit codes: 0 ok, 1 budget exceeded, 2 bad input, config or usage,
3 internal error (a bug in model-budget: please report it; MODEL_BUDGET_DEBUG=1 prints the stack).
`;


/***/ }),

/***/ 7717:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ FORMULA_METRICS),
/* harmony export */   n: () => (/* binding */ FORMULA_LABELS)
/* harmony export */ });
/**
 * What a cost formula is (profile/formula.ts derives them) and the names of its metrics: the
 * reports and the gate read these, and the derivation is loaded only for a model with free dims.
 */
const FORMULA_METRICS = ['macs', 'flops', 'memoryBytes', 'peakActivationBytes'];
/** Formula names of the metrics as the text output shows them. */
const FORMULA_LABELS = {
    macs: 'MACs', flops: 'FLOPs', memoryBytes: 'memory access', peakActivationBytes: 'peak activations',
};


/***/ }),

/***/ 577:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ shapeLabel)
/* harmony export */ });
/** How a shape is written wherever it is shown (budget/labels.ts gathers it with the other labels). */
/** `1x16x128`; `?` for a dim or a shape not known, `scalar` for rank 0. */
function shapeLabel(shape) {
    if (shape === null)
        return '?';
    return shape.length === 0 ? 'scalar' : shape.map((d) => (d === null ? '?' : String(d))).join('x');
}


/***/ }),

/***/ 8712:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ unboundDims),
/* harmony export */   N: () => (/* binding */ inputShapes)
/* harmony export */ });
/* harmony import */ var _shape_label_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(577);

/**
 * The inputs' symbolic dims bound neither by `dims` nor by an input shape given in full in
 * `inputs` (which replaces the model's shape and binds the dim names at its positions
 * everywhere). Each named dim is listed once, at its first input.
 */
function unboundDims(p, dims, inputs) {
    const resolves = (d) => typeof d === 'number' || dims[d] !== undefined;
    const explicit = new Set();
    const boundByInputs = new Set();
    for (const v of p.inputs) {
        const given = inputs[v.name];
        if (!given || !given.every(resolves))
            continue;
        explicit.add(v.name);
        v.shape?.forEach((d) => typeof d === 'string' && boundByInputs.add(d));
    }
    const out = [];
    const seen = new Set();
    for (const v of p.inputs) {
        if (explicit.has(v.name) || !v.shape)
            continue;
        v.shape.forEach((d, index) => {
            if (typeof d === 'number')
                return;
            if (d !== null && (dims[d] !== undefined || boundByInputs.has(d) || seen.has(d)))
                return;
            if (d !== null)
                seen.add(d);
            out.push({ dim: d, input: v.name, index });
        });
    }
    return out;
}
/** `name: 1x3x224x224` per input, as profiled (dims that stayed symbolic by name), plus an LLM's context. */
function inputShapes(p) {
    const out = p.inputs.map((v) => {
        const shape = v.boundShape !== undefined ? v.boundShape : v.shape;
        return `${v.name}: ${(0,_shape_label_js__WEBPACK_IMPORTED_MODULE_0__/* .shapeLabel */ .M)(shape)}`;
    });
    const llm = p.weights?.llm;
    if (llm)
        out.push(`context: ${llm.context}`);
    return out;
}


/***/ }),

/***/ 5764:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   ke: () => (/* binding */ parseFlops),
/* harmony export */   lo: () => (/* binding */ parsePercent),
/* harmony export */   pe: () => (/* binding */ parseBandwidth),
/* harmony export */   tR: () => (/* binding */ UnitError),
/* harmony export */   z_: () => (/* binding */ parseBytes),
/* harmony export */   zq: () => (/* binding */ parseCount)
/* harmony export */ });
/* unused harmony exports MAX_TEXT, quoteUnitText */
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5875);
/**
 * The one parser for the quantities people write: budgets in the config (`25M`, `120MiB`, `2%`),
 * hardware options (`--peak-flops 19.5T`, `--bandwidth 25GB/s`) and latency limits (`8ms`).
 * One grammar for all of them, so a value means the same wherever it is written:
 *
 * - a number: digits with an optional fraction and an optional exponent (`1.5`, `.5`, `2e12`,
 *   `1E9`); no sign, no `NaN`/`Infinity`, at most MAX_TEXT characters; the result must be finite;
 * - SI prefixes, powers of 1000: `k` or `K` (kilo), `M`, `G`, `T`, `P`, `E`. Case matters as in SI
 *   (`m` would be milli, which no count or size has), except that `K` is accepted for kilo;
 * - binary prefixes for bytes, powers of 1024: `Ki`, `Mi`, `Gi`, `Ti`, `Pi`, `Ei`;
 * - bytes end in `B`; a lowercase `b` means bits and is refused rather than read as bytes; a
 *   prefix without `B` (`12M`) is refused for bytes (it could be a count);
 * - FLOPS may end in `FLOPS`, `FLOP/s` or `FLOP` (any case); bandwidth in `/s` or `ps`;
 * - durations need their unit: `ns`, `us` (or `µs`), `ms`, `s`; the value is in seconds;
 * - percentages need their `%`.
 *
 * Whitespace between the number and the unit is allowed. Counts, bytes and percentages may be
 * 0; rates and durations must be positive. Errors are `UnitError` with one line that quotes the
 * text (escaped, shortened) and says what was expected; callers add where the text came from.
 */

/** A quantity that cannot be read; the message quotes the text and says what is expected. */
class UnitError extends _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadInputError */ .Ys {
    name = 'UnitError';
}
/** Longer texts are refused before any matching: no quantity needs more. */
const MAX_TEXT = 64;
const NUMBER = String.raw `(\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d{1,4}))?`;
const DECIMAL_PREFIX = '[kKMGTPE]';
const COUNT_RE = new RegExp(`^${NUMBER}\\s*(${DECIMAL_PREFIX}?)$`);
const FLOPS_RE = new RegExp(`^${NUMBER}\\s*(${DECIMAL_PREFIX}?)(?:flops|flop/s|flop)?$`, 'i');
// The prefix group takes any letters so that `100Mb` or `3xB` get a precise message.
const BYTES_RE = /^(\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d{1,4}))?\s*(?:([A-Za-z]?i?)([Bb]))?$/;
const BANDWIDTH_SUFFIX = /\s*(?:\/s|ps)$/i;
const DURATION_RE = new RegExp(`^${NUMBER}\\s*(ns|us|µs|μs|ms|s)$`);
const PERCENT_RE = new RegExp(`^${NUMBER}\\s*%$`);
const DECIMAL_EXPONENT = { '': 0, k: 3, K: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_EXPONENT = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const DURATION_EXPONENT = { ns: -9, us: -6, 'µs': -6, 'μs': -6, ms: -3, s: 0 };
/** The text as it may appear in a message: JSON-quoted (control characters escaped), shortened. */
function quoteUnitText(text) {
    const s = String(text);
    return JSON.stringify(s.length > 32 ? `${s.slice(0, 32)}…` : s);
}
const EXPECTED = {
    count: 'use K/M/G/T',
    'byte size': 'use B, kB/MB/GB/TB or KiB/MiB/GiB/TiB',
    'FLOPS rate': 'use a number with K/M/G/T/P, e.g. 19.5T or 312 TFLOPS',
    bandwidth: 'use bytes per second, e.g. 25GB/s, 900 GB/s or 1.5TiB/s',
    duration: 'use ns, us, ms or s, e.g. 8ms',
    percentage: 'write e.g. 2%',
};
function notA(text, kind, why) {
    return new UnitError(`${quoteUnitText(text)} is not a ${kind} (${why ?? EXPECTED[kind]})`);
}
/** Decimal digits scaled by a power of ten, rounded once (`0.1e12` is exact where 0.1 * 1e12 is not). */
function decimal(digits, exponent, shift) {
    return Number(`${digits}e${Number(exponent ?? 0) + shift}`);
}
/** The value, or an error when it is not finite or not allowed to be 0. */
function checked(value, text, kind, positive) {
    if (!Number.isFinite(value))
        throw notA(text, kind, 'too large');
    if (positive && value <= 0)
        throw notA(text, kind, 'must be greater than 0');
    return value;
}
/** A YAML number or a string within the length cap, trimmed; anything else is refused. */
function textOf(text, kind, numbersAllowed, positive) {
    if (typeof text === 'number') {
        if (!numbersAllowed || Number.isNaN(text) || text < 0)
            throw notA(text, kind);
        return checked(text, text, kind, positive);
    }
    if (typeof text !== 'string')
        throw notA(String(text), kind);
    if (text.length > MAX_TEXT)
        throw notA(text, kind, `longer than ${MAX_TEXT} characters`);
    return text.trim();
}
/** `25M` -> 25,000,000; `1.5T`, `2k`, `1e9`; a bare number is a plain count. */
function parseCount(text) {
    const t = textOf(text, 'count', true, false);
    if (typeof t === 'number')
        return t;
    const m = COUNT_RE.exec(t);
    if (!m)
        throw notA(text, 'count');
    return checked(decimal(m[1], m[2], DECIMAL_EXPONENT[m[3]]), text, 'count', false);
}
/** `120MiB` -> 125,829,120, `100MB` -> 100,000,000; a bare number is bytes. */
function parseBytes(text) {
    return bytesOf(text, 'byte size', false);
}
function bytesOf(text, kind, positive) {
    const t = textOf(text, kind, true, positive);
    if (typeof t === 'number')
        return t;
    const body = kind === 'bandwidth' ? t.replace(BANDWIDTH_SUFFIX, '') : t;
    const m = BYTES_RE.exec(body);
    if (!m)
        throw notA(text, kind);
    const [, digits, exponent, prefix = '', unit] = m;
    if (unit === 'b')
        throw notA(text, kind, "'b' means bits; write B for bytes");
    let value;
    if (prefix in BINARY_EXPONENT)
        value = decimal(digits, exponent, 0) * 2 ** BINARY_EXPONENT[prefix];
    else if (prefix in DECIMAL_EXPONENT)
        value = decimal(digits, exponent, DECIMAL_EXPONENT[prefix]);
    else
        throw notA(text, kind);
    return checked(value, text, kind, positive);
}
/** A hardware peak compute rate in FLOP per second: `19.5T`, `312 TFLOPS`, `1.2e13`. */
function parseFlops(text) {
    const t = textOf(text, 'FLOPS rate', true, true);
    if (typeof t === 'number')
        return t;
    const m = FLOPS_RE.exec(t);
    // The case-insensitive match lets `19.5t` through; SI prefixes are case-sensitive.
    const shift = m ? DECIMAL_EXPONENT[m[3]] : undefined;
    if (!m || shift === undefined)
        throw notA(text, 'FLOPS rate');
    return checked(decimal(m[1], m[2], shift), text, 'FLOPS rate', true);
}
/** Memory bandwidth in bytes per second: `25GB/s`, `900 GBps`, `1.5TiB/s`, `2e12`. */
function parseBandwidth(text) {
    return bytesOf(text, 'bandwidth', true);
}
/** A duration in seconds: `8ms` -> 0.008, `250us`, `1.5s`. The unit is required. */
function parseDuration(text) {
    const t = textOf(text, 'duration', false, true);
    const m = DURATION_RE.exec(t);
    if (!m)
        throw notA(text, 'duration');
    return checked(decimal(m[1], m[2], DURATION_EXPONENT[m[3]]), text, 'duration', true);
}
/** `2%` -> 2 (percent). The `%` is required. */
function parsePercent(text) {
    const t = textOf(text, 'percentage', false, false);
    const m = PERCENT_RE.exec(t);
    if (!m)
        throw notA(text, 'percentage');
    return checked(decimal(m[1], m[2], 0), text, 'percentage', false);
}


/***/ }),

/***/ 2712:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ formulaExpression),
/* harmony export */   W: () => (/* binding */ formulaLines)
/* harmony export */ });
/* harmony import */ var _budget_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3744);
/* harmony import */ var _profile_formula_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7717);
/**
 * Text of cost formulas (issue 15): `MACs = 3.67 M·seq + 1.02 K·seq² (batch = 1)`. Pure. The
 * JSON keeps the exact coefficients; this rounds them to 3 significant digits for reading.
 */


const SUPERSCRIPT = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
function power(e) {
    return e === 1 ? '' : String(e).split('').map((c) => SUPERSCRIPT[Number(c)]).join('');
}
function coefficient(t, metric) {
    const n = BigInt(t.numerator);
    const negative = n < 0n;
    const abs = negative ? -n : n;
    const d = BigInt(t.denominator);
    // Integers print exactly below 1000 (formatCount does); fractions keep their exact form when small.
    const value = d === 1n ? Number(abs) : Number(abs) / Number(d);
    const text = d !== 1n && abs < 1000n && d < 1000n ? `${abs}/${d}` : metric === 'macs' || metric === 'flops' ? (0,_budget_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(value) : (0,_budget_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(value);
    return { negative, text };
}
function termText(t, metric) {
    const c = coefficient(t, metric);
    const vars = Object.entries(t.powers).map(([d, e]) => `${d}${power(e)}`).join('·');
    if (!vars)
        return c;
    // A bare count coefficient of 1 reads better as the variable alone ("seq²", not "1·seq²").
    const unitless = c.text === '1' ? vars : `${c.text}·${vars}`;
    return { negative: c.negative, text: unitless };
}
function formulaExpression(terms, metric) {
    if (terms.length === 0)
        return metric === 'macs' || metric === 'flops' ? '0' : '0 B';
    return terms.map((t, i) => {
        const { negative, text } = termText(t, metric);
        if (i === 0)
            return negative ? `-${text}` : text;
        return `${negative ? '-' : '+'} ${text}`;
    }).join(' ');
}
function fixedText(f) {
    const entries = Object.entries(f.fixed);
    return entries.length ? ` (${entries.map(([d, v]) => `${d} = ${v}`).join(', ')})` : '';
}
/** One line per metric: the formula, or why there is none and the values sampled. */
function formulaLines(f) {
    if (f.note)
        return [f.note];
    const lines = [];
    for (const m of _profile_formula_types_js__WEBPACK_IMPORTED_MODULE_1__/* .FORMULA_METRICS */ .T) {
        const mf = f.metrics[m];
        if (!mf)
            continue;
        const label = _profile_formula_types_js__WEBPACK_IMPORTED_MODULE_1__/* .FORMULA_LABELS */ .n[m];
        if (mf.polynomial)
            lines.push(`${label} = ${formulaExpression(mf.terms, m)}${fixedText(f)}`);
        else {
            const shown = mf.values.filter((v) => v.value !== null).slice(0, 4)
                .map((v) => `${Object.entries(v.at).map(([d, x]) => `${d}=${x}`).join(',')}: ${m === 'macs' || m === 'flops' ? (0,_budget_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(v.value) : (0,_budget_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(v.value)}`);
            lines.push(`${label}: no formula: ${mf.reason}${shown.length ? `; values ${shown.join('; ')}` : ''}`);
        }
    }
    return lines;
}


/***/ })

};
