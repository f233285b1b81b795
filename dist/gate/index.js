import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 1555:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  FN: () => (/* binding */ createOctokitOnFirstCall),
  Tk: () => (/* binding */ isEntry),
  yb: () => (/* binding */ runActionStep)
});

// UNUSED EXPORTS: actionEnvironment

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
// EXTERNAL MODULE: ./build/shared/errors.js
var errors = __nccwpck_require__(2005);
;// CONCATENATED MODULE: ./build/shared/io/http.js
/**
 * The retrying JSON-over-HTTP request the vendor clients (GitLab, MLflow) share: retries network errors, 429 and
 * 5xx with exponential backoff or the server's Retry-After (capped), and scrubs the client's secrets from every
 * text it hands back. Each client keeps its own messages: it turns a failure into its error with `fail`.
 */
/** Status codes worth another attempt: rate limited, or a server / gateway error. */
const RETRIED_STATUSES = new Set([429, 500, 502, 503, 504]);
/** The policy for a client: its options with the defaults filled in, scrubbing the given secrets (those under 3 characters are left alone). */
function retryPolicy(options, defaults) {
    const secrets = defaults.secrets.filter((s) => typeof s === 'string' && s.length >= 3);
    return {
        fetch: options.fetch ?? fetch,
        attempts: options.attempts ?? 4,
        backoffUnitMs: options.backoffUnitMs ?? 500,
        timeoutMs: options.timeoutMs ?? defaults.timeoutMs,
        maxRetryAfterMs: options.maxRetryAfterMs ?? 60_000,
        scrub: (text) => secrets.reduce((t, secret) => t.split(secret).join('***'), text),
    };
}
/** An API's root as requests and messages use it: the URL without credentials, query, fragment or trailing slash. */
function apiRoot(base) {
    const root = new URL(base.href);
    root.username = '';
    root.password = '';
    root.search = '';
    root.hash = '';
    return root.href.replace(/\/+$/, '');
}
/** Sends the request until it succeeds or the attempts run out; returns the OK response or throws `fail(failure)`. */
async function requestWithRetries(url, request, policy, fail) {
    const attempts = Math.max(1, policy.attempts);
    const backoff = (attempt) => policy.backoffUnitMs * 2 ** (attempt - 1);
    for (let attempt = 1;; attempt++) {
        let response;
        try {
            response = await policy.fetch(url, {
                method: request.method,
                headers: request.body === undefined ? request.headers : { ...request.headers, 'content-type': 'application/json' },
                body: request.body === undefined ? undefined : JSON.stringify(request.body),
                ...(request.redirect ? { redirect: request.redirect } : {}),
                signal: AbortSignal.timeout(policy.timeoutMs),
            });
        }
        catch (error) {
            if (attempt < attempts) {
                await sleep(backoff(attempt));
                continue;
            }
            throw fail({ kind: 'unreachable', attempts, message: policy.scrub(error.message) });
        }
        if (response.ok)
            return response;
        const text = policy.scrub(await response.text().catch(() => ''));
        const retryable = RETRIED_STATUSES.has(response.status);
        if (retryable && attempt < attempts) {
            await sleep(Math.min(retryAfterMs(response.headers.get('retry-after')) ?? backoff(attempt), policy.maxRetryAfterMs));
            continue;
        }
        throw fail({ kind: 'status', attempts, status: response.status, retryable, text });
    }
}
/** A Retry-After header in ms: delay-seconds or an HTTP-date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
function retryAfterMs(header) {
    if (!header)
        return undefined;
    const seconds = Number(header);
    if (Number.isFinite(seconds) && seconds >= 0)
        return seconds * 1000;
    const date = Date.parse(header);
    return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

;// CONCATENATED MODULE: ./build/shared/mlflow/client.js
// A small MLflow REST client: the calls holdout makes to a tracking server
// (or Databricks), over plain fetch. Endpoints, parameters and shapes are
// MLflow's published REST API (mlflow/protos/service.proto and
// model_registry.proto): registered-models/alias (GET, POST),
// model-versions/get, runs/get, artifacts/list, and the server's
// /get-artifact download (which also serves proxied mlflow-artifacts: roots).
//
// Where it points and what it sends come from the caller (mlflowSettingsFrom
// maps the standard variables; the entries pass the process environment), so nothing here
// reads the environment. Credentials — a token, or a user and password in the
// tracking URI — go in the Authorization header only and are never part of an
// error message: every message names the server by its origin without them.


/** What the standard variables say: the tracking URI and credentials, or undefined when MLflow is not configured (or is a local file store, which has no REST API). */
function mlflowSettingsFrom(env) {
    const tracking = env.MLFLOW_TRACKING_URI?.trim();
    const host = env.DATABRICKS_HOST?.trim();
    const databricksToken = env.DATABRICKS_TOKEN?.trim();
    if ((tracking === undefined || tracking === '' || /^databricks(:|$)/.test(tracking)) && host && databricksToken) {
        return { uri: /^https?:\/\//.test(host) ? host : `https://${host}`, token: databricksToken, databricks: true };
    }
    if (!tracking || !/^https?:\/\//i.test(tracking) || !URL.canParse(tracking))
        return undefined;
    return {
        uri: tracking,
        token: env.MLFLOW_TRACKING_TOKEN?.trim() || undefined,
        username: env.MLFLOW_TRACKING_USERNAME || undefined,
        password: env.MLFLOW_TRACKING_PASSWORD || undefined,
    };
}
/** The client the standard variables describe (the entries pass the process environment), or undefined when they describe none. */
function mlflowFromEnvironment(env, options = {}) {
    const settings = mlflowSettingsFrom(env);
    return settings ? createMlflowClient(settings, options) : undefined;
}
/**
 * An MLflow call that failed in a way the user acts on, or that kept failing
 * after the retries: one line naming the call (without credentials), MLflow's
 * error_code and message. A ConfigurationError, so entries print it as that line.
 */
class MlflowApiError extends errors/* ConfigurationError */.j1 {
    status;
    /** MLflow's error_code, e.g. RESOURCE_DOES_NOT_EXIST, when the body carried one. */
    errorCode;
    /** What MLflow said (error_code: message), credentials removed. */
    said;
    constructor(call, status, errorCode, said, advice, retried = '') {
        super(`MLflow ${call} failed${retried}: ${status}${said ? ` ${said}` : ''}${advice ? `; ${advice}` : ''}`);
        this.name = 'ConfigurationError';
        this.status = status;
        this.errorCode = errorCode;
        this.said = said;
    }
}
/** The status codes that mean "not there" for a lookup: MLflow's missing alias is 400 INVALID_PARAMETER_VALUE, a missing model, version or run 404 RESOURCE_DOES_NOT_EXIST. */
function isNotFound(error) {
    if (!(error instanceof MlflowApiError))
        return false;
    return error.status === 404 || error.errorCode === 'RESOURCE_DOES_NOT_EXIST' || (error.status === 400 && error.errorCode === 'INVALID_PARAMETER_VALUE' && /not found|does not exist/i.test(error.said));
}
function createMlflowClient(settings, options = {}) {
    let base;
    try {
        base = new URL(settings.uri);
    }
    catch {
        throw new errors/* ConfigurationError */.j1('MLFLOW_TRACKING_URI is not a URL (write https://<host>[/<path>])');
    }
    const username = settings.username ?? (base.username ? decodeURIComponent(base.username) : undefined);
    const password = settings.password ?? (base.password ? decodeURIComponent(base.password) : undefined);
    // A user or password in the URI may itself be a token: both are secrets.
    const policy = retryPolicy(options, { timeoutMs: 60_000, secrets: [settings.token, password, base.username ? username : undefined] });
    const root = apiRoot(base);
    const where = root;
    const headers = { accept: 'application/json', 'user-agent': 'holdout' };
    if (settings.token)
        headers.authorization = `Bearer ${settings.token}`;
    else if (username !== undefined && password !== undefined)
        headers.authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
    const advice = (status) => {
        if (status === 401)
            return settings.token || username ? 'the server refused the credentials: check MLFLOW_TRACKING_TOKEN (or DATABRICKS_TOKEN)' : 'the server needs credentials: set MLFLOW_TRACKING_TOKEN (or MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD)';
        if (status === 403)
            return 'the credentials may not do this: grant the user READ on the registered model and its experiment (EDIT or MANAGE on the model to move an alias)';
        return '';
    };
    async function call(method, path, params, body) {
        const url = new URL(root + path);
        for (const [key, value] of Object.entries(params))
            if (value !== undefined)
                url.searchParams.set(key, value);
        const name = `${method} ${path}`;
        return requestWithRetries(url, { method, headers, body }, policy, (failure) => {
            if (failure.kind === 'unreachable')
                return new errors/* ConfigurationError */.j1(`MLflow ${name} at ${where} could not be reached after ${failure.attempts} attempts: ${failure.message}`);
            const { text } = failure;
            let errorCode;
            let said = text.replace(/\s+/g, ' ').trim().slice(0, 300);
            try {
                const parsed = JSON.parse(text);
                if (typeof parsed.error_code === 'string')
                    errorCode = parsed.error_code;
                said = [errorCode, typeof parsed.message === 'string' ? parsed.message.replace(/\s+/g, ' ').trim().slice(0, 300) : undefined].filter(Boolean).join(': ');
            }
            catch {
                // Not JSON (a proxy's page): keep the text.
            }
            const after = failure.retryable ? ` after ${failure.attempts} attempts` : '';
            return new MlflowApiError(`${name} at ${where}`, failure.status, errorCode, said, advice(failure.status), after);
        });
    }
    async function json(method, path, params, body) {
        const response = await call(method, path, params, body);
        const text = await response.text();
        try {
            return (text.trim() === '' ? {} : JSON.parse(text));
        }
        catch {
            throw new errors/* ConfigurationError */.j1(`MLflow ${method} ${path} at ${where} answered with something that is not JSON (is MLFLOW_TRACKING_URI the tracking server?)`);
        }
    }
    const orUndefined = async (promise) => {
        try {
            return await promise;
        }
        catch (error) {
            if (isNotFound(error))
                return undefined;
            throw error;
        }
    };
    return {
        where,
        artifacts: !settings.databricks,
        async modelVersionByAlias(name, alias) {
            const answer = await orUndefined(json('GET', '/api/2.0/mlflow/registered-models/alias', { name, alias }));
            return answer?.model_version;
        },
        async modelVersion(name, version) {
            const answer = await orUndefined(json('GET', '/api/2.0/mlflow/model-versions/get', { name, version }));
            return answer?.model_version;
        },
        async run(runId) {
            const answer = await orUndefined(json('GET', '/api/2.0/mlflow/runs/get', { run_id: runId }));
            return answer?.run;
        },
        async listArtifacts(runId, path) {
            const files = [];
            let pageToken;
            for (let page = 0; page < 100; page++) {
                const answer = await json('GET', '/api/2.0/mlflow/artifacts/list', { run_id: runId, path, page_token: pageToken });
                files.push(...(answer.files ?? []));
                pageToken = answer.next_page_token || undefined;
                if (!pageToken)
                    break;
            }
            return files;
        },
        async downloadArtifact(runId, path) {
            const response = await call('GET', '/get-artifact', { path, run_id: runId, run_uuid: runId });
            return new Uint8Array(await response.arrayBuffer());
        },
        async setAlias(name, alias, version) {
            await json('POST', '/api/2.0/mlflow/registered-models/alias', {}, { name, alias, version });
        },
        async deleteAlias(name, alias) {
            // MLflow reads the query string of a GET only; a DELETE's parameters are its JSON body (handlers._get_request_message).
            await json('DELETE', '/api/2.0/mlflow/registered-models/alias', {}, { name, alias });
        },
        async searchModelVersions(filter) {
            const versions = [];
            let pageToken;
            for (let page = 0; page < 100; page++) {
                const answer = await json('GET', '/api/2.0/mlflow/model-versions/search', { filter, page_token: pageToken });
                versions.push(...(answer.model_versions ?? []));
                pageToken = answer.next_page_token || undefined;
                if (!pageToken)
                    break;
            }
            return versions;
        },
    };
}

;// CONCATENATED MODULE: ./build/shared/sagemaker/client.js
// The SageMaker Model Registry through the AWS SDK for JavaScript v3: the
// newest Approved model package of a group, the model-quality statistics
// JSON it points to in S3, and setting a package's approval status. The SDK
// is loaded on first use (most runs never talk to AWS) and finds credentials
// through its standard chain (environment, web identity from
// aws-actions/configure-aws-credentials' OIDC, profiles, instance roles);
// this module passes no credentials and names none. Where it points (region,
// endpoint overrides) comes from the caller: sagemakerSettingsFrom maps the
// standard variables, and the entries pass the process environment.

/** Region and endpoints from the standard variables; undefined without a region (then AWS is not configured). */
function sagemakerSettingsFrom(env) {
    const region = env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim();
    if (!region)
        return undefined;
    const common = env.AWS_ENDPOINT_URL?.trim() || undefined;
    return { region, sagemakerEndpoint: env.AWS_ENDPOINT_URL_SAGEMAKER?.trim() || common, s3Endpoint: env.AWS_ENDPOINT_URL_S3?.trim() || common };
}
/** A failed AWS call: the HTTP status and the service's error name, one line, no credentials. */
class AwsCallError extends errors/* ConfigurationError */.j1 {
    status;
    code;
    constructor(call, error) {
        const e = error;
        const code = e?.name ?? 'Error';
        super(`${call} failed: ${e?.$metadata?.httpStatusCode ?? ''} ${code}: ${(e?.message ?? String(error)).replace(/\s+/g, ' ').slice(0, 300)}`.replace('failed:  ', 'failed: '));
        this.code = code;
        this.status = e?.$metadata?.httpStatusCode;
    }
}
function sagemakerFromEnvironment(env) {
    const settings = sagemakerSettingsFrom(env);
    return settings ? createSageMakerRegistry(settings) : undefined;
}
function createSageMakerRegistry(settings) {
    const common = { region: settings.region, maxAttempts: settings.maxAttempts ?? 3 };
    let sagemaker;
    let s3;
    const sageMakerClient = () => (sagemaker ??= Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(459)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4459, 19)).then((sdk) => {
        const client = new sdk.SageMakerClient({ ...common, ...(settings.sagemakerEndpoint ? { endpoint: settings.sagemakerEndpoint } : {}) });
        return { send: (command) => client.send(command), sdk };
    }));
    const s3Client = () => (s3 ??= Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3711, 19)).then((sdk) => {
        const client = new sdk.S3Client({ ...common, ...(settings.s3Endpoint ? { endpoint: settings.s3Endpoint, forcePathStyle: true } : {}) });
        return { send: (command) => client.send(command), sdk };
    }));
    const call = async (name, run) => {
        try {
            return await run();
        }
        catch (error) {
            throw new AwsCallError(name, error);
        }
    };
    return {
        region: settings.region,
        async newestApproved(group) {
            const { send, sdk } = await sageMakerClient();
            const listed = (await call(`SageMaker ListModelPackages (${group})`, () => send(new sdk.ListModelPackagesCommand({ ModelPackageGroupName: group, ModelApprovalStatus: 'Approved', SortBy: 'CreationTime', SortOrder: 'Descending', MaxResults: 1 }))));
            const arn = listed.ModelPackageSummaryList?.[0]?.ModelPackageArn;
            if (!arn)
                return undefined;
            const described = (await call(`SageMaker DescribeModelPackage (${arn})`, () => send(new sdk.DescribeModelPackageCommand({ ModelPackageName: arn }))));
            return {
                arn,
                group,
                version: described.ModelPackageVersion,
                createdAt: described.CreationTime instanceof Date ? described.CreationTime.toISOString() : undefined,
                statistics: described.ModelMetrics?.ModelQuality?.Statistics?.S3Uri,
            };
        },
        async readS3(uri) {
            const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri);
            if (!match)
                throw new AwsCallError(`S3 GetObject (${uri})`, { name: 'InvalidUri', message: 'not an s3://bucket/key URI' });
            const { send, sdk } = await s3Client();
            try {
                const object = (await send(new sdk.GetObjectCommand({ Bucket: match[1], Key: match[2] })));
                return object.Body ? await object.Body.transformToByteArray() : new Uint8Array();
            }
            catch (error) {
                const name = error?.name;
                if (name === 'NoSuchKey' || name === 'NotFound' || name === 'NoSuchBucket')
                    return undefined;
                throw new AwsCallError(`S3 GetObject (${uri})`, error);
            }
        },
        async setApproval(arn, status, description) {
            const { send, sdk } = await sageMakerClient();
            await call(`SageMaker UpdateModelPackage (${arn})`, () => send(new sdk.UpdateModelPackageCommand({ ModelPackageArn: arn, ModelApprovalStatus: status, ...(description ? { ApprovalDescription: description } : {}) })));
        },
    };
}

;// CONCATENATED MODULE: ./build/shared/runtime/lazy-octokit.js
// An Octokit that is built on its first call. The client's module graph
// (@actions/github, @octokit/*, @actions/http-client, undici: about 1.5 MB)
// is the largest part of an action bundle, and most runs never call GitHub (a
// comparison against a path baseline, a report outside a pull request): an
// action entry loads that graph in a chunk of its own, when a step first
// calls `octokit.rest.<scope>.<method>(…)`, `octokit.paginate(method, …)` or
// `octokit.request(…)`. Every such call returns a promise, so a proxy that
// loads the client and then makes the call is indistinguishable to the caller.
const PATH = Symbol('octokit path');
function at(root, path) {
    let value = root;
    for (const key of path)
        value = value[key];
    return value;
}
/** An Octokit whose calls first run `load` (once), then the same call on the Octokit it gives. */
function lazyOctokit(load) {
    let loaded;
    const real = () => (loaded ??= load());
    const proxy = (path) => new Proxy(Object.assign(function () { }, { [PATH]: path }), {
        get(target, key) {
            if (key === PATH)
                return path;
            // Not a promise (awaiting a member must not call it), not a primitive, and no symbol-keyed members.
            if (typeof key === 'symbol' || key === 'then' || key === 'toString' || key === 'valueOf' || key === 'toJSON')
                return undefined;
            return proxy([...path, key]);
        },
        async apply(_target, _this, args) {
            const octokit = await real();
            // A lazy method passed as an argument (octokit.paginate(octokit.rest.issues.listComments, …)) becomes the real one.
            const real_args = args.map((arg) => (typeof arg === 'function' && arg[PATH] ? at(octokit, arg[PATH]) : arg));
            return at(octokit, path).apply(at(octokit, path.slice(0, -1)), real_args);
        },
    });
    return proxy([]);
}

// EXTERNAL MODULE: ./build/shared/runtime/runner.js
var runtime_runner = __nccwpck_require__(5749);
;// CONCATENATED MODULE: ./build/shared/runtime/report.js
// Writing a step's results back to the runner: outputs, job summary and
// annotations. Annotations are capped by the caller (max-annotations).

function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        if (value !== undefined)
            runtime_runner/* setOutput */.uH(name, String(value));
}
function annotate(annotation) {
    const properties = { title: annotation.title, file: annotation.file, startLine: annotation.line };
    if (annotation.level === 'error')
        runtime_runner/* error */.z3(annotation.message, properties);
    else if (annotation.level === 'warning')
        runtime_runner/* warning */.$e(annotation.message, properties);
    else
        runtime_runner/* notice */.lm(annotation.message, properties);
}
async function appendJobSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        runtime_runner/* info */.pq(markdown);
        return;
    }
    await runtime_runner/* appendSummary */.fe(markdown);
}
/** The Logger of a step run by the Actions runner: workflow commands. */
const actionsLogger = {
    info: (message) => runtime_runner/* info */.pq(message),
    warning: (message) => runtime_runner/* warning */.$e(message),
    debug: (message) => runtime_runner/* debug */.Yz(message),
};
/**
 * Applies a step's effects in the order a reader needs them: annotations,
 * the job summary and outputs first; then the GitHub work (the comment), whose
 * outputs follow; the step fails last, so everything else is already there.
 */
async function applyToRunner(effects) {
    for (const annotation of effects.annotations)
        annotate(annotation);
    if (effects.summary !== '')
        await appendJobSummary(effects.summary);
    setOutputs(effects.outputs);
    if (effects.publish)
        setOutputs(await effects.publish());
    if (effects.failure)
        runtime_runner/* setFailed */.C1(effects.failure.message);
}

;// CONCATENATED MODULE: ./build/shared/runtime/context.js
// The workflow run's context as a plain object, read once from the runner's
// environment, so the library below never touches process.env.


function readRunContext(env = process.env) {
    const payload = env.GITHUB_EVENT_PATH ? readEventPayload(env.GITHUB_EVENT_PATH) : {};
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const runId = env.GITHUB_RUN_ID ? Number(env.GITHUB_RUN_ID) : undefined;
    const repository = owner && repo ? { owner, repo } : undefined;
    return {
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        repository,
        sha: env.GITHUB_SHA,
        ref: env.GITHUB_REF,
        commit: subjectCommit(env.GITHUB_EVENT_NAME ?? '', payload, env.GITHUB_SHA),
        workflow: env.GITHUB_WORKFLOW_REF?.replace(/@.*$/, '') || env.GITHUB_WORKFLOW || undefined,
        actor: env.GITHUB_ACTOR,
        runId,
        runAttempt: env.GITHUB_RUN_ATTEMPT ? Number(env.GITHUB_RUN_ATTEMPT) : undefined,
        serverUrl,
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        runnerTemp: env.RUNNER_TEMP,
        runUrl: repository && runId ? `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}` : undefined,
    };
}
/**
 * The commit a run's results are about, determined from the event the way
 * GitHub defines it ("Events that trigger workflows"), in this one place:
 *
 * - pull_request, pull_request_target: the pull request's head
 *   (payload.pull_request.head.sha). GITHUB_SHA is the test merge commit
 *   (refs/pull/N/merge) on pull_request and the base branch's tip on
 *   pull_request_target: neither is the code under review.
 * - merge_group: the queue's head (payload.merge_group.head_sha), which is
 *   GITHUB_SHA too.
 * - workflow_run: the triggering run's head (payload.workflow_run.head_sha);
 *   GITHUB_SHA is the default branch's tip.
 * - push, workflow_dispatch, schedule and every other event: GITHUB_SHA.
 *
 * A pull request or merge group event whose payload lacks the head is
 * undefined, never GITHUB_SHA: a result stamped with the merge commit would
 * fail the gate's integrity check on every pull request.
 */
function subjectCommit(eventName, payload, githubSha) {
    const sha = (value) => (typeof value === 'string' && value.length > 0 ? value : undefined);
    const at = (key, field) => {
        const object = payload[key];
        return typeof object === 'object' && object !== null ? sha(object[field]) : undefined;
    };
    switch (eventName) {
        case 'pull_request':
        case 'pull_request_target':
        case 'pull_request_review':
        case 'pull_request_review_comment': {
            const pull = payload.pull_request;
            return sha(pull?.head?.sha);
        }
        case 'merge_group':
            return at('merge_group', 'head_sha');
        case 'workflow_run':
            return at('workflow_run', 'head_sha');
        default:
            return sha(githubSha);
    }
}
/**
 * The checked-out commit of a directory (`git rev-parse HEAD`), for runs
 * outside Actions; undefined when the directory is not in a git repository
 * or git is not installed — results then carry no commit, and a gate that
 * is given one refuses them.
 */
async function checkedOutCommit(cwd) {
    // node:child_process is loaded here, not at startup: an action never asks git (a few ms of every cold start).
    const { execFile } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1421, 19));
    return new Promise((resolvePromise) => {
        execFile('git', ['rev-parse', '--verify', '-q', 'HEAD'], { cwd, encoding: 'utf8', timeout: 10_000 }, (error, stdout) => {
            const sha = typeof stdout === 'string' ? stdout.trim() : '';
            resolvePromise(!error && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha) ? sha : undefined);
        });
    });
}
/**
 * The webhook payload at GITHUB_EVENT_PATH. A path that is set but cannot be
 * read, or does not hold a JSON object, is an error naming the path: read as
 * {}, report and gate would silently find no pull request.
 */
function readEventPayload(path) {
    const fail = (why) => new errors/* ConfigurationError */.j1(`GITHUB_EVENT_PATH ${path}: cannot read the event payload: ${why}`);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const { code, message } = error;
        throw fail(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : message);
    }
    let payload;
    try {
        payload = JSON.parse(text);
    }
    catch (error) {
        throw fail(`not JSON (${error.message})`);
    }
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
        throw fail('not a JSON object');
    return payload;
}

;// CONCATENATED MODULE: ./build/shared/runtime/inputs.js
// Typed action inputs. Every reader names the input in its error, so a user
// sees "input fail-on: …" rather than a stack trace.


function getRequiredInput(name) {
    const value = runner.getInput(name).trim();
    if (value === '')
        throw new ConfigurationError(`Input required and not supplied: ${name}`);
    return value;
}
function getOptionalInput(name) {
    const value = runtime_runner/* getInput */.V4(name).trim();
    return value === '' ? undefined : value;
}
function getBooleanInput(name, fallback) {
    const value = getOptionalInput(name);
    if (value === undefined)
        return fallback;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new ConfigurationError(`input ${name}: expected true or false, got "${value}"`);
}
function getIntegerInput(name, fallback, min = 0) {
    const value = getOptionalInput(name);
    if (value === undefined)
        return fallback;
    if (!/^\d+$/.test(value) || Number(value) < min) {
        throw new ConfigurationError(`input ${name}: expected a whole number ≥ ${min}, got "${value}"`);
    }
    return Number(value);
}
function getNumberInput(name, fallback, range = {}) {
    const value = getOptionalInput(name);
    if (value === undefined)
        return fallback;
    const number = Number(value);
    if (!Number.isFinite(number) || (range.min !== undefined && number < range.min) || (range.max !== undefined && number > range.max)) {
        throw new ConfigurationError(`input ${name}: expected a number${range.min !== undefined ? ` from ${range.min}` : ''}${range.max !== undefined ? ` to ${range.max}` : ''}, got "${value}"`);
    }
    return number;
}
function getEnumInput(name, allowed, fallback) {
    const value = getOptionalInput(name);
    if (value === undefined)
        return fallback;
    if (!allowed.includes(value)) {
        throw new ConfigurationError(`input ${name}: expected one of ${allowed.join(', ')}, got "${value}"`);
    }
    return value;
}
/** A list input: one item per line or comma-separated; blank items dropped. */
function getListInput(name, options = {}) {
    const raw = options.required ? getRequiredInput(name) : (getOptionalInput(name) ?? '');
    return raw
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/** An input's raw text, or undefined when blank: what the step option readers take. */
function inputText(name) {
    return getOptionalInput(name);
}

;// CONCATENATED MODULE: ./build/shared/runtime/run.js
// runAction: the frame every action entry runs in. A ConfigurationError
// (user mistake) fails the step with its one-line message and an annotation
// on the file and line it names; any other error is a bug and keeps its stack.


async function runAction(main) {
    try {
        await main();
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1) {
            if (error.file)
                runtime_runner/* error */.z3(error.reason, { file: error.file, startLine: error.line, title: 'holdout: bad input' });
            runtime_runner/* setFailed */.C1(error.message);
        }
        else {
            runtime_runner/* setFailed */.C1(`holdout internal error (please report it): ${error?.stack ?? String(error)}`);
        }
    }
}

// EXTERNAL MODULE: ./build/shared/io/atomic.js
var atomic = __nccwpck_require__(7700);
// EXTERNAL MODULE: ./build/shared/results/io.js
var io = __nccwpck_require__(3517);
;// CONCATENATED MODULE: ./build/shared/steps/effects.js
// Writing what a step produced: its results document and other files, each
// atomically (temp file + rename), after the step has finished — a step that
// throws leaves nothing behind.


async function writeStepFiles(result, options = {}) {
    if (result.document && result.resultsPath && options.results !== false)
        await (0,io/* writeResults */.KB)(result.resultsPath, result.document);
    for (const file of result.files)
        await (0,atomic/* writeFileAtomic */.Z)(file.path, file.text);
}

// EXTERNAL MODULE: ./build/shared/steps/options.js
var options = __nccwpck_require__(3846);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./build/shared/steps/worker.js
// Heavy steps (reading and checking whole datasets) run in a worker thread
// with a 4 MB young generation: V8 otherwise grows the nursery to 64 MB and
// more under a streaming reader's allocation rate, and an action cannot pass
// --max-semi-space-size to the runner's node. The worker is its own small
// bundle (dist/worker/index.js), shared by the actions and the CLI.
//
// An engine is an EngineTask declared beside its step (./tasks/<step>.ts):
// a name the worker knows it by and a loader. This module names no engine,
// so a bundle carries only the engines of the steps it imports — the
// validate-data bundle holds no comparison code.




const YOUNG_GENERATION_MB = 4;
/**
 * Below this much input a task runs in the calling thread: starting a worker
 * and loading the engine there costs about 0.1 s, more than validating a few
 * megabytes, and the worker's small young generation only matters for
 * streams long enough to fill it.
 */
const IN_PROCESS_BYTES = 4 * 1024 * 1024;
/** Progress crosses the thread boundary at most this often. */
const PROGRESS_INTERVAL_MS = 200;
const serialize = (e) => ({ reason: e.reason, file: e.file, line: e.line, key: e.key });
const revive = (p) => new errors/* ConfigurationError */.j1(p.reason, { file: p.file, line: p.line, key: p.key });
async function perform(task, input, hooks = {}) {
    return (await task.load())(input, hooks);
}
/** In a worker started by runTask: performs the task (one of `engines`) and returns true. In the main thread: false. */
async function serveWorkerTask(engines) {
    // node:worker_threads is imported where a worker is started or served, not at load: most runs need no worker.
    const { isMainThread, parentPort, workerData } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5919, 19));
    if (isMainThread)
        return false;
    const spare = workerData;
    if (spare?.holdoutSpare) {
        serveSpare(engines, spare);
        return true;
    }
    const request = workerData;
    if (!request?.holdoutTask)
        return false;
    let last = 0;
    const hooks = request.progress
        ? {
            onProgress: (progress) => {
                const now = Date.now();
                if (now - last < PROGRESS_INTERVAL_MS)
                    return;
                last = now;
                parentPort.postMessage({ holdoutProgress: progress });
            },
        }
        : {};
    const script = request.script;
    if (script !== undefined)
        hooks.fork = forkOf(script, request.spares ?? []);
    const reply = await outcomeOf(engines, request.holdoutTask, request.input, hooks);
    parentPort.postMessage(reply, reply.ok ? largeBuffers(reply.value) : []);
    return true;
}
/** A task performed, as the reply that crosses to the thread that asked for it. */
async function outcomeOf(engines, name, input, hooks) {
    try {
        const task = engines.find((t) => t.name === name);
        if (!task)
            throw new Error(`this worker has no engine "${name}"`);
        const { problems, ...value } = await perform(task, input, hooks);
        return { ok: true, value, problems: problems.map(serialize) };
    }
    catch (error) {
        return error instanceof ConfigurationError
            ? { ok: false, error: error.message, configuration: serialize(error) }
            : { ok: false, error: error?.stack ?? String(error) };
    }
}
/**
 * A spare worker: loads the engine it was started for (compiling its chunk
 * while the task that will fork starts up), then performs the requests that
 * come on its port, one at a time, until it is terminated.
 */
function serveSpare(engines, { holdoutSpare, warm, port }) {
    const task = engines.find((t) => t.name === holdoutSpare);
    // A warm-up that fails leaves the failure to the request that meets it.
    const loaded = task && (async () => {
        await task.load();
        await task.warm?.(warm);
    })().catch(() => undefined);
    port.on('message', async (call) => {
        await loaded;
        const reply = await outcomeOf(engines, call.task, call.input, {});
        port.postMessage(reply, reply.ok ? largeBuffers(reply.value) : []);
    });
}
/**
 * The forks of a task in a worker: on an idle spare when one is left (started
 * beside this worker, its engine loaded), else in a new worker thread. Without
 * spares, the forks of a task in the calling thread (forksInCallingThread).
 */
function forkOf(script, spares = []) {
    // In the order started: the first request goes to the first spare (the one warmed with `warmFirst`).
    const idle = [...spares];
    // A spare that exits (out of memory, a crash) closes its port: it leaves the pool (an answer
    // cannot come after the close, so it is not put back), and a request it was serving fails
    // rather than waiting for an answer that will not come.
    for (const port of spares) {
        port.once('close', () => {
            const at = idle.indexOf(port);
            if (at !== -1)
                idle.splice(at, 1);
        });
    }
    const onSpare = (port, task, input, transfer) => new Promise((resolve) => {
        const onClose = () => resolve({ ok: false, error: `the spare worker running ${task} exited before answering` });
        port.once('close', onClose);
        port.once('message', (reply) => {
            port.off('close', onClose);
            idle.push(port);
            resolve(reply);
        });
        port.postMessage({ task, input }, transfer);
    });
    return {
        workers: (0,external_node_os_.availableParallelism)(),
        run: async (name, input, transfer = []) => {
            const port = idle.shift();
            if (!port)
                return (await inWorker(name, input, script, {}, undefined, transfer)).value;
            return unwrap(name, await onSpare(port, name, input, transfer)).value;
        },
    };
}
/**
 * The memory of the large typed arrays in a reply (a byte range's key hash
 * sets, tens of MB at millions of rows): moved to the receiving thread, not
 * copied. Only arrays that own their whole buffer, so that nothing else
 * (a pooled Buffer) loses its memory.
 */
function largeBuffers(value, found = [], depth = 0) {
    if (value === null || typeof value !== 'object' || depth > 4)
        return found;
    if (ArrayBuffer.isView(value)) {
        const { buffer } = value;
        if (buffer instanceof ArrayBuffer && value.byteOffset === 0 && value.byteLength === buffer.byteLength && buffer.byteLength >= 1 << 16 && !found.includes(buffer))
            found.push(buffer);
        return found;
    }
    for (const item of Array.isArray(value) ? value : Object.values(value))
        largeBuffers(item, found, depth + 1);
    return found;
}
/** dist/worker/index.js, seen from a bundle at dist/<name>/index.js. */
function workerScript(bundleUrl) {
    const url = new URL('../worker/index.js', bundleUrl);
    return (0,external_node_fs_.existsSync)(url) ? (0,external_node_url_.fileURLToPath)(url) : undefined;
}
/**
 * Runs a task in a worker thread running `script`, or in this thread when no
 * script is given (tests, unbundled runs).
 */
async function runTask(task, input, script, hooks = {}) {
    if (!script)
        return perform(task, input, hooks);
    const bytes = await task.inputBytes?.(input).catch(() => undefined);
    if (bytes !== undefined && bytes < IN_PROCESS_BYTES)
        return perform(task, input, task.forksInCallingThread ? { ...hooks, fork: hooks.fork ?? forkOf(script) } : hooks);
    const spares = await task.forksOf?.(input).catch(() => undefined);
    const { value, problems } = await inWorker(task.name, input, script, hooks, spares);
    return { ...value, problems };
}
/**
 * Performs the task `name` in a new worker thread running `script`; the worker
 * may fork workers of its own. With `spares` (the engine its forks will run),
 * one spare worker per other core starts at once beside it, loading that engine.
 */
async function inWorker(name, input, script, hooks, spares, transfer = []) {
    const { MessageChannel, Worker } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5919, 19));
    const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
    const spareWorkers = [];
    const sparePorts = [];
    if (spares !== undefined) {
        for (let k = 1; k < (0,external_node_os_.availableParallelism)(); k++) {
            const { port1, port2 } = new MessageChannel();
            const warm = k === 1 && 'warmFirst' in spares ? spares.warmFirst : spares.warm;
            const spare = new Worker(script, { workerData: { holdoutSpare: spares.task, warm, port: port1 }, transferList: [port1], resourceLimits });
            spare.on('error', () => undefined); // a spare that fails is one the task does not get: its forks start workers of their own
            spareWorkers.push(spare);
            sparePorts.push(port2);
        }
    }
    const worker = new Worker(script, {
        workerData: { holdoutTask: name, input, progress: hooks.onProgress !== undefined, script, spares: sparePorts },
        transferList: [...sparePorts, ...transfer],
        resourceLimits,
    });
    try {
        const reply = await new Promise((resolve, reject) => {
            worker.on('message', (message) => {
                if ('holdoutProgress' in message)
                    hooks.onProgress?.(message.holdoutProgress);
                else
                    resolve(message);
            });
            worker.once('error', reject);
            worker.once('exit', (code) => reject(new Error(`holdout worker for ${name} exited with code ${code} before answering`)));
        });
        return unwrap(name, reply);
    }
    finally {
        await Promise.all([worker, ...spareWorkers].map((w) => w.terminate()));
    }
}
/** A worker's reply as the value and problems it carries, or the error it reports thrown here. */
function unwrap(name, reply) {
    if (!reply.ok) {
        if (reply.configuration)
            throw revive(reply.configuration);
        throw new Error(`holdout worker for ${name} failed: ${reply.error}`);
    }
    return { value: reply.value, problems: reply.problems.map(revive) };
}
/** Engines in a worker thread running `script` (the worker bundle), or in this thread without one. */
function taskRunner(script) {
    return { run: (task, input, hooks) => runTask(task, input, script, hooks) };
}

;// CONCATENATED MODULE: ./build/actions/entry.js
// What every action entry does around its step: read the run's context,
// read the step's options from the action inputs (by the step's own option
// declarations), run the step, write its files, and apply its effects to the
// runner. An action's main.ts is three lines over this.












/**
 * The octokit factory of the action entries: the client is built, and its
 * module graph (@actions/github, @octokit/*, undici: a chunk of its own)
 * loaded, on the step's first GitHub call, so a run that calls none never
 * compiles it.
 */
const createOctokitOnFirstCall = (options) => lazyOctokit(async () => (await Promise.all(/* import() */[__nccwpck_require__.e(239), __nccwpck_require__.e(426)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8426))).createOctokit(options));
/** The step environment of an Actions run. */
function actionEnvironment(context, setup) {
    const token = inputText('token');
    return {
        workspace: context.workspace,
        tempDir: context.runnerTemp ?? context.workspace,
        // Every step stamps and gates the same commit: the event's subject (the PR head on pull_request, never GITHUB_SHA's merge commit).
        commit: context.commit,
        eventName: context.eventName,
        payload: context.payload,
        actor: context.actor,
        workflow: context.workflow,
        runUrl: context.runUrl,
        github: setup.createOctokit && token && context.repository ? { octokit: setup.createOctokit({ token, apiUrl: context.apiUrl }), repo: context.repository } : undefined,
        // mlflow: baselines and promotion: MLFLOW_TRACKING_URI / MLFLOW_TRACKING_TOKEN, or DATABRICKS_HOST / DATABRICKS_TOKEN.
        mlflow: mlflowFromEnvironment(process.env),
        // sagemaker: baselines: AWS_REGION; credentials from the AWS SDK's standard chain (the SDK loads only when used).
        sagemaker: sagemakerFromEnvironment(process.env),
        logger: actionsLogger,
        tasks: taskRunner(workerScript(setup.entryUrl)),
    };
}
/** Runs one step as an action: inputs → options → step → files and runner effects. */
function runActionStep(spec, step, setup) {
    return runAction(async () => {
        const env = actionEnvironment(readRunContext(), setup);
        const result = await step((0,options/* optionsFromText */.yJ)(spec, 'input', inputText), env);
        await writeStepFiles(result);
        await applyToRunner(result);
    });
}
/** Whether the module at `url` is the process's entry (the runner's `node dist/<name>/index.js`). */
function isEntry(url) {
    const main = process.argv[1];
    if (main === undefined)
        return false;
    try {
        // import.meta.url is the real path; the runner may start node through a symlink.
        return url === (0,external_node_url_.pathToFileURL)((0,external_node_fs_.realpathSync)(main)).href;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 8293:
/***/ ((__webpack_module__, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _shared_runtime_jitless_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(825);
/* harmony import */ var _shared_steps_gate_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5798);
/* harmony import */ var _entry_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1555);
// gate entry: the step's options from the inputs → the step → its effects.
 // first: zod without its JIT, before any schema is built


const run = () => (0,_entry_js__WEBPACK_IMPORTED_MODULE_2__/* .runActionStep */ .yb)(_shared_steps_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .gateOptions */ .O, _shared_steps_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .runGate */ .R, { entryUrl: import.meta.url, createOctokit: _entry_js__WEBPACK_IMPORTED_MODULE_2__/* .createOctokitOnFirstCall */ .FN });
if ((0,_entry_js__WEBPACK_IMPORTED_MODULE_2__/* .isEntry */ .Tk)(import.meta.url))
    await run();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2005:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   xb: () => (/* binding */ assertNever)
/* harmony export */ });
// ConfigurationError: a mistake the user can fix (bad input file, bad schema,
// bad flag). Entries turn it into one clear line (exit 2 in the CLI, a failed
// step in Actions); anything else is a bug and keeps its stack trace.
class ConfigurationError extends Error {
    file;
    line;
    key;
    /** The message without the location prefix. */
    reason;
    constructor(reason, location = {}) {
        super(formatLocated(reason, location));
        this.name = 'ConfigurationError';
        this.reason = reason;
        this.file = location.file;
        this.line = location.line;
        this.key = location.key;
    }
}
function formatLocated(reason, { file, line, key }) {
    let prefix = '';
    if (file)
        prefix = line ? `${file}:${line}: ` : `${file}: `;
    if (key)
        prefix += `${key}: `;
    return prefix + reason;
}
/**
 * The default branch of a switch that covers every member of a union:
 * `default: return assertNever(x)` does not compile while a member is left
 * out, and a value outside the type at run time (a bug) throws.
 */
function assertNever(value, what = 'value') {
    throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}
/**
 * A GitHub API call that failed in a way the user acts on (a permission to
 * grant, a pull request that does not exist, content GitHub refused) or that
 * GitHub kept failing after the retries: one line naming the call and what to
 * do, never "internal error". It is a ConfigurationError, so every entry
 * already prints it as that one line; `status` is the HTTP status, so callers
 * that tolerate a status (403 on a fork's token, 404 on a race) still can.
 */
class GitHubApiError extends ConfigurationError {
    status;
    /** The call as sent: `POST /repos/o/r/issues/2/comments`. */
    call;
    /** The permission that lets the token make the call, e.g. `pull-requests: write`. */
    permission;
    /** What GitHub said, alone (`Resource not accessible by integration`), for callers that word the line themselves. */
    said;
    constructor(reason, details) {
        super(reason);
        this.name = 'GitHubApiError';
        this.status = details.status;
        this.call = details.call;
        this.said = details.said;
        this.permission = details.permission;
        if (details.cause !== undefined)
            this.cause = details.cause;
    }
}


/***/ }),

/***/ 7700:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* unused harmony export writeJsonAtomic */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2005);
/* harmony import */ var _fs_error_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3565);
// Atomic file writes: write a temp file beside the target, then rename, so an
// interrupted run never leaves a half-written results file or report behind.
// A path that cannot be written (a file where a folder should be, no
// permission, a full disk) is the user's to fix: one ConfigurationError naming
// the path, never Node's stack; the temp file is removed.





/** Writes `contents` to `path` whole or not at all; `display` is the path as the user wrote it. */
async function writeFileAtomic(path, contents, display = path) {
    try {
        await writeWhole(path, contents);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1 || !error?.code)
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`cannot write: ${(0,_fs_error_js__WEBPACK_IMPORTED_MODULE_4__/* .describeFsError */ .T)(error)}`, { file: display });
    }
}
async function writeWhole(path, contents) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(4).toString('hex')}.tmp`);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(temp, 'w');
    try {
        await handle.writeFile(contents);
        await handle.sync();
    }
    catch (error) {
        await handle.close().catch(() => undefined);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temp, { force: true });
        throw error;
    }
    await handle.close();
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temp, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temp, { force: true });
        throw error;
    }
}
async function writeJsonAtomic(path, value) {
    await writeFileAtomic(path, JSON.stringify(value, null, 2) + '\n');
}


/***/ }),

/***/ 3565:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ describeFsError)
/* harmony export */ });
// One wording for file-system errors in user-facing messages: the code's
// meaning in a few words, never Node's "EEXIST: file already exists, mkdir …"
// with its stack.
/** What went wrong with a file, in words a user acts on. */
function describeFsError(error) {
    const code = error?.code;
    if (code === 'ENOENT')
        return 'no such file';
    if (code === 'EISDIR')
        return 'is a directory, not a file';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    if (code === 'ENOTDIR' || code === 'EEXIST')
        return 'a part of the path is a file, not a directory';
    if (code === 'EROFS')
        return 'the file system is read-only';
    if (code === 'ENOSPC')
        return 'no space left on the device';
    if (code === 'ENAMETOOLONG')
        return 'the path is too long';
    return error?.message ?? String(error);
}


/***/ }),

/***/ 6871:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  hE: () => (/* binding */ looksLikeProfile),
  jZ: () => (/* binding */ parseProfile),
  Fk: () => (/* binding */ profileSchema)
});

// UNUSED EXPORTS: ColumnAccumulator, DECILES, DEFAULT_CATEGORY_CAP, DISTINCT_CAP, DatasetProfiler, GRID, GRID_EXTENSION, PROFILE_VERSION, binOf, columnMoments, columnProfileSchema, frozenEdgesOf, gridEdges, mergeProfiles, quantileEdges

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __nccwpck_require__(2857);
// EXTERNAL MODULE: ./build/shared/errors.js
var errors = __nccwpck_require__(2005);
;// CONCATENATED MODULE: ./build/shared/stats/exact-sum.js
// Exact floating-point sums (Shewchuk's expansions): a sum kept as a short
// list of non-overlapping doubles whose exact total is the true sum. Exact
// sums are associative, so profiles built shard by shard and merged in any
// order give bit-identical means and variances.
/** Adds b to the expansion e (in place), keeping it non-overlapping; zeros dropped. */
function growExpansion(e, b) {
    let q = b;
    let k = 0;
    for (let i = 0; i < e.length; i++) {
        const a = e[i];
        const sum = q + a;
        const bv = sum - q;
        const err = q - (sum - bv) + (a - bv);
        if (err !== 0)
            e[k++] = err;
        q = sum;
    }
    if (q !== 0 || k === 0)
        e[k++] = q;
    e.length = k;
}
/**
 * The exact sum rounded once to the nearest double (CPython's math.fsum
 * final step, half-way cases included), so equal exact sums give equal values.
 * A zero sum is +0 whatever the signs of the zeros added, as the fixed-point
 * accumulator (which has no signed zero) gives it.
 */
function expansionValue(partials) {
    let n = partials.length;
    if (n === 0)
        return 0;
    let hi = partials[--n];
    let lo = 0;
    while (n > 0) {
        const x = hi;
        const y = partials[--n];
        hi = x + y;
        const yr = hi - x;
        lo = y - yr;
        if (lo !== 0)
            break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
        const y = lo * 2;
        const x = hi + y;
        const yr = x - hi;
        if (y === yr)
            hi = x;
    }
    return hi + 0; // −0 + 0 is +0; any other value is unchanged
}
/** Dekker's exact product: a·b = hi + lo. */
function twoProduct(a, b) {
    const hi = a * b;
    const split = (x) => {
        const c = 134217729 * x; // 2^27 + 1
        const big = c - (c - x);
        return [big, x - big];
    };
    const [ah, al] = split(a);
    const [bh, bl] = split(b);
    const lo = al * bl - (hi - ah * bh - al * bh - ah * bl);
    return [hi, lo];
}
/**
 * An exact running sum of doubles in fixed point: every double is an integer
 * multiple of 2⁻¹⁰⁷⁴, so its bits are added into 32-bit digits of one wide
 * integer (67 digits held as doubles, carried every 2²⁰ additions). A few
 * flops per value instead of an expansion's loop; converted to an expansion
 * only when read.
 */
class ExactAccumulator {
    digits = new Float64Array(DIGITS);
    pending = 0;
    add(x) {
        if (x === 0)
            return;
        BITS[0] = x;
        const hi = WORDS[1];
        const exponent = (hi >>> 20) & 0x7ff;
        const sign = hi >>> 31 ? -1 : 1;
        // |x| = mantissa × 2^(position − 1074), mantissa = mantHi·2³² + mantLo (53 bits).
        const position = (exponent || 1) - 1;
        const mantHi = (hi & 0xfffff) + (exponent ? 0x100000 : 0);
        const mantLo = WORDS[0];
        const k = position >>> 5;
        const scale = POW2[position & 31];
        const a = mantLo * scale; // < 2⁶⁴, 32 significant bits: exact
        const aq = Math.floor(a / TWO32);
        const b = mantHi * scale; // < 2⁵³: exact
        const bq = Math.floor(b / TWO32);
        const d = this.digits;
        d[k] += sign * (a - aq * TWO32);
        d[k + 1] += sign * (aq + b - bq * TWO32);
        d[k + 2] += sign * bq;
        if (++this.pending === CARRY_EVERY)
            this.carry();
    }
    /** Brings every digit but the top one into (−2³², 2³²), carrying toward zero so a negative sum stays in low digits. */
    carry() {
        const d = this.digits;
        for (let k = 0; k < DIGITS - 1; k++) {
            const c = Math.trunc(d[k] / TWO32);
            d[k] -= c * TWO32;
            d[k + 1] += c;
        }
        this.pending = 0;
    }
    /** The sum as a non-overlapping expansion. */
    toExpansion() {
        this.carry();
        const e = [];
        for (let k = 0; k < DIGITS; k++) {
            const v = this.digits[k];
            // A digit below 2³² in size times a power of two is exact.
            if (v !== 0)
                growExpansion(e, v * 2 ** (32 * k - 1074));
        }
        return e.length === 1 && e[0] === 0 ? [] : e;
    }
}
const DIGITS = 68;
const TWO32 = (/* unused pure expression or super */ null && (2 ** 32));
const CARRY_EVERY = (/* unused pure expression or super */ null && (1 << 20));
const POW2 = Float64Array.from({ length: 32 }, (_, i) => 2 ** i);
const BITS = new Float64Array(1);
const WORDS = new Uint32Array(BITS.buffer);
/** A running exact sum of x and of x². */
class exact_sum_ExactMoments {
    sums = new ExactAccumulator();
    squareSums = new ExactAccumulator();
    add(x) {
        this.sums.add(x);
        // x² = hi + lo exactly (Dekker), inlined: this runs once per value.
        const hi = x * x;
        const c = 134217729 * x;
        const big = c - (c - x);
        const small = x - big;
        const lo = small * small - (hi - big * big - 2 * big * small);
        this.squareSums.add(hi);
        this.squareSums.add(lo);
    }
    merge(other) {
        for (const v of other.sum)
            this.sums.add(v);
        for (const v of other.squares)
            this.squareSums.add(v);
    }
    get sum() {
        return this.sums.toExpansion();
    }
    get squares() {
        return this.squareSums.toExpansion();
    }
    /** Mean and population variance from the exact sums (each rounded once at the end). */
    summary(n) {
        if (n === 0)
            return { mean: NaN, variance: NaN };
        const sum = this.sum;
        // variance = (n·Σx² − (Σx)²) / n², with n·Σx² and (Σx)² formed exactly.
        const numerator = [];
        for (const v of this.squares) {
            const [hi, lo] = twoProduct(v, n);
            growExpansion(numerator, hi);
            if (lo !== 0)
                growExpansion(numerator, lo);
        }
        for (const a of sum) {
            for (const b of sum) {
                const [hi, lo] = twoProduct(a, b);
                growExpansion(numerator, -hi);
                if (lo !== 0)
                    growExpansion(numerator, -lo);
            }
        }
        const mean = expansionValue(sum) / n;
        const variance = Math.max(0, expansionValue(numerator) / n / n);
        return { mean, variance };
    }
}
/**
 * The same exact value in a canonical form — its correctly rounded value,
 * then that of the remainder, and so on — so that equal sums reached by
 * different orders serialize identically.
 */
function exact_sum_canonicalExpansion(e) {
    const out = [];
    let rest = [...e];
    for (let i = 0; i < 40 && rest.length > 0; i++) {
        const v = expansionValue(rest);
        if (v === 0)
            break;
        out.unshift(v);
        const next = [];
        for (const x of rest)
            growExpansion(next, x);
        growExpansion(next, -v);
        rest = next.filter((x) => x !== 0);
    }
    return out;
}

;// CONCATENATED MODULE: ./build/shared/profile/hashset.js
// A set of 64-bit string hashes in flat typed arrays, for `unique` and
// primary-key checks over millions of rows at ~8 bytes a value instead of a
// Set of strings. Two distinct values share a 64-bit hash with probability
// about n²/2⁶⁵ (≈7·10⁻⁷ at 5M rows); such a collision would be reported as a
// duplicate. That is the price of flat memory, and it is documented.
/** 32-bit FNV-1a of text[start, end): shard assignment and category tables (not uniqueness, which needs 64 bits). */
function hashset_fnv1a(text, start = 0, end = text.length) {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++)
        h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h >>> 0;
}
const FLOAT = new Float64Array(1);
const hashset_WORDS = new Uint32Array(FLOAT.buffer);
/**
 * The last hash computed, as two 32-bit words: hashRange and hashNumber write it
 * here (no allocation per value). The key checks (validate/keys.ts) hash with
 * these same functions, so a key log becomes the table ValueHashSet would build.
 */
const hashset_HASH = new Uint32Array(2);
/** cyrb53-style pair of 32-bit hashes of text[from, to), into HASH. */
function hashset_hashRange(text, from, to) {
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    for (let i = from; i < to; i++) {
        const ch = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ ch, 2654435761);
        h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    hashset_HASH[0] = h1 >>> 0;
    hashset_HASH[1] = h2 >>> 0 || 0x9e3779b9; // a zero second word marks an empty slot
}
/** A number's hash by its bits (-0 as 0), into HASH. */
function hashNumber(value) {
    FLOAT[0] = value === 0 ? 0 : value;
    let h1 = hashset_WORDS[0] ^ 0x85ebca6b;
    let h2 = hashset_WORDS[1] ^ 0xc2b2ae35;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    h1 = Math.imul(h1 ^ (h1 >>> 15), 2654435761);
    hashset_HASH[0] = h1 >>> 0;
    hashset_HASH[1] = h2 >>> 0 || 0x9e3779b9;
}
class ValueHashSet {
    slots;
    mask;
    count = 0;
    constructor(initialCapacity = 1024) {
        let capacity = 1024;
        while (capacity < initialCapacity)
            capacity *= 2;
        this.slots = new Uint32Array(capacity * 2);
        this.mask = capacity - 1;
    }
    /**
     * Sizes the table for `expected` values now, so that a large table is
     * allocated once instead of doubling through every smaller size (each
     * doubling briefly holds old and new tables: 1.5× the final memory).
     */
    reserve(expected) {
        let capacity = this.mask + 1;
        while (capacity * 0.7 < expected)
            capacity *= 2;
        if (capacity > this.mask + 1)
            this.rehash(capacity);
    }
    get size() {
        return this.count;
    }
    /** Adds a number by its bits (-0 as 0); returns false if already present. */
    addNumber(value) {
        hashNumber(value);
        return this.insert(hashset_HASH[0], hashset_HASH[1]);
    }
    /** Adds the value; returns false if it (its hash) was already present. */
    add(value) {
        return this.addRange(value, 0, value.length);
    }
    /** Adds text[from, to) without making a substring; same hash as add() of that string. */
    addRange(text, from, to) {
        hashset_hashRange(text, from, to);
        return this.insert(hashset_HASH[0], hashset_HASH[1]);
    }
    /** Whether the value (its hash) is present: a foreign key's lookup in the referenced keys. */
    has(value) {
        hashset_hashRange(value, 0, value.length);
        return this.hasHash(hashset_HASH[0], hashset_HASH[1]);
    }
    /** The table as plain data, to cross a thread boundary (fromState rebuilds it). */
    toState() {
        return { slots: this.slots, count: this.count };
    }
    static fromState(state) {
        const set = new ValueHashSet(1024);
        set.slots = state.slots;
        set.mask = state.slots.length / 2 - 1;
        set.count = state.count;
        return set;
    }
    /** Adds every hash of `other` (a union, for merging the sets of a file's byte ranges). */
    addAll(other) {
        this.reserve(this.count + other.count);
        const slots = other.slots;
        for (let at = 0; at < slots.length; at += 2)
            if (slots[at + 1] !== 0)
                this.insert(slots[at], slots[at + 1]);
    }
    /** Whether the two sets share a hash. */
    intersects(other) {
        const [small, large] = this.count <= other.count ? [this, other] : [other, this];
        const slots = small.slots;
        for (let at = 0; at < slots.length; at += 2)
            if (slots[at + 1] !== 0 && large.hasHash(slots[at], slots[at + 1]))
                return true;
        return false;
    }
    hasHash(h1, h2) {
        return this.slots[this.probe(h1, h2) + 1] !== 0;
    }
    insert(h1, h2) {
        const at = this.probe(h1, h2);
        const slots = this.slots;
        if (slots[at + 1] !== 0)
            return false;
        slots[at] = h1;
        slots[at + 1] = h2;
        this.count++;
        if (this.count > this.mask * 0.7)
            this.grow();
        return true;
    }
    /** Linear probing: the slot (word offset) holding this hash, or the empty slot where it would go. */
    probe(h1, h2) {
        const slots = this.slots;
        let index = h1 & this.mask;
        for (;;) {
            const at = index * 2;
            const stored = slots[at + 1];
            if (stored === 0 || (stored === h2 && slots[at] === h1))
                return at;
            index = (index + 1) & this.mask;
        }
    }
    grow() {
        this.rehash((this.mask + 1) * 2);
    }
    rehash(capacity) {
        const old = this.slots;
        this.slots = new Uint32Array(capacity * 2);
        this.mask = capacity - 1;
        this.count = 0;
        for (let at = 0; at < old.length; at += 2) {
            if (old[at + 1] !== 0)
                this.insert(old[at], old[at + 1]);
        }
    }
}

;// CONCATENATED MODULE: ./build/shared/profile/profile.js
// Mergeable column profiles: counts, missing and error counts, bounds, exact
// moments (Shewchuk expansions, so shard profiles merge to the bit-identical
// whole, which Chan's floating-point update does not), histograms on bin
// edges frozen from a reference (deciles for PSI, a 100-quantile grid for KS
// and Wasserstein, open tails), small distinct-value tables for numeric
// columns, and top-K category counts with an "other" bucket. Plain,
// versioned JSON with one zod schema.




const PROFILE_VERSION = 1;
/** Categories kept per column in a profile; the rest are counted as "other". */
const DEFAULT_CATEGORY_CAP = 1000;
/** Distinct values counted while streaming, before the top-K cut (beyond it, new values go to "other"). */
const WORKING_CATEGORY_CAP = 10 * DEFAULT_CATEGORY_CAP;
/**
 * Distinct values a byte range of a file counts (DatasetProfiler.forRange):
 * more than a whole pass keeps, because which values a whole pass keeps (the
 * first WORKING_CATEGORY_CAP in file order) is known only once the ranges
 * before are merged, and the range must have counted each of them.
 */
const RANGE_CAP_FACTOR = 10;
/** Hashes of a range's uncounted ("other") values it keeps, 8 bytes each, to prove a value absent from them. */
const RANGE_OTHER_LOG_CAP = (/* unused pure expression or super */ null && (1 << 20));
/** Numeric columns keep exact counts of up to this many distinct values (Evidently treats ≤ 5 as categorical). */
const DISTINCT_CAP = 5;
/**
 * Integers below 2²⁰ in size are summed in plain doubles, SMALL_FLUSH at a
 * time: |Σx| < 2¹² · 2²⁰ and Σx² < 2¹² · 2⁴⁰, both below 2⁵³, so every
 * partial sum is an integer a double holds exactly.
 */
const SMALL_INTEGER = (/* unused pure expression or super */ null && (2 ** 20));
const SMALL_FLUSH = (/* unused pure expression or super */ null && (1 << 12));
const DECILES = (/* unused pure expression or super */ null && ([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]));
/** The 100-quantile grid, with the tails split further (0.1%, 0.5%) so that the open end bins hold little mass. */
const GRID = [0.001, 0.005, ...Array.from({ length: 99 }, (_, i) => (i + 1) / 100), 0.995, 0.999];
/**
 * Edges the grid adds beyond the reference's range on each side, in steps of
 * its range: ten of 2% (out to 20%), then doubling (40% … 20,480%). Current
 * data that moved past the reference then still lands in narrow bins, so KS
 * and Wasserstein stay tight exactly where drift puts the mass.
 */
const GRID_EXTENSION = [...Array.from({ length: 10 }, (_, i) => (i + 1) * 0.02), ...Array.from({ length: 10 }, (_, i) => 0.2 * 2 ** (i + 1))];
const count = schemas/* number */.aig().int().nonnegative();
const histogramSchema = schemas/* object */.Ikc({
    /** Ascending edges e₀ < … < e_k; counts has k + 1 bins: (−∞, e₀), [e₀, e₁), …, [e_k, +∞). */
    edges: schemas/* array */.YOg(schemas/* number */.aig()),
    counts: schemas/* array */.YOg(count),
    /**
     * The grid's smallest and largest value in each bin (null where empty):
     * where the mass of a bin can lie, which bounds KS and Wasserstein on the
     * grid tightly (to zero where a bin holds one value, as integers often do).
     */
    low: schemas/* array */.YOg(schemas/* number */.aig().nullable()).optional(),
    high: schemas/* array */.YOg(schemas/* number */.aig().nullable()).optional(),
})
    .superRefine((h, ctx) => {
    // A profile may come from a pull request: the binning code relies on each of these.
    const problem = (message, path) => ctx.addIssue({ code: 'custom', message, path });
    if (h.counts.length !== h.edges.length + 1)
        return problem('a histogram has one more count than edges', ['counts']);
    const at = h.edges.findIndex((e, i) => i > 0 && !(e > h.edges[i - 1]));
    if (at >= 0)
        return problem('edges must be strictly ascending', ['edges', at]);
    if ((h.low === undefined) !== (h.high === undefined))
        return problem('a histogram has a low and a high value per bin, or neither', [h.low ? 'high' : 'low']);
    if (h.low === undefined || h.high === undefined)
        return;
    if (h.low.length !== h.counts.length || h.high.length !== h.counts.length)
        return problem('low and high have one value per bin', ['low']);
    for (let i = 0; i < h.counts.length; i++) {
        const lo = h.low[i], hi = h.high[i];
        if ((lo === null) !== (h.counts[i] === 0) || (hi === null) !== (h.counts[i] === 0))
            return problem('low and high are null exactly where a bin is empty', ['low', i]);
        const from = i === 0 ? -Infinity : h.edges[i - 1], to = i === h.edges.length ? Infinity : h.edges[i];
        if (lo !== null && hi !== null && !(from <= lo && lo <= hi && (hi < to || to === Infinity)))
            return problem(`bin ${i} holds values outside [${from}, ${to})`, ['low', i]);
    }
});
const columnProfileSchema = schemas/* object */.Ikc({
    /** The schema type the values were cast to. */
    type: schemas/* string */.YjP(),
    kind: schemas/* enum */.k5n(['numeric', 'categorical']),
    /** Values that have the field's type (constraint breaches included). */
    count,
    missing: count,
    typeErrors: count,
    constraintErrors: count,
    /** NaN and ±INF among the numeric values: counted, left out of moments and histograms. */
    nonFinite: count.default(0),
    min: schemas/* number */.aig().nullable(),
    max: schemas/* number */.aig().nullable(),
    /** Exact Σx and Σx² as canonical non-overlapping expansions (see shared/stats/exact-sum.ts). */
    sum: schemas/* array */.YOg(schemas/* number */.aig()),
    squares: schemas/* array */.YOg(schemas/* number */.aig()),
    /**
     * Mean and population variance of the finite values, derived from sum and
     * squares for people reading the file; holdout recomputes them from the
     * sums (null when there are none, or Σx² overflows).
     */
    mean: schemas/* number */.aig().nullable().optional(),
    variance: schemas/* number */.aig().nullable().optional(),
    /** Numeric columns: exact counts of each value while there are at most DISTINCT_CAP of them; null beyond. */
    distinct: schemas/* object */.Ikc({ values: schemas/* array */.YOg(schemas/* number */.aig()), counts: schemas/* array */.YOg(count) }).nullable().optional(),
    deciles: histogramSchema.optional(),
    grid: histogramSchema.optional(),
    categories: schemas/* object */.Ikc({ counts: schemas/* record */.g1P(schemas/* string */.YjP(), count), other: count, cap: schemas/* number */.aig().int().positive() }).optional(),
}).superRefine((p, ctx) => {
    const finite = p.count - p.nonFinite;
    for (const key of ['deciles', 'grid']) {
        const total = p[key]?.counts.reduce((a, b) => a + b, 0);
        if (total !== undefined && total !== finite)
            ctx.addIssue({ code: 'custom', message: `the ${key} histogram holds ${total} values, but the column has ${finite} finite ones`, path: [key, 'counts'] });
    }
    if (p.distinct && (p.distinct.values.length !== p.distinct.counts.length || p.distinct.values.length > DISTINCT_CAP)) {
        ctx.addIssue({ code: 'custom', message: `distinct has one count per value, at most ${DISTINCT_CAP}`, path: ['distinct'] });
    }
});
const profileSchema = schemas/* object */.Ikc({
    holdoutProfile: schemas/* literal */.euz(PROFILE_VERSION),
    rows: count,
    columns: schemas/* record */.g1P(schemas/* string */.YjP(), columnProfileSchema),
});
class ColumnAccumulator {
    type;
    kind;
    binning;
    keep;
    moments = new ExactMoments();
    /** Σx and Σx² of the integers below SMALL_INTEGER in size since the last flushSmall (exact: see addNumber). */
    smallSum = 0;
    smallSquares = 0;
    smallCount = 0;
    count = 0;
    missing = 0;
    typeErrors = 0;
    constraintErrors = 0;
    nonFinite = 0;
    min = Infinity;
    max = -Infinity;
    distinctValues = [];
    distinctCounts = [];
    edges;
    deciles;
    grid;
    gridLow;
    gridHigh;
    /** The grid's edges padded with +∞ to 2^k − 1 entries, for a branch-free search. */
    gridSearch;
    gridHalf = 0;
    /** Decile bin of each grid bin, when every decile edge is a grid edge (as for profiles holdout writes). */
    decileOfGridBin;
    values;
    valueCount = 0;
    categories;
    /** Counts values without keeping categories (identifiers). */
    countOnly;
    /**
     * `counting.cap`: distinct categories counted before new ones go to
     * "other" (WORKING_CATEGORY_CAP); `counting.range`: the accumulator of one
     * byte range of a file, whose state (toState) merges in file order into
     * the whole's (mergeState), which counts 10 × cap and logs the rest;
     * `seeds` are categories to count from the start (an earlier range's).
     */
    constructor(type, kind, binning = 'none', keep = new Set(), countOnly = false, counting = {}) {
        this.type = type;
        this.kind = kind;
        this.binning = binning;
        this.keep = keep;
        this.countOnly = countOnly;
        const cap = counting.cap ?? WORKING_CATEGORY_CAP;
        this.categories = counting.range ? new CategoryCounter(RANGE_CAP_FACTOR * cap, true) : new CategoryCounter(cap);
        for (const seed of counting.range?.seeds ?? [])
            this.categories.seed(seed);
        if (kind !== 'numeric')
            return;
        if (binning === 'own')
            this.values = new Float64Array(1024);
        else if (binning !== 'none') {
            const { deciles, grid } = binning.edges;
            this.edges = binning.edges;
            this.deciles = new Float64Array(deciles.length + 1);
            this.grid = new Float64Array(grid.length + 1);
            this.gridLow = new Float64Array(grid.length + 1).fill(Infinity);
            this.gridHigh = new Float64Array(grid.length + 1).fill(-Infinity);
            let size = 1;
            while (size - 1 < grid.length)
                size *= 2;
            this.gridSearch = new Float64Array(size - 1).fill(Infinity);
            this.gridSearch.set(grid);
            this.gridHalf = size / 2;
            const onGrid = new Set(grid);
            if (deciles.every((e) => onGrid.has(e))) {
                // x in grid bin g ≥ 1 lies in [grid[g−1], grid[g]), which no decile edge splits.
                this.decileOfGridBin = Int32Array.from({ length: grid.length + 1 }, (_, g) => (g === 0 ? 0 : binOf(deciles, grid[g - 1])));
            }
        }
    }
    addNumber(x) {
        this.count++;
        if (!Number.isFinite(x)) {
            this.nonFinite++;
            return;
        }
        if (x < this.min)
            this.min = x;
        if (x > this.max)
            this.max = x;
        if (x < SMALL_INTEGER && x > -SMALL_INTEGER && Math.floor(x) === x) {
            // Small integers: Σx and Σx² in plain doubles are exact here (below 2⁵³), moved to the exact sums every so often.
            this.smallSum += x;
            this.smallSquares += x * x;
            if (++this.smallCount === SMALL_FLUSH)
                this.flushSmall();
        }
        else
            this.moments.add(x);
        const distinct = this.distinctValues;
        if (distinct !== null) {
            const at = distinct.indexOf(x);
            if (at >= 0)
                this.distinctCounts[at]++;
            else if (distinct.length < DISTINCT_CAP) {
                distinct.push(x);
                this.distinctCounts.push(1);
            }
            else
                this.distinctValues = null;
        }
        if (this.gridSearch !== undefined) {
            // Branch-free binary search: the number of grid edges ≤ x.
            const search = this.gridSearch;
            let at = 0;
            for (let half = this.gridHalf; half >= 1; half >>= 1)
                at += +(x >= search[at + half - 1]) * half;
            this.grid[at]++;
            if (x < this.gridLow[at])
                this.gridLow[at] = x;
            if (x > this.gridHigh[at])
                this.gridHigh[at] = x;
            const decile = this.decileOfGridBin;
            this.deciles[decile !== undefined ? decile[at] : binOf(this.edges.deciles, x)]++;
        }
        else if (this.values !== undefined) {
            if (this.valueCount === this.values.length) {
                const grown = new Float64Array(this.values.length * 2);
                grown.set(this.values);
                this.values = grown;
            }
            this.values[this.valueCount++] = x;
        }
    }
    /** Adds the category text[start, end), making a string only for a value not seen before. */
    addCategoryRange(text, start, end) {
        this.count++;
        this.categories.addRange(text, start, end);
    }
    addCategory(value) {
        this.count++;
        this.categories.addRange(value, 0, value.length);
    }
    /** Everything counted so far, as structured-clonable data (for the thread that merges the ranges of a file). */
    flushSmall() {
        this.moments.merge({ sum: [this.smallSum], squares: [this.smallSquares] });
        this.smallSum = 0;
        this.smallSquares = 0;
        this.smallCount = 0;
    }
    toState() {
        this.flushSmall();
        const state = {
            type: this.type, kind: this.kind, countOnly: this.countOnly,
            count: this.count, missing: this.missing, typeErrors: this.typeErrors, constraintErrors: this.constraintErrors, nonFinite: this.nonFinite,
            min: this.min, max: this.max, sum: canonicalExpansion(this.moments.sum), squares: canonicalExpansion(this.moments.squares),
            distinct: this.distinctValues === null ? null : { values: [...this.distinctValues], counts: [...this.distinctCounts] },
        };
        if (this.grid !== undefined)
            Object.assign(state, { deciles: this.deciles, grid: this.grid, gridLow: this.gridLow, gridHigh: this.gridHigh });
        if (this.values !== undefined)
            state.values = this.values.slice(0, this.valueCount);
        if (this.kind === 'categorical' && !this.countOnly)
            state.categories = this.categories.toState();
        return state;
    }
    /**
     * Adds the state of the next byte range of the data (in file order), which
     * gives exactly what reading that range on in this accumulator gives; or
     * returns false, changing nothing, when the range's category counts cannot
     * tell (it stopped counting new values, and one of the values kept here
     * may be among those: read the range again with this accumulator's
     * categories as seeds).
     */
    mergeState(s) {
        if (s.type !== this.type || s.kind !== this.kind || s.countOnly !== this.countOnly)
            throw new Error(`column profiles of different kinds (${s.type} ${s.kind}, ${this.type} ${this.kind}) cannot merge`);
        if (s.categories !== undefined && !this.categories.mergeState(s.categories))
            return false;
        this.count += s.count;
        this.missing += s.missing;
        this.typeErrors += s.typeErrors;
        this.constraintErrors += s.constraintErrors;
        this.nonFinite += s.nonFinite;
        // Strictly beyond: of equal extremes (0 and −0) the earlier stays, as in one pass.
        if (s.min < this.min)
            this.min = s.min;
        if (s.max > this.max)
            this.max = s.max;
        this.flushSmall();
        this.moments.merge(s);
        if (this.distinctValues !== null) {
            if (s.distinct === null)
                this.distinctValues = null;
            else {
                // In the range's first-seen order, with indexOf's equality (−0 counts as 0), as addNumber does.
                for (let i = 0; i < s.distinct.values.length && this.distinctValues !== null; i++) {
                    const x = s.distinct.values[i];
                    const at = this.distinctValues.indexOf(x);
                    if (at >= 0)
                        this.distinctCounts[at] += s.distinct.counts[i];
                    else if (this.distinctValues.length < DISTINCT_CAP) {
                        this.distinctValues.push(x);
                        this.distinctCounts.push(s.distinct.counts[i]);
                    }
                    else
                        this.distinctValues = null;
                }
            }
        }
        if (this.grid !== undefined) {
            if (s.grid === undefined || s.grid.length !== this.grid.length || s.deciles.length !== this.deciles.length)
                throw new Error('column profiles binned on different edges cannot merge');
            for (let i = 0; i < this.deciles.length; i++)
                this.deciles[i] += s.deciles[i];
            for (let i = 0; i < this.grid.length; i++) {
                this.grid[i] += s.grid[i];
                if (s.gridLow[i] < this.gridLow[i])
                    this.gridLow[i] = s.gridLow[i];
                if (s.gridHigh[i] > this.gridHigh[i])
                    this.gridHigh[i] = s.gridHigh[i];
            }
        }
        if (this.values !== undefined && s.values !== undefined) {
            if (this.valueCount + s.values.length > this.values.length) {
                let size = this.values.length;
                while (size < this.valueCount + s.values.length)
                    size *= 2;
                const grown = new Float64Array(size);
                grown.set(this.values.subarray(0, this.valueCount));
                this.values = grown;
            }
            this.values.set(s.values, this.valueCount);
            this.valueCount += s.values.length;
        }
        return true;
    }
    /** The categories counted so far, in the order first seen (seeds for reading a later range again). */
    categorySeeds() {
        return this.categories.keyList();
    }
    toProfile() {
        this.flushSmall();
        const profile = {
            type: this.type,
            kind: this.kind,
            count: this.count,
            missing: this.missing,
            typeErrors: this.typeErrors,
            constraintErrors: this.constraintErrors,
            nonFinite: this.nonFinite,
            min: Number.isFinite(this.min) ? this.min : null,
            max: Number.isFinite(this.max) ? this.max : null,
            sum: canonicalExpansion(this.moments.sum),
            squares: canonicalExpansion(this.moments.squares),
        };
        Object.assign(profile, readableMoments(profile));
        if (this.kind === 'numeric') {
            profile.distinct = this.distinctValues === null ? null : sortDistinct(this.distinctValues, this.distinctCounts);
            if (this.edges !== undefined) {
                profile.deciles = { edges: [...this.edges.deciles], counts: Array.from(this.deciles) };
                profile.grid = { edges: [...this.edges.grid], counts: Array.from(this.grid), low: finiteOrNull(this.gridLow), high: finiteOrNull(this.gridHigh) };
            }
            else if (this.values !== undefined) {
                const sorted = this.values.subarray(0, this.valueCount).sort();
                profile.deciles = histogramOfSorted(sorted, quantileEdges(sorted, DECILES));
                profile.grid = histogramOfSorted(sorted, gridEdges(sorted), true);
            }
        }
        else if (!this.countOnly) {
            profile.categories = topCategories(this.categories.entries(), this.categories.other, DEFAULT_CATEGORY_CAP, this.keep);
        }
        return profile;
    }
}
/**
 * Counts distinct strings given as ranges of a larger text (the chunk of a
 * CSV): an open-addressing table keyed by an FNV-1a hash of the range, the
 * match confirmed in place, so a value already seen costs no allocation.
 * Beyond `cap` distinct values, new ones are counted as `other` — and, with
 * `logOther` (a byte range's counter), their hashes are kept (up to
 * RANGE_OTHER_LOG_CAP) so that a merge can prove a value absent from them.
 */
class CategoryCounter {
    cap;
    keys = [];
    /** Each key's characters, back to back in one array (compared there, not through the key's string). */
    chars = new Uint16Array(1024);
    charCount = 0;
    keyStart = new Int32Array(64);
    keyLength = new Int32Array(64);
    counts = new Float64Array(64);
    /** Open addressing, two words a slot: the key's hash and its index + 1 (0: empty). One cache line per probe. */
    slots = new Int32Array(256);
    other = 0;
    /** 53-bit hashes (hashRange) of the values counted as other; null once more than the log holds. */
    otherLog = null;
    otherLogged = 0;
    constructor(cap, logOther = false) {
        this.cap = cap;
        if (logOther)
            this.otherLog = new Float64Array(1024);
    }
    addRange(text, start, end) {
        const h = fnv1a(text, start, end) | 0;
        const k = this.find(text, start, end, h);
        if (k >= 0) {
            this.counts[k]++;
            return;
        }
        if (this.keys.length >= this.cap) {
            this.other++;
            if (this.otherLog !== null)
                this.logOther(text, start, end);
            return;
        }
        this.insert(text, start, end, h, 1);
    }
    /** The key's index, or −1. */
    find(text, start, end, h) {
        const slots = this.slots;
        const mask = (slots.length >> 1) - 1;
        const length = end - start;
        for (let at = h & mask;; at = (at + 1) & mask) {
            const k = slots[2 * at + 1] - 1;
            if (k < 0)
                return -1;
            if (slots[2 * at] === h && this.keyLength[k] === length) {
                const chars = this.chars;
                const from = this.keyStart[k] - start;
                let i = start;
                while (i < end && chars[from + i] === text.charCodeAt(i))
                    i++;
                if (i === end)
                    return k;
            }
        }
    }
    logOther(text, start, end) {
        if (this.otherLogged === RANGE_OTHER_LOG_CAP) {
            this.otherLog = null;
            return;
        }
        if (this.otherLogged === this.otherLog.length) {
            const grown = new Float64Array(this.otherLogged * 2);
            grown.set(this.otherLog);
            this.otherLog = grown;
        }
        this.otherLog[this.otherLogged++] = hash53(text, start, end);
    }
    /** Counts `key` from now on (a value an earlier range kept), from zero. */
    seed(key) {
        const h = fnv1a(key) | 0;
        if (this.find(key, 0, key.length, h) < 0)
            this.insert(key, 0, key.length, h, 0);
    }
    insert(text, start, end, h, count) {
        const k = this.keys.length;
        if (k === this.counts.length) {
            this.counts = grow(this.counts, k * 2);
            this.keyStart = grow(this.keyStart, k * 2);
            this.keyLength = grow(this.keyLength, k * 2);
        }
        const length = end - start;
        if (this.charCount + length > this.chars.length)
            this.chars = grow(this.chars, Math.max(this.chars.length * 2, this.charCount + length));
        for (let i = 0; i < length; i++)
            this.chars[this.charCount + i] = text.charCodeAt(start + i);
        this.keys.push(ownCopy(text, start, end));
        this.keyStart[k] = this.charCount;
        this.keyLength[k] = length;
        this.charCount += length;
        this.counts[k] = count;
        if (this.keys.length * 2 > this.slots.length >> 1)
            this.rehash();
        else
            this.place(k, h);
    }
    place(k, h) {
        const mask = (this.slots.length >> 1) - 1;
        let at = h & mask;
        while (this.slots[2 * at + 1] !== 0)
            at = (at + 1) & mask;
        this.slots[2 * at] = h;
        this.slots[2 * at + 1] = k + 1;
    }
    rehash() {
        this.slots = new Int32Array(this.slots.length * 2);
        for (let k = 0; k < this.keys.length; k++)
            this.place(k, fnv1a(this.keys[k]) | 0);
    }
    entries() {
        return new Map(this.keys.map((key, k) => [key, this.counts[k]]));
    }
    keyList() {
        return [...this.keys];
    }
    toState() {
        return {
            keys: [...this.keys],
            counts: this.counts.slice(0, this.keys.length),
            other: this.other,
            otherLog: this.otherLog === null ? null : this.otherLog.slice(0, this.otherLogged),
        };
    }
    /**
     * Adds the counts of the next range (see ColumnAccumulator.mergeState): a
     * value kept here is counted by the range unless the range stopped
     * counting new values before meeting it — safe when the range never
     * stopped (other is 0), when it counted the value, or when the value's
     * hash is not among those of its uncounted values. Then the range's values
     * join in the order it first saw them, as long as this counter has room
     * (beyond, they are other), which is what one pass does.
     */
    mergeState(s) {
        if (s.other > 0) {
            const counted = new Set(s.keys);
            let uncounted;
            for (const key of this.keys) {
                if (counted.has(key))
                    continue;
                if (s.otherLog === null)
                    return false;
                uncounted ??= new Set(s.otherLog);
                if (uncounted.has(hash53(key, 0, key.length)))
                    return false;
            }
        }
        for (let i = 0; i < s.keys.length; i++) {
            const key = s.keys[i];
            const count = s.counts[i];
            const h = fnv1a(key) | 0;
            const k = this.find(key, 0, key.length, h);
            if (k >= 0)
                this.counts[k] += count;
            // A seed the range never met was never seen: one pass would not keep it.
            else if (count === 0)
                continue;
            else if (this.keys.length < this.cap)
                this.insert(key, 0, key.length, h, count);
            else
                this.other += count;
        }
        this.other += s.other;
        return true;
    }
}
function grow(array, size) {
    const grown = new array.constructor(size);
    grown.set(array);
    return grown;
}
/**
 * text[start, end) as a string of its own. A slice of 13 characters or more
 * is a view that keeps the whole text alive (V8's sliced strings): a key made
 * so would hold its batch's text, ~1 MB, for the life of the profile. The
 * concatenation is flattened by the second slice into a fresh string of
 * the key's length + 1, which that slice then views instead.
 */
function ownCopy(text, start, end) {
    return end - start < 13 ? text.slice(start, end) : (' ' + text.slice(start, end)).slice(1);
}
/** A 53-bit hash of text[start, end) (hashRange's two words). */
function hash53(text, start, end) {
    hashRange(text, start, end);
    return HASH[0] * 2 ** 21 + (HASH[1] >>> 11);
}
function sortDistinct(values, counts) {
    const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
    return { values: order.map((i) => values[i]), counts: order.map((i) => counts[i]) };
}
/** The top `cap` values by count (ties by value), plus every value in `keep`; the rest go to "other". */
function topCategories(counts, other, cap, keep) {
    const entries = [...counts];
    if (entries.length > cap) {
        entries.sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
        const kept = entries.filter((e, i) => i < cap || keep.has(e[0]));
        for (let i = 0; i < entries.length; i++)
            if (i >= cap && !keep.has(entries[i][0]))
                other += entries[i][1];
        entries.length = 0;
        entries.push(...kept);
    }
    entries.sort((a, b) => compareText(a[0], b[0]));
    return { counts: Object.fromEntries(entries), other, cap };
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** numpy's default (linear) quantiles of sorted values, as strictly ascending edges. */
function quantileEdges(sorted, probabilities) {
    const n = sorted.length;
    const edges = [];
    if (n === 0)
        return edges;
    for (const q of probabilities) {
        const h = (n - 1) * q;
        const lo = Math.floor(h);
        const hi = Math.min(lo + 1, n - 1);
        const value = sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
        if (edges.length === 0 || value > edges[edges.length - 1])
            edges.push(value);
    }
    return edges;
}
/** The reference's grid edges: its quantiles at GRID, and GRID_EXTENSION steps beyond its min and max. */
function gridEdges(sorted) {
    const quantiles = quantileEdges(sorted, GRID);
    if (sorted.length === 0)
        return quantiles;
    const min = sorted[0], max = sorted[sorted.length - 1];
    const range = max - min;
    if (!(range > 0) || !Number.isFinite(range))
        return quantiles;
    const below = GRID_EXTENSION.map((k) => min - k * range).reverse();
    const above = GRID_EXTENSION.map((k) => max + k * range);
    // Strictly ascending whatever the rounding: an edge that does not move past its neighbour is dropped.
    const edges = [];
    for (const e of [...below, ...quantiles, ...above])
        if (Number.isFinite(e) && (edges.length === 0 || e > edges[edges.length - 1]))
            edges.push(e);
    return edges;
}
function histogramOfSorted(sorted, edges, withSupport = false) {
    const counts = new Array(edges.length + 1).fill(0);
    const low = new Array(edges.length + 1).fill(null);
    const high = new Array(edges.length + 1).fill(null);
    let bin = 0;
    for (let i = 0; i < sorted.length; i++) {
        const x = sorted[i];
        while (bin < edges.length && x >= edges[bin])
            bin++;
        // bin ≤ edges.length: always one of the edges.length + 1 bins.
        const before = counts[bin];
        if (before === 0)
            low[bin] = x;
        counts[bin] = before + 1;
        high[bin] = x;
    }
    return withSupport ? { edges, counts, low, high } : { edges, counts };
}
function finiteOrNull(values) {
    return Array.from(values, (v) => (Number.isFinite(v) ? v : null));
}
/** Index of the bin of x: 0 for x < e₀, i for eᵢ₋₁ ≤ x < eᵢ, k + 1 for x ≥ e_k. */
function binOf(edges, x) {
    let lo = 0;
    let hi = edges.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (x >= edges[mid])
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** The edges a current column is binned on, from its reference's profile. */
function frozenEdgesOf(reference) {
    if (reference?.kind !== 'numeric' || !reference.deciles || !reference.grid)
        return undefined;
    return { deciles: reference.deciles.edges, grid: reference.grid.edges };
}
/** Mean and population variance of a profiled column, from its exact sums. */
function columnMoments(p) {
    const m = new ExactMoments();
    m.merge({ sum: p.sum, squares: p.squares });
    return m.summary(p.count - p.nonFinite);
}
function readableMoments(p) {
    const { mean, variance } = columnMoments(p);
    return { mean: Number.isFinite(mean) ? mean : null, variance: Number.isFinite(variance) ? variance : null };
}
/**
 * Merges shard profiles. Counts, bounds, exact sums, distinct tables and
 * histograms on the same frozen edges add up exactly, in any order and
 * grouping. Category counts are exact too while the union stays under the
 * cap; beyond it the top-K cut (keeping `keep`, the reference's values)
 * depends on what each shard had cut, which is why a capped column says so.
 */
function mergeProfiles(profiles, keep = () => new Set()) {
    if (profiles.length === 0)
        throw new ConfigurationError('there are no profiles to merge');
    const columns = {};
    let rows = 0;
    for (const profile of profiles) {
        rows += profile.rows;
        for (const [name, p] of Object.entries(profile.columns)) {
            const into = columns[name];
            columns[name] = into ? mergeColumn(into, p, name, keep(name)) : structuredClone(p);
        }
    }
    return { holdoutProfile: PROFILE_VERSION, rows, columns };
}
function mergeColumn(a, b, name, keep) {
    if (a.kind !== b.kind || a.type !== b.type)
        throw new ConfigurationError(`column "${name}" is ${a.type} in one profile and ${b.type} in another`);
    const moments = new ExactMoments();
    moments.merge({ sum: a.sum, squares: a.squares });
    moments.merge({ sum: b.sum, squares: b.squares });
    const out = {
        type: a.type,
        kind: a.kind,
        count: a.count + b.count,
        missing: a.missing + b.missing,
        typeErrors: a.typeErrors + b.typeErrors,
        constraintErrors: a.constraintErrors + b.constraintErrors,
        nonFinite: a.nonFinite + b.nonFinite,
        min: a.min === null ? b.min : b.min === null ? a.min : Math.min(a.min, b.min),
        max: a.max === null ? b.max : b.max === null ? a.max : Math.max(a.max, b.max),
        sum: canonicalExpansion(moments.sum),
        squares: canonicalExpansion(moments.squares),
    };
    Object.assign(out, readableMoments(out));
    if (a.kind === 'numeric')
        out.distinct = mergeDistinct(a.distinct ?? null, b.distinct ?? null);
    for (const key of ['deciles', 'grid']) {
        const ha = a[key];
        const hb = b[key];
        if (ha && hb) {
            if (ha.edges.length !== hb.edges.length || ha.edges.some((e, i) => e !== hb.edges[i])) {
                throw new ConfigurationError(`column "${name}": the profiles were binned on different reference edges (profile each shard against the same reference)`);
            }
            out[key] = { edges: ha.edges, counts: ha.counts.map((c, i) => c + hb.counts[i]) };
            if (ha.low && ha.high && hb.low && hb.high) {
                out[key].low = ha.low.map((v, i) => nullableExtreme(Math.min, v, hb.low[i]));
                out[key].high = ha.high.map((v, i) => nullableExtreme(Math.max, v, hb.high[i]));
            }
        }
        else if (ha || hb)
            throw new ConfigurationError(`column "${name}": one profile has a ${key} histogram and another has none (profile each shard against the same reference)`);
    }
    if (a.categories && b.categories) {
        const counts = new Map(Object.entries(a.categories.counts));
        for (const [k, v] of Object.entries(b.categories.counts))
            counts.set(k, (counts.get(k) ?? 0) + v);
        out.categories = topCategories(counts, a.categories.other + b.categories.other, Math.min(a.categories.cap, b.categories.cap), keep);
    }
    return out;
}
function nullableExtreme(pick, a, b) {
    return a === null ? b : b === null ? a : pick(a, b);
}
function mergeDistinct(a, b) {
    if (!a || !b)
        return null;
    const counts = new Map();
    for (const t of [a, b])
        t.values.forEach((v, i) => counts.set(v, (counts.get(v) ?? 0) + t.counts[i]));
    if (counts.size > DISTINCT_CAP)
        return null;
    return sortDistinct([...counts.keys()], [...counts.values()]);
}
/** Reads a profile document, with the file named in any complaint. */
function parseProfile(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`not valid JSON: ${error.message}`, { file });
    }
    const parsed = profileSchema.safeParse(value);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors/* ConfigurationError */.j1(`not a holdout profile: ${issue.message}`, { file, key: issue.path.join('.') || undefined });
    }
    return parsed.data;
}
/** Whether a file's text looks like a profile (rather than a dataset), by its first key. */
function looksLikeProfile(head) {
    return /^\s*\{\s*"holdoutProfile"\s*:/.test(head);
}
/**
 * One accumulator per column for a whole dataset (all its files), so a
 * profile binned on its own edges sees every value before the edges are cut.
 *
 * A file read in byte ranges (validate/parallel.ts) is profiled by one
 * profiler per range (forRange, on the binning of rangeSpec), whose states
 * merge in file order (mergeRange) to exactly this profiler's state after
 * reading the ranges itself.
 */
class DatasetProfiler {
    binning;
    keep;
    settings;
    columns = new Map();
    rows = 0;
    /** `settings.categoryCap`: distinct categories a column counts before the rest are "other" (WORKING_CATEGORY_CAP). */
    constructor(binning, keep = () => new Set(), settings = {}) {
        this.binning = binning;
        this.keep = keep;
        this.settings = settings;
    }
    /** A byte range's profiler, as `spec` says (the whole's rangeSpec). */
    static forRange(spec) {
        return new DatasetProfiler((column) => spec.binning[column] ?? 'none', () => new Set(), { categoryCap: spec.categoryCap, range: spec });
    }
    /** How a range of data with these columns is profiled here: the columns' binning and the category cap, structured-clonable. */
    rangeSpec(columns) {
        const binning = {};
        for (const column of columns)
            binning[column] = this.columns.get(column)?.binning ?? this.binning(column);
        return { binning, ...(this.settings.categoryCap !== undefined ? { categoryCap: this.settings.categoryCap } : {}) };
    }
    /** The accumulator's name; an `identifier` is a categorical column profiled without its categories. */
    accumulator(column, type, kind) {
        let acc = this.columns.get(column);
        if (acc === undefined) {
            const range = this.settings.range;
            const counting = { cap: this.settings.categoryCap, ...(range ? { range: { seeds: range.seeds?.[column] } } : {}) };
            acc = kind === 'numeric'
                ? new ColumnAccumulator(type, kind, this.binning(column), new Set(), false, counting)
                : new ColumnAccumulator(type, 'categorical', 'none', this.keep(column), kind === 'identifier', counting);
            this.columns.set(column, acc);
        }
        else if (acc.type !== type)
            throw new ConfigurationError(`column "${column}" is ${acc.type} in one file and ${type} in another`);
        return acc;
    }
    toState() {
        return { rows: this.rows, columns: [...this.columns].map(([name, acc]) => [name, acc.toState()]) };
    }
    /**
     * Merges the state of the next byte range (in file order): `only` limits it
     * to some columns (a range read again for them; its rows are counted
     * already). Returns the columns that could not merge (ColumnAccumulator.
     * mergeState), unchanged: read the range again with seeds (categorySeeds)
     * and merge those columns of it.
     */
    mergeRange(state, only) {
        if (only === undefined)
            this.rows += state.rows;
        const refused = [];
        for (const [name, s] of state.columns) {
            if (only !== undefined && !only.has(name))
                continue;
            const acc = this.accumulator(name, s.type, s.kind === 'numeric' ? 'numeric' : s.countOnly ? 'identifier' : 'categorical');
            if (!acc.mergeState(s))
                refused.push(name);
        }
        return refused;
    }
    /** Each column's categories so far, for a range read again (RangeProfileSpec.seeds). */
    categorySeeds(columns) {
        const seeds = {};
        for (const column of columns)
            seeds[column] = this.columns.get(column)?.categorySeeds() ?? [];
        return seeds;
    }
    toProfile() {
        const columns = {};
        for (const [name, acc] of this.columns)
            columns[name] = acc.toProfile();
        return { holdoutProfile: PROFILE_VERSION, rows: this.rows, columns };
    }
}


/***/ }),

/***/ 3517:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ readResultsFile),
/* harmony export */   KB: () => (/* binding */ writeResults)
/* harmony export */ });
/* unused harmony exports resultsPath, serializeResults, resultsText, parseResults */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2005);
/* harmony import */ var _io_fs_error_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(3565);
/* harmony import */ var _io_atomic_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7700);
/* harmony import */ var _profile_profile_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(6871);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(1375);
// Reading and writing results documents. Writes are atomic; reads reject a
// document that does not parse against the schema, naming the file.








/**
 * The path of a results file in the workspace. A helper on purpose: ncc's
 * asset relocation rewrites resolve(x, 'literal.json') calls it can see.
 */
function resultsPath(workspace, ...parts) {
    return resolve(workspace, ...parts);
}
/**
 * A results document as JSON text: ±∞ and NaN, which JSON cannot hold (and
 * JSON.stringify would turn into null), become the strings "Infinity",
 * "-Infinity" and "NaN" that the schema reads back as those numbers.
 */
function serializeResults(document) {
    return JSON.stringify(document, (_key, value) => (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value), 2) + '\n';
}
/**
 * The text of a results document, checked the way a reader will read it: the
 * serialised JSON is parsed back against the schema. A document that would
 * not read back is a bug here, reported with the key at fault.
 */
function resultsText(document) {
    const text = serializeResults(document);
    const json = JSON.parse(text);
    const result = (0,_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .resultsSchemaFor */ .$t)(json).safeParse(json);
    if (!result.success) {
        const issue = result.error.issues[0];
        throw new Error(`results document would not read back (${issue.path.map(String).join('.') || 'document'}: ${issue.message})`);
    }
    return text;
}
async function writeResults(path, document) {
    await (0,_io_atomic_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Z)(path, resultsText(document));
}
/**
 * Reads and checks one results document: the one reader, for a single file,
 * for every match of a glob (collectResults) and for the gate. Errors are
 * ConfigurationErrors naming `file.display`. A genuine profile
 * (validate-data's profile-out, which may share the results directory) is
 * not a results document: undefined — but only when the file does not read
 * as a results document, so a failing document that merely starts with
 * `{"holdoutProfile": 1,` is read as what it is, never skipped.
 */
async function readResultsFile(file) {
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file.path);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`cannot read results document: ${(0,_io_fs_error_js__WEBPACK_IMPORTED_MODULE_7__/* .describeFsError */ .T)(error)}`, { file: file.display });
    }
    const text = bytes.toString('utf8');
    const sha256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
    try {
        return { file: file.display, sha256, document: parseResults(text, file.display) };
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1 && (0,_profile_profile_js__WEBPACK_IMPORTED_MODULE_5__/* .looksLikeProfile */ .hE)(text.slice(0, 64)) && isProfile(text, file.display))
            return undefined;
        throw error;
    }
}
function isProfile(text, file) {
    try {
        (0,_profile_profile_js__WEBPACK_IMPORTED_MODULE_5__/* .parseProfile */ .jZ)(text, file);
        return true;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1)
            return false;
        throw error;
    }
}
function parseResults(text, path) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`not a holdout results document: invalid JSON (${error.message})`, { file: path });
    }
    const result = (0,_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .resultsSchemaFor */ .$t)(json).safeParse(json);
    if (!result.success) {
        const issue = result.error.issues[0];
        const key = issue.path.map(String).join('.');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`not a holdout results document: ${key ? `${key}: ` : ''}${issue.message}`, { file: path });
    }
    return result.data;
}


/***/ }),

/***/ 1375:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  kI: () => (/* binding */ RESULTS_VERSION),
  $t: () => (/* binding */ resultsSchemaFor)
});

// UNUSED EXPORTS: MAX_CURVE_POINTS, MAX_HISTORY, NON_FINITE_JSON, resultsSchemas, ruleNumbers, statusSchema

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __nccwpck_require__(2857);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __nccwpck_require__(3759);
;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/iso.js



function datetime(params) {
    return api/* _isoDateTime */.G1(schemas/* ZodISODateTime */.You, params);
}
function date(params) {
    return core._isoDate(ZodISODate, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}

// EXTERNAL MODULE: ./build/shared/errors.js
var errors = __nccwpck_require__(2005);
// EXTERNAL MODULE: ./build/shared/profile/profile.js + 2 modules
var profile = __nccwpck_require__(6871);
;// CONCATENATED MODULE: ./build/shared/vocabulary/comparison.js
// Model-comparison vocabulary, owned here and nowhere else: the prediction
// tasks, which way a metric is better, and the significance tests of a
// paired comparison. A leaf module (no imports).
/** The prediction tasks holdout computes metrics for. */
const TASKS = ['binary', 'multiclass', 'regression'];
/** How a metric's difference was tested: DeLong (ROC AUC), McNemar (accuracy), the paired bootstrap, or not at all. */
const TEST_METHODS = ['delong', 'mcnemar-exact', 'mcnemar-asymptotic', 'bootstrap-bca', 'bootstrap-percentile', 'none'];
/** Which way a metric is better. */
const DIRECTIONS = ['higher', 'lower'];

;// CONCATENATED MODULE: ./build/shared/vocabulary/drift.js
// Drift vocabulary, owned here and nowhere else: the methods a drift check
// can run, what `auto` may be written in their place, and how a method's
// statistic is held to its levels. A leaf module (no imports), so every layer
// — the table schema, the results document, validation, the report — can
// use the one list.
/** The drift statistics holdout computes, in the order the docs list them. */
const DRIFT_METHODS = ['psi', 'jensenshannon', 'js_divergence', 'wasserstein', 'ks', 'chisquare', 'z', 'linf'];
/** What a schema may ask for: a method, or `auto` (picked by type and size, as Evidently does). */
const DRIFT_METHOD_CHOICES = ['auto', ...DRIFT_METHODS];
/** distance: drift when the statistic is ≥ the level; p-value: drift when p < the level. */
const DRIFT_COMPARISONS = ['distance', 'p-value'];
/** Log bases of the entropy-based statistics (natural log, or bits). */
const LOG_BASES = ['e', '2'];

;// CONCATENATED MODULE: ./build/shared/vocabulary/policy.js
// Comparison-policy vocabulary, owned here and nowhere else: the rules a
// metric's policy can set, and the rules a compare-metrics check can apply.
// A leaf module (no imports): the policy schema, the evaluation, the results
// document and the report all use these lists.
/**
 * The threshold rules of a metric's policy, each a key of the policy file
 * (`metrics.<name>.<rule>`), in the order the report lists them.
 */
const POLICY_RULES = ['min', 'max', 'max_regression', 'max_relative_regression', 'min_improvement', 'non_inferiority'];
/**
 * Every rule a compare-metrics check applies: `present` (a `required` metric
 * is on the candidate), the policy's threshold rules, and `baseline` (the
 * rules that need a baseline have one, unless `allow_missing_baseline`).
 */
/**
 * What a comparison check applies: a policy rule, or one of the checks around
 * them — the metric is present, a baseline exists, and the non-inferiority
 * margin is one this sample can show (`showable_margin`, a warning).
 */
const COMPARISON_RULES = ['present', ...POLICY_RULES, 'baseline', 'showable_margin'];

;// CONCATENATED MODULE: ./build/shared/results/schema.js
// The results document: the one contract between the actions. Every step
// writes one; report and gate read any number of them. These zod schemas are
// the single definition; kind-specific payloads hang off the common envelope.
//
// The schemas are built on first use, one document kind at a time
// (`resultsSchemas`, `resultsSchemaFor`): building all of them costs a
// measurable share of an action's cold start (bench/coldstart.mjs), and a
// step writes one kind and reads at most the kinds it is given.






const RESULTS_VERSION = 1;
/** Built at load, unlike the rest: small, and other modules' schemas compose it when they load (shared/monitor/history.ts). */
const statusSchema = schemas/* enum */.k5n(['pass', 'warn', 'fail', 'error']);
/**
 * JSON has no numbers for ±∞ and NaN (JSON.stringify writes null for them).
 * Where a statistic may be infinite (χ² of a value the reference never had,
 * a DeLong z of a difference with no variance) or undefined, a results
 * document holds these strings instead; readers get the JavaScript number
 * back. `serializeResults` (io.ts) writes them.
 */
const NON_FINITE_JSON = ['Infinity', '-Infinity', 'NaN'];
/** Most points a curve may hold in a results document (compare-metrics keeps at most 50; a hostile file cannot make the report draw more). */
const MAX_CURVE_POINTS = 200;
/** Most past deployments a comparison carries, and metrics per deployment. */
const MAX_HISTORY = 50;
/** The value `build` returns, built on the first call only. */
function once(build) {
    let built;
    return () => (built ??= { value: build() }).value;
}
/** The envelope every kind shares: its checks, locations, statistics and subject. */
const envelopeSchemas = once(() => {
    const location = schemas/* object */.Ikc({
        file: schemas/* string */.YjP(),
        line: schemas/* number */.aig().int().positive().optional(),
        /** 1-based data row (record) number, where the file has rows. */
        row: schemas/* number */.aig().int().positive().optional(),
        field: schemas/* string */.YjP().optional(),
    });
    /** A statistic: a finite JSON number, or "Infinity" / "-Infinity" / "NaN", read as the number it names. */
    const statistic = schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* enum */.k5n(NON_FINITE_JSON).transform((name) => Number(name))]);
    /** The strings "Infinity", "-Infinity" and "NaN" are read as those numbers, not as text. */
    const observed = schemas/* union */.KCZ([statistic, schemas/* string */.YjP(), schemas/* boolean */.zMY(), schemas/* null */.chJ()]);
    const check = schemas/* object */.Ikc({
        /** Unique within the document; opaque to readers (they read the typed fields below, never parse it). */
        id: schemas/* string */.YjP(),
        title: schemas/* string */.YjP(),
        status: statusSchema,
        observed: observed.optional(),
        expected: observed.optional(),
        message: schemas/* string */.YjP(),
        /** How many occurrences the check counted (never capped). */
        count: schemas/* number */.aig().int().nonnegative().optional(),
        /** The first occurrences, for annotations; `count` says how many there were. */
        locations: schemas/* array */.YOg(location).default([]),
        // compare-metrics checks: which metric (and slice) the check is about, the
        // policy rule it applies and that rule's numbers.
        metric: schemas/* string */.YjP().optional(),
        slice: schemas/* object */.Ikc({ column: schemas/* string */.YjP(), value: schemas/* string */.YjP() }).optional(),
        rule: schemas/* enum */.k5n(COMPARISON_RULES).optional(),
        /** The rule's level: the bound of `min`/`max`, the allowed regression (absolute, or relative as a share), the required improvement. */
        threshold: schemas/* number */.aig().optional(),
        /** `non_inferiority`: the margin the improvement's confidence bound must stay above (as −margin), and the one-sided α. */
        margin: schemas/* number */.aig().optional(),
        alpha: schemas/* number */.aig().optional(),
    })
        .superRefine((check, ctx) => {
        if (check.rule === undefined)
            return;
        if (check.metric === undefined)
            ctx.addIssue({ code: 'custom', path: ['metric'], message: `a check with a rule (${check.rule}) names its metric` });
        for (const key of ruleNumbers(check.rule)) {
            if (check[key] === undefined)
                ctx.addIssue({ code: 'custom', path: [key], message: `rule ${check.rule} needs ${key}` });
        }
    });
    const fileDigest = schemas/* object */.Ikc({
        path: schemas/* string */.YjP(),
        sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/).optional(),
        bytes: schemas/* number */.aig().int().nonnegative().optional(),
    });
    const subject = schemas/* looseObject */._H3({
        files: schemas/* array */.YOg(fileDigest).default([]),
        gitSha: schemas/* string */.YjP().optional(),
        baselineId: schemas/* string */.YjP().optional(),
        schema: fileDigest.optional(),
    });
    const envelope = {
        holdout: schemas/* literal */.euz(RESULTS_VERSION),
        title: schemas/* string */.YjP(),
        status: statusSchema,
        createdAt: datetime({ offset: true }),
        subject,
        checks: schemas/* array */.YOg(check),
    };
    return { location, statistic, check, fileDigest, subject, envelope };
});
/** The numbers each comparison rule carries on its check. */
function ruleNumbers(rule) {
    switch (rule) {
        case 'present':
        case 'baseline':
            return [];
        case 'min':
        case 'max':
        case 'max_regression':
        case 'max_relative_regression':
        case 'min_improvement':
            return ['threshold'];
        case 'non_inferiority':
        case 'showable_margin':
            return ['margin', 'alpha'];
        default:
            return (0,errors/* assertNever */.xb)(rule, 'comparison rule');
    }
}
/** The validate-data document (monitor writes one too): tables, their tallies, shards, drift. */
const validateDataSchemas = once(() => {
    const { location, statistic, envelope } = envelopeSchemas();
    /** One Frictionless-style error, kept as a sample (the counts are complete). */
    const dataError = schemas/* object */.Ikc({
        type: schemas/* string */.YjP(),
        file: schemas/* string */.YjP(),
        field: schemas/* string */.YjP().optional(),
        row: schemas/* number */.aig().int().positive().optional(),
        line: schemas/* number */.aig().int().positive().optional(),
        cell: schemas/* string */.YjP().optional(),
        constraint: schemas/* string */.YjP().optional(),
        message: schemas/* string */.YjP(),
        /** `warn` when the error is tolerated (x-holdout `mostly`). */
        severity: schemas/* enum */.k5n(['fail', 'warn']).default('fail'),
    });
    const tableSummary = schemas/* object */.Ikc({
        file: schemas/* string */.YjP(),
        format: schemas/* string */.YjP(),
        status: statusSchema,
        rows: schemas/* number */.aig().int().nonnegative(),
        sha256: schemas/* string */.YjP().optional(),
        bytes: schemas/* number */.aig().int().nonnegative().optional(),
        errorCount: schemas/* number */.aig().int().nonnegative(),
        errorCounts: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig().int().nonnegative()),
        failedChecks: schemas/* number */.aig().int().nonnegative(),
        /** Set when the file could not be read at all (bad input). */
        problem: schemas/* string */.YjP().optional(),
    });
    /** What one table's validation counted, before table-level checks: a shard's share of a verdict, summed when shards merge. */
    const extreme = schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* enum */.k5n(['Infinity', '-Infinity'])]).nullable();
    const tableTally = schemas/* object */.Ikc({
        file: schemas/* string */.YjP(),
        format: schemas/* string */.YjP(),
        rows: schemas/* number */.aig().int().nonnegative(),
        sha256: schemas/* string */.YjP().optional(),
        bytes: schemas/* number */.aig().int().nonnegative().optional(),
        checks: schemas/* array */.YOg(schemas/* object */.Ikc({
            id: schemas/* string */.YjP(),
            title: schemas/* string */.YjP(),
            /** `file`: the same in every shard of the file (the header); `rows`: counts over this shard's rows. */
            scope: schemas/* enum */.k5n(['file', 'rows']),
            kind: schemas/* enum */.k5n(['header', 'type', 'required', 'constraint', 'unique', 'key']),
            field: schemas/* string */.YjP().optional(),
            constraint: schemas/* string */.YjP().optional(),
            keyFields: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
            tolerable: schemas/* boolean */.zMY(),
            /** A key column is missing from the file, so the key could not be checked. */
            unavailable: schemas/* boolean */.zMY().optional(),
            count: schemas/* number */.aig().int().nonnegative(),
            locations: schemas/* array */.YOg(location),
        })),
        // A field's extremes: null with no values; an infinite one spelled out (JSON has no Infinity), so a merge of shards or ranges keeps it.
        fields: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP(), missing: schemas/* number */.aig().int().nonnegative(), failed: schemas/* number */.aig().int().nonnegative(), min: extreme, max: extreme })),
        errors: schemas/* array */.YOg(dataError),
        errorCounts: schemas/* object */.Ikc({ file: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig().int().nonnegative()), rows: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig().int().nonnegative()) }),
    });
    const shard = schemas/* object */.Ikc({
        index: schemas/* number */.aig().int().nonnegative(),
        count: schemas/* number */.aig().int().positive(),
        /** rows: every shard reads every file and keeps its rows; files: whole files per shard. */
        mode: schemas/* enum */.k5n(['rows', 'files']),
        by: schemas/* string */.YjP().optional(),
        /**
         * Rows by position of CSV/TSV files: the byte range of each file this shard
         * read, its physical lines, and the line feeds before it. Its lines are the
         * file's; its rows are numbered from the range's start, and the merge
         * numbers them from the file's.
         */
        ranges: schemas/* array */.YOg(schemas/* object */.Ikc({
            file: schemas/* string */.YjP(), start: schemas/* number */.aig().int().nonnegative(), end: schemas/* number */.aig().int().nonnegative(),
            lines: schemas/* number */.aig().int().nonnegative(), linesBefore: schemas/* number */.aig().int().nonnegative(),
        })).optional(),
    });
    const driftColumn = schemas/* object */.Ikc({
        column: schemas/* string */.YjP(),
        kind: schemas/* enum */.k5n(['numeric', 'categorical']),
        method: schemas/* enum */.k5n(DRIFT_METHODS),
        auto: schemas/* boolean */.zMY(),
        /** null when the statistic could not be computed at all; ±∞ or NaN when it is infinite or undefined. */
        statistic: statistic.nullable(),
        pValue: statistic.optional(),
        compare: schemas/* enum */.k5n(DRIFT_COMPARISONS),
        threshold: schemas/* object */.Ikc({ warn: schemas/* number */.aig().optional(), fail: schemas/* number */.aig().optional() }),
        logBase: schemas/* enum */.k5n(LOG_BASES).optional(),
        nRef: schemas/* number */.aig().int().nonnegative(),
        nCur: schemas/* number */.aig().int().nonnegative(),
        bins: schemas/* enum */.k5n(['deciles', 'grid', 'values']),
        bound: statistic.optional(),
        status: statusSchema,
        message: schemas/* string */.YjP(),
        chart: schemas/* object */.Ikc({ labels: schemas/* array */.YOg(schemas/* string */.YjP()), reference: schemas/* array */.YOg(schemas/* number */.aig()), current: schemas/* array */.YOg(schemas/* number */.aig()) }),
    });
    const driftSummary = schemas/* object */.Ikc({
        reference: schemas/* object */.Ikc({ path: schemas/* string */.YjP(), sha256: schemas/* string */.YjP().optional(), rows: schemas/* number */.aig().int().nonnegative() }),
        columns: schemas/* array */.YOg(driftColumn),
        skipped: schemas/* array */.YOg(schemas/* object */.Ikc({ column: schemas/* string */.YjP(), reason: schemas/* string */.YjP() })),
        dataset: schemas/* object */.Ikc({ share: schemas/* number */.aig(), drifted: schemas/* number */.aig().int(), compared: schemas/* number */.aig().int(), status: statusSchema }),
    });
    const document = schemas/* object */.Ikc({
        ...envelope,
        kind: schemas/* literal */.euz('validate-data'),
        data: schemas/* object */.Ikc({
            tables: schemas/* array */.YOg(tableSummary),
            rows: schemas/* number */.aig().int().nonnegative(),
            errorCount: schemas/* number */.aig().int().nonnegative(),
            /** The first errors in file order; `errorCount` is the full count. */
            errors: schemas/* array */.YOg(dataError),
            /** Profile of the data (all files), when a reference or profile-out asked for one. */
            profile: profile/* profileSchema */.Fk.optional(),
            drift: driftSummary.optional(),
            /** Set on a shard's document: which share of the data it saw. Its `tallies` let a merge rebuild the whole verdict. */
            shard: shard.optional(),
            tallies: schemas/* array */.YOg(tableTally).optional(),
        }),
    });
    return { dataError, tableSummary, tableTally, shard, driftColumn, driftSummary, document };
});
/** The compare-metrics document: the comparison, its metric rows, curves and deployment history. */
const compareMetricsSchemas = once(() => {
    const { statistic, envelope } = envelopeSchemas();
    /** A metric value or statistic; null when missing. */
    const metricValue = statistic.nullable();
    const metricRow = schemas/* object */.Ikc({
        name: schemas/* string */.YjP(),
        direction: schemas/* enum */.k5n(DIRECTIONS),
        /** Whether the policy gates this metric (others are shown for context). */
        gated: schemas/* boolean */.zMY(),
        slice: schemas/* object */.Ikc({ column: schemas/* string */.YjP(), value: schemas/* string */.YjP(), rows: schemas/* number */.aig().int().nonnegative() }).optional(),
        candidate: metricValue,
        baseline: metricValue,
        /** candidate − baseline. */
        difference: metricValue,
        /** (candidate − baseline) / |baseline|; null for a zero baseline. */
        relativeDifference: metricValue,
        /** Two-sided interval of the difference at `confidence`. */
        interval: schemas/* tuple */.PVZ([statistic, statistic]).nullable(),
        confidence: schemas/* number */.aig(),
        pValue: metricValue,
        method: schemas/* enum */.k5n(TEST_METHODS),
        /** better / worse beyond noise (or at all, without a test), same, or unknown (a value missing). */
        verdict: schemas/* enum */.k5n(['better', 'worse', 'same', 'unknown']),
        status: statusSchema,
        /** The policy rules applied to this row. */
        thresholds: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).default({}),
        note: schemas/* string */.YjP().optional(),
        /** The test's own numbers (a DeLong z may be ±∞: pROC's Z = −Inf for a difference with no variance). */
        details: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([statistic, schemas/* string */.YjP()])).optional(),
        /** Eval suites: a 0–1 rate or a percentage, whose changes read in points; absent for other numbers. */
        scale: schemas/* enum */.k5n(['rate', 'percent']).optional(),
        /** Eval suites, pass/fail outcomes: the cases that flipped each way on the shared cases, and the first five ids of each. */
        flips: schemas/* object */.Ikc({
            passToFail: schemas/* number */.aig().int().nonnegative(),
            failToPass: schemas/* number */.aig().int().nonnegative(),
            firstPassToFail: schemas/* array */.YOg(schemas/* string */.YjP()).max(5),
            firstFailToPass: schemas/* array */.YOg(schemas/* string */.YjP()).max(5),
        })
            .optional(),
    });
    const model = schemas/* object */.Ikc({
        source: schemas/* string */.YjP(),
        kind: schemas/* enum */.k5n(['metrics', 'predictions', 'evals']),
        sha256: schemas/* string */.YjP().optional(),
        /** Identifies the baseline (a commit, run or deployment id). */
        id: schemas/* string */.YjP().optional(),
    });
    const unit = schemas/* number */.aig().min(0).max(1);
    /** The curves of one model's binary scores: exact vertices of scikit-learn's curves at the kept thresholds (∞: nothing predicted positive). */
    const modelCurves = schemas/* object */.Ikc({
        rows: schemas/* number */.aig().int().nonnegative(),
        positives: schemas/* number */.aig().int().nonnegative(),
        /** roc_curve: false and true positive rate at each kept threshold, threshold descending. */
        roc: schemas/* array */.YOg(schemas/* object */.Ikc({ threshold: statistic, fpr: unit, tpr: unit })).max(MAX_CURVE_POINTS),
        /** precision_recall_curve, recall rising (threshold descending). */
        pr: schemas/* array */.YOg(schemas/* object */.Ikc({ threshold: statistic, recall: unit, precision: unit })).max(MAX_CURVE_POINTS),
        /** calibration_curve (uniform bins on [0, 1]): each non-empty bin's mean score, share of positives and rows. Only for probabilities. */
        calibration: schemas/* object */.Ikc({
            bins: schemas/* number */.aig().int().min(1).max(MAX_CURVE_POINTS),
            strategy: schemas/* literal */.euz('uniform'),
            points: schemas/* array */.YOg(schemas/* object */.Ikc({ bin: schemas/* number */.aig().int().nonnegative(), predicted: unit, observed: unit, count: schemas/* number */.aig().int().positive() })).max(MAX_CURVE_POINTS),
        })
            .optional(),
    });
    /** One past deployment of the production model, as a deployment: baseline found it: its recorded metrics. */
    const deploymentRecord = schemas/* object */.Ikc({
        id: schemas/* string */.YjP().max(100),
        commit: schemas/* string */.YjP().max(100).optional(),
        recordedAt: schemas/* string */.YjP().max(100).optional(),
        metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()).refine((m) => Object.keys(m).length <= MAX_HISTORY, { message: `at most ${MAX_HISTORY} metrics` }),
    });
    const comparison = schemas/* object */.Ikc({
        task: schemas/* enum */.k5n(TASKS).nullable(),
        paired: schemas/* boolean */.zMY(),
        rows: schemas/* number */.aig().int().nonnegative().nullable(),
        confidence: schemas/* number */.aig(),
        candidate: model,
        baseline: model.nullable(),
        /** Set when no baseline was found: what was tried. */
        baselineProblem: schemas/* string */.YjP().optional(),
        policy: schemas/* object */.Ikc({ source: schemas/* string */.YjP(), sha256: schemas/* string */.YjP().optional() }),
        dropped: schemas/* object */.Ikc({ candidateOnly: schemas/* number */.aig().int(), baselineOnly: schemas/* number */.aig().int() }).optional(),
        /** Eval suites: what was compared, and how p-values were adjusted across the family of tests. */
        evals: schemas/* object */.Ikc({
            format: schemas/* string */.YjP(),
            cases: schemas/* number */.aig().int().nonnegative(),
            candidateOnly: schemas/* number */.aig().int().nonnegative(),
            baselineOnly: schemas/* number */.aig().int().nonnegative(),
            samplesPerCase: schemas/* number */.aig().int().positive(),
            adjustment: schemas/* enum */.k5n(['holm', 'bh', 'none']),
            family: schemas/* number */.aig().int().nonnegative(),
            notes: schemas/* array */.YOg(schemas/* string */.YjP()),
        })
            .optional(),
        /** Binary scores on both sides (or the candidate's): ROC, precision–recall and calibration curves, reduced to at most 50 points each. */
        curves: schemas/* object */.Ikc({ candidate: modelCurves, baseline: modelCurves.optional() }).optional(),
        /** deployment: baselines: the gated metrics recorded by the last successful deployments, oldest first (the newest is the baseline). */
        history: schemas/* object */.Ikc({ source: schemas/* string */.YjP(), deployments: schemas/* array */.YOg(deploymentRecord).max(MAX_HISTORY) }).optional(),
        metrics: schemas/* array */.YOg(metricRow),
        regressions: schemas/* number */.aig().int().nonnegative(),
        improvements: schemas/* number */.aig().int().nonnegative(),
        summary: schemas/* string */.YjP(),
    });
    const document = schemas/* object */.Ikc({
        ...envelope,
        kind: schemas/* literal */.euz('compare-metrics'),
        comparison,
    });
    return { metricRow, modelCurves, deploymentRecord, comparison, document };
});
const gateResultsSchema = once(() => schemas/* object */.Ikc({
    ...envelopeSchemas().envelope,
    kind: schemas/* literal */.euz('gate'),
    decision: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
}));
/** The gate's governance check of a Markdown model card (shared/modelcard): each required section, found with content, empty or missing. */
const modelCardResultsSchema = once(() => schemas/* object */.Ikc({
    ...envelopeSchemas().envelope,
    kind: schemas/* literal */.euz('model-card'),
    card: schemas/* object */.Ikc({
        path: schemas/* string */.YjP(),
        sections: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP(), state: schemas/* enum */.k5n(['present', 'empty', 'missing']), heading: schemas/* string */.YjP().optional(), line: schemas/* number */.aig().int().positive().optional(), words: schemas/* number */.aig().int().nonnegative(), accepted: schemas/* array */.YOg(schemas/* string */.YjP()) })),
    }),
}));
/** Each kind's document schema, built on first use. */
const documentSchemaOfKind = {
    'validate-data': () => validateDataSchemas().document,
    'compare-metrics': () => compareMetricsSchemas().document,
    gate: gateResultsSchema,
    'model-card': modelCardResultsSchema,
};
/** Any results document: the union of the kinds, by `kind`. */
const resultsDocumentSchema = once(() => schemas/* discriminatedUnion */.gMt('kind', [documentSchemaOfKind['validate-data'](), documentSchemaOfKind['compare-metrics'](), gateResultsSchema(), modelCardResultsSchema()]));
/**
 * The results schemas, each built when first read. `document` is any results
 * document; the others are its parts, for tests and for code that checks a
 * part on its own.
 */
const resultsSchemas = {
    get location() { return envelopeSchemas().location; },
    get statistic() { return envelopeSchemas().statistic; },
    get check() { return envelopeSchemas().check; },
    get fileDigest() { return envelopeSchemas().fileDigest; },
    get subject() { return envelopeSchemas().subject; },
    get dataError() { return validateDataSchemas().dataError; },
    get tableSummary() { return validateDataSchemas().tableSummary; },
    get tableTally() { return validateDataSchemas().tableTally; },
    get shard() { return validateDataSchemas().shard; },
    get driftSummary() { return validateDataSchemas().driftSummary; },
    get validateDataResults() { return validateDataSchemas().document; },
    get metricRow() { return compareMetricsSchemas().metricRow; },
    get modelCurves() { return compareMetricsSchemas().modelCurves; },
    get deploymentRecord() { return compareMetricsSchemas().deploymentRecord; },
    get comparison() { return compareMetricsSchemas().comparison; },
    get compareMetricsResults() { return compareMetricsSchemas().document; },
    get gateResults() { return gateResultsSchema(); },
    get modelCardResults() { return modelCardResultsSchema(); },
    get document() { return resultsDocumentSchema(); },
};
/**
 * The schema to read `value` with: the schema of the kind it names, which
 * reads it exactly as the union of all kinds does (zod's discriminated union
 * hands a known `kind` to that kind's schema) without building the others;
 * the union itself for a value that names no known kind, so that its error
 * is the union's.
 */
function resultsSchemaFor(value) {
    const kind = typeof value === 'object' && value !== null && !Array.isArray(value) ? value.kind : undefined;
    return typeof kind === 'string' && Object.hasOwn(documentSchemaOfKind, kind) ? documentSchemaOfKind[kind]() : resultsDocumentSchema();
}


/***/ }),

/***/ 825:
/***/ ((__unused_webpack___webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8532);
// An action process parses each options, config and results schema about
// once, where zod's JIT (a parser compiled per object schema with new
// Function) costs more than it saves: 10–20 % of a cold start on a tiny
// input (bench/coldstart.mjs). The interpreter gives the same results. zod
// decides when a schema is built, so every action entry imports this module
// first, before any module that builds one. The CLI and the worker keep the
// JIT: they parse large results and profiles too.

zod__WEBPACK_IMPORTED_MODULE_0__/* .config */ .$W({ jitless: true });


/***/ }),

/***/ 5749:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8161);
// The Actions runner's side of a step: inputs from INPUT_* variables,
// workflow commands on stdout (annotations, debug), outputs and the job
// summary through the files the runner names (GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY). Written as @actions/core 3 writes them
// (lib/command.js, file-command.js, utils.js, summary.js; the runner's side:
// https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands),
// byte for byte — test/runtime/runner.test.ts holds each function to
// @actions/core's — without its import graph: @actions/core loads
// @actions/http-client, undici and @actions/exec at startup for calls no
// step makes (OIDC tokens, platform details), about half of an action's cold
// start.




/** An input's text as the runner passes it (INPUT_<NAME>, spaces as underscores), trimmed; '' when absent. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * `::command key=value,…::message` on stdout. A property without a value is
 * left out, but any properties at all put a space after the command (as
 * @actions/core does: `::error ::message` when all are empty).
 */
function issueCommand(command, properties, message) {
    let text = `::${command}`;
    if (Object.keys(properties).length > 0) {
        text += ' ' + Object.entries(properties).filter(([, value]) => value).map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
    }
    process.stdout.write(`${text}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`);
}
function annotation(level, message, properties = {}) {
    const given = Object.keys(properties).length > 0;
    issueCommand(level, given ? { title: properties.title, file: properties.file, line: properties.startLine } : {}, message);
}
function error(message, properties) {
    annotation('error', message, properties);
}
function warning(message, properties) {
    annotation('warning', message, properties);
}
function notice(message, properties) {
    annotation('notice', message, properties);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function info(message) {
    process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_3__.EOL);
}
/** Fails the step: exit code 1 and an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** A step output: `name<<delimiter` in GITHUB_OUTPUT, or the old set-output command where there is no such file. */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT || '';
    if (!file) {
        process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_3__.EOL);
        issueCommand('set-output', { name }, value);
        return;
    }
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (value.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`, { encoding: 'utf8' });
}
/** Appends markdown and a line end to the job summary (GITHUB_STEP_SUMMARY). */
async function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) {
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    }
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.access)(file, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.R_OK | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.appendFile)(file, markdown + node_os__WEBPACK_IMPORTED_MODULE_3__.EOL, { encoding: 'utf8' });
}


/***/ }),

/***/ 5798:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  O: () => (/* binding */ gateOptions),
  R: () => (/* binding */ runGate)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __nccwpck_require__(2857);
;// CONCATENATED MODULE: ./build/shared/baseline/payload.js
// The deployment payload the gate writes when a deploy is approved, and
// that compare-metrics' deployment:<environment> source reads back: the
// production baseline is what is in production.

const DEPLOYMENT_PAYLOAD_VERSION = 1;
const deploymentPayloadSchema = schemas/* object */.Ikc({
    holdout: schemas/* object */.Ikc({
        version: schemas/* literal */.euz(DEPLOYMENT_PAYLOAD_VERSION),
        decision: schemas/* enum */.k5n(['pass', 'overridden']),
        /** The candidate's metrics at the time of the decision: the next baseline. */
        metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()),
        model: schemas/* string */.YjP().optional(),
        commit: schemas/* string */.YjP(),
        audit: schemas/* object */.Ikc({ sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/) }),
        recordedAt: schemas/* string */.YjP().optional(),
    }),
});
/** The metrics of a payload, or why it is not a holdout payload. */
function metricsFromPayload(payload) {
    const value = typeof payload === 'string' ? safeParse(payload) : payload;
    const result = deploymentPayloadSchema.safeParse(value);
    if (!result.success)
        return { problem: `payload is not a holdout record (${result.error.issues[0].path.join('.') || 'payload'}: ${result.error.issues[0].message})` };
    return { metrics: result.data.holdout.metrics };
}
function safeParse(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}

// EXTERNAL MODULE: ./build/shared/errors.js
var errors = __nccwpck_require__(2005);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./build/shared/gate/audit.js
// The audit record of a gate decision: who, what, which commit, which inputs
// (by sha256), the thresholds and the baseline, the override and its actor,
// and when. Its own sha256 goes into the check run and the deployment
// payload, so a recorded decision can be tied to this exact record.

function buildAuditRecord(decision, documents, ctx) {
    const thresholds = {};
    let baseline = null;
    for (const { document } of documents) {
        if (document.kind !== 'compare-metrics')
            continue;
        for (const row of document.comparison.metrics)
            if (row.gated && !row.slice)
                thresholds[row.name] = row.thresholds;
        if (document.comparison.baseline)
            baseline = { source: document.comparison.baseline.source, id: document.comparison.baseline.id ?? null };
    }
    return {
        holdout: 1,
        kind: 'gate-audit',
        decision: decision.decision,
        reason: decision.reason,
        reasons: decision.reasons,
        commit: ctx.commit ?? null,
        actor: ctx.actor ?? null,
        event: ctx.event ?? null,
        runUrl: ctx.runUrl ?? null,
        environment: ctx.environment ?? null,
        override: ctx.overrideRequested || ctx.override?.honoured
            ? { label: ctx.label, honoured: ctx.override?.honoured ?? false, actor: ctx.override?.actor ?? null, at: ctx.override?.at ?? null, reason: ctx.override?.reason ?? '' }
            : null,
        inputs: documents.map((d) => ({ file: d.file, sha256: d.sha256, kind: d.document.kind, status: d.document.status, title: d.document.title })),
        thresholds,
        baseline,
        promotion: ctx.promotion ?? null,
        rollback: null,
        createdAt: ctx.now.toISOString(),
    };
}
/**
 * The audit record of a rollback: who rolled back which deployment to which
 * earlier one (its commit and the audit record it was approved with), and
 * what moved in the registry. Its sha256 goes into the new deployment's
 * payload in place of the original decision's.
 */
function buildRollbackAudit(plan, ctx) {
    const { from, to } = plan;
    return {
        holdout: 1,
        kind: 'gate-audit',
        decision: 'rollback',
        reason: `rolled back deployment ${from.id} (${from.sha.slice(0, 12)}) to deployment ${to.id} (${to.sha.slice(0, 12)})`,
        reasons: [],
        commit: to.holdout.commit,
        actor: ctx.actor ?? null,
        event: ctx.event ?? null,
        runUrl: ctx.runUrl ?? null,
        environment: ctx.environment,
        override: null,
        inputs: [],
        thresholds: {},
        baseline: null,
        promotion: ctx.promotion ?? null,
        rollback: { of: { deployment: from.id, commit: from.sha }, to: { deployment: to.id, commit: to.holdout.commit, auditSha256: to.holdout.audit.sha256 } },
        createdAt: ctx.now.toISOString(),
    };
}
function serializeAudit(record) {
    const text = JSON.stringify(record, null, 2) + '\n';
    return { text, sha256: (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex') };
}
/** The candidate's whole-set metrics from the comparisons: the next production baseline. */
function candidateMetrics(documents) {
    const metrics = {};
    for (const { document } of documents) {
        if (document.kind !== 'compare-metrics')
            continue;
        for (const row of document.comparison.metrics)
            if (!row.slice && row.candidate !== null)
                metrics[row.name] = row.candidate;
    }
    return metrics;
}

;// CONCATENATED MODULE: ./build/shared/results/status.js
// The status algebra: documents and checks combine to their worst status.
// `error` (could not be evaluated) outranks `fail`: the gate treats both as
// blocking, but a reviewer must see that something was not evaluated at all.
//
// The one status table (rank, icon, colour) and the one rule for "does this
// status fail the step" live here; everything that shows or weighs a status
// reads them.

const STATUS_TABLE = {
    pass: { rank: 0, icon: '✅', colour: 'green' },
    warn: { rank: 1, icon: '⚠️', colour: 'yellow' },
    fail: { rank: 2, icon: '❌', colour: 'red' },
    error: { rank: 3, icon: '⛔', colour: 'magenta' },
};
function statusRank(status) {
    return STATUS_TABLE[status].rank;
}
function statusIcon(status) {
    return STATUS_TABLE[status].icon;
}
function statusColour(status) {
    return STATUS_TABLE[status].colour;
}
/** A sort comparator that puts the worst status first (error, fail, warn, pass). */
function worstFirst(a, b) {
    return statusRank(b) - statusRank(a);
}
function worstStatus(statuses) {
    let worst = 'pass';
    for (const status of statuses)
        if (statusRank(status) > statusRank(worst))
            worst = status;
    return worst;
}
/** Which status fails a step that produces a verdict. */
const status_FAIL_ON = (/* unused pure expression or super */ null && (['fail', 'warn', 'never']));
/** Whether a status should fail the step under the user's `fail-on` setting. `error` always does. */
function statusFailsStep(status, failOn) {
    if (status === 'error')
        return true;
    switch (failOn) {
        case 'never': return false;
        case 'warn': return statusRank(status) >= statusRank('warn');
        case 'fail': return statusRank(status) >= statusRank('fail');
        default: return (0,errors/* assertNever */.xb)(failOn, 'fail-on');
    }
}

;// CONCATENATED MODULE: ./build/shared/gate/decision.js
// The gate's decision, as a pure function of the results documents and the
// facts about an override: pass, fail or overridden, with every reason. The
// gate decides from the checks: each document's status is recomputed from its
// checks by the status rule (the worst of them), and a document whose own
// status says otherwise was not written as holdout writes it. No decision
// passes when a document is missing, unparsable, could not be evaluated,
// carries no commit or was made for another commit; an override can lift a
// policy failure, never an integrity failure.

const ROLE_ORDER = ['read', 'triage', 'write', 'maintain', 'admin'];
function evaluateOverride(facts, policy) {
    if (!facts || !facts.present)
        return { honoured: false, reason: `no "${facts?.label ?? 'override'}" label on the pull request` };
    const known = facts.labeledBy && facts.labeledAt ? { actor: facts.labeledBy, at: facts.labeledAt } : {};
    if (facts.unknown)
        return { honoured: false, reason: facts.unknown, ...known };
    if (!facts.labeledBy || !facts.labeledAt)
        return { honoured: false, reason: `the "${facts.label}" label has no labeled event, so who added it cannot be verified` };
    const who = { actor: facts.labeledBy, at: facts.labeledAt };
    if (!facts.lastPushAt)
        return { honoured: false, reason: 'the time of the newest push could not be established', ...who };
    if (Date.parse(facts.labeledAt) <= Date.parse(facts.lastPushAt)) {
        return { honoured: false, reason: `the label was added at ${facts.labeledAt}, before the newest push at ${facts.lastPushAt} (${facts.lastPushSource ?? 'push'}); add it again after reviewing the new commits`, ...who };
    }
    const role = facts.actorRole;
    const rank = role ? ROLE_ORDER.indexOf(role) : -1;
    const enough = rank >= ROLE_ORDER.indexOf(policy.minimumRole) || (role !== undefined && policy.extraRoles.includes(role));
    if (!enough) {
        return { honoured: false, reason: `@${facts.labeledBy} has role ${role ?? 'none (not a collaborator)'}, below the required ${policy.minimumRole}${policy.extraRoles.length ? ` (or ${policy.extraRoles.join(', ')})` : ''}`, ...who };
    }
    if (!policy.allowSelfOverride && facts.pullRequestAuthor && facts.pullRequestAuthor.toLowerCase() === facts.labeledBy.toLowerCase()) {
        return { honoured: false, reason: `@${facts.labeledBy} is the pull request's author, and self-override is not allowed`, ...who };
    }
    return { honoured: true, reason: `overridden by @${facts.labeledBy} (${role}) at ${facts.labeledAt}`, ...who };
}
/** A document's status by the status rule: the worst of its checks' (pass when it has none). */
function documentStatus(document) {
    return worstStatus(document.checks.map((c) => c.status));
}
function decide(input) {
    const integrity = [];
    const documents = input.documents.filter((d) => d.document.kind !== 'gate');
    if (documents.length === 0 && input.unreadable.length === 0)
        integrity.push('no results documents to decide on');
    for (const u of input.unreadable)
        integrity.push(`${u.file}: ${u.reason}`);
    for (const d of documents) {
        const sha = d.document.subject.gitSha;
        if (input.commit && !sha)
            integrity.push(`${d.file} names no commit (subject.gitSha), so it cannot be tied to the gated ${input.commit.slice(0, 12)}`);
        else if (input.commit && sha && sha !== input.commit)
            integrity.push(`${d.file} was made for commit ${sha.slice(0, 12)}, not the gated ${input.commit.slice(0, 12)}`);
        const recomputed = documentStatus(d.document);
        if (recomputed !== d.document.status)
            integrity.push(`${d.file} says ${d.document.status} but its checks say ${recomputed}: it was not written as holdout writes results`);
    }
    const reasons = [];
    for (const d of documents) {
        for (const check of d.document.checks) {
            if (statusFailsStep(check.status, input.failOn))
                reasons.push(`${d.document.title}: ${check.title}: ${check.message}`);
        }
    }
    // From the checks, never from a document's own status field.
    const status = worstStatus(documents.map((d) => documentStatus(d.document)));
    const blocking = statusFailsStep(status, input.failOn);
    if (integrity.length > 0) {
        return { decision: 'fail', status: 'error', reason: `cannot decide: ${integrity[0]}${integrity.length > 1 ? ` (+${integrity.length - 1} more)` : ''}`, reasons: [...integrity, ...reasons], integrityProblems: integrity };
    }
    if (!blocking)
        return { decision: 'pass', status, reason: `all ${documents.length} results pass${status === 'warn' ? ' (with warnings)' : ''}`, reasons, integrityProblems: [] };
    const first = reasons[0] ?? `status ${status}`;
    if (input.override?.honoured)
        return { decision: 'overridden', status, reason: `${input.override.reason}; would fail: ${first}`, reasons, integrityProblems: [] };
    const refused = input.override && input.override.reason ? `; override refused: ${input.override.reason}` : '';
    return { decision: 'fail', status, reason: `${first}${reasons.length > 1 ? ` (+${reasons.length - 1} more)` : ''}${refused}`, reasons, integrityProblems: [] };
}

;// CONCATENATED MODULE: ./build/shared/modelcard/card.js
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./build/shared/io/user-file.js
// UserFile: a file the user named, carried with the name as they wrote it.
// Every reader takes one, so every error names the file (and line) the user
// wrote — `data/train.csv:12`, `.github/holdout.yml:6` — never an absolute
// path on the runner, and never a made-up name.

/** The file `written` (relative to `baseDir` unless absolute). */
function userFile(baseDir, written) {
    const path = (0,external_node_path_.resolve)(baseDir, written);
    return { written, display: displayPath(baseDir, path), path };
}
/** A file found on disk (a glob match, a temp file): displayed relative to `baseDir` when inside it. */
function foundFile(baseDir, path, display) {
    const absolute = (0,external_node_path_.resolve)(baseDir, path);
    const shown = display ?? displayPath(baseDir, absolute);
    return { written: shown, display: shown, path: absolute };
}
function displayPath(baseDir, absolute) {
    const rel = (0,external_node_path_.relative)(baseDir, absolute);
    // Forward slashes: annotations and messages name files the way GitHub does.
    return rel !== '' && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel.split(external_node_path_.sep).join('/') : absolute;
}

// EXTERNAL MODULE: ./build/shared/results/schema.js + 4 modules
var schema = __nccwpck_require__(1375);
;// CONCATENATED MODULE: ./build/shared/results/head.js
// The head every results document starts with (the schema's `envelope`):
// the format version, the kind, a title, the status and when it was made.

function documentHead(kind, title, status, createdAt = new Date()) {
    return { holdout: schema/* RESULTS_VERSION */.kI, kind, title, status, createdAt: createdAt.toISOString() };
}

;// CONCATENATED MODULE: ./build/shared/modelcard/check.js
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
    const file = userFile(input.workspace, input.card);
    const required = input.sections.map(parseRequiredSection);
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(file.path);
    }
    catch (error) {
        if (error.code !== 'ENOENT' && error.code !== 'EISDIR')
            throw error;
    }
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes ?? '').digest('hex');
    const findings = bytes === undefined ? required.map((r) => ({ name: r.name, state: 'missing', words: 0, accepted: r.headings })) : checkSections(bytes.toString('utf8'), required);
    const checks = bytes === undefined
        ? [{ id: 'model-card', title: 'Model card', status: input.policy, observed: 'not found', expected: 'a Markdown file', message: `${file.display} not found: every required section is missing (${required.map((r) => r.name).join(', ')})`, count: 1, locations: [{ file: file.display }] }]
        : findings.map((f) => sectionCheck(f, file.display, input.policy));
    const document = {
        ...documentHead('model-card', 'Model card', worstStatus(checks.map((c) => c.status)), input.now),
        subject: { files: bytes === undefined ? [{ path: file.display }] : [{ path: file.display, sha256, bytes: bytes.length }], ...(input.commit ? { gitSha: input.commit } : {}) },
        checks,
        card: { path: file.display, sections: findings },
    };
    return { file: file.display, sha256, document };
}

;// CONCATENATED MODULE: ./build/shared/report/escape.js
// The one escaping function for untrusted text (column names, file paths,
// cell values, messages) going into GitHub-flavoured markdown: the result is
// inert inline text — no table breakage, no HTML, no links or images, no
// @mentions or #references, no forged hidden markers.
const ENTITY = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    // A zero-width space after @ and # (an entity alone decodes back to the
    // character before GitHub looks for mentions and references).
    '@': '&#64;\u200b',
    '#': '&#35;\u200b',
    '|': '&#124;',
    ':': '&#58;',
};
function escapeMarkdown(text) {
    return text
        .replace(/\r\n|\r|\n/g, ' ')
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029]/g, '')
        .replace(/[&<>"@#|:]/g, (c) => ENTITY[c])
        .replace(/[\\`*_[\]()!~$+=^{}]/g, (c) => `\\${c}`)
        .replace(/^(\s*)([-+])(\s)/, '$1\\$2$3');
}
/** Text inside a Mermaid chart's quoted labels: reduced to safe characters (Mermaid has no escape for quotes). */
function mermaidText(text, max = 40) {
    return text.replace(/[^A-Za-z0-9_. <>=≥%–-]/g, '_').replace(/[<>]/g, (c) => (c === '<' ? '‹' : '›')).slice(0, max);
}

;// CONCATENATED MODULE: ./build/shared/report/gate.js
// Markdown for a gate decision (job summary and check-run summary): the
// decision, shown as an override when it is one, the reasons, and the audit.


/** A decision's icon: a pass and a failure as the status table shows them; an override is none of the statuses. */
const ICON = { pass: statusIcon('pass'), fail: statusIcon('fail'), overridden: '🟡' };
function renderGateSummary(decision, audit, auditSha) {
    const lines = [`### ${ICON[decision.decision]} holdout gate: ${decision.decision === 'overridden' ? 'OVERRIDDEN (not a pass)' : decision.decision.toUpperCase()}`, '', escapeMarkdown(decision.reason), ''];
    if (audit.override) {
        lines.push(`**Override** (${escapeMarkdown(audit.override.label)}): ${audit.override.honoured ? 'honoured' : 'refused'} — ${escapeMarkdown(audit.override.reason)}`, '');
    }
    if (decision.reasons.length > 0) {
        lines.push('<details><summary>Reasons</summary>', '');
        for (const r of decision.reasons.slice(0, 100))
            lines.push(`- ${escapeMarkdown(r)}`);
        lines.push('', '</details>', '');
    }
    lines.push('| Input | Kind | sha256 |', '| --- | --- | --- |');
    for (const i of audit.inputs)
        lines.push(`| ${i.status in STATUS_TABLE ? `${statusIcon(i.status)} ` : ''}${escapeMarkdown(i.file)} | ${i.kind} | ${i.sha256.slice(0, 16)}… |`);
    lines.push('', `Audit record sha256 \`${auditSha}\`; commit ${escapeMarkdown((audit.commit ?? 'unknown').slice(0, 12))}; actor ${escapeMarkdown(audit.actor ?? 'unknown')}.`);
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
var external_fs_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_fs_, 2);
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: external "url"
const external_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");
;// CONCATENATED MODULE: external "module"
const external_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");
;// CONCATENATED MODULE: ./node_modules/fdir/dist/index.mjs




//#region rolldown:runtime
var __require = /* @__PURE__ */ (0,external_module_namespaceObject.createRequire)(import.meta.url);

//#endregion
//#region src/utils.ts
function cleanPath(path) {
	let normalized = (0,external_path_namespaceObject.normalize)(path);
	if (normalized.length > 1 && normalized[normalized.length - 1] === external_path_namespaceObject.sep) normalized = normalized.substring(0, normalized.length - 1);
	return normalized;
}
const SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
	return path.replace(SLASHES_REGEX, separator);
}
const WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
	return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
	const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
	const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
	if (resolvePaths) path = (0,external_path_namespaceObject.resolve)(path);
	if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
	if (path === ".") return "";
	const needsSeperator = path[path.length - 1] !== pathSeparator;
	return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}

//#endregion
//#region src/api/functions/join-path.ts
function joinPathWithBasePath(filename, directoryPath) {
	return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
	return function(filename, directoryPath) {
		const sameRoot = directoryPath.startsWith(root);
		if (sameRoot) return directoryPath.slice(root.length) + filename;
		else return convertSlashes((0,external_path_namespaceObject.relative)(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
	};
}
function joinPath(filename) {
	return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
	return directoryPath + filename + separator;
}
function build$7(root, options) {
	const { relativePaths, includeBasePath } = options;
	return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}

//#endregion
//#region src/api/functions/push-directory.ts
function pushDirectoryWithRelativePath(root) {
	return function(directoryPath, paths) {
		paths.push(directoryPath.substring(root.length) || ".");
	};
}
function pushDirectoryFilterWithRelativePath(root) {
	return function(directoryPath, paths, filters) {
		const relativePath = directoryPath.substring(root.length) || ".";
		if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
	};
}
const pushDirectory = (directoryPath, paths) => {
	paths.push(directoryPath || ".");
};
const pushDirectoryFilter = (directoryPath, paths, filters) => {
	const path = directoryPath || ".";
	if (filters.every((filter) => filter(path, true))) paths.push(path);
};
const empty$2 = () => {};
function build$6(root, options) {
	const { includeDirs, filters, relativePaths } = options;
	if (!includeDirs) return empty$2;
	if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
	return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}

//#endregion
//#region src/api/functions/push-file.ts
const pushFileFilterAndCount = (filename, _paths, counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) counts.files++;
};
const pushFileFilter = (filename, paths, _counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
const pushFileCount = (_filename, _paths, counts, _filters) => {
	counts.files++;
};
const pushFile = (filename, paths) => {
	paths.push(filename);
};
const empty$1 = () => {};
function build$5(options) {
	const { excludeFiles, filters, onlyCounts } = options;
	if (excludeFiles) return empty$1;
	if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
	else if (onlyCounts) return pushFileCount;
	else return pushFile;
}

//#endregion
//#region src/api/functions/get-array.ts
const getArray = (paths) => {
	return paths;
};
const getArrayGroup = () => {
	return [""].slice(0, 0);
};
function build$4(options) {
	return options.group ? getArrayGroup : getArray;
}

//#endregion
//#region src/api/functions/group-files.ts
const groupFiles = (groups, directory, files) => {
	groups.push({
		directory,
		files,
		dir: directory
	});
};
const empty = () => {};
function build$3(options) {
	return options.group ? groupFiles : empty;
}

//#endregion
//#region src/api/functions/resolve-symlink.ts
const resolveSymlinksAsync = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	fs.realpath(path, (error, resolvedPath) => {
		if (error) return queue.dequeue(suppressErrors ? null : error, state);
		fs.stat(resolvedPath, (error$1, stat) => {
			if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
			if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
			callback$1(stat, resolvedPath);
			queue.dequeue(null, state);
		});
	});
};
const resolveSymlinks = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	try {
		const resolvedPath = fs.realpathSync(path);
		const stat = fs.statSync(resolvedPath);
		if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return;
		callback$1(stat, resolvedPath);
	} catch (e) {
		if (!suppressErrors) throw e;
	}
};
function build$2(options, isSynchronous) {
	if (!options.resolveSymlinks || options.excludeSymlinks) return null;
	return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
	if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
	let parent = (0,external_path_namespaceObject.dirname)(path);
	let depth = 1;
	while (parent !== state.root && depth < 2) {
		const resolvedPath = state.symlinks.get(parent);
		const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
		if (isSameRoot) depth++;
		else parent = (0,external_path_namespaceObject.dirname)(parent);
	}
	state.symlinks.set(path, resolved);
	return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
	return state.visited.includes(resolved + state.options.pathSeparator);
}

//#endregion
//#region src/api/functions/invoke-callback.ts
const onlyCountsSync = (state) => {
	return state.counts;
};
const groupsSync = (state) => {
	return state.groups;
};
const defaultSync = (state) => {
	return state.paths;
};
const limitFilesSync = (state) => {
	return state.paths.slice(0, state.options.maxFiles);
};
const onlyCountsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.counts, state.options.suppressErrors);
	return null;
};
const defaultAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths, state.options.suppressErrors);
	return null;
};
const limitFilesAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
	return null;
};
const groupsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.groups, state.options.suppressErrors);
	return null;
};
function report(error, callback$1, output, suppressErrors) {
	if (error && !suppressErrors) callback$1(error, output);
	else callback$1(null, output);
}
function build$1(options, isSynchronous) {
	const { onlyCounts, group, maxFiles } = options;
	if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
	else if (group) return isSynchronous ? groupsSync : groupsAsync;
	else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
	else return isSynchronous ? defaultSync : defaultAsync;
}

//#endregion
//#region src/api/functions/walk-directory.ts
const readdirOpts = { withFileTypes: true };
const walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	state.queue.enqueue();
	if (currentDepth < 0) return state.queue.dequeue(null, state);
	const { fs } = state;
	state.visited.push(crawlPath);
	state.counts.directories++;
	fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
		callback$1(entries, directoryPath, currentDepth);
		state.queue.dequeue(state.options.suppressErrors ? null : error, state);
	});
};
const walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	const { fs } = state;
	if (currentDepth < 0) return;
	state.visited.push(crawlPath);
	state.counts.directories++;
	let entries = [];
	try {
		entries = fs.readdirSync(crawlPath || ".", readdirOpts);
	} catch (e) {
		if (!state.options.suppressErrors) throw e;
	}
	callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
	return isSynchronous ? walkSync : walkAsync;
}

//#endregion
//#region src/api/queue.ts
/**
* This is a custom stateless queue to track concurrent async fs calls.
* It increments a counter whenever a call is queued and decrements it
* as soon as it completes. When the counter hits 0, it calls onQueueEmpty.
*/
var Queue = class {
	count = 0;
	constructor(onQueueEmpty) {
		this.onQueueEmpty = onQueueEmpty;
	}
	enqueue() {
		this.count++;
		return this.count;
	}
	dequeue(error, output) {
		if (this.onQueueEmpty && (--this.count <= 0 || error)) {
			this.onQueueEmpty(error, output);
			if (error) {
				output.controller.abort();
				this.onQueueEmpty = void 0;
			}
		}
	}
};

//#endregion
//#region src/api/counter.ts
var Counter = class {
	_files = 0;
	_directories = 0;
	set files(num) {
		this._files = num;
	}
	get files() {
		return this._files;
	}
	set directories(num) {
		this._directories = num;
	}
	get directories() {
		return this._directories;
	}
	/**
	* @deprecated use `directories` instead
	*/
	/* c8 ignore next 3 */
	get dirs() {
		return this._directories;
	}
};

//#endregion
//#region src/api/aborter.ts
/**
* AbortController is not supported on Node 14 so we use this until we can drop
* support for Node 14.
*/
var Aborter = class {
	aborted = false;
	abort() {
		this.aborted = true;
	}
};

//#endregion
//#region src/api/walker.ts
var Walker = class {
	root;
	isSynchronous;
	state;
	joinPath;
	pushDirectory;
	pushFile;
	getArray;
	groupFiles;
	resolveSymlink;
	walkDirectory;
	callbackInvoker;
	constructor(root, options, callback$1) {
		this.isSynchronous = !callback$1;
		this.callbackInvoker = build$1(options, this.isSynchronous);
		this.root = normalizePath(root, options);
		this.state = {
			root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
			paths: [""].slice(0, 0),
			groups: [],
			counts: new Counter(),
			options,
			queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
			symlinks: /* @__PURE__ */ new Map(),
			visited: [""].slice(0, 0),
			controller: new Aborter(),
			fs: options.fs || external_fs_namespaceObject
		};
		this.joinPath = build$7(this.root, options);
		this.pushDirectory = build$6(this.root, options);
		this.pushFile = build$5(options);
		this.getArray = build$4(options);
		this.groupFiles = build$3(options);
		this.resolveSymlink = build$2(options, this.isSynchronous);
		this.walkDirectory = build(this.isSynchronous);
	}
	start() {
		this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
		this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
		return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
	}
	walk = (entries, directoryPath, depth) => {
		const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
		if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
		const files = this.getArray(this.state.paths);
		for (let i = 0; i < entries.length; ++i) {
			const entry = entries[i];
			if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
				const filename = this.joinPath(entry.name, directoryPath);
				this.pushFile(filename, files, this.state.counts, filters);
			} else if (entry.isDirectory()) {
				let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
				if (exclude && exclude(entry.name, path)) continue;
				this.pushDirectory(path, paths, filters);
				this.walkDirectory(this.state, path, path, depth - 1, this.walk);
			} else if (this.resolveSymlink && entry.isSymbolicLink()) {
				let path = joinPathWithBasePath(entry.name, directoryPath);
				this.resolveSymlink(path, this.state, (stat, resolvedPath) => {
					if (stat.isDirectory()) {
						resolvedPath = normalizePath(resolvedPath, this.state.options);
						if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
						this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
					} else {
						resolvedPath = useRealPaths ? resolvedPath : path;
						const filename = (0,external_path_namespaceObject.basename)(resolvedPath);
						const directoryPath$1 = normalizePath((0,external_path_namespaceObject.dirname)(resolvedPath), this.state.options);
						resolvedPath = this.joinPath(filename, directoryPath$1);
						this.pushFile(resolvedPath, files, this.state.counts, filters);
					}
				});
			}
		}
		this.groupFiles(this.state.groups, directoryPath, files);
	};
};

//#endregion
//#region src/api/async.ts
function promise(root, options) {
	return new Promise((resolve$1, reject) => {
		callback(root, options, (err, output) => {
			if (err) return reject(err);
			resolve$1(output);
		});
	});
}
function callback(root, options, callback$1) {
	let walker = new Walker(root, options, callback$1);
	walker.start();
}

//#endregion
//#region src/api/sync.ts
function sync(root, options) {
	const walker = new Walker(root, options);
	return walker.start();
}

//#endregion
//#region src/builder/api-builder.ts
var APIBuilder = class {
	constructor(root, options) {
		this.root = root;
		this.options = options;
	}
	withPromise() {
		return promise(this.root, this.options);
	}
	withCallback(cb) {
		callback(this.root, this.options, cb);
	}
	sync() {
		return sync(this.root, this.options);
	}
};

//#endregion
//#region src/builder/index.ts
let pm = null;
/* c8 ignore next 6 */
try {
	__require.resolve("picomatch");
	pm = __require("picomatch");
} catch {}
var Builder = class {
	globCache = {};
	options = {
		maxDepth: Infinity,
		suppressErrors: true,
		pathSeparator: external_path_namespaceObject.sep,
		filters: []
	};
	globFunction;
	constructor(options) {
		this.options = {
			...this.options,
			...options
		};
		this.globFunction = this.options.globFunction;
	}
	group() {
		this.options.group = true;
		return this;
	}
	withPathSeparator(separator) {
		this.options.pathSeparator = separator;
		return this;
	}
	withBasePath() {
		this.options.includeBasePath = true;
		return this;
	}
	withRelativePaths() {
		this.options.relativePaths = true;
		return this;
	}
	withDirs() {
		this.options.includeDirs = true;
		return this;
	}
	withMaxDepth(depth) {
		this.options.maxDepth = depth;
		return this;
	}
	withMaxFiles(limit) {
		this.options.maxFiles = limit;
		return this;
	}
	withFullPaths() {
		this.options.resolvePaths = true;
		this.options.includeBasePath = true;
		return this;
	}
	withErrors() {
		this.options.suppressErrors = false;
		return this;
	}
	withSymlinks({ resolvePaths = true } = {}) {
		this.options.resolveSymlinks = true;
		this.options.useRealPaths = resolvePaths;
		return this.withFullPaths();
	}
	withAbortSignal(signal) {
		this.options.signal = signal;
		return this;
	}
	normalize() {
		this.options.normalizePath = true;
		return this;
	}
	filter(predicate) {
		this.options.filters.push(predicate);
		return this;
	}
	onlyDirs() {
		this.options.excludeFiles = true;
		this.options.includeDirs = true;
		return this;
	}
	exclude(predicate) {
		this.options.exclude = predicate;
		return this;
	}
	onlyCounts() {
		this.options.onlyCounts = true;
		return this;
	}
	crawl(root) {
		return new APIBuilder(root || ".", this.options);
	}
	withGlobFunction(fn) {
		this.globFunction = fn;
		return this;
	}
	/**
	* @deprecated Pass options using the constructor instead:
	* ```ts
	* new fdir(options).crawl("/path/to/root");
	* ```
	* This method will be removed in v7.0
	*/
	/* c8 ignore next 4 */
	crawlWithOptions(root, options) {
		this.options = {
			...this.options,
			...options
		};
		return new APIBuilder(root || ".", this.options);
	}
	glob(...patterns) {
		if (this.globFunction) return this.globWithOptions(patterns);
		return this.globWithOptions(patterns, ...[{ dot: true }]);
	}
	globWithOptions(patterns, ...options) {
		const globFn = this.globFunction || pm;
		/* c8 ignore next 5 */
		if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
		var isMatch = this.globCache[patterns.join("\0")];
		if (!isMatch) {
			isMatch = globFn(patterns, ...options);
			this.globCache[patterns.join("\0")] = isMatch;
		}
		this.options.filters.push((path) => isMatch(path));
		return this;
	}
};

//#endregion

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
;// CONCATENATED MODULE: ./node_modules/tinyglobby/dist/index.mjs





//#region src/utils.ts
const isReadonlyArray = Array.isArray;
const BACKSLASHES = /\\/g;
const DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
const isWin = process.platform === "win32";
const ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
	const patternsCount = patterns.length;
	const patternsParts = Array(patternsCount);
	const matchers = Array(patternsCount);
	let i, j;
	for (i = 0; i < patternsCount; i++) {
		const parts = splitPattern(patterns[i]);
		patternsParts[i] = parts;
		const partsCount = parts.length;
		const partMatchers = Array(partsCount);
		for (j = 0; j < partsCount; j++) partMatchers[j] = picomatch(parts[j], options);
		matchers[i] = partMatchers;
	}
	return (input) => {
		const inputParts = input.split("/");
		if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
		for (i = 0; i < patternsCount; i++) {
			const patternParts = patternsParts[i];
			const matcher = matchers[i];
			const inputPatternCount = inputParts.length;
			const minParts = Math.min(inputPatternCount, patternParts.length);
			j = 0;
			while (j < minParts) {
				const part = patternParts[j];
				if (part.includes("/")) return true;
				if (!matcher[j](inputParts[j])) break;
				if (!options.noglobstar && part === "**") return true;
				j++;
			}
			if (j === inputPatternCount) return true;
		}
		return false;
	};
}
/* node:coverage ignore next 2 */
const WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
const isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
	if (cwd === root || root.startsWith(`${cwd}/`)) {
		if (absolute) {
			const start = cwd.length + +!isRoot(cwd);
			return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
		}
		const prefix = root.slice(cwd.length + 1);
		if (prefix) return (p, isDir) => {
			if (p === ".") return prefix;
			const result = `${prefix}/${p}`;
			return isDir ? result.slice(0, -1) : result;
		};
		return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
	}
	if (absolute) return (p) => external_path_namespaceObject.posix.relative(cwd, p) || ".";
	return (p) => external_path_namespaceObject.posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
	if (root.startsWith(`${cwd}/`)) {
		const prefix = root.slice(cwd.length + 1);
		return (p) => `${prefix}/${p}`;
	}
	return (p) => {
		const result = external_path_namespaceObject.posix.relative(cwd, `${root}/${p}`);
		return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
	};
}
function ensureNonDriveRelativePath(path) {
	return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
const splitPatternOptions = { parts: true };
function splitPattern(path) {
	var _result$parts;
	const result = picomatch.scan(path, splitPatternOptions);
	return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
const ESCAPED_WIN32_BACKSLASHES = /\\(?![()[\]{}!+@])/g;
function convertPosixPathToPattern(path) {
	return escapePosixPath(path);
}
function convertWin32PathToPattern(path) {
	return escapeWin32Path(path).replace(ESCAPED_WIN32_BACKSLASHES, "/");
}
/**
* Converts a path to a pattern depending on the platform.
* Identical to {@link escapePath} on POSIX systems.
* @see {@link https://superchupu.dev/tinyglobby/documentation#convertPathToPattern}
*/
/* node:coverage ignore next 3 */
const convertPathToPattern = (/* unused pure expression or super */ null && (isWin ? convertWin32PathToPattern : convertPosixPathToPattern));
const POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
const WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
const escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
const escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
/**
* Escapes a path's special characters depending on the platform.
* @see {@link https://superchupu.dev/tinyglobby/documentation#escapePath}
*/
/* node:coverage ignore next */
const escapePath = isWin ? escapeWin32Path : escapePosixPath;
/**
* Checks if a pattern has dynamic parts.
*
* Has a few minor differences with [`fast-glob`](https://github.com/mrmlnc/fast-glob) for better accuracy:
*
* - Doesn't necessarily return `false` on patterns that include `\`.
* - Returns `true` if the pattern includes parentheses, regardless of them representing one single pattern or not.
* - Returns `true` for unfinished glob extensions i.e. `(h`, `+(h`.
* - Returns `true` for unfinished brace expansions as long as they include `,` or `..`.
*
* @see {@link https://superchupu.dev/tinyglobby/documentation#isDynamicPattern}
*/
function isDynamicPattern(pattern, options) {
	if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
	const scan = picomatch.scan(pattern);
	return scan.isGlob || scan.negated;
}
function log(...tasks) {
	console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
	return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
//#endregion
//#region src/patterns.ts
const PARENT_DIRECTORY = /^(\/?\.\.)+/;
const ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
	var _PARENT_DIRECTORY$exe;
	const cwd = opts.cwd;
	let result = pattern;
	if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
	if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
	const escapedCwd = escapePath(cwd);
	result = (0,external_path_namespaceObject.isAbsolute)(result.replace(ESCAPING_BACKSLASHES, "")) ? external_path_namespaceObject.posix.relative(escapedCwd, result) : external_path_namespaceObject.posix.normalize(result);
	const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
	const parts = splitPattern(result);
	if (parentDir) {
		const n = (parentDir.length + 1) / 3;
		let i = 0;
		const cwdParts = escapedCwd.split("/");
		while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
			result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
			i++;
		}
		const potentialRoot = external_path_namespaceObject.posix.join(cwd, parentDir.slice(i * 3));
		if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
			props.root = ensureNonDriveRelativePath(potentialRoot);
			props.depthOffset = -n + i;
		}
	}
	if (!isIgnore && props.depthOffset >= 0) {
		var _props$commonPath;
		(_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
		const newCommonPath = [];
		const length = Math.min(props.commonPath.length, parts.length);
		for (let i = 0; i < length; i++) {
			const part = parts[i];
			if (part === "**" && !parts[i + 1]) {
				newCommonPath.pop();
				break;
			}
			if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
			newCommonPath.push(part);
		}
		props.depthOffset = newCommonPath.length;
		props.commonPath = newCommonPath;
		props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? external_path_namespaceObject.posix.join(cwd, ...newCommonPath) : cwd);
	}
	return result;
}
function processPatterns(options, patterns, props) {
	const matchPatterns = [];
	const ignorePatterns = [];
	for (const pattern of options.ignore) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
	}
	for (const pattern of patterns) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
		else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
	}
	return {
		match: matchPatterns,
		ignore: ignorePatterns
	};
}
//#endregion
//#region src/crawler.ts
function buildCrawler(options, patterns) {
	const cwd = options.cwd;
	const props = {
		root: cwd,
		depthOffset: 0
	};
	const processed = processPatterns(options, patterns, props);
	if (options.debug) log("internal processing patterns:", processed);
	const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
	const root = props.root.replace(BACKSLASHES, "");
	const matchOptions = {
		dot,
		nobrace: options.braceExpansion === false,
		nocase: !caseSensitiveMatch,
		noextglob: options.extglob === false,
		noglobstar: options.globstar === false,
		posix: true
	};
	const matcher = picomatch(processed.match, matchOptions);
	const ignore = picomatch(processed.ignore, matchOptions);
	const partialMatcher = getPartialMatcher(processed.match, matchOptions);
	const format = buildFormat(cwd, root, absolute);
	const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
	const excludePredicate = (_, p) => {
		const relativePath = excludeFormatter(p, true);
		return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
	};
	let maxDepth;
	if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
	const crawler = new Builder({
		filters: [debug ? (p, isDirectory) => {
			const path = format(p, isDirectory);
			const matches = matcher(path) && !ignore(path);
			if (matches) log(`matched ${path}`);
			return matches;
		} : (p, isDirectory) => {
			const path = format(p, isDirectory);
			return matcher(path) && !ignore(path);
		}],
		exclude: debug ? (_, p) => {
			const skipped = excludePredicate(_, p);
			log(`${skipped ? "skipped" : "crawling"} ${p}`);
			return skipped;
		} : excludePredicate,
		fs: options.fs,
		pathSeparator: "/",
		relativePaths: !absolute,
		resolvePaths: absolute,
		includeBasePath: absolute,
		resolveSymlinks: followSymbolicLinks,
		excludeSymlinks: !followSymbolicLinks,
		excludeFiles: onlyDirectories,
		includeDirs: onlyDirectories || !options.onlyFiles,
		maxDepth,
		signal: options.signal
	}).crawl(root);
	if (options.debug) log("internal properties:", {
		...props,
		root
	});
	return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
//#endregion
//#region src/index.ts
function formatPaths(paths, mapper) {
	if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
	return paths;
}
const defaultOptions = {
	caseSensitiveMatch: true,
	debug: !!process.env.TINYGLOBBY_DEBUG,
	expandDirectories: true,
	followSymbolicLinks: true,
	onlyFiles: true
};
function getOptions(options) {
	const opts = Object.assign({}, options);
	for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
	opts.cwd = (opts.cwd instanceof URL ? (0,external_url_namespaceObject.fileURLToPath)(opts.cwd) : (0,external_path_namespaceObject.resolve)(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
	opts.ignore = ensureStringArray(opts.ignore);
	opts.fs && (opts.fs = {
		readdir: opts.fs.readdir || external_fs_.readdir,
		readdirSync: opts.fs.readdirSync || external_fs_.readdirSync,
		realpath: opts.fs.realpath || external_fs_.realpath,
		realpathSync: opts.fs.realpathSync || external_fs_.realpathSync,
		stat: opts.fs.stat || external_fs_.stat,
		statSync: opts.fs.statSync || external_fs_.statSync
	});
	if (opts.debug) log("globbing with options:", opts);
	return opts;
}
function getCrawler(globInput, inputOptions = {}) {
	var _ref;
	if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
	const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
	const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
	const options = getOptions(isModern ? inputOptions : globInput);
	return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(await crawler.withPromise(), relative) : [];
}
function globSync(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(crawler.sync(), relative) : [];
}
//#endregion


;// CONCATENATED MODULE: ./build/shared/data/paths.js
// Expanding user-given data paths: newline- or comma-separated paths and
// globs, relative to a base directory, deduplicated, in a stable order. Each
// match is a UserFile: a plain path keeps the name the user wrote, a glob
// match is named relative to the base directory.




async function expandPaths(patterns, baseDir, what = 'data') {
    const out = [];
    const seen = new Set();
    for (const pattern of patterns) {
        let matches;
        if (isDynamicPattern(pattern)) {
            const found = (await glob(pattern, { cwd: baseDir, absolute: true, onlyFiles: true, dot: false })).sort();
            if (found.length === 0)
                throw new errors/* ConfigurationError */.j1(`the ${what} pattern "${pattern}" matches no file`);
            matches = found.map((path) => foundFile(baseDir, path));
        }
        else
            matches = [userFile(baseDir, pattern)];
        for (const match of matches) {
            const path = (0,external_node_path_.resolve)(match.path);
            if (seen.has(path))
                continue;
            seen.add(path);
            out.push(match);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./build/shared/results/io.js
var io = __nccwpck_require__(3517);
;// CONCATENATED MODULE: ./build/shared/gate/inputs.js
// The gate's inputs: every file the results globs match, each either a
// results document or an error naming the file — never skipped. Only a
// genuine profile (validate-data's profile-out, which may share the results
// directory) is left out, and only when it does not parse as a results
// document: a document that merely starts with `{"holdoutProfile": 1,` is
// read as the results document it is, or refused.



async function collectGateInputs(patterns, baseDir) {
    const out = { documents: [], unreadable: [], profiles: [] };
    let files;
    try {
        files = await expandPaths(patterns, baseDir, 'results');
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigurationError */.j1))
            throw error;
        out.unreadable.push({ file: error.file ?? patterns.join(', '), reason: error.reason });
        return out;
    }
    for (const file of files) {
        try {
            const read = await (0,io/* readResultsFile */.B9)(file);
            if (read)
                out.documents.push(read);
            else
                out.profiles.push(file.display);
        }
        catch (error) {
            if (!(error instanceof errors/* ConfigurationError */.j1))
                throw error;
            out.unreadable.push({ file: file.display, reason: error.reason });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./build/shared/gate/merge-queue.js
// Merge queues: on `merge_group`, the commit gated is the queue's head
// (merge_group.head_sha) and the pull request is named by the queue's branch,
// `refs/heads/gh-readonly-queue/<base branch>/pr-<number>-<head sha>` — the
// branch GitHub creates for each entry. An override carries over from that
// pull request, judged there exactly as on the pull request itself.
const QUEUE_REF = /^(?:refs\/heads\/)?gh-readonly-queue\/(.+)\/pr-(\d+)-([0-9a-f]{40}(?:[0-9a-f]{24})?)$/;
/** The pull request a merge group was made for, from its head_ref; undefined for any other ref. */
function queuedPullRequest(headRef) {
    if (typeof headRef !== 'string')
        return undefined;
    const match = QUEUE_REF.exec(headRef);
    if (!match)
        return undefined;
    return { baseRef: match[1], number: Number(match[2]), headSha: match[3] };
}

;// CONCATENATED MODULE: ./build/shared/gate/promotion.js
// Registry promotion as the gate records it: what `promote` and
// `promote-candidate` ask for (parsed once, before anything is written), and
// the record of what a promotion — or a rollback — did in the registry, which
// goes into the audit record and the deployment payload, so that a later
// rollback knows what to move back. Pure: the registry calls are the vendor
// clients' (shared/mlflow/promote.ts, shared/sagemaker/promote.ts).


/** The registry target of `promote`: mlflow:<model>@<alias> (also mlflow:models:/<model>@<alias>) or sagemaker:<model-package-group>. */
function parsePromoteTarget(spec) {
    const how = `promote "${spec}": write mlflow:<model>@<alias> (e.g. mlflow:churn@champion) or sagemaker:<model-package-group>`;
    const mlflow = /^mlflow:(?:models:\/)?(.+)@([^@\s/:]+)$/.exec(spec.trim());
    if (mlflow) {
        const model = mlflow[1];
        if (model.trim() === '' || model.includes(':'))
            throw new errors/* ConfigurationError */.j1(how);
        return { registry: 'mlflow', model, alias: mlflow[2] };
    }
    const sagemaker = /^sagemaker:([A-Za-z0-9](?:-*[A-Za-z0-9]){0,62})$/.exec(spec.trim());
    if (sagemaker)
        return { registry: 'sagemaker', group: sagemaker[1] };
    throw new errors/* ConfigurationError */.j1(how);
}
/**
 * What to promote, from the two options; undefined when `promote` is not set.
 * The candidate is, for MLflow, a version number, @<alias> (e.g. @challenger)
 * or runs/<run_id> (the newest version registered from that run); for
 * SageMaker, the model package's ARN, which must belong to the group.
 */
function promotionRequest(promote, candidate, environment) {
    if (promote === undefined) {
        if (candidate !== undefined)
            throw new errors/* ConfigurationError */.j1('promote-candidate is set without promote: name the registry target too (mlflow:<model>@<alias> or sagemaker:<model-package-group>)');
        return undefined;
    }
    const target = parsePromoteTarget(promote);
    if (!environment)
        throw new errors/* ConfigurationError */.j1(`promote needs environment: the registry is promoted on an approved deploy (deploy mode)`);
    const value = candidate?.trim();
    if (!value) {
        throw new errors/* ConfigurationError */.j1(target.registry === 'mlflow'
            ? `promote ${promote} needs promote-candidate: the candidate's version number, @<alias> or runs/<run_id>`
            : `promote ${promote} needs promote-candidate: the candidate's model package ARN`);
    }
    if (target.registry === 'mlflow') {
        let parsed;
        if (/^\d+$/.test(value))
            parsed = { version: String(Number(value)) };
        else if (/^@[^@\s/:]+$/.test(value))
            parsed = { alias: value.slice(1) };
        else if (/^runs:?\/[A-Za-z0-9_-]+$/.test(value))
            parsed = { runId: value.replace(/^runs:?\//, '') };
        if (!parsed)
            throw new errors/* ConfigurationError */.j1(`promote-candidate "${value}": for ${promote} write the version number (e.g. 7), @<alias> (e.g. @challenger) or runs/<run_id>`);
        if ('alias' in parsed && parsed.alias === target.alias)
            throw new errors/* ConfigurationError */.j1(`promote-candidate "${value}" is the alias being moved: name the candidate by version, another alias or its run`);
        return { ...target, candidate: parsed, spec: promote };
    }
    const arn = /^arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:\d{12}:model-package\/([^/]+)\/\d+$/.exec(value);
    if (!arn)
        throw new errors/* ConfigurationError */.j1(`promote-candidate "${value}": for ${promote} write the model package ARN (arn:aws:sagemaker:<region>:<account>:model-package/${target.group}/<version>)`);
    if (arn[1].toLowerCase() !== target.group.toLowerCase())
        throw new errors/* ConfigurationError */.j1(`promote-candidate ${value} is a package of group "${arn[1]}", not of ${promote}`);
    return { registry: 'sagemaker', group: target.group, arn: value, spec: promote };
}
const versionRef = schemas/* object */.Ikc({ version: schemas/* string */.YjP(), run_id: schemas/* string */.YjP().nullable() });
/**
 * What the registry looks like after a deploy (or a rollback), and what it
 * looked like before: MLflow's alias with the version it points to now
 * (current) and pointed to before (previous; null when it did not exist);
 * SageMaker's group with the package Approved now (package) and the newest
 * one Approved before (previous), and on a rollback the package rejected.
 */
const registryPromotionSchema = schemas/* discriminatedUnion */.gMt('registry', [
    schemas/* object */.Ikc({
        registry: schemas/* literal */.euz('mlflow'),
        server: schemas/* string */.YjP(),
        model: schemas/* string */.YjP(),
        alias: schemas/* string */.YjP(),
        previous: versionRef.nullable(),
        current: versionRef.nullable(),
        moved: schemas/* boolean */.zMY(),
    }),
    schemas/* object */.Ikc({
        registry: schemas/* literal */.euz('sagemaker'),
        region: schemas/* string */.YjP(),
        group: schemas/* string */.YjP(),
        package: schemas/* string */.YjP().nullable(),
        previous: schemas/* string */.YjP().nullable(),
        rejected: schemas/* string */.YjP().nullable().optional(),
    }),
]);
/** One line for the summary and the log. */
function describePromotion(p) {
    if (p.registry === 'mlflow') {
        const name = `${p.model}@${p.alias}`;
        const to = p.current ? `version ${p.current.version}` : 'nothing (removed)';
        const from = p.previous ? `version ${p.previous.version}` : 'not set';
        return p.moved ? `MLflow ${name}: ${from} → ${to}` : `MLflow ${name}: already ${to}`;
    }
    const rejected = p.rejected ? `; ${p.rejected} Rejected` : '';
    return `SageMaker ${p.group}: ${p.package ?? 'no package'} Approved${p.previous ? ` (newest Approved before: ${p.previous})` : ' (the first Approved package)'}${rejected}`;
}

;// CONCATENATED MODULE: ./build/shared/github/gate.js
// GitHub side of the gate: the facts an override rests on (label, who added
// it and when, the newest push as GitHub recorded it, the actor's role), the check run (with
// annotations in batches of 50, or a commit status when checks: write is
// missing), and deployments that carry the production baseline.
const gate_status = (error) => error?.status;
/**
 * The facts an override rests on, all recorded by GitHub itself:
 * - who added the label and when: the newest `labeled` event for it in the
 *   pull request's timeline (actor and created_at);
 * - when the head last changed: the newest activity GitHub records on the
 *   head branch (the repository activity API: push, force_push,
 *   branch_creation with GitHub's timestamp, in the head repository) and any
 *   head_ref_force_pushed / head_ref_restored event in the timeline. That
 *   activity must have moved the branch to the pull request's head; if it
 *   did not, or cannot be read, the time of the newest push is unknown and
 *   the override is refused, naming the permission.
 * Never a commit's author or committer date (its author writes them), and
 * never the first workflow run on the head commit (a commit can run CI on
 * another branch long before it is pushed here).
 */
async function overrideFacts(octokit, repo, pullNumber, label) {
    const { data: pull } = await octokit.rest.pulls.get({ ...repo, pull_number: pullNumber });
    const present = pull.labels.some((l) => l.name === label);
    const facts = { label, present, pullRequestAuthor: pull.user?.login, headSha: pull.head.sha };
    if (!present)
        return facts;
    let timeline;
    try {
        timeline = (await octokit.paginate(octokit.rest.issues.listEventsForTimeline, { ...repo, issue_number: pullNumber, per_page: 100 }));
    }
    catch (error) {
        if (gate_status(error) !== 403 && gate_status(error) !== 404)
            throw error;
        facts.unknown = `cannot read the timeline of pull request #${pullNumber} (${gate_status(error)}), so who added the label and when cannot be verified: the token needs pull-requests: read (or issues: read)`;
        return facts;
    }
    const at = (e) => Date.parse(e.created_at ?? '');
    const labeled = timeline
        .filter((e) => e.event === 'labeled' && e.label?.name === label && e.created_at)
        .reduce((newest, e) => (!newest || at(e) >= at(newest) ? e : newest), undefined);
    facts.labeledBy = labeled?.actor?.login;
    facts.labeledAt = labeled?.created_at;
    const changes = [];
    for (const e of timeline) {
        if ((e.event === 'head_ref_force_pushed' || e.event === 'head_ref_restored') && e.created_at)
            changes.push({ at: e.created_at, source: `${e.event.replace(/_/g, ' ')} by @${e.actor?.login ?? 'unknown'}` });
    }
    const headRepo = pull.head.repo?.full_name;
    const ref = `refs/heads/${pull.head.ref}`;
    if (!headRepo) {
        facts.unknown = `the head repository of pull request #${pullNumber} is gone, so when its head was last pushed cannot be established`;
        return facts;
    }
    const [owner, name] = headRepo.split('/');
    try {
        const { data } = await octokit.rest.repos.listActivities({ owner, repo: name, ref, direction: 'desc', per_page: 100 });
        const onRef = data.filter((a) => a.ref === ref && a.activity_type !== 'branch_deletion').sort((a, b) => Date.parse(b.timestamp) - Date.parse(a.timestamp));
        const newest = onRef[0];
        if (!newest) {
            facts.unknown = `GitHub records no push to ${headRepo}:${pull.head.ref}, so when the head ${pull.head.sha.slice(0, 12)} was pushed cannot be established`;
        }
        else if (newest.after !== pull.head.sha) {
            facts.unknown = `the newest push GitHub records on ${headRepo}:${pull.head.ref} (${newest.timestamp}) moved it to ${newest.after.slice(0, 12)}, not the pull request's head ${pull.head.sha.slice(0, 12)}`;
        }
        else {
            changes.push({ at: newest.timestamp, source: `${newest.activity_type.replace(/_/g, ' ')} of ${newest.after.slice(0, 12)} to ${headRepo}:${pull.head.ref}${newest.actor ? ` by @${newest.actor.login}` : ''}` });
        }
    }
    catch (error) {
        if (gate_status(error) !== 403 && gate_status(error) !== 404)
            throw error;
        facts.unknown = `cannot read the repository activity of ${headRepo} (${gate_status(error)}), so when the head ${pull.head.sha.slice(0, 12)} was pushed cannot be established: the token needs contents: read on ${headRepo}`;
    }
    const newestChange = changes.reduce((n, c) => (!n || Date.parse(c.at) > Date.parse(n.at) ? c : n), undefined);
    if (newestChange && !facts.unknown) {
        facts.lastPushAt = newestChange.at;
        facts.lastPushSource = newestChange.source;
    }
    if (facts.labeledBy) {
        try {
            const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: facts.labeledBy });
            facts.actorRole = data.role_name ?? data.permission;
        }
        catch (error) {
            if (gate_status(error) !== 404)
                throw error;
        }
    }
    return facts;
}
async function publishCheck(octokit, repo, sha, name, conclusion, output, annotations, detailsUrl) {
    const toCheck = (a) => ({
        path: a.file ?? '.',
        start_line: a.line ?? 1,
        end_line: a.line ?? 1,
        annotation_level: a.level === 'error' ? 'failure' : a.level === 'warning' ? 'warning' : 'notice',
        message: a.message.slice(0, 64 * 1024),
        title: a.title?.slice(0, 255),
    });
    const located = annotations.filter((a) => a.file).map(toCheck);
    const batches = [];
    for (let i = 0; i < located.length; i += 50)
        batches.push(located.slice(i, i + 50));
    try {
        const { data } = await octokit.rest.checks.create({
            ...repo, name, head_sha: sha, status: 'completed', conclusion, details_url: detailsUrl,
            output: { ...output, annotations: batches[0] ?? [] },
        });
        for (const batch of batches.slice(1)) {
            await octokit.rest.checks.update({ ...repo, check_run_id: data.id, output: { title: output.title, summary: output.summary, annotations: batch } });
        }
        return { checkRunId: data.id };
    }
    catch (error) {
        if (gate_status(error) !== 403)
            throw error;
        // No checks: write (e.g. a token without it): a commit status still blocks a protected branch.
        const state = conclusion === 'failure' ? 'failure' : 'success';
        await octokit.rest.repos.createCommitStatus({ ...repo, sha, state, context: name, description: output.title.slice(0, 140), target_url: detailsUrl });
        return { fallback: `could not create a check run (403: ${error.message}); wrote commit status "${name}" instead` };
    }
}
/** Creates the deployment that carries the candidate's metrics (the next production baseline once recorded as success). */
async function createDeployment(octokit, repo, sha, environment, payload, description) {
    const { data } = await octokit.rest.repos.createDeployment({
        ...repo, ref: sha, environment, payload: payload, description: description.slice(0, 140),
        auto_merge: false, required_contexts: [], production_environment: environment === 'production' ? true : undefined,
    });
    if (!('id' in data))
        throw new Error(`GitHub did not create the deployment: ${data.message ?? 'no id'}`);
    return data.id;
}
/**
 * The deployment's first status, queued, whose description is the gate's
 * decision and whose log links to the run: a release manager asked to
 * approve the environment sees the decision on the deployment and the report
 * in the run's job summary.
 */
async function announceDeployment(octokit, repo, deploymentId, description, logUrl) {
    await octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: deploymentId, state: 'queued', description: description.slice(0, 140), ...(logUrl ? { log_url: logUrl } : {}) });
}
/** Marks the newest holdout deployment of this commit to the environment as succeeded or failed. */
async function recordDeployment(octokit, repo, sha, environment, state) {
    const { data } = await octokit.rest.repos.listDeployments({ ...repo, sha, environment, per_page: 30 });
    const ours = data.find((d) => typeof d.payload === 'object' && d.payload !== null && 'holdout' in d.payload);
    if (!ours)
        return undefined;
    await octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: ours.id, state, description: state === 'success' ? 'deployed; these metrics are now the production baseline' : 'deploy failed; the previous baseline stays' });
    return ours.id;
}

;// CONCATENATED MODULE: ./build/shared/github/pull-request.js
// Which pull request a run reports to: the event's own (pull_request,
// pull_request_target), the open pull request whose head is the pushed
// commit (push), or — for workflow_run, the fork-safe pattern — the pull
// request of the triggering run: listed in the run's `pull_requests` when the
// branch is in this repository, else (a fork's, which GitHub leaves out) the
// open pull request from the run's head repository and branch at the run's
// commit. Never from the commit alone: two pull requests can share a head
// commit, and a report must not land on the other one.
async function findPullRequest(octokit, repo, eventName, payload, sha) {
    if ((eventName === 'pull_request' || eventName === 'pull_request_target') && payload.pull_request) {
        return { number: payload.pull_request.number, headSha: payload.pull_request.head?.sha, author: payload.pull_request.user?.login };
    }
    if (eventName === 'workflow_run')
        return payload.workflow_run ? fromWorkflowRun(octokit, repo, payload.workflow_run) : undefined;
    const headSha = eventName === 'push' ? (payload.after ?? sha) : undefined;
    if (!headSha || !octokit)
        return undefined;
    const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: headSha, per_page: 100 });
    const match = data.find((p) => p.state === 'open' && p.head.sha === headSha);
    return match ? { number: match.number, headSha, author: match.user?.login } : undefined;
}
async function fromWorkflowRun(octokit, repo, run) {
    const headSha = run.head_sha;
    if (!headSha)
        return undefined;
    // Same-repository branches: GitHub lists the pull requests in the run. Keep those
    // into this repository (the list can hold pull requests into other repositories
    // that use the branch) whose head is still the run's commit.
    const ours = (url, name) => (url ? url.toLowerCase().endsWith(`/repos/${repo.owner}/${repo.repo}`.toLowerCase()) : name?.toLowerCase() === repo.repo.toLowerCase());
    const listed = (run.pull_requests ?? []).filter((p) => (!p.base?.repo || ours(p.base.repo.url, p.base.repo.name)) && (!p.head?.sha || p.head.sha === headSha));
    if (listed.length > 0)
        return { number: listed[0].number, headSha };
    // A fork: pulls?head=<fork owner>:<branch> names one branch of one repository.
    const headRepo = run.head_repository?.full_name;
    const headOwner = run.head_repository?.owner?.login ?? headRepo?.split('/')[0];
    const branch = run.head_branch;
    if (!octokit || !headRepo || !headOwner || !branch)
        return undefined;
    const open = await octokit.paginate(octokit.rest.pulls.list, { ...repo, state: 'open', head: `${headOwner}:${branch}`, per_page: 100 });
    const match = open.find((p) => p.head.sha === headSha && p.head.repo?.full_name?.toLowerCase() === headRepo.toLowerCase());
    return match ? { number: match.number, headSha, author: match.user?.login } : undefined;
}

// EXTERNAL MODULE: ./build/shared/steps/options.js
var options = __nccwpck_require__(3846);
;// CONCATENATED MODULE: ./build/shared/steps/common.js
// Option values and ranges that several steps share, defined once.



/** Which status fails a step that produces a verdict (validate-data, compare-metrics): the status table's. */

/** Which status fails the gate: it always blocks on fail and error. */
const GATE_FAIL_ON = ['fail', 'warn'];
const nonNegativeInteger = schemas/* number */.aig().int().nonnegative();
/** A confidence level: at least 0.5 (a two-sided interval narrower than that means nothing), below 1. */
const confidenceLevel = schemas/* number */.aig().min(0.5).lt(1);
const probability = schemas/* number */.aig().min(0).max(1);
const DEFAULT_RESULTS_GLOB = 'holdout-results/*.json';
/** fail-on of a step that produces a verdict: which status fails the step (an input error always does). */
const failOnOption = (description) => option.enum(FAIL_ON)({ description, default: 'fail', config: false });
/** results-file: where an action writes the step's results document (the config derives it from results_dir; the CLI has --out). */
const resultsFileOption = (description, fallback) => option.string({ description, default: fallback, config: false, flag: false });
/**
 * junit and kubeflow-metrics: the step's results as a JUnit XML report (an
 * input, a flag, and where `config` says, a config key) and as Kubeflow
 * Pipelines' metrics output (a flag only: orchestrators run the CLI).
 */
const exportOptions = (config) => ({
    junit: options/* option */.uK.string({
        description: 'Also write the results as JUnit XML here: one test case per check, failures with their message and file:line, for the test reports of Jenkins, GitLab, Azure Pipelines, Buildkite and CircleCI.',
        ...(config ? {} : { config: false }),
    }),
    'kubeflow-metrics': options/* option */.uK.string({
        description: "Also write Kubeflow Pipelines' metrics output here (the mlpipeline-metrics JSON: the step's numbers, at most 50).",
        input: false,
        config: false,
    }),
});

;// CONCATENATED MODULE: ./build/shared/export/junit.js
// Results documents as JUnit XML, the test report Jenkins, GitLab, Azure
// Pipelines, Buildkite and CircleCI show natively. Pure: documents in, text
// out; the entries write the file (atomically, with the step's other files).
//
// The shape follows the schema those tools accept (Jenkins xunit-plugin's
// junit-10.xsd; test/fixtures/junit/junit-10.xsd):
//   <testsuites name="holdout" tests failures errors>
//     <testsuite name tests failures errors skipped timestamp file>   one per results document
//       <properties> commit, kind, status, results file, baseline
//       <testcase classname="<step>.<subject>" name="<check title>">   one per check
//         <failure message type>  a failing check: message, observed/expected, file:line of each location
//         <error message type>    a check that could not be evaluated
//         <skipped message/>      a drift column that was not compared (data.drift.skipped)
//         <system-out>            the check's message (and a warning's)
// junit-10.xsd allows no `file` on a testcase and no `skipped` on testsuites,
// so neither is written. Text is XML 1.0: characters XML cannot hold (C0
// controls other than tab, newline and carriage return; U+FFFE, U+FFFF; lone
// surrogates) are removed, attributes escape quotes and keep newlines as
// character references, and bodies are CDATA sections with `]]>` split.
/** Characters XML 1.0 cannot hold (a lone surrogate included: the `u` flag reads it as one code point). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
/** The text with every character XML 1.0 cannot represent removed. */
function xmlText(text) {
    return text.replace(NOT_XML, '');
}
/** An attribute value (between double quotes). Tab, newline and carriage return are references, so a reader gets them back rather than spaces. */
function xmlAttribute(text) {
    return xmlText(text).replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]);
}
const ATTRIBUTE_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };
/** Text as one or more CDATA sections: `]]>` cannot occur inside one, so it is split between two. */
function cdata(text) {
    return `<![CDATA[${xmlText(text).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}
/** The JUnit XML of the documents: one testsuite each, one testcase per check. */
function renderJunit(documents, options = {}) {
    const suiteNames = unique(documents.map(({ document, file }) => ({ base: document.title, extra: file ?? document.kind })));
    const suites = documents.map((d, i) => suiteXml(d, suiteNames[i], options));
    const total = (outcome) => suites.reduce((sum, s) => sum + s.counts[outcome], 0);
    const tests = suites.reduce((sum, s) => sum + s.tests, 0);
    const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="${xmlAttribute(options.name ?? 'holdout')}" tests="${tests}" failures="${total('failure')}" errors="${total('error')}">`,
        ...suites.map((s) => s.xml),
        '</testsuites>',
    ];
    return lines.join('\n') + '\n';
}
function suiteXml({ document, file }, name, options) {
    const cases = casesOf(document, options);
    const names = unique(cases.map((c) => ({ base: c.name, extra: c.id })));
    const counts = { passed: 0, failure: 0, error: 0, skipped: 0 };
    for (const c of cases)
        counts[c.outcome]++;
    const subject = document.subject;
    const properties = [
        ['commit', subject.gitSha],
        ['kind', document.kind],
        ['status', document.status],
        ['results-file', file],
        ['baseline', subject.baselineId],
    ];
    const attributes = [
        ['name', name],
        ['tests', String(cases.length)],
        ['failures', String(counts.failure)],
        ['errors', String(counts.error)],
        ['skipped', String(counts.skipped)],
        ['timestamp', document.createdAt],
        ['file', file],
    ].filter((a) => a[1] !== undefined);
    const lines = [`  <testsuite ${attributes.map(([k, v]) => `${k}="${xmlAttribute(v)}"`).join(' ')}>`, '    <properties>'];
    for (const [key, value] of properties)
        if (value !== undefined && value !== '')
            lines.push(`      <property name="${key}" value="${xmlAttribute(value)}"/>`);
    lines.push('    </properties>');
    cases.forEach((c, i) => lines.push(caseXml({ ...c, name: names[i] })));
    lines.push('  </testsuite>');
    return { xml: lines.join('\n'), tests: cases.length, counts };
}
function caseXml(c) {
    const open = `    <testcase classname="${xmlAttribute(c.classname)}" name="${xmlAttribute(c.name)}"`;
    const inner = [];
    if (c.outcome === 'failure' || c.outcome === 'error')
        inner.push(`      <${c.outcome} message="${xmlAttribute(firstLine(c.message))}" type="${xmlAttribute(c.type)}">${cdata(c.body)}</${c.outcome}>`);
    if (c.outcome === 'skipped')
        inner.push(`      <skipped message="${xmlAttribute(c.message)}"/>`);
    if (c.out !== '')
        inner.push(`      <system-out>${cdata(c.out)}</system-out>`);
    return inner.length === 0 ? `${open}/>` : [`${open}>`, ...inner, '    </testcase>'].join('\n');
}
function casesOf(document, options) {
    const fallback = document.subject.files[0]?.path ?? document.title;
    const cases = document.checks.map((check) => {
        const outcome = check.status === 'error' ? 'error' : check.status === 'fail' || (check.status === 'warn' && options.warnFails) ? 'failure' : 'passed';
        const message = check.message === '' ? check.title : check.message;
        const type = check.rule ?? document.kind;
        const details = detailLines(check);
        return {
            id: check.id,
            classname: className(document.kind, subjectOf(check) ?? fallback),
            name: check.title,
            outcome,
            message,
            type,
            body: [message, ...details].join('\n'),
            out: outcome === 'passed' ? [check.status === 'warn' ? `warning: ${message}` : message, ...(check.status === 'warn' ? details : [])].join('\n') : '',
        };
    });
    // Columns drift could not compare are checks that did not run: skipped.
    if (document.kind === 'validate-data') {
        for (const skipped of document.data.drift?.skipped ?? []) {
            cases.push({ id: `drift-skipped:${skipped.column}`, classname: className(document.kind, fallback), name: `drift: ${skipped.column}`, outcome: 'skipped', message: skipped.reason, type: 'drift', body: '', out: '' });
        }
    }
    return cases;
}
/** What a check is about: its metric (and slice), else the file of its first location. */
function subjectOf(check) {
    if (check.metric !== undefined)
        return check.slice ? `${check.metric}[${check.slice.column}=${check.slice.value}]` : check.metric;
    return check.locations[0]?.file;
}
/**
 * `<step>.<subject>`. Jenkins reads everything before a class name's last dot
 * as its package, so dots inside the subject (`train.csv`) become underscores:
 * the package is the step, the class the subject.
 */
function className(kind, subject) {
    return `${kind}.${subject.replaceAll('.', '_')}`;
}
function detailLines(check) {
    const lines = [];
    const shown = (v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : typeof v === 'string' ? v : JSON.stringify(v));
    if (check.observed !== undefined || check.expected !== undefined)
        lines.push(`observed: ${shown(check.observed ?? null)}; expected: ${shown(check.expected ?? null)}`);
    if (check.count !== undefined && check.count > 0)
        lines.push(`count: ${check.count}`);
    for (const location of check.locations)
        lines.push(locationText(location));
    const more = (check.count ?? 0) - check.locations.length;
    if (check.locations.length > 0 && more > 0)
        lines.push(`… and ${more} more`);
    return lines;
}
function locationText(location) {
    const at = location.line !== undefined ? `${location.file}:${location.line}` : location.file;
    const extra = [location.row !== undefined ? `row ${location.row}` : '', location.field !== undefined ? `field ${location.field}` : ''].filter(Boolean).join(', ');
    return extra ? `${at} (${extra})` : at;
}
function firstLine(text) {
    const end = text.indexOf('\n');
    return end < 0 ? text : text.slice(0, end);
}
/** Names made unique: a repeated one gets its `extra` in parentheses (and a number, if that repeats too). */
function unique(items) {
    const counts = new Map();
    for (const { base } of items)
        counts.set(base, (counts.get(base) ?? 0) + 1);
    const seen = new Set();
    return items.map(({ base, extra }) => {
        let name = counts.get(base) > 1 ? `${base} (${extra})` : base;
        for (let n = 2; seen.has(name); n++)
            name = `${base} (${extra}) #${n}`;
        seen.add(name);
        return name;
    });
}

;// CONCATENATED MODULE: ./build/shared/export/kubeflow.js
// Results documents as Kubeflow Pipelines' metrics output (the
// `mlpipeline-metrics` artifact of KFP v1, which the Runs page shows as
// columns): {"metrics": [{"name", "numberValue", "format": "RAW" | "PERCENTAGE"}]}.
// Pure: documents in, text out; the entries write the file.
//
// What KFP accepts (https://www.kubeflow.org/docs/pipelines/sdk/pipelines-metrics/
// and the backend's decodeRunMetrics): a name matching
// ^[a-zA-Z]([-_a-zA-Z0-9]{0,62}[a-zA-Z0-9])?$ (at most 64 characters), a
// numeric numberValue, format PERCENTAGE, RAW or none, no other keys, and at
// most 50 metrics in a file (more is rejected whole). Names are unique (the
// API server refuses a metric reported twice). So the most important numbers
// come first and the file stops at 50; non-finite statistics (JSON has no ∞)
// are left out.
const KUBEFLOW_METRIC_NAME = /^[a-zA-Z]([-_a-zA-Z0-9]{0,62}[a-zA-Z0-9])?$/;
const KUBEFLOW_MAX_METRICS = 50;
/** A name KFP accepts, from any text: runs of other characters become one dash, a leading non-letter gets an `m-`, at most 64 characters. */
function kubeflowName(text) {
    let name = text.replace(/[^-_a-zA-Z0-9]+/g, '-').replace(/^[-_]+|[-_]+$/g, '');
    if (name === '')
        return 'metric';
    if (!/^[a-zA-Z]/.test(name))
        name = `m-${name}`;
    return name.slice(0, 64).replace(/[-_]+$/, '');
}
/** The metrics of the documents, most important first, at most 50, names unique and valid. */
function kubeflowMetrics(documents) {
    const keys = documentKeys(documents);
    const candidates = [];
    const comparisons = documents.filter((d) => d.document.kind === 'compare-metrics').length;
    documents.forEach(({ document }, i) => candidates.push(...candidatesOf(document, keys[i], comparisons > 1)));
    const finite = candidates.filter((c) => typeof c.value === 'number' && Number.isFinite(c.value));
    // Stable: within a priority, documents and rows keep their order.
    const ordered = finite.map((c, i) => ({ c, i })).sort((a, b) => a.c.priority - b.c.priority || a.i - b.i).map(({ c }) => c);
    const used = new Set();
    const metrics = [];
    for (const c of ordered) {
        if (metrics.length === KUBEFLOW_MAX_METRICS)
            break;
        const name = uniqueName(kubeflowName(c.name), used);
        used.add(name);
        metrics.push({ name, numberValue: c.value, format: c.format ?? 'RAW' });
    }
    return { metrics, dropped: ordered.length - metrics.length };
}
/** The file's text: compact JSON, as KFP's examples write it. */
function kubeflowMetricsText(documents) {
    return JSON.stringify({ metrics: kubeflowMetrics(documents).metrics }) + '\n';
}
function candidatesOf(document, key, prefixMetrics) {
    const failed = document.checks.filter((c) => c.status === 'fail' || c.status === 'error').length;
    const out = [];
    switch (document.kind) {
        case 'gate': {
            out.push({ name: `${key}-pass`, value: document.status === 'fail' || document.status === 'error' ? 0 : 1, priority: 0 });
            break;
        }
        case 'validate-data': {
            const { data } = document;
            out.push({ name: `${key}-failed-checks`, value: failed, priority: 1 });
            out.push({ name: `${key}-rows`, value: data.rows, priority: 1 });
            out.push({ name: `${key}-errors`, value: data.errorCount, priority: 1 });
            if (data.drift) {
                out.push({ name: `${key}-drifted-columns`, value: data.drift.dataset.drifted, priority: 1 });
                out.push({ name: `${key}-drift-share`, value: data.drift.dataset.compared > 0 ? data.drift.dataset.drifted / data.drift.dataset.compared : null, format: 'PERCENTAGE', priority: 1 });
            }
            break;
        }
        case 'compare-metrics': {
            const { comparison } = document;
            out.push({ name: `${key}-failed-checks`, value: failed, priority: 1 });
            out.push({ name: `${key}-regressions`, value: comparison.regressions, priority: 1 });
            const prefix = prefixMetrics ? `${key}-` : '';
            for (const row of comparison.metrics) {
                const slice = row.slice ? `-${row.slice.column}-${row.slice.value}` : '';
                // Overall gated metrics first, then the others overall, then slices.
                const rank = row.slice ? 4 : row.gated ? 2 : 3;
                // A 0–1 rate of an eval suite reads as a percentage (KFP shows PERCENTAGE values × 100 with a %).
                const format = row.scale === 'rate' ? 'PERCENTAGE' : undefined;
                out.push({ name: `${prefix}${row.name}${slice}`, value: row.candidate, format, priority: rank });
                out.push({ name: `${prefix}${row.name}${slice}-baseline`, value: row.baseline, format, priority: rank + 0.1 });
                out.push({ name: `${prefix}${row.name}${slice}-change`, value: row.difference, format, priority: rank + 0.2 });
            }
            break;
        }
    }
    return out;
}
/** A short key per document for its metrics' names: its results file's name (validate-data, monitor-kpis, …), else its kind. */
function documentKeys(documents) {
    const base = documents.map(({ document, file }) => {
        const name = file?.split('/').pop()?.replace(/\.json$/i, '');
        return name && name !== '' ? name : document.kind;
    });
    const used = new Set();
    return base.map((b) => {
        const key = uniqueName(kubeflowName(b).slice(0, 40), used);
        used.add(key);
        return key;
    });
}
function uniqueName(name, used) {
    if (!used.has(name))
        return name;
    for (let n = 2;; n++) {
        const suffix = `-${n}`;
        const candidate = `${name.slice(0, 64 - suffix.length).replace(/[-_]+$/, '')}${suffix}`;
        if (!used.has(candidate))
            return candidate;
    }
}

;// CONCATENATED MODULE: ./build/shared/export/files.js
// The export files a step was asked for (its `junit` and `kubeflow-metrics`
// options), as files to write: the entries write them atomically with the
// step's other files (shared/steps/effects.ts), after the step has finished.



/** The files to write for the request, from the documents (nothing when none is asked for). */
function exportFiles(request, documents, workspace, junit = {}) {
    const files = [];
    if (request.junit !== undefined)
        files.push({ path: userFile(workspace, request.junit).path, text: renderJunit(documents, junit) });
    if (request['kubeflow-metrics'] !== undefined)
        files.push({ path: userFile(workspace, request['kubeflow-metrics']).path, text: kubeflowMetricsText(documents) });
    return files;
}

;// CONCATENATED MODULE: ./build/shared/gate/rollback.js
// Which deployment a rollback re-deploys, as a pure function of the
// environment's deployments (newest first, each with its statuses, newest
// first). The deployment rolled back is what is in production: the newest one
// whose latest status is success. The target is the newest earlier
// deployment holdout recorded that once succeeded (its latest status may be
// `inactive`: GitHub marks earlier successful deployments so when a newer one
// succeeds), of another commit, and not itself rolled back before — so a
// second rollback goes one further back instead of re-deploying what the
// first one removed.



/** The part of a holdout deployment payload a rollback reads (baseline/payload.ts is the whole record). */
const holdoutPayload = schemas/* object */.Ikc({
    holdout: schemas/* looseObject */._H3({
        version: schemas/* literal */.euz(1),
        decision: schemas/* enum */.k5n(['pass', 'overridden']),
        metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()),
        model: schemas/* string */.YjP().optional(),
        commit: schemas/* string */.YjP(),
        audit: schemas/* object */.Ikc({ sha256: schemas/* string */.YjP() }),
        promotion: registryPromotionSchema.optional(),
        rollback: schemas/* object */.Ikc({ of: schemas/* number */.aig(), to: schemas/* number */.aig() }).optional(),
    }),
});
/** The holdout record in a deployment's payload (as an object or as JSON text), or undefined. */
function holdoutPayloadOf(payload) {
    let value = payload;
    if (typeof value === 'string') {
        try {
            value = JSON.parse(value);
        }
        catch {
            return undefined;
        }
    }
    const parsed = holdoutPayload.safeParse(value);
    return parsed.success ? parsed.data.holdout : undefined;
}
/** The original deploy a rollback deployment deployed again, and its promotion; undefined when not found. */
function originalDeploy(rollbackTo, deployments) {
    const seen = new Set();
    let id = rollbackTo;
    while (!seen.has(id)) {
        seen.add(id);
        const holdout = holdoutPayloadOf(deployments.find((d) => d.id === id)?.payload);
        if (!holdout)
            return undefined;
        if (!holdout.rollback)
            return { id, promotion: holdout.promotion };
        id = holdout.rollback.to;
    }
    return undefined;
}
function planRollback(environment, deployments) {
    const ordered = [...deployments].sort((a, b) => b.id - a.id);
    const index = ordered.findIndex((d) => d.states[0] === 'success');
    if (index < 0)
        throw new errors/* ConfigurationError */.j1(`rollback: no successful deployment to ${environment} to roll back`);
    const current = ordered[index];
    const currentHoldout = holdoutPayloadOf(current.payload);
    const rolledBack = new Set();
    for (const d of ordered) {
        const rollback = holdoutPayloadOf(d.payload)?.rollback;
        if (rollback && d.states.includes('success'))
            rolledBack.add(rollback.of);
    }
    for (const d of ordered.slice(index + 1)) {
        if (!d.states.includes('success') || rolledBack.has(d.id) || d.sha === current.sha)
            continue;
        const holdout = holdoutPayloadOf(d.payload);
        if (!holdout)
            continue;
        const redeployed = currentHoldout?.rollback ? originalDeploy(currentHoldout.rollback.to, ordered) : undefined;
        return { from: { ...current, holdout: currentHoldout }, to: { ...d, holdout }, promotion: currentHoldout?.promotion, ...(redeployed ? { redeployed } : {}) };
    }
    throw new errors/* ConfigurationError */.j1(`rollback: no earlier successful holdout deployment to ${environment} of another commit than deployment ${current.id} (${current.sha.slice(0, 12)}), so there is nothing to roll back to`);
}

;// CONCATENATED MODULE: ./build/shared/mlflow/promote.js
// Promotion in the MLflow Model Registry: on an approved deploy, move an
// alias (e.g. champion) to the candidate's version, and say where it pointed
// before, so the audit record can carry it and a rollback can move it back.
// The candidate is named by version, by another alias (challenger) or by the
// run that produced it (the newest version registered from that run).

const versionOf = (v) => ({ version: v.version, run_id: v.run_id ?? null });
/** The candidate's model version; a ConfigurationError naming what was asked when there is none. */
async function candidateVersion(client, model, candidate) {
    if ('version' in candidate) {
        const found = await client.modelVersion(model, candidate.version);
        if (!found)
            throw new errors/* ConfigurationError */.j1(`MLflow at ${client.where}: registered model "${model}" has no version ${candidate.version} to promote`);
        return found;
    }
    if ('alias' in candidate) {
        const found = await client.modelVersionByAlias(model, candidate.alias);
        if (!found)
            throw new errors/* ConfigurationError */.j1(`MLflow at ${client.where}: registered model "${model}" has no alias "${candidate.alias}" to promote`);
        return found;
    }
    if (!/^[A-Za-z0-9_-]+$/.test(candidate.runId))
        throw new errors/* ConfigurationError */.j1(`MLflow run id "${candidate.runId}" is not a run id`);
    const versions = await client.searchModelVersions(`name='${model.replace(/'/g, "\\'")}' AND run_id='${candidate.runId}'`);
    const newest = versions.filter((v) => v.name === model && v.run_id === candidate.runId).sort((a, b) => Number(b.version) - Number(a.version))[0];
    if (!newest)
        throw new errors/* ConfigurationError */.j1(`MLflow at ${client.where}: no version of "${model}" was registered from run ${candidate.runId}; register it (mlflow.register_model) before the deploy`);
    return newest;
}
/**
 * Moves `alias` of `model` to the candidate's version and says where it
 * pointed before. Already there: nothing is written (moved false). A token
 * that may not edit the model fails with one line naming the permission.
 */
async function promoteAlias(client, request) {
    const { model, alias } = request;
    const target = await candidateVersion(client, model, request.candidate);
    const before = await client.modelVersionByAlias(model, alias);
    const moved = before?.version !== target.version;
    if (moved)
        await client.setAlias(model, alias, target.version);
    return { registry: 'mlflow', server: client.where, model, alias, previous: before ? versionOf(before) : null, current: versionOf(target), moved };
}
/**
 * Undoes a promotion: the alias goes back to the previous version, or is
 * removed when there was none. Only when it still points where the promotion
 * put it: a newer promotion since is left alone (returns false).
 */
async function rollbackAlias(client, promotion) {
    const now = await client.modelVersionByAlias(promotion.model, promotion.alias);
    if (now?.version !== promotion.current.version)
        return false;
    if (promotion.previous)
        await client.setAlias(promotion.model, promotion.alias, promotion.previous.version);
    else
        await client.deleteAlias(promotion.model, promotion.alias);
    return true;
}
/**
 * A rollback's move: the alias goes from where the rolled-back deploy put it
 * (`from`) to `to` (the version deployed again, or null: remove the alias, as
 * before the first promotion). Already at `to`: nothing is written. Pointing
 * anywhere else: a newer promotion happened since, which a rollback does not
 * undo blindly — a ConfigurationError saying where it points.
 */
async function restoreAlias(client, request) {
    const { model, alias, from, to } = request;
    const now = await client.modelVersionByAlias(model, alias);
    const record = (moved) => ({ registry: 'mlflow', server: client.where, model, alias, previous: now ? versionOf(now) : null, current: to, moved });
    if ((now?.version ?? null) === (to?.version ?? null))
        return record(false);
    if ((now?.version ?? null) !== (from?.version ?? null)) {
        throw new errors/* ConfigurationError */.j1(`MLflow at ${client.where}: ${model}@${alias} points to ${now ? `version ${now.version}` : 'nothing'}, not ${from ? `version ${from.version}` : 'nothing'} where ${request.rolledBack} left it: it moved since, and a rollback does not undo a newer promotion (move it by hand)`);
    }
    if (to)
        await client.setAlias(model, alias, to.version);
    else
        await client.deleteAlias(model, alias);
    return record(true);
}

;// CONCATENATED MODULE: ./build/shared/baseline/mlflow.js
// mlflow:<model>@<alias>, mlflow:<model>/<version>, mlflow:runs/<run_id>,
// each optionally followed by :<artifact>: the MLflow Model Registry's
// version (by alias or number) or a run, read through MLflow's REST API.
// When the run logged a predictions file (the named artifact, else a
// predictions.{csv,jsonl,parquet,…} at the artifact root) it is downloaded,
// so the comparison is paired; otherwise the run's latest metrics are.
// A missing alias, version or run is "no baseline" (MLflow answers a missing
// alias with 400 INVALID_PARAMETER_VALUE, not 404).



const HOW = 'write mlflow:<model>@<alias>, mlflow:<model>/<version> or mlflow:runs/<run_id>, optionally followed by :<predictions artifact>';
/** A predictions file at the artifact root, when none is named. */
const PREDICTIONS = /^predictions\.(csv|tsv|jsonl|ndjson|parquet)(\.gz)?$/i;
const NO_MLFLOW = 'mlflow baselines need MLFLOW_TRACKING_URI (an http(s) tracking server, with MLFLOW_TRACKING_TOKEN when it asks for one) or DATABRICKS_HOST and DATABRICKS_TOKEN';
const mlflowResolver = {
    scheme: 'mlflow',
    syntax: 'mlflow:<model>@<alias>[:<artifact>]',
    parse(rest, spec) {
        const fail = () => new errors/* ConfigurationError */.j1(`baseline "${spec}": ${HOW}`);
        // MLflow's own URIs read the same: models:/churn@champion, runs:/<id>.
        let body = rest.replace(/^models:\//, '');
        const run = /^runs:?\/([^/:@\s]+)(?::(.+))?$/.exec(body);
        if (run)
            return { kind: 'mlflow', ref: 'run', runId: run[1], artifact: artifactOf(run[2], fail), spec };
        const colon = body.indexOf(':');
        const artifact = colon >= 0 ? artifactOf(body.slice(colon + 1), fail) : undefined;
        if (colon >= 0)
            body = body.slice(0, colon);
        const at = body.lastIndexOf('@');
        if (at > 0) {
            const model = body.slice(0, at);
            const alias = body.slice(at + 1);
            if (alias === '' || /[\s/]/.test(alias))
                throw fail();
            return { kind: 'mlflow', ref: 'alias', model, alias, artifact, spec };
        }
        const version = /^(.+)\/(\d+)$/.exec(body);
        if (version)
            return { kind: 'mlflow', ref: 'version', model: version[1], version: version[2], artifact, spec };
        throw fail();
    },
    async resolve(source, context) {
        const mlflow = context.mlflow;
        if (!mlflow)
            return { missing: `${source.spec}: ${NO_MLFLOW}` };
        await (0,promises_.mkdir)(context.tempDir, { recursive: true });
        try {
            return await fromMlflow(source, mlflow, context.tempDir);
        }
        catch (error) {
            const status = error?.status;
            // A token that may not read the model is reported like a fork's GitHub token: no baseline, with what to grant.
            if (status === 401 || status === 403)
                return { missing: `${source.spec}: ${error.message}` };
            throw error;
        }
    },
};
function artifactOf(text, fail) {
    if (text === undefined)
        return undefined;
    const path = text.replace(/^\/+/, '');
    if (path === '' || path.split('/').includes('..'))
        throw fail();
    return path;
}
async function fromMlflow(source, mlflow, tempDir) {
    const at = `at ${mlflow.where}`;
    let version;
    if (source.ref === 'alias') {
        version = await mlflow.modelVersionByAlias(source.model, source.alias);
        if (!version)
            return { missing: `${source.spec}: registered model "${source.model}" has no alias "${source.alias}" ${at} (the first promotion?)` };
    }
    else if (source.ref === 'version') {
        version = await mlflow.modelVersion(source.model, source.version);
        if (!version)
            return { missing: `${source.spec}: registered model "${source.model}" has no version ${source.version} ${at}` };
    }
    const runId = source.ref === 'run' ? source.runId : version?.run_id;
    if (!runId)
        return { missing: `${source.spec}: version ${version?.version} of "${version?.name}" was registered without a run${version?.source ? ` (from ${version.source})` : ''}, so MLflow holds no metrics for it` };
    const run = await mlflow.run(runId);
    if (!run)
        return { missing: `${source.spec}: run ${runId} not found ${at}` };
    const what = [version ? `version ${version.version}` : undefined, `run ${runId.slice(0, 12)}`];
    const id = `${version ? `${version.name} version ${version.version}, ` : ''}run ${runId}`;
    // Predictions make the comparison paired: the named artifact, else one at the root.
    if (source.artifact && !mlflow.artifacts) {
        return { missing: `${source.spec}: ${mlflow.where} does not serve run artifacts to holdout (Databricks); drop :${source.artifact} to compare the run's metrics` };
    }
    if (mlflow.artifacts) {
        const dir = source.artifact ? external_node_path_.posix.dirname(source.artifact) : '';
        const files = (await mlflow.listArtifacts(runId, dir === '.' || dir === '' ? undefined : dir)).filter((f) => !f.is_dir);
        const chosen = source.artifact ? files.find((f) => f.path === source.artifact) : files.find((f) => PREDICTIONS.test(external_node_path_.posix.basename(f.path)));
        if (source.artifact && !chosen) {
            return { missing: `${source.spec}: run ${runId} has no artifact "${source.artifact}" (${files.length ? `${dir && dir !== '.' ? `${dir}/ holds` : 'it logged'} ${files.map((f) => f.path).slice(0, 10).join(', ')}` : 'nothing there'})` };
        }
        if (chosen) {
            const bytes = await mlflow.downloadArtifact(runId, chosen.path);
            const path = (0,external_node_path_.join)(tempDir, `mlflow-${safe(runId)}-${(0,external_node_path_.basename)(chosen.path)}`);
            await (0,promises_.writeFile)(path, bytes);
            return { path, written: source.spec, display: `${source.spec} (${[...what, chosen.path].join(', ')})`, source: source.spec, id };
        }
    }
    const { values, skipped } = latestMetrics(run.data.metrics ?? []);
    if (values.size === 0) {
        return { missing: `${source.spec}: run ${runId} logged no metrics${skipped.length ? ` that are numbers (${skipped.join(', ')} not finite)` : ''}${mlflow.artifacts ? ' and no predictions artifact' : ''}` };
    }
    const path = (0,external_node_path_.join)(tempDir, `mlflow-${safe(runId)}.json`);
    await (0,promises_.writeFile)(path, JSON.stringify(Object.fromEntries(values), null, 2));
    const note = skipped.length ? `; skipped, not finite: ${skipped.join(', ')}` : '';
    return { path, written: source.spec, display: `${source.spec} (${what.join(', ')}, metrics${note})`, source: source.spec, id };
}
function safe(name) {
    return name.replace(/[^A-Za-z0-9._-]/g, '_');
}
/**
 * The latest value of each metric in a run's metric list: the highest step,
 * then the newest timestamp, then the larger value — MLflow's own rule for a
 * run's latest metrics (SqlAlchemyStore._update_latest_metric_if_necessary).
 * Values that are not finite ("NaN", "Infinity" in MLflow's JSON) are skipped and named.
 */
function latestMetrics(metrics) {
    const order = (a, b) => {
        if (a.step !== b.step)
            return a.step - b.step;
        if (a.timestamp !== b.timestamp)
            return a.timestamp - b.timestamp;
        if (Number.isNaN(a.value))
            return -1;
        if (Number.isNaN(b.value))
            return 1;
        return a.value - b.value;
    };
    const latest = new Map();
    for (const metric of metrics) {
        if (typeof metric?.key !== 'string')
            continue;
        const value = typeof metric.value === 'number' ? metric.value : Number(metric.value);
        const point = { step: Number(metric.step ?? 0) || 0, timestamp: Number(metric.timestamp ?? 0) || 0, value };
        const seen = latest.get(metric.key);
        if (!seen || order(point, seen) > 0)
            latest.set(metric.key, point);
    }
    const values = new Map();
    const skipped = [];
    for (const [key, { value }] of latest) {
        if (Number.isFinite(value))
            values.set(key, value);
        else
            skipped.push(key);
    }
    return { values, skipped };
}

;// CONCATENATED MODULE: ./build/shared/sagemaker/promote.js
// Promotion in the SageMaker Model Registry: on an approved deploy, set the
// candidate package's approval status to Approved (sagemaker: then reads it
// as the newest Approved package) and say which package it supersedes, for
// the audit record; a rollback sets the candidate back (Rejected), and the
// previous Approved package is the baseline again.
async function approvePackage(registry, request) {
    const before = await registry.newestApproved(request.group);
    await registry.setApproval(request.arn, 'Approved', request.description);
    return { registry: 'sagemaker', region: registry.region, group: request.group, package: request.arn, previous: before && before.arn !== request.arn ? before.arn : null, status: 'Approved' };
}
/**
 * A rollback's change: the package the rolled-back deploy approved is set to
 * Rejected, and the package deployed again (when the rollback knows it) is
 * Approved — unless it is already the newest Approved one — so that
 * sagemaker:<group> reads it again. Says which package is the newest Approved
 * afterwards, which is what sagemaker: baselines read.
 */
async function rejectPackage(registry, request) {
    await registry.setApproval(request.reject, 'Rejected', request.description);
    let newest = await registry.newestApproved(request.group);
    if (request.restore && newest?.arn !== request.restore) {
        await registry.setApproval(request.restore, 'Approved', request.description);
        newest = await registry.newestApproved(request.group);
    }
    return { registry: 'sagemaker', region: registry.region, group: request.group, package: newest?.arn ?? null, previous: request.reject, rejected: request.reject };
}

;// CONCATENATED MODULE: ./build/shared/steps/gate-registry.js
// The gate's registry side and its rollback: on an approved deploy, promote
// the candidate in the model registry `promote` names (MLflow alias,
// SageMaker approval status) and say what it replaced; in `mode: rollback`,
// deploy the previous successful deployment's commit again with its payload,
// audited, and move back what the rolled-back deploy promoted. A failed
// registry call fails the step with one line (the clients' errors carry no
// credentials), before anything is recorded on GitHub; a GitHub call that
// fails after the promotion undoes it (Promoted.undo).










const NO_SAGEMAKER = 'sagemaker needs AWS_REGION (and credentials from the AWS SDK\'s standard chain, e.g. aws-actions/configure-aws-credentials)';
/** The registry call's error as the step's one line, naming what was being done. */
async function registryCall(what, run) {
    try {
        return await run();
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            throw new errors/* ConfigurationError */.j1(`holdout gate: ${what} failed: ${error.message}`);
        // Anything else (the SDK failing to load, a bug) is still one line: never the stack of a client that holds credentials.
        throw new errors/* ConfigurationError */.j1(`holdout gate: ${what} failed: ${error?.message ?? String(error)}`.replace(/\s+/g, ' '));
    }
}
/** Promotes the candidate the request names. */
async function promoteCandidate(request, env, description) {
    if (request.registry === 'mlflow') {
        const mlflow = env.mlflow;
        if (!mlflow)
            throw new errors/* ConfigurationError */.j1(`holdout gate: promote ${request.spec}: ${NO_MLFLOW}`);
        const done = await registryCall(`promoting ${request.model}@${request.alias} in MLflow`, () => promoteAlias(mlflow, { model: request.model, alias: request.alias, candidate: request.candidate }));
        const record = { registry: 'mlflow', server: done.server, model: done.model, alias: done.alias, previous: done.previous, current: done.current, moved: done.moved };
        const name = `MLflow ${done.model}@${done.alias}`;
        const before = done.previous ? `version ${done.previous.version}` : 'not set';
        return {
            record,
            async undo() {
                if (!done.moved)
                    return `the registry was not changed (${name} already pointed to version ${done.current.version})`;
                try {
                    await registryCall(`moving ${done.model}@${done.alias} back in MLflow`, () => restoreAlias(mlflow, { model: done.model, alias: done.alias, from: done.current, to: done.previous, rolledBack: 'this gate run' }));
                    return `the promotion was undone: ${name} is ${done.previous ? `back at version ${done.previous.version}` : 'removed again'}`;
                }
                catch (error) {
                    return `undoing the promotion failed too (${error.message}): ${name} was moved to version ${done.current.version} by this run and not moved back (before: ${before}); move it by hand`;
                }
            },
        };
    }
    const sagemaker = env.sagemaker;
    if (!sagemaker)
        throw new errors/* ConfigurationError */.j1(`holdout gate: promote ${request.spec}: ${NO_SAGEMAKER}`);
    // approvePackage reads the newest Approved package first: kept here, to know whether the candidate already was it.
    let newestBefore;
    const watched = {
        region: sagemaker.region,
        newestApproved: async (group) => {
            const found = await sagemaker.newestApproved(group);
            newestBefore ??= found?.arn ?? '';
            return found;
        },
        readS3: (uri) => sagemaker.readS3(uri),
        setApproval: (arn, status, text) => sagemaker.setApproval(arn, status, text),
    };
    const done = await registryCall(`approving ${request.arn} in SageMaker`, () => approvePackage(watched, { arn: request.arn, group: request.group, description: description.slice(0, 1000) }));
    const record = { registry: 'sagemaker', region: done.region, group: done.group, package: done.package, previous: done.previous };
    return {
        record,
        async undo() {
            if (newestBefore === done.package)
                return `the registry was not changed (${done.package} already was the newest Approved package of ${done.group})`;
            const reads = done.previous ? `${done.previous} is the newest Approved package again` : `${done.group} has no Approved package again`;
            try {
                // Approving the candidate changed no other package: rejecting it is the whole undo.
                await registryCall(`rejecting ${done.package} in SageMaker`, () => sagemaker.setApproval(done.package, 'Rejected', `holdout gate: undone, the deployment could not be recorded on GitHub. ${description}`.slice(0, 1000)));
                return `the promotion was undone: ${done.package} is Rejected and ${reads}`;
            }
            catch (error) {
                return `undoing the promotion failed too (${error.message}): ${done.package} was set Approved by this run and stays Approved, the newest Approved package of ${done.group} (which sagemaker:${done.group} reads); reject it by hand`;
            }
        },
    };
}
/**
 * The promotion whose `previous` is where the registry pointed before the
 * rolled-back deploy. For a deploy, its own record. For a rollback, not its
 * own record (whose `previous` is the model that rollback removed) but the
 * record of the original deploy it deployed again; when that is not known, a
 * one-line refusal rather than a guess.
 */
function before(plan, matches, what) {
    const rollback = plan.from.holdout?.rollback;
    if (!rollback)
        return plan.promotion;
    const original = plan.redeployed?.promotion;
    if (original && matches(original))
        return original;
    throw new errors/* ConfigurationError */.j1(`holdout gate: rollback: deployment ${plan.from.id} is itself a rollback to deployment ${rollback.to}, and ${plan.redeployed ? `deployment ${plan.redeployed.id} (the deploy it deployed again) recorded no promotion of ${what}` : `deployment ${rollback.to} is not among the environment's deployments`}, so where ${what} pointed before it is not known: move it by hand`);
}
/** Moves back what the rolled-back deploy promoted; the record of the move, or undefined when it promoted nothing. */
async function restoreRegistry(plan, env, description) {
    const promoted = plan.promotion;
    if (!promoted)
        return undefined;
    const rolledBack = `deployment ${plan.from.id}`;
    const earlier = plan.to.holdout.promotion;
    if (promoted.registry === 'mlflow') {
        const mlflow = env.mlflow;
        if (!mlflow)
            throw new errors/* ConfigurationError */.j1(`holdout gate: rollback: ${rolledBack} promoted ${promoted.model}@${promoted.alias} at ${promoted.server}; ${NO_MLFLOW}`);
        if (mlflow.where !== promoted.server)
            throw new errors/* ConfigurationError */.j1(`holdout gate: rollback: ${rolledBack} promoted ${promoted.model}@${promoted.alias} at ${promoted.server}, but MLflow is now ${mlflow.where}`);
        // Back to the version the deployment deployed again was promoted to, else to where the alias pointed before the rolled-back deploy.
        const same = earlier?.registry === 'mlflow' && earlier.model === promoted.model && earlier.alias === promoted.alias && earlier.server === promoted.server;
        const to = same ? earlier.current : before({ ...plan, promotion: promoted }, (p) => p.registry === 'mlflow' && p.model === promoted.model && p.alias === promoted.alias && p.server === promoted.server, `${promoted.model}@${promoted.alias}`).previous;
        return registryCall(`moving ${promoted.model}@${promoted.alias} back in MLflow`, () => restoreAlias(mlflow, { model: promoted.model, alias: promoted.alias, from: promoted.current, to, rolledBack }));
    }
    const sagemaker = env.sagemaker;
    if (!sagemaker)
        throw new errors/* ConfigurationError */.j1(`holdout gate: rollback: ${rolledBack} approved a package of SageMaker group ${promoted.group}; ${NO_SAGEMAKER}`);
    if (sagemaker.region !== promoted.region)
        throw new errors/* ConfigurationError */.j1(`holdout gate: rollback: ${rolledBack} approved a package of ${promoted.group} in ${promoted.region}, but AWS_REGION is ${sagemaker.region}`);
    if (!promoted.package)
        return undefined;
    const reject = promoted.package;
    const same = earlier?.registry === 'sagemaker' && earlier.group === promoted.group && earlier.region === promoted.region;
    const restore = same ? earlier.package : before({ ...plan, promotion: promoted }, (p) => p.registry === 'sagemaker' && p.group === promoted.group && p.region === promoted.region, `SageMaker group ${promoted.group}`).previous;
    const done = await registryCall(`rejecting ${reject} in SageMaker`, () => rejectPackage(sagemaker, { group: promoted.group, reject, restore, description: description.slice(0, 1000) }));
    if (restore && done.package !== restore)
        env.logger.warning(`holdout gate: rollback: the newest Approved package of ${promoted.group} is ${done.package}, not ${restore}: sagemaker:${promoted.group} reads it`);
    return done;
}
/** The environment's deployments, newest first, each with the states of its statuses. */
async function deploymentHistory(env, environment) {
    const { octokit, repo } = env.github;
    const { data: deployments } = await octokit.rest.repos.listDeployments({ ...repo, environment, per_page: 100 });
    const facts = [];
    for (const d of deployments) {
        const { data: statuses } = await octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: d.id, per_page: 100 });
        facts.push({ id: d.id, sha: d.sha, createdAt: d.created_at, payload: d.payload, states: statuses.map((s) => s.state) });
    }
    return facts;
}
/**
 * mode: rollback. The deployment in production (the newest successful one)
 * is rolled back to the newest earlier successful holdout deployment of
 * another commit: a new deployment of that commit with its payload (its
 * metrics, so deployment:<environment> reads them again) and the rollback's
 * own audit record, recorded as success at once; the registry alias or
 * package the rolled-back deploy promoted is moved back first.
 */
async function runRollback(options, env) {
    const environment = options.environment;
    if (!environment)
        throw new errors/* ConfigurationError */.j1('mode: rollback needs environment: the deployment to roll back is the one in production there');
    if (options.record)
        throw new errors/* ConfigurationError */.j1('mode: rollback records its own deployment: leave record out');
    if (!env.github)
        throw new errors/* ConfigurationError */.j1('mode: rollback needs a token (deployments: write) and the repository');
    const { octokit, repo } = env.github;
    const plan = planRollback(environment, await deploymentHistory(env, environment));
    const now = env.now?.() ?? new Date();
    const description = `holdout rollback of deployment ${plan.from.id} to deployment ${plan.to.id} (${plan.to.sha.slice(0, 12)})`;
    const promotion = await restoreRegistry(plan, env, description);
    const audit = buildRollbackAudit(plan, { actor: env.actor, event: env.eventName, runUrl: env.runUrl, environment, promotion, now });
    const { text: auditText, sha256: auditSha } = serializeAudit(audit);
    const { promotion: earlier, rollback: _previousRollback, ...kept } = plan.to.holdout;
    const holdout = {
        ...kept,
        version: DEPLOYMENT_PAYLOAD_VERSION,
        audit: { sha256: auditSha },
        recordedAt: audit.createdAt,
        rollback: { of: plan.from.id, to: plan.to.id },
        // The registry as it is now: what the rollback moved, else what the redeployed deploy had promoted.
        ...(promotion ?? earlier ? { promotion: promotion ?? earlier } : {}),
    };
    const id = await createDeployment(octokit, repo, plan.to.sha, environment, { holdout }, description);
    await octokit.rest.repos.createDeploymentStatus({
        ...repo, deployment_id: id, state: 'success',
        description: `rolled back from deployment ${plan.from.id}; these metrics are the production baseline again`.slice(0, 140),
        ...(env.runUrl ? { log_url: env.runUrl } : {}),
    });
    const lines = [
        `### holdout gate: rolled back ${environment}`,
        '',
        `Deployment ${plan.from.id} (${plan.from.sha.slice(0, 12)}) rolled back to the model of deployment ${plan.to.id} (${plan.to.sha.slice(0, 12)}${plan.to.holdout.model ? `, ${plan.to.holdout.model}` : ''}): new deployment ${id}, recorded as success; its metrics are the production baseline (\`deployment:${environment}\`) again.`,
        '',
    ];
    if (promotion)
        lines.push(`Registry: ${describePromotion(promotion)}.`, '');
    else if (plan.promotion === undefined)
        lines.push('The rolled-back deploy promoted nothing in a model registry.', '');
    lines.push(`Audit record sha256 \`${auditSha}\`.`);
    return {
        document: undefined,
        files: [{ path: userFile(env.workspace, options['audit-file']).path, text: auditText }],
        annotations: [],
        summary: lines.join('\n') + '\n',
        outputs: {
            decision: 'rollback',
            reason: audit.reason,
            'audit-file': options['audit-file'],
            'deployment-id': id,
            commit: plan.to.sha,
            model: plan.to.holdout.model,
            promotion: promotion ? describePromotion(promotion) : undefined,
        },
    };
}

;// CONCATENATED MODULE: ./build/shared/steps/gate.js
// The gate step: its options, and the step — decide, evaluate an override,
// publish the check run, and in deploy mode create (or record) the
// deployment that carries the production baseline — to the gate's results
// document, the audit record, the job summary and outputs.


















const gateOptions = (0,options/* defineOptions */.GM)({
    results: options/* option */.uK.list({
        description: 'Results documents to decide on (globs). A glob that matches nothing fails.',
        default: [DEFAULT_RESULTS_GLOB],
        config: false,
        flag: 'positional',
    }),
    'fail-on': options/* option */.uK.enum(GATE_FAIL_ON)({ description: 'fail (default): fail and error block; warn: warnings block too.', default: 'fail' }),
    'check-name': options/* option */.uK.string({ description: 'Name of the check run (require it in branch protection).', default: 'holdout / gate', flag: false }),
    'override-label': options/* option */.uK.string({
        description: 'Label that overrides a failing decision, when added after the newest push by a user with override-role.',
        default: 'holdout:override',
        flag: false,
    }),
    'override-role': options/* option */.uK.enum(ROLE_ORDER)({
        description: 'Lowest repository role that may override: read < triage < write < maintain < admin.',
        default: 'maintain',
        flag: false,
    }),
    'override-roles': options/* option */.uK.list({ description: 'Custom repository role names that may override too (comma- or newline-separated).', default: [], flag: false }),
    'allow-self-override': options/* option */.uK.boolean({ description: "Whether the pull request's author may override their own pull request.", default: false, flag: false }),
    environment: options/* option */.uK.string({
        description: 'Deploy mode: on a passing decision, create a deployment to this environment whose payload records the candidate metrics (the next production baseline once recorded as success).',
        flag: false,
    }),
    record: options/* option */.uK.enum(['success', 'failure'])({
        description: 'success or failure: record the outcome of the deployment of this commit to environment.',
        config: false,
        flag: false,
    }),
    'audit-file': options/* option */.uK.string({ description: 'Where to write the audit record (JSON).', default: 'holdout-audit/gate-audit.json' }),
    mode: options/* option */.uK.enum(['decide', 'rollback'])({
        description: 'decide (default): decide, and deploy when environment is set; rollback: deploy the previous successful deployment to environment again (a new deployment of its commit with its payload, audited) and move back what the rolled-back deploy promoted in a registry.',
        default: 'decide',
        // Like record, a run of its own: the all-in-one config decides, it does not roll back.
        config: false,
        flag: false,
    }),
    'model-card': options/* option */.uK.string({ description: 'Governance: a Markdown model card (path) whose required sections the gate checks, one check each, beside the results (docs/gate.md); not checked when not set.' }),
    'model-card-sections': options/* option */.uK.list({ description: "The model card's required sections, one per line; headings that may stand for one section separated by |, matched case-insensitively at any level.", default: [...DEFAULT_MODEL_CARD_SECTIONS] }),
    'model-card-policy': options/* option */.uK.enum(MODEL_CARD_POLICIES)({ description: 'fail (default) or warn: what a required section of the model card that is missing or empty does.', default: 'fail' }),
    promote: options/* option */.uK.string({
        description: 'Deploy mode: on an approved deploy, promote promote-candidate in a model registry: mlflow:<model>@<alias> moves the alias, sagemaker:<model-package-group> sets the package Approved. What it replaced goes into the audit record, for rollback.',
        flag: false,
    }),
    'promote-candidate': options/* option */.uK.string({
        description: 'The candidate to promote: for mlflow, its version number, @<alias> or runs/<run_id>; for sagemaker, its model package ARN.',
        flag: false,
    }),
    ...exportOptions(false),
});
async function runGate(options, env, extras = {}) {
    const { github, commit: sha } = env;
    const environment = options.environment;
    if (options.mode === 'rollback')
        return runRollback(options, env);
    const promote = promotionRequest(options.promote, options['promote-candidate'], environment);
    if (options.record) {
        if (!environment)
            throw new errors/* ConfigurationError */.j1('record needs environment: the deployment to record is the one to that environment');
        if (!github || !sha)
            throw new errors/* ConfigurationError */.j1('record needs a token, the repository and the commit');
        const id = await recordDeployment(github.octokit, github.repo, sha, environment, options.record);
        if (id === undefined)
            throw new errors/* ConfigurationError */.j1(`no holdout deployment of ${sha.slice(0, 12)} to ${environment} to record; run the gate with environment: ${environment} first`);
        return {
            document: undefined,
            files: [],
            annotations: [],
            outputs: { decision: options.record === 'success' ? 'pass' : 'fail', reason: `deployment ${id} marked ${options.record}`, 'deployment-id': id },
            summary: `### holdout gate: deployment ${id} to ${environment} recorded as **${options.record}**\n\n${options.record === 'success' ? `Its metrics are now the production baseline (\`deployment:${environment}\`).` : 'The previous production baseline stays.'}\n`,
        };
    }
    if (environment && !github)
        throw new errors/* ConfigurationError */.j1('deploy mode (environment) needs a token and the repository to create the deployment');
    const failOn = options['fail-on'];
    const label = options['override-label'];
    const collected = await collectGateInputs(options.results, env.workspace);
    // Governance: the model card, checked in the checkout, is one more input to decide on (shared/modelcard).
    if (options['model-card'])
        collected.documents.push(await checkModelCard({ card: options['model-card'], sections: options['model-card-sections'], policy: options['model-card-policy'], workspace: env.workspace, commit: sha, now: env.now?.() }));
    const unreadable = collected.unreadable;
    if (collected.profiles.length > 0)
        env.logger.info(`holdout gate: left out ${collected.profiles.length} profile${collected.profiles.length === 1 ? '' : 's'} (${collected.profiles.join(', ')})`);
    let decision = decide({ documents: collected.documents, unreadable, commit: sha, failOn });
    let override;
    let overrideRequested = false;
    if (decision.decision === 'fail' && decision.integrityProblems.length === 0 && !environment && github) {
        // In a merge queue the pull request is the queue entry's: its override carries over when the entry holds its current head.
        const queued = env.eventName === 'merge_group' ? queuedPullRequest(env.payload.merge_group?.head_ref) : undefined;
        const pull = queued ?? (env.eventName === 'merge_group' ? undefined : await findPullRequest(github.octokit, github.repo, env.eventName, env.payload, sha));
        if (pull) {
            const facts = await overrideFacts(github.octokit, github.repo, pull.number, label);
            if (queued && facts.headSha && facts.headSha !== queued.headSha) {
                facts.unknown = `the merge queue entry holds ${queued.headSha.slice(0, 12)} of pull request #${queued.number}, whose head is now ${facts.headSha.slice(0, 12)}: the label does not cover the queued code`;
            }
            overrideRequested = facts.present;
            if (facts.present) {
                override = evaluateOverride(facts, { minimumRole: options['override-role'], extraRoles: options['override-roles'], allowSelfOverride: options['allow-self-override'] });
                decision = decide({ documents: collected.documents, unreadable, commit: sha, failOn, override });
                if (!override.honoured)
                    env.logger.warning(`holdout gate: override refused: ${override.reason}`);
            }
        }
    }
    const now = env.now?.() ?? new Date();
    // An approved deploy promotes the candidate in the registry first: a failed registry call fails the step before anything is recorded.
    // A GitHub call failing after it undoes it: no registry move without the deployment payload a rollback reads it from.
    const promoted = promote && github && sha && decision.decision !== 'fail' ? await promoteCandidate(promote, env, `holdout gate ${decision.decision} of ${sha.slice(0, 12)}: ${decision.reason}`) : undefined;
    const promotion = promoted?.record;
    const audit = buildAuditRecord(decision, collected.documents, { commit: sha, actor: env.actor, event: env.eventName, runUrl: env.runUrl, environment, label, override, overrideRequested, promotion, now });
    const { text: auditText, sha256: auditSha } = serializeAudit(audit);
    const summary = renderGateSummary(decision, audit, auditSha) + (promotion ? `\nPromoted: ${describePromotion(promotion)} (the previous one is in the audit record, for rollback).\n` : '');
    let checkRunId;
    let deploymentId;
    if (github && sha)
        try {
            const conclusion = decision.decision === 'pass' ? 'success' : decision.decision === 'overridden' ? 'neutral' : 'failure';
            const title = `${decision.decision === 'overridden' ? 'Overridden' : decision.decision === 'pass' ? 'Pass' : 'Fail'}: ${decision.reason}`.slice(0, 250);
            const annotations = collected.documents.flatMap((d) => (d.document.kind === 'validate-data' ? d.document.data.errors.map((e) => ({ level: 'error', message: e.message, file: e.file, line: e.line, title: e.type })) : []));
            try {
                const published = await publishCheck(github.octokit, github.repo, sha, options['check-name'], conclusion, {
                    title,
                    summary: summary.slice(0, 65_000),
                    text: `Audit record (sha256 ${auditSha}):\n\n\`\`\`json\n${auditText.slice(0, 60_000)}\`\`\``,
                }, annotations, env.runUrl);
                checkRunId = published.checkRunId;
                if (published.fallback)
                    env.logger.warning(`holdout gate: ${published.fallback}`);
            }
            catch (error) {
                if (error.status !== 403)
                    throw error;
                env.logger.warning('holdout gate: the token may write neither check runs nor commit statuses (403); the decision stands and fails or passes this step');
            }
            if (environment && decision.decision !== 'fail') {
                deploymentId = await createDeployment(github.octokit, github.repo, sha, environment, {
                    holdout: {
                        version: DEPLOYMENT_PAYLOAD_VERSION,
                        decision: decision.decision,
                        metrics: candidateMetrics(collected.documents),
                        model: collected.documents.find((d) => d.document.kind === 'compare-metrics')?.document.subject.files[0]?.path,
                        commit: sha,
                        audit: { sha256: auditSha },
                        recordedAt: audit.createdAt,
                        ...(promotion ? { promotion } : {}),
                    },
                }, `holdout ${decision.decision}: ${decision.reason}`);
                await announceDeployment(github.octokit, github.repo, deploymentId, `holdout ${decision.decision}: ${decision.reason}`, env.runUrl);
            }
        }
        catch (error) {
            if (!promoted)
                throw error;
            const undone = await promoted.undo();
            if (error instanceof Error) {
                error.message = `${error.message.replace(/\s+/g, ' ').trim()}; ${undone}`;
                throw error;
            }
            throw new Error(`${String(error)}; ${undone}`);
        }
    const gateStatus = decision.decision === 'fail' ? (decision.status === 'error' ? 'error' : 'fail') : decision.decision === 'overridden' ? 'warn' : 'pass';
    const document = {
        holdout: schema/* RESULTS_VERSION */.kI, kind: 'gate', title: 'Gate', status: gateStatus, createdAt: audit.createdAt,
        subject: { files: collected.documents.map((d) => ({ path: d.file, sha256: d.sha256 })), gitSha: sha },
        checks: [{ id: 'gate', title: 'Gate decision', status: gateStatus === 'error' ? 'fail' : gateStatus, message: decision.reason, count: decision.decision === 'pass' ? 0 : 1, locations: [] }],
        decision: { decision: decision.decision, reason: decision.reason, auditSha256: auditSha, checkRunId, deploymentId },
    };
    const gateFile = `${extras.resultsDir ?? 'holdout-results'}/gate.json`;
    // The JUnit report and the metrics: every document decided on, then the decision.
    const exported = exportFiles(options, [...collected.documents.map((d) => ({ document: d.document, file: d.file })), { document, file: gateFile }], env.workspace, { warnFails: failOn === 'warn' });
    return {
        document,
        resultsPath: userFile(env.workspace, gateFile).path,
        files: [{ path: userFile(env.workspace, options['audit-file']).path, text: auditText }, ...exported],
        annotations: [],
        summary,
        outputs: { decision: decision.decision, reason: decision.reason, 'audit-file': options['audit-file'], 'check-run-id': checkRunId, 'deployment-id': deploymentId, promotion: promotion ? describePromotion(promotion) : undefined },
        failure: decision.decision === 'fail' ? { kind: 'verdict', message: `holdout gate: fail: ${decision.reason}` } : undefined,
        decision,
    };
}


/***/ }),

/***/ 3846:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GM: () => (/* binding */ defineOptions),
/* harmony export */   uK: () => (/* binding */ option),
/* harmony export */   yJ: () => (/* binding */ optionsFromText)
/* harmony export */ });
/* unused harmony exports defaultText, describeRange, configSectionSchema, optionsFromConfig, flagTable, flagHelp */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2857);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2005);
// Step options, defined once. Each step declares its options here — name,
// description, default, range (a zod schema), and the name it has on each
// surface: the action input, the all-in-one config key, the CLI flag. From
// that one declaration come the action-input reader, the config section's
// zod schema and the CLI's parseArgs table; a test holds every action.yml to
// it. Values arrive as text from inputs and flags, natively typed from YAML.


function declare(text, schema) {
    return (o) => ({
        description: o.description,
        text,
        schema,
        default: o.default,
        required: o.required ?? false,
        input: o.input === undefined ? '' : o.input,
        config: o.config === undefined ? { name: '' } : typeof o.config === 'string' ? { name: o.config } : o.config,
        flag: o.flag === undefined ? '' : o.flag,
    });
}
/** Option builders. Names left empty are filled from the option's key by `defineOptions`. */
const option = {
    string: (o) => declare('string', zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1))(o),
    list: (o) => declare('list', zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)))(o),
    enum: (values) => (o) => declare('string', zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(values))(o),
    number: (schema, o) => declare('number', schema)(o),
    integer: (schema, o) => declare('integer', schema)(o),
    boolean: (o) => declare('boolean', zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY())(o),
};
const snake = (kebab) => kebab.replaceAll('-', '_');
/** Fills in each option's surface names from its key. */
function defineOptions(spec) {
    for (const [key, o] of Object.entries(spec)) {
        if (o.input === '')
            o.input = key;
        if (o.flag === '')
            o.flag = key;
        if (o.config !== false && o.config.name === '')
            o.config = { ...o.config, name: snake(key) };
    }
    return spec;
}
/** The default as an action.yml writes it (text), or undefined. */
function defaultText(o) {
    // An empty list is what an input left out gives: action.yml writes no default for it.
    if (o.default === undefined || (Array.isArray(o.default) && o.default.length === 0))
        return undefined;
    return Array.isArray(o.default) ? o.default.join('\n') : String(o.default);
}
// ---------------------------------------------------------------- text → value
function fromText(o, raw, where) {
    const text = raw.trim();
    switch (o.text) {
        case 'string':
            return text;
        case 'list':
            return text.split(/[\n,]/).map((item) => item.trim()).filter((item) => item !== '');
        case 'number': {
            const n = Number(text);
            if (text === '' || !Number.isFinite(n))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: expected a number, got "${text}"`);
            return n;
        }
        case 'integer':
            if (!/^[+-]?\d+$/.test(text))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: expected a whole number, got "${text}"`);
            return Number(text);
        case 'boolean':
            if (['true', 'True', 'TRUE'].includes(text))
                return true;
            if (['false', 'False', 'FALSE'].includes(text))
                return false;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: expected true or false, got "${text}"`);
    }
}
/** Says what a schema accepts, in a user's words, from its zod checks. */
function describeRange(o) {
    const def = o.schema.def;
    if (def.type === 'enum')
        return `one of ${Object.values(def.entries ?? {}).join(', ')}`;
    const parts = [];
    for (const check of def.checks ?? []) {
        const c = check._zod.def;
        if (c.check === 'greater_than')
            parts.push(`${c.inclusive ? '≥' : '>'} ${c.value}`);
        if (c.check === 'less_than')
            parts.push(`${c.inclusive ? '≤' : '<'} ${c.value}`);
        if (c.check === 'number_format' && c.format === 'safeint')
            parts.unshift('a whole number');
    }
    const kind = o.text === 'integer' ? 'a whole number' : o.text === 'number' ? 'a number' : o.text === 'boolean' ? 'true or false' : 'a value';
    const bounds = parts.filter((p) => p !== 'a whole number');
    return `${kind}${bounds.length ? ` ${bounds.join(' and ')}` : ''}`;
}
function checked(o, value, where, shown) {
    const result = o.schema.safeParse(value);
    if (result.success)
        return result.data;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: expected ${describeRange(o)}, got ${shown}`);
}
/**
 * Reads a step's options from text sources: action inputs (`surface: 'input'`)
 * or CLI flags (`'flag'`). `get` returns the raw text of a name, or undefined
 * when it was not given (blank counts as not given).
 */
function optionsFromText(spec, surface, get) {
    const out = {};
    for (const [key, o] of Object.entries(spec)) {
        const name = surface === 'input' ? o.input : o.flag;
        if (name === false || name === 'positional') {
            out[key] = o.default;
            continue;
        }
        const where = surface === 'input' ? `input ${name}` : `--${name}`;
        const raw = get(name);
        if (raw === undefined || raw.trim() === '') {
            if (o.required)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(surface === 'input' ? `Input required and not supplied: ${name}` : `--${name} is required`);
            out[key] = o.default;
            continue;
        }
        out[key] = checked(o, fromText(o, raw, where), where, JSON.stringify(raw.trim()));
    }
    return out;
}
// ---------------------------------------------------------------- config
function configValueSchema(o) {
    // A list may be written as one string or as a YAML list.
    const base = o.text === 'list' ? z.union([z.string().min(1), z.array(z.string().min(1))]).transform((v) => (Array.isArray(v) ? v : [v])).pipe(o.schema) : o.schema;
    const required = o.required || (o.config !== false && o.config.required === true);
    if (required)
        return base;
    return o.default !== undefined ? base.default(o.default) : base.optional();
}
/**
 * The zod schema of a step's section of the all-in-one config, with the
 * config's key names (nested where a name is dotted). `extra` adds keys that
 * belong to the config only (a check's name, the gate's `enabled`).
 */
function configSectionSchema(spec, extra = {}) {
    const root = { leaves: {}, children: {} };
    for (const o of Object.values(spec)) {
        if (o.config === false)
            continue;
        const parts = o.config.name.split('.');
        let node = root;
        for (const part of parts.slice(0, -1))
            node = node.children[part] ??= { leaves: {}, children: {} };
        node.leaves[parts.at(-1)] = configValueSchema(o);
    }
    const build = (node) => {
        const shape = { ...node.leaves };
        for (const [name, child] of Object.entries(node.children))
            shape[name] = build(child).prefault({});
        return z.strictObject(shape);
    };
    const section = build(root);
    return Object.keys(extra).length ? section.extend(extra) : section;
}
/** Maps a parsed config section (config names) back to the step's options (option keys). */
function optionsFromConfig(spec, section) {
    const out = {};
    for (const [key, o] of Object.entries(spec)) {
        if (o.config === false) {
            out[key] = o.default;
            continue;
        }
        let value = section;
        for (const part of o.config.name.split('.'))
            value = value?.[part];
        out[key] = value;
    }
    return out;
}
// ---------------------------------------------------------------- CLI
/** parseArgs options for a step's flags. */
function flagTable(spec) {
    const table = {};
    for (const o of Object.values(spec))
        if (o.flag !== false && o.flag !== 'positional')
            table[o.flag] = { type: 'string' };
    return table;
}
/** The option lines of a command's --help, from the spec. */
function flagHelp(spec) {
    const rows = [];
    for (const o of Object.values(spec)) {
        if (o.flag === false || o.flag === 'positional')
            continue;
        const value = o.text === 'list' ? '<a,b>' : o.text === 'boolean' ? '<true|false>' : `<${o.text === 'string' ? 'value' : o.text}>`;
        const notes = [o.required ? 'required' : '', defaultText(o) !== undefined ? `default ${defaultText(o).replaceAll('\n', ',')}` : ''].filter(Boolean).join('; ');
        rows.push([`--${o.flag} ${value}`, `${firstSentence(o.description)}${notes ? ` (${notes})` : ''}`]);
    }
    const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
    return rows.map(([flag, text]) => `  ${flag.padEnd(width)}${text}`).join('\n');
}
function firstSentence(text) {
    const end = text.search(/\.(\s|$)/);
    return end < 0 ? text : text.slice(0, end);
}


/***/ }),

/***/ 2857:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  You: () => (/* binding */ ZodISODateTime),
  YOg: () => (/* binding */ array),
  zMY: () => (/* binding */ schemas_boolean),
  gMt: () => (/* binding */ discriminatedUnion),
  k5n: () => (/* binding */ _enum),
  euz: () => (/* binding */ literal),
  _H3: () => (/* binding */ looseObject),
  chJ: () => (/* binding */ _null),
  aig: () => (/* binding */ number),
  Ikc: () => (/* binding */ object),
  g1P: () => (/* binding */ record),
  YjP: () => (/* binding */ string),
  PVZ: () => (/* binding */ tuple),
  KCZ: () => (/* binding */ union),
  L5J: () => (/* binding */ unknown)
});

// UNUSED EXPORTS: ZodAny, ZodArray, ZodBase64, ZodBase64URL, ZodBigInt, ZodBigIntFormat, ZodBoolean, ZodCIDRv4, ZodCIDRv6, ZodCUID, ZodCUID2, ZodCatch, ZodCodec, ZodCreditCard, ZodCustom, ZodCustomStringFormat, ZodDate, ZodDefault, ZodDiscriminatedUnion, ZodE164, ZodEmail, ZodEmoji, ZodEnum, ZodExactOptional, ZodFile, ZodFunction, ZodGUID, ZodIBAN, ZodIPv4, ZodIPv6, ZodISODate, ZodISODuration, ZodISOTime, ZodInstanceOf, ZodIntersection, ZodJWT, ZodKSUID, ZodLazy, ZodLiteral, ZodMAC, ZodMap, ZodNaN, ZodNanoID, ZodNever, ZodNonOptional, ZodNull, ZodNullable, ZodNumber, ZodNumberFormat, ZodObject, ZodOptional, ZodPipe, ZodPrefault, ZodPreprocess, ZodPromise, ZodReadonly, ZodRecord, ZodSet, ZodString, ZodStringFormat, ZodSuccess, ZodSymbol, ZodTemplateLiteral, ZodTransform, ZodTuple, ZodType, ZodULID, ZodURL, ZodUUID, ZodUndefined, ZodUnion, ZodUnknown, ZodVoid, ZodXID, ZodXor, _ZodString, _default, _function, any, base64, base64url, bigint, catch, check, cidrv4, cidrv6, codec, creditCard, cuid, cuid2, currencyCode, custom, date, describe, e164, email, emoji, exactOptional, file, float32, float64, function, guid, hash, hex, hostname, httpUrl, iban, instanceof, int, int32, int64, intersection, invertCodec, ipv4, ipv6, json, jwt, keyof, ksuid, lazy, looseRecord, mac, map, meta, nan, nanoid, nativeEnum, never, nonoptional, nullable, nullish, optional, partialRecord, pipe, prefault, preprocess, promise, readonly, refine, set, strictObject, stringFormat, stringbool, success, superRefine, symbol, templateLiteral, transform, uint32, uint64, ulid, undefined, url, uuid, uuidv4, uuidv6, uuidv7, void, xid, xor

// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core_core = __nccwpck_require__(8532);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/util.js
var core_util = __nccwpck_require__(4723);
;// CONCATENATED MODULE: ./node_modules/zod/v4/core/memoizer.js

class $ZodCyclicError extends Error {
    constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
    }
}
/** Keyed off the context object every schema in one parse call already shares. */
const STATE = "~memo";
const NO_ISSUES = [];
// a value a cycle can close through
function isRef(value) {
    return value !== null && typeof value === "object";
}
// Receivers prefix paths in place, so the cache and every hand-out need their own copies.
function cloneIssues(issues) {
    return issues.map((iss) => (iss.path ? { ...iss, path: iss.path.slice() } : { ...iss }));
}
const recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
const NONE = 0;
const ASSUMED = 1;
const PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
    const cached = recursive.get(inst);
    if (cached !== undefined)
        return cached ? PROVEN : NONE;
    // Relative to the walk in progress, so not cached.
    if (stack.has(inst))
        return PROVEN;
    stack.add(inst);
    let result = NONE;
    const check = (child) => {
        if (result !== PROVEN && child?._zod) {
            const answer = isRecursive(child, stack, resolve);
            if (answer > result)
                result = answer;
        }
    };
    // `Reflect.ownKeys` rather than `Object.keys`, so a cycle through a declared symbol key is still seen
    const shape = (sh, spread) => {
        let answer = NONE;
        for (const key of Reflect.ownKeys(sh)) {
            const desc = Object.getOwnPropertyDescriptor(sh, key);
            // an object resolves its shape by spread, so a key it does not enumerate is never parsed; `z.properties` reads every own key and so keeps them all
            if (spread && !desc.enumerable)
                continue;
            // resolving runs user code, and a factory mints a fresh subtree per read, so an edge the walk can't follow counts as a cycle
            const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
            if (child > answer)
                answer = child;
        }
        return answer;
    };
    const merge = (answer) => {
        if (answer > result)
            result = answer;
    };
    const def = inst._zod.def;
    const kind = def.type;
    switch (kind) {
        case "object": {
            const raw = core_util/* rawShape */.MO(def);
            // a def with no raw shape answers `shape` from an accessor of its own, and running that can mint a whole fresh subtree
            merge(raw ? shape(raw, true) : ASSUMED);
            check(def.catchall);
            break;
        }
        case "array":
            check(def.element);
            break;
        case "tuple":
            for (const el of def.items)
                check(el);
            check(def.rest);
            break;
        case "record":
        case "map":
            check(def.keyType);
            check(def.valueType);
            break;
        case "set":
            check(def.valueType);
            break;
        case "union":
            for (const el of def.options)
                check(el);
            break;
        case "intersection":
            check(def.left);
            check(def.right);
            break;
        case "optional":
        case "nullable":
        case "default":
        case "prefault":
        case "catch":
        case "readonly":
        case "nonoptional":
        case "promise":
        case "success":
            check(def.innerType);
            break;
        case "pipe":
            check(def.in);
            check(def.out);
            break;
        case "function":
            check(def.input);
            check(def.output);
            break;
        // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
        case "lazy": {
            const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : undefined);
            // walked with resolution off: one hop sees past the deferral, and a lazy that yields only another unresolved lazy is generative, so it stops there
            merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
            break;
        }
        // a leaf by choice: `parts` are regex fragments, not data positions
        case "template_literal":
        // leaves
        case "string":
        case "number":
        case "int":
        case "boolean":
        case "bigint":
        case "symbol":
        case "undefined":
        case "null":
        case "void":
        case "never":
        case "any":
        case "unknown":
        case "date":
        case "nan":
        case "enum":
        case "literal":
        case "file":
        case "transform":
        case "custom":
            break;
        default: {
            // a new built-in kind becomes a compile error here
            kind;
            // a user-defined kind can still hold children, and only its author knows where, so fall back to scanning the def — skipping accessors, since reading one can run user code
            for (const key in def) {
                const desc = Object.getOwnPropertyDescriptor(def, key);
                if (!desc || desc.get)
                    continue;
                const value = desc.value;
                if (!value || typeof value !== "object")
                    continue;
                if (value._zod)
                    check(value);
                else if (Array.isArray(value))
                    for (const el of value)
                        check(el);
            }
        }
    }
    stack.delete(inst);
    return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
    if (answer !== ASSUMED)
        recursive.set(inst, answer === PROVEN);
    return answer;
}
/**
 * Whether one parse can re-enter this schema, i.e. its subtree contains a cycle.
 * Exported for `z.compile`, which refuses to compile such a schema: cycle
 * breaking is driven from here off state keyed on the parse context, and a
 * generated fast path has no context to key on.
 */
function isRecursiveSchema(inst) {
    // z.compile never parses, so nothing would ever resolve a lazy for it; it runs once and already treats a throw here as recursive
    return isRecursive(inst, new Set(), true) !== NONE;
}
function bucketFor(state, inst) {
    let bucket = state.buckets.get(inst);
    if (!bucket) {
        bucket = new WeakMap();
        state.buckets.set(inst, bucket);
    }
    return bucket;
}
// Set immediately before delegating to core and cleared immediately after, so `alloc` registers only for a visit this module is driving.
let handoff;
// Allocated but unfinished entries. `alloc` and the matching pop both happen in the synchronous part of a parse, so they nest even when children are async, and one stack serves every schema.
const memoizer_open = [];
const memo = {
    alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket)
            return empty;
        handoff = undefined;
        const entry = { value: empty, issues: null };
        bucket.set(payload.value, entry);
        memoizer_open.push(entry);
        return empty;
    },
    guard(inst) {
        var _a;
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                // The value is a placeholder a back-edge is still waiting on, so the cycle closes through this transform. Its output can't exist in time to bind.
                if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
                    throw new $ZodCyclicError();
                return base(payload, ctx);
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
    attach(inst) {
        var _a;
        let isRecursiveInst;
        let rechecked = false;
        // a recursive schema is re-entered many times per parse and its bucket never changes
        let lastCtx;
        let lastBucket;
        // Wraps `parse` in a deferred so it sees the container's final parse. Core's own deferred copies `parse` into `run` when there are no checks, and it ran first, so `run` is patched to match; with checks, `run` reads `parse` dynamically.
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                if (isRecursiveInst === undefined) {
                    const walked = isRecursive(inst, new Set(), false);
                    if (walked === NONE) {
                        // Nothing here can ever fire, so take it back out.
                        inst._zod.parse = base;
                        if (inst._zod.run === wrapped)
                            inst._zod.run = base;
                        return base(payload, ctx);
                    }
                    // this parse resolves the deferred edges on its own path, so ask once more before latching
                    if (walked === PROVEN || rechecked)
                        isRecursiveInst = true;
                    else
                        rechecked = true;
                }
                const input = payload.value;
                if (!isRef(input))
                    return base(payload, ctx);
                let state = ctx[STATE];
                if (!state) {
                    state = { buckets: new WeakMap(), backEdges: undefined };
                    ctx[STATE] = state;
                }
                let bucket;
                if (lastCtx === ctx) {
                    bucket = lastBucket;
                }
                else {
                    bucket = bucketFor(state, inst);
                    lastCtx = ctx;
                    lastBucket = bucket;
                }
                const hit = bucket.get(input);
                if (hit) {
                    payload.value = hit.value;
                    if (hit.issues) {
                        if (hit.issues.length)
                            payload.issues.push(...cloneIssues(hit.issues));
                    }
                    else {
                        // Still being parsed: its own checks cover it, so skip them here.
                        payload.memo = true;
                        state.backEdges ?? (state.backEdges = new WeakSet());
                        state.backEdges.add(hit.value);
                    }
                    return payload;
                }
                handoff = bucket;
                const depth = memoizer_open.length;
                const result = base(payload, ctx);
                handoff = undefined;
                // A container that rejected its input outright allocated nothing.
                const entry = memoizer_open.length > depth ? memoizer_open.pop() : undefined;
                // Both paths written out so the sync one allocates no closure. It runs once per node, and capturing here cost more than everything else combined.
                if (result instanceof Promise) {
                    return result.then((r) => {
                        if (entry)
                            entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
                        return r;
                    });
                }
                if (entry)
                    entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
                return result;
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
    return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
    const backEdges = ctx[STATE]?.backEdges;
    return backEdges !== undefined && isRef(value) && backEdges.has(value);
}

// EXTERNAL MODULE: ./node_modules/zod/v4/core/checks.js
var core_checks = __nccwpck_require__(4890);
;// CONCATENATED MODULE: ./node_modules/zod/v4/core/doc.js
class Doc {
    constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
    }
    // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
    indented(fn) {
        this.indent += 1;
        try {
            fn(this);
        }
        finally {
            this.indent -= 1;
        }
    }
    write(arg) {
        if (typeof arg === "function") {
            arg(this, { execution: "sync" });
            arg(this, { execution: "async" });
            return;
        }
        const content = arg;
        const lines = content.split("\n").filter((x) => x);
        const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
        const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) {
            this.content.push(line);
        }
    }
    compile() {
        const F = Function;
        const content = this?.content ?? [``];
        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`);
        return factory(...Object.values(this.closed));
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/core/regexes.js
var core_regexes = __nccwpck_require__(3908);
;// CONCATENATED MODULE: ./node_modules/zod/v4/core/versions.js
const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/schemas.js







const $ZodType = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = core_util/* aborted */.QH(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (core_util/* explicitlyAborted */.rL(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new core_core/* $ZodAsyncError */.GT();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        core_util/* attachSchema */.d3(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = core_util/* aborted */.QH(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    core_util/* attachSchema */.d3(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = core_util/* aborted */.QH(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (core_util/* aborted */.QH(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new core_core/* $ZodAsyncError */.GT();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new core_core/* $ZodAsyncError */.GT();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return core_util/* hide */.jD(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        core_util/* own */.qh(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}

const $ZodString = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? core_regexes/* anyString */.gp;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    core_checks/* $ZodCheckStringFormat */.ql.init(inst, def);
    $ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* guid */.Os);
    $ZodStringFormat.init(inst, def);
});
const $ZodUUID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodUUID", (inst, def) => {
    if (def.version) {
        const versionMap = {
            v1: 1,
            v2: 2,
            v3: 3,
            v4: 4,
            v5: 5,
            v6: 6,
            v7: 7,
            v8: 8,
        };
        const v = versionMap[def.version];
        if (v === undefined)
            throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = core_regexes/* uuid */.uR(v));
    }
    else
        def.pattern ?? (def.pattern = core_regexes/* uuid */.uR());
    $ZodStringFormat.init(inst, def);
});
const $ZodEmail = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* email */.Rp);
    $ZodStringFormat.init(inst, def);
});
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === core_regexes/* httpProtocol */.F.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        try {
            // Trim whitespace from input
            const trimmed = payload.value.trim();
            const url = validateURL(trimmed, def);
            if (url === URL_BAD_FORMAT) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid URL format",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === URL_UNPARSEABLE) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === true) {
                payload.value = stripTabAndNewline(trimmed);
                return;
            }
            if (def.hostname && !urlHostnameOk(url, def.hostname)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid hostname",
                    pattern: def.hostname.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            if (def.protocol && !urlProtocolOk(url, def.protocol)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: def.protocol.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            // Set the output value based on normalize flag
            payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
            return;
        }
        catch (_) {
            payload.issues.push({
                code: "invalid_format",
                format: "url",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodEmoji = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* emoji */.Zg());
    $ZodStringFormat.init(inst, def);
});
const $ZodNanoID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNanoID", (inst, def) => {
    if (def.length !== undefined && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === undefined ? core_regexes/* nanoid */.Ak : core_regexes/* nanoidOfLength */.D2(def.length));
    $ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* cuid */.gF);
    $ZodStringFormat.init(inst, def);
});
const $ZodCUID2 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* cuid2 */.Gl);
    $ZodStringFormat.init(inst, def);
});
const $ZodULID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* ulid */.Z0);
    $ZodStringFormat.init(inst, def);
});
const $ZodXID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* xid */.kM);
    $ZodStringFormat.init(inst, def);
});
const $ZodKSUID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* ksuid */.fO);
    $ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* datetime */.w$(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* date */.p6);
    $ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* time */.kB(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODuration = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* duration */.p0);
    $ZodStringFormat.init(inst, def);
});
const $ZodIPv4 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* ipv4 */.uX);
    $ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
        return false;
    return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodIPv6", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* ipv6 */.ug);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMAC", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.mac(def.delimiter));
    $ZodStringFormat.init(inst, def);
})));
const $ZodCIDRv4 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCIDRv4", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* cidrv4 */.zr);
    $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
        return false;
    const [address, prefix] = parts;
    if (!prefix)
        return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
        return false;
    if (prefixNum < 0 || prefixNum > 128)
        return false;
    return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCIDRv6", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* cidrv6 */.l7); // not used for validation
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
//////////////////////////////   ZodBase64   //////////////////////////////
function isValidBase64(data) {
    if (data === "")
        return true;
    // atob ignores whitespace, so reject it up front.
    if (/\s/.test(data))
        return false;
    if (data.length % 4 !== 0)
        return false;
    try {
        // @ts-ignore
        atob(data);
        return true;
    }
    catch {
        return false;
    }
}
// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
        return false;
    const base64 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
}
const $ZodBase64URL = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodE164 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* e164 */.hQ);
    $ZodStringFormat.init(inst, def);
});
//////////////////////////////   ZodCreditCard   //////////////////////////////
const CC_SANITIZE = /[- ]/g;
/** Luhn checksum on a digit-only string. Adapted from valibot (MIT). */
function isLuhnAlgo(digits) {
    let length = digits.length;
    let bit = 1;
    let sum = 0;
    while (length) {
        const value = digits.charCodeAt(--length) - 48;
        bit ^= 1;
        sum += bit ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][value] : value;
    }
    return sum % 10 === 0;
}
function isValidCreditCard(input) {
    if (!regexes.creditCard.test(input))
        return false;
    return isLuhnAlgo(input.replace(CC_SANITIZE, ""));
}
const $ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCreditCard", (inst, def) => {
    // Shape only — the Luhn check below is not expressible as a pattern, so consumers of `pattern` (JSON Schema, template literals) get the length and separator rules alone.
    def.pattern ?? (def.pattern = regexes.creditCard);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidCreditCard(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "credit_card",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodIBAN   //////////////////////////////
// iso 7064 mod 97-10 checksum without BigInt
function isIso7064Mod97(iban) {
    let remainder = 0;
    const len = iban.length;
    for (let i = 4; i < len; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    for (let i = 0; i < 4; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    return remainder === 1;
}
function isValidIBAN(input) {
    if (!regexes.iban.test(input))
        return false;
    return isIso7064Mod97(input);
}
const $ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIBAN", (inst, def) => {
    // shape only — checksum is not expressible as a pattern
    def.pattern ?? (def.pattern = regexes.iban);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidIBAN(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "iban",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodJWT   //////////////////////////////
function isValidJWT(token, algorithm = null) {
    try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3)
            return false;
        const [header] = tokensParts;
        if (!header)
            return false;
        // @ts-ignore
        const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
            return false;
        if (!parsedHeader.alg)
            return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
            return false;
        return true;
    }
    catch {
        return false;
    }
}
const $ZodJWT = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "jwt",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCustomStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (def.fn(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodNumber = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = core_regexes/* number */.ai;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNumberFormat", (inst, def) => {
    core_checks/* $ZodCheckNumberFormat */.KH.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = core_regexes/* boolean */.zM;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodBigInt = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodBigInt", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = core_regexes/* bigint */.o;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = BigInt(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "bigint")
            return payload;
        payload.issues.push({
            expected: "bigint",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBigIntFormat", (inst, def) => {
    checks.$ZodCheckBigIntFormat.init(inst, def);
    $ZodBigInt.init(inst, def); // no format checks
})));
const $ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSymbol", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "symbol")
            return payload;
        payload.issues.push({
            expected: "symbol",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodUndefined", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.undefined;
    inst._zod.values = new Set([undefined]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "undefined",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodNull = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNull", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = core_regexes/* null */.ch;
    inst._zod.values = new Set([null]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (input === null)
            return payload;
        payload.issues.push({
            expected: "null",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodAny", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
})));
const $ZodUnknown = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
            expected: "never",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodVoid", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "void",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodDate = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodDate", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) {
            try {
                payload.value = new Date(payload.value);
            }
            catch (_err) { }
        }
        const input = payload.value;
        const isDate = input instanceof Date;
        const isValidDate = isDate && !Number.isNaN(input.getTime());
        if (isValidDate)
            return payload;
        payload.issues.push({
            expected: "date",
            code: "invalid_type",
            input,
            ...(isDate ? { received: "Invalid Date" } : {}),
            inst,
        });
        return payload;
    };
});
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = core_util/* sizeCaps */.hi(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of core_util/* sizeCaps */.hi(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    core_util/* attachSchema */.d3(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
const mapSize = (input) => (input instanceof Map ? input.size : -1);
const setSize = (input) => (input instanceof Set ? input.size : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...core_util/* prefixIssues */.lQ(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && core_util/* aborted */.QH(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = core_util/* optionalKeys */.NM(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (core_util/* aborted */.QH(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = core_util/* cached */.PO(() => normalizeDef(def));
    core_util/* defineLazyInternal */.v5(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    core_util/* assignProp */.Vy(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject = core_util/* isObject */.Gv;
    const catchall = def.catchall;
    let value;
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (core_util/* aborted */.QH(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodObjectJIT", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = core_util/* cached */.PO(() => normalizeDef(def));
    const memo = core_core/* globalConfig */.cr.memoizer;
    const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
            ids[key] = `key_${counter++}`;
        }
        // A: preserve key order {
        doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
            if (key === "__proto__")
                continue;
            const id = ids[key];
            const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : core_util/* esc */.UQ(key);
            const isPresent = `${k} in input`;
            const schema = shape[key];
            const optin = schema?._zod?.optin;
            const isOptionalIn = optin !== undefined;
            const isOptionalOut = schema?._zod?.optout === "optional";
            doc.write(`const ${id} = ${parseStr(k)};`);
            if (isOptionalIn && isOptionalOut) {
                // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
                const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
                doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
            }
            else if (!isOptionalIn) {
                doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
            }
            else {
                doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
                if (optin === "defaulted") {
                    doc.write(`newResult[${k}] = ${id}.value;`);
                }
                else {
                    doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
                }
            }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
        return doc.compile();
    };
    let fastpass;
    const isObject = core_util/* isObject */.Gv;
    const jit = !core_core/* globalConfig */.cr.jitless;
    const allowsEval = core_util/* allowsEval */.hI;
    const fastEnabled = jit && allowsEval.value; // && !def.catchall;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
            // always synchronous
            if (!fastpass)
                fastpass = generateFastpass(def.shape);
            payload = fastpass(payload, ctx);
            if (!catchall)
                return payload;
            return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
    };
});
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !core_util/* aborted */.QH(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => core_util/* cleanRegex */.p6(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
});
function handleExclusiveUnionResults(results, final, inst, ctx) {
    const matches = [];
    for (let i = 0; i < results.length; i++) {
        if (results[i].issues.length === 0)
            matches.push(i);
    }
    if (matches.length === 1) {
        final.value = results[matches[0]].value;
        return final;
    }
    if (matches.length === 0) {
        // No matches - same as regular union
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: results.map((result) => result.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config()))),
        });
    }
    else {
        // Multiple matches - exclusive union failure
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: [],
            inclusive: false,
            matches,
        });
    }
    return final;
}
const $ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodXor", (inst, def) => {
    $ZodUnion.init(inst, def);
    def.inclusive = false;
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                results.push(result);
            }
        }
        if (!async)
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        });
    };
})));
/** Returns the option whose discriminator claims `value`, or throws if ambiguous. */
function getDiscriminatedOption(union, value) {
    const internals = union._zod;
    let map = internals.bag.optionsMap;
    if (!map) {
        map = discriminatorMap(internals.def);
        internals.bag.optionsMap = map;
    }
    const option = map.get(value);
    if (option === null)
        throw new Error(`Ambiguous discriminator value "${String(value)}"`);
    return option;
}
function discriminatorMap(def) {
    const map = new Map();
    for (const option of def.options) {
        const values = option._zod.propValues?.[def.discriminator];
        if (!values || values.size === 0)
            throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
        for (const value of values) {
            if (map.has(value)) {
                if (value !== undefined)
                    throw new Error(`Duplicate discriminator value "${String(value)}"`);
                // keep the collision marked so a later member cannot reclaim it
                map.set(value, null);
            }
            else {
                map.set(value, option);
            }
        }
    }
    return map;
}
const $ZodDiscriminatedUnion = 
/*@__PURE__*/
core_core/* $constructor */.xI("$ZodDiscriminatedUnion", (inst, def) => {
    def.inclusive = false;
    $ZodUnion.init(inst, def);
    const _super = inst._zod.parse;
    core_util/* defineLazyInternal */.v5(inst, "propValues", (zod) => {
        const propValues = {};
        let undefinedCount = 0;
        for (const option of zod.def.options) {
            const pv = option._zod.propValues;
            if (!pv || Object.keys(pv).length === 0)
                throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
            if (pv[zod.def.discriminator]?.has(undefined))
                undefinedCount++;
            for (const [k, v] of Object.entries(pv)) {
                if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
                    core_util/* assignProp */.Vy(propValues, k, new Set());
                }
                for (const val of v) {
                    propValues[k].add(val);
                }
            }
        }
        if (!zod.def.unionFallback && undefinedCount > 1)
            propValues[zod.def.discriminator]?.delete(undefined);
        return propValues;
    });
    // Checked now rather than in the lookup map below, so an option that lacks the discriminator fails at the `discriminatedUnion` call instead of on the first object parsed. Options whose shape cannot be enumerated without resolving it — pipes and lazies — are left to the map.
    def.options.forEach((option, i) => {
        const propShape = core_util/* rawShape */.MO(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
            throw new Error(`Invalid discriminated union option at index "${i}"`);
        }
    });
    const disc = core_util/* cached */.PO(() => discriminatorMap(def));
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!core_util/* isObject */.Gv(input)) {
            payload.issues.push({
                code: "invalid_type",
                expected: "object",
                input,
                inst,
            });
            return payload;
        }
        const value = input?.[def.discriminator];
        const opt = disc.value.get(value);
        // forward metadata cannot choose an encoder for an absent tag
        if (opt && (value !== undefined || ctx.direction !== "backward")) {
            return opt._zod.run(payload, ctx);
        }
        // Fall back to union matching when the fast discriminator path fails:
        // - explicitly enabled via unionFallback, or
        // - during backward direction (encode), since codec-based discriminators have different values in forward vs backward directions
        if (def.unionFallback || ctx.direction === "backward") {
            return _super(payload, ctx);
        }
        // no matching discriminator
        payload.issues.push({
            code: "invalid_union",
            errors: [],
            note: "No matching discriminator",
            discriminator: def.discriminator,
            options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
            input,
            path: [def.discriminator],
            inst,
        });
        return payload;
    };
});
const $ZodIntersection = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
            return Promise.all([left, right]).then(([left, right]) => {
                return handleIntersectionResults(payload, left, right);
            });
        }
        return handleIntersectionResults(payload, left, right);
    };
});
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (core_util/* isPlainObject */.Qd(a) && core_util/* isPlainObject */.Qd(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
    // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
    const unrecKeys = new Map();
    let unrecIssue;
    const keyIssues = new Map();
    const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
            unrecIssue ?? (unrecIssue = iss);
            keys = iss.keys;
        }
        else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
            const k = String(iss.path[0]);
            if (!keyIssues.has(k))
                keyIssues.set(k, iss);
            keys = [k];
        }
        else {
            return false;
        }
        for (const k of keys) {
            if (!unrecKeys.has(k))
                unrecKeys.set(k, {});
            unrecKeys.get(k)[side] = true;
        }
        return true;
    };
    for (const iss of left.issues) {
        if (!collect(iss, "l"))
            result.issues.push(iss);
    }
    for (const iss of right.issues) {
        if (!collect(iss, "r"))
            result.issues.push(iss);
    }
    // Report only keys rejected by BOTH sides
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length)
            result.issues.push({ ...unrecIssue, keys: aggregated });
        for (const k of bothKeys) {
            if (!aggregated.includes(k) && keyIssues.has(k))
                result.issues.push(keyIssues.get(k));
        }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
        if (core_util/* aborted */.QH(result))
            return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
}
const $ZodTuple = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodTuple", (inst, def) => {
    $ZodType.init(inst, def);
    const items = def.items;
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                input,
                inst,
                expected: "tuple",
                code: "invalid_type",
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
        const proms = [];
        const optinStart = getTupleOptStart(items, "optin");
        const optoutStart = getTupleOptStart(items, "optout");
        if (!def.rest) {
            if (input.length < optinStart) {
                payload.issues.push({
                    code: "too_small",
                    minimum: optinStart,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
                return payload;
            }
            if (input.length > items.length) {
                payload.issues.push({
                    code: "too_big",
                    maximum: items.length,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
            }
        }
        // Run every item in parallel, collecting results into an indexed array. The post-processing in `handleTupleResults` walks them in order so it can decide whether an absent optional-output error can truncate the tail or must be reported to preserve required output.
        const itemResults = new Array(items.length);
        // only tracked when there is a rest loop to skip
        const abortEarly = def.rest ? ctx?.abortEarly : undefined;
        let itemAborted = false;
        for (let i = 0; i < items.length; i++) {
            const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((rr) => {
                    itemResults[i] = rr;
                }));
            }
            else {
                itemResults[i] = r;
                if (abortEarly && !itemAborted && r.issues.length)
                    itemAborted = core_util/* aborted */.QH(r);
            }
        }
        // sound because rest is non-empty exactly when every fixed index is present, the one case handleTupleResults cannot discard an item's issues
        if (def.rest && !itemAborted) {
            let i = items.length - 1;
            const rest = input.slice(items.length);
            let seen = payload.issues.length;
            for (const el of rest) {
                if (abortEarly && payload.issues.length !== seen) {
                    if (core_util/* aborted */.QH(payload, seen))
                        break;
                    seen = payload.issues.length;
                }
                i++;
                const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((r) => handleTupleResult(r, payload, i)));
                }
                else {
                    handleTupleResult(result, payload, i);
                }
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
        }
        return handleTupleResults(itemResults, payload, items, input, optoutStart);
    };
});
function getTupleOptStart(items, key) {
    for (let i = items.length - 1; i >= 0; i--) {
        // optin is a three-rung ladder so any rung above `undefined` permits an absent slot; optout stays two-valued.
        const omittable = key === "optin" ? items[i]._zod.optin !== undefined : items[i]._zod.optout === "optional";
        if (!omittable)
            return i + 1;
    }
    return 0;
}
function handleTupleResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...core_util/* prefixIssues */.lQ(index, result.issues));
    }
    final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
    // Walk results in order. Mirror $ZodObject's swallow-on-absent-optional rule, but only after `optoutStart`: the first index where the output tuple tail can be absent.
    for (let i = 0; i < items.length; i++) {
        const r = itemResults[i];
        const isPresent = i < input.length;
        // The array analog of `handlePropertyResult`'s absent-key early return: the middle rung permits absence without supplying anything in its place, so the tail truncates here instead of materializing whatever the item made of `undefined`.
        if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
            final.value.length = i;
            break;
        }
        if (r.issues.length) {
            if (!isPresent && i >= optoutStart) {
                final.value.length = i;
                break;
            }
            final.issues.push(...core_util/* prefixIssues */.lQ(i, r.issues));
        }
        final.value[i] = r.value;
    }
    // Drop trailing slots that produced `undefined` for absent input
    // (the array analog of an absent optional key on an object). The
    // `i >= input.length` floor is critical: an explicit `undefined`
    // *inside* the input must be preserved even when the schema is
    // optional-out (e.g. `z.string().or(z.undefined())` accepting an
    // explicit undefined value).
    for (let i = final.value.length - 1; i >= input.length; i--) {
        if (items[i]._zod.optout === "optional" && final.value[i] === undefined) {
            final.value.length = i;
        }
        else {
            break;
        }
    }
    return final;
}
const $ZodRecord = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!core_util/* isPlainObject */.Qd(input)) {
            payload.issues.push({
                expected: "record",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            const recordKeys = new Set();
            for (const key of values) {
                if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
                    recordKeys.add(typeof key === "number" ? key.toString() : key);
                    // A declared __proto__ is stripped but is not an unrecognized key.
                    if (key === "__proto__")
                        continue;
                    const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                    if (keyResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (keyResult.issues.length) {
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())),
                            input: key,
                            path: [key],
                            inst,
                        });
                        continue;
                    }
                    const outKey = keyResult.value;
                    if (outKey === "__proto__")
                        continue;
                    const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                    if (result instanceof Promise) {
                        proms.push(result.then((result) => {
                            if (result.issues.length) {
                                payload.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
                            }
                            payload.value[outKey] = result.value;
                        }));
                    }
                    else {
                        if (result.issues.length) {
                            payload.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }
                }
            }
            let unrecognized;
            for (const key in input) {
                if (!recordKeys.has(key)) {
                    if (def.mode === "loose") {
                        // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
                        if (key === "__proto__")
                            continue;
                        payload.value[key] = input[key];
                    }
                    else {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        else {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
            let unrecognized;
            // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
            for (const key of Reflect.ownKeys(input)) {
                if (key === "__proto__")
                    continue;
                if (!Object.prototype.propertyIsEnumerable.call(input, key))
                    continue;
                let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                if (keyResult instanceof Promise) {
                    throw new Error("Async schemas not supported in object keys currently");
                }
                // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                const checkNumericKey = typeof key === "string" && core_regexes/* number */.ai.test(key) && keyResult.issues.length;
                if (checkNumericKey) {
                    const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
                    if (retryResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (retryResult.issues.length === 0) {
                        keyResult = retryResult;
                    }
                }
                if (keyResult.issues.length) {
                    if (def.mode === "loose") {
                        // Pass through unchanged
                        payload.value[key] = input[key];
                    }
                    else if (values) {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                    else {
                        // Default "strict" behavior: error on invalid key
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())),
                            input: key,
                            path: [key],
                            inst,
                        });
                    }
                    continue;
                }
                // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                const outKey = keyResult.value;
                if (outKey === "__proto__")
                    continue;
                const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((result) => {
                        if (result.issues.length) {
                            payload.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }));
                }
                else {
                    if (result.issues.length) {
                        payload.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
                    }
                    payload.value[outKey] = result.value;
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload;
    };
});
const $ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMap", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Map)) {
            payload.issues.push({
                expected: "map",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Map(), ctx) : new Map();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const [key, value] of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            const valueResult = def.valueType._zod.run({ value: value, issues: [] }, ctx);
            if (keyResult instanceof Promise || valueResult instanceof Promise) {
                proms.push(Promise.all([keyResult, valueResult]).then(([keyResult, valueResult]) => {
                    handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
                }));
            }
            else {
                handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
            }
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, mapSize);
})));
function handleMapResult(keyResult, valueResult, final, key, input, inst, ctx) {
    if (keyResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, keyResult.issues));
        }
        else {
            final.issues.push({
                code: "invalid_key",
                origin: "map",
                input,
                inst,
                issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    if (valueResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, valueResult.issues));
        }
        else {
            final.issues.push({
                origin: "map",
                code: "invalid_element",
                input,
                inst,
                key: key,
                issues: valueResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    final.value.set(keyResult.value, valueResult.value);
}
const $ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSet", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Set)) {
            payload.issues.push({
                input,
                inst,
                expected: "set",
                code: "invalid_type",
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Set(), ctx) : new Set();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const item of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const result = def.valueType._zod.run({ value: item, issues: [] }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleSetResult(result, payload)));
            }
            else
                handleSetResult(result, payload);
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, setSize);
})));
function handleSetResult(result, final) {
    if (result.issues.length) {
        final.issues.push(...result.issues);
    }
    final.value.add(result.value);
}
const $ZodEnum = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = core_util/* getEnumValues */.w5(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const patternValues = core_util/* getEnumValues */.w5(zod.def.entries).filter((k) => core_util/* propertyKeyTypes */.qQ.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => core_util/* escapeRegex */.sD(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? core_util/* escapeRegex */.sD(o) : o ? core_util/* escapeRegex */.sD(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFile", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        // @ts-ignore
        if (input instanceof File)
            return payload;
        payload.issues.push({
            expected: "file",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodTransform = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    core_core/* globalConfig */.cr.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core_core/* $ZodEncodeError */.cV(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
            const output = _out instanceof Promise ? _out : Promise.resolve(_out);
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        if (_out instanceof Promise) {
            throw new core_core/* $ZodAsyncError */.GT();
        }
        payload.value = _out;
        return payload;
    };
});
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${core_util/* cleanRegex */.p6(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodExactOptional", (inst, def) => {
    // Call parent init - inherits optin/optout = "optional"
    $ZodOptional.init(inst, def);
    // Override values/pattern to NOT add undefined
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    // Override parse to just delegate (no undefined handling)
    inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNullable = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${core_util/* cleanRegex */.p6(pattern.source)}|null)$`) : undefined;
    });
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null)
            return payload;
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodDefault = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
    inst._zod.optin = "defaulted";
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply defaults for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
            /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
            return payload;
        }
        // Forward direction: continue with default handling
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleDefaultResult(result, def));
        }
        return handleDefaultResult(result, def);
    };
});
function handleDefaultResult(payload, def) {
    if (payload.value === undefined) {
        payload.value = def.defaultValue;
    }
    return payload;
}
const $ZodPrefault = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply prefault for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNonOptional = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== undefined)) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleNonOptionalResult(result, inst));
        }
        return handleNonOptionalResult(result, inst);
    };
});
function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === undefined) {
        payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: payload.value,
            inst,
        });
    }
    return payload;
}
const $ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSuccess", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core.$ZodEncodeError("ZodSuccess");
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => {
                payload.value = result.issues.length === 0;
                return payload;
            });
        }
        payload.value = result.issues.length === 0;
        return payload;
    };
})));
function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
        if (result.memo)
            payload.memo = true;
        return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
    payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
            issues: result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())),
        },
        input: payload.value,
    });
    return payload;
}
const $ZodCatch = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply catch logic
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleCatchResult(payload, result, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
    };
});
const $ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNaN", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "number" || !Number.isNaN(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "nan",
                code: "invalid_type",
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodPipe = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.in._zod.values);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.in._zod.optin);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.out._zod.optout);
    core_util/* defineLazyInternal */.v5(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handlePipeResult(right, def.in, ctx));
            }
            return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
            return left.then((left) => handlePipeResult(left, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
    };
});
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCodec", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        const direction = ctx.direction || "forward";
        if (direction === "forward") {
            const left = def.in._zod.run(payload, ctx);
            if (left instanceof Promise) {
                return left.then((left) => handleCodecAResult(left, def, ctx));
            }
            return handleCodecAResult(left, def, ctx);
        }
        else {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handleCodecAResult(right, def, ctx));
            }
            return handleCodecAResult(right, def, ctx);
        }
    };
})));
function handleCodecAResult(result, def, ctx) {
    if (result.issues.length) {
        // prevent further checks
        result.aborted = true;
        return result;
    }
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
        const transformed = def.transform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
        }
        return handleCodecTxResult(result, transformed, def.out, ctx);
    }
    else {
        const transformed = def.reverseTransform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
        }
        return handleCodecTxResult(result, transformed, def.in, ctx);
    }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
    // Check if transform added any issues
    if (left.issues.length) {
        left.aborted = true;
        return left;
    }
    return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
const $ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPreprocess", (inst, def) => {
    $ZodPipe.init(inst, def);
})));
const $ZodReadonly = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
    };
});
function handleReadonlyResult(payload) {
    // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
    if (!payload.memo)
        payload.value = Object.freeze(payload.value);
    return payload;
}
// a leaf's pattern source with its own checks folded in: the last pattern-carrying check wins, else length bounds narrow the catch-all, else an integer format narrows the number form. the fold lives here instead of on `_zod.pattern` so a bundle without template literals never pays for it
function leafPattern(schema) {
    const def = schema._zod.def;
    let pattern = def.pattern;
    let isInt = !!def.format?.includes("int");
    let minimum;
    let maximum;
    for (const ch of def.checks ?? []) {
        const d = ch._zod.def;
        if (d.pattern)
            pattern = d.pattern;
        isInt || (isInt = !!d.format?.includes("int"));
        const lo = d.minimum ?? d.length;
        const hi = d.maximum ?? d.length;
        if (lo !== undefined && (minimum === undefined || lo > minimum))
            minimum = lo;
        if (hi !== undefined && (maximum === undefined || hi < maximum))
            maximum = hi;
    }
    if (pattern)
        return pattern.source;
    // an empty range matches nothing at runtime, and `{8,5}` is not a legal quantifier
    if (minimum !== undefined && maximum !== undefined && minimum > maximum)
        return "(?!)";
    if (minimum !== undefined || maximum !== undefined)
        return regexes.string({ minimum, maximum }).source;
    const own = schema._zod.pattern;
    return (isInt && own === regexes.number ? regexes.integer : own)?.source;
}
// a part's pattern source. a wrapper's pattern embeds its inner pattern's source verbatim, so the folded form is substituted in place without knowing the wrapper's own composition; a union's options are joined the way the union builds its own pattern
function partPattern(schema) {
    const def = schema._zod.def;
    const own = schema._zod.pattern?.source;
    // lazy resolves its inner on the internals, not the def
    const inner = def.innerType ?? schema._zod.innerType;
    if (inner) {
        const before = inner._zod.pattern?.source;
        const after = partPattern(inner);
        if (own && before && after && after !== before) {
            return own.replace(util.cleanRegex(before), () => util.cleanRegex(after));
        }
        return own;
    }
    if (def.options) {
        const sources = def.options.map(partPattern);
        if (sources.every(Boolean))
            return `^(${sources.map((s) => util.cleanRegex(s)).join("|")})$`;
    }
    return leafPattern(schema);
}
const $ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodTemplateLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const regexParts = [];
    for (const part of def.parts) {
        if (typeof part === "object" && part !== null) {
            // is Zod schema
            const source = partPattern(part);
            if (!source) {
                throw new Error(`Invalid template literal part, no pattern found: ${[...part._zod.traits].shift()}`);
            }
            regexParts.push(util.cleanRegex(source));
        }
        else if (part === null || util.primitiveTypes.has(typeof part)) {
            regexParts.push(util.escapeRegex(`${part}`));
        }
        else {
            throw new Error(`Invalid template literal part: ${part}`);
        }
    }
    inst._zod.pattern = new RegExp(`^${regexParts.join("")}$`);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "string") {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "string",
                code: "invalid_type",
            });
            return payload;
        }
        inst._zod.pattern.lastIndex = 0;
        if (!inst._zod.pattern.test(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                code: "invalid_format",
                format: def.format ?? "template_literal",
                pattern: inst._zod.pattern.source,
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFunction", (inst, def) => {
    $ZodType.init(inst, def);
    // Defined, not assigned: the classic prototype exposes `_def` as a getter with no setter.
    Object.defineProperty(inst, "_def", { value: def });
    inst._zod.def = def;
    inst.implement = (func) => {
        if (typeof func !== "function") {
            throw new Error("implement() must be called with a function");
        }
        // Defined inline so the closure stays anonymous: binding it to a `const` first names it, which costs 256 bytes per implemented function.
        return Object.defineProperty(function (...args) {
            const parsedArgs = inst._def.input ? parse(inst._def.input, args) : args;
            const result = Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return parse(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst.implementAsync = (func) => {
        if (typeof func !== "function") {
            throw new Error("implementAsync() must be called with a function");
        }
        return Object.defineProperty(async function (...args) {
            const parsedArgs = inst._def.input ? await parseAsync(inst._def.input, args) : args;
            const result = await Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return await parseAsync(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "function") {
            payload.issues.push({
                code: "invalid_type",
                expected: "function",
                input: payload.value,
                inst,
            });
            return payload;
        }
        // Check if output is a promise type to determine if we should use async implementation
        const hasPromiseOutput = inst._def.output && inst._def.output._zod.def.type === "promise";
        if (hasPromiseOutput) {
            payload.value = inst.implementAsync(payload.value);
        }
        else {
            payload.value = inst.implement(payload.value);
        }
        return payload;
    };
    inst.input = (...args) => {
        const F = inst.constructor;
        if (Array.isArray(args[0])) {
            return new F({
                type: "function",
                input: new $ZodTuple({
                    type: "tuple",
                    items: args[0],
                    rest: args[1],
                }),
                output: inst._def.output,
            });
        }
        return new F({
            type: "function",
            input: args[0],
            output: inst._def.output,
        });
    };
    inst.output = (output) => {
        const F = inst.constructor;
        return new F({
            type: "function",
            input: inst._def.input,
            output,
        });
    };
    return inst;
})));
const $ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPromise", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        return Promise.resolve(payload.value).then((inner) => def.innerType._zod.run({ value: inner, issues: [] }, ctx));
    };
})));
const $ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodLazy", (inst, def) => {
    $ZodType.init(inst, def);
    // Cache the resolved inner type on the shared `def` so all clones of this lazy (e.g. via `.describe()`/`.meta()`) share the same inner instance, preserving identity for cycle detection on recursive schemas.
    util.defineLazy(inst._zod, "innerType", () => {
        const d = def;
        if (!d._cachedInner)
            d._cachedInner = def.getter();
        return d._cachedInner;
    });
    util.defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
    util.defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? undefined);
    util.defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? undefined);
    inst._zod.parse = (payload, ctx) => {
        const inner = inst._zod.innerType;
        return inner._zod.run(payload, ctx);
    };
})));
const $ZodCustom = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCustom", (inst, def) => {
    core_checks/* $ZodCheck */.QP.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
});
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(core_util/* issue */.sn(_iss));
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/core/registries.js
var registries = __nccwpck_require__(9396);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __nccwpck_require__(3759);
;// CONCATENATED MODULE: ./node_modules/zod/v4/core/to-json-schema.js


function assignProps(target, ...sources) {
    for (const source of sources) {
        for (const key of Reflect.ownKeys(source)) {
            if (Object.prototype.propertyIsEnumerable.call(source, key)) {
                (0,core_util/* assignProp */.Vy)(target, key, source[key]);
            }
        }
    }
    return target;
}
// function initializeContext<T extends schemas.$ZodType>(inputs: JSONSchemaGeneratorParams<T>): ToJSONSchemaContext<T> {
//   return {
//     processor: inputs.processor,
//     metadataRegistry: inputs.metadata ?? globalRegistry,
//     target: inputs.target ?? "draft-2020-12",
//     unrepresentable: inputs.unrepresentable ?? "throw",
//   };
// }
function to_json_schema_initializeContext(params) {
    // Normalize target: convert old non-hyphenated versions to hyphenated versions
    let target = params?.target ?? "draft-2020-12";
    if (target === "draft-4")
        target = "draft-04";
    if (target === "draft-7")
        target = "draft-07";
    return {
        processors: params.processors ?? {},
        metadataRegistry: params?.metadata ?? registries/* globalRegistry */.fd,
        target,
        unrepresentable: params?.unrepresentable ?? "throw",
        override: params?.override ?? (() => { }),
        io: params?.io ?? "output",
        counter: 0,
        seen: new Map(),
        sharedDefsExtractedFor: undefined,
        sharedEmitDoneFor: undefined,
        cycles: params?.cycles ?? "ref",
        reused: params?.reused ?? "inline",
        intersections: [],
        deferred: [],
        external: params?.external ?? undefined,
    };
}
/**
 * Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
 * `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
 * custom JSON Schema was written into `json`, in which case the caller must not write its own.
 */
function handleUnrepresentable(schema, ctx, json, params, message) {
    const result = typeof ctx.unrepresentable === "function"
        ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message })
        : ctx.unrepresentable;
    if (result === "any")
        return false;
    if (result === undefined || result === "throw")
        throw new Error(message);
    Object.assign(json, result);
    return true;
}
// never rename this back to `process`: bundler polyfills inject a top-level `const process` that a lexical declaration of the same name collides with (#6397)
function to_json_schema_processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
    var _a;
    const def = schema._zod.def;
    // check for schema in seens
    const seen = ctx.seen.get(schema);
    if (seen) {
        seen.count++;
        // check if cycle
        const isCycle = _params.schemaPath.includes(schema);
        if (isCycle) {
            seen.cycle = _params.path;
        }
        return seen.schema;
    }
    // initialize
    const result = { schema: {}, count: 1, cycle: undefined, path: _params.path };
    ctx.seen.set(schema, result);
    ctx.sharedDefsExtractedFor = undefined;
    ctx.sharedEmitDoneFor = undefined;
    // custom method overrides default behavior
    const overrideSchema = schema._zod.toJSONSchema?.();
    if (overrideSchema) {
        result.schema = overrideSchema;
    }
    else {
        const params = {
            ..._params,
            schemaPath: [..._params.schemaPath, schema],
            path: _params.path,
        };
        if (schema._zod.processJSONSchema) {
            schema._zod.processJSONSchema(ctx, result.schema, params);
        }
        else {
            const _json = result.schema;
            const processor = ctx.processors[def.type];
            if (!processor) {
                throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
            }
            processor(schema, ctx, _json, params);
        }
        const parent = schema._zod.parent;
        if (parent) {
            // Also set ref if processor didn't (for inheritance)
            if (!result.ref)
                result.ref = parent;
            to_json_schema_processSchema(parent, ctx, params);
            ctx.seen.get(parent).isParent = true;
        }
    }
    // metadata
    const meta = ctx.metadataRegistry.get(schema);
    if (meta)
        assignProps(result.schema, meta);
    if (ctx.io === "input" && isTransforming(schema)) {
        // examples/defaults only apply to output type of pipe
        delete result.schema.examples;
        delete result.schema.default;
    }
    // set prefault as default
    if (ctx.io === "input" && "_prefault" in result.schema)
        (_a = result.schema).default ?? (_a.default = result.schema._prefault);
    delete result.schema._prefault;
    // pulling fresh from ctx.seen in case it was overwritten
    const _result = ctx.seen.get(schema);
    return _result.schema;
}
/** @deprecated Renamed to `processSchema`. An export alias declares no binding, so it is safe to keep. */

// Escape a reference token for use in a JSON Pointer fragment (RFC 6901): `~` becomes `~0` and `/` becomes `~1`. The `~` replacement must run first.
function encodeJSONPointerSegment(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function to_json_schema_extractDefs(ctx, schema
// params: EmitParams
) {
    // iterate over seen map;
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // With `external` set, every registered schema resolves through the external branch of `makeURI`, so the root branch below produces the same ref the external branch would — this pass is identical whichever schema it is called with, and only needs to run once.
    if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
        return;
    // Track ids to detect duplicates across different schemas
    const idToSchema = new Map();
    for (const entry of ctx.seen.entries()) {
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            const existing = idToSchema.get(id);
            if (existing && existing !== entry[0]) {
                throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
            }
            idToSchema.set(id, entry[0]);
        }
    }
    // returns a ref to the schema defId will be empty if the ref points to an external schema (or #)
    const makeURI = (entry) => {
        // comparing the seen objects because sometimes multiple schemas map to the same seen object. e.g. lazy
        // external is configured
        const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
        if (ctx.external) {
            const externalId = ctx.external.registry.get(entry[0])?.id; // ?? "__shared";// `__schema${ctx.counter++}`;
            // check if schema is in the external registry
            const uriGenerator = ctx.external.uri ?? ((id) => id);
            if (externalId) {
                return { ref: uriGenerator(externalId) };
            }
            // otherwise, add to __shared
            const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
            entry[1].defId = id; // set defId so it will be reused if needed
            return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
        }
        const uriPrefix = `#`;
        const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
        // an id-less root has nowhere to be extracted to, so it stays inline and self-references as `#`
        if (entry[1] === root && !entry[1].schema.id) {
            return { ref: uriPrefix };
        }
        // self-contained schema
        const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
        return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
    };
    // stored cached version in `def` property remove all properties, set $ref
    const extractToDef = (entry) => {
        // if the schema is already a reference, do not extract it
        if (entry[1].schema.$ref) {
            return;
        }
        const seen = entry[1];
        const { ref, defId } = makeURI(entry);
        seen.def = { ...seen.schema };
        // defId won't be set if the schema is a reference to an external schema or if the schema is the root schema
        if (defId)
            seen.defId = defId;
        // wipe away all properties except $ref
        const schema = seen.schema;
        for (const key in schema) {
            delete schema[key];
        }
        schema.$ref = ref;
    };
    // throw on cycles
    // break cycles
    if (ctx.cycles === "throw") {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.cycle) {
                throw new Error("Cycle detected: " +
                    `#/${seen.cycle?.join("/")}/<root>` +
                    '\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.');
            }
        }
    }
    // extract schemas into $defs
    for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        // convert root schema to # $ref
        if (schema === entry[0]) {
            extractToDef(entry); // this has special handling for the root schema
            continue;
        }
        // extract schemas that are in the external registry
        if (ctx.external) {
            const ext = ctx.external.registry.get(entry[0])?.id;
            if (schema !== entry[0] && ext) {
                extractToDef(entry);
                continue;
            }
        }
        // extract schemas with `id` meta
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            extractToDef(entry);
            continue;
        }
        // break cycles
        if (seen.cycle) {
            // any
            extractToDef(entry);
            continue;
        }
        // extract reused schemas
        if (seen.count > 1) {
            if (ctx.reused === "ref") {
                extractToDef(entry);
            }
        }
    }
    if (ctx.external)
        ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
    const options = schema.anyOf;
    if (!Array.isArray(options) || options.length === 0 || schema.type !== undefined)
        return;
    const types = [];
    for (const option of options) {
        if (!option || typeof option !== "object")
            return;
        // A branch that is itself a compactible union folds into this one — nested `anyOf` and a flat `type` array say the same thing. Compacting it first also makes the result independent of the order this pass walks the seen map in.
        compactTypeUnion(option);
        const keys = Object.keys(option);
        if (keys.length !== 1 || keys[0] !== "type")
            return;
        const type = option.type;
        for (const member of Array.isArray(type) ? type : [type]) {
            if (typeof member !== "string")
                return;
            if (!types.includes(member))
                types.push(member);
        }
    }
    delete schema.anyOf;
    // A `type` array must be non-empty and unique (metaschema); a single member is spelled as a bare string.
    schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
 * an annotation like `description` — makes a member unfoldable, so a constraint this does not
 * understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = new Set(["type", "properties", "required", "additionalProperties"]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
    const extra = member.additionalProperties;
    if (extra === undefined || extra === false || typeof extra !== "object" || extra === null)
        return null;
    return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
    const objects = [];
    for (const member of members) {
        // A boolean subschema is legal JSON Schema and carries no keywords to fold.
        if (typeof member !== "object" || member.type !== "object")
            return null;
        for (const key in member) {
            if (!FOLDABLE_KEYS.has(key))
                return null;
        }
        objects.push(member);
    }
    const properties = {};
    const required = new Set();
    for (const object of objects) {
        for (const key in object.properties) {
            // `in` would report a `__proto__` key as already present via the prototype chain and skip it.
            if (Object.prototype.hasOwnProperty.call(properties, key))
                continue;
            // Every member constrains this key: the ones that declare it say how, and a `catchall` member constrains it too even though it does not name it. The key has to satisfy all of them, which is the same intersection one level down.
            const parts = [];
            for (const other of objects) {
                const part = other.properties?.[key] ?? undeclaredConstraint(other);
                if (part === null || part === undefined)
                    continue;
                if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
                    parts.push(part);
            }
            const merged = parts.length === 1
                ? parts[0]
                : (foldObjects(parts) ?? { allOf: parts });
            (0,core_util/* assignProp */.Vy)(properties, key, merged);
        }
        for (const key of object.required ?? [])
            required.add(key);
    }
    const folded = { type: "object", properties };
    if (required.size)
        folded.required = [...required];
    // A key no member declares is rejected only when every member rejects it, so the fold is closed only when every member is. Otherwise it carries whatever the `catchall` members demand of such a key.
    if (objects.every((object) => object.additionalProperties === false)) {
        folded.additionalProperties = false;
    }
    else {
        const constraints = [];
        for (const object of objects) {
            const constraint = undeclaredConstraint(object);
            if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
                constraints.push(constraint);
        }
        if (constraints.length === 1)
            folded.additionalProperties = constraints[0];
        else if (constraints.length > 1)
            folded.additionalProperties = { allOf: constraints };
    }
    return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
 * closed object members reject each other's keys and the schema validates nothing. Zod's parser
 * pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
 * *every* side rejects it — so the emitted schema has to pool them too, and folding the members
 * into one object is the encoding that says so on every target.
 *
 * This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
 * machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
 * keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
    const allOf = json.allOf;
    if (!Array.isArray(allOf) || allOf.length < 2)
        return;
    // An `override` runs before this pass and may have written object keywords onto the intersection itself. Those are deliberate, so decline rather than overwrite them.
    for (const key of FOLDABLE_KEYS)
        if (key in json)
            return;
    // An intersection distributes over a union: `A & (X | Y)` is `(A & X) | (A & Y)`. Only the first union is distributed over; a second one stays among the members every branch folds against, where it fails the object check and declines the whole intersection rather than multiplying out.
    const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
    let folded = null;
    if (!unions.length) {
        folded = foldObjects(allOf);
    }
    else {
        const union = unions[0];
        const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
        if (Object.keys(union).length !== 1)
            return;
        const rest = allOf.filter((m) => m !== union);
        const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
        if (branches.some((b) => !b))
            return;
        folded = { [keyword]: branches };
    }
    if (!folded)
        return;
    delete json.allOf;
    assignProps(json, folded);
}
function to_json_schema_finalize(ctx, schema) {
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // flatten refs - inherit properties from parent schemas
    const flattenRef = (zodSchema) => {
        const seen = ctx.seen.get(zodSchema);
        // already processed
        if (seen.ref === null)
            return;
        const schema = seen.def ?? seen.schema;
        const _cached = { ...schema };
        const ref = seen.ref;
        seen.ref = null; // prevent infinite recursion
        if (ref) {
            flattenRef(ref);
            const refSeen = ctx.seen.get(ref);
            const refSchema = refSeen.schema;
            // merge referenced schema into current
            if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
                // older drafts can't combine $ref with other properties
                schema.allOf = schema.allOf ?? [];
                schema.allOf.push(refSchema);
            }
            else {
                assignProps(schema, refSchema);
            }
            // restore child's own properties (child wins)
            assignProps(schema, _cached);
            const isParentRef = zodSchema._zod.parent === ref;
            // For parent chain, child is a refinement - remove parent-only properties
            if (isParentRef) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (!(key in _cached)) {
                        delete schema[key];
                    }
                }
            }
            // When ref was extracted to $defs, remove properties that match the definition
            if (refSchema.$ref && refSeen.def) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) {
                        delete schema[key];
                    }
                }
            }
        }
        // If parent was extracted (has $ref), propagate $ref to this schema. This handles cases like: readonly().meta({id}).describe() where processor sets ref to innerType but parent should be referenced
        const parent = zodSchema._zod.parent;
        if (parent && parent !== ref) {
            // Ensure parent is processed first so its def has inherited properties
            flattenRef(parent);
            const parentSeen = ctx.seen.get(parent);
            if (parentSeen?.schema.$ref) {
                schema.$ref = parentSeen.schema.$ref;
                // De-duplicate with parent's definition
                if (parentSeen.def) {
                    for (const key in schema) {
                        if (key === "$ref" || key === "allOf")
                            continue;
                        if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) {
                            delete schema[key];
                        }
                    }
                }
            }
        }
        // execute overrides
        ctx.override({
            zodSchema: zodSchema,
            jsonSchema: schema,
            path: seen.path ?? [],
        });
    };
    // Flattening walks the whole map and clears each `ref` as it goes, so a second call over the same map is a no-op scan. Skip it outright once it has run for a registry conversion.
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of [...ctx.seen.entries()].reverse()) {
            flattenRef(entry[0]);
        }
        if (ctx.target !== "openapi-3.0") {
            for (const entry of ctx.seen.entries()) {
                compactTypeUnion(entry[1].def ?? entry[1].schema);
            }
        }
        for (const rewrite of ctx.deferred)
            rewrite();
        // After flattening, every member that was extracted is a `$ref`, so the fold sees the final shape. A schema that inherits an intersection — through `z.lazy`, or any `ref` chain — holds the same `allOf` array, so fold by array identity to catch every copy.
        if (ctx.intersections.length) {
            const carriers = new Map();
            for (const seen of ctx.seen.values()) {
                for (const json of [seen.schema, seen.def]) {
                    const allOf = json?.allOf;
                    if (!Array.isArray(allOf))
                        continue;
                    const existing = carriers.get(allOf);
                    if (existing)
                        existing.push(json);
                    else
                        carriers.set(allOf, [json]);
                }
            }
            for (const allOf of ctx.intersections) {
                for (const json of carriers.get(allOf) ?? [])
                    foldIntersection(json);
            }
        }
    }
    const result = {};
    if (ctx.target === "draft-2020-12") {
        result.$schema = "https://json-schema.org/draft/2020-12/schema";
    }
    else if (ctx.target === "draft-07") {
        result.$schema = "http://json-schema.org/draft-07/schema#";
    }
    else if (ctx.target === "draft-04") {
        result.$schema = "http://json-schema.org/draft-04/schema#";
    }
    else if (ctx.target === "openapi-3.0") {
        // OpenAPI 3.0 schema objects should not include a $schema property
    }
    else {
        // Arbitrary string values are allowed but won't have a $schema property set
    }
    if (ctx.external?.uri) {
        const id = ctx.external.registry.get(schema)?.id;
        if (!id)
            throw new Error("Schema is missing an `id` property");
        result.$id = ctx.external.uri(id);
    }
    // when the root was extracted into $defs, `root.schema` is the `$ref` wrapper and `root.def` is the body that now lives under $defs
    assignProps(result, root.defId ? root.schema : (root.def ?? root.schema));
    // The `id` in `.meta()` is a Zod-specific registration tag used to extract schemas into $defs — it is not user-facing JSON Schema metadata. Strip it from the output body where it would otherwise leak. The id is preserved implicitly via the $defs key (and via $ref paths).
    const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
    if (rootMetaId !== undefined && result.id === rootMetaId)
        delete result.id;
    // build defs object. With `external`, `defs` is the shared object every schema writes into, so the same entries are reassigned on every call. Without it, `defs` is fresh per call and must be rebuilt.
    const defs = ctx.external?.defs ?? {};
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.def && seen.defId) {
                if (seen.def.id === seen.defId)
                    delete seen.def.id;
                (0,core_util/* assignProp */.Vy)(defs, seen.defId, seen.def);
            }
        }
    }
    if (ctx.external)
        ctx.sharedEmitDoneFor = ctx.external;
    // set definitions in result
    if (ctx.external) {
    }
    else {
        if (Object.keys(defs).length > 0) {
            if (ctx.target === "draft-2020-12") {
                result.$defs = defs;
            }
            else {
                result.definitions = defs;
            }
        }
    }
    try {
        // this "finalizes" this schema and ensures all cycles are removed each call to finalize() is functionally independent though the seen map is shared
        const finalized = JSON.parse(JSON.stringify(result));
        Object.defineProperty(finalized, "~standard", {
            value: {
                ...schema["~standard"],
                jsonSchema: {
                    input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
                    output: createStandardJSONSchemaMethod(schema, "output", ctx.processors),
                },
            },
            enumerable: false,
            writable: false,
        });
        return finalized;
    }
    catch (_err) {
        throw new Error("Error converting schema to JSON.");
    }
}
function isTransforming(_schema, _ctx) {
    const ctx = _ctx ?? { seen: new Set() };
    if (ctx.seen.has(_schema))
        return false;
    ctx.seen.add(_schema);
    const def = _schema._zod.def;
    if (def.type === "transform")
        return true;
    if (def.type === "array")
        return isTransforming(def.element, ctx);
    if (def.type === "set")
        return isTransforming(def.valueType, ctx);
    if (def.type === "lazy")
        return isTransforming(def.getter(), ctx);
    if (def.type === "promise" ||
        def.type === "optional" ||
        def.type === "nonoptional" ||
        def.type === "nullable" ||
        def.type === "readonly" ||
        def.type === "default" ||
        def.type === "prefault" ||
        def.type === "catch") {
        return isTransforming(def.innerType, ctx);
    }
    if (def.type === "intersection") {
        return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
    }
    if (def.type === "record" || def.type === "map") {
        return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
    }
    if (def.type === "pipe") {
        if (_schema._zod.traits.has("$ZodCodec"))
            return true;
        return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
    }
    if (def.type === "object") {
        for (const key in def.shape) {
            if (isTransforming(def.shape[key], ctx))
                return true;
        }
        return false;
    }
    if (def.type === "union") {
        for (const option of def.options) {
            if (isTransforming(option, ctx))
                return true;
        }
        return false;
    }
    if (def.type === "tuple") {
        for (const item of def.items) {
            if (isTransforming(item, ctx))
                return true;
        }
        if (def.rest && isTransforming(def.rest, ctx))
            return true;
        return false;
    }
    return false;
}
/**
 * Creates a toJSONSchema method for a schema instance.
 * This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
 */
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
    const ctx = to_json_schema_initializeContext({ ...params, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
    const { libraryOptions, target } = params ?? {};
    const ctx = to_json_schema_initializeContext({ ...(libraryOptions ?? {}), target, io, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/json-schema-processors.js




const narrowMin = (agg, key, value) => {
    if (agg[key] === undefined || value > agg[key])
        agg[key] = value;
};
const narrowMax = (agg, key, value) => {
    if (agg[key] === undefined || value < agg[key])
        agg[key] = value;
};
const narrowBoth = (agg, value) => {
    narrowMin(agg, "minimum", value);
    narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
    agg.multipleOf ?? (agg.multipleOf = []);
    if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
    agg.patterns ?? (agg.patterns = new Set());
    agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
    agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
// last-wins, matching the bag's historical write order; the flag keeps an integer format from being lost to a later float one
const setFormat = (agg, format) => {
    agg.format = format;
    if (format.includes("int"))
        agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
    setFormat(agg, def.format);
    const [minimum, maximum] = ranges[def.format];
    narrowMin(agg, "minimum", minimum);
    narrowMax(agg, "maximum", maximum);
};
const contributors = {
    greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
    less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
    multiple_of: (agg, def) => addDivisor(agg, def.value),
    number_format: formatContributor(core_util/* NUMBER_FORMAT_RANGES */.zH),
    bigint_format: formatContributor(core_util/* BIGINT_FORMAT_RANGES */.NR),
    min_length: minContributor,
    max_length: maxContributor,
    length_equals: (agg, def) => narrowBoth(agg, def.length),
    min_size: minContributor,
    max_size: maxContributor,
    size_equals: (agg, def) => narrowBoth(agg, def.size),
    string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
            addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
            agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
            agg.laxFormat = true;
    },
    mime_type: (agg, def) => intersectMime(agg, def.mime),
};
function aggregateChecks(schema) {
    const agg = {};
    const def = schema._zod.def;
    // a format schema is its own first check, same rule as $ZodType init
    const list = schema._zod.traits.has("$ZodCheck")
        ? [schema, ...(def.checks ?? [])]
        : (def.checks ?? []);
    for (const ch of list)
        contributors[ch._zod.def.check]?.(agg, ch._zod.def);
    // reconcile with the bag so third-party onattach contributions still land; first-party residue is never tighter than the fold, so merging it back is idempotent for one and additive for the other
    const bag = schema._zod.bag;
    if (bag.minimum !== undefined)
        narrowMin(agg, "minimum", bag.minimum);
    if (bag.exclusiveMinimum !== undefined)
        narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
    if (bag.maximum !== undefined)
        narrowMax(agg, "maximum", bag.maximum);
    if (bag.exclusiveMaximum !== undefined)
        narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
    if (bag.multipleOf !== undefined)
        addDivisor(agg, bag.multipleOf);
    if (bag.format !== undefined) {
        agg.format ?? (agg.format = bag.format);
        if (bag.format.includes("int"))
            agg.isInt = true;
    }
    if (bag.mime)
        intersectMime(agg, bag.mime);
    for (const pattern of bag.patterns ?? [])
        addPattern(agg, pattern);
    return agg;
}
const formatMap = {
    guid: "uuid",
    url: "uri",
    datetime: "date-time",
    json_string: "json-string",
    regex: "", // do not set
};
// ==================== SIMPLE TYPE PROCESSORS ====================
// the runtime patterns are lax so parse paths never overflow the regex stack; the emitted schema swaps in the exact block forms, which zod itself never executes
const exactPatterns = new Map([
    [base64Charset, core_regexes/* base64 */.K3],
    [base64urlCharset, core_regexes/* base64url */.r0],
]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
    const json = _json;
    json.type = "string";
    const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minLength = minimum;
    if (typeof maximum === "number")
        json.maxLength = maximum;
    // custom pattern overrides format
    if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "")
            delete json.format; // empty format is not valid
        // `z.iso.time()` is never full-time, and `laxFormat` carries the datetime shapes that also accept what their keyword forbids
        if (format === "time" || laxFormat) {
            delete json.format;
        }
    }
    if (contentEncoding)
        json.contentEncoding = contentEncoding;
    if (patterns && patterns.size > 0) {
        const patternList = [...patterns].map(exactPattern);
        if (patternList.length === 1)
            json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
            json.allOf = [
                ...patternList.map((regex) => ({
                    ...(ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0"
                        ? { type: "string" }
                        : {}),
                    pattern: regex.source,
                })),
            ];
        }
    }
};
const numberProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
    json.type = isInt ? "integer" : "number";
    // when both minimum and exclusiveMinimum exist, pick the more restrictive one
    const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
    const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
    const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
    if (exMin) {
        if (legacy) {
            json.minimum = exclusiveMinimum;
            json.exclusiveMinimum = true;
        }
        else {
            json.exclusiveMinimum = exclusiveMinimum;
        }
    }
    else if (typeof minimum === "number") {
        json.minimum = minimum;
    }
    if (exMax) {
        if (legacy) {
            json.maximum = exclusiveMaximum;
            json.exclusiveMaximum = true;
        }
        else {
            json.exclusiveMaximum = exclusiveMaximum;
        }
    }
    else if (typeof maximum === "number") {
        json.maximum = maximum;
    }
    if (multipleOf) {
        // JSON Schema requires a divisor strictly greater than zero, and a non-finite one does not survive JSON at all. A negative divisor accepts exactly what its absolute value accepts, so it still maps; zero, NaN and Infinity have no keyword form.
        const divisors = new Set();
        for (const divisor of multipleOf) {
            if (Number.isFinite(divisor) && divisor !== 0)
                divisors.add(Math.abs(divisor));
            else
                handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        // chained divisors are a conjunction the keyword cannot carry alone, so extras ride an allOf, same as stacked patterns
        const [first, ...rest] = divisors;
        if (first !== undefined)
            json.multipleOf = first;
        if (rest.length)
            json.allOf = [...(json.allOf ?? []), ...rest.map((m) => ({ multipleOf: m }))];
    }
};
const booleanProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const bigintProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
};
const symbolProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
};
const nullProcessor = (_schema, ctx, json, _params) => {
    if (ctx.target === "openapi-3.0") {
        json.type = "string";
        json.nullable = true;
        json.enum = [null];
    }
    else {
        json.type = "null";
    }
};
const undefinedProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
const voidProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
};
const neverProcessor = (_schema, _ctx, json, _params) => {
    json.not = {};
};
const anyProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const unknownProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const dateProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
const enumProcessor = (schema, _ctx, json, _params) => {
    const def = schema._zod.def;
    const values = (0,core_util/* getEnumValues */.w5)(def.entries);
    // an empty enum accepts nothing, same as z.never()
    if (values.length === 0) {
        json.not = {};
        return;
    }
    // Number enums can have both string and number values
    if (values.every((v) => typeof v === "number"))
        json.type = "number";
    if (values.every((v) => typeof v === "string"))
        json.type = "string";
    json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // a literal with no values accepts nothing, same as z.never()
    if (def.values.length === 0) {
        json.not = {};
        return;
    }
    const vals = [];
    for (const val of def.values) {
        if (val === undefined) {
            // a custom schema replaces the whole literal, so there is nothing left to accumulate
            if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
                return;
            // otherwise do not add to vals
        }
        else if (typeof val === "bigint") {
            if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
                return;
            vals.push(Number(val));
        }
        else {
            vals.push(val);
        }
    }
    if (vals.length === 0) {
        // do nothing (an undefined literal was stripped)
    }
    else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
            json.enum = [val];
        }
        else {
            json.const = val;
        }
    }
    else {
        if (vals.every((v) => typeof v === "number"))
            json.type = "number";
        if (vals.every((v) => typeof v === "string"))
            json.type = "string";
        if (vals.every((v) => typeof v === "boolean"))
            json.type = "boolean";
        if (vals.every((v) => v === null))
            json.type = "null";
        json.enum = vals;
    }
};
const nanProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
};
const templateLiteralProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    const pattern = schema._zod.pattern;
    if (!pattern)
        throw new Error("Pattern not found in template literal");
    _json.type = "string";
    _json.pattern = pattern.source;
};
const fileProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    _json.type = "string";
    _json.format = "binary";
    _json.contentEncoding = "binary";
    const { minimum, maximum, mime } = aggregateChecks(schema);
    if (minimum !== undefined)
        _json.minLength = minimum;
    if (maximum !== undefined)
        _json.maxLength = maximum;
    if (!mime)
        return;
    // an empty intersection means the mime checks share no value, so nothing passes at runtime; `anyOf` must be non-empty, so the false schema is `not: {}`
    if (mime.length === 0)
        _json.not = {};
    else if (mime.length === 1)
        _json.contentMediaType = mime[0];
    // only contentMediaType differs, so the shared props stay at the root
    else
        _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
const successProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const customProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const functionProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
const mapProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
};
const setProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
};
// ==================== COMPOSITE TYPE PROCESSORS ====================
const arrayProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
    json.type = "array";
    json.items = to_json_schema_processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"],
    });
};
// Transform and catch set `optin = "optional"` at runtime so the parser lets them observe an
// absent key, but their declared input type stays required. An input JSON Schema describes the
// declared type, so resolve past them to the schema that actually carries the optionality.
// Used by both `objectProcessor` (for `required`) and `tupleProcessor` (for `minItems`); see
// wiki/optionality.md, "The JSON Schema emitter reads the *static* value".
function inputOptin(schema) {
    const def = schema._zod.def;
    if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
        return inputOptin(def.out);
    }
    if (def.type === "catch") {
        return inputOptin(def.innerType);
    }
    return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const shape = def.shape;
    // dropping it while still emitting `additionalProperties: false` would emit a schema that rejects data this one requires
    const symbolKeys = Object.getOwnPropertySymbols(shape);
    if (symbolKeys.length &&
        handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
    }
    json.type = "object";
    json.properties = {};
    for (const key in shape) {
        // assignProp so a __proto__ key becomes an own property instead of hitting the inherited setter on the plain {} we build into
        (0,core_util/* assignProp */.Vy)(json.properties, key, to_json_schema_processSchema(shape[key], ctx, {
            ...params,
            path: [...params.path, "properties", key],
        }));
    }
    // required keys
    const requiredKeys = [];
    for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === undefined : field._zod.optout === undefined) {
            requiredKeys.push(key);
        }
    }
    if (requiredKeys.length > 0) {
        json.required = requiredKeys;
    }
    // catchall
    if (def.catchall?._zod.def.type === "never") {
        // strict
        json.additionalProperties = false;
    }
    else if (!def.catchall) {
        // regular
        if (ctx.io === "output")
            json.additionalProperties = false;
    }
    else if (def.catchall) {
        json.additionalProperties = to_json_schema_processSchema(def.catchall, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
};
const unionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // Exclusive unions (inclusive === false) use oneOf (exactly one match) instead of anyOf (one or more matches). This includes both z.xor() and discriminated unions
    const isExclusive = def.inclusive === false;
    const options = def.options.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i],
    }));
    if (isExclusive) {
        json.oneOf = options;
    }
    else {
        json.anyOf = options;
    }
};
const intersectionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const a = to_json_schema_processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0],
    });
    const b = to_json_schema_processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1],
    });
    const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
    const allOf = [
        ...(isSimpleIntersection(a) ? a.allOf : [a]),
        ...(isSimpleIntersection(b) ? b.allOf : [b]),
    ];
    json.allOf = allOf;
    // Recorded innermost first, so a nested intersection has already folded by the time this one is considered. The array is the handle rather than the schema, because a wrapper that inherits this schema shares the same array; `finalize` folds every object holding it. See `foldIntersection`.
    ctx.intersections.push(allOf);
};
const tupleProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "array";
    const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
    const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
    const prefixItems = def.items.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, prefixPath, i],
    }));
    const rest = def.rest
        ? to_json_schema_processSchema(def.rest, ctx, {
            ...params,
            path: [...params.path, restPath, ...(ctx.target === "openapi-3.0" ? [def.items.length] : [])],
        })
        : null;
    let minItems = def.items.length;
    while (minItems > 0) {
        const item = def.items[minItems - 1];
        const optional = ctx.io === "input" ? inputOptin(item) !== undefined : item._zod.optout === "optional";
        if (!optional)
            break;
        minItems--;
    }
    const maxItems = def.items.length;
    const isClosed = !def.rest;
    if (ctx.target === "draft-2020-12") {
        json.prefixItems = prefixItems;
        if (isClosed) {
            json.items = false;
        }
        else if (rest) {
            json.items = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else if (ctx.target === "openapi-3.0") {
        json.items = {
            anyOf: prefixItems,
        };
        if (rest) {
            json.items.anyOf.push(rest);
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else {
        json.items = prefixItems;
        if (isClosed) {
            json.additionalItems = false;
        }
        else if (rest) {
            json.additionalItems = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    // explicit user-defined length checks take precedence
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
 * numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
 * behind a wrapper only carries its own `type` before then, and a union key only has its branches.
 *
 * A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
 * than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
 * exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
 * accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
 * outright. */
function stringifyKeyNames(bySchema, json, visited) {
    // an extracted key that rewrites cannot go on sharing its definition — the string form a key position needs is not the number form every other reference wants — so it inlines. One that does not rewrite keeps the `$ref`.
    if (json.$ref) {
        // a recursive key holds its own reference inside its definition, so a node already on the path is left alone rather than resolved again
        if (visited.has(json))
            return json;
        visited.add(json);
        const def = bySchema.get(json)?.def;
        if (!def)
            return json;
        const inlined = stringifyKeyNames(bySchema, def, visited);
        return inlined === def ? json : inlined;
    }
    for (const keyword of ["anyOf", "oneOf"]) {
        const branches = json[keyword];
        if (!Array.isArray(branches))
            continue;
        const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
        // rebuilding regardless would detach a key that had nothing to re-express, dropping its `$ref` and leaking the internal `id`
        if (mapped.some((branch, i) => branch !== branches[i]))
            json = { ...json, [keyword]: mapped };
    }
    // a member that already admits a string leaves the key unconstrained, so the node's own type re-expresses only when every member is numeric
    const types = Array.isArray(json.type) ? json.type : [json.type];
    const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
    // a heterogeneous key carries no type at all, so its numeric members are caught here instead
    const values = json.enum ?? (json.const !== undefined ? [json.const] : undefined);
    if (!numericType && !values?.some((v) => typeof v === "number"))
        return json;
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
    if (rest.enum)
        rest.enum = rest.enum.map((v) => (typeof v === "number" ? String(v) : v));
    else if (typeof rest.const === "number")
        rest.const = String(rest.const);
    // a heterogeneous key keeps its absent type: the stringified members already say what a key may be
    if (!numericType)
        return rest;
    rest.type = "string";
    if (!values)
        rest.pattern = (types.includes("number") ? core_regexes/* number */.ai : core_regexes/* integer */.nd).source;
    return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
const pendingRecords = new WeakMap();
function rewriteKeyNames(ctx) {
    // an extracted key is resolved by the object `extractToDef` left in its place, so the map is built once rather than searched per reference. `_zod.toJSONSchema` can hand the same object to two schemas, so the first entry carrying a body wins, as a search would have found it.
    const bySchema = new Map();
    for (const entry of ctx.seen.values()) {
        if (entry.def && !bySchema.has(entry.schema))
            bySchema.set(entry.schema, entry);
    }
    const rewrites = new Map();
    for (const record of pendingRecords.get(ctx) ?? []) {
        const seen = ctx.seen.get(record);
        const names = (seen?.def ?? seen?.schema)?.propertyNames;
        if (!names || names === true || rewrites.has(names))
            continue;
        const rewritten = stringifyKeyNames(bySchema, names, new Set());
        if (rewritten !== names)
            rewrites.set(names, rewritten);
    }
    if (!rewrites.size)
        return;
    // the flatten has already copied each record's own properties onto every wrapper by reference, and an extracted body is another such copy, so every carrier holding a rewritten key is updated together
    for (const entry of ctx.seen.values()) {
        for (const carrier of [entry.schema, entry.def]) {
            const rewritten = carrier && rewrites.get(carrier.propertyNames);
            if (rewritten)
                carrier.propertyNames = rewritten;
        }
    }
}
const recordProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "object";
    // For looseRecord with regex patterns, use patternProperties. This correctly represents "only validate keys matching the pattern" semantics and composes well with allOf (intersections)
    const keyType = def.keyType;
    const patterns = aggregateChecks(keyType).patterns;
    if (def.mode === "loose" && patterns && patterns.size > 0) {
        // Use patternProperties for looseRecord with regex patterns
        const valueSchema = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "patternProperties", "*"],
        });
        json.patternProperties = {};
        for (const pattern of patterns) {
            (0,core_util/* assignProp */.Vy)(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
    }
    else {
        // Default behavior: use propertyNames + additionalProperties
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
            json.propertyNames = to_json_schema_processSchema(def.keyType, ctx, {
                ...params,
                path: [...params.path, "propertyNames"],
            });
            let pending = pendingRecords.get(ctx);
            if (!pending) {
                pending = [];
                pendingRecords.set(ctx, pending);
                ctx.deferred.push(() => rewriteKeyNames(ctx));
            }
            pending.push(schema);
        }
        json.additionalProperties = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
    // Add required for keys with discrete values (enum, literal, etc.)
    const keyValues = keyType._zod.values;
    // Every key shares one value schema, so an optional-in value makes the whole key set omittable on input. Output keeps them: the exhaustive branch assigns every key, even one whose value came back undefined.
    const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== undefined;
    if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
            json.required = validKeyValues.map(String);
        }
    }
};
const nullableProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const inner = to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
    }
    else {
        json.anyOf = [inner, { type: "null" }];
    }
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
 * A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
 * unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
    let unrepresentable = false;
    const serialized = JSON.stringify(value, (_, val) => {
        if (typeof val !== "bigint")
            return val;
        unrepresentable = true;
        return null;
    });
    if (!unrepresentable)
        return JSON.parse(serialized);
    handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
    return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    if (ctx.io !== "input")
        return;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    let catchValue;
    try {
        catchValue = def.catchValue(undefined);
    }
    catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
    }
    json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    const inIsTransform = def.in._zod.traits.has("$ZodTransform");
    const innerType = ctx.io === "input" ? (inIsTransform ? def.out : def.in) : def.out;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    json.readOnly = true;
};
const promiseProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const optionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const lazyProcessor = (schema, ctx, _json, params) => {
    const innerType = schema._zod.innerType;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
// ==================== ALL PROCESSORS ====================
const allProcessors = {
    string: stringProcessor,
    number: numberProcessor,
    boolean: booleanProcessor,
    bigint: bigintProcessor,
    symbol: symbolProcessor,
    null: nullProcessor,
    undefined: undefinedProcessor,
    void: voidProcessor,
    never: neverProcessor,
    any: anyProcessor,
    unknown: unknownProcessor,
    date: dateProcessor,
    enum: enumProcessor,
    literal: literalProcessor,
    nan: nanProcessor,
    template_literal: templateLiteralProcessor,
    file: fileProcessor,
    success: successProcessor,
    custom: customProcessor,
    function: functionProcessor,
    transform: transformProcessor,
    map: mapProcessor,
    set: setProcessor,
    array: arrayProcessor,
    object: objectProcessor,
    union: unionProcessor,
    intersection: intersectionProcessor,
    tuple: tupleProcessor,
    record: recordProcessor,
    nullable: nullableProcessor,
    nonoptional: nonoptionalProcessor,
    default: defaultProcessor,
    prefault: prefaultProcessor,
    catch: catchProcessor,
    pipe: pipeProcessor,
    readonly: readonlyProcessor,
    promise: promiseProcessor,
    optional: optionalProcessor,
    lazy: lazyProcessor,
};
function toJSONSchema(input, params) {
    if ("_idmap" in input) {
        // Registry case
        const registry = input;
        const ctx = initializeContext({ ...params, processors: allProcessors });
        const defs = {};
        // First pass: process all schemas to build the seen map
        for (const entry of registry._idmap.entries()) {
            const [_, schema] = entry;
            processSchema(schema, ctx);
        }
        const schemas = {};
        const external = {
            registry,
            uri: params?.uri,
            defs,
        };
        // Update the context with external configuration
        ctx.external = external;
        // Second pass: emit each schema
        for (const entry of registry._idmap.entries()) {
            const [key, schema] = entry;
            extractDefs(ctx, schema);
            assignProp(schemas, key, finalize(ctx, schema));
        }
        if (Object.keys(defs).length > 0) {
            const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
            schemas.__shared = {
                [defsSegment]: defs,
            };
        }
        return { schemas };
    }
    // Single schema case
    const ctx = initializeContext({ ...params, processors: allProcessors });
    processSchema(input, ctx);
    extractDefs(ctx, input);
    return finalize(ctx, input);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/locales/en.js

const error = () => {
    const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" },
    };
    function getSizing(origin) {
        return Sizable[origin] ?? null;
    }
    const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input",
    };
    // type names: missing keys = do not translate (use raw value via ?? fallback)
    const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN",
        // All other type names omitted - they fall back to raw values via ?? operator
    };
    function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
            return String(input);
        }
        return TypeDictionary[type] ?? type;
    }
    return (issue) => {
        switch (issue.code) {
            case "invalid_type": {
                const expected = getTypeName(issue.expected);
                const receivedType = core_util/* parsedType */.GW(issue.input);
                const received = getTypeName(receivedType, issue.input);
                return `Invalid input: expected ${expected}, received ${received}`;
            }
            case "invalid_value":
                if (issue.values.length === 1)
                    return `Invalid input: expected ${core_util/* stringifyPrimitive */.B7(issue.values[0])}`;
                return `Invalid option: expected one of ${core_util/* joinValues */.jw(issue.values, "|")}`;
            case "too_big": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
                const sizing = getSizing(issue.origin);
                if (sizing)
                    return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
                return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
            }
            case "too_small": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
                const sizing = getSizing(issue.origin);
                if (sizing) {
                    return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
                }
                return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
            }
            case "invalid_format": {
                const _issue = issue;
                if (_issue.format === "starts_with") {
                    return `Invalid string: must start with "${_issue.prefix}"`;
                }
                if (_issue.format === "ends_with")
                    return `Invalid string: must end with "${_issue.suffix}"`;
                if (_issue.format === "includes")
                    return `Invalid string: must include "${_issue.includes}"`;
                if (_issue.format === "regex")
                    return `Invalid string: must match pattern ${_issue.pattern}`;
                return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
            }
            case "not_multiple_of":
                return `Invalid number: must be a multiple of ${issue.divisor}`;
            case "unrecognized_keys":
                return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${core_util/* joinValues */.jw(issue.keys, ", ")}`;
            case "invalid_key":
                return `Invalid key in ${issue.origin}`;
            case "invalid_union":
                if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
                    const opts = issue.options.map((o) => `'${o}'`).join(" | ");
                    return `Invalid discriminator value. Expected ${opts}`;
                }
                if (issue.inclusive === false) {
                    return "Invalid input: more than one option matched";
                }
                return "Invalid input";
            case "invalid_element":
                return `Invalid value in ${issue.origin}`;
            default:
                return `Invalid input`;
        }
    };
};
/* harmony default export */ function en() {
    return {
        localeError: error(),
    };
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/errors.js


/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, core_util/* jsonStringifyReplacer */.k8, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = (0,core_core/* $constructor */.xI)("$ZodError", initializer);
const $ZodRealError = (0,core_core/* $constructor */.xI)("$ZodError", initializer, undefined, {
    Parent: Error,
});
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
        if (key === "__proto__") {
            Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
        }
        else {
            obj[key] = make();
        }
    }
    return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
        if (sub.path.length > 0) {
            node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
        }
        else {
            formErrors.push(mapper(sub));
        }
    }
    return { formErrors, fieldErrors };
}
function formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error, path = []) => {
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    fieldErrors._errors.push(mapper(issue));
                }
                else {
                    let curr = fieldErrors;
                    let i = 0;
                    while (i < fullpath.length) {
                        const el = fullpath[i];
                        const terminal = i === fullpath.length - 1;
                        // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                        if (el === "_errors") {
                            if (terminal)
                                curr._errors.push(mapper(issue));
                            i++;
                            continue;
                        }
                        // A path element may collide with an inherited property name such as
                        // "__proto__" or "constructor". Truthiness checks read the prototype
                        // (so no node is created, then ._errors.push throws), and bracket
                        // assignment of "__proto__" hits the setter instead of creating an
                        // own key. Guard the read with hasOwnProperty and create the node
                        // with defineProperty so any path element becomes a real own key.
                        if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                            Object.defineProperty(curr, el, {
                                value: { _errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        const node = curr[el];
                        if (terminal) {
                            node._errors.push(mapper(issue));
                        }
                        curr = node;
                        i++;
                    }
                }
            }
        }
    };
    processError(error);
    return fieldErrors;
}
function treeifyError(error, mapper = (issue) => issue.message) {
    const result = { errors: [] };
    const processError = (error, path = []) => {
        var _a;
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                // regular union error
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    result.errors.push(mapper(issue));
                    continue;
                }
                let curr = result;
                let i = 0;
                while (i < fullpath.length) {
                    const el = fullpath[i];
                    const terminal = i === fullpath.length - 1;
                    if (typeof el === "string") {
                        curr.properties ?? (curr.properties = {});
                        // el may collide with an inherited property name ("__proto__",
                        // "constructor", ...); ??= reads the prototype so the node is never
                        // created and curr.errors.push throws. Guard with hasOwnProperty and
                        // create the node with defineProperty so "__proto__" becomes a real
                        // own key rather than invoking the prototype setter.
                        if (!Object.prototype.hasOwnProperty.call(curr.properties, el)) {
                            Object.defineProperty(curr.properties, el, {
                                value: { errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        curr = curr.properties[el];
                    }
                    else {
                        curr.items ?? (curr.items = []);
                        (_a = curr.items)[el] ?? (_a[el] = { errors: [] });
                        curr = curr.items[el];
                    }
                    if (terminal) {
                        curr.errors.push(mapper(issue));
                    }
                    i++;
                }
            }
        }
    };
    processError(error);
    return result;
}
/** Format a ZodError as a human-readable string in the following form.
 *
 * From
 *
 * ```ts
 * ZodError {
 *   issues: [
 *     {
 *       expected: 'string',
 *       code: 'invalid_type',
 *       path: [ 'username' ],
 *       message: 'Invalid input: expected string'
 *     },
 *     {
 *       expected: 'number',
 *       code: 'invalid_type',
 *       path: [ 'favoriteNumbers', 1 ],
 *       message: 'Invalid input: expected number'
 *     }
 *   ];
 * }
 * ```
 *
 * to
 *
 * ```
 * username
 *   ✖ Expected number, received string at "username
 * favoriteNumbers[0]
 *   ✖ Invalid input: expected number
 * ```
 */
function toDotPath(_path) {
    const segs = [];
    const path = _path.map((seg) => (typeof seg === "object" ? seg.key : seg));
    for (const seg of path) {
        if (typeof seg === "number")
            segs.push(`[${seg}]`);
        else if (typeof seg === "symbol")
            segs.push(`[${JSON.stringify(String(seg))}]`);
        else if (/[^\w$]/.test(seg))
            segs.push(`[${JSON.stringify(seg)}]`);
        else {
            if (segs.length)
                segs.push(".");
            segs.push(seg);
        }
    }
    return segs.join("");
}
function prettifyError(error) {
    const lines = [];
    // sort by path length
    const issues = [...error.issues].sort((a, b) => (a.path ?? []).length - (b.path ?? []).length);
    // Process each issue
    for (const issue of issues) {
        lines.push(`✖ ${issue.message}`);
        if (issue.path?.length)
            lines.push(`  → at ${toDotPath(issue.path)}`);
    }
    // Convert Map to formatted string
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/parse.js



// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new core_core/* $ZodAsyncError */.GT();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())));
            core_util/* captureStackTrace */.gx(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parse = /* @__PURE__*/ _parse($ZodRealError);
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())));
            core_util/* captureStackTrace */.gx(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new core_core/* $ZodAsyncError */.GT();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new core_core/* $ZodAsyncError */.GT();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const parse_validateAsync = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const encode = /* @__PURE__*/ _encode($ZodRealError);
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decode = /* @__PURE__*/ _decode($ZodRealError);
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const encodeAsync = /* @__PURE__*/ _encodeAsync($ZodRealError);
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decodeAsync = /* @__PURE__*/ _decodeAsync($ZodRealError);
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const safeEncode = /* @__PURE__*/ _safeEncode($ZodRealError);
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const safeDecode = /* @__PURE__*/ _safeDecode($ZodRealError);
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const safeEncodeAsync = /* @__PURE__*/ _safeEncodeAsync($ZodRealError);
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};
const safeDecodeAsync = /* @__PURE__*/ _safeDecodeAsync($ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/errors.js



/* Prototypes that already carry the lazy helper methods. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
/* Helper methods live as non-enumerable lazy getters on the shared
 * prototype instead of own properties on every instance. On first
 * access the getter allocates the per-instance closure and caches it
 * as a non-enumerable own property, so detached usage still works and
 * the allocation only happens for methods actually touched. */
function _lazyMethod(proto, key, make) {
    Object.defineProperty(proto, key, {
        configurable: true,
        enumerable: false,
        get() {
            const value = make(this);
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
            return value;
        },
        set(value) {
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
        },
    });
}
const errors_initializer = (inst, issues) => {
    $ZodError.init(inst, issues);
    inst.name = "ZodError";
    const proto = Object.getPrototypeOf(inst);
    if (_installedErrorProtos.has(proto))
        return;
    _installedErrorProtos.add(proto);
    _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
    _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
    _lazyMethod(proto, "addIssue", (self) => (issue) => {
        self.issues.push(issue);
        self.message = JSON.stringify(self.issues, core_util/* jsonStringifyReplacer */.k8, 2);
    });
    _lazyMethod(proto, "addIssues", (self) => (issues) => {
        self.issues.push(...issues);
        self.message = JSON.stringify(self.issues, core_util/* jsonStringifyReplacer */.k8, 2);
    });
    Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
            return this.issues.length === 0;
        },
    });
};
const ZodError = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodError", errors_initializer)));
const ZodRealError = /*@__PURE__*/ core_core/* $constructor */.xI("ZodError", errors_initializer, undefined, {
    Parent: Error,
});
// /** @deprecated Use `z.core.$ZodErrorMapCtx` instead. */
// export type ErrorMapCtx = core.$ZodErrorMapCtx;

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/parse.js


const classic_parse_parse = /* @__PURE__ */ _parse(ZodRealError);
const classic_parse_parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
const parse_safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
const parse_safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);

// Codec functions
const parse_encode = /* @__PURE__ */ _encode(ZodRealError);
const parse_decode = /* @__PURE__ */ _decode(ZodRealError);
const parse_encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
const parse_decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
const parse_safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
const parse_safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
const parse_safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
const parse_safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/schemas.js








// Register English as the default locale on first ZodType construction. Hooked into the `ZodType` `$constructor` (rather than a top-level `config(en())` in `external.ts`) so bundlers honoring `sideEffects: false` can't tree-shake it out — see #5953, #5725. An explicit `z.config(z.locales.xx())` call wins regardless of order, since this only sets the default when none is present.
function _ensureDefaultLocale() {
    if (!core_core/* globalConfig */.cr.localeError)
        core_core/* config */.$W(en());
}
// the default memoizer is read by the core container init, which runs before `ZodType.init`, so each container calls this first
function _ensureDefaultMemoizer() {
    if (!core_core/* globalConfig */.cr.memoizer)
        core_core/* config */.$W({ memoizer: memoizer() });
}
const ZodType = /*@__PURE__*/ core_core/* $constructor */.xI("ZodType", (inst, def) => {
    _ensureDefaultLocale();
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
    return inst;
}, {
    check(...chks) {
        const def = this.def;
        return this.clone(core_util/* mergeDefs */.zM(def, {
            checks: [
                ...(def.checks ?? []),
                ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }), { parent: true });
    },
    with(...chks) {
        return this.check(...chks);
    },
    clone(def, params) {
        return core_util/* clone */.o8(this, def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    refine(check, params) {
        return this.check(refine(check, params));
    },
    superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
    },
    overwrite(fn) {
        return this.check(api/* _overwrite */.bS(fn));
    },
    optional() {
        return optional(this);
    },
    exactOptional() {
        return exactOptional(this);
    },
    nullable() {
        return nullable(this);
    },
    nullish() {
        return optional(nullable(this));
    },
    nonoptional(params) {
        return nonoptional(this, params);
    },
    array() {
        return array(this);
    },
    or(arg) {
        return union([this, arg]);
    },
    and(arg) {
        return intersection(this, arg);
    },
    transform(tx) {
        return pipe(this, transform(tx));
    },
    default(d) {
        return _default(this, d);
    },
    prefault(d) {
        return prefault(this, d);
    },
    catch(params) {
        return _catch(this, params);
    },
    pipe(target) {
        return pipe(this, target);
    },
    readonly() {
        return readonly(this);
    },
    describe(description) {
        const cl = this.clone();
        registries/* globalRegistry */.fd.add(cl, { description });
        return cl;
    },
    meta(...args) {
        // overloaded: meta() returns the registered metadata, meta(data) returns a clone with `data` registered. The mapped type picks up the second overload, so we accept variadic any-args and return `any` to satisfy both at runtime.
        if (args.length === 0)
            return registries/* globalRegistry */.fd.get(this);
        const cl = this.clone();
        registries/* globalRegistry */.fd.add(cl, args[0]);
        return cl;
    },
    isOptional() {
        return this.safeParse(undefined).success;
    },
    isNullable() {
        return this.safeParse(null).success;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
    // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
    get "~standard"() {
        return core_util/* hide */.jD(this, "~standard", {
            ...standardProps(this),
            jsonSchema: {
                input: createStandardJSONSchemaMethod(this, "input"),
                output: createStandardJSONSchemaMethod(this, "output"),
            },
        });
    },
    set "~standard"(value) {
        core_util/* own */.qh(this, "~standard", value);
    },
    parse: function _parse(data, params) {
        return classic_parse_parse(this, data, params, { callee: _parse });
    },
    parseAsync: async function _parseAsync(data, params) {
        return await classic_parse_parseAsync(this, data, params, { callee: _parseAsync });
    },
    safeParse(data, params) {
        return parse_safeParse(this, data, params);
    },
    async safeParseAsync(data, params) {
        return parse_safeParseAsync(this, data, params);
    },
    // `spa` is an alias: same function object as `safeParseAsync`, as before.
    get spa() {
        return this?.safeParseAsync;
    },
    set spa(value) {
        core_util/* own */.qh(this, "spa", value);
    },
    validate(data, params) {
        return validate(this, data, params);
    },
    validateAsync(data, params) {
        return parse_validateAsync(this, data, params);
    },
    encode: function _encode(data, params) {
        return parse_encode(this, data, params, { callee: _encode });
    },
    decode: function _decode(data, params) {
        return parse_decode(this, data, params, { callee: _decode });
    },
    encodeAsync: async function _encodeAsync(data, params) {
        return await parse_encodeAsync(this, data, params, { callee: _encodeAsync });
    },
    decodeAsync: async function _decodeAsync(data, params) {
        return await parse_decodeAsync(this, data, params, { callee: _decodeAsync });
    },
    safeEncode(data, params) {
        return parse_safeEncode(this, data, params);
    },
    safeDecode(data, params) {
        return parse_safeDecode(this, data, params);
    },
    async safeEncodeAsync(data, params) {
        return parse_safeEncodeAsync(this, data, params);
    },
    async safeDecodeAsync(data, params) {
        return parse_safeDecodeAsync(this, data, params);
    },
    toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
    },
    // Reads through to the registry on every access, so it must not cache.
    get description() {
        return registries/* globalRegistry */.fd.get(this)?.description;
    },
    // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
    get _def() {
        return this._zod.def;
    },
});
/** @internal */
const _ZodString = /*@__PURE__*/ core_core/* $constructor */.xI("_ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ core_util/* derived */.un({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null,
}, {
    regex(...args) {
        return this.check(api/* _regex */.Fk(...args));
    },
    includes(...args) {
        return this.check(api/* _includes */.dR(...args));
    },
    startsWith(...args) {
        return this.check(api/* _startsWith */.$S(...args));
    },
    endsWith(...args) {
        return this.check(api/* _endsWith */.ER(...args));
    },
    min(...args) {
        return this.check(api/* _minLength */.m9(...args));
    },
    max(...args) {
        return this.check(api/* _maxLength */.Eb(...args));
    },
    length(...args) {
        return this.check(api/* _length */.YA(...args));
    },
    nonempty(...args) {
        return this.check(api/* _minLength */.m9(1, ...args));
    },
    lowercase(params) {
        return this.check(api/* _lowercase */.hH(params));
    },
    uppercase(params) {
        return this.check(api/* _uppercase */.qF(params));
    },
    trim() {
        return this.check(api/* _trim */.WN());
    },
    normalize(...args) {
        return this.check(api/* _normalize */.lo(...args));
    },
    toLowerCase() {
        return this.check(api/* _toLowerCase */.Il());
    },
    toUpperCase() {
        return this.check(api/* _toUpperCase */.xY());
    },
    slugify() {
        return this.check(api/* _slugify */.TL());
    },
}));
const ZodString = /*@__PURE__*/ core_core/* $constructor */.xI("ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    _ZodString.init(inst, def);
}, {
    email(params) {
        return this.check(api/* _email */.Mu(ZodEmail, params));
    },
    url(params) {
        return this.check(api/* _url */.Fn(ZodURL, params));
    },
    jwt(params) {
        return this.check(api/* _jwt */.rk(ZodJWT, params));
    },
    emoji(params) {
        return this.check(api/* _emoji */.aC(ZodEmoji, params));
    },
    guid(params) {
        return this.check(api/* _guid */.tB(ZodGUID, params));
    },
    uuid(params) {
        return this.check(api/* _uuid */.Be(ZodUUID, params));
    },
    uuidv4(params) {
        return this.check(api/* _uuidv4 */.nA(ZodUUID, params));
    },
    uuidv6(params) {
        return this.check(api/* _uuidv6 */.pY(ZodUUID, params));
    },
    uuidv7(params) {
        return this.check(api/* _uuidv7 */.wA(ZodUUID, params));
    },
    nanoid(params) {
        return this.check(api/* _nanoid */.Dl(ZodNanoID, params));
    },
    cuid(params) {
        return this.check(api/* _cuid */.fs(ZodCUID, params));
    },
    cuid2(params) {
        return this.check(api/* _cuid2 */.Bj(ZodCUID2, params));
    },
    ulid(params) {
        return this.check(api/* _ulid */.Ct(ZodULID, params));
    },
    base64(params) {
        return this.check(api/* _base64 */.rt(ZodBase64, params));
    },
    base64url(params) {
        return this.check(api/* _base64url */.cU(ZodBase64URL, params));
    },
    xid(params) {
        return this.check(api/* _xid */.Pw(ZodXID, params));
    },
    ksuid(params) {
        return this.check(api/* _ksuid */._z(ZodKSUID, params));
    },
    ipv4(params) {
        return this.check(api/* _ipv4 */.Ny(ZodIPv4, params));
    },
    ipv6(params) {
        return this.check(api/* _ipv6 */.$O(ZodIPv6, params));
    },
    cidrv4(params) {
        return this.check(api/* _cidrv4 */.Uy(ZodCIDRv4, params));
    },
    cidrv6(params) {
        return this.check(api/* _cidrv6 */.gP(ZodCIDRv6, params));
    },
    e164(params) {
        return this.check(api/* _e164 */.KB(ZodE164, params));
    },
    datetime(params) {
        return this.check(api/* _isoDateTime */.G1(ZodISODateTime, params));
    },
    date(params) {
        return this.check(api/* _isoDate */.db(ZodISODate, params));
    },
    time(params) {
        return this.check(api/* _isoTime */.Kn(ZodISOTime, params));
    },
    duration(params) {
        return this.check(api/* _isoDuration */.f2(ZodISODuration, params));
    },
});
function string(params) {
    return api/* _string */.Rl(ZodString, params);
}
const ZodStringFormat = /*@__PURE__*/ core_core/* $constructor */.xI("ZodStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    _ZodString.init(inst, def);
});
const ZodISODateTime = /*@__PURE__*/ core_core/* $constructor */.xI("ZodISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODate = /*@__PURE__*/ core_core/* $constructor */.xI("ZodISODate", (inst, def) => {
    $ZodISODate.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISOTime = /*@__PURE__*/ core_core/* $constructor */.xI("ZodISOTime", (inst, def) => {
    $ZodISOTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODuration = /*@__PURE__*/ core_core/* $constructor */.xI("ZodISODuration", (inst, def) => {
    $ZodISODuration.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodEmail = /*@__PURE__*/ core_core/* $constructor */.xI("ZodEmail", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmail.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function email(params) {
    return core._email(ZodEmail, params);
}
const ZodGUID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodGUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodGUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function guid(params) {
    return core._guid(ZodGUID, params);
}
const ZodUUID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodUUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodUUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function uuid(params) {
    return core._uuid(ZodUUID, params);
}
function uuidv4(params) {
    return core._uuidv4(ZodUUID, params);
}
// ZodUUIDv6
function uuidv6(params) {
    return core._uuidv6(ZodUUID, params);
}
// ZodUUIDv7
function uuidv7(params) {
    return core._uuidv7(ZodUUID, params);
}
const ZodURL = /*@__PURE__*/ core_core/* $constructor */.xI("ZodURL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodURL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function url(params) {
    return core._url(ZodURL, params);
}
function httpUrl(params) {
    return core._url(ZodURL, {
        protocol: regexes.httpProtocol,
        hostname: regexes.domain,
        ...util.normalizeParams(params),
    });
}
const ZodEmoji = /*@__PURE__*/ core_core/* $constructor */.xI("ZodEmoji", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmoji.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function emoji(params) {
    return core._emoji(ZodEmoji, params);
}
const ZodNanoID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNanoID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodNanoID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function nanoid(params) {
    return core._nanoid(ZodNanoID, params);
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodCUID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
/**
 * Validates a CUID v1 string.
 *
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2 | `z.cuid2()`} instead.
 * See https://github.com/paralleldrive/cuid.
 */
function cuid(params) {
    return core._cuid(ZodCUID, params);
}
const ZodCUID2 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCUID2", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID2.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function cuid2(params) {
    return core._cuid2(ZodCUID2, params);
}
const ZodULID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodULID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodULID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function ulid(params) {
    return core._ulid(ZodULID, params);
}
const ZodXID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodXID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodXID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function xid(params) {
    return core._xid(ZodXID, params);
}
const ZodKSUID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodKSUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodKSUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function ksuid(params) {
    return core._ksuid(ZodKSUID, params);
}
const ZodIPv4 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodIPv4", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function ipv4(params) {
    return core._ipv4(ZodIPv4, params);
}
const ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMAC", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodMAC.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function mac(params) {
    return core._mac(ZodMAC, params);
}
const ZodIPv6 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodIPv6", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function ipv6(params) {
    return core._ipv6(ZodIPv6, params);
}
const ZodCIDRv4 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCIDRv4", (inst, def) => {
    $ZodCIDRv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function cidrv4(params) {
    return core._cidrv4(ZodCIDRv4, params);
}
const ZodCIDRv6 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCIDRv6", (inst, def) => {
    $ZodCIDRv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function cidrv6(params) {
    return core._cidrv6(ZodCIDRv6, params);
}
const ZodBase64 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodBase64", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function base64(params) {
    return core._base64(ZodBase64, params);
}
const ZodBase64URL = /*@__PURE__*/ core_core/* $constructor */.xI("ZodBase64URL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64URL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function base64url(params) {
    return core._base64url(ZodBase64URL, params);
}
const ZodE164 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodE164", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodE164.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function e164(params) {
    return core._e164(ZodE164, params);
}
const ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCreditCard", (inst, def) => {
    core.$ZodCreditCard.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function creditCard(params) {
    return core._creditCard(ZodCreditCard, params);
}
const ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodIBAN", (inst, def) => {
    core.$ZodIBAN.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function iban(params) {
    return core._iban(ZodIBAN, params);
}
const ZodJWT = /*@__PURE__*/ core_core/* $constructor */.xI("ZodJWT", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodJWT.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function jwt(params) {
    return core._jwt(ZodJWT, params);
}
const ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCustomStringFormat", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodCustomStringFormat.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function stringFormat(format, fnOrRegex, _params = {}) {
    return core._stringFormat(ZodCustomStringFormat, format, fnOrRegex, _params);
}
function hostname(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hostname", regexes.hostname, _params);
}
function hex(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hex", regexes.hex, _params);
}
function currencyCode(_params) {
    return core._stringFormat(ZodCustomStringFormat, "currency_code", regexes.currencyCode, _params);
}
function hash(alg, params) {
    const enc = params?.enc ?? "hex";
    const format = `${alg}_${enc}`;
    const regex = core.regexes[format];
    if (!regex)
        throw new Error(`Unrecognized hash format: ${format}`);
    return core._stringFormat(ZodCustomStringFormat, format, regex, params);
}
const ZodNumber = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
}, 
/*@__PURE__*/ core_util/* derived */.un({
    minValue: (inst) => {
        const { minimum, exclusiveMinimum } = aggregateChecks(inst);
        return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
        const { maximum, exclusiveMaximum } = aggregateChecks(inst);
        return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
        const { isInt, multipleOf } = aggregateChecks(inst);
        return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gt(value, params) {
        return this.check(api/* _gt */.Tx(value, params));
    },
    gte(value, params) {
        return this.check(api/* _gte */.qm(value, params));
    },
    min(value, params) {
        return this.check(api/* _gte */.qm(value, params));
    },
    lt(value, params) {
        return this.check(api/* _lt */.Au(value, params));
    },
    lte(value, params) {
        return this.check(api/* _lte */.Zm(value, params));
    },
    max(value, params) {
        return this.check(api/* _lte */.Zm(value, params));
    },
    int(params) {
        return this.check(schemas_int(params));
    },
    safe(params) {
        return this.check(schemas_int(params));
    },
    positive(params) {
        return this.check(api/* _gt */.Tx(0, params));
    },
    nonnegative(params) {
        return this.check(api/* _gte */.qm(0, params));
    },
    negative(params) {
        return this.check(api/* _lt */.Au(0, params));
    },
    nonpositive(params) {
        return this.check(api/* _lte */.Zm(0, params));
    },
    multipleOf(value, params) {
        return this.check(api/* _multipleOf */.Hi(value, params));
    },
    step(value, params) {
        return this.check(api/* _multipleOf */.Hi(value, params));
    },
    finite() {
        return this;
    },
}));
function number(params) {
    return api/* _number */.F7(ZodNumber, params);
}
const ZodNumberFormat = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodNumber.init(inst, def);
});
function schemas_int(params) {
    return api/* _int */.LK(ZodNumberFormat, params);
}
function float32(params) {
    return core._float32(ZodNumberFormat, params);
}
function float64(params) {
    return core._float64(ZodNumberFormat, params);
}
function int32(params) {
    return core._int32(ZodNumberFormat, params);
}
function uint32(params) {
    return core._uint32(ZodNumberFormat, params);
}
const ZodBoolean = /*@__PURE__*/ core_core/* $constructor */.xI("ZodBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function schemas_boolean(params) {
    return api/* _boolean */._L(ZodBoolean, params);
}
const ZodBigInt = /*@__PURE__*/ core_core/* $constructor */.xI("ZodBigInt", (inst, def) => {
    $ZodBigInt.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => bigintProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ core_util/* derived */.un({
    minValue: (inst) => aggregateChecks(inst).minimum ?? null,
    maxValue: (inst) => aggregateChecks(inst).maximum ?? null,
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gte(value, params) {
        return this.check(api/* _gte */.qm(value, params));
    },
    min(value, params) {
        return this.check(api/* _gte */.qm(value, params));
    },
    gt(value, params) {
        return this.check(api/* _gt */.Tx(value, params));
    },
    lt(value, params) {
        return this.check(api/* _lt */.Au(value, params));
    },
    lte(value, params) {
        return this.check(api/* _lte */.Zm(value, params));
    },
    max(value, params) {
        return this.check(api/* _lte */.Zm(value, params));
    },
    positive(params) {
        return this.check(api/* _gt */.Tx(BigInt(0), params));
    },
    negative(params) {
        return this.check(api/* _lt */.Au(BigInt(0), params));
    },
    nonpositive(params) {
        return this.check(api/* _lte */.Zm(BigInt(0), params));
    },
    nonnegative(params) {
        return this.check(api/* _gte */.qm(BigInt(0), params));
    },
    multipleOf(value, params) {
        return this.check(api/* _multipleOf */.Hi(value, params));
    },
}));
function bigint(params) {
    return core._bigint(ZodBigInt, params);
}
const ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodBigIntFormat", (inst, def) => {
    core.$ZodBigIntFormat.init(inst, def);
    ZodBigInt.init(inst, def);
})));
function int64(params) {
    return core._int64(ZodBigIntFormat, params);
}
function uint64(params) {
    return core._uint64(ZodBigIntFormat, params);
}
const ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSymbol", (inst, def) => {
    core.$ZodSymbol.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.symbolProcessor(inst, ctx, json, params);
})));
function symbol(params) {
    return core._symbol(ZodSymbol, params);
}
const ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodUndefined", (inst, def) => {
    core.$ZodUndefined.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.undefinedProcessor(inst, ctx, json, params);
})));
function _undefined(params) {
    return core._undefined(ZodUndefined, params);
}

const ZodNull = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNull", (inst, def) => {
    $ZodNull.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullProcessor(inst, ctx, json, params);
});
function _null(params) {
    return api/* _null */.jw(ZodNull, params);
}

const ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodAny", (inst, def) => {
    core.$ZodAny.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.anyProcessor(inst, ctx, json, params);
})));
function any() {
    return core._any(ZodAny);
}
const ZodUnknown = /*@__PURE__*/ core_core/* $constructor */.xI("ZodUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
    return api/* _unknown */.em(ZodUnknown);
}
const ZodNever = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
    return api/* _never */.G8(ZodNever, params);
}
const ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodVoid", (inst, def) => {
    core.$ZodVoid.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.voidProcessor(inst, ctx, json, params);
})));
function _void(params) {
    return core._void(ZodVoid, params);
}

const ZodDate = /*@__PURE__*/ core_core/* $constructor */.xI("ZodDate", (inst, def) => {
    $ZodDate.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => dateProcessor(inst, ctx, json, params);
    inst.min = (value, params) => inst.check(api/* _gte */.qm(value, params));
    inst.max = (value, params) => inst.check(api/* _lte */.Zm(value, params));
}, 
/*@__PURE__*/ core_util/* derived */.un({
    minDate: (inst) => {
        const { minimum } = aggregateChecks(inst);
        return minimum ? new Date(minimum) : null;
    },
    maxDate: (inst) => {
        const { maximum } = aggregateChecks(inst);
        return maximum ? new Date(maximum) : null;
    },
}, {}));
function date(params) {
    return core._date(ZodDate, params);
}
const ZodArray = /*@__PURE__*/ core_core/* $constructor */.xI("ZodArray", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodArray.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
    inst.element = def.element;
}, {
    min(n, params) {
        return this.check(api/* _minLength */.m9(n, params));
    },
    nonempty(params) {
        return this.check(api/* _minLength */.m9(1, params));
    },
    max(n, params) {
        return this.check(api/* _maxLength */.Eb(n, params));
    },
    length(n, params) {
        return this.check(api/* _length */.YA(n, params));
    },
    unwrap() {
        return this.element;
    },
});
function array(element, params) {
    return api/* _array */.dZ(ZodArray, element, params);
}
// .keyof
function keyof(schema) {
    const shape = schema._zod.def.shape;
    return _enum(Object.keys(shape));
}
const ZodObject = /*@__PURE__*/ core_core/* $constructor */.xI("ZodObject", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodObjectJIT.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
    core_util/* installLazyProp */.X(inst, "shape", (self) => self._zod.def.shape, false);
}, {
    keyof() {
        return _enum(Object.keys(this._zod.def.shape));
    },
    catchall(catchall) {
        // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: catchall }));
    },
    passthrough() {
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: unknown() }));
    },
    loose() {
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: unknown() }));
    },
    strict() {
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: never() }));
    },
    strip() {
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: undefined }));
    },
    extend(incoming) {
        return core_util/* extend */.X$(this, incoming);
    },
    safeExtend(incoming) {
        return core_util/* safeExtend */.W0(this, incoming);
    },
    merge(other) {
        return core_util/* merge */.h1(this, other);
    },
    pick(mask) {
        return core_util/* pick */.Up(this, mask);
    },
    omit(mask) {
        return core_util/* omit */.cJ(this, mask);
    },
    partial(...args) {
        return core_util/* partial */.OH(ZodOptional, this, args[0]);
    },
    exactPartial(...args) {
        return core_util/* partial */.OH(ZodExactOptional, this, args[0], "exactPartial");
    },
    required(...args) {
        return core_util/* required */.mw(ZodNonOptional, this, args[0]);
    },
});
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ...core_util/* normalizeParams */.A2(params),
    };
    return new ZodObject(def);
}
// strictObject
function strictObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: never(),
        ...util.normalizeParams(params),
    });
}
// looseObject
function looseObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: unknown(),
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodUnion = /*@__PURE__*/ core_core/* $constructor */.xI("ZodUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
});
function union(options, params) {
    return new ZodUnion({
        type: "union",
        options: options,
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodXor", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodXor.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
})));
/** Creates an exclusive union (XOR) where exactly one option must match.
 * Unlike regular unions that succeed when any option matches, xor fails if
 * zero or more than one option matches the input. */
function xor(options, params) {
    return new ZodXor({
        type: "union",
        options: options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
const ZodDiscriminatedUnion = /*@__PURE__*/ core_core/* $constructor */.xI("ZodDiscriminatedUnion", (inst, def) => {
    ZodUnion.init(inst, def);
    $ZodDiscriminatedUnion.init(inst, def);
});
function discriminatedUnion(discriminator, options, params) {
    // const [options, params] = args;
    return new ZodDiscriminatedUnion({
        type: "union",
        options: options,
        discriminator,
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodIntersection = /*@__PURE__*/ core_core/* $constructor */.xI("ZodIntersection", (inst, def) => {
    $ZodIntersection.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
    return new ZodIntersection({
        type: "intersection",
        left: left,
        right: right,
    });
}
const ZodTuple = /*@__PURE__*/ core_core/* $constructor */.xI("ZodTuple", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTuple.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => tupleProcessor(inst, ctx, json, params);
}, {
    rest(rest) {
        return this.clone({
            ...this._zod.def,
            rest: rest,
        });
    },
    partial() {
        const def = this._zod.def;
        // a refinement was authored against the full arity; partialing would run it on a shorter array
        if (def.checks?.length)
            throw new Error(".partial() cannot be used on tuple schemas containing refinements");
        return this.clone({
            ...def,
            items: def.items.map((item) => new ZodOptional({ type: "optional", innerType: item })),
        });
    },
});
function tuple(items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof $ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new ZodTuple({
        type: "tuple",
        items: items,
        rest,
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodRecord = /*@__PURE__*/ core_core/* $constructor */.xI("ZodRecord", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodRecord.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
    // v3-compat: z.record(valueType, params?) — defaults keyType to z.string()
    if (!valueType || !valueType._zod) {
        return new ZodRecord({
            type: "record",
            keyType: string(),
            valueType: keyType,
            ...core_util/* normalizeParams */.A2(valueType),
        });
    }
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// type alksjf = core.output<core.$ZodRecordKey>;
function partialRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
        partial: true,
    });
}
function looseRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        mode: "loose",
        ...util.normalizeParams(params),
    });
}
const ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMap", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodMap.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.mapProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function map(keyType, valueType, params) {
    return new ZodMap({
        type: "map",
        keyType: keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSet", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodSet.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.setProcessor(inst, ctx, json, params);
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function set(valueType, params) {
    return new ZodSet({
        type: "set",
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodEnum = /*@__PURE__*/ core_core/* $constructor */.xI("ZodEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
    inst.enum = def.entries;
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
    const keys = new Set(Object.keys(def.entries));
    inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) {
            if (keys.has(value)) {
                newEntries[value] = def.entries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...core_util/* normalizeParams */.A2(params),
            entries: newEntries,
        });
    };
    inst.exclude = (values, params) => {
        const newEntries = { ...def.entries };
        for (const value of values) {
            if (keys.has(value)) {
                delete newEntries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...core_util/* normalizeParams */.A2(params),
            entries: newEntries,
        });
    };
});
function _enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodEnum({
        type: "enum",
        entries,
        ...core_util/* normalizeParams */.A2(params),
    });
}

/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function nativeEnum(entries, params) {
    return new ZodEnum({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
const ZodLiteral = /*@__PURE__*/ core_core/* $constructor */.xI("ZodLiteral", (inst, def) => {
    $ZodLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
    inst.values = new Set(def.values);
    Object.defineProperty(inst, "value", {
        get() {
            if (def.values.length > 1) {
                throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
            }
            return def.values[0];
        },
    });
});
function literal(value, params) {
    return new ZodLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFile", (inst, def) => {
    core.$ZodFile.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.fileProcessor(inst, ctx, json, params);
    inst.min = (size, params) => inst.check(core._minSize(size, params));
    inst.max = (size, params) => inst.check(core._maxSize(size, params));
    inst.mime = (types, params) => inst.check(core._mime(Array.isArray(types) ? types : [types], params));
})));
function file(params) {
    return core._file(ZodFile, params);
}
const ZodTransform = /*@__PURE__*/ core_core/* $constructor */.xI("ZodTransform", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTransform.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
    inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") {
            throw new core_core/* $ZodEncodeError */.cV(inst.constructor.name);
        }
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(core_util/* issue */.sn(issue, payload.value, def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = inst);
                // _issue.continue ??= true;
                payload.issues.push(core_util/* issue */.sn(_issue));
            }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) {
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        payload.value = output;
        return payload;
    };
});
function transform(fn) {
    return new ZodTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodOptional = /*@__PURE__*/ core_core/* $constructor */.xI("ZodOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
    return new ZodOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodExactOptional = /*@__PURE__*/ core_core/* $constructor */.xI("ZodExactOptional", (inst, def) => {
    $ZodExactOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
    return new ZodExactOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodNullable = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
    return new ZodNullable({
        type: "nullable",
        innerType: innerType,
    });
}
// nullish
function nullish(innerType) {
    return optional(nullable(innerType));
}
const ZodDefault = /*@__PURE__*/ core_core/* $constructor */.xI("ZodDefault", (inst, def) => {
    $ZodDefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
    return new ZodDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : core_util/* shallowClone */.yG(defaultValue);
        },
    });
}
const ZodPrefault = /*@__PURE__*/ core_core/* $constructor */.xI("ZodPrefault", (inst, def) => {
    $ZodPrefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
    return new ZodPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : core_util/* shallowClone */.yG(defaultValue);
        },
    });
}
const ZodNonOptional = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNonOptional", (inst, def) => {
    $ZodNonOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
    return new ZodNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSuccess", (inst, def) => {
    core.$ZodSuccess.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.successProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function success(innerType) {
    return new ZodSuccess({
        type: "success",
        innerType: innerType,
    });
}
const ZodCatch = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCatch", (inst, def) => {
    $ZodCatch.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
    return new ZodCatch({
        type: "catch",
        innerType: innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : core_util/* constantCatch */.SS(catchValue)),
    });
}

const ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNaN", (inst, def) => {
    core.$ZodNaN.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nanProcessor(inst, ctx, json, params);
})));
function nan(params) {
    return core._nan(ZodNaN, params);
}
const ZodPipe = /*@__PURE__*/ core_core/* $constructor */.xI("ZodPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
    inst.in = def.in;
    inst.out = def.out;
});
function pipe(in_, out) {
    return new ZodPipe({
        type: "pipe",
        in: in_,
        out: out,
        // ...util.normalizeParams(params),
    });
}
const ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCodec", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodCodec.init(inst, def);
})));
function codec(in_, out, params) {
    return new ZodCodec({
        type: "pipe",
        in: in_,
        out: out,
        transform: params.decode,
        reverseTransform: params.encode,
    });
}
function invertCodec(codec) {
    const def = codec._zod.def;
    return new ZodCodec({
        type: "pipe",
        in: def.out,
        out: def.in,
        transform: def.reverseTransform,
        reverseTransform: def.transform,
    });
}
const ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPreprocess", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodPreprocess.init(inst, def);
})));
const ZodReadonly = /*@__PURE__*/ core_core/* $constructor */.xI("ZodReadonly", (inst, def) => {
    $ZodReadonly.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
    return new ZodReadonly({
        type: "readonly",
        innerType: innerType,
    });
}
const ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodTemplateLiteral", (inst, def) => {
    core.$ZodTemplateLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.templateLiteralProcessor(inst, ctx, json, params);
})));
function templateLiteral(parts, params) {
    return new ZodTemplateLiteral({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
const ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodLazy", (inst, def) => {
    core.$ZodLazy.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.lazyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.getter();
})));
function lazy(getter) {
    return new ZodLazy({
        type: "lazy",
        getter: getter,
    });
}
const ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPromise", (inst, def) => {
    core.$ZodPromise.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.promiseProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function promise(innerType) {
    return new ZodPromise({
        type: "promise",
        innerType: innerType,
    });
}
const ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFunction", (inst, def) => {
    core.$ZodFunction.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.functionProcessor(inst, ctx, json, params);
})));
function _function(params) {
    return new ZodFunction({
        type: "function",
        input: Array.isArray(params?.input) ? tuple(params?.input) : (params?.input ?? array(unknown())),
        output: params?.output ?? unknown(),
    });
}

const ZodCustom = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
// custom checks
function check(fn) {
    const ch = new core.$ZodCheck({
        check: "custom",
        // ...util.normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
function custom(fn, _params) {
    return core._custom(ZodCustom, fn ?? (() => true), _params);
}
function refine(fn, _params = {}) {
    return api/* _refine */.fU(ZodCustom, fn, _params);
}
// superRefine
function superRefine(fn, params) {
    return api/* _superRefine */.MB(fn, params);
}
// Re-export describe and meta from core
const describe = api/* describe */.q0;
const meta = api/* meta */.mI;
const ZodInstanceOf = /*@__PURE__*/ core_core/* $constructor */.xI("ZodInstanceOf", (inst, def) => {
    ZodCustom.init(inst, def);
}, {
    properties(shape, params) {
        // asserts in place, so the narrowed output type is truthful without a wrapper
        return this.check(api/* _properties */.T2(shape, params));
    },
});
function _instanceof(cls, params = {}) {
    const inst = new ZodInstanceOf({
        type: "custom",
        check: "custom",
        fn: (data) => data instanceof cls,
        abort: true,
        ...util.normalizeParams(params),
    });
    inst._zod.bag.Class = cls;
    // Override check to emit invalid_type instead of custom
    inst._zod.check = (payload) => {
        if (!(payload.value instanceof cls)) {
            payload.issues.push({
                code: "invalid_type",
                expected: cls.name,
                input: payload.value,
                inst,
                path: [...(inst._zod.def.path ?? [])],
            });
        }
    };
    return inst;
}

// stringbool
const stringbool = (...args) => core._stringbool({
    Codec: ZodCodec,
    Boolean: ZodBoolean,
    String: ZodString,
}, ...args);
function json(params) {
    const jsonSchema = lazy(() => {
        return union([string(params), number(), schemas_boolean(), _null(), array(jsonSchema), record(string(), jsonSchema)]);
    });
    return jsonSchema;
}
// preprocess
function preprocess(fn, schema) {
    return new ZodPreprocess({
        type: "pipe",
        in: transform(fn),
        out: schema,
    });
}


/***/ }),

/***/ 3759:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $O: () => (/* binding */ _ipv6),
/* harmony export */   $S: () => (/* binding */ _startsWith),
/* harmony export */   Au: () => (/* binding */ _lt),
/* harmony export */   Be: () => (/* binding */ _uuid),
/* harmony export */   Bj: () => (/* binding */ _cuid2),
/* harmony export */   Ct: () => (/* binding */ _ulid),
/* harmony export */   Dl: () => (/* binding */ _nanoid),
/* harmony export */   ER: () => (/* binding */ _endsWith),
/* harmony export */   Eb: () => (/* binding */ _maxLength),
/* harmony export */   F7: () => (/* binding */ _number),
/* harmony export */   Fk: () => (/* binding */ _regex),
/* harmony export */   Fn: () => (/* binding */ _url),
/* harmony export */   G1: () => (/* binding */ _isoDateTime),
/* harmony export */   G8: () => (/* binding */ _never),
/* harmony export */   Hi: () => (/* binding */ _multipleOf),
/* harmony export */   Il: () => (/* binding */ _toLowerCase),
/* harmony export */   KB: () => (/* binding */ _e164),
/* harmony export */   Kn: () => (/* binding */ _isoTime),
/* harmony export */   LK: () => (/* binding */ _int),
/* harmony export */   MB: () => (/* binding */ _superRefine),
/* harmony export */   Mu: () => (/* binding */ _email),
/* harmony export */   Ny: () => (/* binding */ _ipv4),
/* harmony export */   Pw: () => (/* binding */ _xid),
/* harmony export */   Rl: () => (/* binding */ _string),
/* harmony export */   T2: () => (/* binding */ _properties),
/* harmony export */   TL: () => (/* binding */ _slugify),
/* harmony export */   Tx: () => (/* binding */ _gt),
/* harmony export */   Uy: () => (/* binding */ _cidrv4),
/* harmony export */   WN: () => (/* binding */ _trim),
/* harmony export */   YA: () => (/* binding */ _length),
/* harmony export */   Zm: () => (/* binding */ _lte),
/* harmony export */   _L: () => (/* binding */ _boolean),
/* harmony export */   _z: () => (/* binding */ _ksuid),
/* harmony export */   aC: () => (/* binding */ _emoji),
/* harmony export */   bS: () => (/* binding */ _overwrite),
/* harmony export */   cU: () => (/* binding */ _base64url),
/* harmony export */   dR: () => (/* binding */ _includes),
/* harmony export */   dZ: () => (/* binding */ _array),
/* harmony export */   db: () => (/* binding */ _isoDate),
/* harmony export */   em: () => (/* binding */ _unknown),
/* harmony export */   f2: () => (/* binding */ _isoDuration),
/* harmony export */   fU: () => (/* binding */ _refine),
/* harmony export */   fs: () => (/* binding */ _cuid),
/* harmony export */   gP: () => (/* binding */ _cidrv6),
/* harmony export */   hH: () => (/* binding */ _lowercase),
/* harmony export */   jw: () => (/* binding */ _null),
/* harmony export */   lo: () => (/* binding */ _normalize),
/* harmony export */   m9: () => (/* binding */ _minLength),
/* harmony export */   mI: () => (/* binding */ meta),
/* harmony export */   nA: () => (/* binding */ _uuidv4),
/* harmony export */   pY: () => (/* binding */ _uuidv6),
/* harmony export */   q0: () => (/* binding */ describe),
/* harmony export */   qF: () => (/* binding */ _uppercase),
/* harmony export */   qm: () => (/* binding */ _gte),
/* harmony export */   rk: () => (/* binding */ _jwt),
/* harmony export */   rt: () => (/* binding */ _base64),
/* harmony export */   tB: () => (/* binding */ _guid),
/* harmony export */   wA: () => (/* binding */ _uuidv7),
/* harmony export */   xY: () => (/* binding */ _toUpperCase)
/* harmony export */ });
/* unused harmony exports _coercedString, _mac, _creditCard, _iban, TimePrecision, _coercedNumber, _float32, _float64, _int32, _uint32, _coercedBoolean, _bigint, _coercedBigint, _int64, _uint64, _symbol, _undefined, _any, _void, _date, _coercedDate, _nan, _max, _min, _positive, _negative, _nonpositive, _nonnegative, _maxSize, _minSize, _size, _property, _mime, _union, _xor, _discriminatedUnion, _intersection, _tuple, _record, _map, _set, _enum, _nativeEnum, _literal, _file, _transform, _optional, _nullable, _default, _nonoptional, _success, _catch, _pipe, _readonly, _templateLiteral, _lazy, _promise, _custom, _check, _stringbool, _stringFormat */
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4890);
/* harmony import */ var _registries_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9396);
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4723);




function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class, params) {
    return new Class(snapshotChecks({ type: "string", coerce: true, ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
    return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _emoji(Class, params) {
    return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
    return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
    return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
    return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
    return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
    return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
    return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
    return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
    return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mac(Class, params) {
    return new Class({
        type: "string",
        format: "mac",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
    return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
    return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
    return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _creditCard(Class, params) {
    return new Class({
        type: "string",
        format: "credit_card",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _iban(Class, params) {
    return new Class({
        type: "string",
        format: "iban",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
    return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
const TimePrecision = {
    Any: null,
    Minute: -1,
    Second: 0,
    Millisecond: 3,
    Microsecond: 6,
};
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
    return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
    return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class, params) {
    return new Class(snapshotChecks({ type: "number", coerce: true, checks: [], ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float64(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "int32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "uint32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class, params) {
    return new Class({
        type: "boolean",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _bigint(Class, params) {
    return new Class({
        type: "bigint",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class, params) {
    return new Class({
        type: "bigint",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "int64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "uint64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _symbol(Class, params) {
    return new Class({
        type: "symbol",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _undefined(Class, params) {
    return new Class({
        type: "undefined",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _null(Class, params) {
    return new Class({
        type: "null",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _any(Class) {
    return new Class({
        type: "any",
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
    return new Class({
        type: "never",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _void(Class, params) {
    return new Class({
        type: "void",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _date(Class, params) {
    return new Class({
        type: "date",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class, params) {
    return new Class({
        type: "date",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nan(Class, params) {
    return new Class({
        type: "nan",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckLessThan */ .sm({
        check: "less_than",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckLessThan */ .sm({
        check: "less_than",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckGreaterThan */ .J_({
        check: "greater_than",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckGreaterThan */ .J_({
        check: "greater_than",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _positive(params) {
    return _gt(0, params);
}
// negative
// @__NO_SIDE_EFFECTS__
function _negative(params) {
    return _lt(0, params);
}
// nonpositive
// @__NO_SIDE_EFFECTS__
function _nonpositive(params) {
    return _lte(0, params);
}
// nonnegative
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
    return _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckMultipleOf */ .Jk({
        check: "multiple_of",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        value,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxSize(maximum, params) {
    return new checks.$ZodCheckMaxSize({
        check: "max_size",
        ...util.normalizeParams(params),
        maximum,
    });
}
// @__NO_SIDE_EFFECTS__
function _minSize(minimum, params) {
    return new checks.$ZodCheckMinSize({
        check: "min_size",
        ...util.normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _size(size, params) {
    return new checks.$ZodCheckSizeEquals({
        check: "size_equals",
        ...util.normalizeParams(params),
        size,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckMaxLength */ .Yk({
        check: "max_length",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckMinLength */ .Kk({
        check: "min_length",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckLengthEquals */ .RM({
        check: "length_equals",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        length,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckRegex */ .DG({
        check: "string_format",
        format: "regex",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckLowerCase */ .NI({
        check: "string_format",
        format: "lowercase",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckUpperCase */ .kH({
        check: "string_format",
        format: "uppercase",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckIncludes */ .Tt({
        check: "string_format",
        format: "includes",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        includes,
    });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckStartsWith */ .J({
        check: "string_format",
        format: "starts_with",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        prefix,
    });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckEndsWith */ .E6({
        check: "string_format",
        format: "ends_with",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        suffix,
    });
}
// @__NO_SIDE_EFFECTS__
function _property(property, schema, params) {
    return new checks.$ZodCheckProperty({
        check: "property",
        property,
        schema,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _properties(shape, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckProperties */ .nJ({
        check: "properties",
        shape,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mime(types, params) {
    return new checks.$ZodCheckMimeType({
        check: "mime_type",
        mime: types,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckOverwrite */ .v$({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
    return _overwrite((input) => input.normalize(form));
}
// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
    return _overwrite((input) => input.toLowerCase());
}
// toUpperCase
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
    return _overwrite((input) => input.toUpperCase());
}
// slugify
// @__NO_SIDE_EFFECTS__
function _slugify() {
    return _overwrite((input) => _util_js__WEBPACK_IMPORTED_MODULE_0__/* .slugify */ .Yv(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
    return new Class({
        type: "array",
        element,
        // get element() {
        //   return element;
        // },
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _union(Class, options, params) {
    return new Class({
        type: "union",
        options,
        ...util.normalizeParams(params),
    });
}
function _xor(Class, options, params) {
    return new Class({
        type: "union",
        options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _discriminatedUnion(Class, discriminator, options, params) {
    return new Class({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _intersection(Class, left, right) {
    return new Class({
        type: "intersection",
        left,
        right,
    });
}
// export function _tuple(
//   Class: util.SchemaClass<schemas.$ZodTuple>,
//   items: [],
//   params?: string | $ZodTupleParams
// ): schemas.$ZodTuple<[], null>;
// @__NO_SIDE_EFFECTS__
function _tuple(Class, items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof schemas.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new Class({
        type: "tuple",
        items,
        rest,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _record(Class, keyType, valueType, params) {
    return new Class({
        type: "record",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _map(Class, keyType, valueType, params) {
    return new Class({
        type: "map",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _set(Class, valueType, params) {
    return new Class({
        type: "set",
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _enum(Class, values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    // if (Array.isArray(values)) {
    //   for (const value of values) {
    //     entries[value] = value;
    //   }
    // } else {
    //   Object.assign(entries, values);
    // }
    // const entries: util.EnumLike = {};
    // for (const val of values) {
    //   entries[val] = val;
    // }
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function _nativeEnum(Class, entries, params) {
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _literal(Class, value, params) {
    return new Class({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _file(Class, params) {
    return new Class({
        type: "file",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _transform(Class, fn) {
    return new Class({
        type: "transform",
        transform: fn,
    });
}
// @__NO_SIDE_EFFECTS__
function _optional(Class, innerType) {
    return new Class({
        type: "optional",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _nullable(Class, innerType) {
    return new Class({
        type: "nullable",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _default(Class, innerType, defaultValue) {
    return new Class({
        type: "default",
        innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
// @__NO_SIDE_EFFECTS__
function _nonoptional(Class, innerType, params) {
    return new Class({
        type: "nonoptional",
        innerType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _success(Class, innerType) {
    return new Class({
        type: "success",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _catch(Class, innerType, catchValue) {
    return new Class({
        type: "catch",
        innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : util.constantCatch(catchValue)),
    });
}
// @__NO_SIDE_EFFECTS__
function _pipe(Class, in_, out) {
    return new Class({
        type: "pipe",
        in: in_,
        out,
    });
}
// @__NO_SIDE_EFFECTS__
function _readonly(Class, innerType) {
    return new Class({
        type: "readonly",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _templateLiteral(Class, parts, params) {
    return new Class({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lazy(Class, getter) {
    return new Class({
        type: "lazy",
        getter,
    });
}
// @__NO_SIDE_EFFECTS__
function _promise(Class, innerType) {
    return new Class({
        type: "promise",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class, fn, _params) {
    const norm = util.normalizeParams(_params);
    norm.abort ?? (norm.abort = true); // default to abort:false
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...norm,
    });
    return schema;
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
    const ch = _check((payload) => {
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(_util_js__WEBPACK_IMPORTED_MODULE_0__/* .issue */ .sn(issue, payload.value, ch._zod.def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = ch);
                _issue.continue ?? (_issue.continue = !ch._zod.def.abort); // abort is always undefined, so this is always true...
                payload.issues.push(_util_js__WEBPACK_IMPORTED_MODULE_0__/* .issue */ .sn(_issue));
            }
        };
        return fn(payload.value, payload);
    }, params);
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
    const ch = new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheck */ .QP({
        check: "custom",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
    ch._zod.check = fn;
    return ch;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
    const ch = new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheck */ .QP({ check: "describe" });
    ch._zod.onattach = [
        (inst) => {
            const existing = _registries_js__WEBPACK_IMPORTED_MODULE_2__/* .globalRegistry */ .fd.get(inst) ?? {};
            _registries_js__WEBPACK_IMPORTED_MODULE_2__/* .globalRegistry */ .fd.add(inst, { ...existing, description });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function meta(metadata) {
    const ch = new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheck */ .QP({ check: "meta" });
    ch._zod.onattach = [
        (inst) => {
            const existing = _registries_js__WEBPACK_IMPORTED_MODULE_2__/* .globalRegistry */ .fd.get(inst) ?? {};
            _registries_js__WEBPACK_IMPORTED_MODULE_2__/* .globalRegistry */ .fd.add(inst, { ...existing, ...metadata });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
    const params = util.normalizeParams(_params);
    let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
    let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
    if (params.case !== "sensitive") {
        truthyArray = truthyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
        falsyArray = falsyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
    }
    const truthySet = new Set(truthyArray);
    const falsySet = new Set(falsyArray);
    const _Codec = Classes.Codec ?? schemas.$ZodCodec;
    const _Boolean = Classes.Boolean ?? schemas.$ZodBoolean;
    const _String = Classes.String ?? schemas.$ZodString;
    const stringSchema = new _String({ type: "string", error: params.error });
    const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
    const codec = new _Codec({
        type: "pipe",
        in: stringSchema,
        out: booleanSchema,
        transform: ((input, payload) => {
            let data = input;
            if (params.case !== "sensitive")
                data = data.toLowerCase();
            if (truthySet.has(data)) {
                return true;
            }
            else if (falsySet.has(data)) {
                return false;
            }
            else {
                payload.issues.push({
                    code: "invalid_value",
                    expected: "stringbool",
                    values: [...truthySet, ...falsySet],
                    input: payload.value,
                    inst: codec,
                    continue: false,
                });
                return {};
            }
        }),
        reverseTransform: ((input, _payload) => {
            if (input === true) {
                return truthyArray[0] || "true";
            }
            else {
                return falsyArray[0] || "false";
            }
        }),
        error: params.error,
    });
    codec._zod.bag.truthy = truthyArray;
    codec._zod.bag.falsy = falsyArray;
    codec._zod.bag.case = params.case ?? "insensitive";
    return codec;
}
// @__NO_SIDE_EFFECTS__
function _stringFormat(Class, format, fnOrRegex, _params = {}) {
    const params = util.normalizeParams(_params);
    const def = {
        check: "string_format",
        type: "string",
        format,
        fn: typeof fnOrRegex === "function" ? fnOrRegex : (val) => fnOrRegex.test(val),
        ...params,
    };
    if (fnOrRegex instanceof RegExp) {
        def.pattern = fnOrRegex;
    }
    const inst = new Class(def);
    return inst;
}


/***/ }),

/***/ 4890:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DG: () => (/* binding */ $ZodCheckRegex),
/* harmony export */   E6: () => (/* binding */ $ZodCheckEndsWith),
/* harmony export */   J: () => (/* binding */ $ZodCheckStartsWith),
/* harmony export */   J_: () => (/* binding */ $ZodCheckGreaterThan),
/* harmony export */   Jk: () => (/* binding */ $ZodCheckMultipleOf),
/* harmony export */   KH: () => (/* binding */ $ZodCheckNumberFormat),
/* harmony export */   Kk: () => (/* binding */ $ZodCheckMinLength),
/* harmony export */   NI: () => (/* binding */ $ZodCheckLowerCase),
/* harmony export */   QP: () => (/* binding */ $ZodCheck),
/* harmony export */   RM: () => (/* binding */ $ZodCheckLengthEquals),
/* harmony export */   Tt: () => (/* binding */ $ZodCheckIncludes),
/* harmony export */   Yk: () => (/* binding */ $ZodCheckMaxLength),
/* harmony export */   kH: () => (/* binding */ $ZodCheckUpperCase),
/* harmony export */   nJ: () => (/* binding */ $ZodCheckProperties),
/* harmony export */   ql: () => (/* binding */ $ZodCheckStringFormat),
/* harmony export */   sm: () => (/* binding */ $ZodCheckLessThan),
/* harmony export */   v$: () => (/* binding */ $ZodCheckOverwrite)
/* harmony export */ });
/* unused harmony exports $ZodCheckBigIntFormat, $ZodCheckMaxSize, $ZodCheckMinSize, $ZodCheckSizeEquals, $ZodCheckProperty, $ZodCheckMimeType */
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8532);
/* harmony import */ var _regexes_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3908);
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4723);
// import { $ZodType } from "./schemas.js";



const $ZodCheck = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for size-based checks: run only on non-nullish values with a `size`. */
const _whenHasSize = (payload) => {
    const val = payload.value;
    return !util.nullish(val) && val.size !== undefined;
};
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !_util_js__WEBPACK_IMPORTED_MODULE_1__/* .nullish */ .cl(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckGreaterThan = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMultipleOf = 
/*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckMultipleOf", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
            throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint"
            ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
                def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
            : _util_js__WEBPACK_IMPORTED_MODULE_1__/* .floatSafeRemainder */ .LG(payload.value, def.value) === 0;
        if (isMultiple)
            return;
        payload.issues.push({
            origin: typeof payload.value,
            code: "not_multiple_of",
            divisor: def.value,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckNumberFormat = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = _util_js__WEBPACK_IMPORTED_MODULE_1__/* .NUMBER_FORMAT_RANGES */ .zH[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckBigIntFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    const [minimum, maximum] = util.BIGINT_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (input < minimum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_small",
                minimum: minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
const $ZodCheckMaxSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMaxSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size <= def.maximum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMinSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMinSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size >= def.minimum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckSizeEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckSizeEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size === def.size)
            return;
        const tooBig = size > def.size;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            ...(tooBig ? { code: "too_big", maximum: def.size } : { code: "too_small", minimum: def.size }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMaxLength = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? _util_js__WEBPACK_IMPORTED_MODULE_1__/* .codePointLength */ .O7(input) : units;
        if (length <= def.maximum)
            return;
        const origin = _util_js__WEBPACK_IMPORTED_MODULE_1__/* .getLengthableOrigin */ .Rc(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMinLength = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? _util_js__WEBPACK_IMPORTED_MODULE_1__/* .codePointLength */ .O7(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = _util_js__WEBPACK_IMPORTED_MODULE_1__/* .getLengthableOrigin */ .Rc(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLengthEquals = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckLengthEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2
            ? _util_js__WEBPACK_IMPORTED_MODULE_1__/* .codePointLength */ .O7(input)
            : units;
        if (length === def.length)
            return;
        const origin = _util_js__WEBPACK_IMPORTED_MODULE_1__/* .getLengthableOrigin */ .Rc(input);
        const tooBig = length > def.length;
        payload.issues.push({
            origin,
            ...(tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStringFormat = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
});
const $ZodCheckRegex = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLowerCase = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = _regexes_js__WEBPACK_IMPORTED_MODULE_2__/* .lowercase */ .AC);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckUpperCase = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = _regexes_js__WEBPACK_IMPORTED_MODULE_2__/* .uppercase */ .Zv);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckIncludes = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = _util_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeRegex */ .sD(def.includes);
    // `String.prototype.includes(sub, position)` matches `sub` at `position`
    // OR LATER, so the pattern must allow at least `position` leading chars
    // (`{N,}`), not exactly `position` chars (`{N}`).
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: def.includes,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStartsWith = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${_util_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeRegex */ .sD(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: def.prefix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckEndsWith = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${_util_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeRegex */ .sD(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: def.suffix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
///////////////////////////////////
/////    $ZodCheckProperty    /////
///////////////////////////////////
function handleCheckPropertyResult(result, payload, property) {
    if (result.issues.length) {
        payload.issues.push(..._util_js__WEBPACK_IMPORTED_MODULE_1__/* .prefixIssues */ .lQ(property, result.issues));
    }
}
const $ZodCheckProperty = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckProperty", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        const result = def.schema._zod.run({
            value: payload.value[def.property],
            issues: [],
        }, {});
        if (result instanceof Promise) {
            return result.then((result) => handleCheckPropertyResult(result, payload, def.property));
        }
        handleCheckPropertyResult(result, payload, def.property);
        return;
    };
})));
const $ZodCheckProperties = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckProperties", (inst, def) => {
    $ZodCheck.init(inst, def);
    _util_js__WEBPACK_IMPORTED_MODULE_1__/* .hide */ .jD(inst, Symbol.iterator, function* () {
        yield inst;
    });
    // key and schema snapshotted together: reading one live and the other cached lets a later mutation of the caller's shape object pair a stale key with a missing schema
    let entries;
    inst._zod.check = (payload) => {
        // the base schema already typed the value, so only a nullish one is rejected here: the properties read on a primitive too, matching z.property() on a string's length
        if (payload.value == null) {
            payload.issues.push({ expected: "object", code: "invalid_type", input: payload.value, inst });
            return undefined;
        }
        entries ?? (entries = Reflect.ownKeys(def.shape).map((key) => [key, def.shape[key]]));
        const input = payload.value;
        let proms;
        for (const [key, schema] of entries) {
            const result = schema._zod.run({ value: input[key], issues: [] }, {});
            if (result instanceof Promise) {
                proms ?? (proms = []);
                proms.push(result.then((result) => handleCheckPropertyResult(result, payload, key)));
            }
            else {
                handleCheckPropertyResult(result, payload, key);
            }
        }
        if (proms)
            return Promise.all(proms).then(() => undefined);
        return undefined;
    };
});
const $ZodCheckMimeType = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMimeType", (inst, def) => {
    $ZodCheck.init(inst, def);
    const mimeSet = new Set(def.mime);
    inst._zod.check = (payload) => {
        if (mimeSet.has(payload.value.type))
            return;
        payload.issues.push({
            code: "invalid_value",
            values: def.mime,
            input: payload.value.type,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckOverwrite = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
    };
});


/***/ }),

/***/ 8532:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ config),
/* harmony export */   GT: () => (/* binding */ $ZodAsyncError),
/* harmony export */   cV: () => (/* binding */ $ZodEncodeError),
/* harmony export */   cr: () => (/* binding */ globalConfig),
/* harmony export */   xI: () => (/* binding */ $constructor)
/* harmony export */ });
/* unused harmony exports NEVER, $brand */
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4723);
var _a;

/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                (0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .members */ .ol)(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
//////////////////////////////   UTILITIES   ///////////////////////////////////////
const $brand = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("zod_brand")));
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(globalConfig, newConfig);
    return globalConfig;
}


/***/ }),

/***/ 3908:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ lowercase),
/* harmony export */   Ak: () => (/* binding */ nanoid),
/* harmony export */   D2: () => (/* binding */ nanoidOfLength),
/* harmony export */   F: () => (/* binding */ httpProtocol),
/* harmony export */   Gl: () => (/* binding */ cuid2),
/* harmony export */   K3: () => (/* binding */ base64),
/* harmony export */   Os: () => (/* binding */ guid),
/* harmony export */   Rp: () => (/* binding */ email),
/* harmony export */   Z0: () => (/* binding */ ulid),
/* harmony export */   Zg: () => (/* binding */ emoji),
/* harmony export */   Zv: () => (/* binding */ uppercase),
/* harmony export */   ai: () => (/* binding */ number),
/* harmony export */   ch: () => (/* binding */ _null),
/* harmony export */   fO: () => (/* binding */ ksuid),
/* harmony export */   gF: () => (/* binding */ cuid),
/* harmony export */   gp: () => (/* binding */ anyString),
/* harmony export */   hQ: () => (/* binding */ e164),
/* harmony export */   kB: () => (/* binding */ time),
/* harmony export */   kM: () => (/* binding */ xid),
/* harmony export */   l7: () => (/* binding */ cidrv6),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   o: () => (/* binding */ bigint),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   p6: () => (/* binding */ date),
/* harmony export */   r0: () => (/* binding */ base64url),
/* harmony export */   uR: () => (/* binding */ uuid),
/* harmony export */   uX: () => (/* binding */ ipv4),
/* harmony export */   ug: () => (/* binding */ ipv6),
/* harmony export */   w$: () => (/* binding */ datetime),
/* harmony export */   zM: () => (/* binding */ boolean),
/* harmony export */   zr: () => (/* binding */ cidrv4)
/* harmony export */ });
/* unused harmony exports extendedDuration, uuid4, uuid6, uuid7, html5Email, rfc5322Email, unicodeEmail, idnEmail, browserEmail, mac, hostname, domain, creditCard, currencyCode, iban, string, undefined, hex, md5_hex, md5_base64, md5_base64url, sha1_hex, sha1_base64, sha1_base64url, sha256_hex, sha256_base64, sha256_base64url, sha384_hex, sha384_base64, sha384_base64url, sha512_hex, sha512_base64, sha512_base64url */

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** Implements ISO 8601-2 extensions like explicit +- prefixes, mixing weeks with other units, and fractional/negative components. */
const extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
const uuid4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(4)));
const uuid6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(6)));
const uuid7 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(7)));
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/** Equivalent to the HTML5 input[type=email] validation implemented by browsers. Source: https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/email */
const html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/** The classic emailregex.com regex for RFC 5322-compliant emails */
const rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
/** A loose regex that allows Unicode characters, enforces length limits, and that's about it. */
const unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
const idnEmail = (/* unused pure expression or super */ null && (unicodeEmail));
const browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
    return new RegExp(_emoji, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const mac = (delimiter) => {
    const escapedDelim = util.escapeRegex(delimiter ?? ":");
    return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
};
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
// based on https://stackoverflow.com/questions/106179/regular-expression-to-match-dns-hostname-or-ip-address
// export const hostname: RegExp = /^([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+$/;
const hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
const domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
// Credit card shape: 12–19 digits, optionally separated by single spaces or single hyphens. ISO/IEC 7812 caps the PAN at 19 digits; 12 is the shortest issued length (Maestro).
const creditCard = /^\d(?:[ -]?\d){11,18}$/;
// ISO 4217 alpha codes from the SIX list, regenerated by scripts/update-iso-4217.ts
const currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
// iban electronic format: 2-letter country, check digits 02-98 (the only values `98 - remainder` can produce), 11-30 bban characters
const iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
 * esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
 * will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function anchor(source) {
    return new RegExp(`^${source}$`);
}
const date = /*@__PURE__*/ anchor(dateSource);
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const string = (params) => {
    const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
    return new RegExp(`^${regex}$`);
};
const bigint = /^-?\d+n?$/;
const integer = /^-?\d+$/;
const number = /^-?\d+(?:\.\d+)?$/;
const boolean = /^(?:true|false)$/i;
const _null = /^null$/i;

const _undefined = /^undefined$/i;

// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;
// regex for hexadecimal strings (any length)
const hex = /^[0-9a-fA-F]*$/;
// Hash regexes for different algorithms and encodings
// Helper function to create base64 regex with exact length and padding
function fixedBase64(bodyLength, padding) {
    return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
}
// Helper function to create base64url regex with exact length (no padding)
function fixedBase64url(length) {
    return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
}
// MD5 (16 bytes): base64 = 24 chars total (22 + "==")
const md5_hex = /^[0-9a-fA-F]{32}$/;
const md5_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(22, "==")));
const md5_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(22)));
// SHA1 (20 bytes): base64 = 28 chars total (27 + "=")
const sha1_hex = /^[0-9a-fA-F]{40}$/;
const sha1_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(27, "=")));
const sha1_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(27)));
// SHA256 (32 bytes): base64 = 44 chars total (43 + "=")
const sha256_hex = /^[0-9a-fA-F]{64}$/;
const sha256_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(43, "=")));
const sha256_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(43)));
// SHA384 (48 bytes): base64 = 64 chars total (no padding)
const sha384_hex = /^[0-9a-fA-F]{96}$/;
const sha384_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(64, "")));
const sha384_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(64)));
// SHA512 (64 bytes): base64 = 88 chars total (86 + "==")
const sha512_hex = /^[0-9a-fA-F]{128}$/;
const sha512_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(86, "==")));
const sha512_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(86)));


/***/ }),

/***/ 9396:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fd: () => (/* binding */ globalRegistry)
/* harmony export */ });
/* unused harmony exports $output, $input, $ZodRegistry, registry */
var _a;
const $output = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodOutput")));
const $input = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodInput")));
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;


/***/ }),

/***/ 4723:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A2: () => (/* binding */ normalizeParams),
/* harmony export */   B7: () => (/* binding */ stringifyPrimitive),
/* harmony export */   GW: () => (/* binding */ parsedType),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   LG: () => (/* binding */ floatSafeRemainder),
/* harmony export */   MO: () => (/* binding */ rawShape),
/* harmony export */   NM: () => (/* binding */ optionalKeys),
/* harmony export */   NR: () => (/* binding */ BIGINT_FORMAT_RANGES),
/* harmony export */   O7: () => (/* binding */ codePointLength),
/* harmony export */   OH: () => (/* binding */ partial),
/* harmony export */   PO: () => (/* binding */ cached),
/* harmony export */   QH: () => (/* binding */ aborted),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   Rc: () => (/* binding */ getLengthableOrigin),
/* harmony export */   SS: () => (/* binding */ constantCatch),
/* harmony export */   UQ: () => (/* binding */ esc),
/* harmony export */   Up: () => (/* binding */ pick),
/* harmony export */   Vy: () => (/* binding */ assignProp),
/* harmony export */   W0: () => (/* binding */ safeExtend),
/* harmony export */   X: () => (/* binding */ installLazyProp),
/* harmony export */   X$: () => (/* binding */ extend),
/* harmony export */   Yv: () => (/* binding */ slugify),
/* harmony export */   cJ: () => (/* binding */ omit),
/* harmony export */   cl: () => (/* binding */ nullish),
/* harmony export */   d3: () => (/* binding */ attachSchema),
/* harmony export */   gx: () => (/* binding */ captureStackTrace),
/* harmony export */   h1: () => (/* binding */ merge),
/* harmony export */   hI: () => (/* binding */ allowsEval),
/* harmony export */   hi: () => (/* binding */ sizeCaps),
/* harmony export */   iR: () => (/* binding */ finalizeIssue),
/* harmony export */   jD: () => (/* binding */ hide),
/* harmony export */   jw: () => (/* binding */ joinValues),
/* harmony export */   k8: () => (/* binding */ jsonStringifyReplacer),
/* harmony export */   lQ: () => (/* binding */ prefixIssues),
/* harmony export */   mw: () => (/* binding */ required),
/* harmony export */   o8: () => (/* binding */ clone),
/* harmony export */   ol: () => (/* binding */ members),
/* harmony export */   p6: () => (/* binding */ cleanRegex),
/* harmony export */   qQ: () => (/* binding */ propertyKeyTypes),
/* harmony export */   qh: () => (/* binding */ own),
/* harmony export */   rL: () => (/* binding */ explicitlyAborted),
/* harmony export */   sD: () => (/* binding */ escapeRegex),
/* harmony export */   sn: () => (/* binding */ issue),
/* harmony export */   un: () => (/* binding */ derived),
/* harmony export */   v5: () => (/* binding */ defineLazyInternal),
/* harmony export */   w5: () => (/* binding */ getEnumValues),
/* harmony export */   yG: () => (/* binding */ shallowClone),
/* harmony export */   zH: () => (/* binding */ NUMBER_FORMAT_RANGES),
/* harmony export */   zM: () => (/* binding */ mergeDefs)
/* harmony export */ });
/* unused harmony exports assertEqual, assertNotEqual, toZod, assertIs, assertNever, assert, defineLazy, objectClone, cloneDef, getElementAtPath, promiseAllObject, randomString, numKeys, getParsedType, primitiveTypes, createTransparentProxy, unwrapMessage, getSizableOrigin, cleanEnum, base64ToUint8Array, uint8ArrayToBase64, base64urlToUint8Array, uint8ArrayToBase64url, hexToUint8Array, uint8ArrayToHex, Class, CONSTANT_CATCH */
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8532);

// functions
function assertEqual(val) {
    return val;
}
function assertNotEqual(val) {
    return val;
}
function toZod() {
    return (schema) => schema;
}
function assertIs(_arg) { }
function assertNever(_x) {
    throw new Error("Unexpected value in exhaustive check");
}
function assert(_) { }
function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
const EVALUATING = /* @__PURE__*/ (/* unused pure expression or super */ null && (Symbol("evaluating")));
function defineLazy(object, key, getter) {
    let value = undefined;
    Object.defineProperty(object, key, {
        get() {
            if (value === EVALUATING) {
                // Circular reference detected, return undefined to break the cycle
                return undefined;
            }
            if (value === undefined) {
                value = EVALUATING;
                value = getter();
            }
            return value;
        },
        set(v) {
            Object.defineProperty(object, key, {
                value: v,
                // configurable: true,
            });
            // object[key] = v;
        },
        configurable: true,
    });
}
function objectClone(obj) {
    return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
    return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
    if (!path)
        return obj;
    return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
    const keys = Object.keys(promisesObj);
    const promises = keys.map((key) => promisesObj[key]);
    return Promise.all(promises).then((results) => {
        const resolvedObj = {};
        for (let i = 0; i < keys.length; i++) {
            resolvedObj[keys[i]] = results[i];
        }
        return resolvedObj;
    });
}
function randomString(length = 10) {
    const chars = "abcdefghijklmnopqrstuvwxyz";
    let str = "";
    for (let i = 0; i < length; i++) {
        str += chars[Math.floor(Math.random() * chars.length)];
    }
    return str;
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const allowsEval = /* @__PURE__*/ cached(() => {
    // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
    if (_core_js__WEBPACK_IMPORTED_MODULE_0__/* .globalConfig */ .cr.jitless) {
        return false;
    }
    // @ts-ignore
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
    }
    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }
});
function isPlainObject(o) {
    if (isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
function numKeys(data) {
    let keyCount = 0;
    for (const key in data) {
        if (Object.prototype.hasOwnProperty.call(data, key)) {
            keyCount++;
        }
    }
    return keyCount;
}
const getParsedType = (data) => {
    const t = typeof data;
    switch (t) {
        case "undefined":
            return "undefined";
        case "string":
            return "string";
        case "number":
            return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
            return "boolean";
        case "function":
            return "function";
        case "bigint":
            return "bigint";
        case "symbol":
            return "symbol";
        case "object":
            if (Array.isArray(data)) {
                return "array";
            }
            if (data === null) {
                return "null";
            }
            if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
                return "promise";
            }
            if (typeof Map !== "undefined" && data instanceof Map) {
                return "map";
            }
            if (typeof Set !== "undefined" && data instanceof Set) {
                return "set";
            }
            if (typeof Date !== "undefined" && data instanceof Date) {
                return "date";
            }
            // @ts-ignore
            if (typeof File !== "undefined" && data instanceof File) {
                return "file";
            }
            return "object";
        default:
            throw new Error(`Unknown data type: ${t}`);
    }
};
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
const primitiveTypes = /* @__PURE__*/ new Set([
    "string",
    "number",
    "bigint",
    "boolean",
    "symbol",
    "undefined",
]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function createTransparentProxy(getter) {
    let target;
    return new Proxy({}, {
        get(_, prop, receiver) {
            target ?? (target = getter());
            return Reflect.get(target, prop, receiver);
        },
        set(_, prop, value, receiver) {
            target ?? (target = getter());
            return Reflect.set(target, prop, value, receiver);
        },
        has(_, prop) {
            target ?? (target = getter());
            return Reflect.has(target, prop);
        },
        deleteProperty(_, prop) {
            target ?? (target = getter());
            return Reflect.deleteProperty(target, prop);
        },
        ownKeys(_) {
            target ?? (target = getter());
            return Reflect.ownKeys(target);
        },
        getOwnPropertyDescriptor(_, prop) {
            target ?? (target = getter());
            return Reflect.getOwnPropertyDescriptor(target, prop);
        },
        defineProperty(_, prop, descriptor) {
            target ?? (target = getter());
            return Reflect.defineProperty(target, prop, descriptor);
        },
    });
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}
// Wrapped in a `@__PURE__` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-3.4028234663852886e38, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
function getSizableOrigin(input) {
    if (input instanceof Set)
        return "set";
    if (input instanceof Map)
        return "map";
    // @ts-ignore
    if (input instanceof File)
        return "file";
    return "unknown";
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
function cleanEnum(obj) {
    return Object.entries(obj)
        .filter(([k, _]) => {
        // return true if NaN, meaning it's not a number, thus a string key
        return Number.isNaN(Number.parseInt(k, 10));
    })
        .map((el) => el[1]);
}
// Codec utility functions
function base64ToUint8Array(base64) {
    const binaryString = atob(base64);
    const bytes = new Uint8Array(binaryString.length);
    for (let i = 0; i < binaryString.length; i++) {
        bytes[i] = binaryString.charCodeAt(i);
    }
    return bytes;
}
function uint8ArrayToBase64(bytes) {
    let binaryString = "";
    for (let i = 0; i < bytes.length; i++) {
        binaryString += String.fromCharCode(bytes[i]);
    }
    return btoa(binaryString);
}
function base64urlToUint8Array(base64url) {
    const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    const padding = "=".repeat((4 - (base64.length % 4)) % 4);
    return base64ToUint8Array(base64 + padding);
}
function uint8ArrayToBase64url(bytes) {
    return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
    const cleanHex = hex.replace(/^0x/, "");
    if (cleanHex.length % 2 !== 0) {
        throw new Error("Invalid hex string length");
    }
    const bytes = new Uint8Array(cleanHex.length / 2);
    for (let i = 0; i < cleanHex.length; i += 2) {
        bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
    }
    return bytes;
}
function uint8ArrayToHex(bytes) {
    return Array.from(bytes)
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("");
}
// instanceof
class Class {
    constructor(..._args) { }
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(8293);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__run = __webpack_exports__.e;
/******/ export { __webpack_exports__run as run };
/******/ 
