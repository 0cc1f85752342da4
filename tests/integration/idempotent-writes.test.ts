// Writes replayed by the driver after their commit point change nothing twice (issue 17), and a request's
// bookmarks make its reads wait for the writes it names. The failure is real: a Bolt proxy lets the server
// commit and then cuts the connection before the answer, so the driver retries the transaction function.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import neo4j from 'neo4j-driver';
import { POST as reviewRoute } from '@/app/api/problems/[key]/review/route';
import { handle } from '@/lib/api/respond';
import { BOOKMARK_HEADER, encodeBookmarks, parseBookmarks } from '@/lib/db/bookmarks';
import { closeDriver, getDriver, readQuery, sessionConfig, writeQuery, writeTransaction } from '@/lib/db/driver';
import { ingestFile } from '@/lib/graph/ingest-file';
import { startCommitFaultProxy, type CommitFaultProxy } from '@/test-support/bolt-commit-fault';
import { seedFixtureBatch } from '@/test-support/review/seed-fixture-batch';
import { clearGraph, record, writeTempJsonl } from './helpers';

const testUri = process.env.NEO4J_URI!;
let proxy: CommitFaultProxy;

/** Points the app's driver at `uri` (the next getDriver() reads the environment again). */
async function useUri(uri: string): Promise<void> {
  await closeDriver();
  process.env.NEO4J_URI = uri;
}

const counter = async () => (await readQuery('testing/fault-counter-read'))[0]!.n;

before(async () => {
  await clearGraph();
  proxy = await startCommitFaultProxy(Number(new URL(testUri).port));
});

after(async () => {
  await useUri(testUri);
  await closeDriver();
  await proxy.close();
});

describe('a write replayed after its commit point', () => {
  it('is really replayed: a plain transaction function counts twice (the control)', async () => {
    await useUri(proxy.uri);
    const before = await counter();
    const session = getDriver().session(sessionConfig('WRITE'));
    let runs = 0;
    proxy.dropAfterNextCommits(1);
    try {
      await session.executeWrite(async (tx) => {
        runs += 1;
        await tx.run('MERGE (c:FaultCounter {id: "c"}) SET c.n = coalesce(c.n, 0) + 1');
      });
    } finally {
      await session.close();
    }
    assert.equal(proxy.dropped(), 1, 'the proxy withheld one commit answer');
    assert.equal(runs, 2, 'the driver ran the function again');
    assert.equal(await counter(), before + 2);
  });

  it('counts once through writeTransaction and writeQuery, and returns what the committed run returned', async () => {
    await useUri(proxy.uri);
    const start = await counter();
    const dropped = proxy.dropped();
    let runs = 0;
    proxy.dropAfterNextCommits(1);
    const result = await writeTransaction(async (query) => {
      runs += 1;
      const [row] = await query('testing/fault-counter');
      return { n: row!.n, seen: new Set([row!.n]) };
    });
    assert.equal(proxy.dropped(), dropped + 1);
    assert.equal(runs, 1, 'the replay did not run the work again');
    assert.deepEqual(result, { n: start + 1, seen: new Set([start + 1]) });
    assert.equal(await counter(), start + 1);

    proxy.dropAfterNextCommits(1);
    const [row] = await writeQuery('testing/fault-counter');
    assert.equal(proxy.dropped(), dropped + 2);
    assert.equal(row!.n, start + 2);
    assert.equal(await counter(), start + 2);
  });

  it('approves a problem once: no conflict for its own write, one review event, the version up by one', async () => {
    await useUri(testUri);
    const features = { knowledge: ['Joins'], domainSkills: ['Churn analysis'], codingSkills: ['pandas merge'] };
    await ingestFile(writeTempJsonl([record('replay-doc', features)]));
    const [problem] = await seedFixtureBatch('replay-batch', 1, { scenarios: 1 });
    const key = String(problem!.props.key);
    await useUri(proxy.uri);
    const dropped = proxy.dropped();
    proxy.dropAfterNextCommits(1);
    const response = await reviewRoute(
      new Request(`http://localhost/api/problems/${encodeURIComponent(key)}/review`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'approve', version: 1, reviewer: 'Ada' }),
      }),
      { params: Promise.resolve({ key }) },
    );
    assert.equal(proxy.dropped(), dropped + 1);
    assert.equal(response.status, 200, await response.clone().text());
    const [stored] = await readQuery('testing/review-stored', { key });
    assert.equal(stored!.problem.status, 'approved');
    assert.equal(stored!.problem.version, 2);
    assert.equal(stored!.events, 1);
    // The response hands back the write's bookmarks, for the caller's next request on any instance.
    const handed = parseBookmarks(response.headers.get(BOOKMARK_HEADER));
    assert.equal(handed.length, 1);
    assert.match(response.headers.get('set-cookie') ?? '', /scogen-bookmarks=[^;]+; Path=\/; HttpOnly; SameSite=Lax/);
  });
});

