export const id = 124;
export const ids = [124];
export const modules = {

/***/ 5124:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runProfileCommand: () => (/* binding */ runProfileCommand)
});

// EXTERNAL MODULE: ./build/src/profile/index.js + 9 modules
var src_profile = __webpack_require__(2474);
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
// EXTERNAL MODULE: ./build/src/formats/registry.js + 6 modules
var registry = __webpack_require__(1822);
// EXTERNAL MODULE: ./build/src/profile/unbound-dims.js
var unbound_dims = __webpack_require__(8712);
// EXTERNAL MODULE: ./build/src/graph/order.js
var order = __webpack_require__(3746);
// EXTERNAL MODULE: ./build/src/report/formula-format.js
var formula_format = __webpack_require__(2712);
// EXTERNAL MODULE: ./build/src/report/escape.js
var report_escape = __webpack_require__(6209);
;// CONCATENATED MODULE: ./build/src/report/profile-tables.js
/**
 * The per-op-type and per-node tables of `model-budget profile`, independent of the output
 * format: the rows shown (the `--top` costliest, or all), one row summing the rows left out, a
 * total row, and each row's share of the column the rows are ranked by. Cells are unescaped text;
 * the renderers (profile-format.ts) escape them for a terminal or markdown.
 */


/** The `top` costliest rows by FLOPs, then memory access (all rows, in their order, without a limit). */
function costly(rows, top) {
    if (top === undefined)
        return [...rows];
    return [...rows].sort((a, b) => b.flops - a.flops || b.memoryBytes - a.memoryBytes).slice(0, top);
}
function shareOf(total) {
    return total.flops > 0 ? 'flops' : 'memoryBytes';
}
const SHARE_HEADER = { flops: '% FLOPs', memoryBytes: '% memory access' };
/** `12.3%`; a share too small for one decimal is `<0.1%`, never a misleading `0.0%`. */
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
/** Prefix totals that are lower bounds with "≥" so nobody reads them as exact. */
function atLeast(p, text) {
    return p.totals?.lowerBound ? `≥ ${text}` : text;
}
function moreLabel(hidden, all) {
    return `… ${hidden} more (use --top ${all})`;
}
const OP_COLUMNS = (share) => [
    { header: 'op type', numeric: false }, { header: 'count', numeric: true }, { header: 'MACs', numeric: true },
    { header: 'FLOPs', numeric: true }, { header: SHARE_HEADER[share], numeric: true }, { header: 'memory access', numeric: true },
];
/** Per (domain, op type) over the nodes counted in the totals: the rows add up to the total row. */
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
    return {
        columns: OP_COLUMNS(share),
        rows: shown.map((o) => cells((0,labels/* opLabel */.mo)(o.opType, o.domain), o.count, o)),
        ...(hidden.length > 0 ? { more: cells(moreLabel(hidden.length, p.byOpType.length), sum(hidden, (o) => o.count), hiddenSum()) } : {}),
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
/**
 * One row per node. Nodes inside a control-flow body are listed, but their cost is already in
 * their If/Loop/Scan node's row: they get no share and are not summed (`nested` in the share
 * column says why). The total row is the model's totals; params are not totalled, as nodes may
 * share a weight (the summary has the model's params).
 */
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
        // Notes on healthy nodes matter too (which If branch counted, Loop trip counts).
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
/**
 * Renders one ProfileResult for `model-budget profile` as a terminal table, markdown, CSV or JSON.
 * Pure: returns text. Metrics absent from the profile are shown as absent, never as zero.
 */










const PROFILE_FORMATS = ['table', 'json', 'md', 'csv'];
/** Stored dims, with the value each symbolic dim was bound to: `[batch=1, seq=128]`. */
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
/** Prefix totals that are lower bounds with "≥" so nobody reads them as exact. */
function bound(p, text) {
    return p.totals?.lowerBound ? `≥ ${text}` : text;
}
/** Labels of the cost metrics a format may be unable to measure. */
const COST_LABELS = {
    macs: 'MACs', flops: 'FLOPs', memory: 'memory access', 'peak-memory': 'peak activations', latency: 'latency',
};
/** Top-level modules shown in the summary (the JSON has them all). */
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
        lines.push({ label: 'MACs', value: bound(p, (0,units/* formatCount */.B4)(p.totals.macs)) });
        lines.push({ label: 'FLOPs', value: bound(p, (0,units/* formatCount */.B4)(p.totals.flops)) });
        lines.push({ label: 'memory access', value: bound(p, (0,units/* formatBytes */.z3)(p.totals.memoryBytes)) });
        lines.push({ label: 'peak activations', value: bound(p, (0,units/* formatBytes */.z3)(p.totals.peakActivationBytes)) });
    }
    if (p.roofline) {
        const r = p.roofline;
        lines.push({
            label: `latency (${r.hardware})`,
            value: `${bound(p, (0,duration/* formatDuration */.a)(r.latencySeconds))} roofline estimate; ${r.arithmeticIntensity.toPrecision(3)} FLOPs/byte; ${r.computeBoundNodes} compute-bound, ${r.memoryBoundNodes} memory-bound nodes`,
        });
    }
    (0,formula_format/* formulaLines */.W)(p.formulas ?? { dims: [], fixed: {}, metrics: {} }).forEach((value, i) => lines.push({ label: i === 0 ? 'formulas' : '', value }));
    lines.push({ label: 'file size', value: (0,units/* formatBytes */.z3)(p.model.fileBytes) + (p.model.externalDataBytes ? ` + ${(0,units/* formatBytes */.z3)(p.model.externalDataBytes)} in side files` : '') });
    return lines;
}
/** 'ONNX IR 8, opsets ai.onnx 13, from pytorch 2.1' / 'safetensors' / 'GGUF v3'. */
function formatText(p) {
    const label = (0,registry/* formatByName */.kb)(p.model.format)?.label ?? p.model.format;
    const opsets = Object.entries(p.model.opsets).map(([d, v]) => `${d || 'ai.onnx'} ${v}`).join(', ');
    const graph = p.totals !== null && p.unavailable === undefined;
    return `${label}${p.model.formatVersion ? ` ${p.model.formatVersion}` : ''}${graph ? `, opsets ${opsets || 'none'}` : ''}${p.model.producer ? `, from ${p.model.producer}` : ''}`;
}
/** How to bind a dim the engine defaulted to 1, in CLI flags. */
function bindHint(p, u) {
    if (u.dim !== null)
        return `${u.dim} of ${u.input}: pass --dim ${u.dim}=N`;
    const shape = p.inputs.find((v) => v.name === u.input)?.shape ?? [];
    return `dim ${u.index} of ${u.input}: pass --input ${u.input}=${(0,shape_label/* shapeLabel */.M)(shape.map((d) => (typeof d === 'number' ? d : 'N')))}`;
}
function headerLines(p, view) {
    const shapes = (0,unbound_dims/* inputShapes */.N)(p);
    // A structure-only profile ran no engine: nothing was measured, so nothing was defaulted.
    const defaulted = p.totals ? (0,unbound_dims/* unboundDims */.D)(p, view.bound?.dims ?? {}, view.bound?.inputs ?? {}) : [];
    return [
        { label: 'model', value: p.model.path },
        { label: 'format', value: formatText(p) },
        ...(shapes.length > 0 ? [{ label: 'measured at', value: shapes.join(', ') }] : []),
        ...defaulted.map((u, i) => ({ label: i === 0 ? 'defaulted to 1' : '', value: bindHint(p, u) })),
        ...p.inputs.map((v, i) => ({ label: i === 0 ? 'inputs' : '', value: valueText(v) })),
        ...p.outputs.map((v, i) => ({ label: i === 0 ? 'outputs' : '', value: valueText(v) })),
    ];
}
function histogramText(p) {
    return Object.entries(p.opHistogram)
        .sort((a, b) => b[1] - a[1] || (0,order/* compareCodeUnits */.U)(a[0], b[0]))
        .map(([op, n]) => `${op} ${n}`)
        .join(', ');
}
/** Columns padded to their widest cell, numbers right-aligned; rules under the header and above the total. */
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
    // Numbers and the labels of the "more" and total rows are ours; names and shapes come from the model.
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
/** Every line of the summary; a file without a graph has no op types to list. */
function allLines(p, view) {
    return [...headerLines(p, view), ...summaryLines(p), ...(p.totals === null ? [] : [{ label: 'op types', value: histogramText(p) }])];
}
function renderTable(p, view) {
    const lines = allLines(p, view);
    // reduce, not Math.max(...): a model with 200k outputs has 200k lines, too many arguments.
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
/** What a model file controls (names, shapes, messages), escaped like the PR comment's, never cut. */
function md(text) {
    return (0,report_escape/* escapeMarkdown */.FV)(text, Infinity);
}
/** The same for a terminal: no control characters, so a node name cannot send escape sequences. */
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
/** CSV carries raw numbers (no unit formatting) so spreadsheets can sum them. */
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
    }
    if (p.roofline)
        rows.push(['latency_seconds', p.roofline.latencySeconds], ['arithmetic_intensity', p.roofline.arithmeticIntensity]);
    return csv([['metric', 'value'], ...rows]);
}
function renderProfile(p, view) {
    switch (view.format) {
        case 'json': {
            // The per-node table is large: JSON carries it only when asked for.
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
// EXTERNAL MODULE: ./build/src/cli/output.js
var output = __webpack_require__(3135);
// EXTERNAL MODULE: ./build/src/cli/usage.js
var usage = __webpack_require__(2315);
;// CONCATENATED MODULE: ./build/src/cli/profile.js
/** `model-budget profile <model>`. */





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


/***/ })

};
