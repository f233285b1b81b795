export const id = 798;
export const ids = [798];
export const modules = {

/***/ 7798:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MODEL_CARD_USAGE: () => (/* binding */ MODEL_CARD_USAGE),
  modelCardCommand: () => (/* binding */ modelCardCommand)
});

// EXTERNAL MODULE: ./build/shared/modelcard/card.js
var modelcard_card = __webpack_require__(4536);
// EXTERNAL MODULE: ./build/shared/modelcard/check.js
var check = __webpack_require__(7136);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
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

// EXTERNAL MODULE: ./build/shared/errors.js
var errors = __webpack_require__(2005);
// EXTERNAL MODULE: ./build/shared/io/atomic.js
var atomic = __webpack_require__(7700);
// EXTERNAL MODULE: ./build/shared/io/user-file.js
var user_file = __webpack_require__(3349);
// EXTERNAL MODULE: ./build/shared/results/collect.js
var collect = __webpack_require__(9555);
// EXTERNAL MODULE: ./build/shared/results/status.js
var results_status = __webpack_require__(8563);
// EXTERNAL MODULE: ./build/shared/report/escape.js
var report_escape = __webpack_require__(1424);
// EXTERNAL MODULE: ./build/shared/report/format.js
var format = __webpack_require__(1808);
;// CONCATENATED MODULE: ./build/shared/modelcard/performance.js
// The model card's performance section, written from the compare-metrics
// results holdout has: per comparison, one line on what was compared and a
// GFM table (markdown-table) of each metric on the whole evaluation set —
// baseline, candidate, change and its interval, and the policy's status for
// gated metrics. It goes between two marker comments, so the next run
// rewrites it in place; nothing outside the markers changes. Without the
// markers, the block goes under the performance heading (or, without one,
// into a new section at the end).










const PERFORMANCE_START = '<!-- holdout:performance:start (written by holdout model-card --write; edits between these markers are replaced) -->';
const PERFORMANCE_END = '<!-- holdout:performance:end -->';
const START_RE = /<!--\s*holdout:performance:start\b[\s\S]*?-->/;
const END_RE = /<!--\s*holdout:performance:end\s*-->/;
/** The generated block (markers included): per comparison, a line on what was compared and its metric table. */
function performanceBlock(sources) {
    const parts = [];
    for (const { file, document } of sources) {
        const c = document.comparison;
        const rows = c.metrics.filter((r) => !r.slice);
        const baseline = c.baseline ? `production ${c.baseline.source}${c.baseline.id ? ` (${c.baseline.id})` : ''}` : 'no production baseline';
        const commit = document.subject.gitSha ? `, commit ${document.subject.gitSha.slice(0, 12)}` : '';
        const how = c.evals ? `paired on ${c.evals.cases} cases` : c.paired ? `paired on ${c.rows ?? 0} rows` : 'from metrics files';
        parts.push((0,report_escape/* escapeMarkdown */.F)(`${document.title}: candidate ${c.candidate.source} against ${baseline}${commit}; ${how}; from ${file}.`));
        if (rows.length === 0) {
            parts.push('No metrics.');
            continue;
        }
        const ci = `${Math.round(c.confidence * 100)}% CI`;
        const table = [
            ['Metric', 'Baseline', 'Candidate', 'Change', ci, 'Policy'],
            ...rows.map((r) => [
                (0,report_escape/* escapeMarkdown */.F)(r.name),
                (0,format/* value */.Uq)(r.baseline),
                (0,format/* value */.Uq)(r.candidate),
                (0,format/* signed */.x8)(r.difference),
                r.interval ? `${(0,format/* signed */.x8)(r.interval[0])} to ${(0,format/* signed */.x8)(r.interval[1])}` : '—',
                r.gated ? `${(0,results_status/* statusIcon */.I8)(r.status)} ${r.status}` : 'not gated',
            ]),
        ];
        parts.push(markdownTable(table, { align: ['l', 'r', 'r', 'r', 'r', 'l'] }));
    }
    if (sources.length === 0)
        parts.push('No compare-metrics results were found.');
    return [PERFORMANCE_START, '', ...parts.flatMap((p, k) => (k ? ['', p] : [p])), '', PERFORMANCE_END].join('\n');
}
/** Where the card's line breaks are \r\n, the block's are too. */
function newlineOf(text) {
    return /\r\n/.test(text) ? '\r\n' : '\n';
}
/**
 * The card with its performance block written: between existing markers
 * (only what lies between them changes), else right under the first heading
 * that stands for `section`, else in a new "## <section name>" at the end.
 */
