export const id = 401;
export const ids = [401];
export const modules = {

/***/ 2275:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cu: () => (/* binding */ DEFAULT_CONFIG_FILE),
  Zr: () => (/* binding */ matchModel),
  o4: () => (/* binding */ parseConfig)
});

// UNUSED EXPORTS: CONFIG_KEYS, ConfigError, emptyConfig

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./build/src/graph/errors.js
var errors = __webpack_require__(5875);
// EXTERNAL MODULE: ./build/src/budget/glob.js
var glob = __webpack_require__(6665);
// EXTERNAL MODULE: ./build/src/budget/units.js
var units = __webpack_require__(3744);
// EXTERNAL MODULE: ./build/src/budget/types.js
var types = __webpack_require__(4134);
// EXTERNAL MODULE: ./build/src/profile/hardware.js
var hardware = __webpack_require__(1375);
// EXTERNAL MODULE: ./build/src/budget/duration.js
var duration = __webpack_require__(4443);
;// CONCATENATED MODULE: ./build/src/budget/points-config.js
/**
 * The config's operating points, `at` and latency budgets (issue 15), read with config.ts's
 * reader so every problem is the same one-line `file:line: key: what is wrong`:
 *   points: { short: { seq: 128 }, long: { seq: 4096, batch: 8, idx: [8, 4096] } }
 *   budgets: { flops: { max: 2G, at: long }, latency: { max: 8ms, hardware: [pixel-8-cpu] } }
 * A point binds dims (a number) or input shapes (a list); whether a bound name is a dim or an
 * input of the model is checked against the model when the gate profiles it (the config alone
 * cannot know the model's inputs).
 */




const POINT_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const DIM_NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;
/** More points than this is a config mistake, not a use: each point profiles both sides again. */
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
                    inputs[bound] = this.r.seq(bv, bk, bp).map((item, i) => {
                        const v = this.r.scalar(item, `${bk}[${i}]`, bp);
                        if (typeof v === 'number' && Number.isInteger(v) && v >= 1)
                            return v;
                        if (typeof v === 'string' && DIM_NAME.test(v))
                            return v;
                        return this.r.fail(item ?? bp, `${bk}[${i}]`, `${this.r.show(v)} is not a dimension (use a whole number >= 1 or a symbolic dim name)`);
                    });
                }
                else {
                    const v = this.r.scalar(bv, bk, bp);
                    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
                        this.r.fail(bv ?? bp, bk, `${this.r.show(v)} is not a dimension (use a whole number >= 1, or a list for an input shape)`);
                    }
                    dims[bound] = v;
                }
            }
            const line = this.r.lineOf(pair);
            out.push({ name, dims, inputs, line, where: `${file}:${line}: ${pk}` });
        }
        return out;
    }
    /** `at: long` or `at: [short, long]`: names of the entry's points. */
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
/** `max: 8ms` -> seconds and the text shown in the report. */
function readDuration(r, node, key, at) {
    const v = r.scalar(node, key, at);
    try {
        const value = (0,units/* parseDuration */.E9)(typeof v === 'string' ? v : String(v));
        return { value, text: (0,duration/* formatDuration */.a)(value, { trim: true }) };
    }
    catch (e) {
        if (e instanceof units/* UnitError */.tR)
            r.fail(node ?? at, key, e.message);
        throw e;
    }
}
/** `hardware: [jetson-orin-nano, { name: my-npu, peak-flops: 1.2T, bandwidth: 25GB/s }]` (or one item). */
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
    const found = (0,hardware/* hardwarePreset */.wS)(id);
    if (!found)
        r.fail(node ?? at, key, `${r.show(id)} is not a hardware preset (known: ${hardware/* HARDWARE_PRESETS */.qV.map((h) => h.id).join(', ')}; or give { peak-flops: 1.2T, bandwidth: 25GB/s })`);
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

;// CONCATENATED MODULE: ./build/src/budget/config.js
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
    defaults: ['level', 'dims', 'min-change'],
    model: ['name', 'path', 'inputs', 'dims', 'points', 'budgets'],
    budget: ['max', 'max-increase', 'min-delta', 'level', 'at'],
    budgets: [...types/* METRICS */.Cb, 'latency'],
    latency: ['max', 'max-increase', 'level', 'at', 'hardware'],
    hardware: ['name', 'peak-flops', 'bandwidth'],
};
/** A config with no budgets: what the gate uses when the repository has no config file. */
function emptyConfig(file = DEFAULT_CONFIG_FILE) {
    return { version: 1, file, defaults: { level: 'error', dims: {} }, models: [], ignore: [] };
}
/**
 * Parses and validates the config text. `file` is only used in messages.
 * Throws ConfigError (one line, no stack needed) for any problem.
 */
function parseConfig(text, file = DEFAULT_CONFIG_FILE) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const reader = new Reader(file, lineCounter, doc);
    const syntax = doc.errors[0];
    if (syntax) {
        const line = lineCounter.linePos(syntax.pos[0]).line;
        const detail = (syntax.message.split('\n')[0] ?? 'invalid YAML').replace(/ at line \d+, column \d+:?$/, '');
        throw new errors/* ConfigError */.xL(file, line, '', `invalid YAML: ${detail}`);
    }
    return reader.root(doc.contents);
}
/**
 * Which config entry applies to a repository path: the ignore list wins, then the first model
 * entry whose glob matches. Unmatched models are still reported, with no budgets.
 */
function matchModel(config, path) {
    const p = (0,glob/* normalizePath */.Fd)(path);
    for (const pattern of config.ignore) {
        if ((0,glob/* compileGlob */.SO)(pattern).test(p))
            return { kind: 'ignored', pattern };
    }
    for (let index = 0; index < config.models.length; index++) {
        const entry = config.models[index];
        if ((0,glob/* compileGlob */.SO)(entry.path).test(p)) {
            return { kind: 'matched', entry, index, dims: { ...config.defaults.dims, ...entry.dims }, inputs: entry.inputs };
        }
    }
    return { kind: 'unmatched', dims: { ...config.defaults.dims } };
}
class Reader {
    file;
    lines;
    doc;
    /** For points-config.ts, which reads points, `at` and latency budgets with this reader. */
    join = joinKey;
    show = show;
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
        throw new errors/* ConfigError */.xL(this.file, this.lineOf(at), key, detail);
    }
    resolve(node) {
        if ((0,dist/* isAlias */.Vj)(node))
            return node.resolve(this.doc) ?? null;
        return node ?? null;
    }
    /** The pairs of a mapping, rejecting keys not in `allowed`. */
    map(node, key, allowed, at) {
        if (!(0,dist/* isMap */.jh)(node))
            this.fail(node ?? at, key, `expected a mapping${describe(node)}`);
        const out = new Map();
        for (const pair of node.items) {
            const keyNode = this.resolve(pair.key);
            const name = (0,dist/* isScalar */.jn)(keyNode) ? String(keyNode.value) : null;
            const here = name === null ? key : joinKey(key, name);
            if (name === null)
                this.fail(pair, key, 'keys must be plain names');
            if (allowed && !allowed.includes(name)) {
                const hint = suggest(name, allowed);
                this.fail(pair, here, `unknown key${hint ? ` (did you mean "${hint}"?)` : ` (expected one of: ${allowed.join(', ')})`}`);
            }
            const value = this.resolve(pair.value);
            // `key:` with nothing after it reads as absent, like leaving the key out.
            out.set(name, { pair, value: (0,dist/* isScalar */.jn)(value) && value.value === null ? null : value });
        }
        return out;
    }
    seq(node, key, at) {
        if (!(0,dist/* isSeq */.oP)(node))
            this.fail(node ?? at, key, `expected a list${describe(node)}`);
        return node.items.map((item) => this.resolve(item));
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
        if (typeof v !== 'string' || !types/* LEVELS */.A_.includes(v)) {
            this.fail(node ?? at, key, `${show(v)} is not a level (use error, warning or off)`);
        }
        return v;
    }
    glob(node, key, at) {
        const pattern = this.text(node, key, at);
        try {
            (0,glob/* compileGlob */.SO)(pattern);
        }
        catch (e) {
            if (e instanceof glob/* GlobError */.pZ)
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
        const unit = units/* METRIC_UNITS */.jv[metric];
        const v = this.scalar(node, key, at);
        if (typeof v !== 'string' && typeof v !== 'number')
            this.fail(node ?? at, key, `${show(v)} is not a ${unit === 'count' ? 'count' : 'byte size'}`);
        try {
            const value = (0,units/* parseAmount */.C_)(v, unit);
            // Show the limit the way the user wrote it (validated digits and a known suffix), so
            // `120MiB` reads `120 MiB` rather than its decimal conversion.
            const m = typeof v === 'string' ? /^\s*([0-9.]+)\s*([A-Za-z]+)\s*$/.exec(v) : null;
            const text = m ? `${m[1]} ${m[2] === 'k' ? 'K' : m[2]}` : (0,units/* formatAmount */.ej)(value, unit, { trim: true });
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
                if (!types/* POINT_METRICS */.NL.includes(metric))
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
            parts.push(`+${(0,units/* formatLimitPercent */.oQ)(maxIncrease)}${minDelta ? ` if Δ > ${minDelta.text}` : ''}`);
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
            parts.push(`+${(0,units/* formatLimitPercent */.oQ)(maxIncrease)}`);
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
        // `name` is optional: the report then names the entry by its path glob.
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
        const node = this.resolve(contents);
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

/***/ 4358:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Pl: () => (/* binding */ allRows),
  DR: () => (/* binding */ evaluateGate)
});

// UNUSED EXPORTS: Check, ReportValidationError, checkRow, validateGateReport

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
;// CONCATENATED MODULE: ./build/schema/gate-report.schema.json
const gate_report_schema_namespaceObject = {};
// EXTERNAL MODULE: ./build/src/graph/errors.js
var errors = __webpack_require__(5875);
// EXTERNAL MODULE: ./build/src/budget/config.js + 1 modules
var budget_config = __webpack_require__(2275);
// EXTERNAL MODULE: ./build/src/profile/unbound-dims.js
var unbound_dims = __webpack_require__(8712);
// EXTERNAL MODULE: ./build/src/budget/units.js
var units = __webpack_require__(3744);
// EXTERNAL MODULE: ./build/src/budget/types.js
var types = __webpack_require__(4134);
;// CONCATENATED MODULE: ./build/src/budget/node-match.js
/** Nodes per side beyond which only the name passes (1 and 2, linear) run. */
const MAX_STRUCTURAL_MATCH_NODES = 100_000;
/** Cells of alignment tables for one model; beyond them groups are paired in order. */
const MAX_ALIGNMENT_CELLS = 2_000_000;
const SEP = '\u0000';
function facts(n) {
    const loose = (s) => s.replace(/\d+/g, '#');
    const parts = n.name.split('/').filter((p) => p !== '');
    return {
        op: `${n.domain}${SEP}${n.opType}`,
        generic: isGenericName(n.name, n.opType),
        shapes: n.outputShapes.map((s) => (s === null ? '?' : s.join('x'))).join(','),
        scope: n.scope,
        name: n.name,
        looseScope: loose(n.scope),
        looseName: loose(n.name),
        tail: loose(parts.slice(-2).join('/')),
    };
}
/** True for names that only restate the op type plus an index (`Conv_12`, `node_Conv_12`, `conv2d_3`, `Relu@7`). */
function isGenericName(name, opType) {
    const letters = name.toLowerCase().replace(/[^a-z]/g, '');
    const op = opType.toLowerCase().replace(/[^a-z]/g, '');
    return letters === '' || letters === op || letters === `node${op}`;
}
const PASSES = [
    (f) => (f.generic ? null : [f.op, f.scope, f.name, f.shapes].join(SEP)),
    (f) => (f.generic ? null : [f.op, f.scope, f.name].join(SEP)),
    (f) => [f.op, f.looseScope, f.looseName, f.shapes].join(SEP),
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
    const passes = structural ? PASSES : PASSES.slice(0, 2);
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
/**
 * Pairs every node of the smaller list with one of the larger, keeping graph order, with the
 * least total distance in relative position (so a node inserted in the middle stays unpaired
 * rather than shifting every later one). Equal lengths pair in order.
 */
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
/** dp[i][j]: least cost of pairing small[0..i) within large[0..j); returns the index in `large` for each of `small`. */
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
        // Walk back: the first j (from the right) where taking large[j-1] for small[i-1] gives dp[i][j].
        while (j > i && dp[i * width + j] === dp[i * width + j - 1])
            j--;
        out[i - 1] = j - 1;
        j--;
    }
    return out;
}

;// CONCATENATED MODULE: ./build/src/budget/why-nodes.js

/** Op types drawn in the chart; the rest are counted. */
const CHART_OP_TYPES = 12;
/** Orders changes by the size of their FLOP change, then memory access, then MACs, then `count`, then `key`. */
function byImpact(key, count) {
    return (a, b) => Math.abs(b.flopsDelta ?? 0) - Math.abs(a.flopsDelta ?? 0) ||
        Math.abs(b.memoryBytesDelta ?? 0) - Math.abs(a.memoryBytesDelta ?? 0) ||
        Math.abs(b.macsDelta ?? 0) - Math.abs(a.macsDelta ?? 0) ||
        (count ? count(b) - count(a) : 0) ||
        (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}
function fullName(n) {
    return n.scope ? `${n.scope}/${n.name}` : n.name;
}
function firstShape(n) {
    const s = n.outputShapes[0];
    return s === undefined ? '' : s === null ? '?' : s.length === 0 ? 'scalar' : s.join('x');
}
/** Nodes and scopes whose cost changed (base absent: every head node is added). Empty when a side has no per-node table. */
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
            if (fullName(b) !== fullName(h))
                extra.baseName = fullName(b);
            const [bs, hs] = [firstShape(b), firstShape(h)];
            if (bs !== hs)
                Object.assign(extra, { baseShape: bs, headShape: hs });
        }
        nodes.push({ name: n.name, opType: n.opType, scope: n.scope, change, flopsDelta, macsDelta, memoryBytesDelta, ...extra });
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
/**
 * The module a node belongs to, from its name: the first two `/` segments before the last one
 * (`/features/features.5/conv/Conv` -> `/features/features.5`, `model/conv2d/Conv2D` ->
 * `model/conv2d`, `/conv1/Conv` -> `/conv1`); null for a name without scopes (`Conv_12`,
 * `dense_1`). Converter names that join fused ops with `;` use the first.
 */
