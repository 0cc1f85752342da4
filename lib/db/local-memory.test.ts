import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoryPlan, parseSize } from './local-memory';

const GIB = 1024 ** 3;
const MIB = 1024 ** 2;

describe('memoryPlan', () => {
  it('gives Neo4j an eighth of the memory as heap and a quarter as page cache', () => {
    const plan = memoryPlan(24 * GIB);
    assert.equal(plan.heapBytes, 3 * GIB);
    assert.equal(plan.pageCacheBytes, 6 * GIB);
    assert.match(plan.summary, /heap 3\.0 GiB \(1\/8\), page cache 6\.0 GiB \(1\/4\) of 24\.0 GiB/);
  });

  it('keeps small machines usable and big ones bounded', () => {
    assert.deepEqual([memoryPlan(2 * GIB).heapBytes, memoryPlan(2 * GIB).pageCacheBytes], [512 * MIB, 512 * MIB]);
    assert.deepEqual([memoryPlan(512 * GIB).heapBytes, memoryPlan(512 * GIB).pageCacheBytes], [8 * GIB, 16 * GIB]);
  });

  it('takes sizes from the environment and says so', () => {
    const plan = memoryPlan(24 * GIB, { heap: '1g', pageCache: '1536M' });
    assert.equal(plan.heapBytes, GIB);
    assert.equal(plan.pageCacheBytes, 1536 * MIB);
    assert.match(plan.summary, /heap 1\.0 GiB \(set\), page cache 1\.5 GiB \(set\)/);
  });

  it('rejects sizes it cannot read, naming the variable', () => {
    assert.throws(
      () => memoryPlan(GIB, { heap: 'lots' }),
      /NEO4J_LOCAL_HEAP must be a size such as 512m or 4g, not "lots"/,
    );
    assert.throws(() => parseSize('NEO4J_LOCAL_PAGE_CACHE', '1k'), /at least 64m/);
  });
});
