export const id = 265;
export const ids = [265];
export const modules = {

/***/ 1265:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDiff: () => (/* binding */ runDiff)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5875);
/* harmony import */ var _io_config_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6430);
/* harmony import */ var _io_pipeline_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6633);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2711);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8510);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2315);








async function runDiff(argv, io = _io_js__WEBPACK_IMPORTED_MODULE_6__/* .defaultIo */ .Qy) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCommandArgs */ .Qx)({
        args: argv,
        allowPositionals: true,
        options: {
            config: { type: 'string' },
            format: { type: 'string', default: 'md' },
        },
    });
    if (positionals.length !== 2)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_7__.CliUsageError('diff takes two model files: <base.onnx> <head.onnx>');
    const format = values.format;
    if (!_io_js__WEBPACK_IMPORTED_MODULE_6__/* .REPORT_FORMATS */ .EL.includes(format))
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_7__.CliUsageError(`--format must be one of ${_io_js__WEBPACK_IMPORTED_MODULE_6__/* .REPORT_FORMATS */ .EL.join(', ')}`);
    const [basePath, headPath] = positionals.map((p) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, p));
    for (const p of [basePath, headPath])
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p))
            throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelFileError */ .EO((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(io.cwd, p) || p, 'file not found');
    const top = await (0,_io_config_source_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryTop */ .Ky)(io.cwd);
    const root = top !== null && (0,_io_config_source_js__WEBPACK_IMPORTED_MODULE_3__/* .pathInside */ ._l)(top, basePath) !== null && (0,_io_config_source_js__WEBPACK_IMPORTED_MODULE_3__/* .pathInside */ ._l)(top, headPath) !== null ? top : io.cwd;
    const rel = (p) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, p).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
    const headRel = rel(headPath);
    const baseRel = rel(basePath);
    const { report, models } = await (0,_io_pipeline_js__WEBPACK_IMPORTED_MODULE_4__/* .runGate */ .Rg)((0,_io_pipeline_js__WEBPACK_IMPORTED_MODULE_4__/* .fileComparison */ .sM)(root, top ?? io.cwd, baseRel, headRel), {
        config: { ...(values.config !== undefined ? { file: values.config } : {}), cwd: io.cwd, from: 'head', label: '--config' },
        lfs: 'skip',
        ...(io.profile ? { profile: io.profile } : {}),
    });
    const m = models[0];
    const broken = m?.error !== undefined ? { path: headRel, message: m.error } : m?.baseError !== undefined ? { path: baseRel, message: m.baseError } : null;
    if (broken) {
        const prefix = `${broken.path}: `;
        throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelFileError */ .EO(broken.path, broken.message.startsWith(prefix) ? broken.message.slice(prefix.length) : broken.message);
    }
    io.stdout((0,_io_js__WEBPACK_IMPORTED_MODULE_6__/* .renderReport */ .B1)(report, format));
    return report.passed ? _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.OK : _graph_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.BREACH;
}


/***/ })

};
