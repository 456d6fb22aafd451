export const id = 183;
export const ids = [183];
export const modules = {

/***/ 1893:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ DEFAULT_CONFIG_FILE),
/* harmony export */   Zr: () => (/* binding */ matchModel),
/* harmony export */   o4: () => (/* binding */ parseConfig)
/* harmony export */ });
/* unused harmony exports CONFIG_KEYS, ConfigError, emptyConfig */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6665);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3744);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4134);
/**
 * Reads `.github/model-budget.yml` into a typed GateConfig. The caller passes the text (this
 * module does no I/O). Every problem is one ConfigError whose message names the file, the line
 * and the key, e.g.
 *   .github/model-budget.yml:7: models[0].budgets.flops.max: "60X" is not a count (use K/M/G/T)
 * Unknown keys are errors so that a typo (`max-increse`) never silently disables a budget.
 * schema/model-budget.schema.json describes the same rules for editors; this file is the authority.
 */




const DEFAULT_CONFIG_FILE = '.github/model-budget.yml';
/** Keys each mapping accepts; exported so a test can hold the JSON schema to the same list. */
const CONFIG_KEYS = {
    root: ['version', 'defaults', 'models', 'ignore'],
    defaults: ['level', 'dims'],
    model: ['name', 'path', 'inputs', 'dims', 'budgets'],
    budget: ['max', 'max-increase', 'min-delta', 'level'],
};
class ConfigError extends Error {
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
/** A config with no budgets: what the gate uses when the repository has no config file. */
function emptyConfig(file = DEFAULT_CONFIG_FILE) {
    return { version: 1, file, defaults: { level: 'error', dims: {} }, models: [], ignore: [] };
}
/**
 * Parses and validates the config text. `file` is only used in messages.
 * Throws ConfigError (one line, no stack needed) for any problem.
 */
function parseConfig(text, file = DEFAULT_CONFIG_FILE) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const reader = new Reader(file, lineCounter, doc);
    const syntax = doc.errors[0];
    if (syntax) {
        const line = lineCounter.linePos(syntax.pos[0]).line;
        const detail = (syntax.message.split('\n')[0] ?? 'invalid YAML').replace(/ at line \d+, column \d+:?$/, '');
        throw new ConfigError(file, line, '', `invalid YAML: ${detail}`);
    }
    return reader.root(doc.contents);
}
/**
 * Which config entry applies to a repository path: the ignore list wins, then the first model
 * entry whose glob matches. Unmatched models are still reported, with no budgets.
 */
function matchModel(config, path) {
    const p = (0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizePath */ .Fd)(path);
    for (const pattern of config.ignore) {
        if ((0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .compileGlob */ .SO)(pattern).test(p))
            return { kind: 'ignored', pattern };
    }
    for (let index = 0; index < config.models.length; index++) {
        const entry = config.models[index];
        if ((0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .compileGlob */ .SO)(entry.path).test(p)) {
            return { kind: 'matched', entry, index, dims: { ...config.defaults.dims, ...entry.dims }, inputs: entry.inputs };
        }
    }
    return { kind: 'unmatched', dims: { ...config.defaults.dims } };
}
class Reader {
    file;
    lines;
    doc;
    constructor(file, lines, doc) {
        this.file = file;
        this.lines = lines;
        this.doc = doc;
    }
    lineOf(node) {
        const target = node && 'range' in node ? node : node && 'key' in node ? node.key : null;
        const range = target && 'range' in target ? target.range : undefined;
        return range ? this.lines.linePos(range[0]).line : 0;
    }
    fail(at, key, detail) {
        throw new ConfigError(this.file, this.lineOf(at), key, detail);
    }
    resolve(node) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
            return node.resolve(this.doc) ?? null;
        return node ?? null;
    }
    /** The pairs of a mapping, rejecting keys not in `allowed`. */
    map(node, key, allowed, at) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
            this.fail(node ?? at, key, `expected a mapping${describe(node)}`);
        const out = new Map();
        for (const pair of node.items) {
            const keyNode = this.resolve(pair.key);
            const name = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(keyNode) ? String(keyNode.value) : null;
            const here = name === null ? key : joinKey(key, name);
            if (name === null)
                this.fail(pair, key, 'keys must be plain names');
            if (allowed && !allowed.includes(name)) {
                const hint = suggest(name, allowed);
                this.fail(pair, here, `unknown key${hint ? ` (did you mean "${hint}"?)` : ` (expected one of: ${allowed.join(', ')})`}`);
            }
            const value = this.resolve(pair.value);
            // `key:` with nothing after it reads as absent, like leaving the key out.
            out.set(name, { pair, value: (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && value.value === null ? null : value });
        }
        return out;
    }
    seq(node, key, at) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
            this.fail(node ?? at, key, `expected a list${describe(node)}`);
        return node.items.map((item) => this.resolve(item));
    }
    scalar(node, key, at) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
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
    level(node, key, at) {
        const v = this.scalar(node, key, at);
        if (typeof v !== 'string' || !_types_js__WEBPACK_IMPORTED_MODULE_3__/* .LEVELS */ .A_.includes(v)) {
            this.fail(node ?? at, key, `${show(v)} is not a level (use error, warning or off)`);
        }
        return v;
    }
    glob(node, key, at) {
        const pattern = this.text(node, key, at);
        try {
            (0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .compileGlob */ .SO)(pattern);
        }
        catch (e) {
            if (e instanceof _glob_js__WEBPACK_IMPORTED_MODULE_1__/* .GlobError */ .pZ)
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
            out[name] = v;
        }
        return out;
    }
    inputs(node, key, at) {
        const out = {};
        for (const [name, { pair, value }] of this.map(node, key, null, at)) {
            const inputKey = joinKey(key, name);
            out[name] = this.seq(value, inputKey, pair).map((item, i) => {
                const v = this.scalar(item, `${inputKey}[${i}]`, pair);
                if (typeof v === 'number' && Number.isInteger(v) && v >= 1)
                    return v;
                if (typeof v === 'string' && /^[A-Za-z_][A-Za-z0-9_.:-]*$/.test(v))
                    return v;
                return this.fail(item ?? pair, `${inputKey}[${i}]`, `${show(v)} is not a dimension (use a whole number >= 1 or a symbolic dim name)`);
            });
        }
        return out;
    }
    amount(node, key, at, metric) {
        const unit = _units_js__WEBPACK_IMPORTED_MODULE_2__/* .METRIC_UNITS */ .jv[metric];
        const v = this.scalar(node, key, at);
        if (typeof v !== 'string' && typeof v !== 'number')
            this.fail(node ?? at, key, `${show(v)} is not a ${unit === 'count' ? 'count' : 'byte size'}`);
        try {
            const value = (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .parseAmount */ .C_)(v, unit);
            // Show the limit the way the user wrote it (validated digits and a known suffix), so
            // `120MiB` reads `120 MiB` rather than its decimal conversion.
            const m = typeof v === 'string' ? /^\s*([0-9.]+)\s*([A-Za-z]+)\s*$/.exec(v) : null;
            const text = m ? `${m[1]} ${m[2] === 'k' ? 'K' : m[2]}` : (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatAmount */ .ej)(value, unit, { trim: true });
            return { value, text };
        }
        catch (e) {
            if (e instanceof _units_js__WEBPACK_IMPORTED_MODULE_2__/* .UnitError */ .tR)
                this.fail(node ?? at, key, e.message);
            throw e;
        }
    }
    budget(node, key, at, metric) {
        const fields = this.map(node, key, CONFIG_KEYS.budget, at);
        let max;
        let maxIncrease;
        let minDelta;
        let level;
        for (const [name, { pair, value }] of fields) {
            const k = joinKey(key, name);
            if (name === 'max')
                max = this.amount(value, k, pair, metric);
            else if (name === 'min-delta')
                minDelta = this.amount(value, k, pair, metric);
            else if (name === 'level')
                level = this.level(value, k, pair);
            else {
                const v = this.scalar(value, k, pair);
                try {
                    maxIncrease = (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePercent */ .lo)(typeof v === 'string' || typeof v === 'number' ? v : String(v));
                }
                catch (e) {
                    if (e instanceof _units_js__WEBPACK_IMPORTED_MODULE_2__/* .UnitError */ .tR)
                        this.fail(value ?? pair, k, e.message);
                    throw e;
                }
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
            parts.push(`+${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatLimitPercent */ .oQ)(maxIncrease)}${minDelta ? ` if Δ > ${minDelta.text}` : ''}`);
        }
        return {
            ...(max ? { max: max.value } : {}),
            ...(maxIncrease !== undefined ? { maxIncrease } : {}),
            ...(minDelta ? { minDelta: minDelta.value } : {}),
            ...(level ? { level } : {}),
            text: parts.join(', '),
        };
    }
    model(node, key, at, seen) {
        const fields = this.map(node, key, CONFIG_KEYS.model, at);
        const get = (name) => fields.get(name);
        const nameField = get('name');
        const pathField = get('path');
        if (!nameField)
            this.fail(node, key, 'missing name');
        if (!pathField)
            this.fail(node, key, 'missing path (a glob such as models/detector/*.onnx)');
        const name = this.text(nameField.value, joinKey(key, 'name'), nameField.pair);
        const other = seen.get(name);
        if (other)
            this.fail(nameField.pair, joinKey(key, 'name'), `${show(name)} is already used by ${other}`);
        seen.set(name, key);
        const path = this.glob(pathField.value, joinKey(key, 'path'), pathField.pair);
        const budgets = {};
        const budgetsField = get('budgets');
        if (budgetsField && budgetsField.value !== null) {
            const bk = joinKey(key, 'budgets');
            for (const [metric, { pair, value }] of this.map(budgetsField.value, bk, _types_js__WEBPACK_IMPORTED_MODULE_3__/* .METRICS */ .Cb, budgetsField.pair)) {
                budgets[metric] = this.budget(value, joinKey(bk, metric), pair, metric);
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
            line: this.lineOf(node),
        };
    }
    root(contents) {
        const node = this.resolve(contents);
        if (node === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.value === null)) {
            throw new ConfigError(this.file, 0, '', 'the file is empty (start with version: 1)');
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
        const defaults = fields.get('defaults');
        if (defaults && defaults.value !== null) {
            const d = this.map(defaults.value, 'defaults', CONFIG_KEYS.defaults, defaults.pair);
            const l = d.get('level');
            if (l)
                level = this.level(l.value, 'defaults.level', l.pair);
            const dm = d.get('dims');
            if (dm && dm.value !== null)
                dims = this.dims(dm.value, 'defaults.dims', dm.pair);
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
        return { version: 1, file: this.file, defaults: { level, dims }, models, ignore };
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
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
        return ', got a list';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return ', got a mapping';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        return `, got ${show(node.value)}`;
    return '';
}
/** The allowed key closest to a typo (edit distance <= 2), if any. */
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


/***/ }),

/***/ 4958:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DR: () => (/* binding */ evaluateGate)
});

