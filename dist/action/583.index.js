export const id = 583;
export const ids = [583,375,540];
export const modules = {

/***/ 583:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  failureLine: () => (/* binding */ failureLine),
  findings: () => (/* binding */ findings),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/graph/name-table.js
var name_table = __webpack_require__(4374);
;// CONCATENATED MODULE: ./build/src/profile/shape-label.js
function shapeLabel(shape) {
    if (shape === null)
        return '?';
    return shape.length === 0 ? 'scalar' : shape.map((d) => (d === null ? '?' : String(d))).join('x');
}

;// CONCATENATED MODULE: ./build/src/profile/unbound-dims.js


function unboundDims(p, dims, inputs) {
    const resolves = (d) => typeof d === 'number' || (0,name_table/* ownEntry */.Pl)(dims, d) !== undefined;
    const explicit = new Set();
    const boundByInputs = new Set();
    for (const v of p.inputs) {
        const given = (0,name_table/* ownEntry */.Pl)(inputs, v.name);
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
            if (d !== null && ((0,name_table/* ownEntry */.Pl)(dims, d) !== undefined || boundByInputs.has(d) || seen.has(d)))
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
        const shape = v.boundShape !== undefined ? v.boundShape : v.shape;
        return `${v.name}: ${shapeLabel(shape)}`;
    });
    const llm = p.weights?.llm;
    if (llm)
        out.push(`context: ${llm.context}`);
    return out;
}

// EXTERNAL MODULE: ./build/src/profile/types.js
var types = __webpack_require__(9010);
;// CONCATENATED MODULE: ./build/src/budget/delta-bound.js
function delta_bound_deltaBound(baseLowerBound, headLowerBound) {
    if (headLowerBound)
        return baseLowerBound ? 'unknown' : 'lower';
    return baseLowerBound ? 'upper' : undefined;
}
const BOUND_SIGN = {
    md: { lower: '≥ ', upper: '≤ ' },
    text: { lower: '>= ', upper: '<= ' },
};
function delta_bound_boundSign(bound, style = 'md') {
    return bound === undefined || bound === 'unknown' ? '' : BOUND_SIGN[style][bound];
}
const UNKNOWN_CHANGE = {
    md: 'not known (both ≥)',
    text: 'not known (both >=)',
};

;// CONCATENATED MODULE: ./build/src/budget/labels.js
function labels_nodePath(scope, name) {
    if (!scope)
        return name;
    return name.startsWith('/') ? `${scope}${name}` : `${scope}/${name}`;
}
function labels_opLabel(opType, domain) {
    return domain && domain !== 'ai.onnx' ? `${domain}::${opType}` : opType;
}

function labels_changeText(n, arrow, quote) {
    if (n.change !== 'changed')
        return n.change;
    const parts = [];
    if (n.baseShape !== undefined && n.headShape !== undefined)
        parts.push(`${quote(n.baseShape, 60)} ${arrow} ${quote(n.headShape, 60)}`);
    if (n.baseName !== undefined)
        parts.push(`was ${quote(n.baseName)}`);
    return parts.length > 0 ? `changed: ${parts.join(', ')}` : 'changed';
}

// EXTERNAL MODULE: ./build/src/profile/units.js
var units = __webpack_require__(5764);
;// CONCATENATED MODULE: ./build/src/budget/units.js


