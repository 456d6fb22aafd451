/** The budget gate's public API: config, units, verdicts and the JSON report. Pure (no I/O). */
export * from './types.js';
export { ConfigError, CONFIG_KEYS, DEFAULT_CONFIG_FILE, emptyConfig, matchModel, parseConfig } from './config.js';
export { evaluateGate, ReportValidationError, validateGateReport } from './gate.js';
export { computeWhy, DEFAULT_WHY_LIMIT, evaluateMetric, evaluateModel, metricValue, worstVerdict } from './evaluate.js';
export { compileGlob, globMatch, GlobError, normalizePath } from './glob.js';
export {
  formatAmount,
  formatBytes,
  formatCount,
  formatDelta,
  formatLimitPercent,
  formatPercent,
  METRIC_LABELS,
  METRIC_UNITS,
  parseAmount,
  parseBytes,
  parseCount,
  parsePercent,
  UnitError,
} from './units.js';