function moduleScope(name) {
    const first = name.split(';', 1)[0] ?? '';
    const parts = first.split('/');
    const lead = parts[0] === '' ? '/' : '';
    const segments = parts.filter((p) => p !== '').slice(0, -1);
    return segments.length === 0 ? null : `${lead}${segments.slice(0, 2).join('/')}`;
}
/** Cost per scope of both sides; nodes inside control-flow bodies are in their parent's cost already. */
class ScopeSums {
    sums = new Map();
    add(scope, b, h) {
        if (scope === null)
            return;
        let s = this.sums.get(scope);
        if (!s)
            this.sums.set(scope, (s = { baseFlops: 0, headFlops: 0, baseMemoryBytes: 0, headMemoryBytes: 0 }));
        if (b && b.inTotals !== false) {
            s.baseFlops += b.flops;
            s.baseMemoryBytes += b.memoryBytes;
        }
        if (h && h.inTotals !== false) {
            s.headFlops += h.flops;
            s.headMemoryBytes += h.memoryBytes;
        }
    }
    changed() {
        return [...this.sums]
            .filter(([, s]) => s.baseFlops !== s.headFlops || s.baseMemoryBytes !== s.headMemoryBytes)
            .map(([name, s]) => ({ name, ...s }))
            .sort((a, b) => Math.abs(b.headFlops - b.baseFlops) - Math.abs(a.headFlops - a.baseFlops) ||
            Math.abs(b.headMemoryBytes - b.baseMemoryBytes) - Math.abs(a.headMemoryBytes - a.baseMemoryBytes) ||
            (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    }
}
const CHART_FIELDS = { flops: 'flops', macs: 'macs', memory: 'memoryBytes' };
/**
 * Cost per op type of both sides for the metric whose total changed most in relative terms
 * (FLOPs for a new model), the CHART_OP_TYPES largest; null without per-op-type costs on both sides.
 */
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
/** Why the profile's format cannot measure the metric (weights only: no graph), or null. */
function notAvailable(profile, metric) {
    const u = profile?.unavailable;
    return u && u.metrics.includes(metric) ? u.reason : null;
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
    // `524 kB` against `≤ 512 KiB` reads as a contradiction: values take the budget's unit family.
    const binary = unit === 'bytes' && budget !== undefined && ((0,units/* isBinaryBytes */.X6)(budget.maxText) || (0,units/* isBinaryBytes */.X6)(budget.minDeltaText));
    if (budget && level !== 'off' && !opts.deleted) {
        const show = (v) => `${v.lowerBound ? '≥' : ''}${(0,units/* formatAmount */.ej)(v.value, unit, { binary })}`;
        if (head === null) {
            if (opts.headNotAvailable)
                reasons.push(`${units/* METRIC_LABELS */.t8[metric]} is n/a for this model's format, so its budget cannot be checked`);
            else if (opts.headMeasured)
                reasons.push(`${units/* METRIC_LABELS */.t8[metric]} was not measured, so its budget could not be checked`);
        }
        else {
            if (budget.max !== undefined && head.value > budget.max) {
                reasons.push(`${show(head)} exceeds max ${budget.maxText ?? (0,units/* formatAmount */.ej)(budget.max, unit, { trim: true })}`);
            }
            if (budget.maxIncrease !== undefined && base !== null && !opts.isNew && delta !== null && delta > 0) {
                // Compare delta*100 > pct*base rather than dividing, so 2.0% against a 2% limit is not a breach by rounding.
                const overPercent = delta * 100 > budget.maxIncrease * base.value;
                const overDelta = budget.minDelta === undefined || delta > budget.minDelta;
                if (overPercent && overDelta) {
                    const pctText = pct === null ? `grew from ${(0,units/* formatAmount */.ej)(base.value, unit, { binary })}` : `${(0,units/* formatPercent */.l9)(pct)}`;
                    const minText = budget.minDelta !== undefined ? ` and ${(0,units/* formatDelta */.CW)(delta, unit, { binary })} > ${budget.minDeltaText ?? (0,units/* formatAmount */.ej)(budget.minDelta, unit, { trim: true })}` : '';
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
        ...(binary ? { binaryUnits: true } : {}),
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
            // The words the issue promises ("stored in Git LFS"), then the why and the fix.
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
        notes.push(`head cost totals are lower bounds (≥)${why}`);
    }
    if (head?.unavailable) {
        // Latency is not a budget metric, so it has no label of its own there.
        const labels = head.unavailable.metrics.map((m) => (m === 'latency' ? 'Latency' : units/* METRIC_LABELS */.t8[m]));
        notes.push(`${labels.join(', ')}: n/a (${oneLine(head.unavailable.reason)})`);
    }
    if (head && head.unknownOps.length > 0) {
        const ops = head.unknownOps.map((u) => `${u.domain ? `${u.domain}:` : ''}${u.opType} ×${u.count}`);
        notes.push(`ops with no cost definition (not counted): ${ops.join(', ')}`);
    }
    const rows = [];
    for (const metric of types/* METRICS */.Cb) {
        const base = metricValue(input.base, metric);
        const headValue = metricValue(head, metric);
        // Budgets apply to a measured head only: a deleted or unreadable model gets no ✅ for them.
        const measuredSomething = head !== undefined;
        const budget = measuredSomething ? entry?.budgets[metric] : undefined;
        const baseNA = notAvailable(input.base, metric) !== null;
        const headNA = notAvailable(head, metric) !== null;
        if (base === null && headValue === null && !(budget && measuredSomething) && !baseNA && !headNA)
            continue;
        const row = evaluateMetric(metric, base, headValue, {
            isNew,
            deleted,
            ...(budget ? { budget, level: budget.level ?? defaultLevel } : {}),
            headMeasured: measuredSomething,
            headNotAvailable: headNA,
        });
        rows.push({ ...row, ...(baseNA ? { baseNotAvailable: true } : {}), ...(headNA ? { headNotAvailable: true } : {}) });
    }
    const errorVerdict = error ? levelVerdict(defaultLevel) : 'ok';
    // Numbers at a dim of 1 can look like a huge saving (877 M FLOPs -> 6.86 M at seq=1): never a silent ✅.
    const warnings = head ? unboundDimWarnings(head, match) : [];
    const verdict = evaluate_worstVerdict([errorVerdict, warnings.length > 0 ? 'warning' : 'ok', ...rows.map((r) => r.status)]);
    const shapes = head ? (0,unbound_dims/* inputShapes */.N)(head) : [];
    const why = deleted || input.status === 'unchanged' || !head ? null : computeWhy(input.base, head, whyLimit);
    return {
        path: input.path,
        previousPath: input.previousPath ?? null,
        name: entry?.name ?? null,
        status: input.status,
        verdict,
        error,
        notes,
        ...(warnings.length > 0 ? { warnings } : {}),
        ...(shapes.length > 0 ? { shapes } : {}),
        rows,
        why: why && (why.opTypes.length > 0 || why.nodes.length > 0 || (why.modules?.length ?? 0) > 0) ? why : null,
    };
}
/**
 * The symbolic input dims of the head that nothing the gate profiled it with binds: neither the
 * config's dims (defaults.dims and the entry's) nor an input shape the config gives in full. The
 * engine profiles those at 1; each becomes one warning naming the dim and how to bind it. Worked
 * out from the same match the pipeline profiled with, so a dim the config binds to 1 on purpose
 * is not flagged.
 */
function unboundDimWarnings(head, match) {
    const dims = match && match.kind !== 'ignored' ? match.dims : {};
    const configInputs = match?.kind === 'matched' ? match.inputs : {};
    return (0,unbound_dims/* unboundDims */.D)(head, dims, configInputs).map(({ dim, input, index }) => dim !== null
        ? `input dim '${dim}' of '${input}' is not bound, so the numbers are for ${dim}=1: set dims: { ${dim}: N } in the config (under defaults or this model's entry)`
        : `dim ${index} of input '${input}' has no size or name, so the numbers are for 1 there: set inputs: { ${input}: [...] } in this model's config entry`);
}
function oneLine(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}
// ---------------------------------------------------------------------------------------------
// Why did the cost change?
/**
 * Op types and nodes whose cost changed most between base and head (base absent: everything in
 * head is new). Uses per-op-type costs when both profiles carry them, else op counts only.
 */
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
/**
 * Which modules of a weights file grew or shrank: every module whose params changed, except one
 * whose change a single child explains entirely (`layer1` +100 because `layer1.0.conv1` +100:
 * only the conv is named). Largest change first.
 */
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

// EXTERNAL MODULE: ./build/src/profile/formula.js
var formula = __webpack_require__(2845);
;// CONCATENATED MODULE: ./build/src/budget/formula-change.js
/**
 * What changed in a model's cost formulas between base and head (issue 15): a line per metric
 * whose polynomial changed, led by its highest-order changed term, e.g.
 *   `MACs: the seq² coefficient grew 2.00x (1.02 K → 2.05 K)`
 * so a change that is quadratic in seq shows even when the value at the configured point is
 * within budget. Pure.
 */


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
    return m === 'macs' || m === 'flops' ? (0,units/* formatCount */.B4)(v) : (0,units/* formatBytes */.z3)(v);
}
function ratio(a, b) {
    const r = b / a;
    return r >= 100 ? `${Math.round(r)}x` : `${r.toPrecision(3)}x`;
}
/** Lines for the metrics whose formula differs between the two sides; empty when none does. */
function formulaChanges(base, head) {
    if (!base || !head)
        return [];
    const out = [];
    for (const m of formula/* FORMULA_METRICS */.TQ) {
        const b = base.metrics[m];
        const h = head.metrics[m];
        if (!b || !h)
            continue;
        const label = formula/* FORMULA_LABELS */.nx[m];
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
        // The highest-order change decides how cost scales; lower ones follow in brackets.
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
// EXTERNAL MODULE: ./build/src/budget/duration.js
var duration = __webpack_require__(4443);
;// CONCATENATED MODULE: ./build/src/budget/latency.js
/**
 * Latency budgets per device (issue 15, section 3): the roofline estimate of each side on each
 * device the budget names, the share of the head's time that is memory-bound, and the
 * memory-bound nodes that take longest. A roofline estimate is a bound, not a measurement
 * (see profile/roofline.ts and docs/metrics.md).
 */



/** How many memory-bound nodes each device row names. */
const TOP_MEMORY_BOUND = 3;
/** The roofline of a profile's counted nodes on one device; null without per-node costs. */
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
            memoryBound.push({ name: n.scope ? `${n.scope}/${n.name}` : n.name, opType: n.opType, seconds: r.latencySeconds });
        }
    }
    if (!Number.isFinite(seconds))
        return null;
    memoryBound.sort((a, b) => b.seconds - a.seconds || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return { seconds, memoryBoundShare: seconds > 0 ? memorySeconds / seconds : 0, topMemoryBound: memoryBound.slice(0, TOP_MEMORY_BOUND) };
}
/** One row per device of the budget: both sides' estimates and the verdict. */
function latencyRows(base, head, budget, defaultLevel, opts) {
    const level = budget.level ?? defaultLevel;
    return budget.hardware.map((hw) => {
        const b = estimateOn(base, hw);
        const h = estimateOn(head, hw);
        const reasons = [];
        let unmeasured = false;
        if (level !== 'off' && !opts.deleted && head !== undefined) {
            if (h === null) {
                unmeasured = true;
                reasons.push(`the latency on ${hw.id} could not be estimated (no per-node costs for this model)`);
            }
            else {
                // A lower-bound head (some node not costed) above max is still a certain breach.
                if (budget.max !== undefined && h.seconds > budget.max) {
                    reasons.push(`${(0,duration/* formatDuration */.a)(h.seconds)} on ${hw.id} exceeds max ${budget.maxText ?? (0,duration/* formatDuration */.a)(budget.max)}`);
                }
                if (budget.maxIncrease !== undefined && b !== null && !opts.isNew && h.seconds * 100 > b.seconds * (100 + budget.maxIncrease)) {
                    const pct = b.seconds > 0 ? (0,units/* formatPercent */.l9)(((h.seconds - b.seconds) / b.seconds) * 100) : 'grew from 0';
                    reasons.push(`${pct} on ${hw.id} (${(0,duration/* formatDuration */.a)(b.seconds)} -> ${(0,duration/* formatDuration */.a)(h.seconds)}) exceeds max-increase +${(0,units/* formatLimitPercent */.oQ)(budget.maxIncrease)}`);
                }
            }
        }
        const status = reasons.length === 0 ? 'ok' : unmeasured ? 'warning' : level === 'error' ? 'error' : 'warning';
        return {
            hardware: hw.id,
            hardwareName: hw.kind === 'custom' ? `${hw.name} (${hw.peakFlops} FLOP/s, ${hw.bandwidth} B/s)` : hw.name,
            base: b?.seconds ?? null,
            head: h?.seconds ?? null,
            memoryBoundShare: h?.memoryBoundShare ?? null,
            topMemoryBound: h?.topMemoryBound ?? [],
            budget: budget.text,
            level,
            status,
            reasons,
        };
    });
}

;// CONCATENATED MODULE: ./build/src/budget/points.js
/**
 * A model evaluated at its operating points (issue 15, section 2) and on its latency devices
 * (section 3), with its cost formulas compared (section 1). Wraps evaluate.ts's evaluateModel:
 * the point-independent metrics (params, file size) stay in the model's rows; every
 * point-dependent metric and the latency are evaluated once per point, against the budgets that
 * apply there (all, unless a budget names points with `at`).
 */





const applies = (at, point) => at === undefined || (point !== null && at.includes(point));
/** evaluateModel plus points, latency and formulas. */
function evaluateModelAtPoints(input, match, defaultLevel, whyLimit) {
    const entry = match?.kind === 'matched' ? match.entry : null;
    const deleted = input.status === 'deleted';
    const isNew = input.status === 'added' || (!deleted && !input.base && !input.baseError);
    const formulas = input.base?.formulas || input.head?.formulas
        ? { formulas: { base: input.base?.formulas ?? null, head: input.head?.formulas ?? null, changes: formulaChanges(input.base?.formulas, input.head?.formulas) } }
        : {};
    if (!entry || match?.kind !== 'matched' || !entry.points || !input.points) {
        const report = evaluateModel(input, match, defaultLevel, whyLimit);
        if (!entry?.latency || report.error)
            return { ...report, ...formulas };
        const latency = latencyRows(input.base, report.error ? undefined : input.head, entry.latency, defaultLevel, { isNew, deleted });
        return { ...report, latency, verdict: evaluate_worstVerdict([report.verdict, ...latency.map((r) => r.status)]), ...formulas };
    }
    // The model's own rows: only what no point changes.
    const fixed = Object.fromEntries(Object.entries(entry.budgets).filter(([m]) => !types/* POINT_METRICS */.NL.includes(m)));
    const top = evaluateModel(input, { ...match, entry: { ...entry, budgets: fixed } }, defaultLevel, whyLimit);
    const points = input.points.map((p) => evaluatePoint(input, p, entry.points.find((op) => op.name === p.name), match, defaultLevel, { isNew, deleted }));
    const warnings = points.flatMap((p) => p.warnings.map((w) => `at ${p.name}: ${w}`));
    const { shapes: _shapes, warnings: _warnings, ...rest } = top;
    return {
        ...rest,
        rows: top.rows.filter((r) => !types/* POINT_METRICS */.NL.includes(r.metric)),
        ...(warnings.length > 0 ? { warnings } : {}),
        // top.verdict also counts unbound-dim warnings at the entry's dims, which the points replace.
        verdict: evaluate_worstVerdict([top.error ? top.verdict : 'ok', ...top.rows.map((r) => r.status), warnings.length > 0 ? 'warning' : 'ok', ...points.map((p) => p.verdict)]),
        points: points.map(({ warnings: _w, ...p }) => ({ ...p, warnings: [] })),
        ...formulas,
    };
}
function evaluatePoint(input, p, op, match, defaultLevel, side) {
    const entry = match.entry;
    const budgets = Object.fromEntries(Object.entries(entry.budgets)
        .filter(([m, b]) => types/* POINT_METRICS */.NL.includes(m) && applies(b.at, p.name)));
    const pointMatch = { ...match, entry: { ...entry, budgets }, dims: p.dims, inputs: { ...match.inputs, ...p.inputs } };
    const r = evaluateModel({ path: input.path, status: input.status, ...(p.base ? { base: p.base } : {}), ...(p.head ? { head: p.head } : {}), ...(p.error ? { error: p.error } : {}), ...(p.baseError ? { baseError: p.baseError } : {}) }, pointMatch, defaultLevel, 0);
    let error = r.error;
    if (!error && p.head && op)
        error = unknownBinding(op, p.head);
    const rows = error ? [] : r.rows.filter((row) => types/* POINT_METRICS */.NL.includes(row.metric));
    const latency = !error && entry.latency && applies(entry.latency.at, p.name)
        ? latencyRows(p.base, p.head, entry.latency, defaultLevel, side) : [];
    const warnings = error || !p.head ? [] : unboundDimWarnings(p.head, pointMatch);
    const errorVerdict = error ? (defaultLevel === 'error' ? 'error' : defaultLevel === 'warning' ? 'warning' : 'ok') : 'ok';
    return {
        name: p.name,
        dims: p.dims,
        verdict: evaluate_worstVerdict([errorVerdict, warnings.length > 0 ? 'warning' : 'ok', ...rows.map((x) => x.status), ...latency.map((x) => x.status)]),
        error,
        warnings,
        shapes: p.head && !error ? (0,unbound_dims/* inputShapes */.N)(p.head) : [],
        rows,
        latency,
    };
}
/** A point that binds a name the model has neither as a symbolic input dim nor as an input. */
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
    })));
}

;// CONCATENATED MODULE: ./build/src/budget/points-validate.js
/**
 * Validation of the points, latency and formula parts of a gate report read back from JSON
 * (gate.ts's validateGateReport calls these; the publish mode trusts nothing in an artifact).
 */


const VERDICTS = (/* unused pure expression or super */ null && (['ok', 'warning', 'error']));
const MAX_TERMS = 1000;
function stringList(c, v) {
    return c.array(v).map((x, i) => c.at(i).string(x));
}
function dimRecord(c, v) {
    const o = c.object(v, Object.keys(typeof v === 'object' && v !== null ? v : {}));
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [c.at(k).string(k), c.at(k).count(x)]));
}
function points_validate_checkLatencyRow(c, v) {
    const o = c.object(v, ['hardware', 'hardwareName', 'base', 'head', 'memoryBoundShare', 'topMemoryBound', 'budget', 'level', 'status', 'reasons']);
    const share = c.at('memoryBoundShare').nullableNumber(o.memoryBoundShare);
    if (share !== null && (share < 0 || share > 1))
        c.at('memoryBoundShare').fail('expected a share between 0 and 1');
    return {
        hardware: c.at('hardware').string(o.hardware),
        hardwareName: c.at('hardwareName').string(o.hardwareName),
        base: c.at('base').nullableNumber(o.base),
        head: c.at('head').nullableNumber(o.head),
        memoryBoundShare: share,
        topMemoryBound: c.at('topMemoryBound').array(o.topMemoryBound).map((x, i) => {
            const at = c.at('topMemoryBound').at(i);
            const t = at.object(x, ['name', 'opType', 'seconds']);
            return { name: at.at('name').string(t.name), opType: at.at('opType').string(t.opType), seconds: at.at('seconds').number(t.seconds) };
        }),
        budget: c.at('budget').nullableString(o.budget),
        level: o.level === null ? null : c.at('level').oneOf(o.level, LEVELS),
        status: c.at('status').oneOf(o.status, VERDICTS),
        reasons: stringList(c.at('reasons'), o.reasons),
    };
}
function points_validate_checkPoint(c, v, checkRow) {
    const o = c.object(v, ['name', 'dims', 'verdict', 'error', 'warnings', 'shapes', 'rows', 'latency']);
    return {
        name: c.at('name').string(o.name),
        dims: dimRecord(c.at('dims'), o.dims),
        verdict: c.at('verdict').oneOf(o.verdict, VERDICTS),
        error: c.at('error').nullableString(o.error),
        warnings: stringList(c.at('warnings'), o.warnings),
        shapes: stringList(c.at('shapes'), o.shapes),
        rows: c.at('rows').array(o.rows).map((r, i) => checkRow(c.at('rows').at(i), r)),
        latency: c.at('latency').array(o.latency).map((r, i) => points_validate_checkLatencyRow(c.at('latency').at(i), r)),
    };
}
function checkTerm(c, v) {
    const o = c.object(v, ['numerator', 'denominator', 'powers']);
    const numerator = c.at('numerator').string(o.numerator);
    const denominator = c.at('denominator').string(o.denominator);
    if (!/^-?[0-9]{1,400}$/.test(numerator))
        c.at('numerator').fail('expected a decimal integer');
    if (!/^[1-9][0-9]{0,399}$/.test(denominator))
        c.at('denominator').fail('expected a positive decimal integer');
    return { numerator, denominator, powers: dimRecord(c.at('powers'), o.powers) };
}
function checkMetricFormula(c, v) {
    const o = c.object(v, ['polynomial', 'terms', 'degree', 'reason', 'values']);
    if (c.at('polynomial').boolean(o.polynomial)) {
        const terms = c.at('terms').array(o.terms);
        if (terms.length > MAX_TERMS)
            c.at('terms').fail(`more than ${MAX_TERMS} terms`);
        return { polynomial: true, terms: terms.map((t, i) => checkTerm(c.at('terms').at(i), t)), degree: dimRecord(c.at('degree'), o.degree) };
    }
    return {
        polynomial: false,
        reason: c.at('reason').string(o.reason),
        values: c.at('values').array(o.values).map((x, i) => {
            const at = c.at('values').at(i);
            const p = at.object(x, ['at', 'value']);
            return { at: dimRecord(at.at('at'), p.at), value: at.at('value').nullableNumber(p.value) };
        }),
    };
}
function checkSummary(c, v) {
    if (v === null)
        return null;
    const o = c.object(v, ['dims', 'fixed', 'metrics', 'note']);
    const metrics = c.at('metrics').object(o.metrics, FORMULA_METRICS);
    return {
        dims: stringList(c.at('dims'), o.dims),
        fixed: dimRecord(c.at('fixed'), o.fixed),
        metrics: Object.fromEntries(Object.entries(metrics).map(([m, f]) => [m, checkMetricFormula(c.at('metrics').at(m), f)])),
        ...(o.note === undefined ? {} : { note: c.at('note').string(o.note) }),
    };
}
function points_validate_checkFormulas(c, v) {
    const o = c.object(v, ['base', 'head', 'changes']);
    return { base: checkSummary(c.at('base'), o.base), head: checkSummary(c.at('head'), o.head), changes: stringList(c.at('changes'), o.changes) };
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
        models.push(evaluateModelAtPoints(input, match, defaultLevel, whyLimit));
    }
    models.sort((a, b) => gate_SEVERITY[a.verdict] - gate_SEVERITY[b.verdict] || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const { violations, warnings } = countFindings(models, defaultLevel);
    const minChange = inputs.minChange ?? config?.defaults.minChange;
    return {
        schemaVersion: types/* GATE_REPORT_SCHEMA_VERSION */.gu,
        passed: violations === 0,
        violations,
        warnings,
        configFile: config?.file ?? null,
        configSource: inputs.provenance?.source ?? null,
        configNote: inputs.provenance?.note ?? null,
        budgetChanges: inputs.provenance?.budgetChanges ?? [],
        changedModels: models.filter((m) => m.status !== 'unchanged').map((m) => m.path),
        ignored,
        models,
        ...(minChange !== undefined && minChange > 0 ? { minChange } : {}),
    };
}
/** Breached rows by level, plus each unreadable model once at the default level. */
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
        // A model that cannot be read fails at every point: it counts once.
        for (const e of [m.error, ...(m.error ? [] : (m.points ?? []).map((p) => p.error))]) {
            if (e && defaultLevel === 'error')
                violations++;
            else if (e && defaultLevel === 'warning')
                warnings++;
        }
    }
    return { violations, warnings };
}
/** Every row of a model that has a verdict: metrics, per-point metrics and latency per device. */
function allRows(m) {
    return [...m.rows, ...(m.latency ?? []), ...(m.points ?? []).flatMap((p) => [...p.rows, ...p.latency])];
}
// ---------------------------------------------------------------------------------------------
// Validation of a report read back from JSON
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
const gate_VERDICTS = (/* unused pure expression or super */ null && (['ok', 'warning', 'error']));
function checkRow(c, v) {
    const o = c.object(v, ['metric', 'unit', 'base', 'head', 'delta', 'pct', 'isNew', 'baseLowerBound', 'headLowerBound', 'baseNotAvailable', 'headNotAvailable', 'binaryUnits', 'budget', 'level', 'status', 'reasons']);
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
        ...(o.baseNotAvailable !== undefined && c.at('baseNotAvailable').boolean(o.baseNotAvailable) ? { baseNotAvailable: true } : {}),
        ...(o.headNotAvailable !== undefined && c.at('headNotAvailable').boolean(o.headNotAvailable) ? { headNotAvailable: true } : {}),
        ...(o.binaryUnits !== undefined && c.at('binaryUnits').boolean(o.binaryUnits) ? { binaryUnits: true } : {}),
        budget: c.at('budget').nullableString(o.budget),
        level: o.level === null ? null : c.at('level').oneOf(o.level, LEVELS),
        status: c.at('status').oneOf(o.status, gate_VERDICTS),
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
    const o = c.object(v, ['name', 'opType', 'scope', 'change', 'flopsDelta', 'macsDelta', 'memoryBytesDelta', 'baseName', 'baseShape', 'headShape']);
    const optional = (k) => (o[k] === undefined ? {} : { [k]: c.at(k).string(o[k]) });
    return {
        ...optional('baseName'),
        ...optional('baseShape'),
        ...optional('headShape'),
        name: c.at('name').string(o.name),
        opType: c.at('opType').string(o.opType),
        scope: c.at('scope').string(o.scope),
        change: c.at('change').oneOf(o.change, ['added', 'removed', 'changed']),
        flopsDelta: c.at('flopsDelta').number(o.flopsDelta),
        macsDelta: c.at('macsDelta').number(o.macsDelta),
        memoryBytesDelta: c.at('memoryBytesDelta').number(o.memoryBytesDelta),
    };
}
function checkModule(c, v) {
    const o = c.object(v, ['name', 'baseParams', 'headParams']);
    return { name: c.at('name').string(o.name), baseParams: c.at('baseParams').count(o.baseParams), headParams: c.at('headParams').count(o.headParams) };
}
function checkScope(c, v) {
    const o = c.object(v, ['name', 'baseFlops', 'headFlops', 'baseMemoryBytes', 'headMemoryBytes']);
    return {
        name: c.at('name').string(o.name),
        baseFlops: c.at('baseFlops').number(o.baseFlops),
        headFlops: c.at('headFlops').number(o.headFlops),
        baseMemoryBytes: c.at('baseMemoryBytes').number(o.baseMemoryBytes),
        headMemoryBytes: c.at('headMemoryBytes').number(o.headMemoryBytes),
    };
}
function checkChart(c, v) {
    const o = c.object(v, ['metric', 'opTypes', 'more']);
    return {
        metric: c.at('metric').oneOf(o.metric, ['flops', 'macs', 'memory']),
        opTypes: c.at('opTypes').array(o.opTypes).map((x, i) => {
            const at = c.at('opTypes').at(i);
            const r = at.object(x, ['opType', 'domain', 'base', 'head']);
            return { opType: at.at('opType').string(r.opType), domain: at.at('domain').string(r.domain), base: at.at('base').number(r.base), head: at.at('head').number(r.head) };
        }),
        more: c.at('more').count(o.more),
    };
}
function checkWhy(c, v) {
    if (v === null)
        return null;
    const o = c.object(v, ['opTypes', 'nodes', 'opTypesChanged', 'nodesChanged', 'modules', 'modulesChanged', 'scopes', 'scopesChanged', 'chart', 'nodesTruncated']);
    return {
        opTypes: c.at('opTypes').array(o.opTypes).map((x, i) => checkOpType(c.at('opTypes').at(i), x)),
        nodes: c.at('nodes').array(o.nodes).map((x, i) => checkNode(c.at('nodes').at(i), x)),
        opTypesChanged: c.at('opTypesChanged').count(o.opTypesChanged),
        nodesChanged: c.at('nodesChanged').count(o.nodesChanged),
        ...(o.modules === undefined ? {} : { modules: c.at('modules').array(o.modules).map((x, i) => checkModule(c.at('modules').at(i), x)) }),
        ...(o.modulesChanged === undefined ? {} : { modulesChanged: c.at('modulesChanged').count(o.modulesChanged) }),
        ...(o.scopes === undefined ? {} : { scopes: c.at('scopes').array(o.scopes).map((x, i) => checkScope(c.at('scopes').at(i), x)) }),
        ...(o.scopesChanged === undefined ? {} : { scopesChanged: c.at('scopesChanged').count(o.scopesChanged) }),
        ...(o.chart === undefined ? {} : { chart: checkChart(c.at('chart'), o.chart) }),
        ...(o.nodesTruncated === true ? { nodesTruncated: true } : {}),
    };
}
function checkModel(c, v) {
    const o = c.object(v, ['path', 'previousPath', 'name', 'status', 'verdict', 'error', 'notes', 'warnings', 'shapes', 'rows', 'why', 'points', 'latency', 'formulas']);
    return {
        path: c.at('path').string(o.path),
        previousPath: c.at('previousPath').nullableString(o.previousPath),
        name: c.at('name').nullableString(o.name),
        status: c.at('status').oneOf(o.status, CHANGE_STATUSES),
        verdict: c.at('verdict').oneOf(o.verdict, gate_VERDICTS),
        error: c.at('error').nullableString(o.error),
        notes: c.at('notes').array(o.notes).map((n, i) => c.at('notes').at(i).string(n)),
        ...(o.warnings === undefined ? {} : { warnings: c.at('warnings').array(o.warnings).map((n, i) => c.at('warnings').at(i).string(n)) }),
        ...(o.shapes === undefined ? {} : { shapes: c.at('shapes').array(o.shapes).map((n, i) => c.at('shapes').at(i).string(n)) }),
        rows: c.at('rows').array(o.rows).map((r, i) => checkRow(c.at('rows').at(i), r)),
        why: checkWhy(c.at('why'), o.why),
        ...(o.points === undefined ? {} : { points: c.at('points').array(o.points).map((p, i) => checkPoint(c.at('points').at(i), p, checkRow)) }),
        ...(o.latency === undefined ? {} : { latency: c.at('latency').array(o.latency).map((r, i) => checkLatencyRow(c.at('latency').at(i), r)) }),
        ...(o.formulas === undefined ? {} : { formulas: checkFormulas(c.at('formulas'), o.formulas) }),
    };
}
// Ajv is CommonJS: the default import is module.exports, whose `default` is the class again.
const Ajv2020Class = _2020["default"];
let compiled;
/** schema/gate-report.schema.json compiled once, on first use (strictNumbers: no NaN/Infinity). */
function schemaValidator() {
    compiled ??= new Ajv2020Class({ strict: true, strictNumbers: true, allErrors: false }).compile(gateReportSchema);
    return compiled;
}
/** `/models/0/rows/1` -> `report.models[0].rows[1]` (JSON pointer escapes undone). */
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
/** Ajv's first error as the one line a user reads. */
function describe(e) {
    const params = e.params;
    switch (e.keyword) {
        case 'additionalProperties': return new ReportValidationError(where(e.instancePath, String(params['additionalProperty'])), 'unexpected property');
        case 'required': return new ReportValidationError(where(e.instancePath, String(params['missingProperty'])), 'missing');
        case 'type': return new ReportValidationError(where(e.instancePath), `expected ${String(params['type']).split(',').map((t) => TYPE_NAMES[t] ?? t).join(' or ')}`);
        case 'enum': return new ReportValidationError(where(e.instancePath), `expected one of ${params['allowedValues'].map((v) => String(v)).join(', ')}`);
        case 'const': return new ReportValidationError(where(e.instancePath), `expected ${String(params['allowedValue'])}`);
        case 'maxLength': return new ReportValidationError(where(e.instancePath), `string longer than ${String(params['limit'])} characters`);
        case 'maxItems': return new ReportValidationError(where(e.instancePath), `more than ${String(params['limit'])} items`);
        case 'minimum': return new ReportValidationError(where(e.instancePath), 'expected a whole number >= 0');
        default: return new ReportValidationError(where(e.instancePath), e.message ?? e.keyword);
    }
}
/**
 * Checks that `json` (e.g. JSON.parse of the artifact) is a GateReport of schemaVersion 1 and
 * returns a fresh copy holding only the known properties. Also checks that the summary agrees
 * with the models (a tampered `passed: true` over breached rows is rejected).
 * Throws ReportValidationError naming the first bad property.
 */
