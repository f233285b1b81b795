// The gate's model card check (issue 17): the card read from the checked-out
// commit, each required section a check — present passes; empty or missing
// fails or warns as the policy says — in a results document of kind
// model-card that the gate decides on with the others. So the card shows in
// the gate's reasons, its check run and its audit record (with the card's
// sha256) like any other input.

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { DocumentInput } from '../gate/decision.js';
import { userFile } from '../io/user-file.js';
import { documentHead } from '../results/head.js';
import type { Check, ModelCardResults, Status } from '../results/schema.js';
import { worstStatus } from '../results/status.js';
import { checkSections, parseRequiredSection, type SectionFinding } from './card.js';

export const MODEL_CARD_POLICIES = ['fail', 'warn'] as const;
export type ModelCardPolicy = (typeof MODEL_CARD_POLICIES)[number];

export interface ModelCardCheckInput {
  /** The card's path, relative to the workspace. */
  card: string;
  /** Required sections, each "Name | Alternative heading | …". */
  sections: readonly string[];
  policy: ModelCardPolicy;
  workspace: string;
  /** The commit being gated: the card is read from its checkout. */
  commit?: string;
  now?: Date;
}

function sectionCheck(f: SectionFinding, file: string, policy: ModelCardPolicy): Check {
  const status: Status = f.state === 'present' ? 'pass' : policy;
  const accepted = f.accepted.map((h) => `"${h}"`).join(', ');
  const message =
    f.state === 'present'
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
export async function checkModelCard(input: ModelCardCheckInput): Promise<DocumentInput & { document: ModelCardResults }> {
  const file = userFile(input.workspace, input.card);
  const required = input.sections.map(parseRequiredSection);
  let bytes: Buffer | undefined;
  try {
    bytes = await readFile(file.path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && (error as NodeJS.ErrnoException).code !== 'EISDIR') throw error;
  }
  const sha256 = createHash('sha256').update(bytes ?? '').digest('hex');
  const findings = bytes === undefined ? required.map((r): SectionFinding => ({ name: r.name, state: 'missing', words: 0, accepted: r.headings })) : checkSections(bytes.toString('utf8'), required);
  const checks: Check[] = bytes === undefined
    ? [{ id: 'model-card', title: 'Model card', status: input.policy, observed: 'not found', expected: 'a Markdown file', message: `${file.display} not found: every required section is missing (${required.map((r) => r.name).join(', ')})`, count: 1, locations: [{ file: file.display }] }]
    : findings.map((f) => sectionCheck(f, file.display, input.policy));
  const document: ModelCardResults = {
    ...documentHead('model-card', 'Model card', worstStatus(checks.map((c) => c.status)), input.now),
    subject: { files: bytes === undefined ? [{ path: file.display }] : [{ path: file.display, sha256, bytes: bytes.length }], ...(input.commit ? { gitSha: input.commit } : {}) },
    checks,
    card: { path: file.display, sections: findings },
  };
  return { file: file.display, sha256, document };
}
