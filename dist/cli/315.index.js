export const id = 315;
export const ids = [315];
export const modules = {

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


/***/ })

};