function validateGateReport(json) {
    // First ajv against schema/gate-report.schema.json itself (the file we publish), then the
    // typed copy and the consistency checks below.
    const validate = schemaValidator();
    if (!validate(json))
        throw describe(validate.errors[0]);
    const c = new Check('report');
    const o = c.object(json, ['schemaVersion', 'passed', 'violations', 'warnings', 'configFile', 'configSource', 'configNote', 'budgetChanges', 'changedModels', 'ignored', 'models', 'minChange']);
    if (o.schemaVersion !== GATE_REPORT_SCHEMA_VERSION)
        c.at('schemaVersion').fail(`expected ${GATE_REPORT_SCHEMA_VERSION}`);
    const report = {
        schemaVersion: GATE_REPORT_SCHEMA_VERSION,
        passed: c.at('passed').boolean(o.passed),
        violations: c.at('violations').count(o.violations),
        warnings: c.at('warnings').count(o.warnings),
        configFile: c.at('configFile').nullableString(o.configFile),
        configSource: o.configSource === null ? null : c.at('configSource').oneOf(o.configSource, ['base', 'head']),
        configNote: c.at('configNote').nullableString(o.configNote),
        budgetChanges: c.at('budgetChanges').array(o.budgetChanges).map((v, i) => {
            const at = c.at('budgetChanges').at(i);
            const b = at.object(v, ['scope', 'setting', 'before', 'after']);
            return { scope: at.at('scope').string(b.scope), setting: at.at('setting').string(b.setting), before: at.at('before').nullableString(b.before), after: at.at('after').nullableString(b.after) };
        }),
        changedModels: c.at('changedModels').array(o.changedModels).map((p, i) => c.at('changedModels').at(i).string(p)),
        ignored: c.at('ignored').array(o.ignored).map((p, i) => c.at('ignored').at(i).string(p)),
        models: c.at('models').array(o.models).map((m, i) => checkModel(c.at('models').at(i), m)),
        ...(o.minChange === undefined ? {} : { minChange: c.at('minChange').number(o.minChange) }),
    };
    if (report.passed !== (report.violations === 0))
        c.at('passed').fail('disagrees with violations');
    const rowErrors = report.models.reduce((n, m) => n + allRows(m).filter((r) => r.status === 'error').length, 0);
    if (report.violations < rowErrors)
        c.at('violations').fail(`is ${report.violations} but ${rowErrors} rows are errors`);
    report.models.forEach((m, i) => {
        const worst = worstVerdict([...allRows(m).map((r) => r.status), (m.warnings?.length ?? 0) > 0 ? 'warning' : 'ok']);
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
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5875);
/**
 * The glob matcher for config `path` and `ignore` patterns and the `models` input, over repository
 * paths with `/` separators. Supports `*` (any run of characters within one path segment), `**`
 * (any number of whole segments, including none), `?` (one character, not `/`), `{a,b}`
 * (alternatives, may nest) and character classes `[abc]`, `[a-z]`, `[!a]` / `[^a]`. Dotfiles are
 * matched like any other name: model directories such as `.models/` are common and hiding them
 * would surprise.
 *
 * Paths come from pull requests, so matching must take linear time whatever the pattern: a glob
 * is compiled once into a RegExp run by V8's non-backtracking engine (the `l` flag), where
 * `*a*a*a*a*a*a*a*zz.onnx` against a 4 KB name takes milliseconds instead of hours. (picomatch,
 * the usual choice, compiles to lazy quantifiers and lookaheads: the backtracking engine needs
 * minutes for two `*` on a 4 KB name, and the linear engine cannot run lookaheads.) The linear
 * engine works on UTF-16 units: `?` matches one unit, so a character outside the BMP is two.
 */


// Makes the `l` (linear-time) RegExp flag available; it changes nothing for other expressions.
(0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--enable-experimental-regexp-engine');
class GlobError extends _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadInputError */ .Ys {
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
/** Compiles a glob to an anchored linear-time RegExp (cached). Throws GlobError for a malformed pattern. */
function compileGlob(pattern) {
    let re = cache.get(pattern);
    if (!re) {
        const body = translate(normalizePath(pattern));
        try {
            re = new RegExp(`^${body}$`, 'l');
        }
        catch (e) {
            // e.g. a class range out of order, `[z-a]`: the pattern's fault, reported with the config line.
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
/** Translates the glob to a regex body. */
function translate(pattern) {
    let out = '';
    let i = 0;
    // Open `{` groups: inside one, `,` separates alternatives; outside, it is a literal comma.
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
                        // trailing `**`: everything below. `[\\s\\S]`, not `.`: a PR can name a file with a
                        // newline in it, and `.` would let `models/x\\n.onnx` slip past `models/**` budgets.
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
/* harmony export */   NL: () => (/* binding */ POINT_METRICS),
/* harmony export */   gu: () => (/* binding */ GATE_REPORT_SCHEMA_VERSION)
/* harmony export */ });
/* unused harmony export CHANGE_STATUSES */
const LEVELS = ['error', 'warning', 'off'];
const METRICS = ['params', 'flops', 'macs', 'memory', 'peak-memory', 'file-size'];
/** Metrics whose value depends on the operating point (params and file size do not). */
const POINT_METRICS = ['flops', 'macs', 'memory', 'peak-memory'];
const CHANGE_STATUSES = (/* unused pure expression or super */ null && (['added', 'modified', 'deleted', 'renamed', 'unchanged']));
// ---------------------------------------------------------------------------------------------
// Gate report (JSON artifact, schemaVersion 1)
const GATE_REPORT_SCHEMA_VERSION = 1;


/***/ }),

/***/ 8510:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ renderReport),
/* harmony export */   BZ: () => (/* binding */ defaultReportFormat),
/* harmony export */   EL: () => (/* binding */ REPORT_FORMATS),
/* harmony export */   Qy: () => (/* binding */ defaultIo)
/* harmony export */ });
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2933);

const defaultIo = {
    cwd: process.cwd(),
    interactive: process.stdout.isTTY === true && !process.env['CI'],
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
};
const REPORT_FORMATS = ['md', 'text', 'json'];
/** `--format` as given, else text for a person at a terminal and markdown when piped or in CI. */
function defaultReportFormat(io, given) {
    return given ?? (io.interactive ? 'text' : 'md');
}
function renderReport(report, format) {
    if (format === 'json')
        return (0,_report_index_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonForLog */ .wn)(report);
    if (format === 'text')
        return (0,_report_index_js__WEBPACK_IMPORTED_MODULE_0__/* .renderText */ .S5)(report);
    return `${(0,_report_index_js__WEBPACK_IMPORTED_MODULE_0__/* .renderSummary */ .Br)(report)}\n`;
}


/***/ }),

/***/ 6430:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ge: () => (/* binding */ CONFIG_FROM),
/* harmony export */   KA: () => (/* binding */ configSpec),
/* harmony export */   Ky: () => (/* binding */ repositoryTop),
/* harmony export */   Z9: () => (/* binding */ loadConfig),
/* harmony export */   _l: () => (/* binding */ pathInside)
/* harmony export */ });
/* unused harmony export MAX_CONFIG_BYTES */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _budget_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2275);
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5875);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4926);
/* harmony import */ var _sources_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9008);
/* harmony import */ var _formats_contained_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4750);
/**
 * Where the budget config comes from, decided in one place for the CLI and the action.
 *
 * - The default file (`.github/model-budget.yml`) is a repository path: it is looked up from the
 *   repository top, never from the directory a command happens to run in.
 * - In a comparison (pull request, `check`) the budgets come from the base side by default, so a
 *   pull request cannot relax its own budgets; when the base has no config yet, the head's is
 *   used and the report says so. `config-from: head` opts into the head's config.
 * - A config named explicitly must exist: a typo would otherwise switch every budget off.
 */






const CONFIG_FROM = ['base', 'head'];
/**
 * The directory the default config is resolved from: the top of the git repository containing
 * `cwd`, else `cwd` itself (two loose files compared outside any repository).
 */
async function repositoryTop(cwd) {
    try {
        return await new _git_js__WEBPACK_IMPORTED_MODULE_3__/* .Git */ .TU(cwd).topLevel();
    }
    catch {
        return null;
    }
}
/**
 * The spec for a config request: the default file is a path from the repository top `root`; a
 * named file is resolved from `cwd` and read from the trees when it lies inside the repository.
 */
function configSpec(root, request) {
    const { file, from } = request;
    if (file === undefined)
        return { path: _budget_config_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CONFIG_FILE */ .Cu, explicit: false, from, label: request.label };
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(request.cwd ?? root, file);
    return { path: pathInside(root, full) ?? full, explicit: true, from, label: `${request.label}: ${file}` };
}
/** `full` as a `/`-separated path relative to `root`, or null when it is not below root. */
function pathInside(root, full) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, full);
    if (rel === '' || rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel))
        return null;
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
}
/** A config larger than this is refused unread: it is a few lines of YAML, and the file comes from the PR. */
const MAX_CONFIG_BYTES = 1024 * 1024;
const TOO_LARGE = `larger than ${MAX_CONFIG_BYTES / 1024} KiB; a budget config is a few lines of YAML`;
/** Reads the file named by `spec` on one side; absolute paths are read from disk. */
async function readSide(spec, side) {
    if (!side)
        return null;
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(spec.path)) {
        // Only the CLI names files outside the repository: the user's own file, on disk, held to
        // the same checks (a regular file, the cap) so that /dev/zero cannot be read forever.
        let bytes;
        try {
            const file = (0,_formats_contained_file_js__WEBPACK_IMPORTED_MODULE_5__/* .containedFile */ .or)(spec.path, null);
            bytes = file === null ? null : await (0,_sources_js__WEBPACK_IMPORTED_MODULE_4__/* .readPrefix */ .fr)(file.real, MAX_CONFIG_BYTES + 1, spec.path);
        }
        catch (e) {
            const detail = e instanceof _formats_contained_file_js__WEBPACK_IMPORTED_MODULE_5__/* .UnsafeFileError */ .h ? e.reason : e instanceof _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelFileError */ .EO ? e.detail : `cannot read it: ${e.message}`;
            throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${spec.label}: ${detail}`);
        }
        if (bytes && bytes.length > MAX_CONFIG_BYTES)
            throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(spec.path, 0, '', TOO_LARGE);
        return bytes ? bytes.toString('utf8') : null;
    }
    let bytes;
    try {
        bytes = await side.read(spec.path, MAX_CONFIG_BYTES + 1);
    }
    catch (e) {
        // A FIFO, a device or a link out of the repository in place of the config.
        if (e instanceof _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelFileError */ .EO)
            throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(spec.path, 0, '', e.detail);
        throw e;
    }
    if (bytes && bytes.length > MAX_CONFIG_BYTES)
        throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(spec.path, 0, '', TOO_LARGE);
    return bytes ? bytes.toString('utf8') : null;
}
/**
 * Reads and parses the config of both sides, and picks the one that sets the budgets. Either
 * file failing to parse is a config error: a pull request that breaks the config would break
 * every pull request after it.
 */
async function loadConfig(spec, sides) {
    const [baseText, headText] = await Promise.all([readSide(spec, sides.base), readSide(spec, sides.head)]);
    const baseConfig = baseText === null ? null : (0,_budget_config_js__WEBPACK_IMPORTED_MODULE_1__/* .parseConfig */ .o4)(baseText, spec.path);
    const headConfig = headText === null ? null : (0,_budget_config_js__WEBPACK_IMPORTED_MODULE_1__/* .parseConfig */ .o4)(headText, spec.path);
    if (!baseConfig && !headConfig) {
        if (spec.explicit)
            throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${spec.label} does not exist`);
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
    // config-from: head, and the head deleted the config: no budgets, and the report says why.
    return { config: null, source: null, note: `This pull request deletes ${spec.path}: no budgets apply.`, baseConfig, headConfig };
}


/***/ }),

/***/ 261:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qd: () => (/* binding */ CommandError),
/* harmony export */   X4: () => (/* binding */ runChecked),
/* harmony export */   d1: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5875);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/**
 * Child-process plumbing shared by the git and LFS helpers. Every command gets a timeout so a
 * credential prompt or a stuck network fetch can never hang a CI job.
 */



/** A command that exited non-zero (or could not start); message is one line for the log. */
class CommandError extends _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EnvironmentError */ .eG {
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
        const outFd = options.stdoutFile === undefined ? undefined : (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.openSync)(options.stdoutFile, 'w');
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_1__.spawn)(cmd, args, {
            cwd: options.cwd,
            // Never let git ask for credentials on a terminal that nobody watches.
            env: { ...(options.env ?? process.env), GIT_TERMINAL_PROMPT: '0' },
            stdio: ['pipe', outFd ?? 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        let settled = false;
        const finish = (result) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            if (outFd !== undefined)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.closeSync)(outFd);
            resolve(result);
        };
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            finish({ code: 124, stdout: Buffer.concat(out), stderr: `timed out after ${options.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms` });
        }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
        let outBytes = 0;
        child.stdout?.on('data', (c) => {
            if (settled)
                return;
            out.push(c);
            outBytes += c.length;
            if (options.maxStdoutBytes !== undefined && outBytes >= options.maxStdoutBytes) {
                // Enough for the caller: what is left is not read (and not held in memory).
                child.kill('SIGKILL');
                finish({ code: 0, stdout: Buffer.concat(out).subarray(0, options.maxStdoutBytes), stderr: '' });
            }
        });
        child.stderr.on('data', (c) => err.push(c));
        child.on('error', (e) => finish({ code: 127, stdout: Buffer.alloc(0), stderr: e.message }));
        child.on('close', (code) => finish({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
        // A command that exits before reading stdin closes the pipe; that is not our error.
        const stdin = child.stdin;
        stdin.on('error', () => undefined);
        if (options.input !== undefined)
            stdin.end(options.input);
        else
            stdin.end();
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

/***/ 4926:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HH: () => (/* binding */ isSha),
/* harmony export */   TU: () => (/* binding */ Git),
/* harmony export */   Tb: () => (/* binding */ refProblem)
/* harmony export */ });
/* unused harmony exports ZERO_SHA, parseNameStatusZ */
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(261);
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
/** `~N` / `^N` steps after a ref name (`main~2`, `HEAD^`): revision syntax, not part of the name. */
const ANCESTRY_SUFFIX = /(?:[~^]\d*)+$/;
/**
 * Why `ref` may not be handed to git as a revision, or null when it may. A ref comes from a
 * workflow input or the command line and ends up in `git rev-parse` and `git fetch`: it must not
 * start with `-` (an option: `--upload-pack=<command>`) or `+` (a forced refspec), and must follow
 * `git check-ref-format --allow-onelevel` (no `..`, `:`, `@{`, `\\`, white space, controls or glob
 * characters; no component starting with `.` or ending in `.lock`). A trailing `~N`/`^N` is
 * allowed; SHAs (full or abbreviated) pass as one-level names.
 */
function refProblem(ref) {
    if (ref.length > 1024)
        return 'longer than 1024 characters';
    const name = ref.replace(ANCESTRY_SUFFIX, '');
    if (name === '')
        return 'empty';
    if (/^[-+]/.test(name))
        return `must not start with '${name[0]}'`;
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0020\u007f~^:?*[\\]/.test(name))
        return 'contains a space, a control character or one of ~ ^ : ? * [ \\';
    if (name.includes('..'))
        return "contains '..'";
    if (name.includes('@{'))
        return "contains '@{'";
    if (name === '@')
        return "is '@'";
    if (name.startsWith('/') || name.endsWith('/') || name.includes('//'))
        return "has an empty path component (a leading, trailing or doubled '/')";
    if (name.endsWith('.'))
        return "ends with '.'";
    if (name.split('/').some((c) => c.startsWith('.') || c.endsWith('.lock')))
        return "has a component that starts with '.' or ends with '.lock'";
    return null;
}
/**
 * Every git call puts `--end-of-options` (git >= 2.24) between its own options and values that
 * come from inputs, events or file names, so none of them can be read as an option.
 */
const EOO = '--end-of-options';
class Git {
    cwd;
    log;
    constructor(cwd, log = () => undefined) {
        this.cwd = cwd;
        this.log = log;
    }
    async out(args) {
        return (await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .runChecked */ .X4)('git', args, { cwd: this.cwd })).toString('utf8').trim();
    }
    async ok(args) {
        return (await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .runCommand */ .d1)('git', args, { cwd: this.cwd })).code === 0;
    }
    async topLevel() {
        return this.out(['rev-parse', '--show-toplevel']);
    }
    /** Full SHA of a ref or SHA that resolves to a commit here, else null. */
    async resolveCommit(ref) {
        const r = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .runCommand */ .d1)('git', ['rev-parse', '--verify', '--quiet', EOO, `${ref}^{commit}`], { cwd: this.cwd });
        const sha = r.stdout.toString('utf8').trim();
        return r.code === 0 && isSha(sha) ? sha : null;
    }
    async hasCommit(sha) {
        return this.ok(['cat-file', '-e', EOO, `${sha}^{commit}`]);
    }
    async isShallow() {
        return (await this.out(['rev-parse', '--is-shallow-repository'])) === 'true';
    }
    /**
     * Makes `sha` available locally. If it is absent (typically a shallow clone), fetches exactly
     * that commit with depth 1: no tags, no ref updates, no change to the rest of the history.
     */
    async ensureCommit(sha, remote = 'origin') {
        // Only a full SHA is ever fetched by value (refs go through refProblem and resolveRef).
        if (!isSha(sha))
            throw new _exec_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandError */ .Qd(`git fetch ${remote} ${sha}`, 128, 'not a full commit SHA');
        if (await this.hasCommit(sha))
            return;
        this.log(`Commit ${sha} is not in the local clone${(await this.isShallow()) ? ' (shallow)' : ''}; fetching just that commit: git fetch --no-tags --depth=1 ${remote} ${sha}`);
        const r = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .runCommand */ .d1)('git', ['fetch', '--no-tags', '--depth=1', EOO, remote, sha], { cwd: this.cwd, timeoutMs: 300_000 });
        if (r.code !== 0 || !(await this.hasCommit(sha))) {
            throw new _exec_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandError */ .Qd(`git fetch --no-tags --depth=1 ${remote} ${sha}`, r.code, r.stderr || 'the commit is still missing after the fetch');
        }
    }
    /** Merge base of two commits present locally, or null when git cannot tell (e.g. shallow history). */
    async mergeBase(a, b) {
        const r = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .runCommand */ .d1)('git', ['merge-base', EOO, a, b], { cwd: this.cwd });
        const sha = r.stdout.toString('utf8').trim();
        return r.code === 0 && isSha(sha) ? sha : null;
    }
    /** First parent, or null for a root commit (or when the parent was cut off by a shallow clone). */
    async firstParent(sha) {
        return this.resolveCommit(`${sha}^1`);
    }
    /** Parent SHAs as recorded in the commit object (known even when a shallow clone cut them off). */
    async parents(sha) {
        const text = await this.out(['cat-file', '-p', EOO, `${sha}^{commit}`]);
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
        const args = ['-c', 'core.quotepath=off', 'diff', '--no-ext-diff', '--no-textconv', '--name-status', '-z', '-M', EOO, base];
        if (head)
            args.push(head);
        args.push('--');
        const raw = (await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .runChecked */ .X4)('git', args, { cwd: this.cwd })).toString('utf8');
        return parseNameStatusZ(raw);
    }
    /** The first `maxBytes` bytes of a file at a commit, or null when the path does not exist there. */
    async readBlob(sha, path, maxBytes) {
        const r = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .runCommand */ .d1)('git', ['cat-file', 'blob', EOO, `${sha}:${path}`], { cwd: this.cwd, maxStdoutBytes: maxBytes });
        return r.code === 0 ? r.stdout : null;
    }
    /** Writes a blob to `target` (streamed, whatever its size); false when the path does not exist. */
    async copyBlob(sha, path, target) {
        const r = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .runCommand */ .d1)('git', ['cat-file', 'blob', EOO, `${sha}:${path}`], { cwd: this.cwd, stdoutFile: target, timeoutMs: 600_000 });
        return r.code === 0;
    }
    /** Size of a blob at a commit, or null when the path does not exist there. */
    async blobSize(sha, path) {
        const r = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .runCommand */ .d1)('git', ['cat-file', '-s', EOO, `${sha}:${path}`], { cwd: this.cwd });
        const n = Number(r.stdout.toString('utf8').trim());
        return r.code === 0 && Number.isFinite(n) ? n : null;
    }
    /** Every file path in a commit's tree (repository-relative). */
    async listFiles(sha) {
        const raw = (await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .runChecked */ .X4)('git', ['-c', 'core.quotepath=off', 'ls-tree', '-r', '-z', '--name-only', EOO, sha], { cwd: this.cwd })).toString('utf8');
        return raw.split('\0').filter((p) => p !== '');
    }
    /** Untracked, not ignored files in the working tree, repository-relative. */
    async listUntracked() {
        const top = await this.topLevel();
        const raw = (await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .runChecked */ .X4)('git', ['-c', 'core.quotepath=off', 'ls-files', '-z', '--others', '--exclude-standard'], { cwd: top })).toString('utf8');
        return raw.split('\0').filter((p) => p !== '');
    }
    /** Tracked and untracked (not ignored) files in the working tree, repository-relative. */
    async listWorkingFiles() {
        const top = await this.topLevel();
        const raw = (await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .runChecked */ .X4)('git', ['-c', 'core.quotepath=off', 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: top })).toString('utf8');
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


