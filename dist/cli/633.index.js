export const id = 633;
export const ids = [633];
export const modules = {

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
/* harmony import */ var _budget_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4379);
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5875);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8509);
/* harmony import */ var _formats_contained_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4750);
/* harmony import */ var _contained_read_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5248);






const CONFIG_FROM = ['base', 'head'];
async function repositoryTop(cwd) {
    try {
        return await new _git_js__WEBPACK_IMPORTED_MODULE_3__/* .Git */ .TU(cwd).topLevel();
    }
    catch {
        return null;
    }
}
function configSpec(root, request) {
    const { file, from } = request;
    if (file === undefined)
        return { path: _budget_config_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CONFIG_FILE */ .Cu, explicit: false, from, label: request.label };
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(request.cwd ?? root, file);
    return { path: pathInside(root, full) ?? full, explicit: true, from, label: `${request.label}: ${file}` };
}
function pathInside(root, full) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, full);
    if (rel === '' || rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel))
        return null;
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
}
const MAX_CONFIG_BYTES = 1024 * 1024;
const TOO_LARGE = `larger than ${MAX_CONFIG_BYTES / 1024} KiB; a budget config is a few lines of YAML`;
async function readSide(spec, side) {
    if (!side)
        return null;
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(spec.path)) {
        let bytes;
        try {
            bytes = await (0,_contained_read_js__WEBPACK_IMPORTED_MODULE_5__/* .readContainedFile */ .a)(spec.path, { within: null, maxBytes: MAX_CONFIG_BYTES, tooLarge: TOO_LARGE });
        }
        catch (e) {
            if (e instanceof _contained_read_js__WEBPACK_IMPORTED_MODULE_5__/* .FileTooLargeError */ .y)
                throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(spec.path, 0, '', TOO_LARGE);
            if (e instanceof _formats_contained_file_js__WEBPACK_IMPORTED_MODULE_4__/* .UnsafeFileError */ .h)
                throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${spec.label}: ${e.reason}`);
            throw e;
        }
        return bytes ? bytes.toString('utf8') : null;
    }
    let bytes;
    try {
        bytes = await side.read(spec.path, MAX_CONFIG_BYTES + 1);
    }
    catch (e) {
        if (e instanceof _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelFileError */ .EO)
            throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(spec.path, 0, '', e.detail);
        throw e;
    }
    if (bytes && bytes.length > MAX_CONFIG_BYTES)
        throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(spec.path, 0, '', TOO_LARGE);
    return bytes ? bytes.toString('utf8') : null;
}
async function onSide(spec, sides, side, read) {
    try {
        return await read();
    }
    catch (e) {
        if (!(e instanceof _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL) || sides.base === null || side === null || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(spec.path))
            throw e;
        throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(e.file, e.line, e.key, `${e.detail} (the ${side.side}'s copy: ${side.description})`);
    }
}
async function loadConfig(spec, sides) {
    const [baseText, headText] = await Promise.all([onSide(spec, sides, sides.base, () => readSide(spec, sides.base)), onSide(spec, sides, sides.head, () => readSide(spec, sides.head))]);
    const baseConfig = baseText === null ? null : await onSide(spec, sides, sides.base, async () => (0,_budget_config_js__WEBPACK_IMPORTED_MODULE_1__/* .parseConfig */ .o4)(baseText, spec.path));
    const headConfig = headText === null ? null : await onSide(spec, sides, sides.head, async () => (0,_budget_config_js__WEBPACK_IMPORTED_MODULE_1__/* .parseConfig */ .o4)(headText, spec.path));
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
    return { config: null, source: null, note: `This pull request deletes ${spec.path}: no budgets apply.`, baseConfig, headConfig };
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
/* harmony import */ var _formats_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1822);


const DEFAULT_MODEL_GLOBS = (0,_formats_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .modelExtensions */ .Sk)().map((e) => `**/*${e}`).join(', ');
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
        (0,_budget_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .compileGlob */ .SO)(p.startsWith('!') ? p.slice(1) : p);
    return patterns;
}
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

/***/ 6633:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sM: () => (/* binding */ fileComparison),
  vH: () => (/* binding */ localComparison),
  Rg: () => (/* binding */ runGate)
});