function writePerformance(text, block, section) {
    const nl = newlineOf(text);
    const body = block.split('\n').join(nl);
    const start = START_RE.exec(text);
    if (start) {
        const rest = text.slice(start.index);
        const end = END_RE.exec(rest);
        if (end) {
            const stop = start.index + end.index + end[0].length;
            return { text: text.slice(0, start.index) + body + text.slice(stop), where: 'markers', line: lineAt(text, start.index) };
        }
    }
    const wanted = new Set(section.headings.map(modelcard_card/* normaliseHeading */.H7));
    const heading = (0,modelcard_card/* cardSections */.H)(text).find((s) => wanted.has((0,modelcard_card/* normaliseHeading */.H7)(s.heading)));
    if (heading) {
        // Right after the heading's line(s): the rest of the section stays as it is, below the block.
        const at = offsetOfLine(text, heading.bodyStart);
        const before = text.slice(0, at);
        const joint = before.endsWith('\n') || before.endsWith('\r') ? '' : nl;
        return { text: `${before}${joint}${nl}${body}${nl}${text.slice(at).startsWith(nl) || at >= text.length ? '' : nl}${text.slice(at)}`, where: 'heading', line: heading.line };
    }
    const ending = text === '' || text.endsWith('\n') ? '' : nl;
    return { text: `${text}${ending}${text === '' ? '' : nl}## ${section.name}${nl}${nl}${body}${nl}`, where: 'appended', line: lineAt(text, text.length) + (text === '' ? 0 : 1) };
}
function lineAt(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text[i] === '\n')
            line++;
    return line;
}
/** The offset where 0-based line `index` starts (the text's end when it has fewer lines). */
function offsetOfLine(text, index) {
    let offset = 0;
    for (let k = 0; k < index; k++) {
        const next = text.indexOf('\n', offset);
        if (next < 0)
            return text.length;
        offset = next + 1;
    }
    return offset;
}
/** Writes the performance block into the card (atomically) from the compare-metrics results the globs find. */
async function updateModelCard(input) {
    const file = (0,user_file/* userFile */.M)(input.workspace, input.card);
    const collected = await (0,collect/* collectResults */.n)(input.results, input.workspace);
    if (collected.problems.length > 0)
        throw collected.problems[0];
    const sources = collected.documents.flatMap((d) => (d.document.kind === 'compare-metrics' ? [{ file: d.file, document: d.document }] : []));
    // Refused before anything is written: a block saying there are none would replace the section the last run wrote.
    if (sources.length === 0)
        throw new errors/* ConfigurationError */.j1(`no compare-metrics results in ${input.results.join(', ')} to write the performance section from; the card is unchanged`, { file: file.display });
    let text = '';
    try {
        text = await (0,promises_.readFile)(file.path, 'utf8');
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
    }
    const specs = input.sections.map(modelcard_card/* parseRequiredSection */.IB);
    const section = specs.find((s) => s.headings.some((h) => (0,modelcard_card/* normaliseHeading */.H7)(h) === modelcard_card/* PERFORMANCE_SECTION */.JO)) ?? (0,modelcard_card/* parseRequiredSection */.IB)(modelcard_card/* DEFAULT_MODEL_CARD_SECTIONS */.SG[2]);
    const written = writePerformance(text, performanceBlock(sources), section);
    if (written.text !== text)
        await (0,atomic/* writeFileAtomic */.Z)(file.path, written.text);
    return { file: file.display, where: written.where, line: written.line, comparisons: sources.length, changed: written.text !== text };
}

// EXTERNAL MODULE: ./build/shared/steps/common.js
var common = __webpack_require__(779);
// EXTERNAL MODULE: ./build/cli/common.js + 1 modules
var cli_common = __webpack_require__(147);
// EXTERNAL MODULE: ./build/cli/text.js
var cli_text = __webpack_require__(8906);
;// CONCATENATED MODULE: ./build/cli/modelcard.js
// `holdout model-card`: the gate's model card check from the command line,
// and with --write the card's performance section written from the
// compare-metrics results (between marker comments, rewritten in place).