/***/ }),

/***/ 4578:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z7: () => (/* binding */ parsePatterns),
/* harmony export */   _I: () => (/* binding */ matchesAny),
/* harmony export */   a8: () => (/* binding */ DEFAULT_MODEL_GLOBS),
/* harmony export */   uO: () => (/* binding */ checkPatterns)
/* harmony export */ });
/* harmony import */ var _budget_glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6665);
/* harmony import */ var _formats_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(717);
/**
 * The `models` input: one or more globs (newline- or comma-separated, `!` excludes), matched with
 * the same glob dialect as the config file (src/budget/glob.ts) so both agree on every path.
 */


/**
 * Default `models` input: every extension of every registered format (formats/registry.ts);
 * action.yml states the same list (test/action/manifest.test.ts keeps them equal).
 */
const DEFAULT_MODEL_GLOBS = (0,_formats_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .modelExtensions */ .Sk)().map((e) => `**/*${e}`).join(', ');
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
/**
 * Compiles every pattern once, so a malformed one is reported where it was given (the input or
 * option), not at the first path. Throws GlobError.
 */
function checkPatterns(patterns) {
    for (const p of patterns)
        (0,_budget_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .compileGlob */ .SO)(p.startsWith('!') ? p.slice(1) : p);
    return patterns;
}
/** True when the path matches at least one positive pattern and no `!` pattern. */
function matchesAny(path, patterns) {
    let included = false;
    for (const p of patterns) {
        if (p.startsWith('!')) {
            if ((0,_budget_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .globMatch */ .eu)(p.slice(1), path))
                return false;
        }
        else if (!included && (0,_budget_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .globMatch */ .eu)(p, path)) {
            included = true;
        }
    }
    return included;
}


/***/ }),

/***/ 8309:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RR: () => (/* binding */ resolveLfsPointer),
/* harmony export */   l$: () => (/* binding */ MAX_POINTER_BYTES),
/* harmony export */   y: () => (/* binding */ parseLfsPointer)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(261);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4926);
/**
 * Git LFS pointer files. A model stored in LFS but not smudged is a ~130-byte text file; profiling
 * it would report a wrong (or no) number, so pointers are detected and either resolved through
 * `git lfs` for just that object, or reported as "stored in Git LFS".
 */



// Pointer spec: https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md (the first line is
// the version key; pointers are small text files, under 1024 bytes).
const VERSION_LINES = ['version https://git-lfs.github.com/spec/v1', 'version https://hawser.github.com/spec/v1'];
/** Files this size or larger are never pointers (so they need not be read to be sure). */
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
 * Tries to turn a pointer into the real content, written to `target` (streamed: LFS objects are
 * often gigabytes): `git lfs fetch` of that one object (for the given commit and path), then
 * `git lfs smudge` with the pointer on stdin. Never throws.
 */
async function resolveLfsPointer(cwd, pointerBytes, pointer, path, commit, mode, target) {
    if (mode === 'skip')
        return { ok: false, pointer, reason: 'lfs: skip' };
    const version = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .runCommand */ .d1)('git', ['lfs', 'version'], { cwd, timeoutMs: 20_000 });
    if (version.code !== 0)
        return { ok: false, pointer, reason: 'git-lfs is not installed' };
    // Fetch only this object; failures are fine if smudge can still find it locally. --include
    // takes a comma-separated list of gitignore-style patterns: a path that would read as more than
    // itself (a comma, a glob, a negation) is not fetched by name. git-lfs knows `--` but not
    // `--end-of-options`; the commit is a checked SHA and the path sits inside `--include=`.
    if (commit && (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .isSha */ .HH)(commit) && !/[,*?[\]{}!\\]/.test(path)) {
        await (0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .runCommand */ .d1)('git', ['lfs', 'fetch', 'origin', commit, `--include=${path}`, '--exclude='], { cwd, timeoutMs: 300_000 });
    }
    const smudged = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .runCommand */ .d1)('git', ['lfs', 'smudge', '--', path], { cwd, input: pointerBytes, timeoutMs: 300_000, stdoutFile: target });
    const size = smudged.code === 0 ? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target)).size : -1;
    // Without the object, smudge passes the pointer through unchanged.
    const passedThrough = size >= 0 && size < MAX_POINTER_BYTES && parseLfsPointer(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(target)) !== null;
    if (smudged.code !== 0 || passedThrough || size !== pointer.size) {
        const why = smudged.code !== 0 ? smudged.stderr.trim().split('\n')[0] || `exit ${smudged.code}` : 'object not available';
        return { ok: false, pointer, reason: `git lfs smudge failed: ${why}` };
    }
    return { ok: true, size };
}


/***/ }),

/***/ 6798:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sM: () => (/* binding */ fileComparison),
  vH: () => (/* binding */ localComparison),
  Rg: () => (/* binding */ runGate)
});

// UNUSED EXPORTS: directoryComparison, profileChanges, pullRequestComparison

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/budget/config.js + 1 modules
var budget_config = __webpack_require__(2275);
// EXTERNAL MODULE: ./build/src/formats/registry.js + 49 modules
var registry = __webpack_require__(717);
// EXTERNAL MODULE: ./build/src/budget/units.js
var units = __webpack_require__(3744);
;// CONCATENATED MODULE: ./build/src/budget/measurable.js
/**
 * Budgets the matched models' format cannot measure (a MACs budget on `*.safetensors`): found
 * when the config is read, from the file extension its glob names, and reported as a warning
 * naming the model entry and the metric, so that such a budget never passes silently.
 */


/** Metrics that need a graph (what `ProfileResult.unavailable` lists for weights-only files). */
const GRAPH_METRICS = ['macs', 'flops', 'memory', 'peak-memory'];
/** The format a glob's last segment names by a literal extension (`*.pt`, `model.gguf`), if any. */
function formatOfGlob(glob) {
    const last = glob.slice(glob.lastIndexOf('/') + 1);
    // A pattern in the extension itself (`*.{pt,onnx}`, `*.p?`) may match several formats.
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
        out.push(`${config.file}:${entry.line}: model '${entry.name}' (${entry.path}): ${format.label} files store weights only, so budgets on ${metrics.map((m) => units/* METRIC_LABELS */.t8[m]).join(', ')} cannot be checked (they are reported as n/a)`);
    }
    return out;
}

// EXTERNAL MODULE: ./build/src/budget/gate.js + 8 modules
var gate = __webpack_require__(4358);
// EXTERNAL MODULE: ./build/src/budget/types.js
var types = __webpack_require__(4134);
;// CONCATENATED MODULE: ./build/src/budget/config-diff.js
/**
 * What a pull request changes in the budget config, one line per change (old -> new), so that a
 * reviewer sees a relaxed budget, a model moved to `ignore` or a smaller batch size bound in
 * `dims` (all of which make the gate pass more easily). Entries are paired by name.
 */


/** Cap on listed changes: a rewritten config is summarised, not dumped. */
const MAX_BUDGET_CHANGES = 50;
function budgetFields(b) {
    return {
        max: b?.maxText ?? null,
        'max-increase': b?.maxIncrease !== undefined ? (0,units/* formatLimitPercent */.oQ)(b.maxIncrease) : null,
        'min-delta': b?.minDeltaText ?? null,
        level: b?.level ?? null,
        at: b?.at?.join(', ') ?? null,
    };
}
/** A latency budget's settings as text, including the devices it names (#15). */
function latencyFields(l) {
    return {
        max: l?.maxText ?? null,
        'max-increase': l?.maxIncrease !== undefined ? (0,units/* formatLimitPercent */.oQ)(l.maxIncrease) : null,
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
    return p === undefined ? null : (0,units/* formatLimitPercent */.oQ)(p);
}
function inputsText(inputs) {
    const entries = Object.entries(inputs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return entries.length ? entries.map(([k, v]) => `${k}=${v.join('x')}`).join(', ') : null;
}
/** Every change from `base` to `head`, in config order (defaults, models, ignore). */
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
        for (const metric of types/* METRICS */.Cb) {
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

// EXTERNAL MODULE: ./build/src/graph/errors.js
var errors = __webpack_require__(5875);
// EXTERNAL MODULE: ./build/src/io/exec.js
var exec = __webpack_require__(261);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
;// CONCATENATED MODULE: ./build/src/io/github.js
/**
 * The GitHub REST/GraphQL client: @actions/github's Octokit (proxy support, GHES base URLs) with
 * Octokit's own plugins for what a gate on a busy repository needs:
 *
 * - @octokit/plugin-retry: 5xx, 429 and network failures are retried (3 times, waits of 1, 4, 9 s);
 * - @octokit/plugin-throttling: primary and secondary rate limits wait for the time GitHub asks
 *   (Retry-After, X-RateLimit-Reset) up to MAX_RETRY_AFTER_S, and writes are spaced as GitHub's
 *   best practices ask;
 * - `octokit.paginate.iterator` for lists, with a page cap;
 *
 * and what this module adds on top, because API answers are input like any other: every
 * response body is capped (MAX_RESPONSE_BYTES), requests never leave the API's origin (a `Link`
 * header pointing elsewhere does not get the token), lists must be JSON arrays of objects, and
 * every failure is one GitHubApiError line naming the call.
 *
 * MODEL_BUDGET_RETRY_BASE_MS (test-only, for the end-to-end tests of the bundle): milliseconds
 * waited per second that a backoff or the server asks for (default 1000), and no spacing of
 * writes. Do not set it in real workflows.
 */




class github_GitHubApiError extends errors/* EnvironmentError */.eG {
    method;
    path;
    status;
    detail;
    attempts;
    name = 'GitHubApiError';
    constructor(method, path, status, detail, attempts = 1) {
        super(`GitHub API ${method} ${path} failed with ${status === 0 ? 'a network error' : `HTTP ${status}`}${attempts > 1 ? ` after ${attempts} attempts` : ''}: ${detail}`);
        this.method = method;
        this.path = path;
        this.status = status;
        this.detail = detail;
        this.attempts = attempts;
    }
}
/** Largest response body read; GitHub's own pages of 100 comments stay far below it. */
const MAX_RESPONSE_BYTES = (/* unused pure expression or super */ null && (16 * 1024 * 1024));
/** Longest server-requested wait honoured before giving up, in seconds. */
const MAX_RETRY_AFTER_S = 120;
/** Pages read from one list (100 items each) unless the caller asks for fewer items. */
const MAX_PAGES = 100;
/** The server's message, one line, at most 200 characters. */
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
/** A fetch whose body is read up to `max` bytes; a larger answer is a network-level failure. */
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
/**
 * Our own small plugin, registered first so that it runs inside the retry plugin (once per
 * attempt): the origin check (the token goes to the API's origin only) and a log line for every
 * failed attempt that the retry plugin may repeat.
 */
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
/** A scheduler group that runs every job at once: writes are not spaced in the tests. */
const NO_SPACING = { key: () => ({ schedule: (_options, job, ...args) => job(...args) }) };
class GitHubClient {
    apiUrl;
    graphqlUrl;
    octokit;
    log;
    retries;
    /** Attempts per `METHOD /path` of the call under way, counted by the guard plugin. */
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
            // Bottleneck.Group's interface as far as the plugin uses it (key().schedule()).
            ...(msPerSecond < 1000 ? { write: NO_SPACING, notifications: NO_SPACING } : {}),
        };
        const origin = new URL(apiUrl).origin;
        const baseUrl = apiUrl.replace(/\/+$/, '');
        // @actions/github's request defaults carry the runner's proxy agent and fetch; options
        // replace them as a whole, so they are read from a plain client and the fetch is wrapped.
        const defaults = getOctokit(token, { baseUrl }).request.endpoint.DEFAULTS.request ?? {};
        const request = { agent: defaults.agent, fetch: cappedFetch(defaults.fetch ?? fetch, MAX_RESPONSE_BYTES) };
        this.octokit = getOctokit(token, { baseUrl, request, throttle, retry: { retryAfterBaseValue: msPerSecond, retries: this.retries } }, guard(origin, this.log, this.attempts), retry, throttling);
    }
    shown(url) {
        const base = this.apiUrl.replace(/\/+$/, '');
        return url.startsWith(base) ? url.slice(base.length) : url;
    }
    /** Any failure as one GitHubApiError line naming the call. */
    failure(method, url, e, attempts) {
        const err = e;
        const status = typeof err.status === 'number' && err.response ? err.status : 0;
        let detail = status ? messageOf(err.response?.data) : messageOf({ message: String(err.message ?? e) });
        const headers = err.response?.headers ?? {};
        if ((status === 403 || status === 429) && (headers['x-ratelimit-remaining'] === '0' || /secondary rate limit/i.test(detail))) {
            const after = Number(headers['retry-after']) || Math.ceil(Number(headers['x-ratelimit-reset']) - Date.now() / 1000);
            detail = after > MAX_RETRY_AFTER_S
                ? `rate limited; the server asks to wait ${after} s, longer than the ${MAX_RETRY_AFTER_S} s this action waits`
                : `rate limited (${detail})`;
        }
        return new github_GitHubApiError(method, this.shown(url), status, detail, attempts);
    }
    url(path) {
        return /^https?:\/\//.test(path) ? path : `${this.apiUrl.replace(/\/+$/, '')}${path}`;
    }
    /**
     * One REST call (retried by the plugins). `path` is relative to the API URL ("/repos/o/r/...")
     * or a full URL on the same origin. Throws GitHubApiError for any final failure.
     */
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
    /**
     * Every item over all pages (`octokit.paginate.iterator`, 100 per page), up to `maxItems` and
     * MAX_PAGES pages: a list that never ends stops there. `truncated` says whether more existed.
     * A page that is not a JSON array is an error; items that are not objects are dropped.
     */
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
                    throw new github_GitHubApiError('GET', this.shown(url), page.status, 'expected a JSON array');
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
            if (e instanceof github_GitHubApiError)
                throw e;
            throw this.failure('GET', url, e, this.attempts.get(key) ?? 1);
        }
        finally {
            this.attempts.delete(key);
        }
        return { items, truncated: false };
    }
    /** GraphQL call; GraphQL-level errors are thrown as GitHubApiError too. */
    async graphql(query, variables) {
        const r = await this.request('POST', this.graphqlUrl, { query, variables });
        const data = r.data;
        if (data === null || typeof data !== 'object')
            throw new github_GitHubApiError('POST', 'graphql', r.status, 'expected a JSON object');
        if (Array.isArray(data.errors) && data.errors.length > 0) {
            throw new github_GitHubApiError('POST', 'graphql', r.status, data.errors.map((e) => messageOf(e)).join('; '));
        }
        return data.data;
    }
}
/** Default GraphQL endpoint for an API URL (github.com and GHES layouts). */
function graphqlUrlFor(apiUrl) {
    const base = apiUrl.replace(/\/+$/, '');
    return base.endsWith('/api/v3') ? `${base.slice(0, -'/v3'.length)}/graphql` : `${base}/graphql`;
}

// EXTERNAL MODULE: ./build/src/io/git.js
var io_git = __webpack_require__(4926);
;// CONCATENATED MODULE: ./build/src/io/baseline.js
/**
 * Which two commits the gate compares, per event:
 * - pull_request / pull_request_target: the merge base of the PR's base and head (what the PR
 *   itself changed, as GitHub's "Files changed" tab shows it). Computed locally when history
 *   allows, else asked from the compare API; the commit is then fetched alone if missing.
 * - push: the push's `before` commit (or the first parent of head for a new branch);
 * - merge_group: the queue's base_sha;
 * - anything else (workflow_dispatch, schedule): the first parent of head.
 * The base-ref input overrides the baseline in every case.
 */




class BaselineError extends (/* unused pure expression or super */ null && (EnvironmentError)) {
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
    return typeof v === 'string' && isSha(v) && v !== ZERO_SHA ? v : null;
}
function isPullRequestEvent(name) {
    return name === 'pull_request' || name === 'pull_request_target';
}
/**
 * A ref or SHA as a commit SHA, fetching just that ref (depth 1) when it is not local. The ref is
 * a workflow input: refProblem keeps it from being read as an option or a refspec, and git gets
 * it after `--end-of-options` all the same.
 */
