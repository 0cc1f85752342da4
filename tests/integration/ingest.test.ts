import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { closeDriver } from '@/lib/db/driver';
import { ingestFile } from '@/lib/graph/ingest-file';
import { ingestChunk } from '@/lib/graph/ingest';
import { parseExtractionLine, type PreparedDocument } from '@/lib/graph/prepare-document';
import { SAMPLE_EXTRACTIONS } from '@/lib/graph/sample-corpus';
import { graphCounts } from '@/lib/graph/stats';
import {
  clearGraph,
  expectedFromJsonl,
  record,
  storedDocuments,
  storedElements,
  storedWeights,
  writeTempJsonl,
} from './helpers';

const sampleText = readFileSync(SAMPLE_EXTRACTIONS, 'utf8');

function runIngestCli(...args: string[]) {
  return spawnSync('node_modules/.bin/tsx', ['--conditions=react-server', 'scripts/ingest.ts', ...args], {
    encoding: 'utf8',
    env: process.env,
  });
}

function prepared(raw: object): PreparedDocument {
  const result = parseExtractionLine(JSON.stringify(raw), 1);
  if (!result.ok) throw new Error(result.reason);
  return result.document;
}

after(closeDriver);

describe('ingest of the sample corpus', () => {
  before(async () => {
    await clearGraph();
    const summary = await ingestFile(SAMPLE_EXTRACTIONS);
    assert.equal(summary.bad.length, 0, JSON.stringify(summary.bad.slice(0, 3)));
  });

  it('stores every CO_OCCURS weight as the count of shared documents computed from the JSONL', async () => {
    const expected = expectedFromJsonl(sampleText);
    const stored = await storedWeights();
    assert.ok(expected.weights.size > 1000, `expected a real corpus, got ${expected.weights.size} pairs`);
    assert.equal(stored.size, expected.weights.size, 'one relationship per co-occurring unordered pair');
    for (const [pair, weight] of expected.weights) assert.equal(stored.get(pair), weight, pair);
  });

  it('stores each element once, typed, with its document count and most frequent surface form', async () => {
    const expected = expectedFromJsonl(sampleText);
    const elements = await storedElements();
    assert.ok(expected.docCounts.size > 100, `expected a real corpus, got ${expected.docCounts.size} elements`);
    assert.equal(elements.size, expected.docCounts.size);
    for (const [id, docCount] of expected.docCounts) {
      const element = elements.get(id);
      assert.ok(element, `missing ${id}`);
      assert.equal(element.docCount, docCount, id);
      assert.equal(element.mentionedBy, docCount, `${id}: MENTIONS agree with docCount`);
      assert.equal(element.strength, element.incidentWeight, `${id}: strength is the sum of its CO_OCCURS weights`);
      assert.deepEqual(element.labels.sort(), ['Element', element.type].sort());
      const forms = [...expected.forms.get(id)!.entries()];
      const best = Math.max(...forms.map(([, n]) => n));
      const winners = forms
        .filter(([, n]) => n === best)
        .map(([f]) => f)
        .sort();
      assert.equal(element.name, winners[0], `${id}: display name`);
    }
  });

  it('changes nothing when the same file is ingested again', async () => {
    const [weights, elements, documents] = await Promise.all([storedWeights(), storedElements(), storedDocuments()]);
    const summary = await ingestFile(SAMPLE_EXTRACTIONS);
    assert.equal(summary.created + summary.replaced, 0);
    assert.equal(summary.unchanged, summary.documents);
    assert.deepEqual(await storedWeights(), weights);
    assert.deepEqual(await storedElements(), elements);
    assert.deepEqual(await storedDocuments(), documents);
  });

  it('moves exactly the contribution of an edited document', async () => {
    const lines = sampleText.trim().split('\n');
    const original = JSON.parse(lines[0]!) as ReturnType<typeof record>;
    const edited = { ...original, knowledge: ['A brand-new concept'], codingSkills: original.codingSkills.slice(1) };
    const before = await storedWeights();
    const file = writeTempJsonl([edited]);
    const summary = await ingestFile(file);
    assert.equal(summary.replaced, 1);

    const after = await storedWeights();
    const oldContribution = expectedFromJsonl(JSON.stringify(original)).weights;
    const newContribution = expectedFromJsonl(JSON.stringify(edited)).weights;
    assert.ok(oldContribution.size > 0 && newContribution.size > 0, 'the edit moves weights');
    const keys = new Set([...before.keys(), ...after.keys(), ...newContribution.keys()]);
    for (const key of keys) {
      const expected = (before.get(key) ?? 0) - (oldContribution.get(key) ?? 0) + (newContribution.get(key) ?? 0);
      assert.equal(after.get(key) ?? 0, expected, key);
    }
    // And back: the original line restores the original graph exactly.
    await ingestFile(writeTempJsonl([original]));
    assert.deepEqual(await storedWeights(), before);
  });
});

