// Dates and times as comparable numbers: dates as days since 1970-01-01,
// datetimes as milliseconds since the epoch (UTC; an offset is applied),
// times as milliseconds since midnight. Parsed by hand on the hot path.

const DIGIT0 = 48;

function digits(s: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const d = s.charCodeAt(i) - DIGIT0;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since the epoch for a proleptic Gregorian date (Howard Hinnant's algorithm). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** `YYYY-MM-DD` in text[from, to) → days since epoch, or undefined. */
export function parseIsoDateRange(s: string, from: number, to: number): number | undefined {
  if (to - from !== 10 || s.charCodeAt(from + 4) !== 45 || s.charCodeAt(from + 7) !== 45) return undefined;
  const year = digits(s, from, 4);
  const month = digits(s, from + 5, 2);
  const day = digits(s, from + 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}

export function parseIsoDate(s: string): number | undefined {
  return parseIsoDateRange(s, 0, s.length);
}

/** `HH:MM:SS[.fff…]` starting at `from`, ending by `to`; returns [ms, end index] or undefined. */
function parseClock(s: string, from: number, to: number, requireSeconds: boolean): [number, number] | undefined {
  if (from + 5 > to) return undefined;
  const h = digits(s, from, 2);
  if (h < 0 || h > 23 || s.charCodeAt(from + 2) !== 58) return undefined;
  const m = digits(s, from + 3, 2);
  if (m < 0 || m > 59) return undefined;
  let end = from + 5;
  let sec = 0;
  if (end < to && s.charCodeAt(end) === 58) {
    if (end + 3 > to) return undefined;
    sec = digits(s, end + 1, 2);
    if (sec < 0 || sec > 60) return undefined;
    end += 3;
  } else if (requireSeconds) return undefined;
  let ms = 0;
  if (end < to && s.charCodeAt(end) === 46) {
    let scale = 100;
    let i = end + 1;
    while (i < to) {
      const d = s.charCodeAt(i) - DIGIT0;
      if (d < 0 || d > 9) break;
      ms += d * scale;
      scale /= 10;
      i++;
    }
    if (i === end + 1) return undefined;
    end = i;
  }
  return [((h * 60 + m) * 60 + sec) * 1000 + ms, end];
}

/** `HH:MM:SS[.fff][Z|±HH:MM|±HHMM|±HH]` → ms since midnight (UTC when an offset is given, wrapped into the day). */
export function parseIsoTime(s: string): number | undefined {
  const clock = parseClock(s, 0, s.length, true);
  if (!clock) return undefined;
  const [ms, end] = clock;
  if (end === s.length) return ms;
  const offset = parseOffset(s, end, s.length);
  if (offset === undefined) return undefined;
  return (((ms - offset * 60000) % 86400000) + 86400000) % 86400000;
}

/** A zone designator filling text[from, to): `Z`, `±HH:MM`, `±HHMM` or `±HH` → minutes east of UTC. */
function parseOffset(s: string, from: number, to: number): number | undefined {
  const c = s.charCodeAt(from);
  if (c === 90) return from + 1 === to ? 0 : undefined;
  if (c !== 43 && c !== 45) return undefined;
  const oh = from + 3 <= to ? digits(s, from + 1, 2) : -1;
  let rest = from + 3;
  let om = 0;
  if (rest < to) {
    if (s.charCodeAt(rest) === 58) rest++;
    om = rest + 2 === to ? digits(s, rest, 2) : -1;
  } else if (rest !== to) return undefined;
  if (oh < 0 || oh > 23 || om < 0 || om > 59) return undefined;
  return (c === 43 ? 1 : -1) * (oh * 60 + om);
}

/** ISO 8601 `YYYY-MM-DDTHH:MM:SS[.fff][Z|±HH:MM]` in text[from, to) → ms since epoch (UTC). */
export function parseIsoDatetimeRange(s: string, from: number, to: number, allowSpace = false): number | undefined {
  if (to - from < 19) return undefined;
  const date = parseIsoDateRange(s, from, from + 10);
  if (date === undefined) return undefined;
  const sep = s.charCodeAt(from + 10);
  if (sep !== 84 && !(allowSpace && sep === 32)) return undefined;
  const clock = parseClock(s, from + 11, to, true);
  if (!clock) return undefined;
  let [ms, end] = clock;
  if (end < to) {
    const c = s.charCodeAt(end);
    if (c === 90 && end === to - 1) end++;
    else if (c === 43 || c === 45) {
      const oh = end + 3 <= to ? digits(s, end + 1, 2) : -1;
      let rest = end + 3;
      if (rest < to && s.charCodeAt(rest) === 58) rest++;
      const om = rest + 2 <= to ? digits(s, rest, 2) : -1;
      if (oh < 0 || oh > 23 || om < 0 || om > 59 || rest + 2 !== to) return undefined;
      ms -= (c === 43 ? 1 : -1) * (oh * 60 + om) * 60000;
    } else return undefined;
  }
  return date * 86400000 + ms;
}

export function parseIsoDatetime(s: string, allowSpace = false): number | undefined {
  return parseIsoDatetimeRange(s, 0, s.length, allowSpace);
}

/** `YYYY-MM` → months since year 0. */
export function parseYearMonth(s: string): number | undefined {
  if (s.length !== 7 || s.charCodeAt(4) !== 45) return undefined;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 2);
  if (year < 0 || month < 1 || month > 12) return undefined;
  return year * 12 + month - 1;
}

const DURATION = /^P(?!$)(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?=\d)(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** ISO 8601 duration → seconds (years as 365.2425 days and months as a twelfth of that, for ordering only). */
export function parseDuration(s: string): number | undefined {
  const m = DURATION.exec(s);
  if (!m) return undefined;
  const [, y, mo, w, d, h, mi, sec] = m.map((v) => (v === undefined ? 0 : Number(v)));
  const day = 86400;
  return (y as number) * 365.2425 * day + (mo as number) * 30.436875 * day + (w as number) * 7 * day + (d as number) * day + (h as number) * 3600 + (mi as number) * 60 + (sec as number);
}

export type TemporalKind = 'date' | 'datetime' | 'time';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const alternatives = (names: readonly string[]) => `(${names.join('|')})`;

/** Python's strptime directives (C locale), as its `_strptime.TimeRE` matches them. */
const DIRECTIVES: Record<string, string> = {
  d: '(3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])',
  f: '([0-9]{1,6})',
  H: '(2[0-3]|[0-1]\\d|\\d)',
  I: '(1[0-2]|0[1-9]|[1-9])',
  G: '(\\d\\d\\d\\d)',
  j: '(36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])',
  m: '(1[0-2]|0[1-9]|[1-9])',
  M: '([0-5]\\d|\\d)',
  S: '(6[0-1]|[0-5]\\d|\\d)',
  U: '(5[0-3]|[0-4]\\d|\\d)',
  W: '(5[0-3]|[0-4]\\d|\\d)',
  V: '(5[0-3]|0[1-9]|[1-4]\\d|\\d)',
  w: '([0-6])',
  u: '([1-7])',
  y: '(\\d\\d)',
  Y: '(\\d\\d\\d\\d)',
  z: '([+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?|Z)',
  Z: '(utc|gmt)',
  p: '(am|pm)',
  A: alternatives(DAYS),
  a: alternatives(DAYS.map((d) => d.slice(0, 3))),
  B: alternatives(MONTHS),
  b: alternatives(MONTHS.map((m) => m.slice(0, 3))),
};
/** Composite directives in the C locale, as Python expands them. */
const COMPOSITES: Record<string, string> = { c: '%a %b %d %H:%M:%S %Y', x: '%m/%d/%y', X: '%H:%M:%S' };

/**
 * Compiles a Python strptime pattern (Frictionless `format` for dates and
 * times) into a parser returning the same units as the ISO parsers. As
 * Python: the whole value must match, letters in any case, whitespace in the
 * pattern matches any run of whitespace, %p applies to %I only, %Z accepts
 * UTC and GMT, %z an offset (applied to datetimes).
 */
export function compileStrptime(format: string, kind: TemporalKind): (s: string) => number | undefined {
  let expanded = '';
  for (let i = 0; i < format.length; i++) {
    if (format[i] === '%' && COMPOSITES[format[i + 1] ?? ''] !== undefined) {
      expanded += COMPOSITES[format[i + 1]!];
      i++;
    } else if (format[i] === '%') {
      expanded += format.slice(i, i + 2);
      i++;
    } else expanded += format[i];
  }
  let source = '^';
  const directives: string[] = [];
  for (let i = 0; i < expanded.length; i++) {
    const c = expanded[i]!;
    if (c !== '%') {
      if (/\s/.test(c)) {
        while (i + 1 < expanded.length && /\s/.test(expanded[i + 1]!)) i++;
        source += '\\s+';
      } else source += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      continue;
    }
    const directive = expanded[++i];
    if (directive === '%') {
      source += '%';
      continue;
    }
    const re = directive === undefined ? undefined : DIRECTIVES[directive];
    if (re === undefined) throw new Error(`unsupported strptime directive %${directive ?? ''}`);
    source += re;
    directives.push(directive!);
  }
  const regex = new RegExp(source + '$', 'i');
  return (s: string) => {
    const m = regex.exec(s);
    if (!m) return undefined;
    let year = 1900, month = 1, day = 1, hour = 0, minute = 0, second = 0, ms = 0, offset = 0, yday = 0;
    let pm: boolean | undefined;
    let twelveHour = false;
    for (let k = 0; k < directives.length; k++) {
      const v = m[k + 1]!;
      switch (directives[k]) {
        case 'Y': year = Number(v); break;
        case 'y': year = Number(v) + (Number(v) < 69 ? 2000 : 1900); break;
        case 'm': month = Number(v); break;
        case 'd': day = Number(v); break;
        case 'H': hour = Number(v); break;
        case 'I': hour = Number(v); twelveHour = true; break;
        case 'M': minute = Number(v); break;
        case 'S': second = Number(v); break;
        case 'f': ms = Number(v.padEnd(6, '0')) / 1000; break;
        case 'p': pm = v.toLowerCase() === 'pm'; break;
        case 'b': case 'B': month = MONTHS.findIndex((name) => name.startsWith(v.toLowerCase().slice(0, 3))) + 1; break;
        case 'j': yday = Number(v); break;
        case 'z': {
          if (v.toUpperCase() !== 'Z') {
            const sign = v[0] === '-' ? -1 : 1;
            const d = v.slice(1).replace(/:/g, '');
            offset = sign * (Number(d.slice(0, 2)) * 60 + Number(d.slice(2, 4)) + Number(d.slice(4) || 0) / 60);
          }
          break;
        }
        // Weekdays, week numbers and %Z (UTC/GMT) are read and do not change the value, as in Python.
      }
    }
    if (twelveHour) hour = (hour % 12) + (pm ? 12 : 0);
    if (day > daysInMonth(year, month)) return undefined;
    let days = daysFromCivil(year, month, day);
    if (yday > 0) days = daysFromCivil(year, 1, 1) + yday - 1;
    const clock = ((hour * 60 + minute) * 60 + second) * 1000 + ms;
    if (kind === 'date') return days;
    if (kind === 'time') return clock;
    return days * 86400000 + clock - Math.round(offset * 60000);
  };
}
