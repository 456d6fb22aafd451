export const id = 987;
export const ids = [987,315,375,540];
export const modules = {

/***/ 4379:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cu: () => (/* binding */ DEFAULT_CONFIG_FILE),
  Wj: () => (/* binding */ matchChange),
  o4: () => (/* binding */ parseConfig)
});

// UNUSED EXPORTS: CONFIG_KEYS, ConfigError, MAX_CONFIG_GLOB_CHARS, MAX_CONFIG_VALUES, emptyConfig, matchModel

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./build/src/graph/errors.js
var errors = __webpack_require__(5875);
// EXTERNAL MODULE: ./build/src/graph/name-table.js
var name_table = __webpack_require__(4374);
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
        return { value, text: (0,duration/* formatDuration */.a)(value, { trim: true }) };
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
    budgets: [...types/* METRICS */.Cb, 'latency'],
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
    const p = (0,glob/* normalizeRepoPath */.NP)(path);
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
        if (typeof v !== 'string' || !types/* LEVELS */.A_.includes(v)) {
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
        const unit = units/* METRIC_UNITS */.jv[metric];
        const v = this.scalar(node, key, at);
        if (typeof v !== 'string' && typeof v !== 'number')
            this.fail(node ?? at, key, `${show(v)} is not a ${unit === 'count' ? 'count' : 'byte size'}`);
        try {
            const value = (0,units/* parseAmount */.C_)(v, unit);
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


/***/ }),

/***/ 8904:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ deltaBound),
/* harmony export */   GR: () => (/* binding */ boundSign),
/* harmony export */   sy: () => (/* binding */ UNKNOWN_CHANGE)
/* harmony export */ });
function deltaBound(baseLowerBound, headLowerBound) {
    if (headLowerBound)
        return baseLowerBound ? 'unknown' : 'lower';
    return baseLowerBound ? 'upper' : undefined;
}
const BOUND_SIGN = {
    md: { lower: '≥ ', upper: '≤ ' },
    text: { lower: '>= ', upper: '<= ' },
};
function boundSign(bound, style = 'md') {
    return bound === undefined || bound === 'unknown' ? '' : BOUND_SIGN[style][bound];
}
const UNKNOWN_CHANGE = {
    md: 'not known (both ≥)',
    text: 'not known (both >=)',
};


/***/ }),

/***/ 4443:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
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

/***/ 5490:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $M: () => (/* binding */ DEFAULT_WHY_LIMIT),
  H_: () => (/* binding */ evaluateModel),
  TN: () => (/* binding */ oneLine),
  ph: () => (/* binding */ relativeNotChecked),
  Vi: () => (/* binding */ sameFile),
  Ci: () => (/* binding */ stricterThan),
  $j: () => (/* binding */ unboundDimWarnings),
  nH: () => (/* binding */ unboundDimsReason),
  Ab: () => (/* binding */ uncheckedDims),
  zP: () => (/* binding */ worstVerdict)
});

// UNUSED EXPORTS: MAX_READER_NOTES, computeWhy, evaluateMetric, metricValue, moduleChanges, newUnboundDims, notAvailable, readerNotes

// EXTERNAL MODULE: ./build/src/profile/types.js
var types = __webpack_require__(9010);
// EXTERNAL MODULE: ./build/src/profile/unbound-dims.js
var unbound_dims = __webpack_require__(8712);
// EXTERNAL MODULE: ./build/src/budget/delta-bound.js
var delta_bound = __webpack_require__(8904);
// EXTERNAL MODULE: ./build/src/budget/labels.js
var labels = __webpack_require__(2464);
// EXTERNAL MODULE: ./build/src/budget/units.js
var units = __webpack_require__(3744);
// EXTERNAL MODULE: ./build/src/budget/types.js
var budget_types = __webpack_require__(4134);
// EXTERNAL MODULE: ./build/src/profile/shape-label.js
var shape_label = __webpack_require__(577);
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
        shapes: n.outputShapes.map(shape_label/* shapeLabel */.M).join(','),
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
    return s === undefined ? '' : (0,shape_label/* shapeLabel */.M)(s);
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
            const baseName = (0,labels/* nodePath */.Ie)(b.scope, b.name);
            if (baseName !== (0,labels/* nodePath */.Ie)(h.scope, h.name))
                extra.baseName = baseName;
            const [bs, hs] = [firstShape(b), firstShape(h)];
            if (bs !== hs)
                Object.assign(extra, { baseShape: bs, headShape: hs });
        }
        const bound = (0,delta_bound/* deltaBound */.$m)(b !== undefined && b.status !== 'ok', h !== undefined && h.status !== 'ok');
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
    const unit = units/* METRIC_UNITS */.jv[metric];
    const delta = base && head ? head.value - base.value : null;
    const pct = base && head && !opts.isNew ? (0,units/* percentChange */.u5)(base.value, head.value) : null;
    const reasons = [];
    const budget = opts.budget;
    const level = budget ? (opts.level ?? 'error') : null;
    const baseExact = base !== null && !base.lowerBound && !Number.isNaN(base.value);
    let unchecked = null;
    const binary = unit === 'bytes' && budget !== undefined && ((0,units/* isBinaryBytes */.X6)(budget.maxText) || (0,units/* isBinaryBytes */.X6)(budget.minDeltaText));
    if (budget && level !== 'off' && !opts.deleted) {
        const show = (v) => `${v.lowerBound ? '≥' : ''}${(0,units/* formatAmount */.ej)(v.value, unit, { binary })}`;
        if (head === null) {
            const regressed = baseExact && (opts.headError === undefined || stricterThan(level, opts.headError));
            reasons.push(`not measured: ${opts.notMeasured ?? `the profile has no ${units/* METRIC_LABELS */.t8[metric]}`}; the budget was not checked${regressed ? ' (the base measured it)' : ''}`);
            unchecked = regressed ? levelVerdict(level) : 'warning';
        }
        else {
            if (budget.max !== undefined && head.value > budget.max) {
                reasons.push(`${show(head)} exceeds max ${budget.maxText ?? (0,units/* formatAmount */.ej)(budget.max, unit, { trim: true })}`);
            }
            const relativeUnchecked = budget.maxIncrease !== undefined && base === null && !opts.isNew;
            let overBaseBound = false;
            if (budget.maxIncrease !== undefined && base !== null && !opts.isNew && delta !== null && delta > 0) {
                const overPercent = delta * 100 > budget.maxIncrease * base.value;
                const overDelta = budget.minDelta === undefined || delta > budget.minDelta;
                if (overPercent && overDelta && base.lowerBound)
                    overBaseBound = true;
                else if (overPercent && overDelta) {
                    const pctText = pct === null ? `grew from ${(0,units/* formatAmount */.ej)(base.value, unit, { binary })}` : `${(0,units/* formatPercent */.l9)(pct)}`;
                    const minText = budget.minDelta !== undefined ? ` and ${(0,units/* formatDelta */.CW)(delta, unit, { binary })} > ${budget.minDeltaText ?? (0,units/* formatAmount */.ej)(budget.minDelta, unit, { trim: true })}` : '';
                    reasons.push(`${pctText} exceeds max-increase +${(0,units/* formatLimitPercent */.oQ)(budget.maxIncrease)}${minText}`);
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
                unchecked = relativeNotChecked(reasons, unchecked, opts.baseNotMeasured ?? `the base profile has no ${units/* METRIC_LABELS */.t8[metric]}`, budget.maxIncrease);
            }
            if (overBaseBound) {
                const breached = reasons.length > 0 && unchecked === null;
                reasons.push(`not checked: the base ${show(base)} is only a lower bound (some nodes could not be costed); max-increase +${(0,units/* formatLimitPercent */.oQ)(budget.maxIncrease)} is relative to it`);
                unchecked = breached ? unchecked : worstVerdict([unchecked ?? 'ok', 'warning']);
            }
        }
    }
    const status = reasons.length === 0 ? 'ok' : unchecked ?? levelVerdict(level ?? 'error');
    const bound = delta !== null && !opts.isNew ? (0,delta_bound/* deltaBound */.$m)(base.lowerBound, head.lowerBound) : undefined;
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
        const labels = head.unavailable.metrics.map((m) => (m === 'latency' ? 'Latency' : units/* METRIC_LABELS */.t8[m]));
        notes.push(`${labels.join(', ')}: n/a (${oneLine(head.unavailable.reason)})`);
    }
    if (head && head.unknownOps.length > 0) {
        const ops = head.unknownOps.map((u) => `${(0,labels/* opLabel */.mo)(u.opType, u.domain)} ×${u.count}`);
        notes.push(`ops with no cost definition (not counted): ${ops.join(', ')}`);
    }
    if (head?.weights)
        notes.push(...readerNotes(head.warnings));
    const newDims = uncheckedDims(input.base, head, match);
    const rows = [];
    for (const metric of budget_types/* METRICS */.Cb) {
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
            ...(newDims.length > 0 && budget_types/* POINT_METRICS */.NL.includes(metric) ? { newUnboundDims: newDims } : {}),
            ...(baseNotMeasured !== null ? { baseNotMeasured: oneLine(baseNotMeasured) } : {}),
        });
        rows.push({ ...row, ...(baseNA ? { baseNotAvailable: true } : {}), ...(headNA ? { headNotAvailable: true } : {}) });
    }
    const errorVerdict = error ? levelVerdict(defaultLevel) : 'ok';
    const warnings = head ? unboundDimWarnings(head, match) : [];
    const verdict = worstVerdict([errorVerdict, warnings.length > 0 ? 'warning' : 'ok', ...rows.map((r) => r.status)]);
    const shapes = head ? (0,unbound_dims/* inputShapes */.N)(head) : [];
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
    return (0,unbound_dims/* unboundDims */.D)(head, dims, configInputs).map(({ dim, input, index }) => dim !== null
        ? `input dim '${dim}' of '${input}' is not bound, so the numbers are for ${dim}=1: set dims: { ${dim}: N } in the config (under defaults or this model's entry)`
        : `dim ${index} of input '${input}' has no size or name, so the numbers are for 1 there: set inputs: { ${input}: [...] } in this model's config entry`);
}
function newUnboundDims(base, head, match) {
    const dims = match && match.kind !== 'ignored' ? match.dims : {};
    const configInputs = match?.kind === 'matched' ? match.inputs : {};
    const names = new Set((0,unbound_dims/* unboundDims */.D)(base, dims, configInputs).flatMap((u) => (u.dim !== null ? [u.dim] : [])));
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
    return (0,unbound_dims/* unboundDims */.D)(head, dims, configInputs)
        .filter((u) => !(u.dim !== null && names.has(u.dim)) && !sameShape(u.input));
}
function unboundDimsReason(labels) {
    return `not checked: measured at ${labels.join(', ')}, input dims nothing binds (the base was not measured at 1 there)`;
}
function relativeNotChecked(reasons, unchecked, why, maxIncrease) {
    const breached = reasons.length > 0 && unchecked === null;
    reasons.push(`not checked: the base could not be measured (${why}); max-increase +${(0,units/* formatLimitPercent */.oQ)(maxIncrease)} is relative to it`);
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
        const bound = (0,delta_bound/* deltaBound */.$m)(baseBound.has(k), headBound.has(k));
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


/***/ }),