// UNUSED EXPORTS: ReportValidationError, validateGateReport

// EXTERNAL MODULE: ./build/src/budget/config.js
var budget_config = __webpack_require__(1893);
// EXTERNAL MODULE: ./build/src/budget/units.js
var units = __webpack_require__(3744);
// EXTERNAL MODULE: ./build/src/budget/types.js
var types = __webpack_require__(4134);
;// CONCATENATED MODULE: ./build/src/budget/evaluate.js


const DEFAULT_WHY_LIMIT = 10;
/** The metric as the profile reports it, or null when the profile does not carry it. */
function metricValue(profile, metric) {
    if (!profile)
        return null;
    const totals = profile.totals;
    const lowerBound = totals?.lowerBound === true;
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
            return totals ? { value: totals.peakActivationBytes, lowerBound } : null;
    }
}
const SEVERITY = { ok: 0, warning: 1, error: 2 };
function evaluate_worstVerdict(verdicts) {
    let worst = 'ok';
    for (const v of verdicts)
        if (SEVERITY[v] > SEVERITY[worst])
            worst = v;
    return worst;
}
/** The status a breach gets at a level: `off` never reaches here. */
function levelVerdict(level) {
    return level === 'error' ? 'error' : level === 'warning' ? 'warning' : 'ok';
}
/** One metric row. `budget`/`level` are absent when the metric has no budget. */
function evaluateMetric(metric, base, head, opts) {
    const unit = units/* METRIC_UNITS */.jv[metric];
    const delta = base && head ? head.value - base.value : null;
    const pct = base && head && base.value !== 0 && !opts.isNew ? ((head.value - base.value) / base.value) * 100 : null;
    const reasons = [];
    const budget = opts.budget;
    const level = budget ? (opts.level ?? 'error') : null;
    if (budget && level !== 'off' && !opts.deleted) {
        const show = (v) => `${v.lowerBound ? '≥' : ''}${(0,units/* formatAmount */.ej)(v.value, unit)}`;
        if (head === null) {
            if (opts.headMeasured)
                reasons.push(`${units/* METRIC_LABELS */.t8[metric]} was not measured, so its budget could not be checked`);
        }
        else {
            if (budget.max !== undefined && head.value > budget.max) {
                reasons.push(`${show(head)} exceeds max ${(0,units/* formatAmount */.ej)(budget.max, unit, { trim: true })}`);
            }
            if (budget.maxIncrease !== undefined && base !== null && !opts.isNew && delta !== null && delta > 0) {
                // Compare delta*100 > pct*base rather than dividing, so 2.0% against a 2% limit is not a breach by rounding.
                const overPercent = delta * 100 > budget.maxIncrease * base.value;
                const overDelta = budget.minDelta === undefined || delta > budget.minDelta;
                if (overPercent && overDelta) {
                    const pctText = pct === null ? `grew from ${(0,units/* formatAmount */.ej)(base.value, unit)}` : `${(0,units/* formatPercent */.l9)(pct)}`;
                    const minText = budget.minDelta !== undefined ? ` and ${(0,units/* formatDelta */.CW)(delta, unit)} > ${(0,units/* formatAmount */.ej)(budget.minDelta, unit, { trim: true })}` : '';
                    reasons.push(`${pctText} exceeds max-increase +${(0,units/* formatLimitPercent */.oQ)(budget.maxIncrease)}${minText}`);
                }
            }
        }
    }
    // An unmeasured metric is reported as a warning whatever its level: failing a PR over a number
    // we could not compute would be wrong, passing it silently too.
    const unmeasured = head === null && reasons.length > 0;
    const status = reasons.length === 0 ? 'ok' : unmeasured ? 'warning' : levelVerdict(level ?? 'error');
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
    };
}
/** Evaluates one model against the entry `match` found for it (null: no config at all). */
function evaluateModel(input, match, defaultLevel, whyLimit = DEFAULT_WHY_LIMIT) {
    const entry = match?.kind === 'matched' ? match.entry : null;
    const deleted = input.status === 'deleted';
    const isNew = input.status === 'added' || (!deleted && !input.base && !input.baseError);
    const notes = [];
    let error = null;
    if (!deleted) {
        if (input.lfsPointer) {
            error = 'the file is a Git LFS pointer, not the model: fetch LFS objects (actions/checkout with lfs: true)';
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
        notes.push(`head cost totals are lower bounds (≥)${why}`);
    }
    if (head && head.unknownOps.length > 0) {
        const ops = head.unknownOps.map((u) => `${u.domain ? `${u.domain}:` : ''}${u.opType} ×${u.count}`);
        notes.push(`ops with no cost definition (not counted): ${ops.join(', ')}`);
    }
    const rows = [];
    for (const metric of types/* METRICS */.Cb) {
        const base = metricValue(input.base, metric);
        const headValue = metricValue(head, metric);
        const budget = entry?.budgets[metric];
        const measuredSomething = head !== undefined;
        if (base === null && headValue === null && !(budget && measuredSomething))
            continue;
        rows.push(evaluateMetric(metric, base, headValue, {
            isNew,
            deleted,
            ...(budget ? { budget, level: budget.level ?? defaultLevel } : {}),
            headMeasured: measuredSomething,
        }));
    }
    const errorVerdict = error ? levelVerdict(defaultLevel) : 'ok';
    const verdict = evaluate_worstVerdict([errorVerdict, ...rows.map((r) => r.status)]);
    const why = deleted || input.status === 'unchanged' || !head ? null : computeWhy(input.base, head, whyLimit);
    return {
        path: input.path,
        previousPath: input.previousPath ?? null,
        name: entry?.name ?? null,
        status: input.status,
        verdict,
        error,
        notes,
        rows,
        why: why && (why.opTypes.length > 0 || why.nodes.length > 0) ? why : null,
    };
}
function oneLine(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}
// ---------------------------------------------------------------------------------------------
// Why did the cost change?
/** Orders changes by the size of their FLOP change, then memory access, then MACs. */
function byImpact(key, count) {
    return (a, b) => Math.abs(b.flopsDelta ?? 0) - Math.abs(a.flopsDelta ?? 0) ||
        Math.abs(b.memoryBytesDelta ?? 0) - Math.abs(a.memoryBytesDelta ?? 0) ||
        Math.abs(b.macsDelta ?? 0) - Math.abs(a.macsDelta ?? 0) ||
        (count ? count(b) - count(a) : 0) ||
        (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}
/**
 * Op types and nodes whose cost changed most between base and head (base absent: everything in
 * head is new). Uses per-op-type costs when both profiles carry them, else op counts only.
 */
function computeWhy(base, head, limit = DEFAULT_WHY_LIMIT) {
    const opTypes = opTypeChanges(base, head);
    const nodes = nodeChanges(base, head);
    return {
        opTypes: opTypes.slice(0, limit),
        nodes: nodes.slice(0, limit),
        opTypesChanged: opTypes.length,
        nodesChanged: nodes.length,
    };
}
function opTypeChanges(base, head) {
    const withCosts = head.byOpType !== undefined && (base === undefined || base.byOpType !== undefined);
    const acc = new Map();
    const slot = (opType, domain) => {
        const k = `${domain}\u0000${opType}`;
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
    for (const a of acc.values()) {
        const d = (f) => (withCosts ? (a.head?.[f] ?? 0) - (a.base?.[f] ?? 0) : null);
        const change = {
            opType: a.opType,
            domain: a.domain,
            baseCount: a.baseCount,
            headCount: a.headCount,
            macsDelta: d('macs'),
            flopsDelta: d('flops'),
            memoryBytesDelta: d('memoryBytes'),
        };
        const changed = a.baseCount !== a.headCount || (change.flopsDelta ?? 0) !== 0 || (change.macsDelta ?? 0) !== 0 || (change.memoryBytesDelta ?? 0) !== 0;
        if (changed)
            out.push(change);
    }
    return out.sort(byImpact((c) => `${c.domain}:${c.opType}`, (c) => Math.abs(c.headCount - c.baseCount)));
}
/** Key matching a node across versions: its name in its scope; unnamed nodes by op type and ordinal. */
function nodeKeys(nodes) {
    const out = new Map();
    const ordinal = new Map();
    for (const n of nodes) {
        let k;
        if (n.name) {
            k = `${n.scope}\u0000${n.name}`;
            if (out.has(k))
                k = `${k}\u0000${n.opType}`;
        }
        else {
            const o = ordinal.get(`${n.scope}\u0000${n.opType}`) ?? 0;
            ordinal.set(`${n.scope}\u0000${n.opType}`, o + 1);
            k = `${n.scope}\u0000\u0001${n.opType}#${o}`;
        }
        if (!out.has(k))
            out.set(k, n);
    }
    return out;
}
function nodeChanges(base, head) {
    if (!head.nodes || (base !== undefined && !base.nodes))
        return [];
    const before = nodeKeys(base?.nodes ?? []);
    const after = nodeKeys(head.nodes);
    const out = [];
    const push = (n, change, b, h) => {
        const flopsDelta = (h?.flops ?? 0) - (b?.flops ?? 0);
        const macsDelta = (h?.macs ?? 0) - (b?.macs ?? 0);
        const memoryBytesDelta = (h?.memoryBytes ?? 0) - (b?.memoryBytes ?? 0);
        if (change === 'changed' && flopsDelta === 0 && macsDelta === 0 && memoryBytesDelta === 0)
            return;
        out.push({ name: n.name, opType: n.opType, scope: n.scope, change, flopsDelta, macsDelta, memoryBytesDelta });
    };
    for (const [k, h] of after) {
        const b = before.get(k);
        push(h, b ? 'changed' : 'added', b, h);
    }
    for (const [k, b] of before)
        if (!after.has(k))
            push(b, 'removed', b, undefined);
    return out.sort(byImpact((c) => `${c.scope}/${c.name}/${c.opType}`));
}

;// CONCATENATED MODULE: ./build/src/budget/gate.js
/**
 * The gate: every changed model evaluated against the config, and the overall verdict, as a
 * JSON-serializable GateReport (schemaVersion 1, schema/gate-report.schema.json).
 *
 * validateGateReport re-checks a report read back from an artifact (the `publish` mode renders a
 * report produced by an untrusted pull-request run, so nothing in it is taken on trust).
 */



const gate_SEVERITY = { error: 0, warning: 1, ok: 2 };
/** Evaluates every model and sums up the verdict. Models are ordered worst first, then by path. */
function evaluateGate(inputs) {
    const config = inputs.config;
    const defaultLevel = config?.defaults.level ?? 'error';
    const whyLimit = inputs.whyLimit ?? DEFAULT_WHY_LIMIT;
    const models = [];
    const ignored = [];
    for (const input of inputs.models) {
        const match = config ? (0,budget_config/* matchModel */.Zr)(config, input.path) : null;
        if (match?.kind === 'ignored') {
            ignored.push(input.path);
            continue;
        }
        models.push(evaluateModel(input, match, defaultLevel, whyLimit));
    }
    models.sort((a, b) => gate_SEVERITY[a.verdict] - gate_SEVERITY[b.verdict] || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const { violations, warnings } = countFindings(models, defaultLevel);
    return {
        schemaVersion: types/* GATE_REPORT_SCHEMA_VERSION */.gu,
        passed: violations === 0,
        violations,
        warnings,
        configFile: config?.file ?? null,
        changedModels: models.filter((m) => m.status !== 'unchanged').map((m) => m.path),
        ignored,
        models,
    };
}
/** Breached rows by level, plus each unreadable model once at the default level. */
function countFindings(models, defaultLevel) {
    let violations = 0;
    let warnings = 0;
    for (const m of models) {
        for (const r of m.rows) {
            if (r.status === 'error')
                violations++;
            else if (r.status === 'warning')
                warnings++;
        }
        if (m.error && defaultLevel === 'error')
            violations++;
        else if (m.error && defaultLevel === 'warning')
            warnings++;
    }
    return { violations, warnings };
}
// ---------------------------------------------------------------------------------------------
// Validation of a report read back from JSON
class ReportValidationError extends Error {
    where;
    detail;
    name = 'ReportValidationError';
    constructor(where, detail) {
        super(`invalid gate report: ${where}: ${detail}`);
        this.where = where;
        this.detail = detail;
    }
}
/** Longest string accepted anywhere in a report; model-derived names beyond this are suspicious. */
const MAX_STRING = 4096;
const MAX_ITEMS = 100_000;
class Check {
    where;
    constructor(where) {
        this.where = where;
    }
    fail(detail) {
        throw new ReportValidationError(this.where, detail);
    }
    at(key) {
        return new Check(typeof key === 'number' ? `${this.where}[${key}]` : `${this.where}.${key}`);
    }
    object(v, keys) {
        if (typeof v !== 'object' || v === null || Array.isArray(v))
            this.fail('expected an object');
        const o = v;
        for (const k of Object.keys(o))
            if (!keys.includes(k))
                this.at(k).fail('unexpected property');
        return o;
    }
    array(v) {
        if (!Array.isArray(v))
            this.fail('expected an array');
        if (v.length > MAX_ITEMS)
            this.fail(`more than ${MAX_ITEMS} items`);
        return v;
    }
    string(v) {
        if (typeof v !== 'string')
            this.fail('expected a string');
        if (v.length > MAX_STRING)
            this.fail(`string longer than ${MAX_STRING} characters`);
        return v;
    }
    nullableString(v) {
        return v === null ? null : this.string(v);
    }
    number(v) {
        if (typeof v !== 'number' || !Number.isFinite(v))
            this.fail('expected a finite number');
        return v;
    }
    nullableNumber(v) {
        return v === null ? null : this.number(v);
    }
    count(v) {
        const n = this.number(v);
        if (!Number.isInteger(n) || n < 0)
            this.fail('expected a whole number >= 0');
        return n;
    }
    boolean(v) {
        if (typeof v !== 'boolean')
            this.fail('expected true or false');
        return v;
    }
    oneOf(v, allowed) {
        if (typeof v !== 'string' || !allowed.includes(v))
            this.fail(`expected one of ${allowed.join(', ')}`);
        return v;
    }
}
const VERDICTS = (/* unused pure expression or super */ null && (['ok', 'warning', 'error']));
function checkRow(c, v) {
    const o = c.object(v, ['metric', 'unit', 'base', 'head', 'delta', 'pct', 'isNew', 'baseLowerBound', 'headLowerBound', 'budget', 'level', 'status', 'reasons']);
    return {
        metric: c.at('metric').oneOf(o.metric, METRICS),
        unit: c.at('unit').oneOf(o.unit, ['count', 'bytes']),
        base: c.at('base').nullableNumber(o.base),
        head: c.at('head').nullableNumber(o.head),
        delta: c.at('delta').nullableNumber(o.delta),
        pct: c.at('pct').nullableNumber(o.pct),
        isNew: c.at('isNew').boolean(o.isNew),
        baseLowerBound: c.at('baseLowerBound').boolean(o.baseLowerBound),
        headLowerBound: c.at('headLowerBound').boolean(o.headLowerBound),
        budget: c.at('budget').nullableString(o.budget),
        level: o.level === null ? null : c.at('level').oneOf(o.level, LEVELS),
        status: c.at('status').oneOf(o.status, VERDICTS),
        reasons: c.at('reasons').array(o.reasons).map((r, i) => c.at('reasons').at(i).string(r)),
    };
}
function checkOpType(c, v) {
    const o = c.object(v, ['opType', 'domain', 'baseCount', 'headCount', 'macsDelta', 'flopsDelta', 'memoryBytesDelta']);
    return {
        opType: c.at('opType').string(o.opType),
        domain: c.at('domain').string(o.domain),
        baseCount: c.at('baseCount').count(o.baseCount),
        headCount: c.at('headCount').count(o.headCount),
        macsDelta: c.at('macsDelta').nullableNumber(o.macsDelta),
        flopsDelta: c.at('flopsDelta').nullableNumber(o.flopsDelta),
        memoryBytesDelta: c.at('memoryBytesDelta').nullableNumber(o.memoryBytesDelta),
    };
}
function checkNode(c, v) {
    const o = c.object(v, ['name', 'opType', 'scope', 'change', 'flopsDelta', 'macsDelta', 'memoryBytesDelta']);
    return {
        name: c.at('name').string(o.name),
        opType: c.at('opType').string(o.opType),
        scope: c.at('scope').string(o.scope),
        change: c.at('change').oneOf(o.change, ['added', 'removed', 'changed']),
        flopsDelta: c.at('flopsDelta').number(o.flopsDelta),
        macsDelta: c.at('macsDelta').number(o.macsDelta),
        memoryBytesDelta: c.at('memoryBytesDelta').number(o.memoryBytesDelta),
    };
}
function checkWhy(c, v) {
    if (v === null)
        return null;
    const o = c.object(v, ['opTypes', 'nodes', 'opTypesChanged', 'nodesChanged']);
    return {
        opTypes: c.at('opTypes').array(o.opTypes).map((x, i) => checkOpType(c.at('opTypes').at(i), x)),
        nodes: c.at('nodes').array(o.nodes).map((x, i) => checkNode(c.at('nodes').at(i), x)),
        opTypesChanged: c.at('opTypesChanged').count(o.opTypesChanged),
        nodesChanged: c.at('nodesChanged').count(o.nodesChanged),
    };
}
function checkModel(c, v) {
    const o = c.object(v, ['path', 'previousPath', 'name', 'status', 'verdict', 'error', 'notes', 'rows', 'why']);
    return {
        path: c.at('path').string(o.path),
        previousPath: c.at('previousPath').nullableString(o.previousPath),
        name: c.at('name').nullableString(o.name),
        status: c.at('status').oneOf(o.status, CHANGE_STATUSES),
        verdict: c.at('verdict').oneOf(o.verdict, VERDICTS),
        error: c.at('error').nullableString(o.error),
        notes: c.at('notes').array(o.notes).map((n, i) => c.at('notes').at(i).string(n)),
        rows: c.at('rows').array(o.rows).map((r, i) => checkRow(c.at('rows').at(i), r)),
        why: checkWhy(c.at('why'), o.why),
    };
}
/**
 * Checks that `json` (e.g. JSON.parse of the artifact) is a GateReport of schemaVersion 1 and
 * returns a fresh copy holding only the known properties. Also checks that the summary agrees
 * with the models (a tampered `passed: true` over breached rows is rejected).
 * Throws ReportValidationError naming the first bad property.
 */
function validateGateReport(json) {
    const c = new Check('report');
    const o = c.object(json, ['schemaVersion', 'passed', 'violations', 'warnings', 'configFile', 'changedModels', 'ignored', 'models']);
    if (o.schemaVersion !== GATE_REPORT_SCHEMA_VERSION)
        c.at('schemaVersion').fail(`expected ${GATE_REPORT_SCHEMA_VERSION}`);
    const report = {
        schemaVersion: GATE_REPORT_SCHEMA_VERSION,
        passed: c.at('passed').boolean(o.passed),
        violations: c.at('violations').count(o.violations),
        warnings: c.at('warnings').count(o.warnings),
        configFile: c.at('configFile').nullableString(o.configFile),
        changedModels: c.at('changedModels').array(o.changedModels).map((p, i) => c.at('changedModels').at(i).string(p)),
        ignored: c.at('ignored').array(o.ignored).map((p, i) => c.at('ignored').at(i).string(p)),
        models: c.at('models').array(o.models).map((m, i) => checkModel(c.at('models').at(i), m)),
    };
    if (report.passed !== (report.violations === 0))
        c.at('passed').fail('disagrees with violations');
    const rowErrors = report.models.reduce((n, m) => n + m.rows.filter((r) => r.status === 'error').length, 0);
    if (report.violations < rowErrors)
        c.at('violations').fail(`is ${report.violations} but ${rowErrors} rows are errors`);
    report.models.forEach((m, i) => {
        const worst = worstVerdict(m.rows.map((r) => r.status));
        if (gate_SEVERITY[m.verdict] > gate_SEVERITY[worst])
            c.at('models').at(i).at('verdict').fail(`is ${m.verdict} but a row is ${worst}`);
    });
    return report;
}


/***/ }),

/***/ 6665:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fd: () => (/* binding */ normalizePath),
/* harmony export */   SO: () => (/* binding */ compileGlob),
/* harmony export */   eu: () => (/* binding */ globMatch),
/* harmony export */   pZ: () => (/* binding */ GlobError)
/* harmony export */ });
/**
 * A small glob matcher for config `path` and `ignore` patterns, over repository paths with `/`
 * separators. Supports `*` (any run of characters within one path segment), `**` (any number of
 * whole segments, including none), `?` (one character, not `/`), `{a,b}` (alternatives, may nest)
 * and character classes `[abc]`, `[a-z]`, `[!a]` / `[^a]`. Dotfiles are matched like any other
 * name: model directories such as `.models/` are common and hiding them would surprise.
 */
