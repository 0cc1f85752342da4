import 'server-only';
import type { ExtractionReply } from '@/lib/llm/schemas';

// A short list is enough: the stub's elements only have to look like topics, not be good ones.
const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by can ' +
    'could did do does doing down during each else few for from further get got had has have having he her here hers him his how i if ' +
    'in into is it its itself just like me more most my no nor not now of off on once only or other our ours out over own same she ' +
    'should so some such than that the their theirs them then there these they this those through to too under until up use used ' +
    'using very want was way we were what when where which while who whom why will with would you your yours one two new need trying ' +
    'try thanks help please code error question answer following example work works working problem get gets make makes value values ' +
    'file data function method return returns set list way seems thing something anyone know however instead still every per via'
  ).split(' '),
);

const LIBRARY_WORDS = new Set(
  (
    'pandas numpy scipy sklearn scikit-learn matplotlib seaborn tensorflow keras pytorch torch sql mysql postgresql sqlite regex json csv xml ' +
    'javascript typescript react node python java spark pyspark dataframe groupby lambda async asyncio docker git http api rest'
  ).split(' '),
);

function tokensOf(text: string): string[] {
  return text.toLowerCase().match(/[a-z][a-z0-9+#]*(?:[._-][a-z0-9+#]+)*/g) ?? [];
}

const isContentWord = (token: string) => token.length >= 3 && !STOPWORDS.has(token);

/** Items by frequency, ties by first appearance: deterministic for a given text. */
function byFrequency(items: string[]): string[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([item]) => item);
}

/** A crude but schema-valid extraction built from the document's own words: frequent words and bigrams. */
export function stubExtraction(text: string): ExtractionReply {
  const tokens = tokensOf(text);
  const words = byFrequency(tokens.filter(isContentWord));
  const bigrams: string[] = [];
  for (let i = 1; i < tokens.length; i += 1) {
    const [left, right] = [tokens[i - 1]!, tokens[i]!];
    if (isContentWord(left) && isContentWord(right) && left !== right) bigrams.push(`${left} ${right}`);
  }
  const phrases = byFrequency(bigrams);
  const libraries = words.filter((word) => LIBRARY_WORDS.has(word) || /[._]/.test(word));
  const scenarios = words.slice(0, 2).map((word) => `${word} applications`);
  return {
    scenarios: scenarios.length > 0 ? scenarios : ['general programming'],
    knowledge: phrases.slice(0, 3),
    domainSkills: phrases.slice(3, 5).map((phrase) => `${phrase} handling`),
    codingSkills: libraries.length > 0 ? libraries.slice(0, 3).map((word) => `${word} usage`) : phrases.slice(5, 7),
  };
}

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  minItems?: number;
  minimum?: number;
};

/** A deterministic value that satisfies a (simple) JSON schema, for replies the stub has no template for. */
export function valueForSchema(schema: JsonSchema, seed: string, path = 'value'): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum && schema.enum.length > 0) return schema.enum[0];
  if (schema.anyOf?.[0]) return valueForSchema(schema.anyOf[0], seed, path);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([key, sub]) => [key, valueForSchema(sub, seed, key)]),
      );
    case 'array':
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, (_, i) =>
        valueForSchema(schema.items ?? {}, seed, `${path} ${i + 1}`),
      );
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return `stub ${path} ${seed}`;
  }
}

/** A problem that names its scenario and every listed feature, as the problem prompt asks. */
export function stubProblem(
  user: string,
  seed: string,
): { title: string; statement: string; signature: string; constraints: string[] } {
  const scenario = /^Scenario: (.+)$/m.exec(user)?.[1]?.trim() ?? 'general programming';
  const features = [...user.matchAll(/^- ([^:\n]+): (.+)$/gm)].map((m) => ({ type: m[1]!.trim(), name: m[2]!.trim() }));
  const uses = features.map((f) => `- **${f.type}:** the task relies on ${f.name}.`);
  return {
    title: `Stub task for ${scenario}`,
    statement: [
      `In a ${scenario} setting, write a Python function that processes a list of records and returns a summary.`,
      '',
      'The work must combine:',
      ...uses,
      '',
      `Example: \`summarize([{"id": 1}])\` returns \`{"count": 1}\`. (stub ${seed})`,
    ].join('\n'),
    signature: 'def summarize(records: list[dict]) -> dict:',
    constraints: ['0 <= len(records) <= 10**5', 'Raise ValueError on a record without "id".'],
  };
}

export function stubAnswer(seed: string): { code: string; explanation: string } {
  return {
    code: [
      'def summarize(records: list[dict]) -> dict:',
      '    for record in records:',
      '        if "id" not in record:',
      '            raise ValueError("record without id")',
      '    return {"count": len(records)}',
    ].join('\n'),
    explanation: `Validates each record, then counts them in one pass: O(n) time, O(1) extra space. (stub ${seed})`,
  };
}

