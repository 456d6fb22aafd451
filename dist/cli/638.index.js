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

/***/ 1638:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveProfileWorker: () => (/* binding */ serveProfileWorker)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5875);
/* harmony import */ var _profile_job_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4049);



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
function placeError(e) {
    return e.kind === 'input' ? new _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelBudgetError */ .jW(e.message) : _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InternalError */ .Gd.restore(e.internal);
}


/***/ })

};
