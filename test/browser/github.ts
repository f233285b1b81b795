// Renders a pull-request comment the way GitHub does, as far as a test can:
//
// - Markdown: GitHub-flavoured Markdown (CommonMark + tables, strikethrough,
//   autolinks, task lists, tag filter) by micromark with micromark-extension-gfm,
//   raw HTML allowed as GitHub allows it, then
// - sanitised with hast-util-sanitize's default schema, which follows GitHub's
//   allow-list (html-pipeline's SanitizationFilter): no script, style, class
//   (but language-* on code), no on* attributes, no comments;
// - styled with GitHub's own Markdown stylesheet (github-markdown-css, light);
// - Mermaid blocks rendered by Mermaid 11.12.0, the version GitHub reported by
//   its `info` diagram in November 2025 (toppair/peek.nvim pull request #90,
//   "the same version currently deployed in GitHub"; earlier 11.3.0 per
//   yusukebe/gh-markdown-preview pull request #58 and docsible/docsible issue
//   #30), in Debian's Chromium, headless, driven by playwright-core;
// - at a comment's width: COMMENT_WIDTH pixels of content.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema, sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { chromium, type Browser, type Page } from 'playwright-core';

export const COMMENT_WIDTH = 780;
/** What a reviewer sees of the comment without scrolling. */
export const FIRST_SCREEN = 800;
export const MERMAID_VERSION = '11.12.0';
export const CHROMIUM = process.env.HOLDOUT_CHROMIUM ?? '/usr/bin/chromium';

const require = createRequire(import.meta.url);

