export const id = 638;
export const ids = [638];
export const modules = {

/***/ 1638:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveProfileWorker: () => (/* binding */ serveProfileWorker)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5875);
/* harmony import */ var _profile_job_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4112);



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
