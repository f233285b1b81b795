// docs/orchestrators.md: every holdout command in its code blocks — shell
// lines, the Python of the Airflow and Prefect recipes (argv lists and shell
// strings), the Kubeflow component's command list with its placeholders — is
// a valid invocation of the built CLI. Each runs, in the order the page gives
// them, in a project laid out as the page describes (the shipped examples),
// and exits 0 or 1 (never 2, the status of a usage mistake); the files it is
// asked for exist afterwards and are what they claim to be.
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { marked } from 'marked';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { resultsSchemas } from '../../shared/results/schema.js';
import { NODE24, ROOT } from '../e2e/harness.js';
import { tempDir } from '../helpers.js';
import { readJunit } from '../export/junit-reader.js';
import { kubeflowMetricsProblems } from '../export/kubeflow-format.js';

const PAGE = join(ROOT, 'docs/orchestrators.md');

/** The project layout the page describes, from the examples. */
const LAYOUT: Record<string, string> = {
  'data/current.csv': 'examples/drift/current.csv',
  'data/reference.csv': 'examples/drift/reference.csv',
  'data/schema.yaml': 'examples/validate/schema.yaml',
  'predictions/candidate.csv': 'examples/compare/candidate-predictions.csv',
  'predictions/production.csv': 'examples/compare/baseline-predictions.csv',
  'policy.yaml': 'examples/compare/policy.yaml',
};
const CONFIG = 'data:\n  - files: data/current.csv\n    schema: data/schema.yaml\n    reference: data/reference.csv\nmodel:\n  candidate: predictions/candidate.csv\n  baseline: predictions/production.csv\n  policy: policy.yaml\n';

/** Kubeflow's placeholders in the component: what the pipeline would hand the container. */
const PLACEHOLDERS: Record<string, string> = {
  'inputPath:candidate': 'predictions/candidate.csv',
  'inputPath:baseline': 'predictions/production.csv',
  'inputPath:data': 'data/current.csv',
  'inputValue:policy': 'policy.yaml',
  'inputValue:schema': 'data/schema.yaml',
  'outputPath:results': 'kfp/outputs/results/data',
  'outputPath:junit': 'kfp/outputs/junit/data',
  'outputPath:MLPipeline Metrics': 'kfp/outputs/mlpipeline_metrics/data',
};

interface Invocation {
  /** The block's language and the command as written, for messages. */
  where: string;
  args: string[];
}

/** Words of a shell command (quotes and backslash continuations; no expansions, which the page does not use). */
function shellWords(command: string): string[] {
  const words: string[] = [];
  for (const m of command.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g)) words.push(m[1] ?? m[2] ?? m[3]!);
  return words;
}

/** The holdout commands of a shell text: each `holdout …` between &&, ||, ; and |, redirections dropped. */
function fromShell(text: string, where: string): Invocation[] {
  const out: Invocation[] = [];
  for (const segment of text.replace(/\\\n/g, ' ').split(/&&|\|\||;|\||\n/)) {
    const words = shellWords(segment.trim());
    if (words[0] !== 'holdout') continue;
    const redirect = words.findIndex((w) => /^\d?>/.test(w));
    out.push({ where: `${where}: ${segment.trim()}`, args: words.slice(1, redirect < 0 ? undefined : redirect) });
  }
  return out;
}

/** Python: argv lists starting with "holdout" (string literals only), and string literals starting with "holdout " (shell, adjacent literals joined). */
function fromPython(text: string): Invocation[] {
  const out: Invocation[] = [];
  for (const m of text.matchAll(/\[\s*"holdout"[^\]]*\]/g)) {
    const literals = [...m[0].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((l) => l[1]!);
    // Nothing but literals, commas and space: an argv the page spells out in full.
    expect(m[0].slice(1, -1).replace(/"((?:[^"\\]|\\.)*)"/g, '').replace(/[,\s]/g, ''), m[0]).toBe('');
    out.push({ where: `python: ${m[0].replace(/\s+/g, ' ')}`, args: literals.slice(1) });
  }
  // Adjacent literals inside parentheses are one string in Python.
  for (const m of text.matchAll(/\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\)/g)) {
    const joined = [...m[1]!.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((l) => l[1]).join('');
    if (joined.startsWith('holdout ')) out.push(...fromShell(joined, 'python'));
  }
  return out;
}

