// Untrusted text in markdown stays inert: parsed with a GFM parser, hostile
// names neither break tables nor produce HTML, links, images or mentions.
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../shared/report/escape.js';
import { renderValidationSummary } from '../../shared/report/validation.js';
import type { ValidateDataResults } from '../../shared/results/schema.js';

const HOSTILE = [
  'a|b',
  'line\nbreak',
  '<img src=x onerror=alert(1)>',
  '<!-- holdout:report -->',
  '[click](https://evil.example)',
  '![img](https://evil.example/x.png)',
  '@octocat',
  '#1',
  '**bold** _it_ `code`',
  '<script>alert(1)</script>',
  '&lt;already&gt;',
  '\\|',
  '- list',
  'javascript:alert(1)',
];

describe('escapeMarkdown', () => {
  it.each(HOSTILE)('renders %j as plain text in a table cell', (text) => {
    const md = `| a | b |\n| --- | --- |\n| ${escapeMarkdown(text)} | x |\n`;
    const html = marked.parse(md, { async: false, gfm: true }) as string;
    const cells = [...html.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => m[1]);
    expect(cells).toHaveLength(2);
    expect(cells[1]).toBe('x');
    expect(html).not.toMatch(/<(img|script|a|strong|em|code|ul|li)\b/);
    expect(html).not.toContain('<!--');
    // Mentions and references are broken by a zero-width space GitHub will not link across.
    expect(html).not.toMatch(/@[A-Za-z]|#\d/);
    // What a reader sees is the original text (newlines folded to spaces).
    const decoded = cells[0]!.replace(/\u200b/g, '').replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n))).replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    expect(decoded).toBe(text.replace(/\n/g, ' '));
  });
});

describe('validation summary', () => {
  it('keeps its tables intact with hostile file, field and cell names', () => {
    const file = 'data/<b>x</b>|@team.csv';
    const document: ValidateDataResults = {
      holdout: 1, kind: 'validate-data', title: 'Data validation', status: 'fail', createdAt: '2026-12-01T00:00:00Z',
      subject: { files: [{ path: file }] },
      checks: [{ id: 'x', title: 'a|b: values', status: 'fail', message: '1 error', count: 1, locations: [] }],
      data: {
        tables: [{ file, format: 'csv', status: 'fail', rows: 2, errorCount: 1, errorCounts: { 'type-error': 1 }, failedChecks: 1 }],
        rows: 2, errorCount: 1,
        errors: [{ type: 'type-error', file, field: 'col|<x>', row: 1, line: 2, cell: '[a](b)', message: '"[a](b)" is not a valid integer', severity: 'fail' }],
      },
    };
    const html = marked.parse(renderValidationSummary(document), { async: false, gfm: true }) as string;
    const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<t[dh][^>]*>/g)].length);
    expect(rows).toEqual([4, 4, 4, 4, 4, 4]);
    expect(html).not.toMatch(/<(b|a|img)\b/);
    expect(html).not.toMatch(/href=/);
  });
});