/***/ 6273:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Pl: () => (/* binding */ allRows),
  wA: () => (/* binding */ compareModels),
  Gt: () => (/* binding */ countFindings),
  n$: () => (/* binding */ defaultLevelOf),
  DR: () => (/* binding */ evaluateGate),
  y$: () => (/* binding */ modelSummary),
  yd: () => (/* binding */ validateGateReport)
});

// UNUSED EXPORTS: ReportValidationError

// EXTERNAL MODULE: ./build/src/budget/schema-validator.js
var schema_validator = __webpack_require__(5971);
;// CONCATENATED MODULE: ./build/schema/gate-report.schema.json
const gate_report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/model-budget/model-budget/schema/gate-report.schema.json","title":"model-budget gate report (schemaVersion 1)","description":"What the budget gate decided for a pull request: written as a JSON artifact by the check run and validated again (src/budget/gate.ts validateGateReport) before the publish run renders it. Fields are added within schemaVersion 1 only as optional ones (absent from older reports); removing, renaming or changing one bumps the version.","type":"object","additionalProperties":false,"required":["schemaVersion","passed","violations","warnings","configFile","configSource","configNote","budgetChanges","changedModels","ignored","models"],"properties":{"schemaVersion":{"const":1},"passed":{"type":"boolean","description":"True exactly when violations is 0."},"violations":{"$ref":"#/$defs/count","description":"Error-level budget breaches plus error-level models that could not be measured."},"warnings":{"$ref":"#/$defs/count","description":"Warning-level breaches, unmeasured budgeted metrics and warning-level unreadable models."},"configFile":{"type":["string","null"],"maxLength":4096},"configSource":{"enum":["base","head",null],"description":"Side whose config set the budgets: base by default (a pull request cannot relax its own budgets), head with config-from: head or when the base has no config yet; null without a config."},"configNote":{"$ref":"#/$defs/nullableText","description":"What the report says about the config choice (e.g. the base has no config yet)."},"budgetChanges":{"type":"array","maxItems":100000,"description":"Settings the pull request changes in the config, old -> new (null: not set on that side).","items":{"type":"object","additionalProperties":false,"required":["scope","setting","before","after"],"properties":{"scope":{"$ref":"#/$defs/text"},"setting":{"$ref":"#/$defs/text"},"before":{"$ref":"#/$defs/nullableText"},"after":{"$ref":"#/$defs/nullableText"}}}},"changedModels":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/text"}},"ignored":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/text"}},"models":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/model"}},"minChange":{"type":"number","minimum":0,"description":"Changes under this many percent are not detailed in the comment (config defaults.min-change or the min-change input)."},"shard":{"type":"object","description":"Present only in a partial report: shard index of count of a sharded run (shard: i/n). A merge (mode: merge) checks that the shards share commits, settings and model list, and that each holds exactly its slice.","additionalProperties":false,"required":["index","count","models","baseSha","headSha","settings","level"],"properties":{"index":{"type":"integer","minimum":1,"maximum":256},"count":{"type":"integer","minimum":1,"maximum":256},"models":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/text"},"description":"Every changed model of the whole run, in the unsharded report\'s order of changes."},"baseSha":{"type":["string","null"],"pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"headSha":{"type":["string","null"],"pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"settings":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"SHA-256 of the config and options the shard ran with."},"level":{"enum":["error","warning","off"],"description":"The config\'s default level: the merge counts each unreadable model at it."}}}},"$defs":{"count":{"type":"integer","minimum":0},"text":{"type":"string","maxLength":4096},"nullableText":{"type":["string","null"],"maxLength":4096},"nullableNumber":{"type":["number","null"]},"verdict":{"enum":["ok","warning","error"]},"dimValues":{"type":"object","propertyNames":{"maxLength":4096},"additionalProperties":{"$ref":"#/$defs/count"},"description":"A whole number per dim name."},"model":{"type":"object","additionalProperties":false,"required":["path","previousPath","name","status","verdict","error","notes","rows","why"],"properties":{"path":{"$ref":"#/$defs/text"},"previousPath":{"$ref":"#/$defs/nullableText"},"linkTo":{"$ref":"#/$defs/text","description":"The path is a symbolic link (or under a link to a folder) to this file, on the head (the base for a deleted model); a target with a row of its own is counted once in the totals."},"baseLinkTo":{"$ref":"#/$defs/text","description":"For a model measured on both sides whose path led to another file on the base than on the head (a link retargeted, or a link on one side only): the file the base version was read from. The totals count each side\'s file once."},"partOf":{"$ref":"#/$defs/text","description":"Measured as a model of its own on one side only (a shard its set\'s index does not list): the set that reads it on the other side. \'deleted\' then means it joined that set on the head, \'added\' that it left it."},"name":{"$ref":"#/$defs/nullableText","description":"Name of the config entry that matched, null if none."},"status":{"enum":["added","modified","deleted","renamed","unchanged"]},"verdict":{"$ref":"#/$defs/verdict","description":"At least as bad as the worst row."},"error":{"$ref":"#/$defs/nullableText","description":"Why the head model could not be measured."},"errorVerdict":{"$ref":"#/$defs/verdict","description":"What the error alone counts as, from the config\'s default level (ok at level off)."},"notes":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/text"}},"warnings":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/text"},"description":"Findings that count as warnings without breaking a budget, e.g. an input dim no config binds (profiled at 1)."},"shapes":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/text"},"description":"The input shapes the head numbers are for, e.g. `idx: 1x128`."},"rows":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/row"}},"why":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/why"}]},"points":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/point"},"description":"One entry per operating point of the config entry; FLOPs, MACs, memory access, peak memory and latency are there, not in rows."},"latency":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/latencyRow"},"description":"Roofline latency per device, for a model without points that has a latency budget."},"formulas":{"$ref":"#/$defs/formulas"},"noWeights":{"$ref":"#/$defs/text","description":"The file holds no weights (a training checkpoint\'s scheduler.pt, optimizer.pt): its reader\'s reason. Such a file has no rows and verdict ok: it never breaches a budget."},"uncheckedBudgets":{"type":"array","maxItems":100,"items":{"$ref":"#/$defs/text"},"description":"With noWeights: the budgets of the matching entry, none of them checked (e.g. `Params ≤ 25 M`)."}}},"point":{"type":"object","additionalProperties":false,"required":["name","dims","verdict","error","warnings","shapes","rows","latency"],"properties":{"name":{"$ref":"#/$defs/text"},"dims":{"$ref":"#/$defs/dimValues","description":"The dims bound at this point."},"verdict":{"$ref":"#/$defs/verdict"},"error":{"$ref":"#/$defs/nullableText","description":"Why the head could not be measured at this point (or the point binds a name the model lacks)."},"warnings":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/text"}},"shapes":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/text"}},"rows":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/row"}},"latency":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/latencyRow"}}}},"latencyRow":{"type":"object","additionalProperties":false,"required":["hardware","hardwareName","base","head","memoryBoundShare","topMemoryBound","budget","level","status","reasons"],"properties":{"hardware":{"$ref":"#/$defs/text","description":"Preset id or the custom device\'s name."},"hardwareName":{"$ref":"#/$defs/text"},"base":{"$ref":"#/$defs/nullableNumber","description":"Roofline latency estimate in seconds (a bound, not a measurement)."},"head":{"$ref":"#/$defs/nullableNumber"},"baseLowerBound":{"const":true,"description":"The base estimate is a lower bound (some node could not be costed): shown with ≥. Absent when exact, and in older reports."},"headLowerBound":{"const":true,"description":"The head estimate is a lower bound: shown with ≥."},"memoryBoundShare":{"oneOf":[{"type":"null"},{"type":"number","minimum":0,"maximum":1}],"description":"Share of the head\'s estimated time spent in memory-bound nodes."},"topMemoryBound":{"type":"array","maxItems":100000,"items":{"type":"object","additionalProperties":false,"required":["name","opType","seconds"],"properties":{"name":{"$ref":"#/$defs/text"},"opType":{"$ref":"#/$defs/text"},"seconds":{"type":"number"}}}},"budget":{"$ref":"#/$defs/nullableText"},"level":{"oneOf":[{"type":"null"},{"enum":["error","warning","off"]}]},"status":{"$ref":"#/$defs/verdict"},"reasons":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/text"}},"unchecked":{"const":true,"description":"The budget could not be checked: the head\'s estimate could not (none, a lower bound, input dims at 1), or a max-increase had no base estimate (the base could not be measured); status says whether that fails."}}},"formulas":{"type":"object","additionalProperties":false,"required":["base","head","changes"],"description":"Cost formulas of both sides (profile.schema.json\'s formulas object) and one line per metric whose formula changed.","properties":{"base":{"$ref":"#/$defs/formulaSummary"},"head":{"$ref":"#/$defs/formulaSummary"},"changes":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/text"}}}},"formulaSummary":{"type":["object","null"],"description":"One side\'s formulas (profile.schema.json\'s formulas object, held to this report\'s limits); null when that side has none.","additionalProperties":false,"required":["dims","fixed","metrics"],"properties":{"dims":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/text"}},"fixed":{"$ref":"#/$defs/dimValues"},"metrics":{"type":"object","additionalProperties":false,"properties":{"macs":{"$ref":"#/$defs/metricFormula"},"flops":{"$ref":"#/$defs/metricFormula"},"memoryBytes":{"$ref":"#/$defs/metricFormula"},"peakActivationBytes":{"$ref":"#/$defs/metricFormula"}}},"note":{"$ref":"#/$defs/text"}}},"metricFormula":{"type":"object","description":"An exact polynomial of the free dims (each term\'s numerator and denominator a decimal string, which may pass 2^53), or why there is none with the values sampled.","required":["polynomial"],"properties":{"polynomial":{"type":"boolean"}},"if":{"properties":{"polynomial":{"const":true}}},"then":{"additionalProperties":false,"required":["polynomial","terms","degree"],"properties":{"polynomial":{"const":true},"terms":{"type":"array","maxItems":1000,"items":{"type":"object","additionalProperties":false,"required":["numerator","denominator","powers"],"properties":{"numerator":{"type":"string","pattern":"^-?[0-9]{1,400}$"},"denominator":{"type":"string","pattern":"^[1-9][0-9]{0,399}$"},"powers":{"$ref":"#/$defs/dimValues"}}}},"degree":{"$ref":"#/$defs/dimValues"}}},"else":{"additionalProperties":false,"required":["polynomial","reason","values"],"properties":{"polynomial":{"const":false},"reason":{"$ref":"#/$defs/text"},"values":{"type":"array","maxItems":100000,"items":{"type":"object","additionalProperties":false,"required":["at","value"],"properties":{"at":{"$ref":"#/$defs/dimValues"},"value":{"$ref":"#/$defs/nullableNumber"}}}}}}},"deltaBound":{"enum":["lower","upper","unknown"],"description":"What the deltas beside it are on the real change when a side is only a lower bound: a lower bound (the head is a bound), an upper bound (the base is: the real change may be a fall), or nothing known (both are)."},"row":{"type":"object","additionalProperties":false,"required":["metric","unit","base","head","delta","pct","isNew","baseLowerBound","headLowerBound","budget","level","status","reasons"],"properties":{"metric":{"enum":["params","flops","macs","memory","peak-memory","file-size"]},"unit":{"enum":["count","bytes"]},"base":{"$ref":"#/$defs/nullableNumber"},"head":{"$ref":"#/$defs/nullableNumber"},"delta":{"$ref":"#/$defs/nullableNumber"},"pct":{"$ref":"#/$defs/nullableNumber","description":"Percent change relative to base; null for new models, a base of 0 or one too small to divide by (the ratio overflows or reaches 1e21 %): the delta alone then."},"isNew":{"type":"boolean"},"baseLowerBound":{"type":"boolean"},"headLowerBound":{"type":"boolean"},"deltaBound":{"$ref":"#/$defs/deltaBound","description":"Present when a side is a lower bound and delta is not null. Absent when both sides are exact, and in older reports."},"baseNotAvailable":{"const":true,"description":"The base\'s format cannot measure this metric (weights only): shown as n/a."},"headNotAvailable":{"const":true,"description":"The head\'s format cannot measure this metric (weights only): shown as n/a."},"binaryUnits":{"const":true,"description":"The budget is written in KiB/MiB/GiB: the row\'s bytes are shown in that family."},"budget":{"$ref":"#/$defs/nullableText"},"level":{"enum":["error","warning","off",null]},"status":{"$ref":"#/$defs/verdict"},"reasons":{"type":"array","maxItems":100000,"items":{"$ref":"#/$defs/text"}},"unchecked":{"const":true,"description":"The budget could not be checked: the head\'s numbers could not (not measured, a lower bound, input dims at 1), or a max-increase had no base value (the base could not be measured, or its format cannot measure the metric); status says whether that fails."}}},"why":{"type":"object","additionalProperties":false,"required":["opTypes","nodes","opTypesChanged","nodesChanged"],"properties":{"opTypes":{"type":"array","maxItems":100000,"items":{"type":"object","additionalProperties":false,"required":["opType","domain","baseCount","headCount","macsDelta","flopsDelta","memoryBytesDelta"],"properties":{"opType":{"$ref":"#/$defs/text"},"domain":{"$ref":"#/$defs/text"},"baseCount":{"$ref":"#/$defs/count"},"headCount":{"$ref":"#/$defs/count"},"macsDelta":{"$ref":"#/$defs/nullableNumber"},"flopsDelta":{"$ref":"#/$defs/nullableNumber"},"memoryBytesDelta":{"$ref":"#/$defs/nullableNumber"},"deltaBound":{"$ref":"#/$defs/deltaBound"}}}},"nodes":{"type":"array","maxItems":100000,"items":{"type":"object","additionalProperties":false,"required":["name","opType","scope","change","flopsDelta","macsDelta","memoryBytesDelta"],"properties":{"name":{"$ref":"#/$defs/text"},"opType":{"$ref":"#/$defs/text"},"scope":{"$ref":"#/$defs/text"},"change":{"enum":["added","removed","changed"]},"flopsDelta":{"type":"number"},"macsDelta":{"type":"number"},"memoryBytesDelta":{"type":"number"},"deltaBound":{"$ref":"#/$defs/deltaBound"},"baseName":{"$ref":"#/$defs/text","description":"A changed node\'s base counterpart when it had another name (renamed scope, shifted index)."},"baseShape":{"$ref":"#/$defs/text","description":"First output shape of the base node, when it differs from the head\'s."},"headShape":{"$ref":"#/$defs/text"}}}},"opTypesChanged":{"$ref":"#/$defs/count"},"nodesChanged":{"$ref":"#/$defs/count"},"modules":{"type":"array","maxItems":100000,"description":"Weights files: modules (dotted-name prefixes) whose params changed, each not explained by a single child; largest change first.","items":{"type":"object","additionalProperties":false,"required":["name","baseParams","headParams"],"properties":{"name":{"$ref":"#/$defs/text"},"baseParams":{"$ref":"#/$defs/count"},"headParams":{"$ref":"#/$defs/count"}}}},"modulesChanged":{"$ref":"#/$defs/count"},"scopes":{"type":"array","maxItems":100000,"description":"Graphs with /-scoped node names: module scopes (first two segments) whose cost changed, largest change first; a matched node counts in the head\'s scope on both sides.","items":{"type":"object","additionalProperties":false,"required":["name","baseFlops","headFlops","baseMemoryBytes","headMemoryBytes"],"properties":{"name":{"$ref":"#/$defs/text"},"baseFlops":{"type":"number","minimum":0},"headFlops":{"type":"number","minimum":0},"baseMemoryBytes":{"type":"number","minimum":0},"headMemoryBytes":{"type":"number","minimum":0},"baseLowerBound":{"const":true,"description":"A node of the scope on the base was not fully costed: its sums are lower bounds. Absent when exact, and in older reports."},"headLowerBound":{"const":true,"description":"As baseLowerBound, on the head."}}}},"scopesChanged":{"$ref":"#/$defs/count"},"chart":{"type":"object","additionalProperties":false,"required":["metric","opTypes","more"],"description":"Cost per op type of both sides for the metric whose total changed most, largest first.","properties":{"metric":{"enum":["flops","macs","memory"]},"opTypes":{"type":"array","maxItems":64,"items":{"type":"object","additionalProperties":false,"required":["opType","domain","base","head"],"properties":{"opType":{"$ref":"#/$defs/text"},"domain":{"$ref":"#/$defs/text"},"base":{"type":"number","minimum":0},"head":{"type":"number","minimum":0}}}},"more":{"$ref":"#/$defs/count"}}},"nodesTruncated":{"const":true,"description":"The graph was too large to match nodes by structure: some changes may show as removed/added pairs."}}}}}');
// EXTERNAL MODULE: ./build/src/graph/errors.js
var errors = __webpack_require__(5875);
// EXTERNAL MODULE: ./build/src/budget/config.js + 2 modules
var budget_config = __webpack_require__(4379);
// EXTERNAL MODULE: ./build/src/budget/delta-bound.js
var delta_bound = __webpack_require__(8904);
// EXTERNAL MODULE: ./build/src/budget/evaluate.js + 2 modules
var evaluate = __webpack_require__(5490);
// EXTERNAL MODULE: ./build/src/budget/no-weights.js + 3 modules
var no_weights = __webpack_require__(4742);
// EXTERNAL MODULE: ./build/src/budget/types.js
var types = __webpack_require__(4134);
// EXTERNAL MODULE: ./build/src/budget/report-text.js
var report_text = __webpack_require__(2869);
// EXTERNAL MODULE: ./build/src/budget/units.js
var units = __webpack_require__(3744);
;// CONCATENATED MODULE: ./build/src/budget/gate.js