/** Picks the first candidates of each type up to the numbers asked for: always a valid selection. */
export function stubSelection(user: string): { picks: string[]; reason: string } {
  const asked = /^Pick exactly: (.+)\.$/m.exec(user)?.[1] ?? '';
  const picks: string[] = [];
  for (const m of asked.matchAll(/(\d+) [^(]*\(ids ([A-Z])…\)/g)) {
    const ids = [...user.matchAll(new RegExp(`^- (${m[2]}\\d+) \\|`, 'gm'))].map((line) => line[1]!);
    picks.push(...ids.slice(0, Number(m[1])));
  }
  return { picks, reason: 'The most probable candidates of each type (stub).' };
}

/**
 * The stub's verification rule, so tests can assert exact pass rates. A verify call is tagged
 * `<batch>/<index>/verify/<j>` (attempt j of item `index`); with r = (index + verifySeed) mod 4, attempts
 * j < r are wrong and the rest right: attempt 0 (the reference answer) gets tests with a wrong
 * expectation, later attempts an off-by-one solution. So with k = 3, r = 0 passes 3 of 3 (easy),
 * r = 1 passes 2 (easy), r = 2 passes 1 (medium: 1/3 is not below 1/3), r = 3 passes none (fail).
 * Three more cases give other statuses: (index + verifySeed) mod 25 = 22 makes every attempt's solution
 * sleep for a minute (timeout), = 23 writes tests that never import the solution (no_tests), = 24 tests
 * that import `requests` (missing_package). Odd attempts'
 * tests skip the error case, so their line coverage is lower and an even attempt is kept.
 */
export function stubVerifyCase(tag: string | undefined, verifySeed: number): { index: number; attempt: number } {
  const match = /\/(\d+)\/verify\/(\d+)$/.exec(tag ?? '');
  const index = match ? Number(match[1]) : 0;
  return { index: index + verifySeed, attempt: match ? Number(match[2]) : 0 };
}

function verifyTests(options: { wrongExpectation: boolean; withErrorCase: boolean; special: number }): string {
  const lines = ['import pytest', ''];
  if (options.special === 24) lines.push('import requests', '');
  if (options.special !== 23) lines.push('from solution import summarize', '', '');
  else lines.push('', 'def summarize(records):', '    return {"count": len(records)}', '', '');
  lines.push(
    'def test_counts_every_record():',
    `    assert summarize([{"id": 1}, {"id": 2}]) == {"count": ${options.wrongExpectation ? 3 : 2}}`,
    '',
    '',
    'def test_empty_input():',
    '    assert summarize([]) == {"count": 0}',
    '',
    '',
    '@pytest.mark.parametrize("size", [1, 5, 50])',
    'def test_sizes(size):',
    '    assert summarize([{"id": i} for i in range(size)]) == {"count": size}',
  );
  if (options.withErrorCase)
    lines.push(
      '',
      '',
      'def test_record_without_id_is_rejected():',
      '    with pytest.raises(ValueError):',
      '        summarize([{"id": 1}, {"name": "no id"}])',
    );
  return `${lines.join('\n')}\n`;
}

/** Attempt 0's test file for the reference answer (stubAnswer's summarize). */
export function stubTests(tag: string | undefined, verifySeed: number): { tests: string } {
  const { index, attempt } = stubVerifyCase(tag, verifySeed);
  return {
    tests: verifyTests({ wrongExpectation: attempt < index % 4, withErrorCase: true, special: index % 25 }),
  };
}

/** Attempt j ≥ 1: a solution (off by one when the rule makes it wrong) and its tests. */
export function stubAttempt(tag: string | undefined, verifySeed: number): { solution: string; tests: string } {
  const { index, attempt } = stubVerifyCase(tag, verifySeed);
  const wrong = attempt < index % 4;
  return {
    solution: [
      ...(index % 25 === 22 ? ['import time', '', ''] : []),
      'def summarize(records: list[dict]) -> dict:',
      ...(index % 25 === 22 ? ['    time.sleep(60)'] : []),
      '    for record in records:',
      '        if "id" not in record:',
      '            raise ValueError("record without id")',
      `    return {"count": len(records)${wrong ? ' + 1' : ''}}`,
      '',
    ].join('\n'),
    tests: verifyTests({ wrongExpectation: false, withErrorCase: attempt % 2 === 0, special: index % 25 }),
  };
}

/**
 * Inputs for stubProblem's `summarize(records)`, as `{ input, expected }`. Every `expected` is a wrong
 * claim (so a test can tell stored outputs come from execution), and some inputs are there to be
 * dropped: one not JSON, one with a wrong argument name, one that breaks the constraints (records
 * is not a list), and a repeat. One input raises the ValueError the constraints promise. Asked for n
 * ("Write n inputs."), it adds valid inputs of growing size up to n.
 */
export function stubExamples(user: string): { inputs: { input: string; expected: string }[] } {
  const n = Number(/Write (\d+) inputs\./.exec(user)?.[1] ?? 10);
  const def = /^def ([A-Za-z_]\w*)\(([^)]*)\)/m.exec(user);
  if (def && def[1] !== 'summarize') return { inputs: functionInputs(def[2] ?? '', n) };
  const records = (size: number) =>
    JSON.stringify({ records: Array.from({ length: size }, (_, i) => ({ id: i + 1 })) });
  const inputs = [
    { input: records(1), expected: "{'count': 99}" },
    { input: records(0), expected: "{'count': -1}" },
    { input: records(3), expected: "{'count': 30}" },
    { input: JSON.stringify({ records: [{ id: 1 }, { name: 'no id' }] }), expected: 'KeyError' },
    { input: JSON.stringify({ records: 5 }), expected: "{'count': 5}" },
    { input: JSON.stringify({ rows: [] }), expected: "{'count': 0}" },
    { input: 'records = [1, 2]', expected: "{'count': 2}" },
    { input: records(1), expected: "{'count': 1}" },
  ];
  for (let size = 5; inputs.length < n; size += 7)
    inputs.push({ input: records(size), expected: `{'count': ${size * 10}}` });
  return { inputs };
}

