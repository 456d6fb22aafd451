export const id = 375;
export const ids = [375];
export const modules = {

/***/ 1375:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HardwareOptionError: () => (/* binding */ HardwareOptionError),
/* harmony export */   q: () => (/* binding */ HARDWARE_PRESETS),
/* harmony export */   resolveHardware: () => (/* binding */ resolveHardware),
/* harmony export */   w: () => (/* binding */ hardwarePreset)
/* harmony export */ });
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5875);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5764);
/**
 * Hardware presets for the roofline estimate, and custom `--peak-flops` / `--bandwidth` values
 * (read by profile/units.ts, the one unit parser). FLOPS here always means hardware speed (operations per second); model
 * size is counted in FLOPs (operations), never FLOPS.
 *
 * Each preset names one precision: the roofline only makes sense against the peak of the
 * arithmetic the model would actually run. The default ids are FP32 dense (no structured
 * sparsity); `-fp16` ids use the dense FP16 tensor-core peak. Where a datasheet gives no FLOPS
 * figure, the comment shows how the number was derived from the datasheet's core count and clock.
 */


const T = 1e12;
const G = 1e9;
const HARDWARE_PRESETS = [
    {
        // NVIDIA A100 Tensor Core GPU datasheet: A100 80GB SXM, FP32 19.5 TFLOPS, HBM2e 2,039 GB/s.
        id: 'a100', name: 'NVIDIA A100 80GB SXM (FP32)', kind: 'gpu', precision: 'fp32',
        peakFlops: 19.5 * T, bandwidth: 2039 * G,
        source: 'NVIDIA A100 Tensor Core GPU datasheet (A100 80GB SXM)',
    },
    {
        // Same datasheet: FP16 Tensor Core 312 TFLOPS dense (624 with sparsity).
        id: 'a100-fp16', name: 'NVIDIA A100 80GB SXM (FP16 tensor core, dense)', kind: 'gpu', precision: 'fp16',
        peakFlops: 312 * T, bandwidth: 2039 * G,
        source: 'NVIDIA A100 Tensor Core GPU datasheet (A100 80GB SXM)',
    },
    {
        // NVIDIA H100 Tensor Core GPU datasheet: H100 SXM, FP32 67 TFLOPS, HBM3 3.35 TB/s.
        id: 'h100', name: 'NVIDIA H100 SXM (FP32)', kind: 'gpu', precision: 'fp32',
        peakFlops: 67 * T, bandwidth: 3.35 * T,
        source: 'NVIDIA H100 Tensor Core GPU datasheet (H100 SXM)',
    },
    {
        // Same datasheet: FP16 Tensor Core 1,979 TFLOPS is quoted with sparsity; dense is half.
        id: 'h100-fp16', name: 'NVIDIA H100 SXM (FP16 tensor core, dense)', kind: 'gpu', precision: 'fp16',
        peakFlops: 989.5 * T, bandwidth: 3.35 * T,
        source: 'NVIDIA H100 Tensor Core GPU datasheet (H100 SXM; 1,979 TFLOPS sparse / 2)',
    },
    {
        // NVIDIA T4 Tensor Core GPU datasheet: FP32 8.1 TFLOPS, GDDR6 320+ GB/s.
        id: 't4', name: 'NVIDIA T4 (FP32)', kind: 'gpu', precision: 'fp32',
        peakFlops: 8.1 * T, bandwidth: 320 * G,
        source: 'NVIDIA T4 Tensor Core GPU datasheet',
    },
    {
        // Same datasheet: mixed precision (FP16/FP32) 65 TFLOPS.
        id: 't4-fp16', name: 'NVIDIA T4 (FP16 tensor core)', kind: 'gpu', precision: 'fp16',
        peakFlops: 65 * T, bandwidth: 320 * G,
        source: 'NVIDIA T4 Tensor Core GPU datasheet',
    },
    {
        // NVIDIA L4 Tensor Core GPU datasheet: FP32 30.3 TFLOPS, GDDR6 300 GB/s.
        id: 'l4', name: 'NVIDIA L4 (FP32)', kind: 'gpu', precision: 'fp32',
        peakFlops: 30.3 * T, bandwidth: 300 * G,
        source: 'NVIDIA L4 Tensor Core GPU datasheet',
    },
    {
        // NVIDIA Ada GPU Architecture whitepaper, GeForce RTX 4090: peak FP32 82.6 TFLOPS (non-tensor),
        // GDDR6X 21 Gbps x 384-bit = 1,008 GB/s.
        id: 'rtx4090', name: 'NVIDIA GeForce RTX 4090 (FP32)', kind: 'gpu', precision: 'fp32',
        peakFlops: 82.6 * T, bandwidth: 1008 * G,
        source: 'NVIDIA Ada GPU Architecture whitepaper (GeForce RTX 4090)',
    },
    {
        // NVIDIA Jetson Orin Nano Series datasheet (8GB module): 1024 CUDA cores at up to 625 MHz,
        // 128-bit LPDDR5 at 68 GB/s. FP32 = 1024 cores x 2 FLOPs per FMA x 0.625 GHz = 1.28 TFLOPS.
        id: 'jetson-orin-nano', name: 'NVIDIA Jetson Orin Nano 8GB (GPU, FP32)', kind: 'edge', precision: 'fp32',
        peakFlops: 1.28 * T, bandwidth: 68 * G,
        source: 'NVIDIA Jetson Orin Nano Series datasheet (8GB; FP32 derived from cores x clock)',
    },
    {
        // NVIDIA Jetson Orin Nano Super Developer Kit datasheet (Dec 2024, JetPack 6.1 "super" mode):
        // the same 1024 CUDA cores at up to 1020 MHz, LPDDR5 at 102 GB/s.
        // FP32 = 1024 cores x 2 FLOPs per FMA x 1.02 GHz = 2.089 TFLOPS.
        id: 'jetson-orin-nano-super', name: 'NVIDIA Jetson Orin Nano 8GB, super mode (GPU, FP32)', kind: 'edge', precision: 'fp32',
        peakFlops: 2.08896 * T, bandwidth: 102 * G,
        source: 'NVIDIA Jetson Orin Nano Super Developer Kit datasheet (FP32 derived from cores x clock)',
    },
    {
        // Google Pixel 8 tech specs: Google Tensor G3, 8 GB LPDDR5X. Google publishes no clocks or
        // bandwidth; the shipping clocks (read from devices at launch): 1x Cortex-X3 2.91 GHz,
        // 4x Cortex-A715 2.37 GHz, 4x Cortex-A510 1.70 GHz. FP32 FMA lanes per cycle from Arm's core
        // descriptions: X3 four 128-bit pipes (16 FMAs = 32 FLOPs), A715 two (16 FLOPs), A510 up to two
        // 128-bit pipes shared by a core pair (counted as 8 FLOPs per core):
        // 2.91 x 32 + 4 x 2.37 x 16 + 4 x 1.70 x 8 = 93.12 + 151.68 + 54.4 = 299.2 GFLOPS (all nine cores).
        // Memory: a 64-bit LPDDR5X bus at its fastest JEDEC rate, 8533 MT/s x 8 bytes = 68.3 GB/s. Both
        // figures are upper bounds, so the latency estimated from them stays a lower bound.
        id: 'pixel-8-cpu', name: 'Google Pixel 8 (Tensor G3 CPU, FP32 NEON)', kind: 'edge', precision: 'fp32',
        peakFlops: 299.2 * G, bandwidth: 68.264 * G,
        source: 'Google Pixel 8 tech specs (Tensor G3, LPDDR5X); FP32 and bandwidth derived (cores x clock x FLOPs/cycle; 64-bit LPDDR5X-8533)',
    },
    {
        // Apple newsroom "Apple unveils M2" (June 2022): 10-core GPU up to 3.6 TFLOPS, 100 GB/s
        // unified memory bandwidth.
        id: 'apple-m2', name: 'Apple M2 (10-core GPU, FP32)', kind: 'edge', precision: 'fp32',
        peakFlops: 3.6 * T, bandwidth: 100 * G,
        source: 'Apple newsroom, "Apple unveils M2" (2022-06-06)',
    },
    {
        // AMD EPYC 9654 product page: 96 cores, 2.4 GHz base, 12 channels DDR5-4800 (460.8 GB/s per
        // socket). Zen 4 issues two 256-bit FMAs per cycle: 16 FP32 FMAs = 32 FLOPs per cycle per core;
        // 96 x 2.4 GHz x 32 = 7.3728 TFLOPS at base clock.
        id: 'epyc-9654', name: 'AMD EPYC 9654 (1 socket, FP32 AVX-512)', kind: 'cpu', precision: 'fp32',
        peakFlops: 7.3728 * T, bandwidth: 460.8 * G,
        source: 'AMD EPYC 9654 product page (FP32 derived from cores x base clock x 32 FLOPs/cycle)',
    },
    {
        // Intel ARK, Xeon Platinum 8480+: 56 cores, 2.0 GHz base, 8 channels DDR5-4800 (8 x 38.4 =
        // 307.2 GB/s). Two AVX-512 FMA units: 32 FP32 FMAs = 64 FLOPs per cycle per core;
        // 56 x 2.0 GHz x 64 = 7.168 TFLOPS (AVX-512 clocks under load are lower: an upper bound).
        id: 'xeon-8480', name: 'Intel Xeon Platinum 8480+ (1 socket, FP32 AVX-512)', kind: 'cpu', precision: 'fp32',
        peakFlops: 7.168 * T, bandwidth: 307.2 * G,
        source: 'Intel ARK, Xeon Platinum 8480+ (FP32 derived from cores x base clock x 64 FLOPs/cycle)',
    },
    {
        // Raspberry Pi 5 product brief: BCM2712, 4x Cortex-A76 at 2.4 GHz, LPDDR4X-4267. Cortex-A76 has
        // two 128-bit NEON FMA pipes: 8 FP32 FMAs = 16 FLOPs per cycle per core; 4 x 2.4 GHz x 16 =
        // 153.6 GFLOPS. Memory: 4267 MT/s x 32-bit bus = 17.07 GB/s.
        id: 'rpi5', name: 'Raspberry Pi 5 (Cortex-A76 CPU, FP32 NEON)', kind: 'edge', precision: 'fp32',
        peakFlops: 153.6 * G, bandwidth: 17.068 * G,
        source: 'Raspberry Pi 5 product brief (FP32 derived from cores x clock x 16 FLOPs/cycle)',
    },
];
function hardwarePreset(id) {
    const wanted = id.trim().toLowerCase();
    return HARDWARE_PRESETS.find((h) => h.id === wanted);
}
/** A user-facing problem with a hardware option (unknown preset, unparsable unit). */
class HardwareOptionError extends _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb {
    name = 'HardwareOptionError';
}
/** A unit the option cannot read, as a usage error naming the option. */
function option(name, text, parse) {
    try {
        return parse(text);
    }
    catch (e) {
        if (e instanceof _units_js__WEBPACK_IMPORTED_MODULE_1__/* .UnitError */ .tR)
            throw new HardwareOptionError(`${name}: ${e.message}`);
        throw e;
    }
}
/**
 * The hardware to estimate latency for, or undefined when no option asks for a roofline.
 * A preset with one number overridden keeps the preset's other number; without a preset both
 * numbers are required.
 */
