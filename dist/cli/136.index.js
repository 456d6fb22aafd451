export const id = 136;
export const ids = [136];
export const modules = {

/***/ 6136:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   defaultIo: () => (/* reexport safe */ _io_js__WEBPACK_IMPORTED_MODULE_10__.Qy),
/* harmony export */   renderReport: () => (/* reexport safe */ _io_js__WEBPACK_IMPORTED_MODULE_10__.B1),
/* harmony export */   runCheck: () => (/* binding */ runCheck)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5875);
/* harmony import */ var _io_config_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6430);
/* harmony import */ var _io_exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(261);
/* harmony import */ var _io_git_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8509);
/* harmony import */ var _io_glob_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4578);
/* harmony import */ var _io_pipeline_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6633);
/* harmony import */ var _io_profile_pool_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9230);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2933);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2711);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8510);
/* harmony import */ var _budget_units_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(3744);
/* harmony import */ var _budget_shard_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(6595);
/* harmony import */ var _io_profile_cache_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(4840);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(2315);
















async function runCheck(argv, io = _io_js__WEBPACK_IMPORTED_MODULE_10__/* .defaultIo */ .Qy) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .parseCommandArgs */ .Qx)({
        args: argv,
        allowPositionals: false,
        options: {
            base: { type: 'string' },
            config: { type: 'string' },
            'config-from': { type: 'string', default: 'base' },
            models: { type: 'string' },
            format: { type: 'string' },
            'min-change': { type: 'string' },
            lfs: { type: 'string', default: 'auto' },
            verbose: { type: 'boolean', default: false },
            jobs: { type: 'string' },
            shard: { type: 'string' },
            'cache-dir': { type: 'string' },
        },
    });
    const shard = values.shard === undefined ? undefined : (0,_budget_shard_js__WEBPACK_IMPORTED_MODULE_12__/* .parseShard */ .uK)(values.shard, '--shard');
    const format = (0,_io_js__WEBPACK_IMPORTED_MODULE_10__/* .defaultReportFormat */ .BZ)(io, values.format);
    let minChange;
    try {
        minChange = values['min-change'] === undefined ? undefined : (0,_budget_units_js__WEBPACK_IMPORTED_MODULE_11__/* .parsePercent */ .lo)(values['min-change']);
    }
    catch (e) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_14__.CliUsageError(`--min-change: ${e.message}`);
    }
    if (!_io_js__WEBPACK_IMPORTED_MODULE_10__/* .REPORT_FORMATS */ .EL.includes(format))
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_14__.CliUsageError(`--format must be one of ${_io_js__WEBPACK_IMPORTED_MODULE_10__/* .REPORT_FORMATS */ .EL.join(', ')}`);
    const jobs = values.jobs === undefined ? (0,_io_profile_pool_js__WEBPACK_IMPORTED_MODULE_7__/* .defaultJobs */ .yV)() : (0,_io_profile_pool_js__WEBPACK_IMPORTED_MODULE_7__/* .parseJobs */ .YF)(values.jobs);
    if (jobs === null)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_14__.CliUsageError(`--jobs must be a whole number from 1 to ${_io_profile_pool_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_JOBS */ .Eu}`);
    const lfs = values.lfs;
    if (!['auto', 'fetch', 'skip'].includes(lfs))
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_14__.CliUsageError('--lfs must be one of auto, fetch, skip');
    const configFrom = values['config-from'];
    if (!_io_config_source_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FROM */ .Ge.includes(configFrom))
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_14__.CliUsageError(`--config-from must be one of ${_io_config_source_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FROM */ .Ge.join(', ')}`);
    const models = (0,_io_glob_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePatterns */ .Z7)(values.models ?? _io_glob_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_MODEL_GLOBS */ .a8);
    try {
        (0,_io_glob_js__WEBPACK_IMPORTED_MODULE_5__/* .checkPatterns */ .uO)(models);
    }
    catch (e) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_14__.CliUsageError(`--models: ${e.message}`);
    }
    const log = values.verbose ? (m) => io.stderr(`${(0,_report_index_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeLog */ .Ah)(m)}\n`) : () => undefined;
    let top;
    try {
        top = await new _io_git_js__WEBPACK_IMPORTED_MODULE_4__/* .Git */ .TU(io.cwd).topLevel();
    }
    catch {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_14__.CliUsageError(`${io.cwd} is not inside a git repository`);
    }
    const comparison = await (0,_io_pipeline_js__WEBPACK_IMPORTED_MODULE_6__/* .localComparison */ .vH)(top, values.base, log);
    io.stderr(`${(0,_report_index_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeLog */ .Ah)(`model-budget check: ${comparison.description}`)}\n`);
    const { report } = await (0,_io_pipeline_js__WEBPACK_IMPORTED_MODULE_6__/* .runGate */ .Rg)(comparison, {
        config: { ...(values.config !== undefined ? { file: values.config } : {}), cwd: io.cwd, from: configFrom, label: '--config' },
        models,
        lfs,
        log,
        warn: (m) => io.stderr(`${(0,_report_index_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeLog */ .Ah)(`model-budget: warning: ${m}`)}\n`),
        ...(io.profile ? { profile: io.profile } : {}),
        ...(minChange !== undefined ? { minChange } : {}),
        jobs,
        progress: (line) => io.stderr(`${(0,_report_index_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeLog */ .Ah)(line)}\n`),
        ...(shard ? { shard } : {}),
        ...(values['cache-dir'] ? { cache: new _io_profile_cache_js__WEBPACK_IMPORTED_MODULE_13__/* .ProfileCache */ .EX((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, values['cache-dir']), log) } : {}),
    });
    const commands = (0,_io_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .commandUsage */ .T3)();
    log(`External commands (git, git-lfs): ${commands.runs}, running for ${Math.round(commands.busyMs)} ms of the run`);
    if (shard) {
        io.stdout((0,_io_js__WEBPACK_IMPORTED_MODULE_10__/* .renderReport */ .B1)(report, 'json'));
        return _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.OK;
    }
    io.stdout((0,_io_js__WEBPACK_IMPORTED_MODULE_10__/* .renderReport */ .B1)(report, format));
    return report.passed ? _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.OK : _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.BREACH;
}


/***/ })

};