class GlobError extends Error {
    name = 'GlobError';
}
const cache = new Map();
/** Normalizes a repository path: forward slashes, no leading `./`. */
function normalizePath(path) {
    let p = path.replace(/\\/g, '/');
    while (p.startsWith('./'))
        p = p.slice(2);
    return p;
}
/** True when `path` matches `pattern` as a whole. Throws GlobError for a malformed pattern. */
function globMatch(pattern, path) {
    return compileGlob(pattern).test(normalizePath(path));
}
/** Compiles a glob to an anchored RegExp (cached). Throws GlobError for a malformed pattern. */
function compileGlob(pattern) {
    let re = cache.get(pattern);
    if (!re) {
        re = new RegExp(`^${translate(normalizePath(pattern))}$`, 'u');
        cache.set(pattern, re);
    }
    return re;
}
const REGEX_SPECIAL = /[.+^$()|\\/{}[\]*?]/;
function escapeChar(c) {
    return REGEX_SPECIAL.test(c) ? `\\${c}` : c;
}
/** Translates the glob to a regex body. */
function translate(pattern) {
    let out = '';
    let i = 0;
    // Stack of open `{` groups; each entry says whether we are inside one so `,` means "or".
    let braceDepth = 0;
    while (i < pattern.length) {
        const c = pattern[i];
        if (c === '*') {
            if (pattern[i + 1] === '*') {
                const atSegmentStart = i === 0 || pattern[i - 1] === '/';
                const end = i + 2;
                const atSegmentEnd = end === pattern.length || pattern[end] === '/';
                if (atSegmentStart && atSegmentEnd) {
                    if (pattern[end] === '/') {
                        // `**/` : zero or more whole segments.
                        out += '(?:[^/]*/)*';
                        i = end + 1;
                    }
                    else {
                        // trailing `**`: everything below (at least one character).
                        out += '.*';
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
/** Index of the `]` closing the class opened at `open`, or -1. A `]` right after `[` or `[!` is literal. */
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


/***/ }),

/***/ 4134:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ LEVELS),
/* harmony export */   Cb: () => (/* binding */ METRICS),
/* harmony export */   gu: () => (/* binding */ GATE_REPORT_SCHEMA_VERSION)
/* harmony export */ });
/* unused harmony export CHANGE_STATUSES */
const LEVELS = ['error', 'warning', 'off'];
const METRICS = ['params', 'flops', 'macs', 'memory', 'peak-memory', 'file-size'];
const CHANGE_STATUSES = (/* unused pure expression or super */ null && (['added', 'modified', 'deleted', 'renamed', 'unchanged']));
// ---------------------------------------------------------------------------------------------
// Gate report (JSON artifact, schemaVersion 1)
const GATE_REPORT_SCHEMA_VERSION = 1;


/***/ }),