const MODEL_CARD_USAGE = `Usage: holdout model-card <card.md> [--write [--results <glob>...]] [--section <spec>...] [--policy fail|warn]

Checks a Markdown model card for its required sections, as the gate's
model-card input does: each must have a heading (any of its alternatives,
in any case, at any level) with content under it.

With --write, first writes the performance section from the compare-metrics
results (default ${common/* DEFAULT_RESULTS_GLOB */.g2}): a table per comparison between
<!-- holdout:performance:start --> and <!-- holdout:performance:end -->,
rewritten in place on the next run; nothing else in the card changes.

Options:
  --write                write the performance section, then check
  --results <glob>       results documents to read (repeatable)
  --section <spec>       a required section, "Name | Alternative heading" (repeatable; default the gate's five)
  --policy <policy>      fail (default) or warn: what a missing or empty section does
  --format <format>      text (default) or json
  -h, --help             show this help`;
async function modelCardCommand(args, io) {
    const { values, positionals } = (0,cli_common/* parse */.qg)(args, {
        write: { type: 'boolean' },
        results: { type: 'string', multiple: true },
        section: { type: 'string', multiple: true },
        policy: { type: 'string' },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
        io.stdout(MODEL_CARD_USAGE + '\n');
        return cli_common/* EXIT */.dc.ok;
    }
    if (positionals.length !== 1)
        throw new cli_common/* UsageError */.eb('model-card takes one card (a Markdown file)');
    const policy = values.policy ?? 'fail';
    if (!check/* MODEL_CARD_POLICIES */.a.includes(policy))
        throw new cli_common/* UsageError */.eb('--policy must be fail or warn');
    const format = values.format ?? 'text';
    if (!['text', 'json'].includes(format))
        throw new cli_common/* UsageError */.eb('--format must be text or json');
    const sections = values.section ?? [...modelcard_card/* DEFAULT_MODEL_CARD_SECTIONS */.SG];
    const card = positionals[0];
    if (values.write) {
        const written = await updateModelCard({ card, results: values.results ?? [common/* DEFAULT_RESULTS_GLOB */.g2], sections, workspace: io.cwd });
        const where = written.where === 'markers' ? 'between its markers' : written.where === 'heading' ? `under its heading on line ${written.line}` : 'in a new section at the end';
        io.stderr(`holdout: ${written.changed ? 'wrote' : 'kept (unchanged)'} the performance section of ${(0,cli_text/* sanitizeTerminal */.iz)(written.file)} ${where}, from ${written.comparisons} comparison${written.comparisons === 1 ? '' : 's'}\n`);
    }
    else if (values.results)
        throw new cli_common/* UsageError */.eb('--results is read with --write');
    const { document } = await (0,check/* checkModelCard */.w)({ card, sections, policy: policy, workspace: io.cwd });
    if (format === 'json')
        io.stdout(JSON.stringify(document, null, 2) + '\n');
    else {
        const lines = [`model card ${document.card.path}: ${document.status}`];
        for (const c of document.checks)
            lines.push(`  ${c.status.padEnd(5)} ${c.title.replace(/^Model card: /, '')}: ${c.message}`);
        io.stdout((0,cli_text/* sanitizeTerminal */.iz)(lines.join('\n')) + '\n');
    }
    return (0,results_status/* statusFailsStep */.Cd)(document.status, 'fail') ? cli_common/* EXIT */.dc.failed : cli_common/* EXIT */.dc.ok;
}


/***/ }),

/***/ 8906:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LF: () => (/* binding */ comparisonVerdict),
/* harmony export */   Nz: () => (/* binding */ formatReportText),
/* harmony export */   WH: () => (/* binding */ formatValidationText),
/* harmony export */   a7: () => (/* binding */ formatGateText),
/* harmony export */   cF: () => (/* binding */ formatComparisonText),
/* harmony export */   iz: () => (/* binding */ sanitizeTerminal)
/* harmony export */ });
/* unused harmony export driftLine */
/* harmony import */ var _shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4058);
/* harmony import */ var _shared_report_drift_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1288);
/* harmony import */ var _shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1808);
/* harmony import */ var _shared_report_validation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(352);
/* harmony import */ var _shared_results_status_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8563);
// Plain text for the terminal: one line per error in the `file:line: message`
// form editors and grep understand; statuses first; numbers rounded to what
// matters; no Markdown; correct plurals; colour on a TTY only (the caller
// says whether stdout is one).





