// Writes the bundled sample corpus (data/sample/documents.jsonl and extractions.jsonl) from the
// hand-written tables in this folder. Deterministic: a fixed seed, so two runs give identical bytes.
// Usage: node scripts/sample-corpus/generate.mjs [outDir]
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_SKILLS, ML_SKILLS } from './coding-data.mjs';
import { DB_SKILLS, PY_SKILLS, WEB_SKILLS } from './coding-python.mjs';
import { FINANCE, RETAIL } from './domain-finance-retail.mjs';
import { BACKEND, HEALTHCARE } from './domain-health-backend.mjs';
import { IOT, NLP } from './domain-iot-nlp.mjs';
import { EDU, SCIENCE } from './domain-science-edu.mjs';
import { GEO, VISION } from './domain-vision-geo.mjs';
import { FITS_CODING_SKILLS, FITS_DOMAIN_SKILLS, FITS_KNOWLEDGE, TASK_CATEGORY_FACTOR } from './fits.mjs';
import { buildFunctionDocuments } from './function-docs.mjs';
import { renderArticle, renderNotebook, renderQuestion } from './renderers.mjs';
import { SHARED_DOMAIN_SKILLS, SHARED_KNOWLEDGE } from './shared.mjs';
import { fill } from './text-kit.mjs';

const SEED = 20250914;
const TOTAL_DOCS = 336;
const KAGGLE_DOCS = 96;
const OTHER_DOCS = 22;
const VARIANT_RATE = 0.02;

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(process.argv[2] ?? path.join(here, '..', '..', 'data', 'sample'));