/** Splits a parameter list at top-level commas ("a: int, b: dict[str, int] = {}" → two parameters). */
function splitParams(list: string): { name: string; annotation: string }[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if ('([{'.includes(ch)) depth += 1;
    if (')]}'.includes(ch)) depth -= 1;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts
    .map((p) => p.trim())
    .filter((p) => p && p !== '*' && p !== '/' && !p.startsWith('*') && !p.includes('='))
    .map((p) => {
      const [name, annotation] = p.split(':').map((x) => x.trim());
      return { name: name!, annotation: annotation ?? '' };
    });
}

const WORDS = ['alpha', 'Beta gamma', 'delta-42', 'Hello, World', 'sku-00123', 'x', 'Mixed Case Text', 'a b  c'];

/** A plausible value for a parameter from its annotation and name; `i` varies it from input to input. */
function valueFor(name: string, annotation: string, i: number): unknown {
  const a = annotation.replace(/\s/g, '').toLowerCase();
  const lower = name.toLowerCase();
  const ints = [0, 1, 3, 7, 12, 25, 100, -2];
  const floats = [0.5, 1.25, 3.0, 10.75, 99.9, 0.0, 2.5, -1.5];
  if (
    a.startsWith('list[int]') ||
    a.startsWith('list[float]') ||
    /values|numbers|scores|prices|amounts|series/.test(lower)
  )
    return Array.from({ length: (i % 5) + 1 }, (_, j) =>
      a.includes('int') ? ints[(i + j) % ints.length]! : floats[(i + j) % floats.length]!,
    );
  if (a.startsWith('list[str]') || /names|words|tokens|tags|emails|lines|items/.test(lower))
    return Array.from({ length: (i % 4) + 1 }, (_, j) => WORDS[(i + j) % WORDS.length]!);
  if (a.startsWith('list') || a.startsWith('sequence')) return Array.from({ length: i % 4 }, (_, j) => ints[j]!);
  if (a.startsWith('dict'))
    return Object.fromEntries(Array.from({ length: (i % 3) + 1 }, (_, j) => [WORDS[j]!, ints[(i + j) % ints.length]!]));
  if (a === 'bool') return i % 2 === 0;
  if (a === 'int' || /count|size|window|n$|^n|days|months|year|width|limit|k$/.test(lower))
    return ints[i % ints.length]!;
  if (a === 'float' || /rate|ratio|lat|lon|amount|price|value|weight|threshold/.test(lower))
    return floats[i % floats.length]!;
  if (/date|day/.test(lower)) return ['2024-03-05', '2023-12-31', '2024-02-29', 'not a date'][i % 4];
  if (/email/.test(lower)) return ['Ann@Example.com', ' bob@example.org ', 'no-at-sign', 'c.d@x.io'][i % 4];
  return WORDS[i % WORDS.length]!;
}

/** Inputs for any function from its parameter list, each a JSON object of keyword arguments. */
function functionInputs(list: string, n: number): { input: string; expected: string }[] {
  const params = splitParams(list);
  return Array.from({ length: n }, (_, i) => ({
    input: JSON.stringify(Object.fromEntries(params.map((p) => [p.name, valueFor(p.name, p.annotation, i)]))),
    expected: 'None',
  }));
}