const SEVERITY = { error: 0, warning: 1, ok: 2 };
function defaultLevelOf(config) {
    return config?.defaults.level ?? 'error';
}
function evaluateGate(inputs) {
    const config = inputs.config;
    const defaultLevel = defaultLevelOf(config);
    const whyLimit = inputs.whyLimit ?? evaluate/* DEFAULT_WHY_LIMIT */.$M;
    const models = [];
    const ignored = [];
    for (const input of inputs.models) {
        const { match, keptNote } = config ? (0,budget_config/* matchChange */.Wj)(config, input) : { match: null };
        if (match?.kind === 'ignored') {
            ignored.push(input.path);
            continue;
        }
        const report = (0,no_weights/* evaluateFile */.KO)(input, match, defaultLevel, whyLimit);
        models.push(keptNote ? { ...report, notes: [keptNote, ...report.notes] } : report);
    }
    models.sort(compareModels);
    const { violations, warnings } = countFindings(models, defaultLevel);
    const minChange = inputs.minChange ?? config?.defaults.minChange;
    return (0,report_text/* clipReportTexts */.v4)({
        schemaVersion: types/* GATE_REPORT_SCHEMA_VERSION */.gu,
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
    return SEVERITY[a.verdict] - SEVERITY[b.verdict] || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
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
const schemaValidator = (0,schema_validator/* lazyValidator */.f)(gate_report_schema_namespaceObject);
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
        case 'minimum': return new ReportValidationError(where(e.instancePath), `expected a number >= ${String(params['limit'])}`);
        case 'maximum': return new ReportValidationError(where(e.instancePath), `expected a number <= ${String(params['limit'])}`);
        case 'pattern': return new ReportValidationError(where(e.instancePath), `expected a string matching ${String(params['pattern'])}`);
        default: return new ReportValidationError(where(e.instancePath), e.message ?? e.keyword);
    }
}
function firstError(errors) {
    const last = errors[errors.length - 1];
    if (last.keyword !== 'oneOf' && last.keyword !== 'anyOf')
        return describe(errors[0]);
    const at = last.instancePath;
    const branches = errors.slice(0, -1).filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf');
    const depth = (e) => e.instancePath.split('/').length;
    const inside = branches.filter((e) => e.instancePath.startsWith(`${at}/`));
    if (inside.length > 0)
        return describe(inside.reduce((a, b) => (depth(b) > depth(a) ? b : a)));
    const own = branches.filter((e) => e.instancePath === at).map((e) => describe(e).detail);
    if (own.length === 0)
        return describe(last);
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
        const worst = (0,evaluate/* worstVerdict */.zP)([...allRows(m).map((r) => r.status), (m.warnings?.length ?? 0) > 0 ? 'warning' : 'ok']);
        if (SEVERITY[m.verdict] > SEVERITY[worst])
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
    const pct = both && !r.isNew ? (0,units/* percentChange */.u5)(r.base, r.head) : null;
    if (r.delta !== delta)
        throw new ReportValidationError(`${at}.delta`, `is ${r.delta} but base and head make it ${delta}`);
    if (r.pct !== pct)
        throw new ReportValidationError(`${at}.pct`, `is ${r.pct} but base and head make it ${pct}`);
    const bound = delta !== null && !r.isNew ? (0,delta_bound/* deltaBound */.$m)(r.baseLowerBound, r.headLowerBound) : undefined;
    if (r.deltaBound !== undefined && r.deltaBound !== bound)
        throw new ReportValidationError(`${at}.deltaBound`, `is ${r.deltaBound} but the sides' lower bounds make it ${bound ?? 'absent'}`);
}


/***/ }),

