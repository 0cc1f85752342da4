// Verifies data/sample/{documents,extractions}.jsonl against the corpus rules and prints its figures.
// Also regenerates the corpus into a temporary folder and checks the bytes are identical.
// Usage: node scripts/sample-corpus/check.mjs [dir] [--no-regen]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dirArg = process.argv.slice(2).find((a) => !a.startsWith('--'));
const dir = path.resolve(dirArg ?? path.join(here, '..', '..', 'data', 'sample'));
const errors = [];
const fail = (msg) => errors.push(msg);

// Mirrors lib/domain/normalize.ts: NFKC, whitespace collapsed, trailing sentence punctuation removed.
const TRAILING_PUNCTUATION = /[\s.,;:!?\u2026\u3002\uff0c\uff1b\uff1a\uff01\uff1f]+$/u;
const cleanSurface = (name) => name.normalize('NFKC').replace(/[\s\p{Cc}]+/gu, ' ').trim().replace(TRAILING_PUNCTUATION, '').trim();
const keyOf = (name) => cleanSurface(name).toLowerCase();

function readJsonl(file) {
  const raw = readFileSync(path.join(dir, file));
  const text = raw.toString('utf8');
  if (!Buffer.from(text, 'utf8').equals(raw)) fail(`${file}: not valid UTF-8`);
  if (text.includes('\r')) fail(`${file}: contains \\r`);
  if (!text.endsWith('\n')) fail(`${file}: does not end with a newline`);
  return text.split('\n').filter((l, i, all) => !(i === all.length - 1 && l === '')).map((line, i) => {
    try {
      return JSON.parse(line);
    } catch (e) {
      fail(`${file}:${i + 1}: invalid JSON (${e.message})`);
      return {};
    }
  });
}

const docs = readJsonl('documents.jsonl');
const exts = readJsonl('extractions.jsonl');
const SOURCES = { stackoverflow: 'so', kaggle: 'kg', other: 'ot' };
const isStrList = (v) => Array.isArray(v) && v.every((x) => typeof x === 'string');