function parseAmount(text, unit) {
    return unit === 'count' ? (0,units/* parseCount */.zq)(text) : (0,units/* parseBytes */.z_)(text);
}
const METRIC_UNITS = {
    params: 'count',
    flops: 'count',
    macs: 'count',
    memory: 'bytes',
    'peak-memory': 'bytes',
    'file-size': 'bytes',
};
const units_METRIC_LABELS = {
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
function isBinaryBytes(text) {
    return text !== undefined && /\d\s*[KMGTPE]iB$/.test(text.trim());
}
function scaled(n, steps, opts, plainIsInteger, base = 1000) {
    const abs = Math.abs(n);
    const sign = n < 0 ? '-' : '';
    if (abs < base) {
        const body = plainIsInteger && Number.isInteger(abs) ? String(abs) : trimZeros(abs.toPrecision(3), opts);
        const unit = steps[0] ?? '';
        return `${sign}${body}${unit ? ' ' + unit : ''}`;
    }
    let step = Math.min(Math.floor(Math.log(abs) / Math.log(base) + 1e-12), steps.length - 1);
    let mantissa = abs / base ** step;
    if (Number(mantissa.toPrecision(3)) >= base && step < steps.length - 1) {
        step += 1;
        mantissa = abs / base ** step;
    }
    if (mantissa >= 1000)
        return `${sign}${Math.round(mantissa)} ${steps[step]}`;
    return `${sign}${trimZeros(mantissa.toPrecision(3), opts)} ${steps[step]}`;
}
function trimZeros(text, opts) {
    if (!opts.trim || !text.includes('.'))
        return text;
    return text.replace(/\.?0+$/, '');
}
function units_formatCount(n, opts = {}) {
    return scaled(n, COUNT_STEPS, opts, true);
}
function units_formatBytes(n, opts = {}) {
    return opts.binary ? scaled(n, BINARY_BYTE_STEPS, opts, true, 1024) : scaled(n, BYTE_STEPS, opts, true);
}
function units_formatAmount(n, unit, opts = {}) {
    return unit === 'count' ? units_formatCount(n, opts) : units_formatBytes(n, opts);
}
function units_formatDelta(n, unit, opts = {}) {
    if (n === 0)
        return '±0';
    const body = units_formatAmount(Math.abs(n), unit, opts);
    return `${n > 0 ? '+' : '-'}${body}`;
}
const MAX_SHOWN_PERCENT = 1e21;
function percentChange(base, head) {
    if (base === 0)
        return null;
    const pct = ((head - base) / base) * 100;
    return Number.isFinite(pct) && Math.abs(pct) < MAX_SHOWN_PERCENT ? pct : null;
}
function formatPercent(p) {
    if (p === 0)
        return '±0%';
    const abs = Math.abs(p);
    const sign = p > 0 ? '+' : '-';
    const body = abs >= 100 ? abs.toFixed(0) : abs >= 0.05 ? abs.toFixed(1) : '<0.1';
    return `${sign}${body}%`;
}
function formatLimitPercent(p) {
    return `${trimZeros(p.toPrecision(3), { trim: true })}%`;
}

;// CONCATENATED MODULE: ./build/src/budget/types.js
const LEVELS = ['error', 'warning', 'off'];
const METRICS = ['params', 'flops', 'macs', 'memory', 'peak-memory', 'file-size'];
const POINT_METRICS = ['flops', 'macs', 'memory', 'peak-memory'];
const CHANGE_STATUSES = (/* unused pure expression or super */ null && (['added', 'modified', 'deleted', 'renamed', 'unchanged']));
const GATE_REPORT_SCHEMA_VERSION = 1;

;// CONCATENATED MODULE: ./build/src/budget/node-match.js

const MAX_STRUCTURAL_MATCH_NODES = 100_000;
const MAX_ALIGNMENT_CELLS = 2_000_000;
const SEP = '\u0000';
function facts(n) {
    const loose = (s) => s.replace(/\d+/g, '#');
    const parts = n.name.split('/').filter((p) => p !== '');
    return {
        op: `${n.domain}${SEP}${n.opType}`,
        generic: isGenericName(n.name, n.opType),
        shapes: n.outputShapes.map(shapeLabel).join(','),
        scope: n.scope,
        name: n.name,
        looseScope: loose(n.scope),
        looseName: loose(n.name),
        tail: loose(parts.slice(-2).join('/')),
    };
}
function isGenericName(name, opType) {
    const letters = name.toLowerCase().replace(/[^a-z]/g, '');
    const op = opType.toLowerCase().replace(/[^a-z]/g, '');
    return letters === '' || letters === op || letters === `node${op}`;
}
const PASSES = [
    (f) => (f.generic ? null : [f.op, f.scope, f.name, f.shapes].join(SEP)),
    (f) => [f.op, f.looseScope, f.looseName, f.shapes].join(SEP),
    (f) => (f.generic ? null : [f.op, f.scope, f.name].join(SEP)),
    (f) => (f.generic ? null : [f.op, f.looseScope, f.tail, f.shapes].join(SEP)),
    (f) => [f.op, f.looseScope, f.looseName].join(SEP),
    (f) => [f.op, f.looseScope, f.shapes].join(SEP),
];
function matchNodes(base, head) {
    const slots = (nodes) => nodes.map((node, i) => ({ node, facts: facts(node), at: nodes.length > 1 ? i / (nodes.length - 1) : 0, matched: false }));
    const b = slots(base);
    const h = slots(head);
    const pairs = [];
    const budget = { cells: MAX_ALIGNMENT_CELLS, exhausted: false };
    const structural = b.length <= MAX_STRUCTURAL_MATCH_NODES && h.length <= MAX_STRUCTURAL_MATCH_NODES;
    const passes = structural ? PASSES : [PASSES[0], PASSES[2]];
    for (const key of passes) {
        const groups = new Map();
        const add = (s, side) => {
            if (s.matched)
                return;
            const k = key(s.facts);
            if (k === null)
                return;
            let g = groups.get(k);
            if (!g)
                groups.set(k, (g = { b: [], h: [] }));
            g[side].push(s);
        };
        for (const s of b)
            add(s, 'b');
        for (const s of h)
            add(s, 'h');
        for (const g of groups.values()) {
            if (g.b.length === 0 || g.h.length === 0)
                continue;
            for (const [x, y] of align(g.b, g.h, budget)) {
                x.matched = true;
                y.matched = true;
                pairs.push([x.node, y.node]);
            }
        }
    }
    return {
        pairs,
        added: h.filter((s) => !s.matched).map((s) => s.node),
        removed: b.filter((s) => !s.matched).map((s) => s.node),
        truncated: !structural || budget.exhausted,
    };
}
function align(b, h, budget) {
    const swap = b.length > h.length;
    const small = swap ? h : b;
    const large = swap ? b : h;
    let picked;
    const cells = small.length * large.length;
    if (small.length === large.length) {
        picked = small.map((_, i) => i);
    }
    else if (cells > budget.cells) {
        budget.exhausted = true;
        picked = small.map((_, i) => i);
    }
    else {
        budget.cells -= cells;
        picked = alignByPosition(small, large);
    }
    return picked.map((j, i) => {
        const s = small[i];
        const l = large[j];
        return swap ? [l, s] : [s, l];
    });
}
function alignByPosition(small, large) {
    const n = small.length;
    const m = large.length;
    const width = m + 1;
    const dp = new Float64Array((n + 1) * width).fill(Number.POSITIVE_INFINITY);
    for (let j = 0; j <= m; j++)
        dp[j] = 0;
    for (let i = 1; i <= n; i++) {
        for (let j = i; j <= m; j++) {
            const skip = dp[i * width + j - 1];
            const take = dp[(i - 1) * width + j - 1] + Math.abs(small[i - 1].at - large[j - 1].at);
            dp[i * width + j] = take <= skip ? take : skip;
        }
    }
    const out = new Array(n);
    let j = m;
    for (let i = n; i > 0; i--) {
        while (j > i && dp[i * width + j] === dp[i * width + j - 1])
            j--;
        out[i - 1] = j - 1;
        j--;
    }
    return out;
}

;// CONCATENATED MODULE: ./build/src/budget/why-nodes.js



const CHART_OP_TYPES = 12;
function byImpact(key, count) {
    return (a, b) => Math.abs(b.flopsDelta ?? 0) - Math.abs(a.flopsDelta ?? 0) ||
        Math.abs(b.memoryBytesDelta ?? 0) - Math.abs(a.memoryBytesDelta ?? 0) ||
        Math.abs(b.macsDelta ?? 0) - Math.abs(a.macsDelta ?? 0) ||
        (count ? count(b) - count(a) : 0) ||
        (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}
function firstShape(n) {
    const s = n.outputShapes[0];
    return s === undefined ? '' : shapeLabel(s);
}
function nodeDiff(base, head) {
    if (!head.nodes || (base !== undefined && !base.nodes))
        return { nodes: [], scopes: [], truncated: false };
    const match = matchNodes(base?.nodes ?? [], head.nodes);
    const nodes = [];
    const scopes = new ScopeSums();
    const push = (n, change, b, h) => {
        const flopsDelta = (h?.flops ?? 0) - (b?.flops ?? 0);
        const macsDelta = (h?.macs ?? 0) - (b?.macs ?? 0);
        const memoryBytesDelta = (h?.memoryBytes ?? 0) - (b?.memoryBytes ?? 0);
        if (change === 'changed' && flopsDelta === 0 && macsDelta === 0 && memoryBytesDelta === 0)
            return;
        const extra = {};
        if (b && h) {
            const baseName = labels_nodePath(b.scope, b.name);
            if (baseName !== labels_nodePath(h.scope, h.name))
                extra.baseName = baseName;
            const [bs, hs] = [firstShape(b), firstShape(h)];
            if (bs !== hs)
                Object.assign(extra, { baseShape: bs, headShape: hs });
        }
        const bound = delta_bound_deltaBound(b !== undefined && b.status !== 'ok', h !== undefined && h.status !== 'ok');
        nodes.push({ name: n.name, opType: n.opType, scope: n.scope, change, flopsDelta, macsDelta, memoryBytesDelta, ...extra, ...(bound ? { deltaBound: bound } : {}) });
    };
    for (const [b, h] of match.pairs) {
        push(h, 'changed', b, h);
        scopes.add(moduleScope(h.name) ?? moduleScope(b.name), b, h);
    }
    for (const h of match.added) {
        push(h, 'added', undefined, h);
        scopes.add(moduleScope(h.name), undefined, h);
    }
    for (const b of match.removed) {
        push(b, 'removed', b, undefined);
        scopes.add(moduleScope(b.name), b, undefined);
    }
    return { nodes: nodes.sort(byImpact((c) => `${c.scope}/${c.name}/${c.opType}`)), scopes: scopes.changed(), truncated: match.truncated };
}
function moduleScope(name) {
    const first = name.split(';', 1)[0] ?? '';
    const parts = first.split('/');
    const lead = parts[0] === '' ? '/' : '';
    const segments = parts.filter((p) => p !== '').slice(0, -1);
    return segments.length === 0 ? null : `${lead}${segments.slice(0, 2).join('/')}`;
}
class ScopeSums {
    sums = new Map();
    add(scope, b, h) {
        if (scope === null)
            return;
        let s = this.sums.get(scope);
        if (!s)
            this.sums.set(scope, (s = { baseFlops: 0, headFlops: 0, baseMemoryBytes: 0, headMemoryBytes: 0, baseBound: false, headBound: false }));
        if (b && b.inTotals !== false) {
            s.baseFlops += b.flops;
            s.baseMemoryBytes += b.memoryBytes;
            if (b.status !== 'ok')
                s.baseBound = true;
        }
        if (h && h.inTotals !== false) {
            s.headFlops += h.flops;
            s.headMemoryBytes += h.memoryBytes;
            if (h.status !== 'ok')
                s.headBound = true;
        }
    }
    changed() {
        return [...this.sums]
            .filter(([, s]) => s.baseFlops !== s.headFlops || s.baseMemoryBytes !== s.headMemoryBytes)
            .map(([name, { baseBound, headBound, ...s }]) => ({
            name, ...s,
            ...(baseBound ? { baseLowerBound: true } : {}),
            ...(headBound ? { headLowerBound: true } : {}),
        }))
            .sort((a, b) => Math.abs(b.headFlops - b.baseFlops) - Math.abs(a.headFlops - a.baseFlops) ||
            Math.abs(b.headMemoryBytes - b.baseMemoryBytes) - Math.abs(a.headMemoryBytes - a.baseMemoryBytes) ||
            (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    }
}
const CHART_FIELDS = { flops: 'flops', macs: 'macs', memory: 'memoryBytes' };
function opTypeChart(base, head) {
    if (!head.byOpType || (base !== undefined && !base.byOpType))
        return null;
    const total = (p, f) => (p?.byOpType ?? []).reduce((s, o) => s + o[f], 0);
    const relChange = (m) => {
        const b = total(base, CHART_FIELDS[m]);
        const h = total(head, CHART_FIELDS[m]);
        return b === h ? 0 : Math.abs(h - b) / Math.max(b, 1);
    };
    const metrics = ['flops', 'macs', 'memory'];
    let metric = base ? metrics.reduce((best, m) => (relChange(m) > relChange(best) ? m : best), 'flops') : 'flops';
    if (total(head, CHART_FIELDS[metric]) === 0 && total(base, CHART_FIELDS[metric]) === 0)
        metric = 'memory';
    const field = CHART_FIELDS[metric];
    const rows = new Map();
    const row = (opType, domain) => {
        const k = `${domain}\u0000${opType}`;
        let r = rows.get(k);
        if (!r)
            rows.set(k, (r = { opType, domain, base: 0, head: 0 }));
        return r;
    };
    for (const o of base?.byOpType ?? [])
        row(o.opType, o.domain).base += o[field];
    for (const o of head.byOpType)
        row(o.opType, o.domain).head += o[field];
    const all = [...rows.values()].filter((r) => r.base !== 0 || r.head !== 0)
        .sort((a, b) => Math.max(b.base, b.head) - Math.max(a.base, a.head) || (a.opType < b.opType ? -1 : a.opType > b.opType ? 1 : 0));
    if (all.length === 0)
        return null;
    return { metric, opTypes: all.slice(0, CHART_OP_TYPES), more: Math.max(0, all.length - CHART_OP_TYPES) };
}

;// CONCATENATED MODULE: ./build/src/budget/evaluate.js







const DEFAULT_WHY_LIMIT = 10;
function metricValue(profile, metric) {
    if (!profile)
        return null;
    const totals = profile.totals;
    const lowerBound = (0,types/* costsLowerBound */.GZ)(totals);
    switch (metric) {
        case 'params':
            return { value: profile.params.total, lowerBound: false };
        case 'file-size':
            return { value: profile.model.fileBytes + profile.model.externalDataBytes, lowerBound: false };
        case 'flops':
            return totals ? { value: totals.flops, lowerBound } : null;
        case 'macs':
            return totals ? { value: totals.macs, lowerBound } : null;
        case 'memory':
            return totals ? { value: totals.memoryBytes, lowerBound } : null;
        case 'peak-memory':
            return totals ? { value: totals.peakActivationBytes, lowerBound: (0,types/* peakLowerBound */.$l)(totals) } : null;
    }
}
function notAvailable(profile, metric) {
    const u = profile?.unavailable;
    return u && u.metrics.includes(metric) ? u.reason : null;
}
const SEVERITY = { ok: 0, warning: 1, error: 2 };
function worstVerdict(verdicts) {
    let worst = 'ok';
    for (const v of verdicts)
        if (SEVERITY[v] > SEVERITY[worst])
            worst = v;
    return worst;
}
function levelVerdict(level) {
    return level === 'error' ? 'error' : level === 'warning' ? 'warning' : 'ok';
}
const LEVEL_ORDER = { off: 0, warning: 1, error: 2 };
function stricterThan(level, than) {
    return LEVEL_ORDER[level] > LEVEL_ORDER[than];
}
function evaluateMetric(metric, base, head, opts) {
    const unit = METRIC_UNITS[metric];
    const delta = base && head ? head.value - base.value : null;
    const pct = base && head && !opts.isNew ? percentChange(base.value, head.value) : null;
    const reasons = [];
    const budget = opts.budget;
    const level = budget ? (opts.level ?? 'error') : null;
    const baseExact = base !== null && !base.lowerBound && !Number.isNaN(base.value);
    let unchecked = null;
    const binary = unit === 'bytes' && budget !== undefined && (isBinaryBytes(budget.maxText) || isBinaryBytes(budget.minDeltaText));
    if (budget && level !== 'off' && !opts.deleted) {
        const show = (v) => `${v.lowerBound ? '≥' : ''}${units_formatAmount(v.value, unit, { binary })}`;
        if (head === null) {
            const regressed = baseExact && (opts.headError === undefined || stricterThan(level, opts.headError));
            reasons.push(`not measured: ${opts.notMeasured ?? `the profile has no ${units_METRIC_LABELS[metric]}`}; the budget was not checked${regressed ? ' (the base measured it)' : ''}`);
            unchecked = regressed ? levelVerdict(level) : 'warning';
        }
        else {
            if (budget.max !== undefined && head.value > budget.max) {
                reasons.push(`${show(head)} exceeds max ${budget.maxText ?? units_formatAmount(budget.max, unit, { trim: true })}`);
            }
            const relativeUnchecked = budget.maxIncrease !== undefined && base === null && !opts.isNew;
            let overBaseBound = false;
            if (budget.maxIncrease !== undefined && base !== null && !opts.isNew && delta !== null && delta > 0) {
                const overPercent = delta * 100 > budget.maxIncrease * base.value;
                const overDelta = budget.minDelta === undefined || delta > budget.minDelta;
                if (overPercent && overDelta && base.lowerBound)
                    overBaseBound = true;
                else if (overPercent && overDelta) {
                    const pctText = pct === null ? `grew from ${units_formatAmount(base.value, unit, { binary })}` : `${formatPercent(pct)}`;
                    const minText = budget.minDelta !== undefined ? ` and ${units_formatDelta(delta, unit, { binary })} > ${budget.minDeltaText ?? units_formatAmount(budget.minDelta, unit, { trim: true })}` : '';
                    reasons.push(`${pctText} exceeds max-increase +${formatLimitPercent(budget.maxIncrease)}${minText}`);
                }
            }
            if (reasons.length === 0 && (head.lowerBound || Number.isNaN(head.value))) {
                reasons.push(`not checked: ${Number.isNaN(head.value) ? 'the head value is not a number' : `${show(head)} is only a lower bound (some nodes could not be costed)`}${baseExact ? ' and the base was exact' : ''}`);
                unchecked = baseExact ? levelVerdict(level) : 'warning';
            }
            else if (reasons.length === 0 && opts.newUnboundDims && opts.newUnboundDims.length > 0) {
                reasons.push(unboundDimsReason(opts.newUnboundDims));
                unchecked = levelVerdict(level);
            }
            if (relativeUnchecked) {
                unchecked = relativeNotChecked(reasons, unchecked, opts.baseNotMeasured ?? `the base profile has no ${units_METRIC_LABELS[metric]}`, budget.maxIncrease);
            }
            if (overBaseBound) {
                const breached = reasons.length > 0 && unchecked === null;
                reasons.push(`not checked: the base ${show(base)} is only a lower bound (some nodes could not be costed); max-increase +${formatLimitPercent(budget.maxIncrease)} is relative to it`);
                unchecked = breached ? unchecked : worstVerdict([unchecked ?? 'ok', 'warning']);
            }
        }
    }
    const status = reasons.length === 0 ? 'ok' : unchecked ?? levelVerdict(level ?? 'error');
    const bound = delta !== null && !opts.isNew ? delta_bound_deltaBound(base.lowerBound, head.lowerBound) : undefined;
    return {
        metric,
        unit,
        base: base?.value ?? null,
        head: head?.value ?? null,
        delta,
        pct,
        isNew: opts.isNew,
        baseLowerBound: base?.lowerBound ?? false,
        headLowerBound: head?.lowerBound ?? false,
        budget: budget?.text ?? null,
        level,
        status,
        reasons,
        ...(binary ? { binaryUnits: true } : {}),
        ...(unchecked !== null ? { unchecked: true } : {}),
        ...(bound !== undefined ? { deltaBound: bound } : {}),
    };
}
function evaluateModel(input, match, defaultLevel, whyLimit = DEFAULT_WHY_LIMIT) {
    const entry = match?.kind === 'matched' ? match.entry : null;
    const deleted = input.status === 'deleted';
    const isNew = input.status === 'added' || (!deleted && !input.base && !input.baseError);
    const notes = [];
    let error = null;
    if (!deleted) {
        if (input.lfsPointer) {
            error = 'stored in Git LFS: the file is a Git LFS pointer, not the model, and its object was not fetched (use actions/checkout with lfs: true, or lfs: auto/fetch with git-lfs installed)';
        }
        else if (input.error) {
            error = oneLine(input.error);
        }
        else if (!input.head) {
            error = 'no profile was produced for the head version';
        }
    }
    if (input.baseError && input.status !== 'added')
        notes.push(`base version could not be read: ${oneLine(input.baseError)}`);
    const head = error ? undefined : input.head;
    const totals = head?.totals;
    if (totals?.lowerBound) {
        const why = totals.lowerBoundReasons.length > 0 ? `: ${totals.lowerBoundReasons.slice(0, 3).map(oneLine).join('; ')}` : '';
        notes.push(`${(0,types/* costsLowerBound */.GZ)(totals) ? 'head cost totals are lower bounds' : 'head peak activation memory is a lower bound'} (≥)${why}`);
    }
    if (head?.unavailable) {
        const labels = head.unavailable.metrics.map((m) => (m === 'latency' ? 'Latency' : units_METRIC_LABELS[m]));
        notes.push(`${labels.join(', ')}: n/a (${oneLine(head.unavailable.reason)})`);
    }
    if (head && head.unknownOps.length > 0) {
        const ops = head.unknownOps.map((u) => `${labels_opLabel(u.opType, u.domain)} ×${u.count}`);
        notes.push(`ops with no cost definition (not counted): ${ops.join(', ')}`);
    }
    if (head?.weights)
        notes.push(...readerNotes(head.warnings));
    const newDims = uncheckedDims(input.base, head, match);
    const rows = [];
    for (const metric of METRICS) {
        const base = metricValue(input.base, metric);
        const headValue = metricValue(head, metric);
        const budget = deleted ? undefined : entry?.budgets[metric];
        const baseNA = notAvailable(input.base, metric) !== null;
        const headNAReason = notAvailable(head, metric);
        const headNA = headNAReason !== null;
        if (base === null && headValue === null && !budget && !baseNA && !headNA)
            continue;
        const notMeasured = error !== null ? 'the model could not be read' : headNAReason !== null ? oneLine(headNAReason) : undefined;
        const baseNotMeasured = input.baseError ?? notAvailable(input.base, metric);
        const row = evaluateMetric(metric, base, headValue, {
            isNew,
            deleted,
            ...(budget ? { budget, level: budget.level ?? defaultLevel } : {}),
            ...(notMeasured !== undefined ? { notMeasured } : {}),
            ...(error !== null ? { headError: defaultLevel } : {}),
            ...(newDims.length > 0 && POINT_METRICS.includes(metric) ? { newUnboundDims: newDims } : {}),
            ...(baseNotMeasured !== null ? { baseNotMeasured: oneLine(baseNotMeasured) } : {}),
        });
        rows.push({ ...row, ...(baseNA ? { baseNotAvailable: true } : {}), ...(headNA ? { headNotAvailable: true } : {}) });
    }
    const errorVerdict = error ? levelVerdict(defaultLevel) : 'ok';
    const warnings = head ? unboundDimWarnings(head, match) : [];
    const verdict = worstVerdict([errorVerdict, warnings.length > 0 ? 'warning' : 'ok', ...rows.map((r) => r.status)]);
    const shapes = head ? inputShapes(head) : [];
    const why = whyLimit === 0 || deleted || input.status === 'unchanged' || !head ? null : computeWhy(input.base, head, whyLimit);
    return {
        path: input.path,
        previousPath: input.previousPath ?? null,
        ...sameFile(input),
        name: entry?.name ?? null,
        status: input.status,
        verdict,
        error,
        ...(error ? { errorVerdict } : {}),
        notes,
        ...(warnings.length > 0 ? { warnings } : {}),
        ...(shapes.length > 0 ? { shapes } : {}),
        rows,
        why: why && (why.opTypes.length > 0 || why.nodes.length > 0 || (why.modules?.length ?? 0) > 0) ? why : null,
    };
}
function sameFile(input) {
    return {
        ...(input.linkTo !== undefined ? { linkTo: input.linkTo } : {}),
        ...(input.baseLinkTo !== undefined ? { baseLinkTo: input.baseLinkTo } : {}),
        ...(input.partOf !== undefined ? { partOf: input.partOf } : {}),
    };
}
function unboundDimWarnings(head, match) {
    const dims = match && match.kind !== 'ignored' ? match.dims : {};
    const configInputs = match?.kind === 'matched' ? match.inputs : {};
    return unboundDims(head, dims, configInputs).map(({ dim, input, index }) => dim !== null
        ? `input dim '${dim}' of '${input}' is not bound, so the numbers are for ${dim}=1: set dims: { ${dim}: N } in the config (under defaults or this model's entry)`
        : `dim ${index} of input '${input}' has no size or name, so the numbers are for 1 there: set inputs: { ${input}: [...] } in this model's config entry`);
}
function newUnboundDims(base, head, match) {
    const dims = match && match.kind !== 'ignored' ? match.dims : {};
    const configInputs = match?.kind === 'matched' ? match.inputs : {};
    const names = new Set(unboundDims(base, dims, configInputs).flatMap((u) => (u.dim !== null ? [u.dim] : [])));
    const measured = (p) => new Map(p.inputs.map((v) => {
        const shape = v.boundShape !== undefined ? v.boundShape : v.shape;
        return [v.name, shape ? shape.map((d) => (typeof d === 'number' ? d : 1)) : null];
    }));
    const baseShapes = measured(base);
    const headShapes = measured(head);
    const sameShape = (input) => {
        const b = baseShapes.get(input);
        const h = headShapes.get(input);
        return b != null && h != null && b.length === h.length && b.every((d, i) => d === h[i]);
    };
    return unboundDims(head, dims, configInputs)
        .filter((u) => !(u.dim !== null && names.has(u.dim)) && !sameShape(u.input));
}
function unboundDimsReason(labels) {
    return `not checked: measured at ${labels.join(', ')}, input dims nothing binds (the base was not measured at 1 there)`;
}
function relativeNotChecked(reasons, unchecked, why, maxIncrease) {
    const breached = reasons.length > 0 && unchecked === null;
    reasons.push(`not checked: the base could not be measured (${why}); max-increase +${formatLimitPercent(maxIncrease)} is relative to it`);
    return breached ? unchecked : worstVerdict([unchecked ?? 'ok', 'warning']);
}
function uncheckedDims(base, head, match) {
    const dims = base && head ? newUnboundDims(base, head, match) : [];
    const label = (u) => oneLine(u.dim !== null ? `${u.dim}=1` : `dim ${u.index} of '${u.input}'=1`);
    return [...dims.slice(0, 3).map(label), ...(dims.length > 3 ? [`${dims.length - 3} more`] : [])];
}
const MAX_READER_NOTES = 5;
function readerNotes(warnings) {
    const shown = warnings.slice(0, MAX_READER_NOTES).map((w) => `reader: ${oneLine(w)}`);
    const more = warnings.length - shown.length;
    return more > 0 ? [...shown, `reader: ${more} more ${more === 1 ? 'warning' : 'warnings'} (model-budget profile lists them all)`] : shown;
}
function oneLine(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}
function computeWhy(base, head, limit = DEFAULT_WHY_LIMIT) {
    const opTypes = opTypeChanges(base, head);
    const { nodes, scopes, truncated } = nodeDiff(base, head);
    const modules = moduleChanges(base, head);
    const chart = opTypeChart(base, head);
    return {
        opTypes: opTypes.slice(0, limit),
        nodes: nodes.slice(0, limit),
        opTypesChanged: opTypes.length,
        nodesChanged: nodes.length,
        ...(modules.length > 0 ? { modules: modules.slice(0, limit), modulesChanged: modules.length } : {}),
        ...(scopes.length > 0 ? { scopes: scopes.slice(0, limit), scopesChanged: scopes.length } : {}),
        ...(chart ? { chart } : {}),
        ...(truncated ? { nodesTruncated: true } : {}),
    };
}
function moduleChanges(base, head) {
    if (!head.weights || (base !== undefined && !base.weights))
        return [];
    const params = new Map();
    for (const m of base?.weights?.modules ?? [])
        params.set(m.name, { base: m.params, head: 0 });
    for (const m of head.weights.modules)
        params.set(m.name, { base: params.get(m.name)?.base ?? 0, head: m.params });
    const changed = [...params].filter(([, p]) => p.base !== p.head);
    const delta = new Map(changed.map(([name, p]) => [name, p.head - p.base]));
    const explainedByOneChild = new Set();
    for (const [name, d] of delta) {
        const dot = name.lastIndexOf('.');
        if (dot < 0)
            continue;
        const parent = name.slice(0, dot);
        if (delta.get(parent) === d)
            explainedByOneChild.add(parent);
    }
    return changed
        .filter(([name]) => !explainedByOneChild.has(name))
        .map(([name, p]) => ({ name, baseParams: p.base, headParams: p.head }))
        .sort((a, b) => Math.abs(b.headParams - b.baseParams) - Math.abs(a.headParams - a.baseParams) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
function opTypeChanges(base, head) {
    const withCosts = head.byOpType !== undefined && (base === undefined || base.byOpType !== undefined);
    const acc = new Map();
    const slot = (opType, domain) => {
        const k = (0,types/* opTypeKey */.rl)(domain, opType);
        let a = acc.get(k);
        if (!a) {
            a = { opType, domain, baseCount: 0, headCount: 0 };
            acc.set(k, a);
        }
        return a;
    };
    if (withCosts) {
        for (const s of base?.byOpType ?? [])
            Object.assign(slot(s.opType, s.domain), { base: s, baseCount: s.count });
        for (const s of head.byOpType ?? [])
            Object.assign(slot(s.opType, s.domain), { head: s, headCount: s.count });
    }
    else {
        for (const [op, n] of Object.entries(base?.opHistogram ?? {}))
            slot(op, '').baseCount = n;
        for (const [op, n] of Object.entries(head.opHistogram))
            slot(op, '').headCount = n;
    }
    const out = [];
    const [baseBound, headBound] = withCosts ? [(0,types/* boundOpTypes */.BQ)(base), (0,types/* boundOpTypes */.BQ)(head)] : [new Set(), new Set()];
    for (const [k, a] of acc) {
        const bound = delta_bound_deltaBound(baseBound.has(k), headBound.has(k));
        const d = (f) => (withCosts ? (a.head?.[f] ?? 0) - (a.base?.[f] ?? 0) : null);
        const change = {
            opType: a.opType,
            domain: a.domain,
            baseCount: a.baseCount,
            headCount: a.headCount,
            macsDelta: d('macs'),
            flopsDelta: d('flops'),
            memoryBytesDelta: d('memoryBytes'),
            ...(bound ? { deltaBound: bound } : {}),
        };
        const changed = a.baseCount !== a.headCount || (change.flopsDelta ?? 0) !== 0 || (change.macsDelta ?? 0) !== 0 || (change.memoryBytesDelta ?? 0) !== 0;
        if (changed)
            out.push(change);
    }
    return out.sort(byImpact((c) => `${c.domain}:${c.opType}`, (c) => Math.abs(c.headCount - c.baseCount)));
}

// EXTERNAL MODULE: ./build/src/profile/formula-types.js
var formula_types = __webpack_require__(7717);
;// CONCATENATED MODULE: ./build/src/budget/formula-change.js


const SUPERSCRIPT = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
function monomial(powers) {
    const parts = Object.entries(powers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([d, e]) => `${d}${e === 1 ? '' : String(e).split('').map((c) => SUPERSCRIPT[Number(c)]).join('')}`);
    return parts.length ? parts.join('·') : 'constant';
}
function keyOf(t) {
    return monomial(t.powers);
}
function degree(t) {
    return Object.values(t.powers).reduce((s, e) => s + e, 0);
}
function value(t) {
    return t ? Number(BigInt(t.numerator)) / Number(BigInt(t.denominator)) : 0;
}
function amount(v, m) {
    return m === 'macs' || m === 'flops' ? units_formatCount(v) : units_formatBytes(v);
}
function ratio(a, b) {
    const r = b / a;
    return r >= 100 ? `${Math.round(r)}x` : `${r.toPrecision(3)}x`;
}
function formulaChanges(base, head) {
    if (!base || !head)
        return [];
    const out = [];
    for (const m of formula_types/* FORMULA_METRICS */.T) {
        const b = base.metrics[m];
        const h = head.metrics[m];
        if (!b || !h)
            continue;
        const label = formula_types/* FORMULA_LABELS */.n[m];
        if (b.polynomial !== h.polynomial) {
            out.push(h.polynomial ? `${label}: now a polynomial of ${head.dims.join(', ')} (the base had no formula)` : `${label}: no formula on the head (${h.reason}); the base had one`);
            continue;
        }
        if (!b.polynomial || !h.polynomial)
            continue;
        const bt = new Map(b.terms.map((t) => [keyOf(t), t]));
        const ht = new Map(h.terms.map((t) => [keyOf(t), t]));
        const changed = [...new Set([...bt.keys(), ...ht.keys()])]
            .filter((k) => { const x = bt.get(k); const y = ht.get(k); return !x || !y || x.numerator !== y.numerator || x.denominator !== y.denominator; })
            .map((k) => ({ k, b: bt.get(k), h: ht.get(k), deg: degree((bt.get(k) ?? ht.get(k))) }))
            .sort((x, y) => y.deg - x.deg || (x.k < y.k ? -1 : x.k > y.k ? 1 : 0));
        if (changed.length === 0)
            continue;
        const [lead, ...rest] = changed;
        const describe = (c) => {
            const bv = value(c.b);
            const hv = value(c.h);
            if (!c.b)
                return `new ${c.k} term ${amount(hv, m)}`;
            if (!c.h)
                return `${c.k} term ${amount(bv, m)} removed`;
            const dir = hv > bv ? 'grew' : 'fell';
            const r = bv !== 0 && Math.sign(bv) === Math.sign(hv) ? ` ${ratio(Math.abs(Math.min(bv, hv)), Math.abs(Math.max(bv, hv)))}` : '';
            return `${c.k === 'constant' ? 'the constant' : `the ${c.k} coefficient`} ${dir}${r} (${amount(bv, m)} → ${amount(hv, m)})`;
        };
        const more = rest.length ? `; also ${rest.slice(0, 2).map(describe).join(', ')}${rest.length > 2 ? ` and ${rest.length - 2} more` : ''}` : '';
        out.push(`${label}: ${describe(lead)}${more}`);
    }
    return out;
}

// EXTERNAL MODULE: ./build/src/profile/roofline.js
var roofline = __webpack_require__(8187);
;// CONCATENATED MODULE: ./build/src/budget/duration.js
function duration_formatDuration(seconds, opts = {}) {
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

;// CONCATENATED MODULE: ./build/src/budget/latency.js






const TOP_MEMORY_BOUND = 3;
function estimateOn(profile, hw) {
    const nodes = profile?.nodes;
    if (!nodes || !profile?.totals)
        return null;
    let seconds = 0;
    let memorySeconds = 0;
    const memoryBound = [];
    for (const n of nodes) {
        if (n.inTotals === false)
            continue;
        const r = (0,roofline/* nodeRoofline */.L)({ flops: n.flops, bytes: n.memoryBytes }, hw);
        seconds += r.latencySeconds;
        if (r.bound === 'memory') {
            memorySeconds += r.latencySeconds;
            memoryBound.push({ name: labels_nodePath(n.scope, n.name), opType: n.opType, seconds: r.latencySeconds });
        }
    }
    if (!Number.isFinite(seconds))
        return null;
    memoryBound.sort((a, b) => b.seconds - a.seconds || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return { seconds, memoryBoundShare: seconds > 0 ? memorySeconds / seconds : 0, topMemoryBound: memoryBound.slice(0, TOP_MEMORY_BOUND) };
}
function latencyRows(base, head, budget, defaultLevel, opts) {
    const level = budget.level ?? defaultLevel;
    const breach = level === 'error' ? 'error' : 'warning';
    return budget.hardware.map((hw) => {
        const b = estimateOn(base, hw);
        const h = opts.headError !== undefined ? null : estimateOn(head, hw);
        const baseExact = b !== null && !(0,types/* costsLowerBound */.GZ)(base?.totals);
        const reasons = [];
        let unchecked = null;
        if (level !== 'off' && !opts.deleted && opts.headError !== undefined) {
            const regressed = baseExact && stricterThan(level, opts.headError);
            reasons.push(`not measured: the model could not be read; the latency on ${hw.id} was not checked${regressed ? ' (the base\'s could be estimated)' : ''}`);
            unchecked = regressed ? breach : 'warning';
        }
        else if (level !== 'off' && !opts.deleted && head !== undefined) {
            if (h === null) {
                reasons.push(`the latency on ${hw.id} could not be estimated (no per-node costs for this model)${baseExact ? ' and the base\'s could' : ''}`);
                unchecked = baseExact ? breach : 'warning';
            }
            else {
                if (budget.max !== undefined && h.seconds > budget.max) {
                    reasons.push(`${duration_formatDuration(h.seconds)} on ${hw.id} exceeds max ${budget.maxText ?? duration_formatDuration(budget.max)}`);
                }
                let overBaseBound = false;
                if (budget.maxIncrease !== undefined && b !== null && !opts.isNew && h.seconds * 100 > b.seconds * (100 + budget.maxIncrease)) {
                    if ((0,types/* costsLowerBound */.GZ)(base?.totals))
                        overBaseBound = true;
                    else {
                        const change = percentChange(b.seconds, h.seconds);
                        const pct = change !== null ? formatPercent(change) : 'grew';
                        reasons.push(`${pct} on ${hw.id} (${duration_formatDuration(b.seconds)} -> ${duration_formatDuration(h.seconds)}) exceeds max-increase +${formatLimitPercent(budget.maxIncrease)}`);
                    }
                }
                if (reasons.length === 0 && (0,types/* costsLowerBound */.GZ)(head.totals)) {
                    reasons.push(`not checked: ${duration_formatDuration(h.seconds)} on ${hw.id} is only a lower bound (some nodes could not be costed)${baseExact ? ' and the base was exact' : ''}`);
                    unchecked = baseExact ? breach : 'warning';
                }
                else if (reasons.length === 0 && opts.newUnboundDims && opts.newUnboundDims.length > 0) {
                    reasons.push(unboundDimsReason(opts.newUnboundDims));
                    unchecked = breach;
                }
                if (budget.maxIncrease !== undefined && b === null && !opts.isNew) {
                    const why = opts.baseError !== undefined ? oneLine(opts.baseError) : `no latency estimate on ${hw.id}: no per-node costs`;
                    unchecked = relativeNotChecked(reasons, unchecked, why, budget.maxIncrease);
                }
                if (overBaseBound) {
                    const breached = reasons.length > 0 && unchecked === null;
                    reasons.push(`not checked: the base estimate ${duration_formatDuration(b.seconds)} on ${hw.id} is only a lower bound (some nodes could not be costed); max-increase +${formatLimitPercent(budget.maxIncrease)} is relative to it`);
                    unchecked = breached ? unchecked : worstVerdict([unchecked ?? 'ok', 'warning']);
                }
            }
        }
        const status = reasons.length === 0 ? 'ok' : unchecked ?? breach;
        return {
            hardware: hw.id,
            hardwareName: hw.kind === 'custom' ? `${hw.name} (${hw.peakFlops} FLOP/s, ${hw.bandwidth} B/s)` : hw.name,
            base: b?.seconds ?? null,
            head: h?.seconds ?? null,
            ...(b !== null && (0,types/* costsLowerBound */.GZ)(base?.totals) ? { baseLowerBound: true } : {}),
            ...(h !== null && (0,types/* costsLowerBound */.GZ)(head?.totals) ? { headLowerBound: true } : {}),
            memoryBoundShare: h?.memoryBoundShare ?? null,
            topMemoryBound: h?.topMemoryBound ?? [],
            budget: budget.text,
            level,
            status,
            reasons,
            ...(unchecked !== null ? { unchecked: true } : {}),
        };
    });
}

;// CONCATENATED MODULE: ./build/src/budget/points.js





const applies = (at, point) => at === undefined || (point !== null && at.includes(point));
function evaluateModelAtPoints(input, match, defaultLevel, whyLimit) {
    const entry = match?.kind === 'matched' ? match.entry : null;
    const deleted = input.status === 'deleted';
    const isNew = input.status === 'added' || (!deleted && !input.base && !input.baseError);
    const formulas = input.base?.formulas || input.head?.formulas
        ? { formulas: { base: input.base?.formulas ?? null, head: input.head?.formulas ?? null, changes: formulaChanges(input.base?.formulas, input.head?.formulas) } }
        : {};
    if (!entry || match?.kind !== 'matched' || !entry.points || !input.points) {
        const report = evaluateModel(input, match, defaultLevel, whyLimit);
        if (!entry?.latency)
            return { ...report, ...formulas };
        const latency = latencyRows(input.base, input.head, entry.latency, defaultLevel, report.error
            ? { isNew, deleted, headError: defaultLevel }
            : { isNew, deleted, newUnboundDims: uncheckedDims(input.base, input.head, match), ...(input.baseError !== undefined ? { baseError: input.baseError } : {}) });
        return { ...report, latency, verdict: worstVerdict([report.verdict, ...latency.map((r) => r.status)]), ...formulas };
    }
    const fixed = Object.fromEntries(Object.entries(entry.budgets).filter(([m]) => !POINT_METRICS.includes(m)));
    const top = evaluateModel(input, { ...match, entry: { ...entry, budgets: fixed } }, defaultLevel, whyLimit);
    const points = input.points.map((p) => evaluatePoint(input, p, entry.points.find((op) => op.name === p.name), match, defaultLevel, { isNew, deleted }));
    const warnings = points.flatMap((p) => p.warnings.map((w) => `at ${p.name}: ${w}`));
    const { shapes: _shapes, warnings: _warnings, ...rest } = top;
    return {
        ...rest,
        rows: top.rows.filter((r) => !POINT_METRICS.includes(r.metric)),
        ...(warnings.length > 0 ? { warnings } : {}),
        verdict: worstVerdict([top.error ? top.verdict : 'ok', ...top.rows.map((r) => r.status), warnings.length > 0 ? 'warning' : 'ok', ...points.map((p) => p.verdict)]),
        points: points.map(({ warnings: _w, ...p }) => ({ ...p, warnings: [] })),
        ...formulas,
    };
}
function evaluatePoint(input, p, op, match, defaultLevel, side) {
    const entry = match.entry;
    const budgets = Object.fromEntries(Object.entries(entry.budgets)
        .filter(([m, b]) => POINT_METRICS.includes(m) && applies(b.at, p.name)));
    const pointMatch = { ...match, entry: { ...entry, budgets }, dims: p.dims, inputs: { ...match.inputs, ...p.inputs } };
    const r = evaluateModel({ path: input.path, status: input.status, ...(p.base ? { base: p.base } : {}), ...(p.head ? { head: p.head } : {}), ...(p.error ? { error: p.error } : {}), ...(p.baseError ? { baseError: p.baseError } : {}) }, pointMatch, defaultLevel, 0);
    let error = r.error;
    if (!error && p.head && op)
        error = unknownBinding(op, p.head);
    const headError = r.error !== null;
    const rows = error && !headError ? [] : r.rows.filter((row) => POINT_METRICS.includes(row.metric));
    const latency = (!error || headError) && entry.latency && applies(entry.latency.at, p.name)
        ? latencyRows(p.base, p.head, entry.latency, defaultLevel, headError
            ? { ...side, headError: defaultLevel }
            : { ...side, newUnboundDims: uncheckedDims(p.base, p.head, pointMatch), ...(p.baseError !== undefined ? { baseError: p.baseError } : {}) }) : [];
    const warnings = error || !p.head ? [] : unboundDimWarnings(p.head, pointMatch);
    const errorVerdict = error ? (defaultLevel === 'error' ? 'error' : defaultLevel === 'warning' ? 'warning' : 'ok') : 'ok';
    return {
        name: p.name,
        dims: p.dims,
        verdict: worstVerdict([errorVerdict, warnings.length > 0 ? 'warning' : 'ok', ...rows.map((x) => x.status), ...latency.map((x) => x.status)]),
        error,
        warnings,
        shapes: p.head && !error ? inputShapes(p.head) : [],
        rows,
        latency,
    };
}
function unknownBinding(op, head) {
    const dims = new Set(head.inputs.flatMap((v) => (v.shape ?? []).filter((d) => typeof d === 'string')));
    const inputs = new Set(head.inputs.map((v) => v.name));
    for (const name of Object.keys(op.dims)) {
        if (!dims.has(name))
            return `${op.where}: binds '${name}', which is not a symbolic dim of this model's inputs (dims: ${[...dims].sort().join(', ') || 'none'})`;
    }
    for (const name of Object.keys(op.inputs)) {
        if (!inputs.has(name))
            return `${op.where}: binds '${name}', which is not an input of this model (inputs: ${[...inputs].join(', ') || 'none'})`;
    }
    return null;
}
function pointsOutput(models) {
    return models.flatMap((m) => (m.points ?? []).map((p) => ({
        path: m.path,
        point: p.name,
        dims: p.dims,
        verdict: p.verdict,
        metrics: Object.fromEntries(p.rows.map((r) => [r.metric, r.head])),
        latency: Object.fromEntries(p.latency.map((l) => [l.hardware, l.head])),
        lowerBound: {
            metrics: p.rows.filter((r) => r.head !== null && r.headLowerBound).map((r) => r.metric),
            latency: p.latency.filter((l) => l.head !== null && l.headLowerBound === true).map((l) => l.hardware),
        },
    })));
}

// EXTERNAL MODULE: ./build/src/graph/errors.js
var errors = __webpack_require__(5875);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
;// CONCATENATED MODULE: ./build/src/budget/schema-validator.js

const Ajv2020Class = _2020["default"];
function lazyValidator(schema) {
    let compiled;
    return () => (compiled ??= new Ajv2020Class({ strict: true, strictNumbers: true, allErrors: false }).compile(schema));
}

;// CONCATENATED MODULE: ./build/schema/gate-report.schema.json
const gate_report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/model-budget/model-budget/schema/gate-report.schema.json","title":"model-budget gate report (schemaVersion 1)","description":"What the budget gate decided for a pull request: written as a JSON artifact by the check run and validated again (src/budget/gate.ts validateGateReport) before the publish run renders it. Fields are added within schemaVersion 1 only as optional ones (absent from older reports); removing, renaming or changing one bumps the version.","type":"object","additionalProperties":false,"required":["schemaVersion","passed","violations","warnings","configFile","configSource","configNote","budgetChanges","changedModels","ignored","models"],"properties":{"schemaVersion":{"const":1},"passed":{"type":"boolean","description":"True exactly when violations is 0."},"violations":{"$ref":"#/$defs/count","description":"Error-level budget breaches plus error-level models that could not be measured."},"warnings":{"$ref":"#/$defs/count","description":"Warning-level breaches, unmeasured budgeted metrics and warning-level unreadable models."},"configFile":{"type":["string","null"],"maxLength":4096},"configSource":{"enum":["base","head",null],"description":"Side whose config set the budgets: base by default (a pull request cannot relax its own budgets), head with config-from: head or when the base has no config yet; null without a config."},"configNote":{"$ref":"#/$defs/nullableText","description":"What the report says about the config choice (e.g. the base has no config yet)."},"budgetChanges":{"type":"array","maxItems":100000,"description":"Settings the pull request changes in the config, old -> new (null: not set on that side).","items":{"type":"object","additionalProperties":false,"required":["scope","setting","before","after"],"properties":{"scope":{"$ref":"#/$defs/text"},"setting":{"$ref":"#/$defs/text"},"before":{"$ref":"#/$defs/nullableText"},"after":{"$ref":"#/$defs/nullableText"}}}},"changedModels":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/text"}},"ignored":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/text"}},"models":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/model"}},"minChange":{"type":"number","minimum":0,"description":"Changes under this many percent are not detailed in the comment (config defaults.min-change or the min-change input)."},"shard":{"type":"object","description":"Present only in a partial report: shard index of count of a sharded run (shard: i/n). A merge (mode: merge) checks that the shards share commits, settings and model list, and that each holds exactly its slice.","additionalProperties":false,"required":["index","count","models","baseSha","headSha","settings","level"],"properties":{"index":{"type":"integer","minimum":1,"maximum":256},"count":{"type":"integer","minimum":1,"maximum":256},"models":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/text"},"description":"Every changed model of the whole run, in the unsharded report\'s order of changes."},"baseSha":{"type":["string","null"],"pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"headSha":{"type":["string","null"],"pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"settings":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"SHA-256 of the config and options the shard ran with."},"level":{"enum":["error","warning","off"],"description":"The config\'s default level: the merge counts each unreadable model at it."}}}},"$defs":{"count":{"type":"integer","minimum":0},"text":{"type":"string","maxLength":4096},"nullableText":{"type":["string","null"],"maxLength":4096},"nullableNumber":{"type":["number","null"]},"verdict":{"enum":["ok","warning","error"]},"dimValues":{"type":"object","propertyNames":{"maxLength":4096},"additionalProperties":{"$ref":"#/$defs/count"},"description":"A whole number per dim name."},"model":{"type":"object","additionalProperties":false,"required":["path","previousPath","name","status","verdict","error","notes","rows","why"],"properties":{"path":{"$ref":"#/$defs/text"},"previousPath":{"$ref":"#/$defs/nullableText"},"linkTo":{"$ref":"#/$defs/text","description":"The path is a symbolic link (or under a link to a folder) to this file, on the head (the base for a deleted model); a target with a row of its own is counted once in the totals."},"baseLinkTo":{"$ref":"#/$defs/text","description":"For a model measured on both sides whose path led to another file on the base than on the head (a link retargeted, or a link on one side only): the file the base version was read from. The totals count each side\'s file once."},"partOf":{"$ref":"#/$defs/text","description":"Measured as a model of its own on one side only (a shard its set\'s index does not list): the set that reads it on the other side. \'deleted\' then means it joined that set on the head, \'added\' that it left it."},"name":{"$ref":"#/$defs/nullableText","description":"Name of the config entry that matched, null if none."},"status":{"enum":["added","modified","deleted","renamed","unchanged"]},"verdict":{"$ref":"#/$defs/verdict","description":"At least as bad as the worst row."},"error":{"$ref":"#/$defs/nullableText","description":"Why the head model could not be measured."},"errorVerdict":{"$ref":"#/$defs/verdict","description":"What the error alone counts as, from the config\'s default level (ok at level off)."},"notes":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/text"}},"warnings":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/text"},"description":"Findings that count as warnings without breaking a budget, e.g. an input dim no config binds (profiled at 1)."},"shapes":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/text"},"description":"The input shapes the head numbers are for, e.g. `idx: 1x128`."},"rows":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/row"}},"why":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/why"}]},"points":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/point"},"description":"One entry per operating point of the config entry; FLOPs, MACs, memory access, peak memory and latency are there, not in rows."},"latency":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/latencyRow"},"description":"Roofline latency per device, for a model without points that has a latency budget."},"formulas":{"$ref":"#/$defs/formulas"},"noWeights":{"$ref":"#/$defs/text","description":"The file holds no weights (a training checkpoint\'s scheduler.pt, optimizer.pt): its reader\'s reason. Such a file has no rows and verdict ok: it never breaches a budget."},"uncheckedBudgets":{"type":"array","maxItems":100,"items":{"$ref":"#/$defs/text"},"description":"With noWeights: the budgets of the matching entry, none of them checked (e.g. `Params ≤ 25 M`)."}}},"point":{"type":"object","additionalProperties":false,"required":["name","dims","verdict","error","warnings","shapes","rows","latency"],"properties":{"name":{"$ref":"#/$defs/text"},"dims":{"$ref":"#/$defs/dimValues","description":"The dims bound at this point."},"verdict":{"$ref":"#/$defs/verdict"},"error":{"$ref":"#/$defs/nullableText","description":"Why the head could not be measured at this point (or the point binds a name the model lacks)."},"warnings":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/text"}},"shapes":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/text"}},"rows":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/row"}},"latency":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/latencyRow"}}}},"latencyRow":{"type":"object","additionalProperties":false,"required":["hardware","hardwareName","base","head","memoryBoundShare","topMemoryBound","budget","level","status","reasons"],"properties":{"hardware":{"$ref":"#/$defs/text","description":"Preset id or the custom device\'s name."},"hardwareName":{"$ref":"#/$defs/text"},"base":{"$ref":"#/$defs/nullableNumber","description":"Roofline latency estimate in seconds (a bound, not a measurement)."},"head":{"$ref":"#/$defs/nullableNumber"},"baseLowerBound":{"const":true,"description":"The base estimate is a lower bound (some node could not be costed): shown with ≥. Absent when exact, and in older reports."},"headLowerBound":{"const":true,"description":"The head estimate is a lower bound: shown with ≥."},"memoryBoundShare":{"oneOf":[{"type":"null"},{"type":"number","minimum":0,"maximum":1}],"description":"Share of the head\'s estimated time spent in memory-bound nodes."},"topMemoryBound":{"type":"array","maxItems":100000,"items":{"type":"object","additionalProperties":false,"required":["name","opType","seconds"],"properties":{"name":{"$ref":"#/$defs/text"},"opType":{"$ref":"#/$defs/text"},"seconds":{"type":"number"}}}},"budget":{"$ref":"#/$defs/nullableText"},"level":{"oneOf":[{"type":"null"},{"enum":["error","warning","off"]}]},"status":{"$ref":"#/$defs/verdict"},"reasons":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/text"}},"unchecked":{"const":true,"description":"The budget could not be checked: the head\'s estimate could not (none, a lower bound, input dims at 1), or a max-increase had no base estimate (the base could not be measured); status says whether that fails."}}},"formulas":{"type":"object","additionalProperties":false,"required":["base","head","changes"],"description":"Cost formulas of both sides (profile.schema.json\'s formulas object) and one line per metric whose formula changed.","properties":{"base":{"$ref":"#/$defs/formulaSummary"},"head":{"$ref":"#/$defs/formulaSummary"},"changes":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/text"}}}},"formulaSummary":{"type":["object","null"],"description":"One side\'s formulas (profile.schema.json\'s formulas object, held to this report\'s limits); null when that side has none.","additionalProperties":false,"required":["dims","fixed","metrics"],"properties":{"dims":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/text"}},"fixed":{"$ref":"#/$defs/dimValues"},"metrics":{"type":"object","additionalProperties":false,"properties":{"macs":{"$ref":"#/$defs/metricFormula"},"flops":{"$ref":"#/$defs/metricFormula"},"memoryBytes":{"$ref":"#/$defs/metricFormula"},"peakActivationBytes":{"$ref":"#/$defs/metricFormula"}}},"note":{"$ref":"#/$defs/text"}}},"metricFormula":{"type":"object","description":"An exact polynomial of the free dims (each term\'s numerator and denominator a decimal string, which may pass 2^53), or why there is none with the values sampled.","required":["polynomial"],"properties":{"polynomial":{"type":"boolean"}},"if":{"properties":{"polynomial":{"const":true}}},"then":{"additionalProperties":false,"required":["polynomial","terms","degree"],"properties":{"polynomial":{"const":true},"terms":{"type":"array","maxItems":1000,"items":{"type":"object","additionalProperties":false,"required":["numerator","denominator","powers"],"properties":{"numerator":{"type":"string","pattern":"^-?[0-9]{1,400}$"},"denominator":{"type":"string","pattern":"^[1-9][0-9]{0,399}$"},"powers":{"$ref":"#/$defs/dimValues"}}}},"degree":{"$ref":"#/$defs/dimValues"}}},"else":{"additionalProperties":false,"required":["polynomial","reason","values"],"properties":{"polynomial":{"const":false},"reason":{"$ref":"#/$defs/text"},"values":{"type":"array","maxItems":100000,"items":{"type":"object","additionalProperties":false,"required":["at","value"],"properties":{"at":{"$ref":"#/$defs/dimValues"},"value":{"$ref":"#/$defs/nullableNumber"}}}}}}},"deltaBound":{"enum":["lower","upper","unknown"],"description":"What the deltas beside it are on the real change when a side is only a lower bound: a lower bound (the head is a bound), an upper bound (the base is: the real change may be a fall), or nothing known (both are)."},"row":{"type":"object","additionalProperties":false,"required":["metric","unit","base","head","delta","pct","isNew","baseLowerBound","headLowerBound","budget","level","status","reasons"],"properties":{"metric":{"enum":["params","flops","macs","memory","peak-memory","file-size"]},"unit":{"enum":["count","bytes"]},"base":{"$ref":"#/$defs/nullableNumber"},"head":{"$ref":"#/$defs/nullableNumber"},"delta":{"$ref":"#/$defs/nullableNumber"},"pct":{"$ref":"#/$defs/nullableNumber","description":"Percent change relative to base; null for new models, a base of 0 or one too small to divide by (the ratio overflows or reaches 1e21 %): the delta alone then."},"isNew":{"type":"boolean"},"baseLowerBound":{"type":"boolean"},"headLowerBound":{"type":"boolean"},"deltaBound":{"$ref":"#/$defs/deltaBound","description":"Present when a side is a lower bound and delta is not null. Absent when both sides are exact, and in older reports."},"baseNotAvailable":{"const":true,"description":"The base\'s format cannot measure this metric (weights only): shown as n/a."},"headNotAvailable":{"const":true,"description":"The head\'s format cannot measure this metric (weights only): shown as n/a."},"binaryUnits":{"const":true,"description":"The budget is written in KiB/MiB/GiB: the row\'s bytes are shown in that family."},"budget":{"$ref":"#/$defs/nullableText"},"level":{"enum":["error","warning","off",null]},"status":{"$ref":"#/$defs/verdict"},"reasons":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/text"}},"unchecked":{"const":true,"description":"The budget could not be checked: the head\'s numbers could not (not measured, a lower bound, input dims at 1), or a max-increase had no base value (the base could not be measured, or its format cannot measure the metric); status says whether that fails."}}},"why":{"type":"object","additionalProperties":false,"required":["opTypes","nodes","opTypesChanged","nodesChanged"],"properties":{"opTypes":{"type":"array","maxItems":100000,"items":{"type":"object","additionalProperties":false,"required":["opType","domain","baseCount","headCount","macsDelta","flopsDelta","memoryBytesDelta"],"properties":{"opType":{"$ref":"#/$defs/text"},"domain":{"$ref":"#/$defs/text"},"baseCount":{"$ref":"#/$defs/count"},"headCount":{"$ref":"#/$defs/count"},"macsDelta":{"$ref":"#/$defs/nullableNumber"},"flopsDelta":{"$ref":"#/$defs/nullableNumber"},"memoryBytesDelta":{"$ref":"#/$defs/nullableNumber"},"deltaBound":{"$ref":"#/$defs/deltaBound"}}}},"nodes":{"type":"array","maxItems":100000,"items":{"type":"object","additionalProperties":false,"required":["name","opType","scope","change","flopsDelta","macsDelta","memoryBytesDelta"],"properties":{"name":{"$ref":"#/$defs/text"},"opType":{"$ref":"#/$defs/text"},"scope":{"$ref":"#/$defs/text"},"change":{"enum":["added","removed","changed"]},"flopsDelta":{"type":"number"},"macsDelta":{"type":"number"},"memoryBytesDelta":{"type":"number"},"deltaBound":{"$ref":"#/$defs/deltaBound"},"baseName":{"$ref":"#/$defs/text","description":"A changed node\'s base counterpart when it had another name (renamed scope, shifted index)."},"baseShape":{"$ref":"#/$defs/text","description":"First output shape of the base node, when it differs from the head\'s."},"headShape":{"$ref":"#/$defs/text"}}}},"opTypesChanged":{"$ref":"#/$defs/count"},"nodesChanged":{"$ref":"#/$defs/count"},"modules":{"type":"array","maxItems":100000,"description":"Weights files: modules (dotted-name prefixes) whose params changed, each not explained by a single child; largest change first.","items":{"type":"object","additionalProperties":false,"required":["name","baseParams","headParams"],"properties":{"name":{"$ref":"#/$defs/text"},"baseParams":{"$ref":"#/$defs/count"},"headParams":{"$ref":"#/$defs/count"}}}},"modulesChanged":{"$ref":"#/$defs/count"},"scopes":{"type":"array","maxItems":100000,"description":"Graphs with /-scoped node names: module scopes (first two segments) whose cost changed, largest change first; a matched node counts in the head\'s scope on both sides.","items":{"type":"object","additionalProperties":false,"required":["name","baseFlops","headFlops","baseMemoryBytes","headMemoryBytes"],"properties":{"name":{"$ref":"#/$defs/text"},"baseFlops":{"type":"number","minimum":0},"headFlops":{"type":"number","minimum":0},"baseMemoryBytes":{"type":"number","minimum":0},"headMemoryBytes":{"type":"number","minimum":0},"baseLowerBound":{"const":true,"description":"A node of the scope on the base was not fully costed: its sums are lower bounds. Absent when exact, and in older reports."},"headLowerBound":{"const":true,"description":"As baseLowerBound, on the head."}}}},"scopesChanged":{"$ref":"#/$defs/count"},"chart":{"type":"object","additionalProperties":false,"required":["metric","opTypes","more"],"description":"Cost per op type of both sides for the metric whose total changed most, largest first.","properties":{"metric":{"enum":["flops","macs","memory"]},"opTypes":{"type":"array","maxItems":64,"items":{"type":"object","additionalProperties":false,"required":["opType","domain","base","head"],"properties":{"opType":{"$ref":"#/$defs/text"},"domain":{"$ref":"#/$defs/text"},"base":{"type":"number","minimum":0},"head":{"type":"number","minimum":0}}}},"more":{"$ref":"#/$defs/count"}}},"nodesTruncated":{"const":true,"description":"The graph was too large to match nodes by structure: some changes may show as removed/added pairs."}}}}}');
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
;// CONCATENATED MODULE: ./build/src/budget/glob.js


(0,external_node_v8_.setFlagsFromString)('--enable-experimental-regexp-engine');
class GlobError extends errors/* BadInputError */.Ys {
    name = 'GlobError';
}
const cache = new Map();
function normalizePath(path) {
    let p = path.replace(/\\/g, '/');
    while (p.startsWith('./'))
        p = p.slice(2);
    return p;
}
function normalizeRepoPath(path) {
    let p = path;
    while (p.startsWith('./'))
        p = p.slice(2);
    return p;
}
function globMatch(pattern, path) {
    return compileGlob(pattern).test(normalizeRepoPath(path));
}
function compileGlob(pattern) {
    let re = cache.get(pattern);
    if (!re) {
        if (pattern.length > MAX_GLOB_LENGTH) {
            throw new GlobError(`glob ${JSON.stringify(`${pattern.slice(0, 80)}...`)}: ${pattern.length} characters, more than the ${MAX_GLOB_LENGTH} of the longest path a file system takes`);
        }
        const body = translate(normalizePath(pattern));
        try {
            re = new RegExp(`^${body}$`, 'l');
        }
        catch (e) {
            const detail = e instanceof SyntaxError ? e.message.replace(/^Invalid regular expression: \/.*\/l: /, '') : String(e);
            throw new GlobError(`glob ${JSON.stringify(pattern)}: ${detail.toLowerCase()}`);
        }
        cache.set(pattern, re);
    }
    return re;
}
const REGEX_SPECIAL = /[.+^$()|\\/{}[\]*?]/;
function escapeChar(c) {
    return REGEX_SPECIAL.test(c) ? `\\${c}` : c;
}
const MAX_GLOBSTARS = 16;
const MAX_GLOB_LENGTH = 4096;
function translate(pattern) {
    let out = '';
    let i = 0;
    let globstars = 0;
    let braceDepth = 0;
    while (i < pattern.length) {
        const c = pattern[i];
        if (c === '*') {
            if (pattern[i + 1] === '*') {
                const atSegmentStart = i === 0 || pattern[i - 1] === '/';
                const end = i + 2;
                const atSegmentEnd = end === pattern.length || pattern[end] === '/';
                if (atSegmentStart && atSegmentEnd) {
                    if (++globstars > MAX_GLOBSTARS)
                        throw new GlobError(`glob ${JSON.stringify(pattern.length > 80 ? `${pattern.slice(0, 80)}...` : pattern)}: more than ${MAX_GLOBSTARS} "**" segments`);
                    if (pattern[end] === '/') {
                        out += '(?:[^/]*/)*';
                        i = end + 1;
                        while (pattern.startsWith('**/', i))
                            i += 3;
                    }
                    else {
                        out += '[\\s\\S]*';
                        i = end;
                    }
                    continue;
                }
                throw new GlobError(`glob ${JSON.stringify(pattern)}: "**" must be a whole path segment (as in a/**/b)`);
            }
            out += '[^/]*';
            i += 1;
        }
        else if (c === '?') {
            out += '[^/]';
            i += 1;
        }
        else if (c === '[') {
            const close = findClassEnd(pattern, i);
            if (close < 0)
                throw new GlobError(`glob ${JSON.stringify(pattern)}: unclosed "["`);
            let body = pattern.slice(i + 1, close);
            let negate = false;
            if (body.startsWith('!') || body.startsWith('^')) {
                negate = true;
                body = body.slice(1);
            }
            const escaped = body.replace(/[\\\]^[]/g, (m) => `\\${m}`);
            out += negate ? `[^/${escaped}]` : `[${escaped}]`;
            i = close + 1;
        }
        else if (c === '{') {
            braceDepth += 1;
            out += '(?:';
            i += 1;
        }
        else if (c === '}' && braceDepth > 0) {
            braceDepth -= 1;
            out += ')';
            i += 1;
        }
        else if (c === ',' && braceDepth > 0) {
            out += '|';
            i += 1;
        }
        else if (c === '\\' && i + 1 < pattern.length) {
            out += escapeChar(pattern[i + 1]);
            i += 2;
        }
        else {
            out += escapeChar(c);
            i += 1;
        }
    }
    if (braceDepth > 0)
        throw new GlobError(`glob ${JSON.stringify(pattern)}: unclosed "{"`);
    return out;
}
function findClassEnd(pattern, open) {
    let j = open + 1;
    if (pattern[j] === '!' || pattern[j] === '^')
        j += 1;
    if (pattern[j] === ']')
        j += 1;
    while (j < pattern.length) {
        if (pattern[j] === ']')
            return j > open + 1 ? j : -1;
        if (pattern[j] === '/')
            return -1;
        j += 1;
    }
    return -1;
}

// EXTERNAL MODULE: ./build/src/profile/hardware.js
var hardware = __webpack_require__(1375);
;// CONCATENATED MODULE: ./build/src/budget/points-config.js





const POINT_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const DIM_NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;
const MAX_POINTS = 16;
const MAX_LATENCY_DEVICES = 16;
class PointsReader {
    r;
    constructor(r) {
        this.r = r;
    }
    points(node, key, at, file) {
        const fields = this.r.map(node, key, null, at);
        if (fields.size === 0)
            this.r.fail(node ?? at, key, 'no points (name at least one, e.g. points: { short: { seq: 128 } }, or remove the key)');
        if (fields.size > MAX_POINTS)
            this.r.fail(node ?? at, key, `${fields.size} points; at most ${MAX_POINTS} (each is profiled on both sides)`);
        const out = [];
        for (const [name, { pair, value }] of fields) {
            const pk = this.r.join(key, name);
            if (!POINT_NAME.test(name) || name.length > 64)
                this.r.fail(pair, pk, 'a point name is a word of letters, digits, _ . - (at most 64 characters)');
            const binds = this.r.map(value, pk, null, pair);
            if (binds.size === 0)
                this.r.fail(value ?? pair, pk, 'binds nothing (give dims, e.g. { seq: 128 }, or input shapes, e.g. { idx: [1, 128] })');
            const dims = {};
            const inputs = {};
            for (const [bound, { pair: bp, value: bv }] of binds) {
                const bk = this.r.join(pk, bound);
                if (!DIM_NAME.test(bound))
                    this.r.fail(bp, bk, 'not a dim or input name');
                if ((0,dist/* isSeq */.oP)(bv)) {
                    const shape = this.r.seq(bv, bk, bp).map((item, i) => {
                        const v = this.r.scalar(item, `${bk}[${i}]`, bp);
                        if (typeof v === 'number' && Number.isInteger(v) && v >= 1)
                            return v;
                        if (typeof v === 'string' && DIM_NAME.test(v))
                            return v;
                        return this.r.fail(item ?? bp, `${bk}[${i}]`, `${this.r.show(v)} is not a dimension (use a whole number >= 1 or a symbolic dim name)`);
                    });
                    (0,name_table/* setEntry */.RY)(inputs, bound, shape);
                }
                else {
                    const v = this.r.scalar(bv, bk, bp);
                    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
                        this.r.fail(bv ?? bp, bk, `${this.r.show(v)} is not a dimension (use a whole number >= 1, or a list for an input shape)`);
                    }
                    (0,name_table/* setEntry */.RY)(dims, bound, v);
                }
            }
            const line = this.r.lineOf(pair);
            out.push({ name, dims, inputs, line, where: `${file}:${line}: ${pk}` });
        }
        return out;
    }
    at(node, key, pair, points) {
        if (points.length === 0)
            this.r.fail(node ?? pair, key, "this model has no points (add points: { name: { dim: N } } to the entry, before 'budgets')");
        const items = (0,dist/* isSeq */.oP)(node) ? this.r.seq(node, key, pair) : [node];
        if (items.length === 0)
            this.r.fail(node ?? pair, key, 'names no point');
        const names = points.map((p) => p.name);
        return items.map((item, i) => {
            const k = (0,dist/* isSeq */.oP)(node) ? `${key}[${i}]` : key;
            const name = this.r.text(item, k, pair);
            if (!names.includes(name))
                this.r.fail(item ?? pair, k, `${this.r.show(name)} is not a point of this model (points: ${names.join(', ')})`);
            return name;
        });
    }
}
function readDuration(r, node, key, at) {
    const v = r.scalar(node, key, at);
    try {
        const value = (0,units/* parseDuration */.E9)(typeof v === 'string' ? v : String(v));
        return { value, text: duration_formatDuration(value, { trim: true }) };
    }
    catch (e) {
        if (e instanceof units/* UnitError */.tR)
            r.fail(node ?? at, key, e.message);
        throw e;
    }
}
function readLatencyHardware(r, node, key, at) {
    const isList = (0,dist/* isSeq */.oP)(node);
    const items = isList ? r.seq(node, key, at) : [node];
    if (items.length === 0)
        r.fail(node ?? at, key, 'names no device');
    if (items.length > MAX_LATENCY_DEVICES)
        r.fail(node ?? at, key, `${items.length} devices; at most ${MAX_LATENCY_DEVICES}`);
    const seen = new Set();
    return items.map((item, i) => {
        const k = isList ? `${key}[${i}]` : key;
        const spec = (0,dist/* isMap */.jh)(item) ? customHardware(r, item, k, at) : preset(r, item, k, at);
        if (seen.has(spec.id))
            r.fail(item ?? at, k, `${r.show(spec.id)} is listed twice`);
        seen.add(spec.id);
        return spec;
    });
}
function preset(r, node, key, at) {
    const id = r.text(node, key, at);
    const found = (0,hardware/* hardwarePreset */.w)(id);
    if (!found)
        r.fail(node ?? at, key, `${r.show(id)} is not a hardware preset (known: ${hardware/* HARDWARE_PRESETS */.q.map((h) => h.id).join(', ')}; or give { peak-flops: 1.2T, bandwidth: 25GB/s })`);
    return found;
}
function customHardware(r, node, key, at) {
    const fields = r.map(node, key, ['name', 'peak-flops', 'bandwidth'], at);
    const read = (name) => {
        const f = fields.get(name);
        if (!f)
            r.fail(node ?? at, key, `a custom device needs peak-flops and bandwidth (missing ${name})`);
        const v = r.scalar(f.value, r.join(key, name), f.pair);
        try {
            const text = typeof v === 'number' ? v : String(v);
            return name === 'peak-flops' ? (0,units/* parseFlops */.ke)(text) : (0,units/* parseBandwidth */.pe)(text);
        }
        catch (e) {
            if (e instanceof units/* UnitError */.tR)
                r.fail(f.value ?? f.pair, r.join(key, name), e.message);
            throw e;
        }
    };
    const peakFlops = read('peak-flops');
    const bandwidth = read('bandwidth');
    const nameField = fields.get('name');
    const name = nameField ? r.text(nameField.value, r.join(key, 'name'), nameField.pair) : null;
    if (name !== null && !/^[A-Za-z0-9_.+-]{1,64}$/.test(name))
        r.fail(nameField.pair, r.join(key, 'name'), 'a device name is a word of letters, digits, _ . + - (at most 64 characters)');
    return {
        id: name ?? `custom-${peakFlops}-${bandwidth}`,
        name: name ?? 'custom device',
        kind: 'custom',
        precision: 'custom',
        peakFlops,
        bandwidth,
        source: 'user-supplied',
    };
}

;// CONCATENATED MODULE: ./build/src/budget/yaml-aliases.js

function childrenOf(node) {
    if ((0,dist/* isPair */.tO)(node))
        return [node.key, node.value].filter((c) => c !== null && typeof c === 'object');
    if ((0,dist/* isCollection */.P3)(node))
        return node.items.filter((c) => c !== null && typeof c === 'object');
    return [];
}
function resolveAliases(root) {
    const targets = new Map();
    if (root === null || typeof root !== 'object')
        return targets;
    const anchors = new Map();
    const values = new Map();
    const stack = [{ node: root, done: false }];
    while (stack.length > 0) {
        const { node, done } = stack.pop();
        if (done) {
            let sum = (0,dist/* isPair */.tO)(node) ? 0 : 1;
            for (const c of childrenOf(node))
                sum += values.get(c) ?? 0;
            values.set(node, sum);
            continue;
        }
        if ((0,dist/* isAlias */.Vj)(node)) {
            const target = anchors.get(node.source);
            if (target === undefined)
                continue;
            const n = values.get(target);
            targets.set(node, n === undefined ? 'cycle' : { node: target, values: n });
            values.set(node, n ?? 1);
            continue;
        }
        if (!(0,dist/* isPair */.tO)(node) && node.anchor)
            anchors.set(node.anchor, node);
        if ((0,dist/* isScalar */.jn)(node)) {
            values.set(node, 1);
            continue;
        }
        stack.push({ node, done: true });
        const children = childrenOf(node);
        for (let i = children.length - 1; i >= 0; i--)
            stack.push({ node: children[i], done: false });
    }
    return targets;
}

;// CONCATENATED MODULE: ./build/src/budget/config.js









const DEFAULT_CONFIG_FILE = '.github/model-budget.yml';
const MAX_CONFIG_VALUES = 1_000_000;
const MAX_CONFIG_GLOB_CHARS = 128 * 1024;
const CONFIG_KEYS = {
    root: ['version', 'defaults', 'models', 'ignore'],
    defaults: ['level', 'dims', 'min-change'],
    model: ['name', 'path', 'inputs', 'dims', 'points', 'budgets'],
    budget: ['max', 'max-increase', 'min-delta', 'level', 'at'],
    budgets: [...METRICS, 'latency'],
    latency: ['max', 'max-increase', 'level', 'at', 'hardware'],
    hardware: ['name', 'peak-flops', 'bandwidth'],
};
function emptyConfig(file = DEFAULT_CONFIG_FILE) {
    return { version: 1, file, defaults: { level: 'error', dims: {} }, models: [], ignore: [] };
}
function parseConfig(text, file = DEFAULT_CONFIG_FILE) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const syntax = doc.errors[0];
    if (syntax) {
        const line = lineCounter.linePos(syntax.pos[0]).line;
        const detail = (syntax.message.split('\n')[0] ?? 'invalid YAML').replace(/ at line \d+, column \d+:?$/, '');
        throw new errors/* ConfigError */.xL(file, line, '', `invalid YAML: ${detail}`);
    }
    return new Reader(file, lineCounter, resolveAliases(doc.contents)).root(doc.contents);
}
function matchModel(config, path) {
    const p = normalizeRepoPath(path);
    for (const pattern of config.ignore) {
        if (compileGlob(pattern).test(p))
            return { kind: 'ignored', pattern };
    }
    for (let index = 0; index < config.models.length; index++) {
        const entry = config.models[index];
        if (compileGlob(entry.path).test(p)) {
            return { kind: 'matched', entry, index, dims: { ...config.defaults.dims, ...entry.dims }, inputs: entry.inputs };
        }
    }
    return { kind: 'unmatched', dims: { ...config.defaults.dims } };
}
function matchChange(config, change) {
    const head = matchModel(config, change.path);
    if (head.kind === 'matched' || change.previousPath === undefined || change.previousPath === change.path)
        return { match: head };
    const base = matchModel(config, change.previousPath);
    if (base.kind !== 'matched')
        return { match: head };
    const why = head.kind === 'ignored' ? 'is under an ignore glob' : 'matches no entry';
    return { match: base, keptNote: `the config entry of the base path applies: the new path ${why}` };
}
class Reader {
    file;
    lines;
    aliases;
    join = joinKey;
    show = show;
    expanded = 0;
    globChars = 0;
    constructor(file, lines, aliases) {
        this.file = file;
        this.lines = lines;
        this.aliases = aliases;
    }
    lineOf(node) {
        const target = node && 'range' in node ? node : node && 'key' in node ? node.key : null;
        const range = target && 'range' in target ? target.range : undefined;
        return range ? this.lines.linePos(range[0]).line : 0;
    }
    fail(at, key, detail) {
        throw new errors/* ConfigError */.xL(this.file, this.lineOf(at), key, detail);
    }
    resolve(node, key) {
        if (!(0,dist/* isAlias */.Vj)(node))
            return node ?? null;
        const found = this.aliases.get(node);
        if (found === undefined)
            return this.fail(node, key, `the alias *${node.source} names no anchor before it`);
        if (found === 'cycle')
            return this.fail(node, key, `the alias *${node.source} lies inside the value it names`);
        this.expanded += found.values;
        if (this.expanded > MAX_CONFIG_VALUES)
            this.fail(node, key, `aliases expand the config to more than ${MAX_CONFIG_VALUES} values (a YAML alias bomb?)`);
        return found.node;
    }
    map(node, key, allowed, at) {
        if (!(0,dist/* isMap */.jh)(node))
            this.fail(node ?? at, key, `expected a mapping${describe(node)}`);
        const out = new Map();
        for (const pair of node.items) {
            const keyNode = this.resolve(pair.key, key);
            const name = (0,dist/* isScalar */.jn)(keyNode) ? String(keyNode.value) : null;
            const here = name === null ? key : joinKey(key, name);
            if (name === null)
                this.fail(pair, key, 'keys must be plain names');
            if (allowed && !allowed.includes(name)) {
                const hint = suggest(name, allowed);
                this.fail(pair, here, `unknown key${hint ? ` (did you mean "${hint}"?)` : ` (expected one of: ${allowed.join(', ')})`}`);
            }
            const value = this.resolve(pair.value, here);
            out.set(name, { pair, value: (0,dist/* isScalar */.jn)(value) && value.value === null ? null : value });
        }
        return out;
    }
    seq(node, key, at) {
        if (!(0,dist/* isSeq */.oP)(node))
            this.fail(node ?? at, key, `expected a list${describe(node)}`);
        return node.items.map((item, i) => this.resolve(item, `${key}[${i}]`));
    }
    scalar(node, key, at) {
        if (!(0,dist/* isScalar */.jn)(node))
            this.fail(node ?? at, key, `expected a single value${describe(node)}`);
        const v = node.value;
        if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
            return v;
        return this.fail(node, key, 'expected a number or text');
    }
    text(node, key, at) {
        const v = this.scalar(node, key, at);
        if (typeof v !== 'string' || v.trim() === '')
            this.fail(node ?? at, key, `expected text, got ${show(v)}`);
        return v;
    }
    percent(node, key, at) {
        const v = this.scalar(node, key, at);
        try {
            return (0,units/* parsePercent */.lo)(typeof v === 'string' || typeof v === 'number' ? v : String(v));
        }
        catch (e) {
            if (e instanceof units/* UnitError */.tR)
                this.fail(node ?? at, key, e.message);
            throw e;
        }
    }
    level(node, key, at) {
        const v = this.scalar(node, key, at);
        if (typeof v !== 'string' || !LEVELS.includes(v)) {
            this.fail(node ?? at, key, `${show(v)} is not a level (use error, warning or off)`);
        }
        return v;
    }
    glob(node, key, at) {
        const pattern = this.text(node, key, at);
        this.globChars += pattern.length;
        if (this.globChars > MAX_CONFIG_GLOB_CHARS) {
            this.fail(node ?? at, key, `the config's globs hold more than ${MAX_CONFIG_GLOB_CHARS} characters together (each changed model is matched against every one)`);
        }
        try {
            compileGlob(pattern);
        }
        catch (e) {
            if (e instanceof GlobError)
                this.fail(node ?? at, key, e.message);
            throw e;
        }
        return pattern;
    }
    dims(node, key, at) {
        const out = {};
        for (const [name, { pair, value }] of this.map(node, key, null, at)) {
            const v = this.scalar(value, joinKey(key, name), pair);
            if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
                this.fail(value ?? pair, joinKey(key, name), `${show(v)} is not a dimension (use a whole number >= 1)`);
            }
            (0,name_table/* setEntry */.RY)(out, name, v);
        }
        return out;
    }
    inputs(node, key, at) {
        const out = {};
        for (const [name, { pair, value }] of this.map(node, key, null, at)) {
            const inputKey = joinKey(key, name);
            const shape = this.seq(value, inputKey, pair).map((item, i) => {
                const v = this.scalar(item, `${inputKey}[${i}]`, pair);
                if (typeof v === 'number' && Number.isInteger(v) && v >= 1)
                    return v;
                if (typeof v === 'string' && /^[A-Za-z_][A-Za-z0-9_.:-]*$/.test(v))
                    return v;
                return this.fail(item ?? pair, `${inputKey}[${i}]`, `${show(v)} is not a dimension (use a whole number >= 1 or a symbolic dim name)`);
            });
            (0,name_table/* setEntry */.RY)(out, name, shape);
        }
        return out;
    }
    amount(node, key, at, metric) {
        const unit = METRIC_UNITS[metric];
        const v = this.scalar(node, key, at);
        if (typeof v !== 'string' && typeof v !== 'number')
            this.fail(node ?? at, key, `${show(v)} is not a ${unit === 'count' ? 'count' : 'byte size'}`);
        try {
            const value = parseAmount(v, unit);
            const m = typeof v === 'string' ? /^\s*([0-9.]+)\s*([A-Za-z]+)\s*$/.exec(v) : null;
            const text = m ? `${m[1]} ${m[2] === 'k' ? 'K' : m[2]}` : units_formatAmount(value, unit, { trim: true });
            return { value, text };
        }
        catch (e) {
            if (e instanceof units/* UnitError */.tR)
                this.fail(node ?? at, key, e.message);
            throw e;
        }
    }
    budget(node, key, at, metric, points) {
        if ((0,dist/* isScalar */.jn)(node)) {
            this.fail(node, key, `expected a mapping such as { max: ${show(node.value).replace(/^"|"$/g, '')} }, got ${show(node.value)}`);
        }
        const fields = this.map(node, key, CONFIG_KEYS.budget, at);
        let max;
        let maxIncrease;
        let minDelta;
        let level;
        let atPoints;
        for (const [name, { pair, value }] of fields) {
            const k = joinKey(key, name);
            if (name === 'at') {
                if (!POINT_METRICS.includes(metric))
                    this.fail(pair, k, `${metric} does not depend on the operating point, so it takes no 'at'`);
                atPoints = new PointsReader(this).at(value, k, pair, points);
            }
            else if (name === 'max')
                max = this.amount(value, k, pair, metric);
            else if (name === 'min-delta')
                minDelta = this.amount(value, k, pair, metric);
            else if (name === 'level')
                level = this.level(value, k, pair);
            else {
                maxIncrease = this.percent(value, k, pair);
            }
        }
        if (max === undefined && maxIncrease === undefined) {
            this.fail(node ?? at, key, 'a budget needs max or max-increase');
        }
        if (minDelta !== undefined && maxIncrease === undefined) {
            this.fail(fields.get('min-delta')?.pair ?? at, joinKey(key, 'min-delta'), 'min-delta only applies together with max-increase');
        }
        const parts = [];
        if (max)
            parts.push(`≤ ${max.text}`);
        if (maxIncrease !== undefined) {
            parts.push(`+${formatLimitPercent(maxIncrease)}${minDelta ? ` if Δ > ${minDelta.text}` : ''}`);
        }
        return {
            ...(max ? { max: max.value, maxText: max.text } : {}),
            ...(maxIncrease !== undefined ? { maxIncrease } : {}),
            ...(minDelta ? { minDelta: minDelta.value, minDeltaText: minDelta.text } : {}),
            ...(level ? { level } : {}),
            ...(atPoints ? { at: atPoints } : {}),
            text: parts.join(', '),
        };
    }
    latency(node, key, at, points) {
        const fields = this.map(node, key, CONFIG_KEYS.latency, at);
        let max;
        let maxIncrease;
        let level;
        let atPoints;
        const hardwareField = fields.get('hardware');
        if (!hardwareField || hardwareField.value === null)
            this.fail(node ?? at, joinKey(key, 'hardware'), 'missing: name the devices, e.g. hardware: [jetson-orin-nano, pixel-8-cpu]');
        const hardware = readLatencyHardware(this, hardwareField.value, joinKey(key, 'hardware'), hardwareField.pair);
        for (const [name, { pair, value }] of fields) {
            const k = joinKey(key, name);
            if (name === 'max')
                max = readDuration(this, value, k, pair);
            else if (name === 'level')
                level = this.level(value, k, pair);
            else if (name === 'at')
                atPoints = new PointsReader(this).at(value, k, pair, points);
            else if (name === 'max-increase') {
                const v = this.scalar(value, k, pair);
                try {
                    maxIncrease = (0,units/* parsePercent */.lo)(typeof v === 'string' || typeof v === 'number' ? v : String(v));
                }
                catch (e) {
                    if (e instanceof units/* UnitError */.tR)
                        this.fail(value ?? pair, k, e.message);
                    throw e;
                }
            }
        }
        if (max === undefined && maxIncrease === undefined)
            this.fail(node ?? at, key, 'a latency budget needs max or max-increase');
        const parts = [];
        if (max)
            parts.push(`≤ ${max.text}`);
        if (maxIncrease !== undefined)
            parts.push(`+${formatLimitPercent(maxIncrease)}`);
        return {
            ...(max ? { max: max.value, maxText: max.text } : {}),
            ...(maxIncrease !== undefined ? { maxIncrease } : {}),
            ...(level ? { level } : {}),
            ...(atPoints ? { at: atPoints } : {}),
            hardware,
            text: parts.join(', '),
        };
    }
    model(node, key, at, seen) {
        const fields = this.map(node, key, CONFIG_KEYS.model, at);
        const get = (name) => fields.get(name);
        const nameField = get('name');
        const pathField = get('path');
        if (!pathField)
            this.fail(node, key, 'missing path (a glob such as models/detector/*.onnx)');
        const path = this.glob(pathField.value, joinKey(key, 'path'), pathField.pair);
        let name = path;
        if (nameField) {
            name = this.text(nameField.value, joinKey(key, 'name'), nameField.pair);
            const other = seen.get(name);
            if (other)
                this.fail(nameField.pair, joinKey(key, 'name'), `${show(name)} is already used by ${other}`);
            seen.set(name, key);
        }
        const pointsField = get('points');
        const points = pointsField && pointsField.value !== null
            ? new PointsReader(this).points(pointsField.value, joinKey(key, 'points'), pointsField.pair, this.file) : [];
        const budgets = {};
        let latency;
        const budgetsField = get('budgets');
        if (budgetsField && budgetsField.value !== null) {
            const bk = joinKey(key, 'budgets');
            for (const [metric, { pair, value }] of this.map(budgetsField.value, bk, CONFIG_KEYS.budgets, budgetsField.pair)) {
                if (metric === 'latency')
                    latency = this.latency(value, joinKey(bk, metric), pair, points);
                else
                    budgets[metric] = this.budget(value, joinKey(bk, metric), pair, metric, points);
            }
        }
        const inputsField = get('inputs');
        const dimsField = get('dims');
        return {
            name,
            path,
            inputs: inputsField && inputsField.value !== null ? this.inputs(inputsField.value, joinKey(key, 'inputs'), inputsField.pair) : {},
            dims: dimsField && dimsField.value !== null ? this.dims(dimsField.value, joinKey(key, 'dims'), dimsField.pair) : {},
            budgets,
            ...(points.length > 0 ? { points } : {}),
            ...(latency ? { latency } : {}),
            line: this.lineOf(node),
        };
    }
    root(contents) {
        const node = this.resolve(contents, '');
        if (node === null || ((0,dist/* isScalar */.jn)(node) && node.value === null)) {
            throw new errors/* ConfigError */.xL(this.file, 0, '', 'the file is empty (start with version: 1)');
        }
        const fields = this.map(node, '', CONFIG_KEYS.root, node);
        const version = fields.get('version');
        if (!version)
            this.fail(node, 'version', 'missing (write version: 1 first)');
        const v = this.scalar(version.value, 'version', version.pair);
        if (v !== 1)
            this.fail(version.value ?? version.pair, 'version', `${show(v)} is not supported (this version of model-budget reads version: 1)`);
        let level = 'error';
        let dims = {};
        let minChange;
        const defaults = fields.get('defaults');
        if (defaults && defaults.value !== null) {
            const d = this.map(defaults.value, 'defaults', CONFIG_KEYS.defaults, defaults.pair);
            const l = d.get('level');
            if (l)
                level = this.level(l.value, 'defaults.level', l.pair);
            const dm = d.get('dims');
            if (dm && dm.value !== null)
                dims = this.dims(dm.value, 'defaults.dims', dm.pair);
            const mc = d.get('min-change');
            if (mc)
                minChange = this.percent(mc.value, 'defaults.min-change', mc.pair);
        }
        const models = [];
        const modelsField = fields.get('models');
        if (modelsField && modelsField.value !== null) {
            const seen = new Map();
            this.seq(modelsField.value, 'models', modelsField.pair).forEach((item, i) => {
                models.push(this.model(item, `models[${i}]`, modelsField.pair, seen));
            });
        }
        const ignore = [];
        const ignoreField = fields.get('ignore');
        if (ignoreField && ignoreField.value !== null) {
            this.seq(ignoreField.value, 'ignore', ignoreField.pair).forEach((item, i) => {
                ignore.push(this.glob(item, `ignore[${i}]`, ignoreField.pair));
            });
        }
        return { version: 1, file: this.file, defaults: { level, dims, ...(minChange !== undefined ? { minChange } : {}) }, models, ignore };
    }
}
function joinKey(parent, child) {
    const safe = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(child) ? child : JSON.stringify(child);
    return parent ? `${parent}.${safe}` : safe;
}
function show(v) {
    return JSON.stringify(v) ?? String(v);
}
function describe(node) {
    if (node === null)
        return ', got nothing';
    if ((0,dist/* isSeq */.oP)(node))
        return ', got a list';
    if ((0,dist/* isMap */.jh)(node))
        return ', got a mapping';
    if ((0,dist/* isScalar */.jn)(node))
        return `, got ${show(node.value)}`;
    return '';
}
function suggest(name, allowed) {
    let best = null;
    let bestDistance = 3;
    for (const candidate of allowed) {
        const d = editDistance(name.toLowerCase(), candidate);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        }
        prev = cur;
    }
    return prev[b.length];
}

// EXTERNAL MODULE: ./build/src/profile/weights.js + 1 modules
var weights = __webpack_require__(6540);
;// CONCATENATED MODULE: ./build/src/budget/no-weights.js





function evaluateFile(input, match, defaultLevel, whyLimit) {
    const none = noWeightsModel(input, match, defaultLevel);
    if (none)
        return fileSizeBreach(none, input, match, defaultLevel, whyLimit) ?? none;
    const baseReason = input.status === 'deleted' ? null : (0,weights/* noWeightsReason */.VP)(input.base);
    if (baseReason === null)
        return evaluateModelAtPoints(input, match, defaultLevel, whyLimit);
    const { base: _base, points, ...rest } = input;
    const headOnly = { ...rest, ...(points ? { points: points.map(({ base: _b, ...p }) => p) } : {}) };
    const report = evaluateModelAtPoints(headOnly, match, defaultLevel, whyLimit);
    return { ...report, notes: [`the base version held no weights (${oneLine(baseReason)}): the model is new here`, ...report.notes] };
}
function noWeightsModel(input, match, defaultLevel) {
    const deleted = input.status === 'deleted';
    if (!deleted && (input.error !== undefined || input.lfsPointer === true))
        return null;
    const reason = (0,weights/* noWeightsReason */.VP)(deleted ? input.base : input.head);
    if (reason === null)
        return null;
    const entry = match?.kind === 'matched' ? match.entry : null;
    const notes = [];
    if (!deleted && input.base && (0,weights/* noWeightsReason */.VP)(input.base) === null)
        notes.push(`the base version held ${units_formatAmount(input.base.params.total, 'count')} params`);
    const budgets = entry && !deleted ? entryBudgets(entry, defaultLevel) : [];
    return {
        path: input.path,
        previousPath: input.previousPath ?? null,
        ...sameFile(input),
        name: entry?.name ?? null,
        status: input.status,
        verdict: 'ok',
        error: null,
        notes,
        rows: [],
        why: null,
        noWeights: oneLine(reason),
        ...(budgets.length > 0 ? { uncheckedBudgets: budgets } : {}),
    };
}
function fileSizeBreach(none, input, match, defaultLevel, whyLimit) {
    if (input.status === 'deleted' || match?.kind !== 'matched' || !match.entry.budgets['file-size'])
        return null;
    const full = evaluateModelAtPoints(input, match, defaultLevel, whyLimit);
    const row = full.rows.find((r) => r.metric === 'file-size');
    if (!row || row.status === 'ok')
        return null;
    return { ...full, notes: [`no weights: ${none.noWeights ?? ''}`, ...full.notes] };
}
function entryBudgets(entry, defaultLevel) {
    const on = (level) => (level ?? defaultLevel) !== 'off';
    const out = [];
    for (const metric of METRICS) {
        if (metric === 'file-size')
            continue;
        const b = entry.budgets[metric];
        if (b && on(b.level))
            out.push(`${units_METRIC_LABELS[metric]} ${b.text}`);
    }
    if (entry.latency && on(entry.latency.level))
        out.push(`Latency ${entry.latency.text}`);
    return out;
}
function no_weights_budgetsOnlyOnNoWeights(models) {
    const byName = new Map();
    for (const m of models) {
        if (m.name === null)
            continue;
        if (m.noWeights === undefined)
            byName.set(m.name, null);
        else if (byName.get(m.name) !== null)
            byName.set(m.name, m.uncheckedBudgets ? [...m.uncheckedBudgets] : byName.get(m.name) ?? []);
    }
    return [...byName].flatMap(([name, budgets]) => (budgets && budgets.length > 0 ? [{ name, budgets }] : []));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./build/src/budget/report-text.js

const MAX_REPORT_TEXT = 4096;
function clipText(text) {
    if (text.length <= MAX_REPORT_TEXT)
        return text;
    const tag = `…[sha256:${(0,external_node_crypto_.createHash)('sha256').update(Buffer.from(text, 'utf16le')).digest('base64url').slice(0, 22)}]`;
    let cut = text.slice(0, MAX_REPORT_TEXT - tag.length);
    if (/[\ud800-\udbff]$/.test(cut))
        cut = cut.slice(0, -1);
    return `${cut}${tag}`;
}
function clipReportTexts(value) {
    return clipValue(value);
}
function clipValue(value) {
    if (typeof value === 'string')
        return clipText(value);
    if (Array.isArray(value)) {
        let changed = false;
        const out = value.map((v) => {
            const c = clipValue(v);
            changed ||= c !== v;
            return c;
        });
        return changed ? out : value;
    }
    if (value === null || typeof value !== 'object')
        return value;
    let changed = false;
    const out = {};
    for (const [k, v] of Object.entries(value)) {
        const ck = clipText(k);
        const cv = clipValue(v);
        changed ||= ck !== k || cv !== v;
        out[ck] = cv;
    }
    return changed ? out : value;
}

;// CONCATENATED MODULE: ./build/src/budget/gate.js










const gate_SEVERITY = { error: 0, warning: 1, ok: 2 };
function defaultLevelOf(config) {
    return config?.defaults.level ?? 'error';
}
function evaluateGate(inputs) {
    const config = inputs.config;
    const defaultLevel = defaultLevelOf(config);
    const whyLimit = inputs.whyLimit ?? DEFAULT_WHY_LIMIT;
    const models = [];
    const ignored = [];
    for (const input of inputs.models) {
        const { match, keptNote } = config ? matchChange(config, input) : { match: null };
        if (match?.kind === 'ignored') {
            ignored.push(input.path);
            continue;
        }
        const report = evaluateFile(input, match, defaultLevel, whyLimit);
        models.push(keptNote ? { ...report, notes: [keptNote, ...report.notes] } : report);
    }
    models.sort(compareModels);
    const { violations, warnings } = countFindings(models, defaultLevel);
    const minChange = inputs.minChange ?? config?.defaults.minChange;
    return clipReportTexts({
        schemaVersion: GATE_REPORT_SCHEMA_VERSION,
        passed: violations === 0,
        violations,
        warnings,
        configFile: config?.file ?? null,
        configSource: inputs.provenance?.source ?? null,
        configNote: inputs.provenance?.note ?? null,
        budgetChanges: inputs.provenance?.budgetChanges ?? [],
        changedModels: modelSummary(models).changedModels,
        ignored,
        models,
        ...(minChange !== undefined && minChange > 0 ? { minChange } : {}),
    });
}
function compareModels(a, b) {
    return gate_SEVERITY[a.verdict] - gate_SEVERITY[b.verdict] || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function modelSummary(models) {
    return { changedModels: models.filter((m) => m.status !== 'unchanged').map((m) => m.path), models };
}
function countFindings(models, defaultLevel) {
    let violations = 0;
    let warnings = 0;
    for (const m of models) {
        for (const r of allRows(m)) {
            if (r.status === 'error')
                violations++;
            else if (r.status === 'warning')
                warnings++;
        }
        warnings += m.warnings?.length ?? 0;
        for (const e of [m.error, ...(m.error ? [] : (m.points ?? []).map((p) => p.error))]) {
            if (e && defaultLevel === 'error')
                violations++;
            else if (e && defaultLevel === 'warning')
                warnings++;
        }
    }
    return { violations, warnings };
}
function allRows(m) {
    return [...m.rows, ...(m.latency ?? []), ...(m.points ?? []).flatMap((p) => [...p.rows, ...p.latency])];
}
class ReportValidationError extends errors/* BadInputError */.Ys {
    where;
    detail;
    name = 'ReportValidationError';
    constructor(where, detail) {
        super(`invalid gate report: ${where}: ${detail}`);
        this.where = where;
        this.detail = detail;
    }
}
const schemaValidator = lazyValidator(gate_report_schema_namespaceObject);
function where(instancePath, extra) {
    const parts = instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (extra !== undefined)
        parts.push(extra);
    return parts.reduce((w, p) => (/^\d+$/.test(p) ? `${w}[${p}]` : `${w}.${/^[A-Za-z_$][\w$-]*$/.test(p) ? p : JSON.stringify(p)}`), 'report');
}
const TYPE_NAMES = {
    number: 'a finite number', integer: 'a whole number', string: 'a string', boolean: 'true or false',
    object: 'an object', array: 'an array', null: 'null',
};
function gate_describe(e) {
    const params = e.params;
    switch (e.keyword) {
        case 'additionalProperties': return new ReportValidationError(where(e.instancePath, String(params['additionalProperty'])), 'unexpected property');
        case 'required': return new ReportValidationError(where(e.instancePath, String(params['missingProperty'])), 'missing');
        case 'type': return new ReportValidationError(where(e.instancePath), `expected ${String(params['type']).split(',').map((t) => TYPE_NAMES[t] ?? t).join(' or ')}`);
        case 'enum': return new ReportValidationError(where(e.instancePath), `expected one of ${params['allowedValues'].map((v) => String(v)).join(', ')}`);
        case 'const': return new ReportValidationError(where(e.instancePath), `expected ${String(params['allowedValue'])}`);
        case 'maxLength': return new ReportValidationError(where(e.instancePath), `string longer than ${String(params['limit'])} characters`);
        case 'maxItems': return new ReportValidationError(where(e.instancePath), `more than ${String(params['limit'])} items`);
        case 'minimum': return new ReportValidationError(where(e.instancePath), `expected a number >= ${String(params['limit'])}`);
        case 'maximum': return new ReportValidationError(where(e.instancePath), `expected a number <= ${String(params['limit'])}`);
        case 'pattern': return new ReportValidationError(where(e.instancePath), `expected a string matching ${String(params['pattern'])}`);
        default: return new ReportValidationError(where(e.instancePath), e.message ?? e.keyword);
    }
}
function firstError(errors) {
    const last = errors[errors.length - 1];
    if (last.keyword !== 'oneOf' && last.keyword !== 'anyOf')
        return gate_describe(errors[0]);
    const at = last.instancePath;
    const branches = errors.slice(0, -1).filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf');
    const depth = (e) => e.instancePath.split('/').length;
    const inside = branches.filter((e) => e.instancePath.startsWith(`${at}/`));
    if (inside.length > 0)
        return gate_describe(inside.reduce((a, b) => (depth(b) > depth(a) ? b : a)));
    const own = branches.filter((e) => e.instancePath === at).map((e) => gate_describe(e).detail);
    if (own.length === 0)
        return gate_describe(last);
    return new ReportValidationError(where(at), own.map((d, i) => (i > 0 ? d.replace(/^expected /, '') : d)).join(' or '));
}
function validateGateReport(json) {
    const validate = schemaValidator();
    if (!validate(json))
        throw firstError(validate.errors);
    const report = json;
    const fail = (at, detail) => {
        throw new ReportValidationError(at, detail);
    };
    if (report.shard && report.shard.index > report.shard.count)
        fail('report.shard.index', `expected 1 to ${report.shard.count}`);
    if (report.passed !== (report.violations === 0))
        fail('report.passed', 'disagrees with violations');
    const rowErrors = report.models.reduce((n, m) => n + allRows(m).filter((r) => r.status === 'error').length, 0);
    if (report.violations < rowErrors)
        fail('report.violations', `is ${report.violations} but ${rowErrors} rows are errors`);
    report.models.forEach((m, i) => {
        const worst = worstVerdict([...allRows(m).map((r) => r.status), (m.warnings?.length ?? 0) > 0 ? 'warning' : 'ok']);
        if (gate_SEVERITY[m.verdict] > gate_SEVERITY[worst])
            fail(`report.models[${i}].verdict`, `is ${m.verdict} but a row is ${worst}`);
        if (m.noWeights !== undefined && (allRows(m).length > 0 || m.error !== null))
            fail(`report.models[${i}].noWeights`, 'is set on a model with rows or an error');
        if (m.uncheckedBudgets !== undefined && m.noWeights === undefined)
            fail(`report.models[${i}].uncheckedBudgets`, 'is set without noWeights');
        if (m.partOf !== undefined && m.status !== 'added' && m.status !== 'deleted')
            fail(`report.models[${i}].partOf`, `is set, but the model is ${m.status} (only an added or deleted one has it)`);
        if (m.baseLinkTo !== undefined && m.status !== 'modified' && m.status !== 'renamed')
            fail(`report.models[${i}].baseLinkTo`, `is set, but the model is ${m.status} (only one measured on both sides has it)`);
        if (m.linkTo === m.path)
            fail(`report.models[${i}].linkTo`, 'is the model\'s own path');
        m.rows.forEach((r, j) => checkChange(r, `report.models[${i}].rows[${j}]`));
        m.points?.forEach((p, k) => p.rows.forEach((r, j) => checkChange(r, `report.models[${i}].points[${k}].rows[${j}]`)));
    });
    return report;
}
function checkChange(r, at) {
    const both = r.base !== null && r.head !== null;
    const delta = both && Number.isFinite(r.head - r.base) ? r.head - r.base : null;
    const pct = both && !r.isNew ? percentChange(r.base, r.head) : null;
    if (r.delta !== delta)
        throw new ReportValidationError(`${at}.delta`, `is ${r.delta} but base and head make it ${delta}`);
    if (r.pct !== pct)
        throw new ReportValidationError(`${at}.pct`, `is ${r.pct} but base and head make it ${pct}`);
    const bound = delta !== null && !r.isNew ? delta_bound_deltaBound(r.baseLowerBound, r.headLowerBound) : undefined;
    if (r.deltaBound !== undefined && r.deltaBound !== bound)
        throw new ReportValidationError(`${at}.deltaBound`, `is ${r.deltaBound} but the sides' lower bounds make it ${bound ?? 'absent'}`);
}

;// CONCATENATED MODULE: ./build/src/report/markdown-table.js
function nb(text) {
    return text.replace(/ /g, '\u00a0');
}
function table(header, align, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(align), ...rows.map(line)].join('\n');
}

;// CONCATENATED MODULE: ./build/src/report/cells.js



const ICON = { ok: '✅', warning: '⚠️', error: '❌' };
function cells_value(v, lowerBound, unit, notAvailable = false, binary = false) {
    if (v === null)
        return notAvailable ? 'n/a' : '—';
    return nb(`${lowerBound ? '≥' : ''}${units_formatAmount(v, unit, { binary })}`);
}
function change(r, deleted) {
    if (r.isNew && r.head !== null)
        return 'new';
    if (deleted)
        return 'removed';
    return cells_deltaText(r, 'md');
}
function rowDeltaBound(r) {
    return r.isNew ? undefined : delta_bound_deltaBound(r.baseLowerBound, r.headLowerBound);
}
function cells_deltaText(r, style, pctAfterComma = false) {
    if (r.delta === null)
        return style === 'md' ? '—' : '-';
    const bound = rowDeltaBound(r);
    if (bound === 'unknown')
        return UNKNOWN_CHANGE[style];
    const sign = delta_bound_boundSign(bound, style);
    const wrap = style === 'md' ? nb : (t) => t;
    if (r.delta === 0)
        return wrap(`${sign}${style === 'md' ? '±0' : '0'}`);
    const amount = units_formatDelta(r.delta, r.unit, { binary: style === 'md' && r.binaryUnits === true });
    const pctBody = r.pct === null ? '' : wrap(`${sign}${formatPercent(r.pct)}`);
    const pct = pctBody === '' ? '' : pctAfterComma ? `, ${pctBody}` : ` (${pctBody})`;
    return `${wrap(`${sign}${amount}`)}${pct}`;
}
function deltaCell(d, unit, bound) {
    if (d === null)
        return '—';
    if (bound === 'unknown')
        return 'not known';
    return nb(`${delta_bound_boundSign(bound)}${units_formatDelta(d, unit)}`);
}
function metricRows(m) {
    return m.points && m.points.length > 0 ? [...m.rows, ...m.points.flatMap((p) => p.rows)] : m.rows;
}
function overviewRow(m, metric) {
    return m.rows.find((x) => x.metric === metric) ?? m.points?.[0]?.rows.find((x) => x.metric === metric);
}
function largestChange(m) {
    let best = null;
    for (const r of metricRows(m)) {
        if (r.pct === null || r.delta === null || r.delta === 0 || rowDeltaBound(r) === 'unknown')
            continue;
        if (best === null || Math.abs(r.pct) > Math.abs(best.pct ?? 0))
            best = r;
    }
    return best;
}
function plural(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
}
function withinChars(lines, maxChars) {
    const kept = [];
    let used = 0;
    for (const l of lines) {
        if (used + l.length + 1 > maxChars && kept.length > 0)
            break;
        kept.push(l);
        used += l.length + 1;
    }
    return kept;
}

// EXTERNAL MODULE: ./build/src/formats/escaped-utf8.js
var escaped_utf8 = __webpack_require__(5079);
;// CONCATENATED MODULE: ./build/src/report/escape.js

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
    return (0,escaped_utf8/* replaceLoneSurrogates */._g)(text.replace(UNSAFE_IN_LOG, visible), visibleSurrogate);
}
function escapeLog(text) {
    const t = visibleControls(text).replace(/##\[/g, '##\\[');
    return /^\s*::/.test(t) ? `\\${t}` : t;
}
function escape_escapeText(text, maxLength = MAX_NAME_LENGTH) {
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

;// CONCATENATED MODULE: ./build/src/report/code-span.js

function prepared(text, maxLength) {
    let t = visibleControls(text);
    if (t.length > maxLength)
        t = `${Array.from(t).slice(0, maxLength - 1).join('')}…`;
    return breakAutolinks(t).replace(/##\[/g, '##\u200d[');
}
function codeSpan(text, opts = {}) {
    let t = prepared(text, opts.maxLength ?? MAX_NAME_LENGTH);
    if (opts.inTable)
        t = t.replace(/\|/g, '\\|');
    const longestRun = Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = t.startsWith('`') || t.endsWith('`') || /^ *$/.test(t) ? ' ' : '';
    return `${fence}${pad}${t}${pad}${fence}`;
}
function htmlCode(text, maxLength = MAX_NAME_LENGTH) {
    return `<code>${escapeHtml(prepared(text, maxLength))}</code>`;
}
function htmlText(text, maxLength = MAX_NAME_LENGTH) {
    return escapeHtml(breakCommitShas(breakEmojiShortcodes(prepared(text, maxLength))));
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

;// CONCATENATED MODULE: ./build/src/report/links.js


const SERVER_URL = /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:\/[A-Za-z0-9._~-]+)*$/;
const REPOSITORY = /^[A-Za-z0-9-]{1,100}\/[A-Za-z0-9._-]{1,100}$/;
function checkLinks(ctx) {
    if (!ctx)
        return null;
    const server = ctx.serverUrl.replace(/\/+$/, '');
    if (!SERVER_URL.test(server) || !REPOSITORY.test(ctx.repository) || ctx.repository.split('/').some((p) => p === '.' || p === '..'))
        return null;
    const pr = ctx.pullNumber;
    const runId = ctx.runId && /^\d{1,20}$/.test(ctx.runId) ? ctx.runId : null;
    return { repoUrl: `${server}/${ctx.repository}`, pullNumber: typeof pr === 'number' && Number.isSafeInteger(pr) && pr > 0 ? pr : null, runId };
}
const HEX_SHA = /^[0-9a-f]{7,64}$/i;
function commitUrl(links, sha) {
    return HEX_SHA.test(sha) ? `${links.repoUrl}/commit/${sha.toLowerCase()}` : null;
}
function diffUrl(links, path) {
    const bytes = (0,escaped_utf8/* encodeUtf8Escaped */.DN)(path);
    if (links.pullNumber === null || bytes === null)
        return null;
    return `${links.repoUrl}/pull/${links.pullNumber}/files#diff-${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
function encodeSegment(bytes) {
    let out = '';
    for (const b of bytes) {
        const c = String.fromCharCode(b);
        out += /[A-Za-z0-9._~-]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
}
function blobUrl(links, sha, path) {
    if (!HEX_SHA.test(sha) || path === '' || path.startsWith('/'))
        return null;
    const segments = path.split('/');
    if (segments.some((s) => s === '' || s === '.' || s === '..'))
        return null;
    const encoded = [];
    for (const s of segments) {
        const bytes = (0,escaped_utf8/* encodeUtf8Escaped */.DN)(s);
        if (bytes === null)
            return null;
        encoded.push(encodeSegment(bytes));
    }
    return `${links.repoUrl}/blob/${sha.toLowerCase()}/${encoded.join('/')}`;
}
function runUrl(links) {
    return links.runId === null ? null : `${links.repoUrl}/actions/runs/${links.runId}`;
}
function mdLink(text, url) {
    return url === null ? text : `[${text}](${url})`;
}

;// CONCATENATED MODULE: ./build/src/report/formula-format.js


const formula_format_SUPERSCRIPT = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
function power(e) {
    return e === 1 ? '' : String(e).split('').map((c) => formula_format_SUPERSCRIPT[Number(c)]).join('');
}
function coefficient(t, metric) {
    const n = BigInt(t.numerator);
    const negative = n < 0n;
    const abs = negative ? -n : n;
    const d = BigInt(t.denominator);
    const value = d === 1n ? Number(abs) : Number(abs) / Number(d);
    const text = d !== 1n && abs < 1000n && d < 1000n ? `${abs}/${d}` : metric === 'macs' || metric === 'flops' ? units_formatCount(value) : units_formatBytes(value);
    return { negative, text };
}
function termText(t, metric) {
    const c = coefficient(t, metric);
    const vars = Object.entries(t.powers).map(([d, e]) => `${d}${power(e)}`).join('·');
    if (!vars)
        return c;
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
            const shown = mf.values.filter((v) => v.value !== null).slice(0, 4)
                .map((v) => `${Object.entries(v.at).map(([d, x]) => `${d}=${x}`).join(',')}: ${m === 'macs' || m === 'flops' ? formatCount(v.value) : formatBytes(v.value)}`);
            lines.push(`${label}: no formula: ${mf.reason}${shown.length ? `; values ${shown.join('; ')}` : ''}`);
        }
    }
    return lines;
}

;// CONCATENATED MODULE: ./build/src/report/points-format.js







const points_format_ICON = { ok: '✅', warning: '⚠️', error: '❌' };
const MARK = { ok: 'ok', warning: 'WARN', error: 'FAIL' };
const MAX_SHOWN = 8;
function pointTitle(p) {
    const dims = Object.entries(p.dims).map(([d, v]) => `${d}=${v}`).join(', ');
    return `${p.name}${dims ? ` (${dims})` : ''}`;
}
function headCell(r) {
    if (r.head === null)
        return r.headNotAvailable ? 'n/a' : '—';
    return nb(`${r.headLowerBound ? '≥' : ''}${units_formatAmount(r.head, r.unit, { binary: r.binaryUnits === true })}`);
}
function changeCell(r) {
    if (r.isNew && r.head !== null)
        return 'new';
    return cells_deltaText(r, 'md');
}
function formulaPair(base, head, metricLabel) {
    const m = formula_types/* FORMULA_METRICS */.T.find((x) => formula_types/* FORMULA_LABELS */.n[x] === metricLabel);
    if (!m)
        return null;
    const text = (f) => {
        const mf = f?.metrics[m];
        return mf?.polynomial ? formulaExpression(mf.terms, m) : 'no formula';
    };
    return `${text(base)} → ${text(head)}`;
}
function renderPointDetails(m) {
    const out = [];
    const changes = m.formulas?.changes ?? [];
    if (changes.length > 0) {
        for (const c of changes.slice(0, formula_types/* FORMULA_METRICS */.T.length)) {
            const label = c.slice(0, c.indexOf(':'));
            const pair = m.formulas ? formulaPair(m.formulas.base, m.formulas.head, label) : null;
            out.push(`- 📈 Cost formula changed: ${escapeMarkdown(c, 400)}${pair ? ` <sub>(${escapeMarkdown(pair, 600)})</sub>` : ''}`);
        }
        out.push('');
    }
    const points = (m.points ?? []).slice(0, MAX_SHOWN);
    if (points.length > 0) {
        const metrics = [...new Set(points.flatMap((p) => p.rows.map((r) => r.metric)))];
        const header = ['Metric', ...points.flatMap((p) => [`**${escapeMarkdown(pointTitle(p), 120)}**`, 'Change', 'Status'])];
        const align = ['---', ...points.flatMap(() => ['---:', '---:', ':---'])];
        const rows = metrics.map((metric) => [units_METRIC_LABELS[metric], ...points.flatMap((p) => {
                const r = p.rows.find((x) => x.metric === metric);
                if (!r)
                    return [p.error ? 'not measured' : '—', '—', '—'];
                const status = r.budget === null ? '—' : `${points_format_ICON[r.status]} ${escapeMarkdown(r.budget)}${r.level === 'warning' ? ' (warning)' : ''}`;
                return [headCell(r), changeCell(r), status];
            })]);
        if (rows.length > 0)
            out.push(table(header, align, rows), '');
        if ((m.points?.length ?? 0) > points.length)
            out.push(`<sub>${m.points.length - points.length} more points in the JSON report.</sub>`, '');
        for (const p of m.points ?? []) {
            if (p.error && !m.error)
                out.push(`- ${points_format_ICON[p.verdict === 'ok' ? 'warning' : p.verdict]} ${escapeMarkdown(p.name)}: could not measure at this point: ${escapeMarkdown(p.error, 400)}`);
            for (const r of p.rows)
                for (const why of r.reasons)
                    out.push(`- ${points_format_ICON[r.status]} ${escapeMarkdown(p.name)}: ${units_METRIC_LABELS[r.metric]}: ${escapeMarkdown(why, 400)}`);
        }
        if (out[out.length - 1] !== '')
            out.push('');
    }
    const latency = [
        ...(m.latency ?? []).map((row) => ({ point: null, row })),
        ...(m.points ?? []).flatMap((p) => p.latency.map((row) => ({ point: p.name, row }))),
    ];
    if (latency.length > 0) {
        const withPoint = latency.some((l) => l.point !== null);
        const shown = latency.slice(0, MAX_SHOWN * 2);
        out.push(table(['Device', ...(withPoint ? ['Point'] : []), 'Base', 'Head', 'Memory-bound', 'Slowest memory-bound ops', 'Status'], ['---', ...(withPoint ? ['---'] : []), '---:', '---:', '---:', '---', ':---'], shown.map(({ point, row }) => [
            escapeMarkdown(row.hardware, 80),
            ...(withPoint ? [escapeMarkdown(point ?? '', 80)] : []),
            row.base === null ? '—' : nb(`${row.baseLowerBound ? '≥' : ''}${duration_formatDuration(row.base)}`),
            row.head === null ? '—' : nb(`${row.headLowerBound ? '≥' : ''}${duration_formatDuration(row.head)}`),
            row.memoryBoundShare === null ? '—' : `${Math.round(row.memoryBoundShare * 100)}%`,
            row.topMemoryBound.map((t) => `${escapeMarkdown(t.name, 60)} (${escapeMarkdown(t.opType, 40)}, ${nb(duration_formatDuration(t.seconds))})`).join(', ') || '—',
            row.budget === null ? '—' : `${points_format_ICON[row.status]} ${escapeMarkdown(row.budget)}${row.level === 'warning' ? ' (warning)' : ''}`,
        ])), '');
        if (latency.length > shown.length)
            out.push(`<sub>${latency.length - shown.length} more device rows in the JSON report.</sub>`, '');
        for (const { point, row } of latency)
            for (const why of row.reasons)
                out.push(`- ${points_format_ICON[row.status]} ${point ? `${escapeMarkdown(point)}: ` : ''}Latency: ${escapeMarkdown(why, 400)}`);
        out.push('<sub>Latency is a roofline estimate (each node at the slower of its compute and memory time, nodes one after another): a bound to compare versions, not a measurement.</sub>', '');
    }
    return out;
}
function points_format_pointDetailsText(m) {
    const out = [];
    for (const c of m.formulas?.changes ?? [])
        out.push(`  formula changed: ${escapeText(c, 400)}`);
    for (const p of m.points ?? []) {
        out.push(`  at ${escapeText(pointTitle(p), 200)}: ${MARK[p.verdict]}`);
        if (p.error && !m.error)
            out.push(`    could not measure: ${escapeText(p.error, 400)}`);
        for (const r of p.rows) {
            const head = r.head === null ? '-' : `${r.headLowerBound ? '>=' : ''}${formatAmount(r.head, r.unit)}`;
            const change = r.delta === null ? '' : ` (${r.isNew ? 'new' : deltaText(r, 'text', true)})`;
            out.push(`    ${METRIC_LABELS[r.metric]}: ${head}${change}${r.budget ? `  budget ${escapeText(r.budget, 200)}: ${MARK[r.status]}` : ''}`);
            for (const why of r.reasons)
                out.push(`    ${MARK[r.status]} ${escapeText(why, 400)}`);
        }
        for (const r of p.latency)
            out.push(...latencyText(r, '    '));
    }
    for (const r of m.latency ?? [])
        out.push(...latencyText(r, '  '));
    return out;
}
function latencyText(r, indent) {
    const est = r.head === null ? '-' : `${r.headLowerBound ? '>=' : ''}${formatDuration(r.head)}`;
    const base = r.base === null ? '' : ` (base ${r.baseLowerBound ? '>=' : ''}${formatDuration(r.base)})`;
    const share = r.memoryBoundShare === null ? '' : `, ${Math.round(r.memoryBoundShare * 100)}% memory-bound`;
    const top = r.topMemoryBound.length ? `; slowest memory-bound: ${r.topMemoryBound.map((t) => `${escapeText(t.name, 60)} (${escapeText(t.opType, 40)})`).join(', ')}` : '';
    return [
        `${indent}latency on ${escapeText(r.hardware, 80)}: ${est}${base}${share}${top}${r.budget ? `  budget ${escapeText(r.budget, 200)}: ${MARK[r.status]}` : ''}`,
        ...r.reasons.map((why) => `${indent}${MARK[r.status]} ${escapeText(why, 400)}`),
    ];
}

;// CONCATENATED MODULE: ./build/src/report/op-type-chart.js

const METRIC_TITLES = {
    flops: { label: 'FLOPs', unit: 'count' },
    macs: { label: 'MACs', unit: 'count' },
    memory: { label: 'Memory access', unit: 'bytes' },
};
const MAX_LABEL = 24;
function chartLabel(opType, domain) {
    let safe = labels_opLabel(opType, domain).replace(/[^A-Za-z0-9_.:+-]/g, '_');
    if (safe.length > MAX_LABEL)
        safe = `${safe.slice(0, MAX_LABEL - 2)}..`;
    return `"${safe || '_'}"`;
}
function scale(max, unit) {
    const steps = unit === 'count' ? ['', 'K', 'M', 'G', 'T', 'P'] : ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];
    let i = 0;
    while (i < steps.length - 1 && max >= 1000 ** (i + 1))
        i++;
    return { div: 1000 ** i, suffix: steps[i] ?? '' };
}
function num(v, div) {
    return String(Number((v / div).toPrecision(3)));
}
function renderOpTypeChart(chart, isNew) {
    if (chart.opTypes.length === 0)
        return [];
    const { label, unit } = METRIC_TITLES[chart.metric];
    const max = Math.max(...chart.opTypes.map((o) => Math.max(o.base, o.head)));
    const { div, suffix } = scale(max, unit);
    const axisTitle = suffix ? `${label} (${suffix})` : label;
    const lines = [
        '```mermaid',
        'xychart-beta',
        `    title "${label} per op type${isNew ? '' : ': head (bars), base (line)'}"`,
        `    x-axis [${chart.opTypes.map((o) => chartLabel(o.opType, o.domain)).join(', ')}]`,
        `    y-axis "${axisTitle}"`,
        `    bar [${chart.opTypes.map((o) => num(o.head, div)).join(', ')}]`,
    ];
    if (!isNew)
        lines.push(`    line [${chart.opTypes.map((o) => num(o.base, div)).join(', ')}]`);
    lines.push('```');
    const out = [`<details><summary>Chart: ${label} per op type${isNew ? '' : ', base vs head'}</summary>`, '', ...lines, ''];
    if (chart.more > 0)
        out.push(`<sub>${chart.more} smaller op types not drawn.</sub>`, '');
    out.push('</details>', '');
    return out;
}

;// CONCATENATED MODULE: ./build/src/report/why-section.js







function renderWhy(why, limit, isNew, chart = false) {
    const out = [`<details><summary>${isNew ? 'Cost breakdown' : 'Why the cost changed'}</summary>`, ''];
    const more = (n, what) => (n > 0 ? [`<sub>${n} more ${what} ${isNew ? 'in the model' : 'changed'}.</sub>`, ''] : []);
    const opTypes = why.opTypes.slice(0, limit);
    if (opTypes.length > 0) {
        const costs = opTypes.some((o) => o.flopsDelta !== null);
        const header = costs ? ['Op type', 'Count', 'FLOPs', 'MACs', 'Memory access'] : ['Op type', 'Count'];
        const align = costs ? ['---', '---:', '---:', '---:', '---:'] : ['---', '---:'];
        out.push(table(header, align, opTypes.map((o) => opTypeCells(o, costs))), '');
        out.push(...more(why.opTypesChanged - opTypes.length, 'op types'));
    }
    const scopes = (why.scopes ?? []).slice(0, limit);
    if (scopes.length > 0) {
        out.push(isNew
            ? table(['Module scope', 'FLOPs', 'Memory access'], ['---', '---:', '---:'], scopes.map((s) => [codeSpan(s.name, { inTable: true }), cells_value(s.headFlops, s.headLowerBound === true, 'count'), cells_value(s.headMemoryBytes, s.headLowerBound === true, 'bytes')]))
            : table(['Module scope', 'FLOPs', 'Change', 'Memory access'], ['---', '---:', '---:', '---:'], scopes.map(scopeCells)), '');
        out.push(...more((why.scopesChanged ?? 0) - scopes.length, 'module scopes'));
    }
    const modules = (why.modules ?? []).slice(0, limit);
    if (modules.length > 0) {
        out.push(table(['Module', 'Base params', 'Head params', 'Change'], ['---', '---:', '---:', '---:'], modules.map((m) => [codeSpan(m.name, { inTable: true }), cells_value(m.baseParams, false, 'count'), cells_value(m.headParams, false, 'count'), deltaCell(m.headParams - m.baseParams, 'count')])), '');
        out.push(...more((why.modulesChanged ?? 0) - modules.length, 'modules'));
    }
    const nodes = why.nodes.slice(0, limit);
    if (nodes.length > 0) {
        out.push(table(['Node', 'Op type', 'Change', 'FLOPs', 'MACs', 'Memory access'], ['---', '---', '---', '---:', '---:', '---:'], nodes.map(nodeCells)), '');
        out.push(...more(why.nodesChanged - nodes.length, 'nodes'));
    }
    if (why.nodesTruncated)
        out.push('<sub>The graph is too large to match every node by structure: some changes may show as a removed and an added node.</sub>', '');
    if (chart && why.chart)
        out.push(...renderOpTypeChart(why.chart, isNew));
    out.push('</details>', '');
    return out;
}
function opTypeCells(o, costs) {
    const count = o.baseCount === o.headCount ? String(o.headCount) : `${o.baseCount} → ${o.headCount}`;
    const cells = [codeSpan(labels_opLabel(o.opType, o.domain), { inTable: true }), count];
    if (costs)
        cells.push(deltaCell(o.flopsDelta, 'count', o.deltaBound), deltaCell(o.macsDelta, 'count', o.deltaBound), deltaCell(o.memoryBytesDelta, 'bytes', o.deltaBound));
    return cells;
}
function scopeCells(s) {
    const d = s.headFlops - s.baseFlops;
    const bound = delta_bound_deltaBound(s.baseLowerBound === true, s.headLowerBound === true);
    const change = d !== 0 && bound !== 'unknown' ? percentChange(s.baseFlops, s.headFlops) : null;
    const pct = change !== null ? ` (${nb(`${delta_bound_boundSign(bound)}${formatPercent(change)}`)})` : '';
    return [
        codeSpan(s.name, { inTable: true }),
        `${cells_value(s.baseFlops, s.baseLowerBound === true, 'count')} → ${cells_value(s.headFlops, s.headLowerBound === true, 'count')}`,
        `${deltaCell(d, 'count', bound)}${pct}`,
        deltaCell(s.headMemoryBytes - s.baseMemoryBytes, 'bytes', bound),
    ];
}
function nodeCells(n) {
    const name = labels_nodePath(n.scope, n.name);
    return [
        name ? codeSpan(name, { inTable: true }) : '(unnamed)',
        codeSpan(n.opType, { inTable: true }),
        labels_changeText(n, '→', (t, maxLength) => codeSpan(t, { inTable: true, maxLength })),
        deltaCell(n.flopsDelta, 'count', n.deltaBound),
        deltaCell(n.macsDelta, 'count', n.deltaBound),
        deltaCell(n.memoryBytesDelta, 'bytes', n.deltaBound),
    ];
}

;// CONCATENATED MODULE: ./build/src/report/model-section.js








function modelIcon(m, budgeted) {
    return !budgeted && m.verdict === 'ok' ? '' : ICON[m.verdict];
}
function model_section_statusText(m, code) {
    const link = linkText(m, code);
    if (m.partOf !== undefined && m.status === 'deleted')
        return `now read as part of ${code(m.partOf)}${link}`;
    if (m.partOf !== undefined && m.status === 'added')
        return `no longer read as part of ${code(m.partOf)}${link}`;
    if (m.status === 'renamed' && m.previousPath)
        return `renamed from ${code(m.previousPath)}${link}`;
    return `${m.previousPath ? `${m.status}, base ${code(m.previousPath)}` : m.status}${link}`;
}
function linkText(m, code) {
    const base = m.baseLinkTo;
    const wasOwnFile = base !== undefined && base === (m.previousPath ?? m.path);
    if (m.linkTo !== undefined) {
        const was = base === undefined ? '' : wasOwnFile ? ' (was a file of its own)' : ` (was to ${code(base)})`;
        return `, link to ${code(m.linkTo)}${was}`;
    }
    return base === undefined || wasOwnFile ? '' : `, was a link to ${code(base)}`;
}
function summaryLine(m, ctx) {
    const icon = modelIcon(m, ctx.budgeted);
    const name = m.name ? `<b>${htmlText(m.name)}</b> · ` : '';
    const open = m.verdict === 'error' ? ' open' : '';
    return `<details${open}><summary>${icon ? `${icon} ` : ''}${name}${htmlCode(m.path)} (${model_section_statusText(m, (p) => htmlCode(p))})</summary>`;
}
const headerPart = (m, ctx) => {
    const out = [];
    const url = ctx.links ? diffUrl(ctx.links, m.path) : null;
    if (url)
        out.push(`${mdLink(codeSpan(m.path), url)} in the diff`, '');
    if (m.shapes && m.shapes.length > 0)
        out.push(`<sub>Measured at ${shapesText(m.shapes)}</sub>`, '');
    if (m.warnings && m.warnings.length > 0)
        out.push(...m.warnings.map((w) => `- ⚠️ ${escapeMarkdown(w, 400)}`), '');
    if (m.error)
        out.push(`${ICON[m.verdict === 'ok' ? 'warning' : m.verdict]} Could not measure this model: ${escapeMarkdown(m.error, 400)}`, '');
    return out;
};
const metricTablePart = (m, ctx, detail) => {
    const rows = detail.allRows || m.verdict !== 'error' ? m.rows : m.rows.filter((r) => r.status !== 'ok');
    if (rows.length === 0)
        return [];
    const keep = ctx.budgeted ? 6 : 4;
    const deleted = m.status === 'deleted';
    const cells = rows.map((r) => {
        let budget = r.budget === null ? '—' : escapeMarkdown(r.budget);
        if (r.level === 'warning')
            budget += ' (warning)';
        if (r.level === 'off')
            budget += ' (off)';
        const status = r.budget === null && r.status === 'ok' ? '—' : ICON[r.status];
        return [
            units_METRIC_LABELS[r.metric],
            cells_value(r.base, r.baseLowerBound, r.unit, r.baseNotAvailable, r.binaryUnits),
            m.error && r.head === null ? 'not measured' : cells_value(r.head, r.headLowerBound, r.unit, r.headNotAvailable, r.binaryUnits),
            change(r, deleted),
            budget,
            status,
        ].slice(0, keep);
    });
    return [table(['Metric', 'Base', 'Head', 'Change', 'Budget', 'Status'].slice(0, keep), ['---', '---:', '---:', '---:', '---', ':---:'].slice(0, keep), cells), ''];
};
const reasonsPart = (m) => {
    const reasons = m.rows.flatMap((r) => r.reasons.map((why) => `- ${ICON[r.status]} ${units_METRIC_LABELS[r.metric]}: ${escapeMarkdown(why, 400)}`));
    return reasons.length > 0 ? [...reasons, ''] : [];
};
const pointsPart = (m) => renderPointDetails(m);
const notesPart = (m, _ctx, detail) => (detail.notes && m.notes.length > 0 ? [...m.notes.map((n) => `- ℹ️ ${escapeMarkdown(n, 400)}`), ''] : []);
const whyPart = (m, _ctx, detail) => (detail.why > 0 && m.why ? renderWhy(m.why, detail.why, m.status === 'added', detail.chart === true) : []);
const SECTION_PARTS = [headerPart, metricTablePart, reasonsPart, pointsPart, notesPart, whyPart];
function renderModelSection(m, ctx, detail, parts = SECTION_PARTS) {
    return [summaryLine(m, ctx), '', ...parts.flatMap((p) => p(m, ctx, detail)), '</details>', ''];
}
function shapesText(shapes) {
    const shown = shapes.slice(0, 8).map((t) => escapeMarkdown(t, 120));
    return `${shown.join(' · ')}${shapes.length > 8 ? ` · and ${shapes.length - 8} more` : ''}`;
}

;// CONCATENATED MODULE: ./build/src/report/overview.js










const overview_SEVERITY = { error: 0, warning: 1, ok: 2 };
function impact(m) {
    if (m.status === 'added' || metricRows(m).some((r) => r.isNew))
        return Number.POSITIVE_INFINITY;
    return Math.abs(largestChange(m)?.pct ?? 0);
}
function overview_byImpact(a, b) {
    return overview_SEVERITY[a.verdict] - overview_SEVERITY[b.verdict] || impact(b) - impact(a) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function isQuiet(m) {
    if (m.verdict !== 'ok' || m.error)
        return false;
    if (m.status === 'unchanged' || m.status === 'deleted')
        return true;
    return m.status === 'renamed' && metricRows(m).every((r) => r.delta === 0 || (r.delta === null && r.base === null && r.head === null));
}
function isSmall(m, minChange) {
    if (minChange <= 0 || m.verdict !== 'ok' || m.error || (m.status !== 'modified' && m.status !== 'renamed'))
        return false;
    return metricRows(m).every((r) => r.delta === null
        ? r.base === null && r.head === null
        : rowDeltaBound(r) === undefined && (r.delta === 0 || (r.pct !== null && Math.abs(r.pct) < minChange)));
}
function groupModels(models, minChange) {
    const shown = [];
    const small = [];
    const quiet = [];
    const noWeights = [];
    for (const m of models) {
        if (m.noWeights !== undefined)
            noWeights.push(m);
        else if (isQuiet(m))
            quiet.push(m);
        else if (isSmall(m, minChange))
            small.push(m);
        else
            shown.push(m);
    }
    return { shown: shown.sort(overview_byImpact), small: small.sort(overview_byImpact), quiet, noWeights };
}
const OVERVIEW_METRICS = ['params', 'flops', 'peak-memory'];
const OVERVIEW_LABELS = ['Params', 'FLOPs', 'Peak memory'];
function pathCell(m, ctx, linked) {
    const code = codeSpan(m.path, { inTable: true });
    const url = linked && ctx.links ? diffUrl(ctx.links, m.path) : null;
    return mdLink(code, url);
}
function metricCell(m, metric) {
    const r = overviewRow(m, metric);
    if (!r)
        return '—';
    const v = cells_value(m.status === 'deleted' ? r.base : r.head, m.status === 'deleted' ? r.baseLowerBound : r.headLowerBound, r.unit, m.status === 'deleted' ? r.baseNotAvailable : r.headNotAvailable, r.binaryUnits);
    if (r.pct === null || r.delta === null || r.delta === 0)
        return v;
    const bound = rowDeltaBound(r);
    if (bound === 'unknown')
        return v;
    return `${v} (${nb(`${delta_bound_boundSign(bound)}${formatPercent(r.pct)}`)})`;
}
function largestChangeCell(m) {
    if (m.error)
        return 'could not be measured';
    if (m.partOf !== undefined && m.status === 'added')
        return 'left its set';
    if (m.status === 'added' || metricRows(m).some((r) => r.isNew))
        return 'new';
    if (m.partOf !== undefined && m.status === 'deleted')
        return 'joined its set';
    if (m.status === 'deleted')
        return 'deleted';
    const rows = metricRows(m);
    if (rows.every((x) => x.delta === null) && rows.some((x) => x.head !== null && x.base === null))
        return 'base not measured';
    const r = largestChange(m);
    if (r) {
        return `${units_METRIC_LABELS[r.metric]} ${nb(`${delta_bound_boundSign(rowDeltaBound(r))}${formatPercent(r.pct ?? 0)}`)}`;
    }
    if (rows.some((x) => x.delta !== null && rowDeltaBound(x) === 'unknown'))
        return 'not known (both ≥)';
    return rows.some((x) => x.delta !== null && x.delta !== 0) ? 'changed from 0' : '±0';
}
function statusCell(m) {
    if (m.verdict !== 'ok')
        return ICON[m.verdict];
    return allRows(m).some((r) => r.budget !== null) ? ICON.ok : '—';
}
function overviewTable(models, ctx, linked, totals) {
    const header = ['Model', ...OVERVIEW_LABELS, 'Largest change', ...(ctx.budgeted ? ['Status'] : [])];
    const align = ['---', '---:', '---:', '---:', '---', ...(ctx.budgeted ? [':---:'] : [])];
    const rows = models.map((m) => {
        const icon = ctx.budgeted ? '' : modelIcon(m, false);
        const renamed = m.previousPath ? ` (${model_section_statusText(m, (p) => codeSpan(p, { inTable: true }))})` : '';
        return [`${icon ? `${icon} ` : ''}${pathCell(m, ctx, linked)}${renamed}`, ...OVERVIEW_METRICS.map((k) => metricCell(m, k)), largestChangeCell(m), ...(ctx.budgeted ? [statusCell(m)] : [])];
    });
    if (totals)
        rows.push([...totals, ...(ctx.budgeted ? [''] : [])]);
    return table(header, align, rows);
}
function changedModels(models) {
    return models.filter((m) => m.status !== 'unchanged' && m.noWeights === undefined);
}
function sideFile(m, side) {
    if (side === 'head')
        return m.status === 'deleted' ? null : (m.linkTo ?? m.path);
    if (m.status === 'added')
        return null;
    if (m.status === 'deleted')
        return m.linkTo ?? m.path;
    return m.baseLinkTo ?? m.linkTo ?? m.previousPath ?? m.path;
}
function ownPath(m, side) {
    return side === 'base' && m.status !== 'deleted' ? (m.previousPath ?? m.path) : m.path;
}
function linksCountedElsewhere(models) {
    const own = { base: new Set(), head: new Set() };
    for (const m of models) {
        for (const side of ['base', 'head']) {
            const file = sideFile(m, side);
            if (file !== null && file === ownPath(m, side))
                own[side].add(file);
        }
    }
    const out = new Map();
    for (const m of models) {
        const sides = ['base', 'head'].filter((side) => {
            const file = sideFile(m, side);
            return file !== null && file !== ownPath(m, side) && own[side].has(file);
        });
        if (sides.length > 0)
            out.set(m, new Set(sides));
    }
    return out;
}
function totals(models, countedElsewhere = new Map()) {
    const out = new Map();
    for (const metric of OVERVIEW_METRICS) {
        const t = { base: 0, head: 0, baseLowerBound: false, headLowerBound: false, binary: true, counted: 0, leftOut: 0 };
        for (const m of models) {
            if (m.status === 'unchanged')
                continue;
            const r = overviewRow(m, metric);
            const elsewhere = countedElsewhere.get(m);
            const hasBase = m.status !== 'added' && !(r?.isNew ?? false) && !elsewhere?.has('base');
            const hasHead = m.status !== 'deleted' && !elsewhere?.has('head');
            const base = hasBase ? (r?.base ?? null) : 0;
            const head = hasHead && !m.error ? (r?.head ?? null) : hasHead ? null : 0;
            if (!r || base === null || head === null) {
                t.leftOut++;
                continue;
            }
            t.base += base;
            t.head += head;
            t.baseLowerBound ||= hasBase && r.baseLowerBound;
            t.headLowerBound ||= hasHead && r.headLowerBound;
            t.binary &&= r.binaryUnits === true;
            t.counted++;
        }
        out.set(metric, t);
    }
    return out;
}
function totalsCells(models) {
    const all = changedModels(models);
    const links = linksCountedElsewhere(all);
    const changed = all.filter((m) => (links.get(m)?.size ?? 0) < (sideFile(m, 'base') !== null ? 1 : 0) + (sideFile(m, 'head') !== null ? 1 : 0));
    const sums = totals(changed, links);
    const cells = [`**Total** (${plural(changed.length, 'model', 'models')}${links.size > 0 ? `; ${plural(links.size, 'link', 'links')} to them counted once` : ''})`];
    const leftOut = new Map();
    OVERVIEW_METRICS.forEach((metric, i) => {
        const t = sums.get(metric);
        if (t.counted === 0) {
            cells.push('n/a');
        }
        else {
            const unit = metric === 'params' || metric === 'flops' ? 'count' : 'bytes';
            const fmt = (v, lowerBound) => nb(`${lowerBound ? '≥' : ''}${units_formatAmount(v, unit, { binary: t.binary })}`);
            const change = t.head !== t.base ? percentChange(t.base, t.head) : null;
            const bound = delta_bound_deltaBound(t.baseLowerBound, t.headLowerBound);
            const pct = change === null || bound === 'unknown' ? '' : ` (${nb(`${delta_bound_boundSign(bound)}${formatPercent(change)}`)})`;
            cells.push(`${fmt(t.base, t.baseLowerBound)} → ${fmt(t.head, t.headLowerBound)}${pct}`);
        }
        if (t.leftOut > 0)
            leftOut.set(t.leftOut, [...(leftOut.get(t.leftOut) ?? []), OVERVIEW_LABELS[i]]);
    });
    cells.push('');
    const note = leftOut.size > 0
        ? `Totals are base → head over the changed models measured on both sides (a new model counts 0 on the base side, a deleted one 0 on the head side); left out as not measurable there: ${[...leftOut].map(([n, labels]) => `${labels.join(', ')}: ${plural(n, 'model', 'models')}`).join('; ')}.`
        : null;
    return { cells, note };
}
function quietLine(m) {
    const path = codeSpan(m.path);
    if (m.status === 'deleted') {
        const params = m.rows.find((r) => r.metric === 'params');
        const had = params?.base != null ? ` (had ${nb(units_formatAmount(params.base, 'count'))} params${m.partOf !== undefined ? ' on its own' : ''})` : '';
        return `- ${path} ${m.partOf !== undefined ? model_section_statusText(m, (p) => codeSpan(p)) : 'deleted'}${had}`;
    }
    if (m.status === 'renamed')
        return `- ${path} ${model_section_statusText(m, (p) => codeSpan(p))}, identical`;
    return `- ${path} unchanged`;
}
function smallLine(m) {
    return `- ${codeSpan(m.path)}: ${largestChangeCell(m)}`;
}
function collapsedList(summary, lines, maxChars) {
    if (lines.length === 0)
        return [];
    const kept = withinChars(lines, maxChars);
    const more = lines.length - kept.length;
    return [`<details><summary>${summary}</summary>`, '', ...kept, ...(more > 0 ? [`- and ${more} more`] : []), '', '</details>', ''];
}
function quietList(models, maxChars) {
    const kinds = [
        ...(models.some((m) => m.status === 'unchanged') ? ['unchanged'] : []),
        ...(models.some((m) => m.status === 'renamed') ? ['renamed without a change'] : []),
        ...(models.some((m) => m.status === 'deleted' && m.partOf === undefined) ? ['deleted'] : []),
        ...(models.some((m) => m.status === 'deleted' && m.partOf !== undefined) ? ['now read as part of a set'] : []),
    ];
    const words = kinds.length > 1 ? `${kinds.slice(0, -1).join(', ')} or ${kinds[kinds.length - 1]}` : (kinds[0] ?? '');
    return collapsedList(`${plural(models.length, 'model', 'models')} ${words}`, models.map(quietLine), maxChars);
}
function smallList(models, minChange, maxChars) {
    return collapsedList(`${plural(models.length, 'model', 'models')} changed by less than ${minChange}% (min-change), not detailed`, models.map(smallLine), maxChars);
}
function noWeightsLine(m) {
    const status = m.status === 'added' ? '' : ` (${model_section_statusText(m, (p) => codeSpan(p))})`;
    const notes = m.notes.map((n) => `; ${escapeMarkdown(n, 200)}`).join('');
    return `- ${codeSpan(m.path)}${status}: no weights, ${escapeMarkdown(m.noWeights ?? '', 300)}${notes}`;
}
function noWeightsList(files, allModels, maxChars) {
    const out = collapsedList(`${plural(files.length, 'file', 'files')} with no weights (not models: not measured; only file-size budgets apply)`, files.map(noWeightsLine), maxChars);
    const idle = no_weights_budgetsOnlyOnNoWeights(allModels);
    const lines = idle.slice(0, MAX_IDLE_ENTRIES).map((e) => {
        const budgets = e.budgets.slice(0, 8).map((b) => escapeMarkdown(b, 100)).join(', ');
        return `ℹ️ The budgets of ${codeSpan(e.name)} (${budgets}${e.budgets.length > 8 ? ', ...' : ''}) matched only files with no weights here: nothing was checked against them.`;
    });
    const shown = withinChars(lines, maxChars);
    for (const l of shown)
        out.push(l, '');
    if (idle.length > shown.length)
        out.push(`ℹ️ And ${plural(idle.length - shown.length, 'more entry', 'more entries')} whose budgets matched only files with no weights.`, '');
    return out;
}
const MAX_IDLE_ENTRIES = 10;

;// CONCATENATED MODULE: ./build/src/report/markdown.js







const GITHUB_COMMENT_LIMIT = 65_536;
const JOB_SUMMARY_LIMIT = 1024 * 1024;
const DEFAULT_COMMENT_KEY = 'default';
function commentMarker(commentKey = DEFAULT_COMMENT_KEY) {
    return `<!-- model-budget:${sanitizeCommentKey(commentKey)} -->`;
}
function renderComment(report, opts = {}) {
    const limit = opts.maxLength ?? GITHUB_COMMENT_LIMIT - 536;
    return `${commentMarker(opts.commentKey)}\n${renderWithin(report, opts, limit - commentMarker(opts.commentKey).length - 1, COMMENT_TRIM_NOTE, utf16Units)}`;
}
function renderSummary(report, opts = {}) {
    return renderWithin(report, opts, opts.maxLength ?? JOB_SUMMARY_LIMIT - 1024, SUMMARY_TRIM_NOTE, utf8Bytes);
}
const utf16Units = (text) => text.length;
const utf8Bytes = (text) => Buffer.byteLength(text, 'utf8');
function headlineWithoutIcon(report) {
    return headline(report).replace(/^(?:❌|⚠️|✅) /u, '');
}
function headline(report) {
    const failed = report.models.flatMap((m) => allRows(m).filter((r) => r.status === 'error'));
    const unchecked = failed.filter((r) => r.unchecked === true).length;
    const exceeded = failed.length - unchecked;
    const failedModels = report.violations - failed.length;
    if (!report.passed) {
        const parts = [];
        if (exceeded > 0)
            parts.push(`${exceeded} ${exceeded === 1 ? 'budget' : 'budgets'} exceeded`);
        if (unchecked > 0)
            parts.push(`${unchecked} ${unchecked === 1 ? 'budget' : 'budgets'} could not be checked`);
        if (failedModels > 0)
            parts.push(`${failedModels} ${failedModels === 1 ? 'model' : 'models'} could not be measured`);
        return `❌ ${parts.join(', ')}`;
    }
    const budgeted = markdown_hasBudgets(report);
    if (report.warnings > 0)
        return `⚠️ ${report.warnings} ${report.warnings === 1 ? 'warning' : 'warnings'}${budgeted ? ', no budget exceeded' : ''}`;
    if (report.models.length === 0)
        return '✅ no model changed';
    const models = changedModels(report.models).length;
    const files = noWeightsFiles(report);
    if (files > 0 && models === 0)
        return `no model changed, only ${plural(files, 'file', 'files')} with no weights`;
    if (!budgeted)
        return `${plural(models, 'model', 'models')} measured, ${hasIdleBudgets(report) ? 'no budget checked' : 'no budgets set'}`;
    return '✅ all models within budget';
}
function markdown_hasBudgets(report) {
    return report.models.some((m) => allRows(m).some((r) => r.budget !== null));
}
function noWeightsFiles(report) {
    return report.models.filter((m) => m.status !== 'unchanged' && m.noWeights !== undefined).length;
}
function hasIdleBudgets(report) {
    return report.models.some((m) => (m.uncheckedBudgets?.length ?? 0) > 0);
}
const HOW_TO_ADD_BUDGETS = "No budgets are set, so nothing is checked. To add some, give the models limits in .github/model-budget.yml, e.g. budgets: { params: { max: 25M }, flops: { max-increase: 2% } } (see the README's config reference).";
const ALL = Number.POSITIVE_INFINITY;
const DETAIL_STEPS = [
    { why: 10, chart: true, notes: true, allRows: true, sections: 'all', links: true, listChars: 20_000, overviewRows: ALL },
    { why: 10, notes: true, allRows: true, sections: 'all', links: true, listChars: 20_000, overviewRows: ALL },
    { why: 3, notes: true, allRows: true, sections: 'all', links: true, listChars: 20_000, overviewRows: ALL },
    { why: 0, notes: true, allRows: true, sections: 'all', links: true, listChars: 8_000, overviewRows: ALL },
    { why: 0, notes: true, allRows: true, sections: 'flagged', links: true, listChars: 8_000, overviewRows: ALL },
    { why: 0, notes: false, allRows: true, sections: 'breached', links: true, listChars: 4_000, overviewRows: ALL },
    { why: 0, notes: false, allRows: false, sections: 'breached', links: true, listChars: 4_000, overviewRows: ALL },
    { why: 0, notes: false, allRows: false, sections: 'none', links: true, listChars: 2_000, overviewRows: ALL },
    { why: 0, notes: false, allRows: false, sections: 'none', links: false, listChars: 1_000, overviewRows: ALL },
];
const COMMENT_TRIM_NOTE = 'Some details were left out to fit in a comment; the job summary and the JSON report have them all.';
const SUMMARY_TRIM_NOTE = 'Some details were left out to fit in the job summary; the JSON report has them all.';
function renderWithin(report, opts, limit, trimNote, size) {
    const ctx = { budgeted: markdown_hasBudgets(report), links: checkLinks(opts.links) };
    const groups = groupModels(report.models, minChangeOf(report, opts));
    for (let i = 0; i < DETAIL_STEPS.length; i++) {
        const text = render(report, opts, ctx, groups, DETAIL_STEPS[i], i > 0 ? trimNote : null);
        if (size(text) <= limit)
            return text;
    }
    const last = DETAIL_STEPS[DETAIL_STEPS.length - 1];
    let kept = groups.shown.length;
    for (;;) {
        const text = render(report, opts, ctx, groups, { ...last, listChars: 500, overviewRows: kept }, trimNote);
        const length = size(text);
        if (length <= limit)
            return text;
        if (kept === 0)
            break;
        const over = length - limit;
        const avg = length / Math.max(kept, 1);
        kept = Math.max(0, kept - Math.max(1, Math.ceil(over / avg)));
    }
    return verdictOnly(report, opts, ctx, trimNote);
}
function verdictOnly(report, opts, ctx, trimNote) {
    const title = escapeMarkdown(opts.title ?? 'Model budget', 100);
    return `### ${title}: ${headline(report)}\n\n${markdown_summaryLine(report, opts, ctx)}\n\n<sub>${trimNote}</sub>\n`;
}
function minChangeOf(report, opts) {
    const m = opts.minChange ?? report.minChange ?? 0;
    return Number.isFinite(m) && m > 0 ? m : 0;
}
function wantsSection(m, sections) {
    if (sections === 'all')
        return true;
    if (sections === 'none')
        return false;
    return m.verdict === 'error' || (sections === 'flagged' && m.verdict === 'warning');
}
function render(report, opts, ctx, groups, detail, trimNote) {
    const out = [];
    out.push(`### ${escapeMarkdown(opts.title ?? 'Model budget')}: ${headline(report)}`, '');
    out.push(markdown_summaryLine(report, opts, ctx), '');
    out.push(...configLines(report));
    if (!ctx.budgeted && changedModels(report.models).length > 0 && !hasIdleBudgets(report))
        out.push(`<sub>${escapeMarkdown(HOW_TO_ADD_BUDGETS, 1000)}</sub>`, '');
    const { shown, small, quiet, noWeights } = groups;
    const rows = shown.slice(0, detail.overviewRows);
    const changed = changedModels(report.models);
    const total = changed.length >= 2 ? totalsCells(report.models) : null;
    if (rows.length > 0 || (total && shown.length > 0)) {
        out.push(overviewTable(rows, ctx, detail.links, total?.cells ?? null), '');
        if (rows.length < shown.length)
            out.push(`<sub>${shown.length - rows.length} more models left out of this table to fit; the job summary and the JSON report have them.</sub>`, '');
        if (total?.note)
            out.push(`<sub>${total.note}</sub>`, '');
    }
    const minChange = minChangeOf(report, opts);
    if (small.length > 0)
        out.push(...smallList(small, minChange, detail.listChars));
    if (quiet.length > 0)
        out.push(...quietList(quiet, detail.listChars));
    if (noWeights.length > 0)
        out.push(...noWeightsList(noWeights, report.models, detail.listChars));
    for (const m of rows)
        if (wantsSection(m, detail.sections))
            out.push(...renderModelSection(m, ctx, detail));
    if (report.ignored.length > 0)
        out.push(`<sub>Ignored by the config: ${plural(report.ignored.length, 'model', 'models')}.</sub>`, '');
    if (trimNote)
        out.push(`<sub>${trimNote}</sub>`, '');
    const footer = footerLine(ctx);
    if (footer)
        out.push(footer, '');
    return `${out.join('\n').trimEnd()}\n`;
}
function footerLine(ctx) {
    const url = ctx.links ? runUrl(ctx.links) : null;
    return url ? `<sub>${mdLink('Workflow run', url)} · model-budget</sub>` : null;
}
function markdown_summaryLine(report, opts, ctx) {
    const files = noWeightsFiles(report);
    const changed = report.changedModels.length - files;
    const parts = [plural(changed, 'model', 'models') + ' changed'];
    if (files > 0)
        parts.push(`${plural(files, 'file', 'files')} with no weights`);
    if (ctx.budgeted)
        parts.push(plural(report.violations, 'violation', 'violations'));
    parts.push(plural(report.warnings, 'warning', 'warnings'));
    parts.push(report.configFile ? `budgets from ${configLink(report, opts, ctx)}` : 'no budget config');
    const commits = commitsText(opts, ctx);
    if (commits)
        parts.push(commits);
    return parts.join(' · ');
}
function configLink(report, opts, ctx) {
    const file = report.configFile ?? '';
    const sha = report.configSource === 'base' ? opts.baseSha : opts.headSha;
    return mdLink(codeSpan(file), ctx.links && sha ? blobUrl(ctx.links, sha, file) : null);
}
function shortSha(sha, ctx) {
    if (!sha || !/^[0-9a-f]{7,64}$/i.test(sha))
        return null;
    return mdLink(`\`${sha.slice(0, 7).toLowerCase()}\``, ctx.links ? commitUrl(ctx.links, sha) : null);
}
function commitsText(opts, ctx) {
    const base = shortSha(opts.baseSha, ctx);
    const head = shortSha(opts.headSha, ctx);
    if (base && head)
        return `base ${base} → head ${head}`;
    if (head)
        return `head ${head}`;
    return null;
}
const MAX_LISTED_BUDGET_CHANGES = 20;
const MAX_BUDGET_CHANGE_CHARS = 8_000;
function configLines(report) {
    const out = [];
    if (report.configNote)
        out.push(`ℹ️ ${escapeMarkdown(report.configNote, 400)}`, '');
    const changes = report.budgetChanges;
    if (changes.length === 0)
        return out;
    const applies = report.configSource === 'head'
        ? 'this report applies them (config-from: head)'
        : "this report applies the base branch's budgets; the new ones apply once it is merged";
    out.push(`**Budgets changed in this pull request** (${applies}):`, '');
    const side = (v) => (v === null ? '_not set_' : escapeMarkdown(v, 200));
    const lines = changes.slice(0, MAX_LISTED_BUDGET_CHANGES).map((c) => `- ${escapeMarkdown(c.scope, 200)}, ${escapeMarkdown(c.setting, 200)}: ${side(c.before)} → ${side(c.after)}`);
    const shown = withinChars(lines, MAX_BUDGET_CHANGE_CHARS);
    out.push(...shown);
    if (changes.length > shown.length)
        out.push(`- and ${changes.length - shown.length} more`);
    out.push('');
    return out;
}

;// CONCATENATED MODULE: ./build/src/report/text.js









const text_MARK = { ok: 'ok', warning: 'WARN', error: 'FAIL' };
function cell(v, lowerBound, unit, notAvailable = false) {
    if (v === null)
        return notAvailable ? 'n/a' : '-';
    return `${lowerBound ? '>=' : ''}${formatAmount(v, unit)}`;
}
function text_change(r, deleted) {
    if (r.isNew && r.head !== null)
        return 'new';
    if (deleted)
        return 'removed';
    return deltaText(r, 'text');
}
function aligned(header, rows, left) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
    const fmt = (row) => `  ${row.map((c, i) => (left.includes(i) ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')}`.trimEnd();
    return [fmt(header), ...rows.map(fmt)];
}
function delta(d, unit, bound) {
    if (d === null)
        return '-';
    if (bound === 'unknown')
        return 'not known';
    return `${boundSign(bound, 'text')}${formatDelta(d, unit).replace('±', '')}`;
}
function whyText(why, isNew) {
    const out = [];
    if (why.opTypes.length > 0) {
        out.push(isNew ? '  cost breakdown by op type:' : '  why the cost changed, by op type:');
        out.push(...aligned(['op type', 'count', 'FLOPs', 'MACs', 'memory access'], why.opTypes.map((o) => [
            escapeText(opLabel(o.opType, o.domain)),
            o.baseCount === o.headCount ? String(o.headCount) : `${o.baseCount} -> ${o.headCount}`,
            delta(o.flopsDelta, 'count', o.deltaBound), delta(o.macsDelta, 'count', o.deltaBound), delta(o.memoryBytesDelta, 'bytes', o.deltaBound),
        ]), [0]));
        if (why.opTypesChanged > why.opTypes.length)
            out.push(`  ${why.opTypesChanged - why.opTypes.length} more op types`);
    }
    const scopes = why.scopes ?? [];
    if (scopes.length > 0) {
        out.push('  module scopes:');
        out.push(...aligned(['scope', 'FLOPs', 'change', 'memory access'], scopes.map((s) => [
            escapeText(s.name), `${s.baseLowerBound ? '>=' : ''}${formatAmount(s.baseFlops, 'count')} -> ${s.headLowerBound ? '>=' : ''}${formatAmount(s.headFlops, 'count')}`,
            delta(s.headFlops - s.baseFlops, 'count', deltaBound(s.baseLowerBound === true, s.headLowerBound === true)),
            delta(s.headMemoryBytes - s.baseMemoryBytes, 'bytes', deltaBound(s.baseLowerBound === true, s.headLowerBound === true)),
        ]), [0]));
        if ((why.scopesChanged ?? 0) > scopes.length)
            out.push(`  ${(why.scopesChanged ?? 0) - scopes.length} more module scopes`);
    }
    if (why.nodes.length > 0) {
        out.push('  nodes:');
        out.push(...aligned(['node', 'op type', 'change', 'FLOPs', 'MACs', 'memory access'], why.nodes.map((n) => [
            escapeText(nodePath(n.scope, n.name) || '(unnamed)'), escapeText(n.opType), changeText(n, '->', escapeText),
            delta(n.flopsDelta, 'count', n.deltaBound), delta(n.macsDelta, 'count', n.deltaBound), delta(n.memoryBytesDelta, 'bytes', n.deltaBound),
        ]), [0, 1, 2]));
        if (why.nodesChanged > why.nodes.length)
            out.push(`  ${why.nodesChanged - why.nodes.length} more nodes`);
    }
    return out;
}
function verdictLine(report) {
    if (!markdown_hasBudgets(report) && report.passed && report.warnings === 0)
        return headline(report);
    return `${report.passed ? (report.warnings > 0 ? 'WARN' : 'PASS') : 'FAIL'}: ${headlineWithoutIcon(report)}`;
}
function renderText(report) {
    const budgeted = hasBudgets(report);
    const lines = [verdictLine(report), ''];
    if (report.configNote)
        lines.push(`note: ${escapeText(report.configNote, 400)}`, '');
    if (report.budgetChanges.length > 0) {
        lines.push(`budgets changed in this pull request (${report.configSource === 'head' ? 'applied here' : "the base's apply until it is merged"}):`);
        for (const c of report.budgetChanges)
            lines.push(`  ${escapeText(c.scope)}, ${escapeText(c.setting)}: ${c.before === null ? 'not set' : escapeText(c.before)} -> ${c.after === null ? 'not set' : escapeText(c.after)}`);
        lines.push('');
    }
    for (const m of report.models) {
        const name = m.name ? `${escapeText(m.name)}: ` : '';
        const status = statusText(m, (p) => escapeText(p));
        lines.push(`[${text_MARK[m.verdict]}] ${name}${escapeText(m.path)} (${status})`);
        if (m.noWeights !== undefined) {
            lines.push(`  no weights: ${escapeText(m.noWeights, 300)}`, ...m.notes.map((n) => `  note: ${escapeText(n, 400)}`), '');
            continue;
        }
        if (m.shapes && m.shapes.length > 0)
            lines.push(`  measured at ${m.shapes.map((t) => escapeText(t, 120)).join(', ')}`);
        for (const w of m.warnings ?? [])
            lines.push(`  WARN ${escapeText(w, 400)}`);
        if (m.error)
            lines.push(`  could not measure: ${escapeText(m.error, 400)}`);
        const table = m.rows.map((r) => [
            METRIC_LABELS[r.metric],
            cell(r.base, r.baseLowerBound, r.unit, r.baseNotAvailable),
            m.error && r.head === null ? 'not measured' : cell(r.head, r.headLowerBound, r.unit, r.headNotAvailable),
            text_change(r, m.status === 'deleted'),
            r.budget === null ? '' : `${escapeText(r.budget, 200)}${r.level === 'warning' ? ' (warning)' : r.level === 'off' ? ' (off)' : ''}`,
            r.budget === null && r.status === 'ok' ? '' : text_MARK[r.status],
        ]);
        if (table.length > 0) {
            const header = ['metric', 'base', 'head', 'change', 'budget', 'status'].slice(0, budgeted ? 6 : 4);
            if (!budgeted)
                for (const row of table)
                    row.length = 4;
            lines.push(...aligned(header, table, [0, 4]));
        }
        for (const r of m.rows)
            for (const why of r.reasons)
                lines.push(`  ${text_MARK[r.status]} ${METRIC_LABELS[r.metric]}: ${escapeText(why, 400)}`);
        lines.push(...pointDetailsText(m));
        for (const n of m.notes)
            lines.push(`  note: ${escapeText(n, 400)}`);
        for (const mod of m.why?.modules ?? []) {
            lines.push(`  module ${escapeText(mod.name)}: params ${formatAmount(mod.baseParams, 'count')} -> ${formatAmount(mod.headParams, 'count')} (${formatDelta(mod.headParams - mod.baseParams, 'count')})`);
        }
        if (m.why)
            lines.push(...whyText(m.why, m.status === 'added'));
        lines.push('');
    }
    for (const e of budgetsOnlyOnNoWeights(report.models))
        lines.push(`note: the budgets of ${escapeText(e.name)} (${e.budgets.map((b) => escapeText(b, 100)).join(', ')}) matched only files with no weights: nothing was checked against them`);
    if (report.ignored.length > 0)
        lines.push(`ignored by the config: ${report.ignored.map((p) => escapeText(p)).join(', ')}`);
    return `${lines.join('\n').trimEnd()}\n`;
}

;// CONCATENATED MODULE: ./build/src/report/index.js




// EXTERNAL MODULE: ./build/src/io/exec.js
var exec = __webpack_require__(261);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./build/src/io/github.js




class GitHubApiError extends errors/* EnvironmentError */.eG {
    method;
    path;
    status;
    detail;
    attempts;
    rateLimited;
    name = 'GitHubApiError';
    constructor(method, path, status, detail, attempts = 1, rateLimited = false) {
        super(`GitHub API ${method} ${path} failed with ${status === 0 ? 'a network error' : `HTTP ${status}`}${attempts > 1 ? ` after ${attempts} attempts` : ''}: ${detail}`);
        this.method = method;
        this.path = path;
        this.status = status;
        this.detail = detail;
        this.attempts = attempts;
        this.rateLimited = rateLimited;
    }
}
const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
const MAX_RETRY_AFTER_S = 120;
const MAX_PAGES = 100;
function messageOf(data) {
    let text = 'no error message';
    if (data && typeof data === 'object' && typeof data.message === 'string') {
        text = data.message;
    }
    else if (typeof data === 'string' && data.trim()) {
        text = data;
    }
    return JSON.stringify(text.trim().slice(0, 200)).slice(1, -1);
}
function cappedFetch(inner, max) {
    return async (input, init) => {
        const res = await inner(input, init);
        const declared = Number(res.headers.get('content-length'));
        if (declared > max) {
            await res.body?.cancel();
            throw new Error(`response of ${declared} bytes, more than the ${max} this action reads`);
        }
        if (!res.body)
            return res;
        const chunks = [];
        let size = 0;
        for await (const chunk of res.body) {
            size += chunk.byteLength;
            if (size > max)
                throw new Error(`response larger than the ${max} bytes this action reads`);
            chunks.push(chunk);
        }
        const capped = new Response(Buffer.concat(chunks), { status: res.status, statusText: res.statusText, headers: res.headers });
        Object.defineProperty(capped, 'url', { value: res.url });
        return capped;
    };
}
function guard(origin, log, attempts) {
    return (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            const url = new URL(options.url, origin);
            if (url.origin !== origin) {
                throw new Error(`refusing a request to ${url.origin}: only ${origin} gets the token`);
            }
            const key = `${options.method} ${url.pathname}`;
            attempts.set(key, (attempts.get(key) ?? 0) + 1);
            try {
                return await request(options);
            }
            catch (e) {
                const err = e;
                if (typeof err.status === 'number' && err.status >= 500) {
                    const what = err.response ? `HTTP ${err.status}` : `network error (${messageOf({ message: String(err.message) })})`;
                    log(`GitHub API ${options.method} ${url.pathname}: ${what}; retried while attempts are left`);
                }
                throw e;
            }
        });
    };
}
const NO_SPACING = { key: () => ({ schedule: (_options, job, ...args) => job(...args) }) };
class GitHubClient {
    apiUrl;
    graphqlUrl;
    octokit;
    log;
    retries;
    attempts = new Map();
    constructor(token, apiUrl, graphqlUrl, options = {}) {
        this.apiUrl = apiUrl;
        this.graphqlUrl = graphqlUrl;
        this.log = options.log ?? (() => undefined);
        this.retries = options.retries ?? 3;
        const envBase = process.env['MODEL_BUDGET_RETRY_BASE_MS'];
        const testWaits = options.msPerSecond === undefined && envBase !== undefined && /^\d+$/.test(envBase);
        const msPerSecond = options.msPerSecond ?? (testWaits ? Number(envBase) : 1000);
        const onLimit = (kind) => (retryAfter, o, _octokit, retryCount) => {
            const where = `GitHub API ${o.method} ${new URL(o.url, this.apiUrl).pathname}`;
            if (retryAfter > MAX_RETRY_AFTER_S) {
                this.log(`${where}: ${kind}; the server asks to wait ${retryAfter} s, longer than the ${MAX_RETRY_AFTER_S} s this action waits`);
                return false;
            }
            if (retryCount >= this.retries)
                return false;
            this.log(`${where}: ${kind}; retry ${retryCount + 1}/${this.retries} in ${retryAfter} s`);
            return true;
        };
        const throttle = {
            retryAfterBaseValue: msPerSecond,
            onRateLimit: onLimit('rate limit exceeded'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            ...(msPerSecond < 1000 ? { write: NO_SPACING, notifications: NO_SPACING } : {}),
        };
        const origin = new URL(apiUrl).origin;
        const baseUrl = apiUrl.replace(/\/+$/, '');
        const defaults = (0,github/* getOctokit */.Q)(token, { baseUrl }).request.endpoint.DEFAULTS.request ?? {};
        const request = { agent: defaults.agent, fetch: cappedFetch(defaults.fetch ?? fetch, MAX_RESPONSE_BYTES) };
        this.octokit = (0,github/* getOctokit */.Q)(token, { baseUrl, request, throttle, retry: { retryAfterBaseValue: msPerSecond, retries: this.retries } }, guard(origin, this.log, this.attempts), dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    }
    shown(url) {
        const base = this.apiUrl.replace(/\/+$/, '');
        return url.startsWith(base) ? url.slice(base.length) : url;
    }
    failure(method, url, e, attempts) {
        const err = e;
        const status = typeof err.status === 'number' && err.response ? err.status : 0;
        let detail = status ? messageOf(err.response?.data) : messageOf({ message: String(err.message ?? e) });
        const headers = err.response?.headers ?? {};
        const rateLimited = (status === 403 || status === 429) && (headers['x-ratelimit-remaining'] === '0' || /secondary rate limit/i.test(detail));
        if (rateLimited) {
            const after = Number(headers['retry-after']) || Math.ceil(Number(headers['x-ratelimit-reset']) - Date.now() / 1000);
            detail = after > MAX_RETRY_AFTER_S
                ? `rate limited; the server asks to wait ${after} s, longer than the ${MAX_RETRY_AFTER_S} s this action waits`
                : `rate limited (${detail})`;
        }
        return new GitHubApiError(method, this.shown(url), status, detail, attempts, rateLimited);
    }
    url(path) {
        return /^https?:\/\//.test(path) ? path : `${this.apiUrl.replace(/\/+$/, '')}${path}`;
    }
    async request(method, path, body) {
        const url = this.url(path);
        const key = `${method} ${new URL(url).pathname}`;
        this.attempts.delete(key);
        try {
            const r = await this.octokit.request(`${method} ${url}`, body === undefined ? {} : { data: body });
            return { status: r.status, headers: r.headers, data: r.data };
        }
        catch (e) {
            throw this.failure(method, url, e, this.attempts.get(key) ?? 1);
        }
        finally {
            this.attempts.delete(key);
        }
    }
    async paginate(path, maxItems = MAX_PAGES * 100) {
        const url = this.url(path);
        const items = [];
        let pages = 0;
        const key = `GET ${new URL(url).pathname}`;
        this.attempts.delete(key);
        try {
            for await (const page of this.octokit.paginate.iterator(`GET ${url}`, { per_page: 100 })) {
                this.attempts.delete(key);
                pages++;
                const data = page.data;
                if (!Array.isArray(data))
                    throw new GitHubApiError('GET', this.shown(url), page.status, 'expected a JSON array');
                for (const item of data) {
                    if (items.length >= maxItems)
                        return { items, truncated: true };
                    if (item !== null && typeof item === 'object' && !Array.isArray(item))
                        items.push(item);
                }
                const more = /rel="next"/.test(String(page.headers.link ?? ''));
                if (more && (items.length >= maxItems || pages >= MAX_PAGES)) {
                    this.log(`GitHub API GET ${this.shown(url)}: stopped after ${pages} pages (${items.length} items)`);
                    return { items, truncated: true };
                }
            }
        }
        catch (e) {
            if (e instanceof GitHubApiError)
                throw e;
            throw this.failure('GET', url, e, this.attempts.get(key) ?? 1);
        }
        finally {
            this.attempts.delete(key);
        }
        return { items, truncated: false };
    }
    async graphql(query, variables) {
        const r = await this.request('POST', this.graphqlUrl, { query, variables });
        const data = r.data;
        if (data === null || typeof data !== 'object')
            throw new GitHubApiError('POST', 'graphql', r.status, 'expected a JSON object');
        if (Array.isArray(data.errors) && data.errors.length > 0) {
            throw new GitHubApiError('POST', 'graphql', r.status, data.errors.map((e) => messageOf(e)).join('; '));
        }
        return data.data;
    }
}
function graphqlUrlFor(apiUrl) {
    const base = apiUrl.replace(/\/+$/, '');
    return base.endsWith('/api/v3') ? `${base.slice(0, -'/v3'.length)}/graphql` : `${base}/graphql`;
}

// EXTERNAL MODULE: ./build/src/io/git.js + 1 modules
var io_git = __webpack_require__(8509);
;// CONCATENATED MODULE: ./build/src/io/baseline.js




class BaselineError extends errors/* EnvironmentError */.eG {
    name = 'BaselineError';
}
function get(obj, ...keys) {
    let cur = obj;
    for (const k of keys) {
        if (!cur || typeof cur !== 'object')
            return undefined;
        cur = cur[k];
    }
    return cur;
}
function shaAt(obj, ...keys) {
    const v = get(obj, ...keys);
    return typeof v === 'string' && (0,io_git/* isSha */.HH)(v) && v !== io_git/* ZERO_SHA */.gy ? v : null;
}
function isPullRequestEvent(name) {
    return name === 'pull_request' || name === 'pull_request_target';
}
async function resolveRef(git, ref, log) {
    const problem = (0,io_git/* refProblem */.Tb)(ref);
    if (problem !== null)
        throw new BaselineError(`base-ref '${ref}' is not a valid git ref or SHA: ${problem}`);
    if ((0,io_git/* isSha */.HH)(ref)) {
        await git.ensureCommit(ref);
        return ref;
    }
    for (const candidate of [`refs/remotes/origin/${ref}`, ref]) {
        const sha = await git.resolveCommit(candidate);
        if (sha)
            return sha;
    }
    if (/[~^]/.test(ref))
        throw new BaselineError(`base-ref '${ref}' is not in the local clone`);
    log(`base-ref '${ref}' is not in the local clone; fetching it alone: git fetch --no-tags --depth=1 origin ${ref}`);
    const r = await (0,exec/* runCommand */.d1)('git', ['fetch', '--no-tags', '--depth=1', '--end-of-options', 'origin', ref], { cwd: git.cwd, timeoutMs: 300_000 });
    const fetched = r.code === 0 ? await git.resolveCommit('FETCH_HEAD') : null;
    if (!fetched)
        throw new BaselineError(`base-ref '${ref}' is neither a local ref nor fetchable from origin: ${r.stderr.trim().split('\n')[0] ?? ''}`);
    return fetched;
}
async function firstParentOf(git, sha) {
    const parents = await git.parents(sha);
    return parents[0] ?? null;
}
function eventHeadSha(event) {
    if (isPullRequestEvent(event.eventName))
        return shaAt(event.payload, 'pull_request', 'head', 'sha');
    if (event.eventName === 'push')
        return shaAt(event.payload, 'after');
    if (event.eventName === 'merge_group')
        return shaAt(event.payload, 'merge_group', 'head_sha');
    return null;
}
async function resolveBaseline(git, event, opts, client, log) {
    const headHead = await git.resolveCommit('HEAD');
    const isPr = isPullRequestEvent(event.eventName);
    const payload = event.payload;
    let headSha = opts.headSha || eventHeadSha(event);
    headSha ??= (0,io_git/* isSha */.HH)(event.sha) ? event.sha : headHead;
    if (!headSha)
        throw new BaselineError('cannot tell the head commit: no head-sha input, no GITHUB_SHA and no HEAD');
    await git.ensureCommit(headSha);
    const prFromPayload = get(payload, 'pull_request', 'number');
    const prNumber = opts.prNumber ?? (isPr && typeof prFromPayload === 'number' ? prFromPayload : null);
    let baseTip = null;
    let baseSha;
    if (opts.baseRef) {
        baseTip = await resolveRef(git, opts.baseRef, log);
    }
    else if (isPr) {
        baseTip = shaAt(payload, 'pull_request', 'base', 'sha');
        if (!baseTip)
            throw new BaselineError('the pull_request event has no pull_request.base.sha');
    }
    if (baseTip && (isPr || opts.baseRef)) {
        baseSha = (await git.hasCommit(baseTip)) ? await git.mergeBase(baseTip, headSha) : null;
        if (!baseSha && client && event.repo) {
            try {
                const r = await client.request('GET', `/repos/${event.repo.owner}/${event.repo.repo}/compare/${baseTip}...${headSha}`);
                const mb = r.data.merge_base_commit?.sha;
                if (mb && (0,io_git/* isSha */.HH)(mb)) {
                    baseSha = mb;
                    log(`Merge base from the compare API (local history too short): ${mb}`);
                }
            }
            catch (e) {
                log(`Could not ask the compare API for the merge base: ${e.message}`);
            }
        }
        if (!baseSha) {
            log(`Could not compute the merge base of ${baseTip} and ${headSha}; comparing with ${baseTip} itself`);
            baseSha = baseTip;
        }
    }
    else if (event.eventName === 'push') {
        const before = shaAt(payload, 'before');
        baseSha = before && before !== headSha ? before : await firstParentOf(git, headSha);
        if (baseSha === before && before) {
            try {
                await git.ensureCommit(before);
            }
            catch (e) {
                log(`The push's previous commit ${before} cannot be fetched (${e.message}); comparing with the first parent instead`);
                baseSha = await firstParentOf(git, headSha);
            }
        }
    }
    else if (event.eventName === 'merge_group') {
        baseSha = shaAt(payload, 'merge_group', 'base_sha') ?? (await firstParentOf(git, headSha));
    }
    else {
        baseSha = await firstParentOf(git, headSha);
    }
    if (baseSha)
        await git.ensureCommit(baseSha);
    if (isPr || opts.baseRef)
        log(`Base: ${baseTip}${baseSha !== baseTip ? ` (merge base ${baseSha})` : ''}; head: ${headSha}`);
    else
        log(`Base: ${baseSha ?? '(none: root commit, every model is new)'}; head: ${headSha}`);
    return { prNumber, baseTip, baseSha, headSha, headIsWorkingTree: headHead === headSha, ...(opts.baseRef ? { baseFromInput: true } : {}) };
}
const PR_FILES_API_LIMIT = 3000;
function usablePrFile(f) {
    const prev = f.previous_filename;
    const usable = (name) => typeof name === 'string' && name !== '' && !name.includes('\ufffd');
    return usable(f.filename) && (prev === undefined || prev === null || usable(prev));
}
async function listPrFiles(client, repo, pr, log) {
    try {
        return await client.paginate(`/repos/${repo.owner}/${repo.repo}/pulls/${pr}/files`, PR_FILES_API_LIMIT);
    }
    catch (e) {
        if (!(e instanceof GitHubApiError && (e.status === 403 || e.status === 404)))
            throw e;
        log(`Cannot list the pull request's files (${e.message}); using git diff --name-status instead`);
        return null;
    }
}
async function changedFiles(git, baseline, event, client, log) {
    if (baseline.baseSha === null) {
        const files = await git.listFiles(baseline.headSha);
        return files.map((path) => ({ status: 'added', path }));
    }
    if (baseline.prNumber !== null && client && event.repo && isPullRequestEvent(event.eventName) && !baseline.baseFromInput) {
        const listed = await listPrFiles(client, event.repo, baseline.prNumber, log);
        if (listed && (listed.truncated || listed.items.length >= PR_FILES_API_LIMIT)) {
            log(`The pull request changes ${PR_FILES_API_LIMIT} or more files (the API's limit); using git diff --name-status instead`);
        }
        else if (listed && !listed.items.every(usablePrFile)) {
            log('The pull request API listed a file without a usable name; using git diff --name-status instead');
        }
        else if (listed) {
            log(`Changed files from the pull request API: ${listed.items.length}`);
            const out = [];
            for (const f of listed.items) {
                if (f.status === 'unchanged')
                    continue;
                if (f.status === 'renamed' && f.previous_filename)
                    out.push({ status: 'renamed', path: f.filename, previousPath: f.previous_filename });
                else if (f.status === 'removed')
                    out.push({ status: 'removed', path: f.filename });
                else if (f.status === 'added' || f.status === 'copied')
                    out.push({ status: 'added', path: f.filename });
                else
                    out.push({ status: 'modified', path: f.filename });
            }
            return out;
        }
    }
    const files = await git.diffNameStatus(baseline.baseSha, baseline.headSha);
    log(`Changed files from git diff ${baseline.baseSha.slice(0, 12)}..${baseline.headSha.slice(0, 12)}: ${files.length}`);
    return files;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./build/src/formats/contained-file.js
var contained_file = __webpack_require__(4750);
;// CONCATENATED MODULE: ./build/src/budget/shard.js



const MAX_SHARDS = 256;
function parseShard(text, label) {
    const m = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(text);
    const bad = (why) => {
        throw new errors/* UsageError */.eb(`${label}: '${text.slice(0, 40)}' ${why}`);
    };
    if (!m)
        return bad('should look like i/n, e.g. 2/8 (shard i of n, counted from 1)');
    const index = Number(m[1]);
    const count = Number(m[2]);
    if (count < 1 || count > MAX_SHARDS)
        return bad(`has n = ${count}; n must be 1 to ${MAX_SHARDS} (a matrix has at most ${MAX_SHARDS} jobs)`);
    if (index < 1 || index > count)
        return bad(`has i = ${index}; i must be 1 to n (${count})`);
    return { index, count };
}
function shardKeys(keys, spec) {
    const sorted = [...new Set(keys)].sort();
    return new Set(sorted.filter((_, i) => i % spec.count === spec.index - 1));
}
function shardPaths(paths, spec) {
    const keys = shardKeys(paths.map(clipText), spec);
    return new Set(paths.filter((p) => keys.has(clipText(p))));
}
class ShardMergeError extends errors/* UsageError */.eb {
    name = 'ShardMergeError';
}
function sameRun(info, report) {
    const { configFile, configSource, configNote, budgetChanges, minChange } = report;
    return JSON.stringify([info.count, info.models, info.baseSha, info.headSha, info.settings, info.level, configFile, configSource, configNote, budgetChanges, minChange ?? null]);
}
function differs(a, b, ra, rb) {
    if (a.count !== b.count)
        return `is shard ${b.index}/${b.count}, others are of ${a.count}`;
    if (a.headSha !== b.headSha || a.baseSha !== b.baseSha)
        return `compares ${b.baseSha ?? 'no base'}..${b.headSha ?? 'the working tree'}, others ${a.baseSha ?? 'no base'}..${a.headSha ?? 'the working tree'}`;
    if (a.settings !== b.settings || ra.configFile !== rb.configFile || ra.configSource !== rb.configSource)
        return 'was run with another config or other options';
    if (JSON.stringify(a.models) !== JSON.stringify(b.models))
        return `lists other changed models (${b.models.length}, others ${a.models.length})`;
    return 'disagrees with the other shards on the config (note, budget changes or min-change)';
}
class ShardMerger {
    shards = [];
    seen = new Map();
    run = '';
    add({ name, report }) {
        if (!report.shard)
            throw new ShardMergeError(`${name}: not a partial report (no shard); run the shards with shard: i/n`);
        const s = { name, report, info: report.shard };
        const first = this.shards[0];
        if (first === undefined)
            this.run = sameRun(s.info, report);
        else if (sameRun(s.info, report) !== this.run)
            throw new ShardMergeError(`${name}: not a shard of the same run as ${first.name}: it ${differs(first.info, s.info, first.report, report)}`);
        const other = this.seen.get(s.info.index);
        if (other !== undefined)
            throw new ShardMergeError(`${name}: shard ${s.info.index}/${s.info.count} again (also ${other})`);
        const { count, models: keys } = s.info;
        const expected = shardKeys(keys, s.info);
        const got = [...report.models.map((m) => m.path), ...report.ignored];
        const extra = got.find((p) => !expected.has(p));
        if (extra !== undefined)
            throw new ShardMergeError(`${name}: reports ${JSON.stringify(extra)}, which is not in shard ${s.info.index}/${count}`);
        if (got.length !== expected.size || new Set(got).size !== got.length) {
            const absent = [...expected].find((p) => !got.includes(p));
            throw new ShardMergeError(`${name}: shard ${s.info.index}/${count} ${absent !== undefined ? `leaves out ${JSON.stringify(absent)}` : 'reports a model twice'}`);
        }
        this.seen.set(s.info.index, name);
        this.shards.push(s);
    }
    merge() {
        const { shards } = this;
        const first = shards[0];
        if (first === undefined)
            throw new ShardMergeError('no partial reports to merge');
        const { count, models: keys } = first.info;
        const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !this.seen.has(i));
        if (missing.length)
            throw new ShardMergeError(`shard${missing.length > 1 ? 's' : ''} ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', ...' : ''} of ${count} missing (have ${shards.length} report${shards.length === 1 ? '' : 's'})`);
        const order = new Map(keys.map((k, i) => [k, i]));
        const models = shards.flatMap((s) => s.report.models).sort(compareModels);
        const ignored = shards.flatMap((s) => s.report.ignored).sort((a, b) => order.get(a) - order.get(b));
        const { violations, warnings } = countFindings(models, first.info.level);
        const { shard: _shard, ...rest } = first.report;
        const report = { ...rest, passed: violations === 0, violations, warnings, ignored, ...modelSummary(models) };
        return { report, baseSha: first.info.baseSha, headSha: first.info.headSha, count };
    }
}
function mergeShardReports(parts) {
    const merger = new ShardMerger();
    for (const p of parts)
        merger.add(p);
    return merger.merge();
}

// EXTERNAL MODULE: ./build/src/io/sources.js
var sources = __webpack_require__(9008);
;// CONCATENATED MODULE: ./build/src/io/contained-read.js



class FileTooLargeError extends contained_file/* UnsafeFileError */.h {
    name = 'FileTooLargeError';
}
async function readContainedFile(path, options) {
    const found = (0,contained_file/* containedFile */.or)(path, options.within, options.withinName);
    if (found === null)
        return null;
    if (found.size > options.maxBytes)
        throw new FileTooLargeError(options.tooLarge);
    let bytes;
    try {
        bytes = await (0,sources/* readPrefix */.fr)(found.real, options.maxBytes + 1, path);
    }
    catch (e) {
        if (e instanceof errors/* ModelFileError */.EO)
            throw new contained_file/* UnsafeFileError */.h(e.detail);
        throw new contained_file/* UnsafeFileError */.h(`cannot read it: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
    if (bytes.length > options.maxBytes)
        throw new FileTooLargeError(options.tooLarge);
    return bytes;
}

;// CONCATENATED MODULE: ./build/src/io/json-input.js
const MAX_JSON_DEPTH = 64;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;
function nestsDeeperThan(bytes, limit) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i];
        if (inString) {
            if (b === BACKSLASH)
                i++;
            else if (b === QUOTE)
                inString = false;
        }
        else if (b === QUOTE) {
            inString = true;
        }
        else if (b === OPEN_ARRAY || b === OPEN_OBJECT) {
            if (++depth > limit)
                return true;
        }
        else if (b === CLOSE_ARRAY || b === CLOSE_OBJECT) {
            depth--;
        }
    }
    return false;
}
function parseJsonInput(bytes, maxDepth = MAX_JSON_DEPTH) {
    if (nestsDeeperThan(bytes, maxDepth))
        return { problem: `not JSON of ours: nested deeper than ${maxDepth} levels` };
    try {
        return { value: JSON.parse(bytes.toString('utf8')) };
    }
    catch (e) {
        return { problem: `not JSON: ${e.message.split('\n')[0]}` };
    }
}

;// CONCATENATED MODULE: ./build/src/io/real-path.js



function isAhead(e, at) {
    const code = e.code;
    return (code === 'ENOENT' || code === 'ENOTDIR') && (0,external_node_path_.dirname)(at) !== at;
}
async function realPathAhead(path) {
    const full = (0,external_node_path_.resolve)(path);
    for (let at = full;; at = (0,external_node_path_.dirname)(at)) {
        try {
            return (0,external_node_path_.join)(await (0,promises_.realpath)(at), (0,external_node_path_.relative)(at, full));
        }
        catch (e) {
            if (!isAhead(e, at))
                throw e;
        }
    }
}
function realPathAheadSync(path) {
    const full = resolve(path);
    for (let at = full;; at = dirname(at)) {
        try {
            return join(realpathSync(at), relative(at, full));
        }
        catch (e) {
            if (!isAhead(e, at))
                throw e;
        }
    }
}

;// CONCATENATED MODULE: ./build/src/io/report-file.js








const MAX_REPORT_BYTES = 16 * 1024 * 1024;
class ReportFileError extends errors/* UsageError */.eb {
    name = 'ReportFileError';
    constructor(shown, detail, label = 'report-path ') {
        super(`${label}${JSON.stringify(shown)}: ${detail}`);
    }
}
async function readGateReport(path, shown, options = {}) {
    const label = options.label ?? 'report-path ';
    const fail = (detail) => new ReportFileError(shown, detail, label);
    let bytes;
    try {
        bytes = await readContainedFile(path, {
            within: options.within ?? null,
            withinName: 'the workspace',
            maxBytes: MAX_REPORT_BYTES,
            tooLarge: `larger than ${MAX_REPORT_BYTES / 1024 / 1024} MiB, more than a gate report can be`,
        });
    }
    catch (e) {
        if (e instanceof contained_file/* UnsafeFileError */.h)
            throw fail(e.reason);
        throw e;
    }
    if (bytes === null)
        throw fail('file not found (was the report artifact downloaded?)');
    const parsed = parseJsonInput(bytes);
    if ('problem' in parsed)
        throw fail(parsed.problem);
    try {
        return validateGateReport(parsed.value);
    }
    catch (e) {
        if (e instanceof errors/* ModelBudgetError */.jW)
            throw fail(e.message);
        throw e;
    }
}
async function writeReportFile(path, shown, text, options = {}) {
    const fail = (detail) => new ReportFileError(shown, detail, options.label);
    const dir = (0,external_node_path_.dirname)(path);
    const within = options.within === undefined ? null : (0,external_node_path_.resolve)(options.within);
    const confined = within !== null && (0,contained_file/* isInside */.FK)(within, (0,external_node_path_.resolve)(path));
    const escapes = async () => {
        if (!confined)
            return false;
        const [realWithin, realDir] = await Promise.all([(0,promises_.realpath)(within), realPathAhead(dir)]);
        return !(0,contained_file/* isInside */.FK)(realWithin, realDir);
    };
    if (within !== null && (0,external_node_path_.resolve)(path) === within)
        throw fail('is the workspace folder itself, not a file: not written');
    const outside = 'lies below a symbolic link that leads outside the workspace: not written';
    const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
        if (await escapes())
            throw fail(outside);
        await (0,promises_.mkdir)(dir, { recursive: true });
        if (await escapes())
            throw fail(outside);
        await (0,promises_.writeFile)(tmp, text, { flag: 'wx' });
        await (0,promises_.rename)(tmp, path);
    }
    catch (e) {
        await (0,promises_.rm)(tmp, { force: true }).catch(() => undefined);
        if (e instanceof ReportFileError)
            throw e;
        const err = e;
        throw fail(`cannot write it (${err.code ?? (e instanceof Error ? e.message.split('\n')[0] : String(e))})`);
    }
}

;// CONCATENATED MODULE: ./build/src/io/shard-reports.js





const MAX_MERGE_BYTES = 256 * 1024 * 1024;
async function listReports(given, options) {
    const out = [];
    for (const shown of given) {
        const path = (0,external_node_path_.resolve)(options.cwd, shown);
        if (options.within !== undefined && !(0,contained_file/* isInside */.FK)((0,external_node_path_.resolve)(options.within), path)) {
            throw new ShardMergeError(`${options.label}${JSON.stringify(shown)}: lies outside the workspace`);
        }
        const st = await (0,promises_.stat)(path).catch(() => null);
        if (st?.isDirectory()) {
            const names = (await (0,promises_.readdir)(path)).filter((n) => n.endsWith('.json')).sort();
            if (names.length === 0)
                throw new ShardMergeError(`${options.label}${JSON.stringify(shown)}: no .json reports in this folder (was the artifact downloaded?)`);
            for (const n of names)
                out.push({ path: (0,external_node_path_.join)(path, n), shown: `${shown.replace(/\/+$/, '')}/${n}` });
        }
        else {
            out.push({ path, shown });
        }
        if (out.length > MAX_SHARDS)
            throw new ShardMergeError(`more than ${MAX_SHARDS} partial reports: a run has at most ${MAX_SHARDS} shards`);
    }
    return out;
}
async function mergeShardFiles(given, options) {
    const files = await listReports(given, options);
    const sizes = await Promise.all(files.map(async (f) => (await (0,promises_.stat)(f.path).catch(() => null))?.size ?? 0));
    const total = sizes.reduce((a, b) => a + b, 0);
    if (total > MAX_MERGE_BYTES) {
        const mib = (n) => `${Math.ceil(n / 1024 / 1024)} MiB`;
        throw new ShardMergeError(`${options.label}${given.map((g) => JSON.stringify(g)).join(', ')}: ${files.length} partial reports of ${mib(total)} in all, more than the ${mib(MAX_MERGE_BYTES)} a merge reads`);
    }
    const merger = new ShardMerger();
    for (const f of files) {
        const report = await readGateReport(f.path, f.shown, { label: options.label, ...(options.within !== undefined ? { within: options.within } : {}) });
        merger.add({ name: `${options.label}${JSON.stringify(f.shown)}`, report });
    }
    return merger.merge();
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./build/schema/profile.schema.json
const profile_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/model-budget/model-budget/schema/profile.schema.json","title":"model-budget profile (schemaVersion 2)","description":"What `model-budget profile --format json` prints for one model. Documented field by field in docs/json-schema.md. Counts are plain numbers (elements, MACs, FLOPs); byte sizes are bytes; times are seconds. A breaking change bumps schemaVersion; new optional fields may appear within version 2. A metric the model\'s format cannot measure is null (never 0) and `unavailable` says why.","type":"object","required":["schemaVersion","model","inputs","outputs","params","opHistogram","unknownOps","warnings"],"additionalProperties":false,"properties":{"schemaVersion":{"const":2},"model":{"type":"object","required":["path","format","formatVersion","fileBytes","externalDataBytes","producer","opsets"],"additionalProperties":false,"properties":{"path":{"type":"string","description":"The model path as given (or its display name)."},"format":{"enum":["onnx","pytorch","safetensors","gguf","tflite","tensorflow","keras"],"description":"The format the file was read as (magic bytes first, extension second)."},"formatVersion":{"type":"string","description":"The file\'s own version as shown in reports (\'IR 8\' for ONNX); \'\' when it has none."},"fileBytes":{"$ref":"#/$defs/count","description":"Size of the model file itself."},"externalDataBytes":{"$ref":"#/$defs/count","description":"Bytes of the side files read with the model: ONNX external data, other shards of a set, config.json (0 when none)."},"producer":{"type":"string","description":"Tool that wrote the file, with its version (\'pytorch 1.13.1\'); \'\' when absent."},"opsets":{"type":"object","description":"Op set version by domain; the default domain is written \'ai.onnx\'. Empty for a file without a graph.","additionalProperties":{"type":"integer"}}}},"inputs":{"type":"array","items":{"$ref":"#/$defs/value"},"description":"Graph inputs that are not initializers."},"outputs":{"type":"array","items":{"$ref":"#/$defs/value"}},"params":{"type":"object","required":["total","bytes","byDtype","nonWeight"],"additionalProperties":false,"properties":{"total":{"$ref":"#/$defs/count","description":"Weight elements: for a graph, floating-point, complex and <=16-bit integer initializers and constant tensors, and wider integer ones holding quantized values, all graphs; for a weights file, elements of the unique parameter storages (tied weights and views count once; buffers and optimizer state apart)."},"bytes":{"$ref":"#/$defs/count","description":"Storage bytes of those elements at their real dtype."},"byDtype":{"type":"object","description":"Dtype name (float32, float16, int8, int4, q4_K, ...), followed by the quantization in parentheses when the file states one -> elements and bytes.","additionalProperties":{"$ref":"#/$defs/dtypeBytes"}},"nonWeight":{"$ref":"#/$defs/dtypeBytes","description":"The other int32/int64 and bool constants (shapes, indices, masks): not params."}}},"opHistogram":{"type":"object","description":"Op type -> node count over every graph (subgraphs included, local functions not expanded). Ops of other domains are keyed \'<domain>.<opType>\'.","additionalProperties":{"type":"integer","minimum":1}},"totals":{"type":["object","null"],"description":"Absent when shapes and costs were not computed (structure-only profile); null when the format cannot measure them (weights only): `unavailable` says why.","required":["macs","flops","memoryBytes","peakActivationBytes","lowerBound","lowerBoundReasons"],"additionalProperties":false,"properties":{"macs":{"$ref":"#/$defs/count","description":"Multiply-accumulates of contractions only."},"flops":{"$ref":"#/$defs/count","description":"2 * MACs + all other arithmetic (docs/metrics.md)."},"memoryBytes":{"$ref":"#/$defs/count","description":"Memory access: bytes read and written by the nodes."},"peakActivationBytes":{"$ref":"#/$defs/count","description":"Most activation bytes live at once (weights excluded)."},"peakActivationNode":{"type":"string","description":"Node during which the peak is reached (\'\' when it is the graph inputs alone)."},"lowerBound":{"type":"boolean","description":"True when some work could not be counted: every total is then a lower bound."},"lowerBoundReasons":{"type":"array","items":{"type":"string"}},"lowerBoundMetrics":{"type":"array","uniqueItems":true,"items":{"enum":["macs","flops","memory","peak-memory","latency"]},"description":"Which totals are lower bounds: all of them when some node could not be costed, [\\"peak-memory\\"] when only a value\'s size is unknown (a string tensor), [] when exact. Absent in profiles written before it."},"exact":{"$ref":"#/$defs/exact"}}},"byOpType":{"type":"array","description":"Per (domain, op type) sums over the main-graph nodes, sorted by FLOPs descending; rows add up to totals.","items":{"type":"object","required":["opType","domain","count","macs","flops","memoryBytes"],"additionalProperties":false,"properties":{"opType":{"type":"string"},"domain":{"type":"string","description":"\'\' for the default ONNX domain."},"count":{"type":"integer","minimum":1},"macs":{"$ref":"#/$defs/count"},"flops":{"$ref":"#/$defs/count"},"memoryBytes":{"$ref":"#/$defs/count"},"exact":{"$ref":"#/$defs/exact"}}}},"nodes":{"type":"array","description":"Every node in execution order, control-flow body nodes after their owner (scope says where). Absent when the per-node table was not requested.","items":{"type":"object","required":["name","opType","domain","scope","outputShapes","params","macs","flops","memoryBytes","status"],"additionalProperties":false,"properties":{"name":{"type":"string","description":"Node name; unnamed nodes get \'<opType>@<index>\'."},"opType":{"type":"string"},"domain":{"type":"string"},"scope":{"type":"string","description":"\'\' for the main graph; \'<node>/<attribute>\' path for subgraph nodes; a function name for expanded local-function nodes."},"outputShapes":{"type":"array","items":{"oneOf":[{"type":"null"},{"type":"array","items":{"$ref":"#/$defs/dim"}}]}},"params":{"$ref":"#/$defs/count","description":"Weight elements of the constant inputs this node reads."},"macs":{"$ref":"#/$defs/count"},"flops":{"$ref":"#/$defs/count"},"memoryBytes":{"$ref":"#/$defs/count"},"status":{"enum":["ok","unknown-op","unresolved","error","lower-bound"]},"note":{"type":"string"},"latencySeconds":{"type":"number","minimum":0,"description":"Roofline time of a main-graph node, when hardware was given."},"inTotals":{"const":false,"description":"Present (false) on nodes inside a control-flow body: their cost is already in their If/Loop/Scan node\'s, so sums over nodes skip them."},"exact":{"$ref":"#/$defs/exact"}}}},"formulas":{"type":"object","description":"Each cost metric as an exact polynomial of the free symbolic dims (issue 15), or why there is none with the sampled values. Present from `model-budget profile` when the model has dims left free.","required":["dims","fixed","metrics"],"additionalProperties":false,"properties":{"dims":{"type":"array","items":{"type":"string"}},"fixed":{"type":"object","additionalProperties":{"type":"integer"}},"note":{"type":"string"},"metrics":{"type":"object","additionalProperties":false,"properties":{"macs":{"$ref":"#/$defs/metricFormula"},"flops":{"$ref":"#/$defs/metricFormula"},"memoryBytes":{"$ref":"#/$defs/metricFormula"},"peakActivationBytes":{"$ref":"#/$defs/metricFormula"}}}}},"roofline":{"type":"object","description":"Present when hardware was given (--hardware or --peak-flops/--bandwidth).","required":["hardware","peakFlops","bandwidth","latencySeconds","arithmeticIntensity","computeBoundNodes","memoryBoundNodes"],"additionalProperties":false,"properties":{"hardware":{"type":"string","description":"Preset id, \'custom\', or \'<id>+custom\' when a preset number was overridden."},"hardwareName":{"type":"string"},"peakFlops":{"type":"number","exclusiveMinimum":0,"description":"FLOP/s."},"bandwidth":{"type":"number","exclusiveMinimum":0,"description":"Bytes/s."},"latencySeconds":{"type":"number","minimum":0},"arithmeticIntensity":{"type":"number","minimum":0,"description":"Total FLOPs / total memory bytes (0 when no bytes move)."},"ridgePoint":{"type":"number","exclusiveMinimum":0,"description":"peakFlops / bandwidth, FLOP per byte."},"computeBoundNodes":{"type":"integer","minimum":0},"memoryBoundNodes":{"type":"integer","minimum":0}}},"unavailable":{"type":"object","description":"Metrics this model\'s format cannot measure, and why (reports show them as n/a, never 0).","required":["metrics","reason"],"additionalProperties":false,"properties":{"metrics":{"type":"array","items":{"enum":["macs","flops","memory","peak-memory","latency"]}},"reason":{"type":"string"}}},"weights":{"type":"object","description":"Present for weights-only formats (PyTorch, safetensors, GGUF, TensorFlow) and for Keras, whose graph profile also tells weights apart (BatchNorm statistics, optimizer variables).","required":["tensors","buffers","optimizer","modules","metadata"],"additionalProperties":false,"properties":{"tensors":{"type":"integer","minimum":0,"description":"Stored tensors of every role."},"buffers":{"$ref":"#/$defs/state","description":"Non-learned module state (BatchNorm running stats, num_batches_tracked): not params."},"optimizer":{"$ref":"#/$defs/state","description":"Optimizer state (Adam moments, momentum buffers): never params."},"modules":{"type":"array","description":"Params per module from dotted tensor names (every proper prefix), shallow modules first, then by params; at most 2000 rows.","items":{"type":"object","required":["name","params","bytes"],"additionalProperties":false,"properties":{"name":{"type":"string"},"params":{"$ref":"#/$defs/count"},"bytes":{"$ref":"#/$defs/count"}}}},"metadata":{"type":"object","additionalProperties":{"type":"string"},"description":"Metadata the file carries (safetensors __metadata__, GGUF general.*), as text."},"llm":{"type":"object","description":"Decoder-only LLM figures from the decoder hyper-parameters (config.json or GGUF metadata); formulas in docs/metrics.md.","required":["context","contextSource","macsPerToken","macs","kvCacheBytesPerToken","kvCacheBytesAtContext","kvCacheElementBytes"],"additionalProperties":false,"properties":{"context":{"type":"integer","minimum":1,"description":"Context length the figures are for."},"contextSource":{"enum":["config","model","default"],"description":"dims.context from the config, the model\'s maximum, or the default cap."},"macsPerToken":{"$ref":"#/$defs/count","description":"Multiply-accumulates to generate one token with `context` tokens cached."},"macs":{"type":"object","required":["attentionProjections","attentionScores","mlp","router","lmHead"],"additionalProperties":false,"properties":{"attentionProjections":{"$ref":"#/$defs/count"},"attentionScores":{"$ref":"#/$defs/count"},"mlp":{"$ref":"#/$defs/count"},"router":{"$ref":"#/$defs/count"},"lmHead":{"$ref":"#/$defs/count"}}},"kvCacheBytesPerToken":{"$ref":"#/$defs/count"},"kvCacheBytesAtContext":{"$ref":"#/$defs/count"},"kvCacheElementBytes":{"$ref":"#/$defs/count"},"moe":{"type":"object","required":["totalParams","activeParams","expertParams","expertParamsFrom"],"additionalProperties":false,"properties":{"totalParams":{"$ref":"#/$defs/count"},"activeParams":{"$ref":"#/$defs/count"},"expertParams":{"$ref":"#/$defs/count"},"expertParamsFrom":{"enum":["tensors","spec"]}}}}}}},"unknownOps":{"type":"array","description":"Ops without a definition, subgraphs included; never guessed.","items":{"type":"object","required":["domain","opType","count"],"additionalProperties":false,"properties":{"domain":{"type":"string"},"opType":{"type":"string"},"count":{"type":"integer","minimum":1}}}},"warnings":{"type":"array","items":{"type":"string"}}},"$defs":{"metricFormula":{"type":"object","required":["polynomial"],"additionalProperties":false,"properties":{"polynomial":{"type":"boolean"},"terms":{"type":"array","items":{"type":"object","required":["numerator","denominator","powers"],"additionalProperties":false,"properties":{"numerator":{"type":"string","description":"Exact integer as a decimal string (may pass 2^53)."},"denominator":{"type":"string"},"powers":{"type":"object","additionalProperties":{"type":"integer","minimum":1}}}}},"degree":{"type":"object","additionalProperties":{"type":"integer","minimum":0}},"reason":{"type":"string"},"values":{"type":"array","items":{"type":"object","required":["at","value"],"additionalProperties":false,"properties":{"at":{"type":"object","additionalProperties":{"type":"integer"}},"value":{"type":["number","null"]}}}}}},"count":{"type":"number","minimum":0},"exact":{"type":"object","description":"Exact decimal values of the sibling counts that are beyond 2^53 (Number.MAX_SAFE_INTEGER), where a JSON number read by a JS consumer is only the nearest double. Present only when at least one count needs it; the number fields keep their (rounded) values.","additionalProperties":false,"minProperties":1,"properties":{"macs":{"type":"string","pattern":"^[0-9]+$"},"flops":{"type":"string","pattern":"^[0-9]+$"},"memoryBytes":{"type":"string","pattern":"^[0-9]+$"},"peakActivationBytes":{"type":"string","pattern":"^[0-9]+$"}}},"dim":{"oneOf":[{"type":"integer","minimum":0},{"type":"string"}]},"state":{"type":"object","required":["tensors","elements","bytes"],"additionalProperties":false,"properties":{"tensors":{"type":"integer","minimum":0},"elements":{"$ref":"#/$defs/count"},"bytes":{"$ref":"#/$defs/count"}}},"dtypeBytes":{"type":"object","required":["elements","bytes"],"additionalProperties":false,"properties":{"elements":{"$ref":"#/$defs/count"},"bytes":{"$ref":"#/$defs/count"}}},"value":{"type":"object","required":["name","dtype","shape"],"additionalProperties":false,"properties":{"name":{"type":"string"},"dtype":{"type":["string","null"],"description":"Element type name (float32, int64, ...), null when the file gives none."},"shape":{"description":"Dims as stored in the file: integers, symbolic names, null for an unknown dim; null when the rank is unknown.","oneOf":[{"type":"null"},{"type":"array","items":{"oneOf":[{"type":"integer","minimum":0},{"type":"string"},{"type":"null"}]}}]},"boundShape":{"description":"The shape the numbers were computed at, when it differs from shape (strings: dims that stayed symbolic).","oneOf":[{"type":"null"},{"type":"array","items":{"$ref":"#/$defs/dim"}}]}}}}}');
;// CONCATENATED MODULE: ./build/src/io/profile-cache.js










const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
const ENTRY_FORMAT = 'model-budget-profile-cache/1';
let fingerprint;
function codeRoot(moduleFile) {
    const dir = (0,external_node_path_.dirname)(moduleFile);
    return (0,external_node_path_.basename)(moduleFile) === 'profile-cache.js' && (0,external_node_path_.basename)(dir) === 'io' ? (0,external_node_path_.dirname)(dir) : dir;
}
function fingerprintOf(root) {
    const files = [];
    const visit = (rel) => {
        for (const e of (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, rel), { withFileTypes: true })) {
            const p = rel === '' ? e.name : `${rel}/${e.name}`;
            if (e.isDirectory())
                visit(p);
            else if (e.isFile() && e.name.endsWith('.js'))
                files.push(p);
        }
    };
    visit('');
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const p of files.sort())
        hash.update(p).update('\0').update((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, p))).update('\0');
    return hash.digest('hex');
}
function codeFingerprint() {
    fingerprint ??= fingerprintOf(codeRoot((0,external_node_url_.fileURLToPath)(import.meta.url)));
    return fingerprint;
}
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        return `{${Object.keys(value).sort().filter((k) => value[k] !== undefined).map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
    }
    return JSON.stringify(value);
}
const profileValidator = lazyValidator(profile_schema_namespaceObject);
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
class ProfileCache {
    dir;
    log;
    version;
    stats = { hits: 0, misses: 0, rejected: 0, writes: 0 };
    constructor(dir, log = () => undefined, version = codeFingerprint()) {
        this.dir = dir;
        this.log = log;
        this.version = version;
    }
    key(parts) {
        return canonical({ format: ENTRY_FORMAT, code: this.version, model: parts.model, path: parts.path, runs: parts.runs });
    }
    fileOf(key) {
        return (0,external_node_path_.join)(this.dir, `${(0,external_node_crypto_.createHash)('sha256').update(key).digest('hex')}.json`);
    }
    digest(key, content) {
        return (0,external_node_crypto_.createHash)('sha256').update(key).update('\0').update(content).digest('hex');
    }
    reject(key, why) {
        this.stats.rejected++;
        this.stats.misses++;
        this.log(`Cache: ignoring ${this.fileOf(key)}: ${why}; profiling again`);
        return null;
    }
    async get(key) {
        const file = this.fileOf(key);
        const reject = (why) => this.reject(key, why);
        let bytes;
        try {
            bytes = await readContainedFile(file, { within: this.dir, withinName: 'the cache directory', maxBytes: MAX_ENTRY_BYTES, tooLarge: `larger than ${MAX_ENTRY_BYTES / 1024 / 1024} MiB` });
        }
        catch (e) {
            if (e instanceof contained_file/* UnsafeFileError */.h)
                return reject(e.reason);
            throw e;
        }
        if (bytes === null) {
            this.stats.misses++;
            return null;
        }
        let entry;
        try {
            entry = this.entryOf(key, bytes);
        }
        catch (e) {
            if (!(e instanceof RangeError))
                throw e;
            return reject(`cannot be checked (${e.message.split('\n')[0]})`);
        }
        return typeof entry === 'string' ? reject(entry) : entry;
    }
    entryOf(key, bytes) {
        const parsed = parseJsonInput(bytes);
        if ('problem' in parsed)
            return parsed.problem;
        const entry = parsed.value;
        if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
            return 'not an entry';
        const e = entry;
        if (Object.keys(e).sort().join() !== 'digest,key,profiles,sideFiles')
            return 'not an entry of this cache';
        if (e['key'] !== key)
            return "its key is not this model's";
        const { sideFiles, profiles } = e;
        if (e['digest'] !== this.digest(key, JSON.stringify([sideFiles, profiles])))
            return 'its content does not match its digest';
        const pairs = Array.isArray(sideFiles) && sideFiles.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && (p[1] === null || (typeof p[1] === 'string' && SHA.test(p[1]))));
        if (!pairs)
            return 'its side files are not path/blob pairs';
        if (!Array.isArray(profiles) || profiles.length === 0 || !profiles.every((p) => profileValidator()(p)))
            return 'its profiles do not match schema/profile.schema.json';
        return { sideFiles: sideFiles, profiles: profiles };
    }
    async put(key, job) {
        const file = this.fileOf(key);
        let finite = true;
        const sides = JSON.stringify(job.sideFiles);
        const profiles = JSON.stringify(job.profiles, (_k, v) => {
            if (typeof v === 'number' && !Number.isFinite(v))
                finite = false;
            return v;
        });
        if (!finite)
            return;
        const text = `{"key":${JSON.stringify(key)},"digest":"${this.digest(key, `[${sides},${profiles}]`)}","sideFiles":${sides},"profiles":${profiles}}\n`;
        if (Buffer.byteLength(text) > MAX_ENTRY_BYTES)
            return;
        const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        try {
            await (0,promises_.mkdir)(this.dir, { recursive: true });
            await (0,promises_.writeFile)(tmp, text, { flag: 'wx' });
            await (0,promises_.rename)(tmp, file);
            this.stats.writes++;
        }
        catch (e) {
            await (0,promises_.rm)(tmp, { force: true }).catch(() => undefined);
            this.log(`Cache: cannot write ${file}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
        }
    }
}
async function cachedJob(cache, source, job, measure) {
    if (!cache || !source.blobIds)
        return measure(() => undefined);
    const model = (await source.blobIds([job.path]))?.get(job.path);
    if (model === undefined)
        return measure(() => undefined);
    const key = cache.key({ model, path: job.path, runs: job.runs });
    const hit = await cache.get(key);
    if (hit) {
        const now = await source.blobIds(hit.sideFiles.map(([p]) => p));
        const changed = now === null || hit.sideFiles.some(([p, blob]) => (now.get(p) ?? null) !== blob);
        if (!changed && hit.profiles.length === job.runs.length) {
            cache.stats.hits++;
            return { kind: 'profiled', runs: hit.profiles.map((profile) => ({ profile })), ms: 0, cached: true };
        }
        cache.stats.misses++;
    }
    const asked = [];
    const outcome = await measure((paths) => {
        for (const p of paths)
            asked.push(p);
    });
    if (outcome.kind !== 'profiled')
        return outcome;
    const profiled = outcome;
    if (!profiled.runs.every((r) => 'profile' in r))
        return outcome;
    const sides = [...new Set(asked)].sort();
    const blobs = await source.blobIds(sides);
    if (blobs === null)
        return outcome;
    await cache.put(key, { sideFiles: sides.map((p) => [p, blobs.get(p) ?? null]), profiles: profiled.runs.map((r) => r.profile) });
    return outcome;
}

;// CONCATENATED MODULE: ./build/src/io/comments.js



function startsWithMarker(body, marker) {
    return body === marker || body.startsWith(`${marker}\n`) || body.startsWith(`${marker}\r\n`);
}
function withMarker(body, key) {
    const marker = commentMarker(key);
    return startsWithMarker(body, marker) ? body : `${marker}\n${body}`;
}
function accountOf(data, idKey) {
    if (data === null || typeof data !== 'object')
        return null;
    const { login } = data;
    const id = data[idKey];
    if (typeof login !== 'string' || !login)
        return null;
    return isCommentId(id) ? { kind: 'login', login, id } : { kind: 'login', login };
}
async function tokenAuthorship(client, log) {
    try {
        const account = accountOf((await client.request('GET', '/user')).data, 'id');
        if (account)
            return account;
    }
    catch (e) {
        if (!(e instanceof GitHubApiError) || e.rateLimited || (e.status !== 403 && e.status !== 401 && e.status !== 404))
            throw e;
    }
    try {
        const data = await client.graphql('query { viewer { login databaseId } }', {});
        const account = accountOf(data?.viewer, 'databaseId');
        if (account)
            return account;
    }
    catch (e) {
        if (e instanceof GitHubApiError && e.rateLimited)
            throw e;
        log(`The token's account could not be read from GraphQL viewer either (${e.message})`);
    }
    log('The token cannot read GET /user nor GraphQL viewer: matching the comment by marker and a bot author');
    return { kind: 'bots' };
}
function isCommentId(id) {
    return typeof id === 'number' && Number.isSafeInteger(id) && id > 0;
}
function wellFormed(c) {
    return isCommentId(c.id) && typeof c.body === 'string'
        && (c.node_id === undefined || typeof c.node_id === 'string')
        && (c.user === undefined || c.user === null || typeof c.user === 'object');
}
function commentIdOf(data) {
    const id = data !== null && typeof data === 'object' ? data.id : undefined;
    return isCommentId(id) ? id : null;
}
function isOurs(c, marker, author) {
    if (!wellFormed(c) || !startsWithMarker(c.body, marker))
        return false;
    if (author.kind === 'login')
        return author.id !== undefined && isCommentId(c.user?.id) ? c.user.id === author.id : c.user?.login === author.login;
    return c.user?.type === 'Bot' || (c.user?.login ?? '').endsWith('[bot]');
}
function authorKey(c) {
    return isCommentId(c.user?.id) ? `id ${c.user.id}` : `login ${c.user?.login ?? ''}`;
}
class StickyComment {
    client;
    repo;
    issue;
    key;
    author;
    log;
    constructor(client, repo, issue, key, author, log) {
        this.client = client;
        this.repo = repo;
        this.issue = issue;
        this.key = key;
        this.author = author;
        this.log = log;
    }
    get base() {
        return `/repos/${this.repo.owner}/${this.repo.repo}/issues`;
    }
    async find() {
        const { items, truncated } = await this.client.paginate(`${this.base}/${this.issue}/comments`);
        if (truncated)
            this.log(`Read the first ${items.length} comments of #${this.issue} only: an earlier model-budget comment beyond them is not found`);
        const marker = commentMarker(this.key);
        const found = items.filter((c) => isOurs(c, marker, this.author)).sort((a, b) => a.id - b.id);
        if (this.author.kind === 'bots' && new Set(found.map(authorKey)).size > 1) {
            this.log(`Comments of ${new Set(found.map(authorKey)).size} bot accounts carry the marker, and the token's own account is not known: none is edited or deleted`);
            return [];
        }
        return found;
    }
    learnAuthor(created) {
        if (this.author.kind !== 'bots' || created === null || typeof created !== 'object')
            return;
        const account = accountOf(created.user, 'id');
        if (account)
            this.author = account;
    }
    async dedupe(found) {
        const [keep, ...extra] = found;
        for (const c of extra) {
            this.log(`Deleting duplicate model-budget comment ${c.id} (keeping ${keep.id})`);
            try {
                await this.client.request('DELETE', `${this.base}/comments/${c.id}`);
            }
            catch (e) {
                if (!(e instanceof GitHubApiError && e.status === 404))
                    throw e;
            }
        }
        return keep ?? null;
    }
    async upsert(bodyText) {
        const body = withMarker(bodyText, this.key);
        const existing = await this.dedupe(await this.find());
        if (existing) {
            if (existing.body === body)
                return { id: existing.id, action: 'unchanged' };
            await this.client.request('PATCH', `${this.base}/comments/${existing.id}`, { body });
            return { id: existing.id, action: 'updated' };
        }
        const created = await this.client.request('POST', `${this.base}/${this.issue}/comments`, { body });
        const createdId = commentIdOf(created.data);
        this.learnAuthor(created.data);
        const after = await this.find();
        if (after.length > 1) {
            const keep = await this.dedupe(after);
            if (keep && keep.id !== createdId) {
                await this.client.request('PATCH', `${this.base}/comments/${keep.id}`, { body });
                return { id: keep.id, action: 'updated' };
            }
        }
        return { id: createdId ?? after[0]?.id ?? null, action: 'created' };
    }
    async clean(mode, bodyText, hideNote) {
        const existing = await this.dedupe(await this.find());
        if (!existing)
            return { id: null, action: 'none' };
        if (mode === 'delete') {
            await this.client.request('DELETE', `${this.base}/comments/${existing.id}`);
            return { id: null, action: 'deleted' };
        }
        if (mode === 'update') {
            const body = withMarker(bodyText, this.key);
            if (existing.body !== body)
                await this.client.request('PATCH', `${this.base}/comments/${existing.id}`, { body });
            return { id: existing.id, action: 'updated' };
        }
        const note = withMarker(hideNote, this.key);
        if (existing.body !== note)
            await this.client.request('PATCH', `${this.base}/comments/${existing.id}`, { body: note });
        if (existing.node_id) {
            try {
                await this.client.graphql('mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }', { id: existing.node_id });
            }
            catch (e) {
                this.log(`Could not minimize comment ${existing.id}: ${e.message}`);
            }
        }
        return { id: existing.id, action: 'hidden' };
    }
}

// EXTERNAL MODULE: ./build/src/formats/registry.js + 6 modules
var registry = __webpack_require__(1822);
;// CONCATENATED MODULE: ./build/src/budget/measurable.js


const GRAPH_METRICS = ['macs', 'flops', 'memory', 'peak-memory'];
function formatOfGlob(glob) {
    const last = glob.slice(glob.lastIndexOf('/') + 1);
    const ext = last.slice(last.indexOf('.'));
    if (!last.includes('.') || /[*?[\]{}]/.test(ext))
        return null;
    return (0,registry/* formatForPath */.G9)(last);
}
function unmeasurableBudgets(config) {
    const out = [];
    for (const entry of config?.models ?? []) {
        const format = formatOfGlob(entry.path);
        if (!format || format.kind !== 'weights')
            continue;
        const metrics = GRAPH_METRICS.filter((m) => entry.budgets[m] !== undefined && entry.budgets[m].level !== 'off');
        if (metrics.length === 0)
            continue;
        out.push(`${config.file}:${entry.line}: model '${entry.name}' (${entry.path}): ${format.label} files store weights only, so budgets on ${metrics.map((m) => units_METRIC_LABELS[m]).join(', ')} cannot be checked (they are reported as n/a)`);
    }
    return out;
}

;// CONCATENATED MODULE: ./build/src/budget/config-diff.js



const MAX_BUDGET_CHANGES = 50;
function budgetFields(b) {
    return {
        max: b?.maxText ?? null,
        'max-increase': b?.maxIncrease !== undefined ? formatLimitPercent(b.maxIncrease) : null,
        'min-delta': b?.minDeltaText ?? null,
        level: b?.level ?? null,
        at: b?.at?.join(', ') ?? null,
    };
}
function latencyFields(l) {
    return {
        max: l?.maxText ?? null,
        'max-increase': l?.maxIncrease !== undefined ? formatLimitPercent(l.maxIncrease) : null,
        level: l?.level ?? null,
        at: l?.at?.join(', ') ?? null,
        hardware: l ? l.hardware.map((h) => h.id).join(', ') : null,
    };
}
function pointsText(points) {
    return points?.length ? points.map((p) => `${p.name} (${[dimsText(p.dims), inputsText(p.inputs)].filter(Boolean).join(', ')})`).join('; ') : null;
}
function dimsText(dims) {
    const entries = Object.entries(dims).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return entries.length ? entries.map(([k, v]) => `${k}=${v}`).join(', ') : null;
}
function percentText(p) {
    return p === undefined ? null : formatLimitPercent(p);
}
function inputsText(inputs) {
    const entries = Object.entries(inputs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return entries.length ? entries.map(([k, v]) => `${k}=${shapeLabel(v)}`).join(', ') : null;
}
function diffConfigs(base, head) {
    const out = [];
    const add = (scope, setting, before, after) => {
        if (before !== after)
            out.push({ scope, setting, before, after });
    };
    add('defaults', 'level', base.defaults.level, head.defaults.level);
    add('defaults', 'dims', dimsText(base.defaults.dims), dimsText(head.defaults.dims));
    add('defaults', 'min-change', percentText(base.defaults.minChange), percentText(head.defaults.minChange));
    const baseByName = new Map(base.models.map((m) => [m.name, m]));
    const headNames = new Set(head.models.map((m) => m.name));
    for (const m of base.models)
        if (!headNames.has(m.name))
            add(`model ${m.name}`, 'entry', `path ${m.path}`, null);
    for (const h of head.models) {
        const b = baseByName.get(h.name);
        const scope = `model ${h.name}`;
        if (!b)
            add(scope, 'entry', null, `path ${h.path}`);
        add(scope, 'path', b ? b.path : null, b ? h.path : null);
        add(scope, 'dims', b ? dimsText(b.dims) : null, b ? dimsText(h.dims) : null);
        add(scope, 'inputs', b ? inputsText(b.inputs) : null, b ? inputsText(h.inputs) : null);
        for (const metric of METRICS) {
            const before = budgetFields(b?.budgets[metric]);
            const after = budgetFields(h.budgets[metric]);
            for (const field of Object.keys(after))
                add(scope, `${metric} ${field}`, before[field] ?? null, after[field] ?? null);
        }
        add(scope, 'points', b ? pointsText(b.points) : null, b ? pointsText(h.points) : null);
        const lb = latencyFields(b?.latency);
        const lh = latencyFields(h.latency);
        for (const field of Object.keys(lh))
            add(scope, `latency ${field}`, lb[field] ?? null, lh[field] ?? null);
    }
    const baseIgnore = new Set(base.ignore);
    const headIgnore = new Set(head.ignore);
    for (const p of head.ignore)
        if (!baseIgnore.has(p))
            add('ignore', p, null, 'ignored');
    for (const p of base.ignore)
        if (!headIgnore.has(p))
            add('ignore', p, 'ignored', null);
    return out;
}

// EXTERNAL MODULE: ./build/src/io/lfs.js
var lfs = __webpack_require__(8309);
// EXTERNAL MODULE: ./build/src/io/link-aliases.js
var link_aliases = __webpack_require__(8865);
;// CONCATENATED MODULE: ./build/src/io/changes.js






const MAX_SCANNED_MODEL_BYTES = 64 * 1024 * 1024;
function isAncestorDir(dir, sub) {
    return dir === '' || dir === '.' || sub === dir || sub.startsWith(`${dir}/`);
}
function dirOf(path) {
    const d = external_node_path_.posix.dirname(path);
    return d === '.' ? '' : d;
}
async function selects(path, isModel, sides, options) {
    if (!isModel(path))
        return false;
    const check = options.defaultGlobs ? (0,registry/* defaultGlobCheck */.mm)(path) : null;
    if (!check)
        return true;
    for (const src of check.bytes > 0 ? sides : []) {
        if (!src)
            continue;
        let head;
        try {
            head = await src.read(path, check.bytes);
        }
        catch (e) {
            if (e instanceof errors/* ModelFileError */.EO)
                return true;
            throw e;
        }
        if (head !== null && (await (0,registry/* isModelByDefault */.U1)(path, head, (await src.size(path)) ?? head.length)))
            return true;
    }
    options.log?.(`${path}: not a model file (${check.skipped}; a default glob selected it), skipped`);
    return false;
}
async function has(src, path) {
    if (!src)
        return false;
    try {
        return (await src.size(path)) !== null;
    }
    catch (e) {
        if (e instanceof errors/* ModelFileError */.EO)
            return true;
        throw e;
    }
}
class ModelChangeSet {
    singles = new Map();
    groups = new Map();
    order = [];
    add(c) {
        const members = c.previousPath !== undefined ? [c.path, c.previousPath] : [c.path];
        const keys = members.map(registry/* modelKeyOf */.sh);
        if (keys.every((k, i) => k.key === members[i] && k.entries.length === 1)) {
            if (this.singles.has(c.path))
                return;
            this.singles.set(c.path, c);
            this.order.push({ kind: 'single', key: c.path });
            return;
        }
        keys.forEach((k, i) => {
            const g = this.addMember(k, c.via ?? members[i]);
            if (!g.models.includes(members[i]))
                g.models.push(members[i]);
        });
    }
    addMember(k, member) {
        let g = this.groups.get(k.key);
        if (!g) {
            g = { entries: k.entries, alternatives: k.alternatives ?? 1, members: [], models: [] };
            this.groups.set(k.key, g);
            this.order.push({ kind: 'group', key: k.key });
        }
        if (!g.members.includes(member))
            g.members.push(member);
        return g;
    }
    has(path) {
        return this.singles.has(path) || this.groups.has((0,registry/* modelKeyOf */.sh)(path).key);
    }
    async joinStayingMembers(base, head) {
        const lonely = [...this.singles.values()].filter((c) => (c.status === 'added' || c.status === 'deleted') && !this.groups.has(c.path));
        if (lonely.length === 0 || base === null)
            return;
        const bySide = new Map();
        const dirs = new Set(lonely.map((c) => dirOf(c.path)));
        const keysOn = async (src) => {
            const firstByKey = new Map();
            for (const p of await src.list()) {
                const dir = dirOf(p);
                if (!dirs.has(dir))
                    continue;
                const key = (0,registry/* modelKeyOf */.sh)(p).key;
                if (key !== p && !firstByKey.has(key) && dirOf(key) === dir)
                    firstByKey.set(key, p);
            }
            return firstByKey;
        };
        for (const c of lonely) {
            const other = c.status === 'added' ? base : head;
            let keys = bySide.get(other);
            if (!keys)
                bySide.set(other, (keys = keysOn(other)));
            const staying = (await keys).get(c.path);
            if (staying !== undefined)
                this.addMember((0,registry/* modelKeyOf */.sh)(staying), c.path);
        }
    }
    async presentAlternatives(g, base, head) {
        const out = [];
        if (g.alternatives < 2)
            return out;
        for (const path of g.entries.slice(0, g.alternatives)) {
            const [h, b] = [await has(head, path), await has(base, path)];
            if (h || b)
                out.push({ path, status: h && b ? 'modified' : h ? 'added' : 'deleted' });
        }
        return out;
    }
    singleSaysAll(c) {
        return c !== undefined && !((c.status === 'added' || c.status === 'deleted') && this.groups.has(c.path));
    }
    async resolve(base, head, context) {
        await this.joinStayingMembers(base, head);
        const out = [];
        const orphans = [];
        for (const { kind, key } of this.order) {
            if (kind === 'single') {
                const c = this.singles.get(key);
                if (!this.singleSaysAll(c))
                    continue;
                out.push(c);
                if ((c.status === 'modified' || c.status === 'renamed') && !this.groups.has(key)) {
                    orphans.push({ key, group: { entries: [key], alternatives: 1, members: [], models: [] }, head: [key], base: [c.previousPath ?? key] });
                }
                continue;
            }
            const g = this.groups.get(key);
            const alternatives = await this.presentAlternatives(g, base, head);
            if (alternatives.length > 1) {
                for (const { path, status } of alternatives) {
                    if (this.singleSaysAll(this.singles.get(path)))
                        continue;
                    const via = g.members.find((m) => m !== path);
                    out.push({ status, path, ...(via !== undefined ? { via } : {}) });
                }
                const on = (side) => alternatives.filter((a) => a.status === 'modified' || a.status === (side === 'head' ? 'added' : 'deleted')).map((a) => a.path);
                orphans.push({ key, group: g, head: on('head'), base: on('base') });
                continue;
            }
            const onSide = async (src) => {
                for (const e of g.entries)
                    if (await has(src, e))
                        return e;
                return null;
            };
            const [h, b] = [await onSide(head), await onSide(base)];
            orphans.push({ key, group: g, head: h === null ? [] : [h], base: b === null ? [] : [b] });
            if (this.singleSaysAll(this.singles.get(key)))
                continue;
            const path = h ?? b;
            if (path === null)
                continue;
            const status = h !== null && b !== null ? 'modified' : h !== null ? 'added' : 'deleted';
            const via = g.members.find((m) => m !== path);
            out.push({ status, path, ...(h !== null && b !== null && b !== h ? { previousPath: b } : {}), ...(via !== undefined ? { via } : {}) });
        }
        const reported = new Set(out.flatMap((c) => (c.previousPath !== undefined ? [c.path, c.previousPath] : [c.path])));
        const stayed = await unchangedMembers(orphans.filter((o) => [...o.head, ...o.base].some((s) => context.inDiff.has(s))), base, head, context);
        for (const o of orphans) {
            const relisted = await unreadMembers(o.group, o.head, o.base, base, head, stayed.get(o.key) ?? []);
            for (const c of await selectedOnly(relisted, base, head, context)) {
                if (reported.has(c.path))
                    continue;
                reported.add(c.path);
                out.push(c);
            }
        }
        return out;
    }
}
async function unchangedMembers(orphans, base, head, context) {
    const out = new Map();
    if (orphans.length === 0 || base === null)
        return out;
    const keys = new Set(orphans.map((o) => o.key));
    const dirs = new Set(orphans.map((o) => dirOf(o.key)));
    const keyed = async (src) => {
        const found = new Map();
        for (const p of await src.list()) {
            if (!dirs.has(dirOf(p)) || context.inDiff.has(p))
                continue;
            const key = (0,registry/* modelKeyOf */.sh)(p).key;
            if (key !== p && keys.has(key))
                found.set(p, key);
        }
        return found;
    };
    const [onHead, onBase] = [await keyed(head), await keyed(base)];
    for (const [p, key] of onHead) {
        if (onBase.get(p) !== key)
            continue;
        let files = out.get(key);
        if (!files)
            out.set(key, (files = []));
        files.push(p);
    }
    return out;
}
async function selectedOnly(changes, base, head, context) {
    const out = [];
    for (const c of changes) {
        const side = c.status === 'deleted' ? base : head;
        if (!context.inDiff.has(c.path) && side !== null && !(await context.selected(c.path, side)))
            continue;
        out.push(c);
    }
    return out;
}
async function unreadMembers(g, headStands, baseStands, base, head, unchanged) {
    const bySide = async (src, stands) => {
        if (src === null)
            return { alone: [], listed: true };
        const present = [];
        for (const m of g.models)
            if (!stands.includes(m) && (await has(src, m)))
                present.push(m);
        for (const m of unchanged)
            if (!stands.includes(m))
                present.push(m);
        if (present.length === 0)
            return { alone: [], listed: true };
        const read = new Set();
        let listed = true;
        for (const stand of stands) {
            const model = await filesOfModel(src, stand, present);
            if (model === null)
                return { alone: [], listed: false };
            model.files.forEach((f) => read.add(f));
            listed &&= model.listed;
        }
        const unread = present.filter((m) => !read.has(m));
        if (stands.length > 0 && g.entries.slice(0, g.alternatives).includes(stands[0]))
            return { alone: unread, listed };
        const sets = new Set();
        const own = [];
        for (const m of unread) {
            const set = (0,registry/* modelKeyOf */.sh)(m).set ?? m;
            if (sets.has(set))
                continue;
            sets.add(set);
            own.push(m);
        }
        return { alone: own, listed };
    };
    const [headSide, baseSide] = [await bySide(head, headStands), await bySide(base, baseStands)];
    const wasUnchanged = new Set(unchanged);
    const bothListed = headSide.listed && baseSide.listed;
    const told = (alone) => (bothListed ? [...alone] : alone.filter((m) => !wasUnchanged.has(m)));
    const [onHead, onBase] = [new Set(told(headSide.alone)), new Set(told(baseSide.alone))];
    const out = [];
    for (const path of new Set([...onHead, ...onBase])) {
        const [h, b] = [onHead.has(path), onBase.has(path)];
        if (h && b) {
            if (!wasUnchanged.has(path))
                out.push({ path, status: 'modified' });
            continue;
        }
        const [otherSide, otherStands] = h ? [base, baseStands] : [head, headStands];
        const set = otherStands[0];
        const inSet = set !== undefined && (await has(otherSide, path));
        out.push({ path, status: h ? 'added' : 'deleted', ...(inSet ? { partOf: set } : {}) });
    }
    return out;
}
async function filesOfModel(src, path, wanted) {
    const files = new Set([path, ...(await namedSideFiles(path))]);
    if (wanted.every((w) => files.has(w)))
        return { files, listed: true };
    let bytes;
    try {
        const size = await src.size(path);
        bytes = size === null || size > MAX_SCANNED_MODEL_BYTES ? null : await src.read(path, MAX_SCANNED_MODEL_BYTES);
    }
    catch (e) {
        if (e instanceof errors/* ModelFileError */.EO)
            return null;
        throw e;
    }
    if (bytes === null)
        return { files, listed: false };
    if ((0,lfs/* parseLfsPointer */.y)(bytes))
        return null;
    const byName = files.size;
    for (const loc of await (0,registry/* sideFileLocations */.ue)(path, { bytes })) {
        const p = (0,sources/* sideFilePath */.VT)(path, loc);
        if (p)
            files.add(p);
    }
    return { files, listed: files.size > byName };
}
async function namedSideFiles(path) {
    return (await (0,registry/* sideFileLocations */.ue)(path, null)).map((loc) => (0,sources/* sideFilePath */.VT)(path, loc)).filter((p) => p !== null);
}
async function addLinkAliases(files, changes, isModel, base, head, options, linksOf) {
    const inDiff = new Set(files.flatMap((f) => (f.previousPath !== undefined ? [f.path, f.previousPath] : [f.path])));
    if (inDiff.size === 0)
        return;
    const sides = base ? [base, head] : [head];
    const listings = new Map();
    const aliases = new Map();
    for (const src of sides) {
        const listing = await linksOf(src);
        if (listing === null)
            continue;
        if (listing.links.size === 0)
            continue;
        if (listing.skipped > 0)
            (options.warn ?? options.log)?.(`${src.description}: ${listing.links.size + listing.skipped} symbolic links; only the first ${listing.links.size} are followed to find models whose target changed`);
        listings.set(src, { links: listing.links, files: new Set(await src.list()) });
        const found = (0,link_aliases/* linkAliases */.Pu)(inDiff, listing);
        if (found.truncated)
            (options.warn ?? options.log)?.(`${src.description}: links lead to changed files by more than ${link_aliases/* MAX_ALIAS_PATHS */.Bo} paths (a loop of links to folders?); only the first ${link_aliases/* MAX_ALIAS_PATHS */.Bo} are followed`);
        for (const [alias, target] of found.aliases)
            if (!inDiff.has(alias) && !aliases.has(alias))
                aliases.set(alias, target);
    }
    let added = 0;
    for (const [alias, target] of aliases) {
        if (!isModel(alias) || changes.has(alias))
            continue;
        const on = (src) => {
            const l = src ? listings.get(src) : undefined;
            if (!l)
                return false;
            const to = (0,link_aliases/* resolveInTree */.O4)(alias, l.links);
            return to !== null && l.files.has(to) && !l.links.has(to);
        };
        const [h, b] = [on(head), on(base)];
        if (!h && !b)
            continue;
        if (!(await selects(alias, isModel, [h ? head : null, b ? base : null], options)))
            continue;
        if (++added > link_aliases/* MAX_LINK_ALIASES */.RE) {
            (options.warn ?? options.log)?.(`${aliases.size} links lead to changed files; only the first ${link_aliases/* MAX_LINK_ALIASES */.RE} are measured as models of their own`);
            return;
        }
        changes.add({ status: h && b ? 'modified' : h ? 'added' : 'deleted', path: alias, via: target });
    }
}
function sideLinks() {
    const listed = new Map();
    return (src) => {
        if (src.links === undefined)
            return Promise.resolve(null);
        let l = listed.get(src);
        if (l === undefined)
            listed.set(src, (l = src.links()));
        return l;
    };
}
async function markLinks(changes, base, head, linksOf) {
    const leadsTo = async (src, path) => {
        const listing = src ? await linksOf(src) : null;
        const to = listing && listing.links.size > 0 ? (0,link_aliases/* resolveInTree */.O4)(path, listing.links) : null;
        return to !== null && to !== '' && to !== path ? to : null;
    };
    const out = [];
    for (const c of changes) {
        const to = await leadsTo(c.status === 'deleted' ? base : head, c.path);
        let marked = to !== null ? { ...c, linkTo: to } : c;
        if (c.status === 'modified' || c.status === 'renamed') {
            const basePath = c.previousPath ?? c.path;
            const baseTo = await leadsTo(base, basePath);
            if ((to !== null || baseTo !== null) && (baseTo ?? basePath) !== (to ?? c.path))
                marked = { ...marked, baseLinkTo: baseTo ?? basePath };
        }
        out.push(marked);
    }
    return out;
}
async function changes_findModelChanges(files, isModel, base, head, options = {}) {
    const changes = new ModelChangeSet();
    const sideCandidates = new Set();
    const both = [head, base];
    for (const f of files) {
        const isNew = await selects(f.path, isModel, f.status === 'removed' ? [base] : both, options);
        const wasOld = f.previousPath !== undefined && (await selects(f.previousPath, isModel, [base], options));
        if (f.status === 'renamed' && f.previousPath !== undefined) {
            if (isNew && wasOld)
                changes.add({ status: 'renamed', path: f.path, previousPath: f.previousPath });
            else if (isNew)
                changes.add({ status: 'added', path: f.path });
            else if (wasOld)
                changes.add({ status: 'deleted', path: f.previousPath });
            if (!isNew)
                sideCandidates.add(f.path);
            if (!wasOld)
                sideCandidates.add(f.previousPath);
            continue;
        }
        if (!isNew) {
            sideCandidates.add(f.path);
            continue;
        }
        changes.add({ status: f.status === 'removed' ? 'deleted' : f.status === 'added' ? 'added' : 'modified', path: f.path });
    }
    const linksOf = sideLinks();
    await addLinkAliases(files, changes, isModel, base, head, options, linksOf);
    const context = {
        inDiff: new Set(files.flatMap((f) => (f.previousPath !== undefined ? [f.path, f.previousPath] : [f.path]))),
        selected: (path, side) => selects(path, isModel, [side], options),
    };
    const resolved = async () => markLinks(await changes.resolve(base, head, context), base, head, linksOf);
    for (const p of [...sideCandidates]) {
        const k = (0,registry/* modelKeyOf */.sh)(p);
        if (k.key !== p && k.entries.some(isModel)) {
            changes.addMember(k, p);
            sideCandidates.delete(p);
        }
    }
    if (sideCandidates.size === 0)
        return resolved();
    const candidateDirs = [...sideCandidates].map(dirOf);
    const near = (p) => isModel(p) && !changes.has(p) && candidateDirs.some((d) => isAncestorDir(dirOf(p), d));
    const headModels = [];
    for (const p of (await head.list()).filter(near))
        if (await selects(p, isModel, [head], options))
            headModels.push(p);
    const baseModels = [];
    if (base)
        for (const p of (await base.list()).filter(near))
            if (await selects(p, isModel, [base], options))
                baseModels.push(p);
    const headSet = new Set(headModels);
    const baseSet = new Set(baseModels);
    for (const path of [...new Set([...headModels, ...baseModels])].sort()) {
        if (changes.has(path))
            continue;
        const refs = new Set();
        const sides = [headSet.has(path) ? head : null, baseSet.has(path) ? base : null];
        let largeOpened = false;
        for (const src of sides) {
            if (!src)
                continue;
            let opened;
            let bytes = null;
            try {
                const size = await src.size(path);
                if (size === null)
                    continue;
                if (size <= MAX_SCANNED_MODEL_BYTES) {
                    opened = (await options.opener?.sideFiles(src, path, size)) ?? null;
                    if (opened === null)
                        bytes = await src.read(path, MAX_SCANNED_MODEL_BYTES);
                }
                else {
                    const first = largeOpened ? null : await src.read(path, registry/* HEAD_BYTES */.Lq);
                    opened = first !== null && (0,registry/* namesSideFilesInContent */.nB)(path, first, size) ? ((await options.opener?.sideFiles(src, path, size)) ?? null) : null;
                    if (opened !== null)
                        largeOpened = true;
                    else if (largeOpened)
                        continue;
                }
            }
            catch (e) {
                if (e instanceof errors/* ModelFileError */.EO)
                    continue;
                throw e;
            }
            const content = bytes && !(0,lfs/* parseLfsPointer */.y)(bytes) ? { bytes } : null;
            for (const loc of opened ?? (await (0,registry/* sideFileLocations */.ue)(path, content))) {
                const p = (0,sources/* sideFilePath */.VT)(path, loc);
                if (p)
                    refs.add(p);
            }
        }
        const hit = [...refs].find((r) => sideCandidates.has(r));
        if (!hit) {
            for (const src of sides)
                if (src)
                    await options.opener?.drop(src, path);
            continue;
        }
        const status = headSet.has(path) && baseSet.has(path) ? 'modified' : headSet.has(path) ? 'added' : 'deleted';
        changes.add({ status, path, via: hit });
    }
    return resolved();
}
const MAX_COMPARED_IN_MEMORY = 64 * 1024 * 1024;
async function sameContent(base, head, path) {
    try {
        const [a, b] = await Promise.all([base.size(path), head.size(path)]);
        if (a === null || b === null || a !== b)
            return false;
        const [fa, fb] = await Promise.all([base.localFile(path), head.localFile(path)]);
        if (fa !== null && fb !== null)
            return await (0,sources/* filesEqual */.aS)(fa, fb, path);
        if (a > MAX_COMPARED_IN_MEMORY)
            return false;
        const [x, y] = await Promise.all([base.read(path, a), head.read(path, a)]);
        return x !== null && y !== null && x.equals(y);
    }
    catch (e) {
        if (e instanceof errors/* ModelFileError */.EO)
            return false;
        throw e;
    }
}
async function diffDirectories(base, head, isModel, options = {}) {
    const baseFiles = new Set(await base.list());
    const headFiles = new Set(await head.list());
    const all = [...new Set([...baseFiles, ...headFiles])].sort();
    const files = [];
    for (const p of all) {
        if (!baseFiles.has(p))
            files.push({ status: 'added', path: p });
        else if (!headFiles.has(p))
            files.push({ status: 'removed', path: p });
        else {
            if (!(await sameContent(base, head, p)))
                files.push({ status: 'modified', path: p });
        }
    }
    return changes_findModelChanges(files, isModel, base, head, options);
}

;// CONCATENATED MODULE: ./build/src/io/config-source.js






const CONFIG_FROM = ['base', 'head'];
async function repositoryTop(cwd) {
    try {
        return await new io_git/* Git */.TU(cwd).topLevel();
    }
    catch {
        return null;
    }
}
function configSpec(root, request) {
    const { file, from } = request;
    if (file === undefined)
        return { path: DEFAULT_CONFIG_FILE, explicit: false, from, label: request.label };
    const full = (0,external_node_path_.resolve)(request.cwd ?? root, file);
    return { path: pathInside(root, full) ?? full, explicit: true, from, label: `${request.label}: ${file}` };
}
function pathInside(root, full) {
    const rel = (0,external_node_path_.relative)(root, full);
    if (rel === '' || rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel))
        return null;
    return rel.split(external_node_path_.sep).join('/');
}
const MAX_CONFIG_BYTES = 1024 * 1024;
const TOO_LARGE = `larger than ${MAX_CONFIG_BYTES / 1024} KiB; a budget config is a few lines of YAML`;
async function readSide(spec, side) {
    if (!side)
        return null;
    if ((0,external_node_path_.isAbsolute)(spec.path)) {
        let bytes;
        try {
            bytes = await readContainedFile(spec.path, { within: null, maxBytes: MAX_CONFIG_BYTES, tooLarge: TOO_LARGE });
        }
        catch (e) {
            if (e instanceof FileTooLargeError)
                throw new errors/* ConfigError */.xL(spec.path, 0, '', TOO_LARGE);
            if (e instanceof contained_file/* UnsafeFileError */.h)
                throw new errors/* UsageError */.eb(`${spec.label}: ${e.reason}`);
            throw e;
        }
        return bytes ? bytes.toString('utf8') : null;
    }
    let bytes;
    try {
        bytes = await side.read(spec.path, MAX_CONFIG_BYTES + 1);
    }
    catch (e) {
        if (e instanceof errors/* ModelFileError */.EO)
            throw new errors/* ConfigError */.xL(spec.path, 0, '', e.detail);
        throw e;
    }
    if (bytes && bytes.length > MAX_CONFIG_BYTES)
        throw new errors/* ConfigError */.xL(spec.path, 0, '', TOO_LARGE);
    return bytes ? bytes.toString('utf8') : null;
}
async function onSide(spec, sides, side, read) {
    try {
        return await read();
    }
    catch (e) {
        if (!(e instanceof errors/* ConfigError */.xL) || sides.base === null || side === null || (0,external_node_path_.isAbsolute)(spec.path))
            throw e;
        throw new errors/* ConfigError */.xL(e.file, e.line, e.key, `${e.detail} (the ${side.side}'s copy: ${side.description})`);
    }
}
async function loadConfig(spec, sides) {
    const [baseText, headText] = await Promise.all([onSide(spec, sides, sides.base, () => readSide(spec, sides.base)), onSide(spec, sides, sides.head, () => readSide(spec, sides.head))]);
    const baseConfig = baseText === null ? null : await onSide(spec, sides, sides.base, async () => parseConfig(baseText, spec.path));
    const headConfig = headText === null ? null : await onSide(spec, sides, sides.head, async () => parseConfig(headText, spec.path));
    if (!baseConfig && !headConfig) {
        if (spec.explicit)
            throw new errors/* UsageError */.eb(`${spec.label} does not exist`);
        return { config: null, source: null, note: null, baseConfig, headConfig };
    }
    if (spec.from === 'base' && sides.base) {
        if (baseConfig)
            return { config: baseConfig, source: 'base', note: null, baseConfig, headConfig };
        return {
            config: headConfig,
            source: 'head',
            note: `The base branch has no ${spec.path} yet: the budgets are this pull request's own.`,
            baseConfig,
            headConfig,
        };
    }
    if (headConfig)
        return { config: headConfig, source: 'head', note: null, baseConfig, headConfig };
    return { config: null, source: null, note: `This pull request deletes ${spec.path}: no budgets apply.`, baseConfig, headConfig };
}

;// CONCATENATED MODULE: ./build/src/io/glob.js


const DEFAULT_MODEL_GLOBS = (0,registry/* modelExtensions */.Sk)().map((e) => `**/*${e}`).join(', ');
function parsePatterns(text) {
    const out = [];
    for (const line of text.split(/\r?\n/)) {
        let depth = 0;
        let current = '';
        for (const ch of line) {
            if (ch === '{')
                depth++;
            if (ch === '}')
                depth = Math.max(0, depth - 1);
            if (ch === ',' && depth === 0) {
                if (current.trim())
                    out.push(current.trim());
                current = '';
            }
            else {
                current += ch;
            }
        }
        if (current.trim())
            out.push(current.trim());
    }
    return out;
}
function checkPatterns(patterns) {
    for (const p of patterns)
        compileGlob(p.startsWith('!') ? p.slice(1) : p);
    return patterns;
}
function matchesAny(path, patterns) {
    let included = false;
    for (const p of patterns) {
        if (p.startsWith('!')) {
            if (globMatch(p.slice(1), path))
                return false;
        }
        else if (!included && globMatch(p, path)) {
            included = true;
        }
    }
    return included;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./build/src/io/profile-job.js + 13 modules
var profile_job = __webpack_require__(4112);
// EXTERNAL MODULE: ./build/src/io/worker-entry.js
var worker_entry = __webpack_require__(3603);
;// CONCATENATED MODULE: ./build/src/io/profile-pool.js





const MAX_JOBS = 8;
function defaultJobs() {
    return Math.max(1, Math.min((0,external_node_os_.availableParallelism)(), MAX_JOBS));
}
function parseJobs(text) {
    const t = text.trim();
    if (!/^[0-9]{1,2}$/.test(t))
        return null;
    const n = Number(t);
    return n >= 1 && n <= MAX_JOBS ? n : null;
}
function jobRunner(jobs, count, profile) {
    const entry = (0,worker_entry/* workerEntry */.xA)();
    const size = Math.min(jobs, count);
    if (size <= 1 || profile !== undefined || entry === null)
        return inProcessRunner(profile);
    return new WorkerPool(size, entry);
}
function inProcessRunner(profile) {
    return { lanes: 1, run: (job, place) => (0,profile_job/* runProfileJob */.E)(job, place, profile), close: async () => undefined };
}
class WorkerPool {
    size;
    entry;
    idle = [];
    busy = new Map();
    queue = [];
    dead = new Set();
    started = 0;
    nextId = 0;
    closed = false;
    lanes;
    constructor(size, entry) {
        this.size = size;
        this.entry = entry;
        this.lanes = 2 * size;
    }
    run(job, place) {
        return new Promise((resolve, reject) => {
            this.queue.push({ id: this.nextId++, job, place, resolve, reject });
            this.dispatch();
        });
    }
    dispatch() {
        while (this.queue.length > 0 && !this.closed) {
            const worker = this.idle.pop() ?? (this.started < this.size ? this.start() : null);
            if (!worker)
                return;
            const p = this.queue.shift();
            this.busy.set(worker, p);
            worker.postMessage({ type: 'job', id: p.id, job: p.job });
        }
    }
    start() {
        this.started++;
        const worker = new external_node_worker_threads_.Worker(this.entry, { argv: [worker_entry/* PROFILE_WORKER_ARG */.m$], workerData: { role: worker_entry/* PROFILE_WORKER_ROLE */.Y2 }, stdout: false, stderr: false });
        worker.on('message', (m) => void this.onMessage(worker, m));
        const lost = (why) => {
            if (this.dead.has(worker))
                return;
            this.dead.add(worker);
            const p = this.busy.get(worker);
            this.busy.delete(worker);
            const i = this.idle.indexOf(worker);
            if (i >= 0)
                this.idle.splice(i, 1);
            this.started--;
            if (p)
                p.reject(errors/* InternalError */.Gd.wrap(new Error(`profile worker stopped: ${why}`), { model: p.job.path }));
            this.dispatch();
        };
        worker.on('error', (e) => lost(e instanceof Error ? `${e.name}: ${e.message}` : String(e)));
        worker.on('exit', (code) => {
            if (!this.closed)
                lost(`exit code ${code}`);
        });
        return worker;
    }
    async onMessage(worker, m) {
        const p = this.busy.get(worker);
        if (!p || p.id !== m.id)
            return;
        if (m.type === 'place') {
            let reply;
            try {
                reply = { type: 'placed', id: m.id, placed: await p.place(m.paths) };
            }
            catch (e) {
                const w = errors/* InternalError */.Gd.wrap(e, { model: p.job.path });
                reply = { type: 'placed', id: m.id, error: w instanceof errors/* ModelBudgetError */.jW ? { kind: 'input', message: w.message } : { kind: 'internal', internal: w.toPlain() } };
            }
            worker.postMessage(reply);
            return;
        }
        this.busy.delete(worker);
        this.idle.push(worker);
        if (m.type === 'done')
            p.resolve(m.outcome);
        else
            p.reject(errors/* InternalError */.Gd.restore(m.error));
        this.dispatch();
    }
    async close() {
        this.closed = true;
        const all = [...this.idle, ...this.busy.keys()];
        this.idle.length = 0;
        for (const p of [...this.busy.values(), ...this.queue])
            p.reject(new Error('profile pool closed'));
        this.busy.clear();
        this.queue.length = 0;
        await Promise.all(all.map((w) => w.terminate()));
    }
}

;// CONCATENATED MODULE: ./build/src/io/opened-models.js



const KEPT_FILE_BYTES = 256 * 1024 * 1024;
class OpenedModels {
    materialiser;
    budget;
    kept = new Map();
    keptBytes = 0;
    constructor(materialiser, budget = KEPT_FILE_BYTES) {
        this.materialiser = materialiser;
        this.budget = budget;
    }
    async sideFiles(source, path, size) {
        let kept;
        const folders = [];
        try {
            if (size < lfs/* MAX_POINTER_BYTES */.l$) {
                const bytes = await source.read(path, lfs/* MAX_POINTER_BYTES */.l$);
                if (bytes === null || (0,lfs/* parseLfsPointer */.y)(bytes) !== null)
                    return null;
            }
            const place = await this.materialiser.placeModel(source, path, folders);
            if (place.kind !== 'file') {
                await this.materialiser.release(folders);
                return null;
            }
            kept = { place, opened: await (0,registry/* openModel */.GF)(place.file), folders };
        }
        catch (e) {
            await this.materialiser.release(folders);
            if (e instanceof errors/* ModelBudgetError */.jW && !(e instanceof errors/* EnvironmentError */.eG))
                return null;
            throw e;
        }
        const sideFiles = kept.opened.sideFiles();
        await this.drop(source, path);
        if (this.keptBytes + size <= this.budget) {
            let bySource = this.kept.get(source);
            if (!bySource)
                this.kept.set(source, (bySource = new Map()));
            bySource.set(path, { ...kept, size });
            this.keptBytes += size;
        }
        else {
            await this.materialiser.release(folders);
        }
        return sideFiles;
    }
    async drop(source, path) {
        const kept = this.remove(source, path);
        if (kept)
            await this.materialiser.release(kept.folders);
    }
    remove(source, path) {
        const bySource = this.kept.get(source);
        const kept = bySource?.get(path);
        if (!kept)
            return null;
        bySource.delete(path);
        this.keptBytes -= kept.size;
        return kept;
    }
    take(source, path) {
        const kept = this.remove(source, path);
        return kept && { place: kept.place, opened: kept.opened, folders: kept.folders };
    }
    clear() {
        this.kept.clear();
        this.keptBytes = 0;
    }
}

;// CONCATENATED MODULE: ./build/src/io/pipeline.js

























async function directoryComparison(workDir, basePath, headPath) {
    const hp = (0,external_node_path_.resolve)(workDir, headPath);
    const bp = (0,external_node_path_.resolve)(workDir, basePath);
    for (const [name, p, given] of [['head-path', hp, headPath], ['base-path', bp, basePath]]) {
        if (!(0,external_node_fs_.existsSync)(p))
            throw new errors/* UsageError */.eb(`input '${name}': directory ${p} does not exist`);
        if (!(0,external_node_fs_.statSync)(p).isDirectory())
            throw new errors/* UsageError */.eb(`input '${name}': ${given} is not a directory`);
    }
    const head = (0,sources/* dirSource */.v9)(hp, 'head', `directory ${headPath}`);
    const base = (0,sources/* dirSource */.v9)(bp, 'base', `directory ${basePath}`);
    const configRoot = (await repositoryTop(workDir)) ?? workDir;
    const configSides = { base: null, head: (0,sources/* dirSource */.v9)(configRoot, 'head', 'checkout') };
    return { root: workDir, configRoot, base, head, configSides, baseline: null, changes: (isModel, opts) => diffDirectories(base, head, isModel, opts) };
}
async function pullRequestComparison(workDir, event, options, client, log) {
    const top = await new io_git/* Git */.TU(workDir, log).topLevel();
    const git = new io_git/* Git */.TU(top, log);
    const baseline = await resolveBaseline(git, event, options, client, log);
    const head = baseline.headIsWorkingTree
        ? (0,sources/* dirSource */.v9)(top, 'head', `working tree (${baseline.headSha.slice(0, 12)})`, baseline.headSha, () => git.listFiles(baseline.headSha))
        : (0,sources/* gitSource */.Ym)(git, baseline.headSha, 'head');
    if (!baseline.headIsWorkingTree)
        log(`The checkout is not the head commit; reading head files from commit ${baseline.headSha}`);
    const baseTree = baseline.baseSha ? (0,sources/* gitSource */.Ym)(git, baseline.baseSha, 'base') : null;
    return {
        root: top,
        base: baseTree ?? (0,sources/* emptySource */.$_)('base', 'no base commit'),
        head,
        configSides: { base: baseTree, head },
        baseline,
        changes: async (isModel, opts) => changes_findModelChanges(await changedFiles(git, baseline, event, client, log), isModel, baseTree, head, opts),
    };
}
async function defaultBase(git) {
    for (const ref of ['refs/remotes/origin/HEAD', 'refs/remotes/origin/main', 'refs/remotes/origin/master', 'refs/heads/main', 'refs/heads/master']) {
        if (await git.resolveCommit(ref))
            return ref.replace(/^refs\/(remotes|heads)\//, '');
    }
    throw new UsageError('no --base given and no origin/HEAD, main or master branch found; pass --base <git-ref>');
}
async function localComparison(top, baseRef, log) {
    const git = new Git(top, log);
    const headCommit = await git.resolveCommit('HEAD');
    const problem = baseRef === undefined ? null : refProblem(baseRef);
    if (problem !== null)
        throw new UsageError(`--base '${baseRef}' is not a valid git ref or SHA: ${problem}`);
    const ref = baseRef ?? (await defaultBase(git));
    const baseTip = await git.resolveCommit(ref);
    if (!baseTip)
        throw new UsageError(`--base ${ref}: not a commit in this repository`);
    let baseSha = baseTip;
    if (headCommit) {
        const mb = await git.mergeBase(baseTip, headCommit);
        baseSha = mb === headCommit && baseRef === undefined ? ((await git.parents(headCommit))[0] ?? null) : (mb ?? baseTip);
    }
    const head = dirSource(top, 'head', 'working tree', headCommit, () => git.listWorkingFiles());
    const baseTree = baseSha ? gitSource(git, baseSha, 'base') : null;
    const files = async () => {
        if (!baseSha)
            return (await git.listWorkingFiles()).map((path) => ({ status: 'added', path }));
        const out = await git.diffNameStatus(baseSha, null);
        const listed = new Set(out.map((f) => f.path));
        for (const p of await git.listUntracked())
            if (!listed.has(p))
                out.push({ status: 'added', path: p });
        return out;
    };
    return {
        root: top,
        base: baseTree ?? emptySource('base', 'no base commit'),
        head,
        configSides: { base: baseTree, head },
        baseline: null,
        commits: { base: baseSha, head: headCommit },
        changes: async (isModel, opts) => findModelChanges(await files(), isModel, baseTree, head, opts),
        description: `base ${ref} (${baseSha ?? 'none'}), head: working tree${headCommit ? ` on ${headCommit.slice(0, 12)}` : ''}`,
    };
}
function fileComparison(root, configRoot, basePath, headPath) {
    const side = (name) => dirSource(root, name, `${name} file`, null, undefined, { confine: false });
    return {
        root,
        configRoot,
        base: side('base'),
        head: side('head'),
        configSides: { base: null, head: dirSource(configRoot, 'head', 'repository') },
        baseline: null,
        changes: async () => [{ status: 'modified', path: headPath, ...(basePath !== headPath ? { previousPath: basePath } : {}) }],
    };
}
async function runGate(comparison, options) {
    const log = options.log ?? (() => undefined);
    const spec = configSpec(comparison.configRoot ?? comparison.root, options.config);
    const loaded = await loadConfig(spec, comparison.configSides);
    if (loaded.config)
        log(`Budgets from ${loaded.config.file} (${loaded.source} side)`);
    else
        log(`No config at ${spec.path}: reporting changed models without budgets`);
    const patterns = options.models;
    const defaultGlobs = patterns !== undefined && patterns.join('\n') === parsePatterns(DEFAULT_MODEL_GLOBS).join('\n');
    const cache = options.cache && (await cacheOutsideCheckout(options.cache, comparison.root, options.warn ?? log)) ? options.cache : undefined;
    const materialiser = new sources/* Materialiser */.BJ(comparison.root, options.lfs, log, options.warn);
    const opened = new OpenedModels(materialiser);
    try {
        const changes = await comparison.changes(patterns ? (p) => matchesAny(p, patterns) : () => true, { defaultGlobs, log, warn: options.warn ?? log, opener: opened });
        log(`Changed models: ${changes.length ? changes.map((c) => `${c.path} (${c.status})`).join(', ') : 'none'}`);
        const slice = options.shard ? shardPaths(changes.map((c) => c.path), options.shard) : null;
        if (options.shard)
            log(`Shard ${options.shard.index}/${options.shard.count}: ${slice.size} of ${changes.length} changed models`);
        const models = await profileChanges({
            config: loaded.config,
            changes: slice ? changes.filter((c) => slice.has(c.path)) : changes,
            base: comparison.base,
            head: comparison.head,
            materialiser,
            opened,
            log,
            ...(options.warn ? { warn: options.warn } : {}),
            ...(options.profile ? { profile: options.profile } : {}),
            ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
            ...(options.progress ? { progress: options.progress } : {}),
            ...(cache ? { cache } : {}),
        });
        if (cache)
            log(`Cache ${cache.dir}: ${cache.stats.hits} profiles reused, ${cache.stats.writes} stored`);
        const minChange = options.minChange !== undefined ? { minChange: options.minChange } : {};
        const report = evaluateGate({ config: loaded.config, models, provenance: provenance(loaded), ...minChange });
        const shard = options.shard ? shardInfo(options.shard, comparison, changes, loaded, options) : null;
        return { report: shard ? { ...report, shard } : report, config: loaded, models };
    }
    finally {
        opened.clear();
        await materialiser.cleanup();
    }
}
async function cacheOutsideCheckout(cache, root, warn) {
    let inside;
    try {
        const [realRoot, realCache] = await Promise.all([(0,promises_.realpath)(root), realPathAhead(cache.dir)]);
        inside = (0,contained_file/* isInside */.FK)((0,external_node_path_.resolve)(root), (0,external_node_path_.resolve)(cache.dir)) || (0,contained_file/* isInside */.FK)(realRoot, realCache);
    }
    catch (e) {
        warn(`Cache ${cache.dir}: cannot resolve it (${e.code ?? String(e)}); running without the cache`);
        return false;
    }
    if (inside) {
        warn(`Cache ${cache.dir}: inside the checkout, where a pull request could commit forged entries; running without the cache (keep it outside, e.g. in \${{ runner.temp }})`);
    }
    return !inside;
}
function shardInfo(spec, comparison, changes, loaded, options) {
    const settings = { config: loaded.config, baseConfig: loaded.baseConfig, headConfig: loaded.headConfig, models: options.models ?? null, lfs: options.lfs, minChange: options.minChange ?? null };
    return {
        ...spec,
        models: changes.map((c) => clipText(c.path)),
        baseSha: comparison.baseline ? comparison.baseline.baseSha : (comparison.commits?.base ?? null),
        headSha: comparison.baseline ? comparison.baseline.headSha : (comparison.commits?.head ?? null),
        settings: (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(settings)).digest('hex'),
        level: defaultLevelOf(loaded.config),
    };
}
function provenance(loaded) {
    const { baseConfig, headConfig } = loaded;
    let budgetChanges = [];
    if (baseConfig && headConfig)
        budgetChanges = diffConfigs(baseConfig, headConfig);
    else if (baseConfig && !headConfig && loaded.source === 'base') {
        budgetChanges = [{ scope: 'config', setting: baseConfig.file, before: 'present', after: 'deleted' }];
    }
    return { source: loaded.source, note: loaded.note, budgetChanges };
}
function concreteInputs(inputs, dims) {
    const out = {};
    for (const [name, shape] of Object.entries(inputs)) {
        const resolved = shape.map((d) => (typeof d === 'number' ? d : (0,name_table/* ownEntry */.Pl)(dims, d)));
        if (resolved.every((d) => typeof d === 'number'))
            (0,name_table/* setEntry */.RY)(out, name, resolved);
    }
    return out;
}
async function profileSide(source, path, opts, runner, runs, progress) {
    const all = (r) => runs.map(() => r);
    const lfs = (m) => ({
        lfs: true,
        error: `${m.path}: stored in Git LFS (pointer to ${m.size} bytes, not fetched: ${m.reason}); use actions/checkout with \`lfs: true\` or the lfs: fetch input to measure it`,
    });
    const kept = opts.opened?.take(source, path) ?? null;
    const folders = [...(kept?.folders ?? [])];
    let failed = null;
    try {
        const outcome = await cachedJob(opts.cache ?? null, source, { path, runs }, async (asked) => {
            const m = kept?.place ?? (await opts.materialiser.placeModel(source, path, folders));
            if (m.kind !== 'file')
                return m;
            let at = m;
            const place = async (paths) => {
                asked(paths);
                try {
                    const r = await opts.materialiser.placeSideFiles(source, path, at, paths, folders);
                    if (r.kind === 'file')
                        at = r;
                    return r;
                }
                catch (e) {
                    if (e instanceof errors/* EnvironmentError */.eG)
                        failed = e;
                    throw e;
                }
            };
            const job = { side: source.side, path, file: m.file, root: m.root, runs };
            return kept ? (0,profile_job/* runProfileJob */.E)(job, place, opts.profile, kept.opened) : runner.run(job, place);
        });
        if (failed)
            throw failed;
        if (outcome.kind === 'missing')
            return all(null);
        if (outcome.kind === 'lfs') {
            progress('stored in Git LFS, not measured');
            return all(lfs(outcome));
        }
        const ms = `${Math.round(outcome.ms)} ms`;
        if (outcome.kind === 'unreadable') {
            progress(`${ms}, not measured`);
            return all({ error: outcome.error });
        }
        if (outcome.cached)
            progress('from the cache');
        else
            progress(outcome.runs.every((r) => 'profile' in r) ? ms : `${ms}, not measured`);
        return outcome.runs.map((r) => ('profile' in r ? { profile: r.profile } : { error: r.error }));
    }
    catch (e) {
        if (e instanceof errors/* EnvironmentError */.eG)
            throw e;
        if (e instanceof errors/* ModelBudgetError */.jW) {
            progress('not measured');
            return all({ error: firstLine(e.message) });
        }
        throw errors/* InternalError */.Gd.wrap(e, { model: path });
    }
    finally {
        await opts.materialiser.release(folders);
    }
}
function firstLine(text) {
    return text.split('\n')[0] ?? text;
}
function planRuns(config, change) {
    let dims = {};
    let inputs = {};
    const match = config ? matchChange(config, change).match : null;
    if (match?.kind === 'ignored')
        return null;
    if (match) {
        dims = match.dims;
        if (match.kind === 'matched')
            inputs = concreteInputs(match.inputs, dims);
    }
    const points = match?.kind === 'matched' ? match.entry.points : undefined;
    const free = [...new Set((points ?? []).flatMap((p) => Object.keys(p.dims)))];
    const modelOptions = { dims, inputs, perNode: true, formulas: { free } };
    if (!points || match?.kind !== 'matched')
        return { runs: [modelOptions], points: null };
    const at = points.map((point) => {
        const d = { ...match.dims, ...point.dims };
        return { point, dims: d, inputs: concreteInputs({ ...match.inputs, ...point.inputs }, d) };
    });
    return { runs: at.map((p, i) => ({ ...modelOptions, dims: p.dims, inputs: p.inputs, ...(i === 0 ? {} : { formulas: false }) })), points: at };
}
async function runLanes(tasks, lanes) {
    let next = 0;
    let failure = null;
    const lane = async () => {
        while (failure === null && next < tasks.length) {
            try {
                await tasks[next++]();
            }
            catch (e) {
                failure ??= { error: e };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, tasks.length)) }, lane));
    if (failure !== null)
        throw failure.error;
}
function sideFields(head, base, lfsFlag = false) {
    return {
        ...(head && 'profile' in head ? { head: head.profile } : {}),
        ...(head && 'error' in head ? { error: head.error } : {}),
        ...(lfsFlag && head && 'error' in head && head.lfs ? { lfsPointer: true } : {}),
        ...(base && 'profile' in base ? { base: base.profile } : {}),
        ...(base && 'error' in base ? { baseError: base.error } : {}),
    };
}
async function profileChanges(opts) {
    const log = opts.log ?? (() => undefined);
    for (const w of unmeasurableBudgets(opts.config))
        (opts.warn ?? log)(w);
    const plans = opts.changes.map((change) => ({ change, plan: planRuns(opts.config, change), head: [], base: [] }));
    const measured = plans.filter((p) => p.plan !== null);
    const tasks = [];
    measured.forEach((p, i) => {
        const { change, plan } = p;
        const runs = plan.runs;
        log(`Profiling ${change.path} (${change.status}${change.previousPath ? ` from ${change.previousPath}` : ''}${change.via ? `, via ${change.via}` : ''})`);
        const progress = (side) => (what) => opts.progress?.(`[${i + 1}/${measured.length}] ${change.path} ${side} ${what}`);
        p.head = runs.map(() => null);
        p.base = runs.map(() => null);
        if (change.status !== 'deleted') {
            tasks.push(async () => void (p.head = await profileSide(opts.head, change.path, opts, runner, runs, progress('head'))));
        }
        const base = opts.base;
        if (change.status !== 'added' && base) {
            tasks.push(async () => void (p.base = await profileSide(base, change.previousPath ?? change.path, opts, runner, runs, progress('base'))));
        }
    });
    const runner = jobRunner(opts.jobs ?? 1, tasks.length, opts.profile);
    try {
        await runLanes(tasks, runner.lanes);
    }
    finally {
        await runner.close();
    }
    const out = [];
    for (const { change, plan, head: heads, base: bases } of plans) {
        const names = {
            path: change.path,
            status: change.status,
            ...(change.previousPath ? { previousPath: change.previousPath } : {}),
            ...sameFile(change),
        };
        if (plan === null) {
            out.push(names);
            continue;
        }
        const head = heads[0] ?? null;
        const base = bases[0] ?? null;
        const points = plan.points?.map((p, i) => ({ name: p.point.name, dims: p.dims, inputs: p.inputs, ...sideFields(heads[i] ?? null, bases[i] ?? null) }));
        const input = {
            ...names,
            ...sideFields(head, base, true),
            ...(points ? { points } : {}),
        };
        if (change.status !== 'deleted' && head === null) {
            out.push({ ...input, error: `${change.path}: not found in ${opts.head.description}` });
            continue;
        }
        out.push(input);
    }
    return out;
}

;// CONCATENATED MODULE: ./build/src/action/inputs.js









class InputError extends errors/* UsageError */.eb {
    name = 'InputError';
}
function oneOf(name, value, allowed, fallback) {
    const v = value.trim() || fallback;
    if (!allowed.includes(v)) {
        throw new InputError(`input '${name}': '${v}' is not one of ${allowed.join(', ')}`);
    }
    return v;
}
function bool(name, value, fallback) {
    const v = value.trim().toLowerCase();
    if (v === '')
        return fallback;
    if (['true', 'yes', 'on', '1'].includes(v))
        return true;
    if (['false', 'no', 'off', '0'].includes(v))
        return false;
    throw new InputError(`input '${name}': '${value}' is not true or false`);
}
function readInputs(get) {
    const prRaw = get('pr-number').trim();
    if (prRaw && !/^[1-9]\d*$/.test(prRaw))
        throw new InputError(`input 'pr-number': '${prRaw}' is not a pull request number`);
    const headSha = get('head-sha').trim().toLowerCase();
    if (headSha && !(0,io_git/* isSha */.HH)(headSha))
        throw new InputError(`input 'head-sha': '${headSha}' is not a full commit SHA`);
    const headPath = get('head-path').trim();
    const basePath = get('base-path').trim();
    if ((headPath === '') !== (basePath === ''))
        throw new InputError("inputs 'head-path' and 'base-path' must be given together");
    const commentKey = get('comment-key').trim() || 'default';
    if (!/^[A-Za-z0-9._:/-]{1,100}$/.test(commentKey))
        throw new InputError(`input 'comment-key': use 1-100 letters, digits or . _ / - (got '${commentKey}')`);
    const markerKey = sanitizeCommentKey(commentKey);
    if (markerKey !== commentKey) {
        throw new InputError(`input 'comment-key': '${commentKey}' would share its comment with '${markerKey}' (the marker writes ':' as '-', with no '--' and no '-' at either end): use '${markerKey}'`);
    }
    const models = parsePatterns(get('models') || DEFAULT_MODEL_GLOBS);
    try {
        checkPatterns(models);
    }
    catch (e) {
        throw new InputError(`input 'models': ${e.message}`);
    }
    const config = get('config').trim();
    const minChangeRaw = get('min-change').trim();
    let minChange;
    try {
        minChange = minChangeRaw === '' ? undefined : (0,units/* parsePercent */.lo)(minChangeRaw);
    }
    catch (e) {
        throw new InputError(`input 'min-change': ${e.message}`);
    }
    const mode = oneOf('mode', get('mode'), ['auto', 'report', 'publish', 'merge'], 'auto');
    const shardRaw = get('shard').trim();
    const shard = shardRaw === '' ? null : parseShard(shardRaw, "input 'shard'");
    if (shard && (mode === 'publish' || mode === 'merge'))
        throw new InputError(`input 'shard' runs one shard of the gate; it cannot be combined with mode: ${mode}`);
    const jobsRaw = get('jobs').trim();
    const jobs = jobsRaw === '' ? defaultJobs() : parseJobs(jobsRaw);
    if (jobs === null)
        throw new InputError(`input 'jobs': '${jobsRaw}' is not a whole number from 1 to ${MAX_JOBS}`);
    return {
        config: config === '' || config === DEFAULT_CONFIG_FILE ? undefined : config,
        configFrom: oneOf('config-from', get('config-from'), CONFIG_FROM, 'base'),
        models: models.length ? models : parsePatterns(DEFAULT_MODEL_GLOBS),
        token: get('github-token').trim(),
        mode,
        reportPath: get('report-path').trim(),
        statusContext: get('status-context').trim() || 'model-budget',
        baseRef: get('base-ref').trim(),
        prNumber: prRaw ? Number(prRaw) : null,
        headSha,
        comment: oneOf('comment', get('comment'), ['on-change', 'always', 'on-violation', 'never'], 'on-change'),
        commentKey,
        onClean: oneOf('on-clean', get('on-clean'), ['update', 'hide', 'delete'], 'update'),
        jobSummary: bool('job-summary', get('job-summary'), true),
        annotations: bool('annotations', get('annotations'), true),
        failOn: oneOf('fail-on', get('fail-on'), ['error', 'warning', 'never'], 'error'),
        minChange,
        lfs: oneOf('lfs', get('lfs'), ['auto', 'fetch', 'skip'], 'auto'),
        jobs,
        workingDirectory: get('working-directory').trim(),
        headPath,
        basePath,
        shard,
        cacheDir: get('cache-dir').trim(),
    };
}

;// CONCATENATED MODULE: ./build/src/action/log.js


function info(message) {
    core/* info */.pq(escapeLog(message));
}
function debug(message) {
    core/* debug */.Yz(escapeLog(message));
}
function escapeProperties(p) {
    if (p === undefined)
        return undefined;
    return { ...p, ...(p.title === undefined ? {} : { title: escapeLog(p.title) }), ...(p.file === undefined ? {} : { file: escapeLog(p.file) }) };
}
function warning(message, properties) {
    core/* warning */.$e(escapeLog(message), escapeProperties(properties));
}
function error(message, properties) {
    core/* error */.z3(escapeLog(message), escapeProperties(properties));
}
function fail(message) {
    core/* setFailed */.C1(escapeLog(message));
}

;// CONCATENATED MODULE: ./build/src/action/run.js

















const log = info;
function readEvent() {
    const path = process.env['GITHUB_EVENT_PATH'];
    let payload = {};
    if (path && (0,external_node_fs_.existsSync)(path)) {
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        }
        catch (e) {
            throw new InputError(`cannot read the event payload ${path}: ${e.message}`);
        }
    }
    const [owner, repo] = (process.env['GITHUB_REPOSITORY'] ?? '').split('/');
    return {
        eventName: process.env['GITHUB_EVENT_NAME'] ?? '',
        repo: owner && repo ? { owner, repo } : null,
        payload,
        sha: process.env['GITHUB_SHA'] ?? '',
    };
}
function makeClient(inputs) {
    if (!inputs.token)
        return null;
    const apiUrl = process.env['GITHUB_API_URL'] || 'https://api.github.com';
    const graphqlUrl = process.env['GITHUB_GRAPHQL_URL'] || graphqlUrlFor(apiUrl);
    return new GitHubClient(inputs.token, apiUrl, graphqlUrl, { log });
}
async function run_runGate(inputs, event, client, workDir, deps) {
    const comparison = inputs.headPath
        ? await directoryComparison(workDir, inputs.basePath, inputs.headPath)
        : await pullRequestComparison(workDir, event, { baseRef: inputs.baseRef, headSha: inputs.headSha, prNumber: inputs.prNumber }, client, log);
    if (inputs.headPath)
        log(`Comparing directories: base ${inputs.basePath}, head ${inputs.headPath}`);
    const { report } = await runGate(comparison, {
        config: { ...(inputs.config !== undefined ? { file: inputs.config } : {}), from: inputs.configFrom, label: "input 'config'" },
        models: inputs.models,
        lfs: inputs.lfs,
        log,
        warn: (m) => warning(m),
        ...(deps.profile ? { profile: deps.profile } : {}),
        ...(inputs.minChange !== undefined ? { minChange: inputs.minChange } : {}),
        ...(inputs.shard ? { shard: inputs.shard } : {}),
        ...(inputs.cacheDir ? { cache: new ProfileCache((0,external_node_path_.resolve)(workDir, inputs.cacheDir), debug) } : {}),
        jobs: inputs.jobs,
        progress: log,
    });
    return { report, baseline: comparison.baseline };
}
function linkContext(prNumber) {
    const repository = process.env['GITHUB_REPOSITORY'];
    if (!repository)
        return null;
    return { serverUrl: process.env['GITHUB_SERVER_URL'] || 'https://github.com', repository, pullNumber: prNumber, runId: process.env['GITHUB_RUN_ID'] ?? null };
}
function prNumberOf(event, inputs) {
    if (inputs.prNumber !== null)
        return inputs.prNumber;
    const pr = event.payload['pull_request'];
    return isPullRequestEvent(event.eventName) && typeof pr?.number === 'number' ? pr.number : null;
}
function findings(report, level) {
    const out = [];
    const rowFindings = (file, rows, latency, at) => {
        for (const r of rows) {
            if (r.status !== level)
                continue;
            const why = r.reasons.length ? r.reasons.join('; ') : `over budget ${r.budget ?? ''}`.trim();
            out.push({ kind: r.unchecked ? 'unchecked' : 'breach', file, message: `${file}: ${r.metric}${at}: ${why}` });
        }
        for (const r of latency) {
            if (r.status !== level)
                continue;
            const why = r.reasons.length ? r.reasons.join('; ') : `over budget ${r.budget ?? ''}`.trim();
            out.push({ kind: r.unchecked ? 'unchecked' : 'breach', file, message: `${file}: latency${at}: ${why}` });
        }
    };
    for (const m of report.models) {
        rowFindings(m.path, m.rows, m.latency ?? [], '');
        if (level === 'warning') {
            for (const w of m.warnings ?? [])
                out.push({ kind: 'warning', file: m.path, message: w.startsWith(m.path) ? w : `${m.path}: ${w}` });
        }
        if (m.error && (m.errorVerdict ?? m.verdict) === level) {
            out.push({ kind: 'unmeasured', file: m.path, message: m.error.startsWith(m.path) ? m.error : `${m.path}: ${m.error}` });
        }
        for (const p of m.points ?? []) {
            rowFindings(m.path, p.rows, p.latency, ` at ${p.name}`);
            if (!m.error && p.error && p.verdict === level) {
                out.push({ kind: 'unmeasured', file: m.path, message: `${p.error.startsWith(m.path) ? p.error : `${m.path}: ${p.error}`} (at ${p.name})` });
            }
        }
    }
    return out;
}
function run_plural(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
}
const FORK_HINT = 'The token cannot write pull request comments (read-only GITHUB_TOKEN: a pull request from a fork, or Dependabot). ' +
    'The report is in the job summary. To comment on such pull requests, run this action with `mode: report` here and ' +
    '`mode: publish` in a workflow_run workflow (see the README, "Pull requests from forks").';
async function publishComment(inputs, client, repo, prNumber, report, body) {
    if (inputs.comment === 'never')
        return null;
    if (!client || !repo || prNumber === null) {
        if (prNumber === null)
            log('No pull request for this run: no comment');
        else
            log('No github-token: no comment');
        return null;
    }
    const wanted = inputs.comment === 'always' ||
        (inputs.comment === 'on-change' && report.models.length > 0) ||
        (inputs.comment === 'on-violation' && (report.violations > 0 || report.warnings > 0));
    try {
        const author = await tokenAuthorship(client, log);
        const sticky = new StickyComment(client, repo, prNumber, inputs.commentKey, author, log);
        if (wanted) {
            const r = await sticky.upsert(body);
            if (r.id === null) {
                warning(`GitHub's API answered the comment's POST without a comment id, and the pull request's comments do not show it: the comment-id output is left empty`);
                return null;
            }
            log(`Comment ${r.id}: ${r.action}`);
            return r.id;
        }
        const note = `${commentMarker(inputs.commentKey)}\n**Model budget**: ${headline(report)}. This earlier report is outdated.`;
        const r = await sticky.clean(inputs.onClean, body, note);
        if (r.action !== 'none')
            log(`Earlier comment: ${r.action} (on-clean: ${inputs.onClean})`);
        return r.id;
    }
    catch (e) {
        if (e instanceof GitHubApiError && e.rateLimited) {
            warning(`GitHub's API rate limit stopped the comment: no comment this run; the report is in the job summary. (${e.message})`);
            return null;
        }
        if (e instanceof GitHubApiError && e.status === 403) {
            warning(`${FORK_HINT} (${e.message})`);
            return null;
        }
        if (e instanceof GitHubApiError && e.status === 404) {
            warning(`The token cannot see pull request #${prNumber} or its comments (HTTP 404): no comment; the report is in the job summary. Check pr-number and that the token can read this repository's pull requests. (${e.message})`);
            return null;
        }
        throw e;
    }
}
function writeOutputs(report, body, reportPath, baseSha) {
    core/* setOutput */.uH('passed', String(report.passed));
    core/* setOutput */.uH('violations', String(report.violations));
    core/* setOutput */.uH('warnings', String(report.warnings));
    core/* setOutput */.uH('changed-models', JSON.stringify(report.changedModels));
    core/* setOutput */.uH('points', JSON.stringify(pointsOutput(report.models)));
    core/* setOutput */.uH('base-sha', baseSha ?? '');
    core/* setOutput */.uH('report-json', reportPath);
    core/* setOutput */.uH('comment-body', body);
}
async function writeReport(path, report) {
    const workspace = (0,external_node_path_.resolve)(process.env['GITHUB_WORKSPACE'] || process.cwd());
    await writeReportFile(path, path, `${JSON.stringify(report, null, 2)}\n`, { within: workspace });
}
function annotate(inputs, report) {
    if (!inputs.annotations)
        return;
    const title = (f, breach) => f.kind === 'breach' ? breach : f.kind === 'unchecked' ? 'Model budget not checked' : f.kind === 'warning' ? 'Model budget warning' : 'Model not measured';
    for (const f of findings(report, 'error'))
        error(f.message, { title: title(f, 'Model budget exceeded'), file: f.file });
    for (const f of findings(report, 'warning'))
        warning(f.message, { title: title(f, 'Model budget warning'), file: f.file });
}
function verdict(inputs, report) {
    const errors = findings(report, 'error');
    const failing = inputs.failOn === 'never' ? [] : inputs.failOn === 'warning' ? [...errors, ...findings(report, 'warning')] : errors;
    if (failing.length === 0) {
        if (!report.passed && inputs.failOn !== 'never')
            fail(`model-budget: ${headline(report)}`);
        return;
    }
    fail(failureLine(failing));
}
function failureLine(failing) {
    const count = (kind) => failing.filter((f) => f.kind === kind).length;
    const breaches = count('breach');
    const unchecked = count('unchecked');
    const unmeasured = count('unmeasured');
    const warnings = count('warning');
    const counts = [
        ...(breaches ? [run_plural(breaches, 'budget breach', 'budget breaches')] : []),
        ...(unchecked ? [run_plural(unchecked, 'budget could not be checked', 'budgets could not be checked')] : []),
        ...(unmeasured ? [run_plural(unmeasured, 'model could not be measured', 'models could not be measured')] : []),
        ...(warnings ? [run_plural(warnings, 'warning', 'warnings')] : []),
    ];
    const listed = failing.slice(0, MAX_FAILURE_FINDINGS).map((f) => f.message);
    const more = failing.length - listed.length;
    return `model-budget: ${counts.join(', ')}: ${listed.join('; ')}${more > 0 ? `; and ${more} more (the annotations and the job summary list them)` : ''}`;
}
const MAX_FAILURE_FINDINGS = 10;
async function summary(inputs, markdown) {
    if (!inputs.jobSummary || !process.env['GITHUB_STEP_SUMMARY'])
        return;
    await core/* summary */.z.addRaw(markdown, true).write();
}
async function failureSummary(message) {
    if (!process.env['GITHUB_STEP_SUMMARY'] || /^(false|no|off|0)$/i.test(core/* getInput */.V4('job-summary').trim()))
        return;
    try {
        await core/* summary */.z.addRaw(`### Model budget: ❌ the action failed\n\n${escapeMarkdown(message, 2000)}\n`, true).write();
    }
    catch {
    }
}
function defaultReportPath(workDir) {
    return (0,external_node_path_.join)(process.env['RUNNER_TEMP'] || workDir, 'model-budget-report.json');
}
const MAX_OPEN_PULLS_SCANNED = 1000;
async function findPrForCommit(client, repo, sha, run) {
    let prs = [];
    try {
        const r = await client.request('GET', `/repos/${repo.owner}/${repo.repo}/commits/${sha}/pulls`);
        prs = Array.isArray(r.data) ? r.data : [];
    }
    catch (e) {
        if (!(e instanceof GitHubApiError && (e.status === 404 || e.status === 422)))
            throw e;
    }
    const best = prs.find((p) => p.state === 'open' && p.head?.sha === sha) ?? prs.find((p) => p.state === 'open') ?? prs[0];
    if (best)
        return best.number;
    const owner = run?.head_repository?.owner?.login;
    const branch = run?.head_branch;
    const queries = owner && branch ? [`?state=open&head=${encodeURIComponent(`${owner}:${branch}`)}`, '?state=open'] : ['?state=open'];
    for (const q of queries) {
        const { items } = await client.paginate(`/repos/${repo.owner}/${repo.repo}/pulls${q}`, MAX_OPEN_PULLS_SCANNED);
        const hit = items.find((p) => p.head?.sha === sha);
        if (hit) {
            log(`Pull request #${hit.number} found by its head commit (a fork's pull request is not linked to the workflow run)`);
            return hit.number;
        }
    }
    return null;
}
async function publish(inputs, event, client, workDir) {
    if (!inputs.reportPath)
        throw new InputError("mode 'publish' needs the report-path input (the JSON written by mode 'report')");
    const path = (0,external_node_path_.resolve)(workDir, inputs.reportPath);
    const report = await readGateReport(path, inputs.reportPath);
    if (report.shard)
        throw new InputError(`report-path ${JSON.stringify(inputs.reportPath)}: a partial report (shard ${report.shard.index}/${report.shard.count}); merge the shards with mode: merge`);
    const run = event.payload['workflow_run'];
    const headSha = inputs.headSha || run?.head_sha || '';
    const prNumber = client && event.repo && (0,io_git/* isSha */.HH)(headSha) ? (inputs.prNumber ?? run?.pull_requests?.[0]?.number ?? (await findPrForCommit(client, event.repo, headSha, run))) : null;
    const renderOpts = {
        commentKey: inputs.commentKey,
        headSha: (0,io_git/* isSha */.HH)(headSha) ? headSha : null,
        links: linkContext(prNumber),
        ...(inputs.minChange !== undefined ? { minChange: inputs.minChange } : {}),
    };
    const body = renderComment(report, renderOpts);
    await summary(inputs, renderSummary(report, renderOpts));
    if (!client || !event.repo)
        throw new InputError("mode 'publish' needs github-token and GITHUB_REPOSITORY");
    if (!(0,io_git/* isSha */.HH)(headSha))
        throw new InputError("mode 'publish' needs head-sha (or a workflow_run event)");
    log(`Publishing the report for ${headSha}${prNumber ? ` on pull request #${prNumber}` : ' (no pull request found)'}`);
    const commentId = await publishComment(inputs, client, event.repo, prNumber, report, body);
    const server = process.env['GITHUB_SERVER_URL'] || 'https://github.com';
    const runId = process.env['GITHUB_RUN_ID'];
    const description = headlineWithoutIcon(report).slice(0, 140);
    const state = report.passed ? 'success' : 'failure';
    try {
        await client.request('POST', `/repos/${event.repo.owner}/${event.repo.repo}/statuses/${headSha}`, {
            state,
            context: inputs.statusContext,
            description,
            ...(runId ? { target_url: `${server}/${event.repo.owner}/${event.repo.repo}/actions/runs/${runId}` } : {}),
        });
        log(`Commit status ${inputs.statusContext}: ${state} (${description})`);
    }
    catch (e) {
        if (e instanceof GitHubApiError && e.rateLimited)
            warning(`GitHub's API rate limit stopped the commit status: ${e.message}`);
        else if (e instanceof GitHubApiError && e.status === 403)
            warning(`Cannot set the commit status (needs permissions: statuses: write): ${e.message}`);
        else
            throw e;
    }
    writeOutputs(report, body, path, null);
    core/* setOutput */.uH('comment-id', commentId === null ? '' : String(commentId));
}
async function deliver(inputs, event, client, report, commits, reportPath, mode) {
    const { prNumber } = commits;
    const renderOpts = { commentKey: inputs.commentKey, baseSha: commits.baseSha, headSha: commits.headSha, links: linkContext(prNumber) };
    const body = renderComment(report, renderOpts);
    await writeReport(reportPath, report);
    log(`Report: ${reportPath}`);
    await summary(inputs, renderSummary(report, renderOpts));
    writeOutputs(report, body, reportPath, commits.baseSha);
    let commentId = null;
    if (mode === 'gate')
        commentId = await publishComment(inputs, client, event.repo, prNumber, report, body);
    core/* setOutput */.uH('comment-id', commentId === null ? '' : String(commentId));
    annotate(inputs, report);
    log(verdictLine(report));
    verdict(inputs, report);
}
async function writeShard(inputs, shard, report, workDir) {
    const path = inputs.reportPath ? (0,external_node_path_.resolve)(workDir, inputs.reportPath) : (0,external_node_path_.join)(process.env['RUNNER_TEMP'] || workDir, `model-budget-shard-${shard.index}-of-${shard.count}.json`);
    await writeReport(path, report);
    core/* setOutput */.uH('report-json', path);
    log(`Shard ${shard.index}/${shard.count}: ${report.models.length} model(s) profiled; partial report ${path} (merge the shards with mode: merge)`);
}
async function merge(inputs, event, client, workDir) {
    if (!inputs.reportPath)
        throw new InputError("mode 'merge' needs the report-path input: the folder (or files, one a line) holding the shards' partial reports");
    const workspace = (0,external_node_path_.resolve)(process.env['GITHUB_WORKSPACE'] || process.cwd());
    const given = inputs.reportPath.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    const merged = await mergeShardFiles(given, { cwd: workDir, within: workspace, label: 'report-path ' });
    const head = inputs.headSha || eventHeadSha(event);
    if (head && merged.headSha && merged.headSha !== head) {
        throw new InputError(`the partial reports are for head commit ${merged.headSha}, this run is for ${head}: download the shards of this run`);
    }
    log(`Merged ${merged.report.models.length + merged.report.ignored.length} model(s) from ${merged.count} shards`);
    const shardsMinChange = merged.report.minChange ?? 0;
    if (inputs.minChange !== undefined && inputs.minChange !== shardsMinChange) {
        warning(`input 'min-change' (${formatLimitPercent(inputs.minChange)}) is not used by mode: merge: the shards ran with ${formatLimitPercent(shardsMinChange)}; set min-change on the shard jobs`);
    }
    const commits = { prNumber: prNumberOf(event, inputs), baseSha: merged.baseSha, headSha: merged.headSha };
    await deliver(inputs, event, client, merged.report, commits, defaultReportPath(workDir), 'gate');
}
function checkWorkingDirectory(given, dir) {
    let isDir;
    try {
        isDir = (0,external_node_fs_.statSync)(dir).isDirectory();
    }
    catch (e) {
        const code = e.code;
        throw new InputError(`input 'working-directory': ${given} ${code === 'ENOENT' || code === 'ENOTDIR' ? 'does not exist' : `cannot be read (${code ?? e.message})`}`);
    }
    if (!isDir)
        throw new InputError(`input 'working-directory': ${given} is not a directory`);
}
async function run(deps = {}) {
    try {
        const inputs = readInputs((name) => core/* getInput */.V4(name));
        const event = readEvent();
        const workDir = (0,external_node_path_.resolve)(process.env['GITHUB_WORKSPACE'] || process.cwd(), inputs.workingDirectory || '.');
        const client = makeClient(inputs);
        const mode = inputs.mode === 'auto' ? (event.eventName === 'workflow_run' ? 'publish' : 'gate') : inputs.mode;
        if (inputs.workingDirectory && mode !== 'publish')
            checkWorkingDirectory(inputs.workingDirectory, workDir);
        if (mode === 'publish') {
            await publish(inputs, event, client, workDir);
            return;
        }
        if (mode === 'merge') {
            await merge(inputs, event, client, workDir);
            return;
        }
        const { report, baseline } = await run_runGate(inputs, event, client, workDir, deps);
        if (inputs.shard) {
            await writeShard(inputs, inputs.shard, report, workDir);
            return;
        }
        const commits = { prNumber: baseline?.prNumber ?? prNumberOf(event, inputs), baseSha: baseline?.baseSha ?? null, headSha: baseline?.headSha ?? null };
        await deliver(inputs, event, client, report, commits, inputs.reportPath ? (0,external_node_path_.resolve)(workDir, inputs.reportPath) : defaultReportPath(workDir), mode);
    }
    catch (e) {
        await reportRunFailure(e);
    }
}
async function reportRunFailure(e) {
    if (e instanceof errors/* ModelBudgetError */.jW) {
        if (e instanceof errors/* ConfigError */.xL) {
            error(e.message, { title: 'Invalid model-budget config', file: e.file, ...(e.line > 0 ? { startLine: e.line } : {}) });
        }
        fail(`model-budget: ${e.message}`);
        await failureSummary(e.message);
        return;
    }
    const line = (0,errors/* internalErrorLine */.cB)(e);
    const wrapped = errors/* InternalError */.Gd.wrap(e);
    const stack = wrapped instanceof errors/* InternalError */.Gd ? wrapped.originalStack : String(e);
    for (const l of stack.split('\n')) {
        if (process.env['MODEL_BUDGET_DEBUG'] === '1')
            info(l);
        else
            debug(l);
    }
    fail(`model-budget: ${line}`);
    await failureSummary(line);
}


/***/ }),

/***/ 7707:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ NO_WEIGHTS_PREFIX)
/* harmony export */ });
const NO_WEIGHTS_PREFIX = 'no weights: ';


/***/ }),

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


/***/ }),

/***/ 6540:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VP: () => (/* binding */ noWeightsReason),
  profileWeights: () => (/* binding */ profileWeights),
  uniqueStorages: () => (/* binding */ uniqueStorages),
  weightsParams: () => (/* binding */ weightsParams),
  weightsSummary: () => (/* binding */ weightsSummary)
});

