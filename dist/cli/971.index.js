export const id = 971;
export const ids = [971,315];
export const modules = {

/***/ 4443:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
function formatDuration(seconds, opts = {}) {
    if (seconds === 0)
        return '0 s';
    const units = [['s', 1], ['ms', 1e-3], ['µs', 1e-6], ['ns', 1e-9]];
    let [unit, scale] = units[units.length - 1];
    for (const [u, sc] of units) {
        if (seconds >= sc * 0.9995) {
            unit = u;
            scale = sc;
            break;
        }
    }
    let text = (seconds / scale).toPrecision(3);
    if (Number(text) >= 1000 && unit !== 's')
        text = String(Math.round(seconds / scale));
    if (opts.trim && text.includes('.'))
        text = text.replace(/\.?0+$/, '');
    return `${text} ${unit}`;
}


/***/ }),

/***/ 2464:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ie: () => (/* binding */ nodePath),
/* harmony export */   k0: () => (/* binding */ changeText),
/* harmony export */   mo: () => (/* binding */ opLabel)
/* harmony export */ });
function nodePath(scope, name) {
    if (!scope)
        return name;
    return name.startsWith('/') ? `${scope}${name}` : `${scope}/${name}`;
}
function opLabel(opType, domain) {
    return domain && domain !== 'ai.onnx' ? `${domain}::${opType}` : opType;
}

function changeText(n, arrow, quote) {
    if (n.change !== 'changed')
        return n.change;
    const parts = [];
    if (n.baseShape !== undefined && n.headShape !== undefined)
        parts.push(`${quote(n.baseShape, 60)} ${arrow} ${quote(n.headShape, 60)}`);
    if (n.baseName !== undefined)
        parts.push(`was ${quote(n.baseName)}`);
    return parts.length > 0 ? `changed: ${parts.join(', ')}` : 'changed';
}


/***/ }),

/***/ 3744:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   CW: () => (/* binding */ formatDelta),
/* harmony export */   C_: () => (/* binding */ parseAmount),
/* harmony export */   E9: () => (/* reexport safe */ _profile_units_js__WEBPACK_IMPORTED_MODULE_0__.E9),
/* harmony export */   X6: () => (/* binding */ isBinaryBytes),
/* harmony export */   ej: () => (/* binding */ formatAmount),
/* harmony export */   jv: () => (/* binding */ METRIC_UNITS),
/* harmony export */   ke: () => (/* reexport safe */ _profile_units_js__WEBPACK_IMPORTED_MODULE_0__.ke),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   lo: () => (/* reexport safe */ _profile_units_js__WEBPACK_IMPORTED_MODULE_0__.lo),
/* harmony export */   oQ: () => (/* binding */ formatLimitPercent),
/* harmony export */   pe: () => (/* reexport safe */ _profile_units_js__WEBPACK_IMPORTED_MODULE_0__.pe),
/* harmony export */   t8: () => (/* binding */ METRIC_LABELS),
/* harmony export */   tR: () => (/* reexport safe */ _profile_units_js__WEBPACK_IMPORTED_MODULE_0__.tR),
/* harmony export */   u5: () => (/* binding */ percentChange),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* harmony import */ var _profile_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5764);


function parseAmount(text, unit) {
    return unit === 'count' ? (0,_profile_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCount */ .zq)(text) : (0,_profile_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBytes */ .z_)(text);
}
const METRIC_UNITS = {
    params: 'count',
    flops: 'count',
    macs: 'count',
    memory: 'bytes',
    'peak-memory': 'bytes',
    'file-size': 'bytes',
};
const METRIC_LABELS = {
    params: 'Params',
    flops: 'FLOPs',
    macs: 'MACs',
    memory: 'Memory access',
    'peak-memory': 'Peak activation memory',
    'file-size': 'File size',
};
const COUNT_STEPS = ['', 'K', 'M', 'G', 'T', 'P', 'E'];
const BYTE_STEPS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'];
const BINARY_BYTE_STEPS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];
function isBinaryBytes(text) {
    return text !== undefined && /\d\s*[KMGTPE]iB$/.test(text.trim());
}
function scaled(n, steps, opts, plainIsInteger, base = 1000) {
    const abs = Math.abs(n);
    const sign = n < 0 ? '-' : '';
    if (abs < base) {
        const body = plainIsInteger && Number.isInteger(abs) ? String(abs) : trimZeros(abs.toPrecision(3), opts);
        const unit = steps[0] ?? '';
        return `${sign}${body}${unit ? ' ' + unit : ''}`;
    }
    let step = Math.min(Math.floor(Math.log(abs) / Math.log(base) + 1e-12), steps.length - 1);
    let mantissa = abs / base ** step;
    if (Number(mantissa.toPrecision(3)) >= base && step < steps.length - 1) {
        step += 1;
        mantissa = abs / base ** step;
    }
    if (mantissa >= 1000)
        return `${sign}${Math.round(mantissa)} ${steps[step]}`;
    return `${sign}${trimZeros(mantissa.toPrecision(3), opts)} ${steps[step]}`;
}
function trimZeros(text, opts) {
    if (!opts.trim || !text.includes('.'))
        return text;
    return text.replace(/\.?0+$/, '');
}
function formatCount(n, opts = {}) {
    return scaled(n, COUNT_STEPS, opts, true);
}
function formatBytes(n, opts = {}) {
    return opts.binary ? scaled(n, BINARY_BYTE_STEPS, opts, true, 1024) : scaled(n, BYTE_STEPS, opts, true);
}
function formatAmount(n, unit, opts = {}) {
    return unit === 'count' ? formatCount(n, opts) : formatBytes(n, opts);
}
function formatDelta(n, unit, opts = {}) {
    if (n === 0)
        return '±0';
    const body = formatAmount(Math.abs(n), unit, opts);
    return `${n > 0 ? '+' : '-'}${body}`;
}
const MAX_SHOWN_PERCENT = 1e21;
function percentChange(base, head) {
    if (base === 0)
        return null;
    const pct = ((head - base) / base) * 100;
    return Number.isFinite(pct) && Math.abs(pct) < MAX_SHOWN_PERCENT ? pct : null;
}
function formatPercent(p) {
    if (p === 0)
        return '±0%';
    const abs = Math.abs(p);
    const sign = p > 0 ? '+' : '-';
    const body = abs >= 100 ? abs.toFixed(0) : abs >= 0.05 ? abs.toFixed(1) : '<0.1';
    return `${sign}${body}%`;
}
function formatLimitPercent(p) {
    return `${trimZeros(p.toPrecision(3), { trim: true })}%`;
}