// Colour is marked with private-use characters while a line is built (so that
// sanitising the line, untrusted text and all, keeps it) and becomes SGR
// codes in `finish`. At worst a name smuggles in one of these four colours.
const SGR = { green: '\uE000', yellow: '\uE001', red: '\uE002', magenta: '\uE003' };
const RESET = '\uE004';
const CODES = { '\uE000': '\x1b[32m', '\uE001': '\x1b[33m', '\uE002': '\x1b[31m', '\uE003': '\x1b[35m', '\uE004': '\x1b[0m' };
/** Drops control characters so untrusted text cannot drive the terminal. */
function sanitizeTerminal(text) {
    return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '�');
}
function painter(color) {
    return (status, text) => (color ? `${SGR[(0,_shared_results_status_js__WEBPACK_IMPORTED_MODULE_3__/* .statusColour */ .$8)(status)]}${text}${RESET}` : text);
}
/** The lines as printed: colour marks become SGR codes (without colour there are none). */
function finish(lines, color) {
    const text = lines.join('\n') + '\n';
    return color ? text.replace(/[\uE000-\uE004]/g, (c) => CODES[c]) : text.replace(/[\uE000-\uE004]/g, '');
}
/** A status as a fixed-width word: `FAIL `, `PASS `. */
const word = (status) => status.toUpperCase().padEnd(5);
/** One drifted column: its statistic against the level the schema sets. */
function driftLine(c) {
    const statistic = c.statistic === null && c.pValue === 0 && c.status !== 'error' ? Infinity : c.statistic;
    if (c.status === 'error')
        return `${c.column}: ${c.message}`;
    const shown = c.compare === 'p-value' ? `p ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .pValue */ .sp)(c.pValue)} (${c.method} ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .value */ .Uq)(statistic, 2)})` : `${c.method} ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .value */ .Uq)(statistic, 2)}${c.bound !== undefined ? ` ±${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .value */ .Uq)(c.bound, 2)}` : ''}`;
    return `${c.column}: ${shown}, drift at ${(0,_shared_report_drift_js__WEBPACK_IMPORTED_MODULE_1__/* .driftLevel */ .qf)(c)}; n ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(c.nRef)} → ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(c.nCur)}`;
}
function formatValidationText(document, options) {
    const paint = painter(options.color);
    const lines = [];
    for (const error of document.data.errors.slice(0, options.maxErrors)) {
        const where = error.line ? `${error.file}:${error.line}` : error.row ? `${error.file} (row ${error.row})` : error.file;
        const kind = error.constraint ? `${error.type}/${error.constraint}` : error.type;
        lines.push(sanitizeTerminal(`${where}: ${kind}${error.field ? ` [${error.field}]` : ''}: ${error.message}${error.severity === 'warn' ? ' (tolerated by mostly)' : ''}`));
    }
    const shown = Math.min(options.maxErrors, document.data.errors.length);
    if (document.data.errorCount > shown && document.data.errors.length > 0)
        lines.push(`… ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(document.data.errorCount - shown, 'more error')}`);
    for (const table of document.data.tables) {
        lines.push(sanitizeTerminal(`${paint(table.status, word(table.status))} ${table.file}: ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(table.rows, 'row')}, ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(table.failedChecks, 'check')} failed, ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(table.errorCount, 'error')}${table.problem ? ` (${table.problem})` : ''}`));
    }
    const drift = document.data.drift;
    if (drift) {
        const d = drift.dataset;
        lines.push(sanitizeTerminal(`${paint(d.drifted > 0 ? 'fail' : 'pass', 'DRIFT')} ${d.drifted} of ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(d.compared, 'column')} against ${drift.reference.path} (dataset drift at ${Math.round(d.share * 100)}%: ${d.status})`));
        for (const c of drift.columns.filter((c) => c.status !== 'pass'))
            lines.push(sanitizeTerminal(`  ${paint(c.status, c.status)} ${driftLine(c)}`));
    }
    const failed = document.checks.filter((c) => c.status === 'fail' || c.status === 'error').length;
    lines.push(`${paint(document.status, document.status.toUpperCase())}: ${failed} of ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(document.checks.length, 'check')} failed`);
    return finish(lines, options.color);
}
/** One line on a comparison's verdict: what fails and why, or what was found. */
function comparisonVerdict(document) {
    if (document.status === 'pass')
        return (0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .comparisonOutcome */ .cT)(document);
    const reasons = (0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .comparisonReasons */ .Rm)(document, document.status === 'warn' ? 'warn' : 'fail');
    return reasons.join('; ') || (0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .comparisonOutcome */ .cT)(document);
}
function formatComparisonText(document, color) {
    const paint = painter(color);
    const c = document.comparison;
    const rows = (0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .orderRows */ .O1)(c.metrics);
    const names = rows.map((r) => (r.slice ? `${r.name} [${r.slice.column}=${r.slice.value}]` : r.name));
    const width = Math.max(6, ...names.map((n) => n.length));
    const ci = `${Math.round(c.confidence * 100)}% interval`;
    const lines = [`status     ${'metric'.padEnd(width)}  ${'baseline'.padStart(9)}  ${'candidate'.padStart(9)}  ${'change'.padStart(8)}  ${ci.padEnd(20)}  ${'p'.padEnd(7)}  test`];
    rows.forEach((r, i) => {
        const status = r.gated ? paint(r.status, r.status.padEnd(9)) : 'not gated';
        const change = r.relativeDifference !== null ? (0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .signedPercent */ .wu)(r.relativeDifference) : (0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .signed */ .x8)(r.difference);
        const interval = r.interval ? `${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .signed */ .x8)(r.interval[0])} to ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .signed */ .x8)(r.interval[1])}` : '—';
        lines.push(sanitizeTerminal(`${status}  ${names[i].padEnd(width)}  ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .value */ .Uq)(r.baseline).padStart(9)}  ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .value */ .Uq)(r.candidate).padStart(9)}  ${change.padStart(8)}  ${interval.padEnd(20)}  ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .pValue */ .sp)(r.pValue).padEnd(7)}  ${r.method === 'none' ? '—' : r.method}`));
    });
    const failing = rows.filter((r) => r.gated && r.status !== 'pass');
    if (failing.length)
        lines.push('');
    for (const r of failing)
        for (const k of (0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .rowChecks */ .ko)(document, r))
            lines.push(sanitizeTerminal(`${paint(k.status, word(k.status))} ${(0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .rowName */ ._k)(r)}: ${(0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .checkReason */ .Dk)(r, k)}`));
    lines.push(sanitizeTerminal(`${paint(document.status, document.status.toUpperCase())}: ${comparisonVerdict(document)}`));
    return finish(lines, color);
}
/** The gate's decision for a terminal: the decision and its first reason, every reason, the inputs and the audit record. */
function formatGateText(result, color) {
    const paint = painter(color);
    const decision = result.decision;
    if (!decision)
        return finish([sanitizeTerminal(String(result.outputs.reason ?? ''))], color);
    const status = decision.decision === 'pass' ? 'pass' : decision.decision === 'overridden' ? 'warn' : decision.status === 'error' ? 'error' : 'fail';
    const lines = [sanitizeTerminal(`${paint(status, decision.decision === 'overridden' ? 'OVERRIDDEN (not a pass)' : decision.decision.toUpperCase())} holdout gate: ${decision.reason}`)];
    if (decision.reasons.length > 1) {
        lines.push(`${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(decision.reasons.length, 'reason')}:`);
        for (const r of decision.reasons.slice(0, 50))
            lines.push(sanitizeTerminal(`  - ${r}`));
        if (decision.reasons.length > 50)
            lines.push(`  … ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(decision.reasons.length - 50)} more`);
    }
    const files = result.document?.subject.files ?? [];
    if (files.length)
        lines.push(`inputs: ${files.map((f) => sanitizeTerminal(`${f.path}${f.sha256 ? ` (sha256 ${f.sha256.slice(0, 12)}…)` : ''}`)).join(', ')}`);
    const audit = result.document?.decision?.auditSha256;
    if (result.outputs['audit-file'] !== undefined)
        lines.push(sanitizeTerminal(`audit record: ${String(result.outputs['audit-file'])}${typeof audit === 'string' ? ` (sha256 ${audit.slice(0, 16)}…)` : ''}`));
    return finish(lines, color);
}
/** The report for a terminal: the verdict, then per document what does not pass. */
function formatReportText(documents, verdict, color) {
    const paint = painter(color);
    const status = documents.length === 0 ? 'error' : (0,_shared_results_status_js__WEBPACK_IMPORTED_MODULE_3__/* .worstStatus */ .A4)(documents.map((d) => d.status));
    const lines = [sanitizeTerminal(`${paint(status, status.toUpperCase())} ${verdict}`)];
    for (const doc of documents) {
        if (doc.kind === 'compare-metrics') {
            lines.push('', sanitizeTerminal(`${paint(doc.status, word(doc.status))} ${doc.title}: ${comparisonVerdict(doc)}`));
            for (const r of (0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .orderRows */ .O1)(doc.comparison.metrics.filter((m) => m.gated && m.status !== 'pass'))) {
                for (const k of (0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .rowChecks */ .ko)(doc, r))
                    lines.push(sanitizeTerminal(`  ${paint(k.status, k.status)} ${(0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .rowName */ ._k)(r)}: ${(0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .checkReason */ .Dk)(r, k)}`));
            }
        }
        else if (doc.kind === 'validate-data') {
            const reasons = doc.status === 'pass' ? [`${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(doc.data.rows, 'row')} in ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(doc.data.tables.length, 'file')}, no errors`] : (0,_shared_report_validation_js__WEBPACK_IMPORTED_MODULE_2__/* .validationReasons */ .B3)(doc, doc.status === 'warn' ? 'warn' : 'fail');
            lines.push('', sanitizeTerminal(`${paint(doc.status, word(doc.status))} ${doc.title}: ${reasons.join('; ')}`));
            for (const t of doc.data.tables.filter((t) => t.status !== 'pass'))
                lines.push(sanitizeTerminal(`  ${paint(t.status, t.status)} ${t.file}: ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(t.errorCount, 'error')}, ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(t.failedChecks, 'check')} failed`));
            for (const c of doc.data.drift?.columns.filter((c) => c.status !== 'pass') ?? [])
                lines.push(sanitizeTerminal(`  ${paint(c.status, c.status)} ${driftLine(c)}`));
        }
        else {
            lines.push('', sanitizeTerminal(`${paint(doc.status, word(doc.status))} ${doc.title}: ${doc.checks.find((c) => c.status !== 'pass')?.message ?? 'pass'}`));
        }
    }
    return finish(lines, color);
}