/***/ 6665:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NP: () => (/* binding */ normalizeRepoPath),
/* harmony export */   SO: () => (/* binding */ compileGlob),
/* harmony export */   eu: () => (/* binding */ globMatch),
/* harmony export */   pZ: () => (/* binding */ GlobError)
/* harmony export */ });
/* unused harmony exports normalizePath, MAX_GLOBSTARS, MAX_GLOB_LENGTH */
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5875);


(0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--enable-experimental-regexp-engine');
class GlobError extends _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadInputError */ .Ys {
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


/***/ }),

/***/ 2464:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ie: () => (/* binding */ nodePath),
/* harmony export */   k0: () => (/* binding */ changeText),
/* harmony export */   mo: () => (/* binding */ opLabel)
/* harmony export */ });
function nodePath(scope, name) {
    if (!scope)
        return name;
    return name.startsWith('/') ? `${scope}${name}` : `${scope}/${name}`;
}
function opLabel(opType, domain) {
    return domain && domain !== 'ai.onnx' ? `${domain}::${opType}` : opType;
}

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

/***/ 4742:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s0: () => (/* binding */ budgetsOnlyOnNoWeights),
  KO: () => (/* binding */ evaluateFile)
});

// UNUSED EXPORTS: noWeightsModel

// EXTERNAL MODULE: ./build/src/profile/weights.js + 1 modules
var weights = __webpack_require__(6540);
// EXTERNAL MODULE: ./build/src/budget/evaluate.js + 2 modules
var evaluate = __webpack_require__(5490);
// EXTERNAL MODULE: ./build/src/profile/unbound-dims.js
var unbound_dims = __webpack_require__(8712);
// EXTERNAL MODULE: ./build/src/profile/formula-types.js
var formula_types = __webpack_require__(7717);
// EXTERNAL MODULE: ./build/src/budget/units.js
var units = __webpack_require__(3744);
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
    return m === 'macs' || m === 'flops' ? (0,units/* formatCount */.B4)(v) : (0,units/* formatBytes */.z3)(v);
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
// EXTERNAL MODULE: ./build/src/profile/types.js
var types = __webpack_require__(9010);
// EXTERNAL MODULE: ./build/src/budget/duration.js
var duration = __webpack_require__(4443);
// EXTERNAL MODULE: ./build/src/budget/labels.js
var labels = __webpack_require__(2464);
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
            memoryBound.push({ name: (0,labels/* nodePath */.Ie)(n.scope, n.name), opType: n.opType, seconds: r.latencySeconds });
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
            const regressed = baseExact && (0,evaluate/* stricterThan */.Ci)(level, opts.headError);
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
                    reasons.push(`${(0,duration/* formatDuration */.a)(h.seconds)} on ${hw.id} exceeds max ${budget.maxText ?? (0,duration/* formatDuration */.a)(budget.max)}`);
                }
                let overBaseBound = false;
                if (budget.maxIncrease !== undefined && b !== null && !opts.isNew && h.seconds * 100 > b.seconds * (100 + budget.maxIncrease)) {
                    if ((0,types/* costsLowerBound */.GZ)(base?.totals))
                        overBaseBound = true;
                    else {
                        const change = (0,units/* percentChange */.u5)(b.seconds, h.seconds);
                        const pct = change !== null ? (0,units/* formatPercent */.l9)(change) : 'grew';
                        reasons.push(`${pct} on ${hw.id} (${(0,duration/* formatDuration */.a)(b.seconds)} -> ${(0,duration/* formatDuration */.a)(h.seconds)}) exceeds max-increase +${(0,units/* formatLimitPercent */.oQ)(budget.maxIncrease)}`);
                    }
                }
                if (reasons.length === 0 && (0,types/* costsLowerBound */.GZ)(head.totals)) {
                    reasons.push(`not checked: ${(0,duration/* formatDuration */.a)(h.seconds)} on ${hw.id} is only a lower bound (some nodes could not be costed)${baseExact ? ' and the base was exact' : ''}`);
                    unchecked = baseExact ? breach : 'warning';
                }
                else if (reasons.length === 0 && opts.newUnboundDims && opts.newUnboundDims.length > 0) {
                    reasons.push((0,evaluate/* unboundDimsReason */.nH)(opts.newUnboundDims));
                    unchecked = breach;
                }
                if (budget.maxIncrease !== undefined && b === null && !opts.isNew) {
                    const why = opts.baseError !== undefined ? (0,evaluate/* oneLine */.TN)(opts.baseError) : `no latency estimate on ${hw.id}: no per-node costs`;
                    unchecked = (0,evaluate/* relativeNotChecked */.ph)(reasons, unchecked, why, budget.maxIncrease);
                }
                if (overBaseBound) {
                    const breached = reasons.length > 0 && unchecked === null;
                    reasons.push(`not checked: the base estimate ${(0,duration/* formatDuration */.a)(b.seconds)} on ${hw.id} is only a lower bound (some nodes could not be costed); max-increase +${(0,units/* formatLimitPercent */.oQ)(budget.maxIncrease)} is relative to it`);
                    unchecked = breached ? unchecked : (0,evaluate/* worstVerdict */.zP)([unchecked ?? 'ok', 'warning']);
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

// EXTERNAL MODULE: ./build/src/budget/types.js
var budget_types = __webpack_require__(4134);
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
        const report = (0,evaluate/* evaluateModel */.H_)(input, match, defaultLevel, whyLimit);
        if (!entry?.latency)
            return { ...report, ...formulas };
        const latency = latencyRows(input.base, input.head, entry.latency, defaultLevel, report.error
            ? { isNew, deleted, headError: defaultLevel }
            : { isNew, deleted, newUnboundDims: (0,evaluate/* uncheckedDims */.Ab)(input.base, input.head, match), ...(input.baseError !== undefined ? { baseError: input.baseError } : {}) });
        return { ...report, latency, verdict: (0,evaluate/* worstVerdict */.zP)([report.verdict, ...latency.map((r) => r.status)]), ...formulas };
    }
    const fixed = Object.fromEntries(Object.entries(entry.budgets).filter(([m]) => !budget_types/* POINT_METRICS */.NL.includes(m)));
    const top = (0,evaluate/* evaluateModel */.H_)(input, { ...match, entry: { ...entry, budgets: fixed } }, defaultLevel, whyLimit);
    const points = input.points.map((p) => evaluatePoint(input, p, entry.points.find((op) => op.name === p.name), match, defaultLevel, { isNew, deleted }));
    const warnings = points.flatMap((p) => p.warnings.map((w) => `at ${p.name}: ${w}`));
    const { shapes: _shapes, warnings: _warnings, ...rest } = top;
    return {
        ...rest,
        rows: top.rows.filter((r) => !budget_types/* POINT_METRICS */.NL.includes(r.metric)),
        ...(warnings.length > 0 ? { warnings } : {}),
        verdict: (0,evaluate/* worstVerdict */.zP)([top.error ? top.verdict : 'ok', ...top.rows.map((r) => r.status), warnings.length > 0 ? 'warning' : 'ok', ...points.map((p) => p.verdict)]),
        points: points.map(({ warnings: _w, ...p }) => ({ ...p, warnings: [] })),
        ...formulas,
    };
}
function evaluatePoint(input, p, op, match, defaultLevel, side) {
    const entry = match.entry;
    const budgets = Object.fromEntries(Object.entries(entry.budgets)
        .filter(([m, b]) => budget_types/* POINT_METRICS */.NL.includes(m) && applies(b.at, p.name)));
    const pointMatch = { ...match, entry: { ...entry, budgets }, dims: p.dims, inputs: { ...match.inputs, ...p.inputs } };
    const r = (0,evaluate/* evaluateModel */.H_)({ path: input.path, status: input.status, ...(p.base ? { base: p.base } : {}), ...(p.head ? { head: p.head } : {}), ...(p.error ? { error: p.error } : {}), ...(p.baseError ? { baseError: p.baseError } : {}) }, pointMatch, defaultLevel, 0);
    let error = r.error;
    if (!error && p.head && op)
        error = unknownBinding(op, p.head);
    const headError = r.error !== null;
    const rows = error && !headError ? [] : r.rows.filter((row) => budget_types/* POINT_METRICS */.NL.includes(row.metric));
    const latency = (!error || headError) && entry.latency && applies(entry.latency.at, p.name)
        ? latencyRows(p.base, p.head, entry.latency, defaultLevel, headError
            ? { ...side, headError: defaultLevel }
            : { ...side, newUnboundDims: (0,evaluate/* uncheckedDims */.Ab)(p.base, p.head, pointMatch), ...(p.baseError !== undefined ? { baseError: p.baseError } : {}) }) : [];
    const warnings = error || !p.head ? [] : (0,evaluate/* unboundDimWarnings */.$j)(p.head, pointMatch);
    const errorVerdict = error ? (defaultLevel === 'error' ? 'error' : defaultLevel === 'warning' ? 'warning' : 'ok') : 'ok';
    return {
        name: p.name,
        dims: p.dims,
        verdict: (0,evaluate/* worstVerdict */.zP)([errorVerdict, warnings.length > 0 ? 'warning' : 'ok', ...rows.map((x) => x.status), ...latency.map((x) => x.status)]),
        error,
        warnings,
        shapes: p.head && !error ? (0,unbound_dims/* inputShapes */.N)(p.head) : [],
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
    return { ...report, notes: [`the base version held no weights (${(0,evaluate/* oneLine */.TN)(baseReason)}): the model is new here`, ...report.notes] };
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
        notes.push(`the base version held ${(0,units/* formatAmount */.ej)(input.base.params.total, 'count')} params`);
    const budgets = entry && !deleted ? entryBudgets(entry, defaultLevel) : [];
    return {
        path: input.path,
        previousPath: input.previousPath ?? null,
        ...(0,evaluate/* sameFile */.Vi)(input),
        name: entry?.name ?? null,
        status: input.status,
        verdict: 'ok',
        error: null,
        notes,
        rows: [],
        why: null,
        noWeights: (0,evaluate/* oneLine */.TN)(reason),
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
    for (const metric of budget_types/* METRICS */.Cb) {
        if (metric === 'file-size')
            continue;
        const b = entry.budgets[metric];
        if (b && on(b.level))
            out.push(`${units/* METRIC_LABELS */.t8[metric]} ${b.text}`);
    }
    if (entry.latency && on(entry.latency.level))
        out.push(`Latency ${entry.latency.text}`);
    return out;
}
function budgetsOnlyOnNoWeights(models) {
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


/***/ }),

/***/ 2869:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gL: () => (/* binding */ clipText),
/* harmony export */   v4: () => (/* binding */ clipReportTexts)
/* harmony export */ });
/* unused harmony export MAX_REPORT_TEXT */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);