function resolveHardware(options) {
    const { hardware, peakFlops, bandwidth } = options;
    if (hardware === undefined && peakFlops === undefined && bandwidth === undefined)
        return undefined;
    const flops = peakFlops === undefined ? undefined : option('--peak-flops', peakFlops, _units_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFlops */ .ke);
    const bw = bandwidth === undefined ? undefined : option('--bandwidth', bandwidth, _units_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBandwidth */ .pe);
    if (hardware !== undefined) {
        const preset = hardwarePreset(hardware);
        if (!preset) {
            throw new HardwareOptionError(`unknown hardware ${JSON.stringify(hardware)}; known: ${HARDWARE_PRESETS.map((h) => h.id).join(', ')} (or give --peak-flops and --bandwidth)`);
        }
        if (flops === undefined && bw === undefined)
            return preset;
        return {
            ...preset,
            id: `${preset.id}+custom`,
            name: `${preset.name} with custom ${[flops !== undefined ? 'peak FLOPS' : '', bw !== undefined ? 'bandwidth' : ''].filter(Boolean).join(' and ')}`,
            peakFlops: flops ?? preset.peakFlops,
            bandwidth: bw ?? preset.bandwidth,
            source: `${preset.source}, overridden by the user`,
        };
    }
    if (flops === undefined || bw === undefined) {
        throw new HardwareOptionError(`custom hardware needs both --peak-flops and --bandwidth (or pick a preset with --hardware: ${HARDWARE_PRESETS.map((h) => h.id).join(', ')})`);
    }
    return {
        id: 'custom', name: 'custom hardware', kind: 'custom', precision: 'custom',
        peakFlops: flops, bandwidth: bw, source: 'user-supplied',
    };
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


/***/ })

};