/***/ 4183:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qy: () => (/* binding */ defaultIo),
  RG: () => (/* binding */ readConfigFile),
  B1: () => (/* binding */ renderReport),
  runCheck: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./build/src/budget/config.js
var config = __webpack_require__(1893);
// EXTERNAL MODULE: ./build/src/budget/gate.js + 1 modules
var gate = __webpack_require__(4958);
// EXTERNAL MODULE: ./build/src/budget/units.js
var units = __webpack_require__(3744);
;// CONCATENATED MODULE: ./build/src/report/escape.js
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
function escape_sanitizeCommentKey(key) {
    const cleaned = key
        .replace(/[^A-Za-z0-9._/-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 100);
    return cleaned || 'default';
}
/** Plain text for a terminal: no control characters (no escape sequences), one line. */
function escapeText(text, maxLength = MAX_NAME_LENGTH) {
    let t = text.replace(/[\r\n\t]+/g, ' ').replace(INVISIBLE, '');
    if (t.length > maxLength)
        t = `${Array.from(t).slice(0, maxLength - 1).join('')}…`;
    return t;
}

;// CONCATENATED MODULE: ./build/src/report/markdown.js
/**
 * The sticky PR comment (and job summary) for a GateReport. Layout:
 *   hidden marker, headline verdict, one table per model (metric | base | head | change | budget
 *   | status), reasons, and a collapsed "why" section naming the op types and nodes whose cost
 *   changed most.
 * Every name from a model file, a path or the report artifact goes through escapeMarkdown.
 * The comment must stay under GitHub's 65,536-character limit: when it does not, details are
 * trimmed first (why sections, then models within budget, then notes), never the rows that break
 * a budget.
 */


/** GitHub rejects issue comments longer than this many characters. */
const GITHUB_COMMENT_LIMIT = 65_536;
/** GitHub's job summary limit is 1 MiB per step. */
const JOB_SUMMARY_LIMIT = 1024 * 1024;
const DEFAULT_COMMENT_KEY = 'default';
/** The hidden first line the action finds its own comment by. */
function commentMarker(commentKey = DEFAULT_COMMENT_KEY) {
    return `<!-- model-budget:${sanitizeCommentKey(commentKey)} -->`;
}
const ICON = { ok: '✅', warning: '⚠️', error: '❌' };
/** The PR comment: marker line first, then the report, within `maxLength`. */
function renderComment(report, opts = {}) {
    const limit = opts.maxLength ?? GITHUB_COMMENT_LIMIT - 536;
    return `${commentMarker(opts.commentKey)}\n${renderWithin(report, opts.title, limit - commentMarker(opts.commentKey).length - 1)}`;
}
/** The job summary: the same markdown without the marker, within GitHub's summary limit. */
function renderSummary(report, opts = {}) {
    return renderWithin(report, opts.title, opts.maxLength ?? JOB_SUMMARY_LIMIT - 1024);
}
/** One-line verdict, e.g. `❌ 2 budgets exceeded`, `⚠️ 1 warning`, `✅ all models within budget`. */
function headline(report) {
    const exceeded = report.models.reduce((n, m) => n + m.rows.filter((r) => r.status === 'error').length, 0);
    const failedModels = report.violations - exceeded;
    if (!report.passed) {
        const parts = [];
        if (exceeded > 0)
            parts.push(`${exceeded} ${exceeded === 1 ? 'budget' : 'budgets'} exceeded`);
        if (failedModels > 0)
            parts.push(`${failedModels} ${failedModels === 1 ? 'model' : 'models'} could not be measured`);
        return `❌ ${parts.join(', ')}`;
    }
    if (report.warnings > 0)
        return `⚠️ ${report.warnings} ${report.warnings === 1 ? 'warning' : 'warnings'}, no budget exceeded`;
    if (report.models.length === 0)
        return '✅ no model changed';
    return '✅ all models within budget';
}
const DETAIL_STEPS = [
    { why: 10, okTables: true, warningTables: true, notes: true, allRowsOfBreached: true, listChars: 20_000 },
    { why: 3, okTables: true, warningTables: true, notes: true, allRowsOfBreached: true, listChars: 20_000 },
    { why: 0, okTables: true, warningTables: true, notes: true, allRowsOfBreached: true, listChars: 20_000 },
    { why: 0, okTables: false, warningTables: true, notes: true, allRowsOfBreached: true, listChars: 8_000 },
    { why: 0, okTables: false, warningTables: true, notes: false, allRowsOfBreached: true, listChars: 4_000 },
    { why: 0, okTables: false, warningTables: false, notes: false, allRowsOfBreached: true, listChars: 2_000 },
    { why: 0, okTables: false, warningTables: false, notes: false, allRowsOfBreached: false, listChars: 1_000 },
];
function renderWithin(report, title, limit) {
    for (let i = 0; i < DETAIL_STEPS.length; i++) {
        const text = render(report, title, DETAIL_STEPS[i], i > 0);
        if (text.length <= limit)
            return text;
    }
    return renderViolationsOnly(report, title, limit);
}
function render(report, title, detail, trimmed) {
    const out = [];
    out.push(`### ${escapeMarkdown(title ?? 'Model budget')}: ${headline(report)}`, '');
    out.push(summaryLine(report), '');
    const collapsedOk = [];
    const unchanged = [];
    for (const m of report.models) {
        if (m.verdict === 'ok' && m.status === 'unchanged') {
            unchanged.push(m);
            continue;
        }
        const full = m.verdict === 'error' || (m.verdict === 'warning' ? detail.warningTables : detail.okTables);
        if (!full) {
            collapsedOk.push(m);
            continue;
        }
        out.push(...renderModel(m, detail));
    }
    if (collapsedOk.length > 0) {
        const warned = collapsedOk.filter((m) => m.verdict === 'warning');
        const ok = collapsedOk.filter((m) => m.verdict === 'ok');
        if (warned.length > 0)
            out.push(`⚠️ **With warnings (${warned.length}):** ${pathList(warned, detail.listChars)}`, '');
        if (ok.length > 0)
            out.push(`✅ **Within budget (${ok.length}):** ${pathList(ok, detail.listChars)}`, '');
    }
    if (unchanged.length > 0)
        out.push(`**Unchanged (${unchanged.length}):** ${pathList(unchanged, detail.listChars)}`, '');
    if (report.ignored.length > 0)
        out.push(`<sub>Ignored by the config: ${report.ignored.length} ${report.ignored.length === 1 ? 'model' : 'models'}.</sub>`, '');
    if (trimmed)
        out.push('<sub>Some details were left out to fit in a comment; the job summary and the JSON report have them all.</sub>', '');
    return `${out.join('\n').trimEnd()}\n`;
}
function summaryLine(report) {
    const changed = report.changedModels.length;
    const parts = [`${changed} ${changed === 1 ? 'model' : 'models'} changed`];
    parts.push(`${report.violations} ${report.violations === 1 ? 'violation' : 'violations'}`);
    parts.push(`${report.warnings} ${report.warnings === 1 ? 'warning' : 'warnings'}`);
    parts.push(report.configFile ? `budgets from ${escapeMarkdown(report.configFile)}` : 'no budget config');
    return parts.join(' · ');
}
function modelTitle(m) {
    const path = escapeMarkdown(m.path);
    const name = m.name ? `**${escapeMarkdown(m.name)}** · ` : '';
    let status = m.status;
    if (m.status === 'renamed' && m.previousPath)
        status = `renamed from ${escapeMarkdown(m.previousPath)}`;
    return `#### ${ICON[m.verdict]} ${name}${path} (${status})`;
}
function renderModel(m, detail) {
    const out = [modelTitle(m), ''];
    if (m.error)
        out.push(`${ICON[m.verdict === 'ok' ? 'warning' : m.verdict]} Could not measure this model: ${escapeMarkdown(m.error, 400)}`, '');
    const rows = detail.allRowsOfBreached || m.verdict !== 'error' ? m.rows : m.rows.filter((r) => r.status !== 'ok');
    if (rows.length > 0) {
        out.push(table(['Metric', 'Base', 'Head', 'Change', 'Budget', 'Status'], ['---', '---:', '---:', '---:', '---', ':---:'], rows.map(metricCells)), '');
    }
    const reasons = m.rows.flatMap((r) => r.reasons.map((why) => `- ${ICON[r.status]} ${units/* METRIC_LABELS */.t8[r.metric]}: ${escapeMarkdown(why, 400)}`));
    if (reasons.length > 0)
        out.push(...reasons, '');
    if (detail.notes && m.notes.length > 0)
        out.push(...m.notes.map((n) => `- ℹ️ ${escapeMarkdown(n, 400)}`), '');
    if (detail.why > 0 && m.why)
        out.push(...renderWhy(m.why, detail.why));
    return out;
}
function value(v, lowerBound, unit) {
    if (v === null)
        return '—';
    return `${lowerBound ? '≥' : ''}${(0,units/* formatAmount */.ej)(v, unit)}`;
}
function change(r) {
    if (r.isNew && r.head !== null)
        return 'new';
    if (r.head === null && r.base !== null)
        return 'removed';
    if (r.delta === null)
        return '—';
    if (r.delta === 0)
        return '±0';
    const pct = r.pct === null ? '' : ` (${(0,units/* formatPercent */.l9)(r.pct)})`;
    return `${(0,units/* formatDelta */.CW)(r.delta, r.unit)}${pct}`;
}
function metricCells(r) {
    let budget = r.budget === null ? '—' : escapeMarkdown(r.budget);
    if (r.level === 'warning')
        budget += ' (warning)';
    if (r.level === 'off')
        budget += ' (off)';
    const status = r.budget === null && r.status === 'ok' ? '—' : ICON[r.status];
    return [
        units/* METRIC_LABELS */.t8[r.metric],
        value(r.base, r.baseLowerBound, r.unit),
        value(r.head, r.headLowerBound, r.unit),
        change(r),
        budget,
        status,
    ];
}
function renderWhy(why, limit) {
    const out = ['<details><summary>Why the cost changed</summary>', ''];
    const opTypes = why.opTypes.slice(0, limit);
    if (opTypes.length > 0) {
        const costs = opTypes.some((o) => o.flopsDelta !== null);
        const header = costs ? ['Op type', 'Count', 'FLOPs', 'MACs', 'Memory access'] : ['Op type', 'Count'];
        const align = costs ? ['---', '---:', '---:', '---:', '---:'] : ['---', '---:'];
        out.push(table(header, align, opTypes.map((o) => opTypeCells(o, costs))), '');
        if (why.opTypesChanged > opTypes.length)
            out.push(`<sub>${why.opTypesChanged - opTypes.length} more op types changed.</sub>`, '');
    }
    const nodes = why.nodes.slice(0, limit);
    if (nodes.length > 0) {
        out.push(table(['Node', 'Op type', 'Change', 'FLOPs', 'MACs', 'Memory access'], ['---', '---', '---', '---:', '---:', '---:'], nodes.map(nodeCells)), '');
        if (why.nodesChanged > nodes.length)
            out.push(`<sub>${why.nodesChanged - nodes.length} more nodes changed.</sub>`, '');
    }
    out.push('</details>', '');
    return out;
}
function opName(opType, domain) {
    const d = domain && domain !== 'ai.onnx' ? `${domain}:` : '';
    return escapeMarkdown(`${d}${opType}`);
}
function opTypeCells(o, costs) {
    const count = o.baseCount === o.headCount ? String(o.headCount) : `${o.baseCount} → ${o.headCount}`;
    const cells = [opName(o.opType, o.domain), count];
    if (costs)
        cells.push(deltaCell(o.flopsDelta, 'count'), deltaCell(o.macsDelta, 'count'), deltaCell(o.memoryBytesDelta, 'bytes'));
    return cells;
}
function nodeCells(n) {
    const name = n.scope ? `${n.scope}/${n.name}` : n.name;
    return [
        name ? escapeMarkdown(name) : '(unnamed)',
        escapeMarkdown(n.opType),
        n.change,
        deltaCell(n.flopsDelta, 'count'),
        deltaCell(n.macsDelta, 'count'),
        deltaCell(n.memoryBytesDelta, 'bytes'),
    ];
}
function deltaCell(d, unit) {
    return d === null ? '—' : (0,units/* formatDelta */.CW)(d, unit);
}
/** A GFM table. Cells are already escaped: none contains an unescaped `|` or a line break. */
function table(header, align, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(align), ...rows.map(line)].join('\n');
}
/** Comma-separated escaped paths, cut to `maxChars` with "and N more". */
function pathList(models, maxChars) {
    const parts = [];
    let used = 0;
    for (let i = 0; i < models.length; i++) {
        const m = models[i];
        const item = escapeMarkdown(m.path);
        if (used + item.length + 2 > maxChars && parts.length > 0) {
            parts.push(`and ${models.length - i} more`);
            break;
        }
        parts.push(item);
        used += item.length + 2;
    }
    return parts.join(', ');
}
/**
 * Last resort when even the breached rows of every model do not fit: one table of violations,
 * cut at the limit with a count of what was left out.
 */
