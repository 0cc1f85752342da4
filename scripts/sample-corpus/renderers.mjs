// Turns a document plan (scenario + chosen elements + seeded PRNG) into Stack Overflow-style,
// Kaggle-style or blog-style text. Every chosen element is named in the text it produces.
import { an, cap, fence, fill, joinList, metricCode, modelCode, slug, versionsFor } from './text-kit.mjs';

const TASK_TAG = {
  clf: 'classification', reg: 'regression', ts: 'time-series', img: 'computer-vision', text: 'nlp',
  cluster: 'clustering', rec: 'recommender-systems', anomaly: 'anomaly-detection', opt: 'optimization',
  etl: 'data-cleaning', assoc: 'association-rules', api: 'api',
};

function picker(rng) {
  return (items) => {
    const item = items[Math.floor(rng() * items.length)];
    return typeof item === 'function' ? item() : item;
  };
}

/** Like picker, but walks a shuffled deck so one document does not repeat a phrasing. */
function deck(rng, templates) {
  let cards = [];
  return (arg) => {
    if (!cards.length) {
      cards = templates.map((t) => t);
      for (let i = cards.length - 1; i > 0; i--) {
        const j = Math.floor(rng() * (i + 1));
        [cards[i], cards[j]] = [cards[j], cards[i]];
      }
    }
    return cards.pop()(arg);
  };
}