// UNUSED EXPORTS: directoryComparison, profileChanges, pullRequestComparison, runLanes

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/budget/config.js + 2 modules
var budget_config = __webpack_require__(4379);
// EXTERNAL MODULE: ./build/src/formats/registry.js + 6 modules
var registry = __webpack_require__(1822);
// EXTERNAL MODULE: ./build/src/budget/units.js
var units = __webpack_require__(3744);
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
        out.push(`${config.file}:${entry.line}: model '${entry.name}' (${entry.path}): ${format.label} files store weights only, so budgets on ${metrics.map((m) => units/* METRIC_LABELS */.t8[m]).join(', ')} cannot be checked (they are reported as n/a)`);
    }
    return out;
}

// EXTERNAL MODULE: ./build/src/budget/gate.js + 1 modules
var gate = __webpack_require__(6273);
// EXTERNAL MODULE: ./build/src/profile/shape-label.js
var shape_label = __webpack_require__(577);
// EXTERNAL MODULE: ./build/src/budget/types.js
var types = __webpack_require__(4134);
;// CONCATENATED MODULE: ./build/src/budget/config-diff.js



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
    return entries.length ? entries.map(([k, v]) => `${k}=${(0,shape_label/* shapeLabel */.M)(v)}`).join(', ') : null;
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

// EXTERNAL MODULE: ./build/src/budget/evaluate.js + 2 modules
var evaluate = __webpack_require__(5490);
// EXTERNAL MODULE: ./build/src/budget/report-text.js
var report_text = __webpack_require__(2869);
// EXTERNAL MODULE: ./build/src/budget/shard.js
var budget_shard = __webpack_require__(6595);
// EXTERNAL MODULE: ./build/src/formats/contained-file.js
var contained_file = __webpack_require__(4750);
// EXTERNAL MODULE: ./build/src/graph/errors.js
var errors = __webpack_require__(5875);
// EXTERNAL MODULE: ./build/src/graph/name-table.js
var name_table = __webpack_require__(4374);
// EXTERNAL MODULE: ./build/src/io/exec.js
var exec = __webpack_require__(261);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
;// CONCATENATED MODULE: ./build/src/io/github.js