function renderViolationsOnly(report, title, limit) {
    const head = [`### ${escapeMarkdown(title ?? 'Model budget')}: ${headline(report)}`, '', summaryLine(report), ''];
    const rows = [];
    for (const m of report.models) {
        if (m.error && m.verdict !== 'ok')
            rows.push([escapeMarkdown(m.path), '—', '—', `could not be measured: ${escapeMarkdown(m.error, 120)}`, ICON[m.verdict]]);
        for (const r of m.rows) {
            if (r.status === 'ok')
                continue;
            rows.push([escapeMarkdown(m.path), units/* METRIC_LABELS */.t8[r.metric], value(r.head, r.headLowerBound, r.unit), escapeMarkdown(r.budget ?? '—'), ICON[r.status]]);
        }
    }
    const tail = (n) => `\n<sub>${n} more violations and warnings left out to fit in a comment; the job summary and the JSON report have them all.</sub>\n`;
    let kept = rows.length;
    let text = '';
    for (;;) {
        text = `${head.join('\n')}\n${table(['Model', 'Metric', 'Head', 'Budget', 'Status'], ['---', '---', '---:', '---', ':---:'], rows.slice(0, kept))}\n${kept < rows.length ? tail(rows.length - kept) : ''}`;
        if (text.length <= limit || kept === 0)
            return text;
        // Drop rows in proportion to the overshoot, at least one.
        const over = text.length - limit;
        const avg = text.length / Math.max(kept, 1);
        kept = Math.max(0, kept - Math.max(1, Math.ceil(over / avg)));
    }
}

;// CONCATENATED MODULE: ./build/src/report/text.js
/**
 * Plain-text form of a GateReport for the CLI (`model-budget check`): the same verdicts as the
 * comment, without markup. Names pass through escapeText so a model cannot write terminal escapes.
 */



const MARK = { ok: 'ok', warning: 'WARN', error: 'FAIL' };
function cell(v, lowerBound, unit) {
    return v === null ? '-' : `${lowerBound ? '>=' : ''}${(0,units/* formatAmount */.ej)(v, unit)}`;
}
function text_change(r) {
    if (r.isNew && r.head !== null)
        return 'new';
    if (r.head === null && r.base !== null)
        return 'removed';
    if (r.delta === null)
        return '-';
    if (r.delta === 0)
        return '0';
    return `${(0,units/* formatDelta */.CW)(r.delta, r.unit).replace('±', '')}${r.pct === null ? '' : ` (${(0,units/* formatPercent */.l9)(r.pct)})`}`;
}
function renderText(report) {
    const lines = [headline(report).replace(/^\S+\s/, `${report.passed ? (report.warnings > 0 ? 'WARN' : 'PASS') : 'FAIL'}: `), ''];
    for (const m of report.models) {
        const name = m.name ? `${escapeText(m.name)}: ` : '';
        const from = m.previousPath ? ` (renamed from ${escapeText(m.previousPath)})` : '';
        lines.push(`[${MARK[m.verdict]}] ${name}${escapeText(m.path)} (${m.status})${from}`);
        if (m.error)
            lines.push(`  could not measure: ${escapeText(m.error, 400)}`);
        const table = m.rows.map((r) => [
            units/* METRIC_LABELS */.t8[r.metric],
            cell(r.base, r.baseLowerBound, r.unit),
            cell(r.head, r.headLowerBound, r.unit),
            text_change(r),
            r.budget === null ? '' : `${r.budget}${r.level === 'warning' ? ' (warning)' : r.level === 'off' ? ' (off)' : ''}`,
            r.budget === null && r.status === 'ok' ? '' : MARK[r.status],
        ]);
        if (table.length > 0) {
            const header = ['metric', 'base', 'head', 'change', 'budget', 'status'];
            const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => (row[i] ?? '').length)));
            const fmt = (row) => `  ${row.map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')}`.trimEnd();
            lines.push(fmt(header), ...table.map(fmt));
        }
        for (const r of m.rows)
            for (const why of r.reasons)
                lines.push(`  ${MARK[r.status]} ${units/* METRIC_LABELS */.t8[r.metric]}: ${escapeText(why, 400)}`);
        for (const n of m.notes)
            lines.push(`  note: ${escapeText(n, 400)}`);
        lines.push('');
    }
    if (report.ignored.length > 0)
        lines.push(`ignored by the config: ${report.ignored.map((p) => escapeText(p)).join(', ')}`);
    return `${lines.join('\n').trimEnd()}\n`;
}

;// CONCATENATED MODULE: ./build/src/report/index.js
/**
 * Rendering of a GateReport: the sticky PR comment, the job summary and plain text for the CLI.
 * Pure functions: the caller posts or prints the strings.
 */




// EXTERNAL MODULE: ./build/src/io/external-data.js
var external_data = __webpack_require__(112);
// EXTERNAL MODULE: ./build/src/io/lfs.js
var lfs = __webpack_require__(8309);
// EXTERNAL MODULE: ./build/src/io/sources.js
var sources = __webpack_require__(9008);
;// CONCATENATED MODULE: ./build/src/io/changes.js
/**
 * From "files that changed" to "models that changed": model paths are picked with the `models`
 * globs, renames keep their old path, and a changed ONNX external-data side file (e.g.
 * `model.onnx.data`) marks every model that references it as modified.
 */




/** True when `dir` is `sub` or one of its ancestors ('' is the root). */
function isAncestorDir(dir, sub) {
    return dir === '' || dir === '.' || sub === dir || sub.startsWith(`${dir}/`);
}
function dirOf(path) {
    const d = external_node_path_.posix.dirname(path);
    return d === '.' ? '' : d;
}
async function findModelChanges(files, isModel, base, head) {
    const byPath = new Map();
    const sideCandidates = new Set();
    const add = (c) => {
        if (!byPath.has(c.path))
            byPath.set(c.path, c);
    };
    for (const f of files) {
        const isNew = isModel(f.path);
        const wasOld = f.previousPath !== undefined && isModel(f.previousPath);
        if (f.status === 'renamed' && f.previousPath !== undefined) {
            if (isNew && wasOld)
                add({ status: 'renamed', path: f.path, previousPath: f.previousPath });
            else if (isNew)
                add({ status: 'added', path: f.path });
            else if (wasOld)
                add({ status: 'deleted', path: f.previousPath });
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
        add({ status: f.status === 'removed' ? 'deleted' : f.status === 'added' ? 'added' : 'modified', path: f.path });
    }
    if (sideCandidates.size === 0)
        return [...byPath.values()];
    // Models whose directory contains a changed non-model file may reference it as external data.
    const candidateDirs = [...sideCandidates].map(dirOf);
    const near = (p) => isModel(p) && !byPath.has(p) && candidateDirs.some((d) => isAncestorDir(dirOf(p), d));
    const headModels = (await head.list()).filter(near);
    const baseModels = base ? (await base.list()).filter(near) : [];
    const headSet = new Set(headModels);
    const baseSet = new Set(baseModels);
    for (const path of [...new Set([...headModels, ...baseModels])].sort()) {
        const refs = new Set();
        for (const src of [headSet.has(path) ? head : null, baseSet.has(path) ? base : null]) {
            if (!src)
                continue;
            const bytes = await src.read(path);
            if (!bytes || (0,lfs/* parseLfsPointer */.y)(bytes))
                continue;
            for (const loc of (0,external_data/* externalDataLocations */.U)(bytes)) {
                const p = (0,sources/* sideFilePath */.VT)(path, loc);
                if (p)
                    refs.add(p);
            }
        }
        const hit = [...refs].find((r) => sideCandidates.has(r));
        if (!hit)
            continue;
        const status = headSet.has(path) && baseSet.has(path) ? 'modified' : headSet.has(path) ? 'added' : 'deleted';
        add({ status, path, via: hit });
    }
    return [...byPath.values()];
}
/**
 * Pairs two directories by relative path (head-path/base-path inputs): files only in head are
 * added, only in base deleted, in both and different (model or side files) modified.
 */
async function diffDirectories(base, head, isModel) {
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
            const [a, b] = await Promise.all([base.read(p), head.read(p)]);
            if (!a || !b || !a.equals(b))
                files.push({ status: 'modified', path: p });
        }
    }
    return findModelChanges(files, isModel, base, head);
}