/***/ }),

/***/ 1497:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ expandPaths)
/* harmony export */ });
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3382);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2005);
/* harmony import */ var _io_user_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3349);
// Expanding user-given data paths: newline- or comma-separated paths and
// globs, relative to a base directory, deduplicated, in a stable order. Each
// match is a UserFile: a plain path keeps the name the user wrote, a glob
// match is named relative to the base directory.




async function expandPaths(patterns, baseDir, what = 'data') {
    const out = [];
    const seen = new Set();
    for (const pattern of patterns) {
        let matches;
        if ((0,tinyglobby__WEBPACK_IMPORTED_MODULE_3__/* .isDynamicPattern */ .ey)(pattern)) {
            const found = (await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_3__/* .glob */ .TI)(pattern, { cwd: baseDir, absolute: true, onlyFiles: true, dot: false })).sort();
            if (found.length === 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`the ${what} pattern "${pattern}" matches no file`);
            matches = found.map((path) => (0,_io_user_file_js__WEBPACK_IMPORTED_MODULE_2__/* .foundFile */ .X)(baseDir, path));
        }
        else
            matches = [(0,_io_user_file_js__WEBPACK_IMPORTED_MODULE_2__/* .userFile */ .M)(baseDir, pattern)];
        for (const match of matches) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(match.path);
            if (seen.has(path))
                continue;
            seen.add(path);
            out.push(match);
        }
    }
    return out;
}