/***/ }),

/***/ 2711:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs),
/* harmony export */   ZB: () => (/* binding */ parseDimBinding),
/* harmony export */   zz: () => (/* binding */ parseInputShape)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2315);


function parseCommandArgs(config) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)(config);
    }
    catch (e) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_1__.CliUsageError(e instanceof Error ? e.message : String(e));
    }
}
function parseInputShape(text) {
    const eq = text.lastIndexOf('=');
    if (eq <= 0)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_1__.CliUsageError(`--input '${text}' should look like name=1x3x224x224`);
    const name = text.slice(0, eq);
    const dims = text.slice(eq + 1).split(/[x,]/).map((d) => d.trim());
    const nums = dims.map(Number);
    if (dims.some((d) => !/^\d+$/.test(d)) || nums.some((n) => !Number.isSafeInteger(n))) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_1__.CliUsageError(`--input '${text}': dims must be non-negative integers separated by x`);
    }
    return [name, nums];
}
function parseDimBinding(text) {
    const m = /^([^=]+)=(\d+)$/.exec(text);
    if (!m || !Number.isSafeInteger(Number(m[2])))
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_1__.CliUsageError(`--dim '${text}' should look like name=value, e.g. batch=1`);
    return [m[1], Number(m[2])];
}


/***/ }),

/***/ 9971:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  codeParts: () => (/* binding */ codeParts),
  profileMain: () => (/* binding */ profileMain)
});

// EXTERNAL MODULE: ./build/src/formats/registry.js + 6 modules
var registry = __webpack_require__(1822);
// EXTERNAL MODULE: ./build/src/ops/load.js + 3 modules
var load = __webpack_require__(5802);
// EXTERNAL MODULE: ./build/src/cli/errors.js
var errors = __webpack_require__(5941);
// EXTERNAL MODULE: ./build/src/cli/output.js
var output = __webpack_require__(3135);
// EXTERNAL MODULE: ./build/src/profile/index.js + 7 modules
var src_profile = __webpack_require__(6706);
// EXTERNAL MODULE: ./build/src/budget/duration.js
var duration = __webpack_require__(4443);
// EXTERNAL MODULE: ./build/src/profile/shape-label.js
var shape_label = __webpack_require__(577);
// EXTERNAL MODULE: ./build/src/budget/labels.js
var labels = __webpack_require__(2464);
;// CONCATENATED MODULE: ./node_modules/markdown-table/index.js
// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {}
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat()
  const stringLength = settings.stringLength || defaultStringLength
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = []
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = []
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = []
  /** @type {Array<number>} */
  const longestCellByColumn = []
  let mostCellsPerRow = 0
  let rowIndex = -1

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = []
    /** @type {Array<number>} */
    const sizes = []
    let columnIndex = -1

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex])

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell)
        sizes[columnIndex] = size

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size
        }
      }

      row.push(cell)
    }

    cellMatrix[rowIndex] = row
    sizeMatrix[rowIndex] = sizes
  }

  // Figure out which alignments to use.
  let columnIndex = -1

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex])
    }
  } else {
    const code = toAlignment(align)

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code
    }
  }

  // Inject the alignment row.
  columnIndex = -1
  /** @type {Array<string>} */
  const row = []
  /** @type {Array<number>} */
  const sizes = []

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex]
    let before = ''
    let after = ''

    if (code === 99 /* `c` */) {
      before = ':'
      after = ':'
    } else if (code === 108 /* `l` */) {
      before = ':'
    } else if (code === 114 /* `r` */) {
      after = ':'
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          )

    const cell = before + '-'.repeat(size) + after

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size
      }

      sizes[columnIndex] = size
    }

    row[columnIndex] = cell
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row)
  sizeMatrix.splice(1, 0, sizes)

  rowIndex = -1
  /** @type {Array<string>} */
  const lines = []

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex]
    const sizes = sizeMatrix[rowIndex]
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow
    columnIndex = -1
    /** @type {Array<string>} */
    const line = []

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || ''
      let before = ''
      let after = ''

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0)
        const code = alignments[columnIndex]

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size)
        } else if (code === 99 /* `c` */) {
          const half = size / 2

          if (size % 2) {
            before = ' '.repeat(half + 0.5)
            after = ' '.repeat(half - 0.5)
          } else {
            before = ' '.repeat(half)
            after = before
          }
        } else {
          after = ' '.repeat(size)
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|')
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ')
      }

      if (settings.alignDelimiters !== false) {
        line.push(before)
      }

      line.push(cell)

      if (settings.alignDelimiters !== false) {
        line.push(after)
      }

      if (settings.padding !== false) {
        line.push(' ')
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|')
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    )
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}

// EXTERNAL MODULE: ./build/src/budget/units.js
var units = __webpack_require__(3744);
// EXTERNAL MODULE: ./build/src/profile/types.js
var types = __webpack_require__(9010);
// EXTERNAL MODULE: ./build/src/profile/unbound-dims.js
var unbound_dims = __webpack_require__(8712);
// EXTERNAL MODULE: ./build/src/graph/order.js
var order = __webpack_require__(3746);
// EXTERNAL MODULE: ./build/src/report/formula-format.js
var formula_format = __webpack_require__(2712);
// EXTERNAL MODULE: ./build/src/report/escape.js
var report_escape = __webpack_require__(6209);
;// CONCATENATED MODULE: ./build/src/report/profile-tables.js



