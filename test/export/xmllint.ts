// Schema validation of JUnit reports with libxml2's xmllint against the
// schema Jenkins' xUnit plugin accepts (test/fixtures/junit/junit-10.xsd).
// Debian's libxml2-utils: skipped with one line where it is missing, required
// under HOLDOUT_REQUIRE_SYSTEM=1 (.ci/run installs it).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../e2e/harness.js';
import { requireSystem, runs, type SystemRequirement } from '../requirements.js';

export const JUNIT_XSD = join(ROOT, 'test/fixtures/junit/junit-10.xsd');
const XMLLINT = process.env.HOLDOUT_XMLLINT ?? 'xmllint';

export const XMLLINT_REQUIREMENT: SystemRequirement = {
  name: "Debian's libxml2-utils (xmllint)",
  check: () => (runs(XMLLINT, ['--version']) ? undefined : `${XMLLINT} does not run`),
  install: 'sudo apt-get install --no-install-recommends libxml2-utils',
};

export const xmllint = () => requireSystem(XMLLINT_REQUIREMENT);

/** xmllint's verdict on a file against junit-10.xsd: valid, and its messages. */
export function validateJunitFile(file: string): { valid: boolean; messages: string } {
  const result = spawnSync(XMLLINT, ['--noout', '--nonet', '--schema', JUNIT_XSD, file], { encoding: 'utf8' });
  return { valid: result.status === 0, messages: `${result.stderr}${result.stdout}`.trim() };
}

/** The same for a text, written to `dir` first. */
export function validateJunitText(text: string, dir: string, name = 'report.xml'): { valid: boolean; messages: string } {
  const file = join(dir, name);
  writeFileSync(file, text);
  return validateJunitFile(file);
}