class github_GitHubApiError extends errors/* EnvironmentError */.eG {
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
const MAX_RESPONSE_BYTES = (/* unused pure expression or super */ null && (16 * 1024 * 1024));
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
        const defaults = getOctokit(token, { baseUrl }).request.endpoint.DEFAULTS.request ?? {};
        const request = { agent: defaults.agent, fetch: cappedFetch(defaults.fetch ?? fetch, MAX_RESPONSE_BYTES) };
        this.octokit = getOctokit(token, { baseUrl, request, throttle, retry: { retryAfterBaseValue: msPerSecond, retries: this.retries } }, guard(origin, this.log, this.attempts), retry, throttling);
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
        return new github_GitHubApiError(method, this.shown(url), status, detail, attempts, rateLimited);
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
function graphqlUrlFor(apiUrl) {
    const base = apiUrl.replace(/\/+$/, '');
    return base.endsWith('/api/v3') ? `${base.slice(0, -'/v3'.length)}/graphql` : `${base}/graphql`;
}

// EXTERNAL MODULE: ./build/src/io/git.js + 1 modules
var io_git = __webpack_require__(8509);
;// CONCATENATED MODULE: ./build/src/io/baseline.js




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
function eventHeadSha(event) {
    if (isPullRequestEvent(event.eventName))
        return shaAt(event.payload, 'pull_request', 'head', 'sha');
    if (event.eventName === 'push')
        return shaAt(event.payload, 'after');
    if (event.eventName === 'merge_group')
        return shaAt(event.payload, 'merge_group', 'head_sha');
    return null;
}
async function baseline_resolveBaseline(git, event, opts, client, log) {
    const headHead = await git.resolveCommit('HEAD');
    const isPr = isPullRequestEvent(event.eventName);
    const payload = event.payload;
    let headSha = opts.headSha || eventHeadSha(event);
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
async function baseline_changedFiles(git, baseline, event, client, log) {
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

// EXTERNAL MODULE: ./build/src/io/lfs.js
var lfs = __webpack_require__(8309);
// EXTERNAL MODULE: ./build/src/io/link-aliases.js
var link_aliases = __webpack_require__(8865);
// EXTERNAL MODULE: ./build/src/io/sources.js
var sources = __webpack_require__(9008);
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
const MAX_COMPARED_IN_MEMORY = (/* unused pure expression or super */ null && (64 * 1024 * 1024));
async function sameContent(base, head, path) {
    try {
        const [a, b] = await Promise.all([base.size(path), head.size(path)]);
        if (a === null || b === null || a !== b)
            return false;
        const [fa, fb] = await Promise.all([base.localFile(path), head.localFile(path)]);
        if (fa !== null && fb !== null)
            return await filesEqual(fa, fb, path);
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
// EXTERNAL MODULE: ./build/src/io/profile-pool.js
var profile_pool = __webpack_require__(9230);
// EXTERNAL MODULE: ./build/src/io/profile-job.js
var profile_job = __webpack_require__(4049);
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

// EXTERNAL MODULE: ./build/src/io/profile-cache.js + 1 modules
var profile_cache = __webpack_require__(4840);
// EXTERNAL MODULE: ./build/src/io/real-path.js
var real_path = __webpack_require__(2274);
;// CONCATENATED MODULE: ./build/src/io/pipeline.js

























async function directoryComparison(workDir, basePath, headPath) {
    const hp = resolve(workDir, headPath);
    const bp = resolve(workDir, basePath);
    for (const [name, p, given] of [['head-path', hp, headPath], ['base-path', bp, basePath]]) {
        if (!existsSync(p))
            throw new UsageError(`input '${name}': directory ${p} does not exist`);
        if (!statSync(p).isDirectory())
            throw new UsageError(`input '${name}': ${given} is not a directory`);
    }
    const head = dirSource(hp, 'head', `directory ${headPath}`);
    const base = dirSource(bp, 'base', `directory ${basePath}`);
    const configRoot = (await repositoryTop(workDir)) ?? workDir;
    const configSides = { base: null, head: dirSource(configRoot, 'head', 'checkout') };
    return { root: workDir, configRoot, base, head, configSides, baseline: null, changes: (isModel, opts) => diffDirectories(base, head, isModel, opts) };
}
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
async function defaultBase(git) {
    for (const ref of ['refs/remotes/origin/HEAD', 'refs/remotes/origin/main', 'refs/remotes/origin/master', 'refs/heads/main', 'refs/heads/master']) {
        if (await git.resolveCommit(ref))
            return ref.replace(/^refs\/(remotes|heads)\//, '');
    }
    throw new errors/* UsageError */.eb('no --base given and no origin/HEAD, main or master branch found; pass --base <git-ref>');
}
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
        baseSha = mb === headCommit && baseRef === undefined ? ((await git.parents(headCommit))[0] ?? null) : (mb ?? baseTip);
    }
    const head = (0,sources/* dirSource */.v9)(top, 'head', 'working tree', headCommit, () => git.listWorkingFiles());
    const baseTree = baseSha ? (0,sources/* gitSource */.Ym)(git, baseSha, 'base') : null;
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
        base: baseTree ?? (0,sources/* emptySource */.$_)('base', 'no base commit'),
        head,
        configSides: { base: baseTree, head },
        baseline: null,
        commits: { base: baseSha, head: headCommit },
        changes: async (isModel, opts) => changes_findModelChanges(await files(), isModel, baseTree, head, opts),
        description: `base ${ref} (${baseSha ?? 'none'}), head: working tree${headCommit ? ` on ${headCommit.slice(0, 12)}` : ''}`,
    };
}
function fileComparison(root, configRoot, basePath, headPath) {
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
async function runGate(comparison, options) {
    const log = options.log ?? (() => undefined);
    const spec = (0,config_source/* configSpec */.KA)(comparison.configRoot ?? comparison.root, options.config);
    const loaded = await (0,config_source/* loadConfig */.Z9)(spec, comparison.configSides);
    if (loaded.config)
        log(`Budgets from ${loaded.config.file} (${loaded.source} side)`);
    else
        log(`No config at ${spec.path}: reporting changed models without budgets`);
    const patterns = options.models;
    const defaultGlobs = patterns !== undefined && patterns.join('\n') === (0,glob/* parsePatterns */.Z7)(glob/* DEFAULT_MODEL_GLOBS */.a8).join('\n');
    const cache = options.cache && (await cacheOutsideCheckout(options.cache, comparison.root, options.warn ?? log)) ? options.cache : undefined;
    const materialiser = new sources/* Materialiser */.BJ(comparison.root, options.lfs, log, options.warn);
    const opened = new OpenedModels(materialiser);
    try {
        const changes = await comparison.changes(patterns ? (p) => (0,glob/* matchesAny */._I)(p, patterns) : () => true, { defaultGlobs, log, warn: options.warn ?? log, opener: opened });
        log(`Changed models: ${changes.length ? changes.map((c) => `${c.path} (${c.status})`).join(', ') : 'none'}`);
        const slice = options.shard ? (0,budget_shard/* shardPaths */.$J)(changes.map((c) => c.path), options.shard) : null;
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
        const report = (0,gate/* evaluateGate */.DR)({ config: loaded.config, models, provenance: provenance(loaded), ...minChange });
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
        const [realRoot, realCache] = await Promise.all([(0,promises_.realpath)(root), (0,real_path/* realPathAhead */.v)(cache.dir)]);
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
        models: changes.map((c) => (0,report_text/* clipText */.gL)(c.path)),
        baseSha: comparison.baseline ? comparison.baseline.baseSha : (comparison.commits?.base ?? null),
        headSha: comparison.baseline ? comparison.baseline.headSha : (comparison.commits?.head ?? null),
        settings: (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(settings)).digest('hex'),
        level: (0,gate/* defaultLevelOf */.n$)(loaded.config),
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
        const outcome = await (0,profile_cache/* cachedJob */.Ob)(opts.cache ?? null, source, { path, runs }, async (asked) => {
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
    const match = config ? (0,budget_config/* matchChange */.Wj)(config, change).match : null;
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
    const runner = (0,profile_pool/* jobRunner */._1)(opts.jobs ?? 1, tasks.length, opts.profile);
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
            ...(0,evaluate/* sameFile */.Vi)(change),
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


/***/ }),

/***/ 4840:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EX: () => (/* binding */ ProfileCache),
  Ob: () => (/* binding */ cachedJob)
});

// UNUSED EXPORTS: MAX_ENTRY_BYTES, codeFingerprint, codeRoot, fingerprintOf

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./build/src/budget/schema-validator.js
var schema_validator = __webpack_require__(5971);
;// CONCATENATED MODULE: ./build/schema/profile.schema.json
const profile_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/model-budget/model-budget/schema/profile.schema.json","title":"model-budget profile (schemaVersion 2)","description":"What `model-budget profile --format json` prints for one model. Documented field by field in docs/json-schema.md. Counts are plain numbers (elements, MACs, FLOPs); byte sizes are bytes; times are seconds. A breaking change bumps schemaVersion; new optional fields may appear within version 2. A metric the model\'s format cannot measure is null (never 0) and `unavailable` says why.","type":"object","required":["schemaVersion","model","inputs","outputs","params","opHistogram","unknownOps","warnings"],"additionalProperties":false,"properties":{"schemaVersion":{"const":2},"model":{"type":"object","required":["path","format","formatVersion","fileBytes","externalDataBytes","producer","opsets"],"additionalProperties":false,"properties":{"path":{"type":"string","description":"The model path as given (or its display name)."},"format":{"enum":["onnx","pytorch","safetensors","gguf","tflite","tensorflow","keras"],"description":"The format the file was read as (magic bytes first, extension second)."},"formatVersion":{"type":"string","description":"The file\'s own version as shown in reports (\'IR 8\' for ONNX); \'\' when it has none."},"fileBytes":{"$ref":"#/$defs/count","description":"Size of the model file itself."},"externalDataBytes":{"$ref":"#/$defs/count","description":"Bytes of the side files read with the model: ONNX external data, other shards of a set, config.json (0 when none)."},"producer":{"type":"string","description":"Tool that wrote the file, with its version (\'pytorch 1.13.1\'); \'\' when absent."},"opsets":{"type":"object","description":"Op set version by domain; the default domain is written \'ai.onnx\'. Empty for a file without a graph.","additionalProperties":{"type":"integer"}}}},"inputs":{"type":"array","items":{"$ref":"#/$defs/value"},"description":"Graph inputs that are not initializers."},"outputs":{"type":"array","items":{"$ref":"#/$defs/value"}},"params":{"type":"object","required":["total","bytes","byDtype","nonWeight"],"additionalProperties":false,"properties":{"total":{"$ref":"#/$defs/count","description":"Weight elements: for a graph, floating-point, complex and <=16-bit integer initializers and constant tensors, and wider integer ones holding quantized values, all graphs; for a weights file, elements of the unique parameter storages (tied weights and views count once; buffers and optimizer state apart)."},"bytes":{"$ref":"#/$defs/count","description":"Storage bytes of those elements at their real dtype."},"byDtype":{"type":"object","description":"Dtype name (float32, float16, int8, int4, q4_K, ...), followed by the quantization in parentheses when the file states one -> elements and bytes.","additionalProperties":{"$ref":"#/$defs/dtypeBytes"}},"nonWeight":{"$ref":"#/$defs/dtypeBytes","description":"The other int32/int64 and bool constants (shapes, indices, masks): not params."}}},"opHistogram":{"type":"object","description":"Op type -> node count over every graph (subgraphs included, local functions not expanded). Ops of other domains are keyed \'<domain>.<opType>\'.","additionalProperties":{"type":"integer","minimum":1}},"totals":{"type":["object","null"],"description":"Absent when shapes and costs were not computed (structure-only profile); null when the format cannot measure them (weights only): `unavailable` says why.","required":["macs","flops","memoryBytes","peakActivationBytes","lowerBound","lowerBoundReasons"],"additionalProperties":false,"properties":{"macs":{"$ref":"#/$defs/count","description":"Multiply-accumulates of contractions only."},"flops":{"$ref":"#/$defs/count","description":"2 * MACs + all other arithmetic (docs/metrics.md)."},"memoryBytes":{"$ref":"#/$defs/count","description":"Memory access: bytes read and written by the nodes."},"peakActivationBytes":{"$ref":"#/$defs/count","description":"Most activation bytes live at once (weights excluded)."},"peakActivationNode":{"type":"string","description":"Node during which the peak is reached (\'\' when it is the graph inputs alone)."},"lowerBound":{"type":"boolean","description":"True when some work could not be counted: every total is then a lower bound."},"lowerBoundReasons":{"type":"array","items":{"type":"string"}},"lowerBoundMetrics":{"type":"array","uniqueItems":true,"items":{"enum":["macs","flops","memory","peak-memory","latency"]},"description":"Which totals are lower bounds: all of them when some node could not be costed, [\\"peak-memory\\"] when only a value\'s size is unknown (a string tensor), [] when exact. Absent in profiles written before it."},"exact":{"$ref":"#/$defs/exact"}}},"byOpType":{"type":"array","description":"Per (domain, op type) sums over the main-graph nodes, sorted by FLOPs descending; rows add up to totals.","items":{"type":"object","required":["opType","domain","count","macs","flops","memoryBytes"],"additionalProperties":false,"properties":{"opType":{"type":"string"},"domain":{"type":"string","description":"\'\' for the default ONNX domain."},"count":{"type":"integer","minimum":1},"macs":{"$ref":"#/$defs/count"},"flops":{"$ref":"#/$defs/count"},"memoryBytes":{"$ref":"#/$defs/count"},"exact":{"$ref":"#/$defs/exact"}}}},"nodes":{"type":"array","description":"Every node in execution order, control-flow body nodes after their owner (scope says where). Absent when the per-node table was not requested.","items":{"type":"object","required":["name","opType","domain","scope","outputShapes","params","macs","flops","memoryBytes","status"],"additionalProperties":false,"properties":{"name":{"type":"string","description":"Node name; unnamed nodes get \'<opType>@<index>\'."},"opType":{"type":"string"},"domain":{"type":"string"},"scope":{"type":"string","description":"\'\' for the main graph; \'<node>/<attribute>\' path for subgraph nodes; a function name for expanded local-function nodes."},"outputShapes":{"type":"array","items":{"oneOf":[{"type":"null"},{"type":"array","items":{"$ref":"#/$defs/dim"}}]}},"params":{"$ref":"#/$defs/count","description":"Weight elements of the constant inputs this node reads."},"macs":{"$ref":"#/$defs/count"},"flops":{"$ref":"#/$defs/count"},"memoryBytes":{"$ref":"#/$defs/count"},"status":{"enum":["ok","unknown-op","unresolved","error","lower-bound"]},"note":{"type":"string"},"latencySeconds":{"type":"number","minimum":0,"description":"Roofline time of a main-graph node, when hardware was given."},"inTotals":{"const":false,"description":"Present (false) on nodes inside a control-flow body: their cost is already in their If/Loop/Scan node\'s, so sums over nodes skip them."},"exact":{"$ref":"#/$defs/exact"}}}},"formulas":{"type":"object","description":"Each cost metric as an exact polynomial of the free symbolic dims (issue 15), or why there is none with the sampled values. Present from `model-budget profile` when the model has dims left free.","required":["dims","fixed","metrics"],"additionalProperties":false,"properties":{"dims":{"type":"array","items":{"type":"string"}},"fixed":{"type":"object","additionalProperties":{"type":"integer"}},"note":{"type":"string"},"metrics":{"type":"object","additionalProperties":false,"properties":{"macs":{"$ref":"#/$defs/metricFormula"},"flops":{"$ref":"#/$defs/metricFormula"},"memoryBytes":{"$ref":"#/$defs/metricFormula"},"peakActivationBytes":{"$ref":"#/$defs/metricFormula"}}}}},"roofline":{"type":"object","description":"Present when hardware was given (--hardware or --peak-flops/--bandwidth).","required":["hardware","peakFlops","bandwidth","latencySeconds","arithmeticIntensity","computeBoundNodes","memoryBoundNodes"],"additionalProperties":false,"properties":{"hardware":{"type":"string","description":"Preset id, \'custom\', or \'<id>+custom\' when a preset number was overridden."},"hardwareName":{"type":"string"},"peakFlops":{"type":"number","exclusiveMinimum":0,"description":"FLOP/s."},"bandwidth":{"type":"number","exclusiveMinimum":0,"description":"Bytes/s."},"latencySeconds":{"type":"number","minimum":0},"arithmeticIntensity":{"type":"number","minimum":0,"description":"Total FLOPs / total memory bytes (0 when no bytes move)."},"ridgePoint":{"type":"number","exclusiveMinimum":0,"description":"peakFlops / bandwidth, FLOP per byte."},"computeBoundNodes":{"type":"integer","minimum":0},"memoryBoundNodes":{"type":"integer","minimum":0}}},"unavailable":{"type":"object","description":"Metrics this model\'s format cannot measure, and why (reports show them as n/a, never 0).","required":["metrics","reason"],"additionalProperties":false,"properties":{"metrics":{"type":"array","items":{"enum":["macs","flops","memory","peak-memory","latency"]}},"reason":{"type":"string"}}},"weights":{"type":"object","description":"Present for weights-only formats (PyTorch, safetensors, GGUF, TensorFlow) and for Keras, whose graph profile also tells weights apart (BatchNorm statistics, optimizer variables).","required":["tensors","buffers","optimizer","modules","metadata"],"additionalProperties":false,"properties":{"tensors":{"type":"integer","minimum":0,"description":"Stored tensors of every role."},"buffers":{"$ref":"#/$defs/state","description":"Non-learned module state (BatchNorm running stats, num_batches_tracked): not params."},"optimizer":{"$ref":"#/$defs/state","description":"Optimizer state (Adam moments, momentum buffers): never params."},"modules":{"type":"array","description":"Params per module from dotted tensor names (every proper prefix), shallow modules first, then by params; at most 2000 rows.","items":{"type":"object","required":["name","params","bytes"],"additionalProperties":false,"properties":{"name":{"type":"string"},"params":{"$ref":"#/$defs/count"},"bytes":{"$ref":"#/$defs/count"}}}},"metadata":{"type":"object","additionalProperties":{"type":"string"},"description":"Metadata the file carries (safetensors __metadata__, GGUF general.*), as text."},"llm":{"type":"object","description":"Decoder-only LLM figures from the decoder hyper-parameters (config.json or GGUF metadata); formulas in docs/metrics.md.","required":["context","contextSource","macsPerToken","macs","kvCacheBytesPerToken","kvCacheBytesAtContext","kvCacheElementBytes"],"additionalProperties":false,"properties":{"context":{"type":"integer","minimum":1,"description":"Context length the figures are for."},"contextSource":{"enum":["config","model","default"],"description":"dims.context from the config, the model\'s maximum, or the default cap."},"macsPerToken":{"$ref":"#/$defs/count","description":"Multiply-accumulates to generate one token with `context` tokens cached."},"macs":{"type":"object","required":["attentionProjections","attentionScores","mlp","router","lmHead"],"additionalProperties":false,"properties":{"attentionProjections":{"$ref":"#/$defs/count"},"attentionScores":{"$ref":"#/$defs/count"},"mlp":{"$ref":"#/$defs/count"},"router":{"$ref":"#/$defs/count"},"lmHead":{"$ref":"#/$defs/count"}}},"kvCacheBytesPerToken":{"$ref":"#/$defs/count"},"kvCacheBytesAtContext":{"$ref":"#/$defs/count"},"kvCacheElementBytes":{"$ref":"#/$defs/count"},"moe":{"type":"object","required":["totalParams","activeParams","expertParams","expertParamsFrom"],"additionalProperties":false,"properties":{"totalParams":{"$ref":"#/$defs/count"},"activeParams":{"$ref":"#/$defs/count"},"expertParams":{"$ref":"#/$defs/count"},"expertParamsFrom":{"enum":["tensors","spec"]}}}}}}},"unknownOps":{"type":"array","description":"Ops without a definition, subgraphs included; never guessed.","items":{"type":"object","required":["domain","opType","count"],"additionalProperties":false,"properties":{"domain":{"type":"string"},"opType":{"type":"string"},"count":{"type":"integer","minimum":1}}}},"warnings":{"type":"array","items":{"type":"string"}}},"$defs":{"metricFormula":{"type":"object","required":["polynomial"],"additionalProperties":false,"properties":{"polynomial":{"type":"boolean"},"terms":{"type":"array","items":{"type":"object","required":["numerator","denominator","powers"],"additionalProperties":false,"properties":{"numerator":{"type":"string","description":"Exact integer as a decimal string (may pass 2^53)."},"denominator":{"type":"string"},"powers":{"type":"object","additionalProperties":{"type":"integer","minimum":1}}}}},"degree":{"type":"object","additionalProperties":{"type":"integer","minimum":0}},"reason":{"type":"string"},"values":{"type":"array","items":{"type":"object","required":["at","value"],"additionalProperties":false,"properties":{"at":{"type":"object","additionalProperties":{"type":"integer"}},"value":{"type":["number","null"]}}}}}},"count":{"type":"number","minimum":0},"exact":{"type":"object","description":"Exact decimal values of the sibling counts that are beyond 2^53 (Number.MAX_SAFE_INTEGER), where a JSON number read by a JS consumer is only the nearest double. Present only when at least one count needs it; the number fields keep their (rounded) values.","additionalProperties":false,"minProperties":1,"properties":{"macs":{"type":"string","pattern":"^[0-9]+$"},"flops":{"type":"string","pattern":"^[0-9]+$"},"memoryBytes":{"type":"string","pattern":"^[0-9]+$"},"peakActivationBytes":{"type":"string","pattern":"^[0-9]+$"}}},"dim":{"oneOf":[{"type":"integer","minimum":0},{"type":"string"}]},"state":{"type":"object","required":["tensors","elements","bytes"],"additionalProperties":false,"properties":{"tensors":{"type":"integer","minimum":0},"elements":{"$ref":"#/$defs/count"},"bytes":{"$ref":"#/$defs/count"}}},"dtypeBytes":{"type":"object","required":["elements","bytes"],"additionalProperties":false,"properties":{"elements":{"$ref":"#/$defs/count"},"bytes":{"$ref":"#/$defs/count"}}},"value":{"type":"object","required":["name","dtype","shape"],"additionalProperties":false,"properties":{"name":{"type":"string"},"dtype":{"type":["string","null"],"description":"Element type name (float32, int64, ...), null when the file gives none."},"shape":{"description":"Dims as stored in the file: integers, symbolic names, null for an unknown dim; null when the rank is unknown.","oneOf":[{"type":"null"},{"type":"array","items":{"oneOf":[{"type":"integer","minimum":0},{"type":"string"},{"type":"null"}]}}]},"boundShape":{"description":"The shape the numbers were computed at, when it differs from shape (strings: dims that stayed symbolic).","oneOf":[{"type":"null"},{"type":"array","items":{"$ref":"#/$defs/dim"}}]}}}}}');
// EXTERNAL MODULE: ./build/src/formats/contained-file.js
var contained_file = __webpack_require__(4750);
// EXTERNAL MODULE: ./build/src/io/contained-read.js
var contained_read = __webpack_require__(5248);
// EXTERNAL MODULE: ./build/src/io/json-input.js
var json_input = __webpack_require__(1099);
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
const profileValidator = (0,schema_validator/* lazyValidator */.f)(profile_schema_namespaceObject);
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
            bytes = await (0,contained_read/* readContainedFile */.a)(file, { within: this.dir, withinName: 'the cache directory', maxBytes: MAX_ENTRY_BYTES, tooLarge: `larger than ${MAX_ENTRY_BYTES / 1024 / 1024} MiB` });
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
        const parsed = (0,json_input/* parseJsonInput */.ou)(bytes);
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


/***/ }),

/***/ 4049:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ runProfileJob)
/* harmony export */ });
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(643);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _formats_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1822);
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5875);
/* harmony import */ var _profile_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6706);
/* harmony import */ var _sources_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9008);