function costly(rows, top) {
    if (top === undefined)
        return [...rows];
    return [...rows].sort((a, b) => b.flops - a.flops || b.memoryBytes - a.memoryBytes).slice(0, top);
}
function shareOf(total) {
    return total.flops > 0 ? 'flops' : 'memoryBytes';
}
const SHARE_HEADER = { flops: '% FLOPs', memoryBytes: '% memory access' };
function formatShare(part, total) {
    if (total <= 0)
        return '-';
    if (part === 0)
        return '0%';
    const pct = (100 * part) / total;
    return pct < 0.05 ? '<0.1%' : `${pct.toFixed(1)}%`;
}
function sum(rows, of) {
    return rows.reduce((s, r) => s + of(r), 0);
}
function atLeast(p, text) {
    return (0,types/* costsLowerBound */.GZ)(p.totals) ? `≥ ${text}` : text;
}
function moreLabel(hidden, all) {
    return `… ${hidden} more (use --top ${all})`;
}
const OP_COLUMNS = (share) => [
    { header: 'op type', numeric: false }, { header: 'count', numeric: true }, { header: 'MACs', numeric: true },
    { header: 'FLOPs', numeric: true }, { header: SHARE_HEADER[share], numeric: true }, { header: 'memory access', numeric: true },
];
function opTypeTable(p, top) {
    if (!p.byOpType || !p.totals)
        return null;
    const totals = p.totals;
    const share = shareOf(totals);
    const cells = (label, count, c) => [
        label, String(count), (0,units/* formatCount */.B4)(c.macs), (0,units/* formatCount */.B4)(c.flops), formatShare(c[share], totals[share]), (0,units/* formatBytes */.z3)(c.memoryBytes),
    ];
    const shown = costly(p.byOpType, top);
    const shownSet = new Set(shown);
    const hidden = p.byOpType.filter((o) => !shownSet.has(o));
    const hiddenSum = () => ({ macs: sum(hidden, (o) => o.macs), flops: sum(hidden, (o) => o.flops), memoryBytes: sum(hidden, (o) => o.memoryBytes) });
    const total = cells('total', sum(p.byOpType, (o) => o.count), totals);
    const bound = (0,types/* boundOpTypes */.BQ)(p);
    const isBound = (o) => bound.has((0,types/* opTypeKey */.rl)(o.domain, o.opType));
    const marked = (row, lowerBound) => (lowerBound ? row.map((c, i) => (i >= 2 && i !== 4 ? `≥ ${c}` : c)) : row);
    return {
        columns: OP_COLUMNS(share),
        rows: shown.map((o) => marked(cells((0,labels/* opLabel */.mo)(o.opType, o.domain), o.count, o), isBound(o))),
        ...(hidden.length > 0 ? { more: marked(cells(moreLabel(hidden.length, p.byOpType.length), sum(hidden, (o) => o.count), hiddenSum()), hidden.some(isBound)) } : {}),
        total: total.map((c, i) => (i >= 2 && i !== 4 ? atLeast(p, c) : c)),
    };
}
function shapeText(shape) {
    return shape ? `[${shape.map((d) => (d === null ? '?' : String(d))).join(', ')}]` : '[?]';
}
const NODE_COLUMNS = (share) => [
    { header: 'node', numeric: false }, { header: 'op', numeric: false }, { header: 'output shape', numeric: false },
    { header: 'params', numeric: true }, { header: 'MACs', numeric: true }, { header: 'FLOPs', numeric: true },
    { header: SHARE_HEADER[share], numeric: true }, { header: 'memory access', numeric: true }, { header: 'status', numeric: false },
];
function nodeTable(p, top) {
    if (!p.nodes || !p.totals)
        return null;
    const totals = p.totals;
    const share = shareOf(totals);
    const counted = (n) => n.inTotals !== false;
    const shown = costly(p.nodes, top);
    const shownSet = new Set(shown);
    const hidden = p.nodes.filter((n) => !shownSet.has(n));
    const hiddenCounted = hidden.filter(counted);
    const row = (n) => [
        (0,labels/* nodePath */.Ie)(n.scope, n.name), (0,labels/* opLabel */.mo)(n.opType, n.domain), n.outputShapes.map(shapeText).join(' '),
        (0,units/* formatCount */.B4)(n.params), (0,units/* formatCount */.B4)(n.macs), (0,units/* formatCount */.B4)(n.flops),
        counted(n) ? formatShare(n[share], totals[share]) : 'nested', (0,units/* formatBytes */.z3)(n.memoryBytes),
        `${n.status}${n.note ? `: ${n.note}` : ''}`,
    ];
    const hiddenCost = { macs: sum(hiddenCounted, (n) => n.macs), flops: sum(hiddenCounted, (n) => n.flops), memoryBytes: sum(hiddenCounted, (n) => n.memoryBytes) };
    return {
        columns: NODE_COLUMNS(share),
        rows: shown.map(row),
        ...(hidden.length > 0 ? {
            more: [moreLabel(hidden.length, p.nodes.length), '', '', (0,units/* formatCount */.B4)(sum(hiddenCounted, (n) => n.params)),
                (0,units/* formatCount */.B4)(hiddenCost.macs), (0,units/* formatCount */.B4)(hiddenCost.flops), formatShare(hiddenCost[share], totals[share]), (0,units/* formatBytes */.z3)(hiddenCost.memoryBytes), ''],
        } : {}),
        total: ['total', `${p.nodes.filter(counted).length} nodes`, '', '',
            atLeast(p, (0,units/* formatCount */.B4)(totals.macs)), atLeast(p, (0,units/* formatCount */.B4)(totals.flops)), formatShare(totals[share], totals[share]), atLeast(p, (0,units/* formatBytes */.z3)(totals.memoryBytes)), ''],
    };
}

