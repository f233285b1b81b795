// Untrusted text in markdown stays inert: parsed with a GFM parser, hostile
// names neither break tables nor produce HTML, links, images or mentions.
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../shared/report/escape.js';
import { renderValidationSummary } from '../../shared/report/validation.js';
import type { ValidateDataResults } from '../../shared/results/schema.js';
import { userFile } from '../../shared/io/user-file.js';

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
    // The files table (four cells a row) and the errors table (three), whatever the names.
    expect(rows).toEqual([4, 4, 3, 3]);
    expect(html).not.toMatch(/<(b|a|img)\b/);
    expect(html).not.toMatch(/href=/);
  });
});

describe('drift section', () => {
  it('keeps hostile column names and category values out of tables, HTML and the Mermaid charts', async () => {
    const { join } = await import('node:path');
    const { tempDir, writeFiles } = await import('../helpers.js');
    const { validateData } = await import('../../shared/validate/run.js');
    const dir = await tempDir();
    // A column named with every hostile string's worst characters, whose values are hostile too.
    const column = 'reg"ion|@team</details>```';
    const values = HOSTILE.slice(0, 6).map((v) => v.replace(/\n/g, ' '));
    const csv = (shift: number) => `"${column.replace(/"/g, '""')}",n\n` + Array.from({ length: 300 }, (_, i) => `"${values[(i * (shift + 1)) % values.length]!.replace(/"/g, '""')}",${i % 7}`).join('\n') + '\n';
    await writeFiles(dir, { 'schema.json': JSON.stringify({ fields: [{ name: column, type: 'string' }, { name: 'n', type: 'integer' }] }), 'ref.csv': csv(0), 'cur.csv': csv(1).replace(/\n(\S*?),3\n/g, '\n"@octocat ![x](y)",3\n') });
    const { document } = await validateData({ data: ['cur.csv'], baseDir: dir, schema: userFile(dir, 'schema.json'), reference: 'ref.csv' });
    expect(document.data.drift!.columns.find((c) => c.column === column)!.status).toBe('fail');
    const markdown = renderValidationSummary(document);
    // Every Mermaid block opens and closes where holdout put them, with plain labels inside.
    const fences = markdown.match(/```/g) ?? [];
    expect(fences.length % 2).toBe(0);
    for (const block of markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)) {
      // The %%{init}%% line is holdout's own configuration; the labels come after it.
      const chart = block[1]!.split('\n').filter((l) => !l.startsWith('%%')).join('\n');
      for (const label of chart.matchAll(/"([^"]*)"/g)) expect(label[1]).toMatch(/^[A-Za-z0-9_. ‹›=≥%–(),:-]*$/); // (),: only from holdout's own title text
    }
    const html = marked.parse(markdown, { async: false, gfm: true }) as string;
    const bad = html.match(/<(img|script|a)\b[^>]*>[^<]*|<!--/);
    expect(bad?.[0], markdown).toBeUndefined();
    expect(html).not.toMatch(/@[A-Za-z]|#\d/);
    const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<t[dh][^>]*>/g)].length);
    // The files table has four cells a row, the drift tables (drifted, and without drift) three, whatever the names.
    expect(rows.every((n) => n === 4 || n === 3)).toBe(true);
    const driftTables = document.data.drift!.columns.some((c) => c.status === 'pass') ? 2 : 1;
    expect(rows.filter((n) => n === 3)).toHaveLength(document.data.drift!.columns.length + driftTables);
  });
});