async function resolveRef(git, ref, log) {
    const problem = refProblem(ref);
    if (problem !== null)
        throw new BaselineError(`base-ref '${ref}' is not a valid git ref or SHA: ${problem}`);
    if (isSha(ref)) {
        await git.ensureCommit(ref);
        return ref;
    }
    for (const candidate of [`refs/remotes/origin/${ref}`, ref]) {
        const sha = await git.resolveCommit(candidate);
        if (sha)
            return sha;
    }
    // `main~2` names a commit relative to a ref: fetching it as a refspec cannot work.
    if (/[~^]/.test(ref))
        throw new BaselineError(`base-ref '${ref}' is not in the local clone`);
    log(`base-ref '${ref}' is not in the local clone; fetching it alone: git fetch --no-tags --depth=1 origin ${ref}`);
    const r = await runCommand('git', ['fetch', '--no-tags', '--depth=1', '--end-of-options', 'origin', ref], { cwd: git.cwd, timeoutMs: 300_000 });
    const fetched = r.code === 0 ? await git.resolveCommit('FETCH_HEAD') : null;
    if (!fetched)
        throw new BaselineError(`base-ref '${ref}' is neither a local ref nor fetchable from origin: ${r.stderr.trim().split('\n')[0] ?? ''}`);
    return fetched;
}
async function firstParentOf(git, sha) {
    const parents = await git.parents(sha);
    return parents[0] ?? null;
}
async function baseline_resolveBaseline(git, event, opts, client, log) {
    const headHead = await git.resolveCommit('HEAD');
    const isPr = isPullRequestEvent(event.eventName);
    const payload = event.payload;
    let headSha = opts.headSha || null;
    if (!headSha) {
        if (isPr)
            headSha = shaAt(payload, 'pull_request', 'head', 'sha');
        else if (event.eventName === 'push')
            headSha = shaAt(payload, 'after');
        else if (event.eventName === 'merge_group')
            headSha = shaAt(payload, 'merge_group', 'head_sha');
    }
    headSha ??= isSha(event.sha) ? event.sha : headHead;
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
                if (mb && isSha(mb)) {
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
                // A force push can leave `before` unreachable on the remote: use the first parent.
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
    return { prNumber, baseTip, baseSha, headSha, headIsWorkingTree: headHead === headSha };
}
/** GitHub's list-files API returns at most this many files; beyond it git diff is used. */
const PR_FILES_API_LIMIT = 3000;
/**
 * The PR's files from the API, or null when the token may not read them (a job whose permissions
 * leave out `pull-requests: read`, e.g. `contents: read` only on a private repository): git has
 * the same answer, so the gate goes on with git diff instead of failing.
 */
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
/**
 * Changed files: from the PR's list-files API when there is a PR and a client (no history
 * needed), else (or past the API's 3,000-file cap) from git diff between the two commits.
 */
async function baseline_changedFiles(git, baseline, event, client, log) {
    if (baseline.baseSha === null) {
        const files = await git.listFiles(baseline.headSha);
        return files.map((path) => ({ status: 'added', path }));
    }
    if (baseline.prNumber !== null && client && event.repo && isPullRequestEvent(event.eventName)) {
        const listed = await listPrFiles(client, event.repo, baseline.prNumber, log);
        const { items, truncated } = listed ?? { items: [], truncated: true };
        if (listed && !truncated && items.length < PR_FILES_API_LIMIT) {
            log(`Changed files from the pull request API: ${items.length}`);
            const out = [];
            for (const f of items) {
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
        if (listed)
            log(`The pull request changes ${PR_FILES_API_LIMIT} or more files (the API's limit); using git diff --name-status instead`);
    }
    const files = await git.diffNameStatus(baseline.baseSha, baseline.headSha);
    log(`Changed files from git diff ${baseline.baseSha.slice(0, 12)}..${baseline.headSha.slice(0, 12)}: ${files.length}`);
    return files;
}

// EXTERNAL MODULE: ./build/src/io/lfs.js
var lfs = __webpack_require__(8309);
// EXTERNAL MODULE: ./build/src/io/sources.js
var sources = __webpack_require__(9008);
;// CONCATENATED MODULE: ./build/src/io/changes.js
/**
 * From "files that changed" to "models that changed": model paths are picked with the `models`
 * globs (with the default globs, a `.bin`/`.pb` only when its first bytes are a model's, a `.h5`
 * only when it is a Keras save), renames keep their old path, a model of several files (a shard set, GGUF splits, a SavedModel folder)
 * is one change however many of its files changed, and a changed side file (external data such
 * as `model.onnx.data`, a config.json, as the model's format names them) marks every model that
 * needs it as modified.
 */





/** Models larger than this are not scanned for side-file references (see findModelChanges). */
const MAX_SCANNED_MODEL_BYTES = 64 * 1024 * 1024;
/** True when `dir` is `sub` or one of its ancestors ('' is the root). */
function isAncestorDir(dir, sub) {
    return dir === '' || dir === '.' || sub === dir || sub.startsWith(`${dir}/`);
}
function dirOf(path) {
    const d = external_node_path_.posix.dirname(path);
    return d === '.' ? '' : d;
}
/**
 * Whether the globs select `path` as a model. With the default globs, a path with a shared
 * ending must show a signature (or, for a `.h5`, Keras content) on one of `sides` (a Git LFS
 * pointer shows no signature: only its fetched content could tell; a `.h5` pointer counts).
 */
async function selects(path, isModel, sides, options) {
    if (!isModel(path))
        return false;
    const check = options.defaultGlobs ? (0,registry/* defaultGlobCheck */.mm)(path) : null;
    if (!check)
        return true;
    for (const src of sides) {
        if (!src)
            continue;
        let head;
        try {
            head = await src.read(path, check.bytes);
        }
        catch (e) {
            // A FIFO or a link out of the tree: reported as a model that cannot be measured.
            if (e instanceof errors/* ModelFileError */.EO)
                return true;
            throw e;
        }
        if (head !== null && (0,registry/* isModelByDefault */.U1)(path, head, (await src.size(path)) ?? head.length))
            return true;
    }
    options.log?.(`${path}: not a model file (${check.skipped}; a default glob selected it), skipped`);
    return false;
}
/** Whether a side has a path (a path that cannot be read safely counts as there: its error is reported). */
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
/**
 * Changes to the files of one several-file model (a shard set, GGUF splits, a SavedModel
 * folder, as the formats' `modelKey` tells) become one change of the file that stands for it on
 * each side; single-file models pass through as they are.
 */
class ModelChangeSet {
    singles = new Map();
    groups = new Map();
    /** Keys in first-seen order, so the report lists models in the order git listed them. */
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
        keys.forEach((k, i) => this.addMember(k, c.via ?? members[i]));
    }
    /** A changed file that is no model itself but a member of one (variables/variables.index). */
    addMember(k, member) {
        let g = this.groups.get(k.key);
        if (!g) {
            g = { entries: k.entries, members: [] };
            this.groups.set(k.key, g);
            this.order.push({ kind: 'group', key: k.key });
        }
        if (!g.members.includes(member))
            g.members.push(member);
    }
    has(path) {
        return this.singles.has(path) || this.groups.has((0,registry/* modelKeyOf */.sh)(path).key);
    }
    /** One change per model: for a group, the first entry each side has, and its status from them. */
    async resolve(base, head) {
        const out = [];
        for (const { kind, key } of this.order) {
            if (kind === 'single') {
                out.push(this.singles.get(key));
                continue;
            }
            // The file that stands for the model changed itself (an index, a saved_model.pb): that change says it all.
            if (this.singles.has(key))
                continue;
            const g = this.groups.get(key);
            const onSide = async (src) => {
                for (const e of g.entries)
                    if (await has(src, e))
                        return e;
                return null;
            };
            const [h, b] = [await onSide(head), await onSide(base)];
            const path = h ?? b;
            if (path === null)
                continue;
            const status = h !== null && b !== null ? 'modified' : h !== null ? 'added' : 'deleted';
            const via = g.members.find((m) => m !== path);
            out.push({ status, path, ...(h !== null && b !== null && b !== h ? { previousPath: b } : {}), ...(via !== undefined ? { via } : {}) });
        }
        return out;
    }
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
    // A changed file that is a member of a model the globs select (a SavedModel's variables).
    for (const p of [...sideCandidates]) {
        const k = (0,registry/* modelKeyOf */.sh)(p);
        if (k.key !== p && k.entries.some(isModel)) {
            changes.addMember(k, p);
            sideCandidates.delete(p);
        }
    }
    if (sideCandidates.size === 0)
        return changes.resolve(base, head);
    // Models whose directory contains a changed non-model file may reference it as a side file.
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
        for (const src of [headSet.has(path) ? head : null, baseSet.has(path) ? base : null]) {
            if (!src)
                continue;
            // Models that name their side files inside (ONNX external data) are small (the graph
            // only); reading every large model near an unrelated changed file would cost far more
            // than it could find. Without the content, the format answers from the name alone.
            let size;
            try {
                size = await src.size(path);
            }
            catch (e) {
                // A FIFO or a link out of the tree references nothing; if it changed itself, it is
                // reported as a model that could not be measured.
                if (e instanceof errors/* ModelFileError */.EO)
                    continue;
                throw e;
            }
            if (size === null)
                continue;
            const bytes = size > MAX_SCANNED_MODEL_BYTES ? null : await src.read(path, MAX_SCANNED_MODEL_BYTES);
            const content = bytes && !(0,lfs/* parseLfsPointer */.y)(bytes) ? { bytes } : null;
            for (const loc of (0,registry/* sideFileLocations */.ue)(path, content)) {
                const p = (0,sources/* sideFilePath */.VT)(path, loc);
                if (p)
                    refs.add(p);
            }
        }
        const hit = [...refs].find((r) => sideCandidates.has(r));
        if (!hit)
            continue;
        const status = headSet.has(path) && baseSet.has(path) ? 'modified' : headSet.has(path) ? 'added' : 'deleted';
        changes.add({ status, path, via: hit });
    }
    return changes.resolve(base, head);
}
/** Files not on disk are compared in memory only up to this size; larger ones count as changed. */
const MAX_COMPARED_IN_MEMORY = (/* unused pure expression or super */ null && (64 * 1024 * 1024));
/**
 * Whether a path holds the same bytes on both sides (sizes first; files on disk in chunks). A
 * path that cannot be read safely (a FIFO, a link out of the tree) counts as changed, so it is
 * reported rather than skipped.
 */
async function sameContent(base, head, path) {
    try {
        const [a, b] = await Promise.all([base.size(path), head.size(path)]);
        if (a === null || b === null || a !== b)
            return false;
        const [fa, fb] = await Promise.all([base.localFile(path), head.localFile(path)]);
        if (fa !== null && fb !== null)
            return filesEqual(fa, fb);
        if (a > MAX_COMPARED_IN_MEMORY)
            return false;
        const [x, y] = await Promise.all([base.read(path, a), head.read(path, a)]);
        return x !== null && y !== null && x.equals(y);
    }
    catch (e) {
        if (e instanceof ModelFileError)
            return false;
        throw e;
    }
}
/**
 * Pairs two directories by relative path (head-path/base-path inputs): files only in head are
 * added, only in base deleted, in both and different (model or side files) modified.
 */
async function changes_diffDirectories(base, head, isModel, options = {}) {
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

// EXTERNAL MODULE: ./build/src/io/config-source.js
var config_source = __webpack_require__(6430);
// EXTERNAL MODULE: ./build/src/io/glob.js
var glob = __webpack_require__(4578);
// EXTERNAL MODULE: ./build/src/io/profile-pool.js + 2 modules
var profile_pool = __webpack_require__(4604);
;// CONCATENATED MODULE: ./build/src/io/pipeline.js
/**
 * The gate's one pipeline, shared by the action and the CLI (`check`, `diff`): load the config
 * (config-source.ts), find the changed models of a comparison, materialise and profile both sides
 * of each, and evaluate the budgets. The callers only build a `Comparison` from their arguments
 * or inputs and print the report.
 *
 * Errors: a model that cannot be measured (a `ModelBudgetError` while reading or profiling it) is
 * reported on that model and the gate goes on; anything else is a bug in model-budget and ends
 * the run as an `InternalError` naming the model (and the op, when the engine knew it).
 */














/** Two directories of generated models (the action's head-path/base-path), compared by path. */
async function directoryComparison(workDir, basePath, headPath) {
    const hp = resolve(workDir, headPath);
    const bp = resolve(workDir, basePath);
    for (const [name, p, given] of [['head-path', hp, headPath], ['base-path', bp, basePath]]) {
        if (!existsSync(p))
            throw new UsageError(`input '${name}': directory ${p} does not exist`);
        // A file here would fail deep inside the directory walk, reported as a bug of ours.
        if (!statSync(p).isDirectory())
            throw new UsageError(`input '${name}': ${given} is not a directory`);
    }
    const head = dirSource(hp, 'head', `directory ${headPath}`);
    const base = dirSource(bp, 'base', `directory ${basePath}`);
    // The directories hold models only; the config lives in the checkout, at its repository top.
    const configRoot = (await repositoryTop(workDir)) ?? workDir;
    const configSides = { base: null, head: dirSource(configRoot, 'head', 'checkout') };
    return { root: workDir, configRoot, base, head, configSides, baseline: null, changes: (isModel, opts) => diffDirectories(base, head, isModel, opts) };
}
/** The action's comparison: the event's (or inputs') base commit against the head commit. */
async function pullRequestComparison(workDir, event, options, client, log) {
    const top = await new Git(workDir, log).topLevel();
    const git = new Git(top, log);
    const baseline = await resolveBaseline(git, event, options, client, log);
    const head = baseline.headIsWorkingTree
        ? dirSource(top, 'head', `working tree (${baseline.headSha.slice(0, 12)})`, baseline.headSha, () => git.listFiles(baseline.headSha))
        : gitSource(git, baseline.headSha, 'head');
    if (!baseline.headIsWorkingTree)
        log(`The checkout is not the head commit; reading head files from commit ${baseline.headSha}`);
    const baseTree = baseline.baseSha ? gitSource(git, baseline.baseSha, 'base') : null;
    return {
        root: top,
        base: baseTree ?? emptySource('base', 'no base commit'),
        head,
        configSides: { base: baseTree, head },
        baseline,
        changes: async (isModel, opts) => findModelChanges(await changedFiles(git, baseline, event, client, log), isModel, baseTree, head, opts),
    };
}
/** The default base of `check`: the remote's default branch, else main/master. */
async function defaultBase(git) {
    for (const ref of ['refs/remotes/origin/HEAD', 'refs/remotes/origin/main', 'refs/remotes/origin/master', 'refs/heads/main', 'refs/heads/master']) {
        if (await git.resolveCommit(ref))
            return ref.replace(/^refs\/(remotes|heads)\//, '');
    }
    throw new errors/* UsageError */.eb('no --base given and no origin/HEAD, main or master branch found; pass --base <git-ref>');
}
/**
 * `check`: the working tree (uncommitted and untracked models included) against the merge base
 * of HEAD and `baseRef` (default: the remote's default branch). `top` is the repository top.
 */
async function localComparison(top, baseRef, log) {
    const git = new io_git/* Git */.TU(top, log);
    const headCommit = await git.resolveCommit('HEAD');
    const problem = baseRef === undefined ? null : (0,io_git/* refProblem */.Tb)(baseRef);
    if (problem !== null)
        throw new errors/* UsageError */.eb(`--base '${baseRef}' is not a valid git ref or SHA: ${problem}`);
    const ref = baseRef ?? (await defaultBase(git));
    const baseTip = await git.resolveCommit(ref);
    if (!baseTip)
        throw new errors/* UsageError */.eb(`--base ${ref}: not a commit in this repository`);
    let baseSha = baseTip;
    if (headCommit) {
        const mb = await git.mergeBase(baseTip, headCommit);
        // On the base branch itself, "what changed" means the last commit plus local edits.
        baseSha = mb === headCommit && baseRef === undefined ? ((await git.parents(headCommit))[0] ?? null) : (mb ?? baseTip);
    }
    const head = (0,sources/* dirSource */.v9)(top, 'head', 'working tree', headCommit, () => git.listWorkingFiles());
    const baseTree = baseSha ? (0,sources/* gitSource */.Ym)(git, baseSha, 'base') : null;
    const files = async () => {
        if (!baseSha)
            return (await git.listWorkingFiles()).map((path) => ({ status: 'added', path }));
        const out = await git.diffNameStatus(baseSha, null);
        // git diff against the working tree leaves out files never added: those are new too.
        const listed = new Set(out.map((f) => f.path));
        for (const p of await git.listUntracked())
            if (!listed.has(p))
                out.push({ status: 'added', path: p });
        return out;
    };
    return {
        root: top,
        base: baseTree ?? (0,sources/* emptySource */.$_)('base', 'no base commit'),
        head,
        configSides: { base: baseTree, head },
        baseline: null,
        changes: async (isModel, opts) => changes_findModelChanges(await files(), isModel, baseTree, head, opts),
        description: `base ${ref} (${baseSha ?? 'none'}), head: working tree${headCommit ? ` on ${headCommit.slice(0, 12)}` : ''}`,
    };
}
/**
 * `diff`: two files on disk, compared like the gate compares a changed model (the head's path
 * relative to `root` is what config globs see).
 */
function fileComparison(root, configRoot, basePath, headPath) {
    // The user named these two files: they may live anywhere, but must be regular files.
    const side = (name) => (0,sources/* dirSource */.v9)(root, name, `${name} file`, null, undefined, { confine: false });
    return {
        root,
        configRoot,
        base: side('base'),
        head: side('head'),
        configSides: { base: null, head: (0,sources/* dirSource */.v9)(configRoot, 'head', 'repository') },
        baseline: null,
        changes: async () => [{ status: 'modified', path: headPath, ...(basePath !== headPath ? { previousPath: basePath } : {}) }],
    };
}
/** Config, changed models, materialise -> profile -> gate: the one wrapper every caller uses. */
async function runGate(comparison, options) {
    const log = options.log ?? (() => undefined);
    const spec = (0,config_source/* configSpec */.KA)(comparison.configRoot ?? comparison.root, options.config);
    const loaded = await (0,config_source/* loadConfig */.Z9)(spec, comparison.configSides);
    if (loaded.config)
        log(`Budgets from ${loaded.config.file} (${loaded.source} side)`);
    else
        log(`No config at ${spec.path}: reporting changed models without budgets`);
    const patterns = options.models;
    // The default globs take a .bin/.pb only when its first bytes are a model's; a user's own glob takes whatever it names.
    const defaultGlobs = patterns !== undefined && patterns.join('\n') === (0,glob/* parsePatterns */.Z7)(glob/* DEFAULT_MODEL_GLOBS */.a8).join('\n');
    const changes = await comparison.changes(patterns ? (p) => (0,glob/* matchesAny */._I)(p, patterns) : () => true, { defaultGlobs, log });
    log(`Changed models: ${changes.length ? changes.map((c) => `${c.path} (${c.status})`).join(', ') : 'none'}`);
    const materialiser = new sources/* Materialiser */.BJ(comparison.root, options.lfs, log, options.warn);
    try {
        const models = await profileChanges({
            config: loaded.config,
            changes,
            base: comparison.base,
            head: comparison.head,
            materialiser,
            log,
            ...(options.warn ? { warn: options.warn } : {}),
            ...(options.profile ? { profile: options.profile } : {}),
            ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
            ...(options.progress ? { progress: options.progress } : {}),
        });
        const minChange = options.minChange !== undefined ? { minChange: options.minChange } : {};
        return { report: (0,gate/* evaluateGate */.DR)({ config: loaded.config, models, provenance: provenance(loaded), ...minChange }), config: loaded, models };
    }
    finally {
        await materialiser.cleanup();
    }
}
/** Where the budgets came from and what the head changes in the config, for the report. */
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
/**
 * One side of a change at every run (operating point): the model placed by the materialiser,
 * then read once and profiled by the runner (maybe in a worker), which asks back for its side
 * files. One result per run.
 */
async function profileSide(source, path, opts, runner, runs, progress) {
    const all = (r) => runs.map(() => r);
    const lfs = (m) => ({
        lfs: true,
        error: `${m.path}: stored in Git LFS (pointer to ${m.size} bytes, not fetched: ${m.reason}); use actions/checkout with \`lfs: true\` or the lfs: fetch input to measure it`,
    });
    try {
        const m = await opts.materialiser.placeModel(source, path);
        if (m.kind === 'missing')
            return all(null);
        if (m.kind === 'lfs') {
            progress('stored in Git LFS, not measured');
            return all(lfs(m));
        }
        let at = m;
        const place = async (paths) => {
            const r = await opts.materialiser.placeSideFiles(source, path, at, paths);
            if (r.kind === 'file')
                at = r;
            return r;
        };
        const outcome = await runner.run({ side: source.side, path, file: m.file, root: m.root, runs }, place);
        const ms = `${Math.round(outcome.ms)} ms`;
        if (outcome.kind === 'lfs') {
            progress('stored in Git LFS, not measured');
            return all(lfs(outcome));
        }
        if (outcome.kind === 'unreadable') {
            progress(`${ms}, not measured`);
            return all({ error: outcome.error });
        }
        progress(outcome.runs.every((r) => 'profile' in r) ? ms : `${ms}, not measured`);
        return outcome.runs.map((r) => ('profile' in r ? { profile: r.profile } : { error: r.error }));
    }
    catch (e) {
        // Placing the model can find it unreadable (a FIFO, a link out of the tree): reported on it.
        if (e instanceof errors/* ModelBudgetError */.jW) {
            progress('not measured');
            return all({ error: firstLine(e.message) });
        }
        // Anything else is our bug: the run stops and says so, naming the model.
        throw errors/* InternalError */.Gd.wrap(e, { model: path });
    }
}
function firstLine(text) {
    return text.split('\n')[0] ?? text;
}
/** What to profile for one change: its runs (one per operating point, else one), or nothing (ignored). */
function planRuns(config, change) {
    let dims = {};
    let inputs = {};
    const match = config ? (0,budget_config/* matchModel */.Zr)(config, change.path) : null;
    if (match?.kind === 'ignored')
        return null;
    if (match) {
        dims = match.dims;
        if (match.kind === 'matched')
            inputs = concreteInputs(match.inputs, dims);
    }
    const points = match?.kind === 'matched' ? match.entry.points : undefined;
    // Formulas in the dims the points vary and the dims nothing binds, with the first profile of
    // each side: a model whose dims the config fixes once costs no extra engine run.
    const free = [...new Set((points ?? []).flatMap((p) => Object.keys(p.dims)))];
    const modelOptions = { dims, inputs, perNode: true, formulas: { free } };
    if (!points || match?.kind !== 'matched')
        return { runs: [modelOptions], points: null };
    const at = points.map((point) => {
        const d = { ...match.dims, ...point.dims };
        return { point, dims: d, inputs: concreteInputs({ ...match.inputs, ...point.inputs }, d) };
    });
    // With points, the first point's profiles stand for the model (params, file size, formulas).
    return { runs: at.map((p, i) => ({ ...modelOptions, dims: p.dims, inputs: p.inputs, ...(i === 0 ? {} : { formulas: false }) })), points: at };
}
/** Runs `tasks` on `lanes` at a time, in order; the first failure stops what has not started. */
async function runLanes(tasks, lanes) {
    let next = 0;
    let failed = false;
    const lane = async () => {
        while (!failed && next < tasks.length) {
            try {
                await tasks[next++]();
            }
            catch (e) {
                failed = true;
                throw e;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, tasks.length)) }, lane));
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
    // Every side of every change is one job; the runner spreads them over worker threads, and
    // the report keeps the order of the changes whatever order they finish in.
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
    const runner = (0,profile_pool/* jobRunner */._1)(opts.jobs ?? 1, tasks.length, opts.profile);
    try {
        await runLanes(tasks, runner.lanes);
    }
    finally {
        await runner.close();
    }
    const out = [];
    for (const { change, plan, head: heads, base: bases } of plans) {
        const names = { path: change.path, status: change.status, ...(change.previousPath ? { previousPath: change.previousPath } : {}) };
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


/***/ }),

/***/ 4604:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Eu: () => (/* binding */ MAX_JOBS),
  yV: () => (/* binding */ defaultJobs),
  _1: () => (/* binding */ jobRunner),
  YF: () => (/* binding */ parseJobs)
});

// UNUSED EXPORTS: WorkerPool, inProcessRunner

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./build/src/graph/errors.js
var errors = __webpack_require__(5875);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(5881);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/formats/registry.js + 49 modules
var registry = __webpack_require__(717);
// EXTERNAL MODULE: ./build/src/profile/index.js + 41 modules
var src_profile = __webpack_require__(3033);
// EXTERNAL MODULE: ./build/src/io/sources.js
var sources = __webpack_require__(9008);
;// CONCATENATED MODULE: ./build/src/io/profile-job.js
/**
 * The gate's unit of work: one side (base or head) of one changed model, read once and profiled
 * at each of its operating points. It runs in-process or in a worker thread (profile-pool.ts),
 * so it takes and returns plain data (structured-clone safe): file names and options in,
 * profiles or one-line errors out. Side files are asked for through `place`: the model's format
 * names them from the decoded file (ONNX external data), and the main thread, which owns git
 * and the temporary folders, puts them beside it.
 */






/**
 * Reads the job's model once (its side files placed first) and profiles it at every run. A
 * model that cannot be measured is a one-line error naming it by repository path; anything else
 * is our bug, thrown as an InternalError naming the model.
 */
