export const id = 584;
export const ids = [584];
export const modules = {

/***/ 8774:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMerge: () => (/* binding */ runMerge)
});

// EXTERNAL MODULE: ./build/src/graph/errors.js
var errors = __webpack_require__(5875);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/formats/contained-file.js
var contained_file = __webpack_require__(4750);
// EXTERNAL MODULE: ./build/src/budget/shard.js
var shard = __webpack_require__(6595);
// EXTERNAL MODULE: ./build/src/budget/gate.js + 1 modules
var gate = __webpack_require__(6273);
// EXTERNAL MODULE: ./build/src/io/contained-read.js
var contained_read = __webpack_require__(5248);
// EXTERNAL MODULE: ./build/src/io/json-input.js
var json_input = __webpack_require__(1099);
// EXTERNAL MODULE: ./build/src/io/real-path.js
var real_path = __webpack_require__(2274);
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
        bytes = await (0,contained_read/* readContainedFile */.a)(path, {
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
    const parsed = (0,json_input/* parseJsonInput */.ou)(bytes);
    if ('problem' in parsed)
        throw fail(parsed.problem);
    try {
        return (0,gate/* validateGateReport */.yd)(parsed.value);
    }
    catch (e) {
        if (e instanceof errors/* ModelBudgetError */.jW)
            throw fail(e.message);
        throw e;
    }
}
async function writeReportFile(path, shown, text, options = {}) {
    const fail = (detail) => new ReportFileError(shown, detail, options.label);
    const dir = dirname(path);
    const within = options.within === undefined ? null : resolve(options.within);
    const confined = within !== null && isInside(within, resolve(path));
    const escapes = async () => {
        if (!confined)
            return false;
        const [realWithin, realDir] = await Promise.all([realpath(within), realPathAhead(dir)]);
        return !isInside(realWithin, realDir);
    };
    if (within !== null && resolve(path) === within)
        throw fail('is the workspace folder itself, not a file: not written');
    const outside = 'lies below a symbolic link that leads outside the workspace: not written';
    const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
        if (await escapes())
            throw fail(outside);
        await mkdir(dir, { recursive: true });
        if (await escapes())
            throw fail(outside);
        await writeFile(tmp, text, { flag: 'wx' });
        await rename(tmp, path);
    }
    catch (e) {
        await rm(tmp, { force: true }).catch(() => undefined);
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
            throw new shard/* ShardMergeError */.tg(`${options.label}${JSON.stringify(shown)}: lies outside the workspace`);
        }
        const st = await (0,promises_.stat)(path).catch(() => null);
        if (st?.isDirectory()) {
            const names = (await (0,promises_.readdir)(path)).filter((n) => n.endsWith('.json')).sort();
            if (names.length === 0)
                throw new shard/* ShardMergeError */.tg(`${options.label}${JSON.stringify(shown)}: no .json reports in this folder (was the artifact downloaded?)`);
            for (const n of names)
                out.push({ path: (0,external_node_path_.join)(path, n), shown: `${shown.replace(/\/+$/, '')}/${n}` });
        }
        else {
            out.push({ path, shown });
        }
        if (out.length > shard/* MAX_SHARDS */.hH)
            throw new shard/* ShardMergeError */.tg(`more than ${shard/* MAX_SHARDS */.hH} partial reports: a run has at most ${shard/* MAX_SHARDS */.hH} shards`);
    }
    return out;
}
async function mergeShardFiles(given, options) {
    const files = await listReports(given, options);
    const sizes = await Promise.all(files.map(async (f) => (await (0,promises_.stat)(f.path).catch(() => null))?.size ?? 0));
    const total = sizes.reduce((a, b) => a + b, 0);
    if (total > MAX_MERGE_BYTES) {
        const mib = (n) => `${Math.ceil(n / 1024 / 1024)} MiB`;
        throw new shard/* ShardMergeError */.tg(`${options.label}${given.map((g) => JSON.stringify(g)).join(', ')}: ${files.length} partial reports of ${mib(total)} in all, more than the ${mib(MAX_MERGE_BYTES)} a merge reads`);
    }
    const merger = new shard/* ShardMerger */.FE();
    for (const f of files) {
        const report = await readGateReport(f.path, f.shown, { label: options.label, ...(options.within !== undefined ? { within: options.within } : {}) });
        merger.add({ name: `${options.label}${JSON.stringify(f.shown)}`, report });
    }
    return merger.merge();
}

// EXTERNAL MODULE: ./build/src/cli/args.js
var args = __webpack_require__(2711);
// EXTERNAL MODULE: ./build/src/cli/io.js
var cli_io = __webpack_require__(8510);
// EXTERNAL MODULE: ./build/src/cli/usage.js
var usage = __webpack_require__(2315);
;// CONCATENATED MODULE: ./build/src/cli/merge.js