;// CONCATENATED MODULE: ./build/src/report/profile-format.js











const PROFILE_FORMATS = ['table', 'json', 'md', 'csv'];
function valueText(v) {
    const bound = v.boundShape;
    const dims = v.shape?.map((d, i) => {
        const b = bound?.[i];
        if (typeof d === 'string' && b !== undefined && b !== null && b !== d)
            return `${d}=${b}`;
        return d === null ? (b === undefined || b === null ? '?' : String(b)) : String(d);
    });
    return `${v.name}: ${v.dtype ?? '?'} ${dims ? `[${dims.join(', ')}]` : '[?]'}`;
}
function bound(lowerBound, text) {
    return lowerBound ? `≥ ${text}` : text;
}
const COST_LABELS = {
    macs: 'MACs', flops: 'FLOPs', memory: 'memory access', 'peak-memory': 'peak activations', latency: 'latency',
};
const TOP_MODULES = 10;
function summaryLines(p) {
    const lines = [];
    const dtypes = Object.entries(p.params.byDtype)
        .sort((a, b) => b[1].bytes - a[1].bytes)
        .map(([dtype, s]) => `${dtype} ${(0,units/* formatCount */.B4)(s.elements)}`)
        .join(', ');
    lines.push({ label: 'params', value: `${(0,units/* formatCount */.B4)(p.params.total)} (${(0,units/* formatBytes */.z3)(p.params.bytes)}${dtypes ? `: ${dtypes}` : ''})` });
    if (p.params.nonWeight.elements > 0) {
        lines.push({ label: 'non-weight constants', value: `${(0,units/* formatCount */.B4)(p.params.nonWeight.elements)} (${(0,units/* formatBytes */.z3)(p.params.nonWeight.bytes)}; int/bool shapes, indices, masks)` });
    }
    const w = p.weights;
    if (w) {
        lines.push({ label: 'tensors', value: (0,units/* formatCount */.B4)(w.tensors) });
        if (w.buffers.tensors > 0)
            lines.push({ label: 'buffers', value: `${(0,units/* formatCount */.B4)(w.buffers.elements)} (${(0,units/* formatBytes */.z3)(w.buffers.bytes)} in ${w.buffers.tensors} tensors; not params)` });
        if (w.optimizer.tensors > 0)
            lines.push({ label: 'optimizer state', value: `${(0,units/* formatCount */.B4)(w.optimizer.elements)} (${(0,units/* formatBytes */.z3)(w.optimizer.bytes)} in ${w.optimizer.tensors} tensors; not params)` });
        const top = w.modules.filter((m) => !m.name.includes('.')).slice(0, TOP_MODULES);
        if (top.length > 0)
            lines.push({ label: 'modules', value: top.map((m) => `${m.name} ${(0,units/* formatCount */.B4)(m.params)}`).join(', ') });
        const llm = w.llm;
        if (llm) {
            lines.push({ label: 'LLM per token', value: `${(0,units/* formatCount */.B4)(llm.macsPerToken)} MACs at context ${llm.context} (${llm.contextSource}); estimated from the decoder hyper-parameters` });
            lines.push({ label: 'KV cache', value: `${(0,units/* formatBytes */.z3)(llm.kvCacheBytesPerToken)} per token, ${(0,units/* formatBytes */.z3)(llm.kvCacheBytesAtContext)} at context ${llm.context} (${llm.kvCacheElementBytes}-byte elements)` });
            if (llm.moe)
                lines.push({ label: 'MoE params', value: `${(0,units/* formatCount */.B4)(llm.moe.activeParams)} active of ${(0,units/* formatCount */.B4)(llm.moe.totalParams)} total per token (experts ${(0,units/* formatCount */.B4)(llm.moe.expertParams)}, from ${llm.moe.expertParamsFrom})` });
        }
    }
    if (p.unavailable) {
        for (const metric of p.unavailable.metrics)
            lines.push({ label: COST_LABELS[metric], value: 'n/a' });
        lines.push({ label: 'n/a because', value: p.unavailable.reason });
    }
    if (p.totals) {
        lines.push({ label: 'MACs', value: bound((0,types/* costsLowerBound */.GZ)(p.totals), (0,units/* formatCount */.B4)(p.totals.macs)) });
        lines.push({ label: 'FLOPs', value: bound((0,types/* costsLowerBound */.GZ)(p.totals), (0,units/* formatCount */.B4)(p.totals.flops)) });
        lines.push({ label: 'memory access', value: bound((0,types/* costsLowerBound */.GZ)(p.totals), (0,units/* formatBytes */.z3)(p.totals.memoryBytes)) });
        lines.push({ label: 'peak activations', value: bound((0,types/* peakLowerBound */.$l)(p.totals), (0,units/* formatBytes */.z3)(p.totals.peakActivationBytes)) });
    }
    if (p.roofline) {
        const r = p.roofline;
        lines.push({
            label: `latency (${r.hardware})`,
            value: `${bound((0,types/* costsLowerBound */.GZ)(p.totals), (0,duration/* formatDuration */.a)(r.latencySeconds))} roofline estimate; ${r.arithmeticIntensity.toPrecision(3)} FLOPs/byte; ${r.computeBoundNodes} compute-bound, ${r.memoryBoundNodes} memory-bound nodes`,
        });
    }
    (0,formula_format/* formulaLines */.W)(p.formulas ?? { dims: [], fixed: {}, metrics: {} }).forEach((value, i) => lines.push({ label: i === 0 ? 'formulas' : '', value }));
    lines.push({ label: 'file size', value: (0,units/* formatBytes */.z3)(p.model.fileBytes) + (p.model.externalDataBytes ? ` + ${(0,units/* formatBytes */.z3)(p.model.externalDataBytes)} in side files` : '') });
    return lines;
}
function formatText(p) {
    const label = (0,registry/* formatByName */.kb)(p.model.format)?.label ?? p.model.format;
    const opsets = Object.entries(p.model.opsets).map(([d, v]) => `${d || 'ai.onnx'} ${v}`).join(', ');
    const graph = p.totals !== null && p.unavailable === undefined;
    return `${label}${p.model.formatVersion ? ` ${p.model.formatVersion}` : ''}${graph ? `, opsets ${opsets || 'none'}` : ''}${p.model.producer ? `, from ${p.model.producer}` : ''}`;
}
function bindHint(p, u) {
    if (u.dim !== null)
        return `${u.dim} of ${u.input}: pass --dim ${u.dim}=N`;
    const shape = p.inputs.find((v) => v.name === u.input)?.shape ?? [];
    return `dim ${u.index} of ${u.input}: pass --input ${u.input}=${(0,shape_label/* shapeLabel */.M)(shape.map((d) => (typeof d === 'number' ? d : 'N')))}`;
}
const MAX_HEADER_VALUES = 20;
function moreText(total) {
    return `… ${total - MAX_HEADER_VALUES} more (the JSON output lists every one)`;
}
function listLines(label, items, text) {
    const lines = items.slice(0, MAX_HEADER_VALUES).map((item, i) => ({ label: i === 0 ? label : '', value: text(item) }));
    if (items.length > MAX_HEADER_VALUES)
        lines.push({ label: '', value: moreText(items.length) });
    return lines;
}
function headerLines(p, view) {
    const shapes = (0,unbound_dims/* inputShapes */.N)(p);
    const defaulted = p.totals ? (0,unbound_dims/* unboundDims */.D)(p, view.bound?.dims ?? {}, view.bound?.inputs ?? {}) : [];
    const measuredAt = shapes.length > MAX_HEADER_VALUES ? [...shapes.slice(0, MAX_HEADER_VALUES), moreText(shapes.length)] : shapes;
    return [
        { label: 'model', value: p.model.path },
        { label: 'format', value: formatText(p) },
        ...(shapes.length > 0 ? [{ label: 'measured at', value: measuredAt.join(', ') }] : []),
        ...listLines('defaulted to 1', defaulted, (u) => bindHint(p, u)),
        ...listLines('inputs', p.inputs, valueText),
        ...listLines('outputs', p.outputs, valueText),
    ];
}
function histogramText(p) {
    return Object.entries(p.opHistogram)
        .sort((a, b) => b[1] - a[1] || (0,order/* compareCodeUnits */.U)(a[0], b[0]))
        .map(([op, n]) => `${op} ${n}`)
        .join(', ');
}
function textTable(t) {
    const body = [...t.rows, ...(t.more ? [t.more] : [])].map((r) => r.map(plain));
    const total = t.total.map(plain);
    const header = t.columns.map((c) => c.header);
    const widths = header.map((h, i) => [...body, total].reduce((w, r) => Math.max(w, (r[i] ?? '').length), h.length));
    const line = (cells) => cells.map((c, i) => (t.columns[i].numeric ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
    const rule = line(widths.map((w) => '-'.repeat(w)));
    return [line(header), rule, ...body.map(line), rule, line(total)].join('\n');
}
function markdownCostTable(t) {
    const cells = (r, ours) => r.map((c, i) => (t.columns[i].numeric || (ours && i === 0) ? c : md(c)));
    const rows = [...t.rows.map((r) => cells(r, false)), ...(t.more ? [cells(t.more, true)] : [])];
    const total = cells(t.total, true).map((c, i) => (i === 0 ? `**${c}**` : c));
    return markdownTable([t.columns.map((c) => c.header), ...rows, total], { align: t.columns.map((c) => (c.numeric ? 'r' : 'l')) });
}
function notes(p) {
    const out = [];
    if (p.unknownOps.length > 0) {
        out.push(`unknown ops (not counted; totals are a lower bound): ${p.unknownOps.map((u) => `${(0,labels/* opLabel */.mo)(u.opType, u.domain)} x${u.count}`).join(', ')}`);
    }
    if (p.totals?.lowerBound)
        for (const r of p.totals.lowerBoundReasons)
            out.push(`lower bound: ${r}`);
    for (const w of p.warnings)
        out.push(`warning: ${w}`);
    return out;
}
function allLines(p, view) {
    return [...headerLines(p, view), ...summaryLines(p), ...(p.totals === null ? [] : [{ label: 'op types', value: histogramText(p) }])];
}
function renderTable(p, view) {
    const lines = allLines(p, view);
    const width = lines.reduce((w, l) => Math.max(w, l.label.length), 0);
    const parts = [lines.map((l) => `${l.label.padEnd(width)}  ${plain(l.value)}`).join('\n')];
    const ops = view.byOpType ? opTypeTable(p, view.top) : null;
    if (ops)
        parts.push(textTable(ops));
    const nodes = view.perNode ? nodeTable(p, view.top) : null;
    if (nodes)
        parts.push(textTable(nodes));
    const n = notes(p);
    if (n.length)
        parts.push(n.map(plain).join('\n'));
    return parts.join('\n\n') + '\n';
}
function md(text) {
    return (0,report_escape/* escapeMarkdown */.FV)(text, Infinity);
}
function plain(text) {
    return (0,report_escape/* escapeText */.X1)(text, Infinity);
}
function renderMarkdown(p, view) {
    const rows = allLines(p, view).map((l) => [l.label, md(l.value)]);
    const parts = [`### model-budget profile: ${md(p.model.path)}`, markdownTable([['', 'value'], ...rows])];
    const ops = view.byOpType ? opTypeTable(p, view.top) : null;
    if (ops)
        parts.push(markdownCostTable(ops));
    const nodes = view.perNode ? nodeTable(p, view.top) : null;
    if (nodes)
        parts.push(markdownCostTable(nodes));
    const n = notes(p);
    if (n.length)
        parts.push(n.map((x) => `- ${md(x)}`).join('\n'));
    return parts.join('\n\n') + '\n';
}
function csv(rows) {
    return rows.map((r) => r.map(report_escape/* escapeCsvField */.SN).join(',')).join('\n') + '\n';
}
const CSV_COST_NAMES = {
    macs: 'macs', flops: 'flops', memory: 'memory_bytes', 'peak-memory': 'peak_activation_bytes', latency: 'latency_seconds',
};
function renderCsv(p, view) {
    if (view.perNode && p.nodes) {
        return csv([
            ['scope', 'node', 'op_type', 'domain', 'output_shapes', 'params', 'macs', 'flops', 'memory_bytes', 'status'],
            ...costly(p.nodes, view.top).map((n) => [n.scope, n.name, n.opType, n.domain, n.outputShapes.map(shapeText).join(' '), n.params, n.macs, n.flops, n.memoryBytes, n.status]),
        ]);
    }
    if (view.byOpType && p.byOpType) {
        return csv([
            ['op_type', 'domain', 'count', 'macs', 'flops', 'memory_bytes'],
            ...costly(p.byOpType, view.top).map((o) => [o.opType, o.domain, o.count, o.macs, o.flops, o.memoryBytes]),
        ]);
    }
    const rows = [
        ['params', p.params.total], ['param_bytes', p.params.bytes], ['file_bytes', p.model.fileBytes],
        ['external_data_bytes', p.model.externalDataBytes],
    ];
    if (p.weights) {
        rows.push(['tensors', p.weights.tensors], ['buffer_elements', p.weights.buffers.elements], ['optimizer_elements', p.weights.optimizer.elements]);
        const llm = p.weights.llm;
        if (llm) {
            rows.push(['llm_context', llm.context], ['llm_macs_per_token', llm.macsPerToken], ['kv_cache_bytes_per_token', llm.kvCacheBytesPerToken], ['kv_cache_bytes_at_context', llm.kvCacheBytesAtContext]);
            if (llm.moe)
                rows.push(['moe_total_params', llm.moe.totalParams], ['moe_active_params', llm.moe.activeParams]);
        }
    }
    if (p.unavailable) {
        for (const metric of p.unavailable.metrics)
            rows.push([CSV_COST_NAMES[metric], 'n/a']);
        rows.push(['unavailable_reason', p.unavailable.reason]);
    }
    if (p.totals) {
        rows.push(['macs', p.totals.macs], ['flops', p.totals.flops], ['memory_bytes', p.totals.memoryBytes], ['peak_activation_bytes', p.totals.peakActivationBytes], ['lower_bound', String(p.totals.lowerBound)]);
        if (p.totals.lowerBound)
            rows.push(['lower_bound_metrics', (0,types/* boundMetrics */.OI)(p.totals).map((m) => CSV_COST_NAMES[m]).join(' ')]);
    }
    if (p.roofline)
        rows.push(['latency_seconds', p.roofline.latencySeconds], ['arithmetic_intensity', p.roofline.arithmeticIntensity]);
    return csv([['metric', 'value'], ...rows]);
}
function renderProfile(p, view) {
    switch (view.format) {
        case 'json': {
            const out = view.perNode ? p : { ...p, nodes: undefined };
            return (0,report_escape/* jsonForLog */.wn)(out);
        }
        case 'md': return renderMarkdown(p, view);
        case 'csv': return renderCsv(p, view);
        default: return renderTable(p, view);
    }
}

// EXTERNAL MODULE: ./build/src/cli/args.js
var args = __webpack_require__(2711);
// EXTERNAL MODULE: ./build/src/cli/usage.js
var usage = __webpack_require__(2315);
;// CONCATENATED MODULE: ./build/src/cli/profile.js





async function runProfileCommand(argv, write = output/* stdout */.Uo) {
    const parsed = (0,args/* parseCommandArgs */.Qx)({
        args: argv,
        allowPositionals: true,
        options: {
            input: { type: 'string', multiple: true },
            dim: { type: 'string', multiple: true },
            format: { type: 'string', default: 'table' },
            'per-node': { type: 'boolean', default: false },
            'by-op-type': { type: 'boolean', default: false },
            top: { type: 'string' },
            hardware: { type: 'string' },
            'peak-flops': { type: 'string' },
            bandwidth: { type: 'string' },
        },
    });
    const { values, positionals } = parsed;
    if (positionals.length !== 1)
        throw new usage.CliUsageError('profile takes exactly one model file');
    const format = values.format;
    if (!PROFILE_FORMATS.includes(format))
        throw new usage.CliUsageError(`--format must be one of ${PROFILE_FORMATS.join(', ')}`);
    let top;
    if (values.top !== undefined) {
        top = Number(values.top);
        if (!Number.isSafeInteger(top) || top <= 0)
            throw new usage.CliUsageError('--top takes a positive whole number');
    }
    const inputs = Object.fromEntries((values.input ?? []).map(args/* parseInputShape */.zz));
    const dims = Object.fromEntries((values.dim ?? []).map(args/* parseDimBinding */.ZB));
    const perNode = values['per-node'] ?? false;
    const profile = await (0,src_profile/* profileFile */.aC)(positionals[0], {
        inputs, dims, perNode, formulas: true,
        hardware: values.hardware, peakFlops: values['peak-flops'], bandwidth: values.bandwidth,
    });
    write(renderProfile(profile, { format, perNode, byOpType: values['by-op-type'] ?? false, top, bound: { dims, inputs } }));
    return 0;
}

;// CONCATENATED MODULE: ./build/src/cli/profile-main.js





async function profileMain(argv) {
    try {
        return await runProfileCommand(argv);
    }
    catch (e) {
        return (0,errors/* reportOn */.S)(output/* stderr */.vF, e);
    }
}
function codeParts() {
    return [...(0,registry/* loadedFormats */.aq)().map((f) => `format:${f}`), ...(0,load/* loadedFamilies */.CW)().map((f) => `ops:${f}`)].sort();
}


/***/ }),

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