async function runProfileJob(job, place, profile = src_profile/* profileLoaded */.BR) {
    const started = external_node_perf_hooks_.performance.now();
    const ms = () => external_node_perf_hooks_.performance.now() - started;
    let file = job.file;
    let root = job.root;
    // Messages name files where they were read (maybe a temporary copy, and its side files under
    // the same root); the report names them by repository path.
    const line = (e) => {
        let text = e.message.split('\n')[0] ?? e.message;
        for (const f of new Set([file, job.file]))
            text = text.split(f).join(job.path);
        for (const r of new Set([root, job.root]))
            text = text.split(`${(0,external_node_path_.resolve)(r)}${external_node_path_.sep}`).join('');
        return text;
    };
    try {
        const opened = (0,registry/* openModel */.GF)(file);
        const { placed } = await (0,sources/* bringSideFiles */.p9)(job.path, file, (at) => opened.sideFiles(at), place);
        if (placed?.kind === 'lfs')
            return { ...placed, ms: ms() };
        if (placed)
            ({ file, root } = placed);
        const loaded = await opened.load(file, job.runs[0]?.dims ? { dims: job.runs[0].dims } : {});
        const runs = [];
        for (const options of job.runs) {
            try {
                runs.push({ profile: await profile(loaded, { ...options, displayPath: job.path }) });
            }
            catch (e) {
                if (!(e instanceof errors/* ModelBudgetError */.jW))
                    throw e;
                runs.push({ error: line(e) });
            }
        }
        return { kind: 'profiled', runs, ms: ms() };
    }
    catch (e) {
        // A model that cannot be measured is reported on that model; the rest of the gate goes on.
        if (e instanceof errors/* ModelBudgetError */.jW)
            return { kind: 'unreadable', error: line(e), ms: ms() };
        throw errors/* InternalError */.Gd.wrap(e, { model: job.path });
    }
}

;// CONCATENATED MODULE: ./build/src/io/worker-entry.js
/**
 * Which file a profile worker thread runs: the program's own entry (the CLI's or the action's
 * bundle, or build/src/... unbundled), which registers itself here and, started as a worker,
 * serves profile jobs instead of running the program (profile-worker.ts). A bundle has no other
 * file a worker could load. Kept free of heavy imports: every entry loads it first.
 */

/** The tag in `workerData` that makes an entry serve profiles. */
const PROFILE_WORKER_ROLE = 'model-budget/profile-worker';
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
function isProfileWorker() {
    return !isMainThread && workerData?.role === PROFILE_WORKER_ROLE;
}

;// CONCATENATED MODULE: ./build/src/io/profile-pool.js
/**
 * Where profile jobs (profile-job.ts) run: in-process one after another (`jobs: 1`, or when a
 * test injects a profiler), or in a pool of worker threads, so that the profiles of a pull
 * request with many models use every core. A worker runs the program's own entry file
 * (worker-entry.ts), which serves jobs instead of running the program, so it works the same
 * from the ncc bundles and unbundled. Jobs and outcomes are plain data; the main thread keeps
 * git, the temporary folders and the order of the report.
 */





/** More workers than this buy little (the main thread's git work and memory per worker grow). */
const MAX_JOBS = 8;
/** The default `jobs`: one per core, at most MAX_JOBS. */
function defaultJobs() {
    return Math.max(1, Math.min((0,external_node_os_.availableParallelism)(), MAX_JOBS));
}
/** A `jobs` flag or input: a whole number from 1 to MAX_JOBS, else null. */
function parseJobs(text) {
    const t = text.trim();
    if (!/^[0-9]{1,2}$/.test(t))
        return null;
    const n = Number(t);
    return n >= 1 && n <= MAX_JOBS ? n : null;
}
/**
 * The runner for a gate run of `count` jobs: workers when `jobs` > 1, there are two jobs or
 * more, and the program registered its entry (worker-entry.ts); otherwise in-process. An
 * injected profiler (tests) runs in-process: a function cannot cross to a worker.
 */
function jobRunner(jobs, count, profile) {
    const entry = workerEntry();
    const size = Math.min(jobs, count);
    if (size <= 1 || profile !== undefined || entry === null)
        return inProcessRunner(profile);
    return new WorkerPool(size, entry);
}
function inProcessRunner(profile) {
    // One job after another: the log reads as it always did.
    return { lanes: 1, run: (job, place) => runProfileJob(job, place, profile), close: async () => undefined };
}
/** Up to `size` worker threads, started on demand, each running one job at a time. */
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
        const worker = new external_node_worker_threads_.Worker(this.entry, { workerData: { role: PROFILE_WORKER_ROLE }, stdout: false, stderr: false });
        worker.on('message', (m) => void this.onMessage(worker, m));
        // A worker that dies (out of memory, a crash) takes its job with it: that job is our failure.
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


/***/ }),

/***/ 9008:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ emptySource),
/* harmony export */   BJ: () => (/* binding */ Materialiser),
/* harmony export */   VT: () => (/* binding */ sideFilePath),
/* harmony export */   Ym: () => (/* binding */ gitSource),
/* harmony export */   fr: () => (/* binding */ readPrefix),
/* harmony export */   p9: () => (/* binding */ bringSideFiles),
/* harmony export */   v9: () => (/* binding */ dirSource)
/* harmony export */ });
/* unused harmony exports walk, filesEqual */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var _formats_contained_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4750);
/* harmony import */ var _formats_registry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(717);
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5875);
/* harmony import */ var _lfs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8309);
/**
 * Where the two sides of a comparison come from, and how a model (with its side files: external
 * data, shards, config.json, as its format names them) becomes a file the profiler can open:
 * - a git commit (base side; head side when the checkout is not the head commit): blobs are
 *   written into a temporary directory, keeping their repository-relative layout so relative
 *   side-file locations still resolve;
 * - a directory (the working tree, or head-path/base-path generated by an earlier step): files
 *   are profiled in place unless something (an LFS pointer) has to be replaced.
 */








function gitSource(git, sha, side) {
    return {
        side,
        description: `commit ${sha.slice(0, 12)}`,
        read: (path, maxBytes) => git.readBlob(sha, path, maxBytes),
        localFile: async () => null,
        diskRoot: null,
        commit: sha,
        list: () => git.listFiles(sha),
        size: (path) => git.blobSize(sha, path),
        copyTo: (path, target) => git.copyBlob(sha, path, target),
    };
}
/** Opening a FIFO for reading would wait for a writer; with O_NONBLOCK it returns at once. */
const PROBE_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK === undefined ? 'r' : node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK;
/** Up to `maxBytes` from the start of a regular file (checked again on the open descriptor). */
async function readPrefix(file, maxBytes, path) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, PROBE_FLAGS);
    try {
        const st = await fh.stat();
        if (!st.isFile())
            throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ModelFileError */ .EO(path, 'is not a regular file');
        const want = Math.max(0, Math.min(st.size, maxBytes));
        const buf = Buffer.alloc(want);
        let got = 0;
        while (got < want) {
            const { bytesRead } = await fh.read(buf, got, want - got, got);
            if (bytesRead === 0)
                break;
            got += bytesRead;
        }
        return buf.subarray(0, got);
    }
    finally {
        await fh.close();
    }
}
/**
 * Files under a directory. Every access goes through containedFile: a path that is a FIFO, a
 * device or a directory, or a symlink leading outside `root`, is a ModelFileError naming it,
 * and nothing is opened before that check.
 */
/** `lister` overrides the directory walk (the working tree uses `git ls-files` to honour .gitignore). */
function dirSource(root, side, description, commit = null, lister, options = {}) {
    const within = options.confine === false ? null : root;
    const locate = (path) => {
        try {
            return (0,_formats_contained_file_js__WEBPACK_IMPORTED_MODULE_4__/* .containedFile */ .or)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, ...path.split('/')), within, `the ${description}`);
        }
        catch (e) {
            if (e instanceof _formats_contained_file_js__WEBPACK_IMPORTED_MODULE_4__/* .UnsafeFileError */ .h)
                throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ModelFileError */ .EO(path, e.reason);
            throw e;
        }
    };
    return {
        side,
        description,
        read: async (path, maxBytes) => {
            const f = locate(path);
            return f === null ? null : readPrefix(f.real, maxBytes, path);
        },
        localFile: async (path) => locate(path)?.real ?? null,
        diskRoot: root,
        commit,
        list: lister ?? (() => walk(root)),
        size: async (path) => locate(path)?.size ?? null,
        copyTo: async (path, target) => {
            const f = locate(path);
            if (f === null)
                return false;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(f.real, target);
            return true;
        },
    };
}
/** A side with no files (the base of a root commit: every model is new). */
function emptySource(side, description) {
    return {
        side, description, read: async () => null, localFile: async () => null, diskRoot: null, commit: null, list: async () => [],
        size: async () => null, copyTo: async () => false,
    };
}
const SKIP_DIRS = new Set(['.git', 'node_modules']);
/** Relative paths (forward slashes) of every file under root, skipping .git and node_modules. */
async function walk(root) {
    const out = [];
    const visit = async (rel) => {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(rel ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, ...rel.split('/')) : root, { withFileTypes: true });
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
/** Whether two files hold the same bytes, compared in 1 MiB chunks (weight files can be GBs). */
async function filesEqual(a, b) {
    const [fa, fb] = await Promise.all([open(a, PROBE_FLAGS), open(b, PROBE_FLAGS)]);
    try {
        const chunk = 1 << 20;
        const ba = Buffer.alloc(chunk);
        const bb = Buffer.alloc(chunk);
        for (let at = 0;; at += chunk) {
            const [ra, rb] = await Promise.all([fa.read(ba, 0, chunk, at), fb.read(bb, 0, chunk, at)]);
            if (ra.bytesRead !== rb.bytesRead)
                return false;
            if (ra.bytesRead === 0)
                return true;
            if (!ba.subarray(0, ra.bytesRead).equals(bb.subarray(0, rb.bytesRead)))
                return false;
        }
    }
    finally {
        await Promise.all([fa.close(), fb.close()]);
    }
}
/** Repository path of a side-file location relative to its model, or null if it escapes the tree. */
function sideFilePath(modelPath, location) {
    if (location.startsWith('/') || /^[A-Za-z]:/.test(location))
        return null;
    const joined = node_path__WEBPACK_IMPORTED_MODULE_3__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_3__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_3__.posix.dirname(modelPath), location.replace(/\\/g, '/')));
    return joined.startsWith('../') || joined === '..' ? null : joined;
}
/** Side files probed one by one in a git tree; past this many, the tree is listed once first. */
const MAX_PROBED_SIDE_FILES = 16;
/**
 * Brings the side files a model names beside it (`sideFilesAt(file)`: locations relative to its
 * folder, as the format names them from the file's content), then those that the side files
 * just placed name (a SavedModel's index names its data shards). `place` gets the repository
 * paths so far each time; null when there was nothing to place. The one loop for the materialiser and the profile jobs (profile-job.ts),
 * which decode the model where it is read (maybe in a worker thread).
 */
async function bringSideFiles(path, file, sideFilesAt, place) {
    const paths = (at) => sideFilesAt(at).map((loc) => sideFilePath(path, loc)).filter((p) => p !== null);
    const first = paths(file);
    // No side files: the model stays where it is.
    if (first.length === 0)
        return { placed: null, sideFiles: [] };
    const placed = await place(first);
    if (placed.kind !== 'file')
        return { placed, sideFiles: first };
    const known = new Set(first);
    const more = paths(placed.file).filter((p) => !known.has(p));
    if (more.length === 0)
        return { placed, sideFiles: first };
    const all = [...first, ...more];
    return { placed: await place(all), sideFiles: all };
}
/**
 * Turns (source, model path) into a file on disk next to its side files. Git LFS pointers are
 * resolved through git-lfs when allowed; otherwise the result says "stored in Git LFS".
 */
class Materialiser {
    repoRoot;
    lfsMode;
    log;
    warn;
    tempRoot = null;
    constructor(repoRoot, lfsMode, log = () => undefined, 
    /** Called when `lfs: fetch` was asked for and did not work. */
    warn = log) {
        this.repoRoot = repoRoot;
        this.lfsMode = lfsMode;
        this.log = log;
        this.warn = warn;
    }
    async temp(side) {
        if (!this.tempRoot)
            this.tempRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'model-budget-'));
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.tempRoot, side);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
        return dir;
    }
    /**
     * What is at a path: nothing, a Git LFS pointer, or content. Only files under the pointer size
     * limit are read to tell: model and weight files (gigabytes) are never loaded.
     */
    async inspect(source, path) {
        const size = await source.size(path);
        if (size === null)
            return { kind: 'missing' };
        if (size >= _lfs_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_POINTER_BYTES */ .l$)
            return { kind: 'content' };
        const bytes = await source.read(path, _lfs_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_POINTER_BYTES */ .l$);
        if (bytes === null)
            return { kind: 'missing' };
        const pointer = (0,_lfs_js__WEBPACK_IMPORTED_MODULE_7__/* .parseLfsPointer */ .y)(bytes);
        return pointer ? { kind: 'pointer', bytes, pointer } : { kind: 'content' };
    }
    /** Puts a path's content at `target` (resolving an LFS pointer); the pointer's details on failure. */
    async place(source, path, what, target) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(target), { recursive: true });
        if (what.kind !== 'pointer') {
            await source.copyTo(path, target);
            return null;
        }
        const r = await (0,_lfs_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveLfsPointer */ .RR)(this.repoRoot, what.bytes, what.pointer, path, source.commit, this.lfsMode, target);
        if (r.ok) {
            this.log(`${path} (${source.side}): fetched from Git LFS (${r.size} bytes)`);
            return null;
        }
        const message = `${path} (${source.side}): Git LFS pointer not resolved (${r.reason})`;
        if (this.lfsMode === 'fetch')
            this.warn(`${message}; reporting it as stored in Git LFS`);
        else
            this.log(message);
        return { size: r.pointer.size, reason: r.reason };
    }
    /** The model file alone: read in place when it is on disk and no pointer, else copied (or fetched) to a temporary root. */
    async placeModel(source, path) {
        const model = await this.inspect(source, path);
        if (model.kind === 'missing')
            return { kind: 'missing' };
        // On disk and not a pointer: read in place (no copy of a large model).
        if (source.diskRoot !== null && model.kind === 'content') {
            return { kind: 'file', file: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(source.diskRoot, ...path.split('/')), root: source.diskRoot, inPlace: true, placed: [] };
        }
        const root = await this.temp(this.tempName(source));
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, ...path.split('/'));
        const failed = await this.place(source, path, model, file);
        return failed ? { kind: 'lfs', path, ...failed } : { kind: 'file', file, root, inPlace: false, placed: [] };
    }
    /**
     * Puts the side files `sidePaths` (repository paths) beside the model placed at `at`. A model
     * read in place stays there unless a side file must be fetched from Git LFS: then it moves to
     * a temporary root with them. A missing side file is left missing: the reader reports it.
     */
    async placeSideFiles(source, path, at, sidePaths) {
        const done = new Set(at.placed);
        const todo = at.inPlace ? sidePaths : sidePaths.filter((p) => !done.has(p));
        const sides = await this.inspectAll(source, todo);
        if (at.inPlace && sides.every((s) => s.what.kind !== 'pointer'))
            return at;
        let place = at;
        if (at.inPlace) {
            const root = await this.temp(this.tempName(source));
            place = { kind: 'file', file: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, ...path.split('/')), root, inPlace: false, placed: [] };
            await this.place(source, path, { kind: 'content' }, place.file);
        }
        for (const s of sides) {
            if (s.what.kind === 'missing')
                continue;
            const failed = await this.place(source, s.path, s.what, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(place.root, ...s.path.split('/')));
            if (failed)
                return { kind: 'lfs', path: s.path, ...failed };
        }
        return { ...place, placed: [...place.placed, ...todo] };
    }
    /** The model and every side file its format names, on disk (the formats read it to name them). */
    async materialise(source, path) {
        const model = await this.placeModel(source, path);
        if (model.kind !== 'file')
            return model;
        let at = model;
        const { placed, sideFiles } = await bringSideFiles(path, model.file, (file) => (0,_formats_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .sideFileLocations */ .ue)(path, { file }), async (paths) => {
            const r = await this.placeSideFiles(source, path, at, paths);
            if (r.kind === 'file')
                at = r;
            return r;
        });
        if (placed !== null && placed.kind !== 'file')
            return placed;
        return { kind: 'file', file: at.file, sideFiles, root: at.root };
    }
    /**
     * What is at each side-file path. Side files named from the model's name (every shard of a
     * `-of-99999` set) can be many: in git, one listing rules out the absent ones instead of one
     * git process per name.
     */
    async inspectAll(source, paths) {
        const listed = source.diskRoot === null && paths.length > MAX_PROBED_SIDE_FILES ? new Set(await source.list()) : null;
        const out = [];
        for (const p of paths)
            out.push({ path: p, what: listed && !listed.has(p) ? { kind: 'missing' } : await this.inspect(source, p) });
        return out;
    }
    tempName(source) {
        return `${source.side}-${Math.random().toString(36).slice(2, 8)}`;
    }
    async cleanup() {
        if (this.tempRoot)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.tempRoot, { recursive: true, force: true });
        this.tempRoot = null;
    }
}


/***/ }),

/***/ 2933:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ah: () => (/* reexport */ report_escape/* escapeLog */.Ah),
  wn: () => (/* reexport */ report_escape/* jsonForLog */.wn),
  Br: () => (/* reexport */ renderSummary),
  S5: () => (/* reexport */ renderText)
});

// UNUSED EXPORTS: DEFAULT_COMMENT_KEY, GITHUB_COMMENT_LIMIT, JOB_SUMMARY_LIMIT, commentMarker, escapeCsvField, escapeMarkdown, escapeText, headline, renderComment, sanitizeCommentKey

// EXTERNAL MODULE: ./build/src/budget/gate.js + 8 modules
var gate = __webpack_require__(4358);
// EXTERNAL MODULE: ./build/src/budget/units.js
var units = __webpack_require__(3744);
;// CONCATENATED MODULE: ./build/src/report/markdown-table.js
/** GFM table pieces shared by the comment's renderers (markdown.ts, points-format.ts). */
/** A no-break space between number and unit, so a narrow column never wraps `-40.2` away from `M`. */
function nb(text) {
    return text.replace(/ /g, '\u00a0');
}
/** A GFM table. Cells are already escaped: none contains an unescaped `|` or a line break. */
function table(header, align, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(align), ...rows.map(line)].join('\n');
}

;// CONCATENATED MODULE: ./build/src/report/cells.js
/** Table cells and small pieces shared by the comment's overview and its per-model sections. */


const ICON = { ok: '✅', warning: '⚠️', error: '❌' };
function value(v, lowerBound, unit, notAvailable = false, binary = false) {
    if (v === null)
        return notAvailable ? 'n/a' : '—';
    return nb(`${lowerBound ? '≥' : ''}${(0,units/* formatAmount */.ej)(v, unit, { binary })}`);
}
function change(r, deleted) {
    if (r.isNew && r.head !== null)
        return 'new';
    if (deleted)
        return 'removed';
    if (r.delta === null)
        return '—';
    if (r.delta === 0)
        return '±0';
    const pct = r.pct === null ? '' : ` (${(0,units/* formatPercent */.l9)(r.pct)})`;
    return `${nb((0,units/* formatDelta */.CW)(r.delta, r.unit, { binary: r.binaryUnits === true }))}${pct}`;
}
function deltaCell(d, unit) {
    return d === null ? '—' : nb((0,units/* formatDelta */.CW)(d, unit));
}
/** The row with the largest relative change (|pct|), or null when no row has one. */
function largestChange(m) {
    let best = null;
    for (const r of m.rows) {
        if (r.pct === null || r.delta === null || r.delta === 0)
            continue;
        if (best === null || Math.abs(r.pct) > Math.abs(best.pct ?? 0))
            best = r;
    }
    return best;
}
function plural(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
}

// EXTERNAL MODULE: ./build/src/report/escape.js
var report_escape = __webpack_require__(6209);
;// CONCATENATED MODULE: ./build/src/report/code-span.js
/**
 * Names (paths, node names) as code: a markdown code span, or `<code>` inside the raw HTML of a
 * `<summary>`. Code reads better than backslash-escaped text (`models/yolo_v8.onnx`, not
 * `models/yolo\_v8\.onnx`) in the comment, the `comment-body` output, e-mails and terminals, and
 * inside code nothing is markup: no emphasis, link, image, HTML or autolinked mention. What is
 * left to defend:
 *   - backticks in the name: the fence is one backtick longer than the longest run inside, with a
 *     space of padding when the name starts or ends with a backtick (CommonMark strips one);
 *   - `|` in a table cell: GFM splits rows on pipes before it sees code spans, so it is written
 *     `\|` (the table extension turns it back into `|`, also inside code);
 *   - line breaks, controls and bidi or zero-width marks: shown as visible escapes (`\n`,
 *     `\u202e`), so a name cannot end the table row or the paragraph, nor display as another;
 *   - `@name`: a zero-width joiner after the `@`, as in escapeMarkdown (GitHub does not link
 *     mentions in code, but the comment-body output may be posted elsewhere);
 *   - `##[`: a zero-width joiner before the `[`, since a CI log runs the legacy `##[command]`
 *     anywhere in a line and `check` prints this markdown to stdout.
 */