/***/ }),

/***/ 4536:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ cardSections),
/* harmony export */   H7: () => (/* binding */ normaliseHeading),
/* harmony export */   IB: () => (/* binding */ parseRequiredSection),
/* harmony export */   JO: () => (/* binding */ PERFORMANCE_SECTION),
/* harmony export */   SG: () => (/* binding */ DEFAULT_MODEL_CARD_SECTIONS),
/* harmony export */   fM: () => (/* binding */ checkSections)
/* harmony export */ });
/* unused harmony export contentWords */
// A Markdown model card read as its sections, and checked for the sections a
// team requires (issue 17): each required section is one or more headings
// that may stand for it (matched case-insensitively, punctuation and an
// "[optional]" mark aside, at any level), and it must have content of its own
// — text that is not a heading, an HTML comment, a template placeholder
// (`{{ … }}`, `{% … %}`) or Hugging Face's "[More Information Needed]".
// Pure: text in, sections and findings out.
/**
 * The sections required by default: the five the gate's governance check
 * asks for, each also satisfied by the heading Hugging Face's model card
 * template (huggingface_hub, src/huggingface_hub/templates/modelcard_template.md)
 * gives the same content — "Uses", "Evaluation", "Bias, Risks, and
 * Limitations". That template has no section for assumptions or for a
 * rollback procedure. Alternatives are separated by `|`.
 */