// UNUSED EXPORTS: MAX_MODULES, moduleBreakdown, weightsOnlyUnavailable

// EXTERNAL MODULE: ./build/src/formats/weights.js
var weights = __webpack_require__(7707);
// EXTERNAL MODULE: ./build/src/graph/dtype.js
var dtype = __webpack_require__(5274);
;// CONCATENATED MODULE: ./build/src/profile/llm.js
const DEFAULT_CONTEXT_CAP = 4096;
const MAX_CONTEXT = 1 << 30;
const EXPERT_TENSOR = /\.experts\.|(^|\.)ffn_(gate|up|down|gate_up)_exps\./;
function decoderFigures(spec, options = {}) {
    const warnings = [];
    const { context, contextSource } = resolveContext(spec, options.context, warnings);
    const h = spec.hiddenSize;
    const L = spec.layers;
    const H = spec.heads;
    const Hkv = spec.kvHeads;
    const d = spec.headDim;
    const dv = spec.valueHeadDim ?? spec.headDim;
    const f = spec.intermediateSize;
    const mlpMatrices = spec.gatedMlp ? 3 : 2;
    const bytes = spec.kvCacheElementBytes ?? 2;
    const slidingLayers = spec.slidingWindow === undefined ? 0 : Math.min(L, spec.slidingWindowLayers ?? L);
    const attended = slidingLayers * Math.min(context, spec.slidingWindow ?? context) + (L - slidingLayers) * context;
    const attentionProjections = L * (h * H * d + h * Hkv * d + h * Hkv * dv + H * dv * h);
    const attentionScores = H * (d + dv) * attended;
    let mlp;
    let router = 0;
    if (spec.experts !== undefined && spec.expertsPerToken !== undefined) {
        mlp = L * (spec.expertsPerToken * mlpMatrices * h * f + mlpMatrices * h * (spec.sharedExpertIntermediateSize ?? 0));
        router = L * h * spec.experts;
    }
    else {
        mlp = L * mlpMatrices * h * f;
    }
    const lmHead = h * spec.vocabSize;
    const macsPerToken = attentionProjections + attentionScores + mlp + router + lmHead;
    const kvCacheBytesPerToken = L * Hkv * (d + dv) * bytes;
    const kvCacheBytesAtContext = Hkv * (d + dv) * bytes * attended;
    if (![macsPerToken, kvCacheBytesAtContext].every(Number.isSafeInteger)) {
        warnings.push('the LLM figures exceed 2^53 and are rounded');
    }
    const moe = spec.experts !== undefined && spec.expertsPerToken !== undefined && options.tensors
        ? moeParams(spec, options.tensors, mlpMatrices, warnings)
        : undefined;
    return {
        context,
        contextSource,
        macsPerToken,
        macs: { attentionProjections, attentionScores, mlp, router, lmHead },
        kvCacheBytesPerToken,
        kvCacheBytesAtContext,
        kvCacheElementBytes: bytes,
        ...(moe ? { moe } : {}),
        warnings,
    };
}
function resolveContext(spec, requested, warnings) {
    if (requested !== undefined) {
        if (Number.isSafeInteger(requested) && requested > 0 && requested <= MAX_CONTEXT) {
            if (spec.maxContext !== undefined && requested > spec.maxContext) {
                warnings.push(`context ${requested} is longer than the model's maximum of ${spec.maxContext}`);
            }
            return { context: requested, contextSource: 'config' };
        }
        warnings.push(`context ${String(requested)} is not a positive integer up to ${MAX_CONTEXT}; using the default`);
    }
    if (spec.maxContext === undefined) {
        warnings.push(`the model states no maximum context; figures are at context ${DEFAULT_CONTEXT_CAP} (set dims: { context: N } to choose)`);
        return { context: DEFAULT_CONTEXT_CAP, contextSource: 'default' };
    }
    if (spec.maxContext > DEFAULT_CONTEXT_CAP) {
        warnings.push(`figures are at context ${DEFAULT_CONTEXT_CAP}, not the model's maximum of ${spec.maxContext} (set dims: { context: N } to choose)`);
        return { context: DEFAULT_CONTEXT_CAP, contextSource: 'default' };
    }
    return { context: spec.maxContext, contextSource: 'model' };
}
function moeParams(spec, tensors, mlpMatrices, warnings) {
    const seen = new Set();
    let total = 0;
    let fromTensors = 0;
    for (const t of tensors) {
        if (t.role !== 'param')
            continue;
        if (t.storageKey !== undefined) {
            if (seen.has(t.storageKey))
                continue;
            seen.add(t.storageKey);
        }
        total += t.elements;
        if (EXPERT_TENSOR.test(t.name))
            fromTensors += t.elements;
    }
    let expertParams = fromTensors;
    let expertParamsFrom = 'tensors';
    if (fromTensors === 0) {
        expertParams = spec.layers * spec.experts * mlpMatrices * spec.hiddenSize * spec.intermediateSize;
        expertParamsFrom = 'spec';
        warnings.push('no expert tensors recognised by name (.experts. or _exps); expert params are estimated as layers x experts x MLP size');
    }
    const inactive = Math.round(expertParams * (1 - spec.expertsPerToken / spec.experts));
    return { totalParams: total, activeParams: Math.max(0, total - inactive), expertParams, expertParamsFrom };
}

