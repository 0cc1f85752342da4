import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { curateLines, normalizedTextHash } from './curate';
import { englishScore } from './language';
import { documentProse } from './prose';

const sample = readFileSync('data/sample/documents.jsonl', 'utf8').split('\n').filter(Boolean);
const first = JSON.parse(sample[0]!) as { id: string; title: string; body: string };

function doc(id: string, title: string, body: string): string {
  return JSON.stringify({ id, source: 'other', title, body });
}

describe('curateLines', () => {
  it('keeps every document of the sample corpus', () => {
    const summary = curateLines(sample);
    assert.equal(summary.kept.length, sample.length);
    assert.deepEqual([summary.bad, summary.filtered, summary.duplicates], [[], [], []]);
  });

  it('reports malformed lines by number and keeps the rest', () => {
    const summary = curateLines([
      sample[0]!,
      '{not json',
      '',
      JSON.stringify({ id: 'x', source: 'nowhere', title: 't', body: 'b' }),
      sample[1]!,
    ]);
    assert.deepEqual(
      summary.kept.map((d) => d.line),
      [1, 5],
    );
    assert.deepEqual(
      summary.bad.map((b) => b.line),
      [2, 4],
    );
    assert.match(summary.bad[0]!.reason, /invalid JSON/);
    assert.match(summary.bad[1]!.reason, /source/);
    assert.equal(summary.bad[1]!.id, 'x');
  });

  it('catches an exact duplicate (after normalization) and a near duplicate', () => {
    const exact = doc('copy', first.title.toUpperCase(), `  ${first.body.replace(/ /g, '  ')} `);
    const near = doc('near', first.title, `${first.body} Thanks in advance!`);
    const summary = curateLines([sample[0]!, exact, near, sample[1]!]);
    assert.deepEqual(
      summary.kept.map((d) => d.record.id),
      [first.id, JSON.parse(sample[1]!).id],
    );
    const [d1, d2] = summary.duplicates;
    assert.deepEqual([d1?.id, d1?.kind, d1?.of, d1?.line], ['copy', 'exact', first.id, 2]);
    assert.deepEqual([d2?.id, d2?.kind, d2?.of], ['near', 'near', first.id]);
    assert.ok(d2!.similarity >= 0.8);
  });

  it('filters by length, size and language with the threshold in the detail', () => {
    const huge = doc('huge', 'big', 'x '.repeat(1_000_000));
    const summary = curateLines([
      doc('short', 'Hi', 'too short'),
      doc('long', 'Long', 'the cat sat on the mat. '.repeat(5_000)),
      huge,
      doc(
        'german',
        'Frage zur Datenbank',
        'Ich möchte eine Tabelle mit Pandas gruppieren, aber die Spalten werden nicht übernommen, und ich weiß nicht warum das passiert.',
      ),
      doc(
        'russian',
        'Вопрос',
        'Как сгруппировать таблицу в pandas по месяцам и посчитать среднее значение для каждого клиента в отчёте?',
      ),
    ]);
    const byId = new Map(summary.filtered.map((f) => [f.id, f]));
    assert.equal(byId.get('short')?.reason, 'too_short');
    assert.match(byId.get('short')!.detail, /fewer than 80/);
    assert.equal(byId.get('long')?.reason, 'too_long');
    assert.equal(byId.get('huge')?.reason, 'too_large');
    assert.match(byId.get('huge')!.detail, /2\.0 MB exceeds the 1\.0 MB limit/);
    assert.equal(byId.get('german')?.reason, 'not_english');
    assert.equal(byId.get('russian')?.reason, 'not_english');
    assert.equal(summary.kept.length, 0);
  });

  it('reports a repeated id as a bad line', () => {
    const summary = curateLines([
      sample[0]!,
      doc(
        first.id,
        'Another title entirely',
        'A different body about something else, long enough to pass the length check easily.',
      ),
    ]);
    assert.equal(summary.kept.length, 1);
    assert.match(summary.bad[0]!.reason, /duplicate id .* line 1/);
  });

  it('rejects a Jaccard threshold outside (0, 1]', () => {
    assert.throws(() => curateLines([], { jaccard: 0 }), RangeError);
    assert.throws(() => curateLines([], { jaccard: 1.5 }), RangeError);
  });
});

