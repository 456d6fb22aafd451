/**
 * Reads `.github/model-budget.yml` into a typed GateConfig. The caller passes the text (this
 * module does no I/O). Every problem is one ConfigError whose message names the file, the line
 * and the key, e.g.
 *   .github/model-budget.yml:7: models[0].budgets.flops.max: "60X" is not a count (use K/M/G/T)
 * Unknown keys are errors so that a typo (`max-increse`) never silently disables a budget.
 * schema/model-budget.schema.json describes the same rules for editors; this file is the authority.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node as YamlNode, Pair, YAMLMap } from 'yaml';
import { ConfigError } from '../graph/errors.js';
import { setEntry } from '../graph/name-table.js';
import { compileGlob, GlobError, normalizeRepoPath } from './glob.js';
import { formatAmount, formatLimitPercent, METRIC_UNITS, parseAmount, parsePercent, UnitError } from './units.js';
import { LEVELS, METRICS, POINT_METRICS } from './types.js';
import type { Budget, GateConfig, InputDim, LatencyBudget, Level, MetricName, ModelEntry, ModelMatch, OperatingPoint } from './types.js';
import { PointsReader, readDuration, readLatencyHardware } from './points-config.js';
import { resolveAliases } from './yaml-aliases.js';
import type { AliasTargets } from './yaml-aliases.js';

export { ConfigError };

export const DEFAULT_CONFIG_FILE = '.github/model-budget.yml';

/**
 * Values (scalars, lists, mappings) the config may hold once its aliases are expanded, counted
 * as the reader expands them. Twice what 1 MiB of YAML can hold written out (`[1,1,...]`), so
 * anchors never refuse a config that would be read without them; an alias bomb (lists of aliases
 * of lists of aliases: 10^9 values from 20 kB) stops here instead of running for hours.
 */
export const MAX_CONFIG_VALUES = 1_000_000;

/**
 * Characters of all the config's globs together (aliases expanded): each changed model is matched
 * against every glob, at about pattern x path steps (glob.ts MAX_GLOB_LENGTH), so a pull request's
 * config of 25,000 globs cost 30 ms a path. 128 Ki is 2,000 globs of 64 characters, more than a
 * monorepo's config holds; it bounds a match at a few milliseconds.
 */
export const MAX_CONFIG_GLOB_CHARS = 128 * 1024;

/** Keys each mapping accepts; exported so a test can hold the JSON schema to the same list. */
export const CONFIG_KEYS = {
  root: ['version', 'defaults', 'models', 'ignore'],
  defaults: ['level', 'dims', 'min-change'],
  model: ['name', 'path', 'inputs', 'dims', 'points', 'budgets'],
  budget: ['max', 'max-increase', 'min-delta', 'level', 'at'],
  budgets: [...METRICS, 'latency'],
  latency: ['max', 'max-increase', 'level', 'at', 'hardware'],
  hardware: ['name', 'peak-flops', 'bandwidth'],
} as const;


/** A config with no budgets: what the gate uses when the repository has no config file. */
export function emptyConfig(file: string = DEFAULT_CONFIG_FILE): GateConfig {
  return { version: 1, file, defaults: { level: 'error', dims: {} }, models: [], ignore: [] };
}

/**
 * Parses and validates the config text. `file` is only used in messages.
 * Throws ConfigError (one line, no stack needed) for any problem.
 */
export function parseConfig(text: string, file: string = DEFAULT_CONFIG_FILE): GateConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntax = doc.errors[0];
  if (syntax) {
    const line = lineCounter.linePos(syntax.pos[0]).line;
    const detail = (syntax.message.split('\n')[0] ?? 'invalid YAML').replace(/ at line \d+, column \d+:?$/, '');
    throw new ConfigError(file, line, '', `invalid YAML: ${detail}`);
  }
  return new Reader(file, lineCounter, resolveAliases(doc.contents)).root(doc.contents);
}

/**
 * Which config entry applies to a repository path: the ignore list wins, then the first model
 * entry whose glob matches. Unmatched models are still reported, with no budgets.
 */
export function matchModel(config: GateConfig, path: string): ModelMatch {
  const p = normalizeRepoPath(path);
  for (const pattern of config.ignore) {
    if (compileGlob(pattern).test(p)) return { kind: 'ignored', pattern };
  }
  for (let index = 0; index < config.models.length; index++) {
    const entry = config.models[index] as ModelEntry;
    if (compileGlob(entry.path).test(p)) {
      return { kind: 'matched', entry, index, dims: { ...config.defaults.dims, ...entry.dims }, inputs: entry.inputs };
    }
  }
  return { kind: 'unmatched', dims: { ...config.defaults.dims } };
}