// EXTERNAL MODULE: ./build/src/profile/types.js
var types = __webpack_require__(9010);
;// CONCATENATED MODULE: ./build/src/profile/weights.js




const MAX_MODULES = 2000;
function weightsOnlyUnavailable(formatLabel, hasDecoder = false) {
    return {
        metrics: ['macs', 'flops', 'memory', 'peak-memory', 'latency'],
        reason: `${formatLabel} files store weights only: there is no graph to count MACs, FLOPs, memory access, peak memory or latency on`
            + (hasDecoder ? ' (the LLM figures are estimated from the decoder hyper-parameters instead)' : ''),
    };
}
function uniqueStorages(tensors) {
    const out = [];
    const byKey = new Map();
    for (const t of tensors) {
        if (t.storageKey === undefined) {
            out.push(t);
            continue;
        }
        const key = `${t.role}\u0000${t.storageKey}`;
        const at = byKey.get(key);
        if (at === undefined) {
            byKey.set(key, out.length);
            out.push(t);
        }
        else if (t.bytes > out[at].bytes || (t.bytes === out[at].bytes && t.elements > out[at].elements)) {
            out[at] = t;
        }
    }
    return out.map((t) => {
        if (t.storageKey === undefined)
            return t;
        return { ...t, elements: t.sharedStorageElements ?? Math.max(t.elements, storageElements(t)) };
    });
}
function storageElements(t) {
    const bits = (0,dtype/* isDType */.Zn)(t.dtype) ? (0,dtype/* dtypeBits */.$C)(t.dtype) : QUANTIZED_BITS[t.dtype];
    return bits ? Math.floor((t.bytes * 8) / bits) : 0;
}
const QUANTIZED_BITS = { qint8: 8, quint8: 8, qint32: 32 };
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
        if (t.role !== 'param')
            continue;
        total += t.elements;
        bytes += t.bytes;
        const slot = (byDtype[dtypeKey(t)] ??= { elements: 0, bytes: 0 });
        slot.elements += t.elements;
        slot.bytes += t.bytes;
    }
    const nonWeight = sumState(unique.filter((t) => t.role === 'non-weight'));
    return { total, bytes, byDtype: byDtype, nonWeight: { elements: nonWeight.elements, bytes: nonWeight.bytes } };
}
function moduleBreakdown(unique) {
    const sums = new Map();
    for (const t of unique) {
        if (t.role !== 'param')
            continue;
        const parts = t.name.split('.');
        let prefix = '';
        for (let i = 0; i < parts.length - 1; i++) {
            prefix = i === 0 ? parts[0] : `${prefix}.${parts[i]}`;
            const slot = sums.get(prefix) ?? { params: 0, bytes: 0, depth: i + 1 };
            slot.params += t.elements;
            slot.bytes += t.bytes;
            sums.set(prefix, slot);
        }
    }
    return [...sums]
        .sort((a, b) => a[1].depth - b[1].depth || b[1].params - a[1].params || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .slice(0, MAX_MODULES)
        .map(([name, s]) => ({ name, params: s.params, bytes: s.bytes }));
}
function weightsSummary(file, unique, llm) {
    return {
        tensors: file.tensors.length,
        buffers: sumState(unique.filter((t) => t.role === 'buffer')),
        optimizer: sumState(unique.filter((t) => t.role === 'optimizer')),
        modules: moduleBreakdown(unique),
        metadata: Object.fromEntries(file.metadata),
        ...(llm ? { llm } : {}),
    };
}
function profileWeights(file, options) {
    const unique = uniqueStorages(file.tensors);
    const figures = file.decoder ? decoderFigures(file.decoder, { tensors: file.tensors, ...(options.context !== undefined ? { context: options.context } : {}) }) : undefined;
    const { warnings: llmWarnings = [], ...llm } = figures ?? {};
    return {
        schemaVersion: types/* PROFILE_SCHEMA_VERSION */.HO,
        model: {
            path: options.path,
            format: options.format,
            formatVersion: options.formatVersion,
            fileBytes: options.fileBytes,
            externalDataBytes: options.sideFileBytes,
            producer: '',
            opsets: {},
        },
        inputs: [],
        outputs: [],
        params: weightsParams(unique),
        opHistogram: {},
        totals: null,
        unavailable: file.costsUnavailable !== undefined
            ? { ...weightsOnlyUnavailable(options.formatLabel), reason: file.costsUnavailable }
            : weightsOnlyUnavailable(options.formatLabel, figures !== undefined),
        weights: weightsSummary(file, unique, figures ? llm : undefined),
        unknownOps: [],
        warnings: [...file.warnings, ...llmWarnings],
    };
}
function noWeightsReason(p) {
    if (!p || p.params.total !== 0)
        return null;
    const stated = p.warnings.find((w) => w.startsWith(weights/* NO_WEIGHTS_PREFIX */.l));
    return stated === undefined ? null : stated.slice(weights/* NO_WEIGHTS_PREFIX */.l.length);
}


/***/ })

};
