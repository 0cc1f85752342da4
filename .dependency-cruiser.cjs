// The layering of README.md's folder map, enforced in `npm test` (npm run lint:layers).
// Layers run top to bottom; a module may import its own folder or any folder of a lower layer, nothing else.
// Folders in one layer are siblings and never import each other. Only value imports count: a type-only
// import is erased at build time and cannot form a runtime cycle.
const fs = require('node:fs');
const path = require('node:path');

const LAYERS = [
  { name: 'tests', folders: ['tests', 'e2e'] },
  { name: 'entry points', folders: ['app', 'scripts', 'instrumentation.ts', 'proxy.ts'] },
  { name: 'test support', folders: ['test-support'] },
  {
    name: 'feature components',
    folders: [
      'components/audit',
      'components/auth',
      'components/batches',
      'components/graph',
      'components/home',
      'components/ingest',
      'components/quality',
      'components/review',
      'components/sampler',
      'components/users',
      'components/providers.tsx',
    ],
  },
  { name: 'shared components', folders: ['components/shared'] },
  { name: 'UI kit', folders: ['components/ui'] },
  { name: 'request and CLI edges', folders: ['lib/api', 'lib/cli'] },
  { name: 'identity', folders: ['lib/auth', 'lib/audit'] },
  { name: 'review stage', folders: ['lib/review'] },
  { name: 'synthesis stage', folders: ['lib/synthesis'] },
  {
    name: 'stage services',
    folders: [
      'lib/extraction',
      'lib/sampler',
      'lib/duplicates',
      'lib/verification',
      'lib/examples',
      'lib/functions',
      'lib/codebase',
    ],
  },
  { name: 'graph store', folders: ['lib/graph'] },
  { name: 'infrastructure', folders: ['lib/db', 'lib/llm', 'lib/sandbox'] },
  { name: 'environment', folders: ['lib/env.ts'] },
  { name: 'shared schemas', folders: ['lib/schemas'] },
  { name: 'similarity core', folders: ['lib/similarity'] },
  { name: 'sampling core', folders: ['lib/sampling'] },
  { name: 'domain', folders: ['lib/domain'] },
];
const PURE = ['lib/domain', 'lib/sampling', 'lib/similarity', 'lib/schemas'];
// A unit test sits beside the module it tests but is a consumer, like tests/: it may also use test-support/.
const TEST_FILE = '\\.test\\.tsx?$';

const escape = (folder) => folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pattern = (folders) => `^(${folders.map((f) => `${escape(f)}(/|$)`).join('|')})`;

const layerRules = LAYERS.flatMap((layer, index) => {
  const above = LAYERS.slice(0, index).flatMap((l) => l.folders);
  const rules = [];
  if (above.length > 0)
    rules.push({
      name: `no-upward-import:${layer.name}`,
      comment: `${layer.name} may only import its own folder or lower layers`,
      severity: 'error',
      from: { path: pattern(layer.folders), pathNot: TEST_FILE },
      to: { path: pattern(above), dependencyTypesNot: ['type-only'] },
    });
  for (const folder of layer.folders) {
    const siblings = layer.folders.filter((f) => f !== folder);
    if (siblings.length === 0) continue;
    rules.push({
      name: `no-sibling-import:${folder}`,
      comment: `${folder} must not import its sibling folders in the ${layer.name} layer`,
      severity: 'error',
      from: { path: pattern([folder]), pathNot: TEST_FILE },
      to: { path: pattern(siblings), dependencyTypesNot: ['type-only'] },
    });
  }
  return rules;
});

// Every file that starts with 'use client', found afresh on each run.
function clientFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...clientFiles(full));
    else if (/\.tsx?$/.test(entry.name) && /^\s*['"]use client['"]/.test(fs.readFileSync(full, 'utf8'))) out.push(full);
  }
  return out;
}
const clients = ['app', 'components'].filter((d) => fs.existsSync(d)).flatMap(clientFiles);

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'no-circular',
      comment: 'no import cycle between modules',
      severity: 'error',
      from: {},
      to: { circular: true, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'product-not-test-support',
      comment: 'the app, its components and lib/ never import test support (fixtures, the LLM stub, bench helpers)',
      severity: 'error',
      from: { path: '^(app|components|lib)/', pathNot: TEST_FILE },
      to: { path: '^test-support/' },
    },
    {
      name: 'lib-not-ui',
      comment: 'nothing in lib/ imports app/ or components/',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(app|components)/' },
    },
    {
      name: 'pure-no-io',
      comment: 'the pure folders import no Node built-in, database, LLM or framework module',
      severity: 'error',
      from: { path: pattern(PURE), pathNot: TEST_FILE },
      to: {
        dependencyTypesNot: ['type-only'],
        path: '(^node:|node_modules/(neo4j-driver|openai|server-only|next|react)/)',
      },
    },
    {
      name: 'pure-no-core',
      comment: 'the pure folders import no Node built-in module',
      severity: 'error',
      from: { path: pattern(PURE), pathNot: TEST_FILE },
      to: { dependencyTypes: ['core'] },
    },
    ...(clients.length === 0
      ? []
      : [
          {
            name: 'client-not-server-only',
            comment:
              "a 'use client' module must not reach a server-only module (neo4j-driver, openai, the filesystem, secrets)",
            severity: 'error',
            from: { path: `^(${clients.map(escape).join('|')})$` },
            to: { path: 'node_modules/server-only/', reachable: true },
          },
        ]),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(\\.next|node_modules|\\.data|test-results|playwright-report)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { conditionNames: ['import', 'require', 'node', 'default'], exportsFields: ['exports'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