/** The entry a changed model is held to, and, when it came from the model's base path, why. */
export interface ChangeMatch {
  readonly match: ModelMatch;
  /**
   * Set when the head path matches no entry or an ignore glob while the base path (a rename or
   * move) matched an entry: that entry applies, and this is the one-line note saying so.
   */
  readonly keptNote?: string;
}

/**
 * matchModel for a change: its head path decides, except that a model moved or renamed out of
 * every entry's glob, or under an ignore glob, keeps the entry its base path matched. Otherwise
 * a pull request would drop a model's budgets by moving it (git mv models/a.onnx
 * models/v2/a.onnx). A head path that matches another entry takes that entry: the config says
 * what applies there. The pipeline (which dims to profile with) and the gate (which budgets)
 * both decide with this, so they agree.
 */
export function matchChange(config: GateConfig, change: { readonly path: string; readonly previousPath?: string | undefined }): ChangeMatch {
  const head = matchModel(config, change.path);
  if (head.kind === 'matched' || change.previousPath === undefined || change.previousPath === change.path) return { match: head };
  const base = matchModel(config, change.previousPath);
  if (base.kind !== 'matched') return { match: head };
  // The entry's name and the old path are in the report's header already; the note stays short.
  const why = head.kind === 'ignored' ? 'is under an ignore glob' : 'matches no entry';
  return { match: base, keptNote: `the config entry of the base path applies: the new path ${why}` };
}

type Located = YamlNode | Pair | null | undefined;

class Reader {
  /** For points-config.ts, which reads points, `at` and latency budgets with this reader. */
  readonly join = joinKey;
  readonly show = show;

  /** Values the aliases resolved so far expand to (MAX_CONFIG_VALUES). */
  private expanded = 0;
  /** Characters of the globs read so far (MAX_CONFIG_GLOB_CHARS). */
  private globChars = 0;

  constructor(
    readonly file: string,
    private readonly lines: LineCounter,
    private readonly aliases: AliasTargets,
  ) {}

  lineOf(node: Located): number {
    const target = node && 'range' in node ? node : node && 'key' in node ? (node.key as YamlNode | null) : null;
    const range = target && 'range' in target ? target.range : undefined;
    return range ? this.lines.linePos(range[0]).line : 0;
  }

  fail(at: Located, key: string, detail: string): never {
    throw new ConfigError(this.file, this.lineOf(at), key, detail);
  }

  /** The node an alias stands for (else `node`); `key` names where it is, for errors. */
  private resolve(node: unknown, key: string): YamlNode | null {
    if (!isAlias(node)) return (node as YamlNode | null) ?? null;
    const found = this.aliases.get(node);
    // An alias naming no anchor read as an absent value: a misspelt `budgets: *std` dropped the budgets.
    if (found === undefined) return this.fail(node, key, `the alias *${node.source} names no anchor before it`);
    if (found === 'cycle') return this.fail(node, key, `the alias *${node.source} lies inside the value it names`);
    this.expanded += found.values;
    if (this.expanded > MAX_CONFIG_VALUES) this.fail(node, key, `aliases expand the config to more than ${MAX_CONFIG_VALUES} values (a YAML alias bomb?)`);
    return found.node;
  }

  /** The pairs of a mapping, rejecting keys not in `allowed`. */
  map(node: YamlNode | null, key: string, allowed: readonly string[] | null, at: Located): Map<string, { pair: Pair; value: YamlNode | null }> {
    if (!isMap(node)) this.fail(node ?? at, key, `expected a mapping${describe(node)}`);
    const out = new Map<string, { pair: Pair; value: YamlNode | null }>();
    for (const pair of (node as YAMLMap).items) {
      const keyNode = this.resolve(pair.key, key);
      const name = isScalar(keyNode) ? String(keyNode.value) : null;
      const here = name === null ? key : joinKey(key, name);
      if (name === null) this.fail(pair, key, 'keys must be plain names');
      if (allowed && !allowed.includes(name)) {
        const hint = suggest(name, allowed);
        this.fail(pair, here, `unknown key${hint ? ` (did you mean "${hint}"?)` : ` (expected one of: ${allowed.join(', ')})`}`);
      }
      const value = this.resolve(pair.value, here);
      // `key:` with nothing after it reads as absent, like leaving the key out.
      out.set(name, { pair, value: isScalar(value) && value.value === null ? null : value });
    }
    return out;
  }