describe('bad input', () => {
  const good = [
    record('good-1', { codingSkills: ['pandas groupby'] }),
    record('good-2', { codingSkills: ['pandas groupby', 'regex'] }),
  ];
  const badLines: Array<{ line: string | object; reason: RegExp; docId?: string }> = [
    { line: '{"docId": "bad-json", "source": ', reason: /invalid JSON/ },
    {
      line: { ...record('bad-missing'), codingSkills: undefined },
      reason: /codingSkills: is required/,
      docId: 'bad-missing',
    },
    {
      line: { ...record('bad-type'), knowledge: 'pandas' },
      reason: /knowledge: must be an array of strings/,
      docId: 'bad-type',
    },
    {
      line: record('bad-empty', { domainSkills: ['   '] }),
      reason: /domainSkills\[0\]: name is empty/,
      docId: 'bad-empty',
    },
    {
      line: record('bad-long', { codingSkills: ['y'.repeat(10_000)] }),
      reason: /codingSkills\[0\]: name is 10000 characters long/,
      docId: 'bad-long',
    },
  ];

  it('reports each bad line with its number and reason, writes nothing of it, loads the rest, exits non-zero', async () => {
    await clearGraph();
    const file = writeTempJsonl([good[0]!, ...badLines.map((b) => b.line), good[1]!]);
    const result = runIngestCli(file);
    assert.equal(result.status, 1, result.stderr);
    badLines.forEach((bad, index) => {
      const lineNumber = index + 2;
      const reported = result.stderr.split('\n').find((l) => l.trim().startsWith(`line ${lineNumber}`));
      assert.ok(reported, `line ${lineNumber} not reported:\n${result.stderr}`);
      assert.match(reported, bad.reason);
    });
    const documents = await storedDocuments();
    assert.deepEqual([...documents.keys()].sort(), ['good-1', 'good-2']);
    const elements = await storedElements();
    assert.ok(![...elements.values()].some((e) => e.name.startsWith('yyyy')), 'nothing of a bad document is written');
    assert.equal((await storedWeights()).get('CodingSkill:pandas groupby | CodingSkill:regex'), 1);
  });

  it('with --strict writes nothing at all when any line is bad', async () => {
    await clearGraph();
    await ingestFile(writeTempJsonl([good[0]!]));
    const before = await graphCounts();
    const file = writeTempJsonl([record('strict-1'), badLines[1]!.line, record('strict-2')]);
    const result = runIngestCli(file, '--strict');
    assert.equal(result.status, 1);
    assert.match(result.stdout, /--strict: nothing was written/);
    assert.deepEqual(await graphCounts(), before);
  });

  it('stores a name that looks like Cypher literally', async () => {
    await clearGraph();
    const hostile = "x'}) DETACH DELETE n //";
    const file = writeTempJsonl([
      record('inject', { codingSkills: [hostile, 'Backtick `name` {with} "quotes"'] }),
      good[0]!,
    ]);
    assert.equal(runIngestCli(file).status, 0);
    const elements = await storedElements();
    assert.equal(elements.get(`CodingSkill:${hostile.toLowerCase()}`)?.name, hostile);
    assert.equal(elements.get('CodingSkill:backtick `name` {with} "quotes"')?.name, 'Backtick `name` {with} "quotes"');
    assert.equal((await storedDocuments()).size, 2, 'no node was deleted');
  });
});

describe('concurrent ingests', () => {
  it('neither deadlock nor double count when parallel transactions share elements and documents', async () => {
    await clearGraph();
    const shared = ['pandas groupby', 'numpy broadcasting', 'regex', 'logging', 'pytest fixtures', 'typing'];
    const docs = Array.from({ length: 400 }, (_, i) =>
      record(`c-${i % 250}`, {
        scenarios: [`Scenario ${i % 7}`],
        codingSkills: shared.filter((_, j) => (i + j) % 3 !== 0),
        knowledge: [`Concept ${i % 11}`],
      }),
    );
    const chunks = [0, 1, 2, 3].map((k) => docs.filter((_, i) => i % 4 === k).map(prepared));
    await Promise.all(chunks.map((chunk) => ingestChunk(chunk)));
    await Promise.all(chunks.reverse().map((chunk) => ingestChunk(chunk)));

    // Documents c-0..c-149 appear twice in the list; whichever copy committed last is stored.
    const storedDocs = await storedDocuments();
    const winners = new Map<string, object>();
    for (const raw of docs) {
      const doc = prepared(raw);
      if (storedDocs.get(doc.id)?.hash === doc.hash) winners.set(doc.id, raw);
    }
    assert.equal(winners.size, 250);
    const expected = expectedFromJsonl([...winners.values()].map((w) => JSON.stringify(w)).join('\n'));
    assert.deepEqual(await storedWeights(), expected.weights);
  });
});