// EXTERNAL MODULE: ./build/src/io/exec.js
var exec = __webpack_require__(261);
;// CONCATENATED MODULE: ./build/src/io/git.js
/**
 * Git helpers for the gate: resolve the baseline commit, list changed files, read blobs at a
 * commit. Shallow clones are handled by fetching exactly the one commit that is missing; history
 * is never deepened, unshallowed or shortened.
 */

const SHA_RE = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const ZERO_SHA = '0000000000000000000000000000000000000000';
function isSha(text) {
    return SHA_RE.test(text);
}
class Git {
    cwd;
    log;
    constructor(cwd, log = () => undefined) {
        this.cwd = cwd;
        this.log = log;
    }
    async out(args) {
        return (await (0,exec/* runChecked */.X4)('git', args, { cwd: this.cwd })).toString('utf8').trim();
    }
    async ok(args) {
        return (await (0,exec/* runCommand */.d1)('git', args, { cwd: this.cwd })).code === 0;
    }
    async topLevel() {
        return this.out(['rev-parse', '--show-toplevel']);
    }
    /** Full SHA of a ref or SHA that resolves to a commit here, else null. */
    async resolveCommit(ref) {
        const r = await (0,exec/* runCommand */.d1)('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: this.cwd });
        const sha = r.stdout.toString('utf8').trim();
        return r.code === 0 && isSha(sha) ? sha : null;
    }
    async hasCommit(sha) {
        return this.ok(['cat-file', '-e', `${sha}^{commit}`]);
    }
    async isShallow() {
        return (await this.out(['rev-parse', '--is-shallow-repository'])) === 'true';
    }
    /**
     * Makes `sha` available locally. If it is absent (typically a shallow clone), fetches exactly
     * that commit with depth 1: no tags, no ref updates, no change to the rest of the history.
     */
    async ensureCommit(sha, remote = 'origin') {
        if (await this.hasCommit(sha))
            return;
        this.log(`Commit ${sha} is not in the local clone${(await this.isShallow()) ? ' (shallow)' : ''}; fetching just that commit: git fetch --no-tags --depth=1 ${remote} ${sha}`);
        const r = await (0,exec/* runCommand */.d1)('git', ['fetch', '--no-tags', '--depth=1', remote, sha], { cwd: this.cwd, timeoutMs: 300_000 });
        if (r.code !== 0 || !(await this.hasCommit(sha))) {
            throw new exec/* CommandError */.Qd(`git fetch --no-tags --depth=1 ${remote} ${sha}`, r.code, r.stderr || 'the commit is still missing after the fetch');
        }
    }
    /** Merge base of two commits present locally, or null when git cannot tell (e.g. shallow history). */
    async mergeBase(a, b) {
        const r = await (0,exec/* runCommand */.d1)('git', ['merge-base', a, b], { cwd: this.cwd });
        const sha = r.stdout.toString('utf8').trim();
        return r.code === 0 && isSha(sha) ? sha : null;
    }
    /** First parent, or null for a root commit (or when the parent was cut off by a shallow clone). */
    async firstParent(sha) {
        return this.resolveCommit(`${sha}^1`);
    }
    /** Parent SHAs as recorded in the commit object (known even when a shallow clone cut them off). */
    async parents(sha) {
        const text = await this.out(['cat-file', '-p', `${sha}^{commit}`]);
        const parents = [];
        for (const line of text.split('\n')) {
            if (line === '')
                break; // end of the header
            const m = /^parent ([0-9a-f]{40,64})$/.exec(line);
            if (m)
                parents.push(m[1]);
        }
        return parents;
    }
    /**
     * Files changed between two commits (head null: the working tree), with rename detection.
     * Paths are relative to the repository root.
     */
    async diffNameStatus(base, head) {
        const args = ['-c', 'core.quotepath=off', 'diff', '--no-ext-diff', '--no-textconv', '--name-status', '-z', '-M', base];
        if (head)
            args.push(head);
        const raw = (await (0,exec/* runChecked */.X4)('git', args, { cwd: this.cwd })).toString('utf8');
        return parseNameStatusZ(raw);
    }
    /** Raw bytes of a file at a commit, or null when the path does not exist there. */
    async readBlob(sha, path) {
        const r = await (0,exec/* runCommand */.d1)('git', ['cat-file', 'blob', `${sha}:${path}`], { cwd: this.cwd });
        return r.code === 0 ? r.stdout : null;
    }
    /** Every file path in a commit's tree (repository-relative). */
    async listFiles(sha) {
        const raw = (await (0,exec/* runChecked */.X4)('git', ['-c', 'core.quotepath=off', 'ls-tree', '-r', '-z', '--name-only', sha], { cwd: this.cwd })).toString('utf8');
        return raw.split('\0').filter((p) => p !== '');
    }
    /** Untracked, not ignored files in the working tree, repository-relative. */
    async listUntracked() {
        const top = await this.topLevel();
        const raw = (await (0,exec/* runChecked */.X4)('git', ['-c', 'core.quotepath=off', 'ls-files', '-z', '--others', '--exclude-standard'], { cwd: top })).toString('utf8');
        return raw.split('\0').filter((p) => p !== '');
    }
    /** Tracked and untracked (not ignored) files in the working tree, repository-relative. */
    async listWorkingFiles() {
        const top = await this.topLevel();
        const raw = (await (0,exec/* runChecked */.X4)('git', ['-c', 'core.quotepath=off', 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: top })).toString('utf8');
        return [...new Set(raw.split('\0').filter((p) => p !== ''))];
    }
}
/** Parses `git diff --name-status -z` output. Copies count as additions of the new path. */
function parseNameStatusZ(raw) {
    const parts = raw.split('\0');
    const changes = [];
    for (let i = 0; i < parts.length;) {
        const code = parts[i++];
        if (!code)
            continue;
        const kind = code[0];
        if (kind === 'R' || kind === 'C') {
            const from = parts[i++] ?? '';
            const to = parts[i++] ?? '';
            changes.push(kind === 'R' ? { status: 'renamed', path: to, previousPath: from } : { status: 'added', path: to });
        }
        else {
            const path = parts[i++] ?? '';
            if (kind === 'A')
                changes.push({ status: 'added', path });
            else if (kind === 'D')
                changes.push({ status: 'removed', path });
            else
                changes.push({ status: 'modified', path }); // M, T (type change), U, X
        }
    }
    return changes;
}

// EXTERNAL MODULE: ./build/src/budget/glob.js
var glob = __webpack_require__(6665);
;// CONCATENATED MODULE: ./build/src/io/glob.js
/**
 * The `models` input: one or more globs (newline- or comma-separated, `!` excludes), matched with
 * the same glob dialect as the config file (src/budget/glob.ts) so both agree on every path.
 */

/** Default `models` input: the model file extensions the profiler reads. */
const DEFAULT_MODEL_GLOBS = '**/*.onnx';
/** Splits a multi-pattern input; commas inside `{...}` stay part of the pattern. */
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
/** True when the path matches at least one positive pattern and no `!` pattern. */
function matchesAny(path, patterns) {
    let included = false;
    for (const p of patterns) {
        if (p.startsWith('!')) {
            if ((0,glob/* globMatch */.eu)(p.slice(1), path))
                return false;
        }
        else if (!included && (0,glob/* globMatch */.eu)(p, path)) {
            included = true;
        }
    }
    return included;
}

// EXTERNAL MODULE: ./build/src/io/pipeline.js
var pipeline = __webpack_require__(9810);
// EXTERNAL MODULE: ./build/src/cli/usage.js
var usage = __webpack_require__(2315);
;// CONCATENATED MODULE: ./build/src/cli/check.js
/**
 * `model-budget check [--base <git-ref>] [--config FILE]`: the pull-request gate run locally.
 * Compares the working tree (uncommitted and untracked models included) with the merge base of
 * HEAD and the base ref, and prints the same markdown as the PR comment. Exit 1 on a breach.
 */













const defaultIo = {
    cwd: process.cwd(),
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
};
const FORMATS = ['md', 'text', 'json'];
function renderReport(report, format) {
    if (format === 'json')
        return `${JSON.stringify(report, null, 2)}\n`;
    if (format === 'text')
        return renderText(report);
    return `${renderSummary(report)}\n`;
}
/** Config from a path relative to `root`; null when the default file is absent. */
async function readConfigFile(root, file) {
    const path = file ?? config/* DEFAULT_CONFIG_FILE */.Cu;
    const full = (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.join)(root, path);
    if (!(0,external_node_fs_.existsSync)(full)) {
        if (file !== undefined)
            throw new usage/* CliUsageError */._(`--config ${file}: file not found`);
        return null;
    }
    return (0,config/* parseConfig */.o4)(await (0,promises_.readFile)(full, 'utf8'), path);
}
/** The default base: the remote's default branch, else main/master. */
async function defaultBase(git) {
    for (const ref of ['refs/remotes/origin/HEAD', 'refs/remotes/origin/main', 'refs/remotes/origin/master', 'refs/heads/main', 'refs/heads/master']) {
        if (await git.resolveCommit(ref))
            return ref.replace(/^refs\/(remotes|heads)\//, '');
    }
    throw new usage/* CliUsageError */._('no --base given and no origin/HEAD, main or master branch found; pass --base <git-ref>');
}
async function runCheck(argv, io = defaultIo) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: false,
            options: {
                base: { type: 'string' },
                config: { type: 'string' },
                models: { type: 'string' },
                format: { type: 'string', default: 'md' },
                lfs: { type: 'string', default: 'auto' },
            },
        });
    }
    catch (e) {
        throw new usage/* CliUsageError */._(e instanceof Error ? e.message : String(e));
    }
    const { values } = parsed;
    const format = values.format;
    if (!FORMATS.includes(format))
        throw new usage/* CliUsageError */._(`--format must be one of ${FORMATS.join(', ')}`);
    const lfs = values.lfs;
    if (!['auto', 'fetch', 'skip'].includes(lfs))
        throw new usage/* CliUsageError */._('--lfs must be one of auto, fetch, skip');
    const patterns = parsePatterns(values.models ?? DEFAULT_MODEL_GLOBS);
    const log = (m) => io.stderr(`${m}\n`);
    const probe = new Git(io.cwd);
    let top;
    try {
        top = await probe.topLevel();
    }
    catch {
        throw new usage/* CliUsageError */._(`${io.cwd} is not inside a git repository`);
    }
    const git = new Git(top, log);
    const config = await readConfigFile(io.cwd, values.config);
    const headCommit = await git.resolveCommit('HEAD');
    const baseRef = values.base ?? (await defaultBase(git));
    const baseTip = await git.resolveCommit(baseRef);
    if (!baseTip)
        throw new usage/* CliUsageError */._(`--base ${baseRef}: not a commit in this repository`);
    let baseSha = baseTip;
    if (headCommit) {
        const mb = await git.mergeBase(baseTip, headCommit);
        // On the base branch itself, "what changed" means the last commit plus local edits.
        baseSha = mb === headCommit && values.base === undefined ? ((await git.parents(headCommit))[0] ?? null) : (mb ?? baseTip);
    }
    log(`model-budget check: base ${baseRef} (${baseSha ?? 'none'}), head: working tree${headCommit ? ` on ${headCommit.slice(0, 12)}` : ''}`);
    const head = (0,sources/* dirSource */.v9)(top, 'head', 'working tree', headCommit, () => git.listWorkingFiles());
    const base = baseSha ? (0,sources/* gitSource */.Ym)(git, baseSha, 'base') : null;
    const isModel = (p) => matchesAny(p, patterns);
    let files;
    if (baseSha) {
        files = await git.diffNameStatus(baseSha, null);
        // git diff against the working tree leaves out files never added: those are new too.
        const listed = new Set(files.map((f) => f.path));
        for (const p of await git.listUntracked())
            if (!listed.has(p))
                files.push({ status: 'added', path: p });
    }
    else {
        files = (await git.listWorkingFiles()).map((path) => ({ status: 'added', path }));
    }
    const changes = await findModelChanges(files, isModel, base, head);
    const materialiser = new sources/* Materialiser */.BJ(top, lfs, log);
    let report;
    try {
        const models = await (0,pipeline/* profileChanges */.z)({
            config,
            changes,
            base: base ?? (0,sources/* dirSource */.v9)((0,external_node_path_.join)(top, '.git', 'model-budget-no-base'), 'base', 'no base'),
            head,
            materialiser,
            log,
        });
        report = (0,gate/* evaluateGate */.DR)({ config, models });
    }
    finally {
        await materialiser.cleanup();
    }
    io.stdout(renderReport(report, format));
    return report.passed ? 0 : 1;
}