describe('bookmarks across instances', () => {
  /**
   * A bookmark for the transaction after `bookmark`'s. Neo4j 5's bookmark is PackStream: the database's
   * 16-byte id (0xCC 0x10 …) and then the last transaction id as a PackStream integer, re-encoded here plus one.
   */
  function nextBookmark(bookmark: string): string {
    const bytes = Buffer.from(bookmark.slice(3), 'base64');
    assert.ok(bookmark.startsWith('FB:') && bytes[1] === 0xcc && bytes[2] === 0x10, `unknown bookmark ${bookmark}`);
    const at = 3 + 16;
    const marker = bytes[at]!;
    const widths: Record<number, number> = { 0xc8: 1, 0xc9: 2, 0xca: 4, 0xcb: 8 };
    const width = marker < 0x80 ? 0 : widths[marker];
    assert.ok(width !== undefined, `unknown transaction id marker 0x${marker.toString(16)} in ${bookmark}`);
    const id =
      width === 0
        ? BigInt(marker)
        : Buffer.concat([Buffer.alloc(8 - width), bytes.subarray(at + 1, at + 1 + width)]).readBigInt64BE(0);
    const next = Buffer.alloc(9);
    next[0] = 0xcb;
    next.writeBigInt64BE(id + 1n, 1);
    return `FB:${Buffer.concat([bytes.subarray(0, at), next, bytes.subarray(at + 1 + width!)]).toString('base64')}`;
  }

  it('a request carrying a bookmark not yet committed reads only after that commit', async () => {
    await useUri(testUri);
    await writeQuery('testing/fault-counter');
    const before = await counter();
    const [bookmark] = [...(await getDriver().executeQueryBookmarkManager.getBookmarks())];
    // "Another instance": a fresh driver that has seen none of those writes.
    await closeDriver();
    const route = handle('public', async () => Response.json(await counter()));
    const read = async (bookmarks: string[]) => {
      const headers: Record<string, string> =
        bookmarks.length > 0 ? { [BOOKMARK_HEADER]: encodeBookmarks(bookmarks) } : {};
      return (await (await route(new Request('http://localhost/counter', { headers }))).json()) as number;
    };
    let waitingDone = false;
    const waiting = read([nextBookmark(bookmark!)]).then((value) => {
      waitingDone = true;
      return value;
    });
    // The control: the same read without the future bookmark answers at once, while the other still waits.
    for (let round = 0; round < 3; round += 1) assert.equal(await read([]), before);
    assert.equal(waitingDone, false, 'the read with a future bookmark did not wait for it');
    // The commit it names, from a third party (its own driver).
    const other = neo4j.driver(testUri);
    await other.executeQuery("MERGE (c:FaultCounter {id: 'c'}) SET c.n = coalesce(c.n, 0) + 1");
    await other.close();
    assert.equal(await waiting, before + 1, 'the waiting read saw the commit it waited for');
  });
});