function prepared(text, maxLength) {
    let t = (0,report_escape/* visibleControls */.xx)(text);
    if (t.length > maxLength)
        t = `${Array.from(t).slice(0, maxLength - 1).join('')}…`;
    // A CI log runs `##[command]` anywhere in a line (the CLI prints this markdown to stdout).
    return t.replace(/@/g, '@\u200d').replace(/##\[/g, '##\u200d[');
}
/** `text` as a markdown code span that shows exactly `text` (controls made visible). */
function codeSpan(text, opts = {}) {
    let t = prepared(text, opts.maxLength ?? report_escape/* MAX_NAME_LENGTH */.EM);
    if (opts.inTable)
        t = t.replace(/\|/g, '\\|');
    const longestRun = Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(longestRun + 1);
    // A name that starts or ends with a backtick (or is all spaces) would merge with the fence.
    const pad = t.startsWith('`') || t.endsWith('`') || /^ *$/.test(t) ? ' ' : '';
    return `${fence}${pad}${t}${pad}${fence}`;
}
/** `text` as `<code>…</code>` for raw HTML (a `<summary>` line, where markdown is not parsed). */
function htmlCode(text, maxLength = report_escape/* MAX_NAME_LENGTH */.EM) {
    return `<code>${htmlText(text, maxLength)}</code>`;
}
/** `text` as HTML text on one line (controls visible, mentions broken), for raw HTML. */
function htmlText(text, maxLength = report_escape/* MAX_NAME_LENGTH */.EM) {
    return escapeHtml(prepared(text, maxLength));
}
/** HTML text: the five characters that could open a tag, an entity or end an attribute. */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./build/src/report/links.js
/**
 * Links in the comment: commits, each model's file in the pull request's diff, the config file
 * and the workflow run. The caller (action/) reads the runner's environment and hands the values
 * down as plain data; everything is checked here before it goes into a URL, so a value that is
 * not what the runner sets gives no link rather than a link somewhere else.
 */

// No characters that could end a markdown link destination or an HTML attribute: ( ) < > space " '.
const SERVER_URL = /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:\/[A-Za-z0-9._~-]+)*$/;
// GitHub owners are [A-Za-z0-9-], repository names [A-Za-z0-9._-].
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
/**
 * A file in the pull request's "Files changed" tab: GitHub anchors each file at `diff-` and the
 * SHA-256 of its path (hex).
 */
function diffUrl(links, path) {
    if (links.pullNumber === null)
        return null;
    return `${links.repoUrl}/pull/${links.pullNumber}/files#diff-${(0,external_node_crypto_.createHash)('sha256').update(path, 'utf8').digest('hex')}`;
}
/** A file at a commit; each path segment percent-encoded. */
function blobUrl(links, sha, path) {
    if (!HEX_SHA.test(sha) || path === '' || path.startsWith('/'))
        return null;
    const segments = path.split('/');
    if (segments.some((s) => s === '' || s === '.' || s === '..'))
        return null;
    return `${links.repoUrl}/blob/${sha.toLowerCase()}/${segments.map((s) => encodeURIComponent(s).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join('/')}`;
}
function runUrl(links) {
    return links.runId === null ? null : `${links.repoUrl}/actions/runs/${links.runId}`;
}
/** `[text](url)`, or the text alone without a URL. `text` is already markdown (escaped or a code span). */
function mdLink(text, url) {
    return url === null ? text : `[${text}](${url})`;
}

// EXTERNAL MODULE: ./build/src/budget/duration.js
var duration = __webpack_require__(4443);
// EXTERNAL MODULE: ./build/src/profile/formula.js
var formula = __webpack_require__(2845);
// EXTERNAL MODULE: ./build/src/report/formula-format.js
var formula_format = __webpack_require__(2712);
;// CONCATENATED MODULE: ./build/src/report/points-format.js
/**
 * The operating-point, latency and formula parts of a model's report (issue 15), for the comment
 * (markdown) and the CLI (text): markdown.ts and text.ts call one function each per model.
 *   - formula changes: one line each, shown whatever the budgets say;
 *   - points: one column group (head, change, status with the budget) per point;
 *   - latency: one row per device (and point): estimate, memory-bound share, top memory-bound ops.
 * Pure; every name from a file or config goes through escapeMarkdown / escapeText.
 */






const points_format_ICON = { ok: '✅', warning: '⚠️', error: '❌' };
const MARK = { ok: 'ok', warning: 'WARN', error: 'FAIL' };
/** Points and devices shown in the comment; the JSON report has them all. */
const MAX_SHOWN = 8;
function pointTitle(p) {
    const dims = Object.entries(p.dims).map(([d, v]) => `${d}=${v}`).join(', ');
    return `${p.name}${dims ? ` (${dims})` : ''}`;
}
function headCell(r) {
    if (r.head === null)
        return r.headNotAvailable ? 'n/a' : '—';
    return nb(`${r.headLowerBound ? '≥' : ''}${(0,units/* formatAmount */.ej)(r.head, r.unit, { binary: r.binaryUnits === true })}`);
}
function changeCell(r) {
    if (r.isNew && r.head !== null)
        return 'new';
    if (r.delta === null)
        return '—';
    if (r.delta === 0)
        return '±0';
    return `${nb((0,units/* formatDelta */.CW)(r.delta, r.unit, { binary: r.binaryUnits === true }))}${r.pct === null ? '' : ` (${(0,units/* formatPercent */.l9)(r.pct)})`}`;
}
/** The formula of each changed metric on both sides, as `MACs = ...`. */
function formulaPair(base, head, metricLabel) {
    const m = formula/* FORMULA_METRICS */.TQ.find((x) => formula/* FORMULA_LABELS */.nx[x] === metricLabel);
    if (!m)
        return null;
    const text = (f) => {
        const mf = f?.metrics[m];
        return mf?.polynomial ? (0,formula_format/* formulaExpression */.V)(mf.terms, m) : 'no formula';
    };
    return `${text(base)} → ${text(head)}`;
}
/** Markdown lines for one model: formula changes, the per-point table, latency per device. */
function renderPointDetails(m) {
    const out = [];
    const changes = m.formulas?.changes ?? [];
    if (changes.length > 0) {
        for (const c of changes.slice(0, formula/* FORMULA_METRICS */.TQ.length)) {
            const label = c.slice(0, c.indexOf(':'));
            const pair = m.formulas ? formulaPair(m.formulas.base, m.formulas.head, label) : null;
            out.push(`- 📈 Cost formula changed: ${(0,report_escape/* escapeMarkdown */.FV)(c, 400)}${pair ? ` <sub>(${(0,report_escape/* escapeMarkdown */.FV)(pair, 600)})</sub>` : ''}`);
        }
        out.push('');
    }
    const points = (m.points ?? []).slice(0, MAX_SHOWN);
    if (points.length > 0) {
        const metrics = [...new Set(points.flatMap((p) => p.rows.map((r) => r.metric)))];
        const header = ['Metric', ...points.flatMap((p) => [`**${(0,report_escape/* escapeMarkdown */.FV)(pointTitle(p), 120)}**`, 'Change', 'Status'])];
        const align = ['---', ...points.flatMap(() => ['---:', '---:', ':---'])];
        const rows = metrics.map((metric) => [units/* METRIC_LABELS */.t8[metric], ...points.flatMap((p) => {
                const r = p.rows.find((x) => x.metric === metric);
                if (!r)
                    return [p.error ? 'not measured' : '—', '—', '—'];
                const status = r.budget === null ? '—' : `${points_format_ICON[r.status]} ${(0,report_escape/* escapeMarkdown */.FV)(r.budget)}${r.level === 'warning' ? ' (warning)' : ''}`;
                return [headCell(r), changeCell(r), status];
            })]);
        if (rows.length > 0)
            out.push(table(header, align, rows), '');
        if ((m.points?.length ?? 0) > points.length)
            out.push(`<sub>${m.points.length - points.length} more points in the JSON report.</sub>`, '');
        for (const p of m.points ?? []) {
            if (p.error && !m.error)
                out.push(`- ${points_format_ICON[p.verdict === 'ok' ? 'warning' : p.verdict]} ${(0,report_escape/* escapeMarkdown */.FV)(p.name)}: could not measure at this point: ${(0,report_escape/* escapeMarkdown */.FV)(p.error, 400)}`);
            for (const r of p.rows)
                for (const why of r.reasons)
                    out.push(`- ${points_format_ICON[r.status]} ${(0,report_escape/* escapeMarkdown */.FV)(p.name)}: ${units/* METRIC_LABELS */.t8[r.metric]}: ${(0,report_escape/* escapeMarkdown */.FV)(why, 400)}`);
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
            (0,report_escape/* escapeMarkdown */.FV)(row.hardware, 80),
            ...(withPoint ? [(0,report_escape/* escapeMarkdown */.FV)(point ?? '', 80)] : []),
            row.base === null ? '—' : nb((0,duration/* formatDuration */.a)(row.base)),
            row.head === null ? '—' : nb((0,duration/* formatDuration */.a)(row.head)),
            row.memoryBoundShare === null ? '—' : `${Math.round(row.memoryBoundShare * 100)}%`,
            row.topMemoryBound.map((t) => `${(0,report_escape/* escapeMarkdown */.FV)(t.name, 60)} (${(0,report_escape/* escapeMarkdown */.FV)(t.opType, 40)}, ${nb((0,duration/* formatDuration */.a)(t.seconds))})`).join(', ') || '—',
            row.budget === null ? '—' : `${points_format_ICON[row.status]} ${(0,report_escape/* escapeMarkdown */.FV)(row.budget)}${row.level === 'warning' ? ' (warning)' : ''}`,
        ])), '');
        if (latency.length > shown.length)
            out.push(`<sub>${latency.length - shown.length} more device rows in the JSON report.</sub>`, '');
        for (const { point, row } of latency)
            for (const why of row.reasons)
                out.push(`- ${points_format_ICON[row.status]} ${point ? `${(0,report_escape/* escapeMarkdown */.FV)(point)}: ` : ''}Latency: ${(0,report_escape/* escapeMarkdown */.FV)(why, 400)}`);
        out.push('<sub>Latency is a roofline estimate (each node at the slower of its compute and memory time, nodes one after another): a bound to compare versions, not a measurement.</sub>', '');
    }
    return out;
}
/** Plain-text lines (indented) for `check`/`diff --format text`. */
function pointDetailsText(m) {
    const out = [];
    for (const c of m.formulas?.changes ?? [])
        out.push(`  formula changed: ${(0,report_escape/* escapeText */.X1)(c, 400)}`);
    for (const p of m.points ?? []) {
        out.push(`  at ${(0,report_escape/* escapeText */.X1)(pointTitle(p), 200)}: ${MARK[p.verdict]}`);
        if (p.error && !m.error)
            out.push(`    could not measure: ${(0,report_escape/* escapeText */.X1)(p.error, 400)}`);
        for (const r of p.rows) {
            const head = r.head === null ? '-' : `${r.headLowerBound ? '>=' : ''}${(0,units/* formatAmount */.ej)(r.head, r.unit)}`;
            const change = r.delta === null ? '' : ` (${(0,units/* formatDelta */.CW)(r.delta, r.unit).replace('±', '')}${r.pct === null ? '' : `, ${(0,units/* formatPercent */.l9)(r.pct)}`})`;
            out.push(`    ${units/* METRIC_LABELS */.t8[r.metric]}: ${head}${change}${r.budget ? `  budget ${r.budget}: ${MARK[r.status]}` : ''}`);
            for (const why of r.reasons)
                out.push(`    ${MARK[r.status]} ${(0,report_escape/* escapeText */.X1)(why, 400)}`);
        }
        for (const r of p.latency)
            out.push(...latencyText(r, '    '));
    }
    for (const r of m.latency ?? [])
        out.push(...latencyText(r, '  '));
    return out;
}
function latencyText(r, indent) {
    const est = r.head === null ? '-' : (0,duration/* formatDuration */.a)(r.head);
    const base = r.base === null ? '' : ` (base ${(0,duration/* formatDuration */.a)(r.base)})`;
    const share = r.memoryBoundShare === null ? '' : `, ${Math.round(r.memoryBoundShare * 100)}% memory-bound`;
    const top = r.topMemoryBound.length ? `; slowest memory-bound: ${r.topMemoryBound.map((t) => `${(0,report_escape/* escapeText */.X1)(t.name, 60)} (${(0,report_escape/* escapeText */.X1)(t.opType, 40)})`).join(', ')}` : '';
    return [
        `${indent}latency on ${(0,report_escape/* escapeText */.X1)(r.hardware, 80)}: ${est}${base}${share}${top}${r.budget ? `  budget ${r.budget}: ${MARK[r.status]}` : ''}`,
        ...r.reasons.map((why) => `${indent}${MARK[r.status]} ${(0,report_escape/* escapeText */.X1)(why, 400)}`),
    ];
}