const DEFAULT_MODEL_CARD_SECTIONS = [
    'Intended use | Intended uses | Uses',
    'Assumptions',
    'Performance baselines | Performance | Evaluation',
    'Failure modes | Bias Risks and Limitations | Limitations',
    'Rollback procedure | Rollback',
];
/** The section holdout writes the performance table into (the third default). */
const PERFORMANCE_SECTION = 'performance baselines';
/** A heading as compared: lower case, without an "[optional]" mark, punctuation as spaces, spaces collapsed. */
function normaliseHeading(text) {
    return text
        .replace(/[[(]\s*optional\s*[\])]/gi, ' ')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
}
/** "Intended use | Uses" → the section and its accepted headings. */
function parseRequiredSection(spec) {
    const headings = spec.split('|').map((h) => h.trim()).filter((h) => h !== '');
    return { name: headings[0] ?? spec.trim(), headings };
}
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
/** The card's headings (ATX and setext), outside YAML front matter and fenced code, with the lines each section spans. */
function cardSections(text) {
    const lines = text.split(/\r\n|\r|\n/);
    const found = [];
    let i = 0;
    // YAML front matter (Hugging Face's metadata block) is not part of the card's text.
    if (lines[0]?.trim() === '---') {
        const end = lines.findIndex((l, k) => k > 0 && (l.trim() === '---' || l.trim() === '...'));
        if (end > 0)
            i = end + 1;
    }
    let fence;
    for (; i < lines.length; i++) {
        const line = lines[i];
        const f = FENCE.exec(line);
        if (fence) {
            if (f && f[1][0] === fence[0] && f[1].length >= fence.length)
                fence = undefined;
            continue;
        }
        if (f) {
            fence = f[1];
            continue;
        }
        const atx = ATX.exec(line);
        if (atx) {
            found.push({ heading: (atx[2] ?? '').trim(), level: atx[1].length, line: i + 1, bodyStart: i + 1 });
            continue;
        }
        const next = lines[i + 1];
        const prevBlank = i === 0 || lines[i - 1].trim() === '' || found.at(-1)?.line === i;
        if (next !== undefined && line.trim() !== '' && SETEXT.exec(next) && prevBlank && !/^\s*([-*+]|\d+[.)])\s/.test(line) && !/^\s*(<|\|)/.test(line)) {
            found.push({ heading: line.trim(), level: next.trim()[0] === '=' ? 1 : 2, line: i + 1, bodyStart: i + 2 });
            i++;
        }
    }
    return found.map((s, k) => {
        const after = found.slice(k + 1).find((t) => t.level <= s.level);
        return { ...s, bodyEnd: after ? after.line - 1 : lines.length };
    });
}
/** The words of a section's own content: headings, comments, template placeholders and "[More Information Needed]" left out. */
function contentWords(text, section) {
    const lines = text.split(/\r\n|\r|\n/).slice(section.bodyStart, section.bodyEnd);
    const body = lines
        .filter((l) => !ATX.test(l) && !SETEXT.test(l))
        .join('\n')
        .replace(/<!--[\s\S]*?(-->|$)/g, ' ')
        .replace(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\{#[\s\S]*?#\}/g, ' ')
        .replace(/\[More Information Needed\]/gi, ' ')
        .replace(/<\/?[A-Za-z][^>]*>/g, ' ');
    return body.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
/** Each required section: present (with content), empty (its heading has nothing under it) or missing (no heading for it). */
function checkSections(text, required) {
    const sections = cardSections(text);
    return required.map((r) => {
        const wanted = new Set(r.headings.map(normaliseHeading));
        const matches = sections.filter((s) => wanted.has(normaliseHeading(s.heading)));
        if (matches.length === 0)
            return { name: r.name, state: 'missing', words: 0, accepted: r.headings };
        // Several headings may stand for it (Uses and Intended use): the one with the most content counts.
        const scored = matches.map((s) => ({ s, words: contentWords(text, s) })).sort((a, b) => b.words - a.words || a.s.line - b.s.line);
        const best = scored[0];
        return { name: r.name, state: best.words > 0 ? 'present' : 'empty', heading: best.s.heading, line: best.s.line, words: best.words, accepted: r.headings };
    });
}


/***/ }),

/***/ 7136:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ MODEL_CARD_POLICIES),
/* harmony export */   w: () => (/* binding */ checkModelCard)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var _io_user_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3349);
/* harmony import */ var _results_head_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6923);
/* harmony import */ var _results_status_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8563);
/* harmony import */ var _card_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4536);
// The gate's model card check (issue 17): the card read from the checked-out
// commit, each required section a check — present passes; empty or missing
// fails or warns as the policy says — in a results document of kind
// model-card that the gate decides on with the others. So the card shows in
// the gate's reasons, its check run and its audit record (with the card's
// sha256) like any other input.






