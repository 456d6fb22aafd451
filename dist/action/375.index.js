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


const T = 1e12;
const G = 1e9;
const HARDWARE_PRESETS = [
    {
        id: 'a100', name: 'NVIDIA A100 80GB SXM (FP32)', kind: 'gpu', precision: 'fp32',
        peakFlops: 19.5 * T, bandwidth: 2039 * G,
        source: 'NVIDIA A100 Tensor Core GPU datasheet (A100 80GB SXM)',
    },
    {
        id: 'a100-fp16', name: 'NVIDIA A100 80GB SXM (FP16 tensor core, dense)', kind: 'gpu', precision: 'fp16',
        peakFlops: 312 * T, bandwidth: 2039 * G,
        source: 'NVIDIA A100 Tensor Core GPU datasheet (A100 80GB SXM)',
    },
    {
        id: 'h100', name: 'NVIDIA H100 SXM (FP32)', kind: 'gpu', precision: 'fp32',
        peakFlops: 67 * T, bandwidth: 3.35 * T,
        source: 'NVIDIA H100 Tensor Core GPU datasheet (H100 SXM)',
    },
    {
        id: 'h100-fp16', name: 'NVIDIA H100 SXM (FP16 tensor core, dense)', kind: 'gpu', precision: 'fp16',
        peakFlops: 989.5 * T, bandwidth: 3.35 * T,
        source: 'NVIDIA H100 Tensor Core GPU datasheet (H100 SXM; 1,979 TFLOPS sparse / 2)',
    },
    {
        id: 't4', name: 'NVIDIA T4 (FP32)', kind: 'gpu', precision: 'fp32',
        peakFlops: 8.1 * T, bandwidth: 320 * G,
        source: 'NVIDIA T4 Tensor Core GPU datasheet',
    },
    {
        id: 't4-fp16', name: 'NVIDIA T4 (FP16 tensor core)', kind: 'gpu', precision: 'fp16',
        peakFlops: 65 * T, bandwidth: 320 * G,
        source: 'NVIDIA T4 Tensor Core GPU datasheet',
    },
    {
        id: 'l4', name: 'NVIDIA L4 (FP32)', kind: 'gpu', precision: 'fp32',
        peakFlops: 30.3 * T, bandwidth: 300 * G,
        source: 'NVIDIA L4 Tensor Core GPU datasheet',
    },
    {
        id: 'rtx4090', name: 'NVIDIA GeForce RTX 4090 (FP32)', kind: 'gpu', precision: 'fp32',
        peakFlops: 82.6 * T, bandwidth: 1008 * G,
        source: 'NVIDIA Ada GPU Architecture whitepaper (GeForce RTX 4090)',
    },
    {
        id: 'jetson-orin-nano', name: 'NVIDIA Jetson Orin Nano 8GB (GPU, FP32)', kind: 'edge', precision: 'fp32',
        peakFlops: 1.28 * T, bandwidth: 68 * G,
        source: 'NVIDIA Jetson Orin Nano Series datasheet (8GB; FP32 derived from cores x clock)',
    },
    {
        id: 'jetson-orin-nano-super', name: 'NVIDIA Jetson Orin Nano 8GB, super mode (GPU, FP32)', kind: 'edge', precision: 'fp32',
        peakFlops: 2.08896 * T, bandwidth: 102 * G,
        source: 'NVIDIA Jetson Orin Nano Super Developer Kit datasheet (FP32 derived from cores x clock)',
    },
    {
        id: 'pixel-8-cpu', name: 'Google Pixel 8 (Tensor G3 CPU, FP32 NEON)', kind: 'edge', precision: 'fp32',
        peakFlops: 299.2 * G, bandwidth: 68.264 * G,
        source: 'Google Pixel 8 tech specs (Tensor G3, LPDDR5X); FP32 and bandwidth derived (cores x clock x FLOPs/cycle; 64-bit LPDDR5X-8533)',
    },
    {
        id: 'apple-m2', name: 'Apple M2 (10-core GPU, FP32)', kind: 'edge', precision: 'fp32',
        peakFlops: 3.6 * T, bandwidth: 100 * G,
        source: 'Apple newsroom, "Apple unveils M2" (2022-06-06)',
    },
    {
        id: 'epyc-9654', name: 'AMD EPYC 9654 (1 socket, FP32 AVX-512)', kind: 'cpu', precision: 'fp32',
        peakFlops: 7.3728 * T, bandwidth: 460.8 * G,
        source: 'AMD EPYC 9654 product page (FP32 derived from cores x base clock x 32 FLOPs/cycle)',
    },
    {
        id: 'xeon-8480', name: 'Intel Xeon Platinum 8480+ (1 socket, FP32 AVX-512)', kind: 'cpu', precision: 'fp32',
        peakFlops: 7.168 * T, bandwidth: 307.2 * G,
        source: 'Intel ARK, Xeon Platinum 8480+ (FP32 derived from cores x base clock x 64 FLOPs/cycle)',
    },
    {
        id: 'rpi5', name: 'Raspberry Pi 5 (Cortex-A76 CPU, FP32 NEON)', kind: 'edge', precision: 'fp32',
        peakFlops: 153.6 * G, bandwidth: 17.068 * G,
        source: 'Raspberry Pi 5 product brief (FP32 derived from cores x clock x 16 FLOPs/cycle)',
    },
];
function hardwarePreset(id) {
    const wanted = id.trim().toLowerCase();
    return HARDWARE_PRESETS.find((h) => h.id === wanted);
}
class HardwareOptionError extends _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb {
    name = 'HardwareOptionError';
}
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