/** Shuffles the title candidates and takes the first one no earlier document has used. */
function chooseTitle(p, candidates) {
  const order = candidates.map((c) => (typeof c === 'function' ? c() : c));
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(p.rng() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return p.claimTitle(order);
}

function tagsFor(first, cs, domainTags, max) {
  const out = [...new Set(first)];
  for (const t of cs.flatMap((c) => c.tags)) if (!out.includes(t)) out.push(t);
  for (const t of domainTags) if (!out.includes(t)) out.push(t);
  return out.slice(0, max);
}

const knowledgeSentences = (rng) => deck(rng, [
  (k) => `One complication is ${k.n}. ${k.g}`,
  (k) => `Relevant background: ${k.n}. ${k.g}`,
  (k) => `I also have to account for ${k.n}.`,
  (k) => `${cap(k.n)} matters here too. ${k.g}`,
  (k) => `I'm aware of ${k.n}, so I'd rather not use a quick hack.`,
  (k) => `Domain-wise, the catch is ${k.n}. ${k.g}`,
]);

const answerKnowledgeSentences = (rng) => deck(rng, [
  (k) => `Keep ${k.n} in mind as well. ${k.g}`,
  (k) => `This is where ${k.n} comes in. ${k.g}`,
  (k) => `Don't forget ${k.n}: ${k.g}`,
  (k) => `Given ${k.n}, check the result on the most recent slice of data too.`,
]);

const answerSkillSentences = (rng) => deck(rng, [
  (d) => `The same pattern applies to ${d.n}.`,
  (d) => `This also matters for ${d.n}.`,
  (d) => `If you get to ${d.n} later, reuse the same approach there.`,
]);

function extraScenarioSentence(pick, e) {
  return pick([
    () => `The same data also feeds our ${e.n} work, so the fix has to hold up there too.`,
    () => `The output is later reused for ${e.n}.`,
    () => `It overlaps with ${an(e.n)} project another team runs.`,
  ]);
}

/** A Stack Overflow-style question with 1-3 answers. */
export function renderQuestion(p) {
  const pick = picker(p.rng);
  const { sc, vars } = p;
  const [c1, ...restCs] = p.cs;
  const [ds1, ...restDs] = p.ds;
  const [k1, ...restK] = p.k;
  const intro = pick(sc.intro);
  const errHead = c1.o ? c1.o.split('\n')[0] : null;
  const knowledgeSentence = knowledgeSentences(p.rng);
  const answerKnowledge = answerKnowledgeSentences(p.rng);
  const answerSkill = answerSkillSentences(p.rng);

  const titles = [
    () => `${cap(c1.n)}: ${c1.i}`,
    () => `${cap(c1.i)} (${ds1.n})`,
    () => `${cap(c1.i)} in ${an(sc.n)} project`,
    () => `${cap(ds1.n)} using ${c1.n}: ${c1.i}`,
    () => `${cap(c1.i)} - ${sc.n}`,
    () => `Stuck on ${ds1.n}: ${c1.i}`,
    () => `${cap(c1.n)} for ${vars.noun}: ${c1.i}`,
    () => `${cap(c1.i)} when working with ${vars.noun}`,
    () => `${cap(c1.i)} - any idea why?`,
    () => `${cap(c1.n)} question (${sc.n}): ${c1.i}`,
  ];
  if (errHead && errHead.length < 110) {
    titles.push(() => `${errHead} with ${c1.n}`, () => `${errHead} - ${ds1.n}`, () => `How to fix "${errHead}" in my ${sc.n} code`);
  }
  const title = chooseTitle(p, titles);

  const paras = [];
  let opener = pick([
    () => `I'm working on ${intro} (${an(sc.n)} project).`,
    () => `At work I'm building ${intro}.`,
    () => `For ${an(sc.n)} project I'm building ${intro}.`,
    () => `Our team maintains ${intro}, and I've been asked to fix part of it.`,
    () => `I'm fairly new to Python and I'm working on ${intro}.`,
    () => `Some context: this is ${intro}.`,
  ]);
  if (!opener.includes(sc.n)) opener += ' ' + pick([`It's ${an(sc.n)} problem at heart.`, `The use case is ${sc.n}.`, `(Domain: ${sc.n}.)`]);
  paras.push([opener, sc.data, ...p.extras.map((e) => extraScenarioSentence(pick, e))].join(' '));

  const goal = [pick([
    `Right now I'm working on ${ds1.n}.`, `The step I'm stuck on is ${ds1.n}.`,
    `I need help with ${ds1.n}.`, `The part that's giving me trouble is ${ds1.n}.`,
  ])];
  if (p.rng() < 0.6) goal.push(ds1.g);
  const answerDs = [];
  for (const d of restDs) {
    if (p.rng() < 0.5) goal.push(pick([`After that comes ${d.n}.`, `The same script also handles ${d.n}.`, `Next on my list is ${d.n}.`]));
    else answerDs.push(d);
  }
  goal.push(knowledgeSentence(k1));
  const answerK = [];
  for (const k of restK) {
    if (p.rng() < 0.4) goal.push(knowledgeSentence(k));
    else answerK.push(k);
  }
  paras.push(goal.join(' '));

  let code = c1.t;
  if ((c1.cat === 'data' || c1.cat === 'ml') && !code.includes('read_csv') && p.rng() < 0.45) {
    code = fill(`import pandas as pd\n\n$(df) = pd.read_csv("$(file)", parse_dates=["$(ts)"])\n`, vars) + code;
  }
  paras.push(pick(["Here's what I tried:", 'This is my current code:', 'Simplified version of what I have:', 'Minimal example:', 'The relevant part:']));
  paras.push(fence(code, c1.lang));
  if (c1.o) {
    paras.push(pick([`${cap(c1.i)}. This is the output:`, 'Running it gives me this:', `But ${c1.i}:`]));
    paras.push(fence(c1.o, 'text'));
  } else {
    paras.push(pick([`The problem is that ${c1.i}.`, `Problem: ${c1.i}.`, `What happens: ${c1.i}.`]));
  }

  const ask = [pick([
    `How do I do this properly with ${c1.n}?`, `What's the idiomatic way to handle this with ${c1.n}?`,
    `I'm clearly misunderstanding something about ${c1.n}. What's the right approach?`,
    `Is there a clean way to fix this using ${c1.n}?`,
  ])];
  if (restCs.length) {
    const names = restCs.map((c) => c.n);
    ask.push(pick([
      `The rest of the script uses ${joinList(names)} and that part seems fine.`,
      `Other parts of the pipeline (${joinList(names)}) work as expected, as far as I can tell.`,
      `For context, I also use ${joinList(names)} elsewhere in the same code.`,
    ]));
  }
  if (p.rng() < 0.6) {
    const versions = versionsFor(p.cs.flatMap((c) => c.tags));
    const service = !sc.task || sc.task === 'api' || sc.task === 'ops';
    const where = pick(service ? ['on Ubuntu 22.04', 'on macOS', 'inside Docker', 'on Kubernetes', ''] : ['in a Jupyter notebook', 'on Ubuntu 22.04', 'on Windows 11', 'on macOS', 'inside Docker', '']);
    ask.push(`Python ${pick(['3.10', '3.11', '3.12'])}${versions.length ? `, ${joinList(versions)}` : ''}${where ? `, ${where}` : ''}.`);
  }
  paras.push(ask.join(' '));

  // Answers: the first fixes the main skill, the others the next skills; leftovers go round-robin.
  const nAnswers = Math.min(p.cs.length, p.answerCount);
  const answers = [];
  for (let a = 0; a < nAnswers; a++) {
    const c = p.cs[a];
    const parts = [];
    if (a === 0) parts.push(pick(['', 'You are close. ', 'This is a common gotcha. ', 'Short answer: ', 'The root cause is simpler than it looks. ']) + c.x);
    else if (a === 1) parts.push(`${pick([`Adding to the other answer: since you're also using ${c.n}, watch out for this.`, `One more thing I noticed, about ${c.n}.`, `Separate issue, but it will bite you next: ${c.n}.`])} ${c.x}`);
    else parts.push(`${pick([`For ${ds1.n} specifically, ${c.n} helps.`, `A slightly different angle: ${c.n}.`, `I'd also tighten up the ${c.n} part.`])} ${c.x}`);
    parts.push(fence(c.f, c.lang));
    answers.push(parts);
  }
  answerK.forEach((k, i) => answers[i % answers.length].push(answerKnowledge(k)));
  answerDs.forEach((d, i) => answers[(i + 1) % answers.length].push(answerSkill(d)));
  if (p.rng() < 0.4) answers[0].push(pick(['With that change the output should look right.', 'Hope this helps.', 'I ran into the same thing last year.']));

  return {
    title,
    body: paras.join('\n\n'),
    answers: answers.map((parts) => parts.join('\n\n')),
    tags: tagsFor(['python'], p.cs, sc.domain.tags.slice(0, 1), 5),
  };
}

function formatMetric(v, dec) {
  return v.toFixed(dec);
}

/** A Kaggle-style notebook write-up. */
export function renderNotebook(p) {
  const pick = picker(p.rng);
  const { sc, vars } = p;
  const [ds1] = p.ds;
  const model = pick(sc.models);
  const [mName, lo, hi, dec, dir] = sc.metric;
  const final = lo + (hi - lo) * (0.25 + 0.75 * p.rng());
  const gap = 0.06 + 0.22 * p.rng();
  const baseline = dir === 'higher' ? final * (1 - gap) : final * (1 + gap * 1.6);
  const baseName = sc.models.find((m) => m !== model) ?? 'simple baseline';
  const intro = pick(sc.intro);

  const title = chooseTitle(p, [
    () => `${cap(sc.n)}: ${model} with ${p.ds[p.ds.length - 1].n}`,
    () => `${cap(model)} vs ${baseName} for ${sc.n}`,
    () => `${cap(sc.n)} | ${mName} ${formatMetric(final, dec)} with ${model}`,
    () => `Beating ${baseName.includes('baseline') ? `the ${baseName}` : `${an(baseName)} baseline`} on ${sc.n}`,
    () => `${cap(sc.n)}: ${p.k[0].n} and what it means for modelling`,
    () => `${cap(sc.n)} with ${model}`,
    () => `${cap(sc.n)}: ${ds1.n} and ${model}`,
    () => `${cap(model)} for ${sc.n} (${mName} ${formatMetric(final, dec)})`,
    () => `End-to-end ${sc.n}: ${ds1.n}`,
    () => `${cap(sc.n)} - ${ds1.n}, ${model} and honest validation`,
  ]);

  const out = [];
  out.push([
    pick([`This notebook tackles ${sc.n}: ${intro}.`, `In this notebook I build ${intro}, a classic ${sc.n} task.`, `A walkthrough of ${sc.n}: ${intro}.`]),
    ...p.extras.map((e) => pick([`The same features would also serve ${e.n}.`, `Parts of this carry over to ${e.n}.`])),
    `Final ${mName}: **${formatMetric(final, dec)}** on the validation set.`,
  ].join(' '));

  const remaining = [...p.cs];
  const takeCs = (pred) => {
    const i = remaining.findIndex(pred);
    return i >= 0 ? remaining.splice(i, 1)[0] : remaining.shift();
  };

  out.push('## Data');
  out.push(`${sc.data} ${pick(['A few things about this data matter for modelling:', 'Domain notes before touching the data:', 'What you need to know about the domain:'])}`);
  out.push(p.k.map((k) => `- **${k.n}**: ${k.g}`).join('\n'));
  const dataCs = takeCs((c) => c.cat === 'data');
  out.push(pick([`First look at the data, using ${dataCs.n}:`, `Loading the data; ${dataCs.n} comes in right away:`, `Initial exploration with ${dataCs.n}:`]));
  const load = dataCs.t.includes('read_csv') || dataCs.f.includes('read_csv') ? '' : fill(`$(df) = pd.read_csv("$(file)", parse_dates=["$(ts)"])\n`, vars);
  out.push(fence(load + dataCs.f, dataCs.lang));

  const feHeading = { etl: '## Cleaning and validation', img: '## Preprocessing and augmentation', text: '## Text preprocessing', opt: '## Problem setup' }[sc.task] ?? '## Feature engineering';
  out.push(feHeading);
  for (const d of p.ds) {
    out.push(`### ${cap(d.n)}`);
    const c = remaining.length > 1 || (remaining.length === 1 && d === p.ds[p.ds.length - 1]) ? remaining.shift() : null;
    out.push(c ? `${d.g} ${pick([`Along the way I use ${c.n}:`, `Supporting code for this step (${c.n}):`, `This part of the notebook leans on ${c.n}:`])}` : d.g);
    if (c) out.push(fence(c.f, c.lang));
  }

  out.push({ etl: '## Checks', opt: '## Solver', assoc: '## Rules' }[sc.task] ?? '## Model');
  out.push(pick([`I went with ${model}.`, `The main model is ${model}.`, `${model} is a strong, fast choice here.`]) + ` ${pick(['Validation follows the split described above.', 'Everything is evaluated on a held-out period.', 'Hyperparameters were tuned lightly.'])}`);
  const mc = fill(modelCode(sc.task, model), vars);
  const metric = mc.startsWith('features =') ? metricCode(mName) : null;
  out.push(fence(metric ? `${mc}\n${fill(metric, vars)}` : mc));
  for (const c of remaining) {
    out.push(pick([`Supporting code using ${c.n}:`, `A helper built on ${c.n}:`, `And ${c.n} for the last step:`]));
    out.push(fence(c.f, c.lang));
  }

  out.push('## Results');
  out.push(`| approach | ${mName} |\n|---|---|\n| ${baseName} | ${formatMetric(baseline, dec)} |\n| ${model} | ${formatMetric(final, dec)} |`);
  out.push(`${pick([`The biggest gain came from ${ds1.n}.`, `Most of the improvement comes from ${p.ds[p.ds.length - 1].n}.`, `Getting ${ds1.n} right mattered more than model tuning.`])} ${dir === 'higher' ? 'Higher' : 'Lower'} is better for ${mName}.`);

  return { title, body: out.join('\n\n'), tags: tagsFor([...sc.domain.tags, TASK_TAG[sc.task]], p.cs, [], 6) };
}

/** A blog-style how-to article. */
export function renderArticle(p) {
  const pick = picker(p.rng);
  const { sc } = p;
  const [ds1] = p.ds;
  const [c1] = p.cs;
  const [k1] = p.k;
  const intro = pick(sc.intro);
  const title = chooseTitle(p, [
    () => `${cap(c1.n)} in practice: ${sc.n}`,
    () => `Notes on ${ds1.n} (${sc.n})`,
    () => `A practical guide to ${ds1.n} for ${sc.n}`,
    () => `${cap(ds1.n)} in Python: lessons from ${an(sc.n)} project`,
    () => `Getting ${c1.n} right in ${sc.n}`,
    () => `What ${sc.n} taught me about ${k1.n}`,
  ]);
  const out = [];
  out.push([
    pick([`Last quarter I worked on ${intro}.`, `This post walks through ${intro}.`, `A while ago our team shipped ${intro}.`]),
    `It is ${an(`typical ${sc.n}`)} problem, and a few details decide whether the result can be trusted.`,
    sc.data,
    ...p.extras.map((e) => `Much of it applies to ${e.n} as well.`),
  ].join(' '));
  out.push('## Why it matters');
  out.push(p.k.map((k) => `**${cap(k.n)}.** ${k.g}`).join('\n\n'));
  out.push('## The approach');
  out.push(p.ds.map((d, i) => `${i + 1}. **${cap(d.n)}**: ${d.g}`).join('\n'));
  out.push('## The code');
  for (const c of p.cs) {
    out.push(`### ${cap(c.n)}`);
    out.push(`${pick(['A common symptom:', 'The typical mistake shows up as this:', 'What usually goes wrong:'])} ${c.i}.`);
    if (p.rng() < 0.5) out.push(fence(c.t, c.lang));
    out.push(c.x);
    out.push(fence(c.f, c.lang));
  }
  out.push('## Takeaways');
  out.push(p.cs.map((c) => `- ${cap(c.n)}: ${c.x.split('. ')[0].replace(/\.$/, '')}.`).join('\n'));
  return {
    title,
    body: out.join('\n\n'),
    tags: tagsFor(['python', sc.domain.tags[0]], p.cs, [], 5),
    url: `https://example.org/blog/${slug(title)}`,
  };
}
