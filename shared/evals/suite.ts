// Eval suites: per-case results of an evaluation run (LLM prompts scored by
// assertions or a judge, retrieval test sets, unit-style model tests), read
// from the tools that produce them into one shape — cases with an id, tags,
// pass/fail outcomes and scores, optional cost and latency — so that a
// candidate and a production run can be compared case by case.

/** One evaluated case (one sample of it, when the suite repeats cases). */
export interface EvalCase {
  /** Joins the candidate's case to the baseline's. */
  readonly id: string;
  /** Where the case is in its file (a line, or a JSON path), for messages. */
  readonly at?: string;
  /** Tag name → value; each tag is a slice the comparison repeats on. */
  readonly tags: Readonly<Record<string, string>>;
  /** Assertion or metric name → passed. */
  readonly passed: ReadonlyMap<string, boolean>;
  /** Scorer name → score. */
  readonly scores: ReadonlyMap<string, number>;
  /** Cost of the case in the tool's unit (usually USD). */
  readonly cost?: number;
  /** Latency of the case in milliseconds. */
  readonly latencyMs?: number;
}

/** The formats read; `generic` is holdout's own JSONL/CSV form. */
export const EVAL_FORMATS = ['generic', 'promptfoo', 'deepeval', 'gh-models', 'lm-eval'] as const;
export type EvalFormat = (typeof EVAL_FORMATS)[number];

export interface EvalSuite {
  /** The file as the user wrote it. */
  readonly file: string;
  readonly sha256: string;
  readonly format: EvalFormat;
  readonly cases: readonly EvalCase[];
  /** What the reader skipped or assumed, said once each. */
  readonly notes: readonly string[];
}

/** The overall outcome of a case when the tool reports one; named so it cannot clash with an assertion. */
export const CASE_OUTCOME = 'case';