;// CONCATENATED MODULE: ./build/src/report/op-type-chart.js
const METRIC_TITLES = {
    flops: { label: 'FLOPs', unit: 'count' },
    macs: { label: 'MACs', unit: 'count' },
    memory: { label: 'Memory access', unit: 'bytes' },
};
const MAX_LABEL = 24;
/** An op type as a mermaid string literal: safe characters only, quoted. */
function chartLabel(opType, domain) {
    const raw = `${domain && domain !== 'ai.onnx' ? `${domain}:` : ''}${opType}`;
    let safe = raw.replace(/[^A-Za-z0-9_.:+-]/g, '_');
    if (safe.length > MAX_LABEL)
        safe = `${safe.slice(0, MAX_LABEL - 2)}..`;
    return `"${safe || '_'}"`;
}
/** The largest value as a power-of-1000 scale, so the axis shows `12.5` with `M` in its title. */
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
/** The chart as markdown lines (a ```mermaid fence), or [] when there is nothing to draw. */
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
            ? table(['Module scope', 'FLOPs', 'Memory access'], ['---', '---:', '---:'], scopes.map((s) => [codeSpan(s.name, { inTable: true }), value(s.headFlops, false, 'count'), value(s.headMemoryBytes, false, 'bytes')]))
            : table(['Module scope', 'FLOPs', 'Change', 'Memory access'], ['---', '---:', '---:', '---:'], scopes.map(scopeCells)), '');
        out.push(...more((why.scopesChanged ?? 0) - scopes.length, 'module scopes'));
    }
    const modules = (why.modules ?? []).slice(0, limit);
    if (modules.length > 0) {
        out.push(table(['Module', 'Base params', 'Head params', 'Change'], ['---', '---:', '---:', '---:'], modules.map((m) => [codeSpan(m.name, { inTable: true }), value(m.baseParams, false, 'count'), value(m.headParams, false, 'count'), deltaCell(m.headParams - m.baseParams, 'count')])), '');
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
function opName(opType, domain) {
    const d = domain && domain !== 'ai.onnx' ? `${domain}:` : '';
    return codeSpan(`${d}${opType}`, { inTable: true });
}
function opTypeCells(o, costs) {
    const count = o.baseCount === o.headCount ? String(o.headCount) : `${o.baseCount} → ${o.headCount}`;
    const cells = [opName(o.opType, o.domain), count];
    if (costs)
        cells.push(deltaCell(o.flopsDelta, 'count'), deltaCell(o.macsDelta, 'count'), deltaCell(o.memoryBytesDelta, 'bytes'));
    return cells;
}
/** `/features/features.5` | `1.20 M → 2.40 M` | `+1.20 M (+100%)` | `+3.1 kB`. */
function scopeCells(s) {
    const d = s.headFlops - s.baseFlops;
    const pct = s.baseFlops > 0 && d !== 0 ? ` (${(0,units/* formatPercent */.l9)((d / s.baseFlops) * 100)})` : '';
    return [
        codeSpan(s.name, { inTable: true }),
        `${value(s.baseFlops, false, 'count')} → ${value(s.headFlops, false, 'count')}`,
        `${deltaCell(d, 'count')}${pct}`,
        deltaCell(s.headMemoryBytes - s.baseMemoryBytes, 'bytes'),
    ];
}
/** `changed`, plus what the base node was when that differs: its name, its output shape. */
function changeText(n) {
    if (n.change !== 'changed')
        return n.change;
    const parts = [];
    if (n.baseShape !== undefined && n.headShape !== undefined)
        parts.push(`${codeSpan(n.baseShape, { inTable: true, maxLength: 60 })} → ${codeSpan(n.headShape, { inTable: true, maxLength: 60 })}`);
    if (n.baseName !== undefined)
        parts.push(`was ${codeSpan(n.baseName, { inTable: true })}`);
    return parts.length > 0 ? `changed: ${parts.join(', ')}` : 'changed';
}
function nodeCells(n) {
    const name = n.scope ? `${n.scope}/${n.name}` : n.name;
    return [
        name ? codeSpan(name, { inTable: true }) : '(unnamed)',
        codeSpan(n.opType, { inTable: true }),
        changeText(n),
        deltaCell(n.flopsDelta, 'count'),
        deltaCell(n.macsDelta, 'count'),
        deltaCell(n.memoryBytesDelta, 'bytes'),
    ];
}

;// CONCATENATED MODULE: ./build/src/report/model-section.js
/**
 * One model's detail in the comment: a `<details>` block (open only when the model breaks a
 * budget) holding the shapes the numbers are for, warnings, the metric table, the reasons, notes
 * and the collapsed "why" section. The block is a list of parts (SECTION_PARTS) rendered in
 * order; a renderer for more detail (e.g. per operating point) is one more part.
 */








/** The model's icon: none for an ok model when nothing is budgeted (there was nothing to pass). */
function modelIcon(m, budgeted) {
    return !budgeted && m.verdict === 'ok' ? '' : ICON[m.verdict];
}
/**
 * `renamed from <old>`, `modified, base <path>` (`diff` of two files), or the status word. `code`
 * renders a path in the surrounding syntax.
 */
function statusText(m, code) {
    if (m.status === 'renamed' && m.previousPath)
        return `renamed from ${code(m.previousPath)}`;
    return m.previousPath ? `${m.status}, base ${code(m.previousPath)}` : m.status;
}
function summaryLine(m, ctx) {
    const icon = modelIcon(m, ctx.budgeted);
    const name = m.name ? `<b>${htmlText(m.name)}</b> · ` : '';
    const open = m.verdict === 'error' ? ' open' : '';
    return `<details${open}><summary>${icon ? `${icon} ` : ''}${name}${htmlCode(m.path)} (${statusText(m, (p) => htmlCode(p))})</summary>`;
}
const headerPart = (m, ctx) => {
    const out = [];
    const url = ctx.links ? diffUrl(ctx.links, m.path) : null;
    if (url)
        out.push(`${mdLink(codeSpan(m.path), url)} in the diff`, '');
    if (m.shapes && m.shapes.length > 0)
        out.push(`<sub>Measured at ${shapesText(m.shapes)}</sub>`, '');
    if (m.warnings && m.warnings.length > 0)
        out.push(...m.warnings.map((w) => `- ⚠️ ${(0,report_escape/* escapeMarkdown */.FV)(w, 400)}`), '');
    if (m.error)
        out.push(`${ICON[m.verdict === 'ok' ? 'warning' : m.verdict]} Could not measure this model: ${(0,report_escape/* escapeMarkdown */.FV)(m.error, 400)}`, '');
    return out;
};
const metricTablePart = (m, ctx, detail) => {
    const rows = detail.allRows || m.verdict !== 'error' ? m.rows : m.rows.filter((r) => r.status !== 'ok');
    if (rows.length === 0)
        return [];
    // Without any budget in the report, the Budget and Status columns would only hold dashes.
    const keep = ctx.budgeted ? 6 : 4;
    const deleted = m.status === 'deleted';
    const cells = rows.map((r) => {
        let budget = r.budget === null ? '—' : (0,report_escape/* escapeMarkdown */.FV)(r.budget);
        if (r.level === 'warning')
            budget += ' (warning)';
        if (r.level === 'off')
            budget += ' (off)';
        const status = r.budget === null && r.status === 'ok' ? '—' : ICON[r.status];
        return [
            units/* METRIC_LABELS */.t8[r.metric],
            value(r.base, r.baseLowerBound, r.unit, r.baseNotAvailable, r.binaryUnits),
            value(r.head, r.headLowerBound, r.unit, r.headNotAvailable, r.binaryUnits),
            change(r, deleted),
            budget,
            status,
        ].slice(0, keep);
    });
    return [table(['Metric', 'Base', 'Head', 'Change', 'Budget', 'Status'].slice(0, keep), ['---', '---:', '---:', '---:', '---', ':---:'].slice(0, keep), cells), ''];
};
const reasonsPart = (m) => {
    const reasons = m.rows.flatMap((r) => r.reasons.map((why) => `- ${ICON[r.status]} ${units/* METRIC_LABELS */.t8[r.metric]}: ${(0,report_escape/* escapeMarkdown */.FV)(why, 400)}`));
    return reasons.length > 0 ? [...reasons, ''] : [];
};
/** Operating points, latency per device and cost formulas (points-format.ts). */
const pointsPart = (m) => renderPointDetails(m);
const notesPart = (m, _ctx, detail) => (detail.notes && m.notes.length > 0 ? [...m.notes.map((n) => `- ℹ️ ${(0,report_escape/* escapeMarkdown */.FV)(n, 400)}`), ''] : []);
const whyPart = (m, _ctx, detail) => (detail.why > 0 && m.why ? renderWhy(m.why, detail.why, m.status === 'added', detail.chart === true) : []);
/** The parts of a model section, in order. */
const SECTION_PARTS = [headerPart, metricTablePart, reasonsPart, pointsPart, notesPart, whyPart];
function renderModelSection(m, ctx, detail, parts = SECTION_PARTS) {
    return [summaryLine(m, ctx), '', ...parts.flatMap((p) => p(m, ctx, detail)), '</details>', ''];
}
/** At most 8 inputs, each escaped: `idx: 1x128 · mask: 1x128`. */
function shapesText(shapes) {
    const shown = shapes.slice(0, 8).map((t) => (0,report_escape/* escapeMarkdown */.FV)(t, 120));
    return `${shown.join(' · ')}${shapes.length > 8 ? ` · and ${shapes.length - 8} more` : ''}`;
}

;// CONCATENATED MODULE: ./build/src/report/overview.js
/**
 * The top of a long comment: one overview row per model (params, FLOPs, peak memory, the largest
 * change, status) sorted by impact, a totals row across models, and the models with nothing to
 * look at (unchanged, renamed without change, deleted, changes under `min-change`) as one
 * collapsed list each.
 */







const SEVERITY = { error: 0, warning: 1, ok: 2 };
/** Largest |relative change| in percent; a new model ranks above any change. */
function impact(m) {
    if (m.status === 'added' || m.rows.some((r) => r.isNew))
        return Number.POSITIVE_INFINITY;
    return Math.abs(largestChange(m)?.pct ?? 0);
}
function byImpact(a, b) {
    return SEVERITY[a.verdict] - SEVERITY[b.verdict] || impact(b) - impact(a) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function isQuiet(m) {
    if (m.verdict !== 'ok' || m.error)
        return false;
    if (m.status === 'unchanged' || m.status === 'deleted')
        return true;
    return m.status === 'renamed' && m.rows.every((r) => r.delta === 0 || (r.delta === null && r.base === null && r.head === null));
}
/** Every change is a known percentage under `minChange` (a change from 0 has none, so it shows). */
function isSmall(m, minChange) {
    if (minChange <= 0 || m.verdict !== 'ok' || m.error || (m.status !== 'modified' && m.status !== 'renamed'))
        return false;
    return m.rows.every((r) => r.delta === 0 || (r.delta === null ? r.base === null && r.head === null : r.pct !== null && Math.abs(r.pct) < minChange));
}
function groupModels(models, minChange) {
    const shown = [];
    const small = [];
    const quiet = [];
    for (const m of models) {
        if (isQuiet(m))
            quiet.push(m);
        else if (isSmall(m, minChange))
            small.push(m);
        else
            shown.push(m);
    }
    return { shown: shown.sort(byImpact), small: small.sort(byImpact), quiet };
}
/** The overview's metric columns. */
const OVERVIEW_METRICS = ['params', 'flops', 'peak-memory'];
const OVERVIEW_LABELS = ['Params', 'FLOPs', 'Peak memory'];
/** A path, linked to its file in the diff when `linked` and links are known. */
function pathCell(m, ctx, linked) {
    const code = codeSpan(m.path, { inTable: true });
    const url = linked && ctx.links ? diffUrl(ctx.links, m.path) : null;
    return mdLink(code, url);
}
function metricCell(m, metric) {
    const r = m.rows.find((x) => x.metric === metric);
    if (!r)
        return '—';
    const v = value(m.status === 'deleted' ? r.base : r.head, m.status === 'deleted' ? r.baseLowerBound : r.headLowerBound, r.unit, m.status === 'deleted' ? r.baseNotAvailable : r.headNotAvailable, r.binaryUnits);
    return r.pct !== null && r.delta !== null && r.delta !== 0 ? `${v} (${(0,units/* formatPercent */.l9)(r.pct)})` : v;
}
function largestChangeCell(m) {
    if (m.error)
        return 'could not be measured';
    if (m.status === 'added' || m.rows.some((r) => r.isNew))
        return 'new';
    if (m.status === 'deleted')
        return 'deleted';
    const r = largestChange(m);
    if (r)
        return `${units/* METRIC_LABELS */.t8[r.metric]} ${(0,units/* formatPercent */.l9)(r.pct ?? 0)}`;
    return m.rows.some((x) => x.delta !== null && x.delta !== 0) ? 'changed from 0' : '±0';
}
function statusCell(m) {
    if (m.verdict !== 'ok')
        return ICON[m.verdict];
    return (0,gate/* allRows */.Pl)(m).some((r) => r.budget !== null) ? ICON.ok : '—';
}
/** One row per model of `models`, then the totals row (when given). */
function overviewTable(models, ctx, linked, totals) {
    const header = ['Model', ...OVERVIEW_LABELS, 'Largest change', ...(ctx.budgeted ? ['Status'] : [])];
    const align = ['---', '---:', '---:', '---:', '---', ...(ctx.budgeted ? [':---:'] : [])];
    const rows = models.map((m) => {
        // Without budgets there is no Status column: a warning or failure shows before the path.
        const icon = ctx.budgeted ? '' : modelIcon(m, false);
        const renamed = m.previousPath ? ` (${statusText(m, (p) => codeSpan(p, { inTable: true }))})` : '';
        return [`${icon ? `${icon} ` : ''}${pathCell(m, ctx, linked)}${renamed}`, ...OVERVIEW_METRICS.map((k) => metricCell(m, k)), largestChangeCell(m), ...(ctx.budgeted ? [statusCell(m)] : [])];
    });
    if (totals)
        rows.push([...totals, ...(ctx.budgeted ? [''] : [])]);
    return table(header, align, rows);
}
/**
 * Base -> head sums of params, FLOPs and peak memory over the changed models (a new model counts
 * 0 on the base side, a deleted one 0 on the head side). A model is left out of a metric when a
 * side that exists cannot give it (weights-only files have no FLOPs, an unreadable model has
 * nothing), so the sum never mixes measured and missing numbers.
 */
function totals(models) {
    const out = new Map();
    for (const metric of OVERVIEW_METRICS) {
        const t = { base: 0, head: 0, baseLowerBound: false, headLowerBound: false, binary: true, counted: 0, leftOut: 0 };
        for (const m of models) {
            if (m.status === 'unchanged')
                continue;
            const r = m.rows.find((x) => x.metric === metric);
            const hasBase = m.status !== 'added' && !(r?.isNew ?? false);
            const hasHead = m.status !== 'deleted';
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
/** The totals row's cells (Model column first), and the sentence saying what the sums leave out. */
function totalsCells(models) {
    const changed = models.filter((m) => m.status !== 'unchanged');
    const sums = totals(changed);
    const cells = [`**Total** (${plural(changed.length, 'model', 'models')})`];
    // Metrics that leave out the same number of models share one mention.
    const leftOut = new Map();
    OVERVIEW_METRICS.forEach((metric, i) => {
        const t = sums.get(metric);
        if (t.counted === 0) {
            cells.push('n/a');
        }
        else {
            const unit = metric === 'params' || metric === 'flops' ? 'count' : 'bytes';
            const fmt = (v, lowerBound) => nb(`${lowerBound ? '≥' : ''}${(0,units/* formatAmount */.ej)(v, unit, { binary: t.binary })}`);
            const pct = t.base !== 0 && t.head !== t.base ? ` (${(0,units/* formatPercent */.l9)(((t.head - t.base) / t.base) * 100)})` : '';
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
// ---------------------------------------------------------------------------------------------
// Collapsed lists
function quietLine(m) {
    const path = codeSpan(m.path);
    if (m.status === 'deleted') {
        const params = m.rows.find((r) => r.metric === 'params');
        return `- ${path} deleted${params?.base != null ? ` (had ${nb((0,units/* formatAmount */.ej)(params.base, 'count'))} params)` : ''}`;
    }
    if (m.status === 'renamed')
        return `- ${path} ${statusText(m, (p) => codeSpan(p))}, identical`;
    return `- ${path} unchanged`;
}
function smallLine(m) {
    return `- ${codeSpan(m.path)}: ${largestChangeCell(m)}`;
}
/** A collapsed bullet list, cut to `maxChars` with "and N more". */
function collapsedList(summary, lines, maxChars) {
    if (lines.length === 0)
        return [];
    const kept = [];
    let used = 0;
    for (const l of lines) {
        if (used + l.length + 1 > maxChars && kept.length > 0)
            break;
        kept.push(l);
        used += l.length + 1;
    }
    const more = lines.length - kept.length;
    return [`<details><summary>${summary}</summary>`, '', ...kept, ...(more > 0 ? [`- and ${more} more`] : []), '', '</details>', ''];
}
function quietList(models, maxChars) {
    const kinds = [
        ...(models.some((m) => m.status === 'unchanged') ? ['unchanged'] : []),
        ...(models.some((m) => m.status === 'renamed') ? ['renamed without a change'] : []),
        ...(models.some((m) => m.status === 'deleted') ? ['deleted'] : []),
    ];
    const words = kinds.length > 1 ? `${kinds.slice(0, -1).join(', ')} or ${kinds[kinds.length - 1]}` : (kinds[0] ?? '');
    return collapsedList(`${plural(models.length, 'model', 'models')} ${words}`, models.map(quietLine), maxChars);
}
function smallList(models, minChange, maxChars) {
    return collapsedList(`${plural(models.length, 'model', 'models')} changed by less than ${minChange}% (min-change), not detailed`, models.map(smallLine), maxChars);
}

;// CONCATENATED MODULE: ./build/src/report/markdown.js







/** GitHub rejects issue comments longer than this many characters. */
const GITHUB_COMMENT_LIMIT = 65_536;
/** GitHub's job summary limit is 1 MiB per step. */
const JOB_SUMMARY_LIMIT = 1024 * 1024;
const DEFAULT_COMMENT_KEY = 'default';
/** The hidden first line the action finds its own comment by. */
function commentMarker(commentKey = DEFAULT_COMMENT_KEY) {
    return `<!-- model-budget:${sanitizeCommentKey(commentKey)} -->`;
}
/** The PR comment: marker line first, then the report, within `maxLength`. */
function renderComment(report, opts = {}) {
    const limit = opts.maxLength ?? GITHUB_COMMENT_LIMIT - 536;
    return `${commentMarker(opts.commentKey)}\n${renderWithin(report, opts, limit - commentMarker(opts.commentKey).length - 1, COMMENT_TRIM_NOTE)}`;
}
/** The job summary: the same markdown without the marker, within GitHub's summary limit. */
function renderSummary(report, opts = {}) {
    return renderWithin(report, opts, opts.maxLength ?? JOB_SUMMARY_LIMIT - 1024, SUMMARY_TRIM_NOTE);
}
/** One-line verdict, e.g. `❌ 2 budgets exceeded`, `⚠️ 1 warning`, `✅ all models within budget`. */
function headline(report) {
    const exceeded = report.models.reduce((n, m) => n + (0,gate/* allRows */.Pl)(m).filter((r) => r.status === 'error').length, 0);
    // Points a model could not be measured at count like models here.
    const failedModels = report.violations - exceeded;
    if (!report.passed) {
        const parts = [];
        if (exceeded > 0)
            parts.push(`${exceeded} ${exceeded === 1 ? 'budget' : 'budgets'} exceeded`);
        if (failedModels > 0)
            parts.push(`${failedModels} ${failedModels === 1 ? 'model' : 'models'} could not be measured`);
        return `❌ ${parts.join(', ')}`;
    }
    const budgeted = hasBudgets(report);
    if (report.warnings > 0)
        return `⚠️ ${report.warnings} ${report.warnings === 1 ? 'warning' : 'warnings'}${budgeted ? ', no budget exceeded' : ''}`;
    if (report.models.length === 0)
        return '✅ no model changed';
    // Without a budget there is nothing to pass: a ✅ would read as approval of numbers nobody set limits for.
    if (!budgeted)
        return `${report.changedModels.length} ${report.changedModels.length === 1 ? 'model' : 'models'} measured, no budgets set`;
    return '✅ all models within budget';
}
/** Whether any row of any model is compared with a budget (no config, or no budgets in it: no verdict columns). */
function hasBudgets(report) {
    return report.models.some((m) => (0,gate/* allRows */.Pl)(m).some((r) => r.budget !== null));
}
/** What to do when nothing is budgeted, shown instead of a verdict. */
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
function renderWithin(report, opts, limit, trimNote) {
    const ctx = { budgeted: hasBudgets(report), links: checkLinks(opts.links) };
    const groups = groupModels(report.models, minChangeOf(report, opts));
    for (let i = 0; i < DETAIL_STEPS.length; i++) {
        const text = render(report, opts, ctx, groups, DETAIL_STEPS[i], i > 0 ? trimNote : null);
        if (text.length <= limit)
            return text;
    }
    // Even one row per model is too long: keep the most important rows, count the rest.
    const last = DETAIL_STEPS[DETAIL_STEPS.length - 1];
    let kept = groups.shown.length;
    for (;;) {
        const text = render(report, opts, ctx, groups, { ...last, listChars: 500, overviewRows: kept }, trimNote);
        if (text.length <= limit || kept === 0)
            return text;
        const over = text.length - limit;
        const avg = text.length / Math.max(kept, 1);
        kept = Math.max(0, kept - Math.max(1, Math.ceil(over / avg)));
    }
}
/** The min-change of the render options, else the report's (config), else none. */
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
    out.push(`### ${(0,report_escape/* escapeMarkdown */.FV)(opts.title ?? 'Model budget')}: ${headline(report)}`, '');
    out.push(markdown_summaryLine(report, opts, ctx), '');
    out.push(...configLines(report));
    if (!ctx.budgeted && report.models.length > 0)
        out.push(`<sub>${(0,report_escape/* escapeMarkdown */.FV)(HOW_TO_ADD_BUDGETS, 1000)}</sub>`, '');
    const { shown, small, quiet } = groups;
    const rows = shown.slice(0, detail.overviewRows);
    const changed = report.models.filter((m) => m.status !== 'unchanged');
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
    const changed = report.changedModels.length;
    const parts = [plural(changed, 'model', 'models') + ' changed'];
    if (ctx.budgeted)
        parts.push(plural(report.violations, 'violation', 'violations'));
    parts.push(plural(report.warnings, 'warning', 'warnings'));
    parts.push(report.configFile ? `budgets from ${configLink(report, opts, ctx)}` : 'no budget config');
    const commits = commitsText(opts, ctx);
    if (commits)
        parts.push(commits);
    return parts.join(' · ');
}
/** The config file as code, linked to it at the commit its budgets were read from. */
function configLink(report, opts, ctx) {
    const file = report.configFile ?? '';
    const sha = report.configSource === 'base' ? opts.baseSha : opts.headSha;
    return mdLink(codeSpan(file), ctx.links && sha ? blobUrl(ctx.links, sha, file) : null);
}
/** Only a hex SHA is ever shown (as code, linked to the commit): anything else is dropped. */
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
/** Budget changes shown before anything is trimmed: a relaxed budget must not go unnoticed. */
const MAX_LISTED_BUDGET_CHANGES = 20;
/**
 * Where the budgets came from when that needs saying, and every budget the pull request changes
 * (old -> new), so a reviewer sees a relaxed budget.
 */
function configLines(report) {
    const out = [];
    if (report.configNote)
        out.push(`ℹ️ ${(0,report_escape/* escapeMarkdown */.FV)(report.configNote, 400)}`, '');
    const changes = report.budgetChanges;
    if (changes.length === 0)
        return out;
    const applies = report.configSource === 'head'
        ? 'this report applies them (config-from: head)'
        : "this report applies the base branch's budgets; the new ones apply once it is merged";
    out.push(`**Budgets changed in this pull request** (${applies}):`, '');
    const shown = changes.slice(0, MAX_LISTED_BUDGET_CHANGES);
    const side = (v) => (v === null ? '_not set_' : (0,report_escape/* escapeMarkdown */.FV)(v, 200));
    for (const c of shown)
        out.push(`- ${(0,report_escape/* escapeMarkdown */.FV)(c.scope, 200)}, ${(0,report_escape/* escapeMarkdown */.FV)(c.setting, 200)}: ${side(c.before)} → ${side(c.after)}`);
    if (changes.length > shown.length)
        out.push(`- and ${changes.length - shown.length} more`);
    out.push('');
    return out;
}

;// CONCATENATED MODULE: ./build/src/report/text.js
/**
 * Plain-text form of a GateReport for the CLI (`model-budget check`): the same verdicts as the
 * comment, without markup. Names pass through escapeText so a model cannot write terminal escapes.
 */




const text_MARK = { ok: 'ok', warning: 'WARN', error: 'FAIL' };
function cell(v, lowerBound, unit, notAvailable = false) {
    if (v === null)
        return notAvailable ? 'n/a' : '-';
    return `${lowerBound ? '>=' : ''}${(0,units/* formatAmount */.ej)(v, unit)}`;
}
function text_change(r, deleted) {
    if (r.isNew && r.head !== null)
        return 'new';
    if (deleted)
        return 'removed';
    if (r.delta === null)
        return '-';
    if (r.delta === 0)
        return '0';
    return `${(0,units/* formatDelta */.CW)(r.delta, r.unit).replace('±', '')}${r.pct === null ? '' : ` (${(0,units/* formatPercent */.l9)(r.pct)})`}`;
}
/** Rows under a header, columns padded; `left` columns are left-aligned, numbers right-aligned. */
function aligned(header, rows, left) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
    const fmt = (row) => `  ${row.map((c, i) => (left.includes(i) ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')}`.trimEnd();
    return [fmt(header), ...rows.map(fmt)];
}
const delta = (d, unit) => (d === null ? '-' : (0,units/* formatDelta */.CW)(d, unit).replace('±', ''));
/** The op-type and node breakdown the comment's "why" section has, as text. */
function whyText(why, isNew) {
    const out = [];
    if (why.opTypes.length > 0) {
        out.push(isNew ? '  cost breakdown by op type:' : '  why the cost changed, by op type:');
        out.push(...aligned(['op type', 'count', 'FLOPs', 'MACs', 'memory access'], why.opTypes.map((o) => [
            (0,report_escape/* escapeText */.X1)(`${o.domain && o.domain !== 'ai.onnx' ? `${o.domain}:` : ''}${o.opType}`),
            o.baseCount === o.headCount ? String(o.headCount) : `${o.baseCount} -> ${o.headCount}`,
            delta(o.flopsDelta, 'count'), delta(o.macsDelta, 'count'), delta(o.memoryBytesDelta, 'bytes'),
        ]), [0]));
        if (why.opTypesChanged > why.opTypes.length)
            out.push(`  ${why.opTypesChanged - why.opTypes.length} more op types`);
    }
    if (why.nodes.length > 0) {
        out.push('  nodes:');
        out.push(...aligned(['node', 'op type', 'change', 'FLOPs', 'MACs', 'memory access'], why.nodes.map((n) => [
            (0,report_escape/* escapeText */.X1)(n.scope ? `${n.scope}/${n.name}` : n.name || '(unnamed)'), (0,report_escape/* escapeText */.X1)(n.opType), n.change,
            delta(n.flopsDelta, 'count'), delta(n.macsDelta, 'count'), delta(n.memoryBytesDelta, 'bytes'),
        ]), [0, 1, 2]));
        if (why.nodesChanged > why.nodes.length)
            out.push(`  ${why.nodesChanged - why.nodes.length} more nodes`);
    }
    return out;
}
function renderText(report) {
    const budgeted = hasBudgets(report);
    const title = headline(report);
    // No budgets: no PASS either, only what was measured (the headline has no icon then).
    const first = !budgeted && report.passed && report.warnings === 0 ? title : title.replace(/^\S+\s/, `${report.passed ? (report.warnings > 0 ? 'WARN' : 'PASS') : 'FAIL'}: `);
    const lines = [first, ''];
    if (report.configNote)
        lines.push(`note: ${(0,report_escape/* escapeText */.X1)(report.configNote, 400)}`, '');
    if (report.budgetChanges.length > 0) {
        lines.push(`budgets changed in this pull request (${report.configSource === 'head' ? 'applied here' : "the base's apply until it is merged"}):`);
        for (const c of report.budgetChanges)
            lines.push(`  ${(0,report_escape/* escapeText */.X1)(c.scope)}, ${(0,report_escape/* escapeText */.X1)(c.setting)}: ${c.before === null ? 'not set' : (0,report_escape/* escapeText */.X1)(c.before)} -> ${c.after === null ? 'not set' : (0,report_escape/* escapeText */.X1)(c.after)}`);
        lines.push('');
    }
    for (const m of report.models) {
        const name = m.name ? `${(0,report_escape/* escapeText */.X1)(m.name)}: ` : '';
        // `diff` compares two files: the base's path is shown too when it differs.
        const status = m.status === 'renamed' && m.previousPath ? `renamed from ${(0,report_escape/* escapeText */.X1)(m.previousPath)}` : m.previousPath ? `${m.status}, base ${(0,report_escape/* escapeText */.X1)(m.previousPath)}` : m.status;
        lines.push(`[${text_MARK[m.verdict]}] ${name}${(0,report_escape/* escapeText */.X1)(m.path)} (${status})`);
        if (m.shapes && m.shapes.length > 0)
            lines.push(`  measured at ${m.shapes.map((t) => (0,report_escape/* escapeText */.X1)(t, 120)).join(', ')}`);
        for (const w of m.warnings ?? [])
            lines.push(`  WARN ${(0,report_escape/* escapeText */.X1)(w, 400)}`);
        if (m.error)
            lines.push(`  could not measure: ${(0,report_escape/* escapeText */.X1)(m.error, 400)}`);
        const table = m.rows.map((r) => [
            units/* METRIC_LABELS */.t8[r.metric],
            cell(r.base, r.baseLowerBound, r.unit, r.baseNotAvailable),
            cell(r.head, r.headLowerBound, r.unit, r.headNotAvailable),
            text_change(r, m.status === 'deleted'),
            r.budget === null ? '' : `${r.budget}${r.level === 'warning' ? ' (warning)' : r.level === 'off' ? ' (off)' : ''}`,
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
                lines.push(`  ${text_MARK[r.status]} ${units/* METRIC_LABELS */.t8[r.metric]}: ${(0,report_escape/* escapeText */.X1)(why, 400)}`);
        lines.push(...pointDetailsText(m));
        for (const n of m.notes)
            lines.push(`  note: ${(0,report_escape/* escapeText */.X1)(n, 400)}`);
        for (const mod of m.why?.modules ?? []) {
            lines.push(`  module ${(0,report_escape/* escapeText */.X1)(mod.name)}: params ${(0,units/* formatAmount */.ej)(mod.baseParams, 'count')} -> ${(0,units/* formatAmount */.ej)(mod.headParams, 'count')} (${(0,units/* formatDelta */.CW)(mod.headParams - mod.baseParams, 'count')})`);
        }
        if (m.why)
            lines.push(...whyText(m.why, m.status === 'added'));
        lines.push('');
    }
    if (report.ignored.length > 0)
        lines.push(`ignored by the config: ${report.ignored.map((p) => (0,report_escape/* escapeText */.X1)(p)).join(', ')}`);
    return `${lines.join('\n').trimEnd()}\n`;
}

;// CONCATENATED MODULE: ./build/src/report/index.js
/**
 * Rendering of a GateReport: the sticky PR comment, the job summary and plain text for the CLI.
 * Pure functions: the caller posts or prints the strings.
 */





/***/ })

};