/***/ }),

/***/ 7717:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ FORMULA_METRICS),
/* harmony export */   n: () => (/* binding */ FORMULA_LABELS)
/* harmony export */ });
const FORMULA_METRICS = ['macs', 'flops', 'memoryBytes', 'peakActivationBytes'];
const FORMULA_LABELS = {
    macs: 'MACs', flops: 'FLOPs', memoryBytes: 'memory access', peakActivationBytes: 'peak activations',
};


/***/ }),

/***/ 577:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ shapeLabel)
/* harmony export */ });
function shapeLabel(shape) {
    if (shape === null)
        return '?';
    return shape.length === 0 ? 'scalar' : shape.map((d) => (d === null ? '?' : String(d))).join('x');
}


/***/ }),

/***/ 8712:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ unboundDims),
/* harmony export */   N: () => (/* binding */ inputShapes)
/* harmony export */ });
/* harmony import */ var _graph_name_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4374);
/* harmony import */ var _shape_label_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(577);


function unboundDims(p, dims, inputs) {
    const resolves = (d) => typeof d === 'number' || (0,_graph_name_table_js__WEBPACK_IMPORTED_MODULE_0__/* .ownEntry */ .Pl)(dims, d) !== undefined;
    const explicit = new Set();
    const boundByInputs = new Set();
    for (const v of p.inputs) {
        const given = (0,_graph_name_table_js__WEBPACK_IMPORTED_MODULE_0__/* .ownEntry */ .Pl)(inputs, v.name);
        if (!given || !given.every(resolves))
            continue;
        explicit.add(v.name);
        v.shape?.forEach((d) => typeof d === 'string' && boundByInputs.add(d));
    }
    const out = [];
    const seen = new Set();
    for (const v of p.inputs) {
        if (explicit.has(v.name) || !v.shape)
            continue;
        v.shape.forEach((d, index) => {
            if (typeof d === 'number')
                return;
            if (d !== null && ((0,_graph_name_table_js__WEBPACK_IMPORTED_MODULE_0__/* .ownEntry */ .Pl)(dims, d) !== undefined || boundByInputs.has(d) || seen.has(d)))
                return;
            if (d !== null)
                seen.add(d);
            out.push({ dim: d, input: v.name, index });
        });
    }
    return out;
}
function inputShapes(p) {
    const out = p.inputs.map((v) => {
        const shape = v.boundShape !== undefined ? v.boundShape : v.shape;
        return `${v.name}: ${(0,_shape_label_js__WEBPACK_IMPORTED_MODULE_1__/* .shapeLabel */ .M)(shape)}`;
    });
    const llm = p.weights?.llm;
    if (llm)
        out.push(`context: ${llm.context}`);
    return out;
}