const MODEL_CARD_POLICIES = ['fail', 'warn'];
function sectionCheck(f, file, policy) {
    const status = f.state === 'present' ? 'pass' : policy;
    const accepted = f.accepted.map((h) => `"${h}"`).join(', ');
    const message = f.state === 'present'
        ? `"${f.heading}" (line ${f.line}): ${f.words} word${f.words === 1 ? '' : 's'}`
        : f.state === 'empty'
            ? `"${f.heading}" (line ${f.line}) has no content of its own (only headings, comments or template placeholders)`
            : `no heading for it (any of ${accepted}, in any case)`;
    return {
        id: `model-card:${f.name}`,
        title: `Model card: ${f.name}`,
        status,
        observed: f.state,
        expected: 'present',
        message,
        count: status === 'pass' ? 0 : 1,
        locations: [{ file, ...(f.line ? { line: f.line } : {}) }],
    };
}
/** Checks the card and returns it as one more input to the gate's decision. */
async function checkModelCard(input) {
    const file = (0,_io_user_file_js__WEBPACK_IMPORTED_MODULE_2__/* .userFile */ .M)(input.workspace, input.card);
    const required = input.sections.map(_card_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRequiredSection */ .IB);
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file.path);
    }
    catch (error) {
        if (error.code !== 'ENOENT' && error.code !== 'EISDIR')
            throw error;
    }
    const sha256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes ?? '').digest('hex');
    const findings = bytes === undefined ? required.map((r) => ({ name: r.name, state: 'missing', words: 0, accepted: r.headings })) : (0,_card_js__WEBPACK_IMPORTED_MODULE_5__/* .checkSections */ .fM)(bytes.toString('utf8'), required);
    const checks = bytes === undefined
        ? [{ id: 'model-card', title: 'Model card', status: input.policy, observed: 'not found', expected: 'a Markdown file', message: `${file.display} not found: every required section is missing (${required.map((r) => r.name).join(', ')})`, count: 1, locations: [{ file: file.display }] }]
        : findings.map((f) => sectionCheck(f, file.display, input.policy));
    const document = {
        ...(0,_results_head_js__WEBPACK_IMPORTED_MODULE_3__/* .documentHead */ .K)('model-card', 'Model card', (0,_results_status_js__WEBPACK_IMPORTED_MODULE_4__/* .worstStatus */ .A4)(checks.map((c) => c.status)), input.now),
        subject: { files: bytes === undefined ? [{ path: file.display }] : [{ path: file.display, sha256, bytes: bytes.length }], ...(input.commit ? { gitSha: input.commit } : {}) },
        checks,
        card: { path: file.display, sections: findings },
    };
    return { file: file.display, sha256, document };
}


/***/ }),

/***/ 9555:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ collectResults)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2005);
/* harmony import */ var _data_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1497);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3517);
// Collecting results documents for report and gate: every file the glob
// matches, read and checked; a document that does not parse is kept as a
// problem naming the file, never skipped silently. (Profiles written beside
// the results are recognised as such and left out.)



async function collectResults(patterns, baseDir) {
    const problems = [];
    let files = [];
    try {
        files = await (0,_data_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .expandPaths */ .p)(patterns, baseDir, 'results');
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1))
            throw error;
        problems.push(error);
    }
    const documents = [];
    for (const file of files) {
        try {
            const read = await (0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .readResultsFile */ .B9)(file);
            if (read)
                documents.push(read);
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1))
                throw error;
            problems.push(error);
        }
    }
    return { documents, problems };
}


/***/ }),

/***/ 6923:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ documentHead)
/* harmony export */ });
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6941);
// The head every results document starts with (the schema's `envelope`):
// the format version, the kind, a title, the status and when it was made.

function documentHead(kind, title, status, createdAt = new Date()) {
    return { holdout: _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .RESULTS_VERSION */ .kI, kind, title, status, createdAt: createdAt.toISOString() };
}


/***/ })

};