const MAX_REPORT_TEXT = 4096;
function clipText(text) {
    if (text.length <= MAX_REPORT_TEXT)
        return text;
    const tag = `…[sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(Buffer.from(text, 'utf16le')).digest('base64url').slice(0, 22)}]`;
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


/***/ }),

/***/ 5971:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ lazyValidator)
/* harmony export */ });
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2210);

const Ajv2020Class = ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_0__["default"];
function lazyValidator(schema) {
    let compiled;
    return () => (compiled ??= new Ajv2020Class({ strict: true, strictNumbers: true, allErrors: false }).compile(schema));
}


/***/ }),

/***/ 6595:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ shardPaths),
/* harmony export */   FE: () => (/* binding */ ShardMerger),
/* harmony export */   hH: () => (/* binding */ MAX_SHARDS),
/* harmony export */   tg: () => (/* binding */ ShardMergeError),
/* harmony export */   uK: () => (/* binding */ parseShard)
/* harmony export */ });
/* unused harmony exports shardKeys, mergeShardReports */
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5875);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6273);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2869);



const MAX_SHARDS = 256;
function parseShard(text, label) {
    const m = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(text);
    const bad = (why) => {
        throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${label}: '${text.slice(0, 40)}' ${why}`);
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
    const keys = shardKeys(paths.map(_report_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clipText */ .gL), spec);
    return new Set(paths.filter((p) => keys.has((0,_report_text_js__WEBPACK_IMPORTED_MODULE_2__/* .clipText */ .gL)(p))));
}
class ShardMergeError extends _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb {
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
        const models = shards.flatMap((s) => s.report.models).sort(_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .compareModels */ .wA);
        const ignored = shards.flatMap((s) => s.report.ignored).sort((a, b) => order.get(a) - order.get(b));
        const { violations, warnings } = (0,_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .countFindings */ .Gt)(models, first.info.level);
        const { shard: _shard, ...rest } = first.report;
        const report = { ...rest, passed: violations === 0, violations, warnings, ignored, ...(0,_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .modelSummary */ .y$)(models) };
        return { report, baseSha: first.info.baseSha, headSha: first.info.headSha, count };
    }
}
function mergeShardReports(parts) {
    const merger = new ShardMerger();
    for (const p of parts)
        merger.add(p);
    return merger.merge();
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
const POINT_METRICS = ['flops', 'macs', 'memory', 'peak-memory'];
const CHANGE_STATUSES = (/* unused pure expression or super */ null && (['added', 'modified', 'deleted', 'renamed', 'unchanged']));
const GATE_REPORT_SCHEMA_VERSION = 1;


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
/* harmony export */   u5: () => (/* binding */ percentChange),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* harmony import */ var _profile_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5764);


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
function formatCount(n, opts = {}) {
    return scaled(n, COUNT_STEPS, opts, true);
}
function formatBytes(n, opts = {}) {
    return opts.binary ? scaled(n, BINARY_BYTE_STEPS, opts, true, 1024) : scaled(n, BYTE_STEPS, opts, true);
}
function formatAmount(n, unit, opts = {}) {
    return unit === 'count' ? formatCount(n, opts) : formatBytes(n, opts);
}
function formatDelta(n, unit, opts = {}) {
    if (n === 0)
        return '±0';
    const body = formatAmount(Math.abs(n), unit, opts);
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


function parseCommandArgs(config) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)(config);
    }
    catch (e) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_1__.CliUsageError(e instanceof Error ? e.message : String(e));
    }
}
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
function parseDimBinding(text) {
    const m = /^([^=]+)=(\d+)$/.exec(text);
    if (!m || !Number.isSafeInteger(Number(m[2])))
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_1__.CliUsageError(`--dim '${text}' should look like name=value, e.g. batch=1`);
    return [m[1], Number(m[2])];
}


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
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3135);


const defaultIo = {
    cwd: process.cwd(),
    interactive: process.stdout.isTTY === true && !process.env['CI'],
    stdout: _output_js__WEBPACK_IMPORTED_MODULE_1__/* .stdout */ .Uo,
    stderr: _output_js__WEBPACK_IMPORTED_MODULE_1__/* .stderr */ .vF,
};
const REPORT_FORMATS = ['md', 'text', 'json'];
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

/***/ 2315:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CliUsageError: () => (/* binding */ CliUsageError),
/* harmony export */   USAGE: () => (/* binding */ USAGE)
/* harmony export */ });
/* harmony import */ var _formats_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1822);
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5875);


class CliUsageError extends _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb {
    name = 'CliUsageError';
}
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
      --lfs: Git LFS pointers are fetched (auto, fetch: warn when that fails) or never (skip)
      --verbose prints progress (fetches, Git LFS, each model) on stderr
      --cache-dir DIR keeps the profiles of models read from git commits (the base side)
      in DIR, keyed by blob SHAs, options and build, and reuses them on the next run
      (DIR outside the repository: one inside it is not used)
      --shard i/n profiles only shard i of n of the changed models and prints its partial
      report as JSON (exit 0), for:
  model-budget merge <report.json|folder>... [--format md|text|json]
      merges the partial reports of every shard of one run into the report (and exit code)
      of the unsharded run; a folder stands for the .json files in it
  model-budget --version   prints the version

Exit codes: 0 ok, 1 budget exceeded, 2 bad input, config or usage,
3 internal error (a bug in model-budget: please report it; MODEL_BUDGET_DEBUG=1 prints the stack).
`;


/***/ }),

