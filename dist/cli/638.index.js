export const id = 638;
export const ids = [638];
export const modules = {

/***/ 4049:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ runProfileJob)
/* harmony export */ });
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(643);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _formats_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1822);
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5875);
/* harmony import */ var _profile_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2474);
/* harmony import */ var _sources_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9008);
/**
 * The gate's unit of work: one side (base or head) of one changed model, read once and profiled
 * at each of its operating points. It runs in-process or in a worker thread (profile-pool.ts),
 * so it takes and returns plain data (structured-clone safe): file names and options in,
 * profiles or one-line errors out. Side files are asked for through `place`: the model's format
 * names them from the decoded file (ONNX external data), and the main thread, which owns git
 * and the temporary folders, puts them beside it.
 */






/**
 * Reads the job's model once (its side files placed first) and profiles it at every run; `opened`
 * is that read when it was made already (io/changes.ts opened the model to see which side files
 * it names). A model that cannot be measured is a one-line error naming it by repository path;
 * anything else is our bug, thrown as an InternalError naming the model.
 */
async function runProfileJob(job, place, profile = _profile_index_js__WEBPACK_IMPORTED_MODULE_4__/* .profileLoaded */ .BR, opened) {
    const started = node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now();
    const ms = () => node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now() - started;
    let file = job.file;
    let root = job.root;
    // Messages name files where they were read (maybe a temporary copy, and its side files under
    // the same root); the report names them by repository path.
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
        // A model that cannot be measured is reported on that model; the rest of the gate goes on.
        if (e instanceof _graph_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ModelBudgetError */ .jW)
            return { kind: 'unreadable', error: line(e), ms: ms() };
        throw _graph_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InternalError */ .Gd.wrap(e, { model: job.path });
    }
}


/***/ }),

/***/ 1638:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveProfileWorker: () => (/* binding */ serveProfileWorker)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5875);
/* harmony import */ var _profile_job_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4049);
/**
 * A profile worker thread: runs the jobs the pool (profile-pool.ts) posts, one at a time, and
 * asks the main thread to place side files. Results cross as plain data; a bug of ours crosses
 * as the parts of an InternalError (message, model, op, original stack).
 */



/** `profile` is replaced by tests only (a worker entry of their own whose profiler has a bug). */
function serveProfileWorker(profile) {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
    if (!port)
        throw new Error('serveProfileWorker: not in a worker thread');
    const waiting = new Map();
    const send = (m) => port.postMessage(m);
    const run = async (id, job) => {
        const place = (paths) => new Promise((resolve, reject) => {
            waiting.set(id, { resolve, reject });
            send({ type: 'place', id, paths: [...paths] });
        });
        try {
            send({ type: 'done', id, outcome: await (0,_profile_job_js__WEBPACK_IMPORTED_MODULE_2__/* .runProfileJob */ .E)(job, place, profile) });
        }
        catch (e) {
            // runProfileJob turns every ModelBudgetError into an outcome: only our bugs reach here.
            const w = _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InternalError */ .Gd.wrap(e, { model: job.path });
            if (w instanceof _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InternalError */ .Gd)
                send({ type: 'failed', id, error: w.toPlain() });
            else
                send({ type: 'done', id, outcome: { kind: 'unreadable', error: w.message, ms: 0 } });
        }
    };
    port.on('message', (m) => {
        if (m.type === 'job') {
            void run(m.id, m.job);
            return;
        }
        const w = waiting.get(m.id);
        waiting.delete(m.id);
        if (!w)
            return;
        if ('placed' in m)
            w.resolve(m.placed);
        else
            w.reject(placeError(m.error));
    });
}
/** The main thread's failure to place a side file, as the error it was there. */
function placeError(e) {
    return e.kind === 'input' ? new _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelBudgetError */ .jW(e.message) : _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InternalError */ .Gd.restore(e.internal);
}


/***/ })

};