  seq(node: YamlNode | null, key: string, at: Located): YamlNode[] {
    if (!isSeq(node)) this.fail(node ?? at, key, `expected a list${describe(node)}`);
    return node.items.map((item, i) => this.resolve(item, `${key}[${i}]`) as YamlNode);
  }

  scalar(node: YamlNode | null, key: string, at: Located): string | number | boolean | null {
    if (!isScalar(node)) this.fail(node ?? at, key, `expected a single value${describe(node)}`);
    const v = node.value;
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
    return this.fail(node, key, 'expected a number or text');
  }

  text(node: YamlNode | null, key: string, at: Located): string {
    const v = this.scalar(node, key, at);
    if (typeof v !== 'string' || v.trim() === '') this.fail(node ?? at, key, `expected text, got ${show(v)}`);
    return v;
  }

  percent(node: YamlNode | null, key: string, at: Located): number {
    const v = this.scalar(node, key, at);
    try {
      return parsePercent(typeof v === 'string' || typeof v === 'number' ? v : String(v));
    } catch (e) {
      if (e instanceof UnitError) this.fail(node ?? at, key, e.message);
      throw e;
    }
  }

  level(node: YamlNode | null, key: string, at: Located): Level {
    const v = this.scalar(node, key, at);
    if (typeof v !== 'string' || !(LEVELS as readonly string[]).includes(v)) {
      this.fail(node ?? at, key, `${show(v)} is not a level (use error, warning or off)`);
    }
    return v as Level;
  }

  private glob(node: YamlNode | null, key: string, at: Located): string {
    const pattern = this.text(node, key, at);
    this.globChars += pattern.length;
    if (this.globChars > MAX_CONFIG_GLOB_CHARS) {
      this.fail(node ?? at, key, `the config's globs hold more than ${MAX_CONFIG_GLOB_CHARS} characters together (each changed model is matched against every one)`);
    }
    try {
      compileGlob(pattern);
    } catch (e) {
      if (e instanceof GlobError) this.fail(node ?? at, key, e.message);
      throw e;
    }
    return pattern;
  }

