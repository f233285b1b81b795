// Under CI, property tests draw from a seed fixed by the commit being tested:
// a run on a fresh clone replays exactly what a run of the same commit drew
// here, and each new commit still explores new cases. Locally the seed is
// random. fast-check prints the seed of any failure, to replay it.
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';

if (process.env.CI) {
  try {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    fc.configureGlobal({ seed: Number.parseInt(head.slice(0, 8), 16) | 0 });
  } catch {
    // Not a git checkout: keep fast-check's random seed.
  }
}