describe('helpers', () => {
  it('normalizes before hashing', () => {
    assert.equal(normalizedTextHash('Hello   World'), normalizedTextHash(' hello world '));
    assert.notEqual(normalizedTextHash('hello world'), normalizedTextHash('hello there'));
  });

  it('scores English prose above the thresholds', () => {
    const score = englishScore('How do I group a table by month and compute the mean for each customer in the report?');
    assert.ok(score.asciiLetterShare === 1 && score.stopwordShare > 0.2);
  });
});

describe('code-heavy documents', () => {
  const fence = (code: string[]) => ['```python', ...code, '```'].join('\n');
  const notebook = [
    'Forecasting monthly sales.',
    '',
    fence([
      'import pandas as pd',
      'import numpy as np',
      'import matplotlib.pyplot as plt',
      'from sklearn.linear_model import LinearRegression',
      '',
      '# Load the data and parse the dates',
      'df = pd.read_csv("sales.csv", parse_dates=["date"])',
      'df["month"] = df["date"].dt.to_period("M")',
      'monthly = df.groupby("month")["amount"].sum().reset_index()',
      'monthly["t"] = np.arange(len(monthly))',
      '',
      'def fit_trend(frame):',
      '    """Fit a linear trend to the monthly totals."""',
      '    model = LinearRegression()',
      '    model.fit(frame[["t"]], frame["amount"])',
      '    return model',
      '',
      'model = fit_trend(monthly)',
      'future = pd.DataFrame({"t": np.arange(len(monthly), len(monthly) + 12)})',
      'forecast = model.predict(future[["t"]])',
      'print(forecast.round(2))',
      'residuals = monthly["amount"] - model.predict(monthly[["t"]])',
      'print(residuals.describe())',
      '',
      'fig, ax = plt.subplots(figsize=(10, 4))',
      'ax.plot(monthly["t"], monthly["amount"], marker="o")',
      'ax.plot(future["t"], forecast, linestyle="--")',
      'ax.set_xlabel("month")',
      'ax.set_ylabel("amount")',
      'fig.savefig("forecast.png", dpi=150)',
    ]),
  ].join('\n');

  it('keeps a notebook that is nearly all Python, judging its 21 prose words', () => {
    const title = 'Monthly sales forecast';
    // The premise: judged as a whole, code words drown the English out.
    assert.ok(englishScore(`${title}\n${notebook}`).stopwordShare < 0.08);
    // Title 3 + "Forecasting monthly sales." 3 + comment 7 (the, and, the) + docstring 8 (a, to, the).
    const score = englishScore(documentProse({ title, body: notebook }).text);
    assert.deepEqual([score.words, score.stopwordShare], [21, 6 / 21]);
    const summary = curateLines([doc('nb', title, notebook)]);
    assert.deepEqual(
      summary.kept.map((d) => [d.record.id, d.codeOnly]),
      [['nb', undefined]],
    );
  });

  it('keeps a Stack Overflow question whose answer is nearly all code', () => {
    const record = {
      id: 'so',
      source: 'stackoverflow',
      title: 'How to pivot daily sales into monthly columns',
      body: [
        'I have this frame:',
        '',
        fence(["df = pd.DataFrame({'day': pd.date_range('2024-01-01', periods=90), 'sales': range(90)})"]),
        '',
        'I want one column per month.',
      ].join('\n'),
      answers: [
        [
          'Use `pivot_table`:',
          '',
          fence([
            'out = (',
            "    df.assign(month=df['day'].dt.to_period('M'), dom=df['day'].dt.day)",
            "    .pivot_table(index='dom', columns='month', values='sales', aggfunc='sum')",
            ')',
            '# one column per month, one row per day of the month',
            'print(out.head())',
          ]),
        ].join('\n'),
      ],
    };
    // Title 8 (how, to, into) + question 4 (i, have, this) + 6 (i) + "Use" 1 + comment 11 (of, the).
    const score = englishScore(documentProse(record).text);
    assert.deepEqual([score.words, score.stopwordShare], [30, 9 / 30]);
    const summary = curateLines([JSON.stringify(record)]);
    assert.deepEqual(
      summary.kept.map((d) => [d.record.id, d.codeOnly]),
      [['so', undefined]],
    );
  });

  it('keeps code with no prose to judge and marks it code-only, fenced or bare', () => {
    const summary = curateLines([
      doc(
        'fenced',
        'kmeans.py',
        fence([
          'import numpy as np',
          'from sklearn.cluster import KMeans',
          'X = np.random.default_rng(0).normal(size=(200, 2))',
          'labels = KMeans(n_clusters=3, n_init=10).fit_predict(X)',
          'print(np.bincount(labels))',
        ]),
      ),
      doc(
        'bare',
        'latency_test.py',
        [
          'import pandas as pd',
          'from scipy import stats',
          'a = pd.read_parquet("a.parquet")["latency_ms"]',
          'b = pd.read_parquet("b.parquet")["latency_ms"]',
          'result = stats.mannwhitneyu(a, b)',
          'print(result.pvalue)',
        ].join('\n'),
      ),
      doc('prose', 'A note', 'A different body about something else, long enough to pass the length check easily.'),
    ]);
    assert.deepEqual(summary.filtered, []);
    assert.deepEqual(
      summary.kept.map((d) => [d.record.id, d.codeOnly]),
      [
        ['fenced', true],
        ['bare', true],
        ['prose', undefined],
      ],
    );
  });

  it('still filters German or Chinese prose around code, saying it judged the prose', () => {
    const german = [
      'Ich möchte meine Tabelle nach Monat gruppieren, aber die Summe stimmt nicht.',
      '',
      fence([
        '# Daten laden und nach Monat gruppieren',
        "monthly = df.groupby(df['date'].dt.month)['amount'].sum()",
        'print(monthly)',
      ]),
      '',
      'Was mache ich falsch? Vielen Dank für jede Hilfe bei diesem Problem.',
    ].join('\n');
    const chinese = [
      '我想按月份对销售数据进行分组，但是结果不对。',
      '',
      fence([
        '# 按月份汇总',
        "monthly = df.groupby(df['date'].dt.month)['amount'].sum()",
        'print(monthly.sort_index(ascending=False))',
      ]),
    ].join('\n');
    const summary = curateLines([doc('de', 'Gruppieren nach Monat', german), doc('zh', '按月分组', chinese)]);
    assert.equal(summary.kept.length, 0);
    // 3 + 12 + 6 + 12 prose words; only "was" is an English function word.
    assert.deepEqual(
      summary.filtered.map((f) => [f.id, f.reason, f.detail]),
      [
        ['de', 'not_english', '3.0% of the 33 prose words are English function words, fewer than 8.0%'],
        ['zh', 'not_english', '0.0% of the 29 prose letters are ASCII, fewer than 90.0%'],
      ],
    );
  });

  it('does not count a "# not a comment" string twice or its code as words', () => {
    const body = [
      'Why does the hash sign inside the string not start a comment in this snippet?',
      '',
      fence(['marker = "# not a comment"', "tag = 'x#y'", 'print(marker, tag)  # prints both']),
    ].join('\n');
    // Title 4 + question 15 + the string 3 + the comment 2; 'x#y' (one word, no comment in it) and the code are left out.
    const prose = documentProse({ title: 'Hash sign in strings', body }).text;
    assert.equal(prose.split('\n').slice(2).join('|'), '# not a comment| prints both');
    assert.equal(englishScore(prose).words, 24);
    const summary = curateLines([doc('hash', 'Hash sign in strings', body)]);
    assert.deepEqual(
      summary.kept.map((d) => [d.record.id, d.codeOnly]),
      [['hash', undefined]],
    );
  });
});