/***/ }),

/***/ 5764:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   ke: () => (/* binding */ parseFlops),
/* harmony export */   lo: () => (/* binding */ parsePercent),
/* harmony export */   pe: () => (/* binding */ parseBandwidth),
/* harmony export */   tR: () => (/* binding */ UnitError),
/* harmony export */   z_: () => (/* binding */ parseBytes),
/* harmony export */   zq: () => (/* binding */ parseCount)
/* harmony export */ });
/* unused harmony exports MAX_TEXT, quoteUnitText */
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5875);

class UnitError extends _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadInputError */ .Ys {
    name = 'UnitError';
}
const MAX_TEXT = 64;
const NUMBER = String.raw `(\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d{1,4}))?`;
const DECIMAL_PREFIX = '[kKMGTPE]';
const COUNT_RE = new RegExp(`^${NUMBER}\\s*(${DECIMAL_PREFIX}?)$`);
const FLOPS_RE = new RegExp(`^${NUMBER}\\s*(${DECIMAL_PREFIX}?)(?:flops|flop/s|flop)?$`, 'i');
const BYTES_RE = /^(\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d{1,4}))?\s*(?:([A-Za-z]?i?)([Bb]))?$/;
const BANDWIDTH_SUFFIX = /\s*(?:\/s|ps)$/i;
const DURATION_RE = new RegExp(`^${NUMBER}\\s*(ns|us|µs|μs|ms|s)$`);
const PERCENT_RE = new RegExp(`^${NUMBER}\\s*%$`);
const DECIMAL_EXPONENT = { '': 0, k: 3, K: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_EXPONENT = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const DURATION_EXPONENT = { ns: -9, us: -6, 'µs': -6, 'μs': -6, ms: -3, s: 0 };
function quoteUnitText(text) {
    const s = String(text);
    return JSON.stringify(s.length > 32 ? `${s.slice(0, 32)}…` : s);
}
const EXPECTED = {
    count: 'use K/M/G/T',
    'byte size': 'use B, kB/MB/GB/TB or KiB/MiB/GiB/TiB',
    'FLOPS rate': 'use a number with K/M/G/T/P, e.g. 19.5T or 312 TFLOPS',
    bandwidth: 'use bytes per second, e.g. 25GB/s, 900 GB/s or 1.5TiB/s',
    duration: 'use ns, us, ms or s, e.g. 8ms',
    percentage: 'write e.g. 2%',
};
function notA(text, kind, why) {
    return new UnitError(`${quoteUnitText(text)} is not a ${kind} (${why ?? EXPECTED[kind]})`);
}
function decimal(digits, exponent, shift) {
    return Number(`${digits}e${Number(exponent ?? 0) + shift}`);
}
function checked(value, text, kind, positive) {
    if (!Number.isFinite(value))
        throw notA(text, kind, 'too large');
    if (positive && value <= 0)
        throw notA(text, kind, 'must be greater than 0');
    return value;
}
function checkedRate(value, text, kind) {
    checked(value, text, kind, true);
    if (value < 1)
        throw notA(text, kind, kind === 'bandwidth' ? 'below 1 byte per second' : 'below 1 FLOP per second');
    return value;
}
function textOf(text, kind, numbersAllowed, positive) {
    if (typeof text === 'number') {
        if (!numbersAllowed || Number.isNaN(text) || text < 0)
            throw notA(text, kind);
        return checked(text, text, kind, positive);
    }
    if (typeof text !== 'string')
        throw notA(String(text), kind);
    if (text.length > MAX_TEXT)
        throw notA(text, kind, `longer than ${MAX_TEXT} characters`);
    return text.trim();
}
function parseCount(text) {
    const t = textOf(text, 'count', true, false);
    if (typeof t === 'number')
        return t;
    const m = COUNT_RE.exec(t);
    if (!m)
        throw notA(text, 'count');
    return checked(decimal(m[1], m[2], DECIMAL_EXPONENT[m[3]]), text, 'count', false);
}
function parseBytes(text) {
    return bytesOf(text, 'byte size', false);
}
function bytesOf(text, kind, positive) {
    const t = textOf(text, kind, true, positive);
    if (typeof t === 'number')
        return t;
    const body = kind === 'bandwidth' ? t.replace(BANDWIDTH_SUFFIX, '') : t;
    const m = BYTES_RE.exec(body);
    if (!m)
        throw notA(text, kind);
    const [, digits, exponent, prefix = '', unit] = m;
    if (unit === 'b')
        throw notA(text, kind, "'b' means bits; write B for bytes");
    let value;
    if (prefix in BINARY_EXPONENT)
        value = decimal(digits, exponent, 0) * 2 ** BINARY_EXPONENT[prefix];
    else if (prefix in DECIMAL_EXPONENT)
        value = decimal(digits, exponent, DECIMAL_EXPONENT[prefix]);
    else
        throw notA(text, kind);
    return checked(value, text, kind, positive);
}
function parseFlops(text) {
    const t = textOf(text, 'FLOPS rate', true, true);
    if (typeof t === 'number')
        return checkedRate(t, text, 'FLOPS rate');
    const m = FLOPS_RE.exec(t);
    const shift = m ? DECIMAL_EXPONENT[m[3]] : undefined;
    if (!m || shift === undefined)
        throw notA(text, 'FLOPS rate');
    return checkedRate(decimal(m[1], m[2], shift), text, 'FLOPS rate');
}
function parseBandwidth(text) {
    return checkedRate(bytesOf(text, 'bandwidth', true), text, 'bandwidth');
}
function parseDuration(text) {
    const t = textOf(text, 'duration', false, true);
    const m = DURATION_RE.exec(t);
    if (!m)
        throw notA(text, 'duration');
    return checked(decimal(m[1], m[2], DURATION_EXPONENT[m[3]]), text, 'duration', true);
}
function parsePercent(text) {
    const t = textOf(text, 'percentage', false, false);
    const m = PERCENT_RE.exec(t);
    if (!m)
        throw notA(text, 'percentage');
    return checked(decimal(m[1], m[2], 0), text, 'percentage', false);
}


/***/ }),