const ids = new Set();
for (const d of docs) {
  const where = `document ${d.id}`;
  if (typeof d.id !== 'string' || ids.has(d.id)) fail(`${where}: missing or duplicate id`);
  ids.add(d.id);
  if (!(d.source in SOURCES)) fail(`${where}: bad source ${d.source}`);
  else if (!new RegExp(`^${SOURCES[d.source]}-\\d{4}$`).test(d.id)) fail(`${where}: id does not match source`);
  for (const f of ['title', 'body']) if (typeof d[f] !== 'string' || !d[f].trim()) fail(`${where}: empty ${f}`);
  if (d.tags !== undefined && !isStrList(d.tags)) fail(`${where}: tags must be strings`);
  if (d.url !== undefined && !/^https:\/\/example\.org\//.test(d.url)) fail(`${where}: url must be on example.org`);
  if (d.license !== undefined && typeof d.license !== 'string') fail(`${where}: license must be a string`);
  const allText = [d.title, d.body, ...(d.answers ?? [])].join('\n');
  if (/stackoverflow\.com|kaggle\.com/i.test(allText)) fail(`${where}: mentions a real stackoverflow/kaggle URL`);
  if (d.source === 'stackoverflow') {
    if (!isStrList(d.answers) || d.answers.length < 1 || d.answers.length > 3) fail(`${where}: needs 1-3 answers`);
    else if (!d.answers.every((a) => a.includes('```'))) fail(`${where}: every answer should contain code`);
  } else if (d.source === 'kaggle') {
    for (const h of ['## Data', '## Results']) if (!d.body.includes(h)) fail(`${where}: missing section ${h}`);
  }
}

const FIELDS = ['scenarios', 'knowledge', 'domainSkills', 'codingSkills'];
const LIMITS = { scenarios: [1, 3], knowledge: [1, 4], domainSkills: [1, 3], codingSkills: [2, 5] };
if (exts.length !== docs.length) fail(`extractions: ${exts.length} records for ${docs.length} documents`);
exts.forEach((e, i) => {
  const d = docs[i] ?? {};
  const where = `extraction ${i + 1} (${e.docId})`;
  if (e.docId !== d.id || e.source !== d.source || e.title !== d.title) fail(`${where}: docId/source/title do not match document ${d.id}`);
  if (e.model !== 'hand-curated' || e.promptVersion !== 'sample-v1') fail(`${where}: model/promptVersion`);
  for (const f of FIELDS) {
    const list = e[f];
    if (!isStrList(list)) { fail(`${where}: ${f} must be a list of strings`); continue; }
    const [lo, hi] = LIMITS[f];
    if (list.length < lo || list.length > hi) fail(`${where}: ${f} has ${list.length} names (want ${lo}-${hi})`);
    if (new Set(list).size !== list.length || new Set(list.map(keyOf)).size !== list.length) fail(`${where}: duplicate names in ${f}`);
    for (const n of list) {
      const c = cleanSurface(n);
      if (!c || c.length >= 120) fail(`${where}: bad name length in ${f}: "${n}"`);
    }
  }
});

// --- figures -------------------------------------------------------------------------------------
const stats = Object.fromEntries(FIELDS.map((f) => [f, new Map()])); // key -> {docs, surfaces, scenarios}
let mentions = 0, notInText = 0;
exts.forEach((e, i) => {
  const text = [docs[i].title, docs[i].body, ...(docs[i].answers ?? [])].join('\n').toLowerCase().replace(/\s+/g, ' ');
  const scenarioKeys = e.scenarios.map(keyOf);
  for (const f of FIELDS) {
    for (const n of e[f]) {
      const k = keyOf(n);
      const s = stats[f].get(k) ?? { docs: 0, surfaces: new Map(), scenarios: new Set() };
      s.docs++;
      s.surfaces.set(n, (s.surfaces.get(n) ?? 0) + 1);
      scenarioKeys.forEach((sk) => s.scenarios.add(sk));
      stats[f].set(k, s);
      mentions++;
      if (!text.includes(k)) notInText++;
    }
  }
});
const variantMentions = FIELDS.reduce((acc, f) => acc + [...stats[f].values()].reduce((a, s) => a + s.docs - Math.max(...s.surfaces.values()), 0), 0);
const docsPerScenario = [...stats.scenarios.values()].map((s) => s.docs).sort((a, b) => a - b);
const median = docsPerScenario[Math.floor(docsPerScenario.length / 2)];
const displayName = (s) => [...s.surfaces.entries()].sort((a, b) => b[1] - a[1])[0][0];
const cs = [...stats.codingSkills.entries()].map(([k, s]) => ({ k, ...s, name: displayName(s) }));
const bySource = docs.reduce((acc, d) => ({ ...acc, [d.source]: (acc[d.source] ?? 0) + 1 }), {});
const band = (lo, hi) => cs.filter((c) => c.docs >= lo && c.docs <= hi).length;
const special = FIELDS.flatMap((f) => [...stats[f].values()].map(displayName)).filter((n) => /['"`{}]/.test(n));

console.log(`documents: ${docs.length} (${Object.entries(bySource).map(([k, v]) => `${k} ${v}`).join(', ')})`);
console.log(`distinct after normalization: scenarios ${stats.scenarios.size}, knowledge ${stats.knowledge.size}, domain skills ${stats.domainSkills.size}, coding skills ${stats.codingSkills.size}`);
console.log('top 10 coding skills by document count:');
cs.sort((a, b) => b.docs - a.docs || a.k.localeCompare(b.k)).slice(0, 10).forEach((c) => console.log(`  ${String(c.docs).padStart(3)}  ${c.name}`));
console.log(`coding skills by document count: 1 doc ${band(1, 1)}, 2-6 docs ${band(2, 6)}, 7-20 docs ${band(7, 20)}, >20 docs ${band(21, Infinity)}`);
console.log(`docs per scenario: min ${docsPerScenario[0]}, median ${median}, max ${docsPerScenario[docsPerScenario.length - 1]}`);
console.log(`coding skills shared by >= 3 scenarios: ${cs.filter((c) => c.scenarios.size >= 3).length}`);
console.log(`documents with 2+ scenarios: ${exts.filter((e) => e.scenarios.length > 1).length}, with 3: ${exts.filter((e) => e.scenarios.length === 3).length}`);
console.log(`surface variants: ${variantMentions} of ${mentions} mentions (${((100 * variantMentions) / mentions).toFixed(2)}%)`);
console.log(`mentions whose normalized name is not in the document text: ${notInText}`);
console.log(`names with quotes, braces or backticks: ${special.join(' | ')}`);

if (variantMentions / mentions >= 0.03) fail('surface variants are 3% of mentions or more');

// --- determinism: regenerate into a temporary folder and compare bytes ------------------------------
if (!process.argv.includes('--no-regen')) {
  const tmp = mkdtempSync(path.join(tmpdir(), 'sample-corpus-'));
  try {
    execFileSync(process.execPath, [path.join(here, 'generate.mjs'), tmp], { stdio: 'ignore' });
    for (const f of ['documents.jsonl', 'extractions.jsonl']) {
      if (!readFileSync(path.join(tmp, f)).equals(readFileSync(path.join(dir, f)))) fail(`${f}: regenerating gives different bytes`);
    }
    console.log('regenerated corpus is byte-identical');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (errors.length) {
  console.error(`\n${errors.length} problem(s):`);
  errors.slice(0, 40).forEach((e) => console.error(`  ${e}`));
  process.exit(1);
}
console.log('all checks passed');
