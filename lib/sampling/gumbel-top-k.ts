const TWO_32 = 4294967296;

/** A standard Gumbel(0, 1) variate; the half step keeps the uniform strictly inside (0, 1). */
export function standardGumbel(random: () => number): number {
  const u = (Math.floor(random() * TWO_32) + 0.5) / TWO_32;
  return -Math.log(-Math.log(u));
}

/** log(e^a + e^b) without overflow. */
export function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return Math.max(a, b) + Math.log1p(Math.exp(-Math.abs(a - b)));
}

/**
 * A Gumbel(location) variate conditioned to lie below `bound`: −log(e^−bound + e^−G), G ~ Gumbel(location),
 * written as bound − log1p(E·e^(bound − location)) with E = −log U ~ Exp(1) (three transcendentals, not four).
 */
export function truncatedGumbel(location: number, bound: number, random: () => number): number {
  const u = (Math.floor(random() * TWO_32) + 0.5) / TWO_32;
  const e = -Math.log(u);
  const gap = bound - location;
  // Far above the location, log1p(x) = log(x) to double precision, and e^gap would overflow.
  return gap > 700 ? location - Math.log(e) : bound - Math.log1p(e * Math.exp(gap));
}

/**
 * Exact sampling without replacement by Gumbel-top-k: a draw of k returns the items with the k
 * largest keys log w(v) + G_v, G_v ~ Gumbel(0, 1), in decreasing key order (which is the order of
 * successive sampling without replacement). Items with weight 0 (log weight −∞) are never drawn.
 *
 * The keys are generated top-down over a binary tree of log masses instead of one Gumbel per item:
 * the largest key in a subtree of mass M is Gumbel(log M), it sits in a child with probability
 * proportional to the child's mass, and the other child's largest key is a Gumbel truncated below
 * that value (Kool, van Hoof and Welling 2019, "Stochastic Beams and Where to Find Them"). The joint
 * law of the top k keys is unchanged; a draw costs O(k log n) rather than O(n).
 */
export class GumbelTopK {
  /** Number of items, including those of weight 0. */
  readonly size: number;
  private readonly leaves: number;
  private readonly logMass: Float64Array;
  /** Per internal node: the share of its mass in the left child. */
  private readonly leftShare: Float64Array;
  private readonly heapValues: number[] = [];
  private readonly heapNodes: number[] = [];

  constructor(logWeights: ArrayLike<number>) {
    this.size = logWeights.length;
    let leaves = 1;
    while (leaves < this.size) leaves *= 2;
    this.leaves = leaves;
    this.logMass = new Float64Array(2 * leaves).fill(-Infinity);
    for (let i = 0; i < this.size; i += 1) {
      const w = logWeights[i]!;
      this.logMass[leaves + i] = Number.isNaN(w) ? -Infinity : w;
    }
    this.leftShare = new Float64Array(leaves);
    for (let node = leaves - 1; node >= 1; node -= 1) {
      const left = this.logMass[2 * node]!;
      const mass = logAddExp(left, this.logMass[2 * node + 1]!);
      this.logMass[node] = mass;
      this.leftShare[node] = mass === -Infinity ? 0 : Math.exp(left - mass);
    }
  }

  /** Number of items with a weight above zero: the most a draw can return. */
  get support(): number {
    let count = 0;
    for (let i = 0; i < this.size; i += 1) if (this.logMass[this.leaves + i]! > -Infinity) count += 1;
    return count;
  }

  /** Indices of min(k, support) distinct items, in decreasing key order. */
  draw(k: number, random: () => number): number[] {
    const out: number[] = [];
    const logMass = this.logMass;
    if (k <= 0 || logMass[1] === -Infinity) return out;
    this.heapValues.length = 0;
    this.heapNodes.length = 0;
    this.push(logMass[1]! + standardGumbel(random), 1);
    while (out.length < k && this.heapNodes.length > 0) {
      const value = this.heapValues[0]!;
      let node = this.pop();
      // Walk down to the leaf holding this maximum, leaving each sibling's truncated maximum behind.
      while (node < this.leaves) {
        const left = 2 * node;
        const share = this.leftShare[node]!;
        const goLeft = share === 1 || (share > 0 && random() < share);
        const other = goLeft ? left + 1 : left;
        const massOther = logMass[other]!;
        if (massOther !== -Infinity) this.push(truncatedGumbel(massOther, value, random), other);
        node = goLeft ? left : left + 1;
      }
      out.push(node - this.leaves);
    }
    return out;
  }

  private push(value: number, node: number): void {
    const values = this.heapValues;
    const nodes = this.heapNodes;
    let i = values.length;
    values.push(value);
    nodes.push(node);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (values[parent]! >= value) break;
      values[i] = values[parent]!;
      nodes[i] = nodes[parent]!;
      i = parent;
    }
    values[i] = value;
    nodes[i] = node;
  }

  /** Removes the maximum and returns its node. */
  private pop(): number {
    const values = this.heapValues;
    const nodes = this.heapNodes;
    const top = nodes[0]!;
    const lastValue = values.pop()!;
    const lastNode = nodes.pop()!;
    const n = values.length;
    if (n === 0) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const child = left + 1 < n && values[left + 1]! > values[left]! ? left + 1 : left;
      if (values[child]! <= lastValue) break;
      values[i] = values[child]!;
      nodes[i] = nodes[child]!;
      i = child;
    }
    values[i] = lastValue;
    nodes[i] = lastNode;
    return top;
  }
}