  dims(node: YamlNode | null, key: string, at: Located): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [name, { pair, value }] of this.map(node, key, null, at)) {
      const v = this.scalar(value, joinKey(key, name), pair);
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
        this.fail(value ?? pair, joinKey(key, name), `${show(v)} is not a dimension (use a whole number >= 1)`);
      }
      setEntry(out, name, v);
    }
    return out;
  }

  inputs(node: YamlNode | null, key: string, at: Located): Record<string, InputDim[]> {
    const out: Record<string, InputDim[]> = {};
    for (const [name, { pair, value }] of this.map(node, key, null, at)) {
      const inputKey = joinKey(key, name);
      const shape = this.seq(value, inputKey, pair).map((item, i): InputDim => {
        const v = this.scalar(item, `${inputKey}[${i}]`, pair);
        if (typeof v === 'number' && Number.isInteger(v) && v >= 1) return v;
        if (typeof v === 'string' && /^[A-Za-z_][A-Za-z0-9_.:-]*$/.test(v)) return v;
        return this.fail(item ?? pair, `${inputKey}[${i}]`, `${show(v)} is not a dimension (use a whole number >= 1 or a symbolic dim name)`);
      });
      setEntry(out, name, shape);
    }
    return out;
  }

  private amount(node: YamlNode | null, key: string, at: Located, metric: MetricName): { value: number; text: string } {
    const unit = METRIC_UNITS[metric];
    const v = this.scalar(node, key, at);
    if (typeof v !== 'string' && typeof v !== 'number') this.fail(node ?? at, key, `${show(v)} is not a ${unit === 'count' ? 'count' : 'byte size'}`);
    try {
      const value = parseAmount(v, unit);
      // Show the limit the way the user wrote it (validated digits and a known suffix), so
      // `120MiB` reads `120 MiB` rather than its decimal conversion.
      const m = typeof v === 'string' ? /^\s*([0-9.]+)\s*([A-Za-z]+)\s*$/.exec(v) : null;
      const text = m ? `${m[1]} ${m[2] === 'k' ? 'K' : m[2]}` : formatAmount(value, unit, { trim: true });
      return { value, text };
    } catch (e) {
      if (e instanceof UnitError) this.fail(node ?? at, key, e.message);
      throw e;
    }
  }

  private budget(node: YamlNode | null, key: string, at: Located, metric: MetricName, points: readonly OperatingPoint[]): Budget {
    if (isScalar(node)) {
      this.fail(node, key, `expected a mapping such as { max: ${show(node.value).replace(/^"|"$/g, '')} }, got ${show(node.value)}`);
    }
    const fields = this.map(node, key, CONFIG_KEYS.budget, at);
    let max: { value: number; text: string } | undefined;
    let maxIncrease: number | undefined;
    let minDelta: { value: number; text: string } | undefined;
    let level: Level | undefined;
    let atPoints: readonly string[] | undefined;
    for (const [name, { pair, value }] of fields) {
      const k = joinKey(key, name);
      if (name === 'at') {
        if (!(POINT_METRICS as readonly string[]).includes(metric)) this.fail(pair, k, `${metric} does not depend on the operating point, so it takes no 'at'`);
        atPoints = new PointsReader(this).at(value, k, pair, points);
      } else if (name === 'max') max = this.amount(value, k, pair, metric);
      else if (name === 'min-delta') minDelta = this.amount(value, k, pair, metric);
      else if (name === 'level') level = this.level(value, k, pair);
      else {
        maxIncrease = this.percent(value, k, pair);
      }
    }
    if (max === undefined && maxIncrease === undefined) {
      this.fail(node ?? at, key, 'a budget needs max or max-increase');
    }
    if (minDelta !== undefined && maxIncrease === undefined) {
      this.fail(fields.get('min-delta')?.pair ?? at, joinKey(key, 'min-delta'), 'min-delta only applies together with max-increase');
    }
    const parts: string[] = [];
    if (max) parts.push(`≤ ${max.text}`);
    if (maxIncrease !== undefined) {
      parts.push(`+${formatLimitPercent(maxIncrease)}${minDelta ? ` if Δ > ${minDelta.text}` : ''}`);
    }
    return {
      ...(max ? { max: max.value, maxText: max.text } : {}),
      ...(maxIncrease !== undefined ? { maxIncrease } : {}),
      ...(minDelta ? { minDelta: minDelta.value, minDeltaText: minDelta.text } : {}),
      ...(level ? { level } : {}),
      ...(atPoints ? { at: atPoints } : {}),
      text: parts.join(', '),
    };
  }

  private latency(node: YamlNode | null, key: string, at: Located, points: readonly OperatingPoint[]): LatencyBudget {
    const fields = this.map(node, key, CONFIG_KEYS.latency, at);
    let max: { value: number; text: string } | undefined;
    let maxIncrease: number | undefined;
    let level: Level | undefined;
    let atPoints: readonly string[] | undefined;
    const hardwareField = fields.get('hardware');
    if (!hardwareField || hardwareField.value === null) this.fail(node ?? at, joinKey(key, 'hardware'), 'missing: name the devices, e.g. hardware: [jetson-orin-nano, pixel-8-cpu]');
    const hardware = readLatencyHardware(this, hardwareField.value, joinKey(key, 'hardware'), hardwareField.pair);
    for (const [name, { pair, value }] of fields) {
      const k = joinKey(key, name);
      if (name === 'max') max = readDuration(this, value, k, pair);
      else if (name === 'level') level = this.level(value, k, pair);
      else if (name === 'at') atPoints = new PointsReader(this).at(value, k, pair, points);
      else if (name === 'max-increase') {
        const v = this.scalar(value, k, pair);
        try {
          maxIncrease = parsePercent(typeof v === 'string' || typeof v === 'number' ? v : String(v));
        } catch (e) {
          if (e instanceof UnitError) this.fail(value ?? pair, k, e.message);
          throw e;
        }
      }
    }
    if (max === undefined && maxIncrease === undefined) this.fail(node ?? at, key, 'a latency budget needs max or max-increase');
    const parts: string[] = [];
    if (max) parts.push(`≤ ${max.text}`);
    if (maxIncrease !== undefined) parts.push(`+${formatLimitPercent(maxIncrease)}`);
    return {
      ...(max ? { max: max.value, maxText: max.text } : {}),
      ...(maxIncrease !== undefined ? { maxIncrease } : {}),
      ...(level ? { level } : {}),
      ...(atPoints ? { at: atPoints } : {}),
      hardware,
      text: parts.join(', '),
    };
  }

  private model(node: YamlNode | null, key: string, at: Located, seen: Map<string, string>): ModelEntry {
    const fields = this.map(node, key, CONFIG_KEYS.model, at);
    const get = (name: string) => fields.get(name);
    const nameField = get('name');
    const pathField = get('path');
    if (!pathField) this.fail(node, key, 'missing path (a glob such as models/detector/*.onnx)');
    const path = this.glob(pathField.value, joinKey(key, 'path'), pathField.pair);
    // `name` is optional: the report then names the entry by its path glob.
    let name = path;
    if (nameField) {
      name = this.text(nameField.value, joinKey(key, 'name'), nameField.pair);
      const other = seen.get(name);
      if (other) this.fail(nameField.pair, joinKey(key, 'name'), `${show(name)} is already used by ${other}`);
      seen.set(name, key);
    }
    const pointsField = get('points');
    const points = pointsField && pointsField.value !== null
      ? new PointsReader(this).points(pointsField.value, joinKey(key, 'points'), pointsField.pair, this.file) : [];
    const budgets: Partial<Record<MetricName, Budget>> = {};
    let latency: LatencyBudget | undefined;
    const budgetsField = get('budgets');
    if (budgetsField && budgetsField.value !== null) {
      const bk = joinKey(key, 'budgets');
      for (const [metric, { pair, value }] of this.map(budgetsField.value, bk, CONFIG_KEYS.budgets, budgetsField.pair)) {
        if (metric === 'latency') latency = this.latency(value, joinKey(bk, metric), pair, points);
        else budgets[metric as MetricName] = this.budget(value, joinKey(bk, metric), pair, metric as MetricName, points);
      }
    }
    const inputsField = get('inputs');
    const dimsField = get('dims');
    return {
      name,
      path,
      inputs: inputsField && inputsField.value !== null ? this.inputs(inputsField.value, joinKey(key, 'inputs'), inputsField.pair) : {},
      dims: dimsField && dimsField.value !== null ? this.dims(dimsField.value, joinKey(key, 'dims'), dimsField.pair) : {},
      budgets,
      ...(points.length > 0 ? { points } : {}),
      ...(latency ? { latency } : {}),
      line: this.lineOf(node),
    };
  }

  root(contents: unknown): GateConfig {
    const node = this.resolve(contents, '');
    if (node === null || (isScalar(node) && node.value === null)) {
      throw new ConfigError(this.file, 0, '', 'the file is empty (start with version: 1)');
    }
    const fields = this.map(node, '', CONFIG_KEYS.root, node);
    const version = fields.get('version');
    if (!version) this.fail(node, 'version', 'missing (write version: 1 first)');
    const v = this.scalar(version.value, 'version', version.pair);
    if (v !== 1) this.fail(version.value ?? version.pair, 'version', `${show(v)} is not supported (this version of model-budget reads version: 1)`);

    let level: Level = 'error';
    let dims: Record<string, number> = {};
    let minChange: number | undefined;
    const defaults = fields.get('defaults');
    if (defaults && defaults.value !== null) {
      const d = this.map(defaults.value, 'defaults', CONFIG_KEYS.defaults, defaults.pair);
      const l = d.get('level');
      if (l) level = this.level(l.value, 'defaults.level', l.pair);
      const dm = d.get('dims');
      if (dm && dm.value !== null) dims = this.dims(dm.value, 'defaults.dims', dm.pair);
      const mc = d.get('min-change');
      if (mc) minChange = this.percent(mc.value, 'defaults.min-change', mc.pair);
    }

    const models: ModelEntry[] = [];
    const modelsField = fields.get('models');
    if (modelsField && modelsField.value !== null) {
      const seen = new Map<string, string>();
      this.seq(modelsField.value, 'models', modelsField.pair).forEach((item, i) => {
        models.push(this.model(item, `models[${i}]`, modelsField.pair, seen));
      });
    }

    const ignore: string[] = [];
    const ignoreField = fields.get('ignore');
    if (ignoreField && ignoreField.value !== null) {
      this.seq(ignoreField.value, 'ignore', ignoreField.pair).forEach((item, i) => {
        ignore.push(this.glob(item, `ignore[${i}]`, ignoreField.pair));
      });
    }
    return { version: 1, file: this.file, defaults: { level, dims, ...(minChange !== undefined ? { minChange } : {}) }, models, ignore };
  }
}

function joinKey(parent: string, child: string): string {
  const safe = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(child) ? child : JSON.stringify(child);
  return parent ? `${parent}.${safe}` : safe;
}

function show(v: unknown): string {
  return JSON.stringify(v) ?? String(v);
}

function describe(node: YamlNode | null): string {
  if (node === null) return ', got nothing';
  if (isSeq(node)) return ', got a list';
  if (isMap(node)) return ', got a mapping';
  if (isScalar(node)) return `, got ${show(node.value)}`;
  return '';
}

/** The allowed key closest to a typo (edit distance <= 2), if any. */
function suggest(name: string, allowed: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of allowed) {
    const d = editDistance(name.toLowerCase(), candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
    }
    prev = cur;
  }
  return prev[b.length] as number;
}