async function runProfileJob(job, place, profile = _profile_index_js__WEBPACK_IMPORTED_MODULE_4__/* .profileLoaded */ .BR, opened) {
    const started = node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now();
    const ms = () => node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now() - started;
    let file = job.file;
    let root = job.root;
    const line = (e) => {
        let text = e.message.split('\n')[0] ?? e.message;
        for (const f of new Set([file, job.file]))
            text = text.split(f).join(job.path);
        for (const r of new Set([root, job.root]))
            text = text.split(`${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(r)}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`).join('');
        return text;
    };
    try {
        const model = opened ?? (await (0,_formats_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .openModel */ .GF)(file));
        const { placed } = await (0,_sources_js__WEBPACK_IMPORTED_MODULE_5__/* .bringSideFiles */ .p9)(job.path, file, (at) => model.sideFiles(at), place);
        if (placed?.kind === 'lfs')
            return { ...placed, ms: ms() };
        if (placed)
            ({ file, root } = placed);
        const loaded = await model.load(file, job.runs[0]?.dims ? { dims: job.runs[0].dims } : {});
        const runs = [];
        for (const options of job.runs) {
            try {
                runs.push({ profile: await profile(loaded, { ...options, displayPath: job.path }) });
            }
            catch (e) {
                if (!(e instanceof _graph_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ModelBudgetError */ .jW))
                    throw e;
                runs.push({ error: line(e) });
            }
        }
        return { kind: 'profiled', runs, ms: ms() };
    }
    catch (e) {
        if (e instanceof _graph_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ModelBudgetError */ .jW)
            return { kind: 'unreadable', error: line(e), ms: ms() };
        throw _graph_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InternalError */ .Gd.wrap(e, { model: job.path });
    }
}


