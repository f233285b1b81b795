// The one escaping function for untrusted text (column names, file paths,
// cell values, messages) going into GitHub-flavoured markdown: the result is
// inert inline text — no table breakage, no HTML, no links or images, no
// @mentions or #references, no forged hidden markers.

const ENTITY: Record<string, string> = {
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

export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029]/g, '')
    .replace(/[&<>"@#|:]/g, (c) => ENTITY[c]!)
    .replace(/[\\`*_[\]()!~$+=^{}]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+])(\s)/, '$1\\$2$3');
}


/** Text inside a Mermaid chart's quoted labels: reduced to safe characters (Mermaid has no escape for quotes). */
export function mermaidText(text: string, max = 40): string {
  return text.replace(/[^A-Za-z0-9_. <>=≥%–-]/g, '_').replace(/[<>]/g, (c) => (c === '<' ? '‹' : '›')).slice(0, max);
}