/***/ }),

/***/ 261:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qd: () => (/* binding */ CommandError),
/* harmony export */   X4: () => (/* binding */ runChecked),
/* harmony export */   d1: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/**
 * Child-process plumbing shared by the git and LFS helpers. Every command gets a timeout so a
 * credential prompt or a stuck network fetch can never hang a CI job.
 */

/** A command that exited non-zero (or could not start); message is one line for the log. */
class CommandError extends Error {
    command;
    code;
    stderr;
    name = 'CommandError';
    constructor(command, code, stderr) {
        super(`\`${command}\` failed (exit ${code}): ${firstLine(stderr) || 'no error output'}`);
        this.command = command;
        this.code = code;
        this.stderr = stderr;
    }
}
function firstLine(text) {
    return text.trim().split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
}
const DEFAULT_TIMEOUT_MS = 120_000;
/** Runs a command without a shell and collects its output; never throws for a non-zero exit. */
function runCommand(cmd, args, options) {
    return new Promise((resolve) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(cmd, args, {
            cwd: options.cwd,
            // Never let git ask for credentials on a terminal that nobody watches.
            env: { ...(options.env ?? process.env), GIT_TERMINAL_PROMPT: '0' },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        let settled = false;
        const finish = (result) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            resolve(result);
        };
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            finish({ code: 124, stdout: Buffer.concat(out), stderr: `timed out after ${options.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms` });
        }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
        child.stdout.on('data', (c) => out.push(c));
        child.stderr.on('data', (c) => err.push(c));
        child.on('error', (e) => finish({ code: 127, stdout: Buffer.alloc(0), stderr: e.message }));
        child.on('close', (code) => finish({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
        // A command that exits before reading stdin closes the pipe; that is not our error.
        child.stdin.on('error', () => undefined);
        if (options.input !== undefined)
            child.stdin.end(options.input);
        else
            child.stdin.end();
    });
}
/** Runs a command and throws CommandError unless it exits 0. */
async function runChecked(cmd, args, options) {
    const result = await runCommand(cmd, args, options);
    if (result.code !== 0)
        throw new CommandError([cmd, ...args].join(' '), result.code, result.stderr);
    return result.stdout;
}


/***/ }),

/***/ 112:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ externalDataLocations)
/* harmony export */ });
/* harmony import */ var _formats_onnx_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3361);
/**
 * Finds the external-data side files an ONNX model references (TensorProto.external_data
 * entries with key "location"), so a changed `model.onnx.data` marks `model.onnx` as changed and
 * both copies of the model can be materialised together with their side files.
 *
 * Walks the protobuf wire format directly and only descends into the messages that can hold
 * tensors; a malformed file yields the locations found so far (the profiler reports the error).
 */

function readVarint(c) {
    let result = 0;
    let shift = 0;
    for (;;) {
        if (c.pos >= c.end)
            throw new RangeError('truncated varint');
        const b = c.buf[c.pos++];
        result += (b & 0x7f) * 2 ** shift;
        if ((b & 0x80) === 0)
            return result;
        shift += 7;
        if (shift > 63)
            throw new RangeError('varint too long');
    }
}
/** Calls `visit(field, sub-cursor)` for each length-delimited field; skips everything else. */
function forEachField(c, visit) {
    while (c.pos < c.end) {
        const key = readVarint(c);
        const field = Math.floor(key / 8);
        const wire = key & 7;
        if (wire === 0)
            readVarint(c);
        else if (wire === 1)
            c.pos += 8;
        else if (wire === 5)
            c.pos += 4;
        else if (wire === 2) {
            const len = readVarint(c);
            const start = c.pos;
            const stop = start + len;
            if (stop > c.end)
                throw new RangeError('truncated field');
            visit(field, { buf: c.buf, pos: start, end: stop });
            c.pos = stop;
        }
        else {
            throw new RangeError(`unsupported wire type ${wire}`);
        }
    }
}
const utf8 = new TextDecoder();
function tensor(c, out) {
    forEachField(c, (f, sub) => {
        if (f !== _formats_onnx_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELD */ .b_.tensor.externalData)
            return;
        let key = '';
        let value = '';
        forEachField(sub, (ef, s) => {
            if (ef === _formats_onnx_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELD */ .b_.stringEntry.key)
                key = utf8.decode(s.buf.subarray(s.pos, s.end));
            else if (ef === _formats_onnx_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELD */ .b_.stringEntry.value)
                value = utf8.decode(s.buf.subarray(s.pos, s.end));
        });
        if (key === 'location' && value)
            out.add(value);
    });
}
function sparseTensor(c, out) {
    forEachField(c, (f, sub) => {
        if (f === _formats_onnx_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELD */ .b_.sparseTensor.values || f === _formats_onnx_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELD */ .b_.sparseTensor.indices)
            tensor(sub, out);
    });
}
function attribute(c, out) {
    forEachField(c, (f, sub) => {
        const a = _formats_onnx_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELD */ .b_.attribute;
        if (f === a.t || f === a.tensors)
            tensor(sub, out);
        else if (f === a.g || f === a.graphs)
            graph(sub, out);
        else if (f === a.sparseTensor || f === a.sparseTensors)
            sparseTensor(sub, out);
    });
}
function node(c, out) {
    forEachField(c, (f, sub) => {
        if (f === _formats_onnx_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELD */ .b_.node.attribute)
            attribute(sub, out);
    });
}
function graph(c, out) {
    forEachField(c, (f, sub) => {
        const g = _formats_onnx_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELD */ .b_.graph;
        if (f === g.initializer)
            tensor(sub, out);
        else if (f === g.sparseInitializer)
            sparseTensor(sub, out);
        else if (f === g.node)
            node(sub, out);
    });
}
/** Relative locations (as written in the model) of every external-data file it references. */
function externalDataLocations(model) {
    const out = new Set();
    try {
        forEachField({ buf: model, pos: 0, end: model.length }, (f, sub) => {
            if (f === _formats_onnx_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELD */ .b_.model.graph)
                graph(sub, out);
            else if (f === _formats_onnx_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELD */ .b_.model.functions) {
                forEachField(sub, (ff, s) => {
                    if (ff === _formats_onnx_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELD */ .b_.function.node)
                        node(s, out);
                });
            }
        });
    }
    catch {
        // Malformed protobuf: keep what was found; profiling the file reports the real error.
    }
    return [...out];
}


/***/ }),

/***/ 8309:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ resolveLfsPointer),
/* harmony export */   y: () => (/* binding */ parseLfsPointer)
/* harmony export */ });
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(261);
/**
 * Git LFS pointer files. A model stored in LFS but not smudged is a ~130-byte text file; profiling
 * it would report a wrong (or no) number, so pointers are detected and either resolved through
 * `git lfs` for just that object, or reported as "stored in Git LFS".
 */

// Pointer spec: https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md (the first line is
// the version key; pointers are small text files, under 1024 bytes).
const VERSION_LINES = ['version https://git-lfs.github.com/spec/v1', 'version https://hawser.github.com/spec/v1'];
const MAX_POINTER_BYTES = 1024;
/** The pointer's oid and size when `bytes` is a Git LFS pointer file, else null. */
function parseLfsPointer(bytes) {
    if (bytes.length === 0 || bytes.length >= MAX_POINTER_BYTES)
        return null;
    const text = Buffer.from(bytes).toString('utf8');
    if (!VERSION_LINES.some((v) => text.startsWith(`${v}\n`) || text.startsWith(`${v}\r\n`)))
        return null;
    const oid = /^oid sha256:([0-9a-f]{64})\s*$/m.exec(text)?.[1];
    const size = /^size (\d+)\s*$/m.exec(text)?.[1];
    if (!oid || size === undefined)
        return null;
    return { oid, size: Number(size) };
}
/**
 * Tries to turn a pointer into the real content: `git lfs fetch` of that one object (for the
 * given commit and path), then `git lfs smudge` with the pointer on stdin. Never throws.
 */