/** Markdown → the HTML GitHub would put in the comment body. */
export function githubHtml(markdown: string): string {
  const html = micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  return toHtml(sanitize(fromHtml(html, { fragment: true }), defaultSchema));
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

export interface ChartFinding {
  chart: number;
  title: string;
  problem: string;
}

export interface Rendered {
  page: Page;
  /** Mermaid blocks that did not parse or render, with Mermaid's message. */
  mermaidErrors: string[];
  charts: number;
  /** Overlapping series and overlapping or clipped axis labels. */
  chartProblems: ChartFinding[];
  /** Tables wider than the comment (scrolled sideways), with their header text. */
  overflowingTables: { header: string; scrollWidth: number; clientWidth: number }[];
  /** The body's own width beyond the comment's. */
  bodyOverflow: number;
  /** The first paragraph's text. */
  firstLine: string;
  /** Rows whose first cell shows a failing status, with the bottom edge of each (collapsed rows excluded). */
  failingRows: { text: string; bottom: number }[];
}

let assets: { css: string; mermaid: string } | undefined;

async function loadAssets(): Promise<{ css: string; mermaid: string }> {
  assets ??= {
    css: await readFile(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8'),
    mermaid: await readFile(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8'),
  };
  return assets;
}

/**
 * Opens the comment in a page: every <details> opened first (so tables and
 * charts inside are laid out and measured), Mermaid rendered, then measured.
 * Call `collapse` before a screenshot of the comment as posted.
 */
export async function renderComment(browser: Browser, markdown: string): Promise<Rendered> {
  const { css, mermaid } = await loadAssets();
  const page = await browser.newPage({ viewport: { width: COMMENT_WIDTH + 32, height: FIRST_SCREEN }, deviceScaleFactor: 1 });
  const body = githubHtml(markdown);
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${css}</style><style>body{margin:0;padding:16px;background:#fff} .markdown-body{box-sizing:content-box;width:${COMMENT_WIDTH}px;margin:0;padding:0}</style></head><body><div class="markdown-body" id="comment">${body}</div></body></html>`);
  await page.addScriptTag({ content: mermaid });
  const version = await page.evaluate(() => (globalThis as any).mermaid?.version?.() ?? (globalThis as any).mermaid?.mermaidAPI?.getConfig?.()?.version);
  if (version !== undefined && version !== MERMAID_VERSION) throw new Error(`Mermaid ${String(version)} loaded, expected ${MERMAID_VERSION}`);
  const result = await page.evaluate(async ({ width, firstScreen }) => {
    const w = globalThis as any;
    const doc = w.document as any;
    for (const d of doc.querySelectorAll('details')) d.open = true;
    w.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default' });
    const mermaidErrors: string[] = [];
    const blocks = [...doc.querySelectorAll('pre > code.language-mermaid')];
    let n = 0;
    for (const code of blocks) {
      const source = code.textContent;
      const holder = doc.createElement('div');
      holder.className = 'mermaid-chart';
      holder.dataset.source = source;
      code.parentElement.replaceWith(holder);
      try {
        const { svg } = await w.mermaid.render(`chart-${n++}`, source);
        holder.innerHTML = svg;
        if (holder.querySelector('.error-icon, .error-text')) mermaidErrors.push(`chart ${n}: Mermaid drew its error diagram`);
      } catch (error: any) {
        mermaidErrors.push(`chart ${n}: ${String(error?.message ?? error).split('\n').slice(0, 3).join(' ')} — in:\n${source}`);
      }
    }
    type Box = { left: number; right: number; top: number; bottom: number };
    const box = (el: any): Box => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const area = (a: Box, b: Box) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
    const chartProblems: { chart: number; title: string; problem: string }[] = [];
    [...doc.querySelectorAll('.mermaid-chart svg')].forEach((svg: any, chart: number) => {
      const title = svg.querySelector('g.chart-title text')?.textContent ?? svg.querySelector('text')?.textContent ?? '';
      const add = (problem: string) => chartProblems.push({ chart, title, problem });
      // Two bar series drawn over each other.
      const bars = [...svg.querySelectorAll('g[class^="bar-plot-"]')].map((g: any) => [...g.querySelectorAll('rect')].map(box).filter((b: Box) => b.right - b.left > 0.5 && b.bottom - b.top > 0.5));
      for (let i = 0; i < bars.length; i++) for (let j = i + 1; j < bars.length; j++) {
        const hits = bars[i]!.filter((a: Box) => bars[j]!.some((b: Box) => area(a, b) > 1));
        if (hits.length) add(`bar series ${i + 1} and ${j + 1} overlap in ${hits.length} place(s)`);
      }
      // Two line series on the same path.
      const lines = [...svg.querySelectorAll('g[class^="line-plot-"] path')].map((p: any) => p.getAttribute('d'));
      for (let i = 0; i < lines.length; i++) for (let j = i + 1; j < lines.length; j++) if (lines[i] === lines[j]) add(`line series ${i + 1} and ${j + 1} coincide`);
      // Axis labels that overlap one another, or any text past the chart's edges.
      for (const axis of ['bottom-axis', 'left-axis', 'top-axis', 'right-axis']) {
        const labels = [...svg.querySelectorAll(`g.${axis} g.label text`)].map((t: any) => ({ text: t.textContent, b: box(t) }));
        for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) {
          if (area(labels[i]!.b, labels[j]!.b) > 1) add(`${axis} labels "${labels[i]!.text}" and "${labels[j]!.text}" overlap`);
        }
      }
      const frame = box(svg);
      for (const t of svg.querySelectorAll('text')) {
        const b = box(t);
        if (b.right - b.left === 0) continue;
        if (b.left < frame.left - 1 || b.right > frame.right + 1) add(`text "${t.textContent}" runs past the chart's edge`);
      }
    });
    const overflowingTables = [...doc.querySelectorAll('#comment table')]
      .filter((t: any) => t.scrollWidth > t.clientWidth + 1 || box(t).right > box(doc.querySelector('#comment')).right + 1)
      .map((t: any) => ({ header: t.querySelector('tr')?.textContent?.trim() ?? '', scrollWidth: t.scrollWidth, clientWidth: t.clientWidth }));
    const comment = doc.querySelector('#comment');
    const bodyOverflow = Math.max(0, comment.scrollWidth - width);
    const firstLine = (comment.firstElementChild?.textContent ?? '').trim();
    // The comment as posted: details closed again, then which failing rows are on the first screen.
    for (const d of doc.querySelectorAll('details')) d.open = false;
    const top = box(comment).top;
    const failingRows = [...doc.querySelectorAll('#comment tr')]
      .filter((tr: any) => /❌|⛔/.test(tr.firstElementChild?.textContent ?? '') && tr.getBoundingClientRect().height > 0)
      .map((tr: any) => ({ text: tr.textContent.trim().replace(/\s+/g, ' '), bottom: box(tr).bottom - top }));
    return { mermaidErrors, charts: blocks.length, chartProblems, overflowingTables, bodyOverflow, firstLine, failingRows, firstScreen };
  }, { width: COMMENT_WIDTH, firstScreen: FIRST_SCREEN });
  return { page, ...result };
}

/** Saves the comment as posted (details closed): the first screen and the whole page. Then the whole page with every details open. */
export async function screenshots(rendered: Rendered, base: string): Promise<string[]> {
  const { page } = rendered;
  const first = `${base}.first-screen.png`;
  const full = `${base}.png`;
  const open = `${base}.expanded.png`;
  await page.screenshot({ path: first, clip: { x: 0, y: 0, width: COMMENT_WIDTH + 32, height: FIRST_SCREEN } });
  await page.screenshot({ path: full, fullPage: true });
  await page.evaluate(() => {
    for (const d of (globalThis as any).document.querySelectorAll('details')) d.open = true;
  });
  await page.screenshot({ path: open, fullPage: true });
  return [first, full, open];
}
