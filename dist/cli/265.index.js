export const id = 265;
export const ids = [265];
export const modules = {

/***/ 1265:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDiff: () => (/* binding */ runDiff)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var _budget_gate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4958);
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5875);
/* harmony import */ var _io_pipeline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9810);
/* harmony import */ var _io_sources_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9008);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4183);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2315);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6760);
/**
 * `model-budget diff <base.onnx> <head.onnx> [--config FILE] [--format md|text|json]`: two model
 * files compared like the gate compares a changed model (budgets from the config entry matching
 * the head path). Exit 1 when a budget is exceeded, 0 otherwise.
 */









async function runDiff(argv, io = _check_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultIo */ .Qy) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                config: { type: 'string' },
                format: { type: 'string', default: 'md' },
            },
        });
    }
    catch (e) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_8__/* .CliUsageError */ ._(e instanceof Error ? e.message : String(e));
    }
    const { values, positionals } = parsed;
    if (positionals.length !== 2)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_8__/* .CliUsageError */ ._('diff takes two model files: <base.onnx> <head.onnx>');
    const format = values.format;
    if (!['md', 'text', 'json'].includes(format))
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_8__/* .CliUsageError */ ._('--format must be one of md, text, json');
    const [basePath, headPath] = positionals.map((p) => (0,node_path__WEBPACK_IMPORTED_MODULE_7__.resolve)(io.cwd, p));
    for (const p of [basePath, headPath])
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_6__.existsSync)(p))
            throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelFileError */ .E((0,node_path__WEBPACK_IMPORTED_MODULE_7__.relative)(io.cwd, p) || p, 'file not found');
    const config = await (0,_check_js__WEBPACK_IMPORTED_MODULE_5__/* .readConfigFile */ .RG)(io.cwd, values.config);
    // Each side is profiled in place; the head's path relative to cwd is what config globs see.
    const rel = (p) => (0,node_path__WEBPACK_IMPORTED_MODULE_7__.relative)(io.cwd, p).split(node_path__WEBPACK_IMPORTED_MODULE_7__.sep).join('/');
    const headRel = rel(headPath);
    const baseRel = rel(basePath);
    const materialiser = new _io_sources_js__WEBPACK_IMPORTED_MODULE_4__/* .Materialiser */ .BJ(io.cwd, 'skip');
    try {
        const models = await (0,_io_pipeline_js__WEBPACK_IMPORTED_MODULE_3__/* .profileChanges */ .z)({
            config,
            changes: [{ status: 'modified', path: headRel, ...(baseRel !== headRel ? { previousPath: baseRel } : {}) }],
            base: (0,_io_sources_js__WEBPACK_IMPORTED_MODULE_4__/* .dirSource */ .v9)(io.cwd, 'base', 'base file'),
            head: (0,_io_sources_js__WEBPACK_IMPORTED_MODULE_4__/* .dirSource */ .v9)(io.cwd, 'head', 'head file'),
            materialiser,
        });
        // Two explicit files: an unreadable one is a usage-level failure, not a gate verdict.
        const broken = models[0]?.error ?? models[0]?.baseError;
        if (broken)
            throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelFileError */ .E(broken.split(':')[0] ?? headRel, broken.split(':').slice(1).join(':').trim());
        const report = (0,_budget_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluateGate */ .DR)({ config, models: models.map((m) => ({ ...m, status: 'modified' })) });
        io.stdout((0,_check_js__WEBPACK_IMPORTED_MODULE_5__/* .renderReport */ .B1)(report, format));
        return report.passed ? 0 : 1;
    }
    finally {
        await materialiser.cleanup();
    }
}


/***/ })

};