async function resolveLfsPointer(cwd, pointerBytes, path, commit, mode) {
    const pointer = parseLfsPointer(pointerBytes);
    if (!pointer)
        return { ok: true, bytes: pointerBytes };
    if (mode === 'skip')
        return { ok: false, pointer, reason: 'lfs: skip' };
    const version = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .runCommand */ .d1)('git', ['lfs', 'version'], { cwd, timeoutMs: 20_000 });
    if (version.code !== 0)
        return { ok: false, pointer, reason: 'git-lfs is not installed' };
    if (commit) {
        // Fetch only this object; failures are fine if smudge can still find it locally.
        await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .runCommand */ .d1)('git', ['lfs', 'fetch', 'origin', commit, `--include=${path}`, '--exclude='], { cwd, timeoutMs: 300_000 });
    }
    const smudged = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .runCommand */ .d1)('git', ['lfs', 'smudge', '--', path], { cwd, input: pointerBytes, timeoutMs: 300_000 });
    if (smudged.code !== 0 || parseLfsPointer(smudged.stdout) || smudged.stdout.length !== pointer.size) {
        const why = smudged.code !== 0 ? smudged.stderr.trim().split('\n')[0] || `exit ${smudged.code}` : 'object not available';
        return { ok: false, pointer, reason: `git lfs smudge failed: ${why}` };
    }
    return { ok: true, bytes: smudged.stdout };
}


/***/ }),

/***/ 9810:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ profileChanges)
/* harmony export */ });
/* harmony import */ var _budget_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1893);
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5875);
/* harmony import */ var _profile_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6583);
/**
 * Profiles both sides of every changed model and produces the gate's inputs. Shared by the
 * action and `model-budget check`: they differ only in how they find the baseline and the
 * changed files.
 */



/** Config input shapes with symbolic entries bound from dims; inputs left symbolic are dropped (dims still apply). */
function concreteInputs(inputs, dims) {
    const out = {};
    for (const [name, shape] of Object.entries(inputs)) {
        const resolved = shape.map((d) => (typeof d === 'number' ? d : dims[d]));
        if (resolved.every((d) => typeof d === 'number'))
            out[name] = resolved;
    }
    return out;
}
function oneLine(e) {
    if (e instanceof _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelFileError */ .E)
        return e.message;
    if (e instanceof _profile_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ProfileOptionError */ .$)
        return e.message;
    const msg = e instanceof Error ? e.message : String(e);
    return msg.split('\n')[0] ?? msg;
}
async function profileSide(source, path, opts, profileOptions) {
    const m = await opts.materialiser.materialise(source, path);
    if (m.kind === 'missing')
        return null;
    if (m.kind === 'lfs') {
        return {
            lfs: true,
            error: `${m.path}: stored in Git LFS (pointer to ${m.size} bytes, not fetched: ${m.reason}); use actions/checkout with \`lfs: true\` or the lfs: fetch input to measure it`,
        };
    }
    try {
        const profile = await (opts.profile ?? _profile_index_js__WEBPACK_IMPORTED_MODULE_2__/* .profileFile */ .a)(m.file, { ...profileOptions, displayPath: path });
        return { profile };
    }
    catch (e) {
        // Anything thrown for one model is reported on that model; the rest of the gate goes on.
        return { error: oneLine(e).split(m.file).join(path) };
    }
}
async function profileChanges(opts) {
    const log = opts.log ?? (() => undefined);
    const out = [];
    for (const change of opts.changes) {
        const basePath = change.previousPath ?? change.path;
        let dims = {};
        let inputs = {};
        if (opts.config) {
            const match = (0,_budget_config_js__WEBPACK_IMPORTED_MODULE_0__/* .matchModel */ .Zr)(opts.config, change.path);
            if (match.kind === 'ignored') {
                out.push({ path: change.path, status: change.status, ...(change.previousPath ? { previousPath: change.previousPath } : {}) });
                continue;
            }
            dims = match.dims;
            if (match.kind === 'matched')
                inputs = concreteInputs(match.inputs, dims);
        }
        const profileOptions = { dims, inputs, perNode: true };
        log(`Profiling ${change.path} (${change.status}${change.previousPath ? ` from ${change.previousPath}` : ''}${change.via ? `, via ${change.via}` : ''})`);
        const head = change.status === 'deleted' ? null : await profileSide(opts.head, change.path, opts, profileOptions);
        const base = change.status === 'added' || !opts.base ? null : await profileSide(opts.base, basePath, opts, profileOptions);
        const input = {
            path: change.path,
            status: change.status,
            ...(change.previousPath ? { previousPath: change.previousPath } : {}),
            ...(head && 'profile' in head ? { head: head.profile } : {}),
            ...(head && 'error' in head ? { error: head.error } : {}),
            ...(head && 'error' in head && head.lfs ? { lfsPointer: true } : {}),
            ...(base && 'profile' in base ? { base: base.profile } : {}),
            ...(base && 'error' in base ? { baseError: base.error } : {}),
        };
        if (change.status !== 'deleted' && head === null) {
            out.push({ ...input, error: `${change.path}: not found in ${opts.head.description}` });
            continue;
        }
        out.push(input);
    }
    return out;
}


/***/ }),

/***/ 9008:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ Materialiser),
/* harmony export */   VT: () => (/* binding */ sideFilePath),
/* harmony export */   Ym: () => (/* binding */ gitSource),
/* harmony export */   v9: () => (/* binding */ dirSource)
/* harmony export */ });
/* unused harmony export walk */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _external_data_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(112);
/* harmony import */ var _lfs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8309);
/**
 * Where the two sides of a comparison come from, and how a model (with its ONNX external-data
 * side files) becomes a file the profiler can open:
 * - a git commit (base side; head side when the checkout is not the head commit): blobs are
 *   written into a temporary directory, keeping their repository-relative layout so relative
 *   external-data locations still resolve;
 * - a directory (the working tree, or head-path/base-path generated by an earlier step): files
 *   are profiled in place unless something (an LFS pointer) has to be replaced.
 */





function gitSource(git, sha, side) {
    return {
        side,
        description: `commit ${sha.slice(0, 12)}`,
        read: (path) => git.readBlob(sha, path),
        diskRoot: null,
        commit: sha,
        list: () => git.listFiles(sha),
    };
}
/** `lister` overrides the directory walk (the working tree uses `git ls-files` to honour .gitignore). */
function dirSource(root, side, description, commit = null, lister) {
    return {
        side,
        description,
        read: async (path) => {
            try {
                return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, ...path.split('/')));
            }
            catch (e) {
                if (e.code === 'ENOENT' || e.code === 'EISDIR')
                    return null;
                throw e;
            }
        },
        diskRoot: root,
        commit,
        list: lister ?? (() => walk(root)),
    };
}
const SKIP_DIRS = new Set(['.git', 'node_modules']);
/** Relative paths (forward slashes) of every file under root, skipping .git and node_modules. */
async function walk(root) {
    const out = [];
    const visit = async (rel) => {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(rel ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, ...rel.split('/')) : root, { withFileTypes: true });
        for (const e of entries) {
            const p = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory()) {
                if (!SKIP_DIRS.has(e.name))
                    await visit(p);
            }
            else if (e.isFile() || e.isSymbolicLink()) {
                out.push(p);
            }
        }
    };
    await visit('');
    return out.sort();
}
/** Repository path of an external-data location relative to its model, or null if it escapes the tree. */
function sideFilePath(modelPath, location) {
    if (location.startsWith('/') || /^[A-Za-z]:/.test(location))
        return null;
    const joined = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_2__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_2__.posix.dirname(modelPath), location.replace(/\\/g, '/')));
    return joined.startsWith('../') || joined === '..' ? null : joined;
}
/**
 * Turns (source, model path) into a file on disk next to its side files. Git LFS pointers are
 * resolved through git-lfs when allowed; otherwise the result says "stored in Git LFS".
 */
class Materialiser {
    repoRoot;
    lfsMode;
    log;
    tempRoot = null;
    constructor(repoRoot, lfsMode, log = () => undefined) {
        this.repoRoot = repoRoot;
        this.lfsMode = lfsMode;
        this.log = log;
    }
    async temp(side) {
        if (!this.tempRoot)
            this.tempRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'model-budget-'));
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.tempRoot, side);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
        return dir;
    }
    /** Content with an LFS pointer resolved, or the pointer's details when it cannot be. */
    async content(source, path, bytes) {
        const pointer = (0,_lfs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseLfsPointer */ .y)(bytes);
        if (!pointer)
            return { bytes };
        const r = await (0,_lfs_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveLfsPointer */ .R)(this.repoRoot, bytes, path, source.commit, this.lfsMode);
        if (r.ok) {
            this.log(`${path} (${source.side}): fetched from Git LFS (${r.bytes.length} bytes)`);
            return { bytes: r.bytes };
        }
        this.log(`${path} (${source.side}): Git LFS pointer not resolved (${r.reason})`);
        return { lfs: { size: r.pointer.size, reason: r.reason } };
    }
    async materialise(source, path) {
        const raw = await source.read(path);
        if (raw === null)
            return { kind: 'missing' };
        const model = await this.content(source, path, raw);
        if ('lfs' in model)
            return { kind: 'lfs', path, size: model.lfs.size, reason: model.lfs.reason };
        const sidePaths = (0,_external_data_js__WEBPACK_IMPORTED_MODULE_3__/* .externalDataLocations */ .U)(model.bytes)
            .map((loc) => sideFilePath(path, loc))
            .filter((p) => p !== null);
        const sides = [];
        for (const sp of sidePaths) {
            const b = await source.read(sp);
            if (b === null) {
                sides.push({ path: sp, bytes: null, changed: false });
                continue;
            }
            const c = await this.content(source, sp, b);
            if ('lfs' in c)
                return { kind: 'lfs', path: sp, size: c.lfs.size, reason: c.lfs.reason };
            sides.push({ path: sp, bytes: c.bytes, changed: c.bytes !== b });
        }
        // On disk and nothing had to be replaced: profile in place (no copy of a large model).
        if (source.diskRoot && model.bytes === raw && sides.every((s) => !s.changed)) {
            return { kind: 'file', file: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(source.diskRoot, ...path.split('/')), sideFiles: sidePaths };
        }
        const root = await this.temp(`${source.side}-${Math.random().toString(36).slice(2, 8)}`);
        const write = async (p, b) => {
            const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, ...p.split('/'));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(target, b);
        };
        await write(path, model.bytes);
        // A missing side file is left missing: the profiler reports it as the file's error.
        for (const s of sides)
            if (s.bytes)
                await write(s.path, s.bytes);
        return { kind: 'file', file: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, ...path.split('/')), sideFiles: sidePaths };
    }
    async cleanup() {
        if (this.tempRoot)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(this.tempRoot, { recursive: true, force: true });
        this.tempRoot = null;
    }
}


/***/ })

};