/***/ }),

/***/ 9230:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eu: () => (/* binding */ MAX_JOBS),
/* harmony export */   YF: () => (/* binding */ parseJobs),
/* harmony export */   _1: () => (/* binding */ jobRunner),
/* harmony export */   yV: () => (/* binding */ defaultJobs)
/* harmony export */ });
/* unused harmony exports inProcessRunner, WorkerPool */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5919);
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5875);
/* harmony import */ var _profile_job_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4049);
/* harmony import */ var _worker_entry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3603);





const MAX_JOBS = 8;
function defaultJobs() {
    return Math.max(1, Math.min((0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)(), MAX_JOBS));
}
function parseJobs(text) {
    const t = text.trim();
    if (!/^[0-9]{1,2}$/.test(t))
        return null;
    const n = Number(t);
    return n >= 1 && n <= MAX_JOBS ? n : null;
}
function jobRunner(jobs, count, profile) {
    const entry = (0,_worker_entry_js__WEBPACK_IMPORTED_MODULE_4__/* .workerEntry */ .xA)();
    const size = Math.min(jobs, count);
    if (size <= 1 || profile !== undefined || entry === null)
        return inProcessRunner(profile);
    return new WorkerPool(size, entry);
}
function inProcessRunner(profile) {
    return { lanes: 1, run: (job, place) => (0,_profile_job_js__WEBPACK_IMPORTED_MODULE_3__/* .runProfileJob */ .E)(job, place, profile), close: async () => undefined };
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
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.Worker(this.entry, { argv: [_worker_entry_js__WEBPACK_IMPORTED_MODULE_4__/* .PROFILE_WORKER_ARG */ .m$], workerData: { role: _worker_entry_js__WEBPACK_IMPORTED_MODULE_4__/* .PROFILE_WORKER_ROLE */ .Y2 }, stdout: false, stderr: false });
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
                p.reject(_graph_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InternalError */ .Gd.wrap(new Error(`profile worker stopped: ${why}`), { model: p.job.path }));
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
                const w = _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InternalError */ .Gd.wrap(e, { model: p.job.path });
                reply = { type: 'placed', id: m.id, error: w instanceof _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelBudgetError */ .jW ? { kind: 'input', message: w.message } : { kind: 'internal', internal: w.toPlain() } };
            }
            worker.postMessage(reply);
            return;
        }
        this.busy.delete(worker);
        this.idle.push(worker);
        if (m.type === 'done')
            p.resolve(m.outcome);
        else
            p.reject(_graph_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InternalError */ .Gd.restore(m.error));
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


/***/ })

};