/***/ 2712:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ formulaExpression),
/* harmony export */   W: () => (/* binding */ formulaLines)
/* harmony export */ });
/* harmony import */ var _budget_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3744);
/* harmony import */ var _profile_formula_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7717);


const SUPERSCRIPT = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
function power(e) {
    return e === 1 ? '' : String(e).split('').map((c) => SUPERSCRIPT[Number(c)]).join('');
}
function coefficient(t, metric) {
    const n = BigInt(t.numerator);
    const negative = n < 0n;
    const abs = negative ? -n : n;
    const d = BigInt(t.denominator);
    const value = d === 1n ? Number(abs) : Number(abs) / Number(d);
    const text = d !== 1n && abs < 1000n && d < 1000n ? `${abs}/${d}` : metric === 'macs' || metric === 'flops' ? (0,_budget_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(value) : (0,_budget_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(value);
    return { negative, text };
}
function termText(t, metric) {
    const c = coefficient(t, metric);
    const vars = Object.entries(t.powers).map(([d, e]) => `${d}${power(e)}`).join('·');
    if (!vars)
        return c;
    const unitless = c.text === '1' ? vars : `${c.text}·${vars}`;
    return { negative: c.negative, text: unitless };
}
function formulaExpression(terms, metric) {
    if (terms.length === 0)
        return metric === 'macs' || metric === 'flops' ? '0' : '0 B';
    return terms.map((t, i) => {
        const { negative, text } = termText(t, metric);
        if (i === 0)
            return negative ? `-${text}` : text;
        return `${negative ? '-' : '+'} ${text}`;
    }).join(' ');
}
function fixedText(f) {
    const entries = Object.entries(f.fixed);
    return entries.length ? ` (${entries.map(([d, v]) => `${d} = ${v}`).join(', ')})` : '';
}
function formulaLines(f) {
    if (f.note)
        return [f.note];
    const lines = [];
    for (const m of _profile_formula_types_js__WEBPACK_IMPORTED_MODULE_1__/* .FORMULA_METRICS */ .T) {
        const mf = f.metrics[m];
        if (!mf)
            continue;
        const label = _profile_formula_types_js__WEBPACK_IMPORTED_MODULE_1__/* .FORMULA_LABELS */ .n[m];
        if (mf.polynomial)
            lines.push(`${label} = ${formulaExpression(mf.terms, m)}${fixedText(f)}`);
        else {
            const shown = mf.values.filter((v) => v.value !== null).slice(0, 4)
                .map((v) => `${Object.entries(v.at).map(([d, x]) => `${d}=${x}`).join(',')}: ${m === 'macs' || m === 'flops' ? (0,_budget_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(v.value) : (0,_budget_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(v.value)}`);
            lines.push(`${label}: no formula: ${mf.reason}${shown.length ? `; values ${shown.join('; ')}` : ''}`);
        }
    }
    return lines;
}


/***/ })

};
