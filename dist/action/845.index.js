export const id = 845;
export const ids = [845];
export const modules = {

/***/ 7717:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ FORMULA_METRICS),
/* harmony export */   n: () => (/* binding */ FORMULA_LABELS)
/* harmony export */ });
const FORMULA_METRICS = ['macs', 'flops', 'memoryBytes', 'peakActivationBytes'];
const FORMULA_LABELS = {
    macs: 'MACs', flops: 'FLOPs', memoryBytes: 'memory access', peakActivationBytes: 'peak activations',
};


/***/ }),

/***/ 2845:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deriveFormulas: () => (/* binding */ deriveFormulas)
/* harmony export */ });
/* unused harmony exports MAX_DEGREE, SAMPLE_START, MAX_EVALUATIONS, evaluateFormula */
/* harmony import */ var _graph_name_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4374);
/* harmony import */ var _formula_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7717);


const MAX_DEGREE = 4;
const SAMPLE_START = 8;
const MAX_EVALUATIONS = 200;
const ZERO = { n: 0n, d: 1n };
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
const add = (a, b) => q(a.n * b.d + b.n * a.d, a.d * b.d);
const sub = (a, b) => q(a.n * b.d - b.n * a.d, a.d * b.d);
const mul = (a, b) => q(a.n * b.n, a.d * b.d);
function polyAdd(a, b, sign = 1) {
    const out = new Map(a);
    for (const [k, v] of b) {
        const s = sign === 1 ? add(out.get(k) ?? ZERO, v) : sub(out.get(k) ?? ZERO, v);
        if (s.n === 0n)
            out.delete(k);
        else
            out.set(k, s);
    }
    return out;
}
function polyMulLinear(p, i, c, k) {
    let out = new Map();
    for (const [key, v] of p) {
        const pw = key.split(',').map(Number);
        const shifted = [...pw];
        shifted[i] += 1;
        out = polyAdd(out, new Map([[shifted.join(','), mul(v, q(1n, k))]]));
        out = polyAdd(out, new Map([[key, mul(v, q(-c, k))]]));
    }
    return out;
}
function polyEval(p, at) {
    let sum = ZERO;
    for (const [key, v] of p) {
        let term = v;
        key.split(',').map(Number).forEach((e, i) => { term = mul(term, q(at[i] ** BigInt(e))); });
        sum = add(sum, term);
    }
    return sum;
}
function interpolate(samples, i, x0, nDims) {
    let diffs = [...samples];
    let basis = new Map([[new Array(nDims).fill(0).join(','), q(1n)]]);
    let out = new Map();
    for (let k = 0; k < samples.length; k++) {
        if (k > 0)
            basis = polyMulLinear(basis, i, BigInt(x0 + k - 1), BigInt(k));
        const coeffPoly = diffs[0];
        for (const [key, v] of coeffPoly) {
            for (const [bk, bv] of basis) {
                const a = key.split(',').map(Number);
                const b = bk.split(',').map(Number);
                out = polyAdd(out, new Map([[a.map((e, j) => e + b[j]).join(','), mul(v, bv)]]));
            }
        }
        diffs = diffs.slice(1).map((d, j) => polyAdd(d, diffs[j], -1));
    }
    return out;
}
class TooManyEvaluations extends Error {
}
function deriveFormulas(dims, fixed, evaluate) {
    const sorted = [...dims].sort();
    const cache = new Map();
    const run = (at) => {
        const key = at.join(',');
        let e = cache.get(key);
        if (!e) {
            if (cache.size >= MAX_EVALUATIONS)
                throw new TooManyEvaluations();
            const binding = { ...fixed };
            sorted.forEach((d, i) => (0,_graph_name_table_js__WEBPACK_IMPORTED_MODULE_1__/* .setEntry */ .RY)(binding, d, at[i]));
            e = evaluate(binding);
            cache.set(key, e);
        }
        return e;
    };
    const base = sorted.map(() => SAMPLE_START);
    const metrics = {};
    try {
        for (const m of _formula_types_js__WEBPACK_IMPORTED_MODULE_0__/* .FORMULA_METRICS */ .T)
            metrics[m] = deriveMetric(m, sorted, base, run);
    }
    catch (e) {
        if (!(e instanceof TooManyEvaluations))
            throw e;
        return { dims: sorted, fixed, metrics: {}, note: `no formulas: more than ${MAX_EVALUATIONS} engine runs needed for ${sorted.length} free dims (bind some with --dim)` };
    }
    return { dims: sorted, fixed, metrics };
}
function scanOffsets() {
    const near = Array.from({ length: MAX_DEGREE + 3 }, (_, k) => k);
    return [...near, 25, 121, 1000];
}
function deriveMetric(m, dims, base, run) {
    const valueAt = (at) => {
        const e = run(at);
        if (!e.exact)
            return e.reason;
        if (m === 'peakActivationBytes' && e.peakNotExact !== undefined)
            return e.peakNotExact;
        const v = e.totals[m];
        if (!Number.isSafeInteger(v))
            return `the value at ${describe(dims, at)} is not an integer below 2^53 (${v})`;
        return v;
    };
    const failed = (reason, points) => ({
        polynomial: false,
        reason,
        values: points.map((at) => {
            const v = valueAt(at);
            return { at: Object.fromEntries(dims.map((d, i) => [d, at[i]])), value: typeof v === 'number' ? v : null };
        }),
    });
    const degrees = [];
    for (let i = 0; i < dims.length; i++) {
        const points = scanOffsets().map((o) => base.map((b, j) => (j === i ? b + o : b)));
        const xs = [];
        const values = [];
        for (const [k, at] of points.entries()) {
            const v = valueAt(at);
            if (typeof v === 'string') {
                if (k > MAX_DEGREE + 2)
                    continue;
                return failed(`not exact at ${describe(dims, at)}: ${v}`, points);
            }
            xs.push(at[i]);
            values.push(v);
        }
        const deg = degreeOf(xs, values);
        if (deg === undefined) {
            return failed(`not a polynomial in ${dims[i]} of degree <= ${MAX_DEGREE} (e.g. a strided conv or pool rounds ${dims[i]}/stride, or a size depends on data)`, points);
        }
        degrees.push(deg);
    }
    const build = (i, prefix) => {
        if (i === dims.length) {
            const v = valueAt(prefix);
            if (typeof v === 'string')
                throw new NotExact(v);
            return v === 0 ? new Map() : new Map([[dims.map(() => 0).join(','), q(BigInt(v))]]);
        }
        const samples = [];
        for (let k = 0; k <= degrees[i]; k++)
            samples.push(build(i + 1, [...prefix, base[i] + k]));
        return interpolate(samples, i, base[i], dims.length);
    };
    let poly;
    try {
        poly = build(0, []);
    }
    catch (e) {
        if (e instanceof NotExact)
            return failed(e.message, []);
        throw e;
    }
    const checks = [[3, 7], [17, 5], [130, 257]].map(([a, b]) => dims.map((_, i) => base[i] + (i % 2 === 0 ? a : b) + degrees[i]));
    let checked = 0;
    for (const at of checks) {
        const v = valueAt(at);
        if (typeof v === 'string')
            continue;
        checked++;
        const got = polyEval(poly, at.map(BigInt));
        if (got.d !== 1n || got.n !== BigInt(v)) {
            return failed(`not a polynomial jointly in ${dims.join(', ')} (the interpolated formula misses the engine's value at ${describe(dims, at)})`, checks);
        }
    }
    if (checked === 0)
        return failed(`not exact at any of the check bindings (${checks.map((at) => describe(dims, at)).join('; ')})`, checks);
    return { polynomial: true, terms: toTerms(poly, dims), degree: Object.fromEntries(dims.map((d, i) => [d, degrees[i]])) };
}
class NotExact extends Error {
}
function degreeOf(xs, ys) {
    for (let d = 0; d <= MAX_DEGREE; d++) {
        const samples = ys.slice(0, d + 1).map((y) => (y === 0 ? new Map() : new Map([['0', q(BigInt(y))]])));
        const p = interpolate(samples, 0, xs[0], 1);
        if (xs.every((x, k) => { const v = polyEval(p, [BigInt(x)]); return v.d === 1n && v.n === BigInt(ys[k]); }))
            return d;
    }
    return undefined;
}
function toTerms(p, dims) {
    const terms = [...p].map(([key, v]) => {
        const pw = key.split(',').map(Number);
        return {
            numerator: v.n.toString(),
            denominator: v.d.toString(),
            powers: Object.fromEntries(dims.flatMap((d, i) => (pw[i] > 0 ? [[d, pw[i]]] : []))),
            order: pw.reduce((s, e) => s + e, 0),
            key,
        };
    });
    terms.sort((a, b) => a.order - b.order || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
    return terms.map(({ numerator, denominator, powers }) => ({ numerator, denominator, powers }));
}
function describe(dims, at) {
    return dims.map((d, i) => `${d}=${at[i]}`).join(', ');
}
function evaluateFormula(terms, at) {
    let sum = ZERO;
    for (const t of terms) {
        let v = q(BigInt(t.numerator), BigInt(t.denominator));
        for (const [d, e] of Object.entries(t.powers)) {
            const x = ownEntry(at, d);
            if (x === undefined)
                return undefined;
            v = mul(v, q(BigInt(x) ** BigInt(e)));
        }
        sum = add(sum, v);
    }
    return sum.d === 1n ? sum.n : undefined;
}


/***/ })

};