class UnitError extends _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadInputError */ .Ys {
    name = 'UnitError';
}
const MAX_TEXT = 64;
const NUMBER = String.raw `(\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d{1,4}))?`;
const DECIMAL_PREFIX = '[kKMGTPE]';
const COUNT_RE = new RegExp(`^${NUMBER}\\s*(${DECIMAL_PREFIX}?)$`);
const FLOPS_RE = new RegExp(`^${NUMBER}\\s*(${DECIMAL_PREFIX}?)(?:flops|flop/s|flop)?$`, 'i');
const BYTES_RE = /^(\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d{1,4}))?\s*(?:([A-Za-z]?i?)([Bb]))?$/;
const BANDWIDTH_SUFFIX = /\s*(?:\/s|ps)$/i;
const DURATION_RE = new RegExp(`^${NUMBER}\\s*(ns|us|µs|μs|ms|s)$`);
const PERCENT_RE = new RegExp(`^${NUMBER}\\s*%$`);
const DECIMAL_EXPONENT = { '': 0, k: 3, K: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_EXPONENT = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const DURATION_EXPONENT = { ns: -9, us: -6, 'µs': -6, 'μs': -6, ms: -3, s: 0 };
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
function decimal(digits, exponent, shift) {
    return Number(`${digits}e${Number(exponent ?? 0) + shift}`);
}
function checked(value, text, kind, positive) {
    if (!Number.isFinite(value))
        throw notA(text, kind, 'too large');
    if (positive && value <= 0)
        throw notA(text, kind, 'must be greater than 0');
    return value;
}
function checkedRate(value, text, kind) {
    checked(value, text, kind, true);
    if (value < 1)
        throw notA(text, kind, kind === 'bandwidth' ? 'below 1 byte per second' : 'below 1 FLOP per second');
    return value;
}
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
function parseCount(text) {
    const t = textOf(text, 'count', true, false);
    if (typeof t === 'number')
        return t;
    const m = COUNT_RE.exec(t);
    if (!m)
        throw notA(text, 'count');
    return checked(decimal(m[1], m[2], DECIMAL_EXPONENT[m[3]]), text, 'count', false);
}
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
function parseFlops(text) {
    const t = textOf(text, 'FLOPS rate', true, true);
    if (typeof t === 'number')
        return checkedRate(t, text, 'FLOPS rate');
    const m = FLOPS_RE.exec(t);
    const shift = m ? DECIMAL_EXPONENT[m[3]] : undefined;
    if (!m || shift === undefined)
        throw notA(text, 'FLOPS rate');
    return checkedRate(decimal(m[1], m[2], shift), text, 'FLOPS rate');
}
function parseBandwidth(text) {
    return checkedRate(bytesOf(text, 'bandwidth', true), text, 'bandwidth');
}
function parseDuration(text) {
    const t = textOf(text, 'duration', false, true);
    const m = DURATION_RE.exec(t);
    if (!m)
        throw notA(text, 'duration');
    return checked(decimal(m[1], m[2], DURATION_EXPONENT[m[3]]), text, 'duration', true);
}
function parsePercent(text) {
    const t = textOf(text, 'percentage', false, false);
    const m = PERCENT_RE.exec(t);
    if (!m)
        throw notA(text, 'percentage');
    return checked(decimal(m[1], m[2], 0), text, 'percentage', false);
}


/***/ })

};