/** YAML: every `command` list that starts with holdout, placeholders resolved. */
function fromYaml(text: string): Invocation[] {
  const indent = Math.min(...text.split('\n').filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  const parsed = parseYaml(text.split('\n').map((l) => l.slice(indent)).join('\n')) as unknown;
  const out: Invocation[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'command' && Array.isArray(value) && value[0] === 'holdout') {
        const args = value.slice(1).map((v: unknown) => {
          if (typeof v === 'string') return v;
          const [[kind, name]] = Object.entries(v as Record<string, string>) as [[string, string]];
          const resolved = PLACEHOLDERS[`${kind}:${name}`];
          if (resolved === undefined) throw new Error(`the test does not know the placeholder {${kind}: ${name}}`);
          return resolved;
        });
        out.push({ where: `yaml: ${JSON.stringify(value)}`, args });
      } else visit(value);
    }
  };
  visit(parsed);
  return out;
}

function invocations(markdown: string): Invocation[] {
  const out: Invocation[] = [];
  for (const token of marked.lexer(markdown)) {
    if (token.type !== 'code') continue;
    const { lang, text } = token as { lang?: string; text: string };
    if (lang === 'sh' || lang === 'bash') out.push(...fromShell(text, 'sh'));
    else if (lang === 'python') out.push(...fromPython(text));
    else if (lang === 'yaml') out.push(...fromYaml(text));
  }
  // Absolute paths (Airflow's /airflow/xcom/return.json) land inside the project.
  return out.map((i) => ({ ...i, args: i.args.map((a) => (a.startsWith('/') ? a.slice(1) : a)) }));
}

/** The value of a flag in an argv. */
const flag = (args: string[], name: string) => {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? undefined : args[i + 1];
};

describe('docs/orchestrators.md', () => {
  it('finds the commands of every recipe', async () => {
    const found = invocations(await readFile(PAGE, 'utf8'));
    const subcommands = found.map((i) => i.args[0]);
    // Airflow: 2 shell tasks and a pod; Kubeflow: 2 components; Prefect: 2 tasks; the run line.
    expect(found).toHaveLength(8);
    expect(new Set(subcommands)).toEqual(new Set(['validate', 'compare', 'report', 'run']));
  });

  it('every command is a valid invocation: it runs, exits 0 or 1, and writes the files it asks for', async () => {
    const found = invocations(await readFile(PAGE, 'utf8'));
    const dir = await tempDir('holdout-orchestrators-');
    for (const [to, from] of Object.entries(LAYOUT)) {
      await mkdir(dirname(join(dir, to)), { recursive: true });
      await copyFile(join(ROOT, from), join(dir, to));
    }
    await mkdir(join(dir, '.github'));
    await writeFile(join(dir, '.github/holdout.yml'), CONFIG);
    // Kubeflow creates the directories of output paths; an Airflow pod has /airflow/xcom.
    for (const d of ['kfp/outputs/results', 'kfp/outputs/junit', 'kfp/outputs/mlpipeline_metrics', 'airflow/xcom']) await mkdir(join(dir, d), { recursive: true });

    for (const { where, args } of found) {
      const child = spawnSync(NODE24, [join(ROOT, 'dist/cli/index.js'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, GITHUB_TOKEN: '', NO_COLOR: '1' } });
      expect([0, 1], `${where}\n${child.stderr}`).toContain(child.status);
      const out = flag(args, 'out');
      if (out !== undefined) {
        const text = await readFile(join(dir, out), 'utf8');
        // A step's --out is its results document (report's is the markdown).
        if (args[0] !== 'report') expect(resultsSchemas.document.safeParse(JSON.parse(text)).success, where).toBe(true);
        else expect(text, where).toContain('holdout');
      }
      const junit = flag(args, 'junit');
      if (junit !== undefined) expect(readJunit(await readFile(join(dir, junit), 'utf8')).length, where).toBeGreaterThan(0);
      const metrics = flag(args, 'kubeflow-metrics');
      if (metrics !== undefined) expect(kubeflowMetricsProblems(await readFile(join(dir, metrics), 'utf8')), where).toEqual([]);
    }
    // The pod's XCom is the comparison's results document.
    expect(existsSync(join(dir, 'airflow/xcom/return.json'))).toBe(true);
  });
});
