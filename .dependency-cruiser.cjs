// Import layering, enforced (npm run lint:layers; test/architecture/layers.test.ts).
//
// A module may import its own layer or lower, never higher. Bottom to top:
//   L0  shared/errors.ts, version.ts, log.ts, io/, vocabulary/
//   L1  shared/config/load.ts (the YAML/JSON loader), stats/
//   L2  shared/data/
//   L3  shared/profile/
//   L4  shared/schema/, shared/package/ (data packages: resources with their schemas)
//   L5  shared/metrics/
//   L6  shared/results/
//   L7  shared/validate/, compare/ (with evals/, its eval-suite half), gate/, baseline/ — siblings that do not import
//       each other's folders, except baseline → compare (types only)
//       (and monitor/, which composes validate's and compare's engines for production data)
//   L8  shared/report/, shared/export/ (results as JUnit XML and Kubeflow metrics)
//   L9  vendor clients: shared/github/ (later shared/mlflow/, …)
//   L10 shared/steps/
//   entries: actions/*/main.ts, action.ts, cli/, worker/ — nothing in shared/ imports them.
// Beside the layers, shared/runtime/ is the only place that imports @actions/*; it
// imports L0 and results types, no engine. Vendor clients and steps may reach into it
// for the octokit factory (shared/runtime/octokit.ts) only.
// Every module in shared/ belongs to a layer (a new folder must be placed here), and
// there is no import cycle, type-only imports included.

const L0 = ['^shared/(errors|version|log|count)\\.ts$', '^shared/(io|vocabulary)/'];
const L1 = ['^shared/config/load\\.ts$', '^shared/stats/'];
const L2 = ['^shared/data/'];
const L3 = ['^shared/profile/'];
const L4 = ['^shared/(schema|package)/'];
const L5 = ['^shared/metrics/'];
const L6 = ['^shared/results/'];
const L7 = ['^shared/(validate|compare|evals|gate|baseline|monitor)/'];
const L8 = ['^shared/(report|export)/'];
// shared/modelcard/ (the model card check and its performance table) sits beside report/, whose escaping and numbers it uses.
L8.push('^shared/modelcard/');
const VENDORS = '(github|mlflow|sagemaker|aws|gitlab)';
const L9 = [`^shared/${VENDORS}/`];
const L10 = ['^shared/steps/'];
const LAYERS = [L0, L1, L2, L3, L4, L5, L6, L7, L8, L9, L10];

const RUNTIME = '^shared/runtime/';
const OCTOKIT = '^shared/runtime/octokit\\.ts$';
const ENTRIES = ['^actions/[^/]+/main\\.ts$', '^action\\.ts$', '^cli/', '^worker/'];
const LAYERED = [...LAYERS.flat(), RUNTIME];
const ACTIONS_TOOLKIT = '(^|/)@actions/';

const upward = LAYERS.slice(0, -1).map((layer, k) => ({
  name: `layer-${k}-imports-upward`,
  severity: 'error',
  comment: `L${k} (${layer.join(', ')}) may import only L${k} or lower.`,
  from: { path: layer },
  to: { path: LAYERS.slice(k + 1).flat() },
}));

const L7_FOLDERS = ['validate', 'compare', 'gate', 'baseline'];
const siblings = L7_FOLDERS.map((folder) => ({
  name: `l7-${folder}-imports-sibling`,
  severity: 'error',
  comment: `shared/${folder}/ does not import the other L7 folders${folder === 'baseline' ? ' (except compare types)' : ''}.`,
  from: { path: `^shared/${folder}/` },
  to: { path: `^shared/(${L7_FOLDERS.filter((f) => f !== folder && !(folder === 'baseline' && f === 'compare')).join('|')})/` },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycle, module level, type-only imports included.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-imports-entry',
      severity: 'error',
      comment: 'Nothing in shared/ imports an entry (actions/*/main.ts, action.ts, cli/, worker/).',
      from: { path: '^shared/' },
      to: { path: ENTRIES },
    },
    {
      name: 'actions-toolkit-outside-runtime',
      severity: 'error',
      comment: 'Only shared/runtime/ imports @actions/*.',
      from: { path: '^shared/', pathNot: RUNTIME },
      to: { path: ACTIONS_TOOLKIT },
    },
    // Every module in shared/ belongs to a layer: one that imports anything, is imported, or is an orphan.
    {
      name: 'unlayered-module',
      severity: 'error',
      comment: 'Every module in shared/ belongs to a layer: place a new file or folder in .dependency-cruiser.cjs.',
      from: { path: '^shared/', pathNot: LAYERED },
      to: {},
    },
    {
      name: 'unlayered-module-imported',
      severity: 'error',
      comment: 'Every module in shared/ belongs to a layer: place a new file or folder in .dependency-cruiser.cjs.',
      from: {},
      to: { path: '^shared/', pathNot: LAYERED },
    },
    {
      name: 'unlayered-module-orphan',
      severity: 'error',
      comment: 'Every module in shared/ belongs to a layer: place a new file or folder in .dependency-cruiser.cjs.',
      from: { orphan: true, path: '^shared/', pathNot: LAYERED },
      to: {},
    },
    ...upward,
    ...siblings,
    {
      name: 'baseline-imports-compare-values',
      severity: 'error',
      comment: 'shared/baseline/ may import types from shared/compare/, nothing else.',
      from: { path: '^shared/baseline/' },
      to: { path: '^shared/compare/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'runtime-imports-engine',
      severity: 'error',
      comment: 'shared/runtime/ imports only L0 and results types: no engine.',
      from: { path: RUNTIME },
      to: { path: '^shared/', pathNot: [...L0, ...L6, RUNTIME] },
    },
    {
      name: 'runtime-imports-results-values',
      severity: 'error',
      comment: 'shared/runtime/ imports types only from shared/results/.',
      from: { path: RUNTIME },
      to: { path: L6, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'engine-imports-runtime',
      severity: 'error',
      comment: 'Below the vendor clients nothing in shared/ imports shared/runtime/.',
      from: { path: '^shared/', pathNot: [RUNTIME, ...L9, ...L10] },
      to: { path: RUNTIME },
    },
    {
      name: 'client-or-step-imports-runtime',
      severity: 'error',
      comment: 'Vendor clients and steps import only the octokit factory from shared/runtime/.',
      from: { path: [...L9, ...L10] },
      to: { path: RUNTIME, pathNot: OCTOKIT },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    moduleSystems: ['es6', 'cjs'],
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
