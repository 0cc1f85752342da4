import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { closeDriver, readQuery } from '@/lib/db/driver';
import { bulkLoadFile, GraphNotEmptyError } from '@/lib/graph/bulk-load';
import { ingestFile } from '@/lib/graph/ingest-file';
import { SAMPLE_EXTRACTIONS } from '@/lib/graph/sample-corpus';
import { clearGraph, record, writeTempJsonl } from './helpers';

/** Everything the graph stores for documents and elements, in a stable order (ingestedAt by type only). */
async function snapshot() {
  const [elements, documents, pairs] = await Promise.all([
    readQuery('testing/graph-elements'),
    readQuery('testing/graph-documents'),
    readQuery('testing/graph-co-occurs'),
  ]);
  // keys() lists properties in storage order, which differs between the two writers.
  const sorted = <T extends { properties: string[] }>(rows: T[]) =>
    rows.map((row) => ({ ...row, properties: [...row.properties].sort() }));
  return {
    elements: sorted(elements),
    documents: sorted(documents).map((d) => ({ ...d, mentionProperties: d.mentionProperties.map((p) => p.sort()) })),
    pairs: sorted(pairs),
  };
}

// The first 150 documents of the sample corpus plus lines that stress the importer's CSV: quotes, commas, semicolons, a line break,
// an empty title, non-ASCII text, and one element under several surface forms (name = most frequent).
const file = writeTempJsonl([
  ...readFileSync(SAMPLE_EXTRACTIONS, 'utf8').trim().split('\n').slice(0, 150),
  {
    ...record('csv-1', {
      scenarios: ['Quote "scenario", with; commas'],
      knowledge: ['Ünïcödé knowledge', 'back\\slash'],
    }),
    title: 'A "quoted", title;\nwith a line break',
  },
  {
    ...record('csv-2', { scenarios: ['quote "SCENARIO", with; commas'], knowledge: ['ünïcödé KNOWLEDGE'] }),
    title: '',
  },
  record('csv-3', { scenarios: ['Quote  "scenario",  with; commas'], knowledge: ['Ünïcödé knowledge'] }),
]);

after(closeDriver);

describe('bulk load (neo4j-admin database import full)', () => {
  let incremental: Awaited<ReturnType<typeof snapshot>>;

  before(async () => {
    await clearGraph();
    const summary = await ingestFile(file, { chunkSize: 100_000 });
    assert.equal(summary.bad.length, 0, JSON.stringify(summary.bad.slice(0, 3)));
    incremental = await snapshot();
  });

  it('refuses a populated graph and leaves it as it was', async () => {
    await assert.rejects(bulkLoadFile(file, { importerOutput: 'ignore' }), GraphNotEmptyError);
    assert.deepEqual(await snapshot(), incremental);
  });

  it('builds exactly the graph the incremental ingest builds from the same file', async () => {
    await clearGraph();
    const result = await bulkLoadFile(file, { importerOutput: 'ignore' });
    assert.equal(result.bad.length, 0);
    assert.equal(result.totals.documents, 153);
    const bulk = await snapshot();
    assert.ok(incremental.pairs.length > 1000, `a real corpus: ${incremental.pairs.length} pairs`);
    assert.deepEqual(bulk.elements, incremental.elements);
    assert.deepEqual(bulk.documents, incremental.documents);
    assert.deepEqual(bulk.pairs, incremental.pairs);
    const merged = bulk.elements.find((e) => e.key === 'quote "scenario", with; commas');
    assert.ok(merged && merged.docCount === 3 && merged.forms.length >= 2, JSON.stringify(merged));
  });
});