/***/ 7707:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ NO_WEIGHTS_PREFIX)
/* harmony export */ });
const NO_WEIGHTS_PREFIX = 'no weights: ';


/***/ }),

/***/ 5248:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ readContainedFile),
/* harmony export */   y: () => (/* binding */ FileTooLargeError)
/* harmony export */ });
/* harmony import */ var _formats_contained_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4750);
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5875);
/* harmony import */ var _sources_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9008);



class FileTooLargeError extends _formats_contained_file_js__WEBPACK_IMPORTED_MODULE_0__/* .UnsafeFileError */ .h {
    name = 'FileTooLargeError';
}
async function readContainedFile(path, options) {
    const found = (0,_formats_contained_file_js__WEBPACK_IMPORTED_MODULE_0__/* .containedFile */ .or)(path, options.within, options.withinName);
    if (found === null)
        return null;
    if (found.size > options.maxBytes)
        throw new FileTooLargeError(options.tooLarge);
    let bytes;
    try {
        bytes = await (0,_sources_js__WEBPACK_IMPORTED_MODULE_2__/* .readPrefix */ .fr)(found.real, options.maxBytes + 1, path);
    }
    catch (e) {
        if (e instanceof _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelFileError */ .EO)
            throw new _formats_contained_file_js__WEBPACK_IMPORTED_MODULE_0__/* .UnsafeFileError */ .h(e.detail);
        throw new _formats_contained_file_js__WEBPACK_IMPORTED_MODULE_0__/* .UnsafeFileError */ .h(`cannot read it: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
    if (bytes.length > options.maxBytes)
        throw new FileTooLargeError(options.tooLarge);
    return bytes;
}


/***/ }),

/***/ 1099:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ou: () => (/* binding */ parseJsonInput)
/* harmony export */ });
/* unused harmony exports MAX_JSON_DEPTH, nestsDeeperThan */
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

/***/ 577:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ shapeLabel)
/* harmony export */ });
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
/* harmony import */ var _graph_name_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4374);
/* harmony import */ var _shape_label_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(577);


function unboundDims(p, dims, inputs) {
    const resolves = (d) => typeof d === 'number' || (0,_graph_name_table_js__WEBPACK_IMPORTED_MODULE_0__/* .ownEntry */ .Pl)(dims, d) !== undefined;
    const explicit = new Set();
    const boundByInputs = new Set();
    for (const v of p.inputs) {
        const given = (0,_graph_name_table_js__WEBPACK_IMPORTED_MODULE_0__/* .ownEntry */ .Pl)(inputs, v.name);
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
            if (d !== null && ((0,_graph_name_table_js__WEBPACK_IMPORTED_MODULE_0__/* .ownEntry */ .Pl)(dims, d) !== undefined || boundByInputs.has(d) || seen.has(d)))
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
        return `${v.name}: ${(0,_shape_label_js__WEBPACK_IMPORTED_MODULE_1__/* .shapeLabel */ .M)(shape)}`;
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


/***/ }),

/***/ 2712:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ formulaExpression),
/* harmony export */   W: () => (/* binding */ formulaLines)
/* harmony export */ });
/* harmony import */ var _budget_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3744);
/* harmony import */ var _profile_formula_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7717);


const SUPERSCRIPT = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
function power(e) {
    return e === 1 ? '' : String(e).split('').map((c) => SUPERSCRIPT[Number(c)]).join('');
}
function coefficient(t, metric) {
    const n = BigInt(t.numerator);
    const negative = n < 0n;
    const abs = negative ? -n : n;
    const d = BigInt(t.denominator);
    const value = d === 1n ? Number(abs) : Number(abs) / Number(d);
    const text = d !== 1n && abs < 1000n && d < 1000n ? `${abs}/${d}` : metric === 'macs' || metric === 'flops' ? (0,_budget_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(value) : (0,_budget_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(value);
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

// UNUSED EXPORTS: DEFAULT_COMMENT_KEY, GITHUB_COMMENT_LIMIT, JOB_SUMMARY_LIMIT, commentMarker, escapeCsvField, escapeMarkdown, escapeText, headline, headlineWithoutIcon, renderComment, sanitizeCommentKey, verdictLine

// EXTERNAL MODULE: ./build/src/budget/gate.js + 1 modules
var gate = __webpack_require__(6273);
// EXTERNAL MODULE: ./build/src/budget/units.js
var units = __webpack_require__(3744);
// EXTERNAL MODULE: ./build/src/budget/delta-bound.js
var delta_bound = __webpack_require__(8904);
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
    return deltaText(r, 'md');
}
function rowDeltaBound(r) {
    return r.isNew ? undefined : (0,delta_bound/* deltaBound */.$m)(r.baseLowerBound, r.headLowerBound);
}
function deltaText(r, style, pctAfterComma = false) {
    if (r.delta === null)
        return style === 'md' ? '—' : '-';
    const bound = rowDeltaBound(r);
    if (bound === 'unknown')
        return delta_bound/* UNKNOWN_CHANGE */.sy[style];
    const sign = (0,delta_bound/* boundSign */.GR)(bound, style);
    const wrap = style === 'md' ? nb : (t) => t;
    if (r.delta === 0)
        return wrap(`${sign}${style === 'md' ? '±0' : '0'}`);
    const amount = (0,units/* formatDelta */.CW)(r.delta, r.unit, { binary: style === 'md' && r.binaryUnits === true });
    const pctBody = r.pct === null ? '' : wrap(`${sign}${(0,units/* formatPercent */.l9)(r.pct)}`);
    const pct = pctBody === '' ? '' : pctAfterComma ? `, ${pctBody}` : ` (${pctBody})`;
    return `${wrap(`${sign}${amount}`)}${pct}`;
}
function deltaCell(d, unit, bound) {
    if (d === null)
        return '—';
    if (bound === 'unknown')
        return 'not known';
    return nb(`${(0,delta_bound/* boundSign */.GR)(bound)}${(0,units/* formatDelta */.CW)(d, unit)}`);
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

// EXTERNAL MODULE: ./build/src/report/escape.js
var report_escape = __webpack_require__(6209);
;// CONCATENATED MODULE: ./build/src/report/code-span.js

function prepared(text, maxLength) {
    let t = (0,report_escape/* visibleControls */.xx)(text);
    if (t.length > maxLength)
        t = `${Array.from(t).slice(0, maxLength - 1).join('')}…`;
    return (0,report_escape/* breakAutolinks */.q4)(t).replace(/##\[/g, '##\u200d[');
}
function codeSpan(text, opts = {}) {
    let t = prepared(text, opts.maxLength ?? report_escape/* MAX_NAME_LENGTH */.EM);
    if (opts.inTable)
        t = t.replace(/\|/g, '\\|');
    const longestRun = Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = t.startsWith('`') || t.endsWith('`') || /^ *$/.test(t) ? ' ' : '';
    return `${fence}${pad}${t}${pad}${fence}`;
}
function htmlCode(text, maxLength = report_escape/* MAX_NAME_LENGTH */.EM) {
    return `<code>${escapeHtml(prepared(text, maxLength))}</code>`;
}
function htmlText(text, maxLength = report_escape/* MAX_NAME_LENGTH */.EM) {
    return escapeHtml((0,report_escape/* breakCommitShas */.Kp)((0,report_escape/* breakEmojiShortcodes */.Y2)(prepared(text, maxLength))));
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./build/src/formats/escaped-utf8.js
var escaped_utf8 = __webpack_require__(5079);
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

// EXTERNAL MODULE: ./build/src/budget/duration.js
var duration = __webpack_require__(4443);
// EXTERNAL MODULE: ./build/src/profile/formula-types.js
var formula_types = __webpack_require__(7717);
// EXTERNAL MODULE: ./build/src/report/formula-format.js
var formula_format = __webpack_require__(2712);
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
    return nb(`${r.headLowerBound ? '≥' : ''}${(0,units/* formatAmount */.ej)(r.head, r.unit, { binary: r.binaryUnits === true })}`);
}
function changeCell(r) {
    if (r.isNew && r.head !== null)
        return 'new';
    return deltaText(r, 'md');
}
function formulaPair(base, head, metricLabel) {
    const m = formula_types/* FORMULA_METRICS */.T.find((x) => formula_types/* FORMULA_LABELS */.n[x] === metricLabel);
    if (!m)
        return null;
    const text = (f) => {
        const mf = f?.metrics[m];
        return mf?.polynomial ? (0,formula_format/* formulaExpression */.V)(mf.terms, m) : 'no formula';
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
            row.base === null ? '—' : nb(`${row.baseLowerBound ? '≥' : ''}${(0,duration/* formatDuration */.a)(row.base)}`),
            row.head === null ? '—' : nb(`${row.headLowerBound ? '≥' : ''}${(0,duration/* formatDuration */.a)(row.head)}`),
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
            const change = r.delta === null ? '' : ` (${r.isNew ? 'new' : deltaText(r, 'text', true)})`;
            out.push(`    ${units/* METRIC_LABELS */.t8[r.metric]}: ${head}${change}${r.budget ? `  budget ${(0,report_escape/* escapeText */.X1)(r.budget, 200)}: ${MARK[r.status]}` : ''}`);
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
    const est = r.head === null ? '-' : `${r.headLowerBound ? '>=' : ''}${(0,duration/* formatDuration */.a)(r.head)}`;
    const base = r.base === null ? '' : ` (base ${r.baseLowerBound ? '>=' : ''}${(0,duration/* formatDuration */.a)(r.base)})`;
    const share = r.memoryBoundShare === null ? '' : `, ${Math.round(r.memoryBoundShare * 100)}% memory-bound`;
    const top = r.topMemoryBound.length ? `; slowest memory-bound: ${r.topMemoryBound.map((t) => `${(0,report_escape/* escapeText */.X1)(t.name, 60)} (${(0,report_escape/* escapeText */.X1)(t.opType, 40)})`).join(', ')}` : '';
    return [
        `${indent}latency on ${(0,report_escape/* escapeText */.X1)(r.hardware, 80)}: ${est}${base}${share}${top}${r.budget ? `  budget ${(0,report_escape/* escapeText */.X1)(r.budget, 200)}: ${MARK[r.status]}` : ''}`,
        ...r.reasons.map((why) => `${indent}${MARK[r.status]} ${(0,report_escape/* escapeText */.X1)(why, 400)}`),
    ];
}

// EXTERNAL MODULE: ./build/src/budget/labels.js
var labels = __webpack_require__(2464);
;// CONCATENATED MODULE: ./build/src/report/op-type-chart.js

const METRIC_TITLES = {
    flops: { label: 'FLOPs', unit: 'count' },
    macs: { label: 'MACs', unit: 'count' },
    memory: { label: 'Memory access', unit: 'bytes' },
};
const MAX_LABEL = 24;
function chartLabel(opType, domain) {
    let safe = (0,labels/* opLabel */.mo)(opType, domain).replace(/[^A-Za-z0-9_.:+-]/g, '_');
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
            ? table(['Module scope', 'FLOPs', 'Memory access'], ['---', '---:', '---:'], scopes.map((s) => [codeSpan(s.name, { inTable: true }), value(s.headFlops, s.headLowerBound === true, 'count'), value(s.headMemoryBytes, s.headLowerBound === true, 'bytes')]))
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
function opTypeCells(o, costs) {
    const count = o.baseCount === o.headCount ? String(o.headCount) : `${o.baseCount} → ${o.headCount}`;
    const cells = [codeSpan((0,labels/* opLabel */.mo)(o.opType, o.domain), { inTable: true }), count];
    if (costs)
        cells.push(deltaCell(o.flopsDelta, 'count', o.deltaBound), deltaCell(o.macsDelta, 'count', o.deltaBound), deltaCell(o.memoryBytesDelta, 'bytes', o.deltaBound));
    return cells;
}
function scopeCells(s) {
    const d = s.headFlops - s.baseFlops;
    const bound = (0,delta_bound/* deltaBound */.$m)(s.baseLowerBound === true, s.headLowerBound === true);
    const change = d !== 0 && bound !== 'unknown' ? (0,units/* percentChange */.u5)(s.baseFlops, s.headFlops) : null;
    const pct = change !== null ? ` (${nb(`${(0,delta_bound/* boundSign */.GR)(bound)}${(0,units/* formatPercent */.l9)(change)}`)})` : '';
    return [
        codeSpan(s.name, { inTable: true }),
        `${value(s.baseFlops, s.baseLowerBound === true, 'count')} → ${value(s.headFlops, s.headLowerBound === true, 'count')}`,
        `${deltaCell(d, 'count', bound)}${pct}`,
        deltaCell(s.headMemoryBytes - s.baseMemoryBytes, 'bytes', bound),
    ];
}
function nodeCells(n) {
    const name = (0,labels/* nodePath */.Ie)(n.scope, n.name);
    return [
        name ? codeSpan(name, { inTable: true }) : '(unnamed)',
        codeSpan(n.opType, { inTable: true }),
        (0,labels/* changeText */.k0)(n, '→', (t, maxLength) => codeSpan(t, { inTable: true, maxLength })),
        deltaCell(n.flopsDelta, 'count', n.deltaBound),
        deltaCell(n.macsDelta, 'count', n.deltaBound),
        deltaCell(n.memoryBytesDelta, 'bytes', n.deltaBound),
    ];
}

;// CONCATENATED MODULE: ./build/src/report/model-section.js








function modelIcon(m, budgeted) {
    return !budgeted && m.verdict === 'ok' ? '' : ICON[m.verdict];
}
function statusText(m, code) {
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
            m.error && r.head === null ? 'not measured' : value(r.head, r.headLowerBound, r.unit, r.headNotAvailable, r.binaryUnits),
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
const pointsPart = (m) => renderPointDetails(m);
const notesPart = (m, _ctx, detail) => (detail.notes && m.notes.length > 0 ? [...m.notes.map((n) => `- ℹ️ ${(0,report_escape/* escapeMarkdown */.FV)(n, 400)}`), ''] : []);
const whyPart = (m, _ctx, detail) => (detail.why > 0 && m.why ? renderWhy(m.why, detail.why, m.status === 'added', detail.chart === true) : []);
const SECTION_PARTS = [headerPart, metricTablePart, reasonsPart, pointsPart, notesPart, whyPart];
function renderModelSection(m, ctx, detail, parts = SECTION_PARTS) {
    return [summaryLine(m, ctx), '', ...parts.flatMap((p) => p(m, ctx, detail)), '</details>', ''];
}
function shapesText(shapes) {
    const shown = shapes.slice(0, 8).map((t) => (0,report_escape/* escapeMarkdown */.FV)(t, 120));
    return `${shown.join(' · ')}${shapes.length > 8 ? ` · and ${shapes.length - 8} more` : ''}`;
}

// EXTERNAL MODULE: ./build/src/budget/no-weights.js + 3 modules
var no_weights = __webpack_require__(4742);
;// CONCATENATED MODULE: ./build/src/report/overview.js










const SEVERITY = { error: 0, warning: 1, ok: 2 };
function impact(m) {
    if (m.status === 'added' || metricRows(m).some((r) => r.isNew))
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
    return { shown: shown.sort(byImpact), small: small.sort(byImpact), quiet, noWeights };
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
    const v = value(m.status === 'deleted' ? r.base : r.head, m.status === 'deleted' ? r.baseLowerBound : r.headLowerBound, r.unit, m.status === 'deleted' ? r.baseNotAvailable : r.headNotAvailable, r.binaryUnits);
    if (r.pct === null || r.delta === null || r.delta === 0)
        return v;
    const bound = rowDeltaBound(r);
    if (bound === 'unknown')
        return v;
    return `${v} (${nb(`${(0,delta_bound/* boundSign */.GR)(bound)}${(0,units/* formatPercent */.l9)(r.pct)}`)})`;
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
        return `${units/* METRIC_LABELS */.t8[r.metric]} ${nb(`${(0,delta_bound/* boundSign */.GR)(rowDeltaBound(r))}${(0,units/* formatPercent */.l9)(r.pct ?? 0)}`)}`;
    }
    if (rows.some((x) => x.delta !== null && rowDeltaBound(x) === 'unknown'))
        return 'not known (both ≥)';
    return rows.some((x) => x.delta !== null && x.delta !== 0) ? 'changed from 0' : '±0';
}
function statusCell(m) {
    if (m.verdict !== 'ok')
        return ICON[m.verdict];
    return (0,gate/* allRows */.Pl)(m).some((r) => r.budget !== null) ? ICON.ok : '—';
}
function overviewTable(models, ctx, linked, totals) {
    const header = ['Model', ...OVERVIEW_LABELS, 'Largest change', ...(ctx.budgeted ? ['Status'] : [])];
    const align = ['---', '---:', '---:', '---:', '---', ...(ctx.budgeted ? [':---:'] : [])];
    const rows = models.map((m) => {
        const icon = ctx.budgeted ? '' : modelIcon(m, false);
        const renamed = m.previousPath ? ` (${statusText(m, (p) => codeSpan(p, { inTable: true }))})` : '';
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
            const fmt = (v, lowerBound) => nb(`${lowerBound ? '≥' : ''}${(0,units/* formatAmount */.ej)(v, unit, { binary: t.binary })}`);
            const change = t.head !== t.base ? (0,units/* percentChange */.u5)(t.base, t.head) : null;
            const bound = (0,delta_bound/* deltaBound */.$m)(t.baseLowerBound, t.headLowerBound);
            const pct = change === null || bound === 'unknown' ? '' : ` (${nb(`${(0,delta_bound/* boundSign */.GR)(bound)}${(0,units/* formatPercent */.l9)(change)}`)})`;
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
        const had = params?.base != null ? ` (had ${nb((0,units/* formatAmount */.ej)(params.base, 'count'))} params${m.partOf !== undefined ? ' on its own' : ''})` : '';
        return `- ${path} ${m.partOf !== undefined ? statusText(m, (p) => codeSpan(p)) : 'deleted'}${had}`;
    }
    if (m.status === 'renamed')
        return `- ${path} ${statusText(m, (p) => codeSpan(p))}, identical`;
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
    const status = m.status === 'added' ? '' : ` (${statusText(m, (p) => codeSpan(p))})`;
    const notes = m.notes.map((n) => `; ${(0,report_escape/* escapeMarkdown */.FV)(n, 200)}`).join('');
    return `- ${codeSpan(m.path)}${status}: no weights, ${(0,report_escape/* escapeMarkdown */.FV)(m.noWeights ?? '', 300)}${notes}`;
}
function noWeightsList(files, allModels, maxChars) {
    const out = collapsedList(`${plural(files.length, 'file', 'files')} with no weights (not models: not measured; only file-size budgets apply)`, files.map(noWeightsLine), maxChars);
    const idle = (0,no_weights/* budgetsOnlyOnNoWeights */.s0)(allModels);
    const lines = idle.slice(0, MAX_IDLE_ENTRIES).map((e) => {
        const budgets = e.budgets.slice(0, 8).map((b) => (0,report_escape/* escapeMarkdown */.FV)(b, 100)).join(', ');
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
    const failed = report.models.flatMap((m) => (0,gate/* allRows */.Pl)(m).filter((r) => r.status === 'error'));
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
    const budgeted = hasBudgets(report);
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
function hasBudgets(report) {
    return report.models.some((m) => (0,gate/* allRows */.Pl)(m).some((r) => r.budget !== null));
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
    const ctx = { budgeted: hasBudgets(report), links: checkLinks(opts.links) };
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
    const title = (0,report_escape/* escapeMarkdown */.FV)(opts.title ?? 'Model budget', 100);
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
    out.push(`### ${(0,report_escape/* escapeMarkdown */.FV)(opts.title ?? 'Model budget')}: ${headline(report)}`, '');
    out.push(markdown_summaryLine(report, opts, ctx), '');
    out.push(...configLines(report));
    if (!ctx.budgeted && changedModels(report.models).length > 0 && !hasIdleBudgets(report))
        out.push(`<sub>${(0,report_escape/* escapeMarkdown */.FV)(HOW_TO_ADD_BUDGETS, 1000)}</sub>`, '');
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
        out.push(`ℹ️ ${(0,report_escape/* escapeMarkdown */.FV)(report.configNote, 400)}`, '');
    const changes = report.budgetChanges;
    if (changes.length === 0)
        return out;
    const applies = report.configSource === 'head'
        ? 'this report applies them (config-from: head)'
        : "this report applies the base branch's budgets; the new ones apply once it is merged";
    out.push(`**Budgets changed in this pull request** (${applies}):`, '');
    const side = (v) => (v === null ? '_not set_' : (0,report_escape/* escapeMarkdown */.FV)(v, 200));
    const lines = changes.slice(0, MAX_LISTED_BUDGET_CHANGES).map((c) => `- ${(0,report_escape/* escapeMarkdown */.FV)(c.scope, 200)}, ${(0,report_escape/* escapeMarkdown */.FV)(c.setting, 200)}: ${side(c.before)} → ${side(c.after)}`);
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
    return `${lowerBound ? '>=' : ''}${(0,units/* formatAmount */.ej)(v, unit)}`;
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
    return `${(0,delta_bound/* boundSign */.GR)(bound, 'text')}${(0,units/* formatDelta */.CW)(d, unit).replace('±', '')}`;
}
function whyText(why, isNew) {
    const out = [];
    if (why.opTypes.length > 0) {
        out.push(isNew ? '  cost breakdown by op type:' : '  why the cost changed, by op type:');
        out.push(...aligned(['op type', 'count', 'FLOPs', 'MACs', 'memory access'], why.opTypes.map((o) => [
            (0,report_escape/* escapeText */.X1)((0,labels/* opLabel */.mo)(o.opType, o.domain)),
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
            (0,report_escape/* escapeText */.X1)(s.name), `${s.baseLowerBound ? '>=' : ''}${(0,units/* formatAmount */.ej)(s.baseFlops, 'count')} -> ${s.headLowerBound ? '>=' : ''}${(0,units/* formatAmount */.ej)(s.headFlops, 'count')}`,
            delta(s.headFlops - s.baseFlops, 'count', (0,delta_bound/* deltaBound */.$m)(s.baseLowerBound === true, s.headLowerBound === true)),
            delta(s.headMemoryBytes - s.baseMemoryBytes, 'bytes', (0,delta_bound/* deltaBound */.$m)(s.baseLowerBound === true, s.headLowerBound === true)),
        ]), [0]));
        if ((why.scopesChanged ?? 0) > scopes.length)
            out.push(`  ${(why.scopesChanged ?? 0) - scopes.length} more module scopes`);
    }
    if (why.nodes.length > 0) {
        out.push('  nodes:');
        out.push(...aligned(['node', 'op type', 'change', 'FLOPs', 'MACs', 'memory access'], why.nodes.map((n) => [
            (0,report_escape/* escapeText */.X1)((0,labels/* nodePath */.Ie)(n.scope, n.name) || '(unnamed)'), (0,report_escape/* escapeText */.X1)(n.opType), (0,labels/* changeText */.k0)(n, '->', report_escape/* escapeText */.X1),
            delta(n.flopsDelta, 'count', n.deltaBound), delta(n.macsDelta, 'count', n.deltaBound), delta(n.memoryBytesDelta, 'bytes', n.deltaBound),
        ]), [0, 1, 2]));
        if (why.nodesChanged > why.nodes.length)
            out.push(`  ${why.nodesChanged - why.nodes.length} more nodes`);
    }
    return out;
}
function verdictLine(report) {
    if (!hasBudgets(report) && report.passed && report.warnings === 0)
        return headline(report);
    return `${report.passed ? (report.warnings > 0 ? 'WARN' : 'PASS') : 'FAIL'}: ${headlineWithoutIcon(report)}`;
}
function renderText(report) {
    const budgeted = hasBudgets(report);
    const lines = [verdictLine(report), ''];
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
        const status = statusText(m, (p) => (0,report_escape/* escapeText */.X1)(p));
        lines.push(`[${text_MARK[m.verdict]}] ${name}${(0,report_escape/* escapeText */.X1)(m.path)} (${status})`);
        if (m.noWeights !== undefined) {
            lines.push(`  no weights: ${(0,report_escape/* escapeText */.X1)(m.noWeights, 300)}`, ...m.notes.map((n) => `  note: ${(0,report_escape/* escapeText */.X1)(n, 400)}`), '');
            continue;
        }
        if (m.shapes && m.shapes.length > 0)
            lines.push(`  measured at ${m.shapes.map((t) => (0,report_escape/* escapeText */.X1)(t, 120)).join(', ')}`);
        for (const w of m.warnings ?? [])
            lines.push(`  WARN ${(0,report_escape/* escapeText */.X1)(w, 400)}`);
        if (m.error)
            lines.push(`  could not measure: ${(0,report_escape/* escapeText */.X1)(m.error, 400)}`);
        const table = m.rows.map((r) => [
            units/* METRIC_LABELS */.t8[r.metric],
            cell(r.base, r.baseLowerBound, r.unit, r.baseNotAvailable),
            m.error && r.head === null ? 'not measured' : cell(r.head, r.headLowerBound, r.unit, r.headNotAvailable),
            text_change(r, m.status === 'deleted'),
            r.budget === null ? '' : `${(0,report_escape/* escapeText */.X1)(r.budget, 200)}${r.level === 'warning' ? ' (warning)' : r.level === 'off' ? ' (off)' : ''}`,
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
    for (const e of (0,no_weights/* budgetsOnlyOnNoWeights */.s0)(report.models))
        lines.push(`note: the budgets of ${(0,report_escape/* escapeText */.X1)(e.name)} (${e.budgets.map((b) => (0,report_escape/* escapeText */.X1)(b, 100)).join(', ')}) matched only files with no weights: nothing was checked against them`);
    if (report.ignored.length > 0)
        lines.push(`ignored by the config: ${report.ignored.map((p) => (0,report_escape/* escapeText */.X1)(p)).join(', ')}`);
    return `${lines.join('\n').trimEnd()}\n`;
}

;// CONCATENATED MODULE: ./build/src/report/index.js





/***/ })

};
