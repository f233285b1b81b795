// A Markdown model card read as its sections, and checked for the sections a
// team requires (issue 17): each required section is one or more headings
// that may stand for it (matched case-insensitively, punctuation and an
// "[optional]" mark aside, at any level), and it must have content of its own
// — text that is not a heading, an HTML comment, a template placeholder
// (`{{ … }}`, `{% … %}`) or Hugging Face's "[More Information Needed]".
// Pure: text in, sections and findings out.

/** One heading of the card and the lines its section spans (up to the next heading of the same or a higher level). */
export interface CardSection {
  heading: string;
  level: number;
  /** 1-based line of the heading. */
  line: number;
  /** 0-based line indices of the section's body: [bodyStart, bodyEnd). */
  bodyStart: number;
  bodyEnd: number;
}

/** A required section: its name, and every heading that may stand for it. */
export interface RequiredSection {
  name: string;
  headings: string[];
}

export type SectionState = 'present' | 'empty' | 'missing';

export interface SectionFinding {
  name: string;
  state: SectionState;
  /** The heading found (as written) and its line, when one matched. */
  heading?: string;
  line?: number;
  /** Words of content under it (0 when empty or missing). */
  words: number;
  /** The headings accepted for it. */
  accepted: string[];
}

/**
 * The sections required by default: the five the gate's governance check
 * asks for, each also satisfied by the heading Hugging Face's model card
 * template (huggingface_hub, src/huggingface_hub/templates/modelcard_template.md)
 * gives the same content — "Uses", "Evaluation", "Bias, Risks, and
 * Limitations". That template has no section for assumptions or for a
 * rollback procedure. Alternatives are separated by `|`.
 */
export const DEFAULT_MODEL_CARD_SECTIONS = [
  'Intended use | Intended uses | Uses',
  'Assumptions',
  'Performance baselines | Performance | Evaluation',
  'Failure modes | Bias Risks and Limitations | Limitations',
  'Rollback procedure | Rollback',
] as const;

/** The section holdout writes the performance table into (the third default). */
export const PERFORMANCE_SECTION = 'performance baselines';

/** A heading as compared: lower case, without an "[optional]" mark, punctuation as spaces, spaces collapsed. */
export function normaliseHeading(text: string): string {
  return text
    .replace(/[[(]\s*optional\s*[\])]/gi, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** "Intended use | Uses" → the section and its accepted headings. */
export function parseRequiredSection(spec: string): RequiredSection {
  const headings = spec.split('|').map((h) => h.trim()).filter((h) => h !== '');
  return { name: headings[0] ?? spec.trim(), headings };
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;

/** The card's headings (ATX and setext), outside YAML front matter and fenced code, with the lines each section spans. */
export function cardSections(text: string): CardSection[] {
  const lines = text.split(/\r\n|\r|\n/);
  const found: Array<Omit<CardSection, 'bodyEnd'>> = [];
  let i = 0;
  // YAML front matter (Hugging Face's metadata block) is not part of the card's text.
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, k) => k > 0 && (l.trim() === '---' || l.trim() === '...'));
    if (end > 0) i = end + 1;
  }
  let fence: string | undefined;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const f = FENCE.exec(line);
    if (fence) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length) fence = undefined;
      continue;
    }
    if (f) {
      fence = f[1]!;
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      found.push({ heading: (atx[2] ?? '').trim(), level: atx[1]!.length, line: i + 1, bodyStart: i + 1 });
      continue;
    }
    const next = lines[i + 1];
    const prevBlank = i === 0 || lines[i - 1]!.trim() === '' || found.at(-1)?.line === i;
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
export function contentWords(text: string, section: Pick<CardSection, 'bodyStart' | 'bodyEnd'>): number {
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
export function checkSections(text: string, required: readonly RequiredSection[]): SectionFinding[] {
  const sections = cardSections(text);
  return required.map((r) => {
    const wanted = new Set(r.headings.map(normaliseHeading));
    const matches = sections.filter((s) => wanted.has(normaliseHeading(s.heading)));
    if (matches.length === 0) return { name: r.name, state: 'missing', words: 0, accepted: r.headings };
    // Several headings may stand for it (Uses and Intended use): the one with the most content counts.
    const scored = matches.map((s) => ({ s, words: contentWords(text, s) })).sort((a, b) => b.words - a.words || a.s.line - b.s.line);
    const best = scored[0]!;
    return { name: r.name, state: best.words > 0 ? 'present' : 'empty', heading: best.s.heading, line: best.s.line, words: best.words, accepted: r.headings };
  });
}