// --- seeded randomness -------------------------------------------------------------------------

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash32(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const rngFor = (label) => mulberry32(hash32(`${SEED}:${label}`));

function shuffle(rng, items) {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

function fromDistribution(rng, dist) {
  let u = rng();
  for (const [value, p] of dist) {
    if ((u -= p) < 0) return value;
  }
  return dist[dist.length - 1][0];
}

/** Weighted draw of k distinct items; `taken` holds names already chosen. */
function drawWeighted(rng, candidates, k, taken) {
  const out = [];
  const pool = candidates.filter((c) => !taken.has(c.item.n) && c.w > 0);
  while (out.length < k && pool.length) {
    const total = pool.reduce((s, c) => s + c.w, 0);
    let u = rng() * total;
    let i = 0;
    while (i < pool.length - 1 && (u -= pool[i].w) >= 0) i++;
    const [c] = pool.splice(i, 1);
    taken.add(c.item.n);
    out.push(c.item);
  }
  return out;
}

// --- tables ------------------------------------------------------------------------------------

const toSkill = ([n, cat, tags, i, t, o, f, x, lang]) => ({ n, cat, tags: tags.split(' '), i, t, o, f, x, lang: lang ?? 'python' });
const toElement = ([n, g]) => ({ n, g });

const GENERAL = {
  data: DATA_SKILLS.map(toSkill), ml: ML_SKILLS.map(toSkill), py: PY_SKILLS.map(toSkill),
  web: WEB_SKILLS.map(toSkill), db: DB_SKILLS.map(toSkill),
};
const DOMAINS = [FINANCE, RETAIL, HEALTHCARE, BACKEND, IOT, NLP, VISION, GEO, SCIENCE, EDU].map((d) => ({
  ...d, k: d.k.map(toElement), ds: d.ds.map(toElement), cs: d.cs.map(toSkill),
}));
const domainByKey = new Map(DOMAINS.map((d) => [d.key, d]));

for (const d of DOMAINS) {
  d.sharedK = SHARED_KNOWLEDGE.filter(([, , ds]) => ds.includes(d.key)).map(toElement);
  d.sharedDs = SHARED_DOMAIN_SKILLS.filter(([, , ds]) => ds.includes(d.key)).map(toElement);
  // Domain-flavoured coding skills, own ones first, then those other domains lend to this one.
  d.pool = d.cs.map((c, r) => ({ item: c, w: 2.2 / (r + 1) ** 0.9 }));
  for (const other of DOMAINS) {
    for (const [name, keys] of Object.entries(other.also ?? {})) {
      if (!keys.includes(d.key)) continue;
      const skill = [...other.cs, ...other.sc.flatMap((x) => (x.cs ?? []).map(toSkill))].find((c) => c.n === name);
      if (!skill) throw new Error(`${other.key}.also names unknown skill "${name}"`);
      d.pool.push({ item: skill, w: 0.5 });
    }
  }
}

const VAR_DEFAULTS = {
  df: 'df', id: 'id', ts: 'timestamp', y: 'value', cat: 'category', label: 'label', text: 'text',
  file: 'data.csv', table: 'records', noun: 'records', model: 'Record', path: '/items/{item_id}',
};

const SCENARIOS = DOMAINS.flatMap((d) => d.sc.map((s) => ({
  ...s, domain: d, k: s.k.map(toElement), ds: s.ds.map(toElement), cs: (s.cs ?? []).map(toSkill),
  vars: { ...VAR_DEFAULTS, ...s.v },
})));
const scenarioByName = new Map(SCENARIOS.map((s) => [s.n, s]));
for (const s of SCENARIOS) {
  s.related = (s.rel ?? []).map((n) => {
    const r = scenarioByName.get(n);
    if (!r) throw new Error(`${s.n}: unknown related scenario "${n}"`);
    return r;
  });
  for (const b of s.borrow ?? []) if (!domainByKey.has(b)) throw new Error(`${s.n}: unknown borrowed domain ${b}`);
}

// Every name in the fits tables must be an element that exists; a typo would silently do nothing.
{
  const known = new Set([
    ...DOMAINS.flatMap((d) => [...d.k, ...d.ds, ...d.cs].map((e) => e.n)),
    ...SHARED_KNOWLEDGE.map(([n]) => n), ...SHARED_DOMAIN_SKILLS.map(([n]) => n),
    ...SCENARIOS.flatMap((s) => s.cs.map((e) => e.n)),
  ]);
  for (const table of [FITS_KNOWLEDGE, FITS_DOMAIN_SKILLS, FITS_CODING_SKILLS]) {
    for (const name of Object.keys(table)) if (!known.has(name)) throw new Error(`fits.mjs names unknown element "${name}"`);
  }
}

// --- how many documents per scenario and source --------------------------------------------------

function dHondt(total, weights, caps) {
  const seats = weights.map(() => 0);
  for (let n = 0; n < total; n++) {
    let best = -1;
    for (let i = 0; i < weights.length; i++) {
      if (seats[i] >= caps[i] || weights[i] <= 0) continue;
      if (best < 0 || weights[i] / (seats[i] + 1) > weights[best] / (seats[best] + 1)) best = i;
    }
    if (best < 0) throw new Error('not enough capacity to allocate documents');
    seats[best]++;
  }
  return seats;
}

function scenarioQuotas() {
  const quotas = (b) => SCENARIOS.map((s) => Math.max(3, Math.round(b * s.w ** 1.6)));
  let lo = 0.5, hi = 20;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (quotas(mid).reduce((a, q) => a + q, 0) < TOTAL_DOCS) lo = mid; else hi = mid;
  }
  return quotas(hi);
}

function planSlots() {
  const q = scenarioQuotas();
  const canNotebook = SCENARIOS.map((s) => Boolean(s.metric && s.models.length && s.kg > 0));
  const kg = dHondt(KAGGLE_DOCS, SCENARIOS.map((s, i) => (canNotebook[i] ? q[i] * s.kg : 0)), q.map((n) => n - 1));
  const ot = dHondt(OTHER_DOCS, SCENARIOS.map((s, i) => q[i] * (s.kg === 0 ? 0.1 : 0.06)), q.map((n, i) => n - kg[i] - 1));
  const slots = [];
  SCENARIOS.forEach((s, i) => {
    const sources = [...Array(kg[i]).fill('kaggle'), ...Array(ot[i]).fill('other'), ...Array(q[i] - kg[i] - ot[i]).fill('stackoverflow')];
    sources.forEach((source, j) => slots.push({ scenario: s, source, index: j }));
  });
  const prefix = { stackoverflow: 'so', kaggle: 'kg', other: 'ot' };
  const ordered = [];
  for (const source of ['stackoverflow', 'kaggle', 'other']) {
    shuffle(rngFor(`order:${source}`), slots.filter((x) => x.source === source)).forEach((slot, n) => {
      ordered.push({ ...slot, id: `${prefix[source]}-${String(n + 1).padStart(4, '0')}` });
    });
  }
  return ordered;
}

// --- choosing the elements of one document ------------------------------------------------------

const TASKS = new Set(['clf', 'reg', 'ts', 'img', 'text', 'cluster', 'rec', 'anomaly', 'opt', 'etl', 'assoc', 'api', 'ops']);
const ML_TASKS = new Set(['clf', 'reg', 'ts', 'img', 'text', 'cluster', 'rec', 'anomaly']);
const taskOf = (s) => s.task ?? 'api';

/** Whether a domain-level or shared element suits a scenario (see fits.mjs). */
function fits(fitsTable, name, s) {
  const tokens = fitsTable[name];
  if (!tokens) return true;
  const task = taskOf(s);
  const scenarioName = s.n.toLowerCase();
  return tokens.some((t) => (t === '@ml' ? ML_TASKS.has(task) : TASKS.has(t) ? t === task : scenarioName.includes(t.toLowerCase())));
}

const SOURCE_CAT_FACTOR = {
  stackoverflow: { data: 1, ml: 1, py: 1, web: 1, db: 1 },
  other: { data: 1, ml: 1, py: 1, web: 1, db: 1 },
  kaggle: { data: 1.3, ml: 1.6, py: 0.1, web: 0, db: 0.15 },
};

function chooseExtras(rng, s) {
  if (rng() >= 0.19) return [];
  const sameDomain = SCENARIOS.filter((o) => o.domain === s.domain && o !== s);
  const first = s.related.length ? s.related[Math.floor(rng() * s.related.length)] : sameDomain[Math.floor(rng() * sameDomain.length)];
  if (rng() >= 0.08) return [first];
  const more = [...first.related, ...s.related].filter((o) => o !== s && o !== first);
  const options = more.length ? more : sameDomain.filter((o) => o !== first);
  return [first, options[Math.floor(rng() * options.length)]];
}

function chooseFeatures(rng, s, extras, own, domainLevel, shared, fitsTable, count, index) {
  const taken = new Set();
  const forced = [own[index % own.length]];
  if (extras.length && rng() < 0.7) forced.push(own === s.k ? extras[0].k[0] : extras[0].ds[0]);
  for (const f of forced) taken.add(f.n);
  const candidates = [
    ...own.map((item, r) => ({ item, w: 3.2 / (r + 1) ** 0.4 })),
    ...domainLevel.filter((e) => fits(fitsTable, e.n, s)).map((item, r) => ({ item, w: 1.3 / (r + 1) ** 0.7 })),
    ...shared.filter((e) => fits(fitsTable, e.n, s)).map((item, r) => ({ item, w: 0.7 / (r + 1) ** 0.5 })),
    ...extras.flatMap((e) => (own === s.k ? e.k : e.ds).map((item) => ({ item, w: 1 }))),
  ];
  return [...forced, ...drawWeighted(rng, candidates, Math.max(0, count - forced.length), taken)];
}

function chooseCodingSkills(rng, s, extras, source, count) {
  const taken = new Set();
  const suits = (sc) => (c) => fits(FITS_CODING_SKILLS, c.item.n, sc);
  const specific = [
    ...s.cs.map((item) => ({ item, w: 5 })),
    ...s.domain.pool.filter(suits(s)),
    ...(s.borrow ?? []).flatMap((b) => domainByKey.get(b).pool.filter(suits(s)).map((c) => ({ item: c.item, w: c.w * 0.7 }))),
    ...extras.flatMap((e) => [...e.cs.map((item) => ({ item, w: 1.5 })),
      ...(e.domain === s.domain ? [] : e.domain.pool.filter(suits(e)).map((c) => ({ item: c.item, w: c.w * 0.4 })))]),
  ];
  const chosen = [];
  if (s.cs.length && rng() < 0.75) {
    chosen.push(s.cs[Math.floor(rng() * s.cs.length)]);
    taken.add(chosen[0].n);
  } else {
    chosen.push(...drawWeighted(rng, specific, 1, taken));
  }
  const cats = s.cats ?? s.domain.cats;
  const taskFactor = TASK_CATEGORY_FACTOR[taskOf(s)] ?? {};
  const general = Object.entries(GENERAL).flatMap(([cat, skills]) => skills.map((item, r) => ({
    item, w: (cats[cat] ?? 0) * (taskFactor[cat] ?? 1) * SOURCE_CAT_FACTOR[source][cat] * 1.5 / (r + 1) ** 1.05,
  })));
  chosen.push(...drawWeighted(rng, [...specific, ...general], count - chosen.length, taken));
  return chosen;
}

function materialize(skill, vars) {
  const f = (t) => (t == null ? t : fill(t, vars));
  return { ...skill, i: f(skill.i), t: f(skill.t), o: f(skill.o), f: f(skill.f), x: f(skill.x) };
}

const usedTitles = new Set();

/** Takes the first unused title, so documents read as separate questions (falls back to the first). */
function claimTitle(candidates) {
  const title = candidates.find((t) => !usedTitles.has(t)) ?? candidates[0];
  usedTitles.add(title);
  return title;
}

function buildDocument(slot) {
  const rng = rngFor(slot.id);
  const s = slot.scenario;
  const extras = chooseExtras(rng, s);
  const nK = fromDistribution(rng, [[1, 0.22], [2, 0.4], [3, 0.26], [4, 0.12]]);
  const nDs = fromDistribution(rng, [[1, 0.4], [2, 0.42], [3, 0.18]]);
  const nCs = fromDistribution(rng, slot.source === 'kaggle'
    ? [[2, 0.12], [3, 0.36], [4, 0.34], [5, 0.18]]
    : [[2, 0.3], [3, 0.36], [4, 0.24], [5, 0.1]]);
  const k = chooseFeatures(rng, s, extras, s.k, s.domain.k, s.domain.sharedK, FITS_KNOWLEDGE, nK, slot.index);
  const ds = chooseFeatures(rng, s, extras, s.ds, s.domain.ds, s.domain.sharedDs, FITS_DOMAIN_SKILLS, nDs, slot.index);
  const cs = chooseCodingSkills(rng, s, extras, slot.source, nCs).map((c) => materialize(c, s.vars));
  // A question is sometimes about the second skill rather than the scenario-specific one.
  if (slot.source === 'stackoverflow' && rng() < 0.35) [cs[0], cs[1]] = [cs[1], cs[0]];
  const plan = {
    rng, sc: s, extras, k, ds, cs, vars: s.vars, claimTitle,
    answerCount: fromDistribution(rng, [[1, 0.3], [2, 0.45], [3, 0.25]]),
  };
  const text = slot.source === 'stackoverflow' ? renderQuestion(plan) : slot.source === 'kaggle' ? renderNotebook(plan) : renderArticle(plan);
  const document = { id: slot.id, source: slot.source, title: text.title, body: text.body, tags: text.tags };
  if (text.answers) document.answers = text.answers;
  if (text.url) document.url = text.url;
  document.license = 'CC0-1.0';
  const extraction = {
    docId: slot.id, source: slot.source, title: text.title,
    scenarios: [s, ...extras].map((x) => x.n),
    knowledge: k.map((x) => x.n), domainSkills: ds.map((x) => x.n), codingSkills: cs.map((x) => x.n),
    model: 'hand-curated', promptVersion: 'sample-v1',
  };
  return { document, extraction };
}

// --- surface-form variants -----------------------------------------------------------------------

const VARIANTS = [
  (n) => (n[0] === n[0].toUpperCase() ? n[0].toLowerCase() : n[0].toUpperCase()) + n.slice(1),
  (n) => `${n}.`,
  (n) => n.replace(' ', '  '),
  (n) => `${n[0].toUpperCase()}${n.slice(1)}.`,
];

/** Rewrites a small share of mentions of frequent elements to variant spellings of the same name. */
function addSurfaceVariants(extractions) {
  const fields = ['scenarios', 'knowledge', 'domainSkills', 'codingSkills'];
  const counts = new Map();
  for (const e of extractions) for (const f of fields) for (const n of e[f]) counts.set(`${f}:${n}`, (counts.get(`${f}:${n}`) ?? 0) + 1);
  const used = new Map();
  const rng = rngFor('variants');
  for (const e of extractions) {
    for (const f of fields) {
      e[f] = e[f].map((n) => {
        const key = `${f}:${n}`;
        const c = counts.get(key);
        if (c < 6 || rng() >= VARIANT_RATE || (used.get(key) ?? 0) >= Math.floor(c / 5)) return n;
        used.set(key, (used.get(key) ?? 0) + 1);
        return VARIANTS[Math.floor(rng() * VARIANTS.length)](n);
      });
    }
  }
}

// --- hand-written documents with functions ----------------------------------------------------------

function nextIdNumbers(docs) {
  const next = { stackoverflow: 1, kaggle: 1, other: 1 };
  for (const { document: d } of docs) next[d.source] = Math.max(next[d.source], Number(d.id.slice(3)) + 1);
  return next;
}

/** Every element name the tables define, per extraction field. */
function knownNames() {
  const names = (rows) => new Set(rows.map((e) => e.n));
  return {
    scenarios: names(SCENARIOS),
    knowledge: names([...DOMAINS.flatMap((d) => d.k), ...SCENARIOS.flatMap((s) => s.k), ...SHARED_KNOWLEDGE.map(toElement)]),
    domainSkills: names([...DOMAINS.flatMap((d) => d.ds), ...SCENARIOS.flatMap((s) => s.ds), ...SHARED_DOMAIN_SKILLS.map(toElement)]),
    codingSkills: names([...Object.values(GENERAL).flat(), ...DOMAINS.flatMap((d) => d.cs), ...SCENARIOS.flatMap((s) => s.cs)]),
  };
}

// --- main --------------------------------------------------------------------------------------

const generated = planSlots().map(buildDocument);
addSurfaceVariants(generated.map((b) => b.extraction));
// The hand-written documents with runnable functions come last and use exact names, so adding them
// changes neither the ids nor the bytes of the generated ones.
const built = [...generated, ...buildFunctionDocuments(nextIdNumbers(generated), knownNames())];
const extractions = built.map((b) => b.extraction);
const toJsonl = (rows) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'documents.jsonl'), toJsonl(built.map((b) => b.document)));
writeFileSync(path.join(outDir, 'extractions.jsonl'), toJsonl(extractions));
console.log(`wrote ${built.length} documents and extractions to ${path.relative(process.cwd(), outDir) || '.'}`);