async function runMerge(argv, io = cli_io/* defaultIo */.Qy) {
    const { values, positionals } = (0,args/* parseCommandArgs */.Qx)({ args: argv, allowPositionals: true, options: { format: { type: 'string' } } });
    const format = (0,cli_io/* defaultReportFormat */.BZ)(io, values.format);
    if (!cli_io/* REPORT_FORMATS */.EL.includes(format))
        throw new usage.CliUsageError(`--format must be one of ${cli_io/* REPORT_FORMATS */.EL.join(', ')}`);
    if (positionals.length === 0)
        throw new usage.CliUsageError('merge needs the partial reports (files, or folders of .json files) of every shard');
    const { report } = await mergeShardFiles(positionals, { cwd: io.cwd, label: '' });
    io.stdout((0,cli_io/* renderReport */.B1)(report, format));
    return report.passed ? errors/* EXIT */.dc.OK : errors/* EXIT */.dc.BREACH;
}


/***/ }),

/***/ 4374:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ ownEntry),
/* harmony export */   RY: () => (/* binding */ setEntry),
/* harmony export */   ge: () => (/* binding */ nameTable)
/* harmony export */ });
function nameTable(entries) {
    return Object.freeze(Object.assign(Object.create(null), entries));
}
function ownEntry(record, key) {
    return Object.hasOwn(record, key) ? record[key] : undefined;
}
function setEntry(record, key, value) {
    if (key === '__proto__')
        Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
    else
        record[key] = value;
}


/***/ }),

/***/ 8187:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ roofline),
/* harmony export */   L: () => (/* binding */ nodeRoofline)
/* harmony export */ });
function nodeRoofline(work, hw) {
    const compute = work.flops / hw.peakFlops;
    const memory = work.bytes / hw.bandwidth;
    if (compute === 0 && memory === 0)
        return { latencySeconds: 0, bound: 'none' };
    return compute >= memory
        ? { latencySeconds: compute, bound: 'compute' }
        : { latencySeconds: memory, bound: 'memory' };
}
function roofline(nodes, hw) {
    let latency = 0;
    let flops = 0;
    let bytes = 0;
    let computeBound = 0;
    let memoryBound = 0;
    const perNode = nodes.map((n) => {
        const r = nodeRoofline(n, hw);
        latency += r.latencySeconds;
        flops += n.flops;
        bytes += n.bytes;
        if (r.bound === 'compute')
            computeBound++;
        else if (r.bound === 'memory')
            memoryBound++;
        return r;
    });
    return {
        latencySeconds: latency,
        arithmeticIntensity: bytes > 0 ? flops / bytes : 0,
        ridgePoint: hw.peakFlops / hw.bandwidth,
        computeBoundNodes: computeBound,
        memoryBoundNodes: memoryBound,
        nodes: perNode,
    };
}


/***/ }),

/***/ 9010:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ peakLowerBound),
/* harmony export */   BQ: () => (/* binding */ boundOpTypes),
/* harmony export */   GZ: () => (/* binding */ costsLowerBound),
/* harmony export */   HO: () => (/* binding */ PROFILE_SCHEMA_VERSION),
/* harmony export */   OI: () => (/* binding */ boundMetrics),
/* harmony export */   Vl: () => (/* binding */ PEAK_BOUND_METRICS),
/* harmony export */   m_: () => (/* binding */ PEAK_REASON_PREFIX),
/* harmony export */   rZ: () => (/* binding */ COST_BOUND_METRICS),
/* harmony export */   rl: () => (/* binding */ opTypeKey)
/* harmony export */ });
const PROFILE_SCHEMA_VERSION = 2;
const PEAK_REASON_PREFIX = 'peak activation memory: ';
const COST_BOUND_METRICS = ['macs', 'flops', 'memory', 'peak-memory', 'latency'];
const PEAK_BOUND_METRICS = ['peak-memory'];
function boundMetrics(totals) {
    if (totals?.lowerBound !== true)
        return [];
    const listed = totals.lowerBoundMetrics;
    if (listed !== undefined && listed.length > 0)
        return listed;
    const reasons = totals.lowerBoundReasons;
    return reasons.length > 0 && reasons.every((r) => r.startsWith(PEAK_REASON_PREFIX)) ? PEAK_BOUND_METRICS : COST_BOUND_METRICS;
}
function costsLowerBound(totals) {
    return boundMetrics(totals).includes('flops');
}
function peakLowerBound(totals) {
    return boundMetrics(totals).includes('peak-memory');
}
function opTypeKey(domain, opType) {
    return `${domain}\u0000${opType}`;
}
function boundOpTypes(p) {
    const out = new Set();
    if (!p)
        return out;
    for (const u of p.unknownOps)
        out.add(opTypeKey(u.domain, u.opType));
    for (const n of p.nodes ?? [])
        if (n.status !== 'ok' && n.inTotals !== false)
            out.add(opTypeKey(n.domain, n.opType));
    return out;
}


/***/ })

};
